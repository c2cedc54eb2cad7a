//! Where journals live on disk, and the only code that touches them.
//!
//! `<data dir>/journals/<participant>/<UTC time>-<dialogue>.txt`, one file per
//! conversation; rehearsals go to `<data dir>/rehearsals/` instead. Folders are 0700 and
//! files 0600. Every block is appended and fsync'd before the caller goes on, and a
//! writer holds an exclusive lock on its file for as long as it lives.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use super::format::{self, Block, Header, Journal, Mode};
use crate::engine::{Previous, Stamp};

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
    /// A pseudonym that could name a path ("../x") or is empty.
    BadParticipant(String),
}

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
/// not starting with a dot, at most 64 characters.
pub fn is_valid_participant(id: &str) -> bool {
    !id.is_empty()
        && id.chars().count() <= 64
        && !id.starts_with('.')
        && id
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.'))
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
        if !is_valid_participant(participant) {
            return Err(StoreError::BadParticipant(participant.to_owned()));
        }
        Ok(self.data_dir.join("journals").join(participant))
    }

    fn folder_for(&self, header: &Header) -> Result<PathBuf, StoreError> {
        match header.mode {
            Mode::Rehearsal => Ok(self.data_dir.join("rehearsals")),
            _ => self.participant_dir(&header.participant),
        }
    }

    /// Creates the journal of a new conversation with its header written and on disk.
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
        lock(&file, &path)?;
        let mut writer = Writer { file, path };
        writer.write_durably(format::write_header(header).as_bytes())?;
        sync_dir(&folder)?;
        Ok(writer)
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
        lock(&file, path)?;
        let text = read_whole_lines(path)?;
        let intact = intact_length(&text);
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
        })
    }

    /// The participant's journals, oldest first. Files that cannot be read are returned
    /// as errors beside them, so one damaged file hides nothing else.
    pub fn journals(
        &self,
        participant: &str,
    ) -> Result<Vec<Result<Found, StoreError>>, StoreError> {
        let dir = self.participant_dir(participant)?;
        let entries = match fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(error) if error.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(error) => return Err(io_error(&dir, Action::Read)(error)),
        };
        let mut paths: Vec<PathBuf> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect();
        paths.sort();
        Ok(paths.into_iter().map(|path| read(&path)).collect())
    }

    /// The latest unfinished conversation of this dialogue for the participant.
    pub fn unfinished(
        &self,
        participant: &str,
        dialogue: &str,
    ) -> Result<Option<Found>, StoreError> {
        Ok(self
            .journals(participant)?
            .into_iter()
            .filter_map(Result::ok)
            .rfind(|f| f.journal.header.dialogue == dialogue && !f.journal.is_finished()))
    }

    /// The scores of the latest finished conversation of this dialogue, for change flags.
    pub fn previous_scores(
        &self,
        participant: &str,
        dialogue: &str,
    ) -> Result<Previous, StoreError> {
        Ok(self
            .journals(participant)?
            .into_iter()
            .filter_map(Result::ok)
            .rfind(|f| f.journal.header.dialogue == dialogue && f.journal.is_finished())
            .map(|f| f.journal.scores())
            .unwrap_or_default())
    }

    /// The pseudonyms that have a folder, sorted.
    pub fn participants(&self) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(self.data_dir.join("journals"))
            .map(|entries| {
                entries
                    .filter_map(Result::ok)
                    .filter(|e| e.path().is_dir())
                    .filter_map(|e| e.file_name().into_string().ok())
                    .filter(|name| is_valid_participant(name))
                    .collect()
            })
            .unwrap_or_default();
        names.sort();
        names
    }
}

/// Reads and parses one journal, leaving out a last block cut short by a crash.
pub fn read(path: &Path) -> Result<Found, StoreError> {
    let text = read_whole_lines(path)?;
    let journal =
        format::parse(&text[..intact_length(&text)]).map_err(|e| StoreError::Unreadable {
            path: path.to_path_buf(),
            line: e.line,
            detail: e.detail,
        })?;
    Ok(Found {
        path: path.to_path_buf(),
        journal,
    })
}

/// The file up to its last line feed: a crash can cut a write inside a character, and what
/// comes after the last line feed was never a whole line anyway.
fn read_whole_lines(path: &Path) -> Result<String, StoreError> {
    let mut bytes = fs::read(path).map_err(io_error(path, Action::Read))?;
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

/// The length of the text without a last block that a crash cut short: a last line with
/// no line feed, or a last block that does not parse.
fn intact_length(text: &str) -> usize {
    let whole_lines = text.rfind('\n').map_or(0, |i| i + 1);
    let candidate = &text[..whole_lines];
    if format::parse(candidate).is_ok() {
        return whole_lines;
    }
    match candidate.rfind("\n\n== ") {
        Some(last_block) if format::parse(&candidate[..=last_block]).is_ok() => last_block + 1,
        _ => whole_lines,
    }
}

/// A journal open for appending, locked for as long as it lives.
#[derive(Debug)]
pub struct Writer {
    file: File,
    path: PathBuf,
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

    /// Appends a block and waits until it is on disk.
    pub fn append(&mut self, block: &Block) -> Result<(), StoreError> {
        self.write_durably(format::write_block(block).as_bytes())
    }

    fn write_durably(&mut self, bytes: &[u8]) -> Result<(), StoreError> {
        self.file
            .write_all(bytes)
            .and_then(|()| self.file.sync_data())
            .map_err(io_error(&self.path, Action::Write))
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
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(dir, fs::Permissions::from_mode(0o700))
            .map_err(io_error(dir, Action::CreateFolder))?;
        if let Some(journals) = dir.parent()
            && journals.file_name().is_some_and(|n| n == "journals")
        {
            fs::set_permissions(journals, fs::Permissions::from_mode(0o700))
                .map_err(io_error(journals, Action::CreateFolder))?;
        }
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

/// A journal's text as it is on disk, for showing it as it stands.
pub fn read_text(path: &Path) -> Result<String, StoreError> {
    fs::read_to_string(path).map_err(io_error(path, Action::Read))
}

/// When something was recorded, for callers that need "now" in the journal's form.
pub fn now() -> Stamp {
    chrono::Local::now().fixed_offset()
}
