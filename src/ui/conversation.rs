//! One conversation on screen: one question at a time, the review of every answer, and the
//! result. Keys and the mouse become engine messages; what the engine asks to have
//! written becomes `Command::Record`.

use std::path::PathBuf;

use ratatui::Frame;
use ratatui::crossterm::event::{
    KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};
use ratatui::layout::{Alignment, Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use super::text_field::{TextField, char_width};
use super::theme::{MARKER, NO_MARKER, Theme};
use super::{Command, Context, Input, Start, ctrl, widgets};
use crate::engine::{self, Answer, Effect, Entry, Msg, Position, Session, Stamp, Value, flow};
use crate::i18n::parse_number;
use crate::journal::Mode;
use crate::script::{Step, StepKind, keys};
use crate::wording;

/// What is being entered at the current step, before it is confirmed.
#[derive(Debug, Clone, PartialEq)]
enum StepInput {
    None,
    Text(TextField),
    Number(TextField),
    Scale(Option<f64>),
    Choice {
        cursor: usize,
        chosen: Vec<String>,
    },
    YesNo(Option<bool>),
    Repeat {
        cursor: usize,
        form: Option<EntryForm>,
    },
}

#[derive(Debug, Clone, PartialEq)]
struct EntryForm {
    /// The entry being changed, or `None` for a new one.
    editing: Option<usize>,
    fields: Vec<TextField>,
    focus: usize,
}

pub struct Conversation {
    pub session: Session,
    pub mode: Mode,
    pub journal: PathBuf,
    input: StepInput,
    input_for: Option<Position>,
    help_open: bool,
    notes_open: bool,
    /// The rehearsal outline, with its cursor, while it is open.
    outline: Option<usize>,
    review_cursor: usize,
    started: Stamp,
    step_started: Stamp,
    /// A message of the interface's own ("that is not a number").
    message: Option<String>,
    /// How far the result is scrolled down.
    scroll: u16,
    /// Questions and answers of the conversation this one follows, shown beside it.
    pub beside: Vec<(String, String)>,
    lang: crate::i18n::Lang,
    /// Who the conversation is with: the result screen offers their trend.
    participant: String,
}

impl Conversation {
    pub fn new(
        session: Session,
        start: &Start,
        journal: PathBuf,
        now: Stamp,
        lang: crate::i18n::Lang,
    ) -> Conversation {
        let mut conversation = Conversation {
            session,
            mode: start.mode,
            journal,
            input: StepInput::None,
            input_for: None,
            help_open: false,
            notes_open: false,
            outline: None,
            review_cursor: 0,
            started: now,
            step_started: now,
            message: None,
            scroll: 0,
            beside: Vec::new(),
            lang,
            participant: start.participant.clone(),
        };
        conversation.sync_input(now);
        conversation
    }

    fn notes_shown(&self) -> bool {
        match self.mode {
            Mode::Rehearsal => true,
            Mode::Facilitated => self.notes_open,
            Mode::SelfGuided => false,
        }
    }

    /// Rebuilds the input when the conversation has moved, filled with the answer so far.
    fn sync_input(&mut self, now: Stamp) {
        let position = self.session.position();
        if self.input_for == Some(position) {
            return;
        }
        self.input_for = Some(position);
        self.step_started = now;
        self.help_open = false;
        let Some((_, step)) = self.session.current_step() else {
            self.input = StepInput::None;
            return;
        };
        let step = step.clone();
        let answer = self
            .session
            .answer(&step.id)
            .and_then(Answer::value)
            .cloned();
        self.input = match (&step.kind, answer) {
            (StepKind::ShortText { .. }, answer) => {
                StepInput::Text(TextField::new(&text_of(answer), false))
            }
            (StepKind::LongText { .. }, answer) => {
                StepInput::Text(TextField::new(&text_of(answer), true))
            }
            (StepKind::Number { decimals, .. }, Some(Value::Number(n))) => {
                StepInput::Number(TextField::new(&self.session_number(n, *decimals), false))
            }
            (StepKind::Number { .. }, _) => StepInput::Number(TextField::new("", false)),
            (StepKind::Scale { .. }, Some(Value::Number(n))) => StepInput::Scale(Some(n)),
            (StepKind::Scale { .. }, _) => StepInput::Scale(None),
            (StepKind::Single { .. }, answer) => {
                let offered = self.session.offered_choices(&step);
                let chosen = match answer {
                    Some(Value::Choice(id)) => vec![id],
                    _ => Vec::new(),
                };
                let cursor = chosen
                    .first()
                    .and_then(|id| offered.iter().position(|c| c.id == *id))
                    .unwrap_or(0);
                StepInput::Choice { cursor, chosen }
            }
            (StepKind::Multi { .. }, answer) => StepInput::Choice {
                cursor: 0,
                chosen: match answer {
                    Some(Value::Choices(ids)) => ids,
                    _ => Vec::new(),
                },
            },
            (StepKind::YesNo, Some(Value::YesNo(yes))) => StepInput::YesNo(Some(yes)),
            (StepKind::YesNo, _) => StepInput::YesNo(None),
            (StepKind::Repeat { .. }, _) => StepInput::Repeat {
                cursor: 0,
                form: None,
            },
            _ => StepInput::None,
        };
    }

    fn session_number(&self, n: f64, decimals: u8) -> String {
        // Numbers are typed back in the same form as they are shown.
        crate::i18n::format_number(self.lang, n, decimals)
    }

    fn send(&mut self, msg: Msg, now: Stamp) -> Vec<Command> {
        let effects = engine::update(&mut self.session, msg);
        let commands: Vec<Command> = effects
            .into_iter()
            .map(|Effect::Record(event)| Command::Record(event))
            .collect();
        // A repeat group stays on its list after each change; the input keeps its cursor.
        if let StepInput::Repeat { cursor, form } = &mut self.input {
            *form = None;
            let count = match self
                .session
                .current_step()
                .and_then(|(_, s)| self.session.answer(&s.id))
            {
                Some(Answer::Given(Value::Entries(entries))) => entries.len(),
                _ => 0,
            };
            *cursor = (*cursor).min(count);
        }
        self.sync_input(now);
        if matches!(self.session.position(), Position::Paused | Position::Done) {
            self.outline = None;
        }
        if self.session.position() == Position::Review {
            self.review_cursor = self.review_cursor.min(self.review_items().len());
        }
        commands
    }

    pub fn pause(&mut self, now: Stamp) -> Vec<Command> {
        self.send(Msg::Pause(now), now)
    }

    pub fn handle(
        &mut self,
        context: &Context,
        input: Input,
        now: Stamp,
        size: (u16, u16),
    ) -> Vec<Command> {
        match input {
            Input::Tick | Input::Resize(..) => Vec::new(),
            Input::Paste(text) => {
                self.paste(&text);
                Vec::new()
            }
            Input::Mouse(mouse) => self.mouse(context, mouse, now, size),
            Input::Key(key) if key.kind == KeyEventKind::Press => self.key(context, key, now, size),
            Input::Key(_) => Vec::new(),
        }
    }

    fn paste(&mut self, text: &str) {
        match &mut self.input {
            StepInput::Text(field) | StepInput::Number(field) => {
                let _ = field.paste(text);
            }
            StepInput::Repeat {
                form: Some(form), ..
            } => {
                if let Some(field) = form.fields.get_mut(form.focus) {
                    let _ = field.paste(text);
                }
            }
            _ => {}
        }
    }

    fn key(
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
            return self.outline_key(key, cursor, now);
        }
        if ctrl(&key, 'p') || ctrl(&key, 'c') {
            return match self.session.position() {
                Position::Done | Position::Paused => vec![Command::Close],
                _ => self.send(Msg::Pause(now), now),
            };
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
        match self.session.position() {
            Position::Step(_) => self.step_key(context, key, now, size),
            Position::Review => self.review_key(key, now),
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

    fn outline_key(&mut self, key: KeyEvent, cursor: usize, now: Stamp) -> Vec<Command> {
        let count = self.session.steps().len();
        match key.code {
            KeyCode::Esc => self.outline = None,
            KeyCode::Down => self.outline = Some((cursor + 1).min(count.saturating_sub(1))),
            KeyCode::Up => self.outline = Some(cursor.saturating_sub(1)),
            KeyCode::Enter => {
                let id = self.session.steps().get(cursor).map(|(_, s)| s.id.clone());
                self.outline = None;
                if let Some(id) = id {
                    return self.send(Msg::GoToStep(id), now);
                }
            }
            _ => {}
        }
        Vec::new()
    }

    /// A finished FIT or WHO-5 conversation held with a facilitator offers the numbers
    /// over time as a place to start talking (not when the citizen is alone with them).
    fn offers_trend(&self) -> bool {
        self.mode == Mode::Facilitated
            && self.session.position() == Position::Done
            && crate::history::Instrument::of(&self.session.dialogue().id).is_some()
    }

    fn current(&self) -> Option<Step> {
        self.session.current_step().map(|(_, s)| s.clone())
    }

    fn step_key(
        &mut self,
        context: &Context,
        key: KeyEvent,
        now: Stamp,
        size: (u16, u16),
    ) -> Vec<Command> {
        let Some(step) = self.current() else {
            return Vec::new();
        };
        let editing_form = matches!(self.input, StepInput::Repeat { form: Some(_), .. });
        if key.code == KeyCode::Esc && !editing_form {
            return self.send(Msg::Back, now);
        }
        if ctrl(&key, 's') {
            return self.send(Msg::Skip(now), now);
        }
        let types_text =
            matches!(self.input, StepInput::Text(_) | StepInput::Number(_)) || editing_form;
        if key.code == KeyCode::Char('?') && !types_text {
            self.help_open = true;
            return Vec::new();
        }
        let confirm = ctrl(&key, 'd') || (key.code == KeyCode::Enter && !self.enter_is_typing());
        let texts = &context.texts;
        let width = self.text_width(context, size);
        match &mut self.input {
            StepInput::None => {
                if confirm {
                    return self.send(Msg::Next(now), now);
                }
            }
            StepInput::Text(field) => {
                if confirm {
                    let text = field.text();
                    let msg = if text.trim().is_empty() {
                        Msg::Skip(now)
                    } else {
                        Msg::Answer(Value::Text(text), now)
                    };
                    return self.send(msg, now);
                }
                edit(field, key, width);
            }
            StepInput::Number(field) => {
                if confirm {
                    let text = field.text();
                    if text.trim().is_empty() {
                        return self.send(Msg::Skip(now), now);
                    }
                    return match parse_number(&text) {
                        Some(n) => self.send(Msg::Answer(Value::Number(n), now), now),
                        None => {
                            self.message = Some(texts.get(
                                "notice-not-a-number",
                                &[("text", engine::neutralise(text.trim()))],
                            ));
                            Vec::new()
                        }
                    };
                }
                if let KeyCode::Char(c) = key.code
                    && !(c.is_ascii_digit() || matches!(c, ',' | '.' | '-'))
                {
                    return Vec::new();
                }
                edit(field, key, width);
            }
            StepInput::Scale(value) => {
                let StepKind::Scale {
                    min,
                    max,
                    step: increment,
                } = step.kind
                else {
                    return Vec::new();
                };
                let current = value.unwrap_or((min + max) / 2.0);
                let set = |v: f64| Some(snap(v, min, max, increment));
                match key.code {
                    _ if confirm => {
                        let msg = match value {
                            Some(v) => Msg::Answer(Value::Number(*v), now),
                            None => Msg::Skip(now),
                        };
                        return self.send(msg, now);
                    }
                    KeyCode::Char(c) if c.is_ascii_digit() => {
                        let whole = f64::from(c.to_digit(10).unwrap_or(0));
                        if whole >= min && whole <= max {
                            *value = set(whole);
                        }
                    }
                    KeyCode::Left | KeyCode::Down => {
                        *value = set(if value.is_some() {
                            current - increment
                        } else {
                            current
                        })
                    }
                    KeyCode::Right | KeyCode::Up => {
                        *value = set(if value.is_some() {
                            current + increment
                        } else {
                            current
                        })
                    }
                    KeyCode::PageUp => *value = set(current + 1.0),
                    KeyCode::PageDown => *value = set(current - 1.0),
                    KeyCode::Home => *value = set(min),
                    KeyCode::End => *value = set(max),
                    _ => {}
                }
            }
            StepInput::Choice { cursor, chosen } => {
                let offered = self.session.offered_choices(&step);
                let numbered = wording::numbered_choices(&self.session, &step);
                let multi = matches!(step.kind, StepKind::Multi { .. });
                match key.code {
                    _ if confirm => {
                        let msg = if multi {
                            let order: Vec<&String> = offered.iter().map(|c| &c.id).collect();
                            let mut ids = chosen.clone();
                            ids.sort_by_key(|id| order.iter().position(|o| *o == id));
                            Msg::Answer(Value::Choices(ids), now)
                        } else {
                            match offered.get(*cursor) {
                                Some(choice) => Msg::Answer(Value::Choice(choice.id.clone()), now),
                                None => Msg::Skip(now),
                            }
                        };
                        return self.send(msg, now);
                    }
                    KeyCode::Down => *cursor = (*cursor + 1).min(offered.len().saturating_sub(1)),
                    KeyCode::Up => *cursor = cursor.saturating_sub(1),
                    KeyCode::Char(' ') if multi => {
                        toggle(chosen, offered.get(*cursor).map(|c| c.id.clone()))
                    }
                    KeyCode::Char(c) if c.is_ascii_digit() => {
                        let number = i64::from(c.to_digit(10).unwrap_or(0));
                        if let Some(index) = numbered.iter().position(|(n, _)| *n == number) {
                            *cursor = index;
                            if multi {
                                toggle(chosen, Some(numbered[index].1.clone()));
                            } else {
                                *chosen = vec![numbered[index].1.clone()];
                            }
                        }
                    }
                    _ => {}
                }
            }
            StepInput::YesNo(value) => match key.code {
                _ if confirm => {
                    let msg = match value {
                        Some(yes) => Msg::Answer(Value::YesNo(*yes), now),
                        None => Msg::Skip(now),
                    };
                    return self.send(msg, now);
                }
                KeyCode::Char('j' | 'J' | 'y' | 'Y') => *value = Some(true),
                KeyCode::Char('n' | 'N') => *value = Some(false),
                KeyCode::Left | KeyCode::Up => *value = Some(true),
                KeyCode::Right | KeyCode::Down => *value = Some(false),
                _ => {}
            },
            StepInput::Repeat { .. } => return self.repeat_key(&step, key, now, width),
        }
        Vec::new()
    }

    /// Enter types a new line in a long text; elsewhere it confirms.
    fn enter_is_typing(&self) -> bool {
        match &self.input {
            StepInput::Text(field) => field.is_multiline(),
            StepInput::Repeat { form: Some(_), .. } => false,
            _ => false,
        }
    }

    fn entries(&self, step: &Step) -> Vec<Entry> {
        match self.session.answer(&step.id) {
            Some(Answer::Given(Value::Entries(entries))) => entries.clone(),
            _ => Vec::new(),
        }
    }

    fn repeat_key(&mut self, step: &Step, key: KeyEvent, now: Stamp, width: u16) -> Vec<Command> {
        let StepKind::Repeat { fields, .. } = &step.kind else {
            return Vec::new();
        };
        let entries = self.entries(step);
        let StepInput::Repeat { cursor, form } = &mut self.input else {
            return Vec::new();
        };
        if let Some(entry_form) = form {
            let last = entry_form.fields.len().saturating_sub(1);
            let save = ctrl(&key, 'd') || (key.code == KeyCode::Enter && entry_form.focus == last);
            if save {
                let entry = Entry {
                    fields: fields
                        .iter()
                        .zip(&entry_form.fields)
                        .map(|(f, field)| (f.id.clone(), field.text().trim().to_owned()))
                        .collect(),
                };
                let msg = match entry_form.editing {
                    Some(index) => Msg::EditEntry(index, entry, now),
                    None => Msg::AddEntry(entry, now),
                };
                let keep = entry_form.clone();
                let commands = self.send(msg, now);
                // A refused entry (a required field empty) stays open to be corrected.
                if self.session.notice().is_some()
                    && let StepInput::Repeat { form, .. } = &mut self.input
                {
                    *form = Some(keep);
                }
                return commands;
            }
            match key.code {
                KeyCode::Esc => *form = None,
                KeyCode::Enter | KeyCode::Tab | KeyCode::Down => {
                    entry_form.focus = (entry_form.focus + 1).min(last)
                }
                KeyCode::BackTab | KeyCode::Up => {
                    entry_form.focus = entry_form.focus.saturating_sub(1)
                }
                _ => {
                    if let Some(field) = entry_form.fields.get_mut(entry_form.focus) {
                        edit(field, key, width);
                    }
                }
            }
            return Vec::new();
        }
        let done_row = entries.len();
        let moving = key.modifiers.contains(KeyModifiers::ALT)
            || key.modifiers.contains(KeyModifiers::SHIFT);
        match key.code {
            _ if ctrl(&key, 'd') => return self.send(Msg::Next(now), now),
            KeyCode::Up if moving && *cursor > 0 && *cursor < done_row => {
                let from = *cursor;
                *cursor -= 1;
                return self.send(
                    Msg::MoveEntry {
                        from,
                        to: from - 1,
                        at: now,
                    },
                    now,
                );
            }
            KeyCode::Down if moving && *cursor + 1 < done_row => {
                let from = *cursor;
                *cursor += 1;
                return self.send(
                    Msg::MoveEntry {
                        from,
                        to: from + 1,
                        at: now,
                    },
                    now,
                );
            }
            KeyCode::Down => *cursor = (*cursor + 1).min(done_row),
            KeyCode::Up => *cursor = cursor.saturating_sub(1),
            KeyCode::Char('+' | 'a' | 'A' | 't' | 'T') | KeyCode::Insert => {
                *form = Some(EntryForm {
                    editing: None,
                    fields: fields.iter().map(|_| TextField::new("", false)).collect(),
                    focus: 0,
                });
            }
            KeyCode::Enter if *cursor == done_row => return self.send(Msg::Next(now), now),
            KeyCode::Enter | KeyCode::Char('e' | 'E' | 'r' | 'R') => {
                if let Some(entry) = entries.get(*cursor) {
                    *form = Some(EntryForm {
                        editing: Some(*cursor),
                        fields: fields
                            .iter()
                            .map(|f| TextField::new(entry.get(&f.id).unwrap_or_default(), false))
                            .collect(),
                        focus: 0,
                    });
                }
            }
            KeyCode::Delete | KeyCode::Char('-' | 'd' | 'D' | 'f' | 'F') if *cursor < done_row => {
                let index = *cursor;
                return self.send(Msg::RemoveEntry(index, now), now);
            }
            _ => {}
        }
        Vec::new()
    }

    /// The dialogue to go on to, if the script names one whose condition holds, with the
    /// answers of this conversation to show beside it.
    fn follow_up(&self, context: &Context) -> Option<(Start, Vec<(String, String)>)> {
        let dialogue = self.session.dialogue();
        if self.session.position() != Position::Done || self.mode == Mode::Rehearsal {
            return None;
        }
        let next = dialogue.follow_up.as_ref().filter(|f| {
            f.when
                .as_ref()
                .is_none_or(|cond| engine::holds(dialogue, self.session.answers(), cond))
        })?;
        context.library.get(&next.dialogue)?;
        let texts = &context.texts;
        let steps = self.session.steps();
        let beside = self
            .session
            .path()
            .into_iter()
            .map(|i| steps[i].1)
            .filter(|step| step.kind.is_question())
            .filter_map(|step| match self.session.answer(&step.id) {
                Some(answer @ Answer::Given(_)) => Some((
                    wording::question(texts, dialogue, step, None),
                    wording::answer(texts, dialogue, step, answer),
                )),
                _ => None,
            })
            .collect();
        let start = Start {
            dialogue: next.dialogue.clone(),
            participant: self.participant.clone(),
            mode: self.mode,
            facilitator: None,
            resume: None,
        };
        Some((start, beside))
    }

    fn review_items(&self) -> Vec<Step> {
        let steps = self.session.steps();
        self.session
            .path()
            .into_iter()
            .map(|i| steps[i].1.clone())
            .filter(|s| s.kind.is_question())
            .collect()
    }

    fn review_key(&mut self, key: KeyEvent, now: Stamp) -> Vec<Command> {
        let items = self.review_items();
        match key.code {
            KeyCode::Esc => return self.send(Msg::Back, now),
            KeyCode::Down => self.review_cursor = (self.review_cursor + 1).min(items.len()),
            KeyCode::Up => self.review_cursor = self.review_cursor.saturating_sub(1),
            KeyCode::End => self.review_cursor = items.len(),
            KeyCode::Home => self.review_cursor = 0,
            KeyCode::Enter => {
                return match items.get(self.review_cursor) {
                    Some(step) => self.send(Msg::Revise(step.id.clone()), now),
                    None => self.send(Msg::Finish(now), now),
                };
            }
            _ if ctrl(&key, 'd') => return self.send(Msg::Finish(now), now),
            _ => {}
        }
        Vec::new()
    }

    fn mouse(
        &mut self,
        context: &Context,
        mouse: MouseEvent,
        now: Stamp,
        size: (u16, u16),
    ) -> Vec<Command> {
        if !matches!(
            mouse.kind,
            MouseEventKind::Down(MouseButton::Left) | MouseEventKind::Drag(MouseButton::Left)
        ) {
            return Vec::new();
        }
        let Some(step) = self.current() else {
            return Vec::new();
        };
        let area = Rect::new(0, 0, size.0, size.1);
        let layout = self.layout(context, area);
        match (&step.kind, &mut self.input) {
            (
                StepKind::Scale {
                    min,
                    max,
                    step: increment,
                },
                StepInput::Scale(value),
            ) => {
                let (row, x0, x1) = scale_geometry(&layout.input);
                if mouse.row.abs_diff(row) <= 1 && mouse.column >= x0 && mouse.column <= x1 {
                    let fraction = f64::from(mouse.column - x0) / f64::from((x1 - x0).max(1));
                    *value = Some(snap(min + fraction * (max - min), *min, *max, *increment));
                }
            }
            (StepKind::Single { .. } | StepKind::Multi { .. }, StepInput::Choice { .. })
                if matches!(mouse.kind, MouseEventKind::Down(_)) =>
            {
                let offered = self.session.offered_choices(&step);
                let cursor_now = match &self.input {
                    StepInput::Choice { cursor, .. } => *cursor,
                    _ => 0,
                };
                let (spacing, skip) =
                    self.choice_rows(offered.len(), layout.input.height, cursor_now);
                if mouse.row >= layout.input.y && mouse.column >= layout.input.x {
                    let index = usize::from((mouse.row - layout.input.y) / spacing) + skip;
                    if let (Some(choice), StepInput::Choice { cursor, chosen }) =
                        (offered.get(index), &mut self.input)
                    {
                        *cursor = index;
                        if matches!(step.kind, StepKind::Multi { .. }) {
                            toggle(chosen, Some(choice.id.clone()));
                        } else {
                            // A click on a choice answers, like Enter on it.
                            return self
                                .send(Msg::Answer(Value::Choice(choice.id.clone()), now), now);
                        }
                    }
                }
            }
            _ => {}
        }
        Vec::new()
    }

    /// Rows per choice and the first choice shown: large targets for a citizen alone (a
    /// blank line between choices) where they fit, and the cursor always on screen.
    fn choice_rows(&self, count: usize, height: u16, cursor: usize) -> (u16, usize) {
        let spaced = self.mode == Mode::SelfGuided && count * 2 <= usize::from(height);
        let spacing: u16 = if spaced { 2 } else { 1 };
        let visible = usize::from((height / spacing).max(1));
        let skip = (cursor + 1).saturating_sub(visible);
        (spacing, skip)
    }

    fn text_width(&self, context: &Context, size: (u16, u16)) -> u16 {
        let layout = self.layout(context, Rect::new(0, 0, size.0, size.1));
        layout.input.width.saturating_sub(2).max(10)
    }

    fn question_lines(&self, context: &Context, width: u16) -> Vec<String> {
        let Some(step) = self.current() else {
            return Vec::new();
        };
        let text = wording::question(
            &context.texts,
            self.session.dialogue(),
            &step,
            self.session.computed(&step),
        );
        widgets::wrap(&text, width)
    }

    fn layout(&self, context: &Context, area: Rect) -> ConversationLayout {
        let footer_height = widgets::footer_lines(&self.keys(context), area.width).len() as u16;
        let gap = if area.height >= 22 { 1 } else { 0 };
        let [header, gauge, _, main, notice, footer] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Length(gap),
            Constraint::Min(4),
            Constraint::Length(2),
            Constraint::Length(footer_height),
        ])
        .areas(area);
        let panel = self.notes_shown() || !self.beside.is_empty();
        let (body, notes) = if panel && self.session.current_step().is_some() {
            if area.width >= 100 {
                let [body, notes] =
                    Layout::horizontal([Constraint::Min(40), Constraint::Length(area.width / 3)])
                        .areas(main);
                (body, Some(notes))
            } else {
                let notes_height = if main.height >= 14 { 5 } else { 3 };
                let [body, notes] =
                    Layout::vertical([Constraint::Min(3), Constraint::Length(notes_height)])
                        .areas(main);
                (body, Some(notes))
            }
        } else {
            (main, None)
        };
        let body = body.inner(ratatui::layout::Margin::new(2, 0));
        let question_height = self.question_lines(context, body.width).len() as u16;
        let input = Rect {
            y: body.y + (question_height + 1).min(body.height),
            height: body.height.saturating_sub(question_height + 1),
            ..body
        };
        ConversationLayout {
            header,
            gauge,
            body,
            input,
            notes,
            notice,
            footer,
        }
    }

    pub fn view(&self, context: &Context, frame: &mut Frame, area: Rect, now: Stamp) {
        let theme = &context.theme;
        let texts = &context.texts;
        let layout = self.layout(context, area);
        self.header(context, frame, &layout, now);
        match self.session.position() {
            Position::Step(_) => self.step_view(context, frame, &layout),
            Position::Review => self.review_view(context, frame, layout.body.union(layout.input)),
            Position::Done => self.result_view(context, frame, layout.body),
            Position::Paused => {
                let mut lines = vec![
                    Line::styled(texts.get("plain-paused", &[]), theme.question),
                    Line::default(),
                ];
                let saved = texts.get("run-saved", &[("path", self.journal.display().to_string())]);
                lines.extend(
                    widgets::wrap(&saved, layout.body.width)
                        .into_iter()
                        .map(|l| Line::styled(l, theme.dim)),
                );
                frame.render_widget(Paragraph::new(lines), layout.body);
            }
        }
        let notice = self
            .session
            .notice()
            .map(|n| wording::notice(texts, &self.session, n))
            .or_else(|| self.message.clone());
        if let Some(notice) = notice {
            let lines: Vec<Line> = widgets::wrap(&notice, layout.notice.width)
                .into_iter()
                .map(|l| Line::styled(l, theme.warning))
                .collect();
            frame.render_widget(Paragraph::new(lines), layout.notice);
        }
        widgets::footer(frame, layout.footer, theme, &self.keys(context));
        if self.help_open {
            self.help_view(context, frame, area);
        }
        if let Some(cursor) = self.outline {
            self.outline_view(context, frame, area, cursor);
        }
    }

    /// How far the conversation has come: the questions on the path before the current
    /// step (or answered, when paused), out of all questions on the path.
    fn progress(&self) -> f64 {
        let steps = self.session.steps();
        let questions: Vec<usize> = self
            .session
            .path()
            .into_iter()
            .filter(|i| steps[*i].1.kind.is_question())
            .collect();
        let total = questions.len().max(1) as f64;
        match self.session.position() {
            Position::Step(index) => {
                questions.iter().filter(|i| **i < index).count() as f64 / total
            }
            Position::Paused => {
                let answered = questions
                    .iter()
                    .filter(|i| self.session.answer(&steps[**i].1.id).is_some())
                    .count();
                answered as f64 / total
            }
            Position::Review | Position::Done => 1.0,
        }
    }

    fn header(
        &self,
        context: &Context,
        frame: &mut Frame,
        layout: &ConversationLayout,
        now: Stamp,
    ) {
        let theme = &context.theme;
        let texts = &context.texts;
        let dialogue = self.session.dialogue();
        let mut left = wording::title(texts, dialogue);
        if let Some((section, _)) = self.session.current_step() {
            let heading = wording::section(texts, dialogue, section);
            if heading != left {
                left = format!("{left} · {heading}");
            }
        }
        let mut right = match self.session.question_number() {
            Some((n, total)) => texts.get(
                "plain-question-of",
                &[("number", n.to_string()), ("total", total.to_string())],
            ),
            None => String::new(),
        };
        if self.mode == Mode::Rehearsal {
            let step = clock(now - self.step_started);
            let whole = clock(now - self.started);
            right = format!(
                "{right}  {}",
                texts.get("tui-timers", &[("step", step), ("whole", whole)])
            );
        }
        let right_width = right.chars().count() as u16;
        let [left_area, right_area] =
            Layout::horizontal([Constraint::Min(10), Constraint::Length(right_width + 1)])
                .areas(layout.header);
        frame.render_widget(
            Paragraph::new(Line::styled(
                widgets::ellipsis(&left, left_area.width),
                theme.title,
            )),
            left_area,
        );
        frame.render_widget(
            Paragraph::new(Line::styled(right, theme.dim)).alignment(Alignment::Right),
            right_area,
        );
        let ratio = self.progress();
        // Drawn with characters, so that it shows in every theme, colour or not.
        let width = usize::from(layout.gauge.width);
        let filled = ((ratio.clamp(0.0, 1.0) * width as f64).round() as usize).min(width);
        let bar = format!("{}{}", "█".repeat(filled), "░".repeat(width - filled));
        frame.render_widget(
            Paragraph::new(Line::styled(bar, theme.accent)),
            layout.gauge,
        );
    }

    fn step_view(&self, context: &Context, frame: &mut Frame, layout: &ConversationLayout) {
        let theme = &context.theme;
        let texts = &context.texts;
        let Some(step) = self.current() else {
            return;
        };
        let dialogue = self.session.dialogue();
        let centred = self.mode != Mode::Rehearsal;
        let question: Vec<Line> = self
            .question_lines(context, layout.body.width)
            .into_iter()
            .map(|l| {
                Line::styled(
                    l,
                    if step.kind.is_question() {
                        theme.question
                    } else {
                        theme.text
                    },
                )
            })
            .collect();
        let alignment = if centred {
            Alignment::Center
        } else {
            Alignment::Left
        };
        frame.render_widget(Paragraph::new(question).alignment(alignment), layout.body);
        let area = layout.input;
        match &self.input {
            StepInput::None => {
                if matches!(step.kind, StepKind::Info { contacts: true }) {
                    let mut lines = Vec::new();
                    if context.contacts.is_empty() {
                        lines.extend(
                            widgets::wrap(&texts.get("contacts-none-configured", &[]), area.width)
                                .into_iter()
                                .map(|l| Line::styled(l, theme.dim)),
                        );
                    }
                    for contact in &context.contacts {
                        let open = contact
                            .open
                            .as_ref()
                            .map(|o| format!(" · {o}"))
                            .unwrap_or_default();
                        let text = format!("{} · {}{open}", contact.name, contact.phone);
                        let mut wrapped = widgets::wrap(&text, area.width);
                        let last = wrapped.pop().unwrap_or_default();
                        lines.extend(wrapped.into_iter().map(|l| Line::styled(l, theme.accent)));
                        lines.push(Line::styled(last, theme.accent));
                    }
                    lines.push(Line::styled(
                        texts.get("contacts-emergency", &[]),
                        theme.warning,
                    ));
                    frame.render_widget(Paragraph::new(lines).alignment(alignment), area);
                }
            }
            StepInput::Text(field) | StepInput::Number(field) => {
                self.field_view(frame, area, field, theme)
            }
            StepInput::Scale(value) => {
                if let StepKind::Scale {
                    min,
                    max,
                    step: increment,
                } = step.kind
                {
                    let decimals = wording::scale_decimals(increment);
                    let min_label = wording::attribute(texts, dialogue, &step, keys::MIN_LABEL)
                        .unwrap_or_default();
                    let max_label = wording::attribute(texts, dialogue, &step, keys::MAX_LABEL)
                        .unwrap_or_default();
                    scale_view(
                        frame,
                        area,
                        theme,
                        *value,
                        (min, max),
                        (&texts.number(min, decimals), &texts.number(max, decimals)),
                        (&min_label, &max_label),
                        |v| texts.number(v, decimals),
                        &texts.get("tui-scale-unset", &[]),
                    );
                }
            }
            StepInput::Choice { cursor, chosen } => {
                let multi = matches!(step.kind, StepKind::Multi { .. });
                let numbered = wording::numbered_choices(&self.session, &step);
                let (spacing, skip) = self.choice_rows(numbered.len(), area.height, *cursor);
                let mut lines = Vec::new();
                for (index, (number, id)) in numbered.into_iter().enumerate().skip(skip) {
                    let label = wording::choice_label(texts, dialogue, &step, &id);
                    let tick = if multi {
                        if chosen.contains(&id) { "[x] " } else { "[ ] " }
                    } else if chosen.contains(&id) {
                        "(•) "
                    } else {
                        "( ) "
                    };
                    let selected = index == *cursor;
                    let text = format!("{tick}{number}. {label}");
                    lines.push(marked(
                        &widgets::ellipsis(&text, area.width.saturating_sub(2)),
                        selected,
                        theme,
                    ));
                    if spacing > 1 {
                        lines.push(Line::default());
                    }
                }
                frame.render_widget(Paragraph::new(lines), area);
            }
            StepInput::YesNo(value) => {
                let yes = texts.get("answer-yes", &[]);
                let no = texts.get("answer-no", &[]);
                let lines = vec![
                    marked(
                        &format!("{} {yes}", if *value == Some(true) { "(•)" } else { "( )" }),
                        *value == Some(true),
                        theme,
                    ),
                    marked(
                        &format!(
                            "{} {no}",
                            if *value == Some(false) {
                                "(•)"
                            } else {
                                "( )"
                            }
                        ),
                        *value == Some(false),
                        theme,
                    ),
                ];
                frame.render_widget(Paragraph::new(lines), area);
            }
            StepInput::Repeat { cursor, form } => {
                self.repeat_view(context, frame, area, &step, *cursor, form.as_ref())
            }
        }
        if let Some(notes) = layout.notes {
            // What the conversation before this one found (learning after a crisis, beside
            // the plan it revises), then the facilitator's note.
            let title = if self.beside.is_empty() {
                "tui-notes-title"
            } else {
                "tui-beside-title"
            };
            let block = Block::bordered()
                .title(texts.get(title, &[]))
                .border_style(theme.border);
            let inner = block.inner(notes);
            let mut lines: Vec<Line> = Vec::new();
            for (question, answer) in &self.beside {
                lines.push(Line::styled(
                    widgets::ellipsis(question, inner.width),
                    theme.accent,
                ));
                for line in widgets::wrap(answer, inner.width.saturating_sub(2)) {
                    lines.push(Line::styled(format!("  {line}"), theme.text));
                }
            }
            if self.notes_shown() {
                let note = wording::attribute(texts, dialogue, &step, keys::NOTE)
                    .unwrap_or_else(|| texts.get("tui-no-note", &[]));
                if !lines.is_empty() {
                    lines.push(Line::styled(texts.get("tui-notes-title", &[]), theme.title));
                }
                lines.extend(
                    widgets::wrap(&note, inner.width)
                        .into_iter()
                        .map(|l| Line::styled(l, theme.dim)),
                );
            }
            frame.render_widget(Paragraph::new(lines).block(block), notes);
        }
    }

    fn field_view(&self, frame: &mut Frame, area: Rect, field: &TextField, theme: &Theme) {
        if area.height < 3 || area.width < 6 {
            return;
        }
        let block = Block::bordered().border_style(theme.border);
        let inner = block.inner(area);
        let height = if field.is_multiline() {
            inner.height
        } else {
            1
        };
        let box_area = Rect {
            height: height + 2,
            ..area
        };
        let inner = block.inner(box_area);
        let (cursor_row, cursor_column) = field.cursor_position(inner.width);
        let skip = cursor_row.saturating_sub(usize::from(inner.height.saturating_sub(1)));
        let lines: Vec<Line> = field
            .visible_rows(inner.width, skip, usize::from(inner.height))
            .iter()
            .map(|row| Line::styled(field.row_text(*row), theme.text))
            .collect();
        frame.render_widget(Paragraph::new(lines).block(block), box_area);
        let x = inner.x + (cursor_column as u16).min(inner.width.saturating_sub(1));
        let y = inner.y + (cursor_row - skip) as u16;
        frame.set_cursor_position((x, y));
    }

    fn repeat_view(
        &self,
        context: &Context,
        frame: &mut Frame,
        area: Rect,
        step: &Step,
        cursor: usize,
        form: Option<&EntryForm>,
    ) {
        let theme = &context.theme;
        let texts = &context.texts;
        let dialogue = self.session.dialogue();
        let StepKind::Repeat { fields, .. } = &step.kind else {
            return;
        };
        if let Some(form) = form {
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
            for (index, (field, input)) in fields.iter().zip(&form.fields).enumerate() {
                let label = wording::field_label(texts, dialogue, step, &field.id);
                let focused = index == form.focus;
                let text = input.text();
                let prefix = format!("{label}: ");
                if focused {
                    let (_, column) = input.cursor_position(area.width);
                    cursor_at = Some((
                        prefix.chars().map(char_width).sum::<usize>() + 2 + column,
                        lines.len(),
                    ));
                }
                lines.push(marked(&format!("{prefix}{text}"), focused, theme));
            }
            frame.render_widget(Paragraph::new(lines), area);
            if let Some((x, y)) = cursor_at {
                frame.set_cursor_position((
                    area.x + (x as u16).min(area.width.saturating_sub(1)),
                    area.y + y as u16,
                ));
            }
            return;
        }
        let entries = self.entries(step);
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
                wording::entry(texts, dialogue, step, entry)
            );
            // Up to two lines an entry, so that a phone number at the end stays visible.
            let wrapped = widgets::wrap(&text, area.width.saturating_sub(4));
            for (row, shown) in wrapped.iter().take(2).enumerate() {
                if row == 0 {
                    lines.push(marked(shown, index == cursor, theme));
                } else {
                    lines.push(Line::styled(format!("     {shown}"), theme.text));
                }
            }
        }
        lines.push(marked(
            &texts.get("tui-repeat-done", &[]),
            cursor == entries.len(),
            theme,
        ));
        frame.render_widget(Paragraph::new(lines), area);
    }

    fn review_view(&self, context: &Context, frame: &mut Frame, area: Rect) {
        let theme = &context.theme;
        let texts = &context.texts;
        let dialogue = self.session.dialogue();
        let mut lines = vec![
            Line::styled(texts.get("plain-review-heading", &[]), theme.question),
            Line::default(),
        ];
        let mut selected_line = 0;
        let width = area.width.saturating_sub(6);
        for (index, step) in self.review_items().iter().enumerate() {
            let question = wording::question(texts, dialogue, step, None);
            let answer = match self.session.answer(&step.id) {
                Some(answer) => wording::answer(texts, dialogue, step, answer),
                None => texts.get("answer-none", &[]),
            };
            let first = widgets::wrap(&question, width)
                .into_iter()
                .next()
                .unwrap_or_default();
            if index == self.review_cursor {
                selected_line = lines.len();
            }
            lines.push(marked(
                &format!("{}. {first}", index + 1),
                index == self.review_cursor,
                theme,
            ));
            for line in widgets::wrap(&answer, width).into_iter().take(4) {
                lines.push(Line::styled(format!("      {line}"), theme.accent));
            }
        }
        let hidden = self.session.hidden_answers();
        if !hidden.is_empty() {
            lines.push(Line::default());
            for line in widgets::wrap(&texts.get("plain-review-hidden", &[]), width) {
                lines.push(Line::styled(line, theme.dim));
            }
            for id in hidden {
                if let Some((_, step)) = self.session.steps().into_iter().find(|(_, s)| s.id == id)
                {
                    let answer = self
                        .session
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
        let finish_index = self.review_items().len();
        if self.review_cursor == finish_index {
            selected_line = lines.len();
        }
        lines.push(marked(
            &texts.get("tui-review-finish", &[]),
            self.review_cursor == finish_index,
            theme,
        ));
        let height = usize::from(area.height);
        let skip = (selected_line + 4).saturating_sub(height);
        let visible: Vec<Line> = lines.into_iter().skip(skip).collect();
        frame.render_widget(Paragraph::new(visible), area);
    }

    fn result_view(&self, context: &Context, frame: &mut Frame, area: Rect) {
        let theme = &context.theme;
        let texts = &context.texts;
        let summary = self
            .session
            .outcome()
            .map(|o| wording::summary(texts, self.session.dialogue(), o))
            .unwrap_or_default();
        let mut lines = vec![
            Line::styled(texts.get("plain-result-heading", &[]), theme.question),
            Line::default(),
        ];
        for line in widgets::wrap(&summary, area.width) {
            lines.push(Line::styled(line, theme.text));
        }
        lines.push(Line::default());
        for line in widgets::wrap(
            &texts.get("run-saved", &[("path", self.journal.display().to_string())]),
            area.width,
        ) {
            lines.push(Line::styled(line, theme.dim));
        }
        if let Some((start, _)) = self.follow_up(context) {
            let title = texts.get(&crate::script::keys::title(&start.dialogue), &[]);
            lines.push(Line::default());
            for line in widgets::wrap(
                &texts.get("follow-up-offer", &[("title", title)]),
                area.width,
            ) {
                lines.push(Line::styled(line, theme.question));
            }
        }
        // A long result scrolls with the arrow keys; the last lines stay reachable.
        let overflow = lines.len().saturating_sub(usize::from(area.height));
        let skip = usize::from(self.scroll).min(overflow);
        frame.render_widget(
            Paragraph::new(lines.into_iter().skip(skip).collect::<Vec<_>>()),
            area,
        );
    }

    fn help_view(&self, context: &Context, frame: &mut Frame, area: Rect) {
        let texts = &context.texts;
        let help = self
            .current()
            .and_then(|step| wording::attribute(texts, self.session.dialogue(), &step, keys::HELP))
            .unwrap_or_else(|| texts.get("plain-no-help", &[]));
        let text = format!("{help}\n\n{}", texts.get("tui-keys-help", &[]));
        widgets::message_box(
            frame,
            area,
            &context.theme,
            &text,
            &texts.get("tui-close-help", &[]),
        );
    }

    fn outline_view(&self, context: &Context, frame: &mut Frame, area: Rect, cursor: usize) {
        let theme = &context.theme;
        let texts = &context.texts;
        let dialogue = self.session.dialogue();
        let rect = widgets::centred(
            area,
            area.width.saturating_sub(4),
            area.height.saturating_sub(2),
        );
        let block = Block::bordered()
            .title(texts.get("tui-outline-title", &[]))
            .border_style(theme.border);
        let inner = block.inner(rect);
        let on_path: Vec<usize> = self.session.path();
        let mut lines = Vec::new();
        let mut last_section = "";
        let mut selected_line = 0;
        for (index, (section, step)) in self.session.steps().into_iter().enumerate() {
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
                let shown = wording::condition(texts, cond);
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
            let text = if marks_width + 12 <= room {
                format!(
                    "{}{marks}",
                    widgets::ellipsis(&question, room - marks_width)
                )
            } else {
                widgets::ellipsis(&format!("{question}{marks}"), room)
            };
            lines.push(marked(&text, index == cursor, theme));
        }
        let skip = (selected_line + 2).saturating_sub(usize::from(inner.height));
        frame.render_widget(ratatui::widgets::Clear, area);
        frame.render_widget(
            Paragraph::new(lines.into_iter().skip(skip).collect::<Vec<_>>()).block(block),
            rect,
        );
    }

    fn keys(&self, context: &Context) -> Vec<(String, String)> {
        let texts = &context.texts;
        let t = |key: &str| texts.get(key, &[]);
        let mut keys = Vec::new();
        match self.session.position() {
            Position::Step(_) if matches!(self.input, StepInput::Repeat { form: Some(_), .. }) => {
                // While an entry is open, Esc cancels it and Ctrl+D saves it.
                keys.push(("Tab".to_owned(), t("key-next-field")));
                keys.push(("Ctrl+D".to_owned(), t("key-save-entry")));
                keys.push(("Esc".to_owned(), t("key-cancel-entry")));
            }
            Position::Step(_) => {
                let next_key =
                    if self.enter_is_typing() || matches!(self.input, StepInput::Repeat { .. }) {
                        "Ctrl+D"
                    } else {
                        "Enter"
                    };
                keys.push((next_key.to_owned(), t("key-next")));
                keys.push(("Esc".to_owned(), t("key-back")));
                keys.push(("Ctrl+S".to_owned(), t("key-skip")));
                keys.push(("F1".to_owned(), t("key-help")));
                keys.push(("Ctrl+P".to_owned(), t("key-pause")));
                if matches!(self.input, StepInput::Repeat { form: None, .. }) {
                    keys.push(("+".to_owned(), t("key-add")));
                    keys.push(("Del".to_owned(), t("key-remove")));
                    keys.push(("Alt+↑↓".to_owned(), t("key-reorder")));
                }
                if matches!(self.input, StepInput::Scale(_)) {
                    keys.push(("←→ 0-9".to_owned(), t("key-set")));
                }
                if self
                    .current()
                    .is_some_and(|s| matches!(s.kind, StepKind::Multi { .. }))
                {
                    keys.push((t("key-space-digits"), t("key-tick")));
                }
                if matches!(self.input, StepInput::Text(_)) {
                    keys.push(("Ctrl+Z".to_owned(), t("key-undo")));
                }
                if self.mode == Mode::Facilitated {
                    keys.push(("Ctrl+N".to_owned(), t("key-notes")));
                }
                if self.mode == Mode::Rehearsal {
                    keys.push(("Ctrl+G".to_owned(), t("key-outline")));
                }
                keys.push(("Ctrl+B".to_owned(), t("key-blank")));
            }
            Position::Review => {
                keys.push(("Enter".to_owned(), t("key-open-or-finish")));
                keys.push(("Esc".to_owned(), t("key-back")));
                keys.push(("Ctrl+P".to_owned(), t("key-pause")));
            }
            Position::Done | Position::Paused if self.follow_up(context).is_some() => {
                keys.push(("Enter".to_owned(), t("key-go-on")));
                keys.push(("Esc".to_owned(), t("key-not-now")));
                keys.push(("↑↓".to_owned(), t("key-scroll")));
            }
            Position::Done | Position::Paused => {
                keys.push(("Enter".to_owned(), t("key-done")));
                if self.offers_trend() {
                    keys.push(("g".to_owned(), t("key-chart")));
                }
                keys.push(("↑↓".to_owned(), t("key-scroll")));
            }
        }
        keys
    }
}

struct ConversationLayout {
    header: Rect,
    gauge: Rect,
    body: Rect,
    input: Rect,
    notes: Option<Rect>,
    notice: Rect,
    footer: Rect,
}

fn text_of(answer: Option<Value>) -> String {
    match answer {
        Some(Value::Text(text)) => text,
        _ => String::new(),
    }
}

fn toggle(chosen: &mut Vec<String>, id: Option<String>) {
    let Some(id) = id else {
        return;
    };
    if let Some(at) = chosen.iter().position(|c| *c == id) {
        chosen.remove(at);
    } else {
        chosen.push(id);
    }
}

/// A value on the scale: within its ends and on one of its steps.
fn snap(value: f64, min: f64, max: f64, increment: f64) -> f64 {
    let steps = ((value - min) / increment).round();
    let decimals = wording::scale_decimals(increment);
    flow::round((min + steps * increment).clamp(min, max), decimals)
}

/// The row of the scale's line and the columns of its two ends, in the input area.
fn scale_geometry(area: &Rect) -> (u16, u16, u16) {
    let row = area.y + 1;
    let x0 = area.x + 2;
    let x1 = (area.x + area.width).saturating_sub(3).max(x0 + 1);
    (row, x0, x1)
}

#[allow(clippy::too_many_arguments)]
fn scale_view(
    frame: &mut Frame,
    area: Rect,
    theme: &Theme,
    value: Option<f64>,
    (min, max): (f64, f64),
    (min_text, max_text): (&str, &str),
    (min_label, max_label): (&str, &str),
    shown: impl Fn(f64) -> String,
    unset: &str,
) {
    if area.height < 3 {
        return;
    }
    let (row, x0, x1) = scale_geometry(&area);
    let width = usize::from(x1 - x0 + 1);
    let position = value.map(|v| (((v - min) / (max - min)) * (width - 1) as f64).round() as usize);
    let mut line = String::new();
    for i in 0..width {
        let c = match position {
            Some(p) if p == i => '●',
            _ if i == 0 => '├',
            _ if i == width - 1 => '┤',
            _ => '─',
        };
        line.push(c);
    }
    let value_text = match value {
        Some(v) => shown(v),
        None => unset.to_owned(),
    };
    let value_x = match position {
        Some(p) => (x0 + p as u16)
            .saturating_sub(value_text.chars().count() as u16 / 2)
            .clamp(
                area.x,
                (area.x + area.width).saturating_sub(value_text.chars().count() as u16),
            ),
        None => area.x + (area.width.saturating_sub(value_text.chars().count() as u16)) / 2,
    };
    let value_style = if value.is_some() {
        theme.accent
    } else {
        theme.dim
    };
    let value_width =
        (value_text.chars().count() as u16).min((area.x + area.width).saturating_sub(value_x));
    frame.render_widget(
        Paragraph::new(Line::styled(value_text, value_style)),
        Rect::new(value_x, row - 1, value_width, 1),
    );
    frame.render_widget(
        Paragraph::new(Line::styled(
            line,
            if value.is_some() {
                theme.accent
            } else {
                theme.dim
            },
        )),
        Rect::new(x0, row, x1 - x0 + 1, 1),
    );
    let ends = Line::from(vec![Span::styled(min_text.to_owned(), theme.text)]);
    frame.render_widget(
        Paragraph::new(ends),
        Rect::new(x0, row + 1, area.width / 2, 1),
    );
    frame.render_widget(
        Paragraph::new(Line::styled(max_text.to_owned(), theme.text)).alignment(Alignment::Right),
        Rect::new(
            area.x + area.width / 2,
            row + 1,
            (x1 + 1).saturating_sub(area.x + area.width / 2),
            1,
        ),
    );
    let half = area.width / 2;
    let min_lines = widgets::wrap(min_label, half.saturating_sub(3));
    let max_lines = widgets::wrap(max_label, half.saturating_sub(3));
    let labels_height = (area.y + area.height).saturating_sub(row + 2).min(2);
    frame.render_widget(
        Paragraph::new(
            min_lines
                .into_iter()
                .map(|l| Line::styled(l, theme.dim))
                .collect::<Vec<_>>(),
        ),
        Rect::new(x0, row + 2, half.saturating_sub(2), labels_height),
    );
    frame.render_widget(
        Paragraph::new(
            max_lines
                .into_iter()
                .map(|l| Line::styled(l, theme.dim))
                .collect::<Vec<_>>(),
        )
        .alignment(Alignment::Right),
        Rect::new(
            area.x + half,
            row + 2,
            (x1 + 1).saturating_sub(area.x + half),
            labels_height,
        ),
    );
}

/// A line with the selection marker before it when selected: the marker carries the
/// selection where a theme without colour cannot.
fn marked(text: &str, selected: bool, theme: &Theme) -> Line<'static> {
    if selected {
        Line::from(vec![
            Span::styled(MARKER, theme.accent),
            Span::styled(text.to_owned(), theme.selected),
        ])
    } else {
        Line::from(vec![
            Span::raw(NO_MARKER),
            Span::styled(text.to_owned(), theme.text),
        ])
    }
}

/// Editing keys of a text field.
fn edit(field: &mut TextField, key: KeyEvent, width: u16) {
    if ctrl(&key, 'z') {
        field.undo();
        return;
    }
    match key.code {
        KeyCode::Char(c)
            if !key.modifiers.contains(KeyModifiers::CONTROL)
                && !key.modifiers.contains(KeyModifiers::ALT) =>
        {
            let _ = field.insert(c);
        }
        KeyCode::Enter => {
            let _ = field.insert('\n');
        }
        KeyCode::Backspace => field.backspace(),
        KeyCode::Delete => field.delete(),
        KeyCode::Left => field.left(),
        KeyCode::Right => field.right(),
        KeyCode::Home => field.home(),
        KeyCode::End => field.end(),
        KeyCode::Up => field.vertical(width, false),
        KeyCode::Down => field.vertical(width, true),
        KeyCode::Tab => {
            let _ = field.insert('\t');
        }
        _ => {}
    }
}

/// Minutes and seconds, for the rehearsal timers.
fn clock(duration: chrono::TimeDelta) -> String {
    let seconds = duration.num_seconds().max(0);
    format!("{}:{:02}", seconds / 60, seconds % 60)
}
