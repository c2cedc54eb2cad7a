//! The network map (Netværkskortet) as a picture: the people, places and activities of a
//! finished `network-map` conversation, each with the sector of their category, the ring
//! of their closeness, how important they are and their marks. Pure: built from answers
//! (a session's or a journal's), laid out by [`layout`], drawn on screen by
//! `ui::network_map` and on paper by [`print`].

pub mod layout;
pub mod print;

use std::collections::BTreeMap;

use crate::engine::{Answer, Entry, Value};
use crate::i18n::Texts;
use crate::journal::Journal;
use crate::script::{Dialogue, Field, Step, StepKind};
use crate::wording;

/// The id of the built-in network map.
pub const NETWORK_MAP: &str = "network-map";
/// Its list of people, and the fields the drawing reads.
pub const PEOPLE: &str = "people";
const NAME: &str = "name";
const CATEGORY: &str = "category";
const CLOSENESS: &str = "closeness";
const IMPORTANCE: &str = "importance";
const MARKS: &str = "marks";
const WIDEN: &str = "widen";

/// A mark on a person: a symbol on the map and its words in the legend.
#[derive(Debug, Clone, PartialEq)]
pub struct Mark {
    pub symbol: char,
    pub label: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Person {
    /// Their number on the map and in the legend, from 1, in the order of the list.
    pub number: usize,
    pub name: String,
    /// Index into [`NetworkMap::categories`]; `None` when not chosen.
    pub category: Option<usize>,
    /// Index into [`NetworkMap::rings`], 0 innermost; `None` when not chosen.
    pub ring: Option<usize>,
    /// 0 most important; `None` when not chosen.
    pub importance: Option<usize>,
    /// Indexes into [`NetworkMap::marks`].
    pub marks: Vec<usize>,
}

impl Person {
    /// The symbols of the person's marks ("♥✓"), in the order of the map's marks.
    pub fn mark_symbols(&self, map: &NetworkMap) -> String {
        self.marks
            .iter()
            .filter_map(|m| map.marks.get(*m))
            .map(|m| m.symbol)
            .collect()
    }

    /// Whether the person has a place on the map: a category and a closeness.
    pub fn placed(&self) -> bool {
        self.category.is_some() && self.ring.is_some()
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct NetworkMap {
    pub title: String,
    /// The word in the middle ("Mig").
    pub me: String,
    pub categories: Vec<String>,
    /// Closeness, innermost first.
    pub rings: Vec<String>,
    pub importance: Vec<String>,
    pub marks: Vec<Mark>,
    pub people: Vec<Person>,
    /// "Vil du gerne udvide dit netværk?" and the answer in words, if answered.
    pub widen: Option<(String, String)>,
}

/// The symbol of a mark, by its id in the built-in script (others get a dot).
fn symbol(id: &str) -> char {
    match id {
        "knows" => '♥',
        "talk" => '✓',
        "closer" => '+',
        "not-involved" => '×',
        _ => '•',
    }
}

/// The symbol of how important someone is, 0 most important; none when not chosen.
pub fn importance_symbol(level: Option<usize>) -> Option<char> {
    match level? {
        0 => Some('●'),
        1 => Some('•'),
        _ => Some('○'),
    }
}

fn field<'a>(step: &'a Step, id: &str) -> Option<&'a Field> {
    match &step.kind {
        StepKind::Repeat { fields, .. } => fields.iter().find(|f| f.id == id),
        _ => None,
    }
}

fn labels(texts: &Texts, dialogue: &Dialogue, step: &Step, field: Option<&Field>) -> Vec<String> {
    field.map_or_else(Vec::new, |f| {
        f.choices
            .iter()
            .map(|c| wording::field_choice_label(texts, dialogue, step, &f.id, &c.id))
            .collect()
    })
}

fn index_of(field: Option<&Field>, id: &str) -> Option<usize> {
    field?.choices.iter().position(|c| c.id == id)
}

/// The map of these answers of a network-map conversation, worded in `texts`.
/// `None` when the dialogue has no list of people.
pub fn from_answers(
    dialogue: &Dialogue,
    texts: &Texts,
    answers: &BTreeMap<String, Answer>,
) -> Option<NetworkMap> {
    let step = dialogue.step(PEOPLE)?;
    let (category, closeness, importance, marks) = (
        field(step, CATEGORY),
        field(step, CLOSENESS),
        field(step, IMPORTANCE),
        field(step, MARKS),
    );
    let entries: &[Entry] = match answers.get(PEOPLE) {
        Some(Answer::Given(Value::Entries(entries))) => entries,
        _ => &[],
    };
    let people = entries
        .iter()
        .enumerate()
        .map(|(i, entry)| Person {
            number: i + 1,
            name: entry.get(NAME).unwrap_or_default().to_owned(),
            category: entry.get(CATEGORY).and_then(|c| index_of(category, c)),
            ring: entry.get(CLOSENESS).and_then(|c| index_of(closeness, c)),
            importance: entry.get(IMPORTANCE).and_then(|c| index_of(importance, c)),
            marks: Field::chosen(entry.get(MARKS).unwrap_or_default())
                .filter_map(|m| index_of(marks, m))
                .collect(),
        })
        .collect();
    let widen = dialogue.step(WIDEN).and_then(|widen_step| {
        let answer = answers.get(WIDEN)?;
        Some((
            wording::question(texts, dialogue, widen_step, None),
            wording::answer(texts, dialogue, widen_step, answer),
        ))
    });
    Some(NetworkMap {
        title: texts.get(&crate::script::keys::title(&dialogue.id), &[]),
        me: texts.get("map-me", &[]),
        categories: labels(texts, dialogue, step, category),
        rings: labels(texts, dialogue, step, closeness),
        importance: labels(texts, dialogue, step, importance),
        marks: marks.map_or_else(Vec::new, |f| {
            f.choices
                .iter()
                .map(|c| Mark {
                    symbol: symbol(&c.id),
                    label: wording::field_choice_label(texts, dialogue, step, &f.id, &c.id),
                })
                .collect()
        }),
        people,
        widen,
    })
}

/// The latest finished network map among these journals.
pub fn current<'a>(journals: impl IntoIterator<Item = &'a Journal>) -> Option<&'a Journal> {
    journals
        .into_iter()
        .filter(|j| j.header.dialogue == NETWORK_MAP)
        .filter_map(|j| crate::card::finished_at(j).map(|at| (at, j)))
        .max_by(|(a_at, a), (b_at, b)| a_at.cmp(b_at).then(a.header.started.cmp(&b.header.started)))
        .map(|(_, j)| j)
}

/// The map of a journal, in the journal's own language.
pub fn from_journal(journal: &Journal, dialogue: &Dialogue, texts: &Texts) -> Option<NetworkMap> {
    from_answers(dialogue, texts, &journal.answers())
}

/// A name cut to `width` characters, with `…` when cut.
pub fn short_name(name: &str, width: usize) -> String {
    if name.chars().count() <= width {
        return name.to_owned();
    }
    let mut short: String = name.chars().take(width.saturating_sub(1)).collect();
    short.push('…');
    short
}

/// A person's line in the legend: "3 ● Mor ♥ ✓ – Familie, Meget tæt, Meget vigtig". What
/// is not on the map itself comes first, so that a line cut short keeps it.
pub fn legend_line(map: &NetworkMap, person: &Person) -> String {
    let mut parts = Vec::new();
    for (index, labels) in [
        (person.category, &map.categories),
        (person.ring, &map.rings),
        (person.importance, &map.importance),
    ] {
        if let Some(label) = index.and_then(|i| labels.get(i)) {
            parts.push(label.clone());
        }
    }
    let mut line = person.number.to_string();
    if let Some(symbol) = importance_symbol(person.importance) {
        line.push(' ');
        line.push(symbol);
    }
    line.push(' ');
    line.push_str(&person.name);
    for mark in person.marks.iter().filter_map(|m| map.marks.get(*m)) {
        line.push(' ');
        line.push(mark.symbol);
    }
    if !parts.is_empty() {
        line.push_str(" – ");
        line.push_str(&parts.join(", "));
    }
    line
}
