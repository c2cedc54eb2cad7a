//! A real terminal for end-to-end tests of the terminal interface: each `Term` starts its
//! own tmux server (`tmux -L <unique socket>`), runs samtale in its one pane through a
//! small wrapper script, types with `send-keys`, reads the screen with `capture-pane`, and
//! reads the journals the run leaves on disk.
//!
//! The wrapper records samtale's pid (for signals), the terminal settings before and after
//! the run (`stty -a`), and samtale's exit code, then keeps the pane open so that the
//! terminal's state after samtale can be inspected.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;
use std::time::{Duration, Instant};

use samtale::journal::{Journal, store};

/// How long to wait for something to show on screen or on disk. Generous: other builds may
/// be running on the same machine, and debug binaries are slow.
pub const WAIT: Duration = Duration::from_secs(10);

/// How often the screen is looked at while waiting.
pub const POLL: Duration = Duration::from_millis(25);

/// The tmux session (and so the pane) every test runs in, on its own server.
pub const SESSION: &str = "e2e";

static COUNTER: AtomicUsize = AtomicUsize::new(0);

/// A tmux command on the test's own server, without anything of an enclosing tmux.
pub fn tmux_command(socket: &str) -> Command {
    let mut command = Command::new("tmux");
    command.env_remove("TMUX").env_remove("TMUX_PANE");
    command.arg("-L").arg(socket);
    command
}

/// Fails clearly when tmux is not there.
pub fn require_tmux() {
    match Command::new("tmux").arg("-V").output() {
        Ok(output) if output.status.success() => {}
        Ok(output) => panic!(
            "`tmux -V` failed ({}): these tests drive samtale in a real terminal through tmux; \
             install tmux (for example `apt-get install tmux`)",
            String::from_utf8_lossy(&output.stderr)
        ),
        Err(error) => panic!(
            "tmux is not installed or not on PATH ({error}): these tests drive samtale in a \
             real terminal through tmux; install tmux (for example `apt-get install tmux`)"
        ),
    }
}

/// Quotes a word for `sh`.
pub fn quote(word: &str) -> String {
    format!("'{}'", word.replace('\'', r"'\''"))
}

pub fn quote_path(path: &Path) -> String {
    quote(&path.display().to_string())
}

/// Whether samtale leads the terminal's session (and so is sent SIGHUP when it goes).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Leading {
    No,
    Yes,
    /// Leading, with SIGHUP ignored from the start.
    IgnoringHangUp,
}

/// samtale running in a tmux pane, with its own data folder and config file.
pub struct Term {
    socket: String,
    /// The server's socket file, removed at the end (tmux leaves it behind).
    socket_path: Option<PathBuf>,
    pub root: PathBuf,
    pub data: PathBuf,
    /// Every screen captured, in order (a screen the same as the one before is kept once).
    pub screens: Vec<String>,
}

impl Term {
    /// Starts `samtale --config <config> --lang en ARGS…` in a `width`×`height` terminal,
    /// from a wrapper that outlives it.
    pub fn start(name: &str, size: (u16, u16), config: &str, args: &[&str]) -> Term {
        Term::launch(name, size, config, args, Leading::No, "en", |_| {})
    }

    /// The same in another language (`da`), with `prepare` run on the data folder before
    /// samtale starts (a small file system mounted there, say).
    pub fn start_with(
        name: &str,
        size: (u16, u16),
        config: &str,
        args: &[&str],
        lang: &str,
        prepare: impl FnOnce(&Path),
    ) -> Term {
        Term::launch(name, size, config, args, Leading::No, lang, prepare)
    }

    /// The same, but samtale replaces the wrapper and so leads the terminal's session, as
    /// a program started from a terminal window's shell does: when the terminal goes away,
    /// the kernel sends it SIGHUP.
    pub fn start_leading(name: &str, size: (u16, u16), config: &str, args: &[&str]) -> Term {
        Term::launch(name, size, config, args, Leading::Yes, "en", |_| {})
    }

    /// The same with SIGHUP ignored, as under `nohup`: the hang-up signal never comes,
    /// only the terminal's end.
    pub fn start_leading_ignoring_hang_up(
        name: &str,
        size: (u16, u16),
        config: &str,
        args: &[&str],
    ) -> Term {
        Term::launch(
            name,
            size,
            config,
            args,
            Leading::IgnoringHangUp,
            "en",
            |_| {},
        )
    }

    pub fn launch(
        name: &str,
        (width, height): (u16, u16),
        config: &str,
        args: &[&str],
        leading: Leading,
        lang: &str,
        prepare: impl FnOnce(&Path),
    ) -> Term {
        require_tmux();
        let unique = format!(
            "samtale-e2e-{name}-{}-{}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::SeqCst)
        );
        let root = Path::new(env!("CARGO_TARGET_TMPDIR")).join(&unique);
        let _ = fs::remove_dir_all(&root);
        let data = root.join("data");
        fs::create_dir_all(&data).expect("create the test's data folder");
        prepare(&data);
        let config_path = root.join("config.ron");
        fs::write(&config_path, config).expect("write the test's config file");
        let tmux_conf = root.join("tmux.conf");
        // No user config; the pane is the whole window; a pane whose wrapper died stays.
        fs::write(
            &tmux_conf,
            "set -g status off\nset -g remain-on-exit on\nset -g history-limit 1000\n",
        )
        .expect("write the test's tmux config");

        let mut samtale = vec![
            quote(env!("CARGO_BIN_EXE_samtale")),
            "--config".to_owned(),
            quote_path(&config_path),
            "--lang".to_owned(),
            lang.to_owned(),
        ];
        samtale.extend(args.iter().map(|a| quote(a)));
        // A shell writes its pid and then becomes samtale (through `env -i`, which keeps the
        // pid): that pid is samtale's. Nothing of the test's environment (language,
        // samtale's own variables) reaches samtale. The usual wrapper runs that shell as a
        // child and outlives it, to report the exit code and the terminal's settings after.
        let wrapper = if leading != Leading::No {
            format!(
                "#!/bin/sh\n\
                 cd {data} || exit 99\n\
                 {trap}\
                 echo $$ > {pid}\n\
                 exec env -i PATH=/usr/bin:/bin HOME={root} TERM=xterm-256color \
                 SAMTALE_DATA_DIR={data} {samtale}\n",
                data = quote_path(&data),
                root = quote_path(&root),
                pid = quote_path(&root.join("samtale.pid")),
                samtale = samtale.join(" "),
                // An ignored signal stays ignored through exec.
                trap = if leading == Leading::IgnoringHangUp {
                    "trap '' HUP\n"
                } else {
                    ""
                },
            )
        } else {
            format!(
                "#!/bin/sh\n\
             cd {data} || exit 99\n\
             stty -a > {before}\n\
             sh -c 'echo $$ > \"$0\"; exec \"$@\"' {pid} env -i PATH=/usr/bin:/bin HOME={root} \
             TERM=xterm-256color SAMTALE_DATA_DIR={data} {samtale}\n\
             code=$?\n\
             stty -a > {after}\n\
             echo \"E2E-EXIT:$code\"\n\
             cat {after}\n\
             echo E2E-DONE\n\
             echo \"$code\" > {exit}\n\
             exec sleep 600\n",
                data = quote_path(&data),
                root = quote_path(&root),
                before = quote_path(&root.join("stty-before.txt")),
                after = quote_path(&root.join("stty-after.txt")),
                pid = quote_path(&root.join("samtale.pid")),
                exit = quote_path(&root.join("exit-code")),
                samtale = samtale.join(" "),
            )
        };
        let wrapper_path = root.join("run.sh");
        fs::write(&wrapper_path, wrapper).expect("write the wrapper script");

        let mut term = Term {
            socket: unique,
            socket_path: None,
            root,
            data,
            screens: Vec::new(),
        };
        let status = tmux_command(&term.socket)
            .arg("-f")
            .arg(&tmux_conf)
            .args(["new-session", "-d", "-s", SESSION])
            .args(["-x", &width.to_string(), "-y", &height.to_string()])
            .arg("sh")
            .arg(&wrapper_path)
            .status()
            .expect("start tmux");
        assert!(status.success(), "tmux new-session failed: {status}");
        term.socket_path = Some(PathBuf::from(term.display("#{socket_path}")));
        term
    }

    /// Runs a tmux command on this test's server and returns what it printed.
    pub fn tmux(&self, args: &[&str]) -> String {
        let output = tmux_command(&self.socket)
            .args(args)
            .output()
            .expect("run tmux");
        assert!(
            output.status.success(),
            "tmux {args:?} failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8_lossy(&output.stdout).into_owned()
    }

    /// Keys by tmux's names (`Enter`, `Right`, `C-d`, or characters).
    pub fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", SESSION];
        args.extend_from_slice(keys);
        self.tmux(&args);
    }

    /// Text (or raw input such as a mouse report) exactly as given.
    pub fn type_text(&self, text: &str) {
        self.tmux(&["send-keys", "-t", SESSION, "-l", text]);
    }

    /// A tmux format of the pane (`#{alternate_on}`).
    pub fn display(&self, format: &str) -> String {
        self.tmux(&["display-message", "-p", "-t", SESSION, format])
            .trim()
            .to_owned()
    }

    pub fn resize(&self, width: u16, height: u16) {
        self.tmux(&[
            "resize-window",
            "-t",
            SESSION,
            "-x",
            &width.to_string(),
            "-y",
            &height.to_string(),
        ]);
    }

    /// The screen as it is now.
    pub fn screen(&mut self) -> String {
        let screen = self.tmux(&["capture-pane", "-p", "-t", SESSION]);
        if self.screens.last() != Some(&screen) {
            self.screens.push(screen.clone());
        }
        screen
    }

    /// Polls the screen until `condition` holds; fails with `what` and the screen after
    /// `WAIT`.
    pub fn wait_for(&mut self, what: &str, condition: impl Fn(&str) -> bool) -> String {
        let deadline = Instant::now() + WAIT;
        loop {
            let screen = self.screen();
            if condition(&screen) {
                return screen;
            }
            assert!(
                Instant::now() < deadline,
                "gave up after {WAIT:?} waiting for {what}; the screen:\n{screen}"
            );
            thread::sleep(POLL);
        }
    }

    /// Waits for `text` on screen, wherever lines wrap it.
    pub fn wait_text(&mut self, text: &str) -> String {
        let wanted = squash(text);
        self.wait_for(&format!("{text:?} on screen"), |s| {
            squash(s).contains(&wanted)
        })
    }

    /// Waits until the screen has not changed for a moment (after a key that should
    /// change nothing).
    pub fn settle(&mut self) -> String {
        let deadline = Instant::now() + WAIT;
        let mut last = self.screen();
        let mut since = Instant::now();
        loop {
            thread::sleep(POLL);
            let screen = self.screen();
            if screen != last {
                last = screen;
                since = Instant::now();
            } else if since.elapsed() >= Duration::from_millis(400) {
                return last;
            }
            assert!(Instant::now() < deadline, "the screen never settled");
        }
    }

    pub fn file(&self, name: &str) -> PathBuf {
        self.root.join(name)
    }

    /// Whether samtale, started by this test, is still running.
    pub fn samtale_alive(&self) -> bool {
        let Some(pid) = fs::read_to_string(self.file("samtale.pid"))
            .ok()
            .and_then(|t| t.trim().parse::<u32>().ok())
        else {
            return false;
        };
        // The pid is this test's samtale only while its command line names this test's
        // folder (a pid can be used again by another process once samtale has ended).
        fs::read(format!("/proc/{pid}/cmdline")).is_ok_and(|cmdline| {
            String::from_utf8_lossy(&cmdline).contains(&self.root.display().to_string())
        })
    }

    /// samtale's pid, once it has started.
    pub fn pid(&self) -> u32 {
        let path = self.file("samtale.pid");
        let deadline = Instant::now() + WAIT;
        loop {
            if let Ok(text) = fs::read_to_string(&path)
                && let Ok(pid) = text.trim().parse()
            {
                return pid;
            }
            assert!(Instant::now() < deadline, "samtale never started");
            thread::sleep(POLL);
        }
    }

    /// samtale's exit code, once it has ended.
    pub fn wait_exit(&mut self) -> i32 {
        let path = self.file("exit-code");
        let deadline = Instant::now() + WAIT;
        loop {
            if let Ok(text) = fs::read_to_string(&path)
                && let Ok(code) = text.trim().parse()
            {
                return code;
            }
            if Instant::now() >= deadline {
                let screen = self.screen();
                panic!("samtale did not end within {WAIT:?}; the screen:\n{screen}");
            }
            thread::sleep(POLL);
        }
    }

    /// The participant's journal files, sorted.
    pub fn journal_paths(&self, participant: &str) -> Vec<PathBuf> {
        let dir = self.data.join("journals").join(participant);
        let mut paths: Vec<PathBuf> = match fs::read_dir(&dir) {
            Ok(entries) => entries.map(|e| e.expect("a folder entry").path()).collect(),
            Err(_) => Vec::new(),
        };
        paths.sort();
        paths
    }

    /// The participant's one journal, parsed the way samtale reads it.
    pub fn journal(&self, participant: &str) -> (PathBuf, Journal) {
        let paths = self.journal_paths(participant);
        assert_eq!(
            paths.len(),
            1,
            "expected one journal for {participant}, found {paths:?}"
        );
        let path = paths.into_iter().next().expect("one journal");
        let journal = match store::read(&path) {
            Ok(found) => found.journal,
            Err(error) => panic!("cannot read {}: {error:?}", path.display()),
        };
        // Every block must be whole, too.
        let text = fs::read_to_string(&path).expect("read the journal");
        if let Err(error) = samtale::journal::format::parse(&text) {
            panic!(
                "{}:{}: {}\n{text}",
                path.display(),
                error.line,
                error.detail
            );
        }
        (path, journal)
    }
}

impl Drop for Term {
    fn drop(&mut self) {
        if thread::panicking() {
            // What the terminal showed last, for the failure's report.
            if let Ok(output) = tmux_command(&self.socket)
                .args(["capture-pane", "-p", "-t", SESSION])
                .output()
            {
                eprintln!(
                    "--- the screen at the failure ---\n{}\n--- files kept in {} ---",
                    String::from_utf8_lossy(&output.stdout),
                    self.root.display()
                );
            }
        }
        // A samtale still running (a failed test; or one that did not end when its terminal
        // went away) is ended by its pid, and only it.
        if self.samtale_alive() {
            let pid = self.pid();
            let _ = Command::new("kill")
                .args(["-KILL", &pid.to_string()])
                .status();
        }
        let _ = tmux_command(&self.socket).arg("kill-server").output();
        if let Some(path) = &self.socket_path {
            let _ = fs::remove_file(path);
        }
        if !thread::panicking() {
            let _ = fs::remove_dir_all(&self.root);
        }
    }
}

/// Text without whitespace and the text box's side borders: what is left of a text on
/// screen however it is wrapped.
pub fn squash(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace() && *c != '│')
        .collect()
}

/// "Question N of M" in the header, as (N, M).
pub fn question_number(screen: &str) -> Option<(u32, u32)> {
    let at = screen.find("Question ")?;
    let rest = &screen[at + "Question ".len()..];
    let mut words = rest.split_whitespace();
    let n = words.next()?.parse().ok()?;
    if words.next()? != "of" {
        return None;
    }
    let total = words.next()?.parse().ok()?;
    Some((n, total))
}

pub fn on_question(screen: &str, n: u32) -> bool {
    question_number(screen).is_some_and(|(at, _)| at == n)
}
