//! Lines drawn as they are: one to a row, cut at the width of the area, aligned.
//!
//! Every screen here wraps its own text (`widgets::wrap`) and hands ratatui finished lines.
//! `Paragraph` draws those the same way, but first sets a style on every cell of its area
//! twice over (its own style, which ours never have, so it changes nothing), and that
//! was the largest part of drawing a frame after the layout: 167 thousand of 660 thousand
//! instructions for the first question. [`Lines`] draws what `Paragraph` draws without
//! that pass; the tests hold the two to the same cells for any text, area and block.

use ratatui::buffer::{Buffer, CellWidth};
use ratatui::layout::{Alignment, Position, Rect};
use ratatui::text::{StyledGrapheme, Text};
use ratatui::widgets::{Block, Widget};

/// What `Paragraph::new(text)` shows, with no style, wrapping or scrolling of its own.
pub struct Lines<'a> {
    text: Text<'a>,
    alignment: Alignment,
    block: Option<Block<'a>>,
}

impl<'a> Lines<'a> {
    pub fn new(text: impl Into<Text<'a>>) -> Lines<'a> {
        let text = text.into();
        Lines {
            alignment: text.alignment.unwrap_or(Alignment::Left),
            text,
            block: None,
        }
    }

    /// How a line without an alignment of its own is aligned.
    pub fn alignment(mut self, alignment: Alignment) -> Lines<'a> {
        self.alignment = alignment;
        self
    }

    /// A block around the lines, which are drawn inside it.
    pub fn block(mut self, block: Block<'a>) -> Lines<'a> {
        self.block = Some(block);
        self
    }
}

impl Widget for Lines<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let area = area.intersection(buf.area);
        let area = match self.block {
            Some(block) => {
                let inner = block.inner(area);
                block.render(area, buf);
                inner
            }
            None => area,
        };
        if area.is_empty() {
            return;
        }
        let mut row: Vec<StyledGrapheme> = Vec::new();
        for (y, line) in (area.top()..area.bottom()).zip(self.text.iter()) {
            // Graphemes up to the width of the area; one wider than the area is left out.
            row.clear();
            let mut width = 0;
            for grapheme in line.styled_graphemes(self.text.style) {
                let grapheme_width = grapheme.symbol.cell_width();
                if grapheme_width > area.width {
                    continue;
                }
                if width + grapheme_width > area.width {
                    break;
                }
                width += grapheme_width;
                row.push(grapheme);
            }
            let mut x = area.left()
                + match line.alignment.unwrap_or(self.alignment) {
                    Alignment::Center => (area.width / 2).saturating_sub(width / 2),
                    Alignment::Right => area.width.saturating_sub(width),
                    Alignment::Left => 0,
                };
            for StyledGrapheme { symbol, style } in &row {
                let grapheme_width = symbol.cell_width();
                if grapheme_width == 0 {
                    continue;
                }
                // An empty symbol would leave what was under it: a space overwrites it.
                let symbol = if symbol.is_empty() { " " } else { symbol };
                buf[Position::new(x, y)]
                    .set_symbol(symbol)
                    .set_style(*style);
                x += grapheme_width;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use ratatui::style::{Color, Modifier, Style};
    use ratatui::text::{Line, Span};
    use ratatui::widgets::Paragraph;

    /// Letters, Danish ones, wide ones, emoji, combining marks and zero-width joiners.
    fn symbol() -> impl Strategy<Value = &'static str> {
        prop::sample::select(vec![
            "a",
            "Z",
            " ",
            "æ",
            "ø",
            "Å",
            "„",
            "“",
            "…",
            "漢",
            "字",
            "😀",
            "👩‍👩‍👧",
            "e\u{301}",
            "\u{200d}",
            "\u{fe0f}",
            "ﾞ",
            "-",
            "",
        ])
    }

    fn style() -> impl Strategy<Value = Style> {
        prop_oneof![
            Just(Style::default()),
            Just(Style::default().fg(Color::Cyan)),
            Just(Style::default().add_modifier(Modifier::BOLD)),
            Just(
                Style::default()
                    .bg(Color::Red)
                    .add_modifier(Modifier::REVERSED)
            ),
        ]
    }

    fn alignment() -> impl Strategy<Value = Alignment> {
        prop_oneof![
            Just(Alignment::Left),
            Just(Alignment::Center),
            Just(Alignment::Right)
        ]
    }

    fn line() -> impl Strategy<Value = Line<'static>> {
        (
            prop::collection::vec((prop::collection::vec(symbol(), 0..8), style()), 0..4),
            style(),
            prop::option::of(alignment()),
        )
            .prop_map(|(spans, style, alignment)| {
                let spans: Vec<Span> = spans
                    .into_iter()
                    .map(|(symbols, style)| Span::styled(symbols.concat(), style))
                    .collect();
                let line = Line::from(spans).style(style);
                match alignment {
                    Some(alignment) => line.alignment(alignment),
                    None => line,
                }
            })
    }

    proptest! {
        #[test]
        fn lines_draw_what_a_paragraph_draws(
            lines in prop::collection::vec(line(), 0..6),
            alignment in alignment(),
            bordered in any::<bool>(),
            (x, y, width, height) in (0u16..4, 0u16..4, 0u16..24, 0u16..8),
            under in prop::collection::vec(symbol(), 1..5),
        ) {
            // Something already there, to see that both overwrite it alike.
            let frame = Rect::new(0, 0, 20, 10);
            let mut before = Buffer::empty(frame);
            for (i, cell) in before.content.iter_mut().enumerate() {
                cell.set_symbol(under[i % under.len()]);
            }
            let area = Rect::new(x, y, width, height);
            let block = || Block::bordered().title("Titel æ");
            let mut ours = before.clone();
            let mut theirs = before;
            let mut lines_widget = Lines::new(lines.clone()).alignment(alignment);
            let mut paragraph = Paragraph::new(lines).alignment(alignment);
            if bordered {
                lines_widget = lines_widget.block(block());
                paragraph = paragraph.block(block());
            }
            lines_widget.render(area, &mut ours);
            paragraph.render(area, &mut theirs);
            prop_assert_eq!(ours, theirs);
        }
    }
}
