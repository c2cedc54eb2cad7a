//! A citizen alone: `run --mode self` (a staff member hands the screen over) and the kiosk
//! (a shared device, one citizen after another). Driven through the real command loop,
//! in Danish and English, with what was recorded read back from the journal.

mod common;

use std::rc::Rc;

use ratatui::crossterm::event::KeyCode;

use common::ui::{Cfg, DataDir, Harness, t0};
use samtale::frontend::Launch;
use samtale::journal::Mode;
use samtale::ui::{Context, Kiosk, Screen};

fn self_mode(cfg: Cfg, dialogue: &str) -> Harness {
    let launch = Launch::Run(samtale::cli::Run {
        dialogue: dialogue.to_owned(),
        participant: Some("anna".to_owned()),
        mode: Some(Mode::SelfGuided),
        facilitator: None,
        new: false,
    });
    Harness::launched(cfg, &launch, &["anna", "bob"], DataDir::new())
}

fn facilitated(cfg: Cfg, dialogue: &str) -> Harness {
    let launch = Launch::Run(samtale::cli::Run {
        dialogue: dialogue.to_owned(),
        participant: Some("anna".to_owned()),
        mode: None,
        facilitator: None,
        new: false,
    });
    Harness::launched(cfg, &launch, &["anna"], DataDir::new())
}

/// No local crisis contacts configured.
fn without_contacts(h: &mut Harness) {
    let context = common::ui::context(h.cfg.lang, h.cfg.theme);
    h.ui.context = Rc::new(Context {
        contacts: Vec::new(),
        ..context
    });
}

/// WHO-5 answered with the same digit for every item, to the result.
fn who5_through(h: &mut Harness, digit: &str) {
    h.enter();
    for _ in 0..5 {
        h.type_text(digit);
        h.enter();
    }
    // The consent question: 2, yes, it may be shared.
    h.type_text("2");
    h.enter();
    // The review opens on finishing.
    h.enter();
    assert!(h.journal().is_finished(), "{}", h.text());
}

#[test]
fn a_very_low_who5_alone_reads_as_one_calm_paragraph_with_whom_to_call() {
    for cfg in [Cfg::da(), Cfg::en()] {
        let mut h = self_mode(cfg, "who5");
        without_contacts(&mut h);
        who5_through(&mut h, "0");
        let screen = h.text();
        let alone =
            h.ui.texts()
                .attr("who5-low-wellbeing", "alone", &[])
                .expect("a wording for a person alone");
        let start: String = alone.chars().take(30).collect();
        assert!(screen.contains(&start), "{screen}");
        for staff_word in [
            "depression",
            "diagnose",
            "diagnosis",
            "tal sammen",
            "talk together",
        ] {
            assert!(
                !screen.contains(staff_word),
                "{staff_word:?} on a citizen's screen:\n{screen}"
            );
        }
        assert!(screen.contains("112"), "{screen}");
        assert!(screen.contains("70 201 201"), "Livslinien:\n{screen}");
        for config_word in ["crisis_contacts", "config", "konfigurationsfil"] {
            assert!(!screen.contains(config_word), "{config_word:?}:\n{screen}");
        }
        assert!(
            !screen.contains("memory/") && !screen.contains("journals"),
            "no path on a citizen's screen:\n{screen}"
        );
        // The journal keeps the staff's words: it is their record too.
        let journal = h.journal();
        let summary = journal
            .blocks
            .iter()
            .find_map(|b| match b {
                samtale::journal::Block::Finished { summary, .. } => Some(summary.clone()),
                _ => None,
            })
            .expect("a finished block");
        assert!(summary.contains("12"), "{summary}");
    }
}

#[test]
fn a_good_who5_alone_shows_the_number_and_what_it_is_for_and_no_contacts() {
    let mut h = self_mode(Cfg::da(), "who5");
    who5_through(&mut h, "4");
    let screen = h.text();
    assert!(screen.contains("20/25"), "{screen}");
    let alone = h.ui.texts().get("who5-alone", &[]);
    assert!(
        screen.contains(&alone.chars().take(30).collect::<String>()),
        "{screen}"
    );
    assert!(
        !screen.contains("112"),
        "no alarm for a good result:\n{screen}"
    );
    assert!(screen.contains("Dine svar er gemt"), "{screen}");
}

#[test]
fn staff_see_the_flags_and_the_path_as_before() {
    let mut h = facilitated(Cfg::da(), "who5");
    who5_through(&mut h, "0");
    let screen = h.text();
    let staff = h.ui.texts().get("who5-low-wellbeing", &[]);
    assert!(
        screen.contains(&staff.chars().take(30).collect::<String>()),
        "{screen}"
    );
    assert!(screen.contains("Gemt i"), "{screen}");
}

#[test]
fn self_mode_hands_the_screen_back_and_only_the_staff_code_leaves() {
    for cfg in [Cfg::da(), Cfg::en()] {
        let mut h = self_mode(cfg, "who5");
        who5_through(&mut h, "3");
        h.enter();
        assert!(
            !h.ui.quit,
            "the conversation's end is not the end of the program"
        );
        let screen = h.text();
        let back = h.ui.texts().get("self-handed-back", &[]);
        assert!(
            screen.contains(&back.chars().take(20).collect::<String>()),
            "{screen}"
        );
        assert!(!screen.contains("bob"), "{screen}");
        for key in [KeyCode::Esc, KeyCode::Enter, KeyCode::Char('h')] {
            h.press(key);
            assert!(!h.ui.quit);
        }
        h.ctrl('q');
        h.type_text("0000\n");
        assert!(!h.ui.quit, "a wrong code does not leave");
        h.ctrl('q');
        h.type_text("4321\n");
        assert!(h.ui.quit, "the staff code leaves");
    }
}

#[test]
fn every_way_out_of_a_crisis_dialogue_shows_whom_to_call() {
    for cfg in [Cfg::da(), Cfg::en()] {
        // "Not ready" at the start of learning after a crisis pauses it.
        let mut h = facilitated(cfg, "post-crisis-learning");
        h.enter();
        h.type_text("2\n");
        assert_eq!(
            h.session().position(),
            samtale::engine::Position::Paused,
            "{}",
            h.text()
        );
        let screen = h.text();
        assert!(
            screen.contains("112"),
            "the not-ready pause shows 112:\n{screen}"
        );
        assert!(
            screen.contains("12 34 56 78"),
            "and the local contacts:\n{screen}"
        );

        // A pause with Ctrl+P in the crisis plan, for a citizen alone without contacts.
        let mut h = self_mode(cfg, "crisis-plan");
        without_contacts(&mut h);
        h.enter();
        h.ctrl('p');
        let screen = h.text();
        assert!(
            screen.contains("112") && screen.contains("70 201 201"),
            "{screen}"
        );
        assert!(!screen.contains("crisis_contacts"), "{screen}");
    }
}

fn kiosk(cfg: Cfg) -> Harness {
    let mut kiosk = Kiosk::new("who5", "4321", 5, t0());
    kiosk.result_seconds = 60;
    Harness::new(cfg, Screen::Kiosk(kiosk), &[])
}

#[test]
fn the_kiosk_result_clears_by_itself_and_a_slow_reader_is_asked_first() {
    for cfg in [Cfg::da(), Cfg::en()] {
        let mut h = kiosk(cfg);
        h.type_text("p1\n");
        h.enter();
        for _ in 0..5 {
            h.type_text("3\n");
        }
        h.type_text("1\n"); // no, it stays between us
        h.enter();
        assert!(h.journal().is_finished());
        h.tick(59);
        assert!(
            h.text().contains("20/25") || h.text().contains("15/25"),
            "{}",
            h.text()
        );
        h.tick(2);
        let screen = h.text();
        assert!(
            !screen.contains("15/25"),
            "the result is gone after a minute:\n{screen}"
        );
        let welcome = h.ui.texts().get("kiosk-welcome", &[]);
        assert!(screen.contains(&welcome), "{screen}");

        // The next citizen reads slowly: 30 seconds before the inactivity pause, a question.
        h.type_text("p2\n");
        h.enter();
        h.tick(5 * 60 - 31);
        assert!(!h.text().contains(&still_here(&h)), "not yet");
        h.tick(2);
        assert!(h.text().contains(&still_here(&h)), "{}", h.text());
        h.press(KeyCode::Down);
        assert!(!h.text().contains(&still_here(&h)), "a key is enough");
        h.tick(5 * 60 + 1);
        let journal = h.journal();
        assert!(
            journal
                .blocks
                .iter()
                .any(|b| matches!(b, samtale::journal::Block::Paused { .. })),
            "saved as unfinished"
        );
    }
}

fn still_here(h: &Harness) -> String {
    let text =
        h.ui.texts()
            .get("kiosk-still-here", &[("seconds", "0".to_owned())]);
    text.chars().take(15).collect()
}

#[test]
fn the_staff_code_waits_longer_after_three_wrong_tries() {
    let mut h = kiosk(Cfg::en());
    for _ in 0..3 {
        h.ctrl('q');
        h.type_text("1111\n");
    }
    h.ctrl('q');
    let screen = h.text();
    assert!(screen.contains("Too many wrong codes"), "{screen}");
    h.type_text("4321\n");
    assert!(
        !h.ui.quit,
        "no prompt while waiting, so not even the right code"
    );
    h.tick(6);
    h.ctrl('q');
    h.type_text("4321\n");
    assert!(h.ui.quit, "after the wait the code works");
}

#[test]
fn a_storage_problem_in_the_kiosk_shows_no_path_and_sends_the_citizen_to_staff() {
    for cfg in [Cfg::da(), Cfg::en()] {
        let mut h = kiosk(cfg);
        h.fail_writes(0, false);
        h.type_text("p1\n");
        let screen = h.text();
        let words =
            h.ui.texts()
                .get("storage-citizen", &[("cause", String::new())]);
        let start: String = words.chars().take(20).collect();
        assert!(screen.contains(&start), "{screen}");
        assert!(!screen.contains("memory"), "no path:\n{screen}");
        assert!(h.runner.sink.journals.is_empty());
    }
}

#[test]
fn staff_are_warned_about_a_config_file_others_can_change_and_a_short_code_is_refused() {
    use std::os::unix::fs::PermissionsExt;
    let sandbox = common::Sandbox::new("config-warnings");
    std::fs::write(&sandbox.config, "(staff_code: Some(\"12\"))\n").expect("write the config");
    std::fs::set_permissions(&sandbox.config, std::fs::Permissions::from_mode(0o666))
        .expect("open the config file to all");
    let output = sandbox.run(&["--lang", "en", "config"], "");
    assert!(
        output
            .stdout
            .contains("can be changed by others than its owner"),
        "{}",
        output.stdout
    );
    assert!(output.stdout.contains("chmod 600"), "{}", output.stdout);
    let output = sandbox.run(&["--lang", "da", "kiosk", "who5"], "");
    assert_eq!(output.code, Some(1), "{output:?}");
    assert!(output.stderr.contains("mindst 4 tegn"), "{}", output.stderr);
}

/// The line mode (a screen reader, a pipe) tells a person alone the same as the screen:
/// one calm paragraph, whom to call where a low flag fired, and whom to call on every way
/// out of a crisis dialogue. Before, it printed the staff's flags and no number to call.
#[test]
fn the_line_mode_tells_a_person_alone_what_the_screen_tells_them() {
    for (lang, calm) in [
        ("da", "Du behøver ikke stå alene med det"),
        ("en", "You do not have to be alone with it"),
    ] {
        let sandbox = common::Sandbox::new("alone-line");
        // WHO-5 at 0 on every item, consent skipped, Enter at the review.
        let out = sandbox.run(
            &[
                "run",
                "who5",
                "--participant",
                "p1",
                "--mode",
                "self",
                "--plain",
                "--lang",
                lang,
            ],
            "0\n0\n0\n0\n0\n\n\n",
        );
        out.expect_code(samtale::exit::OK);
        let journal = common::parse_journal(&sandbox.journal("p1"));
        assert!(journal.is_finished());
        common::assert_score(&journal, "raw", 0.0);
        assert!(out.stdout.contains(calm), "({lang}) {}", out.stdout);
        assert!(
            out.stdout.contains("70 201 201") && out.stdout.contains("112"),
            "({lang}) {}",
            out.stdout
        );
        // Not the staff's wording of the flags, and nothing about a config file.
        assert!(!out.stdout.contains("crisis_contacts"), "{}", out.stdout);

        // "Not ready" (2) at the start of the crisis plan, facilitated, no contacts set up.
        let out = sandbox.run(
            &[
                "run",
                "crisis-plan",
                "--participant",
                "p2",
                "--plain",
                "--lang",
                lang,
            ],
            "2\n",
        );
        out.expect_code(samtale::exit::PAUSED);
        let journal = common::parse_journal(&sandbox.journal("p2"));
        assert!(!journal.is_finished());
        assert!(
            out.stdout.contains("70 201 201") && out.stdout.contains("112"),
            "({lang}) {}",
            out.stdout
        );
        assert!(
            out.stdout.contains("crisis_contacts"),
            "staff are told how to add contacts"
        );
    }
}
