//! Over time: the history list and the trend tables, computed from a fixed set of journals
//! (tests/fixtures/journals/p1, written exactly as the journal format writes them), the
//! flags at every point, the cut-off and target lines, the sparkline, and the line-mode
//! reports built on them.

use std::fs;
use std::path::Path;

mod common;

use common::fixtures::{
    builtin_texts as texts, data_dir_with_fixtures as data_dir, fixture_journals as fixtures,
    fixture_paths,
};
use samtale::engine::{Answer, Value};
use samtale::history::{self, Instrument, Reference, Status, Target, TargetError};
use samtale::i18n::Lang;
use samtale::journal::Store;
use samtale::journal::format::{self, Block, Journal};
use samtale::report::{self, ReportError};

fn output(run: impl FnOnce(&mut Vec<u8>) -> Result<(), ReportError>) -> String {
    let mut out = Vec::new();
    if let Err(error) = run(&mut out) {
        panic!(
            "the report failed: {}",
            report::message(&texts(Lang::En), &error)
        );
    }
    String::from_utf8(out).expect("the report is UTF-8")
}

/// Every `flag:` line removed, as in a journal written before a rule existed.
fn without_flag_lines(journals: &[Journal]) -> Vec<Journal> {
    journals
        .iter()
        .cloned()
        .map(|mut journal| {
            for block in &mut journal.blocks {
                if let Block::Finished { flags, .. } = block {
                    flags.clear();
                }
            }
            journal
        })
        .collect()
}

fn flag_ids(point: &history::Point) -> Vec<&str> {
    point.flags.iter().map(|f| f.id.as_str()).collect()
}

#[test]
fn the_fixtures_are_exactly_what_the_journal_format_writes() {
    for path in fixture_paths() {
        let text = fs::read_to_string(&path).expect("read a fixture");
        let journal = format::parse(&text).expect("a fixture parses");
        assert_eq!(format::write(&journal), text, "{}", path.display());
    }
}

// ---------------------------------------------------------------------------------------
// Trends
// ---------------------------------------------------------------------------------------

#[test]
fn srs_trend_flags_a_drop_of_one_point_or_more() {
    let journals = fixtures();
    let trend = history::trend(&journals, "fit-srs");
    assert_eq!(trend.instrument, Some(Instrument::Srs));
    assert_eq!(
        trend.totals(),
        vec![Some(39.5), Some(38.0), Some(34.5)],
        "the finished SRS conversations, oldest first"
    );
    let points = &trend.points;
    assert_eq!(points[0].change, None);
    assert_eq!(points[1].change, Some(-1.5));
    assert_eq!(points[2].change, Some(-3.5));
    assert!(flag_ids(&points[0]).is_empty());
    // 39.5 then 38: dropped, and nothing else (38 is not below 36; 9.0 is not below 9).
    assert_eq!(flag_ids(&points[1]), ["dropped"]);
    assert_eq!(
        flag_ids(&points[2]),
        ["below-36", "item-below-9", "dropped"]
    );
    assert!(points.iter().flat_map(|p| &p.flags).all(|f| !f.recomputed));
    assert_eq!(
        points[1].items,
        vec![
            ("relationship".to_owned(), Some(9.5)),
            ("goals".to_owned(), Some(9.5)),
            ("approach".to_owned(), Some(9.0)),
            ("overall".to_owned(), Some(10.0)),
        ]
    );
    assert_eq!(
        trend.references,
        vec![Reference::CutOff {
            id: "srs-36",
            value: 36.0,
            secondary: false
        }]
    );
    assert_eq!(trend.range(), Some((0.0, 40.0)));
}

#[test]
fn srs_flags_missing_from_a_journal_are_recomputed_from_the_numbers() {
    let journals = without_flag_lines(&fixtures());
    let trend = history::trend(&journals, "fit-srs");
    assert!(flag_ids(&trend.points[0]).is_empty());
    assert_eq!(flag_ids(&trend.points[1]), ["dropped"]);
    assert_eq!(
        flag_ids(&trend.points[2]),
        ["below-36", "item-below-9", "dropped"]
    );
    assert!(
        trend
            .points
            .iter()
            .flat_map(|p| &p.flags)
            .all(|f| f.recomputed)
    );
}

#[test]
fn a_drop_of_exactly_one_point_counts_despite_floating_point() {
    // 38.3 − 37.3 is 0.99999… in binary floating point: it must still count as 1.0.
    let mut journals: Vec<Journal> = without_flag_lines(&fixtures())
        .into_iter()
        .filter(|j| j.header.dialogue == "fit-srs")
        .take(2)
        .collect();
    let set_totals = |journals: &mut Vec<Journal>, totals: [f64; 2]| {
        for (journal, total) in journals.iter_mut().zip(totals) {
            for block in &mut journal.blocks {
                if let Block::Finished { scores, .. } = block {
                    scores[0].value = total;
                }
            }
        }
    };
    set_totals(&mut journals, [38.3, 37.3]);
    let trend = history::trend(&journals, "fit-srs");
    assert_eq!(flag_ids(&trend.points[1]), ["dropped"]);
    // A rise is no drop.
    set_totals(&mut journals, [37.3, 38.3]);
    let trend = history::trend(&journals, "fit-srs");
    assert_eq!(trend.totals(), vec![Some(37.3), Some(38.3)]);
    assert!(!trend.points[1].has_flag("dropped"));
}

#[test]
fn who5_trend_flags_a_change_of_ten_points_either_way() {
    let journals = fixtures();
    let trend = history::trend(&journals, "who5");
    assert_eq!(trend.instrument, Some(Instrument::Who5));
    assert_eq!(trend.totals(), vec![Some(72.0), Some(56.0), Some(24.0)]);
    let raw: Vec<Option<f64>> = trend.points.iter().map(|p| p.raw).collect();
    assert_eq!(raw, vec![Some(18.0), Some(14.0), Some(6.0)]);
    assert_eq!(trend.points[1].change, Some(-16.0));
    assert!(flag_ids(&trend.points[0]).is_empty());
    // 72 % then 56 %: a change; 56 % is not below 50 %.
    assert_eq!(flag_ids(&trend.points[1]), ["change"]);
    assert_eq!(
        flag_ids(&trend.points[2]),
        ["low-wellbeing", "low-item", "very-low", "change"]
    );
    let very_low = trend.points[2]
        .flags
        .iter()
        .find(|f| f.id == "very-low")
        .expect("very-low is there");
    assert!(very_low.secondary, "≤ 28 % comes from a secondary source");
    assert_eq!(
        trend.references,
        vec![
            Reference::CutOff {
                id: "who5-50",
                value: 50.0,
                secondary: false
            },
            Reference::CutOff {
                id: "who5-28",
                value: 28.0,
                secondary: true
            },
        ]
    );
    assert_eq!(trend.range(), Some((0.0, 100.0)));

    // Recomputed on the raw integer where the journal has no flag lines. The low-item
    // flag needs the answers' scores, so only a journal can say it.
    let bare = without_flag_lines(&journals);
    let trend = history::trend(&bare, "who5");
    assert_eq!(flag_ids(&trend.points[1]), ["change"]);
    assert_eq!(
        flag_ids(&trend.points[2]),
        ["low-wellbeing", "very-low", "change"]
    );
}

#[test]
fn ors_trend_has_the_four_items_the_cut_off_and_only_finished_conversations() {
    let journals = fixtures();
    let trend = history::trend(&journals, "fit-ors");
    assert_eq!(
        trend.totals(),
        vec![Some(27.5), Some(22.5)],
        "the paused ORS conversation is no point of the trend"
    );
    let first = &trend.points[0];
    assert_eq!(first.item("individual"), Some(7.0));
    assert_eq!(first.item("relations"), Some(6.5));
    assert_eq!(first.item("social"), Some(6.0));
    assert_eq!(first.item("overall"), Some(8.0));
    assert!(flag_ids(first).is_empty());
    // 27,5 → 22,5: down by 5,0, a reliable change worked out from the numbers.
    assert_eq!(flag_ids(&trend.points[1]), ["below-25", "reliable-change"]);
    assert_eq!(trend.points[1].change, Some(-5.0));
    assert_eq!(
        trend.references,
        vec![Reference::CutOff {
            id: "ors-25",
            value: 25.0,
            secondary: false
        }]
    );
    let bare = without_flag_lines(&journals);
    let trend = history::trend(&bare, "fit-ors");
    assert_eq!(flag_ids(&trend.points[1]), ["below-25", "reliable-change"]);
    assert!(trend.points[1].flags.iter().all(|f| f.recomputed));
}

#[test]
fn the_order_journals_come_in_does_not_matter() {
    let mut journals = fixtures();
    journals.reverse();
    let trend = history::trend(&journals, "fit-srs");
    assert_eq!(trend.totals(), vec![Some(39.5), Some(38.0), Some(34.5)]);
    assert_eq!(flag_ids(&trend.points[1]), ["dropped"]);
}

#[test]
fn a_dialogue_without_scores_has_points_but_no_totals_or_lines() {
    let journals = fixtures();
    let trend = history::trend(&journals, "crisis-plan");
    assert_eq!(trend.instrument, None);
    assert_eq!(trend.points.len(), 2, "two finished crisis plans");
    assert!(trend.totals().iter().all(Option::is_none));
    assert!(trend.references.is_empty());
    assert!(
        history::trend(&journals, "no-such-dialogue")
            .points
            .is_empty()
    );
}

// ---------------------------------------------------------------------------------------
// The sparkline
// ---------------------------------------------------------------------------------------

#[test]
fn the_sparkline_is_scaled_over_the_whole_range_in_eight_steps() {
    assert_eq!(history::sparkline(&[], 0.0, 40.0), "");
    assert_eq!(
        history::sparkline(
            &[
                Some(0.0),
                Some(5.0),
                Some(20.0),
                Some(39.5),
                None,
                Some(40.0)
            ],
            0.0,
            40.0
        ),
        "▁▂▅█ █"
    );
    // Out of range is drawn at the ends, never a panic.
    assert_eq!(
        history::sparkline(&[Some(-3.0), Some(120.0), Some(f64::NAN)], 0.0, 100.0),
        "▁█ "
    );
    let journals = fixtures();
    let srs = history::trend(&journals, "fit-srs");
    assert_eq!(history::sparkline(&srs.totals(), 0.0, 40.0), "██▇");
    let who5 = history::trend(&journals, "who5");
    assert_eq!(history::sparkline(&who5.totals(), 0.0, 100.0), "▆▅▂");
}

// ---------------------------------------------------------------------------------------
// The history list
// ---------------------------------------------------------------------------------------

#[test]
fn the_history_lists_every_conversation_by_time_with_its_key_score() {
    let mut journals = fixtures();
    // Handed over in any order, listed by the time each started.
    journals.reverse();
    let entries = history::list(&journals);
    assert_eq!(entries.len(), 12);
    let started: Vec<_> = entries.iter().map(|e| e.started).collect();
    let mut sorted = started.clone();
    sorted.sort();
    assert_eq!(started, sorted);

    let summary: Vec<(String, &str, Status, Option<f64>)> = entries
        .iter()
        .map(|e| {
            (
                e.started.format("%Y-%m-%d %H:%M").to_string(),
                e.dialogue.as_str(),
                e.status,
                e.score.as_ref().map(|s| s.value),
            )
        })
        .collect();
    let expected: Vec<(String, &str, Status, Option<f64>)> = vec![
        ("2026-01-05 09:00", "fit-ors", Status::Finished, Some(27.5)),
        ("2026-01-05 10:00", "fit-srs", Status::Finished, Some(39.5)),
        ("2026-01-05 10:20", "who5", Status::Finished, Some(72.0)),
        ("2026-01-12 13:00", "crisis-plan", Status::Finished, None),
        ("2026-02-02 09:00", "fit-ors", Status::Finished, Some(22.5)),
        ("2026-02-02 10:00", "fit-srs", Status::Finished, Some(38.0)),
        ("2026-02-02 10:20", "who5", Status::Finished, Some(56.0)),
        ("2026-02-09 13:00", "crisis-plan", Status::Finished, None),
        ("2026-03-02 09:00", "fit-ors", Status::Unfinished, None),
        ("2026-03-02 10:00", "fit-srs", Status::Finished, Some(34.5)),
        ("2026-03-02 10:20", "who5", Status::Finished, Some(24.0)),
        ("2026-03-09 13:00", "crisis-plan", Status::Unfinished, None),
    ]
    .into_iter()
    .map(|(t, d, s, v)| (t.to_owned(), d, s, v))
    .collect();
    assert_eq!(summary, expected);

    let who5 = &entries[2];
    assert_eq!(who5.title, "WHO-5 Trivselsindeks");
    let score = who5.score.as_ref().expect("a WHO-5 score");
    assert_eq!((score.id.as_str(), score.decimals), ("percent", 0));
    let ors = entries[0].score.as_ref().expect("an ORS score");
    assert_eq!(
        (ors.id.as_str(), ors.decimals, ors.max),
        ("total", 1, Some(40.0))
    );
    // The paused ORS: one answer so far, which it can be resumed from.
    assert_eq!(entries[8].answered, 1);
    // `index` finds the journal in the list that was handed over.
    assert_eq!(
        journals[entries[8].index].header.started,
        entries[8].started
    );
}

// ---------------------------------------------------------------------------------------
// The ORS target
// ---------------------------------------------------------------------------------------

#[test]
fn the_ors_target_round_trips_in_a_private_file() {
    let root = data_dir("target");
    assert_eq!(
        history::target(&root, "p1").expect("no file"),
        Target::default()
    );
    history::set_target(
        &root,
        "p1",
        &Target {
            ors: Some(30.0),
            ..Target::default()
        },
    )
    .expect("stored");
    let path = root.join("targets").join("p1.ron");
    assert_eq!(
        fs::read_to_string(&path).expect("the file is there"),
        "(ors: Some(30.0))\n"
    );
    // Who set it and when are kept with it, a name with quotes as it was typed.
    let set = Target {
        ors: Some(31.5),
        by: Some("Mette \"M\" Hansen".to_owned()),
        at: Some("2026-12-02T10:15:00+01:00".to_owned()),
    };
    history::set_target(&root, "p1", &set).expect("stored");
    assert_eq!(history::target(&root, "p1").expect("reads"), set);
    history::set_target(
        &root,
        "p1",
        &Target {
            ors: Some(30.0),
            ..Target::default()
        },
    )
    .expect("stored");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = |p: &Path| fs::metadata(p).expect("metadata").permissions().mode() & 0o777;
        assert_eq!(mode(&path), 0o600);
        assert_eq!(mode(&root.join("targets")), 0o700);
    }
    assert_eq!(
        history::target(&root, "p1").expect("reads"),
        Target {
            ors: Some(30.0),
            ..Target::default()
        }
    );
    history::set_target(
        &root,
        "p1",
        &Target {
            ors: Some(27.5),
            ..Target::default()
        },
    )
    .expect("replaced");
    assert_eq!(history::target(&root, "p1").expect("reads").ors, Some(27.5));
    history::set_target(
        &root,
        "p1",
        &Target {
            ors: None,
            ..Target::default()
        },
    )
    .expect("removed");
    assert_eq!(history::target(&root, "p1").expect("reads").ors, None);

    // A target the ORS cannot reach, and a pseudonym that would be a path, are refused.
    assert!(matches!(
        history::set_target(
            &root,
            "p1",
            &Target {
                ors: Some(41.0),
                ..Target::default()
            }
        ),
        Err(TargetError::OutOfRange { .. })
    ));
    assert!(matches!(
        history::set_target(
            &root,
            "p1",
            &Target {
                ors: Some(f64::NAN),
                ..Target::default()
            }
        ),
        Err(TargetError::OutOfRange { .. })
    ));
    assert!(matches!(
        history::set_target(
            &root,
            "../p1",
            &Target {
                ors: Some(30.0),
                ..Target::default()
            }
        ),
        Err(TargetError::BadParticipant(_))
    ));
    // No temporary file is left behind.
    let names: Vec<_> = fs::read_dir(root.join("targets"))
        .expect("the folder")
        .map(|e| e.expect("entry").file_name())
        .collect();
    assert_eq!(names, vec![std::ffi::OsString::from("p1.ron")]);
}

#[test]
fn a_bad_target_file_is_a_clear_error_with_its_place() {
    let root = data_dir("bad-target");
    fs::create_dir_all(root.join("targets")).expect("folder");
    let path = root.join("targets").join("p1.ron");
    fs::write(&path, "(\n  ors: Some(\"thirty\"),\n)\n").expect("write");
    match history::target(&root, "p1") {
        Err(error @ TargetError::BadFile { .. }) => {
            let TargetError::BadFile { line, .. } = &error else {
                unreachable!()
            };
            assert_eq!(*line, 2);
            let message = report::message(&texts(Lang::En), &ReportError::Target(error));
            assert!(message.contains("p1.ron:2:"), "{message}");
            assert!(message.contains("(ors: Some(30.0))"), "{message}");
        }
        other => panic!("expected a bad file, got {other:?}"),
    }
    fs::write(&path, "(ors: Some(99.0))\n").expect("write");
    assert!(matches!(
        history::target(&root, "p1"),
        Err(TargetError::BadFile { .. })
    ));
    fs::write(&path, "(goal: 3)\n").expect("write");
    assert!(matches!(
        history::target(&root, "p1"),
        Err(TargetError::BadFile { .. })
    ));
}

#[test]
fn the_target_is_a_line_on_the_ors_trend_only() {
    let journals = fixtures();
    let target = Target {
        ors: Some(30.0),
        ..Target::default()
    };
    let mut ors = history::trend(&journals, "fit-ors");
    ors.add_target(&target);
    ors.add_target(&target);
    assert_eq!(
        ors.references,
        vec![
            Reference::CutOff {
                id: "ors-25",
                value: 25.0,
                secondary: false
            },
            Reference::Target { value: 30.0 },
        ],
        "one target line, however often it is added"
    );
    let mut srs = history::trend(&journals, "fit-srs");
    srs.add_target(&target);
    assert_eq!(srs.references.len(), 1);
}

// ---------------------------------------------------------------------------------------
// The line-mode reports
// ---------------------------------------------------------------------------------------

#[test]
fn the_history_report_is_a_plain_table_in_danish() {
    let root = data_dir("history-report");
    let store = Store::new(root.clone());
    let texts = texts(Lang::Da);
    let text = output(|out| report::history(&store, "p1", &texts, &library(), out));
    assert!(text.starts_with("Samtaler med p1\n"), "{text}");
    let header = text
        .lines()
        .find(|l| l.starts_with("Nr."))
        .expect("a heading row");
    for heading in ["Dato", "Kl.", "Samtale", "Status", "Resultat", "Fil"] {
        assert!(header.contains(heading), "{header}");
    }
    let row = |number: &str| {
        text.lines()
            .find(|l| l.trim_start().starts_with(&format!("{number}  ")))
            .unwrap_or_else(|| panic!("row {number} in {text}"))
            .to_owned()
    };
    let first = row("1");
    assert!(first.contains("2026-01-05  09:00"), "{first}");
    assert!(first.contains("FIT: Sådan har jeg det"), "{first}");
    assert!(first.contains("afsluttet"), "{first}");
    assert!(first.contains("27,5/40"), "decimal comma: {first}");
    assert!(
        first.contains("2026-01-05T08-00-00Z-fit-ors.txt"),
        "{first}"
    );
    assert!(row("3").contains("72 %"), "{text}");
    assert!(row("9").contains("ikke afsluttet"), "{text}");
    assert!(row("12").contains("ikke afsluttet"), "{text}");
    assert!(
        text.contains("Samtaler i alt: 12. Ikke afsluttet: 2."),
        "{text}"
    );
    assert!(!text.contains('\u{1b}'), "no colour codes");

    // English has a decimal point.
    let text = output(|out| report::history(&store, "p1", &self::texts(Lang::En), &library(), out));
    assert!(text.contains("27.5/40"), "{text}");
    assert!(text.contains("72%"), "{text}");

    // Nobody yet.
    let text = output(|out| report::history(&store, "p9", &texts, &library(), out));
    assert!(text.contains("ingen samtaler med p9"), "{text}");
    // A pseudonym that would be a path.
    let mut out = Vec::new();
    let error =
        report::history(&store, "../p1", &texts, &library(), &mut out).expect_err("refused");
    assert_eq!(report::exit_code(&error), 2);
}

#[test]
fn an_unreadable_journal_is_named_and_hides_nothing_else() {
    let root = data_dir("history-broken");
    fs::write(
        root.join("journals/p1/2026-04-01T08-00-00Z-who5.txt"),
        "not a journal\n",
    )
    .expect("write");
    let store = Store::new(root);
    let text = output(|out| report::history(&store, "p1", &texts(Lang::Da), &library(), out));
    assert!(text.contains("Samtaler i alt: 12."), "{text}");
    assert!(text.contains("2026-04-01T08-00-00Z-who5.txt"), "{text}");
}

#[test]
fn one_journal_is_shown_in_the_readers_words_and_found_by_its_number() {
    let root = data_dir("show");
    let store = Store::new(root.clone());
    let path = report::journal_path(&store, "p1", 2).expect("number 2 is there");
    assert!(path.ends_with("2026-01-05T09-00-00Z-fit-srs.txt"));
    // The file keeps its format; the reader gets the questions and answers in words,
    // with the title in their language and no keys or step ids of the format.
    let text = output(|out| report::show_journal(&path, &texts(Lang::Da), out));
    assert!(
        text.starts_with("FIT: Sådan var samarbejdet i dag\n"),
        "{text}"
    );
    assert!(text.contains("Borger: p1 · med samtaleleder"), "{text}");
    assert!(text.contains("    Svar: 10,0"), "{text}");
    for key in [
        "dialogue:",
        "step:",
        "question:",
        "value:",
        "relationship",
        "== ",
    ] {
        assert!(!text.contains(key), "{key} in {text}");
    }
    let text = output(|out| report::show_journal(&path, &texts(Lang::En), out));
    assert!(
        text.starts_with("FIT: How our work together went today\n"),
        "{text}"
    );
    assert!(text.contains("    Answer: 10,0"), "{text}");

    let error = report::journal_path(&store, "p1", 13).expect_err("there are 12");
    assert!(matches!(
        error,
        ReportError::NoSuchEntry {
            number: 13,
            count: 12,
            ..
        }
    ));
    assert!(report::journal_path(&store, "p1", 0).is_err());

    // A journal changed by hand cannot drive the terminal.
    let edited = root.join("journals/p1/edited.txt");
    let mut text = fs::read_to_string(&path).expect("read");
    text = text.replacen("answer: ", "answer: \u{1b}[2J", 1);
    fs::write(&edited, &text).expect("write");
    let shown = output(|out| report::show_journal(&edited, &texts(Lang::En), out));
    assert!(!shown.contains('\u{1b}'));
    assert!(shown.contains("␛[2J"), "{shown}");

    // A file that is no journal is refused, with its line.
    let other = root.join("not-a-journal.txt");
    fs::write(&other, "hello\n").expect("write");
    let mut out = Vec::new();
    let error = report::show_journal(&other, &texts(Lang::En), &mut out).expect_err("refused");
    assert!(out.is_empty());
    assert!(report::message(&texts(Lang::En), &error).contains("not-a-journal.txt"));
}

#[test]
fn the_srs_trend_report_writes_every_value_and_the_flags_in_words() {
    let root = data_dir("trend-srs");
    let store = Store::new(root);
    let texts = texts(Lang::Da);
    let text = output(|out| report::trend(&store, "p1", "fit-srs", &texts, out));
    assert!(
        text.starts_with("FIT: Sådan var samarbejdet i dag: forløbet for p1\n"),
        "{text}"
    );
    let row = |date: &str| {
        text.lines()
            .find(|l| l.starts_with(date))
            .unwrap_or_else(|| panic!("a row for {date} in {text}"))
            .to_owned()
    };
    let first = row("2026-01-05");
    assert!(first.contains("39,5"), "{first}");
    assert!(first.contains("10,0"), "{first}");
    let second = row("2026-02-02");
    assert!(second.contains("38,0"), "{second}");
    assert!(second.contains("−1,5"), "{second}");
    assert!(second.contains("faldet 1 eller mere"), "{second}");
    let third = row("2026-03-02");
    assert!(third.contains("34,5"), "{third}");
    assert!(third.contains("under 36"), "{third}");
    assert!(third.contains("et spørgsmål under 9"), "{third}");
    assert!(text.contains("Forløb (0–40): ██▇"), "{text}");
    assert!(
        text.contains("36: under 36 er samarbejdet værd at tale om."),
        "the cut-off line is named: {text}"
    );
    // The flag's own words from the dialogue, once, with the dates it was there.
    assert!(
        text.contains("faldet 1 eller mere (2026-02-02, 2026-03-02):"),
        "{text}"
    );
    assert!(
        text.contains("Det er en god anledning til at tale om, hvad der har ændret sig"),
        "{text}"
    );
    assert!(
        !text.to_lowercase().contains("forventet"),
        "no expected curve"
    );
}

#[test]
fn the_who5_and_ors_trend_reports_name_their_lines_and_the_target() {
    let root = data_dir("trend-who5");
    let store = Store::new(root.clone());
    let texts = texts(Lang::Da);
    let text = output(|out| report::trend(&store, "p1", "who5", &texts, out));
    assert!(text.contains("72 %"), "{text}");
    assert!(text.contains("56 %"), "{text}");
    assert!(text.contains("−16"), "{text}");
    assert!(text.contains("18/25"), "{text}");
    assert!(text.contains("ændret 10 procentpoint eller mere"), "{text}");
    assert!(text.contains("Forløb (0–100): ▆▅▂"), "{text}");
    assert!(text.contains("50 %: under 50 %"), "{text}");
    assert!(text.contains("28 %: nogle bruger 28 %"), "{text}");
    assert!(
        text.contains("ikke sat af dem, der har lavet skemaet"),
        "{text}"
    );

    let text = output(|out| report::trend(&store, "p1", "fit-ors", &texts, out));
    assert!(text.contains("Individuelt"), "{text}");
    assert!(text.contains("Nære relationer"), "{text}");
    assert!(text.contains("27,5"), "{text}");
    assert!(text.contains("22,5"), "{text}");
    assert!(text.contains("under 25"), "{text}");
    assert!(
        text.contains("25: FIT's fælles pejlemærke for voksne"),
        "{text}"
    );
    assert!(text.contains("Der er ikke sat et eget mål"), "{text}");

    let at =
        samtale::engine::Stamp::parse_from_rfc3339("2026-03-02T10:15:00+01:00").expect("a stamp");
    let said = output(|out| report::set_target(&store, "p1", Some(30.0), at, &texts, out));
    assert!(said.contains("30,0"), "{said}");
    let text = output(|out| report::trend(&store, "p1", "fit-ors", &texts, out));
    assert!(text.contains("30,0: dit eget mål."), "{text}");
    // When it was set, and that it came from the command line (no name is asked there).
    assert!(
        text.contains("Målet er sat 2. marts 2026 med kommandoen samtale trend … --target."),
        "{text}"
    );
    assert!(!text.contains("Der er ikke sat et eget mål"), "{text}");

    // A participant with nothing finished yet, and a dialogue with no numbers.
    let text = output(|out| report::trend(&store, "p9", "fit-ors", &texts, out));
    assert!(text.contains("ingen afsluttede samtaler"), "{text}");
    let text = output(|out| report::trend(&store, "p1", "crisis-plan", &texts, out));
    assert!(text.contains("ingen tal at følge over tid"), "{text}");

    // English: a decimal point, and the same lines.
    let text = output(|out| report::trend(&store, "p1", "fit-ors", &self::texts(Lang::En), out));
    assert!(text.contains("27.5"), "{text}");
    assert!(text.contains("30.0: your own target."), "{text}");

    // The caller's app-only texts still give the flags' own words.
    let app = samtale::script::app_texts(Lang::Da);
    let text = output(|out| report::trend(&store, "p1", "fit-ors", &app, out));
    assert!(text.contains("I FIT er 25 et fælles pejlemærke"), "{text}");
}

#[test]
fn an_answer_value_is_read_as_the_journal_wrote_it() {
    // The items come from the answers; a skipped item is no number.
    let mut journals = fixtures();
    for journal in &mut journals {
        for block in &mut journal.blocks {
            if let Block::Answer { step, answer, .. } = block
                && step == "social"
            {
                *answer = Answer::Skipped;
            }
        }
    }
    let trend = history::trend(&journals, "fit-ors");
    assert_eq!(trend.points[0].item("social"), None);
    assert_eq!(trend.points[0].item("individual"), Some(7.0));
    assert!(matches!(
        journals[0].answers().get("individual"),
        Some(Answer::Given(Value::Number(_)))
    ));
}

/// The built-in dialogues: what `history` knows of each one's consent step.
fn library() -> samtale::script::Library {
    samtale::script::Library::builtin().0
}
