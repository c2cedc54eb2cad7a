//! Settings and where each came from: a flag, an environment variable, the config file,
//! the system, or samtale's default. A broken config file stops samtale with its line and
//! column: it never starts on half a config.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::i18n::{self, Lang, LangError};
use crate::problem::{Problem, Severity, line_column};

/// The config file as a user writes it (RON), every field optional.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConfigFile {
    #[serde(default)]
    pub data_dir: Option<PathBuf>,
    #[serde(default)]
    pub language: Option<String>,
    /// A folder of the team's own dialogue scripts, besides the built-in ones.
    #[serde(default)]
    pub dialogues: Option<PathBuf>,
    /// The local crisis contacts the crisis dialogues show, besides 112.
    #[serde(default)]
    pub crisis_contacts: Vec<CrisisContact>,
    /// The code staff type to leave the kiosk; the kiosk does not start without one.
    #[serde(default)]
    pub staff_code: Option<String>,
    /// After this many minutes without a key, the kiosk saves the conversation as
    /// unfinished and clears the screen (default 5).
    #[serde(default)]
    pub inactivity_minutes: Option<u32>,
    /// How many seconds a citizen's result stays on the kiosk's screen before it clears by
    /// itself for the next person (default 60).
    #[serde(default)]
    pub kiosk_result_seconds: Option<u32>,
    /// `default`, `high-contrast` or `no-colour`.
    #[serde(default)]
    pub theme: Option<String>,
    /// What the built-in dialogues call the staff member beside the citizen, per language
    /// (`staff_word: (da: "bostøtte")`): a botilbud's staff are not "bostøtte".
    #[serde(default)]
    pub staff_word: Option<StaffWord>,
    /// The base URL of the FHIR export (`https://fhir.kommune.dk/samtale`): Questionnaires,
    /// code systems and identifiers are named under it. docs/export-format.md.
    #[serde(default)]
    pub fhir_base: Option<String>,
    /// The identifier system of pseudonyms in the FHIR export (default `<fhir_base>/pseudonym`).
    #[serde(default)]
    pub pseudonym_system: Option<String>,
}

/// The staff word in each language; a language left out keeps samtale's own word
/// ("medarbejder", "staff member"). Docs: docs/glossary.md.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StaffWord {
    #[serde(default)]
    pub da: Option<String>,
    #[serde(default)]
    pub en: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CrisisContact {
    pub name: String,
    pub phone: String,
    /// When it is open, in the team's words ("døgnåbent", "hverdage 8–16").
    #[serde(default)]
    pub open: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    Flag(&'static str),
    Env(&'static str),
    ConfigFile,
    /// The system locale, with the variable that gave it.
    System(String),
    Default,
}

/// What the command line says about settings; `None` where it says nothing.
#[derive(Debug, Clone, Default)]
pub struct Overrides {
    pub config: Option<PathBuf>,
    pub data_dir: Option<PathBuf>,
    pub lang: Option<String>,
    pub dialogues: Option<PathBuf>,
}

#[derive(Debug, Clone)]
pub struct Settings {
    pub config_path: Option<(PathBuf, Origin)>,
    /// Whether the config file was there to read.
    pub config_found: bool,
    pub data_dir: (PathBuf, Origin),
    pub lang: (Lang, Origin),
    pub dialogues: Option<(PathBuf, Origin)>,
    pub crisis_contacts: Vec<CrisisContact>,
    pub staff_code: Option<String>,
    pub inactivity_minutes: u32,
    pub kiosk_result_seconds: u32,
    pub theme: Option<String>,
    pub staff_word: StaffWord,
    /// `fhir_base` from the config file, if set.
    pub fhir_base: Option<String>,
    pub pseudonym_system: Option<String>,
}

#[derive(Debug)]
pub enum ConfigError {
    /// The config file has a problem, at its line and column.
    File(Problem),
    /// `--lang`, or the config's language, names a language samtale does not speak.
    Lang { origin: Origin, error: LangError },
    /// A file named by `--config` or SAMTALE_CONFIG is not there.
    Missing { path: PathBuf, origin: Origin },
    /// No data dir could be found: no home folder and nothing set.
    NoDataDir,
}

pub const CONFIG_ENV: &str = "SAMTALE_CONFIG";
pub const DATA_DIR_ENV: &str = "SAMTALE_DATA_DIR";
const MAX_CONFIG_BYTES: u64 = 256 * 1024;

/// Works out the settings. `env` is the environment, passed in to keep tests hermetic.
pub fn resolve(
    overrides: &Overrides,
    env: &dyn Fn(&str) -> Option<String>,
) -> Result<Settings, ConfigError> {
    let env_path = |name: &'static str| env(name).filter(|v| !v.is_empty()).map(PathBuf::from);
    let config_path = match (&overrides.config, env_path(CONFIG_ENV)) {
        (Some(path), _) => Some((path.clone(), Origin::Flag("--config"))),
        (None, Some(path)) => Some((path, Origin::Env(CONFIG_ENV))),
        (None, None) => {
            dirs::config_dir().map(|d| (d.join("samtale").join("config.ron"), Origin::Default))
        }
    };
    let (file, config_found) = match &config_path {
        Some((path, origin)) => match read(path)? {
            Some(file) => (file, true),
            None if *origin == Origin::Default => (ConfigFile::default(), false),
            None => {
                return Err(ConfigError::Missing {
                    path: path.clone(),
                    origin: origin.clone(),
                });
            }
        },
        None => (ConfigFile::default(), false),
    };

    let data_dir = if let Some(dir) = &overrides.data_dir {
        (dir.clone(), Origin::Flag("--data-dir"))
    } else if let Some(dir) = env_path(DATA_DIR_ENV) {
        (dir, Origin::Env(DATA_DIR_ENV))
    } else if let Some(dir) = &file.data_dir {
        (dir.clone(), Origin::ConfigFile)
    } else {
        let dir = dirs::data_dir().ok_or(ConfigError::NoDataDir)?;
        (dir.join("samtale"), Origin::Default)
    };

    let lang = if let Some(tag) = &overrides.lang {
        let origin = Origin::Flag("--lang");
        let lang = i18n::negotiate(tag).map_err(|error| ConfigError::Lang {
            origin: origin.clone(),
            error,
        })?;
        (lang, origin)
    } else if let Some(tag) = &file.language {
        let lang = i18n::negotiate(tag).map_err(|error| ConfigError::Lang {
            origin: Origin::ConfigFile,
            error,
        })?;
        (lang, Origin::ConfigFile)
    } else if let Some((lang, variable)) = i18n::from_environment(env) {
        (lang, Origin::System(variable))
    } else {
        (Lang::En, Origin::Default)
    };

    let dialogues = match (&overrides.dialogues, &file.dialogues) {
        (Some(dir), _) => Some((dir.clone(), Origin::Flag("--dialogues"))),
        (None, Some(dir)) => Some((dir.clone(), Origin::ConfigFile)),
        (None, None) => None,
    };

    Ok(Settings {
        config_path,
        config_found,
        data_dir,
        lang,
        dialogues,
        // A name, number or opening time with an escape sequence in it would reach the
        // terminal, the card and its HTML raw: shown with visible signs instead (`␛`).
        crisis_contacts: file
            .crisis_contacts
            .into_iter()
            .map(|contact| CrisisContact {
                name: crate::engine::neutralise(&contact.name),
                phone: crate::engine::neutralise(&contact.phone),
                open: contact.open.map(|open| crate::engine::neutralise(&open)),
            })
            .collect(),
        staff_code: file.staff_code.filter(|code| !code.is_empty()),
        inactivity_minutes: file.inactivity_minutes.unwrap_or(5),
        kiosk_result_seconds: file.kiosk_result_seconds.unwrap_or(60),
        theme: file.theme,
        staff_word: file.staff_word.unwrap_or_default(),
        fhir_base: file.fhir_base,
        pseudonym_system: file.pseudonym_system,
    })
}

/// Reads and parses a config file; `None` if it is not there.
pub fn read(path: &Path) -> Result<Option<ConfigFile>, ConfigError> {
    let problem = |line, column, key, args| {
        ConfigError::File(Problem::new(path, line, column, Severity::Error, key, args))
    };
    // A FIFO or a device given as the config file must neither hang nor fill the memory:
    // only a regular file is opened, and at most the limit is read.
    let bytes = match crate::files::read_regular(path, MAX_CONFIG_BYTES) {
        Ok(bytes) => bytes,
        Err(crate::files::ReadError::Io(error)) if error.kind() == std::io::ErrorKind::NotFound => {
            return Ok(None);
        }
        Err(error) => {
            let (key, args) = crate::files::problem_of(&error);
            return Err(problem(1, 1, key, args));
        }
    };
    let text = String::from_utf8(bytes).map_err(|error| {
        let (line, column) = crate::problem::line_column(
            &String::from_utf8_lossy(error.as_bytes()),
            error.utf8_error().valid_up_to(),
        );
        problem(line, column, "check-not-utf8", vec![])
    })?;
    parse(path, &text).map(Some)
}

/// Parses a config file. A language in it that samtale does not speak makes it broken,
/// placed at the language, even when `--lang` says which language to use this time.
pub fn parse(path: &Path, text: &str) -> Result<ConfigFile, ConfigError> {
    let file = ron::Options::default()
        .with_recursion_limit(16)
        .from_str::<ConfigFile>(text)
        .map_err(|error| {
            ConfigError::File(crate::script::ron_problem(
                path,
                text,
                &error,
                crate::script::CONFIG_OUTER,
            ))
        })?;
    if let Some(tag) = &file.language
        && let Err(error) = i18n::negotiate(tag)
    {
        let key = match error {
            LangError::Malformed(_) => "config-lang-malformed-here",
            LangError::Unsupported(_) => "config-lang-unsupported-here",
        };
        return Err(at_field(
            path,
            text,
            "language",
            key,
            vec![("lang", tag.clone())],
        ));
    }
    let staff_words = file.staff_word.iter().flat_map(|w| [&w.da, &w.en]);
    if let Some(word) = staff_words.flatten().find(|w| !i18n::is_plain_word(w)) {
        let at = text.find(word.as_str()).unwrap_or(0);
        return Err(at_offset(
            path,
            text,
            at,
            "config-staff-word",
            vec![("word", word.clone())],
        ));
    }
    for (field, url) in [
        ("fhir_base", &file.fhir_base),
        ("pseudonym_system", &file.pseudonym_system),
    ] {
        if let Some(url) = url
            && !is_absolute_url(url)
        {
            return Err(at_field(
                path,
                text,
                field,
                "config-fhir-url",
                vec![("field", field.to_owned()), ("url", url.clone())],
            ));
        }
    }
    Ok(file)
}

/// A problem with the config file, placed at the value of one of its fields (or at its
/// start when the field cannot be found).
fn at_field(
    path: &Path,
    text: &str,
    field: &str,
    key: &'static str,
    args: Vec<(&'static str, String)>,
) -> ConfigError {
    let at = crate::script::ron_tree(text)
        .and_then(|root| root.field(field).map(|n| n.some().start))
        .unwrap_or(0);
    at_offset(path, text, at, key, args)
}

/// A problem with the config file, placed at a byte offset in its text.
fn at_offset(
    path: &Path,
    text: &str,
    at: usize,
    key: &'static str,
    args: Vec<(&'static str, String)>,
) -> ConfigError {
    let (line, column) = line_column(text, at);
    ConfigError::File(Problem::new(path, line, column, Severity::Error, key, args))
}

/// An absolute `http(s)://` URL (or a `urn:`) without spaces: what FHIR's uri allows
/// and a receiving system can name things under.
pub fn is_absolute_url(url: &str) -> bool {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"));
    let shaped = match rest {
        Some(rest) => !rest.is_empty() && !rest.starts_with('/'),
        None => url.starts_with("urn:") && url.len() > 4,
    };
    shaped && !url.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// Whether someone other than its owner may change the config file: it holds the staff
/// code and says where the journals are, so staff are warned (`samtale config`, the kiosk).
pub fn writable_by_others(path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::metadata(path).is_ok_and(|m| m.permissions().mode() & 0o022 != 0)
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env_of(pairs: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<String> {
        move |name| {
            pairs
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| (*v).to_owned())
        }
    }

    #[test]
    fn flags_win_over_the_environment_which_wins_over_the_system() {
        let overrides = Overrides {
            config: Some(PathBuf::from("/nonexistent/samtale-test/config.ron")),
            ..Default::default()
        };
        // A config file named on the command line must be there.
        assert!(matches!(
            resolve(&overrides, &env_of(&[])),
            Err(ConfigError::Missing { .. })
        ));

        let overrides = Overrides {
            lang: Some("da".into()),
            ..Default::default()
        };
        let env = env_of(&[
            ("SAMTALE_DATA_DIR", "/tmp/samtale-env"),
            ("SAMTALE_CONFIG", "/nonexistent/never.ron"),
            ("LANG", "en_GB.UTF-8"),
        ]);
        assert!(matches!(
            resolve(&overrides, &env),
            Err(ConfigError::Missing { .. })
        ));

        let env = env_of(&[
            ("SAMTALE_DATA_DIR", "/tmp/samtale-env"),
            ("LANG", "da_DK.UTF-8"),
        ]);
        let settings = resolve(&Overrides::default(), &env).expect("resolves");
        assert_eq!(
            settings.data_dir,
            (
                PathBuf::from("/tmp/samtale-env"),
                Origin::Env("SAMTALE_DATA_DIR")
            )
        );
        assert_eq!(
            settings.lang,
            (Lang::Da, Origin::System("LANG=da_DK.UTF-8".into()))
        );
    }

    #[test]
    fn an_unknown_field_is_an_error_at_its_place() {
        let text = "(\n  language: Some(\"da\"),\n  crisis_contact: [],\n)\n";
        match parse(Path::new("config.ron"), text) {
            Err(ConfigError::File(problem)) => {
                assert_eq!((problem.line, problem.column), (3, 3));
                assert_eq!(problem.key, "check-unknown-field");
            }
            other => panic!("expected a placed problem, got {other:?}"),
        }
    }

    #[test]
    fn a_language_samtale_does_not_speak_is_placed_at_the_language() {
        let text = "(\n    language: Some(\"klingon\"),\n)\n";
        match parse(Path::new("config.ron"), text) {
            Err(ConfigError::File(problem)) => {
                assert_eq!((problem.line, problem.column), (2, 20));
                assert_eq!(problem.key, "config-lang-unsupported-here");
            }
            other => panic!("expected a placed problem, got {other:?}"),
        }
    }
}
