//! Reading a file that a user, a folder listing or the command line points at, safely.
//!
//! Every file samtale reads (journals, the config file, scripts and their `.ftl` files,
//! the ORS target file) goes through [`read_regular`], because a path can name something
//! that is not a file at all:
//!
//! - opening a FIFO (a named pipe) for reading blocks until someone writes to it, so a
//!   FIFO called `x.txt` in a participant's folder would hang every command that lists
//!   the folder. The file is opened with `O_NONBLOCK`, which makes that open return at
//!   once, and its type is then checked on the opened handle (not on the path, which
//!   could be swapped in between);
//! - a device such as `/dev/zero` reports a size of 0 and never ends, so a size limit
//!   taken from `metadata().len()` does not hold: the limit is applied while reading.

use std::fs::{File, OpenOptions};
use std::io::{self, Read};
use std::path::Path;

/// Why a file could not be read.
#[derive(Debug)]
pub enum ReadError {
    /// The operating system refused: not there, no permission, an I/O error.
    Io(io::Error),
    /// A folder, a FIFO, a device or a socket: never read.
    NotAFile,
    /// More than the limit: not read, or reading stopped there. `size` is what the file
    /// measured (a regular file's size can be trusted, and it was checked before reading;
    /// a file that grew while it was read measures at least `limit + 1`).
    TooLarge { size: u64, limit: u64 },
}

impl From<io::Error> for ReadError {
    fn from(error: io::Error) -> ReadError {
        ReadError::Io(error)
    }
}

/// `O_NONBLOCK`, without a dependency on libc for one constant: opening a FIFO with it
/// returns at once instead of waiting for a writer. It has no effect on regular files.
#[cfg(any(target_os = "linux", target_os = "android"))]
const O_NONBLOCK: i32 = 0o4000;
#[cfg(all(unix, not(any(target_os = "linux", target_os = "android"))))]
const O_NONBLOCK: i32 = 0x0004;

/// Opens `path` for reading if it is a regular file (a symbolic link to one is fine).
pub fn open_regular(path: &Path) -> Result<File, ReadError> {
    let mut options = OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(O_NONBLOCK);
    }
    let file = options.open(path)?;
    if !file.metadata()?.is_file() {
        return Err(ReadError::NotAFile);
    }
    Ok(file)
}

/// [`open_regular`], with the file's size from the same `fstat`.
fn open_regular_sized(path: &Path) -> Result<(File, u64), ReadError> {
    let mut options = OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(O_NONBLOCK);
    }
    let file = options.open(path)?;
    let metadata = file.metadata()?;
    if !metadata.is_file() {
        return Err(ReadError::NotAFile);
    }
    Ok((file, metadata.len()))
}

/// The bytes of a regular file of at most `limit` bytes.
pub fn read_regular(path: &Path, limit: u64) -> Result<Vec<u8>, ReadError> {
    let (file, size) = open_regular_sized(path)?;
    // A regular file that says it is too large is refused before anything is read.
    if size > limit {
        return Err(ReadError::TooLarge { size, limit });
    }
    // Room for the whole file and the one byte more: it is read in one call and the end
    // found in a second, not in a read for every doubling of a small buffer (thousands
    // of journals are read for a list).
    read_into(file, limit, Vec::with_capacity(size as usize + 1))
}

/// [`read_regular`] into `bytes` (emptied first), a buffer the caller reuses from file to
/// file: a list of thousands of journals then allocates and faults in its memory once, not
/// once a file. A read that returns exactly the size the file had when it was opened is
/// taken as its end, so a file is read in one call; one that grew meanwhile is read on,
/// and the limit still holds.
pub fn read_regular_into(path: &Path, limit: u64, bytes: &mut Vec<u8>) -> Result<(), ReadError> {
    let (mut file, size) = open_regular_sized(path)?;
    if size > limit {
        return Err(ReadError::TooLarge { size, limit });
    }
    bytes.clear();
    // Room for one byte more than the file had: a file that grew shows it in this read.
    bytes.resize(size as usize + 1, 0);
    let mut filled = 0;
    loop {
        if filled == bytes.len() {
            // It grew: read the rest the careful way, up to the limit.
            bytes.truncate(filled);
            let rest = limit.saturating_add(1).saturating_sub(filled as u64);
            if let Err(error) = (&mut file).take(rest).read_to_end(bytes) {
                bytes.clear();
                return Err(ReadError::Io(error));
            }
            filled = bytes.len();
            break;
        }
        match file.read(&mut bytes[filled..]) {
            Ok(0) => break,
            Ok(n) => {
                filled += n;
                if filled as u64 == size {
                    break;
                }
            }
            Err(error) if error.kind() == io::ErrorKind::Interrupted => {}
            Err(error) => {
                bytes.clear();
                return Err(ReadError::Io(error));
            }
        }
    }
    bytes.truncate(filled);
    if bytes.len() as u64 > limit {
        let size = bytes.len() as u64;
        bytes.clear();
        return Err(ReadError::TooLarge { size, limit });
    }
    Ok(())
}

/// The bytes of an already opened file, at most `limit`: one byte more is asked for, so
/// that a file of exactly `limit` bytes is read and a longer one refused, without ever
/// holding more than `limit + 1` bytes whatever the file claims its size is.
pub fn read_open(file: File, limit: u64) -> Result<Vec<u8>, ReadError> {
    read_into(file, limit, Vec::new())
}

fn read_into(file: File, limit: u64, mut bytes: Vec<u8>) -> Result<Vec<u8>, ReadError> {
    file.take(limit.saturating_add(1)).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(ReadError::TooLarge {
            size: bytes.len() as u64,
            limit,
        });
    }
    Ok(bytes)
}

/// The problem key and arguments for a file that could not be read, as `samtale check`
/// and the config file report them (`path:1:1: …`).
pub fn problem_of(error: &ReadError) -> (&'static str, Vec<(&'static str, String)>) {
    match error {
        // The system's own text is English whatever the reader's language: the kind is
        // passed as a message key (`os`), worded when the problem is rendered.
        ReadError::Io(error) => {
            let (key, code) = crate::wording::os_error_key(error);
            let mut args = vec![("os", key.to_owned())];
            if let Some(code) = code {
                args.push(("code", code.to_string()));
            }
            ("check-unreadable", args)
        }
        ReadError::NotAFile => ("check-not-a-file", vec![]),
        ReadError::TooLarge { size, limit } => (
            "check-too-large",
            vec![("size", size.to_string()), ("limit", limit.to_string())],
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> std::path::PathBuf {
        let dir = std::env::temp_dir().join(format!("samtale-files-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("a scratch folder");
        dir
    }

    #[test]
    fn reads_a_file_up_to_the_limit_and_refuses_one_byte_more() {
        let dir = scratch("limit");
        let path = dir.join("f.txt");
        std::fs::write(&path, b"12345").expect("write");
        assert_eq!(read_regular(&path, 5).expect("read"), b"12345");
        assert!(matches!(
            read_regular(&path, 4),
            Err(ReadError::TooLarge { size: 5, limit: 4 })
        ));
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn refuses_folders_and_devices() {
        let dir = scratch("kinds");
        assert!(matches!(read_regular(&dir, 10), Err(ReadError::NotAFile)));
        #[cfg(unix)]
        assert!(matches!(
            read_regular(Path::new("/dev/zero"), 10),
            Err(ReadError::NotAFile)
        ));
        assert!(matches!(
            read_regular(&dir.join("missing"), 10),
            Err(ReadError::Io(e)) if e.kind() == io::ErrorKind::NotFound
        ));
        let _ = std::fs::remove_dir_all(&dir);
    }
}
