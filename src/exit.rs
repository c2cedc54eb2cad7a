//! The exit codes samtale ends with, the same for every command and front end (documented
//! in README.md).

pub const OK: i32 = 0;
/// `check` found problems; a script or the config file is broken.
pub const PROBLEMS: i32 = 1;
/// The command line is wrong.
pub const USAGE: i32 = 2;
/// The journal is open in another samtale.
pub const BUSY: i32 = 3;
/// A journal could not be read or written (a full disk, no permission).
pub const STORAGE: i32 = 4;
/// The conversation was paused: it is saved and can be resumed.
pub const PAUSED: i32 = 5;
