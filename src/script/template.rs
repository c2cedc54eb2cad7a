//! `samtale new ID`: a small, complete dialogue to start from, with one step of every
//! kind, each explained in a comment, and its texts in Danish and English. It checks
//! clean with `--strict` (tests/authoring.rs), so a trainer starts from something that
//! runs and changes it step by step.

use std::path::{Path, PathBuf};

use super::validate::is_valid_id;

const SCRIPT: &str = include_str!("template/new.ron");
const DA: &str = include_str!("template/new.da.ftl");
const EN: &str = include_str!("template/new.en.ftl");
/// The id in the template files, replaced by the new dialogue's.
const PLACEHOLDER: &str = "NEW-ID";

/// Why `samtale new` wrote nothing.
#[derive(Debug)]
pub enum NewError {
    BadId(String),
    /// A file of that name is there already; nothing is overwritten.
    Exists(PathBuf),
    Write(PathBuf, std::io::Error),
}

/// The files of a new dialogue `id` in `dir`: the script and its two Fluent files.
pub fn files(dir: &Path, id: &str) -> [(PathBuf, String); 3] {
    let fill = |text: &str| text.replace(PLACEHOLDER, id);
    let ftl = |lang: &str| dir.join("locales").join(lang).join(format!("{id}.ftl"));
    [
        (dir.join(format!("{id}.ron")), fill(SCRIPT)),
        (ftl("da"), fill(DA)),
        (ftl("en"), fill(EN)),
    ]
}

/// Writes the new dialogue's files, or none of them if one is there already.
pub fn write(dir: &Path, id: &str) -> Result<Vec<PathBuf>, NewError> {
    if !is_valid_id(id) {
        return Err(NewError::BadId(id.to_owned()));
    }
    let files = files(dir, id);
    if let Some((path, _)) = files.iter().find(|(path, _)| path.exists()) {
        return Err(NewError::Exists(path.clone()));
    }
    let mut written = Vec::new();
    for (path, text) in files {
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| NewError::Write(parent.into(), e))?;
        }
        // `create_new`: a file that appeared meanwhile is not overwritten either.
        let mut file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)
            .map_err(|e| NewError::Write(path.clone(), e))?;
        std::io::Write::write_all(&mut file, text.as_bytes())
            .map_err(|e| NewError::Write(path.clone(), e))?;
        written.push(path);
    }
    Ok(written)
}
