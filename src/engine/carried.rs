//! A plan revised: what became of each answer since the plan it revises. Shown in the
//! review beside every answer, and written in words in the journal's `changes` block.

use super::answer::Answer;

/// What became of a step's answer in a revision.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Carried {
    /// As it was in the plan.
    Kept,
    /// The plan had an answer, and it is now another.
    Changed,
    /// The plan had an answer, and it was taken out (skipped).
    Removed,
    /// The plan had nothing here, and now there is something.
    New,
}

impl Carried {
    /// The Fluent key of its word: "fra planen", "ændret", "fjernet", "nyt".
    pub fn key(self) -> &'static str {
        match self {
            Carried::Kept => "carried-kept",
            Carried::Changed => "carried-changed",
            Carried::Removed => "carried-removed",
            Carried::New => "carried-new",
        }
    }
}

/// `None` when there is nothing to say: no answer then and none now.
pub fn classify(before: Option<&Answer>, now: Option<&Answer>) -> Option<Carried> {
    let had = before.is_some_and(|a| matches!(a, Answer::Given(_)));
    let has = now.is_some_and(|a| matches!(a, Answer::Given(_)));
    match (had, has) {
        (false, false) => None,
        (false, true) => Some(Carried::New),
        (true, false) => Some(Carried::Removed),
        (true, true) if before == now => Some(Carried::Kept),
        (true, true) => Some(Carried::Changed),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::Value;

    #[test]
    fn each_answer_is_kept_changed_removed_or_new() {
        let a = Answer::Given(Value::Text("a".into()));
        let b = Answer::Given(Value::Text("b".into()));
        assert_eq!(classify(Some(&a), Some(&a)), Some(Carried::Kept));
        assert_eq!(classify(Some(&a), Some(&b)), Some(Carried::Changed));
        assert_eq!(
            classify(Some(&a), Some(&Answer::Skipped)),
            Some(Carried::Removed)
        );
        assert_eq!(classify(None, Some(&a)), Some(Carried::New));
        assert_eq!(
            classify(Some(&Answer::Skipped), Some(&a)),
            Some(Carried::New)
        );
        assert_eq!(classify(None, Some(&Answer::Skipped)), None);
        assert_eq!(
            classify(Some(&Answer::Skipped), Some(&Answer::Skipped)),
            None
        );
    }
}
