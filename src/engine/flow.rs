//! Which steps a conversation passes through, given the answers so far: conditions,
//! jumps, and the numbers that conditions and scores compare.
//!
//! A condition sees only answers on steps that are themselves on the path, so hiding a
//! step hides what depends on it too.

use std::collections::{BTreeMap, HashSet};

use super::answer::{Answer, Value};
use crate::script::{Calc, Choices, Cond, Dialogue, Literal, Method, Step, StepKind};

pub const END: &str = "end";
pub const PAUSE: &str = "pause";

/// The dialogue's steps in order, with the section each belongs to.
pub fn steps(dialogue: &Dialogue) -> Vec<(&str, &Step)> {
    dialogue
        .sections
        .iter()
        .flat_map(|section| section.steps.iter().map(|step| (section.id.as_str(), step)))
        .collect()
}

/// The flat indices of the steps the conversation passes through.
pub fn path(dialogue: &Dialogue, answers: &BTreeMap<String, Answer>) -> Vec<usize> {
    let all = steps(dialogue);
    let mut visible: HashSet<&str> = HashSet::new();
    let mut path = Vec::new();
    let mut index = 0;
    while index < all.len() {
        let (_, step) = all[index];
        let seen = Seen {
            dialogue,
            answers,
            visible: &visible,
        };
        if !step.when.as_ref().is_none_or(|cond| seen.holds(cond)) {
            index += 1;
            continue;
        }
        path.push(index);
        visible.insert(step.id.as_str());
        let seen = Seen {
            dialogue,
            answers,
            visible: &visible,
        };
        let jump = step
            .jumps
            .iter()
            .filter(|jump| jump.to != PAUSE)
            .find(|jump| jump.when.as_ref().is_none_or(|cond| seen.holds(cond)));
        index = match jump {
            Some(jump) if jump.to == END => all.len(),
            Some(jump) => target(dialogue, &jump.to)
                .filter(|t| *t > index)
                .unwrap_or(index + 1),
            None => index + 1,
        };
    }
    path
}

/// Whether answering this step (with the answers as they now are) asks for a pause.
pub fn pauses_after(dialogue: &Dialogue, answers: &BTreeMap<String, Answer>, step: &Step) -> bool {
    let on_path: Vec<usize> = path(dialogue, answers);
    let all = steps(dialogue);
    let visible: HashSet<&str> = on_path.iter().map(|i| all[*i].1.id.as_str()).collect();
    let seen = Seen {
        dialogue,
        answers,
        visible: &visible,
    };
    step.jumps
        .iter()
        .find(|jump| jump.when.as_ref().is_none_or(|cond| seen.holds(cond)))
        .is_some_and(|jump| jump.to == PAUSE)
}

/// The flat index of a step, or of a section's first step.
pub fn target(dialogue: &Dialogue, to: &str) -> Option<usize> {
    let mut index = 0;
    for section in &dialogue.sections {
        if section.id == to {
            return Some(index);
        }
        for step in &section.steps {
            if step.id == to {
                return Some(index);
            }
            index += 1;
        }
    }
    None
}

/// The answers as a condition may see them.
pub struct Seen<'a> {
    pub dialogue: &'a Dialogue,
    pub answers: &'a BTreeMap<String, Answer>,
    pub visible: &'a HashSet<&'a str>,
}

impl Seen<'_> {
    fn value(&self, id: &str) -> Option<&Value> {
        if !self.visible.contains(id) {
            return None;
        }
        self.answers.get(id).and_then(Answer::value)
    }

    fn step(&self, id: &str) -> Option<&Step> {
        self.dialogue
            .sections
            .iter()
            .flat_map(|s| s.steps.iter())
            .find(|s| s.id == id)
    }

    /// The number a step stands for: its value, its chosen choice's score, or its sum.
    pub fn number(&self, id: &str) -> Option<f64> {
        let step = self.step(id)?;
        if let StepKind::Computed { calc } = &step.kind {
            return if self.visible.contains(id) {
                self.calc(calc)
            } else {
                None
            };
        }
        match self.value(id)? {
            Value::Number(n) => Some(*n),
            Value::Choice(choice) => choice_score(self.dialogue, step, choice),
            _ => None,
        }
    }

    /// Whether the step was answered with a choice that is left out of scores
    /// (`not_counted`, "not relevant").
    pub fn left_out(&self, id: &str) -> bool {
        let Some(step) = self.step(id) else {
            return false;
        };
        match self.value(id) {
            Some(Value::Choice(choice)) => choices(self.dialogue, step)
                .iter()
                .any(|c| c.id == *choice && c.not_counted),
            _ => false,
        }
    }

    pub fn calc(&self, calc: &Calc) -> Option<f64> {
        let values: Vec<f64> = calc.items.iter().filter_map(|i| self.number(i)).collect();
        if values.is_empty() {
            return None;
        }
        let sum: f64 = values.iter().sum();
        let raw = match calc.method {
            Method::Sum => sum,
            Method::Mean => sum / values.len() as f64,
        };
        Some(round(raw * calc.factor, calc.decimals))
    }

    pub fn holds(&self, cond: &Cond) -> bool {
        match cond {
            Cond::Any(list) => list.iter().any(|c| self.holds(c)),
            Cond::All(list) => list.iter().all(|c| self.holds(c)),
            Cond::Not(inner) => !self.holds(inner),
            Cond::Answered(id) => {
                self.value(id).is_some()
                    || self.step(id).is_some_and(|s| {
                        matches!(s.kind, StepKind::Computed { .. }) && self.number(id).is_some()
                    })
            }
            Cond::Eq(id, literal) => self.equals(id, literal) == Some(true),
            Cond::Ne(id, literal) => self.equals(id, literal) == Some(false),
            Cond::Lt(id, literal) => self.compare(id, literal, |a, b| a < b),
            Cond::Le(id, literal) => self.compare(id, literal, |a, b| a <= b),
            Cond::Gt(id, literal) => self.compare(id, literal, |a, b| a > b),
            Cond::Ge(id, literal) => self.compare(id, literal, |a, b| a >= b),
        }
    }

    /// `None` when the step has no answer to compare: then both = and != are false.
    fn equals(&self, id: &str, literal: &Literal) -> Option<bool> {
        if let Literal::Number(expected) = literal {
            return self.number(id).map(|n| (n - expected).abs() < EPSILON);
        }
        match (self.value(id)?, literal) {
            (Value::Choice(choice), Literal::Text(expected)) => Some(choice == expected),
            (Value::Choices(chosen), Literal::Text(expected)) => {
                Some(chosen.iter().any(|c| c == expected))
            }
            (Value::YesNo(yes), Literal::Bool(expected)) => Some(yes == expected),
            _ => None,
        }
    }

    fn compare(&self, id: &str, literal: &Literal, op: fn(f64, f64) -> bool) -> bool {
        match (self.number(id), literal) {
            (Some(value), Literal::Number(limit)) => op(value, *limit),
            _ => false,
        }
    }
}

/// Scores are kept to their stated decimals, and compared with this much slack, so that
/// 38.3 − 37.3 counts as the 1.0 it is.
pub const EPSILON: f64 = 1e-9;

pub fn round(value: f64, decimals: u8) -> f64 {
    let factor = 10f64.powi(i32::from(decimals));
    (value * factor).round() / factor
}

pub fn choices<'a>(dialogue: &'a Dialogue, step: &'a Step) -> &'a [crate::script::Choice] {
    match &step.kind {
        StepKind::Single { choices } | StepKind::Multi { choices, .. } => match choices {
            Choices::List(list) => list,
            Choices::Set(name) => dialogue
                .choice_sets
                .get(name)
                .map(Vec::as_slice)
                .unwrap_or_default(),
        },
        _ => &[],
    }
}

fn choice_score(dialogue: &Dialogue, step: &Step, choice: &str) -> Option<f64> {
    choices(dialogue, step)
        .iter()
        .find(|c| c.id == choice)
        .and_then(|c| c.score)
}
