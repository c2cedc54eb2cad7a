//! HL7 FHIR R4 (docs/export-format.md, "FHIR"): a `Bundle` of type `collection`, or of
//! type `transaction` for a server (`--bundle transaction`), holding for every
//! conversation a `QuestionnaireResponse` and an `Observation` per score, and a
//! `Questionnaire` per dialogue version used ([`questionnaire`] makes one from any script).
//!
//! Every URL is under the configured `fhir_base` ([`FhirSettings`]); every `fullUrl` is
//! a name-based `urn:uuid:` from the journal's identity, so exporting the same journals
//! twice gives the same bytes. SNOMED CT codes are used only where KL's guide
//! (hl7dk/KL-dk-tools) gives them: see [`snomed`].

pub mod model;
mod observation;
pub mod questionnaire;
pub mod snomed;
pub mod uuid;

use std::collections::BTreeSet;

use model::{
    Coding, Entry, Extension, ExtensionValue, Identifier, Meta, QuestionnaireResponse, Reference,
    Request, Resource, ResponseAnswer, ResponseItem,
};
pub use questionnaire::questionnaire;

use super::{Row, file_name, finished_at, rows, stamp, status};
use crate::engine::{Answer, Stamp, Value};
use crate::i18n::{Lang, Texts};
use crate::journal::format::{Block, Journal, Mode};
use crate::journal::store::Found;
use crate::script::{Consent, Dialogue, Library, Step};
use crate::wording;

/// The base URL when config.ron sets none: a name reserved for examples (RFC 2606), so
/// that nobody mistakes it for a real server. `samtale export --format fhir` says so.
pub const LOCAL_BASE: &str = "https://samtale.example";

/// Where the FHIR export names things: `fhir_base` and `pseudonym_system` in config.ron.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FhirSettings {
    /// Questionnaires, code systems, journals and pseudonyms are named under it.
    pub base: String,
    /// The identifier system of pseudonyms; `<base>/pseudonym` when not set.
    pub pseudonym_system: Option<String>,
}

impl Default for FhirSettings {
    fn default() -> FhirSettings {
        FhirSettings {
            base: LOCAL_BASE.to_owned(),
            pseudonym_system: None,
        }
    }
}

impl FhirSettings {
    pub fn new(base: Option<&str>, pseudonym_system: Option<&str>) -> FhirSettings {
        FhirSettings {
            base: base
                .map(|b| b.trim_end_matches('/').to_owned())
                .unwrap_or_else(|| LOCAL_BASE.to_owned()),
            pseudonym_system: pseudonym_system.map(str::to_owned),
        }
    }

    fn url(&self, path: &str) -> String {
        format!("{}/{path}", self.base)
    }

    pub fn pseudonym(&self) -> String {
        self.pseudonym_system
            .clone()
            .unwrap_or_else(|| self.url("pseudonym"))
    }

    pub fn questionnaire(&self, dialogue: &str) -> String {
        self.url(&format!("Questionnaire/{dialogue}"))
    }

    pub fn code_system(&self, name: &str) -> String {
        self.url(&format!("CodeSystem/{name}"))
    }
}

/// The Bundle's type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum BundleKind {
    /// A set of resources to read (the default).
    #[default]
    Collection,
    /// For a server: every entry a conditional create, so sending it twice adds nothing.
    Transaction,
}

impl BundleKind {
    pub fn from_tag(tag: &str) -> Option<BundleKind> {
        match tag {
            "collection" => Some(BundleKind::Collection),
            "transaction" => Some(BundleKind::Transaction),
            _ => None,
        }
    }

    fn tag(self) -> &'static str {
        match self {
            BundleKind::Collection => "collection",
            BundleKind::Transaction => "transaction",
        }
    }
}

/// The Bundle's opening, up to its first entry: the export streams its entries. The
/// `entry` array opens with the first entry ([`before_entry`]): FHIR allows no empty
/// array, so a Bundle with nothing to send has no `entry` at all.
pub(crate) fn start(kind: BundleKind) -> String {
    format!("{{\"resourceType\":\"Bundle\",\"type\":\"{}\"", kind.tag())
}

/// What goes before an entry: the opening of the `entry` array before the first.
pub(crate) fn before_entry(entries_so_far: usize) -> &'static str {
    if entries_so_far == 0 {
        ",\"entry\":[\n"
    } else {
        ",\n"
    }
}

/// The Bundle's end, after this many entries.
pub(crate) fn end(entries: usize) -> &'static str {
    if entries == 0 { "}\n" } else { "\n]}\n" }
}

/// The words of the dialogues, built once per language when first needed.
pub(crate) struct Labels<'a> {
    pub library: &'a Library,
    texts: Vec<(Lang, Texts)>,
}

impl<'a> Labels<'a> {
    pub fn new(library: &'a Library) -> Labels<'a> {
        Labels {
            library,
            texts: Vec::new(),
        }
    }

    fn texts(&mut self, lang: Lang) -> &Texts {
        if !self.texts.iter().any(|(l, _)| *l == lang) {
            self.texts.push((lang, self.library.texts(lang)));
        }
        let index = self.texts.iter().position(|(l, _)| *l == lang).unwrap_or(0);
        &self.texts[index].1
    }

    /// The dialogue as the library has it, with the texts of `lang`.
    fn dialogue(&mut self, lang: Lang, dialogue: &str) -> Option<(&Texts, &'a Dialogue)> {
        let library = self.library;
        let script = library.get(dialogue)?;
        Some((self.texts(lang), &script.dialogue))
    }
}

fn step_of<'a>(dialogue: &'a Dialogue, step: &str) -> Option<&'a Step> {
    crate::engine::flow::steps(dialogue)
        .into_iter()
        .find(|(_, s)| s.id == step)
        .map(|(_, s)| s)
}

/// The code system of a step's choices: named after the choice set, or the step.
pub(crate) fn choice_system(
    settings: &FhirSettings,
    dialogue: &str,
    step: Option<&Step>,
    step_id: &str,
) -> String {
    use crate::script::{Choices, StepKind};
    let parent = match step.map(|s| &s.kind) {
        Some(
            StepKind::Single {
                choices: Choices::Set(set),
            }
            | StepKind::Multi {
                choices: Choices::Set(set),
                ..
            },
        ) => set.as_str(),
        _ => step_id,
    };
    settings.code_system(&format!("{dialogue}-{parent}"))
}

/// One response item: `answer` for a value, the item once per entry of a repeat group.
fn response_items(
    row: &Row,
    dialogue: &str,
    lang: Lang,
    labels: &mut Labels,
    settings: &FhirSettings,
) -> Vec<ResponseItem> {
    let known = labels.dialogue(lang, dialogue);
    let step = known.and_then(|(_, d)| step_of(d, row.step));
    let item = |link: String, text: &str, answer: Vec<ResponseAnswer>| ResponseItem {
        link_id: link,
        text: (!text.is_empty()).then(|| text.to_owned()),
        answer,
        item: Vec::new(),
    };
    let Answer::Given(value) = row.answer else {
        return vec![item(row.step.to_owned(), row.question, Vec::new())];
    };
    let answers = match value {
        Value::Entries(entries) => {
            // A repeating group: the item once per entry, its fields as nested items.
            let mut groups = Vec::new();
            for entry in entries {
                let mut group = item(row.step.to_owned(), row.question, Vec::new());
                for (field, text) in &entry.fields {
                    let label = match (known, step) {
                        (Some((texts, d)), Some(step)) => {
                            wording::field_label(texts, d, step, field)
                        }
                        _ => field.clone(),
                    };
                    let answer = if text.is_empty() {
                        Vec::new()
                    } else {
                        vec![ResponseAnswer::String(text.clone())]
                    };
                    group
                        .item
                        .push(item(format!("{}.{field}", row.step), &label, answer));
                }
                groups.push(group);
            }
            if groups.is_empty() {
                groups.push(item(row.step.to_owned(), row.question, Vec::new()));
            }
            return groups;
        }
        Value::Number(n) if n.is_finite() => vec![ResponseAnswer::Decimal(*n)],
        Value::Number(_) => Vec::new(),
        Value::Text(text) if text.is_empty() => Vec::new(),
        Value::Text(text) => vec![ResponseAnswer::String(text.clone())],
        Value::YesNo(yes) => vec![ResponseAnswer::Boolean(*yes)],
        Value::Choice(id) => {
            let system = choice_system(settings, dialogue, step, row.step);
            // The label exactly as it was shown.
            vec![ResponseAnswer::Coding(Coding::new(
                &system,
                id,
                Some(row.shown.to_owned()),
            ))]
        }
        Value::Choices(ids) => {
            let system = choice_system(settings, dialogue, step, row.step);
            ids.iter()
                .map(|id| {
                    let display = match (known, step) {
                        (Some((texts, d)), Some(step)) => {
                            Some(wording::choice_label(texts, d, step, id))
                        }
                        _ => None,
                    };
                    ResponseAnswer::Coding(Coding::new(&system, id, display))
                })
                .collect()
        }
    };
    vec![item(row.step.to_owned(), row.question, answers)]
}

/// When the answers were gathered: when the conversation finished, or else when it was
/// last answered (or paused, or resumed), or else when it started.
fn authored(journal: &Journal) -> &Stamp {
    if let Some(at) = finished_at(journal) {
        return at;
    }
    journal
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Answer { at, .. }
            | Block::Paused { at }
            | Block::Draft { at, .. }
            | Block::Resumed { at }
            | Block::Revision { at, .. }
            | Block::Changes { at, .. } => Some(at),
            // Seeing a kiosk conversation gathers no answer.
            Block::Finished { .. } | Block::Seen { .. } | Block::SubGoal { .. } => None,
        })
        .max()
        .unwrap_or(&journal.header.started)
}

/// The citizen, by pseudonym only.
fn citizen(journal: &Journal, settings: &FhirSettings) -> Reference {
    Reference {
        kind: Some("Patient"),
        identifier: Some(Identifier {
            system: settings.pseudonym(),
            value: journal.header.participant.clone(),
        }),
        ..Reference::default()
    }
}

/// Who entered the answers: the facilitator when one was recorded; the citizen in self
/// mode and at the kiosk; nobody known otherwise.
fn author(journal: &Journal, settings: &FhirSettings) -> Option<Reference> {
    let header = &journal.header;
    if header.mode == Mode::SelfGuided || header.entered.is_some() {
        return Some(citizen(journal, settings));
    }
    header.facilitator.as_ref().map(|name| Reference {
        kind: Some("Practitioner"),
        identifier: Some(Identifier {
            system: settings.url("facilitator"),
            value: name.clone(),
        }),
        display: Some(name.clone()),
        ..Reference::default()
    })
}

/// The journal's identifier: participant and file, under `<base>/journal`.
fn journal_identifier(found: &Found, settings: &FhirSettings) -> Identifier {
    Identifier {
        system: settings.url("journal"),
        value: format!(
            "{}/{}",
            found.journal.header.participant,
            file_name(&found.path)
        ),
    }
}

/// A conditional create: POST, unless a resource with this identifier is there.
fn create_if_new(url: &'static str, identifier: &Identifier) -> Request {
    Request {
        method: "POST",
        url,
        if_none_exist: format!(
            "identifier={}|{}",
            uuid::query_value(&identifier.system),
            uuid::query_value(&identifier.value)
        ),
    }
}

fn consent_tag(journal: &Journal, library: &Library, settings: &FhirSettings) -> Coding {
    let (code, display) = match super::consent(journal, library) {
        Consent::NotAsked => ("consent-not-asked", "The dialogue asks no consent to share"),
        _ => ("shared-by-consent", "Shared with the citizen's consent"),
    };
    Coding::new(
        &settings.code_system("export"),
        code,
        Some(display.to_owned()),
    )
}

fn mode_extensions(journal: &Journal, settings: &FhirSettings) -> Vec<Extension> {
    let mut extensions = vec![Extension::value(
        &settings.url("StructureDefinition/mode"),
        ExtensionValue::Code(journal.header.mode.tag().to_owned()),
    )];
    if journal.header.entered.is_some() {
        extensions.push(Extension::value(
            &settings.url("StructureDefinition/entered"),
            ExtensionValue::Code("kiosk".to_owned()),
        ));
    }
    extensions
}

/// A conversation's resources: its QuestionnaireResponse, then an Observation per score.
pub(crate) fn resources(
    found: &Found,
    labels: &mut Labels,
    settings: &FhirSettings,
    kind: BundleKind,
) -> (Vec<Entry>, usize) {
    let journal = &found.journal;
    let header = &journal.header;
    let identifier = journal_identifier(found, settings);
    let response_url = uuid::urn(&format!(
        "{}/QuestionnaireResponse/{}",
        identifier.system, identifier.value
    ));
    let answered: Vec<Row> = rows(journal).into_iter().filter(|r| !r.set_aside).collect();
    let mut items = Vec::new();
    for row in &answered {
        items.extend(response_items(
            row,
            &header.dialogue,
            header.locale,
            labels,
            settings,
        ));
    }
    let tag = consent_tag(journal, labels.library, settings);
    let author = author(journal, settings);
    let response = QuestionnaireResponse {
        resource_type: "QuestionnaireResponse",
        meta: Meta {
            tag: vec![tag.clone()],
        },
        language: header.locale.tag(),
        extension: mode_extensions(journal, settings),
        identifier: identifier.clone(),
        questionnaire: format!(
            "{}|{}",
            settings.questionnaire(&header.dialogue),
            header.dialogue_version
        ),
        status: status(journal),
        subject: citizen(journal, settings),
        authored: stamp(authored(journal)),
        author: author.clone(),
        source: citizen(journal, settings),
        item: items,
    };
    let request = |url, identifier: &Identifier| {
        (kind == BundleKind::Transaction).then(|| create_if_new(url, identifier))
    };
    let mut entries = vec![Entry {
        full_url: response_url.clone(),
        request: request("QuestionnaireResponse", &identifier),
        resource: Resource::Response(Box::new(response)),
    }];
    if let Some(Block::Finished {
        at, scores, flags, ..
    }) = journal.finished()
        && let Some((texts, dialogue)) = labels.dialogue(header.locale, &header.dialogue)
    {
        let context = observation::Context {
            found,
            texts,
            dialogue,
            settings,
            kind,
            tag: &tag,
            author: author.as_ref(),
            response_url: &response_url,
            journal_value: &identifier.value,
        };
        entries.extend(observation::observations(&context, at, scores, flags));
    }
    (entries, answered.len())
}

fn entry_text(entry: &Entry) -> String {
    // Serialising these structs to a string cannot fail: every key is a string.
    serde_json::to_string(entry).unwrap_or_default()
}

/// One conversation's entries as a chunk of the Bundle, and how many answers it holds.
pub(crate) fn entries(
    found: &Found,
    labels: &mut Labels,
    settings: &FhirSettings,
    kind: BundleKind,
) -> (String, usize) {
    let (entries, answers) = resources(found, labels, settings, kind);
    let text: Vec<String> = entries.iter().map(entry_text).collect();
    (text.join(",\n"), answers)
}

/// A Questionnaire entry for every dialogue version used that the library still has
/// (an older version's Questionnaire cannot be made from today's script: its responses
/// name it by its canonical URL and version only).
pub(crate) fn questionnaire_entries(
    used: &BTreeSet<(String, u32)>,
    library: &Library,
    lang: Lang,
    settings: &FhirSettings,
    kind: BundleKind,
) -> Vec<String> {
    let mut out = Vec::new();
    for (dialogue, version) in used {
        let Some(script) = library.get(dialogue) else {
            continue;
        };
        if script.dialogue.version != *version {
            continue;
        }
        let resource = questionnaire::build(&script.dialogue, library, lang, settings);
        let request = (kind == BundleKind::Transaction).then(|| Request {
            method: "POST",
            url: "Questionnaire",
            if_none_exist: format!(
                "url={}&version={}",
                uuid::query_value(&resource.url),
                uuid::query_value(&resource.version)
            ),
        });
        out.push(entry_text(&Entry {
            full_url: uuid::urn(&format!("{}|{}", resource.url, resource.version)),
            resource: Resource::Questionnaire(Box::new(resource)),
            request,
        }));
    }
    out
}

/// A `collection` Bundle of these journals, under the local default base.
pub fn fhir(journals: &[Found], dialogues: &Library) -> String {
    fhir_with(
        journals,
        dialogues,
        Lang::En,
        &FhirSettings::default(),
        BundleKind::Collection,
    )
}

/// A Bundle of these journals as `samtale export --format fhir` writes it: each
/// journal's entries, then the Questionnaires (in `lang`) of the dialogue versions used.
pub fn fhir_with(
    journals: &[Found],
    dialogues: &Library,
    lang: Lang,
    settings: &FhirSettings,
    kind: BundleKind,
) -> String {
    let mut labels = Labels::new(dialogues);
    let mut out = start(kind);
    let mut used = BTreeSet::new();
    let mut count = 0;
    for found in journals {
        out.push_str(before_entry(count));
        count += 1;
        out.push_str(&entries(found, &mut labels, settings, kind).0);
        let header = &found.journal.header;
        used.insert((header.dialogue.clone(), header.dialogue_version));
    }
    for entry in questionnaire_entries(&used, dialogues, lang, settings, kind) {
        out.push_str(before_entry(count));
        count += 1;
        out.push_str(&entry);
    }
    out.push_str(end(count));
    out
}
