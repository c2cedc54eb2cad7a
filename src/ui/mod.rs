//! The terminal interface as pure state and pure views.
//!
//! `Ui::handle(Input) -> Vec<Command>` changes state and says what the front end must do
//! (write a journal block, open a journal, quit); `view(&Ui, &mut Frame)` draws a state and
//! changes nothing. Only `tui` touches the terminal and only it carries out commands.

mod card_view;
mod conversation;
mod history;
mod home;
mod kiosk;
mod lines;
pub mod network_map;
pub mod preview;
mod scrolled;
mod split;
mod sub_goal_trend;
mod target_form;
pub mod text_field;
pub mod theme;
mod trend;
mod widgets;

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::rc::Rc;

use ratatui::Frame;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers, MouseEvent};
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

pub use conversation::{Conversation, Draft};
pub use history::{History, HistoryData, JournalText};
pub use home::{Home, REHEARSAL, Unfinished};
pub use kiosk::Kiosk;
pub use sub_goal_trend::SubGoalView;
pub use theme::{Theme, ThemeName};
pub use trend::TrendView;

use crate::config::CrisisContact;
use crate::engine::{Event, Session, Stamp};
use crate::i18n::Texts;
use crate::journal::Mode;
use crate::script::Library;

/// Below this the screen asks to be made larger instead of drawing a broken layout.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 18;

/// What reaches the interface from outside.
#[derive(Debug, Clone, PartialEq)]
pub enum Input {
    Key(KeyEvent),
    Paste(String),
    Mouse(MouseEvent),
    Resize(u16, u16),
    /// The clock, about once a second: timers and the kiosk's inactivity limit.
    Tick,
}

/// What the front end must do for the interface.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// Append this event to the open journal (and fsync) before drawing again.
    Record(Event),
    /// Read the participant's unfinished conversations; answer with `Ui::participant_loaded`.
    LoadParticipant(String),
    /// Read the unfinished rehearsals (`<data dir>/rehearsals/`); answer with
    /// `Ui::rehearsals_loaded`. A rehearsal needs no participant.
    LoadRehearsals,
    /// Open a journal (a new one, or `resume` to continue) and answer with `Ui::started`.
    Start(Start),
    /// The conversation is over or paused: close its journal.
    Close,
    /// The conversation was started by mistake: remove its journal (a `Close` follows).
    Discard,
    /// Read the participant's journals (and ORS target) for their history; answer with
    /// `Ui::history_loaded`. Never asked for in the kiosk.
    LoadHistory(String),
    /// The same, to show the trend of this dialogue straight away (offered on the result
    /// screen of a conversation held with a facilitator); answer with `Ui::history_loaded`.
    ShowTrend {
        participant: String,
        dialogue: String,
    },
    /// Close this conversation and go on to another for the same participant, with these
    /// questions and answers shown beside it (learning after a crisis → the crisis plan).
    FollowUp {
        start: Start,
        beside: Vec<(String, String)>,
    },
    /// Store the participant's ORS target (`None` clears it), set by this staff member,
    /// with the time; answer with `Ui::target_saved`. Never in self mode or the kiosk.
    SetTarget {
        participant: String,
        ors: Option<f64>,
        by: String,
    },
    Quit,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Start {
    pub dialogue: String,
    pub participant: String,
    pub mode: Mode,
    pub facilitator: Option<String>,
    pub resume: Option<PathBuf>,
    /// The conversation this one follows (its journal's file name, in the same folder):
    /// written in the new journal's header as `follows:`.
    pub follows: Option<String>,
}

/// Everything the interface knows that does not change while it runs.
pub struct Context {
    pub texts: Texts,
    pub library: Library,
    pub theme: Theme,
    pub contacts: Vec<CrisisContact>,
}

pub enum Screen {
    Home(Home),
    Conversation(Box<Conversation>),
    Kiosk(Kiosk),
    /// A participant's conversations over time: the list, a journal, a trend, the card.
    History(Box<History>),
}

pub struct Ui {
    pub context: Rc<Context>,
    pub screen: Screen,
    pub size: (u16, u16),
    pub now: Stamp,
    /// The whole screen blanked at once for privacy; the same key brings it back.
    pub blanked: bool,
    /// A problem the front end reported (a journal that could not be written).
    pub error: Option<String>,
    /// Leave the app when the conversation ends (started as `samtale run`).
    pub quit_after: bool,
    /// Self mode with a staff code: when the conversation ends the screen is handed back
    /// to staff, and only this code leaves.
    pub hand_back: Option<(String, String)>,
    /// What a follow-up conversation shows beside it, until it has started.
    beside: Vec<(String, String)>,
    pub quit: bool,
    /// The screen the history was opened from, to go back to when it is left.
    behind: Option<Screen>,
    /// The trend `ShowTrend` asked for, until the journals come.
    pending_trend: Option<String>,
    /// `samtale preview`: the script being written, and what its last reload found.
    pub preview: Option<preview::Preview>,
}

impl Ui {
    pub fn new(context: Context, screen: Screen, size: (u16, u16), now: Stamp) -> Ui {
        Ui {
            context: Rc::new(context),
            screen,
            size,
            now,
            blanked: false,
            error: None,
            quit_after: false,
            hand_back: None,
            beside: Vec::new(),
            quit: false,
            behind: None,
            pending_trend: None,
            preview: None,
        }
    }

    pub fn texts(&self) -> &Texts {
        &self.context.texts
    }

    /// Handles one input at time `now`, and says what the front end must do.
    pub fn handle(&mut self, input: Input, now: Stamp) -> Vec<Command> {
        self.now = now;
        if let Input::Resize(width, height) = input {
            self.size = (width, height);
            return Vec::new();
        }
        let too_small = self.size.0 < MIN_WIDTH || self.size.1 < MIN_HEIGHT;
        if too_small && !matches!(input, Input::Tick) {
            // Nothing acts on a screen the person cannot see; the clock still runs.
            return Vec::new();
        }
        if let Input::Key(key) = &input {
            if ctrl(key, 'b') && key.kind == ratatui::crossterm::event::KeyEventKind::Press {
                self.blanked = !self.blanked;
                return Vec::new();
            }
            if self.blanked {
                return Vec::new();
            }
            if let Some(commands) = self.preview_key(key) {
                return commands;
            }
            if self.error.is_some() {
                // The error stays until it is read and dismissed.
                if matches!(key.code, KeyCode::Enter | KeyCode::Esc) {
                    self.error = None;
                }
                return Vec::new();
            }
        }
        let context = Rc::clone(&self.context);
        let commands = match &mut self.screen {
            Screen::Home(home) => home.handle(&context, input),
            Screen::Conversation(conversation) => {
                conversation.handle(&context, input, now, self.size)
            }
            Screen::Kiosk(kiosk) => kiosk.handle(&context, input, now, self.size),
            Screen::History(history) => history.handle(&context, input, self.size),
        };
        if let Screen::History(history) = &self.screen
            && history.left()
        {
            self.screen = self
                .behind
                .take()
                .unwrap_or_else(|| Screen::Home(Home::new(Vec::new())));
        }
        self.after(commands)
    }

    /// Turns a finished or paused conversation into what comes next.
    fn after(&mut self, commands: Vec<Command>) -> Vec<Command> {
        let mut out = Vec::new();
        for command in commands {
            match command {
                // The kiosk runs its one dialogue only.
                Command::FollowUp { .. } if matches!(self.screen, Screen::Kiosk(_)) => {}
                Command::FollowUp { start, beside } => {
                    out.push(Command::Close);
                    self.beside = beside;
                    out.push(Command::Start(start));
                }
                // A preview goes on: the conversation that ended begins again.
                Command::Close if self.preview.is_some() => {
                    out.push(Command::Close);
                    if let Some(preview) = &mut self.preview {
                        preview.note = Some(self.context.texts.get("preview-restarted", &[]));
                        out.push(Command::Start(preview.start.clone()));
                    }
                }
                Command::Close if self.quit_after && self.hand_back.is_some() => {
                    out.push(Command::Close);
                    if let Some((dialogue, code)) = &self.hand_back {
                        self.screen = Screen::Home(Home::handed_back(dialogue, code.clone()));
                    }
                }
                Command::Close if self.quit_after => {
                    out.push(Command::Close);
                    out.push(Command::Quit);
                    self.quit = true;
                }
                Command::Close => {
                    out.push(Command::Close);
                    if let Screen::Conversation(_) = self.screen {
                        // The front end fills in the pseudonyms with `participants_changed`.
                        self.screen = Screen::Home(Home::new(Vec::new()));
                    }
                }
                Command::Quit => {
                    self.quit = true;
                    out.push(Command::Quit);
                }
                // The kiosk shows no one's history.
                Command::LoadHistory(_) | Command::ShowTrend { .. }
                    if matches!(self.screen, Screen::Kiosk(_)) => {}
                Command::LoadHistory(participant) => {
                    self.pending_trend = None;
                    out.push(Command::LoadHistory(participant));
                }
                Command::ShowTrend {
                    participant,
                    dialogue,
                } => {
                    self.pending_trend = Some(dialogue.clone());
                    out.push(Command::ShowTrend {
                        participant,
                        dialogue,
                    });
                }
                other => out.push(other),
            }
        }
        out
    }

    /// The front end read a participant's unfinished conversations.
    pub fn participant_loaded(
        &mut self,
        participant: &str,
        unfinished: Vec<Unfinished>,
    ) -> Vec<Command> {
        let context = Rc::clone(&self.context);
        match &mut self.screen {
            Screen::Home(home) => home.participant_loaded(&context, participant, unfinished),
            _ => Vec::new(),
        }
    }

    /// The front end read the unfinished rehearsals: a rehearsal without a participant.
    pub fn rehearsals_loaded(&mut self, unfinished: Vec<Unfinished>) -> Vec<Command> {
        let context = Rc::clone(&self.context);
        match &mut self.screen {
            Screen::Home(home) if !home.is_closed() => home.rehearsals_loaded(&context, unfinished),
            _ => Vec::new(),
        }
    }

    /// The front end read the participant's journals: their history opens, over the home
    /// screen (or straight on a trend, over the result screen that offered it).
    pub fn history_loaded(&mut self, participant: &str, data: HistoryData) -> Vec<Command> {
        if !matches!(self.screen, Screen::Home(_) | Screen::Conversation(_)) {
            return Vec::new();
        }
        let history = match self.pending_trend.take() {
            Some(dialogue) => History::on_trend(&self.context, participant, data, &dialogue),
            None => History::new(participant, data),
        };
        let behind = std::mem::replace(&mut self.screen, Screen::History(Box::new(history)));
        self.behind = Some(behind);
        Vec::new()
    }

    /// The pseudonyms with journals changed (a conversation with someone new ended).
    pub fn participants_changed(&mut self, participants: Vec<String>) {
        if let Screen::Home(home) = &mut self.screen {
            home.set_participants(participants);
        }
    }

    /// The front end opened the journal: the conversation begins, with what was typed and
    /// not confirmed before a pause back in its fields.
    pub fn started(
        &mut self,
        start: &Start,
        session: Session,
        journal: PathBuf,
        drafts: BTreeMap<String, Vec<(String, String)>>,
    ) {
        let drafts = drafts
            .into_iter()
            .map(|(step, fields)| (step, Draft::from_fields(fields)))
            .collect();
        let mut conversation = Conversation::new(
            session,
            start,
            journal,
            self.now,
            self.context.texts.lang(),
            drafts,
        );
        conversation.beside = std::mem::take(&mut self.beside);
        match &mut self.screen {
            Screen::Kiosk(kiosk) => kiosk.started(conversation),
            _ => self.screen = Screen::Conversation(Box::new(conversation)),
        }
    }

    /// The front end stored the ORS target (or could not: the reason in words).
    pub fn target_saved(&mut self, result: Result<crate::history::Target, String>) {
        match result {
            Ok(target) => {
                if let Screen::History(history) = &mut self.screen {
                    history.target_saved(target);
                }
            }
            Err(message) => self.error = Some(message),
        }
    }

    /// The conversation open, on its own screen or the kiosk's.
    fn conversation_mut(&mut self) -> Option<&mut Conversation> {
        match &mut self.screen {
            Screen::Conversation(conversation) => Some(conversation.as_mut()),
            Screen::Kiosk(kiosk) => kiosk.conversation(),
            Screen::Home(_) | Screen::History(_) => None,
        }
    }

    /// The participant's earlier scores, which the open conversation's change flags
    /// compare with (read by the front end after the first screen is drawn).
    pub fn compare_with(&mut self, previous: crate::engine::Previous) {
        if let Some(conversation) = self.conversation_mut() {
            conversation.session.compare_with(previous);
        }
    }

    /// The conversation just resumed follows another (a crisis plan revised after learning
    /// from a crisis): what that one found is shown beside it again.
    pub fn beside(&mut self, beside: Vec<(String, String)>) {
        if let Some(conversation) = self.conversation_mut() {
            conversation.beside = beside;
        }
    }

    /// The conversation just started revises a plan: it says so on every step.
    pub fn revising(&mut self, banner: String) {
        if let Some(conversation) = self.conversation_mut() {
            conversation.banner = Some(banner);
        }
    }

    pub fn show_error(&mut self, message: String) {
        self.error = Some(message);
    }

    /// The front end could not write what the conversation recorded: the conversation goes
    /// back to where the answer was given, and the person is told, with the answer still
    /// on screen to try again.
    pub fn record_failed(&mut self, problem: String) {
        if let Some(conversation) = self.conversation_mut() {
            conversation.record_failed();
        }
        let message = self.texts().get("tui-not-saved", &[("problem", problem)]);
        self.error = Some(message);
    }

    /// Whether the clock alone can change what is shown: a rehearsal's timers, the kiosk's
    /// inactivity limit and thanks screen. Elsewhere the front end need not draw on a tick.
    pub fn changes_with_time(&self) -> bool {
        match &self.screen {
            Screen::Conversation(conversation) => conversation.mode == Mode::Rehearsal,
            Screen::Kiosk(_) => true,
            Screen::Home(_) | Screen::History(_) => false,
        }
    }

    /// Saves the conversation as unfinished (a signal, an inactivity limit): the events to
    /// write, if a conversation is open.
    pub fn pause_now(&mut self) -> Vec<Command> {
        let now = self.now;
        let context = Rc::clone(&self.context);
        match &mut self.screen {
            Screen::Conversation(conversation) => conversation.pause(&context, now),
            Screen::Kiosk(kiosk) => kiosk.pause(&context, now),
            Screen::Home(_) | Screen::History(_) => Vec::new(),
        }
    }
}

pub fn view(ui: &Ui, frame: &mut Frame) {
    let area = frame.area();
    let theme = &ui.context.theme;
    if ui.blanked {
        // Nothing of the conversation stays on screen, not even the cursor.
        return;
    }
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        too_small(ui, frame, area);
        return;
    }
    let whole = area;
    let area = match &ui.preview {
        Some(_) => preview::area_for_screen(area),
        None => area,
    };
    match &ui.screen {
        Screen::Home(home) => home.view(&ui.context, frame, area),
        Screen::Conversation(conversation) => conversation.view(&ui.context, frame, area, ui.now),
        Screen::Kiosk(kiosk) => kiosk.view(&ui.context, frame, area, ui.now),
        Screen::History(history) => history.view(&ui.context, frame, area),
    }
    if let Some(preview) = &ui.preview {
        preview::view(ui, preview, frame, whole);
    }
    if let Some(error) = &ui.error {
        widgets::message_box(
            frame,
            area,
            theme,
            error,
            &ui.texts().get("tui-error-dismiss", &[]),
        );
    }
}

fn too_small(ui: &Ui, frame: &mut Frame, area: Rect) {
    let text = ui.texts().get(
        "tui-too-small",
        &[
            ("width", MIN_WIDTH.to_string()),
            ("height", MIN_HEIGHT.to_string()),
            ("now", format!("{}×{}", area.width, area.height)),
        ],
    );
    let lines: Vec<Line> = widgets::wrap(&text, area.width.max(4))
        .into_iter()
        .map(Line::from)
        .collect();
    frame.render_widget(Paragraph::new(lines).style(ui.context.theme.warning), area);
}

/// `Ctrl+<c>`: the interface's keys that work wherever the person is typing.
pub fn ctrl(key: &KeyEvent, c: char) -> bool {
    key.modifiers.contains(KeyModifiers::CONTROL) && key.code == KeyCode::Char(c)
}
