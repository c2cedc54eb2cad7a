//! A participant's sub-goals (delmål) as their journals tell them: every finished
//! conversation's `sub-goal` blocks, oldest first, give each sub-goal's course; the ones
//! whose latest status is still open are followed up in the next conversation.

use std::path::Path;

use super::format::{Block, Journal};
use super::store::{Store, StoreError};
use crate::engine::Stamp;
use crate::engine::sub_goals::{OpenGoal, Status};

/// One point in a sub-goal's course: what one conversation did to it.
#[derive(Debug, Clone, PartialEq)]
pub struct Point {
    pub at: Stamp,
    /// The journal the point was recorded in.
    pub journal: String,
    pub status: Status,
    pub progress: Option<f64>,
    pub words: Option<String>,
    /// The words the sub-goal had after this conversation.
    pub text: String,
}

/// A sub-goal from when it was made to its latest follow-up.
#[derive(Debug, Clone, PartialEq)]
pub struct Course {
    pub id: String,
    pub made_in: String,
    pub points: Vec<Point>,
}

impl Course {
    /// Its words as they stand now.
    pub fn text(&self) -> &str {
        self.points.last().map_or("", |p| p.text.as_str())
    }

    pub fn status(&self) -> Status {
        self.points.last().map_or(Status::Open, |p| p.status)
    }

    pub fn is_open(&self) -> bool {
        self.status().is_open()
    }
}

/// The sub-goals of these journals (of one participant, oldest first, each with its file
/// name), in the order they were made. Only finished conversations count: a paused one
/// has decided nothing yet.
pub fn courses<'a>(journals: impl IntoIterator<Item = (&'a str, &'a Journal)>) -> Vec<Course> {
    let mut courses: Vec<Course> = Vec::new();
    for (file, journal) in journals {
        if !journal.is_finished() {
            continue;
        }
        for block in &journal.blocks {
            let Block::SubGoal {
                at,
                id,
                made_in,
                text,
                status,
                progress,
                words,
            } = block
            else {
                continue;
            };
            let point = Point {
                at: *at,
                journal: file.to_owned(),
                status: *status,
                progress: *progress,
                words: words.clone(),
                text: text.clone(),
            };
            match courses.iter_mut().find(|c| &c.id == id) {
                // Made in a conversation that started in the same second as a follow-up
                // (whose file sorts first): being made comes first all the same.
                Some(course) if *status == Status::New => course.points.insert(0, point),
                Some(course) => course.points.push(point),
                None => courses.push(Course {
                    id: id.clone(),
                    made_in: made_in.clone(),
                    points: vec![point],
                }),
            }
        }
    }
    courses
}

/// The participant's open sub-goals, in the order they were made, to follow up. Journals
/// that cannot be read are left out, as in the history.
pub fn open(store: &Store, participant: &str) -> Result<Vec<OpenGoal>, StoreError> {
    let found: Vec<_> = store
        .journals(participant)?
        .into_iter()
        .filter_map(Result::ok)
        .collect();
    let named = found.iter().map(|f| (file_name(&f.path), &f.journal));
    let named: Vec<(String, &Journal)> = named.collect();
    Ok(courses(
        named
            .iter()
            .map(|(file, journal)| (file.as_str(), *journal)),
    )
    .into_iter()
    .enumerate()
    .filter(|(_, course)| course.is_open())
    .map(|(index, course)| OpenGoal {
        text: course.text().to_owned(),
        id: course.id,
        made_in: course.made_in,
        number: index + 1,
    })
    .collect())
}

pub fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// The `sub-goal` blocks written just before `finished`: what the conversation did to
/// each sub-goal (the dialogue as it was asked, with its open sub-goals laid out).
pub fn closing(
    dialogue: &crate::script::Dialogue,
    answers: &std::collections::BTreeMap<String, crate::engine::Answer>,
    journal: &Path,
    at: Stamp,
) -> Vec<Block> {
    if !dialogue.touches_sub_goals() {
        return Vec::new();
    }
    crate::engine::sub_goals::changes(dialogue, answers, &file_name(journal))
        .into_iter()
        .map(|change| Block::SubGoal {
            at,
            id: change.id,
            made_in: change.made_in,
            text: change.text,
            status: change.status,
            progress: change.progress,
            words: change.words,
        })
        .collect()
}

/// The dialogue as it is asked of this participant: one that follows up sub-goals has its
/// `each_sub_goal` sections laid out for their open sub-goals; with no one to follow up
/// (a rehearsal, the kiosk: `participant` is `None`), for none. Any other dialogue as it is.
pub fn laid_out(
    store: &Store,
    participant: Option<&str>,
    dialogue: std::sync::Arc<crate::script::Dialogue>,
) -> Result<std::sync::Arc<crate::script::Dialogue>, StoreError> {
    if !dialogue.follows_sub_goals() {
        return Ok(dialogue);
    }
    let goals = match participant {
        Some(participant) => open(store, participant)?,
        None => Vec::new(),
    };
    Ok(std::sync::Arc::new(crate::engine::sub_goals::expand(
        &dialogue, &goals,
    )))
}
