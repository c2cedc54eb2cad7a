//! Numbers as each language writes them, in samtale's own words and in Fluent's.

use fluent_bundle::FluentValue;
use fluent_bundle::types::{FluentNumber, FluentNumberOptions};

use super::Lang;

pub fn format_number(lang: Lang, value: f64, decimals: u8) -> String {
    let text = format!("{:.*}", usize::from(decimals), value);
    // "-0" reads as a sign error to a person.
    let text = if text
        .trim_start_matches('-')
        .chars()
        .all(|c| c == '0' || c == '.')
    {
        text.trim_start_matches('-').to_owned()
    } else {
        text
    };
    match lang {
        Lang::Da => text.replace('.', ","),
        Lang::En => text,
    }
}

/// An argument as Fluent gets it: a number when the text is one as `lang` writes it
/// (`-3`, `24,7` in Danish, `24.7` in English), else the text. A number keeps the count of
/// decimals it was written with, so `format_fluent_*` prints it back unchanged and the
/// plural rules see `1,0` and `1,5` as CLDR means them. Texts with a leading zero (`007`),
/// a sign other than minus, or the other language's decimal mark are not numbers here:
/// they are names, codes or what a person typed, and are shown as they are.
pub(super) fn fluent_value(lang: Lang, text: &str) -> FluentValue<'_> {
    let separator = match lang {
        Lang::Da => ',',
        Lang::En => '.',
    };
    let digits = text.strip_prefix('-').unwrap_or(text);
    let (whole, fraction) = match digits.split_once(separator) {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (digits, None),
    };
    let is_digits = |part: &str| !part.is_empty() && part.chars().all(|c| c.is_ascii_digit());
    let plain_whole = is_digits(whole) && (whole == "0" || !whole.starts_with('0'));
    if !plain_whole || fraction.is_some_and(|f| !is_digits(f)) || whole.len() > 15 {
        return FluentValue::from(text);
    }
    let decimals = fraction.map_or(0, str::len);
    match digits.replace(separator, ".").parse::<f64>() {
        Ok(magnitude) if magnitude.is_finite() => {
            let value = if text.starts_with('-') {
                -magnitude
            } else {
                magnitude
            };
            // A whole number carries no options: Fluent compares a number with a variant
            // key such as `[0]` including its options, and the key has none.
            let decimals = (decimals > 0).then_some(decimals);
            FluentValue::Number(FluentNumber::new(
                value,
                FluentNumberOptions {
                    minimum_fraction_digits: decimals,
                    maximum_fraction_digits: decimals,
                    ..Default::default()
                },
            ))
        }
        _ => FluentValue::from(text),
    }
}

fn format_fluent(lang: Lang, value: &FluentValue) -> Option<String> {
    match value {
        FluentValue::Number(number) => {
            let decimals = number
                .options
                .minimum_fraction_digits
                .or(number.options.maximum_fraction_digits)
                .unwrap_or(0);
            // More decimals than a person reads are never written by samtale.
            let decimals = u8::try_from(decimals.min(6)).unwrap_or(6);
            Some(format_number(lang, number.value, decimals))
        }
        _ => None,
    }
}

pub(super) fn format_fluent_da<M>(value: &FluentValue, _: &M) -> Option<String> {
    format_fluent(Lang::Da, value)
}

pub(super) fn format_fluent_en<M>(value: &FluentValue, _: &M) -> Option<String> {
    format_fluent(Lang::En, value)
}

/// Reads a number as a person of this language types it: both `6,5` and `6.5` are accepted.
pub fn parse_number(text: &str) -> Option<f64> {
    let value: f64 = text.trim().replace(',', ".").parse().ok()?;
    value.is_finite().then_some(value)
}
