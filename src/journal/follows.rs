//! A conversation that follows another (the crisis plan revised after learning from a
//! crisis): its journal's header names the other one (`follows:`, a file name in the same
//! participant's folder), so that what that one found is shown beside it again when it is
//! resumed, as it was when it began.

use std::path::{Component, Path};

use super::store::{self, Store, StoreError};

/// What the conversation `follows` names found, question by question, as it was said
/// (`Journal::said`).
///
/// Only a file in the participant's own folder is read: a name with a folder in it (a
/// header changed by hand) is [`StoreError::NotAFile`], and a journal that cannot be read
/// is its own error; the caller says so beside the conversation, which goes on.
pub fn said(
    store: &Store,
    participant: &str,
    follows: &str,
) -> Result<Vec<(String, String)>, StoreError> {
    let plain = matches!(
        Path::new(follows).components().collect::<Vec<_>>()[..],
        [Component::Normal(_)]
    );
    if !plain {
        return Err(StoreError::NotAFile {
            path: follows.into(),
        });
    }
    let path = store.participant_dir(participant)?.join(follows);
    Ok(store::read(&path)?.journal.said())
}
