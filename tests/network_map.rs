//! The network map drawn: on screen (snapshots at two sizes, a crowded map, a window too
//! small) and as the HTML print (an SVG with a ring for each level of closeness, every
//! person's label, names escaped), from the built-in `network-map` script.

use std::collections::BTreeMap;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::Rect;

use samtale::engine::{Answer, Entry, Value};
use samtale::i18n::Lang;
use samtale::netmap::{self, NetworkMap, print};
use samtale::script::Library;
use samtale::ui::network_map;
use samtale::ui::{Theme, ThemeName};

/// (name, category, closeness, importance, marks)
type Row<'a> = (&'a str, &'a str, &'a str, &'a str, &'a str);

const PEOPLE: &[Row] = &[
    ("Mor", "family", "very-close", "very", "knows talk"),
    ("Lillebror Jonas", "family", "close", "some", "closer"),
    ("Far", "family", "further", "little", "not-involved"),
    ("Sara", "friends", "very-close", "very", "knows talk"),
    ("Ahmed", "friends", "close", "some", ""),
    ("Gitte ovenpå", "neighbours", "further", "little", ""),
    (
        "Bostøtten Mette",
        "professionals",
        "close",
        "very",
        "knows talk",
    ),
    ("Lægen", "professionals", "further", "some", "talk"),
    ("Biblioteket", "places", "close", "some", ""),
    ("Gåturen om søen", "activities", "very-close", "very", ""),
    ("Fodboldklubben", "activities", "further", "some", "closer"),
    (
        "Kim fra værkstedet",
        "acquaintances",
        "further",
        "little",
        "",
    ),
];

fn answers(rows: &[Row]) -> BTreeMap<String, Answer> {
    let entries = rows
        .iter()
        .map(|(name, category, closeness, importance, marks)| Entry {
            fields: vec![
                ("name".into(), (*name).into()),
                ("category".into(), (*category).into()),
                ("closeness".into(), (*closeness).into()),
                ("importance".into(), (*importance).into()),
                ("marks".into(), (*marks).into()),
            ],
        })
        .collect();
    let mut answers = BTreeMap::new();
    answers.insert("people".to_owned(), Answer::Given(Value::Entries(entries)));
    answers.insert("widen".to_owned(), Answer::Given(Value::YesNo(true)));
    answers
}

fn map(rows: &[Row], lang: Lang) -> NetworkMap {
    let (library, problems) = Library::builtin();
    assert!(problems.is_empty(), "{problems:?}");
    let script = library
        .get(netmap::NETWORK_MAP)
        .expect("network-map is built in");
    let texts = library.texts(lang);
    netmap::from_answers(&script.dialogue, &texts, &answers(rows)).expect("a map")
}

fn screen(map: &NetworkMap, lang: Lang, width: u16, height: u16) -> String {
    let (library, _) = Library::builtin();
    let texts = library.texts(lang);
    let theme = Theme::get(ThemeName::Default);
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("a test terminal");
    terminal
        .draw(|frame| {
            let area = Rect::new(0, 0, width, height);
            network_map::view(map, &texts, &theme, frame, area);
        })
        .expect("drawn");
    let buffer = terminal.backend().buffer();
    let mut out = String::new();
    for y in 0..height {
        let mut line = String::new();
        for x in 0..width {
            line.push_str(buffer[(x, y)].symbol());
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

#[test]
fn the_map_at_80x24_in_danish() {
    insta::assert_snapshot!(screen(&map(PEOPLE, Lang::Da), Lang::Da, 80, 24));
}

#[test]
fn the_map_at_120x40_in_danish() {
    insta::assert_snapshot!(screen(&map(PEOPLE, Lang::Da), Lang::Da, 120, 40));
}

#[test]
fn the_map_at_80x24_in_english() {
    insta::assert_snapshot!(screen(&map(PEOPLE, Lang::En), Lang::En, 80, 24));
}

/// Thirty people, eleven of them in one cell: labels shorten to numbers rather than
/// overlap, and the legend says how many more are in the print.
#[test]
fn a_crowded_map_keeps_its_labels_apart() {
    let names: Vec<String> = (1..=30).map(|i| format!("Person nummer {i}")).collect();
    let rows: Vec<Row> = names
        .iter()
        .enumerate()
        .map(|(i, n)| {
            let category = if i < 11 {
                "friends"
            } else {
                ["family", "places", "other"][i % 3]
            };
            let closeness = if i < 11 {
                "close"
            } else {
                ["very-close", "further"][i % 2]
            };
            (n.as_str(), category, closeness, "some", "knows")
        })
        .collect();
    let drawn = screen(&map(&rows, Lang::Da), Lang::Da, 80, 24);
    // Every placed person's number is somewhere on the map side (the first 44 columns)
    // or, where the map had no room left, in the legend.
    assert!(drawn.contains("og 14 mere"), "{drawn}");
    insta::assert_snapshot!(drawn);
}

#[test]
fn a_window_too_small_says_what_size_is_needed() {
    let drawn = screen(&map(PEOPLE, Lang::Da), Lang::Da, 50, 12);
    assert!(drawn.contains("mindst 56×15 tegn"), "{drawn}");
}

fn page_html(map: &NetworkMap, lang: Lang) -> String {
    let (library, _) = Library::builtin();
    let texts = library.texts(lang);
    print::html(
        map,
        &print::Page {
            texts: &texts,
            lang,
            name: "Søren",
            made: "2. december 2026",
        },
    )
}

#[test]
fn the_print_has_a_ring_for_each_closeness_and_every_label() {
    let m = map(PEOPLE, Lang::Da);
    let html = page_html(&m, Lang::Da);
    assert_eq!(html.matches("<svg").count(), 1);
    assert_eq!(
        html.matches("<circle class=\"ring\"").count(),
        3,
        "three levels of closeness"
    );
    assert_eq!(
        html.matches("<circle class=\"person\"").count(),
        PEOPLE.len()
    );
    for (number, (name, ..)) in PEOPLE.iter().enumerate() {
        let short = netmap::short_name(name, print::LABEL_CHARS);
        assert!(
            html.contains(&format!(">{} {short}", number + 1)),
            "label of {name} on the map"
        );
        assert!(html.contains(&format!("<li value=\"{}\">{} ", number + 1, number + 1)));
        assert!(html.contains(name), "{name} in the legend");
    }
    for category in [
        "Familie",
        "Venner",
        "Naboer",
        "Professionelle",
        "Steder",
        "Aktiviteter",
    ] {
        assert!(html.contains(&format!(">{category}</text>")), "{category}");
    }
    assert!(
        html.contains("♥ Ved, hvordan jeg har det"),
        "the marks are explained"
    );
    assert!(html.contains("Vil du gerne udvide dit netværk? Ja"));
}

#[test]
fn names_are_escaped_in_the_print() {
    let rows: &[Row] = &[(
        "<script>alert(1)</script>",
        "friends",
        "close",
        "very",
        "knows",
    )];
    let html = page_html(&map(rows, Lang::Da), Lang::Da);
    assert!(!html.contains("<script>"), "{html}");
    assert!(html.contains("&lt;script&gt;"));
}

#[test]
fn someone_without_a_closeness_is_in_the_legend_but_not_on_the_map() {
    let rows: &[Row] = &[
        ("Mor", "family", "", "very", ""),
        ("Sara", "friends", "close", "", ""),
    ];
    let m = map(rows, Lang::Da);
    let html = page_html(&m, Lang::Da);
    assert_eq!(html.matches("<circle class=\"person\"").count(), 1);
    assert!(
        html.contains("Mor – Familie, Meget vigtig (ikke på kortet"),
        "{html}"
    );
}
