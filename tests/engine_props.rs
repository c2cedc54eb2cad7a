//! Whatever a front end sends, the engine keeps its footing: for every built-in dialogue,
//! any sequence of messages (right and wrong answers, skips, jumps around, list edits,
//! pauses) never panics, records only the dialogue's own steps, always stands somewhere
//! valid, and can always be finished from the review.

use std::collections::{BTreeMap, HashSet};
use std::sync::{Arc, OnceLock};

use proptest::prelude::*;
use samtale::engine::sub_goals::{self, OpenGoal};
use samtale::engine::{
    Answer, Effect, Entry, Event, Msg, Notice, Position, Previous, Session, Stamp, Value, update,
};
use samtale::script::{Choices, Dialogue, Library, StepKind};

// ---------------------------------------------------------------------------------------
// The dialogues and the names in them
// ---------------------------------------------------------------------------------------

fn dialogues() -> &'static Vec<Arc<Dialogue>> {
    static DIALOGUES: OnceLock<Vec<Arc<Dialogue>>> = OnceLock::new();
    DIALOGUES.get_or_init(|| {
        let (library, problems) = Library::builtin();
        assert!(problems.is_empty(), "{problems:?}");
        // A dialogue that follows up sub-goals is exercised as asked with two open ones
        // (the copies of its section, with their conditions pointing within each).
        let open: Vec<OpenGoal> = [1, 3]
            .into_iter()
            .map(|number| OpenGoal {
                id: format!("2026-12-01T10-00-00Z-hope-path/first-step-{number}"),
                text: format!("Delmål {number}"),
                made_in: "2026-12-01T10-00-00Z-hope-path.txt".to_owned(),
                number,
            })
            .collect();
        library
            .scripts()
            .map(|script| Arc::new(sub_goals::expand(&script.dialogue, &open)))
            .collect()
    })
}

fn dialogue(id: &str) -> Arc<Dialogue> {
    dialogues()
        .iter()
        .find(|d| d.id == id)
        .unwrap_or_else(|| panic!("no built-in dialogue {id}"))
        .clone()
}

/// Every id a message can name, with one that names nothing at the end of each list.
struct Names {
    steps: Vec<String>,
    sections: Vec<String>,
    choices: Vec<String>,
    fields: Vec<String>,
}

impl Names {
    fn of(dialogue: &Dialogue) -> Names {
        let mut steps = Vec::new();
        let mut sections = Vec::new();
        let mut choices: Vec<String> = dialogue
            .choice_sets
            .values()
            .flatten()
            .map(|c| c.id.clone())
            .collect();
        let mut fields = Vec::new();
        for section in &dialogue.sections {
            sections.push(section.id.clone());
            for step in &section.steps {
                steps.push(step.id.clone());
                match &step.kind {
                    StepKind::Single {
                        choices: Choices::List(list),
                    }
                    | StepKind::Multi {
                        choices: Choices::List(list),
                        ..
                    } => choices.extend(list.iter().map(|c| c.id.clone())),
                    StepKind::Repeat { fields: list, .. } => {
                        fields.extend(list.iter().map(|f| f.id.clone()));
                    }
                    _ => {}
                }
            }
        }
        steps.extend(["no-such-step".to_owned(), String::new()]);
        sections.extend(["no-such-section".to_owned(), "end".to_owned()]);
        choices.sort();
        choices.dedup();
        choices.push("no-such-choice".to_owned());
        fields.sort();
        fields.dedup();
        fields.push("no-such-field".to_owned());
        Names {
            steps,
            sections,
            choices,
            fields,
        }
    }
}

fn pick(list: &[String], index: usize) -> String {
    list[index % list.len()].clone()
}

// ---------------------------------------------------------------------------------------
// Messages, drawn without knowing the dialogue and named against it when sent
// ---------------------------------------------------------------------------------------

type RawEntry = Vec<(usize, String)>;

#[derive(Debug, Clone)]
enum RawValue {
    Text(String),
    Number(f64),
    Choice(usize),
    Choices(Vec<usize>),
    YesNo(bool),
    Entries(Vec<RawEntry>),
}

#[derive(Debug, Clone)]
enum Op {
    /// An answer that fits the step the session is at, chosen by the seed, so that
    /// conversations get somewhere.
    Fitting(u32),
    /// Any answer at all: wrong kinds, off the scale, choices that are not offered.
    Answer(RawValue),
    Skip,
    Next,
    Back,
    Review,
    Revise(usize),
    GoTo(usize),
    GoToStep(usize),
    Add(RawEntry),
    Edit(usize, RawEntry),
    Remove(usize),
    Move(usize, usize),
    Finish,
    Pause,
    /// What the front end does with a paused conversation the next time: resume it.
    Resume,
}

const TEXTS: &[&str] = &[
    "",
    " ",
    "Mor",
    "12 34 56 78",
    "æøå ÆØÅ",
    "e\u{301}",
    "שלום",
    "😀",
    "\u{1b}[31m\r\u{7}\u{9b}",
    "linje\n\nlinje\tfane",
    "== answer 2026-11-26T10:15:03+01:00",
    "value: number 3",
];

fn raw_text() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => proptest::sample::select(TEXTS).prop_map(str::to_owned),
        2 => "\\PC{0,24}",
        1 => any::<String>(),
        1 => (1usize..400).prop_map(|n| "x".repeat(n)),
    ]
}

fn raw_number() -> impl Strategy<Value = f64> {
    prop_oneof![
        any::<f64>(),
        (-30i32..130).prop_map(|n| f64::from(n) / 10.0),
        (-3i32..13).prop_map(f64::from),
        proptest::sample::select(vec![
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
            -0.0,
            10.05,
            1e300,
            -1e-300,
        ]),
    ]
}

fn raw_entry() -> impl Strategy<Value = RawEntry> {
    proptest::collection::vec((0usize..8, raw_text()), 0..4)
}

fn raw_value() -> impl Strategy<Value = RawValue> {
    prop_oneof![
        raw_text().prop_map(RawValue::Text),
        raw_number().prop_map(RawValue::Number),
        (0usize..64).prop_map(RawValue::Choice),
        proptest::collection::vec(0usize..64, 0..5).prop_map(RawValue::Choices),
        any::<bool>().prop_map(RawValue::YesNo),
        proptest::collection::vec(raw_entry(), 0..4).prop_map(RawValue::Entries),
    ]
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        14 => any::<u32>().prop_map(Op::Fitting),
        4 => raw_value().prop_map(Op::Answer),
        2 => Just(Op::Skip),
        3 => Just(Op::Next),
        3 => Just(Op::Back),
        1 => Just(Op::Review),
        2 => (0usize..128).prop_map(Op::Revise),
        1 => (0usize..32).prop_map(Op::GoTo),
        1 => (0usize..128).prop_map(Op::GoToStep),
        1 => raw_entry().prop_map(Op::Add),
        1 => (0usize..5, raw_entry()).prop_map(|(i, e)| Op::Edit(i, e)),
        1 => (0usize..5).prop_map(Op::Remove),
        1 => (0usize..5, 0usize..5).prop_map(|(from, to)| Op::Move(from, to)),
        1 => Just(Op::Finish),
        1 => Just(Op::Pause),
        2 => Just(Op::Resume),
    ]
}

fn ops() -> impl Strategy<Value = Vec<Op>> {
    proptest::collection::vec(op(), 0..=200)
}

/// Earlier scores for the change flags: none, or any of these for every score.
fn previous() -> impl Strategy<Value = Option<f64>> {
    proptest::option::of(prop_oneof![
        0.0..100.0f64,
        (0i32..400).prop_map(|n| f64::from(n) / 10.0)
    ])
}

fn at(n: usize) -> Stamp {
    Stamp::parse_from_rfc3339(&format!(
        "2026-11-26T{:02}:{:02}:{:02}+01:00",
        10 + n / 3600,
        n / 60 % 60,
        n % 60
    ))
    .expect("valid stamp")
}

fn entry(names: &Names, raw: RawEntry) -> Entry {
    Entry {
        fields: raw
            .into_iter()
            .map(|(field, text)| (pick(&names.fields, field), text))
            .collect(),
    }
}

fn value(names: &Names, raw: RawValue) -> Value {
    match raw {
        RawValue::Text(text) => Value::Text(text),
        RawValue::Number(n) => Value::Number(n),
        RawValue::Choice(i) => Value::Choice(pick(&names.choices, i)),
        RawValue::Choices(list) => {
            Value::Choices(list.into_iter().map(|i| pick(&names.choices, i)).collect())
        }
        RawValue::YesNo(yes) => Value::YesNo(yes),
        RawValue::Entries(entries) => {
            Value::Entries(entries.into_iter().map(|e| entry(names, e)).collect())
        }
    }
}

/// A message that the step the session is at takes, varied by the seed.
fn fitting(session: &Session, seed: u32, at: Stamp) -> Msg {
    let Some((_, step)) = session.current_step() else {
        return Msg::Next(at);
    };
    let step = step.clone();
    let seed = seed as usize;
    let value = match &step.kind {
        StepKind::Info { .. } | StepKind::Computed { .. } => return Msg::Next(at),
        StepKind::ShortText { .. } => Value::Text(format!("svar {seed}")),
        StepKind::LongText { .. } => Value::Text(format!("Første linje {seed}\n\nog en til")),
        StepKind::Number { min, max, .. } => {
            Value::Number(min.unwrap_or(0.0).max(0.0).min(max.unwrap_or(f64::MAX)))
        }
        StepKind::Scale { min, max, step } => {
            let count = ((max - min) / step).round() as usize;
            let k = seed % (count + 1);
            Value::Number(((min + k as f64 * step) * 1e6).round() / 1e6)
        }
        StepKind::Single { .. } => {
            let offered = session.offered_choices(&step);
            if offered.is_empty() {
                return Msg::Next(at);
            }
            Value::Choice(offered[seed % offered.len()].id.clone())
        }
        StepKind::Multi { max, .. } => {
            let offered = session.offered_choices(&step);
            let chosen: Vec<String> = offered
                .iter()
                .enumerate()
                .filter(|(i, _)| (seed >> (i % 32)) & 1 == 1)
                .map(|(_, c)| c.id.clone())
                .take(max.unwrap_or(usize::MAX))
                .collect();
            Value::Choices(chosen)
        }
        StepKind::YesNo => Value::YesNo(seed.is_multiple_of(2)),
        StepKind::Repeat { fields, .. } => {
            if seed.is_multiple_of(3) {
                return Msg::Next(at);
            }
            let entry = Entry {
                fields: fields
                    .iter()
                    .filter(|f| f.required)
                    .map(|f| (f.id.clone(), format!("Navn {seed}")))
                    .collect(),
            };
            return Msg::AddEntry(entry, at);
        }
    };
    Msg::Answer(value, at)
}

fn message(session: &Session, names: &Names, op: Op, at: Stamp) -> Msg {
    match op {
        Op::Fitting(seed) => fitting(session, seed, at),
        Op::Answer(raw) => Msg::Answer(value(names, raw), at),
        Op::Skip => Msg::Skip(at),
        Op::Next => Msg::Next(at),
        Op::Back => Msg::Back,
        Op::Review => Msg::Review,
        Op::Revise(i) => Msg::Revise(pick(&names.steps, i)),
        Op::GoTo(i) => Msg::GoToSection(pick(&names.sections, i)),
        Op::GoToStep(i) => Msg::GoToStep(pick(&names.steps, i)),
        Op::Add(raw) => Msg::AddEntry(entry(names, raw), at),
        Op::Edit(i, raw) => Msg::EditEntry(i, entry(names, raw), at),
        Op::Remove(i) => Msg::RemoveEntry(i, at),
        Op::Move(from, to) => Msg::MoveEntry { from, to, at },
        Op::Finish => Msg::Finish(at),
        Op::Pause => Msg::Pause(at),
        Op::Resume => unreachable!("handled by the driver"),
    }
}

// ---------------------------------------------------------------------------------------
// The driver and its invariants
// ---------------------------------------------------------------------------------------

fn here(session: &Session) -> Option<String> {
    session.current_step().map(|(_, step)| step.id.clone())
}

/// The first step on the path that is required and has no given answer.
fn missing_required(session: &Session) -> Option<String> {
    let steps = session.steps();
    session
        .path()
        .into_iter()
        .map(|i| steps[i].1)
        .find(|step| step.required && !matches!(session.answer(&step.id), Some(Answer::Given(_))))
        .map(|step| step.id.clone())
}

fn check_position(session: &Session) -> Result<(), TestCaseError> {
    if let Position::Step(index) = session.position() {
        prop_assert!(
            index < session.steps().len(),
            "position {} of {} steps",
            index,
            session.steps().len()
        );
        prop_assert!(
            session.path().contains(&index),
            "at {:?}, which is not on the path {:?}",
            here(session),
            session.path()
        );
    }
    Ok(())
}

struct Run {
    dialogue: Arc<Dialogue>,
    names: Names,
    step_ids: HashSet<String>,
    previous: Previous,
    session: Session,
    /// The answers as the journal would replay them from the recorded events.
    recorded: BTreeMap<String, Answer>,
    sent: usize,
}

impl Run {
    fn new(id: &str, previous_score: Option<f64>) -> Run {
        let dialogue = dialogue(id);
        let previous: Previous = match previous_score {
            Some(value) => dialogue
                .scores
                .iter()
                .map(|s| {
                    let earlier = samtale::engine::Earlier { value, at: at(0) };
                    (s.id.clone(), earlier)
                })
                .collect(),
            None => Previous::new(),
        };
        Run {
            names: Names::of(&dialogue),
            step_ids: dialogue
                .sections
                .iter()
                .flat_map(|s| s.steps.iter().map(|step| step.id.clone()))
                .collect(),
            // A seed, so that draw steps (dilemma-cards) are drawn as in the program.
            session: Session::new(dialogue.clone(), previous.clone()).with_seed(7),
            previous,
            dialogue,
            recorded: BTreeMap::new(),
            sent: 0,
        }
    }

    fn resume(&mut self) -> Result<(), TestCaseError> {
        self.session = Session::resume(
            self.dialogue.clone(),
            self.session.answers().clone(),
            self.previous.clone(),
        )
        .with_seed(7);
        // The answer that paused the conversation, if one did, is asked again: the
        // resumed session holds every recorded answer but that one, and is at it (or at
        // the info steps before it).
        let asked_again: Vec<String> = self
            .recorded
            .keys()
            .filter(|step| !self.session.answers().contains_key(*step))
            .cloned()
            .collect();
        prop_assert!(asked_again.len() <= 1, "asked again: {:?}", asked_again);
        for step in &asked_again {
            prop_assert!(
                self.session
                    .path()
                    .iter()
                    .any(|i| { self.session.steps()[*i].1.id == *step }),
                "{} is on the path",
                step
            );
            self.recorded.remove(step);
        }
        prop_assert!(self.session.position() != Position::Paused);
        prop_assert!(self.session.position() != Position::Done);
        check_position(&self.session)
    }

    fn apply(&mut self, op: Op) -> Result<(), TestCaseError> {
        if let Op::Resume = op {
            if self.session.position() == Position::Paused {
                self.resume()?;
            }
            return Ok(());
        }
        self.sent += 1;
        let stamp = at(self.sent);
        let msg = message(&self.session, &self.names, op, stamp);
        self.send(msg)
    }

    fn send(&mut self, msg: Msg) -> Result<(), TestCaseError> {
        let before = self.session.position();
        let was_at = here(&self.session);
        let missing = missing_required(&self.session);
        // Written out here, not `Msg::stamp`: the test's own account of which messages
        // carry a time, to hold the engine's to.
        let stamp = match &msg {
            Msg::Answer(_, at)
            | Msg::Skip(at)
            | Msg::Next(at)
            | Msg::AddEntry(_, at)
            | Msg::EditEntry(_, _, at)
            | Msg::RemoveEntry(_, at)
            | Msg::MoveEntry { at, .. }
            | Msg::Finish(at)
            | Msg::Pause(at) => Some(*at),
            // Back, Review, Revise and going to a section or step carry no time.
            _ => None,
        };
        let is_finish = matches!(msg, Msg::Finish(_));
        let effects = update(&mut self.session, msg.clone());

        let mut finished = 0;
        for Effect::Record(event) in &effects {
            match event {
                Event::Answered { at, step, answer } => {
                    prop_assert!(self.step_ids.contains(step), "{:?} is no step", step);
                    // A draw step the conversation came to on the way is drawn and
                    // recorded by the same message (dilemma-cards), with a card.
                    let drawn = self
                        .dialogue
                        .sections
                        .iter()
                        .flat_map(|s| s.steps.iter())
                        .any(|s| s.id == *step && s.draw);
                    if drawn && Some(step) != was_at.as_ref() {
                        prop_assert!(
                            matches!(
                                answer,
                                samtale::engine::Answer::Given(samtale::engine::Value::Choice(_))
                            ),
                            "a draw records a card: {:?}",
                            answer
                        );
                    } else {
                        prop_assert_eq!(
                            Some(step),
                            was_at.as_ref(),
                            "the answer is to the step the session was at"
                        );
                    }
                    prop_assert_eq!(Some(*at), stamp);
                    self.recorded.insert(step.clone(), answer.clone());
                }
                Event::Paused { at } => {
                    prop_assert_eq!(Some(*at), stamp);
                    prop_assert_eq!(self.session.position(), Position::Paused);
                }
                Event::Draft { .. } => {
                    prop_assert!(false, "the engine never writes a draft: {:?}", event);
                }
                Event::Finished {
                    at,
                    outcome,
                    hidden,
                } => {
                    finished += 1;
                    prop_assert!(is_finish, "finished by {:?}", msg);
                    prop_assert_eq!(Some(*at), stamp);
                    prop_assert_eq!(Some(outcome), self.session.outcome());
                    prop_assert_eq!(hidden, &self.session.hidden_answers());
                }
            }
        }
        prop_assert_eq!(
            &self.recorded,
            self.session.answers(),
            "every change of an answer is recorded, after {:?}",
            msg
        );
        check_position(&self.session)?;

        if before == Position::Done {
            prop_assert_eq!(self.session.position(), Position::Done);
            prop_assert!(effects.is_empty(), "{:?} after done: {:?}", msg, effects);
        }
        if before == Position::Paused {
            prop_assert_eq!(self.session.position(), Position::Paused);
            prop_assert!(effects.is_empty(), "{:?} while paused: {:?}", msg, effects);
        }
        if is_finish && before == Position::Review {
            match missing {
                None => {
                    prop_assert_eq!(self.session.position(), Position::Done);
                    prop_assert!(self.session.outcome().is_some());
                    prop_assert_eq!(finished, 1);
                    prop_assert_eq!(effects.len(), 1);
                }
                Some(id) => {
                    prop_assert_eq!(here(&self.session), Some(id.clone()));
                    prop_assert_eq!(self.session.notice(), Some(&Notice::Required(id)));
                    prop_assert!(effects.is_empty());
                }
            }
        } else {
            prop_assert_eq!(finished, 0);
        }
        Ok(())
    }

    /// Whatever state the messages left: resume if paused, open the review, finish, and
    /// answer any required step the finish sends back to. It must end done.
    fn finish(&mut self) -> Result<(), TestCaseError> {
        for round in 0..100u32 {
            match self.session.position() {
                Position::Done => {
                    prop_assert!(self.session.outcome().is_some());
                    return Ok(());
                }
                Position::Paused => self.resume()?,
                Position::Step(_) => {
                    if self
                        .session
                        .notice()
                        .is_some_and(|n| matches!(n, Notice::Required(_)))
                    {
                        let msg = fitting(&self.session, round, at(9000));
                        self.send(msg)?;
                    } else {
                        self.send(Msg::Review)?;
                    }
                }
                Position::Review => self.send(Msg::Finish(at(9001)))?,
            }
        }
        prop_assert!(false, "could not finish: {:?}", self.session.position());
        Ok(())
    }
}

fn run(id: &str, previous: Option<f64>, ops: Vec<Op>) -> Result<(), TestCaseError> {
    let mut run = Run::new(id, previous);
    check_position(&run.session)?;
    for op in ops {
        run.apply(op)?;
    }
    run.finish()
}

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: 64,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn who5_takes_any_messages(previous in previous(), ops in ops()) {
        run("who5", previous, ops)?;
    }

    #[test]
    fn fit_srs_takes_any_messages(previous in previous(), ops in ops()) {
        run("fit-srs", previous, ops)?;
    }

    #[test]
    fn fit_ors_takes_any_messages(previous in previous(), ops in ops()) {
        run("fit-ors", previous, ops)?;
    }

    #[test]
    fn fit_feedback_takes_any_messages(previous in previous(), ops in ops()) {
        run("fit-feedback", previous, ops)?;
    }

    #[test]
    fn crisis_plan_takes_any_messages(previous in previous(), ops in ops()) {
        run("crisis-plan", previous, ops)?;
    }

    #[test]
    fn post_crisis_learning_takes_any_messages(previous in previous(), ops in ops()) {
        run("post-crisis-learning", previous, ops)?;
    }

    #[test]
    fn reflection_principles_takes_any_messages(previous in previous(), ops in ops()) {
        run("reflection-principles", previous, ops)?;
    }

    #[test]
    fn expectations_takes_any_messages(previous in previous(), ops in ops()) {
        run("expectations", previous, ops)?;
    }

    #[test]
    fn ending_takes_any_messages(previous in previous(), ops in ops()) {
        run("ending", previous, ops)?;
    }

    #[test]
    fn coping_plan_takes_any_messages(previous in previous(), ops in ops()) {
        run("coping-plan", previous, ops)?;
    }

    #[test]
    fn la2_wellbeing_plan_takes_any_messages(previous in previous(), ops in ops()) {
        run("la2-wellbeing-plan", previous, ops)?;
    }

    #[test]
    fn la2_safety_plan_takes_any_messages(previous in previous(), ops in ops()) {
        run("la2-safety-plan", previous, ops)?;
    }

    #[test]
    fn network_map_takes_any_messages(previous in previous(), ops in ops()) {
        run("network-map", previous, ops)?;
    }

    #[test]
    fn selfeval_citizen_takes_any_messages(previous in previous(), ops in ops()) {
        run("selfeval-citizen", previous, ops)?;
    }

    #[test]
    fn selfeval_staff_takes_any_messages(previous in previous(), ops in ops()) {
        run("selfeval-staff", previous, ops)?;
    }

    #[test]
    fn dilemma_cards_takes_any_messages(previous in previous(), ops in ops()) {
        run("dilemma-cards", previous, ops)?;
    }

    #[test]
    fn hope_path_takes_any_messages(previous in previous(), ops in ops()) {
        run("hope-path", previous, ops)?;
    }

    #[test]
    fn goals_followup_takes_any_messages(previous in previous(), ops in ops()) {
        run("goals-followup", previous, ops)?;
    }
}

#[test]
fn every_builtin_dialogue_is_exercised() {
    let mut ids: Vec<&str> = dialogues().iter().map(|d| d.id.as_str()).collect();
    ids.sort();
    assert_eq!(
        ids,
        [
            "coping-plan",
            "crisis-plan",
            "dilemma-cards",
            "ending",
            "expectations",
            "fit-feedback",
            "fit-ors",
            "fit-srs",
            "goals-followup",
            "hope-path",
            "la2-safety-plan",
            "la2-wellbeing-plan",
            "network-map",
            "post-crisis-learning",
            "reflection-principles",
            "selfeval-citizen",
            "selfeval-staff",
            "who5"
        ],
        "a new built-in dialogue needs its own property above"
    );
}
