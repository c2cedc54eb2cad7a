//! The terminal interface without a terminal: the pure `Ui`, driven by keys, drawn on a
//! `TestBackend`, with its commands carried out by the very command loop the terminal
//! uses (`frontend::Runner`). Journals are written to a `MemorySink` (exactly the text
//! the store would write, parsed back with the strict parser) or to one that fails on
//! purpose; reads (participants, unfinished conversations, history) come from a real data
//! folder of the test's own, so fixtures are journals on disk like any other.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use chrono::{DateTime, TimeDelta};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{
    KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};

use samtale::config::CrisisContact;
use samtale::engine::{Answer, Session, Stamp};
use samtale::frontend::{Failure, Launch, MemorySink, Opening, Runner};
use samtale::i18n::Lang;
use samtale::journal::{Block, Journal, Store, format};
use samtale::script::Library;
use samtale::ui::{self, Context, Input, Screen, Theme, ThemeName, Ui};

static COUNTER: AtomicUsize = AtomicUsize::new(0);

/// The moment every test starts at: a Thursday morning in Danish winter time.
pub fn t0() -> Stamp {
    DateTime::parse_from_rfc3339("2026-11-26T10:15:00+01:00").expect("a valid time")
}

pub fn at(seconds: i64) -> Stamp {
    t0() + TimeDelta::seconds(seconds)
}

/// The built-in dialogues and the docs' example script (every step kind), with its texts.
pub fn library() -> Library {
    let (mut library, problems) = Library::builtin();
    assert!(problems.is_empty(), "built-in dialogues: {problems:?}");
    let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/example");
    let problems = library.add_folder(&example);
    assert!(
        problems.iter().all(|p| !p.is_error()),
        "docs/example: {problems:?}"
    );
    library
}

pub fn context(lang: Lang, theme: ThemeName) -> Context {
    let library = library();
    Context {
        texts: library.texts(lang),
        library,
        theme: Theme::get(theme),
        contacts: vec![
            CrisisContact {
                name: "Psykiatrisk akutmodtagelse (eksempel)".to_owned(),
                phone: "12 34 56 78".to_owned(),
                open: Some("døgnåbent".to_owned()),
            },
            CrisisContact {
                name: "Bostøtten, vagttelefon (eksempel)".to_owned(),
                phone: "87 65 43 21".to_owned(),
                open: Some("hverdage 8–16".to_owned()),
            },
        ],
    }
}

#[derive(Debug, Clone, Copy)]
pub struct Cfg {
    pub lang: Lang,
    pub theme: ThemeName,
    pub size: (u16, u16),
}

impl Cfg {
    pub fn da() -> Cfg {
        Cfg {
            lang: Lang::Da,
            theme: ThemeName::Default,
            size: (80, 24),
        }
    }

    pub fn en() -> Cfg {
        Cfg {
            lang: Lang::En,
            ..Cfg::da()
        }
    }

    /// Danish or English words for what a person types in the tests.
    pub fn words<'a>(&self, da: &'a str, en: &'a str) -> &'a str {
        match self.lang {
            Lang::Da => da,
            Lang::En => en,
        }
    }
}

/// A data folder of the test's own, removed when the harness goes.
pub struct DataDir(pub PathBuf);

impl DataDir {
    pub fn new() -> DataDir {
        let path = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!(
            "ui-{}-{}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::SeqCst)
        ));
        let _ = fs::remove_dir_all(&path);
        fs::create_dir_all(path.join("journals")).expect("create the test's data folder");
        DataDir(path)
    }

    /// A participant with a folder of journals (none yet): the home screen lists them.
    pub fn participant(&self, name: &str) {
        fs::create_dir_all(self.0.join("journals").join(name)).expect("a participant folder");
    }

    /// Writes a journal file for a participant, as the store would have.
    pub fn journal(&self, participant: &str, name: &str, text: &str) -> PathBuf {
        self.participant(participant);
        let path = self.0.join("journals").join(participant).join(name);
        fs::write(&path, text).expect("write a fixture journal");
        path
    }
}

impl Drop for DataDir {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

pub struct Harness {
    pub cfg: Cfg,
    pub ui: Ui,
    pub runner: Runner<MemorySink>,
    pub now: Stamp,
    pub data: DataDir,
}

impl Harness {
    /// The interface on this screen, with these pseudonyms having journal folders.
    pub fn new(cfg: Cfg, screen: Screen, participants: &[&str]) -> Harness {
        Harness::with_data(cfg, screen, participants, DataDir::new())
    }

    pub fn with_data(cfg: Cfg, screen: Screen, participants: &[&str], data: DataDir) -> Harness {
        for participant in participants {
            data.participant(participant);
        }
        let kiosk = matches!(screen, Screen::Kiosk(_));
        let mut ui = Ui::new(context(cfg.lang, cfg.theme), screen, cfg.size, t0());
        let store = Store::new(data.0.clone());
        if let Screen::Home(_) = ui.screen {
            ui.participants_changed(store.participants());
        }
        Harness {
            cfg,
            ui,
            runner: Runner::new(store, MemorySink::new(), kiosk),
            now: t0(),
            data,
        }
    }

    /// The interface as `samtale` opens it for this launch (home, `run`, self mode, the
    /// kiosk), with the data folder's pseudonyms.
    pub fn launched(cfg: Cfg, launch: &Launch, participants: &[&str], data: DataDir) -> Harness {
        for participant in participants {
            data.participant(participant);
        }
        let store = Store::new(data.0.clone());
        let opening = Opening::of(launch, &store, Some("4321".to_owned()), t0());
        let mut ui = Ui::new(context(cfg.lang, cfg.theme), opening.screen, cfg.size, t0());
        ui.quit_after = matches!(launch, Launch::Run(_));
        ui.hand_back = opening.hand_back;
        let mut runner = Runner::new(store, MemorySink::new(), opening.kiosk);
        runner.closed = opening.closed;
        runner.execute(&mut ui, opening.first);
        Harness {
            cfg,
            ui,
            runner,
            now: t0(),
            data,
        }
    }

    /// `samtale run DIALOGUE` (facilitated), the pseudonym typed as a person types it: the
    /// conversation has started (through `LoadParticipant` and `Start`, as in the terminal).
    pub fn conversation(cfg: Cfg, dialogue: &str, participant: &str) -> Harness {
        let screen = Screen::Home(samtale::ui::Home::for_dialogue(
            vec![participant.to_owned()],
            dialogue,
            Some(samtale::journal::Mode::Facilitated),
        ));
        let mut h = Harness::new(cfg, screen, &[participant]);
        h.type_text(participant);
        h.enter();
        assert!(
            matches!(h.ui.screen, Screen::Conversation(_)),
            "the conversation of {dialogue} started"
        );
        h
    }

    /// From now on, writes fail like a full disk (after `after` more blocks).
    pub fn fail_writes(&mut self, after: usize, torn: bool) {
        let done = self
            .runner
            .sink
            .journals
            .iter()
            .map(|(_, text)| text.matches("\n== ").count())
            .sum::<usize>();
        self.runner.sink.failure = Some(Failure {
            after: after + done,
            torn,
        });
    }

    /// The disk has room again.
    pub fn writes_work(&mut self) {
        self.runner.sink.failure = None;
    }

    /// Hands one input to the interface, and the command loop carries out what it asks.
    pub fn send(&mut self, input: Input) {
        self.runner.handle(&mut self.ui, input, self.now);
    }

    /// Time passes (a second a tick).
    pub fn tick(&mut self, seconds: i64) {
        for _ in 0..seconds {
            self.now += TimeDelta::seconds(1);
            self.send(Input::Tick);
        }
    }

    pub fn press(&mut self, code: KeyCode) {
        self.send(Input::Key(KeyEvent::new(code, KeyModifiers::NONE)))
    }

    pub fn press_with(&mut self, code: KeyCode, modifiers: KeyModifiers) {
        self.send(Input::Key(KeyEvent::new(code, modifiers)))
    }

    pub fn enter(&mut self) {
        self.press(KeyCode::Enter)
    }

    pub fn esc(&mut self) {
        self.press(KeyCode::Esc)
    }

    pub fn ctrl(&mut self, c: char) {
        self.send(Input::Key(KeyEvent::new(
            KeyCode::Char(c),
            KeyModifiers::CONTROL,
        )))
    }

    /// Types text key by key; a line break is the Enter key, a tab the Tab key.
    pub fn type_text(&mut self, text: &str) {
        for c in text.chars() {
            match c {
                '\n' => self.enter(),
                '\t' => self.press(KeyCode::Tab),
                c => self.press(KeyCode::Char(c)),
            }
        }
    }

    pub fn paste(&mut self, text: &str) {
        self.send(Input::Paste(text.to_owned()))
    }

    pub fn yes(&mut self) {
        let key = self.cfg.words("j", "y");
        self.type_text(key);
    }

    pub fn click(&mut self, column: u16, row: u16) {
        self.send(Input::Mouse(MouseEvent {
            kind: MouseEventKind::Down(MouseButton::Left),
            column,
            row,
            modifiers: KeyModifiers::NONE,
        }))
    }

    /// The open conversation's session, in a conversation or the kiosk.
    pub fn session(&self) -> &Session {
        match &self.ui.screen {
            Screen::Conversation(conversation) => &conversation.session,
            _ => panic!("no conversation is open"),
        }
    }

    pub fn step_id(&self) -> Option<String> {
        self.session().current_step().map(|(_, s)| s.id.clone())
    }

    /// Draws the interface at `width`×`height` (telling it the size first, as a resize
    /// event would) and gives back the backend.
    pub fn draw(&mut self, width: u16, height: u16) -> TestBackend {
        self.send(Input::Resize(width, height));
        let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("test terminal");
        terminal
            .draw(|frame| ui::view(&self.ui, frame))
            .expect("draw");
        terminal.backend().clone()
    }

    /// The screen as text, and where the cursor is.
    pub fn screen(&mut self, width: u16, height: u16) -> String {
        let backend = self.draw(width, height);
        let cursor = if backend.cursor_visible() {
            let p = backend.cursor_position();
            format!("cursor: column {}, row {}", p.x, p.y)
        } else {
            "cursor: hidden".to_owned()
        };
        format!("{backend}{cursor}")
    }

    /// The screen's text at the harness's size, rows joined by newlines.
    pub fn text(&mut self) -> String {
        let (width, height) = self.cfg.size;
        text_of(self.draw(width, height).buffer())
    }

    pub fn buffer(&mut self, width: u16, height: u16) -> Buffer {
        self.draw(width, height).buffer().clone()
    }

    /// Every journal written, as text exactly as it would be on disk.
    pub fn journal_texts(&self) -> Vec<String> {
        self.runner
            .sink
            .journals
            .iter()
            .map(|(_, text)| text.clone())
            .collect()
    }

    /// The journal written last, parsed strictly.
    pub fn journal(&self) -> Journal {
        let text = self.runner.sink.last_text().expect("a journal was written");
        format::parse(text).unwrap_or_else(|e| panic!("the journal parses: {e:?}\n{text}"))
    }

    /// The answers recorded in the last journal, in the order they were written.
    pub fn recorded(&self) -> Vec<(String, Answer)> {
        if self.runner.sink.journals.is_empty() {
            return Vec::new();
        }
        self.journal()
            .blocks
            .into_iter()
            .filter_map(|b| match b {
                Block::Answer { step, answer, .. } => Some((step, answer)),
                _ => None,
            })
            .collect()
    }

    /// The latest answer recorded for a step.
    pub fn answer(&self, step: &str) -> Option<Answer> {
        self.recorded()
            .into_iter()
            .rev()
            .find(|(s, _)| s == step)
            .map(|(_, a)| a)
    }
}

/// The text of each row of a buffer, wide characters counted once.
pub fn rows(buffer: &Buffer) -> Vec<String> {
    let area = buffer.area;
    (0..area.height)
        .map(|y| {
            let mut row = String::new();
            let mut skip = 0;
            for x in 0..area.width {
                let cell = &buffer[(x, y)];
                if skip == 0 {
                    row.push_str(cell.symbol());
                }
                skip = skip
                    .max(ratatui::text::Span::raw(cell.symbol()).width())
                    .saturating_sub(1);
            }
            row
        })
        .collect()
}

pub fn text_of(buffer: &Buffer) -> String {
    rows(buffer).join("\n")
}
