//! A journal as a person reads it, in the reader's language: the file keeps its format
//! (English keys, step ids, stored values, for samtale and for `less`), while `history N`
//! and the journal screen show the questions and answers in words, with no internal ids.

use std::collections::BTreeMap;

use crate::i18n::{Lang, Texts};
use crate::journal::format::{Block, Journal};
use crate::script::keys;

/// The dialogue's title in the reader's language when the dialogue is installed (its
/// texts are among `texts`), else the title the journal stored: a dialogue no longer
/// installed has no other words.
pub fn title(texts: &Texts, dialogue: &str, stored: &str) -> String {
    let key = keys::title(dialogue);
    if Lang::ALL.iter().any(|lang| texts.has_in(*lang, &key, None)) {
        texts.get(&key, &[])
    } else {
        stored.to_owned()
    }
}

/// The questions of a journal by step id, as they were shown: what a step id is said as.
pub fn questions(journal: &Journal) -> BTreeMap<&str, &str> {
    journal
        .blocks
        .iter()
        .filter_map(|block| match block {
            Block::Answer { step, question, .. } => Some((step.as_str(), question.as_str())),
            _ => None,
        })
        .collect()
}

/// The steps `steps` as the questions they asked; a step this journal never asked is said
/// as "a question" rather than by its id.
pub fn step_words(texts: &Texts, journal: &Journal, steps: &[String]) -> Vec<String> {
    let asked = questions(journal);
    steps
        .iter()
        .map(|step| match asked.get(step.as_str()) {
            Some(question) => texts.get(
                "journal-view-question",
                &[("question", (*question).to_owned())],
            ),
            None => texts.get("journal-view-unknown-step", &[]),
        })
        .collect()
}

/// The whole journal in the reader's words, headed by its title (for `history N`).
pub fn render(journal: &Journal, texts: &Texts) -> String {
    let header = &journal.header;
    format!(
        "{}\n{}",
        title(texts, &header.dialogue, &header.title),
        body(journal, texts)
    )
}

/// The journal in the reader's words without its title, for a screen whose own title
/// already names it.
pub fn body(journal: &Journal, texts: &Texts) -> String {
    let header = &journal.header;
    let mut lines = vec![texts.get(
        "journal-view-who",
        &[
            ("participant", header.participant.clone()),
            ("mode", header.mode.tag().to_owned()),
        ],
    )];
    if let Some(name) = &header.facilitator {
        lines.push(texts.get("journal-view-facilitator", &[("name", name.clone())]));
    }
    lines.push(texts.get("journal-view-started", &[("time", stamp(&header.started))]));
    let indent = |text: &str| {
        text.lines()
            .map(|line| format!("    {line}"))
            .collect::<Vec<_>>()
            .join("\n")
    };
    for block in &journal.blocks {
        lines.push(String::new());
        match block {
            Block::Answer {
                at,
                question,
                shown,
                ..
            } => {
                lines.push(format!("{}  {question}", clock(at)));
                lines.push(indent(
                    &texts.get("journal-view-answer", &[("answer", shown.clone())]),
                ));
            }
            Block::Paused { at } => {
                lines.push(format!(
                    "{}  {}",
                    clock(at),
                    texts.get("journal-view-paused", &[])
                ));
            }
            Block::Resumed { at } => {
                lines.push(format!(
                    "{}  {}",
                    clock(at),
                    texts.get("journal-view-resumed", &[])
                ));
            }
            Block::Seen { at, by } => {
                lines.push(format!(
                    "{}  {}",
                    clock(at),
                    texts.get("journal-view-seen", &[("by", by.clone())])
                ));
            }
            Block::Draft { at, step, fields } => {
                let question = step_words(texts, journal, std::slice::from_ref(step)).join("");
                let typed: Vec<&str> = fields.iter().map(|(_, text)| text.as_str()).collect();
                lines.push(format!(
                    "{}  {}",
                    clock(at),
                    texts.get("journal-view-draft", &[("question", question)])
                ));
                lines.push(indent(&typed.join("\n")));
            }
            Block::Revision { at, revises } => {
                lines.push(format!(
                    "{}  {}",
                    clock(at),
                    texts.get("journal-view-revision", &[("file", revises.clone())])
                ));
            }
            Block::Changes { at, changed, .. } => {
                lines.push(format!(
                    "{}  {}",
                    clock(at),
                    texts.get("journal-view-changes", &[])
                ));
                for words in step_words(texts, journal, changed) {
                    lines.push(format!("    – {words}"));
                }
            }
            Block::SubGoal {
                at,
                text,
                status,
                progress,
                words,
                ..
            } => {
                lines.push(format!(
                    "{}  {}",
                    clock(at),
                    texts.get(
                        "journal-view-sub-goal",
                        &[("status", status.tag().to_owned()), ("text", text.clone())]
                    )
                ));
                if let Some(progress) = progress {
                    lines.push(indent(&texts.get(
                        "journal-view-sub-goal-progress",
                        &[(
                            "progress",
                            texts.number(*progress, u8::from(progress.fract() != 0.0)),
                        )],
                    )));
                }
                if let Some(words) = words {
                    lines.push(indent(words));
                }
            }
            Block::Finished {
                at,
                hidden,
                summary,
                ..
            } => {
                lines.push(format!(
                    "{}  {}",
                    clock(at),
                    texts.get("journal-view-finished", &[])
                ));
                if !summary.trim().is_empty() {
                    lines.push(indent(summary));
                }
                if !hidden.is_empty() {
                    lines.push(indent(&texts.get("journal-view-hidden", &[])));
                    for words in step_words(texts, journal, hidden) {
                        lines.push(format!("    – {words}"));
                    }
                }
            }
        }
    }
    lines.push(String::new());
    lines.join("\n")
}

fn stamp(at: &crate::engine::Stamp) -> String {
    at.format("%Y-%m-%d %H:%M").to_string()
}

fn clock(at: &crate::engine::Stamp) -> String {
    at.format("%H:%M").to_string()
}
