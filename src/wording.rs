//! How questions, answers and results read in the conversation's language: shared by the
//! journal (which writes them down as shown) and by every view (which shows them).

use crate::engine::{Answer, Event, Notice, Outcome, Session, Stamp, Value, flow};
use crate::i18n::Texts;
use crate::journal::{Block, FlagLine, ScoreLine, StoreError};
use crate::script::{Dialogue, Step, StepKind, keys};

pub fn title(texts: &Texts, dialogue: &Dialogue) -> String {
    title_of(texts, &dialogue.id)
}

pub fn description(texts: &Texts, dialogue: &Dialogue) -> String {
    description_of(texts, &dialogue.id)
}

/// The title of the dialogue with this id, without its script (`list`, the home screen).
pub fn title_of(texts: &Texts, id: &str) -> String {
    texts.get(&keys::title(id), &[])
}

pub fn description_of(texts: &Texts, id: &str) -> String {
    texts.get(&keys::description(id), &[])
}

pub fn section(texts: &Texts, dialogue: &Dialogue, section: &str) -> String {
    texts.get(&keys::item(&dialogue.id, section), &[])
}

/// The step's text; a computed step gets its current value as `$value`.
pub fn question(texts: &Texts, dialogue: &Dialogue, step: &Step, computed: Option<f64>) -> String {
    let value = match (&step.kind, computed) {
        (StepKind::Computed { calc }, Some(v)) => texts.number(v, calc.decimals),
        (StepKind::Computed { .. }, None) => texts.get("answer-none", &[]),
        _ => String::new(),
    };
    let mut args = goal_args(step);
    args.push(("value", value));
    texts.get(&keys::item(&dialogue.id, step.message_id()), &args)
}

/// A step asked for one sub-goal has the sub-goal's words as `$goal` in its messages.
fn goal_args(step: &Step) -> Vec<(&'static str, String)> {
    step.slot
        .iter()
        .map(|slot| ("goal", slot.text.clone()))
        .collect()
}

pub fn attribute(texts: &Texts, dialogue: &Dialogue, step: &Step, name: &str) -> Option<String> {
    texts.attr(
        &keys::item(&dialogue.id, step.message_id()),
        name,
        &goal_args(step),
    )
}

pub fn choice_label(texts: &Texts, dialogue: &Dialogue, step: &Step, choice: &str) -> String {
    let parent = match &step.kind {
        StepKind::Single {
            choices: crate::script::Choices::Set(set),
        }
        | StepKind::Multi {
            choices: crate::script::Choices::Set(set),
            ..
        } => set.as_str(),
        _ => step.message_id(),
    };
    texts.get(
        &keys::sub_item(&dialogue.id, parent, choice),
        &goal_args(step),
    )
}

pub fn field_label(texts: &Texts, dialogue: &Dialogue, step: &Step, field: &str) -> String {
    texts.get(
        &keys::sub_item(&dialogue.id, step.message_id(), field),
        &goal_args(step),
    )
}

/// The label of one choice of a repeat group's choice field.
pub fn field_choice_label(
    texts: &Texts,
    dialogue: &Dialogue,
    step: &Step,
    field: &str,
    choice: &str,
) -> String {
    texts.get(
        &keys::field_choice(&dialogue.id, &step.id, field, choice),
        &[],
    )
}

/// A field's recorded text as a person reads it: a choice field's ids as their labels.
pub fn field_value(
    texts: &Texts,
    dialogue: &Dialogue,
    step: &Step,
    field: &crate::script::Field,
    text: &str,
) -> String {
    if !field.is_choice() {
        return text.to_owned();
    }
    crate::script::Field::chosen(text)
        .map(|id| field_choice_label(texts, dialogue, step, &field.id, id))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Decimals shown for a scale: as many as its step has (0.1 → 1).
pub fn scale_decimals(step: f64) -> u8 {
    (0..=6u8)
        .find(|d| (flow::round(step, *d) - step).abs() < 1e-9)
        .unwrap_or(6)
}

pub fn number_decimals(step: &Step) -> u8 {
    match &step.kind {
        StepKind::Number { decimals, .. } => *decimals,
        StepKind::Scale { step, .. } => scale_decimals(*step),
        StepKind::Computed { calc } => calc.decimals,
        _ => 0,
    }
}

/// An entry of a repeat group on one line: "Navn: Ole · Relation: bror".
pub fn entry(
    texts: &Texts,
    dialogue: &Dialogue,
    step: &Step,
    entry: &crate::engine::Entry,
) -> String {
    let StepKind::Repeat { fields, .. } = &step.kind else {
        return String::new();
    };
    fields
        .iter()
        .filter_map(|field| {
            let text = entry.get(&field.id).filter(|t| !t.is_empty())?;
            Some(format!(
                "{}: {}",
                field_label(texts, dialogue, step, &field.id),
                field_value(texts, dialogue, step, field, text)
            ))
        })
        .collect::<Vec<_>>()
        .join(" · ")
}

/// The answer as a person reads it.
pub fn answer(texts: &Texts, dialogue: &Dialogue, step: &Step, answer: &Answer) -> String {
    let value = match answer {
        Answer::Skipped => return texts.get("answer-skipped", &[]),
        Answer::Given(value) => value,
    };
    match value {
        Value::Text(text) => text.clone(),
        Value::Number(n) => texts.number(*n, number_decimals(step)),
        Value::Choice(choice) => choice_label(texts, dialogue, step, choice),
        Value::Choices(chosen) if chosen.is_empty() => texts.get("answer-none-chosen", &[]),
        Value::Choices(chosen) => chosen
            .iter()
            .map(|c| choice_label(texts, dialogue, step, c))
            .collect::<Vec<_>>()
            .join(", "),
        Value::YesNo(true) => texts.get("answer-yes", &[]),
        Value::YesNo(false) => texts.get("answer-no", &[]),
        Value::Entries(entries) if entries.is_empty() => texts.get("answer-no-entries", &[]),
        Value::Entries(entries) => entries
            .iter()
            .map(|e| self::entry(texts, dialogue, step, e))
            .collect::<Vec<_>>()
            .join("\n"),
    }
}

/// The scores in words: the dialogue's result message when every score has a value, or
/// else one line a score.
fn numbers(texts: &Texts, dialogue: &Dialogue, outcome: &Outcome) -> Vec<String> {
    let d = &dialogue.id;
    let mut lines = Vec::new();
    let complete = dialogue
        .scores
        .iter()
        .all(|s| outcome.score(&s.id).is_some());
    let result_key = keys::result(d);
    if complete && !dialogue.scores.is_empty() && has_message(texts, &result_key) {
        let args: Vec<(&str, String)> = outcome
            .scores
            .iter()
            .map(|s| (s.id.as_str(), texts.number(s.value, s.decimals)))
            .collect();
        lines.push(texts.get(&result_key, &args));
    } else {
        for score in &dialogue.scores {
            let label = texts.get(&keys::item(d, &score.id), &[]);
            let line = match outcome.scores.iter().find(|s| s.id == score.id) {
                Some(value) => {
                    let shown = texts.number(value.value, value.decimals);
                    match value.max {
                        Some(max) => texts.get(
                            "result-score-max",
                            &[
                                ("label", label),
                                ("value", shown),
                                ("max", texts.number(max, value.decimals)),
                            ],
                        ),
                        None => texts.get("result-score", &[("label", label), ("value", shown)]),
                    }
                }
                None => match (outcome.left_out.get(&score.id), score.max_left_out) {
                    (Some(&count), Some(most)) if count > most => texts.get(
                        "result-score-too-many-left-out",
                        &[
                            ("label", label.clone()),
                            ("count", count.to_string()),
                            ("most", most.to_string()),
                        ],
                    ),
                    (Some(_), _) => {
                        texts.get("result-score-none-counts", &[("label", label.clone())])
                    }
                    _ => texts.get("result-score-missing", &[("label", label.clone())]),
                },
            };
            lines.push(line);
        }
    }
    // What was left out as "not relevant" is said, whether or not the score was given.
    for score in &dialogue.scores {
        let given = outcome.score(&score.id).is_some();
        if let (Some(&count), true) = (outcome.left_out.get(&score.id), given) {
            let label = texts.get(&keys::item(d, &score.id), &[]);
            lines.push(texts.get(
                "result-score-left-out",
                &[("label", label), ("count", count.to_string())],
            ));
        }
    }
    lines
}

/// The result in words: the dialogue's own result line (or one line per score), the
/// bands, and every flag as a starting point for the conversation.
pub fn summary(texts: &Texts, dialogue: &Dialogue, outcome: &Outcome) -> String {
    let d = &dialogue.id;
    let mut lines = numbers(texts, dialogue, outcome);
    for score in &outcome.scores {
        if let Some(band) = &score.band {
            lines.push(texts.get(&keys::sub_item(d, &score.id, band), &[]));
        }
    }
    for flag in &outcome.flags {
        let mut line = texts.get(&keys::item(d, &flag.id), &[]);
        if flag.secondary {
            line = format!("{line} {}", texts.get("result-secondary-source", &[]));
        }
        if let Some(since) = &flag.since {
            line = format!("{line} {}", self::since(texts, since, dialogue.recall_days));
        }
        lines.push(line);
    }
    lines.extend(sub_goal_lines(texts, outcome));
    lines.join("\n")
}

/// One line for each sub-goal the conversation made or followed up, with what became of
/// it: "Nyt delmål: „Ringe til studievejledningen“".
fn sub_goal_lines(texts: &Texts, outcome: &Outcome) -> Vec<String> {
    outcome
        .sub_goals
        .iter()
        .map(|(text, status)| {
            texts.get(
                "journal-view-sub-goal",
                &[
                    ("status", status.tag().to_owned()),
                    ("text", text.replace('\n', " ")),
                ],
            )
        })
        .collect()
}

/// The conversation a change is measured from, in words: "(Siden 14. november, for 17
/// dage siden.)", and when it is closer in time than the instrument's recall period,
/// that the two answers partly cover the same days.
pub fn since(texts: &Texts, since: &crate::engine::Since, recall_days: Option<u32>) -> String {
    // The year is left out for a date within the last months, where it is plain.
    let date = long_date_with(texts, &since.at, since.days > 300);
    let args = [
        ("date", date),
        ("ago", days_ago(texts, since.days)),
        ("recall", recall_days.unwrap_or(0).to_string()),
    ];
    texts.get(
        if since.close {
            "result-since-close"
        } else {
            "result-since"
        },
        &args,
    )
}

/// Who set or cleared the ORS target and when: "Målet er sat 2. december af Mette.";
/// `None` when the file does not say (a target from before samtale kept it).
pub fn target_set(texts: &Texts, target: &crate::history::Target) -> Option<String> {
    let at = target.when()?;
    let date = long_date_with(texts, &at, true);
    let key = match (target.ors.is_some(), &target.by) {
        (true, Some(_)) => "trend-target-set-by",
        (true, None) => "trend-target-set-command",
        (false, Some(_)) => "trend-target-cleared-by",
        (false, None) => "trend-target-cleared-command",
    };
    Some(texts.get(
        key,
        &[
            ("date", date),
            ("by", target.by.clone().unwrap_or_default()),
        ],
    ))
}

/// A trend's flag for a table cell: its short name, and for a change measured over fewer
/// days than the instrument asks about, that it is close in time.
pub fn trend_flag(
    texts: &Texts,
    dialogue: &str,
    flag: &str,
    point: &crate::history::Point,
) -> String {
    let key = format!("trend-flag-{dialogue}-{flag}");
    let label = if has_message(texts, &key) {
        texts.get(&key, &[])
    } else {
        flag.to_owned()
    };
    let change =
        crate::history::Instrument::of(dialogue).is_some_and(|i| i.change_flags().contains(&flag));
    match &point.since {
        Some(since) if change && since.close => {
            format!("{label} {}", texts.get("trend-flag-close", &[]))
        }
        _ => label,
    }
}

/// Where a trend's change flag held, with what it was measured from: "2026-12-01: (Siden
/// 14. november, for 17 dage siden.)", one line a point.
pub fn trend_change_lines(texts: &Texts, trend: &crate::history::Trend, flag: &str) -> Vec<String> {
    let Some(instrument) = trend.instrument else {
        return Vec::new();
    };
    if !instrument.change_flags().contains(&flag) {
        return Vec::new();
    }
    trend
        .points
        .iter()
        .filter(|p| p.has_flag(flag))
        .filter_map(|p| {
            let since = p.since.as_ref()?;
            Some(format!(
                "{}: {}",
                p.at.format("%Y-%m-%d"),
                self::since(texts, since, instrument.recall_days())
            ))
        })
        .collect()
}

/// A date as people write it: "14. november" in Danish, "14 November" in English, and
/// "14. november 2025" with the year.
pub fn long_date_with(texts: &Texts, at: &Stamp, year: bool) -> String {
    use chrono::Datelike as _;
    let month = texts.get(&format!("month-{}", at.month()), &[]);
    let args = [
        ("day", at.day().to_string()),
        ("month", month),
        ("year", at.year().to_string()),
    ];
    texts.get(if year { "date-long-year" } else { "date-long" }, &args)
}

/// A date as people write it, without the year: "14. november".
pub fn long_date(texts: &Texts, at: &Stamp) -> String {
    long_date_with(texts, at, false)
}

/// A date as people write it, with the year: "1. december 2026", "1 December 2026".
pub fn long_date_year(texts: &Texts, at: &Stamp) -> String {
    long_date_with(texts, at, true)
}

/// How long ago in days: "i dag", "i går", "for 17 dage siden".
pub fn days_ago(texts: &Texts, days: i64) -> String {
    texts.get("days-ago", &[("days", days.max(0).to_string())])
}

/// The result for a person alone (self mode, the kiosk): the numbers, then one calm
/// paragraph instead of a stack of flags written for staff. A flag whose message has an
/// `.alone` attribute is one that matters to a person alone: its `.alone` words are the
/// paragraph (the first such flag that fired), and the crisis contacts are shown with it
/// (the second value). Otherwise the dialogue's `<d>-alone` message, or a general one.
pub fn summary_alone(texts: &Texts, dialogue: &Dialogue, outcome: &Outcome) -> (String, bool) {
    let d = &dialogue.id;
    let mut lines = numbers(texts, dialogue, outcome);
    let low = outcome
        .flags
        .iter()
        .filter(|f| !f.secondary)
        .find_map(|f| texts.attr(&keys::item(d, &f.id), "alone", &[]));
    let paragraph = match &low {
        Some(words) => words.clone(),
        None if has_message(texts, &keys::item(d, "alone")) => {
            texts.get(&keys::item(d, "alone"), &[])
        }
        None => texts.get("result-alone-generic", &[]),
    };
    lines.extend(sub_goal_lines(texts, outcome));
    lines.push(paragraph);
    (lines.join("\n"), low.is_some())
}

fn has_message(texts: &Texts, key: &str) -> bool {
    crate::i18n::Lang::ALL
        .into_iter()
        .any(|lang| texts.has_in(lang, key, None))
}

/// The journal block for an event, in the words that were on screen.
pub fn block(texts: &Texts, dialogue: &Dialogue, event: &Event) -> Block {
    match event {
        Event::Answered { at, step, answer } => {
            let found = flow::steps(dialogue)
                .into_iter()
                .find(|(_, s)| s.id == *step)
                .map(|(_, s)| s);
            let (question, shown) = match found {
                Some(s) => (
                    self::question(texts, dialogue, s, None),
                    self::answer(texts, dialogue, s, answer),
                ),
                None => (step.clone(), String::new()),
            };
            Block::Answer {
                at: *at,
                step: step.clone(),
                question,
                shown,
                answer: answer.clone(),
            }
        }
        Event::Paused { at } => Block::Paused { at: *at },
        Event::Draft { at, step, fields } => Block::Draft {
            at: *at,
            step: step.clone(),
            fields: fields
                .iter()
                .map(|(id, text)| (id.clone(), crate::engine::neutralise(text)))
                .collect(),
        },
        Event::Finished {
            at,
            outcome,
            hidden,
        } => Block::Finished {
            at: *at,
            scores: outcome
                .scores
                .iter()
                .map(|s| ScoreLine {
                    id: s.id.clone(),
                    value: s.value,
                    max: s.max,
                    band: s.band.clone(),
                })
                .collect(),
            flags: outcome
                .flags
                .iter()
                .map(|f| FlagLine {
                    id: f.id.clone(),
                    secondary: f.secondary,
                })
                .collect(),
            hidden: hidden.clone(),
            summary: summary(texts, dialogue, outcome),
        },
    }
}

/// Why the conversation did not move on, in words: the step's own `.required` or
/// `.invalid` message where the script has one.
pub fn notice(texts: &Texts, session: &Session, notice: &Notice) -> String {
    let dialogue = session.dialogue();
    // A step asked for one sub-goal has the messages of the step it was copied from.
    let key_of = |id: &str| {
        keys::item(
            &dialogue.id,
            dialogue.step(id).map_or(id, |step| step.message_id()),
        )
    };
    match notice {
        Notice::Required(step) => texts
            .attr(&key_of(step), keys::REQUIRED, &[])
            .unwrap_or_else(|| texts.get("notice-required", &[])),
        Notice::Invalid(step) => texts
            .attr(&key_of(step), keys::INVALID, &[])
            .unwrap_or_else(|| texts.get("notice-invalid", &[])),
        Notice::DoesNotFit(_) => match session.current_step().map(|(_, s)| s.kind.clone()) {
            Some(StepKind::Scale { min, max, step }) => {
                let decimals = scale_decimals(step);
                texts.get(
                    "notice-scale-range",
                    &[
                        ("min", texts.number(min, decimals)),
                        ("max", texts.number(max, decimals)),
                        ("decimals", decimals.to_string()),
                    ],
                )
            }
            _ => texts.get("notice-does-not-fit", &[]),
        },
        // A script may say why a field is needed (`.required` on the field's message);
        // otherwise the general words name the field.
        Notice::FieldRequired { step, field } => {
            let key = keys::sub_item(&dialogue.id, step, field);
            texts.attr(&key, keys::REQUIRED, &[]).unwrap_or_else(|| {
                let label = texts.get(&key, &[]);
                texts.get("notice-field-required", &[("field", label)])
            })
        }
        Notice::FieldInvalid { step, field } => texts
            .attr(
                &keys::sub_item(&dialogue.id, step, field),
                keys::INVALID,
                &[],
            )
            .unwrap_or_else(|| texts.get("notice-invalid", &[])),
        Notice::NothingThere(section) => {
            texts.get("notice-nothing-there", &[("section", section.clone())])
        }
    }
}

/// The choices offered now, each with the number to type: its score when every choice
/// has a distinct whole-number score (WHO-5's 5 … 0), else 1, 2, 3 …
pub fn numbered_choices(session: &Session, step: &Step) -> Vec<(i64, String)> {
    let offered = session.offered_choices(step);
    let scores: Vec<Option<i64>> = offered
        .iter()
        .map(|c| {
            c.score
                .filter(|s| s.fract() == 0.0 && *s >= 0.0)
                .map(|s| s as i64)
        })
        .collect();
    let mut distinct: Vec<i64> = scores.iter().flatten().copied().collect();
    distinct.sort_unstable();
    distinct.dedup();
    let by_score = !offered.is_empty()
        && scores.iter().all(Option::is_some)
        && distinct.len() == offered.len();
    offered
        .into_iter()
        .zip(scores)
        .enumerate()
        .map(|(index, (choice, score))| {
            let number = if by_score {
                score.unwrap_or_default()
            } else {
                index as i64 + 1
            };
            (number, choice.id)
        })
        .collect()
}

/// A condition in the reader's words, for the rehearsal outline: the question it depends
/// on by its (shortened) text and the answer by its label: „Alt i alt, hvordan har din…“
/// er over 7, „Hvordan er det at bo…“ er ikke „Godt“. Never the step id or an operator:
/// a trainer reads the guide, not its script.
pub fn condition_in(texts: &Texts, dialogue: &Dialogue, cond: &crate::script::Cond) -> String {
    use crate::script::{Cond, Literal};
    // Long enough to recognise the question, short enough to leave the outline room.
    const QUESTION_WIDTH: usize = 20;
    let step = |id: &str| {
        dialogue
            .sections
            .iter()
            .flat_map(|s| s.steps.iter())
            .find(|s| s.id == id)
    };
    let quoted = |text: &str| texts.get("condition-quoted", &[("text", text.to_owned())]);
    let question = |id: &str| {
        let text = match step(id) {
            Some(step) => question(texts, dialogue, step, None),
            None => id.to_owned(),
        };
        let text = text.replace('\n', " ");
        let short: String = if text.chars().count() > QUESTION_WIDTH {
            // Cut at a word's end, so that no piece of a word stands before the `…`.
            let cut: String = text.chars().take(QUESTION_WIDTH).collect();
            let cut = match cut.rfind(' ') {
                Some(space) if space >= QUESTION_WIDTH / 2 => &cut[..space],
                _ => cut.as_str(),
            };
            format!("{}…", cut.trim_end_matches([' ', ',', ';', ':']))
        } else {
            text
        };
        quoted(&short)
    };
    let literal = |id: &str, l: &Literal| match l {
        Literal::Number(n) => texts.number(*n, if n.fract() == 0.0 { 0 } else { 1 }),
        Literal::Text(choice) => match step(id) {
            Some(step) => quoted(&choice_label(texts, dialogue, step, choice)),
            None => quoted(choice),
        },
        Literal::Bool(true) => texts.get("answer-yes", &[]).to_lowercase(),
        Literal::Bool(false) => texts.get("answer-no", &[]).to_lowercase(),
    };
    let compare = |id: &str, op: &str, l: &Literal| {
        texts.get(
            "condition-compare",
            &[
                ("question", question(id)),
                ("op", op.to_owned()),
                ("value", literal(id, l)),
            ],
        )
    };
    let join = |list: &[Cond], word: &str| {
        list.iter()
            .map(|c| condition_in(texts, dialogue, c))
            .collect::<Vec<_>>()
            .join(&format!(" {} ", texts.get(word, &[])))
    };
    match cond {
        Cond::Answered(id) => texts.get("condition-answered", &[("step", question(id))]),
        Cond::Eq(id, l) => compare(id, "eq", l),
        Cond::Ne(id, l) => compare(id, "ne", l),
        Cond::Lt(id, l) => compare(id, "lt", l),
        Cond::Le(id, l) => compare(id, "le", l),
        Cond::Gt(id, l) => compare(id, "gt", l),
        Cond::Ge(id, l) => compare(id, "ge", l),
        Cond::Any(list) => format!("({})", join(list, "condition-or")),
        Cond::All(list) => format!("({})", join(list, "condition-and")),
        Cond::Not(inner) => texts.get(
            "condition-not",
            &[("condition", condition_in(texts, dialogue, inner))],
        ),
    }
}

/// A line to hold a trend against (a cut-off or a target), in words.
pub fn reference(texts: &Texts, reference: &crate::history::Reference, decimals: u8) -> String {
    use crate::history::Reference;
    match reference {
        Reference::CutOff {
            id,
            value,
            secondary,
        } => {
            let line = texts.get(
                &format!("trend-line-{id}"),
                &[("value", texts.number(*value, 0))],
            );
            if *secondary {
                format!("{line} {}", texts.get("result-secondary-source", &[]))
            } else {
                line
            }
        }
        Reference::Target { value } => texts.get(
            "trend-line-target",
            &[("value", texts.number(*value, decimals))],
        ),
    }
}

/// WHO-5's raw points beside its percentage: "18/25".
pub fn who5_points(texts: &Texts, raw: f64) -> String {
    texts.get(
        "report-of-max",
        &[("value", texts.number(raw, 0)), ("max", "25".to_owned())],
    )
}

/// What the operating system said, in the reader's language. Its own text is English
/// whatever the screen's language ("No space left on device (os error 28)"), so it is
/// never shown: its kind is, in words, with the system's error number when the kind alone
/// says too little (an IT person can look the number up).
pub fn os_error(texts: &Texts, error: &std::io::Error) -> String {
    match os_error_key(error) {
        (key, Some(code)) => texts.get(key, &[("code", code.to_string())]),
        (key, None) => texts.get(key, &[]),
    }
}

/// The message key of [`os_error`], with the system's error number where the key needs
/// it: for a message worded later, when the texts are known ([`crate::problem::Problem`]).
pub fn os_error_key(error: &std::io::Error) -> (&'static str, Option<i32>) {
    use std::io::ErrorKind as K;
    let key = match error.kind() {
        K::StorageFull => "os-storage-full",
        K::QuotaExceeded => "os-quota-exceeded",
        K::PermissionDenied => "os-permission-denied",
        K::ReadOnlyFilesystem => "os-read-only",
        K::NotFound => "os-not-found",
        K::AlreadyExists => "os-already-exists",
        K::IsADirectory => "os-is-a-directory",
        K::NotADirectory => "os-not-a-directory",
        K::DirectoryNotEmpty => "os-directory-not-empty",
        K::ResourceBusy | K::WouldBlock | K::ExecutableFileBusy => "os-busy",
        K::BrokenPipe => "os-broken-pipe",
        K::InvalidFilename => "os-invalid-filename",
        K::FileTooLarge => "os-file-too-large",
        K::TimedOut => "os-timed-out",
        K::Interrupted => "os-interrupted",
        K::UnexpectedEof => "os-unexpected-end",
        K::InvalidData => "os-invalid-data",
        K::OutOfMemory => "os-out-of-memory",
        K::StaleNetworkFileHandle | K::NetworkDown | K::NotConnected => "os-network",
        _ => match error.raw_os_error() {
            Some(code) => return ("os-other-code", Some(code)),
            None => "os-other",
        },
    };
    (key, None)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use std::io::{Error, ErrorKind};

    fn texts(lang: Lang) -> Texts {
        Texts::build(lang, &crate::script::builtin_ftl()).0
    }

    #[test]
    fn an_os_error_reads_in_the_screens_language_without_the_systems_english() {
        let full = Error::from_raw_os_error(28); // ENOSPC on Linux
        assert_eq!(os_error(&texts(Lang::Da), &full), "disken er fuld");
        assert_eq!(os_error(&texts(Lang::En), &full), "the disk is full");
        let denied = Error::from(ErrorKind::PermissionDenied);
        assert!(!os_error(&texts(Lang::Da), &denied).contains("denied"));
    }

    fn practice() -> (crate::script::Library, std::sync::Arc<Dialogue>) {
        let (mut library, _) = crate::script::Library::builtin();
        let example = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/example");
        library.add_folder(&example);
        let dialogue = library
            .get("practice-check-in")
            .expect("the example script")
            .dialogue
            .clone();
        (library, std::sync::Arc::new(dialogue))
    }

    fn when(dialogue: &Dialogue, id: &str) -> crate::script::Cond {
        dialogue
            .sections
            .iter()
            .flat_map(|s| s.steps.iter())
            .find(|s| s.id == id)
            .and_then(|s| s.when.clone())
            .expect("a step asked only sometimes")
    }

    #[test]
    fn a_condition_reads_as_the_question_and_the_answer_in_words() {
        let (library, dialogue) = practice();
        let da = library.texts(Lang::Da);
        let en = library.texts(Lang::En);
        assert_eq!(
            condition_in(&da, &dialogue, &when(&dialogue, "mood-good")),
            "„Alt i alt, hvordan…“ er over 7"
        );
        assert_eq!(
            condition_in(&en, &dialogue, &when(&dialogue, "hard-what")),
            "“On how many of the…” is at least 3"
        );
        let choice = condition_in(&da, &dialogue, &when(&dialogue, "home-better"));
        assert!(choice.ends_with("er ikke „Godt“"), "{choice}");
        for id in [
            "mood-good",
            "mood-hard",
            "hard-what",
            "help-other",
            "home-better",
            "keep-doing",
            "reach-out",
            "goal-help",
            "extra-visit",
        ] {
            for texts in [&da, &en] {
                let shown = condition_in(texts, &dialogue, &when(&dialogue, id));
                for raw in [
                    "mood",
                    "hard-days",
                    "help-with",
                    "home-state",
                    "contact",
                    "goal",
                    " = ",
                    " > ",
                    " < ",
                    "≥",
                    "≤",
                    "≠",
                    "\"other\"",
                    "\"good\"",
                ] {
                    assert!(!shown.contains(raw), "{id}: {raw} in {shown}");
                }
            }
        }
    }

    #[test]
    fn every_os_error_has_words_in_both_languages() {
        let kinds = [
            ErrorKind::StorageFull,
            ErrorKind::QuotaExceeded,
            ErrorKind::PermissionDenied,
            ErrorKind::ReadOnlyFilesystem,
            ErrorKind::NotFound,
            ErrorKind::AlreadyExists,
            ErrorKind::IsADirectory,
            ErrorKind::NotADirectory,
            ErrorKind::DirectoryNotEmpty,
            ErrorKind::ResourceBusy,
            ErrorKind::BrokenPipe,
            ErrorKind::InvalidFilename,
            ErrorKind::FileTooLarge,
            ErrorKind::TimedOut,
            ErrorKind::Interrupted,
            ErrorKind::UnexpectedEof,
            ErrorKind::InvalidData,
            ErrorKind::OutOfMemory,
            ErrorKind::NetworkDown,
            ErrorKind::Other,
        ];
        for lang in [Lang::Da, Lang::En] {
            let texts = texts(lang);
            for kind in kinds {
                let words = os_error(&texts, &Error::from(kind));
                // A missing message shows as its key; a message is words, not a key.
                assert!(
                    !words.starts_with("os-") && !words.contains("os error"),
                    "{lang:?} {kind:?}: {words}"
                );
            }
            let unknown = os_error(&texts, &Error::from_raw_os_error(4095));
            assert!(unknown.contains("4095"), "{lang:?}: {unknown}");
        }
    }
}

/// One line of "whom to call", by what it is, so that each front end can show it in its way.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CallLine {
    /// "If you need to talk to someone now:", for a person alone.
    Heading(String),
    /// Staff are told that no local contacts are set up.
    NoneConfigured(String),
    /// A local crisis contact from the config: name, number and when it is open.
    Contact(String),
    /// Livslinien, which needs no config.
    Helpline(String),
    /// 112.
    Emergency(String),
}

impl CallLine {
    pub fn text(&self) -> &str {
        match self {
            CallLine::Heading(text)
            | CallLine::NoneConfigured(text)
            | CallLine::Contact(text)
            | CallLine::Helpline(text)
            | CallLine::Emergency(text) => text,
        }
    }
}

/// Whom to call: the local crisis contacts configured, Livslinien and 112. Staff are told
/// when no local contacts are set up; a person alone is never told about a config file,
/// only given numbers that need none.
pub fn whom_to_call(
    texts: &Texts,
    contacts: &[crate::config::CrisisContact],
    alone: bool,
) -> Vec<CallLine> {
    let mut lines = Vec::new();
    if alone {
        lines.push(CallLine::Heading(texts.get("contacts-heading", &[])));
    } else if contacts.is_empty() {
        lines.push(CallLine::NoneConfigured(
            texts.get("contacts-none-configured", &[]),
        ));
    }
    for contact in contacts {
        let open = contact
            .open
            .as_ref()
            .map(|o| format!(" · {o}"))
            .unwrap_or_default();
        lines.push(CallLine::Contact(format!(
            "{} · {}{open}",
            contact.name, contact.phone
        )));
    }
    if alone || contacts.is_empty() {
        lines.push(CallLine::Helpline(texts.get("contacts-livslinien", &[])));
    }
    lines.push(CallLine::Emergency(texts.get("contacts-emergency", &[])));
    lines
}

/// A journal store's error in the person's words: what failed, where, and what to do.
pub fn store_message(texts: &Texts, error: &StoreError) -> String {
    match error {
        StoreError::Io {
            path,
            action,
            error,
        } => {
            let failed = texts.get(
                "storage-failed",
                &[
                    ("action", action.tag().to_owned()),
                    ("path", path.display().to_string()),
                    ("cause", io_cause(texts, error)),
                    ("detail", os_error(texts, error)),
                ],
            );
            let mut message = failed;
            // A journal path that is not there, or runs through a file, most often means
            // the data folder is not the one meant.
            if matches!(
                error.kind(),
                std::io::ErrorKind::NotFound | std::io::ErrorKind::NotADirectory
            ) {
                message = format!("{message} {}", texts.get("storage-check-data-dir", &[]));
            }
            // Only a failed write leaves confirmed answers behind it to resume from.
            if *action == crate::journal::store::Action::Write {
                message = format!("{message} {}", texts.get("storage-saved-so-far", &[]));
            }
            message
        }
        StoreError::Busy { path } => {
            texts.get("store-busy", &[("path", path.display().to_string())])
        }
        StoreError::Unreadable { path, line, detail } => texts.get(
            "store-unreadable",
            &[
                ("path", path.display().to_string()),
                ("line", line.to_string()),
                ("detail", detail.clone()),
            ],
        ),
        StoreError::BadParticipant(name) => {
            texts.get("store-bad-participant", &[("name", name.clone())])
        }
        StoreError::LooksLike { typed, existing } => texts.get(
            "store-looks-like",
            &[("name", typed.clone()), ("existing", existing.clone())],
        ),
        StoreError::NotAFile { path } => texts.get(
            "storage-not-a-file",
            &[("path", path.display().to_string())],
        ),
        StoreError::TooLarge { path, limit } => texts.get(
            "storage-too-large",
            &[
                ("path", path.display().to_string()),
                ("limit", limit.to_string()),
            ],
        ),
        StoreError::Broken { path } => {
            texts.get("storage-broken", &[("path", path.display().to_string())])
        }
        StoreError::PlanUnreadable { plan, cause } => texts.get(
            "storage-plan-unreadable",
            &[
                ("plan", plan.display().to_string()),
                ("problem", store_message(texts, cause)),
                (
                    "folder",
                    plan.parent()
                        .map(|p| p.display().to_string())
                        .unwrap_or_default(),
                ),
            ],
        ),
    }
}

/// What an operating system error means for the person, in their words: each cause its
/// own advice ("the disk is full" only when it is). The OS's own text goes beside it as
/// a detail.
pub fn io_cause(texts: &Texts, error: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    // std names each of these from the system's own code (ENOSPC, EROFS, ENAMETOOLONG …)
    // on every Unix, so no raw numbers are needed, which differ between systems.
    let key = match error.kind() {
        K::StorageFull | K::QuotaExceeded => "storage-cause-full",
        K::ReadOnlyFilesystem => "storage-cause-read-only",
        K::InvalidFilename => "storage-cause-name-too-long",
        K::NotADirectory => "storage-cause-not-a-folder",
        K::PermissionDenied => "storage-cause-permission",
        K::NotFound => "storage-cause-not-found",
        K::FileTooLarge => "storage-cause-file-too-big",
        _ => "storage-cause-other",
    };
    texts.get(key, &[])
}
