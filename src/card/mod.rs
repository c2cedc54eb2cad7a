//! The crisis plan on paper, from the latest finished plan, in the person's own words:
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

/// The id of the built-in crisis plan.
pub const CRISIS_PLAN: &str = "crisis-plan";

/// How wide the text's lines may be: fits a printed page and a narrow terminal.
pub const TEXT_WIDTH: usize = 76;

/// The latest finished crisis plan: the one finished last (a plan revised later is a
/// new journal, and it wins).
pub fn current_plan<'a>(journals: impl IntoIterator<Item = &'a Journal>) -> Option<&'a Journal> {
    journals
        .into_iter()
        .filter(|j| j.header.dialogue == CRISIS_PLAN)
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
