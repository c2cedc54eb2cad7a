//! What a list of conversations shows of one journal (`samtale history`): a [`Row`] of
//! the few things its line prints, found in the journal's text without parsing every
//! answer.
//!
//! A row is the journal's header (when, which dialogue, its title, whether it was entered
//! at the kiosk), whether it is finished, the one score the list shows, whether staff have
//! seen it, and the latest answers of the steps the list needs (a consent step; every
//! step for a plan, whose line says how complete it is). [`Row::of`] takes these from a
//! parsed journal; [`scan`] finds them in the text, where a block always begins at a blank
//! line followed by `== ` (a value's own lines are indented, so no answer can make one).
//! Whatever [`scan`] does not find exactly as samtale writes it, it leaves to the whole
//! parse, so the two give the same row (tests/journal_roundtrip.rs holds them to that).
//! Pure: the store reads the files.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::format::{self, Block, Entered, Mode};
use super::store::Found;
use crate::engine::{Answer, Stamp, Value};
use crate::i18n::Lang;

/// What a list needs of a dialogue's journals beyond their header.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Want {
    /// The step whose latest answer the row keeps (the dialogue's consent step).
    pub step: Option<String>,
    /// The score the row keeps from `finished` (the first with this id).
    pub score: Option<&'static str>,
    /// Every answer is needed (a plan's completeness): the journal is parsed whole.
    pub every_answer: bool,
    /// Every score of the last `finished` (what a new conversation compares with).
    pub every_score: bool,
}

/// A score as `finished` recorded it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Score {
    pub value: f64,
    pub max: Option<f64>,
}

/// One journal as a list shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub path: PathBuf,
    pub started: Stamp,
    pub dialogue: String,
    /// The title as it was shown, in the conversation's language.
    pub title: String,
    pub entered: Option<Entered>,
    pub finished: bool,
    /// A staff member has seen it (a `seen` block).
    pub seen: bool,
    /// The score [`Want::score`] names, from the last `finished`.
    pub score: Option<Score>,
    /// The latest answer of [`Want::step`], or of every step for [`Want::every_answer`].
    pub answers: BTreeMap<String, Answer>,
    /// Every score of the last `finished`, for [`Want::every_score`] (of an id given twice,
    /// the later, as `Journal::scores` has it); empty otherwise.
    pub scores: BTreeMap<String, f64>,
}

impl Row {
    /// The row of a parsed journal: what [`scan`] must agree with.
    pub fn of(found: Found, want: &Want) -> Row {
        let journal = found.journal;
        let score = match (journal.finished(), want.score) {
            (Some(Block::Finished { scores, .. }), Some(id)) => {
                scores.iter().find(|s| s.id == id).map(|s| Score {
                    value: s.value,
                    max: s.max,
                })
            }
            _ => None,
        };
        let mut answers = journal.answers();
        if !want.every_answer {
            answers.retain(|step, _| want.step.as_deref() == Some(step.as_str()));
        }
        let scores = if want.every_score {
            journal.scores()
        } else {
            BTreeMap::new()
        };
        Row {
            scores,
            finished: journal.is_finished(),
            seen: journal.seen().is_some(),
            score,
            answers,
            path: found.path,
            started: journal.header.started,
            dialogue: journal.header.dialogue,
            title: journal.header.title,
            entered: journal.header.entered,
        }
    }

    /// A kiosk conversation no staff member has seen yet.
    pub fn awaits_staff(&self) -> bool {
        self.entered == Some(Entered::Kiosk) && !self.seen
    }
}

/// The row of a journal's text (whole lines, as the store reads it), found without
/// parsing the answers between its header and its last `finished`; `None` where the
/// journal must be parsed whole to know: no `finished` (paused, or stopped by a crash, so
/// a block may be cut short), a dialogue whose every answer is wanted, or anything in the
/// header, the wanted answer or the blocks from `finished` on that is not exactly as
/// samtale writes it (a field over several lines in the header, a block after `finished`
/// other than `seen`, damage). Damage among the answers between is found only when the
/// journal itself is read, as before.
pub fn scan(path: &Path, text: &str, want: &mut dyn FnMut(&str) -> Want) -> Option<Row> {
    let bytes = text.as_bytes();
    let first = find_block(bytes, 0)?;
    let header = header(&text[..=first])?;
    let want = want(header.dialogue);
    if want.every_answer {
        return None;
    }
    let finished = rfind_block(bytes, text.len(), b"finished ")?;
    // From the blank line before `== finished` to the end: `finished`, then `seen`.
    let mut score = None;
    let mut scores = BTreeMap::new();
    let mut seen = false;
    for (index, block) in blocks(&text[finished..]).enumerate() {
        let block = block?;
        if index == 0 {
            score = finished_block(block, want.score, want.every_score.then_some(&mut scores))?;
        } else {
            seen_block(block)?;
            seen = true;
        }
    }
    let mut answers = BTreeMap::new();
    if let Some(step) = want.step
        && let Some(block) = latest_answer(&text[..=finished], &step)
    {
        let answer = match blocks(block).next()?.and_then(|b| one_line_answer(&b)) {
            Some(answer) => answer,
            // A text or a list: its value is in more than one line.
            None => match format::parse_blocks(block).ok()?.pop()? {
                Block::Answer { answer, .. } => answer,
                _ => return None,
            },
        };
        answers.insert(step, answer);
    }
    Some(Row {
        path: path.to_path_buf(),
        started: header.started,
        dialogue: header.dialogue.to_owned(),
        title: header.title.to_owned(),
        entered: header.entered,
        finished: true,
        seen,
        score,
        answers,
        scores,
    })
}

/// The header fields a row keeps, the others checked as the parse checks them.
struct HeaderFields<'a> {
    dialogue: &'a str,
    title: &'a str,
    entered: Option<Entered>,
    started: Stamp,
}

/// The header (up to and with the line feed before the first block's blank line), when
/// every line of it is a one-line `key: value` and the fields the parse requires are there
/// and valid. The first of a key counts, as in the parse; keys samtale does not know are
/// ignored, as in the parse.
fn header(head: &str) -> Option<HeaderFields<'_>> {
    let mut lines = head.split('\n');
    if lines.next()? != format::MAGIC {
        return None;
    }
    let mut dialogue = None;
    let mut version = None;
    let mut title = None;
    let mut locale = None;
    let mut mode = None;
    let mut participant = None;
    let mut entered = None;
    let mut started = None;
    for line in lines {
        if line.is_empty() {
            continue;
        }
        // A continuation line, a block's line or anything that is no field: parsed whole.
        if line.starts_with(' ') || line.starts_with("== ") {
            return None;
        }
        let (key, value) = field(line)?;
        let slot = match key {
            "dialogue" => &mut dialogue,
            "dialogue-version" => &mut version,
            "title" => &mut title,
            "locale" => &mut locale,
            "mode" => &mut mode,
            "participant" => &mut participant,
            "entered" => &mut entered,
            "started" => &mut started,
            _ => continue,
        };
        slot.get_or_insert(value);
    }
    version?.parse::<u32>().ok()?;
    Lang::from_tag(locale?)?;
    Mode::from_tag(mode?)?;
    participant?;
    Some(HeaderFields {
        dialogue: dialogue?,
        title: title?,
        entered: match entered {
            None => None,
            Some(tag) => Some(Entered::from_tag(tag)?),
        },
        started: chrono::DateTime::parse_from_rfc3339(started?).ok()?,
    })
}

/// One block: its kind, its time (checked) and its fields, each a key and its first line.
struct Scanned<'a> {
    kind: &'a str,
    fields: Vec<(&'a str, &'a str)>,
}

/// The blocks of `tail` (from a block's blank line, with the line feed before it, to the
/// end), each `None` where it is not as samtale writes it.
fn blocks(tail: &str) -> impl Iterator<Item = Option<Scanned<'_>>> {
    BlockStarts { rest: tail }.map(|block| {
        let mut lines = block.split('\n');
        let (kind, at) = lines.next()?.split_once(' ')?;
        chrono::DateTime::parse_from_rfc3339(at).ok()?;
        let mut fields = Vec::new();
        // Whether the line before was a field or one of its continuation lines.
        let mut in_field = false;
        for line in lines {
            if line.is_empty() {
                in_field = false;
                continue;
            }
            if line.starts_with("  ") && in_field {
                // A score and a value are read from their first line: only one-line ones.
                if fields
                    .last()
                    .is_some_and(|(key, _)| *key == "score" || *key == "value")
                {
                    return None;
                }
                continue;
            }
            if line.starts_with(' ') || line.starts_with("== ") {
                return None;
            }
            fields.push(field(line)?);
            in_field = true;
        }
        Some(Scanned { kind, fields })
    })
}

/// `line.split_once(": ")`, found with one byte search instead of a substring searcher set
/// up for each line.
fn field(line: &str) -> Option<(&str, &str)> {
    let bytes = line.as_bytes();
    let mut from = 0;
    while let Some(colon) = bytes[from..].iter().position(|b| *b == b':') {
        let at = from + colon;
        if bytes.get(at + 1) == Some(&b' ') {
            return Some((&line[..at], &line[at + 2..]));
        }
        from = at + 1;
    }
    None
}

/// The text of each block in a piece of a journal: what follows each `\n\n== ` up to the
/// next (so from its kind on), as `str::split` would give it, without a searcher set up
/// for every journal.
struct BlockStarts<'a> {
    rest: &'a str,
}

impl<'a> Iterator for BlockStarts<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let start = find_block(self.rest.as_bytes(), 0)? + 5;
        let rest = &self.rest[start..];
        let end = find_block(rest.as_bytes(), 0).map_or(rest.len(), |at| at);
        self.rest = &rest[end..];
        Some(&rest[..end])
    }
}

/// The score `id` of a `finished` block (`Some(None)`: it has no such score), when the
/// block parses: every score line well formed, `summary:` and `end:` there. Every score
/// goes into `all` too, when it is given.
fn finished_block(
    block: Scanned<'_>,
    id: Option<&str>,
    mut all: Option<&mut BTreeMap<String, f64>>,
) -> Option<Option<Score>> {
    if block.kind != "finished" {
        return None;
    }
    let (mut summary, mut end) = (false, false);
    let mut found = None;
    for (key, value) in &block.fields {
        match *key {
            "score" => {
                let (score_id, score) = score_line(value)?;
                if found.is_none() && Some(score_id) == id {
                    found = Some(score);
                }
                if let Some(all) = all.as_deref_mut() {
                    all.insert(score_id.to_owned(), score.value);
                }
            }
            "summary" => summary = true,
            "end" => end = true,
            _ => {}
        }
    }
    (summary && end).then_some(found)
}

/// `id value [of max] [band b]`, as the parse reads a score line.
fn score_line(line: &str) -> Option<(&str, Score)> {
    let mut words = line.split(' ');
    let id = words.next().unwrap_or_default();
    let mut score = Score {
        value: words.next()?.parse().ok()?,
        max: None,
    };
    while let Some(word) = words.next() {
        match word {
            "of" => score.max = Some(words.next()?.parse().ok()?),
            "band" => {
                words.next();
            }
            _ => return None,
        }
    }
    Some((id, score))
}

/// The answer of an `answer` block whose value is all in its `value:` line (a choice, a
/// number, yes or no, skipped), when the block has every field the parse requires.
fn one_line_answer(block: &Scanned<'_>) -> Option<Answer> {
    if block.kind != "answer" {
        return None;
    }
    let first = |key: &str| {
        block
            .fields
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, v)| *v)
    };
    first("step")?;
    first("question")?;
    first("answer")?;
    let value = first("value")?;
    let (kind, rest) = value.split_once(' ').unwrap_or((value, ""));
    Some(match kind {
        "skipped" => Answer::Skipped,
        "number" => Answer::Given(Value::Number(rest.parse().ok()?)),
        "choice" => Answer::Given(Value::Choice(rest.to_owned())),
        "choices" => Answer::Given(Value::Choices(
            rest.split(' ')
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .collect(),
        )),
        "yes" => Answer::Given(Value::YesNo(true)),
        "no" => Answer::Given(Value::YesNo(false)),
        _ => return None,
    })
}

/// A `seen` block with its `by:`.
fn seen_block(block: Scanned<'_>) -> Option<()> {
    (block.kind == "seen" && block.fields.iter().any(|(key, _)| *key == "by")).then_some(())
}

/// The text of the last `answer` block of `step` in `text` (from the two line feeds
/// before its `== answer` line to the line feed before the next block), if there is one.
fn latest_answer<'a>(text: &'a str, step: &str) -> Option<&'a str> {
    let bytes = text.as_bytes();
    let mut end = text.len();
    // Block by block from the end: the first field of an `answer` block is `step:`.
    while let Some(start) = rfind_block(bytes, end, b"") {
        let block = &text[start + 1..end];
        if let Some(rest) = block.strip_prefix("\n== answer ")
            && rest
                .split_once('\n')
                .and_then(|(_, fields)| fields.strip_prefix("step: "))
                .and_then(|fields| fields.strip_prefix(step))
                .is_some_and(|after| after.starts_with('\n'))
        {
            return Some(&text[start..end]);
        }
        end = start + 1;
    }
    None
}

/// Where the first block at or after `from` begins: the index of the `\n\n== ` before it.
fn find_block(bytes: &[u8], from: usize) -> Option<usize> {
    let mut at = from;
    while at + 5 <= bytes.len() {
        let next = bytes[at..].iter().position(|b| *b == b'\n')? + at;
        if bytes[next..].starts_with(b"\n\n== ") {
            return Some(next);
        }
        at = next + 1;
    }
    None
}

/// Where the last block before `end` whose `== ` line goes on with `kind` begins: the
/// index of the `\n\n== ` before it.
fn rfind_block(bytes: &[u8], end: usize, kind: &[u8]) -> Option<usize> {
    let mut at = end;
    while let Some(newline) = bytes[..at].iter().rposition(|b| *b == b'\n') {
        if newline > 0
            && bytes[newline - 1] == b'\n'
            && bytes[newline + 1..end].starts_with(b"== ")
            && bytes[newline + 4..end].starts_with(kind)
        {
            return Some(newline - 1);
        }
        at = newline;
    }
    None
}
