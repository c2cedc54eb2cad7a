//! Keeps docs/script-format.md and docs/journal-format.md true: the example script checks
//! clean, the doc shows it byte for byte, the example journal round-trips through the
//! journal format, the example can be completed by the real binary in both languages,
//! and every problem `samtale check` can report is in the doc's table.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

mod common;

use common::{Sandbox, parse_journal};
use samtale::i18n::Lang;
use samtale::journal::format;
use samtale::journal::{Block, Journal};

const EXAMPLE: &str = "docs/example/practice-check-in.ron";
const SCRIPT_DOC: &str = "docs/script-format.md";
const JOURNAL_DOC: &str = "docs/journal-format.md";
/// The comment that comes right before the example journal's fenced block.
const JOURNAL_MARKER: &str = "<!-- journal example -->";
/// The comment that lists the check messages the table in script-format.md describes.
const CHECK_KEYS_MARKER: &str = "<!-- check keys:";

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn read(relative: &str) -> String {
    let path = root().join(relative);
    fs::read_to_string(&path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()))
}

/// The fenced code block that starts on the line after `index` (the marker's line), as
/// the text it stands for: every line up to the closing fence, each with its line feed.
fn fenced_after(lines: &[&str], index: usize, what: &str) -> String {
    let fence = lines
        .get(index + 1)
        .unwrap_or_else(|| panic!("{what}: nothing after the marker"));
    assert!(
        fence.starts_with("```") && fence.len() > 3,
        "{what}: the marker must be followed by a fenced block with a language, found {fence:?}"
    );
    let mut text = String::new();
    for line in &lines[index + 2..] {
        if *line == "```" {
            return text;
        }
        text.push_str(line);
        text.push('\n');
    }
    panic!("{what}: the fenced block is never closed");
}

fn files_under(dir: &Path, found: &mut Vec<PathBuf>) {
    let entries = fs::read_dir(dir).unwrap_or_else(|e| panic!("read {}: {e}", dir.display()));
    for entry in entries {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            files_under(&path, found);
        } else {
            found.push(path);
        }
    }
}

#[test]
fn the_example_script_checks_without_a_single_problem() {
    let checked = samtale::script::check_file(&root().join(EXAMPLE));
    let texts = samtale::script::app_texts(Lang::En);
    let problems: Vec<String> = checked.problems.iter().map(|p| p.render(&texts)).collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    let dialogue = checked.dialogue.expect("the example parses");
    assert_eq!(dialogue.id, "practice-check-in");
    assert_eq!(checked.ftl.len(), 2, "texts in both languages");
}

#[test]
fn the_doc_shows_every_example_file_exactly() {
    let doc = read(SCRIPT_DOC);
    let lines: Vec<&str> = doc.lines().collect();
    let mut shown = BTreeSet::new();
    for (index, line) in lines.iter().enumerate() {
        let Some(file) = line
            .strip_prefix("<!-- file: ")
            .and_then(|rest| rest.strip_suffix(" -->"))
        else {
            continue;
        };
        let block = fenced_after(&lines, index, file);
        let on_disk = read(file);
        assert!(
            block == on_disk,
            "the block after `{line}` in {SCRIPT_DOC} differs from {file}; copy the file into the doc again"
        );
        assert!(shown.insert(file.to_owned()), "{file} is shown twice");
    }
    let mut files = Vec::new();
    files_under(&root().join("docs/example"), &mut files);
    let on_disk: BTreeSet<String> = files
        .iter()
        .map(|p| {
            p.strip_prefix(root())
                .expect("under the crate")
                .to_string_lossy()
                .replace('\\', "/")
        })
        .collect();
    assert_eq!(
        shown, on_disk,
        "every file in docs/example/ must be shown in {SCRIPT_DOC}, marked with <!-- file: … -->"
    );
}

fn example_journal() -> (String, Journal) {
    let doc = read(JOURNAL_DOC);
    let lines: Vec<&str> = doc.lines().collect();
    let markers: Vec<usize> = (0..lines.len())
        .filter(|i| lines[*i] == JOURNAL_MARKER)
        .collect();
    assert_eq!(markers.len(), 1, "one {JOURNAL_MARKER} in {JOURNAL_DOC}");
    let text = fenced_after(&lines, markers[0], JOURNAL_MARKER);
    let journal = format::parse(&text).unwrap_or_else(|e| {
        panic!(
            "the example journal does not parse: line {}: {}",
            e.line, e.detail
        )
    });
    (text, journal)
}

#[test]
fn the_example_journal_parses_and_writes_back_byte_for_byte() {
    let (text, journal) = example_journal();
    let written = format::write(&journal);
    if written != text {
        let differs = written
            .split('\n')
            .zip(text.split('\n'))
            .enumerate()
            .find(|(_, (w, t))| w != t);
        match differs {
            Some((index, (w, t))) => panic!(
                "line {} of the example journal is written back as {w:?}, not {t:?}",
                index + 1
            ),
            None => panic!("the example journal is written back with a different length"),
        }
    }
}

#[test]
fn the_example_journal_is_a_full_one_of_the_example_script() {
    let (text, journal) = example_journal();
    let dialogue = samtale::script::check_file(&root().join(EXAMPLE))
        .dialogue
        .expect("the example parses");
    assert_eq!(journal.header.dialogue, dialogue.id);
    assert!(journal.header.facilitator.is_some(), "a facilitator line");
    let steps: Vec<&str> = dialogue
        .sections
        .iter()
        .flat_map(|s| s.steps.iter().map(|st| st.id.as_str()))
        .collect();
    let mut kinds = BTreeSet::new();
    for block in &journal.blocks {
        match block {
            Block::Answer { step, .. } => {
                assert!(steps.contains(&step.as_str()), "{step} is no step")
            }
            Block::Paused { .. } => {
                kinds.insert("paused");
            }
            Block::Resumed { .. } => {
                kinds.insert("resumed");
            }
            Block::Draft { step, .. } => {
                assert!(steps.contains(&step.as_str()), "{step} is no step");
                kinds.insert("draft");
            }
            Block::Revision { .. }
            | Block::Changes { .. }
            | Block::Seen { .. }
            | Block::SubGoal { .. } => {}
            Block::Finished {
                scores,
                flags,
                hidden,
                summary,
                ..
            } => {
                kinds.insert("finished");
                assert!(scores.iter().any(|s| s.max.is_some() && s.band.is_some()));
                assert!(flags.iter().any(|f| f.secondary));
                assert!(!hidden.is_empty(), "a hidden step");
                assert!(summary.contains('\n'), "a summary of several lines");
            }
        }
    }
    assert_eq!(kinds.len(), 3, "paused, resumed and finished blocks");
    for value in [
        "value: text",
        "value: number ",
        "value: choice ",
        "value: choices ",
        "value: yes",
        "value: no",
        "value: skipped",
        "value: entries ",
        "entry.1.",
    ] {
        assert!(text.contains(value), "the example has no `{value}`");
    }
    let steps_answered: Vec<&str> = journal
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Answer { step, .. } => Some(step.as_str()),
            _ => None,
        })
        .collect();
    let revised = steps_answered
        .iter()
        .enumerate()
        .any(|(i, s)| steps_answered[..i].contains(s));
    assert!(revised, "a revised answer");
    assert!(
        text.lines().any(|l| l.starts_with("  ")),
        "a value of several lines"
    );
}

/// Runs `samtale --plain run practice-check-in` with the example's folder in the shared
/// sandbox, feeding it `input`; returns the exit code and what it wrote to stdout.
fn run_example(sandbox: &Sandbox, lang: Lang, input: &str) -> (i32, String) {
    let dialogues = root().join("docs/example");
    let dialogues = dialogues.to_string_lossy();
    let out = sandbox.run(
        &[
            "--dialogues",
            &dialogues,
            "--lang",
            lang.tag(),
            "--plain",
            "run",
            "practice-check-in",
            "--participant",
            "p1",
        ],
        input,
    );
    assert!(
        out.stderr.is_empty(),
        "samtale wrote to stderr:\n{}",
        out.stderr
    );
    (out.code.unwrap_or(-1), out.stdout)
}

/// The one journal the runs wrote for participant p1.
fn example_journal_of(sandbox: &Sandbox) -> Journal {
    parse_journal(&sandbox.journal("p1"))
}

/// Everything after `ready`: a good week, one person listed, a goal, no more to say.
/// The same keys in both languages: yes/no is read in Danish and English alike.
const AFTER_READY: &str = concat!(
    "8\n",                               // mood: 8 brings in mood-good
    "A good week.\nSaw my sister.\n.\n", // mood-good: two lines, ended by "."
    "2\n",                               // hard-days
    "1\n3\n2\n",                         // sleep, meals, out: typed as their scores
    "1 5\n",                             // help-with: bills and sleep-advice
    "1\n",                               // home-state: numbered by score, 1 = mixed
    "More light.\n.\n",                  // home-better
    "y\n",                               // safe (required): jumps to the section people
    "y\n",                               // contact
    "+\nAnna\nsister\n12 34 56 78\n\n",  // who: one entry, then Enter ends the list
    "Keep calling Anna.\n.\n",           // keep-doing
    "Sort the post.\n.\n",               // goal
    "Anna\n",                            // goal-help
    "10.30\n",                           // visit-time
    "n\n",                               // more: no jumps to the end
    "\n",                                // the review: Enter finishes
);

fn expected_result(lang: Lang) -> &'static str {
    match lang {
        Lang::Da => "Hverdagsvaner: 6 af 12 point (50 %).",
        Lang::En => "Everyday habits: 6 of 12 points (50 %).",
    }
}

fn completes_in(lang: Lang) {
    let sandbox = Sandbox::new(lang.tag());
    let (code, out) = run_example(&sandbox, lang, &format!("y\n{AFTER_READY}"));
    assert_eq!(code, 0, "exit code\n{out}");
    assert!(out.contains(expected_result(lang)), "no result in:\n{out}");
    let journal = example_journal_of(&sandbox);
    assert!(journal.is_finished());
    assert_eq!(journal.header.locale, lang);
    assert_eq!(journal.answers().len(), 18);
}

#[test]
fn the_example_is_completed_in_the_line_mode_in_danish() {
    completes_in(Lang::Da);
}

#[test]
fn the_example_is_completed_in_the_line_mode_in_english() {
    completes_in(Lang::En);
}

#[test]
fn the_example_pauses_on_not_ready_and_asks_again_when_resumed() {
    let sandbox = Sandbox::new("pause");
    let (code, _) = run_example(&sandbox, Lang::En, "n\n");
    assert_eq!(code, 5, "a pause ends with exit code 5");
    assert!(!example_journal_of(&sandbox).is_finished());
    // "y" continues the unfinished conversation; "is this a good time?" is asked again,
    // and "y" is the answer now.
    let (code, out) = run_example(&sandbox, Lang::En, &format!("y\ny\n{AFTER_READY}"));
    assert_eq!(code, 0, "exit code\n{out}");
    let journal = example_journal_of(&sandbox);
    assert!(journal.is_finished());
    assert_eq!(
        journal.answers().get("ready"),
        Some(&samtale::engine::Answer::Given(
            samtale::engine::Value::YesNo(true)
        ))
    );
    let kinds: Vec<&str> = journal
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Paused { .. } => Some("paused"),
            Block::Resumed { .. } => Some("resumed"),
            _ => None,
        })
        .collect();
    assert_eq!(kinds, ["paused", "resumed"]);
}

/// The keys of samtale's `check` messages that are problems (not the summary lines).
fn check_problem_keys() -> BTreeSet<String> {
    const NOT_PROBLEMS: [&str; 4] = [
        "check-warning-label",
        "check-clean",
        "check-summary",
        "check-expected-what",
    ];
    read("locales/en/samtale.ftl")
        .lines()
        .filter_map(|line| line.split_once(" ="))
        .map(|(key, _)| key.trim())
        .filter(|key| key.starts_with("check-") && !NOT_PROBLEMS.contains(key))
        .map(str::to_owned)
        .collect()
}

#[test]
fn every_problem_check_can_report_is_in_the_docs_table() {
    let doc = read(SCRIPT_DOC);
    let listed: BTreeSet<String> = doc
        .lines()
        .filter_map(|line| line.strip_prefix(CHECK_KEYS_MARKER))
        .flat_map(|rest| rest.trim_end_matches("-->").split_whitespace())
        .map(str::to_owned)
        .collect();
    let keys = check_problem_keys();
    let undocumented: Vec<&String> = keys.difference(&listed).collect();
    let gone: Vec<&String> = listed.difference(&keys).collect();
    assert!(
        undocumented.is_empty() && gone.is_empty(),
        "the table of section 20 in {SCRIPT_DOC} is out of date: add a row for {undocumented:?} \
         (and list it in the {CHECK_KEYS_MARKER} comment); remove {gone:?}"
    );
}
