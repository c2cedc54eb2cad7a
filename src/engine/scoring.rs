//! Scores, bands and flags at the end of a conversation.
//!
//! A flag is a shared reference point to start talking from, never a verdict: the
//! engine only says which rule held; the words are the script's.

use std::collections::{BTreeMap, HashSet};

use super::answer::Answer;
use super::flow::{self, EPSILON, Seen};
use crate::script::{Dialogue, Direction, Rule};

#[derive(Debug, Clone, PartialEq)]
pub struct ScoreValue {
    pub id: String,
    pub value: f64,
    pub max: Option<f64>,
    pub decimals: u8,
    pub band: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct FlagHit {
    pub id: String,
    pub secondary: bool,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Outcome {
    pub scores: Vec<ScoreValue>,
    pub flags: Vec<FlagHit>,
    /// For each score with items answered "not relevant" (a `not_counted` choice): how
    /// many, whether or not the score was given.
    pub left_out: BTreeMap<String, usize>,
}

impl Outcome {
    pub fn score(&self, id: &str) -> Option<f64> {
        self.scores.iter().find(|s| s.id == id).map(|s| s.value)
    }
}

/// The scores of the previous finished conversation of the same dialogue and participant,
/// by score id; empty when there is none.
pub type Previous = BTreeMap<String, f64>;

pub fn outcome(
    dialogue: &Dialogue,
    answers: &BTreeMap<String, Answer>,
    previous: &Previous,
) -> Outcome {
    let all = flow::steps(dialogue);
    let on_path = flow::path(dialogue, answers);
    let visible: HashSet<&str> = on_path.iter().map(|i| all[*i].1.id.as_str()).collect();
    let seen = Seen {
        dialogue,
        answers,
        visible: &visible,
    };
    let mut scores = Vec::new();
    let mut left_out = BTreeMap::new();
    for score in &dialogue.scores {
        let out = score
            .calc
            .items
            .iter()
            .filter(|item| seen.left_out(item))
            .count();
        if out > 0 {
            left_out.insert(score.id.clone(), out);
        }
        // An item answered "not relevant" was answered: it does not make a score incomplete.
        let complete = score
            .calc
            .items
            .iter()
            .all(|item| seen.number(item).is_some() || seen.left_out(item));
        if score.complete && !complete {
            continue;
        }
        if score.max_left_out.is_some_and(|most| out > most) {
            continue;
        }
        let Some(value) = seen.calc(&score.calc) else {
            continue;
        };
        let band = score
            .bands
            .iter()
            .find(|band| value >= band.min - EPSILON && value <= band.max + EPSILON)
            .map(|band| band.id.clone());
        scores.push(ScoreValue {
            id: score.id.clone(),
            value,
            max: score.max,
            decimals: score.calc.decimals,
            band,
        });
    }
    let score_of = |id: &str| scores.iter().find(|s| s.id == id).map(|s| s.value);
    let mut flags = Vec::new();
    for flag in &dialogue.flags {
        let hit = match &flag.rule {
            Rule::Cut { score, op, value } => {
                score_of(score).is_some_and(|current| op.holds(current, *value))
            }
            Rule::AnyItem { items, op, value } => items
                .iter()
                .filter_map(|item| seen.number(item))
                .any(|current| op.holds(current, *value)),
            Rule::Change {
                score,
                direction,
                by,
            } => match (score_of(score), previous.get(score)) {
                (Some(current), Some(before)) => {
                    let change = current - before;
                    let enough = |amount: f64| amount >= by - EPSILON;
                    match direction {
                        Direction::Up => enough(change),
                        Direction::Down => enough(-change),
                        Direction::Either => enough(change.abs()),
                    }
                }
                _ => false,
            },
        };
        if hit {
            flags.push(FlagHit {
                id: flag.id.clone(),
                secondary: flag.secondary,
            });
        }
    }
    Outcome {
        scores,
        flags,
        left_out,
    }
}
