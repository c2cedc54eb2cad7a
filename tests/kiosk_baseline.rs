//! A conversation a citizen enters alone at the kiosk is marked so in its journal, shows no
//! comparison with earlier conversations, and is offered to staff before it counts: until
//! a staff member has marked it as seen it changes no trend and no change flag.

mod common;

use std::fs;

use common::sandbox::Sandbox;
use common::ui::{Cfg, DataDir, Harness};
use samtale::frontend::Launch;
use samtale::journal::format;
use samtale::journal::{Block, Entered, Store};

/// A finished WHO-5 for anna, every statement answered `choice` (`score` points each),
/// consent given; `kiosk` marks it entered at the kiosk.
fn who5(started: &str, choice: &str, score: u32, kiosk: bool) -> String {
    let entered = if kiosk { "entered: kiosk\n" } else { "" };
    let mut text = format!(
        "samtale journal v1\ndialogue: who5\ndialogue-version: 1\ntitle: WHO-5\nlocale: da\n\
         mode: {}\nparticipant: anna\n{entered}started: {started}\n",
        if kiosk { "self" } else { "facilitated" }
    );
    for step in ["cheerful", "calm", "active", "rested", "interested"] {
        text.push_str(&format!(
            "\n== answer {started}\nstep: {step}\nquestion: {step}\nanswer: {choice}\n\
             value: choice {choice}\n"
        ));
    }
    let raw = score * 5;
    text.push_str(&format!(
        "\n== answer {started}\nstep: share\nquestion: Må noget af det deles med dit team?\n\
         answer: Ja\nvalue: choice yes\n\n== finished {started}\nscore: raw {raw} of 25\n\
         score: percent {} of 100\nsummary: Score\nend: finished\n",
        raw * 4
    ));
    text
}

/// Five statements answered 5 ("Hele tiden", all the time), consent 2 (yes), then Enter
/// at the review: a WHO-5 of 100 %, as a person answers it in the line mode.
const WHO5_ALL_THE_TIME: &str = "5\n5\n5\n5\n5\n2\n\n";

fn change_flag(sandbox: &Sandbox) -> bool {
    let newest = sandbox
        .journals("anna")
        .into_iter()
        .max()
        .expect("a journal");
    let journal = format::parse(&fs::read_to_string(newest).expect("read")).expect("parse");
    match journal.finished() {
        Some(Block::Finished { flags, .. }) => flags.iter().any(|f| f.id == "change"),
        other => panic!("not finished: {other:?}"),
    }
}

#[test]
fn a_kiosk_who5_is_no_baseline_until_staff_have_seen_it() {
    let sandbox = Sandbox::new("kiosk-baseline");
    let folder = sandbox.data.join("journals/anna");
    fs::create_dir_all(&folder).expect("folder");
    // A facilitated WHO-5 at 100 %, then one at the kiosk at 40 %.
    fs::write(
        folder.join("2026-06-01T08-00-00Z-who5.txt"),
        who5("2026-06-01T10:00:00+02:00", "all-of-the-time", 5, false),
    )
    .expect("write");
    fs::write(
        folder.join("2026-06-08T08-00-00Z-who5.txt"),
        who5("2026-06-08T10:00:00+02:00", "less-than-half", 2, true),
    )
    .expect("write");

    // history shows the kiosk conversation as not yet seen.
    let out = sandbox.run(&["history", "--participant", "anna", "--lang", "en"], "");
    out.expect_code(0);
    assert!(
        out.stdout.contains("from the kiosk, not yet seen"),
        "{}",
        out.stdout
    );
    let out = sandbox.run(&["history", "--participant", "anna", "--lang", "da"], "");
    assert!(
        out.stdout.contains("fra kiosken, ikke set endnu"),
        "{}",
        out.stdout
    );
    // The trend leaves it out, and the store gives the facilitated one as the baseline.
    let out = sandbox.run(
        &["trend", "who5", "--participant", "anna", "--lang", "en"],
        "",
    );
    out.expect_code(0);
    assert!(!out.stdout.contains("2026-06-08"), "{}", out.stdout);
    let store = Store::new(sandbox.data.clone());
    let previous = store.previous_scores("anna", "who5").expect("scores");
    assert_eq!(previous.get("percent").map(|e| e.value), Some(100.0));

    // The next facilitated conversation at 100 % is compared with 100 %: no change flag.
    sandbox
        .converse("who5", "anna", "da", WHO5_ALL_THE_TIME)
        .expect_code(0);
    assert!(
        !change_flag(&sandbox),
        "the unseen kiosk WHO-5 is no baseline"
    );

    // Staff mark it as seen (it is number 2 in the history: the kiosk one).
    let out = sandbox.run(
        &[
            "history",
            "--participant",
            "anna",
            "2",
            "--seen",
            "Mette",
            "--lang",
            "en",
        ],
        "",
    );
    out.expect_code(0);
    assert!(
        out.stdout.contains("marked as seen by Mette"),
        "{}",
        out.stdout
    );
    let out = sandbox.run(&["history", "--participant", "anna", "--lang", "en"], "");
    assert!(
        out.stdout.contains("from the kiosk, seen"),
        "{}",
        out.stdout
    );
    assert!(!out.stdout.contains("not yet seen"), "{}", out.stdout);
    // Seeing it twice changes nothing; a facilitated one cannot be marked.
    let again = sandbox.run(
        &[
            "history",
            "--participant",
            "anna",
            "2",
            "--seen",
            "Ole",
            "--lang",
            "en",
        ],
        "",
    );
    again.expect_code(0);
    assert!(
        again.stdout.contains("already seen by Mette"),
        "{}",
        again.stdout
    );
    sandbox
        .run(
            &["history", "--participant", "anna", "1", "--seen", "Ole"],
            "",
        )
        .expect_code(2);
    let kiosk = format::parse(
        &fs::read_to_string(folder.join("2026-06-08T08-00-00Z-who5.txt")).expect("read"),
    )
    .expect("the marked journal still parses strictly");
    assert_eq!(kiosk.seen().map(|(_, by)| by), Some("Mette"));
    assert!(!kiosk.awaits_staff());

    // Now it counts: the trend has it, and once today's facilitated conversation is out of
    // the way it is the latest, so a new one at 100 % is a change from its 40 %.
    let out = sandbox.run(
        &["trend", "who5", "--participant", "anna", "--lang", "en"],
        "",
    );
    assert!(out.stdout.contains("2026-06-08"), "{}", out.stdout);
    for path in sandbox.journals("anna") {
        if !path.ends_with("2026-06-01T08-00-00Z-who5.txt")
            && !path.ends_with("2026-06-08T08-00-00Z-who5.txt")
        {
            fs::remove_file(path).expect("remove the facilitated one of today");
        }
    }
    sandbox
        .converse("who5", "anna", "da", WHO5_ALL_THE_TIME)
        .expect_code(0);
    assert!(
        change_flag(&sandbox),
        "seen, the kiosk WHO-5 at 40 % is the baseline"
    );
}

/// In the kiosk itself: the journal's header says `entered: kiosk`, and the conversation
/// is compared with nothing, although anna has an earlier WHO-5.
#[test]
fn the_kiosk_writes_entered_kiosk_and_compares_with_nothing() {
    let data = DataDir::new();
    data.journal(
        "anna",
        "2026-06-01T08-00-00Z-who5.txt",
        &who5("2026-06-01T10:00:00+02:00", "all-of-the-time", 5, false),
    );
    let launch = Launch::Kiosk {
        dialogue: "who5".to_owned(),
        staff_code: "4321".to_owned(),
        inactivity_minutes: 5,
        result_seconds: 60,
    };
    let mut h = Harness::launched(Cfg::da(), &launch, &[], data);
    h.type_text("anna");
    h.enter();
    h.enter(); // the introduction
    for _ in 0..5 {
        h.type_text("2"); // less than half of the time: 40 %, far from the earlier 100 %
        h.enter();
    }
    h.type_text("2"); // yes, it may be shared
    h.enter();
    h.ctrl('d'); // finish from the review
    let journal = h.journal();
    assert_eq!(journal.header.entered, Some(Entered::Kiosk));
    assert!(journal.awaits_staff());
    match journal.finished() {
        Some(Block::Finished { scores, flags, .. }) => {
            assert!(scores.iter().any(|s| s.id == "percent" && s.value == 40.0));
            assert!(
                !flags.iter().any(|f| f.id == "change"),
                "no comparison with anna's earlier WHO-5: {flags:?}"
            );
        }
        other => panic!("not finished: {other:?}"),
    }
    let text = h.text();
    assert!(!text.contains("siden sidst"), "{text}");
}

/// The history screen of facilitated use says it of the selected conversation: from the
/// kiosk and not yet seen, and not to be shared.
#[test]
fn the_history_screen_says_not_yet_seen_and_not_to_be_shared() {
    use ratatui::crossterm::event::KeyCode;
    use samtale::ui::{Home, Screen};

    for cfg in [Cfg::da(), Cfg::en()] {
        let data = DataDir::new();
        data.journal(
            "anna",
            "2026-06-01T08-00-00Z-who5.txt",
            &who5("2026-06-01T10:00:00+02:00", "all-of-the-time", 5, false)
                .replace("value: choice yes", "value: choice no"),
        );
        data.journal(
            "anna",
            "2026-06-08T08-00-00Z-who5.txt",
            &who5("2026-06-08T10:00:00+02:00", "less-than-half", 2, true),
        );
        let screen = Screen::Home(Home::new(vec!["anna".to_owned()]));
        let mut h = Harness::with_data(cfg, screen, &["anna"], data);
        h.type_text("anna");
        h.enter();
        h.press(KeyCode::Char('h'));
        // The newest, from the kiosk, is selected.
        let text = h.text();
        let (unseen, not_shared) = match cfg.lang {
            samtale::i18n::Lang::Da => ("Fra kiosken, ikke set endnu", "Må ikke deles"),
            samtale::i18n::Lang::En => ("From the kiosk, not yet seen", "Not to be shared"),
        };
        assert!(text.contains(unseen), "{text}");
        assert!(
            !text.contains(not_shared),
            "the kiosk one may be shared:\n{text}"
        );
        h.press(KeyCode::Up);
        let text = h.text();
        assert!(text.contains(not_shared), "{text}");
        assert!(!text.contains(unseen), "{text}");
    }
}
