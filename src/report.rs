//! The line-mode commands that look back: a participant's history, one journal read-only,
//! the trend of an instrument, the ORS target, and the crisis card.
//!
//! Each writes plain text to a `&mut dyn Write` (no colour, no box drawing: screen
//! readers and pipes read it as it is) and returns what went wrong as a [`ReportError`],
//! which [`message`] words and [`exit_code`] maps to samtale's exit codes.

mod goals;

use std::fs::{self, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use unicode_width::UnicodeWidthStr;

use crate::card;
use crate::config::CrisisContact;
use crate::engine::{Stamp, neutralise};
use crate::exit;
use crate::history::{self, Instrument, KeyScore, Reference, TargetError};
use crate::i18n::{Lang, Texts};
use crate::journal::store;
use crate::journal::{Found, Journal, Row, Store, StoreError, Want};
use crate::script::{Library, keys};
use crate::wording;

#[derive(Debug)]
pub enum ReportError {
    /// Journals could not be listed or read.
    Store(StoreError),
    /// The ORS target could not be read or stored.
    Target(TargetError),
    /// The participant has no finished crisis plan to make a card of.
    NoPlan { participant: String },
    /// No finished network map for the participant.
    NoMap { participant: String },
    /// `card --dialogue ID` names a dialogue that puts nothing on a card.
    NotACardPlan { dialogue: String },
    /// `card --with/--without` named steps the crisis plan does not have.
    UnknownCardStep { steps: String },
    /// `show` was given a number the history does not have.
    NoSuchEntry {
        participant: String,
        number: usize,
        count: usize,
    },
    /// `--seen` for a conversation that was not entered at the kiosk, or is not finished.
    NotFromKiosk { number: usize },
    /// `--seen` without the number of a conversation.
    SeenWhich,
    /// A card file could not be written.
    Write { path: PathBuf, error: io::Error },
    /// The output could not be written (a closed pipe).
    Output(io::Error),
}

impl From<io::Error> for ReportError {
    fn from(error: io::Error) -> Self {
        ReportError::Output(error)
    }
}

impl From<StoreError> for ReportError {
    fn from(error: StoreError) -> Self {
        ReportError::Store(error)
    }
}

impl From<TargetError> for ReportError {
    fn from(error: TargetError) -> Self {
        ReportError::Target(error)
    }
}

/// What went wrong, in the user's language, with what to do next.
pub fn message(texts: &Texts, error: &ReportError) -> String {
    match error {
        ReportError::Store(error) => crate::wording::store_message(texts, error),
        ReportError::Target(TargetError::BadParticipant(name)) => {
            texts.get("store-bad-participant", &[("name", name.clone())])
        }
        ReportError::Target(TargetError::OutOfRange { value }) => {
            texts.get("target-out-of-range", &[("value", texts.number(*value, 1))])
        }
        ReportError::Target(TargetError::BadFile {
            path,
            line,
            column,
            detail,
        }) => texts.get(
            "target-bad-file",
            &[
                ("path", path.display().to_string()),
                ("line", line.to_string()),
                ("column", column.to_string()),
                ("detail", detail.clone()),
            ],
        ),
        ReportError::Target(TargetError::Io { path, error }) => texts.get(
            "target-io",
            &[
                ("path", path.display().to_string()),
                ("detail", crate::wording::os_error(texts, error)),
            ],
        ),
        ReportError::Target(TargetError::Unusable {
            path,
            too_large: None,
        }) => texts.get(
            "storage-not-a-file",
            &[("path", path.display().to_string())],
        ),
        ReportError::Target(TargetError::Unusable {
            path,
            too_large: Some(limit),
        }) => texts.get(
            "storage-too-large",
            &[
                ("path", path.display().to_string()),
                ("limit", limit.to_string()),
            ],
        ),
        ReportError::NoPlan { participant } => {
            texts.get("card-no-plan", &[("participant", participant.clone())])
        }
        ReportError::NoMap { participant } => {
            texts.get("map-no-map", &[("participant", participant.clone())])
        }
        ReportError::NotACardPlan { dialogue } => {
            texts.get("card-not-a-plan", &[("dialogue", dialogue.clone())])
        }
        ReportError::UnknownCardStep { steps } => {
            texts.get("card-unknown-step", &[("steps", steps.clone())])
        }
        ReportError::NoSuchEntry {
            participant,
            number,
            count,
        } => texts.get(
            "history-no-such-entry",
            &[
                ("participant", participant.clone()),
                ("number", number.to_string()),
                ("count", count.to_string()),
            ],
        ),
        ReportError::NotFromKiosk { number } => {
            texts.get("history-seen-not-kiosk", &[("number", number.to_string())])
        }
        ReportError::SeenWhich => texts.get("history-seen-which", &[]),
        ReportError::Write { path, error } => texts.get(
            "card-io",
            &[
                ("path", path.display().to_string()),
                ("detail", crate::wording::os_error(texts, error)),
            ],
        ),
        ReportError::Output(error) => texts.get(
            "report-output",
            &[("detail", crate::wording::os_error(texts, error))],
        ),
    }
}

/// The exit code for an error, as README.md documents them.
pub fn exit_code(error: &ReportError) -> i32 {
    match error {
        ReportError::Store(StoreError::Busy { .. }) => exit::BUSY,
        ReportError::Store(StoreError::BadParticipant(_)) => exit::USAGE,
        ReportError::Store(_) => exit::STORAGE,
        ReportError::Target(TargetError::BadParticipant(_) | TargetError::OutOfRange { .. }) => {
            exit::USAGE
        }
        ReportError::Target(TargetError::BadFile { .. } | TargetError::Unusable { .. }) => {
            exit::PROBLEMS
        }
        ReportError::Target(TargetError::Io { .. }) => exit::STORAGE,
        ReportError::NoPlan { .. } | ReportError::NoMap { .. } => exit::PROBLEMS,
        ReportError::NotACardPlan { .. } => exit::USAGE,
        ReportError::NoSuchEntry { .. }
        | ReportError::NotFromKiosk { .. }
        | ReportError::SeenWhich
        | ReportError::UnknownCardStep { .. } => exit::USAGE,
        ReportError::Write { .. } | ReportError::Output(_) => exit::STORAGE,
    }
}

/// A participant's readable journals, and the problems of those that could not be read.
fn load(store: &Store, participant: &str) -> Result<(Vec<Found>, Vec<StoreError>), ReportError> {
    let mut found = Vec::new();
    let mut broken = Vec::new();
    for result in store.journals(participant)? {
        match result {
            Ok(f) => found.push(f),
            Err(error) => broken.push(error),
        }
    }
    Ok((found, broken))
}

/// What the history keeps of a dialogue's journals beyond the header: the answer to its
/// consent step (whether it may be shared), its instrument's key score, and, for a plan,
/// every answer (how complete it is).
pub fn history_want(dialogues: &Library, dialogue: &str) -> Want {
    let script = dialogues.get(dialogue);
    Want {
        step: script
            .and_then(|script| script.dialogue.consent_step())
            .map(|step| step.id.clone()),
        score: Instrument::of(dialogue).map(Instrument::score_id),
        every_answer: script.is_some_and(|script| crate::completeness::applies(&script.dialogue)),
        every_score: false,
    }
}

/// As [`load`], each journal as the [`Row`] the history's table shows, in the history's
/// order: by the time it started, then by file.
fn load_rows(
    store: &Store,
    participant: &str,
    want: &(dyn Fn(&str) -> Want + Sync),
) -> Result<(Vec<Row>, Vec<StoreError>), ReportError> {
    let mut rows = Vec::new();
    let mut broken = Vec::new();
    for result in store.rows(participant, want)? {
        match result {
            Ok(row) => rows.push(row),
            Err(error) => broken.push(error),
        }
    }
    in_history_order(&mut rows);
    Ok((rows, broken))
}

fn say_broken(texts: &Texts, broken: &[StoreError], out: &mut dyn Write) -> io::Result<()> {
    for error in broken {
        let problem = crate::wording::store_message(texts, error);
        writeln!(
            out,
            "{}",
            texts.get("report-unreadable", &[("problem", problem)])
        )?;
    }
    Ok(())
}

/// The pseudonyms with journals, one a line.
pub fn participants(store: &Store, texts: &Texts, out: &mut dyn Write) -> Result<(), ReportError> {
    let names = store.participants();
    if names.is_empty() {
        writeln!(out, "{}", texts.get("history-no-participants", &[]))?;
        return Ok(());
    }
    writeln!(out, "{}", texts.get("home-known-participants", &[]))?;
    for name in names {
        writeln!(out, "  {name}")?;
    }
    Ok(())
}

fn date(at: &Stamp) -> String {
    at.format("%Y-%m-%d").to_string()
}

fn time(at: &Stamp) -> String {
    at.format("%H:%M").to_string()
}

/// [`date`] and [`time`] written onto `out`: the same text, without a formatter's parse of
/// its pattern for each of thousands of lines.
fn push_date(out: &mut String, at: &Stamp) {
    use chrono::Datelike;
    use std::fmt::Write as _;
    let year = at.year();
    if (0..=9999).contains(&year) {
        let _ = write!(out, "{year:04}-{:02}-{:02}", at.month(), at.day());
    } else {
        out.push_str(&date(at));
    }
}

fn push_time(out: &mut String, at: &Stamp) {
    use chrono::Timelike;
    use std::fmt::Write as _;
    let _ = write!(out, "{:02}:{:02}", at.hour(), at.minute());
}

fn score_text(texts: &Texts, score: &KeyScore) -> String {
    let value = texts.number(score.value, score.decimals);
    match (score.id.as_str(), score.max) {
        ("percent", _) => texts.get("report-percent", &[("value", value)]),
        (_, Some(max)) => texts.get(
            "report-of-max",
            &[("value", value), ("max", texts.number(max, 0))],
        ),
        (_, None) => value,
    }
}

/// Every conversation with the participant, oldest first, as a table: number, date,
/// time, title, finished or not, the key score, and the journal's file name.
pub fn history(
    store: &Store,
    participant: &str,
    texts: &Texts,
    dialogues: &Library,
    out: &mut dyn Write,
) -> Result<(), ReportError> {
    // Of each journal what its line shows (its header, whether it may be shared, its key
    // score, whether staff have seen a kiosk one), not every answer.
    let (rows, broken) = load_rows(store, participant, &|dialogue| {
        history_want(dialogues, dialogue)
    })?;
    history_of(store, participant, texts, dialogues, rows, &broken, out)
}

/// [`history`]'s table of rows read in any way (each journal parsed whole, in the tests
/// that hold the rows found in the text to the whole journals'), in the history's order.
pub fn history_of(
    store: &Store,
    participant: &str,
    texts: &Texts,
    dialogues: &Library,
    mut rows: Vec<Row>,
    broken: &[StoreError],
    out: &mut dyn Write,
) -> Result<(), ReportError> {
    in_history_order(&mut rows);
    // The whole table in one string and one write: a participant may have thousands.
    let mut text = String::new();
    history_table(
        store,
        participant,
        texts,
        dialogues,
        &rows,
        broken,
        &mut text,
    );
    out.write_all(text.as_bytes())?;
    // Sub-goals are written just before `finished`, which a row does not read: the whole
    // journals are read for them, only when a dialogue that has them was held.
    if goals::any(rows.iter().map(|r| r.dialogue.as_str()), dialogues) {
        let (whole, _) = load(store, participant)?;
        goals::write(texts, &goals::of(&whole), out)?;
    }
    out.flush()?;
    Ok(())
}

/// By the time each conversation started; a stable sort, so journals started at the same
/// time stay in the order of their files, as `history::list` orders them.
fn in_history_order(rows: &mut [Row]) {
    rows.sort_by_key(|row| row.started);
}

/// The cells many lines share (titles, statuses, scores), each worded once with its width.
#[derive(Default)]
struct Words {
    text: Vec<(String, usize)>,
}

impl Words {
    fn add(&mut self, text: String) -> usize {
        let width = text.width();
        self.text.push((text, width));
        self.text.len() - 1
    }
}

/// The first of each distinct key gets `make`'s text; later ones get the same.
fn worded<K: std::hash::Hash + Eq>(
    seen: &mut std::collections::HashMap<K, usize>,
    words: &mut Words,
    key: K,
    make: impl FnOnce() -> String,
) -> usize {
    *seen.entry(key).or_insert_with(|| words.add(make()))
}

fn history_table(
    store: &Store,
    participant: &str,
    texts: &Texts,
    dialogues: &Library,
    rows: &[Row],
    broken: &[StoreError],
    out: &mut String,
) {
    use std::collections::HashMap;
    let line = |out: &mut String, text: String| {
        out.push_str(&text);
        out.push('\n');
    };
    line(
        out,
        texts.get(
            "history-heading",
            &[("participant", participant.to_owned())],
        ),
    );
    if rows.is_empty() {
        line(
            out,
            texts.get("history-none", &[("participant", participant.to_owned())]),
        );
        say_broken_into(texts, broken, out);
        return;
    }
    let headings = [
        "history-col-number",
        "history-col-date",
        "history-col-time",
        "history-col-conversation",
        "history-col-status",
        "history-col-score",
        "history-col-file",
    ]
    .map(|key| texts.get(key, &[]));
    // The same few words on thousands of lines: each worded once.
    let status = StatusWords::new(texts);
    let mut words = Words::default();
    let mut scripts: HashMap<&str, Option<&crate::script::Script>> = HashMap::new();
    let mut titles: HashMap<(&str, &str), usize> = HashMap::new();
    let mut statuses: HashMap<(bool, u8, bool), usize> = HashMap::new();
    let mut scores: HashMap<(&str, u64, Option<u64>), usize> = HashMap::new();
    let mut filled: HashMap<(usize, usize), usize> = HashMap::new();
    let dash = words.add("–".to_owned());
    // Per line: date, time, and the words of title, status and score.
    let cells: Vec<[usize; 3]> = rows
        .iter()
        .map(|row| {
            let script = *scripts
                .entry(row.dialogue.as_str())
                .or_insert_with(|| dialogues.get(&row.dialogue));
            let title = worded(&mut titles, &mut words, (&row.dialogue, &row.title), || {
                crate::journal::view::title(texts, &row.dialogue, &row.title)
            });
            let kiosk = if row.awaits_staff() {
                1
            } else if row.entered == Some(crate::journal::Entered::Kiosk) {
                2
            } else {
                0
            };
            let shared =
                script.is_some_and(|script| script.dialogue.consent(&row.answers).shared());
            let state = worded(
                &mut statuses,
                &mut words,
                (row.finished, kiosk, shared),
                || status_text(&status, row.finished, kiosk, shared),
            );
            let instrument = Instrument::of(&row.dialogue);
            let score = match (row.score, instrument) {
                (Some(score), Some(instrument)) => worded(
                    &mut scores,
                    &mut words,
                    (
                        instrument.dialogue(),
                        score.value.to_bits(),
                        score.max.map(f64::to_bits),
                    ),
                    || {
                        let key = KeyScore {
                            id: instrument.score_id().to_owned(),
                            value: score.value,
                            max: score.max,
                            decimals: instrument.decimals(),
                        };
                        score_text(texts, &key)
                    },
                ),
                _ => match script
                    .filter(|_| row.finished)
                    .and_then(|script| crate::completeness::of(&script.dialogue, &row.answers))
                {
                    Some(c) => worded(&mut filled, &mut words, (c.filled, c.total), || {
                        crate::completeness::short(texts, &c)
                    }),
                    None => dash,
                },
            };
            [title, state, score]
        })
        .collect();
    let files: Vec<std::borrow::Cow<'_, str>> = rows
        .iter()
        .map(|row| {
            row.path
                .file_name()
                .map(|name| name.to_string_lossy())
                .unwrap_or_default()
        })
        .collect();
    let file_widths: Vec<usize> = files.iter().map(|name| name.width()).collect();
    // Every cell's width: the numbers, dates and times are ASCII.
    let count = rows.len();
    let mut widths: Vec<usize> = headings.iter().map(|h| h.width()).collect();
    widths[0] = widths[0].max(count.to_string().len());
    widths[1] = widths[1].max(10);
    widths[2] = widths[2].max(5);
    for (row, [title, state, score]) in cells.iter().enumerate() {
        widths[3] = widths[3].max(words.text[*title].1);
        widths[4] = widths[4].max(words.text[*state].1);
        widths[5] = widths[5].max(words.text[*score].1);
        widths[6] = widths[6].max(file_widths[row]);
    }
    let right = [true, false, false, false, false, true, false];
    out.push('\n');
    let heading_cells: Vec<(&str, usize)> =
        headings.iter().map(|h| (h.as_str(), h.width())).collect();
    table_line(out, &heading_cells, &widths, &right);
    let mut stamp = String::with_capacity(16);
    for (index, row) in rows.iter().enumerate() {
        let number = (index + 1).to_string();
        stamp.clear();
        push_date(&mut stamp, &row.started);
        let date_end = stamp.len();
        push_time(&mut stamp, &row.started);
        let (date, time) = stamp.split_at(date_end);
        let [title, state, score] = cells[index];
        let word = |i: usize| (words.text[i].0.as_str(), words.text[i].1);
        table_line(
            out,
            &[
                (number.as_str(), number.len()),
                (date, date.width()),
                (time, time.width()),
                word(title),
                word(state),
                word(score),
                (files[index].as_ref(), file_widths[index]),
            ],
            &widths,
            &right,
        );
    }
    let unfinished = rows.iter().filter(|row| !row.finished).count();
    out.push('\n');
    line(
        out,
        texts.get(
            "history-count",
            &[
                ("count", count.to_string()),
                ("unfinished", unfinished.to_string()),
            ],
        ),
    );
    if let Ok(dir) = store.participant_dir(participant) {
        line(
            out,
            texts.get("history-where", &[("dir", dir.display().to_string())]),
        );
    }
    say_broken_into(texts, broken, out);
}

/// One line of a table as [`table`] writes it: cells with their widths, padded to the
/// column's width (on the left where `right`), two spaces apart, no space at the end.
fn table_line(out: &mut String, cells: &[(&str, usize)], widths: &[usize], right: &[bool]) {
    const SPACES: &str = "                                                                ";
    let pad = |out: &mut String, mut count: usize| {
        while count > 0 {
            let now = count.min(SPACES.len());
            out.push_str(&SPACES[..now]);
            count -= now;
        }
    };
    let start = out.len();
    for (i, (cell, width)) in cells.iter().enumerate().take(widths.len()) {
        if i > 0 {
            out.push_str("  ");
        }
        let missing = widths[i].saturating_sub(*width);
        if right.get(i).copied().unwrap_or(false) {
            pad(out, missing);
            out.push_str(cell);
        } else {
            out.push_str(cell);
            pad(out, missing);
        }
    }
    let kept = out[start..].trim_end().len();
    out.truncate(start + kept);
    out.push('\n');
}

fn say_broken_into(texts: &Texts, broken: &[StoreError], out: &mut String) {
    for error in broken {
        let problem = crate::wording::store_message(texts, error);
        out.push_str(&texts.get("report-unreadable", &[("problem", problem)]));
        out.push('\n');
    }
}

/// The words of the history's status column.
struct StatusWords {
    finished: String,
    unfinished: String,
    kiosk_unseen: String,
    kiosk_seen: String,
    not_shared: String,
}

impl StatusWords {
    fn new(texts: &Texts) -> StatusWords {
        StatusWords {
            finished: texts.get("history-finished", &[]),
            unfinished: texts.get("history-unfinished", &[]),
            kiosk_unseen: texts.get("history-kiosk-unseen", &[]),
            kiosk_seen: texts.get("history-kiosk-seen", &[]),
            not_shared: texts.get("history-not-shared", &[]),
        }
    }
}

/// Finished or not, and what staff must know before using it: entered at the kiosk and
/// not yet seen (`kiosk` 1: no baseline yet) or seen (2), and not to be shared (left out
/// of exports).
fn status_text(words: &StatusWords, finished: bool, kiosk: u8, shared: bool) -> String {
    let mut status = if finished {
        words.finished.clone()
    } else {
        words.unfinished.clone()
    };
    match kiosk {
        1 => status = format!("{status} · {}", words.kiosk_unseen),
        2 => status = format!("{status} · {}", words.kiosk_seen),
        _ => {}
    }
    if !shared {
        status = format!("{status} · {}", words.not_shared);
    }
    status
}

/// The journal file of the history's line `number` (1 is the oldest), for [`show_journal`].
pub fn journal_path(
    store: &Store,
    participant: &str,
    number: usize,
) -> Result<PathBuf, ReportError> {
    // Numbered as `history` numbers them: from the same rows, in the same order.
    let (rows, _) = load_rows(store, participant, &|_| Want::default())?;
    let count = rows.len();
    number
        .checked_sub(1)
        .and_then(|i| rows.into_iter().nth(i))
        .map(|row| row.path)
        .ok_or_else(|| ReportError::NoSuchEntry {
            participant: participant.to_owned(),
            number,
            count,
        })
}

/// `history --participant P N --seen NAME`: NAME has seen conversation N, entered at the
/// kiosk, so it now counts in trends and change flags. Says so, or who saw it before.
pub fn mark_seen(
    store: &Store,
    participant: &str,
    number: usize,
    by: &str,
    at: crate::engine::Stamp,
    texts: &Texts,
    out: &mut dyn Write,
) -> Result<(), ReportError> {
    let path = journal_path(store, participant, number)?;
    let found = store::read(&path)?;
    if found.journal.header.entered != Some(crate::journal::Entered::Kiosk)
        || !found.journal.is_finished()
    {
        return Err(ReportError::NotFromKiosk { number });
    }
    let key = if found.journal.seen().is_some() {
        "history-seen-already"
    } else {
        "history-seen-done"
    };
    let marked = store.mark_seen(&found, by, at)?;
    let (when, who) = marked
        .journal
        .seen()
        .map(|(at, who)| (format!("{} {}", date(at), time(at)), who.to_owned()))
        .unwrap_or_default();
    writeln!(
        out,
        "{}",
        texts.get(
            key,
            &[("number", number.to_string()), ("by", who), ("when", when),],
        )
    )?;
    Ok(())
}

/// One journal, read-only, exactly as it is on disk. Control characters are neutralised
/// when a journal is written; a file changed by hand is neutralised here again, so that
/// nothing in it can drive the terminal. A file that is no journal is refused.
pub fn show_journal(path: &Path, texts: &Texts, out: &mut dyn Write) -> Result<(), ReportError> {
    // The file keeps its format; a person reads it in their own language (view.rs).
    let journal = store::read(path)?.journal;
    let text = crate::journal::view::render(&journal, texts);
    out.write_all(neutralise(&text).as_bytes())?;
    Ok(())
}

/// Writes rows under headings, columns two spaces apart and padded to the widest cell
/// (by the columns a terminal gives each character); `right` aligns a column right.
fn table(
    out: &mut dyn Write,
    headings: &[String],
    rows: &[Vec<String>],
    right: &[bool],
) -> io::Result<()> {
    let columns = headings.len();
    let mut widths: Vec<usize> = headings.iter().map(|h| h.width()).collect();
    for row in rows {
        for (i, cell) in row.iter().enumerate().take(columns) {
            widths[i] = widths[i].max(cell.width());
        }
    }
    let line = |cells: &[String]| {
        let mut text = String::new();
        for (i, cell) in cells.iter().enumerate().take(columns) {
            if i > 0 {
                text.push_str("  ");
            }
            let pad = " ".repeat(widths[i].saturating_sub(cell.width()));
            if right.get(i).copied().unwrap_or(false) {
                text.push_str(&pad);
                text.push_str(cell);
            } else {
                text.push_str(cell);
                text.push_str(&pad);
            }
        }
        text.trim_end().to_owned()
    };
    writeln!(out, "{}", line(headings))?;
    for row in rows {
        writeln!(out, "{}", line(row))?;
    }
    Ok(())
}

fn has(texts: &Texts, key: &str) -> bool {
    Lang::ALL
        .into_iter()
        .any(|lang| texts.has_in(lang, key, None))
}

/// The texts to word a dialogue's flags with: the caller's, if they hold the dialogue's
/// messages, else the built-in ones in the caller's language.
fn dialogue_texts(texts: &Texts, dialogue: &str) -> Option<Texts> {
    if has(texts, &keys::title(dialogue)) {
        return None;
    }
    Some(Library::builtin().0.texts(texts.lang()))
}

/// A change written with its sign: "+1,5", "−5,5", "0,0".
fn signed(texts: &Texts, value: f64, decimals: u8) -> String {
    let text = texts.number(value, decimals);
    if let Some(rest) = text.strip_prefix('-') {
        format!("−{rest}")
    } else if text.chars().any(|c| c.is_ascii_digit() && c != '0') {
        format!("+{text}")
    } else {
        text
    }
}

fn total_text(texts: &Texts, instrument: Instrument, value: f64) -> String {
    let number = texts.number(value, instrument.decimals());
    match instrument {
        Instrument::Who5 => texts.get("report-percent", &[("value", number)]),
        _ => number,
    }
}

/// The short name of a flag for a table cell.
fn flag_label(texts: &Texts, dialogue: &str, flag: &history::Flag) -> String {
    let key = format!("trend-flag-{dialogue}-{}", flag.id);
    if has(texts, &key) {
        texts.get(&key, &[])
    } else {
        flag.id.clone()
    }
}

/// The trend of one dialogue for a participant: a table with every value written out,
/// the cut-off and target lines named, a sparkline, and the flags in words.
pub fn trend(
    store: &Store,
    participant: &str,
    dialogue: &str,
    texts: &Texts,
    out: &mut dyn Write,
) -> Result<(), ReportError> {
    let (found, broken) = load(store, participant)?;
    let journals: Vec<&Journal> = found.iter().map(|f| &f.journal).collect();
    let mut trend = history::trend(journals.iter().copied(), dialogue);
    let target = store.target(participant)?;
    trend.add_target(&target);
    let builtin = dialogue_texts(texts, dialogue);
    let words = builtin.as_ref().unwrap_or(texts);
    // The reader's words for a dialogue that is installed; the stored title (in the
    // language it was held in) only for one that no longer is.
    let title = if has(words, &keys::title(dialogue)) {
        words.get(&keys::title(dialogue), &[])
    } else {
        trend
            .points
            .last()
            .map(|p| journals[p.index].header.title.clone())
            .unwrap_or_else(|| dialogue.to_owned())
    };
    let who = [
        ("title", title.clone()),
        ("participant", participant.to_owned()),
    ];
    writeln!(out, "{}", texts.get("trend-heading", &who))?;
    // A dialogue that makes or follows up sub-goals: each sub-goal's course.
    let held_goals = found
        .iter()
        .any(|f| f.journal.header.dialogue == dialogue && !f.journal.sub_goals().is_empty());
    if trend.instrument.is_none() && held_goals {
        goals::write(texts, &goals::of(&found), out)?;
        say_broken(texts, &broken, out)?;
        return Ok(());
    }
    let Some(instrument) = trend.instrument else {
        writeln!(
            out,
            "{}",
            texts.get(
                "trend-no-scores",
                &[
                    ("title", title.clone()),
                    ("count", trend.points.len().to_string())
                ]
            )
        )?;
        say_broken(texts, &broken, out)?;
        return Ok(());
    };
    if trend.points.is_empty() {
        writeln!(out, "{}", texts.get("trend-none", &who))?;
        say_broken(texts, &broken, out)?;
        return Ok(());
    }

    // The table: date, time, total, change since last, the items, the flags.
    let decimals = instrument.decimals();
    let mut headings = vec![
        texts.get("trend-col-date", &[]),
        texts.get("trend-col-time", &[]),
        // WHO-5's percentage is an index, not a total of the points beside it.
        texts.get(
            if instrument == Instrument::Who5 {
                "trend-col-percent"
            } else {
                "trend-col-total"
            },
            &[],
        ),
        texts.get("trend-col-change", &[]),
    ];
    let mut right = vec![false, false, true, true];
    if instrument == Instrument::Who5 {
        headings.push(texts.get("trend-col-raw", &[]));
        right.push(true);
    }
    for item in instrument.items() {
        headings.push(texts.get(&format!("trend-item-{dialogue}-{item}"), &[]));
        right.push(true);
    }
    headings.push(texts.get("trend-col-flags", &[]));
    right.push(false);
    let dash = || "–".to_owned();
    let rows: Vec<Vec<String>> = trend
        .points
        .iter()
        .map(|point| {
            let mut row = vec![
                date(&point.at),
                time(&point.at),
                point
                    .total
                    .map(|v| total_text(texts, instrument, v))
                    .unwrap_or_else(dash),
                point
                    .change
                    .map(|c| signed(texts, c, decimals))
                    .unwrap_or_else(dash),
            ];
            if instrument == Instrument::Who5 {
                row.push(
                    point
                        .raw
                        .map(|r| crate::wording::who5_points(texts, r))
                        .unwrap_or_else(dash),
                );
            }
            for (_, value) in &point.items {
                row.push(value.map(|v| texts.number(v, 1)).unwrap_or_else(dash));
            }
            let flags: Vec<String> = point
                .flags
                .iter()
                .map(|f| wording::trend_flag(texts, dialogue, &f.id, point))
                .collect();
            row.push(if flags.is_empty() {
                dash()
            } else {
                flags.join(", ")
            });
            row
        })
        .collect();
    writeln!(out)?;
    table(out, &headings, &rows, &right)?;

    // The sparkline, scaled over the instrument's whole range.
    let (min, max) = instrument.range();
    writeln!(out)?;
    writeln!(
        out,
        "{}",
        texts.get(
            "trend-sparkline",
            &[
                ("min", texts.number(min, 0)),
                ("max", texts.number(max, 0)),
                ("line", history::sparkline(&trend.totals(), min, max)),
            ],
        )
    )?;
    if trend.points.len() == 1 {
        writeln!(out, "{}", texts.get("trend-one", &[]))?;
    }

    // The lines: cut-offs and the participant's own target.
    writeln!(out)?;
    writeln!(out, "{}", texts.get("trend-lines-heading", &[]))?;
    for reference in &trend.references {
        let line = wording::reference(texts, reference, decimals);
        writeln!(out, "  {line}")?;
    }
    if instrument == Instrument::Ors {
        if let Some(line) = wording::target_set(texts, &target) {
            writeln!(out, "  {line}")?;
        }
        if !trend
            .references
            .iter()
            .any(|r| matches!(r, Reference::Target { .. }))
        {
            writeln!(out, "  {}", texts.get("trend-no-target", &[]))?;
        }
    }

    // The flags in words, each once with the dates it was there.
    let mut seen: Vec<&str> = Vec::new();
    for point in &trend.points {
        for flag in &point.flags {
            if !seen.contains(&flag.id.as_str()) {
                seen.push(&flag.id);
            }
        }
    }
    writeln!(out)?;
    if seen.is_empty() {
        writeln!(out, "{}", texts.get("trend-no-flags", &[]))?;
    } else {
        writeln!(out, "{}", texts.get("trend-flags-heading", &[]))?;
        for id in seen {
            let dates: Vec<String> = trend
                .points
                .iter()
                .filter(|p| p.has_flag(id))
                .map(|p| date(&p.at))
                .collect();
            let Some(flag) = trend
                .points
                .iter()
                .flat_map(|p| &p.flags)
                .find(|f| f.id == id)
            else {
                continue;
            };
            writeln!(
                out,
                "  {} ({}):",
                flag_label(texts, dialogue, flag),
                dates.join(", ")
            )?;
            let sentence_key = keys::item(dialogue, id);
            if has(words, &sentence_key) {
                let mut sentence = words.get(&sentence_key, &[]);
                if flag.secondary {
                    sentence = format!("{sentence} {}", words.get("result-secondary-source", &[]));
                }
                for line in sentence.lines() {
                    writeln!(out, "    {line}")?;
                }
            }
            for line in wording::trend_change_lines(texts, &trend, id) {
                writeln!(out, "    {line}")?;
            }
        }
    }
    say_broken(texts, &broken, out)?;
    Ok(())
}

/// Stores (or with `None` removes) the participant's ORS target and says so. Set from the
/// command line, it records when but no one's name (the trend screen asks for it); the
/// latest set, from here or the screen, is the one that holds.
pub fn set_target(
    store: &Store,
    participant: &str,
    ors: Option<f64>,
    at: Stamp,
    texts: &Texts,
    out: &mut dyn Write,
) -> Result<(), ReportError> {
    let target = history::Target {
        ors,
        by: None,
        at: Some(at.to_rfc3339_opts(chrono::SecondsFormat::Secs, false)),
    };
    store.set_target(participant, &target)?;
    let who = ("participant", participant.to_owned());
    match ors {
        Some(value) => writeln!(
            out,
            "{}",
            texts.get(
                "trend-target-set",
                &[who, ("value", texts.number(value, 1))]
            )
        )?,
        None => writeln!(out, "{}", texts.get("trend-target-cleared", &[who]))?,
    }
    Ok(())
}

/// Where a participant's crisis card is written by default: `<data dir>/cards/<participant>`.
pub fn card_dir(store: &Store, participant: &str) -> Result<PathBuf, ReportError> {
    if !store::is_valid_participant(participant) {
        return Err(StoreError::BadParticipant(participant.to_owned()).into());
    }
    Ok(store.data_dir().join("cards").join(participant))
}

/// The four files a crisis card was written to: the card, and the full plan beside it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CardFiles {
    pub text: PathBuf,
    pub html: PathBuf,
    pub plan_text: PathBuf,
    pub plan_html: PathBuf,
}

/// Writes the participant's crisis card from their latest finished crisis plan as
/// `card.txt` and `card.html`, and the full plan as `plan.txt` and `plan.html`, in
/// `out_dir` (a 0700 folder, 0600 files) and says where. The card and the plan are in the
/// plan's own language; the messages here are in `texts`' language.
pub fn card(
    store: &Store,
    participant: &str,
    contacts: &[CrisisContact],
    choice: &card::wallet::Choice,
    texts: &Texts,
    out_dir: &Path,
    out: &mut dyn Write,
) -> Result<CardFiles, ReportError> {
    let (found, broken) = load(store, participant)?;
    // The plans that make a card are built in (the crisis plan, LA2's safety plan).
    let (library, _) = Library::builtin();
    if let Some(id) = &choice.dialogue
        && !library
            .get(id)
            .is_some_and(|s| card::makes_card(&s.dialogue))
    {
        return Err(ReportError::NotACardPlan {
            dialogue: id.clone(),
        });
    }
    let only = choice.dialogue.as_deref();
    let Some((plan, dialogue)) =
        card::latest_plan(found.iter().map(|f| &f.journal), &library, only)
    else {
        say_broken(texts, &broken, out)?;
        return Err(ReportError::NoPlan {
            participant: participant.to_owned(),
        });
    };
    let plan_texts = library.texts(plan.header.locale);
    let unknown: Vec<String> = choice
        .with
        .iter()
        .chain(&choice.without)
        .filter(|id| dialogue.step(id).is_none())
        .cloned()
        .collect();
    if !unknown.is_empty() {
        return Err(ReportError::UnknownCardStep {
            steps: unknown.join(", "),
        });
    }
    let wallet = card::wallet::content(plan, dialogue, &plan_texts, contacts, choice);
    let text = card::wallet::text(&wallet);
    let html = card::wallet::html(&wallet);
    let plan_text = card::plan::text(plan, dialogue, &plan_texts, contacts);
    let plan_html = card::plan::html(plan, dialogue, &plan_texts, contacts);
    history::make_private_dir(out_dir).map_err(|error| ReportError::Write {
        path: out_dir.to_path_buf(),
        error,
    })?;
    let files = CardFiles {
        text: out_dir.join("card.txt"),
        html: out_dir.join("card.html"),
        plan_text: out_dir.join("plan.txt"),
        plan_html: out_dir.join("plan.html"),
    };
    write_private(&files.text, &text)?;
    write_private(&files.html, &html)?;
    write_private(&files.plan_text, &plan_text)?;
    write_private(&files.plan_html, &plan_html)?;
    let made = match plan.finished() {
        Some(crate::journal::Block::Finished { at, .. }) => date(at),
        _ => date(&plan.header.started),
    };
    writeln!(
        out,
        "{}",
        if dialogue.id == card::CRISIS_PLAN {
            texts.get(
                "card-written",
                &[("participant", participant.to_owned()), ("date", made)],
            )
        } else {
            texts.get(
                "card-written-from",
                &[
                    ("participant", participant.to_owned()),
                    (
                        "title",
                        texts.get(&crate::script::keys::title(&dialogue.id), &[]),
                    ),
                    ("date", made),
                ],
            )
        }
    )?;
    for (key, path) in [
        ("card-written-text", &files.text),
        ("card-written-html", &files.html),
        ("card-written-plan-text", &files.plan_text),
        ("card-written-plan-html", &files.plan_html),
    ] {
        let line = texts.get(key, &[("path", path.display().to_string())]);
        writeln!(out, "  {line}")?;
    }
    writeln!(out, "{}", texts.get("card-private", &[]))?;
    say_broken(texts, &broken, out)?;
    Ok(files)
}

/// Where a participant's network map is written: `<data dir>/maps/<participant>`.
pub fn map_dir(store: &Store, participant: &str) -> Result<PathBuf, ReportError> {
    if !store::is_valid_participant(participant) {
        return Err(StoreError::BadParticipant(participant.to_owned()).into());
    }
    Ok(store.data_dir().join("maps").join(participant))
}

/// Writes the participant's latest finished network map as `network-map.txt` and
/// `network-map.html` (one A4 page with the map as SVG) in `out_dir` (a 0700 folder, 0600
/// files) and says where. The map is in its conversation's own language.
pub fn map(
    store: &Store,
    participant: &str,
    texts: &Texts,
    out_dir: &Path,
    out: &mut dyn Write,
) -> Result<(PathBuf, PathBuf), ReportError> {
    let (found, broken) = load(store, participant)?;
    let no_map = || ReportError::NoMap {
        participant: participant.to_owned(),
    };
    let Some(journal) = crate::netmap::current(found.iter().map(|f| &f.journal)) else {
        say_broken(texts, &broken, out)?;
        return Err(no_map());
    };
    // The network map is built in, and a user's folder cannot take a built-in id.
    let (library, _) = Library::builtin();
    let script = library.get(crate::netmap::NETWORK_MAP).ok_or_else(no_map)?;
    let lang = journal.header.locale;
    let map_texts = library.texts(lang);
    let map =
        crate::netmap::from_journal(journal, &script.dialogue, &map_texts).ok_or_else(no_map)?;
    let made = crate::wording::long_date_year(
        &map_texts,
        &card::finished_at(journal).unwrap_or(journal.header.started),
    );
    let page = crate::netmap::print::Page {
        texts: &map_texts,
        lang,
        name: participant,
        made: &made,
    };
    history::make_private_dir(out_dir).map_err(|error| ReportError::Write {
        path: out_dir.to_path_buf(),
        error,
    })?;
    let text_path = out_dir.join("network-map.txt");
    let html_path = out_dir.join("network-map.html");
    write_private(&text_path, &crate::netmap::print::text(&map, &page))?;
    write_private(&html_path, &crate::netmap::print::html(&map, &page))?;
    writeln!(
        out,
        "{}",
        texts.get(
            "map-written",
            &[
                ("participant", participant.to_owned()),
                ("date", made.clone())
            ],
        )
    )?;
    for (key, path) in [
        ("card-written-text", &text_path),
        ("card-written-html", &html_path),
    ] {
        let line = texts.get(key, &[("path", path.display().to_string())]);
        writeln!(out, "  {line}")?;
    }
    writeln!(out, "{}", texts.get("map-private", &[]))?;
    say_broken(texts, &broken, out)?;
    Ok((text_path, html_path))
}

/// Writes a file only its owner can read, replacing an older one in one step.
fn write_private(path: &Path, text: &str) -> Result<(), ReportError> {
    let failed = |error| ReportError::Write {
        path: path.to_path_buf(),
        error,
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let temporary = path.with_file_name(format!(".{name}.new"));
    let _ = fs::remove_file(&temporary);
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(&temporary).map_err(failed)?;
    file.write_all(text.as_bytes())
        .and_then(|()| file.sync_all())
        .map_err(failed)?;
    drop(file);
    fs::rename(&temporary, path).map_err(failed)?;
    Ok(())
}

/// The current crisis card as text, for printing straight to the screen.
pub fn card_text(
    store: &Store,
    participant: &str,
    contacts: &[CrisisContact],
    out: &mut dyn Write,
) -> Result<(), ReportError> {
    let (found, _) = load(store, participant)?;
    let (library, _) = Library::builtin();
    let (plan, dialogue) = card::latest_plan(found.iter().map(|f| &f.journal), &library, None)
        .ok_or_else(|| ReportError::NoPlan {
            participant: participant.to_owned(),
        })?;
    let plan_texts = library.texts(plan.header.locale);
    let wallet = card::wallet::content(
        plan,
        dialogue,
        &plan_texts,
        contacts,
        &card::wallet::Choice::default(),
    );
    out.write_all(card::wallet::text(&wallet).as_bytes())?;
    Ok(())
}
