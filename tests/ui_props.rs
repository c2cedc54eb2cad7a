//! Random keys on every built-in dialogue, through the real command loop. Whatever a
//! person presses:
//! - a choice recorded by Enter is the one the screen marked (`▸`) just before it, and a
//!   number recorded from a line is the one the screen showed;
//! - nothing is recorded while writing fails, the conversation stays where it was, and the
//!   journal always parses strictly;
//! - the interface never panics.

mod common;

use proptest::prelude::*;
use ratatui::crossterm::event::KeyCode;

use common::ui::{Cfg, Harness};
use samtale::i18n::Lang;
use samtale::journal::Block;
use samtale::ui::{Input, Screen};

#[derive(Debug, Clone)]
enum Key {
    Digit(u8),
    Up,
    Down,
    Left,
    Right,
    Home,
    End,
    Enter,
    Esc,
    Backspace,
    Comma,
    Skip,
    Confirm,
    Pause,
    Text(&'static str),
    Paste(&'static str),
    Resize(u16, u16),
    Tick,
    DiskFull,
    DiskBack,
}

fn key() -> impl Strategy<Value = Key> {
    prop_oneof![
        8 => (0u8..10).prop_map(Key::Digit),
        3 => Just(Key::Up),
        3 => Just(Key::Down),
        2 => Just(Key::Left),
        2 => Just(Key::Right),
        1 => Just(Key::Home),
        1 => Just(Key::End),
        10 => Just(Key::Enter),
        2 => Just(Key::Esc),
        1 => Just(Key::Backspace),
        1 => Just(Key::Comma),
        2 => Just(Key::Skip),
        2 => Just(Key::Confirm),
        1 => Just(Key::Pause),
        2 => prop_oneof![Just("jeg"), Just("+Lise"), Just("n"), Just("j")].prop_map(Key::Text),
        1 => Just(Key::Paste("første\nanden")),
        1 => prop_oneof![Just((60u16, 18u16)), Just((80, 24)), Just((40, 10))]
            .prop_map(|(w, h)| Key::Resize(w, h)),
        1 => Just(Key::Tick),
        1 => Just(Key::DiskFull),
        1 => Just(Key::DiskBack),
    ]
}

/// Every built-in dialogue, by id: a dialogue added to `dialogues/` is walked too.
fn dialogues() -> Vec<String> {
    let (library, problems) = samtale::script::Library::builtin();
    assert!(problems.is_empty(), "{problems:?}");
    library.scripts().map(|s| s.dialogue.id.clone()).collect()
}

fn answer_blocks(h: &Harness) -> Vec<Block> {
    if h.runner.sink.journals.is_empty() {
        return Vec::new();
    }
    h.journal()
        .blocks
        .into_iter()
        .filter(|b| matches!(b, Block::Answer { .. }))
        .collect()
}

/// The step the open conversation is at, if one is open and at a step.
fn conversation_step(h: &Harness) -> Option<String> {
    match &h.ui.screen {
        Screen::Conversation(conversation) => conversation
            .session
            .current_step()
            .map(|(_, step)| step.id.clone()),
        _ => None,
    }
}

fn conversation_journal(h: &Harness) -> Option<std::path::PathBuf> {
    match &h.ui.screen {
        Screen::Conversation(conversation) => Some(conversation.journal.clone()),
        _ => None,
    }
}

fn field_text(h: &Harness) -> Option<String> {
    match &h.ui.screen {
        Screen::Conversation(conversation) => conversation.field_text(),
        _ => None,
    }
}

fn check(dialogue: &str, lang: Lang, keys: &[Key]) -> Result<(), TestCaseError> {
    let cfg = Cfg { lang, ..Cfg::da() };
    let mut h = Harness::conversation(cfg, dialogue, "p1");
    let mut failing = false;
    // Text typed at a step and left unconfirmed (Esc, the outline, a pause): it must be in
    // the field again when that step comes back, unless it was answered or skipped since.
    let mut left: std::collections::BTreeMap<String, String> = Default::default();
    let mut conversation = conversation_journal(&h);
    for key in keys {
        // A new conversation (after a pause, from the home screen) starts with empty fields:
        // what was left belonged to the one before.
        if conversation_journal(&h) != conversation {
            conversation = conversation_journal(&h);
            left.clear();
        }
        let here = conversation_step(&h);
        let typed = field_text(&h);
        let before_screen = h.text();
        let before = answer_blocks(&h);
        let journal_before = h.runner.sink.last_text().map(str::to_owned);
        match key {
            Key::Digit(d) => h.type_text(&d.to_string()),
            Key::Up => h.press(KeyCode::Up),
            Key::Down => h.press(KeyCode::Down),
            Key::Left => h.press(KeyCode::Left),
            Key::Right => h.press(KeyCode::Right),
            Key::Home => h.press(KeyCode::Home),
            Key::End => h.press(KeyCode::End),
            Key::Enter => h.enter(),
            Key::Esc => h.esc(),
            Key::Backspace => h.press(KeyCode::Backspace),
            Key::Comma => h.type_text(","),
            Key::Skip => h.ctrl('s'),
            Key::Confirm => h.ctrl('d'),
            Key::Pause => h.ctrl('p'),
            Key::Text(text) => h.type_text(text),
            Key::Paste(text) => h.paste(text),
            Key::Resize(w, hgt) => {
                h.cfg.size = (*w, *hgt);
                h.send(Input::Resize(*w, *hgt));
            }
            Key::Tick => h.tick(1),
            Key::DiskFull => {
                failing = true;
                h.fail_writes(0, true);
            }
            Key::DiskBack => {
                failing = false;
                h.writes_work();
            }
        }
        // Always parseable, strictly.
        let after = answer_blocks(&h);
        for block in after.iter().skip(before.len()) {
            if let Block::Answer { step, .. } = block {
                left.remove(step);
            }
        }
        if conversation_journal(&h) != conversation {
            conversation = conversation_journal(&h);
            left.clear();
        }
        let now_at = conversation_step(&h);
        if let (Some(step), Some(text)) = (&here, &typed)
            && now_at.as_ref() != Some(step)
            && !text.trim().is_empty()
            && !after
                .iter()
                .skip(before.len())
                .any(|b| matches!(b, Block::Answer { step: s, .. } if s == step))
        {
            left.insert(step.clone(), text.clone());
        }
        // Checked as the step comes back; from then on the person may change the text.
        if let Some(step) = &now_at
            && here.as_ref() != Some(step)
            && let Some(text) = left.remove(step)
        {
            let field = field_text(&h);
            prop_assert_eq!(
                field.as_deref(),
                Some(text.as_str()),
                "the words left at {} are back in its field",
                step
            );
        }
        if failing {
            prop_assert_eq!(
                h.runner.sink.last_text().map(str::to_owned),
                journal_before,
                "nothing is written while writing fails ({:?})",
                key
            );
        }
        let new: Vec<&Block> = after.iter().skip(before.len()).collect();
        if matches!(key, Key::Enter) && new.len() == 1 {
            let Block::Answer { shown, answer, .. } = new[0] else {
                continue;
            };
            let marked = before_screen
                .lines()
                .find(|l| l.contains('▸'))
                .unwrap_or_default();
            match answer {
                samtale::engine::Answer::Given(samtale::engine::Value::Choice(_))
                | samtale::engine::Answer::Given(samtale::engine::Value::YesNo(_)) => {
                    let start: String = shown.chars().take(12).collect();
                    prop_assert!(
                        marked.contains(&start),
                        "Enter recorded {:?} but the screen marked {:?}",
                        shown,
                        marked
                    );
                }
                samtale::engine::Answer::Given(samtale::engine::Value::Number(n)) => {
                    // The number as typed ("1") or as set ("1,0"): the same value.
                    let on_screen = before_screen
                        .split(|c: char| c.is_whitespace() || c == '▏')
                        .filter_map(|t| t.replace(',', ".").parse::<f64>().ok())
                        .any(|v| (v - n).abs() < 1e-9);
                    prop_assert!(
                        on_screen,
                        "Enter recorded {:?}, not shown before:\n{}",
                        shown,
                        before_screen
                    );
                }
                _ => {}
            }
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn what_is_recorded_is_what_the_screen_showed(
        dialogue in 0usize..dialogues().len(),
        danish in any::<bool>(),
        keys in proptest::collection::vec(key(), 0..80),
    ) {
        let lang = if danish { Lang::Da } else { Lang::En };
        check(&dialogues()[dialogue], lang, &keys)?;
    }
}
