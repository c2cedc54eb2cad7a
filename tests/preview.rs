//! `samtale preview FILE` in a real terminal: the script being written runs as a
//! rehearsal, and every save of the script or its `.ftl` files shows at once, on the same
//! step; a broken save shows its problems at file:line:column over the last good version,
//! and a fixed one runs again. Nothing is written: no journal, no rehearsal, not even the
//! data folder's sub-folders.

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use common::tmux::*;

/// A new dialogue made by `samtale new` in a folder of its own.
fn new_guide(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("preview-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).expect("a folder for the guide");
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_samtale"))
        .args(["new", "my-guide", "--dir"])
        .arg(&dir)
        .env("SAMTALE_DATA_DIR", dir.join("unused"))
        .stdout(std::process::Stdio::null())
        .status()
        .expect("run samtale new");
    assert!(status.success());
    dir
}

/// Replaces `old` by `new` in a file, as an editor saving it would.
fn edit(path: &Path, old: &str, new: &str) {
    let text = fs::read_to_string(path).expect("read");
    assert!(text.contains(old), "{old:?} not in {}", path.display());
    fs::write(path, text.replacen(old, new, 1)).expect("write");
}

/// Every file under a folder.
fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    if let Ok(entries) = fs::read_dir(dir) {
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                found.extend(files_under(&path));
            } else {
                found.push(path);
            }
        }
    }
    found
}

#[test]
fn a_saved_change_shows_on_the_same_step_and_a_broken_one_shows_where() {
    let dir = new_guide("edit");
    let script = dir.join("my-guide.ron");
    let ftl_en = dir.join("locales/en/my-guide.ftl");
    let ftl_da = dir.join("locales/da/my-guide.ftl");
    let script_arg = script.display().to_string();
    let mut term = Term::start("preview", (80, 24), "()", &["preview", &script_arg]);
    term.wait_text("Welcome.");
    term.wait_text("Ctrl+R start again");
    term.keys(&["Enter"]);
    term.wait_text("What would you like to be called?");
    term.type_text("Anna");
    term.keys(&["Enter"]);
    let screen = term.wait_text("How are you today?");
    assert!(on_question(&screen, 2), "{screen}");

    // The text changes in the .ftl: the same step, the new words.
    edit(
        &ftl_en,
        "my-guide-mood = How are you today?",
        "my-guide-mood = How have you been this week?",
    );
    let screen = term.wait_text("How have you been this week?");
    assert!(on_question(&screen, 2), "{screen}");

    // A bracket left open in the script: the problem at file:line:column, the last good
    // version still running beneath it.
    let good = fs::read_to_string(&script).expect("read");
    edit(
        &script,
        "Number(min: Some(0.0), max: Some(7.0))),",
        "Number(min: Some(0.0), max: Some(7.0)),",
    );
    let screen = term.wait_text("the last good version keeps running");
    let squashed = squash(&screen);
    assert!(squashed.contains("my-guide.ron:"), "{screen}");
    assert!(
        screen.lines().any(|l| l.contains("my-guide.ron:") && {
            let after = l.split("my-guide.ron:").nth(1).unwrap_or("");
            let mut parts = after.split(':');
            parts.next().is_some_and(|n| n.parse::<u32>().is_ok())
                && parts.next().is_some_and(|n| n.parse::<u32>().is_ok())
        }),
        "no file:line:column on screen:\n{screen}"
    );
    assert!(screen.contains("How have you been this week?"), "{screen}");

    // Fixed, with a new step before this one: the problems go, and the conversation is
    // still on the same question (now the third).
    fs::write(
        &script,
        good.replacen(
            "            Step(id: \"mood\",",
            "            Step(id: \"sleep\", kind: ShortText()),\n            Step(id: \"mood\",",
            1,
        ),
    )
    .expect("write");
    // Its message is missing: an error, placed, until the .ftl files have it.
    term.wait_text("my-guide-sleep");
    fs::write(
        &ftl_en,
        fs::read_to_string(&ftl_en).expect("read") + "my-guide-sleep = How have you slept?\n",
    )
    .expect("write");
    fs::write(
        &ftl_da,
        fs::read_to_string(&ftl_da).expect("read") + "my-guide-sleep = Hvordan har du sovet?\n",
    )
    .expect("write");
    let screen = term.wait_for("the step after the new one", |s| {
        on_question(s, 3) && !s.contains("Errors –")
    });
    assert!(screen.contains("How have you been this week?"), "{screen}");

    // The step the author is on is removed: the nearest earlier one, with a note.
    let now = fs::read_to_string(&script).expect("read");
    fs::write(
        &script,
        now.replacen(
            "            Step(id: \"mood\", kind: Scale(min: 0.0, max: 10.0, step: 1.0)),\n",
            "",
            1,
        )
        .replacen("items: [\"mood\", \"nights\"]", "items: [\"nights\"]", 1),
    )
    .expect("write");
    let screen = term.wait_text("The step “mood” is no longer there");
    assert!(screen.contains("How have you slept?"), "{screen}");
    assert!(on_question(&screen, 2), "{screen}");

    term.keys(&["C-q"]);
    assert_eq!(term.wait_exit(), 0);
    // Nothing was written: no journal, no rehearsal.
    assert_eq!(files_under(&term.data), Vec::<PathBuf>::new());
}

#[test]
fn a_script_that_never_loaded_shows_its_problems_alone_and_starts_when_fixed() {
    let dir = new_guide("broken");
    let script = dir.join("my-guide.ron");
    let good = fs::read_to_string(&script).expect("read");
    fs::write(
        &script,
        good.replacen("id: \"my-guide\"", "id: \"my_guide\"", 1),
    )
    .expect("write");
    let script_arg = script.display().to_string();
    let mut term = Term::start("preview-broken", (80, 24), "()", &["preview", &script_arg]);
    let screen = term.wait_text("the conversation starts when they are fixed");
    assert!(squash(&screen).contains("my-guide.ron:8:"), "{screen}");
    assert!(!screen.contains("Welcome."), "{screen}");
    fs::write(&script, &good).expect("write");
    term.wait_text("Welcome.");
    term.keys(&["Enter"]);
    term.wait_text("What would you like to be called?");
    term.keys(&["C-q"]);
    assert_eq!(term.wait_exit(), 0);
    assert_eq!(files_under(&term.data), Vec::<PathBuf>::new());
}

#[test]
fn preview_without_a_terminal_says_so_and_writes_nothing() {
    let dir = new_guide("plain");
    let sandbox = common::Sandbox::new("preview-plain");
    let script = dir.join("my-guide.ron");
    let out = sandbox.run(
        &["preview", &script.display().to_string(), "--lang", "da"],
        "",
    );
    out.expect_code(2);
    assert!(
        out.stderr
            .contains("samtale preview viser samtaleguiden i terminalen"),
        "{}",
        out.stderr
    );
    assert_eq!(files_under(&sandbox.data), Vec::<PathBuf>::new());
}
