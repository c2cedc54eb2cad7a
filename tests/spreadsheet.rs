//! The CSV as a spreadsheet reads it, and the score rows and JSON as a program reads them.
//!
//! - A real spreadsheet: LibreOffice Calc headless (`libreoffice-calc-nogui`, which
//!   `.ci/run` installs) opens the Danish CSV with the locale da-DK and the English one
//!   with en-US, with formulas evaluated (as Excel does), and saves it as a flat
//!   OpenDocument file that tests/calc_cells.py reads back: numbers are numbers, times
//!   are dates, a comment with `;`, quotes and a line break is one cell, and no cell is a
//!   formula (an answer `=1+1` stays text, with no apostrophe showing).
//! - The score layout (`--scores`) totals correctly when read back with the `csv` crate.
//! - The JSON export validates against docs/export-schema.json (python `jsonschema`).

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

mod common;

use common::Sandbox;
use common::outside;
use samtale::exit;
use samtale::journal::format::Block;
use samtale::journal::store::Store;
use serde_json::Value as Json;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

const FORMULA: &str = "=1+1";
const COMMENT: &str = "Bedre; men \"træt\", 6,5 i går\nog en ny linje \\ med skråstreg\tog tab";

/// A sandbox holding the export fixtures' journals, p-bo's note changed to `=1+1`.
fn sandbox(name: &str) -> Sandbox {
    let sandbox = Sandbox::new(name);
    sandbox.with_export_journals(|text| {
        text.replace("answer: Call me, please – \"soon\"", "answer: =1+1")
    });
    sandbox
}

fn export(sandbox: &Sandbox, extra: &[&str]) -> String {
    let dialogues = root().join("tests/fixtures/export/dialogues");
    let dialogues = dialogues.display().to_string();
    let mut args = vec![
        "export",
        "--all",
        "--format",
        "csv",
        "--dialogues",
        &dialogues,
    ];
    args.extend_from_slice(extra);
    let out = sandbox.run(&args, "");
    out.expect_code(exit::OK);
    out.stdout
}

fn read_csv(text: &str, separator: u8) -> Vec<Vec<String>> {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(separator)
        .has_headers(false)
        .from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    reader
        .records()
        .map(|r| r.expect("a CSV record").iter().map(str::to_owned).collect())
        .collect()
}

// ---------------------------------------------------------------------------------------
// Read back as data
// ---------------------------------------------------------------------------------------

#[test]
fn score_rows_total_correctly_when_read_back() {
    let sandbox = sandbox("csv-scores");
    let store = Store::new(sandbox.data.clone());
    // What the journals say: every finished score of the shared conversations.
    let mut expected: Vec<(String, String, f64)> = Vec::new();
    for participant in store.participants() {
        for found in store.journals(&participant).expect("reads") {
            let found = found.expect("a journal");
            let shared = [
                "2026-03-02T08-15-00Z-fit-ors.txt",
                "2026-05-04T08-00-00Z-who5.txt",
                "2026-03-31T22-30-00Z-export-sample.txt",
            ];
            if !shared.iter().any(|s| found.path.ends_with(s)) {
                continue;
            }
            if let Some(Block::Finished { scores, .. }) = found.journal.finished() {
                for score in scores {
                    let d = found.journal.header.dialogue.clone();
                    expected.push((d, score.id.clone(), score.value));
                }
            }
        }
    }
    assert_eq!(
        expected.len(),
        4,
        "ORS total, WHO-5 raw and percent, the sample's"
    );
    for (lang, separator, comma) in [("da", b';', true), ("en", b',', false)] {
        let text = export(&sandbox, &["--scores", "--headers", "ids", "--lang", lang]);
        let rows = read_csv(&text, separator);
        let header = &rows[0];
        assert_eq!(&header[..9], samtale::export::SCORE_COLUMNS);
        assert_eq!(
            rows.len(),
            4,
            "a header and one row per shared conversation"
        );
        for (dialogue, score, value) in &expected {
            let column = header
                .iter()
                .position(|h| *h == format!("{dialogue}.{score}"))
                .unwrap_or_else(|| panic!("a column {dialogue}.{score}: {header:?}"));
            let total: f64 = rows[1..]
                .iter()
                .filter(|r| !r[column].is_empty())
                .map(|r| {
                    let cell = if comma {
                        r[column].replace(',', ".")
                    } else {
                        r[column].clone()
                    };
                    cell.parse::<f64>().expect("a number")
                })
                .sum();
            assert!(
                (total - value).abs() < 1e-9,
                "{lang} {dialogue}.{score}: {total} vs {value}"
            );
        }
        // Flags: 1 when fired, 0 when not, in the conversation's own dialogue's columns.
        let low = header
            .iter()
            .position(|h| h == "who5.flag.low-wellbeing")
            .expect("a flag column");
        let who5 = rows.iter().find(|r| r[1] == "who5").expect("the WHO-5 row");
        assert_eq!(who5[low], "0", "raw 15 is not low wellbeing");
        let item = header
            .iter()
            .position(|h| h == "who5.flag.low-item")
            .expect("a flag column");
        assert_eq!(who5[item], "1", "one item answered 1 or lower");
        let ors = rows
            .iter()
            .find(|r| r[1] == "fit-ors")
            .expect("the ORS row");
        assert_eq!(ors[low], "", "not WHO-5's flag");
    }
    // Danish words for the columns under --lang da, ids under --headers ids.
    let words = export(&sandbox, &["--scores", "--lang", "da"]);
    let header = &read_csv(&words, b';')[0];
    assert_eq!(&header[..3], ["borger", "samtaleguide", "version"]);
    assert!(
        header.contains(&"WHO-5 Trivselsindeks: Score (0–25)".to_owned()),
        "{header:?}"
    );
    assert!(
        header.iter().any(
            |h| h.starts_with("WHO-5 Trivselsindeks: Scoren er 12 eller derunder")
                && h.ends_with("(markering)")
        ),
        "{header:?}"
    );
}

#[test]
fn each_scored_choice_has_its_points_in_a_column_of_its_own() {
    let sandbox = sandbox("csv-points");
    let text = export(&sandbox, &["--headers", "ids", "--lang", "en"]);
    let rows = read_csv(&text, b',');
    let column = |name: &str| rows[0].iter().position(|h| h == name).expect(name);
    let (dialogue, step, value, score) = (
        column("dialogue"),
        column("step"),
        column("value"),
        column("score"),
    );
    let who5: Vec<&Vec<String>> = rows.iter().filter(|r| r[dialogue] == "who5").collect();
    let points = |id: &str| match id {
        "all-of-the-time" => "5",
        "most-of-the-time" => "4",
        "more-than-half" => "3",
        "less-than-half" => "2",
        "some-of-the-time" => "1",
        "at-no-time" => "0",
        _ => "",
    };
    let mut total = 0;
    for row in &who5 {
        if ["cheerful", "calm", "active", "rested", "interested"].contains(&row[step].as_str()) {
            assert_eq!(row[score], points(&row[value]), "{row:?}");
            total += row[score].parse::<i32>().expect("a number");
        } else {
            assert_eq!(
                row[score], "",
                "the consent question scores nothing: {row:?}"
            );
        }
    }
    assert_eq!(total, 15, "p-bo's WHO-5 raw score");
}

#[test]
fn the_json_export_validates_against_its_schema() {
    let sandbox = sandbox("json-schema");
    let dialogues = root().join("tests/fixtures/export/dialogues");
    let dialogues = dialogues.display().to_string();
    let out = sandbox.run(
        &[
            "export",
            "--all",
            "--format",
            "json",
            "--dialogues",
            &dialogues,
        ],
        "",
    );
    out.expect_code(exit::OK);
    let parsed: Json = serde_json::from_str(&out.stdout).expect("JSON");
    assert_eq!(parsed.as_array().map(Vec::len), Some(3));
    let Some(python) = outside::fhir_python("the_json_export_validates_against_its_schema") else {
        return;
    };
    let schema = root().join("docs/export-schema.json");
    let file = sandbox.root.join("export.json");
    fs::write(&file, &out.stdout).expect("write");
    if let Err(problems) = outside::validate_json_schema(&python, &schema, &file) {
        panic!("the JSON export does not fit docs/export-schema.json:\n{problems}");
    }
    // The schema is no rubber stamp: a score that is text, a missing field, a kind it
    // does not know are refused.
    let mut broken = parsed.clone();
    broken[0]["scores"][0]["value"] = Json::from("27,4");
    broken[1]["answers"][0]["value_kind"] = Json::from("slider");
    if let Some(object) = broken[2].as_object_mut() {
        object.remove("consent");
    }
    fs::write(&file, broken.to_string()).expect("write");
    let problems = outside::validate_json_schema(&python, &schema, &file).expect_err("refused");
    for part in [
        "0/scores/0/value",
        "1/answers/0/value_kind",
        "'consent' is a required property",
    ] {
        assert!(problems.contains(part), "{part}: {problems}");
    }
}

// ---------------------------------------------------------------------------------------
// A real spreadsheet
// ---------------------------------------------------------------------------------------

/// LibreOffice's `soffice`, or `None` after a printed skip (a failure under
/// SAMTALE_REQUIRE_ALL=1).
fn soffice(test: &str) -> Option<PathBuf> {
    let candidates = [
        std::env::var_os("SAMTALE_SOFFICE").map(PathBuf::from),
        Some(PathBuf::from("soffice")),
        Some(PathBuf::from("libreoffice")),
    ];
    for candidate in candidates.into_iter().flatten() {
        let works = Command::new(&candidate)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success());
        if works {
            return Some(candidate);
        }
    }
    outside::skip(
        test,
        "LibreOffice (soffice) is not installed; on Debian: apt-get install libreoffice-calc-nogui",
    );
    None
}

/// Opens the CSVs in Calc with the locale and separator given, formulas evaluated, and
/// reads each back through tests/calc_cells.py.
fn open_in_calc(
    soffice: &Path,
    dir: &Path,
    files: &[&str],
    separator: u8,
    locale: u32,
) -> Vec<Vec<Vec<Json>>> {
    let out = dir.join("calc");
    // Tokens: separator, text delimiter ("), UTF-8 (76), from line 1, default column
    // formats, locale, quoted fields not forced to text, special numbers (dates) detected,
    // …, and token 13: evaluate formulas, as Excel does.
    let filter = format!("CSV:{separator},34,76,1,,{locale},false,true,false,false,false,-1,true");
    let profile = format!("file://{}", dir.join("profile").display());
    let status = Command::new(soffice)
        .arg(format!("-env:UserInstallation={profile}"))
        .args([
            "--headless",
            "--norestore",
            &format!("--infilter={filter}"),
            "--convert-to",
            "fods",
            "--outdir",
        ])
        .arg(&out)
        .args(files.iter().map(|f| dir.join(f)))
        .output()
        .expect("soffice runs");
    assert!(
        status.status.success(),
        "soffice {}: {} {}",
        status.status,
        String::from_utf8_lossy(&status.stdout),
        String::from_utf8_lossy(&status.stderr)
    );
    files
        .iter()
        .map(|file| {
            let sheet = out.join(Path::new(file).with_extension("fods"));
            let read = Command::new("python3")
                .arg(root().join("tests/calc_cells.py"))
                .arg(&sheet)
                .output()
                .expect("python3 runs");
            assert!(
                read.status.success(),
                "{}",
                String::from_utf8_lossy(&read.stderr)
            );
            let rows: Json = serde_json::from_slice(&read.stdout).expect("cells as JSON");
            rows.as_array()
                .expect("rows")
                .iter()
                .map(|r| r.as_array().expect("cells").clone())
                .collect()
        })
        .collect()
}

fn column(rows: &[Vec<Json>], name: &str) -> usize {
    rows[0]
        .iter()
        .position(|c| c["text"] == name)
        .unwrap_or_else(|| panic!("no column {name}"))
}

#[test]
fn libreoffice_reads_numbers_dates_one_cell_comments_and_no_formulas_in_both_locales() {
    let test = "libreoffice_reads_numbers_dates_one_cell_comments_and_no_formulas_in_both_locales";
    let Some(soffice) = soffice(test) else {
        return;
    };
    let sandbox = sandbox("calc");
    for (lang, separator, locale) in [("da", b';', 1030), ("en", b',', 1033)] {
        let answers = format!("answers-{lang}.csv");
        let scores = format!("scores-{lang}.csv");
        // Machine-stable column names to find the columns by; Danish words are tested above.
        fs::write(
            sandbox.root.join(&answers),
            export(&sandbox, &["--lang", lang, "--headers", "ids"]),
        )
        .expect("write");
        fs::write(
            sandbox.root.join(&scores),
            export(&sandbox, &["--lang", lang, "--headers", "ids", "--scores"]),
        )
        .expect("write");
        let sheets = open_in_calc(
            &soffice,
            &sandbox.root,
            &[&answers, &scores],
            separator,
            locale,
        );
        let (rows, score_rows) = (&sheets[0], &sheets[1]);
        for sheet in &sheets {
            for cell in sheet.iter().flatten() {
                assert!(cell["formula"].is_null(), "{lang}: a formula: {cell}");
                let text = cell["text"].as_str().unwrap_or_default();
                assert!(
                    !text.starts_with('\''),
                    "{lang}: an apostrophe shows: {cell}"
                );
            }
        }
        let (kind, value, points) = (
            column(rows, "value_kind"),
            column(rows, "value"),
            column(rows, "score"),
        );
        let mut numbers = 0;
        for row in &rows[1..] {
            let cell = |i: usize| row.get(i).cloned().unwrap_or(Json::Null);
            // Numbers and scored points are numbers.
            if cell(kind)["text"] == "number" {
                assert_eq!(cell(value)["type"], "float", "{lang}: {row:?}");
                numbers += 1;
            }
            if !cell(points)["text"].as_str().unwrap_or_default().is_empty() {
                assert_eq!(cell(points)["type"], "float", "{lang}: {row:?}");
                numbers += 1;
            }
            // Times are dates.
            for time in ["started", "answered_at", "finished"] {
                let c = cell(column(rows, time));
                if !c["text"].as_str().unwrap_or_default().is_empty() {
                    assert_eq!(c["type"], "date", "{lang} {time}: {c}");
                }
            }
        }
        assert!(
            numbers >= 9,
            "{lang}: ORS's four, the sample's number, WHO-5's five points"
        );
        // The comment with ; quotes and a line break is one cell, whole (Calc drops the
        // tab in it, as it does with any tab in a cell it imports).
        let step = column(rows, "step");
        let comment = rows
            .iter()
            .find(|r| r[step]["text"] == "comment")
            .expect("the comment row");
        assert_eq!(comment[value]["text"], COMMENT.replace('\t', ""), "{lang}");
        assert_eq!(comment.len(), rows[0].len(), "{lang}: no cell split off");
        // =1+1 is text that shows as typed (behind an invisible ZERO WIDTH SPACE).
        let note = rows
            .iter()
            .find(|r| r[step]["text"] == "note")
            .expect("the note row");
        assert_eq!(note[value]["type"], "string", "{lang}");
        assert_eq!(note[value]["text"], format!("\u{200B}{FORMULA}"), "{lang}");
        // The score rows: numbers, and the flags countable.
        let raw = column(score_rows, "who5.raw");
        let who5 = score_rows
            .iter()
            .find(|r| r[1]["text"] == "who5")
            .expect("who5");
        assert_eq!(
            (&who5[raw]["type"], &who5[raw]["value"]),
            (&Json::from("float"), &Json::from("15")),
            "{lang}"
        );
        let started = column(score_rows, "started");
        assert_eq!(who5[started]["type"], "date", "{lang}");
        let ors_total = column(score_rows, "fit-ors.total");
        let ors = score_rows
            .iter()
            .find(|r| r[1]["text"] == "fit-ors")
            .expect("ors");
        assert_eq!(
            (&ors[ors_total]["type"], &ors[ors_total]["value"]),
            (&Json::from("float"), &Json::from("27.4")),
            "{lang}"
        );
    }
}
