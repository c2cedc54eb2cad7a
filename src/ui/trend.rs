//! The trend of one instrument on screen: the person's own numbers over time, as a chart
//! drawn with characters, with every value written at its point, the cut-off lines and
//! the person's own ORS target labelled, the flags marked where they occur, and beneath
//! it a plain table of the same numbers, the lines explained and the flags in words.
//!
//! The numbers are `history::trend`'s, nothing else: no expected-treatment curve, no
//! smoothing. Every mark is a character (`●` a point, `*` something worth talking about,
//! `╌` a cut-off, `┄` a cut-off from a secondary source, `═` the person's own target), so
//! the chart reads the same without colour. When the window is narrow the chart shows the
//! newest points that fit, newest last; ← and → move through the older ones, and the
//! table beneath always has them all.

use std::cell::RefCell;
use std::rc::Rc;

use ratatui::Frame;
use ratatui::crossterm::event::KeyCode;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::split::{self, Size};
use super::target_form::{FormOutcome, TargetForm};
use super::theme::{MARKER, NO_MARKER, Theme};
use super::{Context, widgets};
use crate::engine::Stamp;
use crate::engine::flow::EPSILON;
use crate::history::{self, Instrument, Reference, Target, Trend};
use crate::i18n::{Lang, Texts};
use crate::journal::Journal;
use crate::script::keys;
use crate::ui::lines::Lines;

/// A point of the chart.
pub const POINT: char = '●';
/// Follows the numbers from one point to the next.
const PATH: char = '·';
/// Beside a value that has something worth talking about.
pub const MARK: char = '*';
const CUT_OFF: char = '╌';
const SECONDARY: char = '┄';
const TARGET: char = '═';
const AXIS: char = '│';
const TICK: char = '┤';

/// The fewest columns a point needs: its value with the mark, its date, and a gap.
const SLOT: usize = 8;

/// The SRS line for a single question: below 9 is worth talking about.
const SRS_ITEM: Reference = Reference::CutOff {
    id: "srs-item-9",
    value: 9.0,
    secondary: false,
};

/// What the trend screen wants after a key.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    Stay,
    Back,
    /// Store the participant's ORS target (`None` clears it), set by this staff member.
    SetTarget {
        ors: Option<f64>,
        by: String,
    },
}

/// The pane's lines, and the series and width they were laid out for.
type PaneCache = (usize, u16, Rc<Vec<Line<'static>>>);

pub struct TrendView {
    participant: String,
    title: String,
    trend: Trend,
    /// 0 is the total (WHO-5: the percentage); 1… are the items of a FIT form.
    series: usize,
    /// How many of the newest points are left off the chart to show older ones.
    shift: usize,
    /// How far the table and the words beneath the chart are scrolled.
    scroll: usize,
    /// The table and the words beneath it for one series at one width: they go over every
    /// point, so they are laid out once per change of series or size, not on every key
    /// and frame.
    pane: RefCell<Option<PaneCache>>,
    /// The participant's targets as stored, with who set them and when.
    target: Target,
    /// Setting or clearing the ORS target, while it is open.
    form: Option<TargetForm>,
}

impl TrendView {
    /// The trend of `dialogue` in these journals (in the order `history::trend` is given
    /// them), with the participant's ORS target.
    pub fn new<'a>(
        context: &Context,
        participant: &str,
        dialogue: &str,
        journals: impl IntoIterator<Item = &'a Journal>,
        target: &Target,
    ) -> TrendView {
        let mut trend = history::trend(journals, dialogue);
        trend.add_target(target);
        let target = target.clone();
        let texts = &context.texts;
        let title = context
            .library
            .find(dialogue)
            .map(|l| crate::wording::title_of(texts, &l.id))
            .unwrap_or_else(|| dialogue.to_owned());
        TrendView {
            participant: participant.to_owned(),
            title,
            trend,
            series: 0,
            shift: 0,
            scroll: 0,
            pane: RefCell::new(None),
            target,
            form: None,
        }
    }

    /// Whether staff can set the ORS target here: on the total of an ORS trend.
    fn can_target(&self) -> bool {
        self.instrument() == Some(Instrument::Ors) && self.series == 0
    }

    /// Whether the target form is open.
    pub fn setting_target(&self) -> bool {
        self.form.is_some()
    }

    /// The target was stored: the chart's line and the words beneath follow it.
    pub fn target_saved(&mut self, target: Target) {
        self.trend
            .references
            .retain(|r| !matches!(r, Reference::Target { .. }));
        self.trend.add_target(&target);
        self.target = target;
        self.form = None;
        *self.pane.borrow_mut() = None;
    }

    /// The trend the chart is drawn from.
    pub fn trend(&self) -> &Trend {
        &self.trend
    }

    /// Which numbers are shown: 0 is the total, 1… the items.
    pub fn series(&self) -> usize {
        self.series
    }

    /// The numbers of the chart and its table, oldest first: the total or the item shown.
    pub fn values(&self) -> Vec<Option<f64>> {
        self.trend
            .points
            .iter()
            .map(|p| match self.series {
                0 => p.total,
                n => p.items.get(n - 1).and_then(|(_, v)| *v),
            })
            .collect()
    }

    fn instrument(&self) -> Option<Instrument> {
        self.trend.instrument
    }

    fn series_count(&self) -> usize {
        1 + self.instrument().map_or(0, |i| i.items().len())
    }

    fn dialogue(&self) -> &str {
        &self.trend.dialogue
    }

    fn range(&self) -> (f64, f64) {
        match (self.series, self.instrument()) {
            (0, Some(instrument)) => instrument.range(),
            (0, None) => (0.0, 1.0),
            _ => (0.0, 10.0),
        }
    }

    fn decimals(&self) -> u8 {
        match (self.series, self.instrument()) {
            (0, Some(instrument)) => instrument.decimals(),
            _ => 1,
        }
    }

    fn ticks(&self) -> &'static [f64] {
        match (self.series, self.instrument()) {
            (0, Some(Instrument::Who5)) => &[0.0, 25.0, 50.0, 75.0, 100.0],
            (0, _) => &[0.0, 10.0, 20.0, 30.0, 40.0],
            _ => &[0.0, 5.0, 10.0],
        }
    }

    /// The lines the numbers are held against: the cut-offs and target of the total; the
    /// SRS line of 9 for one SRS question; none for one ORS question.
    fn references(&self) -> Vec<Reference> {
        match (self.series, self.instrument()) {
            (0, _) => self.trend.references.clone(),
            (_, Some(Instrument::Srs)) => vec![SRS_ITEM],
            _ => Vec::new(),
        }
    }

    /// Whether the point has something worth talking about in the numbers shown: any flag
    /// for the total; a question below 9 for one SRS question.
    fn marked(&self, index: usize) -> bool {
        let Some(point) = self.trend.points.get(index) else {
            return false;
        };
        match (self.series, self.instrument()) {
            (0, _) => !point.flags.is_empty(),
            (n, Some(Instrument::Srs)) => {
                point.has_flag("item-below-9")
                    && point
                        .items
                        .get(n - 1)
                        .and_then(|(_, v)| *v)
                        .is_some_and(|v| v < 9.0 - EPSILON)
            }
            _ => false,
        }
    }

    fn series_name(&self, texts: &Texts, series: usize) -> String {
        match (series, self.instrument()) {
            (0, Some(Instrument::Who5)) => texts.get("who5-percent", &[]),
            (0, _) => texts.get("trend-col-total", &[]),
            (n, Some(instrument)) => instrument
                .items()
                .get(n - 1)
                .map(|item| texts.get(&format!("trend-item-{}-{item}", self.dialogue()), &[]))
                .unwrap_or_default(),
            _ => String::new(),
        }
    }

    /// How many points the chart has room for at this width.
    fn capacity(&self, context: &Context, width: u16) -> usize {
        let geometry = Geometry::new(self, &context.texts, width);
        (geometry.plot / SLOT).max(1)
    }

    /// The points on the chart: the newest that fit, less those shifted off.
    fn window(&self, capacity: usize) -> (usize, usize) {
        let count = self.trend.points.len();
        let shown = count.min(capacity);
        let shift = self.shift.min(count - shown);
        (count - shown - shift, count - shift)
    }

    /// Handles a key; `size` is the whole screen's.
    pub fn key(&mut self, context: &Context, code: KeyCode, size: (u16, u16)) -> Outcome {
        let area = Rect::new(0, 0, size.0, size.1);
        let capacity = self.capacity(context, content_width(area));
        let count = self.trend.points.len();
        let hidden = count.saturating_sub(capacity);
        let series = self.series_count();
        if let Some(form) = &mut self.form {
            match form.key(&context.texts, code) {
                FormOutcome::Stay => {}
                FormOutcome::Cancel => self.form = None,
                FormOutcome::Save { ors, by } => return Outcome::SetTarget { ors, by },
            }
            return Outcome::Stay;
        }
        match code {
            KeyCode::Esc => return Outcome::Back,
            KeyCode::Char('m') if self.can_target() => {
                self.form = Some(TargetForm::new(&context.texts, self.target.ors));
                return Outcome::Stay;
            }
            KeyCode::Tab if series > 1 => self.series = (self.series + 1) % series,
            KeyCode::BackTab if series > 1 => self.series = (self.series + series - 1) % series,
            KeyCode::Char(c) if series > 1 => {
                if let Some(n) = c.to_digit(10).map(|d| d as usize)
                    && (1..=series).contains(&n)
                {
                    self.series = n - 1;
                }
            }
            KeyCode::Left => self.shift = (self.shift + 1).min(hidden),
            KeyCode::Right => self.shift = self.shift.min(hidden).saturating_sub(1),
            KeyCode::Up => self.scroll = self.scroll.saturating_sub(1),
            KeyCode::Down => self.scroll += 1,
            KeyCode::PageUp => {
                let page = self.areas(context, area).pane.height.max(1) as usize;
                self.scroll = self.scroll.saturating_sub(page);
            }
            KeyCode::PageDown => {
                self.scroll += self.areas(context, area).pane.height.max(1) as usize;
            }
            KeyCode::Home => self.scroll = 0,
            KeyCode::End => self.scroll = usize::MAX,
            _ => {}
        }
        let areas = self.areas(context, area);
        let lines = self.pane_head(context, areas.pane.width).len()
            + self.pane_body(context, areas.pane.width).len();
        self.scroll = self
            .scroll
            .min(lines.saturating_sub(usize::from(areas.pane.height)));
        Outcome::Stay
    }

    fn keys(&self, context: &Context, width: u16) -> Vec<(String, String)> {
        let t = |key: &str| context.texts.get(key, &[]);
        let mut keys = Vec::new();
        if self.series_count() > 1 {
            keys.push(("Tab".to_owned(), t("key-series")));
        }
        if self.trend.points.len() > self.capacity(context, width) {
            keys.push(("←→".to_owned(), t("key-older-newer")));
        }
        if self.form.is_some() {
            return vec![
                ("Tab".to_owned(), t("key-next-field")),
                ("Enter".to_owned(), t("key-save-entry")),
                ("Esc".to_owned(), t("key-cancel-entry")),
            ];
        }
        if self.can_target() {
            keys.push(("m".to_owned(), t("key-target")));
        }
        keys.push(("↑↓".to_owned(), t("key-scroll")));
        keys.push(("Esc".to_owned(), t("key-back")));
        keys
    }

    fn areas(&self, context: &Context, area: Rect) -> Areas {
        let width = content_width(area);
        let keys = self.keys(context, width);
        let footer = widgets::footer_lines(&keys, area.width).len() as u16;
        let rest = area.height.saturating_sub(2 + footer);
        let pane = (rest / 3).max(5).min(rest);
        let [title, tabs, chart, pane_area, footer_area] = split::rows(
            area,
            [
                Size::Fixed(1),
                Size::Fixed(1),
                Size::Fixed(rest - pane),
                Size::Fixed(pane),
                Size::Fixed(footer),
            ],
        );
        Areas {
            title: widgets::inset(title),
            tabs: widgets::inset(tabs),
            chart: widgets::inset(chart),
            pane: widgets::inset(pane_area),
            footer: footer_area,
            keys,
        }
    }

    pub fn view(&self, context: &Context, frame: &mut Frame, area: Rect) {
        let texts = &context.texts;
        let theme = &context.theme;
        let areas = self.areas(context, area);
        let heading = texts.get(
            "trend-heading",
            &[
                ("title", self.title.clone()),
                ("participant", self.participant.clone()),
            ],
        );
        frame.render_widget(
            Lines::new(Line::styled(
                widgets::ellipsis(&heading, areas.title.width),
                theme.title,
            )),
            areas.title,
        );
        frame.render_widget(Lines::new(self.tabs(context, areas.tabs.width)), areas.tabs);
        if self.instrument().is_none() || self.trend.points.is_empty() {
            let key = if self.instrument().is_none() {
                "trend-no-scores"
            } else {
                "trend-none"
            };
            let message = texts.get(
                key,
                &[
                    ("title", self.title.clone()),
                    ("participant", self.participant.clone()),
                    ("count", self.trend.points.len().to_string()),
                ],
            );
            let lines: Vec<Line> = std::iter::once(Line::default())
                .chain(
                    widgets::wrap(&message, areas.chart.width)
                        .into_iter()
                        .map(|l| Line::styled(l, theme.text)),
                )
                .collect();
            frame.render_widget(Lines::new(lines), areas.chart);
        } else {
            let chart = self.chart(context, areas.chart.width, areas.chart.height);
            frame.render_widget(Lines::new(chart), areas.chart);
            if let Some(form) = &self.form {
                let lines = form.lines(texts, &context.theme, areas.pane.width);
                frame.render_widget(Lines::new(lines), areas.pane);
                widgets::footer(frame, areas.footer, theme, &areas.keys);
                return;
            }
            let head = self.pane_head(context, areas.pane.width);
            let body = self.pane_body(context, areas.pane.width);
            let height = usize::from(areas.pane.height);
            let skip = self
                .scroll
                .min((head.len() + body.len()).saturating_sub(height));
            // Only the rows on screen are copied.
            let shown: Vec<Line> = head
                .into_iter()
                .chain(body.iter().cloned())
                .skip(skip)
                .take(height)
                .collect();
            frame.render_widget(Lines::new(shown), areas.pane);
        }
        widgets::footer(frame, areas.footer, theme, &areas.keys);
    }

    /// The names of the numbers to choose between (FIT), the one shown marked `▸`; the
    /// scale of WHO-5.
    fn tabs(&self, context: &Context, width: u16) -> Line<'static> {
        let texts = &context.texts;
        let theme = &context.theme;
        let count = self.series_count();
        if count == 1 {
            return Line::styled(
                widgets::ellipsis(&self.series_name(texts, 0), width),
                theme.dim,
            );
        }
        let names: Vec<String> = (0..count).map(|i| self.series_name(texts, i)).collect();
        let whole: usize = names.iter().map(|n| 2 + text_width(n)).sum::<usize>() + count - 1;
        if whole <= usize::from(width) {
            let mut spans = Vec::new();
            for (index, name) in names.into_iter().enumerate() {
                if index > 0 {
                    spans.push(Span::raw(" "));
                }
                if index == self.series {
                    spans.push(Span::styled(MARKER, theme.accent));
                    spans.push(Span::styled(name, theme.selected));
                } else {
                    spans.push(Span::raw(NO_MARKER));
                    spans.push(Span::styled(name, theme.text));
                }
            }
            return Line::from(spans);
        }
        // Too narrow for every name: the one shown, and where it is among them.
        let place = format!("  ({}/{count})", self.series + 1);
        let room = usize::from(width).saturating_sub(2 + text_width(&place)) as u16;
        Line::from(vec![
            Span::styled(MARKER, theme.accent),
            Span::styled(widgets::ellipsis(&names[self.series], room), theme.selected),
            Span::styled(place, theme.dim),
        ])
    }

    /// A value as it is written at its point and in the table.
    fn value_text(&self, texts: &Texts, value: f64) -> String {
        texts.number(value, self.decimals())
    }

    fn reference_label(&self, texts: &Texts, reference: &Reference) -> String {
        match reference {
            Reference::CutOff { value, .. } if self.instrument() == Some(Instrument::Who5) => {
                texts.get("report-percent", &[("value", texts.number(*value, 0))])
            }
            Reference::CutOff { value, .. } => texts.number(*value, 0),
            Reference::Target { value } => texts.get(
                "tui-trend-target-label",
                &[("value", texts.number(*value, self.decimals()))],
            ),
        }
    }

    /// The chart, `width`×`height`: the plot, and the dates beneath it.
    fn chart(&self, context: &Context, width: u16, height: u16) -> Vec<Line<'static>> {
        let texts = &context.texts;
        let theme = &context.theme;
        let geometry = Geometry::new(self, texts, width);
        let mut grid = Grid::new(usize::from(width), usize::from(height), theme.text);
        // The plot's rows; the first is room for the labels of the highest points.
        let rows = usize::from(height).saturating_sub(1).max(3);
        let (first, end) = self.window((geometry.plot / SLOT).max(1));
        let values = self.values();
        let shown: Vec<f64> = values[first..end].iter().flatten().copied().collect();
        let references = self.references();
        let placed = Placed::new(
            self.range(),
            (1, rows - 1),
            &references.iter().map(Reference::value).collect::<Vec<_>>(),
            &shown,
        );
        let left = geometry.gutter;
        let right = left + geometry.plot;

        // The axis, with the scale's steps: not where a line is (a line names its value),
        // nor where a point sits that was moved there clear of a line.
        for row in 0..rows {
            grid.put(row, left - 1, &AXIS.to_string(), theme.dim);
        }
        for tick in self.ticks() {
            let row = placed.ideal(*tick);
            let moved = shown
                .iter()
                .any(|v| placed.point(*v) == row && placed.ideal(*v) != row);
            if placed.is_line(row) || moved {
                continue;
            }
            let label = texts.number(*tick, 0);
            let at = (left - 1).saturating_sub(text_width(&label));
            grid.put(row, at, &label, theme.dim);
            grid.put(row, left - 1, &TICK.to_string(), theme.dim);
        }

        // The lines to hold the numbers against, each labelled at its right end.
        for reference in &references {
            let (c, style) = line_look(reference, theme);
            let row = placed.line(reference.value());
            for x in left..right {
                grid.put(row, x, &c.to_string(), style);
            }
            grid.put(
                row,
                right + 1,
                &self.reference_label(texts, reference),
                style,
            );
        }

        // The points shown, evenly spread, newest last.
        let count = end - first;
        let slot = geometry.plot / count.max(1);
        let column = |i: usize| left + slot * i + slot / 2;
        // The path from point to point, under everything else.
        for i in 1..count {
            let (Some(a), Some(b)) = (values[first + i - 1], values[first + i]) else {
                continue;
            };
            let (xa, xb) = (column(i - 1), column(i));
            let (ra, rb) = (placed.point(a) as f64, placed.point(b) as f64);
            for x in xa + 1..xb {
                let share = (x - xa) as f64 / (xb - xa) as f64;
                let row = (ra + share * (rb - ra)).round() as usize;
                if grid.is_blank(row, x) {
                    grid.put(row, x, &PATH.to_string(), theme.dim);
                }
            }
        }
        for i in 0..count {
            let x = column(i);
            if let Some(value) = values[first + i] {
                grid.put(placed.point(value), x, &POINT.to_string(), theme.question);
            }
        }
        for i in 0..count {
            let index = first + i;
            let x = column(i);
            let marked = self.marked(index);
            let style = if marked { theme.warning } else { theme.text };
            let (label, at_row) = match values[index] {
                Some(value) => {
                    let mut label = self.value_text(texts, value);
                    if marked {
                        label.push(MARK);
                    }
                    (label, placed.point(value))
                }
                None => ("–".to_owned(), rows / 2 + 1),
            };
            let at = x.saturating_sub((text_width(&label) - 1) / 2);
            let len = text_width(&label);
            // The value above its point, else below it, else beside it: never on a line
            // if it can be helped, so that no value seems to be where a line is.
            let free = |row: usize, at: usize| {
                row < rows
                    && !placed.is_line(row)
                    && (at..at + len).all(|c| grid.is_blank(row, c) || grid.is(row, c, PATH))
            };
            // Beside it may reach into the margin of the lines' labels, where that is blank.
            let beside = |at: usize| {
                at >= left
                    && at + len < usize::from(width)
                    && (at..at + len).all(|c| grid.is_blank(at_row, c) || grid.is(at_row, c, PATH))
            };
            let (row, at) = if values[index].is_none() {
                (at_row, at)
            } else if at_row >= 1 && free(at_row - 1, at) {
                (at_row - 1, at)
            } else if free(at_row + 1, at) {
                (at_row + 1, at)
            } else if beside(x + 2) {
                (at_row, x + 2)
            } else if x >= len + 2 && beside(x - len - 1) {
                (at_row, x - len - 1)
            } else {
                (at_row.saturating_sub(1), at)
            };
            if row == at_row && at > x {
                grid.put(row, x + 1, " ", theme.text);
            }
            grid.put(row, at, &label, style);
            let date = short_date(texts, &self.trend.points[index].at);
            let at = x.saturating_sub((text_width(&date) - 1) / 2);
            grid.put(rows, at, &date, theme.dim);
        }
        // Older and newer points off the chart.
        if first > 0 {
            grid.put(rows, 0, "«", theme.accent);
        }
        if end < self.trend.points.len() {
            grid.put(rows, usize::from(width) - 1, "»", theme.accent);
        }
        grid.lines()
    }

    /// Beneath the chart: the table of the same numbers, the lines explained, the flags
    /// in words.
    /// What the pane begins with: which points the chart shows, when not all fit. It
    /// changes with every shift, so it is not kept with the rest.
    fn pane_head(&self, context: &Context, width: u16) -> Vec<Line<'static>> {
        let texts = &context.texts;
        let theme = &context.theme;
        let mut lines: Vec<Line<'static>> = Vec::new();
        let count = self.trend.points.len();
        let capacity = self.capacity(context, width);
        if count > capacity {
            let (first, end) = self.window(capacity);
            push_wrapped(
                &mut lines,
                &texts.get(
                    "tui-trend-shown",
                    &[
                        ("shown", (end - first).to_string()),
                        ("count", count.to_string()),
                    ],
                ),
                "",
                "",
                theme.dim,
                width,
            );
        }
        lines
    }

    /// The rest of the pane, laid out once per series and width.
    fn pane_body(&self, context: &Context, width: u16) -> Rc<Vec<Line<'static>>> {
        let mut cache = self.pane.borrow_mut();
        if let Some((series, cached_width, lines)) = cache.as_ref()
            && *series == self.series
            && *cached_width == width
        {
            return Rc::clone(lines);
        }
        let lines = Rc::new(self.pane_body_lines(context, width));
        *cache = Some((self.series, width, Rc::clone(&lines)));
        lines
    }

    fn pane_body_lines(&self, context: &Context, width: u16) -> Vec<Line<'static>> {
        let texts = &context.texts;
        let theme = &context.theme;
        let count = self.trend.points.len();
        let push_wrapped =
            |lines: &mut Vec<Line<'static>>, text: &str, first: &str, rest: &str, style| {
                push_wrapped(lines, text, first, rest, style, width)
            };
        let mut lines = self.table(context, width);
        if count == 1 {
            push_wrapped(&mut lines, &texts.get("trend-one", &[]), "", "", theme.dim);
        }

        // The lines, each with the character it is drawn with.
        let references = self.references();
        if !references.is_empty() {
            lines.push(Line::default());
            lines.push(Line::styled(
                texts.get("trend-lines-heading", &[]),
                theme.title,
            ));
            for reference in &references {
                let (c, _) = line_look(reference, theme);
                let text = crate::wording::reference(texts, reference, self.decimals());
                push_wrapped(&mut lines, &text, &format!("{c}{c} "), "   ", theme.text);
            }
        }
        if self.can_target()
            && let Some(line) = crate::wording::target_set(texts, &self.target)
        {
            push_wrapped(&mut lines, &line, "   ", "   ", theme.dim);
        }
        if self.series == 0
            && self.instrument() == Some(Instrument::Ors)
            && !references
                .iter()
                .any(|r| matches!(r, Reference::Target { .. }))
        {
            push_wrapped(
                &mut lines,
                &texts.get(
                    "tui-trend-no-target",
                    &[("participant", self.participant.clone())],
                ),
                "   ",
                "   ",
                theme.dim,
            );
        }

        // The flags in words, each once, with the dates it was there.
        lines.push(Line::default());
        let mut seen: Vec<&str> = Vec::new();
        for point in &self.trend.points {
            for flag in &point.flags {
                if !seen.contains(&flag.id.as_str()) {
                    seen.push(&flag.id);
                }
            }
        }
        if seen.is_empty() {
            push_wrapped(
                &mut lines,
                &texts.get("trend-no-flags", &[]),
                "",
                "",
                theme.text,
            );
            return lines;
        }
        push_wrapped(
            &mut lines,
            &texts.get("trend-flags-heading", &[]),
            &format!("{MARK} "),
            "  ",
            theme.title,
        );
        for id in seen {
            let dates: Vec<String> = self
                .trend
                .points
                .iter()
                .filter(|p| p.has_flag(id))
                .map(|p| p.at.format("%Y-%m-%d").to_string())
                .collect();
            let secondary = self
                .trend
                .points
                .iter()
                .flat_map(|p| &p.flags)
                .any(|f| f.id == id && f.secondary);
            let label = format!(
                "{} ({}):",
                flag_label(texts, self.dialogue(), id),
                dates.join(", ")
            );
            push_wrapped(&mut lines, &label, &format!("{MARK} "), "  ", theme.warning);
            let key = keys::item(self.dialogue(), id);
            if has(texts, &key) {
                let mut sentence = texts.get(&key, &[]);
                if secondary {
                    sentence = format!("{sentence} {}", texts.get("result-secondary-source", &[]));
                }
                push_wrapped(&mut lines, &sentence, "    ", "    ", theme.text);
            }
            for line in crate::wording::trend_change_lines(texts, &self.trend, id) {
                push_wrapped(&mut lines, &line, "    ", "      ", theme.text);
            }
        }
        lines
    }

    /// The numbers of the chart as a plain table, oldest first: date, value, the change
    /// since the one before, WHO-5's points, and what is worth talking about.
    fn table(&self, context: &Context, width: u16) -> Vec<Line<'static>> {
        let texts = &context.texts;
        let theme = &context.theme;
        let who5 = self.instrument() == Some(Instrument::Who5) && self.series == 0;
        let dash = || "–".to_owned();
        let mut headings = vec![
            texts.get("trend-col-date", &[]),
            if who5 {
                // WHO-5's percentage is an index, not a total.
                texts.get("trend-col-percent", &[])
            } else {
                self.series_name(texts, self.series)
            },
            texts.get("trend-col-change", &[]),
        ];
        if who5 {
            headings.push(texts.get("trend-col-raw", &[]));
        }
        let values = self.values();
        let mut rows: Vec<Vec<String>> = Vec::new();
        let mut flags: Vec<String> = Vec::new();
        for (index, point) in self.trend.points.iter().enumerate() {
            let value = values[index];
            // Measured from the latest earlier point that has a value, as the flags are.
            let before = values[..index].iter().rev().find_map(|v| *v);
            let change = match (value, before) {
                (Some(now), Some(then)) => signed(texts, now - then, self.decimals()),
                _ => dash(),
            };
            let shown = value
                .map(|v| {
                    let text = self.value_text(texts, v);
                    if who5 {
                        texts.get("report-percent", &[("value", text)])
                    } else {
                        text
                    }
                })
                .unwrap_or_else(dash);
            let mut row = vec![point.at.format("%Y-%m-%d").to_string(), shown, change];
            if who5 {
                row.push(
                    point
                        .raw
                        .map(|r| crate::wording::who5_points(texts, r))
                        .unwrap_or_else(dash),
                );
            }
            rows.push(row);
            // The total's flags; for one question only what concerns it (below 9).
            let labels: Vec<String> = point
                .flags
                .iter()
                .filter(|f| self.series == 0 || (f.id == "item-below-9" && self.marked(index)))
                .map(|f| crate::wording::trend_flag(texts, self.dialogue(), &f.id, point))
                .collect();
            flags.push(if labels.is_empty() {
                String::new()
            } else {
                format!("{MARK} {}", labels.join(", "))
            });
        }
        let mut widths: Vec<usize> = headings.iter().map(|h| text_width(h)).collect();
        for row in &rows {
            for (i, cell) in row.iter().enumerate() {
                widths[i] = widths[i].max(text_width(cell));
            }
        }
        let used: usize = widths.iter().sum::<usize>() + 2 * widths.len();
        let flag_width = usize::from(width).saturating_sub(used).max(10);
        let cells = |row: &[String]| {
            let mut text = String::new();
            for (i, cell) in row.iter().enumerate() {
                let pad = " ".repeat(widths[i] - text_width(cell));
                if i == 0 {
                    text.push_str(cell);
                    text.push_str(&pad);
                } else {
                    // Numbers line up on the right.
                    text.push_str(&pad);
                    text.push_str(cell);
                }
                text.push_str("  ");
            }
            text
        };
        let mut lines = vec![Line::styled(
            format!(
                "{}{}",
                cells(&headings),
                widgets::ellipsis(&texts.get("trend-col-flags", &[]), flag_width as u16)
            )
            .trim_end()
            .to_owned(),
            theme.dim,
        )];
        for (row, flag) in rows.iter().zip(flags) {
            let lead = cells(row);
            let wrapped = if flag.is_empty() {
                vec![String::new()]
            } else {
                widgets::wrap(&flag, flag_width as u16)
            };
            for (i, part) in wrapped.into_iter().enumerate() {
                let lead = if i == 0 {
                    lead.clone()
                } else {
                    " ".repeat(text_width(&lead))
                };
                let style = if part.is_empty() {
                    theme.text
                } else {
                    theme.warning
                };
                lines.push(Line::from(vec![
                    Span::styled(lead, theme.text),
                    Span::styled(part, style),
                ]));
            }
        }
        lines
    }
}

struct Areas {
    title: Rect,
    tabs: Rect,
    chart: Rect,
    pane: Rect,
    footer: Rect,
    keys: Vec<(String, String)>,
}

/// The chart's columns: the scale on the left, the plot, the lines' labels on the right.
struct Geometry {
    gutter: usize,
    plot: usize,
}

impl Geometry {
    fn new(view: &TrendView, texts: &Texts, width: u16) -> Geometry {
        let gutter = view
            .ticks()
            .iter()
            .map(|t| text_width(&texts.number(*t, 0)))
            .max()
            .unwrap_or(1)
            + 1;
        let labels = view
            .references()
            .iter()
            .map(|r| text_width(&view.reference_label(texts, r)) + 1)
            .max()
            .unwrap_or(0);
        let plot = usize::from(width).saturating_sub(gutter + labels + 1);
        Geometry { gutter, plot }
    }
}

/// The rows of the lines and the points. A character row holds a band of values, so a
/// point near a line could land on the line's row and seem to be on it (27,5 on the
/// target of 30). Here a point is drawn above a line exactly when its value is above
/// the line's, on the line only when it is the line's value, and below it otherwise:
/// lines move a row apart where a point lies between them.
struct Placed {
    range: (f64, f64),
    rows: (usize, usize),
    /// The lines' values, highest first, and their rows.
    lines: Vec<(f64, usize)>,
}

impl Placed {
    fn new(range: (f64, f64), rows: (usize, usize), lines: &[f64], points: &[f64]) -> Placed {
        let (top, bottom) = rows;
        let mut values: Vec<f64> = lines.to_vec();
        values.sort_by(|a, b| b.total_cmp(a));
        values.dedup_by(|a, b| (*a - *b).abs() < EPSILON);
        let mut placed = Placed {
            range,
            rows,
            lines: Vec::new(),
        };
        let between = |high: f64, low: f64| {
            points
                .iter()
                .any(|p| *p < high - EPSILON && *p > low + EPSILON)
        };
        // The rows each line needs after the one above it: two with a point between.
        let need: Vec<usize> = (0..values.len())
            .map(|i| match i {
                0 => usize::from(between(f64::INFINITY, values[0])),
                _ => 1 + usize::from(between(values[i - 1], values[i])),
            })
            .collect();
        let below = values
            .last()
            .is_some_and(|low| between(*low, f64::NEG_INFINITY));
        let mut rows: Vec<usize> = values.iter().map(|v| placed.ideal(*v)).collect();
        for i in 0..rows.len() {
            let least = if i == 0 {
                top + need[0]
            } else {
                rows[i - 1] + need[i]
            };
            rows[i] = rows[i].max(least);
        }
        for i in (0..rows.len()).rev() {
            let most = if i + 1 == rows.len() {
                bottom.saturating_sub(usize::from(below))
            } else {
                rows[i + 1].saturating_sub(need[i + 1])
            };
            rows[i] = rows[i].min(most).clamp(top, bottom);
        }
        placed.lines = values.into_iter().zip(rows).collect();
        placed
    }

    /// The row a value would have on the scale alone.
    fn ideal(&self, value: f64) -> usize {
        let (min, max) = self.range;
        let (top, bottom) = self.rows;
        let share = ((max - value) / (max - min)).clamp(0.0, 1.0);
        top + (share * (bottom - top) as f64).round() as usize
    }

    fn is_line(&self, row: usize) -> bool {
        self.lines.iter().any(|(_, r)| *r == row)
    }

    fn line(&self, value: f64) -> usize {
        self.lines
            .iter()
            .find(|(v, _)| (v - value).abs() < EPSILON)
            .map_or_else(|| self.ideal(value), |(_, r)| *r)
    }

    fn point(&self, value: f64) -> usize {
        if let Some((_, row)) = self.lines.iter().find(|(v, _)| (v - value).abs() < EPSILON) {
            return *row;
        }
        let (top, bottom) = self.rows;
        let least = self
            .lines
            .iter()
            .filter(|(v, _)| *v > value)
            .map(|(_, r)| r + 1)
            .max()
            .unwrap_or(top);
        let most = self
            .lines
            .iter()
            .filter(|(v, _)| *v < value)
            .map(|(_, r)| r.saturating_sub(1))
            .min()
            .unwrap_or(bottom);
        let ideal = self.ideal(value);
        if least <= most {
            ideal.clamp(least, most)
        } else {
            ideal
        }
    }
}

/// The width the chart is drawn in, for a screen of `area`.
/// Adds `text` wrapped to `width`, its first line led by `first` and the others by `rest`.
fn push_wrapped(
    lines: &mut Vec<Line<'static>>,
    text: &str,
    first: &str,
    rest: &str,
    style: Style,
    width: u16,
) {
    let indent = text_width(first).max(text_width(rest)) as u16;
    for (i, line) in widgets::wrap(text, width.saturating_sub(indent).max(10))
        .into_iter()
        .enumerate()
    {
        let lead = if i == 0 { first } else { rest };
        lines.push(Line::styled(format!("{lead}{line}"), style));
    }
}

fn content_width(area: Rect) -> u16 {
    area.width.saturating_sub(2)
}

fn text_width(text: &str) -> usize {
    text.chars().map(super::text_field::char_width).sum()
}

/// A cell grid of single-width characters, turned into styled lines at the end.
struct Grid {
    cells: Vec<Vec<(char, Style)>>,
}

impl Grid {
    fn new(width: usize, height: usize, style: Style) -> Grid {
        Grid {
            cells: vec![vec![(' ', style); width]; height],
        }
    }

    fn put(&mut self, row: usize, column: usize, text: &str, style: Style) {
        let Some(cells) = self.cells.get_mut(row) else {
            return;
        };
        for (i, c) in text.chars().enumerate() {
            if let Some(cell) = cells.get_mut(column + i) {
                *cell = (c, style);
            }
        }
    }

    fn is_blank(&self, row: usize, column: usize) -> bool {
        self.cells
            .get(row)
            .and_then(|r| r.get(column))
            .is_some_and(|(c, _)| *c == ' ')
    }

    fn is(&self, row: usize, column: usize, c: char) -> bool {
        self.cells
            .get(row)
            .and_then(|r| r.get(column))
            .is_some_and(|(cell, _)| *cell == c)
    }

    fn lines(self) -> Vec<Line<'static>> {
        self.cells
            .into_iter()
            .map(|row| {
                let mut spans: Vec<Span<'static>> = Vec::new();
                let mut text = String::new();
                let mut style = None;
                for (c, s) in row {
                    if style.is_some_and(|st| st != s) {
                        spans.push(Span::styled(std::mem::take(&mut text), style.unwrap_or(s)));
                    }
                    style = Some(s);
                    text.push(c);
                }
                if let Some(style) = style {
                    spans.push(Span::styled(text, style));
                }
                Line::from(spans)
            })
            .collect()
    }
}

/// How a line is drawn: its character says what it is in every theme.
fn line_look(reference: &Reference, theme: &Theme) -> (char, Style) {
    match reference {
        Reference::CutOff {
            secondary: false, ..
        } => (CUT_OFF, theme.dim),
        Reference::CutOff {
            secondary: true, ..
        } => (SECONDARY, theme.dim),
        Reference::Target { .. } => (TARGET, theme.accent),
    }
}

/// "5. jan" or "5 Jan": short enough to stand under a point, unambiguous in both
/// languages (the table beneath has the whole date).
fn short_date(texts: &Texts, at: &Stamp) -> String {
    use chrono::Datelike;
    let months = texts.get("tui-trend-months", &[]);
    let month = months
        .split_whitespace()
        .nth(at.month0() as usize)
        .map(str::to_owned)
        .unwrap_or_else(|| at.format("%m").to_string());
    texts.get(
        "tui-trend-day",
        &[("day", at.day().to_string()), ("month", month)],
    )
}

fn has(texts: &Texts, key: &str) -> bool {
    Lang::ALL
        .into_iter()
        .any(|lang| texts.has_in(lang, key, None))
}

/// The short name of a flag, for the table.
fn flag_label(texts: &Texts, dialogue: &str, id: &str) -> String {
    let key = format!("trend-flag-{dialogue}-{id}");
    if has(texts, &key) {
        texts.get(&key, &[])
    } else {
        id.to_owned()
    }
}

/// A change written with its sign: "+1,5", "−5,5", "0,0".
fn signed(texts: &Texts, value: f64, decimals: u8) -> String {
    let text = texts.number(value, decimals);
    if let Some(rest) = text.strip_prefix('-') {
        format!("−{rest}")
    } else if text.chars().any(|c| c.is_ascii_digit() && c != '0') {
        format!("+{text}")
    } else {
        text
    }
}
