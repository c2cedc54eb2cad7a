//! What a person does at each kind of question, and what is recorded: a table of
//! scenarios per step kind, in Danish and English, run on the pure interface through the
//! real command loop (`frontend::Runner`), with the journal parsed strictly after every
//! scenario. The unhappy keys are here on purpose: an untouched Enter, a digit then an
//! arrow, two-key numbers on a scale, Esc with text typed, a pause with text typed, a
//! skip with text typed, a write that fails.
//!
//! The same intents typed into the line mode record the same answers
//! (`the_line_mode_records_what_the_interface_records`).

mod common;

use ratatui::crossterm::event::{KeyCode, KeyModifiers};

use common::ui::{Cfg, Harness};
use samtale::engine::{Answer, Position, Value};
use samtale::i18n::Lang;
use samtale::journal::{Block, Mode};
use samtale::ui::{Home, Screen};

/// One thing a person does.
#[derive(Debug, Clone, Copy)]
enum Do {
    Key(KeyCode),
    Alt(KeyCode),
    Ctrl(char),
    /// Typed key by key.
    Type(&'static str),
    Paste(&'static str),
    Enter,
    Esc,
    Pause,
    Resize(u16, u16),
    /// Writing the journal fails from now on (a full disk), or works again.
    DiskFull,
    DiskBack,
}

/// What must hold afterwards.
#[derive(Debug, Clone, Copy)]
enum Expect {
    /// This step's latest answer, as the journal's `value:` says it (`choice often`,
    /// `number 10`, `text …`, `yes`, `skipped`, `choices a b`, `entries 2`).
    Recorded(&'static str, &'static str),
    /// No answer at all was written for this step.
    NothingRecorded(&'static str),
    /// The screen shows (the start of) this message, in the harness's language.
    Shown(&'static str),
    /// The conversation is at this step.
    At(&'static str),
    /// A draft for this step with this text was written.
    Draft(&'static str, &'static str),
    /// The answer to this step was written exactly once.
    RecordedOnce(&'static str),
}

struct Scenario {
    name: &'static str,
    /// The step of the practice check-in (docs/example) it begins at.
    at: &'static str,
    does: &'static [Do],
    expect: &'static [Expect],
    /// The same intent typed into the line mode, where it has a form there: the lines.
    line: Option<&'static str>,
    /// Also run in a real terminal (tmux) against the binary: a chosen few per kind.
    tmux: bool,
}

/// The fields most scenarios leave at their default.
const PURE: (Option<&str>, bool) = (None, false);

use Do::*;
use Expect::*;

/// The table: at least, for every step kind, an untouched Enter, a digit then an arrow
/// (where digits choose), typing then Backspace, Esc and back, a pause and a skip with
/// something typed.
const SCENARIOS: &[Scenario] = &[
    // ---------------------------------------------------------------- yes/no
    Scenario {
        name: "yes/no: an untouched Enter records nothing and says how",
        at: "ready",
        does: &[Enter],
        expect: &[
            NothingRecorded("ready"),
            At("ready"),
            Shown("notice-choose-first"),
        ],
        line: None,
        tmux: true,
    },
    Scenario {
        name: "yes/no: 1 is yes",
        at: "ready",
        does: &[Type("1"), Enter],
        expect: &[Recorded("ready", "yes"), At("mood")],
        line: Some("1"),
        tmux: true,
    },
    Scenario {
        name: "yes/no: a digit then an arrow records the row marked",
        at: "ready",
        does: &[Type("1"), Key(KeyCode::Down), Enter],
        expect: &[Recorded("ready", "no")],
        line: None,
        tmux: true,
    },
    Scenario {
        name: "yes/no: n is no",
        at: "ready",
        does: &[Type("n"), Enter],
        expect: &[Recorded("ready", "no")],
        line: Some("n"),
        tmux: false,
    },
    Scenario {
        name: "yes/no: Ctrl+S skips on purpose",
        at: "ready",
        does: &[Ctrl('s')],
        expect: &[Recorded("ready", "skipped"), At("mood")],
        line: Some(":skip"),
        tmux: false,
    },
    Scenario {
        name: "yes/no: a paste does not choose",
        at: "ready",
        does: &[Paste("ja"), Enter],
        expect: &[NothingRecorded("ready"), Shown("notice-choose-first")],
        line: None,
        tmux: false,
    },
    Scenario {
        name: "yes/no: Backspace does not unchoose or choose",
        at: "ready",
        does: &[Type("2"), Key(KeyCode::Backspace), Enter],
        expect: &[Recorded("ready", "no")],
        line: None,
        tmux: false,
    },
    Scenario {
        name: "yes/no: Esc and back keeps the answer given",
        at: "mood",
        does: &[Esc, Enter],
        expect: &[Recorded("ready", "yes"), At("mood")],
        line: None,
        tmux: false,
    },
    Scenario {
        name: "yes/no: a pause with a row marked records nothing",
        at: "safe",
        does: &[Type("2"), Pause],
        expect: &[NothingRecorded("safe")],
        line: None,
        tmux: false,
    },
    // ---------------------------------------------------------------- single choice
    Scenario {
        name: "single: an untouched Enter records nothing",
        at: "sleep",
        does: &[Enter, Enter],
        expect: &[
            NothingRecorded("sleep"),
            At("sleep"),
            Shown("notice-choose-first"),
        ],
        line: None,
        tmux: true,
    },
    Scenario {
        name: "single: a digit chooses by its number",
        at: "sleep",
        does: &[Type("3"), Enter],
        expect: &[Recorded("sleep", "choice often"), At("meals")],
        line: Some("3"),
        tmux: false,
    },
    Scenario {
        name: "single: a digit then an arrow records the row the arrow marked",
        at: "sleep",
        does: &[Type("3"), Key(KeyCode::Down), Enter],
        expect: &[Recorded("sleep", "choice always")],
        line: None,
        tmux: true,
    },
    Scenario {
        name: "single: arrows alone choose",
        at: "sleep",
        does: &[Key(KeyCode::Down), Key(KeyCode::Down), Enter],
        expect: &[Recorded("sleep", "choice rarely")],
        line: PURE.0,
        tmux: PURE.1,
    },
    Scenario {
        name: "single: a number with no choice says so and chooses nothing",
        at: "sleep",
        does: &[Type("9"), Enter],
        expect: &[NothingRecorded("sleep"), Shown("notice-choose-first")],
        line: Some("9"),
        tmux: false,
    },
    Scenario {
        name: "single: Esc and back keeps the answer given",
        at: "meals",
        does: &[Esc, Enter],
        expect: &[Recorded("sleep", "choice sometimes"), At("meals")],
        line: PURE.0,
        tmux: PURE.1,
    },
    Scenario {
        name: "single: a pause with a row marked records nothing",
        at: "sleep",
        does: &[Type("3"), Pause],
        expect: &[NothingRecorded("sleep")],
        line: None,
        tmux: false,
    },
    Scenario {
        name: "single: Ctrl+S skips on purpose",
        at: "sleep",
        does: &[Type("3"), Ctrl('s')],
        expect: &[Recorded("sleep", "skipped"), At("meals")],
        line: Some(":skip"),
        tmux: false,
    },
    // ---------------------------------------------------------------- multi choice
    Scenario {
        name: "multi: an untouched Enter records nothing",
        at: "help-with",
        does: &[Enter],
        expect: &[NothingRecorded("help-with"), Shown("notice-choose-first")],
        line: PURE.0,
        tmux: PURE.1,
    },
    Scenario {
        name: "multi: Space ticks the row, digits tick theirs, in the order offered",
        at: "help-with",
        does: &[
            Type("3"),
            Key(KeyCode::Up),
            Key(KeyCode::Up),
            Type(" "),
            Enter,
        ],
        expect: &[Recorded("help-with", "choices bills shopping")],
        line: Some("1 3"),
        tmux: true,
    },
    Scenario {
        name: "multi: ticking twice unticks",
        at: "help-with",
        does: &[Type("2"), Type("2"), Type("1"), Enter],
        expect: &[Recorded("help-with", "choices bills")],
        line: PURE.0,
        tmux: PURE.1,
    },
    Scenario {
        name: "multi: Esc and back keeps the ticks recorded",
        at: "home-state",
        does: &[Esc, Enter],
        expect: &[Recorded("help-with", "choices bills"), At("home-state")],
        line: None,
        tmux: false,
    },
    Scenario {
        name: "multi: a pause with ticks not confirmed records nothing",
        at: "help-with",
        does: &[Type("2"), Pause],
        expect: &[NothingRecorded("help-with")],
        line: None,
        tmux: false,
    },
    // ---------------------------------------------------------------- scale
    Scenario {
        name: "scale: an untouched Enter records nothing",
        at: "mood",
        does: &[Enter],
        expect: &[
            NothingRecorded("mood"),
            At("mood"),
            Shown("notice-scale-set-first"),
        ],
        line: None,
        tmux: true,
    },
    Scenario {
        name: "scale: 1 then 0 is ten",
        at: "mood",
        does: &[Type("10"), Enter],
        expect: &[Recorded("mood", "number 10")],
        line: Some("10"),
        tmux: true,
    },
    Scenario {
        name: "scale: a typed number is corrected with Backspace",
        at: "mood",
        does: &[Type("9"), Key(KeyCode::Backspace), Type("6"), Enter],
        expect: &[Recorded("mood", "number 6")],
        line: PURE.0,
        tmux: PURE.1,
    },
    Scenario {
        name: "scale: between the steps is refused in words",
        at: "mood",
        does: &[Type("7,5"), Enter],
        expect: &[
            NothingRecorded("mood"),
            Shown("notice-scale-whole"),
            At("mood"),
        ],
        line: Some("7,5"),
        tmux: true,
    },
    Scenario {
        name: "scale: off the line is refused in words",
        at: "mood",
        does: &[Type("11"), Enter],
        expect: &[NothingRecorded("mood"), Shown("notice-scale-whole")],
        line: Some("11"),
        tmux: false,
    },
    Scenario {
        name: "scale: arrows after typing start from the line",
        at: "mood",
        does: &[Key(KeyCode::End), Key(KeyCode::Left), Enter],
        expect: &[Recorded("mood", "number 9")],
        line: PURE.0,
        tmux: PURE.1,
    },
    Scenario {
        name: "scale: a digit then an arrow goes on from the digit",
        at: "mood",
        does: &[Type("6"), Key(KeyCode::Right), Enter],
        expect: &[Recorded("mood", "number 7")],
        line: None,
        tmux: true,
    },
    Scenario {
        name: "scale: Esc and back keeps the number given",
        at: "hard-days",
        does: &[Esc, Enter],
        expect: &[Recorded("mood", "number 5"), At("hard-days")],
        line: None,
        tmux: false,
    },
    Scenario {
        name: "scale: a pause with digits typed records nothing",
        at: "mood",
        does: &[Type("8"), Pause],
        expect: &[NothingRecorded("mood")],
        line: None,
        tmux: false,
    },
    Scenario {
        name: "scale: a paste does not set the line",
        at: "mood",
        does: &[Paste("9"), Enter],
        expect: &[NothingRecorded("mood"), Shown("notice-scale-set-first")],
        line: None,
        tmux: false,
    },
    // ---------------------------------------------------------------- number
    Scenario {
        name: "number: an untouched Enter records nothing",
        at: "hard-days",
        does: &[Enter],
        expect: &[NothingRecorded("hard-days"), Shown("notice-type-first")],
        line: None,
        tmux: true,
    },
    Scenario {
        name: "number: letters are not typed",
        at: "hard-days",
        does: &[Type("a2b"), Enter],
        expect: &[Recorded("hard-days", "number 2")],
        line: PURE.0,
        tmux: PURE.1,
    },
    Scenario {
        name: "number: Esc and back keeps what was typed",
        at: "hard-days",
        does: &[Type("4"), Esc, Enter, Enter],
        expect: &[Recorded("hard-days", "number 4")],
        line: None,
        tmux: true,
    },
    Scenario {
        name: "number: Backspace takes a digit",
        at: "hard-days",
        does: &[Type("34"), Key(KeyCode::Backspace), Enter],
        expect: &[Recorded("hard-days", "number 3")],
        line: None,
        tmux: false,
    },
    Scenario {
        name: "number: a paste is typed",
        at: "hard-days",
        does: &[Paste("4"), Enter],
        expect: &[Recorded("hard-days", "number 4")],
        line: Some("4"),
        tmux: false,
    },
    Scenario {
        name: "number: a pause with digits typed keeps them as a draft",
        at: "hard-days",
        does: &[Type("6"), Pause],
        expect: &[NothingRecorded("hard-days"), Draft("hard-days", "6")],
        line: None,
        tmux: false,
    },
    Scenario {
        name: "number: Ctrl+S with digits typed asks first",
        at: "hard-days",
        does: &[Type("6"), Ctrl('s')],
        expect: &[NothingRecorded("hard-days"), Shown("notice-skip-with-text")],
        line: None,
        tmux: false,
    },
    // ---------------------------------------------------------------- long text
    Scenario {
        name: "long text: Enter is a new line and Ctrl+D goes on",
        at: "goal",
        does: &[Type("Åbne brevet\nfra kommunen"), Ctrl('d')],
        expect: &[
            Recorded("goal", "text Åbne brevet\nfra kommunen"),
            At("goal-help"),
        ],
        line: Some("Åbne brevet\nfra kommunen\n."),
        tmux: true,
    },
    Scenario {
        name: "long text: an untouched Ctrl+D records nothing",
        at: "goal",
        does: &[Ctrl('d')],
        expect: &[NothingRecorded("goal"), Shown("notice-type-first")],
        line: PURE.0,
        tmux: PURE.1,
    },
    Scenario {
        name: "long text: a paste keeps its lines",
        at: "goal",
        does: &[Paste("første linje\nanden linje"), Ctrl('d')],
        expect: &[Recorded("goal", "text første linje\nanden linje")],
        line: Some("første linje\nanden linje\n."),
        tmux: true,
    },
    Scenario {
        name: "long text: Backspace takes one character",
        at: "goal",
        does: &[Type("Gåx"), Key(KeyCode::Backspace), Ctrl('d')],
        expect: &[Recorded("goal", "text Gå")],
        line: PURE.0,
        tmux: PURE.1,
    },
    Scenario {
        name: "long text: Esc with text typed keeps it for when the step comes back",
        at: "goal",
        does: &[Type("halvt skrevet"), Esc, Enter],
        expect: &[NothingRecorded("goal"), At("goal")],
        line: PURE.0,
        tmux: PURE.1,
    },
    Scenario {
        name: "long text: Esc and back, then Ctrl+D records what was typed before",
        at: "goal",
        does: &[Type("halvt skrevet"), Esc, Enter, Ctrl('d')],
        expect: &[Recorded("goal", "text halvt skrevet")],
        line: None,
        tmux: true,
    },
    Scenario {
        name: "long text: a pause with text typed writes it as a draft",
        at: "goal",
        does: &[Type("ikke færdig"), Pause],
        expect: &[NothingRecorded("goal"), Draft("goal", "ikke færdig")],
        line: None,
        tmux: true,
    },
    Scenario {
        name: "long text: Ctrl+S with text typed asks first",
        at: "goal",
        does: &[Type("noget"), Ctrl('s')],
        expect: &[
            NothingRecorded("goal"),
            At("goal"),
            Shown("notice-skip-with-text"),
        ],
        line: PURE.0,
        tmux: PURE.1,
    },
    Scenario {
        name: "long text: Ctrl+S twice skips and lets the text go",
        at: "goal",
        does: &[Type("noget"), Ctrl('s'), Ctrl('s')],
        // "goal-help" is asked only when there is a goal: the skip took it off the path.
        expect: &[Recorded("goal", "skipped"), NothingRecorded("goal-help")],
        line: Some(":skip"),
        tmux: true,
    },
    Scenario {
        name: "long text: a failed write keeps the answer on screen, and it is written once when there is room",
        at: "goal",
        does: &[
            Type("vigtigt"),
            DiskFull,
            Ctrl('d'),
            Enter,
            DiskBack,
            Ctrl('d'),
        ],
        expect: &[
            RecordedOnce("goal"),
            Recorded("goal", "text vigtigt"),
            At("goal-help"),
        ],
        line: PURE.0,
        tmux: PURE.1,
    },
    Scenario {
        name: "long text: a failed write records nothing after it",
        at: "goal",
        does: &[Type("vigtigt"), DiskFull, Ctrl('d'), Enter],
        expect: &[
            NothingRecorded("goal"),
            At("goal"),
            NothingRecorded("goal-help"),
        ],
        line: PURE.0,
        tmux: PURE.1,
    },
    // ---------------------------------------------------------------- short text
    Scenario {
        name: "short text: Enter records it",
        at: "goal-help",
        does: &[Type("Lise"), Enter],
        expect: &[Recorded("goal-help", "text Lise")],
        line: Some("Lise"),
        tmux: true,
    },
    Scenario {
        name: "short text: an untouched Enter records nothing",
        at: "goal-help",
        does: &[Enter],
        expect: &[NothingRecorded("goal-help"), Shown("notice-type-first")],
        line: PURE.0,
        tmux: PURE.1,
    },
    Scenario {
        name: "short text: a resize while typing keeps every character",
        at: "goal-help",
        does: &[
            Type("Li"),
            Resize(60, 18),
            Type("se"),
            Resize(80, 24),
            Enter,
        ],
        expect: &[Recorded("goal-help", "text Lise")],
        line: PURE.0,
        tmux: PURE.1,
    },
    Scenario {
        name: "short text: keys do nothing while the window is too small",
        at: "goal-help",
        does: &[
            Type("Li"),
            Resize(40, 10),
            Type("xx"),
            Enter,
            Resize(80, 24),
            Enter,
        ],
        expect: &[Recorded("goal-help", "text Li")],
        line: PURE.0,
        tmux: PURE.1,
    },
    Scenario {
        name: "short text: a paste keeps the text on one line",
        at: "goal-help",
        does: &[Paste("Lise"), Enter],
        expect: &[Recorded("goal-help", "text Lise")],
        line: None,
        tmux: false,
    },
    Scenario {
        name: "short text: Backspace takes one character",
        at: "goal-help",
        does: &[Type("Lisex"), Key(KeyCode::Backspace), Enter],
        expect: &[Recorded("goal-help", "text Lise")],
        line: None,
        tmux: false,
    },
    Scenario {
        name: "short text: Esc and back keeps what was typed",
        at: "goal-help",
        does: &[Type("Li"), Esc, Ctrl('d'), Type("se"), Enter],
        expect: &[Recorded("goal-help", "text Lise")],
        line: None,
        tmux: true,
    },
    Scenario {
        name: "short text: a pause with text typed keeps it as a draft",
        at: "goal-help",
        does: &[Type("Lise"), Pause],
        expect: &[NothingRecorded("goal-help"), Draft("goal-help", "Lise")],
        line: None,
        tmux: false,
    },
    Scenario {
        name: "short text: Ctrl+S with text typed asks first, twice skips",
        at: "goal-help",
        does: &[Type("Lise"), Ctrl('s'), Ctrl('s')],
        expect: &[Recorded("goal-help", "skipped")],
        line: Some(":skip"),
        tmux: false,
    },
    // ---------------------------------------------------------------- info
    Scenario {
        name: "info: Enter goes on and records nothing",
        at: "welcome",
        does: &[Enter],
        expect: &[NothingRecorded("welcome"), At("ready")],
        line: None,
        tmux: false,
    },
    // ---------------------------------------------------------------- repeat group
    Scenario {
        name: "repeat: an untouched Enter on an empty list records nothing",
        at: "who",
        does: &[Enter, Ctrl('d')],
        expect: &[
            NothingRecorded("who"),
            At("who"),
            Shown("notice-list-empty"),
        ],
        line: None,
        tmux: true,
    },
    Scenario {
        name: "repeat: letters on the list do not delete anyone",
        at: "who",
        does: &[
            Type("+Karsten\t\t"),
            Enter,
            Key(KeyCode::Home),
            Type("Frida"),
        ],
        expect: &[Recorded("who", "entries 1"), Shown("notice-list-keys")],
        line: None,
        tmux: true,
    },
    Scenario {
        name: "repeat: Delete asks, and only Enter removes",
        at: "who",
        does: &[
            Type("+Karsten\t\t"),
            Enter,
            Key(KeyCode::Home),
            Key(KeyCode::Delete),
            Esc,
            Key(KeyCode::Delete),
            Type("x"),
        ],
        expect: &[Recorded("who", "entries 1"), At("who")],
        line: PURE.0,
        tmux: PURE.1,
    },
    Scenario {
        name: "repeat: Delete then Enter removes",
        at: "who",
        does: &[
            Type("+Karsten\t\t"),
            Enter,
            Key(KeyCode::Home),
            Key(KeyCode::Delete),
            Enter,
        ],
        expect: &[Recorded("who", "entries 0")],
        line: None,
        tmux: true,
    },
    Scenario {
        name: "repeat: Esc on an entry with text asks before letting it go",
        at: "who",
        does: &[Type("+Frida"), Esc],
        expect: &[NothingRecorded("who"), Shown("notice-entry-leave-ask")],
        line: PURE.0,
        tmux: PURE.1,
    },
    Scenario {
        name: "repeat: a pause with an entry half written keeps it as a draft",
        at: "who",
        does: &[Type("+Frida"), Pause],
        expect: &[NothingRecorded("who"), Draft("who", "Frida")],
        line: None,
        tmux: true,
    },
    Scenario {
        name: "repeat: entries are reordered with Alt+arrows",
        at: "who",
        does: &[
            Type("+Anna\t\t"),
            Enter,
            Type("+Bo\t\t"),
            Enter,
            Alt(KeyCode::Up),
            Ctrl('d'),
        ],
        expect: &[Recorded("who", "entries 2")],
        line: PURE.0,
        tmux: PURE.1,
    },
];

/// The journal's `value:` words for an answer.
fn value_words(answer: &Answer) -> String {
    match answer {
        Answer::Skipped => "skipped".to_owned(),
        Answer::Given(Value::Text(text)) => format!("text {text}"),
        Answer::Given(Value::Number(n)) => format!("number {n}"),
        Answer::Given(Value::Choice(id)) => format!("choice {id}"),
        Answer::Given(Value::Choices(ids)) => format!("choices {}", ids.join(" ")),
        Answer::Given(Value::YesNo(yes)) => (if *yes { "yes" } else { "no" }).to_owned(),
        Answer::Given(Value::Entries(entries)) => format!("entries {}", entries.len()),
    }
}

/// How the practice check-in is answered plainly on the way to a scenario's step.
#[derive(Debug, Clone, Copy)]
enum Plainly {
    /// An info step: go on.
    Next,
    /// Typed, then Enter.
    Line(&'static str),
    /// A long text, then Ctrl+D (in the line mode: a line holding only `.`).
    Long(&'static str),
    Skip,
}

fn plainly(step: &str) -> Plainly {
    match step {
        "welcome" | "habits" | "crisis-help" => Plainly::Next,
        "ready" | "safe" | "contact" | "extra-visit" => Plainly::Line("1"),
        "mood" => Plainly::Line("5"),
        "hard-days" | "sleep" | "meals" | "out" | "home-state" => Plainly::Line("2"),
        "help-with" => Plainly::Line("1"),
        "goal" => Plainly::Long("Åbne brevet"),
        _ => Plainly::Skip,
    }
}

fn start_practice(cfg: Cfg) -> Harness {
    Harness::conversation(cfg, "practice-check-in", "Søren")
}

/// The practice check-in (docs/example), started for a participant as `samtale run` does,
/// and answered plainly up to `target`; with the way there, for the other drivers.
fn practice_path(cfg: Cfg, target: &str) -> (Harness, Vec<Plainly>) {
    let mut h = start_practice(cfg);
    let mut path = Vec::new();
    for _ in 0..40 {
        let step = h.step_id().expect("at a step");
        if step == target {
            return (h, path);
        }
        let how = plainly(&step);
        match how {
            Plainly::Next => h.enter(),
            Plainly::Line(text) => {
                h.type_text(text);
                h.enter();
            }
            Plainly::Long(text) => {
                h.type_text(text);
                h.ctrl('d');
            }
            Plainly::Skip => h.ctrl('s'),
        }
        path.push(how);
        assert_ne!(
            h.step_id().as_deref(),
            Some(step.as_str()),
            "moved on from {step}"
        );
    }
    panic!("never reached {target}");
}

fn practice_at(cfg: Cfg, target: &str) -> Harness {
    practice_path(cfg, target).0
}

fn run(scenario: &Scenario, cfg: Cfg) {
    let mut h = practice_at(cfg, scenario.at);
    let label = format!("{} ({:?})", scenario.name, cfg.lang);
    for action in scenario.does {
        match *action {
            Key(code) => h.press(code),
            Alt(code) => h.press_with(code, KeyModifiers::ALT),
            Ctrl(c) => h.ctrl(c),
            Type(text) => h.type_text(text),
            Paste(text) => h.paste(text),
            Enter => h.enter(),
            Esc => h.esc(),
            Pause => h.ctrl('p'),
            Resize(width, height) => h.send(samtale::ui::Input::Resize(width, height)),
            DiskFull => h.fail_writes(0, true),
            DiskBack => h.writes_work(),
        }
        // After every key the journal is whole: what is on disk always parses.
        let _ = h.journal();
    }
    let journal = h.journal();
    let screen = h.text();
    for expectation in scenario.expect {
        match *expectation {
            Recorded(step, words) => {
                let answer = h
                    .answer(step)
                    .unwrap_or_else(|| panic!("{label}: nothing recorded for {step}"));
                assert_eq!(value_words(&answer), words, "{label}: {step}");
            }
            NothingRecorded(step) => {
                assert_eq!(h.answer(step), None, "{label}: {step} must have no answer")
            }
            RecordedOnce(step) => {
                let count = h.recorded().iter().filter(|(s, _)| s == step).count();
                assert_eq!(count, 1, "{label}: {step} written {count} times");
            }
            Shown(key) => {
                // The longest stretch of the message between its placeables, as shown.
                let message = h.ui.texts().get(key, &[]);
                let stretch = message
                    .split(['{', '}'])
                    .step_by(2)
                    .max_by_key(|s| s.chars().count())
                    .unwrap_or_default()
                    .trim();
                let start: String = stretch.chars().take(24).collect();
                assert!(
                    screen.contains(&start),
                    "{label}: the screen shows {key} ({start:?}):\n{screen}"
                );
            }
            At(step) => {
                assert_eq!(h.step_id().as_deref(), Some(step), "{label}: where it is")
            }
            Draft(step, text) => {
                let found = journal.blocks.iter().any(|b| match b {
                    Block::Draft {
                        step: s, fields, ..
                    } => s == step && fields.iter().any(|(_, t)| t == text),
                    _ => false,
                });
                assert!(
                    found,
                    "{label}: a draft of {step} with {text:?}: {journal:#?}"
                );
            }
        }
    }
}

#[test]
fn every_step_kind_records_what_the_person_chose_in_danish() {
    for scenario in SCENARIOS {
        run(scenario, Cfg::da());
    }
}

#[test]
fn every_step_kind_records_what_the_person_chose_in_english() {
    for scenario in SCENARIOS {
        run(scenario, Cfg::en());
    }
}

#[test]
fn a_paused_draft_is_back_in_its_field_when_the_conversation_is_resumed() {
    let mut h = practice_at(Cfg::da(), "goal");
    h.type_text("ikke færdig endnu");
    h.ctrl('p');
    assert_eq!(h.session().position(), Position::Paused);
    let screen = h.text();
    assert!(
        screen.contains("kladde"),
        "the pause says the draft was kept:\n{screen}"
    );
    // The journal goes to disk as the store would have written it; resuming reads it.
    let text = h.runner.sink.last_text().expect("a journal").to_owned();
    let data = common::ui::DataDir::new();
    let path = data.journal("Søren", "2026-11-26T09-15-00Z-practice-check-in.txt", &text);
    let screen = Screen::Home(Home::for_dialogue(
        vec!["Søren".to_owned()],
        "practice-check-in",
        Some(Mode::Facilitated),
    ));
    let mut h = Harness::with_data(Cfg::da(), screen, &["Søren"], data);
    h.type_text("Søren");
    h.enter();
    // The unfinished conversation is offered first; Enter resumes it.
    if !matches!(h.ui.screen, Screen::Conversation(_)) {
        h.enter();
    }
    assert_eq!(h.step_id().as_deref(), Some("goal"), "resumed at {path:?}");
    h.ctrl('d');
    assert_eq!(
        h.answer("goal").map(|a| value_words(&a)).as_deref(),
        Some("text ikke færdig endnu"),
        "the draft came back and was confirmed"
    );
}

#[test]
fn the_review_opens_on_finishing_and_comes_back_to_a_corrected_answer() {
    let mut h = practice_at(Cfg::da(), "more");
    h.type_text("2\n");
    assert_eq!(h.session().position(), Position::Review);
    // Up from the finishing row to the last answer, open it, change it: back on it.
    h.press(KeyCode::Up);
    h.enter();
    assert_eq!(h.step_id().as_deref(), Some("more"));
    h.type_text("2\n");
    assert_eq!(h.session().position(), Position::Review);
    let screen = h.text();
    let marked = screen
        .lines()
        .find(|l| l.contains('▸'))
        .unwrap_or_default()
        .to_owned();
    assert!(
        !marked.contains("Skal vi"),
        "the corrected answer is marked: {marked}"
    );
    h.press(KeyCode::End);
    h.enter();
    assert_eq!(h.session().position(), Position::Done);
    assert!(
        h.journal().is_finished(),
        "Enter on the finishing row finished"
    );
}

#[test]
fn a_conversation_started_by_mistake_leaves_no_journal() {
    let mut h = practice_at(Cfg::da(), "welcome");
    assert_eq!(h.runner.sink.journals.len(), 1);
    h.ctrl('x');
    assert!(
        h.runner.sink.journals.is_empty(),
        "discarded before any answer"
    );

    let mut h = practice_at(Cfg::en(), "mood");
    h.ctrl('x');
    assert_eq!(
        h.runner.sink.journals.len(),
        1,
        "with answers it asks first"
    );
    h.type_text("q");
    assert_eq!(h.runner.sink.journals.len(), 1, "any other key keeps it");
    h.ctrl('x');
    h.enter();
    assert!(h.runner.sink.journals.is_empty(), "Enter confirms");
}

#[test]
fn the_line_mode_records_what_the_interface_records() {
    // The same intents, typed: WHO-5 by the numbers, FIT's line with two-key numbers.
    let sandbox = common::Sandbox::new("same-intent");
    for lang in [Lang::Da, Lang::En] {
        let tag = match lang {
            Lang::Da => "da",
            Lang::En => "en",
        };
        let cfg = Cfg { lang, ..Cfg::da() };
        for (dialogue, intro, answers) in [
            ("who5", true, ["3", "5", "0", "2", "4", "2"].as_slice()),
            ("fit-ors", true, ["10", "7,5", "0", "3,2"].as_slice()),
        ] {
            let mut h = Harness::conversation(cfg, dialogue, "p1");
            if intro {
                h.enter();
            }
            for answer in answers {
                h.type_text(answer);
                h.enter();
            }
            let tui: Vec<(String, String)> = h
                .recorded()
                .iter()
                .map(|(s, a)| (s.clone(), value_words(a)))
                .collect();
            assert_eq!(tui.len(), answers.len(), "{dialogue} {tag}: {tui:?}");

            let participant = format!("line-{dialogue}-{tag}");
            let typed: String = answers.iter().map(|a| format!("{a}\n")).collect();
            let output = sandbox.converse(dialogue, &participant, tag, &typed);
            let journals = sandbox.journals(&participant);
            let journal = common::parse_journal(journals.last().expect("a line-mode journal"));
            let line: Vec<(String, String)> = journal
                .blocks
                .iter()
                .filter_map(|b| match b {
                    Block::Answer { step, answer, .. } => Some((step.clone(), value_words(answer))),
                    _ => None,
                })
                .collect();
            assert_eq!(tui, line, "{dialogue} {tag}: {}", output.stdout);
        }
    }
}

// ---------------------------------------------------------------------------------------
// The same scenarios through the line mode, and in a real terminal
// ---------------------------------------------------------------------------------------

fn lang_tag(lang: Lang) -> &'static str {
    match lang {
        Lang::Da => "da",
        Lang::En => "en",
    }
}

fn example_dir() -> String {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("docs/example")
        .to_string_lossy()
        .into_owned()
}

/// The answers a scenario expects, checked against a journal read from disk.
fn check_recorded(label: &str, scenario: &Scenario, journal: &samtale::journal::Journal) {
    if let Err(problem) = recorded_as_expected(label, scenario, journal) {
        panic!("{problem}");
    }
}

/// What differs between the answers a scenario expects and a journal, if anything.
fn recorded_as_expected(
    label: &str,
    scenario: &Scenario,
    journal: &samtale::journal::Journal,
) -> Result<(), String> {
    let latest = |step: &str| {
        journal.blocks.iter().rev().find_map(|b| match b {
            Block::Answer {
                step: s, answer, ..
            } if s == step => Some(value_words(answer)),
            _ => None,
        })
    };
    for expectation in scenario.expect {
        match *expectation {
            Recorded(step, words) => {
                let found = latest(step);
                if found.as_deref() != Some(words) {
                    return Err(format!("{label}: {step} recorded {found:?}, not {words:?}"));
                }
            }
            NothingRecorded(step) => {
                if let Some(found) = latest(step) {
                    return Err(format!("{label}: {step} recorded {found:?}, not nothing"));
                }
            }
            RecordedOnce(step) => {
                let count = journal
                    .blocks
                    .iter()
                    .filter(|b| matches!(b, Block::Answer { step: s, .. } if s == step))
                    .count();
                if count != 1 {
                    return Err(format!("{label}: {step} written {count} times"));
                }
            }
            Draft(step, text) => {
                let found = journal.blocks.iter().any(|b| {
                    matches!(b, Block::Draft { step: s, fields, .. }
                        if s == step && fields.iter().any(|(_, t)| t == text))
                });
                if !found {
                    return Err(format!("{label}: no draft of {step} with {text:?}"));
                }
            }
            Shown(_) | At(_) => {}
        }
    }
    Ok(())
}

#[test]
fn the_line_mode_records_the_same_for_the_same_intent() {
    let sandbox = common::Sandbox::new("scenario-lines");
    let mut runs = 0;
    for lang in [Lang::Da, Lang::En] {
        for (index, scenario) in SCENARIOS.iter().enumerate() {
            let Some(lines) = scenario.line else {
                continue;
            };
            let (_, path) = practice_path(Cfg { lang, ..Cfg::da() }, scenario.at);
            let mut stdin = String::new();
            for how in path {
                match how {
                    Plainly::Next => {}
                    Plainly::Line(text) => stdin.push_str(&format!("{text}\n")),
                    Plainly::Long(text) => stdin.push_str(&format!("{text}\n.\n")),
                    Plainly::Skip => stdin.push_str(":skip\n"),
                }
            }
            stdin.push_str(&format!("{lines}\n:pause\n"));
            let participant = format!("line{index}{}", lang_tag(lang));
            let output = sandbox.run(
                &[
                    "--dialogues",
                    &example_dir(),
                    "run",
                    "practice-check-in",
                    "--participant",
                    &participant,
                    "--plain",
                    "--lang",
                    lang_tag(lang),
                ],
                &stdin,
            );
            let paths = sandbox.journals(&participant);
            let journal = common::parse_journal(
                paths
                    .last()
                    .unwrap_or_else(|| panic!("{}: no journal; {}", scenario.name, output.stderr)),
            );
            let label = format!("line mode: {} ({})", scenario.name, lang_tag(lang));
            check_recorded(&label, scenario, &journal);
            runs += 1;
        }
    }
    assert!(runs >= 20, "the line mode ran {runs} scenarios");
}

/// A person's keys, as tmux sends them.
fn send_in_tmux(term: &mut common::tmux::Term, action: Do) {
    let key = |code: KeyCode| match code {
        KeyCode::Down => "Down".to_owned(),
        KeyCode::Up => "Up".to_owned(),
        KeyCode::Left => "Left".to_owned(),
        KeyCode::Right => "Right".to_owned(),
        KeyCode::Home => "Home".to_owned(),
        KeyCode::End => "End".to_owned(),
        KeyCode::Backspace => "BSpace".to_owned(),
        KeyCode::Delete => "DC".to_owned(),
        KeyCode::Tab => "Tab".to_owned(),
        KeyCode::Enter => "Enter".to_owned(),
        KeyCode::Esc => "Escape".to_owned(),
        other => panic!("no tmux name for {other:?}"),
    };
    match action {
        Key(code) => term.keys(&[&key(code)]),
        Alt(code) => term.keys(&[&format!("M-{}", key(code))]),
        Ctrl(c) => term.keys(&[&format!("C-{c}")]),
        Type(text) => {
            for c in text.chars() {
                match c {
                    '\n' => term.keys(&["Enter"]),
                    '\t' => term.keys(&["Tab"]),
                    c => term.type_text(&c.to_string()),
                }
            }
        }
        Paste(text) => {
            term.tmux(&["set-buffer", "-b", "scenario", text]);
            term.tmux(&[
                "paste-buffer",
                "-p",
                "-b",
                "scenario",
                "-t",
                common::tmux::SESSION,
            ]);
        }
        Enter => term.keys(&["Enter"]),
        Esc => {
            // A person lets go of Esc before the next key. Sent at once, Esc and the next
            // key can reach samtale in one read, which a terminal means as Alt+that key;
            // on a loaded machine that happened ("Li" recorded for "Lise"). So the next
            // key waits until Esc has been drawn, or a moment if it changes nothing.
            let before = term.screen();
            term.keys(&["Escape"]);
            let deadline = std::time::Instant::now() + std::time::Duration::from_secs(2);
            while term.screen() == before && std::time::Instant::now() < deadline {
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
        }
        Pause => term.keys(&["C-p"]),
        Resize(..) | DiskFull | DiskBack => panic!("not a scenario for tmux: {action:?}"),
    }
}

#[test]
fn chosen_scenarios_hold_in_a_real_terminal_in_danish() {
    let cfg = Cfg::da();
    let texts = common::ui::context(cfg.lang, cfg.theme).texts;
    let mut runs = 0;
    for (index, scenario) in SCENARIOS.iter().enumerate().filter(|(_, s)| s.tmux) {
        let (_, path) = practice_path(cfg, scenario.at);
        let mut term = common::tmux::Term::start_with(
            &format!("scenario{index}"),
            (80, 24),
            "()\n",
            &[
                "--dialogues",
                &example_dir(),
                "run",
                "practice-check-in",
                "--participant",
                "Søren",
            ],
            "da",
            |_| {},
        );
        term.wait_text("Øvesamtale");
        for how in path {
            let before = term.screen();
            match how {
                Plainly::Next => term.keys(&["Enter"]),
                Plainly::Line(text) => {
                    term.type_text(text);
                    term.keys(&["Enter"]);
                }
                Plainly::Long(text) => {
                    term.type_text(text);
                    term.keys(&["C-d"]);
                }
                Plainly::Skip => term.keys(&["C-s"]),
            }
            // One frame draws the next question: any change of the screen is it.
            term.wait_for("the next question", |s| s != before);
        }
        for action in scenario.does {
            send_in_tmux(&mut term, *action);
        }
        let screen = term.settle();
        let label = format!("tmux: {}", scenario.name);
        for expectation in scenario.expect {
            match *expectation {
                Shown(key) => {
                    let message = texts.get(key, &[]);
                    let stretch = message
                        .split(['{', '}'])
                        .step_by(2)
                        .max_by_key(|s| s.chars().count())
                        .unwrap_or_default()
                        .trim()
                        .to_owned();
                    let start: String = stretch.chars().take(20).collect();
                    assert!(
                        common::tmux::squash(&screen).contains(&common::tmux::squash(&start)),
                        "{label}: shows {key}:\n{screen}"
                    );
                }
                At(step) => {
                    let question = texts.get(&format!("practice-check-in-{step}"), &[]);
                    let start: String = question.chars().take(20).collect();
                    assert!(
                        common::tmux::squash(&screen).contains(&common::tmux::squash(&start)),
                        "{label}: at {step}:\n{screen}"
                    );
                }
                _ => {}
            }
        }
        // The screen has settled, but on a busy machine the last key's write may still be
        // on its way: read the journal again until it holds what is expected, or time out.
        let started = std::time::Instant::now();
        loop {
            let paths = term.journal_paths("Søren");
            let text = std::fs::read_to_string(paths.last().expect("a journal")).expect("read it");
            let journal = samtale::journal::format::parse(&text)
                .unwrap_or_else(|e| panic!("{label}: the journal parses strictly: {e:?}\n{text}"));
            match recorded_as_expected(&label, scenario, &journal) {
                Ok(()) => break,
                Err(problem) if started.elapsed() > common::tmux::WAIT => {
                    panic!("{problem}\n{text}\n{screen}")
                }
                Err(_) => std::thread::sleep(common::tmux::POLL),
            }
        }
        runs += 1;
    }
    assert!(runs >= 15, "tmux ran {runs} scenarios");
}

#[test]
fn an_answer_over_the_limit_is_refused_in_words_and_nothing_is_cut() {
    for cfg in [Cfg::da(), Cfg::en()] {
        let mut h = practice_at(cfg, "goal");
        h.type_text("Begyndelsen");
        h.paste(&"x".repeat(samtale::engine::MAX_ANSWER_BYTES));
        assert!(h.text().contains("KB"), "{}", h.text());
        let message = h.ui.texts().get(
            "notice-too-long",
            &[("limit", "100".to_owned()), ("size", "101".to_owned())],
        );
        assert!(h.text().contains(&message[..20]), "{}", h.text());
        h.ctrl('d');
        assert_eq!(
            h.answer("goal").map(|a| value_words(&a)).as_deref(),
            Some("text Begyndelsen"),
            "what was typed before stays whole, and the paste added nothing"
        );
    }
}

#[test]
fn a_long_answer_shows_that_there_is_more_above_and_below() {
    let mut h = practice_at(Cfg::da(), "goal");
    let lines: Vec<String> = (1..=40).map(|n| format!("linje {n}")).collect();
    h.paste(&lines.join("\n"));
    let screen = h.text();
    assert!(screen.contains("▲"), "more above:\n{screen}");
    assert!(
        screen.contains("linje 40"),
        "the cursor's line shows:\n{screen}"
    );
    for _ in 0..20 {
        h.press(KeyCode::Up);
    }
    let screen = h.text();
    assert!(screen.contains("▲") && screen.contains("▼"), "{screen}");
    h.ctrl('d');
    assert_eq!(
        h.answer("goal").map(|a| value_words(&a)),
        Some(format!("text {}", lines.join("\n")))
    );
}

#[test]
fn a_damaged_unfinished_journal_is_said_and_nothing_starts_on_its_own() {
    let data = common::ui::DataDir::new();
    let damaged = "samtale journal v1\ndialogue: who5\ndialogue-version: 1\ntitle: WHO-5\n\
        locale: da\nmode: facilitated\nparticipant: anna\nstarted: 2026-11-20T10:00:00+01:00\n\n\
        == answer 2026-11-20T10:01:00+01:00\nstep: cheerful\nquestion: Glad\nanswer: 3\n\
        value: maybe\n";
    let path = data.journal("anna", "2026-11-20T09-00-00Z-who5.txt", damaged);
    let launch = samtale::frontend::Launch::Run(samtale::cli::Run {
        dialogue: "who5".to_owned(),
        participant: Some("anna".to_owned()),
        mode: None,
        facilitator: None,
        new: false,
    });
    let mut h = Harness::launched(Cfg::da(), &launch, &["anna"], data);
    let screen = h.text();
    assert!(
        h.runner.sink.journals.is_empty(),
        "no new conversation began beside it"
    );
    assert!(!matches!(h.ui.screen, Screen::Conversation(_)));
    assert!(screen.contains("kan ikke læses"), "{screen}");
    assert_eq!(
        std::fs::read_to_string(&path).expect("the journal is still there"),
        damaged,
        "left exactly as it was"
    );
}

#[test]
fn a_conversation_that_cannot_begin_leaves_the_home_screen_with_the_pseudonyms() {
    // `run who5 --participant Anna --new` beside an existing `anna`: the home screen
    // behind the conversation was not filled in (nothing is listed before a conversation
    // begun at once is on screen), so it must be when the conversation cannot begin.
    let data = common::ui::DataDir::new();
    let launch = samtale::frontend::Launch::Run(samtale::cli::Run {
        dialogue: "who5".to_owned(),
        participant: Some("Anna".to_owned()),
        mode: None,
        facilitator: None,
        new: true,
    });
    let mut h = Harness::launched(Cfg::da(), &launch, &["anna", "zeta-7"], data);
    let screen = h.text();
    assert!(h.runner.sink.journals.is_empty(), "nothing was written");
    assert!(!matches!(h.ui.screen, Screen::Conversation(_)));
    assert!(
        screen.contains("ligner"),
        "the look-alike is said: {screen}"
    );
    // The message read, the home screen behind it.
    h.enter();
    let screen = h.text();
    assert!(h.runner.sink.journals.is_empty(), "Enter began nothing");
    assert!(
        screen.contains("zeta-7"),
        "the pseudonyms to choose from are listed: {screen}"
    );
}

#[test]
fn a_click_or_a_tap_finishes_the_review_or_opens_an_answer() {
    let mut h = practice_at(Cfg::da(), "more");
    h.type_text("2\n");
    assert_eq!(h.session().position(), Position::Review);
    let (width, height) = h.cfg.size;
    let buffer = h.buffer(width, height);
    let rows = common::ui::rows(&buffer);
    let finish = h.ui.texts().get("tui-review-finish", &[]);
    let row = rows
        .iter()
        .position(|r| r.contains(&finish))
        .expect("the finishing row on screen") as u16;
    // A tap on an answer opens it to be corrected …
    // The last question listed: a row that starts with its number.
    let numbered = |r: &String| {
        let t = r.trim_start().trim_start_matches('▸').trim_start();
        let digits = t.chars().take_while(char::is_ascii_digit).count();
        digits > 0 && t[digits..].starts_with(". ")
    };
    let answer_row = rows[..usize::from(row)]
        .iter()
        .rposition(numbered)
        .expect("the last answer on screen") as u16;
    h.click(10, answer_row);
    assert_eq!(h.step_id().as_deref(), Some("more"), "{}", h.text());
    h.type_text("2\n");
    // … and a tap on the finishing row finishes.
    let rows = common::ui::rows(&h.buffer(width, height));
    let row_now = rows
        .iter()
        .position(|r| r.contains(&finish))
        .expect("the finishing row on screen") as u16;
    assert_eq!(row_now, row);
    h.click(10, row_now);
    assert_eq!(h.session().position(), Position::Done, "{}", h.text());
    assert!(h.journal().is_finished());
}
