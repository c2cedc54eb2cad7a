//! Fixtures the tests share: the journals of tests/fixtures/journals/p1 (written exactly as
//! the journal format writes them), the built-in dialogues and their texts, and scratch
//! folders of a test's own.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use samtale::i18n::{Lang, Texts};
use samtale::journal::format::Journal;
use samtale::journal::store;
use samtale::script::Library;

/// Participant p1's journals over a year: FIT, WHO-5 and crisis plans.
pub const FIXTURE_JOURNALS: &str =
    concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/journals/p1");

/// The fixture journal files, sorted by name (which is by time).
pub fn fixture_paths() -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = fs::read_dir(FIXTURE_JOURNALS)
        .expect("the fixture journals are there")
        .map(|e| e.expect("a directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    paths
}

/// The fixture journals, read as samtale reads them.
pub fn fixture_journals() -> Vec<Journal> {
    fixture_paths()
        .iter()
        .map(|p| store::read(p).expect("a fixture journal reads").journal)
        .collect()
}

/// The built-in dialogues, which must load without a single problem.
pub fn builtin_library() -> Library {
    let (library, problems) = Library::builtin();
    assert!(problems.is_empty(), "built-in dialogues: {problems:?}");
    library
}

pub fn builtin_texts(lang: Lang) -> Texts {
    builtin_library().texts(lang)
}

static SCRATCH: AtomicUsize = AtomicUsize::new(0);

/// A new empty folder of this test's own under the target's temp folder (named by the
/// test binary's process and a counter, so that tests running at once never share one).
pub fn scratch_dir(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!(
        "{name}-{}-{}",
        std::process::id(),
        SCRATCH.fetch_add(1, Ordering::SeqCst)
    ));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).expect("create a scratch folder");
    dir
}

/// A fresh data folder with the fixture journals as participant p1's.
pub fn data_dir_with_fixtures(name: &str) -> PathBuf {
    let root = scratch_dir(name);
    let journals = root.join("journals").join("p1");
    fs::create_dir_all(&journals).expect("create the journals folder");
    for path in fixture_paths() {
        let name = path.file_name().expect("a file name");
        fs::copy(&path, journals.join(name)).expect("copy a fixture");
    }
    root
}
