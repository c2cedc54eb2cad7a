//! End-to-end tests of the terminal interface: the real `samtale` binary in a real
//! terminal. Each test starts its own tmux server (`tmux -L <unique socket>`), runs samtale
//! in its one pane through a small wrapper script, types with `send-keys`, reads the screen
//! with `capture-pane`, and reads the journals the run leaves on disk.
//!
//! The wrapper records samtale's pid (for signals), the terminal settings before and after
//! the run (`stty -a`), and samtale's exit code, then keeps the pane open so that the
//! terminal's state after samtale can be inspected.
//!
//! tmux must be installed (CI installs it). Run with `cargo test --test tui_e2e`.

mod common;

use std::fs;
use std::path::Path;
use std::process::Command;
use std::thread;
use std::time::{Duration, Instant};

use common::tmux::*;
use samtale::engine::{Answer, Value};
use samtale::journal::{Block, Journal};

const REVIEW: &str = "Your answers. Shall we write it like this?";
const FINISH: &str = "Yes, write it like this and finish";

fn choice(id: &str) -> Answer {
    Answer::Given(Value::Choice(id.to_owned()))
}

fn number_of(journal: &Journal, step: &str) -> f64 {
    match journal.answers().get(step) {
        Some(Answer::Given(Value::Number(n))) => *n,
        other => panic!("expected a number for `{step}`, found {other:?}"),
    }
}

fn text_of(journal: &Journal, step: &str) -> String {
    match journal.answers().get(step) {
        Some(Answer::Given(Value::Text(text))) => text.clone(),
        other => panic!("expected a text for `{step}`, found {other:?}"),
    }
}

fn score(journal: &Journal, id: &str) -> f64 {
    let scores = journal.scores();
    *scores
        .get(id)
        .unwrap_or_else(|| panic!("no score `{id}` in {scores:?}"))
}

fn is_paused(journal: &Journal) -> bool {
    journal
        .blocks
        .iter()
        .any(|b| matches!(b, Block::Paused { .. }))
}

/// From the review: move to "finish" and press Enter; the result shows.
fn finish_from_review(term: &mut Term) -> String {
    term.wait_text(REVIEW);
    term.keys(&["End"]);
    term.wait_for("the finish line selected", |s| {
        s.lines().any(|l| l.contains('▸') && l.contains(FINISH))
    });
    term.keys(&["Enter"]);
    // Staff see where the journal is; a citizen alone that the answers are saved.
    term.wait_for("the result", |s| {
        s.lines().any(|l| l.trim() == "Result")
            && (s.contains("Saved in") || s.contains("Your answers are saved."))
    })
}

/// Answers the five WHO-5 items by their digits (the score of each answer) and Enter,
/// then the consent question with `consent` (1 no, 2 yes, 3 some of it).
fn answer_who5(term: &mut Term, digits: [&str; 5], consent: &str) {
    for (index, digit) in digits.iter().enumerate() {
        let n = index as u32 + 1;
        term.wait_for(&format!("WHO-5 question {n}"), |s| {
            on_question(s, n) && s.contains("At no time")
        });
        choose(term, digit);
    }
    answer_consent(term, consent);
}

/// The row `digit` chosen and marked, then Enter.
fn choose(term: &mut Term, digit: &str) {
    term.keys(&[digit]);
    term.wait_for(&format!("answer {digit} chosen"), |s| {
        s.lines()
            .any(|l| l.contains(&format!("(•) {digit}.")) && l.contains('▸'))
    });
    term.keys(&["Enter"]);
}

/// The question whether the answers may be shared, answered with its number, nothing
/// chosen before the person chooses.
fn answer_consent(term: &mut Term, digit: &str) {
    let question = term.wait_for("the consent question", |s| {
        s.contains("May some of this be shared with your team?")
            && s.contains("No, it stays between us")
    });
    assert!(!question.contains("(•)"), "nothing chosen yet:\n{question}");
    choose(term, digit);
}

#[test]
fn who5_answered_with_digits_is_scored_on_screen_and_in_the_journal() {
    let mut term = Term::start(
        "who5",
        (80, 24),
        "()\n",
        &["run", "who5", "--participant", "p1"],
    );
    term.wait_text("Here are five statements");
    assert_eq!(
        term.display("#{alternate_on}"),
        "1",
        "the app uses the alternate screen"
    );
    term.keys(&["Enter"]);
    answer_who5(&mut term, ["4", "3", "4", "2", "5"], "2");

    let review = term.wait_for("the review, drawn whole", |s| {
        s.contains(REVIEW) && s.contains(FINISH)
    });
    for label in [
        "Most of the time",
        "More than half of the time",
        "Less than half of the time",
        "All of the time",
        "Yes, it may be shared with my team",
    ] {
        assert!(review.contains(label), "{label:?} in the review:\n{review}");
    }
    let result = finish_from_review(&mut term);
    assert!(
        result.contains("Score: 18/25 (72 %)"),
        "the result shows the score:\n{result}"
    );
    let (path, _) = term.journal("p1");
    assert!(
        squash(&result).contains(&squash(&journal_tail(&path))),
        "the result shows where the journal is, its folder and file whole ({}):\n{result}",
        path.display()
    );
    term.keys(&["Enter"]);
    assert_eq!(
        term.wait_exit(),
        0,
        "samtale run ends with 0 after the result"
    );

    let (path, journal) = term.journal("p1");
    assert!(journal.is_finished(), "{} is finished", path.display());
    let answers = journal.answers();
    let expected = [
        ("cheerful", "most-of-the-time"),
        ("calm", "more-than-half"),
        ("active", "most-of-the-time"),
        ("rested", "less-than-half"),
        ("interested", "all-of-the-time"),
        ("share", "yes"),
    ];
    assert_eq!(answers.len(), 6, "five answers and consent: {answers:?}");
    for (step, id) in expected {
        assert_eq!(answers.get(step), Some(&choice(id)), "the answer to {step}");
    }
    assert_eq!(score(&journal, "raw"), 18.0);
    assert_eq!(score(&journal, "percent"), 72.0);
    assert_eq!(journal.header.mode.tag(), "facilitated");
}

/// `post-crisis-learning` up to its first long text (`trigger`, question 3): ready, then
/// "a crisis".
fn to_first_long_text(term: &mut Term) {
    term.wait_text("Learning after a crisis");
    term.keys(&["Enter"]);
    term.wait_text("Is this a good time to talk about it?");
    term.keys(&["y"]);
    term.wait_for("yes chosen", |s| s.contains("(•) 1. Yes"));
    term.keys(&["Enter"]);
    term.wait_text("What would you like to talk about?");
    term.keys(&["1"]);
    term.wait_for("a crisis chosen", |s| s.contains("(•) 1. A crisis"));
    term.keys(&["Enter"]);
    term.wait_text("What was it that set off the crisis?");
    term.wait_for("the text box and Ctrl+D in the footer", |s| {
        s.contains('┌') && s.contains("Ctrl+D next")
    });
}

/// Skips every step left (Ctrl+S) until the review shows.
fn skip_to_review(term: &mut Term) {
    for _ in 0..30 {
        let screen = term.wait_for("a question or the review", |s| {
            s.contains(REVIEW) || question_number(s).is_some()
        });
        if screen.contains(REVIEW) {
            return;
        }
        let at = question_number(&screen);
        term.keys(&["C-s"]);
        term.wait_for("the next question or the review", |s| {
            s.contains(REVIEW) || (question_number(s).is_some() && question_number(s) != at)
        });
    }
    panic!("the review never came");
}

#[test]
fn a_bracketed_paste_of_three_lines_is_kept_whole_in_a_long_text() {
    let mut term = Term::start(
        "paste",
        (80, 24),
        "()\n",
        &["run", "post-crisis-learning", "--participant", "p2"],
    );
    to_first_long_text(&mut term);

    term.tmux(&["set-buffer", "-b", "e2e", "one\ntwo\nthree"]);
    // -p: bracketed, because samtale asked the terminal for bracketed paste.
    term.tmux(&["paste-buffer", "-p", "-b", "e2e", "-t", SESSION]);
    let screen = term.wait_for("the three lines in the text box", |s| {
        let rows: Vec<String> = s
            .lines()
            .filter(|l| l.contains('│'))
            .map(|l| l.replace('│', "").trim().to_owned())
            .collect();
        rows.windows(3).any(|w| w == ["one", "two", "three"])
    });
    assert!(
        on_question(&screen, 3),
        "the paste did not move on by itself (its new lines are text, not Enter):\n{screen}"
    );
    term.keys(&["C-d"]);
    term.wait_for("the next question", |s| on_question(s, 4));
    skip_to_review(&mut term);
    let review = term.wait_text(REVIEW);
    assert!(
        review.contains("one"),
        "the answer in the review:\n{review}"
    );
    finish_from_review(&mut term);
    term.keys(&["Enter"]);
    assert_eq!(term.wait_exit(), 0);

    let (path, journal) = term.journal("p2");
    assert!(journal.is_finished(), "{} is finished", path.display());
    assert_eq!(text_of(&journal, "trigger"), "one\ntwo\nthree");
    let text = fs::read_to_string(&path).expect("read the journal");
    assert!(
        text.contains("\nanswer: one\n  two\n  three\nvalue: text\n"),
        "the three lines, one a line, in the journal:\n{text}"
    );
}

/// Where the scale's line is on screen: its row and the columns of its two ends (0-based).
fn scale_line(screen: &str) -> Option<(usize, usize, usize)> {
    screen.lines().enumerate().find_map(|(row, line)| {
        let chars: Vec<char> = line.chars().collect();
        let start = chars.iter().position(|c| *c == '├')?;
        let end = chars.iter().position(|c| *c == '┤')?;
        (end > start).then_some((row, start, end))
    })
}

/// An SGR mouse report as a terminal sends it: `button` 0 is the left button, 32 a drag
/// with it; column and row are 0-based here and 1-based on the wire.
fn mouse(button: u8, column: usize, row: usize, press: bool) -> String {
    format!(
        "\x1b[<{button};{};{}{}",
        column + 1,
        row + 1,
        if press { 'M' } else { 'm' }
    )
}

/// The value a point on the 0–10 line stands for, the way the line is drawn.
fn scale_value_at(column: usize, start: usize, end: usize) -> f64 {
    10.0 * (column - start) as f64 / (end - start) as f64
}

#[test]
fn fit_scales_are_set_with_the_arrows_and_with_the_mouse() {
    let mut term = Term::start(
        "scale",
        (80, 24),
        "()\n",
        &["run", "fit-ors", "--participant", "p3"],
    );
    term.wait_text("FIT");
    term.keys(&["Enter"]);
    term.wait_for("the first scale", |s| {
        on_question(s, 1) && scale_line(s).is_some()
    });
    assert_eq!(
        term.display("#{mouse_sgr_flag}"),
        "1",
        "samtale asks for SGR mouse reports"
    );

    // 1. Digits and arrows: 6 as typed, then five steps of 0.1 to the right from it.
    term.keys(&["6"]);
    term.wait_for("6 typed on the scale", |s| {
        s.contains("6▏") && s.contains('●')
    });
    term.keys(&["Right", "Right", "Right", "Right", "Right"]);
    term.wait_for("6.5 on the scale", |s| s.contains("6.5"));
    term.keys(&["Enter"]);

    // 2. A click at about 30 % of the line.
    let screen = term.wait_for("the second scale", |s| {
        on_question(s, 2) && scale_line(s).is_some()
    });
    let (row, start, end) = scale_line(&screen).expect("the scale's line");
    let column = start + (end - start) * 3 / 10;
    let clicked = scale_value_at(column, start, end);
    term.type_text(&mouse(0, column, row, true));
    term.type_text(&mouse(0, column, row, false));
    term.wait_for("the clicked point set", |s| s.contains('●'));
    term.keys(&["Enter"]);

    // 3. A drag from about 20 % to about 80 % of the line.
    let screen = term.wait_for("the third scale", |s| {
        on_question(s, 3) && scale_line(s).is_some()
    });
    let (row, start, end) = scale_line(&screen).expect("the scale's line");
    let from = start + (end - start) / 5;
    let to = start + (end - start) * 4 / 5;
    let dragged = scale_value_at(to, start, end);
    term.type_text(&mouse(0, from, row, true));
    term.type_text(&mouse(32, (from + to) / 2, row, true));
    term.type_text(&mouse(32, to, row, true));
    term.type_text(&mouse(0, to, row, false));
    term.wait_for("the dragged point near the right", |s| {
        s.lines()
            .nth(row)
            .and_then(|l| l.chars().position(|c| c == '●'))
            .is_some_and(|p| p > (start + end) / 2)
    });
    term.keys(&["Enter"]);

    // 4. End: the top of the scale.
    term.wait_for("the fourth scale", |s| {
        on_question(s, 4) && scale_line(s).is_some()
    });
    term.keys(&["End"]);
    term.wait_for("10.0 set", |s| {
        s.lines().any(|l| l.contains('●')) && s.matches("10.0").count() >= 2
    });
    term.keys(&["Enter"]);

    // The comment, skipped on purpose (an empty Ctrl+D only says how).
    term.wait_for("the comment", |s| on_question(s, 5));
    term.keys(&["C-d"]);
    term.wait_text("To skip the question, press Ctrl+S.");
    term.keys(&["C-s"]);
    answer_consent(&mut term, "2");
    finish_from_review(&mut term);
    term.keys(&["Enter"]);
    assert_eq!(term.wait_exit(), 0);

    let (_, journal) = term.journal("p3");
    assert!(journal.is_finished());
    let individual = number_of(&journal, "individual");
    assert!(
        (individual - 6.5).abs() < 1e-9,
        "6, then Right ×5 is 6.5; the journal has {individual}"
    );
    let relations = number_of(&journal, "relations");
    assert!(
        (relations - clicked).abs() <= 0.1 + 1e-9,
        "a click at {clicked:.2} of 10 gave {relations}"
    );
    let social = number_of(&journal, "social");
    assert!(
        (social - dragged).abs() <= 0.1 + 1e-9,
        "a drag ending at {dragged:.2} of 10 gave {social}"
    );
    assert_eq!(number_of(&journal, "overall"), 10.0);
    assert_eq!(journal.answers().get("comment"), Some(&Answer::Skipped));
    let total = score(&journal, "total");
    let sum = individual + relations + social + 10.0;
    assert!(
        (total - sum).abs() < 0.05 + 1e-9,
        "the total {total} is the sum {sum}"
    );
}

#[test]
fn a_text_being_typed_survives_resizes_and_the_too_small_screen() {
    let mut term = Term::start(
        "resize",
        (80, 24),
        "()\n",
        &["run", "post-crisis-learning", "--participant", "p4"],
    );
    to_first_long_text(&mut term);
    let typed = "It started when the neighbour played loud music all night and I could not sleep";
    term.type_text(typed);
    term.wait_text(typed);

    term.resize(100, 30);
    let screen = term.wait_for("the larger screen with the text", |s| {
        s.lines().any(|l| l.chars().count() > 80) && squash(s).contains(&squash(typed))
    });
    assert_eq!(term.display("#{window_width}x#{window_height}"), "100x30");
    assert!(
        screen.lines().any(|l| l.contains(typed)),
        "on one line at 100 columns:\n{screen}"
    );

    term.resize(60, 18);
    let screen = term.wait_for("the smallest screen with the text", |s| {
        s.lines().all(|l| l.chars().count() <= 60)
            && s.contains('┌')
            && squash(s).contains(&squash(typed))
    });
    assert!(
        !screen.contains("too small"),
        "60×18 is big enough:\n{screen}"
    );

    term.resize(50, 15);
    let screen = term.wait_text("The window is too small:");
    assert!(
        squash(&screen).contains("50×15"),
        "the message says how big the window is now:\n{screen}"
    );
    assert!(
        !squash(&screen).contains(&squash(typed)),
        "the conversation is not drawn broken under the message:\n{screen}"
    );
    // Keys do nothing on a screen nobody can see: what was typed before is kept, and
    // what is typed blind is not added behind the person's back.
    let more = " at all";
    term.type_text(more);
    term.settle();

    term.resize(80, 24);
    let whole = typed.to_owned();
    let screen = term.wait_for("the text back, as it was before the window shrank", |s| {
        !s.contains("too small") && squash(s).contains(&squash(&whole))
    });
    assert!(
        !squash(&screen).contains(&squash(more)),
        "nothing typed while the window was too small reached the answer:\n{screen}"
    );
    assert!(
        on_question(&screen, 3),
        "still the same question:\n{screen}"
    );
    term.keys(&["C-d"]);
    term.wait_for("the next question", |s| on_question(s, 4));
    term.keys(&["C-p"]);
    term.wait_text("The conversation is paused.");
    term.keys(&["Enter"]);
    term.wait_exit();

    let (_, journal) = term.journal("p4");
    assert_eq!(text_of(&journal, "trigger"), whole);
    assert!(is_paused(&journal), "the conversation is marked paused");
}

#[test]
fn kiosk_serves_two_citizens_without_showing_one_to_the_other() {
    let mut term = Term::start(
        "kiosk",
        (80, 24),
        "(staff_code: Some(\"2468\"), inactivity_minutes: Some(1))\n",
        &["kiosk", "who5"],
    );
    let first = "anna7";
    let second = "bo42";

    // The first citizen: all high answers, 22/25.
    term.wait_text("Type your pseudonym");
    term.type_text(first);
    term.wait_text(&format!("{first}▏"));
    term.keys(&["Enter"]);
    term.wait_text("Here are five statements");
    term.keys(&["Enter"]);
    answer_who5(&mut term, ["5", "5", "4", "5", "3"], "1");
    let result = finish_from_review(&mut term);
    assert!(result.contains("Score: 22/25 (88 %)"), "{result}");
    term.keys(&["Enter"]);
    term.wait_text("Thank you for your answers.");
    term.keys(&["Enter"]);

    // The second citizen: every screen from here on is theirs.
    let from = term.screens.len();
    let welcome = term.wait_for("the welcome, cleared", |s| {
        s.contains("Type your pseudonym") && !s.contains("Thank you")
    });
    assert!(
        welcome.lines().any(|l| l.trim() == "▏"),
        "the pseudonym field is empty again:\n{welcome}"
    );
    term.type_text(second);
    term.wait_text(&format!("{second}▏"));
    term.keys(&["Enter"]);
    term.wait_text("Here are five statements");
    // Back from the first step leads nowhere.
    term.keys(&["Escape"]);
    let screen = term.settle();
    assert!(screen.contains("Here are five statements"), "{screen}");
    term.keys(&["Enter"]);
    for (index, digit) in ["1", "2", "1", "0", "2"].iter().enumerate() {
        let n = index as u32 + 1;
        let question = term.wait_for(&format!("question {n}"), |s| {
            on_question(s, n) && s.contains("At no time")
        });
        assert!(
            !question.contains("(•)"),
            "nothing is chosen before the second citizen chooses:\n{question}"
        );
        term.keys(&[digit]);
        term.wait_for(&format!("answer {digit} chosen"), |s| {
            s.contains(&format!("(•) {digit}."))
        });
        term.keys(&["Enter"]);
    }
    // The first citizen said no to sharing; the second is asked afresh.
    answer_consent(&mut term, "2");
    let review = term.wait_text(REVIEW);
    for theirs in [
        "All of the time",
        "Most of the time",
        "More than half of the time",
    ] {
        assert!(
            !review.contains(theirs),
            "the first citizen's answer {theirs:?} in the second's review:\n{review}"
        );
    }
    let result = finish_from_review(&mut term);
    assert!(result.contains("Score: 6/25 (24 %)"), "{result}");
    term.keys(&["Enter"]);
    term.wait_text("Thank you for your answers.");
    let seen: Vec<String> = term.screens[from..].to_vec();
    assert!(seen.len() >= 8, "the second citizen's screens: {seen:?}");
    for screen in &seen {
        for secret in [first, "22/25", "88 %"] {
            assert!(
                !screen.contains(secret),
                "the second citizen saw {secret:?} of the first:\n{screen}"
            );
        }
    }

    // Each has their own journal, in self mode, with their own answers.
    let (_, one) = term.journal(first);
    let (_, two) = term.journal(second);
    assert_eq!(one.header.participant, first);
    assert_eq!(two.header.participant, second);
    assert_eq!(one.header.mode.tag(), "self");
    assert_eq!(two.header.mode.tag(), "self");
    assert_eq!(score(&one, "raw"), 22.0);
    assert_eq!(score(&two, "raw"), 6.0);
    assert_eq!(
        one.answers().get("cheerful"),
        Some(&choice("all-of-the-time"))
    );
    assert_eq!(
        two.answers().get("cheerful"),
        Some(&choice("some-of-the-time"))
    );
    assert_eq!(two.answers().get("rested"), Some(&choice("at-no-time")));

    // Staff: a wrong code stays in the kiosk, the right one leaves it.
    term.keys(&["Enter"]);
    term.wait_text("Type your pseudonym");
    term.keys(&["C-q"]);
    term.wait_text("Staff only");
    term.type_text("1111");
    term.wait_text("••••");
    term.keys(&["Enter"]);
    let screen = term.wait_text("That was not the staff code.");
    assert!(screen.contains("Type your pseudonym"), "{screen}");
    assert_eq!(term.display("#{alternate_on}"), "1", "still in the kiosk");
    assert!(
        !term.file("exit-code").exists(),
        "a wrong code does not end the kiosk"
    );
    term.keys(&["C-q"]);
    term.wait_text("Staff only");
    term.type_text("2468");
    term.wait_text("••••");
    term.keys(&["Enter"]);
    assert_eq!(
        term.wait_exit(),
        0,
        "the staff code leaves the kiosk with 0"
    );
    term.wait_text("E2E-DONE");
    assert_eq!(term.journal_paths(first).len(), 1);
    assert_eq!(term.journal_paths(second).len(), 1);
}

/// The words of `stty -a`'s output (flags such as `icanon` or `-icanon`).
fn stty_flags(text: &str) -> Vec<String> {
    text.split(|c: char| c.is_whitespace() || c == ';')
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The first screen of a new conversation is drawn before its journal is synced. A kill
/// that cannot be caught, right when that screen shows, still leaves a whole journal: its
/// header, no block, nothing lost (nothing was answered). The next `run` offers it to
/// resume ("0 answers"), and the first answer then given is in it.
#[test]
fn a_kill_right_after_the_first_screen_leaves_a_whole_journal_to_resume() {
    let mut term = Term::start(
        "kill-first-frame",
        (80, 24),
        "()\n",
        &["run", "who5", "--participant", "p7", "--new"],
    );
    term.wait_text("Here are five statements");
    let pid = term.pid();
    let status = Command::new("kill")
        .args(["-KILL", &pid.to_string()])
        .status()
        .expect("run kill");
    assert!(status.success(), "kill -KILL {pid}");
    term.wait_text("E2E-DONE");
    let (path, journal) = term.journal("p7");
    assert_eq!(journal.header.dialogue, "who5");
    assert_eq!(journal.header.participant, "p7");
    assert!(journal.blocks.is_empty(), "{:?}", journal.blocks);
    let text = fs::read_to_string(&path).expect("read the journal");
    assert!(
        text.starts_with("samtale journal v1\n") && text.ends_with('\n'),
        "{text}"
    );

    // Started again without --new: the conversation goes on in the same journal.
    let name = path.file_name().expect("a file name").to_owned();
    let mut again = Term::start_with(
        "kill-first-frame-again",
        (80, 24),
        "()\n",
        &["run", "who5", "--participant", "p7"],
        "en",
        |data| {
            let folder = data.join("journals").join("p7");
            fs::create_dir_all(&folder).expect("the participant's folder");
            fs::copy(&path, folder.join(&name)).expect("copy the journal");
        },
    );
    // Offered as unfinished, with nothing answered yet.
    again.wait_text("(0 answers)");
    again.keys(&["Enter"]);
    again.wait_text("Here are five statements");
    again.keys(&["Enter"]);
    again.wait_for("question 1", |s| on_question(s, 1));
    again.keys(&["4", "Enter"]);
    again.wait_for("question 2", |s| on_question(s, 2));
    let (resumed, journal) = again.journal("p7");
    assert_eq!(resumed.file_name(), Some(name.as_os_str()));
    assert_eq!(
        journal.answers().get("cheerful"),
        Some(&choice("most-of-the-time"))
    );
}

#[test]
fn sigterm_saves_the_conversation_as_paused_and_gives_the_terminal_back() {
    a_signal_saves_the_conversation_as_paused_and_gives_the_terminal_back("TERM");
}

/// Sent by another process (the keyboard's Ctrl+C is a key in raw mode), SIGINT and
/// SIGQUIT must not leave the terminal raw on the alternate screen either.
#[test]
fn sigint_and_sigquit_save_the_conversation_as_paused_and_give_the_terminal_back() {
    a_signal_saves_the_conversation_as_paused_and_gives_the_terminal_back("INT");
    a_signal_saves_the_conversation_as_paused_and_gives_the_terminal_back("QUIT");
}

fn a_signal_saves_the_conversation_as_paused_and_gives_the_terminal_back(signal: &str) {
    let mut term = Term::start(
        &format!("sig{}", signal.to_lowercase()),
        (80, 24),
        "()\n",
        &["run", "who5", "--participant", "p6"],
    );
    term.wait_text("Here are five statements");
    // While samtale runs, the terminal is in its hands.
    assert_eq!(term.display("#{alternate_on}"), "1");
    assert_ne!(
        term.display("#{mouse_any_flag}"),
        "0",
        "mouse reporting is on"
    );
    term.keys(&["Enter"]);
    term.wait_for("question 1", |s| on_question(s, 1));
    term.keys(&["4", "Enter"]);
    term.wait_for("question 2", |s| on_question(s, 2));
    term.keys(&["3", "Enter"]);
    term.wait_for("question 3", |s| on_question(s, 3));

    let pid = term.pid();
    let status = Command::new("kill")
        .args([&format!("-{signal}"), &pid.to_string()])
        .status()
        .expect("run kill");
    assert!(status.success(), "kill -{signal} {pid}");
    assert_eq!(
        term.wait_exit(),
        5,
        "a conversation paused by a signal ends with 5"
    );
    let screen = term.wait_text("E2E-DONE");
    assert!(screen.contains("E2E-EXIT:5"), "{screen}");

    // The terminal is given back.
    assert_eq!(
        term.display("#{alternate_on}"),
        "0",
        "the alternate screen is off"
    );
    assert_eq!(
        term.display("#{mouse_any_flag}"),
        "0",
        "mouse reporting is off"
    );
    assert_eq!(
        term.display("#{mouse_all_flag}"),
        "0",
        "mouse motion reporting is off"
    );
    assert_eq!(
        term.display("#{mouse_sgr_flag}"),
        "0",
        "SGR mouse reporting is off"
    );
    assert_eq!(term.display("#{cursor_flag}"), "1", "the cursor is shown");
    let after = fs::read_to_string(term.file("stty-after.txt")).expect("stty after");
    let flags = stty_flags(&after);
    for on in ["icanon", "echo", "isig", "icrnl", "opost"] {
        assert!(
            flags.iter().any(|f| f == on),
            "`{on}` is on again (raw mode off):\n{after}"
        );
    }
    let before = fs::read_to_string(term.file("stty-before.txt")).expect("stty before");
    assert_eq!(
        before, after,
        "the terminal's settings are as they were before samtale"
    );

    // The answers given are saved, and the conversation is marked paused.
    let (path, journal) = term.journal("p6");
    assert!(!journal.is_finished());
    assert!(is_paused(&journal), "a paused block in {}", path.display());
    let answers = journal.answers();
    assert_eq!(answers.len(), 2, "{answers:?}");
    assert_eq!(answers.get("cheerful"), Some(&choice("most-of-the-time")));
    assert_eq!(answers.get("calm"), Some(&choice("more-than-half")));
    let text = fs::read_to_string(&path).expect("read the journal");
    assert!(
        text.lines().any(|l| l.starts_with("== paused ")),
        "`== paused` in the journal:\n{text}"
    );
}

#[test]
fn ctrl_p_pauses_shows_where_it_is_saved_and_ends_with_the_paused_code() {
    let mut term = Term::start(
        "pause",
        (80, 24),
        "()\n",
        &["run", "who5", "--participant", "p7"],
    );
    term.wait_text("Here are five statements");
    term.keys(&["Enter"]);
    term.wait_for("question 1", |s| on_question(s, 1));
    term.keys(&["2", "Enter"]);
    term.wait_for("question 2", |s| on_question(s, 2));
    term.keys(&["C-p"]);
    let screen = term.wait_for("the paused screen, drawn whole", |s| {
        s.contains("The conversation is paused.") && s.contains("Saved in")
    });
    let (path, journal) = term.journal("p7");
    assert!(is_paused(&journal), "the conversation is marked paused");
    assert_eq!(
        journal.answers().get("cheerful"),
        Some(&choice("less-than-half"))
    );
    assert!(
        squash(&screen).contains(&squash(&journal_tail(&path))),
        "the paused screen shows where the journal is, its folder and file whole ({}):\n{screen}",
        path.display()
    );
    term.keys(&["Enter"]);
    // README: 5 means "the conversation was paused: it is saved and can be resumed", as in
    // the line mode.
    assert_eq!(
        term.wait_exit(),
        5,
        "`samtale run` left paused ends with the paused code"
    );
}

/// The CPU time (user and system) samtale has used so far, from /proc/PID/stat; None
/// once it has ended.
fn cpu_time(term: &Term, pid: u32, tick: f64) -> Option<Duration> {
    if !term.samtale_alive() {
        return None;
    }
    let stat = fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // After the command's name in parentheses (which may hold spaces): field 3 on.
    let fields: Vec<&str> = stat[stat.rfind(')')? + 1..].split_whitespace().collect();
    let ticks: u64 = fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?;
    Some(Duration::from_secs_f64(ticks as f64 / tick))
}

/// Clock ticks a second, the unit of /proc/PID/stat's times.
fn clock_ticks() -> f64 {
    Command::new("getconf")
        .arg("CLK_TCK")
        .output()
        .ok()
        .and_then(|o| String::from_utf8_lossy(&o.stdout).trim().parse().ok())
        .unwrap_or(100.0)
}

/// Closes the terminal under samtale (the pseudo-terminal's other side goes away with the
/// tmux server) and watches it end: how long it took, and the CPU time it used from the
/// moment the terminal closed until the last look before it ended.
fn close_the_terminal(term: &mut Term) -> (bool, Duration, Duration) {
    let pid = term.pid();
    let tick = clock_ticks();
    let before = cpu_time(term, pid, tick).expect("samtale is running");
    let closed = Instant::now();
    term.tmux(&["kill-server"]);
    let mut last = before;
    // Longer than the 2 s allowed, to tell a slow end from one that never comes.
    let deadline = closed + Duration::from_secs(5);
    while let Some(cpu) = cpu_time(term, pid, tick) {
        last = cpu;
        if Instant::now() >= deadline {
            break;
        }
        thread::sleep(Duration::from_millis(5));
    }
    let ended = !term.samtale_alive();
    let (took, cpu) = (closed.elapsed(), last.saturating_sub(before));
    eprintln!("terminal closed: ended {ended} after {took:?}, {cpu:?} of CPU since");
    (ended, took, cpu)
}

fn last_block_is_paused(journal: &Journal) -> bool {
    matches!(journal.blocks.last(), Some(Block::Paused { .. }))
}

#[test]
fn closing_the_terminal_saves_the_conversation_as_paused_and_ends_samtale() {
    let mut term = Term::start_leading(
        "hangup",
        (80, 24),
        "()\n",
        &["run", "who5", "--participant", "p8"],
    );
    term.wait_text("Here are five statements");
    term.keys(&["Enter"]);
    term.wait_for("question 1", |s| on_question(s, 1));
    term.keys(&["4", "Enter"]);
    term.wait_for("question 2", |s| on_question(s, 2));
    term.keys(&["3", "Enter"]);
    term.wait_for("question 3", |s| on_question(s, 3));
    assert!(term.samtale_alive());

    // The terminal window is closed: the terminal goes away under samtale (and the kernel
    // sends it SIGHUP).
    let (ended, took, cpu) = close_the_terminal(&mut term);
    let (path, journal) = term.journal("p8");
    let text = fs::read_to_string(&path).expect("read the journal");
    assert!(
        ended && took < Duration::from_secs(2),
        "when its terminal goes away, samtale must end within 2 s; {took:?} later it {}",
        if ended {
            "had ended"
        } else {
            "was still running"
        }
    );
    assert!(
        cpu < Duration::from_millis(300),
        "samtale used {cpu:?} of CPU after its terminal went away: it must not spin"
    );
    assert!(
        last_block_is_paused(&journal),
        "the journal ends with `paused`:\n{text}"
    );
    assert_eq!(journal.answers().len(), 2, "the answers given are saved");
}

#[test]
fn closing_the_terminal_with_the_hang_up_signal_ignored_still_pauses_and_ends() {
    // As under `nohup`: SIGHUP is ignored, so only the terminal's end tells samtale.
    let mut term = Term::start_leading_ignoring_hang_up(
        "nohup",
        (80, 24),
        "()\n",
        &["run", "post-crisis-learning", "--participant", "p8n"],
    );
    to_first_long_text(&mut term);
    term.type_text("the neighbour's music");
    term.wait_text("the neighbour's music");
    let (ended, took, cpu) = close_the_terminal(&mut term);
    let (path, journal) = term.journal("p8n");
    let text = fs::read_to_string(&path).expect("read the journal");
    assert!(
        ended && took < Duration::from_secs(2),
        "with SIGHUP ignored, samtale must still end within 2 s when its terminal goes \
         away; {took:?} later it {}",
        if ended {
            "had ended"
        } else {
            "was still running"
        }
    );
    assert!(
        cpu < Duration::from_millis(300),
        "samtale used {cpu:?} of CPU after its terminal went away: it must not spin"
    );
    assert!(
        last_block_is_paused(&journal),
        "the journal ends with `paused`:\n{text}"
    );
    assert_eq!(
        journal.drafts().get("trigger"),
        Some(&vec![(
            "text".to_owned(),
            "the neighbour's music".to_owned()
        )]),
        "the text typed is kept as a draft:\n{text}"
    );
}

// ---------------------------------------------------------------------------------------
// What is recorded is what the person chose (issue: recorded answers)
// ---------------------------------------------------------------------------------------

/// `journals/PARTICIPANT/FILE`: what a shown path never shortens (a long data folder in
/// front of it is shortened in the middle, so that no path is broken across lines).
fn journal_tail(path: &Path) -> String {
    let parts: Vec<String> = path
        .components()
        .rev()
        .take(3)
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    parts.into_iter().rev().collect::<Vec<_>>().join("/")
}

/// The journal of a conversation that has only just begun (no answers yet).
fn journal_so_far(term: &Term, participant: &str) -> Journal {
    let paths = term.journal_paths(participant);
    let path = paths.last().expect("a journal");
    let text = fs::read_to_string(path).expect("read the journal");
    samtale::journal::format::parse(&text)
        .unwrap_or_else(|e| panic!("{}:{}: {}\n{text}", path.display(), e.line, e.detail))
}

fn pause_and_leave(term: &mut Term) -> i32 {
    term.keys(&["C-p"]);
    term.wait_text("The conversation is paused.");
    term.keys(&["Enter"]);
    term.wait_exit()
}

#[test]
fn an_untouched_enter_records_nothing_and_a_digit_then_an_arrow_records_the_row_marked() {
    let mut term = Term::start(
        "untouched",
        (80, 24),
        "()\n",
        &["run", "who5", "--participant", "p11"],
    );
    term.wait_text("Here are five statements");
    term.keys(&["Enter"]);
    term.wait_for("question 1, nothing marked", |s| {
        on_question(s, 1) && s.contains("At no time") && !s.contains('▸')
    });
    // Enter six times on an untouched item: nothing is recorded, and it says how.
    for _ in 0..6 {
        term.keys(&["Enter"]);
    }
    let screen = term.wait_text("Choose an answer with the arrow keys");
    assert!(on_question(&screen, 1), "still on question 1:\n{screen}");
    assert!(journal_so_far(&term, "p11").answers().is_empty());

    // 4, then ↓: the row marked is 3, and 3 is what Enter records.
    term.keys(&["4", "Down"]);
    term.wait_for("3 marked and chosen", |s| {
        s.lines().any(|l| l.contains('▸') && l.contains("(•) 3.")) && !s.contains("(•) 4.")
    });
    term.keys(&["Enter"]);
    term.wait_for("question 2", |s| on_question(s, 2));
    assert_eq!(pause_and_leave(&mut term), 5);
    let (_, journal) = term.journal("p11");
    assert_eq!(
        journal.answers().get("cheerful"),
        Some(&choice("more-than-half"))
    );
    assert_eq!(journal.answers().len(), 1, "{:?}", journal.answers());
}

#[test]
fn the_review_opens_on_finishing_and_enter_finishes() {
    let mut term = Term::start(
        "review",
        (80, 24),
        "()\n",
        &["run", "who5", "--participant", "p12"],
    );
    term.wait_text("Here are five statements");
    term.keys(&["Enter"]);
    answer_who5(&mut term, ["5", "4", "3", "2", "1"], "1");
    term.wait_for("the review, the finishing row marked", |s| {
        s.contains(REVIEW) && s.lines().any(|l| l.contains('▸') && l.contains(FINISH))
    });
    term.keys(&["Enter"]);
    term.wait_for("the result", |s| s.lines().any(|l| l.trim() == "Result"));
    term.keys(&["Enter"]);
    assert_eq!(term.wait_exit(), 0);
    let (_, journal) = term.journal("p12");
    assert!(journal.is_finished());
    assert_eq!(score(&journal, "raw"), 15.0);
}

#[test]
fn yes_no_answers_to_its_numbers_and_an_untouched_enter_does_not_skip_it() {
    let mut term = Term::start(
        "yesno",
        (80, 24),
        "()\n",
        &["run", "post-crisis-learning", "--participant", "p13"],
    );
    term.wait_text("Learning after a crisis");
    term.keys(&["Enter"]);
    term.wait_text("Is this a good time to talk about it?");
    term.keys(&["Enter"]);
    term.wait_text("Choose an answer with the arrow keys");
    assert!(journal_so_far(&term, "p13").answers().is_empty());
    term.keys(&["2"]);
    term.wait_for("no marked", |s| s.contains("(•) 2. No"));
    term.keys(&["1"]);
    term.wait_for("yes marked", |s| s.contains("(•) 1. Yes"));
    let screen = term.screen();
    assert!(
        screen.contains("1/2 y/n"),
        "the footer names the keys:\n{screen}"
    );
    term.keys(&["Enter"]);
    term.wait_text("What would you like to talk about?");
    assert_eq!(pause_and_leave(&mut term), 5);
    let (_, journal) = term.journal("p13");
    assert_eq!(
        journal.answers().get("ready"),
        Some(&Answer::Given(Value::YesNo(true)))
    );
}

#[test]
fn digits_typed_in_a_row_build_one_number_on_the_fit_line() {
    let mut term = Term::start(
        "twokeys",
        (80, 24),
        "()\n",
        &["run", "fit-ors", "--participant", "p14"],
    );
    term.wait_text("FIT");
    term.keys(&["Enter"]);
    term.wait_for("the first line", |s| {
        on_question(s, 1) && scale_line(s).is_some()
    });
    term.keys(&["1", "0"]);
    term.wait_text("10▏");
    term.keys(&["Enter"]);
    term.wait_for("the second line", |s| on_question(s, 2));
    term.keys(&["7", ",", "5"]);
    term.wait_text("7,5▏");
    term.keys(&["Enter"]);
    term.wait_for("the third line", |s| on_question(s, 3));
    term.keys(&["3", ".", "2", "5", "Enter"]);
    let screen = term.wait_text("cannot be set on the line");
    assert!(
        on_question(&screen, 3),
        "still on the third line:\n{screen}"
    );
    term.keys(&["BSpace", "Enter"]);
    term.wait_for("the fourth line", |s| on_question(s, 4));
    term.keys(&["End", "Enter"]);
    term.wait_for("the comment", |s| on_question(s, 5));
    assert_eq!(pause_and_leave(&mut term), 5);
    let (_, journal) = term.journal("p14");
    assert_eq!(number_of(&journal, "individual"), 10.0);
    assert_eq!(number_of(&journal, "relations"), 7.5);
    assert_eq!(number_of(&journal, "social"), 3.2);
    assert_eq!(number_of(&journal, "overall"), 10.0);
}

#[test]
fn text_left_with_esc_comes_back_and_a_pause_keeps_it_as_a_draft() {
    let mut term = Term::start(
        "draft",
        (80, 24),
        "()\n",
        &["run", "post-crisis-learning", "--participant", "p15"],
    );
    to_first_long_text(&mut term);
    term.type_text("the neighbour's music");
    term.wait_text("the neighbour's music");
    term.keys(&["Escape"]);
    term.wait_for("back on the question before", |s| {
        s.contains("(•) 1. A crisis")
    });
    term.keys(&["Enter"]);
    term.wait_for("the text back in its field", |s| {
        s.contains("What was it that set off the crisis?") && s.contains("the neighbour's music")
    });
    term.keys(&["C-p"]);
    let screen = term.wait_text("The conversation is paused.");
    assert!(
        squash(&screen).contains(&squash("is saved as a draft")),
        "the pause says the words were kept:\n{screen}"
    );
    term.keys(&["Enter"]);
    assert_eq!(term.wait_exit(), 5);
    let (_, journal) = term.journal("p15");
    assert!(!journal.answers().contains_key("trigger"), "not an answer");
    assert_eq!(
        journal.drafts().get("trigger"),
        Some(&vec![(
            "text".to_owned(),
            "the neighbour's music".to_owned()
        )])
    );
}

#[test]
fn letters_on_the_contacts_list_never_delete_anyone() {
    let mut term = Term::start(
        "contacts",
        (80, 24),
        "()\n",
        &["run", "crisis-plan", "--participant", "p16"],
    );
    term.wait_text("crisis plan");
    for _ in 0..20 {
        let screen = term.settle();
        if screen.contains("Who can you ask for help when things are hard?") {
            break;
        }
        term.keys(&["C-s"]);
    }
    term.keys(&["+"]);
    term.type_text("Karsten");
    term.keys(&["Tab", "Tab", "Enter"]);
    term.wait_text("1. Name: Karsten");
    term.keys(&["Home"]);
    term.type_text("Frida");
    term.wait_text("Letters do nothing on the list");
    term.keys(&["DC"]);
    term.wait_text("Remove “Name: Karsten”?");
    term.keys(&["x"]);
    term.wait_text("Nothing was removed.");
    let screen = term.screen();
    assert!(screen.contains("1. Name: Karsten"), "{screen}");
    assert_eq!(pause_and_leave(&mut term), 5);
    let (_, journal) = term.journal("p16");
    let Some(Answer::Given(Value::Entries(entries))) = journal.answers().get("contacts").cloned()
    else {
        panic!("the contacts were recorded: {:?}", journal.answers());
    };
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0].get("name"), Some("Karsten"));
}

#[test]
fn a_full_disk_stops_at_the_unsaved_answer_keeps_it_and_ends_with_code_4() {
    let Some(disk) = common::tmpfs::Tmpfs::mount("e2e-full", "256k") else {
        return;
    };
    let data = disk.dir.to_string_lossy().into_owned();
    let mut term = Term::start(
        "diskfull",
        (80, 24),
        "()\n",
        &[
            "--data-dir",
            &data,
            "run",
            "post-crisis-learning",
            "--participant",
            "p20",
        ],
    );
    let journal = || {
        let folder = disk.dir.join("journals").join("p20");
        let path = fs::read_dir(&folder)
            .expect("the participant's folder")
            .map(|e| e.expect("an entry").path())
            .find(|p| p.extension().is_some_and(|e| e == "txt"))
            .expect("a journal");
        let text = fs::read_to_string(&path).expect("read the journal");
        samtale::journal::format::parse(&text)
            .unwrap_or_else(|e| panic!("the journal parses strictly: {e:?}\n{text}"))
    };
    to_first_long_text(&mut term);

    // The disk fills up; an answer longer than what is left of the journal's last page
    // cannot be written.
    let filler = disk.fill();
    let long = "Naboen spillede musik hele natten. ".repeat(200);
    term.tmux(&["set-buffer", "-b", "e2e", &long]);
    term.tmux(&["paste-buffer", "-p", "-b", "e2e", "-t", SESSION]);
    term.wait_text("Naboen spillede musik");
    term.keys(&["C-d"]);
    let screen = term.wait_text("The answer was not saved");
    assert!(
        squash(&screen).contains(&squash("The disk is full")),
        "{screen}"
    );
    assert!(
        !screen.contains("Saved in"),
        "nothing claims to be saved:\n{screen}"
    );
    assert!(
        !journal().answers().contains_key("trigger"),
        "nothing of the failed answer is in the journal"
    );
    term.keys(&["Enter"]);
    // The screen before Enter has the question and the text too (under the message): wait
    // for the message to go, not for the first capture.
    term.wait_for("the message gone and the answer still on screen", |s| {
        s.contains("What was it that set off the crisis?")
            && s.contains("Naboen spillede")
            && !s.contains("The answer was not saved")
    });

    // Room again: Ctrl+D writes the same answer, once, and the conversation goes on.
    fs::remove_file(&filler).expect("free the disk");
    term.keys(&["C-d"]);
    term.wait_text("What did you experience happening?");
    let written = journal();
    assert_eq!(text_of(&written, "trigger"), long);
    let blocks = written
        .blocks
        .iter()
        .filter(|b| matches!(b, Block::Answer { step, .. } if step == "trigger"))
        .count();
    assert_eq!(blocks, 1, "written once");

    // Full again, and the conversation is ended from outside: nothing of the last answer
    // or of the pause could be saved, so samtale ends with the storage code.
    let filler = disk.fill();
    term.tmux(&["set-buffer", "-b", "e2e", &long]);
    term.tmux(&["paste-buffer", "-p", "-b", "e2e", "-t", SESSION]);
    term.keys(&["C-d"]);
    term.wait_text("The answer was not saved");
    let pid = term.pid();
    let status = Command::new("kill")
        .args(["-TERM", &pid.to_string()])
        .status()
        .expect("run kill");
    assert!(status.success());
    assert_eq!(term.wait_exit(), 4, "an answer never written ends with 4");
    let written = journal();
    assert!(!written.answers().contains_key("experience"));
    assert_eq!(written.answers().len(), 3, "{:?}", written.answers());
    drop(filler);
}

// ---------------------------------------------------------------------------------------
// A citizen alone
// ---------------------------------------------------------------------------------------

#[test]
fn self_mode_in_danish_reads_calmly_shows_whom_to_call_and_hands_the_screen_back() {
    let mut term = Term::start_with(
        "self-da",
        (80, 24),
        "(staff_code: Some(\"4321\"))\n",
        &["run", "who5", "--participant", "p30", "--mode", "self"],
        "da",
        |_| {},
    );
    term.wait_text("Her er fem udsagn");
    term.keys(&["Enter"]);
    for n in 1..=5 {
        term.wait_for(&format!("udsagn {n}"), |s| {
            s.contains(&format!("Spørgsmål {n} af 6"))
        });
        term.keys(&["0", "Enter"]);
    }
    // The consent question, in Danish: 1, it stays between us.
    let question = term.wait_for("the consent question", |s| {
        s.contains("Spørgsmål 6 af 6") && s.contains("Nej, det bliver mellem os")
    });
    assert!(!question.contains("(•)"), "nothing chosen yet:\n{question}");
    term.keys(&["1"]);
    term.wait_for("no chosen", |s| {
        s.lines()
            .any(|l| l.contains("(•) 1.") && l.contains("Nej, det bliver mellem os"))
    });
    term.keys(&["Enter"]);
    term.wait_text("Skal vi skrive det sådan?");
    term.keys(&["Enter"]);
    let screen = term.wait_text("Resultat");
    for shown in [
        "Dine svar tyder på",
        "70 201 201",
        "112",
        "Dine svar er gemt",
    ] {
        assert!(
            squash(&screen).contains(&squash(shown)),
            "{shown:?}:\n{screen}"
        );
    }
    for hidden in ["depression", "diagnose", "journals/", "konfigurationsfil"] {
        assert!(!screen.contains(hidden), "{hidden:?}:\n{screen}");
    }
    term.keys(&["Enter"]);
    term.wait_text("Giv skærmen tilbage til personalet");
    term.keys(&["Escape", "Enter", "h"]);
    term.settle();
    assert!(term.samtale_alive(), "only the staff code leaves");
    term.keys(&["C-q"]);
    term.type_text("4321");
    term.keys(&["Enter"]);
    assert_eq!(term.wait_exit(), 0);
    let (_, journal) = term.journal("p30");
    assert!(journal.is_finished());
    assert_eq!(score(&journal, "raw"), 0.0);
}

#[test]
fn the_not_ready_pause_of_a_crisis_dialogue_shows_whom_to_call_in_danish() {
    let mut term = Term::start_with(
        "notready-da",
        (80, 24),
        "()\n",
        &["run", "post-crisis-learning", "--participant", "p31"],
        "da",
        |_| {},
    );
    term.wait_text("Læring efter en krise");
    term.keys(&["Enter"]);
    term.wait_text("Er det et godt tidspunkt");
    term.keys(&["2", "Enter"]);
    let screen = term.wait_text("Samtalen er sat på pause.");
    assert!(screen.contains("112"), "{screen}");
    assert!(screen.contains("70 201 201"), "{screen}");
    term.keys(&["Enter"]);
    assert_eq!(term.wait_exit(), 5);
}

#[test]
fn the_kiosk_clears_a_result_by_itself_and_makes_wrong_codes_wait_in_english() {
    let mut term = Term::start(
        "kiosk-alone",
        (80, 24),
        "(staff_code: Some(\"4321\"), kiosk_result_seconds: Some(2))\n",
        &["kiosk", "who5"],
    );
    term.wait_text("Welcome");
    term.type_text("p32");
    term.keys(&["Enter"]);
    term.wait_text("Here are five statements");
    term.keys(&["Enter"]);
    answer_who5(&mut term, ["4", "4", "4", "4", "4"], "2");
    term.wait_text(REVIEW);
    term.keys(&["Enter"]);
    let screen = term.wait_text("Result");
    assert!(screen.contains("Your answers are saved."), "{screen}");
    assert!(!screen.contains("journals/"), "{screen}");
    // Two seconds later the next person sees the welcome, not the result.
    let screen = term.wait_for("the welcome again", |s| {
        s.contains("Welcome") && !s.contains("20/25")
    });
    assert!(!screen.contains("p32"), "{screen}");

    for _ in 0..3 {
        term.keys(&["C-q"]);
        term.wait_text("staff code");
        term.type_text("1111");
        term.keys(&["Enter"]);
        term.wait_text("That was not the staff code.");
    }
    term.keys(&["C-q"]);
    term.wait_text("Too many wrong codes");
    assert!(term.samtale_alive());
    let journals = term.journal_paths("p32");
    assert_eq!(journals.len(), 1, "{journals:?}");
}

#[test]
fn a_burst_of_typing_without_bracketed_paste_shows_whole_at_once() {
    let mut term = Term::start(
        "burst",
        (80, 24),
        "()\n",
        &["run", "post-crisis-learning", "--participant", "p33"],
    );
    to_first_long_text(&mut term);
    // 2 KB sent as keys, as a terminal without bracketed paste sends a paste.
    let burst = "abcdefghij ".repeat(186);
    term.type_text(&burst);
    let screen = term.wait_for("all of it, without another key", |s| {
        squash(s).contains(&squash(&burst[burst.len() - 40..]))
    });
    assert!(
        screen.contains('▲'),
        "a long answer shows there is more above:\n{screen}"
    );
    term.keys(&["C-d"]);
    term.wait_text("What did you experience happening?");
    assert_eq!(pause_and_leave(&mut term), 5);
    let (_, journal) = term.journal("p33");
    assert_eq!(text_of(&journal, "trigger"), burst);
}

#[test]
fn self_mode_in_english_reads_calmly_shows_whom_to_call_and_hands_the_screen_back() {
    let mut term = Term::start(
        "self-en",
        (80, 24),
        "(staff_code: Some(\"4321\"))\n",
        &["run", "who5", "--participant", "p34", "--mode", "self"],
    );
    term.wait_text("Here are five statements");
    term.keys(&["Enter"]);
    answer_who5(&mut term, ["0", "0", "0", "0", "0"], "1");
    term.wait_text(REVIEW);
    term.keys(&["Enter"]);
    let screen = term.wait_text("Result");
    for shown in [
        "Your answers suggest",
        "70 201 201",
        "112",
        "Your answers are saved.",
    ] {
        assert!(
            squash(&screen).contains(&squash(shown)),
            "{shown:?}:\n{screen}"
        );
    }
    for hidden in ["depression", "diagnosis", "journals/", "config"] {
        assert!(!screen.contains(hidden), "{hidden:?}:\n{screen}");
    }
    term.keys(&["Enter"]);
    term.wait_text("Please hand the screen back to staff.");
    term.keys(&["Escape", "Enter"]);
    term.settle();
    assert!(term.samtale_alive(), "only the staff code leaves");
    term.keys(&["C-q"]);
    term.type_text("4321");
    term.keys(&["Enter"]);
    assert_eq!(term.wait_exit(), 0);
}

#[test]
fn the_not_ready_pause_of_a_crisis_dialogue_shows_whom_to_call_in_english() {
    let mut term = Term::start(
        "notready-en",
        (80, 24),
        "()\n",
        &["run", "post-crisis-learning", "--participant", "p35"],
    );
    term.wait_text("Learning after a crisis");
    term.keys(&["Enter"]);
    term.wait_text("Is this a good time to talk about it?");
    term.keys(&["2", "Enter"]);
    let screen = term.wait_text("The conversation is paused.");
    assert!(
        screen.contains("112") && screen.contains("70 201 201"),
        "{screen}"
    );
    term.keys(&["Enter"]);
    assert_eq!(term.wait_exit(), 5);
}

#[test]
fn the_kiosk_in_danish_clears_a_result_marks_the_journal_and_makes_wrong_codes_wait() {
    let mut term = Term::start_with(
        "kiosk-da",
        (80, 24),
        "(staff_code: Some(\"4321\"), kiosk_result_seconds: Some(2))\n",
        &["kiosk", "who5"],
        "da",
        |_| {},
    );
    term.wait_text("Velkommen");
    term.type_text("p36");
    term.keys(&["Enter"]);
    term.wait_text("Her er fem udsagn");
    term.keys(&["Enter"]);
    for n in 1..=5 {
        term.wait_for(&format!("udsagn {n}"), |s| {
            s.contains(&format!("Spørgsmål {n} af 6"))
        });
        term.keys(&["3", "Enter"]);
    }
    term.wait_text("Spørgsmål 6 af 6");
    term.keys(&["2", "Enter"]);
    term.wait_text("Skal vi skrive det sådan?");
    term.keys(&["Enter"]);
    let screen = term.wait_text("Resultat");
    assert!(screen.contains("Dine svar er gemt."), "{screen}");
    assert!(
        !screen.contains("siden sidst"),
        "no comparison in the kiosk:\n{screen}"
    );
    term.wait_for("the welcome again", |s| {
        s.contains("Velkommen") && !s.contains("15/25")
    });
    for _ in 0..3 {
        term.keys(&["C-q"]);
        term.wait_text("personalekoden");
        term.type_text("1111");
        term.keys(&["Enter"]);
        term.wait_text("Det var ikke personalekoden.");
    }
    term.keys(&["C-q"]);
    term.wait_text("For mange forkerte koder");
    assert!(term.samtale_alive());
    // The journal says it was entered at the kiosk, and staff's history says it is not
    // yet seen: it counts in no trend until a staff member has seen it.
    let (path, journal) = term.journal("p36");
    assert!(journal.is_finished());
    let text = fs::read_to_string(&path).expect("read the journal");
    assert!(text.contains("entered: kiosk"), "{text}");
    let output = Command::new(env!("CARGO_BIN_EXE_samtale"))
        .env("SAMTALE_DATA_DIR", &term.data)
        .arg("--config")
        .arg(term.root.join("config.ron"))
        .args(["--lang", "da", "history", "--participant", "p36"])
        .output()
        .expect("run history");
    let listed = String::from_utf8_lossy(&output.stdout);
    assert!(
        listed.contains("fra kiosken, ikke set endnu"),
        "{listed}{}",
        String::from_utf8_lossy(&output.stderr)
    );
}
