//! The sub-goals (delmål) over time in the terminal interface (issue 12, item 2): from the
//! history, `t` on a Håbets Sti or Opfølgning på delmål conversation shows every sub-goal
//! with its words now, when it was set, each follow-up's date and how it went (0–10) as a
//! bar and a number, and where it stands now; the same courses as the journals give.
//!
//! The journals are written as files into the harness's data folder (as the store would
//! have): one Håbets Sti that makes a sub-goal, and two follow-ups, the first of which
//! keeps it and makes a second one, the second of which reaches the first and keeps the
//! second. Update the snapshots with `INSTA_UPDATE=new`, read every `.snap.new`, then
//! rename it over the `.snap`.

mod common;

use ratatui::crossterm::event::KeyCode;

use common::ui::*;
use samtale::engine::sub_goals::Status;
use samtale::i18n::Lang;
use samtale::journal::format;
use samtale::ui::{History, Home, MIN_HEIGHT, MIN_WIDTH, Screen, ThemeName};

const HOPE: &str = "2026-09-01T09-00-00Z-hope-path";
const FIRST: &str = "2026-09-15T09-00-00Z-goals-followup";
const SECOND: &str = "2026-10-06T09-00-00Z-goals-followup";

/// A finished journal of `dialogue` started at `at` (`2026-09-01T09:00:00`), with these
/// `sub-goal` blocks.
fn journal(dialogue: &str, title: &str, at: &str, goals: &[String]) -> String {
    let mut text = format!(
        "samtale journal v1\ndialogue: {dialogue}\ndialogue-version: 1\ntitle: {title}\n\
         locale: da\nmode: facilitated\nparticipant: p1\nfacilitator: Anna\nstarted: {at}+00:00\n"
    );
    for goal in goals {
        text.push_str(&format!("\n== sub-goal {at}+00:00\n{goal}"));
    }
    text.push_str(&format!(
        "\n== finished {at}+00:00\nsummary: \nend: finished\n"
    ));
    format::parse(&text).expect("a made-up journal parses");
    text
}

fn goal(id: &str, text: &str, progress: Option<u8>, words: Option<&str>, status: &str) -> String {
    let made_in = id.split('/').next().expect("an id");
    let mut block = format!("id: {id}\nmade-in: {made_in}.txt\ntext: {text}\n");
    if let Some(progress) = progress {
        block.push_str(&format!("progress: {progress}\n"));
    }
    if let Some(words) = words {
        block.push_str(&format!("words: {words}\n"));
    }
    block.push_str(&format!("status: {status}\n"));
    block
}

/// p1's three journals: file name and text.
fn files() -> Vec<(String, String)> {
    let call = format!("{HOPE}/first-step");
    let walk = format!("{FIRST}/new-goal");
    vec![
        (
            format!("{HOPE}.txt"),
            journal(
                "hope-path",
                "Håbets Sti",
                "2026-09-01T09:00:00",
                &[goal(
                    &call,
                    "Ringe til studievejledningen",
                    None,
                    None,
                    "new",
                )],
            ),
        ),
        (
            format!("{FIRST}.txt"),
            journal(
                "goals-followup",
                "Opfølgning på delmål",
                "2026-09-15T09:00:00",
                &[
                    goal(
                        &call,
                        "Ringe til studievejledningen",
                        Some(4),
                        Some("Jeg fandt nummeret"),
                        "kept",
                    ),
                    goal(&walk, "Gå en tur hver dag", None, None, "new"),
                ],
            ),
        ),
        (
            format!("{SECOND}.txt"),
            journal(
                "goals-followup",
                "Opfølgning på delmål",
                "2026-10-06T09:00:00",
                &[
                    goal(
                        &call,
                        "Ringe til studievejledningen",
                        Some(9),
                        Some("Jeg har ringet, og jeg skal til samtale"),
                        "finished",
                    ),
                    goal(
                        &walk,
                        "Gå en tur hver dag",
                        Some(5),
                        Some("Det regner meget"),
                        "kept",
                    ),
                ],
            ),
        ),
    ]
}

fn home(cfg: Cfg) -> Harness {
    let data = DataDir::new();
    for (name, text) in files() {
        data.journal("p1", &name, &text);
    }
    Harness::with_data(
        cfg,
        Screen::Home(Home::new(vec!["p1".to_owned()])),
        &["p1"],
        data,
    )
}

fn history(h: &Harness) -> &History {
    match &h.ui.screen {
        Screen::History(history) => history,
        _ => panic!("the history is not open"),
    }
}

/// The history of p1 with the newest conversation (the second follow-up) selected.
fn history_list(cfg: Cfg) -> Harness {
    let mut h = home(cfg);
    h.type_text("p1");
    h.enter();
    h.press(KeyCode::Char('h'));
    assert_eq!(history(&h).participant(), "p1");
    h
}

fn sub_goals(cfg: Cfg) -> Harness {
    let mut h = history_list(cfg);
    h.press(KeyCode::Char('t'));
    assert!(
        history(&h).sub_goals().is_some(),
        "the sub-goals are on screen"
    );
    h
}

fn cfg(lang: Lang) -> Cfg {
    Cfg {
        lang,
        theme: ThemeName::Default,
        size: (80, 24),
    }
}

#[test]
fn snapshots_sub_goals_over_time() {
    for lang in [Lang::Da, Lang::En] {
        let mut h = sub_goals(cfg(lang));
        let screen = format!("{}", h.draw(80, 24));
        insta::with_settings!({
            description => "p1's two sub-goals from the history's t: the call followed up twice (4, then 9) and reached; the walk followed up once (5) and still open.",
            omit_expression => true,
        }, {
            insta::assert_snapshot!(format!("sub_goals_{}_80x24", lang.tag()), screen);
        });
    }
}

#[test]
fn t_on_a_follow_up_shows_each_sub_goal_as_the_journals_have_it() {
    let mut h = history_list(Cfg::da());
    h.press(KeyCode::Char('t'));
    let view = history(&h)
        .sub_goals()
        .expect("the sub-goals are on screen");
    // The courses are the journals' sub-goal blocks, in the order made.
    let courses = view.courses();
    assert_eq!(courses.len(), 2);
    let shown: Vec<(String, Status, Vec<Option<f64>>)> = courses
        .iter()
        .map(|c| {
            (
                c.text().to_owned(),
                c.status(),
                c.points.iter().map(|p| p.progress).collect(),
            )
        })
        .collect();
    assert_eq!(
        shown,
        vec![
            (
                "Ringe til studievejledningen".to_owned(),
                Status::Finished,
                vec![None, Some(4.0), Some(9.0)]
            ),
            (
                "Gå en tur hver dag".to_owned(),
                Status::Kept,
                vec![None, Some(5.0)]
            ),
        ]
    );
    assert_eq!(courses[0].made_in, format!("{HOPE}.txt"));
    assert_eq!(courses[1].made_in, format!("{FIRST}.txt"));

    // What is on screen says the same, in Danish: words, when set, each follow-up's date
    // with its number and bar, and where each stands now.
    let screen = h.text();
    for expected in [
        "Delmål: forløbet for p1",
        "1. „Ringe til studievejledningen“",
        "Sat 2026-09-01 · Nu: nået",
        "2026-09-15  ████······    4  holder fast · „Jeg fandt nummeret“",
        "2026-10-06  █████████·    9  nået",
        "Forløb (0–10): ▄█",
        "2. „Gå en tur hver dag“",
        "Sat 2026-09-15 · Nu: stadig åbent",
        "2026-10-06  █████·····    5  holder fast · „Det regner meget“",
    ] {
        assert!(
            screen.contains(expected),
            "{expected:?} not on screen:\n{screen}"
        );
    }
    // The walk was followed up once: no course line of its own.
    assert_eq!(screen.matches("Forløb (0–10)").count(), 1, "{screen}");

    // Esc goes back to the list, with the follow-up still selected.
    h.esc();
    assert!(history(&h).sub_goals().is_none());
    assert!(history(&h).trend().is_none());
    let screen = h.text();
    assert!(screen.contains("Samtaler med p1"), "{screen}");
}

#[test]
fn t_on_the_hope_path_shows_them_too_and_nothing_is_written() {
    let mut h = history_list(Cfg::en());
    h.press(KeyCode::Home);
    h.press(KeyCode::Char('t'));
    let screen = h.text();
    assert!(
        screen.contains("Sub-goals: the course for p1")
            && screen.contains("Set 2026-09-01 · Now: reached")
            && screen.contains("Now: still open"),
        "{screen}"
    );
    h.press(KeyCode::Esc);
    assert!(history(&h).sub_goals().is_none());
    // Looking writes nothing.
    let on_disk: Vec<String> = std::fs::read_dir(h.data.0.join("journals").join("p1"))
        .expect("p1's folder")
        .map(|e| {
            e.expect("an entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    assert_eq!(on_disk.len(), 3, "{on_disk:?}");
}

#[test]
fn on_the_smallest_screen_the_courses_scroll_to_their_end_and_back() {
    let mut h = sub_goals(Cfg {
        size: (MIN_WIDTH, MIN_HEIGHT),
        ..Cfg::da()
    });
    let top = h.text();
    assert!(top.contains("Hvert delmål med jeres egne tal"), "{top}");
    assert!(!top.contains("„Det regner"), "{top}");
    // Further down than the end stays at the end.
    for _ in 0..40 {
        h.press(KeyCode::Down);
    }
    let end = h.text();
    assert!(end.contains("„Det regner"), "{end}");
    assert!(!end.contains("Hvert delmål med jeres egne tal"), "{end}");
    h.press(KeyCode::Up);
    h.press(KeyCode::End);
    assert_eq!(h.text(), end);
    h.press(KeyCode::Home);
    assert_eq!(h.text(), top);
}

#[test]
fn a_participant_without_sub_goals_is_told_so() {
    let data = DataDir::new();
    // A Håbets Sti whose first step was skipped: no sub-goal block.
    data.journal(
        "p1",
        &format!("{HOPE}.txt"),
        &journal("hope-path", "Håbets Sti", "2026-09-01T09:00:00", &[]),
    );
    let mut h = Harness::with_data(
        Cfg::da(),
        Screen::Home(Home::new(vec!["p1".to_owned()])),
        &["p1"],
        data,
    );
    h.type_text("p1");
    h.enter();
    h.press(KeyCode::Char('h'));
    h.press(KeyCode::Char('t'));
    let screen = h.text();
    assert!(screen.contains("Der er ingen delmål endnu."), "{screen}");
}

#[test]
fn t_on_a_conversation_without_numbers_or_sub_goals_says_what_has() {
    let data = DataDir::new();
    data.journal(
        "p1",
        "2026-09-01T09-00-00Z-expectations.txt",
        &journal("expectations", "Forventninger", "2026-09-01T09:00:00", &[]),
    );
    let mut h = Harness::with_data(
        Cfg::da(),
        Screen::Home(Home::new(vec!["p1".to_owned()])),
        &["p1"],
        data,
    );
    h.type_text("p1");
    h.enter();
    h.press(KeyCode::Char('h'));
    h.press(KeyCode::Char('t'));
    assert!(history(&h).sub_goals().is_none());
    let screen = h.text();
    assert!(screen.contains("samtaler med delmål"), "{screen}");
}
