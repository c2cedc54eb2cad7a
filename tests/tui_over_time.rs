//! The "over time" screens of the terminal interface, through the pure API: the history
//! list, a journal read-only, the trend chart of ORS (total and items, with a target),
//! SRS and WHO-5, and the crisis card; how they are reached (the home screen's `h`, the
//! `g` on the result screen of a FIT conversation held with a facilitator) and left.
//!
//! The shared harness (tests/common/ui.rs) runs the real command loop: `LoadHistory` and
//! `ShowTrend` read the participant's journals from a data folder of the test's own, into
//! which the fixture journals of tests/fixtures/journals/p1 (and the ORS target) are
//! written as files, like any other journals. A conversation held here is written to
//! memory and parsed back with the strict parser. Time is fixed, so every snapshot is
//! stable.
//!
//! Update the snapshots with `INSTA_UPDATE=new cargo test --test tui_over_time` (or
//! `cargo insta review`), then read every `.snap.new` file and accept only the screens
//! that are right for a person.

mod common;

use std::fs;
use std::path::PathBuf;

use ratatui::crossterm::event::KeyCode;
use ratatui::style::{Color, Modifier};

use common::ui::*;
use samtale::engine::{Answer, Position, Value};
use samtale::history;
use samtale::i18n::{Lang, Texts};
use samtale::journal::{Block, Journal, Mode, format};
use samtale::ui::{History, Home, MIN_HEIGHT, MIN_WIDTH, Screen, ThemeName, TrendView};

// ---------------------------------------------------------------------------------------
// Fixtures: journals on disk
// ---------------------------------------------------------------------------------------

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/journals/p1");

/// The fixture journals of p1: file name and text.
fn fixture_files() -> Vec<(String, String)> {
    let mut paths: Vec<PathBuf> = fs::read_dir(FIXTURES)
        .expect("the fixture journals are there")
        .map(|e| e.expect("a directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|path| {
            let name = path
                .file_name()
                .expect("a file name")
                .to_string_lossy()
                .into_owned();
            let text = fs::read_to_string(&path).expect("a fixture journal's text");
            (name, text)
        })
        .collect()
}

fn parsed(files: &[(String, String)]) -> Vec<Journal> {
    files
        .iter()
        .map(|(name, text)| format::parse(text).unwrap_or_else(|e| panic!("{name}: {e:?}")))
        .collect()
}

fn fixtures() -> Vec<Journal> {
    parsed(&fixture_files())
}

/// An ORS journal of a finished conversation on `date`, its four lines given.
fn ors_journal(date: &str, items: [f64; 4]) -> (String, String) {
    let names = ["individual", "relations", "social", "overall"];
    let mut text = format!(
        "samtale journal v1\ndialogue: fit-ors\ndialogue-version: 1\ntitle: FIT: Sådan har jeg det\n\
         locale: da\nmode: facilitated\nparticipant: p1\nfacilitator: Anna\nstarted: {date}T09:00:00+01:00\n"
    );
    for (i, (name, value)) in names.iter().zip(items).enumerate() {
        text.push_str(&format!(
            "\n== answer {date}T09:0{}:00+01:00\nstep: {name}\nquestion: ?\nanswer: {value}\nvalue: number {value}\n",
            i + 1
        ));
    }
    let total: f64 = items.iter().sum();
    text.push_str(&format!(
        "\n== finished {date}T09:06:00+01:00\nscore: total {total} of 40\n"
    ));
    if total < 25.0 {
        text.push_str("flag: below-25\n");
    }
    text.push_str("summary: \nend: finished\n");
    format::parse(&text).expect("a generated journal parses");
    (format!("{date}T08-00-00Z-fit-ors.txt"), text)
}

/// Ten ORS conversations a fortnight apart: more than the narrowest chart has room for.
fn many_ors() -> Vec<(String, String)> {
    let items = [
        [4.0, 5.0, 4.5, 5.0],
        [4.5, 5.0, 5.0, 5.5],
        [5.0, 6.0, 5.5, 6.0],
        [6.0, 6.5, 5.0, 6.5],
        [5.5, 6.0, 6.0, 6.0],
        [6.5, 7.0, 6.5, 7.0],
        [7.0, 7.0, 7.5, 7.5],
        [6.0, 6.5, 7.0, 6.5],
        [7.5, 8.0, 7.5, 8.0],
        [8.0, 8.5, 8.0, 8.5],
    ];
    let start = chrono::NaiveDate::from_ymd_opt(2025, 11, 3).expect("a date");
    items
        .into_iter()
        .enumerate()
        .map(|(i, items)| {
            let date = start + chrono::Days::new(14 * i as u64);
            ors_journal(&date.format("%Y-%m-%d").to_string(), items)
        })
        .collect()
}

/// A data folder with these journals of p1, and p1's ORS target if there is one.
fn data_with(files: &[(String, String)], target: Option<f64>) -> DataDir {
    let data = DataDir::new();
    data.participant("p1");
    for (name, text) in files {
        data.journal("p1", name, text);
    }
    if let Some(ors) = target {
        fs::create_dir_all(data.0.join("targets")).expect("the targets folder");
        fs::write(
            data.0.join("targets").join("p1.ron"),
            format!("(ors: Some({ors:.1}))\n"),
        )
        .expect("write p1's target");
    }
    data
}

// ---------------------------------------------------------------------------------------
// Driving the interface
// ---------------------------------------------------------------------------------------

/// The home screen, with p1's journals (and target) in the data folder.
fn home_with(cfg: Cfg, data: DataDir) -> Harness {
    let screen = Screen::Home(Home::new(vec!["p1".to_owned()]));
    Harness::with_data(cfg, screen, &["p1"], data)
}

fn home(cfg: Cfg) -> Harness {
    home_with(cfg, data_with(&fixture_files(), None))
}

/// The home screen's second stage for p1.
fn choose_p1(h: &mut Harness) {
    h.type_text("p1");
    h.enter();
}

/// The history of p1, from the home screen.
fn open_history(h: &mut Harness) {
    choose_p1(h);
    h.press(KeyCode::Char('h'));
    assert_eq!(history(h).participant(), "p1");
}

/// p1's journals as they are in the data folder.
fn journals_on_disk(h: &Harness) -> Vec<Journal> {
    let folder = h.data.0.join("journals").join("p1");
    let mut files: Vec<(String, String)> = fs::read_dir(&folder)
        .expect("p1's folder")
        .map(|e| {
            let path = e.expect("an entry").path();
            let name = path.display().to_string();
            (name, fs::read_to_string(&path).expect("a journal"))
        })
        .collect();
    files.sort();
    parsed(&files)
}

/// Selects the history's line for `dialogue` on `date` ("2026-02-02").
fn select(h: &mut Harness, dialogue: &str, date: &str) {
    let journals = journals_on_disk(h);
    let entries = history::list(journals.iter());
    let at = entries
        .iter()
        .position(|e| e.dialogue == dialogue && e.started.format("%Y-%m-%d").to_string() == date)
        .expect("the entry is in the history");
    h.press(KeyCode::Home);
    for _ in 0..at {
        h.press(KeyCode::Down);
    }
}

fn history(h: &Harness) -> &History {
    match &h.ui.screen {
        Screen::History(history) => history,
        _ => panic!("the history is not open"),
    }
}

fn trend(h: &Harness) -> &TrendView {
    history(h).trend().expect("a trend is on screen")
}

/// The screen as text (without the cursor line: these screens have no text field).
fn shown(h: &mut Harness, width: u16, height: u16) -> String {
    format!("{}", h.draw(width, height))
}

// ---------------------------------------------------------------------------------------
// Getting to each screen
// ---------------------------------------------------------------------------------------

fn history_list(cfg: Cfg) -> Harness {
    let mut h = home(cfg);
    open_history(&mut h);
    h
}

fn journal_view(cfg: Cfg) -> Harness {
    let mut h = history_list(cfg);
    select(&mut h, "fit-srs", "2026-03-02");
    h.enter();
    assert!(history(&h).reading().is_some(), "a journal is being read");
    h
}

fn journal_scrolled(cfg: Cfg) -> Harness {
    let mut h = journal_view(cfg);
    h.press(KeyCode::PageDown);
    h.press(KeyCode::Down);
    h
}

fn card_view(cfg: Cfg) -> Harness {
    let mut h = history_list(cfg);
    h.press(KeyCode::Char('c'));
    assert!(history(&h).showing_card(), "the card is on screen");
    h
}

fn card_end(cfg: Cfg) -> Harness {
    let mut h = card_view(cfg);
    h.press(KeyCode::End);
    h
}

fn trend_of(cfg: Cfg, dialogue: &str, date: &str) -> Harness {
    let mut h = history_list(cfg);
    select(&mut h, dialogue, date);
    h.press(KeyCode::Char('t'));
    assert_eq!(trend(&h).trend().dialogue, dialogue);
    h
}

fn ors(cfg: Cfg) -> Harness {
    let mut h = home_with(cfg, data_with(&fixture_files(), Some(30.0)));
    open_history(&mut h);
    select(&mut h, "fit-ors", "2026-02-02");
    h.press(KeyCode::Char('t'));
    h
}

fn ors_item(cfg: Cfg) -> Harness {
    let mut h = ors(cfg);
    h.press(KeyCode::Tab);
    assert_eq!(trend(&h).series(), 1, "the first item, individually");
    h
}

fn srs(cfg: Cfg) -> Harness {
    trend_of(cfg, "fit-srs", "2026-03-02")
}

fn srs_words(cfg: Cfg) -> Harness {
    let mut h = srs(cfg);
    h.press(KeyCode::End);
    h
}

fn srs_item(cfg: Cfg) -> Harness {
    let mut h = srs(cfg);
    h.press(KeyCode::Char('4'));
    assert_eq!(trend(&h).series(), 3, "the third item, the way");
    h
}

fn who5(cfg: Cfg) -> Harness {
    trend_of(cfg, "who5", "2026-01-05")
}

fn who5_words(cfg: Cfg) -> Harness {
    let mut h = who5(cfg);
    h.press(KeyCode::End);
    h
}

fn ors_many(cfg: Cfg) -> Harness {
    let mut h = home_with(cfg, data_with(&many_ors(), Some(30.0)));
    open_history(&mut h);
    h.press(KeyCode::Char('t'));
    h
}

fn ors_many_older(cfg: Cfg) -> Harness {
    let mut h = ors_many(cfg);
    for _ in 0..3 {
        h.press(KeyCode::Left);
    }
    h
}

/// A FIT ORS held with p1, answered 6, 5, 7, 4 (typed, each confirmed with Enter), no
/// comment (skipped with Ctrl+S) and finished: its result, and the journal recorded.
fn ors_result(cfg: Cfg, mode: Mode) -> Harness {
    let mut h = home(cfg);
    choose_p1(&mut h);
    let id = "fit-ors";
    // The dialogue's place among the home screen's choices.
    let ids: Vec<String> = [
        samtale::script::Audience::Citizen,
        samtale::script::Audience::Together,
        samtale::script::Audience::Staff,
    ]
    .into_iter()
    .flat_map(|a| {
        h.ui.context
            .library
            .scripts()
            .filter(move |s| s.dialogue.audience == a)
            .map(|s| s.dialogue.id.clone())
            .collect::<Vec<_>>()
    })
    .collect();
    // p1's unfinished conversations are offered first, to be resumed.
    let unfinished = journals_on_disk(&h)
        .iter()
        .filter(|j| !j.is_finished())
        .count();
    let at = ids
        .iter()
        .position(|i| i == id)
        .expect("fit-ors is offered");
    for _ in 0..unfinished + at {
        h.press(KeyCode::Down);
    }
    h.enter();
    let mode_index = match mode {
        Mode::Facilitated => 0,
        Mode::SelfGuided => 1,
        Mode::Rehearsal => 2,
    };
    for _ in 0..mode_index {
        h.press(KeyCode::Down);
    }
    h.enter();
    let header = h.journal().header;
    assert_eq!((header.dialogue.as_str(), header.mode), (id, mode));
    assert_eq!(header.participant, "p1");
    h.enter(); // the introduction
    for digit in ["6", "5", "7", "4"] {
        h.type_text(digit);
        h.enter();
    }
    h.ctrl('s'); // no comment
    h.type_text("2"); // yes, it may be shared
    h.enter();
    h.ctrl('d'); // finish from the review
    match &h.ui.screen {
        Screen::Conversation(c) => assert_eq!(c.session.position(), Position::Done),
        _ => panic!("the conversation is not on screen"),
    }
    let number = |n: f64| Answer::Given(Value::Number(n));
    let recorded = h.recorded();
    let values: Vec<&Answer> = recorded.iter().map(|(_, a)| a).collect();
    assert_eq!(
        values,
        vec![
            &number(6.0),
            &number(5.0),
            &number(7.0),
            &number(4.0),
            &Answer::Skipped,
            &Answer::Given(Value::Choice("yes".to_owned())),
        ],
        "{recorded:?}"
    );
    let journal = h.journal();
    let Some(Block::Finished { scores, .. }) = journal.blocks.last() else {
        panic!("finished: {:?}", journal.blocks);
    };
    assert!(
        scores
            .iter()
            .any(|s| s.value == 22.0 && s.max == Some(40.0)),
        "the total 22 of 40 is written: {scores:?}"
    );
    h
}

// ---------------------------------------------------------------------------------------
// Snapshots
// ---------------------------------------------------------------------------------------

const LANGS: [Lang; 2] = [Lang::Da, Lang::En];
const SIZES: [(u16, u16); 2] = [(80, 24), (MIN_WIDTH, MIN_HEIGHT)];

fn assert_screen(name: &str, description: &str, screen: &str) {
    // Every word on a built-in screen is in the screen's language: no message may have
    // fallen back to the other one (samtale counts them; issue 9).
    let fallbacks = samtale::i18n::fallbacks();
    assert!(
        fallbacks.is_empty(),
        "{name}: messages fell back: {fallbacks:?}"
    );
    insta::with_settings!({
        description => description,
        omit_expression => true,
    }, {
        insta::assert_snapshot!(name, screen);
    });
}

/// Snapshots `name_{da,en}_{80x24,60x18}` of the screen `setup` leads to.
fn snap(name: &str, description: &str, setup: impl Fn(Cfg) -> Harness) {
    for lang in LANGS {
        for (width, height) in SIZES {
            let mut h = setup(Cfg {
                lang,
                theme: ThemeName::Default,
                size: (width, height),
            });
            let screen = shown(&mut h, width, height);
            assert_screen(
                &format!("{name}_{}_{width}x{height}", lang.tag()),
                description,
                &screen,
            );
        }
    }
}

/// The screen `setup` leads to with the no-colour theme: nothing on screen has a colour or
/// a style, at most `markers` `▸` show, and the text is exactly that of the colour theme
/// (whose snapshot it therefore shares).
fn check_no_colour(name: &str, markers: usize, setup: impl Fn(Cfg) -> Harness) {
    for lang in LANGS {
        for (width, height) in SIZES {
            let cfg = Cfg {
                lang,
                theme: ThemeName::NoColour,
                size: (width, height),
            };
            let mut h = setup(cfg);
            let buffer = h.buffer(width, height);
            for y in 0..height {
                for x in 0..width {
                    let cell = &buffer[(x, y)];
                    assert!(
                        cell.fg == Color::Reset
                            && cell.bg == Color::Reset
                            && cell.modifier == Modifier::empty(),
                        "{name} ({}, {width}x{height}): a style at ({x}, {y}): {cell:?}",
                        lang.tag()
                    );
                }
            }
            let text = rows(&buffer).join("\n");
            assert_eq!(
                text.matches('▸').count(),
                markers,
                "{name} ({}, {width}x{height}): the selection marker\n{text}",
                lang.tag()
            );
            let mut coloured = setup(Cfg {
                theme: ThemeName::Default,
                ..cfg
            });
            assert_eq!(
                shown(&mut h, width, height),
                shown(&mut coloured, width, height),
                "{name} ({}, {width}x{height}): the same text with and without colour",
                lang.tag()
            );
        }
    }
}

#[test]
fn snapshots_history_journal_and_card() {
    snap(
        "history_list",
        "The history of p1: every conversation with date and time, title, finished or not and its key score; the newest is selected.",
        history_list,
    );
    check_no_colour("history_list", 1, history_list);
    snap(
        "journal",
        "The SRS journal of 2026-03-02 read-only, as it is on disk, wrapped to the window.",
        journal_view,
    );
    snap(
        "journal_scrolled",
        "The same journal a page and a line further down.",
        journal_scrolled,
    );
    snap(
        "card",
        "The crisis card from p1's latest finished plan (2026-02-09), in the plan's language.",
        card_view,
    );
    snap(
        "card_end",
        "The crisis card scrolled to its end: the last answers and the card's footer.",
        card_end,
    );
}

#[test]
fn snapshots_trend_charts() {
    snap(
        "trend_ors",
        "ORS total of p1: two finished conversations (the third is unfinished), the cut-off at 25 and p1's own target of 30, the values at the points, 22,5 marked (*) as below 25.",
        ors,
    );
    snap(
        "trend_ors_item",
        "ORS, the first item (individually), 0–10: no cut-off line for one ORS question.",
        ors_item,
    );
    snap(
        "trend_srs",
        "SRS total: 39,5, 38,0 and 34,5; the last two marked: down by 1 or more, and the last below 36 with a question below 9.",
        srs,
    );
    snap(
        "trend_srs_words",
        "SRS, the words beneath the chart scrolled to the end: the flags in words, each with its dates, as a place to start a conversation.",
        srs_words,
    );
    snap(
        "trend_srs_item",
        "SRS, the third question (the way), with its line at 9: the last point (8,0) marked.",
        srs_item,
    );
    snap(
        "trend_who5",
        "WHO-5 percentages 72, 56, 24 with both cut-offs (50 %, and 28 % from a secondary source); 56 and 24 marked (changed by 10 points or more; 24 also below 50 % and 28 %).",
        who5,
    );
    snap(
        "trend_who5_words",
        "WHO-5, scrolled to the flags in words; the 28 % line says it comes from a secondary source.",
        who5_words,
    );
    snap(
        "trend_ors_many",
        "Ten ORS conversations: the narrow window shows the newest that fit, newest last, every value written; the table has them all.",
        ors_many,
    );
    snap(
        "trend_ors_many_older",
        "The same after ← three times: older points, with » showing newer ones are off to the right.",
        ors_many_older,
    );
    check_no_colour("trend_ors", 1, ors);
    check_no_colour("trend_srs", 1, srs);
    check_no_colour("trend_who5", 0, who5);
}

#[test]
fn snapshots_result_offers_the_chart() {
    for lang in LANGS {
        let mut h = ors_result(Cfg { lang, ..Cfg::da() }, Mode::Facilitated);
        let screen = shown(&mut h, 80, 24);
        assert_screen(
            &format!("result_ors_facilitated_{}_80x24", lang.tag()),
            "The result of an ORS held with a facilitator: the footer offers the numbers over time (g).",
            &screen,
        );
    }
}

// ---------------------------------------------------------------------------------------
// Behaviour
// ---------------------------------------------------------------------------------------

/// A value as the chart and its table write it.
fn written(texts: &Texts, value: f64, decimals: u8) -> String {
    texts.number(value, decimals)
}

#[test]
fn the_chart_shows_exactly_the_numbers_of_history_trend() {
    let journals = fixtures();
    for (dialogue, date) in [
        ("fit-ors", "2026-01-05"),
        ("fit-srs", "2026-01-05"),
        ("who5", "2026-01-05"),
    ] {
        let expected = history::trend(journals.iter(), dialogue);
        let mut h = trend_of(Cfg::da(), dialogue, date);
        let texts = library().texts(Lang::Da);
        let series = 1 + expected.instrument.map_or(0, |i| i.items().len());
        for s in 0..series {
            let want: Vec<Option<f64>> = expected
                .points
                .iter()
                .map(|p| if s == 0 { p.total } else { p.items[s - 1].1 })
                .collect();
            assert_eq!(trend(&h).series(), s);
            assert_eq!(trend(&h).values(), want, "{dialogue}, series {s}");
            assert_eq!(trend(&h).trend().points, expected.points, "{dialogue}");
            // Every value is written on the chart and in the table beneath it, on the
            // row of its date.
            let decimals = match (s, expected.instrument) {
                (0, Some(i)) => i.decimals(),
                _ => 1,
            };
            let buffer = h.buffer(120, 50);
            let screen = rows(&buffer);
            // The chart is everything above the table's headings.
            let heading = texts.get("trend-col-date", &[]);
            let table = screen
                .iter()
                .position(|r| r.trim_start().starts_with(&heading))
                .expect("the table's headings");
            let chart = screen[..table].join("\n");
            for (point, value) in expected.points.iter().zip(&want) {
                let value = value.expect("every fixture point has its numbers");
                let text = written(&texts, value, decimals);
                assert!(
                    chart.contains(&text),
                    "{dialogue} {s}: {text} on the chart\n{chart}"
                );
                let date = point.at.format("%Y-%m-%d").to_string();
                let row = screen
                    .iter()
                    .find(|r| r.trim_start().starts_with(&date))
                    .unwrap_or_else(|| panic!("{dialogue}: a table row for {date}"));
                let cells: Vec<&str> = row.split_whitespace().collect();
                assert_eq!(
                    cells[1], text,
                    "{dialogue} {s}: the table's value of {date}"
                );
            }
            h.press(KeyCode::Tab);
        }
        assert_eq!(trend(&h).series(), 0, "Tab comes round to the total again");
    }
}

#[test]
fn the_chart_marks_the_flags_where_they_occur() {
    let mut h = srs(Cfg::en());
    let screen = rows(&h.buffer(100, 40)).join("\n");
    // 39.5 has no flag; 38.0 dropped; 34.5 is below 36, has a question below 9, dropped.
    assert!(screen.contains("39.5 ") || screen.contains("39.5\n"));
    assert!(!screen.contains("39.5*"));
    assert!(screen.contains("38.0*"), "{screen}");
    assert!(screen.contains("34.5*"), "{screen}");
    let mut h = who5(Cfg::en());
    let screen = rows(&h.buffer(100, 40)).join("\n");
    assert!(!screen.contains("72*"));
    assert!(screen.contains("56*"));
    assert!(screen.contains("24*"));
    // Both cut-offs, labelled, and no target on a WHO-5 chart.
    assert!(screen.contains("╌ 50%"), "{screen}");
    assert!(screen.contains("┄ 28%"), "{screen}");
    assert!(!screen.contains('═'));
}

#[test]
fn the_ors_chart_has_the_target_and_the_cut_off_and_no_expected_curve() {
    let mut h = ors(Cfg::da());
    let screen = rows(&h.buffer(80, 24)).join("\n");
    assert!(screen.contains("═ mål 30,0"), "{screen}");
    assert!(screen.contains("╌ 25"), "{screen}");
    assert_eq!(screen.matches('●').count(), 2, "one point a finished ORS");
    // Without a target there is no target line, and the words say how to set one.
    let mut h = trend_of(Cfg::en(), "fit-ors", "2026-01-05");
    let screen = rows(&h.buffer(100, 50)).join("\n");
    assert!(!screen.contains('═'));
    assert!(screen.contains("Press m to set the target"), "{screen}");
}

#[test]
fn a_narrow_chart_shows_the_newest_points_with_their_values() {
    let all = many_ors();
    let journals = parsed(&all);
    let trend = history::trend(journals.iter(), "fit-ors");
    let texts = library().texts(Lang::Da);
    let mut h = ors_many(Cfg::da());
    let buffer = h.buffer(MIN_WIDTH, MIN_HEIGHT);
    let screen = rows(&buffer);
    let points: usize = screen.iter().map(|r| r.matches('●').count()).sum();
    assert!(points < trend.points.len(), "fewer points than there are");
    assert!(points >= 4, "still a useful number of points: {points}");
    let chart = screen.join("\n");
    // The newest shown, with its value; the oldest not on the chart.
    let newest = trend.points.last().and_then(|p| p.total).expect("a total");
    assert!(chart.contains(&texts.number(newest, 1)));
    let oldest = trend.points[0].total.expect("a total");
    let first_rows = screen[..12].join("\n");
    assert!(!first_rows.contains(&texts.number(oldest, 1)));
    assert!(chart.contains('«'), "older points are off to the left");
    // ← brings older ones in, → goes back; never past the ends.
    for _ in 0..20 {
        h.press(KeyCode::Left);
    }
    let chart = rows(&h.buffer(MIN_WIDTH, MIN_HEIGHT))[..12].join("\n");
    assert!(chart.contains(&texts.number(oldest, 1)), "{chart}");
    for _ in 0..20 {
        h.press(KeyCode::Right);
    }
    let chart = rows(&h.buffer(MIN_WIDTH, MIN_HEIGHT))[..12].join("\n");
    assert!(chart.contains(&texts.number(newest, 1)), "{chart}");
}

#[test]
fn the_history_is_reached_from_home_and_left_with_esc() {
    let mut h = home(Cfg::da());
    choose_p1(&mut h);
    let screen = shown(&mut h, 80, 24);
    assert!(
        screen.contains("h historik"),
        "the footer offers it:\n{screen}"
    );
    h.press(KeyCode::Char('h'));
    assert_eq!(history(&h).participant(), "p1");
    // Enter reads, Esc goes back to the list; t, c likewise.
    h.press(KeyCode::Enter);
    assert!(history(&h).reading().is_some());
    h.press(KeyCode::Esc);
    assert!(history(&h).reading().is_none() && history(&h).trend().is_none());
    select(&mut h, "who5", "2026-02-02");
    h.press(KeyCode::Char('t'));
    assert_eq!(trend(&h).trend().dialogue, "who5");
    h.press(KeyCode::Esc);
    h.press(KeyCode::Char('c'));
    assert!(history(&h).showing_card());
    h.press(KeyCode::Esc);
    assert!(!history(&h).showing_card());
    // Esc on the list: the home screen again, at the same stage, nothing started.
    h.press(KeyCode::Esc);
    assert!(matches!(h.ui.screen, Screen::Home(_)));
    let screen = shown(&mut h, 80, 24);
    assert!(
        screen.contains("Hvilken samtaleguide skal bruges med p1?"),
        "{screen}"
    );
    assert!(
        h.runner.sink.journals.is_empty(),
        "reading the history begins and writes nothing"
    );
    assert_eq!(
        journals_on_disk(&h),
        fixtures(),
        "and changes nothing on disk"
    );
}

#[test]
fn t_and_c_say_why_when_there_is_nothing_to_show() {
    let mut h = history_list(Cfg::en());
    select(&mut h, "crisis-plan", "2026-01-12");
    h.press(KeyCode::Char('t'));
    assert!(history(&h).trend().is_none());
    let screen = shown(&mut h, 80, 24);
    assert!(
        screen.contains("Only FIT (ORS, SRS), WHO-5 and conversations with sub-goals"),
        "{screen}"
    );
    // Without a finished plan, no card, and the footer does not offer one.
    let mut files = fixture_files();
    files.retain(|(name, _)| !name.ends_with("crisis-plan.txt"));
    let mut h = home_with(Cfg::en(), data_with(&files, None));
    open_history(&mut h);
    assert!(!shown(&mut h, 80, 24).contains("c crisis card"));
    h.press(KeyCode::Char('c'));
    assert!(!history(&h).showing_card());
    let screen = shown(&mut h, 80, 24);
    assert!(
        screen.contains("no finished crisis plan for p1"),
        "{screen}"
    );
}

#[test]
fn the_card_has_the_plan_the_contacts_and_112() {
    let mut h = card_view(Cfg::da());
    // Tall enough for the whole card.
    let screen = shown(&mut h, 80, 120);
    for text in [
        "MIN KRISEPLAN",
        "p1 · kriseplanen fra 2026-02-09",
        "Ved livsfare: ring 112.",
        "Psykiatrisk akutmodtagelse (eksempel) · 12 34 56 78 · døgnåbent",
        "Gå en tur ved åen & høre musik.",
    ] {
        assert!(screen.contains(text), "{text} on the card:\n{screen}");
    }
    // The newer plan of 2026-03-09 is unfinished: the card is the finished one's.
    assert!(!screen.contains("Et udkast, der ikke er færdigt."));
}

#[test]
fn the_journal_viewer_shows_the_journal_in_words_and_scrolls_within_it() {
    let mut h = journal_view(Cfg::da());
    let screen = shown(&mut h, 80, 24);
    // The reader's words, not the file's keys and step ids (the file keeps its format).
    assert!(screen.contains("Borger: p1 · med samtaleleder"), "{screen}");
    assert!(screen.contains("Svar: 8,5"), "{screen}");
    assert!(
        !screen.contains("dialogue:") && !screen.contains("step:"),
        "{screen}"
    );
    // End shows the last line of the view, and nothing scrolls past it.
    h.press(KeyCode::End);
    h.press(KeyCode::PageDown);
    h.press(KeyCode::Down);
    let screen = shown(&mut h, 80, 24);
    assert!(screen.contains("Afsluttet"), "{screen}");
    h.press(KeyCode::Home);
    assert!(shown(&mut h, 80, 24).contains("Borger: p1"));
}

#[test]
fn the_result_of_a_facilitated_ors_opens_its_chart_and_comes_back() {
    let mut h = ors_result(Cfg::da(), Mode::Facilitated);
    let written = h.journal();
    h.press(KeyCode::Char('g'));
    assert_eq!(history(&h).participant(), "p1");
    assert_eq!(trend(&h).trend().dialogue, "fit-ors");
    // The chart is of p1's ORS conversations as read from the data folder.
    let on_disk = journals_on_disk(&h);
    let expected = history::trend(on_disk.iter(), "fit-ors");
    assert_eq!(trend(&h).trend().points, expected.points);
    // Esc: the result screen again, the conversation still there to close.
    h.press(KeyCode::Esc);
    match &h.ui.screen {
        Screen::Conversation(c) => assert_eq!(c.session.position(), Position::Done),
        _ => panic!("back on the result screen"),
    }
    h.enter();
    assert!(matches!(h.ui.screen, Screen::Home(_)), "closed");
    assert_eq!(h.journal(), written, "looking at the chart writes nothing");
    assert!(h.runner.open_journal().is_none(), "the journal is closed");
}

#[test]
fn a_self_guided_ors_does_not_offer_the_chart() {
    let mut h = ors_result(Cfg::en(), Mode::SelfGuided);
    assert!(!shown(&mut h, 80, 24).contains("g numbers over time"));
    let written = h.journal();
    h.press(KeyCode::Char('g'));
    assert!(matches!(h.ui.screen, Screen::Conversation(_)));
    assert_eq!(h.journal(), written);
    assert_eq!(h.journal().header.mode, Mode::SelfGuided);
}

// ---------------------------------------------------------------------------------------
// The ORS target set and cleared on the chart screen; the reliable change marked
// ---------------------------------------------------------------------------------------

/// p1's ORS target as stored (`<data dir>/targets/p1.ron`), read back as samtale reads it.
fn stored_target(h: &Harness) -> Option<samtale::history::Target> {
    let path = h.data.0.join("targets").join("p1.ron");
    fs::read_to_string(&path).ok().map(|text| {
        samtale::history::parse_target(&path, &text).expect("a target file samtale reads")
    })
}

fn chart_target(h: &Harness) -> Option<f64> {
    trend(h).trend().references.iter().find_map(|r| match r {
        samtale::history::Reference::Target { value } => Some(*value),
        _ => None,
    })
}

#[test]
fn staff_set_and_clear_the_ors_target_on_the_chart_with_their_name_and_the_time() {
    let mut h = home_with(Cfg::da(), data_with(&fixture_files(), None));
    open_history(&mut h);
    select(&mut h, "fit-ors", "2026-02-02");
    h.press(KeyCode::Char('t'));
    assert_eq!(chart_target(&h), None);

    // Esc leaves the form and stores nothing.
    h.press(KeyCode::Char('m'));
    assert!(trend(&h).setting_target());
    h.type_text("30");
    h.esc();
    assert!(!trend(&h).setting_target());
    assert_eq!(stored_target(&h), None, "Esc stores nothing");
    assert!(
        matches!(h.ui.screen, Screen::History(_)),
        "Esc in the form stays on the chart"
    );

    // A target above 40 is refused and said why; nothing is stored.
    h.press(KeyCode::Char('m'));
    h.type_text("45");
    h.enter();
    assert!(trend(&h).setting_target(), "the form stays open");
    assert!(shown(&mut h, 80, 24).contains("„45“ er ikke et mål mellem 0 og 40"));
    assert_eq!(stored_target(&h), None);
    // Without a name it is not stored either: who set it is recorded.
    h.press(KeyCode::Backspace);
    h.press(KeyCode::Backspace);
    h.type_text("32,5");
    h.enter();
    assert!(shown(&mut h, 80, 24).contains("Skriv dit navn"));
    assert_eq!(stored_target(&h), None);
    h.type_text("Karoline");
    h.enter();
    assert!(!trend(&h).setting_target());
    let stored = stored_target(&h).expect("the target is stored");
    assert_eq!(stored.ors, Some(32.5));
    assert_eq!(stored.by.as_deref(), Some("Karoline"));
    assert_eq!(
        stored.when(),
        Some(chrono::Timelike::with_nanosecond(&h.now, 0).expect("a time"))
    );
    assert_eq!(chart_target(&h), Some(32.5), "the chart shows it at once");
    let screen = shown(&mut h, 80, 24);
    assert!(screen.contains("mål 32,5"), "{screen}");
    // Never in a journal: no journal on disk names who set it.
    for journal in journals_on_disk(&h) {
        assert!(!format::write(&journal).contains("Karoline"));
    }

    // Cleared: the field emptied, another staff member's name.
    h.press(KeyCode::Char('m'));
    for _ in 0..4 {
        h.press(KeyCode::Backspace);
    }
    h.press(KeyCode::Tab);
    h.type_text("Ole");
    h.enter();
    let stored = stored_target(&h).expect("the clearing is stored");
    assert_eq!(stored.ors, None);
    assert_eq!(stored.by.as_deref(), Some("Ole"));
    assert_eq!(chart_target(&h), None);
    let words = shown(&mut h, 80, 80);
    assert!(words.contains("Målet er fjernet"), "{words}");
    assert!(words.contains("af Ole"), "{words}");

    // `samtale trend --target` writes the same file: the latest one set holds.
    let store = samtale::journal::Store::new(h.data.0.clone());
    let mut out = Vec::new();
    samtale::report::set_target(&store, "p1", Some(28.0), h.now, h.ui.texts(), &mut out)
        .expect("set from the command line");
    let stored = stored_target(&h).expect("stored");
    assert_eq!((stored.ors, stored.by), (Some(28.0), None));
}

#[test]
fn only_the_ors_total_offers_a_target() {
    let mut h = srs(Cfg::da());
    h.press(KeyCode::Char('m'));
    assert!(!trend(&h).setting_target(), "the SRS has no target");
    let mut h = ors_item(Cfg::da());
    h.press(KeyCode::Char('m'));
    assert!(
        !trend(&h).setting_target(),
        "one ORS question has no target"
    );
    assert!(!shown(&mut h, 80, 24).contains("sæt eller fjern mål"));
}

/// p1's ORS: 19,0 on 15 November, 29,9 on 2 December (up 10,9: a reliable change), 24,0
/// on 5 December (down 5,9, three days later: close in time); the target of 32,5 set by
/// Mette.
fn ors_changes(cfg: Cfg) -> Harness {
    let files = vec![
        ors_journal("2025-11-15", [5.0, 5.0, 5.0, 4.0]),
        ors_journal("2025-12-02", [7.5, 7.5, 7.5, 7.4]),
        ors_journal("2025-12-05", [6.0, 6.0, 6.0, 6.0]),
    ];
    let data = data_with(&files, None);
    fs::create_dir_all(data.0.join("targets")).expect("the targets folder");
    fs::write(
        data.0.join("targets").join("p1.ron"),
        "(ors: Some(32.5), by: Some(\"Mette\"), at: Some(\"2025-12-02T10:15:00+01:00\"))\n",
    )
    .expect("write the target");
    let mut h = home_with(cfg, data);
    open_history(&mut h);
    h.press(KeyCode::Char('t'));
    h
}

fn ors_changes_words(cfg: Cfg) -> Harness {
    let mut h = ors_changes(cfg);
    h.press(KeyCode::End);
    h
}

fn ors_target_form(cfg: Cfg) -> Harness {
    let mut h = ors_changes(cfg);
    h.press(KeyCode::Char('m'));
    h.press(KeyCode::Tab);
    h.type_text("Mette");
    h
}

#[test]
fn snapshots_reliable_change_and_target() {
    snap(
        "trend_ors_change",
        "ORS 19,0 → 29,9 → 24,0 with Mette's target of 32,5: 29,9 marked (*) as a clear change (up 10,9 since 15 November), 24,0 marked as a clear change soon after the last one (down 5,9 three days later) and below 25.",
        ors_changes,
    );
    snap(
        "trend_ors_change_words",
        "The same, scrolled to the words: who set the target and when, and each clear change with the date it is measured from and how long ago.",
        ors_changes_words,
    );
    snap(
        "trend_ors_target_form",
        "The target form under the chart: the target there is (32,5) and the name typed.",
        ors_target_form,
    );
}
