//! Writing an export to a file typed by hand: private (0600), complete or not at all, and
//! never over a journal or, without `--force`, over a file that is there.

use std::fs::{self, OpenOptions};
use std::io;
use std::path::{Path, PathBuf};
use std::sync::atomic::Ordering;

use super::{ExportError, Exported, Options, run};
use crate::i18n::Lang;
use crate::journal::store::Store;
use crate::script::Library;

/// [`run`] into a file that only its owner can read (0600): written beside it under a
/// temporary name and renamed over it once complete, so a failed export leaves no
/// half-written file and an existing file is replaced whole, permissions and all.
pub fn run_to_file(
    store: &Store,
    options: &Options,
    lang: Lang,
    dialogues: &Library,
    path: &Path,
) -> Result<Exported, ExportError> {
    write_file(store, options, lang, dialogues, path, true)
}

/// How long a `.NAME.PID.partial` file of an export may stand before a later export takes
/// it for left behind, even if a process with its PID is running (PIDs are reused).
const STALE_PARTIAL: std::time::Duration = std::time::Duration::from_secs(6 * 60 * 60);

/// `samtale export --output FILE`: [`run_to_file`], made safe for a path typed by hand.
///
/// - A path in the data folder is refused: an export there could replace a journal.
/// - A file that is there already is refused unless `replace` (`--force`); without it the
///   finished export is linked into place, which fails rather than replace a file that
///   appeared meanwhile.
/// - An export stopped by SIGINT, SIGTERM or SIGHUP removes its temporary file (it holds
///   personal data) before the process ends with 128 + the signal's number.
/// - Temporary files that an earlier export left beside the output (killed with SIGKILL,
///   a power cut) are removed: those whose process is gone, or older than six hours.
pub fn run_to_output(
    store: &Store,
    options: &Options,
    lang: Lang,
    dialogues: &Library,
    path: &Path,
    replace: bool,
) -> Result<Exported, ExportError> {
    if is_inside(path, store.data_dir()) {
        return Err(ExportError::InsideDataDir {
            path: path.to_path_buf(),
            data_dir: store.data_dir().to_path_buf(),
        });
    }
    if !replace && fs::symlink_metadata(path).is_ok() {
        return Err(ExportError::Exists {
            path: path.to_path_buf(),
        });
    }
    remove_stale_partials(path);
    let temporary = partial_path(path)?;
    let done = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let watcher = watch_signals(&temporary, std::sync::Arc::clone(&done));
    let result = write_file(store, options, lang, dialogues, path, replace);
    done.store(true, Ordering::SeqCst);
    if let Some((handle, thread)) = watcher {
        handle.close();
        let _ = thread.join();
    }
    result
}

/// Removes the temporary file when a signal ends the export. Without this, Ctrl+C or a
/// closed terminal would leave personal data in a hidden file nobody knows of.
fn watch_signals(
    temporary: &Path,
    done: std::sync::Arc<std::sync::atomic::AtomicBool>,
) -> Option<(signal_hook::iterator::Handle, std::thread::JoinHandle<()>)> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    let mut signals = signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP]).ok()?;
    let handle = signals.handle();
    let temporary = temporary.to_path_buf();
    let thread = std::thread::spawn(move || {
        if let Some(signal) = signals.forever().next() {
            if done.load(Ordering::SeqCst) {
                return;
            }
            let _ = fs::remove_file(&temporary);
            std::process::exit(128 + signal);
        }
    });
    Some((handle, thread))
}

/// Whether `path` would be a file in `data_dir` (or one of its folders), symbolic links
/// followed. A data folder that is not there holds nothing to protect.
fn is_inside(path: &Path, data_dir: &Path) -> bool {
    let Ok(data_dir) = fs::canonicalize(data_dir) else {
        return false;
    };
    if fs::canonicalize(path).is_ok_and(|p| p.starts_with(&data_dir)) {
        return true;
    }
    let parent = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    fs::canonicalize(parent).is_ok_and(|p| p.starts_with(&data_dir))
}

/// `.NAME.PID.partial` beside `path`.
fn partial_path(path: &Path) -> Result<PathBuf, ExportError> {
    let name = path
        .file_name()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "not a file name"))?;
    Ok(path.with_file_name(format!(
        ".{}.{}.partial",
        name.to_string_lossy(),
        std::process::id()
    )))
}

/// Removes `.NAME.PID.partial` files beside `path` (for any NAME) that an export which
/// never finished left behind: its process is gone (known on Linux from /proc), or the
/// file is older than [`STALE_PARTIAL`]. Only regular files of that exact form are
/// touched; a failure to remove one is no reason to stop this export.
fn remove_stale_partials(path: &Path) {
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let Ok(entries) = fs::read_dir(folder) else {
        return;
    };
    let own = std::process::id();
    for entry in entries.filter_map(Result::ok) {
        let name = entry.file_name();
        let Some(pid) = name
            .to_str()
            .and_then(|n| n.strip_prefix('.'))
            .and_then(|n| n.strip_suffix(".partial"))
            .and_then(|n| n.rsplit_once('.'))
            .filter(|(stem, _)| !stem.is_empty())
            .and_then(|(_, pid)| pid.parse::<u32>().ok())
        else {
            continue;
        };
        let Ok(metadata) = fs::symlink_metadata(entry.path()) else {
            continue;
        };
        if pid == own || !metadata.is_file() {
            continue;
        }
        let gone = cfg!(target_os = "linux") && !Path::new("/proc").join(pid.to_string()).exists();
        let old = metadata
            .modified()
            .ok()
            .and_then(|m| m.elapsed().ok())
            .is_some_and(|age| age > STALE_PARTIAL);
        if gone || old {
            let _ = fs::remove_file(entry.path());
        }
    }
}

fn write_file(
    store: &Store,
    options: &Options,
    lang: Lang,
    dialogues: &Library,
    path: &Path,
    replace: bool,
) -> Result<Exported, ExportError> {
    let temporary = partial_path(path)?;
    let mut file = private_file(&temporary)?;
    let result = run(store, options, lang, dialogues, &mut file)
        .and_then(|exported| Ok(file.sync_all().map(|()| exported)?))
        .and_then(|exported| {
            if replace {
                fs::rename(&temporary, path)?;
            } else {
                put_in_place(&temporary, path)?;
            }
            Ok(exported)
        });
    let _ = fs::remove_file(&temporary);
    result
}

/// Moves the finished export to `path` without replacing anything there: a hard link
/// fails if the name is taken. Where links are not supported, it is renamed if the name
/// is still free.
fn put_in_place(temporary: &Path, path: &Path) -> Result<(), ExportError> {
    match fs::hard_link(temporary, path) {
        Ok(()) => Ok(()),
        Err(error) if error.kind() == io::ErrorKind::AlreadyExists => Err(ExportError::Exists {
            path: path.to_path_buf(),
        }),
        Err(_) if fs::symlink_metadata(path).is_err() => Ok(fs::rename(temporary, path)?),
        Err(_) => Err(ExportError::Exists {
            path: path.to_path_buf(),
        }),
    }
}

/// A new file, readable and writable by its owner only.
pub fn private_file(path: &Path) -> io::Result<fs::File> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let file = options.open(path)?;
    // The umask can only take permissions away; this makes sure none were added.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        file.set_permissions(fs::Permissions::from_mode(0o600))?;
    }
    Ok(file)
}
