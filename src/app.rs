//! The commands: each turns settings and a parsed command line into work and an exit code.
//! Every message a user can cause is worded here (or by the module it concerns) through
//! Fluent, says what and where, and what to do next.

use std::io::{self, BufRead, IsTerminal, Write};
use std::sync::Arc;

use crate::cli::{self, Cli, Command, UsageError};
use crate::config::{self, ConfigError, Origin, Settings};
use crate::engine::{Session, Stamp};
use crate::exit;
use crate::i18n::{self, LangError, Texts};
use crate::journal::{self, Block, Found, Header, Mode, Store, StoreError};
use crate::plain::{Ending, LineError, LineMode};
use crate::problem::{Problem, Severity};
use crate::script::{self, Audience, Library};
use crate::wording::{self, io_cause, store_message};
use crate::{export, report, tui, ui};

/// The process's surroundings, passed in so that the whole app runs in tests.
pub struct World<'a> {
    pub env: &'a dyn Fn(&str) -> Option<String>,
    pub stdin: &'a mut dyn BufRead,
    pub stdout: &'a mut dyn Write,
    pub stderr: &'a mut dyn Write,
    pub clock: &'a dyn Fn() -> Stamp,
    /// Whether stdin and stdout are both a terminal.
    pub terminal: bool,
}

pub fn main() -> i32 {
    let env = |name: &str| std::env::var(name).ok();
    let stdin = io::stdin();
    let terminal = stdin.is_terminal() && io::stdout().is_terminal();
    let mut stdin = stdin.lock();
    let mut stdout = io::stdout().lock();
    let mut stderr = io::stderr().lock();
    let clock = journal::store::now;
    let mut world = World {
        env: &env,
        stdin: &mut stdin,
        stdout: &mut stdout,
        stderr: &mut stderr,
        clock: &clock,
        terminal,
    };
    run(std::env::args_os(), &mut world)
}

pub fn run(args: impl IntoIterator<Item = std::ffi::OsString>, world: &mut World) -> i32 {
    let args: Vec<std::ffi::OsString> = args.into_iter().collect();
    let cli = match cli::parse(args.iter().cloned()) {
        Ok(cli) => cli,
        Err(error) => {
            let texts = script::app_texts(usage_lang(&args, world.env));
            let _ = writeln!(world.stderr, "{}", usage_message(&texts, &error));
            return exit::USAGE;
        }
    };
    let settings = match config::resolve(&cli.overrides, world.env) {
        Ok(settings) => settings,
        Err(error) => {
            // The settings are not known: speak the language of --lang if it is one
            // samtale speaks, else the system's.
            let lang = cli
                .overrides
                .lang
                .as_deref()
                .and_then(|tag| i18n::negotiate(tag).ok())
                .or_else(|| i18n::from_environment(world.env).map(|(l, _)| l))
                .unwrap_or(i18n::Lang::En);
            let texts = script::app_texts(lang);
            let _ = writeln!(world.stderr, "{}", config_message(&texts, &error));
            return exit::PROBLEMS;
        }
    };
    i18n::set_staff_word(i18n::Lang::Da, settings.staff_word.da.as_deref());
    i18n::set_staff_word(i18n::Lang::En, settings.staff_word.en.as_deref());
    let texts = script::app_texts(settings.lang.0);
    let result = match cli.command.clone().unwrap_or(Command::Home) {
        Command::Version => {
            writeln!(world.stdout, "samtale {}", env!("CARGO_PKG_VERSION")).map(|()| exit::OK)
        }
        Command::Help(topic) => help(&texts, topic.as_deref(), world),
        Command::Check { paths, strict } => check(&texts, &paths, strict, world),
        Command::New { id, dir } => new_dialogue(&texts, &id, dir.as_deref(), world),
        Command::Config => show_config(&texts, &settings, world),
        Command::List => list(&settings, world),
        Command::Run(run) => converse(&cli, &settings, run, None, world),
        Command::Home => home(&cli, &settings, world),
        Command::Kiosk(dialogue) => kiosk(&cli, &settings, &dialogue, world),
        Command::History {
            participant,
            show,
            seen,
        } => {
            let now = (world.clock)();
            over_time(
                &settings,
                participant.as_deref(),
                world,
                |store, p, texts, library, out| match (&show, &seen) {
                    (None, Some(_)) => Err(report::ReportError::SeenWhich),
                    (Some(number), Some(by)) => {
                        let number = number
                            .parse::<usize>()
                            .map_err(|_| report::ReportError::SeenWhich)?;
                        report::mark_seen(store, p, number, by, now, texts, out)
                    }
                    (None, None) => report::history(store, p, texts, library, out),
                    (Some(number), None) => {
                        let path = match number.parse::<usize>() {
                            Ok(n) => report::journal_path(store, p, n)?,
                            Err(_) => std::path::PathBuf::from(number),
                        };
                        report::show_journal(&path, texts, out)
                    }
                },
            )
        }
        Command::Trend {
            dialogue,
            participant,
            target,
        } => {
            let now = (world.clock)();
            over_time(
                &settings,
                participant.as_deref(),
                world,
                |store, p, texts, _, out| {
                    if let Some(target) = &target {
                        let ors = match target.as_str() {
                            "none" | "ingen" => None,
                            text => Some(i18n::parse_number(text).unwrap_or(f64::NAN)),
                        };
                        report::set_target(store, p, ors, now, texts, out)?;
                    }
                    report::trend(store, p, &dialogue, texts, out)
                },
            )
        }
        Command::Card {
            participant,
            with,
            without,
            name,
            dialogue,
        } => {
            let contacts = settings.crisis_contacts.clone();
            let choice = crate::card::wallet::Choice {
                with,
                without,
                name,
                dialogue,
            };
            over_time(
                &settings,
                participant.as_deref(),
                world,
                |store, p, texts, _, out| {
                    let dir = report::card_dir(store, p)?;
                    report::card(store, p, &contacts, &choice, texts, &dir, out).map(|_| ())
                },
            )
        }
        Command::Map { participant } => over_time(
            &settings,
            participant.as_deref(),
            world,
            |store, p, texts, _, out| {
                let dir = report::map_dir(store, p)?;
                report::map(store, p, texts, &dir, out).map(|_| ())
            },
        ),
        Command::Export(options) => export(&settings, &options, world),
        Command::Questionnaire(dialogue) => questionnaire(&settings, &dialogue, world),
        Command::Preview(path) => preview(&cli, &settings, &path, world),
    };
    match result {
        Ok(code) => code,
        // The reader of the output went away: nothing more to say to anyone.
        Err(error) if is_closed_pipe(&error) => exit::OK,
        Err(error) => {
            let _ = writeln!(
                world.stderr,
                "{}",
                texts.get(
                    "report-output",
                    &[("detail", crate::wording::os_error(&texts, &error))]
                )
            );
            exit::STORAGE
        }
    }
}

/// The language to say a wrong command line in: that of `--lang`, else of the config file
/// (found through `--config` or the environment), else of the system, as the settings would
/// have chosen had the command line parsed.
fn usage_lang(args: &[std::ffi::OsString], env: &dyn Fn(&str) -> Option<String>) -> i18n::Lang {
    let early = cli::early_overrides(args);
    if let Some(lang) = early
        .lang
        .as_deref()
        .and_then(|tag| i18n::negotiate(tag).ok())
    {
        return lang;
    }
    match config::resolve(&early, env) {
        Ok(settings) => settings.lang.0,
        Err(_) => i18n::from_environment(env).map_or(i18n::Lang::En, |(l, _)| l),
    }
}

/// " Did you mean …?" after a message, when a known word is close to the one typed.
fn did_you_mean<'a>(
    texts: &Texts,
    typed: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> String {
    match crate::suggest::closest(typed, candidates) {
        Some(word) => format!(
            " {}",
            texts.get("usage-did-you-mean", &[("suggestion", word.to_owned())])
        ),
        None => String::new(),
    }
}

/// That no dialogue has this id, with the closest id that does.
fn unknown_dialogue(texts: &Texts, library: &Library, id: &str) -> String {
    let ids = library.listed().map(|l| l.id.as_str());
    format!(
        "{}{}",
        texts.get("run-unknown-dialogue", &[("id", id.to_owned())]),
        did_you_mean(texts, id, ids)
    )
}

fn usage_message(texts: &Texts, error: &UsageError) -> String {
    let message = match error {
        UsageError::UnknownCommand(name) => format!(
            "{}{}",
            texts.get("usage-unknown-command", &[("name", name.clone())]),
            did_you_mean(texts, name, cli::COMMANDS.iter().copied())
        ),
        UsageError::UnknownOption { option, command } => format!(
            "{}{}",
            texts.get(
                "usage-unknown-option",
                &[("option", option.clone()), ("command", command.clone())],
            ),
            if option.starts_with("--") && !cli::LONG_OPTIONS.contains(&option.as_str()) {
                did_you_mean(texts, option, cli::LONG_OPTIONS.iter().copied())
            } else {
                String::new()
            }
        ),
        UsageError::UnexpectedValue { option, value } => texts.get(
            "usage-unexpected-value",
            &[("option", option.clone()), ("value", value.clone())],
        ),
        UsageError::MissingValue(option) => {
            texts.get("usage-missing-value", &[("option", option.clone())])
        }
        UsageError::MissingDialogue => texts.get("usage-missing-dialogue", &[]),
        UsageError::BadMode(mode) => texts.get("usage-bad-mode", &[("mode", mode.clone())]),
        UsageError::Unexpected(text) => texts.get("usage-unexpected", &[("text", text.clone())]),
        UsageError::NotUnicode => texts.get("usage-not-unicode", &[]),
    };
    format!("samtale: {message}\n{}", texts.get("usage-see-help", &[]))
}

fn origin_text(texts: &Texts, origin: &Origin) -> String {
    match origin {
        Origin::Flag(flag) => texts.get("origin-flag", &[("flag", (*flag).to_owned())]),
        Origin::Env(name) => texts.get("origin-env", &[("name", (*name).to_owned())]),
        Origin::ConfigFile => texts.get("origin-config-file", &[]),
        Origin::System(variable) => texts.get("origin-system", &[("variable", variable.clone())]),
        Origin::Default => texts.get("origin-default", &[]),
    }
}

fn config_message(texts: &Texts, error: &ConfigError) -> String {
    match error {
        ConfigError::File(problem) => format!(
            "{}\n{}",
            problem.render(texts),
            texts.get("config-broken-hint", &[])
        ),
        ConfigError::Lang { origin, error } => {
            let (key, tag) = match error {
                LangError::Malformed(tag) => ("config-lang-malformed", tag),
                LangError::Unsupported(tag) => ("config-lang-unsupported", tag),
            };
            texts.get(
                key,
                &[
                    ("lang", tag.clone()),
                    ("origin", origin_text(texts, origin)),
                ],
            )
        }
        ConfigError::Missing { path, origin } => texts.get(
            "config-missing",
            &[
                ("path", path.display().to_string()),
                ("origin", origin_text(texts, origin)),
            ],
        ),
        ConfigError::NoDataDir => texts.get("config-no-data-dir", &[]),
    }
}

/// Whether an output error is the reader having gone away (`samtale history … | head`):
/// that is no failure, and samtale then ends quietly with exit code 0.
pub fn is_closed_pipe(error: &io::Error) -> bool {
    error.kind() == io::ErrorKind::BrokenPipe
}

fn store_exit(error: &StoreError) -> i32 {
    match error {
        StoreError::Busy { .. } => exit::BUSY,
        StoreError::BadParticipant(_) | StoreError::LooksLike { .. } => exit::USAGE,
        _ => exit::STORAGE,
    }
}

fn help(texts: &Texts, topic: Option<&str>, world: &mut World) -> io::Result<i32> {
    let key = match topic {
        Some("run") => "help-run",
        Some("check") => "help-check",
        Some("config") => "help-config",
        Some("list") => "help-list",
        Some("kiosk") => "help-kiosk",
        Some("history") => "help-history",
        Some("trend") => "help-trend",
        Some("card") => "help-card",
        Some("map") => "help-map",
        Some("export") => "help-export",
        Some("questionnaire") => "help-questionnaire",
        Some("new") => "help-new",
        Some("preview") => "help-preview",
        // The short authoring guide, as it is in the repository, in English: the format
        // without the repository.
        Some("script") => {
            world.stdout.write_all(WRITING_A_DIALOGUE.as_bytes())?;
            return Ok(exit::OK);
        }
        _ => "help-main",
    };
    writeln!(
        world.stdout,
        "{}",
        texts.get(key, &[("version", env!("CARGO_PKG_VERSION").to_owned())])
    )?;
    Ok(exit::OK)
}

/// docs/writing-a-dialogue.md, for `samtale help script`.
const WRITING_A_DIALOGUE: &str = include_str!("../docs/writing-a-dialogue.md");

/// `samtale new ID [--dir DIR]`: a dialogue to start from, checked clean.
fn new_dialogue(
    texts: &Texts,
    id: &str,
    dir: Option<&std::path::Path>,
    world: &mut World,
) -> io::Result<i32> {
    use script::template::{self, NewError};
    let dir = dir.unwrap_or(std::path::Path::new("."));
    match template::write(dir, id) {
        Ok(written) => {
            let files = written
                .iter()
                .map(|p| format!("  {}", p.display()))
                .collect::<Vec<_>>()
                .join("\n");
            writeln!(
                world.stdout,
                "{}",
                texts.get(
                    "new-written",
                    &[
                        ("files", files),
                        ("dir", dir.display().to_string()),
                        ("id", id.to_owned()),
                    ]
                )
            )?;
            Ok(exit::OK)
        }
        Err(error) => {
            let message = match &error {
                NewError::BadId(id) => texts.get("new-bad-id", &[("id", id.clone())]),
                NewError::Exists(path) => {
                    texts.get("new-exists", &[("path", path.display().to_string())])
                }
                NewError::Write(path, error) => {
                    let (key, _) = wording::os_error_key(error);
                    texts.get(
                        "new-cannot-write",
                        &[
                            ("path", path.display().to_string()),
                            ("detail", texts.get(key, &[])),
                        ],
                    )
                }
            };
            writeln!(world.stderr, "{message}")?;
            Ok(match error {
                NewError::BadId(_) => exit::USAGE,
                _ => exit::PROBLEMS,
            })
        }
    }
}

fn check(
    texts: &Texts,
    paths: &[std::path::PathBuf],
    strict: bool,
    world: &mut World,
) -> io::Result<i32> {
    let problems = if paths.is_empty() {
        script::check_builtin()
    } else {
        script::check_paths(paths)
    };
    for problem in &problems {
        writeln!(world.stdout, "{}", problem.render(texts))?;
    }
    let errors = problems.iter().filter(|p| p.is_error()).count();
    let warnings = problems.len() - errors;
    if problems.is_empty() {
        writeln!(world.stdout, "{}", texts.get("check-clean", &[]))?;
    } else {
        writeln!(
            world.stdout,
            "{}",
            texts.get(
                "check-summary",
                &[
                    ("errors", errors.to_string()),
                    ("warnings", warnings.to_string())
                ]
            )
        )?;
    }
    Ok(if errors > 0 || (strict && warnings > 0) {
        exit::PROBLEMS
    } else {
        exit::OK
    })
}

/// What staff should know about the settings before a citizen uses the screen: a config
/// file others can change, no local crisis contacts.
fn config_warnings(texts: &Texts, settings: &Settings, out: &mut dyn Write) -> io::Result<()> {
    let Some((path, _)) = &settings.config_path else {
        return Ok(());
    };
    let shown = path.display().to_string();
    if settings.config_found && config::writable_by_others(path) {
        writeln!(
            out,
            "{}",
            texts.get("config-others-can-write", &[("path", shown.clone())])
        )?;
    }
    if settings.crisis_contacts.is_empty() {
        writeln!(
            out,
            "{}",
            texts.get("config-no-contacts", &[("path", shown)])
        )?;
    }
    Ok(())
}

fn show_config(texts: &Texts, settings: &Settings, world: &mut World) -> io::Result<i32> {
    let out = &mut *world.stdout;
    match &settings.config_path {
        Some((path, origin)) => {
            let state = if settings.config_found {
                "config-file-read"
            } else {
                "config-file-absent"
            };
            writeln!(
                out,
                "{}",
                texts.get(
                    "config-show-file",
                    &[
                        ("path", path.display().to_string()),
                        ("state", texts.get(state, &[])),
                        ("origin", origin_text(texts, origin)),
                    ],
                )
            )?;
        }
        None => writeln!(out, "{}", texts.get("config-show-no-file", &[]))?,
    }
    let (dir, origin) = &settings.data_dir;
    writeln!(
        out,
        "{}",
        texts.get(
            "config-show-data-dir",
            &[
                ("path", dir.display().to_string()),
                ("origin", origin_text(texts, origin))
            ]
        )
    )?;
    let (lang, origin) = &settings.lang;
    writeln!(
        out,
        "{}",
        texts.get(
            "config-show-lang",
            &[
                ("lang", lang.tag().to_owned()),
                ("origin", origin_text(texts, origin))
            ]
        )
    )?;
    match &settings.dialogues {
        Some((dir, origin)) => writeln!(
            out,
            "{}",
            texts.get(
                "config-show-dialogues",
                &[
                    ("path", dir.display().to_string()),
                    ("origin", origin_text(texts, origin))
                ]
            )
        )?,
        None => writeln!(out, "{}", texts.get("config-show-no-dialogues", &[]))?,
    }
    writeln!(
        out,
        "{}",
        texts.get(
            "config-show-contacts",
            &[("count", settings.crisis_contacts.len().to_string())]
        )
    )?;
    for contact in &settings.crisis_contacts {
        let mut parts = vec![contact.name.as_str(), contact.phone.as_str()];
        parts.extend(contact.open.as_deref().filter(|open| !open.is_empty()));
        writeln!(out, "  {}", parts.join(" · "))?;
    }
    config_warnings(texts, settings, out)?;
    Ok(exit::OK)
}

/// The built-in dialogues and the user's own; problems in the user's are reported and
/// those scripts left out, so one broken file does not stop the rest.
fn library(settings: &Settings, texts: &Texts, world: &mut World) -> io::Result<Library> {
    let (mut library, mut problems) = Library::builtin();
    if let Some((dir, _)) = &settings.dialogues {
        problems.extend(library.add_folder(dir));
    }
    for problem in problems.iter().filter(|p| p.severity == Severity::Error) {
        writeln!(world.stderr, "{}", problem.render(texts))?;
    }
    if problems.iter().any(Problem::is_error) {
        writeln!(world.stderr, "{}", texts.get("library-left-out", &[]))?;
    }
    Ok(library)
}

fn audience_key(audience: Audience) -> &'static str {
    match audience {
        Audience::Citizen => "audience-citizen",
        Audience::Together => "audience-together",
        Audience::Staff => "audience-staff",
    }
}

fn list(settings: &Settings, world: &mut World) -> io::Result<i32> {
    let app = script::app_texts(settings.lang.0);
    let library = library(settings, &app, world)?;
    let texts = library.texts(settings.lang.0);
    for audience in [Audience::Citizen, Audience::Together, Audience::Staff] {
        let listed: Vec<_> = library
            .listed()
            .filter(|l| l.audience == audience)
            .collect();
        if listed.is_empty() {
            continue;
        }
        writeln!(world.stdout, "{}", texts.get(audience_key(audience), &[]))?;
        for d in listed {
            writeln!(
                world.stdout,
                "  {:<24} {} · {}",
                d.id,
                wording::title_of(&texts, &d.id),
                texts.get("list-minutes", &[("minutes", d.minutes.to_string())])
            )?;
            writeln!(
                world.stdout,
                "  {:<24} {}",
                "",
                wording::description_of(&texts, &d.id)
            )?;
        }
    }
    Ok(exit::OK)
}

/// The line-mode home: pick a dialogue and a participant, then converse.
fn home(cli: &Cli, settings: &Settings, world: &mut World) -> io::Result<i32> {
    let app = script::app_texts(settings.lang.0);
    let library = library(settings, &app, world)?;
    if uses_terminal(cli, world) {
        return tui::run(
            settings,
            library,
            theme(cli, settings, world),
            tui::Launch::Home,
        );
    }
    let texts = library.texts(settings.lang.0);
    writeln!(world.stdout, "{}", texts.get("home-welcome", &[]))?;
    let listed: Vec<_> = library.listed().collect();
    for (number, d) in listed.iter().enumerate() {
        writeln!(
            world.stdout,
            "  {}. {} · {}",
            number + 1,
            wording::title_of(&texts, &d.id),
            texts.get("list-minutes", &[("minutes", d.minutes.to_string())])
        )?;
    }
    writeln!(world.stdout, "{}", texts.get("home-pick", &[]))?;
    let chosen = loop {
        let mut line = LineMode {
            input: &mut *world.stdin,
            out: &mut *world.stdout,
            texts: &texts,
            mode: Mode::Facilitated,
            contacts: &[],
            clock: world.clock,
            revision: None,
        };
        match line.read_raw()? {
            None => return Ok(exit::OK),
            Some(text) => match text
                .trim()
                .parse::<usize>()
                .ok()
                .and_then(|n| listed.get(n.wrapping_sub(1)))
            {
                Some(listed) => break listed.id.clone(),
                None => writeln!(world.stdout, "{}", texts.get("home-pick", &[]))?,
            },
        }
    };
    let run = cli::Run {
        dialogue: chosen,
        ..cli::Run::default()
    };
    converse(cli, settings, run, None, world)
}

/// `samtale run`: one conversation in the line mode or the terminal interface. `follows`
/// is the journal (file name) of the conversation this one was offered after.
fn converse(
    cli: &Cli,
    settings: &Settings,
    run: cli::Run,
    follows: Option<String>,
    world: &mut World,
) -> io::Result<i32> {
    let app = script::app_texts(settings.lang.0);
    let library = library(settings, &app, world)?;
    let Some(script) = library.get(&run.dialogue) else {
        // A listed built-in script that does not parse is a bug in samtale: said as
        // `samtale check` would say it, never a panic.
        if let Some(problem) = library.problem(&run.dialogue) {
            writeln!(world.stderr, "{}", problem.render(&app))?;
            return Ok(exit::PROBLEMS);
        }
        writeln!(
            world.stderr,
            "{}",
            unknown_dialogue(&app, &library, &run.dialogue)
        )?;
        return Ok(exit::USAGE);
    };
    let store = Store::new(settings.data_dir.0.clone());
    // A pseudonym that looks like an existing one (`anna` beside `Anna`) is refused before
    // anything starts; a rehearsal writes to no participant's folder.
    if let Some(participant) = &run.participant
        && run.mode != Some(Mode::Rehearsal)
        && let Err(error) = store.check_participant(participant)
    {
        writeln!(world.stderr, "{}", store_message(&app, &error))?;
        return Ok(exit::USAGE);
    }
    // A citizen alone is handed one participant's conversation: which one is staff's choice.
    if run.mode == Some(Mode::SelfGuided) && run.participant.is_none() {
        writeln!(
            world.stderr,
            "{}",
            app.get("run-self-needs-participant", &[])
        )?;
        return Ok(exit::USAGE);
    }
    if uses_terminal(cli, world) {
        let theme = theme(cli, settings, world);
        return tui::run(settings, library, theme, tui::Launch::Run(run));
    }
    let dialogue = Arc::new(script.dialogue.clone());
    let texts = library.texts(settings.lang.0);
    let mode = run.mode.unwrap_or(Mode::Facilitated);

    let participant = match (&run.participant, mode) {
        (Some(p), _) => p.clone(),
        (None, Mode::Rehearsal) => "rehearsal".to_owned(),
        (None, _) => {
            let mut line = LineMode {
                input: &mut *world.stdin,
                out: &mut *world.stdout,
                texts: &texts,
                mode,
                contacts: &settings.crisis_contacts,
                clock: world.clock,
                revision: None,
            };
            loop {
                writeln!(line.out, "{}", texts.get("run-ask-participant", &[]))?;
                let Some(typed) = line.read_raw()? else {
                    return Ok(exit::USAGE);
                };
                let name = journal::store::normalise_participant(&typed);
                match store.check_participant(&name) {
                    Ok(()) => break name,
                    Err(error) => writeln!(line.out, "{}", store_message(&texts, &error))?,
                }
            }
        }
    };
    if !journal::store::is_valid_participant(&participant) {
        writeln!(
            world.stderr,
            "{}",
            texts.get("store-bad-participant", &[("name", participant)])
        )?;
        return Ok(exit::USAGE);
    }

    // A dialogue that follows up sub-goals asks about each of the participant's open ones.
    let follow = (mode != Mode::Rehearsal).then_some(participant.as_str());
    let dialogue = match journal::sub_goals::laid_out(&store, follow, dialogue) {
        Ok(dialogue) => dialogue,
        Err(error) => return report_store(&texts, &error, world.stderr),
    };
    let line = LineMode {
        input: &mut *world.stdin,
        out: &mut *world.stdout,
        texts: &texts,
        mode,
        contacts: &settings.crisis_contacts,
        clock: world.clock,
        revision: None,
    };
    let title = wording::title(&texts, &dialogue);
    writeln!(line.out, "{title}")?;
    if mode == Mode::Rehearsal {
        writeln!(line.out, "{}", texts.get("run-rehearsal", &[]))?;
    }

    let previous = if mode == Mode::Rehearsal {
        Default::default()
    } else {
        match store.previous_scores(&participant, &dialogue.id) {
            Ok(previous) => previous,
            Err(error) => return report_store(&texts, &error, world.stderr),
        }
    };

    // An unfinished conversation of this dialogue is offered first.
    let mut resumed: Option<(journal::Writer, Found)> = None;
    if !run.new {
        // A rehearsal is resumed from `rehearsals/`, whoever it was held with.
        let unfinished = if mode == Mode::Rehearsal {
            store.unfinished_rehearsal(&dialogue.id)
        } else {
            store.unfinished(&participant, &dialogue.id)
        };
        let unfinished = match unfinished {
            Ok(found) => found,
            Err(
                error @ (StoreError::Unreadable { .. }
                | StoreError::NotAFile { .. }
                | StoreError::TooLarge { .. }),
            ) => {
                // It may be the conversation to resume: say so, and start nothing beside it.
                writeln!(
                    world.stderr,
                    "{}",
                    texts.get(
                        "storage-unfinished-unreadable",
                        &[
                            ("problem", store_message(&texts, &error)),
                            ("participant", participant.clone()),
                            ("dialogue", dialogue.id.clone()),
                        ],
                    )
                )?;
                return Ok(store_exit(&error));
            }
            Err(error) => return report_store(&texts, &error, world.stderr),
        };
        if let Some(found) = unfinished {
            let writer = match store.reopen(&found) {
                Ok(writer) => writer,
                Err(error) => return report_store(&texts, &error, world.stderr),
            };
            let answered = found.journal.answers().len();
            let started = found
                .journal
                .header
                .started
                .format("%Y-%m-%d %H:%M")
                .to_string();
            let question = texts.get(
                "run-resume",
                &[("started", started), ("answered", answered.to_string())],
            );
            let mut line = LineMode {
                input: &mut *world.stdin,
                out: &mut *world.stdout,
                texts: &texts,
                mode,
                contacts: &settings.crisis_contacts,
                clock: world.clock,
                revision: None,
            };
            if line.confirm(&question, true)? {
                resumed = Some((writer, found));
            }
        }
    }

    // A resumed conversation goes on in the language it was begun in, so that one
    // journal never mixes two languages.
    let resumed_locale = resumed
        .as_ref()
        .map(|(_, found)| found.journal.header.locale);
    let mut revision = None;
    // Where `draw` steps are drawn from: chance, or `SAMTALE_SEED` to repeat a draw.
    let seed = crate::frontend::draw_seed((world.env)("SAMTALE_SEED"));
    let (mut writer, mut session) = match resumed {
        Some((mut writer, found)) => {
            // The plan a revision follows is read first: a `resumed` block is only written
            // for a conversation that can go on.
            revision = match journal::revision::for_resumed(&store, &participant, &found.journal) {
                Ok(revision) => revision,
                Err(error) => return report_store(&texts, &error, world.stderr),
            };
            if let Err(error) = writer.append(&Block::Resumed {
                at: (world.clock)(),
            }) {
                return report_store(&texts, &error, world.stderr);
            }
            // What the conversation this one follows found is shown again.
            if let Some(follows) = found.journal.header.follows.as_deref() {
                let said = crate::frontend::said_in(&store, &texts, &participant, follows);
                write_said(world.stdout, &texts, &said)?;
            }
            let session = Session::resume(dialogue.clone(), found.journal.answers(), previous)
                .with_seed(seed);
            (writer, session)
        }
        None => {
            let header = Header {
                dialogue: dialogue.id.clone(),
                dialogue_version: dialogue.version,
                title,
                locale: texts.lang(),
                mode,
                participant: participant.clone(),
                facilitator: run.facilitator.clone().filter(|_| mode != Mode::SelfGuided),
                entered: None,
                follows: follows.clone().filter(|_| mode != Mode::Rehearsal),
                started: (world.clock)(),
            };
            if mode != Mode::Rehearsal {
                revision = match journal::revision::for_new(&store, &participant, &dialogue) {
                    Ok(revision) => revision,
                    Err(error) => return report_store(&texts, &error, world.stderr),
                };
            }
            // Line mode has no first frame to show first: on disk before the first question.
            let mut writer = match store.create(&header) {
                Ok(writer) => writer,
                Err(error) => return report_store(&texts, &error, world.stderr),
            };
            if let Err(error) = writer.sync() {
                // Nothing in it was confirmed: no journal is left behind, as when the header
                // cannot be written.
                let _ = writer.discard();
                return report_store(&texts, &error, world.stderr);
            }
            let session = match &revision {
                Some(revision) => {
                    // Every answer of the plan revised is carried over and written first.
                    let at = header.started;
                    for block in journal::revision::opening(revision, &texts, &dialogue, at) {
                        if let Err(error) = writer.append(&block) {
                            return report_store(&texts, &error, world.stderr);
                        }
                    }
                    writeln!(world.stdout, "{}", texts.get("revise-intro", &[]))?;
                    Session::prefilled(dialogue.clone(), revision.baseline.clone(), previous)
                }
                None => Session::new(dialogue.clone(), previous),
            }
            .with_seed(seed);
            (writer, session)
        }
    };

    let texts = match resumed_locale {
        Some(locale) if locale != texts.lang() => library.texts(locale),
        _ => texts,
    };
    let mut line = LineMode {
        input: &mut *world.stdin,
        out: &mut *world.stdout,
        texts: &texts,
        mode,
        contacts: &settings.crisis_contacts,
        clock: world.clock,
        revision: revision.as_ref(),
    };
    let ending = line.converse(&mut session, &mut writer);
    let path = writer.path().display().to_string();
    match ending {
        Ok(Ending::Finished { summary }) => {
            writeln!(
                world.stdout,
                "{}",
                texts.get("run-saved", &[("path", path)])
            )?;
            writeln!(world.stdout, "\n{}", texts.get("plain-result-heading", &[]))?;
            if !summary.is_empty() {
                writeln!(world.stdout, "{summary}")?;
            }
            let file = writer
                .path()
                .file_name()
                .map(|name| name.to_string_lossy().into_owned());
            drop(writer);
            follow_up(
                cli,
                settings,
                &run,
                (&participant, file),
                mode,
                &session,
                &texts,
                world,
            )
        }
        Ok(Ending::Paused) => {
            writeln!(
                world.stdout,
                "{}",
                texts.get("run-paused-saved", &[("path", path)])
            )?;
            Ok(exit::PAUSED)
        }
        Err(LineError::Store { error, unsaved }) => {
            writeln!(world.stderr, "{}", store_message(&texts, &error))?;
            if !unsaved.is_empty() {
                writeln!(
                    world.stderr,
                    "{}",
                    texts.get("run-unsaved", &[("text", unsaved)])
                )?;
            }
            Ok(store_exit(&error))
        }
        Err(LineError::Output(error)) => Err(error),
    }
}

/// After a conversation whose script names a follow-up (learning after a crisis →
/// revising the crisis plan): offer it, with this conversation's answers shown first.
#[allow(clippy::too_many_arguments)]
fn follow_up(
    cli: &Cli,
    settings: &Settings,
    run: &cli::Run,
    (participant, file): (&str, Option<String>),
    mode: Mode,
    session: &Session,
    texts: &Texts,
    world: &mut World,
) -> io::Result<i32> {
    let dialogue = session.dialogue();
    let Some(next) = dialogue.follow_up.as_ref().filter(|f| {
        f.when
            .as_ref()
            .is_none_or(|cond| crate::engine::holds(dialogue, session.answers(), cond))
    }) else {
        return Ok(exit::OK);
    };
    if mode == Mode::Rehearsal {
        return Ok(exit::OK);
    }
    let steps = session.steps();
    let mut said = Vec::new();
    for index in session.path() {
        let step = steps[index].1;
        if let Some(answer @ crate::engine::Answer::Given(_)) = session.answer(&step.id) {
            if !step.kind.is_question() {
                continue;
            }
            said.push((
                wording::question(texts, dialogue, step, None),
                wording::answer(texts, dialogue, step, answer),
            ));
        }
    }
    write_said(world.stdout, texts, &said)?;
    let mut line = LineMode {
        input: &mut *world.stdin,
        out: &mut *world.stdout,
        texts,
        mode,
        contacts: &settings.crisis_contacts,
        clock: world.clock,
        revision: None,
    };
    let title = texts.get(&script::keys::title(&next.dialogue), &[]);
    if !line.confirm(&texts.get("follow-up-offer", &[("title", title)]), true)? {
        return Ok(exit::OK);
    }
    let next_run = cli::Run {
        dialogue: next.dialogue.clone(),
        participant: Some(participant.to_owned()),
        mode: Some(mode),
        facilitator: run.facilitator.clone(),
        new: false,
    };
    converse(cli, settings, next_run, file, world)
}

/// What the conversation before found, before the one that follows it (and again when
/// that one is resumed): each question's first line, and the answer under it.
fn write_said(out: &mut dyn Write, texts: &Texts, said: &[(String, String)]) -> io::Result<()> {
    writeln!(out)?;
    writeln!(out, "{}", texts.get("follow-up-answers", &[]))?;
    for (question, answer) in said {
        writeln!(out, "  {}", question.lines().next().unwrap_or_default())?;
        for line in answer.lines() {
            writeln!(out, "    {line}")?;
        }
    }
    Ok(())
}

/// The commands that read a participant's journals: `history`, `trend`, `card`. Without
/// `--participant` they list the pseudonyms there are and say how to choose one.
fn over_time(
    settings: &Settings,
    participant: Option<&str>,
    world: &mut World,
    work: impl FnOnce(&Store, &str, &Texts, &Library, &mut dyn Write) -> Result<(), report::ReportError>,
) -> io::Result<i32> {
    let app = script::app_texts(settings.lang.0);
    let library = library(settings, &app, world)?;
    let texts = library.texts(settings.lang.0);
    let store = Store::new(settings.data_dir.0.clone());
    let Some(participant) = participant else {
        writeln!(
            world.stderr,
            "{}",
            texts.get("usage-missing-participant", &[])
        )?;
        if let Err(error) = report::participants(&store, &texts, world.stderr) {
            writeln!(world.stderr, "{}", report::message(&texts, &error))?;
        }
        return Ok(exit::USAGE);
    };
    match work(&store, participant, &texts, &library, world.stdout) {
        Ok(()) => Ok(exit::OK),
        Err(report::ReportError::Output(error)) if is_closed_pipe(&error) => Ok(exit::OK),
        Err(error) => {
            writeln!(world.stderr, "{}", report::message(&texts, &error))?;
            Ok(report::exit_code(&error))
        }
    }
}

/// `samtale export`: CSV, JSON or FHIR of one participant's journals or everyone's.
fn export(settings: &Settings, options: &cli::Export, world: &mut World) -> io::Result<i32> {
    let app = script::app_texts(settings.lang.0);
    let library = library(settings, &app, world)?;
    let texts = library.texts(settings.lang.0);
    let who = match (&options.participant, options.all) {
        (Some(p), false) => export::Who::One(p.clone()),
        (None, true) => export::Who::All,
        _ => {
            writeln!(world.stderr, "{}", texts.get("export-who", &[]))?;
            return Ok(exit::USAGE);
        }
    };
    let Some(format) = options.format.as_deref().and_then(export::Format::from_tag) else {
        writeln!(
            world.stderr,
            "{}",
            texts.get(
                "export-format",
                &[("format", options.format.clone().unwrap_or_default())]
            )
        )?;
        return Ok(exit::USAGE);
    };
    let headers = match options.headers.as_deref() {
        None => export::Headers::default(),
        Some(tag) => match export::Headers::from_tag(tag) {
            Some(headers) => headers,
            None => {
                writeln!(
                    world.stderr,
                    "{}",
                    texts.get("export-headers", &[("headers", tag.to_owned())])
                )?;
                return Ok(exit::USAGE);
            }
        },
    };
    let since = match &options.since {
        None => None,
        Some(text) => match export::parse_since(text) {
            Some(day) => Some(day),
            None => {
                writeln!(
                    world.stderr,
                    "{}",
                    texts.get("export-since", &[("since", text.clone())])
                )?;
                return Ok(exit::USAGE);
            }
        },
    };
    let bundle = match options.bundle.as_deref() {
        None => export::BundleKind::default(),
        Some(tag) => match export::BundleKind::from_tag(tag) {
            Some(bundle) => bundle,
            None => {
                let text = texts.get("export-bundle", &[("bundle", tag.to_owned())]);
                writeln!(world.stderr, "{text}")?;
                return Ok(exit::USAGE);
            }
        },
    };
    for (used, option, only) in [
        (options.scores, "--scores", export::Format::Csv),
        (options.bundle.is_some(), "--bundle", export::Format::Fhir),
    ] {
        if used && format != only {
            let text = texts.get(
                "export-only-for",
                &[
                    ("option", option.to_owned()),
                    ("format", only.tag().to_owned()),
                ],
            );
            writeln!(world.stderr, "{text}")?;
            return Ok(exit::USAGE);
        }
    }
    let fhir = fhir_settings(settings);
    if format == export::Format::Fhir && settings.fhir_base.is_none() {
        // Said before the export, so that it is not lost after a long one.
        let config = settings
            .config_path
            .as_ref()
            .map_or_else(|| "config.ron".to_owned(), |(p, _)| p.display().to_string());
        let text = texts.get(
            "export-fhir-base",
            &[("base", fhir.base.clone()), ("config", config)],
        );
        writeln!(world.stderr, "{text}")?;
    }
    let chosen = export::Options {
        who,
        dialogue: options.dialogue.clone(),
        since,
        format,
        headers,
        scores: options.scores,
        bundle,
        fhir,
    };
    let store = Store::new(settings.data_dir.0.clone());
    let outcome = match &options.output {
        Some(path) => export::run_to_output(
            &store,
            &chosen,
            settings.lang.0,
            &library,
            path,
            options.force,
        ),
        None => export::run(&store, &chosen, settings.lang.0, &library, world.stdout),
    };
    match outcome {
        Ok(exported) => {
            for error in &exported.unreadable {
                writeln!(world.stderr, "{}", store_message(&texts, error))?;
            }
            writeln!(
                world.stderr,
                "{}",
                texts.get(
                    "export-done",
                    &[
                        ("conversations", exported.conversations.to_string()),
                        ("answers", exported.answers.to_string()),
                    ],
                )
            )?;
            if exported.left_out > 0 {
                writeln!(
                    world.stderr,
                    "{}",
                    texts.get(
                        "export-left-out",
                        &[("count", exported.left_out.to_string())],
                    )
                )?;
            }
            Ok(exit::OK)
        }
        Err(export::ExportError::Store(error)) => {
            writeln!(world.stderr, "{}", store_message(&texts, &error))?;
            Ok(store_exit(&error))
        }
        Err(export::ExportError::Write(error)) if is_closed_pipe(&error) => Ok(exit::OK),
        Err(export::ExportError::InsideDataDir { path, data_dir }) => {
            writeln!(
                world.stderr,
                "{}",
                texts.get(
                    "export-inside-data-dir",
                    &[
                        ("path", path.display().to_string()),
                        ("data", data_dir.display().to_string()),
                    ],
                )
            )?;
            Ok(exit::USAGE)
        }
        Err(export::ExportError::Exists { path }) => {
            writeln!(
                world.stderr,
                "{}",
                texts.get("export-exists", &[("path", path.display().to_string())])
            )?;
            Ok(exit::USAGE)
        }
        Err(export::ExportError::Write(error)) => {
            writeln!(
                world.stderr,
                "{}",
                texts.get(
                    "export-failed",
                    &[
                        ("cause", io_cause(&texts, &error)),
                        ("detail", crate::wording::os_error(&texts, &error))
                    ]
                )
            )?;
            Ok(exit::STORAGE)
        }
    }
}

fn fhir_settings(settings: &Settings) -> export::FhirSettings {
    export::FhirSettings::new(
        settings.fhir_base.as_deref(),
        settings.pseudonym_system.as_deref(),
    )
}

/// `samtale questionnaire DIALOGUE`: the dialogue as a FHIR R4 Questionnaire.
fn questionnaire(settings: &Settings, dialogue: &str, world: &mut World) -> io::Result<i32> {
    let app = script::app_texts(settings.lang.0);
    let library = library(settings, &app, world)?;
    let fhir = fhir_settings(settings);
    match export::questionnaire(dialogue, &library, settings.lang.0, &fhir) {
        Some(json) => {
            match world.stdout.write_all(json.as_bytes()) {
                Err(error) if is_closed_pipe(&error) => {}
                other => other?,
            }
            Ok(exit::OK)
        }
        None => {
            let texts = library.texts(settings.lang.0);
            let text = texts.get(
                "questionnaire-unknown",
                &[("dialogue", dialogue.to_owned())],
            );
            writeln!(world.stderr, "{text}")?;
            Ok(exit::USAGE)
        }
    }
}

/// The terminal interface, unless asked for the line mode or not on a terminal.
/// `samtale preview FILE`: the script in the terminal interface, reloaded as it is
/// written; nothing is written to any journal.
fn preview(
    cli: &Cli,
    settings: &Settings,
    path: &std::path::Path,
    world: &mut World,
) -> io::Result<i32> {
    let texts = script::app_texts(settings.lang.0);
    if !uses_terminal(cli, world) {
        writeln!(world.stderr, "{}", texts.get("preview-needs-terminal", &[]))?;
        return Ok(exit::USAGE);
    }
    let theme = theme(cli, settings, world);
    tui::preview(settings, path, theme)
}

fn uses_terminal(cli: &Cli, world: &World) -> bool {
    world.terminal && !cli.plain
}

/// `--theme`, else the config's theme, else no colour when NO_COLOR is set, else the default.
fn theme(cli: &Cli, settings: &Settings, world: &World) -> ui::Theme {
    let named = cli
        .theme
        .as_deref()
        .or(settings.theme.as_deref())
        .and_then(ui::ThemeName::from_tag);
    let no_colour = (world.env)("NO_COLOR").is_some_and(|v| !v.is_empty());
    let name = named.unwrap_or(if no_colour {
        ui::ThemeName::NoColour
    } else {
        ui::ThemeName::Default
    });
    ui::Theme::get(name)
}

/// `samtale kiosk DIALOGUE`: only on a terminal, and only with a staff code to leave it.
fn kiosk(cli: &Cli, settings: &Settings, dialogue: &str, world: &mut World) -> io::Result<i32> {
    let app = script::app_texts(settings.lang.0);
    let library = library(settings, &app, world)?;
    if library.get(dialogue).is_none() {
        writeln!(
            world.stderr,
            "{}",
            unknown_dialogue(&app, &library, dialogue)
        )?;
        return Ok(exit::USAGE);
    }
    let Some(staff_code) = settings.staff_code.clone() else {
        writeln!(world.stderr, "{}", app.get("kiosk-no-staff-code", &[]))?;
        return Ok(exit::PROBLEMS);
    };
    // A code of a few keys is tried out in seconds, even with the kiosk's delays.
    if staff_code.chars().count() < 4 {
        writeln!(world.stderr, "{}", app.get("kiosk-code-too-short", &[]))?;
        return Ok(exit::PROBLEMS);
    }
    config_warnings(&app, settings, &mut *world.stderr)?;
    if !world.terminal {
        writeln!(world.stderr, "{}", app.get("kiosk-needs-terminal", &[]))?;
        return Ok(exit::USAGE);
    }
    let theme = theme(cli, settings, world);
    tui::run(
        settings,
        library,
        theme,
        tui::Launch::Kiosk {
            dialogue: dialogue.to_owned(),
            staff_code,
            inactivity_minutes: settings.inactivity_minutes,
            result_seconds: settings.kiosk_result_seconds,
        },
    )
}

fn report_store(texts: &Texts, error: &StoreError, stderr: &mut dyn Write) -> io::Result<i32> {
    writeln!(stderr, "{}", store_message(texts, error))?;
    Ok(store_exit(error))
}
