//! Change that matters, with journals written by the line mode (`samtale run … --plain`):
//! the ORS reliable change (5 points or more, up or down), change flags compared with the
//! latest conversation that has the score (a WHO-5 with a skipped statement has none), how
//! long ago that was, and a change within the recall period marked as close in time.
//!
//! The binary's clock is the real one, so a journal is moved back in time by rewriting its
//! header's `started:` line: the store and the trend read when a conversation was from
//! there.

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Datelike as _, Duration, FixedOffset};
use common::{Sandbox, assert_score, flag_ids, parse_journal, summary};
use samtale::exit;

const MONTHS: [&str; 12] = [
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
];

/// Runs a dialogue in Danish in the line mode; returns the one new journal and stdout.
fn run_da(sandbox: &Sandbox, dialogue: &str, participant: &str, input: &str) -> (PathBuf, String) {
    let before = sandbox.journals(participant);
    let out = sandbox.converse(dialogue, participant, "da", input);
    out.expect_code(exit::OK);
    let new: Vec<PathBuf> = sandbox
        .journals(participant)
        .into_iter()
        .filter(|p| !before.contains(p))
        .collect();
    assert_eq!(new.len(), 1, "one new journal expected, found {new:?}");
    (new[0].clone(), out.stdout)
}

/// The four ORS lines typed in Danish, the comment skipped, nothing shared, Enter at the
/// review.
fn ors_input(items: [&str; 4]) -> String {
    format!("{}\n\n1\n\n", items.join("\n"))
}

/// The five WHO-5 statements (a number is the answer's score, `-` skips it), yes to
/// sharing, Enter at the review.
fn who5_input(items: [&str; 5]) -> String {
    let lines: Vec<String> = items
        .iter()
        .map(|i| {
            if *i == "-" {
                ":skip".to_owned()
            } else {
                (*i).to_owned()
            }
        })
        .collect();
    format!("{}\n2\n\n", lines.join("\n"))
}

/// Moves a journal's start `days` back in time; returns the new start.
fn move_back(path: &Path, days: i64) -> DateTime<FixedOffset> {
    let text = fs::read_to_string(path).expect("read the journal");
    let line = text
        .lines()
        .find(|l| l.starts_with("started: "))
        .expect("a started line")
        .to_owned();
    let started = DateTime::parse_from_rfc3339(&line["started: ".len()..]).expect("a stamp");
    let moved = started - Duration::days(days);
    let text = text.replacen(&line, &format!("started: {}", moved.to_rfc3339()), 1);
    fs::write(path, text).expect("write the journal");
    moved
}

fn danish_date(at: &DateTime<FixedOffset>) -> String {
    format!("{}. {}", at.day(), MONTHS[at.month0() as usize])
}

fn trend_da(sandbox: &Sandbox, dialogue: &str, participant: &str) -> String {
    let out = sandbox.run(
        &[
            "trend",
            dialogue,
            "--participant",
            participant,
            "--lang",
            "da",
        ],
        "",
    );
    out.expect_code(0);
    out.stdout
}

const STARTING_POINT: &str = "Der er sket en tydelig ændring siden sidst – hvad er der sket?";

#[test]
fn ors_up_10_9_is_a_reliable_change_with_the_date_it_is_measured_from() {
    let sandbox = Sandbox::new("ors-up");
    // 19,0 in all.
    let (first, stdout) = run_da(&sandbox, "fit-ors", "p1", &ors_input(["5", "5", "5", "4"]));
    assert_score(&parse_journal(&first), "total", 19.0);
    assert!(
        !stdout.contains(STARTING_POINT),
        "nothing before it:\n{stdout}"
    );
    let then = move_back(&first, 17);

    // 29,9 in all: up by 10,9.
    let (second, stdout) = run_da(
        &sandbox,
        "fit-ors",
        "p1",
        &ors_input(["7,5", "7,5", "7,5", "7,4"]),
    );
    let journal = parse_journal(&second);
    assert_score(&journal, "total", 29.9);
    assert_eq!(flag_ids(&journal), ["reliable-change"]);
    let since = format!("(Siden {}, for 17 dage siden.)", danish_date(&then));
    for shown in [&stdout, &summary(&journal)] {
        assert!(shown.contains(STARTING_POINT), "{shown}");
        assert!(shown.contains(&since), "{since} in:\n{shown}");
        assert!(!shown.contains("dækker til dels de samme dage"), "{shown}");
    }
    // Never a verdict.
    assert!(summary(&journal).contains("ikke en dom"));

    // The trend: the change written with its sign, the flag in the table, and the date.
    let trend = trend_da(&sandbox, "fit-ors", "p1");
    assert!(trend.contains("+10,9"), "{trend}");
    assert!(
        trend.contains("tydelig ændring (5 point eller mere)"),
        "{trend}"
    );
    assert!(trend.contains(&since), "{trend}");
}

#[test]
fn ors_down_6_0_is_a_reliable_change_and_4_9_is_not() {
    let sandbox = Sandbox::new("ors-down");
    // 30,0 → 24,0: down by 6,0, below 25 too.
    run_da(
        &sandbox,
        "fit-ors",
        "p1",
        &ors_input(["7,5", "7,5", "7,5", "7,5"]),
    );
    let (second, stdout) = run_da(&sandbox, "fit-ors", "p1", &ors_input(["6", "6", "6", "6"]));
    let journal = parse_journal(&second);
    assert_score(&journal, "total", 24.0);
    assert_eq!(flag_ids(&journal), ["below-25", "reliable-change"]);
    assert!(stdout.contains(STARTING_POINT), "{stdout}");
    // The same day: shown, and marked as within the week the questions ask about.
    assert!(
        stdout.contains("i dag. Det er mindre end de 7 dage, spørgsmålene handler om"),
        "{stdout}"
    );
    let trend = trend_da(&sandbox, "fit-ors", "p1");
    assert!(trend.contains("−6,0"), "{trend}");
    assert!(trend.contains("(kort tid efter sidst)"), "{trend}");

    // 24,0 → 28,9: up by 4,9 is within the noise: no reliable change.
    let (third, stdout) = run_da(
        &sandbox,
        "fit-ors",
        "p1",
        &ors_input(["7", "7", "7", "7,9"]),
    );
    let journal = parse_journal(&third);
    assert_score(&journal, "total", 28.9);
    assert!(flag_ids(&journal).is_empty(), "{stdout}");
    assert!(!stdout.contains(STARTING_POINT), "{stdout}");
}

#[test]
fn who5_with_a_skipped_statement_between_is_passed_over_for_the_change() {
    let sandbox = Sandbox::new("who5-skip");
    // 72 %.
    let (first, _) = run_da(
        &sandbox,
        "who5",
        "p1",
        &who5_input(["4", "3", "4", "2", "5"]),
    );
    assert_score(&parse_journal(&first), "percent", 72.0);
    let then = move_back(&first, 30);
    // A statement skipped: no percentage, so nothing to compare with either.
    let (middle, _) = run_da(
        &sandbox,
        "who5",
        "p1",
        &who5_input(["4", "3", "-", "2", "5"]),
    );
    let journal = parse_journal(&middle);
    assert!(!journal.scores().contains_key("percent"), "{journal:?}");
    move_back(&middle, 10);
    // 92 %: up 20 points since the first one, 30 days ago.
    let (last, stdout) = run_da(
        &sandbox,
        "who5",
        "p1",
        &who5_input(["5", "5", "4", "4", "5"]),
    );
    let journal = parse_journal(&last);
    assert_score(&journal, "percent", 92.0);
    assert_eq!(flag_ids(&journal), ["change"]);
    let since = format!("(Siden {}, for 30 dage siden.)", danish_date(&then));
    assert!(stdout.contains(&since), "{since} in:\n{stdout}");
    assert!(summary(&journal).contains(&since));

    // The trend compares the same way: +20 on the last line, the middle one without.
    let trend = trend_da(&sandbox, "who5", "p1");
    assert!(trend.contains("+20"), "{trend}");
    assert!(trend.contains(&since), "{trend}");
}

#[test]
fn who5_within_two_weeks_is_shown_and_marked_close_in_time() {
    let sandbox = Sandbox::new("who5-close");
    let (first, _) = run_da(
        &sandbox,
        "who5",
        "p1",
        &who5_input(["4", "3", "4", "2", "5"]),
    );
    let then = move_back(&first, 5);
    let (last, stdout) = run_da(
        &sandbox,
        "who5",
        "p1",
        &who5_input(["5", "5", "4", "4", "5"]),
    );
    let journal = parse_journal(&last);
    assert_eq!(flag_ids(&journal), ["change"], "{stdout}");
    let close = format!(
        "(Siden {}, for 5 dage siden. Det er mindre end de 14 dage, spørgsmålene handler om, \
         så de to besvarelser dækker til dels de samme dage.)",
        danish_date(&then)
    );
    assert!(stdout.contains(&close), "{close} in:\n{stdout}");
    let trend = trend_da(&sandbox, "who5", "p1");
    assert!(trend.contains("(kort tid efter sidst)"), "{trend}");
}

#[test]
fn the_official_danish_who5_stem_and_the_ors_week_are_asked() {
    let sandbox = Sandbox::new("stems");
    let (path, stdout) = run_da(
        &sandbox,
        "who5",
        "p1",
        &who5_input(["4", "3", "4", "2", "5"]),
    );
    assert!(
        stdout.contains("I de sidste 2 uger har jeg været glad og i godt humør"),
        "{stdout}"
    );
    assert!(!stdout.contains("I de sidste to uger har"), "{stdout}");
    let journal = parse_journal(&path);
    assert_eq!(journal.header.dialogue_version, 2);
    let (path, stdout) = run_da(&sandbox, "fit-ors", "p1", &ors_input(["5", "5", "5", "5"]));
    assert!(stdout.contains("den sidste uge"), "{stdout}");
    assert_eq!(parse_journal(&path).header.dialogue_version, 2);
}

/// How long ago reads as a person says it, through Fluent's selectors on a number.
#[test]
fn how_long_ago_is_said_in_words() {
    use samtale::i18n::Lang;
    let da = samtale::script::app_texts(Lang::Da);
    let en = samtale::script::app_texts(Lang::En);
    let said = |texts, days| samtale::wording::days_ago(texts, days);
    assert_eq!(said(&da, 0), "i dag");
    assert_eq!(said(&da, 1), "i går");
    assert_eq!(said(&da, 17), "for 17 dage siden");
    assert_eq!(said(&en, 1), "yesterday");
    assert_eq!(said(&en, 17), "17 days ago");
}
