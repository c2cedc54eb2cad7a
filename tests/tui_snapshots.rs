//! Snapshots of the terminal interface, and its behaviour, through the pure API: `Ui`
//! holds the state, `Ui::handle` changes it, `ui::view` draws it on a `TestBackend`.
//!
//! A small harness plays the front end (`tui.rs`): it answers `LoadParticipant` with
//! `Ui::participant_loaded` and `Start` with `Ui::started` (a fresh `Session`, a fixed fake
//! journal path), and keeps every `Record` it is given instead of writing a journal. Time
//! is fixed, so every snapshot is stable.
//!
//! Each screen is drawn in Danish and English, at 80×24 and at the minimum size
//! (`MIN_WIDTH`×`MIN_HEIGHT`); the screens with a selection are drawn again with the
//! no-colour theme, where only the `▸` marker shows what is selected. Each snapshot ends
//! with where the terminal cursor is (or that it is hidden).
//!
//! Update the snapshots with `INSTA_UPDATE=always cargo test --test tui_snapshots`, then
//! read every changed `.snap` file.

use std::collections::VecDeque;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::{DateTime, TimeDelta};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{
    KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};
use ratatui::style::{Color, Modifier};

use samtale::config::CrisisContact;
use samtale::engine::{Answer, Event, Position, Previous, Session, Stamp, Value};
use samtale::i18n::Lang;
use samtale::journal::Mode;
use samtale::script::Library;
use samtale::ui::{
    self, Command, Context, Home, Input, Kiosk, MIN_HEIGHT, MIN_WIDTH, Screen, Start, Theme,
    ThemeName, Ui, Unfinished,
};

// ---------------------------------------------------------------------------------------
// Fixed time, texts and library
// ---------------------------------------------------------------------------------------

/// The moment every test starts at: a Thursday morning in Danish winter time.
fn t0() -> Stamp {
    DateTime::parse_from_rfc3339("2026-11-26T10:15:00+01:00").expect("a valid time")
}

fn at(seconds: i64) -> Stamp {
    t0() + TimeDelta::seconds(seconds)
}

/// The built-in dialogues and the docs' example script (every step kind), with its texts.
fn library() -> Library {
    let (mut library, problems) = Library::builtin();
    assert!(problems.is_empty(), "built-in dialogues: {problems:?}");
    let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/example");
    let problems = library.add_folder(&example);
    assert!(
        problems.iter().all(|p| !p.is_error()),
        "docs/example: {problems:?}"
    );
    assert!(
        library.get("practice-check-in").is_some(),
        "the example script is in the library"
    );
    library
}

fn context(lang: Lang, theme: ThemeName) -> Context {
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

/// Where the fake store says a journal is: fixed, so the result screen is stable.
fn fake_journal(start: &Start) -> PathBuf {
    let folder = match start.mode {
        Mode::Rehearsal => "rehearsals".to_owned(),
        _ => format!("journals/{}", start.participant),
    };
    PathBuf::from(format!(
        "/srv/samtale/{folder}/2026-11-26T09-15-00Z-{}.txt",
        start.dialogue
    ))
}

// ---------------------------------------------------------------------------------------
// The harness: the front end's part, without a terminal or a disk
// ---------------------------------------------------------------------------------------

#[derive(Debug, Clone, Copy)]
struct Cfg {
    lang: Lang,
    theme: ThemeName,
    size: (u16, u16),
}

impl Cfg {
    fn da() -> Cfg {
        Cfg {
            lang: Lang::Da,
            theme: ThemeName::Default,
            size: (80, 24),
        }
    }

    fn en() -> Cfg {
        Cfg {
            lang: Lang::En,
            ..Cfg::da()
        }
    }

    /// Danish or English words for what a person types in the tests.
    fn words<'a>(&self, da: &'a str, en: &'a str) -> &'a str {
        match self.lang {
            Lang::Da => da,
            Lang::En => en,
        }
    }
}

struct Harness {
    cfg: Cfg,
    ui: Ui,
    now: Stamp,
    /// What the fake store finds for a participant.
    unfinished: Vec<Unfinished>,
    participants: Vec<String>,
    /// Every command carried out so far, in order.
    log: Vec<Command>,
    kiosk: bool,
}

impl Harness {
    fn new(cfg: Cfg, screen: Screen, participants: Vec<String>) -> Harness {
        let kiosk = matches!(screen, Screen::Kiosk(_));
        Harness {
            cfg,
            ui: Ui::new(context(cfg.lang, cfg.theme), screen, cfg.size, t0()),
            now: t0(),
            unfinished: Vec::new(),
            participants,
            log: Vec::new(),
            kiosk,
        }
    }

    /// Hands one input to the interface and carries out what it asks, as `tui.rs` does;
    /// returns every command carried out for it (including those of a started journal).
    fn send(&mut self, input: Input) -> Vec<Command> {
        let commands = self.ui.handle(input, self.now);
        self.execute(commands)
    }

    fn execute(&mut self, commands: Vec<Command>) -> Vec<Command> {
        let mut done = Vec::new();
        let mut queue: VecDeque<Command> = commands.into();
        while let Some(command) = queue.pop_front() {
            done.push(command.clone());
            match command {
                Command::Record(_) => {}
                Command::LoadParticipant(participant) => {
                    let unfinished = self.unfinished.clone();
                    queue.extend(self.ui.participant_loaded(&participant, unfinished));
                }
                Command::Start(start) => {
                    let script = self
                        .ui
                        .context
                        .library
                        .get(&start.dialogue)
                        .expect("a dialogue in the library");
                    let session = Session::new(Arc::new(script.dialogue.clone()), Previous::new());
                    let journal = fake_journal(&start);
                    self.ui.started(&start, session, journal);
                }
                Command::Close => {
                    if !self.kiosk {
                        self.ui.participants_changed(self.participants.clone());
                    }
                }
                Command::Quit => self.ui.quit = true,
                // The history screens have their own tests (tui_over_time.rs).
                Command::LoadHistory(_) | Command::ShowTrend { .. } => {}
                // `Ui` turns a follow-up into Close and Start before it gets here.
                Command::FollowUp { .. } => {}
            }
        }
        self.log.extend(done.iter().cloned());
        done
    }

    fn press(&mut self, code: KeyCode) -> Vec<Command> {
        self.send(Input::Key(KeyEvent::new(code, KeyModifiers::NONE)))
    }

    fn enter(&mut self) -> Vec<Command> {
        self.press(KeyCode::Enter)
    }

    fn ctrl(&mut self, c: char) -> Vec<Command> {
        self.send(Input::Key(KeyEvent::new(
            KeyCode::Char(c),
            KeyModifiers::CONTROL,
        )))
    }

    /// Types text key by key; a line break is the Enter key.
    fn type_text(&mut self, text: &str) {
        for c in text.chars() {
            if c == '\n' {
                self.enter();
            } else {
                self.press(KeyCode::Char(c));
            }
        }
    }

    fn yes(&mut self) {
        let key = self.cfg.words("j", "y");
        self.type_text(key);
    }

    fn click(&mut self, column: u16, row: u16) -> Vec<Command> {
        self.send(Input::Mouse(MouseEvent {
            kind: MouseEventKind::Down(MouseButton::Left),
            column,
            row,
            modifiers: KeyModifiers::NONE,
        }))
    }

    /// The open conversation's session, outside the kiosk.
    fn session(&self) -> &Session {
        match &self.ui.screen {
            Screen::Conversation(conversation) => &conversation.session,
            _ => panic!("no conversation is open"),
        }
    }

    fn step_id(&self) -> Option<String> {
        self.session().current_step().map(|(_, s)| s.id.clone())
    }

    /// Draws the interface at `width`×`height` (telling it the size first, as a resize
    /// event would) and gives back the backend.
    fn draw(&mut self, width: u16, height: u16) -> TestBackend {
        self.send(Input::Resize(width, height));
        let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("test terminal");
        terminal
            .draw(|frame| ui::view(&self.ui, frame))
            .expect("draw");
        terminal.backend().clone()
    }

    /// The screen as text, and where the cursor is.
    fn screen(&mut self, width: u16, height: u16) -> String {
        let backend = self.draw(width, height);
        let cursor = if backend.cursor_visible() {
            let p = backend.cursor_position();
            format!("cursor: column {}, row {}", p.x, p.y)
        } else {
            "cursor: hidden".to_owned()
        };
        format!("{backend}{cursor}")
    }

    fn buffer(&mut self, width: u16, height: u16) -> Buffer {
        self.draw(width, height).buffer().clone()
    }

    /// The answers the front end was given to write, by step.
    fn recorded(&self) -> Vec<(String, Answer)> {
        answers_in(&self.log)
    }
}

fn answers_in(commands: &[Command]) -> Vec<(String, Answer)> {
    commands
        .iter()
        .filter_map(|c| match c {
            Command::Record(Event::Answered { step, answer, .. }) => {
                Some((step.clone(), answer.clone()))
            }
            _ => None,
        })
        .collect()
}

/// The text of each row of a buffer, wide characters counted once.
fn rows(buffer: &Buffer) -> Vec<String> {
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
                skip = skip.max(unicode_width(cell.symbol())).saturating_sub(1);
            }
            row
        })
        .collect()
}

fn unicode_width(symbol: &str) -> usize {
    use ratatui::text::Span;
    Span::raw(symbol).width()
}

fn text_of(buffer: &Buffer) -> String {
    rows(buffer).join("\n")
}

// ---------------------------------------------------------------------------------------
// Getting to each screen
// ---------------------------------------------------------------------------------------

const PARTICIPANTS: [&str; 3] = ["Birk-7", "Maja.S", "Søren"];

fn participants() -> Vec<String> {
    PARTICIPANTS.iter().map(|p| (*p).to_owned()).collect()
}

fn home(cfg: Cfg) -> Harness {
    Harness::new(cfg, Screen::Home(Home::new(participants())), participants())
}

/// `samtale run DIALOGUE --mode MODE`: the pseudonym is typed, then the conversation
/// starts through `LoadParticipant` and `Start`, as the real front end does it.
fn conversation(cfg: Cfg, dialogue: &str, mode: Mode) -> Harness {
    let screen = Screen::Home(Home::for_dialogue(participants(), dialogue, Some(mode)));
    let mut h = Harness::new(cfg, screen, participants());
    h.type_text("Søren");
    let commands = h.enter();
    assert!(
        commands.iter().any(|c| matches!(c, Command::Start(_))),
        "the conversation starts: {commands:?}"
    );
    assert!(matches!(h.ui.screen, Screen::Conversation(_)));
    h
}

fn long_text(cfg: Cfg) -> &'static str {
    cfg.words(
        "Jeg har sovet dårligt hele ugen, og det har været svært at komme op om morgenen.\n\
         Men i torsdags gik jeg en tur på biblioteket med min søster, og det var rart.",
        "I have slept badly all week, and it has been hard to get up in the morning.\n\
         But on Thursday I went to the library with my sister, and that was nice.",
    )
}

fn short_text(cfg: Cfg) -> &'static str {
    cfg.words(
        "Søge om boligstøtte på fredag 😀",
        "Apply for housing benefit on Friday 😀",
    )
}

/// Answers the current step of the practice check-in the usual way, and moves on.
fn answer_practice_step(h: &mut Harness) {
    let cfg = h.cfg;
    let step = h.step_id().expect("at a step");
    match step.as_str() {
        "welcome" | "habits" | "crisis-help" => {
            h.enter();
        }
        "ready" | "safe" | "contact" => {
            h.yes();
            h.enter();
        }
        "mood" => {
            h.type_text("2");
            h.enter();
        }
        "mood-hard" => {
            h.type_text(long_text(cfg));
            h.ctrl('d');
        }
        "hard-days" => {
            h.type_text("5");
            h.enter();
        }
        "sleep" | "out" => {
            h.type_text("0");
            h.enter();
        }
        "meals" | "home-state" => {
            h.type_text("1");
            h.enter();
        }
        "help-with" => {
            h.type_text("14");
            h.enter();
        }
        "help-other" => {
            h.type_text(short_text(cfg));
            h.enter();
        }
        "who" => {
            add_entry(h, "Lise", cfg.words("søster", "sister"), "20 30 40 50");
            add_entry(h, "Ahmed", cfg.words("nabo", "neighbour"), "");
            h.ctrl('d');
        }
        "goal" => {
            h.type_text(cfg.words(
                "Åbne brevet fra kommunen",
                "Open the letter from the council",
            ));
            h.ctrl('d');
        }
        "visit-time" => {
            h.type_text("10.30");
            h.enter();
        }
        "extra-visit" | "more" => {
            h.type_text("n");
            h.enter();
        }
        _ => {
            h.ctrl('s');
        }
    }
    assert!(
        h.step_id().as_deref() != Some(step.as_str()),
        "the practice check-in moved on from {step}"
    );
}

fn add_entry(h: &mut Harness, name: &str, relation: &str, phone: &str) {
    h.type_text("+");
    h.type_text(name);
    h.press(KeyCode::Tab);
    h.type_text(relation);
    h.press(KeyCode::Tab);
    h.type_text(phone);
    let commands = h.enter();
    assert!(
        !answers_in(&commands).is_empty(),
        "the entry {name} was saved: {commands:?}"
    );
}

/// The practice check-in (the docs' example, every step kind), at step `target`.
fn practice_at(cfg: Cfg, mode: Mode, target: &str) -> Harness {
    let mut h = conversation(cfg, "practice-check-in", mode);
    for _ in 0..60 {
        match h.session().position() {
            Position::Step(_) if h.step_id().as_deref() == Some(target) => return h,
            Position::Step(_) => answer_practice_step(&mut h),
            other => panic!("the practice check-in never reached {target}: at {other:?}"),
        }
    }
    panic!("the practice check-in never reached {target}");
}

/// The practice check-in at its review, with two answers set aside: the week was hard
/// (so "what made it hard" and the extra visit were asked), then the mood was changed
/// to 5 from the review.
fn practice_review(cfg: Cfg) -> Harness {
    let mut h = practice_at(cfg, Mode::Facilitated, "more");
    answer_practice_step(&mut h);
    assert_eq!(h.session().position(), Position::Review);
    h.press(KeyCode::Down);
    h.enter();
    assert_eq!(h.step_id().as_deref(), Some("mood"), "revising the mood");
    h.type_text("5");
    h.enter();
    assert_eq!(h.session().position(), Position::Review);
    assert_eq!(
        h.session().hidden_answers(),
        vec!["mood-hard".to_owned(), "extra-visit".to_owned()]
    );
    h.press(KeyCode::End);
    h
}

fn fit_ors_scale(cfg: Cfg) -> Harness {
    let mut h = conversation(cfg, "fit-ors", Mode::Facilitated);
    h.enter();
    assert_eq!(h.step_id().as_deref(), Some("individual"));
    h
}

fn kiosk(cfg: Cfg) -> Harness {
    Harness::new(
        cfg,
        Screen::Kiosk(Kiosk::new("who5", "4321", 10, t0())),
        Vec::new(),
    )
}

/// One citizen through WHO-5 in the kiosk, choosing `digit` for every item, up to the
/// result screen.
fn kiosk_citizen(h: &mut Harness, name: &str, digit: &str) {
    h.type_text(name);
    let commands = h.enter();
    let start = commands
        .iter()
        .find_map(|c| match c {
            Command::Start(start) => Some(start.clone()),
            _ => None,
        })
        .expect("the kiosk starts a conversation");
    assert_eq!(start.participant, name);
    assert_eq!(start.mode, Mode::SelfGuided);
    assert_eq!(start.resume, None);
    h.enter(); // the introduction
    for _ in 0..5 {
        h.type_text(digit);
        h.enter();
    }
    let commands = h.ctrl('d'); // finish from the review
    assert!(
        commands
            .iter()
            .any(|c| matches!(c, Command::Record(Event::Finished { .. }))),
        "{name}'s conversation finished: {commands:?}"
    );
}

// ---------------------------------------------------------------------------------------
// Snapshot drivers
// ---------------------------------------------------------------------------------------

const LANGS: [Lang; 2] = [Lang::Da, Lang::En];
const SIZES: [(u16, u16); 2] = [(80, 24), (MIN_WIDTH, MIN_HEIGHT)];

fn assert_screen(name: &str, description: &str, screen: &str) {
    insta::with_settings!({
        description => description,
        omit_expression => true,
    }, {
        insta::assert_snapshot!(name, screen);
    });
}

/// Snapshots `name_{da,en}_{80x24,60x18}` of the screen `setup` leads to.
fn snap(name: &str, description: &str, setup: impl Fn(Cfg) -> Harness) {
    for lang in LANGS {
        for (width, height) in SIZES {
            let cfg = Cfg {
                lang,
                theme: ThemeName::Default,
                size: (width, height),
            };
            let mut h = setup(cfg);
            let screen = h.screen(width, height);
            assert_screen(
                &format!("{name}_{}_{width}x{height}", lang.tag()),
                description,
                &screen,
            );
        }
    }
}

/// Snapshots `name_nocolour_{da,en}_{size}` with the no-colour theme, and checks that
/// nothing on screen has a colour or a style, and that the one selection shows as `▸`.
fn snap_no_colour(name: &str, description: &str, setup: impl Fn(Cfg) -> Harness) {
    for lang in LANGS {
        for (width, height) in SIZES {
            let cfg = Cfg {
                lang,
                theme: ThemeName::NoColour,
                size: (width, height),
            };
            let mut h = setup(cfg);
            let buffer = h.buffer(width, height);
            for y in 0..height {
                for x in 0..width {
                    let cell = &buffer[(x, y)];
                    assert!(
                        cell.fg == Color::Reset
                            && cell.bg == Color::Reset
                            && cell.modifier == Modifier::empty(),
                        "{name} ({}, {width}x{height}): a style at ({x}, {y}): {cell:?}",
                        lang.tag()
                    );
                }
            }
            let text = text_of(&buffer);
            assert_eq!(
                text.matches('▸').count(),
                1,
                "{name} ({}, {width}x{height}): one selection marker\n{text}",
                lang.tag()
            );
            let screen = h.screen(width, height);
            assert_screen(
                &format!("{name}_nocolour_{}_{width}x{height}", lang.tag()),
                description,
                &screen,
            );
        }
    }
}

// ---------------------------------------------------------------------------------------
// Snapshots: home
// ---------------------------------------------------------------------------------------

fn home_participant(cfg: Cfg) -> Harness {
    let mut h = home(cfg);
    h.press(KeyCode::Down);
    h.press(KeyCode::Down);
    h
}

fn home_choose(cfg: Cfg) -> Harness {
    let mut h = home(cfg);
    h.unfinished = vec![Unfinished {
        path: PathBuf::from("/srv/samtale/journals/Søren/2026-11-19T13-05-00Z-fit-ors.txt"),
        dialogue: "fit-ors".to_owned(),
        started: "2026-11-19 14:05".to_owned(),
        answered: 3,
        mode: Mode::Facilitated,
    }];
    h.type_text("Søren");
    let commands = h.enter();
    assert_eq!(
        commands.first(),
        Some(&Command::LoadParticipant("Søren".to_owned()))
    );
    h
}

fn home_mode(cfg: Cfg) -> Harness {
    let mut h = home_choose(cfg);
    h.press(KeyCode::Down);
    h.enter();
    h.type_text("Lene");
    h
}

#[test]
fn snapshots_home() {
    snap(
        "home_participant",
        "Home, first stage: who the conversation is with; the second known pseudonym is selected.",
        home_participant,
    );
    snap(
        "home_choose",
        "Home, second stage: an unfinished FIT conversation to resume first (selected), then the dialogues by audience.",
        home_choose,
    );
    snap(
        "home_mode",
        "Home, third stage: how the conversation is held; facilitated selected, the facilitator's name typed.",
        home_mode,
    );
    snap_no_colour(
        "home_participant",
        "Home, first stage, no colour: the selected pseudonym shows by its marker alone.",
        home_participant,
    );
    snap_no_colour(
        "home_choose",
        "Home, second stage, no colour: the selection shows by its marker alone.",
        home_choose,
    );
    snap_no_colour(
        "home_mode",
        "Home, third stage, no colour: the selected mode shows by its marker alone.",
        home_mode,
    );
}

// ---------------------------------------------------------------------------------------
// Snapshots: every step kind
// ---------------------------------------------------------------------------------------

fn info_step(cfg: Cfg) -> Harness {
    practice_at(cfg, Mode::Facilitated, "welcome")
}

fn info_contacts(cfg: Cfg) -> Harness {
    let mut h = practice_at(cfg, Mode::Facilitated, "safe");
    h.type_text("n");
    h.enter();
    assert_eq!(h.step_id().as_deref(), Some("crisis-help"));
    h
}

fn yes_no(cfg: Cfg) -> Harness {
    let mut h = practice_at(cfg, Mode::Facilitated, "ready");
    h.yes();
    h
}

fn short_text_typed(cfg: Cfg) -> Harness {
    let mut h = practice_at(cfg, Mode::Facilitated, "help-other");
    h.type_text(short_text(cfg));
    h
}

fn long_text_typed(cfg: Cfg) -> Harness {
    let mut h = practice_at(cfg, Mode::Facilitated, "mood-hard");
    h.type_text(long_text(cfg));
    h
}

fn number_invalid(cfg: Cfg) -> Harness {
    let mut h = practice_at(cfg, Mode::Facilitated, "hard-days");
    h.type_text("9");
    let commands = h.enter();
    assert!(answers_in(&commands).is_empty(), "9 days is refused");
    h
}

fn scale_set(cfg: Cfg) -> Harness {
    let mut h = fit_ors_scale(cfg);
    h.type_text("6");
    for _ in 0..5 {
        h.press(KeyCode::Right);
    }
    h
}

fn single_who5(cfg: Cfg) -> Harness {
    let mut h = conversation(cfg, "who5", Mode::Facilitated);
    h.enter();
    assert_eq!(h.step_id().as_deref(), Some("cheerful"));
    h.type_text("3");
    h
}

fn multi(cfg: Cfg) -> Harness {
    let mut h = practice_at(cfg, Mode::Facilitated, "help-with");
    h.type_text("14");
    h
}

fn computed(cfg: Cfg) -> Harness {
    practice_at(cfg, Mode::Facilitated, "habits")
}

fn repeat_list(cfg: Cfg) -> Harness {
    let mut h = practice_at(cfg, Mode::Facilitated, "who");
    add_entry(&mut h, "Lise", cfg.words("søster", "sister"), "20 30 40 50");
    add_entry(&mut h, "Ahmed", cfg.words("nabo", "neighbour"), "");
    h
}

fn repeat_form(cfg: Cfg) -> Harness {
    let mut h = repeat_list(cfg);
    h.type_text("+");
    h.type_text("Karin");
    h.press(KeyCode::Tab);
    h.type_text(cfg.words("kontaktperson", "support worker"));
    h
}

#[test]
fn snapshots_step_kinds() {
    snap(
        "conversation_info",
        "The practice check-in's first step: an info step, facilitated.",
        info_step,
    );
    snap(
        "conversation_info_contacts",
        "An info step with the configured crisis contacts (after \"not safe at home\").",
        info_contacts,
    );
    snap(
        "conversation_yes_no",
        "A yes/no question with yes chosen, not yet confirmed.",
        yes_no,
    );
    snap(
        "conversation_short_text",
        "A short text with Danish letters and an emoji typed; the cursor after the emoji by its width.",
        short_text_typed,
    );
    snap(
        "conversation_long_text",
        "A long text of two paragraphs, wrapped; Ctrl+D goes on because Enter types a new line.",
        long_text_typed,
    );
    snap(
        "conversation_number_invalid",
        "A number question after 9 was entered for a 0–7 range: the script's own message.",
        number_invalid,
    );
    snap(
        "conversation_scale_unset",
        "A FIT scale 0–10 not answered yet.",
        fit_ors_scale,
    );
    snap(
        "conversation_scale_set",
        "A FIT scale set to 6.5 (6, then → five times): \"6,5\" in Danish.",
        scale_set,
    );
    snap(
        "conversation_single_who5",
        "A WHO-5 item: the choices numbered by their score (5 to 0); 3 chosen.",
        single_who5,
    );
    snap(
        "conversation_multi",
        "A multiple choice with two ticked (1 and 4); the cursor on the last one ticked.",
        multi,
    );
    snap(
        "conversation_computed",
        "A computed step: the mean of three answers shown, not asked.",
        computed,
    );
    snap(
        "conversation_repeat_list",
        "A repeat group with two entries; the cursor on the first.",
        repeat_list,
    );
    snap(
        "conversation_repeat_form",
        "A repeat group's form for a new entry, open; the name typed, the relation being typed.",
        repeat_form,
    );
    snap_no_colour(
        "conversation_yes_no",
        "Yes/no, no colour: the answer chosen shows by its marker.",
        yes_no,
    );
    snap_no_colour(
        "conversation_single_who5",
        "WHO-5, no colour: the choice at the cursor shows by its marker.",
        single_who5,
    );
    snap_no_colour(
        "conversation_multi",
        "Multiple choice, no colour: the cursor shows by its marker, the ticks by [x].",
        multi,
    );
    snap_no_colour(
        "conversation_repeat_list",
        "Repeat group, no colour: the entry at the cursor shows by its marker.",
        repeat_list,
    );
    snap_no_colour(
        "conversation_repeat_form",
        "Repeat group form, no colour: the field being typed in shows by its marker.",
        repeat_form,
    );
}

// ---------------------------------------------------------------------------------------
// Snapshots: modes, overlays, review, result, pause, blank, errors
// ---------------------------------------------------------------------------------------

fn help_overlay(cfg: Cfg) -> Harness {
    let mut h = practice_at(cfg, Mode::Facilitated, "mood");
    h.press(KeyCode::F(1));
    h
}

fn notes_open(cfg: Cfg) -> Harness {
    let mut h = practice_at(cfg, Mode::Facilitated, "ready");
    h.ctrl('n');
    h
}

fn self_mode(cfg: Cfg) -> Harness {
    let mut h = practice_at(cfg, Mode::SelfGuided, "sleep");
    h.type_text("3");
    h.ctrl('n'); // no notes in self mode
    h
}

/// A rehearsal at the mood scale: the step open for 1:07, the whole for 1:52.
fn rehearsal(cfg: Cfg) -> Harness {
    let mut h = conversation(cfg, "practice-check-in", Mode::Rehearsal);
    h.now = at(20);
    h.enter();
    h.now = at(45);
    h.yes();
    h.enter();
    assert_eq!(h.step_id().as_deref(), Some("mood"));
    h.now = at(112);
    h
}

fn rehearsal_outline(cfg: Cfg) -> Harness {
    let mut h = rehearsal(cfg);
    h.ctrl('g');
    for _ in 0..3 {
        h.press(KeyCode::Down);
    }
    h
}

fn result(cfg: Cfg) -> Harness {
    let mut h = practice_review(cfg);
    let commands = h.ctrl('d');
    assert!(
        commands
            .iter()
            .any(|c| matches!(c, Command::Record(Event::Finished { .. })))
    );
    assert_eq!(h.session().position(), Position::Done);
    h
}

fn paused(cfg: Cfg) -> Harness {
    let mut h = practice_at(cfg, Mode::Facilitated, "mood");
    let commands = h.ctrl('p');
    assert!(
        commands
            .iter()
            .any(|c| matches!(c, Command::Record(Event::Paused { .. })))
    );
    h
}

fn blanked(cfg: Cfg) -> Harness {
    let mut h = long_text_typed(cfg);
    h.ctrl('b');
    h
}

fn error_box(cfg: Cfg) -> Harness {
    let mut h = practice_at(cfg, Mode::Facilitated, "mood");
    let texts = h.ui.texts();
    let message = format!(
        "{}\n\n{}",
        texts.get(
            "store-io",
            &[
                ("action", "write".to_owned()),
                (
                    "path",
                    "/srv/samtale/journals/Søren/2026-11-26T09-15-00Z-practice-check-in.txt"
                        .to_owned()
                ),
                ("detail", "No space left on device (os error 28)".to_owned()),
            ],
        ),
        texts.get(
            "run-unsaved",
            &[(
                "text",
                cfg.words(
                    "Er det et godt tidspunkt at snakke nu?\nJa",
                    "Is now a good time to talk?\nYes",
                )
                .to_owned()
            )],
        ),
    );
    h.ui.show_error(message);
    h
}

#[test]
fn snapshots_modes_and_screens() {
    snap(
        "conversation_help",
        "The help overlay (F1) over the mood scale: the step's help, then the keys.",
        help_overlay,
    );
    snap(
        "conversation_facilitated_notes",
        "Facilitated mode with the notes panel open (Ctrl+N).",
        notes_open,
    );
    snap(
        "conversation_self",
        "Self mode: choices spaced out for large targets, no notes (Ctrl+N does nothing).",
        self_mode,
    );
    snap(
        "conversation_rehearsal",
        "Rehearsal: notes always shown, the step's and the whole conversation's timers.",
        rehearsal,
    );
    snap(
        "conversation_rehearsal_outline",
        "Rehearsal with the outline open (Ctrl+G); the cursor on a step asked only sometimes.",
        rehearsal_outline,
    );
    snap(
        "conversation_review_hidden",
        "The review scrolled to its end: two answers set aside after the mood was changed, and finish selected.",
        practice_review,
    );
    snap(
        "conversation_result",
        "The result: the score line, its band and four flags (one from a secondary source), and the fake journal path.",
        result,
    );
    snap(
        "conversation_paused",
        "Paused with Ctrl+P: saved, to be resumed.",
        paused,
    );
    snap(
        "conversation_blank",
        "The privacy blank (Ctrl+B) over a long text: nothing on screen, no cursor.",
        blanked,
    );
    snap(
        "conversation_error",
        "An error box (Ui::show_error) over the conversation: a journal that could not be written, with the answer kept.",
        error_box,
    );
    snap_no_colour(
        "conversation_self",
        "Self mode, no colour: the chosen answer shows by its marker.",
        self_mode,
    );
    snap_no_colour(
        "conversation_rehearsal_outline",
        "The rehearsal outline, no colour: the step at the cursor shows by its marker.",
        rehearsal_outline,
    );
    snap_no_colour(
        "conversation_review_hidden",
        "The review, no colour: \"finish\" shows by its marker.",
        practice_review,
    );
    for lang in LANGS {
        let cfg = Cfg { lang, ..Cfg::da() };
        let mut h = long_text_typed(cfg);
        let screen = h.screen(40, 10);
        assert_screen(
            &format!("too_small_{}_40x10", lang.tag()),
            "A window of 40×10, smaller than the minimum: a message instead of a broken layout.",
            &screen,
        );
    }
}

// ---------------------------------------------------------------------------------------
// Snapshots: kiosk
// ---------------------------------------------------------------------------------------

fn kiosk_code(cfg: Cfg) -> Harness {
    let mut h = kiosk(cfg);
    h.ctrl('q');
    h.type_text("43");
    h
}

/// A citizen at the first WHO-5 item in the kiosk (self mode: spaced choices), 4 chosen.
fn kiosk_question(cfg: Cfg) -> Harness {
    let mut h = kiosk(cfg);
    h.type_text("Maja.S");
    h.enter();
    h.enter(); // the introduction
    h.type_text("4");
    h
}

fn kiosk_thanks(cfg: Cfg) -> Harness {
    let mut h = kiosk(cfg);
    kiosk_citizen(&mut h, "Maja.S", "3");
    let commands = h.enter();
    assert!(commands.contains(&Command::Close));
    h
}

#[test]
fn snapshots_kiosk() {
    snap(
        "kiosk_welcome",
        "The kiosk's welcome, waiting for a pseudonym.",
        kiosk,
    );
    snap(
        "kiosk_staff_code",
        "The kiosk's staff-code prompt (Ctrl+Q) with two digits typed, masked.",
        kiosk_code,
    );
    snap(
        "kiosk_question",
        "A citizen at the first WHO-5 item in the kiosk: self mode, six spaced choices, 4 chosen.",
        kiosk_question,
    );
    snap(
        "kiosk_thanks",
        "The kiosk's thank-you after a finished WHO-5.",
        kiosk_thanks,
    );
}

// ---------------------------------------------------------------------------------------
// Behaviour: text
// ---------------------------------------------------------------------------------------

#[test]
fn a_resize_during_a_long_text_keeps_every_character() {
    for cfg in [Cfg::da(), Cfg::en()] {
        let mut h = practice_at(cfg, Mode::Facilitated, "mood-hard");
        let first = "Første linje med æ, ø og å 😀";
        h.type_text(first);
        for (width, height) in [(60, 18), (40, 10), (132, 43), (61, 19)] {
            h.send(Input::Resize(width, height));
            assert_eq!(h.ui.size, (width, height));
            h.screen(width, height);
        }
        h.type_text("\nAnden linje, skrevet efter.");
        h.send(Input::Resize(80, 24));
        let screen = h.screen(80, 24);
        assert!(screen.contains("Første linje med æ, ø og å 😀"), "{screen}");
        assert!(screen.contains("Anden linje, skrevet efter."), "{screen}");
        let commands = h.ctrl('d');
        assert_eq!(
            answers_in(&commands),
            vec![(
                "mood-hard".to_owned(),
                Answer::Given(Value::Text(format!("{first}\nAnden linje, skrevet efter.")))
            )]
        );
    }
}

#[test]
fn a_paste_into_a_long_text_keeps_its_lines_and_enter_does_not_submit() {
    let mut h = practice_at(Cfg::da(), Mode::Facilitated, "mood-hard");
    assert!(h.send(Input::Paste("a\nb\nc".to_owned())).is_empty());
    let screen = h.screen(80, 24);
    for line in ["│a", "│b", "│c"] {
        assert!(screen.contains(line), "{line} on its own line:\n{screen}");
    }
    // Enter types a new line: nothing is recorded and the step stays.
    assert!(h.enter().is_empty());
    assert_eq!(h.step_id().as_deref(), Some("mood-hard"));
    h.press(KeyCode::Backspace);
    // Ctrl+D confirms, with all three lines.
    let commands = h.ctrl('d');
    assert_eq!(
        answers_in(&commands),
        vec![(
            "mood-hard".to_owned(),
            Answer::Given(Value::Text("a\nb\nc".to_owned()))
        )]
    );
    assert_eq!(h.step_id().as_deref(), Some("hard-days"));
}

#[test]
fn a_paste_into_a_short_text_stays_on_one_line() {
    let mut h = practice_at(Cfg::en(), Mode::Facilitated, "help-other");
    h.send(Input::Paste("a\nb\nc".to_owned()));
    let commands = h.enter();
    assert_eq!(
        answers_in(&commands),
        vec![(
            "help-other".to_owned(),
            Answer::Given(Value::Text("a b c".to_owned()))
        )]
    );
}

#[test]
fn the_cursor_of_a_short_text_is_placed_by_display_width() {
    let mut h = practice_at(Cfg::da(), Mode::Facilitated, "help-other");
    let buffer = h.buffer(80, 24);
    let box_top = rows(&buffer)
        .iter()
        .position(|r| r.contains('┌'))
        .expect("the text box");
    let left = rows(&buffer)[box_top]
        .chars()
        .position(|c| c == '┌')
        .expect("the box's corner") as u16;
    // "æøå" is three columns, the emoji two: the cursor stands after six columns.
    h.type_text("æøå 😀");
    let backend = h.draw(80, 24);
    assert!(backend.cursor_visible());
    let cursor = backend.cursor_position();
    assert_eq!((cursor.x, cursor.y), (left + 1 + 6, box_top as u16 + 1));
    // One step left stands before the emoji, two columns back.
    h.press(KeyCode::Left);
    let cursor = h.draw(80, 24).cursor_position();
    assert_eq!(cursor.x, left + 1 + 4);
}

#[test]
fn a_number_that_is_not_a_number_gets_a_message_and_is_not_sent() {
    let mut h = practice_at(Cfg::da(), Mode::Facilitated, "hard-days");
    h.type_text("1,2,3");
    let commands = h.enter();
    assert!(answers_in(&commands).is_empty());
    let screen = h.screen(80, 24);
    assert!(screen.contains("\"1,2,3\" er ikke et tal"), "{screen}");
    // Letters are not typed into a number at all.
    for _ in 0..5 {
        h.press(KeyCode::Backspace);
    }
    h.type_text("x4");
    let commands = h.enter();
    assert_eq!(
        answers_in(&commands),
        vec![("hard-days".to_owned(), Answer::Given(Value::Number(4.0)))]
    );
}

// ---------------------------------------------------------------------------------------
// Behaviour: the scale
// ---------------------------------------------------------------------------------------

/// The value the scale holds now, read the way the engine gets it: Enter records it,
/// then Esc comes back to the scale (which is filled in again from that answer).
fn scale_value(h: &mut Harness) -> Option<f64> {
    let commands = h.enter();
    let answers = answers_in(&commands);
    assert_eq!(answers.len(), 1, "one answer recorded: {commands:?}");
    h.press(KeyCode::Esc);
    assert_eq!(h.step_id().as_deref(), Some("individual"));
    match &answers[0] {
        (step, Answer::Given(Value::Number(n))) if step == "individual" => Some(*n),
        (step, Answer::Skipped) if step == "individual" => None,
        other => panic!("not a scale answer: {other:?}"),
    }
}

fn assert_near(actual: Option<f64>, expected: f64) {
    let actual = actual.expect("a value on the scale");
    assert!(
        (actual - expected).abs() < 1e-9,
        "the scale is at {actual}, expected {expected}"
    );
}

#[test]
fn scale_keys_move_the_value() {
    let mut h = fit_ors_scale(Cfg::da());
    // Digits jump to a whole value.
    h.type_text("7");
    assert_near(scale_value(&mut h), 7.0);
    h.type_text("3");
    assert_near(scale_value(&mut h), 3.0);
    // Left and Right move by one step of 0.1.
    h.press(KeyCode::Right);
    assert_near(scale_value(&mut h), 3.1);
    h.press(KeyCode::Left);
    h.press(KeyCode::Left);
    assert_near(scale_value(&mut h), 2.9);
    // PageUp and PageDown move by 1.
    h.press(KeyCode::PageUp);
    assert_near(scale_value(&mut h), 3.9);
    h.press(KeyCode::PageDown);
    h.press(KeyCode::PageDown);
    assert_near(scale_value(&mut h), 1.9);
    // Home and End go to the ends, and nothing goes past them.
    h.press(KeyCode::End);
    assert_near(scale_value(&mut h), 10.0);
    h.press(KeyCode::Right);
    h.press(KeyCode::PageUp);
    assert_near(scale_value(&mut h), 10.0);
    h.press(KeyCode::Home);
    assert_near(scale_value(&mut h), 0.0);
    h.press(KeyCode::Left);
    h.press(KeyCode::PageDown);
    assert_near(scale_value(&mut h), 0.0);
}

#[test]
fn scale_records_six_point_five_for_the_engine_and_shows_it_in_each_language() {
    for (cfg, shown) in [(Cfg::da(), "6,5"), (Cfg::en(), "6.5")] {
        let mut h = scale_set(cfg);
        let screen = h.screen(80, 24);
        assert!(screen.contains(shown), "{shown} on screen:\n{screen}");
        let commands = h.enter();
        assert!(
            commands.contains(&Command::Record(Event::Answered {
                at: t0(),
                step: "individual".to_owned(),
                answer: Answer::Given(Value::Number(6.5)),
            })),
            "the engine got 6.5: {commands:?}"
        );
        assert_eq!(h.step_id().as_deref(), Some("relations"));
    }
}

/// The row of the scale's line and the columns of its two ends, on screen.
fn scale_line(buffer: &Buffer) -> (u16, u16, u16) {
    for (y, row) in rows(buffer).iter().enumerate() {
        let chars: Vec<char> = row.chars().collect();
        let start = chars.iter().position(|c| *c == '├' || *c == '●');
        let end = chars.iter().rposition(|c| *c == '┤' || *c == '●');
        if let (Some(start), Some(end)) = (start, end)
            && chars[start..=end]
                .iter()
                .all(|c| matches!(c, '├' | '┤' | '─' | '●'))
            && end > start + 10
        {
            return (y as u16, start as u16, end as u16);
        }
    }
    panic!("no scale line on screen:\n{}", text_of(buffer));
}

#[test]
fn a_mouse_click_on_the_scale_sets_the_value_proportionally() {
    for (width, height) in [(80, 24), (MIN_WIDTH, MIN_HEIGHT), (120, 40)] {
        let mut h = fit_ors_scale(Cfg::en());
        let (row, x0, x1) = scale_line(&h.buffer(width, height));
        let span = f64::from(x1 - x0);
        for column in [x0, x0 + (x1 - x0) / 4, x0 + (x1 - x0) * 2 / 3, x1] {
            h.click(column, row);
            let expected = (100.0 * f64::from(column - x0) / span).round() / 10.0;
            assert_near(scale_value(&mut h), expected);
            // The dot is drawn where the click was.
            let buffer = h.buffer(width, height);
            assert_eq!(buffer[(column, row)].symbol(), "●", "at {width}x{height}");
        }
        // A click well away from the line changes nothing.
        h.type_text("2");
        h.click(x0 + 5, row.saturating_sub(4));
        assert_near(scale_value(&mut h), 2.0);
    }
}

#[test]
fn an_unanswered_scale_looks_different_from_zero() {
    for cfg in [Cfg::da(), Cfg::en()] {
        let mut h = fit_ors_scale(cfg);
        let unset = h.buffer(80, 24);
        let unset_text = text_of(&unset);
        let hint = h.ui.texts().get("tui-scale-unset", &[]);
        assert!(unset_text.contains(&hint), "{unset_text}");
        assert!(!unset_text.contains('●'), "no dot before an answer");
        let (row, x0, _) = scale_line(&unset);
        assert_eq!(unset[(x0, row)].symbol(), "├");
        h.type_text("0");
        let zero = h.buffer(80, 24);
        let zero_text = text_of(&zero);
        assert_ne!(unset_text, zero_text);
        assert!(!zero_text.contains(&hint), "{zero_text}");
        assert_eq!(zero[(x0, row)].symbol(), "●", "the dot at 0:\n{zero_text}");
        let shown = cfg.words("0,0", "0.0");
        assert!(
            rows(&zero)[usize::from(row) - 1].contains(shown),
            "{shown} shown above the dot:\n{zero_text}"
        );
        // And the engine tells them apart: unanswered is skipped, 0 is 0.
        let mut h = fit_ors_scale(cfg);
        assert_eq!(scale_value(&mut h), None);
        h.type_text("0");
        assert_near(scale_value(&mut h), 0.0);
    }
}

// ---------------------------------------------------------------------------------------
// Behaviour: the privacy blank and errors
// ---------------------------------------------------------------------------------------

#[test]
fn the_blank_hides_everything_and_keeps_the_text() {
    let mut h = long_text_typed(Cfg::da());
    let before = h.screen(80, 24);
    h.ctrl('b');
    let blank = h.draw(80, 24);
    assert!(!blank.cursor_visible());
    assert!(
        text_of(blank.buffer())
            .chars()
            .all(|c| c == ' ' || c == '\n')
    );
    // Keys do nothing while the screen is blank.
    h.type_text("xyz");
    assert!(h.ctrl('d').is_empty());
    h.ctrl('b');
    assert_eq!(h.screen(80, 24), before);
}

#[test]
fn an_error_stays_until_it_is_dismissed() {
    let mut h = error_box(Cfg::en());
    assert!(h.screen(80, 24).contains("No space left on device"));
    // Other keys do not reach the conversation under it.
    h.type_text("7");
    assert!(h.ui.error.is_some());
    h.enter();
    assert!(h.ui.error.is_none());
    assert!(!h.screen(80, 24).contains("No space left on device"));
    assert_eq!(h.step_id().as_deref(), Some("mood"));
    assert!(h.recorded().iter().all(|(step, _)| step != "mood"));
}

// ---------------------------------------------------------------------------------------
// Behaviour: the kiosk
// ---------------------------------------------------------------------------------------

#[test]
fn the_kiosk_keeps_nothing_of_one_citizen_for_the_next() {
    for cfg in [Cfg::da(), Cfg::en()] {
        let mut h = kiosk(cfg);
        // The first citizen answers "2" (less than half of the time) to every item.
        kiosk_citizen(&mut h, "Maja.S", "2");
        let first_label = {
            let texts = h.ui.texts();
            texts.get("who5-frequency-less-than-half", &[])
        };
        assert!(
            !first_label.starts_with("who5-"),
            "the label's key: {first_label}"
        );
        let result = h.screen(80, 24);
        assert!(result.contains("Maja.S"), "the result shows the journal");
        assert!(h.enter().contains(&Command::Close));
        let thanks = h.screen(80, 24);
        assert!(!thanks.contains("Maja.S"), "{thanks}");
        // The thank-you clears by itself.
        h.now = at(14);
        h.send(Input::Tick);
        assert_eq!(h.screen(80, 24), thanks, "still thanking after 14 seconds");
        h.now = at(15);
        h.send(Input::Tick);
        let welcome = h.screen(80, 24);
        assert_eq!(
            welcome,
            kiosk(cfg).screen(80, 24),
            "the same welcome as for the first"
        );
        assert!(!welcome.contains("Maja"), "{welcome}");

        // The second citizen sees nothing of the first: no pseudonym, no answer chosen,
        // no answer in the review, and Esc cannot go back to the first's conversation.
        let recorded_before = h.recorded().len();
        h.type_text("Birk-7");
        let commands = h.enter();
        assert!(commands.iter().any(|c| matches!(
            c,
            Command::Start(Start { participant, resume: None, .. }) if participant == "Birk-7"
        )));
        for _ in 0..3 {
            h.press(KeyCode::Esc);
        }
        h.enter(); // the introduction
        for item in 0..5 {
            let screen = h.screen(80, 24);
            assert!(
                !screen.contains("(•)"),
                "item {item} starts unanswered:\n{screen}"
            );
            assert!(!screen.contains("Maja"), "{screen}");
            if item < 4 {
                h.type_text("5");
                h.enter();
            } else {
                // The last is skipped: the review must show no answer for it.
                h.ctrl('s');
            }
        }
        let review = h.screen(80, 24);
        assert!(!review.contains(&first_label), "{review}");
        assert!(!review.contains("Maja"), "{review}");
        let none = h.ui.texts().get("answer-none", &[]);
        let skipped = h.ui.texts().get("answer-skipped", &[]);
        assert!(
            review.contains(&none) || review.contains(&skipped),
            "the last item is unanswered:\n{review}"
        );
        // What the front end is told to write for the second citizen is theirs alone.
        let second: Vec<(String, Answer)> = h.recorded().split_off(recorded_before);
        assert_eq!(second.len(), 5);
        for (step, answer) in &second[..4] {
            assert_eq!(
                answer,
                &Answer::Given(Value::Choice("all-of-the-time".to_owned())),
                "{step}"
            );
        }
        assert_eq!(second[4], ("interested".to_owned(), Answer::Skipped));
    }
}

#[test]
fn the_kiosk_pauses_and_clears_after_the_inactivity_limit() {
    let mut h = kiosk(Cfg::da());
    h.now = at(60);
    h.type_text("Maja.S");
    h.enter();
    h.enter(); // the introduction
    h.now = at(120);
    h.type_text("4");
    let answered = h.enter();
    assert_eq!(answers_in(&answered).len(), 1);
    let question = h.screen(80, 24);
    // Nine minutes and 59 seconds without a key: still there.
    h.now = at(120 + 10 * 60 - 1);
    assert!(h.send(Input::Tick).is_empty());
    assert_eq!(h.screen(80, 24), question);
    // Ten minutes: saved as paused, closed, and the screen is the welcome again.
    h.now = at(120 + 10 * 60);
    let commands = h.send(Input::Tick);
    assert!(
        matches!(
            commands.as_slice(),
            [Command::Record(Event::Paused { .. }), Command::Close]
        ),
        "{commands:?}"
    );
    let screen = h.screen(80, 24);
    assert_eq!(screen, kiosk(Cfg::da()).screen(80, 24));
    assert!(!screen.contains("Maja"));
    // A pseudonym typed and left alone is cleared too.
    h.type_text("Bir");
    h.now = at(120 + 25 * 60);
    assert!(h.send(Input::Tick).is_empty());
    assert!(!h.screen(80, 24).contains("Bir"));
}

#[test]
fn the_kiosk_is_left_only_with_the_staff_code() {
    for cfg in [Cfg::da(), Cfg::en()] {
        let mut h = kiosk(cfg);
        let wrong = h.ui.texts().get("kiosk-wrong-code", &[]);
        // A wrong code: the kiosk stays and says so.
        h.ctrl('q');
        h.type_text("1234");
        let screen = h.screen(80, 24);
        assert!(screen.contains("••••▏"), "the code is masked:\n{screen}");
        assert!(!screen.contains("1234"));
        let commands = h.enter();
        assert!(!commands.contains(&Command::Quit), "{commands:?}");
        assert!(!h.ui.quit);
        assert!(h.screen(80, 24).contains(&wrong));
        // Esc closes the prompt without leaving.
        h.ctrl('q');
        h.type_text("4321");
        assert!(h.press(KeyCode::Esc).is_empty());
        assert!(!h.ui.quit);
        // The right code quits.
        h.ctrl('q');
        h.type_text("4321");
        let commands = h.enter();
        assert_eq!(commands, vec![Command::Quit]);
        assert!(h.ui.quit);
    }
    // During a conversation, the right code saves it as paused and closes it first.
    let mut h = kiosk(Cfg::da());
    h.type_text("Maja.S");
    h.enter();
    h.ctrl('q');
    h.type_text("0000");
    assert!(!h.enter().contains(&Command::Quit));
    assert!(!h.ui.quit);
    h.ctrl('q');
    h.type_text("4321");
    let commands = h.enter();
    assert!(
        matches!(
            commands.as_slice(),
            [
                Command::Record(Event::Paused { .. }),
                Command::Close,
                Command::Quit
            ]
        ),
        "{commands:?}"
    );
    assert!(h.ui.quit);
}
