//! The parts of FHIR R4 that samtale writes, as serde structs: only the elements it
//! fills, each named as in the specification (http://hl7.org/fhir/R4/). Empty lists and
//! absent values are left out, as FHIR JSON requires. docs/architecture.md says why these
//! are samtale's own structs and not a FHIR model crate's.

use serde::Serialize;

fn no(list: &[impl Sized]) -> bool {
    list.is_empty()
}

#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Coding {
    #[serde(skip_serializing_if = "no")]
    pub extension: Vec<Extension>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub system: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub display: Option<String>,
    /// The display's translations.
    #[serde(rename = "_display", skip_serializing_if = "Option::is_none")]
    pub display_element: Option<Element>,
}

impl Coding {
    pub fn new(system: &str, code: &str, display: Option<String>) -> Coding {
        Coding {
            system: Some(system.to_owned()),
            code: Some(code.to_owned()),
            display: display.filter(|d| !d.is_empty()),
            ..Coding::default()
        }
    }
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct CodeableConcept {
    #[serde(skip_serializing_if = "no")]
    pub coding: Vec<Coding>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Identifier {
    pub system: String,
    pub value: String,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Reference {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub kind: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub identifier: Option<Identifier>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub display: Option<String>,
}

/// An extension: nested extensions, or one value.
#[derive(Debug, Clone, Serialize)]
pub struct Extension {
    pub url: String,
    #[serde(skip_serializing_if = "no")]
    pub extension: Vec<Extension>,
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    pub value: Option<ExtensionValue>,
}

impl Extension {
    pub fn value(url: &str, value: ExtensionValue) -> Extension {
        Extension {
            url: url.to_owned(),
            extension: Vec::new(),
            value: Some(value),
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub enum ExtensionValue {
    #[serde(rename = "valueCode")]
    Code(String),
    #[serde(rename = "valueString")]
    String(String),
    #[serde(rename = "valueDecimal")]
    Decimal(f64),
    #[serde(rename = "valueCodeableConcept")]
    CodeableConcept(CodeableConcept),
}

/// The extensions of a primitive value (`_text`, `_title`, `_display`).
#[derive(Debug, Clone, Serialize)]
pub struct Element {
    pub extension: Vec<Extension>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Meta {
    pub tag: Vec<Coding>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Annotation {
    pub text: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Quantity {
    pub value: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub system: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
}

// ---------------------------------------------------------------------------------------
// Questionnaire
// ---------------------------------------------------------------------------------------

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Questionnaire {
    pub resource_type: &'static str,
    pub id: String,
    pub language: &'static str,
    pub url: String,
    pub version: String,
    pub name: String,
    pub title: String,
    #[serde(rename = "_title", skip_serializing_if = "Option::is_none")]
    pub title_element: Option<Element>,
    pub status: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub copyright: Option<String>,
    #[serde(skip_serializing_if = "no")]
    pub code: Vec<Coding>,
    pub item: Vec<QuestionnaireItem>,
}

#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct QuestionnaireItem {
    #[serde(skip_serializing_if = "no")]
    pub extension: Vec<Extension>,
    pub link_id: String,
    #[serde(skip_serializing_if = "no")]
    pub code: Vec<Coding>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    #[serde(rename = "_text", skip_serializing_if = "Option::is_none")]
    pub text_element: Option<Element>,
    #[serde(rename = "type")]
    pub kind: &'static str,
    #[serde(skip_serializing_if = "no")]
    pub enable_when: Vec<EnableWhen>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enable_behavior: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub required: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub repeats: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_length: Option<u32>,
    #[serde(skip_serializing_if = "no")]
    pub answer_option: Vec<AnswerOption>,
    #[serde(skip_serializing_if = "no")]
    pub item: Vec<QuestionnaireItem>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AnswerOption {
    pub value_coding: Coding,
}

#[derive(Debug, Clone, Serialize)]
pub struct EnableWhen {
    pub question: String,
    pub operator: &'static str,
    #[serde(flatten)]
    pub answer: EnableAnswer,
}

#[derive(Debug, Clone, Serialize)]
pub enum EnableAnswer {
    #[serde(rename = "answerBoolean")]
    Boolean(bool),
    #[serde(rename = "answerDecimal")]
    Decimal(f64),
    #[serde(rename = "answerCoding")]
    Coding(Coding),
}

// ---------------------------------------------------------------------------------------
// QuestionnaireResponse
// ---------------------------------------------------------------------------------------

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct QuestionnaireResponse {
    pub resource_type: &'static str,
    pub meta: Meta,
    pub language: &'static str,
    pub extension: Vec<Extension>,
    pub identifier: Identifier,
    pub questionnaire: String,
    pub status: &'static str,
    pub subject: Reference,
    pub authored: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub author: Option<Reference>,
    pub source: Reference,
    #[serde(skip_serializing_if = "no")]
    pub item: Vec<ResponseItem>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ResponseItem {
    pub link_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    #[serde(skip_serializing_if = "no")]
    pub answer: Vec<ResponseAnswer>,
    #[serde(skip_serializing_if = "no")]
    pub item: Vec<ResponseItem>,
}

#[derive(Debug, Clone, Serialize)]
pub enum ResponseAnswer {
    #[serde(rename = "valueDecimal")]
    Decimal(f64),
    #[serde(rename = "valueString")]
    String(String),
    #[serde(rename = "valueBoolean")]
    Boolean(bool),
    #[serde(rename = "valueCoding")]
    Coding(Coding),
}

// ---------------------------------------------------------------------------------------
// Observation
// ---------------------------------------------------------------------------------------

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Observation {
    pub resource_type: &'static str,
    pub meta: Meta,
    pub language: &'static str,
    pub identifier: Vec<Identifier>,
    pub status: &'static str,
    pub category: Vec<CodeableConcept>,
    pub code: CodeableConcept,
    pub subject: Reference,
    pub effective_date_time: String,
    #[serde(skip_serializing_if = "no")]
    pub performer: Vec<Reference>,
    pub value_quantity: Quantity,
    #[serde(skip_serializing_if = "no")]
    pub interpretation: Vec<CodeableConcept>,
    #[serde(skip_serializing_if = "no")]
    pub note: Vec<Annotation>,
    pub derived_from: Vec<Reference>,
}

// ---------------------------------------------------------------------------------------
// Bundle
// ---------------------------------------------------------------------------------------

/// One resource of any kind samtale writes.
#[derive(Debug, Clone, Serialize)]
#[serde(untagged)]
pub enum Resource {
    Questionnaire(Box<Questionnaire>),
    Response(Box<QuestionnaireResponse>),
    Observation(Box<Observation>),
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Entry {
    pub full_url: String,
    pub resource: Resource,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request: Option<Request>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Request {
    pub method: &'static str,
    pub url: &'static str,
    pub if_none_exist: String,
}
