//! The trainers' dilemma cards (`dilemma-cards`), rehearsed in the line mode as a trainee
//! would, in Danish and English: a card drawn at random from a fixed `SAMTALE_SEED` (the
//! journal records which), or chosen by principle; the guide's suggestions appear only
//! after the trainee has answered „Hvad gør du?“.

mod common;

use std::path::{Path, PathBuf};
use std::time::Duration;

use common::{RUN_TIMEOUT, Sandbox, choice, parse_journal, text, wait_for};
use samtale::app::exit;
use samtale::engine::{Answer, Value, draw_index};
use samtale::i18n::Lang;
use samtale::journal::{Journal, Mode};

const BOTH: [Lang; 2] = [Lang::Da, Lang::En];

/// The cards in the order the script offers them (the pack `drawn` is drawn from).
fn pack() -> Vec<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("dialogues/dilemma-cards.ron");
    let checked = samtale::script::check_file(&path);
    let dialogue = checked.dialogue.expect("dilemma-cards parses");
    dialogue.choice_sets["cards"]
        .iter()
        .map(|c| c.id.clone())
        .collect()
}

fn rehearsal(sandbox: &Sandbox) -> PathBuf {
    let dir = sandbox.data.join("rehearsals");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|entries| entries.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    assert_eq!(
        files.len(),
        1,
        "one rehearsal in {}: {files:?}",
        dir.display()
    );
    files.remove(0)
}

fn suggestions_heading(lang: Lang) -> &'static str {
    match lang {
        Lang::Da => "Guidens forslag:",
        Lang::En => "The guide's suggestions:",
    }
}

fn what_do_you_do(lang: Lang) -> &'static str {
    match lang {
        Lang::Da => "Hvad gør du?",
        Lang::En => "What do you do?",
    }
}

fn start(sandbox: &Sandbox, lang: Lang, seed: &str) -> common::Running {
    sandbox.spawn_with_env(
        &[
            "run",
            "dilemma-cards",
            "--mode",
            "rehearsal",
            "--plain",
            "--lang",
            lang.tag(),
        ],
        &[("SAMTALE_SEED", seed)],
    )
}

/// Types up to „Hvad gør du?“, checks that no suggestion is shown yet, answers, and
/// checks that the suggestions come after the answer; then finishes. Returns the journal.
fn rehearse(sandbox: &Sandbox, lang: Lang, seed: &str, opening: &str) -> Journal {
    let mut running = start(sandbox, lang, seed);
    running.write(opening);
    wait_for("the card's question", Duration::from_secs(10), || {
        running.stdout_so_far().contains(what_do_you_do(lang))
    });
    // Give a stray suggestion every chance to be printed before it may be.
    std::thread::sleep(Duration::from_millis(200));
    let before = running.stdout_so_far();
    assert!(
        !before.contains(suggestions_heading(lang)) && !before.contains('✓'),
        "suggestions shown before the answer:\n{before}"
    );
    running.write("Jeg spørger borgeren, hvad der ligger bag.\n.\n");
    wait_for("the suggestions", Duration::from_secs(10), || {
        running.stdout_so_far().contains(suggestions_heading(lang))
    });
    let after = running.stdout_so_far();
    // Everything printed after the answer was typed holds the suggestions.
    let since_answer = &after[before.len()..];
    assert!(
        since_answer.contains(suggestions_heading(lang)) && since_answer.contains('✓'),
        "{after}"
    );
    // The takeaway, then the review's Enter.
    running.write("At spørge før jeg foreslår.\n.\n\n");
    let out = running.wait(RUN_TIMEOUT);
    out.expect_code(exit::OK);
    assert_eq!(out.stderr, "");
    let journal = parse_journal(&rehearsal(sandbox));
    assert_eq!(journal.header.mode, Mode::Rehearsal);
    assert!(journal.is_finished());
    journal
}

#[test]
fn a_card_drawn_from_a_seed_is_recorded_and_its_suggestions_follow_the_answer() {
    let pack = pack();
    assert_eq!(pack.len(), 17, "seed 004's seventeen dilemmas");
    for lang in BOTH {
        for seed in ["1", "20261202"] {
            let sandbox = Sandbox::new("dilemma-drawn");
            let journal = rehearse(&sandbox, lang, seed, "2\n");
            let answers = journal.answers();
            let seed: u64 = seed.parse().expect("a number");
            let expected = &pack[draw_index(seed, "drawn", pack.len())];
            assert_eq!(answers.get("how"), Some(&choice("random")));
            assert_eq!(answers.get("drawn"), Some(&choice(expected)), "{lang}");
            assert_eq!(answers.get("card"), None, "nothing chosen by hand");
            assert_eq!(
                answers.get(&format!("{expected}-answer")),
                Some(&text("Jeg spørger borgeren, hvad der ligger bag.")),
            );
            // Only the drawn card's question was asked.
            let asked: Vec<&String> = answers.keys().filter(|k| k.ends_with("-answer")).collect();
            assert_eq!(asked.len(), 1, "{asked:?}");
            assert_eq!(
                answers.get("takeaway"),
                Some(&text("At spørge før jeg foreslår."))
            );
        }
    }
}

#[test]
fn the_same_seed_draws_the_same_card_again() {
    let drawn = |lang: Lang| -> Option<Answer> {
        let sandbox = Sandbox::new("dilemma-again");
        rehearse(&sandbox, lang, "99", "2\n")
            .answers()
            .get("drawn")
            .cloned()
    };
    let first = drawn(Lang::Da);
    assert!(matches!(first, Some(Answer::Given(Value::Choice(_)))));
    assert_eq!(drawn(Lang::En), first);
}

#[test]
fn a_card_chosen_by_principle_is_recorded_and_nothing_is_drawn() {
    for lang in BOTH {
        let sandbox = Sandbox::new("dilemma-chosen");
        // By principle; principle 3; its second card (money for activities).
        let journal = rehearse(&sandbox, lang, "5", "1\n3\n2\n");
        let answers = journal.answers();
        assert_eq!(answers.get("how"), Some(&choice("by-principle")));
        assert_eq!(answers.get("principle"), Some(&choice("p3")));
        assert_eq!(answers.get("card"), Some(&choice("p3-money")));
        assert_eq!(answers.get("drawn"), None);
        assert_eq!(
            answers.get("p3-money-answer"),
            Some(&text("Jeg spørger borgeren, hvad der ligger bag.")),
        );
    }
}

#[test]
fn how_the_card_is_chosen_must_be_answered() {
    let sandbox = Sandbox::new("dilemma-required");
    let mut running = start(&sandbox, Lang::Da, "1");
    running.write("\n");
    wait_for("the required message", Duration::from_secs(10), || {
        running
            .stdout_so_far()
            .contains("Vælg, om du vil vælge efter princip")
    });
    running.write(":pause\n");
    let out = running.wait(RUN_TIMEOUT);
    out.expect_code(exit::PAUSED);
}

/// The terminal interface: a card's suggestions longer than the screen (here the smallest
/// screen samtale works in, 60×18) scroll with ↓ and say there is more.
#[test]
fn long_suggestions_scroll_in_the_terminal_interface() {
    use common::ui::{Cfg, Harness};
    use ratatui::crossterm::event::KeyCode;
    let mut h = Harness::conversation(Cfg::da(), "dilemma-cards", "p1");
    h.enter(); // the introduction
    for number in ["1", "4", "1"] {
        // by principle; principle 4; its first card
        h.type_text(number);
        h.enter();
    }
    assert_eq!(h.step_id().as_deref(), Some("p4-collaboration-answer"));
    let screen = h.screen(60, 18);
    assert!(
        !screen.contains('✓'),
        "no suggestion before the answer:\n{screen}"
    );
    h.type_text("Jeg spørger, hvordan samarbejdet opleves");
    h.ctrl('d');
    assert_eq!(h.step_id().as_deref(), Some("p4-collaboration-suggestions"));
    let last = "ønsker at samarbejde med.";
    let screen = h.screen(60, 18);
    assert!(screen.contains("Guidens forslag:"), "{screen}");
    assert!(screen.contains("↓ mere nedenfor"), "{screen}");
    assert!(!screen.contains(last), "{screen}");
    for _ in 0..20 {
        h.press(KeyCode::Down);
    }
    let screen = h.screen(60, 18);
    assert!(screen.contains(last), "scrolled to the end:\n{screen}");
    assert!(!screen.contains("↓ mere nedenfor"), "{screen}");
    h.enter();
    assert_eq!(h.step_id().as_deref(), Some("takeaway"));
    assert_eq!(
        h.answer("card"),
        Some(choice("p4-collaboration")),
        "the card chosen is recorded"
    );
}

/// The terminal interface draws from the runner's seed, records the card and goes on to it.
#[test]
fn the_terminal_interface_records_the_card_it_draws() {
    use common::ui::{Cfg, Harness};
    let mut h = Harness::conversation(Cfg::da(), "dilemma-cards", "p1");
    // The conversation is open: the seed it was given decides. Going by the journal.
    h.enter();
    h.type_text("2");
    h.enter();
    let Some(Answer::Given(Value::Choice(card))) = h.answer("drawn") else {
        panic!("a card is drawn and recorded: {:?}", h.recorded());
    };
    assert!(pack().contains(&card));
    assert_eq!(h.step_id(), Some(format!("{card}-answer")));
}
