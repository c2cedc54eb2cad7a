//! A broken config file stops samtale before it starts anything, with the file, line and
//! column of the problem. Every `NAME.ron` in `tests/fixtures/config/` except `good.ron`
//! is broken, and `NAME.expected` holds the exact first line samtale writes to stderr for
//! it (in English, with the path as the tests pass it).
//!
//! As in `check_broken.rs`, an expected file says what the message *should* be.

mod common;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use common::Sandbox;
use samtale::i18n::Lang;
use samtale::script;

const CONFIGS: &str = "tests/fixtures/config";
const GOOD: &str = "tests/fixtures/config/good.ron";

/// The real binary, run from the package root with nothing of the user's around it (the
/// shared sandbox's one scrub); nothing creates its data folder unless samtale starts work.
fn samtale(args: &[&str], sandbox: &Sandbox) -> Command {
    sandbox.command_in_package(args)
}

fn run(command: &mut Command) -> Output {
    command.output().expect("the samtale binary runs")
}

fn lines(bytes: &[u8]) -> Vec<String> {
    String::from_utf8_lossy(bytes)
        .lines()
        .map(str::to_owned)
        .collect()
}

fn broken_configs() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(CONFIGS)
        .unwrap_or_else(|error| panic!("cannot read {CONFIGS}: {error}"))
        .map(|entry| entry.expect("a readable folder entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "ron"))
        .filter(|path| path != Path::new(GOOD))
        .collect();
    files.sort();
    files
}

fn hint(lang: Lang) -> String {
    script::app_texts(lang).get("config-broken-hint", &[])
}

/// Exit code 1, the expected first line and the hint on stderr, nothing on stdout, and
/// no data folder made: samtale did not start.
fn stopped(output: &Output, sandbox: &Sandbox, first_line: &str) -> Result<(), String> {
    let mut wrong = String::new();
    if output.status.code() != Some(1) {
        let _ = writeln!(wrong, "  exit code {:?}, not 1", output.status.code());
    }
    let stderr = lines(&output.stderr);
    if stderr.first().map(String::as_str) != Some(first_line) {
        let _ = writeln!(wrong, "  - {first_line}");
        let _ = writeln!(wrong, "  + {}", stderr.first().cloned().unwrap_or_default());
    }
    if stderr.get(1) != Some(&hint(Lang::En)) {
        let _ = writeln!(wrong, "  no hint on the second line of stderr: {stderr:?}");
    }
    if !output.stdout.is_empty() {
        let _ = writeln!(wrong, "  it started and wrote: {:?}", lines(&output.stdout));
    }
    if sandbox.data.exists() {
        let _ = writeln!(
            wrong,
            "  it made the data folder {}",
            sandbox.data.display()
        );
    }
    if wrong.is_empty() { Ok(()) } else { Err(wrong) }
}

#[test]
fn a_broken_config_file_stops_samtale_at_its_line_and_column() {
    let files = broken_configs();
    assert!(files.len() >= 3, "only {} broken configs", files.len());
    let mut report = String::new();
    for file in &files {
        let scratch = Sandbox::bare("broken");
        let expected = std::fs::read_to_string(file.with_extension("expected"))
            .unwrap_or_else(|_| panic!("{} has no .expected file", file.display()));
        let first_line = expected.lines().next().unwrap_or_default();
        let path = file.to_string_lossy();
        let output = run(&mut samtale(
            &["--config", &path, "--lang", "en", "config"],
            &scratch,
        ));
        if let Err(wrong) = stopped(&output, &scratch, first_line) {
            let _ = write!(report, "samtale --config {path} --lang en config:\n{wrong}");
        }
    }
    assert!(report.is_empty(), "{report}");
}

#[test]
fn a_language_samtale_does_not_speak_is_placed_in_the_config_file() {
    let scratch = Sandbox::bare("klingon");
    let file = format!("{CONFIGS}/bad-language.ron");
    let expected = std::fs::read_to_string(format!("{CONFIGS}/bad-language.expected"))
        .expect("bad-language has an expected file");
    let output = run(&mut samtale(&["--config", &file, "config"], &scratch));
    if let Err(wrong) = stopped(&output, &scratch, expected.trim_end()) {
        panic!("samtale --config {file} config:\n{wrong}");
    }
}

#[test]
fn config_errors_speak_the_language_of_the_lang_flag() {
    let scratch = Sandbox::bare("lang-flag");
    let file = format!("{CONFIGS}/unknown-field.ron");
    let output = run(
        samtale(&["--config", &file, "--lang", "en", "config"], &scratch)
            .env("LANG", "da_DK.UTF-8"),
    );
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    let stderr = lines(&output.stderr);
    assert_eq!(
        stderr.get(1),
        Some(&hint(Lang::En)),
        "--lang en, LANG=da_DK.UTF-8: {stderr:#?}"
    );
}

#[test]
fn a_good_config_file_says_where_each_setting_came_from() {
    let scratch = Sandbox::bare("good");
    let data = scratch.data.clone();

    // Flags and the environment win over the config file.
    let output = run(&mut samtale(
        &["--config", GOOD, "--lang", "en", "config"],
        &scratch,
    ));
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    let shown: Vec<String> = lines(&output.stdout)
        .iter()
        .map(|line| line.trim_end_matches([' ', '·']).to_owned())
        .collect();
    assert_eq!(
        shown,
        [
            format!("Config file: {GOOD} (read; from --config)"),
            format!(
                "Data folder: {} (from the environment variable SAMTALE_DATA_DIR)",
                data.display()
            ),
            "Language: en (from --lang)".to_owned(),
            "Own dialogues: /srv/samtale/dialogues (from the config file)".to_owned(),
            "Local crisis contacts: 2".to_owned(),
            "  Akutmodtagelsen (eksempel) · 12 34 56 78 · døgnåbent".to_owned(),
            // How a contact without opening hours ends is the business of the next test.
            "  Nattelinjen (eksempel) · 87 65 43 21".to_owned(),
        ]
    );
    assert!(output.stderr.is_empty(), "{output:?}");

    // Without --lang the config file's language is used, and samtale speaks it.
    let output = run(&mut samtale(&["--config", GOOD, "config"], &scratch));
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    let shown = lines(&output.stdout);
    assert!(
        shown.contains(&"Sprog: da (fra konfigurationsfilen)".to_owned()),
        "{shown:#?}"
    );

    // The data folder from the config file, when neither a flag nor the environment sets one.
    let config = scratch.root.as_path().join("config.ron");
    let journals = scratch.root.as_path().join("journals");
    std::fs::write(
        &config,
        format!("(data_dir: Some({:?}))\n", journals.display().to_string()),
    )
    .expect("the temp folder is writable");
    let config = config.to_string_lossy().into_owned();
    let output = run(
        samtale(&["--config", &config, "--lang", "en", "config"], &scratch)
            .env_remove("SAMTALE_DATA_DIR"),
    );
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    assert_eq!(
        lines(&output.stdout),
        [
            format!("Config file: {config} (read; from --config)"),
            format!("Data folder: {} (from the config file)", journals.display()),
            "Language: en (from --lang)".to_owned(),
            "Own dialogues: none (only the built-in ones)".to_owned(),
            "Local crisis contacts: 0".to_owned(),
            // Staff are told what a citizen alone will and will not see.
            format!(
                "No local crisis contacts are set up (crisis_contacts in {config}). \
                 A citizen alone sees only 112 and Livslinien."
            ),
        ]
    );
    assert!(!journals.exists(), "`samtale config` made the data folder");
    assert!(!data.exists(), "`samtale config` made the data folder");
}

#[test]
fn a_crisis_contact_without_opening_hours_has_no_dangling_separator() {
    let scratch = Sandbox::bare("contacts");
    let output = run(&mut samtale(
        &["--config", GOOD, "--lang", "en", "config"],
        &scratch,
    ));
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    let shown = lines(&output.stdout);
    assert_eq!(
        shown.get(shown.len().saturating_sub(2)..),
        Some(
            &[
                "  Akutmodtagelsen (eksempel) · 12 34 56 78 · døgnåbent".to_owned(),
                "  Nattelinjen (eksempel) · 87 65 43 21".to_owned(),
            ][..]
        )
    );
}
