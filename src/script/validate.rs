//! The checks a script must pass beyond its RON shape: ids, references, types of
//! conditions, reachability, and a Fluent message for everything a person will see.
//!
//! Each problem is placed at the id or reference it is about. RON gives positions only
//! for its own errors, so the script's text is read again into a tree of the values as
//! written ([`Node`]), which mirrors the model: the third step of the model is the third
//! step written, and so on.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;

use super::keys;
use super::load::{self, Node};
use super::model::*;
use crate::i18n::{FtlSource, Lang, Texts};
use crate::problem::{Problem, Severity, line_column};

/// Ids that name something else already.
const RESERVED: [&str; 5] = ["title", "description", "result", "end", "pause"];
/// The most steps a scale can have: more cannot be told apart on a screen or a keyboard.
const MAX_SCALE_STEPS: f64 = 10_000.0;
/// The key of the problem of a script whose id makes one of samtale's own messages.
pub const APP_MESSAGE: &str = "check-app-message";

/// `own`: the dialogue's own Fluent files, for the messages nothing uses.
pub fn validate(
    path: &Path,
    source: &str,
    dialogue: &Dialogue,
    texts: Option<&Texts>,
    langs: &[Lang],
    own: &[FtlSource],
) -> Vec<Problem> {
    // A number that is no number (NaN, inf, 1e400) makes every sum, band and comparison
    // with it meaningless: it is the root cause, and what would follow is not reported.
    let not_finite = not_finite(path, source);
    if !not_finite.is_empty() {
        return not_finite;
    }
    let tree = load::tree(source);
    let mut check = Checker {
        path,
        locate: Locator::new(source),
        places: Places::new(tree.as_ref(), dialogue),
        dialogue,
        problems: Vec::new(),
        id_broken: false,
    };
    check.names();
    check.steps();
    check.sub_goal_references();
    check.scores_and_flags();
    check.reachability();
    check.keys_are_distinct();
    check.own_messages();
    // With the dialogue's id broken, every key made from it is wrong too: the id is the
    // root cause, and the missing (and unused) messages that follow are not reported.
    if let Some(texts) = texts
        && !check.id_broken
    {
        check.messages(texts, langs, own);
    }
    check.problems
}

/// Every number in the script that is not finite (`NaN`, `inf`, `1e400`), at the number,
/// with the field it is given for.
fn not_finite(path: &Path, source: &str) -> Vec<Problem> {
    let tokens = load::tokens(source);
    let mut problems = Vec::new();
    for (i, token) in tokens.iter().enumerate() {
        let written = &source[token.start..token.end];
        let bad = match token.kind {
            load::Tok::Number => written
                .replace('_', "")
                .parse::<f64>()
                .is_ok_and(|n| !n.is_finite()),
            load::Tok::Ident => matches!(written, "NaN" | "inf" | "infinity"),
            _ => false,
        };
        if !bad {
            continue;
        }
        // A sign before it belongs to it.
        let (start, shown) = match i.checked_sub(1).map(|p| tokens[p]) {
            Some(sign)
                if sign.kind == load::Tok::Other
                    && matches!(&source[sign.start..sign.end], "-" | "+")
                    && sign.end == token.start =>
            {
                (sign.start, &source[sign.start..token.end])
            }
            _ => (token.start, written),
        };
        // The field it is given for: the nearest `name:` before it.
        let field = tokens[..i]
            .windows(2)
            .rev()
            .find(|pair| pair[0].kind == load::Tok::Ident && pair[1].kind == load::Tok::Punct(':'))
            .map(|pair| source[pair[0].start..pair[0].end].to_owned())
            .unwrap_or_default();
        let (line, column) = line_column(source, start);
        problems.push(Problem::new(
            path,
            line,
            column,
            Severity::Error,
            "check-not-finite",
            vec![("found", shown.to_owned()), ("field", field)],
        ));
    }
    problems
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
    places: Places<'a>,
    dialogue: &'a Dialogue,
    problems: Vec<Problem>,
    /// The dialogue's id is not valid, or not its file's name: its messages are not looked for.
    id_broken: bool,
}

/// Where each part of the dialogue is written: the nodes of its sections, steps, scores
/// and flags by their index in the model, and of its choice sets by name. `None` where
/// the text does not have one (it always does for text RON accepted).
struct Places<'a> {
    root: Option<&'a Node>,
    sections: Vec<Option<&'a Node>>,
    /// In the order of `steps_in_order`.
    steps: Vec<Option<&'a Node>>,
    scores: Vec<Option<&'a Node>>,
    flags: Vec<Option<&'a Node>>,
    /// Where each set's name stands, and its list of choices.
    sets: HashMap<&'a str, (usize, &'a Node)>,
}

impl<'a> Places<'a> {
    fn new(root: Option<&'a Node>, d: &Dialogue) -> Places<'a> {
        let list = |name: &str| root.and_then(|r| r.field(name)).map_or(&[][..], Node::list);
        let nth = |nodes: &'a [Node], count: usize| (0..count).map(|i| nodes.get(i)).collect();
        let sections: Vec<Option<&Node>> = nth(list("sections"), d.sections.len());
        let mut steps = Vec::new();
        for (section, node) in d.sections.iter().zip(&sections) {
            let written = node
                .and_then(|n| n.field("steps"))
                .map_or(&[][..], Node::list);
            steps.extend((0..section.steps.len()).map(|i| written.get(i)));
        }
        let mut sets = HashMap::new();
        for (key, value) in root
            .and_then(|r| r.field("choice_sets"))
            .map_or(&[][..], Node::entries)
        {
            if let Some(name) = key.text() {
                sets.entry(name).or_insert((key.start, value));
            }
        }
        Places {
            root,
            sections,
            steps,
            scores: nth(list("scores"), d.scores.len()),
            flags: nth(list("flags"), d.flags.len()),
            sets,
        }
    }
}

/// Where the `id` of this node is written.
fn id_at(node: Option<&Node>) -> Option<usize> {
    node.and_then(|n| n.field("id")).map(|id| id.start)
}

/// The nodes of a list field (`fields: [...]`, `choices: List([...])`); none if absent.
fn list_field<'n>(node: Option<&'n Node>, name: &str) -> &'n [Node] {
    node.and_then(|n| n.field(name)).map_or(&[], Node::list)
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

    /// Where the step with this index (in `steps_in_order`) has its id.
    fn step_at(&self, index: usize) -> usize {
        id_at(self.places.steps.get(index).copied().flatten()).unwrap_or(0)
    }

    fn step_node(&self, index: usize) -> Option<&'a Node> {
        self.places.steps.get(index).copied().flatten()
    }

    fn dialogue_at(&self) -> usize {
        id_at(self.places.root).unwrap_or(0)
    }

    fn section_at(&self, index: usize) -> usize {
        id_at(self.places.sections.get(index).copied().flatten()).unwrap_or(0)
    }

    fn score_at(&self, index: usize) -> usize {
        id_at(self.places.scores.get(index).copied().flatten()).unwrap_or(0)
    }

    fn flag_at(&self, index: usize) -> usize {
        id_at(self.places.flags.get(index).copied().flatten()).unwrap_or(0)
    }

    /// Where the name of a choice set stands, and its list of choices as written.
    fn set_place(&self, name: &str) -> (usize, &'a [Node]) {
        self.places
            .sets
            .get(name)
            .map_or((0, &[][..]), |(at, list)| (*at, list.list()))
    }

    fn names(&mut self) {
        let d = self.dialogue;
        let dialogue_at = self.dialogue_at();
        let stem = self
            .path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned());
        if !is_valid_id(&d.id) {
            // One error for the id, not one more for the file name it then cannot be.
            self.id_broken = true;
            self.report(dialogue_at, "check-bad-id", vec![("id", d.id.clone())]);
        } else if stem.as_deref().is_some_and(|stem| stem != d.id) {
            self.id_broken = true;
            self.report(
                dialogue_at,
                "check-id-not-file-name",
                vec![("id", d.id.clone()), ("stem", stem.unwrap_or_default())],
            );
        }
        let root = self.places.root;
        if d.version == 0 {
            let at = root.and_then(|r| r.field_at("version")).unwrap_or(0);
            self.report(at, "check-version-zero", vec![]);
        }
        if d.recall_days == Some(0) {
            let at = root.and_then(|r| r.field_at("recall_days")).unwrap_or(0);
            self.report(at, "check-recall-zero", vec![]);
        }
        if d.sections.is_empty() {
            let at = root.and_then(|r| r.field_at("sections")).unwrap_or(0);
            self.report(at, "check-no-sections", vec![]);
        }

        // Sections, steps, scores, flags and choice sets share one namespace: their
        // messages all sit directly under the dialogue's. The first one written keeps
        // the id; each later one is the duplicate.
        let mut names: Vec<(&str, usize)> = Vec::new();
        let mut step_index = 0;
        for (i, section) in d.sections.iter().enumerate() {
            names.push((&section.id, self.section_at(i)));
            for step in &section.steps {
                names.push((&step.id, self.step_at(step_index)));
                step_index += 1;
            }
        }
        for (i, score) in d.scores.iter().enumerate() {
            names.push((&score.id, self.score_at(i)));
        }
        for (i, flag) in d.flags.iter().enumerate() {
            names.push((&flag.id, self.flag_at(i)));
        }
        for name in d.choice_sets.keys() {
            names.push((name, self.set_place(name).0));
        }
        names.sort_by_key(|(_, at)| *at);
        let mut first: HashMap<&str, usize> = HashMap::new();
        for (name, at) in names {
            if let Some(&first_at) = first.get(name) {
                let (line, _) = line_column(self.locate.text, first_at);
                self.report(
                    at,
                    "check-duplicate-id",
                    vec![("id", name.to_owned()), ("line", line.to_string())],
                );
            } else {
                first.insert(name, at);
            }
            if !is_valid_id(name) {
                self.report(at, "check-bad-id", vec![("id", name.to_owned())]);
            } else if RESERVED.contains(&name) {
                self.report(at, "check-reserved-id", vec![("id", name.to_owned())]);
            }
        }
        for (i, section) in d.sections.iter().enumerate() {
            if section.steps.is_empty() {
                let at = self.section_at(i);
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
            // A choice left out of scores ("not relevant") has no number, on purpose.
            StepKind::Single { choices } => self.choices(choices).is_some_and(|list| {
                list.iter().any(|c| c.score.is_some())
                    && list.iter().all(|c| c.score.is_some() || c.not_counted)
            }),
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
            let at = self.step_at(index);
            let node = self.step_node(index);
            self.kind(step, node, at, index, &order);
            // Info and computed steps are never answered: required would block the end,
            // and a pause after an answer would never come.
            if !step.kind.is_question() {
                if step.required {
                    self.report(
                        at,
                        "check-required-not-question",
                        vec![("step", step.id.clone())],
                    );
                }
                if step.jumps.iter().any(|j| j.to == "pause") {
                    self.report(
                        at,
                        "check-pause-not-question",
                        vec![("step", step.id.clone())],
                    );
                }
            }
            if let Some(cond) = &step.when {
                let cond_node = node.and_then(|n| n.field("when")).map(Node::some);
                let place = Place {
                    node: cond_node,
                    at,
                };
                let whose = Whose {
                    owner: &step.id,
                    own: index,
                    before: index,
                };
                self.condition(cond, place, whose, &order);
            }
            let jump_nodes = list_field(node, "jumps");
            for (k, jump) in step.jumps.iter().enumerate() {
                let jump_node = jump_nodes.get(k);
                if let Some(cond) = &jump.when {
                    let cond_node = jump_node.and_then(|n| n.field("when")).map(Node::some);
                    let place = Place {
                        node: cond_node,
                        at: jump_node.map_or(at, |n| n.start),
                    };
                    // A jump is taken after its step is answered, so it may use that answer.
                    let whose = Whose {
                        owner: &step.id,
                        own: index,
                        before: index + 1,
                    };
                    self.condition(cond, place, whose, &order);
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
                let target_at = jump_node
                    .and_then(|n| n.field("to"))
                    .map(|n| n.start)
                    .or_else(|| self.locate.string_after(target, at))
                    .unwrap_or(at);
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
            let (at, written) = self.set_place(name);
            if set.is_empty() {
                self.report(at, "check-no-choices", vec![("step", name.clone())]);
            }
            self.choice_ids(set, written, at);
        }
    }

    /// A consent step is a `Single` list of `no`, `yes` and maybe `some`, in that order,
    /// the only one in its dialogue: the numbers a person learns (1 no, 2 yes, 3 some of
    /// it) then hold in every dialogue, and exports know what each answer allows.
    fn consent(&mut self, step: &Step, node: Option<&Node>, at: usize) {
        let at = node.and_then(|n| n.field_at("consent")).unwrap_or(at);
        let ids: Vec<&str> = match &step.kind {
            StepKind::Single {
                choices: Choices::List(list),
            } => list.iter().map(|c| c.id.as_str()).collect(),
            _ => Vec::new(),
        };
        if ids != ["no", "yes"] && ids != ["no", "yes", "some"] {
            self.report(at, "check-consent-choices", vec![("step", step.id.clone())]);
        }
        let first = self.dialogue.consent_step().map(|s| s.id.as_str());
        if first != Some(step.id.as_str()) {
            self.report(
                at,
                "check-consent-twice",
                vec![
                    ("step", step.id.clone()),
                    ("first", first.unwrap_or_default().to_owned()),
                ],
            );
        }
    }

    /// A step asked once for each sub-goal has no one id outside its section: nothing
    /// outside may look at it or jump to it (a condition, a jump, a score's item).
    fn sub_goal_references(&mut self) {
        let inside: HashSet<&str> = self
            .dialogue
            .sections
            .iter()
            .filter(|s| s.each_sub_goal)
            .flat_map(|s| s.steps.iter().map(|x| x.id.as_str()))
            .collect();
        if inside.is_empty() {
            return;
        }
        let mut found: Vec<(String, String)> = Vec::new();
        for section in self.dialogue.sections.iter().filter(|s| !s.each_sub_goal) {
            for step in &section.steps {
                let mut refs: Vec<&str> = step.when.iter().flat_map(Cond::steps).collect();
                for jump in &step.jumps {
                    refs.extend(jump.when.iter().flat_map(Cond::steps));
                    refs.push(jump.to.as_str());
                }
                if let StepKind::Computed { calc } = &step.kind {
                    refs.extend(calc.items.iter().map(String::as_str));
                }
                for id in refs.into_iter().filter(|id| inside.contains(id)) {
                    found.push((step.id.clone(), id.to_owned()));
                }
            }
        }
        for score in &self.dialogue.scores {
            for id in score
                .calc
                .items
                .iter()
                .filter(|id| inside.contains(id.as_str()))
            {
                found.push((score.id.clone(), id.clone()));
            }
        }
        for (owner, target) in found {
            // At the reference, after the id of the step (or score) that makes it.
            let from = self.locate.string_after(&owner, 0).unwrap_or(0);
            let at = self
                .locate
                .string_after(&target, from)
                .unwrap_or_else(|| self.dialogue_at());
            self.report(
                at,
                "check-sub-goal-reference",
                vec![("step", owner), ("target", target)],
            );
        }
    }

    /// A step's part in a sub-goal fits its kind and its section: `New` (a text) outside a
    /// section asked for each sub-goal; the others inside one, each at most once there, a
    /// `Decision` offering exactly `keep`, `change`, `finish` and `drop`.
    fn sub_goal(&mut self, step: &Step, role: SubGoalRole, node: Option<&Node>, at: usize) {
        let at = node.and_then(|n| n.field_at("sub_goal")).unwrap_or(at);
        let Some(section) = self
            .dialogue
            .sections
            .iter()
            .find(|s| s.steps.iter().any(|x| x.id == step.id))
        else {
            return;
        };
        let is_text = matches!(
            step.kind,
            StepKind::ShortText { .. } | StepKind::LongText { .. }
        );
        let fits = match role {
            SubGoalRole::New | SubGoalRole::Words | SubGoalRole::Wording => is_text,
            SubGoalRole::Progress => {
                matches!(step.kind, StepKind::Scale { .. } | StepKind::Number { .. })
            }
            SubGoalRole::Decision => match &step.kind {
                StepKind::Single { choices } => {
                    let mut ids: Vec<&str> = self
                        .choices(choices)
                        .map(|list| list.iter().map(|c| c.id.as_str()).collect())
                        .unwrap_or_default();
                    ids.sort_unstable();
                    ids == ["change", "drop", "finish", "keep"]
                }
                _ => false,
            },
        };
        let role_name = format!("{role:?}");
        if !fits {
            self.report(
                at,
                "check-sub-goal-kind",
                vec![("step", step.id.clone()), ("role", role_name.clone())],
            );
        }
        let inside = role != SubGoalRole::New;
        if section.each_sub_goal != inside {
            let key = if inside {
                "check-sub-goal-outside"
            } else {
                "check-sub-goal-new-inside"
            };
            self.report(
                at,
                key,
                vec![("step", step.id.clone()), ("role", role_name.clone())],
            );
        }
        let first = section
            .steps
            .iter()
            .find(|x| x.sub_goal == Some(role))
            .map(|x| x.id.as_str());
        if inside && first != Some(step.id.as_str()) {
            self.report(
                at,
                "check-sub-goal-twice",
                vec![
                    ("step", step.id.clone()),
                    ("role", role_name),
                    ("first", first.unwrap_or_default().to_owned()),
                ],
            );
        }
    }

    /// `written`: the choices (or fields) as written, in the same order; `fallback`: where
    /// to report if they are not there.
    fn choice_ids<T: HasId>(&mut self, choices: &[T], written: &[Node], fallback: usize) {
        let mut seen = HashSet::new();
        for (k, choice) in choices.iter().enumerate() {
            let id = choice.id();
            let at = id_at(written.get(k)).unwrap_or(fallback);
            if !is_valid_id(id) {
                self.report(at, "check-bad-id", vec![("id", id.to_owned())]);
            }
            if !seen.insert(id) {
                self.report(at, "check-duplicate-choice", vec![("id", id.to_owned())]);
            }
            if choice.scored_and_not_counted() {
                self.report(at, "check-not-counted-score", vec![("id", id.to_owned())]);
            }
        }
    }

    fn kind(
        &mut self,
        step: &'a Step,
        node: Option<&'a Node>,
        at: usize,
        index: usize,
        order: &HashMap<&str, usize>,
    ) {
        let id = step.id.clone();
        let kind_node = node.and_then(|n| n.field("kind"));
        if step.consent {
            self.consent(step, node, at);
        }
        // A drawn step picks one of its choices; a consent step is the person's own answer.
        if step.draw && (!matches!(step.kind, StepKind::Single { .. }) || step.consent) {
            let at = node.and_then(|n| n.field_at("draw")).unwrap_or(at);
            self.report(at, "check-draw-not-single", vec![("step", step.id.clone())]);
        }
        if let Some(role) = step.sub_goal {
            self.sub_goal(step, role, node, at);
        }
        match &step.kind {
            StepKind::Scale {
                min,
                max,
                step: increment,
            } => {
                let count = (max - min) / increment;
                let sound = min < max && *increment > 0.0 && count.is_finite();
                if sound && count > MAX_SCALE_STEPS + 1e-6 {
                    self.report(
                        at,
                        "check-scale-too-many",
                        vec![
                            ("step", id),
                            ("count", format!("{}", count.round())),
                            ("min", min.to_string()),
                            ("max", max.to_string()),
                            ("increment", increment.to_string()),
                            ("limit", MAX_SCALE_STEPS.to_string()),
                        ],
                    );
                } else if !sound {
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
            } => {
                let pattern_at = kind_node.and_then(|n| n.field_at("pattern")).unwrap_or(at);
                self.pattern(pattern, pattern_at, &step.id);
            }
            StepKind::Single { choices } | StepKind::Multi { choices, .. } => {
                let choices_node = kind_node.and_then(|n| n.field("choices"));
                match choices {
                    Choices::Set(name) if !self.dialogue.choice_sets.contains_key(name) => {
                        let set_at = choices_node
                            .and_then(|n| n.item(0))
                            .map(|n| n.start)
                            .or_else(|| self.locate.string_after(name, at))
                            .unwrap_or(at);
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
                        let written = choices_node.map_or(&[][..], Node::list);
                        self.choice_ids(list, written, at);
                    }
                    Choices::Set(_) => {}
                }
                let written = match choices {
                    Choices::List(_) => choices_node.map_or(&[][..], Node::list),
                    Choices::Set(name) => self.set_place(name).1,
                };
                if let Some(list) = self.choices(choices) {
                    for (k, choice) in list.iter().enumerate() {
                        if let Some(cond) = &choice.when {
                            let choice_node = written.get(k);
                            let place = Place {
                                node: choice_node.and_then(|n| n.field("when")).map(Node::some),
                                at: id_at(choice_node).unwrap_or(at),
                            };
                            // A choice is shown before its step is answered.
                            let whose = Whose {
                                owner: &step.id,
                                own: index,
                                before: index,
                            };
                            self.condition(cond, place, whose, order);
                        }
                    }
                }
            }
            StepKind::Repeat { fields, .. } => {
                if fields.is_empty() {
                    self.report(at, "check-no-fields", vec![("step", id.clone())]);
                }
                let written = list_field(kind_node, "fields");
                self.choice_ids(fields, written, at);
                for (k, field) in fields.iter().enumerate() {
                    let field_node = written.get(k);
                    if field.is_choice() {
                        let choices = list_field(field_node, "choices");
                        self.choice_ids(&field.choices, choices, id_at(field_node).unwrap_or(at));
                        let extra = field.pattern.is_some()
                            || field.max_len.is_some()
                            || field
                                .choices
                                .iter()
                                .any(|c| c.score.is_some() || c.when.is_some());
                        if extra {
                            self.report(
                                id_at(field_node).unwrap_or(at),
                                "check-field-choice-extra",
                                vec![("step", id.clone()), ("field", field.id.clone())],
                            );
                        }
                    } else if field.multi {
                        self.report(
                            id_at(field_node).unwrap_or(at),
                            "check-field-multi-without-choices",
                            vec![("step", id.clone()), ("field", field.id.clone())],
                        );
                    }
                    if let Some(pattern) = &field.pattern {
                        let field_node = written.get(k);
                        let pattern_at = field_node
                            .and_then(|n| n.field_at("pattern"))
                            .or_else(|| id_at(field_node))
                            .unwrap_or(at);
                        self.pattern(pattern, pattern_at, &field.id);
                    }
                }
            }
            StepKind::Computed { calc } => {
                let place = Place {
                    node: kind_node.and_then(|n| n.field("calc")),
                    at,
                };
                self.calc(calc, place, Some(index), &step.id, order);
            }
            _ => {}
        }
    }

    /// `at`: where the pattern is written.
    fn pattern(&mut self, pattern: &str, at: usize, id: &str) {
        if let Err(error) = regex_lite::Regex::new(pattern) {
            self.report(
                at,
                "check-bad-pattern",
                vec![("step", id.to_owned()), ("detail", error.to_string())],
            );
        }
    }

    /// `own`: the index of the computed step this is the calc of. Its items must come
    /// earlier; scores are worked out at the end and may use any step.
    fn calc(
        &mut self,
        calc: &Calc,
        place: Place<'_>,
        own: Option<usize>,
        owner: &str,
        order: &HashMap<&str, usize>,
    ) {
        if calc.items.is_empty() {
            self.report(
                place.at,
                "check-no-items",
                vec![("owner", owner.to_owned())],
            );
        }
        let written = list_field(place.node, "items");
        for (k, item) in calc.items.iter().enumerate() {
            let item_at = written
                .get(k)
                .map(|n| n.start)
                .or_else(|| self.locate.string_after(item, place.at))
                .unwrap_or(place.at);
            self.numeric_item(item, item_at, own, owner, order);
        }
    }

    /// `item_at`: where the item is written; `own`: as for `calc`.
    fn numeric_item(
        &mut self,
        item: &str,
        item_at: usize,
        own: Option<usize>,
        owner: &str,
        order: &HashMap<&str, usize>,
    ) {
        let Some(&index) = order.get(item) else {
            self.report(
                item_at,
                "check-unknown-step",
                vec![("owner", owner.to_owned()), ("step", item.to_owned())],
            );
            return;
        };
        if own == Some(index) {
            self.report(
                item_at,
                "check-self-reference",
                vec![("owner", owner.to_owned())],
            );
        } else if own.is_some_and(|own| index > own) {
            self.report(
                item_at,
                "check-later-step",
                vec![("owner", owner.to_owned()), ("step", item.to_owned())],
            );
        }
        let step = self.step_by_index(index);
        let unscored = match &step.kind {
            StepKind::Single { choices } => self.choices(choices).and_then(|list| {
                let scored = list.iter().any(|c| c.score.is_some());
                list.iter()
                    .find(|c| scored && c.score.is_none() && !c.not_counted)
            }),
            _ => None,
        };
        if let Some(choice) = unscored {
            self.report(
                item_at,
                "check-unscored-choice",
                vec![
                    ("owner", owner.to_owned()),
                    ("step", item.to_owned()),
                    ("choice", choice.id.clone()),
                ],
            );
        } else if !self.is_numeric(step) {
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

    /// `place`: the condition as written (if found) and where to report otherwise.
    fn condition(
        &mut self,
        cond: &Cond,
        place: Place<'_>,
        whose: Whose<'_>,
        order: &HashMap<&str, usize>,
    ) {
        let (name, literal, ordering) = match cond {
            Cond::Any(list) | Cond::All(list) => {
                let written = place.node.map_or(&[][..], Node::list);
                for (k, inner) in list.iter().enumerate() {
                    let inner_place = Place {
                        node: written.get(k),
                        at: place.at,
                    };
                    self.condition(inner, inner_place, whose, order);
                }
                return;
            }
            Cond::Not(inner) => {
                let inner_place = Place {
                    node: place.node.and_then(|n| n.item(0)),
                    at: place.at,
                };
                return self.condition(inner, inner_place, whose, order);
            }
            Cond::Answered(name) => (name, None, false),
            Cond::Eq(name, lit) | Cond::Ne(name, lit) => (name, Some(lit), false),
            Cond::Lt(name, lit)
            | Cond::Le(name, lit)
            | Cond::Gt(name, lit)
            | Cond::Ge(name, lit) => (name, Some(lit), true),
        };
        let at = place.at;
        let name_at = place
            .node
            .and_then(|n| n.item(0))
            .map(|n| n.start)
            .or_else(|| self.locate.string_after(name, at))
            .unwrap_or(at);
        let literal_at = place.node.and_then(|n| n.item(1)).map(|n| n.start);
        let owner = whose.owner.to_owned();
        let Some(&index) = order.get(name.as_str()) else {
            self.report(
                name_at,
                "check-unknown-step",
                vec![("owner", owner), ("step", name.clone())],
            );
            return;
        };
        if index >= whose.before {
            if index == whose.own {
                self.report(name_at, "check-self-reference", vec![("owner", owner)]);
            } else {
                self.report(
                    name_at,
                    "check-later-step",
                    vec![("owner", owner), ("step", name.clone())],
                );
            }
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
                    let lit_at = literal_at
                        .or_else(|| self.locate.string_after(choice, name_at))
                        .unwrap_or(name_at);
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
        for (i, score) in self.dialogue.scores.iter().enumerate() {
            let at = self.score_at(i);
            let node = self.places.scores.get(i).copied().flatten();
            let place = Place {
                node: node.and_then(|n| n.field("calc")),
                at,
            };
            self.calc(&score.calc, place, None, &score.id, &order);
            let written = list_field(node, "bands");
            self.choice_ids(&score.bands, written, at);
            for (k, band) in score.bands.iter().enumerate() {
                if band.min > band.max {
                    let band_at = id_at(written.get(k)).unwrap_or(at);
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
        for (i, flag) in self.dialogue.flags.iter().enumerate() {
            let at = self.flag_at(i);
            let rule_node = self
                .places
                .flags
                .get(i)
                .copied()
                .flatten()
                .and_then(|n| n.field("rule"));
            match &flag.rule {
                Rule::Cut { score, .. } | Rule::Change { score, .. } => {
                    if !scores.contains(score.as_str()) {
                        let score_at = rule_node
                            .and_then(|n| n.field("score"))
                            .map(|n| n.start)
                            .or_else(|| self.locate.string_after(score, at))
                            .unwrap_or(at);
                        self.report(
                            score_at,
                            "check-unknown-score",
                            vec![("flag", flag.id.clone()), ("score", score.clone())],
                        );
                    }
                }
                Rule::AnyItem { items, .. } => {
                    let written = list_field(rule_node, "items");
                    for (k, item) in items.iter().enumerate() {
                        let item_at = written
                            .get(k)
                            .map(|n| n.start)
                            .or_else(|| self.locate.string_after(item, at))
                            .unwrap_or(at);
                        self.numeric_item(item, item_at, None, &flag.id, &order);
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
                let at = self.step_at(i);
                self.report(at, "check-unreachable", vec![("step", step.id.clone())]);
            }
        }
    }

    /// Two things must not end up under the same Fluent key ("place" with the choice
    /// "home" and a step called "place-home").
    fn keys_are_distinct(&mut self) {
        let mut owners: BTreeMap<String, String> = BTreeMap::new();
        let mut clashes = Vec::new();
        for needed in self.required_messages() {
            if let Some(previous) = owners.get(&needed.key) {
                if previous != &needed.owner {
                    clashes.push((needed.key.clone(), previous.clone(), needed));
                }
            } else {
                owners.insert(needed.key, needed.owner);
            }
        }
        for (key, first, second) in clashes {
            self.report(
                second.at,
                "check-key-clash",
                vec![("key", key), ("first", first), ("second", second.owner)],
            );
        }
    }

    /// A message of the dialogue's under the key of one of samtale's own would never be
    /// shown (samtale's comes first), and would change what samtale says.
    fn own_messages(&mut self) {
        let own = super::app_message_ids();
        let mut needed = self.required_messages();
        let d = &self.dialogue.id;
        needed.push(Needed::new(keys::result(d), None, d, self.dialogue_at()));
        let mut reported = HashSet::new();
        for needed in needed {
            if own.contains(&needed.key) && reported.insert(needed.key.clone()) {
                self.report(
                    needed.at,
                    APP_MESSAGE,
                    vec![("id", needed.owner), ("key", needed.key)],
                );
            }
        }
    }

    fn required_messages(&self) -> Vec<Needed> {
        let d = &self.dialogue.id;
        let dialogue_at = self.dialogue_at();
        let mut needed = vec![
            Needed::new(keys::title(d), None, d, dialogue_at),
            Needed::new(keys::description(d), None, d, dialogue_at),
        ];
        for (name, set) in &self.dialogue.choice_sets {
            let at = self.set_place(name).0;
            for choice in set {
                needed.push(Needed::new(
                    keys::sub_item(d, name, &choice.id),
                    None,
                    name,
                    at,
                ));
            }
        }
        let mut step_index = 0;
        for (i, section) in self.dialogue.sections.iter().enumerate() {
            needed.push(Needed::new(
                keys::item(d, &section.id),
                None,
                &section.id,
                self.section_at(i),
            ));
            for step in &section.steps {
                let at = self.step_at(step_index);
                step_index += 1;
                let key = keys::item(d, &step.id);
                let new = |key: String, attribute| Needed::new(key, attribute, &step.id, at);
                needed.push(new(key.clone(), None));
                if step.required {
                    needed.push(new(key.clone(), Some(keys::REQUIRED)));
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
                    needed.push(new(key.clone(), Some(keys::INVALID)));
                }
                match &step.kind {
                    StepKind::Scale { .. } => {
                        needed.push(new(key.clone(), Some(keys::MIN_LABEL)));
                        needed.push(new(key.clone(), Some(keys::MAX_LABEL)));
                    }
                    StepKind::Single {
                        choices: Choices::List(list),
                    }
                    | StepKind::Multi {
                        choices: Choices::List(list),
                        ..
                    } => {
                        for choice in list {
                            needed.push(new(keys::sub_item(d, &step.id, &choice.id), None));
                        }
                    }
                    StepKind::Repeat { fields, .. } => {
                        for field in fields {
                            let field_key = keys::sub_item(d, &step.id, &field.id);
                            needed.push(new(field_key.clone(), None));
                            for choice in &field.choices {
                                let key = keys::field_choice(d, &step.id, &field.id, &choice.id);
                                needed.push(new(key, None));
                            }
                            if field.pattern.is_some() || field.max_len.is_some() {
                                needed.push(new(field_key, Some(keys::INVALID)));
                            }
                        }
                    }
                    _ => {}
                }
            }
        }
        for (i, score) in self.dialogue.scores.iter().enumerate() {
            let at = self.score_at(i);
            needed.push(Needed::new(keys::item(d, &score.id), None, &score.id, at));
            for band in &score.bands {
                needed.push(Needed::new(
                    keys::sub_item(d, &score.id, &band.id),
                    None,
                    &score.id,
                    at,
                ));
            }
        }
        for (i, flag) in self.dialogue.flags.iter().enumerate() {
            let at = self.flag_at(i);
            needed.push(Needed::new(keys::item(d, &flag.id), None, &flag.id, at));
        }
        needed
    }

    /// `langs`: the languages that have a Fluent file for this dialogue at all; `own`: its
    /// files, whose messages nothing uses are reported.
    fn messages(&mut self, texts: &Texts, langs: &[Lang], own: &[FtlSource]) {
        let d = self.dialogue.id.clone();
        let mut used: HashSet<String> = self
            .required_messages()
            .into_iter()
            .map(|needed| needed.key)
            .collect();
        used.insert(keys::result(&d));
        used.insert(keys::item(&d, "alone"));
        let mut missing = Vec::new();
        let files = own
            .iter()
            .map(|s| s.path.display().to_string())
            .collect::<Vec<_>>()
            .join(", ");
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
            let at = needed.at;
            let shown = match attribute {
                Some(a) => format!("{}.{a}", needed.key),
                None => needed.key.clone(),
            };
            if present.is_empty() {
                // A line to paste into the .ftl file: the message, or the attribute
                // under its message.
                let paste = match attribute {
                    Some(a) if langs.iter().any(|l| texts.has_in(*l, &needed.key, None)) => {
                        format!("    .{a} = …")
                    }
                    Some(a) => format!("{} = …\n    .{a} = …", needed.key),
                    None => format!("{} = …", needed.key),
                };
                if attribute.is_none() {
                    missing.push(needed.key.clone());
                }
                self.report(
                    at,
                    "check-missing-message",
                    vec![
                        ("key", shown),
                        ("id", needed.owner.clone()),
                        ("files", files.clone()),
                        ("paste", paste),
                    ],
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
        self.problems
            .extend(super::ftl_check::unused(own, &used, &missing));
        // Help and notes are optional, but a translation that has one and not the other
        // loses it silently in one language.
        let ids: Vec<(usize, String)> = self
            .steps_in_order()
            .map(|(i, s)| (i, s.id.clone()))
            .collect();
        for (index, id) in ids {
            let key = keys::item(&d, &id);
            for attribute in [keys::HELP, keys::NOTE, keys::SHORT] {
                let present: Vec<Lang> = langs
                    .iter()
                    .copied()
                    .filter(|lang| texts.has_in(*lang, &key, Some(attribute)))
                    .collect();
                if !present.is_empty() && present.len() < langs.len() {
                    let at = self.step_at(index);
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

/// A condition (or calc) as written, if it was found, and where to report if not.
#[derive(Clone, Copy)]
struct Place<'n> {
    node: Option<&'n Node>,
    at: usize,
}

/// Whose condition it is: the step's id and index, and the index its condition's steps
/// must come before (the step itself; after it for a jump, which may use its answer).
#[derive(Clone, Copy)]
struct Whose<'s> {
    owner: &'s str,
    own: usize,
    before: usize,
}

/// Choices and repeat-group fields, whose ids must differ within their list.
trait HasId {
    fn id(&self) -> &str;
    /// A choice with a score that is also `not_counted`: which one is meant?
    fn scored_and_not_counted(&self) -> bool {
        false
    }
}

impl HasId for Choice {
    fn id(&self) -> &str {
        &self.id
    }
    fn scored_and_not_counted(&self) -> bool {
        self.score.is_some() && self.not_counted
    }
}

impl HasId for Field {
    fn id(&self) -> &str {
        &self.id
    }
}

impl HasId for Band {
    fn id(&self) -> &str {
        &self.id
    }
}

/// A message the dialogue needs, the id it is for (`owner`) and where that id stands.
struct Needed {
    key: String,
    attribute: Option<&'static str>,
    owner: String,
    at: usize,
}

impl Needed {
    fn new(key: String, attribute: Option<&'static str>, owner: &str, at: usize) -> Needed {
        Needed {
            key,
            attribute,
            owner: owner.to_owned(),
            at,
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

/// Finds a reference in the script's text when the tree does not have it.
struct Locator<'a> {
    text: &'a str,
}

impl<'a> Locator<'a> {
    fn new(text: &'a str) -> Locator<'a> {
        Locator { text }
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
}
