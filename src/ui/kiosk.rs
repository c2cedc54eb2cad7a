//! The kiosk: one dialogue on a shared device, for one citizen after another.
//! Welcome → the conversation in self mode → thank you → the screen clears for the next
//! person. Nobody can reach another journal, another dialogue or a shell from here;
//! leaving needs the staff code, and a conversation left alone is saved as unfinished.

use ratatui::Frame;
use ratatui::crossterm::event::{KeyCode, KeyEventKind};
use ratatui::layout::{Alignment, Rect};
use ratatui::text::Line;
use ratatui::widgets::Block;

use super::split::{self, Size};
use super::text_field::TextField;
use super::{Command, Context, Conversation, Input, Start, ctrl, widgets};
use crate::engine::{Position, Stamp};
use crate::journal::Mode;
use crate::journal::store::{is_valid_participant, normalise_participant};
use crate::ui::lines::Lines;
use crate::wording;

/// How long the thank-you stays before the screen clears by itself.
const THANKS_SECONDS: i64 = 15;

/// How long before the inactivity pause the screen asks whether anyone is still there.
const STILL_HERE_SECONDS: i64 = 30;

/// Wrong staff codes allowed before each further try must wait.
const FREE_CODE_TRIES: u32 = 3;

enum Stage {
    Welcome(TextField),
    Conversation(Box<Conversation>),
    Thanks { since: Stamp },
}

pub struct Kiosk {
    dialogue: String,
    stage: Stage,
    staff_code: String,
    inactivity: chrono::TimeDelta,
    last_input: Stamp,
    /// The staff code being typed, while the prompt is open.
    code_prompt: Option<TextField>,
    message: Option<String>,
    /// Wrong staff codes in a row, and until when the next try must wait.
    wrong_codes: u32,
    locked_until: Option<Stamp>,
    /// How long a result stays on screen before it clears for the next person.
    pub result_seconds: u32,
}

impl Kiosk {
    pub fn new(dialogue: &str, staff_code: &str, inactivity_minutes: u32, now: Stamp) -> Kiosk {
        Kiosk {
            dialogue: dialogue.to_owned(),
            stage: Stage::Welcome(TextField::new("", false)),
            staff_code: staff_code.to_owned(),
            inactivity: chrono::TimeDelta::minutes(i64::from(inactivity_minutes.max(1))),
            last_input: now,
            code_prompt: None,
            message: None,
            wrong_codes: 0,
            locked_until: None,
            result_seconds: 60,
        }
    }

    /// Seconds until another staff code may be tried, after too many wrong ones.
    fn code_wait(&self, now: Stamp) -> Option<i64> {
        self.locked_until
            .map(|until| (until - now).num_seconds() + 1)
            .filter(|seconds| *seconds > 0)
    }

    /// A wrong code: after three, each further try waits longer (5 s, 10 s, 20 s … at most
    /// 5 minutes), so a code cannot be guessed by trying many in a row.
    fn wrong_code(&mut self, now: Stamp) {
        self.wrong_codes += 1;
        if self.wrong_codes >= FREE_CODE_TRIES {
            let doublings = (self.wrong_codes - FREE_CODE_TRIES).min(6);
            let seconds = (5i64 << doublings).min(300);
            self.locked_until = Some(now + chrono::TimeDelta::seconds(seconds));
        }
    }

    pub fn started(&mut self, conversation: Conversation) {
        self.stage = Stage::Conversation(Box::new(conversation));
    }

    /// Saves an open conversation as unfinished.
    pub fn pause(&mut self, context: &Context, now: Stamp) -> Vec<Command> {
        match &mut self.stage {
            Stage::Conversation(conversation) => conversation.pause(context, now),
            _ => Vec::new(),
        }
    }

    /// The conversation going on, if one is.
    pub fn conversation(&mut self) -> Option<&mut Conversation> {
        match &mut self.stage {
            Stage::Conversation(conversation) => Some(conversation.as_mut()),
            _ => None,
        }
    }

    /// Clears everything of the last person and waits for the next.
    fn clear(&mut self) {
        self.stage = Stage::Welcome(TextField::new("", false));
        self.message = None;
    }

    pub fn handle(
        &mut self,
        context: &Context,
        input: Input,
        now: Stamp,
        size: (u16, u16),
    ) -> Vec<Command> {
        if input == Input::Tick {
            return self.tick(context, now);
        }
        self.last_input = now;
        if let Some(field) = &mut self.code_prompt {
            return match input {
                Input::Key(key) if key.kind == KeyEventKind::Press => match key.code {
                    KeyCode::Esc => {
                        self.code_prompt = None;
                        Vec::new()
                    }
                    KeyCode::Enter => {
                        let typed = field.text();
                        self.code_prompt = None;
                        if !self.staff_code.is_empty() && typed == self.staff_code {
                            self.wrong_codes = 0;
                            self.locked_until = None;
                            let mut commands = self.pause(context, now);
                            if matches!(self.stage, Stage::Conversation(_)) {
                                commands.push(Command::Close);
                            }
                            commands.push(Command::Quit);
                            commands
                        } else {
                            self.wrong_code(now);
                            self.message = Some(context.texts.get("kiosk-wrong-code", &[]));
                            Vec::new()
                        }
                    }
                    KeyCode::Backspace => {
                        field.backspace();
                        Vec::new()
                    }
                    // Ctrl+letters are commands, never part of the code.
                    KeyCode::Char(c)
                        if !key
                            .modifiers
                            .contains(ratatui::crossterm::event::KeyModifiers::CONTROL) =>
                    {
                        let _ = field.insert(c);
                        Vec::new()
                    }
                    _ => Vec::new(),
                },
                _ => Vec::new(),
            };
        }
        if let Input::Key(key) = &input
            && ctrl(key, 'q')
        {
            match self.code_wait(now) {
                Some(seconds) => {
                    self.message = Some(
                        context
                            .texts
                            .get("kiosk-code-wait", &[("seconds", seconds.to_string())]),
                    );
                }
                None => self.code_prompt = Some(TextField::new("", false)),
            }
            return Vec::new();
        }
        match &mut self.stage {
            Stage::Welcome(field) => {
                match input {
                    Input::Key(key) if key.kind == KeyEventKind::Press => match key.code {
                        KeyCode::Enter => {
                            let name = normalise_participant(&field.text());
                            if is_valid_participant(&name) {
                                self.message = None;
                                return vec![Command::Start(Start {
                                    dialogue: self.dialogue.clone(),
                                    participant: name,
                                    mode: Mode::SelfGuided,
                                    facilitator: None,
                                    resume: None,
                                    follows: None,
                                })];
                            }
                            self.message = Some(
                                context
                                    .texts
                                    .get("store-bad-participant", &[("name", name)]),
                            );
                        }
                        KeyCode::Backspace => field.backspace(),
                        KeyCode::Char(c)
                            if !key
                                .modifiers
                                .contains(ratatui::crossterm::event::KeyModifiers::CONTROL) =>
                        {
                            let _ = field.insert(c);
                        }
                        _ => {}
                    },
                    Input::Paste(text) => {
                        let _ = field.paste(text.trim());
                    }
                    _ => {}
                }
                Vec::new()
            }
            Stage::Conversation(conversation) => {
                let commands = conversation.handle(context, input, now, size);
                let mut out = Vec::new();
                for command in commands {
                    match command {
                        Command::Close => {
                            out.push(Command::Close);
                            self.stage = Stage::Thanks { since: now };
                        }
                        // The kiosk cannot be left from a conversation.
                        Command::Quit => {}
                        other => out.push(other),
                    }
                }
                // A pause in the kiosk goes straight to the thank-you: nobody waits to resume here.
                if let Stage::Conversation(conversation) = &self.stage
                    && conversation.session.position() == Position::Paused
                {
                    out.push(Command::Close);
                    self.stage = Stage::Thanks { since: now };
                }
                out
            }
            Stage::Thanks { .. } => {
                if let Input::Key(key) = input
                    && key.kind == KeyEventKind::Press
                    && key.code == KeyCode::Enter
                {
                    self.clear();
                }
                Vec::new()
            }
        }
    }

    fn tick(&mut self, context: &Context, now: Stamp) -> Vec<Command> {
        match &self.stage {
            Stage::Thanks { since }
                if now - *since >= chrono::TimeDelta::seconds(THANKS_SECONDS) =>
            {
                self.clear();
                Vec::new()
            }
            // A result (or a pause) left on screen is cleared for the next person, so no
            // one reads the one before them.
            Stage::Conversation(conversation)
                if matches!(
                    conversation.session.position(),
                    Position::Done | Position::Paused
                ) && now - self.last_input
                    >= chrono::TimeDelta::seconds(i64::from(self.result_seconds)) =>
            {
                self.code_prompt = None;
                self.clear();
                vec![Command::Close]
            }
            Stage::Conversation(_) if now - self.last_input >= self.inactivity => {
                let mut commands = self.pause(context, now);
                commands.push(Command::Close);
                self.code_prompt = None;
                self.clear();
                commands
            }
            Stage::Welcome(field)
                if !field.is_empty() && now - self.last_input >= self.inactivity =>
            {
                self.clear();
                Vec::new()
            }
            _ => Vec::new(),
        }
    }

    pub fn view(&self, context: &Context, frame: &mut Frame, area: Rect, now: Stamp) {
        let theme = &context.theme;
        let texts = &context.texts;
        match &self.stage {
            Stage::Conversation(conversation) => conversation.view(context, frame, area, now),
            Stage::Welcome(field) => {
                let title = context
                    .library
                    .find(&self.dialogue)
                    .map(|l| wording::title_of(texts, &l.id))
                    .unwrap_or_default();
                let [_, body, message, footer] = split::rows(
                    area,
                    [
                        Size::Fixed(area.height / 5),
                        Size::Rest,
                        Size::Fixed(2),
                        Size::Fixed(1),
                    ],
                );
                let width = body.width.saturating_sub(8);
                let mut lines = vec![
                    Line::styled(texts.get("kiosk-welcome", &[]), theme.title),
                    Line::default(),
                ];
                lines.push(Line::styled(title, theme.question));
                lines.push(Line::default());
                for line in widgets::wrap(&texts.get("kiosk-ask-name", &[]), width) {
                    lines.push(Line::styled(line, theme.text));
                }
                lines.push(Line::default());
                lines.push(Line::styled(format!("{}▏", field.text()), theme.selected));
                frame.render_widget(Lines::new(lines).alignment(Alignment::Center), body);
                if let Some(text) = &self.message {
                    let lines: Vec<Line> = widgets::wrap(text, message.width)
                        .into_iter()
                        .map(|l| Line::styled(l, theme.warning))
                        .collect();
                    frame.render_widget(Lines::new(lines).alignment(Alignment::Center), message);
                }
                widgets::footer(
                    frame,
                    footer,
                    theme,
                    &[
                        ("Enter".to_owned(), texts.get("key-start", &[])),
                        ("Ctrl+Q".to_owned(), texts.get("kiosk-staff", &[])),
                    ],
                );
            }
            Stage::Thanks { .. } => {
                let width = area.width.saturating_sub(8);
                let mut lines = vec![
                    Line::styled(texts.get("kiosk-thanks", &[]), theme.title),
                    Line::default(),
                ];
                let next = texts.get(
                    "kiosk-thanks-next",
                    &[("seconds", THANKS_SECONDS.to_string())],
                );
                lines.extend(
                    widgets::wrap(&next, width)
                        .into_iter()
                        .map(|l| Line::styled(l, theme.dim)),
                );
                let body = widgets::centred(area, width, lines.len() as u16);
                frame.render_widget(Lines::new(lines).alignment(Alignment::Center), body);
            }
        }
        // Before a half-finished check-in is cleared, whoever is reading slowly is asked.
        if let Stage::Conversation(conversation) = &self.stage
            && !matches!(
                conversation.session.position(),
                Position::Done | Position::Paused
            )
        {
            let left = (self.inactivity - (now - self.last_input)).num_seconds();
            if left <= STILL_HERE_SECONDS {
                widgets::message_box(
                    frame,
                    area,
                    theme,
                    &texts.get("kiosk-still-here", &[("seconds", left.max(0).to_string())]),
                    "",
                );
            }
        }
        if let Some(field) = &self.code_prompt {
            let width = area.width.saturating_sub(6).min(56);
            let masked: String = field.text().chars().map(|_| '•').collect();
            let mut lines: Vec<Line> = widgets::wrap(&texts.get("kiosk-code-ask", &[]), width - 2)
                .into_iter()
                .map(|l| Line::styled(l, theme.text))
                .collect();
            lines.push(Line::styled(format!("{masked}▏"), theme.accent));
            let rect = widgets::centred(area, width, lines.len() as u16 + 2);
            let block = Block::bordered()
                .title(texts.get("kiosk-code-title", &[]))
                .border_style(theme.border);
            widgets::clear_around(frame, rect, area);
            frame.render_widget(Lines::new(lines).block(block), rect);
        } else if let (Some(text), Stage::Conversation(_)) = (&self.message, &self.stage) {
            let rect = Rect {
                y: area.y + area.height.saturating_sub(3),
                height: 1,
                ..area
            };
            frame.render_widget(Lines::new(Line::styled(text.clone(), theme.warning)), rect);
        }
    }
}
