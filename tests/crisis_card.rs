//! The crisis card and the full plan: made from the latest finished crisis plan
//! (tests/fixtures/journals/p1, a version 1 plan), in the person's own words, with their
//! contacts, the team's local crisis contacts and 112; as plain text and as printable HTML
//! pages that need nothing but themselves. (tests/crisis_card_print.rs prints them.)

use std::fs;
use std::path::Path;

mod common;

use common::fixtures::{
    builtin_library as library, builtin_texts as texts, data_dir_with_fixtures as data_dir,
    fixture_journals as fixtures,
};
use samtale::card;
use samtale::card::wallet::Choice;
use samtale::config::CrisisContact;
use samtale::i18n::Lang;
use samtale::journal::Store;
use samtale::journal::format::Journal;
use samtale::report::{self, ReportError};
use samtale::script::{Dialogue, Library};

fn crisis_plan(library: &Library) -> &Dialogue {
    &library.get("crisis-plan").expect("built in").dialogue
}

fn contacts() -> Vec<CrisisContact> {
    vec![
        CrisisContact {
            name: "Psykiatrisk akutmodtagelse".into(),
            phone: "38 64 07 00".into(),
            open: Some("døgnåbent".into()),
        },
        CrisisContact {
            name: "Socialt akuttilbud <Kbh>".into(),
            phone: "70 12 34 56".into(),
            open: None,
        },
    ]
}

#[test]
fn the_current_plan_is_the_latest_finished_one() {
    let journals = fixtures();
    let plan = card::current_plan(&journals).expect("p1 has a finished plan");
    assert_eq!(
        plan.header.started.format("%Y-%m-%d").to_string(),
        "2026-02-09",
        "not the older plan, and not the unfinished draft after it"
    );
    let none: Vec<Journal> = journals
        .into_iter()
        .filter(|j| j.header.dialogue != "crisis-plan" || !j.is_finished())
        .collect();
    assert!(card::current_plan(&none).is_none());
}

#[test]
fn the_text_plan_has_the_plans_own_words_the_contacts_and_112() {
    let journals = fixtures();
    let plan = card::current_plan(&journals).expect("a plan");
    let library = library();
    let text = card::plan::text(plan, crisis_plan(&library), &texts(Lang::Da), &contacts());

    assert!(
        text.starts_with(
            "Min kriseplan · p1 · Ved livsfare: ring 112.\n\nMIN KRISEPLAN\np1 · kriseplanen fra 2026-02-09\n"
        ),
        "{text}"
    );
    // Printed, every page has the name and 112 at the top and "side n af m" at the bottom.
    let pages: Vec<&str> = text.split('\u{c}').collect();
    assert_eq!(pages.len(), 2, "{text}");
    for (n, page) in pages.iter().enumerate() {
        assert!(
            page.starts_with("Min kriseplan · p1 · Ved livsfare: ring 112.\n"),
            "{page}"
        );
        assert!(
            page.trim_end().ends_with(&format!("side {} af 2", n + 1)),
            "{page}"
        );
        assert!(page.lines().count() <= card::plan::PAGE_LINES, "{page}");
    }
    // The person's own words, each under the plan's section and question.
    for words in [
        "Jeg sover under 4 timer og <trækker mig> fra andre.",
        "Jeg holder op med at spise.",
        "Jeg svarer ikke på sms'er.",
        "Gå en tur ved åen & høre musik.",
        "<script>alert('x')</script> at ringe til Ole",
        "Min kat Felix.",
        "Bostøtten og min læge.",
        "Om tre måneder",
    ] {
        assert!(text.contains(words), "{words:?} in {text}");
    }
    assert!(
        text.contains("== Tegn på, at en krise er på vej =="),
        "{text}"
    );
    assert!(text.contains("Hvordan kan du selv mærke, at en krise er på vej?"));
    // The contacts entries, one a line.
    assert!(
        text.contains("  Navn: Ole · Relation: bror · Telefon: 12 34 56 78\n"),
        "{text}"
    );
    assert!(text.contains("  Navn: Mette · Relation: nabo\n"), "{text}");
    assert!(
        text.contains("Navn eller sted: Bostøtten Birgit · Rolle: bostøtte · Telefon: 87 65 43 21")
    );
    // The choice in words, and yes/no in words.
    assert!(text.contains("  Hjemme\n"), "{text}");
    assert!(text.contains("  Ja\n"), "{text}");
    // The team's local crisis contacts, and 112.
    assert!(text.contains("Lokale krisekontakter"), "{text}");
    assert!(
        text.contains("Psykiatrisk akutmodtagelse · 38 64 07 00 · døgnåbent"),
        "{text}"
    );
    assert!(
        text.contains("Socialt akuttilbud <Kbh> · 70 12 34 56"),
        "{text}"
    );
    assert!(text.contains("112"), "{text}");
    assert!(
        text.lines().nth(5).is_some_and(|l| l.contains("112")),
        "112 at the top: {text}"
    );

    // Left out: a skipped step, a step no longer on the plan's path, older plans, drafts.
    assert!(!text.contains("(sprunget over)"), "{text}");
    assert!(!text.contains("Er der ting, du skal undgå"), "{text}");
    assert!(!text.contains("Hos min søster Lene"), "hidden: {text}");
    assert!(
        !text.contains("Jeg sover dårligt."),
        "the older plan: {text}"
    );
    assert!(!text.contains("Et udkast"), "the unfinished draft: {text}");

    // No line wider than a page; how complete the plan is, near the top.
    use unicode_width::UnicodeWidthStr;
    assert!(text.lines().all(|l| l.width() <= 76), "{text}");
    assert!(text.contains("punkter i planen er udfyldt"), "{text}");
}

#[test]
fn the_plan_without_configured_contacts_still_has_112() {
    let journals = fixtures();
    let plan = card::current_plan(&journals).expect("a plan");
    let library = library();
    let text = card::plan::text(plan, crisis_plan(&library), &texts(Lang::En), &[]);
    assert!(text.contains("call 112"), "{text}");
    assert!(text.contains("Local crisis contacts"), "{text}");
    // The person's words stay as they were written.
    assert!(text.contains("Min kat Felix."), "{text}");
    assert!(text.contains("Name: Ole · Relation: bror"), "{text}");
}

#[test]
fn the_html_plan_is_self_contained_and_escapes_everything() {
    let journals = fixtures();
    let plan = card::current_plan(&journals).expect("a plan");
    let library = library();
    let html = card::plan::html(plan, crisis_plan(&library), &texts(Lang::Da), &contacts());

    assert!(
        html.starts_with("<!DOCTYPE html>\n<html lang=\"da\">"),
        "{html}"
    );
    assert!(html.contains("<meta charset=\"utf-8\">"));
    assert!(html.contains("<style>"), "inline CSS");
    assert!(html.contains("@media print"), "print-friendly");
    // Every printed page: the name, 112 and "side n af m", in the page's margin boxes.
    assert!(
        html.contains("@top-left { content: \"Min kriseplan · p1\";"),
        "{html}"
    );
    assert!(html.contains("@top-right { content: \"Ved livsfare: ring 112.\";"));
    assert!(html.contains("content: \"side \" counter(page) \" af \" counter(pages) \"\";"));
    let lower = html.to_lowercase();
    assert!(!lower.contains("<script"), "no scripts: {html}");
    assert!(!lower.contains("http"), "no resources from the net: {html}");
    for resource in [
        "src=", "href=", "<link", "@import", "url(", "<iframe", "<img", "onload=", "onerror=",
    ] {
        assert!(!lower.contains(resource), "{resource} in {html}");
    }
    // Every answer escaped: `<` never reaches the page as markup.
    assert!(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; at ringe til Ole"));
    assert!(html.contains("Jeg sover under 4 timer og &lt;trækker mig&gt; fra andre."));
    assert!(html.contains("Gå en tur ved åen &amp; høre musik."));
    assert!(html.contains("Socialt akuttilbud &lt;Kbh&gt;"));
    assert!(!html.contains("<trækker"));
    assert!(!html.contains("<Kbh"));
    // The same content as the text card.
    assert!(html.contains("112"));
    assert!(html.contains("Psykiatrisk akutmodtagelse · 38 64 07 00 · døgnåbent"));
    assert!(html.contains("Navn: Ole · Relation: bror · Telefon: 12 34 56 78"));
    assert!(html.contains("Min kat Felix."));
    assert!(!html.contains("Hos min søster Lene"));
    // Only the tags the card writes.
    let tags: std::collections::BTreeSet<String> = html
        .split('<')
        .skip(1)
        .map(|rest| {
            rest.split(|c: char| c == '>' || c.is_whitespace())
                .next()
                .unwrap_or_default()
                .trim_start_matches('/')
                .to_lowercase()
        })
        .collect();
    let allowed = [
        "!doctype", "html", "head", "meta", "title", "style", "body", "h1", "h2", "h3", "p",
        "section", "div", "ul", "li", "strong",
    ];
    for tag in &tags {
        assert!(allowed.contains(&tag.as_str()), "<{tag}> in {html}");
    }

    let english = card::plan::html(plan, crisis_plan(&library), &texts(Lang::En), &[]);
    assert!(english.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
}

#[test]
fn the_card_command_writes_two_private_files_and_says_where() {
    let root = data_dir("files");
    let store = Store::new(root.clone());
    let texts = texts(Lang::Da);
    let out_dir = report::card_dir(&store, "p1").expect("a folder for p1");
    assert_eq!(out_dir, root.join("cards").join("p1"));
    let mut out = Vec::new();
    let files = report::card(
        &store,
        "p1",
        &contacts(),
        &Choice::default(),
        &texts,
        &out_dir,
        &mut out,
    )
    .expect("the card is written");
    let said = String::from_utf8(out).expect("UTF-8");
    assert_eq!(files.text, out_dir.join("card.txt"));
    assert_eq!(files.html, out_dir.join("card.html"));
    assert!(said.contains(&files.text.display().to_string()), "{said}");
    assert!(said.contains(&files.html.display().to_string()), "{said}");
    assert!(said.contains("2026-02-09"), "{said}");
    assert!(
        said.contains("samtykke") || said.contains("siger ja"),
        "{said}"
    );

    assert!(
        said.contains(&files.plan_text.display().to_string()),
        "{said}"
    );
    assert!(
        said.contains(&files.plan_html.display().to_string()),
        "{said}"
    );
    let text = fs::read_to_string(&files.text).expect("card.txt");
    assert!(text.contains("Gå en tur ved åen & høre musik.") && text.contains("112"));
    assert!(
        !text.contains("Min kat Felix."),
        "not chosen for the card: {text}"
    );
    let plan = fs::read_to_string(&files.plan_text).expect("plan.txt");
    assert!(plan.contains("Min kat Felix.") && plan.contains("side 2 af 2"));
    let html = fs::read_to_string(&files.html).expect("card.html");
    assert!(html.contains("&lt;trækker mig&gt;") && !html.contains("<trækker"));
    let plan_html = fs::read_to_string(&files.plan_html).expect("plan.html");
    assert!(plan_html.contains("&lt;script&gt;") && !plan_html.contains("<script"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = |p: &Path| fs::metadata(p).expect("metadata").permissions().mode() & 0o777;
        assert_eq!(mode(&files.text), 0o600);
        assert_eq!(mode(&files.html), 0o600);
        assert_eq!(mode(&files.plan_text), 0o600);
        assert_eq!(mode(&files.plan_html), 0o600);
        assert_eq!(mode(&out_dir), 0o700);
    }
    // Written again, the files are replaced and no temporary file is left.
    let mut out = Vec::new();
    report::card(
        &store,
        "p1",
        &[],
        &Choice::default(),
        &texts,
        &out_dir,
        &mut out,
    )
    .expect("again");
    let mut names: Vec<String> = fs::read_dir(&out_dir)
        .expect("the folder")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["card.html", "card.txt", "plan.html", "plan.txt"]);
    assert!(
        !fs::read_to_string(&files.text)
            .expect("read")
            .contains("38 64 07 00")
    );

    // The card printed straight to the screen is the same text.
    let mut out = Vec::new();
    report::card_text(&store, "p1", &[], &mut out).expect("printed");
    assert_eq!(
        String::from_utf8(out).expect("UTF-8"),
        fs::read_to_string(&files.text).expect("read")
    );
}

#[test]
fn no_finished_plan_is_said_plainly() {
    let root = data_dir("no-plan");
    let store = Store::new(root.clone());
    let texts = texts(Lang::Da);
    let mut out = Vec::new();
    let error = report::card(
        &store,
        "p9",
        &[],
        &Choice::default(),
        &texts,
        &root.join("cards/p9"),
        &mut out,
    )
    .expect_err("p9 has no plan");
    assert!(matches!(error, ReportError::NoPlan { .. }));
    let message = report::message(&texts, &error);
    assert!(
        message.contains("ingen afsluttet kriseplan for p9"),
        "{message}"
    );
    assert!(!root.join("cards/p9").exists(), "nothing written");
}

fn wallet(plan: &Journal, choice: &Choice, lang: Lang) -> card::wallet::Card {
    let library = library();
    card::wallet::content(
        plan,
        crisis_plan(&library),
        &texts(lang),
        &contacts(),
        choice,
    )
}

#[test]
fn the_card_holds_what_is_needed_in_the_moment_and_nothing_sensitive_by_default() {
    let journals = fixtures();
    let plan = card::current_plan(&journals).expect("a plan");
    let card = wallet(plan, &Choice::default(), Lang::Da);
    let text = card::wallet::text(&card);
    assert!(
        text.starts_with(
            "KRISEKORT · p1\nFra kriseplanen af 9. februar 2026\n\nVed livsfare: ring 112.\n"
        ),
        "{text}"
    );
    let steps: Vec<&str> = card.sections.iter().map(|s| s.step.as_str()).collect();
    // The version 1 plan has no card step: the script's `card: true` steps.
    assert_eq!(
        steps,
        [
            "warning-signs",
            "self-help",
            "contacts",
            "professional-contacts"
        ]
    );
    assert!(
        text.contains("  - Jeg sover under 4 timer og <trækker mig> fra andre.\n"),
        "{text}"
    );
    assert!(text.contains("  Ole · bror: 12 34 56 78\n"), "{text}");
    assert!(
        text.contains("  Mette · nabo\n"),
        "no phone, no number: {text}"
    );
    assert!(
        text.contains("Psykiatrisk akutmodtagelse: 38 64 07 00 · døgnåbent"),
        "{text}"
    );
    // Sensitive answers stay off unless chosen: what does not work, the copy consent, the
    // review date; and so does the rest of the plan.
    for left_out in [
        "<script>",
        "Min kat Felix.",
        "Om tre måneder",
        "Bostøtten og min læge.",
        "Hvad virker ikke",
    ] {
        assert!(!text.contains(left_out), "{left_out} on the card: {text}");
    }

    let html = card::wallet::html(&card);
    assert!(
        html.contains("<a class=\"phone\" href=\"tel:12345678\">12 34 56 78</a>"),
        "{html}"
    );
    assert!(html.contains("href=\"tel:38640700\""), "{html}");
    assert!(html.contains("href=\"tel:112\""), "{html}");
    assert!(html.contains("@page { size: A4; margin: 0; }"), "{html}");
    assert!(!html.contains("<trækker") && html.contains("&lt;trækker mig&gt;"));
    let lower = html.to_lowercase();
    for resource in [
        "<script", "http", "src=", "<link", "@import", "url(", "<img",
    ] {
        assert!(!lower.contains(resource), "{resource} in {html}");
    }
}

#[test]
fn what_goes_on_the_card_can_be_chosen_and_unknown_steps_are_refused() {
    let journals = fixtures();
    let plan = card::current_plan(&journals).expect("a plan");
    let choice = Choice {
        with: vec!["reasons-for-living".into(), "review-when".into()],
        without: vec!["self-help".into()],
        name: Some("Anna <A>".into()),
        ..Choice::default()
    };
    let card = wallet(plan, &choice, Lang::Da);
    let steps: Vec<&str> = card.sections.iter().map(|s| s.step.as_str()).collect();
    assert_eq!(
        steps,
        [
            "warning-signs",
            "contacts",
            "professional-contacts",
            "reasons-for-living",
            "review-when"
        ]
    );
    let html = card::wallet::html(&card);
    assert!(
        html.contains("<p class=\"name\">Anna &lt;A&gt;</p>"),
        "{html}"
    );

    let root = data_dir("unknown-step");
    let store = Store::new(root.clone());
    let mut out = Vec::new();
    let wrong = Choice {
        with: vec!["no-such-step".into()],
        ..Choice::default()
    };
    let error = report::card(
        &store,
        "p1",
        &[],
        &wrong,
        &texts(Lang::Da),
        &root.join("cards/p1"),
        &mut out,
    )
    .expect_err("an unknown step");
    let message = report::message(&texts(Lang::Da), &error);
    assert!(message.contains("no-such-step"), "{message}");
    assert_eq!(report::exit_code(&error), 2, "a usage error");
    assert!(!root.join("cards/p1").exists(), "nothing written");
}

#[test]
fn a_long_answer_is_shortened_on_the_card_and_the_card_says_so() {
    let journals = fixtures();
    let plan = card::current_plan(&journals).expect("a plan");
    let mut long = plan.clone();
    let many: Vec<String> = (1..=8).map(|n| format!("Tegn nummer {n}")).collect();
    for block in &mut long.blocks {
        if let samtale::journal::Block::Answer { step, answer, .. } = block
            && step == "warning-signs"
        {
            *answer = samtale::engine::Answer::Given(samtale::engine::Value::Text(many.join("\n")));
        }
    }
    let card = wallet(&long, &Choice::default(), Lang::Da);
    let text = card::wallet::text(&card);
    assert!(
        text.contains("Tegn nummer 5") && !text.contains("Tegn nummer 6"),
        "{text}"
    );
    assert!(text.contains("Hele planen står i plan.html"), "{text}");
    let short = card::wallet::text(&wallet(plan, &Choice::default(), Lang::Da));
    assert!(!short.contains("Hele planen står"), "{short}");
}
