//! What keys and the mouse do in a conversation: the keys that work everywhere (pause,
//! help, notes, outline, blank, discard), then the current step's input, the review, or
//! the result; a question asked first (skip with text typed? discard?) takes the next key.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEventKind};
use ratatui::layout::Rect;

use super::outline::{self, OutlineKey};
use super::{Act, Asking, Conversation, StepInput};
use crate::engine::{Msg, Position, Stamp};
use crate::journal::Mode;
use crate::ui::{Command, Context, ctrl};

impl Conversation {
    pub(super) fn paste(&mut self, context: &Context, text: &str, now: Stamp) {
        let Some(step) = self.current() else {
            return;
        };
        let mut input = self.input.clone();
        let act = {
            let cx = self.step_cx(context, &step, now);
            match &mut input {
                StepInput::Text(field) => field.paste(&cx, text),
                StepInput::Repeat(list) => list.paste(&cx, text),
                _ => Act::Stay,
            }
        };
        self.input = input;
        if let Act::Say(message) = act {
            self.message = Some(message);
        }
    }

    pub(super) fn key(
        &mut self,
        context: &Context,
        key: KeyEvent,
        now: Stamp,
        size: (u16, u16),
    ) -> Vec<Command> {
        self.message = None;
        if self.help_open {
            if matches!(
                key.code,
                KeyCode::Esc | KeyCode::F(1) | KeyCode::Char('?') | KeyCode::Enter
            ) {
                self.help_open = false;
            }
            return Vec::new();
        }
        if let Some(cursor) = self.outline {
            return match outline::key(&self.session, key, cursor) {
                OutlineKey::Move(cursor) => {
                    self.outline = Some(cursor);
                    Vec::new()
                }
                OutlineKey::Close => {
                    self.outline = None;
                    Vec::new()
                }
                OutlineKey::Go(msg) => {
                    self.outline = None;
                    self.send(context, msg, now)
                }
            };
        }
        if let Some(asking) = self.asking.take() {
            match asking {
                Asking::SkipWithText if ctrl(&key, 's') => {
                    return self.send(context, Msg::Skip(now), now);
                }
                Asking::Discard => {
                    return if key.code == KeyCode::Enter {
                        vec![Command::Discard, Command::Close]
                    } else {
                        self.message = Some(context.texts.get("notice-discard-not", &[]));
                        Vec::new()
                    };
                }
                // Anything else: the question is dropped and the key does what it does.
                Asking::SkipWithText => {}
            }
        }
        if ctrl(&key, 'p') || ctrl(&key, 'c') {
            return match self.session.position() {
                Position::Done | Position::Paused => vec![Command::Close],
                _ => self.pause(context, now),
            };
        }
        if ctrl(&key, 'x') && self.offers_discard() {
            if self.session.answers().is_empty() && self.unconfirmed(context).is_none() {
                return vec![Command::Discard, Command::Close];
            }
            self.asking = Some(Asking::Discard);
            self.message = Some(context.texts.get(
                "notice-discard-ask",
                &[("answers", self.session.answers().len().to_string())],
            ));
            return Vec::new();
        }
        if ctrl(&key, 'n') && self.mode == Mode::Facilitated {
            self.notes_open = !self.notes_open;
            return Vec::new();
        }
        if ctrl(&key, 'g') && self.mode == Mode::Rehearsal {
            self.outline = Some(0);
            return Vec::new();
        }
        if key.code == KeyCode::F(1) {
            self.help_open = true;
            return Vec::new();
        }
        // What the conversation before found scrolls beside the question, whatever the
        // input is doing with the plain arrows.
        if key.modifiers.contains(KeyModifiers::CONTROL)
            && matches!(key.code, KeyCode::Up | KeyCode::Down)
            && matches!(
                self.session.position(),
                Position::Step(_) | Position::Review
            )
        {
            self.scroll_notes(context, key.code == KeyCode::Down, size);
            return Vec::new();
        }
        match self.session.position() {
            Position::Step(_) => self.step_key(context, key, now, size),
            Position::Review => {
                let msg = match &mut self.review {
                    Some(review) => review.key(&self.session, key, now),
                    None => None,
                };
                match msg {
                    Some(msg) => self.send(context, msg, now),
                    None => Vec::new(),
                }
            }
            Position::Done | Position::Paused => match key.code {
                KeyCode::Enter => match self.follow_up(context) {
                    Some((start, beside)) => vec![Command::FollowUp { start, beside }],
                    None => vec![Command::Close],
                },
                KeyCode::Esc => vec![Command::Close],
                KeyCode::Char('g') if self.offers_trend() => vec![Command::ShowTrend {
                    participant: self.participant.clone(),
                    dialogue: self.session.dialogue().id.clone(),
                }],
                KeyCode::Down | KeyCode::PageDown => {
                    self.scroll = self.scroll.saturating_add(1);
                    Vec::new()
                }
                KeyCode::Up | KeyCode::PageUp => {
                    self.scroll = self.scroll.saturating_sub(1);
                    Vec::new()
                }
                _ => Vec::new(),
            },
        }
    }

    pub(super) fn step_key(
        &mut self,
        context: &Context,
        key: KeyEvent,
        now: Stamp,
        size: (u16, u16),
    ) -> Vec<Command> {
        let Some(step) = self.current() else {
            return Vec::new();
        };
        let input_takes_esc =
            matches!(&self.input, StepInput::Repeat(list) if list.editing() || list.removing());
        if key.code == KeyCode::Esc && !input_takes_esc {
            return self.send(context, Msg::Back, now);
        }
        if ctrl(&key, 's') {
            if self.unconfirmed(context).is_some() {
                self.asking = Some(Asking::SkipWithText);
                self.message = Some(context.texts.get("notice-skip-with-text", &[]));
                return Vec::new();
            }
            return self.send(context, Msg::Skip(now), now);
        }
        let types_text = match &self.input {
            StepInput::Text(_) => true,
            StepInput::Repeat(list) => list.editing(),
            _ => false,
        };
        if key.code == KeyCode::Char('?') && !types_text {
            self.help_open = true;
            return Vec::new();
        }
        let multiline = matches!(&self.input, StepInput::Text(t) if t.is_multiline());
        let confirm = ctrl(&key, 'd') || (key.code == KeyCode::Enter && !multiline);
        let width = self.text_width(context, size);
        let mut input = self.input.clone();
        let act = {
            let cx = self.step_cx(context, &step, now);
            match &mut input {
                StepInput::Info if confirm => Act::Send(Msg::Next(now)),
                StepInput::Info => Act::Stay,
                StepInput::Text(text) => text.key(&cx, key, confirm, width),
                StepInput::Scale(scale) => scale.key(&cx, key, confirm),
                StepInput::Choice(choice) => choice.key(&cx, key, confirm),
                StepInput::Repeat(list) => list.key(&cx, key, width),
            }
        };
        self.input = input;
        match act {
            Act::Stay => Vec::new(),
            Act::Say(message) => {
                self.message = Some(message);
                Vec::new()
            }
            Act::Send(msg) => self.send(context, msg, now),
        }
    }

    /// One line further down (or up) in the notes panel, never past its end.
    fn scroll_notes(&mut self, context: &Context, down: bool, size: (u16, u16)) {
        let most = self.notes_scroll_most(context, size);
        self.beside_scroll = if down {
            self.beside_scroll.saturating_add(1).min(most)
        } else {
            self.beside_scroll.min(most).saturating_sub(1)
        };
    }

    pub(super) fn mouse(
        &mut self,
        context: &Context,
        mouse: ratatui::crossterm::event::MouseEvent,
        now: Stamp,
        size: (u16, u16),
    ) -> Vec<Command> {
        let wheel = match mouse.kind {
            MouseEventKind::ScrollDown => Some(true),
            MouseEventKind::ScrollUp => Some(false),
            _ => None,
        };
        if let Some(down) = wheel {
            let area = Rect::new(0, 0, size.0, size.1);
            let over_notes = self.layout(context, area).notes.is_some_and(|notes| {
                notes.contains(ratatui::layout::Position::new(mouse.column, mouse.row))
            });
            if over_notes
                && matches!(
                    self.session.position(),
                    Position::Step(_) | Position::Review
                )
            {
                self.scroll_notes(context, down, size);
            }
            return Vec::new();
        }
        let down = matches!(mouse.kind, MouseEventKind::Down(MouseButton::Left));
        let drag = matches!(mouse.kind, MouseEventKind::Drag(MouseButton::Left));
        if !down && !drag {
            return Vec::new();
        }
        let area = Rect::new(0, 0, size.0, size.1);
        let layout = self.layout(context, area);
        if self.session.position() == Position::Review {
            let body = layout.body.union(layout.input);
            let msg = match (&mut self.review, down) {
                (Some(review), true) => review.click(
                    &self.session,
                    &context.texts,
                    &context.theme,
                    body,
                    mouse.row,
                    now,
                ),
                _ => None,
            };
            return match msg {
                Some(msg) => self.send(context, msg, now),
                None => Vec::new(),
            };
        }
        let Some(step) = self.current() else {
            return Vec::new();
        };
        let mut input = self.input.clone();
        let act = {
            let cx = self.step_cx(context, &step, now);
            match &mut input {
                StepInput::Scale(scale) => {
                    scale.click(&cx, layout.input, mouse.column, mouse.row);
                    Act::Stay
                }
                StepInput::Choice(choice)
                    if down && mouse.row >= layout.input.y && mouse.column >= layout.input.x =>
                {
                    let (spacing, skip) = choice.rows_shown(&cx, layout.input.height);
                    let index = usize::from((mouse.row - layout.input.y) / spacing) + skip;
                    choice.click(&cx, index)
                }
                _ => Act::Stay,
            }
        };
        self.input = input;
        match act {
            Act::Send(msg) => self.send(context, msg, now),
            Act::Say(message) => {
                self.message = Some(message);
                Vec::new()
            }
            Act::Stay => Vec::new(),
        }
    }
}
