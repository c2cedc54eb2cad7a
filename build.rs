//! Embeds the built-in dialogues and locales, so the binary runs from any folder, and
//! catalogues the dialogues (id, version, audience, minutes, title and description in each
//! language), so that `list` and the home screen need no script parsed at start-up.

use std::fs;
use std::path::Path;

// Where each message of a Fluent file is: the same code samtale uses for a file it reads.
#[path = "src/i18n/index.rs"]
#[allow(dead_code)]
mod index;

fn main() {
    // Read when the script runs, not baked in when it is compiled: a target folder copied
    // from another checkout would otherwise embed that checkout's dialogues and locales.
    let manifest_dir = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let root = Path::new(&manifest_dir);
    let mut out = String::new();
    out.push_str("use crate::i18n::index::Entry;\n\n");

    out.push_str("pub static DIALOGUES: &[(&str, &str)] = &[\n");
    let scripts = sorted_files(&root.join("dialogues"), "ron");
    for path in &scripts {
        push_entry(&mut out, root, path, None, "");
    }
    out.push_str("];\n");

    // (id, version, audience, minutes), in the order of DIALOGUES.
    out.push_str("pub static CATALOGUE: &[(&str, u32, &str, u32)] = &[\n");
    let mut ids = Vec::new();
    for path in &scripts {
        let text = fs::read_to_string(path).unwrap_or_else(|error| {
            panic!(
                "build.rs: cannot read the built-in dialogue {}: {error}",
                path.display()
            )
        });
        let listed = catalogue_entry(path, &text);
        out.push_str(&format!(
            "    ({:?}, {}, {:?}, {}),\n",
            listed.id, listed.version, listed.audience, listed.minutes
        ));
        ids.push(listed.id);
    }
    out.push_str("];\n");

    // Per language: the title and description entries of every built-in dialogue, as one
    // small Fluent text, and where each is in it.
    out.push_str("pub static CATALOGUE_FTL: &[(&str, &str, &[Entry])] = &[\n");
    for lang_dir in sorted_dirs(&root.join("locales")) {
        let Some(lang) = lang_dir
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
        else {
            continue;
        };
        let mut ftl = String::new();
        for id in &ids {
            let Ok(text) = fs::read_to_string(lang_dir.join(format!("{id}.ftl"))) else {
                continue;
            };
            for key in [format!("{id}-title"), format!("{id}-description")] {
                if let Some(entry) = ftl_entry(&text, &key) {
                    ftl.push_str(&entry);
                }
            }
        }
        out.push_str(&format!("    ({lang:?}, {ftl:?}, {}),\n", entries(&ftl)));
    }
    out.push_str("];\n");

    // (language, path, text, where each message is in the text)
    out.push_str("pub static LOCALES: &[(&str, &str, &str, &[Entry])] = &[\n");
    for lang_dir in sorted_dirs(&root.join("locales")) {
        let lang = lang_dir
            .file_name()
            .map(|n| n.to_string_lossy().into_owned());
        for path in sorted_files(&lang_dir, "ftl") {
            let text = fs::read_to_string(&path).unwrap_or_else(|error| {
                panic!("build.rs: cannot read {}: {error}", path.display())
            });
            push_entry(&mut out, root, &path, lang.as_deref(), &entries(&text));
        }
    }
    out.push_str("];\n");

    println!("cargo:rerun-if-changed=dialogues");
    println!("cargo:rerun-if-changed=locales");
    let dest = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("builtin.rs");
    fs::write(dest, out).expect("OUT_DIR is writable");
}

/// The entries of a Fluent text as Rust: a table of `Entry::new(…)`.
fn entries(text: &str) -> String {
    let mut out = String::from("&[");
    for entry in index::entries(text) {
        out.push_str(&format!(
            "Entry::new({:#x}, ({}, {}), ({}, {})), ",
            entry.hash, entry.id.0, entry.id.1, entry.text.0, entry.text.1
        ));
    }
    out.push(']');
    out
}

fn push_entry(out: &mut String, root: &Path, path: &Path, lang: Option<&str>, entries: &str) {
    let relative = path
        .strip_prefix(root)
        .unwrap_or(path)
        .to_string_lossy()
        .replace('\\', "/");
    let absolute = path.to_string_lossy();
    match lang {
        Some(lang) => out.push_str(&format!(
            "    ({lang:?}, {relative:?}, include_str!({absolute:?}), {entries}),\n"
        )),
        None => out.push_str(&format!(
            "    ({relative:?}, include_str!({absolute:?})),\n"
        )),
    }
    println!("cargo:rerun-if-changed={absolute}");
}

fn sorted_files(dir: &Path, extension: &str) -> Vec<std::path::PathBuf> {
    let mut files: Vec<_> = fs::read_dir(dir)
        .map(|entries| entries.filter_map(|e| e.ok()).map(|e| e.path()).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == extension));
    files.sort();
    files
}

fn sorted_dirs(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut dirs: Vec<_> = fs::read_dir(dir)
        .map(|entries| entries.filter_map(|e| e.ok()).map(|e| e.path()).collect())
        .unwrap_or_default();
    dirs.retain(|p| p.is_dir());
    dirs.sort();
    dirs
}

// ---------------------------------------------------------------------------------------
// The catalogue: what `list` and the home screen show of each built-in dialogue, so that
// start-up parses no script and no dialogue's Fluent file. Read here with a small scanner
// (no RON or Fluent parser is compiled for the build script); `tests/catalogue.rs` checks
// every entry against the real parse, so the two can never disagree unnoticed, and a
// script the scanner cannot read stops the build with the file and what is missing.
// ---------------------------------------------------------------------------------------

/// The top-level fields of a script's outermost `Dialogue( … )` that the catalogue holds.
struct Listed {
    id: String,
    version: String,
    audience: String,
    minutes: String,
}

fn catalogue_entry(path: &Path, text: &str) -> Listed {
    let fields = top_level_fields(text).unwrap_or_else(|problem| {
        panic!(
            "build.rs: cannot catalogue the built-in dialogue {}: {problem}. \
             Run `samtale check {}` for the script's own errors.",
            path.display(),
            path.display()
        )
    });
    let get = |name: &str, shape: fn(&str) -> bool, what: &str| -> String {
        let found: Vec<&(String, String)> = fields.iter().filter(|(n, _)| n == name).collect();
        match found.as_slice() {
            [(_, value)] if shape(value) => value.clone(),
            [(_, value)] => panic!(
                "build.rs: cannot catalogue the built-in dialogue {}: `{name}: {value}` is not {what}",
                path.display()
            ),
            [] => panic!(
                "build.rs: cannot catalogue the built-in dialogue {}: no top-level `{name}:` field",
                path.display()
            ),
            _ => panic!(
                "build.rs: cannot catalogue the built-in dialogue {}: `{name}:` is given {} times",
                path.display(),
                found.len()
            ),
        }
    };
    let is_number =
        |v: &str| !v.is_empty() && v.len() <= 9 && v.bytes().all(|b| b.is_ascii_digit());
    let is_id = |v: &str| {
        v.len() > 2
            && v.starts_with('"')
            && v.ends_with('"')
            && v[1..v.len() - 1]
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    };
    let id = get("id", is_id, "an id in quotes (a-z, 0-9, -)");
    Listed {
        id: id[1..id.len() - 1].to_owned(),
        version: get("version", is_number, "a whole number"),
        audience: get(
            "audience",
            |v| matches!(v, "Citizen" | "Together" | "Staff"),
            "Citizen, Together or Staff",
        ),
        minutes: get("minutes", is_number, "a whole number"),
    }
}

/// The `name: value` pairs directly inside the outermost parentheses, each value as its
/// text when it is a single token (a string, a number, a name), else `…`.
fn top_level_fields(text: &str) -> Result<Vec<(String, String)>, String> {
    let tokens = tokens(text)?;
    let mut fields = Vec::new();
    let mut depth = 0usize;
    let mut opened = false;
    let mut i = 0;
    while i < tokens.len() {
        let token = tokens[i].as_str();
        match token {
            "(" | "[" | "{" => {
                depth += 1;
                if depth == 1 {
                    if opened {
                        return Err("more than one value at the top".into());
                    }
                    opened = true;
                }
            }
            ")" | "]" | "}" => {
                depth = depth
                    .checked_sub(1)
                    .ok_or_else(|| "a bracket closes that was never opened".to_owned())?;
            }
            _ if depth == 1 && tokens.get(i + 1).is_some_and(|t| t == ":") => {
                let value = match (tokens.get(i + 2), tokens.get(i + 3)) {
                    (Some(v), Some(next)) if next == "," || next == ")" => v.clone(),
                    _ => "…".to_owned(),
                };
                fields.push((token.to_owned(), value));
                i += 2;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    if depth != 0 {
        return Err("a bracket is never closed".into());
    }
    if !opened {
        return Err("no `Dialogue( … )`".into());
    }
    Ok(fields)
}

/// RON's tokens as far as the catalogue needs them: brackets, `:` and `,` alone; strings
/// whole (with their quotes); names and numbers; comments and white space left out.
fn tokens(text: &str) -> Result<Vec<String>, String> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii_whitespace() {
            i += 1;
        } else if text[i..].starts_with("//") {
            i = text[i..].find('\n').map_or(bytes.len(), |n| i + n);
        } else if text[i..].starts_with("/*") {
            i = text[i + 2..]
                .find("*/")
                .map(|n| i + 2 + n + 2)
                .ok_or_else(|| "a /* comment is never closed".to_owned())?;
        } else if b == b'"' {
            let start = i;
            i += 1;
            loop {
                match bytes.get(i) {
                    None => return Err("a string is never closed".into()),
                    Some(b'\\') => i += 2,
                    Some(b'"') => {
                        i += 1;
                        break;
                    }
                    Some(_) => i += 1,
                }
            }
            out.push(text[start..i].to_owned());
        } else if b == b'r' && matches!(bytes.get(i + 1), Some(b'"' | b'#')) {
            return Err("a raw string (r\"…\"), which the catalogue does not read".into());
        } else if b"()[]{}:,".contains(&b) {
            out.push((b as char).to_string());
            i += 1;
        } else {
            let start = i;
            while i < bytes.len()
                && !bytes[i].is_ascii_whitespace()
                && !b"()[]{}:,\"".contains(&bytes[i])
                && !text[i..].starts_with("//")
                && !text[i..].starts_with("/*")
            {
                i += 1;
            }
            out.push(text[start..i].to_owned());
        }
    }
    Ok(out)
}

/// The Fluent entry `key = …` of a file's text, with its indented lines, as written: the
/// first one, as a Fluent bundle keeps the first of a message given twice.
fn ftl_entry(text: &str, key: &str) -> Option<String> {
    let mut out = String::new();
    let mut inside = false;
    for line in text.lines() {
        if inside {
            if line.is_empty() || line.starts_with(' ') {
                out.push_str(line);
                out.push('\n');
                continue;
            }
            break;
        }
        if line
            .strip_prefix(key)
            .is_some_and(|rest| rest.trim_start().starts_with('='))
        {
            inside = true;
            out.push_str(line);
            out.push('\n');
        }
    }
    inside.then(|| out.trim_end().to_owned() + "\n")
}
