//! Every built-in dialogue, completed in the line mode in both languages by answering every
//! question on its path, with the journal read back.
//!
//! The answers are not listed by hand: they are derived from the script itself, so that a
//! new dialogue is covered the moment it is added to `dialogues/`. For each question on
//! the path (the path worked out again after every answer, as the engine does), the test
//! picks a value the question accepts (a text that fits its `pattern` and `max_len`, a
//! number in range, a point on the scale, the first choice offered, "yes" unless that
//! pauses), types it the way a person would in that language, and expects exactly that
//! answer in the journal.

mod common;

use std::collections::BTreeMap;
use std::sync::Arc;

use common::{Sandbox, parse_journal};
use samtale::engine::{self, Answer, Entry, Session, Value, flow};
use samtale::exit;
use samtale::i18n::Lang;
use samtale::journal::Mode;
use samtale::script::{Dialogue, Field, Library, Step, StepKind};
use samtale::wording::numbered_choices;

const BOTH: [Lang; 2] = [Lang::Da, Lang::En];

/// One way to answer a question: the lines typed, and the value the journal must hold.
struct Typed {
    lines: String,
    value: Value,
}

/// A text that a field or short text with these limits accepts.
fn fitting_text(id: &str, max_len: Option<usize>, pattern: Option<&str>) -> String {
    let pattern = pattern.map(|p| regex_lite::Regex::new(p).expect("a checked pattern"));
    [
        format!("Svar på {id} – æøå"),
        "12 34 56 78".to_owned(),
        "10.30".to_owned(),
        "Ja".to_owned(),
        "1".to_owned(),
    ]
    .into_iter()
    .find(|text| {
        max_len.is_none_or(|max| text.chars().count() <= max)
            && pattern.as_ref().is_none_or(|p| p.is_match(text))
    })
    .unwrap_or_else(|| panic!("no sample text fits {id}: add one to fitting_text"))
}

fn number_typed(lang: Lang, value: f64, decimals: usize) -> String {
    let text = format!("{value:.decimals$}");
    match lang {
        Lang::Da => text.replace('.', ","),
        Lang::En => text,
    }
}

fn decimals_of(step: f64) -> usize {
    let text = format!("{step}");
    text.split_once('.').map_or(0, |(_, d)| d.len())
}

/// One entry of a repeat group: each field as typed, and the entry as recorded. A choice
/// field is answered by number: the first choice, and for several the first and the last.
fn entry(step: &str, fields: &[Field]) -> (Vec<String>, Entry) {
    let mut typed = Vec::new();
    let mut entry = Entry::default();
    for f in fields {
        let (line, recorded) = if f.choices.is_empty() {
            let id = format!("{step}-{}", f.id);
            let text = fitting_text(&id, f.max_len, f.pattern.as_deref());
            (text.clone(), text)
        } else if f.multi && f.choices.len() > 1 {
            let last = f.choices.len();
            (
                format!("1 {last}"),
                format!("{} {}", f.choices[0].id, f.choices[last - 1].id),
            )
        } else {
            ("1".to_owned(), f.choices[0].id.clone())
        };
        typed.push(line);
        entry.fields.push((f.id.clone(), recorded));
    }
    (typed, entry)
}

/// The ways to answer this step, in the order the test tries them.
fn ways(session: &Session, step: &Step, lang: Lang) -> Vec<Typed> {
    let id = step.id.as_str();
    match &step.kind {
        StepKind::Info { .. } | StepKind::Computed { .. } => vec![],
        StepKind::ShortText { max_len, pattern } => {
            let text = fitting_text(id, *max_len, pattern.as_deref());
            vec![Typed {
                lines: format!("{text}\n"),
                value: Value::Text(text),
            }]
        }
        StepKind::LongText { max_len } => {
            let text = format!("Første linje om {id}\nog en til");
            let text = match max_len {
                Some(max) if text.chars().count() > *max => "Kort".to_owned(),
                _ => text,
            };
            vec![Typed {
                lines: format!("{text}\n.\n"),
                value: Value::Text(text),
            }]
        }
        StepKind::Number { min, max, decimals } => {
            let low = min.unwrap_or(0.0);
            let value = max.map_or(low, |high| ((low + high) / 2.0).floor().max(low));
            vec![Typed {
                lines: format!("{}\n", number_typed(lang, value, usize::from(*decimals))),
                value: Value::Number(value),
            }]
        }
        StepKind::Scale { min, max, step } => {
            let steps = ((max - min) / step / 2.0).round();
            let decimals = decimals_of(*step);
            let value = flow::round(min + steps * step, decimals as u8);
            vec![Typed {
                lines: format!("{}\n", number_typed(lang, value, decimals)),
                value: Value::Number(value),
            }]
        }
        StepKind::Single { .. } => numbered_choices(session, step)
            .into_iter()
            .map(|(number, choice)| Typed {
                lines: format!("{number}\n"),
                value: Value::Choice(choice),
            })
            .collect(),
        StepKind::Multi { max, .. } => {
            let numbered = numbered_choices(session, step);
            let take = max.unwrap_or(2).clamp(1, 2);
            let chosen: Vec<(i64, String)> = numbered.into_iter().take(take).collect();
            vec![Typed {
                lines: format!(
                    "{}\n",
                    chosen
                        .iter()
                        .map(|(n, _)| n.to_string())
                        .collect::<Vec<_>>()
                        .join(" ")
                ),
                value: Value::Choices(chosen.into_iter().map(|(_, c)| c).collect()),
            }]
        }
        StepKind::YesNo => {
            let (yes, no) = match lang {
                Lang::Da => ("j", "n"),
                Lang::En => ("y", "n"),
            };
            vec![
                Typed {
                    lines: format!("{yes}\n"),
                    value: Value::YesNo(true),
                },
                Typed {
                    lines: format!("{no}\n"),
                    value: Value::YesNo(false),
                },
            ]
        }
        StepKind::Repeat { fields, .. } => {
            let (typed, entry) = entry(id, fields);
            let mut lines = String::from("+\n");
            for text in &typed {
                lines.push_str(text);
                lines.push('\n');
            }
            // Enter alone ends the list.
            lines.push('\n');
            vec![Typed {
                lines,
                value: Value::Entries(vec![entry]),
            }]
        }
    }
}

/// What to type to answer every question of the dialogue, and the answers that must then
/// be in the journal.
fn plan(dialogue: &Arc<Dialogue>, lang: Lang) -> (String, BTreeMap<String, Answer>) {
    let mut answers: BTreeMap<String, Answer> = BTreeMap::new();
    let mut input = String::new();
    loop {
        let steps = flow::steps(dialogue);
        let next = flow::path(dialogue, &answers)
            .into_iter()
            .map(|i| steps[i].1)
            .find(|step| step.kind.is_question() && !answers.contains_key(&step.id));
        let Some(step) = next else { break };
        let session = Session::resume(dialogue.clone(), answers.clone(), BTreeMap::new());
        let way = ways(&session, step, lang)
            .into_iter()
            .find(|way| {
                // A way that pauses the conversation ("not ready") is not taken.
                let mut tried = answers.clone();
                tried.insert(step.id.clone(), Answer::Given(way.value.clone()));
                !flow::pauses_after(dialogue, &tried, step)
            })
            .unwrap_or_else(|| panic!("{}: no way to answer {}", dialogue.id, step.id));
        input.push_str(&way.lines);
        answers.insert(step.id.clone(), Answer::Given(way.value));
    }
    // The review: Enter finishes.
    input.push('\n');
    // A follow-up offered at the end (learning after a crisis → the crisis plan) is declined.
    let offered = dialogue.follow_up.as_ref().is_some_and(|f| {
        f.when
            .as_ref()
            .is_none_or(|cond| engine::holds(dialogue, &answers, cond))
    });
    if offered {
        input.push_str("n\n");
    }
    (input, answers)
}

fn builtin() -> Vec<Arc<Dialogue>> {
    let (library, problems) = Library::builtin();
    assert!(problems.is_empty(), "{problems:?}");
    // As asked of a participant with nothing earlier: a section asked once for each open
    // sub-goal has no steps (tests/sub_goals.rs follows sub-goals over time).
    library
        .scripts()
        .map(|s| Arc::new(samtale::engine::sub_goals::expand(&s.dialogue, &[])))
        .collect()
}

#[test]
fn every_builtin_dialogue_is_completed_in_the_line_mode_in_both_languages() {
    let dialogues = builtin();
    let files = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/dialogues"))
        .expect("the dialogues folder")
        .filter(|e| {
            e.as_ref()
                .is_ok_and(|e| e.path().extension().is_some_and(|x| x == "ron"))
        })
        .count();
    assert_eq!(
        dialogues.len(),
        files,
        "every file in dialogues/ is built in"
    );
    for dialogue in &dialogues {
        for lang in BOTH {
            let (input, expected) = plan(dialogue, lang);
            let what = format!("{} ({lang})", dialogue.id);
            assert!(!expected.is_empty(), "{what}: no question was answered");
            let sandbox = Sandbox::new(&format!("library-{}-{}", dialogue.id, lang.tag()));
            let out = sandbox.converse(&dialogue.id, "p1", lang.tag(), &input);
            assert_eq!(
                out.code,
                Some(exit::OK),
                "{what}: exit code; typed:\n{input}\nstdout:\n{}\nstderr:\n{}",
                out.stdout,
                out.stderr
            );
            assert_eq!(out.stderr, "", "{what} wrote to stderr");

            let journal = parse_journal(&sandbox.journal("p1"));
            assert!(journal.is_finished(), "{what}: not finished");
            assert_eq!(journal.header.dialogue, dialogue.id);
            assert_eq!(journal.header.locale, lang);
            assert_eq!(journal.header.mode, Mode::Facilitated);
            assert_eq!(journal.header.dialogue_version, dialogue.version);
            assert_eq!(
                journal.answers(),
                expected,
                "{what}: every answer is in the journal as typed; typed:\n{input}"
            );
        }
    }
}

/// The test above must not pass by answering little: in a dialogue whose only jumps are
/// pauses, every question without a condition is on the path and answered.
#[test]
fn the_generated_answers_answer_every_question_that_no_condition_or_jump_leaves_out() {
    for dialogue in builtin() {
        let jumps_away = flow::steps(&dialogue)
            .iter()
            .any(|(_, s)| s.jumps.iter().any(|j| j.to != flow::PAUSE));
        if jumps_away {
            continue;
        }
        let (_, answers) = plan(&dialogue, Lang::Da);
        for (_, step) in flow::steps(&dialogue) {
            if step.kind.is_question() && step.when.is_none() {
                assert!(
                    answers.contains_key(&step.id),
                    "{}: {} was not answered",
                    dialogue.id,
                    step.id
                );
            }
        }
    }
}
