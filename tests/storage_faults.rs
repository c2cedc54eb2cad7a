//! When the disk says no (issue 7, points 13–17 and 19): what is on disk afterwards.
//!
//! - 13: a failed append leaves the journal exactly as before, and the same block goes
//!   in once there is space again; the journal parses strictly throughout.
//! - 14: a line added by hand to a finished journal makes it damaged (reported at its
//!   file and line, never cut, never resumed); a crash-cut last block is still resumed.
//! - 15: a failed start on a full disk leaves no journal behind.
//! - 16: `export --output` refuses the data folder and an existing file (unless
//!   `--force`), and removes temporary files an earlier export left behind.
//! - 17: a FIFO named `x.txt` in a participant's folder, `check /dev/zero` and
//!   `--config /dev/zero` end within seconds.
//! - 19: a closed stdout ends quietly with exit code 0; a pseudonym too long for the file
//!   system and a data folder that is a file each get their own words.
//!
//! The disk-full tests mount a small tmpfs and so need root; without it they are skipped
//! with a printed reason, unless SAMTALE_REQUIRE_ALL=1 (CI), where a skip fails.

mod common;

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::tmpfs::Tmpfs;
use common::{Output, Sandbox, read_journal};
use samtale::engine::{Answer, Value};
use samtale::i18n::Lang;
use samtale::journal::format;
use samtale::journal::{Block, Header, Mode, Store, StoreError};

/// What a run that must not hang may take: generous for a loaded machine, far below the
/// harness's own timeout, so a hang is reported as one.
const QUICK: Duration = Duration::from_secs(15);

/// The five statements, 2 (yes, it may be shared), and Enter at the review.
const WHO5_FINISHED: &str = "4\n3\n4\n2\n5\n2\n\n";

// ---------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------

fn header(participant: &str) -> Header {
    Header {
        dialogue: "who5".into(),
        dialogue_version: 1,
        title: "WHO-5".into(),
        locale: Lang::En,
        mode: Mode::Facilitated,
        participant: participant.into(),
        facilitator: None,
        entered: None,
        follows: None,
        started: samtale::journal::store::now(),
    }
}

fn text_answer(step: &str, text: &str) -> Block {
    Block::Answer {
        at: samtale::journal::store::now(),
        step: step.into(),
        question: "What would you like to say?".into(),
        shown: text.into(),
        answer: Answer::Given(Value::Text(text.into())),
    }
}

/// The file parses as it stands, without leaving anything out.
fn parses_strictly(path: &Path) -> format::Journal {
    let text = fs::read_to_string(path).expect("read the journal");
    format::parse(&text).unwrap_or_else(|e| {
        panic!(
            "{}:{}: does not parse strictly: {}\n{text}",
            path.display(),
            e.line,
            e.detail
        )
    })
}

fn txt_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "txt"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

/// The binary, run through `sh` with a file size limit of `blocks` (of 512 bytes, as
/// dash counts) and SIGXFSZ ignored, so that a write past the limit fails with EFBIG
/// part-way through, as a write on a full disk does, and no root is needed.
fn with_file_size_limit(sandbox: &Sandbox, blocks: u32, args: &[&str]) -> Command {
    let inner = sandbox.command(args);
    let mut outer = Command::new("sh");
    outer.arg("-c").arg(format!(
        "trap '' XFSZ; ulimit -f {blocks} && exec \"$0\" \"$@\""
    ));
    outer.arg(inner.get_program()).args(inner.get_args());
    for (key, value) in inner.get_envs() {
        match value {
            Some(value) => outer.env(key, value),
            None => outer.env_remove(key),
        };
    }
    if let Some(dir) = inner.get_current_dir() {
        outer.current_dir(dir);
    }
    outer
}

fn run_with_input(mut command: Command, input: &str) -> Output {
    command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = command.spawn().expect("start samtale");
    if let Some(mut stdin) = child.stdin.take() {
        let _ = stdin.write_all(input.as_bytes());
    }
    let out = wait_output(child, QUICK);
    Output {
        code: out.status.code(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// Waits at most `timeout` for a child, killing it and failing the test if it takes
/// longer: a hang is the bug these tests are about.
fn wait_output(mut child: std::process::Child, timeout: Duration) -> std::process::Output {
    let deadline = Instant::now() + timeout;
    loop {
        match child.try_wait().expect("wait for samtale") {
            Some(_) => return child.wait_with_output().expect("collect the output"),
            None if Instant::now() >= deadline => {
                let _ = child.kill();
                let out = child.wait_with_output().expect("collect the output");
                panic!(
                    "samtale did not end within {timeout:?}\n--- stdout ---\n{}\n--- stderr ---\n{}",
                    String::from_utf8_lossy(&out.stdout),
                    String::from_utf8_lossy(&out.stderr)
                );
            }
            None => std::thread::sleep(Duration::from_millis(10)),
        }
    }
}

/// Runs to the end with empty stdin, and fails if that takes more than [`QUICK`].
fn run_quickly(sandbox: &Sandbox, args: &[&str]) -> Output {
    run_with_input(sandbox.command(args), "")
}

// ---------------------------------------------------------------------------------------
// 13: a failed append leaves the journal as it was
// ---------------------------------------------------------------------------------------

#[test]
fn a_failed_append_on_a_full_disk_is_cut_back_and_the_same_block_goes_in_after() {
    let Some(tmpfs) = Tmpfs::mount("append", "64k") else {
        return;
    };
    let store = Store::new(tmpfs.dir.join("data"));
    let mut writer = store.create(&header("p1")).expect("create a journal");
    writer
        .append(&text_answer("first", "Before the disk filled up."))
        .expect("the first answer fits");
    let path = writer.path().to_path_buf();
    let before = fs::read(&path).expect("read the journal");

    let filler = tmpfs.fill();
    let long = "A long answer that does not fit. ".repeat(600);
    let block = text_answer("second", &long);
    let failed = writer.append(&block);
    assert!(
        matches!(failed, Err(StoreError::Io { .. })),
        "the append fails on a full disk: {failed:?}"
    );
    let after = fs::read(&path).expect("read the journal");
    assert!(
        after == before,
        "nothing of the failed block is left in the file: {} bytes before, {} after",
        before.len(),
        after.len()
    );
    parses_strictly(&path);
    assert!(!writer.is_broken());

    // Space comes back; the same block is appended again, and nothing torn lies before it.
    fs::remove_file(&filler).expect("free the space");
    writer.append(&block).expect("the same block goes in now");
    writer
        .append(&text_answer("third", "And after it."))
        .expect("and the next one");
    let journal = parses_strictly(&path);
    let answers = journal.answers();
    assert_eq!(
        answers.get("second"),
        Some(&Answer::Given(Value::Text(long.clone())))
    );
    assert!(answers.contains_key("third"));
    let steps: Vec<&str> = journal
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Answer { step, .. } => Some(step.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(steps, ["first", "second", "third"]);
}

#[test]
fn a_write_cut_short_in_the_line_mode_leaves_the_journal_whole_and_it_resumes() {
    let sandbox = Sandbox::new("cut-short");
    // 2 blocks of 512 bytes: the header and a few answers fit, then a write stops part-way.
    let out = run_with_input(
        with_file_size_limit(
            &sandbox,
            2,
            &[
                "run",
                "who5",
                "--participant",
                "p1",
                "--plain",
                "--lang",
                "en",
            ],
        ),
        WHO5_FINISHED,
    );
    out.expect_code(4);
    assert!(out.stderr.contains("Could not write"), "{}", out.stderr);
    let path = sandbox.journal("p1");
    let journal = parses_strictly(&path);
    assert!(!journal.is_finished());
    let saved = journal.answers().len();
    assert!(
        saved < 6,
        "the limit stopped the conversation: {saved} answers"
    );

    // Without the limit, the conversation resumes in the same file and finishes.
    let answers: String =
        "4\n3\n4\n2\n5\n2\n"
            .lines()
            .skip(saved)
            .fold(String::from("y\n"), |mut input, line| {
                input.push_str(line);
                input.push('\n');
                input
            });
    let out = sandbox.converse("who5", "p1", "en", &format!("{answers}\n"));
    out.expect_code(0);
    assert_eq!(sandbox.journal("p1"), path);
    let journal = parses_strictly(&path);
    assert!(journal.is_finished());
    assert_eq!(journal.answers().len(), 6, "five statements and consent");
}

// ---------------------------------------------------------------------------------------
// 14: damaged is not torn
// ---------------------------------------------------------------------------------------

#[test]
fn a_line_added_by_hand_to_a_finished_journal_is_reported_and_never_resumed() {
    let sandbox = Sandbox::new("hand-edit");
    sandbox
        .converse("who5", "p1", "en", WHO5_FINISHED)
        .expect_code(0);
    let path = sandbox.journal("p1");
    let mut text = fs::read_to_string(&path).expect("read");
    text.push_str("Ring til Anna i morgen\n");
    fs::write(&path, &text).expect("add a line by hand");
    let line = text.lines().count();
    let bytes = fs::read(&path).expect("read");
    let place = format!("{}:{line}", path.display());

    let history = run_quickly(
        &sandbox,
        &["history", "--participant", "p1", "--lang", "en"],
    );
    let said = format!("{}{}", history.stdout, history.stderr);
    assert!(said.contains(&place), "history names {place}:\n{said}");

    // What a front end asks before it starts the dialogue: the damaged journal, as an error.
    let store = Store::new(sandbox.data.clone());
    match store.unfinished("p1", "who5") {
        Err(StoreError::Unreadable {
            path: at, line: l, ..
        }) => {
            assert_eq!((at, l), (path.clone(), line));
        }
        other => panic!("expected the damaged journal as an error, got {other:?}"),
    }
    let listed = store.unfinished_all("p1").expect("the folder is listed");
    assert!(
        matches!(listed.as_slice(), [Err(StoreError::Unreadable { .. })]),
        "{listed:?}"
    );
    assert_eq!(fs::read(&path).expect("read"), bytes);

    // Starting the dialogue again: it says so, resumes nothing, starts nothing beside it.
    let out = sandbox.converse("who5", "p1", "en", &format!("y\n{WHO5_FINISHED}"));
    out.expect_code(4);
    assert!(out.stderr.contains(&place), "{}", out.stderr);
    assert!(out.stderr.contains("--new"), "{}", out.stderr);
    assert!(!out.stdout.contains("continue"), "{}", out.stdout);
    assert_eq!(
        fs::read(&path).expect("read"),
        bytes,
        "the journal is untouched"
    );
    assert_eq!(sandbox.journals("p1"), std::slice::from_ref(&path));

    // --new starts a new conversation beside it, and still leaves it as it is.
    let out = sandbox.run(
        &[
            "run",
            "who5",
            "--participant",
            "p1",
            "--plain",
            "--lang",
            "en",
            "--new",
        ],
        WHO5_FINISHED,
    );
    out.expect_code(0);
    assert_eq!(sandbox.journals("p1").len(), 2);
    assert_eq!(fs::read(&path).expect("read"), bytes);
}

#[test]
fn a_block_cut_short_by_a_crash_is_still_cut_off_and_resumed() {
    let sandbox = Sandbox::new("crash-cut");
    // Two answers, then the input ends: paused.
    sandbox
        .converse("who5", "p1", "en", "4\n3\n")
        .expect_code(5);
    let path = sandbox.journal("p1");
    let whole = fs::read_to_string(&path).expect("read");
    for torn in [
        // a last line without its line feed
        "\n== answer 2026-11-26T02:00:14+01:00\nstep: cheerful\nquestion: I have fel",
        // a block that stops before its `value:` line, at a line end
        "\n== answer 2026-11-26T02:00:14+01:00\nstep: cheerful\nquestion: I have felt\n",
    ] {
        fs::write(&path, format!("{whole}{torn}")).expect("tear the last block");
        let history = run_quickly(
            &sandbox,
            &["history", "--participant", "p1", "--lang", "en"],
        );
        assert!(
            !history.stdout.contains("cannot be read")
                && !history.stderr.contains("cannot be read"),
            "a crash-cut block is not damage: {}{}",
            history.stdout,
            history.stderr
        );
        assert_eq!(read_journal(&path).answers().len(), 2);
    }
    // Resuming cuts the torn block off first and goes on in the same file.
    let out = sandbox.converse("who5", "p1", "en", "y\n4\n2\n5\n2\n\n");
    out.expect_code(0);
    let journal = parses_strictly(&path);
    assert!(journal.is_finished());
    assert_eq!(journal.answers().len(), 6, "five statements and consent");
}

/// A whole first plan, in English (as in tests/crisis_plan_revision.rs).
const FIRST_PLAN: &str = "I sleep badly\n.\nThey see I do not answer\n.\n\nA walk\n.\nMusic\n.\n\
    Alcohol\n.\nThe library\n.\n+\nOle\nbrother\n12 34 56 78\n\nListen\n.\nCall me\n.\n\
    +\nMy doctor\ndoctor\n+45 11 22 33 44\n\nLock up pills\n.\nMy cat\n.\n2\nMy mother\n\n\
    Mind the cat\n.\nMother takes the cat\n.\nIn the drawer\n.\n\ny\nMy support worker\n.\n\
    In a month\n\n";

#[test]
fn a_revision_of_a_damaged_plan_says_what_is_wrong_and_writes_nothing() {
    let sandbox = Sandbox::new("damaged-plan");
    sandbox
        .converse("crisis-plan", "p1", "en", FIRST_PLAN)
        .expect_code(0);
    let plan = sandbox.journal("p1");

    // A revision begun and paused, then the plan it revises is changed by hand.
    sandbox
        .converse("crisis-plan", "p1", "en", "")
        .expect_code(5);
    let journals = sandbox.journals("p1");
    assert_eq!(journals.len(), 2, "{journals:?}");
    let revision = journals[1].clone();
    let mut text = fs::read_to_string(&plan).expect("read");
    text.push_str("a note typed by hand\n");
    fs::write(&plan, &text).expect("damage the plan");
    let place = format!("{}:{}", plan.display(), text.lines().count());
    let plan_bytes = fs::read(&plan).expect("read");
    let revision_bytes = fs::read(&revision).expect("read");

    // Resuming the revision: it cannot be followed, so no `resumed` block is written.
    let out = sandbox.converse("crisis-plan", "p1", "en", "y\n");
    out.expect_code(4);
    assert!(out.stderr.contains(&place), "{}", out.stderr);
    assert!(out.stderr.contains("start afresh"), "{}", out.stderr);
    assert_eq!(fs::read(&revision).expect("read"), revision_bytes);
    assert_eq!(fs::read(&plan).expect("read"), plan_bytes);

    // A new revision: the damaged plan is the latest, so none is started over an older one.
    let out = sandbox.run(
        &[
            "run",
            "crisis-plan",
            "--participant",
            "p1",
            "--plain",
            "--lang",
            "en",
            "--new",
        ],
        "",
    );
    out.expect_code(4);
    assert!(out.stderr.contains(&place), "{}", out.stderr);
    assert_eq!(sandbox.journals("p1").len(), 2);
    assert_eq!(fs::read(&plan).expect("read"), plan_bytes);
}

// ---------------------------------------------------------------------------------------
// 15: no empty journal after a failed start
// ---------------------------------------------------------------------------------------

#[test]
fn a_failed_start_on_a_full_disk_leaves_no_journal() {
    let Some(tmpfs) = Tmpfs::mount("start", "64k") else {
        return;
    };
    let sandbox = Sandbox::new("full-start");
    let data = tmpfs.dir.join("data");
    let folder = data.join("journals").join("p1");
    fs::create_dir_all(&folder).expect("the participant's folder");
    tmpfs.fill();
    let mut command = sandbox.command(&[
        "run",
        "who5",
        "--participant",
        "p1",
        "--plain",
        "--lang",
        "en",
    ]);
    command.env("SAMTALE_DATA_DIR", &data);
    let out = run_with_input(command, WHO5_FINISHED);
    out.expect_code(4);
    assert!(out.stderr.contains("The disk is full"), "{}", out.stderr);
    assert_eq!(
        txt_files(&folder),
        Vec::<PathBuf>::new(),
        "no journal is left"
    );
}

#[test]
fn an_empty_journal_left_by_an_older_version_stands_in_the_way_of_nothing() {
    let sandbox = Sandbox::new("empty-journal");
    let folder = sandbox.participant_dir("p1");
    fs::create_dir_all(&folder).expect("the participant's folder");
    let empty = folder.join("2026-01-01T00-00-00Z-who5.txt");
    fs::write(&empty, "").expect("an empty journal");
    let out = sandbox.converse("who5", "p1", "en", WHO5_FINISHED);
    out.expect_code(0);
    assert_eq!(sandbox.journals("p1").len(), 2);
    assert_eq!(fs::read(&empty).expect("read").len(), 0, "left as it is");
}

// ---------------------------------------------------------------------------------------
// 16: export --output
// ---------------------------------------------------------------------------------------

#[test]
fn export_output_refuses_the_data_folder_and_an_existing_file_unless_forced() {
    let sandbox = Sandbox::new("export-output");
    sandbox
        .converse("who5", "p1", "en", WHO5_FINISHED)
        .expect_code(0);
    let journal = sandbox.journal("p1");
    let journal_bytes = fs::read(&journal).expect("read");
    let export = |output: &Path, force: bool| {
        let output = output.to_string_lossy().into_owned();
        let mut args = vec![
            "export", "--all", "--format", "csv", "--lang", "en", "--output", &output,
        ];
        if force {
            args.push("--force");
        }
        run_quickly(&sandbox, &args)
    };

    // A journal, and a new file in the data folder: both refused, nothing written.
    let out = export(&journal, true);
    out.expect_code(2);
    assert!(
        out.stderr.contains("inside the data folder"),
        "{}",
        out.stderr
    );
    assert_eq!(fs::read(&journal).expect("read"), journal_bytes);
    let inside = sandbox.data.join("export.csv");
    export(&inside, false).expect_code(2);
    assert!(!inside.exists());

    // An existing file outside: refused without --force, replaced with it.
    let outside = sandbox.root.join("export.csv");
    fs::write(&outside, "keep me").expect("an existing file");
    let out = export(&outside, false);
    out.expect_code(2);
    assert!(out.stderr.contains("--force"), "{}", out.stderr);
    assert_eq!(fs::read_to_string(&outside).expect("read"), "keep me");
    export(&outside, true).expect_code(0);
    let csv = fs::read_to_string(&outside).expect("read");
    assert!(csv.contains("who5"), "{csv}");

    // A new file is written without --force.
    let fresh = sandbox.root.join("fresh.csv");
    export(&fresh, false).expect_code(0);
    assert!(fs::read_to_string(&fresh).expect("read").contains("who5"));
}

#[test]
fn export_removes_temporary_files_an_earlier_export_left_behind() {
    let sandbox = Sandbox::new("export-stale");
    sandbox
        .converse("who5", "p1", "en", WHO5_FINISHED)
        .expect_code(0);
    let out_dir = sandbox.root.join("out");
    fs::create_dir_all(&out_dir).expect("an output folder");
    // No process has this PID (it is above any pid_max), so the file is left over.
    let stale = out_dir.join(".export.csv.4294967.partial");
    fs::write(&stale, "p1;who5;personal data").expect("a stale partial file");
    // This test's own process is alive and the file is fresh: another export in progress.
    let live = out_dir.join(format!(".other.csv.{}.partial", std::process::id()));
    fs::write(&live, "in progress").expect("a live partial file");
    // Not of the form: left alone.
    let unrelated = out_dir.join(".notes.partial");
    fs::write(&unrelated, "mine").expect("an unrelated file");

    let output = out_dir.join("export.csv");
    let output = output.to_string_lossy().into_owned();
    run_quickly(
        &sandbox,
        &["export", "--all", "--format", "csv", "--output", &output],
    )
    .expect_code(0);
    assert!(!stale.exists(), "the stale partial file is removed");
    assert!(live.exists(), "a partial file of a live export stays");
    assert!(unrelated.exists());
    let mut names: Vec<String> = fs::read_dir(&out_dir)
        .expect("list")
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            ".notes.partial".to_owned(),
            format!(".other.csv.{}.partial", std::process::id()),
            "export.csv".to_owned()
        ]
    );
}

#[test]
fn an_export_stopped_by_a_signal_leaves_no_temporary_file() {
    let sandbox = Sandbox::new("export-signal");
    sandbox
        .converse("who5", "p1", "en", WHO5_FINISHED)
        .expect_code(0);
    // One journal with a long answer under 3,000 names (hard links, so no disk is used):
    // an export long enough (about a second) to be stopped half-way.
    let journal = sandbox.journal("p1");
    let mut parsed = read_journal(&journal);
    let finished = parsed.blocks.pop().expect("the finished block");
    parsed
        .blocks
        .push(text_answer("note", &"a long note ".repeat(5000)));
    parsed.blocks.push(finished);
    fs::write(&journal, format::write(&parsed)).expect("rewrite the journal");
    for i in 0..3000 {
        let name = format!("2026-01-01T00-00-{i:05}Z-who5.txt");
        fs::hard_link(&journal, sandbox.participant_dir("p1").join(name)).expect("a link");
    }
    let output = sandbox.root.join("out.json");
    let output_arg = output.to_string_lossy().into_owned();
    for (signal, number) in [("TERM", 15), ("INT", 2), ("HUP", 1)] {
        let mut command = sandbox.command(&[
            "export",
            "--all",
            "--format",
            "json",
            "--output",
            &output_arg,
        ]);
        command.stdin(Stdio::null());
        let child = command.spawn().expect("start the export");
        let partial = sandbox
            .root
            .join(format!(".out.json.{}.partial", child.id()));
        let deadline = Instant::now() + QUICK;
        while !partial.exists() && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(1));
        }
        assert!(partial.exists(), "the export writes {}", partial.display());
        let killed = Command::new("kill")
            .arg(format!("-{signal}"))
            .arg(child.id().to_string())
            .status()
            .expect("run kill");
        assert!(killed.success());
        let out = wait_output(child, QUICK);
        assert_eq!(
            out.status.code(),
            Some(128 + number),
            "SIG{signal} ends the export: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(
            !partial.exists(),
            "SIG{signal}: the temporary file is removed"
        );
        assert!(!output.exists(), "SIG{signal}: no output was finished");
    }
}

// ---------------------------------------------------------------------------------------
// 17: FIFOs and devices
// ---------------------------------------------------------------------------------------

fn mkfifo(path: &Path) {
    let status = Command::new("mkfifo")
        .arg(path)
        .status()
        .expect("run mkfifo");
    assert!(status.success(), "mkfifo {}", path.display());
}

#[test]
fn a_fifo_among_the_journals_hangs_nothing() {
    let sandbox = Sandbox::new("fifo");
    sandbox
        .converse("who5", "p1", "en", WHO5_FINISHED)
        .expect_code(0);
    let fifo = sandbox.participant_dir("p1").join("x.txt");
    mkfifo(&fifo);

    let commands: [&[&str]; 5] = [
        &["history", "--participant", "p1", "--lang", "en"],
        &["export", "--all", "--format", "csv", "--lang", "en"],
        &[
            "export",
            "--participant",
            "p1",
            "--format",
            "json",
            "--lang",
            "en",
        ],
        &["trend", "who5", "--participant", "p1", "--lang", "en"],
        &["card", "--participant", "p1", "--lang", "en"],
    ];
    for args in commands {
        let out = run_quickly(&sandbox, args);
        let said = format!("{}{}", out.stdout, out.stderr);
        assert!(
            said.contains("not an ordinary file"),
            "{args:?} says what x.txt is:\n{said}"
        );
    }
    // A conversation starts and finishes beside it.
    let out = run_with_input(
        sandbox.command(&[
            "run",
            "who5",
            "--participant",
            "p1",
            "--plain",
            "--lang",
            "en",
            "--new",
        ]),
        WHO5_FINISHED,
    );
    out.expect_code(0);
    assert!(
        fs::symlink_metadata(&fifo).is_ok_and(|m| !m.is_file()),
        "the FIFO is left as it is"
    );
}

#[test]
fn check_and_config_refuse_fifos_and_devices_quickly() {
    let sandbox = Sandbox::new("devices");
    let fifo = sandbox.root.join("script.ron");
    mkfifo(&fifo);
    let fifo = fifo.to_string_lossy().into_owned();
    for target in [fifo.as_str(), "/dev/zero"] {
        let out = run_quickly(&sandbox, &["check", target, "--lang", "en"]);
        out.expect_code(1);
        assert!(
            out.stdout.contains("not an ordinary file"),
            "check {target}: {}",
            out.stdout
        );
    }
    for target in [fifo.as_str(), "/dev/zero"] {
        let out = run_quickly(&sandbox, &["--config", target, "config", "--lang", "en"]);
        out.expect_code(1);
        assert!(
            out.stderr.contains("not an ordinary file"),
            "--config {target}: {}",
            out.stderr
        );
    }
}

// ---------------------------------------------------------------------------------------
// 19: messages that fit their cause
// ---------------------------------------------------------------------------------------

/// Runs with stdout closed before samtale writes anything, as `| head -0` would.
fn with_stdout_closed(sandbox: &Sandbox, args: &[&str]) -> (Option<i32>, String) {
    let mut command = sandbox.command(args);
    command.stdin(Stdio::null());
    let mut child = command.spawn().expect("start samtale");
    drop(child.stdout.take());
    let out = wait_output(child, QUICK);
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn a_closed_stdout_ends_quietly_with_exit_code_0() {
    let sandbox = Sandbox::new("closed-pipe");
    for _ in 0..3 {
        sandbox
            .run(
                &[
                    "run",
                    "who5",
                    "--participant",
                    "p1",
                    "--plain",
                    "--lang",
                    "en",
                    "--new",
                ],
                WHO5_FINISHED,
            )
            .expect_code(0);
    }
    let commands: [&[&str]; 4] = [
        &["history", "--participant", "p1", "--lang", "en"],
        &["trend", "who5", "--participant", "p1", "--lang", "en"],
        &["export", "--all", "--format", "csv", "--lang", "en"],
        &["list", "--lang", "en"],
    ];
    for args in commands {
        let (code, stderr) = with_stdout_closed(&sandbox, args);
        assert_eq!(code, Some(0), "{args:?}: {stderr}");
        assert!(
            !stderr.contains("Broken pipe") && !stderr.contains("os error 32"),
            "{args:?}: {stderr}"
        );
        assert!(!stderr.contains("disk"), "{args:?}: {stderr}");
    }
}

#[test]
fn a_pseudonym_too_long_for_the_file_system_gets_its_own_words() {
    let sandbox = Sandbox::new("long-name");
    // 64 letters of four bytes each: a valid pseudonym, but 256 bytes as a folder name.
    let name = "𠀀".repeat(64);
    let out = sandbox.converse("who5", &name, "en", WHO5_FINISHED);
    out.expect_code(4);
    assert!(
        out.stderr.contains("too long for the file system"),
        "{}",
        out.stderr
    );
    assert!(!out.stderr.contains("disk has space"), "{}", out.stderr);
    let da = sandbox.converse("who5", &name, "da", WHO5_FINISHED);
    assert!(
        da.stderr.contains("for langt til filsystemet"),
        "{}",
        da.stderr
    );
}

#[test]
fn a_data_folder_that_is_a_file_gets_its_own_words() {
    let sandbox = Sandbox::new("data-file");
    let file = sandbox.root.join("not-a-folder");
    fs::write(&file, "").expect("a file");
    let file = file.to_string_lossy().into_owned();
    let out = sandbox.run_with_env(
        &["history", "--participant", "p1", "--lang", "en"],
        &[("SAMTALE_DATA_DIR", &file)],
        "",
    );
    out.expect_code(4);
    assert!(
        out.stderr.contains("is a file, not a folder"),
        "{}",
        out.stderr
    );
    assert!(!out.stderr.contains("disk has space"), "{}", out.stderr);
}
