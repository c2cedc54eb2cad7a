//! Reading a script's RON into the model, with every syntax or type error placed at its
//! line and column, and the limits that keep a hostile or mistaken file from hanging us.

use std::path::Path;

use super::model::Dialogue;
use crate::problem::{Problem, Severity};

/// Larger than any real conversation script by two orders of magnitude.
pub const MAX_SCRIPT_BYTES: usize = 512 * 1024;
/// The deepest real nesting is a condition inside a choice inside a step: about 10 levels.
pub const MAX_NESTING: usize = 48;

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
        let (key, args) = describe(&error.code);
        Problem::new(
            path,
            error.span.start.line,
            error.span.start.col,
            Severity::Error,
            key,
            args,
        )
    })
}

/// A RON error as a check message key and its arguments (shared with the config file).
pub fn describe(code: &ron::Error) -> (&'static str, Vec<(&'static str, String)>) {
    use ron::Error as E;
    let quoted_list = |names: &[&str]| {
        names
            .iter()
            .map(|n| format!("`{n}`"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let outer_name = |outer: &Option<String>| outer.clone().unwrap_or_else(|| "Dialogue".into());
    match code {
        E::NoSuchStructField {
            expected,
            found,
            outer,
        } => (
            "check-unknown-field",
            vec![
                ("found", found.clone()),
                ("outer", outer_name(outer)),
                ("expected", quoted_list(expected)),
            ],
        ),
        E::MissingStructField { field, outer } => (
            "check-missing-field",
            vec![("field", (*field).to_owned()), ("outer", outer_name(outer))],
        ),
        E::DuplicateStructField { field, outer } => (
            "check-duplicate-field",
            vec![("field", (*field).to_owned()), ("outer", outer_name(outer))],
        ),
        E::NoSuchEnumVariant {
            expected,
            found,
            outer,
        } => (
            "check-unknown-variant",
            vec![
                ("found", found.clone()),
                ("outer", outer_name(outer)),
                ("expected", quoted_list(expected)),
            ],
        ),
        E::InvalidValueForType { expected, found } => (
            "check-wrong-type",
            vec![("expected", expected.clone()), ("found", found.clone())],
        ),
        E::ExceededRecursionLimit => ("check-too-deep", vec![("limit", MAX_NESTING.to_string())]),
        other => ("check-ron-syntax", vec![("detail", other.to_string())]),
    }
}
