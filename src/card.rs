//! The crisis card: the latest finished crisis plan on one page, in the person's own
//! words, with the people to call, the team's local crisis contacts and 112.
//!
//! Two forms of the same content: plain text (for the line mode, a screen reader, a
//! printer) and a printable HTML page that needs nothing but itself: no scripts, no
//! external resources, inline CSS, every word escaped.

use std::fmt::Write as _;

use crate::config::CrisisContact;
use crate::engine::{Answer, Stamp, Value};
use crate::i18n::Texts;
use crate::journal::{Block, Journal};
use crate::script::{Dialogue, StepKind};
use crate::wording;

/// The id of the built-in crisis plan.
pub const CRISIS_PLAN: &str = "crisis-plan";

/// How wide the text card's lines may be: fits a printed page and a narrow terminal.
const TEXT_WIDTH: usize = 76;

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

fn finished_at(journal: &Journal) -> Option<Stamp> {
    match journal.finished() {
        Some(Block::Finished { at, .. }) => Some(*at),
        _ => None,
    }
}

/// One piece of the card, in order.
#[derive(Debug, Clone, PartialEq)]
pub enum Part {
    /// A section of the plan that has something to show.
    Heading(String),
    /// A question and the person's answer (several lines for a list of people).
    Answer { question: String, answer: String },
    /// The team's local crisis contacts and 112, where the plan shows them.
    LocalContacts,
}

/// The card's content, before it is written as text or HTML.
#[derive(Debug, Clone, PartialEq)]
pub struct Card {
    pub lang: crate::i18n::Lang,
    pub title: String,
    /// "p1 · made 2026-02-01".
    pub byline: String,
    /// "In an emergency, when life is in danger: call 112."
    pub emergency: String,
    pub parts: Vec<Part>,
    pub local_heading: String,
    pub contacts: Vec<String>,
    pub footer: String,
}

/// Lays out the card: every answered step of the plan, section by section, in the
/// dialogue's order; skipped steps and steps no longer on the plan's path are left out.
pub fn card(
    plan: &Journal,
    dialogue: &Dialogue,
    texts: &Texts,
    contacts: &[CrisisContact],
) -> Card {
    let answers = plan.answers();
    let hidden: Vec<String> = match plan.finished() {
        Some(Block::Finished { hidden, .. }) => hidden.clone(),
        _ => Vec::new(),
    };
    let shows = |answer: &Answer| match answer {
        Answer::Skipped => false,
        Answer::Given(Value::Text(text)) => !text.trim().is_empty(),
        Answer::Given(Value::Choices(chosen)) => !chosen.is_empty(),
        Answer::Given(Value::Entries(entries)) => !entries.is_empty(),
        Answer::Given(_) => true,
    };
    let mut parts = Vec::new();
    let mut placed_contacts = false;
    let mut known = Vec::new();
    for section in &dialogue.sections {
        let mut own = Vec::new();
        for step in &section.steps {
            known.push(step.id.as_str());
            if matches!(step.kind, StepKind::Info { contacts: true }) {
                own.push(Part::LocalContacts);
                placed_contacts = true;
                continue;
            }
            if hidden.contains(&step.id) {
                continue;
            }
            let Some(answer) = answers.get(&step.id).filter(|a| shows(a)) else {
                continue;
            };
            own.push(Part::Answer {
                question: wording::question(texts, dialogue, step, None),
                answer: wording::answer(texts, dialogue, step, answer),
            });
        }
        if !own.is_empty() {
            parts.push(Part::Heading(wording::section(
                texts,
                dialogue,
                &section.id,
            )));
            parts.extend(own);
        }
    }
    // Answers to steps the script no longer has (an older version of the plan): the
    // person's words are kept, with the question as it was asked.
    let mut other = Vec::new();
    for block in &plan.blocks {
        if let Block::Answer {
            step,
            question,
            shown,
            ..
        } = block
            && !known.contains(&step.as_str())
            && !hidden.contains(step)
            && answers.get(step).is_some_and(shows)
        {
            other.retain(|(s, _): &(String, Part)| s != step);
            other.push((
                step.clone(),
                Part::Answer {
                    question: question.clone(),
                    answer: shown.clone(),
                },
            ));
        }
    }
    if !other.is_empty() {
        parts.push(Part::Heading(texts.get("card-other-answers", &[])));
        parts.extend(other.into_iter().map(|(_, part)| part));
    }
    if !placed_contacts {
        parts.push(Part::Heading(texts.get("card-help-now", &[])));
        parts.push(Part::LocalContacts);
    }
    let made = finished_at(plan).unwrap_or(plan.header.started);
    Card {
        lang: texts.lang(),
        title: texts.get(&crate::script::keys::title(&dialogue.id), &[]),
        byline: texts.get(
            "card-byline",
            &[
                ("participant", plan.header.participant.clone()),
                ("date", made.format("%Y-%m-%d").to_string()),
            ],
        ),
        emergency: texts.get("contacts-emergency", &[]),
        parts,
        local_heading: texts.get("card-local-contacts", &[]),
        contacts: contacts.iter().map(contact_line).collect(),
        footer: texts.get("card-footer", &[]),
    }
}

fn contact_line(contact: &CrisisContact) -> String {
    match &contact.open {
        Some(open) => format!("{} · {} · {open}", contact.name, contact.phone),
        None => format!("{} · {}", contact.name, contact.phone),
    }
}

/// The card as plain text, one page: headings, questions, and the answers indented.
pub fn text(
    plan: &Journal,
    dialogue: &Dialogue,
    texts: &Texts,
    contacts: &[CrisisContact],
) -> String {
    render_text(&card(plan, dialogue, texts, contacts))
}

pub fn render_text(card: &Card) -> String {
    layout_text(card, Some(TEXT_WIDTH))
}

/// The card's text: lines broken at `width` columns for paper, or each paragraph on one
/// line (`None`) for a screen that wraps to its own width.
pub fn layout_text(card: &Card, width: Option<usize>) -> String {
    let wrap = |text: &str, width_here: usize| match width {
        Some(_) => wrap(text, width_here),
        None => vec![text.to_owned()],
    };
    let width = width.unwrap_or(TEXT_WIDTH);
    let mut out = String::new();
    let _ = writeln!(out, "{}", card.title.to_uppercase());
    let _ = writeln!(out, "{}", card.byline);
    let _ = writeln!(out);
    let _ = writeln!(out, "{}", card.emergency);
    for part in &card.parts {
        match part {
            Part::Heading(heading) => {
                let _ = writeln!(out, "\n== {heading} ==");
            }
            Part::Answer { question, answer } => {
                let _ = writeln!(out);
                for paragraph in question.split('\n') {
                    for line in wrap(paragraph, width) {
                        let _ = writeln!(out, "{line}");
                    }
                }
                for paragraph in answer.split('\n') {
                    for line in wrap(paragraph, width - 2) {
                        let _ = writeln!(out, "  {line}");
                    }
                }
            }
            Part::LocalContacts => {
                let _ = writeln!(out, "\n{}", card.local_heading);
                for contact in &card.contacts {
                    let _ = writeln!(out, "  {contact}");
                }
                let _ = writeln!(out, "  {}", card.emergency);
            }
        }
    }
    let _ = writeln!(out, "\n{}", card.footer);
    out
}

/// Breaks a line at spaces so that none is wider than `width` columns (a longer word
/// stays whole). An empty line stays an empty line.
fn wrap(text: &str, width: usize) -> Vec<String> {
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

/// Black on white, no web fonts, no images: it prints the same everywhere.
const STYLE: &str = "\
body { font-family: system-ui, -apple-system, \"Segoe UI\", Arial, sans-serif; font-size: 12pt; line-height: 1.4; color: #000; background: #fff; max-width: 44em; margin: 1.5em auto; padding: 0 1em; }
h1 { font-size: 1.7em; margin: 0 0 0.1em; }
.byline { margin: 0 0 0.8em; }
.emergency { font-size: 1.25em; font-weight: bold; border: 2px solid #000; padding: 0.3em 0.6em; margin: 0.6em 0; }
h2 { font-size: 1.15em; border-bottom: 1px solid #000; margin: 1.1em 0 0.3em; break-after: avoid; page-break-after: avoid; }
h3 { font-size: 1em; margin: 0.6em 0 0.2em; }
.item { margin: 0.4em 0 0.6em; break-inside: avoid; page-break-inside: avoid; }
.question { margin: 0; font-weight: bold; }
.answer { margin: 0.1em 0 0 1em; white-space: pre-wrap; }
ul { margin: 0.2em 0; padding-left: 1.4em; }
.footer { margin-top: 1.4em; font-style: italic; }
@page { margin: 15mm; }
@media print { body { margin: 0; max-width: none; font-size: 10.5pt; } }
";

/// The card as a printable HTML page that needs nothing but itself.
pub fn html(
    plan: &Journal,
    dialogue: &Dialogue,
    texts: &Texts,
    contacts: &[CrisisContact],
) -> String {
    render_html(&card(plan, dialogue, texts, contacts))
}

pub fn render_html(card: &Card) -> String {
    let e = escape;
    let mut out = String::new();
    let _ = writeln!(out, "<!DOCTYPE html>");
    let _ = writeln!(out, "<html lang=\"{}\">", card.lang.tag());
    let _ = writeln!(out, "<head>");
    let _ = writeln!(out, "<meta charset=\"utf-8\">");
    let _ = writeln!(
        out,
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
    );
    let _ = writeln!(
        out,
        "<title>{} – {}</title>",
        e(&card.title),
        e(&card.byline)
    );
    let _ = writeln!(out, "<style>\n{STYLE}</style>");
    let _ = writeln!(out, "</head>");
    let _ = writeln!(out, "<body>");
    let _ = writeln!(out, "<h1>{}</h1>", e(&card.title));
    let _ = writeln!(out, "<p class=\"byline\">{}</p>", e(&card.byline));
    let _ = writeln!(out, "<p class=\"emergency\">{}</p>", e(&card.emergency));
    let mut open = false;
    for part in &card.parts {
        match part {
            Part::Heading(heading) => {
                if open {
                    let _ = writeln!(out, "</section>");
                }
                let _ = writeln!(out, "<section>\n<h2>{}</h2>", e(heading));
                open = true;
            }
            Part::Answer { question, answer } => {
                let _ = writeln!(
                    out,
                    "<div class=\"item\"><p class=\"question\">{}</p><p class=\"answer\">{}</p></div>",
                    e(question),
                    e(answer)
                );
            }
            Part::LocalContacts => {
                let _ = writeln!(out, "<h3>{}</h3>", e(&card.local_heading));
                let _ = writeln!(out, "<ul>");
                for contact in &card.contacts {
                    let _ = writeln!(out, "<li>{}</li>", e(contact));
                }
                let _ = writeln!(out, "<li><strong>{}</strong></li>", e(&card.emergency));
                let _ = writeln!(out, "</ul>");
            }
        }
    }
    if open {
        let _ = writeln!(out, "</section>");
    }
    let _ = writeln!(out, "<p class=\"footer\">{}</p>", e(&card.footer));
    let _ = writeln!(out, "</body>");
    let _ = writeln!(out, "</html>");
    out
}
