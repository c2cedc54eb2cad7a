//! The Fluent keys a dialogue's texts live under, derived from its ids so that a
//! translator sees whole sentences named after the step they belong to.
//!
//! | what                    | key                              | attributes                         |
//! |-------------------------|----------------------------------|------------------------------------|
//! | title, description      | `<d>-title`, `<d>-description`   |                                    |
//! | section heading         | `<d>-<section>`                  |                                    |
//! | step (question or text) | `<d>-<step>`                     | `.help` `.note` `.required` `.invalid` `.min` `.max` `.short` |
//! | choice                  | `<d>-<step or set>-<choice>`     |                                    |
//! | repeat-group field      | `<d>-<step>-<field>`             | `.required` `.invalid`             |
//! | score, band, flag       | `<d>-<score>`, `<d>-<score>-<band>`, `<d>-<flag>` |                   |
//! | result line             | `<d>-result` (optional)          |                                    |

pub fn title(dialogue: &str) -> String {
    format!("{dialogue}-title")
}

pub fn description(dialogue: &str) -> String {
    format!("{dialogue}-description")
}

pub fn result(dialogue: &str) -> String {
    format!("{dialogue}-result")
}

/// Sections, steps, scores and flags all live directly under the dialogue.
pub fn item(dialogue: &str, id: &str) -> String {
    format!("{dialogue}-{id}")
}

/// Choices (under their step or set), fields (under their step), bands (under their score).
pub fn sub_item(dialogue: &str, parent: &str, id: &str) -> String {
    format!("{dialogue}-{parent}-{id}")
}

/// The label of a choice of a repeat group's choice field.
pub fn field_choice(dialogue: &str, step: &str, field: &str, choice: &str) -> String {
    format!("{dialogue}-{step}-{field}-{choice}")
}

pub const HELP: &str = "help";
pub const NOTE: &str = "note";
pub const REQUIRED: &str = "required";
pub const INVALID: &str = "invalid";
pub const MIN_LABEL: &str = "min";
pub const MAX_LABEL: &str = "max";
/// A few words naming a step (a key part of a plan, a heading on the crisis card).
pub const SHORT: &str = "short";
