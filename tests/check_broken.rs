//! `samtale check` on broken scripts: every script in `tests/fixtures/broken/` has one
//! problem, and `NAME.expected` beside `NAME.ron` holds the exact lines `check` prints for
//! it in English, with the path as the tests pass it (relative to the package root).
//!
//! An expected file says what the message *should* be. Where `check` places a problem
//! wrongly or words it vaguely, the expected file holds the corrected line, so the test
//! fails until the code is fixed; the diff in the failure shows every such fixture at once.

mod common;

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Output;

use common::Sandbox;
use samtale::i18n::Lang;
use samtale::problem::Problem;
use samtale::script::{self, MAX_SCRIPT_BYTES};

const BROKEN: &str = "tests/fixtures/broken";
/// The fixtures whose problems are warnings, not errors.
const WARNING_ONLY: &[&str] = &[
    "missing-translation",
    "fluent-unused-message",
    "fluent-control-character",
];

/// Every `*.ron` directly in the fixture folder, sorted, as relative paths.
fn fixtures() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(BROKEN)
        .unwrap_or_else(|error| panic!("cannot read {BROKEN}: {error}"))
        .map(|entry| entry.expect("a readable folder entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "ron"))
        .collect();
    files.sort();
    files
}

fn stem(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn render(problems: &[Problem], lang: Lang) -> Vec<String> {
    let texts = script::app_texts(lang);
    // A problem with a line to paste renders on more than one line.
    problems
        .iter()
        .flat_map(|p| {
            p.render(&texts)
                .lines()
                .map(str::to_owned)
                .collect::<Vec<_>>()
        })
        .collect()
}

fn check_in_english(path: &Path) -> Vec<String> {
    render(&script::check_paths(&[path.to_path_buf()]), Lang::En)
}

/// The lines of `NAME.expected`, or `None` if there is no such file.
fn expected(script: &Path) -> Option<Vec<String>> {
    let text = std::fs::read_to_string(script.with_extension("expected")).ok()?;
    Some(
        text.lines()
            .filter(|line| !line.trim().is_empty())
            .map(str::to_owned)
            .collect(),
    )
}

/// `-` for an expected line that did not come, `+` for a line that was not expected.
fn diff(expected: &[String], actual: &[String]) -> String {
    let mut out = String::new();
    for line in expected.iter().filter(|l| !actual.contains(l)) {
        let _ = writeln!(out, "  - {line}");
    }
    for line in actual.iter().filter(|l| !expected.contains(l)) {
        let _ = writeln!(out, "  + {line}");
    }
    if out.is_empty() {
        let _ = writeln!(out, "  (the same lines in another order)");
        for line in actual {
            let _ = writeln!(out, "  + {line}");
        }
    }
    out
}

/// Runs the real binary from the package root, with nothing of the user's around it:
/// no config file, no data folder, no system language (the shared sandbox's one scrub).
fn samtale(args: &[&str], sandbox: &Sandbox) -> Output {
    sandbox
        .command_in_package(args)
        .output()
        .expect("the samtale binary runs")
}

fn stdout_lines(output: &Output) -> Vec<String> {
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(str::to_owned)
        .collect()
}

#[test]
fn every_broken_script_gives_exactly_its_expected_problems() {
    let files = fixtures();
    assert!(
        files.len() >= 18,
        "only {} fixtures in {BROKEN}",
        files.len()
    );
    let mut report = String::new();
    let mut failed = 0;
    for file in &files {
        let actual = check_in_english(file);
        match expected(file) {
            None => {
                failed += 1;
                let _ = writeln!(
                    report,
                    "{}: no {}.expected; check gives:",
                    file.display(),
                    stem(file)
                );
                for line in &actual {
                    let _ = writeln!(report, "  + {line}");
                }
            }
            Some(expected) if expected != actual => {
                failed += 1;
                let _ = writeln!(report, "{}:", file.display());
                report.push_str(&diff(&expected, &actual));
            }
            Some(_) => {}
        }
    }
    assert!(
        failed == 0,
        "{failed} of {} broken scripts do not give their expected problems \
         (- expected, + given):\n{report}",
        files.len()
    );
}

#[test]
fn every_broken_script_has_an_error_except_the_warning_only_ones() {
    let mut wrong = Vec::new();
    for file in fixtures() {
        let problems = script::check_paths(std::slice::from_ref(&file));
        let errors = problems.iter().filter(|p| p.is_error()).count();
        let warnings = problems.len() - errors;
        let fine = if WARNING_ONLY.contains(&stem(&file).as_str()) {
            errors == 0 && warnings > 0
        } else {
            errors > 0
        };
        if !fine {
            wrong.push(format!(
                "{}: {errors} error(s), {warnings} warning(s)",
                file.display()
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn a_missing_translation_fails_check_only_with_strict() {
    let scratch = Sandbox::bare("strict");
    let file = format!("{BROKEN}/{}.ron", WARNING_ONLY[0]);
    let expected = expected(Path::new(&file)).expect("the fixture has an expected file");

    let lenient = samtale(&["--lang", "en", "check", &file], &scratch);
    assert_eq!(lenient.status.code(), Some(0), "{lenient:?}");
    let mut lines = expected.clone();
    lines.push("0 errors, 1 warning.".to_owned());
    assert_eq!(stdout_lines(&lenient), lines);

    let strict = samtale(&["--lang", "en", "check", "--strict", &file], &scratch);
    assert_eq!(strict.status.code(), Some(1), "{strict:?}");
    assert_eq!(stdout_lines(&strict), lines);
}

#[test]
fn a_script_over_512_kib_is_refused_before_it_is_read() {
    let scratch = Sandbox::bare("too-large");
    let file = scratch.root.as_path().join("too-large.ron");
    // A sound script, padded with a comment to one byte over the limit.
    let mut text = String::from(
        "Dialogue(\n    id: \"too-large\",\n    version: 1,\n    audience: Citizen,\n    \
         minutes: 1,\n    source: \"test\",\n    licence: \"CC0-1.0\",\n    sections: [\n        \
         Section(id: \"main\", steps: [Step(id: \"intro\", kind: Info())]),\n    ],\n)\n// ",
    );
    while text.len() < MAX_SCRIPT_BYTES + 1 {
        text.push('x');
    }
    text.truncate(MAX_SCRIPT_BYTES + 1);
    std::fs::write(&file, &text).expect("the temp folder is writable");

    let rendered = check_in_english(&file);
    assert_eq!(
        rendered,
        [format!(
            "{}:1:1: the file is {} bytes; samtale reads files of at most {} bytes. \
             Is this the right file?",
            file.display(),
            MAX_SCRIPT_BYTES + 1,
            MAX_SCRIPT_BYTES
        )]
    );
}

#[test]
fn a_condition_nested_a_hundred_thousand_deep_is_refused_without_overflowing() {
    let scratch = Sandbox::bare("too-deep");
    let file = scratch.root.as_path().join("too-deep.ron");
    let depth = 100_000;
    let text = format!(
        "Dialogue(id: \"too-deep\", version: 1, audience: Citizen, minutes: 1, source: \"test\", \
         licence: \"CC0-1.0\", sections: [Section(id: \"main\", steps: [\
         Step(id: \"intro\", kind: Info()), \
         Step(id: \"deep\", kind: YesNo, when: Some({}Answered(\"intro\"){}))])])\n",
        "Not(".repeat(depth),
        ")".repeat(depth)
    );
    assert!(text.len() <= MAX_SCRIPT_BYTES, "under the size limit");
    std::fs::write(&file, &text).expect("the temp folder is writable");

    let problems = script::check_paths(std::slice::from_ref(&file));
    let keys: Vec<&str> = problems.iter().map(|p| p.key).collect();
    assert_eq!(keys, ["check-too-deep"], "{problems:?}");
}

#[test]
fn check_on_the_folder_exits_1_and_prints_every_expected_line() {
    let scratch = Sandbox::bare("folder");
    let output = samtale(&["--lang", "en", "check", BROKEN], &scratch);
    assert_eq!(output.status.code(), Some(1), "{output:?}");

    let printed = stdout_lines(&output);
    let mut wanted = Vec::new();
    for file in fixtures() {
        wanted.extend(expected(&file).unwrap_or_default());
    }
    let problems = script::check_paths(&[PathBuf::from(BROKEN)]);
    let errors = problems.iter().filter(|p| p.is_error()).count();
    // Plural forms as English writes them (Fluent selects them by the number).
    let plural =
        |n: usize, one: &str, other: &str| format!("{n} {}", if n == 1 { one } else { other });
    let summary = format!(
        "{}, {}.",
        plural(errors, "error", "errors"),
        plural(problems.len() - errors, "warning", "warnings")
    );

    let printed_set: BTreeSet<&String> = printed.iter().collect();
    let wanted_set: BTreeSet<&String> = wanted.iter().collect();
    let missing: Vec<&&String> = wanted_set.difference(&printed_set).collect();
    let extra: Vec<&&String> = printed_set
        .difference(&wanted_set)
        .filter(|line| ***line != summary)
        .collect();
    let mut report = String::new();
    for line in &missing {
        let _ = writeln!(report, "  - {line}");
    }
    for line in &extra {
        let _ = writeln!(report, "  + {line}");
    }
    assert!(
        missing.is_empty() && extra.is_empty(),
        "`samtale check {BROKEN}` (- expected, not printed; + printed, not expected):\n{report}"
    );
    assert_eq!(printed.last(), Some(&summary), "the summary comes last");
}

#[test]
fn check_without_a_path_finds_the_builtin_dialogues_clean() {
    let scratch = Sandbox::bare("builtin");
    let output = samtale(&["--lang", "en", "check"], &scratch);
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    assert_eq!(stdout_lines(&output), ["No problems found."]);
    assert!(output.stderr.is_empty(), "{output:?}");
}

/// A message that reads the same in Danish as in English was never translated: it is
/// passed through from a library (RON, Fluent) in English.
#[test]
fn every_check_message_is_worded_in_danish_too() {
    let mut untranslated = Vec::new();
    for file in fixtures() {
        let problems = script::check_paths(std::slice::from_ref(&file));
        let english = render(&problems, Lang::En);
        let danish = render(&problems, Lang::Da);
        for (en, da) in english.iter().zip(&danish) {
            // A line to paste into a Fluent file is the same in every language.
            if en == da && !en.starts_with("    ") {
                untranslated.push(format!("  {en}"));
            }
        }
    }
    assert!(
        untranslated.is_empty(),
        "these messages are the same in Danish and English:\n{}",
        untranslated.join("\n")
    );
}

#[test]
fn a_script_and_texts_with_a_byte_order_mark_check_as_without_one() {
    let scratch = Sandbox::bare("bom");
    let dir = scratch.root.as_path();
    for lang in ["da", "en"] {
        let from = format!("docs/example/locales/{lang}/practice-check-in.ftl");
        let text = std::fs::read_to_string(&from).expect("the example's texts");
        std::fs::create_dir_all(dir.join("locales").join(lang)).expect("a folder");
        std::fs::write(
            dir.join("locales").join(lang).join("practice-check-in.ftl"),
            format!("\u{feff}{text}"),
        )
        .expect("writable");
    }
    let text = std::fs::read_to_string("docs/example/practice-check-in.ron").expect("the example");
    let file = dir.join("practice-check-in.ron");
    std::fs::write(&file, format!("\u{feff}{text}")).expect("writable");
    assert_eq!(check_in_english(&file), Vec::<String>::new());
}

#[test]
fn a_folder_without_scripts_says_so_and_fails() {
    let scratch = Sandbox::bare("no-scripts");
    let dir = scratch.root.as_path().join("empty");
    std::fs::create_dir_all(&dir).expect("a folder");
    std::fs::write(dir.join("notes.txt"), "not a script").expect("writable");
    let path = dir.display().to_string();
    let output = samtale(&["--lang", "en", "check", &path], &scratch);
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    assert_eq!(
        stdout_lines(&output),
        [
            format!(
                "{path}: no dialogue scripts (*.ron) in this folder; samtale looks only \
                 directly in it, not in folders inside it"
            ),
            "1 error, 0 warnings.".to_owned()
        ]
    );
}

#[test]
fn an_unused_message_fails_check_only_with_strict() {
    let scratch = Sandbox::bare("strict-unused");
    let file = format!("{BROKEN}/fluent-unused-message.ron");
    let lenient = samtale(&["--lang", "en", "check", &file], &scratch);
    assert_eq!(lenient.status.code(), Some(0), "{lenient:?}");
    let strict = samtale(&["--lang", "en", "check", "--strict", &file], &scratch);
    assert_eq!(strict.status.code(), Some(1), "{strict:?}");
    assert_eq!(stdout_lines(&lenient), stdout_lines(&strict));
}
