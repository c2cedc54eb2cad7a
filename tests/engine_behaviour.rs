//! What people rely on the engine to do, one behaviour per test, each with a small
//! purpose-made script.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use samtale::engine::{
    Answer, Effect, Entry, Event, FlagHit, Landing, Msg, Notice, Position, Previous, ScoreValue,
    Session, Stamp, Value, update,
};
use samtale::script::{Dialogue, check_file};

// ---------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------

/// A dialogue from the RON that follows the fixed head fields, checked like a user's file:
/// the only problems allowed are the missing Fluent texts.
fn script(id: &str, body: &str) -> Arc<Dialogue> {
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    let text = format!(
        "Dialogue(id: \"{id}\", version: 1, audience: Citizen, minutes: 1, \
         source: \"test\", licence: \"test\", {body})"
    );
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!(
        "engine-behaviour-{}-{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    ));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(format!("{id}.ron"));
    std::fs::write(&path, &text).expect("write script");
    let checked = check_file(&path);
    let unexpected: Vec<_> = checked
        .problems
        .iter()
        .filter(|p| p.key != "check-no-texts")
        .map(|p| format!("{}:{} {} {:?}", p.line, p.column, p.key, p.args))
        .collect();
    assert!(unexpected.is_empty(), "test script {id}: {unexpected:#?}");
    Arc::new(checked.dialogue.expect("test script parses"))
}

fn start(dialogue: &Arc<Dialogue>) -> Session {
    Session::new(dialogue.clone(), Previous::new())
}

/// A distinct time for each message, so effects can be traced to the message they came from.
fn at(n: u32) -> Stamp {
    Stamp::parse_from_rfc3339(&format!(
        "2026-11-26T10:{:02}:{:02}+01:00",
        n / 60 % 60,
        n % 60
    ))
    .expect("valid stamp")
}

fn stamp(text: &str) -> Stamp {
    Stamp::parse_from_rfc3339(text).expect("valid stamp")
}

/// The id of the step the session is at, if it is at one.
fn here(session: &Session) -> Option<String> {
    session.current_step().map(|(_, step)| step.id.clone())
}

fn path_ids(session: &Session) -> Vec<String> {
    let steps = session.steps();
    session
        .path()
        .into_iter()
        .map(|i| steps[i].1.id.clone())
        .collect()
}

fn text(t: &str) -> Value {
    Value::Text(t.to_owned())
}

fn choice(id: &str) -> Value {
    Value::Choice(id.to_owned())
}

fn entry(fields: &[(&str, &str)]) -> Entry {
    Entry {
        fields: fields
            .iter()
            .map(|(id, text)| ((*id).to_owned(), (*text).to_owned()))
            .collect(),
    }
}

fn answered(at: Stamp, step: &str, answer: Answer) -> Effect {
    Effect::Record(Event::Answered {
        at,
        step: step.to_owned(),
        answer,
    })
}

fn given(at: Stamp, step: &str, value: Value) -> Effect {
    answered(at, step, Answer::Given(value))
}

fn entries_of(session: &Session, step: &str) -> Vec<Entry> {
    match session.answer(step) {
        Some(Answer::Given(Value::Entries(entries))) => entries.clone(),
        other => panic!("{step} has no entries: {other:?}"),
    }
}

/// Answers the steps of the path in order (`None` skips), passing info steps, then asks
/// for the review and finishes there. Returns the effects of the finish.
fn answer_all_and_finish(session: &mut Session, values: &[Option<Value>]) -> Vec<Effect> {
    let mut values = values.iter();
    let mut n = 100;
    while let Some((_, step)) = session.current_step() {
        n += 1;
        let msg = if step.kind.is_question() {
            match values.next().expect("a value for every question") {
                Some(value) => Msg::Answer(value.clone(), at(n)),
                None => Msg::Skip(at(n)),
            }
        } else {
            Msg::Next(at(n))
        };
        update(session, msg);
        assert_eq!(session.notice(), None, "at {:?}", here(session));
    }
    assert!(values.next().is_none(), "more values than questions");
    assert_eq!(session.position(), Position::Review);
    update(session, Msg::Finish(at(999)))
}

fn score(id: &str, value: f64, max: Option<f64>, decimals: u8, band: Option<&str>) -> ScoreValue {
    ScoreValue {
        id: id.to_owned(),
        value,
        max,
        decimals,
        band: band.map(str::to_owned),
    }
}

fn flag(id: &str, secondary: bool) -> FlagHit {
    FlagHit {
        id: id.to_owned(),
        secondary,
        since: None,
    }
}

// ---------------------------------------------------------------------------------------
// Moving along
// ---------------------------------------------------------------------------------------

const SIMPLE: &str = r#"sections: [
    Section(id: "main", steps: [
        Step(id: "intro", kind: Info()),
        Step(id: "name", kind: ShortText()),
        Step(id: "well", kind: YesNo),
        Step(id: "more", kind: LongText()),
    ]),
]"#;

#[test]
fn next_back_and_skip_move_along_the_path() {
    let d = script("simple", SIMPLE);
    let mut s = start(&d);
    assert_eq!(here(&s).as_deref(), Some("intro"));

    assert_eq!(update(&mut s, Msg::Next(at(1))), vec![]);
    assert_eq!(here(&s).as_deref(), Some("name"));

    assert_eq!(
        update(&mut s, Msg::Answer(text("Åse"), at(2))),
        vec![given(at(2), "name", text("Åse"))]
    );
    assert_eq!(here(&s).as_deref(), Some("well"));

    update(&mut s, Msg::Back);
    assert_eq!(here(&s).as_deref(), Some("name"));
    assert_eq!(s.answer("name"), Some(&Answer::Given(text("Åse"))));
    // Going on past an answered step records nothing new.
    assert_eq!(update(&mut s, Msg::Next(at(3))), vec![]);
    assert_eq!(here(&s).as_deref(), Some("well"));

    assert_eq!(
        update(&mut s, Msg::Skip(at(4))),
        vec![answered(at(4), "well", Answer::Skipped)]
    );
    assert_eq!(here(&s).as_deref(), Some("more"));
    assert_eq!(s.answer("well"), Some(&Answer::Skipped));

    for expected in ["well", "name", "intro", "intro"] {
        update(&mut s, Msg::Back);
        assert_eq!(here(&s).as_deref(), Some(expected));
    }

    // A skipped step counts as seen: going on past it records nothing again.
    update(&mut s, Msg::Next(at(5)));
    update(&mut s, Msg::Next(at(6)));
    assert_eq!(update(&mut s, Msg::Next(at(7))), vec![]);
    assert_eq!(here(&s).as_deref(), Some("more"));

    update(&mut s, Msg::Answer(text("ja"), at(8)));
    assert_eq!(s.position(), Position::Review);
    update(&mut s, Msg::Back);
    assert_eq!(here(&s).as_deref(), Some("more"));
}

#[test]
fn next_on_an_unanswered_optional_question_skips_it() {
    let d = script("simple", SIMPLE);
    let mut s = start(&d);
    update(&mut s, Msg::Next(at(1)));
    assert_eq!(
        update(&mut s, Msg::Next(at(2))),
        vec![answered(at(2), "name", Answer::Skipped)]
    );
    assert_eq!(here(&s).as_deref(), Some("well"));
}

#[test]
fn a_new_session_starts_at_the_first_step_and_a_resumed_one_at_the_first_open_question() {
    let d = script("simple", SIMPLE);
    assert_eq!(here(&start(&d)).as_deref(), Some("intro"));
    let mut answers = BTreeMap::new();
    answers.insert("name".to_owned(), Answer::Given(text("Bo")));
    let s = Session::resume(d.clone(), answers.clone(), Previous::new());
    assert_eq!(here(&s).as_deref(), Some("well"));
    answers.insert("well".to_owned(), Answer::Skipped);
    answers.insert("more".to_owned(), Answer::Given(text("x")));
    let s = Session::resume(d, answers, Previous::new());
    assert_eq!(s.position(), Position::Review);
}

// ---------------------------------------------------------------------------------------
// Required steps and validation
// ---------------------------------------------------------------------------------------

const REQUIRED: &str = r#"sections: [
    Section(id: "main", steps: [
        Step(id: "role", kind: Single(choices: List([
            Choice(id: "staff"),
            Choice(id: "caseworker"),
        ])), required: true),
        Step(id: "note", kind: LongText()),
    ]),
]"#;

#[test]
fn a_required_step_refuses_skip() {
    let d = script("required", REQUIRED);
    let mut s = start(&d);
    assert_eq!(here(&s).as_deref(), Some("role"));

    assert_eq!(update(&mut s, Msg::Skip(at(1))), vec![]);
    assert_eq!(s.notice(), Some(&Notice::Required("role".into())));
    assert_eq!(here(&s).as_deref(), Some("role"));
    assert!(s.answers().is_empty());

    // Going on without an answer is a skip, and refused the same way.
    assert_eq!(update(&mut s, Msg::Next(at(2))), vec![]);
    assert_eq!(s.notice(), Some(&Notice::Required("role".into())));
    assert_eq!(here(&s).as_deref(), Some("role"));

    assert_eq!(
        update(&mut s, Msg::Answer(choice("staff"), at(3))),
        vec![given(at(3), "role", choice("staff"))]
    );
    assert_eq!(s.notice(), None);
    assert_eq!(here(&s).as_deref(), Some("note"));
}

#[test]
fn finishing_with_a_required_step_unanswered_goes_there_and_back_to_the_review() {
    let d = script("required", REQUIRED);
    let mut s = start(&d);
    update(&mut s, Msg::Review);
    assert_eq!(s.position(), Position::Review);

    assert_eq!(update(&mut s, Msg::Finish(at(1))), vec![]);
    assert_eq!(s.notice(), Some(&Notice::Required("role".into())));
    assert_eq!(here(&s).as_deref(), Some("role"));
    assert_eq!(s.outcome(), None);

    update(&mut s, Msg::Answer(choice("caseworker"), at(2)));
    assert_eq!(s.position(), Position::Review);
    let effects = update(&mut s, Msg::Finish(at(3)));
    assert_eq!(effects.len(), 1);
    assert_eq!(s.position(), Position::Done);
    assert!(s.outcome().is_some());
}

#[test]
fn a_short_text_pattern_refuses_what_does_not_match() {
    let d = script(
        "pattern",
        r#"sections: [Section(id: "main", steps: [
            Step(id: "postcode", kind: ShortText(pattern: Some("^[0-9]{4}$"))),
            Step(id: "after", kind: ShortText()),
        ])]"#,
    );
    let mut s = start(&d);
    for wrong in ["12a4", "123", "12345", ""] {
        assert_eq!(update(&mut s, Msg::Answer(text(wrong), at(1))), vec![]);
        assert_eq!(
            s.notice(),
            Some(&Notice::Invalid("postcode".into())),
            "{wrong:?}"
        );
        assert_eq!(here(&s).as_deref(), Some("postcode"));
        assert_eq!(s.answer("postcode"), None);
    }
    assert_eq!(
        update(&mut s, Msg::Answer(text("2200"), at(2))),
        vec![given(at(2), "postcode", text("2200"))]
    );
    assert_eq!(s.notice(), None);
    assert_eq!(here(&s).as_deref(), Some("after"));
}

#[test]
fn max_len_counts_characters_not_bytes() {
    let d = script(
        "max-len",
        r#"sections: [Section(id: "main", steps: [
            Step(id: "short", kind: ShortText(max_len: Some(5))),
            Step(id: "long", kind: LongText(max_len: Some(3))),
            Step(id: "after", kind: ShortText()),
        ])]"#,
    );
    let mut s = start(&d);
    assert_eq!(update(&mut s, Msg::Answer(text("æøåæøå"), at(1))), vec![]);
    assert_eq!(s.notice(), Some(&Notice::Invalid("short".into())));
    assert_eq!(here(&s).as_deref(), Some("short"));
    update(&mut s, Msg::Answer(text("æøåæø"), at(2)));
    assert_eq!(s.notice(), None);
    assert_eq!(here(&s).as_deref(), Some("long"));

    assert_eq!(update(&mut s, Msg::Answer(text("a\nbc"), at(3))), vec![]);
    assert_eq!(s.notice(), Some(&Notice::Invalid("long".into())));
    assert_eq!(here(&s).as_deref(), Some("long"));
    update(&mut s, Msg::Answer(text("Å\nø"), at(4)));
    assert_eq!(s.notice(), None);
    assert_eq!(here(&s).as_deref(), Some("after"));
}

#[test]
fn a_number_outside_min_max_or_with_too_many_decimals_is_invalid() {
    let d = script(
        "number",
        r#"sections: [Section(id: "main", steps: [
            Step(id: "hours", kind: Number(min: Some(0.0), max: Some(10.0), decimals: 1)),
            Step(id: "after", kind: ShortText()),
        ])]"#,
    );
    for wrong in [10.5, -0.1, 3.25, 10.01, f64::NAN, f64::INFINITY] {
        let mut s = start(&d);
        assert_eq!(
            update(&mut s, Msg::Answer(Value::Number(wrong), at(1))),
            vec![]
        );
        assert_eq!(
            s.notice(),
            Some(&Notice::Invalid("hours".into())),
            "{wrong}"
        );
        assert_eq!(here(&s).as_deref(), Some("hours"));
        assert_eq!(s.answer("hours"), None);
    }
    for right in [0.0, 10.0, 6.5, 0.1] {
        let mut s = start(&d);
        assert_eq!(
            update(&mut s, Msg::Answer(Value::Number(right), at(2))),
            vec![given(at(2), "hours", Value::Number(right))]
        );
        assert_eq!(s.notice(), None, "{right}");
        assert_eq!(here(&s).as_deref(), Some("after"));
    }
}

#[test]
fn an_answer_of_the_wrong_kind_does_not_fit() {
    let d = script(
        "kinds",
        r#"sections: [Section(id: "main", steps: [
            Step(id: "name", kind: ShortText()),
            Step(id: "well", kind: YesNo),
            Step(id: "pick", kind: Single(choices: List([Choice(id: "a"), Choice(id: "b")]))),
            Step(id: "level", kind: Scale(min: 0.0, max: 10.0, step: 0.5)),
        ])]"#,
    );
    let mut s = start(&d);
    let tries = [
        ("name", Value::YesNo(true)),
        ("name", Value::Number(1.0)),
        ("well", text("yes")),
        ("pick", choice("c")),
        ("pick", Value::Choices(vec!["a".into()])),
        ("level", Value::Number(0.3)),
        ("level", Value::Number(10.5)),
    ];
    let fitting = [
        ("name", text("x")),
        ("well", Value::YesNo(false)),
        ("pick", choice("b")),
        ("level", Value::Number(9.5)),
    ];
    for (step, right) in fitting {
        for (_, wrong) in tries.iter().filter(|(s, _)| *s == step) {
            assert_eq!(update(&mut s, Msg::Answer(wrong.clone(), at(1))), vec![]);
            assert_eq!(
                s.notice(),
                Some(&Notice::DoesNotFit(step.into())),
                "{wrong:?}"
            );
            assert_eq!(here(&s).as_deref(), Some(step));
        }
        update(&mut s, Msg::Answer(right, at(2)));
        assert_eq!(s.notice(), None);
    }
    assert_eq!(s.position(), Position::Review);
}

#[test]
fn control_characters_are_neutralised_before_they_are_stored() {
    let d = script("simple", SIMPLE);
    let mut s = start(&d);
    update(&mut s, Msg::Next(at(1)));
    let effects = update(&mut s, Msg::Answer(text("rød\u{1b}[31m\r\n\tny"), at(2)));
    let stored = text("rød␛[31m␍\n\tny");
    assert_eq!(effects, vec![given(at(2), "name", stored.clone())]);
    assert_eq!(s.answer("name"), Some(&Answer::Given(stored)));
}

// ---------------------------------------------------------------------------------------
// Conditions
// ---------------------------------------------------------------------------------------

const CONDITIONS: &str = r#"sections: [
    Section(id: "asked", steps: [
        Step(id: "n", kind: Number(min: Some(0.0), max: Some(10.0))),
        Step(id: "c", kind: Single(choices: List([Choice(id: "a"), Choice(id: "b"), Choice(id: "c")]))),
        Step(id: "y", kind: YesNo),
        Step(id: "t", kind: ShortText()),
    ]),
    Section(id: "shown", steps: [
        Step(id: "n-eq-5", kind: Info(), when: Some(Eq("n", 5))),
        Step(id: "n-ne-5", kind: Info(), when: Some(Ne("n", 5))),
        Step(id: "n-lt-5", kind: Info(), when: Some(Lt("n", 5))),
        Step(id: "n-le-5", kind: Info(), when: Some(Le("n", 5))),
        Step(id: "n-gt-5", kind: Info(), when: Some(Gt("n", 5))),
        Step(id: "n-ge-5", kind: Info(), when: Some(Ge("n", 5.0))),
        Step(id: "c-eq-b", kind: Info(), when: Some(Eq("c", "b"))),
        Step(id: "c-ne-b", kind: Info(), when: Some(Ne("c", "b"))),
        Step(id: "y-eq-true", kind: Info(), when: Some(Eq("y", true))),
        Step(id: "y-ne-true", kind: Info(), when: Some(Ne("y", true))),
        Step(id: "t-answered", kind: Info(), when: Some(Answered("t"))),
        Step(id: "any", kind: Info(), when: Some(Any([Eq("c", "a"), Gt("n", 8)]))),
        Step(id: "all", kind: Info(), when: Some(All([Eq("y", true), Ge("n", 5)]))),
        Step(id: "not", kind: Info(), when: Some(Not(Answered("t")))),
    ]),
]"#;

/// Answers n, c, y and t (`None` skips), then walks on to the review and returns the
/// steps of the "shown" section it passed.
fn shown_after(n: Option<f64>, c: Option<&str>, y: Option<bool>, t: Option<&str>) -> Vec<String> {
    let d = script("conditions", CONDITIONS);
    let mut s = start(&d);
    let values = [
        n.map(Value::Number),
        c.map(choice),
        y.map(Value::YesNo),
        t.map(text),
    ];
    for (i, value) in values.into_iter().enumerate() {
        let stamp = at(i as u32);
        let msg = match value {
            Some(value) => Msg::Answer(value, stamp),
            None => Msg::Skip(stamp),
        };
        update(&mut s, msg);
        assert_eq!(s.notice(), None);
    }
    let mut passed = Vec::new();
    while let Some(id) = here(&s) {
        passed.push(id);
        update(&mut s, Msg::Next(at(10)));
    }
    assert_eq!(s.position(), Position::Review);
    assert_eq!(path_ids(&s)[4..], passed[..], "the path is what was walked");
    passed
}

#[test]
fn conditions_compare_numbers_choices_and_yes_no() {
    assert_eq!(
        shown_after(Some(5.0), Some("b"), Some(true), Some("x")),
        [
            "n-eq-5",
            "n-le-5",
            "n-ge-5",
            "c-eq-b",
            "y-eq-true",
            "t-answered",
            "all"
        ]
    );
    assert_eq!(
        shown_after(Some(3.0), Some("a"), Some(false), None),
        [
            "n-ne-5",
            "n-lt-5",
            "n-le-5",
            "c-ne-b",
            "y-ne-true",
            "any",
            "not"
        ]
    );
    assert_eq!(
        shown_after(Some(9.0), Some("c"), Some(true), Some("x")),
        [
            "n-ne-5",
            "n-gt-5",
            "n-ge-5",
            "c-ne-b",
            "y-eq-true",
            "t-answered",
            "any",
            "all"
        ]
    );
}

#[test]
fn a_condition_on_an_unanswered_step_is_false_both_ways() {
    // = and != are both false for a skipped step; only `not answered` holds.
    assert_eq!(shown_after(None, None, None, None), ["not"]);
}

#[test]
fn a_changed_answer_reevaluates_the_conditions() {
    let d = script("conditions", CONDITIONS);
    let mut s = start(&d);
    update(&mut s, Msg::Answer(Value::Number(5.0), at(1)));
    update(&mut s, Msg::Answer(choice("b"), at(2)));
    update(&mut s, Msg::Answer(Value::YesNo(true), at(3)));
    update(&mut s, Msg::Answer(text("x"), at(4)));
    assert!(path_ids(&s).contains(&"all".to_owned()));
    assert!(!path_ids(&s).contains(&"any".to_owned()));
    for _ in 0..4 {
        update(&mut s, Msg::Back);
    }
    assert_eq!(here(&s).as_deref(), Some("n"));
    update(&mut s, Msg::Answer(Value::Number(9.0), at(5)));
    let path = path_ids(&s);
    assert!(path.contains(&"any".to_owned()), "{path:?}");
    assert!(path.contains(&"n-gt-5".to_owned()), "{path:?}");
    assert!(!path.contains(&"n-eq-5".to_owned()), "{path:?}");
}

const HIDING: &str = r#"sections: [
    Section(id: "main", steps: [
        Step(id: "copy", kind: YesNo),
        Step(id: "copy-who", kind: LongText(), when: Some(Eq("copy", true))),
        Step(id: "copy-how", kind: LongText(), when: Some(Answered("copy-who"))),
        Step(id: "points", kind: Number(), when: Some(Eq("copy", true))),
        Step(id: "last", kind: ShortText()),
    ]),
],
scores: [
    Score(id: "total", calc: Calc(method: Sum, items: ["points"])),
]"#;

#[test]
fn answers_on_steps_that_became_hidden_are_kept_and_reported() {
    let d = script("hiding", HIDING);
    let mut s = start(&d);
    update(&mut s, Msg::Answer(Value::YesNo(true), at(1)));
    update(&mut s, Msg::Answer(text("Mor"), at(2)));
    update(&mut s, Msg::Answer(text("Brev"), at(3)));
    update(&mut s, Msg::Answer(Value::Number(4.0), at(4)));
    update(&mut s, Msg::Answer(text("x"), at(5)));
    assert_eq!(s.position(), Position::Review);
    assert_eq!(s.hidden_answers(), Vec::<String>::new());

    update(&mut s, Msg::Revise("copy".into()));
    assert_eq!(
        update(&mut s, Msg::Answer(Value::YesNo(false), at(6))),
        vec![given(at(6), "copy", Value::YesNo(false))]
    );
    assert_eq!(s.position(), Position::Review);
    assert_eq!(path_ids(&s), ["copy", "last"]);
    // Hiding a step hides what depends on it too; every answer is still there.
    assert_eq!(s.hidden_answers(), ["copy-who", "copy-how", "points"]);
    assert_eq!(s.answer("copy-who"), Some(&Answer::Given(text("Mor"))));
    assert_eq!(s.answer("copy-how"), Some(&Answer::Given(text("Brev"))));
    assert_eq!(s.answer("points"), Some(&Answer::Given(Value::Number(4.0))));

    let effects = update(&mut s, Msg::Finish(at(7)));
    let [
        Effect::Record(Event::Finished {
            at: finished_at,
            outcome,
            hidden,
        }),
    ] = effects.as_slice()
    else {
        panic!("one Finished event, got {effects:?}");
    };
    assert_eq!(*finished_at, at(7));
    assert_eq!(hidden, &["copy-who", "copy-how", "points"]);
    // A hidden answer counts for nothing.
    assert_eq!(outcome.score("total"), None);
    assert_eq!(s.answers().len(), 5);
}

#[test]
fn hidden_answers_come_back_when_their_steps_show_again() {
    let d = script("hiding", HIDING);
    let mut s = start(&d);
    update(&mut s, Msg::Answer(Value::YesNo(true), at(1)));
    update(&mut s, Msg::Answer(text("Mor"), at(2)));
    assert_eq!(here(&s).as_deref(), Some("copy-how"));
    update(&mut s, Msg::Back);
    update(&mut s, Msg::Back);
    assert_eq!(here(&s).as_deref(), Some("copy"));
    update(&mut s, Msg::Answer(Value::YesNo(false), at(3)));
    assert_eq!(here(&s).as_deref(), Some("last"));
    assert_eq!(s.hidden_answers(), ["copy-who"]);
    update(&mut s, Msg::Back);
    update(&mut s, Msg::Answer(Value::YesNo(true), at(4)));
    assert_eq!(s.hidden_answers(), Vec::<String>::new());
    assert_eq!(here(&s).as_deref(), Some("copy-who"));
    assert_eq!(s.answer("copy-who"), Some(&Answer::Given(text("Mor"))));
}

// ---------------------------------------------------------------------------------------
// Jumps and sections
// ---------------------------------------------------------------------------------------

const JUMPS: &str = r#"sections: [
    Section(id: "start", steps: [
        Step(id: "crisis", kind: Single(choices: List([
            Choice(id: "none"),
            Choice(id: "some"),
            Choice(id: "severe"),
            Choice(id: "stop"),
        ])), jumps: [
            Jump(when: Some(Eq("crisis", "none")), to: "after"),
            Jump(when: Some(Eq("crisis", "severe")), to: "who"),
            Jump(when: Some(Eq("crisis", "stop")), to: "end"),
        ]),
        Step(id: "what", kind: LongText()),
    ]),
    Section(id: "middle", steps: [
        Step(id: "who", kind: LongText()),
    ]),
    Section(id: "after", steps: [
        Step(id: "then", kind: LongText()),
    ]),
]"#;

#[test]
fn a_jump_to_a_section_passes_over_the_steps_between() {
    let d = script("jumps", JUMPS);
    let mut s = start(&d);
    update(&mut s, Msg::Answer(choice("none"), at(1)));
    assert_eq!(here(&s).as_deref(), Some("then"));
    assert_eq!(path_ids(&s), ["crisis", "then"]);
    update(&mut s, Msg::Back);
    assert_eq!(here(&s).as_deref(), Some("crisis"));
    update(&mut s, Msg::Answer(choice("some"), at(2)));
    assert_eq!(here(&s).as_deref(), Some("what"));
    assert_eq!(path_ids(&s), ["crisis", "what", "who", "then"]);
}

#[test]
fn a_jump_to_a_step_goes_there() {
    let d = script("jumps", JUMPS);
    let mut s = start(&d);
    update(&mut s, Msg::Answer(choice("severe"), at(1)));
    assert_eq!(here(&s).as_deref(), Some("who"));
    assert_eq!(path_ids(&s), ["crisis", "who", "then"]);
}

#[test]
fn a_jump_to_end_goes_to_the_review() {
    let d = script("jumps", JUMPS);
    let mut s = start(&d);
    update(&mut s, Msg::Answer(choice("stop"), at(1)));
    assert_eq!(s.position(), Position::Review);
    assert_eq!(path_ids(&s), ["crisis"]);
    update(&mut s, Msg::Finish(at(2)));
    assert_eq!(s.position(), Position::Done);
}

const PAUSING: &str = r#"sections: [
    Section(id: "start", steps: [
        Step(id: "intro", kind: Info()),
        Step(id: "ready", kind: YesNo, jumps: [Jump(when: Some(Eq("ready", false)), to: "pause")]),
    ]),
    Section(id: "talk", steps: [
        Step(id: "talk-intro", kind: Info()),
        Step(id: "trigger", kind: LongText()),
        Step(id: "contacts", kind: Repeat(fields: [Field(id: "name", required: true)])),
    ]),
]"#;

#[test]
fn a_jump_to_pause_pauses_and_resuming_asks_that_question_again() {
    let d = script("pausing", PAUSING);
    let mut s = start(&d);
    update(&mut s, Msg::Next(at(1)));
    assert_eq!(here(&s).as_deref(), Some("ready"));
    assert_eq!(
        update(&mut s, Msg::Answer(Value::YesNo(false), at(2))),
        vec![
            given(at(2), "ready", Value::YesNo(false)),
            Effect::Record(Event::Paused { at: at(2) }),
        ]
    );
    assert_eq!(s.position(), Position::Paused);

    // A paused conversation takes no answers and is not paused twice.
    assert_eq!(update(&mut s, Msg::Answer(text("x"), at(3))), vec![]);
    assert_eq!(update(&mut s, Msg::Next(at(3))), vec![]);
    assert_eq!(update(&mut s, Msg::Pause(at(3))), vec![]);
    assert_eq!(update(&mut s, Msg::Finish(at(3))), vec![]);
    assert_eq!(s.position(), Position::Paused);

    // Coming back, the person is asked again (after the introduction before it): the
    // journal records what they answer now, not the "no" that paused it.
    let answers = s.answers().clone();
    let mut s = Session::resume(d.clone(), answers.clone(), Previous::new());
    assert_eq!(here(&s).as_deref(), Some("intro"));
    assert_eq!(
        s.answer("ready"),
        None,
        "the pausing no is not the answer now"
    );
    update(&mut s, Msg::Next(at(4)));
    assert_eq!(here(&s).as_deref(), Some("ready"));
    assert_eq!(
        update(&mut s, Msg::Answer(Value::YesNo(true), at(5))),
        vec![given(at(5), "ready", Value::YesNo(true))]
    );
    assert_eq!(here(&s).as_deref(), Some("talk-intro"));
    update(&mut s, Msg::Next(at(6)));
    assert_eq!(here(&s).as_deref(), Some("trigger"));

    // Not ready a second time: it pauses again.
    let mut s = Session::resume(d.clone(), answers, Previous::new());
    update(&mut s, Msg::Next(at(7)));
    assert_eq!(
        update(&mut s, Msg::Answer(Value::YesNo(false), at(8))),
        vec![
            given(at(8), "ready", Value::YesNo(false)),
            Effect::Record(Event::Paused { at: at(8) }),
        ]
    );
}

#[test]
fn no_pause_when_the_jump_does_not_hold() {
    let d = script("pausing", PAUSING);
    let mut s = start(&d);
    update(&mut s, Msg::Next(at(1)));
    assert_eq!(
        update(&mut s, Msg::Answer(Value::YesNo(true), at(2))),
        vec![given(at(2), "ready", Value::YesNo(true))]
    );
    assert_eq!(here(&s).as_deref(), Some("talk-intro"));
}

#[test]
fn a_pause_asked_for_resumes_at_the_open_question_with_its_introduction() {
    let d = script("pausing", PAUSING);
    let mut s = start(&d);
    update(&mut s, Msg::Next(at(1)));
    update(&mut s, Msg::Answer(Value::YesNo(true), at(2)));
    update(&mut s, Msg::Next(at(3)));
    assert_eq!(here(&s).as_deref(), Some("trigger"));
    assert_eq!(
        update(&mut s, Msg::Pause(at(4))),
        vec![Effect::Record(Event::Paused { at: at(4) })]
    );
    assert_eq!(s.position(), Position::Paused);
    let s = Session::resume(d, s.answers().clone(), Previous::new());
    assert_eq!(here(&s).as_deref(), Some("talk-intro"));
}

const SECTIONS: &str = r#"sections: [
    Section(id: "a", steps: [Step(id: "a1", kind: YesNo)]),
    Section(id: "b", steps: [Step(id: "b1", kind: ShortText(), when: Some(Eq("a1", true)))]),
    Section(id: "c", steps: [
        Step(id: "c1", kind: ShortText()),
        Step(id: "c2", kind: ShortText()),
    ]),
]"#;

#[test]
fn go_to_section_goes_to_its_first_step_on_the_path() {
    let d = script("sections", SECTIONS);
    let mut s = start(&d);
    assert_eq!(here(&s).as_deref(), Some("a1"));

    assert_eq!(update(&mut s, Msg::GoToSection("c".into())), vec![]);
    assert_eq!(here(&s).as_deref(), Some("c1"));
    assert_eq!(s.notice(), None);

    // Nothing of section b is on the path yet.
    update(&mut s, Msg::GoToSection("b".into()));
    assert_eq!(s.notice(), Some(&Notice::NothingThere("b".into())));
    assert_eq!(here(&s).as_deref(), Some("c1"));
    update(&mut s, Msg::GoToSection("nowhere".into()));
    assert_eq!(s.notice(), Some(&Notice::NothingThere("nowhere".into())));
    assert_eq!(here(&s).as_deref(), Some("c1"));

    update(&mut s, Msg::GoToSection("a".into()));
    assert_eq!(here(&s).as_deref(), Some("a1"));
    update(&mut s, Msg::Answer(Value::YesNo(true), at(1)));
    assert_eq!(here(&s).as_deref(), Some("b1"));
    update(&mut s, Msg::GoToSection("c".into()));
    update(&mut s, Msg::GoToSection("b".into()));
    assert_eq!(here(&s).as_deref(), Some("b1"));

    update(&mut s, Msg::Review);
    assert_eq!(s.position(), Position::Review);
    update(&mut s, Msg::GoToSection("c".into()));
    assert_eq!(here(&s).as_deref(), Some("c1"));
}

#[test]
fn go_to_section_does_nothing_once_done() {
    let d = script("sections", SECTIONS);
    let mut s = start(&d);
    update(&mut s, Msg::Review);
    update(&mut s, Msg::Finish(at(1)));
    assert_eq!(s.position(), Position::Done);
    update(&mut s, Msg::GoToSection("a".into()));
    assert_eq!(s.position(), Position::Done);
    assert_eq!(s.notice(), Some(&Notice::NothingThere("a".into())));
}

// ---------------------------------------------------------------------------------------
// Repeat groups
// ---------------------------------------------------------------------------------------

const CONTACTS: &str = r#"sections: [
    Section(id: "people", steps: [
        Step(id: "contacts", kind: Repeat(
            fields: [
                Field(id: "name", required: true),
                Field(id: "relation", max_len: Some(10)),
                Field(id: "phone", pattern: Some("^[0-9 +()-]{3,20}$")),
            ],
            max: Some(3),
        )),
        Step(id: "after", kind: ShortText()),
    ]),
]"#;

#[test]
fn repeat_group_entries_are_added_edited_moved_and_removed() {
    let d = script("contacts", CONTACTS);
    let mut s = start(&d);
    let mor = entry(&[("name", "Mor"), ("phone", "12 34 56 78")]);
    let far = entry(&[("name", "Far"), ("relation", "far")]);
    let mormor = entry(&[("name", "Mormor"), ("relation", "bedstemor")]);

    assert_eq!(
        update(&mut s, Msg::AddEntry(mor.clone(), at(1))),
        vec![given(at(1), "contacts", Value::Entries(vec![mor.clone()]))]
    );
    assert_eq!(here(&s).as_deref(), Some("contacts"), "stays on the list");

    update(&mut s, Msg::AddEntry(far.clone(), at(2)));
    assert_eq!(entries_of(&s, "contacts"), [mor.clone(), far.clone()]);

    assert_eq!(
        update(&mut s, Msg::EditEntry(0, mormor.clone(), at(3))),
        vec![given(
            at(3),
            "contacts",
            Value::Entries(vec![mormor.clone(), far.clone()])
        )]
    );

    update(
        &mut s,
        Msg::MoveEntry {
            from: 1,
            to: 0,
            at: at(4),
        },
    );
    assert_eq!(entries_of(&s, "contacts"), [far.clone(), mormor.clone()]);

    assert_eq!(
        update(&mut s, Msg::RemoveEntry(1, at(5))),
        vec![given(at(5), "contacts", Value::Entries(vec![far.clone()]))]
    );
    assert_eq!(here(&s).as_deref(), Some("contacts"));
    assert_eq!(s.notice(), None);

    // Confirming the list goes on, with nothing new to record.
    assert_eq!(update(&mut s, Msg::Next(at(6))), vec![]);
    assert_eq!(here(&s).as_deref(), Some("after"));
    assert_eq!(entries_of(&s, "contacts"), [far]);
}

#[test]
fn a_repeat_group_refuses_an_entry_without_a_required_field() {
    let d = script("contacts", CONTACTS);
    let mut s = start(&d);
    let far = entry(&[("name", "Far")]);
    update(&mut s, Msg::AddEntry(far.clone(), at(1)));
    let required = Notice::FieldRequired {
        step: "contacts".into(),
        field: "name".into(),
    };
    for nameless in [
        entry(&[("name", ""), ("phone", "12345678")]),
        entry(&[("name", "  \t"), ("phone", "12345678")]),
        entry(&[("relation", "nabo")]),
    ] {
        assert_eq!(
            update(&mut s, Msg::AddEntry(nameless.clone(), at(2))),
            vec![]
        );
        assert_eq!(s.notice(), Some(&required), "{nameless:?}");
        assert_eq!(update(&mut s, Msg::EditEntry(0, nameless, at(3))), vec![]);
        assert_eq!(s.notice(), Some(&required));
    }
    assert_eq!(entries_of(&s, "contacts"), [far]);
    assert_eq!(here(&s).as_deref(), Some("contacts"));
}

#[test]
fn a_repeat_group_refuses_invalid_fields_and_changes_out_of_range() {
    let d = script("contacts", CONTACTS);
    let mut s = start(&d);
    let far = entry(&[("name", "Far")]);
    update(&mut s, Msg::AddEntry(far.clone(), at(1)));

    let refusals = [
        (
            Msg::AddEntry(entry(&[("name", "Bo"), ("phone", "abc")]), at(2)),
            Notice::FieldInvalid {
                step: "contacts".into(),
                field: "phone".into(),
            },
        ),
        (
            Msg::AddEntry(
                entry(&[("name", "Bo"), ("relation", "en rigtig god ven")]),
                at(2),
            ),
            Notice::FieldInvalid {
                step: "contacts".into(),
                field: "relation".into(),
            },
        ),
        (
            Msg::AddEntry(entry(&[("name", "Bo"), ("email", "bo@x.dk")]), at(2)),
            Notice::DoesNotFit("contacts".into()),
        ),
        (
            Msg::EditEntry(1, entry(&[("name", "Bo")]), at(2)),
            Notice::DoesNotFit("contacts".into()),
        ),
        (
            Msg::RemoveEntry(1, at(2)),
            Notice::DoesNotFit("contacts".into()),
        ),
        (
            Msg::MoveEntry {
                from: 0,
                to: 1,
                at: at(2),
            },
            Notice::DoesNotFit("contacts".into()),
        ),
    ];
    for (msg, notice) in refusals {
        assert_eq!(update(&mut s, msg.clone()), vec![], "{msg:?}");
        assert_eq!(s.notice(), Some(&notice), "{msg:?}");
        assert_eq!(entries_of(&s, "contacts"), vec![far.clone()]);
    }

    // An optional field may be left out; a pattern only applies to what is filled in.
    update(
        &mut s,
        Msg::AddEntry(entry(&[("name", "Bo"), ("phone", "")]), at(3)),
    );
    assert_eq!(s.notice(), None);
    update(&mut s, Msg::AddEntry(entry(&[("name", "Jo")]), at(4)));
    assert_eq!(s.notice(), None);
    assert_eq!(entries_of(&s, "contacts").len(), 3);
    // No more than `max`.
    assert_eq!(
        update(&mut s, Msg::AddEntry(entry(&[("name", "Al")]), at(5))),
        vec![]
    );
    assert!(s.notice().is_some());
    assert_eq!(entries_of(&s, "contacts").len(), 3);
}

#[test]
fn confirming_an_empty_repeat_group_records_an_empty_list() {
    let d = script("contacts", CONTACTS);
    let mut s = start(&d);
    assert_eq!(
        update(&mut s, Msg::Next(at(1))),
        vec![given(at(1), "contacts", Value::Entries(vec![]))]
    );
    assert_eq!(here(&s).as_deref(), Some("after"));
}

#[test]
fn repeat_group_texts_are_neutralised() {
    let d = script("contacts", CONTACTS);
    let mut s = start(&d);
    update(
        &mut s,
        Msg::AddEntry(entry(&[("name", "A\u{1b}[2JB\u{9b}")]), at(1)),
    );
    assert_eq!(
        entries_of(&s, "contacts"),
        [entry(&[("name", "A␛[2JB\u{fffd}")])]
    );
}

// ---------------------------------------------------------------------------------------
// Review
// ---------------------------------------------------------------------------------------

const THREE: &str = r#"sections: [
    Section(id: "main", steps: [
        Step(id: "q1", kind: ShortText()),
        Step(id: "q2", kind: ShortText()),
        Step(id: "q2-more", kind: ShortText(), when: Some(Answered("q1"))),
        Step(id: "q3", kind: YesNo),
    ]),
]"#;

#[test]
fn revise_from_the_review_returns_to_the_review() {
    let d = script("three", THREE);
    let mut s = start(&d);
    update(&mut s, Msg::Answer(text("a"), at(1)));
    update(&mut s, Msg::Answer(text("b"), at(2)));
    update(&mut s, Msg::Answer(text("b+"), at(3)));
    update(&mut s, Msg::Answer(Value::YesNo(true), at(4)));
    assert_eq!(s.position(), Position::Review);

    update(&mut s, Msg::Revise("q2".into()));
    assert_eq!(here(&s).as_deref(), Some("q2"));
    assert_eq!(
        update(&mut s, Msg::Answer(text("ny"), at(5))),
        vec![given(at(5), "q2", text("ny"))]
    );
    assert_eq!(s.position(), Position::Review);
    assert_eq!(s.answer("q2"), Some(&Answer::Given(text("ny"))));

    // Keeping the answer also goes back, with nothing recorded.
    update(&mut s, Msg::Revise("q1".into()));
    assert_eq!(update(&mut s, Msg::Next(at(6))), vec![]);
    assert_eq!(s.position(), Position::Review);

    // Skipping from the review is an answer too, and goes back.
    update(&mut s, Msg::Revise("q2-more".into()));
    assert_eq!(
        update(&mut s, Msg::Skip(at(7))),
        vec![answered(at(7), "q2-more", Answer::Skipped)]
    );
    assert_eq!(s.position(), Position::Review);
}

#[test]
fn revise_of_a_step_not_on_the_path_stays_in_the_review() {
    let d = script("three", THREE);
    let mut s = start(&d);
    update(&mut s, Msg::Skip(at(1)));
    update(&mut s, Msg::Skip(at(2)));
    update(&mut s, Msg::Skip(at(3)));
    assert_eq!(s.position(), Position::Review);
    update(&mut s, Msg::Revise("q2-more".into()));
    assert_eq!(s.position(), Position::Review);
    update(&mut s, Msg::Revise("no-such-step".into()));
    assert_eq!(s.position(), Position::Review);
    // Revise means something only in the review.
    update(&mut s, Msg::Back);
    assert_eq!(here(&s).as_deref(), Some("q3"));
    update(&mut s, Msg::Revise("q1".into()));
    assert_eq!(here(&s).as_deref(), Some("q3"));
}

// ---------------------------------------------------------------------------------------
// Scores and flags
// ---------------------------------------------------------------------------------------

const SCORED: &str = r#"choice_sets: {
    "freq": [
        Choice(id: "never", score: Some(0.0)),
        Choice(id: "often", score: Some(3.0)),
        Choice(id: "always", score: Some(5.0)),
    ],
},
sections: [
    Section(id: "items", steps: [
        Step(id: "a", kind: Scale(min: 0.0, max: 10.0, step: 0.1)),
        Step(id: "b", kind: Scale(min: 0.0, max: 10.0, step: 0.1)),
        Step(id: "c", kind: Single(choices: Set("freq"))),
        Step(id: "d", kind: Number(decimals: 2)),
    ]),
],
scores: [
    Score(
        id: "sum",
        calc: Calc(method: Sum, items: ["a", "b", "c"], decimals: 1),
        max: Some(25.0),
        bands: [Band(id: "low", min: 0.0, max: 12.0), Band(id: "high", min: 12.1, max: 25.0)],
    ),
    Score(id: "mean", calc: Calc(method: Mean, items: ["a", "b", "c"], decimals: 2)),
    Score(
        id: "percent",
        calc: Calc(method: Sum, items: ["a", "b", "c"], factor: 4.0),
        max: Some(100.0),
        complete: true,
    ),
    Score(id: "whole", calc: Calc(method: Sum, items: ["d"])),
]"#;

#[test]
fn finish_computes_sum_mean_factor_decimals_and_bands() {
    let d = script("scored", SCORED);
    let mut s = start(&d);
    let effects = answer_all_and_finish(
        &mut s,
        &[
            Some(Value::Number(7.3)),
            Some(Value::Number(2.2)),
            Some(choice("often")),
            Some(Value::Number(2.75)),
        ],
    );
    let expected = vec![
        score("sum", 12.5, Some(25.0), 1, Some("high")),
        score("mean", 4.17, None, 2, None),
        score("percent", 50.0, Some(100.0), 0, None),
        score("whole", 3.0, None, 0, None),
    ];
    assert_eq!(s.position(), Position::Done);
    let outcome = s.outcome().expect("an outcome").clone();
    assert_eq!(outcome.scores, expected);
    assert!(outcome.flags.is_empty());
    assert_eq!(
        effects,
        vec![Effect::Record(Event::Finished {
            at: at(999),
            outcome,
            hidden: vec![],
        })]
    );
}

#[test]
fn a_skipped_item_is_left_out_and_a_complete_score_is_not_given() {
    let d = script("scored", SCORED);
    let mut s = start(&d);
    answer_all_and_finish(
        &mut s,
        &[Some(Value::Number(7.0)), None, Some(choice("always")), None],
    );
    let outcome = s.outcome().expect("an outcome");
    assert_eq!(
        outcome.scores,
        vec![
            score("sum", 12.0, Some(25.0), 1, Some("low")),
            score("mean", 6.0, None, 2, None),
        ]
    );
    assert_eq!(outcome.score("percent"), None);
    assert_eq!(outcome.score("whole"), None);
}

/// A self-evaluation: statements rated 1–5, with "not relevant" left out of the mean; at
/// most one statement may be left out before there is no score.
const SELF_EVALUATION: &str = r#"choice_sets: {
    "rating": [
        Choice(id: "r1", score: Some(1.0)),
        Choice(id: "r2", score: Some(2.0)),
        Choice(id: "r3", score: Some(3.0)),
        Choice(id: "r4", score: Some(4.0)),
        Choice(id: "r5", score: Some(5.0)),
        Choice(id: "not-relevant", not_counted: true),
    ],
},
sections: [
    Section(id: "statements", steps: [
        Step(id: "s1", kind: Single(choices: Set("rating"))),
        Step(id: "s2", kind: Single(choices: Set("rating"))),
        Step(id: "s3", kind: Single(choices: Set("rating"))),
    ]),
],
scores: [
    Score(
        id: "mean",
        calc: Calc(method: Mean, items: ["s1", "s2", "s3"], decimals: 1),
        complete: true,
        max_left_out: Some(1),
    ),
    Score(id: "total", calc: Calc(method: Sum, items: ["s1", "s2", "s3"])),
]"#;

#[test]
fn a_not_relevant_answer_is_left_out_of_the_score_and_counted_as_left_out() {
    let d = script("self-evaluation", SELF_EVALUATION);
    let mut s = start(&d);
    answer_all_and_finish(
        &mut s,
        &[
            Some(choice("r4")),
            Some(choice("not-relevant")),
            Some(choice("r5")),
        ],
    );
    let outcome = s.outcome().expect("an outcome");
    // The mean of 4 and 5, not of 4, 0 and 5; and `complete` still holds.
    assert_eq!(
        outcome.scores,
        vec![
            score("mean", 4.5, None, 1, None),
            score("total", 9.0, None, 0, None)
        ]
    );
    assert_eq!(outcome.left_out.get("mean"), Some(&1));
    assert_eq!(outcome.left_out.get("total"), Some(&1));
}

#[test]
fn more_not_relevant_answers_than_max_left_out_give_no_score() {
    let d = script("self-evaluation", SELF_EVALUATION);
    let mut s = start(&d);
    answer_all_and_finish(
        &mut s,
        &[
            Some(choice("not-relevant")),
            Some(choice("r2")),
            Some(choice("not-relevant")),
        ],
    );
    let outcome = s.outcome().expect("an outcome");
    assert_eq!(
        outcome.score("mean"),
        None,
        "two left out, at most one may be"
    );
    // Without a `max_left_out`, any number may be left out while one item counts.
    assert_eq!(outcome.score("total"), Some(2.0));
    assert_eq!(outcome.left_out.get("mean"), Some(&2));
}

#[test]
fn a_skipped_statement_still_makes_a_complete_score_incomplete() {
    let d = script("self-evaluation", SELF_EVALUATION);
    let mut s = start(&d);
    answer_all_and_finish(&mut s, &[Some(choice("r3")), None, Some(choice("r5"))]);
    let outcome = s.outcome().expect("an outcome");
    assert_eq!(
        outcome.score("mean"),
        None,
        "skipped is not \"not relevant\""
    );
    assert_eq!(outcome.score("total"), Some(8.0));
    assert!(outcome.left_out.is_empty());
}

const FLAGGED: &str = r#"sections: [
    Section(id: "items", steps: [
        Step(id: "relationship", kind: Scale(min: 0.0, max: 10.0, step: 0.1)),
        Step(id: "goals", kind: Scale(min: 0.0, max: 10.0, step: 0.1)),
        Step(id: "approach", kind: Scale(min: 0.0, max: 10.0, step: 0.1)),
        Step(id: "overall", kind: Scale(min: 0.0, max: 10.0, step: 0.1)),
    ]),
],
scores: [
    Score(
        id: "total",
        calc: Calc(method: Sum, items: ["relationship", "goals", "approach", "overall"], decimals: 1),
        max: Some(40.0),
        complete: true,
    ),
],
flags: [
    Flag(id: "below-36", rule: Cut(score: "total", op: Lt, value: 36.0)),
    Flag(id: "item-below-9", rule: AnyItem(items: ["relationship", "goals", "approach", "overall"], op: Lt, value: 9.0)),
    Flag(id: "up", rule: Change(score: "total", direction: Up, by: 1.0)),
    Flag(id: "down", rule: Change(score: "total", direction: Down, by: 1.0)),
    Flag(id: "either", rule: Change(score: "total", direction: Either, by: 1.0), secondary: true),
]"#;

fn flags_for(items: [f64; 4], previous: Option<f64>) -> (f64, Vec<FlagHit>) {
    let d = script("flagged", FLAGGED);
    let mut before = Previous::new();
    if let Some(total) = previous {
        let earlier = samtale::engine::Earlier {
            value: total,
            at: stamp("2026-01-01T09:00:00+01:00"),
        };
        before.insert("total".into(), earlier);
    }
    let mut s = Session::new(d, before);
    answer_all_and_finish(&mut s, &items.map(|n| Some(Value::Number(n))));
    let outcome = s.outcome().expect("an outcome");
    // When the change is measured from is checked on its own (`change_says_since_when`).
    let flags = outcome
        .flags
        .iter()
        .map(|f| FlagHit {
            since: None,
            ..f.clone()
        })
        .collect();
    (outcome.score("total").expect("a total"), flags)
}

#[test]
fn cut_and_any_item_flags() {
    let (total, flags) = flags_for([9.0, 9.0, 9.0, 8.9], None);
    assert_eq!(total, 35.9);
    assert_eq!(
        flags,
        vec![flag("below-36", false), flag("item-below-9", false)]
    );
    let (total, flags) = flags_for([9.0, 9.0, 9.0, 9.0], None);
    assert_eq!(total, 36.0);
    assert_eq!(flags, vec![]);
}

#[test]
fn a_rise_from_37_3_to_38_3_is_a_change_of_one() {
    let (total, flags) = flags_for([9.6, 9.6, 9.6, 9.5], Some(37.3));
    assert_eq!(total, 38.3);
    assert_eq!(flags, vec![flag("up", false), flag("either", true)]);
}

#[test]
fn a_fall_from_38_3_to_37_3_is_a_change_of_one() {
    let (total, flags) = flags_for([9.3, 9.3, 9.3, 9.4], Some(38.3));
    assert_eq!(total, 37.3);
    assert_eq!(flags, vec![flag("down", false), flag("either", true)]);
}

#[test]
fn a_change_below_the_threshold_or_without_a_previous_score_is_no_flag() {
    let (_, flags) = flags_for([9.6, 9.6, 9.6, 9.5], Some(37.4));
    assert_eq!(flags, vec![]);
    let (_, flags) = flags_for([9.6, 9.6, 9.6, 9.5], Some(39.2));
    assert_eq!(flags, vec![]);
    let (_, flags) = flags_for([9.6, 9.6, 9.6, 9.5], None);
    assert_eq!(flags, vec![]);
}

// ---------------------------------------------------------------------------------------
// Numbering and time
// ---------------------------------------------------------------------------------------

const NUMBERED: &str = r#"sections: [
    Section(id: "one", steps: [
        Step(id: "intro", kind: Info()),
        Step(id: "q1", kind: YesNo),
        Step(id: "q1-more", kind: LongText(), when: Some(Eq("q1", true))),
        Step(id: "q2", kind: ShortText()),
    ]),
    Section(id: "two", steps: [
        Step(id: "two-intro", kind: Info()),
        Step(id: "q3", kind: ShortText()),
        Step(id: "q4", kind: ShortText()),
        Step(id: "q5", kind: ShortText()),
        Step(id: "q6", kind: ShortText()),
        Step(id: "q7", kind: ShortText()),
        Step(id: "q8", kind: ShortText()),
        Step(id: "q9", kind: ShortText()),
        Step(id: "q10", kind: ShortText()),
        Step(id: "q11", kind: ShortText()),
        Step(id: "two-end", kind: Info()),
    ]),
]"#;

#[test]
fn question_numbers_count_only_questions_on_the_path() {
    let d = script("numbered", NUMBERED);
    let mut s = start(&d);
    assert_eq!(here(&s).as_deref(), Some("intro"));
    assert_eq!(s.question_number(), None, "an info step has no number");
    update(&mut s, Msg::Next(at(1)));
    // q1-more is not on the path until q1 is answered yes.
    assert_eq!(s.question_number(), Some((1, 11)));
    update(&mut s, Msg::Answer(Value::YesNo(true), at(2)));
    assert_eq!(here(&s).as_deref(), Some("q1-more"));
    assert_eq!(s.question_number(), Some((2, 12)));
    update(&mut s, Msg::Skip(at(3)));
    assert_eq!(here(&s).as_deref(), Some("q2"));
    assert_eq!(s.question_number(), Some((3, 12)));
    update(&mut s, Msg::Skip(at(4)));
    assert_eq!(here(&s).as_deref(), Some("two-intro"));
    assert_eq!(s.question_number(), None);
    update(&mut s, Msg::Next(at(5)));
    for n in 4..=12 {
        assert_eq!(s.question_number(), Some((n, 12)), "at {:?}", here(&s));
        update(&mut s, Msg::Skip(at(5 + n as u32)));
    }
    assert_eq!(here(&s).as_deref(), Some("two-end"));
    assert_eq!(s.question_number(), None);
    update(&mut s, Msg::Next(at(20)));
    assert_eq!(s.position(), Position::Review);
    assert_eq!(s.question_number(), None);

    update(&mut s, Msg::GoToSection("one".into()));
    update(&mut s, Msg::Next(at(21)));
    assert_eq!(here(&s).as_deref(), Some("q1"));
    update(&mut s, Msg::Answer(Value::YesNo(false), at(22)));
    assert_eq!(here(&s).as_deref(), Some("q2"));
    assert_eq!(s.question_number(), Some((2, 11)));
}

#[test]
fn the_engine_reads_no_clock() {
    let d = script("pausing", PAUSING);
    let stamps = [
        stamp("1999-12-31T23:59:59-11:30"),
        stamp("2061-07-28T00:00:00+14:00"),
        stamp("1970-01-01T00:00:00+00:00"),
        stamp("2026-03-29T02:30:00+05:45"),
        stamp("2000-02-29T12:00:00-12:00"),
        stamp("1850-06-01T08:00:00+01:00"),
    ];
    let mut s = start(&d);
    let mut seen = Vec::new();
    let mut send = |s: &mut Session, msg: Msg, sent: Option<&Stamp>| {
        for effect in update(s, msg) {
            let Effect::Record(event) = effect;
            let at = match &event {
                Event::Answered { at, .. }
                | Event::Paused { at }
                | Event::Draft { at, .. }
                | Event::Finished { at, .. } => *at,
            };
            let sent = sent.expect("an effect only from a message with a time");
            assert_eq!(at.to_rfc3339(), sent.to_rfc3339(), "{event:?}");
            seen.push(at.to_rfc3339());
        }
    };
    send(&mut s, Msg::Next(stamps[0]), Some(&stamps[0]));
    send(
        &mut s,
        Msg::Answer(Value::YesNo(false), stamps[1]),
        Some(&stamps[1]),
    );
    // Resumed, "ready" is asked again (after its introduction), now answered yes.
    let mut s = Session::resume(d.clone(), s.answers().clone(), Previous::new());
    send(&mut s, Msg::Next(stamps[2]), Some(&stamps[2]));
    send(
        &mut s,
        Msg::Answer(Value::YesNo(true), stamps[2]),
        Some(&stamps[2]),
    );
    send(&mut s, Msg::Next(stamps[2]), Some(&stamps[2]));
    send(&mut s, Msg::Skip(stamps[2]), Some(&stamps[2]));
    send(
        &mut s,
        Msg::AddEntry(entry(&[("name", "Mor")]), stamps[3]),
        Some(&stamps[3]),
    );
    send(&mut s, Msg::Back, None);
    send(&mut s, Msg::Pause(stamps[4]), Some(&stamps[4]));
    let mut s = Session::resume(d, s.answers().clone(), Previous::new());
    send(&mut s, Msg::Review, None);
    send(&mut s, Msg::Finish(stamps[5]), Some(&stamps[5]));
    assert_eq!(s.position(), Position::Done);
    assert_eq!(
        seen,
        [
            stamps[1].to_rfc3339(),
            stamps[1].to_rfc3339(),
            stamps[2].to_rfc3339(),
            stamps[2].to_rfc3339(),
            stamps[3].to_rfc3339(),
            stamps[4].to_rfc3339(),
            stamps[5].to_rfc3339(),
        ]
    );
}

/// A change flag says which conversation it is measured from, how many days ago, and
/// whether that is fewer days than the questions look back over (`recall_days`).
#[test]
fn change_says_since_when() {
    let body = format!("recall_days: Some(14), {FLAGGED}");
    let d = script("recalled", &body);
    let since_of = |earlier: &str| {
        let mut before = Previous::new();
        let earlier = samtale::engine::Earlier {
            value: 30.0,
            at: stamp(earlier),
        };
        before.insert("total".into(), earlier);
        let mut s = Session::new(d.clone(), before);
        // 38,0 in all: up by 8, so "up" and "either" hold.
        answer_all_and_finish(&mut s, &[9.5; 4].map(|n| Some(Value::Number(n))));
        let outcome = s.outcome().expect("an outcome");
        let up = outcome.flags.iter().find(|f| f.id == "up").expect("up");
        up.since.expect("measured from the earlier one")
    };
    // The conversation ends on 26 November 2026.
    let long_ago = since_of("2026-11-09T10:00:00+01:00");
    assert_eq!(long_ago.days, 17);
    assert!(!long_ago.close, "17 days is more than the 14 asked about");
    assert_eq!(long_ago.at, stamp("2026-11-09T10:00:00+01:00"));
    let close = since_of("2026-11-16T10:00:00+01:00");
    assert_eq!(close.days, 10);
    assert!(close.close, "10 days is fewer than the 14 asked about");
    // The 14th day is the recall period itself: not close.
    assert!(!since_of("2026-11-12T23:30:00+01:00").close);
    // A cut-off flag has no earlier conversation.
    let mut s = Session::new(d.clone(), Previous::new());
    answer_all_and_finish(&mut s, &[1.0; 4].map(|n| Some(Value::Number(n))));
    let outcome = s.outcome().expect("an outcome");
    assert!(outcome.flags.iter().all(|f| f.since.is_none()));
}

// ---------------------------------------------------------------------------------------
// A conversation carried to the next version of its script (`samtale preview`)
// ---------------------------------------------------------------------------------------

#[test]
fn a_reloaded_script_keeps_the_place_and_the_answers_that_still_fit() {
    let v1 = script(
        "carry",
        r#"sections: [Section(id: "s", steps: [
            Step(id: "a", kind: ShortText()),
            Step(id: "b", kind: ShortText()),
            Step(id: "c", kind: ShortText()),
            Step(id: "d", kind: ShortText()),
        ])]"#,
    );
    let mut session = start(&v1);
    update(&mut session, Msg::Answer(text("one"), at(1)));
    update(&mut session, Msg::Answer(text("two"), at(2)));
    update(&mut session, Msg::Answer(text("three"), at(3)));
    assert_eq!(here(&session).as_deref(), Some("d"));

    // A step added before: still on `d`, every answer kept.
    let v2 = script(
        "carry",
        r#"sections: [Section(id: "s", steps: [
            Step(id: "new", kind: ShortText()),
            Step(id: "a", kind: ShortText()),
            Step(id: "b", kind: ShortText()),
            Step(id: "c", kind: ShortText()),
            Step(id: "d", kind: ShortText()),
        ])]"#,
    );
    let (carried, landing) = session.carried_to(v2);
    assert_eq!(landing, Landing::Same);
    assert_eq!(here(&carried).as_deref(), Some("d"));
    assert_eq!(carried.answers().len(), 3);

    // `d` and `c` gone, `b` now a number: on `b`, the nearest earlier step still there;
    // its text answer does not fit a number and is dropped.
    let v3 = script(
        "carry",
        r#"sections: [Section(id: "s", steps: [
            Step(id: "a", kind: ShortText()),
            Step(id: "b", kind: Number()),
        ])]"#,
    );
    let (carried, landing) = session.carried_to(v3);
    assert_eq!(
        landing,
        Landing::Earlier {
            gone: "d".into(),
            now: "b".into()
        }
    );
    assert_eq!(here(&carried).as_deref(), Some("b"));
    assert!(carried.answer("b").is_none());
    assert_eq!(carried.answer("a"), Some(&Answer::Given(text("one"))));

    // Nothing before it left: back at the start.
    let v4 = script(
        "carry",
        r#"sections: [Section(id: "s", steps: [Step(id: "z", kind: ShortText())])]"#,
    );
    let (carried, landing) = session.carried_to(v4);
    assert_eq!(landing, Landing::Start { gone: "d".into() });
    assert_eq!(here(&carried).as_deref(), Some("z"));
}
