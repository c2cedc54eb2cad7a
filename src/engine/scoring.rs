//! Scores, bands and flags at the end of a conversation.
//!
//! A flag is a shared reference point to start talking from, never a verdict: the
//! engine only says which rule held; the words are the script's.

use std::collections::{BTreeMap, HashSet};

use super::Stamp;
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
    /// For a change flag: the conversation the change is measured from.
    pub since: Option<Since>,
}

/// The earlier conversation a change flag compares with, and how long ago it was.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Since {
    /// When the earlier conversation started, in its local time.
    pub at: Stamp,
    /// Whole calendar days between it and this conversation's end.
    pub days: i64,
    /// Fewer days ago than the instrument's recall period (`recall_days`): the two
    /// answers look back over partly the same days.
    pub close: bool,
}

/// The latest earlier value of one score, and when that conversation was.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Earlier {
    pub value: f64,
    pub at: Stamp,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Outcome {
    pub scores: Vec<ScoreValue>,
    pub flags: Vec<FlagHit>,
    /// For each score with items answered "not relevant" (a `not_counted` choice): how
    /// many, whether or not the score was given.
    pub left_out: BTreeMap<String, usize>,
    /// What the conversation did to sub-goals: each one's words and new status, for the
    /// result (the journal's `sub-goal` blocks carry the rest).
    pub sub_goals: Vec<(String, super::sub_goals::Status)>,
}

impl Outcome {
    pub fn score(&self, id: &str) -> Option<f64> {
        self.scores.iter().find(|s| s.id == id).map(|s| s.value)
    }
}

/// For each score id, its value in the latest earlier finished conversation of the same
/// dialogue and participant that has it (a conversation with a skipped item has no total,
/// so the one before it counts); empty when there is none.
pub type Previous = BTreeMap<String, Earlier>;

/// Calendar days from `before` to `now`, each in its own local date.
pub fn days_between(before: &Stamp, now: &Stamp) -> i64 {
    (now.date_naive() - before.date_naive()).num_days()
}

/// The scores, bands and flags; `now` is when the conversation ends (for how long ago
/// the conversation a change is measured from was).
pub fn outcome(
    dialogue: &Dialogue,
    answers: &BTreeMap<String, Answer>,
    previous: &Previous,
    now: Stamp,
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
        let mut since = None;
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
                    let change = current - before.value;
                    let enough = |amount: f64| amount >= by - EPSILON;
                    let days = days_between(&before.at, &now);
                    since = Some(Since {
                        at: before.at,
                        days,
                        close: dialogue
                            .recall_days
                            .is_some_and(|recall| days < i64::from(recall)),
                    });
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
                since,
            });
        }
    }
    Outcome {
        scores,
        flags,
        left_out,
        sub_goals: super::sub_goals::changes(dialogue, answers, "")
            .into_iter()
            .map(|change| (change.text, change.status))
            .collect(),
    }
}
