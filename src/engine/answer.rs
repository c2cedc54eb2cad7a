//! What a person answered, as the engine stores it and the journal writes it.

use std::fmt;

/// The most one answer may hold, in bytes of UTF-8 text: 100 KB. A limit that is said out
/// loud and enforced with a message where the answer is typed (the line mode refuses a
/// longer answer and asks again; the terminal interface uses the same number), so that no
/// front end ever truncates what someone wrote without telling them, and a stray paste of
/// a whole file cannot fill the memory or the journal.
pub const MAX_ANSWER_BYTES: usize = 100 * 1024;

/// One step's answer: a value, or an explicit "I'd rather not answer this".
#[derive(Debug, Clone, PartialEq)]
pub enum Answer {
    Given(Value),
    Skipped,
}

impl Answer {
    pub fn value(&self) -> Option<&Value> {
        match self {
            Answer::Given(value) => Some(value),
            Answer::Skipped => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// Short or long text, exactly as typed (control characters neutralised).
    Text(String),
    /// A number or a point on a scale.
    Number(f64),
    /// The id of the chosen choice.
    Choice(String),
    /// The ids of the chosen choices, in the script's order.
    Choices(Vec<String>),
    YesNo(bool),
    /// The entries of a repeat group.
    Entries(Vec<Entry>),
}

/// One entry of a repeat group: each field's text by field id, in the script's order.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Entry {
    pub fields: Vec<(String, String)>,
}

impl Entry {
    pub fn get(&self, field: &str) -> Option<&str> {
        self.fields
            .iter()
            .find(|(id, _)| id == field)
            .map(|(_, text)| text.as_str())
    }
}

/// Replaces characters that could drive a terminal (escape sequences, carriage returns,
/// bells) by visible stand-ins, so that `cat` on a journal is always safe. Line feeds and
/// tabs are kept: they belong to what people write.
pub fn neutralise(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\n' | '\t' => c,
            // C0 controls become their Unicode "control pictures" (ESC → ␛).
            '\u{0}'..='\u{1f}' => char::from_u32(0x2400 + c as u32).unwrap_or('\u{fffd}'),
            '\u{7f}' => '\u{2421}',
            // C1 controls (CSI is one) have no pictures.
            '\u{80}'..='\u{9f}' => '\u{fffd}',
            _ => c,
        })
        .collect()
}

impl Value {
    /// The same value with every text neutralised.
    pub fn neutralised(self) -> Value {
        match self {
            Value::Text(text) => Value::Text(neutralise(&text)),
            Value::Entries(entries) => Value::Entries(
                entries
                    .into_iter()
                    .map(|entry| Entry {
                        fields: entry
                            .fields
                            .into_iter()
                            .map(|(id, text)| (id, neutralise(&text)))
                            .collect(),
                    })
                    .collect(),
            ),
            other => other,
        }
    }
}

impl fmt::Display for Answer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Answer::Skipped => f.write_str("skipped"),
            Answer::Given(value) => write!(f, "{value:?}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_cannot_reach_a_terminal() {
        let typed = "rød\u{1b}[31m\r\u{7}\u{9b}2J\nny linje\tfane";
        assert_eq!(neutralise(typed), "rød␛[31m␍␇\u{fffd}2J\nny linje\tfane");
        assert_eq!(neutralise(&neutralise(typed)), neutralise(typed));
    }
}
