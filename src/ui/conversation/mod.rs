//! One conversation on screen: one question at a time, the review of every answer, and the
//! result. Each kind of input lives in its own module with its state, keys and view
//! (`text`, `scale`, `choice`, `repeat`, `review`, `outline`); this one routes keys to
//! them, turns what they ask for into engine messages, and what the engine asks to have
//! written into `Command::Record`.
//!
//! Two promises live here. What is recorded is what the screen showed as chosen or typed
//! when the person confirmed it: an untouched question records nothing on Enter. And
//! nothing typed is dropped: text left unconfirmed on a step is kept when the person goes
//! back and forth, and written as a draft when the conversation pauses.

mod choice;
mod outline;
mod repeat;
mod review;
mod scale;
mod text;

use std::collections::BTreeMap;
use std::path::PathBuf;

use ratatui::Frame;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, MouseButton, MouseEventKind};
use ratatui::layout::{Alignment, Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph};

use self::choice::ChoiceInput;
use self::outline::OutlineKey;
use self::repeat::RepeatInput;
use self::review::Review;
use self::scale::ScaleInput;
use self::text::TextInput;
use super::theme::Theme;
use super::{Command, Context, Input, Start, ctrl, widgets};
use crate::engine::{self, Answer, Effect, Event, Msg, Position, Session, Stamp, Value};
use crate::i18n::Texts;
use crate::journal::Mode;
use crate::script::{Step, StepKind, keys};
use crate::wording;

/// What an input makes of a key.
pub(super) enum Act {
    /// Nothing for the engine: the input changed, or the key means nothing here.
    Stay,
    /// This goes to the engine.
    Send(Msg),
    /// Say this under the question (how to choose, why a number is refused).
    Say(String),
}

/// What an input needs to know about its step.
pub(super) struct StepCx<'a> {
    pub session: &'a Session,
    pub step: &'a Step,
    pub texts: &'a Texts,
    pub theme: &'a Theme,
    pub mode: Mode,
    pub now: Stamp,
}

/// What is being entered at the current step, before it is confirmed.
#[derive(Debug, Clone, PartialEq)]
enum StepInput {
    Info,
    Text(TextInput),
    Scale(ScaleInput),
    Choice(ChoiceInput),
    Repeat(RepeatInput),
}

/// Typed at a step and not confirmed.
#[derive(Debug, Clone, PartialEq)]
pub enum Draft {
    Text(String),
    /// An entry of a repeat group being written: its fields.
    Entry(Vec<(String, String)>),
}

impl Draft {
    /// As the journal keeps it (`draft.text:`, or one `draft.FIELD:` a field).
    pub fn fields(&self) -> Vec<(String, String)> {
        match self {
            Draft::Text(text) => vec![("text".to_owned(), text.clone())],
            Draft::Entry(fields) => fields.clone(),
        }
    }

    pub fn from_fields(fields: Vec<(String, String)>) -> Draft {
        match fields.as_slice() {
            [(id, text)] if id == "text" => Draft::Text(text.clone()),
            _ => Draft::Entry(fields),
        }
    }
}

/// A question the screen is asking before it acts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Asking {
    /// Ctrl+S on a step with typed text: skip, and let the text go?
    SkipWithText,
    /// Ctrl+X: discard the whole conversation?
    Discard,
}

/// The state before a message whose record is being written: put back if writing fails,
/// so the answer stays on screen and nothing after it happens.
#[derive(Clone)]
struct Snapshot {
    session: Session,
    input: StepInput,
    input_for: Option<(Position, String)>,
    drafts: BTreeMap<String, Draft>,
    review: Option<Review>,
}

pub struct Conversation {
    pub session: Session,
    pub mode: Mode,
    pub journal: PathBuf,
    input: StepInput,
    /// Where the input belongs: the position and the step's id.
    input_for: Option<(Position, String)>,
    /// Unconfirmed typing on steps the person has left, by step id.
    drafts: BTreeMap<String, Draft>,
    /// The questions whose drafts were kept when the conversation paused, for the pause
    /// screen to say exactly what was kept.
    kept_drafts: Vec<String>,
    help_open: bool,
    notes_open: bool,
    /// The rehearsal outline, with its cursor, while it is open.
    outline: Option<usize>,
    review: Option<Review>,
    /// The answer being corrected from the review, to come back to.
    correcting: Option<String>,
    asking: Option<Asking>,
    started: Stamp,
    step_started: Stamp,
    /// A message of the interface's own ("that is not a number").
    message: Option<String>,
    /// How far the result is scrolled down.
    scroll: u16,
    /// Questions and answers of the conversation this one follows, shown beside it.
    pub beside: Vec<(String, String)>,
    /// Who the conversation is with: the result screen offers their trend.
    participant: String,
    /// The screen's language: numbers are typed back as they are shown.
    lang: crate::i18n::Lang,
    before: Option<Box<Snapshot>>,
}

impl Conversation {
    pub fn new(
        session: Session,
        start: &Start,
        journal: PathBuf,
        now: Stamp,
        lang: crate::i18n::Lang,
        drafts: BTreeMap<String, Draft>,
    ) -> Conversation {
        let mut conversation = Conversation {
            session,
            mode: start.mode,
            journal,
            input: StepInput::Info,
            input_for: None,
            drafts,
            kept_drafts: Vec::new(),
            help_open: false,
            notes_open: false,
            outline: None,
            review: None,
            correcting: None,
            asking: None,
            started: now,
            step_started: now,
            message: None,
            scroll: 0,
            beside: Vec::new(),
            participant: start.participant.clone(),
            lang,
            before: None,
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

    fn step_cx<'a>(&'a self, context: &'a Context, step: &'a Step, now: Stamp) -> StepCx<'a> {
        StepCx {
            session: &self.session,
            step,
            texts: &context.texts,
            theme: &context.theme,
            mode: self.mode,
            now,
        }
    }

    fn current(&self) -> Option<Step> {
        self.session.current_step().map(|(_, s)| s.clone())
    }

    /// Rebuilds the input when the conversation has moved: from a draft kept for the step,
    /// or else from its answer so far.
    fn sync_input(&mut self, now: Stamp) {
        let position = self.session.position();
        let step = self.current();
        let here = (
            position,
            step.as_ref().map(|s| s.id.clone()).unwrap_or_default(),
        );
        if self.input_for.as_ref() == Some(&here) {
            return;
        }
        self.input_for = Some(here);
        self.step_started = now;
        self.help_open = false;
        self.asking = None;
        if position == Position::Review {
            self.review = Some(Review::open(
                &self.session,
                self.correcting.take().as_deref(),
            ));
        }
        let Some(step) = step else {
            self.input = StepInput::Info;
            return;
        };
        let answer = self
            .session
            .answer(&step.id)
            .and_then(Answer::value)
            .cloned();
        let draft = self.drafts.remove(&step.id);
        self.input = build_input(&self.session, &step, self.lang, answer.as_ref(), draft);
    }

    /// What is typed and not confirmed at the current step.
    fn unconfirmed(&self, context: &Context) -> Option<Draft> {
        let step = self.current()?;
        let cx = self.step_cx(context, &step, self.started);
        match &self.input {
            StepInput::Text(input) => {
                let answer = self.session.answer(&step.id).and_then(Answer::value);
                input.unconfirmed(&step, self.lang, answer).map(Draft::Text)
            }
            StepInput::Repeat(input) => input.unconfirmed(&cx).map(Draft::Entry),
            _ => None,
        }
    }

    fn send(&mut self, context: &Context, msg: Msg, now: Stamp) -> Vec<Command> {
        let leaving = self.current().map(|s| s.id.clone());
        let navigating = matches!(
            msg,
            Msg::Back | Msg::GoToStep(_) | Msg::GoToSection(_) | Msg::Review | Msg::Revise(_)
        );
        let confirming = matches!(msg, Msg::Answer(..) | Msg::Skip(_));
        let unconfirmed = if navigating {
            self.unconfirmed(context)
        } else {
            None
        };
        if let Msg::Revise(id) = &msg {
            self.correcting = Some(id.clone());
        }
        let snapshot = Snapshot {
            session: self.session.clone(),
            input: self.input.clone(),
            input_for: self.input_for.clone(),
            drafts: self.drafts.clone(),
            review: self.review.clone(),
        };
        let before = self.session.position();
        let effects = engine::update(&mut self.session, msg);
        let commands: Vec<Command> = effects
            .into_iter()
            .map(|Effect::Record(event)| Command::Record(event))
            .collect();
        if !commands.is_empty() {
            self.before = Some(Box::new(snapshot));
        }
        if let Some(id) = leaving
            && self.session.position() != before
        {
            if let Some(draft) = unconfirmed {
                self.drafts.insert(id.clone(), draft);
            }
            if confirming {
                self.drafts.remove(&id);
            }
        }
        // A repeat group stays on its list after each change; the input keeps its cursor.
        let same_place = self
            .input_for
            .as_ref()
            .is_some_and(|(p, _)| *p == self.session.position());
        if same_place && let StepInput::Repeat(_) = &self.input {
            let count = self
                .current()
                .map(|step| repeat::entries(&self.step_cx(context, &step, now)).len())
                .unwrap_or(0);
            let refused = self.session.notice().is_some();
            if let StepInput::Repeat(input) = &mut self.input {
                let kept = input.clone();
                input.changed(count);
                // A refused entry (a required field empty) stays open to be corrected.
                if refused {
                    input.keep_form(&kept);
                }
            }
        }
        self.sync_input(now);
        if matches!(self.session.position(), Position::Paused | Position::Done) {
            self.outline = None;
        }
        commands
    }

    /// The front end could not write what the last message recorded: everything goes back
    /// to how it was before it, so the answer stays on screen to be tried again.
    pub fn record_failed(&mut self) {
        if let Some(snapshot) = self.before.take() {
            let snapshot = *snapshot;
            self.session = snapshot.session;
            self.input = snapshot.input;
            self.input_for = snapshot.input_for;
            self.drafts = snapshot.drafts;
            self.review = snapshot.review;
            self.kept_drafts.clear();
        }
    }

    /// Pauses: what is typed and not confirmed is written first, as drafts, then the pause.
    pub fn pause(&mut self, context: &Context, now: Stamp) -> Vec<Command> {
        if matches!(self.session.position(), Position::Done | Position::Paused) {
            return Vec::new();
        }
        let mut drafts = self.drafts.clone();
        if let (Some(step), Some(draft)) = (self.current(), self.unconfirmed(context)) {
            drafts.insert(step.id.clone(), draft);
        }
        let snapshot_drafts = self.drafts.clone();
        let mut commands: Vec<Command> = drafts
            .iter()
            .map(|(step, draft)| {
                Command::Record(Event::Draft {
                    at: now,
                    step: step.clone(),
                    fields: draft.fields(),
                })
            })
            .collect();
        let dialogue = self.session.dialogue();
        let kept: Vec<String> = self
            .session
            .steps()
            .into_iter()
            .filter(|(_, s)| drafts.contains_key(&s.id))
            .map(|(_, s)| wording::question(&context.texts, dialogue, s, None))
            .collect();
        self.drafts = drafts;
        commands.extend(self.send(context, Msg::Pause(now), now));
        if let Some(before) = &mut self.before {
            before.drafts = snapshot_drafts;
        }
        self.kept_drafts = kept;
        commands
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
                self.paste(context, &text, now);
                Vec::new()
            }
            Input::Mouse(mouse) => self.mouse(context, mouse, now, size),
            Input::Key(key) if key.kind == KeyEventKind::Press => self.key(context, key, now, size),
            Input::Key(_) => Vec::new(),
        }
    }

    fn paste(&mut self, context: &Context, text: &str, now: Stamp) {
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

    /// A conversation started by mistake can be thrown away; a citizen alone has no one
    /// to confirm it with, so self mode and the kiosk pause instead.
    fn offers_discard(&self) -> bool {
        self.mode != Mode::SelfGuided
            && !matches!(self.session.position(), Position::Done | Position::Paused)
    }

    /// A finished FIT or WHO-5 conversation held with a facilitator offers the numbers
    /// over time as a place to start talking (not when the citizen is alone with them).
    fn offers_trend(&self) -> bool {
        self.mode == Mode::Facilitated
            && self.session.position() == Position::Done
            && crate::history::Instrument::of(&self.session.dialogue().id).is_some()
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

    fn mouse(
        &mut self,
        context: &Context,
        mouse: ratatui::crossterm::event::MouseEvent,
        now: Stamp,
        size: (u16, u16),
    ) -> Vec<Command> {
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
        // Two rows for a notice only while one shows: kept free, they cut the result and
        // the notes short and left no room to space a self-mode list.
        let notice_height = if self.notice_text(context).is_some() {
            2
        } else {
            0
        };
        let [header, gauge, _, main, notice, footer] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Length(gap),
            Constraint::Min(4),
            Constraint::Length(notice_height),
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
                // As tall as the note needs, up to half the screen's middle.
                let wanted = self
                    .notes_lines(context, main.width.saturating_sub(2))
                    .len() as u16
                    + 2;
                let notes_height = wanted.clamp(3, (main.height / 2).max(3));
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
            Position::Step(_) => self.step_view(context, frame, &layout, now),
            Position::Review => {
                if let Some(review) = &self.review {
                    review.view(
                        &self.session,
                        texts,
                        theme,
                        frame,
                        layout.body.union(layout.input),
                    );
                }
            }
            Position::Done => self.result_view(context, frame, layout.body),
            Position::Paused => self.paused_view(context, frame, layout.body),
        }
        if let Some(notice) = self.notice_text(context) {
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
            outline::view(&self.session, texts, theme, frame, area, cursor);
        }
    }

    fn notice_text(&self, context: &Context) -> Option<String> {
        self.session
            .notice()
            .map(|n| wording::notice(&context.texts, &self.session, n))
            .or_else(|| self.message.clone())
    }

    /// The notes panel's lines: what the conversation before found, then the note.
    fn notes_lines(&self, context: &Context, width: u16) -> Vec<Line<'static>> {
        let theme = &context.theme;
        let texts = &context.texts;
        let mut lines: Vec<Line> = Vec::new();
        let Some(step) = self.current() else {
            return lines;
        };
        for (question, answer) in &self.beside {
            lines.push(Line::styled(
                widgets::ellipsis(question, width),
                theme.accent,
            ));
            for line in widgets::wrap(answer, width.saturating_sub(2)) {
                lines.push(Line::styled(format!("  {line}"), theme.text));
            }
        }
        if self.notes_shown() {
            let note = wording::attribute(texts, self.session.dialogue(), &step, keys::NOTE)
                .unwrap_or_else(|| texts.get("tui-no-note", &[]));
            if !lines.is_empty() {
                lines.push(Line::styled(texts.get("tui-notes-title", &[]), theme.title));
            }
            lines.extend(
                widgets::wrap(&note, width)
                    .into_iter()
                    .map(|l| Line::styled(l, theme.dim)),
            );
        }
        lines
    }

    /// Where the answers are: a path for staff, plain words for a citizen alone.
    fn saved_line(&self, texts: &Texts) -> String {
        if self.mode == Mode::SelfGuided {
            texts.get("run-saved-self", &[])
        } else {
            texts.get("run-saved", &[("path", self.journal.display().to_string())])
        }
    }

    /// The pause says exactly what was kept: the answers, and any words not yet confirmed.
    fn paused_view(&self, context: &Context, frame: &mut Frame, area: Rect) {
        let theme = &context.theme;
        let texts = &context.texts;
        let mut lines = vec![
            Line::styled(texts.get("tui-paused", &[]), theme.question),
            Line::default(),
        ];
        let answered = self.session.answers().len();
        let mut kept = vec![texts.get("tui-paused-answers", &[("answers", answered.to_string())])];
        for question in &self.kept_drafts {
            kept.push(texts.get(
                "tui-paused-draft",
                &[("question", widgets::ellipsis(question, 60))],
            ));
        }
        kept.push(self.saved_line(texts));
        for text in kept {
            lines.extend(
                widgets::wrap(&text, area.width)
                    .into_iter()
                    .map(|l| Line::styled(l, theme.text)),
            );
        }
        frame.render_widget(Paragraph::new(lines), area);
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

    fn step_view(
        &self,
        context: &Context,
        frame: &mut Frame,
        layout: &ConversationLayout,
        now: Stamp,
    ) {
        let theme = &context.theme;
        let texts = &context.texts;
        let Some(step) = self.current() else {
            return;
        };
        let alignment = if self.mode == Mode::Rehearsal {
            Alignment::Left
        } else {
            Alignment::Center
        };
        let style = if step.kind.is_question() {
            theme.question
        } else {
            theme.text
        };
        let question: Vec<Line> = self
            .question_lines(context, layout.body.width)
            .into_iter()
            .map(|l| Line::styled(l, style))
            .collect();
        frame.render_widget(Paragraph::new(question).alignment(alignment), layout.body);
        let area = layout.input;
        let cx = self.step_cx(context, &step, now);
        match &self.input {
            StepInput::Info => {
                if matches!(step.kind, StepKind::Info { contacts: true }) {
                    contacts_view(context, frame, area, alignment);
                }
            }
            StepInput::Text(input) => input.view(frame, area, theme),
            StepInput::Scale(scale) => scale.view(&cx, frame, area),
            StepInput::Choice(choice) => choice.view(&cx, frame, area),
            StepInput::Repeat(list) => list.view(&cx, frame, area),
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
            let lines = widgets::fit_rows(
                self.notes_lines(context, inner.width),
                inner.height,
                inner.width,
                None,
                theme.dim,
            );
            frame.render_widget(Paragraph::new(lines).block(block), notes);
        }
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
        for line in widgets::wrap(&self.saved_line(texts), area.width) {
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
        let lines = widgets::fit_rows(
            lines.into_iter().skip(skip).collect(),
            area.height,
            area.width,
            Some(&texts.get("tui-more-below", &[])),
            theme.dim,
        );
        frame.render_widget(Paragraph::new(lines), area);
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

    fn keys(&self, context: &Context) -> Vec<(String, String)> {
        let texts = &context.texts;
        let t = |key: &str| texts.get(key, &[]);
        let mut keys = Vec::new();
        match self.session.position() {
            Position::Step(_) => {
                let Some(step) = self.current() else {
                    return keys;
                };
                let cx = self.step_cx(context, &step, self.started);
                if let StepInput::Repeat(list) = &self.input
                    && (list.editing() || list.removing())
                {
                    return list.keys(&cx);
                }
                let next_key = match &self.input {
                    StepInput::Text(text) if text.is_multiline() => "Ctrl+D",
                    StepInput::Repeat(_) => "Ctrl+D",
                    _ => "Enter",
                };
                keys.push((next_key.to_owned(), t("key-next")));
                match &self.input {
                    StepInput::Choice(choice) => keys.extend(choice.keys(&cx)),
                    StepInput::Scale(scale) => keys.extend(scale.keys(&cx)),
                    StepInput::Repeat(list) => keys.extend(list.keys(&cx)),
                    StepInput::Text(_) => keys.push(("Ctrl+Z".to_owned(), t("key-undo"))),
                    StepInput::Info => {}
                }
                keys.push(("Esc".to_owned(), t("key-back")));
                keys.push(("Ctrl+S".to_owned(), t("key-skip")));
                keys.push(("F1".to_owned(), t("key-help")));
                keys.push(("Ctrl+P".to_owned(), t("key-pause")));
                if self.mode == Mode::Facilitated {
                    keys.push(("Ctrl+N".to_owned(), t("key-notes")));
                }
                if self.mode == Mode::Rehearsal {
                    keys.push(("Ctrl+G".to_owned(), t("key-outline")));
                }
                if self.offers_discard() {
                    keys.push(("Ctrl+X".to_owned(), t("key-discard")));
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

/// The input for a step: from the draft kept for it, or else its answer so far.
fn build_input(
    session: &Session,
    step: &Step,
    lang: crate::i18n::Lang,
    answer: Option<&Value>,
    draft: Option<Draft>,
) -> StepInput {
    match &step.kind {
        StepKind::ShortText { .. } | StepKind::LongText { .. } | StepKind::Number { .. } => {
            let draft = match draft {
                Some(Draft::Text(text)) => Some(text),
                _ => None,
            };
            StepInput::Text(TextInput::new(step, lang, answer, draft.as_deref()))
        }
        StepKind::Scale { .. } => StepInput::Scale(ScaleInput::new(answer)),
        StepKind::Single { .. } | StepKind::Multi { .. } | StepKind::YesNo => {
            StepInput::Choice(ChoiceInput::new(session, step, answer))
        }
        StepKind::Repeat { .. } => {
            let draft = match draft {
                Some(Draft::Entry(fields)) => Some(fields),
                _ => None,
            };
            StepInput::Repeat(RepeatInput::new(step, draft.as_deref()))
        }
        _ => StepInput::Info,
    }
}

/// The crisis contacts configured, and 112, on a step that shows them.
fn contacts_view(context: &Context, frame: &mut Frame, area: Rect, alignment: Alignment) {
    let theme = &context.theme;
    let texts = &context.texts;
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
        lines.extend(
            widgets::wrap(&text, area.width)
                .into_iter()
                .map(|l| Line::styled(l, theme.accent)),
        );
    }
    lines.push(Line::styled(
        texts.get("contacts-emergency", &[]),
        theme.warning,
    ));
    frame.render_widget(Paragraph::new(lines).alignment(alignment), area);
}

/// Minutes and seconds, for the rehearsal timers.
fn clock(duration: chrono::TimeDelta) -> String {
    let seconds = duration.num_seconds().max(0);
    format!("{}:{:02}", seconds / 60, seconds % 60)
}
