//! A line from one end to the other (the FIT 0–10 line): set with digits typed in a row
//! ("10", "7,5"), arrows, Page Up/Down, Home/End, or the mouse. Typed digits build one
//! number, shown as typed, and only Enter confirms it; a number off the line or between
//! its steps is refused in words, never rounded behind the person's back.

use ratatui::Frame;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::layout::{Alignment, Rect};
use ratatui::text::{Line, Span};

use super::{Act, StepCx};
use crate::engine::{Msg, Value, flow};
use crate::i18n::parse_number;
use crate::script::{StepKind, keys};
use crate::ui::lines::Lines;
use crate::ui::widgets;
use crate::wording;

#[derive(Debug, Clone, PartialEq)]
pub(super) struct ScaleInput {
    /// Where the line is set, if it is.
    value: Option<f64>,
    /// Digits being typed, not yet confirmed.
    typed: Option<String>,
}

/// The line's ends and its steps.
#[derive(Clone, Copy)]
struct Ends {
    min: f64,
    max: f64,
    increment: f64,
}

fn line_of(cx: &StepCx) -> Option<Ends> {
    match cx.step.kind {
        StepKind::Scale { min, max, step } => Some(Ends {
            min,
            max,
            increment: step,
        }),
        _ => None,
    }
}

impl ScaleInput {
    pub(super) fn new(answer: Option<&Value>) -> ScaleInput {
        ScaleInput {
            value: match answer {
                Some(Value::Number(n)) => Some(*n),
                _ => None,
            },
            typed: None,
        }
    }

    pub(super) fn key(&mut self, cx: &StepCx, key: KeyEvent, confirm: bool) -> Act {
        let Some(line) = line_of(cx) else {
            return Act::Stay;
        };
        if confirm {
            return self.confirm(cx, line);
        }
        // An arrow after typing goes on from the number typed, if it is on the line.
        let is_arrow = matches!(
            key.code,
            KeyCode::Left
                | KeyCode::Right
                | KeyCode::Up
                | KeyCode::Down
                | KeyCode::PageUp
                | KeyCode::PageDown
        );
        if is_arrow && let Some(typed) = self.shown_value(line).filter(|_| self.typed.is_some()) {
            self.value = Some(snap(typed, line));
        }
        let current = self.value.unwrap_or((line.min + line.max) / 2.0);
        let moved = |by: f64| {
            if self.value.is_some() {
                current + by
            } else {
                current
            }
        };
        let set = match key.code {
            KeyCode::Char(c) if c.is_ascii_digit() || matches!(c, ',' | '.') => {
                let typed = self.typed.get_or_insert_with(String::new);
                // Longer than any number on a line is a slip of the finger, not a number.
                if typed.chars().count() < 8 {
                    typed.push(c);
                }
                return Act::Stay;
            }
            KeyCode::Backspace => {
                if let Some(typed) = &mut self.typed {
                    typed.pop();
                    if typed.is_empty() {
                        self.typed = None;
                    }
                }
                return Act::Stay;
            }
            KeyCode::Left | KeyCode::Down => moved(-line.increment),
            KeyCode::Right | KeyCode::Up => moved(line.increment),
            KeyCode::PageUp => current + 1.0,
            KeyCode::PageDown => current - 1.0,
            KeyCode::Home => line.min,
            KeyCode::End => line.max,
            _ => return Act::Stay,
        };
        self.typed = None;
        self.value = Some(snap(set, line));
        Act::Stay
    }

    fn confirm(&mut self, cx: &StepCx, line: Ends) -> Act {
        let Some(typed) = self.typed.clone() else {
            return match self.value {
                Some(value) => Act::Send(Msg::Answer(Value::Number(value), cx.now)),
                None => Act::Say(cx.texts.get("notice-scale-set-first", &[])),
            };
        };
        match parse_number(&typed).filter(|n| on_line(*n, line)) {
            Some(value) => {
                let value = flow::round(value, wording::scale_decimals(line.increment));
                self.value = Some(value);
                self.typed = None;
                Act::Send(Msg::Answer(Value::Number(value), cx.now))
            }
            None => Act::Say(refusal(cx, &typed, line)),
        }
    }

    /// A click or drag on the line sets it there.
    pub(super) fn click(&mut self, cx: &StepCx, area: Rect, column: u16, row: u16) {
        let Some(line) = line_of(cx) else {
            return;
        };
        let (line_row, x0, x1) = geometry(&area);
        if row.abs_diff(line_row) <= 1 && column >= x0 && column <= x1 {
            let fraction = f64::from(column - x0) / f64::from((x1 - x0).max(1));
            self.typed = None;
            self.value = Some(snap(line.min + fraction * (line.max - line.min), line));
        }
    }

    /// What is typed, if it is a number on the line: where the mark goes while typing.
    fn shown_value(&self, line: Ends) -> Option<f64> {
        match &self.typed {
            Some(typed) => parse_number(typed)
                .filter(|n| *n >= line.min && *n <= line.max)
                .or(self.value),
            None => self.value,
        }
    }

    pub(super) fn view(&self, cx: &StepCx, frame: &mut Frame, area: Rect) {
        let Some(line) = line_of(cx) else {
            return;
        };
        if area.height < 3 {
            return;
        }
        let theme = cx.theme;
        let texts = cx.texts;
        let dialogue = cx.session.dialogue();
        let decimals = wording::scale_decimals(line.increment);
        let value = self.shown_value(line);
        let (row, x0, x1) = geometry(&area);
        let width = usize::from(x1 - x0 + 1);
        let position = value.map(|v| {
            (((v - line.min) / (line.max - line.min)) * (width - 1) as f64).round() as usize
        });
        let drawn: String = (0..width)
            .map(|i| match position {
                Some(p) if p == i => '●',
                _ if i == 0 => '├',
                _ if i == width - 1 => '┤',
                _ => '─',
            })
            .collect();
        let value_text = match (&self.typed, value) {
            // Shown exactly as typed, with a cursor: it is not confirmed yet.
            (Some(typed), _) => format!("{typed}▏"),
            (None, Some(v)) => texts.number(v, decimals),
            (None, None) => texts.get("tui-scale-unset", &[]),
        };
        let text_width = value_text.chars().count() as u16;
        let value_x = match position {
            Some(p) => (x0 + p as u16)
                .saturating_sub(text_width / 2)
                .clamp(area.x, (area.x + area.width).saturating_sub(text_width)),
            None => area.x + area.width.saturating_sub(text_width) / 2,
        };
        let style = if value.is_some() || self.typed.is_some() {
            theme.accent
        } else {
            theme.dim
        };
        let value_width = text_width.min((area.x + area.width).saturating_sub(value_x));
        frame.render_widget(
            Lines::new(Line::styled(value_text, style)),
            Rect::new(value_x, row - 1, value_width, 1),
        );
        frame.render_widget(
            Lines::new(Line::styled(
                drawn,
                if value.is_some() {
                    theme.accent
                } else {
                    theme.dim
                },
            )),
            Rect::new(x0, row, x1 - x0 + 1, 1),
        );
        let ends = Line::from(vec![Span::styled(
            texts.number(line.min, decimals),
            theme.text,
        )]);
        frame.render_widget(Lines::new(ends), Rect::new(x0, row + 1, area.width / 2, 1));
        frame.render_widget(
            Lines::new(Line::styled(texts.number(line.max, decimals), theme.text))
                .alignment(Alignment::Right),
            Rect::new(
                area.x + area.width / 2,
                row + 1,
                (x1 + 1).saturating_sub(area.x + area.width / 2),
                1,
            ),
        );
        let min_label =
            wording::attribute(texts, dialogue, cx.step, keys::MIN_LABEL).unwrap_or_default();
        let max_label =
            wording::attribute(texts, dialogue, cx.step, keys::MAX_LABEL).unwrap_or_default();
        let half = area.width / 2;
        let labels_height = (area.y + area.height).saturating_sub(row + 2).min(2);
        let label = |text: &str| -> Vec<Line> {
            widgets::wrap(text, half.saturating_sub(3))
                .into_iter()
                .map(|l| Line::styled(l, theme.dim))
                .collect()
        };
        frame.render_widget(
            Lines::new(label(&min_label)),
            Rect::new(x0, row + 2, half.saturating_sub(2), labels_height),
        );
        frame.render_widget(
            Lines::new(label(&max_label)).alignment(Alignment::Right),
            Rect::new(
                area.x + half,
                row + 2,
                (x1 + 1).saturating_sub(area.x + half),
                labels_height,
            ),
        );
    }

    pub(super) fn keys(&self, cx: &StepCx) -> Vec<(String, String)> {
        vec![(cx.texts.get("key-scale", &[]), cx.texts.get("key-set", &[]))]
    }
}

/// On the line and on one of its steps.
fn on_line(value: f64, line: Ends) -> bool {
    let steps = (value - line.min) / line.increment;
    value >= line.min - 1e-9 && value <= line.max + 1e-9 && (steps - steps.round()).abs() < 1e-6
}

/// Why a typed number cannot be set, in the line's own terms.
fn refusal(cx: &StepCx, typed: &str, line: Ends) -> String {
    let texts = cx.texts;
    let decimals = wording::scale_decimals(line.increment);
    let number = |n: f64| texts.number(n, decimals);
    let mut args = vec![
        ("text", typed.to_owned()),
        ("min", number(line.min)),
        ("max", number(line.max)),
    ];
    // A step of 1, 0,1 or 0,01 is said as "whole numbers" or "at most n decimals"; any
    // other step is said as it is.
    let key = if (line.increment - 10f64.powi(-i32::from(decimals))).abs() > 1e-9 {
        args.push(("step", number(line.increment)));
        "notice-scale-steps"
    } else if decimals == 0 {
        "notice-scale-whole"
    } else if decimals == 1 {
        "notice-scale-one-decimal"
    } else {
        args.push(("decimals", decimals.to_string()));
        "notice-scale-decimals"
    };
    texts.get(key, &args)
}

/// A value on the line: within its ends and on one of its steps.
fn snap(value: f64, line: Ends) -> f64 {
    let steps = ((value - line.min) / line.increment).round();
    let decimals = wording::scale_decimals(line.increment);
    flow::round(
        (line.min + steps * line.increment).clamp(line.min, line.max),
        decimals,
    )
}

/// The row of the line and the columns of its two ends, in the input area.
pub(super) fn geometry(area: &Rect) -> (u16, u16, u16) {
    let row = area.y + 1;
    let x0 = area.x + 2;
    let x1 = (area.x + area.width).saturating_sub(3).max(x0 + 1);
    (row, x0, x1)
}
