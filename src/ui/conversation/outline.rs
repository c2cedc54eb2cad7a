//! The rehearsal outline (Ctrl+G): the whole guide with its sections, when each question
//! is asked, and which are not on the path now; Enter jumps to a question.

use ratatui::Frame;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Clear};

use crate::engine::{Msg, Session};
use crate::i18n::Texts;
use crate::ui::lines::Lines;
use crate::ui::theme::{NO_MARKER, Theme};
use crate::ui::widgets;
use crate::wording;

/// What a key on the open outline does.
pub(super) enum OutlineKey {
    /// The outline stays open, its cursor here.
    Move(usize),
    Close,
    Go(Msg),
}

pub(super) fn key(session: &Session, key: KeyEvent, cursor: usize) -> OutlineKey {
    let count = session.steps().len();
    match key.code {
        KeyCode::Esc => OutlineKey::Close,
        KeyCode::Down => OutlineKey::Move((cursor + 1).min(count.saturating_sub(1))),
        KeyCode::Up => OutlineKey::Move(cursor.saturating_sub(1)),
        KeyCode::Enter => match session.steps().get(cursor) {
            Some((_, step)) => OutlineKey::Go(Msg::GoToStep(step.id.clone())),
            None => OutlineKey::Close,
        },
        _ => OutlineKey::Move(cursor),
    }
}

pub(super) fn view(
    session: &Session,
    texts: &Texts,
    theme: &Theme,
    frame: &mut Frame,
    area: Rect,
    cursor: usize,
) {
    let dialogue = session.dialogue();
    let rect = widgets::centred(
        area,
        area.width.saturating_sub(4),
        area.height.saturating_sub(2),
    );
    let block = Block::bordered()
        .title(texts.get("tui-outline-title", &[]))
        .border_style(theme.border);
    let inner = block.inner(rect);
    let on_path: Vec<usize> = session.path();
    let mut lines = Vec::new();
    let mut last_section = "";
    let mut selected_line = 0;
    for (index, (section, step)) in session.steps().into_iter().enumerate() {
        if section != last_section {
            lines.push(Line::styled(
                wording::section(texts, dialogue, section),
                theme.title,
            ));
            last_section = section;
        }
        let question = wording::question(texts, dialogue, step, None);
        let mut marks = String::new();
        if let Some(cond) = &step.when {
            let shown = wording::condition_in(texts, dialogue, cond);
            marks = format!(
                " {}",
                texts.get("tui-outline-conditional", &[("condition", shown)])
            );
        }
        if !on_path.contains(&index) {
            marks = format!("{marks} {}", texts.get("tui-outline-not-asked", &[]));
        }
        if index == cursor {
            selected_line = lines.len();
        }
        // The question gives way to what the trainer needs: when it is asked.
        let room = inner.width.saturating_sub(2);
        let marks_width = marks.chars().count() as u16;
        if marks_width + 12 <= room {
            let text = format!(
                "{}{marks}",
                widgets::ellipsis(&question, room - marks_width)
            );
            lines.push(widgets::marked(&text, index == cursor, theme));
        } else {
            // When it is asked is what the trainer opened the outline for: it gets lines
            // of its own under the question rather than being cut off after it.
            lines.push(widgets::marked(
                &widgets::ellipsis(&question, room),
                index == cursor,
                theme,
            ));
            for line in widgets::wrap(marks.trim_start(), room.saturating_sub(2)) {
                lines.push(Line::styled(format!("{}  {line}", NO_MARKER), theme.dim));
            }
        }
    }
    let skip = (selected_line + 2).saturating_sub(usize::from(inner.height));
    frame.render_widget(Clear, area);
    frame.render_widget(
        Lines::new(lines.into_iter().skip(skip).collect::<Vec<_>>()).block(block),
        rect,
    );
}
