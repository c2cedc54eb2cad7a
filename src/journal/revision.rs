//! Plans kept up to date (a crisis plan after every crisis): a new conversation starts
//! from the participant's latest finished one, every answer carried over to keep, change
//! or remove, and the journal says which answers changed.
//!
//! In the journal: a `revision` block naming the plan it revises, then the carried answers
//! as ordinary answer blocks, the conversation, and a `changes` block before `finished`.

use std::collections::BTreeMap;
use std::path::Path;

use super::format::{Block, Journal};
use super::store::{self, Store, StoreError};
use crate::engine::{self, Answer, Event, Stamp, Value};
use crate::i18n::Texts;
use crate::script::Dialogue;
use crate::wording;

/// The plan a conversation revises, and its answers to compare with.
#[derive(Debug, Clone, PartialEq)]
pub struct Revision {
    /// The file name of the journal revised, in the same participant's folder.
    pub revises: String,
    pub baseline: BTreeMap<String, Answer>,
    /// When the plan revised was finished: the banner says "Udfyldt fra planen af …".
    pub made: Option<Stamp>,
}

/// The revision a new conversation of this dialogue starts as: the latest finished one
/// of a dialogue that carries over, if there is one.
///
/// A journal of this dialogue that cannot be read and is newer than the latest finished
/// one may be the plan in force, changed by hand; revising an older plan instead would
/// quietly bring back what it replaced. So that is an error
/// ([`StoreError::PlanUnreadable`]), which says where the plan is damaged; the front end
/// says how to start afresh. Nothing is written before this has succeeded.
pub fn for_new(
    store: &Store,
    participant: &str,
    dialogue: &Dialogue,
) -> Result<Option<Revision>, StoreError> {
    if !dialogue.carry_over {
        return Ok(None);
    }
    for result in store.journals(participant)?.into_iter().rev() {
        match result {
            Ok(found)
                if found.journal.header.dialogue == dialogue.id && found.journal.is_finished() =>
            {
                return Ok(Some(Revision {
                    revises: file_name(&found.path),
                    baseline: fit(dialogue, found.journal.answers()),
                    made: crate::card::finished_at(&found.journal),
                }));
            }
            Ok(_) => {}
            Err(error) => {
                if let Some(plan) = unreadable_path(&error)
                    && store::dialogue_of_file(&plan) == Some(dialogue.id.as_str())
                    && !store::holds_no_block(&plan)
                {
                    return Err(StoreError::PlanUnreadable {
                        plan,
                        cause: Box::new(error),
                    });
                }
            }
        }
    }
    Ok(None)
}

/// Answers of an older version of the plan, as this version asks them: a step that took
/// one choice and now takes several (the crisis plan's `where`, version 1 → 2) carries the
/// one choice as a list of one.
fn fit(dialogue: &Dialogue, mut answers: BTreeMap<String, Answer>) -> BTreeMap<String, Answer> {
    for (id, answer) in answers.iter_mut() {
        let multi = dialogue
            .step(id)
            .is_some_and(|step| matches!(step.kind, crate::script::StepKind::Multi { .. }));
        if let (true, Answer::Given(Value::Choice(choice))) = (multi, &*answer) {
            *answer = Answer::Given(Value::Choices(vec![choice.clone()]));
        }
    }
    answers
}

/// The revision a resumed journal belongs to, read again from the plan it names.
///
/// If that plan cannot be read (damaged, gone), the conversation cannot be followed: its
/// answers are compared with the plan's. The error ([`StoreError::PlanUnreadable`]) comes
/// before anything is written, so a front end calls this before it appends `resumed`.
pub fn for_resumed(
    store: &Store,
    participant: &str,
    journal: &Journal,
) -> Result<Option<Revision>, StoreError> {
    let Some(revises) = journal.revises() else {
        return Ok(None);
    };
    let path = store.participant_dir(participant)?.join(revises);
    let found = store::read(&path).map_err(|cause| StoreError::PlanUnreadable {
        plan: path.clone(),
        cause: Box::new(cause),
    })?;
    Ok(Some(Revision {
        revises: revises.to_owned(),
        baseline: found.journal.answers(),
        made: crate::card::finished_at(&found.journal),
    }))
}

/// The file of a journal that could not be read, for the errors that mean "this file".
fn unreadable_path(error: &StoreError) -> Option<std::path::PathBuf> {
    match error {
        StoreError::Unreadable { path, .. }
        | StoreError::NotAFile { path }
        | StoreError::TooLarge { path, .. }
        | StoreError::Io { path, .. } => Some(path.clone()),
        _ => None,
    }
}

/// The blocks that open a revision: the marker, then every carried answer in its words.
pub fn opening(revision: &Revision, texts: &Texts, dialogue: &Dialogue, at: Stamp) -> Vec<Block> {
    let mut blocks = vec![Block::Revision {
        at,
        revises: revision.revises.clone(),
    }];
    for (_, step) in engine::flow::steps(dialogue) {
        if let Some(answer) = revision.baseline.get(&step.id) {
            let event = Event::Answered {
                at,
                step: step.id.clone(),
                answer: answer.clone(),
            };
            blocks.push(wording::block(texts, dialogue, &event));
        }
    }
    blocks
}

/// The block before `finished`: which answers differ from the plan revised, by their
/// ids and in words ("Ændret: Hvad kan du gøre, som virker godt for dig?").
pub fn closing(
    revision: &Revision,
    answers: &BTreeMap<String, Answer>,
    dialogue: &Dialogue,
    texts: &Texts,
    at: Stamp,
) -> Block {
    // A question the plan never had an answer to, skipped again (or new in this version
    // of the plan and skipped), changed nothing.
    let changed: Vec<String> = engine::changed_since(&revision.baseline, answers, dialogue)
        .into_iter()
        .filter(|id| {
            engine::carried::classify(revision.baseline.get(id), answers.get(id)).is_some()
        })
        .collect();
    let words = changed
        .iter()
        .filter_map(|id| {
            let step = dialogue.step(id)?;
            let what = engine::carried::classify(revision.baseline.get(id), answers.get(id))
                .unwrap_or(engine::carried::Carried::Changed);
            let key = what.key().replace("carried-", "changes-");
            Some(texts.get(
                &key,
                &[(
                    "question",
                    wording::question(texts, dialogue, step, None).replace('\n', " "),
                )],
            ))
        })
        .collect();
    Block::Changes { at, changed, words }
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}
