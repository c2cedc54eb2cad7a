//! `samtale preview`: a script being written, run as a rehearsal and reloaded whenever it
//! is saved. The state the interface keeps of it (the file, its problems, what became of
//! the step the author was on) and the two things it draws: a bar at the bottom with the
//! keys, and a panel with the script's problems at `file:line:column` over the last good
//! version (or alone, while there never was one).

use std::collections::BTreeMap;
use std::sync::Arc;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Clear};

use super::{Command, Context, Screen, Start, Ui, ctrl, widgets};
use crate::engine::Landing;
use crate::script::Library;
use crate::ui::lines::Lines;

pub struct Preview {
    /// The script's file, as the author gave it.
    pub file: String,
    /// How a conversation of it starts (a rehearsal with no one).
    pub start: Start,
    /// The problems `check` finds, rendered `file:line:column: …`.
    pub problems: Vec<String>,
    /// Whether any of them is an error (this version did not load).
    pub broken: bool,
    /// What the last reload did to the author's place ("the step is gone …"), until a key.
    pub note: Option<String>,
}

impl Preview {
    pub fn new(file: String, id: String) -> Preview {
        Preview {
            file,
            start: Start {
                dialogue: id,
                participant: super::REHEARSAL.to_owned(),
                mode: crate::journal::Mode::Rehearsal,
                facilitator: None,
                resume: None,
                follows: None,
            },
            problems: Vec::new(),
            broken: false,
            note: None,
        }
    }
}

impl Ui {
    /// The keys of a preview, before the screen's own: Ctrl+Q (and Ctrl+C, and the pause,
    /// Ctrl+P: there is nothing to save) ends it, Ctrl+R starts the conversation again. While no version has loaded, nothing else acts.
    /// `None` when the key is the screen's.
    pub(super) fn preview_key(
        &mut self,
        key: &ratatui::crossterm::event::KeyEvent,
    ) -> Option<Vec<Command>> {
        let preview = self.preview.as_mut()?;
        preview.note = None;
        if ctrl(key, 'q') || ctrl(key, 'c') || ctrl(key, 'p') {
            self.quit = true;
            return Some(vec![Command::Close, Command::Quit]);
        }
        let running = matches!(self.screen, Screen::Conversation(_));
        if ctrl(key, 'r') && running {
            preview.note = Some(self.context.texts.get("preview-restarted", &[]));
            let start = preview.start.clone();
            return Some(vec![Command::Close, Command::Start(start)]);
        }
        (!running).then(Vec::new)
    }

    /// The script was saved again and read: `loaded` is the new library and the dialogue's
    /// id when it has no errors, `problems` what `check` says of it. A good version takes
    /// the place of the running one, on the same step where it can; a broken one leaves
    /// the last good version running beneath the problems. The commands are the runner's.
    pub fn reloaded(
        &mut self,
        loaded: Option<(Library, String)>,
        problems: Vec<String>,
        broken: bool,
    ) -> Vec<Command> {
        let Some(preview) = self.preview.as_mut() else {
            return Vec::new();
        };
        preview.problems = problems;
        preview.broken = broken;
        let Some((library, id)) = loaded else {
            return Vec::new();
        };
        let texts = library.texts(self.context.texts.lang());
        self.context = std::rc::Rc::new(Context {
            texts,
            library,
            theme: self.context.theme,
            contacts: self.context.contacts.clone(),
        });
        let texts = &self.context.texts;
        let running = match &self.screen {
            Screen::Conversation(conversation) => Some(conversation),
            _ => None,
        };
        let (Some(conversation), true) = (running, preview.start.dialogue == id) else {
            // The first good version, or one with another id: from the start.
            if matches!(self.screen, Screen::Conversation(_)) {
                preview.note = Some(texts.get("preview-id-changed", &[("id", id.clone())]));
            }
            preview.start.dialogue = id;
            return vec![Command::Close, Command::Start(preview.start.clone())];
        };
        let Some(script) = self.context.library.get(&id) else {
            return Vec::new();
        };
        let (session, landing) = conversation
            .session
            .carried_to(Arc::new(script.dialogue.clone()));
        let question = |step: &str| {
            script
                .dialogue
                .step(step)
                .map(|s| crate::wording::question(texts, &script.dialogue, s, None))
                .unwrap_or_else(|| step.to_owned())
        };
        preview.note = match &landing {
            Landing::Same => None,
            Landing::Earlier { gone, now } => Some(texts.get(
                "preview-moved-earlier",
                &[("gone", gone.clone()), ("step", question(now))],
            )),
            Landing::Start { gone } => {
                Some(texts.get("preview-moved-start", &[("gone", gone.clone())]))
            }
        };
        let same = landing == Landing::Same;
        let drafts: BTreeMap<String, super::Draft> = if same {
            conversation.drafts_kept(&self.context)
        } else {
            BTreeMap::new()
        };
        let mut carried = super::Conversation::new(
            session,
            &preview.start,
            conversation.journal.clone(),
            self.now,
            texts.lang(),
            drafts,
        );
        carried.banner = conversation.banner.clone();
        carried.keep_clocks_of(conversation, same);
        self.screen = Screen::Conversation(Box::new(carried));
        Vec::new()
    }
}

/// The bar at the bottom and the problems over the screen, when there are any; the area
/// left for the screen itself.
pub(super) fn area_for_screen(area: Rect) -> Rect {
    Rect {
        height: area.height.saturating_sub(1),
        ..area
    }
}

pub(super) fn view(ui: &Ui, preview: &Preview, frame: &mut Frame, area: Rect) {
    let theme = &ui.context.theme;
    let texts = &ui.context.texts;
    let bar = Rect {
        y: area.y + area.height.saturating_sub(1),
        height: 1.min(area.height),
        ..area
    };
    let running = matches!(ui.screen, Screen::Conversation(_));
    let keys = if running {
        texts.get("preview-bar", &[("file", preview.file.clone())])
    } else {
        texts.get("preview-bar-waiting", &[("file", preview.file.clone())])
    };
    frame.render_widget(Clear, bar);
    frame.render_widget(Lines::new(Line::styled(keys, theme.accent)), bar);

    let width = area.width.saturating_sub(2).max(10);
    let mut lines: Vec<Line> = Vec::new();
    if let Some(note) = &preview.note {
        lines.extend(
            widgets::wrap(note, width)
                .into_iter()
                .map(|l| Line::styled(l, theme.accent)),
        );
    }
    for problem in &preview.problems {
        lines.extend(
            widgets::wrap(problem, width)
                .into_iter()
                .map(|l| Line::styled(l, theme.warning)),
        );
    }
    let screen = area_for_screen(area);
    if lines.is_empty() {
        if !running {
            frame.render_widget(Clear, screen);
        }
        return;
    }
    let title = match (preview.problems.is_empty(), preview.broken, running) {
        (true, _, _) => texts.get("preview-note-title", &[]),
        (false, true, true) => texts.get("preview-problems-running", &[]),
        (false, true, false) => texts.get("preview-problems-none", &[]),
        (false, false, _) => texts.get("preview-warnings", &[]),
    };
    let height = if running {
        (lines.len() as u16 + 2).min(screen.height / 2).max(3)
    } else {
        screen.height
    };
    let panel = Rect {
        y: screen.y + screen.height - height.min(screen.height),
        height: height.min(screen.height),
        ..screen
    };
    if !running {
        frame.render_widget(Clear, screen);
    }
    // No half-covered line of the screen beneath touches the panel's border.
    widgets::clear_around(frame, panel, screen);
    frame.render_widget(
        Lines::new(lines).block(
            Block::bordered()
                .border_style(theme.border)
                .title(Line::styled(format!(" {title} "), theme.warning)),
        ),
        panel,
    );
}
