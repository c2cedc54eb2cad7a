//! An R4 `Questionnaire` from any dialogue script, a trainer's own included
//! (`samtale questionnaire DIALOGUE`), so that a municipality can publish its guides.
//!
//! Items by step kind (docs/export-format.md has the table): a choice is `choice` with
//! an `answerOption` per choice, carrying the R4 `ordinalValue` extension where the choice
//! scores; a scale or a number is `decimal` with the `minValue`/`maxValue` extensions; a
//! short text `string`, a long text `text`; yes/no `boolean`; a repeat group a `group`
//! that `repeats`; a text to read (and a computed value) `display`. A step's help is a
//! `display` item inside it. The items are flat, in the script's order, as the
//! QuestionnaireResponse's are. Conditions become `enableWhen` where FHIR can say them
//! (see [`enable_when`]); texts are in one language with the other beside them through
//! the translation extension.

use super::model::{
    AnswerOption, CodeableConcept, Coding, Element, EnableAnswer, EnableWhen, Extension,
    ExtensionValue, Questionnaire, QuestionnaireItem,
};
use super::{FhirSettings, choice_system, snomed, step_of};
use crate::i18n::{Lang, Texts};
use crate::script::{Cond, Dialogue, Library, Literal, Step, StepKind, keys};
use crate::wording;

const TRANSLATION: &str = "http://hl7.org/fhir/StructureDefinition/translation";
const ORDINAL_VALUE: &str = "http://hl7.org/fhir/StructureDefinition/ordinalValue";
const MIN_VALUE: &str = "http://hl7.org/fhir/StructureDefinition/minValue";
const MAX_VALUE: &str = "http://hl7.org/fhir/StructureDefinition/maxValue";
const ITEM_CONTROL: &str = "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl";
const ITEM_CONTROL_CODES: &str = "http://hl7.org/fhir/questionnaire-item-control";

/// A text in one language, and the same text in the other where it has one.
struct Words<'a> {
    lang: Lang,
    texts: &'a Texts,
    other: &'a Texts,
}

impl Words<'_> {
    /// The translation extension for the text of `key` (or its attribute) in the other
    /// language, when that language has it and it says something else.
    fn translation(&self, key: &str, attribute: Option<&str>, text: &str) -> Option<Element> {
        let other = self.lang.other();
        if !self.texts.has_in(other, key, attribute) {
            return None;
        }
        let translated = match attribute {
            None => self.other.get(key, &[]),
            Some(name) => self.other.attr(key, name, &[])?,
        };
        (translated != text && !translated.is_empty()).then(|| Element {
            extension: vec![Extension {
                url: TRANSLATION.to_owned(),
                extension: vec![
                    Extension::value("lang", ExtensionValue::Code(other.tag().to_owned())),
                    Extension::value("content", ExtensionValue::String(translated)),
                ],
                value: None,
            }],
        })
    }
}

fn pascal(id: &str) -> String {
    id.split('-')
        .map(|part| {
            let mut chars = part.chars();
            match chars.next() {
                Some(first) => first.to_ascii_uppercase().to_string() + chars.as_str(),
                None => String::new(),
            }
        })
        .collect()
}

fn decimal(url: &str, value: f64) -> Extension {
    Extension::value(url, ExtensionValue::Decimal(value))
}

/// The choices of a step as answer options: code the choice id, display its label,
/// `ordinalValue` its points when it scores.
fn answer_options(
    dialogue: &Dialogue,
    step: &Step,
    words: &Words,
    settings: &FhirSettings,
) -> Vec<AnswerOption> {
    let system = choice_system(settings, &dialogue.id, Some(step), &step.id);
    let parent = match &step.kind {
        StepKind::Single {
            choices: crate::script::Choices::Set(set),
        }
        | StepKind::Multi {
            choices: crate::script::Choices::Set(set),
            ..
        } => set.clone(),
        _ => step.id.clone(),
    };
    super::super::choice_list(dialogue, step)
        .unwrap_or_default()
        .iter()
        .map(|choice| {
            let label = wording::choice_label(words.texts, dialogue, step, &choice.id);
            let key = keys::sub_item(&dialogue.id, &parent, &choice.id);
            let mut coding = Coding::new(&system, &choice.id, Some(label.clone()));
            coding.display_element = words.translation(&key, None, &label);
            if let Some(score) = choice.score {
                coding.extension.push(decimal(ORDINAL_VALUE, score));
            }
            AnswerOption {
                value_coding: coding,
            }
        })
        .collect()
}

/// A condition as `enableWhen`, when FHIR can say it: a single comparison, or `All` or
/// `Any` of single comparisons (`enableBehavior` all or any). A comparison is with a
/// choice (`=`/`!=` a coding), a yes/no (`=`/`!=` a boolean), a number or scale (`=`,
/// `!=`, `<`, `<=`, `>`, `>=` a decimal), or whether a step was answered (`exists`).
/// `None` for the rest (a condition inside another `Any`/`All`, `Not` of more than one
/// comparison, a comparison with a computed value): the item is then always enabled,
/// and docs/export-format.md says so.
pub fn enable_when(
    cond: &Cond,
    dialogue: &Dialogue,
    settings: &FhirSettings,
) -> Option<(Vec<EnableWhen>, Option<&'static str>)> {
    let list = |conds: &[Cond], behavior| {
        let whens: Option<Vec<EnableWhen>> = conds
            .iter()
            .map(|c| single(c, dialogue, settings))
            .collect();
        whens.map(|w| {
            let behavior = (w.len() > 1).then_some(behavior);
            (w, behavior)
        })
    };
    match cond {
        Cond::All(conds) => list(conds, "all"),
        Cond::Any(conds) => list(conds, "any"),
        other => single(other, dialogue, settings).map(|w| (vec![w], None)),
    }
}

fn single(cond: &Cond, dialogue: &Dialogue, settings: &FhirSettings) -> Option<EnableWhen> {
    let (step, operator, literal) = match cond {
        Cond::Answered(step) => {
            return Some(EnableWhen {
                question: step.clone(),
                operator: "exists",
                answer: EnableAnswer::Boolean(true),
            });
        }
        Cond::Not(inner) => match inner.as_ref() {
            Cond::Answered(step) => {
                return Some(EnableWhen {
                    question: step.clone(),
                    operator: "exists",
                    answer: EnableAnswer::Boolean(false),
                });
            }
            Cond::Eq(step, literal) => (step, "!=", literal),
            Cond::Ne(step, literal) => (step, "=", literal),
            _ => return None,
        },
        Cond::Eq(step, literal) => (step, "=", literal),
        Cond::Ne(step, literal) => (step, "!=", literal),
        Cond::Lt(step, literal) => (step, "<", literal),
        Cond::Le(step, literal) => (step, "<=", literal),
        Cond::Gt(step, literal) => (step, ">", literal),
        Cond::Ge(step, literal) => (step, ">=", literal),
        Cond::Any(_) | Cond::All(_) => return None,
    };
    let target = step_of(dialogue, step)?;
    let equality = matches!(operator, "=" | "!=");
    let answer = match (&target.kind, literal) {
        (StepKind::Single { .. } | StepKind::Multi { .. }, Literal::Text(id)) if equality => {
            EnableAnswer::Coding(Coding::new(
                &choice_system(settings, &dialogue.id, Some(target), &target.id),
                id,
                None,
            ))
        }
        (StepKind::YesNo, Literal::Bool(yes)) if equality => EnableAnswer::Boolean(*yes),
        (StepKind::Number { .. } | StepKind::Scale { .. }, Literal::Number(n)) => {
            EnableAnswer::Decimal(*n)
        }
        _ => return None,
    };
    Some(EnableWhen {
        question: step.clone(),
        operator,
        answer,
    })
}

fn item(
    dialogue: &Dialogue,
    step: &Step,
    words: &Words,
    settings: &FhirSettings,
) -> QuestionnaireItem {
    let key = keys::item(&dialogue.id, &step.id);
    let text = wording::question(words.texts, dialogue, step, None);
    let mut item = QuestionnaireItem {
        link_id: step.id.clone(),
        code: snomed::item_codes(&dialogue.id, &step.id),
        text_element: words.translation(&key, None, &text),
        text: (!text.is_empty()).then_some(text),
        kind: "display",
        required: step.required.then_some(true),
        ..QuestionnaireItem::default()
    };
    match &step.kind {
        StepKind::Info { .. } | StepKind::Computed { .. } => item.required = None,
        StepKind::ShortText { max_len, .. } => {
            item.kind = "string";
            item.max_length = max_len.and_then(|n| u32::try_from(n).ok());
        }
        StepKind::LongText { max_len } => {
            item.kind = "text";
            item.max_length = max_len.and_then(|n| u32::try_from(n).ok());
        }
        StepKind::Number { min, max, .. } => {
            item.kind = "decimal";
            item.extension.extend(min.map(|v| decimal(MIN_VALUE, v)));
            item.extension.extend(max.map(|v| decimal(MAX_VALUE, v)));
        }
        StepKind::Scale { min, max, .. } => {
            item.kind = "decimal";
            item.extension.push(decimal(MIN_VALUE, *min));
            item.extension.push(decimal(MAX_VALUE, *max));
        }
        StepKind::Single { .. } => {
            item.kind = "choice";
            item.answer_option = answer_options(dialogue, step, words, settings);
        }
        StepKind::Multi { .. } => {
            item.kind = "choice";
            item.repeats = Some(true);
            item.answer_option = answer_options(dialogue, step, words, settings);
        }
        StepKind::YesNo => item.kind = "boolean",
        StepKind::Repeat { fields, .. } => {
            item.kind = "group";
            item.repeats = Some(true);
            for field in fields {
                let key = keys::sub_item(&dialogue.id, &step.id, &field.id);
                let label = wording::field_label(words.texts, dialogue, step, &field.id);
                item.item.push(QuestionnaireItem {
                    link_id: format!("{}.{}", step.id, field.id),
                    text_element: words.translation(&key, None, &label),
                    text: Some(label),
                    kind: "string",
                    required: field.required.then_some(true),
                    max_length: field.max_len.and_then(|n| u32::try_from(n).ok()),
                    ..QuestionnaireItem::default()
                });
            }
        }
    }
    if let Some(when) = &step.when
        && let Some((whens, behavior)) = enable_when(when, dialogue, settings)
    {
        item.enable_when = whens;
        item.enable_behavior = behavior;
    }
    if let Some(help) = wording::attribute(words.texts, dialogue, step, keys::HELP) {
        item.item.push(QuestionnaireItem {
            extension: vec![Extension::value(
                ITEM_CONTROL,
                ExtensionValue::CodeableConcept(CodeableConcept {
                    coding: vec![Coding::new(
                        ITEM_CONTROL_CODES,
                        "help",
                        Some("Help-Button".to_owned()),
                    )],
                    text: None,
                }),
            )],
            link_id: format!("{}.help", step.id),
            text_element: words.translation(&key, Some(keys::HELP), &help),
            text: Some(help),
            kind: "display",
            ..QuestionnaireItem::default()
        });
    }
    item
}

/// The Questionnaire of a dialogue, its texts in `lang` with the other language beside.
pub fn build(
    dialogue: &Dialogue,
    library: &Library,
    lang: Lang,
    settings: &FhirSettings,
) -> Questionnaire {
    let texts = library.texts(lang);
    let other = library.texts(lang.other());
    let words = Words {
        lang,
        texts: &texts,
        other: &other,
    };
    let title = wording::title(&texts, dialogue);
    let description_key = keys::description(&dialogue.id);
    let description = texts
        .has_in(lang, &description_key, None)
        .then(|| wording::description(&texts, dialogue))
        .filter(|d| !d.is_empty());
    let mut items = Vec::new();
    for section in &dialogue.sections {
        let key = keys::item(&dialogue.id, &section.id);
        if texts.has_in(lang, &key, None) || texts.has_in(lang.other(), &key, None) {
            let heading = wording::section(&texts, dialogue, &section.id);
            items.push(QuestionnaireItem {
                link_id: format!("section.{}", section.id),
                text_element: words.translation(&key, None, &heading),
                text: Some(heading),
                kind: "display",
                ..QuestionnaireItem::default()
            });
        }
        for step in &section.steps {
            items.push(item(dialogue, step, &words, settings));
        }
    }
    Questionnaire {
        resource_type: "Questionnaire",
        id: format!("{}-v{}", dialogue.id, dialogue.version),
        language: lang.tag(),
        url: settings.questionnaire(&dialogue.id),
        version: dialogue.version.to_string(),
        name: format!("Samtale{}", pascal(&dialogue.id)),
        title_element: words.translation(&keys::title(&dialogue.id), None, &title),
        title,
        status: "active",
        description,
        copyright: (!dialogue.licence.is_empty()).then(|| dialogue.licence.clone()),
        code: snomed::questionnaire_codes(&dialogue.id),
        item: items,
    }
}

/// `samtale questionnaire DIALOGUE`: the dialogue's Questionnaire as FHIR JSON, or
/// `None` if the library has no such dialogue.
pub fn questionnaire(
    dialogue: &str,
    library: &Library,
    lang: Lang,
    settings: &FhirSettings,
) -> Option<String> {
    let script = library.get(dialogue)?;
    let resource = build(&script.dialogue, library, lang, settings);
    // Serialising these structs cannot fail: every key is a string.
    serde_json::to_string_pretty(&resource)
        .ok()
        .map(|text| text + "\n")
}
