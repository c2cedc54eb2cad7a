//! A participant's sub-goals (delmål) over time on screen: each sub-goal with its words
//! as they stand now, when it was set, where it stands now (still open, reached, put
//! aside), and every follow-up on its own line with its date, how it has gone (0–10) as a
//! small bar with the number written beside it, and what was decided and said; a
//! sparkline of the whole course when it was followed up more than once.
//!
//! The courses are `journal::sub_goals::courses` of the journals the history read, nothing
//! else: this view reads no file. Every mark is a character (`█` how far, `·` the rest
//! of 0–10), so it reads the same without colour.

use ratatui::Frame;
use ratatui::crossterm::event::KeyCode;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::{Context, scrolled, widgets};
use crate::engine::sub_goals::Status;
use crate::history::sparkline;
use crate::i18n::Texts;
use crate::journal::Journal;
use crate::journal::sub_goals::{Course, courses};

/// How far, in a progress bar.
const FILLED: char = '█';
/// The rest of 0–10, in a progress bar.
const REST: char = '·';
/// A progress bar's columns: one for each point of 0–10.
const BAR: usize = 10;

pub struct SubGoalView {
    participant: String,
    courses: Vec<Course>,
    scroll: usize,
}

impl SubGoalView {
    /// The sub-goals of these journals (one participant's, in the store's order, each with
    /// its file name).
    pub fn new<'a>(
        participant: &str,
        journals: impl IntoIterator<Item = (&'a str, &'a Journal)>,
    ) -> SubGoalView {
        SubGoalView {
            participant: participant.to_owned(),
            courses: courses(journals),
            scroll: 0,
        }
    }

    /// The sub-goals shown, in the order they were made.
    pub fn courses(&self) -> &[Course] {
        &self.courses
    }

    /// Whether the key leaves the screen.
    pub fn key(&mut self, context: &Context, code: KeyCode, size: (u16, u16)) -> bool {
        let body = scrolled::body(context, size);
        let total = self.lines(context, body.width).len();
        scrolled::key(&mut self.scroll, code, total, body)
    }

    /// Every line of the body at this width: a short word on what the numbers are, then
    /// each sub-goal.
    fn lines(&self, context: &Context, width: u16) -> Vec<Line<'static>> {
        let texts = &context.texts;
        let theme = &context.theme;
        let width = width.max(20);
        let mut lines: Vec<Line<'static>> = Vec::new();
        if self.courses.is_empty() {
            for line in widgets::wrap(&texts.get("sub-goals-none", &[]), width) {
                lines.push(Line::styled(line, theme.text));
            }
            return lines;
        }
        for line in widgets::wrap(&texts.get("sub-goal-chart-intro", &[]), width) {
            lines.push(Line::styled(line, theme.dim));
        }
        for (index, course) in self.courses.iter().enumerate() {
            lines.push(Line::default());
            let head = texts.get(
                "sub-goal-chart-goal",
                &[
                    ("number", (index + 1).to_string()),
                    ("text", course.text().replace('\n', " ")),
                ],
            );
            let mut wrapped = widgets::wrap(&head, width).into_iter();
            if let Some(first) = wrapped.next() {
                lines.push(Line::styled(first, theme.title));
            }
            for rest in wrapped {
                lines.push(Line::styled(format!("   {rest}"), theme.title));
            }
            let made = course
                .points
                .iter()
                .find(|p| p.status == Status::New)
                .or(course.points.first())
                .map(|p| p.at.format("%Y-%m-%d").to_string())
                .unwrap_or_default();
            let now = texts.get(
                "sub-goal-chart-now",
                &[
                    ("made", made),
                    ("status", now_tag(course.status()).to_owned()),
                ],
            );
            for line in widgets::wrap(&now, width.saturating_sub(3).max(10)) {
                lines.push(Line::styled(format!("   {line}"), theme.text));
            }
            let followed: Vec<_> = course
                .points
                .iter()
                .filter(|p| p.status != Status::New)
                .collect();
            if followed.is_empty() {
                lines.push(Line::styled(
                    format!("   {}", texts.get("sub-goal-chart-no-follow-up", &[])),
                    theme.dim,
                ));
                continue;
            }
            let values: Vec<Option<f64>> = followed
                .iter()
                .filter_map(|p| p.progress.map(Some))
                .collect();
            if values.len() > 1 {
                lines.push(Line::from(vec![
                    Span::styled(
                        format!("   {} ", texts.get("sub-goal-chart-course", &[])),
                        theme.text,
                    ),
                    Span::styled(sparkline(&values, 0.0, 10.0), theme.accent),
                ]));
            }
            for point in followed {
                lines.extend(point_lines(texts, context, point, width));
            }
        }
        lines
    }

    pub fn view(&self, context: &Context, frame: &mut Frame, area: Rect) {
        let heading = context.texts.get(
            "sub-goal-chart-heading",
            &[("participant", self.participant.clone())],
        );
        let body = scrolled::body(context, (area.width, area.height));
        let lines = self.lines(context, body.width);
        scrolled::view(context, frame, area, &heading, lines, self.scroll, "");
    }
}

/// The status a citizen is told it has now: still open, reached or put aside.
fn now_tag(status: Status) -> &'static str {
    match status {
        Status::Finished => "finished",
        Status::Dropped => "dropped",
        _ => "open",
    }
}

/// One follow-up: its date, how it went as a bar and a number, what was decided, and the
/// words said about it; what does not fit on the line goes on beneath, under the decision.
fn point_lines(
    texts: &Texts,
    context: &Context,
    point: &crate::journal::sub_goals::Point,
    width: u16,
) -> Vec<Line<'static>> {
    let theme = &context.theme;
    let mut spans = vec![Span::styled(
        format!("   {}  ", point.at.format("%Y-%m-%d")),
        theme.text,
    )];
    match point.progress {
        Some(progress) => {
            let filled = (progress.clamp(0.0, 10.0).round() as usize).min(BAR);
            spans.push(Span::styled(
                FILLED.to_string().repeat(filled),
                theme.accent,
            ));
            spans.push(Span::styled(
                REST.to_string().repeat(BAR - filled),
                theme.dim,
            ));
            let number = texts.number(progress, u8::from(progress.fract() != 0.0));
            spans.push(Span::styled(format!(" {number:>4}  "), theme.text));
        }
        None => spans.push(Span::styled(
            format!("{:<17}", texts.get("sub-goal-chart-no-progress", &[])),
            theme.dim,
        )),
    }
    let mut rest = texts.get(
        "sub-goal-status",
        &[("status", point.status.tag().to_owned())],
    );
    if let Some(words) = &point.words {
        let words = texts.get(
            "sub-goal-chart-words",
            &[("words", words.replace('\n', " "))],
        );
        rest.push_str(&format!(" · {words}"));
    }
    let used: usize = spans.iter().map(|s| s.content.chars().count()).sum();
    // On a narrow screen the words go beneath the date instead.
    let indent = if usize::from(width) > used + 16 {
        used
    } else {
        5
    };
    let room = (usize::from(width).saturating_sub(indent) as u16).max(10);
    let mut wrapped = widgets::wrap(&rest, room).into_iter();
    let mut lines = Vec::new();
    if indent == used
        && let Some(first) = wrapped.next()
    {
        spans.push(Span::styled(first, theme.text));
    }
    lines.push(Line::from(spans));
    let lead = " ".repeat(indent);
    lines.extend(wrapped.map(|l| Line::styled(format!("{lead}{l}"), theme.text)));
    lines
}
