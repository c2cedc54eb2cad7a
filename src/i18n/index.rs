//! Where each message and term of a Fluent file is, found without parsing it.
//!
//! Fluent is made for this: an entry begins on a line that starts with its id (a
//! message), `-` (a term) or `#` (a comment), and every other line (indented, blank, or a
//! `}`, `[`, `*` or `.` at the start of a line) belongs to the entry above it. So a file is
//! cut into entries by the first byte of each line. The built-in files are cut by the
//! build script, which includes this file (so it uses no crate), and their tables are
//! compiled into the binary; a file from a dialogue folder is cut when first looked in.

/// One message or term: the hash of its id (a term's with its `-`), where the id is and
/// where its text is (byte offsets into the file, the text up to the next entry).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Entry {
    pub hash: u64,
    pub id: (u32, u32),
    pub text: (u32, u32),
}

impl Entry {
    pub const fn new(hash: u64, id: (u32, u32), text: (u32, u32)) -> Entry {
        Entry { hash, id, text }
    }

    pub fn id<'a>(&self, file: &'a str) -> &'a str {
        &file[self.id.0 as usize..self.id.1 as usize]
    }

    pub fn text<'a>(&self, file: &'a str) -> &'a str {
        &file[self.text.0 as usize..self.text.1 as usize]
    }
}

/// The entries of a Fluent file, sorted by the hash of their id and then by place: a
/// lookup is a binary search, and of an id given twice the first is found first.
pub fn entries(file: &str) -> Vec<Entry> {
    let bytes = file.as_bytes();
    let line_starts = std::iter::once(0).chain(
        bytes
            .iter()
            .enumerate()
            .filter(|(_, byte)| **byte == b'\n')
            .map(|(at, _)| at + 1),
    );
    // Where each entry or comment begins, and the id of an entry.
    let mut starts: Vec<(usize, Option<(usize, usize)>)> = Vec::new();
    for start in line_starts.filter(|at| *at < bytes.len()) {
        // Cut just after a newline: always a character boundary.
        let line = &file[start..];
        let id = match bytes[start] {
            b'#' => None,
            b'-' => match identifier(&line[1..]) {
                Some(end) => Some((start, start + 1 + end)),
                None => continue,
            },
            byte if byte.is_ascii_alphabetic() => identifier(line).map(|end| (start, start + end)),
            _ => continue,
        };
        starts.push((start, id));
    }
    let mut entries: Vec<Entry> = starts
        .iter()
        .enumerate()
        .filter_map(|(at, (start, id))| {
            let end = starts.get(at + 1).map_or(bytes.len(), |(next, _)| *next);
            let (id_start, id_end) = (*id)?;
            Some(Entry::new(
                hash(&file[id_start..id_end]),
                (offset(id_start), offset(id_end)),
                (offset(*start), offset(end)),
            ))
        })
        .collect();
    entries.sort_unstable();
    entries
}

/// A file's offsets fit in 32 bits: samtale reads no Fluent file of 4 GiB.
fn offset(at: usize) -> u32 {
    u32::try_from(at).unwrap_or(u32::MAX)
}

/// The place in `entries` (sorted as [`entries`] sorts them) of the entry `id`.
pub fn find(entries: &[Entry], file: &str, id: &str) -> Option<usize> {
    let wanted = hash(id);
    let first = entries.partition_point(|entry| entry.hash < wanted);
    entries[first..]
        .iter()
        .take_while(|entry| entry.hash == wanted)
        .position(|entry| entry.id(file) == id)
        .map(|at| first + at)
}

/// FNV-1a: quick for short ids, and the same in the build script and every run.
pub fn hash(id: &str) -> u64 {
    id.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// The length of the Fluent identifier at the start of `text`, if one is there.
pub fn identifier(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    if !bytes.first()?.is_ascii_alphabetic() {
        return None;
    }
    Some(
        bytes
            .iter()
            .position(|b| !(b.is_ascii_alphanumeric() || *b == b'-' || *b == b'_'))
            .unwrap_or(bytes.len()),
    )
}
