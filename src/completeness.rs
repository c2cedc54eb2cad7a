//! How complete a plan is: how many of the questions on its path have an answer with
//! something in it, and which key parts (steps marked `key: true`: warning signs, people
//! to call, professional contacts) are still empty. Pure over a dialogue and its answers;
//! shown on the result, in history and on the crisis card, as a place to start ("what is
//! missing?"), never as a mark.

use std::collections::BTreeMap;

use crate::engine::{self, Answer, Value};
use crate::i18n::Texts;
use crate::script::{Dialogue, keys};
use crate::wording;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Completeness {
    /// Questions on the path with something in their answer.
    pub filled: usize,
    /// Questions on the path.
    pub total: usize,
    /// The ids of key steps on the path whose answer is empty, in the dialogue's order.
    pub empty_key: Vec<String>,
}

/// Whether an answer has something in it: skipped, an empty text, no choice or an empty
/// list is not filled.
pub fn filled(answer: &Answer) -> bool {
    match answer {
        Answer::Skipped => false,
        Answer::Given(Value::Text(text)) => !text.trim().is_empty(),
        Answer::Given(Value::Choices(chosen)) => !chosen.is_empty(),
        Answer::Given(Value::Entries(entries)) => !entries.is_empty(),
        Answer::Given(_) => true,
    }
}

/// The completeness of a plan, for a dialogue that is a plan (`carry_over`) or marks key
/// parts; `None` for any other (a questionnaire's result is its scores).
pub fn of(dialogue: &Dialogue, answers: &BTreeMap<String, Answer>) -> Option<Completeness> {
    if !applies(dialogue) {
        return None;
    }
    let steps = engine::flow::steps(dialogue);
    let mut result = Completeness {
        filled: 0,
        total: 0,
        empty_key: Vec::new(),
    };
    for index in engine::flow::path(dialogue, answers) {
        let step = steps[index].1;
        if !step.kind.is_question() {
            continue;
        }
        result.total += 1;
        if answers.get(&step.id).is_some_and(filled) {
            result.filled += 1;
        } else if step.key {
            result.empty_key.push(step.id.clone());
        }
    }
    Some(result)
}

/// Whether a dialogue has a completeness: a plan (`carry_over`), or one that marks key parts.
pub fn applies(dialogue: &Dialogue) -> bool {
    dialogue.carry_over || engine::flow::steps(dialogue).iter().any(|(_, s)| s.key)
}

/// In words: "14 af 21 punkter udfyldt." and, when key parts are empty, which.
pub fn words(texts: &Texts, dialogue: &Dialogue, completeness: &Completeness) -> String {
    let mut out = texts.get(
        "completeness",
        &[
            ("filled", completeness.filled.to_string()),
            ("total", completeness.total.to_string()),
        ],
    );
    if !completeness.empty_key.is_empty() {
        let names: Vec<String> = completeness
            .empty_key
            .iter()
            .map(|id| short_name(texts, dialogue, id))
            .collect();
        out.push(' ');
        out.push_str(&texts.get("completeness-empty-key", &[("parts", names.join(", "))]));
    }
    out
}

/// A step named in a few words: its `.short` attribute, or else its question.
pub fn short_name(texts: &Texts, dialogue: &Dialogue, id: &str) -> String {
    texts
        .attr(&keys::item(&dialogue.id, id), keys::SHORT, &[])
        .or_else(|| {
            dialogue
                .step(id)
                .map(|step| wording::question(texts, dialogue, step, None))
        })
        .unwrap_or_else(|| id.to_owned())
}

/// The completeness of a finished journal of a plan, against the dialogue in the library
/// (`None` for other dialogues, unfinished journals, or a dialogue no longer there).
pub fn of_journal(
    library: &crate::script::Library,
    journal: &crate::journal::Journal,
) -> Option<Completeness> {
    if !journal.is_finished() {
        return None;
    }
    let script = library.get(&journal.header.dialogue)?;
    of(&script.dialogue, &journal.answers())
}

/// In a few words, for a history column: "14/21 udfyldt".
pub fn short(texts: &Texts, completeness: &Completeness) -> String {
    texts.get(
        "completeness-short",
        &[
            ("filled", completeness.filled.to_string()),
            ("total", completeness.total.to_string()),
        ],
    )
}
