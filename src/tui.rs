//! The terminal front end: the only code that touches the terminal. It owns the terminal
//! guard (raw mode, alternate screen, bracketed paste, mouse), reads events, hands them to
//! the pure `ui`, carries out its commands (journals via the store) and draws.
//!
//! The terminal is always given back: on a normal exit, on a panic (our hook runs before
//! ratatui's), and on SIGTERM or SIGHUP (the conversation is paused and saved first).

use std::io::{self, Write};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
    Event as TermEvent,
};
use ratatui::crossterm::{cursor, execute};

use crate::app::{exit, store_message};
use crate::config::Settings;
use crate::engine::{Event, Session};
use crate::i18n::Texts;
use crate::journal::{self, Block, Header, Store, Writer};
use crate::script::Library;
use crate::ui::{
    self, Command, Context, HistoryData, Home, Input, Kiosk, Screen, Start, Theme, Ui, Unfinished,
};
use crate::wording;

/// What the interface opens on.
pub enum Launch {
    Home,
    Run(crate::cli::Run),
    Kiosk {
        dialogue: String,
        staff_code: String,
        inactivity_minutes: u32,
    },
}

/// The open conversation's journal, and the dialogue it belongs to.
struct Open {
    writer: Writer,
    dialogue: String,
    /// The journal's own language, when it was begun in another than the screen's: a
    /// journal never mixes two languages.
    texts: Option<Texts>,
    /// The plan this conversation revises: a `changes` block goes before `finished`.
    revision: Option<journal::revision::Revision>,
}

struct Runner {
    watch: Arc<Watch>,
    store: Store,
    open: Option<Open>,
    kiosk: bool,
    /// The last conversation ended paused: `samtale run` then exits with the paused code.
    paused: bool,
}

pub fn run(settings: &Settings, library: Library, theme: Theme, launch: Launch) -> io::Result<i32> {
    let texts = library.texts(settings.lang.0);
    let store = Store::new(settings.data_dir.0.clone());
    let now = journal::store::now();
    let kiosk = matches!(launch, Launch::Kiosk { .. });
    let participants = if kiosk {
        Vec::new()
    } else {
        store.participants()
    };
    let context = Context {
        texts,
        library,
        theme,
        contacts: settings.crisis_contacts.clone(),
    };
    let (screen, first): (Screen, Vec<Command>) = match &launch {
        Launch::Home => (Screen::Home(Home::new(participants)), Vec::new()),
        Launch::Run(run) => {
            let home = Home::for_dialogue(
                participants,
                &run.dialogue,
                Some(run.mode.unwrap_or(journal::Mode::Facilitated)),
            );
            let first = match (&run.participant, run.new) {
                (Some(p), true) => vec![Command::Start(Start {
                    dialogue: run.dialogue.clone(),
                    participant: p.clone(),
                    mode: run.mode.unwrap_or(journal::Mode::Facilitated),
                    facilitator: run.facilitator.clone(),
                    resume: None,
                })],
                (Some(p), false) => vec![Command::LoadParticipant(p.clone())],
                (None, _) => Vec::new(),
            };
            (Screen::Home(home), first)
        }
        Launch::Kiosk {
            dialogue,
            staff_code,
            inactivity_minutes,
        } => (
            Screen::Kiosk(Kiosk::new(dialogue, staff_code, *inactivity_minutes, now)),
            Vec::new(),
        ),
    };

    let stop = Arc::new(AtomicBool::new(false));
    for signal in [signal_hook::consts::SIGTERM, signal_hook::consts::SIGHUP] {
        signal_hook::flag::register(signal, Arc::clone(&stop))?;
    }
    let watch = Arc::new(Watch::default());
    watch_for_hang_up(Arc::clone(&stop), Arc::clone(&watch))?;
    install_panic_hook();
    let mut terminal = ratatui::try_init()?;
    execute!(io::stdout(), EnableBracketedPaste, EnableMouseCapture)?;
    let size = terminal.size()?;

    let mut ui = Ui::new(context, screen, (size.width, size.height), now);
    ui.quit_after = matches!(launch, Launch::Run(_));
    let mut runner = Runner {
        watch,
        store,
        open: None,
        kiosk,
        paused: false,
    };
    let outcome = runner
        .execute(&mut ui, first)
        .and_then(|()| runner.event_loop(&mut terminal, &mut ui, &stop));
    restore_terminal();
    let code = match outcome {
        Ok(code) => code,
        Err(error) => {
            let _ = writeln!(io::stderr(), "samtale: {error}");
            exit::STORAGE
        }
    };
    Ok(code)
}

impl Runner {
    fn event_loop(
        &mut self,
        terminal: &mut DefaultTerminal,
        ui: &mut Ui,
        stop: &AtomicBool,
    ) -> io::Result<i32> {
        let mut last_tick = Instant::now();
        loop {
            // SIGTERM, SIGHUP, or a terminal that is gone (a closed window gives errors on
            // every read and write): save the conversation as paused, then leave.
            if stop.load(Ordering::Relaxed) || terminal.draw(|frame| ui::view(ui, frame)).is_err() {
                return self.hang_up(ui);
            }
            if ui.quit {
                return Ok(if self.paused { exit::PAUSED } else { exit::OK });
            }
            let input = match event::poll(Duration::from_millis(250)) {
                Ok(true) => match event::read() {
                    Ok(TermEvent::Key(key)) => Some(Input::Key(key)),
                    Ok(TermEvent::Paste(text)) => Some(Input::Paste(text)),
                    Ok(TermEvent::Mouse(mouse)) => Some(Input::Mouse(mouse)),
                    Ok(TermEvent::Resize(width, height)) => Some(Input::Resize(width, height)),
                    Ok(_) => None,
                    Err(_) => return self.hang_up(ui),
                },
                Ok(false) => None,
                Err(_) => return self.hang_up(ui),
            };
            let mut inputs: Vec<Input> = input.into_iter().collect();
            if last_tick.elapsed() >= Duration::from_secs(1) {
                last_tick = Instant::now();
                inputs.push(Input::Tick);
            }
            for input in inputs {
                let commands = ui.handle(input, journal::store::now());
                self.execute(ui, commands)?;
            }
        }
    }

    fn close(&mut self) {
        self.open = None;
        self.watch.set_journal(None);
    }

    fn hang_up(&mut self, ui: &mut Ui) -> io::Result<i32> {
        self.watch.handling.store(true, Ordering::SeqCst);
        ui.now = journal::store::now();
        let commands = ui.pause_now();
        self.execute(ui, commands)?;
        self.close();
        Ok(exit::PAUSED)
    }

    /// Carries out the interface's commands, feeding what they find back into it.
    fn execute(&mut self, ui: &mut Ui, commands: Vec<Command>) -> io::Result<()> {
        let mut queue: std::collections::VecDeque<Command> = commands.into();
        while let Some(command) = queue.pop_front() {
            match command {
                Command::Record(event) => {
                    match &event {
                        Event::Paused { .. } => self.paused = true,
                        Event::Finished { .. } => self.paused = false,
                        Event::Answered { .. } => {}
                    }
                    self.record(ui, &event);
                }
                Command::LoadParticipant(participant) => {
                    let unfinished = self.unfinished(ui.texts(), &participant);
                    queue.extend(ui.participant_loaded(&participant, unfinished));
                }
                Command::LoadHistory(participant) | Command::ShowTrend { participant, .. } => {
                    if self.kiosk {
                        continue;
                    }
                    match self.history(ui.texts(), &participant) {
                        Ok(data) => queue.extend(ui.history_loaded(&participant, data)),
                        Err(message) => ui.show_error(message),
                    }
                }
                Command::Start(start) => self.start(ui, &start),
                Command::Close => {
                    self.close();
                    if !self.kiosk {
                        ui.participants_changed(self.store.participants());
                    }
                }
                Command::Quit => ui.quit = true,
                // `Ui` turns a follow-up into Close and Start before it gets here.
                Command::FollowUp { .. } => {}
            }
        }
        Ok(())
    }

    fn record(&mut self, ui: &mut Ui, event: &Event) {
        let Some(open) = &mut self.open else {
            return;
        };
        let Some(script) = ui.context.library.get(&open.dialogue) else {
            return;
        };
        let texts = open.texts.as_ref().unwrap_or(&ui.context.texts);
        if let (Event::Finished { at, .. }, Some(revision), Screen::Conversation(conversation)) =
            (event, &open.revision, &ui.screen)
        {
            let changes = journal::revision::closing(
                revision,
                conversation.session.answers(),
                &script.dialogue,
                *at,
            );
            if let Err(error) = open.writer.append(&changes) {
                ui.show_error(store_message(ui.texts(), &error));
                return;
            }
        }
        let block = wording::block(texts, &script.dialogue, event);
        if let Err(error) = open.writer.append(&block) {
            let mut message = store_message(ui.texts(), &error);
            if let Block::Answer {
                question, shown, ..
            } = &block
            {
                message = format!(
                    "{message}\n\n{}",
                    ui.texts()
                        .get("run-unsaved", &[("text", format!("{question}\n{shown}"))])
                );
            }
            ui.show_error(message);
        }
    }

    fn unfinished(&self, texts: &Texts, participant: &str) -> Vec<Unfinished> {
        if self.kiosk {
            return Vec::new();
        }
        let _ = texts;
        match self.store.journals(participant) {
            Ok(found) => found
                .into_iter()
                .filter_map(Result::ok)
                .filter(|f| !f.journal.is_finished())
                .map(|f| Unfinished {
                    dialogue: f.journal.header.dialogue.clone(),
                    started: f
                        .journal
                        .header
                        .started
                        .format("%Y-%m-%d %H:%M")
                        .to_string(),
                    answered: f.journal.answers().len(),
                    mode: f.journal.header.mode,
                    path: f.path,
                })
                .rev()
                .collect(),
            Err(_) => Vec::new(),
        }
    }

    /// The participant's journals with their text as it is on disk, their ORS target, and
    /// what could not be read, in words; an error message if nothing could be listed.
    fn history(&self, texts: &Texts, participant: &str) -> Result<HistoryData, String> {
        let found = self
            .store
            .journals(participant)
            .map_err(|error| store_message(texts, &error))?;
        let unreadable = |error: &journal::StoreError| {
            texts.get(
                "report-unreadable",
                &[("problem", store_message(texts, error))],
            )
        };
        let mut journals = Vec::new();
        let mut problems = Vec::new();
        for result in found {
            let found = match result {
                Ok(found) => found,
                Err(error) => {
                    problems.push(unreadable(&error));
                    continue;
                }
            };
            match std::fs::read_to_string(&found.path) {
                Ok(text) => journals.push((found, crate::engine::neutralise(&text))),
                Err(error) => problems.push(unreadable(&journal::StoreError::Io {
                    path: found.path.clone(),
                    action: journal::store::Action::Read,
                    error,
                })),
            }
        }
        let target =
            crate::history::target(self.store.data_dir(), participant).unwrap_or_else(|error| {
                problems.push(crate::report::message(
                    texts,
                    &crate::report::ReportError::Target(error),
                ));
                Default::default()
            });
        Ok(HistoryData::new(journals, target, problems))
    }

    fn start(&mut self, ui: &mut Ui, start: &Start) {
        let texts = ui.texts();
        let Some(script) = ui.context.library.get(&start.dialogue) else {
            let message = texts.get("run-unknown-dialogue", &[("id", start.dialogue.clone())]);
            ui.show_error(message);
            return;
        };
        let dialogue = Arc::new(script.dialogue.clone());
        let previous = if start.mode == journal::Mode::Rehearsal {
            Default::default()
        } else {
            self.store
                .previous_scores(&start.participant, &dialogue.id)
                .unwrap_or_default()
        };
        let mut locale = None;
        let mut revision = None;
        let opened: Result<(Writer, Session, PathBuf), journal::StoreError> = match &start.resume {
            Some(path) => journal::store::read(path).and_then(|found| {
                locale = Some(found.journal.header.locale);
                revision = journal::revision::for_resumed(
                    &self.store,
                    &start.participant,
                    &found.journal,
                )?;
                let mut writer = self.store.reopen(&found)?;
                writer.append(&Block::Resumed { at: ui.now })?;
                let path = found.path.clone();
                Ok((
                    writer,
                    Session::resume(Arc::clone(&dialogue), found.journal.answers(), previous),
                    path,
                ))
            }),
            None => {
                let header = Header {
                    dialogue: dialogue.id.clone(),
                    dialogue_version: dialogue.version,
                    title: wording::title(texts, &dialogue),
                    locale: texts.lang(),
                    mode: start.mode,
                    participant: start.participant.clone(),
                    facilitator: start.facilitator.clone(),
                    started: ui.now,
                };
                let carried = if start.mode == journal::Mode::Rehearsal || self.kiosk {
                    Ok(None)
                } else {
                    journal::revision::for_new(&self.store, &start.participant, &dialogue)
                };
                carried.and_then(|carried| {
                    let mut writer = self.store.create(&header)?;
                    let path = writer.path().to_path_buf();
                    let session = match &carried {
                        // Every answer of the plan revised is carried over and written first.
                        Some(carried) => {
                            for block in
                                journal::revision::opening(carried, texts, &dialogue, ui.now)
                            {
                                writer.append(&block)?;
                            }
                            Session::prefilled(
                                Arc::clone(&dialogue),
                                carried.baseline.clone(),
                                previous,
                            )
                        }
                        None => Session::new(Arc::clone(&dialogue), previous),
                    };
                    revision = carried;
                    Ok((writer, session, path))
                })
            }
        };
        match opened {
            Ok((writer, session, path)) => {
                self.watch.set_journal(Some(writer.path().to_path_buf()));
                self.open = Some(Open {
                    writer,
                    dialogue: dialogue.id.clone(),
                    texts: locale
                        .filter(|l| *l != ui.texts().lang())
                        .map(|l| ui.context.library.texts(l)),
                    revision,
                });
                ui.started(start, session, path);
            }
            Err(error) => {
                let message = store_message(ui.texts(), &error);
                ui.show_error(message);
            }
        }
    }
}

/// Gives the terminal back: raw mode off, the main screen, no paste or mouse reporting,
/// the cursor shown. Safe to call more than once.
pub fn restore_terminal() {
    let _ = execute!(
        io::stdout(),
        DisableBracketedPaste,
        DisableMouseCapture,
        cursor::Show
    );
    ratatui::restore();
}

/// ratatui's own hook restores raw mode and the screen but not paste, mouse or cursor.
fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore_terminal();
        previous(info);
    }));
}

/// What the hang-up watcher needs if the main loop cannot answer a signal.
#[derive(Default)]
struct Watch {
    /// The open journal, if a conversation is going on.
    journal: std::sync::Mutex<Option<PathBuf>>,
    /// The main loop has begun saving and leaving on its own.
    handling: AtomicBool,
}

impl Watch {
    fn set_journal(&self, path: Option<PathBuf>) {
        if let Ok(mut journal) = self.journal.lock() {
            *journal = path;
        }
    }
}

/// When the terminal goes away under us, crossterm's event reading can spin on the dead
/// terminal and never come back to see the signal. This thread gives the main loop a
/// moment to save and leave; if it does not, it marks the open journal paused itself and
/// ends the process, so nothing confirmed is lost and the journal is not left locked.
fn watch_for_hang_up(stop: Arc<AtomicBool>, watch: Arc<Watch>) -> io::Result<()> {
    std::thread::Builder::new()
        .name("hang-up watcher".into())
        .spawn(move || {
            while !stop.load(Ordering::SeqCst) {
                std::thread::sleep(Duration::from_millis(100));
            }
            std::thread::sleep(Duration::from_millis(1500));
            if watch.handling.load(Ordering::SeqCst) {
                return;
            }
            let journal = watch.journal.lock().ok().and_then(|j| j.clone());
            if let Some(path) = journal {
                let block = journal::format::write_block(&Block::Paused {
                    at: journal::store::now(),
                });
                // Appending needs no lock of our own: the main thread holds it, and is stuck.
                if let Ok(mut file) = std::fs::OpenOptions::new().append(true).open(&path) {
                    let _ = file.write_all(block.as_bytes());
                    let _ = file.sync_data();
                }
            }
            std::process::exit(exit::PAUSED);
        })
        .map(|_| ())
}
