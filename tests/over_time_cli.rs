//! The over-time commands through the binary, as a user runs them: journals are made with
//! line-mode conversations first, then `history`, `history N`, `trend`, `card` and
//! `export` in each format run against them; what they print and their exit codes are
//! checked against the journals on disk, read back with `samtale::journal`.

mod common;

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::PathBuf;

use common::outside;
use common::{Output, Sandbox, parse_journal};
use samtale::engine::{Answer, Value};
use samtale::exit;
use samtale::export;
use samtale::i18n::Lang;
use samtale::journal::{Block, Found, Journal, Store};
use samtale::script::Library;

/// WHO-5 72 %, WHO-5 92 % (a change of 20 points), an ORS of 24,7 in Danish, and a
/// finished crisis plan in the person's own words with one contact. Each WHO-5 and ORS
/// answers the consent question with 2: yes, it may be shared.
const WHO5_FIRST: &str = "4\n3\n4\n2\n5\n2\n\n";
const WHO5_SECOND: &str = "5\n5\n4\n4\n5\n2\n\n";
const ORS_DA: &str = "6,5\n7\n5\n6,2\n\n2\n\n";

/// The crisis plan: the first answer in the person's words, the contacts list with Ole,
/// everything else skipped, and Enter at the review. More Enters than questions do no
/// harm: the run ends when the conversation is finished.
fn crisis_plan_input() -> String {
    let to_contacts = "\n".repeat(6);
    format!(
        "Jeg sover dårligt og trækker mig\n.\n{to_contacts}+\nOle\nbror\n12 34 56 78\n\n{}",
        "\n".repeat(30)
    )
}

/// A sandbox where p1 has the four conversations, each finished.
fn with_journals(name: &str) -> Sandbox {
    let sandbox = Sandbox::new(name);
    for (dialogue, lang, input) in [
        ("who5", "en", WHO5_FIRST.to_owned()),
        ("who5", "en", WHO5_SECOND.to_owned()),
        ("fit-ors", "da", ORS_DA.to_owned()),
        ("crisis-plan", "da", crisis_plan_input()),
    ] {
        sandbox
            .converse(dialogue, "p1", lang, &input)
            .expect_code(exit::OK);
    }
    let journals = sandbox.journals("p1");
    assert_eq!(journals.len(), 4, "{journals:?}");
    for path in &journals {
        assert!(
            parse_journal(path).is_finished(),
            "{} is finished",
            path.display()
        );
    }
    sandbox
}

fn found(sandbox: &Sandbox, participant: &str) -> Vec<Found> {
    Store::new(sandbox.data.clone())
        .journals(participant)
        .expect("the participant's journals can be listed")
        .into_iter()
        .map(|f| f.expect("every journal reads"))
        .collect()
}

fn file_name(path: &std::path::Path) -> String {
    path.file_name()
        .expect("a file name")
        .to_string_lossy()
        .into_owned()
}

fn answer_blocks(journal: &Journal) -> usize {
    journal
        .blocks
        .iter()
        .filter(|b| matches!(b, Block::Answer { .. }))
        .count()
}

/// The numbered rows of `history`: (number, file name), in the order shown.
fn history_rows(out: &Output) -> Vec<(usize, String)> {
    out.stdout
        .lines()
        .filter_map(|line| {
            let mut words = line.split_whitespace();
            let number = words.next()?.parse::<usize>().ok()?;
            let file = words.last()?.to_owned();
            file.ends_with(".txt").then_some((number, file))
        })
        .collect()
}

// ---------------------------------------------------------------------------------------
// history, history N

#[test]
fn history_lists_every_conversation_with_its_key_score() {
    let sandbox = with_journals("history-list");
    let out = sandbox.run(&["history", "--participant", "p1", "--lang", "en"], "");
    out.expect_code(exit::OK);
    let rows = history_rows(&out);
    let mut files: Vec<String> = rows.iter().map(|(_, f)| f.clone()).collect();
    files.sort();
    let on_disk: Vec<String> = sandbox
        .journals("p1")
        .iter()
        .map(|p| file_name(p))
        .collect();
    assert_eq!(files, on_disk, "one row for each journal\n{}", out.stdout);
    assert_eq!(
        rows.iter().map(|(n, _)| *n).collect::<Vec<_>>(),
        [1, 2, 3, 4]
    );
    // Each journal's key score, on its own row, from what the journal recorded.
    for (_, file) in &rows {
        let journal = parse_journal(&sandbox.participant_dir("p1").join(file));
        let row = out
            .stdout
            .lines()
            .find(|l| l.ends_with(file.as_str()))
            .expect("the row");
        assert!(row.contains("finished"), "{row}");
        let scores = journal.scores();
        let expected = match journal.header.dialogue.as_str() {
            "who5" => format!("{}%", scores["percent"]),
            "fit-ors" => format!("{}/40", scores["total"]),
            _ => String::new(),
        };
        assert!(row.contains(&expected), "{expected:?} in {row}");
    }
    for score in ["72%", "92%", "24.7/40"] {
        assert!(out.stdout.contains(score), "{score}\n{}", out.stdout);
    }
    assert!(
        out.stdout.contains("Conversations: 4. Not finished: 0."),
        "{}",
        out.stdout
    );
    assert!(out.stderr.is_empty(), "{}", out.stderr);
}

/// `history` finds of each journal only what its line shows; the table it prints is the
/// one the whole journals give, byte for byte, for every kind of journal: finished and
/// unfinished, a plan (how complete it is), a WHO-5 with a statement skipped (no
/// percent), consent given and refused, from the kiosk seen and not seen, and a title
/// over two lines (read whole).
#[test]
fn history_shows_what_the_whole_journals_say() {
    let sandbox = with_journals("history-whole");
    let dir = sandbox.participant_dir("p1");
    // The fixtures: two crisis plans and an ORS unfinished, WHO-5s, SRSs.
    let fixtures = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/journals/p1");
    for entry in fs::read_dir(&fixtures).expect("the fixtures") {
        let path = entry.expect("a fixture").path();
        fs::copy(&path, dir.join(path.file_name().expect("a name"))).expect("copy");
    }
    // A statement skipped: no percent, so the line shows none.
    sandbox
        .converse("who5", "p1", "da", "4\n:spring\n4\n2\n5\n2\n\n")
        .expect_code(exit::OK);
    let who5 = sandbox
        .journals("p1")
        .into_iter()
        .find(|p| fs::read_to_string(p).is_ok_and(|t| t.contains("value: choice yes")))
        .expect("a WHO-5 that may be shared");
    let text = fs::read_to_string(&who5).expect("read");
    let variant = |name: &str, edit: &dyn Fn(&str) -> String| {
        fs::write(
            dir.join(format!("2027-01-01T10-00-00Z-{name}.txt")),
            edit(&text),
        )
        .expect("write a variant");
    };
    let kiosk = |t: &str| t.replacen("\nstarted: ", "\nentered: kiosk\nstarted: ", 1);
    variant("who5", &kiosk);
    variant("who5_02", &|t: &str| {
        format!("{}\n== seen 2027-01-02T09:00:00+01:00\nby: kt\n", kiosk(t))
    });
    variant("who5_03", &|t: &str| {
        t.replace("value: choice yes", "value: choice no")
    });
    variant("who5_04", &|t: &str| {
        t.replacen("\ntitle: ", "\ntitle: Trivsel\n  over to linjer: ", 1)
    });
    let out = sandbox.run(&["history", "--participant", "p1", "--lang", "da"], "");
    out.expect_code(exit::OK);

    let store = Store::new(sandbox.data.clone());
    let (library, _) = Library::builtin();
    let texts = library.texts(Lang::Da);
    let mut rows = Vec::new();
    let mut broken = Vec::new();
    for result in store.journals("p1").expect("listed") {
        match result {
            Ok(found) => {
                let want = samtale::report::history_want(&library, &found.journal.header.dialogue);
                rows.push(samtale::journal::Row::of(found, &want));
            }
            Err(error) => broken.push(error),
        }
    }
    let mut whole = Vec::new();
    samtale::report::history_of(&store, "p1", &texts, &library, rows, &broken, &mut whole)
        .expect("the table");
    let whole = String::from_utf8(whole).expect("UTF-8");
    assert!(broken.is_empty(), "{broken:?}");
    assert_eq!(out.stdout, whole);
    for cell in [
        "fra kiosken, ikke set endnu",
        "fra kiosken, set",
        "ikke afsluttet (kan fortsættes)",
        "11/22 udfyldt",
        "må ikke deles",
        "     –  ",
    ] {
        assert!(out.stdout.contains(cell), "{cell}\n{}", out.stdout);
    }
}

#[test]
fn history_n_shows_that_journal_in_the_readers_words_and_leaves_the_file_as_it_is() {
    let sandbox = with_journals("history-n");
    let list = sandbox.run(&["history", "--participant", "p1", "--lang", "da"], "");
    list.expect_code(exit::OK);
    let rows = history_rows(&list);
    assert_eq!(rows.len(), 4, "{}", list.stdout);
    for (number, file) in rows {
        let path = sandbox.participant_dir("p1").join(&file);
        let before = fs::read_to_string(&path).expect("read the journal");
        let number = number.to_string();
        let out = sandbox.run(
            &["history", "--participant", "p1", &number, "--lang", "da"],
            "",
        );
        out.expect_code(exit::OK);
        // Every question of the file, in words; none of the format's keys.
        for line in before.lines() {
            if let Some(question) = line.strip_prefix("question: ") {
                assert!(
                    out.stdout.contains(question),
                    "{question} in {}",
                    out.stdout
                );
            }
        }
        for key in ["dialogue:", "step:", "value:", "== answer"] {
            assert!(
                !out.stdout.contains(key),
                "history {number}: {}",
                out.stdout
            );
        }
        assert!(out.stdout.contains("Borger: p1"), "{}", out.stdout);
        let after = fs::read_to_string(&path).expect("read the journal");
        assert_eq!(before, after, "history {number} leaves {file} as it is");
    }
}

#[test]
fn history_of_a_participant_with_no_conversations_says_so_and_creates_nothing() {
    let sandbox = with_journals("history-unknown");
    for (lang, said) in [
        ("en", "There are no conversations with nobody yet."),
        ("da", "Der er endnu ingen samtaler med nobody."),
    ] {
        let out = sandbox.run(&["history", "--participant", "nobody", "--lang", lang], "");
        out.expect_code(exit::OK);
        assert!(out.stdout.contains(said), "{lang}: {}", out.stdout);
    }
    assert!(!sandbox.participant_dir("nobody").exists());
    // A pseudonym that is not one is a wrong command line.
    let out = sandbox.run(&["history", "--participant", "../p1", "--lang", "en"], "");
    out.expect_code(exit::USAGE);
    assert!(
        out.stdout.is_empty(),
        "nothing of p1 is shown: {}",
        out.stdout
    );
}

#[test]
fn history_with_a_number_that_is_not_in_the_list_is_a_usage_error() {
    let sandbox = with_journals("history-bad-n");
    for number in ["0", "5", "99"] {
        let out = sandbox.run(
            &["history", "--participant", "p1", number, "--lang", "en"],
            "",
        );
        out.expect_code(exit::USAGE);
        assert!(
            out.stderr.contains(&format!(
                "p1 has no conversation number {number}. There are 4; \
                 `samtale history --participant p1` lists them."
            )),
            "{number}: {}",
            out.stderr
        );
        assert!(out.stdout.is_empty(), "{number}: {}", out.stdout);
    }
}

// ---------------------------------------------------------------------------------------
// trend

#[test]
fn who5_trend_shows_both_values_the_change_and_its_flag() {
    let sandbox = with_journals("trend-who5");
    let out = sandbox.run(
        &["trend", "who5", "--participant", "p1", "--lang", "en"],
        "",
    );
    out.expect_code(exit::OK);
    // What the journals recorded: 72 then 92, the second flagged as a change.
    let who5: Vec<Journal> = sandbox
        .journals("p1")
        .iter()
        .map(|p| parse_journal(p))
        .filter(|j| j.header.dialogue == "who5")
        .collect();
    assert_eq!(
        who5.iter()
            .map(|j| j.scores()["percent"])
            .collect::<Vec<_>>(),
        [72.0, 92.0]
    );
    assert_eq!(common::flag_ids(&who5[1]), ["change"]);
    let rows: Vec<&str> = out.stdout.lines().filter(|l| l.contains("/25")).collect();
    assert_eq!(rows.len(), 2, "{}", out.stdout);
    assert!(
        rows[0].contains("72%") && rows[0].contains("18/25"),
        "{}",
        rows[0]
    );
    assert!(
        rows[1].contains("92%")
            && rows[1].contains("+20")
            && rows[1].contains("23/25")
            && rows[1].contains("changed by 10 percentage points or more"),
        "{}",
        rows[1]
    );
    assert!(out.stdout.contains("50%: below 50%"), "{}", out.stdout);
}

#[test]
fn ors_trend_in_danish_writes_the_total_with_a_decimal_comma() {
    let sandbox = with_journals("trend-ors");
    let out = sandbox.run(
        &["trend", "fit-ors", "--participant", "p1", "--lang", "da"],
        "",
    );
    out.expect_code(exit::OK);
    assert!(out.stdout.contains("24,7"), "{}", out.stdout);
    assert!(!out.stdout.contains("24.7"), "{}", out.stdout);
    let none = sandbox.run(
        &[
            "trend",
            "fit-ors",
            "--participant",
            "nobody",
            "--lang",
            "en",
        ],
        "",
    );
    none.expect_code(exit::OK);
    assert!(
        none.stdout
            .contains("There are no finished conversations of"),
        "{}",
        none.stdout
    );
}

// ---------------------------------------------------------------------------------------
// card

#[test]
fn card_writes_the_plan_in_the_persons_words_to_private_files() {
    let sandbox = with_journals("card");
    let out = sandbox.run(&["card", "--participant", "p1", "--lang", "en"], "");
    out.expect_code(exit::OK);
    let folder = sandbox.data.join("cards").join("p1");
    let text_file = folder.join("card.txt");
    let html_file = folder.join("card.html");
    for file in [&text_file, &html_file] {
        assert!(
            out.stdout.contains(&file.display().to_string()),
            "says where: {}",
            out.stdout
        );
        let mode = fs::metadata(file)
            .expect("the card file")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600, "{}", file.display());
    }
    // The words and the contact the plan's journal recorded.
    let plan = sandbox
        .journals("p1")
        .iter()
        .map(|p| parse_journal(p))
        .find(|j| j.header.dialogue == "crisis-plan")
        .expect("the crisis plan");
    assert_eq!(
        plan.answers().get("warning-signs"),
        Some(&common::text("Jeg sover dårligt og trækker mig"))
    );
    let card = fs::read_to_string(&text_file).expect("read card.txt");
    for words in [
        "Jeg sover dårligt og trækker mig",
        "Ole",
        "12 34 56 78",
        "112",
    ] {
        assert!(card.contains(words), "{words:?} in\n{card}");
    }
    let html = fs::read_to_string(&html_file).expect("read card.html");
    assert!(html.contains("Jeg sover dårligt og trækker mig"));
}

#[test]
fn card_without_a_finished_plan_says_how_to_make_one_and_writes_nothing() {
    let sandbox = with_journals("card-none");
    sandbox
        .converse("who5", "p2", "en", WHO5_FIRST)
        .expect_code(exit::OK);
    let out = sandbox.run(&["card", "--participant", "p2", "--lang", "en"], "");
    out.expect_code(exit::PROBLEMS);
    assert!(
        out.stderr
            .contains("There is no finished crisis plan for p2 yet."),
        "{}",
        out.stderr
    );
    assert!(!sandbox.data.join("cards").join("p2").exists());
}

// ---------------------------------------------------------------------------------------
// export

/// What the library exports for these journals, the reference for the binary's output.
fn expected_export(sandbox: &Sandbox, format: &str, lang: Lang) -> String {
    let journals = found(sandbox, "p1");
    let (library, problems) = Library::builtin();
    assert!(problems.is_empty(), "{problems:?}");
    match format {
        "csv" => export::csv(&journals, lang, &library),
        "json" => export::json(&journals, &library),
        _ => export::fhir_with(
            &journals,
            &library,
            lang,
            &export::FhirSettings::default(),
            export::BundleKind::Collection,
        ),
    }
}

#[test]
fn export_csv_has_one_row_per_recorded_answer_in_danish_style() {
    let sandbox = with_journals("export-csv");
    // With --headers ids, exactly what the library writes: the stable column ids.
    let ids = sandbox.run(
        &[
            "export",
            "--all",
            "--format",
            "csv",
            "--lang",
            "da",
            "--headers",
            "ids",
        ],
        "",
    );
    ids.expect_code(exit::OK);
    assert_eq!(ids.stdout, expected_export(&sandbox, "csv", Lang::Da));
    // By default the columns and coded values are in the reader's words; the rows are
    // otherwise the same.
    let out = sandbox.run(&["export", "--all", "--format", "csv", "--lang", "da"], "");
    out.expect_code(exit::OK);
    let header = out.stdout.lines().next().unwrap_or_default();
    assert_eq!(
        header,
        "\u{feff}borger;samtaleguide;version;journal;startet;UTC-forskydning;besvaret;trin;\
         spørgsmål;svar;værdi;slags;point;afsluttet;lagt til side"
    );
    assert_eq!(
        out.stdout.lines().count(),
        ids.stdout.lines().count(),
        "{}",
        out.stdout
    );
    let journals: Vec<Journal> = sandbox
        .journals("p1")
        .iter()
        .map(|p| parse_journal(p))
        .collect();
    let answers: usize = journals.iter().map(answer_blocks).sum();
    // One row per answer, and one more per field of each entry of a list (the contacts).
    let fields: usize = journals
        .iter()
        .flat_map(|j| j.answers().into_values())
        .map(|answer| match answer {
            Answer::Given(Value::Entries(entries)) => {
                entries.iter().map(|e| e.fields.len()).sum::<usize>()
            }
            _ => 0,
        })
        .sum();
    assert_eq!(fields, 3, "Ole's name, relation and phone");
    let rows: Vec<&str> = out.stdout.lines().skip(1).collect();
    assert_eq!(rows.len(), answers + fields, "{}", out.stdout);
    assert!(
        rows.iter()
            .any(|r| r.contains(";contacts.1.name;") && r.contains(";Ole;")),
        "{}",
        out.stdout
    );
    assert!(rows.iter().all(|r| r.starts_with("p1;")), "{}", out.stdout);
    assert!(
        rows.iter()
            .any(|r| r.contains(";individual;") && r.contains(";6,5;6,5;tal;")),
        "a Danish decimal comma: {}",
        out.stdout
    );
    assert!(
        rows.iter()
            .any(|r| r.contains("Jeg sover dårligt og trækker mig")),
        "the person's own words"
    );
    // The count of what was exported is said on stderr, beside the data on stdout.
    assert!(
        out.stderr.contains(&format!(" {answers} svar")),
        "{}",
        out.stderr
    );
}

#[test]
fn export_json_has_every_conversation() {
    let sandbox = with_journals("export-json");
    let out = sandbox.run(
        &[
            "export",
            "--participant",
            "p1",
            "--format",
            "json",
            "--lang",
            "en",
        ],
        "",
    );
    out.expect_code(exit::OK);
    assert_eq!(out.stdout, expected_export(&sandbox, "json", Lang::En));
    assert!(out.stdout.starts_with('[') && out.stdout.trim_end().ends_with(']'));
    for path in sandbox.journals("p1") {
        assert!(
            out.stdout
                .contains(&format!("\"journal\":\"{}\"", file_name(&path))),
            "{}",
            path.display()
        );
    }
    assert_eq!(out.stdout.matches("\"participant\":\"p1\"").count(), 4);
}

#[test]
fn export_fhir_is_a_bundle_an_outside_validator_accepts() {
    let sandbox = with_journals("export-fhir");
    let output = sandbox.root.join("bundle.json");
    let output_arg = output.display().to_string();
    let out = sandbox.run(
        &[
            "export",
            "--all",
            "--format",
            "fhir",
            "--output",
            &output_arg,
        ],
        "",
    );
    out.expect_code(exit::OK);
    assert!(out.stdout.is_empty(), "{}", out.stdout);
    let bundle = fs::read_to_string(&output).expect("the bundle was written");
    assert_eq!(bundle, expected_export(&sandbox, "fhir", Lang::En));
    let mode = fs::metadata(&output)
        .expect("the bundle")
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600, "personal data is private");
    assert_eq!(
        bundle
            .matches("\"resourceType\":\"QuestionnaireResponse\"")
            .count(),
        4
    );
    let test = "export_fhir_is_a_bundle_an_outside_validator_accepts";
    if let Some(python) = outside::fhir_python(test) {
        match outside::validate_fhir(&python, &sandbox.root.join("fhir"), &bundle) {
            Ok(report) => assert!(report.contains("valid FHIR R4"), "{report}"),
            Err(problems) => panic!("the binary's export is not valid FHIR R4:\n{problems}"),
        }
    }
}

#[test]
fn export_in_an_unknown_format_is_a_usage_error_and_writes_nothing() {
    let sandbox = with_journals("export-bad");
    let output: PathBuf = sandbox.root.join("out.xml");
    let output_arg = output.display().to_string();
    let out = sandbox.run(
        &[
            "export",
            "--all",
            "--format",
            "xml",
            "--output",
            &output_arg,
            "--lang",
            "en",
        ],
        "",
    );
    out.expect_code(exit::USAGE);
    assert!(
        out.stderr.contains("\"xml\" is not an export format."),
        "{}",
        out.stderr
    );
    assert!(out.stdout.is_empty());
    assert!(!output.exists());
}
