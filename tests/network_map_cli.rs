//! The network map end to end: completed in the line mode in Danish and English, the
//! journal parsed back with every entry's fields (choices recorded by id, the marks as
//! several), then `samtale map` writing the print, checked as a file and, where Chromium
//! is at hand, printed to PDF as one page.

mod common;

use std::fs;

use common::Sandbox;
use common::outside;
use samtale::engine::{Answer, Value};
use samtale::journal::format;

/// Three people: one with everything, one typed with mistakes (a number off the list, a
/// word where a number goes) and one with fields left empty; then yes to widening.
const INPUT: &str = "+\nMor\n1\n1\n1\n1 2\n\
                     +\nLars <script>\n9\nven\n2\n2\n3\n3 4\n\
                     +\nBiblioteket\n6\n\n\n\n\
                     \nj\nGå med i læseklubben\n.\n\n";

fn finished(sandbox: &Sandbox, lang: &str) -> samtale::journal::Journal {
    sandbox
        .converse("network-map", "p1", lang, INPUT)
        .expect_code(0);
    let text = fs::read_to_string(sandbox.journal("p1")).expect("the journal");
    format::parse(&text).unwrap_or_else(|e| panic!("{e:?}\n{text}"))
}

fn fields(answer: Option<&Answer>) -> Vec<Vec<(String, String)>> {
    match answer {
        Some(Answer::Given(Value::Entries(entries))) => {
            entries.iter().map(|e| e.fields.clone()).collect()
        }
        other => panic!("a list of people, not {other:?}"),
    }
}

fn entry(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(a, b)| ((*a).to_owned(), (*b).to_owned()))
        .collect()
}

#[test]
fn a_network_map_is_recorded_entry_by_entry_in_both_languages() {
    for lang in ["da", "en"] {
        let sandbox = Sandbox::new(&format!("netmap-line-{lang}"));
        let journal = finished(&sandbox, lang);
        let answers = journal.answers();
        assert_eq!(
            fields(answers.get("people")),
            vec![
                entry(&[
                    ("name", "Mor"),
                    ("category", "family"),
                    ("closeness", "very-close"),
                    ("importance", "very"),
                    ("marks", "knows talk"),
                ]),
                entry(&[
                    ("name", "Lars <script>"),
                    ("category", "friends"),
                    ("closeness", "close"),
                    ("importance", "little"),
                    ("marks", "closer not-involved"),
                ]),
                entry(&[
                    ("name", "Biblioteket"),
                    ("category", "places"),
                    ("closeness", ""),
                    ("importance", ""),
                    ("marks", ""),
                ]),
            ],
            "{lang}"
        );
        assert_eq!(
            answers.get("widen"),
            Some(&Answer::Given(Value::YesNo(true)))
        );
        assert!(matches!(
            answers.get("widen-how"),
            Some(Answer::Given(Value::Text(t))) if t.starts_with("Gå med i læseklubben")
        ));
    }
}

#[test]
fn a_wrong_number_for_a_choice_is_refused_and_asked_again() {
    let sandbox = Sandbox::new("netmap-refused");
    let out = sandbox
        .converse("network-map", "p1", "da", INPUT)
        .expect_code(0)
        .stdout
        .clone();
    // "9" and "ven" for the category: each refused with the general message, then asked again.
    assert!(out.matches("Hvem eller hvad:").count() >= 5, "{out}");
    assert!(out.contains("Skriv nummeret på svaret."), "{out}");
    assert!(
        out.contains("Skriv numrene på dem, der passer, med mellemrum imellem"),
        "{out}"
    );
}

#[test]
fn map_writes_the_print_with_every_person_and_names_escaped() {
    let sandbox = Sandbox::new("netmap-print");
    finished(&sandbox, "da");
    let out = sandbox.run(&["map", "--participant", "p1", "--lang", "da"], "");
    out.expect_code(0);
    assert!(
        out.stdout.contains("Netværkskortet for p1"),
        "{}",
        out.stdout
    );
    let dir = sandbox.data.join("maps").join("p1");
    let html = fs::read_to_string(dir.join("network-map.html")).expect("the HTML print");
    let text = fs::read_to_string(dir.join("network-map.txt")).expect("the text print");
    assert_eq!(html.matches("<circle class=\"ring\"").count(), 3);
    // Biblioteket has no closeness: in the legend, not on the map.
    assert_eq!(html.matches("<circle class=\"person\"").count(), 2);
    assert!(html.contains(">1 Mor ♥✓</text>"), "{html}");
    assert!(html.contains("&lt;script&gt;") && !html.contains("<script>"));
    assert!(
        html.contains("Biblioteket – Steder (ikke på kortet"),
        "{html}"
    );
    assert!(
        text.contains("1 ● Mor ♥ ✓ – Familie, Meget tæt, Meget vigtig"),
        "{text}"
    );
    assert!(
        text.contains("Vil du gerne udvide dit netværk? Ja"),
        "{text}"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = fs::metadata(dir.join("network-map.html"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}

#[test]
fn map_without_a_finished_map_says_how_to_make_one() {
    let sandbox = Sandbox::new("netmap-none");
    let out = sandbox.run(&["map", "--participant", "p1", "--lang", "da"], "");
    out.expect_code(1);
    assert!(
        out.stderr
            .contains("samtale run network-map --participant p1"),
        "{}",
        out.stderr
    );
}

#[test]
fn the_map_prints_on_one_page() {
    let test = "the_map_prints_on_one_page";
    let Some(chromium) = outside::chromium(test) else {
        return;
    };
    let sandbox = Sandbox::new("netmap-pdf");
    // Thirty people: a full map still fits one page.
    let mut input = String::new();
    for i in 1..=30 {
        input.push_str(&format!(
            "+\nPerson med et langt navn {i}\n{}\n{}\n2\n1\n",
            i % 8 + 1,
            i % 3 + 1
        ));
    }
    input.push_str("\nn\n\n");
    sandbox
        .converse("network-map", "p1", "da", &input)
        .expect_code(0);
    sandbox
        .run(&["map", "--participant", "p1", "--lang", "da"], "")
        .expect_code(0);
    let html = sandbox.data.join("maps/p1/network-map.html");
    let pages = outside::print_to_pdf(&chromium, &html, &sandbox.root.join("pdf"));
    assert_eq!(pages.len(), 1, "one page: {pages:?}");
    let words = pages[0].split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(words.contains("Person med et langt navn 30"), "{words}");
}

#[test]
fn the_built_in_dialogues_check_clean_with_strict_in_both_languages() {
    let sandbox = Sandbox::new("netmap-check");
    for (lang, clean) in [
        ("da", "Ingen problemer fundet."),
        ("en", "No problems found."),
    ] {
        let out = sandbox.run(&["check", "--strict", "--lang", lang], "");
        out.expect_code(0);
        assert!(out.stdout.contains(clean), "{lang}: {}", out.stdout);
    }
    let listed = sandbox.run(&["list", "--lang", "da"], "");
    assert!(
        listed.stdout.contains("Netværkskortet"),
        "{}",
        listed.stdout
    );
}
