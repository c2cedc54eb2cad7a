//! Exports: journals in, text out, as CSV for a spreadsheet, JSON for a program, or an
//! HL7 FHIR R4 `Bundle` of `QuestionnaireResponse`s for a health record.
//!
//! Everything here is pure except [`run`] and [`run_to_file`], which read journals through
//! the store and write the export out participant by participant, so an export of a whole
//! municipality holds only a few participants' journals in memory at a time.
//!
//! What every format has in common:
//!
//! - **A revised answer counts once.** A journal keeps every answer a person gave, and a
//!   revision is a new block; the exports carry only the latest answer of each step (as
//!   `Journal::answers` does), with the time it was given, in the order the steps were
//!   first answered.
//! - **Set-aside answers** (answered, then no longer on the path, listed as `hidden:` in
//!   the finished block) are kept in CSV and JSON and marked `set_aside`; they are left
//!   out of FHIR, whose response holds the answers that were part of the result.
//! - **Journals come in the store's order**: participants sorted, each one's oldest first.
//!
//! CSV ([`csv`]): one row per answer, with a header row. `samtale export` writes the
//! column names and coded values (value kinds, true/false) in the reader's language by
//! default (`Headers::Words`: „deltager“ is never used, see docs/glossary.md); with
//! `--headers ids` (`Headers::Ids`, and always from [`csv`]) they are the stable English
//! ids of [`CSV_COLUMNS`], for programs that read the file by column name.
//! Under Danish the CSV is made for Danish Excel: `;` between fields, a decimal comma, a
//! UTF-8 byte-order mark (without it Excel reads æøå wrongly), and a cell that Excel would
//! run as a formula (`=`, `+`, `-`, `@` first, and not a number) gets a `'` in front. In
//! any other language the CSV is plain RFC 4180 data for R, Python and the like: `,`
//! between fields, a decimal point, values exactly as recorded. Both quote a field that
//! holds the separator, a quote or a line break, double its quotes, and end rows in CRLF.
//! A repeat group's answer is one row (value kind `entries`, the value its number of
//! entries) followed by one row per filled-in field, step `<step>.<entry>.<field>` (as
//! the journal writes it, counting from 1) and value kind `entry`.
//!
//! JSON ([`json`]): an array of conversations; typed values (numbers, booleans, lists of
//! choice ids, entries as objects), `null` for a skipped step.
//!
//! FHIR ([`fhir`]): see the function.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs::{self, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;

use chrono::NaiveDate;

use crate::engine::{Answer, Stamp, Value};
use crate::i18n::{Lang, Texts};
use crate::journal::format::{Block, Journal};
use crate::journal::store::{Found, Store, StoreError};
use crate::script::{Consent, Dialogue, Library, Step, StepKind};
use crate::wording;

/// Where the canonical URLs of the FHIR export live: questionnaires, choice code
/// systems, pseudonyms and journals are named under it.
pub const FHIR_BASE: &str = "https://samtale.example";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Json,
    Fhir,
}

impl Format {
    pub const ALL: [Format; 3] = [Format::Csv, Format::Json, Format::Fhir];

    pub fn tag(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Json => "json",
            Format::Fhir => "fhir",
        }
    }

    pub fn from_tag(tag: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|f| f.tag() == tag)
    }
}

/// Whose journals: one participant's (`--participant P`) or everyone's (`--all`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Who {
    One(String),
    All,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    pub who: Who,
    /// Only conversations of this dialogue (`--dialogue D`).
    pub dialogue: Option<String>,
    /// Only conversations started on or after this day, in the time zone they were held
    /// in (`--since YYYY-MM-DD`).
    pub since: Option<NaiveDate>,
    pub format: Format,
    /// The CSV's header row and coded values: the reader's words or stable ids.
    pub headers: Headers,
}

/// How a CSV names its columns and coded values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Headers {
    /// In the reader's language (the default of `samtale export`).
    #[default]
    Words,
    /// The stable ids of [`CSV_COLUMNS`] and English value kinds (`--headers ids`).
    Ids,
}

impl Headers {
    pub fn from_tag(tag: &str) -> Option<Headers> {
        match tag {
            "ids" | "id" => Some(Headers::Ids),
            "words" | "ord" => Some(Headers::Words),
            _ => None,
        }
    }
}

/// The words a CSV in the reader's language uses for its columns and coded values, from
/// the Fluent messages `csv-col-<id>` and `csv-kind-<kind>`.
#[derive(Debug, Clone)]
pub struct CsvWords {
    columns: Vec<String>,
    kinds: Vec<(&'static str, String)>,
    yes: String,
    no: String,
}

impl CsvWords {
    pub fn new(texts: &crate::i18n::Texts) -> CsvWords {
        let kinds = [
            "skipped", "text", "number", "choice", "choices", "yesno", "entries", "entry",
        ];
        CsvWords {
            columns: CSV_COLUMNS
                .iter()
                .map(|id| texts.get(&format!("csv-col-{}", id.replace('_', "-")), &[]))
                .collect(),
            kinds: kinds
                .into_iter()
                .map(|kind| (kind, texts.get(&format!("csv-kind-{kind}"), &[])))
                .collect(),
            yes: texts.get("answer-yes", &[]).to_lowercase(),
            no: texts.get("answer-no", &[]).to_lowercase(),
        }
    }

    fn kind<'a>(&'a self, kind: &'a str) -> &'a str {
        self.kinds
            .iter()
            .find(|(k, _)| *k == kind)
            .map_or(kind, |(_, word)| word.as_str())
    }

    fn yes_no(&self, yes: bool) -> &str {
        if yes { &self.yes } else { &self.no }
    }
}

/// Reads `--since`: a day written `YYYY-MM-DD`, nothing else.
pub fn parse_since(text: &str) -> Option<NaiveDate> {
    let bytes = text.as_bytes();
    let shaped = bytes.len() == 10
        && bytes[4] == b'-'
        && bytes[7] == b'-'
        && bytes
            .iter()
            .enumerate()
            .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
    if !shaped {
        return None;
    }
    NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()
}

/// What the person allowed to be shared of this conversation, by its dialogue's consent
/// step. A conversation of a dialogue that is no longer in the library cannot show that
/// it may be shared, so it counts as not shared.
pub fn consent(journal: &Journal, dialogues: &Library) -> Consent {
    match dialogues.get(&journal.header.dialogue) {
        Some(script) => script.dialogue.consent(&journal.answers()),
        None => Consent::No,
    }
}

/// Whether an export may carry this conversation: only with consent to share all of it
/// (or from a dialogue that asks none). The journal itself always keeps everything.
pub fn shared(journal: &Journal, dialogues: &Library) -> bool {
    consent(journal, dialogues).shared()
}

/// Whether one journal is in the export the options ask for.
pub fn wanted(journal: &Journal, options: &Options) -> bool {
    let header = &journal.header;
    let who = match &options.who {
        Who::One(participant) => header.participant == *participant,
        Who::All => true,
    };
    let dialogue = options
        .dialogue
        .as_deref()
        .is_none_or(|d| header.dialogue == d);
    let since = options
        .since
        .is_none_or(|day| header.started.date_naive() >= day);
    who && dialogue && since
}

/// The journals the options ask for, in the order given.
pub fn select(journals: impl IntoIterator<Item = Found>, options: &Options) -> Vec<Found> {
    journals
        .into_iter()
        .filter(|found| wanted(&found.journal, options))
        .collect()
}

// ---------------------------------------------------------------------------------------
// What the formats share
// ---------------------------------------------------------------------------------------

/// The latest answer of one step.
struct Row<'a> {
    at: &'a Stamp,
    step: &'a str,
    question: &'a str,
    shown: &'a str,
    answer: &'a Answer,
    set_aside: bool,
}

/// The latest answer of every step, in the order the steps were first answered.
fn rows(journal: &Journal) -> Vec<Row<'_>> {
    let hidden: &[String] = match journal.finished() {
        Some(Block::Finished { hidden, .. }) => hidden,
        _ => &[],
    };
    let mut rows: Vec<Row> = Vec::new();
    for block in &journal.blocks {
        let Block::Answer {
            at,
            step,
            question,
            shown,
            answer,
        } = block
        else {
            continue;
        };
        let row = Row {
            at,
            step,
            question,
            shown,
            answer,
            set_aside: hidden.iter().any(|h| h == step),
        };
        match rows.iter_mut().find(|r| r.step == step) {
            Some(slot) => *slot = row,
            None => rows.push(row),
        }
    }
    rows
}

fn finished_at(journal: &Journal) -> Option<&Stamp> {
    match journal.finished() {
        Some(Block::Finished { at, .. }) => Some(at),
        _ => None,
    }
}

fn stamp(at: &Stamp) -> String {
    at.to_rfc3339_opts(chrono::SecondsFormat::Secs, false)
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// The value kind, as the CSV and JSON name it.
fn kind(answer: &Answer) -> &'static str {
    match answer {
        Answer::Skipped => "skipped",
        Answer::Given(Value::Text(_)) => "text",
        Answer::Given(Value::Number(_)) => "number",
        Answer::Given(Value::Choice(_)) => "choice",
        Answer::Given(Value::Choices(_)) => "choices",
        Answer::Given(Value::YesNo(_)) => "yesno",
        Answer::Given(Value::Entries(_)) => "entries",
    }
}

/// A number the shortest way that reads back as the same `f64`: `6.5`, `7`, `0.1`.
fn number(n: f64) -> String {
    format!("{n}")
}

// ---------------------------------------------------------------------------------------
// CSV
// ---------------------------------------------------------------------------------------

/// The CSV's columns, in order.
pub const CSV_COLUMNS: [&str; 13] = [
    "participant",
    "dialogue",
    "dialogue_version",
    "journal",
    "started",
    "answered_at",
    "step",
    "question",
    "answer_shown",
    "value",
    "value_kind",
    "finished",
    "set_aside",
];

struct CsvStyle {
    separator: char,
    decimal_comma: bool,
    /// Danish Excel: a byte-order mark and no cell that runs as a formula.
    excel: bool,
}

impl CsvStyle {
    fn for_lang(lang: Lang) -> CsvStyle {
        match lang {
            Lang::Da => CsvStyle {
                separator: ';',
                decimal_comma: true,
                excel: true,
            },
            Lang::En => CsvStyle {
                separator: ',',
                decimal_comma: false,
                excel: false,
            },
        }
    }

    fn number(&self, n: f64) -> String {
        let text = number(n);
        if self.decimal_comma {
            text.replace('.', ",")
        } else {
            text
        }
    }

    fn push_field(&self, out: &mut String, field: &str) {
        let guarded;
        let field = if self.excel && runs_as_formula(field) {
            guarded = format!("'{field}");
            &guarded
        } else {
            field
        };
        if field.contains([self.separator, '"', '\n', '\r']) {
            out.push('"');
            for (index, piece) in field.split('"').enumerate() {
                if index > 0 {
                    out.push_str("\"\"");
                }
                out.push_str(piece);
            }
            out.push('"');
        } else {
            out.push_str(field);
        }
    }

    fn push_row<S: AsRef<str>>(&self, out: &mut String, fields: &[S]) {
        for (index, field) in fields.iter().enumerate() {
            if index > 0 {
                out.push(self.separator);
            }
            self.push_field(out, field.as_ref());
        }
        out.push_str("\r\n");
    }
}

/// A cell a spreadsheet would evaluate: it starts like a formula and is not a number.
fn runs_as_formula(cell: &str) -> bool {
    cell.starts_with(['=', '+', '-', '@', '\t', '\r']) && crate::i18n::parse_number(cell).is_none()
}

fn csv_start(lang: Lang, words: Option<&CsvWords>) -> String {
    let style = CsvStyle::for_lang(lang);
    let mut out = String::new();
    if style.excel {
        out.push('\u{feff}');
    }
    match words {
        Some(words) => style.push_row(&mut out, &words.columns),
        None => style.push_row(&mut out, &CSV_COLUMNS),
    }
    out
}

fn csv_journal(out: &mut String, found: &Found, lang: Lang, words: Option<&CsvWords>) -> usize {
    let style = CsvStyle::for_lang(lang);
    let journal = &found.journal;
    let header = &journal.header;
    let file = file_name(&found.path);
    let started = stamp(&header.started);
    let finished = finished_at(journal).map(stamp).unwrap_or_default();
    let version = header.dialogue_version.to_string();
    let rows = rows(journal);
    for row in &rows {
        let at = stamp(row.at);
        let yes_no = |yes: bool| match words {
            Some(words) => words.yes_no(yes).to_owned(),
            None => yes.to_string(),
        };
        let set_aside = yes_no(row.set_aside);
        let set_aside = set_aside.as_str();
        let line = |out: &mut String, step: &str, shown: &str, value: &str, kind: &str| {
            let kind = words.map_or(kind, |words| words.kind(kind));
            let fields = [
                header.participant.as_str(),
                header.dialogue.as_str(),
                &version,
                &file,
                &started,
                &at,
                step,
                row.question,
                shown,
                value,
                kind,
                &finished,
                set_aside,
            ];
            style.push_row(out, &fields);
        };
        let value = match row.answer {
            Answer::Skipped => String::new(),
            Answer::Given(value) => match value {
                Value::Text(text) => text.clone(),
                Value::Number(n) => style.number(*n),
                Value::Choice(id) => id.clone(),
                Value::Choices(ids) => ids.join(" "),
                Value::YesNo(yes) => yes_no(*yes),
                Value::Entries(entries) => entries.len().to_string(),
            },
        };
        line(out, row.step, row.shown, &value, kind(row.answer));
        if let Answer::Given(Value::Entries(entries)) = row.answer {
            for (index, entry) in entries.iter().enumerate() {
                for (field, text) in &entry.fields {
                    let step = format!("{}.{}.{field}", row.step, index + 1);
                    line(out, &step, text, text, "entry");
                }
            }
        }
    }
    rows.len()
}

/// One row per answer, with a header row; see the module's notes for the two styles.
pub fn csv(journals: &[Found], lang: Lang) -> String {
    let mut out = csv_start(lang, None);
    for found in journals {
        csv_journal(&mut out, found, lang, None);
    }
    out
}

// ---------------------------------------------------------------------------------------
// JSON
// ---------------------------------------------------------------------------------------

/// A JSON string literal: quotes, backslashes and control characters escaped, and the
/// two line separators that break JavaScript too.
fn json_string(out: &mut String, text: &str) {
    out.push('"');
    // Runs of characters that need no escape are copied whole.
    let mut plain = 0;
    for (at, c) in text.char_indices() {
        let escaped = match c {
            '"' => "\\\"",
            '\\' => "\\\\",
            '\n' => "\\n",
            '\r' => "\\r",
            '\t' => "\\t",
            '\u{8}' => "\\b",
            '\u{c}' => "\\f",
            '\u{0}'..='\u{1f}' | '\u{2028}' | '\u{2029}' => "",
            _ => continue,
        };
        out.push_str(&text[plain..at]);
        if escaped.is_empty() {
            let _ = write!(out, "\\u{:04x}", c as u32);
        } else {
            out.push_str(escaped);
        }
        plain = at + c.len_utf8();
    }
    out.push_str(&text[plain..]);
    out.push('"');
}

/// A JSON number; JSON has no NaN or infinity, so those are `null`.
fn json_number(out: &mut String, n: f64) {
    if n.is_finite() {
        out.push_str(&number(n));
    } else {
        out.push_str("null");
    }
}

/// Writes `"key":` after a comma when needed.
fn json_key(out: &mut String, first: &mut bool, key: &str) {
    if !*first {
        out.push(',');
    }
    *first = false;
    json_string(out, key);
    out.push(':');
}

fn json_opt_string(out: &mut String, text: Option<&str>) {
    match text {
        Some(text) => json_string(out, text),
        None => out.push_str("null"),
    }
}

fn json_value(out: &mut String, answer: &Answer) {
    let Answer::Given(value) = answer else {
        out.push_str("null");
        return;
    };
    match value {
        Value::Text(text) | Value::Choice(text) => json_string(out, text),
        Value::Number(n) => json_number(out, *n),
        Value::YesNo(yes) => out.push_str(if *yes { "true" } else { "false" }),
        Value::Choices(ids) => {
            out.push('[');
            for (index, id) in ids.iter().enumerate() {
                if index > 0 {
                    out.push(',');
                }
                json_string(out, id);
            }
            out.push(']');
        }
        Value::Entries(entries) => {
            out.push('[');
            for (index, entry) in entries.iter().enumerate() {
                if index > 0 {
                    out.push(',');
                }
                out.push('{');
                let mut first = true;
                for (field, text) in &entry.fields {
                    json_key(out, &mut first, field);
                    json_string(out, text);
                }
                out.push('}');
            }
            out.push(']');
        }
    }
}

fn json_journal(out: &mut String, found: &Found) -> usize {
    let journal = &found.journal;
    let header = &journal.header;
    let mut first = true;
    out.push('{');
    json_key(out, &mut first, "participant");
    json_string(out, &header.participant);
    json_key(out, &mut first, "dialogue");
    json_string(out, &header.dialogue);
    json_key(out, &mut first, "dialogue_version");
    out.push_str(&header.dialogue_version.to_string());
    json_key(out, &mut first, "title");
    json_string(out, &header.title);
    json_key(out, &mut first, "locale");
    json_string(out, header.locale.tag());
    json_key(out, &mut first, "mode");
    json_string(out, header.mode.tag());
    json_key(out, &mut first, "facilitator");
    json_opt_string(out, header.facilitator.as_deref());
    json_key(out, &mut first, "journal");
    json_string(out, &file_name(&found.path));
    json_key(out, &mut first, "started");
    json_string(out, &stamp(&header.started));
    json_key(out, &mut first, "finished");
    json_opt_string(out, finished_at(journal).map(stamp).as_deref());
    json_key(out, &mut first, "status");
    json_string(out, status(journal));
    json_key(out, &mut first, "revises");
    json_opt_string(out, journal.revises());

    let rows = rows(journal);
    json_key(out, &mut first, "answers");
    out.push('[');
    for (index, row) in rows.iter().enumerate() {
        if index > 0 {
            out.push(',');
        }
        let mut first = true;
        out.push('{');
        json_key(out, &mut first, "step");
        json_string(out, row.step);
        json_key(out, &mut first, "answered_at");
        json_string(out, &stamp(row.at));
        json_key(out, &mut first, "question");
        json_string(out, row.question);
        json_key(out, &mut first, "answer_shown");
        json_string(out, row.shown);
        json_key(out, &mut first, "value_kind");
        json_string(out, kind(row.answer));
        json_key(out, &mut first, "value");
        json_value(out, row.answer);
        json_key(out, &mut first, "set_aside");
        out.push_str(if row.set_aside { "true" } else { "false" });
        out.push('}');
    }
    out.push(']');

    let (scores, flags, summary) = match journal.finished() {
        Some(Block::Finished {
            scores,
            flags,
            summary,
            ..
        }) => (&scores[..], &flags[..], Some(summary.as_str())),
        _ => (&[][..], &[][..], None),
    };
    json_key(out, &mut first, "scores");
    out.push('[');
    for (index, score) in scores.iter().enumerate() {
        if index > 0 {
            out.push(',');
        }
        let mut first = true;
        out.push('{');
        json_key(out, &mut first, "id");
        json_string(out, &score.id);
        json_key(out, &mut first, "value");
        json_number(out, score.value);
        json_key(out, &mut first, "max");
        match score.max {
            Some(max) => json_number(out, max),
            None => out.push_str("null"),
        }
        json_key(out, &mut first, "band");
        json_opt_string(out, score.band.as_deref());
        out.push('}');
    }
    out.push(']');
    json_key(out, &mut first, "flags");
    out.push('[');
    for (index, flag) in flags.iter().enumerate() {
        if index > 0 {
            out.push(',');
        }
        let mut first = true;
        out.push('{');
        json_key(out, &mut first, "id");
        json_string(out, &flag.id);
        json_key(out, &mut first, "secondary");
        out.push_str(if flag.secondary { "true" } else { "false" });
        out.push('}');
    }
    out.push(']');
    json_key(out, &mut first, "summary");
    json_opt_string(out, summary);
    out.push('}');
    rows.len()
}

/// An array of conversations, one object per journal:
///
/// `participant`, `dialogue`, `dialogue_version`, `title`, `locale`, `mode`,
/// `facilitator` (or null), `journal` (the file name), `started`, `finished` (or null),
/// `status` (`completed` or `in-progress`), `revises` (the journal file a revised crisis
/// plan revises, or null), `answers`, `scores`, `flags` and `summary`
/// (the result as it was shown, or null). Each answer has `step`, `answered_at`,
/// `question`, `answer_shown`, `value_kind` (as in the CSV), `value` and `set_aside`; the
/// value is a string (text, choice id), a number, a boolean (yes/no), an array of choice
/// ids, an array of entries (objects from field id to text), or null when skipped.
pub fn json(journals: &[Found]) -> String {
    let mut out = String::from("[");
    for (index, found) in journals.iter().enumerate() {
        out.push_str(if index == 0 { "\n" } else { ",\n" });
        json_journal(&mut out, found);
    }
    out.push_str("\n]\n");
    out
}

fn status(journal: &Journal) -> &'static str {
    if journal.is_finished() {
        "completed"
    } else {
        "in-progress"
    }
}

// ---------------------------------------------------------------------------------------
// FHIR
// ---------------------------------------------------------------------------------------

/// The words of the dialogues, built once per language when first needed.
struct Labels<'a> {
    library: &'a Library,
    texts: Vec<(Lang, Texts)>,
}

impl<'a> Labels<'a> {
    fn new(library: &'a Library) -> Labels<'a> {
        Labels {
            library,
            texts: Vec::new(),
        }
    }

    /// The step as the library has it, with the texts of the journal's language.
    fn step(
        &mut self,
        lang: Lang,
        dialogue: &str,
        step: &str,
    ) -> Option<(&Texts, &Dialogue, &Step)> {
        let library = self.library;
        let script = library.get(dialogue)?;
        let (_, found) = crate::engine::flow::steps(&script.dialogue)
            .into_iter()
            .find(|(_, s)| s.id == step)?;
        if !self.texts.iter().any(|(l, _)| *l == lang) {
            self.texts.push((lang, library.texts(lang)));
        }
        let texts = self
            .texts
            .iter()
            .find(|(l, _)| *l == lang)
            .map(|(_, t)| t)?;
        Some((texts, &script.dialogue, found))
    }
}

/// The code system of a step's choices: named after the choice set, or the step.
fn choice_system(dialogue: &str, step: Option<&Step>, step_id: &str) -> String {
    let parent = match step.map(|s| &s.kind) {
        Some(
            StepKind::Single {
                choices: crate::script::Choices::Set(set),
            }
            | StepKind::Multi {
                choices: crate::script::Choices::Set(set),
                ..
            },
        ) => set.as_str(),
        _ => step_id,
    };
    format!("{FHIR_BASE}/CodeSystem/{dialogue}-{parent}")
}

/// `"text":"…",` when there is text: FHIR strings may not be empty.
fn fhir_text(out: &mut String, first: &mut bool, key: &str, text: &str) {
    if !text.is_empty() {
        json_key(out, first, key);
        json_string(out, text);
    }
}

fn fhir_coding(out: &mut String, system: &str, code: &str, display: Option<&str>) {
    out.push_str("{\"valueCoding\":{");
    let mut first = true;
    json_key(out, &mut first, "system");
    json_string(out, system);
    json_key(out, &mut first, "code");
    json_string(out, code);
    if let Some(display) = display.filter(|d| !d.is_empty()) {
        json_key(out, &mut first, "display");
        json_string(out, display);
    }
    out.push_str("}}");
}

/// One response item: `answer` for a value, nested `item`s per entry of a repeat group.
fn fhir_item(out: &mut String, row: &Row, dialogue: &str, lang: Lang, labels: &mut Labels) {
    let known = labels.step(lang, dialogue, row.step);
    let open = |out: &mut String, link: &str, text: &str| {
        out.push('{');
        let mut first = true;
        json_key(out, &mut first, "linkId");
        json_string(out, link);
        fhir_text(out, &mut first, "text", text);
    };
    let value = match row.answer {
        Answer::Given(value) => value,
        Answer::Skipped => {
            open(out, row.step, row.question);
            out.push('}');
            return;
        }
    };
    if let Value::Entries(entries) = value {
        // A repeating group: the item once per entry, its fields as nested items.
        let mut first_entry = true;
        for entry in entries {
            if !first_entry {
                out.push(',');
            }
            first_entry = false;
            open(out, row.step, row.question);
            out.push_str(",\"item\":[");
            let mut first_field = true;
            for (field, text) in &entry.fields {
                if !first_field {
                    out.push(',');
                }
                first_field = false;
                let label = match known {
                    Some((texts, d, step)) => wording::field_label(texts, d, step, field),
                    None => field.clone(),
                };
                open(out, &format!("{}.{field}", row.step), &label);
                if !text.is_empty() {
                    out.push_str(",\"answer\":[{\"valueString\":");
                    json_string(out, text);
                    out.push_str("}]");
                }
                out.push('}');
            }
            out.push_str("]}");
        }
        if first_entry {
            // No entries: the group, unanswered.
            open(out, row.step, row.question);
            out.push('}');
        }
        return;
    }
    open(out, row.step, row.question);
    let mut answers: Vec<String> = Vec::new();
    match value {
        Value::Number(n) if n.is_finite() => {
            answers.push(format!("{{\"valueDecimal\":{}}}", number(*n)));
        }
        Value::Number(_) | Value::Entries(_) => {}
        Value::Text(text) if text.is_empty() => {}
        Value::Text(text) => {
            let mut answer = String::from("{\"valueString\":");
            json_string(&mut answer, text);
            answer.push('}');
            answers.push(answer);
        }
        Value::YesNo(yes) => answers.push(format!("{{\"valueBoolean\":{yes}}}")),
        Value::Choice(id) => {
            let system = choice_system(dialogue, known.map(|(_, _, s)| s), row.step);
            let mut answer = String::new();
            // The label exactly as it was shown.
            fhir_coding(&mut answer, &system, id, Some(row.shown));
            answers.push(answer);
        }
        Value::Choices(ids) => {
            let system = choice_system(dialogue, known.map(|(_, _, s)| s), row.step);
            for id in ids {
                let display =
                    known.map(|(texts, d, step)| wording::choice_label(texts, d, step, id));
                let mut answer = String::new();
                fhir_coding(&mut answer, &system, id, display.as_deref());
                answers.push(answer);
            }
        }
    }
    if !answers.is_empty() {
        out.push_str(",\"answer\":[");
        out.push_str(&answers.join(","));
        out.push(']');
    }
    out.push('}');
}

/// When the answers were gathered: when the conversation finished, or else when it was
/// last answered (or paused, or resumed), or else when it started.
fn authored(journal: &Journal) -> &Stamp {
    if let Some(at) = finished_at(journal) {
        return at;
    }
    journal
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Answer { at, .. }
            | Block::Paused { at }
            | Block::Draft { at, .. }
            | Block::Resumed { at }
            | Block::Revision { at, .. }
            | Block::Changes { at, .. } => Some(at),
            // Seeing a kiosk conversation gathers no answer.
            Block::Finished { .. } | Block::Seen { .. } => None,
        })
        .max()
        .unwrap_or(&journal.header.started)
}

fn fhir_resource(out: &mut String, found: &Found, labels: &mut Labels) -> usize {
    let journal = &found.journal;
    let header = &journal.header;
    let mut first = true;
    out.push_str("{\"resource\":{");
    json_key(out, &mut first, "resourceType");
    json_string(out, "QuestionnaireResponse");
    json_key(out, &mut first, "language");
    json_string(out, header.locale.tag());
    json_key(out, &mut first, "identifier");
    out.push_str("{\"system\":");
    json_string(out, &format!("{FHIR_BASE}/journal"));
    out.push_str(",\"value\":");
    json_string(
        out,
        &format!("{}/{}", header.participant, file_name(&found.path)),
    );
    out.push('}');
    json_key(out, &mut first, "questionnaire");
    json_string(
        out,
        &format!(
            "{FHIR_BASE}/Questionnaire/{}|{}",
            header.dialogue, header.dialogue_version
        ),
    );
    json_key(out, &mut first, "status");
    json_string(out, status(journal));
    json_key(out, &mut first, "subject");
    out.push_str("{\"identifier\":{\"system\":");
    json_string(out, &format!("{FHIR_BASE}/pseudonym"));
    out.push_str(",\"value\":");
    json_string(out, &header.participant);
    out.push_str("}}");
    json_key(out, &mut first, "authored");
    json_string(out, &stamp(authored(journal)));
    let rows: Vec<Row> = rows(journal).into_iter().filter(|r| !r.set_aside).collect();
    if !rows.is_empty() {
        json_key(out, &mut first, "item");
        out.push('[');
        for (index, row) in rows.iter().enumerate() {
            if index > 0 {
                out.push(',');
            }
            fhir_item(out, row, &header.dialogue, header.locale, labels);
        }
        out.push(']');
    }
    out.push_str("}}");
    rows.len()
}

const FHIR_START: &str = "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[";
const FHIR_END: &str = "\n]}\n";

/// An HL7 FHIR R4 `Bundle` of type `collection`, one `QuestionnaireResponse` per journal:
///
/// - `questionnaire`: `https://samtale.example/Questionnaire/<dialogue>|<version>`;
/// - `status`: `completed` once finished, else `in-progress`;
/// - `authored`: when it finished (else when last answered), with its UTC offset;
/// - `subject`: a reference by identifier only, the pseudonym
///   (`https://samtale.example/pseudonym`); `identifier`: participant/journal file;
/// - `item`: one per answered step, `linkId` the step id and `text` the question as
///   shown. Numbers and scales are `valueDecimal`, yes/no `valueBoolean`, text
///   `valueString`, choices `valueCoding` (code the choice id, display its label,
///   system `https://samtale.example/CodeSystem/<dialogue>-<set or step>`). A repeat
///   group is the item once per entry with its fields as nested items (`linkId`
///   `<step>.<field>`). A skipped step is an item with no answer; set-aside answers are
///   left out.
///
/// `dialogues` gives the labels of multiple choices and of repeat-group fields, in the
/// journal's language; a dialogue no longer in the library falls back to ids.
pub fn fhir(journals: &[Found], dialogues: &Library) -> String {
    let mut labels = Labels::new(dialogues);
    let mut out = String::from(FHIR_START);
    for (index, found) in journals.iter().enumerate() {
        out.push_str(if index == 0 { "\n" } else { ",\n" });
        fhir_resource(&mut out, found, &mut labels);
    }
    out.push_str(FHIR_END);
    out
}

// ---------------------------------------------------------------------------------------
// Running an export
// ---------------------------------------------------------------------------------------

/// What an export wrote, and the journals it could not read (to warn about).
#[derive(Debug, Default)]
pub struct Exported {
    pub conversations: usize,
    pub answers: usize,
    /// Conversations the options asked for but left out: the person did not consent to
    /// share them (answered no or "some of it", skipped the question, or never reached it).
    pub left_out: usize,
    pub unreadable: Vec<StoreError>,
}

#[derive(Debug)]
pub enum ExportError {
    /// The store refused: a pseudonym that is not one, a folder that cannot be read.
    Store(StoreError),
    /// Writing the export failed.
    Write(io::Error),
    /// `--output` names a file in the data folder, where it could replace a journal.
    InsideDataDir { path: PathBuf, data_dir: PathBuf },
    /// `--output` names a file that is there already, and `--force` was not given.
    Exists { path: PathBuf },
}

impl From<io::Error> for ExportError {
    fn from(error: io::Error) -> ExportError {
        ExportError::Write(error)
    }
}

impl From<ExportError> for io::Error {
    fn from(error: ExportError) -> io::Error {
        match error {
            ExportError::Write(error) => error,
            ExportError::Store(StoreError::Io { error, .. }) => error,
            ExportError::Store(other) => io::Error::other(format!("{other:?}")),
            ExportError::InsideDataDir { path, .. } => io::Error::new(
                io::ErrorKind::InvalidInput,
                format!("{} is in the data folder", path.display()),
            ),
            ExportError::Exists { path } => io::Error::new(
                io::ErrorKind::AlreadyExists,
                format!("{} is there already", path.display()),
            ),
        }
    }
}

/// One participant's part of an export: a formatted chunk per conversation (without
/// the separators between them), and what could not be read.
struct Part {
    chunks: Vec<String>,
    answers: usize,
    left_out: usize,
    unreadable: Vec<StoreError>,
}

fn part(
    store: &Store,
    participant: &str,
    options: &Options,
    lang: Lang,
    words: Option<&CsvWords>,
    labels: &mut Labels,
) -> Result<Part, StoreError> {
    let mut part = Part {
        chunks: Vec::new(),
        answers: 0,
        left_out: 0,
        unreadable: Vec::new(),
    };
    let mut found = Vec::new();
    for journal in store.journals(participant)? {
        match journal {
            Ok(journal) => found.push(journal),
            Err(error) => part.unreadable.push(error),
        }
    }
    for found in select(found, options) {
        if !shared(&found.journal, labels.library) {
            part.left_out += 1;
            continue;
        }
        let mut chunk = String::new();
        part.answers += match options.format {
            Format::Csv => csv_journal(&mut chunk, &found, lang, words),
            Format::Json => json_journal(&mut chunk, &found),
            Format::Fhir => fhir_resource(&mut chunk, &found, labels),
        };
        part.chunks.push(chunk);
    }
    Ok(part)
}

fn emit(
    out: &mut dyn Write,
    exported: &mut Exported,
    format: Format,
    part: Part,
) -> io::Result<()> {
    for chunk in part.chunks {
        if format != Format::Csv {
            out.write_all(if exported.conversations == 0 {
                b"\n"
            } else {
                b",\n"
            })?;
        }
        out.write_all(chunk.as_bytes())?;
        exported.conversations += 1;
    }
    exported.answers += part.answers;
    exported.left_out += part.left_out;
    exported.unreadable.extend(part.unreadable);
    Ok(())
}

/// Writes the export the options ask for. Journals that cannot be read are left out and
/// returned in [`Exported::unreadable`].
///
/// Participants are read and formatted on as many threads as there are cores (at most
/// four) and written out in order, so the output is exactly what [`csv`], [`json`] and
/// [`fhir`] give for the same journals; only a few participants' journals are in memory
/// at a time, however many there are.
pub fn run(
    store: &Store,
    options: &Options,
    lang: Lang,
    dialogues: &Library,
    out: &mut dyn Write,
) -> Result<Exported, ExportError> {
    let participants = match &options.who {
        Who::One(participant) => vec![participant.clone()],
        Who::All => store.participants(),
    };
    let mut exported = Exported::default();
    // samtale's own words for the columns, built once for the whole export.
    let words = (options.format == Format::Csv && options.headers == Headers::Words)
        .then(|| CsvWords::new(&crate::script::app_texts(lang)));
    let mut out = io::BufWriter::with_capacity(1 << 16, out);
    match options.format {
        Format::Csv => out.write_all(csv_start(lang, words.as_ref()).as_bytes())?,
        Format::Json => out.write_all(b"[")?,
        Format::Fhir => out.write_all(FHIR_START.as_bytes())?,
    }
    let workers = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(4)
        .min(participants.len());
    if workers <= 1 {
        let mut labels = Labels::new(dialogues);
        for participant in &participants {
            let part = part(
                store,
                participant,
                options,
                lang,
                words.as_ref(),
                &mut labels,
            )
            .map_err(ExportError::Store)?;
            emit(&mut out, &mut exported, options.format, part)?;
        }
    } else {
        let next = AtomicUsize::new(0);
        std::thread::scope(|scope| -> Result<(), ExportError> {
            let (sender, receiver) = mpsc::sync_channel(workers * 2);
            for _ in 0..workers {
                let sender = sender.clone();
                let (next, participants, words) = (&next, &participants, &words);
                scope.spawn(move || {
                    let mut labels = Labels::new(dialogues);
                    loop {
                        let index = next.fetch_add(1, Ordering::Relaxed);
                        let Some(participant) = participants.get(index) else {
                            break;
                        };
                        let part = part(
                            store,
                            participant,
                            options,
                            lang,
                            words.as_ref(),
                            &mut labels,
                        );
                        // The receiver is gone when the export has failed: stop too.
                        if sender.send((index, part)).is_err() {
                            break;
                        }
                    }
                });
            }
            drop(sender);
            // Parts arrive in any order and are written in the participants' order.
            let mut waiting = BTreeMap::new();
            let mut due = 0;
            for (index, part) in receiver {
                waiting.insert(index, part);
                while let Some(part) = waiting.remove(&due) {
                    let part = part.map_err(ExportError::Store)?;
                    emit(&mut out, &mut exported, options.format, part)?;
                    due += 1;
                }
            }
            Ok(())
        })?;
    }
    match options.format {
        Format::Csv => {}
        Format::Json => out.write_all(b"\n]\n")?,
        Format::Fhir => out.write_all(FHIR_END.as_bytes())?,
    }
    out.flush()?;
    Ok(exported)
}

/// [`run`] into a file that only its owner can read (0600): written beside it under a
/// temporary name and renamed over it once complete, so a failed export leaves no
/// half-written file and an existing file is replaced whole, permissions and all.
pub fn run_to_file(
    store: &Store,
    options: &Options,
    lang: Lang,
    dialogues: &Library,
    path: &Path,
) -> Result<Exported, ExportError> {
    write_file(store, options, lang, dialogues, path, true)
}

/// How long a `.NAME.PID.partial` file of an export may stand before a later export takes
/// it for left behind, even if a process with its PID is running (PIDs are reused).
const STALE_PARTIAL: std::time::Duration = std::time::Duration::from_secs(6 * 60 * 60);

/// `samtale export --output FILE`: [`run_to_file`], made safe for a path typed by hand.
///
/// - A path in the data folder is refused: an export there could replace a journal.
/// - A file that is there already is refused unless `replace` (`--force`); without it the
///   finished export is linked into place, which fails rather than replace a file that
///   appeared meanwhile.
/// - An export stopped by SIGINT, SIGTERM or SIGHUP removes its temporary file (it holds
///   personal data) before the process ends with 128 + the signal's number.
/// - Temporary files that an earlier export left beside the output (killed with SIGKILL,
///   a power cut) are removed: those whose process is gone, or older than six hours.
pub fn run_to_output(
    store: &Store,
    options: &Options,
    lang: Lang,
    dialogues: &Library,
    path: &Path,
    replace: bool,
) -> Result<Exported, ExportError> {
    if is_inside(path, store.data_dir()) {
        return Err(ExportError::InsideDataDir {
            path: path.to_path_buf(),
            data_dir: store.data_dir().to_path_buf(),
        });
    }
    if !replace && fs::symlink_metadata(path).is_ok() {
        return Err(ExportError::Exists {
            path: path.to_path_buf(),
        });
    }
    remove_stale_partials(path);
    let temporary = partial_path(path)?;
    let done = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let watcher = watch_signals(&temporary, std::sync::Arc::clone(&done));
    let result = write_file(store, options, lang, dialogues, path, replace);
    done.store(true, Ordering::SeqCst);
    if let Some((handle, thread)) = watcher {
        handle.close();
        let _ = thread.join();
    }
    result
}

/// Removes the temporary file when a signal ends the export. Without this, Ctrl+C or a
/// closed terminal would leave personal data in a hidden file nobody knows of.
fn watch_signals(
    temporary: &Path,
    done: std::sync::Arc<std::sync::atomic::AtomicBool>,
) -> Option<(signal_hook::iterator::Handle, std::thread::JoinHandle<()>)> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    let mut signals = signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP]).ok()?;
    let handle = signals.handle();
    let temporary = temporary.to_path_buf();
    let thread = std::thread::spawn(move || {
        if let Some(signal) = signals.forever().next() {
            if done.load(Ordering::SeqCst) {
                return;
            }
            let _ = fs::remove_file(&temporary);
            std::process::exit(128 + signal);
        }
    });
    Some((handle, thread))
}

/// Whether `path` would be a file in `data_dir` (or one of its folders), symbolic links
/// followed. A data folder that is not there holds nothing to protect.
fn is_inside(path: &Path, data_dir: &Path) -> bool {
    let Ok(data_dir) = fs::canonicalize(data_dir) else {
        return false;
    };
    if fs::canonicalize(path).is_ok_and(|p| p.starts_with(&data_dir)) {
        return true;
    }
    let parent = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    fs::canonicalize(parent).is_ok_and(|p| p.starts_with(&data_dir))
}

/// `.NAME.PID.partial` beside `path`.
fn partial_path(path: &Path) -> Result<PathBuf, ExportError> {
    let name = path
        .file_name()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "not a file name"))?;
    Ok(path.with_file_name(format!(
        ".{}.{}.partial",
        name.to_string_lossy(),
        std::process::id()
    )))
}

/// Removes `.NAME.PID.partial` files beside `path` (for any NAME) that an export which
/// never finished left behind: its process is gone (known on Linux from /proc), or the
/// file is older than [`STALE_PARTIAL`]. Only regular files of that exact form are
/// touched; a failure to remove one is no reason to stop this export.
fn remove_stale_partials(path: &Path) {
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let Ok(entries) = fs::read_dir(folder) else {
        return;
    };
    let own = std::process::id();
    for entry in entries.filter_map(Result::ok) {
        let name = entry.file_name();
        let Some(pid) = name
            .to_str()
            .and_then(|n| n.strip_prefix('.'))
            .and_then(|n| n.strip_suffix(".partial"))
            .and_then(|n| n.rsplit_once('.'))
            .filter(|(stem, _)| !stem.is_empty())
            .and_then(|(_, pid)| pid.parse::<u32>().ok())
        else {
            continue;
        };
        let Ok(metadata) = fs::symlink_metadata(entry.path()) else {
            continue;
        };
        if pid == own || !metadata.is_file() {
            continue;
        }
        let gone = cfg!(target_os = "linux") && !Path::new("/proc").join(pid.to_string()).exists();
        let old = metadata
            .modified()
            .ok()
            .and_then(|m| m.elapsed().ok())
            .is_some_and(|age| age > STALE_PARTIAL);
        if gone || old {
            let _ = fs::remove_file(entry.path());
        }
    }
}

fn write_file(
    store: &Store,
    options: &Options,
    lang: Lang,
    dialogues: &Library,
    path: &Path,
    replace: bool,
) -> Result<Exported, ExportError> {
    let temporary = partial_path(path)?;
    let mut file = private_file(&temporary)?;
    let result = run(store, options, lang, dialogues, &mut file)
        .and_then(|exported| Ok(file.sync_all().map(|()| exported)?))
        .and_then(|exported| {
            if replace {
                fs::rename(&temporary, path)?;
            } else {
                put_in_place(&temporary, path)?;
            }
            Ok(exported)
        });
    let _ = fs::remove_file(&temporary);
    result
}

/// Moves the finished export to `path` without replacing anything there: a hard link
/// fails if the name is taken. Where links are not supported, it is renamed if the name
/// is still free.
fn put_in_place(temporary: &Path, path: &Path) -> Result<(), ExportError> {
    match fs::hard_link(temporary, path) {
        Ok(()) => Ok(()),
        Err(error) if error.kind() == io::ErrorKind::AlreadyExists => Err(ExportError::Exists {
            path: path.to_path_buf(),
        }),
        Err(_) if fs::symlink_metadata(path).is_err() => Ok(fs::rename(temporary, path)?),
        Err(_) => Err(ExportError::Exists {
            path: path.to_path_buf(),
        }),
    }
}

/// A new file, readable and writable by its owner only.
pub fn private_file(path: &Path) -> io::Result<fs::File> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let file = options.open(path)?;
    // The umask can only take permissions away; this makes sure none were added.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        file.set_permissions(fs::Permissions::from_mode(0o600))?;
    }
    Ok(file)
}
