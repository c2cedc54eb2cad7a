//! The crisis card: what a person needs in the moment, small enough for a wallet.
//!
//! On it always: the name, 112, the local crisis contacts and the plan's date. Of the
//! plan, what the citizen chose in the plan's `on-card` step, or else the steps the script
//! marks `card: true` (the signs, what I do myself, the people to call); `samtale card
//! --with/--without` changes that for one print. Sensitive answers ("Hvad virker ikke?",
//! copy consent, the review date) are never on it unless chosen.
//!
//! The card must stay one page, so it is bounded here, and says so when it is: at most
//! [`MAX_LINES`] lines of an answer, each at most [`MAX_LINE_CHARS`] characters, and at
//! most [`MAX_PEOPLE`] people in a list; what is left out is in the full plan, and the card
//! says that. The HTML is one A4 page of four A6 panels (cut or fold along the dashed
//! lines), phone numbers large and as `tel:` links.

use std::fmt::Write as _;

use super::{TEXT_WIDTH, escape, wrap};
use crate::config::CrisisContact;
use crate::engine::{Answer, Value};
use crate::i18n::Texts;
use crate::journal::{Block, Journal};
use crate::script::{Dialogue, StepKind, keys};
use crate::wording;

/// The step where the citizen chooses what goes on the card.
pub const CHOICE_STEP: &str = "on-card";
/// At most this many lines of one answer ("3–5 warning signs").
pub const MAX_LINES: usize = 5;
/// At most this many characters in one line of an answer.
pub const MAX_LINE_CHARS: usize = 90;
/// At most this many people of one list.
pub const MAX_PEOPLE: usize = 6;
/// At most this many local crisis contacts (the config's) on the first panel.
pub const MAX_LOCAL: usize = 5;

/// Someone to call: who, and their number if the plan has one.
#[derive(Debug, Clone, PartialEq)]
pub struct Phone {
    pub who: String,
    pub phone: Option<String>,
    /// Opening hours, for the local crisis contacts.
    pub open: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Body {
    /// An answer's lines.
    Lines(Vec<String>),
    /// A list of people (a repeat group with a phone field).
    People(Vec<Phone>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    /// The step it comes from.
    pub step: String,
    pub heading: String,
    pub body: Body,
}

/// The card's content, before it is written as text or HTML.
#[derive(Debug, Clone, PartialEq)]
pub struct Card {
    pub lang: crate::i18n::Lang,
    pub title: String,
    /// The name on the card: given at `samtale card --name`, or else the pseudonym.
    pub name: String,
    /// "Fra kriseplanen af 1. december 2026".
    pub made: String,
    pub emergency: String,
    pub sections: Vec<Section>,
    /// Which sections go in each of the three panels after the first.
    pub panels: Vec<Vec<usize>>,
    pub local_heading: String,
    pub local: Vec<Phone>,
    pub completeness: Option<String>,
    /// Something was left out to keep it one page: "Hele planen står i plan.html".
    pub shortened: Option<String>,
    pub fold: String,
}

/// What goes on the card: the citizen's choice, or the script's `card: true` steps;
/// then `with` added and `without` taken off. In the plan's order.
pub fn chosen(
    plan: &Journal,
    dialogue: &Dialogue,
    with: &[String],
    without: &[String],
) -> Vec<String> {
    let answers = plan.answers();
    let mut ids: Vec<String> = match answers.get(CHOICE_STEP) {
        Some(Answer::Given(Value::Choices(ids))) if !ids.is_empty() => ids.clone(),
        _ => crate::engine::flow::steps(dialogue)
            .into_iter()
            .filter(|(_, step)| step.card)
            .map(|(_, step)| step.id.clone())
            .collect(),
    };
    ids.extend(with.iter().cloned());
    ids.retain(|id| !without.contains(id));
    let order: Vec<String> = crate::engine::flow::steps(dialogue)
        .into_iter()
        .map(|(_, step)| step.id.clone())
        .collect();
    ids.sort_by_key(|id| order.iter().position(|o| o == id).unwrap_or(usize::MAX));
    ids.dedup();
    ids
}

/// Lays out the card.
pub fn content(
    plan: &Journal,
    dialogue: &Dialogue,
    texts: &Texts,
    contacts: &[CrisisContact],
    choice: &Choice,
) -> Card {
    let answers = plan.answers();
    let hidden: Vec<String> = match plan.finished() {
        Some(Block::Finished { hidden, .. }) => hidden.clone(),
        _ => Vec::new(),
    };
    let mut shortened = false;
    let mut sections = Vec::new();
    for id in chosen(plan, dialogue, &choice.with, &choice.without) {
        let Some(step) = dialogue.step(&id) else {
            continue;
        };
        if hidden.contains(&id) {
            continue;
        }
        let Some(answer) = answers.get(&id).filter(|a| crate::completeness::filled(a)) else {
            continue;
        };
        let body = match (&step.kind, answer) {
            (StepKind::Repeat { fields, .. }, Answer::Given(Value::Entries(entries))) => {
                let has_phone = fields.iter().any(|f| f.id == "phone");
                let mut people: Vec<Phone> = entries
                    .iter()
                    .map(|entry| {
                        let mut who: Vec<&str> = entry
                            .fields
                            .iter()
                            .filter(|(field, text)| field != "phone" && !text.trim().is_empty())
                            .map(|(_, text)| text.trim())
                            .collect();
                        if who.is_empty() {
                            who.push("–");
                        }
                        Phone {
                            who: who.join(" · "),
                            phone: entry
                                .get("phone")
                                .map(str::trim)
                                .filter(|p| has_phone && !p.is_empty())
                                .map(str::to_owned),
                            open: None,
                        }
                    })
                    .collect();
                if people.len() > MAX_PEOPLE {
                    people.truncate(MAX_PEOPLE);
                    shortened = true;
                }
                Body::People(people)
            }
            _ => {
                let shown = wording::answer(texts, dialogue, step, answer);
                let mut lines: Vec<String> = shown
                    .lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                    .map(|line| {
                        if line.chars().count() > MAX_LINE_CHARS {
                            shortened = true;
                            let cut: String = line.chars().take(MAX_LINE_CHARS - 1).collect();
                            format!("{}…", cut.trim_end())
                        } else {
                            line.to_owned()
                        }
                    })
                    .collect();
                if lines.len() > MAX_LINES {
                    lines.truncate(MAX_LINES);
                    shortened = true;
                }
                Body::Lines(lines)
            }
        };
        sections.push(Section {
            heading: heading(texts, dialogue, &id),
            step: id,
            body,
        });
    }
    // What fits on the card; the rest is in the full plan, and the card says so.
    let (panels, left_off) = pack(&sections);
    let kept: Vec<usize> = panels.iter().flatten().copied().collect();
    let sections: Vec<Section> = sections
        .into_iter()
        .enumerate()
        .filter(|(i, _)| kept.contains(i))
        .map(|(_, s)| s)
        .collect();
    let panels = pack(&sections).0;
    shortened |= left_off;
    let mut local: Vec<Phone> = contacts
        .iter()
        .map(|c| Phone {
            who: c.name.clone(),
            phone: Some(c.phone.clone()),
            open: c.open.clone(),
        })
        .collect();
    if local.len() > MAX_LOCAL {
        local.truncate(MAX_LOCAL);
        shortened = true;
    }
    let name = choice
        .name
        .clone()
        .unwrap_or_else(|| plan.header.participant.clone());
    Card {
        lang: texts.lang(),
        title: texts.get("wallet-title", &[]),
        name,
        made: super::made_from(texts, dialogue, plan),
        emergency: texts.get("contacts-emergency", &[]),
        sections,
        panels,
        local_heading: texts.get("card-local-contacts", &[]),
        local,
        completeness: crate::completeness::of(dialogue, &answers)
            .map(|c| crate::completeness::short(texts, &c)),
        shortened: shortened.then(|| texts.get("wallet-shortened", &[])),
        fold: texts.get("wallet-fold", &[]),
    }
}

/// What the citizen chose for one print: steps to add or take off, and the name.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Choice {
    pub with: Vec<String>,
    pub without: Vec<String>,
    pub name: Option<String>,
    /// `--dialogue ID`: the plan dialogue to make the card from, when the participant has
    /// more than one that makes a card (else the one finished last).
    pub dialogue: Option<String>,
}

/// A section's heading: the label of its choice in the plan's card step, else the step's
/// `.short` words, else the question.
fn heading(texts: &Texts, dialogue: &Dialogue, id: &str) -> String {
    let key = keys::sub_item(&dialogue.id, CHOICE_STEP, id);
    let label = texts.get(&key, &[]);
    if label != key {
        return label;
    }
    if let Some(short) = texts.attr(&keys::item(&dialogue.id, id), keys::SHORT, &[]) {
        // Written to stand inside a sentence ("tegn på, at en krise er på vej"): a
        // heading begins with a capital.
        let mut chars = short.chars();
        return match chars.next() {
            Some(first) => first.to_uppercase().chain(chars).collect(),
            None => short,
        };
    }
    dialogue
        .step(id)
        .map(|step| wording::question(texts, dialogue, step, None))
        .unwrap_or_else(|| id.to_owned())
}

/// The card as plain text.
pub fn text(card: &Card) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{} · {}", card.title.to_uppercase(), card.name);
    let _ = writeln!(out, "{}", card.made);
    let _ = writeln!(out);
    let _ = writeln!(out, "{}", card.emergency);
    for section in &card.sections {
        let _ = writeln!(out, "\n== {} ==", section.heading);
        match &section.body {
            Body::Lines(lines) => {
                for line in lines {
                    for (n, part) in wrap(line, TEXT_WIDTH - 4).into_iter().enumerate() {
                        let bullet = if n == 0 { "- " } else { "  " };
                        let _ = writeln!(out, "  {bullet}{part}");
                    }
                }
            }
            Body::People(people) => {
                for person in people {
                    let _ = writeln!(out, "  {}", phone_line(person));
                }
            }
        }
    }
    let _ = writeln!(out, "\n== {} ==", card.local_heading);
    for contact in &card.local {
        let _ = writeln!(out, "  {}", phone_line(contact));
    }
    let _ = writeln!(out, "  {}", card.emergency);
    if let Some(completeness) = &card.completeness {
        let _ = writeln!(out, "\n{completeness}");
    }
    if let Some(shortened) = &card.shortened {
        let _ = writeln!(out, "{shortened}");
    }
    out
}

fn phone_line(person: &Phone) -> String {
    let mut line = person.who.clone();
    if let Some(phone) = &person.phone {
        let _ = write!(line, ": {phone}");
    }
    if let Some(open) = &person.open {
        let _ = write!(line, " · {open}");
    }
    line
}

/// A phone number as a `tel:` address: digits and a leading +, nothing else.
pub fn tel(phone: &str) -> String {
    phone
        .chars()
        .enumerate()
        .filter(|(i, c)| c.is_ascii_digit() || (*i == 0 && *c == '+'))
        .map(|(_, c)| c)
        .collect()
}

/// One A4 page, never more: four A6 panels in a fixed grid, each as high as a quarter of
/// the page; the content is bounded and packed in [`content`] so that it fits.
const STYLE: &str = "\
@page { size: A4; margin: 0; }
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; color: #000; background: #fff; }
body { font-family: system-ui, -apple-system, \"Segoe UI\", Arial, sans-serif; font-size: 9pt; line-height: 1.25; }
.sheet { width: 210mm; height: 296mm; display: grid; grid-template-columns: 105mm 105mm; grid-template-rows: 148mm 148mm; overflow: hidden; }
.panel { padding: 6mm 7mm; overflow: hidden; border: 0.3mm dashed #888; }
h1 { font-size: 16pt; margin: 0 0 1mm; }
.name { font-size: 13pt; font-weight: bold; margin: 0 0 1mm; }
.made { margin: 0 0 3mm; }
.emergency { font-size: 13pt; font-weight: bold; border: 0.6mm solid #000; padding: 2mm 3mm; margin: 0 0 3mm; }
h2 { font-size: 10.5pt; margin: 2.5mm 0 1mm; border-bottom: 0.3mm solid #000; }
ul { margin: 0; padding-left: 4mm; }
li { margin: 0 0 0.6mm; overflow-wrap: anywhere; }
.people { list-style: none; padding-left: 0; }
.people li { margin: 0 0 1.6mm; }
.phone { display: block; font-size: 14pt; font-weight: bold; letter-spacing: 0.02em; color: #000; text-decoration: none; }
.small { font-size: 8pt; margin: 2mm 0 0; }
@media screen { body { background: #eee; } .sheet { background: #fff; margin: 1em auto; } }
";

/// The card as a printable HTML page that needs nothing but itself.
pub fn html(card: &Card) -> String {
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
    let _ = writeln!(out, "<title>{} – {}</title>", e(&card.title), e(&card.name));
    let _ = writeln!(out, "<style>\n{STYLE}</style>");
    let _ = writeln!(out, "</head>");
    let _ = writeln!(out, "<body>");
    let _ = writeln!(out, "<div class=\"sheet\">");
    // Panel 1: who, 112 and the local crisis contacts.
    let _ = writeln!(out, "<section class=\"panel\">");
    let _ = writeln!(out, "<h1>{}</h1>", e(&card.title));
    let _ = writeln!(out, "<p class=\"name\">{}</p>", e(&card.name));
    let _ = writeln!(out, "<p class=\"made\">{}</p>", e(&card.made));
    let _ = writeln!(
        out,
        "<p class=\"emergency\"><a class=\"phone\" href=\"tel:112\">{}</a></p>",
        e(&card.emergency)
    );
    let _ = writeln!(out, "<h2>{}</h2>", e(&card.local_heading));
    people_html(&mut out, &card.local);
    if let Some(completeness) = &card.completeness {
        let _ = writeln!(out, "<p class=\"small\">{}</p>", e(completeness));
    }
    if let Some(shortened) = &card.shortened {
        let _ = writeln!(out, "<p class=\"small\">{}</p>", e(shortened));
    }
    let _ = writeln!(out, "<p class=\"small\">{}</p>", e(&card.fold));
    let _ = writeln!(out, "</section>");
    // Panels 2–4: the chosen parts of the plan, in the plan's order.
    for panel in &card.panels {
        let _ = writeln!(out, "<section class=\"panel\">");
        for section in panel.iter().filter_map(|i| card.sections.get(*i)) {
            let _ = writeln!(out, "<h2>{}</h2>", e(&section.heading));
            match &section.body {
                Body::Lines(lines) => {
                    let _ = writeln!(out, "<ul>");
                    for line in lines {
                        let _ = writeln!(out, "<li>{}</li>", e(line));
                    }
                    let _ = writeln!(out, "</ul>");
                }
                Body::People(people) => people_html(&mut out, people),
            }
        }
        let _ = writeln!(out, "</section>");
    }
    let _ = writeln!(out, "</div>");
    let _ = writeln!(out, "</body>");
    let _ = writeln!(out, "</html>");
    out
}

/// How many rows of 9 pt text one A6 panel holds (148 mm less its padding, at 1.25 line
/// height, with room to spare), and how many characters a row holds (91 mm wide).
const PANEL_ROWS: f32 = 31.0;
const ROW_CHARS: usize = 48;

/// The rows a section takes in a panel, estimated from its words.
fn rows(section: &Section) -> f32 {
    let text_rows = |text: &str| text.chars().count().div_ceil(ROW_CHARS).max(1) as f32;
    let heading = 1.0 + text_rows(&section.heading) * 1.2;
    heading
        + match &section.body {
            Body::Lines(lines) => lines.iter().map(|l| text_rows(l) + 0.2).sum::<f32>(),
            Body::People(people) => people
                .iter()
                .map(|p| text_rows(&p.who) + if p.phone.is_some() { 1.7 } else { 0.0 } + 0.5)
                .sum::<f32>(),
        }
}

/// The three panels after the first: the sections in order, each whole in one panel, a
/// panel closed when the next section does not fit; what fits nowhere is left off.
fn pack(sections: &[Section]) -> (Vec<Vec<usize>>, bool) {
    let mut panels: Vec<Vec<usize>> = vec![Vec::new(); 3];
    let mut panel = 0;
    let mut used = 0.0;
    let mut left_off = false;
    for (index, section) in sections.iter().enumerate() {
        let need = rows(section);
        while panel < 3 && used + need > PANEL_ROWS && !panels[panel].is_empty() {
            panel += 1;
            used = 0.0;
        }
        if panel >= 3 || need > PANEL_ROWS {
            left_off = true;
            continue;
        }
        panels[panel].push(index);
        used += need;
    }
    (panels, left_off)
}

fn people_html(out: &mut String, people: &[Phone]) {
    let e = escape;
    let _ = writeln!(out, "<ul class=\"people\">");
    for person in people {
        let open = person
            .open
            .as_ref()
            .map(|o| format!(" · {}", e(o)))
            .unwrap_or_default();
        match &person.phone {
            Some(phone) => {
                let _ = writeln!(
                    out,
                    "<li>{}{open}<a class=\"phone\" href=\"tel:{}\">{}</a></li>",
                    e(&person.who),
                    e(&tel(phone)),
                    e(phone)
                );
            }
            None => {
                let _ = writeln!(out, "<li>{}{open}</li>", e(&person.who));
            }
        }
    }
    let _ = writeln!(out, "</ul>");
}
