//! A participant's conversations over time: the list of every conversation (date and
//! time, title, finished or not, the key score), one journal read-only, and from there
//! the trend of an instrument (`trend.rs`) and the crisis card (`card_view.rs`).
//!
//! Nothing here writes. The journals are what the front end read when the history was
//! opened (`Command::LoadHistory`, answered with `Ui::history_loaded`).

use std::cell::OnceCell;
use std::path::PathBuf;

use ratatui::Frame;
use ratatui::crossterm::event::{KeyCode, KeyEventKind};
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::card_view;
use super::scrolled;
use super::split::{self, Size};
use super::sub_goal_trend::SubGoalView;
use super::theme::{MARKER, NO_MARKER};
use super::trend::{Outcome, TrendView};
use super::{Command, Context, Input, ctrl, widgets};
use crate::card;
use crate::history::{self, Entry, Instrument, KeyScore, Status, Target};
use crate::journal::sub_goals::file_name;
use crate::journal::{Found, Journal};
use crate::ui::lines::Lines;

/// One journal as the front end read it: parsed, and its file's text as it is on disk
/// (with control characters neutralised), for reading it on screen.
#[derive(Debug, Clone)]
pub struct JournalText {
    pub found: Found,
    pub text: String,
}

/// Everything the history screens show, read once by the front end.
#[derive(Debug, Clone, Default)]
pub struct HistoryData {
    /// Every journal that could be read, in the store's order.
    pub journals: Vec<JournalText>,
    /// The participant's own ORS target (none if unset).
    pub target: Target,
    /// What could not be read, worded for the screen: a damaged journal, a target file.
    pub problems: Vec<String>,
}

impl HistoryData {
    /// Journals found on disk, each with its text.
    pub fn new(journals: Vec<(Found, String)>, target: Target, problems: Vec<String>) -> Self {
        HistoryData {
            journals: journals
                .into_iter()
                .map(|(found, text)| JournalText { found, text })
                .collect(),
            target,
            problems,
        }
    }

    fn journals(&self) -> impl Iterator<Item = &Journal> {
        self.journals.iter().map(|j| &j.found.journal)
    }
}

enum View {
    List,
    Journal(Pager),
    Trend(Box<TrendView>),
    /// Every sub-goal's course, from a dialogue that makes or follows them up.
    SubGoals(Box<SubGoalView>),
    Card(Pager),
    /// A finished network map, drawn.
    Map(Box<crate::netmap::NetworkMap>),
}

pub struct History {
    participant: String,
    data: HistoryData,
    entries: Vec<Entry>,
    cursor: usize,
    /// The first entry on screen in a long list.
    top: usize,
    view: View,
    /// Opened straight on a trend (from a result screen): Esc there leaves the history.
    direct: bool,
    message: Option<String>,
    left: bool,
    /// What the list's layout needs from every journal, worked out once: the data never
    /// changes while the screen is open, and a key must not cost a pass over thousands of
    /// journals (the widths of the status and score columns; whether there is a plan).
    columns: OnceCell<(usize, usize)>,
    plan: OnceCell<bool>,
}

impl History {
    /// The list of every conversation, the newest selected.
    pub fn new(participant: &str, data: HistoryData) -> History {
        let entries = history::list(data.journals());
        History {
            participant: participant.to_owned(),
            cursor: entries.len().saturating_sub(1),
            top: 0,
            entries,
            data,
            view: View::List,
            direct: false,
            message: None,
            left: false,
            columns: OnceCell::new(),
            plan: OnceCell::new(),
        }
    }

    /// Straight on the trend of `dialogue` (the chart offered after a conversation).
    pub fn on_trend(
        context: &Context,
        participant: &str,
        data: HistoryData,
        dialogue: &str,
    ) -> History {
        let mut history = History::new(participant, data);
        history.view = View::Trend(Box::new(TrendView::new(
            context,
            participant,
            dialogue,
            history.data.journals(),
            &history.data.target,
        )));
        history.direct = true;
        history
    }

    /// The ORS target was stored: the data and the trend on screen follow it.
    pub fn target_saved(&mut self, target: Target) {
        if let View::Trend(trend) = &mut self.view {
            trend.target_saved(target.clone());
        }
        self.data.target = target;
    }

    pub fn participant(&self) -> &str {
        &self.participant
    }

    /// The history has been left (Esc): the screen it was opened from comes back.
    pub fn left(&self) -> bool {
        self.left
    }

    /// The trend on screen, if one is.
    pub fn trend(&self) -> Option<&TrendView> {
        match &self.view {
            View::Trend(trend) => Some(trend),
            _ => None,
        }
    }

    /// The sub-goals on screen, if they are.
    pub fn sub_goals(&self) -> Option<&SubGoalView> {
        match &self.view {
            View::SubGoals(goals) => Some(goals),
            _ => None,
        }
    }

    /// The path of the journal being read, if one is.
    pub fn reading(&self) -> Option<&PathBuf> {
        match &self.view {
            View::Journal(pager) => pager.path.as_ref(),
            _ => None,
        }
    }

    /// Whether the crisis card is on screen.
    pub fn showing_card(&self) -> bool {
        matches!(self.view, View::Card(_))
    }

    pub fn handle(&mut self, context: &Context, input: Input, size: (u16, u16)) -> Vec<Command> {
        let Input::Key(key) = input else {
            return Vec::new();
        };
        if key.kind != KeyEventKind::Press {
            return Vec::new();
        }
        if ctrl(&key, 'q') || ctrl(&key, 'c') {
            return vec![Command::Quit];
        }
        self.message = None;
        let back = match &mut self.view {
            View::List => {
                self.list_key(context, key.code, size);
                false
            }
            View::Journal(pager) | View::Card(pager) => {
                pager.key(context, key.code, size) == Outcome::Back
            }
            View::Map(_) => matches!(key.code, KeyCode::Esc | KeyCode::Char('k')),
            View::SubGoals(goals) => goals.key(context, key.code, size),
            View::Trend(trend) => match trend.key(context, key.code, size) {
                Outcome::Back => true,
                Outcome::SetTarget { ors, by } => {
                    return vec![Command::SetTarget {
                        participant: self.participant.clone(),
                        ors,
                        by,
                    }];
                }
                Outcome::Stay => false,
            },
        };
        if back {
            if self.direct {
                self.left = true;
            } else {
                self.view = View::List;
            }
        }
        Vec::new()
    }

    fn selected(&self) -> Option<&Entry> {
        self.entries.get(self.cursor)
    }

    fn has_plan(&self, context: &Context) -> bool {
        *self.plan.get_or_init(|| {
            card::latest_plan(self.data.journals(), &context.library, None).is_some()
        })
    }

    fn list_key(&mut self, context: &Context, code: KeyCode, size: (u16, u16)) {
        let count = self.entries.len();
        let page = self
            .layout(context, Rect::new(0, 0, size.0, size.1))
            .visible;
        match code {
            KeyCode::Esc => self.left = true,
            KeyCode::Up => self.cursor = self.cursor.saturating_sub(1),
            KeyCode::Down => self.cursor = (self.cursor + 1).min(count.saturating_sub(1)),
            KeyCode::PageUp => self.cursor = self.cursor.saturating_sub(page.max(1)),
            KeyCode::PageDown => {
                self.cursor = (self.cursor + page.max(1)).min(count.saturating_sub(1));
            }
            KeyCode::Home => self.cursor = 0,
            KeyCode::End => self.cursor = count.saturating_sub(1),
            KeyCode::Enter => {
                if let Some(entry) = self.selected() {
                    let journal = &self.data.journals[entry.index];
                    let title = format!(
                        "{} · {}",
                        entry_title(context, entry),
                        entry.started.format("%Y-%m-%d %H:%M")
                    );
                    // The file keeps its format; the screen shows it in the reader's words.
                    let mut pager = Pager::new(
                        title,
                        crate::journal::view::body(&journal.found.journal, &context.texts),
                        context.texts.get("tui-journal-readonly", &[]),
                    );
                    pager.path = Some(journal.found.path.clone());
                    self.view = View::Journal(pager);
                }
            }
            KeyCode::Char('t') => {
                let Some(entry) = self.selected() else {
                    return;
                };
                if Instrument::of(&entry.dialogue).is_some() {
                    let dialogue = entry.dialogue.clone();
                    self.view = View::Trend(Box::new(TrendView::new(
                        context,
                        &self.participant,
                        &dialogue,
                        self.data.journals(),
                        &self.data.target,
                    )));
                } else if touches_sub_goals(context, &entry.dialogue) {
                    let named: Vec<(String, &Journal)> = self
                        .data
                        .journals
                        .iter()
                        .map(|j| (file_name(&j.found.path), &j.found.journal))
                        .collect();
                    self.view = View::SubGoals(Box::new(SubGoalView::new(
                        &self.participant,
                        named
                            .iter()
                            .map(|(file, journal)| (file.as_str(), *journal)),
                    )));
                } else {
                    self.message = Some(context.texts.get("tui-history-no-chart", &[]));
                }
            }
            KeyCode::Char('k') => {
                let map = self.selected().and_then(|entry| {
                    let journal = &self.data.journals.get(entry.index)?.found.journal;
                    if journal.header.dialogue != crate::netmap::NETWORK_MAP
                        || card::finished_at(journal).is_none()
                    {
                        return None;
                    }
                    let script = context.library.get(crate::netmap::NETWORK_MAP)?;
                    crate::netmap::from_journal(journal, &script.dialogue, &context.texts)
                });
                match map {
                    Some(map) => self.view = View::Map(Box::new(map)),
                    None => self.message = Some(context.texts.get("tui-history-no-map", &[])),
                }
            }
            KeyCode::Char('c') => {
                match card_view::pager(context, &self.participant, self.data.journals()) {
                    Some(pager) => self.view = View::Card(pager),
                    None => {
                        self.message = Some(context.texts.get(
                            "tui-card-no-plan",
                            &[("participant", self.participant.clone())],
                        ));
                    }
                }
            }
            _ => {}
        }
        let visible = self
            .layout(context, Rect::new(0, 0, size.0, size.1))
            .visible;
        self.top = visible_top(self.top, self.cursor, visible);
    }

    fn keys(&self, context: &Context) -> Vec<(String, String)> {
        let t = |key: &str| context.texts.get(key, &[]);
        let mut keys = Vec::new();
        if !self.entries.is_empty() {
            keys.push((t("key-enter"), t("key-read")));
        }
        if self.selected().is_some_and(|e| {
            Instrument::of(&e.dialogue).is_some() || touches_sub_goals(context, &e.dialogue)
        }) {
            keys.push(("t".to_owned(), t("key-chart")));
        }
        if self.selected().is_some_and(|e| {
            e.dialogue == crate::netmap::NETWORK_MAP && e.status == history::Status::Finished
        }) {
            keys.push(("k".to_owned(), t("key-map")));
        }
        if self.has_plan(context) {
            keys.push(("c".to_owned(), t("key-card")));
        }
        keys.push(("↑↓".to_owned(), t("key-move")));
        keys.push(("Esc".to_owned(), t("key-back")));
        keys
    }

    /// Where the list's parts go at this size, and how many entries fit.
    fn layout(&self, context: &Context, area: Rect) -> ListLayout {
        let keys = self.keys(context);
        let footer = widgets::footer_lines(&keys, area.width).len() as u16;
        let width = area.width.saturating_sub(2);
        // A message of the screen's own first, then what could not be read.
        let selected = if matches!(self.view, View::List) {
            self.selected_notes(context)
        } else {
            Vec::new()
        };
        let notes: Vec<String> = self
            .message
            .iter()
            .chain(&selected)
            .chain(&self.data.problems)
            .flat_map(|m| widgets::wrap(m, width))
            .collect();
        let notes_height = (notes.len() as u16).min(4);
        let [title, _, body, notes_area, footer_area] = split::rows(
            area,
            [
                Size::Fixed(1),
                Size::Fixed(1),
                Size::Rest,
                Size::Fixed(notes_height),
                Size::Fixed(footer),
            ],
        );
        let body = widgets::inset(body);
        let wide = self.wide(context, body.width);
        let rows = usize::from(body.height).saturating_sub(usize::from(wide));
        let visible = if wide { rows } else { rows / 2 };
        ListLayout {
            title: widgets::inset(title),
            body,
            notes_area: widgets::inset(notes_area),
            notes,
            footer: footer_area,
            keys,
            wide,
            visible: visible.max(1),
        }
    }

    /// The columns of the list: widths of the status and the score.
    fn columns(&self, context: &Context) -> (usize, usize) {
        *self.columns.get_or_init(|| self.measure_columns(context))
    }

    fn measure_columns(&self, context: &Context) -> (usize, usize) {
        let status = [
            status_text(context, Status::Finished),
            status_text(context, Status::Unfinished),
        ]
        .iter()
        .map(|s| width_of(s))
        .max()
        .unwrap_or(0);
        let score = self
            .entries
            .iter()
            .filter_map(|e| self.result_text(context, e))
            .map(|s| width_of(&s))
            .chain([width_of(&context.texts.get("history-col-score", &[]))])
            .max()
            .unwrap_or(0);
        (status, score)
    }

    /// The result column: an instrument's key score, or how complete a plan is.
    fn result_text(&self, context: &Context, entry: &Entry) -> Option<String> {
        if let Some(score) = &entry.score {
            return Some(score_text(context, score));
        }
        let journal = &self.data.journals.get(entry.index)?.found.journal;
        crate::completeness::of_journal(&context.library, journal)
            .map(|c| crate::completeness::short(&context.texts, &c))
    }

    /// What staff must know about the selected conversation before they use it: from the
    /// kiosk and not yet seen (no baseline yet), not to be shared (left out of exports).
    /// Said below the list rather than in a column, so the list keeps its columns.
    fn selected_notes(&self, context: &Context) -> Vec<String> {
        let Some(journal) = self
            .entries
            .get(self.cursor)
            .and_then(|e| self.data.journals.get(e.index))
            .map(|j| &j.found.journal)
        else {
            return Vec::new();
        };
        let texts = &context.texts;
        let mut notes = Vec::new();
        if journal.awaits_staff() {
            notes.push(texts.get(
                "tui-history-kiosk-unseen",
                &[("participant", self.participant.clone())],
            ));
        }
        if !crate::export::shared(journal, &context.library) {
            notes.push(texts.get("tui-history-not-shared", &[]));
        }
        notes
    }

    /// One line an entry if the titles have room beside date, status and score.
    fn wide(&self, context: &Context, width: u16) -> bool {
        let (status, score) = self.columns(context);
        let fixed = 2 + 10 + 1 + 5 + 2 + 2 + status + 2 + score;
        usize::from(width) >= fixed + 22
    }

    pub fn view(&self, context: &Context, frame: &mut Frame, area: Rect) {
        match &self.view {
            View::List => self.list_view(context, frame, area),
            View::Journal(pager) | View::Card(pager) => pager.view(context, frame, area),
            View::Trend(trend) => trend.view(context, frame, area),
            View::SubGoals(goals) => goals.view(context, frame, area),
            View::Map(map) => self.map_view(context, map, frame, area),
        }
    }

    fn map_view(
        &self,
        context: &Context,
        map: &crate::netmap::NetworkMap,
        frame: &mut Frame,
        area: Rect,
    ) {
        let theme = &context.theme;
        let keys = vec![("Esc".to_owned(), context.texts.get("key-back", &[]))];
        let footer = widgets::footer_lines(&keys, area.width).len() as u16;
        let [title, _, body, footer_area] = split::rows(
            area,
            [
                Size::Fixed(1),
                Size::Fixed(1),
                Size::Rest,
                Size::Fixed(footer),
            ],
        );
        let heading = format!("{} · {}", map.title, self.participant);
        frame.render_widget(
            Lines::new(Line::styled(
                widgets::ellipsis(&heading, title.width),
                theme.title,
            )),
            title,
        );
        crate::ui::network_map::view(map, &context.texts, theme, frame, body);
        widgets::footer(frame, footer_area, theme, &keys);
    }

    fn list_view(&self, context: &Context, frame: &mut Frame, area: Rect) {
        let texts = &context.texts;
        let theme = &context.theme;
        let layout = self.layout(context, area);
        let heading = texts.get(
            "history-heading",
            &[("participant", self.participant.clone())],
        );
        frame.render_widget(
            Lines::new(Line::styled(
                widgets::ellipsis(&heading, layout.title.width),
                theme.title,
            )),
            layout.title,
        );
        let mut lines: Vec<Line> = Vec::new();
        if self.entries.is_empty() {
            for line in widgets::wrap(
                &texts.get("history-none", &[("participant", self.participant.clone())]),
                layout.body.width,
            ) {
                lines.push(Line::styled(line, theme.text));
            }
        } else {
            let width = usize::from(layout.body.width);
            let (status_w, score_w) = self.columns(context);
            let title_w = width.saturating_sub(2 + 10 + 1 + 5 + 2 + 2 + status_w + 2 + score_w);
            if layout.wide {
                let t = |key: &str| texts.get(key, &[]);
                lines.push(Line::styled(
                    format!(
                        "{NO_MARKER}{} {}  {}  {}  {}",
                        pad(&t("history-col-date"), 10),
                        pad(&t("history-col-time"), 5),
                        pad(&t("history-col-conversation"), title_w),
                        pad(&t("history-col-status"), status_w),
                        left_pad(&t("history-col-score"), score_w),
                    )
                    .trim_end()
                    .to_owned(),
                    theme.dim,
                ));
            }
            let top = visible_top(self.top, self.cursor, layout.visible);
            for (index, entry) in self
                .entries
                .iter()
                .enumerate()
                .skip(top)
                .take(layout.visible)
            {
                let selected = index == self.cursor;
                let when = entry.started.format("%Y-%m-%d %H:%M").to_string();
                let title = entry_title(context, entry);
                let status = status_text(context, entry.status);
                let score = self
                    .result_text(context, entry)
                    .unwrap_or_else(|| "–".to_owned());
                let (marker, style) = if selected {
                    (Span::styled(MARKER, theme.accent), theme.selected)
                } else {
                    (Span::raw(NO_MARKER), theme.text)
                };
                if layout.wide {
                    let text = format!(
                        "{when}  {}  {}  {}",
                        pad(&widgets::ellipsis(&title, title_w as u16), title_w),
                        pad(&status, status_w),
                        left_pad(&score, score_w),
                    );
                    lines.push(Line::from(vec![marker, Span::styled(text, style)]));
                } else {
                    let room = layout.body.width.saturating_sub(2);
                    lines.push(Line::from(vec![
                        marker,
                        Span::styled(widgets::ellipsis(&title, room), style),
                    ]));
                    let detail = format!("{when} · {status} · {score}");
                    lines.push(Line::styled(
                        format!("    {}", widgets::ellipsis(&detail, room.saturating_sub(2))),
                        theme.dim,
                    ));
                }
            }
        }
        frame.render_widget(Lines::new(lines), layout.body);
        let notes: Vec<Line> = layout
            .notes
            .iter()
            .map(|n| Line::styled(n.clone(), theme.warning))
            .collect();
        frame.render_widget(Lines::new(notes), layout.notes_area);
        widgets::footer(frame, layout.footer, theme, &layout.keys);
    }
}

struct ListLayout {
    title: Rect,
    body: Rect,
    notes_area: Rect,
    notes: Vec<String>,
    footer: Rect,
    keys: Vec<(String, String)>,
    /// One line an entry, under column headings; else two lines an entry.
    wide: bool,
    /// How many entries fit.
    visible: usize,
}

/// Whether `dialogue` (as installed) makes or follows up sub-goals: its `t` shows them.
fn touches_sub_goals(context: &Context, dialogue: &str) -> bool {
    context
        .library
        .get(dialogue)
        .is_some_and(|script| script.dialogue.touches_sub_goals())
}

/// The first entry to show so that the selected one is on screen, moving as little as
/// possible from `top`.
fn visible_top(top: usize, cursor: usize, visible: usize) -> usize {
    if cursor < top {
        cursor
    } else if cursor >= top + visible {
        cursor + 1 - visible
    } else {
        top
    }
}

/// The dialogue's title in the screen's language, or as the journal wrote it.
fn entry_title(context: &Context, entry: &Entry) -> String {
    context
        .library
        .find(&entry.dialogue)
        .map(|l| crate::wording::title_of(&context.texts, &l.id))
        .unwrap_or_else(|| entry.title.clone())
}

fn status_text(context: &Context, status: Status) -> String {
    context.texts.get(
        match status {
            Status::Finished => "history-finished",
            Status::Unfinished => "tui-history-unfinished",
        },
        &[],
    )
}

fn score_text(context: &Context, score: &KeyScore) -> String {
    let texts = &context.texts;
    let value = texts.number(score.value, score.decimals);
    match (score.id.as_str(), score.max) {
        ("percent", _) => texts.get("report-percent", &[("value", value)]),
        (_, Some(max)) => texts.get(
            "report-of-max",
            &[("value", value), ("max", texts.number(max, 0))],
        ),
        (_, None) => value,
    }
}

fn width_of(text: &str) -> usize {
    text.chars().map(super::text_field::char_width).sum()
}

fn pad(text: &str, width: usize) -> String {
    format!("{text}{}", " ".repeat(width.saturating_sub(width_of(text))))
}

fn left_pad(text: &str, width: usize) -> String {
    format!("{}{text}", " ".repeat(width.saturating_sub(width_of(text))))
}

/// A text read on screen, scrolling: a journal, the crisis card. Lines are wrapped to the
/// window's width, so nothing is cut off at the side.
pub(super) struct Pager {
    title: String,
    text: String,
    /// What the line under the text says besides the position ("read only").
    note: String,
    scroll: usize,
    path: Option<PathBuf>,
}

impl Pager {
    pub(super) fn new(title: String, text: String, note: String) -> Pager {
        Pager {
            title,
            text,
            note,
            scroll: 0,
            path: None,
        }
    }

    /// The text wrapped to `width`; a line's continuations keep its indent, so an
    /// indented answer stays indented.
    fn lines(&self, width: u16) -> Vec<String> {
        let width = width.max(10);
        let mut lines = Vec::new();
        for line in self.text.trim_end_matches('\n').split('\n') {
            let rest = line.trim_start_matches(' ');
            let indent = (line.len() - rest.len()).min(usize::from(width / 2));
            let lead = " ".repeat(indent);
            let wrapped = widgets::wrap(rest, width - indent as u16);
            if wrapped.is_empty() {
                lines.push(String::new());
            }
            lines.extend(wrapped.into_iter().map(|l| format!("{lead}{l}")));
        }
        lines
    }

    fn key(&mut self, context: &Context, code: KeyCode, size: (u16, u16)) -> Outcome {
        let body = scrolled::body(context, size);
        let total = self.lines(body.width).len();
        if scrolled::key(&mut self.scroll, code, total, body) {
            Outcome::Back
        } else {
            Outcome::Stay
        }
    }

    fn view(&self, context: &Context, frame: &mut Frame, area: Rect) {
        let body = scrolled::body(context, (area.width, area.height));
        let lines = self
            .lines(body.width)
            .into_iter()
            .map(|l| Line::styled(l, context.theme.text))
            .collect();
        scrolled::view(
            context,
            frame,
            area,
            &self.title,
            lines,
            self.scroll,
            &self.note,
        );
    }
}
