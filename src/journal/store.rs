//! Where journals live on disk, and the only code that touches them.
//!
//! `<data dir>/journals/<participant>/<UTC time>-<dialogue>.txt`, one file per
//! conversation; rehearsals go to `<data dir>/rehearsals/` instead. Folders are 0700 and
//! files 0600. Every block is appended and fsync'd before the caller goes on (a new
//! journal's header is synced by [`Writer::sync`], at the latest before its first block),
//! and a writer holds an exclusive lock on its file for as long as it lives.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use super::format::{self, Block, Header, Journal, Mode};
use super::row::{self, Row, Want};
use crate::engine::{Earlier, Previous, Stamp};

#[derive(Debug)]
pub enum StoreError {
    /// The operating system refused: a full disk, a read-only folder, no permission.
    Io {
        path: PathBuf,
        action: Action,
        error: io::Error,
    },
    /// Another samtale has this journal open.
    Busy { path: PathBuf },
    /// The file is not a journal samtale can read.
    Unreadable {
        path: PathBuf,
        line: usize,
        detail: String,
    },
    /// A pseudonym that could name a path ("../x"), is empty, or mixes scripts.
    BadParticipant(String),
    /// A new pseudonym that looks like one that exists already (`anna` beside `Anna`):
    /// on a case-insensitive shared folder they would be one folder, and on screen one
    /// person. Nothing was written.
    LooksLike { typed: String, existing: String },
    /// A `.txt` in a journal folder that is not a regular file (a FIFO, a device, a
    /// folder): never opened for reading, so it cannot hang a command.
    NotAFile { path: PathBuf },
    /// A file larger than any journal samtale writes: not read.
    TooLarge { path: PathBuf, limit: u64 },
    /// A write to this journal failed and the file could not even be cut back to what it
    /// was before: the writer writes nothing more to it.
    Broken { path: PathBuf },
    /// The plan a revision starts from, or the one a paused revision follows, cannot be
    /// read. Nothing was written.
    PlanUnreadable {
        plan: PathBuf,
        cause: Box<StoreError>,
    },
}

/// More than any journal samtale writes (answers are limited to a few hundred KB each):
/// a bigger file is not read, so one stray file cannot exhaust the memory.
pub const MAX_JOURNAL_BYTES: u64 = 64 * 1024 * 1024;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    CreateFolder,
    Create,
    Write,
    Read,
    Lock,
}

impl Action {
    pub fn tag(self) -> &'static str {
        match self {
            Action::CreateFolder => "create-folder",
            Action::Create => "create",
            Action::Write => "write",
            Action::Read => "read",
            Action::Lock => "lock",
        }
    }
}

fn io_error(path: &Path, action: Action) -> impl FnOnce(io::Error) -> StoreError + '_ {
    move |error| StoreError::Io {
        path: path.to_path_buf(),
        action,
        error,
    }
}

/// A pseudonym is a name for a folder: letters (æ, ø, å too), digits, `-`, `_` and `.`,
/// not starting with a dot, at most 64 characters, in Unicode NFKC form, and its letters
/// from one script (Latin, Greek, Cyrillic …): a Cyrillic `а` in a Latin name looks
/// like another person's pseudonym. Typed names go through [`normalise_participant`]
/// first, so a decomposed `é` (e + U+0301) is simply written as `é`.
pub fn is_valid_participant(id: &str) -> bool {
    use unicode_normalization::UnicodeNormalization;
    is_folder_name(id) && id.nfkc().eq(id.chars()) && one_script(id)
}

/// What a folder samtale reads from may be called: no path (`../x`), no hidden folder.
/// Looser than [`is_valid_participant`], so that a folder made before the look-alike rules
/// is still read, listed and compared with.
fn is_folder_name(id: &str) -> bool {
    !id.is_empty()
        && id.chars().count() <= 64
        && !id.starts_with('.')
        && id
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.'))
}

/// A pseudonym as it is written: typed text in Unicode NFKC form, so that the same
/// letters typed in different ways (a decomposed `é`, full-width `ａｎｎａ`) name one folder.
pub fn normalise_participant(typed: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    typed.trim().nfkc().collect()
}

/// What two pseudonyms are compared by: NFKC and lower case, as a case-insensitive file
/// system (SMB shares, macOS, Windows) and a reader would see them.
pub fn participant_key(name: &str) -> String {
    normalise_participant(name).to_lowercase()
}

/// Whether the letters of a name come from one script. Digits and `-_.` belong to every
/// script. Scripts outside the table count as one ("other"), so a Japanese name that mixes
/// kanji and kana is not refused; what is refused is Latin, Greek and Cyrillic mixed with
/// each other or with anything else, where look-alike letters live.
fn one_script(name: &str) -> bool {
    let mut seen = None;
    for c in name.chars().filter(|c| c.is_alphabetic()) {
        let script = script_of(c);
        match seen {
            None => seen = Some(script),
            Some(s) if s == script => {}
            Some(_) => return false,
        }
    }
    true
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Script {
    Latin,
    Greek,
    Cyrillic,
    Armenian,
    Hebrew,
    Arabic,
    Other,
}

fn script_of(c: char) -> Script {
    match u32::from(c) {
        0x41..=0x5A
        | 0x61..=0x7A
        | 0xAA
        | 0xBA
        | 0xC0..=0x24F
        | 0x250..=0x2AF
        | 0x1D00..=0x1D7F
        | 0x1E00..=0x1EFF
        | 0x2C60..=0x2C7F
        | 0xA720..=0xA7FF
        | 0xAB30..=0xAB6F => Script::Latin,
        0x370..=0x3FF | 0x1F00..=0x1FFF => Script::Greek,
        0x400..=0x52F | 0x1C80..=0x1C8F | 0x2DE0..=0x2DFF | 0xA640..=0xA69F => Script::Cyrillic,
        0x530..=0x58F => Script::Armenian,
        0x590..=0x5FF => Script::Hebrew,
        0x600..=0x6FF | 0x750..=0x77F | 0x8A0..=0x8FF => Script::Arabic,
        _ => Script::Other,
    }
}

#[derive(Debug, Clone)]
pub struct Store {
    data_dir: PathBuf,
}

/// A journal found on disk, parsed.
#[derive(Debug, Clone)]
pub struct Found {
    pub path: PathBuf,
    pub journal: Journal,
}

impl Store {
    pub fn new(data_dir: PathBuf) -> Store {
        Store { data_dir }
    }

    pub fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    pub fn participant_dir(&self, participant: &str) -> Result<PathBuf, StoreError> {
        if !is_folder_name(participant) {
            return Err(StoreError::BadParticipant(participant.to_owned()));
        }
        Ok(self.data_dir.join("journals").join(participant))
    }

    fn folder_for(&self, header: &Header) -> Result<PathBuf, StoreError> {
        match header.mode {
            Mode::Rehearsal => Ok(self.data_dir.join("rehearsals")),
            _ => {
                self.check_participant(&header.participant)?;
                self.participant_dir(&header.participant)
            }
        }
    }

    /// A pseudonym about to be used: valid, and either one that exists exactly so or a new
    /// one that looks like none that exists (compared by [`participant_key`]). The
    /// existing one it looks like is named, so staff can use it instead.
    pub fn check_participant(&self, name: &str) -> Result<(), StoreError> {
        // A folder that exists is that person's, even one named before these rules: found
        // with one look, not by listing every participant's folder (at every start).
        if is_folder_name(name) && self.data_dir.join("journals").join(name).is_dir() {
            return Ok(());
        }
        let existing = self.participants();
        if !is_valid_participant(name) {
            return Err(StoreError::BadParticipant(name.to_owned()));
        }
        let key = participant_key(name);
        match existing.into_iter().find(|p| participant_key(p) == key) {
            Some(existing) => Err(StoreError::LooksLike {
                typed: name.to_owned(),
                existing,
            }),
            None => Ok(()),
        }
    }

    /// Creates the journal of a new conversation with its header written. It is on disk
    /// (file and folder synced) after [`Writer::sync`], which the first append does too.
    pub fn create(&self, header: &Header) -> Result<Writer, StoreError> {
        let folder = self.folder_for(header)?;
        make_private_dirs(&folder)?;
        let stem = format!(
            "{}-{}",
            header
                .started
                .with_timezone(&chrono::Utc)
                .format("%Y-%m-%dT%H-%M-%SZ"),
            header.dialogue
        );
        // Two conversations started in the same second get _02, _03 …: `_` sorts after `.`,
        // so `ls` still lists them in the order they began.
        let mut attempt = 1;
        let (file, path) = loop {
            let name = if attempt == 1 {
                format!("{stem}.txt")
            } else {
                format!("{stem}_{attempt:02}.txt")
            };
            let path = folder.join(name);
            match private_file_options().create_new(true).open(&path) {
                Ok(file) => break (file, path),
                Err(error) if error.kind() == io::ErrorKind::AlreadyExists && attempt < 100 => {
                    attempt += 1;
                }
                Err(error) => return Err(io_error(&path, Action::Create)(error)),
            }
        };
        // A journal without its header is no journal (it would be reported as unreadable
        // for ever), so if anything below fails the file is removed again.
        let written = lock(&file, &path).and_then(|()| {
            let mut writer = Writer {
                file,
                path: path.clone(),
                broken: false,
                unsynced: false,
            };
            // Written now, put on disk by `sync` (once the first screen is up) or before
            // the first block at the latest: nothing in it is confirmed to anyone yet.
            writer.write_bytes(format::write_header(header).as_bytes(), false)?;
            writer.unsynced = true;
            Ok(writer)
        });
        if written.is_err() {
            // The writer (and with it the handle and its lock) is gone by now.
            let _ = fs::remove_file(&path);
            let _ = sync_dir(&folder);
        }
        written
    }

    /// Opens an unfinished journal again to go on writing it. A block cut short by a crash
    /// (never confirmed to anyone) is cut off first, so the file stays readable.
    pub fn reopen(&self, found: &Found) -> Result<Writer, StoreError> {
        let path = &found.path;
        let file = OpenOptions::new()
            .read(true)
            .write(true)
            .open(path)
            .map_err(io_error(path, Action::Read))?;
        // It was a journal when it was listed; make sure the name still is a regular file.
        if !file
            .metadata()
            .map_err(io_error(path, Action::Read))?
            .is_file()
        {
            return Err(StoreError::NotAFile { path: path.clone() });
        }
        lock(&file, path)?;
        // Read again under the lock: the file may have changed since it was listed.
        let text = read_whole_lines(path)?;
        let intact = intact_length(&text).map_err(|e| damaged(path, e))?;
        let on_disk = file.metadata().map_err(io_error(path, Action::Read))?.len();
        if (intact as u64) < on_disk {
            file.set_len(intact as u64)
                .map_err(io_error(path, Action::Write))?;
        }
        let mut file = file;
        io::Seek::seek(&mut file, io::SeekFrom::Start(intact as u64))
            .map_err(io_error(path, Action::Write))?;
        Ok(Writer {
            file,
            path: path.clone(),
            broken: false,
            unsynced: false,
        })
    }

    /// The participant's journals, oldest first. Files that cannot be read are returned
    /// as errors beside them, so one damaged file hides nothing else.
    pub fn journals(
        &self,
        participant: &str,
    ) -> Result<Vec<Result<Found, StoreError>>, StoreError> {
        let paths = self.journal_paths(participant)?;
        Ok(each_in_parallel(&paths, &|| (), &|(), path| read(path)))
    }

    /// The participant's journals as [`Store::journals`] gives them, but each as the
    /// [`Row`] a list shows: `want` says, for a dialogue, what the row keeps beyond the
    /// header. A journal is parsed whole only where [`row::scan`] cannot tell.
    pub fn rows(
        &self,
        participant: &str,
        want: &(dyn Fn(&str) -> Want + Sync),
    ) -> Result<Vec<Result<Row, StoreError>>, StoreError> {
        let paths = self.journal_paths(participant)?;
        Ok(each_in_parallel(
            &paths,
            &RowReader::default,
            &|reader, path| reader.row(path, want),
        ))
    }

    /// The journal files in the participant's folder, oldest first (by name).
    fn journal_paths(&self, participant: &str) -> Result<Vec<PathBuf>, StoreError> {
        let dir = self.participant_dir(participant)?;
        journal_paths_in(&dir)
    }

    /// The rehearsals (`<data dir>/rehearsals/`), oldest first: no participant's, never in
    /// a history, a trend or an export, but an unfinished one can be resumed.
    pub fn rehearsals(&self) -> Result<Vec<Result<Found, StoreError>>, StoreError> {
        let paths = journal_paths_in(&self.data_dir.join("rehearsals"))?;
        Ok(paths.into_iter().map(|path| read(&path)).collect())
    }

    /// Every unfinished rehearsal, newest first (those that cannot be read left out).
    pub fn unfinished_rehearsals(&self) -> Result<Vec<Found>, StoreError> {
        Ok(self
            .rehearsals()?
            .into_iter()
            .rev()
            .filter_map(Result::ok)
            .filter(|found| !found.journal.is_finished())
            .collect())
    }

    /// The latest unfinished rehearsal of this dialogue, to offer to resume.
    pub fn unfinished_rehearsal(&self, dialogue: &str) -> Result<Option<Found>, StoreError> {
        Ok(self
            .unfinished_rehearsals()?
            .into_iter()
            .find(|found| found.journal.header.dialogue == dialogue))
    }
}

/// The journal files in one folder, oldest first (by name); a folder that is not there
/// holds none.
fn journal_paths_in(dir: &Path) -> Result<Vec<PathBuf>, StoreError> {
    {
        let entries = match fs::read_dir(dir) {
            Ok(entries) => entries,
            Err(error) if error.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(error) => return Err(io_error(dir, Action::Read)(error)),
        };
        let mut paths: Vec<PathBuf> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect();
        // All in one folder: the paths sort as their names, and comparing the bytes is
        // far cheaper than comparing paths component by component.
        paths.sort_by(|a, b| a.as_os_str().cmp(b.as_os_str()));
        Ok(paths)
    }
}

impl Store {
    /// The latest unfinished conversation of this dialogue for the participant, to offer
    /// to resume.
    ///
    /// A journal of this dialogue that cannot be read and is newer than that one (or than
    /// every journal, if none is unfinished) might be the conversation to resume, so it is
    /// returned as the error (`Unreadable` with its file and line, `NotAFile`,
    /// `TooLarge`): a front end says so rather than quietly starting a new conversation
    /// beside it. `--new` is how a person starts one anyway. A damaged journal older than
    /// the latest unfinished one does not stand in the way. Which dialogue a journal that
    /// cannot be read belongs to comes from its file name.
    pub fn unfinished(
        &self,
        participant: &str,
        dialogue: &str,
    ) -> Result<Option<Found>, StoreError> {
        for result in self.journals(participant)?.into_iter().rev() {
            match result {
                Ok(found) if found.journal.header.dialogue == dialogue => {
                    if !found.journal.is_finished() {
                        return Ok(Some(found));
                    }
                }
                Ok(_) => {}
                Err(error) => {
                    if error_path(&error).is_some_and(|path| {
                        dialogue_of_file(path) == Some(dialogue) && !holds_no_block(path)
                    }) {
                        return Err(error);
                    }
                }
            }
        }
        Ok(None)
    }

    /// Every unfinished conversation of the participant, newest first, with those that
    /// cannot be read as errors beside them (they might be unfinished too): for a front
    /// end that lists what there is to resume.
    pub fn unfinished_all(
        &self,
        participant: &str,
    ) -> Result<Vec<Result<Found, StoreError>>, StoreError> {
        Ok(self
            .journals(participant)?
            .into_iter()
            .rev()
            .filter(|result| !matches!(result, Ok(found) if found.journal.is_finished()))
            .collect())
    }

    /// For each score, its value in the latest finished conversation of this dialogue that
    /// has it, and when that was: what change flags compare with. A conversation whose
    /// total could not be worked out (a skipped item) is passed over for that score. A
    /// conversation entered at the kiosk counts only once a staff member has seen it (a
    /// `seen` block): until then it is no one's baseline.
    ///
    /// Each journal is read as a [`Row`] (its header and its last `finished`), not parsed
    /// whole: a citizen with thousands of conversations does not wait for every answer of
    /// them to be read.
    pub fn previous_scores(
        &self,
        participant: &str,
        dialogue: &str,
    ) -> Result<Previous, StoreError> {
        let want = |of: &str| Want {
            every_score: of == dialogue,
            ..Want::default()
        };
        let mut previous = Previous::new();
        let mut finished: Vec<Row> = self
            .rows(participant, &want)?
            .into_iter()
            .filter_map(Result::ok)
            .filter(|row| row.dialogue == dialogue && row.finished && !row.awaits_staff())
            .collect();
        finished.sort_by_key(|row| row.started);
        for row in finished.iter().rev() {
            for (id, value) in &row.scores {
                previous.entry(id.clone()).or_insert(Earlier {
                    value: *value,
                    at: row.started,
                });
            }
        }
        Ok(previous)
    }

    /// Marks a finished kiosk conversation as seen by a staff member: a `seen` block is
    /// appended to its journal (under the journal's lock), and from then on it counts in
    /// trends and change flags. Returns the journal as it is afterwards; one seen already
    /// is returned as it is, and nothing is written.
    pub fn mark_seen(&self, found: &Found, by: &str, at: Stamp) -> Result<Found, StoreError> {
        if found.journal.seen().is_some() {
            return Ok(found.clone());
        }
        let mut writer = self.reopen(found)?;
        // Read again under the lock: someone else may have marked it meanwhile.
        let now = read(&found.path)?;
        if now.journal.seen().is_some() {
            return Ok(now);
        }
        writer.append(&Block::Seen {
            at,
            by: by.to_owned(),
        })?;
        read(&found.path)
    }

    /// The participant's own targets (`<data dir>/targets/<participant>.ron`); no file is
    /// no target.
    pub fn target(
        &self,
        participant: &str,
    ) -> Result<super::target::Target, super::target::TargetError> {
        super::target::target(&self.data_dir, participant)
    }

    /// Stores the participant's targets, replacing the file in one step.
    pub fn set_target(
        &self,
        participant: &str,
        target: &super::target::Target,
    ) -> Result<(), super::target::TargetError> {
        super::target::set_target(&self.data_dir, participant, target)
    }

    /// The pseudonyms that have a folder, sorted.
    pub fn participants(&self) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(self.data_dir.join("journals"))
            .map(|entries| {
                entries
                    .filter_map(Result::ok)
                    // The kind of entry comes with the listing: no look at each folder
                    // (a municipality's five hundred) unless it is a link.
                    .filter(|e| {
                        e.file_type().is_ok_and(|kind| {
                            kind.is_dir() || (kind.is_symlink() && e.path().is_dir())
                        })
                    })
                    .filter_map(|e| e.file_name().into_string().ok())
                    .filter(|name| is_folder_name(name))
                    .collect()
            })
            .unwrap_or_default();
        names.sort();
        names
    }
}

/// Reads and parses one journal, leaving out a last block cut short by a crash.
///
/// Anything else that does not parse is reported as `Unreadable` at its line: a file
/// changed by hand is damaged, and samtale neither guesses what it meant nor cuts it.
pub fn read(path: &Path) -> Result<Found, StoreError> {
    parse_text(path, &read_whole_lines(path)?)
}

/// [`read`] of a text already read (whole lines).
fn parse_text(path: &Path, text: &str) -> Result<Found, StoreError> {
    let intact = intact_length(text).map_err(|e| damaged(path, e))?;
    let journal = format::parse(&text[..intact]).map_err(|e| damaged(path, e))?;
    Ok(Found {
        path: path.to_path_buf(),
        journal,
    })
}

/// One journal as the [`Row`] a list shows ([`Store::rows`] for one file).
pub fn row(path: &Path, want: &Want) -> Result<Row, StoreError> {
    RowReader::default().row(path, &|_| want.clone())
}

/// What one thread needs to read rows: a buffer it reads every file into, and what is
/// wanted of each dialogue it met so far.
#[derive(Default)]
struct RowReader {
    bytes: Vec<u8>,
    wants: Vec<(String, Want)>,
}

impl RowReader {
    fn row(
        &mut self,
        path: &Path,
        want: &(dyn Fn(&str) -> Want + Sync),
    ) -> Result<Row, StoreError> {
        let RowReader { bytes, wants } = self;
        let mut want_of = |dialogue: &str| match wants.iter().find(|(d, _)| d == dialogue) {
            Some((_, found)) => found.clone(),
            None => {
                let found = want(dialogue);
                wants.push((dialogue.to_owned(), found.clone()));
                found
            }
        };
        if crate::files::read_regular_into(path, MAX_JOURNAL_BYTES, bytes).is_err() {
            // Said exactly as when the journal itself is read.
            return read(path).map(|found| {
                let want = want_of(&found.journal.header.dialogue);
                Row::of(found, &want)
            });
        }
        let whole = bytes.iter().rposition(|b| *b == b'\n').map_or(0, |i| i + 1);
        let Ok(text) = std::str::from_utf8(&bytes[..whole]) else {
            return read(path).map(|found| {
                let want = want_of(&found.journal.header.dialogue);
                Row::of(found, &want)
            });
        };
        if let Some(row) = row::scan(path, text, &mut want_of) {
            return Ok(row);
        }
        let found = parse_text(path, text)?;
        let want = want_of(&found.journal.header.dialogue);
        Ok(Row::of(found, &want))
    }
}

/// `each` of the paths, in their order, on every core the machine has, each thread with a
/// `state` of its own: a participant with thousands of journals waits for opening and
/// parsing them, and that work is independent file by file. A few journals are read on
/// this thread alone, where starting threads would cost more than it saves; with more,
/// this thread reads the first share itself.
fn each_in_parallel<S, T: Send>(
    paths: &[PathBuf],
    state: &(dyn Fn() -> S + Sync),
    each: &(dyn Fn(&mut S, &Path) -> T + Sync),
) -> Vec<T> {
    const PER_THREAD: usize = 256;
    // Asked only when there is enough to share: finding out reads the cgroup's files.
    let threads = if paths.len() < 2 * PER_THREAD {
        1
    } else {
        std::thread::available_parallelism()
            .map_or(1, |n| n.get())
            .min(paths.len() / PER_THREAD)
            .max(1)
    };
    let run = |part: &[PathBuf]| {
        let mut state = state();
        part.iter()
            .map(|path| each(&mut state, path))
            .collect::<Vec<T>>()
    };
    if threads == 1 {
        return run(paths);
    }
    let chunk = paths.len().div_ceil(threads);
    std::thread::scope(|scope| {
        let mut parts = paths.chunks(chunk);
        let own = parts.next().unwrap_or_default();
        let workers: Vec<_> = parts.map(|part| scope.spawn(move || run(part))).collect();
        let mut results = run(own);
        for worker in workers {
            match worker.join() {
                Ok(more) => results.extend(more),
                // A panic in a worker is a bug; let it surface as it would on one thread.
                Err(panic) => std::panic::resume_unwind(panic),
            }
        }
        results
    })
}

fn damaged(path: &Path, error: format::ParseError) -> StoreError {
    StoreError::Unreadable {
        path: path.to_path_buf(),
        line: error.line,
        detail: error.detail,
    }
}

/// The file a store error is about, if it is about one journal.
fn error_path(error: &StoreError) -> Option<&Path> {
    match error {
        StoreError::Io { path, .. }
        | StoreError::Busy { path }
        | StoreError::Unreadable { path, .. }
        | StoreError::NotAFile { path }
        | StoreError::TooLarge { path, .. }
        | StoreError::Broken { path } => Some(path),
        StoreError::PlanUnreadable { plan, .. } => Some(plan),
        StoreError::BadParticipant(_) | StoreError::LooksLike { .. } => None,
    }
}

/// Whether a journal that cannot be read has not a single block in it: an empty file
/// (what a failed start left before samtale removed such files) or a header cut short.
/// Nothing in it was ever confirmed, so it stands in the way of nothing; it is still
/// listed as unreadable by [`Store::journals`].
pub(crate) fn holds_no_block(path: &Path) -> bool {
    read_limited(path).is_ok_and(|bytes| !bytes.windows(4).any(|w| w == b"\n== "))
}

/// The dialogue a journal belongs to, from the name samtale gave its file:
/// `<YYYY-MM-DDTHH-MM-SSZ>-<dialogue>.txt`, or `…-<dialogue>_02.txt` for a second one
/// started in the same second. Dialogue ids never hold `_`.
pub fn dialogue_of_file(path: &Path) -> Option<&str> {
    let stem = path.file_name()?.to_str()?.strip_suffix(".txt")?;
    let dialogue = stem.get("YYYY-MM-DDTHH-MM-SSZ-".len()..)?;
    Some(dialogue.split('_').next().unwrap_or(dialogue))
}

/// A journal's text exactly as it is on disk (what is not UTF-8 shown as `�`), for
/// showing it as it stands.
pub fn text(path: &Path) -> Result<String, StoreError> {
    let bytes = read_limited(path)?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// The bytes of a journal file, if it is a regular file of a size a journal can have.
fn read_limited(path: &Path) -> Result<Vec<u8>, StoreError> {
    crate::files::read_regular(path, MAX_JOURNAL_BYTES).map_err(|error| match error {
        crate::files::ReadError::Io(error) => io_error(path, Action::Read)(error),
        crate::files::ReadError::NotAFile => StoreError::NotAFile {
            path: path.to_path_buf(),
        },
        crate::files::ReadError::TooLarge { limit, .. } => StoreError::TooLarge {
            path: path.to_path_buf(),
            limit,
        },
    })
}

/// The file up to its last line feed: a crash can cut a write inside a character, and what
/// comes after the last line feed was never a whole line anyway.
fn read_whole_lines(path: &Path) -> Result<String, StoreError> {
    let mut bytes = read_limited(path)?;
    let whole = bytes.iter().rposition(|b| *b == b'\n').map_or(0, |i| i + 1);
    bytes.truncate(whole);
    String::from_utf8(bytes).map_err(|error| StoreError::Unreadable {
        path: path.to_path_buf(),
        line: 1 + error.as_bytes()[..error.utf8_error().valid_up_to()]
            .iter()
            .filter(|b| **b == b'\n')
            .count(),
        detail: "not UTF-8 text".into(),
    })
}

/// The length of the text without a last block that a crash cut short, or where the
/// journal is damaged.
///
/// Only two things can come from a crash, because every block is one `write` and
/// `fsync` and the writer cuts a failed write back: a last line without its line feed
/// (already left out by [`read_whole_lines`]), and a last block that stops before the
/// field samtale writes last in it ([`format::cut_short`]). Whatever else does not parse
/// was changed by hand. (Such a block after `finished` is left out as well: the journal
/// stays finished, and a finished journal is never reopened, so nothing is cut.)
fn intact_length(text: &str) -> Result<usize, format::ParseError> {
    let error = match format::parse(text) {
        Ok(_) => return Ok(text.len()),
        Err(error) => error,
    };
    if let Some(last_block) = text.rfind("\n\n== ") {
        let before = &text[..=last_block];
        if format::cut_short(&text[last_block + 2..]) && format::parse(before).is_ok() {
            return Ok(last_block + 1);
        }
    }
    Err(error)
}

/// A journal open for appending, locked for as long as it lives.
///
/// A failed append leaves the file exactly as it was before it: the writer remembers the
/// length before it writes, and on any error (a full disk, a failed `fsync`) it cuts the
/// file back to that length and syncs. So after "the disk is full" nothing torn is left
/// behind, and once there is space again the same block can simply be appended again
/// (the front end keeps it and offers to retry); the journal parses strictly all along.
/// If even cutting back fails, the writer is broken: every later append returns
/// [`StoreError::Broken`] without writing, because writing after a torn block would make
/// the journal unreadable. The journal is then whole again up to its last confirmed block
/// the next time it is resumed ([`Store::reopen`] cuts a block cut short).
///
/// A new journal's header is written by [`Store::create`] but synced (the file, and its
/// folder for the new name) by [`Writer::sync`], which the terminal interface calls once
/// its first screen is drawn, or else before the first block is appended: so the first
/// question shows without waiting for the disk, and the journal is on disk before
/// anything in it is confirmed.
#[derive(Debug)]
pub struct Writer {
    file: File,
    path: PathBuf,
    broken: bool,
    /// The header is written but not yet synced.
    unsynced: bool,
}

impl Writer {
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Removes the journal: a conversation started by mistake, discarded on purpose. The
    /// lock is held until the file is gone, so no one else can have it open for writing.
    pub fn discard(self) -> Result<(), StoreError> {
        fs::remove_file(&self.path).map_err(io_error(&self.path, Action::Write))?;
        if let Some(folder) = self.path.parent() {
            sync_dir(folder)?;
        }
        Ok(())
    }

    /// Whether an earlier failed append could not be undone, so nothing more is written.
    pub fn is_broken(&self) -> bool {
        self.broken
    }

    /// Appends a block and waits until it is on disk. On an error nothing of the block is
    /// left in the file, and the same block may be appended again later.
    pub fn append(&mut self, block: &Block) -> Result<(), StoreError> {
        self.append_bytes(format::write_block(block).as_bytes())
    }

    /// Puts a new journal's header on disk, with its name in its folder, if that is not
    /// done yet. On an error nothing changes, and the next call (or append) tries again.
    pub fn sync(&mut self) -> Result<(), StoreError> {
        if !self.unsynced {
            return Ok(());
        }
        self.file
            .sync_data()
            .map_err(io_error(&self.path, Action::Write))?;
        if let Some(folder) = self.path.parent() {
            sync_dir(folder)?;
        }
        self.unsynced = false;
        Ok(())
    }

    fn append_bytes(&mut self, bytes: &[u8]) -> Result<(), StoreError> {
        self.sync()?;
        self.write_bytes(bytes, true)
    }

    /// Writes `bytes` at the end, and waits until they are on disk when `sync`.
    fn write_bytes(&mut self, bytes: &[u8], sync: bool) -> Result<(), StoreError> {
        if self.broken {
            return Err(StoreError::Broken {
                path: self.path.clone(),
            });
        }
        let before = io::Seek::stream_position(&mut self.file)
            .map_err(io_error(&self.path, Action::Write))?;
        let written = self
            .file
            .write_all(bytes)
            .and_then(|()| if sync { self.file.sync_data() } else { Ok(()) });
        let Err(error) = written else {
            return Ok(());
        };
        // Part of the block may be in the file (a write cut short by a full disk), or all
        // of it without being on disk (a failed fsync): either way it was not confirmed.
        let restored = self
            .file
            .set_len(before)
            .and_then(|()| io::Seek::seek(&mut self.file, io::SeekFrom::Start(before)))
            .and_then(|_| self.file.sync_all());
        if restored.is_err() {
            self.broken = true;
        }
        Err(io_error(&self.path, Action::Write)(error))
    }
}

fn lock(file: &File, path: &Path) -> Result<(), StoreError> {
    match file.try_lock() {
        Ok(()) => Ok(()),
        Err(fs::TryLockError::WouldBlock) => Err(StoreError::Busy {
            path: path.to_path_buf(),
        }),
        Err(fs::TryLockError::Error(error)) => Err(io_error(path, Action::Lock)(error)),
    }
}

fn private_file_options() -> OpenOptions {
    let mut options = OpenOptions::new();
    options.write(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options
}

fn make_private_dirs(dir: &Path) -> Result<(), StoreError> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder
        .create(dir)
        .map_err(io_error(dir, Action::CreateFolder))?;
    // A folder made earlier by hand may be wider open than ours would be.
    #[cfg(unix)]
    {
        keep_private(dir)?;
        if let Some(journals) = dir.parent()
            && journals.file_name().is_some_and(|n| n == "journals")
        {
            keep_private(journals)?;
        }
    }
    Ok(())
}

/// Closes a folder to all but its owner, if it is not so already: a change of mode is a
/// write to the disk, made at every conversation's start otherwise.
#[cfg(unix)]
fn keep_private(dir: &Path) -> Result<(), StoreError> {
    use std::os::unix::fs::PermissionsExt;
    let mode = fs::metadata(dir)
        .map_err(io_error(dir, Action::CreateFolder))?
        .permissions()
        .mode();
    if mode & 0o777 != 0o700 {
        fs::set_permissions(dir, fs::Permissions::from_mode(0o700))
            .map_err(io_error(dir, Action::CreateFolder))?;
    }
    Ok(())
}

/// A new file's name is only durable once its folder is synced too.
fn sync_dir(dir: &Path) -> Result<(), StoreError> {
    #[cfg(unix)]
    {
        File::open(dir)
            .and_then(|d| d.sync_all())
            .map_err(io_error(dir, Action::Write))?;
    }
    let _ = dir;
    Ok(())
}

/// When something was recorded, for callers that need "now" in the journal's form.
pub fn now() -> Stamp {
    chrono::Local::now().fixed_offset()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A writer whose failed write cannot be cut back either (here: a handle that can
    /// neither write nor truncate) refuses every later append without writing.
    #[test]
    fn a_writer_that_cannot_cut_back_refuses_to_write_again() {
        let dir = std::env::temp_dir().join(format!("samtale-store-broken-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).expect("a scratch folder");
        let path = dir.join("journal.txt");
        fs::write(&path, "samtale journal v1\n").expect("a journal");
        let mut writer = Writer {
            file: File::open(&path).expect("open read-only"),
            path: path.clone(),
            broken: false,
            unsynced: false,
        };
        let block = Block::Paused { at: now() };
        assert!(matches!(writer.append(&block), Err(StoreError::Io { .. })));
        assert!(writer.is_broken());
        assert!(matches!(
            writer.append(&block),
            Err(StoreError::Broken { .. })
        ));
        assert_eq!(
            fs::read_to_string(&path).expect("read"),
            "samtale journal v1\n"
        );
        let _ = fs::remove_dir_all(&dir);
    }
}
