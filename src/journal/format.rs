//! The journal's text format, version 1: written and parsed here and nowhere else.
//!
//! A journal is a header and then blocks, one per event, each a list of `key: value`
//! lines. A value that spans lines continues on lines indented by two spaces, so no
//! answer can ever be mistaken for structure. docs/journal-format.md has a full example.

use std::fmt::Write as _;

use crate::engine::{Answer, Entry, Stamp, Value};
use crate::i18n::Lang;

pub const MAGIC: &str = "samtale journal v1";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Facilitated,
    SelfGuided,
    Rehearsal,
}

impl Mode {
    pub fn tag(self) -> &'static str {
        match self {
            Mode::Facilitated => "facilitated",
            Mode::SelfGuided => "self",
            Mode::Rehearsal => "rehearsal",
        }
    }

    pub fn from_tag(tag: &str) -> Option<Mode> {
        [Mode::Facilitated, Mode::SelfGuided, Mode::Rehearsal]
            .into_iter()
            .find(|m| m.tag() == tag)
    }
}

/// Who entered a conversation's answers, when it was not a staff member's screen: a
/// journal header's optional `entered:` field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Entered {
    /// A citizen alone at the kiosk (`samtale kiosk`): not a baseline until staff have seen it.
    Kiosk,
}

impl Entered {
    pub fn tag(self) -> &'static str {
        match self {
            Entered::Kiosk => "kiosk",
        }
    }

    pub fn from_tag(tag: &str) -> Option<Entered> {
        (tag == "kiosk").then_some(Entered::Kiosk)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Header {
    pub dialogue: String,
    pub dialogue_version: u32,
    pub title: String,
    pub locale: Lang,
    pub mode: Mode,
    pub participant: String,
    pub facilitator: Option<String>,
    /// Set for a conversation a citizen entered alone at the kiosk; absent otherwise.
    pub entered: Option<Entered>,
    /// The file name of the conversation this one follows, in the same participant's
    /// folder (a crisis plan revised after learning from a crisis): what that one found is
    /// shown beside this one, and shown again when it is resumed.
    pub follows: Option<String>,
    pub started: Stamp,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ScoreLine {
    pub id: String,
    pub value: f64,
    pub max: Option<f64>,
    pub band: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct FlagLine {
    pub id: String,
    pub secondary: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    Answer {
        at: Stamp,
        step: String,
        /// The question as it was shown, in the conversation's language.
        question: String,
        /// The answer as it was shown ("Det meste af tiden", "6,5").
        shown: String,
        answer: Answer,
    },
    Paused {
        at: Stamp,
    },
    /// Typed at the open step but not confirmed when the conversation paused: not an
    /// answer, but put back in its field when the conversation is resumed.
    Draft {
        at: Stamp,
        step: String,
        /// `text` for a text or number step; the fields of an entry of a repeat group.
        fields: Vec<(String, String)>,
    },
    Resumed {
        at: Stamp,
    },
    /// The conversation revises an earlier one (a crisis plan): its answers were carried
    /// over from the journal named here and written as the first answer blocks.
    Revision {
        at: Stamp,
        revises: String,
    },
    /// Just before `finished` in a revision: the steps whose answer differs from the plan
    /// it revises (changed or removed); every other answer was kept.
    Changes {
        at: Stamp,
        changed: Vec<String>,
        /// The same in words, one line a step: "Ændret: <the question>" (`change:` lines;
        /// none in a journal written before samtale wrote them).
        words: Vec<String>,
    },
    /// Just before `finished`: what the conversation did to one sub-goal (made it, followed
    /// it up, changed its words, finished or dropped it). One block a sub-goal.
    SubGoal {
        at: Stamp,
        /// Stable for the sub-goal's whole life: `<journal made in, without .txt>/<step>`.
        id: String,
        made_in: String,
        text: String,
        status: crate::engine::sub_goals::Status,
        progress: Option<f64>,
        words: Option<String>,
    },
    /// A staff member has seen a conversation entered at the kiosk: from now on it counts
    /// in trends and change flags. Appended after `finished`, by `samtale history … --seen`.
    Seen {
        at: Stamp,
        /// Who saw it, as they gave their name.
        by: String,
    },
    Finished {
        at: Stamp,
        scores: Vec<ScoreLine>,
        flags: Vec<FlagLine>,
        /// Answered steps no longer on the path: kept in the journal, marked here.
        hidden: Vec<String>,
        /// The result as it was shown: scores, bands and flags in words.
        summary: String,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub struct Journal {
    pub header: Header,
    pub blocks: Vec<Block>,
}

impl Journal {
    pub fn is_finished(&self) -> bool {
        self.blocks
            .iter()
            .any(|b| matches!(b, Block::Finished { .. }))
    }

    /// What was typed but not confirmed at each step when the conversation paused, where
    /// no answer to that step came after it.
    pub fn drafts(&self) -> std::collections::BTreeMap<String, Vec<(String, String)>> {
        let mut drafts = std::collections::BTreeMap::new();
        for block in &self.blocks {
            match block {
                Block::Draft { step, fields, .. } => {
                    drafts.insert(step.clone(), fields.clone());
                }
                Block::Answer { step, .. } => {
                    drafts.remove(step);
                }
                _ => {}
            }
        }
        drafts
    }

    /// The latest answer of every step: a revised answer is a new block, and it wins.
    pub fn answers(&self) -> std::collections::BTreeMap<String, Answer> {
        let mut answers = std::collections::BTreeMap::new();
        for block in &self.blocks {
            if let Block::Answer { step, answer, .. } = block {
                answers.insert(step.clone(), answer.clone());
            }
        }
        answers
    }

    /// A conversation entered alone at the kiosk that no staff member has marked as seen:
    /// shown in the history, but no baseline for trends and change flags yet.
    pub fn awaits_staff(&self) -> bool {
        self.header.entered == Some(Entered::Kiosk)
            && !self.blocks.iter().any(|b| matches!(b, Block::Seen { .. }))
    }

    /// Who saw a kiosk conversation and when, if someone has.
    pub fn seen(&self) -> Option<(&Stamp, &str)> {
        self.blocks.iter().find_map(|b| match b {
            Block::Seen { at, by } => Some((at, by.as_str())),
            _ => None,
        })
    }

    /// What this conversation did to sub-goals, in the order written.
    pub fn sub_goals(&self) -> Vec<&Block> {
        self.blocks
            .iter()
            .filter(|b| matches!(b, Block::SubGoal { .. }))
            .collect()
    }

    /// What the conversation found, as it was said: the latest question and answer of
    /// every step in the order they were first answered, without the skipped ones and
    /// those a later answer set aside (`hidden:`). Shown beside the conversation that
    /// follows this one.
    pub fn said(&self) -> Vec<(String, String)> {
        let hidden: Vec<&String> = match self.finished() {
            Some(Block::Finished { hidden, .. }) => hidden.iter().collect(),
            _ => Vec::new(),
        };
        let mut said: Vec<(String, String, String, bool)> = Vec::new();
        for block in &self.blocks {
            if let Block::Answer {
                step,
                question,
                shown,
                answer,
                ..
            } = block
            {
                let given = matches!(answer, Answer::Given(_));
                match said.iter_mut().find(|(id, ..)| id == step) {
                    Some(entry) => {
                        *entry = (step.clone(), question.clone(), shown.clone(), given);
                    }
                    None => said.push((step.clone(), question.clone(), shown.clone(), given)),
                }
            }
        }
        said.into_iter()
            .filter(|(step, _, _, given)| *given && !hidden.contains(&step))
            .map(|(_, question, shown, _)| (question, shown))
            .collect()
    }

    /// The file name of the journal this one revises, if it is a revision.
    pub fn revises(&self) -> Option<&str> {
        self.blocks.iter().find_map(|b| match b {
            Block::Revision { revises, .. } => Some(revises.as_str()),
            _ => None,
        })
    }

    pub fn finished(&self) -> Option<&Block> {
        self.blocks
            .iter()
            .rev()
            .find(|b| matches!(b, Block::Finished { .. }))
    }

    /// The scores of the finished conversation, by id.
    pub fn scores(&self) -> std::collections::BTreeMap<String, f64> {
        match self.finished() {
            Some(Block::Finished { scores, .. }) => {
                scores.iter().map(|s| (s.id.clone(), s.value)).collect()
            }
            _ => Default::default(),
        }
    }
}

/// A problem reading a journal back, at a line of the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    pub line: usize,
    pub detail: String,
}

fn field(out: &mut String, key: &str, value: &str) {
    let mut lines = value.split('\n');
    let first = lines.next().unwrap_or_default();
    let _ = writeln!(out, "{key}: {first}");
    for line in lines {
        let _ = writeln!(out, "  {line}");
    }
}

fn stamp(at: &Stamp) -> String {
    at.to_rfc3339_opts(chrono::SecondsFormat::Secs, false)
}

pub fn write_header(header: &Header) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{MAGIC}");
    field(&mut out, "dialogue", &header.dialogue);
    field(
        &mut out,
        "dialogue-version",
        &header.dialogue_version.to_string(),
    );
    field(&mut out, "title", &header.title);
    field(&mut out, "locale", header.locale.tag());
    field(&mut out, "mode", header.mode.tag());
    field(&mut out, "participant", &header.participant);
    if let Some(facilitator) = &header.facilitator {
        // Typed by a person: neutralised like every answer, so `cat` stays safe.
        field(
            &mut out,
            "facilitator",
            &crate::engine::neutralise(facilitator),
        );
    }
    if let Some(entered) = header.entered {
        field(&mut out, "entered", entered.tag());
    }
    if let Some(follows) = &header.follows {
        field(&mut out, "follows", follows);
    }
    field(&mut out, "started", &stamp(&header.started));
    out
}

/// A block, with the blank line that separates it from what comes before.
pub fn write_block(block: &Block) -> String {
    let mut out = String::from("\n");
    match block {
        Block::Answer {
            at,
            step,
            question,
            shown,
            answer,
        } => {
            let _ = writeln!(out, "== answer {}", stamp(at));
            field(&mut out, "step", step);
            field(&mut out, "question", question);
            field(&mut out, "answer", shown);
            // `value:` comes last, so a block cut short by a power cut is seen as incomplete.
            write_value(&mut out, answer);
        }
        Block::Paused { at } => {
            let _ = writeln!(out, "== paused {}", stamp(at));
        }
        Block::Resumed { at } => {
            let _ = writeln!(out, "== resumed {}", stamp(at));
        }
        Block::Draft { at, step, fields } => {
            let _ = writeln!(out, "== draft {}", stamp(at));
            field(&mut out, "step", step);
            for (id, text) in fields {
                field(&mut out, &format!("draft.{id}"), text);
            }
            // A one-line last field: a draft cut short is seen as incomplete.
            field(&mut out, "end", "draft");
        }
        Block::Seen { at, by } => {
            let _ = writeln!(out, "== seen {}", stamp(at));
            // Typed by a person: neutralised like every answer. One line, written last.
            field(
                &mut out,
                "by",
                &crate::engine::neutralise(by).replace('\n', " "),
            );
        }
        Block::Revision { at, revises } => {
            let _ = writeln!(out, "== revision {}", stamp(at));
            field(&mut out, "revises", revises);
        }
        Block::Changes { at, changed, words } => {
            let _ = writeln!(out, "== changes {}", stamp(at));
            for line in words {
                field(&mut out, "change", &line.replace('\n', " "));
            }
            // The ids last, on one line: a block cut short is seen as incomplete.
            field(&mut out, "changed", &changed.join(" "));
        }
        Block::SubGoal {
            at,
            id,
            made_in,
            text,
            status,
            progress,
            words,
        } => {
            let _ = writeln!(out, "== sub-goal {}", stamp(at));
            field(&mut out, "id", id);
            field(&mut out, "made-in", made_in);
            field(&mut out, "text", text);
            if let Some(progress) = progress {
                field(&mut out, "progress", &progress.to_string());
            }
            if let Some(words) = words {
                field(&mut out, "words", words);
            }
            // The status last, on one line: a block cut short is seen as incomplete.
            field(&mut out, "status", status.tag());
        }
        Block::Finished {
            at,
            scores,
            flags,
            hidden,
            summary,
        } => {
            let _ = writeln!(out, "== finished {}", stamp(at));
            for score in scores {
                let mut line = format!("{} {}", score.id, score.value);
                if let Some(max) = score.max {
                    let _ = write!(line, " of {max}");
                }
                if let Some(band) = &score.band {
                    let _ = write!(line, " band {band}");
                }
                field(&mut out, "score", &line);
            }
            for flag in flags {
                let line = if flag.secondary {
                    format!("{} secondary", flag.id)
                } else {
                    flag.id.clone()
                };
                field(&mut out, "flag", &line);
            }
            if !hidden.is_empty() {
                field(&mut out, "hidden", &hidden.join(" "));
            }
            field(&mut out, "summary", summary);
            // A one-line last field: a block cut short anywhere before it is incomplete.
            field(&mut out, "end", "finished");
        }
    }
    out
}

fn write_value(out: &mut String, answer: &Answer) {
    let value = match answer {
        Answer::Skipped => return field(out, "value", "skipped"),
        Answer::Given(value) => value,
    };
    match value {
        // A text is written once, as the answer shown; the value line only says so.
        Value::Text(_) => field(out, "value", "text"),
        Value::Number(n) => field(out, "value", &format!("number {n}")),
        Value::Choice(id) => field(out, "value", &format!("choice {id}")),
        Value::Choices(ids) => field(
            out,
            "value",
            format!("choices {}", ids.join(" ")).trim_end(),
        ),
        Value::YesNo(yes) => field(out, "value", if *yes { "yes" } else { "no" }),
        Value::Entries(entries) => {
            for (index, entry) in entries.iter().enumerate() {
                for (id, text) in &entry.fields {
                    field(out, &format!("entry.{}.{id}", index + 1), text);
                }
            }
            field(out, "value", &format!("entries {}", entries.len()));
        }
    }
}

pub fn write(journal: &Journal) -> String {
    let mut out = write_header(&journal.header);
    for block in &journal.blocks {
        out.push_str(&write_block(block));
    }
    out
}

/// One `key: value` with its continuation lines, and the line it started on.
struct Field {
    line: usize,
    key: String,
    value: String,
}

/// Splits text into groups of fields: the header, then one group per `== ` line.
fn groups(text: &str) -> Result<Vec<(usize, String, Vec<Field>)>, ParseError> {
    let mut groups: Vec<(usize, String, Vec<Field>)> = Vec::new();
    let mut lines = text.split('\n').enumerate().peekable();
    let Some((_, first)) = lines.next() else {
        return Err(ParseError {
            line: 1,
            detail: "empty file".into(),
        });
    };
    if first != MAGIC {
        return Err(ParseError {
            line: 1,
            detail: format!("the first line is not `{MAGIC}`"),
        });
    }
    groups.push((1, String::new(), Vec::new()));
    fill(&mut lines, &mut groups)?;
    Ok(groups)
}

type Lines<'a> = std::iter::Peekable<std::iter::Enumerate<std::str::Split<'a, char>>>;

/// Reads lines into `groups`: a field joins the last group, a `== ` line begins a group.
fn fill(
    lines: &mut Lines<'_>,
    groups: &mut Vec<(usize, String, Vec<Field>)>,
) -> Result<(), ParseError> {
    while let Some((index, line)) = lines.next() {
        let number = index + 1;
        if line.is_empty() {
            continue;
        }
        if let Some(title) = line.strip_prefix("== ") {
            groups.push((number, title.to_owned(), Vec::new()));
            continue;
        }
        let Some((key, value)) = line
            .split_once(": ")
            .or_else(|| line.strip_suffix(':').map(|key| (key, "")))
        else {
            return Err(ParseError {
                line: number,
                detail: format!("expected `key: value`, found `{line}`"),
            });
        };
        if key.starts_with(' ') {
            return Err(ParseError {
                line: number,
                detail: "a continuation line with no field before it".into(),
            });
        }
        let mut value = value.to_owned();
        while let Some((_, next)) = lines.peek() {
            let Some(rest) = next.strip_prefix("  ") else {
                break;
            };
            value.push('\n');
            value.push_str(rest);
            lines.next();
        }
        if let Some(group) = groups.last_mut() {
            group.2.push(Field {
                line: number,
                key: key.to_owned(),
                value,
            });
        }
    }
    Ok(())
}

/// The blocks of a piece of a journal that begins at a block (its `== ` line, or the
/// blank line before it), parsed as [`parse`] parses them: for a reader that finds the
/// blocks it needs in the text without parsing the rest. Line numbers in an error count
/// from the start of the piece.
pub fn parse_blocks(text: &str) -> Result<Vec<Block>, ParseError> {
    let mut lines = text.split('\n').enumerate().peekable();
    let mut groups = vec![(1, String::new(), Vec::new())];
    fill(&mut lines, &mut groups)?;
    if let Some(field) = groups[0].2.first() {
        return Err(bad(field.line, "a field before the first block"));
    }
    groups
        .into_iter()
        .skip(1)
        .map(|(line, title, fields)| parse_block(line, &title, &fields))
        .collect()
}

/// The field samtale writes last in a block of this kind, if the block has fields: a block
/// without it was cut short while it was being written.
fn last_field(kind: &str) -> Option<&'static str> {
    match kind {
        "answer" => Some("value"),
        "draft" => Some("end"),
        "finished" => Some("end"),
        "revision" => Some("revises"),
        "changes" => Some("changed"),
        "sub-goal" => Some("status"),
        "seen" => Some("by"),
        _ => None,
    }
}

/// Whether `block`, the last block of a journal (whole lines only, from its `== ` line),
/// can be one that samtale was writing when it was stopped (a crash, a kill, a power
/// cut): every line in it is a line samtale writes, and the field it writes last in a
/// block of its kind is missing.
///
/// Anything else that does not parse was not cut short by a crash but changed by hand: a
/// block with its last field, a line that is no field, a kind that is whole with its
/// `== ` line alone (`paused`, `resumed`) or that samtale does not know. Such a journal is
/// damaged, and is reported and left as it is instead of being cut.
pub fn cut_short(block: &str) -> bool {
    let mut lines = block.split('\n').filter(|line| !line.is_empty());
    let Some((kind, at)) = lines
        .next()
        .and_then(|line| line.strip_prefix("== "))
        .and_then(|title| title.split_once(' '))
    else {
        return false;
    };
    let Some(last) = last_field(kind) else {
        return false;
    };
    if chrono::DateTime::parse_from_rfc3339(at).is_err() {
        return false;
    }
    // As `groups` reads a field: a key is anything before `: ` that is not indented.
    let is_key = |key: &str| !key.is_empty() && !key.starts_with(' ');
    let mut fields = 0;
    for line in lines {
        if line.starts_with("  ") && fields > 0 {
            continue;
        }
        let key = match line.split_once(": ") {
            Some((key, _)) => key,
            None => match line.strip_suffix(':') {
                Some(key) => key,
                None => return false,
            },
        };
        if !is_key(key) || key == last {
            return false;
        }
        fields += 1;
    }
    true
}

pub fn parse(text: &str) -> Result<Journal, ParseError> {
    let mut groups = groups(text)?.into_iter();
    let (_, _, header_fields) = groups.next().ok_or(ParseError {
        line: 1,
        detail: "no header".into(),
    })?;
    let header = parse_header(&header_fields)?;
    let mut blocks = Vec::new();
    for (line, title, fields) in groups {
        blocks.push(parse_block(line, &title, &fields)?);
    }
    Ok(Journal { header, blocks })
}

struct Fields<'a> {
    line: usize,
    fields: &'a [Field],
}

impl Fields<'_> {
    fn get(&self, key: &str) -> Result<&str, ParseError> {
        self.fields
            .iter()
            .find(|f| f.key == key)
            .map(|f| f.value.as_str())
            .ok_or_else(|| ParseError {
                line: self.line,
                detail: format!("missing `{key}:`"),
            })
    }

    fn optional(&self, key: &str) -> Option<&str> {
        self.fields
            .iter()
            .find(|f| f.key == key)
            .map(|f| f.value.as_str())
    }

    fn all<'s>(&'s self, key: &'s str) -> impl Iterator<Item = &'s Field> + 's {
        self.fields.iter().filter(move |f| f.key == key)
    }
}

fn bad(line: usize, detail: impl Into<String>) -> ParseError {
    ParseError {
        line,
        detail: detail.into(),
    }
}

fn parse_stamp(line: usize, text: &str) -> Result<Stamp, ParseError> {
    chrono::DateTime::parse_from_rfc3339(text).map_err(|_| {
        bad(
            line,
            format!("`{text}` is not a time like 2026-11-26T10:15:03+01:00"),
        )
    })
}

fn parse_header(fields: &[Field]) -> Result<Header, ParseError> {
    let f = Fields { line: 2, fields };
    let line_of = |key: &str| fields.iter().find(|x| x.key == key).map_or(2, |x| x.line);
    Ok(Header {
        dialogue: f.get("dialogue")?.to_owned(),
        dialogue_version: f.get("dialogue-version")?.parse().map_err(|_| {
            bad(
                line_of("dialogue-version"),
                "the dialogue version is not a whole number",
            )
        })?,
        title: f.get("title")?.to_owned(),
        locale: Lang::from_tag(f.get("locale")?)
            .ok_or_else(|| bad(line_of("locale"), "unknown locale"))?,
        mode: Mode::from_tag(f.get("mode")?).ok_or_else(|| bad(line_of("mode"), "unknown mode"))?,
        participant: f.get("participant")?.to_owned(),
        facilitator: f.optional("facilitator").map(str::to_owned),
        entered: match f.optional("entered") {
            None => None,
            Some(tag) => Some(
                Entered::from_tag(tag)
                    .ok_or_else(|| bad(line_of("entered"), "unknown `entered:`"))?,
            ),
        },
        follows: f.optional("follows").map(str::to_owned),
        started: parse_stamp(line_of("started"), f.get("started")?)?,
    })
}

fn parse_block(line: usize, title: &str, fields: &[Field]) -> Result<Block, ParseError> {
    let (kind, at) = title
        .split_once(' ')
        .ok_or_else(|| bad(line, format!("`== {title}` has no time")))?;
    let at = parse_stamp(line, at)?;
    let f = Fields { line, fields };
    match kind {
        "answer" => {
            let shown = f.get("answer")?.to_owned();
            let answer = parse_value(line, f.get("value")?, &shown, &f)?;
            Ok(Block::Answer {
                at,
                step: f.get("step")?.to_owned(),
                question: f.get("question")?.to_owned(),
                shown,
                answer,
            })
        }
        "paused" => Ok(Block::Paused { at }),
        "draft" => {
            if f.get("end")? != "draft" {
                return Err(bad(line, "a draft block must end with `end: draft`"));
            }
            Ok(Block::Draft {
                at,
                step: f.get("step")?.to_owned(),
                fields: fields
                    .iter()
                    .filter_map(|x| {
                        x.key
                            .strip_prefix("draft.")
                            .map(|id| (id.to_owned(), x.value.clone()))
                    })
                    .collect(),
            })
        }
        "resumed" => Ok(Block::Resumed { at }),
        "seen" => Ok(Block::Seen {
            at,
            by: f.get("by")?.to_owned(),
        }),
        "revision" => Ok(Block::Revision {
            at,
            revises: f.get("revises")?.to_owned(),
        }),
        "changes" => Ok(Block::Changes {
            at,
            changed: f
                .get("changed")?
                .split(' ')
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .collect(),
            words: f.all("change").map(|x| x.value.clone()).collect(),
        }),
        "sub-goal" => {
            let tag = f.get("status")?;
            let status = crate::engine::sub_goals::Status::from_tag(tag)
                .ok_or_else(|| bad(line, format!("unknown sub-goal status `{tag}`")))?;
            let progress = match f.optional("progress") {
                None => None,
                Some(text) => Some(
                    text.parse::<f64>()
                        .ok()
                        .filter(|n| n.is_finite())
                        .ok_or_else(|| bad(line, format!("`{text}` is not a number")))?,
                ),
            };
            Ok(Block::SubGoal {
                at,
                id: f.get("id")?.to_owned(),
                made_in: f.get("made-in")?.to_owned(),
                text: f.get("text")?.to_owned(),
                status,
                progress,
                words: f.optional("words").map(str::to_owned),
            })
        }
        "finished" => {
            let mut scores = Vec::new();
            for score in f.all("score") {
                scores.push(parse_score(score)?);
            }
            let flags = f
                .all("flag")
                .map(|flag| match flag.value.strip_suffix(" secondary") {
                    Some(id) => FlagLine {
                        id: id.to_owned(),
                        secondary: true,
                    },
                    None => FlagLine {
                        id: flag.value.clone(),
                        secondary: false,
                    },
                })
                .collect();
            let hidden = f
                .optional("hidden")
                .map(|h| h.split(' ').map(str::to_owned).collect())
                .unwrap_or_default();
            Ok(Block::Finished {
                at,
                scores,
                flags,
                hidden,
                summary: {
                    f.get("end")?;
                    f.get("summary")?.to_owned()
                },
            })
        }
        other => Err(bad(line, format!("unknown block `{other}`"))),
    }
}

fn parse_score(field: &Field) -> Result<ScoreLine, ParseError> {
    let mut words = field.value.split(' ');
    let id = words.next().unwrap_or_default().to_owned();
    let number = |word: Option<&str>| -> Result<f64, ParseError> {
        word.and_then(|w| w.parse().ok()).ok_or_else(|| {
            bad(
                field.line,
                format!("`{}` is not `id value [of max] [band b]`", field.value),
            )
        })
    };
    let value = number(words.next())?;
    let mut score = ScoreLine {
        id,
        value,
        max: None,
        band: None,
    };
    while let Some(word) = words.next() {
        match word {
            "of" => score.max = Some(number(words.next())?),
            "band" => score.band = words.next().map(str::to_owned),
            _ => return Err(bad(field.line, format!("unexpected `{word}` in a score"))),
        }
    }
    Ok(score)
}

fn parse_value(line: usize, value: &str, shown: &str, f: &Fields) -> Result<Answer, ParseError> {
    let (kind, rest) = value.split_once(' ').unwrap_or((value, ""));
    let given = |v| Ok(Answer::Given(v));
    match kind {
        "skipped" => Ok(Answer::Skipped),
        "text" => given(Value::Text(shown.to_owned())),
        "number" => rest
            .parse()
            .map(|n| Answer::Given(Value::Number(n)))
            .map_err(|_| bad(line, format!("`{rest}` is not a number"))),
        "choice" => given(Value::Choice(rest.to_owned())),
        "choices" => given(Value::Choices(
            rest.split(' ')
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .collect(),
        )),
        "yes" => given(Value::YesNo(true)),
        "no" => given(Value::YesNo(false)),
        "entries" => {
            let count: usize = rest
                .parse()
                .map_err(|_| bad(line, format!("`{rest}` is not a count of entries")))?;
            let mut entries = vec![Entry::default(); count];
            for field in f.fields.iter().filter(|x| x.key.starts_with("entry.")) {
                let mut parts = field.key.splitn(3, '.').skip(1);
                let index: usize = parts
                    .next()
                    .and_then(|i| i.parse().ok())
                    .filter(|i| (1..=count).contains(i))
                    .ok_or_else(|| bad(field.line, format!("`{}` names no entry", field.key)))?;
                let id = parts.next().unwrap_or_default().to_owned();
                entries[index - 1].fields.push((id, field.value.clone()));
            }
            given(Value::Entries(entries))
        }
        other => Err(bad(line, format!("unknown value kind `{other}`"))),
    }
}
