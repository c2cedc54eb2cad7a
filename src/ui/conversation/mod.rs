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
mod keys;
mod outline;
mod repeat;
mod review;
mod scale;
mod text;
mod view;

use std::collections::BTreeMap;
use std::path::PathBuf;

use ratatui::crossterm::event::KeyEventKind;

use self::choice::ChoiceInput;
use self::repeat::RepeatInput;
use self::review::Review;
use self::scale::ScaleInput;
use self::text::TextInput;
use super::theme::Theme;
use super::{Command, Context, Input, Start};
use crate::engine::{self, Answer, Effect, Event, Msg, Position, Session, Stamp, Value};
use crate::i18n::Texts;
use crate::journal::Mode;
use crate::script::{Step, StepKind};
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
    /// How far the panel beside it is scrolled down (Ctrl+↑↓, the mouse wheel).
    beside_scroll: u16,
    /// A plan being revised: "Udfyldt fra planen af 1. december – behold, ret eller slet."
    pub banner: Option<String>,
    /// Who the conversation is with: the result screen offers their trend.
    participant: String,
    /// Who holds it with them: a conversation it goes on to is held by the same person.
    facilitator: Option<String>,
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
            beside_scroll: 0,
            banner: None,
            participant: start.participant.clone(),
            facilitator: start.facilitator.clone(),
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

    /// The unconfirmed typing of every step, the current one's included: what a preview
    /// carries over to the script's next version.
    pub fn drafts_kept(&self, context: &Context) -> BTreeMap<String, Draft> {
        let mut drafts = self.drafts.clone();
        if let (Some(step), Some(draft)) = (self.current(), self.unconfirmed(context)) {
            drafts.insert(step.id, draft);
        }
        drafts
    }

    /// A preview's reload: the rehearsal's clocks go on from where they were, not from 0.
    pub fn keep_clocks_of(&mut self, before: &Conversation, same_step: bool) {
        self.started = before.started;
        if same_step {
            self.step_started = before.step_started;
        }
    }

    /// The text in the current step's field, as it stands (for the tests' invariants).
    pub fn field_text(&self) -> Option<String> {
        match &self.input {
            StepInput::Text(input) => Some(input.field.text()),
            _ => None,
        }
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
            facilitator: self.facilitator.clone(),
            resume: None,
            follows: self
                .journal
                .file_name()
                .map(|name| name.to_string_lossy().into_owned()),
        };
        Some((start, beside))
    }
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
