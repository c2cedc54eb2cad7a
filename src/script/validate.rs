//! The checks a script must pass beyond its RON shape: ids, references, types of
//! conditions, reachability, and a Fluent message for everything a person will see.
//!
//! Each problem is placed at the id or reference it is about, found in the source text,
//! since RON gives positions only for its own errors.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;

use super::keys;
use super::model::*;
use crate::i18n::{Lang, Texts};
use crate::problem::{Problem, Severity, line_column};

/// Ids that name something else already.
const RESERVED: [&str; 5] = ["title", "description", "result", "end", "pause"];

pub fn validate(
    path: &Path,
    source: &str,
    dialogue: &Dialogue,
    texts: Option<&Texts>,
    langs: &[Lang],
) -> Vec<Problem> {
    let mut check = Checker {
        path,
        locate: Locator::new(source),
        dialogue,
        problems: Vec::new(),
    };
    check.names();
    check.steps();
    check.scores_and_flags();
    check.reachability();
    check.keys_are_distinct();
    if let Some(texts) = texts {
        check.messages(texts, langs);
    }
    check.problems
}

/// What a step's answer can be compared as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ValueType {
    Number,
    Choice,
    YesNo,
    Other,
}

struct Checker<'a> {
    path: &'a Path,
    locate: Locator<'a>,
    dialogue: &'a Dialogue,
    problems: Vec<Problem>,
}

impl<'a> Checker<'a> {
    fn report(&mut self, offset: usize, key: &'static str, args: Vec<(&'static str, String)>) {
        self.report_as(Severity::Error, offset, key, args);
    }

    fn report_as(
        &mut self,
        severity: Severity,
        offset: usize,
        key: &'static str,
        args: Vec<(&'static str, String)>,
    ) {
        let (line, column) = line_column(self.locate.text, offset);
        self.problems
            .push(Problem::new(self.path, line, column, severity, key, args));
    }

    fn steps_in_order(&self) -> impl Iterator<Item = (usize, &'a Step)> + 'a {
        self.dialogue
            .sections
            .iter()
            .flat_map(|s| s.steps.iter())
            .enumerate()
    }

    fn step_offset(&self, id: &str) -> usize {
        self.locate.id(id, 0).unwrap_or(0)
    }

    fn names(&mut self) {
        let d = self.dialogue;
        let dialogue_at = self.locate.id(&d.id, 0).unwrap_or(0);
        if !is_valid_id(&d.id) {
            self.report(dialogue_at, "check-bad-id", vec![("id", d.id.clone())]);
        }
        let stem = self
            .path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned());
        if stem.as_deref().is_some_and(|stem| stem != d.id) {
            self.report(
                dialogue_at,
                "check-id-not-file-name",
                vec![("id", d.id.clone()), ("stem", stem.unwrap_or_default())],
            );
        }
        if d.version == 0 {
            let at = self.locate.field("version").unwrap_or(0);
            self.report(at, "check-version-zero", vec![]);
        }
        if d.sections.is_empty() {
            let at = self.locate.field("sections").unwrap_or(0);
            self.report(at, "check-no-sections", vec![]);
        }

        // Sections, steps, scores, flags and choice sets share one namespace: their
        // messages all sit directly under the dialogue's.
        let mut seen: HashMap<&str, usize> = HashMap::new();
        let mut names: Vec<&str> = Vec::new();
        for section in &d.sections {
            names.push(&section.id);
            names.extend(section.steps.iter().map(|s| s.id.as_str()));
        }
        names.extend(d.scores.iter().map(|s| s.id.as_str()));
        names.extend(d.flags.iter().map(|f| f.id.as_str()));
        names.extend(d.choice_sets.keys().map(String::as_str));
        for name in names {
            let nth = seen.entry(name).or_insert(0);
            let at = self.locate.id(name, *nth).unwrap_or(0);
            *nth += 1;
            if *nth == 2 {
                let first = self.locate.id(name, 0).unwrap_or(0);
                let (line, _) = line_column(self.locate.text, first);
                self.report(
                    at,
                    "check-duplicate-id",
                    vec![("id", name.to_owned()), ("line", line.to_string())],
                );
            }
            if !is_valid_id(name) {
                self.report(at, "check-bad-id", vec![("id", name.to_owned())]);
            } else if RESERVED.contains(&name) {
                self.report(at, "check-reserved-id", vec![("id", name.to_owned())]);
            }
        }
        for section in &d.sections {
            if section.steps.is_empty() {
                let at = self.step_offset(&section.id);
                self.report(at, "check-empty-section", vec![("id", section.id.clone())]);
            }
        }
    }

    fn value_type(&self, step: &Step) -> ValueType {
        match &step.kind {
            StepKind::Number { .. } | StepKind::Scale { .. } | StepKind::Computed { .. } => {
                ValueType::Number
            }
            // Scored single choices also order by their score (see `is_numeric`).
            StepKind::Single { .. } | StepKind::Multi { .. } => ValueType::Choice,
            StepKind::YesNo => ValueType::YesNo,
            _ => ValueType::Other,
        }
    }

    fn is_numeric(&self, step: &Step) -> bool {
        match &step.kind {
            StepKind::Number { .. } | StepKind::Scale { .. } | StepKind::Computed { .. } => true,
            StepKind::Single { choices } => self
                .choices(choices)
                .is_some_and(|list| !list.is_empty() && list.iter().all(|c| c.score.is_some())),
            _ => false,
        }
    }

    fn choices(&self, choices: &'a Choices) -> Option<&'a Vec<Choice>> {
        match choices {
            Choices::List(list) => Some(list),
            Choices::Set(name) => self.dialogue.choice_sets.get(name),
        }
    }

    fn steps(&mut self) {
        let order: HashMap<&str, usize> = self
            .steps_in_order()
            .map(|(i, s)| (s.id.as_str(), i))
            .collect();
        let section_first: HashMap<&str, usize> = {
            let mut first = HashMap::new();
            let mut index = 0;
            for section in &self.dialogue.sections {
                first.insert(section.id.as_str(), index);
                index += section.steps.len();
            }
            first
        };
        let steps: Vec<(usize, &Step)> = self.steps_in_order().collect();
        for (index, step) in steps {
            let at = self.step_offset(&step.id);
            self.kind(step, at, index, &order);
            if let Some(cond) = &step.when {
                self.condition(cond, at, index, &order);
            }
            for jump in &step.jumps {
                if let Some(cond) = &jump.when {
                    self.condition(cond, at, index + 1, &order);
                }
                let target = jump.to.as_str();
                let target_index = if target == "end" || target == "pause" {
                    Some(usize::MAX)
                } else {
                    order
                        .get(target)
                        .or_else(|| section_first.get(target))
                        .copied()
                };
                let target_at = self.locate.string_after(target, at).unwrap_or(at);
                match target_index {
                    None => self.report(
                        target_at,
                        "check-unknown-jump",
                        vec![("step", step.id.clone()), ("target", target.to_owned())],
                    ),
                    Some(t) if t <= index => self.report(
                        target_at,
                        "check-backward-jump",
                        vec![("step", step.id.clone()), ("target", target.to_owned())],
                    ),
                    Some(_) => {}
                }
            }
        }
        for (name, set) in &self.dialogue.choice_sets {
            if set.is_empty() {
                let at = self.locate.string_after(name, 0).unwrap_or(0);
                self.report(at, "check-no-choices", vec![("step", name.clone())]);
            }
            self.choice_ids(set, self.locate.string_after(name, 0).unwrap_or(0));
        }
    }

    fn choice_ids(&mut self, choices: &[Choice], from: usize) {
        let mut seen = HashSet::new();
        for choice in choices {
            let at = self.locate.id_after(&choice.id, from).unwrap_or(from);
            if !is_valid_id(&choice.id) {
                self.report(at, "check-bad-id", vec![("id", choice.id.clone())]);
            }
            if !seen.insert(choice.id.as_str()) {
                let second = self.locate.id_after(&choice.id, at + 1).unwrap_or(at);
                self.report(
                    second,
                    "check-duplicate-choice",
                    vec![("id", choice.id.clone())],
                );
            }
        }
    }

    fn kind(&mut self, step: &'a Step, at: usize, index: usize, order: &HashMap<&str, usize>) {
        let id = step.id.clone();
        match &step.kind {
            StepKind::Scale {
                min,
                max,
                step: increment,
            } => {
                let count = (max - min) / increment;
                let sound = min < max && *increment > 0.0 && count <= 10_000.0;
                if !sound {
                    self.report(
                        at,
                        "check-bad-scale",
                        vec![
                            ("step", id),
                            ("min", min.to_string()),
                            ("max", max.to_string()),
                            ("increment", increment.to_string()),
                        ],
                    );
                }
            }
            StepKind::Number {
                min: Some(min),
                max: Some(max),
                ..
            } if min > max => {
                self.report(
                    at,
                    "check-bad-range",
                    vec![
                        ("step", id),
                        ("min", min.to_string()),
                        ("max", max.to_string()),
                    ],
                );
            }
            StepKind::ShortText {
                pattern: Some(pattern),
                ..
            } => self.pattern(pattern, at, &step.id),
            StepKind::Single { choices } | StepKind::Multi { choices, .. } => {
                match choices {
                    Choices::Set(name) if !self.dialogue.choice_sets.contains_key(name) => {
                        let set_at = self.locate.string_after(name, at).unwrap_or(at);
                        self.report(
                            set_at,
                            "check-unknown-choice-set",
                            vec![("step", id.clone()), ("set", name.clone())],
                        );
                    }
                    Choices::List(list) => {
                        if list.is_empty() {
                            self.report(at, "check-no-choices", vec![("step", id.clone())]);
                        }
                        self.choice_ids(list, at);
                    }
                    Choices::Set(_) => {}
                }
                if let Some(list) = self.choices(choices) {
                    for choice in list {
                        if let Some(cond) = &choice.when {
                            let choice_at = match choices {
                                Choices::List(_) => {
                                    self.locate.id_after(&choice.id, at).unwrap_or(at)
                                }
                                Choices::Set(_) => at,
                            };
                            self.condition(cond, choice_at, index, order);
                        }
                    }
                }
            }
            StepKind::Repeat { fields, .. } => {
                if fields.is_empty() {
                    self.report(at, "check-no-fields", vec![("step", id.clone())]);
                }
                let mut seen = HashSet::new();
                for field in fields {
                    let field_at = self.locate.id_after(&field.id, at).unwrap_or(at);
                    if !is_valid_id(&field.id) {
                        self.report(field_at, "check-bad-id", vec![("id", field.id.clone())]);
                    }
                    if !seen.insert(field.id.as_str()) {
                        self.report(
                            field_at,
                            "check-duplicate-choice",
                            vec![("id", field.id.clone())],
                        );
                    }
                    if let Some(pattern) = &field.pattern {
                        self.pattern(pattern, field_at, &field.id);
                    }
                }
            }
            StepKind::Computed { calc } => self.calc(calc, at, Some(index), &step.id, order),
            _ => {}
        }
    }

    fn pattern(&mut self, pattern: &str, at: usize, id: &str) {
        if let Err(error) = regex_lite::Regex::new(pattern) {
            let pattern_at = self.locate.field_after("pattern", at).unwrap_or(at);
            self.report(
                pattern_at,
                "check-bad-pattern",
                vec![("step", id.to_owned()), ("detail", error.to_string())],
            );
        }
    }

    /// `before`: the items must come earlier than this step index (computed steps);
    /// scores are worked out at the end and may use any step.
    fn calc(
        &mut self,
        calc: &Calc,
        at: usize,
        before: Option<usize>,
        owner: &str,
        order: &HashMap<&str, usize>,
    ) {
        if calc.items.is_empty() {
            self.report(at, "check-no-items", vec![("owner", owner.to_owned())]);
        }
        for item in &calc.items {
            self.numeric_item(item, at, before, owner, order);
        }
    }

    fn numeric_item(
        &mut self,
        item: &str,
        at: usize,
        before: Option<usize>,
        owner: &str,
        order: &HashMap<&str, usize>,
    ) {
        let item_at = self.locate.string_after(item, at).unwrap_or(at);
        let Some(&index) = order.get(item) else {
            self.report(
                item_at,
                "check-unknown-step",
                vec![("owner", owner.to_owned()), ("step", item.to_owned())],
            );
            return;
        };
        if before.is_some_and(|b| index >= b) {
            self.report(
                item_at,
                "check-later-step",
                vec![("owner", owner.to_owned()), ("step", item.to_owned())],
            );
        }
        let step = self.step_by_index(index);
        if !self.is_numeric(step) {
            self.report(
                item_at,
                "check-not-numeric",
                vec![("owner", owner.to_owned()), ("step", item.to_owned())],
            );
        }
    }

    fn step_by_index(&self, index: usize) -> &'a Step {
        self.dialogue
            .sections
            .iter()
            .flat_map(|s| s.steps.iter())
            .nth(index)
            .expect("indices come from the same iteration")
    }

    fn condition(&mut self, cond: &Cond, at: usize, before: usize, order: &HashMap<&str, usize>) {
        let (name, literal, ordering) = match cond {
            Cond::Any(list) | Cond::All(list) => {
                for inner in list {
                    self.condition(inner, at, before, order);
                }
                return;
            }
            Cond::Not(inner) => return self.condition(inner, at, before, order),
            Cond::Answered(name) => (name, None, false),
            Cond::Eq(name, lit) | Cond::Ne(name, lit) => (name, Some(lit), false),
            Cond::Lt(name, lit)
            | Cond::Le(name, lit)
            | Cond::Gt(name, lit)
            | Cond::Ge(name, lit) => (name, Some(lit), true),
        };
        let name_at = self.locate.string_after(name, at).unwrap_or(at);
        let owner = self
            .steps_in_order()
            .nth(before.min(usize::MAX - 1))
            .map(|(_, s)| s.id.clone())
            .unwrap_or_default();
        let Some(&index) = order.get(name.as_str()) else {
            self.report(
                name_at,
                "check-unknown-step",
                vec![("owner", owner), ("step", name.clone())],
            );
            return;
        };
        if index >= before {
            self.report(
                name_at,
                "check-later-step",
                vec![("owner", owner), ("step", name.clone())],
            );
            return;
        }
        let step = self.step_by_index(index);
        let Some(literal) = literal else {
            if matches!(step.kind, StepKind::Info { .. }) {
                self.report(name_at, "check-info-answered", vec![("step", name.clone())]);
            }
            return;
        };
        let ty = self.value_type(step);
        let fits = match (ty, literal, ordering) {
            (ValueType::Number, Literal::Number(_), _) => true,
            (ValueType::Choice, Literal::Number(_), true) => self.is_numeric(step),
            (ValueType::Choice, Literal::Text(choice), false) => {
                let known = match &step.kind {
                    StepKind::Single { choices } | StepKind::Multi { choices, .. } => self
                        .choices(choices)
                        .is_some_and(|list| list.iter().any(|c| &c.id == choice)),
                    _ => false,
                };
                if !known {
                    let lit_at = self.locate.string_after(choice, name_at).unwrap_or(name_at);
                    self.report(
                        lit_at,
                        "check-unknown-choice",
                        vec![("step", name.clone()), ("choice", choice.clone())],
                    );
                    return;
                }
                true
            }
            (ValueType::YesNo, Literal::Bool(_), false) => true,
            _ => false,
        };
        if !fits {
            let expected = match ty {
                ValueType::Number => "number",
                ValueType::Choice if ordering && self.is_numeric(step) => "number",
                ValueType::Choice => "choice",
                ValueType::YesNo => "yes-no",
                ValueType::Other => "answered",
            };
            self.report(
                name_at,
                "check-condition-type",
                vec![("step", name.clone()), ("expected", expected.to_owned())],
            );
        }
    }

    fn scores_and_flags(&mut self) {
        let order: HashMap<&str, usize> = self
            .steps_in_order()
            .map(|(i, s)| (s.id.as_str(), i))
            .collect();
        let scores: HashSet<&str> = self.dialogue.scores.iter().map(|s| s.id.as_str()).collect();
        for score in &self.dialogue.scores {
            let at = self.locate.id(&score.id, 0).unwrap_or(0);
            self.calc(&score.calc, at, None, &score.id, &order);
            for band in &score.bands {
                if band.min > band.max {
                    let band_at = self.locate.id_after(&band.id, at).unwrap_or(at);
                    self.report(
                        band_at,
                        "check-bad-range",
                        vec![
                            ("step", band.id.clone()),
                            ("min", band.min.to_string()),
                            ("max", band.max.to_string()),
                        ],
                    );
                }
            }
        }
        for flag in &self.dialogue.flags {
            let at = self.locate.id(&flag.id, 0).unwrap_or(0);
            match &flag.rule {
                Rule::Cut { score, .. } | Rule::Change { score, .. } => {
                    if !scores.contains(score.as_str()) {
                        let score_at = self.locate.string_after(score, at).unwrap_or(at);
                        self.report(
                            score_at,
                            "check-unknown-score",
                            vec![("flag", flag.id.clone()), ("score", score.clone())],
                        );
                    }
                }
                Rule::AnyItem { items, .. } => {
                    for item in items {
                        self.numeric_item(item, at, None, &flag.id, &order);
                    }
                }
            }
        }
    }

    /// A step is unreachable when every way to it is cut off by an unconditional jump
    /// over it from an unconditional step.
    fn reachability(&mut self) {
        let steps: Vec<&Step> = self.steps_in_order().map(|(_, s)| s).collect();
        let mut section_first: HashMap<&str, usize> = HashMap::new();
        let mut index = 0;
        for section in &self.dialogue.sections {
            section_first.insert(section.id.as_str(), index);
            index += section.steps.len();
        }
        let target_index = |to: &str| -> Option<usize> {
            steps
                .iter()
                .position(|s| s.id == to)
                .or_else(|| section_first.get(to).copied())
        };
        let mut arrives = vec![false; steps.len()];
        let mut jumped_to = vec![false; steps.len()];
        for (i, step) in steps.iter().enumerate() {
            let falls_through = i == 0 || {
                let previous = steps[i - 1];
                let cut_off = previous.when.is_none()
                    && previous
                        .jumps
                        .iter()
                        .any(|j| j.when.is_none() && j.to != "pause");
                arrives[i - 1] && !cut_off
            };
            arrives[i] = falls_through || jumped_to[i];
            if arrives[i] {
                for jump in step.jumps.iter().filter(|j| j.to != "pause") {
                    if let Some(t) = target_index(&jump.to).filter(|t| *t > i && *t < steps.len()) {
                        jumped_to[t] = true;
                    }
                    if jump.when.is_none() {
                        break;
                    }
                }
            } else {
                let at = self.step_offset(&step.id);
                self.report(at, "check-unreachable", vec![("step", step.id.clone())]);
            }
        }
    }

    /// Two things must not end up under the same Fluent key ("place" with the choice
    /// "home" and a step called "place-home").
    fn keys_are_distinct(&mut self) {
        let mut owners: BTreeMap<String, String> = BTreeMap::new();
        let mut clashes = Vec::new();
        for (key, owner) in self
            .required_messages()
            .into_iter()
            .map(|m| (m.key, m.owner))
        {
            if let Some(previous) = owners.get(&key) {
                if previous != &owner {
                    clashes.push((key.clone(), previous.clone(), owner.clone()));
                }
            } else {
                owners.insert(key, owner);
            }
        }
        for (key, first, second) in clashes {
            let at = self.locate.id(&second, 0).unwrap_or(0);
            self.report(
                at,
                "check-key-clash",
                vec![("key", key), ("first", first), ("second", second)],
            );
        }
    }

    fn required_messages(&self) -> Vec<Needed> {
        let d = &self.dialogue.id;
        let mut needed = vec![
            Needed::new(keys::title(d), None, d),
            Needed::new(keys::description(d), None, d),
        ];
        for (name, set) in &self.dialogue.choice_sets {
            for choice in set {
                needed.push(Needed::new(keys::sub_item(d, name, &choice.id), None, name));
            }
        }
        for section in &self.dialogue.sections {
            needed.push(Needed::new(keys::item(d, &section.id), None, &section.id));
            for step in &section.steps {
                let key = keys::item(d, &step.id);
                needed.push(Needed::new(key.clone(), None, &step.id));
                if step.required {
                    needed.push(Needed::new(key.clone(), Some(keys::REQUIRED), &step.id));
                }
                let validated = match &step.kind {
                    StepKind::ShortText { max_len, pattern } => {
                        max_len.is_some() || pattern.is_some()
                    }
                    StepKind::LongText { max_len } => max_len.is_some(),
                    StepKind::Number { min, max, .. } => min.is_some() || max.is_some(),
                    _ => false,
                };
                if validated {
                    needed.push(Needed::new(key.clone(), Some(keys::INVALID), &step.id));
                }
                match &step.kind {
                    StepKind::Scale { .. } => {
                        needed.push(Needed::new(key.clone(), Some(keys::MIN_LABEL), &step.id));
                        needed.push(Needed::new(key.clone(), Some(keys::MAX_LABEL), &step.id));
                    }
                    StepKind::Single {
                        choices: Choices::List(list),
                    }
                    | StepKind::Multi {
                        choices: Choices::List(list),
                        ..
                    } => {
                        for choice in list {
                            needed.push(Needed::new(
                                keys::sub_item(d, &step.id, &choice.id),
                                None,
                                &step.id,
                            ));
                        }
                    }
                    StepKind::Repeat { fields, .. } => {
                        for field in fields {
                            let field_key = keys::sub_item(d, &step.id, &field.id);
                            needed.push(Needed::new(field_key.clone(), None, &step.id));
                            if field.pattern.is_some() || field.max_len.is_some() {
                                needed.push(Needed::new(field_key, Some(keys::INVALID), &step.id));
                            }
                        }
                    }
                    _ => {}
                }
            }
        }
        for score in &self.dialogue.scores {
            needed.push(Needed::new(keys::item(d, &score.id), None, &score.id));
            for band in &score.bands {
                needed.push(Needed::new(
                    keys::sub_item(d, &score.id, &band.id),
                    None,
                    &score.id,
                ));
            }
        }
        for flag in &self.dialogue.flags {
            needed.push(Needed::new(keys::item(d, &flag.id), None, &flag.id));
        }
        needed
    }

    /// `langs`: the languages that have a Fluent file for this dialogue at all.
    fn messages(&mut self, texts: &Texts, langs: &[Lang]) {
        for needed in self.required_messages() {
            let attribute = needed.attribute;
            let present: Vec<Lang> = langs
                .iter()
                .copied()
                .filter(|lang| texts.has_in(*lang, &needed.key, attribute))
                .collect();
            if present.len() == langs.len() {
                continue;
            }
            let at = self.locate.id(&needed.owner, 0).unwrap_or(0);
            let shown = match attribute {
                Some(a) => format!("{}.{a}", needed.key),
                None => needed.key.clone(),
            };
            if present.is_empty() {
                self.report(
                    at,
                    "check-missing-message",
                    vec![("key", shown), ("id", needed.owner.clone())],
                );
            } else {
                for lang in langs.iter().filter(|l| !present.contains(l)) {
                    self.report_as(
                        Severity::Warning,
                        at,
                        "check-missing-translation",
                        vec![
                            ("key", shown.clone()),
                            ("lang", lang.tag().to_owned()),
                            ("fallback", present[0].tag().to_owned()),
                        ],
                    );
                }
            }
        }
        // Help and notes are optional, but a translation that has one and not the other
        // loses it silently in one language.
        let d = self.dialogue.id.clone();
        let ids: Vec<String> = self.steps_in_order().map(|(_, s)| s.id.clone()).collect();
        for id in ids {
            let key = keys::item(&d, &id);
            for attribute in [keys::HELP, keys::NOTE] {
                let present: Vec<Lang> = langs
                    .iter()
                    .copied()
                    .filter(|lang| texts.has_in(*lang, &key, Some(attribute)))
                    .collect();
                if !present.is_empty() && present.len() < langs.len() {
                    let at = self.step_offset(&id);
                    for lang in langs.iter().filter(|l| !present.contains(l)) {
                        self.report_as(
                            Severity::Warning,
                            at,
                            "check-missing-translation",
                            vec![
                                ("key", format!("{key}.{attribute}")),
                                ("lang", lang.tag().to_owned()),
                                ("fallback", present[0].tag().to_owned()),
                            ],
                        );
                    }
                }
            }
        }
    }
}

struct Needed {
    key: String,
    attribute: Option<&'static str>,
    owner: String,
}

impl Needed {
    fn new(key: String, attribute: Option<&'static str>, owner: &str) -> Needed {
        Needed {
            key,
            attribute,
            owner: owner.to_owned(),
        }
    }
}

pub fn is_valid_id(id: &str) -> bool {
    let mut chars = id.chars();
    chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !id.ends_with('-')
        && !id.contains("--")
}

/// Finds where ids and references stand in the script's text.
struct Locator<'a> {
    text: &'a str,
}

impl<'a> Locator<'a> {
    fn new(text: &'a str) -> Locator<'a> {
        Locator { text }
    }

    fn id_regex(id: &str) -> Option<regex_lite::Regex> {
        regex_lite::Regex::new(&format!(r#"\bid\s*:\s*"{}""#, regex_lite::escape(id))).ok()
    }

    /// The `nth` occurrence of `id: "<id>"`, pointing at the opening quote.
    fn id(&self, id: &str, nth: usize) -> Option<usize> {
        self.id_after(id, 0).and_then(|first| {
            let mut at = first;
            for _ in 0..nth {
                at = self.id_after(id, at + 1)?;
            }
            Some(at)
        })
    }

    fn id_after(&self, id: &str, from: usize) -> Option<usize> {
        let regex = Self::id_regex(id)?;
        let found = regex.find_at(self.text, from.min(self.text.len()))?;
        Some(found.start() + found.as_str().find('"').unwrap_or(0))
    }

    /// The first `"<s>"` at or after `from`.
    fn string_after(&self, s: &str, from: usize) -> Option<usize> {
        let needle = format!("\"{s}\"");
        let from = from.min(self.text.len());
        self.text
            .get(from..)
            .and_then(|rest| rest.find(&needle))
            .map(|i| from + i)
    }

    fn field(&self, name: &str) -> Option<usize> {
        self.field_after(name, 0)
    }

    fn field_after(&self, name: &str, from: usize) -> Option<usize> {
        let regex = regex_lite::Regex::new(&format!(r"\b{name}\s*:")).ok()?;
        regex
            .find_at(self.text, from.min(self.text.len()))
            .map(|m| m.start())
    }
}
