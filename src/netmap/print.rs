//! The network map on paper: one A4 page with the map as an inline SVG (a ring for each
//! level of closeness, a sector for each category, each person a dot sized by how
//! important they are, with their number, name and marks) and the numbered legend below
//! it, and the same as plain text. No scripts, no external resources, every word escaped.

use std::fmt::Write as _;

use super::layout::{self, ME_RADIUS};
use super::{NetworkMap, importance_symbol, legend_line, short_name};
use crate::card::escape;
use crate::i18n::{Lang, Texts};

/// How many characters of a name are written beside its dot; the legend has it whole.
pub const LABEL_CHARS: usize = 14;

/// What the print says around the map, besides the map's own words.
pub struct Page<'a> {
    pub texts: &'a Texts,
    pub lang: Lang,
    /// The name or pseudonym at the top.
    pub name: &'a str,
    /// When the map was made, in words.
    pub made: &'a str,
}

const STYLE: &str = "@page { size: A4; margin: 12mm; }
body { font-family: sans-serif; margin: 0; color: #000; }
.sheet { max-width: 186mm; margin: 0 auto; }
h1 { font-size: 16pt; margin: 0 0 1mm 0; }
p.made { margin: 0 0 2mm 0; font-size: 10pt; }
svg { display: block; width: 150mm; height: 150mm; margin: 0 auto; }
.ring { fill: none; stroke: #555; stroke-width: 0.006; }
.me { fill: #eee; stroke: #555; stroke-width: 0.006; }
.sector { stroke: #bbb; stroke-width: 0.004; }
.category { font-size: 0.055px; fill: #333; text-anchor: middle; dominant-baseline: middle; }
.person { fill: #000; }
.label { font-size: 0.045px; dominant-baseline: middle; }
.centre { font-size: 0.06px; text-anchor: middle; dominant-baseline: middle; font-weight: bold; }
ol.legend { columns: 2; column-gap: 8mm; font-size: 9pt; margin: 2mm 0; padding-left: 6mm; }
ol.legend li { break-inside: avoid; }
p.keys, p.small { font-size: 9pt; margin: 1mm 0; }
";

/// The y of the map in SVG, which counts downwards.
fn flip(y: f64) -> f64 {
    -y
}

/// The map as an SVG element, in coordinates from -1.4 to 1.4.
pub fn svg(map: &NetworkMap) -> String {
    let e = escape;
    let mut out = String::new();
    let title = e(&map.title);
    let _ = writeln!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"-1.4 -1.4 2.8 2.8\" role=\"img\" aria-label=\"{title}\">"
    );
    let rings = map.rings.len().max(1);
    for ring in (0..rings).rev() {
        let _ = writeln!(
            out,
            "<circle class=\"ring\" cx=\"0\" cy=\"0\" r=\"{:.4}\"><title>{}</title></circle>",
            layout::ring_radius(ring, rings),
            e(map.rings.get(ring).map_or("", String::as_str))
        );
    }
    for ((x1, y1), (x2, y2)) in layout::sector_lines(map.categories.len()) {
        let _ = writeln!(
            out,
            "<line class=\"sector\" x1=\"{x1:.4}\" y1=\"{:.4}\" x2=\"{x2:.4}\" y2=\"{:.4}\"/>",
            flip(y1),
            flip(y2)
        );
    }
    let _ = writeln!(
        out,
        "<circle class=\"me\" cx=\"0\" cy=\"0\" r=\"{ME_RADIUS:.4}\"/><text class=\"centre\" x=\"0\" y=\"0\">{}</text>",
        e(&map.me)
    );
    for (sector, name) in map.categories.iter().enumerate() {
        let (x, y) = layout::sector_label(sector, map.categories.len(), 1.16);
        let _ = writeln!(
            out,
            "<text class=\"category\" x=\"{x:.4}\" y=\"{:.4}\">{}</text>",
            flip(y),
            e(name)
        );
    }
    for placed in layout::place(map) {
        let Some(person) = map.people.get(placed.person) else {
            continue;
        };
        let radius = match person.importance {
            Some(0) => 0.028,
            Some(1) => 0.02,
            _ => 0.013,
        };
        let marks = person.mark_symbols(map);
        let (x, y) = (placed.x, flip(placed.y));
        let _ = writeln!(
            out,
            "<circle class=\"person\" cx=\"{x:.4}\" cy=\"{y:.4}\" r=\"{radius}\"/><text class=\"label\" x=\"{:.4}\" y=\"{y:.4}\">{} {}{}{}</text>",
            x + radius + 0.01,
            person.number,
            e(&short_name(&person.name, LABEL_CHARS)),
            if marks.is_empty() { "" } else { " " },
            e(&marks)
        );
    }
    let _ = writeln!(out, "</svg>");
    out
}

/// What the symbols mean, in one line.
pub fn keys_line(map: &NetworkMap, texts: &Texts) -> String {
    let mut parts: Vec<String> = map
        .importance
        .iter()
        .enumerate()
        .filter_map(|(i, label)| importance_symbol(Some(i)).map(|s| format!("{s} {label}")))
        .collect();
    parts.extend(
        map.marks
            .iter()
            .map(|m| format!("{} {}", m.symbol, m.label)),
    );
    format!("{}: {}", texts.get("map-keys", &[]), parts.join(" · "))
}

pub fn html(map: &NetworkMap, page: &Page) -> String {
    let e = escape;
    let texts = page.texts;
    let mut out = String::new();
    let _ = writeln!(out, "<!DOCTYPE html>");
    let _ = writeln!(out, "<html lang=\"{}\">", page.lang.tag());
    let _ = writeln!(out, "<head>\n<meta charset=\"utf-8\">");
    let _ = writeln!(
        out,
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
    );
    let _ = writeln!(out, "<title>{} – {}</title>", e(&map.title), e(page.name));
    let _ = writeln!(
        out,
        "<style>\n{STYLE}</style>\n</head>\n<body>\n<div class=\"sheet\">"
    );
    let _ = writeln!(out, "<h1>{} – {}</h1>", e(&map.title), e(page.name));
    let _ = writeln!(out, "<p class=\"made\">{}</p>", e(page.made));
    out.push_str(&svg(map));
    let _ = writeln!(out, "<p class=\"keys\">{}</p>", e(&keys_line(map, texts)));
    if map.people.is_empty() {
        let _ = writeln!(
            out,
            "<p class=\"small\">{}</p>",
            e(&texts.get("map-empty", &[]))
        );
    } else {
        let _ = writeln!(out, "<ol class=\"legend\">");
        for person in &map.people {
            let mut line = legend_line(map, person);
            if !person.placed() {
                line.push_str(&format!(" ({})", texts.get("map-not-placed", &[])));
            }
            let _ = writeln!(out, "<li value=\"{}\">{}</li>", person.number, e(&line));
        }
        let _ = writeln!(out, "</ol>");
    }
    if let Some((question, answer)) = &map.widen {
        let _ = writeln!(out, "<p class=\"small\">{} {}</p>", e(question), e(answer));
    }
    let _ = writeln!(out, "</div>\n</body>\n</html>");
    out
}

/// The map as text: the legend grouped by ring, innermost first.
pub fn text(map: &NetworkMap, page: &Page) -> String {
    let texts = page.texts;
    let mut out = String::new();
    let _ = writeln!(out, "{} – {}", map.title, page.name);
    let _ = writeln!(out, "{}", page.made);
    let _ = writeln!(out);
    if map.people.is_empty() {
        let _ = writeln!(out, "{}", texts.get("map-empty", &[]));
    }
    for (ring, label) in map.rings.iter().enumerate() {
        let here: Vec<_> = map.people.iter().filter(|p| p.ring == Some(ring)).collect();
        if here.is_empty() {
            continue;
        }
        let _ = writeln!(out, "{label}:");
        for person in here {
            let _ = writeln!(out, "  {}", legend_line(map, person));
        }
        let _ = writeln!(out);
    }
    let unplaced: Vec<_> = map.people.iter().filter(|p| p.ring.is_none()).collect();
    if !unplaced.is_empty() {
        let _ = writeln!(out, "{}:", texts.get("map-not-placed", &[]));
        for person in unplaced {
            let _ = writeln!(out, "  {}", legend_line(map, person));
        }
        let _ = writeln!(out);
    }
    for line in crate::card::wrap(&keys_line(map, texts), crate::card::TEXT_WIDTH) {
        let _ = writeln!(out, "{line}");
    }
    if let Some((question, answer)) = &map.widen {
        let _ = writeln!(out, "{question} {answer}");
    }
    out
}
