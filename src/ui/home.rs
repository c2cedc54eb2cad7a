//! The home screen: who the conversation is with, what it is, and how it is held.
//! Unfinished conversations for the participant come first, to be resumed.

use std::path::PathBuf;

use ratatui::Frame;
use ratatui::crossterm::event::{KeyCode, KeyEventKind, KeyModifiers};
use ratatui::layout::{Alignment, Rect};
use ratatui::text::{Line, Span};

use super::split::{self, Size};
use super::text_field::TextField;
use super::theme::{MARKER, NO_MARKER};
use super::{Command, Context, Input, Start, ctrl, widgets};
use crate::journal::Mode;
use crate::journal::store::{is_valid_participant, normalise_participant};
use crate::script::Audience;
use crate::ui::lines::Lines;
use crate::wording;

/// An unfinished conversation found in the participant's journals.
#[derive(Debug, Clone, PartialEq)]
pub struct Unfinished {
    pub path: PathBuf,
    pub dialogue: String,
    /// When it started, as the person reads it ("2026-11-26 10:15").
    pub started: String,
    pub answered: usize,
    pub mode: Mode,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stage {
    Participant,
    Choose,
    Mode,
}

#[derive(Debug, Clone, PartialEq)]
enum Item {
    Heading(String),
    Resume(Unfinished),
    Dialogue(String),
}

const MODES: [Mode; 3] = [Mode::Facilitated, Mode::SelfGuided, Mode::Rehearsal];

pub struct Home {
    /// Pseudonyms that have journals, to pick from.
    participants: Vec<String>,
    stage: Stage,
    field: TextField,
    /// Where the selection is in the list of existing pseudonyms, if in it.
    known_cursor: Option<usize>,
    participant: String,
    items: Vec<Item>,
    cursor: usize,
    mode_cursor: usize,
    facilitator: TextField,
    /// Set by `samtale run DIALOGUE`: only this dialogue is offered.
    only: Option<String>,
    preset_mode: Option<Mode>,
    message: Option<String>,
    /// `run --mode self`: a citizen alone with one dialogue. No other pseudonym, no
    /// history, no way back to the home screen; leaving needs the staff code if one is
    /// configured.
    closed: Option<Box<Closed>>,
    /// A rehearsal without a participant (Ctrl+R, or `run … --mode rehearsal` without
    /// one): the rehearsals to resume and the dialogues are offered; no history.
    rehearsing: bool,
    /// The mode preset before the rehearsal was chosen, to go back to with Esc.
    mode_before: Option<Mode>,
}

/// The name a rehearsal without a participant is written under (`participant:` in the
/// header of a journal in `<data dir>/rehearsals/`): no one's pseudonym is used.
pub const REHEARSAL: &str = "rehearsal";

/// What a closed home screen (self mode) allows.
struct Closed {
    staff_code: Option<String>,
    /// The staff code being typed, while its prompt is open.
    prompt: Option<TextField>,
    /// The conversation is over: the screen asks for it to be handed back to staff.
    handed_back: bool,
}

impl Home {
    pub fn new(participants: Vec<String>) -> Home {
        Home {
            participants,
            stage: Stage::Participant,
            field: TextField::new("", false),
            known_cursor: None,
            participant: String::new(),
            items: Vec::new(),
            cursor: 0,
            mode_cursor: 0,
            facilitator: TextField::new("", false),
            only: None,
            preset_mode: None,
            message: None,
            closed: None,
            rehearsing: false,
            mode_before: None,
        }
    }

    /// The rehearsals to resume are known: offer them and the dialogues, for a rehearsal
    /// without a participant. With one dialogue chosen already and nothing to resume, it
    /// starts.
    pub fn rehearsals_loaded(
        &mut self,
        context: &Context,
        unfinished: Vec<Unfinished>,
    ) -> Vec<Command> {
        if !self.rehearsing {
            self.mode_before = self.preset_mode;
        }
        self.rehearsing = true;
        self.preset_mode = Some(Mode::Rehearsal);
        self.participant_loaded(context, REHEARSAL, unfinished)
    }

    pub fn is_rehearsing(&self) -> bool {
        self.rehearsing
    }

    /// `samtale run DIALOGUE --participant P --mode self`: the screen is handed to the
    /// citizen; only P's conversation of this dialogue (or its resume) can be reached.
    pub fn closed(dialogue: &str, staff_code: Option<String>) -> Home {
        let mut home = Home::for_dialogue(Vec::new(), dialogue, Some(Mode::SelfGuided));
        home.closed = Some(Box::new(Closed {
            staff_code,
            prompt: None,
            handed_back: false,
        }));
        home
    }

    /// After a conversation in self mode with a staff code: the citizen is thanked and
    /// asked to hand the screen back; only the staff code leaves.
    pub fn handed_back(dialogue: &str, staff_code: String) -> Home {
        let mut home = Home::closed(dialogue, Some(staff_code));
        if let Some(closed) = &mut home.closed {
            closed.handed_back = true;
        }
        home
    }

    pub fn is_closed(&self) -> bool {
        self.closed.is_some()
    }

    pub fn set_participants(&mut self, participants: Vec<String>) {
        if self.closed.is_some() {
            return;
        }
        self.participants = participants;
        self.known_cursor = None;
    }

    /// The home screen of `samtale run DIALOGUE` without a participant: it asks for one,
    /// then goes straight to that dialogue.
    pub fn for_dialogue(participants: Vec<String>, dialogue: &str, mode: Option<Mode>) -> Home {
        let mut home = Home::new(participants);
        home.only = Some(dialogue.to_owned());
        home.preset_mode = mode;
        home
    }

    /// The participant's unfinished conversations are known: offer them first. With a
    /// dialogue and mode already chosen (`samtale run`) and nothing to resume, it starts.
    pub fn participant_loaded(
        &mut self,
        context: &Context,
        participant: &str,
        unfinished: Vec<Unfinished>,
    ) -> Vec<Command> {
        self.participant = participant.to_owned();
        self.items.clear();
        let texts = &context.texts;
        let unfinished: Vec<Unfinished> = unfinished
            .into_iter()
            .filter(|u| self.only.as_ref().is_none_or(|only| *only == u.dialogue))
            .collect();
        if !unfinished.is_empty() {
            self.items
                .push(Item::Heading(texts.get("home-unfinished", &[])));
            self.items.extend(unfinished.into_iter().map(Item::Resume));
        }
        for audience in [Audience::Citizen, Audience::Together, Audience::Staff] {
            let ids: Vec<String> = context
                .library
                .listed()
                .filter(|l| l.audience == audience)
                .filter(|l| self.only.as_ref().is_none_or(|only| *only == l.id))
                .map(|l| l.id.clone())
                .collect();
            if ids.is_empty() {
                continue;
            }
            self.items
                .push(Item::Heading(texts.get(audience_key(audience), &[])));
            self.items.extend(ids.into_iter().map(Item::Dialogue));
        }
        self.cursor = self
            .items
            .iter()
            .position(|i| !matches!(i, Item::Heading(_)))
            .unwrap_or(0);
        // `run DIALOGUE` with nothing to resume goes straight on.
        if self.only.is_some() && !self.items.iter().any(|i| matches!(i, Item::Resume(_))) {
            if let Some(mode) = self.preset_mode {
                return self.start(mode);
            }
            self.stage = Stage::Mode;
        } else {
            self.stage = Stage::Choose;
        }
        Vec::new()
    }

    pub fn handle(&mut self, context: &Context, input: Input) -> Vec<Command> {
        let Input::Key(key) = input else {
            if let Input::Paste(text) = input {
                match self.stage {
                    Stage::Participant => {
                        let _ = self.field.paste(text.trim());
                    }
                    Stage::Mode => {
                        let _ = self.facilitator.paste(text.trim());
                    }
                    Stage::Choose => {}
                }
            }
            return Vec::new();
        };
        if key.kind != KeyEventKind::Press {
            return Vec::new();
        }
        if let Some(closed) = &mut self.closed {
            if let Some(field) = &mut closed.prompt {
                match key.code {
                    KeyCode::Enter => {
                        let right = closed.staff_code.as_deref() == Some(field.text().as_str());
                        closed.prompt = None;
                        if right {
                            return vec![Command::Quit];
                        }
                        self.message = Some(context.texts.get("kiosk-wrong-code", &[]));
                    }
                    KeyCode::Esc => closed.prompt = None,
                    KeyCode::Backspace => field.backspace(),
                    KeyCode::Char(c) if !key.modifiers.contains(KeyModifiers::CONTROL) => {
                        // A staff code is short; a refused key is simply not typed.
                        let _ = field.insert(c);
                    }
                    _ => {}
                }
                return Vec::new();
            }
            if ctrl(&key, 'q') || ctrl(&key, 'c') {
                if closed.staff_code.is_none() {
                    return vec![Command::Quit];
                }
                closed.prompt = Some(TextField::new("", false));
                return Vec::new();
            }
            // Nothing leads away from this participant and this dialogue.
            if self.stage != Stage::Choose || matches!(key.code, KeyCode::Esc | KeyCode::Char('h'))
            {
                return Vec::new();
            }
        }
        if ctrl(&key, 'q') || ctrl(&key, 'c') {
            return vec![Command::Quit];
        }
        self.message = None;
        // A rehearsal needs no participant.
        if self.stage == Stage::Participant && ctrl(&key, 'r') {
            return vec![Command::LoadRehearsals];
        }
        match self.stage {
            Stage::Participant => self.participant_key(context, key.code),
            Stage::Choose => self.choose_key(key.code),
            Stage::Mode => self.mode_key(key.code),
        }
    }

    fn participant_key(&mut self, context: &Context, code: KeyCode) -> Vec<Command> {
        let known = &self.participants;
        match code {
            KeyCode::Esc => return vec![Command::Quit],
            KeyCode::Down if !known.is_empty() => {
                self.known_cursor = Some(
                    self.known_cursor
                        .map_or(0, |c| (c + 1).min(known.len() - 1)),
                );
            }
            KeyCode::Up => {
                self.known_cursor = match self.known_cursor {
                    Some(0) | None => None,
                    Some(c) => Some(c - 1),
                };
            }
            KeyCode::Enter => {
                let name = match self.known_cursor.and_then(|c| known.get(c)) {
                    Some(name) => name.clone(),
                    None => normalise_participant(&self.field.text()),
                };
                if is_valid_participant(&name) {
                    return vec![Command::LoadParticipant(name)];
                }
                // An Enter on an empty field is not a refused name: say what to do.
                self.message = Some(if name.is_empty() {
                    context.texts.get("home-participant-empty", &[])
                } else {
                    context
                        .texts
                        .get("store-bad-participant", &[("name", name)])
                });
            }
            KeyCode::Char(c) => {
                self.known_cursor = None;
                let _ = self.field.insert(c);
            }
            KeyCode::Backspace => self.field.backspace(),
            KeyCode::Left => self.field.left(),
            KeyCode::Right => self.field.right(),
            _ => {}
        }
        Vec::new()
    }

    fn choose_key(&mut self, code: KeyCode) -> Vec<Command> {
        let selectable: Vec<usize> = (0..self.items.len())
            .filter(|i| !matches!(self.items[*i], Item::Heading(_)))
            .collect();
        let at = selectable
            .iter()
            .position(|i| *i == self.cursor)
            .unwrap_or(0);
        match code {
            KeyCode::Esc => {
                self.stage = Stage::Participant;
                if self.rehearsing {
                    self.rehearsing = false;
                    self.preset_mode = self.mode_before.take();
                }
            }
            // The participant's conversations over time; a rehearsal has none.
            KeyCode::Char('h') if !self.rehearsing => {
                return vec![Command::LoadHistory(self.participant.clone())];
            }
            KeyCode::Down => self.cursor = selectable.get(at + 1).copied().unwrap_or(self.cursor),
            KeyCode::Up if at > 0 => self.cursor = selectable[at - 1],
            KeyCode::Enter => match self.items.get(self.cursor).cloned() {
                Some(Item::Resume(unfinished)) => {
                    return vec![Command::Start(Start {
                        dialogue: unfinished.dialogue.clone(),
                        participant: self.participant.clone(),
                        mode: unfinished.mode,
                        facilitator: None,
                        resume: Some(unfinished.path),
                        follows: None,
                    })];
                }
                Some(Item::Dialogue(id)) => {
                    self.only = Some(id);
                    match self.preset_mode {
                        Some(mode) => return self.start(mode),
                        None => self.stage = Stage::Mode,
                    }
                }
                _ => {}
            },
            _ => {}
        }
        Vec::new()
    }

    fn mode_key(&mut self, code: KeyCode) -> Vec<Command> {
        match code {
            KeyCode::Esc => self.stage = Stage::Choose,
            KeyCode::Down => self.mode_cursor = (self.mode_cursor + 1).min(MODES.len() - 1),
            KeyCode::Up => self.mode_cursor = self.mode_cursor.saturating_sub(1),
            KeyCode::Enter => {
                return self.start(self.preset_mode.unwrap_or(MODES[self.mode_cursor]));
            }
            KeyCode::Char(c) if MODES[self.mode_cursor] == Mode::Facilitated => {
                let _ = self.facilitator.insert(c);
            }
            KeyCode::Backspace => self.facilitator.backspace(),
            _ => {}
        }
        Vec::new()
    }

    fn start(&mut self, mode: Mode) -> Vec<Command> {
        let Some(dialogue) = self
            .only
            .clone()
            .or_else(|| match self.items.get(self.cursor) {
                Some(Item::Dialogue(id)) => Some(id.clone()),
                _ => None,
            })
        else {
            return Vec::new();
        };
        let facilitator = self.facilitator.text().trim().to_owned();
        vec![Command::Start(Start {
            dialogue,
            participant: self.participant.clone(),
            mode,
            facilitator: (mode == Mode::Facilitated && !facilitator.is_empty())
                .then_some(facilitator),
            resume: None,
            follows: None,
        })]
    }

    pub fn view(&self, context: &Context, frame: &mut Frame, area: Rect) {
        let texts = &context.texts;
        let theme = &context.theme;
        // A message takes the rows it needs (a refused pseudonym's rules are three lines at
        // 80 columns), so that it is never cut off mid-sentence.
        let message_rows = self
            .message
            .as_ref()
            .map_or(0, |m| widgets::wrap(m, message_width(area)).len() as u16);
        let [title, body, message_area, footer] = split::rows(
            area,
            [
                Size::Fixed(2),
                Size::Rest,
                Size::Fixed(message_rows.clamp(2, 5)),
                Size::Fixed(2),
            ],
        );
        frame.render_widget(
            Lines::new(Line::styled(texts.get("home-title", &[]), theme.title)),
            title,
        );
        let body = body.inner(ratatui::layout::Margin::new(2, 0));
        let mut lines: Vec<Line> = Vec::new();
        let mut keys = Vec::new();
        let handed_back = self.closed.as_ref().is_some_and(|c| c.handed_back);
        match self.stage {
            _ if handed_back => {
                for line in widgets::wrap(&texts.get("self-handed-back", &[]), body.width) {
                    lines.push(Line::styled(line, theme.question));
                }
                keys.push(("Ctrl+Q".to_owned(), texts.get("kiosk-staff", &[])));
            }
            Stage::Participant => {
                for line in widgets::wrap(&texts.get("home-ask-participant", &[]), body.width) {
                    lines.push(Line::styled(line, theme.question));
                }
                lines.push(Line::default());
                let typed = self.field.text();
                let marker = if self.known_cursor.is_none() {
                    MARKER
                } else {
                    NO_MARKER
                };
                lines.push(Line::from(vec![
                    Span::styled(marker, theme.accent),
                    Span::styled(
                        format!("{typed}▏"),
                        if self.known_cursor.is_none() {
                            theme.selected
                        } else {
                            theme.text
                        },
                    ),
                ]));
                if !self.participants.is_empty() {
                    lines.push(Line::default());
                    lines.push(Line::styled(
                        texts.get("home-known-participants", &[]),
                        theme.dim,
                    ));
                    for (index, name) in self.participants.iter().enumerate() {
                        let selected = self.known_cursor == Some(index);
                        lines.push(choice_line(name, selected, theme));
                    }
                }
                keys.push((texts.get("key-enter", &[]), texts.get("key-choose", &[])));
                keys.push(("↑↓".to_owned(), texts.get("key-move", &[])));
                keys.push(("Ctrl+R".to_owned(), texts.get("key-rehearse", &[])));
                keys.push(("Ctrl+Q".to_owned(), texts.get("key-quit", &[])));
            }
            Stage::Choose => {
                let heading = if self.rehearsing {
                    texts.get("home-choose-rehearsal", &[])
                } else {
                    texts.get("home-choose", &[("participant", self.participant.clone())])
                };
                for line in widgets::wrap(&heading, body.width) {
                    lines.push(Line::styled(line, theme.question));
                }
                for (index, item) in self.items.iter().enumerate() {
                    let selected = index == self.cursor;
                    match item {
                        Item::Heading(text) => {
                            lines.push(Line::default());
                            lines.push(Line::styled(text.clone(), theme.title));
                        }
                        Item::Resume(u) => {
                            let title = context
                                .library
                                .find(&u.dialogue)
                                .map(|l| wording::title_of(texts, &l.id))
                                .unwrap_or_else(|| u.dialogue.clone());
                            let text = texts.get(
                                "home-resume-item",
                                &[
                                    ("title", title),
                                    ("started", u.started.clone()),
                                    ("answered", u.answered.to_string()),
                                ],
                            );
                            lines.push(choice_line(&text, selected, theme));
                        }
                        Item::Dialogue(id) => {
                            if let Some(d) = context.library.find(id) {
                                let text = format!(
                                    "{} · {}",
                                    wording::title_of(texts, &d.id),
                                    texts
                                        .get("list-minutes", &[("minutes", d.minutes.to_string())])
                                );
                                lines.push(choice_line(&text, selected, theme));
                                if selected {
                                    for line in widgets::wrap(
                                        &wording::description_of(texts, &d.id),
                                        body.width.saturating_sub(6),
                                    ) {
                                        lines.push(Line::styled(format!("    {line}"), theme.dim));
                                    }
                                }
                            }
                        }
                    }
                }
                keys.push((texts.get("key-enter", &[]), texts.get("key-choose", &[])));
                if !self.rehearsing {
                    keys.push(("h".to_owned(), texts.get("key-history", &[])));
                }
                keys.push(("Esc".to_owned(), texts.get("key-back", &[])));
                keys.push(("Ctrl+Q".to_owned(), texts.get("key-quit", &[])));
            }
            Stage::Mode => {
                for line in widgets::wrap(&texts.get("home-choose-mode", &[]), body.width) {
                    lines.push(Line::styled(line, theme.question));
                }
                lines.push(Line::default());
                let width = body.width.saturating_sub(4);
                for (index, mode) in MODES.iter().enumerate() {
                    let selected = self
                        .preset_mode
                        .map_or(index == self.mode_cursor, |m| m == *mode);
                    let label = widgets::wrap(&texts.get(mode_key(*mode), &[]), width);
                    for (row, line) in label.iter().enumerate() {
                        if row == 0 {
                            lines.push(choice_line(line, selected, theme));
                        } else {
                            lines.push(Line::styled(format!("  {line}"), theme.text));
                        }
                    }
                    let about = texts.get(&format!("{}-about", mode_key(*mode)), &[]);
                    for line in widgets::wrap(&about, width) {
                        lines.push(Line::styled(format!("    {line}"), theme.dim));
                    }
                }
                if MODES[self.mode_cursor] == Mode::Facilitated && self.preset_mode.is_none() {
                    lines.push(Line::default());
                    lines.push(Line::from(vec![
                        Span::styled(texts.get("home-facilitator", &[]), theme.text),
                        Span::styled(format!(" {}▏", self.facilitator.text()), theme.accent),
                    ]));
                }
                keys.push((texts.get("key-enter", &[]), texts.get("key-start", &[])));
                keys.push(("↑↓".to_owned(), texts.get("key-move", &[])));
                keys.push(("Esc".to_owned(), texts.get("key-back", &[])));
            }
        }
        // Keep the selection on screen in a long list.
        let height = usize::from(body.height);
        let selected_line = lines
            .iter()
            .position(|l| l.spans.first().is_some_and(|s| s.content == MARKER))
            .unwrap_or(0);
        let skip = selected_line.saturating_sub(height.saturating_sub(3));
        let mut visible: Vec<Line> = lines.into_iter().skip(skip).collect();
        // A list longer than the screen says so: the guides below are easy to miss.
        if visible.len() > height && height > 1 {
            visible.truncate(height - 1);
            visible.push(Line::styled(
                format!("  {}", texts.get("home-more-below", &[])),
                theme.dim,
            ));
        }
        frame.render_widget(Lines::new(visible), body);
        if let Some(message) = &self.message {
            let wrapped: Vec<Line> = widgets::wrap(message, message_width(area))
                .into_iter()
                .map(|l| Line::styled(l, theme.warning))
                .collect();
            widgets::lines_in(frame, message_area, wrapped, Alignment::Left);
        }
        widgets::footer(frame, footer, theme, &keys);
        if let Some(prompt) = self.closed.as_ref().and_then(|c| c.prompt.as_ref()) {
            let masked: String = prompt.text().chars().map(|_| '•').collect();
            let text = format!("{} {masked}▏", texts.get("kiosk-code-ask", &[]));
            let lines: Vec<Line> = widgets::wrap(&text, message_area.width)
                .into_iter()
                .map(|l| Line::styled(l, theme.accent))
                .collect();
            frame.render_widget(ratatui::widgets::Clear, message_area);
            frame.render_widget(Lines::new(lines), message_area);
        }
    }
}

fn message_width(area: Rect) -> u16 {
    area.width.saturating_sub(2)
}

fn choice_line(text: &str, selected: bool, theme: &super::Theme) -> Line<'static> {
    if selected {
        Line::from(vec![
            Span::styled(MARKER, theme.accent),
            Span::styled(text.to_owned(), theme.selected),
        ])
    } else {
        Line::from(vec![
            Span::raw(NO_MARKER),
            Span::styled(text.to_owned(), theme.text),
        ])
    }
}

pub fn audience_key(audience: Audience) -> &'static str {
    match audience {
        Audience::Citizen => "audience-citizen",
        Audience::Together => "audience-together",
        Audience::Staff => "audience-staff",
    }
}

pub fn mode_key(mode: Mode) -> &'static str {
    match mode {
        Mode::Facilitated => "mode-facilitated",
        Mode::SelfGuided => "mode-self",
        Mode::Rehearsal => "mode-rehearsal",
    }
}
