//! An Observation for every score of a finished conversation (docs/export-format.md,
//! "Observation, one per score"): the value in `valueQuantity`, the band and the flags
//! that fired as `interpretation`, `derivedFrom` the QuestionnaireResponse by `fullUrl`.

use super::super::stamp;
use super::model::{
    CodeableConcept, Coding, Entry, Identifier, Meta, Observation, Quantity, Reference, Resource,
};
use super::{BundleKind, FhirSettings, citizen, create_if_new, snomed, uuid};
use crate::engine::Stamp;
use crate::i18n::Texts;
use crate::journal::format::{FlagLine, ScoreLine};
use crate::journal::store::Found;
use crate::script::{Dialogue, Rule, keys};
use crate::wording;

const UCUM: &str = "http://unitsofmeasure.org";
const CATEGORY: &str = "http://terminology.hl7.org/CodeSystem/observation-category";

/// What every Observation of one conversation shares.
pub(super) struct Context<'a> {
    pub found: &'a Found,
    pub texts: &'a Texts,
    pub dialogue: &'a Dialogue,
    pub settings: &'a FhirSettings,
    pub kind: BundleKind,
    pub tag: &'a Coding,
    pub author: Option<&'a Reference>,
    pub response_url: &'a str,
    /// The journal identifier's value, `<pseudonym>/<journal file>`.
    pub journal_value: &'a str,
}

/// The Observations of a conversation that finished `at` with these scores and flags.
pub(super) fn observations(
    context: &Context,
    at: &Stamp,
    scores: &[ScoreLine],
    flags: &[FlagLine],
) -> Vec<Entry> {
    let Context {
        found,
        texts,
        dialogue,
        settings,
        kind,
        tag,
        author,
        response_url,
        journal_value,
    } = *context;
    let mut out = Vec::new();
    let title = wording::title(texts, dialogue);
    for score in scores.iter().filter(|s| s.value.is_finite()) {
        let label = texts.get(&keys::item(&dialogue.id, &score.id), &[]);
        let mut coding = snomed::score_codes(&dialogue.id, &score.id);
        coding.push(Coding::new(
            &settings.code_system(&format!("{}-score", dialogue.id)),
            &score.id,
            Some(label.clone()),
        ));
        let mut interpretation = Vec::new();
        if let Some(band) = &score.band {
            let text = texts.get(&keys::sub_item(&dialogue.id, &score.id, band), &[]);
            interpretation.push(CodeableConcept {
                coding: vec![Coding::new(
                    &settings.code_system(&format!("{}-{}-band", dialogue.id, score.id)),
                    band,
                    Some(text.clone()),
                )],
                text: Some(text),
            });
        }
        for flag in flags {
            let rule = dialogue.flags.iter().find(|f| f.id == flag.id);
            let belongs = match rule.map(|f| &f.rule) {
                Some(Rule::Cut { score: s, .. } | Rule::Change { score: s, .. }) => *s == score.id,
                // A flag on the items concerns every score of the conversation.
                Some(Rule::AnyItem { .. }) | None => true,
            };
            if belongs {
                let text = texts.get(&keys::item(&dialogue.id, &flag.id), &[]);
                interpretation.push(CodeableConcept {
                    coding: vec![Coding::new(
                        &settings.code_system(&format!("{}-flag", dialogue.id)),
                        &flag.id,
                        Some(text.clone()),
                    )],
                    text: Some(text),
                });
            }
        }
        let percent = score.id.contains("percent");
        let observation_id = Identifier {
            system: settings.url("observation"),
            value: format!("{journal_value}/{}", score.id),
        };
        let observation = Observation {
            resource_type: "Observation",
            meta: Meta {
                tag: vec![tag.clone()],
            },
            language: found.journal.header.locale.tag(),
            identifier: vec![observation_id.clone()],
            status: "final",
            category: vec![CodeableConcept {
                coding: vec![Coding::new(CATEGORY, "survey", Some("Survey".to_owned()))],
                text: None,
            }],
            code: CodeableConcept {
                coding,
                text: Some(format!("{title}: {label}")),
            },
            subject: citizen(&found.journal, settings),
            effective_date_time: stamp(at),
            performer: author.into_iter().cloned().collect(),
            value_quantity: Quantity {
                value: score.value,
                unit: Some(if percent { "%" } else { "{score}" }.to_owned()),
                system: Some(UCUM),
                code: Some(if percent { "%" } else { "{score}" }.to_owned()),
            },
            interpretation,
            note: Vec::new(),
            derived_from: vec![Reference {
                reference: Some(response_url.to_owned()),
                ..Reference::default()
            }],
        };
        out.push(Entry {
            full_url: uuid::urn(&format!(
                "{}/Observation/{}",
                observation_id.system, observation_id.value
            )),
            request: (kind == BundleKind::Transaction)
                .then(|| create_if_new("Observation", &observation_id)),
            resource: Resource::Observation(Box::new(observation)),
        });
    }
    out
}
