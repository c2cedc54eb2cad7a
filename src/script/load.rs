//! Reading a script's RON into the model, with every syntax or type error placed at its
//! line and column and worded for the person who wrote the file, and the limits that keep
//! a hostile or mistaken file from hanging us.
//!
//! RON itself places only its own errors, so this module also reads the text into a
//! light [`Node`] tree: just enough structure for `validate` (and the config file) to
//! find where each part of the model was written.

use std::path::Path;

use super::model::Dialogue;
use crate::problem::{Problem, Severity, line_column, offset_of};

/// Larger than any real conversation script by two orders of magnitude.
pub const MAX_SCRIPT_BYTES: usize = 512 * 1024;
/// The deepest real nesting is a condition inside a choice inside a step: about 10 levels.
pub const MAX_NESTING: usize = 48;
/// How deep the [`Node`] tree goes before it gives up; RON's own limit is far below it.
const MAX_TREE_DEPTH: usize = 4 * MAX_NESTING;
/// The longest piece of the file quoted back in a message.
const MAX_FOUND_CHARS: usize = 40;

/// What the outermost value of a script is called in messages.
pub const SCRIPT_OUTER: &str = "Dialogue";
/// What the outermost value of the config file is called in messages (worded in Fluent).
pub const CONFIG_OUTER: &str = "config-file";

pub fn parse(path: &Path, text: &str) -> Result<Dialogue, Problem> {
    if text.len() > MAX_SCRIPT_BYTES {
        return Err(Problem::new(
            path,
            1,
            1,
            Severity::Error,
            "check-too-large",
            vec![
                ("size", text.len().to_string()),
                ("limit", MAX_SCRIPT_BYTES.to_string()),
            ],
        ));
    }
    let options = ron::Options::default().with_recursion_limit(MAX_NESTING);
    options.from_str::<Dialogue>(text).map_err(|error| {
        // A bracket left open makes RON read what follows as part of the wrong value
        // ("unknown field `Step` in Step"): the bracket is the root cause.
        // (Not for a string or comment left open: that swallows the brackets after it.)
        let own_words = matches!(
            error.code,
            ron::Error::ExpectedStringEnd
                | ron::Error::UnclosedBlockComment
                | ron::Error::ExceededRecursionLimit
        );
        (!own_words)
            .then(|| unbalanced(path, text))
            .flatten()
            .unwrap_or_else(|| ron_problem(path, text, &error, SCRIPT_OUTER))
    })
}

/// The first bracket that does not pair up, said where it opened, if there is one.
pub fn unbalanced(path: &Path, text: &str) -> Option<Problem> {
    let closing = |open: char| match open {
        '(' => ')',
        '[' => ']',
        _ => '}',
    };
    let place = |offset: usize| line_column(text, offset);
    let mut open: Vec<(char, usize)> = Vec::new();
    for token in tokens(text) {
        let Tok::Punct(c) = token.kind else {
            continue;
        };
        match c {
            '(' | '[' | '{' => open.push((c, token.start)),
            ')' | ']' | '}' => match open.pop() {
                Some((o, _)) if closing(o) == c => {}
                Some((o, at)) => {
                    let (line, column) = place(at);
                    let (here_line, here_column) = place(token.start);
                    return Some(Problem::new(
                        path,
                        here_line,
                        here_column,
                        Severity::Error,
                        "check-ron-mismatched",
                        vec![
                            ("found", c.to_string()),
                            ("open", o.to_string()),
                            ("line", line.to_string()),
                            ("column", column.to_string()),
                            ("close", closing(o).to_string()),
                        ],
                    ));
                }
                None => {
                    let (line, column) = place(token.start);
                    return Some(Problem::new(
                        path,
                        line,
                        column,
                        Severity::Error,
                        "check-ron-unopened",
                        vec![("found", c.to_string())],
                    ));
                }
            },
            _ => {}
        }
    }
    let (o, at) = open.pop()?;
    let (line, column) = place(at);
    Some(Problem::new(
        path,
        line,
        column,
        Severity::Error,
        "check-ron-unclosed",
        vec![
            ("open", o.to_string()),
            ("line", line.to_string()),
            ("column", column.to_string()),
            ("close", closing(o).to_string()),
        ],
    ))
}

/// A RON error as a placed problem (shared with the config file). `outer` names the
/// outermost value for an error that RON does not give a name for.
pub fn ron_problem(
    path: &Path,
    text: &str,
    error: &ron::error::SpannedError,
    outer: &str,
) -> Problem {
    let at = offset_of(text, error.span.start.line, error.span.start.col);
    let (offset, key, args) = describe(&error.code, text, at, outer);
    let (line, column) = match offset {
        Some(offset) => line_column(text, offset),
        None => (error.span.start.line, error.span.start.col),
    };
    Problem::new(path, line, column, Severity::Error, key, args)
}

type Described = (Option<usize>, &'static str, Vec<(&'static str, String)>);

/// A RON error as a check message key and its arguments, and the byte offset to place it
/// at (`None`: where RON placed it). `at` is where RON placed it.
fn describe(code: &ron::Error, text: &str, at: usize, outer: &str) -> Described {
    use ron::Error as E;
    let quoted_list = |names: &[&str]| {
        names
            .iter()
            .map(|n| format!("`{n}`"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let outer_name = |found: &Option<String>| written_name(found.as_deref().unwrap_or(outer));
    let tokens = tokens(text);
    let expected = |what: &str| expected_here(text, &tokens, at, what, "");
    match code {
        E::NoSuchStructField {
            expected,
            found,
            outer,
        } => (
            None,
            "check-unknown-field",
            vec![
                ("found", found.clone()),
                ("outer", outer_name(outer)),
                ("expected", quoted_list(expected)),
            ],
        ),
        E::MissingStructField { field, outer } => (
            None,
            "check-missing-field",
            vec![("field", (*field).to_owned()), ("outer", outer_name(outer))],
        ),
        E::DuplicateStructField { field, outer } => (
            None,
            "check-duplicate-field",
            vec![("field", (*field).to_owned()), ("outer", outer_name(outer))],
        ),
        E::NoSuchEnumVariant {
            expected,
            found,
            outer,
        } => (
            None,
            "check-unknown-variant",
            vec![
                ("found", found.clone()),
                ("outer", outer_name(outer)),
                ("expected", quoted_list(expected)),
            ],
        ),
        E::ExceededRecursionLimit => (
            None,
            "check-too-deep",
            vec![("limit", MAX_NESTING.to_string())],
        ),
        E::ExpectedComma => match token_around(&tokens, at) {
            // `1.5` where a whole number belongs: RON reads `1` and then misses a comma.
            Some(token) if token.start < at && token.kind == Tok::Number => (
                Some(token.start),
                "check-expected",
                vec![
                    ("what", "integer".to_owned()),
                    ("name", String::new()),
                    ("found", shown(text, &tokens, token)),
                ],
            ),
            _ => {
                let end = tokens
                    .iter()
                    .take_while(|t| t.end <= at)
                    .last()
                    .map_or(at, |t| t.end);
                (Some(end), "check-ron-comma", vec![])
            }
        },
        E::ExpectedInteger => expected("integer"),
        E::ExpectedFloat => expected("float"),
        E::ExpectedString => expected("string"),
        E::ExpectedBoolean => expected("boolean"),
        E::ExpectedChar => expected("char"),
        E::ExpectedOption => expected("option"),
        E::ExpectedUnit => expected("unit"),
        E::ExpectedArray => expected("list"),
        E::ExpectedArrayEnd => expected("list-end"),
        E::ExpectedMap => expected("map"),
        E::ExpectedMapEnd => expected("map-end"),
        E::ExpectedMapColon => expected("colon"),
        E::ExpectedStructLike => expected("paren"),
        E::ExpectedStructLikeEnd | E::ExpectedOptionEnd => expected("paren-end"),
        E::ExpectedIdentifier => expected("identifier"),
        E::ExpectedNamedStructLike(name) => expected_here(text, &tokens, at, "struct", name),
        E::ExpectedStructName(name) => expected_here(text, &tokens, at, "struct", name),
        E::ExpectedDifferentStructName { expected, found } => (
            None,
            "check-ron-struct-name",
            vec![
                ("expected", (*expected).to_owned()),
                ("found", found.clone()),
            ],
        ),
        E::InvalidValueForType { expected, found } => match serde_expected(expected) {
            Some(what) => expected_here(text, &tokens, at, what, ""),
            None => (
                None,
                "check-wrong-type",
                vec![("expected", expected.clone()), ("found", found.clone())],
            ),
        },
        E::ExpectedDifferentLength { expected, found } => {
            let count = expected
                .rsplit("with ")
                .next()
                .and_then(|rest| rest.split(' ').next())
                .and_then(|n| n.parse::<usize>().ok());
            match count {
                Some(count) => (
                    next_token(&tokens, at).map(|t| t.start),
                    "check-ron-length",
                    vec![
                        ("expected", count.to_string()),
                        ("found", found.to_string()),
                    ],
                ),
                None => syntax(code),
            }
        }
        E::Eof => (None, "check-ron-eof", vec![]),
        E::ExpectedStringEnd => (None, "check-ron-unclosed-string", vec![]),
        E::UnclosedBlockComment => (None, "check-ron-unclosed-comment", vec![]),
        E::TrailingCharacters => (
            next_token(&tokens, at).map(|t| t.start),
            "check-ron-trailing",
            vec![],
        ),
        E::UnexpectedChar(c) => (
            None,
            "check-ron-unexpected-char",
            vec![("char", c.to_string())],
        ),
        E::IntegerOutOfBounds | E::FloatUnderscore | E::UnderscoreAtBeginning => {
            let token = token_around(&tokens, at);
            (
                token.map(|t| t.start),
                if matches!(code, E::IntegerOutOfBounds) {
                    "check-ron-number-range"
                } else {
                    "check-ron-number"
                },
                vec![(
                    "found",
                    token.map_or_else(String::new, |t| shown(text, &tokens, t)),
                )],
            )
        }
        E::InvalidIntegerDigit { digit, base } => (
            None,
            "check-ron-digit",
            vec![("digit", digit.to_string()), ("base", base.to_string())],
        ),
        E::InvalidEscape(_) => (None, "check-ron-escape", vec![]),
        E::Utf8Error(_) => (None, "check-not-utf8", vec![]),
        other => syntax(other),
    }
}

fn syntax(code: &ron::Error) -> Described {
    (None, "check-ron-syntax", vec![("detail", code.to_string())])
}

/// "expected WHAT, found X" at the next token, or "expected WHAT" where the file ends.
fn expected_here(text: &str, tokens: &[Token], at: usize, what: &str, name: &str) -> Described {
    let mut args = vec![("what", what.to_owned()), ("name", name.to_owned())];
    match token_around(tokens, at) {
        Some(token) => {
            args.push(("found", shown(text, tokens, token)));
            (Some(token.start), "check-expected", args)
        }
        None => (Some(text.len()), "check-expected-end", args),
    }
}

/// The kind of value serde's "expected …" text stands for, as `check-expected` words it.
fn serde_expected(expected: &str) -> Option<&'static str> {
    let integer = ["u8", "u16", "u32", "u64", "u128", "usize"]
        .iter()
        .chain(&["i8", "i16", "i32", "i64", "i128", "isize"])
        .any(|t| *t == expected);
    Some(match expected {
        _ if integer => "integer",
        "f32" | "f64" => "float",
        "a string" | "a borrowed string" | "string" => "string",
        "a boolean" => "boolean",
        "a character" | "a char" => "char",
        "option" => "option",
        "unit" => "unit",
        "a sequence" => "list",
        "a map" => "map",
        "a number, a quoted choice id, or true/false" => "literal",
        _ => return None,
    })
}

/// A Rust type name as the person who writes the file knows the place: the names they
/// write (`Step(`, `Choice(`) stay, the others become the field they stand in.
fn written_name(rust: &str) -> String {
    match rust {
        "ConfigFile" => CONFIG_OUTER.to_owned(),
        "StepKind" => "`kind`".to_owned(),
        "Choices" => "`choices`".to_owned(),
        "Cond" => "`when`".to_owned(),
        "Rule" => "`rule`".to_owned(),
        other => other.to_owned(),
    }
}

/// A token as quoted back in a message: `"three"`, `12`, `Some(…)`, `[…]`.
fn shown(text: &str, tokens: &[Token], token: Token) -> String {
    let written = &text[token.start..token.end];
    let followed_by_paren = || {
        tokens
            .iter()
            .find(|t| t.start >= token.end)
            .is_some_and(|t| t.kind == Tok::Punct('('))
    };
    let mut shown = match token.kind {
        Tok::Punct('(') => "(…)".to_owned(),
        Tok::Punct('[') => "[…]".to_owned(),
        Tok::Punct('{') => "{…}".to_owned(),
        Tok::Ident if followed_by_paren() => format!("{written}(…)"),
        _ => written.to_owned(),
    };
    if shown.chars().count() > MAX_FOUND_CHARS {
        shown = shown.chars().take(MAX_FOUND_CHARS).collect::<String>() + "…";
    }
    shown
}

/// The token that holds `at`, else the first one after it.
fn token_around(tokens: &[Token], at: usize) -> Option<Token> {
    tokens.iter().copied().find(|t| t.end > at)
}

/// The first token that starts at or after `at`.
fn next_token(tokens: &[Token], at: usize) -> Option<Token> {
    tokens.iter().copied().find(|t| t.start >= at)
}

/// The kinds of token in RON text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tok {
    /// A string, raw string or byte string, quotes and all.
    Str,
    Char,
    Number,
    Ident,
    Punct(char),
    Other,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Token {
    pub kind: Tok,
    pub start: usize,
    pub end: usize,
}

/// The tokens of RON text, without whitespace and comments. Never fails: text RON
/// refused still tokenizes, so that an error can be placed among its tokens.
pub(crate) fn tokens(text: &str) -> Vec<Token> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let rest = &text[i..];
        let Some(c) = rest.chars().next() else {
            break;
        };
        if c.is_whitespace() {
            i += c.len_utf8();
            continue;
        }
        if rest.starts_with("//") {
            i = rest.find('\n').map_or(bytes.len(), |n| i + n);
            continue;
        }
        if rest.starts_with("/*") {
            i = block_comment_end(text, i);
            continue;
        }
        let start = i;
        let kind = if let Some(end) = string_end(text, i) {
            i = end;
            Tok::Str
        } else if let Some(end) = char_end(text, i) {
            i = end;
            Tok::Char
        } else if c.is_ascii_digit()
            || (matches!(c, '-' | '+' | '.') && rest[1..].starts_with(|d: char| d.is_ascii_digit()))
        {
            i = number_end(bytes, i + 1);
            Tok::Number
        } else if matches!(c, '(' | ')' | '[' | ']' | '{' | '}' | ',' | ':') {
            i += 1;
            Tok::Punct(c)
        } else if c.is_alphabetic() || c == '_' {
            let skip = if rest.starts_with("r#") { 2 } else { 0 };
            i += skip
                + rest[skip..]
                    .find(|d: char| !(d.is_alphanumeric() || d == '_'))
                    .unwrap_or(rest.len() - skip);
            Tok::Ident
        } else {
            i += c.len_utf8();
            Tok::Other
        };
        out.push(Token {
            kind,
            start,
            end: i,
        });
    }
    out
}

/// Where a `/* … */` comment (which may nest) that starts at `start` ends.
fn block_comment_end(text: &str, start: usize) -> usize {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut i = start;
    while i + 1 < bytes.len() {
        match (bytes[i], bytes[i + 1]) {
            (b'/', b'*') => {
                depth += 1;
                i += 2;
            }
            (b'*', b'/') => {
                depth -= 1;
                i += 2;
                if depth == 0 {
                    return i;
                }
            }
            _ => i += 1,
        }
    }
    bytes.len()
}

/// The end of a string (`"…"`, `r#"…"#`, `b"…"`, `br"…"`) starting at `i`, if one does.
fn string_end(text: &str, i: usize) -> Option<usize> {
    let rest = &text[i..];
    let rest_after_b = rest.strip_prefix('b').unwrap_or(rest);
    let skipped = rest.len() - rest_after_b.len();
    if let Some(raw) = rest_after_b.strip_prefix('r') {
        let hashes = raw.len() - raw.trim_start_matches('#').len();
        let body = raw[hashes..].strip_prefix('"')?;
        let closing = format!("\"{}", "#".repeat(hashes));
        let open = i + skipped + 1 + hashes + 1;
        return Some(
            body.find(&closing)
                .map_or(text.len(), |n| open + n + closing.len()),
        );
    }
    let body = rest_after_b.strip_prefix('"')?;
    let bytes = body.as_bytes();
    let open = i + skipped + 1;
    let mut j = 0;
    while j < bytes.len() {
        match bytes[j] {
            b'\\' => j += 2,
            b'"' => return Some(open + j + 1),
            _ => j += 1,
        }
    }
    Some(text.len())
}

/// The end of a character literal (`'a'`, `'\n'`, `b'a'`) starting at `i`, if one does.
fn char_end(text: &str, i: usize) -> Option<usize> {
    let rest = &text[i..];
    let rest_after_b = rest.strip_prefix('b').unwrap_or(rest);
    let skipped = rest.len() - rest_after_b.len();
    let body = rest_after_b.strip_prefix('\'')?;
    let open = i + skipped + 1;
    let mut chars = body.char_indices();
    let (_, first) = chars.next()?;
    if first == '\\' {
        chars.next()?;
    }
    chars
        .take(12)
        .find(|(_, c)| *c == '\'')
        .map(|(n, _)| open + n + 1)
}

fn number_end(bytes: &[u8], mut i: usize) -> usize {
    while i < bytes.len() {
        let b = bytes[i];
        let exponent_sign = matches!(b, b'+' | b'-') && matches!(bytes[i - 1], b'e' | b'E');
        if b.is_ascii_alphanumeric() || b == b'_' || b == b'.' || exponent_sign {
            i += 1;
        } else {
            break;
        }
    }
    i
}

/// A value as it is written in the text, with where it starts and ends (byte offsets).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Node {
    pub start: usize,
    pub end: usize,
    pub value: Value,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Value {
    /// `Name(…)` or `(…)`, with named fields (`Step(id: "x")`) or items (`Some(1)`).
    Paren {
        name: Option<String>,
        fields: Vec<NodeField>,
        items: Vec<Node>,
    },
    List(Vec<Node>),
    Map(Vec<(Node, Node)>),
    /// A string's text, without its quotes.
    Str(String),
    /// A bare name: a unit variant, `true`, `None`.
    Ident(String),
    /// A number or a character.
    Scalar,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct NodeField {
    pub name: String,
    /// Where the field's name stands.
    pub at: usize,
    pub value: Node,
}

impl Node {
    pub fn field(&self, name: &str) -> Option<&Node> {
        self.node_field(name).map(|f| &f.value)
    }

    /// Where the name of the field `name` stands.
    pub fn field_at(&self, name: &str) -> Option<usize> {
        self.node_field(name).map(|f| f.at)
    }

    fn node_field(&self, name: &str) -> Option<&NodeField> {
        match &self.value {
            Value::Paren { fields, .. } => fields.iter().find(|f| f.name == name),
            _ => None,
        }
    }

    /// The items of a list, or of a tuple such as `Some(…)`; none for anything else.
    pub fn items(&self) -> &[Node] {
        match &self.value {
            Value::List(items) | Value::Paren { items, .. } => items,
            _ => &[],
        }
    }

    pub fn item(&self, index: usize) -> Option<&Node> {
        self.items().get(index)
    }

    pub fn entries(&self) -> &[(Node, Node)] {
        match &self.value {
            Value::Map(entries) => entries,
            _ => &[],
        }
    }

    #[cfg(test)]
    pub fn name(&self) -> Option<&str> {
        match &self.value {
            Value::Paren { name, .. } => name.as_deref(),
            Value::Ident(name) => Some(name),
            _ => None,
        }
    }

    pub fn text(&self) -> Option<&str> {
        match &self.value {
            Value::Str(text) => Some(text),
            _ => None,
        }
    }

    /// What is inside `Some(…)`; the node itself if it is not one (`implicit_some`).
    pub fn some(&self) -> &Node {
        match (&self.value, self.items()) {
            (Value::Paren { name: Some(n), .. }, [inner]) if n == "Some" => inner,
            _ => self,
        }
    }

    /// The items of a list, also when wrapped in a one-item tuple such as `List([…])`.
    pub fn list(&self) -> &[Node] {
        match (&self.value, self.items()) {
            (Value::Paren { .. }, [inner]) if matches!(inner.value, Value::List(_)) => {
                inner.items()
            }
            _ => self.items(),
        }
    }
}

/// The tree of values in RON text, or `None` if it is not the RON that was accepted.
pub(crate) fn tree(text: &str) -> Option<Node> {
    let mut parser = TreeParser {
        text,
        tokens: tokens(text),
        pos: 0,
        depth: 0,
    };
    parser.skip_attributes();
    parser.value()
}

struct TreeParser<'t> {
    text: &'t str,
    tokens: Vec<Token>,
    pos: usize,
    depth: usize,
}

impl TreeParser<'_> {
    fn peek(&self, ahead: usize) -> Option<Token> {
        self.tokens.get(self.pos + ahead).copied()
    }

    fn next(&mut self) -> Option<Token> {
        let token = self.peek(0)?;
        self.pos += 1;
        Some(token)
    }

    fn is(&self, ahead: usize, c: char) -> bool {
        self.peek(ahead).is_some_and(|t| t.kind == Tok::Punct(c))
    }

    fn eat(&mut self, c: char) -> bool {
        let found = self.is(0, c);
        if found {
            self.pos += 1;
        }
        found
    }

    fn written(&self, token: Token) -> &str {
        &self.text[token.start..token.end]
    }

    fn ident(&self, token: Token) -> String {
        let written = self.written(token);
        written.strip_prefix("r#").unwrap_or(written).to_owned()
    }

    /// `#![enable(…)]` lines before the value.
    fn skip_attributes(&mut self) {
        while self
            .peek(0)
            .is_some_and(|t| t.kind == Tok::Other && self.written(t) == "#")
        {
            let mut depth = 0usize;
            while let Some(token) = self.next() {
                match token.kind {
                    Tok::Punct('[') => depth += 1,
                    Tok::Punct(']') => {
                        depth = depth.saturating_sub(1);
                        if depth == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
            }
        }
    }

    fn value(&mut self) -> Option<Node> {
        self.depth += 1;
        if self.depth > MAX_TREE_DEPTH {
            return None;
        }
        let node = self.value_inner();
        self.depth -= 1;
        node
    }

    fn value_inner(&mut self) -> Option<Node> {
        let token = self.next()?;
        let leaf = |value| {
            Some(Node {
                start: token.start,
                end: token.end,
                value,
            })
        };
        match token.kind {
            Tok::Str => leaf(Value::Str(unquote(self.written(token)))),
            Tok::Char | Tok::Number => leaf(Value::Scalar),
            Tok::Ident if self.is(0, '(') => {
                self.pos += 1;
                let name = self.ident(token);
                self.paren(Some(name), token.start)
            }
            Tok::Ident => leaf(Value::Ident(self.ident(token))),
            Tok::Punct('(') => self.paren(None, token.start),
            Tok::Punct('[') => {
                let mut items = Vec::new();
                while !self.eat(']') {
                    items.push(self.value()?);
                    if !self.eat(',') && !self.is(0, ']') {
                        return None;
                    }
                }
                self.close(token.start, Value::List(items))
            }
            Tok::Punct('{') => {
                let mut entries = Vec::new();
                while !self.eat('}') {
                    let key = self.value()?;
                    if !self.eat(':') {
                        return None;
                    }
                    let value = self.value()?;
                    entries.push((key, value));
                    if !self.eat(',') && !self.is(0, '}') {
                        return None;
                    }
                }
                self.close(token.start, Value::Map(entries))
            }
            // `-inf`: a sign before a name.
            Tok::Other if matches!(self.written(token), "-" | "+") => {
                let inner = self.value()?;
                Some(Node {
                    start: token.start,
                    ..inner
                })
            }
            _ => None,
        }
    }

    /// The inside of `(…)`, after the opening parenthesis.
    fn paren(&mut self, name: Option<String>, start: usize) -> Option<Node> {
        let mut fields = Vec::new();
        let mut items = Vec::new();
        let named = self.peek(0).is_some_and(|t| t.kind == Tok::Ident) && self.is(1, ':');
        while !self.eat(')') {
            if named {
                let token = self.next().filter(|t| t.kind == Tok::Ident)?;
                if !self.eat(':') {
                    return None;
                }
                fields.push(NodeField {
                    name: self.ident(token),
                    at: token.start,
                    value: self.value()?,
                });
            } else {
                items.push(self.value()?);
            }
            if !self.eat(',') && !self.is(0, ')') {
                return None;
            }
        }
        self.close(
            start,
            Value::Paren {
                name,
                fields,
                items,
            },
        )
    }

    /// A node from `start` to the closing bracket just eaten.
    fn close(&self, start: usize, value: Value) -> Option<Node> {
        let end = self.tokens.get(self.pos.checked_sub(1)?)?.end;
        Some(Node { start, end, value })
    }
}

/// A string token's text: quotes (and raw-string hashes) taken off, `\"` and `\\` read.
fn unquote(written: &str) -> String {
    let written = written.strip_prefix('b').unwrap_or(written);
    if let Some(raw) = written.strip_prefix('r') {
        let hashes = raw.len() - raw.trim_start_matches('#').len();
        let inner = &raw[hashes..];
        let inner = inner.strip_prefix('"').unwrap_or(inner);
        let inner = inner.strip_suffix(&"#".repeat(hashes)).unwrap_or(inner);
        return inner.strip_suffix('"').unwrap_or(inner).to_owned();
    }
    let inner = written.strip_prefix('"').unwrap_or(written);
    let inner = inner.strip_suffix('"').unwrap_or(inner);
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n') => out.push('\n'),
                Some('t') => out.push('\t'),
                Some(other) => out.push(other),
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_skip_comments_and_keep_strings_whole() {
        let text =
            "( /* a /* nested */ one */ x: \"a // b\", // c\n y: r#\"q\"\"#, z: -1.5e-3, c: 'x')";
        let kinds: Vec<Tok> = tokens(text).iter().map(|t| t.kind).collect();
        use Tok::*;
        assert_eq!(
            kinds,
            [
                Punct('('),
                Ident,
                Punct(':'),
                Str,
                Punct(','),
                Ident,
                Punct(':'),
                Str,
                Punct(','),
                Ident,
                Punct(':'),
                Number,
                Punct(','),
                Ident,
                Punct(':'),
                Char,
                Punct(')')
            ]
        );
    }

    #[test]
    fn the_tree_places_fields_items_and_map_keys() {
        let text =
            "Dialogue(id: \"d\", sets: {\"mood\": [Choice(id: \"a\")]}, when: Some(Eq(\"x\", 1)))";
        let root = tree(text).expect("a tree");
        assert_eq!(root.name(), Some("Dialogue"));
        assert_eq!(root.field("id").map(|n| n.start), text.find("\"d\""));
        let (key, list) = &root.field("sets").expect("sets").entries()[0];
        assert_eq!(key.text(), Some("mood"));
        assert_eq!(
            list.item(0).and_then(|c| c.field("id")).map(|n| n.start),
            text.find("\"a\"")
        );
        let cond = root.field("when").expect("when").some();
        assert_eq!(cond.name(), Some("Eq"));
        assert_eq!(cond.item(0).and_then(Node::text), Some("x"));
    }

    #[test]
    fn a_missing_comma_is_placed_after_the_value_before_it() {
        let text = "(\n  minutes: 1 // one\n  /* more */\n  source: \"x\",\n)";
        let error = ron::from_str::<ron::Value>(text).expect_err("a missing comma");
        let problem = ron_problem(Path::new("x.ron"), text, &error, SCRIPT_OUTER);
        assert_eq!(problem.key, "check-ron-comma");
        assert_eq!((problem.line, problem.column), (2, 13));
    }
}
