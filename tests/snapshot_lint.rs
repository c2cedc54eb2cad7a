//! A lint over the terminal snapshots (tests/snapshots/*.snap): the defects that a person
//! reading the screen would see, but that no assertion on a value catches.
//!
//! - `broken-token`: a word, a path or an id broken across two lines (`…/2026-` + `11-26`,
//!   `practic` + `e-check-in.txt`), which a reader cannot copy or read as one;
//! - `raw-condition`: a raw `id op value` (`mood > 7`, `role = "staff"`) on a person's
//!   screen, where the script's words belong;
//! - `english-in-danish`: English words or operating-system error text in a `_da_` screen;
//! - `cut-short`: text cut (`…`, or mid-sentence) while blank rows remain below it in the
//!   same region, so the screen had room for it.
//!
//! Each finding prints as `file:line: rule: text`. The rules are heuristics tuned so that
//! every current defect is found and ordinary Danish and English text is not; each has
//! tests on small made-up screens below. Accept snapshot changes with
//! `INSTA_UPDATE=new` and `cargo insta review` (never `INSTA_UPDATE=always`), so that
//! each changed screen is read, and run this lint after.

use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};

// ---------------------------------------------------------------------------------------
// Reading snapshots
// ---------------------------------------------------------------------------------------

/// One snapshot's screen: its rows as drawn, each with its line number in the file.
struct Screen {
    name: String,
    danish: bool,
    rows: Vec<(usize, String)>,
}

impl Screen {
    /// The screen of an insta snapshot written by the harness: a header between `---`
    /// lines, then one quoted row per line, then `cursor: …`.
    fn parse(name: &str, text: &str) -> Screen {
        let mut rows = Vec::new();
        let mut dashes = 0;
        for (index, line) in text.lines().enumerate() {
            if dashes < 2 {
                if line == "---" {
                    dashes += 1;
                }
                continue;
            }
            if line.len() >= 2 && line.starts_with('"') && line.ends_with('"') {
                rows.push((index + 1, line[1..line.len() - 1].to_owned()));
            }
        }
        Screen {
            name: name.to_owned(),
            danish: name.contains("_da_"),
            rows,
        }
    }

    /// A screen made up in a test, rows numbered from 1.
    #[cfg(test)]
    fn made_up(name: &str, rows: &[&str]) -> Screen {
        Screen {
            name: name.to_owned(),
            danish: name.contains("_da_"),
            rows: rows
                .iter()
                .enumerate()
                .map(|(i, r)| (i + 1, (*r).to_owned()))
                .collect(),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
struct Finding {
    line: usize,
    rule: &'static str,
    text: String,
}

// ---------------------------------------------------------------------------------------
// Text of a row
// ---------------------------------------------------------------------------------------

/// Borders, rules and bars are drawing, not text: they become spaces, so that a word
/// beside a `│` ends where the border begins.
fn is_drawing(c: char) -> bool {
    ('\u{2500}'..='\u{259F}').contains(&c)
}

fn clean(row: &str) -> Vec<char> {
    row.chars()
        .map(|c| if is_drawing(c) { ' ' } else { c })
        .collect()
}

/// The row's words (runs of non-spaces), each with the column it starts at.
fn tokens(row: &[char]) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in row.iter().enumerate() {
        match (c.is_whitespace(), start) {
            (false, None) => start = Some(i),
            (true, Some(s)) => {
                out.push((s, row[s..i].iter().collect()));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, row[s..].iter().collect()));
    }
    out
}

fn is_blank(row: &[char]) -> bool {
    row.iter().all(|c| c.is_whitespace())
}

/// A path as shown to staff: slashes between names, not a fraction like `18/25`.
fn path_like(token: &str) -> bool {
    let slashes = token.matches('/').count();
    slashes > 0
        && !token.contains("://")
        && token.chars().any(char::is_alphabetic)
        && (token.starts_with('/')
            || token.starts_with('~')
            || token.starts_with("./")
            || token.starts_with("…/")
            || slashes >= 2)
}

/// A file name that is complete: it ends in an extension such as `.txt`.
fn ends_with_extension(token: &str) -> bool {
    let token = token.trim_end_matches(|c: char| ".,:;)\"”“»".contains(c));
    match token.rsplit_once('.') {
        Some((stem, ext)) => {
            !stem.is_empty()
                && (1..=5).contains(&ext.chars().count())
                && ext.chars().all(|c| c.is_ascii_alphanumeric())
        }
        None => false,
    }
}

fn trailing_letters(token: &str) -> String {
    let rev: String = token
        .chars()
        .rev()
        .take_while(|c| c.is_alphabetic())
        .collect();
    rev.chars().rev().collect()
}

fn leading_letters(token: &str) -> String {
    token.chars().take_while(|c| c.is_alphabetic()).collect()
}

/// Every word of a text, in lower case: the vocabulary that tells a word from a piece.
fn words_of(text: &str, into: &mut HashSet<String>) {
    for word in text.split(|c: char| !c.is_alphabetic()) {
        if !word.is_empty() {
            into.insert(word.to_lowercase());
        }
    }
}

// ---------------------------------------------------------------------------------------
// Rule: a word, a path or an id broken across lines
// ---------------------------------------------------------------------------------------

/// A line's last word and the next line's first word that are one token broken in two.
///
/// Wrapped text goes on at the left margin, so the next line's first word starts at or
/// left of the previous line's last word. Then the pair is one token when:
/// - the last word is a path not yet complete (no extension, no closing punctuation, or a
///   trailing `/` or `-`) and the next word goes on with a lower-case letter, a digit or
///   `-`, `_`, `.`, `/`;
/// - the last word ends in `-` after a letter or digit and the pair holds a digit or `/`
///   (a date, a step id): a compound word may break at its hyphen, an id may not;
/// - the letters at the break make a known word that one of its halves is not
///   (`fortsæt` + `te`), with no hyphen: a word broken without hyphenation.
fn broken_tokens(screen: &Screen, vocabulary: &HashSet<String>) -> Vec<Finding> {
    let mut out = Vec::new();
    for pair in screen.rows.windows(2) {
        let (line, first) = (&pair[0].0, clean(&pair[0].1));
        let second = clean(&pair[1].1);
        let (Some((a_col, a)), Some((b_col, b))) =
            (tokens(&first).pop(), tokens(&second).into_iter().next())
        else {
            continue;
        };
        if b_col > a_col {
            continue;
        }
        let Some(b_first) = b.chars().next() else {
            continue;
        };
        let a_last = a.chars().last().unwrap_or(' ');
        let goes_on =
            b_first.is_lowercase() || b_first.is_ascii_digit() || "-_./".contains(b_first);
        let closed = ".,:;!?)\"”“»…".contains(a_last);
        let broken = if path_like(&a) && !closed {
            goes_on && (a_last == '/' || a_last == '-' || !ends_with_extension(&a))
        } else if a_last == '-' {
            let before = a.chars().rev().nth(1).unwrap_or(' ');
            before.is_alphanumeric()
                && b_first.is_alphanumeric()
                && format!("{a}{b}")
                    .chars()
                    .any(|c| c.is_ascii_digit() || c == '/')
        } else if a_last.is_alphabetic() && b_first.is_lowercase() {
            let head = trailing_letters(&a).to_lowercase();
            let tail = leading_letters(&b).to_lowercase();
            let whole = format!("{head}{tail}");
            vocabulary.contains(&whole)
                && (!vocabulary.contains(&head) || !vocabulary.contains(&tail))
        } else {
            false
        };
        if broken {
            out.push(Finding {
                line: *line,
                rule: "broken-token",
                text: format!("{a}⏎{b}"),
            });
        }
    }
    out
}

// ---------------------------------------------------------------------------------------
// Rule: a raw `id op value`
// ---------------------------------------------------------------------------------------

/// A script's step id: lower-case ASCII, digits, `-` and `_`, starting with a letter.
fn identifier(token: &str) -> bool {
    let mut chars = token.chars();
    chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
        && !token.ends_with('-')
}

fn operator(token: &str) -> bool {
    ["=", "==", "!=", "≠", "<", "<=", "≤", ">", ">=", "≥"].contains(&token)
}

/// What a condition compares with: a number, a quoted text, or another id.
fn value(token: &str) -> bool {
    let token = token.trim_end_matches(|c: char| ",;)".contains(c));
    let number = token
        .trim_start_matches('-')
        .chars()
        .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
        && token.chars().any(|c| c.is_ascii_digit());
    number
        || token.starts_with('"')
        || token.starts_with('„')
        || token.starts_with('“')
        || identifier(token)
}

/// `mood > 7`, `(kun når hard-days ≥ 3)`, `role = "staff"`: the script's syntax where a
/// person should read the question and the answer in words. A legend such as
/// `0 = aldrig` starts with a number, not an id, and is not one.
fn raw_conditions(screen: &Screen) -> Vec<Finding> {
    let mut out = Vec::new();
    for (line, row) in &screen.rows {
        let words: Vec<String> = tokens(&clean(row)).into_iter().map(|(_, t)| t).collect();
        for triple in words.windows(3) {
            let id = triple[0].trim_start_matches(['(', '[', '"', '„', '“']);
            if identifier(id) && operator(&triple[1]) && value(&triple[2]) {
                out.push(Finding {
                    line: *line,
                    rule: "raw-condition",
                    text: triple.join(" "),
                });
            }
        }
    }
    out
}

// ---------------------------------------------------------------------------------------
// Rule: English or OS error text on a Danish screen
// ---------------------------------------------------------------------------------------

/// Phrases that are never Danish, matched as whole words, ignoring case. Words that are
/// also Danish ("is" ice cream, "time" hour, "not" a note, "over", "under", "men") are
/// left out; key names ("Enter", "Esc", "Home", "End") are the same in both languages.
const ENGLISH: &[&str] = &[
    "os error",
    "broken pipe",
    "no such file",
    "permission denied",
    "no space left",
    "read-only file system",
    "is a directory",
    "not a directory",
    "file exists",
    "resource busy",
    "timed out",
    "there is",
    "there are",
    "saved in",
    "could not",
    "cannot",
    "press",
    "try",
    "error",
    "failed",
    "the",
    "and",
    "you",
    "your",
    "with",
    "please",
    "this",
    "which",
    "what",
    "when",
    "where",
];

/// The row as lower-case words separated by single spaces, paths left out: a path shows
/// ids such as `practice-check-in`, which are names, not English text.
fn plain_words(row: &[char]) -> String {
    let words: Vec<String> = tokens(row)
        .into_iter()
        .filter(|(_, t)| !path_like(t))
        .flat_map(|(_, t)| {
            t.split(|c: char| !(c.is_alphabetic() || c == '-'))
                .filter(|w| !w.is_empty())
                .map(str::to_lowercase)
                .collect::<Vec<_>>()
        })
        .collect();
    format!(" {} ", words.join(" "))
}

fn english_in_danish(screen: &Screen) -> Vec<Finding> {
    if !screen.danish {
        return Vec::new();
    }
    let mut out = Vec::new();
    for (line, row) in &screen.rows {
        let words = plain_words(&clean(row));
        for phrase in ENGLISH {
            if words.contains(&format!(" {phrase} ")) {
                out.push(Finding {
                    line: *line,
                    rule: "english-in-danish",
                    text: format!("\"{phrase}\" in {}", row.trim()),
                });
            }
        }
    }
    out
}

// ---------------------------------------------------------------------------------------
// Rule: text cut short while rows are free
// ---------------------------------------------------------------------------------------

/// Where a row's text lives: inside a box (between two `│`), or on the screen.
struct Region {
    /// Columns of the box's left and right borders, if the text is in a box.
    box_columns: Option<(usize, usize)>,
    /// The last column text can reach.
    right: usize,
}

fn region_of(row: &str, text_start: usize) -> Region {
    let chars: Vec<char> = row.chars().collect();
    let left = chars[..text_start].iter().rposition(|c| *c == '│');
    let right = chars[text_start..]
        .iter()
        .position(|c| *c == '│')
        .map(|p| p + text_start);
    match (left, right) {
        (Some(l), Some(r)) => Region {
            box_columns: Some((l, r)),
            right: r.saturating_sub(1),
        },
        _ => Region {
            box_columns: None,
            right: chars.len().saturating_sub(1),
        },
    }
}

fn blank_between(row: &str, from: usize, to: usize) -> bool {
    row.chars()
        .skip(from)
        .take(to.saturating_sub(from))
        .all(|c| c.is_whitespace())
}

/// A list row (a choice, a bullet, a numbered entry) stands alone; it is not a sentence.
fn list_row(text: &str) -> bool {
    let text = text.trim_start_matches(['▸', ' ']);
    ["( )", "(•)", "[ ]", "[x]", "•", "- ", "* "]
        .iter()
        .any(|m| text.starts_with(m))
        // Keys in a footer, parts of a title, a scale's two end labels, a table's
        // columns: items side by side, not a sentence.
        || text.contains(" · ")
        || text.contains("   ")
}

/// A row of prose that stops mid-sentence: several words, near the right edge (the next
/// word did not fit), no closing punctuation, and wrapped: in a box, or under a row of
/// the same paragraph (the same left margin). A centred line such as a WHO-5 item, a
/// complete statement without a full stop, is neither.
fn mid_sentence(text: &str, end_column: usize, region: &Region, wrapped: bool) -> bool {
    const NEXT_WORD: usize = 14;
    let words = text.split_whitespace().count();
    let last = text.chars().last().unwrap_or('.');
    words >= 4
        && !list_row(text)
        && (wrapped || region.box_columns.is_some())
        && end_column + NEXT_WORD >= region.right
        && (last.is_alphanumeric() || ",;(-".contains(last))
}

/// Text cut (`…`, or mid-sentence) while the region below it has room: a blank row right
/// under it in the same region, or, for the last row of a box, two or more blank rows
/// under the box, which could have grown (one blank row is an overlay's margin).
fn cut_short(screen: &Screen) -> Vec<Finding> {
    let mut out = Vec::new();
    let rows = &screen.rows;
    for (index, (line, row)) in rows.iter().enumerate() {
        let cleaned = clean(row);
        let words = tokens(&cleaned);
        let (Some((start, _)), Some((last_col, last))) = (words.first(), words.last()) else {
            continue;
        };
        let end = last_col + last.chars().count() - 1;
        let text: String = cleaned[*start..=end].iter().collect();
        let region = region_of(row, *start);
        let ellipsis = text.ends_with('…');
        let wrapped = index > 0 && {
            let above = clean(&rows[index - 1].1);
            tokens(&above).first().is_some_and(|(s, _)| s == start)
        };
        if !(ellipsis || mid_sentence(&text, end, &region, wrapped)) {
            continue;
        }
        let room = match region.box_columns {
            Some((l, r)) => match rows.get(index + 1) {
                Some((_, next)) if next.chars().nth(l) == Some('│') => {
                    blank_between(next, l + 1, r)
                }
                Some((_, next)) if next.chars().nth(l) == Some('└') => {
                    rows[index + 2..]
                        .iter()
                        .take_while(|(_, r)| is_blank(&clean(r)))
                        .count()
                        >= 2
                }
                _ => false,
            },
            // A row of drawing (a bar, a rule) is not free room.
            None => rows
                .get(index + 1)
                .is_some_and(|(_, next)| next.chars().all(char::is_whitespace)),
        };
        if room {
            out.push(Finding {
                line: *line,
                rule: "cut-short",
                text,
            });
        }
    }
    out
}

// ---------------------------------------------------------------------------------------
// The lint over tests/snapshots
// ---------------------------------------------------------------------------------------

fn lint(screen: &Screen, vocabulary: &HashSet<String>) -> Vec<Finding> {
    let mut found = broken_tokens(screen, vocabulary);
    found.extend(raw_conditions(screen));
    found.extend(english_in_danish(screen));
    found.extend(cut_short(screen));
    found.sort_by_key(|f| f.line);
    found
}

fn files_in(dir: &Path, extension: &str, into: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            files_in(&path, extension, into);
        } else if path.extension().is_some_and(|e| e == extension) {
            into.push(path);
        }
    }
}

/// Every word the program and its scripts can show, whole: from the locales and the
/// scripts, and the words the snapshots show away from a line's ends (where a piece of a
/// broken word would be).
fn vocabulary(root: &Path, screens: &[Screen]) -> HashSet<String> {
    let mut words = HashSet::new();
    let mut sources = Vec::new();
    for dir in ["locales", "docs/example", "dialogues"] {
        files_in(&root.join(dir), "ftl", &mut sources);
        files_in(&root.join(dir), "ron", &mut sources);
    }
    for path in sources {
        if let Ok(text) = fs::read_to_string(&path) {
            words_of(&text, &mut words);
        }
    }
    for screen in screens {
        for (_, row) in &screen.rows {
            let tokens = tokens(&clean(row));
            if tokens.len() > 2 {
                for (_, token) in &tokens[1..tokens.len() - 1] {
                    words_of(token, &mut words);
                }
            }
        }
    }
    words
}

#[test]
fn snapshots_show_no_broken_words_raw_conditions_english_or_cut_text() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    files_in(&root.join("tests/snapshots"), "snap", &mut files);
    files.sort();
    assert!(!files.is_empty(), "no snapshots in tests/snapshots");
    let screens: Vec<(PathBuf, Screen)> = files
        .into_iter()
        .map(|path| {
            let text = fs::read_to_string(&path).expect("a snapshot reads");
            let name = path.file_name().unwrap_or_default().to_string_lossy();
            let screen = Screen::parse(&name, &text);
            (path, screen)
        })
        .collect();
    let only: Vec<Screen> = screens
        .iter()
        .map(|(_, s)| Screen {
            name: s.name.clone(),
            danish: s.danish,
            rows: s.rows.clone(),
        })
        .collect();
    let vocabulary = vocabulary(root, &only);
    let mut report = Vec::new();
    for (path, screen) in &screens {
        let shown = path
            .strip_prefix(root)
            .unwrap_or(path)
            .display()
            .to_string();
        for finding in lint(screen, &vocabulary) {
            report.push(format!(
                "{shown}:{}: {}: {}",
                finding.line, finding.rule, finding.text
            ));
        }
    }
    for line in &report {
        println!("{line}");
    }
    assert!(
        report.is_empty(),
        "{} findings in {} snapshots:\n{}",
        report.len(),
        screens.len(),
        report.join("\n")
    );
}

// ---------------------------------------------------------------------------------------
// The rules on made-up screens
// ---------------------------------------------------------------------------------------

#[cfg(test)]
mod rules {
    use super::*;

    fn vocab(words: &[&str]) -> HashSet<String> {
        let mut set = HashSet::new();
        for w in words {
            words_of(w, &mut set);
        }
        set
    }

    fn rules_of(found: &[Finding]) -> Vec<(usize, &'static str)> {
        found.iter().map(|f| (f.line, f.rule)).collect()
    }

    #[test]
    fn a_path_broken_mid_word_is_found() {
        let screen = Screen::made_up(
            "x_da_60x18",
            &[
                "  Gemt i                                                    ",
                "  /srv/samtale/journals/Søren/2026-11-26T09-15-00Z-practic  ",
                "  e-check-in.txt                                            ",
            ],
        );
        assert_eq!(
            rules_of(&broken_tokens(&screen, &vocab(&[]))),
            [(2, "broken-token")]
        );
    }

    #[test]
    fn a_path_broken_before_a_hyphen_inside_a_box_is_found() {
        let screen = Screen::made_up(
            "x_en_60x18",
            &[
                "    │/srv/samtale/journals/Søren/2026-11-26T09-15-00Z  │    ",
                "    │-practice-check-in.txt: No space left on device   │    ",
            ],
        );
        assert_eq!(
            rules_of(&broken_tokens(&screen, &vocab(&[]))),
            [(1, "broken-token")]
        );
    }

    #[test]
    fn a_path_broken_at_a_slash_or_a_date_hyphen_is_found() {
        let slash = Screen::made_up("x_en", &["  Saved in /srv/samtale/", "  journals/bob.txt"]);
        assert_eq!(broken_tokens(&slash, &vocab(&[])).len(), 1);
        let date = Screen::made_up("x_en", &["  /srv/journals/bob/2026-", "  11-26.txt"]);
        assert_eq!(broken_tokens(&date, &vocab(&[])).len(), 1);
        let id = Screen::made_up("x_en", &["  the step p2-", "  caseworker-2 was"]);
        assert_eq!(broken_tokens(&id, &vocab(&[])).len(), 1);
    }

    #[test]
    fn a_whole_path_and_a_hyphenated_compound_are_not_broken() {
        let screen = Screen::made_up(
            "x_da",
            &[
                "  Gemt i /srv/samtale/journals/Søren/2026-11-26-who5.txt",
                "  og Tryk Enter for at gå videre.",
                "  Det var en FIT-",
                "  samtale om ugen, 18/25",
                "  point i alt.",
            ],
        );
        assert!(broken_tokens(&screen, &vocab(&["samtale"])).is_empty());
    }

    #[test]
    fn a_word_broken_without_hyphenation_is_found_and_a_compound_of_two_words_is_not() {
        let vocabulary = vocab(&["fortsætte", "hverdag", "hver", "dag", "start", "så"]);
        let broken = Screen::made_up(
            "x_da",
            &["  og start så samtalen igen for at forts", "  ætte."],
        );
        assert_eq!(
            rules_of(&broken_tokens(&broken, &vocabulary)),
            [(1, "broken-token")]
        );
        let words = Screen::made_up("x_da", &["  hvordan er din hver", "  dag"]);
        assert!(broken_tokens(&words, &vocabulary).is_empty());
        // A new line that starts further right is another column, not a continuation.
        let columns = Screen::made_up("x_da", &["forts   ", "      ætte"]);
        assert!(broken_tokens(&columns, &vocabulary).is_empty());
    }

    #[test]
    fn a_raw_condition_is_found() {
        let screen = Screen::made_up(
            "x_da",
            &[
                "  │▸ Det lyder som … (kun når mood > 7) (spørges ikke nu)│  ",
                "  │  Hvad gjorde de dage svære? (kun når hard-days ≥ 3) …│  ",
                "  kun for role = \"staff\"",
                "  p2-caseworker-2 != p1",
            ],
        );
        assert_eq!(
            rules_of(&raw_conditions(&screen)),
            [
                (1, "raw-condition"),
                (2, "raw-condition"),
                (3, "raw-condition"),
                (4, "raw-condition")
            ]
        );
    }

    #[test]
    fn a_legend_and_plain_words_are_not_raw_conditions() {
        let screen = Screen::made_up(
            "x_da",
            &[
                "  Gennemsnit af dine svar (0 = aldrig, 4 = altid): 0,3",
                "  kun når din uge var god (over 7)",
                "  WHO-5 ≥ 50 % · 18/25 point",
                "  Enter → videre",
            ],
        );
        assert!(raw_conditions(&screen).is_empty());
    }

    #[test]
    fn english_and_os_text_on_a_danish_screen_is_found() {
        let screen = Screen::made_up(
            "x_da_60x18",
            &[
                "    │-practice-check-in.txt: No space left on device   │    ",
                "    │(os error 28). Alt, der er bekræftet, er gemt.    │    ",
                "  Saved in /srv/samtale/journals/Søren/x.txt",
                "  Press Enter to go on.",
                "  Broken pipe",
            ],
        );
        let found = english_in_danish(&screen);
        let lines: Vec<usize> = found.iter().map(|f| f.line).collect();
        assert_eq!(lines, [1, 2, 2, 3, 4, 5], "{found:#?}");
    }

    #[test]
    fn danish_text_paths_and_keys_are_not_english() {
        let screen = Screen::made_up(
            "x_da_60x18",
            &[
                "  Tryk Enter for at gå videre. Presset er stort.",
                "  Gemt i /srv/samtale/journals/Søren/2026-11-26-practice-check-in.txt",
                "  Home/End · Page Up/Down · Esc tilbage · Ctrl+S spring over",
                "  Er der noget, du vil have med? Det er din tid og din time.",
                "  WHO-5 Trivselsindeks · FIT ORS · is og en and i søen",
            ],
        );
        let found = english_in_danish(&screen);
        // "and" (a duck) is Danish too, but too rare on these screens to be left out.
        assert_eq!(found.len(), 1, "{found:#?}");
        let english = Screen::made_up("x_en_60x18", &["  Press Enter to go on."]);
        assert!(english_in_danish(&english).is_empty());
    }

    #[test]
    fn text_cut_while_rows_below_are_blank_is_found() {
        let result = Screen::made_up(
            "x_da_60x18",
            &[
                "  Pointene er 3 eller lavere, det laveste område. Det er    ",
                "  en god grund til at tale sammen om, hvordan hverdagen     ",
                "  går; det er ikke en diagnose. (Denne grænse kommer fra    ",
                "                                                            ",
                "                                                            ",
                "Enter færdig · ↑↓ rul                                       ",
            ],
        );
        assert_eq!(rules_of(&cut_short(&result)), [(3, "cut-short")]);
        let notes = Screen::made_up(
            "x_da_60x18",
            &[
                "┌Noter til samtalelederen──────────────────────────────────┐",
                "│Spørg i stedet for at gå ud fra det: „nej“ er et fint     │",
                "└──────────────────────────────────────────────────────────┘",
                "                                                            ",
                "                                                            ",
                "Enter videre · Esc tilbage · Ctrl+S spring over · F1 hjælp  ",
            ],
        );
        assert_eq!(rules_of(&cut_short(&notes)), [(2, "cut-short")]);
        let ellipsis = Screen::made_up(
            "x_da_60x18",
            &[
                "  │Det lyder som en god uge. Hvad gjorde den…│  ",
                "  │                                          │  ",
            ],
        );
        assert_eq!(rules_of(&cut_short(&ellipsis)), [(1, "cut-short")]);
    }

    #[test]
    fn text_that_ends_or_fills_its_region_is_not_cut() {
        let screen = Screen::made_up(
            "x_da_60x18",
            &[
                "  ┌Oversigt: Enter springer dertil, Esc lukker───────────┐  ",
                "  │  Velkommen. Det her er en kort snak om, hvordan din …│  ",
                "  │  Gennemsnit af dine svar om søvn, måltider og at kom…│  ",
                "  └──────────────────────────────────────────────────────┘  ",
                "                                                            ",
                "  Hverdagsvanerne er under 50 %. I kan tale om, hvor det    ",
                "  er lettest at begynde: søvn, måltider eller at komme ud.  ",
                "                                                            ",
                "    ( ) Lidt mindre end halvdelen af tiden og lidt mere end ",
                "                                                            ",
                "  Meget dårligt                                 Meget godt  ",
                "  Meget dårligt                                 Meget godt  ",
                "                                                            ",
                " WHO-5 Trivselsindeks: forløbet for p1                      ",
                "                                                            ",
                "Enter færdig · ↑↓ rul                                       ",
            ],
        );
        assert!(cut_short(&screen).is_empty(), "{:#?}", cut_short(&screen));
    }

    #[test]
    fn a_snapshot_file_is_read_row_by_row_with_its_line_numbers() {
        let text = "---\nsource: tests/tui_snapshots.rs\ndescription: \"x\"\n---\n\"ab \"\n\"\"cd\" \"\ncursor: hidden\n";
        let screen = Screen::parse("x_da_60x18.snap", text);
        assert!(screen.danish);
        assert_eq!(
            screen.rows,
            [(5, "ab ".to_owned()), (6, "\"cd\" ".to_owned())]
        );
    }
}
