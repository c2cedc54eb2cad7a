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

/// The keys at the bottom of every screen: `(key, what it does)` pairs.
pub fn footer(frame: &mut Frame, area: Rect, theme: &Theme, keys: &[(String, String)]) {
    let mut spans = Vec::new();
    for (index, (key, what)) in keys.iter().enumerate() {
        if index > 0 {
            spans.push(Span::styled(" · ", theme.footer));
        }
        spans.push(Span::styled(key.clone(), theme.accent));
        spans.push(Span::styled(format!(" {what}"), theme.footer));
    }
    // A footer wider than the screen wraps onto the lines it has.
    let text: String = spans.iter().map(|s| s.content.as_ref()).collect();
    if text.chars().count() <= usize::from(area.width) {
        frame.render_widget(Paragraph::new(Line::from(spans)), area);
    } else {
        let lines: Vec<Line> = wrap(&text, area.width)
            .into_iter()
            .map(|l| Line::styled(l, theme.footer))
            .collect();
        frame.render_widget(Paragraph::new(lines), area);
    }
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
    frame.render_widget(Clear, rect);
    frame.render_widget(
        Paragraph::new(lines).block(Block::bordered().border_style(theme.border)),
        rect,
    );
}

/// Lines of text, each centred or left-aligned, styled alike.
pub fn lines_in(frame: &mut Frame, area: Rect, lines: Vec<Line<'static>>, alignment: Alignment) {
    frame.render_widget(Paragraph::new(lines).alignment(alignment), area);
}
