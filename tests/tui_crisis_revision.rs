//! Revising a crisis plan in the terminal interface, in Danish, through the real command
//! loop (tests/common/ui.rs): the screen says the plan is filled in from the last one and
//! what became of each answer, the review marks every answer, and the journal says what
//! changed in words. The plan revised is a version 1 plan (`where` as one choice).

mod common;

use common::ui::{Cfg, DataDir, Harness};
use ratatui::crossterm::event::KeyCode;
use samtale::journal::Block;
use samtale::ui::Screen;

const PLAN: &str = include_str!("fixtures/journals/p1/2026-02-09T12-00-00Z-crisis-plan.txt");

/// The screen's words on one line: what wraps where does not matter here.
fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn revising() -> Harness {
    let data = DataDir::new();
    data.journal("p1", "2026-02-09T12-00-00Z-crisis-plan.txt", PLAN);
    let screen = Screen::Home(samtale::ui::Home::for_dialogue(
        vec!["p1".to_owned()],
        "crisis-plan",
        Some(samtale::journal::Mode::Facilitated),
    ));
    let mut h = Harness::with_data(Cfg::da(), screen, &["p1"], data);
    h.type_text("p1");
    h.enter();
    assert!(matches!(h.ui.screen, Screen::Conversation(_)));
    h
}

/// Goes on with every answer as it is until the review.
fn to_review(h: &mut Harness) {
    for _ in 0..60 {
        if h.text().contains("Skal vi skrive det sådan?") {
            return;
        }
        let text = h.text();
        let empty = match &h.ui.screen {
            Screen::Conversation(c) => c.field_text().is_some_and(|t| t.trim().is_empty()),
            _ => false,
        };
        if text.contains("Ctrl+D videre") && !empty {
            h.ctrl('d');
        } else if empty || text.contains("Hvad skal stå på dit krisekort?") {
            h.ctrl('s');
        } else {
            h.enter();
        }
    }
    panic!("never reached the review: {}", h.text());
}

#[test]
fn a_revision_says_where_it_comes_from_marks_each_answer_and_writes_the_changes_in_words() {
    let mut h = revising();
    let screen = h.text();
    assert!(
        screen.contains("Udfyldt fra planen af 9. februar 2026 – behold, ret eller slet."),
        "{screen}"
    );
    assert!(
        screen.contains("Alle svar er udfyldt fra den seneste plan"),
        "{screen}"
    );

    // The signs: from the plan; removed with Ctrl+S, the banner says so.
    h.enter();
    assert_eq!(h.step_id().as_deref(), Some("warning-signs"));
    let screen = flat(&h.text());
    assert!(screen.contains("Dette svar: fra planen."), "{screen}");
    h.ctrl('s');
    h.esc();
    let screen = flat(&h.text());
    assert!(screen.contains("Dette svar: fjernet."), "{screen}");
    h.ctrl('s');
    // What works: changed.
    assert_eq!(h.step_id().as_deref(), Some("others-notice"));
    h.ctrl('d');
    // `avoid` was skipped in the plan: it stays skipped.
    assert_eq!(h.step_id().as_deref(), Some("avoid"));
    h.ctrl('s');
    assert_eq!(h.step_id().as_deref(), Some("self-help"));
    h.type_text(" Og ringe til Ole.");
    h.ctrl('d');

    to_review(&mut h);
    h.press(KeyCode::Home);
    let review = h.text();
    assert!(review.contains("(fjernet)"), "{review}");
    assert!(review.contains("(ændret)"), "{review}");
    assert!(review.contains("(fra planen)"), "{review}");
    h.press(KeyCode::End);
    h.enter();

    let journal = h.journal();
    assert!(journal.is_finished());
    let (changed, words) = journal
        .blocks
        .iter()
        .find_map(|b| match b {
            Block::Changes { changed, words, .. } => Some((changed.clone(), words.clone())),
            _ => None,
        })
        .expect("a changes block");
    // Only what the person changed: not the new questions of version 2 left empty, and
    // not `where`, carried from one choice to a list of one.
    assert_eq!(changed, ["warning-signs", "self-help"]);
    assert_eq!(
        words,
        [
            "Fjernet: Hvordan kan du selv mærke, at en krise er på vej?",
            "Ændret: Hvad kan du gøre, som virker godt for dig?",
        ]
    );
    // The result says how complete the plan now is, and which key part is empty.
    let result = flat(&h.text());
    assert!(result.contains("punkter i planen er udfyldt."), "{result}");
    assert!(
        result.contains("Der står endnu ikke noget om: tegn på, at en krise er på vej."),
        "{result}"
    );
}
