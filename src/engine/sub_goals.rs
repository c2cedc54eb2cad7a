//! Sub-goals (delmål) carried between conversations, as a script feature: a step whose
//! answer makes a sub-goal (`sub_goal: Some(New)`), and a section asked once for each open
//! sub-goal (`each_sub_goal: true`) whose steps say how it went and what becomes of it.
//!
//! Pure: the open sub-goals come in (read from the journals by `journal::sub_goals`), the
//! dialogue is laid out with one copy of the section per sub-goal ([`expand`]), and at the
//! end the answers say what changed ([`changes`]), for the journal's `sub-goal` blocks.

use std::collections::BTreeMap;

use super::{Answer, Value, flow};
use crate::script::{Cond, Dialogue, GoalSlot, SubGoalRole};

/// A sub-goal that is still open, as a new conversation starts.
#[derive(Debug, Clone, PartialEq)]
pub struct OpenGoal {
    /// Stable for the sub-goal's whole life: `<journal it was made in, without .txt>/<step>`.
    pub id: String,
    /// Its words as they stand (the latest wording).
    pub text: String,
    /// The file name of the journal it was made in.
    pub made_in: String,
    /// Its place among all the participant's sub-goals, open or not, in the order they were
    /// made (from 1): the step copies asked for it are numbered by it (`progress.3`), so a
    /// paused follow-up resumed after another sub-goal was closed still asks the same.
    pub number: usize,
}

/// What a sub-goal's status is after a conversation; the journal writes it as its tag.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Made in this conversation.
    New,
    /// Followed up, with no decision about it: still open.
    Open,
    Kept,
    /// Worded anew (same identity); still open.
    Changed,
    Finished,
    Dropped,
}

impl Status {
    pub const ALL: [Status; 6] = [
        Status::New,
        Status::Open,
        Status::Kept,
        Status::Changed,
        Status::Finished,
        Status::Dropped,
    ];

    pub fn tag(self) -> &'static str {
        match self {
            Status::New => "new",
            Status::Open => "open",
            Status::Kept => "kept",
            Status::Changed => "changed",
            Status::Finished => "finished",
            Status::Dropped => "dropped",
        }
    }

    pub fn from_tag(tag: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.tag() == tag)
    }

    /// Whether a sub-goal with this status is followed up next time.
    pub fn is_open(self) -> bool {
        !matches!(self, Status::Finished | Status::Dropped)
    }
}

/// The choice ids a `Decision` step offers, and the status each one gives.
pub const DECISIONS: [(&str, Status); 4] = [
    ("keep", Status::Kept),
    ("change", Status::Changed),
    ("finish", Status::Finished),
    ("drop", Status::Dropped),
];

/// What one conversation did to one sub-goal.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    pub id: String,
    pub made_in: String,
    /// The words after this conversation (the new wording when it was changed).
    pub text: String,
    pub status: Status,
    /// How it went, on the step's scale (0–10 in goals-followup).
    pub progress: Option<f64>,
    pub words: Option<String>,
}

/// The id of the step copy asked for the `n`th sub-goal (from 1): a dot, which no script id
/// may hold, keeps it apart from every id a script can have.
pub fn copy_id(template: &str, n: usize) -> String {
    format!("{template}.{n}")
}

/// The dialogue as asked with these open sub-goals: every `each_sub_goal` section holds
/// its steps once per sub-goal, in order, with ids `<step>.<n>`, conditions and jumps
/// between them pointing within the same sub-goal, and the sub-goal in each step's
/// `slot`. With no open sub-goal the section is empty and the path passes it by.
pub fn expand(dialogue: &Dialogue, open: &[OpenGoal]) -> Dialogue {
    let mut expanded = dialogue.clone();
    for section in expanded.sections.iter_mut().filter(|s| s.each_sub_goal) {
        let template = std::mem::take(&mut section.steps);
        let own: Vec<String> = template.iter().map(|s| s.id.clone()).collect();
        for goal in open {
            let n = goal.number;
            let rename = |id: &str| {
                if own.iter().any(|o| o == id) {
                    copy_id(id, n)
                } else {
                    id.to_owned()
                }
            };
            for step in &template {
                let mut copy = step.clone();
                copy.id = copy_id(&step.id, n);
                copy.when = copy.when.as_ref().map(|c| rename_cond(c, &rename));
                for jump in &mut copy.jumps {
                    jump.when = jump.when.as_ref().map(|c| rename_cond(c, &rename));
                    jump.to = rename(&jump.to);
                }
                copy.slot = Some(GoalSlot {
                    template: step.id.clone(),
                    goal: goal.id.clone(),
                    text: goal.text.clone(),
                    made_in: goal.made_in.clone(),
                });
                section.steps.push(copy);
            }
        }
    }
    expanded
}

fn rename_cond(cond: &Cond, rename: &dyn Fn(&str) -> String) -> Cond {
    match cond {
        Cond::Answered(id) => Cond::Answered(rename(id)),
        Cond::Eq(id, v) => Cond::Eq(rename(id), v.clone()),
        Cond::Ne(id, v) => Cond::Ne(rename(id), v.clone()),
        Cond::Lt(id, v) => Cond::Lt(rename(id), v.clone()),
        Cond::Le(id, v) => Cond::Le(rename(id), v.clone()),
        Cond::Gt(id, v) => Cond::Gt(rename(id), v.clone()),
        Cond::Ge(id, v) => Cond::Ge(rename(id), v.clone()),
        Cond::Any(all) => Cond::Any(all.iter().map(|c| rename_cond(c, rename)).collect()),
        Cond::All(all) => Cond::All(all.iter().map(|c| rename_cond(c, rename)).collect()),
        Cond::Not(c) => Cond::Not(Box::new(rename_cond(c, rename))),
    }
}

/// A text answer, trimmed, if there is one.
fn text_of(answer: Option<&Answer>) -> Option<String> {
    match answer {
        Some(Answer::Given(Value::Text(text))) if !text.trim().is_empty() => {
            Some(text.trim().to_owned())
        }
        _ => None,
    }
}

/// What the finished conversation did to sub-goals, in the order of the steps: each new
/// sub-goal made (a `New` step answered; its id from `journal`, this conversation's file
/// name), and each open sub-goal followed up (at least one of its questions answered).
/// Only answers on the path count. A sub-goal whose questions were all skipped or left is
/// not in the list: nothing happened to it.
pub fn changes(
    dialogue: &Dialogue,
    answers: &BTreeMap<String, Answer>,
    journal: &str,
) -> Vec<Change> {
    let stem = journal.strip_suffix(".txt").unwrap_or(journal);
    let steps = flow::steps(dialogue);
    let mut out: Vec<Change> = Vec::new();
    for index in flow::path(dialogue, answers) {
        let step = steps[index].1;
        let Some(role) = step.sub_goal else {
            continue;
        };
        let answer = answers.get(&step.id);
        let Some(slot) = &step.slot else {
            if let (SubGoalRole::New, Some(text)) = (role, text_of(answer)) {
                out.push(Change {
                    id: format!("{stem}/{}", step.id),
                    made_in: journal.to_owned(),
                    text,
                    status: Status::New,
                    progress: None,
                    words: None,
                });
            }
            continue;
        };
        let given = matches!(answer, Some(Answer::Given(_)));
        let position = out.iter().position(|c| c.id == slot.goal);
        if !given {
            continue;
        }
        let change = match position {
            Some(p) => &mut out[p],
            None => {
                out.push(Change {
                    id: slot.goal.clone(),
                    made_in: slot.made_in.clone(),
                    text: slot.text.clone(),
                    status: Status::Open,
                    progress: None,
                    words: None,
                });
                let last = out.len() - 1;
                &mut out[last]
            }
        };
        match (role, answer) {
            (SubGoalRole::Progress, Some(Answer::Given(Value::Number(n)))) => {
                change.progress = Some(*n);
            }
            (SubGoalRole::Words, _) => change.words = text_of(answer),
            (SubGoalRole::Decision, Some(Answer::Given(Value::Choice(choice)))) => {
                if let Some((_, status)) = DECISIONS.iter().find(|(id, _)| id == choice) {
                    change.status = *status;
                }
            }
            (SubGoalRole::Wording, _) => {
                if let Some(text) = text_of(answer) {
                    change.text = text;
                }
            }
            _ => {}
        }
    }
    out
}
