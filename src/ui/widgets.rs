//! Small drawing helpers shared by the screens. Text is wrapped here, by display width,
//! rather than by `Paragraph`'s own wrapping (which can panic on a wide glyph in a narrow
//! area, ratatui#2679).

use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

use super::text_field::TextField;
use super::theme::Theme;

/// Wraps text to `width` display columns, keeping its line breaks.
pub fn wrap(text: &str, width: u16) -> Vec<String> {
    let field = TextField::new(text, true);
    field
        .rows(width.saturating_add(1))
        .into_iter()
        .map(|row| field.row_text(row).trim_end().to_owned())
        .collect()
}

/// A rectangle of at most `width`×`height`, centred in `area`.
pub fn centred(area: Rect, width: u16, height: u16) -> Rect {
    let width = width.min(area.width);
    let height = height.min(area.height);
    Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + (area.height - height) / 2,
        width,
        height,
    }
}

/// The keys at the bottom of every screen, `(key, what it does)` pairs, laid out in as
/// many lines as they need without ever splitting a key from what it does.
pub fn footer_lines(keys: &[(String, String)], width: u16) -> Vec<Vec<(String, String)>> {
    let width = usize::from(width.max(10));
    let mut lines: Vec<Vec<(String, String)>> = vec![Vec::new()];
    let mut used = 0;
    for (key, what) in keys {
        let item = key.chars().count() + 1 + what.chars().count();
        let separator = if used == 0 { 0 } else { 3 };
        if used > 0 && used + separator + item > width {
            lines.push(Vec::new());
            used = 0;
        }
        used += if used == 0 { item } else { 3 + item };
        if let Some(line) = lines.last_mut() {
            line.push((key.clone(), what.clone()));
        }
    }
    lines
}

pub fn footer(frame: &mut Frame, area: Rect, theme: &Theme, keys: &[(String, String)]) {
    let lines: Vec<Line> = footer_lines(keys, area.width)
        .into_iter()
        .map(|items| {
            let mut spans = Vec::new();
            for (index, (key, what)) in items.into_iter().enumerate() {
                if index > 0 {
                    spans.push(Span::styled(" · ", theme.footer));
                }
                spans.push(Span::styled(key, theme.accent));
                spans.push(Span::styled(format!(" {what}"), theme.footer));
            }
            Line::from(spans)
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), area);
}

/// A line cut to `width` columns, with `…` where something was cut.
pub fn ellipsis(text: &str, width: u16) -> String {
    // One line: the line breaks of a longer text become spaces.
    let text = &text.replace('\n', " ");
    let width = usize::from(width);
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = super::text_field::char_width(c);
        if used + w > width.saturating_sub(1) && text.chars().count() > out.chars().count() {
            let rest: usize = text
                .chars()
                .skip(out.chars().count())
                .map(super::text_field::char_width)
                .sum();
            if used + rest <= width {
                out.extend(text.chars().skip(out.chars().count()));
                return out;
            }
            out.push('…');
            return out;
        }
        out.push(c);
        used += w;
    }
    out
}

/// A message in a bordered box over the screen, with what to press to go on.
pub fn message_box(frame: &mut Frame, area: Rect, theme: &Theme, message: &str, dismiss: &str) {
    let width = area.width.saturating_sub(8).clamp(20, 70);
    let mut lines: Vec<Line> = wrap(message, width - 4)
        .into_iter()
        .map(|l| Line::styled(l, theme.warning))
        .collect();
    lines.push(Line::default());
    lines.push(Line::styled(dismiss.to_owned(), theme.accent));
    let height = (lines.len() as u16 + 2).min(area.height);
    let rect = centred(area, width, height);
    // The box stands alone: half-covered text around it would read as part of it.
    frame.render_widget(Clear, area);
    frame.render_widget(
        Paragraph::new(lines).block(Block::bordered().border_style(theme.border)),
        rect,
    );
}

/// Lines of text, each centred or left-aligned, styled alike.
pub fn lines_in(frame: &mut Frame, area: Rect, lines: Vec<Line<'static>>, alignment: Alignment) {
    frame.render_widget(Paragraph::new(lines).alignment(alignment), area);
}

/// Clears a box and a margin of one cell around it, so that no half-covered text of the
/// screen below touches its border.
pub fn clear_around(frame: &mut Frame, rect: Rect, area: Rect) {
    let x = rect.x.saturating_sub(1).max(area.x);
    let y = rect.y.saturating_sub(1).max(area.y);
    let right = (rect.x + rect.width + 1).min(area.x + area.width);
    let bottom = (rect.y + rect.height + 1).min(area.y + area.height);
    frame.render_widget(Clear, Rect::new(x, y, right - x, bottom - y));
}

/// A line with the selection marker before it when selected: the marker carries the
/// selection where a theme without colour cannot.
pub fn marked(text: &str, selected: bool, theme: &Theme) -> Line<'static> {
    use super::theme::{MARKER, NO_MARKER};
    if selected {
        Line::from(vec![
            Span::styled(MARKER, theme.accent),
            Span::styled(text.to_owned(), theme.selected),
        ])
    } else {
        Line::from(vec![
            Span::raw(NO_MARKER),
            Span::styled(text.to_owned(), theme.text),
        ])
    }
}
