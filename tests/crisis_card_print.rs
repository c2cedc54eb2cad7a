//! The crisis card and the full plan, printed as a person prints them: headless Chromium's
//! `--print-to-pdf`, then the PDF read back (pdfinfo, pdftotext). The card is exactly one
//! page, for a short plan and for a long realistic one (four people, three professionals,
//! three-line answers), with nothing cut off; every page of the full plan carries the
//! name, 112 and "side n af m". Skipped with a printed reason where Chromium or poppler is
//! missing; under SAMTALE_REQUIRE_ALL=1 (CI) that fails instead.

mod common;

use std::fs;

use common::Sandbox;
use common::outside;

/// Three lines of one answer, ended as the line mode ends a text.
fn three(topic: &str) -> String {
    format!(
        "{topic}: jeg sover under fire timer om natten og vågner tidligt med uro\n\
         {topic}: jeg holder op med at spise ordentligt og glemmer at drikke vand\n\
         {topic}: jeg trækker mig fra mine venner og svarer ikke på beskeder\n.\n"
    )
}

/// A realistic long plan in the line mode: every text three lines, four people to call,
/// three professionals, two places in order; what goes on the card left to the script.
fn long_plan() -> String {
    let mut input = String::new();
    for topic in [
        "Tegn",
        "Andre ser",
        "Undgå",
        "Selv",
        "Før",
        "Virker ikke",
        "Steder",
    ] {
        input.push_str(&three(topic));
    }
    for (name, relation, phone) in [
        ("Ole Hansen", "bror", "12 34 56 78"),
        ("Mette Jensen", "nabo", "23 45 67 89"),
        ("Lene Sørensen", "søster", "+45 34 56 78 90"),
        ("Ahmed Khalil", "ven", "45 67 89 01"),
    ] {
        input.push_str(&format!("+\n{name}\n{relation}\n{phone}\n"));
    }
    input.push('\n');
    input.push_str(&three("Andre hjælper"));
    input.push_str(&three("Ønsker"));
    for (name, role, phone) in [
        ("Birgit Bostøtte", "bostøtte", "87 65 43 21"),
        ("Dr. Nielsen", "egen læge", "33 44 55 66"),
        ("Distriktspsykiatrien Nord", "behandler", "70 80 90 10"),
    ] {
        input.push_str(&format!("+\n{name}\n{role}\n{phone}\n"));
    }
    input.push('\n');
    input.push_str(&three("Trygt"));
    input.push_str(&three("Vigtigt"));
    input.push_str("1 2\nLene\nHjemme, ellers hos Lene\n");
    input.push_str(&three("Indlagt"));
    input.push_str(&three("Aftaler"));
    input.push_str(&three("Ligger"));
    // The card step left as it is, a copy to the support worker, a date.
    input.push_str("\ny\n");
    input.push_str(&three("Kopi"));
    input.push_str("Om tre måneder\n\n\n");
    input
}

const CONFIG: &str = r#"(
    crisis_contacts: [
        (name: "Psykiatrisk akutmodtagelse", phone: "38 64 07 00", open: Some("døgnåbent")),
        (name: "Socialt akuttilbud", phone: "70 12 34 56", open: Some("døgnåbent, anonymt")),
        (name: "Lægevagten", phone: "1813", open: Some("aften, nat og weekend")),
    ],
)
"#;

/// Makes the plan, writes the card and the plan, and prints both.
fn print(sandbox: &Sandbox, plan: &str, chromium: &std::path::Path) -> (Vec<String>, Vec<String>) {
    fs::write(&sandbox.config, CONFIG).expect("config");
    sandbox
        .converse("crisis-plan", "p1", "da", plan)
        .expect_code(0);
    sandbox
        .run(&["card", "--participant", "p1", "--lang", "da"], "")
        .expect_code(0);
    let cards = sandbox.data.join("cards").join("p1");
    let scratch = sandbox.root.join("pdf");
    (
        outside::print_to_pdf(chromium, &cards.join("card.html"), &scratch),
        outside::print_to_pdf(chromium, &cards.join("plan.html"), &scratch),
    )
}

/// pdftotext breaks lines where the page does; the words are compared without them.
fn words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn a_long_realistic_plan_prints_its_card_on_one_page_with_nothing_cut_off() {
    let test = "a_long_realistic_plan_prints_its_card_on_one_page_with_nothing_cut_off";
    let Some(chromium) = outside::chromium(test) else {
        return;
    };
    let sandbox = Sandbox::new("card-print-long");
    let (card, plan) = print(&sandbox, &long_plan(), &chromium);
    assert_eq!(card.len(), 1, "the card is one page: {card:?}");
    let card = words(&card[0]);
    for shown in [
        "Krisekort",
        "p1",
        "Ved livsfare: ring 112.",
        "Tegn: jeg sover under fire timer om natten og vågner tidligt med uro",
        "Tegn: jeg trækker mig fra mine venner og svarer ikke på beskeder",
        "Selv: jeg trækker mig fra mine venner og svarer ikke på beskeder",
        "12 34 56 78",
        "23 45 67 89",
        "+45 34 56 78 90",
        "45 67 89 01",
        "Ahmed Khalil · ven",
        "87 65 43 21",
        "33 44 55 66",
        "70 80 90 10",
        "38 64 07 00",
        "1813",
        "Fra kriseplanen af",
    ] {
        assert!(
            card.contains(shown),
            "{shown:?} not on the printed card: {card}"
        );
    }
    // Nothing sensitive and nothing not chosen, and nothing was left off.
    for left_out in [
        "Virker ikke:",
        "Om tre måneder",
        "Kopi:",
        "Hele planen står",
    ] {
        assert!(!card.contains(left_out), "{left_out:?} on the card: {card}");
    }

    assert!(plan.len() >= 2, "a long plan takes pages: {}", plan.len());
    let total = plan.len();
    for (n, page) in plan.iter().enumerate() {
        let page = words(page);
        assert!(
            page.contains("Min kriseplan · p1"),
            "page {}: {page}",
            n + 1
        );
        assert!(
            page.contains("Ved livsfare: ring 112."),
            "page {}: {page}",
            n + 1
        );
        assert!(
            page.contains(&format!("side {} af {total}", n + 1)),
            "page {}: {page}",
            n + 1
        );
    }
    let whole = words(&plan.join(" "));
    assert!(
        whole.contains("Virker ikke: jeg holder op med at spise"),
        "{whole}"
    );
    assert!(whole.contains("Om tre måneder"), "{whole}");
}

#[test]
fn a_short_plan_prints_its_card_on_one_page_too() {
    let test = "a_short_plan_prints_its_card_on_one_page_too";
    let Some(chromium) = outside::chromium(test) else {
        return;
    };
    let sandbox = Sandbox::new("card-print-short");
    // Only the signs and one person; everything else skipped.
    let mut input = String::from("Jeg sover dårligt\n.\n\n\n\n\n\n\n+\nOle\nbror\n12 34 56 78\n\n");
    input.push_str(&"\n".repeat(30));
    let (card, plan) = print(&sandbox, &input, &chromium);
    assert_eq!(card.len(), 1, "{card:?}");
    let card = words(&card[0]);
    assert!(
        card.contains("Jeg sover dårligt") && card.contains("12 34 56 78"),
        "{card}"
    );
    assert!(card.contains("112"), "{card}");
    assert_eq!(plan.len(), 1, "{plan:?}");
    assert!(words(&plan[0]).contains("side 1 af 1"), "{plan:?}");
}
