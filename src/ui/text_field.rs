//! A text being typed: one line or many, with a cursor, soft wrapping by display width
//! (Danish letters, emoji and CJK all take their real width), paste and undo.
//!
//! Pure data: the view asks it how it wraps in a given width and where the cursor is.

use unicode_width::UnicodeWidthChar;

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TextField {
    /// The text, as characters, with `\n` between lines.
    chars: Vec<char>,
    /// The cursor, as an index into `chars`.
    cursor: usize,
    multiline: bool,
    undo: Vec<(Vec<char>, usize)>,
}

/// One row on screen: the characters of `range` in the text, and its display width.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Row {
    pub start: usize,
    pub end: usize,
}

impl TextField {
    pub fn new(text: &str, multiline: bool) -> TextField {
        let chars: Vec<char> = text.chars().collect();
        TextField {
            cursor: chars.len(),
            chars,
            multiline,
            undo: Vec::new(),
        }
    }

    pub fn text(&self) -> String {
        self.chars.iter().collect()
    }

    pub fn is_empty(&self) -> bool {
        self.chars.is_empty()
    }

    pub fn is_multiline(&self) -> bool {
        self.multiline
    }

    fn remember(&mut self) {
        // Undo goes back one edit at a time, up to a limit that no answer reaches.
        if self.undo.len() >= 500 {
            self.undo.remove(0);
        }
        self.undo.push((self.chars.clone(), self.cursor));
    }

    pub fn insert(&mut self, c: char) {
        if c == '\n' && !self.multiline {
            return;
        }
        self.remember();
        self.chars.insert(self.cursor, c);
        self.cursor += 1;
    }

    /// A paste arrives whole; it is text, never commands. A single-line field keeps it on
    /// one line.
    pub fn paste(&mut self, text: &str) {
        self.remember();
        let text = text.replace("\r\n", "\n").replace('\r', "\n");
        for c in text.chars() {
            let c = if c == '\n' && !self.multiline { ' ' } else { c };
            self.chars.insert(self.cursor, c);
            self.cursor += 1;
        }
    }

    pub fn backspace(&mut self) {
        if self.cursor > 0 {
            self.remember();
            self.cursor -= 1;
            self.chars.remove(self.cursor);
        }
    }

    pub fn delete(&mut self) {
        if self.cursor < self.chars.len() {
            self.remember();
            self.chars.remove(self.cursor);
        }
    }

    pub fn undo(&mut self) {
        if let Some((chars, cursor)) = self.undo.pop() {
            self.chars = chars;
            self.cursor = cursor;
        }
    }

    pub fn left(&mut self) {
        self.cursor = self.cursor.saturating_sub(1);
    }

    pub fn right(&mut self) {
        self.cursor = (self.cursor + 1).min(self.chars.len());
    }

    pub fn home(&mut self) {
        while self.cursor > 0 && self.chars[self.cursor - 1] != '\n' {
            self.cursor -= 1;
        }
    }

    pub fn end(&mut self) {
        while self.cursor < self.chars.len() && self.chars[self.cursor] != '\n' {
            self.cursor += 1;
        }
    }

    /// Moves to the row above or below in the wrapped text, keeping the column on screen.
    pub fn vertical(&mut self, width: u16, down: bool) {
        let rows = self.rows(width);
        let (row, column) = self.cursor_position(width);
        let target = if down {
            row + 1
        } else if row == 0 {
            return;
        } else {
            row - 1
        };
        let Some(target_row) = rows.get(target) else {
            return;
        };
        let mut x = 0;
        let mut index = target_row.start;
        while index < target_row.end {
            let w = char_width(self.chars[index]);
            if x + w > column {
                break;
            }
            x += w;
            index += 1;
        }
        self.cursor = index;
    }

    /// The text wrapped to `width` columns: at spaces where it can, inside a word where a
    /// word is wider than the line, and always at `\n`.
    pub fn rows(&self, width: u16) -> Vec<Row> {
        let width = usize::from(width.max(2));
        let mut rows = Vec::new();
        let mut start = 0;
        while start <= self.chars.len() {
            let line_end = self.chars[start..]
                .iter()
                .position(|c| *c == '\n')
                .map_or(self.chars.len(), |p| start + p);
            let mut row_start = start;
            loop {
                let mut x = 0;
                let mut end = row_start;
                let mut last_space = None;
                while end < line_end {
                    let w = char_width(self.chars[end]);
                    // One column stays free for the cursor at the end of a full row.
                    if x + w >= width {
                        break;
                    }
                    if self.chars[end] == ' ' {
                        last_space = Some(end);
                    }
                    x += w;
                    end += 1;
                }
                if end >= line_end {
                    rows.push(Row {
                        start: row_start,
                        end: line_end,
                    });
                    break;
                }
                let cut = match last_space {
                    Some(space) if space > row_start => space + 1,
                    _ => end.max(row_start + 1),
                };
                rows.push(Row {
                    start: row_start,
                    end: cut,
                });
                row_start = cut;
            }
            start = line_end + 1;
        }
        rows
    }

    /// The cursor's row and column (in display cells) in the wrapped text.
    pub fn cursor_position(&self, width: u16) -> (usize, usize) {
        let rows = self.rows(width);
        for (index, row) in rows.iter().enumerate() {
            let next_starts_here = rows
                .get(index + 1)
                .is_some_and(|next| next.start == self.cursor);
            if self.cursor >= row.start && self.cursor <= row.end && !next_starts_here {
                let column = self.chars[row.start..self.cursor]
                    .iter()
                    .map(|c| char_width(*c))
                    .sum();
                return (index, column);
            }
        }
        (rows.len().saturating_sub(1), 0)
    }

    /// The text of one wrapped row, without its line break.
    pub fn row_text(&self, row: Row) -> String {
        self.chars[row.start..row.end]
            .iter()
            .filter(|c| **c != '\n')
            .collect()
    }
}

pub fn char_width(c: char) -> usize {
    if c == '\t' { 4 } else { c.width().unwrap_or(0) }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        field.paste("linje 1\r\nlinje 2\nlinje 3");
        assert_eq!(field.text(), "linje 1\nlinje 2\nlinje 3");
        field.undo();
        assert_eq!(field.text(), "");
        let mut single = TextField::new("", false);
        single.paste("a\nb");
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
}
