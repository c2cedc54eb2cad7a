//! The full crisis plan as its own print: every answered step, section by section, in the
//! person's own words, with the people to call, the team's local crisis contacts and 112.
//! On paper every page carries the name, 112 and "side n af m": the HTML with CSS paged
//! media (`@page` margin boxes, which Chromium prints), the text with a header and footer
//! on each page of [`PAGE_LINES`] lines, pages separated by a form feed.

use std::fmt::Write as _;

use super::{TEXT_WIDTH, escape, finished_at, wrap};
use crate::config::CrisisContact;
use crate::engine::{Answer, Value};
use crate::i18n::Texts;
use crate::journal::{Block, Journal};
use crate::script::{Dialogue, StepKind};
use crate::wording;

/// One piece of the plan, in order.
#[derive(Debug, Clone, PartialEq)]
pub enum Part {
    /// A section of the plan that has something to show.
    Heading(String),
    /// A question and the person's answer (several lines for a list of people).
    Answer { question: String, answer: String },
    /// The team's local crisis contacts and 112, where the plan shows them.
    LocalContacts,
}

/// The plan's content, before it is written as text or HTML.
#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
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
    /// "p1 · Min kriseplan" on the top of every printed page.
    pub running_head: String,
    /// How complete the plan is, in words.
    pub completeness: Option<String>,
}

/// Lays out the plan: every answered step of the plan, section by section, in the
/// dialogue's order; skipped steps and steps no longer on the plan's path are left out.
pub fn content(
    plan: &Journal,
    dialogue: &Dialogue,
    texts: &Texts,
    contacts: &[CrisisContact],
) -> Plan {
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
    Plan {
        lang: texts.lang(),
        title: texts.get(&crate::script::keys::title(&dialogue.id), &[]),
        byline: if dialogue.id == super::CRISIS_PLAN {
            texts.get(
                "card-byline",
                &[
                    ("participant", plan.header.participant.clone()),
                    ("date", made.format("%Y-%m-%d").to_string()),
                ],
            )
        } else {
            texts.get(
                "card-byline-plan",
                &[
                    ("participant", plan.header.participant.clone()),
                    (
                        "title",
                        texts.get(&crate::script::keys::title(&dialogue.id), &[]),
                    ),
                    ("date", made.format("%Y-%m-%d").to_string()),
                ],
            )
        },
        emergency: texts.get("contacts-emergency", &[]),
        parts,
        local_heading: texts.get("card-local-contacts", &[]),
        contacts: contacts.iter().map(contact_line).collect(),
        footer: texts.get("card-footer", &[]),
        running_head: texts.get(
            "plan-running-head",
            &[
                (
                    "title",
                    texts.get(&crate::script::keys::title(&dialogue.id), &[]),
                ),
                ("participant", plan.header.participant.clone()),
            ],
        ),
        completeness: crate::completeness::of(dialogue, &answers)
            .map(|c| crate::completeness::words(texts, dialogue, &c)),
    }
}

fn contact_line(contact: &CrisisContact) -> String {
    match &contact.open {
        Some(open) => format!("{} · {} · {open}", contact.name, contact.phone),
        None => format!("{} · {}", contact.name, contact.phone),
    }
}

/// How many lines a printed page of the text plan holds, header and footer included: an
/// A4 page at 10 pt with 15 mm margins.
pub const PAGE_LINES: usize = 60;

/// The plan as plain text to print: pages of [`PAGE_LINES`] lines, each with the name and
/// 112 at the top and "side n af m" at the bottom, separated by a form feed.
pub fn text(
    plan: &Journal,
    dialogue: &Dialogue,
    texts: &Texts,
    contacts: &[CrisisContact],
) -> String {
    let content = content(plan, dialogue, texts, contacts);
    paginate(&content, &layout_text(&content, Some(TEXT_WIDTH)), texts)
}

/// Cuts the text into pages with a running head and "side n af m" on each.
fn paginate(plan: &Plan, body: &str, texts: &Texts) -> String {
    let lines: Vec<&str> = body.lines().collect();
    // Head, blank, body…, blank, foot.
    let room = PAGE_LINES - 4;
    let pages: Vec<&[&str]> = if lines.is_empty() {
        vec![&[]]
    } else {
        lines.chunks(room).collect()
    };
    let total = pages.len();
    let mut out = String::new();
    for (index, page) in pages.iter().enumerate() {
        if index > 0 {
            out.push('\u{c}');
        }
        let _ = writeln!(out, "{} · {}", plan.running_head, plan.emergency);
        let _ = writeln!(out);
        for line in page.iter() {
            let _ = writeln!(out, "{line}");
        }
        let _ = writeln!(out);
        let _ = writeln!(
            out,
            "{}",
            texts.get(
                "plan-page-of",
                &[
                    ("page", (index + 1).to_string()),
                    ("pages", total.to_string())
                ]
            )
        );
    }
    out
}

/// The plan's text: lines broken at `width` columns for paper, or each paragraph on one
/// line (`None`) for a screen that wraps to its own width.
pub fn layout_text(plan: &Plan, width: Option<usize>) -> String {
    let wrap = |text: &str, width_here: usize| match width {
        Some(_) => wrap(text, width_here),
        None => vec![text.to_owned()],
    };
    let width = width.unwrap_or(TEXT_WIDTH);
    let mut out = String::new();
    let _ = writeln!(out, "{}", plan.title.to_uppercase());
    let _ = writeln!(out, "{}", plan.byline);
    let _ = writeln!(out);
    let _ = writeln!(out, "{}", plan.emergency);
    if let Some(completeness) = &plan.completeness {
        let _ = writeln!(out);
        for line in wrap(completeness, width) {
            let _ = writeln!(out, "{line}");
        }
    }
    for part in &plan.parts {
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
                let _ = writeln!(out, "\n{}", plan.local_heading);
                for contact in &plan.contacts {
                    let _ = writeln!(out, "  {contact}");
                }
                let _ = writeln!(out, "  {}", plan.emergency);
            }
        }
    }
    let _ = writeln!(out, "\n{}", plan.footer);
    out
}

/// Black on white, no web fonts, no images: it prints the same everywhere. The page's
/// margin boxes carry the name, 112 and the page number on every printed page.
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
@media print { body { margin: 0; max-width: none; font-size: 10.5pt; } }
";

/// The plan as a printable HTML page that needs nothing but itself.
pub fn html(
    plan: &Journal,
    dialogue: &Dialogue,
    texts: &Texts,
    contacts: &[CrisisContact],
) -> String {
    render_html(&content(plan, dialogue, texts, contacts), texts)
}

pub fn render_html(plan: &Plan, texts: &Texts) -> String {
    let e = escape;
    let mut out = String::new();
    let _ = writeln!(out, "<!DOCTYPE html>");
    let _ = writeln!(out, "<html lang=\"{}\">", plan.lang.tag());
    let _ = writeln!(out, "<head>");
    let _ = writeln!(out, "<meta charset=\"utf-8\">");
    let _ = writeln!(
        out,
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
    );
    let _ = writeln!(
        out,
        "<title>{} – {}</title>",
        e(&plan.title),
        e(&plan.byline)
    );
    // "side " counter(page) " af " counter(pages), from the message's own words.
    let page_of = texts.get(
        "plan-page-of",
        &[
            ("page", "\u{E000}".to_owned()),
            ("pages", "\u{E001}".to_owned()),
        ],
    );
    let page_of = css_string(&page_of)
        .replace('\u{E000}', "\" counter(page) \"")
        .replace('\u{E001}', "\" counter(pages) \"");
    let _ = writeln!(
        out,
        "<style>\n{STYLE}@page {{ size: A4; margin: 18mm 15mm 16mm; \
         @top-left {{ content: {head}; font-size: 9pt; }} \
         @top-right {{ content: {emergency}; font-size: 9pt; font-weight: bold; }} \
         @bottom-center {{ content: {page_of}; font-size: 9pt; }} }}\n</style>",
        head = css_string(&plan.running_head),
        emergency = css_string(&plan.emergency),
    );
    let _ = writeln!(out, "</head>");
    let _ = writeln!(out, "<body>");
    let _ = writeln!(out, "<h1>{}</h1>", e(&plan.title));
    let _ = writeln!(out, "<p class=\"byline\">{}</p>", e(&plan.byline));
    let _ = writeln!(out, "<p class=\"emergency\">{}</p>", e(&plan.emergency));
    if let Some(completeness) = &plan.completeness {
        let _ = writeln!(out, "<p class=\"byline\">{}</p>", e(completeness));
    }
    let mut open = false;
    for part in &plan.parts {
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
                let _ = writeln!(out, "<h3>{}</h3>", e(&plan.local_heading));
                let _ = writeln!(out, "<ul>");
                for contact in &plan.contacts {
                    let _ = writeln!(out, "<li>{}</li>", e(contact));
                }
                let _ = writeln!(out, "<li><strong>{}</strong></li>", e(&plan.emergency));
                let _ = writeln!(out, "</ul>");
            }
        }
    }
    if open {
        let _ = writeln!(out, "</section>");
    }
    let _ = writeln!(out, "<p class=\"footer\">{}</p>", e(&plan.footer));
    let _ = writeln!(out, "</body>");
    let _ = writeln!(out, "</html>");
    out
}

/// Text as a CSS string inside a `<style>` element: quotes and backslashes escaped, and
/// every character that could end the element or the string (`<`, `>`, `&`, line breaks)
/// written as a CSS escape.
pub fn css_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' | '\\' | '<' | '>' | '&' | '\'' => {
                let _ = write!(out, "\\{:x} ", u32::from(c));
            }
            c if c.is_control() => {
                let _ = write!(out, "\\{:x} ", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
