//! The terminal front end: the only code that touches the terminal. It owns the terminal
//! guard (raw mode, alternate screen, bracketed paste, mouse), reads events, hands them to
//! the pure `ui`, carries out its commands (journals via the store) and draws.
//!
//! The terminal is always given back: on a normal exit, on a panic (our hook runs before
//! ratatui's), and on SIGTERM or SIGHUP (the conversation is paused and saved first).
//! A terminal that goes away is a hang-up whether or not a signal comes: the loop waits on
//! the terminal itself (poll) and never lets crossterm read one that has hung up.

use std::io::{self, Write};
use std::os::fd::{AsRawFd, RawFd};
use std::os::unix::net::UnixStream;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
    Event as TermEvent,
};
use ratatui::crossterm::terminal::EnterAlternateScreen;
use ratatui::crossterm::{cursor, execute, queue};

use crate::config::Settings;
use crate::exit;
pub use crate::frontend::Launch;
use crate::frontend::{JournalSink, NullSink, Opening, Runner, StoreSink};
use crate::journal::{self, Block, Store};
use crate::script::Library;
use crate::ui::{self, Context, Input, Theme, Ui};

/// Signals and the terminal, set up for the event loop (which starts the hang-up watcher
/// once its first frame is drawn).
struct Terminal {
    terminal: Screen,
    stop: Arc<AtomicBool>,
    watch: Arc<Watch>,
    tty: Tty,
    wake: UnixStream,
}

/// The terminal as the event loop draws on it.
type Screen = ratatui::Terminal<CrosstermBackend<FrameWriter>>;

/// What the terminal is sent, kept until a frame is complete and then written at once (the
/// standard output alone writes it in pieces of a kilobyte). Unlike a `BufWriter`, it
/// writes nothing when it is dropped: after a panic or an early exit, the terminal that
/// was just restored is not sent the rest of a frame, or the modes it has just left.
#[derive(Default)]
struct FrameWriter(Vec<u8>);

impl Write for FrameWriter {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.0.extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        let mut out = io::stdout().lock();
        let written = out.write_all(&self.0).and_then(|()| out.flush());
        // A terminal that is gone is not sent the same frame again and again.
        self.0.clear();
        written
    }
}

fn set_up() -> io::Result<Terminal> {
    let stop = Arc::new(AtomicBool::new(false));
    // Every signal that ends the program, and SIGWINCH, also wakes the event loop through
    // this pipe, so that it waits on the terminal without a timeout of its own.
    let (wake_read, wake_write) = UnixStream::pair()?;
    wake_read.set_nonblocking(true)?;
    // SIGINT and SIGQUIT too: sent by another process (the keyboard's Ctrl+C is a key in
    // raw mode), they must not leave the terminal raw or the conversation unsaved.
    let mut signals = vec![
        signal_hook::consts::SIGTERM,
        signal_hook::consts::SIGINT,
        signal_hook::consts::SIGQUIT,
    ];
    // Started with SIGHUP ignored (`nohup`): the person asked that a hang-up not end the
    // program, so we do not catch it. A terminal that goes away still ends it: the event
    // loop sees the terminal's end of file itself.
    if !ignored(signal_hook::consts::SIGHUP) {
        signals.push(signal_hook::consts::SIGHUP);
    }
    for signal in signals {
        signal_hook::flag::register(signal, Arc::clone(&stop))?;
        signal_hook::low_level::pipe::register(signal, wake_write.try_clone()?)?;
    }
    signal_hook::low_level::pipe::register(signal_hook::consts::SIGWINCH, wake_write)?;
    let tty = Tty::open()?;
    let watch = Arc::new(Watch::default());
    install_panic_hook();
    ratatui::crossterm::terminal::enable_raw_mode()?;
    // Queued, not written: they go to the terminal with the first frame, in one write.
    let mut out = FrameWriter::default();
    queue!(
        out,
        EnterAlternateScreen,
        EnableBracketedPaste,
        EnableMouseCapture
    )?;
    let terminal = ratatui::Terminal::new(CrosstermBackend::new(out))?;
    Ok(Terminal {
        terminal,
        stop,
        watch,
        tty,
        wake: wake_read,
    })
}

/// How often a preview looks whether its files were saved: the time, size and identity of
/// each is compared, in the event loop's own wait (no thread, no busy loop).
const PREVIEW_POLL: Duration = Duration::from_millis(300);

/// `samtale preview FILE`: the script as a rehearsal with no one, reloaded whenever it or
/// its `.ftl` files are saved. It writes no journal: its sink writes nothing anywhere.
pub fn preview(settings: &Settings, path: &std::path::Path, theme: Theme) -> io::Result<i32> {
    let app = crate::script::app_texts(settings.lang.0);
    let now = journal::store::now();
    let mut watched = crate::script::Watched::new(path);
    let (loaded, problems) = Library::previewing(path);
    let broken = problems.iter().any(crate::problem::Problem::is_error);
    let rendered: Vec<String> = problems.iter().map(|p| p.render(&app)).collect();
    let (library, id) = match &loaded {
        Some((library, id)) => (library.clone(), id.clone()),
        None => (Library::builtin().0, String::new()),
    };
    let context = Context {
        texts: library.texts(settings.lang.0),
        library,
        theme,
        contacts: settings.crisis_contacts.clone(),
    };
    let mut set = set_up()?;
    let size = set.terminal.size()?;
    let mut ui = Ui::new(
        context,
        ui::Screen::Home(ui::Home::new(Vec::new())),
        (size.width, size.height),
        now,
    );
    let mut preview = ui::preview::Preview::new(path.display().to_string(), id);
    preview.problems = rendered;
    preview.broken = broken;
    let start = preview.start.clone();
    ui.preview = Some(preview);
    // Nothing is read from the data folder but what a rehearsal reads, and nothing written.
    let store = Store::new(settings.data_dir.0.clone());
    let mut runner = Runner::new(store, NullSink, false);
    if loaded.is_some() {
        runner.execute(&mut ui, vec![ui::Command::Start(start)]);
    }
    let lang = settings.lang.0;
    let mut reload = move |runner: &mut Runner<NullSink>, ui: &mut Ui| -> bool {
        if !watched.changed() {
            return false;
        }
        let (loaded, problems) = Library::previewing(&watched.script);
        let broken = problems.iter().any(crate::problem::Problem::is_error);
        let texts = crate::script::app_texts(lang);
        let rendered = problems.iter().map(|p| p.render(&texts)).collect();
        let commands = ui.reloaded(loaded, rendered, broken);
        runner.execute(ui, commands);
        true
    };
    let outcome = event_loop(
        &mut set.terminal,
        &mut runner,
        &mut ui,
        (&set.stop, &set.watch),
        (&set.tty, &set.wake),
        Some((PREVIEW_POLL, &mut reload)),
    );
    restore_terminal();
    Ok(match outcome {
        Ok(_) => exit::OK,
        Err(error) => {
            let _ = writeln!(io::stderr(), "samtale: {error}");
            exit::STORAGE
        }
    })
}

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

    let Terminal {
        mut terminal,
        stop,
        watch,
        tty,
        wake: wake_read,
    } = set_up()?;
    let size = terminal.size()?;

    let mut ui = Ui::new(context, screen, (size.width, size.height), now);
    ui.quit_after = matches!(launch, Launch::Run(_));
    ui.hand_back = hand_back;
    let mut runner = Runner::new(store, StoreSink::default(), kiosk);
    runner.closed = closed;
    runner.seed = crate::frontend::draw_seed(std::env::var("SAMTALE_SEED").ok());
    runner.execute(&mut ui, first);
    watch.set_journal(runner.open_journal());
    let outcome = event_loop(
        &mut terminal,
        &mut runner,
        &mut ui,
        (&stop, &watch),
        (&tty, &wake_read),
        None,
    );
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

/// Something to look at every `Duration` besides the terminal (a preview's files), and
/// what to do then; true when it changed the screen.
type Poll<'a, S> = (Duration, &'a mut dyn FnMut(&mut Runner<S>, &mut Ui) -> bool);

fn event_loop<S: JournalSink>(
    terminal: &mut Screen,
    runner: &mut Runner<S>,
    ui: &mut Ui,
    (stop, watch): (&Arc<AtomicBool>, &Arc<Watch>),
    (tty, wake): (&Tty, &UnixStream),
    mut poll: Option<Poll<'_, S>>,
) -> io::Result<i32> {
    let mut last_tick = Instant::now();
    let mut last_poll = Instant::now();
    // The screen is drawn when something may have changed it, not on every turn: a
    // screen left alone costs nothing.
    let mut dirty = true;
    let mut watching = false;
    // Inputs crossterm has read but we have not taken yet (a burst cut at 4096): they are
    // in crossterm's buffer, not in the terminal, so waiting on the terminal would hold
    // them back.
    let mut pending = false;
    loop {
        // A signal, or a terminal that is gone (a closed window gives errors on every read
        // and write): save the conversation as paused, then leave.
        if stop.load(Ordering::Relaxed) {
            return Ok(hang_up(runner, ui, watch));
        }
        if dirty {
            if terminal.draw(|frame| ui::view(ui, frame)).is_err() {
                return Ok(hang_up(runner, ui, watch));
            }
            dirty = false;
            // A journal created for this screen is synced now that it is on screen.
            runner.settle(ui);
            // Only after the first frame: until then the loop has not been inside
            // crossterm's reader, the one place the watcher is for. A thread that cannot
            // be started (the system is out of them) does not end a conversation that has
            // begun: the loop still sees a hang-up itself, everywhere but in that reader.
            if !watching {
                watching = true;
                let _ = watch_for_hang_up(Arc::clone(stop), Arc::clone(watch), tty.fd);
            }
        }
        if ui.quit {
            return Ok(if runner.paused {
                exit::PAUSED
            } else {
                exit::OK
            });
        }
        let mut until_tick = TICK.saturating_sub(last_tick.elapsed());
        if let Some((every, _)) = &poll {
            until_tick = until_tick.min(every.saturating_sub(last_poll.elapsed()));
        }
        let ready = if pending {
            Ready::Input
        } else {
            tty.wait(wake, until_tick)
        };
        match ready {
            // Never handed to crossterm: on a hung-up terminal its reader gets end of file
            // (or EIO) over and over and loops inside `poll` without returning.
            Ready::Gone => return Ok(hang_up(runner, ui, watch)),
            Ready::Woken => drain(wake),
            Ready::Input | Ready::Timeout => {}
        }
        let mut inputs = Vec::new();
        pending = false;
        if !matches!(ready, Ready::Timeout) {
            // Everything that is waiting is read before the next frame, so a burst of
            // input (a paste without bracketed paste) never waits for the next key. Only
            // what is there already: crossterm is asked without waiting.
            watch.reading.store(true, Ordering::SeqCst);
            let read = read_waiting(&mut inputs);
            watch.reading.store(false, Ordering::SeqCst);
            match read {
                Ok(more) => pending = more,
                Err(_) => return Ok(hang_up(runner, ui, watch)),
            }
        }
        dirty |= !inputs.is_empty();
        if last_tick.elapsed() >= TICK {
            last_tick = Instant::now();
            inputs.push(Input::Tick);
            // Only a screen with a clock or a time limit changes with the clock.
            dirty |= ui.changes_with_time();
        }
        for input in inputs {
            runner.handle(ui, input, journal::store::now());
        }
        if let Some((every, look)) = &mut poll
            && last_poll.elapsed() >= *every
        {
            last_poll = Instant::now();
            ui.now = journal::store::now();
            dirty |= look(runner, ui);
        }
        watch.set_journal(runner.open_journal());
    }
}

/// How often the interface is told the time: timers and the kiosk's inactivity limit.
const TICK: Duration = Duration::from_secs(1);

/// Takes the events crossterm has, without waiting; true when it stopped at the limit
/// with more to take.
fn read_waiting(inputs: &mut Vec<Input>) -> io::Result<bool> {
    while event::poll(Duration::ZERO)? {
        match event::read()? {
            TermEvent::Key(key) => inputs.push(Input::Key(key)),
            TermEvent::Paste(text) => inputs.push(Input::Paste(text)),
            TermEvent::Mouse(mouse) => inputs.push(Input::Mouse(mouse)),
            TermEvent::Resize(width, height) => inputs.push(Input::Resize(width, height)),
            _ => {}
        }
        if inputs.len() >= 4096 {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Empties the wake-up pipe: what woke us is read from the flag and from crossterm.
fn drain(mut wake: &UnixStream) {
    let mut buffer = [0u8; 64];
    while matches!(std::io::Read::read(&mut wake, &mut buffer), Ok(n) if n > 0) {}
}

/// Whether `signal` was ignored when we started (`nohup` ignores SIGHUP).
fn ignored(signal: libc::c_int) -> bool {
    // SAFETY: sigaction with a null new action only reads the current one into `old`,
    // a zeroed plain C struct it fills in.
    unsafe {
        let mut old: libc::sigaction = std::mem::zeroed();
        libc::sigaction(signal, std::ptr::null(), &mut old) == 0
            && old.sa_sigaction == libc::SIG_IGN
    }
}

/// The terminal samtale reads its keys from, watched by us before crossterm reads it.
struct Tty {
    fd: RawFd,
    /// `/dev/tty`, opened when standard input is not the terminal (crossterm does the same).
    _owned: Option<std::fs::File>,
}

enum Ready {
    /// Something to read (crossterm reads it).
    Input,
    /// A signal: to leave, or a resize.
    Woken,
    /// The next tick is due.
    Timeout,
    /// The terminal hung up or failed: nothing will ever come from it again.
    Gone,
}

impl Tty {
    fn open() -> io::Result<Tty> {
        // SAFETY: isatty only looks at the descriptor.
        if unsafe { libc::isatty(libc::STDIN_FILENO) } == 1 {
            return Ok(Tty {
                fd: libc::STDIN_FILENO,
                _owned: None,
            });
        }
        let file = std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .open("/dev/tty")?;
        Ok(Tty {
            fd: file.as_raw_fd(),
            _owned: Some(file),
        })
    }

    /// Blocks until the terminal has input or has gone, a signal wakes us, or `timeout`.
    fn wait(&self, wake: &UnixStream, timeout: Duration) -> Ready {
        let mut fds = [
            libc::pollfd {
                fd: self.fd,
                events: libc::POLLIN,
                revents: 0,
            },
            libc::pollfd {
                fd: wake.as_raw_fd(),
                events: libc::POLLIN,
                revents: 0,
            },
        ];
        // Rounded up: a timeout rounded down to 0 ms would wake us again at once.
        let millis = timeout.as_micros().div_ceil(1000).min(i32::MAX as u128) as libc::c_int;
        // SAFETY: `fds` is a valid array of two pollfd for the length given.
        let found = unsafe { libc::poll(fds.as_mut_ptr(), fds.len() as libc::nfds_t, millis) };
        if found < 0 {
            // EINTR: a signal landed on this thread; the loop looks at the flag. Any other
            // error means the descriptors themselves are broken.
            return if io::Error::last_os_error().kind() == io::ErrorKind::Interrupted {
                Ready::Woken
            } else {
                Ready::Gone
            };
        }
        if fds[0].revents & (libc::POLLHUP | libc::POLLERR | libc::POLLNVAL) != 0 {
            Ready::Gone
        } else if fds[1].revents != 0 {
            Ready::Woken
        } else if fds[0].revents & libc::POLLIN != 0 {
            Ready::Input
        } else {
            Ready::Timeout
        }
    }
}

/// Whether the terminal at `fd` has hung up, waiting at most `timeout`.
fn hung_up(fd: RawFd, timeout: Duration) -> bool {
    // Asking for no events: poll still reports a hang-up or an error.
    let mut fds = [libc::pollfd {
        fd,
        events: 0,
        revents: 0,
    }];
    let millis = timeout.as_millis().min(i32::MAX as u128) as libc::c_int;
    // SAFETY: `fds` is a valid array of one pollfd.
    let found = unsafe { libc::poll(fds.as_mut_ptr(), 1, millis) };
    found > 0 && fds[0].revents & (libc::POLLHUP | libc::POLLERR | libc::POLLNVAL) != 0
}

/// Saves an open conversation as paused and says how the program ends.
fn hang_up<S: JournalSink>(runner: &mut Runner<S>, ui: &mut Ui, watch: &Watch) -> i32 {
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

/// A panic leaves the terminal as it was found (raw mode, the screen, paste, mouse and the
/// cursor) before the message is printed.
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
    /// The main loop is inside crossterm's reader, where it writes no journal.
    reading: AtomicBool,
}

impl Watch {
    fn set_journal(&self, path: Option<&std::path::Path>) {
        if let Ok(mut journal) = self.journal.lock() {
            *journal = path.map(std::path::Path::to_path_buf);
        }
    }
}

/// The main loop looks at the terminal before crossterm reads it, and so normally sees a
/// hang-up itself. One gap stays: the terminal goes away after we found input waiting and
/// before crossterm has read it all, and crossterm's reader then loops on the dead
/// terminal for ever (reads of 0 bytes, or EIO, are not an end to it). This thread waits,
/// blocked, for a signal or the terminal's hang-up. If the main loop is then stuck in
/// crossterm (where it writes nothing), the thread marks the open journal paused itself
/// and ends the process at once; after a signal it first gives the main loop a moment.
/// Either way nothing confirmed is lost and the journal is not left locked.
fn watch_for_hang_up(stop: Arc<AtomicBool>, watch: Arc<Watch>, tty: RawFd) -> io::Result<()> {
    std::thread::Builder::new()
        .name("hang-up watcher".into())
        .spawn(move || {
            while !stop.load(Ordering::SeqCst) {
                // Blocks in poll: a hang-up wakes it at once, a signal within 100 ms.
                if hung_up(tty, Duration::from_millis(100)) {
                    break;
                }
            }
            let since = Instant::now();
            loop {
                std::thread::sleep(Duration::from_millis(10));
                if watch.handling.load(Ordering::SeqCst) {
                    return;
                }
                let stuck = watch.reading.load(Ordering::SeqCst)
                    && since.elapsed() >= Duration::from_millis(50);
                if stuck || since.elapsed() >= Duration::from_millis(1500) {
                    break;
                }
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
