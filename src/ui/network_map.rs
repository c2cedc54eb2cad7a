//! The network map on screen: rings of closeness around the citizen, a sector for each
//! category, each person a number (and as much of their name as fits) at their place,
//! and beside it the numbered legend with the marks. Pure: draws a [`NetworkMap`] into
//! an area; the positions are [`netmap::layout`]'s, the same the print uses.
//!
//! Labels never overlap: each takes the cells it needs, and where a name does not fit it
//! is left out (the number stays, and the legend has the whole name). Below the size it
//! needs, it says what size that is instead of drawing a broken map.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Color;
use ratatui::symbols::Marker;
use ratatui::text::Line;

use ratatui::widgets::canvas::{Canvas, Circle, Context as Ctx, Line as Stroke};
use unicode_width::UnicodeWidthStr;

use super::theme::Theme;
use super::widgets;
use crate::i18n::Texts;
use crate::netmap::layout::{self, ME_RADIUS};
use crate::netmap::{NetworkMap, legend_line, short_name};
use crate::ui::lines::Lines;

/// The smallest area the map is drawn in: a map of 15 rows and a legend beside it.
pub const MIN_AREA: (u16, u16) = (56, 15);
/// The map's coordinates reach this far each way (the category names sit outside the
/// outer ring).
const BOUND: f64 = 1.35;
/// How many characters of a name are put beside its number when they fit.
const NAME_CHARS: usize = 8;

/// Cells already written on: labels take their place in order, and a label that would
/// cover another is shortened or moved.
struct Cells {
    width: usize,
    height: usize,
    taken: Vec<bool>,
}

impl Cells {
    fn free(&self, col: usize, row: usize, len: usize) -> bool {
        // A free cell on each side, so that two numbers never read as one.
        row < self.height
            && col + len <= self.width
            && (col.saturating_sub(1)..(col + len + 1).min(self.width))
                .all(|c| !self.taken[row * self.width + c])
    }

    fn take(&mut self, col: usize, row: usize, len: usize) {
        for c in col..col + len {
            self.taken[row * self.width + c] = true;
        }
    }
}

/// A label placed at a cell of the map area.
struct Label {
    col: usize,
    row: usize,
    text: String,
    strong: bool,
}

/// Puts `candidates` (longest first) at or next to `(col, row)` where they do not cover
/// another label; the first that fits wins.
fn put(
    cells: &mut Cells,
    col: isize,
    row: isize,
    candidates: &[String],
) -> Option<(usize, usize, String)> {
    let nearby = [
        (0, 0),
        (0, -1),
        (0, 1),
        (-1, 0),
        (1, 0),
        (-2, -1),
        (-2, 1),
        (2, -1),
        (2, 1),
    ];
    for text in candidates {
        let len = text.width();
        for (dc, dr) in nearby {
            let (c, r) = (col + dc, row + dr);
            if c < 0 || r < 0 {
                continue;
            }
            let (c, r) = (c as usize, r as usize);
            if cells.free(c, r, len) {
                cells.take(c, r, len);
                return Some((c, r, text.clone()));
            }
        }
    }
    None
}

/// The size the whole screen must be for the map, given how much of it `area` is.
pub fn needed(frame_size: (u16, u16), area: Rect) -> (u16, u16) {
    let extra_w = frame_size.0.saturating_sub(area.width);
    let extra_h = frame_size.1.saturating_sub(area.height);
    (MIN_AREA.0 + extra_w, MIN_AREA.1 + extra_h)
}

pub fn view(map: &NetworkMap, texts: &Texts, theme: &Theme, frame: &mut Frame, area: Rect) {
    if area.width < MIN_AREA.0 || area.height < MIN_AREA.1 {
        let size = frame.area();
        let (w, h) = needed((size.width, size.height), area);
        let words = texts.get(
            "map-too-small",
            &[("width", w.to_string()), ("height", h.to_string())],
        );
        let lines: Vec<Line> = widgets::wrap(&words, area.width)
            .into_iter()
            .map(|l| Line::styled(l, theme.warning))
            .collect();
        frame.render_widget(Lines::new(lines), area);
        return;
    }
    // A round map: a cell is about twice as tall as it is wide.
    let rows = area.height;
    let cols = (rows * 2).min(area.width * 11 / 20);
    let rows = rows.min(cols / 2 + 1);
    let map_area = Rect::new(area.x, area.y, cols, rows);
    let legend_area = Rect::new(
        area.x + cols + 1,
        area.y,
        area.width.saturating_sub(cols + 1),
        area.height,
    );
    draw_map(map, theme, frame, map_area);
    draw_legend(map, texts, theme, frame, legend_area);
}

fn colour(style: ratatui::style::Style) -> Color {
    style.fg.unwrap_or(Color::Reset)
}

fn draw_map(map: &NetworkMap, theme: &Theme, frame: &mut Frame, area: Rect) {
    let (width, height) = (usize::from(area.width), usize::from(area.height));
    let to_cell = |x: f64, y: f64| -> (isize, isize) {
        let col = ((x + BOUND) / (2.0 * BOUND) * width as f64).floor() as isize;
        let row = ((BOUND - y) / (2.0 * BOUND) * height as f64).floor() as isize;
        (col, row)
    };
    let mut cells = Cells {
        width,
        height,
        taken: vec![false; width * height],
    };
    let mut labels = Vec::new();
    // The middle first, then the people (the most important first), then the categories
    // where there is room.
    let (c, r) = to_cell(0.0, 0.0);
    let me_len = map.me.width() as isize;
    if let Some((col, row, text)) =
        put(&mut cells, c - me_len / 2, r, std::slice::from_ref(&map.me))
    {
        labels.push(Label {
            col,
            row,
            text,
            strong: true,
        });
    }
    let mut placed = layout::place(map);
    placed.sort_by_key(|p| {
        map.people.get(p.person).map_or((usize::MAX, 0), |person| {
            (person.importance.unwrap_or(9), person.number)
        })
    });
    for spot in placed {
        let Some(person) = map.people.get(spot.person) else {
            continue;
        };
        let (c, r) = to_cell(spot.x, spot.y);
        let number = person.number.to_string();
        let marks = person.mark_symbols(map);
        let name = short_name(&person.name, NAME_CHARS);
        let candidates = [
            format!("{number} {name}{marks}"),
            format!("{number}{marks}"),
            number.clone(),
        ];
        if let Some((col, row, text)) = put(&mut cells, c, r, &candidates) {
            labels.push(Label {
                col,
                row,
                text,
                strong: person.importance == Some(0),
            });
        }
    }
    let sectors = map.categories.len();
    for (sector, name) in map.categories.iter().enumerate() {
        let (x, y) = layout::sector_label(sector, sectors, 1.18);
        let (c, r) = to_cell(x, y);
        let short = short_name(name, 9);
        let len = short.width() as isize;
        let c = (c - len / 2).clamp(0, (width as isize - len).max(0));
        let r = r.clamp(0, height as isize - 1);
        let tiny = short_name(name, 4);
        if let Some((col, row, text)) = put(&mut cells, c, r, &[short, tiny]) {
            labels.push(Label {
                col,
                row,
                text,
                strong: false,
            });
        }
    }
    let rings = map.rings.len().max(1);
    let line_colour = colour(theme.dim);
    let ring_colour = colour(theme.border);
    let (text_style, strong_style, dim_style) = (theme.text, theme.accent, theme.dim);
    let canvas = Canvas::default()
        .marker(Marker::Braille)
        .x_bounds([-BOUND, BOUND])
        .y_bounds([-BOUND, BOUND])
        .paint(move |ctx: &mut Ctx| {
            for ((x1, y1), (x2, y2)) in layout::sector_lines(sectors) {
                ctx.draw(&Stroke::new(x1, y1, x2, y2, line_colour));
            }
            ctx.draw(&Circle::new(0.0, 0.0, ME_RADIUS, ring_colour));
            for ring in 0..rings {
                ctx.draw(&Circle::new(
                    0.0,
                    0.0,
                    layout::ring_radius(ring, rings),
                    ring_colour,
                ));
            }
        });
    frame.render_widget(canvas, area);
    // Labels go straight into their cells, over the lines, exactly where they were fitted.
    let buffer = frame.buffer_mut();
    for label in &labels {
        let style = if label.strong {
            strong_style
        } else if label.text.starts_with(|c: char| c.is_ascii_digit()) {
            text_style
        } else {
            dim_style
        };
        buffer.set_string(
            area.x + label.col as u16,
            area.y + label.row as u16,
            &label.text,
            style,
        );
    }
}

fn draw_legend(map: &NetworkMap, texts: &Texts, theme: &Theme, frame: &mut Frame, area: Rect) {
    let width = usize::from(area.width);
    let mut lines = Vec::new();
    for line in widgets::wrap(&crate::netmap::print::keys_line(map, texts), area.width) {
        lines.push(Line::styled(line, theme.dim));
    }
    lines.push(Line::default());
    if map.people.is_empty() {
        lines.push(Line::styled(texts.get("map-empty", &[]), theme.text));
    }
    let room = usize::from(area.height).saturating_sub(lines.len());
    let count = map.people.len();
    let shown = if count > room {
        room.saturating_sub(1)
    } else {
        count
    };
    for person in map.people.iter().take(shown) {
        let mut text = legend_line(map, person);
        if !person.placed() {
            text.push_str(&format!(" ({})", texts.get("map-not-placed", &[])));
        }
        lines.push(Line::styled(fit(&text, width), theme.text));
    }
    if shown < count {
        let more = texts.get("map-more", &[("count", (count - shown).to_string())]);
        lines.push(Line::styled(fit(&more, width), theme.dim));
    }
    frame.render_widget(Lines::new(lines), area);
}

/// A line cut to `width` columns, with `…` when cut.
fn fit(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_owned();
    }
    let mut out = String::new();
    for c in text.chars() {
        if out.width() + unicode_width::UnicodeWidthChar::width(c).unwrap_or(0) + 1 > width {
            break;
        }
        out.push(c);
    }
    out.push('…');
    out
}
