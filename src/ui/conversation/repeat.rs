//! A repeat group: a list of entries of several fields (people to call: name, relation,
//! phone). The list is moved through with the arrows; `+` adds, Enter opens an entry,
//! Delete removes one after asking, Alt+↑/↓ reorders. Letters never act on the list, so
//! typing a name where the list is cannot delete anyone.

use ratatui::Frame;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;
use ratatui::text::Line;

use super::text::{edit, paste_into};
use super::{Act, StepCx};
use crate::engine::{Answer, Entry, Msg, Value};
use crate::script::{Field, Step, StepKind};
use crate::ui::lines::Lines;
use crate::ui::text_field::{TextField, char_width};
use crate::ui::{ctrl, widgets};
use crate::wording;

#[derive(Debug, Clone, PartialEq)]
pub(super) struct RepeatInput {
    /// The entry the cursor is on; one past the last is "done".
    cursor: usize,
    form: Option<EntryForm>,
    /// An entry about to be removed, until the person confirms or changes their mind.
    removing: Option<usize>,
    /// Esc was pressed once on a form with something typed in it.
    leaving_form: bool,
}

#[derive(Debug, Clone, PartialEq)]
struct EntryForm {
    /// The entry being changed, or `None` for a new one.
    editing: Option<usize>,
    fields: Vec<TextField>,
    focus: usize,
    /// In a choice field: the choice the arrows are on.
    pick: usize,
}

impl RepeatInput {
    pub(super) fn new(step: &Step, draft: Option<&[(String, String)]>) -> RepeatInput {
        let form = draft.map(|fields| EntryForm {
            editing: None,
            fields: field_ids(step)
                .iter()
                .map(|id| {
                    let text = fields
                        .iter()
                        .find(|(f, _)| f == id)
                        .map(|(_, t)| t.as_str())
                        .unwrap_or_default();
                    TextField::new(text, false)
                })
                .collect(),
            focus: 0,
            pick: 0,
        });
        RepeatInput {
            cursor: 0,
            form,
            removing: None,
            leaving_form: false,
        }
    }

    pub(super) fn editing(&self) -> bool {
        self.form.is_some()
    }

    pub(super) fn removing(&self) -> bool {
        self.removing.is_some()
    }

    /// An entry being written and not yet saved: a draft to keep.
    pub(super) fn unconfirmed(&self, cx: &StepCx) -> Option<Vec<(String, String)>> {
        let form = self.form.as_ref()?;
        let fields: Vec<(String, String)> = field_ids(cx.step)
            .into_iter()
            .zip(&form.fields)
            .map(|(id, field)| (id, field.text()))
            .collect();
        fields
            .iter()
            .any(|(_, text)| !text.trim().is_empty())
            .then_some(fields)
    }

    /// After the engine took a change of the list: the form closes, the cursor stays.
    pub(super) fn changed(&mut self, count: usize) {
        self.form = None;
        self.removing = None;
        self.cursor = self.cursor.min(count);
    }

    /// A refused entry (a required field empty) stays open to be corrected.
    pub(super) fn keep_form(&mut self, kept: &RepeatInput) {
        self.form = kept.form.clone();
    }

    pub(super) fn paste(&mut self, cx: &StepCx, text: &str) -> Act {
        match &mut self.form {
            Some(form) => match form.fields.get_mut(form.focus) {
                Some(field) => paste_into(field, text, cx),
                None => Act::Stay,
            },
            None => Act::Stay,
        }
    }

    pub(super) fn key(&mut self, cx: &StepCx, key: KeyEvent, width: u16) -> Act {
        if self.form.is_some() {
            return self.form_key(cx, key, width);
        }
        let entries = entries(cx);
        let done_row = entries.len();
        if let Some(index) = self.removing.take() {
            return match key.code {
                KeyCode::Enter => Act::Send(Msg::RemoveEntry(index, cx.now)),
                _ => Act::Say(cx.texts.get("notice-entry-kept", &[])),
            };
        }
        let moving = key.modifiers.contains(KeyModifiers::ALT)
            || key.modifiers.contains(KeyModifiers::SHIFT);
        // Going on from a list nobody was put on records nothing by itself: "no one" is
        // said with Ctrl+S (skip), like every other question left unanswered.
        let going_on = ctrl(&key, 'd') || (key.code == KeyCode::Enter && self.cursor == done_row);
        if going_on && entries.is_empty() && cx.session.answer(&cx.step.id).is_none() {
            return Act::Say(cx.texts.get("notice-list-empty", &[]));
        }
        match key.code {
            _ if ctrl(&key, 'd') => return Act::Send(Msg::Next(cx.now)),
            KeyCode::Up if moving && self.cursor > 0 && self.cursor < done_row => {
                let from = self.cursor;
                self.cursor -= 1;
                return Act::Send(Msg::MoveEntry {
                    from,
                    to: from - 1,
                    at: cx.now,
                });
            }
            KeyCode::Down if moving && self.cursor + 1 < done_row => {
                let from = self.cursor;
                self.cursor += 1;
                return Act::Send(Msg::MoveEntry {
                    from,
                    to: from + 1,
                    at: cx.now,
                });
            }
            KeyCode::Down => self.cursor = (self.cursor + 1).min(done_row),
            KeyCode::Up => self.cursor = self.cursor.saturating_sub(1),
            KeyCode::Home => self.cursor = 0,
            KeyCode::End => self.cursor = done_row,
            KeyCode::Char('+') | KeyCode::Insert => {
                self.form = Some(EntryForm {
                    editing: None,
                    fields: field_ids(cx.step)
                        .iter()
                        .map(|_| TextField::new("", false))
                        .collect(),
                    focus: 0,
                    pick: 0,
                });
            }
            KeyCode::Enter if self.cursor == done_row => return Act::Send(Msg::Next(cx.now)),
            KeyCode::Enter => {
                if let Some(entry) = entries.get(self.cursor) {
                    self.form = Some(EntryForm {
                        editing: Some(self.cursor),
                        fields: field_ids(cx.step)
                            .iter()
                            .map(|id| TextField::new(entry.get(id).unwrap_or_default(), false))
                            .collect(),
                        focus: 0,
                        pick: 0,
                    });
                }
            }
            KeyCode::Delete | KeyCode::Backspace if self.cursor < done_row => {
                self.removing = Some(self.cursor);
                let shown = entries
                    .get(self.cursor)
                    .map(|e| wording::entry(cx.texts, cx.session.dialogue(), cx.step, e))
                    .unwrap_or_default();
                return Act::Say(cx.texts.get("notice-entry-remove-ask", &[("entry", shown)]));
            }
            KeyCode::Char(c) if !key.modifiers.contains(KeyModifiers::CONTROL) && c != '?' => {
                return Act::Say(cx.texts.get("notice-list-keys", &[]));
            }
            _ => {}
        }
        Act::Stay
    }

    fn form_key(&mut self, cx: &StepCx, key: KeyEvent, width: u16) -> Act {
        let Some(form) = &mut self.form else {
            return Act::Stay;
        };
        let leaving = std::mem::take(&mut self.leaving_form);
        let last = form.fields.len().saturating_sub(1);
        let save = ctrl(&key, 'd') || (key.code == KeyCode::Enter && form.focus == last);
        if save {
            let entry = Entry {
                fields: field_ids(cx.step)
                    .into_iter()
                    .zip(&form.fields)
                    .map(|(id, field)| (id, field.text().trim().to_owned()))
                    .collect(),
            };
            if entry.fields.iter().all(|(_, text)| text.is_empty()) {
                return Act::Say(cx.texts.get("notice-entry-empty", &[]));
            }
            return Act::Send(match form.editing {
                Some(index) => Msg::EditEntry(index, entry, cx.now),
                None => Msg::AddEntry(entry, cx.now),
            });
        }
        let defs = field_defs(cx.step);
        if let Some(def) = defs.get(form.focus).filter(|d| d.is_choice()) {
            let count = def.choices.len();
            let number = match key.code {
                KeyCode::Char(c) if !key.modifiers.contains(KeyModifiers::CONTROL) => {
                    c.to_digit(10).map(|d| d as usize)
                }
                _ => None,
            };
            let toggle = match key.code {
                KeyCode::Left => {
                    form.pick = form.pick.saturating_sub(1);
                    return Act::Stay;
                }
                KeyCode::Right => {
                    form.pick = (form.pick + 1).min(count.saturating_sub(1));
                    return Act::Stay;
                }
                KeyCode::Char(' ') => Some(form.pick),
                KeyCode::Char(_) if number.is_some_and(|n| (1..=count).contains(&n)) => {
                    number.map(|n| n - 1)
                }
                KeyCode::Char(c) if !key.modifiers.contains(KeyModifiers::CONTROL) && c != '?' => {
                    return Act::Say(cx.texts.get("notice-field-choose", &[]));
                }
                _ => None,
            };
            if let (Some(index), Some(field)) = (toggle, form.fields.get_mut(form.focus)) {
                form.pick = index;
                let id = def.choices[index].id.clone();
                let mut chosen: Vec<String> =
                    Field::chosen(&field.text()).map(str::to_owned).collect();
                if def.multi {
                    if let Some(at) = chosen.iter().position(|c| *c == id) {
                        chosen.remove(at);
                    } else {
                        chosen.push(id);
                    }
                    // Kept in the script's order, whatever order they were ticked in.
                    chosen.sort_by_key(|c| def.choices.iter().position(|d| d.id == *c));
                } else if chosen == [id.clone()] {
                    chosen.clear();
                } else {
                    chosen = vec![id];
                }
                *field = TextField::new(&chosen.join(" "), false);
                return Act::Stay;
            }
        }
        match key.code {
            KeyCode::Esc => {
                let typed = form.fields.iter().any(|f| !f.text().trim().is_empty());
                if typed && form.editing.is_none() && !leaving {
                    // Words typed are not dropped on one key: Esc again to let them go.
                    self.leaving_form = true;
                    return Act::Say(cx.texts.get("notice-entry-leave-ask", &[]));
                }
                self.form = None;
            }
            KeyCode::Enter | KeyCode::Tab | KeyCode::Down => {
                form.focus = (form.focus + 1).min(last);
                form.pick = 0;
            }
            KeyCode::BackTab | KeyCode::Up => {
                form.focus = form.focus.saturating_sub(1);
                form.pick = 0;
            }
            _ => {
                if let Some(field) = form.fields.get_mut(form.focus) {
                    return edit(field, key, width, cx);
                }
            }
        }
        Act::Stay
    }

    pub(super) fn view(&self, cx: &StepCx, frame: &mut Frame, area: Rect) {
        let theme = cx.theme;
        let texts = cx.texts;
        let dialogue = cx.session.dialogue();
        if let Some(form) = &self.form {
            let mut lines = Vec::new();
            let title = if form.editing.is_some() {
                "tui-entry-edit"
            } else {
                "tui-entry-new"
            };
            for line in widgets::wrap(&texts.get(title, &[]), area.width) {
                lines.push(Line::styled(line, theme.accent));
            }
            let mut cursor_at = None;
            let defs = field_defs(cx.step);
            for (index, (def, input)) in defs.iter().zip(&form.fields).enumerate() {
                let id = &def.id;
                let label = wording::field_label(texts, dialogue, cx.step, id);
                let focused = index == form.focus;
                if def.is_choice() {
                    let chosen = input.text();
                    let chosen: Vec<&str> = Field::chosen(&chosen).collect();
                    lines.push(widgets::marked(&format!("{label}:"), focused, theme));
                    let boxes: Vec<String> = def
                        .choices
                        .iter()
                        .enumerate()
                        .map(|(k, choice)| {
                            let on = chosen.contains(&choice.id.as_str());
                            let mark = match (def.multi, on) {
                                (true, true) => "[x]",
                                (true, false) => "[ ]",
                                (false, true) => "(•)",
                                (false, false) => "( )",
                            };
                            let here = if focused && k == form.pick {
                                "▸"
                            } else {
                                " "
                            };
                            let shown = wording::field_choice_label(
                                texts, dialogue, cx.step, id, &choice.id,
                            );
                            // No-break spaces: a choice is never split across lines.
                            format!("{here}{mark} {} {shown}", k + 1).replace(' ', "\u{a0}")
                        })
                        .collect();
                    for line in widgets::wrap(&boxes.join("  "), area.width.saturating_sub(4)) {
                        let style = if focused { theme.text } else { theme.dim };
                        lines.push(Line::styled(format!("    {line}"), style));
                    }
                    continue;
                }
                let prefix = format!("{label}: ");
                if focused {
                    let (_, column) = input.cursor_position(area.width);
                    cursor_at = Some((
                        prefix.chars().map(char_width).sum::<usize>() + 2 + column,
                        lines.len(),
                    ));
                }
                lines.push(widgets::marked(
                    &format!("{prefix}{}", input.text()),
                    focused,
                    theme,
                ));
            }
            frame.render_widget(Lines::new(lines), area);
            if let Some((x, y)) = cursor_at {
                frame.set_cursor_position((
                    area.x + (x as u16).min(area.width.saturating_sub(1)),
                    area.y + y as u16,
                ));
            }
            return;
        }
        let entries = entries(cx);
        let mut lines = Vec::new();
        if entries.is_empty() {
            lines.push(Line::styled(
                texts.get("plain-repeat-empty", &[]),
                theme.dim,
            ));
        }
        for (index, entry) in entries.iter().enumerate() {
            let text = format!(
                "{}. {}",
                index + 1,
                wording::entry(texts, dialogue, cx.step, entry)
            );
            // Up to two lines an entry, so that a phone number at the end stays visible.
            let wrapped = widgets::wrap(&text, area.width.saturating_sub(4));
            for (row, shown) in wrapped.iter().take(2).enumerate() {
                if row == 0 {
                    lines.push(widgets::marked(shown, index == self.cursor, theme));
                } else {
                    lines.push(Line::styled(format!("     {shown}"), theme.text));
                }
            }
        }
        lines.push(widgets::marked(
            &texts.get("tui-repeat-done", &[]),
            self.cursor == entries.len(),
            theme,
        ));
        frame.render_widget(Lines::new(lines), area);
    }

    pub(super) fn keys(&self, cx: &StepCx) -> Vec<(String, String)> {
        let t = |key: &str| cx.texts.get(key, &[]);
        if let Some(form) = &self.form {
            if field_defs(cx.step)
                .get(form.focus)
                .is_some_and(|d| d.is_choice())
            {
                return vec![
                    ("1–9/Space".to_owned(), t("key-tick")),
                    ("←→".to_owned(), t("key-move")),
                    ("Tab".to_owned(), t("key-next-field")),
                    ("Ctrl+D".to_owned(), t("key-save-entry")),
                    ("Esc".to_owned(), t("key-cancel-entry")),
                ];
            }
            return vec![
                ("Tab".to_owned(), t("key-next-field")),
                ("Ctrl+D".to_owned(), t("key-save-entry")),
                ("Esc".to_owned(), t("key-cancel-entry")),
            ];
        }
        if self.removing.is_some() {
            return vec![
                ("Enter".to_owned(), t("key-remove")),
                ("Esc".to_owned(), t("key-keep")),
            ];
        }
        vec![
            ("+".to_owned(), t("key-add")),
            ("Enter".to_owned(), t("key-open-entry")),
            ("Del".to_owned(), t("key-remove")),
            ("Alt+↑↓".to_owned(), t("key-reorder")),
        ]
    }
}

fn field_defs(step: &Step) -> &[Field] {
    match &step.kind {
        StepKind::Repeat { fields, .. } => fields,
        _ => &[],
    }
}

fn field_ids(step: &Step) -> Vec<String> {
    match &step.kind {
        StepKind::Repeat { fields, .. } => fields.iter().map(|f| f.id.clone()).collect(),
        _ => Vec::new(),
    }
}

pub(super) fn entries(cx: &StepCx) -> Vec<Entry> {
    match cx.session.answer(&cx.step.id) {
        Some(Answer::Given(Value::Entries(entries))) => entries.clone(),
        _ => Vec::new(),
    }
}
