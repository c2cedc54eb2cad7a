//! CSV for a spreadsheet (docs/export-format.md, "CSV"), written with the `csv` crate.
//!
//! Two layouts: a row per answer ([`csv`], the default), or a row per conversation with
//! its scores and flags ([`csv_scores`], `export --format csv --scores`): what a yearly
//! report totals.
//!
//! `samtale export` writes the column names and coded values in the reader's language
//! by default (`Headers::Words`); with `--headers ids` they are the stable English ids of
//! [`CSV_COLUMNS`] and [`SCORE_COLUMNS`], for programs that read the file by column name.
//!
//! Under Danish the CSV is made for Danish Excel and LibreOffice in da-DK: `;` between
//! fields, a decimal comma and a UTF-8 byte-order mark (without it Excel reads æøå
//! wrongly). In English it is plain RFC 4180 data: `,` between fields, a decimal point.
//! Both quote a field that holds the separator, a quote or a line break, double its
//! quotes, and end rows in CRLF. In both:
//!
//! - **Times** are written `2026-03-02 09:19:00`, in the time zone the conversation
//!   started in (its offset is the column `utc_offset`, `UTC+01:00`), which every spreadsheet reads as
//!   a date and time; an RFC 3339 time with its offset stays text in a da-DK one.
//! - **The formula guard**: a cell a spreadsheet would run as a formula (`=`, `+`, `-`,
//!   `@`, a tab or a carriage return first, and not a number) starts with an invisible
//!   ZERO WIDTH SPACE (U+200B), so the spreadsheet shows the text as it was typed and runs
//!   nothing. (Excel's `'` shows as a visible apostrophe when a CSV is opened.)

use ::csv::{QuoteStyle, Terminator, WriterBuilder};

use super::{Row, choice_score, file_name, finished_at, kind, number, rows};
use crate::engine::{Answer, Stamp, Value};
use crate::i18n::{Lang, Texts};
use crate::journal::format::Block;
use crate::journal::store::Found;
use crate::script::Library;

/// The answer layout's columns, in order.
pub const CSV_COLUMNS: [&str; 15] = [
    "participant",
    "dialogue",
    "dialogue_version",
    "journal",
    "started",
    "utc_offset",
    "answered_at",
    "step",
    "question",
    "answer_shown",
    "value",
    "value_kind",
    "score",
    "finished",
    "set_aside",
];

/// The score layout's first columns; a column per score and per flag of every dialogue
/// exported follows (`<dialogue>.<score>`, `<dialogue>.flag.<flag>`).
pub const SCORE_COLUMNS: [&str; 9] = [
    "participant",
    "dialogue",
    "dialogue_version",
    "journal",
    "mode",
    "started",
    "utc_offset",
    "finished",
    "status",
];

/// What precedes a cell that a spreadsheet would run as a formula.
pub const FORMULA_GUARD: char = '\u{200B}';

/// The words a CSV in the reader's language uses for its columns and coded values, from
/// the Fluent messages `csv-col-<id>` and `csv-kind-<kind>`.
#[derive(Debug, Clone)]
pub struct CsvWords {
    /// Message key → words, for every column, mode, status and the flag mark.
    messages: Vec<(String, String)>,
    kinds: Vec<(&'static str, String)>,
    yes: String,
    no: String,
}

impl CsvWords {
    pub fn new(texts: &Texts) -> CsvWords {
        let kinds = [
            "skipped", "text", "number", "choice", "choices", "yesno", "entries", "entry",
        ];
        let keys = CSV_COLUMNS
            .iter()
            .chain(SCORE_COLUMNS.iter())
            .map(|id| format!("csv-col-{}", id.replace('_', "-")))
            .chain(
                ["facilitated", "self", "rehearsal"]
                    .iter()
                    .map(|m| format!("csv-mode-{m}")),
            )
            .chain(
                ["completed", "in-progress"]
                    .iter()
                    .map(|s| format!("csv-status-{s}")),
            )
            .chain(std::iter::once("csv-flag".to_owned()));
        CsvWords {
            messages: keys
                .map(|key| {
                    let words = texts.get(&key, &[]);
                    (key, words)
                })
                .collect(),
            kinds: kinds
                .into_iter()
                .map(|kind| (kind, texts.get(&format!("csv-kind-{kind}"), &[])))
                .collect(),
            yes: texts.get("answer-yes", &[]).to_lowercase(),
            no: texts.get("answer-no", &[]).to_lowercase(),
        }
    }

    fn message(&self, key: &str) -> String {
        self.messages
            .iter()
            .find(|(k, _)| k == key)
            .map_or_else(|| key.to_owned(), |(_, words)| words.clone())
    }

    fn column(&self, id: &str) -> String {
        self.message(&format!("csv-col-{}", id.replace('_', "-")))
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

struct Style {
    separator: u8,
    decimal_comma: bool,
    bom: bool,
}

impl Style {
    fn for_lang(lang: Lang) -> Style {
        match lang {
            Lang::Da => Style {
                separator: b';',
                decimal_comma: true,
                bom: true,
            },
            Lang::En => Style {
                separator: b',',
                decimal_comma: false,
                bom: false,
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

    /// Rows as CSV text: quoted where needed, every cell guarded against formulas.
    fn write(&self, rows: &[Vec<String>]) -> String {
        let mut writer = WriterBuilder::new()
            .delimiter(self.separator)
            .terminator(Terminator::CRLF)
            .quote_style(QuoteStyle::Necessary)
            .flexible(true)
            .from_writer(Vec::new());
        for row in rows {
            // Writing to a Vec cannot fail.
            let _ = writer.write_record(row.iter().map(|cell| guard(cell).into_owned()));
        }
        let bytes = writer.into_inner().unwrap_or_default();
        String::from_utf8(bytes).unwrap_or_default()
    }
}

/// A cell a spreadsheet would evaluate: it starts like a formula and is not a number.
pub fn runs_as_formula(cell: &str) -> bool {
    cell.starts_with(['=', '+', '-', '@', '\t', '\r']) && crate::i18n::parse_number(cell).is_none()
}

fn guard(cell: &str) -> std::borrow::Cow<'_, str> {
    if runs_as_formula(cell) {
        std::borrow::Cow::Owned(format!("{FORMULA_GUARD}{cell}"))
    } else {
        std::borrow::Cow::Borrowed(cell)
    }
}

/// A time as a spreadsheet reads it, in the offset of `zone` (the conversation's start).
fn local(at: &Stamp, zone: &Stamp) -> String {
    at.with_timezone(zone.offset())
        .format("%Y-%m-%d %H:%M:%S")
        .to_string()
}

/// `UTC+01:00`: with the letters in front, no spreadsheet takes it for a number or a
/// formula.
fn offset(zone: &Stamp) -> String {
    zone.format("UTC%:z").to_string()
}

fn header(style: &Style, columns: Vec<String>) -> String {
    let mut out = String::new();
    if style.bom {
        out.push('\u{feff}');
    }
    out.push_str(&style.write(&[columns]));
    out
}

/// The answer layout's header row (and the byte-order mark under Danish).
pub(crate) fn answers_start(lang: Lang, words: Option<&CsvWords>) -> String {
    let columns = CSV_COLUMNS
        .iter()
        .map(|id| words.map_or_else(|| (*id).to_owned(), |w| w.column(id)))
        .collect();
    header(&Style::for_lang(lang), columns)
}

/// One conversation in the answer layout, and how many answers it holds.
pub(crate) fn answer_rows(
    found: &Found,
    lang: Lang,
    words: Option<&CsvWords>,
    library: &Library,
) -> (String, usize) {
    let style = Style::for_lang(lang);
    let journal = &found.journal;
    let header = &journal.header;
    let zone = &header.started;
    let file = file_name(&found.path);
    let started = local(zone, zone);
    let finished = finished_at(journal)
        .map(|at| local(at, zone))
        .unwrap_or_default();
    let version = header.dialogue_version.to_string();
    let yes_no = |yes: bool| match words {
        Some(words) => words.yes_no(yes).to_owned(),
        None => yes.to_string(),
    };
    let answers = rows(journal);
    let mut out: Vec<Vec<String>> = Vec::new();
    for row in &answers {
        let Row {
            at,
            step,
            question,
            shown,
            answer,
            set_aside,
        } = row;
        let line = |step: &str, shown: &str, value: &str, kind: &str, score: &str| {
            let kind = words.map_or(kind, |words| words.kind(kind));
            vec![
                header.participant.clone(),
                header.dialogue.clone(),
                version.clone(),
                file.clone(),
                started.clone(),
                offset(zone),
                local(at, zone),
                step.to_owned(),
                (*question).to_owned(),
                shown.to_owned(),
                value.to_owned(),
                kind.to_owned(),
                score.to_owned(),
                finished.clone(),
                yes_no(*set_aside),
            ]
        };
        let mut score = String::new();
        let value = match answer {
            Answer::Skipped => String::new(),
            Answer::Given(value) => match value {
                Value::Text(text) => text.clone(),
                Value::Number(n) => style.number(*n),
                Value::Choice(id) => {
                    if let Some(points) = choice_score(library, &header.dialogue, step, id) {
                        score = style.number(points);
                    }
                    id.clone()
                }
                Value::Choices(ids) => ids.join(" "),
                Value::YesNo(yes) => yes_no(*yes),
                Value::Entries(entries) => entries.len().to_string(),
            },
        };
        out.push(line(step, shown, &value, kind(answer), &score));
        if let Answer::Given(Value::Entries(entries)) = answer {
            for (index, entry) in entries.iter().enumerate() {
                for (field, text) in &entry.fields {
                    let step = format!("{step}.{}.{field}", index + 1);
                    out.push(line(&step, text, text, "entry", ""));
                }
            }
        }
    }
    (style.write(&out), answers.len())
}

/// One row per answer, with a header row of the stable ids; see the module's notes.
pub fn csv(journals: &[Found], lang: Lang, library: &Library) -> String {
    let mut out = answers_start(lang, None);
    for found in journals {
        out.push_str(&answer_rows(found, lang, None, library).0);
    }
    out
}

// ---------------------------------------------------------------------------------------
// The score layout
// ---------------------------------------------------------------------------------------

/// A score or flag column: which dialogue, which score or flag.
struct Column {
    dialogue: String,
    id: String,
    flag: bool,
}

/// A column for every score and flag of every dialogue in the library (or only of
/// `dialogue`), in the library's order: the same columns however many conversations.
fn score_columns(library: &Library, dialogue: Option<&str>) -> Vec<Column> {
    let mut columns = Vec::new();
    for script in library.scripts() {
        let d = &script.dialogue;
        if dialogue.is_some_and(|wanted| wanted != d.id) {
            continue;
        }
        for score in &d.scores {
            columns.push(Column {
                dialogue: d.id.clone(),
                id: score.id.clone(),
                flag: false,
            });
        }
        for flag in &d.flags {
            columns.push(Column {
                dialogue: d.id.clone(),
                id: flag.id.clone(),
                flag: true,
            });
        }
    }
    columns
}

/// The score layout's header row: a dialogue's score is "WHO-5: Råscore" in words and
/// `who5.raw` as an id; a flag "WHO-5: … (markering)" and `who5.flag.low-wellbeing`.
pub(crate) fn scores_start(
    lang: Lang,
    words: Option<&CsvWords>,
    library: &Library,
    dialogue: Option<&str>,
) -> String {
    let texts = words.map(|_| library.texts(lang));
    let mut columns: Vec<String> = SCORE_COLUMNS
        .iter()
        .map(|id| words.map_or_else(|| (*id).to_owned(), |w| w.column(id)))
        .collect();
    for column in score_columns(library, dialogue) {
        let name = match (&texts, words) {
            (Some(texts), Some(words)) => {
                let title = texts.get(&crate::script::keys::title(&column.dialogue), &[]);
                let label = texts.get(
                    &crate::script::keys::item(&column.dialogue, &column.id),
                    &[],
                );
                if column.flag {
                    // A flag's message is a paragraph: its first sentence names it.
                    let first = label
                        .split_inclusive(". ")
                        .next()
                        .unwrap_or(&label)
                        .trim_end();
                    let flag = words.message("csv-flag");
                    format!("{title}: {first} ({flag})")
                } else {
                    format!("{title}: {label}")
                }
            }
            _ if column.flag => format!("{}.flag.{}", column.dialogue, column.id),
            _ => format!("{}.{}", column.dialogue, column.id),
        };
        columns.push(name);
    }
    header(&Style::for_lang(lang), columns)
}

/// One conversation in the score layout: its scores as numbers, each flag 1 when it
/// fired and 0 when not (empty before the conversation finished, and in the columns of
/// other dialogues), so that a spreadsheet can total and count them.
pub(crate) fn scores_row(
    found: &Found,
    lang: Lang,
    words: Option<&CsvWords>,
    library: &Library,
    dialogue: Option<&str>,
) -> (String, usize) {
    let style = Style::for_lang(lang);
    let journal = &found.journal;
    let header = &journal.header;
    let zone = &header.started;
    let finished = journal.finished();
    let mut row = vec![
        header.participant.clone(),
        header.dialogue.clone(),
        header.dialogue_version.to_string(),
        file_name(&found.path),
        header.mode.tag().to_owned(),
        local(zone, zone),
        offset(zone),
        finished_at(journal)
            .map(|at| local(at, zone))
            .unwrap_or_default(),
        super::status(journal).to_owned(),
    ];
    if let Some(words) = words {
        row[4] = words.message(&format!("csv-mode-{}", header.mode.tag()));
        row[8] = words.message(&format!("csv-status-{}", row[8]));
    }
    for column in score_columns(library, dialogue) {
        let cell = match finished {
            Some(Block::Finished { scores, flags, .. }) if column.dialogue == header.dialogue => {
                if column.flag {
                    let fired = flags.iter().any(|f| f.id == column.id);
                    (if fired { "1" } else { "0" }).to_owned()
                } else {
                    scores
                        .iter()
                        .find(|s| s.id == column.id)
                        .map(|s| style.number(s.value))
                        .unwrap_or_default()
                }
            }
            _ => String::new(),
        };
        row.push(cell);
    }
    (style.write(&[row]), rows(journal).len())
}

/// One row per conversation with its scores and flags, with a header row of the stable
/// ids; `dialogue` limits the score columns to one dialogue's (as `--dialogue` does).
pub fn csv_scores(
    journals: &[Found],
    lang: Lang,
    library: &Library,
    dialogue: Option<&str>,
) -> String {
    let mut out = scores_start(lang, None, library, dialogue);
    for found in journals {
        out.push_str(&scores_row(found, lang, None, library, dialogue).0);
    }
    out
}
