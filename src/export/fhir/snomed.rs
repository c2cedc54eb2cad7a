//! SNOMED CT codes, only those verified in KL's municipal implementation guide "KL Tools"
//! (repository hl7dk/KL-dk-tools). docs/export-format.md names the file and line each
//! code comes from. A dialogue or score without a verified code gets none: samtale's own
//! code system under `fhir_base` says what it is, and a guess would be worse than nothing.
//!
//! - `input/fsh/KLToolsAliases.fsh` line 2: `SCT = http://snomed.info/sct`.
//! - `input/fsh/KLToolsCareWHO5.fsh` line 9: the WHO-5 Questionnaire's code 1144665009;
//!   lines 14, 21, 28, 35 and 42: its five items' codes (the first two the same,
//!   285854004).
//! - `input/pagecontent/Questionnaire-KLToolsCareWHO-5-intro.md` line 22: the index as an
//!   Observation with code 1144665009, its value a decimal in `valueQuantity`, derived
//!   from the QuestionnaireResponse. samtale puts it on the raw score (0–25), the index
//!   itself; the percentage (raw × 4) carries only samtale's own code.
//!
//! Not used: the per-item Observation profiles of `KLToolsCareWHO5observation.fsh`
//! (their values are KL's local answer codes, and their code for "rested", 363817001,
//! differs from the Questionnaire's 404949004); FIT ORS and SRS, whose codes KL Tools
//! does not give.

use super::model::Coding;

pub const SNOMED: &str = "http://snomed.info/sct";

/// WHO-5's index value (observable entity).
const WHO5_INDEX: &str = "1144665009";

fn code(code: &str, display: Option<&str>) -> Coding {
    Coding::new(SNOMED, code, display.map(str::to_owned))
}

/// The Questionnaire's own code.
pub fn questionnaire_codes(dialogue: &str) -> Vec<Coding> {
    match dialogue {
        "who5" => vec![code(
            WHO5_INDEX,
            Some("5-item World Health Organization Well-being Index value (observable entity)"),
        )],
        _ => Vec::new(),
    }
}

/// An item's code, by samtale's step id (KL's linkIds are happy, calm, active, rested
/// and interest).
pub fn item_codes(dialogue: &str, step: &str) -> Vec<Coding> {
    let found = match (dialogue, step) {
        ("who5", "cheerful" | "calm") => Some(("285854004", Some("Emotion (observable entity)"))),
        ("who5", "active") => Some(("406202006", None)),
        ("who5", "rested") => Some(("404949004", None)),
        ("who5", "interested") => Some(("247752005", None)),
        _ => None,
    };
    found
        .map(|(c, display)| vec![code(c, display)])
        .unwrap_or_default()
}

/// An Observation's code for a score.
pub fn score_codes(dialogue: &str, score: &str) -> Vec<Coding> {
    match (dialogue, score) {
        ("who5", "raw") => questionnaire_codes("who5"),
        _ => Vec::new(),
    }
}
