//! The journal format reads back exactly what it wrote, for any journal the engine can
//! produce, and a journal cut short by a crash reads as the journal without its last block.

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

use proptest::prelude::*;
use samtale::engine::{Answer, Entry, Stamp, Value, neutralise};
use samtale::i18n::Lang;
use samtale::journal::format::{self, Block, Entered, FlagLine, Header, Journal, Mode, ScoreLine};
use samtale::journal::store;
use samtale::journal::{Found, Row, Want};

// ---------------------------------------------------------------------------------------
// Generators
// ---------------------------------------------------------------------------------------

/// Pieces of text that have broken line-based formats before: other scripts, combining
/// marks, things that look like the journal's own structure, and control characters.
const FRAGMENTS: &[&str] = &[
    "",
    " ",
    "  ",
    "\t",
    "\n",
    "\n\n",
    "\n  \n",
    "æøåÆØÅ",
    "Ærø og Ålborg, grød med fløde",
    "😀",
    "👩‍👩‍👧",
    "🇩🇰",
    "e\u{301}",
    "å\u{30a}\u{301}",
    "مرحبا بالعالم",
    "שלום עולם",
    "\u{200f}\u{202e}abc\u{202c}",
    "== answer 2026-11-26T10:15:03+01:00",
    "== finished 2026-11-26T10:15:03+01:00",
    "== paused 2026-11-26T10:15:03+01:00",
    "samtale journal v1",
    "value: number 3",
    "value: text",
    "value: entries 2",
    "entry.1.name: Mor",
    "  indented",
    "    deeper",
    "key: x",
    "key:",
    ": ",
    ":",
    "summary: ",
    "score: total 12 of 25 band low",
    "flag: x secondary",
    "hidden: a b",
    "step: x",
    "\u{feff}",
    "\u{2028}\u{2029}",
    "\u{0}\u{1b}[31m\r\u{7}\u{7f}\u{85}\u{9b}2J",
    "\r\n",
];

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        5 => proptest::sample::select(FRAGMENTS).prop_map(str::to_owned),
        3 => any::<char>().prop_map(String::from),
        2 => "[a-zæøå ]{1,12}",
    ]
}

/// Any text a person might type, before the engine neutralises it.
fn raw_text() -> impl Strategy<Value = String> {
    prop_oneof![
        12 => proptest::collection::vec(piece(), 0..12).prop_map(|pieces| pieces.concat()),
        1 => proptest::collection::vec(piece(), 1..6).prop_map(|pieces| long_text(&pieces)),
    ]
}

/// At least 10,000 characters, made of the given pieces over and over.
fn long_text(pieces: &[String]) -> String {
    let mut text = String::new();
    let mut round = 0usize;
    while text.chars().count() < 10_000 {
        for piece in pieces {
            text.push_str(piece);
        }
        text.push_str(&format!(" {round}"));
        round += 1;
    }
    text
}

/// Text as the engine stores it: neutralised.
fn text() -> impl Strategy<Value = String> {
    raw_text().prop_map(|t| neutralise(&t))
}

fn id() -> impl Strategy<Value = String> {
    "[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}"
}

const SPECIAL_NUMBERS: &[f64] = &[
    0.0,
    -0.0,
    0.1,
    0.2,
    0.30000000000000004,
    38.3,
    37.3,
    -1.5,
    1e21,
    1e-7,
    123456789.125,
    f64::MAX,
    f64::MIN,
    f64::MIN_POSITIVE,
    f64::EPSILON,
    5e-324,
    -5e-324,
    9007199254740993.0,
];

fn finite() -> impl Strategy<Value = f64> {
    prop_oneof![
        proptest::sample::select(SPECIAL_NUMBERS),
        any::<f64>().prop_filter("finite", |n| n.is_finite()),
        (-1000i64..1000, 0u32..4).prop_map(|(n, d)| n as f64 / 10f64.powi(d as i32)),
    ]
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// A time at whole seconds with a UTC offset from −12:00 to +14:00.
fn stamp() -> impl Strategy<Value = Stamp> {
    (
        prop_oneof![1900u32..2200, 1u32..=9999],
        1u32..=12,
        1u32..=31,
        0u32..24,
        0u32..60,
        0u32..60,
        -(12i32 * 60)..=(14 * 60),
    )
        .prop_map(|(year, month, day, hour, minute, second, offset)| {
            let day = day.min(days_in_month(year, month));
            let sign = if offset < 0 { '-' } else { '+' };
            let offset = offset.unsigned_abs();
            let text = format!(
                "{year:04}-{month:02}-{day:02}T{hour:02}:{minute:02}:{second:02}{sign}{:02}:{:02}",
                offset / 60,
                offset % 60
            );
            Stamp::parse_from_rfc3339(&text).unwrap_or_else(|e| panic!("{text}: {e}"))
        })
}

fn entry() -> impl Strategy<Value = Entry> {
    proptest::collection::vec((id(), text()), 0..4).prop_map(|fields| Entry { fields })
}

fn value() -> impl Strategy<Value = Value> {
    prop_oneof![
        text().prop_map(Value::Text),
        finite().prop_map(Value::Number),
        id().prop_map(Value::Choice),
        proptest::collection::vec(id(), 0..5).prop_map(Value::Choices),
        any::<bool>().prop_map(Value::YesNo),
        proptest::collection::vec(entry(), 0..4).prop_map(Value::Entries),
    ]
}

fn answer_block() -> impl Strategy<Value = Block> {
    (
        stamp(),
        id(),
        text(),
        text(),
        prop_oneof![
            6 => value().prop_map(Answer::Given),
            1 => Just(Answer::Skipped),
        ],
    )
        .prop_map(|(at, step, question, shown, answer)| {
            // The format's contract: a text is written once, as the answer shown.
            let shown = match &answer {
                Answer::Given(Value::Text(text)) => text.clone(),
                _ => shown,
            };
            Block::Answer {
                at,
                step,
                question,
                shown,
                answer,
            }
        })
}

fn finished_block() -> impl Strategy<Value = Block> {
    let score = (
        id(),
        finite(),
        proptest::option::of(finite()),
        proptest::option::of(id()),
    )
        .prop_map(|(id, value, max, band)| ScoreLine {
            id,
            value,
            max,
            band,
        });
    let flag = (id(), any::<bool>()).prop_map(|(id, secondary)| FlagLine { id, secondary });
    (
        stamp(),
        proptest::collection::vec(score, 0..4),
        proptest::collection::vec(flag, 0..4),
        proptest::collection::vec(id(), 0..4),
        text(),
    )
        .prop_map(|(at, scores, flags, hidden, summary)| Block::Finished {
            at,
            scores,
            flags,
            hidden,
            summary,
        })
}

fn revision_block() -> impl Strategy<Value = Block> {
    (
        stamp(),
        text().prop_filter("one line", |t| !t.contains('\n')),
    )
        .prop_map(|(at, revises)| Block::Revision { at, revises })
}

/// A staff member's mark on a kiosk conversation: who, on one line.
fn seen_block() -> impl Strategy<Value = Block> {
    (
        stamp(),
        text().prop_filter("one line", |t| !t.contains('\n')),
    )
        .prop_map(|(at, by)| Block::Seen { at, by })
}

fn changes_block() -> impl Strategy<Value = Block> {
    (
        stamp(),
        proptest::collection::vec(id(), 0..4),
        proptest::collection::vec(text().prop_filter("one line", |t| !t.contains('\n')), 0..4),
    )
        .prop_map(|(at, changed, words)| Block::Changes { at, changed, words })
}

/// What a conversation did to a sub-goal: its identity and where it was made on one line
/// each, its words and how it went in any text.
fn sub_goal_block() -> impl Strategy<Value = Block> {
    let line = || text().prop_filter("one line", |t| !t.contains('\n'));
    (
        stamp(),
        (line(), line(), text()),
        proptest::sample::select(samtale::engine::sub_goals::Status::ALL.to_vec()),
        proptest::option::of(finite()),
        proptest::option::of(text()),
    )
        .prop_map(
            |(at, (id, made_in, text), status, progress, words)| Block::SubGoal {
                at,
                id,
                made_in,
                text,
                status,
                progress,
                words,
            },
        )
}

/// What was typed and not confirmed when a conversation paused: one text, or an entry's
/// fields.
fn draft_block() -> impl Strategy<Value = Block> {
    (
        stamp(),
        id(),
        prop_oneof![
            text().prop_map(|t| vec![("text".to_owned(), t)]),
            proptest::collection::vec((id(), text()), 1..4),
        ],
    )
        .prop_map(|(at, step, fields)| Block::Draft { at, step, fields })
}

fn block() -> impl Strategy<Value = Block> {
    prop_oneof![
        6 => answer_block(),
        1 => draft_block(),
        1 => stamp().prop_map(|at| Block::Paused { at }),
        1 => stamp().prop_map(|at| Block::Resumed { at }),
        1 => revision_block(),
        1 => changes_block(),
        1 => seen_block(),
        1 => sub_goal_block(),
        1 => finished_block(),
    ]
}

fn header() -> impl Strategy<Value = Header> {
    (
        id(),
        any::<u32>(),
        text(),
        proptest::sample::select(Lang::ALL.to_vec()),
        proptest::sample::select(vec![Mode::Facilitated, Mode::SelfGuided, Mode::Rehearsal]),
        text(),
        proptest::option::of(text()),
        proptest::option::of(Just(Entered::Kiosk)),
        proptest::option::of(id()),
        stamp(),
    )
        .prop_map(
            |(
                dialogue,
                dialogue_version,
                title,
                locale,
                mode,
                participant,
                facilitator,
                entered,
                follows,
                started,
            )| {
                Header {
                    dialogue,
                    dialogue_version,
                    title,
                    locale,
                    mode,
                    participant,
                    facilitator,
                    entered,
                    follows,
                    started,
                }
            },
        )
}

fn journal() -> impl Strategy<Value = Journal> {
    (header(), proptest::collection::vec(block(), 0..8))
        .prop_map(|(header, blocks)| Journal { header, blocks })
}

// ---------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------

/// `DateTime<FixedOffset>` compares instants only; the journal must keep the offset too.
fn stamps(journal: &Journal) -> Vec<String> {
    let mut all = vec![journal.header.started.to_rfc3339()];
    for block in &journal.blocks {
        let at = match block {
            Block::Answer { at, .. }
            | Block::Paused { at }
            | Block::Draft { at, .. }
            | Block::Resumed { at }
            | Block::Revision { at, .. }
            | Block::Changes { at, .. }
            | Block::Seen { at, .. }
            | Block::SubGoal { at, .. }
            | Block::Finished { at, .. } => at,
        };
        all.push(at.to_rfc3339());
    }
    all
}

/// Every number's bits, so that −0 and 0 are told apart too.
fn number_bits(journal: &Journal) -> Vec<u64> {
    let mut bits = Vec::new();
    for block in &journal.blocks {
        match block {
            Block::Answer {
                answer: Answer::Given(Value::Number(n)),
                ..
            } => bits.push(n.to_bits()),
            Block::SubGoal {
                progress: Some(n), ..
            } => bits.push(n.to_bits()),
            Block::Finished { scores, .. } => {
                for score in scores {
                    bits.push(score.value.to_bits());
                    bits.extend(score.max.map(f64::to_bits));
                }
            }
            _ => {}
        }
    }
    bits
}

fn temp_path(name: &str) -> PathBuf {
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!(
        "journal-roundtrip-{}-{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    ));
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir.join(name)
}

fn at(text: &str) -> Stamp {
    Stamp::parse_from_rfc3339(text).expect("a valid stamp")
}

// ---------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------

/// Failures are reported with their minimal input, not saved beside the tests.
fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn any_journal_reads_back_as_written(journal in journal()) {
        let text = format::write(&journal);
        let parsed = format::parse(&text);
        prop_assert_eq!(parsed.as_ref(), Ok(&journal), "written:\n{}", text);
        let parsed = parsed.unwrap();
        prop_assert_eq!(stamps(&parsed), stamps(&journal));
        prop_assert_eq!(number_bits(&parsed), number_bits(&journal));
    }

    #[test]
    fn header_and_blocks_written_apart_read_as_the_whole(journal in journal()) {
        // The store writes the header and then appends one block at a time.
        let mut text = format::write_header(&journal.header);
        for block in &journal.blocks {
            text.push_str(&format::write_block(block));
        }
        prop_assert_eq!(&text, &format::write(&journal));
    }

    #[test]
    fn neutralise_is_idempotent_and_leaves_no_controls(raw in raw_text()) {
        let once = neutralise(&raw);
        prop_assert_eq!(&neutralise(&once), &once);
        for c in once.chars() {
            prop_assert!(
                !c.is_control() || c == '\n' || c == '\t',
                "{:?} left in {:?}",
                c,
                once
            );
        }
        // Nothing else changes: one character for one, and every other character kept.
        prop_assert_eq!(once.chars().count(), raw.chars().count());
        for (before, after) in raw.chars().zip(once.chars()) {
            if !before.is_control() || before == '\n' || before == '\t' {
                prop_assert_eq!(before, after);
            }
        }
    }

    #[test]
    fn neutralise_handles_any_char(c in any::<char>()) {
        let once = neutralise(&c.to_string());
        prop_assert_eq!(&neutralise(&once), &once);
        prop_assert!(once.chars().all(|o| !o.is_control() || o == '\n' || o == '\t'));
    }
}

/// A last block of each kind equally often, so that every kind gets cut.
fn last_block() -> impl Strategy<Value = Block> {
    prop_oneof![
        answer_block(),
        draft_block(),
        stamp().prop_map(|at| Block::Paused { at }),
        stamp().prop_map(|at| Block::Resumed { at }),
        finished_block(),
    ]
}

proptest! {
    #![proptest_config(config(128))]

    /// Any journal, cut at any character of its last block, reads through the store as
    /// the journal without that block (the torn-character case is the fixed tests' job).
    /// Half of the cuts fall right after a line feed, where a cut is most easily misread.
    #[test]
    fn any_journal_cut_in_its_last_block_reads_without_it(
        journal in journal(),
        last in last_block(),
        where_to_cut in any::<proptest::sample::Index>(),
        pick_step in any::<proptest::sample::Index>(),
        pick_score in any::<proptest::sample::Index>(),
        after_a_line in any::<bool>(),
    ) {
        let mut journal = journal;
        journal.blocks.push(last);
        let text = format::write(&journal);
        let last_start = text.len() - format::write_block(journal.blocks.last().unwrap()).len();
        let line_ends: Vec<usize> = text[last_start..text.len() - 1]
            .match_indices('\n')
            .map(|(i, _)| last_start + i + 1)
            .collect();
        let mut cut = if after_a_line {
            line_ends[where_to_cut.index(line_ends.len())]
        } else {
            last_start + where_to_cut.index(text.len() - last_start)
        };
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        let mut without_last = journal.clone();
        without_last.blocks.pop();
        let path = temp_path("cut.txt");
        std::fs::write(&path, &text[..cut]).expect("write");
        let found = store::read(&path);
        prop_assert!(found.is_ok(), "cut at {}: {:?}", cut, found.err());
        prop_assert_eq!(
            &found.unwrap().journal,
            &without_last,
            "cut after {:?}",
            &text[last_start..cut]
        );
        // A list reads a row: what it shows is what the whole journal says.
        let want = want_of(&without_last, pick_step, pick_score);
        let row = store::row(&path, &want);
        prop_assert!(row.is_ok(), "cut at {}: {:?}", cut, row.err());
        let row = row.unwrap();
        let whole = whole_row(&path, without_last, &want, row.seen);
        prop_assert_eq!(row, whole);
    }

    /// A journal's row, found in its text, is the row of the whole journal parsed: its
    /// header, the latest answer of the step asked for, the score asked for and whether
    /// staff have seen it.
    #[test]
    fn a_row_is_what_the_whole_journal_says(
        journal in journal(),
        pick_step in any::<proptest::sample::Index>(),
        pick_score in any::<proptest::sample::Index>(),
        every_answer in any::<bool>(),
    ) {
        let path = temp_path("row.txt");
        std::fs::write(&path, format::write(&journal)).expect("write");
        let mut want = want_of(&journal, pick_step, pick_score);
        want.every_answer = every_answer;
        let row = store::row(&path, &want);
        prop_assert!(row.is_ok(), "{:?}", row.err());
        let row = row.unwrap();
        let whole = whole_row(&path, journal, &want, row.seen);
        prop_assert_eq!(row, whole);
    }
}

/// What a list might want of a journal: the latest answer of one of its steps (or of a
/// step it does not have), and one of its scores (or none).
fn want_of(
    journal: &Journal,
    pick_step: proptest::sample::Index,
    pick_score: proptest::sample::Index,
) -> Want {
    let steps: Vec<String> = journal
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Answer { step, .. } | Block::Draft { step, .. } => Some(step.clone()),
            _ => None,
        })
        .chain(["no-such-step".to_owned()])
        .collect();
    let scores: Vec<Option<String>> = journal
        .blocks
        .iter()
        .flat_map(|b| match b {
            Block::Finished { scores, .. } => scores.iter().map(|s| Some(s.id.clone())).collect(),
            _ => Vec::new(),
        })
        .chain([None, Some("no-such-score".to_owned())])
        .collect();
    Want {
        step: Some(steps[pick_step.index(steps.len())].clone()),
        // A test's leak: `Want` names the scores samtale's instruments have, all static.
        score: scores[pick_score.index(scores.len())]
            .clone()
            .map(|id| &*Box::leak(id.into_boxed_str())),
        every_answer: false,
        // Every score too, for one journal in two (what a new conversation compares with).
        every_score: pick_step.index(2) == 1,
    }
}

/// The row of the whole journal. samtale writes `seen` only after `finished`, and a list
/// looks for it only there: a `seen` block before it (never written so) may read either way.
fn whole_row(path: &std::path::Path, journal: Journal, want: &Want, seen: bool) -> Row {
    let from_finished = journal
        .blocks
        .iter()
        .rposition(|b| matches!(b, Block::Finished { .. }))
        .map_or(&journal.blocks[..], |at| &journal.blocks[at..]);
    let seen_there = from_finished
        .iter()
        .any(|b| matches!(b, Block::Seen { .. }));
    let seen_before = journal.seen().is_some() && !seen_there;
    let mut row = Row::of(
        Found {
            path: path.to_path_buf(),
            journal,
        },
        want,
    );
    if seen_before {
        row.seen = seen;
    }
    row
}

/// A journal samtale wrote, finished with a score and its consent answered, is read as a
/// row from its text (not parsed whole), and that row is the whole journal's.
#[test]
fn a_finished_journal_is_read_as_a_row_without_parsing_it_whole() {
    let mut journal = fixed_journal(Block::Answer {
        at: at("2026-11-27T09:06:00+01:00"),
        step: "share".into(),
        question: "Må det deles?".into(),
        shown: "Ja".into(),
        answer: Answer::Given(Value::Choice("yes".into())),
    });
    journal.blocks.push(Block::Finished {
        at: at("2026-11-27T09:07:00+01:00"),
        scores: vec![
            ScoreLine {
                id: "raw".into(),
                value: 18.0,
                max: Some(25.0),
                band: None,
            },
            ScoreLine {
                id: "percent".into(),
                value: 72.0,
                max: Some(100.0),
                band: Some("middle".into()),
            },
        ],
        flags: vec![],
        hidden: vec![],
        summary: "I alt: 72 %\nEn samtale, ikke en dom.".into(),
    });
    journal.header.entered = Some(Entered::Kiosk);
    journal.blocks.push(Block::Seen {
        at: at("2026-11-28T10:00:00+01:00"),
        by: "kt".into(),
    });
    let text = format::write(&journal);
    let path = temp_path("fast-row.txt");
    std::fs::write(&path, &text).expect("write");
    let want = Want {
        step: Some("share".into()),
        score: Some("percent"),
        every_answer: false,
        every_score: true,
    };
    let mut asked = Vec::new();
    let row = samtale::journal::row::scan(&path, &text, &mut |dialogue| {
        asked.push(dialogue.to_owned());
        want.clone()
    })
    .expect("read as a row");
    assert_eq!(asked, [journal.header.dialogue.clone()]);
    assert_eq!(row, whole_row(&path, journal.clone(), &want, row.seen));
    assert!(row.seen && row.finished);
    assert_eq!(row.score.map(|s| s.value), Some(72.0));
    assert_eq!(
        row.scores,
        [("percent".to_owned(), 72.0), ("raw".to_owned(), 18.0)].into()
    );
    assert_eq!(
        row.answers.get("share"),
        Some(&Answer::Given(Value::Choice("yes".into())))
    );
    // A plan's every answer: parsed whole.
    let plan = Want {
        every_answer: true,
        ..want.clone()
    };
    assert!(samtale::journal::row::scan(&path, &text, &mut |_| plan.clone()).is_none());
    assert_eq!(
        store::row(&path, &plan).expect("read whole").answers.len(),
        journal.answers().len()
    );
}

/// A line added by hand to the last block is reported at its line in the file, as when
/// the whole journal is read.
#[test]
fn a_row_reports_a_damaged_last_block_at_its_line() {
    let path = temp_path("damaged-row.txt");
    let mut text = format::write(&fixed_journal(text_answer_danish()));
    text.push_str("a line added by hand\n");
    std::fs::write(&path, &text).expect("write");
    let line = |error: samtale::journal::StoreError| match error {
        samtale::journal::StoreError::Unreadable { line, .. } => line,
        other => panic!("expected an unreadable journal, got {other:?}"),
    };
    let whole = line(store::read(&path).expect_err("damaged"));
    let row = line(store::row(&path, &Want::default()).expect_err("damaged"));
    assert_eq!(row, whole);
    assert_eq!(whole, text.lines().count());
}

#[test]
fn every_control_character_is_neutralised() {
    let controls: String = ('\u{0}'..='\u{9f}').filter(|c| c.is_control()).collect();
    let once = neutralise(&controls);
    assert_eq!(neutralise(&once), once);
    assert_eq!(
        once.chars().filter(|c| c.is_control()).collect::<String>(),
        "\t\n"
    );
}

#[test]
fn the_written_text_is_read_back_through_the_store() {
    let journal = fixed_journal(finished_multiline());
    let path = temp_path("whole.txt");
    std::fs::write(&path, format::write(&journal)).expect("write");
    let found = store::read(&path).expect("a whole journal reads");
    assert_eq!(found.journal, journal);
}

// ---------------------------------------------------------------------------------------
// A journal cut short
// ---------------------------------------------------------------------------------------

fn fixed_header() -> Header {
    Header {
        dialogue: "crisis-plan".into(),
        dialogue_version: 1,
        title: "Kriseplan".into(),
        locale: Lang::Da,
        mode: Mode::Facilitated,
        participant: "Ærlig-Ø".into(),
        facilitator: Some("Søren".into()),
        entered: None,
        follows: None,
        started: at("2026-11-26T10:15:03+01:00"),
    }
}

fn earlier_blocks() -> Vec<Block> {
    vec![
        Block::Answer {
            at: at("2026-11-26T10:16:00+01:00"),
            step: "warning-signs".into(),
            question: "Hvad er dine tegn på, at en krise er på vej?".into(),
            shown: "Jeg sover dårligt.\n\nJeg trækker mig.".into(),
            answer: Answer::Given(Value::Text("Jeg sover dårligt.\n\nJeg trækker mig.".into())),
        },
        Block::Paused {
            at: at("2026-11-26T10:20:00+01:00"),
        },
        Block::Resumed {
            at: at("2026-11-27T09:00:00+01:00"),
        },
    ]
}

fn fixed_journal(last: Block) -> Journal {
    let mut blocks = earlier_blocks();
    blocks.push(last);
    Journal {
        header: fixed_header(),
        blocks,
    }
}

fn text_answer_danish() -> Block {
    let text = "Gåtur ved søen 🌊\n  med hunden\n\nvalue: number 3\n== answer 2026-01-01T00:00:00+01:00\nmor og far\tog Åse";
    Block::Answer {
        at: at("2026-11-27T09:05:00+01:00"),
        step: "self-help".into(),
        question: "Hvad kan du selv gøre?\nSkriv gerne flere ting.".into(),
        shown: text.into(),
        answer: Answer::Given(Value::Text(text.into())),
    }
}

fn text_answer_ascii() -> Block {
    let text = "A walk by the lake\n  with the dog\n\nvalue: number 3\nmum and dad";
    Block::Answer {
        at: at("2026-11-27T09:05:00+01:00"),
        step: "self-help".into(),
        question: "What can you do yourself?\nWrite several things.".into(),
        shown: text.into(),
        answer: Answer::Given(Value::Text(text.into())),
    }
}

fn entries_answer() -> Block {
    Block::Answer {
        at: at("2026-11-27T09:06:00+01:00"),
        step: "contacts".into(),
        question: "Who can you call?".into(),
        shown: "Mum, 12 34 56 78\nJo".into(),
        answer: Answer::Given(Value::Entries(vec![
            Entry {
                fields: vec![
                    ("name".into(), "Mum".into()),
                    ("relation".into(), "mother\nand friend".into()),
                    ("phone".into(), "12 34 56 78".into()),
                ],
            },
            Entry {
                fields: vec![("name".into(), "Jo".into())],
            },
        ])),
    }
}

fn number_answer() -> Block {
    Block::Answer {
        at: at("2026-11-27T09:07:00+01:00"),
        step: "overall".into(),
        question: "Overall".into(),
        shown: "9.6".into(),
        answer: Answer::Given(Value::Number(9.625)),
    }
}

fn finished_multiline() -> Block {
    Block::Finished {
        at: at("2026-11-27T09:30:00+01:00"),
        scores: vec![ScoreLine {
            id: "total".into(),
            value: 38.3,
            max: Some(40.0),
            band: Some("high".into()),
        }],
        flags: vec![FlagLine {
            id: "dropped".into(),
            secondary: true,
        }],
        hidden: vec!["where-else".into()],
        summary: "Total 38.3 of 40\nFlag: dropped\nThe plan is done.".into(),
    }
}

fn paused() -> Block {
    Block::Paused {
        at: at("2026-11-27T09:40:00-11:30"),
    }
}

/// Cuts the written journal at every byte of its last block (not only at character
/// boundaries: a power cut can tear a character) and reads what is left with the store.
/// Returns every cut that did not read as the journal without its last block.
fn cuts_that_misread(journal: &Journal) -> Vec<String> {
    let text = format::write(journal);
    let mut without_last = journal.clone();
    without_last.blocks.pop();
    let last_start = text.len() - format::write_block(journal.blocks.last().unwrap()).len();
    assert_eq!(format::write(&without_last).len(), last_start);
    let path = temp_path("cut.txt");
    let mut wrong = Vec::new();
    for cut in last_start..=text.len() {
        std::fs::write(&path, &text.as_bytes()[..cut]).expect("write");
        let expected = if cut == text.len() {
            journal
        } else {
            &without_last
        };
        match store::read(&path) {
            Ok(found) if found.journal == *expected => {}
            Ok(found) => wrong.push(format!(
                "cut at byte {cut} (after {:?}): read a different journal, last block {:?}",
                &String::from_utf8_lossy(&text.as_bytes()[last_start..cut]),
                found.journal.blocks.last()
            )),
            Err(error) => wrong.push(format!(
                "cut at byte {cut} (after {:?}): error {error:?}",
                &String::from_utf8_lossy(&text.as_bytes()[last_start..cut]),
            )),
        }
    }
    wrong
}

fn assert_every_cut_reads(last: Block) {
    let wrong = cuts_that_misread(&fixed_journal(last));
    assert!(
        wrong.is_empty(),
        "{} cuts misread, e.g.:\n{}",
        wrong.len(),
        wrong.iter().take(6).cloned().collect::<Vec<_>>().join("\n")
    );
}

#[test]
fn cut_short_in_a_text_answer_reads_without_it() {
    assert_every_cut_reads(text_answer_ascii());
}

#[test]
fn cut_short_in_a_text_answer_with_danish_letters_reads_without_it() {
    assert_every_cut_reads(text_answer_danish());
}

#[test]
fn cut_short_in_an_entries_answer_reads_without_it() {
    assert_every_cut_reads(entries_answer());
}

#[test]
fn cut_short_in_a_number_answer_reads_without_it() {
    assert_every_cut_reads(number_answer());
}

#[test]
fn cut_short_in_a_pause_reads_without_it() {
    assert_every_cut_reads(paused());
}

#[test]
fn cut_short_in_a_finished_block_reads_without_it() {
    assert_every_cut_reads(finished_multiline());
}
