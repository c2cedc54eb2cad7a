//! Choosing: one of several (a radio list), several of several (ticks), and yes/no, which
//! is a choice of two like any other.
//!
//! One notion of "chosen" for a single choice: the row marked `▸ (•)` is the choice, arrows
//! and digits move it, and Enter records exactly that row. Nothing is marked until the
//! person chooses, and Enter on nothing records nothing: it says how to choose or skip.

use ratatui::Frame;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::layout::Rect;
use ratatui::text::Line;

use super::{Act, StepCx};
use crate::engine::{Msg, Session, Value};
use crate::script::{Step, StepKind};
use crate::ui::lines::Lines;
use crate::ui::widgets;
use crate::wording;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Single,
    Multi,
    YesNo,
}

#[derive(Debug, Clone, PartialEq)]
pub(super) struct ChoiceInput {
    kind: Kind,
    /// Single and yes/no: the chosen row. Several: the row the cursor is on.
    cursor: Option<usize>,
    /// Several: the ticked choices' ids.
    ticked: Vec<String>,
}

/// One row as shown: the number that chooses it, its id, its words.
struct Row {
    number: i64,
    id: String,
    label: String,
}

impl ChoiceInput {
    /// The input for this step, showing the answer given so far (if any).
    pub(super) fn new(session: &Session, step: &Step, answer: Option<&Value>) -> ChoiceInput {
        let kind = match step.kind {
            StepKind::Multi { .. } => Kind::Multi,
            StepKind::YesNo => Kind::YesNo,
            _ => Kind::Single,
        };
        let ids: Vec<String> = wording::numbered_choices(session, step)
            .into_iter()
            .map(|(_, id)| id)
            .collect();
        let position = |id: &str| ids.iter().position(|i| i == id);
        let (cursor, ticked) = match (kind, answer) {
            (Kind::Single, Some(Value::Choice(id))) => (position(id), Vec::new()),
            (Kind::YesNo, Some(Value::YesNo(yes))) => (Some(if *yes { 0 } else { 1 }), Vec::new()),
            (Kind::Multi, Some(Value::Choices(ids))) => (Some(0), ids.clone()),
            (Kind::Multi, _) => (Some(0), Vec::new()),
            _ => (None, Vec::new()),
        };
        ChoiceInput {
            kind,
            cursor,
            ticked,
        }
    }

    pub(super) fn key(&mut self, cx: &StepCx, key: KeyEvent, confirm: bool) -> Act {
        let rows = rows_of(cx, self.kind);
        let last = rows.len().saturating_sub(1);
        if confirm {
            return self.confirm(cx, &rows);
        }
        match key.code {
            KeyCode::Down => self.cursor = Some(self.cursor.map_or(0, |c| (c + 1).min(last))),
            KeyCode::Up => self.cursor = Some(self.cursor.map_or(0, |c| c.saturating_sub(1))),
            KeyCode::Home => self.cursor = Some(0),
            KeyCode::End => self.cursor = Some(last),
            KeyCode::Char(' ') if self.kind == Kind::Multi => {
                if let Some(row) = self.cursor.and_then(|c| rows.get(c)) {
                    toggle(&mut self.ticked, &row.id);
                }
            }
            KeyCode::Char(c) if c.is_ascii_digit() => {
                let number = i64::from(c.to_digit(10).unwrap_or(0));
                match rows.iter().position(|r| r.number == number) {
                    Some(index) => self.choose(index, &rows),
                    None => {
                        return Act::Say(
                            cx.texts
                                .get("notice-no-such-choice", &[("number", number.to_string())]),
                        );
                    }
                }
            }
            KeyCode::Char(c) if self.kind == Kind::YesNo => match c.to_ascii_lowercase() {
                'j' | 'y' => self.cursor = Some(0),
                'n' => self.cursor = Some(1),
                _ => {}
            },
            _ => {}
        }
        Act::Stay
    }

    /// A click on a row: a single choice is chosen and answered at once, like a tap on a
    /// touch screen; with several, the row is ticked or unticked.
    pub(super) fn click(&mut self, cx: &StepCx, index: usize) -> Act {
        let rows = rows_of(cx, self.kind);
        if index >= rows.len() {
            return Act::Stay;
        }
        self.choose(index, &rows);
        match self.kind {
            Kind::Multi => Act::Stay,
            _ => self.confirm(cx, &rows),
        }
    }

    fn choose(&mut self, index: usize, rows: &[Row]) {
        self.cursor = Some(index);
        if self.kind == Kind::Multi {
            toggle(&mut self.ticked, &rows[index].id);
        }
    }

    fn confirm(&self, cx: &StepCx, rows: &[Row]) -> Act {
        let hint = || Act::Say(cx.texts.get("notice-choose-first", &[]));
        match self.kind {
            Kind::Multi if self.ticked.is_empty() => hint(),
            Kind::Multi => {
                // Recorded in the order they are offered, whatever the order of ticking.
                let ids = rows
                    .iter()
                    .filter(|r| self.ticked.contains(&r.id))
                    .map(|r| r.id.clone())
                    .collect();
                Act::Send(Msg::Answer(Value::Choices(ids), cx.now))
            }
            Kind::YesNo => match self.cursor {
                Some(index) => Act::Send(Msg::Answer(Value::YesNo(index == 0), cx.now)),
                None => hint(),
            },
            Kind::Single => match self.cursor.and_then(|c| rows.get(c)) {
                Some(row) => Act::Send(Msg::Answer(Value::Choice(row.id.clone()), cx.now)),
                None => hint(),
            },
        }
    }

    /// Rows per choice and the first row shown: large targets for a citizen alone (a blank
    /// line between choices) where they fit, and the cursor always on screen.
    pub(super) fn rows_shown(&self, cx: &StepCx, height: u16) -> (u16, usize) {
        let count = rows_of(cx, self.kind).len();
        let spaced = cx.mode == crate::journal::Mode::SelfGuided
            && (count * 2).saturating_sub(1) <= usize::from(height);
        let spacing: u16 = if spaced { 2 } else { 1 };
        let visible = usize::from((height / spacing).max(1));
        let skip = (self.cursor.unwrap_or(0) + 1).saturating_sub(visible);
        (spacing, skip)
    }

    pub(super) fn view(&self, cx: &StepCx, frame: &mut Frame, area: Rect) {
        let rows = rows_of(cx, self.kind);
        let (spacing, skip) = self.rows_shown(cx, area.height);
        let mut lines = Vec::new();
        for (index, row) in rows.iter().enumerate().skip(skip) {
            let at_cursor = self.cursor == Some(index);
            let tick = match self.kind {
                Kind::Multi if self.ticked.contains(&row.id) => "[x] ",
                Kind::Multi => "[ ] ",
                _ if at_cursor => "(•) ",
                _ => "( ) ",
            };
            let text = format!("{tick}{}. {}", row.number, row.label);
            lines.push(widgets::marked(
                &widgets::ellipsis(&text, area.width.saturating_sub(2)),
                at_cursor,
                cx.theme,
            ));
            if spacing > 1 {
                lines.push(Line::default());
            }
        }
        frame.render_widget(Lines::new(lines), area);
    }

    /// The keys this input adds to the footer.
    pub(super) fn keys(&self, cx: &StepCx) -> Vec<(String, String)> {
        let t = |key: &str| cx.texts.get(key, &[]);
        match self.kind {
            Kind::Multi => vec![
                (t("key-arrows"), t("key-move")),
                (t("key-space-digits"), t("key-tick")),
            ],
            Kind::YesNo => vec![(t("key-yes-no"), t("key-choose"))],
            Kind::Single => vec![(t("key-arrows-digits"), t("key-choose"))],
        }
    }
}

fn rows_of(cx: &StepCx, kind: Kind) -> Vec<Row> {
    if kind == Kind::YesNo {
        return vec![
            Row {
                number: 1,
                id: "yes".to_owned(),
                label: cx.texts.get("answer-yes", &[]),
            },
            Row {
                number: 2,
                id: "no".to_owned(),
                label: cx.texts.get("answer-no", &[]),
            },
        ];
    }
    let dialogue = cx.session.dialogue();
    wording::numbered_choices(cx.session, cx.step)
        .into_iter()
        .map(|(number, id)| Row {
            number,
            label: wording::choice_label(cx.texts, dialogue, cx.step, &id),
            id,
        })
        .collect()
}

fn toggle(ticked: &mut Vec<String>, id: &str) {
    match ticked.iter().position(|t| t == id) {
        Some(at) => {
            ticked.remove(at);
        }
        None => ticked.push(id.to_owned()),
    }
}
