//! Exports: journals in, text out, as CSV for a spreadsheet, JSON for a program, or an
//! HL7 FHIR R4 `Bundle` for a care records system. docs/export-format.md describes every
//! column, field and resource; this module holds what the formats share and runs an
//! export, and each format has a module of its own ([`csv`], [`json`], [`fhir`]).
//!
//! Everything here is pure except [`run`] and the file writers of [`output`], which read
//! journals through the store and write the export out participant by participant, so an
//! export of a whole municipality holds only a few participants' journals in memory.
//!
//! What every format has in common:
//!
//! - **Only conversations with consent** to share all of them ([`shared`]) are exported;
//!   the rest are counted in [`Exported::left_out`].
//! - **A revised answer counts once.** A journal keeps every answer a person gave, and a
//!   revision is a new block; the exports carry only the latest answer of each step (as
//!   `Journal::answers` does), with the time it was given, in the order the steps were
//!   first answered.
//! - **Set-aside answers** (answered, then no longer on the path, listed as `hidden:` in
//!   the finished block) are kept in CSV and JSON and marked `set_aside`; they are left
//!   out of FHIR, whose response holds the answers that were part of the result.
//! - **Journals come in the store's order**: participants sorted, each one's oldest first.

pub mod csv;
pub mod fhir;
pub mod json;
mod output;

use std::collections::{BTreeMap, BTreeSet};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;

use chrono::NaiveDate;

pub use self::csv::{CSV_COLUMNS, CsvWords, SCORE_COLUMNS, csv, csv_scores};
pub use self::fhir::{BundleKind, FhirSettings, fhir, fhir_with, questionnaire};
pub use self::json::json;
pub use self::output::{private_file, run_to_file, run_to_output};

use crate::engine::{Answer, Stamp, Value};
use crate::i18n::Lang;
use crate::journal::format::{Block, Journal};
use crate::journal::store::{Found, Store, StoreError};
use crate::script::{Consent, Library};

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
    /// The CSV's layout: a row per answer, or a row per conversation with its scores
    /// and flags (`--scores`).
    pub scores: bool,
    /// The FHIR Bundle's type (`--bundle collection|transaction`).
    pub bundle: BundleKind,
    /// The FHIR export's base URL and identifier systems (config.ron).
    pub fhir: FhirSettings,
}

impl Options {
    /// Everyone's or one participant's conversations, in this format, with the defaults
    /// of everything else.
    pub fn new(who: Who, format: Format) -> Options {
        Options {
            who,
            dialogue: None,
            since: None,
            format,
            headers: Headers::default(),
            scores: false,
            bundle: BundleKind::default(),
            fhir: FhirSettings::default(),
        }
    }
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
pub(crate) struct Row<'a> {
    pub at: &'a Stamp,
    pub step: &'a str,
    pub question: &'a str,
    pub shown: &'a str,
    pub answer: &'a Answer,
    pub set_aside: bool,
}

/// The latest answer of every step, in the order the steps were first answered.
pub(crate) fn rows(journal: &Journal) -> Vec<Row<'_>> {
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

pub(crate) fn finished_at(journal: &Journal) -> Option<&Stamp> {
    match journal.finished() {
        Some(Block::Finished { at, .. }) => Some(at),
        _ => None,
    }
}

/// A time as JSON and FHIR write it: RFC 3339 with its UTC offset, to the second.
pub(crate) fn stamp(at: &Stamp) -> String {
    at.to_rfc3339_opts(chrono::SecondsFormat::Secs, false)
}

pub(crate) fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// The value kind, as the CSV and JSON name it.
pub(crate) fn kind(answer: &Answer) -> &'static str {
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
pub(crate) fn number(n: f64) -> String {
    format!("{n}")
}

pub(crate) fn status(journal: &Journal) -> &'static str {
    if journal.is_finished() {
        "completed"
    } else {
        "in-progress"
    }
}

/// The points a scored choice gives, from the dialogue as the library has it: `None`
/// for a step that is not a scored single choice, or a dialogue no longer there.
pub(crate) fn choice_score(
    library: &Library,
    dialogue: &str,
    step: &str,
    choice: &str,
) -> Option<f64> {
    let script = library.get(dialogue)?;
    let found = crate::engine::flow::steps(&script.dialogue)
        .into_iter()
        .find(|(_, s)| s.id == step)
        .map(|(_, s)| s)?;
    choice_list(&script.dialogue, found)?
        .iter()
        .find(|c| c.id == choice)
        .and_then(|c| c.score)
}

/// The choices of a single or multiple choice step, from its set or its own list.
pub(crate) fn choice_list<'a>(
    dialogue: &'a crate::script::Dialogue,
    step: &'a crate::script::Step,
) -> Option<&'a [crate::script::Choice]> {
    use crate::script::{Choices, StepKind};
    let choices = match &step.kind {
        StepKind::Single { choices } | StepKind::Multi { choices, .. } => choices,
        _ => return None,
    };
    match choices {
        Choices::Set(set) => dialogue.choice_sets.get(set).map(Vec::as_slice),
        Choices::List(list) => Some(list.as_slice()),
    }
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
    /// The dialogues and versions of the conversations exported.
    pub dialogues: BTreeSet<(String, u32)>,
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

/// Formats conversations in the export's format; one per thread.
pub(crate) struct Formatter<'a> {
    options: &'a Options,
    lang: Lang,
    words: Option<&'a CsvWords>,
    fhir: fhir::Labels<'a>,
}

impl<'a> Formatter<'a> {
    fn new(
        options: &'a Options,
        lang: Lang,
        library: &'a Library,
        words: Option<&'a CsvWords>,
    ) -> Formatter<'a> {
        Formatter {
            options,
            lang,
            words,
            fhir: fhir::Labels::new(library),
        }
    }

    /// One conversation as a chunk of the export, and how many answers it holds.
    fn chunk(&mut self, found: &Found) -> (String, usize) {
        let library = self.fhir.library;
        match self.options.format {
            Format::Csv if self.options.scores => csv::scores_row(
                found,
                self.lang,
                self.words,
                library,
                self.options.dialogue.as_deref(),
            ),
            Format::Csv => csv::answer_rows(found, self.lang, self.words, library),
            Format::Json => json::conversation(found, library),
            Format::Fhir => fhir::entries(
                found,
                &mut self.fhir,
                &self.options.fhir,
                self.options.bundle,
            ),
        }
    }

    fn start(&self) -> String {
        match self.options.format {
            Format::Csv if self.options.scores => csv::scores_start(
                self.lang,
                self.words,
                self.fhir.library,
                self.options.dialogue.as_deref(),
            ),
            Format::Csv => csv::answers_start(self.lang, self.words),
            Format::Json => "[".to_owned(),
            Format::Fhir => fhir::start(self.options.bundle),
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
    dialogues: BTreeSet<(String, u32)>,
}

fn part(store: &Store, participant: &str, formatter: &mut Formatter) -> Result<Part, StoreError> {
    let mut part = Part {
        chunks: Vec::new(),
        answers: 0,
        left_out: 0,
        unreadable: Vec::new(),
        dialogues: BTreeSet::new(),
    };
    let mut found = Vec::new();
    for journal in store.journals(participant)? {
        match journal {
            Ok(journal) => found.push(journal),
            Err(error) => part.unreadable.push(error),
        }
    }
    for found in select(found, formatter.options) {
        if !shared(&found.journal, formatter.fhir.library) {
            part.left_out += 1;
            continue;
        }
        let (chunk, answers) = formatter.chunk(&found);
        part.answers += answers;
        part.chunks.push(chunk);
        let header = &found.journal.header;
        part.dialogues
            .insert((header.dialogue.clone(), header.dialogue_version));
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
        match format {
            Format::Csv => {}
            Format::Json if exported.conversations == 0 => out.write_all(b"\n")?,
            Format::Json => out.write_all(b",\n")?,
            Format::Fhir => out.write_all(fhir::before_entry(exported.conversations).as_bytes())?,
        }
        out.write_all(chunk.as_bytes())?;
        exported.conversations += 1;
    }
    exported.answers += part.answers;
    exported.left_out += part.left_out;
    exported.unreadable.extend(part.unreadable);
    exported.dialogues.extend(part.dialogues);
    Ok(())
}

/// Writes the export the options ask for. Journals that cannot be read are left out and
/// returned in [`Exported::unreadable`].
///
/// Participants are read and formatted on as many threads as there are cores (at most
/// four) and written out in order, so the output is exactly what [`csv()`], [`json()`]
/// and [`fhir()`] give for the same journals; only a few participants' journals are in
/// memory at a time, however many there are.
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
    out.write_all(
        Formatter::new(options, lang, dialogues, words.as_ref())
            .start()
            .as_bytes(),
    )?;
    let workers = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(4)
        .min(participants.len());
    if workers <= 1 {
        let mut formatter = Formatter::new(options, lang, dialogues, words.as_ref());
        for participant in &participants {
            let part = part(store, participant, &mut formatter).map_err(ExportError::Store)?;
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
                    let mut formatter = Formatter::new(options, lang, dialogues, words.as_ref());
                    loop {
                        let index = next.fetch_add(1, Ordering::Relaxed);
                        let Some(participant) = participants.get(index) else {
                            break;
                        };
                        let part = part(store, participant, &mut formatter);
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
        Format::Fhir => {
            let questionnaires = fhir::questionnaire_entries(
                &exported.dialogues,
                dialogues,
                lang,
                &options.fhir,
                options.bundle,
            );
            let mut entries = exported.conversations;
            for entry in questionnaires {
                out.write_all(fhir::before_entry(entries).as_bytes())?;
                out.write_all(entry.as_bytes())?;
                entries += 1;
            }
            out.write_all(fhir::end(entries).as_bytes())?;
        }
    }
    out.flush()?;
    Ok(exported)
}
