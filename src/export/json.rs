//! JSON for a program (docs/export-format.md, "JSON"; the schema is
//! docs/export-schema.json): an array of conversations, typed values (numbers, booleans,
//! lists of choice ids, entries as objects), `null` for a skipped step. Written by serde
//! from the structs below, which are the schema's shape.

use serde::Serialize;

use super::{choice_score, file_name, finished_at, kind, rows, stamp, status};
use crate::engine::{Answer, Value};
use crate::journal::format::Block;
use crate::journal::store::Found;
use crate::script::{Consent, Library};

/// One conversation.
#[derive(Debug, Serialize)]
pub struct Conversation<'a> {
    pub participant: &'a str,
    pub dialogue: &'a str,
    pub dialogue_version: u32,
    pub title: &'a str,
    pub locale: &'static str,
    /// `facilitated`, `self` or `rehearsal`.
    pub mode: &'static str,
    /// `kiosk` for a conversation a citizen entered alone at the kiosk, else null.
    pub entered: Option<&'static str>,
    pub facilitator: Option<&'a str>,
    /// The journal's file name.
    pub journal: String,
    pub started: String,
    pub finished: Option<String>,
    /// `completed` or `in-progress`.
    pub status: &'static str,
    /// `yes` (the person consented to share it all) or `not-asked` (the dialogue asks
    /// no consent): only these are exported.
    pub consent: &'static str,
    /// The journal file a revised crisis plan revises, or null.
    pub revises: Option<&'a str>,
    pub answers: Vec<AnswerOut<'a>>,
    pub scores: Vec<ScoreOut<'a>>,
    pub flags: Vec<FlagOut<'a>>,
    /// The result as it was shown, or null.
    pub summary: Option<&'a str>,
}

#[derive(Debug, Serialize)]
pub struct AnswerOut<'a> {
    pub step: &'a str,
    pub answered_at: String,
    pub question: &'a str,
    pub answer_shown: &'a str,
    pub value_kind: &'static str,
    pub value: ValueOut<'a>,
    /// The points of a scored choice (WHO-5: 0–5), else null.
    pub score: Option<f64>,
    pub set_aside: bool,
}

/// An answer's value: null when skipped.
#[derive(Debug, Serialize)]
#[serde(untagged)]
pub enum ValueOut<'a> {
    Skipped(()),
    Text(&'a str),
    /// JSON has no NaN or infinity: those are null.
    Number(Option<f64>),
    Bool(bool),
    Choices(&'a [String]),
    Entries(Vec<EntryOut<'a>>),
}

/// A repeat group's entry: an object from field id to text, in the script's order.
#[derive(Debug)]
pub struct EntryOut<'a>(&'a [(String, String)]);

impl Serialize for EntryOut<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (field, text) in self.0 {
            map.serialize_entry(field, text)?;
        }
        map.end()
    }
}

#[derive(Debug, Serialize)]
pub struct ScoreOut<'a> {
    pub id: &'a str,
    pub value: Option<f64>,
    pub max: Option<f64>,
    pub band: Option<&'a str>,
}

#[derive(Debug, Serialize)]
pub struct FlagOut<'a> {
    pub id: &'a str,
    pub secondary: bool,
}

fn finite(n: f64) -> Option<f64> {
    n.is_finite().then_some(n)
}

fn value(answer: &Answer) -> ValueOut<'_> {
    match answer {
        Answer::Skipped => ValueOut::Skipped(()),
        Answer::Given(Value::Text(text) | Value::Choice(text)) => ValueOut::Text(text),
        Answer::Given(Value::Number(n)) => ValueOut::Number(finite(*n)),
        Answer::Given(Value::YesNo(yes)) => ValueOut::Bool(*yes),
        Answer::Given(Value::Choices(ids)) => ValueOut::Choices(ids),
        Answer::Given(Value::Entries(entries)) => {
            ValueOut::Entries(entries.iter().map(|e| EntryOut(&e.fields)).collect())
        }
    }
}

/// The typed form of one conversation.
pub fn conversation_of<'a>(found: &'a Found, library: &Library) -> Conversation<'a> {
    let journal = &found.journal;
    let header = &journal.header;
    let answers = rows(journal)
        .into_iter()
        .map(|row| AnswerOut {
            step: row.step,
            answered_at: stamp(row.at),
            question: row.question,
            answer_shown: row.shown,
            value_kind: kind(row.answer),
            value: value(row.answer),
            score: match row.answer {
                Answer::Given(Value::Choice(id)) => {
                    choice_score(library, &header.dialogue, row.step, id)
                }
                _ => None,
            },
            set_aside: row.set_aside,
        })
        .collect();
    let (scores, flags, summary) = match journal.finished() {
        Some(Block::Finished {
            scores,
            flags,
            summary,
            ..
        }) => (&scores[..], &flags[..], Some(summary.as_str())),
        _ => (&[][..], &[][..], None),
    };
    Conversation {
        participant: &header.participant,
        dialogue: &header.dialogue,
        dialogue_version: header.dialogue_version,
        title: &header.title,
        locale: header.locale.tag(),
        mode: header.mode.tag(),
        entered: header.entered.map(|_| "kiosk"),
        facilitator: header.facilitator.as_deref(),
        journal: file_name(&found.path),
        started: stamp(&header.started),
        finished: finished_at(journal).map(stamp),
        status: status(journal),
        consent: match super::consent(journal, library) {
            Consent::NotAsked => "not-asked",
            _ => "yes",
        },
        revises: journal.revises(),
        answers,
        scores: scores
            .iter()
            .map(|s| ScoreOut {
                id: &s.id,
                value: finite(s.value),
                max: s.max.and_then(finite),
                band: s.band.as_deref(),
            })
            .collect(),
        flags: flags
            .iter()
            .map(|f| FlagOut {
                id: &f.id,
                secondary: f.secondary,
            })
            .collect(),
        summary,
    }
}

/// One conversation as a JSON object, and how many answers it holds.
pub(crate) fn conversation(found: &Found, library: &Library) -> (String, usize) {
    let typed = conversation_of(found, library);
    let count = typed.answers.len();
    // Serialising these structs to a string cannot fail: every key is a string.
    (serde_json::to_string(&typed).unwrap_or_default(), count)
}

/// An array of conversations, one object per journal; see docs/export-format.md.
pub fn json(journals: &[Found], library: &Library) -> String {
    let mut out = String::from("[");
    for (index, found) in journals.iter().enumerate() {
        out.push_str(if index == 0 { "\n" } else { ",\n" });
        out.push_str(&conversation(found, library).0);
    }
    out.push_str("\n]\n");
    out
}
