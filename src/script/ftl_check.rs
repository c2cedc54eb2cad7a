//! What `samtale check` reads in a dialogue's own Fluent files beyond their syntax:
//! messages no step uses, messages that cannot be formatted (a message that refers to
//! itself, an unknown function), and control characters that would reach the terminal.
//!
//! Every problem is placed at its `.ftl` file, line and column.

use std::collections::{BTreeSet, HashSet};

use fluent_bundle::{FluentArgs, FluentBundle, FluentError, FluentResource, FluentValue};
use fluent_syntax::ast;

use crate::i18n::FtlSource;
use crate::problem::{Problem, Severity, line_column};

/// A message of a dialogue's file: its id, where its id stands, and the messages it
/// refers to.
pub struct Defined {
    pub id: String,
    pub offset: usize,
    pub references: Vec<String>,
}

/// The messages (not terms) of a Fluent file, in order, with where each id stands.
pub fn defined(source: &FtlSource) -> Vec<Defined> {
    let resource = match fluent_syntax::parser::parse(&*source.text) {
        Ok(resource) | Err((resource, _)) => resource,
    };
    let mut from = 0;
    let mut out = Vec::new();
    for entry in &resource.body {
        let ast::Entry::Message(message) = entry else {
            continue;
        };
        let id = message.id.name.to_owned();
        let offset = entry_offset(&source.text, &id, from);
        from = offset;
        let mut references = Vec::new();
        if let Some(pattern) = &message.value {
            pattern_references(pattern, &mut references);
        }
        for attribute in &message.attributes {
            pattern_references(&attribute.value, &mut references);
        }
        out.push(Defined {
            id,
            offset,
            references,
        });
    }
    out
}

/// Where `id = ` begins a line, at or after `from`.
fn entry_offset(text: &str, id: &str, from: usize) -> usize {
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        if start >= from
            && line
                .strip_prefix(id)
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        {
            return start;
        }
        start += line.len();
    }
    0
}

fn pattern_references(pattern: &ast::Pattern<&str>, out: &mut Vec<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_references(expression, out);
        }
    }
}

fn expression_references(expression: &ast::Expression<&str>, out: &mut Vec<String>) {
    match expression {
        ast::Expression::Inline(inline) => inline_references(inline, out),
        ast::Expression::Select { selector, variants } => {
            inline_references(selector, out);
            for variant in variants {
                pattern_references(&variant.value, out);
            }
        }
    }
}

fn inline_references(inline: &ast::InlineExpression<&str>, out: &mut Vec<String>) {
    match inline {
        ast::InlineExpression::MessageReference { id, .. } => out.push(id.name.to_owned()),
        ast::InlineExpression::Placeable { expression } => expression_references(expression, out),
        ast::InlineExpression::FunctionReference { arguments, .. }
        | ast::InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            for argument in &arguments.positional {
                inline_references(argument, out);
            }
            for named in &arguments.named {
                inline_references(&named.value, out);
            }
        }
        _ => {}
    }
}

/// Warnings for the messages of the dialogue's files that nothing uses: not one the
/// dialogue needs (`used`), nor referred to by another message of the file.
pub fn unused(sources: &[FtlSource], used: &HashSet<String>, missing: &[String]) -> Vec<Problem> {
    let mut problems = Vec::new();
    for source in sources {
        let defined = defined(source);
        let referred: HashSet<&str> = defined
            .iter()
            .flat_map(|d| d.references.iter().map(String::as_str))
            .collect();
        for message in &defined {
            if used.contains(&message.id) || referred.contains(message.id.as_str()) {
                continue;
            }
            let (line, column) = line_column(&source.text, message.offset);
            let mut args = vec![("key", message.id.clone())];
            let key = match crate::suggest::closest(&message.id, missing.iter().map(String::as_str))
            {
                Some(meant) => {
                    args.push(("meant", meant.to_owned()));
                    "check-ftl-unused-typo"
                }
                None => "check-ftl-unused",
            };
            problems.push(Problem::new(
                &source.path,
                line,
                column,
                Severity::Warning,
                key,
                args,
            ));
        }
    }
    problems
}

/// Formats every message and attribute of the dialogue's file once, as samtale would
/// (the file with samtale's terms), with a sample value for every variable it uses:
/// what cannot be formatted is an error at the message.
pub fn formatting(source: &FtlSource, terms: &str) -> Vec<Problem> {
    // Syntax errors are reported by `Texts::build`; what parsed is formatted.
    let resource = match FluentResource::try_new(source.text.to_string()) {
        Ok(resource) | Err((resource, _)) => resource,
    };
    let mut bundle = FluentBundle::new(vec![source.lang.langid()]);
    bundle.set_use_isolating(false);
    let _ = bundle.add_resource(resource);
    if let Ok(terms) = FluentResource::try_new(terms.to_owned()) {
        bundle.add_resource_overriding(terms);
    }
    let mut problems = Vec::new();
    let mut reported = HashSet::new();
    for message in defined(source) {
        let Some(found) = bundle.get_message(&message.id) else {
            continue;
        };
        let mut patterns = Vec::new();
        if let Some(value) = found.value() {
            patterns.push(value);
        }
        patterns.extend(found.attributes().map(|a| a.value()));
        for pattern in patterns {
            // First without arguments, to learn the variables; then with a sample of each.
            let mut errors = Vec::new();
            let _ = bundle.format_pattern(pattern, None, &mut errors);
            let mut args = FluentArgs::new();
            let mut variables = BTreeSet::new();
            for error in &errors {
                if let FluentError::ResolverError(
                    fluent_bundle::resolver::ResolverError::Reference(
                        fluent_bundle::resolver::errors::ReferenceKind::Variable { id },
                    ),
                ) = error
                {
                    variables.insert(id.clone());
                }
            }
            for variable in variables {
                args.set(variable, FluentValue::from(1));
            }
            let mut errors = Vec::new();
            let _ = bundle.format_pattern(pattern, Some(&args), &mut errors);
            for error in errors {
                let Some((what, name)) = describe(&error) else {
                    continue;
                };
                if !reported.insert((message.id.clone(), what, name.clone())) {
                    continue;
                }
                let at = placed(&source.text, message.offset, &name);
                let (line, column) = line_column(&source.text, at);
                problems.push(Problem::new(
                    &source.path,
                    line,
                    column,
                    Severity::Error,
                    what,
                    vec![("key", message.id.clone()), ("name", name)],
                ));
            }
        }
    }
    problems
}

/// A formatting error as a check message and the name it is about.
fn describe(error: &FluentError) -> Option<(&'static str, String)> {
    use fluent_bundle::resolver::ResolverError as R;
    use fluent_bundle::resolver::errors::ReferenceKind as K;
    let FluentError::ResolverError(error) = error else {
        return None;
    };
    Some(match error {
        R::Reference(K::Function { id }) => ("check-ftl-unknown-function", id.clone()),
        R::Reference(K::Message { id, attribute }) => (
            "check-ftl-unknown-reference",
            match attribute {
                Some(attribute) => format!("{id}.{attribute}"),
                None => id.clone(),
            },
        ),
        R::Reference(K::Term { id, attribute }) => (
            "check-ftl-unknown-reference",
            match attribute {
                Some(attribute) => format!("-{id}.{attribute}"),
                None => format!("-{id}"),
            },
        ),
        R::Reference(K::Variable { .. }) => return None,
        R::Cyclic => ("check-ftl-cyclic", String::new()),
        R::NoValue(id) => ("check-ftl-no-value", id.clone()),
        R::MissingDefault => ("check-ftl-cannot-format", String::new()),
        R::TooManyPlaceables => ("check-ftl-cannot-format", String::new()),
    })
}

/// Where in the message starting at `start` the name (a function, a referred message)
/// is written; the message's id if it is not found.
fn placed(text: &str, start: usize, name: &str) -> usize {
    let end = text[start..]
        .split_inclusive('\n')
        .enumerate()
        .take_while(|(i, line)| *i == 0 || line.starts_with([' ', '\t']) || line.trim().is_empty())
        .map(|(_, line)| line.len())
        .sum::<usize>()
        + start;
    if name.is_empty() {
        // A cycle: where the message refers to a message.
        return text[start..end].find('{').map_or(start, |i| start + i);
    }
    let body = &text[start..end];
    let after_id = body.find('=').unwrap_or(0);
    body[after_id..]
        .find(name)
        .map_or(start, |i| start + after_id + i)
}

/// Warnings for control characters in a dialogue's Fluent file, written raw or as a
/// Fluent escape (`\u001B`): they would reach the terminal and the journal. samtale shows
/// them neutralised (`␛`), so the warning is about what the author meant.
pub fn control_characters(source: &FtlSource) -> Vec<Problem> {
    let mut problems = Vec::new();
    let text = &source.text;
    let mut push = |at: usize, shown: String| {
        let (line, column) = line_column(text, at);
        problems.push(Problem::new(
            &source.path,
            line,
            column,
            Severity::Warning,
            "check-ftl-control",
            vec![("char", shown)],
        ));
    };
    let mut reported_lines = HashSet::new();
    for (at, c) in text.char_indices() {
        if is_control(c) && !matches!(c, '\n' | '\t' | '\r') {
            let (line, _) = line_column(text, at);
            if reported_lines.insert(line) {
                push(at, format!("U+{:04X}", c as u32));
            }
        }
    }
    for (at, _) in text.match_indices('\\') {
        let rest = &text[at + 1..];
        let digits = match rest.chars().next() {
            Some('u') => rest.get(1..5),
            Some('U') => rest.get(1..7),
            _ => None,
        };
        let Some(c) = digits
            .and_then(|d| u32::from_str_radix(d, 16).ok())
            .and_then(char::from_u32)
        else {
            continue;
        };
        if is_control(c) && !matches!(c, '\n' | '\t') {
            let (line, _) = line_column(text, at);
            if reported_lines.insert(line) {
                push(at, format!("U+{:04X}", c as u32));
            }
        }
    }
    problems
}

fn is_control(c: char) -> bool {
    matches!(c, '\u{0}'..='\u{1f}' | '\u{7f}'..='\u{9f}')
}
