//! A participant's sub-goals in the line-mode reports: each sub-goal's course over time,
//! under `samtale history` and as the trend of a dialogue that makes or follows them up.

use std::io::{self, Write};

use crate::engine::sub_goals::Status;
use crate::history::sparkline;
use crate::i18n::Texts;
use crate::journal::Found;
use crate::journal::sub_goals::file_name;
use crate::journal::sub_goals::{Course, courses};
use crate::script::Library;

/// Whether any of these dialogues (of a participant's journals) is one that makes or follows up sub-goals.
pub fn any<'a>(mut held: impl Iterator<Item = &'a str>, dialogues: &Library) -> bool {
    held.any(|dialogue| {
        dialogues
            .get(dialogue)
            .is_some_and(|script| script.dialogue.touches_sub_goals())
    })
}

/// The sub-goals of these journals (one participant's, oldest first).
pub fn of(found: &[Found]) -> Vec<Course> {
    let named: Vec<(String, &crate::journal::Journal)> = found
        .iter()
        .map(|f| (file_name(&f.path), &f.journal))
        .collect();
    courses(
        named
            .iter()
            .map(|(file, journal)| (file.as_str(), *journal)),
    )
}

fn status(texts: &Texts, status: Status) -> String {
    texts.get("sub-goal-status", &[("status", status.tag().to_owned())])
}

/// Every sub-goal, numbered in the order made: its words now, where it stands, and one
/// line a conversation with how it went; a sparkline of "how it went" (0–10) when it was
/// followed up more than once.
pub fn write(texts: &Texts, courses: &[Course], out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "\n{}", texts.get("sub-goals-heading", &[]))?;
    if courses.is_empty() {
        writeln!(out, "{}", texts.get("sub-goals-none", &[]))?;
        return Ok(());
    }
    for (index, course) in courses.iter().enumerate() {
        writeln!(
            out,
            "\n{}",
            texts.get(
                "sub-goals-goal",
                &[
                    ("number", (index + 1).to_string()),
                    ("text", course.text().replace('\n', " ")),
                    ("status", status(texts, course.status())),
                ]
            )
        )?;
        for point in &course.points {
            let mut line = format!(
                "     {}  {}",
                point.at.format("%Y-%m-%d"),
                status(texts, point.status)
            );
            if let Some(progress) = point.progress {
                line.push_str(&format!(
                    " · {}",
                    texts.get(
                        "sub-goals-progress",
                        &[(
                            "progress",
                            texts.number(progress, u8::from(progress.fract() != 0.0))
                        )]
                    )
                ));
            }
            if let Some(words) = &point.words {
                line.push_str(&format!(" · {}", words.replace('\n', " ")));
            }
            writeln!(out, "{line}")?;
        }
        let values: Vec<Option<f64>> = course
            .points
            .iter()
            .filter_map(|p| p.progress.map(Some))
            .collect();
        if values.len() > 1 {
            writeln!(
                out,
                "     {}",
                texts.get(
                    "sub-goals-course",
                    &[("line", sparkline(&values, 0.0, 10.0))]
                )
            )?;
        }
    }
    Ok(())
}
