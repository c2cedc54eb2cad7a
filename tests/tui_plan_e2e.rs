//! The crisis plan over time, end to end in Danish, as a support worker does it in a real
//! terminal (tmux, 80×24; see tests/common/tmux.rs): a first plan; the plan started again,
//! filled in from the first (the banner, one answer changed, the others kept, the review's
//! marks, the change list in words); learning from a situation that went well, paused at
//! "is this a good time?" and asked again when taken up; its offer to revise the plan,
//! with the learning beside it, scrolled; the plan paused and taken up again with the
//! learning still there. Each step reads the journals written.

mod common;

use std::fs;
use std::path::Path;

use common::tmux::*;
use samtale::engine::{Answer, Value};
use samtale::journal::{Block, Journal};

const REVIEW: &str = "Skal vi skrive det sådan?";
const BESIDE: &str = "Det, I fandt frem til sammen";

/// "Spørgsmål N af M" in the header, as N.
fn question(screen: &str) -> Option<u32> {
    let at = screen.find("Spørgsmål ")?;
    screen[at + "Spørgsmål ".len()..]
        .split_whitespace()
        .next()?
        .parse()
        .ok()
}

/// A new terminal on a copy of `from`'s data folder (or an empty one).
fn term(name: &str, args: &[&str], from: Option<&Term>) -> Term {
    let source = from.map(|t| t.data.clone());
    Term::start_with(name, (80, 24), "()\n", args, "da", move |data| {
        if let Some(source) = source {
            copy_tree(&source, data);
        }
    })
}

fn copy_tree(from: &Path, to: &Path) {
    for entry in fs::read_dir(from).expect("read a folder") {
        let entry = entry.expect("a folder entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("a file type").is_dir() {
            fs::create_dir_all(&target).expect("create a folder");
            copy_tree(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), &target).expect("copy a journal");
        }
    }
}

/// Skips (Ctrl+S) every question left until the review; an info page goes on with Enter.
fn skip_to_review(term: &mut Term) {
    for _ in 0..40 {
        let screen = term.settle();
        if screen.contains(REVIEW) {
            return;
        }
        let at = question(&screen);
        term.keys(&[if at.is_some() { "C-s" } else { "Enter" }]);
        term.wait_for("the next page or the review", |s| {
            s.contains(REVIEW) || question(s) != at
        });
    }
    panic!("the review never came");
}

/// The journals of p1 whose file name holds `dialogue`, oldest first.
fn journals(term: &Term, dialogue: &str) -> Vec<(String, Journal)> {
    term.journal_paths("p1")
        .into_iter()
        .filter(|p| p.to_string_lossy().contains(dialogue))
        .map(|p| {
            let text = fs::read_to_string(&p).expect("read a journal");
            let journal = samtale::journal::format::parse(&text)
                .unwrap_or_else(|e| panic!("{}: {e:?}", p.display()));
            let name = p
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            (name, journal)
        })
        .collect()
}

fn text(s: &str) -> Answer {
    Answer::Given(Value::Text(s.to_owned()))
}

#[test]
fn a_support_worker_keeps_a_crisis_plan_up_to_date_after_learning_in_danish() {
    // 1. The first plan: the signs and what others notice; the rest skipped.
    let mut first = term(
        "plan-1",
        &["run", "crisis-plan", "--participant", "p1"],
        None,
    );
    first.wait_text("En kriseplan er din plan");
    first.keys(&["Enter"]);
    first.wait_text("Hvordan kan du selv mærke, at en krise er på vej?");
    first.type_text("Jeg sover dårligt");
    first.wait_text("Jeg sover dårligt");
    first.keys(&["C-d"]);
    first.wait_text("Hvordan kan andre se på dig");
    first.type_text("Jeg svarer ikke på sms");
    first.wait_text("Jeg svarer ikke på sms");
    first.keys(&["C-d"]);
    first.wait_for("the next question", |s| question(s) == Some(3));
    skip_to_review(&mut first);
    first.keys(&["End", "Enter"]);
    let result = squash(&first.wait_text("Resultat"));
    assert!(
        result.contains(&squash("2 af 20 punkter i planen er udfyldt.")),
        "{result}"
    );
    assert!(
        result.contains(&squash(
            "Der står endnu ikke noget om: mennesker, du kan ringe til"
        )),
        "{result}"
    );
    first.keys(&["Enter"]);
    assert_eq!(first.wait_exit(), 0);
    let plans = journals(&first, "crisis-plan");
    assert_eq!(plans.len(), 1);
    assert!(plans[0].1.is_finished());

    // 2. Started again: filled in from the first, says so, one answer changed.
    let mut second = term(
        "plan-2",
        &["run", "crisis-plan", "--participant", "p1"],
        Some(&first),
    );
    drop(first);
    let screen = squash(&second.wait_text("Udfyldt fra planen af"));
    assert!(
        screen.contains(&squash("behold, ret eller slet")),
        "{screen}"
    );
    assert!(
        screen.contains(&squash("Alle svar er udfyldt fra den seneste plan")),
        "how a revision works, on its first page:\n{screen}"
    );
    second.keys(&["Enter"]);
    let screen = second.wait_text("Hvordan kan du selv mærke");
    assert!(
        squash(&screen).contains(&squash("Dette svar: fra planen.")),
        "{screen}"
    );
    second.type_text(" og spiser ikke");
    second.wait_text("Jeg sover dårligt og spiser ikke");
    second.keys(&["C-d"]);
    second.wait_text("Hvordan kan andre se på dig");
    second.keys(&["C-d"]);
    second.wait_for("the next question", |s| question(s) == Some(3));
    skip_to_review(&mut second);
    second.keys(&["Home"]);
    let review = second.wait_text("(ændret) Jeg sover dårligt og spiser ikke");
    assert!(
        review.contains("(fra planen) Jeg svarer ikke på sms"),
        "{review}"
    );
    second.keys(&["End", "Enter"]);
    second.wait_text("Resultat");
    second.keys(&["Enter"]);
    assert_eq!(second.wait_exit(), 0);
    let plans = journals(&second, "crisis-plan");
    assert_eq!(plans.len(), 2);
    let revised = &plans[1].1;
    assert_eq!(revised.revises(), Some(plans[0].0.as_str()));
    let words = revised
        .blocks
        .iter()
        .find_map(|b| match b {
            Block::Changes { words, .. } => Some(words.clone()),
            _ => None,
        })
        .expect("a changes block");
    assert_eq!(
        words,
        ["Ændret: Hvordan kan du selv mærke, at en krise er på vej?"],
        "the change list in words"
    );
    assert_eq!(
        revised.answers().get("others-notice"),
        Some(&text("Jeg svarer ikke på sms")),
        "kept"
    );

    // 3. Learning: not a good time now – paused.
    let mut learning = term(
        "learning-1",
        &["run", "post-crisis-learning", "--participant", "p1"],
        Some(&second),
    );
    drop(second);
    learning.wait_text("Vi vil gerne tale om en svær situation");
    learning.keys(&["Enter"]);
    learning.wait_text("Er det et godt tidspunkt at tale om det nu?");
    learning.keys(&["2", "Enter"]);
    learning.wait_text("Samtalen er sat på pause.");
    learning.keys(&["Enter"]);
    assert_eq!(learning.wait_exit(), 5);

    // 4. Taken up again: asked again; a situation that went well; on to the plan.
    let mut again = term(
        "learning-2",
        &["run", "post-crisis-learning", "--participant", "p1"],
        Some(&learning),
    );
    drop(learning);
    again.wait_text("Ikke afsluttet");
    again.keys(&["Enter"]);
    again.wait_text("Vi vil gerne tale om en svær situation");
    again.keys(&["Enter"]);
    again.wait_text("Er det et godt tidspunkt at tale om det nu?");
    again.keys(&["j", "Enter"]);
    again.wait_text("Hvad vil I tale om?");
    again.keys(&["2", "Enter"]);
    let said = [
        (
            "Hvilken situation tænker du på?",
            "Da naboen råbte i opgangen",
        ),
        (
            "Hvad gjorde, at du mestrede denne situation?",
            "Jeg satte musik på i høretelefonerne",
        ),
        ("eller andre, som hjalp dig?", "Du bankede på med en kop te"),
        (
            "Det var rigtigt godt, at du",
            "gik væk og lukkede døren stille",
        ),
        (
            "Hvad vil du gøre igen",
            "Sætte musik på og sige det bagefter",
        ),
    ];
    for (asked, answer) in said {
        again.wait_text(asked);
        again.type_text(answer);
        again.wait_text(answer);
        again.keys(&["C-d"]);
    }
    again.wait_text("Skal vi se på kriseplanen sammen nu?");
    again.keys(&["j", "Enter"]);
    again.wait_text(REVIEW);
    again.keys(&["End", "Enter"]);
    again.wait_text("Skal vi gå videre til „Min kriseplan“");
    again.keys(&["Enter"]);
    let screen = again.wait_text(BESIDE);
    assert!(screen.contains("Udfyldt fra planen af"), "{screen}");
    assert!(screen.contains("↓ mere nedenfor (Ctrl+↓)"), "{screen}");
    assert!(screen.contains("Ctrl+↑↓ rul i læringen"), "{screen}");
    // Scrolled down to the went-well answers.
    for _ in 0..6 {
        again.keys(&["C-Down"]);
    }
    let screen = again.wait_text("Jeg satte musik på i høretelefonerne");
    assert!(screen.contains("↑ mere ovenfor (Ctrl+↑)"), "{screen}");
    again.keys(&["C-p"]);
    again.wait_text("Samtalen er sat på pause.");
    again.keys(&["Enter"]);
    assert_eq!(again.wait_exit(), 5);

    let learnings = journals(&again, "post-crisis-learning");
    assert_eq!(learnings.len(), 1);
    let (learning_file, learning_journal) = &learnings[0];
    assert!(learning_journal.is_finished());
    assert_eq!(
        common::journals::answers_to(learning_journal, "ready"),
        [
            Answer::Given(Value::YesNo(false)),
            Answer::Given(Value::YesNo(true))
        ],
        "the no that paused it, and the yes when it was taken up"
    );
    assert_eq!(
        learning_journal.answers().get("what"),
        Some(&Answer::Given(Value::Choice("went-well".to_owned())))
    );
    let plans = journals(&again, "crisis-plan");
    assert_eq!(plans.len(), 3);
    let third = &plans[2].1;
    assert_eq!(
        third.header.follows.as_deref(),
        Some(learning_file.as_str())
    );
    assert_eq!(third.revises(), Some(plans[1].0.as_str()));
    assert!(!third.is_finished());

    // 5. The plan taken up again: the learning is beside it still.
    let mut resumed = term(
        "plan-3",
        &["run", "crisis-plan", "--participant", "p1"],
        Some(&again),
    );
    drop(again);
    resumed.wait_text("Ikke afsluttet");
    resumed.keys(&["Enter"]);
    let screen = resumed.wait_text(BESIDE);
    assert!(screen.contains("Hvad vil I tale om?"), "{screen}");
    for _ in 0..6 {
        resumed.keys(&["C-Down"]);
    }
    resumed.wait_text("Jeg satte musik på i høretelefonerne");
    resumed.keys(&["C-p"]);
    resumed.wait_text("Samtalen er sat på pause.");
    resumed.keys(&["Enter"]);
    assert_eq!(resumed.wait_exit(), 5);
    let plans = journals(&resumed, "crisis-plan");
    assert!(matches!(
        plans[2].1.blocks.iter().rev().nth(1),
        Some(Block::Resumed { .. })
    ));
}
