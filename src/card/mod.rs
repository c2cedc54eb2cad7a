//! The crisis plan on paper, from the latest finished plan, in the person's own words.
//! Any dialogue whose script marks steps `card: true` is a plan that makes a card (the
//! built-in crisis plan and LA2's safety plan, or a team's own): [`makes_card`],
//! [`latest_plan`].
//!
//! - [`wallet`]: the crisis card, one A4 page of four A6 panels to cut or fold, with the
//!   name, 112, the signs, what I do myself, the people to call with large numbers, the
//!   local crisis contacts and the plan's date; the citizen chooses what goes on it.
//! - [`plan`]: the full plan as its own print, with the name, 112 and "side n af m" on
//!   every page.
//!
//! Both as plain text and as a printable HTML page that needs nothing but itself: no
//! scripts, no external resources, inline CSS, every word escaped.

pub mod plan;
pub mod wallet;

use crate::engine::Stamp;
use crate::i18n::Texts;
use crate::journal::{Block, Journal};
use crate::script::{Dialogue, Library};

/// The id of the built-in crisis plan.
pub const CRISIS_PLAN: &str = "crisis-plan";

/// How wide the text's lines may be: fits a printed page and a narrow terminal.
pub const TEXT_WIDTH: usize = 76;

/// The latest finished crisis plan: the one finished last (a plan revised later is a
/// new journal, and it wins).
pub fn current_plan<'a>(journals: impl IntoIterator<Item = &'a Journal>) -> Option<&'a Journal> {
    latest_finished(
        journals
            .into_iter()
            .filter(|j| j.header.dialogue == CRISIS_PLAN),
    )
}

/// Whether a dialogue is a plan that makes a card: its script puts at least one step on
/// the card (`card: true`).
pub fn makes_card(dialogue: &Dialogue) -> bool {
    crate::engine::flow::steps(dialogue)
        .iter()
        .any(|(_, step)| step.card)
}

/// The latest finished plan that makes a card, of any dialogue that does (`only`: of
/// that dialogue alone), with its script: a participant with both a crisis plan and a
/// safety plan gets the card of the one finished last.
pub fn latest_plan<'a, 'l>(
    journals: impl IntoIterator<Item = &'a Journal>,
    library: &'l Library,
    only: Option<&str>,
) -> Option<(&'a Journal, &'l Dialogue)> {
    let plan = latest_finished(journals.into_iter().filter(|j| {
        let id = j.header.dialogue.as_str();
        only.is_none_or(|only| only == id)
            && library
                .get(id)
                .is_some_and(|script| makes_card(&script.dialogue))
    }))?;
    let script = library.get(&plan.header.dialogue)?;
    Some((plan, &script.dialogue))
}

fn latest_finished<'a>(journals: impl Iterator<Item = &'a Journal>) -> Option<&'a Journal> {
    journals
        .filter_map(|j| finished_at(j).map(|at| (at, j)))
        .max_by(|(a_at, a), (b_at, b)| a_at.cmp(b_at).then(a.header.started.cmp(&b.header.started)))
        .map(|(_, j)| j)
}

pub(crate) fn finished_at(journal: &Journal) -> Option<Stamp> {
    match journal.finished() {
        Some(Block::Finished { at, .. }) => Some(*at),
        _ => None,
    }
}

/// When the plan was made, as people write a date: "1. december 2026".
pub fn made_on(texts: &Texts, plan: &Journal) -> String {
    crate::wording::long_date_year(texts, &finished_at(plan).unwrap_or(plan.header.started))
}

/// "Fra kriseplanen af 1. december 2026", or for another plan "Fra „Tryghedsplan“ af …",
/// with the plan's own title.
pub fn made_from(texts: &Texts, dialogue: &Dialogue, plan: &Journal) -> String {
    let date = made_on(texts, plan);
    if dialogue.id == CRISIS_PLAN {
        return texts.get("wallet-made", &[("date", date)]);
    }
    let title = texts.get(&crate::script::keys::title(&dialogue.id), &[]);
    texts.get("wallet-made-plan", &[("title", title), ("date", date)])
}

/// Breaks a line at spaces so that none is wider than `width` columns (a longer word
/// stays whole). An empty line stays an empty line.
pub(crate) fn wrap(text: &str, width: usize) -> Vec<String> {
    use unicode_width::UnicodeWidthStr;
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split(' ') {
        if !line.is_empty() && line.width() + 1 + word.width() > width {
            lines.push(std::mem::take(&mut line));
        } else if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    lines.push(line);
    lines
}

/// Escapes text for HTML content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}
