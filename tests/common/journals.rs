//! Journals as the tests read them back: strictly or as samtale does, their flags,
//! scores and answers, and answers written the way the journal parses them.

use std::fs;
use std::path::Path;

use samtale::engine::{Answer, Entry, Value};
use samtale::journal::store::{self, Found};
use samtale::journal::{Block, Journal};

/// Reads a journal the way samtale does (a last block cut short is left out).
pub fn read_journal(path: &Path) -> Journal {
    match store::read(path) {
        Ok(Found { journal, .. }) => journal,
        Err(error) => panic!("cannot read the journal {}: {error:?}", path.display()),
    }
}

/// Parses a journal strictly: every block must be whole.
pub fn parse_journal(path: &Path) -> Journal {
    let text = fs::read_to_string(path).expect("read the journal");
    samtale::journal::format::parse(&text)
        .unwrap_or_else(|e| panic!("{}:{}: {}\n{text}", path.display(), e.line, e.detail))
}

/// The number of whole answer blocks in a journal file, 0 while it cannot be read yet.
pub fn answer_blocks(path: &Path) -> usize {
    match store::read(path) {
        Ok(found) => found
            .journal
            .blocks
            .iter()
            .filter(|b| matches!(b, Block::Answer { .. }))
            .count(),
        Err(_) => 0,
    }
}

/// Every answer given to one step, in the order the journal records them (a question
/// asked again on a resume is answered twice).
pub fn answers_to(journal: &Journal, step_id: &str) -> Vec<Answer> {
    journal
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Answer { step, answer, .. } if step == step_id => Some(answer.clone()),
            _ => None,
        })
        .collect()
}

/// The flags of the finished block, with whether each is marked secondary.
pub fn flags(journal: &Journal) -> Vec<(String, bool)> {
    match journal.finished() {
        Some(Block::Finished { flags, .. }) => {
            flags.iter().map(|f| (f.id.clone(), f.secondary)).collect()
        }
        _ => Vec::new(),
    }
}

pub fn flag_ids(journal: &Journal) -> Vec<String> {
    flags(journal).into_iter().map(|(id, _)| id).collect()
}

/// The summary of the finished block.
pub fn summary(journal: &Journal) -> String {
    match journal.finished() {
        Some(Block::Finished { summary, .. }) => summary.clone(),
        _ => String::new(),
    }
}

/// The answer as shown (`answer:` line) in the latest block for a step.
pub fn shown(journal: &Journal, step_id: &str) -> Option<String> {
    journal.blocks.iter().rev().find_map(|b| match b {
        Block::Answer { step, shown, .. } if step == step_id => Some(shown.clone()),
        _ => None,
    })
}

/// Asserts a score's value (within rounding noise).
pub fn assert_score(journal: &Journal, id: &str, expected: f64) {
    let scores = journal.scores();
    let value = scores
        .get(id)
        .unwrap_or_else(|| panic!("no score `{id}` in {scores:?}"));
    assert!(
        (value - expected).abs() < 1e-9,
        "score `{id}` is {value}, expected {expected}"
    );
}

// Answers as the journal reads them back.

pub fn text(s: &str) -> Answer {
    Answer::Given(Value::Text(s.to_owned()))
}

pub fn number(n: f64) -> Answer {
    Answer::Given(Value::Number(n))
}

pub fn choice(id: &str) -> Answer {
    Answer::Given(Value::Choice(id.to_owned()))
}

pub fn yes_no(yes: bool) -> Answer {
    Answer::Given(Value::YesNo(yes))
}

pub fn skipped() -> Answer {
    Answer::Skipped
}

pub fn entries(list: &[&[(&str, &str)]]) -> Answer {
    Answer::Given(Value::Entries(
        list.iter()
            .map(|fields| Entry {
                fields: fields
                    .iter()
                    .map(|(id, text)| ((*id).to_owned(), (*text).to_owned()))
                    .collect(),
            })
            .collect(),
    ))
}
