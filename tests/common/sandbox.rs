//! The sandbox every test that runs the real `samtale` binary uses: a private data folder
//! and config file, one hermetic environment (no language, config or data settings of the
//! machine leak in), runs with piped stdin and a timeout, and the files a run leaves.

use std::fs;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

/// How long any one run may take before the test gives up on it. Generous: other builds
/// may be running on the same machine, and debug binaries are slow.
pub const RUN_TIMEOUT: Duration = Duration::from_secs(60);

/// How often a condition is polled while waiting for it.
const POLL: Duration = Duration::from_millis(10);

static COUNTER: AtomicUsize = AtomicUsize::new(0);

/// A temporary root folder holding `data/` (SAMTALE_DATA_DIR) and `config.ron` (`()`),
/// removed again when the test is over.
pub struct Sandbox {
    pub root: PathBuf,
    pub data: PathBuf,
    pub config: PathBuf,
}

impl Sandbox {
    /// A sandbox with an empty data folder and a config file holding `()`.
    pub fn new(name: &str) -> Sandbox {
        let sandbox = Sandbox::bare(name);
        fs::create_dir_all(&sandbox.data).expect("create the sandbox's data folder");
        fs::write(&sandbox.config, "()\n").expect("write the sandbox's config file");
        sandbox
    }

    /// A sandbox with nothing in it yet: `data` and `config` are where they would be,
    /// for tests that check what samtale creates there, or that write their own config.
    pub fn bare(name: &str) -> Sandbox {
        let unique = format!(
            "e2e-{name}-{}-{}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::SeqCst)
        );
        let root = Path::new(env!("CARGO_TARGET_TMPDIR")).join(unique);
        let _ = fs::remove_dir_all(&root);
        fs::create_dir_all(&root).expect("create the sandbox");
        Sandbox {
            data: root.join("data"),
            config: root.join("config.ron"),
            root,
        }
    }

    /// The sandbox's own home folder, so that no default config or data folder of the
    /// machine's user can be found.
    pub fn home(&self) -> PathBuf {
        self.root.join("home")
    }

    /// The binary with the one environment scrub every test run gets: no language,
    /// config or data settings inherited from the environment the tests run in, the
    /// sandbox's home and data folder, and output piped.
    fn scrubbed(&self) -> Command {
        let mut command = Command::new(env!("CARGO_BIN_EXE_samtale"));
        for (key, _) in std::env::vars_os() {
            let name = key.to_string_lossy();
            if name.starts_with("LC_")
                || name.starts_with("SAMTALE_")
                || name.starts_with("XDG_")
                || name == "LANG"
                || name == "LANGUAGE"
            {
                command.env_remove(&key);
            }
        }
        let home = self.home();
        command
            .env("HOME", &home)
            .env("XDG_CONFIG_HOME", home.join(".config"))
            .env("XDG_DATA_HOME", home.join(".local/share"))
            .env("SAMTALE_DATA_DIR", &self.data)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        command
    }

    /// The binary with the sandbox's config file and data folder.
    pub fn command(&self, args: &[&str]) -> Command {
        let mut command = self.scrubbed();
        command
            // A relative path the binary might wrongly write to lands inside the sandbox.
            .current_dir(&self.data)
            .arg("--config")
            .arg(&self.config)
            .args(args);
        command
    }

    /// The binary run from the package root (so that fixture paths can be given as the
    /// docs give them, relative to it), with no `--config`: only what `args` says, else
    /// the default config place in the sandbox's home, where there is none.
    pub fn command_in_package(&self, args: &[&str]) -> Command {
        let mut command = self.scrubbed();
        command
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .stdin(Stdio::null())
            .args(args);
        command
    }

    /// Starts the binary; stdin stays open until written to and closed.
    pub fn spawn(&self, args: &[&str]) -> Running {
        Running::start(self.command(args))
    }

    /// Starts the binary with extra environment variables.
    pub fn spawn_with_env(&self, args: &[&str], env: &[(&str, &str)]) -> Running {
        let mut command = self.command(args);
        for (key, value) in env {
            command.env(key, value);
        }
        Running::start(command)
    }

    /// Runs the binary to its end with this as all of its stdin.
    pub fn run(&self, args: &[&str], stdin: &str) -> Output {
        self.run_with_env(args, &[], stdin)
    }

    pub fn run_with_env(&self, args: &[&str], env: &[(&str, &str)], stdin: &str) -> Output {
        let mut running = self.spawn_with_env(args, env);
        running.write(stdin);
        running.wait(RUN_TIMEOUT)
    }

    /// `run DIALOGUE --participant P --plain --lang LANG` with this stdin.
    pub fn converse(&self, dialogue: &str, participant: &str, lang: &str, stdin: &str) -> Output {
        self.run(
            &[
                "run",
                dialogue,
                "--participant",
                participant,
                "--plain",
                "--lang",
                lang,
            ],
            stdin,
        )
    }

    /// Copies the export fixtures' journals (tests/fixtures/export/journals) into the data
    /// folder, each text passed through `edit` on the way.
    pub fn with_export_journals(&self, edit: impl Fn(String) -> String) {
        let from = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/export/journals");
        for participant in fs::read_dir(&from).expect("fixtures") {
            let participant = participant.expect("an entry").path();
            let to =
                self.participant_dir(&participant.file_name().expect("a name").to_string_lossy());
            fs::create_dir_all(&to).expect("create");
            for file in fs::read_dir(&participant).expect("journals") {
                let file = file.expect("a journal").path();
                let text = edit(fs::read_to_string(&file).expect("read"));
                fs::write(to.join(file.file_name().expect("a name")), text).expect("copy");
            }
        }
    }

    pub fn participant_dir(&self, participant: &str) -> PathBuf {
        self.data.join("journals").join(participant)
    }

    /// The participant's journal files, sorted by name; none if the folder is not there.
    pub fn journals(&self, participant: &str) -> Vec<PathBuf> {
        let mut paths: Vec<PathBuf> = match fs::read_dir(self.participant_dir(participant)) {
            Ok(entries) => entries
                .map(|e| e.expect("read a folder entry").path())
                .collect(),
            Err(error) if error.kind() == io::ErrorKind::NotFound => Vec::new(),
            Err(error) => panic!("cannot list the journals of {participant}: {error}"),
        };
        paths.sort();
        paths
    }

    /// The participant's one and only journal file.
    pub fn journal(&self, participant: &str) -> PathBuf {
        let paths = self.journals(participant);
        assert_eq!(
            paths.len(),
            1,
            "expected exactly one journal for {participant}, found {paths:?}"
        );
        paths.into_iter().next().expect("one journal")
    }

    /// Every file and folder under the sandbox root, relative to it, sorted.
    pub fn tree(&self) -> Vec<PathBuf> {
        fn walk(dir: &Path, root: &Path, out: &mut Vec<PathBuf>) {
            for entry in fs::read_dir(dir).expect("list a folder") {
                let path = entry.expect("read a folder entry").path();
                out.push(
                    path.strip_prefix(root)
                        .expect("under the root")
                        .to_path_buf(),
                );
                if path.is_dir() {
                    walk(&path, root, out);
                }
            }
        }
        let mut out = Vec::new();
        walk(&self.root, &self.root, &mut out);
        out.sort();
        out
    }
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.root);
    }
}

/// How a finished run ended.
#[derive(Debug)]
pub struct Output {
    /// None when the process was killed by a signal.
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
}

impl Output {
    /// Asserts the exit code, showing everything the run said if it is not the one expected.
    pub fn expect_code(&self, code: i32) -> &Output {
        assert_eq!(
            self.code,
            Some(code),
            "unexpected exit code\n--- stdout ---\n{}\n--- stderr ---\n{}",
            self.stdout,
            self.stderr
        );
        self
    }
}

/// A running samtale: stdin held open, stdout and stderr read as they come so that the
/// child never blocks on a full pipe.
pub struct Running {
    child: Child,
    stdin: Option<ChildStdin>,
    stdout: Arc<Mutex<Vec<u8>>>,
    stderr: Arc<Mutex<Vec<u8>>>,
    readers: Vec<JoinHandle<()>>,
}

fn drain(mut from: impl Read + Send + 'static, into: Arc<Mutex<Vec<u8>>>) -> JoinHandle<()> {
    thread::spawn(move || {
        let mut buffer = [0u8; 4096];
        loop {
            match from.read(&mut buffer) {
                Ok(0) | Err(_) => break,
                Ok(n) => into
                    .lock()
                    .expect("output buffer")
                    .extend_from_slice(&buffer[..n]),
            }
        }
    })
}

impl Running {
    fn start(mut command: Command) -> Running {
        let mut child = command.spawn().expect("start the samtale binary");
        let stdin = child.stdin.take();
        let stdout = Arc::new(Mutex::new(Vec::new()));
        let stderr = Arc::new(Mutex::new(Vec::new()));
        let readers = vec![
            drain(child.stdout.take().expect("piped stdout"), stdout.clone()),
            drain(child.stderr.take().expect("piped stderr"), stderr.clone()),
        ];
        Running {
            child,
            stdin,
            stdout,
            stderr,
            readers,
        }
    }

    /// Writes to stdin. A child that has already stopped reading is not an error here:
    /// what it did is checked through its exit code and output.
    pub fn write(&mut self, text: &str) {
        if let Some(stdin) = self.stdin.as_mut() {
            match stdin
                .write_all(text.as_bytes())
                .and_then(|()| stdin.flush())
            {
                Ok(()) => {}
                Err(error) if error.kind() == io::ErrorKind::BrokenPipe => {}
                Err(error) => panic!("cannot write to samtale's stdin: {error}"),
            }
        }
    }

    pub fn close_stdin(&mut self) {
        self.stdin = None;
    }

    pub fn stdout_so_far(&self) -> String {
        String::from_utf8_lossy(&self.stdout.lock().expect("stdout buffer")).into_owned()
    }

    pub fn stderr_so_far(&self) -> String {
        String::from_utf8_lossy(&self.stderr.lock().expect("stderr buffer")).into_owned()
    }

    fn collect(&mut self, code: Option<i32>) -> Output {
        for reader in self.readers.drain(..) {
            let _ = reader.join();
        }
        Output {
            code,
            stdout: self.stdout_so_far(),
            stderr: self.stderr_so_far(),
        }
    }

    /// Closes stdin and waits for the end, at most `timeout`; a run that takes longer is
    /// killed and the test fails with what it printed.
    pub fn wait(&mut self, timeout: Duration) -> Output {
        self.close_stdin();
        self.wait_for_end(timeout)
    }

    /// Waits for the end with stdin still open (so a process that tries to read blocks
    /// instead of seeing the end of input), at most `timeout`.
    pub fn wait_for_end(&mut self, timeout: Duration) -> Output {
        let deadline = Instant::now() + timeout;
        loop {
            match self.child.try_wait().expect("wait for samtale") {
                Some(status) => return self.collect(status.code()),
                None if Instant::now() >= deadline => {
                    let _ = self.child.kill();
                    let _ = self.child.wait();
                    let output = self.collect(None);
                    panic!(
                        "samtale did not end within {timeout:?}\n--- stdout ---\n{}\n--- stderr ---\n{}",
                        output.stdout, output.stderr
                    );
                }
                None => thread::sleep(POLL),
            }
        }
    }

    /// SIGKILL: no chance to write anything more.
    pub fn kill(&mut self) -> Output {
        self.child.kill().expect("kill samtale");
        let status = self.child.wait().expect("reap samtale");
        self.stdin = None;
        self.collect(status.code())
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        // A test that failed half-way leaves no process behind.
        if !matches!(self.child.try_wait(), Ok(Some(_))) {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// Polls `condition` until it holds; fails the test with `what` after `timeout`.
pub fn wait_for(what: &str, timeout: Duration, mut condition: impl FnMut() -> bool) {
    let deadline = Instant::now() + timeout;
    while !condition() {
        assert!(
            Instant::now() < deadline,
            "gave up after {timeout:?} waiting for {what}"
        );
        thread::sleep(POLL);
    }
}
