//! The command loop every front end of the terminal interface shares: it carries out what
//! the pure `ui` asks for (open a journal, write a block, read a participant's history)
//! and feeds what it finds back in. The terminal runs it against the journal store; the
//! tests run the very same loop against a journal kept in memory, or one that fails on
//! purpose, and parse what it wrote with the strict parser.
//!
//! The one promise kept here: an answer the person confirmed is on disk before the next
//! question shows, and when it cannot be written the conversation does not go on.

mod sink;

use std::collections::VecDeque;
use std::path::{Path, PathBuf};
use std::sync::Arc;

pub use sink::{Failure, JournalSink, MemorySink, NullSink, StoreSink};

use crate::engine::{Event, Previous, Session};
use crate::i18n::Texts;
use crate::journal::{self, Block, Header, Store};
use crate::ui::{Command, HistoryData, Home, Kiosk, Screen, Start, Ui, Unfinished};
use crate::wording;
use crate::wording::store_message;

/// What the interface opens on.
pub enum Launch {
    Home,
    Run(crate::cli::Run),
    Kiosk {
        dialogue: String,
        staff_code: String,
        inactivity_minutes: u32,
        /// How long a result stays before the screen clears for the next person.
        result_seconds: u32,
    },
}

/// The first screen of a launch, what to do at once, and what it may reach.
pub struct Opening {
    pub screen: Screen,
    pub first: Vec<Command>,
    pub kiosk: bool,
    /// Self mode and the kiosk: no pseudonyms listed, no history read.
    pub closed: bool,
    /// Self mode with a staff code: the dialogue and the code the screen is handed back
    /// with when the conversation ends.
    pub hand_back: Option<(String, String)>,
}

impl Opening {
    pub fn of(
        launch: &Launch,
        store: &Store,
        staff_code: Option<String>,
        now: crate::engine::Stamp,
    ) -> Opening {
        let kiosk = matches!(launch, Launch::Kiosk { .. });
        let self_mode =
            matches!(launch, Launch::Run(run) if run.mode == Some(journal::Mode::SelfGuided));
        let closed = kiosk || self_mode;
        let participants = || {
            if closed {
                Vec::new()
            } else {
                store.participants()
            }
        };
        let (screen, first) = match launch {
            Launch::Home => (Screen::Home(Home::new(participants())), Vec::new()),
            // A citizen alone: only this participant and this dialogue, nothing else on disk.
            Launch::Run(run) if self_mode => {
                let home = Home::closed(&run.dialogue, staff_code.clone());
                let first = run
                    .participant
                    .iter()
                    .map(|p| Command::LoadParticipant(p.clone()))
                    .collect();
                (Screen::Home(home), first)
            }
            Launch::Run(run) => {
                let mode = run.mode.unwrap_or(journal::Mode::Facilitated);
                // A conversation begun at once lists no one's folder before it is on
                // screen: the home behind it is filled in if it is ever shown.
                let participants = if run.participant.is_some() && run.new {
                    Vec::new()
                } else {
                    participants()
                };
                let home = Home::for_dialogue(participants, &run.dialogue, Some(mode));
                let first = match (&run.participant, run.new) {
                    (Some(p), true) => vec![Command::Start(Start {
                        dialogue: run.dialogue.clone(),
                        participant: p.clone(),
                        mode,
                        facilitator: run.facilitator.clone(),
                        resume: None,
                        follows: None,
                    })],
                    (Some(p), false) => vec![Command::LoadParticipant(p.clone())],
                    // A rehearsal needs no one: its unfinished rehearsals are offered.
                    (None, _) if mode == journal::Mode::Rehearsal => {
                        vec![Command::LoadRehearsals]
                    }
                    (None, _) => Vec::new(),
                };
                (Screen::Home(home), first)
            }
            Launch::Kiosk {
                dialogue,
                staff_code,
                inactivity_minutes,
                result_seconds,
            } => {
                let mut kiosk = Kiosk::new(dialogue, staff_code, *inactivity_minutes, now);
                kiosk.result_seconds = *result_seconds;
                (Screen::Kiosk(kiosk), Vec::new())
            }
        };
        let hand_back = match launch {
            Launch::Run(run) if self_mode => staff_code.map(|code| (run.dialogue.clone(), code)),
            _ => None,
        };
        Opening {
            screen,
            first,
            kiosk,
            closed,
            hand_back,
        }
    }
}

/// An unfinished conversation as the home screen offers it.
fn unfinished_of(f: journal::Found) -> Unfinished {
    Unfinished {
        dialogue: f.journal.header.dialogue.clone(),
        started: f
            .journal
            .header
            .started
            .format("%Y-%m-%d %H:%M")
            .to_string(),
        answered: f.journal.answers().len(),
        mode: f.journal.header.mode,
        path: f.path,
    }
}

/// The open conversation's journal, and the dialogue it belongs to.
struct Open {
    path: PathBuf,
    dialogue: String,
    /// The journal's own language, when it was begun in another than the screen's: a
    /// journal never mixes two languages.
    texts: Option<Texts>,
    /// The plan this conversation revises: a `changes` block goes before `finished`.
    revision: Option<journal::revision::Revision>,
}

pub struct Runner<S: JournalSink> {
    /// Where journals are read from: unfinished conversations, history, earlier scores.
    pub store: Store,
    /// Where the open conversation's journal is written.
    pub sink: S,
    kiosk: bool,
    /// Self mode and the kiosk: no one's history is read and no pseudonyms are listed.
    pub closed: bool,
    open: Option<Open>,
    /// The last conversation ended paused: `samtale run` then exits with the paused code.
    pub paused: bool,
    /// A block could not be written and was not written since: the program must not end
    /// as if all were well.
    pub unsaved: bool,
    /// Where the next conversation's `draw` steps are drawn from (`SAMTALE_SEED`, or
    /// chance): each conversation opened takes the next seed of the sequence.
    pub seed: u64,
    /// The participant and dialogue whose earlier scores the open conversation is still to
    /// be given: read after its first screen is drawn, as they are needed only at its end.
    earlier: Option<(String, String)>,
}

impl<S: JournalSink> Runner<S> {
    pub fn new(store: Store, sink: S, kiosk: bool) -> Runner<S> {
        Runner {
            store,
            sink,
            kiosk,
            closed: kiosk,
            open: None,
            paused: false,
            unsaved: false,
            seed: draw_seed(None),
            earlier: None,
        }
    }

    /// Puts a new journal's header on disk once the screen that follows its creation is
    /// drawn: the first question does not wait for the disk. A failure is not lost: the
    /// first block appended syncs first, and fails as a block that could not be written.
    pub fn settle(&mut self, ui: &mut Ui) {
        let _ = self.sink.sync();
        self.compare_with_earlier(ui);
    }

    /// Gives the open conversation the participant's earlier scores, which its change
    /// flags compare with, if it is still to have them. Reading them means opening every
    /// journal of the participant, so it waits until the first screen is drawn (`settle`),
    /// and is done at the latest before the first key reaches the conversation.
    fn compare_with_earlier(&mut self, ui: &mut Ui) {
        if let Some((participant, dialogue)) = self.earlier.take() {
            let previous = self
                .store
                .previous_scores(&participant, &dialogue)
                .unwrap_or_default();
            ui.compare_with(previous);
        }
    }

    /// The journal being written, for the hang-up watcher.
    pub fn open_journal(&self) -> Option<&Path> {
        // A preview's conversation has no journal: its path is empty.
        self.open
            .as_ref()
            .map(|open| open.path.as_path())
            .filter(|path| !path.as_os_str().is_empty())
    }

    /// Hands one input to the interface and carries out what it asks.
    pub fn handle(&mut self, ui: &mut Ui, input: crate::ui::Input, now: crate::engine::Stamp) {
        self.compare_with_earlier(ui);
        let commands = ui.handle(input, now);
        self.execute(ui, commands);
    }

    /// Saves an open conversation as paused (a signal, a terminal that went away) and
    /// closes its journal.
    pub fn pause_now(&mut self, ui: &mut Ui, now: crate::engine::Stamp) {
        ui.now = now;
        let commands = ui.pause_now();
        self.execute(ui, commands);
        self.close();
    }

    /// Carries out the interface's commands, feeding what they find back into it.
    pub fn execute(&mut self, ui: &mut Ui, commands: Vec<Command>) {
        let mut queue: VecDeque<Command> = commands.into();
        while let Some(command) = queue.pop_front() {
            match command {
                Command::Record(event) => {
                    if !self.record(ui, &event) {
                        // What came after the unsaved answer must not happen: the
                        // conversation stays where the answer was given.
                        queue.retain(|c| !matches!(c, Command::Record(_)));
                        continue;
                    }
                    match &event {
                        Event::Paused { .. } => self.paused = true,
                        Event::Finished { .. } => self.paused = false,
                        Event::Answered { .. } | Event::Draft { .. } => {}
                    }
                }
                Command::LoadParticipant(participant) => {
                    // The store's pseudonym rules hold for names typed on screen too: a
                    // look-alike of an existing pseudonym opens nothing.
                    if let Err(error) = self.store.check_participant(&participant) {
                        let message = self.problem(ui.texts(), &error);
                        ui.show_error(message);
                        continue;
                    }
                    let (unfinished, problems) = self.unfinished(ui.texts(), &participant);
                    let next = ui.participant_loaded(&participant, unfinished);
                    if problems.is_empty() {
                        queue.extend(next);
                    } else {
                        // A journal that cannot be read may be the conversation to resume:
                        // nothing new starts on its own until the person has read why.
                        let message = ui.texts().get(
                            "tui-unfinished-unreadable",
                            &[("problems", problems.join("\n"))],
                        );
                        ui.show_error(message);
                        queue.extend(next.into_iter().filter(|c| !matches!(c, Command::Start(_))));
                    }
                }
                Command::LoadHistory(participant) | Command::ShowTrend { participant, .. } => {
                    if self.closed {
                        continue;
                    }
                    match self.history(ui.texts(), &participant) {
                        Ok(data) => queue.extend(ui.history_loaded(&participant, data)),
                        Err(message) => ui.show_error(message),
                    }
                }
                Command::LoadRehearsals => {
                    // Self mode and the kiosk hold one citizen's conversation only.
                    if self.closed || self.kiosk {
                        continue;
                    }
                    match self.store.unfinished_rehearsals() {
                        Ok(found) => {
                            let unfinished = found.into_iter().map(unfinished_of).collect();
                            queue.extend(ui.rehearsals_loaded(unfinished));
                        }
                        Err(error) => {
                            let message = self.problem(ui.texts(), &error);
                            ui.show_error(message);
                        }
                    }
                }
                Command::SetTarget {
                    participant,
                    ors,
                    by,
                } => {
                    // Self mode and the kiosk never open a trend; a target is staff's.
                    if self.closed || self.kiosk {
                        continue;
                    }
                    let target = crate::history::Target {
                        ors,
                        by: Some(by),
                        at: Some(ui.now.to_rfc3339_opts(chrono::SecondsFormat::Secs, false)),
                    };
                    let result = self
                        .store
                        .set_target(&participant, &target)
                        .map(|()| target)
                        .map_err(|error| {
                            crate::report::message(
                                ui.texts(),
                                &crate::report::ReportError::Target(error),
                            )
                        });
                    ui.target_saved(result);
                }
                Command::Start(start) => self.start(ui, &start),
                Command::Close => {
                    self.close();
                    if !self.closed {
                        ui.participants_changed(self.store.participants());
                    }
                }
                Command::Discard => self.discard(ui),
                Command::Quit => ui.quit = true,
                // `Ui` turns a follow-up into Close and Start before it gets here.
                Command::FollowUp { .. } => {}
            }
        }
    }

    pub fn close(&mut self) {
        if self.open.take().is_some() {
            self.sink.close();
        }
    }

    /// A storage problem in words. Staff read where (the path); a citizen alone (self
    /// mode, the kiosk) reads why and that staff can help, never a path or a folder.
    fn problem(&self, texts: &Texts, error: &journal::StoreError) -> String {
        if !self.closed {
            return store_message(texts, error);
        }
        // A look-alike pseudonym is refused without naming whom it looks like.
        if let journal::StoreError::LooksLike { .. } = error {
            return texts.get("store-looks-like-closed", &[]);
        }
        let cause = match error {
            journal::StoreError::Io { error, .. } => crate::wording::io_cause(texts, error),
            _ => String::new(),
        };
        texts.get("storage-citizen", &[("cause", cause)])
    }

    /// A conversation started by mistake: its journal goes, as if it had never begun.
    fn discard(&mut self, ui: &mut Ui) {
        if self.open.take().is_none() {
            return;
        }
        if let Err(error) = self.sink.discard() {
            ui.show_error(self.problem(ui.texts(), &error));
        }
        if !self.closed {
            ui.participants_changed(self.store.participants());
        }
    }

    /// Writes one event; false (and the interface told, the answer kept on screen) when
    /// it could not be written.
    fn record(&mut self, ui: &mut Ui, event: &Event) -> bool {
        let Some(open) = &self.open else {
            return true;
        };
        let Some(script) = ui.context.library.get(&open.dialogue) else {
            return true;
        };
        let texts = open.texts.as_ref().unwrap_or(&ui.context.texts);
        let mut blocks = Vec::new();
        if let (Event::Finished { at, .. }, Some(revision), Screen::Conversation(conversation)) =
            (event, &open.revision, &ui.screen)
        {
            blocks.push(journal::revision::closing(
                revision,
                conversation.session.answers(),
                &script.dialogue,
                texts,
                *at,
            ));
        }
        // The dialogue as it is asked: one that follows up sub-goals has a step for each.
        let dialogue = match &ui.screen {
            Screen::Conversation(conversation) => conversation.session.dialogue(),
            _ => &script.dialogue,
        };
        if let (Event::Finished { at, .. }, Screen::Conversation(conversation)) =
            (event, &ui.screen)
        {
            blocks.extend(journal::sub_goals::closing(
                dialogue,
                conversation.session.answers(),
                &open.path,
                *at,
            ));
        }
        blocks.push(wording::block(texts, dialogue, event));
        for block in &blocks {
            if let Err(error) = self.sink.append(block) {
                self.unsaved = true;
                // Why, in a sentence: what to do about it is the interface's to say (the
                // answer is still on screen, Enter tries again).
                let cause = match &error {
                    journal::StoreError::Io { error, .. } => {
                        crate::wording::io_cause(ui.texts(), error)
                    }
                    other => self.problem(ui.texts(), other),
                };
                ui.record_failed(cause);
                return false;
            }
        }
        self.unsaved = false;
        true
    }

    /// The participant's unfinished conversations, latest first, and what could not be
    /// read among them, in words (a damaged journal is never passed over in silence).
    fn unfinished(&self, texts: &Texts, participant: &str) -> (Vec<Unfinished>, Vec<String>) {
        if self.kiosk {
            return (Vec::new(), Vec::new());
        }
        let found = match self.store.unfinished_all(participant) {
            Ok(found) => found,
            Err(error) => return (Vec::new(), vec![self.problem(texts, &error)]),
        };
        let mut unfinished = Vec::new();
        let mut problems = Vec::new();
        for result in found {
            match result {
                Ok(f) => unfinished.push(unfinished_of(f)),
                Err(error) => problems.push(self.problem(texts, &error)),
            }
        }
        (unfinished, problems)
    }

    /// The participant's journals with their text as it is on disk, their ORS target, and
    /// what could not be read, in words; an error message if nothing could be listed.
    fn history(&self, texts: &Texts, participant: &str) -> Result<HistoryData, String> {
        let found = self
            .store
            .journals(participant)
            .map_err(|error| store_message(texts, &error))?;
        let unreadable = |error: &journal::StoreError| {
            texts.get(
                "report-unreadable",
                &[("problem", store_message(texts, error))],
            )
        };
        let mut journals = Vec::new();
        let mut problems = Vec::new();
        for result in found {
            let found = match result {
                Ok(found) => found,
                Err(error) => {
                    problems.push(unreadable(&error));
                    continue;
                }
            };
            match journal::store::text(&found.path) {
                Ok(text) => journals.push((found, crate::engine::neutralise(&text))),
                Err(error) => problems.push(unreadable(&error)),
            }
        }
        let target = self.store.target(participant).unwrap_or_else(|error| {
            problems.push(crate::report::message(
                texts,
                &crate::report::ReportError::Target(error),
            ));
            Default::default()
        });
        Ok(HistoryData::new(journals, target, problems))
    }

    /// A conversation that could not begin: the home screen says why, with the pseudonyms
    /// to choose from (not listed before, when the conversation was to begin at once).
    fn not_started(&self, ui: &mut Ui, message: String) {
        ui.show_error(message);
        if !self.closed {
            ui.participants_changed(self.store.participants());
        }
    }

    fn start(&mut self, ui: &mut Ui, start: &Start) {
        let texts = ui.texts();
        let Some(script) = ui.context.library.get(&start.dialogue) else {
            let message = texts.get("run-unknown-dialogue", &[("id", start.dialogue.clone())]);
            self.not_started(ui, message);
            return;
        };
        // Sub-goals to follow up are the participant's: none in a rehearsal or the kiosk.
        let follow = (start.mode != journal::Mode::Rehearsal && !self.kiosk)
            .then_some(start.participant.as_str());
        let dialogue = match journal::sub_goals::laid_out(
            &self.store,
            follow,
            Arc::new(script.dialogue.clone()),
        ) {
            Ok(dialogue) => dialogue,
            Err(error) => {
                let message = self.problem(texts, &error);
                self.not_started(ui, message);
                return;
            }
        };
        // A kiosk conversation is never compared with anyone's earlier ones, and a
        // rehearsal has no one to compare with. The earlier scores are read once the
        // first screen is drawn (`settle`).
        let previous = Previous::new();
        let earlier = (start.mode != journal::Mode::Rehearsal && !self.kiosk)
            .then(|| (start.participant.clone(), dialogue.id.clone()));
        let mut locale = None;
        let mut revision = None;
        // What the conversation this one follows found, read again on a resume.
        let mut beside = None;
        let mut drafts = Default::default();
        let opened: Result<(Session, PathBuf), journal::StoreError> = match &start.resume {
            Some(path) => {
                journal::store::read(path).and_then(|found| {
                    locale = Some(found.journal.header.locale);
                    revision = journal::revision::for_resumed(
                        &self.store,
                        &start.participant,
                        &found.journal,
                    )?;
                    drafts = found.journal.drafts();
                    beside =
                        found.journal.header.follows.as_deref().map(|follows| {
                            said_in(&self.store, texts, &start.participant, follows)
                        });
                    let path = self.sink.reopen(&self.store, &found)?;
                    self.sink.append(&Block::Resumed { at: ui.now })?;
                    let mut session =
                        Session::resume(Arc::clone(&dialogue), found.journal.answers(), previous)
                            .with_seed(next_seed(&mut self.seed));
                    // A revision resumed still says of every answer whether it is the plan's.
                    if let Some(revision) = &revision {
                        session = session.with_baseline(revision.baseline.clone());
                    }
                    Ok((session, path))
                })
            }
            None => {
                let header = Header {
                    dialogue: dialogue.id.clone(),
                    dialogue_version: dialogue.version,
                    title: wording::title(texts, &dialogue),
                    locale: texts.lang(),
                    mode: start.mode,
                    participant: start.participant.clone(),
                    facilitator: start.facilitator.clone(),
                    // Entered by a citizen alone: offered to staff before it is a baseline.
                    entered: self.kiosk.then_some(journal::Entered::Kiosk),
                    follows: start.follows.clone(),
                    started: ui.now,
                };
                let carried = if start.mode == journal::Mode::Rehearsal {
                    Ok(None)
                } else if self.kiosk {
                    // The kiosk starts a conversation straight from the typed name: the
                    // pseudonym rules are checked here, whatever the journal is written to.
                    self.store
                        .check_participant(&start.participant)
                        .map(|()| None)
                } else {
                    self.store
                        .check_participant(&start.participant)
                        .and_then(|()| {
                            journal::revision::for_new(&self.store, &start.participant, &dialogue)
                        })
                };
                carried.and_then(|carried| {
                    let path = self.sink.create(&self.store, &header)?;
                    let session = match &carried {
                        // Every answer of the plan revised is carried over and written first.
                        Some(carried) => {
                            for block in
                                journal::revision::opening(carried, texts, &dialogue, ui.now)
                            {
                                self.sink.append(&block)?;
                            }
                            Session::prefilled(
                                Arc::clone(&dialogue),
                                carried.baseline.clone(),
                                previous,
                            )
                        }
                        None => Session::new(Arc::clone(&dialogue), previous),
                    }
                    .with_seed(next_seed(&mut self.seed));
                    revision = carried;
                    Ok((session, path))
                })
            }
        };
        match opened {
            Ok((session, path)) => {
                let banner = revision.as_ref().map(|revision| match &revision.made {
                    Some(made) => ui.texts().get(
                        "revise-banner",
                        &[("date", wording::long_date_year(ui.texts(), made))],
                    ),
                    None => ui.texts().get("revise-banner-undated", &[]),
                });
                self.open = Some(Open {
                    path: path.clone(),
                    dialogue: dialogue.id.clone(),
                    texts: locale
                        .filter(|l| *l != ui.texts().lang())
                        .map(|l| ui.context.library.texts(l)),
                    revision,
                });
                ui.started(start, session, path, drafts);
                self.earlier = earlier;
                if let Some(banner) = banner {
                    ui.revising(banner);
                }
                if let Some(beside) = beside {
                    ui.beside(beside);
                }
            }
            Err(error) => {
                self.sink.close();
                let message = self.problem(ui.texts(), &error);
                self.not_started(ui, message);
            }
        }
    }
}

/// The seed `draw` steps start from: `SAMTALE_SEED` when it is a whole number (to repeat a
/// draw, or in a test), otherwise chance (the standard library's random hash keys and the
/// time). Chance lives here, in the front end, so that the engine stays pure.
pub fn draw_seed(given: Option<String>) -> u64 {
    if let Some(seed) = given.and_then(|text| text.trim().parse::<u64>().ok()) {
        return seed;
    }
    use std::hash::{BuildHasher, RandomState};
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |since| since.as_nanos());
    RandomState::new().hash_one(nanos)
}

/// The next seed of a sequence (splitmix64's step), one for each conversation opened.
pub fn next_seed(seed: &mut u64) -> u64 {
    *seed = seed.wrapping_add(0x9e37_79b9_7f4a_7c15);
    *seed
}

/// What the conversation a resumed one follows found, to show beside it again; a journal
/// that cannot be read is said so in the panel, and the conversation itself goes on.
pub(crate) fn said_in(
    store: &Store,
    texts: &Texts,
    participant: &str,
    follows: &str,
) -> Vec<(String, String)> {
    journal::follows::said(store, participant, follows).unwrap_or_else(|error| {
        vec![(
            texts.get("follow-up-unreadable", &[]),
            store_message(texts, &error),
        )]
    })
}
