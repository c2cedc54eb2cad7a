//! A problem in a file the user wrote (a dialogue script, a Fluent file, the config),
//! with the place it is at and a message that says what is wrong and what was expected.
//!
//! The message is a Fluent key with its arguments, so it is rendered in the user's language
//! by whoever shows it; this module does not know any language.

use std::fmt;
use std::path::{Path, PathBuf};

use crate::i18n::Texts;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub file: PathBuf,
    pub line: usize,
    pub column: usize,
    pub severity: Severity,
    pub key: &'static str,
    pub args: Vec<(&'static str, String)>,
}

impl Problem {
    pub fn new(
        file: &Path,
        line: usize,
        column: usize,
        severity: Severity,
        key: &'static str,
        args: Vec<(&'static str, String)>,
    ) -> Problem {
        Problem {
            file: file.to_path_buf(),
            line,
            column,
            severity,
            key,
            args,
        }
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// `file:line:column: message`, with `warning: ` before the message of a warning.
    pub fn render(&self, texts: &Texts) -> String {
        // An `os` argument is the message key of an operating system error
        // (`wording::os_error_key`), given to the message as its words in `detail`.
        let args: Vec<(&str, String)> = self
            .args
            .iter()
            .map(|(name, value)| match *name {
                "os" => ("detail", texts.get(value, &self.args)),
                _ => (*name, value.clone()),
            })
            .collect();
        let message = texts.get(self.key, &args);
        // Line 0: the problem is with the file or folder as a whole.
        let place = if self.line == 0 {
            self.file.display().to_string()
        } else {
            format!("{}:{}:{}", self.file.display(), self.line, self.column)
        };
        let mut out = match self.severity {
            Severity::Error => format!("{place}: {message}"),
            Severity::Warning => format!(
                "{place}: {}: {message}",
                texts.get("check-warning-label", &[])
            ),
        };
        // A `paste` argument is text to copy into a file as it is (a Fluent line), shown
        // indented under the message in every language.
        if let Some((_, paste)) = self.args.iter().find(|(name, _)| *name == "paste") {
            for line in paste.lines() {
                out.push_str("\n    ");
                out.push_str(line);
            }
        }
        out
    }
}

/// Problems sorted for reading: by file, then by place, errors before warnings at one place.
pub fn sort(problems: &mut [Problem]) {
    problems.sort_by(|a, b| {
        (&a.file, a.line, a.column, a.severity).cmp(&(&b.file, b.line, b.column, b.severity))
    });
}

/// The 1-based line and column (in characters) of a byte offset.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    (line, column)
}

/// The byte offset of a 1-based line and column (in characters); the end of the line or
/// of the text if they are past it.
pub fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let mut start = 0;
    for _ in 1..line {
        match text[start..].find('\n') {
            Some(n) => start += n + 1,
            None => return text.len(),
        }
    }
    let line_text = &text[start..];
    let line_text = &line_text[..line_text.find('\n').unwrap_or(line_text.len())];
    start
        + line_text
            .char_indices()
            .nth(column.saturating_sub(1))
            .map_or(line_text.len(), |(i, _)| i)
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_count_characters_not_bytes() {
        let text = "første\nlinje æø x";
        let offset = text.find('x').unwrap_or_default();
        assert_eq!(line_column(text, offset), (2, 10));
        assert_eq!(line_column(text, 0), (1, 1));
        assert_eq!(offset_of(text, 2, 10), offset);
        assert_eq!(offset_of(text, 1, 1), 0);
        assert_eq!(offset_of(text, 9, 1), text.len());
    }
}
