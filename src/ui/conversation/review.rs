//! The review before finishing: every answer once more ("Skal vi skrive det sådan?"),
//! any of them can be opened and corrected. It opens on the finishing row, so Enter
//! finishes; after a correction it comes back to the answer corrected.

use ratatui::Frame;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::layout::Rect;
use ratatui::text::Line;

use crate::engine::{Msg, Session, Stamp};
use crate::i18n::Texts;
use crate::script::Step;
use crate::ui::lines::Lines;
use crate::ui::theme::Theme;
use crate::ui::{ctrl, widgets};
use crate::wording;

#[derive(Debug, Clone, PartialEq)]
pub(super) struct Review {
    /// The row selected: an answer, or one past the last for "finish".
    cursor: usize,
}

/// The rows of the review as drawn: which screen row each answer (and "finish") is on.
struct Drawn {
    lines: Vec<Line<'static>>,
    /// The first line of each answer, then of the finishing row.
    starts: Vec<usize>,
}

impl Review {
    /// Opens on the finishing row, or on the answer just corrected.
    pub(super) fn open(session: &Session, corrected: Option<&str>) -> Review {
        let items = items(session);
        let cursor = corrected
            .and_then(|id| items.iter().position(|s| s.id == id))
            .unwrap_or(items.len());
        Review { cursor }
    }

    pub(super) fn key(&mut self, session: &Session, key: KeyEvent, now: Stamp) -> Option<Msg> {
        let items = items(session);
        match key.code {
            KeyCode::Esc => return Some(Msg::Back),
            KeyCode::Down => self.cursor = (self.cursor + 1).min(items.len()),
            KeyCode::Up => self.cursor = self.cursor.saturating_sub(1),
            KeyCode::End => self.cursor = items.len(),
            KeyCode::Home => self.cursor = 0,
            KeyCode::Enter => return Some(self.choose(&items, now)),
            _ if ctrl(&key, 'd') => return Some(Msg::Finish(now)),
            _ => {}
        }
        None
    }

    fn choose(&self, items: &[Step], now: Stamp) -> Msg {
        match items.get(self.cursor) {
            Some(step) => Msg::Revise(step.id.clone()),
            None => Msg::Finish(now),
        }
    }

    /// A click (or a tap) on an answer opens it; on the finishing row, finishes.
    pub(super) fn click(
        &mut self,
        session: &Session,
        texts: &Texts,
        theme: &Theme,
        area: Rect,
        row: u16,
        now: Stamp,
    ) -> Option<Msg> {
        let (_, list) = split(area);
        if row < list.y {
            return None;
        }
        let drawn = self.draw(session, texts, theme, list.width);
        let line = usize::from(row - list.y) + self.skip(&drawn, list.height);
        let index = drawn
            .starts
            .iter()
            .rposition(|start| *start <= line)
            .filter(|i| {
                // The finishing row is one line; an answer runs until the next one starts.
                *i + 1 < drawn.starts.len() || line == drawn.starts[*i]
            })?;
        self.cursor = index;
        Some(self.choose(&items(session), now))
    }

    /// Scrolled just enough to show the selected answer whole, with the line after it
    /// (so the finishing row shows under the last answer), and never further than the
    /// end: no blank rows below while text is cut off above.
    fn skip(&self, drawn: &Drawn, height: u16) -> usize {
        let height = usize::from(height);
        let end = drawn
            .starts
            .get(self.cursor + 1)
            .copied()
            .unwrap_or_else(|| drawn.starts.get(self.cursor).map_or(0, |s| s + 1));
        (end + 1)
            .saturating_sub(height)
            .min(drawn.lines.len().saturating_sub(height))
    }

    fn draw(&self, session: &Session, texts: &Texts, theme: &Theme, width: u16) -> Drawn {
        let dialogue = session.dialogue();
        let mut lines = Vec::new();
        let mut starts = Vec::new();
        let width = width.saturating_sub(6);
        let items = items(session);
        for (index, step) in items.iter().enumerate() {
            let question = wording::question(texts, dialogue, step, None);
            let answer = match session.answer(&step.id) {
                Some(answer) => wording::answer(texts, dialogue, step, answer),
                None => texts.get("answer-none", &[]),
            };
            // One line a question, cut with an ellipsis where it does not fit: never
            // cut off mid-sentence as if it ended there.
            let number = format!("{}. ", index + 1);
            let room = width.saturating_sub(number.chars().count() as u16);
            starts.push(lines.len());
            lines.push(widgets::marked(
                &format!("{number}{}", widgets::ellipsis(&question, room)),
                index == self.cursor,
                theme,
            ));
            // In a revision, whether the answer is the plan's, changed or new.
            let carried = session
                .carried(&step.id)
                .map(|c| format!("({}) ", texts.get(c.key(), &[])));
            let room =
                width.saturating_sub(carried.as_ref().map_or(0, |c| c.chars().count() as u16));
            for (n, line) in widgets::wrap(&answer, room).into_iter().take(4).enumerate() {
                match (&carried, n) {
                    (Some(mark), 0) => lines.push(Line::from(vec![
                        ratatui::text::Span::styled(format!("      {mark}"), theme.dim),
                        ratatui::text::Span::styled(line, theme.accent),
                    ])),
                    _ => lines.push(Line::styled(format!("      {line}"), theme.accent)),
                }
            }
        }
        let hidden = session.hidden_answers();
        if !hidden.is_empty() {
            lines.push(Line::default());
            for line in widgets::wrap(&texts.get("plain-review-hidden", &[]), width) {
                lines.push(Line::styled(line, theme.dim));
            }
            for id in hidden {
                if let Some((_, step)) = session.steps().into_iter().find(|(_, s)| s.id == id) {
                    let answer = session
                        .answer(&id)
                        .map(|a| wording::answer(texts, dialogue, step, a))
                        .unwrap_or_default();
                    let question = wording::question(texts, dialogue, step, None);
                    lines.push(Line::styled(
                        format!("  - {}", widgets::ellipsis(&question, width)),
                        theme.dim,
                    ));
                    for line in widgets::wrap(&answer, width).into_iter().take(2) {
                        lines.push(Line::styled(format!("      {line}"), theme.dim));
                    }
                }
            }
        }
        lines.push(Line::default());
        starts.push(lines.len());
        lines.push(widgets::marked(
            &texts.get("tui-review-finish", &[]),
            self.cursor == items.len(),
            theme,
        ));
        Drawn { lines, starts }
    }

    /// The question stays at the top ("Skal vi skrive det sådan?"); the answers scroll
    /// under it.
    pub(super) fn view(
        &self,
        session: &Session,
        texts: &Texts,
        theme: &Theme,
        frame: &mut Frame,
        area: Rect,
    ) {
        let (heading, list) = split(area);
        frame.render_widget(
            Lines::new(Line::styled(
                widgets::ellipsis(&texts.get("plain-review-heading", &[]), heading.width),
                theme.question,
            )),
            heading,
        );
        let drawn = self.draw(session, texts, theme, list.width);
        let skip = self.skip(&drawn, list.height);
        let visible: Vec<Line> = drawn.lines.into_iter().skip(skip).collect();
        frame.render_widget(Lines::new(visible), list);
    }
}

/// The heading's row (and a blank one), and the rest for the list.
fn split(area: Rect) -> (Rect, Rect) {
    let heading = Rect { height: 1, ..area };
    let gap = 2.min(area.height);
    let list = Rect {
        y: area.y + gap,
        height: area.height - gap,
        ..area
    };
    (heading, list)
}

/// The questions on the path, in order: what the review lists.
pub(super) fn items(session: &Session) -> Vec<Step> {
    let steps = session.steps();
    session
        .path()
        .into_iter()
        .map(|i| steps[i].1.clone())
        .filter(|s| s.kind.is_question())
        .collect()
}
