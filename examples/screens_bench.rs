//! The cost of a key on the history and trend screens, for a participant with many
//! journals (issue 13 point 3), and of loading them:
//!
//!     cargo run --release --example generate_journals -- DIR 2600 2026 1
//!     cargo run --release --example screens_bench -- DIR borger-001 [WIDTH HEIGHT]
//!
//! It opens the participant's history through the same command loop the terminal uses
//! (`Runner`, reading `DIR`), then presses keys one at a time (Down and Up on the list;
//! Left and Right on the trend of fit-ors) and draws after each, as the terminal does,
//! into ratatui's `TestBackend`. Each key and its frame are timed together; the median
//! and the 99th percentile are printed in microseconds. No timing is asserted anywhere.

use std::path::PathBuf;
use std::time::Instant;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use samtale::frontend::{MemorySink, Runner};
use samtale::i18n::Lang;
use samtale::journal::Store;
use samtale::script::Library;
use samtale::ui::{self, Command, Context, Home, Input, Screen, Theme, ThemeName, Ui};

fn key(code: KeyCode) -> Input {
    Input::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted.get(index).copied().unwrap_or(f64::NAN)
}

fn keys(
    ui: &mut Ui,
    runner: &mut Runner<MemorySink>,
    terminal: &mut Terminal<TestBackend>,
    codes: &[KeyCode],
    rounds: usize,
) -> (f64, f64) {
    let mut times = Vec::new();
    for _ in 0..rounds {
        for code in codes {
            let started = Instant::now();
            runner.handle(ui, key(*code), ui.now);
            terminal
                .draw(|frame| ui::view(ui, frame))
                .expect("a test backend draws");
            times.push(started.elapsed().as_secs_f64() * 1e6);
        }
    }
    times.sort_by(f64::total_cmp);
    (percentile(&times, 0.5), percentile(&times, 0.99))
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(dir), Some(participant)) = (args.first(), args.get(1)) else {
        eprintln!("usage: screens_bench DIR PARTICIPANT [WIDTH HEIGHT]");
        std::process::exit(2);
    };
    let width: u16 = args.get(2).and_then(|w| w.parse().ok()).unwrap_or(200);
    let height: u16 = args.get(3).and_then(|h| h.parse().ok()).unwrap_or(60);
    let (library, _) = Library::builtin();
    let context = Context {
        texts: library.texts(Lang::Da),
        library,
        theme: Theme::get(ThemeName::Default),
        contacts: Vec::new(),
    };
    let now =
        chrono::DateTime::parse_from_rfc3339("2026-12-01T10:00:00+01:00").expect("a valid time");
    let store = Store::new(PathBuf::from(dir));
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("a test backend");

    for (name, command, codes) in [
        (
            "history list",
            Command::LoadHistory(participant.clone()),
            [KeyCode::Up, KeyCode::Down],
        ),
        (
            "trend fit-ors",
            Command::ShowTrend {
                participant: participant.clone(),
                dialogue: "fit-ors".to_owned(),
            },
            [KeyCode::Left, KeyCode::Right],
        ),
    ] {
        let context = Context {
            texts: context.library.texts(Lang::Da),
            library: context.library.clone(),
            theme: Theme::get(ThemeName::Default),
            contacts: Vec::new(),
        };
        let mut ui = Ui::new(
            context,
            Screen::Home(Home::new(Vec::new())),
            (width, height),
            now,
        );
        let mut runner = Runner::new(store.clone(), MemorySink::default(), false);
        let started = Instant::now();
        runner.execute(&mut ui, vec![command]);
        terminal
            .draw(|frame| ui::view(&ui, frame))
            .expect("a test backend draws");
        let opened = started.elapsed().as_secs_f64() * 1e3;
        assert!(
            matches!(ui.screen, Screen::History(_)),
            "the history did not open"
        );
        let (median, p99) = keys(&mut ui, &mut runner, &mut terminal, &codes, 200);
        println!(
            "{name} at {width}x{height}: opened (read + first frame) {opened:.1} ms; \
             a key and its frame: median {median:.0} µs, 99th percentile {p99:.0} µs"
        );
    }
}
