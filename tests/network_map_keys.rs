//! The network map's list in the terminal interface, key by key, as a support worker
//! fills it in beside the citizen: choices by number, Space and the arrows, a letter typed
//! where a choice goes (refused in words, nothing chosen), a choice taken back, the map
//! shown with k on the result; every time what was recorded in the journal.

mod common;

use common::ui::*;
use ratatui::crossterm::event::KeyCode;
use samtale::engine::{Answer, Value};

fn people(h: &Harness) -> Vec<Vec<(String, String)>> {
    match h.answer("people") {
        Some(Answer::Given(Value::Entries(entries))) => {
            entries.into_iter().map(|e| e.fields).collect()
        }
        other => panic!("a list of people, not {other:?}"),
    }
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(a, b)| ((*a).to_owned(), (*b).to_owned()))
        .collect()
}

#[test]
fn choices_in_an_entry_are_recorded_by_id_and_the_map_is_shown() {
    let mut h = Harness::conversation(Cfg::da(), "network-map", "Søren");
    h.enter(); // the introduction
    assert_eq!(h.step_id().as_deref(), Some("people"));
    h.type_text("+");
    h.type_text("Mor");
    h.press(KeyCode::Tab);
    // A letter where a choice goes: said in words, nothing chosen.
    h.type_text("f");
    assert!(
        h.text().contains("Her vælger I med tallene"),
        "{}",
        h.text()
    );
    h.type_text("1"); // Familie
    h.press(KeyCode::Tab);
    h.press(KeyCode::Right);
    h.type_text(" "); // Tæt, by the arrow and Space
    h.press(KeyCode::Tab);
    h.type_text("2");
    h.type_text("2"); // Vigtig chosen and taken back: nothing
    h.press(KeyCode::Tab);
    h.type_text("4");
    h.type_text("1");
    h.type_text("4"); // Ønsker ikke inddraget ticked and unticked; Ved, hvordan … stays
    h.enter(); // saves the entry from the last field
    assert_eq!(
        people(&h),
        vec![pairs(&[
            ("name", "Mor"),
            ("category", "family"),
            ("closeness", "close"),
            ("importance", ""),
            ("marks", "knows"),
        ])]
    );
    h.ctrl('d'); // the list is done
    h.ctrl('s'); // widening skipped
    assert_eq!(h.answer("widen"), Some(Answer::Skipped));
    h.enter(); // the closing words
    h.enter(); // the review: finish
    assert!(h.journal().finished().is_some(), "finished");
    h.type_text("k");
    let screen = h.screen(80, 24);
    assert!(screen.contains("1 Mor♥"), "{screen}");
    assert!(screen.contains("Mig"), "{screen}");
    // No importance was chosen: no importance symbol in the legend.
    assert!(screen.contains("1 Mor ♥ – Familie, Tæt"), "{screen}");
}
