//! Where the command loop writes the open conversation's journal: the store on disk, or,
//! for tests, a journal in memory that holds exactly the text the store would have
//! written, and can be told to fail.

use std::io;
use std::path::{Path, PathBuf};

use crate::journal::store::Action;
use crate::journal::{Block, Found, Header, Store, StoreError, Writer, format};

/// One journal open at a time: created or reopened, appended to block by block, closed.
///
/// `append` returns only when the block is durable. When it fails, the journal is left as
/// it was before the block (a torn block is cut off before anything else is appended), so
/// what is on disk always parses.
pub trait JournalSink {
    /// Creates the journal of a new conversation, with its header written.
    fn create(&mut self, store: &Store, header: &Header) -> Result<PathBuf, StoreError>;
    /// Opens an unfinished journal again, to go on with it.
    fn reopen(&mut self, store: &Store, found: &Found) -> Result<PathBuf, StoreError>;
    fn append(&mut self, block: &Block) -> Result<(), StoreError>;
    /// Puts on disk what `create` wrote and left for later (the header): called once the
    /// first screen is drawn; `append` does it first otherwise.
    fn sync(&mut self) -> Result<(), StoreError> {
        Ok(())
    }
    /// Closes the journal, giving up its lock.
    fn close(&mut self);
    /// Removes the open journal: a conversation started by mistake and discarded.
    fn discard(&mut self) -> Result<(), StoreError>;
}

/// The real thing: journals in the data folder, locked, fsync'd block by block.
#[derive(Default)]
pub struct StoreSink {
    writer: Option<Writer>,
}

impl JournalSink for StoreSink {
    fn create(&mut self, store: &Store, header: &Header) -> Result<PathBuf, StoreError> {
        let writer = store.create(header)?;
        let path = writer.path().to_path_buf();
        self.writer = Some(writer);
        Ok(path)
    }

    fn reopen(&mut self, store: &Store, found: &Found) -> Result<PathBuf, StoreError> {
        let writer = store.reopen(found)?;
        let path = writer.path().to_path_buf();
        self.writer = Some(writer);
        Ok(path)
    }

    fn append(&mut self, block: &Block) -> Result<(), StoreError> {
        match &mut self.writer {
            Some(writer) => writer.append(block),
            None => Ok(()),
        }
    }

    fn sync(&mut self) -> Result<(), StoreError> {
        match &mut self.writer {
            Some(writer) => writer.sync(),
            None => Ok(()),
        }
    }

    fn close(&mut self) {
        self.writer = None;
    }

    fn discard(&mut self) -> Result<(), StoreError> {
        match self.writer.take() {
            Some(writer) => writer.discard(),
            None => Ok(()),
        }
    }
}

/// When the journal in memory refuses to be written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Failure {
    /// Appends that still succeed before every further one fails.
    pub after: usize,
    /// A failing append writes the first half of its block first, as a full disk can.
    pub torn: bool,
}

/// Journals in memory, with exactly the text the store would write, for tests of the
/// whole command loop. It can fail like a full disk, and recover like one cleared.
#[derive(Debug, Default)]
pub struct MemorySink {
    /// Every journal written, in the order they were created: path and text.
    pub journals: Vec<(PathBuf, String)>,
    open: Option<usize>,
    appended: usize,
    pub failure: Option<Failure>,
}

impl MemorySink {
    pub fn new() -> MemorySink {
        MemorySink::default()
    }

    pub fn failing(failure: Failure) -> MemorySink {
        MemorySink {
            failure: Some(failure),
            ..MemorySink::default()
        }
    }

    fn failing_now(&self) -> bool {
        self.failure.is_some_and(|f| self.appended >= f.after)
    }

    /// The text of the journal written last, as it would be on disk.
    pub fn last_text(&self) -> Option<&str> {
        self.journals.last().map(|(_, text)| text.as_str())
    }

    fn full_disk(path: &Path) -> StoreError {
        StoreError::Io {
            path: path.to_path_buf(),
            action: Action::Write,
            error: io::Error::from(io::ErrorKind::StorageFull),
        }
    }
}

impl JournalSink for MemorySink {
    fn create(&mut self, _store: &Store, header: &Header) -> Result<PathBuf, StoreError> {
        if self.failing_now() {
            return Err(MemorySink::full_disk(Path::new("memory")));
        }
        let path = PathBuf::from(format!(
            "memory/{}/{}-{}.txt",
            header.participant,
            self.journals.len() + 1,
            header.dialogue
        ));
        self.journals
            .push((path.clone(), format::write_header(header)));
        self.open = Some(self.journals.len() - 1);
        Ok(path)
    }

    fn reopen(&mut self, _store: &Store, found: &Found) -> Result<PathBuf, StoreError> {
        let index = match self.journals.iter().position(|(p, _)| *p == found.path) {
            Some(index) => index,
            None => {
                self.journals
                    .push((found.path.clone(), format::write(&found.journal)));
                self.journals.len() - 1
            }
        };
        self.open = Some(index);
        Ok(found.path.clone())
    }

    fn append(&mut self, block: &Block) -> Result<(), StoreError> {
        let Some(index) = self.open else {
            return Ok(());
        };
        let (path, text) = &mut self.journals[index];
        let bytes = format::write_block(block);
        if let Some(failure) = self.failure.filter(|f| self.appended >= f.after) {
            if failure.torn {
                // Half the block reaches the disk before it fills; like the store, the sink
                // cuts it off again, so what is on disk still parses.
                let before = text.len();
                let half = (0..=bytes.len() / 2)
                    .rev()
                    .find(|i| bytes.is_char_boundary(*i))
                    .unwrap_or(0);
                text.push_str(&bytes[..half]);
                text.truncate(before);
            }
            return Err(MemorySink::full_disk(path));
        }
        text.push_str(&bytes);
        self.appended += 1;
        Ok(())
    }

    fn close(&mut self) {
        self.open = None;
    }

    fn discard(&mut self) -> Result<(), StoreError> {
        if let Some(index) = self.open.take() {
            self.journals.remove(index);
        }
        Ok(())
    }
}

/// Writes nothing anywhere: `samtale preview` runs a script being written, and no one's
/// journal (not even a rehearsal's) may come of it.
#[derive(Debug, Default)]
pub struct NullSink;

impl JournalSink for NullSink {
    fn create(&mut self, _store: &Store, _header: &Header) -> Result<PathBuf, StoreError> {
        Ok(PathBuf::new())
    }

    fn reopen(&mut self, _store: &Store, _found: &Found) -> Result<PathBuf, StoreError> {
        Ok(PathBuf::new())
    }

    fn append(&mut self, _block: &Block) -> Result<(), StoreError> {
        Ok(())
    }

    fn close(&mut self) {}

    fn discard(&mut self) -> Result<(), StoreError> {
        Ok(())
    }
}
