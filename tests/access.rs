//! Who can reach what: every way the interface is launched (the home screen, `run`,
//! `run --participant`, `run --mode self`, the kiosk), walked by many key sequences
//! through every screen the keys lead to. In self mode and the kiosk no other pseudonym
//! ever shows, no one's history is read, and nothing is written for anyone else.

mod common;

use ratatui::crossterm::event::{KeyCode, KeyModifiers};

use common::ui::{Cfg, DataDir, Harness};
use samtale::frontend::Launch;
use samtale::journal::Mode;
use samtale::ui::{Input, Screen};

/// An unfinished WHO-5 of each: a resume offer on anyone's chooser.
fn journal(participant: &str) -> String {
    format!(
        "samtale journal v1\ndialogue: who5\ndialogue-version: 1\ntitle: WHO-5\nlocale: da\n\
         mode: facilitated\nparticipant: {participant}\nstarted: 2026-11-20T10:00:00+01:00\n\n\
         == answer 2026-11-20T10:01:00+01:00\nstep: cheerful\nquestion: Glad\nanswer: 3\n\
         value: choice more-than-half\n"
    )
}

fn data() -> DataDir {
    let data = DataDir::new();
    for who in ["anna", "bob"] {
        data.journal(who, "2026-11-20T09-00-00Z-who5.txt", &journal(who));
    }
    data
}

fn run(participant: Option<&str>, mode: Option<Mode>) -> Launch {
    Launch::Run(samtale::cli::Run {
        dialogue: "who5".to_owned(),
        participant: participant.map(str::to_owned),
        mode,
        facilitator: None,
        new: false,
    })
}

fn launched(launch: &Launch, cfg: Cfg) -> Harness {
    Harness::launched(cfg, launch, &[], data())
}

/// A small, repeatable stream of keys a curious person might press.
fn walk(seed: u64, length: usize) -> Vec<Input> {
    let keys: [(KeyCode, KeyModifiers); 16] = [
        (KeyCode::Esc, KeyModifiers::NONE),
        (KeyCode::Enter, KeyModifiers::NONE),
        (KeyCode::Down, KeyModifiers::NONE),
        (KeyCode::Up, KeyModifiers::NONE),
        (KeyCode::Char('h'), KeyModifiers::NONE),
        (KeyCode::Char('g'), KeyModifiers::NONE),
        (KeyCode::Char('b'), KeyModifiers::NONE),
        (KeyCode::Char('o'), KeyModifiers::NONE),
        (KeyCode::Char('3'), KeyModifiers::NONE),
        (KeyCode::Tab, KeyModifiers::NONE),
        (KeyCode::Backspace, KeyModifiers::NONE),
        (KeyCode::Char('q'), KeyModifiers::CONTROL),
        (KeyCode::Char('p'), KeyModifiers::CONTROL),
        (KeyCode::Char('s'), KeyModifiers::CONTROL),
        (KeyCode::Char('d'), KeyModifiers::CONTROL),
        (KeyCode::Char('x'), KeyModifiers::CONTROL),
    ];
    let mut state = seed
        .wrapping_mul(6364136223846793005)
        .wrapping_add(1442695040888963407);
    (0..length)
        .map(|_| {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let (code, modifiers) = keys[(state >> 33) as usize % keys.len()];
            Input::Key(ratatui::crossterm::event::KeyEvent::new(code, modifiers))
        })
        .collect()
}

/// Walks the launch; for a closed one, checks after every key that nothing of bob's shows
/// and nothing is written for him.
fn walk_launch(name: &str, launch: &Launch, closed: bool, walks: u64) -> bool {
    let mut saw_bob = false;
    for seed in 0..walks {
        let mut h = launched(launch, Cfg::da());
        for input in walk(seed, 120) {
            if h.ui.quit {
                break;
            }
            h.send(input);
            let screen = h.text();
            let history = matches!(h.ui.screen, Screen::History(_));
            let written_for_bob = h
                .runner
                .sink
                .journals
                .iter()
                .any(|(path, _)| path.to_string_lossy().contains("bob"));
            if screen.contains("bob") || written_for_bob {
                saw_bob = true;
            }
            if closed {
                assert!(
                    !screen.contains("bob"),
                    "{name}, walk {seed}: bob shows:\n{screen}"
                );
                assert!(!history, "{name}, walk {seed}: a history opened:\n{screen}");
                assert!(!written_for_bob, "{name}, walk {seed}: written for bob");
            }
        }
    }
    saw_bob
}

#[test]
fn self_mode_and_the_kiosk_reach_no_one_else() {
    walk_launch(
        "run --mode self",
        &run(Some("anna"), Some(Mode::SelfGuided)),
        true,
        40,
    );
    walk_launch(
        "kiosk",
        &Launch::Kiosk {
            dialogue: "who5".to_owned(),
            staff_code: "4321".to_owned(),
            inactivity_minutes: 5,
            result_seconds: 60,
        },
        true,
        40,
    );
}

#[test]
fn staff_launches_do_reach_other_participants() {
    // The walks are able to find bob where staff may look: the closed checks above are
    // not passing because the walks never get anywhere.
    assert!(
        walk_launch("home", &Launch::Home, false, 40),
        "home lists bob"
    );
    assert!(
        walk_launch("run", &run(None, None), false, 40),
        "run without a participant lists bob"
    );
}

#[test]
fn self_mode_resumes_only_its_own_conversation_and_asks_the_staff_code_to_leave() {
    let mut h = launched(&run(Some("anna"), Some(Mode::SelfGuided)), Cfg::en());
    let screen = h.text();
    assert!(
        screen.contains("anna") || screen.contains("WHO-5"),
        "{screen}"
    );
    assert!(!screen.contains("bob"));
    h.esc();
    assert!(
        matches!(h.ui.screen, Screen::Home(ref home) if home.is_closed()),
        "Esc does not lead back to the home screen"
    );
    h.ctrl('q');
    assert!(!h.ui.quit, "leaving needs the staff code");
    h.type_text("1111\n");
    assert!(!h.ui.quit, "a wrong code does not let anyone out");
    h.ctrl('q');
    h.type_text("4321\n");
    assert!(h.ui.quit, "the staff code lets staff out");
}
