//! The conversation as a state machine: `update(&mut Session, Msg) -> Vec<Effect>`.
//!
//! Pure: it reads no clock (time comes in with the message) and touches no file (what
//! must be written comes out as an effect, and the front end writes it before it shows
//! the next question).

mod answer;
pub mod carried;
pub mod flow;
mod reload;
pub mod scoring;
pub mod sub_goals;

use std::collections::{BTreeMap, HashSet};
use std::sync::Arc;

use chrono::{DateTime, FixedOffset};

pub use answer::{Answer, Entry, MAX_ANSWER_BYTES, Value, neutralise};
pub use reload::Landing;
pub use scoring::{Earlier, FlagHit, Outcome, Previous, ScoreValue, Since, days_between};

use crate::script::{Dialogue, Field, Step, StepKind};

/// When something happened, with the local UTC offset, as the journal writes it.
pub type Stamp = DateTime<FixedOffset>;

#[derive(Debug, Clone, PartialEq)]
pub enum Msg {
    /// Confirm an answer to the current step.
    Answer(Value, Stamp),
    /// Leave the current step unanswered, on purpose.
    Skip(Stamp),
    /// Go on: past an info step, or past a step answered before.
    Next(Stamp),
    Back,
    /// Go to the first step of a section on the path (the outline, a trainer's jump).
    GoToSection(String),
    /// Go to a step on the path (the outline of a rehearsal).
    GoToStep(String),
    /// Open the review of all answers before finishing.
    Review,
    /// From the review: change one answer, then come back to the review.
    Revise(String),
    /// Repeat groups: change the current step's list of entries.
    AddEntry(Entry, Stamp),
    EditEntry(usize, Entry, Stamp),
    RemoveEntry(usize, Stamp),
    MoveEntry {
        from: usize,
        to: usize,
        at: Stamp,
    },
    Finish(Stamp),
    Pause(Stamp),
}

/// What the front end must do, in order, before showing the next state.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    Record(Event),
}

/// One block of the journal.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    Answered {
        at: Stamp,
        step: String,
        answer: Answer,
    },
    Paused {
        at: Stamp,
    },
    /// What was typed at the open step but not confirmed when the conversation paused:
    /// kept, to be put back in its field on resume. It is not an answer. For a text step
    /// one field (`text`); for an entry of a repeat group, its fields.
    Draft {
        at: Stamp,
        step: String,
        fields: Vec<(String, String)>,
    },
    Finished {
        at: Stamp,
        outcome: Outcome,
        /// Steps that were answered but are no longer on the path: kept, and marked.
        hidden: Vec<String>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Position {
    /// At the step with this flat index.
    Step(usize),
    Review,
    Paused,
    Done,
}

/// Why the engine did not move on, for the view to word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// The step is required; its `.required` message says why.
    Required(String),
    /// The answer breaks the step's validation; its `.invalid` message says what fits.
    Invalid(String),
    /// The answer does not fit the step at all (a choice that is not offered, a value
    /// off the scale): the front end let something through it should not have.
    DoesNotFit(String),
    /// A required field of a repeat-group entry is empty.
    FieldRequired { step: String, field: String },
    /// A field of a repeat-group entry breaks its validation.
    FieldInvalid { step: String, field: String },
    /// A section with nothing on the path now.
    NothingThere(String),
}

#[derive(Debug, Clone)]
pub struct Session {
    dialogue: Arc<Dialogue>,
    answers: BTreeMap<String, Answer>,
    position: Position,
    previous: Previous,
    /// Set while correcting an answer from the review, with the path as it was when the
    /// correction began: confirming goes back to the review, by way of any question the
    /// correction brought onto the path.
    revising: Option<Vec<usize>>,
    notice: Option<Notice>,
    outcome: Option<Outcome>,
    /// The answers of the plan this conversation revises, to say of each answer whether it
    /// was carried over, changed or is new (`carried`).
    baseline: Option<Arc<BTreeMap<String, Answer>>>,
    /// Where a `draw` step's choice comes from; the front end passes it in, so the engine
    /// stays pure and a test can fix it. Without one, a draw step is asked like any choice.
    seed: Option<u64>,
}

/// The step whose answer paused the conversation, if one did: the first question on the
/// path whose answer, as it stands, jumps to the pause.
fn answer_that_paused(dialogue: &Dialogue, answers: &BTreeMap<String, Answer>) -> Option<String> {
    let steps = flow::steps(dialogue);
    flow::path(dialogue, answers).into_iter().find_map(|index| {
        let step = steps[index].1;
        (answers.contains_key(&step.id) && flow::pauses_after(dialogue, answers, step))
            .then(|| step.id.clone())
    })
}

impl Session {
    pub fn new(dialogue: Arc<Dialogue>, previous: Previous) -> Session {
        Session::resume(dialogue, BTreeMap::new(), previous)
    }

    /// Continues a conversation at the first step on the path without an answer.
    ///
    /// A conversation that paused because of an answer ("is this a good time?" – no) asks
    /// that question again: the person has come back, and the journal should tell what
    /// they answer now rather than keep the "no" that paused it (the new answer is a new
    /// block, and the later one wins; the "no" stays in the journal as what was said then).
    pub fn resume(
        dialogue: Arc<Dialogue>,
        mut answers: BTreeMap<String, Answer>,
        previous: Previous,
    ) -> Session {
        if let Some(paused_by) = answer_that_paused(&dialogue, &answers) {
            answers.remove(&paused_by);
        }
        let mut session = Session {
            dialogue,
            answers,
            position: Position::Review,
            previous,
            revising: None,
            notice: None,
            outcome: None,
            baseline: None,
            seed: None,
        };
        session.position = session.first_open();
        session
    }

    /// Starts from earlier answers (a crisis plan revised): every answer is there to keep,
    /// change or remove, and the conversation starts at the first step.
    pub fn prefilled(
        dialogue: Arc<Dialogue>,
        answers: BTreeMap<String, Answer>,
        previous: Previous,
    ) -> Session {
        let mut session = Session::resume(dialogue, answers.clone(), previous);
        session.baseline = Some(Arc::new(answers));
        session.position = session
            .path()
            .first()
            .map_or(Position::Review, |i| Position::Step(*i));
        session
    }

    /// The earlier scores this conversation's change flags compare with, given after it
    /// started (reading them is the front end's, and waits for the first screen).
    pub fn compare_with(&mut self, previous: Previous) {
        self.previous = previous;
    }

    pub fn dialogue(&self) -> &Dialogue {
        &self.dialogue
    }

    /// A resumed revision: the answers of the plan it revises, to compare with.
    pub fn with_baseline(mut self, baseline: BTreeMap<String, Answer>) -> Session {
        self.baseline = Some(Arc::new(baseline));
        self
    }

    /// The seed `draw` steps are drawn from (see [`draw_index`]).
    pub fn with_seed(mut self, seed: u64) -> Session {
        self.seed = Some(seed);
        self
    }

    /// In a revision, what became of this step's answer since the plan revised.
    pub fn carried(&self, step: &str) -> Option<carried::Carried> {
        let baseline = self.baseline.as_ref()?;
        carried::classify(baseline.get(step), self.answers.get(step))
    }

    pub fn answers(&self) -> &BTreeMap<String, Answer> {
        &self.answers
    }

    pub fn answer(&self, step: &str) -> Option<&Answer> {
        self.answers.get(step)
    }

    pub fn position(&self) -> Position {
        self.position
    }

    pub fn notice(&self) -> Option<&Notice> {
        self.notice.as_ref()
    }

    pub fn outcome(&self) -> Option<&Outcome> {
        self.outcome.as_ref()
    }

    pub fn previous(&self) -> &Previous {
        &self.previous
    }

    /// The flat indices of the steps on the path, given the answers so far.
    pub fn path(&self) -> Vec<usize> {
        flow::path(&self.dialogue, &self.answers)
    }

    /// Every step with its section, in order.
    pub fn steps(&self) -> Vec<(&str, &Step)> {
        flow::steps(&self.dialogue)
    }

    pub fn current_step(&self) -> Option<(&str, &Step)> {
        match self.position {
            Position::Step(index) => self.steps().get(index).copied(),
            _ => None,
        }
    }

    /// "Question `n` of `total`": the answerable steps on the path (not info or sums).
    pub fn question_number(&self) -> Option<(usize, usize)> {
        let Position::Step(current) = self.position else {
            return None;
        };
        let steps = self.steps();
        let questions: Vec<usize> = self
            .path()
            .into_iter()
            .filter(|i| steps[*i].1.kind.is_question())
            .collect();
        let number = questions.iter().position(|i| *i == current)? + 1;
        Some((number, questions.len()))
    }

    /// Answered steps the path no longer passes: kept, and shown as set aside.
    pub fn hidden_answers(&self) -> Vec<String> {
        let steps = self.steps();
        let on_path: HashSet<&str> = self
            .path()
            .into_iter()
            .map(|i| steps[i].1.id.as_str())
            .collect();
        steps
            .iter()
            .map(|(_, s)| s.id.as_str())
            .filter(|id| self.answers.contains_key(*id) && !on_path.contains(id))
            .map(str::to_owned)
            .collect()
    }

    /// The choices of a step whose own conditions hold now.
    pub fn offered_choices(&self, step: &Step) -> Vec<crate::script::Choice> {
        let steps = self.steps();
        let visible: HashSet<&str> = self
            .path()
            .into_iter()
            .map(|i| steps[i].1.id.as_str())
            .collect();
        let seen = flow::Seen {
            dialogue: &self.dialogue,
            answers: &self.answers,
            visible: &visible,
        };
        flow::choices(&self.dialogue, step)
            .iter()
            .filter(|choice| choice.when.as_ref().is_none_or(|cond| seen.holds(cond)))
            .cloned()
            .collect()
    }

    /// The value of a computed step as it stands now.
    pub fn computed(&self, step: &Step) -> Option<f64> {
        let StepKind::Computed { calc } = &step.kind else {
            return None;
        };
        let steps = self.steps();
        let visible: HashSet<&str> = self
            .path()
            .into_iter()
            .map(|i| steps[i].1.id.as_str())
            .collect();
        flow::Seen {
            dialogue: &self.dialogue,
            answers: &self.answers,
            visible: &visible,
        }
        .calc(calc)
    }

    fn first_open(&self) -> Position {
        let steps = self.steps();
        let open = self.path().into_iter().find(|i| {
            let step = steps[*i].1;
            step.kind.is_question() && !self.answers.contains_key(&step.id)
        });
        match open {
            Some(index) => self.with_leading_info(Position::Step(index)),
            None => Position::Review,
        }
    }

    /// Resuming at a question shows the info steps right before it again, so a person
    /// coming back reads the introduction they read the first time.
    fn with_leading_info(&self, position: Position) -> Position {
        let Position::Step(index) = position else {
            return position;
        };
        let steps = self.steps();
        let path = self.path();
        let Some(at) = path.iter().position(|i| *i == index) else {
            return position;
        };
        let mut start = at;
        while start > 0 && !steps[path[start - 1]].1.kind.is_question() {
            start -= 1;
        }
        Position::Step(path[start])
    }

    /// The step after `index` on the path, or the review.
    fn after(&self, index: usize) -> Position {
        if let Some(before) = &self.revising {
            // A corrected answer can bring new questions onto the path: ask those, then
            // go back to the review.
            let steps = self.steps();
            return self
                .path()
                .into_iter()
                .find(|i| {
                    *i > index
                        && !before.contains(i)
                        && steps[*i].1.kind.is_question()
                        && !self.answers.contains_key(&steps[*i].1.id)
                })
                .map_or(Position::Review, Position::Step);
        }
        self.path()
            .into_iter()
            .find(|i| *i > index)
            .map_or(Position::Review, Position::Step)
    }
}

impl StepKind {
    /// Whether the step asks for an answer (info and computed steps do not).
    pub fn is_question(&self) -> bool {
        !matches!(self, StepKind::Info { .. } | StepKind::Computed { .. })
    }
}

/// The steps whose answer differs between an earlier plan and this one: changed, removed
/// (skipped now) or new. Pure, for the journal's `changes` block.
pub fn changed_since(
    before: &BTreeMap<String, Answer>,
    now: &BTreeMap<String, Answer>,
    dialogue: &Dialogue,
) -> Vec<String> {
    flow::steps(dialogue)
        .into_iter()
        .map(|(_, step)| step.id.as_str())
        .filter(|id| before.get(*id) != now.get(*id))
        .map(str::to_owned)
        .collect()
}

/// Whether a condition holds over a conversation's final answers (a follow-up's `when`).
pub fn holds(
    dialogue: &Dialogue,
    answers: &BTreeMap<String, Answer>,
    cond: &crate::script::Cond,
) -> bool {
    let steps = flow::steps(dialogue);
    let visible: HashSet<&str> = flow::path(dialogue, answers)
        .into_iter()
        .map(|i| steps[i].1.id.as_str())
        .collect();
    flow::Seen {
        dialogue,
        answers,
        visible: &visible,
    }
    .holds(cond)
}

pub fn update(session: &mut Session, msg: Msg) -> Vec<Effect> {
    let at = msg.stamp();
    let mut effects = handle(session, msg);
    // Coming to a `draw` step draws it: only on a message that carries the time, which is
    // every message that moves forward (going back or jumping in the outline to a draw
    // step shows it as a choice to make by hand).
    if let Some(at) = at {
        effects.extend(draw_due(session, at));
    }
    effects
}

impl Msg {
    fn stamp(&self) -> Option<Stamp> {
        match self {
            Msg::Answer(_, at)
            | Msg::Skip(at)
            | Msg::Next(at)
            | Msg::AddEntry(_, at)
            | Msg::EditEntry(_, _, at)
            | Msg::RemoveEntry(_, at)
            | Msg::MoveEntry { at, .. }
            | Msg::Finish(at)
            | Msg::Pause(at) => Some(*at),
            Msg::Back | Msg::GoToSection(_) | Msg::GoToStep(_) | Msg::Review | Msg::Revise(_) => {
                None
            }
        }
    }
}

/// Which of `count` choices a draw step takes: the same for the same seed and step, so a
/// test (or a trainer who wants the same card again) can repeat a draw. splitmix64 over
/// the seed and an FNV-1a hash of the step's id.
pub fn draw_index(seed: u64, step: &str, count: usize) -> usize {
    if count == 0 {
        return 0;
    }
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in step.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    let mut z = (seed ^ hash).wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^= z >> 31;
    usize::try_from(z % count as u64).unwrap_or(0)
}

/// Draws every unanswered `draw` step the conversation has come to, records the choice
/// drawn like an answer, and goes on past it.
fn draw_due(session: &mut Session, at: Stamp) -> Vec<Effect> {
    let mut effects = Vec::new();
    let Some(seed) = session.seed else {
        return effects;
    };
    while let Some((index, step)) = current(session) {
        if !step.draw || session.answers.contains_key(&step.id) {
            break;
        }
        let offered = session.offered_choices(&step);
        let Some(choice) = offered.get(draw_index(seed, &step.id, offered.len())) else {
            break;
        };
        let drawn = Answer::Given(Value::Choice(choice.id.clone()));
        effects.extend(record(session, index, &step, drawn, at));
    }
    effects
}

fn handle(session: &mut Session, msg: Msg) -> Vec<Effect> {
    session.notice = None;
    match msg {
        Msg::Answer(value, at) => answer(session, value, at),
        Msg::Skip(at) => skip(session, at),
        Msg::Next(at) => next(session, at),
        Msg::Back => {
            back(session);
            Vec::new()
        }
        Msg::GoToSection(section) => {
            go_to(session, &section, |(section_id, _)| section_id == section);
            Vec::new()
        }
        Msg::GoToStep(step) => {
            go_to(session, &step, |(_, s)| s.id == step);
            Vec::new()
        }
        Msg::Review => {
            if matches!(session.position, Position::Step(_)) {
                session.position = Position::Review;
                session.revising = None;
            }
            Vec::new()
        }
        Msg::Revise(step) => {
            revise(session, &step);
            Vec::new()
        }
        Msg::AddEntry(entry, at) => change_entries(session, at, |entries| {
            entries.push(entry);
            true
        }),
        Msg::EditEntry(index, entry, at) => {
            change_entries(session, at, |entries| match entries.get_mut(index) {
                Some(slot) => {
                    *slot = entry;
                    true
                }
                None => false,
            })
        }
        Msg::RemoveEntry(index, at) => change_entries(session, at, |entries| {
            if index < entries.len() {
                entries.remove(index);
                true
            } else {
                false
            }
        }),
        Msg::MoveEntry { from, to, at } => change_entries(session, at, |entries| {
            if from < entries.len() && to < entries.len() && from != to {
                let entry = entries.remove(from);
                entries.insert(to, entry);
                true
            } else {
                false
            }
        }),
        Msg::Finish(at) => finish(session, at),
        Msg::Pause(at) => pause(session, at),
    }
}

fn current(session: &Session) -> Option<(usize, Step)> {
    match session.position {
        Position::Step(index) => session
            .steps()
            .get(index)
            .map(|(_, step)| (index, (*step).clone())),
        _ => None,
    }
}

fn answer(session: &mut Session, value: Value, at: Stamp) -> Vec<Effect> {
    let Some((index, step)) = current(session) else {
        return Vec::new();
    };
    let value = value.neutralised();
    if let Err(notice) = fits(session, &step, &value) {
        session.notice = Some(notice);
        return Vec::new();
    }
    record(session, index, &step, Answer::Given(value), at)
}

fn record(
    session: &mut Session,
    index: usize,
    step: &Step,
    answer: Answer,
    at: Stamp,
) -> Vec<Effect> {
    session.answers.insert(step.id.clone(), answer.clone());
    let mut effects = vec![Effect::Record(Event::Answered {
        at,
        step: step.id.clone(),
        answer,
    })];
    if session.revising.is_none() && flow::pauses_after(&session.dialogue, &session.answers, step) {
        session.position = Position::Paused;
        effects.push(Effect::Record(Event::Paused { at }));
        return effects;
    }
    session.position = session.after(index);
    if session.position == Position::Review {
        session.revising = None;
    }
    effects
}

fn skip(session: &mut Session, at: Stamp) -> Vec<Effect> {
    let Some((index, step)) = current(session) else {
        return Vec::new();
    };
    if !step.kind.is_question() {
        session.position = session.after(index);
        return Vec::new();
    }
    if step.required {
        session.notice = Some(Notice::Required(step.id.clone()));
        return Vec::new();
    }
    record(session, index, &step, Answer::Skipped, at)
}

fn next(session: &mut Session, at: Stamp) -> Vec<Effect> {
    let Some((index, step)) = current(session) else {
        return Vec::new();
    };
    let answered = session.answers.contains_key(&step.id);
    if !step.kind.is_question() || answered {
        session.position = session.after(index);
        if session.position == Position::Review {
            session.revising = None;
        }
        return Vec::new();
    }
    if let StepKind::Repeat { .. } = step.kind {
        if step.required {
            session.notice = Some(Notice::Required(step.id.clone()));
            return Vec::new();
        }
        // An empty list confirmed is an answer: "nobody for now".
        return record(
            session,
            index,
            &step,
            Answer::Given(Value::Entries(Vec::new())),
            at,
        );
    }
    skip(session, at)
}

fn back(session: &mut Session) {
    let path = session.path();
    session.position = match session.position {
        Position::Step(index) => path
            .iter()
            .rev()
            .find(|i| **i < index)
            .map_or(Position::Step(index), |i| Position::Step(*i)),
        Position::Review => path.last().map_or(Position::Review, |i| Position::Step(*i)),
        other => other,
    };
    session.revising = None;
}

/// Moves to the first step on the path that `wanted` picks, if the conversation is open.
fn go_to(session: &mut Session, name: &str, wanted: impl Fn((&str, &Step)) -> bool) {
    let steps = session.steps();
    let found = session
        .path()
        .into_iter()
        .find(|i| wanted(steps[*i]))
        .map(Position::Step);
    match found {
        Some(position) if !matches!(session.position, Position::Done | Position::Paused) => {
            session.position = position;
            session.revising = None;
        }
        _ => session.notice = Some(Notice::NothingThere(name.to_owned())),
    }
}

fn revise(session: &mut Session, step_id: &str) {
    if session.position != Position::Review {
        return;
    }
    let steps = session.steps();
    if let Some(index) = session
        .path()
        .into_iter()
        .find(|i| steps[*i].1.id == step_id)
    {
        session.position = Position::Step(index);
        session.revising = Some(session.path());
    }
}

fn change_entries(
    session: &mut Session,
    at: Stamp,
    change: impl FnOnce(&mut Vec<Entry>) -> bool,
) -> Vec<Effect> {
    let Some((index, step)) = current(session) else {
        return Vec::new();
    };
    let StepKind::Repeat { .. } = step.kind else {
        return Vec::new();
    };
    let mut entries = match session.answers.get(&step.id) {
        Some(Answer::Given(Value::Entries(entries))) => entries.clone(),
        _ => Vec::new(),
    };
    if !change(&mut entries) {
        session.notice = Some(Notice::DoesNotFit(step.id.clone()));
        return Vec::new();
    }
    let value = Value::Entries(entries).neutralised();
    if let Err(notice) = fits(session, &step, &value) {
        session.notice = Some(notice);
        return Vec::new();
    }
    // Each change is written at once; the person stays on the list to go on editing.
    session
        .answers
        .insert(step.id.clone(), Answer::Given(value.clone()));
    session.position = Position::Step(index);
    vec![Effect::Record(Event::Answered {
        at,
        step: step.id.clone(),
        answer: Answer::Given(value),
    })]
}

fn finish(session: &mut Session, at: Stamp) -> Vec<Effect> {
    if session.position != Position::Review {
        return Vec::new();
    }
    let steps = session.steps();
    let missing = session.path().into_iter().find(|i| {
        let step = steps[*i].1;
        // Only questions can be required: an info step is never answered.
        step.required
            && step.kind.is_question()
            && !matches!(session.answers.get(&step.id), Some(Answer::Given(_)))
    });
    if let Some(index) = missing {
        let id = steps[index].1.id.clone();
        session.position = Position::Step(index);
        session.revising = Some(session.path());
        session.notice = Some(Notice::Required(id));
        return Vec::new();
    }
    let outcome = scoring::outcome(&session.dialogue, &session.answers, &session.previous, at);
    let hidden = session.hidden_answers();
    session.outcome = Some(outcome.clone());
    session.position = Position::Done;
    vec![Effect::Record(Event::Finished {
        at,
        outcome,
        hidden,
    })]
}

fn pause(session: &mut Session, at: Stamp) -> Vec<Effect> {
    if matches!(session.position, Position::Done | Position::Paused) {
        return Vec::new();
    }
    session.position = Position::Paused;
    vec![Effect::Record(Event::Paused { at })]
}

/// Whether a value is an answer this step can take, and passes its validation.
fn fits(session: &Session, step: &Step, value: &Value) -> Result<(), Notice> {
    let offered = session.offered_choices(step);
    let invalid = || Notice::Invalid(step.id.clone());
    let does_not_fit = || Notice::DoesNotFit(step.id.clone());
    match (&step.kind, value) {
        (StepKind::ShortText { max_len, pattern }, Value::Text(text)) => {
            let too_long = max_len.is_some_and(|max| text.chars().count() > max);
            let mismatch = pattern.as_ref().is_some_and(|p| {
                regex_lite::Regex::new(p).is_ok_and(|regex| !regex.is_match(text))
            });
            if too_long || mismatch {
                Err(invalid())
            } else {
                Ok(())
            }
        }
        (StepKind::LongText { max_len }, Value::Text(text)) => {
            if max_len.is_some_and(|max| text.chars().count() > max) {
                Err(invalid())
            } else {
                Ok(())
            }
        }
        (StepKind::Number { min, max, decimals }, Value::Number(n)) => {
            let in_range = min.is_none_or(|m| *n >= m) && max.is_none_or(|m| *n <= m);
            let precise = (flow::round(*n, *decimals) - n).abs() < flow::EPSILON;
            if in_range && precise {
                Ok(())
            } else {
                Err(invalid())
            }
        }
        (
            StepKind::Scale {
                min,
                max,
                step: increment,
            },
            Value::Number(n),
        ) => {
            let steps_from_min = (n - min) / increment;
            let on_a_step = (steps_from_min - steps_from_min.round()).abs() < 1e-6;
            if *n >= min - flow::EPSILON && *n <= max + flow::EPSILON && on_a_step {
                Ok(())
            } else {
                Err(does_not_fit())
            }
        }
        (StepKind::Single { .. }, Value::Choice(choice)) => {
            if offered.iter().any(|c| c.id == *choice) {
                Ok(())
            } else {
                Err(does_not_fit())
            }
        }
        (StepKind::Multi { max, .. }, Value::Choices(chosen)) => {
            let distinct: HashSet<&String> = chosen.iter().collect();
            if distinct.len() != chosen.len()
                || !chosen.iter().all(|c| offered.iter().any(|o| o.id == *c))
            {
                Err(does_not_fit())
            } else if max.is_some_and(|m| chosen.len() > m) {
                Err(invalid())
            } else {
                Ok(())
            }
        }
        (StepKind::YesNo, Value::YesNo(_)) => Ok(()),
        (StepKind::Repeat { fields, max }, Value::Entries(entries)) => {
            if max.is_some_and(|m| entries.len() > m) {
                return Err(does_not_fit());
            }
            for entry in entries {
                if entry
                    .fields
                    .iter()
                    .any(|(id, _)| !fields.iter().any(|f| &f.id == id))
                {
                    return Err(does_not_fit());
                }
                for field in fields {
                    check_field(&step.id, field, entry.get(&field.id).unwrap_or_default())?;
                }
            }
            Ok(())
        }
        _ => Err(does_not_fit()),
    }
}

/// Whether one field of a repeat-group entry may hold this text. Public so that a front
/// end can ask for a field again as soon as it is typed: the engine refuses a whole entry
/// with one bad field, and the other fields must not be lost with it.
pub fn check_field(step: &str, field: &Field, text: &str) -> Result<(), Notice> {
    if field.required && text.trim().is_empty() {
        return Err(Notice::FieldRequired {
            step: step.to_owned(),
            field: field.id.clone(),
        });
    }
    if field.is_choice() && !text.trim().is_empty() {
        let chosen: Vec<&str> = Field::chosen(text).collect();
        let distinct: HashSet<&&str> = chosen.iter().collect();
        let offered = |id: &&str| field.choices.iter().any(|c| c.id == *id);
        if (!field.multi && chosen.len() != 1)
            || distinct.len() != chosen.len()
            || !chosen.iter().all(offered)
        {
            return Err(Notice::FieldInvalid {
                step: step.to_owned(),
                field: field.id.clone(),
            });
        }
        return Ok(());
    }
    let too_long = field.max_len.is_some_and(|m| text.chars().count() > m);
    let mismatch = !text.is_empty()
        && field
            .pattern
            .as_ref()
            .is_some_and(|p| regex_lite::Regex::new(p).is_ok_and(|regex| !regex.is_match(text)));
    if too_long || mismatch {
        return Err(Notice::FieldInvalid {
            step: step.to_owned(),
            field: field.id.clone(),
        });
    }
    Ok(())
}
