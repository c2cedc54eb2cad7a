//! Typing an answer: a short text, a long text (Enter makes a new line, Ctrl+D goes on),
//! or a number. What is typed stays the person's until they confirm it, skip it on
//! purpose, or it is kept as a draft: it is never dropped on the way.

use ratatui::Frame;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Block;

use super::{Act, StepCx};
use crate::engine::{self, Msg, Value};
use crate::i18n::{Lang, parse_number};
use crate::script::{Step, StepKind};
use crate::ui::ctrl;
use crate::ui::lines::Lines;
use crate::ui::text_field::{TextField, TooLong};
use crate::ui::theme::Theme;

#[derive(Debug, Clone, PartialEq)]
pub(super) struct TextInput {
    pub(super) field: TextField,
    /// A number step: only what can be part of a number is typed.
    number: bool,
}

impl TextInput {
    pub(super) fn new(
        step: &Step,
        lang: Lang,
        answer: Option<&Value>,
        draft: Option<&str>,
    ) -> TextInput {
        let multiline = matches!(step.kind, StepKind::LongText { .. });
        let number = matches!(step.kind, StepKind::Number { .. });
        let recorded = recorded(step, lang, answer);
        TextInput {
            field: TextField::new(draft.unwrap_or(&recorded), multiline),
            number,
        }
    }

    /// Typed and not confirmed (other than the answer recorded): a draft to keep.
    pub(super) fn unconfirmed(
        &self,
        step: &Step,
        lang: Lang,
        answer: Option<&Value>,
    ) -> Option<String> {
        let text = self.field.text();
        (text != recorded(step, lang, answer) && !text.trim().is_empty()).then_some(text)
    }

    pub(super) fn is_multiline(&self) -> bool {
        self.field.is_multiline()
    }

    pub(super) fn key(&mut self, cx: &StepCx, key: KeyEvent, confirm: bool, width: u16) -> Act {
        if confirm {
            return self.confirm(cx);
        }
        if self.number
            && let KeyCode::Char(c) = key.code
            && !(c.is_ascii_digit() || matches!(c, ',' | '.' | '-'))
        {
            return Act::Stay;
        }
        edit(&mut self.field, key, width, cx)
    }

    pub(super) fn paste(&mut self, cx: &StepCx, text: &str) -> Act {
        paste_into(&mut self.field, text, cx)
    }

    fn confirm(&mut self, cx: &StepCx) -> Act {
        let text = self.field.text();
        if text.trim().is_empty() {
            // Skipping is an act of its own (Ctrl+S): an empty Enter only says so.
            return Act::Say(cx.texts.get("notice-type-first", &[]));
        }
        if !self.number {
            return Act::Send(Msg::Answer(Value::Text(text), cx.now));
        }
        match parse_number(&text) {
            Some(n) => Act::Send(Msg::Answer(Value::Number(n), cx.now)),
            None => Act::Say(cx.texts.get(
                "notice-not-a-number",
                &[("text", engine::neutralise(text.trim()))],
            )),
        }
    }

    pub(super) fn view(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        field_view(frame, area, &self.field, theme);
    }
}

/// The answer so far as it stands in the field.
fn recorded(step: &Step, lang: Lang, answer: Option<&Value>) -> String {
    match (answer, &step.kind) {
        (Some(Value::Text(text)), _) => text.clone(),
        // Numbers are typed back in the same form as they are shown.
        (Some(Value::Number(n)), StepKind::Number { decimals, .. }) => {
            crate::i18n::format_number(lang, *n, *decimals)
        }
        _ => String::new(),
    }
}

/// Editing keys of a text field; too much text is refused in words, never cut.
pub(super) fn edit(field: &mut TextField, key: KeyEvent, width: u16, cx: &StepCx) -> Act {
    if ctrl(&key, 'z') {
        field.undo();
        return Act::Stay;
    }
    let typed = match key.code {
        KeyCode::Char(c)
            if !key.modifiers.contains(KeyModifiers::CONTROL)
                && !key.modifiers.contains(KeyModifiers::ALT) =>
        {
            Some(c)
        }
        KeyCode::Enter => Some('\n'),
        KeyCode::Tab => Some('\t'),
        _ => None,
    };
    if let Some(c) = typed {
        return refused(field.insert(c), cx);
    }
    match key.code {
        KeyCode::Backspace => field.backspace(),
        KeyCode::Delete => field.delete(),
        KeyCode::Left => field.left(),
        KeyCode::Right => field.right(),
        KeyCode::Home => field.home(),
        KeyCode::End => field.end(),
        KeyCode::Up => field.vertical(width, false),
        KeyCode::Down => field.vertical(width, true),
        _ => {}
    }
    Act::Stay
}

pub(super) fn paste_into(field: &mut TextField, text: &str, cx: &StepCx) -> Act {
    refused(field.paste(text), cx)
}

/// An answer has a size limit (README): beyond it the field adds nothing, and the person
/// is told, with the limit and the size it would have had.
fn refused(result: Result<(), TooLong>, cx: &StepCx) -> Act {
    match result {
        Ok(()) => Act::Stay,
        Err(too_long) => Act::Say(cx.texts.get(
            "notice-too-long",
            &[
                ("limit", (too_long.limit / 1024).to_string()),
                ("size", too_long.attempted.div_ceil(1024).to_string()),
            ],
        )),
    }
}

/// A text field in a box. A long text scrolls with the cursor, with a line of context
/// below it where there is room, and marks say when there is more above or below.
pub(super) fn field_view(frame: &mut Frame, area: Rect, field: &TextField, theme: &Theme) {
    if area.height < 3 || area.width < 6 {
        return;
    }
    let height = if field.is_multiline() {
        area.height.saturating_sub(2)
    } else {
        1
    };
    let box_area = Rect {
        height: height + 2,
        ..area
    };
    let block = Block::bordered().border_style(theme.border);
    let inner = block.inner(box_area);
    let row_count = field.row_count(inner.width);
    let (cursor_row, cursor_column) = field.cursor_position(inner.width);
    let visible = usize::from(inner.height.max(1));
    // A line of context below the cursor where the box has room for it.
    let context = usize::from(visible >= 4);
    let last_needed = (cursor_row + context).min(row_count.saturating_sub(1));
    let skip = (last_needed + 1).saturating_sub(visible);
    let lines: Vec<Line> = field
        .visible_rows(inner.width, skip, visible)
        .iter()
        .map(|row| Line::styled(field.row_text(*row), theme.text))
        .collect();
    let mut block = block;
    if skip > 0 {
        block = block.title_top(Line::styled(" ▲ … ", theme.dim).right_aligned());
    }
    if skip + visible < row_count {
        block = block.title_bottom(Line::styled(" ▼ … ", theme.dim).right_aligned());
    }
    frame.render_widget(Lines::new(lines).block(block), box_area);
    let x = inner.x + (cursor_column as u16).min(inner.width.saturating_sub(1));
    let y = inner.y + (cursor_row.saturating_sub(skip)) as u16;
    frame.set_cursor_position((x, y));
}
