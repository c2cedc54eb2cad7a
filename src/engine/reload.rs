//! A conversation carried over to a new version of its script, for `samtale preview`: the
//! author saves the file and goes on where they were. Pure: the answers and the place in
//! the conversation are worked out from the old session and the new dialogue alone.

use std::collections::BTreeMap;
use std::sync::Arc;

use super::{Answer, Position, Session, flow};
use crate::script::Dialogue;

/// Where the carried conversation stands, compared with where it stood.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Landing {
    /// On the same step (or the same review), or nowhere in particular before.
    Same,
    /// The step it was on is gone (or off the path): on the nearest earlier one still there.
    Earlier { gone: String, now: String },
    /// Nothing before it is still there: back at the start.
    Start { gone: String },
}

impl Session {
    /// This conversation on a new version of its script: the answers to steps that are
    /// still there as the same kind of step are kept, and it stays on the same step where
    /// that is still on the path, else on the nearest earlier one, else at the start.
    pub fn carried_to(&self, dialogue: Arc<Dialogue>) -> (Session, Landing) {
        let kinds: BTreeMap<&str, std::mem::Discriminant<crate::script::StepKind>> =
            flow::steps(&dialogue)
                .into_iter()
                .map(|(_, step)| (step.id.as_str(), std::mem::discriminant(&step.kind)))
                .collect();
        let answers: BTreeMap<String, Answer> = self
            .answers
            .iter()
            .filter(|(id, _)| {
                self.dialogue.step(id).is_some_and(|old| {
                    kinds.get(id.as_str()) == Some(&std::mem::discriminant(&old.kind))
                })
            })
            .map(|(id, answer)| (id.clone(), answer.clone()))
            .collect();
        let mut session = Session::resume(dialogue, answers, self.previous.clone());
        session.baseline = self.baseline.clone();
        let old_steps = self.steps();
        let here = match self.position {
            Position::Step(index) => index,
            Position::Review | Position::Done => {
                session.position = Position::Review;
                return (session, Landing::Same);
            }
            Position::Paused => return (session, Landing::Same),
        };
        let Some((_, here_step)) = old_steps.get(here) else {
            return (session, Landing::Same);
        };
        let gone = here_step.id.clone();
        let new_steps = session.steps();
        let new_path = session.path();
        let on_new_path = |id: &str| {
            new_path
                .iter()
                .copied()
                .find(|i| new_steps.get(*i).is_some_and(|(_, s)| s.id == id))
        };
        if let Some(index) = on_new_path(&gone) {
            session.position = Position::Step(index);
            return (session, Landing::Same);
        }
        // The steps before it, nearest first: on the old path where it was on it, else in
        // the script's order.
        let old_path = self.path();
        let before: Vec<usize> = match old_path.iter().position(|i| *i == here) {
            Some(at) => old_path[..at].iter().rev().copied().collect(),
            None => (0..here).rev().collect(),
        };
        for index in before {
            let Some((_, step)) = old_steps.get(index) else {
                continue;
            };
            if let Some(new_index) = on_new_path(&step.id) {
                session.position = Position::Step(new_index);
                let now = step.id.clone();
                return (session, Landing::Earlier { gone, now });
            }
        }
        session.position = new_path
            .first()
            .map_or(Position::Review, |i| Position::Step(*i));
        (session, Landing::Start { gone })
    }
}
