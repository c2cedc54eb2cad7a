//! The command line, parsed and nothing more. Options given before or after the command
//! mean the same; what each command then does is `app`'s business.

use std::ffi::OsString;
use std::path::PathBuf;

use crate::config::Overrides;
use crate::journal::Mode;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// No command: the home screen (a menu in the line mode).
    Home,
    List,
    Run(Run),
    Check {
        paths: Vec<PathBuf>,
        strict: bool,
    },
    Config,
    /// One dialogue on a shared device, for one citizen after another.
    Kiosk(String),
    /// A participant's conversations, or one journal (`show N`).
    History {
        participant: Option<String>,
        show: Option<String>,
        /// `--seen NAME`: NAME, a staff member, has seen conversation `show`, entered at
        /// the kiosk; from now on it counts in trends and change flags.
        seen: Option<String>,
    },
    /// A dialogue's scores over time for a participant; `--target` sets an ORS target.
    Trend {
        dialogue: String,
        participant: Option<String>,
        target: Option<String>,
    },
    /// The current crisis plan as a card to print, and as the full plan.
    Card {
        participant: Option<String>,
        /// `--with ID,ID`: steps of the plan to put on the card as well (for this print).
        with: Vec<String>,
        /// `--without ID,ID`: steps of the plan to leave off the card.
        without: Vec<String>,
        /// `--name NAME`: the name printed on the card instead of the pseudonym; written
        /// into the card's files only, never into a journal.
        name: Option<String>,
        /// `--dialogue ID`: the card from this plan dialogue's latest finished plan, when
        /// the participant has more than one kind of plan that makes a card.
        dialogue: Option<String>,
    },
    Export(Export),
    /// A dialogue as an HL7 FHIR R4 Questionnaire, on standard output.
    Questionnaire(String),
    Help(Option<String>),
    Version,
    /// A new dialogue to start from: its script and texts, in `dir` (else here).
    New {
        id: String,
        dir: Option<PathBuf>,
    },
    /// A script being written, run in the terminal interface and reloaded whenever it or
    /// its `.ftl` files change; nothing is written to any journal.
    Preview(PathBuf),
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Export {
    pub participant: Option<String>,
    pub all: bool,
    pub dialogue: Option<String>,
    pub since: Option<String>,
    pub format: Option<String>,
    pub output: Option<PathBuf>,
    /// Replace the `--output` file if it is there already.
    pub force: bool,
    /// `--headers ids`: the CSV's machine-stable column names instead of the reader's words.
    pub headers: Option<String>,
    /// `--scores`: the CSV as one row per conversation with its scores and flags.
    pub scores: bool,
    /// `--bundle collection|transaction`: the FHIR Bundle's type.
    pub bundle: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Run {
    pub dialogue: String,
    pub participant: Option<String>,
    pub mode: Option<Mode>,
    pub facilitator: Option<String>,
    /// Start afresh even if an unfinished conversation is waiting.
    pub new: bool,
}

enum Arg {
    Short(char),
    Long(String),
    Value(OsString),
}

#[derive(Debug, Clone, Default)]
pub struct Cli {
    pub command: Option<Command>,
    pub overrides: Overrides,
    pub plain: bool,
    /// `default`, `high-contrast` or `no-colour`.
    pub theme: Option<String>,
}

/// What was wrong with the command line, for a message and exit code 2.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UsageError {
    UnknownCommand(String),
    UnknownOption {
        option: String,
        command: String,
    },
    MissingValue(String),
    MissingDialogue,
    BadMode(String),
    Unexpected(String),
    /// A value given to an option that takes none (`--plain=yes`).
    UnexpectedValue {
        option: String,
        value: String,
    },
    NotUnicode,
}

/// The commands, for "did you mean …?" when one is mistyped.
pub const COMMANDS: &[&str] = &[
    "list",
    "run",
    "check",
    "kiosk",
    "history",
    "trend",
    "card",
    "export",
    "questionnaire",
    "config",
    "help",
    "new",
    "preview",
];

/// Every long option, for "did you mean …?" when one is mistyped.
pub const LONG_OPTIONS: &[&str] = &[
    "--help",
    "--version",
    "--lang",
    "--config",
    "--data-dir",
    "--dialogues",
    "--plain",
    "--theme",
    "--participant",
    "--facilitator",
    "--mode",
    "--new",
    "--strict",
    "--target",
    "--all",
    "--dialogue",
    "--since",
    "--format",
    "--output",
    "--force",
    "--headers",
    "--scores",
    "--bundle",
    "--with",
    "--without",
    "--name",
    "--dir",
];

/// The options that decide the language (`--lang`, `--config` and what a config file may
/// hold), read leniently from a command line that may not parse, so that even the message
/// about a wrong command line is in the language the person asked for.
pub fn early_overrides(args: &[OsString]) -> Overrides {
    let mut overrides = Overrides::default();
    let words: Vec<&str> = args.iter().filter_map(|a| a.to_str()).collect();
    let mut index = 0;
    while index < words.len() {
        let word = words[index];
        let (name, inline) = match word.split_once('=') {
            Some((name, value)) if name.starts_with("--") => (name, Some(value)),
            _ => (word, None),
        };
        let takes_value = matches!(name, "--lang" | "--config" | "--data-dir" | "--dialogues");
        let value = match inline {
            Some(value) => Some(value),
            None if takes_value => {
                index += 1;
                words.get(index).copied()
            }
            None => None,
        };
        match (name, value) {
            ("--lang", Some(value)) => overrides.lang = Some(value.to_owned()),
            ("--config", Some(value)) => overrides.config = Some(value.into()),
            ("--data-dir", Some(value)) => overrides.data_dir = Some(value.into()),
            ("--dialogues", Some(value)) => overrides.dialogues = Some(value.into()),
            _ => {}
        }
        index += 1;
    }
    overrides
}

pub fn parse(args: impl IntoIterator<Item = OsString>) -> Result<Cli, UsageError> {
    use lexopt::prelude::*;
    let mut parser = lexopt::Parser::from_iter(args);
    let mut cli = Cli::default();
    let mut command: Option<String> = None;
    let mut positionals: Vec<String> = Vec::new();
    let mut run = Run::default();
    let mut strict = false;
    let mut target: Option<String> = None;
    let mut seen: Option<String> = None;
    let mut card_with: Option<String> = None;
    let mut card_without: Option<String> = None;
    let mut card_name: Option<String> = None;
    let mut export = Export::default();
    let mut help = false;
    let mut version = false;
    let mut dir: Option<PathBuf> = None;

    loop {
        let arg = match parser.next() {
            Ok(Some(arg)) => arg,
            Ok(None) => break,
            Err(lexopt::Error::MissingValue { option }) => {
                return Err(UsageError::MissingValue(option.unwrap_or_default()));
            }
            Err(lexopt::Error::NonUnicodeValue(_)) => return Err(UsageError::NotUnicode),
            Err(lexopt::Error::UnexpectedValue { option, value }) => {
                return Err(UsageError::UnexpectedValue {
                    option,
                    value: value.to_string_lossy().into_owned(),
                });
            }
            // lexopt's own words are English; what it saw is said in the person's language.
            Err(lexopt::Error::UnexpectedOption(text)) => {
                return Err(UsageError::Unexpected(text));
            }
            Err(lexopt::Error::UnexpectedArgument(text)) => {
                return Err(UsageError::Unexpected(text.to_string_lossy().into_owned()));
            }
            Err(_) => return Err(UsageError::Unexpected(String::new())),
        };
        // Owned, so that the parser can be asked for the option's value.
        let arg = match arg {
            Short(c) => Arg::Short(c),
            Long(name) => Arg::Long(name.to_owned()),
            Value(value) => Arg::Value(value),
        };
        let pseudonym = |typed: String| crate::journal::store::normalise_participant(&typed);
        let mut value = |name: &str| -> Result<String, UsageError> {
            parser
                .value()
                .map_err(|_| UsageError::MissingValue(name.to_owned()))?
                .into_string()
                .map_err(|_| UsageError::NotUnicode)
        };
        match arg {
            Arg::Short('h') => help = true,
            Arg::Long(ref name) if name == "help" => help = true,
            Arg::Short('V') => version = true,
            // A pseudonym is always used in its NFKC form: a decomposed "é" is the same name.
            Arg::Short('p') => run.participant = Some(pseudonym(value("--participant")?)),
            Arg::Long(name) if name == "version" => version = true,
            Arg::Long(name) if name == "lang" => cli.overrides.lang = Some(value("--lang")?),
            Arg::Long(name) if name == "config" => {
                cli.overrides.config = Some(value("--config")?.into())
            }
            Arg::Long(name) if name == "data-dir" => {
                cli.overrides.data_dir = Some(value("--data-dir")?.into());
            }
            Arg::Long(name) if name == "dialogues" => {
                cli.overrides.dialogues = Some(value("--dialogues")?.into());
            }
            Arg::Long(name) if name == "plain" => cli.plain = true,
            Arg::Long(name) if name == "theme" => cli.theme = Some(value("--theme")?),
            Arg::Long(name) if name == "participant" => {
                run.participant = Some(pseudonym(value("--participant")?))
            }
            Arg::Long(name) if name == "facilitator" => {
                run.facilitator = Some(value("--facilitator")?)
            }
            Arg::Long(name) if name == "mode" => {
                let mode = value("--mode")?;
                run.mode = Some(Mode::from_tag(&mode).ok_or(UsageError::BadMode(mode))?);
            }
            Arg::Long(name) if name == "new" => run.new = true,
            Arg::Long(name) if name == "strict" => strict = true,
            Arg::Long(name) if name == "target" => target = Some(value("--target")?),
            Arg::Long(name) if name == "seen" => seen = Some(value("--seen")?),
            Arg::Long(name) if name == "with" => card_with = Some(value("--with")?),
            Arg::Long(name) if name == "without" => card_without = Some(value("--without")?),
            Arg::Long(name) if name == "name" => card_name = Some(value("--name")?),
            Arg::Long(name) if name == "all" => export.all = true,
            Arg::Long(name) if name == "dialogue" => export.dialogue = Some(value("--dialogue")?),
            Arg::Long(name) if name == "since" => export.since = Some(value("--since")?),
            Arg::Long(name) if name == "format" => export.format = Some(value("--format")?),
            Arg::Long(name) if name == "output" => export.output = Some(value("--output")?.into()),
            Arg::Long(name) if name == "force" => export.force = true,
            Arg::Long(name) if name == "headers" => export.headers = Some(value("--headers")?),
            Arg::Long(name) if name == "scores" => export.scores = true,
            Arg::Long(name) if name == "bundle" => export.bundle = Some(value("--bundle")?),
            Arg::Long(name) if name == "dir" => dir = Some(value("--dir")?.into()),
            Arg::Value(value) => {
                let value = value.into_string().map_err(|_| UsageError::NotUnicode)?;
                if command.is_none() {
                    command = Some(value);
                } else {
                    positionals.push(value);
                }
            }
            Arg::Short(c) => {
                return Err(UsageError::UnknownOption {
                    option: format!("-{c}"),
                    command: command.clone().unwrap_or_default(),
                });
            }
            Arg::Long(name) => {
                return Err(UsageError::UnknownOption {
                    option: format!("--{name}"),
                    command: command.clone().unwrap_or_default(),
                });
            }
        }
    }

    if version {
        cli.command = Some(Command::Version);
        return Ok(cli);
    }
    if help {
        cli.command = Some(Command::Help(command));
        return Ok(cli);
    }
    let name = command.unwrap_or_default();
    let run_options_used = run.mode.is_some() || run.facilitator.is_some() || run.new;
    // `--dialogue` also chooses the plan a card is made from.
    let export_options_used = export.all
        || (export.dialogue.is_some() && name != "card")
        || export.since.is_some()
        || export.format.is_some()
        || export.output.is_some()
        || export.headers.is_some()
        || export.bundle.is_some()
        || export.scores
        || export.force;
    let command = match name.as_str() {
        "" => Command::Home,
        "list" => Command::List,
        "config" => Command::Config,
        "check" => Command::Check {
            paths: positionals.drain(..).map(PathBuf::from).collect(),
            strict,
        },
        "run" => {
            if positionals.is_empty() {
                return Err(UsageError::MissingDialogue);
            }
            run.dialogue = positionals.remove(0);
            Command::Run(run.clone())
        }
        "kiosk" => {
            if positionals.is_empty() {
                return Err(UsageError::MissingDialogue);
            }
            Command::Kiosk(positionals.remove(0))
        }
        "history" => Command::History {
            participant: run.participant.clone(),
            show: positionals.drain(..).next(),
            seen: seen.take(),
        },
        "trend" => {
            if positionals.is_empty() {
                return Err(UsageError::MissingDialogue);
            }
            Command::Trend {
                dialogue: positionals.remove(0),
                participant: run.participant.clone(),
                target: target.take(),
            }
        }
        "card" => {
            let list = |given: Option<String>| -> Vec<String> {
                given
                    .unwrap_or_default()
                    .split(',')
                    .map(|id| id.trim().to_owned())
                    .filter(|id| !id.is_empty())
                    .collect()
            };
            Command::Card {
                participant: run.participant.clone(),
                with: list(card_with.take()),
                without: list(card_without.take()),
                name: card_name.take(),
                dialogue: export.dialogue.take(),
            }
        }
        "export" => Command::Export(Export {
            participant: run.participant.clone(),
            ..export.clone()
        }),
        "questionnaire" => {
            if positionals.is_empty() {
                return Err(UsageError::MissingDialogue);
            }
            Command::Questionnaire(positionals.remove(0))
        }
        "help" => Command::Help(positionals.drain(..).next()),
        "preview" => {
            if positionals.is_empty() {
                return Err(UsageError::MissingDialogue);
            }
            Command::Preview(PathBuf::from(positionals.remove(0)))
        }
        "new" => {
            if positionals.is_empty() {
                return Err(UsageError::MissingDialogue);
            }
            Command::New {
                id: positionals.remove(0),
                dir: dir.take(),
            }
        }
        other => return Err(UsageError::UnknownCommand(other.to_owned())),
    };
    if let Some(extra) = positionals.first() {
        return Err(UsageError::Unexpected(extra.clone()));
    }
    let takes_participant = matches!(
        command,
        Command::Run(_)
            | Command::History { .. }
            | Command::Trend { .. }
            | Command::Card { .. }
            | Command::Export(_)
    );
    if run.participant.is_some() && !takes_participant {
        return Err(UsageError::UnknownOption {
            option: "--participant".into(),
            command: name,
        });
    }
    if export_options_used && !matches!(command, Command::Export(_)) {
        return Err(UsageError::UnknownOption {
            option:
                "--all/--dialogue/--since/--format/--output/--force/--headers/--scores/--bundle"
                    .into(),
            command: name,
        });
    }
    if seen.is_some() {
        return Err(UsageError::UnknownOption {
            option: "--seen".into(),
            command: name,
        });
    }
    if card_with.is_some() || card_without.is_some() || card_name.is_some() {
        return Err(UsageError::UnknownOption {
            option: "--with/--without/--name".into(),
            command: name,
        });
    }
    if target.is_some() {
        return Err(UsageError::UnknownOption {
            option: "--target".into(),
            command: name,
        });
    }
    if dir.is_some() {
        return Err(UsageError::UnknownOption {
            option: "--dir".into(),
            command: name,
        });
    }
    if run_options_used && !matches!(command, Command::Run(_)) {
        return Err(UsageError::UnknownOption {
            option: "--mode/--facilitator/--new".into(),
            command: name,
        });
    }
    cli.command = Some(command);
    Ok(cli)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(line: &str) -> Vec<OsString> {
        std::iter::once("samtale")
            .chain(line.split_whitespace())
            .map(OsString::from)
            .collect()
    }

    #[test]
    fn run_takes_its_options_before_or_after_the_dialogue() {
        let cli = parse(args("run who5 --participant p1 --plain --lang da")).expect("parses");
        assert!(cli.plain);
        assert_eq!(cli.overrides.lang.as_deref(), Some("da"));
        assert_eq!(
            cli.command,
            Some(Command::Run(Run {
                dialogue: "who5".into(),
                participant: Some("p1".into()),
                ..Run::default()
            }))
        );
        let cli = parse(args("--lang en run --mode self fit-ors")).expect("parses");
        assert!(matches!(
            cli.command,
            Some(Command::Run(Run {
                mode: Some(Mode::SelfGuided),
                ..
            }))
        ));
    }

    #[test]
    fn mistakes_are_named() {
        assert_eq!(parse(args("run")).err(), Some(UsageError::MissingDialogue));
        assert_eq!(
            parse(args("frobnicate")).err(),
            Some(UsageError::UnknownCommand("frobnicate".into()))
        );
        assert_eq!(
            parse(args("run who5 --mode solo")).err(),
            Some(UsageError::BadMode("solo".into()))
        );
        assert!(matches!(
            parse(args("list --participant p1")),
            Err(UsageError::UnknownOption { .. })
        ));
        assert_eq!(
            parse(args("run who5 --lang")).err(),
            Some(UsageError::MissingValue("--lang".into()))
        );
    }

    #[test]
    fn help_belongs_to_the_command_it_follows() {
        assert_eq!(
            parse(args("run --help")).expect("parses").command,
            Some(Command::Help(Some("run".into())))
        );
        assert_eq!(
            parse(args("")).expect("parses").command,
            Some(Command::Home)
        );
    }

    #[test]
    fn seen_belongs_to_history_and_a_pseudonym_is_normalised() {
        assert_eq!(
            parse(args("history --participant Jose\u{301} 3 --seen Mette"))
                .expect("parses")
                .command,
            Some(Command::History {
                participant: Some("Jos\u{e9}".into()),
                show: Some("3".into()),
                seen: Some("Mette".into()),
            })
        );
        assert!(matches!(
            parse(args("trend who5 --participant p1 --seen Mette")),
            Err(UsageError::UnknownOption { .. })
        ));
    }
}
