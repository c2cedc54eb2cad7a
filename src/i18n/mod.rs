//! Every word on screen: Fluent bundles per language, language negotiation and numbers.
//!
//! Danish comes first and English is complete; a message missing in the chosen language
//! falls back to the other one, so the screen never shows a raw key.

use fluent_bundle::{FluentArgs, FluentMessage, FluentResource};
use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use fluent_syntax::ast;
use std::borrow::Cow;
use std::cell::OnceCell;
use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use unic_langid::LanguageIdentifier;

use crate::problem::{Problem, Severity};

mod file;
pub mod index;
mod numbers;

use file::{Bundle, Context, File};
use numbers::fluent_value;
pub use numbers::{format_number, parse_number};

/// The languages samtale speaks. Adding one means adding its `locales/<tag>/` folder.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Lang {
    Da,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Da, Lang::En];

    pub fn tag(self) -> &'static str {
        match self {
            Lang::Da => "da",
            Lang::En => "en",
        }
    }

    pub fn from_tag(tag: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|lang| lang.tag() == tag)
    }

    /// The language to fall back on for a message this one lacks.
    pub fn other(self) -> Lang {
        match self {
            Lang::Da => Lang::En,
            Lang::En => Lang::Da,
        }
    }

    pub(crate) fn langid(self) -> LanguageIdentifier {
        // A constant, well-formed tag: the default is never reached.
        LanguageIdentifier::from_bytes(self.tag().as_bytes()).unwrap_or_default()
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

/// A language asked for that samtale cannot honour, said in words the user can act on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LangError {
    /// Not a language tag at all ("dansk", "da_DK!").
    Malformed(String),
    /// A real language samtale has no texts for.
    Unsupported(String),
}

/// Reads a tag as it comes from a flag, a config file or the environment
/// (`da_DK.UTF-8`, `en-GB`, `da`) and picks the closest language samtale has.
pub fn negotiate(requested: &str) -> Result<Lang, LangError> {
    let cleaned = requested
        .split(['.', '@'])
        .next()
        .unwrap_or_default()
        .replace('_', "-");
    let langid: LanguageIdentifier = cleaned
        .parse()
        .map_err(|_| LangError::Malformed(requested.to_owned()))?;
    let available: Vec<LanguageIdentifier> = Lang::ALL.iter().map(|l| l.langid()).collect();
    let chosen = negotiate_languages(&[langid], &available, None, NegotiationStrategy::Lookup);
    chosen
        .first()
        .and_then(|id| Lang::from_tag(id.language.as_str()))
        .ok_or_else(|| LangError::Unsupported(requested.to_owned()))
}

/// The first language in the POSIX variables (LANGUAGE, LC_ALL, LC_MESSAGES, LANG) that
/// samtale speaks. `lookup` is the environment, passed in so that tests are hermetic.
pub fn from_environment(lookup: impl Fn(&str) -> Option<String>) -> Option<(Lang, String)> {
    for variable in ["LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"] {
        let Some(value) = lookup(variable).filter(|v| !v.is_empty()) else {
            continue;
        };
        for candidate in value.split(':') {
            if matches!(candidate, "C" | "POSIX") || candidate.starts_with("C.") {
                continue;
            }
            if let Ok(lang) = negotiate(candidate) {
                return Some((lang, format!("{variable}={value}")));
            }
        }
    }
    None
}

/// One Fluent file's text and where it came from, for error messages.
#[derive(Debug, Clone)]
pub struct FtlSource {
    pub lang: Lang,
    pub path: PathBuf,
    /// Borrowed for a file compiled into the binary: start-up copies no text.
    pub text: Cow<'static, str>,
    /// Where the file's messages are, for a file compiled into the binary (found by the
    /// build script); `None`: found when the file is first looked in.
    pub index: Option<&'static [index::Entry]>,
}

/// A value for a Fluent variable. Numbers are formatted by samtale itself (decimal comma
/// in Danish, as many decimals as the scale has) and given as that text; `Texts` hands a
/// text that is a number in its language to Fluent as a number with exactly those
/// decimals, so that plural selectors (`[one]`, `*[other]`) work and the number still
/// reads as samtale wrote it (see `fluent_value`).
pub type Args<'a> = [(&'a str, String)];

/// Every message looked up in the other language because the chosen one lacks it, in this
/// process. A built-in dialogue or samtale's own texts should never need one: the scan
/// tests read this list (`fallbacks`) after running every command and screen.
static FALLBACKS: Mutex<Vec<(Lang, String)>> = Mutex::new(Vec::new());

/// The team's own word for staff per language (config `staff_word`), given to every
/// bundle built after it is set as the Fluent term `-staff`. Process-wide, because the
/// config is read once and the texts are built in many places from there.
static STAFF_WORDS: Mutex<Vec<(Lang, String)>> = Mutex::new(Vec::new());

/// Uses the team's staff word in `lang` from now on (`None`: samtale's own word).
pub fn set_staff_word(lang: Lang, word: Option<&str>) {
    let mut words = STAFF_WORDS
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    words.retain(|(l, _)| *l != lang);
    if let Some(word) = word.filter(|w| is_plain_word(w)) {
        words.push((lang, word.trim().to_owned()));
    }
}

/// Whether a configured word can stand in a sentence as it is: letters, spaces, hyphens
/// and apostrophes, at most 40 characters (nothing Fluent or a terminal would read as
/// markup).
pub fn is_plain_word(word: &str) -> bool {
    let word = word.trim();
    !word.is_empty()
        && word.chars().count() <= 40
        && word
            .chars()
            .all(|c| c.is_alphabetic() || c == ' ' || c == '-' || c == '\'')
}

/// The term `-staff` for a configured word: Danish needs its definite and genitive forms
/// ("bostøtten", "bostøttens"), made the regular way for a common-gender noun.
fn staff_term(lang: Lang, word: &str) -> String {
    let (definite, genitive) = match lang {
        Lang::Da => {
            let definite = if word.ends_with('e') {
                format!("{word}n")
            } else {
                format!("{word}en")
            };
            let genitive = format!("{definite}s");
            (definite, genitive)
        }
        Lang::En => (word.to_owned(), format!("{word}'s")),
    };
    // At the start of a sentence (the self-evaluation's „Bostøtten lytter …“).
    let mut letters = definite.chars();
    let capital: String = letters
        .next()
        .map(|first| first.to_uppercase().chain(letters).collect())
        .unwrap_or_default();
    format!(
        "-staff = {{ $form ->\n    [definite] {definite}\n    [definite-capital] {capital}\n    [genitive] {genitive}\n   *[indefinite] {word}\n}}\n"
    )
}

/// The messages (language asked for, key) that fell back to the other language so far.
pub fn fallbacks() -> Vec<(Lang, String)> {
    FALLBACKS
        .lock()
        .map(|list| list.clone())
        .unwrap_or_else(|poisoned| poisoned.into_inner().clone())
}

fn record_fallback(lang: Lang, key: &str, attribute: Option<&str>) {
    let key = match attribute {
        None => key.to_owned(),
        Some(name) => format!("{key}.{name}"),
    };
    let mut list = FALLBACKS
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    // A message shown on every frame would otherwise grow the list without end.
    if !list.iter().any(|(l, k)| *l == lang && *k == key) {
        list.push((lang, key));
    }
}

pub struct Texts {
    lang: Lang,
    /// The chosen language first, the other after it.
    langs: Vec<Language>,
}

/// One language's files: samtale's own first, then the catalogue, then the dialogues' in
/// the order given. An entry of a file is parsed the first time it is asked for, so
/// start-up does not grow with the library or with samtale's own file: a screen parses
/// the few dozen messages it shows, and the other language is read only for a message
/// the chosen one lacks.
struct Language {
    lang: Lang,
    files: Vec<File>,
    /// The team's staff word as the term `-staff`, made the first time a message uses it.
    staff: OnceCell<Option<Arc<FluentResource>>>,
}

/// The terms (`-name = …`, with their lines) of a Fluent file, found with its compiled
/// index when it is built in (its text is not copied either way).
pub(crate) fn terms_of(source: &FtlSource) -> String {
    File::new(String::new(), source.text.clone(), source.index).terms()
}

/// The stem of samtale's own file: its messages may begin like a dialogue's (a user's
/// dialogue `history` and the message `history-heading`), so it is always looked in.
const APP_STEM: &str = "samtale";

/// The stem of the catalogue's Fluent text: the titles and descriptions of the built-in
/// dialogues, copied by build.rs from their files, so that `list` and the home screen parse
/// no dialogue's file. Looked in before a dialogue's own file; it has a dot, which no
/// dialogue id has, so no dialogue's file is called so.
pub const CATALOGUE_STEM: &str = "samtale.catalogue";

impl Language {
    /// The message `key`: in samtale's own file, the catalogue, the file of the dialogue
    /// the key names, else (a key of no dialogue) in any file.
    fn message(&self, key: &str) -> Option<(&Bundle, FluentMessage<'_>)> {
        let staff = self.staff.get_or_init(|| staff_word(self.lang)).as_ref();
        let app = self.files.iter().find(|file| file.stem == APP_STEM);
        let context = Context {
            lang: self.lang,
            app,
            staff,
        };
        let owned = self.files.iter().any(|file| file.owns(key));
        self.files
            .iter()
            .filter(|file| {
                !owned || file.owns(key) || file.stem == APP_STEM || file.stem == CATALOGUE_STEM
            })
            .find_map(|file| file.message(key, &context))
    }
}

/// The term `-staff` for the team's word in `lang`, if one is configured.
fn staff_word(lang: Lang) -> Option<Arc<FluentResource>> {
    let words = STAFF_WORDS
        .lock()
        .map(|words| words.clone())
        .unwrap_or_default();
    let (_, word) = words.iter().find(|(l, _)| *l == lang)?;
    FluentResource::try_new(staff_term(lang, word))
        .ok()
        .map(Arc::new)
}

impl fmt::Debug for Texts {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Texts").field("lang", &self.lang).finish()
    }
}

impl Texts {
    /// Builds the bundles from the given files. Syntax errors and duplicate messages come
    /// back as problems with the file, line and column; the rest of the file still loads.
    /// Of a message given twice, the first is used.
    pub fn build(lang: Lang, sources: &[FtlSource]) -> (Texts, Vec<Problem>) {
        let mut problems = Vec::new();
        for bundle_lang in [lang, lang.other()] {
            // Every message and term given so far: the source it is in and its line there.
            let mut given: HashMap<String, (usize, usize)> = HashMap::new();
            for (index, source) in sources.iter().enumerate() {
                if source.lang != bundle_lang {
                    continue;
                }
                let resource = match FluentResource::try_new(source.text.to_string()) {
                    Ok(resource) => resource,
                    Err((resource, errors)) => {
                        if bundle_lang == lang {
                            for error in errors {
                                problems.push(ftl_problem(
                                    &source.path,
                                    &source.text,
                                    error.pos.start,
                                    "check-ftl-syntax",
                                    vec![("detail", error.kind.to_string())],
                                ));
                            }
                        }
                        resource
                    }
                };
                let mut lines = entry_lines(&source.text);
                for id in entry_ids(&resource) {
                    let line = lines
                        .get_mut(&id)
                        .and_then(|found| (!found.is_empty()).then(|| found.remove(0)))
                        .unwrap_or(1);
                    match given.get(&id) {
                        None => {
                            given.insert(id, (index, line));
                        }
                        Some(_) if bundle_lang != lang => {}
                        Some(&(first_index, first_line)) if first_index == index => {
                            problems.push(Problem::new(
                                &source.path,
                                line,
                                1,
                                Severity::Error,
                                "check-ftl-duplicate",
                                vec![("key", id), ("line", first_line.to_string())],
                            ));
                        }
                        Some(&(first_index, first_line)) => {
                            problems.push(Problem::new(
                                &source.path,
                                line,
                                1,
                                Severity::Error,
                                "check-ftl-duplicate-elsewhere",
                                vec![
                                    ("key", id),
                                    ("file", sources[first_index].path.display().to_string()),
                                    ("line", first_line.to_string()),
                                ],
                            ));
                        }
                    }
                }
            }
        }
        (Texts::new(lang, sources), problems)
    }

    /// The texts of these files without checking them (`build` checks): nothing is
    /// parsed until a message is asked for.
    pub fn new(lang: Lang, sources: &[FtlSource]) -> Texts {
        let langs = [lang, lang.other()]
            .into_iter()
            .map(|file_lang| {
                let mut files: Vec<File> = sources
                    .iter()
                    .filter(|source| source.lang == file_lang)
                    .map(|source| {
                        let stem = source
                            .path
                            .file_stem()
                            .map(|s| s.to_string_lossy().into_owned())
                            .unwrap_or_default();
                        File::new(stem, source.text.clone(), source.index)
                    })
                    .collect();
                // samtale's own file first, then the catalogue, then the dialogues' files
                // in the order given: samtale's own message comes first (a dialogue's
                // under the same key is never shown, see `check`).
                files.sort_by_key(|file| match file.stem.as_str() {
                    APP_STEM => 0,
                    CATALOGUE_STEM => 1,
                    _ => 2,
                });
                Language {
                    lang: file_lang,
                    files,
                    staff: OnceCell::new(),
                }
            })
            .collect();
        Texts { lang, langs }
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The message in the chosen language, else in the other; the key itself only if
    /// neither has it, which `samtale check` rules out for every shipped script.
    pub fn get(&self, key: &str, args: &Args) -> String {
        self.lookup(key, None, args)
            .unwrap_or_else(|| key.to_owned())
    }

    /// An attribute (`.help`, `.note`, `.min` …) of a message, if either language has it.
    pub fn attr(&self, key: &str, attribute: &str, args: &Args) -> Option<String> {
        self.lookup(key, Some(attribute), args)
    }

    /// Whether the message (or its attribute) exists in this one language.
    pub fn has_in(&self, lang: Lang, key: &str, attribute: Option<&str>) -> bool {
        self.langs
            .iter()
            .find(|language| language.lang == lang)
            .and_then(|language| language.message(key))
            .is_some_and(|(_, message)| match attribute {
                None => message.value().is_some(),
                Some(name) => message.get_attribute(name).is_some(),
            })
    }

    fn lookup(&self, key: &str, attribute: Option<&str>, args: &Args) -> Option<String> {
        let fluent_args: FluentArgs = args
            .iter()
            .map(|(name, value)| (*name, fluent_value(self.lang, value)))
            .collect();
        self.langs.iter().find_map(|language| {
            let (bundle, message) = language.message(key)?;
            let pattern = match attribute {
                None => message.value()?,
                Some(name) => message.get_attribute(name)?.value(),
            };
            if language.lang != self.lang {
                record_fallback(self.lang, key, attribute);
            }
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
            // A dialogue's texts are the author's: an escape sequence in them (written raw
            // or as `\u001B`) must not reach the terminal or a journal's `title:` line.
            // `samtale check` warns about it.
            if text
                .chars()
                .any(|c| c.is_control() && !matches!(c, '\n' | '\t'))
            {
                return Some(crate::engine::neutralise(&text));
            }
            Some(text.into_owned())
        })
    }

    /// A number as this language writes it: `24,7` in Danish, `24.7` in English.
    pub fn number(&self, value: f64, decimals: u8) -> String {
        format_number(self.lang, value, decimals)
    }
}

/// The ids of the messages (`id`) and terms (`-id`) of a Fluent file, in order.
fn entry_ids(resource: &FluentResource) -> Vec<String> {
    resource
        .entries()
        .filter_map(|entry| match entry {
            ast::Entry::Message(message) => Some(message.id.name.to_owned()),
            ast::Entry::Term(term) => Some(format!("-{}", term.id.name)),
            _ => None,
        })
        .collect()
}

/// The lines (1-based) each message or term starts on, in order. An entry starts at the
/// beginning of a line with its id and `=`; the lines of its value are indented.
fn entry_lines(text: &str) -> HashMap<String, Vec<usize>> {
    let mut lines: HashMap<String, Vec<usize>> = HashMap::new();
    for (number, line) in text.lines().enumerate() {
        let Some((id, _)) = line.split_once('=') else {
            continue;
        };
        let id = id.trim_end();
        let name = id.strip_prefix('-').unwrap_or(id);
        let is_id = name.starts_with(|c: char| c.is_ascii_alphabetic())
            && name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        if is_id {
            lines.entry(id.to_owned()).or_default().push(number + 1);
        }
    }
    lines
}

fn ftl_problem(
    path: &Path,
    text: &str,
    offset: usize,
    key: &'static str,
    args: Vec<(&'static str, String)>,
) -> Problem {
    let (line, column) = crate::problem::line_column(text, offset);
    Problem::new(path, line, column, Severity::Error, key, args)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn system_locales_map_to_the_languages_samtale_speaks() {
        assert_eq!(negotiate("da_DK.UTF-8"), Ok(Lang::Da));
        assert_eq!(negotiate("en-GB"), Ok(Lang::En));
        assert_eq!(negotiate("da"), Ok(Lang::Da));
        assert_eq!(
            negotiate("de"),
            Err(LangError::Unsupported("de".to_owned()))
        );
        assert_eq!(
            negotiate("dansk!"),
            Err(LangError::Malformed("dansk!".to_owned()))
        );
    }

    #[test]
    fn the_environment_is_read_in_posix_order_and_c_is_passed_over() {
        let env = |name: &str| match name {
            "LANGUAGE" => Some("C".to_owned()),
            "LC_ALL" => Some(String::new()),
            "LANG" => Some("da_DK.UTF-8".to_owned()),
            _ => None,
        };
        assert_eq!(
            from_environment(env),
            Some((Lang::Da, "LANG=da_DK.UTF-8".to_owned()))
        );
        assert_eq!(from_environment(|_| None), None);
    }

    #[test]
    fn danish_numbers_have_a_decimal_comma() {
        assert_eq!(format_number(Lang::Da, 24.7, 1), "24,7");
        assert_eq!(format_number(Lang::En, 24.7, 1), "24.7");
        assert_eq!(format_number(Lang::Da, 72.0, 0), "72");
        assert_eq!(format_number(Lang::En, -0.04, 1), "0.0");
        assert_eq!(parse_number("6,5"), Some(6.5));
        assert_eq!(parse_number(" 6.5 "), Some(6.5));
        assert_eq!(parse_number("NaN"), None);
    }

    #[test]
    fn a_message_given_twice_is_placed_at_the_second_and_the_first_is_used() {
        let sources = [
            FtlSource {
                lang: Lang::En,
                path: "app.ftl".into(),
                text: "hello = Hello\n".into(),
                index: None,
            },
            FtlSource {
                lang: Lang::En,
                path: "own.ftl".into(),
                text: "# A comment = not a message\nintro = One\n    .help = a = b\nintro = Two\nhello = Hi\n"
                    .into(),
                index: None,
            },
        ];
        let (texts, problems) = Texts::build(Lang::En, &sources);
        let placed: Vec<(&str, usize, &str)> = problems
            .iter()
            .map(|p| (p.file.to_str().unwrap_or_default(), p.line, p.key))
            .collect();
        assert_eq!(
            placed,
            [
                ("own.ftl", 4, "check-ftl-duplicate"),
                ("own.ftl", 5, "check-ftl-duplicate-elsewhere"),
            ]
        );
        assert_eq!(problems[0].args[1], ("line", "2".to_owned()));
        assert_eq!(texts.get("intro", &[]), "One");
        assert_eq!(texts.get("hello", &[]), "Hello");
    }

    #[test]
    fn a_key_that_begins_like_a_dialogue_is_found_in_samtales_own_file_too() {
        let sources = [
            FtlSource {
                lang: Lang::En,
                path: "history.ftl".into(),
                text: "history-title = A dialogue named history\n".into(),
                index: None,
            },
            FtlSource {
                lang: Lang::En,
                path: "samtale.ftl".into(),
                text: "history-heading = Conversations\n".into(),
                index: None,
            },
        ];
        let texts = Texts::new(Lang::En, &sources);
        assert_eq!(texts.get("history-heading", &[]), "Conversations");
        assert_eq!(texts.get("history-title", &[]), "A dialogue named history");
        assert_eq!(texts.get("history-missing", &[]), "history-missing");
    }

    #[test]
    fn a_message_missing_in_the_chosen_language_falls_back_to_the_other() {
        let sources = [
            FtlSource {
                lang: Lang::Da,
                path: "da.ftl".into(),
                text: "hello = Hej\n".into(),
                index: None,
            },
            FtlSource {
                lang: Lang::En,
                path: "en.ftl".into(),
                text: "hello = Hello\nonly-en = Only { $n }\n".into(),
                index: None,
            },
        ];
        let (texts, problems) = Texts::build(Lang::Da, &sources);
        assert!(problems.is_empty());
        assert_eq!(texts.get("hello", &[]), "Hej");
        assert_eq!(texts.get("only-en", &[("n", "2".into())]), "Only 2");
        assert!(!texts.has_in(Lang::Da, "only-en", None));
    }
}
