//! Embeds the built-in dialogues and locales, so the binary runs from any folder.

use std::fs;
use std::path::Path;

fn main() {
    // Read when the script runs, not baked in when it is compiled: a target folder copied
    // from another checkout would otherwise embed that checkout's dialogues and locales.
    let manifest_dir = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let root = Path::new(&manifest_dir);
    let mut out = String::new();

    out.push_str("pub static DIALOGUES: &[(&str, &str)] = &[\n");
    for path in sorted_files(&root.join("dialogues"), "ron") {
        push_entry(&mut out, root, &path, None);
    }
    out.push_str("];\n");

    out.push_str("pub static LOCALES: &[(&str, &str, &str)] = &[\n");
    for lang_dir in sorted_dirs(&root.join("locales")) {
        let lang = lang_dir
            .file_name()
            .map(|n| n.to_string_lossy().into_owned());
        for path in sorted_files(&lang_dir, "ftl") {
            push_entry(&mut out, root, &path, lang.as_deref());
        }
    }
    out.push_str("];\n");

    println!("cargo:rerun-if-changed=dialogues");
    println!("cargo:rerun-if-changed=locales");
    let dest = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("builtin.rs");
    fs::write(dest, out).expect("OUT_DIR is writable");
}

fn push_entry(out: &mut String, root: &Path, path: &Path, lang: Option<&str>) {
    let relative = path
        .strip_prefix(root)
        .unwrap_or(path)
        .to_string_lossy()
        .replace('\\', "/");
    let absolute = path.to_string_lossy();
    match lang {
        Some(lang) => out.push_str(&format!(
            "    ({lang:?}, {relative:?}, include_str!({absolute:?})),\n"
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
