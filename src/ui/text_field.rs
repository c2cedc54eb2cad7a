//! A text being typed: one line or many, with a cursor, soft wrapping by display width
//! (Danish letters, emoji and CJK all take their real width), paste and undo.
//!
//! Pure data: the view asks it how it wraps in a given width and where the cursor is.
//!
//! What a key costs. The text is kept as logical lines (split at `\n`), each a vector of
//! characters, and the wrapping of each line in the last width asked for is remembered. A
//! key changes one line and re-wraps only the rows of that line from the edit until the
//! wrapping falls back in step with the old one; the view then asks only for the rows it
//! shows. So a key costs time in proportion to the edit, the edited line's rows and the
//! visible rows, plus one integer addition per logical line to find the cursor's row; it
//! never copies or re-wraps the whole text. (Typing inside one very long paragraph still
//! moves the rest of that paragraph in memory: a `Vec::insert`, microseconds for 100 KB.)
//!
//! Undo is a log of edits (the removed text, where, and the cursor before), not copies of
//! the field: typed characters are one step per word, and the log is bounded in steps
//! ([`UNDO_STEPS`]) and bytes ([`UNDO_BYTES`]), so undo costs memory in proportion to the
//! edits, whatever the size of the text.
//!
//! An answer holds at most [`MAX_ANSWER_BYTES`]; typing or pasting beyond it is refused
//! whole with [`TooLong`], never cut short in silence.

use std::cell::{RefCell, RefMut};
use std::collections::VecDeque;
use std::fmt;

use unicode_width::UnicodeWidthChar;

pub use crate::engine::MAX_ANSWER_BYTES;

/// How many steps undo goes back at most.
pub const UNDO_STEPS: usize = 200;

/// How many bytes the undo log may hold (removed text and bookkeeping). Room for several
/// full-size answers' worth of deleted text; the oldest steps go first when it is full.
pub const UNDO_BYTES: usize = 512 * 1024;

/// A typed run longer than this many bytes starts a new undo step, so that one long word
/// is not undone all at once and a step's text stays small.
const RUN_BYTES: usize = 64;

/// Typing or pasting would make the answer longer than its limit; nothing was inserted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TooLong {
    /// The limit, in bytes of UTF-8 ([`MAX_ANSWER_BYTES`]).
    pub limit: usize,
    /// The size the answer would have had, in bytes.
    pub attempted: usize,
}

impl fmt::Display for TooLong {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "the answer would be {} bytes long; an answer holds at most {} bytes",
            self.attempted, self.limit
        )
    }
}

impl std::error::Error for TooLong {}

/// A place in the text: a logical line and a character index in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
struct Pos {
    line: usize,
    col: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Typing,
    Backspace,
    Delete,
    Paste,
}

/// One undo step: at `at`, `inserted` characters were put in place of `removed`.
#[derive(Debug, Clone)]
struct Edit {
    kind: Kind,
    at: Pos,
    /// The text the edit took out; undo puts it back.
    removed: String,
    /// How many characters the edit put in; undo takes them out again. Only the count is
    /// kept: the characters are in the text, so a large paste costs undo nothing.
    inserted: usize,
    /// Bytes of the inserted characters, to bound a typed run.
    inserted_bytes: usize,
    /// The last character typed, to see where a word begins.
    last_typed: char,
    cursor_before: Pos,
    cursor_after: Pos,
}

impl Edit {
    fn bytes(&self) -> usize {
        std::mem::size_of::<Edit>() + self.removed.capacity()
    }
}

/// How one logical line wraps in one width.
#[derive(Debug, Clone, PartialEq, Eq)]
struct LineWrap {
    /// Where each row starts, as character indices in the line; the first is 0.
    starts: Vec<usize>,
    /// For each row, the last index the wrapping looked at (the line's length for the last
    /// row): an edit at or before it may change where that row ends.
    examined: Vec<usize>,
}

/// The wrapping of every line in `width`, `None` where not worked out yet.
#[derive(Debug, Clone, Default)]
struct Wraps {
    width: usize,
    lines: Vec<Option<LineWrap>>,
}

#[derive(Debug, Clone)]
pub struct TextField {
    /// The text as logical lines, never empty: "" is one empty line.
    lines: Vec<Vec<char>>,
    /// The text's length in UTF-8 bytes, `\n` included, for the limit.
    bytes: usize,
    cursor: Pos,
    multiline: bool,
    undo: VecDeque<Edit>,
    undo_bytes: usize,
    /// Whether the next key may join the last undo step; a cursor move or an undo ends it.
    run_open: bool,
    /// Remembered wrapping. Interior mutability because the view asks through `&self`;
    /// kept as many entries as `lines` at all times.
    wraps: RefCell<Wraps>,
}

impl Default for TextField {
    fn default() -> TextField {
        TextField::new("", false)
    }
}

/// Two fields are equal when they show the same: text, cursor and kind. The undo log and
/// the remembered wrapping are history and cache.
impl PartialEq for TextField {
    fn eq(&self, other: &TextField) -> bool {
        self.lines == other.lines
            && self.cursor == other.cursor
            && self.multiline == other.multiline
    }
}

impl Eq for TextField {}

/// One row on screen: the characters `start..end` of the text (indices of characters, as
/// if the text were one sequence with `\n` between lines).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Row {
    pub start: usize,
    pub end: usize,
    /// The logical line and the row's start in it, so that `row_text` needs no search.
    line: usize,
    col: usize,
}

impl TextField {
    pub fn new(text: &str, multiline: bool) -> TextField {
        // A text given whole (a stored answer, a draft) is kept whole even when over the
        // limit: the limit refuses new input, it never drops words already there.
        let lines: Vec<Vec<char>> = text.split('\n').map(|l| l.chars().collect()).collect();
        let cursor = Pos {
            line: lines.len() - 1,
            col: lines.last().map_or(0, Vec::len),
        };
        TextField {
            wraps: RefCell::new(Wraps {
                width: 0,
                lines: vec![None; lines.len()],
            }),
            lines,
            bytes: text.len(),
            cursor,
            multiline,
            undo: VecDeque::new(),
            undo_bytes: 0,
            run_open: false,
        }
    }

    pub fn text(&self) -> String {
        let mut text = String::with_capacity(self.bytes);
        for (index, line) in self.lines.iter().enumerate() {
            if index > 0 {
                text.push('\n');
            }
            text.extend(line.iter());
        }
        text
    }

    pub fn is_empty(&self) -> bool {
        self.bytes == 0
    }

    pub fn is_multiline(&self) -> bool {
        self.multiline
    }

    /// Types one character at the cursor. A line break in a one-line field is ignored.
    pub fn insert(&mut self, c: char) -> Result<(), TooLong> {
        if c == '\n' && !self.multiline {
            return Ok(());
        }
        self.check(c.len_utf8())?;
        let before = self.cursor;
        let mut buffer = [0; 4];
        let after = self.insert_at(before, c.encode_utf8(&mut buffer));
        self.cursor = after;
        let joined = match self.undo.back_mut() {
            // A word at a time: a run of typing goes on until a word starts after a space.
            Some(last)
                if self.run_open
                    && last.kind == Kind::Typing
                    && last.cursor_after == before
                    && last.inserted_bytes < RUN_BYTES
                    && !word_starts(last.last_typed, c) =>
            {
                last.inserted += 1;
                last.inserted_bytes += c.len_utf8();
                last.last_typed = c;
                last.cursor_after = after;
                true
            }
            _ => false,
        };
        if !joined {
            self.record(Edit {
                kind: Kind::Typing,
                at: before,
                removed: String::new(),
                inserted: 1,
                inserted_bytes: c.len_utf8(),
                last_typed: c,
                cursor_before: before,
                cursor_after: after,
            });
        }
        self.run_open = true;
        Ok(())
    }

    /// A paste arrives whole; it is text, never commands. A single-line field keeps it on
    /// one line. One paste is one undo step. Over the limit, nothing is inserted.
    pub fn paste(&mut self, text: &str) -> Result<(), TooLong> {
        let text = text.replace("\r\n", "\n").replace('\r', "\n");
        let text = if self.multiline {
            text
        } else {
            text.replace('\n', " ")
        };
        self.check(text.len())?;
        if text.is_empty() {
            return Ok(());
        }
        let before = self.cursor;
        let after = self.insert_at(before, &text);
        self.cursor = after;
        self.record(Edit {
            kind: Kind::Paste,
            at: before,
            removed: String::new(),
            inserted: text.chars().count(),
            inserted_bytes: text.len(),
            last_typed: '\n',
            cursor_before: before,
            cursor_after: after,
        });
        self.run_open = false;
        Ok(())
    }

    pub fn backspace(&mut self) {
        let Some(at) = self.previous(self.cursor) else {
            return;
        };
        let before = self.cursor;
        let removed = self.remove_at(at, 1);
        self.cursor = at;
        let first = removed.chars().next().unwrap_or(' ');
        let mut grown = None;
        if let Some(last) = self.undo.back_mut()
            && self.run_open
            && last.kind == Kind::Backspace
            && last.at == before
            && last.removed.len() < RUN_BYTES
            // Erasing backwards, a word ends the step where its last letter was erased
            // after the space behind it.
            && !last
                .removed
                .chars()
                .next()
                .is_some_and(|after| word_ends(first, after))
        {
            let old = last.bytes();
            last.removed.insert_str(0, &removed);
            last.at = at;
            last.cursor_after = at;
            grown = Some((old, last.bytes()));
        }
        match grown {
            Some((old, new)) => self.regrown(old, new),
            None => self.record(Edit {
                kind: Kind::Backspace,
                at,
                removed,
                inserted: 0,
                inserted_bytes: 0,
                last_typed: '\n',
                cursor_before: before,
                cursor_after: at,
            }),
        }
        self.run_open = true;
    }

    pub fn delete(&mut self) {
        let at = self.cursor;
        if at.line + 1 == self.lines.len() && at.col == self.lines[at.line].len() {
            return;
        }
        let removed = self.remove_at(at, 1);
        let first = removed.chars().next().unwrap_or(' ');
        let mut grown = None;
        if let Some(last) = self.undo.back_mut()
            && self.run_open
            && last.kind == Kind::Delete
            && last.at == at
            && last.removed.len() < RUN_BYTES
            && !last
                .removed
                .chars()
                .next_back()
                .is_some_and(|before| word_starts(before, first))
        {
            let old = last.bytes();
            last.removed.push_str(&removed);
            grown = Some((old, last.bytes()));
        }
        match grown {
            Some((old, new)) => self.regrown(old, new),
            None => self.record(Edit {
                kind: Kind::Delete,
                at,
                removed,
                inserted: 0,
                inserted_bytes: 0,
                last_typed: '\n',
                cursor_before: at,
                cursor_after: at,
            }),
        }
        self.run_open = true;
    }

    /// Takes back the last undo step: text and cursor as they were before it.
    pub fn undo(&mut self) {
        let Some(edit) = self.undo.pop_back() else {
            return;
        };
        self.undo_bytes = self.undo_bytes.saturating_sub(edit.bytes());
        if edit.inserted > 0 {
            self.remove_at(edit.at, edit.inserted);
        }
        if !edit.removed.is_empty() {
            self.insert_at(edit.at, &edit.removed);
        }
        self.cursor = edit.cursor_before;
        self.run_open = false;
    }

    pub fn left(&mut self) {
        if let Some(pos) = self.previous(self.cursor) {
            self.cursor = pos;
        }
        self.run_open = false;
    }

    pub fn right(&mut self) {
        let Pos { line, col } = self.cursor;
        if col < self.lines[line].len() {
            self.cursor.col += 1;
        } else if line + 1 < self.lines.len() {
            self.cursor = Pos {
                line: line + 1,
                col: 0,
            };
        }
        self.run_open = false;
    }

    pub fn home(&mut self) {
        self.cursor.col = 0;
        self.run_open = false;
    }

    pub fn end(&mut self) {
        self.cursor.col = self.lines[self.cursor.line].len();
        self.run_open = false;
    }

    /// Moves to the row above or below in the wrapped text, keeping the column on screen.
    pub fn vertical(&mut self, width: u16, down: bool) {
        self.run_open = false;
        let (row, column) = self.cursor_position(width);
        let target = if down {
            row + 1
        } else if row == 0 {
            return;
        } else {
            row - 1
        };
        let Some(target_row) = self.visible_rows(width, target, 1).pop() else {
            return;
        };
        let line = &self.lines[target_row.line];
        let end = target_row.col + (target_row.end - target_row.start);
        // A row that wraps ends where the next one starts: a cursor there shows on the next
        // row, so it stops one character short to stay on the row it moved to.
        let end = if end < line.len() { end - 1 } else { end };
        let mut x = 0;
        let mut index = target_row.col;
        while index < end {
            let w = char_width(line[index]);
            if x + w > column {
                break;
            }
            x += w;
            index += 1;
        }
        self.cursor = Pos {
            line: target_row.line,
            col: index,
        };
    }

    /// The text wrapped to `width` columns: at spaces where it can, inside a word where a
    /// word is wider than the line, and always at `\n`.
    pub fn rows(&self, width: u16) -> Vec<Row> {
        self.visible_rows(width, 0, usize::MAX)
    }

    /// How many rows the text takes in `width` columns.
    pub fn row_count(&self, width: u16) -> usize {
        let mut wraps = self.wraps_for(width);
        (0..self.lines.len())
            .map(|index| line_wrap(&mut wraps, &self.lines, index).starts.len())
            .sum()
    }

    /// The rows `first..first + count` of [`TextField::rows`] (fewer at the end): what a view
    /// of `count` rows scrolled to `first` shows, without building the others.
    pub fn visible_rows(&self, width: u16, first: usize, count: usize) -> Vec<Row> {
        let mut wraps = self.wraps_for(width);
        let mut rows = Vec::new();
        let mut row = 0;
        let mut offset = 0;
        for (index, line) in self.lines.iter().enumerate() {
            if rows.len() >= count {
                break;
            }
            let wrap = line_wrap(&mut wraps, &self.lines, index);
            let n = wrap.starts.len();
            if row + n > first {
                for r in first.saturating_sub(row)..n {
                    if rows.len() >= count {
                        break;
                    }
                    let start = wrap.starts[r];
                    let end = wrap.starts.get(r + 1).copied().unwrap_or(line.len());
                    rows.push(Row {
                        start: offset + start,
                        end: offset + end,
                        line: index,
                        col: start,
                    });
                }
            }
            row += n;
            offset += line.len() + 1;
        }
        rows
    }

    /// The cursor's row and column (in display cells) in the wrapped text.
    pub fn cursor_position(&self, width: u16) -> (usize, usize) {
        let mut wraps = self.wraps_for(width);
        let Pos { line, col } = self.cursor;
        let above: usize = (0..line)
            .map(|index| line_wrap(&mut wraps, &self.lines, index).starts.len())
            .sum();
        let wrap = line_wrap(&mut wraps, &self.lines, line);
        // The cursor belongs to the last row starting at or before it: at the very end of
        // a wrapped row it shows at the start of the next.
        let within = wrap.starts.partition_point(|&s| s <= col).saturating_sub(1);
        let start = wrap.starts.get(within).copied().unwrap_or(0);
        let column = self.lines[line][start.min(col)..col]
            .iter()
            .map(|c| char_width(*c))
            .sum();
        (above + within, column)
    }

    /// The text of one wrapped row, without its line break.
    pub fn row_text(&self, row: Row) -> String {
        let len = row.end.saturating_sub(row.start);
        // A row from before an edit may no longer fit the text; it shows what is left.
        self.lines.get(row.line).map_or_else(String::new, |line| {
            let start = row.col.min(line.len());
            line[start..(start + len).min(line.len())].iter().collect()
        })
    }

    /// Refuses an addition of `extra` bytes that would pass the limit.
    fn check(&self, extra: usize) -> Result<(), TooLong> {
        let attempted = self.bytes.saturating_add(extra);
        if attempted > MAX_ANSWER_BYTES {
            Err(TooLong {
                limit: MAX_ANSWER_BYTES,
                attempted,
            })
        } else {
            Ok(())
        }
    }

    fn record(&mut self, edit: Edit) {
        self.undo_bytes += edit.bytes();
        self.undo.push_back(edit);
        self.trim_undo();
    }

    /// The last step grew from `old` to `new` bytes.
    fn regrown(&mut self, old: usize, new: usize) {
        self.undo_bytes = (self.undo_bytes + new).saturating_sub(old);
        self.trim_undo();
    }

    /// Forgets the oldest steps beyond the bounds; the newest step is always kept.
    fn trim_undo(&mut self) {
        while self.undo.len() > UNDO_STEPS || (self.undo_bytes > UNDO_BYTES && self.undo.len() > 1)
        {
            let Some(old) = self.undo.pop_front() else {
                break;
            };
            self.undo_bytes = self.undo_bytes.saturating_sub(old.bytes());
        }
    }

    /// The place one character before `pos` (the end of the line above at a line's start).
    fn previous(&self, pos: Pos) -> Option<Pos> {
        if pos.col > 0 {
            Some(Pos {
                line: pos.line,
                col: pos.col - 1,
            })
        } else if pos.line > 0 {
            Some(Pos {
                line: pos.line - 1,
                col: self.lines[pos.line - 1].len(),
            })
        } else {
            None
        }
    }

    /// Puts `text` in at `at` and returns the place just after it. Knows nothing of undo or
    /// the limit; keeps the remembered wrapping true.
    fn insert_at(&mut self, at: Pos, text: &str) -> Pos {
        self.bytes += text.len();
        let wraps = self.wraps.get_mut();
        let mut pieces = text.split('\n');
        let first: Vec<char> = pieces.next().unwrap_or_default().chars().collect();
        let mut rest: Vec<Vec<char>> = pieces.map(|piece| piece.chars().collect()).collect();
        let added = rest.len();
        let line = &mut self.lines[at.line];
        let Some(last) = rest.last_mut() else {
            // Within one line: only its rows from the edit on are wrapped again.
            let n = first.len();
            line.splice(at.col..at.col, first);
            if let Some(wrap) = wraps.lines[at.line].as_mut() {
                wrap.edited(line, wraps.width, at.col, 0, n);
            }
            return Pos {
                line: at.line,
                col: at.col + n,
            };
        };
        let tail = line.split_off(at.col);
        line.extend(first);
        let end = Pos {
            line: at.line + added,
            col: last.len(),
        };
        last.extend(tail);
        self.lines.splice(at.line + 1..at.line + 1, rest);
        wraps.lines[at.line] = None;
        wraps
            .lines
            .splice(at.line + 1..at.line + 1, std::iter::repeat_n(None, added));
        end
    }

    /// Takes out `count` characters from `at` (a line break counts as one) and returns them.
    fn remove_at(&mut self, at: Pos, count: usize) -> String {
        let mut end = at;
        let mut left = count;
        loop {
            let available = self.lines[end.line].len() - end.col;
            if left <= available {
                end.col += left;
                break;
            }
            if end.line + 1 >= self.lines.len() {
                end.col = self.lines[end.line].len();
                break;
            }
            left -= available + 1;
            end = Pos {
                line: end.line + 1,
                col: 0,
            };
        }
        let wraps = self.wraps.get_mut();
        let removed: String = if end.line == at.line {
            let line = &mut self.lines[at.line];
            let removed: String = line.drain(at.col..end.col).collect();
            if let Some(wrap) = wraps.lines[at.line].as_mut() {
                wrap.edited(line, wraps.width, at.col, end.col - at.col, 0);
            }
            removed
        } else {
            let mut removed: String = self.lines[at.line][at.col..].iter().collect();
            for line in &self.lines[at.line + 1..end.line] {
                removed.push('\n');
                removed.extend(line.iter());
            }
            removed.push('\n');
            removed.extend(self.lines[end.line][..end.col].iter());
            let tail = self.lines[end.line].split_off(end.col);
            self.lines[at.line].truncate(at.col);
            self.lines[at.line].extend(tail);
            self.lines.drain(at.line + 1..=end.line);
            wraps.lines.drain(at.line + 1..=end.line);
            wraps.lines[at.line] = None;
            removed
        };
        self.bytes -= removed.len();
        removed
    }

    /// The remembered wrapping, for `width` (forgotten when the width changes).
    fn wraps_for(&self, width: u16) -> RefMut<'_, Wraps> {
        let width = usize::from(width.max(2));
        let mut wraps = self.wraps.borrow_mut();
        if wraps.width != width {
            wraps.width = width;
            wraps.lines.iter_mut().for_each(|line| *line = None);
        }
        wraps
    }
}

/// The wrapping of line `index`, worked out now if it is not remembered.
fn line_wrap<'w>(wraps: &'w mut Wraps, lines: &[Vec<char>], index: usize) -> &'w LineWrap {
    let width = wraps.width;
    wraps.lines[index].get_or_insert_with(|| LineWrap::new(&lines[index], width))
}

/// Between `before` and `after` a word begins: where a run of typing or deleting forward
/// becomes a new undo step.
fn word_starts(before: char, after: char) -> bool {
    before.is_whitespace() && !after.is_whitespace()
}

/// Between `before` and `after` a word ends: where a run of erasing backwards becomes a new
/// undo step.
fn word_ends(before: char, after: char) -> bool {
    !before.is_whitespace() && after.is_whitespace()
}

/// The old rows of a line after an edit, for wrapping again only as far as needed.
struct Resync<'a> {
    /// The old rows from the first one the edit may change: starts and examined indices.
    starts: &'a [usize],
    examined: &'a [usize],
    /// From this index on the new text is the old one, moved by `inserted - removed`.
    from: usize,
    removed: usize,
    inserted: usize,
}

/// One row of `line` from `start` in `width` columns: where the next row starts (`None` when
/// this row ends the line), and the last index looked at to decide.
fn next_row(line: &[char], start: usize, width: usize) -> (Option<usize>, usize) {
    let mut x = 0;
    let mut end = start;
    let mut last_space = None;
    while end < line.len() {
        let w = char_width(line[end]);
        // One column stays free for the cursor at the end of a full row.
        if x + w >= width {
            break;
        }
        if line[end] == ' ' {
            last_space = Some(end);
        }
        x += w;
        end += 1;
    }
    if end >= line.len() {
        return (None, line.len());
    }
    let cut = match last_space {
        Some(space) if space > start => space + 1,
        _ => end.max(start + 1),
    };
    (Some(cut), end)
}

impl LineWrap {
    fn new(line: &[char], width: usize) -> LineWrap {
        let mut wrap = LineWrap {
            starts: Vec::new(),
            examined: Vec::new(),
        };
        wrap.wrap_from(line, width, 0, None);
        wrap
    }

    /// Wraps from row start `start` to the end of the line, or, given the old rows after an
    /// edit (`old`: their starts and examined indices, where the text from `resync` on is
    /// the old text moved by `inserted - removed`), until a row starts where an old one
    /// did: from there on the rows are the old ones, moved.
    fn wrap_from(
        &mut self,
        line: &[char],
        width: usize,
        mut start: usize,
        old: Option<Resync<'_>>,
    ) {
        loop {
            let (next, examined) = next_row(line, start, width);
            self.starts.push(start);
            self.examined.push(examined);
            let Some(next) = next else {
                return;
            };
            if let Some(old) = &old
                && next >= old.from
            {
                // Where this row start was before the edit.
                let before = next - old.inserted + old.removed;
                if let Ok(j) = old.starts.binary_search(&before) {
                    // A row depends only on the text from its start on: unchanged from
                    // here, so the old rows hold, moved.
                    let moved = |i: &usize| i - old.removed + old.inserted;
                    self.starts.extend(old.starts[j..].iter().map(moved));
                    self.examined.extend(old.examined[j..].iter().map(moved));
                    return;
                }
            }
            start = next;
        }
    }

    /// After `removed` characters at `at` were replaced by `inserted` ones in `line`.
    fn edited(&mut self, line: &[char], width: usize, at: usize, removed: usize, inserted: usize) {
        // Rows that looked only at characters before the edit stay as they are.
        let first = self.examined.iter().position(|&e| e >= at).unwrap_or(0);
        let old_starts = self.starts.split_off(first);
        let old_examined = self.examined.split_off(first);
        let start = old_starts.first().copied().unwrap_or(0);
        self.wrap_from(
            line,
            width,
            start,
            Some(Resync {
                starts: &old_starts,
                examined: &old_examined,
                from: at + inserted,
                removed,
                inserted,
            }),
        );
    }
}

pub fn char_width(c: char) -> usize {
    if c == '\t' { 4 } else { c.width().unwrap_or(0) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The wrapping as it was first written, over the whole text at once: the reference
    /// the remembered, line-by-line wrapping must agree with.
    fn reference_rows(chars: &[char], width: u16) -> Vec<(usize, usize)> {
        let width = usize::from(width.max(2));
        let mut rows = Vec::new();
        let mut start = 0;
        while start <= chars.len() {
            let line_end = chars[start..]
                .iter()
                .position(|c| *c == '\n')
                .map_or(chars.len(), |p| start + p);
            let mut row_start = start;
            loop {
                let mut x = 0;
                let mut end = row_start;
                let mut last_space = None;
                while end < line_end {
                    let w = char_width(chars[end]);
                    if x + w >= width {
                        break;
                    }
                    if chars[end] == ' ' {
                        last_space = Some(end);
                    }
                    x += w;
                    end += 1;
                }
                if end >= line_end {
                    rows.push((row_start, line_end));
                    break;
                }
                let cut = match last_space {
                    Some(space) if space > row_start => space + 1,
                    _ => end.max(row_start + 1),
                };
                rows.push((row_start, cut));
                row_start = cut;
            }
            start = line_end + 1;
        }
        rows
    }

    fn reference_cursor(chars: &[char], cursor: usize, width: u16) -> (usize, usize) {
        let rows = reference_rows(chars, width);
        for (index, &(start, end)) in rows.iter().enumerate() {
            let next_starts_here = rows.get(index + 1).is_some_and(|next| next.0 == cursor);
            if cursor >= start && cursor <= end && !next_starts_here {
                let column = chars[start..cursor].iter().map(|c| char_width(*c)).sum();
                return (index, column);
            }
        }
        (rows.len().saturating_sub(1), 0)
    }

    /// The cursor as an index into the whole text.
    fn cursor_index(field: &TextField) -> usize {
        let above: usize = field.lines[..field.cursor.line]
            .iter()
            .map(|l| l.len() + 1)
            .sum();
        above + field.cursor.col
    }

    /// What the person sees: the text and where the cursor is in it.
    fn state(field: &TextField) -> (String, usize) {
        (field.text(), cursor_index(field))
    }

    fn assert_wraps_as_reference(field: &TextField, width: u16) {
        let chars: Vec<char> = field.text().chars().collect();
        let rows: Vec<(usize, usize)> =
            field.rows(width).iter().map(|r| (r.start, r.end)).collect();
        assert_eq!(rows, reference_rows(&chars, width), "rows in width {width}");
        assert_eq!(field.row_count(width), rows.len());
        assert_eq!(
            field.cursor_position(width),
            reference_cursor(&chars, cursor_index(field), width),
            "cursor in width {width}"
        );
        for row in field.rows(width) {
            let expected: String = chars[row.start..row.end].iter().collect();
            assert_eq!(field.row_text(row), expected);
        }
    }

    #[test]
    fn the_cursor_sits_after_wide_characters_by_their_width() {
        let field = TextField::new("æø 日本 😀", false);
        assert_eq!(field.cursor_position(40), (0, 3 + 4 + 1 + 2));
    }

    #[test]
    fn long_text_wraps_at_spaces_and_keeps_every_character() {
        let field = TextField::new("en to tre fire fem seks syv", true);
        let rows = field.rows(10);
        let joined: String = rows.iter().map(|r| field.row_text(*r)).collect();
        assert_eq!(joined, "en to tre fire fem seks syv");
        assert!(rows.iter().all(|r| field.row_text(*r).chars().count() < 10));
    }

    #[test]
    fn a_paste_is_text_and_undo_takes_it_back_whole() {
        let mut field = TextField::new("", true);
        field.paste("linje 1\r\nlinje 2\nlinje 3").unwrap();
        assert_eq!(field.text(), "linje 1\nlinje 2\nlinje 3");
        field.undo();
        assert_eq!(field.text(), "");
        let mut single = TextField::new("", false);
        single.paste("a\nb").unwrap();
        assert_eq!(single.text(), "a b");
    }

    #[test]
    fn up_and_down_follow_the_wrapped_rows() {
        let mut field = TextField::new("abc\ndef", true);
        field.vertical(20, false);
        assert_eq!(field.cursor_position(20), (0, 3));
        field.vertical(20, true);
        assert_eq!(field.cursor_position(20), (1, 3));
    }

    #[test]
    fn up_from_a_long_row_lands_on_the_shorter_row_above() {
        // "en to " | "trefirefem": the row above is shorter than the cursor's column.
        let mut field = TextField::new("en to trefirefem", true);
        assert_eq!(field.cursor_position(12), (1, 10));
        field.vertical(12, false);
        assert_eq!(
            field.cursor_position(12).0,
            0,
            "the cursor is on the row above"
        );
        assert_eq!(cursor_index(&field), 5);
    }

    #[test]
    fn undo_takes_typing_back_a_word_at_a_time_with_the_cursor() {
        let mut field = TextField::new("", true);
        for c in "hej med dig".chars() {
            field.insert(c).unwrap();
        }
        field.undo();
        assert_eq!(state(&field), ("hej med ".to_owned(), 8));
        field.undo();
        assert_eq!(state(&field), ("hej ".to_owned(), 4));
        field.undo();
        assert_eq!(state(&field), (String::new(), 0));
        field.undo();
        assert_eq!(state(&field), (String::new(), 0));
    }

    #[test]
    fn undo_restores_every_kind_of_edit_in_the_middle_of_danish_emoji_and_cjk() {
        let original = "Jeg bor på Østerbro 😀 og går til 日本語 hver uge\nmed min søster Åse";
        let mut field = TextField::new(original, true);
        for _ in 0..30 {
            field.left();
        }
        let mut history = Vec::new();
        // Each group is a cursor move (not undone; it ends a run of typing) and then one
        // undo step, which undo takes back to the text and cursor just before it.
        type Step = Box<dyn Fn(&mut TextField)>;
        let groups: Vec<(Step, Step)> = vec![
            (Box::new(|_| {}), Box::new(|f| f.backspace())),
            (
                // Between 本 and 語: a wide character and the space after it.
                Box::new(|f| f.right()),
                Box::new(|f| {
                    f.delete();
                    f.delete();
                }),
            ),
            (
                Box::new(|f| f.left()),
                Box::new(|f| {
                    for c in "æøå".chars() {
                        f.insert(c).unwrap();
                    }
                }),
            ),
            (
                Box::new(|_| {}),
                Box::new(|f| f.paste("😀日本\r\nny linje").unwrap()),
            ),
            (
                Box::new(|f| f.left()),
                Box::new(|f| f.insert('\n').unwrap()),
            ),
            (Box::new(|f| f.home()), Box::new(|f| f.backspace())),
        ];
        for (moves, edit) in &groups {
            moves(&mut field);
            history.push(state(&field));
            edit(&mut field);
        }
        assert_ne!(field.text(), original);
        while let Some(expected) = history.pop() {
            field.undo();
            assert_eq!(state(&field), expected);
            assert_wraps_as_reference(&field, 9);
        }
        assert_eq!(field.text(), original);
    }

    #[test]
    fn backspace_over_a_word_and_a_line_break_is_undone_exactly() {
        let mut field = TextField::new("første linje\nanden", true);
        for _ in 0.."anden".len() + 1 + "linje".len() {
            field.backspace();
        }
        assert_eq!(state(&field), ("første ".to_owned(), 7));
        field.undo();
        field.undo();
        assert_eq!(state(&field), ("første linje\nanden".to_owned(), 18));
    }

    #[test]
    fn a_paste_over_the_limit_inserts_nothing_and_says_how_much() {
        let mut field = TextField::new("hej ", true);
        let big = "x".repeat(MAX_ANSWER_BYTES);
        let refused = field.paste(&big);
        assert_eq!(
            refused,
            Err(TooLong {
                limit: MAX_ANSWER_BYTES,
                attempted: MAX_ANSWER_BYTES + 4,
            })
        );
        assert_eq!(state(&field), ("hej ".to_owned(), 4));
        // Exactly up to the limit fits.
        field.paste(&big[4..]).unwrap();
        assert_eq!(field.text().len(), MAX_ANSWER_BYTES);
    }

    #[test]
    fn typing_at_the_limit_is_refused_and_changes_nothing() {
        let mut field = TextField::new("", true);
        field.paste(&"a".repeat(MAX_ANSWER_BYTES - 1)).unwrap();
        // 'æ' is two bytes: one byte is left.
        assert_eq!(
            field.insert('æ'),
            Err(TooLong {
                limit: MAX_ANSWER_BYTES,
                attempted: MAX_ANSWER_BYTES + 1,
            })
        );
        field.insert('b').unwrap();
        assert!(field.insert('c').is_err());
        assert!(field.insert('\n').is_err());
        assert_eq!(field.text().len(), MAX_ANSWER_BYTES);
        assert!(field.text().ends_with("ab"));
        // Room again after an erase.
        field.backspace();
        field.insert('d').unwrap();
    }

    #[test]
    fn a_stored_answer_over_the_limit_is_kept_whole() {
        let long = "ord ".repeat(MAX_ANSWER_BYTES / 4 + 10);
        let mut field = TextField::new(&long, true);
        assert_eq!(field.text(), long);
        assert!(field.insert('x').is_err());
        field.backspace();
        assert_eq!(field.text().len(), long.len() - 1);
    }

    #[test]
    fn undo_after_a_big_paste_and_many_keys_stays_small_and_bounded() {
        let mut field = TextField::new("", true);
        field.paste(&"lidt tekst ".repeat(9000)).unwrap();
        for i in 0..2000 {
            if i % 7 == 6 {
                field.backspace();
            } else {
                field.insert(if i % 5 == 4 { ' ' } else { 'ø' }).unwrap();
            }
        }
        assert!(field.undo.len() <= UNDO_STEPS);
        assert!(field.undo_bytes <= UNDO_BYTES);
        // No copy of the text: a few kilobytes for 200 small steps.
        assert!(field.undo_bytes < 64 * 1024, "{} bytes", field.undo_bytes);
        let accounted: usize = field.undo.iter().map(Edit::bytes).sum();
        assert_eq!(accounted, field.undo_bytes);
    }

    #[test]
    fn deleting_a_whole_answer_key_by_key_keeps_undo_within_its_budget() {
        let text = "ord og flere ord\n".repeat(5000);
        let mut field = TextField::new(&text, true);
        while !field.is_empty() {
            field.backspace();
        }
        assert!(field.undo.len() <= UNDO_STEPS);
        assert!(field.undo_bytes <= UNDO_BYTES);
        for _ in 0..UNDO_STEPS {
            field.undo();
        }
        // The last 200 words came back, the end of the text, in order.
        assert!(text.starts_with(&field.text()));
        assert!(!field.is_empty());
    }

    #[derive(Debug, Clone)]
    enum Op {
        Insert(char),
        Paste(String),
        Backspace,
        Delete,
        Left,
        Right,
        Home,
        End,
        Up,
        Down,
    }

    fn some_char() -> impl Strategy<Value = char> {
        prop::sample::select(vec![
            'a', 'b', 'z', ' ', ' ', '\n', 'æ', 'ø', 'å', 'Å', '😀', '日', '本', '\t', '\u{301}',
        ])
    }

    fn some_text(max: usize) -> impl Strategy<Value = String> {
        prop::collection::vec(some_char(), 0..max).prop_map(|c| c.into_iter().collect())
    }

    fn some_op() -> impl Strategy<Value = Op> {
        prop_oneof![
            6 => some_char().prop_map(Op::Insert),
            1 => some_text(12).prop_map(Op::Paste),
            2 => Just(Op::Backspace),
            2 => Just(Op::Delete),
            1 => Just(Op::Left),
            1 => Just(Op::Right),
            1 => Just(Op::Home),
            1 => Just(Op::End),
            1 => Just(Op::Up),
            1 => Just(Op::Down),
        ]
    }

    fn apply(field: &mut TextField, op: &Op, width: u16) {
        match op {
            Op::Insert(c) => field.insert(*c).unwrap(),
            Op::Paste(text) => field.paste(text).unwrap(),
            Op::Backspace => field.backspace(),
            Op::Delete => field.delete(),
            Op::Left => field.left(),
            Op::Right => field.right(),
            Op::Home => field.home(),
            Op::End => field.end(),
            Op::Up => field.vertical(width, false),
            Op::Down => field.vertical(width, true),
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        /// Any edits, then as many undos: the text and the cursor of the start, passing
        /// only through states the person saw, newest first.
        #[test]
        fn as_many_undos_as_edits_give_back_the_start(
            start in some_text(40),
            left in 0usize..50,
            multiline in any::<bool>(),
            ops in prop::collection::vec(some_op(), 0..80),
            width in 0u16..16,
        ) {
            let mut field = TextField::new(&start, multiline);
            for _ in 0..left {
                field.left();
            }
            let mut seen = vec![state(&field)];
            // Cursor moves are not undone: the end is the state just before the first edit
            // that changed the text.
            let mut before_first_edit = None;
            for op in &ops {
                let before = state(&field);
                apply(&mut field, op, width);
                let after = state(&field);
                if before_first_edit.is_none() && after.0 != before.0 {
                    before_first_edit = Some(before);
                }
                seen.push(after);
            }
            let expected = before_first_edit.unwrap_or_else(|| state(&field));
            for _ in 0..ops.len() {
                field.undo();
                let now = state(&field);
                let at = seen.iter().rposition(|s| *s == now);
                prop_assert!(at.is_some(), "undo gave a state never seen: {:?}", now);
                seen.truncate(at.unwrap_or(0) + 1);
            }
            prop_assert_eq!(&field.text(), &start);
            prop_assert_eq!(state(&field), expected);
        }

        /// The wrapping and the cursor agree with the whole-text reference, for a fresh
        /// field and after every edit (when only the edited rows are wrapped again).
        #[test]
        fn rows_and_cursor_agree_with_the_reference(
            start in some_text(120),
            left in 0usize..130,
            ops in prop::collection::vec(some_op(), 0..40),
            width in 0u16..24,
        ) {
            let mut field = TextField::new(&start, true);
            for _ in 0..left {
                field.left();
            }
            assert_wraps_as_reference(&field, width);
            for op in &ops {
                apply(&mut field, op, width);
                assert_wraps_as_reference(&field, width);
            }
            // A view of a few rows from anywhere is a slice of all the rows.
            let all = field.rows(width);
            for first in 0..=all.len() {
                let shown = field.visible_rows(width, first, 3);
                let end = (first + 3).min(all.len());
                prop_assert_eq!(&shown[..], &all[first..end]);
            }
        }
    }
}
