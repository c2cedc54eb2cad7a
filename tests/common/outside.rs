//! Tools from outside the project that some tests need, set up by the tests themselves so
//! that the README's `cargo test --release` passes on a fresh clone with nothing but the
//! Rust toolchain, python3 and tmux.
//!
//! Where a tool cannot be had (no python3, no pip, no network), the test that needs it
//! prints why and skips; under `SAMTALE_REQUIRE_ALL=1` (which `.ci/run` sets) it fails
//! instead, so that CI can never pass on tests that did not run.

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

/// Set to `1` to turn every skip for a missing outside tool into a failure.
pub const REQUIRE_ALL: &str = "SAMTALE_REQUIRE_ALL";

pub fn require_all() -> bool {
    std::env::var(REQUIRE_ALL).is_ok_and(|v| v == "1")
}

/// Says why `test` cannot run here: a printed skip, or a failure under
/// `SAMTALE_REQUIRE_ALL=1`.
pub fn skip(test: &str, reason: &str) {
    assert!(
        !require_all(),
        "{test}: {reason} ({REQUIRE_ALL}=1: a test that cannot run fails)"
    );
    // Straight to stderr: libtest captures `eprintln!` of a passing test, and a skip
    // that nobody sees is a test that silently did not run.
    let _ = writeln!(io::stderr(), "skipped {test}: {reason}");
}

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The python3 that has the FHIR R4 validator (fhir.resources 6.4.0), installing it
/// once if needed: `$SAMTALE_FHIR_PYTHON` if set, else the virtual environment that
/// tests/fhir_setup.sh makes in target/fhir-r4, else a system python3 that has it.
/// `None` (after [`skip`]) when it cannot be had.
pub fn fhir_python(test: &str) -> Option<PathBuf> {
    static FOUND: OnceLock<Result<PathBuf, String>> = OnceLock::new();
    match FOUND.get_or_init(find_or_install_fhir) {
        Ok(python) => Some(python.clone()),
        Err(reason) => {
            skip(test, reason);
            None
        }
    }
}

/// Whether this python can import the R4 models the validator needs, and jsonschema
/// for the JSON export's schema (an environment made before it was needed is topped up).
fn has_fhir_r4(python: &Path) -> bool {
    Command::new(python)
        .args([
            "-c",
            "import sys, jsonschema, fhir.resources as f; sys.exit(f.__fhir_version__ != '4.0.1')",
        ])
        .output()
        .is_ok_and(|out| out.status.success())
}

fn find_or_install_fhir() -> Result<PathBuf, String> {
    if let Some(python) = std::env::var_os("SAMTALE_FHIR_PYTHON") {
        let python = PathBuf::from(python);
        return if has_fhir_r4(&python) {
            Ok(python)
        } else {
            Err(format!(
                "SAMTALE_FHIR_PYTHON={} cannot import fhir.resources 6.4.0 (FHIR R4)",
                python.display()
            ))
        };
    }
    let venv = root().join("target/fhir-r4/bin/python3");
    if has_fhir_r4(&venv) {
        return Ok(venv);
    }
    let system = PathBuf::from("python3");
    if has_fhir_r4(&system) {
        return Ok(system);
    }
    // Test binaries run at the same time: one installs while the others wait on the lock,
    // then find the validator there. The lock is released when the file is closed, also
    // when a test binary dies half-way.
    let target = root().join("target");
    fs::create_dir_all(&target).map_err(|e| format!("cannot create {}: {e}", target.display()))?;
    let lock_path = target.join("fhir-r4.lock");
    let lock = File::create(&lock_path)
        .map_err(|e| format!("cannot create {}: {e}", lock_path.display()))?;
    lock.lock()
        .map_err(|e| format!("cannot lock {}: {e}", lock_path.display()))?;
    if has_fhir_r4(&venv) {
        return Ok(venv);
    }
    let _ = writeln!(
        io::stderr(),
        "installing the FHIR validator once: bash tests/fhir_setup.sh"
    );
    let output = Command::new("bash")
        .arg(root().join("tests/fhir_setup.sh"))
        .current_dir(root())
        .output()
        .map_err(|e| format!("cannot run bash tests/fhir_setup.sh: {e}"))?;
    drop(lock);
    if !output.status.success() {
        let said = String::from_utf8_lossy(&output.stderr);
        let last: Vec<&str> = said.lines().rev().take(5).collect();
        return Err(format!(
            "the FHIR validator could not be installed (tests/fhir_setup.sh: {}): {}",
            output.status,
            last.into_iter().rev().collect::<Vec<_>>().join(" / ")
        ));
    }
    if has_fhir_r4(&venv) {
        Ok(venv)
    } else {
        Err(
            "tests/fhir_setup.sh ran, but target/fhir-r4 still cannot import \
             fhir.resources 6.4.0"
                .to_owned(),
        )
    }
}

/// Runs the outside validator (tests/fhir_validate.py) on a bundle: `Ok(report)` when it
/// says valid, `Err(problems)` when it says invalid. It failing to run at all fails the
/// test: the validator was found working a moment ago.
pub fn validate_fhir(python: &Path, scratch: &Path, bundle: &str) -> Result<String, String> {
    fs::create_dir_all(scratch).expect("a scratch folder for the bundle");
    let file = scratch.join("bundle.json");
    fs::write(&file, bundle).expect("write the bundle");
    let output = Command::new(python)
        .arg(root().join("tests/fhir_validate.py"))
        .arg(&file)
        .output()
        .unwrap_or_else(|e| panic!("cannot run {}: {e}", python.display()));
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    let _ = fs::remove_file(&file);
    match output.status.code() {
        Some(0) => Ok(stdout),
        Some(1) => Err(stderr),
        _ => panic!(
            "the FHIR validator could not run ({}): {stderr}",
            output.status
        ),
    }
}

/// Runs the outside validator on many files at once (one python start for all):
/// `Ok(report)` when every one is valid, `Err(problems)` otherwise.
pub fn validate_fhir_files(python: &Path, files: &[PathBuf]) -> Result<String, String> {
    let output = Command::new(python)
        .arg(root().join("tests/fhir_validate.py"))
        .args(files)
        .output()
        .unwrap_or_else(|e| panic!("cannot run {}: {e}", python.display()));
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    match output.status.code() {
        Some(0) => Ok(stdout),
        Some(1) => Err(stderr),
        _ => panic!(
            "the FHIR validator could not run ({}): {stderr}",
            output.status
        ),
    }
}

/// Validates a JSON file against a JSON Schema with python's `jsonschema` (installed with
/// the FHIR validator): `Ok(())` or `Err(every problem)`.
pub fn validate_json_schema(python: &Path, schema: &Path, file: &Path) -> Result<(), String> {
    let script = "import json, sys, jsonschema\n\
        schema = json.load(open(sys.argv[1], encoding='utf-8'))\n\
        jsonschema.Draft202012Validator.check_schema(schema)\n\
        data = json.load(open(sys.argv[2], encoding='utf-8'))\n\
        errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(data), key=str)\n\
        for e in errors: print('/'.join(map(str, e.absolute_path)) + ': ' + e.message)\n\
        sys.exit(1 if errors else 0)\n";
    let output = Command::new(python)
        .args(["-c", script])
        .arg(schema)
        .arg(file)
        .output()
        .unwrap_or_else(|e| panic!("cannot run {}: {e}", python.display()));
    match output.status.code() {
        Some(0) => Ok(()),
        Some(1) => Err(String::from_utf8_lossy(&output.stdout).into_owned()),
        _ => panic!(
            "jsonschema could not run ({}): {}",
            output.status,
            String::from_utf8_lossy(&output.stderr)
        ),
    }
}

/// Headless Chromium and poppler's pdfinfo and pdftotext, to print an HTML page to PDF and
/// read it back: `$SAMTALE_CHROMIUM` or `chromium` (Debian's package) on the PATH. `None`
/// (after [`skip`]) when one of them is missing.
pub fn chromium(test: &str) -> Option<PathBuf> {
    let found = |name: &str| {
        Command::new(name)
            .arg("--version")
            .output()
            .is_ok_and(|out| out.status.success())
    };
    let chromium = std::env::var_os("SAMTALE_CHROMIUM")
        .map(PathBuf::from)
        .or_else(|| {
            ["chromium", "chromium-browser"]
                .into_iter()
                .find(|name| found(name))
                .map(PathBuf::from)
        });
    let Some(chromium) = chromium else {
        skip(
            test,
            "no Chromium (apt-get install chromium) to print the page with",
        );
        return None;
    };
    for tool in ["pdfinfo", "pdftotext"] {
        if !Command::new(tool)
            .arg("-v")
            .output()
            .is_ok_and(|out| out.status.success() || !out.stderr.is_empty())
        {
            skip(
                test,
                &format!("no {tool} (apt-get install poppler-utils) to read the PDF"),
            );
            return None;
        }
    }
    Some(chromium)
}

/// Prints an HTML file to PDF with headless Chromium, as a person's "print" does (no
/// header or footer of the browser's own), and returns the PDF's pages as text.
pub fn print_to_pdf(chromium: &Path, html: &Path, scratch: &Path) -> Vec<String> {
    fs::create_dir_all(scratch).expect("a scratch folder");
    let pdf = scratch.join(html.with_extension("pdf").file_name().expect("a file name"));
    let out = Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-pdf-header-footer",
        ])
        .arg(format!(
            "--user-data-dir={}",
            scratch.join("profile").display()
        ))
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(format!("file://{}", html.display()))
        .output()
        .expect("run chromium");
    assert!(
        pdf.exists(),
        "chromium printed no PDF: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let info = Command::new("pdfinfo").arg(&pdf).output().expect("pdfinfo");
    let info = String::from_utf8_lossy(&info.stdout).into_owned();
    let pages: usize = info
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or_else(|| panic!("no page count in {info}"));
    let text = Command::new("pdftotext")
        .arg(&pdf)
        .arg("-")
        .output()
        .expect("pdftotext");
    let text = String::from_utf8_lossy(&text.stdout).into_owned();
    let mut split: Vec<String> = text.split('\u{c}').map(str::to_owned).collect();
    // pdftotext ends every page with a form feed.
    if split.last().is_some_and(|p| p.trim().is_empty()) {
        split.pop();
    }
    assert_eq!(split.len(), pages, "pdfinfo and pdftotext disagree: {text}");
    split
}
