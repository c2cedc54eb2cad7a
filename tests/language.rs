//! Danish as Danes write it (issue 9): real plurals, one vocabulary, no English on a Danish
//! screen. The Fluent files are read as files here, so that a rule holds for every message,
//! not only for those some other test happens to show.

mod common;

use std::fs;
use std::io::Cursor;
use std::path::{Path, PathBuf};

use fluent_syntax::ast;
use fluent_syntax::parser;
use samtale::i18n::{self, Lang, Texts};

use common::Sandbox;
use common::fixtures::{builtin_library, builtin_texts, data_dir_with_fixtures, scratch_dir};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// Every Fluent file samtale ships or documents, with its language.
fn ftl_files() -> Vec<(Lang, PathBuf)> {
    let mut files = Vec::new();
    for base in ["locales", "docs/example/locales"] {
        for lang in Lang::ALL {
            let dir = Path::new(ROOT).join(base).join(lang.tag());
            let Ok(entries) = fs::read_dir(&dir) else {
                continue;
            };
            for entry in entries.flatten() {
                let path = entry.path();
                if path.extension().is_some_and(|e| e == "ftl") {
                    files.push((lang, path));
                }
            }
        }
    }
    files.sort();
    assert!(files.len() >= 16, "the locales were found: {files:?}");
    files
}

/// The text a person reads in a Fluent file: every line but comments.
fn message_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim_start().starts_with('#'))
        .map(|(n, line)| (n + 1, line))
}

#[test]
fn no_message_has_a_parenthesised_plural_ending() {
    // "samtale(r)", "decimal(er)", "warning(s)": a plural selector says it properly.
    let ending = regex_lite::Regex::new(r"\w\((s|er|r|e)\)").expect("a valid pattern");
    let mut found = Vec::new();
    for (_, path) in ftl_files() {
        let text = fs::read_to_string(&path).expect("read a Fluent file");
        for (number, line) in message_lines(&text) {
            if ending.is_match(line) {
                found.push(format!("{}:{number}: {line}", path.display()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "parenthesised endings:\n{}",
        found.join("\n")
    );
}

/// A message (or attribute) whose text chooses by a number: `{ $n -> [one] … *[other] … }`.
struct PluralMessage {
    key: String,
    attribute: Option<String>,
    selector: String,
    variables: Vec<String>,
}

fn variables_of(pattern: &ast::Pattern<&str>, out: &mut Vec<String>, selectors: &mut Vec<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, out, selectors);
        }
    }
}

fn expression_variables(
    expression: &ast::Expression<&str>,
    out: &mut Vec<String>,
    selectors: &mut Vec<String>,
) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            let plural = variants.iter().any(|v| {
                matches!(&v.key, ast::VariantKey::Identifier { name } if *name == "one" || *name == "other")
            });
            if let ast::InlineExpression::VariableReference { id } = selector {
                out.push(id.name.to_owned());
                if plural {
                    selectors.push(id.name.to_owned());
                }
            }
            for variant in variants {
                variables_of(&variant.value, out, selectors);
            }
        }
        ast::Expression::Inline(inline) => inline_variables(inline, out, selectors),
    }
}

fn inline_variables(
    inline: &ast::InlineExpression<&str>,
    out: &mut Vec<String>,
    selectors: &mut Vec<String>,
) {
    match inline {
        ast::InlineExpression::VariableReference { id } => out.push(id.name.to_owned()),
        ast::InlineExpression::Placeable { expression } => {
            expression_variables(expression, out, selectors)
        }
        _ => {}
    }
}

fn plural_messages() -> Vec<PluralMessage> {
    let mut found: Vec<PluralMessage> = Vec::new();
    for (_, path) in ftl_files() {
        let text = fs::read_to_string(&path).expect("read a Fluent file");
        let resource = parser::parse(text.as_str()).unwrap_or_else(|(resource, _)| resource);
        for entry in &resource.body {
            let ast::Entry::Message(message) = entry else {
                continue;
            };
            let patterns = message.value.iter().map(|p| (None, p)).chain(
                message
                    .attributes
                    .iter()
                    .map(|a| (Some(a.id.name.to_owned()), &a.value)),
            );
            for (attribute, pattern) in patterns {
                let (mut variables, mut selectors) = (Vec::new(), Vec::new());
                variables_of(pattern, &mut variables, &mut selectors);
                for selector in selectors {
                    let key = message.id.name.to_owned();
                    if !found
                        .iter()
                        .any(|m| m.key == key && m.attribute == attribute && m.selector == selector)
                    {
                        found.push(PluralMessage {
                            key,
                            attribute: attribute.clone(),
                            selector,
                            variables: variables.clone(),
                        });
                    }
                }
            }
        }
    }
    found
}

#[test]
fn every_plural_message_reads_with_0_1_2_and_one_and_a_half_in_both_languages() {
    let messages = plural_messages();
    assert!(
        messages.len() >= 10,
        "the plural messages were found: {}",
        messages.len()
    );
    for lang in Lang::ALL {
        let texts = builtin_texts(lang);
        let one_and_a_half = i18n::format_number(lang, 1.5, 1);
        for message in &messages {
            for count in ["0", "1", "2", one_and_a_half.as_str()] {
                let args: Vec<(&str, String)> = message
                    .variables
                    .iter()
                    .map(|name| {
                        let value = if *name == message.selector {
                            count.to_owned()
                        } else {
                            "«x»".to_owned()
                        };
                        (name.as_str(), value)
                    })
                    .collect();
                let text = match &message.attribute {
                    None => texts.get(&message.key, &args),
                    Some(name) => texts
                        .attr(&message.key, name, &args)
                        .unwrap_or_else(|| panic!("{} has .{name}", message.key)),
                };
                let shown = format!("{lang} {}={count}: {text}", message.key);
                // An unresolved reference is printed by Fluent in braces.
                assert!(!text.contains('{') && !text.contains('}'), "{shown}");
                assert!(!text.contains("(s)") && !text.contains("(er)"), "{shown}");
                if lang == Lang::Da {
                    assert!(!text.contains("1.5"), "a decimal point in Danish: {shown}");
                }
            }
        }
    }
    assert!(
        i18n::fallbacks().is_empty(),
        "messages missing in a language: {:?}",
        i18n::fallbacks()
    );
}

#[test]
fn numbers_reach_fluent_as_numbers_and_keep_their_danish_decimal_comma() {
    let da = builtin_texts(Lang::Da);
    let en = builtin_texts(Lang::En);
    let export = |texts: &Texts, n: &str, answers: &str| {
        texts.get(
            "export-done",
            &[
                ("conversations", n.to_owned()),
                ("answers", answers.to_owned()),
            ],
        )
    };
    assert_eq!(
        export(&da, "1", "21"),
        "Eksporterede 1 samtale med 21 svar."
    );
    assert_eq!(export(&da, "2", "1"), "Eksporterede 2 samtaler med 1 svar.");
    assert_eq!(
        export(&en, "1", "1"),
        "Exported 1 conversation with 1 answer."
    );
    assert_eq!(
        export(&en, "0", "0"),
        "Exported 0 conversations with 0 answers."
    );
    let summary = |texts: &Texts, errors: &str, warnings: &str| {
        texts.get(
            "check-summary",
            &[
                ("errors", errors.to_owned()),
                ("warnings", warnings.to_owned()),
            ],
        )
    };
    assert_eq!(summary(&da, "1", "1"), "1 fejl, 1 advarsel.");
    assert_eq!(summary(&da, "0", "3"), "0 fejl, 3 advarsler.");
    assert_eq!(summary(&en, "1", "2"), "1 error, 2 warnings.");
    // CLDR: Danish 1,5 is "one" (t ≠ 0, i = 1), English 1.5 is "other"; the number is
    // printed exactly as samtale formatted it.
    let range = |texts: &Texts, decimals: &str| {
        texts.get(
            "notice-scale-range",
            &[
                ("min", "0".to_owned()),
                ("max", i18n::format_number(texts.lang(), 10.5, 1)),
                ("decimals", decimals.to_owned()),
            ],
        )
    };
    assert_eq!(range(&da, "0"), "Skriv et helt tal fra 0 til 10,5.");
    assert_eq!(
        range(&da, "1"),
        "Skriv et tal fra 0 til 10,5 med højst 1 decimal."
    );
    assert_eq!(
        range(&da, "2"),
        "Skriv et tal fra 0 til 10,5 med højst 2 decimaler."
    );
    assert_eq!(
        range(&en, "1"),
        "Type a number from 0 to 10.5, with at most 1 decimal."
    );
    // A name that looks like a number is still shown as typed.
    assert_eq!(
        da.get("history-none", &[("participant", "007".to_owned())]),
        "Der er endnu ingen samtaler med 007."
    );
}

/// The terms docs/glossary.md retires, read from its list under "## Udgåede ord".
fn retired_terms() -> Vec<String> {
    let glossary =
        fs::read_to_string(Path::new(ROOT).join("docs/glossary.md")).expect("docs/glossary.md");
    let section = glossary
        .split("\n## ")
        .find(|s| s.starts_with("Udgåede ord"))
        .expect("the glossary has a section of retired terms");
    let terms: Vec<String> = section
        .lines()
        .filter_map(|line| line.strip_prefix("- `"))
        .filter_map(|rest| rest.split('`').next())
        .map(str::to_owned)
        .collect();
    assert!(terms.len() >= 5, "retired terms: {terms:?}");
    terms
}

#[test]
fn danish_messages_use_none_of_the_retired_terms_and_one_quotation_style() {
    let terms = retired_terms();
    let mut found = Vec::new();
    for (lang, path) in ftl_files() {
        if lang != Lang::Da {
            continue;
        }
        let text = fs::read_to_string(&path).expect("read a Fluent file");
        for (number, line) in message_lines(&text) {
            // The message's text, not its key ("…-participant = …").
            let words = line.split_once(" = ").map_or(line, |(_, value)| value);
            let lower = words.to_lowercase();
            for term in &terms {
                let hit = lower.match_indices(term.as_str()).any(|(at, _)| {
                    let before = lower[..at].chars().next_back();
                    // Whole words: "deltager" but not "deltagelse"; endings count
                    // ("deltageren"), since the word is retired in every form.
                    !before.is_some_and(char::is_alphanumeric)
                });
                if hit {
                    found.push(format!("{}:{number}: „{term}“ in {line}", path.display()));
                }
            }
            // „…“ is the one quotation style; a straight quote is left only where it is
            // RON code being quoted: Answered("…"), (") and Fluent's {"{"}.
            let code =
                line.contains("Answered(\"") || line.contains("(\")") || line.contains("{\"");
            // Quotes inside a placeable are Fluent syntax: { -staff(form: "definite") }.
            let outside = regex_lite::Regex::new(r"\{[^}]*\}").expect("a valid pattern");
            if outside.replace_all(words, "").contains('"') && !code {
                found.push(format!(
                    "{}:{number}: straight quotes in {line}",
                    path.display()
                ));
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn the_staff_word_of_the_config_is_used_by_the_built_in_dialogues() {
    let sandbox = Sandbox::new("staff-word");
    fs::write(
        &sandbox.config,
        "(staff_word: Some((da: Some(\"pædagog\"), en: Some(\"key worker\"))))\n",
    )
    .expect("write the config");
    let output = sandbox.run(&["list", "--lang", "da"], "");
    let stdout = output.stdout.clone();
    assert!(stdout.contains("sammen med din pædagog"), "{stdout}");
    let output = sandbox.run(&["list", "--lang", "en"], "");
    let stdout = output.stdout.clone();
    assert!(stdout.contains("together with your key worker"), "{stdout}");

    fs::write(
        &sandbox.config,
        "(staff_word: Some((da: Some(\"{ -x }\"))))\n",
    )
    .expect("write the config");
    let output = sandbox.run(&["list", "--lang", "da"], "");
    let stderr = output.stderr.clone();
    assert_eq!(output.code, Some(1), "{stderr}");
    assert!(
        stderr.contains("kan ikke bruges som staff_word"),
        "{stderr}"
    );
}

#[test]
fn usage_errors_speak_the_language_of_lang_and_of_the_config_and_suggest_the_near_word() {
    let sandbox = Sandbox::new("usage-da");
    let english = [("LANG", "en_GB.UTF-8")];
    let cases: [(&[&str], &[&str]); 6] = [
        (
            &["--lang", "da", "chek"],
            &[
                "der er ingen kommando, der hedder „chek“",
                "Mente du check?",
            ],
        ),
        (
            &["--lang", "da", "list", "--bogus"],
            &["tilvalget --bogus hører ikke til her"],
        ),
        (
            &["--lang=da", "export", "--partcipant", "p1"],
            &["Mente du --participant?"],
        ),
        (&["run", "--lang", "da"], &["hvilken samtaleguide?"]),
        (
            &["--lang", "da", "list", "--plain=ja"],
            &["tager ingen værdi"],
        ),
        (
            &[
                "run",
                "wh05",
                "--participant",
                "p1",
                "--plain",
                "--lang",
                "da",
            ],
            &["ingen samtaleguide, der hedder „wh05“", "Mente du who5?"],
        ),
    ];
    for (args, expected) in cases {
        let output = sandbox.run_with_env(args, &english, "");
        let stderr = output.stderr.clone();
        assert_eq!(output.code, Some(2), "{args:?}: {stderr}");
        for words in expected {
            assert!(stderr.contains(words), "{args:?}: {stderr}");
        }
        assert_danish(&format!("{args:?}"), &stderr);
    }

    // The config's language, while the environment is English.
    fs::write(&sandbox.config, "(language: Some(\"da\"))\n").expect("write the config");
    let output = sandbox.run_with_env(&["chek"], &english, "");
    let stderr = output.stderr.clone();
    assert!(stderr.contains("der er ingen kommando"), "{stderr}");
    assert_danish("config language", &stderr);
}

/// English that must never be on a Danish screen, as whole words.
const ENGLISH: &[&str] = &[
    "there is",
    "there are",
    "try",
    "error",
    "os error",
    "the",
    "and",
    "not",
    "dialogue:",
    "question:",
    "answer:",
    "value:",
    "finished",
    "participant:",
    "warning",
];

fn assert_danish(what: &str, text: &str) {
    let lower = text.to_lowercase();
    for word in ENGLISH {
        let hit = lower.match_indices(word).any(|(at, _)| {
            let before = lower[..at].chars().next_back();
            let after = lower[at + word.len()..].chars().next();
            !before.is_some_and(|c| c.is_alphanumeric() || c == '-' || c == '_')
                && !after.is_some_and(|c| c.is_alphanumeric() || c == '-' || c == '_')
        });
        assert!(!hit, "{what}: English „{word}“ on a Danish screen:\n{text}");
    }
}

/// Runs samtale in this process (so that its Fluent fallbacks are counted) with an English
/// environment and `--lang da`.
fn run_da(data: &Path, config: &Path, args: &[&str], stdin: &str) -> (i32, String, String) {
    let data_text = data.display().to_string();
    let config_text = config.display().to_string();
    let env = move |name: &str| match name {
        "LANG" => Some("en_GB.UTF-8".to_owned()),
        "SAMTALE_DATA_DIR" => Some(data_text.clone()),
        "SAMTALE_CONFIG" => Some(config_text.clone()),
        _ => None,
    };
    let mut stdin = Cursor::new(stdin.as_bytes().to_vec());
    let (mut stdout, mut stderr) = (Vec::new(), Vec::new());
    let clock =
        || chrono::DateTime::parse_from_rfc3339("2026-11-26T10:15:00+01:00").expect("a valid time");
    let mut world = samtale::app::World {
        env: &env,
        stdin: &mut stdin,
        stdout: &mut stdout,
        stderr: &mut stderr,
        clock: &clock,
        terminal: false,
    };
    let mut all = vec!["samtale", "--lang", "da"];
    all.extend_from_slice(args);
    let code = samtale::app::run(all.iter().map(std::ffi::OsString::from), &mut world);
    (
        code,
        String::from_utf8_lossy(&stdout).into_owned(),
        String::from_utf8_lossy(&stderr).into_owned(),
    )
}

#[test]
fn every_command_in_danish_is_danish_without_a_single_fallback() {
    let data = data_dir_with_fixtures("scan-da");
    let root = scratch_dir("scan-da-config");
    let config = root.join("config.ron");
    fs::write(
        &config,
        "(crisis_contacts: [(name: \"Akuttelefon\", phone: \"70 11 12 13\")])\n",
    )
    .expect("write the config");
    let library = builtin_library();
    let mut runs: Vec<Vec<String>> = Vec::new();
    let words = |line: &str| line.split(' ').map(str::to_owned).collect::<Vec<_>>();
    for line in [
        "list",
        "config",
        "check",
        "help",
        "history",
        "history --participant p1",
        "history --participant p1 1",
        "history --participant p1 3",
        "history --participant p1 4",
        "history --participant p1 99",
        "trend fit-ors --participant p1",
        "trend fit-srs --participant p1",
        "trend who5 --participant p1",
        "trend crisis-plan --participant p1",
        "export --participant p1 --format csv",
        "export --participant p1 --format json",
        "export",
        "export --all --format xml",
        "chek",
        "list --bogus",
        "run nothing --participant p1 --plain",
        "card --participant p1",
        "card --participant p1 --bogus",
        "kiosk fit-ors",
        "export --participant p1 --format csv --headers x",
        "trend fit-ors",
    ] {
        runs.push(words(line));
    }
    runs.push(vec!["--plain".to_owned()]);
    for topic in samtale::cli::COMMANDS {
        runs.push(vec!["help".to_owned(), (*topic).to_owned()]);
    }
    for (args, stdin) in runs
        .iter()
        .map(|a| (a.clone(), ""))
        .chain(library.scripts().map(|s| {
            (
                words(&format!(
                    "run {} --participant scan --plain --new",
                    s.dialogue.id
                )),
                // Enter skips, :pause pauses: enough to see the first questions and the
                // pause in words.
                "\n\n\n:pause\n",
            )
        }))
    {
        let refs: Vec<&str> = args.iter().map(String::as_str).collect();
        let (_, stdout, stderr) = run_da(&data, &config, &refs, stdin);
        assert!(
            !(stdout.clone() + &stderr).trim().is_empty(),
            "{args:?} said nothing"
        );
        let what = format!("samtale --lang da {}", args.join(" "));
        // JSON is for programs: its keys are fixed ids. What samtale says beside it is not.
        if !args.contains(&"json".to_owned()) {
            assert_danish(&what, &stdout);
        }
        assert_danish(&what, &stderr);
    }
    let fallbacks: Vec<_> = i18n::fallbacks()
        .into_iter()
        .filter(|(lang, _)| *lang == Lang::Da)
        .collect();
    assert!(fallbacks.is_empty(), "fell back to English: {fallbacks:?}");
}

#[test]
fn danish_screen_snapshots_have_no_english() {
    let dir = Path::new(ROOT).join("tests/snapshots");
    let mut read = 0;
    for entry in fs::read_dir(&dir).expect("the snapshots").flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if !name.ends_with(".snap") || !name.contains("_da_") {
            continue;
        }
        let text = fs::read_to_string(entry.path()).expect("read a snapshot");
        // The screen is what follows the header; the header (description, expression)
        // is for developers.
        let screen = text.splitn(3, "---").nth(2).unwrap_or_default();
        assert_danish(&name, screen);
        read += 1;
    }
    assert!(read >= 50, "Danish snapshots read: {read}");
}
