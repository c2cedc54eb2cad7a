//! The serde model of a dialogue script, exactly as a trainer writes it in RON.
//!
//! Every visible word lives in Fluent, so the model holds ids, structure and rules only.
//! The Fluent keys derive from the ids (see `keys`), which is why ids are restricted to
//! lower-case letters, digits and dashes.

use serde::{Deserialize, Deserializer};
use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dialogue {
    pub id: String,
    pub version: u32,
    pub audience: Audience,
    pub minutes: u32,
    pub source: String,
    pub licence: String,
    /// Named lists of choices that several steps share (WHO-5's six answers).
    #[serde(default)]
    pub choice_sets: BTreeMap<String, Vec<Choice>>,
    pub sections: Vec<Section>,
    #[serde(default)]
    pub scores: Vec<Score>,
    #[serde(default)]
    pub flags: Vec<Flag>,
    /// A plan kept up to date: starting it again for the same participant fills every
    /// answer from their latest finished one, to keep, change or remove.
    #[serde(default)]
    pub carry_over: bool,
    /// Another dialogue to go on to when this one finishes and the condition holds (after
    /// learning from a crisis: revise the crisis plan), with these answers shown beside it.
    #[serde(default)]
    pub follow_up: Option<FollowUp>,
    /// A crisis dialogue (the crisis plan, learning after a crisis): every way out of it
    /// (a pause, "not ready", the result) shows the crisis contacts, Livslinien and 112.
    #[serde(default)]
    pub crisis: bool,
    /// The instrument's recall period in days (WHO-5: 14, "the last two weeks"; ORS: 7).
    /// A change flag against a conversation fewer days ago is shown, marked as close in
    /// time: the two answers look back over partly the same days.
    #[serde(default)]
    pub recall_days: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FollowUp {
    pub dialogue: String,
    #[serde(default)]
    pub when: Option<Cond>,
}

/// Who a dialogue is written for; the home screen groups dialogues by it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub enum Audience {
    /// The citizen answers, alone or with a support worker.
    Citizen,
    /// The citizen and a support worker work on it together.
    Together,
    /// Staff and trainers reflect on their own practice.
    Staff,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub id: String,
    pub steps: Vec<Step>,
    /// Asked once for each of the participant's open sub-goals (`goals-followup`), with the
    /// sub-goal's text as `$goal` in every message of the section. Its steps' roles
    /// (`sub_goal: Some(Progress)` …) say what the answers do to the sub-goal.
    #[serde(default)]
    pub each_sub_goal: bool,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub id: String,
    pub kind: StepKind,
    /// Shown only while this holds; answers given while it held are kept if it stops holding.
    #[serde(default)]
    pub when: Option<Cond>,
    /// A required step cannot be skipped; its `.required` attribute says why.
    #[serde(default)]
    pub required: bool,
    /// Evaluated after the step is answered, first match wins.
    #[serde(default)]
    pub jumps: Vec<Jump>,
    /// The question whether the answers may be shared: a `Single` step whose choices are
    /// `no`, `yes` and (optionally) `some`, in that order, at most one per dialogue. Only
    /// a conversation answered `yes` is exported; one answered `no` or `some`, skipped, or
    /// paused before it is kept in the journal and left out of exports.
    #[serde(default)]
    pub consent: bool,
    /// A key part of a plan (warning signs, people to call): the plan's completeness names
    /// it when it is empty.
    #[serde(default)]
    pub key: bool,
    /// On the crisis card unless the citizen chooses otherwise (the plan's card step, or
    /// `samtale card --with/--without`).
    #[serde(default)]
    pub card: bool,
    /// Drawn at random: a `Single` step whose choice the engine picks among those offered
    /// when the conversation comes to it (from the seed the front end passed in), records
    /// like an answer, and goes on. A trainer's dilemma card drawn from a pack.
    #[serde(default)]
    pub draw: bool,
    /// What the answer does to a sub-goal (delmål) carried between conversations.
    #[serde(default)]
    pub sub_goal: Option<SubGoalRole>,
    /// Set only on a step of an `each_sub_goal` section as asked for one sub-goal: the
    /// step it was copied from (whose messages it uses) and the sub-goal. Never in a script.
    #[serde(skip)]
    pub slot: Option<GoalSlot>,
}

/// What a step's answer does to a sub-goal. Outside an `each_sub_goal` section only `New`;
/// inside one, the others, each at most once.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub enum SubGoalRole {
    /// A text whose answer becomes a new, open sub-goal in the participant's own words.
    New,
    /// How it went (a `Scale` or `Number`): the sub-goal's course over time.
    Progress,
    /// How it went, in words (a text step).
    Words,
    /// What becomes of it: a `Single` step with the choices `keep`, `change`, `finish` and
    /// `drop` (all four, in any order).
    Decision,
    /// The sub-goal's new wording (a text step), kept under the same identity.
    Wording,
}

/// A step of an `each_sub_goal` section as asked for one sub-goal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoalSlot {
    /// The id of the step in the script: its messages are this step's.
    pub template: String,
    /// The sub-goal's stable id.
    pub goal: String,
    /// The sub-goal's words as they stand, shown as `$goal`.
    pub text: String,
    /// The file name of the journal the sub-goal was made in.
    pub made_in: String,
}

impl Step {
    /// The id the step's messages are named after: its own, or for a step asked once per
    /// sub-goal, the script's.
    pub fn message_id(&self) -> &str {
        self.slot.as_ref().map_or(&self.id, |slot| &slot.template)
    }
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum StepKind {
    /// Text to read; nothing to answer. `contacts` appends the configured crisis contacts.
    Info {
        #[serde(default)]
        contacts: bool,
    },
    ShortText {
        #[serde(default)]
        max_len: Option<usize>,
        #[serde(default)]
        pattern: Option<String>,
    },
    LongText {
        #[serde(default)]
        max_len: Option<usize>,
    },
    Number {
        #[serde(default)]
        min: Option<f64>,
        #[serde(default)]
        max: Option<f64>,
        #[serde(default)]
        decimals: u8,
    },
    /// A line from `min` to `max` set in `step`s; the end labels are `.min` and `.max`.
    Scale {
        min: f64,
        max: f64,
        step: f64,
    },
    Single {
        choices: Choices,
    },
    Multi {
        choices: Choices,
        #[serde(default)]
        max: Option<usize>,
    },
    YesNo,
    /// A list of entries, each with the same fields (a contact: name, relation, phone).
    Repeat {
        fields: Vec<Field>,
        #[serde(default)]
        max: Option<usize>,
    },
    /// A value worked out from earlier answers and shown as `$value` in the step's message.
    Computed {
        calc: Calc,
    },
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub enum Choices {
    /// A set from the dialogue's `choice_sets`; labels are `<dialogue>-<set>-<choice>`.
    Set(String),
    /// Choices of this step only; labels are `<dialogue>-<step>-<choice>`.
    List(Vec<Choice>),
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    pub id: String,
    /// The points this choice scores; numbered by it in the line mode.
    #[serde(default)]
    pub score: Option<f64>,
    /// "Not relevant": a choice deliberately left out of every score. The step still
    /// counts as answered; the score is worked out from the other items (see
    /// `Score::max_left_out`).
    #[serde(default)]
    pub not_counted: bool,
    #[serde(default)]
    pub when: Option<Cond>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Field {
    pub id: String,
    #[serde(default)]
    pub required: bool,
    #[serde(default)]
    pub max_len: Option<usize>,
    #[serde(default)]
    pub pattern: Option<String>,
    /// A field chosen from these choices instead of typed (a category, how close). Labels
    /// are `<dialogue>-<step>-<field>-<choice>`; `score` and `when` are not used here.
    #[serde(default)]
    pub choices: Vec<Choice>,
    /// With `choices`: several may be chosen, recorded as their ids separated by spaces.
    #[serde(default)]
    pub multi: bool,
}

impl Field {
    /// The ids chosen in a choice field's recorded text, in the order written.
    pub fn chosen(text: &str) -> impl Iterator<Item = &str> {
        text.split_whitespace()
    }

    pub fn is_choice(&self) -> bool {
        !self.choices.is_empty()
    }
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Jump {
    #[serde(default)]
    pub when: Option<Cond>,
    /// A later section or step, or `end` for the review.
    pub to: String,
}

/// A condition over earlier answers. A comparison with an unanswered step is false.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub enum Cond {
    Answered(String),
    Eq(String, Literal),
    Ne(String, Literal),
    Lt(String, Literal),
    Le(String, Literal),
    Gt(String, Literal),
    Ge(String, Literal),
    Any(Vec<Cond>),
    All(Vec<Cond>),
    Not(Box<Cond>),
}

impl Cond {
    /// The step ids the condition looks at.
    pub fn steps(&self) -> Vec<&str> {
        match self {
            Cond::Answered(id)
            | Cond::Eq(id, _)
            | Cond::Ne(id, _)
            | Cond::Lt(id, _)
            | Cond::Le(id, _)
            | Cond::Gt(id, _)
            | Cond::Ge(id, _) => vec![id.as_str()],
            Cond::Any(all) | Cond::All(all) => all.iter().flat_map(Cond::steps).collect(),
            Cond::Not(c) => c.steps(),
        }
    }
}

/// The value a condition compares with: a number, a choice id, or yes/no as `true`/`false`.
#[derive(Debug, Clone, PartialEq)]
pub enum Literal {
    Number(f64),
    Text(String),
    Bool(bool),
}

impl<'de> Deserialize<'de> for Literal {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct LiteralVisitor;
        impl serde::de::Visitor<'_> for LiteralVisitor {
            type Value = Literal;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a number, a quoted choice id, or true/false")
            }
            fn visit_bool<E>(self, v: bool) -> Result<Literal, E> {
                Ok(Literal::Bool(v))
            }
            fn visit_i64<E>(self, v: i64) -> Result<Literal, E> {
                Ok(Literal::Number(v as f64))
            }
            fn visit_u64<E>(self, v: u64) -> Result<Literal, E> {
                Ok(Literal::Number(v as f64))
            }
            fn visit_f64<E>(self, v: f64) -> Result<Literal, E> {
                Ok(Literal::Number(v))
            }
            fn visit_str<E>(self, v: &str) -> Result<Literal, E> {
                Ok(Literal::Text(v.to_owned()))
            }
        }
        deserializer.deserialize_any(LiteralVisitor)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub enum Method {
    Sum,
    Mean,
}

/// Arithmetic over numeric answers: `method` over `items`, times `factor`.
/// Skipped items are left out; with no item answered there is no value.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Calc {
    pub method: Method,
    pub items: Vec<String>,
    #[serde(default = "one")]
    pub factor: f64,
    #[serde(default)]
    pub decimals: u8,
}

fn one() -> f64 {
    1.0
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Score {
    pub id: String,
    pub calc: Calc,
    /// The highest possible value, shown as "18/25".
    #[serde(default)]
    pub max: Option<f64>,
    /// Only complete answers give this score (WHO-5 is not scored with an item missing).
    #[serde(default)]
    pub complete: bool,
    /// How many items may be answered with a `not_counted` choice ("not relevant") before
    /// the score is not given; `None`: any number, as long as one item counts.
    #[serde(default)]
    pub max_left_out: Option<usize>,
    #[serde(default)]
    pub bands: Vec<Band>,
}

/// `min ..= max` of a score maps to the message `<dialogue>-<score>-<band>`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Band {
    pub id: String,
    pub min: f64,
    pub max: f64,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Flag {
    pub id: String,
    pub rule: Rule,
    /// The threshold comes from a secondary source; the result says so.
    #[serde(default)]
    pub secondary: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub enum Op {
    Lt,
    Le,
    Gt,
    Ge,
}

impl Op {
    pub fn holds(self, left: f64, right: f64) -> bool {
        match self {
            Op::Lt => left < right,
            Op::Le => left <= right,
            Op::Gt => left > right,
            Op::Ge => left >= right,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub enum Direction {
    Up,
    Down,
    Either,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum Rule {
    /// The score compared with a cut-off.
    Cut { score: String, op: Op, value: f64 },
    /// Any one of the items compared with a value.
    AnyItem {
        items: Vec<String>,
        op: Op,
        value: f64,
    },
    /// The score moved by at least `by` since the latest earlier finished conversation
    /// of the same dialogue and participant that has this score (a reliable change).
    Change {
        score: String,
        direction: Direction,
        by: f64,
    },
}

/// What a conversation's answer to its dialogue's consent step allows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Consent {
    /// The dialogue asks no consent (a plan made together, a staff reflection): its
    /// conversations are exported as they were before consent was a feature.
    NotAsked,
    /// Answered `yes`: the whole conversation may be shared.
    Yes,
    /// Answered `some`: only the part the person named may be shared, which samtale
    /// cannot pick out, so nothing of it is exported.
    Some,
    /// Answered `no`, skipped, or never reached (paused before it).
    No,
}

impl Consent {
    /// Whether an export may carry the conversation.
    pub fn shared(self) -> bool {
        matches!(self, Consent::NotAsked | Consent::Yes)
    }
}

impl Dialogue {
    /// Whether the dialogue follows up sub-goals (it has an `each_sub_goal` section).
    pub fn follows_sub_goals(&self) -> bool {
        self.sections.iter().any(|s| s.each_sub_goal)
    }

    /// Whether a conversation of it can make or change a sub-goal.
    pub fn touches_sub_goals(&self) -> bool {
        self.sections
            .iter()
            .flat_map(|s| &s.steps)
            .any(|step| step.sub_goal.is_some())
    }

    /// The step with this id, in any section.
    pub fn step(&self, id: &str) -> Option<&Step> {
        self.sections
            .iter()
            .flat_map(|s| &s.steps)
            .find(|step| step.id == id)
    }

    pub fn consent_step(&self) -> Option<&Step> {
        self.sections
            .iter()
            .flat_map(|s| &s.steps)
            .find(|step| step.consent)
    }

    /// What a conversation with these answers allows to be shared.
    pub fn consent(&self, answers: &BTreeMap<String, crate::engine::Answer>) -> Consent {
        let Some(step) = self.consent_step() else {
            return Consent::NotAsked;
        };
        match answers.get(&step.id) {
            Some(crate::engine::Answer::Given(crate::engine::Value::Choice(id))) => {
                match id.as_str() {
                    "yes" => Consent::Yes,
                    "some" => Consent::Some,
                    _ => Consent::No,
                }
            }
            _ => Consent::No,
        }
    }
}
