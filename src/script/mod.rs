//! Dialogue scripts: the model, loading with placed errors, validation, and the library
//! of dialogues a session can run (the built-in ones plus a folder of the user's own).
//!
//! `samtale check` is this module's front door: [`check_paths`] and [`check_builtin`].

mod ftl_check;
pub mod keys;
mod load;
pub mod model;
pub mod template;
mod validate;

use std::borrow::Cow;
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

pub(crate) use load::{CONFIG_OUTER, ron_problem, tree as ron_tree};
pub use load::{MAX_NESTING, MAX_SCRIPT_BYTES};
pub use model::*;
pub use validate::is_valid_id;

use crate::i18n::{CATALOGUE_STEM, FtlSource, Lang, Texts};
use crate::problem::{self, Problem, Severity};

mod builtin {
    include!(concat!(env!("OUT_DIR"), "/builtin.rs"));
}

/// A dialogue with the file it came from.
#[derive(Debug, Clone)]
pub struct Script {
    pub dialogue: Dialogue,
    pub path: PathBuf,
    pub builtin: bool,
}

/// What `list` and the home screen show of a dialogue, known without parsing its script:
/// for a built-in one from the catalogue build.rs makes (`tests/catalogue.rs` holds it to
/// the real parse), for a user's own from the script read at start-up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listed {
    pub id: String,
    pub version: u32,
    pub audience: Audience,
    pub minutes: u32,
    pub builtin: bool,
}

/// One dialogue of the library: listed at once, its script parsed when first opened.
#[derive(Debug, Clone)]
struct Slot {
    listed: Listed,
    path: PathBuf,
    /// A built-in script's text, parsed on first use; `None` for one parsed already.
    text: Option<&'static str>,
    script: OnceLock<Result<Script, Problem>>,
}

impl Slot {
    fn script(&self) -> &Result<Script, Problem> {
        self.script.get_or_init(|| {
            let text = self.text.unwrap_or_default();
            load::parse(&self.path, text).map(|dialogue| Script {
                dialogue,
                path: self.path.clone(),
                builtin: self.listed.builtin,
            })
        })
    }
}

/// Every dialogue a session may run, and every Fluent file that gives them words.
#[derive(Debug, Clone, Default)]
pub struct Library {
    slots: Vec<Slot>,
    pub ftl: Vec<FtlSource>,
}

impl Library {
    /// The dialogues and texts compiled into the binary, listed from the catalogue: no
    /// script is parsed until it is opened ([`Library::get`]). They are checked by the
    /// test suite, so a problem in one is a bug in samtale; it is still reported when the
    /// dialogue is opened ([`Library::problem`]), never a panic.
    pub fn builtin() -> (Library, Vec<Problem>) {
        let mut ftl: Vec<FtlSource> = builtin::CATALOGUE_FTL
            .iter()
            .filter_map(|(lang, text, index)| {
                Some(FtlSource {
                    lang: Lang::from_tag(lang)?,
                    path: PathBuf::from(format!("locales/{lang}/{CATALOGUE_STEM}.ftl")),
                    text: Cow::Borrowed(*text),
                    index: Some(index),
                })
            })
            .collect();
        ftl.extend(builtin_ftl());
        let slots = builtin::DIALOGUES
            .iter()
            .zip(builtin::CATALOGUE)
            .map(|((path, text), (id, version, audience, minutes))| Slot {
                listed: Listed {
                    id: (*id).to_owned(),
                    version: *version,
                    audience: match *audience {
                        "Together" => Audience::Together,
                        "Staff" => Audience::Staff,
                        _ => Audience::Citizen,
                    },
                    minutes: *minutes,
                    builtin: true,
                },
                path: PathBuf::from(path),
                text: Some(text),
                script: OnceLock::new(),
            })
            .collect();
        (Library { slots, ftl }, Vec::new())
    }

    /// Every dialogue, as `list` and the home screen show them: built-in ones first, in
    /// the order of their files, then the user's own.
    pub fn listed(&self) -> impl Iterator<Item = &Listed> {
        self.slots.iter().map(|slot| &slot.listed)
    }

    /// What is listed of the dialogue with this id, without parsing its script.
    pub fn find(&self, id: &str) -> Option<&Listed> {
        self.listed().find(|listed| listed.id == id)
    }

    /// Every dialogue's script, each parsed now if it was not yet (for the tests and
    /// tools that go through them all; a session opens one at a time with [`get`]).
    ///
    /// [`get`]: Library::get
    pub fn scripts(&self) -> impl Iterator<Item = &Script> {
        self.slots
            .iter()
            .filter_map(|slot| slot.script().as_ref().ok())
    }

    /// Why a dialogue that is listed cannot be opened: its script does not parse (for a
    /// built-in one, a bug in samtale that the tests rule out).
    pub fn problem(&self, id: &str) -> Option<&Problem> {
        self.slots
            .iter()
            .find(|slot| slot.listed.id == id)
            .and_then(|slot| slot.script().as_ref().err())
    }

    /// Adds the scripts in a folder of the user's own. A script with errors is left out
    /// and its problems are returned; the others are added.
    pub fn add_folder(&mut self, dir: &Path) -> Vec<Problem> {
        let files = match script_files(dir) {
            Ok(files) => files,
            Err(problem) => return vec![problem],
        };
        let mut problems = Vec::new();
        for file in files {
            let checked = check_file(&file);
            let errors = checked.problems.iter().any(Problem::is_error);
            problems.extend(checked.problems);
            let Some(dialogue) = checked.dialogue else {
                continue;
            };
            // Keys are `<dialogue>-<id>`: a dialogue `crisis` with a step `plan-title`
            // would take the crisis plan's title. Ids must not run into each other so.
            if let Some(other) = self.listed().map(|l| &l.id).find(|other| {
                other.starts_with(&format!("{}-", dialogue.id))
                    || dialogue.id.starts_with(&format!("{other}-"))
            }) {
                problems.push(Problem::new(
                    &file,
                    1,
                    1,
                    Severity::Error,
                    "check-id-prefix",
                    vec![
                        ("id", dialogue.id.clone()),
                        ("other", other.clone()),
                        (
                            "prefix",
                            if other.len() < dialogue.id.len() {
                                other.clone()
                            } else {
                                dialogue.id.clone()
                            },
                        ),
                    ],
                ));
                continue;
            }
            if self.listed().any(|l| l.id == dialogue.id) {
                problems.push(Problem::new(
                    &file,
                    1,
                    1,
                    Severity::Error,
                    "check-id-taken",
                    vec![("id", dialogue.id.clone())],
                ));
                continue;
            }
            if !errors {
                self.ftl.extend(checked.ftl);
                let listed = Listed {
                    id: dialogue.id.clone(),
                    version: dialogue.version,
                    audience: dialogue.audience,
                    minutes: dialogue.minutes,
                    builtin: false,
                };
                self.slots.push(Slot {
                    listed,
                    path: file.clone(),
                    text: None,
                    script: OnceLock::from(Ok(Script {
                        dialogue,
                        path: file,
                        builtin: false,
                    })),
                });
            }
        }
        problems
    }

    /// The built-in dialogues with the script at `path` (`samtale preview`): its problems
    /// as `check` finds them, and its id when it has no errors. It takes the place of a
    /// built-in dialogue with the same id (an author editing one), texts and all.
    pub fn previewing(path: &Path) -> (Option<(Library, String)>, Vec<Problem>) {
        let mut checked = check_file(path);
        problem::sort(&mut checked.problems);
        let Some(dialogue) = checked
            .dialogue
            .filter(|_| !checked.problems.iter().any(Problem::is_error))
        else {
            return (None, checked.problems);
        };
        let (mut library, _) = Library::builtin();
        let id = dialogue.id.clone();
        library.slots.retain(|slot| slot.listed.id != id);
        // The catalogue only lists titles, and would hide a built-in's old ones.
        library.ftl.retain(|source| {
            source.path.file_stem().is_some_and(|stem| {
                stem != std::ffi::OsStr::new(CATALOGUE_STEM) && stem != std::ffi::OsStr::new(&id)
            })
        });
        library.ftl.extend(checked.ftl);
        library.slots.push(Slot {
            listed: Listed {
                id: id.clone(),
                version: dialogue.version,
                audience: dialogue.audience,
                minutes: dialogue.minutes,
                builtin: false,
            },
            path: path.to_path_buf(),
            text: None,
            script: OnceLock::from(Ok(Script {
                dialogue,
                path: path.to_path_buf(),
                builtin: false,
            })),
        });
        (Some((library, id)), checked.problems)
    }

    /// The dialogue with this id, its script parsed now if it was not yet.
    pub fn get(&self, id: &str) -> Option<&Script> {
        self.slots
            .iter()
            .find(|slot| slot.listed.id == id)
            .and_then(|slot| slot.script().as_ref().ok())
    }

    /// The texts of every dialogue and of samtale itself, in `lang` with the other behind it.
    pub fn texts(&self, lang: Lang) -> Texts {
        // Checked by `samtale check` and the tests, not at every start: parsed when used.
        Texts::new(lang, &self.ftl)
    }
}

/// The Fluent files compiled into the binary.
pub fn builtin_ftl() -> Vec<FtlSource> {
    builtin::LOCALES
        .iter()
        .filter_map(|(lang, path, text, index)| {
            Some(FtlSource {
                lang: Lang::from_tag(lang)?,
                path: PathBuf::from(path),
                text: Cow::Borrowed(*text),
                index: Some(index),
            })
        })
        .collect()
}

/// The texts of samtale itself (menus, prompts, check messages), without any dialogue.
pub fn app_texts(lang: Lang) -> Texts {
    let app: Vec<FtlSource> = builtin_ftl()
        .into_iter()
        .filter(|s| s.path.file_name().is_some_and(|n| n == "samtale.ftl"))
        .collect();
    Texts::new(lang, &app)
}

/// The ids of samtale's own messages (in either language). A dialogue's message under one
/// of these ids would never be shown: samtale's own comes first.
pub(crate) fn app_message_ids() -> &'static HashSet<String> {
    static IDS: OnceLock<HashSet<String>> = OnceLock::new();
    IDS.get_or_init(|| {
        builtin_ftl()
            .into_iter()
            .filter(|s| s.path.file_name().is_some_and(|n| n == "samtale.ftl"))
            .flat_map(|s| {
                let resource = match fluent_bundle::FluentResource::try_new(s.text.into_owned()) {
                    Ok(resource) | Err((resource, _)) => resource,
                };
                resource
                    .entries()
                    .filter_map(|entry| match entry {
                        fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
                        _ => None,
                    })
                    .collect::<Vec<_>>()
            })
            .collect()
    })
}

/// The outcome of checking one script file.
pub struct Checked {
    pub dialogue: Option<Dialogue>,
    pub ftl: Vec<FtlSource>,
    pub problems: Vec<Problem>,
}

/// Checks the built-in dialogues exactly as `samtale check` checks a user's file.
pub fn check_builtin() -> Vec<Problem> {
    let ftl = builtin_ftl();
    let mut problems = Vec::new();
    for (path, text) in builtin::DIALOGUES {
        let path = Path::new(path);
        let stem = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let own: Vec<FtlSource> = ftl
            .iter()
            .filter(|s| s.path.file_stem().is_some_and(|n| *n == *stem))
            .cloned()
            .collect();
        problems.extend(check_text(path, text, own).problems);
    }
    problem::sort(&mut problems);
    problems
}

/// Checks script files and folders of them (every `*.ron` directly inside).
pub fn check_paths(paths: &[PathBuf]) -> Vec<Problem> {
    let mut problems = Vec::new();
    for path in paths {
        if path.is_dir() {
            match script_files(path) {
                Ok(files) if files.is_empty() => problems.push(Problem::new(
                    path,
                    0,
                    0,
                    Severity::Error,
                    "check-no-scripts",
                    vec![],
                )),
                Ok(files) => {
                    for file in files {
                        problems.extend(check_file(&file).problems);
                    }
                }
                Err(problem) => problems.push(problem),
            }
        } else {
            problems.extend(check_file(path).problems);
        }
    }
    problem::sort(&mut problems);
    problems
}

/// Reads a script and the Fluent files beside it, and checks them together.
pub fn check_file(path: &Path) -> Checked {
    let text = match read_limited(path) {
        Ok(text) => text,
        Err(problem) => {
            return Checked {
                dialogue: None,
                ftl: Vec::new(),
                problems: vec![problem],
            };
        }
    };
    let mut problems = Vec::new();
    let mut ftl = Vec::new();
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    for lang in Lang::ALL {
        if let Some(ftl_path) = find_ftl(path, &stem, lang) {
            match read_limited(&ftl_path) {
                Ok(text) => ftl.push(FtlSource {
                    lang,
                    path: ftl_path,
                    text: text.into(),
                    index: None,
                }),
                Err(problem) => problems.push(problem),
            }
        }
    }
    let mut checked = check_text(path, &text, ftl);
    problems.append(&mut checked.problems);
    checked.problems = problems;
    checked
}

fn check_text(path: &Path, text: &str, ftl: Vec<FtlSource>) -> Checked {
    let dialogue = match load::parse(path, text) {
        Ok(dialogue) => dialogue,
        Err(problem) => {
            return Checked {
                dialogue: None,
                ftl,
                problems: vec![problem],
            };
        }
    };
    let mut problems = Vec::new();
    let langs: Vec<Lang> = Lang::ALL
        .into_iter()
        .filter(|lang| ftl.iter().any(|s| s.lang == *lang))
        .collect();
    // The texts are looked for under the file's name, which the dialogue's id must be.
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    for lang in Lang::ALL.into_iter().filter(|l| !langs.contains(l)) {
        let severity = if langs.is_empty() {
            Severity::Error
        } else {
            Severity::Warning
        };
        let looked = ftl_candidates(path, &stem, lang)
            .iter()
            .map(|p| p.display().to_string())
            .collect::<Vec<_>>()
            .join(", ");
        problems.push(Problem::new(
            path,
            1,
            1,
            severity,
            "check-no-texts",
            vec![
                ("id", dialogue.id.clone()),
                ("lang", lang.tag().to_owned()),
                ("looked", looked),
            ],
        ));
    }
    let mut sources = builtin_ftl()
        .into_iter()
        .filter(|s| s.path.file_name().is_some_and(|n| n == "samtale.ftl"))
        .collect::<Vec<_>>();
    sources.extend(ftl.iter().cloned());
    let mut texts = None;
    let mut ftl_problems = Vec::new();
    for lang in &langs {
        let (built, found) = Texts::build(*lang, &sources);
        // Fluent problems of samtale's own files are the test suite's business.
        ftl_problems.extend(
            found
                .into_iter()
                .filter(|p| ftl.iter().any(|s| s.path == p.file)),
        );
        texts.get_or_insert(built);
    }
    let checked = validate::validate(
        path,
        text,
        &dialogue,
        texts.as_ref().filter(|_| !langs.is_empty()),
        &langs,
        &ftl,
    );
    // Each of the dialogue's files formatted once, as samtale would, and read for
    // control characters.
    let app_terms: Vec<(Lang, String)> = builtin_ftl()
        .iter()
        .filter(|s| s.path.file_name().is_some_and(|n| n == "samtale.ftl"))
        .map(|s| (s.lang, crate::i18n::terms_of(s)))
        .collect();
    for source in &ftl {
        let terms: String = app_terms
            .iter()
            .filter(|(lang, _)| *lang == source.lang)
            .map(|(_, terms)| terms.as_str())
            .collect();
        problems.extend(ftl_check::formatting(source, &terms));
        problems.extend(ftl_check::control_characters(source));
    }
    // A message that samtale's own file gives first is reported once, at the id in the
    // script that makes its key, not in every Fluent file that gives it.
    let own: HashSet<&str> = checked
        .iter()
        .filter(|p| p.key == validate::APP_MESSAGE)
        .flat_map(|p| p.args.iter().filter(|(name, _)| *name == "key"))
        .map(|(_, key)| key.as_str())
        .collect();
    problems.extend(ftl_problems.into_iter().filter(|p| {
        p.key != "check-ftl-duplicate-elsewhere"
            || !p
                .args
                .iter()
                .any(|(name, key)| *name == "key" && own.contains(key.as_str()))
    }));
    problems.extend(checked);
    Checked {
        dialogue: Some(dialogue),
        ftl,
        problems,
    }
}

/// Where the texts of the script `X/<stem>.ron` are looked for, in this order:
/// `X/locales/<lang>/<stem>.ftl`, then `X/../locales/<lang>/<stem>.ftl`.
fn ftl_candidates(script: &Path, stem: &str, lang: Lang) -> [PathBuf; 2] {
    let dir = script.parent().unwrap_or(Path::new("."));
    let file = format!("{stem}.ftl");
    [
        dir.join("locales").join(lang.tag()).join(&file),
        dir.join("..").join("locales").join(lang.tag()).join(&file),
    ]
}

/// The files a script's preview watches: the script, and every place its `.ftl` files
/// are looked for (one that appears is read from then on).
pub fn watched_files(script: &Path) -> Vec<PathBuf> {
    let stem = script
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut files = vec![script.to_path_buf()];
    for lang in Lang::ALL {
        files.extend(ftl_candidates(script, &stem, lang));
    }
    files
}

/// A script being previewed and the files it is read from, with how each looked when it
/// was last read: [`Watched::changed`] says when one was saved, created or removed.
pub struct Watched {
    pub script: PathBuf,
    files: Vec<(PathBuf, Option<Stamp>)>,
}

/// What is compared of a file: when it was changed, its size and which file it is (an
/// editor that saves by renaming a new file over the old one makes a new inode).
type Stamp = (Option<std::time::SystemTime>, u64, u64);

fn stamp(path: &Path) -> Option<Stamp> {
    use std::os::unix::fs::MetadataExt;
    let meta = std::fs::metadata(path).ok()?;
    Some((meta.modified().ok(), meta.len(), meta.ino()))
}

impl Watched {
    pub fn new(script: &Path) -> Watched {
        Watched {
            script: script.to_path_buf(),
            files: watched_files(script)
                .into_iter()
                .map(|file| {
                    let now = stamp(&file);
                    (file, now)
                })
                .collect(),
        }
    }

    /// Whether any of the files changed since the last look.
    pub fn changed(&mut self) -> bool {
        let mut changed = false;
        for (file, seen) in &mut self.files {
            let now = stamp(file);
            if now != *seen {
                *seen = now;
                changed = true;
            }
        }
        changed
    }
}

/// The first of [`ftl_candidates`] that is there.
fn find_ftl(script: &Path, stem: &str, lang: Lang) -> Option<PathBuf> {
    ftl_candidates(script, stem, lang)
        .into_iter()
        .find(|candidate| candidate.is_file())
}

fn script_files(dir: &Path) -> Result<Vec<PathBuf>, Problem> {
    let entries = std::fs::read_dir(dir).map_err(|error| unreadable(dir, &error))?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|e| e == "ron") && path.is_file())
        .collect();
    files.sort();
    Ok(files)
}

/// A script or `.ftl` file's text: only a regular file is opened (a FIFO named `x.ron`
/// would hang, `/dev/zero` would never end), and at most the limit is read.
fn read_limited(path: &Path) -> Result<String, Problem> {
    let bytes = crate::files::read_regular(path, MAX_SCRIPT_BYTES as u64).map_err(|error| {
        let (key, args) = crate::files::problem_of(&error);
        Problem::new(path, 1, 1, Severity::Error, key, args)
    })?;
    // A byte order mark (as some Windows editors write) is not part of the text.
    let bytes = match bytes.strip_prefix("\u{feff}".as_bytes()) {
        Some(rest) => rest.to_vec(),
        None => bytes,
    };
    String::from_utf8(bytes).map_err(|error| {
        let (line, column) = problem::line_column(
            &String::from_utf8_lossy(error.as_bytes()),
            error.utf8_error().valid_up_to(),
        );
        Problem::new(
            path,
            line,
            column,
            Severity::Error,
            "check-not-utf8",
            vec![],
        )
    })
}

fn unreadable(path: &Path, error: &std::io::Error) -> Problem {
    Problem::new(
        path,
        1,
        1,
        Severity::Error,
        "check-unreadable",
        // Worded in the reader's language when rendered (see `Problem::render`).
        match crate::wording::os_error_key(error) {
            (key, Some(code)) => vec![("os", key.to_owned()), ("code", code.to_string())],
            (key, None) => vec![("os", key.to_owned())],
        },
    )
}
