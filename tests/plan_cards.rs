//! Any plan whose script marks steps `card: true` makes a crisis card, not only the crisis
//! plan: LA2's safety plan, made in the line mode, gives a card with its own answers under
//! its steps' `.short` headings. With both plans the one finished last wins, and
//! `card --dialogue` chooses; a dialogue that puts nothing on a card is refused.

mod common;

use std::fs;

use common::Sandbox;
use common::outside;

/// The LA2 safety plan in the line mode, in Danish: two triggers ticked, every text one
/// line, shared if needed, finished.
const SAFETY_PLAN: &str = "1 5\nNår nogen flytter ind\n.\nIkke nok søvn\n.\n\
    Det summer i hovedet\n.\nJeg går ind på mit værelse og lukker døren\n.\n\
    Jeg bliver stille og svarer kort\n.\nFor mange beskeder\n.\nKom forbi kort\n.\n\
    Tilbyd en kop te & giv mig ro\n.\nHæv ikke stemmen\n.\nMusik i <høretelefoner>\n.\n\
    Om tre måneder\n2\n\n\n\n";

/// A short crisis plan: the signs and one person, everything else skipped.
fn crisis_plan() -> String {
    let mut input = String::from("Jeg sover dårligt\n.\n\n\n\n\n\n\n+\nOle\nbror\n12 34 56 78\n\n");
    input.push_str(&"\n".repeat(30));
    input
}

fn card_text(sandbox: &Sandbox) -> String {
    fs::read_to_string(sandbox.data.join("cards/p1/card.txt")).expect("card.txt")
}

#[test]
fn the_safety_plan_makes_a_card_with_its_own_answers() {
    let sandbox = Sandbox::new("la2-card");
    sandbox
        .converse("la2-safety-plan", "p1", "da", SAFETY_PLAN)
        .expect_code(0);
    let said = sandbox.run(&["card", "--participant", "p1", "--lang", "da"], "");
    said.expect_code(0);
    assert!(
        said.stdout
            .contains("Krisekortet for p1 er skrevet ud fra „Min tryghedsplan (LA2, rød)“"),
        "{}",
        said.stdout
    );
    let text = card_text(&sandbox);
    for shown in [
        "KRISEKORT · p1",
        "Fra „Min tryghedsplan (LA2, rød)“ af",
        "Ved livsfare: ring 112.",
        "== Det kan sætte det i gang ==",
        "Forandringer og ændringer i mine vaner, Savn af mine kammerater",
        "== Det gør jeg selv ==",
        "Jeg går ind på mit værelse og lukker døren",
        "== Sådan kan I se, det er svært ==",
        "Jeg bliver stille og svarer kort",
        "== Det skal I gøre ==",
        "Tilbyd en kop te & giv mig ro",
        "== Det hjælper mig til ro ==",
        "Musik i <høretelefoner>",
    ] {
        assert!(text.contains(shown), "{shown:?} not on the card:\n{text}");
    }
    // What is not marked for the card stays in the whole plan only.
    for left_out in ["Hæv ikke stemmen", "For mange beskeder", "Om tre måneder"] {
        assert!(
            !text.contains(left_out),
            "{left_out:?} on the card:\n{text}"
        );
    }
    let plan = fs::read_to_string(sandbox.data.join("cards/p1/plan.txt")).expect("plan.txt");
    assert!(plan.contains("Hæv ikke stemmen"), "{plan}");
    let html = fs::read_to_string(sandbox.data.join("cards/p1/card.html")).expect("card.html");
    assert!(
        html.contains("Tilbyd en kop te &amp; giv mig ro")
            && html.contains("Musik i &lt;høretelefoner&gt;")
            && !html.contains("<høretelefoner>"),
        "{html}"
    );
}

#[test]
fn with_both_plans_the_latest_makes_the_card_and_dialogue_chooses() {
    let sandbox = Sandbox::new("two-plans");
    sandbox
        .converse("la2-safety-plan", "p1", "da", SAFETY_PLAN)
        .expect_code(0);
    // Journal times are in seconds: the crisis plan is finished a second later.
    std::thread::sleep(std::time::Duration::from_millis(1100));
    sandbox
        .converse("crisis-plan", "p1", "da", &crisis_plan())
        .expect_code(0);
    sandbox
        .run(&["card", "--participant", "p1", "--lang", "da"], "")
        .expect_code(0);
    let text = card_text(&sandbox);
    assert!(
        text.contains("Fra kriseplanen af") && text.contains("12 34 56 78"),
        "{text}"
    );
    assert!(!text.contains("Jeg går ind på mit værelse"), "{text}");

    sandbox
        .run(
            &[
                "card",
                "--participant",
                "p1",
                "--dialogue",
                "la2-safety-plan",
                "--lang",
                "da",
            ],
            "",
        )
        .expect_code(0);
    let text = card_text(&sandbox);
    assert!(text.contains("Jeg går ind på mit værelse"), "{text}");
    assert!(!text.contains("12 34 56 78"), "{text}");

    let refused = sandbox.run(
        &[
            "card",
            "--participant",
            "p1",
            "--dialogue",
            "who5",
            "--lang",
            "da",
        ],
        "",
    );
    refused.expect_code(2);
    assert!(
        refused.stderr.contains("„who5“ kan ikke give et krisekort")
            && refused.stderr.contains("--dialogue la2-safety-plan"),
        "{}",
        refused.stderr
    );
}

#[test]
fn the_safety_plan_card_prints_on_one_page() {
    let test = "the_safety_plan_card_prints_on_one_page";
    let Some(chromium) = outside::chromium(test) else {
        return;
    };
    let sandbox = Sandbox::new("la2-card-print");
    sandbox
        .converse("la2-safety-plan", "p1", "da", SAFETY_PLAN)
        .expect_code(0);
    sandbox
        .run(&["card", "--participant", "p1", "--lang", "da"], "")
        .expect_code(0);
    let pages = outside::print_to_pdf(
        &chromium,
        &sandbox.data.join("cards/p1/card.html"),
        &sandbox.root.join("pdf"),
    );
    assert_eq!(pages.len(), 1, "the card is one page: {pages:?}");
    let words = pages[0].split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        words.contains("Jeg går ind på mit værelse og lukker døren") && words.contains("112"),
        "{words}"
    );
}
