//! The trainers' dilemma cards (`dilemma-cards`), rehearsed in the line mode as a trainee
//! would, in Danish and English: from the staff's deck (seed 004), the caseworkers' deck
//! (seed 002) or both, a card drawn at random from a fixed `SAMTALE_SEED` (the journal
//! records which), or chosen by principle; the guide's suggestions appear only after the
//! trainee has answered „Hvad gør du?“.

mod common;

use std::path::{Path, PathBuf};
use std::time::Duration;

use common::{RUN_TIMEOUT, Sandbox, choice, parse_journal, text, wait_for};
use samtale::engine::{Answer, Value, draw_index};
use samtale::exit;
use samtale::i18n::Lang;
use samtale::journal::{Journal, Mode};

const BOTH: [Lang; 2] = [Lang::Da, Lang::En];

/// Every card in the order the script offers them.
fn pack() -> Vec<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("dialogues/dilemma-cards.ron");
    let checked = samtale::script::check_file(&path);
    let dialogue = checked.dialogue.expect("dilemma-cards parses");
    dialogue.choice_sets["cards"]
        .iter()
        .map(|c| c.id.clone())
        .collect()
}

/// The cards of one deck (its answer to `deck`), in the order `drawn` is drawn from.
fn deck(name: &str) -> Vec<String> {
    pack()
        .into_iter()
        .filter(|id| match name {
            "staff" => !id.starts_with("cw-"),
            "caseworkers" => id.starts_with("cw-"),
            _ => true,
        })
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
        Lang::Da => "Hvad gør du",
        Lang::En => "What do you do",
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
fn the_decks_hold_seed_004s_and_seed_002s_cards() {
    assert_eq!(pack().len(), 38);
    assert_eq!(deck("staff").len(), 17, "seed 004's seventeen dilemmas");
    assert_eq!(
        deck("caseworkers").len(),
        21,
        "seed 002's twenty-one dilemmas"
    );
}

/// Draws from each deck (staff, caseworkers, all) with two seeds, in both languages.
#[test]
fn a_card_drawn_from_a_seed_is_recorded_and_its_suggestions_follow_the_answer() {
    for lang in BOTH {
        for (number, name, seed) in [
            ("1", "staff", "1"),
            ("1", "staff", "20261202"),
            ("2", "caseworkers", "1"),
            ("2", "caseworkers", "20261202"),
            ("3", "all", "7"),
        ] {
            let sandbox = Sandbox::new("dilemma-drawn");
            let journal = rehearse(&sandbox, lang, seed, &format!("{number}\n2\n"));
            let answers = journal.answers();
            let pack = deck(name);
            let seed: u64 = seed.parse().expect("a number");
            let expected = &pack[draw_index(seed, "drawn", pack.len())];
            assert_eq!(answers.get("deck"), Some(&choice(name)));
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
        rehearse(&sandbox, lang, "99", "2\n2\n")
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
        // The staff's deck; by principle; principle 3; its second card (money for activities).
        let journal = rehearse(&sandbox, lang, "5", "1\n1\n3\n2\n");
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
fn a_caseworkers_card_chosen_by_principle_is_recorded_with_its_own_suggestions() {
    for lang in BOTH {
        let sandbox = Sandbox::new("dilemma-caseworker");
        // The caseworkers' deck; by principle; principle 4; its second card (a decision).
        let journal = rehearse(&sandbox, lang, "5", "2\n1\n4\n2\n");
        let answers = journal.answers();
        assert_eq!(answers.get("deck"), Some(&choice("caseworkers")));
        assert_eq!(answers.get("principle"), Some(&choice("p4")));
        assert_eq!(answers.get("card"), Some(&choice("cw-p4-decision")));
        assert_eq!(answers.get("drawn"), None);
        assert_eq!(
            answers.get("cw-p4-decision-answer"),
            Some(&text("Jeg spørger borgeren, hvad der ligger bag.")),
        );
        // Only this card's question was asked: none of the staff's cards.
        let asked: Vec<&String> = answers.keys().filter(|k| k.ends_with("-answer")).collect();
        assert_eq!(asked, ["cw-p4-decision-answer"]);
    }
}

/// Seed 002's suggestions, read off the screen after the answer (and not before it).
#[test]
fn a_caseworkers_card_shows_seed_002s_suggestions_after_the_answer() {
    let sandbox = Sandbox::new("dilemma-caseworker-text");
    let mut running = start(&sandbox, Lang::Da, "3");
    running.write("2\n1\n7\n3\n");
    let heading = "Borgeren har udviklet sig men ikke i forhold til de mål, der er opstillet";
    wait_for("the card", Duration::from_secs(10), || {
        running.stdout_so_far().contains(heading)
    });
    let suggestion = "Synliggør, hvor borgeren er lykkedes";
    std::thread::sleep(Duration::from_millis(200));
    assert!(!running.stdout_so_far().contains(suggestion));
    running.write("Jeg anerkender udviklingen.\n.\n");
    wait_for("seed 002's suggestion", Duration::from_secs(10), || {
        running.stdout_so_far().contains(suggestion)
    });
    running.write("Målene skal følge borgeren.\n.\n\n");
    let out = running.wait(RUN_TIMEOUT);
    out.expect_code(exit::OK);
    let answers = parse_journal(&rehearsal(&sandbox)).answers();
    assert_eq!(answers.get("card"), Some(&choice("cw-p7-developed")));
    assert_eq!(
        answers.get("cw-p7-developed-answer"),
        Some(&text("Jeg anerkender udviklingen."))
    );
}

#[test]
fn the_deck_must_be_chosen() {
    let sandbox = Sandbox::new("dilemma-deck-required");
    let mut running = start(&sandbox, Lang::Da, "1");
    running.write("\n");
    wait_for("the required message", Duration::from_secs(10), || {
        running
            .stdout_so_far()
            .contains("Vælg, hvilke kort du vil øve med")
    });
    running.write(":pause\n");
    let out = running.wait(RUN_TIMEOUT);
    out.expect_code(exit::PAUSED);
}

#[test]
fn how_the_card_is_chosen_must_be_answered() {
    let sandbox = Sandbox::new("dilemma-required");
    let mut running = start(&sandbox, Lang::Da, "1");
    running.write("1\n\n");
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
    for number in ["1", "1", "4", "1"] {
        // the staff's deck; by principle; principle 4; its first card
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
    for number in ["2", "2"] {
        // the caseworkers' deck; draw a card
        h.type_text(number);
        h.enter();
    }
    let Some(Answer::Given(Value::Choice(card))) = h.answer("drawn") else {
        panic!("a card is drawn and recorded: {:?}", h.recorded());
    };
    assert!(deck("caseworkers").contains(&card), "{card}");
    assert_eq!(h.step_id(), Some(format!("{card}-answer")));
}
