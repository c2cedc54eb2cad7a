//! Keeping a crisis plan up to date, through the real binary in the line mode: a plan, a
//! learning after a crisis that offers to revise it, a revision that changes two answers.
//! The new journal must say exactly which two changed, and the card must show the new plan.

mod common;

use std::fs;

use common::{Sandbox, read_journal};
use samtale::engine::{Answer, Value};
use samtale::journal::Block;

/// A whole first plan, in English: texts end with a line holding only ".".
const FIRST_PLAN: &str = "I sleep badly\n.\nThey see I do not answer\n.\n\nA walk\n.\nMusic\n.\n\
    Alcohol\n.\nThe library\n.\n+\nOle\nbrother\n12 34 56 78\n\nListen\n.\nCall me\n.\n\
    +\nMy doctor\ndoctor\n+45 11 22 33 44\n\nLock up pills\n.\nMy cat\n.\n2\nMy mother\n\n\
    Mind the cat\n.\nMother takes the cat\n.\nIn the drawer\n.\n\ny\nMy support worker\n.\n\
    In a month\n\n";

/// Learning after a crisis, ending with "yes, let us revise the plan now"; then the
/// follow-up offer (Enter: yes) and the revision: Enter keeps an answer, a new text
/// changes it, `:skip` removes it. Here: self-help changed, not-working removed.
const LEARNING_THEN_REVISION: &str = "y\n1\nLoud noise\n.\nIt was hard\n.\n\n\n\ny\n\n\n\n\ny\n\n\
    \n\n\n\nA long walk\n.\n\n:skip\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n";

#[test]
fn a_revision_after_learning_marks_exactly_what_changed_and_the_card_follows_it() {
    let sandbox = Sandbox::new("revision");
    sandbox
        .converse("crisis-plan", "p1", "en", FIRST_PLAN)
        .expect_code(0);
    let learning = sandbox.converse("post-crisis-learning", "p1", "en", LEARNING_THEN_REVISION);
    learning.expect_code(0);
    // The learning answers are shown before the plan is opened again.
    let shown_at = learning
        .stdout
        .find("Loud noise")
        .expect("learning answers shown");
    let plan_at = learning
        .stdout
        .rfind("This plan starts from the latest one")
        .expect("the revision starts pre-filled");
    assert!(shown_at < plan_at);

    let plans: Vec<_> = sandbox
        .journals("p1")
        .into_iter()
        .filter(|p| p.to_string_lossy().contains("crisis-plan"))
        .collect();
    assert_eq!(plans.len(), 2, "{plans:?}");
    let first = read_journal(&plans[0]);
    let revised = read_journal(&plans[1]);
    assert!(revised.is_finished());
    let learning_file = sandbox
        .journals("p1")
        .into_iter()
        .find(|p| p.to_string_lossy().contains("post-crisis-learning"))
        .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()));
    assert_eq!(
        revised.header.follows, learning_file,
        "the revision names the learning conversation it follows"
    );
    assert_eq!(first.header.follows, None);

    let revises = revised
        .revises()
        .expect("the revision names the plan it revises");
    assert_eq!(Some(revises), plans[0].file_name().and_then(|n| n.to_str()));
    let changed: Vec<String> = revised
        .blocks
        .iter()
        .find_map(|b| match b {
            Block::Changes { changed, .. } => Some(changed.clone()),
            _ => None,
        })
        .expect("a changes block");
    assert_eq!(changed, ["self-help", "not-working"]);

    // Everything else is carried over as it was.
    let before = first.answers();
    let after = revised.answers();
    for (step, answer) in &before {
        if step != "self-help" && step != "not-working" {
            assert_eq!(after.get(step), Some(answer), "{step} kept");
        }
    }
    assert_eq!(
        after.get("self-help"),
        Some(&Answer::Given(Value::Text("A long walk".into())))
    );
    assert_eq!(after.get("not-working"), Some(&Answer::Skipped));

    // The card shows the new plan, not the old one.
    let card = sandbox.run(&["card", "--participant", "p1", "--lang", "en"], "");
    card.expect_code(0);
    let text_path = sandbox
        .tree()
        .into_iter()
        .find(|p| p.to_string_lossy().ends_with("card.txt"))
        .expect("a card.txt");
    let card_text = fs::read_to_string(sandbox.root.join(text_path)).expect("read card");
    assert!(card_text.contains("A long walk"), "{card_text}");
    assert!(!card_text.contains("Alcohol"), "{card_text}");
    assert!(card_text.contains("112"), "{card_text}");
}
