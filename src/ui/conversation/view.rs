//! How a conversation looks: the header with progress (and the rehearsal's clocks), the
//! question and its input, the notes panel, the notice under it, the footer of keys, and
//! the review, result, pause and help screens.

use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::Line;
use ratatui::widgets::Block;

use super::{Conversation, StepInput, outline};
use crate::engine::{Position, Stamp};
use crate::i18n::Texts;
use crate::journal::Mode;
use crate::script::{StepKind, keys};
use crate::ui::lines::Lines;
use crate::ui::split::{self, Size};
use crate::ui::{Context, widgets};
use crate::wording::{self, CallLine};

impl Conversation {
    pub(super) fn text_width(&self, context: &Context, size: (u16, u16)) -> u16 {
        let layout = self.layout(context, Rect::new(0, 0, size.0, size.1));
        layout.input.width.saturating_sub(2).max(10)
    }

    pub(super) fn question_lines(&self, context: &Context, width: u16) -> Vec<String> {
        let Some(step) = self.current() else {
            return Vec::new();
        };
        let text = wording::question(
            &context.texts,
            self.session.dialogue(),
            &step,
            self.session.computed(&step),
        );
        widgets::wrap(&text, width)
    }

    pub(super) fn layout(&self, context: &Context, area: Rect) -> ConversationLayout {
        let footer_height = widgets::footer_lines(&self.keys(context), area.width).len() as u16;
        let gap = if area.height >= 22 { 1 } else { 0 };
        // Two rows for a notice only while one shows: kept free, they cut the result and
        // the notes short and left no room to space a self-mode list.
        let notice_height = if self.notice_text(context).is_some() {
            2
        } else {
            0
        };
        let [header, gauge, _, main, notice, footer] = split::rows(
            area,
            [
                Size::Fixed(1),
                Size::Fixed(1),
                Size::Fixed(gap),
                Size::Rest,
                Size::Fixed(notice_height),
                Size::Fixed(footer_height),
            ],
        );
        let panel = self.notes_shown() || !self.beside.is_empty();
        // What the conversation before found stays in sight in the review too (a resumed
        // revision, every answer carried over, opens there).
        let beside_in_review =
            !self.beside.is_empty() && self.session.position() == Position::Review;
        let (body, notes) = if (panel && self.session.current_step().is_some()) || beside_in_review
        {
            if area.width >= 100 {
                let [body, notes] = split::columns(main, [Size::Rest, Size::Fixed(area.width / 3)]);
                (body, Some(notes))
            } else {
                // As tall as the note needs, up to half the screen's middle.
                let wanted = self
                    .notes_lines(context, main.width.saturating_sub(2))
                    .len() as u16
                    + 2;
                // Never so tall that the question (and a revision's first page, with how
                // it works) is cut short: the panel scrolls instead.
                let room = main
                    .height
                    .saturating_sub(self.body_rows(context, main.width));
                let notes_height = wanted.clamp(3, (main.height / 2).max(3)).min(room.max(5));
                let [body, notes] = split::rows(main, [Size::Rest, Size::Fixed(notes_height)]);
                (body, Some(notes))
            }
        } else {
            (main, None)
        };
        let mut body = body.inner(ratatui::layout::Margin::new(2, 0));
        // A plan being revised says so above every question.
        let banner_height = match self.banner_text(context) {
            Some(banner) => {
                (widgets::wrap(&banner, body.width).len() as u16 + 1).min(body.height / 3)
            }
            None => 0,
        };
        let banner = Rect {
            height: banner_height,
            ..body
        };
        body.y += banner_height;
        body.height -= banner_height;
        let question_height = self.question_lines(context, body.width).len() as u16;
        let input = Rect {
            y: body.y + (question_height + 1).min(body.height),
            height: body.height.saturating_sub(question_height + 1),
            ..body
        };
        ConversationLayout {
            header,
            gauge,
            banner,
            body,
            input,
            notes,
            notice,
            footer,
        }
    }

    /// The rows the step above a panel under it needs at this width: the banner, the
    /// question and, on a revision's first page, how a revision works.
    fn body_rows(&self, context: &Context, width: u16) -> u16 {
        let width = width.saturating_sub(4);
        let banner = self
            .banner_text(context)
            .map_or(0, |b| widgets::wrap(&b, width).len() + 1);
        let question = self.question_lines(context, width).len();
        let intro = if self.revision_first_page() {
            widgets::wrap(&context.texts.get("tui-revise-intro", &[]), width).len() + 2
        } else {
            0
        };
        u16::try_from(banner + question + intro).unwrap_or(u16::MAX)
    }

    /// The first page of a revision, which says how it works.
    fn revision_first_page(&self) -> bool {
        self.banner.is_some()
            && matches!(self.session.position(), Position::Step(i)
                if self.session.path().first() == Some(&i))
    }

    pub fn view(&self, context: &Context, frame: &mut Frame, area: Rect, now: Stamp) {
        let theme = &context.theme;
        let texts = &context.texts;
        let layout = self.layout(context, area);
        self.header(context, frame, &layout, now);
        match self.session.position() {
            Position::Step(_) => self.step_view(context, frame, &layout, now),
            Position::Review => {
                if let Some(review) = &self.review {
                    review.view(
                        &self.session,
                        texts,
                        theme,
                        frame,
                        layout.body.union(layout.input),
                    );
                }
            }
            Position::Done if self.map_open => {
                self.map_view(context, frame, layout.body.union(layout.input))
            }
            Position::Done => self.result_view(context, frame, layout.body),
            Position::Paused => self.paused_view(context, frame, layout.body),
        }
        if let Some(notes) = layout.notes {
            self.notes_view(context, frame, notes);
        }
        if let Some(notice) = self.notice_text(context) {
            let lines: Vec<Line> = widgets::wrap(&notice, layout.notice.width)
                .into_iter()
                .map(|l| Line::styled(l, theme.warning))
                .collect();
            frame.render_widget(Lines::new(lines), layout.notice);
        }
        widgets::footer(frame, layout.footer, theme, &self.keys(context));
        if self.help_open {
            self.help_view(context, frame, area);
        }
        if let Some(cursor) = self.outline {
            outline::view(&self.session, texts, theme, frame, area, cursor);
        }
    }

    /// A revision's banner on a step, with what has become of this step's answer so far:
    /// "… – behold, ret eller slet. Dette svar: fra planen."
    fn banner_text(&self, context: &Context) -> Option<String> {
        let banner = self.banner.as_ref()?;
        let (_, step) = self.session.current_step()?;
        Some(match self.session.carried(&step.id) {
            Some(carried) => context.texts.get(
                "revise-banner-answer",
                &[
                    ("banner", banner.clone()),
                    ("carried", context.texts.get(carried.key(), &[])),
                ],
            ),
            None => banner.clone(),
        })
    }

    pub(super) fn notice_text(&self, context: &Context) -> Option<String> {
        self.session
            .notice()
            .map(|n| wording::notice(&context.texts, &self.session, n))
            .or_else(|| self.message.clone())
    }

    /// The rows of the notes panel that show, scrolled as far as the person has scrolled
    /// (Ctrl+↑↓, the mouse wheel): a row says when there is more above or below.
    fn notes_window(&self, context: &Context, inner: Rect) -> Vec<Line<'static>> {
        let theme = &context.theme;
        let texts = &context.texts;
        let all = self.notes_lines(context, inner.width);
        let height = usize::from(inner.height);
        if all.len() <= height || height < 3 {
            return widgets::fit_rows(all, inner.height, inner.width, None, theme.dim);
        }
        let skip = usize::from(self.beside_scroll).min(notes_overflow(all.len(), height));
        let mut rows = Vec::new();
        if skip > 0 {
            rows.push(Line::styled(
                widgets::ellipsis(&texts.get("tui-beside-more-above", &[]), inner.width),
                theme.dim,
            ));
        }
        let room = height - rows.len();
        let more_below = skip + room < all.len();
        let shown = if more_below { room - 1 } else { room };
        rows.extend(all.into_iter().skip(skip).take(shown));
        if more_below {
            rows.push(Line::styled(
                widgets::ellipsis(&texts.get("tui-beside-more-below", &[]), inner.width),
                theme.dim,
            ));
        }
        rows
    }

    /// How far the notes panel can scroll at this size (0: it all fits).
    pub(super) fn notes_scroll_most(&self, context: &Context, size: (u16, u16)) -> u16 {
        let layout = self.layout(context, Rect::new(0, 0, size.0, size.1));
        let Some(notes) = layout.notes else {
            return 0;
        };
        let inner = Block::bordered().inner(notes);
        let lines = self.notes_lines(context, inner.width).len();
        let height = usize::from(inner.height);
        if lines <= height || height < 3 {
            return 0;
        }
        u16::try_from(notes_overflow(lines, height)).unwrap_or(u16::MAX)
    }

    /// The notes panel's lines: what the conversation before found, then the note.
    pub(super) fn notes_lines(&self, context: &Context, width: u16) -> Vec<Line<'static>> {
        let theme = &context.theme;
        let texts = &context.texts;
        let mut lines: Vec<Line> = Vec::new();
        for (question, answer) in &self.beside {
            // Whole: a question cut short is a question the person cannot read.
            lines.extend(
                widgets::wrap(question, width)
                    .into_iter()
                    .map(|l| Line::styled(l, theme.accent)),
            );
            for line in widgets::wrap(answer, width.saturating_sub(2)) {
                lines.push(Line::styled(format!("  {line}"), theme.text));
            }
        }
        if let (true, Some(step)) = (self.notes_shown(), self.current()) {
            let note = wording::attribute(texts, self.session.dialogue(), &step, keys::NOTE)
                .unwrap_or_else(|| texts.get("tui-no-note", &[]));
            if !lines.is_empty() {
                lines.push(Line::styled(texts.get("tui-notes-title", &[]), theme.title));
            }
            lines.extend(
                widgets::wrap(&note, width)
                    .into_iter()
                    .map(|l| Line::styled(l, theme.dim)),
            );
        }
        lines
    }

    /// Where the answers are: a path for staff, plain words for a citizen alone.
    pub(super) fn saved_line(&self, texts: &Texts) -> String {
        if self.mode == Mode::SelfGuided {
            texts.get("run-saved-self", &[])
        } else if self.journal.as_os_str().is_empty() {
            // A preview writes no journal.
            texts.get("preview-nothing-saved", &[])
        } else {
            texts.get("run-saved", &[("path", self.journal.display().to_string())])
        }
    }

    /// The pause says exactly what was kept: the answers, and any words not yet confirmed.
    pub(super) fn paused_view(&self, context: &Context, frame: &mut Frame, area: Rect) {
        let theme = &context.theme;
        let texts = &context.texts;
        let mut lines = vec![
            Line::styled(texts.get("tui-paused", &[]), theme.question),
            Line::default(),
        ];
        let answered = self.session.answers().len();
        let mut kept = vec![texts.get("tui-paused-answers", &[("answers", answered.to_string())])];
        for question in &self.kept_drafts {
            kept.push(texts.get(
                "tui-paused-draft",
                &[("question", widgets::ellipsis(question, 60))],
            ));
        }
        kept.push(self.saved_line(texts));
        for text in kept {
            lines.extend(
                widgets::wrap(&text, area.width)
                    .into_iter()
                    .map(|l| Line::styled(l, theme.text)),
            );
        }
        // Every way out of a crisis dialogue (a pause, "not ready") shows whom to call.
        if shows_contacts(&self.session) {
            lines.push(Line::default());
            lines.extend(contact_lines(context, area.width, self.mode));
        }
        frame.render_widget(Lines::new(lines), area);
    }

    /// How far the conversation has come: the questions on the path before the current
    /// step (or answered, when paused), out of all questions on the path.
    pub(super) fn progress(&self) -> f64 {
        let steps = self.session.steps();
        let questions: Vec<usize> = self
            .session
            .path()
            .into_iter()
            .filter(|i| steps[*i].1.kind.is_question())
            .collect();
        let total = questions.len().max(1) as f64;
        match self.session.position() {
            Position::Step(index) => {
                questions.iter().filter(|i| **i < index).count() as f64 / total
            }
            Position::Paused => {
                let answered = questions
                    .iter()
                    .filter(|i| self.session.answer(&steps[**i].1.id).is_some())
                    .count();
                answered as f64 / total
            }
            Position::Review | Position::Done => 1.0,
        }
    }

    pub(super) fn header(
        &self,
        context: &Context,
        frame: &mut Frame,
        layout: &ConversationLayout,
        now: Stamp,
    ) {
        let theme = &context.theme;
        let texts = &context.texts;
        let dialogue = self.session.dialogue();
        let mut left = wording::title(texts, dialogue);
        if let Some((section, _)) = self.session.current_step() {
            let heading = wording::section(texts, dialogue, section);
            if heading != left {
                left = format!("{left} · {heading}");
            }
        }
        let mut right = match self.session.question_number() {
            Some((n, total)) => texts.get(
                "plain-question-of",
                &[("number", n.to_string()), ("total", total.to_string())],
            ),
            None => String::new(),
        };
        if self.mode == Mode::Rehearsal {
            let step = clock(now - self.step_started);
            let whole = clock(now - self.started);
            right = format!(
                "{right}  {}",
                texts.get("tui-timers", &[("step", step), ("whole", whole)])
            );
        }
        let right_width = right.chars().count() as u16;
        // The title keeps ten columns, however long what is on the right.
        let right_width = (right_width + 1).min(layout.header.width.saturating_sub(10));
        let [left_area, right_area] =
            split::columns(layout.header, [Size::Rest, Size::Fixed(right_width)]);
        frame.render_widget(
            Lines::new(Line::styled(
                widgets::ellipsis(&left, left_area.width),
                theme.title,
            )),
            left_area,
        );
        frame.render_widget(
            Lines::new(Line::styled(right, theme.dim)).alignment(Alignment::Right),
            right_area,
        );
        let ratio = self.progress();
        // Drawn with characters, so that it shows in every theme, colour or not.
        let width = usize::from(layout.gauge.width);
        let filled = ((ratio.clamp(0.0, 1.0) * width as f64).round() as usize).min(width);
        let bar = format!("{}{}", "█".repeat(filled), "░".repeat(width - filled));
        frame.render_widget(Lines::new(Line::styled(bar, theme.accent)), layout.gauge);
    }

    pub(super) fn step_view(
        &self,
        context: &Context,
        frame: &mut Frame,
        layout: &ConversationLayout,
        now: Stamp,
    ) {
        let theme = &context.theme;
        let texts = &context.texts;
        let Some(step) = self.current() else {
            return;
        };
        if let Some(banner) = self.banner_text(context) {
            let lines: Vec<Line> = widgets::wrap(&banner, layout.banner.width)
                .into_iter()
                .map(|l| Line::styled(l, theme.accent))
                .collect();
            frame.render_widget(Lines::new(lines), layout.banner);
        }
        let alignment = if self.mode == Mode::Rehearsal {
            Alignment::Left
        } else {
            Alignment::Center
        };
        let style = if step.kind.is_question() {
            theme.question
        } else {
            theme.text
        };
        let question: Vec<Line> = self
            .question_lines(context, layout.body.width)
            .into_iter()
            .map(|l| Line::styled(l, style))
            .collect();
        let question = if matches!(self.input, StepInput::Info) {
            // An info text longer than the screen scrolls with ↑↓, and says there is more.
            let overflow = question
                .len()
                .saturating_sub(usize::from(layout.body.height));
            let skip = usize::from(self.scroll).min(overflow);
            widgets::fit_rows(
                question.into_iter().skip(skip).collect(),
                layout.body.height,
                layout.body.width,
                Some(&texts.get("tui-more-below", &[])),
                theme.dim,
            )
        } else {
            question
        };
        frame.render_widget(Lines::new(question).alignment(alignment), layout.body);
        let area = layout.input;
        let cx = self.step_cx(context, &step, now);
        match &self.input {
            StepInput::Info => {
                if matches!(step.kind, StepKind::Info { contacts: true }) {
                    contacts_view(context, frame, area, alignment, self.mode);
                } else if self.revision_first_page() {
                    // The first page of a revision says how it works, as the line mode does.
                    let lines: Vec<Line> =
                        widgets::wrap(&texts.get("tui-revise-intro", &[]), area.width)
                            .into_iter()
                            .map(|l| Line::styled(l, theme.text))
                            .collect();
                    let area = Rect {
                        y: area.y + 1.min(area.height),
                        height: area.height.saturating_sub(1),
                        ..area
                    };
                    frame.render_widget(Lines::new(lines).alignment(alignment), area);
                }
            }
            StepInput::Text(input) => input.view(frame, area, theme),
            StepInput::Scale(scale) => scale.view(&cx, frame, area),
            StepInput::Choice(choice) => choice.view(&cx, frame, area),
            StepInput::Repeat(list) => list.view(&cx, frame, area),
        }
    }

    /// The panel beside the question (or under it): what the conversation before this one
    /// found (learning after a crisis, beside the plan it revises), then the facilitator's
    /// note.
    fn notes_view(&self, context: &Context, frame: &mut Frame, notes: Rect) {
        let theme = &context.theme;
        let texts = &context.texts;
        let title = if self.beside.is_empty() {
            "tui-notes-title"
        } else {
            "tui-beside-title"
        };
        let block = Block::bordered()
            .title(texts.get(title, &[]))
            .border_style(theme.border);
        let inner = block.inner(notes);
        let lines = self.notes_window(context, inner);
        frame.render_widget(Lines::new(lines).block(block), notes);
    }

    /// The network map just made, drawn from the answers of this conversation.
    fn map_view(&self, context: &Context, frame: &mut Frame, area: Rect) {
        let dialogue = self.session.dialogue();
        let answers = self.session.answers();
        if let Some(map) = crate::netmap::from_answers(dialogue, &context.texts, answers) {
            crate::ui::network_map::view(&map, &context.texts, &context.theme, frame, area);
        }
    }

    pub(super) fn result_view(&self, context: &Context, frame: &mut Frame, area: Rect) {
        let theme = &context.theme;
        let texts = &context.texts;
        let dialogue = self.session.dialogue();
        // Staff read the flags as they are written for staff; a person alone reads one
        // calm paragraph, and where a low flag fired, whom to call.
        let (summary, low) = match (self.session.outcome(), self.mode) {
            (Some(outcome), Mode::SelfGuided) => wording::summary_alone(texts, dialogue, outcome),
            (Some(outcome), _) => (wording::summary(texts, dialogue, outcome), false),
            (None, _) => (String::new(), false),
        };
        let mut lines = vec![
            Line::styled(texts.get("plain-result-heading", &[]), theme.question),
            Line::default(),
        ];
        for line in widgets::wrap(&summary, area.width) {
            lines.push(Line::styled(line, theme.text));
        }
        // A plan's result is how complete it is, and what is still empty.
        if let Some(c) = crate::completeness::of(dialogue, self.session.answers()) {
            if !summary.is_empty() {
                lines.push(Line::default());
            }
            let words = crate::completeness::words(texts, dialogue, &c);
            for line in widgets::wrap(&words, area.width) {
                lines.push(Line::styled(line, theme.text));
            }
        }
        if low || shows_contacts(&self.session) {
            lines.push(Line::default());
            lines.extend(contact_lines(context, area.width, self.mode));
        }
        lines.push(Line::default());
        for line in widgets::wrap(&self.saved_line(texts), area.width) {
            lines.push(Line::styled(line, theme.dim));
        }
        if let Some((start, _)) = self.follow_up(context) {
            let title = texts.get(&crate::script::keys::title(&start.dialogue), &[]);
            lines.push(Line::default());
            for line in widgets::wrap(
                &texts.get("follow-up-offer", &[("title", title)]),
                area.width,
            ) {
                lines.push(Line::styled(line, theme.question));
            }
        }
        // A long result scrolls with the arrow keys; the last lines stay reachable.
        let overflow = lines.len().saturating_sub(usize::from(area.height));
        let skip = usize::from(self.scroll).min(overflow);
        let lines = widgets::fit_rows(
            lines.into_iter().skip(skip).collect(),
            area.height,
            area.width,
            Some(&texts.get("tui-more-below", &[])),
            theme.dim,
        );
        frame.render_widget(Lines::new(lines), area);
    }

    pub(super) fn help_view(&self, context: &Context, frame: &mut Frame, area: Rect) {
        let texts = &context.texts;
        let help = self
            .current()
            .and_then(|step| wording::attribute(texts, self.session.dialogue(), &step, keys::HELP))
            .unwrap_or_else(|| texts.get("plain-no-help", &[]));
        let text = format!("{help}\n\n{}", texts.get("tui-keys-help", &[]));
        widgets::message_box(
            frame,
            area,
            &context.theme,
            &text,
            &texts.get("tui-close-help", &[]),
        );
    }

    pub(super) fn keys(&self, context: &Context) -> Vec<(String, String)> {
        let texts = &context.texts;
        let t = |key: &str| texts.get(key, &[]);
        let mut keys = Vec::new();
        match self.session.position() {
            Position::Step(_) => {
                let Some(step) = self.current() else {
                    return keys;
                };
                let cx = self.step_cx(context, &step, self.started);
                if let StepInput::Repeat(list) = &self.input
                    && (list.editing() || list.removing())
                {
                    return list.keys(&cx);
                }
                let next_key = match &self.input {
                    StepInput::Text(text) if text.is_multiline() => "Ctrl+D",
                    StepInput::Repeat(_) => "Ctrl+D",
                    _ => "Enter",
                };
                keys.push((next_key.to_owned(), t("key-next")));
                match &self.input {
                    StepInput::Choice(choice) => keys.extend(choice.keys(&cx)),
                    StepInput::Scale(scale) => keys.extend(scale.keys(&cx)),
                    StepInput::Repeat(list) => keys.extend(list.keys(&cx)),
                    StepInput::Text(_) => keys.push(("Ctrl+Z".to_owned(), t("key-undo"))),
                    StepInput::Info => {}
                }
                keys.push(("Esc".to_owned(), t("key-back")));
                keys.push(("Ctrl+S".to_owned(), t("key-skip")));
                keys.push(("F1".to_owned(), t("key-help")));
                keys.push(("Ctrl+P".to_owned(), t("key-pause")));
                if self.mode == Mode::Facilitated {
                    keys.push(("Ctrl+N".to_owned(), t("key-notes")));
                }
                if self.mode == Mode::Rehearsal {
                    keys.push(("Ctrl+G".to_owned(), t("key-outline")));
                }
                if !self.beside.is_empty() {
                    keys.push(("Ctrl+↑↓".to_owned(), t("key-beside-scroll")));
                }
                if self.offers_discard() {
                    keys.push(("Ctrl+X".to_owned(), t("key-discard")));
                }
                keys.push(("Ctrl+B".to_owned(), t("key-blank")));
            }
            Position::Review => {
                keys.push(("Enter".to_owned(), t("key-open-or-finish")));
                keys.push(("Esc".to_owned(), t("key-back")));
                keys.push(("Ctrl+P".to_owned(), t("key-pause")));
                if !self.beside.is_empty() {
                    keys.push(("Ctrl+↑↓".to_owned(), t("key-beside-scroll")));
                }
            }
            Position::Done | Position::Paused if self.follow_up(context).is_some() => {
                keys.push(("Enter".to_owned(), t("key-go-on")));
                keys.push(("Esc".to_owned(), t("key-not-now")));
                keys.push(("↑↓".to_owned(), t("key-scroll")));
            }
            Position::Done | Position::Paused => {
                keys.push(("Enter".to_owned(), t("key-done")));
                if self.offers_map() {
                    let what = if self.map_open {
                        "key-result"
                    } else {
                        "key-map"
                    };
                    keys.push(("k".to_owned(), t(what)));
                }
                if self.offers_trend() {
                    keys.push(("g".to_owned(), t("key-chart")));
                }
                keys.push(("↑↓".to_owned(), t("key-scroll")));
            }
        }
        keys
    }
}

/// The first line shown when the panel is scrolled to its end: the last `height - 1` lines
/// show under the "more above" row.
fn notes_overflow(lines: usize, height: usize) -> usize {
    lines.saturating_sub(height.saturating_sub(1))
}

pub(super) struct ConversationLayout {
    pub(super) header: Rect,
    pub(super) gauge: Rect,
    pub(super) banner: Rect,
    pub(super) body: Rect,
    pub(super) input: Rect,
    pub(super) notes: Option<Rect>,
    pub(super) notice: Rect,
    pub(super) footer: Rect,
}

/// The crisis contacts configured, and 112, on a step that shows them.
pub(super) fn contacts_view(
    context: &Context,
    frame: &mut Frame,
    area: Rect,
    alignment: Alignment,
    mode: Mode,
) {
    let lines = contact_lines(context, area.width, mode);
    frame.render_widget(Lines::new(lines).alignment(alignment), area);
}

/// Whom to call (`wording::whom_to_call`), styled: numbers stand out, 112 most.
fn contact_lines(context: &Context, width: u16, mode: Mode) -> Vec<Line<'static>> {
    let theme = &context.theme;
    let alone = mode == Mode::SelfGuided;
    let mut lines = Vec::new();
    for call in wording::whom_to_call(&context.texts, &context.contacts, alone) {
        let style = match call {
            CallLine::Heading(_) => theme.question,
            CallLine::NoneConfigured(_) => theme.dim,
            CallLine::Contact(_) | CallLine::Helpline(_) => theme.accent,
            CallLine::Emergency(_) => theme.warning,
        };
        lines.extend(
            widgets::wrap(call.text(), width)
                .into_iter()
                .map(|l| Line::styled(l, style)),
        );
    }
    lines
}

/// A crisis dialogue (`crisis: true` in its script): its every way out shows whom to call.
/// A citizen alone is shown them too when a low flag fires (`wording::summary_alone`).
fn shows_contacts(session: &crate::engine::Session) -> bool {
    session.dialogue().crisis
}

/// Minutes and seconds, for the rehearsal timers.
fn clock(duration: chrono::TimeDelta) -> String {
    let seconds = duration.num_seconds().max(0);
    format!("{}:{:02}", seconds / 60, seconds % 60)
}
