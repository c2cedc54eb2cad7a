//! A trainer writing a dialogue alone: `samtale new` gives a script that checks clean and
//! runs to its end, `samtale help script` gives the authoring guide, and the guide's
//! example checks clean.

mod common;

use std::path::Path;

use common::{Sandbox, parse_journal};
use samtale::engine::{Answer, Value};

const GUIDE: &str = "docs/writing-a-dialogue.md";
const MARKER: &str = "<!-- writing example: ";

fn new_in(sandbox: &Sandbox, id: &str) -> std::path::PathBuf {
    let dir = sandbox.root.join("mine");
    let dir_text = dir.display().to_string();
    let out = sandbox.run(&["--lang", "en", "new", id, "--dir", &dir_text], "");
    assert_eq!(out.code, Some(0), "{out:?}");
    dir
}

#[test]
fn a_new_dialogue_checks_clean_with_strict() {
    let sandbox = Sandbox::new("new-checks");
    let dir = new_in(&sandbox, "my-guide");
    for file in [
        "my-guide.ron",
        "locales/da/my-guide.ftl",
        "locales/en/my-guide.ftl",
    ] {
        assert!(dir.join(file).is_file(), "{file} written");
    }
    let dir_text = dir.display().to_string();
    let out = sandbox.run(&["--lang", "en", "check", "--strict", &dir_text], "");
    assert_eq!(out.code, Some(0), "{out:?}");
    assert_eq!(out.stdout.trim(), "No problems found.");
}

#[test]
fn a_new_dialogue_overwrites_nothing_and_refuses_a_bad_id() {
    let sandbox = Sandbox::new("new-refuses");
    let dir = new_in(&sandbox, "my-guide");
    std::fs::write(dir.join("my-guide.ron"), "mine").expect("writable");
    let dir_text = dir.display().to_string();
    let again = sandbox.run(&["--lang", "en", "new", "my-guide", "--dir", &dir_text], "");
    assert_eq!(again.code, Some(1), "{again:?}");
    assert!(again.stderr.contains("is there already"), "{again:?}");
    assert_eq!(
        std::fs::read_to_string(dir.join("my-guide.ron")).expect("readable"),
        "mine"
    );
    let bad = sandbox.run(&["--lang", "en", "new", "my_guide", "--dir", &dir_text], "");
    assert_eq!(bad.code, Some(2), "{bad:?}");
    assert!(!dir.join("my_guide.ron").exists());
}

/// Every kind of step answered in the line mode; the journal read back.
#[test]
fn a_new_dialogue_runs_to_its_end_in_the_line_mode_and_its_journal_reads_back() {
    let sandbox = Sandbox::new("new-runs");
    let dir = new_in(&sandbox, "my-guide");
    let dir_text = dir.display().to_string();
    let input = "Sam\n7\n5\n4\n1 3\ny\n+\nAnna\nsister\n\nShe listens.\n.\n\n";
    for lang in ["da", "en"] {
        let out = sandbox.run(
            &[
                "--dialogues",
                &dir_text,
                "--lang",
                lang,
                "--plain",
                "run",
                "my-guide",
                "--participant",
                lang,
            ],
            input,
        );
        assert_eq!(out.code, Some(0), "{out:?}");
        let journal = parse_journal(&sandbox.journal(lang));
        assert!(journal.is_finished(), "{lang}");
        let answers = journal.answers();
        let value = |step: &str| answers.get(step).cloned();
        assert_eq!(
            value("name"),
            Some(Answer::Given(Value::Text("Sam".into())))
        );
        assert_eq!(value("mood"), Some(Answer::Given(Value::Number(7.0))));
        assert_eq!(
            value("heard"),
            Some(Answer::Given(Value::Choice("r4".into())))
        );
        assert_eq!(
            value("helps"),
            Some(Answer::Given(Value::Choices(vec![
                "walks".into(),
                "music".into()
            ])))
        );
        assert_eq!(value("more"), Some(Answer::Given(Value::YesNo(true))));
        assert_eq!(
            value("anything"),
            Some(Answer::Given(Value::Text("She listens.".into())))
        );
        let summary = common::summary(&journal);
        let expected = if lang == "da" {
            "Følte sig hørt: 4/5"
        } else {
            "Felt heard: 4/5"
        };
        assert!(summary.contains(expected), "{summary}");
    }
}

/// "Not relevant" in the new dialogue's rating: answered, left out, and said so.
#[test]
fn a_not_relevant_rating_is_recorded_and_the_result_says_it_is_left_out() {
    let sandbox = Sandbox::new("new-not-relevant");
    let dir = new_in(&sandbox, "my-guide");
    let dir_text = dir.display().to_string();
    let input = "\n\n\n6\n\nn\n\n";
    let out = sandbox.run(
        &[
            "--dialogues",
            &dir_text,
            "--lang",
            "en",
            "--plain",
            "run",
            "my-guide",
            "--participant",
            "p1",
        ],
        input,
    );
    assert_eq!(out.code, Some(0), "{out:?}");
    let journal = parse_journal(&sandbox.journal("p1"));
    assert!(journal.is_finished());
    let summary = common::summary(&journal);
    assert_eq!(
        summary,
        "Felt heard: not worked out, because no answer counts (answers that are “not relevant” are left out)."
    );
}

#[test]
fn help_script_prints_the_authoring_guide() {
    let sandbox = Sandbox::new("help-script");
    let out = sandbox.run(&["help", "script"], "");
    assert_eq!(out.code, Some(0), "{out:?}");
    let guide = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(GUIDE))
        .expect("the guide");
    assert_eq!(out.stdout, guide);
}

/// The files of the guide's example, from the fenced blocks after each marker.
fn guide_example() -> Vec<(String, String)> {
    let guide = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(GUIDE))
        .expect("the guide");
    let lines: Vec<&str> = guide.lines().collect();
    let mut files = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let Some(name) = line
            .strip_prefix(MARKER)
            .and_then(|r| r.strip_suffix(" -->"))
        else {
            continue;
        };
        assert!(
            lines[i + 1].starts_with("```"),
            "a fenced block after {name}"
        );
        let mut text = String::new();
        for body in &lines[i + 2..] {
            if *body == "```" {
                break;
            }
            text.push_str(body);
            text.push('\n');
        }
        files.push((name.to_owned(), text));
    }
    files
}

#[test]
fn the_guides_example_checks_clean_with_strict_and_runs() {
    let files = guide_example();
    assert_eq!(files.len(), 3, "a script and its texts in two languages");
    let sandbox = Sandbox::new("guide-example");
    let dir = sandbox.root.join("example");
    for (name, text) in &files {
        let path = dir.join(name);
        std::fs::create_dir_all(path.parent().expect("a folder")).expect("writable");
        std::fs::write(&path, text).expect("writable");
    }
    let dir_text = dir.display().to_string();
    let out = sandbox.run(&["--lang", "en", "check", "--strict", &dir_text], "");
    assert_eq!(out.code, Some(0), "{out:?}");
    let out = sandbox.run(
        &[
            "--dialogues",
            &dir_text,
            "--lang",
            "da",
            "--plain",
            "run",
            "check-in-short",
            "--participant",
            "p1",
        ],
        "6\n3\nPenge\n\n",
    );
    assert_eq!(out.code, Some(0), "{out:?}");
    let journal = parse_journal(&sandbox.journal("p1"));
    assert!(journal.is_finished());
    assert_eq!(journal.answers().len(), 3);
}

/// An escape sequence in a dialogue's texts (here one that would set the terminal's
/// title) is shown as visible signs, on screen and in the journal's lines, and check
/// warns about it at its place.
#[test]
fn an_escape_sequence_in_a_dialogues_texts_reaches_neither_the_screen_nor_the_journal() {
    let sandbox = Sandbox::new("escape-in-texts");
    let dir = new_in(&sandbox, "my-guide");
    let en = dir.join("locales/en/my-guide.ftl");
    let text = std::fs::read_to_string(&en).expect("readable").replace(
        "my-guide-title = My new dialogue",
        "my-guide-title = My new dialogue\u{1b}]0;owned\u{7}",
    );
    std::fs::write(&en, text).expect("writable");
    let dir_text = dir.display().to_string();
    let check = sandbox.run(&["--lang", "en", "check", &dir_text], "");
    assert_eq!(check.code, Some(0), "a warning: {check:?}");
    assert!(
        check.stdout.starts_with(&format!(
            "{}:2:33: warning: the text holds the control character U+001B",
            en.display()
        )),
        "{}",
        check.stdout
    );
    let out = sandbox.run(
        &[
            "--dialogues",
            &dir_text,
            "--lang",
            "en",
            "--plain",
            "run",
            "my-guide",
            "--participant",
            "p1",
        ],
        "Sam\n7\n5\n4\n1 3\nn\n\n",
    );
    assert_eq!(out.code, Some(0), "{out:?}");
    assert!(!out.stdout.contains('\u{1b}'), "{:?}", out.stdout);
    assert!(
        out.stdout.contains("My new dialogue␛]0;owned␇"),
        "{}",
        out.stdout
    );
    let raw = std::fs::read_to_string(sandbox.journal("p1")).expect("the journal");
    assert!(!raw.contains('\u{1b}') && !raw.contains('\u{7}'), "{raw:?}");
    assert!(raw.contains("title: My new dialogue␛]0;owned␇"), "{raw}");
}

/// A crisis contact's name with an escape sequence in it, from the config file, is shown
/// with visible signs.
#[test]
fn an_escape_sequence_in_a_crisis_contact_from_the_config_is_neutralised() {
    let sandbox = Sandbox::new("escape-in-config");
    std::fs::write(
        &sandbox.config,
        "(crisis_contacts: [(name: \"Vagt\\u{1b}[2J\", phone: \"12 34 56 78\")])\n",
    )
    .expect("writable");
    let out = sandbox.run(&["--lang", "en", "config"], "");
    assert_eq!(out.code, Some(0), "{out:?}");
    assert!(!out.stdout.contains('\u{1b}'), "{:?}", out.stdout);
    assert!(
        out.stdout.contains("  Vagt␛[2J · 12 34 56 78"),
        "{}",
        out.stdout
    );
}
