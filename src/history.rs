//! Over time: every conversation a participant has had, and the trend of one instrument.
//!
//! Pure functions over parsed journals. The ORS target a participant may set is kept
//! beside them (`<data dir>/targets/<participant>.ron`) by `journal::target`.
//!
//! A trend shows the person's own numbers, the cut-off lines and a target they chose.
//! It never shows an expected-treatment curve: those are proprietary, and a falling
//! "expected" line would tell a person how they ought to be doing.

use crate::engine::flow::EPSILON;
use crate::engine::{Answer, Stamp, Value};
use crate::journal::{Block, Journal, Mode};

/// The instruments samtale follows over time, by the id of their built-in dialogue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Instrument {
    /// FIT Outcome Rating Scale: four lines 0–10, total 0–40.
    Ors,
    /// FIT Session Rating Scale: four lines 0–10, total 0–40.
    Srs,
    /// WHO-5 Well-Being Index: raw 0–25, followed as a percentage 0–100.
    Who5,
}

impl Instrument {
    pub const ALL: [Instrument; 3] = [Instrument::Ors, Instrument::Srs, Instrument::Who5];

    pub fn of(dialogue: &str) -> Option<Instrument> {
        Instrument::ALL
            .into_iter()
            .find(|i| i.dialogue() == dialogue)
    }

    pub fn dialogue(self) -> &'static str {
        match self {
            Instrument::Ors => "fit-ors",
            Instrument::Srs => "fit-srs",
            Instrument::Who5 => "who5",
        }
    }

    /// The score followed over time, by its id in the finished block.
    pub fn score_id(self) -> &'static str {
        match self {
            Instrument::Ors | Instrument::Srs => "total",
            Instrument::Who5 => "percent",
        }
    }

    /// The decimals the score is written with: one for FIT, none for WHO-5.
    pub fn decimals(self) -> u8 {
        match self {
            Instrument::Ors | Instrument::Srs => 1,
            Instrument::Who5 => 0,
        }
    }

    /// The whole range of the score, which a sparkline is scaled over.
    pub fn range(self) -> (f64, f64) {
        match self {
            Instrument::Ors | Instrument::Srs => (0.0, 40.0),
            Instrument::Who5 => (0.0, 100.0),
        }
    }

    /// The items shown beside the total (the four lines of a FIT form).
    pub fn items(self) -> &'static [&'static str] {
        match self {
            Instrument::Ors => &["individual", "relations", "social", "overall"],
            Instrument::Srs => &["relationship", "goals", "approach", "overall"],
            Instrument::Who5 => &[],
        }
    }

    /// The flags of the built-in dialogue, in the order the script gives them.
    pub fn flags(self) -> &'static [&'static str] {
        match self {
            Instrument::Ors => &["below-25", "reliable-change"],
            Instrument::Srs => &["below-36", "item-below-9", "dropped"],
            Instrument::Who5 => &["low-wellbeing", "low-item", "very-low", "change"],
        }
    }

    /// The flags that compare with an earlier conversation (a change).
    pub fn change_flags(self) -> &'static [&'static str] {
        match self {
            Instrument::Ors => &["reliable-change"],
            Instrument::Srs => &["dropped"],
            Instrument::Who5 => &["change"],
        }
    }

    /// The recall period in days, as the built-in script's `recall_days` gives it: WHO-5
    /// asks about the last two weeks, the ORS about the last week; the SRS about today.
    pub fn recall_days(self) -> Option<u32> {
        match self {
            Instrument::Ors => Some(7),
            Instrument::Srs => None,
            Instrument::Who5 => Some(14),
        }
    }

    /// The cut-off lines (shared reference points, never verdicts).
    pub fn cut_offs(self) -> Vec<Reference> {
        let cut = |id, value, secondary| Reference::CutOff {
            id,
            value,
            secondary,
        };
        match self {
            Instrument::Ors => vec![cut("ors-25", 25.0, false)],
            Instrument::Srs => vec![cut("srs-36", 36.0, false)],
            Instrument::Who5 => vec![cut("who5-50", 50.0, false), cut("who5-28", 28.0, true)],
        }
    }
}

/// A score as the history shows it: the instrument's key score of one conversation.
#[derive(Debug, Clone, PartialEq)]
pub struct KeyScore {
    pub id: String,
    pub value: f64,
    pub max: Option<f64>,
    pub decimals: u8,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Finished,
    /// Paused, or left open (a power cut): it can be resumed.
    Unfinished,
}

/// One conversation in a participant's history.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// Where the journal was in the list given to [`list`], to find its file again.
    pub index: usize,
    /// When it started, in the local time the journal was written with.
    pub started: Stamp,
    pub dialogue: String,
    /// The title as it was shown, in the conversation's language.
    pub title: String,
    pub mode: Mode,
    pub status: Status,
    /// Steps with an answer (a skipped step counts: it was answered "rather not").
    pub answered: usize,
    /// WHO-5 percent, FIT total; `None` for other dialogues and unfinished ones.
    pub score: Option<KeyScore>,
}

/// Every conversation, sorted by the time it started (the order given breaks ties).
pub fn list<'a>(journals: impl IntoIterator<Item = &'a Journal>) -> Vec<Entry> {
    let mut entries: Vec<Entry> = journals
        .into_iter()
        .enumerate()
        .map(|(index, journal)| {
            let header = &journal.header;
            let finished = journal.is_finished();
            Entry {
                index,
                started: header.started,
                dialogue: header.dialogue.clone(),
                title: header.title.clone(),
                mode: header.mode,
                status: if finished {
                    Status::Finished
                } else {
                    Status::Unfinished
                },
                answered: journal.answers().len(),
                score: key_score(journal),
            }
        })
        .collect();
    entries.sort_by(|a, b| a.started.cmp(&b.started).then(a.index.cmp(&b.index)));
    entries
}

/// The instrument's key score of a finished conversation, as its journal recorded it.
pub fn key_score(journal: &Journal) -> Option<KeyScore> {
    let instrument = Instrument::of(&journal.header.dialogue)?;
    let Some(Block::Finished { scores, .. }) = journal.finished() else {
        return None;
    };
    let line = scores.iter().find(|s| s.id == instrument.score_id())?;
    Some(KeyScore {
        id: line.id.clone(),
        value: line.value,
        max: line.max,
        decimals: instrument.decimals(),
    })
}

/// A flag at one point of a trend.
#[derive(Debug, Clone, PartialEq)]
pub struct Flag {
    pub id: String,
    /// The threshold comes from a secondary source (WHO-5 ≤ 28 %).
    pub secondary: bool,
    /// Not in the journal's `flag:` lines, but holds for the numbers: worked out here
    /// (a change since the previous point, or a journal written before the rule).
    pub recomputed: bool,
}

/// One finished conversation in a trend.
#[derive(Debug, Clone, PartialEq)]
pub struct Point {
    /// Where the journal was in the list given to [`trend`].
    pub index: usize,
    /// When the conversation started, in its local time.
    pub at: Stamp,
    /// ORS or SRS total, WHO-5 percent; `None` when it could not be worked out (WHO-5
    /// with a statement skipped).
    pub total: Option<f64>,
    /// WHO-5's raw score (0–25), which its thresholds are computed on.
    pub raw: Option<f64>,
    /// The instrument's items by id, in order (the four lines of a FIT form).
    pub items: Vec<(String, Option<f64>)>,
    /// The total minus the latest earlier point's that has a total, when there is one.
    pub change: Option<f64>,
    /// The point `change` is measured from: when it was, how many days before, and
    /// whether that is fewer days than the instrument's recall period.
    pub since: Option<crate::engine::Since>,
    pub flags: Vec<Flag>,
}

impl Point {
    pub fn has_flag(&self, id: &str) -> bool {
        self.flags.iter().any(|f| f.id == id)
    }

    pub fn item(&self, id: &str) -> Option<f64> {
        self.items
            .iter()
            .find(|(item, _)| item == id)
            .and_then(|(_, v)| *v)
    }
}

/// A horizontal line drawn with a trend.
#[derive(Debug, Clone, PartialEq)]
pub enum Reference {
    /// A cut-off from the instrument's literature: `ors-25`, `srs-36`, `who5-50`, `who5-28`.
    CutOff {
        id: &'static str,
        value: f64,
        secondary: bool,
    },
    /// The participant's own ORS target.
    Target { value: f64 },
}

impl Reference {
    pub fn value(&self) -> f64 {
        match self {
            Reference::CutOff { value, .. } | Reference::Target { value } => *value,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Trend {
    pub dialogue: String,
    /// `None` for a dialogue samtale does not follow over time (no totals then).
    pub instrument: Option<Instrument>,
    /// The finished conversations, oldest first.
    pub points: Vec<Point>,
    /// The cut-off lines, and the target once [`Trend::add_target`] has added it.
    pub references: Vec<Reference>,
}

impl Trend {
    /// The range a graph of this trend is scaled over: 0–40 for FIT, 0–100 for WHO-5.
    pub fn range(&self) -> Option<(f64, f64)> {
        self.instrument.map(Instrument::range)
    }

    /// The totals in order, for a sparkline.
    pub fn totals(&self) -> Vec<Option<f64>> {
        self.points.iter().map(|p| p.total).collect()
    }

    /// Adds the participant's ORS target as a line; other trends have none.
    pub fn add_target(&mut self, target: &Target) {
        if self.instrument == Some(Instrument::Ors)
            && let Some(value) = target.ors
        {
            self.references
                .retain(|r| !matches!(r, Reference::Target { .. }));
            self.references.push(Reference::Target { value });
        }
    }
}

/// The finished conversations of one dialogue in time order, with their totals, items
/// and flags: the journal's `flag:` lines, and those the numbers show that the journal
/// lacks (a change since the previous point of this trend, a cut-off).
pub fn trend<'a>(journals: impl IntoIterator<Item = &'a Journal>, dialogue: &str) -> Trend {
    let instrument = Instrument::of(dialogue);
    let mut found: Vec<(usize, &Journal)> = journals
        .into_iter()
        .enumerate()
        // A kiosk conversation no staff member has seen yet is no point of the trend: it
        // would become the baseline the next change is measured from.
        .filter(|(_, j)| j.header.dialogue == dialogue && j.is_finished() && !j.awaits_staff())
        .collect();
    found.sort_by(|(ia, a), (ib, b)| a.header.started.cmp(&b.header.started).then(ia.cmp(ib)));
    let mut points: Vec<Point> = Vec::new();
    for (index, journal) in found {
        let scores = journal.scores();
        let total = instrument.and_then(|i| scores.get(i.score_id()).copied());
        let raw = match instrument {
            Some(Instrument::Who5) => scores
                .get("raw")
                .copied()
                .or_else(|| total.map(|p| (p / 4.0).round())),
            _ => None,
        };
        let answers = journal.answers();
        let items = instrument
            .map(|i| {
                i.items()
                    .iter()
                    .map(|id| {
                        let value = match answers.get(*id) {
                            Some(Answer::Given(Value::Number(n))) => Some(*n),
                            _ => None,
                        };
                        ((*id).to_owned(), value)
                    })
                    .collect()
            })
            .unwrap_or_default();
        // Compared with the latest earlier point that has a total: a WHO-5 with a skipped
        // statement has none, and the one before it is what the change is measured from.
        let previous = points.iter().rev().find_map(|p| p.total.map(|t| (t, p.at)));
        let (change, since) = match (total, previous) {
            (Some(now), Some((before, at))) => {
                let days = crate::engine::days_between(&at, &journal.header.started);
                let close = instrument
                    .and_then(Instrument::recall_days)
                    .is_some_and(|recall| days < i64::from(recall));
                (
                    Some(now - before),
                    Some(crate::engine::Since { at, days, close }),
                )
            }
            _ => (None, None),
        };
        let mut flags: Vec<Flag> = match journal.finished() {
            Some(Block::Finished { flags, .. }) => flags
                .iter()
                .map(|f| Flag {
                    id: f.id.clone(),
                    secondary: f.secondary,
                    recomputed: false,
                })
                .collect(),
            _ => Vec::new(),
        };
        let mut point = Point {
            index,
            at: journal.header.started,
            total,
            raw,
            items,
            change,
            since,
            flags: Vec::new(),
        };
        if let Some(instrument) = instrument {
            for (id, secondary) in recompute(instrument, &point) {
                if !flags.iter().any(|f| f.id == id) {
                    flags.push(Flag {
                        id: id.to_owned(),
                        secondary,
                        recomputed: true,
                    });
                }
            }
            let order = |id: &str| {
                instrument
                    .flags()
                    .iter()
                    .position(|f| *f == id)
                    .unwrap_or(usize::MAX)
            };
            flags.sort_by_key(|f| order(&f.id));
        }
        point.flags = flags;
        points.push(point);
    }
    Trend {
        dialogue: dialogue.to_owned(),
        instrument,
        points,
        references: instrument.map(Instrument::cut_offs).unwrap_or_default(),
    }
}

/// The flags the built-in rules give for a point's numbers (the change since the latest
/// earlier point with a total included), with whether each comes from a secondary source.
fn recompute(instrument: Instrument, point: &Point) -> Vec<(&'static str, bool)> {
    let mut flags = Vec::new();
    let below = |value: Option<f64>, limit: f64| value.is_some_and(|v| v < limit - EPSILON);
    match instrument {
        Instrument::Ors => {
            if below(point.total, 25.0) {
                flags.push(("below-25", false));
            }
            // Reliable change: 5 points or more, up or down.
            if point.change.is_some_and(|c| c.abs() >= 5.0 - EPSILON) {
                flags.push(("reliable-change", false));
            }
        }
        Instrument::Srs => {
            if below(point.total, 36.0) {
                flags.push(("below-36", false));
            }
            if point.items.iter().any(|(_, v)| below(*v, 9.0)) {
                flags.push(("item-below-9", false));
            }
            if point.change.is_some_and(|c| -c >= 1.0 - EPSILON) {
                flags.push(("dropped", false));
            }
        }
        Instrument::Who5 => {
            // Every WHO-5 threshold on the raw integer: raw ≤ 12 is "below 50 %".
            if point.raw.is_some_and(|r| r <= 12.0 + EPSILON) {
                flags.push(("low-wellbeing", false));
            }
            if point.raw.is_some_and(|r| r <= 7.0 + EPSILON) {
                flags.push(("very-low", true));
            }
            if point.change.is_some_and(|c| c.abs() >= 10.0 - EPSILON) {
                flags.push(("change", false));
            }
        }
    }
    flags
}

/// The characters of a sparkline, lowest first.
pub const SPARKS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

/// One character per value, scaled over `min`–`max` in eight equal steps; a value that
/// is missing is a space. Values outside the range are drawn at its ends.
pub fn sparkline(values: &[Option<f64>], min: f64, max: f64) -> String {
    values
        .iter()
        .map(|value| match value {
            Some(v) if v.is_finite() && max > min => {
                let share = ((v - min) / (max - min)).clamp(0.0, 1.0);
                let index = ((share * SPARKS.len() as f64).floor() as usize).min(SPARKS.len() - 1);
                SPARKS[index]
            }
            _ => ' ',
        })
        .collect()
}

// The target file is kept by the journal store's side (`journal::target`): only the
// journal modules touch files beside the journals.
pub(crate) use crate::journal::target::make_private_dir;
pub use crate::journal::target::{
    ORS_MAX, Target, TargetError, parse_target, set_target, target, target_path, write_target,
};
