//! A rehearsal without a participant: started from the home screen (Ctrl+R) or with
//! `run … --mode rehearsal` and no pseudonym, paused and resumed from `rehearsals/` like
//! any conversation, and never counted in anyone's history or export.

mod common;

use std::fs;
use std::path::PathBuf;

use common::ui::{Cfg, DataDir, Harness};
use common::{Sandbox, parse_journal};
use ratatui::crossterm::event::{KeyCode, KeyModifiers};
use samtale::exit;
use samtale::journal::{Block, Mode};
use samtale::ui::{Home, REHEARSAL, Screen};

fn rehearsals(sandbox: &Sandbox) -> Vec<PathBuf> {
    let dir = sandbox.data.join("rehearsals");
    let mut paths: Vec<PathBuf> = fs::read_dir(&dir)
        .map(|entries| entries.map(|e| e.expect("an entry").path()).collect())
        .unwrap_or_default();
    paths.sort();
    paths
}

#[test]
fn a_rehearsal_without_a_participant_pauses_resumes_and_is_in_no_history_or_export() {
    let sandbox = Sandbox::new("rehearsal");
    // A real participant beside it, whose history and export must stay theirs alone.
    sandbox
        .converse("who5", "anna", "da", "4\n3\n4\n2\n5\n2\n\n")
        .expect_code(exit::OK);

    // Two statements, then a pause: no pseudonym is asked for.
    let out = sandbox.run(
        &[
            "run",
            "who5",
            "--mode",
            "rehearsal",
            "--plain",
            "--lang",
            "da",
        ],
        "4\n3\n:pause\n",
    );
    out.expect_code(exit::PAUSED);
    assert!(
        !out.stdout.contains("Hvem er samtalen med"),
        "{}",
        out.stdout
    );
    let files = rehearsals(&sandbox);
    assert_eq!(files.len(), 1, "{files:?}");
    let journal = parse_journal(&files[0]);
    assert_eq!(journal.header.mode, Mode::Rehearsal);
    assert_eq!(journal.header.participant, REHEARSAL);
    assert_eq!(journal.answers().len(), 2);
    assert!(!journal.is_finished());

    // The terminal offers it to resume after Ctrl+R on the home screen, with no name typed.
    {
        let data = DataDir(sandbox.data.clone());
        let mut h = Harness::with_data(
            Cfg::da(),
            Screen::Home(Home::new(vec!["anna".to_owned()])),
            &[],
            data,
        );
        h.press_with(KeyCode::Char('r'), KeyModifiers::CONTROL);
        let screen = h.screen(80, 24);
        assert!(
            screen.contains("Øv en samtaleguide uden borger"),
            "{screen}"
        );
        assert!(
            !screen.contains("h historik"),
            "a rehearsal has no history:\n{screen}"
        );
        // The unfinished rehearsal is selected first.
        h.enter();
        assert!(
            matches!(h.ui.screen, Screen::Conversation(_)),
            "the rehearsal resumed"
        );
        assert_eq!(h.runner.open_journal(), Some(files[0].as_path()));
        let text = h.journal_texts().join("\n");
        assert!(text.contains("mode: rehearsal"), "{text}");
        assert!(text.contains("== resumed"), "{text}");
        // The harness writes to memory: the file is left for the line mode below.
        std::mem::forget(h);
    }

    // The line mode resumes it (Enter: yes) and finishes it in the same file.
    let out = sandbox.run(
        &[
            "run",
            "who5",
            "--mode",
            "rehearsal",
            "--plain",
            "--lang",
            "da",
        ],
        "\n4\n2\n5\n2\n\n",
    );
    out.expect_code(exit::OK);
    assert_eq!(rehearsals(&sandbox), files, "no second rehearsal file");
    let journal = parse_journal(&files[0]);
    assert!(journal.is_finished(), "{journal:?}");
    assert!(
        journal
            .blocks
            .iter()
            .any(|b| matches!(b, Block::Resumed { .. }))
    );
    assert_eq!(journal.answers().len(), 6);

    // In no history, no list of pseudonyms, no trend and no export.
    // `history` without a pseudonym lists those with journals (a usage error, exit 2).
    let out = sandbox.run(&["history", "--lang", "da"], "");
    out.expect_code(exit::USAGE);
    assert!(out.stderr.contains("anna"), "{}", out.stderr);
    assert!(!out.stderr.contains(REHEARSAL), "{}", out.stderr);
    let out = sandbox.run(&["history", "--participant", "anna", "--lang", "da"], "");
    out.expect_code(0);
    assert_eq!(out.stdout.matches("WHO-5").count(), 1, "{}", out.stdout);
    let out = sandbox.run(&["export", "--all", "--format", "json", "--lang", "en"], "");
    out.expect_code(0);
    assert!(!out.stdout.contains("\"rehearsal\""), "{}", out.stdout);
    assert_eq!(
        out.stdout.matches("\"dialogue\": \"who5\"").count()
            + out.stdout.matches("\"dialogue\":\"who5\"").count(),
        1,
        "{}",
        out.stdout
    );
    assert!(!sandbox.data.join("journals").join(REHEARSAL).exists());
}
