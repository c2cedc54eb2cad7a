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

use crate::app::exit;
use crate::config::Settings;
pub use crate::frontend::Launch;
use crate::frontend::{Opening, Runner, StoreSink};
use crate::journal::{self, Block, Store};
use crate::script::Library;
use crate::ui::{self, Context, Input, Theme, Ui};

pub fn run(settings: &Settings, library: Library, theme: Theme, launch: Launch) -> io::Result<i32> {
    let texts = library.texts(settings.lang.0);
    let store = Store::new(settings.data_dir.0.clone());
    let now = journal::store::now();
    let context = Context {
        texts,
        library,
        theme,
        contacts: settings.crisis_contacts.clone(),
    };
    let opening = Opening::of(&launch, &store, settings.staff_code.clone(), now);
    let (kiosk, closed, hand_back) = (opening.kiosk, opening.closed, opening.hand_back);
    let (screen, first) = (opening.screen, opening.first);

    let stop = Arc::new(AtomicBool::new(false));
    // SIGINT and SIGQUIT too: sent by another process (the keyboard's Ctrl+C is a key in
    // raw mode), they must not leave the terminal raw or the conversation unsaved.
    for signal in [
        signal_hook::consts::SIGTERM,
        signal_hook::consts::SIGHUP,
        signal_hook::consts::SIGINT,
        signal_hook::consts::SIGQUIT,
    ] {
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
    ui.hand_back = hand_back;
    let mut runner = Runner::new(store, StoreSink::default(), kiosk);
    runner.closed = closed;
    runner.execute(&mut ui, first);
    watch.set_journal(runner.open_journal());
    let outcome = event_loop(&mut terminal, &mut runner, &mut ui, &stop, &watch);
    restore_terminal();
    let code = match outcome {
        // A block that could not be written and was never written since: the conversation
        // is not all on disk, whatever else happened.
        Ok(_) if runner.unsaved => exit::STORAGE,
        Ok(code) => code,
        Err(error) => {
            let _ = writeln!(io::stderr(), "samtale: {error}");
            exit::STORAGE
        }
    };
    Ok(code)
}

fn event_loop(
    terminal: &mut DefaultTerminal,
    runner: &mut Runner<StoreSink>,
    ui: &mut Ui,
    stop: &AtomicBool,
    watch: &Watch,
) -> io::Result<i32> {
    let mut last_tick = Instant::now();
    loop {
        // A signal, or a terminal that is gone (a closed window gives errors on every read
        // and write): save the conversation as paused, then leave.
        if stop.load(Ordering::Relaxed) || terminal.draw(|frame| ui::view(ui, frame)).is_err() {
            return Ok(hang_up(runner, ui, watch));
        }
        if ui.quit {
            return Ok(if runner.paused {
                exit::PAUSED
            } else {
                exit::OK
            });
        }
        let mut inputs = Vec::new();
        // Everything that is waiting is read before the next frame, so a burst of input
        // (a paste without bracketed paste) never waits for the next key.
        let mut wait = Duration::from_millis(250);
        loop {
            match event::poll(wait) {
                Ok(true) => match event::read() {
                    Ok(TermEvent::Key(key)) => inputs.push(Input::Key(key)),
                    Ok(TermEvent::Paste(text)) => inputs.push(Input::Paste(text)),
                    Ok(TermEvent::Mouse(mouse)) => inputs.push(Input::Mouse(mouse)),
                    Ok(TermEvent::Resize(width, height)) => {
                        inputs.push(Input::Resize(width, height))
                    }
                    Ok(_) => {}
                    Err(_) => return Ok(hang_up(runner, ui, watch)),
                },
                Ok(false) => break,
                Err(_) => return Ok(hang_up(runner, ui, watch)),
            }
            if inputs.len() >= 4096 {
                break;
            }
            wait = Duration::ZERO;
        }
        if last_tick.elapsed() >= Duration::from_secs(1) {
            last_tick = Instant::now();
            inputs.push(Input::Tick);
        }
        for input in inputs {
            runner.handle(ui, input, journal::store::now());
        }
        watch.set_journal(runner.open_journal());
    }
}

/// Saves an open conversation as paused and says how the program ends.
fn hang_up(runner: &mut Runner<StoreSink>, ui: &mut Ui, watch: &Watch) -> i32 {
    watch.handling.store(true, Ordering::SeqCst);
    runner.pause_now(ui, journal::store::now());
    watch.set_journal(None);
    if runner.unsaved {
        exit::STORAGE
    } else {
        exit::PAUSED
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
    fn set_journal(&self, path: Option<&std::path::Path>) {
        if let Ok(mut journal) = self.journal.lock() {
            *journal = path.map(std::path::Path::to_path_buf);
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
