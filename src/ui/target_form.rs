//! Setting or clearing a participant's ORS target from the trend screen: the target
//! (0–40, empty to clear it) and the name of the staff member who sets it, both asked on
//! the screen; the front end stores them with the time (`Command::SetTarget`).
//!
//! Offered only where staff look at a participant's trend: never in self mode or the
//! kiosk, where no history is opened at all.

use ratatui::crossterm::event::KeyCode;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::text_field::TextField;
use super::theme::{MARKER, NO_MARKER, Theme};
use crate::history::ORS_MAX;
use crate::i18n::Texts;

/// What a key did to the form.
#[derive(Debug, Clone, PartialEq)]
pub enum FormOutcome {
    Stay,
    Cancel,
    /// Store this target (`None` clears it), set by this name.
    Save {
        ors: Option<f64>,
        by: String,
    },
}

pub struct TargetForm {
    value: TextField,
    by: TextField,
    /// 0 is the target, 1 the name.
    field: usize,
    /// Why Enter did not save, in words.
    problem: Option<String>,
}

impl TargetForm {
    /// The form with the target there is now written in, ready to change.
    pub fn new(texts: &Texts, current: Option<f64>) -> TargetForm {
        let value = current.map(|v| texts.number(v, 1)).unwrap_or_default();
        TargetForm {
            value: TextField::new(&value, false),
            by: TextField::new("", false),
            field: 0,
            problem: None,
        }
    }

    pub fn key(&mut self, texts: &Texts, code: KeyCode) -> FormOutcome {
        let field = if self.field == 0 {
            &mut self.value
        } else {
            &mut self.by
        };
        match code {
            KeyCode::Esc => return FormOutcome::Cancel,
            KeyCode::Tab | KeyCode::Down | KeyCode::Up | KeyCode::BackTab => {
                self.field = 1 - self.field;
            }
            KeyCode::Backspace => field.backspace(),
            KeyCode::Char(c) => {
                // A name or a number: a line is plenty, and more is refused by the field.
                let _ = field.insert(c);
            }
            KeyCode::Enter => return self.submit(texts),
            _ => {}
        }
        FormOutcome::Stay
    }

    fn submit(&mut self, texts: &Texts) -> FormOutcome {
        let typed = self.value.text().trim().to_owned();
        let ors = if typed.is_empty() {
            None
        } else {
            match crate::i18n::parse_number(&typed) {
                Some(value) if value.is_finite() && (0.0..=ORS_MAX).contains(&value) => {
                    Some((value * 10.0).round() / 10.0)
                }
                _ => {
                    self.problem = Some(texts.get("tui-target-not-a-target", &[("typed", typed)]));
                    self.field = 0;
                    return FormOutcome::Stay;
                }
            }
        };
        let by = self.by.text().trim().to_owned();
        if by.is_empty() {
            self.problem = Some(texts.get("tui-target-who", &[]));
            self.field = 1;
            return FormOutcome::Stay;
        }
        FormOutcome::Save { ors, by }
    }

    /// The form as lines for the pane beneath the chart.
    pub fn lines(&self, texts: &Texts, theme: &Theme, width: u16) -> Vec<Line<'static>> {
        let mut lines = vec![Line::styled(
            texts.get("tui-target-heading", &[]),
            theme.title,
        )];
        let row = |index: usize, label: String, text: String, style: Style| {
            let marker = if index == self.field {
                MARKER
            } else {
                NO_MARKER
            };
            let cursor = if index == self.field { "▏" } else { "" };
            Line::from(vec![
                Span::styled(marker, theme.accent),
                Span::styled(label, theme.text),
                Span::styled(format!(" {text}{cursor}"), style),
            ])
        };
        lines.push(row(
            0,
            texts.get("tui-target-value", &[]),
            self.value.text(),
            theme.accent,
        ));
        lines.push(row(
            1,
            texts.get("tui-target-by", &[]),
            self.by.text(),
            theme.accent,
        ));
        for line in super::widgets::wrap(&texts.get("tui-target-help", &[]), width) {
            lines.push(Line::styled(line, theme.dim));
        }
        if let Some(problem) = &self.problem {
            for line in super::widgets::wrap(problem, width) {
                lines.push(Line::styled(line, theme.warning));
            }
        }
        lines
    }
}
