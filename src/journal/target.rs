//! A participant's own targets, kept beside their journals in
//! `<data dir>/targets/<participant>.ron`: only an ORS target for now, with who set (or
//! cleared) it and when. Staff set it from the trend screen or with `samtale trend …
//! --target`; both write this one file, so the latest one written is the one that holds.
//! Never in the journal of a conversation: a target is no answer the person gave.

use std::fs::{self, OpenOptions};
use std::io::{self, Write as _};
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::engine::Stamp;
use crate::journal::store::is_valid_participant;

/// A participant's own targets. Only an ORS target for now; a missing file is no target.
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Target {
    #[serde(default)]
    pub ors: Option<f64>,
    /// Who set or cleared it last: the staff member's name typed on the trend screen;
    /// `None` when it was set with `samtale trend … --target` (or before samtale kept it).
    #[serde(default)]
    pub by: Option<String>,
    /// When it was set or cleared last, in local time with its offset (RFC 3339).
    #[serde(default)]
    pub at: Option<String>,
}

impl Target {
    /// When it was set or cleared, if the file says so readably.
    pub fn when(&self) -> Option<Stamp> {
        self.at
            .as_deref()
            .and_then(|at| Stamp::parse_from_rfc3339(at).ok())
    }
}

#[derive(Debug)]
pub enum TargetError {
    /// A pseudonym that could name a path ("../x") or is empty.
    BadParticipant(String),
    /// An ORS target outside 0–40 (or not a number at all).
    OutOfRange { value: f64 },
    /// The target file says something samtale cannot read, at this line and column.
    BadFile {
        path: PathBuf,
        line: usize,
        column: usize,
        detail: String,
    },
    /// The operating system refused (no permission, a full disk).
    Io { path: PathBuf, error: io::Error },
    /// Not a regular file (a FIFO, a device, a folder), or larger than `too_large` bytes
    /// (far more than a target file holds): not read.
    Unusable {
        path: PathBuf,
        too_large: Option<u64>,
    },
}

/// A target file holds one number: anything near this size is not one.
const MAX_TARGET_BYTES: u64 = 64 * 1024;

impl std::fmt::Display for TargetError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TargetError::BadParticipant(name) => write!(f, "`{name}` is not a pseudonym"),
            TargetError::OutOfRange { value } => {
                write!(f, "an ORS target must be between 0 and 40, not {value}")
            }
            TargetError::BadFile {
                path,
                line,
                column,
                detail,
            } => write!(
                f,
                "{}:{line}:{column}: not a target file like `(ors: Some(30.0))`: {detail}",
                path.display()
            ),
            TargetError::Io { path, error } => write!(f, "{}: {error}", path.display()),
            TargetError::Unusable { path, .. } => {
                write!(f, "{}: not a target file samtale reads", path.display())
            }
        }
    }
}

impl std::error::Error for TargetError {}

/// The highest ORS target there can be: the top of the ORS total.
pub const ORS_MAX: f64 = 40.0;

/// Where a participant's targets are kept: `<data dir>/targets/<participant>.ron`.
pub fn target_path(data_dir: &Path, participant: &str) -> Result<PathBuf, TargetError> {
    if !is_valid_participant(participant) {
        return Err(TargetError::BadParticipant(participant.to_owned()));
    }
    Ok(data_dir.join("targets").join(format!("{participant}.ron")))
}

fn check_ors(value: f64) -> Result<f64, TargetError> {
    if value.is_finite() && (0.0..=ORS_MAX).contains(&value) {
        Ok(value)
    } else {
        Err(TargetError::OutOfRange { value })
    }
}

/// The participant's targets; no file means no target.
pub fn target(data_dir: &Path, participant: &str) -> Result<Target, TargetError> {
    let path = target_path(data_dir, participant)?;
    use crate::files::ReadError;
    let bytes = match crate::files::read_regular(&path, MAX_TARGET_BYTES) {
        Ok(bytes) => bytes,
        Err(ReadError::Io(error)) if error.kind() == io::ErrorKind::NotFound => {
            return Ok(Target::default());
        }
        Err(ReadError::Io(error)) => return Err(TargetError::Io { path, error }),
        Err(ReadError::NotAFile) => {
            return Err(TargetError::Unusable {
                path,
                too_large: None,
            });
        }
        Err(ReadError::TooLarge { limit, .. }) => {
            return Err(TargetError::Unusable {
                path,
                too_large: Some(limit),
            });
        }
    };
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(_) => {
            return Err(TargetError::BadFile {
                path,
                line: 1,
                column: 1,
                detail: "not UTF-8 text".into(),
            });
        }
    };
    parse_target(&path, &text)
}

/// Reads the text of a target file; `path` is only for the error.
pub fn parse_target(path: &Path, text: &str) -> Result<Target, TargetError> {
    let target: Target = ron::Options::default()
        .with_recursion_limit(8)
        .from_str(text)
        .map_err(|error| TargetError::BadFile {
            path: path.to_path_buf(),
            line: error.span.start.line,
            column: error.span.start.col,
            detail: error.code.to_string(),
        })?;
    if let Some(value) = target.ors
        && check_ors(value).is_err()
    {
        return Err(TargetError::BadFile {
            path: path.to_path_buf(),
            line: 1,
            column: 1,
            detail: format!("the ORS target {value} is not between 0 and 40"),
        });
    }
    Ok(target)
}

/// The text of a target file: `(ors: Some(30.0), by: Some("Mette"), at: Some("…"))`, or
/// `(ors: None, …)` once cleared; `by` and `at` are left out when unknown.
pub fn write_target(target: &Target) -> String {
    let mut text = match target.ors {
        Some(value) => format!("(ors: Some({value:?})"),
        None => "(ors: None".to_owned(),
    };
    // RON's own string quoting, so a name with a quote or a backslash reads back as typed.
    let quoted = |value: &str| ron::to_string(value).unwrap_or_else(|_| "\"\"".to_owned());
    if let Some(by) = &target.by {
        text.push_str(&format!(", by: Some({})", quoted(by)));
    }
    if let Some(at) = &target.at {
        text.push_str(&format!(", at: Some({})", quoted(at)));
    }
    text.push_str(")\n");
    text
}

/// Stores the participant's targets in a file only its owner can read (0600, in a 0700
/// folder), replacing the old file in one step. `ors: None` removes the ORS target.
pub fn set_target(data_dir: &Path, participant: &str, target: &Target) -> Result<(), TargetError> {
    if let Some(value) = target.ors {
        check_ors(value)?;
    }
    let path = target_path(data_dir, participant)?;
    let dir = path.parent().unwrap_or(data_dir).to_path_buf();
    let io_error = |path: &Path| {
        let path = path.to_path_buf();
        move |error| TargetError::Io { path, error }
    };
    make_private_dir(&dir).map_err(io_error(&dir))?;
    let temporary = dir.join(format!(".{participant}.ron.new"));
    let _ = fs::remove_file(&temporary);
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(&temporary).map_err(io_error(&temporary))?;
    file.write_all(write_target(target).as_bytes())
        .and_then(|()| file.sync_all())
        .map_err(io_error(&temporary))?;
    drop(file);
    fs::rename(&temporary, &path).map_err(io_error(&path))?;
    Ok(())
}

/// Creates a folder (and its parents) that only its owner can open.
pub(crate) fn make_private_dir(dir: &Path) -> io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(dir, fs::Permissions::from_mode(0o700))?;
    }
    Ok(())
}
