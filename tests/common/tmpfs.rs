//! A small file system of a test's own (tmpfs), to fill up: what a full disk does to
//! samtale. Mounting needs root; without it the test is skipped with a printed reason, and
//! under SAMTALE_REQUIRE_ALL=1 (CI) it fails instead.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

/// A small tmpfs, unmounted again when dropped.
pub struct Tmpfs {
    pub dir: PathBuf,
}

impl Tmpfs {
    /// Mounts a tmpfs of `size` (e.g. "64k"), or says why it cannot and returns None.
    /// Under SAMTALE_REQUIRE_ALL=1 not being able to is a failure.
    pub fn mount(name: &str, size: &str) -> Option<Tmpfs> {
        let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
            .join(format!("tmpfs-{name}-{}", std::process::id()));
        let _ = fs::create_dir_all(&dir);
        let mounted = Command::new("mount")
            .args([
                "-t",
                "tmpfs",
                "-o",
                &format!("size={size},mode=0700"),
                "tmpfs",
            ])
            .arg(&dir)
            .output();
        match mounted {
            Ok(out) if out.status.success() => Some(Tmpfs { dir }),
            other => {
                let why = match other {
                    Ok(out) => String::from_utf8_lossy(&out.stderr).trim().to_owned(),
                    Err(error) => error.to_string(),
                };
                let _ = fs::remove_dir(&dir);
                let reason = format!("skipped: cannot mount a tmpfs (needs root): {why}");
                if std::env::var("SAMTALE_REQUIRE_ALL").is_ok_and(|v| v == "1") {
                    panic!("{reason}; SAMTALE_REQUIRE_ALL=1 forbids skipping");
                }
                eprintln!("{reason}");
                None
            }
        }
    }

    /// Fills the file system to the last byte with one file, and returns its path.
    pub fn fill(&self) -> PathBuf {
        let path = self.dir.join("filler");
        let mut file = fs::File::create(&path).expect("create the filler");
        let chunk = vec![0u8; 4096];
        loop {
            if file.write_all(&chunk).is_err() {
                break;
            }
        }
        // The last bytes of a page may still fit.
        while file.write_all(&[0u8]).is_ok() {}
        path
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(&self.dir).status();
        let _ = fs::remove_dir(&self.dir);
    }
}
