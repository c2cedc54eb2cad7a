//! Sub-goals carried between conversations (issue 12, points 1 and 2): Håbets Sti makes
//! one, Opfølgning på delmål follows it up over time, and `history` and `trend` show its
//! course. The real binary in line mode, journals read back with the strict parser.

mod common;

use common::{Sandbox, choice, number, parse_journal, skipped, text};
use samtale::engine::Answer;
use samtale::engine::sub_goals::Status;
use samtale::exit;
use samtale::journal::{Block, Journal};

/// The one `sub-goal` block of a journal, as (id, made-in, text, status, progress, words).
type GoalLine = (String, String, String, Status, Option<f64>, Option<String>);

fn goal_blocks(journal: &Journal) -> Vec<GoalLine> {
    journal
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::SubGoal {
                id,
                made_in,
                text,
                status,
                progress,
                words,
                ..
            } => Some((
                id.clone(),
                made_in.clone(),
                text.clone(),
                *status,
                *progress,
                words.clone(),
            )),
            _ => None,
        })
        .collect()
}

fn answer(journal: &Journal, step: &str) -> Option<Answer> {
    journal.answers().get(step).cloned()
}

/// Håbets Sti typed through: the goal, stage 1 with one supporter and a skipped question,
/// stage 2 skipped, stage 3 with the committed first step, how, and who supports.
fn hope_path_input(first_step: &str) -> String {
    [
        "At komme i uddannelse",
        ".",
        "Jeg har ringet til VUC",
        ".",
        "", // hard-so-far: skipped
        "Hjælp til at ringe",
        ".",
        "+",
        "Min søster",
        "Kørte mig derhen",
        "", // the list is done
        "",
        "",
        "",
        "", // stage 2 skipped, its list left empty
        first_step,
        ".",
        "Finde nummeret i morgen",
        ".",
        "+",
        "Min bostøtte",
        "Sidder ved siden af",
        "",
        "", // the review: finish
    ]
    .join("\n")
        + "\n"
}

fn follow_up_input(progress: &str, words: &str, decision: &str, new_goal: &str) -> String {
    let mut lines = vec![progress, words, ".", decision];
    if new_goal.is_empty() {
        lines.push("");
    } else {
        lines.extend([new_goal, "."]);
    }
    lines.extend(["n", ""]);
    lines.join("\n") + "\n"
}

fn run(sandbox: &Sandbox, dialogue: &str, lang: &str, input: &str) -> Journal {
    let before = sandbox.journals("p1");
    let out = sandbox.converse(dialogue, "p1", lang, input);
    out.expect_code(exit::OK);
    let after = sandbox.journals("p1");
    let new: Vec<_> = after.iter().filter(|p| !before.contains(p)).collect();
    assert_eq!(new.len(), 1, "one new journal: {new:?}\n{}", out.stdout);
    let journal = parse_journal(new[0]);
    assert!(
        journal.is_finished(),
        "{dialogue} finished:\n{}",
        out.stdout
    );
    // Conversations of one participant are told apart by the second they started in.
    std::thread::sleep(std::time::Duration::from_millis(1100));
    journal
}

fn file_of(sandbox: &Sandbox, dialogue: &str) -> String {
    sandbox
        .journals("p1")
        .iter()
        .map(|p| {
            p.file_name()
                .expect("a name")
                .to_string_lossy()
                .into_owned()
        })
        .find(|name| name.ends_with(&format!("{dialogue}.txt")))
        .expect("the journal")
}

#[test]
fn hope_path_records_the_first_step_as_a_sub_goal_in_both_languages() {
    for lang in ["da", "en"] {
        let sandbox = Sandbox::new("hope-path");
        let journal = run(
            &sandbox,
            "hope-path",
            lang,
            &hope_path_input("Ringe til studievejledningen"),
        );
        assert_eq!(
            answer(&journal, "goal"),
            Some(text("At komme i uddannelse"))
        );
        assert_eq!(answer(&journal, "hard-so-far"), Some(skipped()));
        assert_eq!(
            answer(&journal, "supporters-then"),
            Some(common::entries(&[&[
                ("name", "Min søster"),
                ("how", "Kørte mig derhen")
            ]]))
        );
        assert_eq!(
            answer(&journal, "supporters-first"),
            Some(common::entries(&[&[
                ("name", "Min bostøtte"),
                ("how", "Sidder ved siden af")
            ]]))
        );
        let file = file_of(&sandbox, "hope-path");
        let stem = file.trim_end_matches(".txt");
        assert_eq!(
            goal_blocks(&journal),
            vec![(
                format!("{stem}/first-step"),
                file.clone(),
                "Ringe til studievejledningen".to_owned(),
                Status::New,
                None,
                None
            )],
            "{lang}"
        );
        // The block comes just before `finished`, readable as it is.
        let written = std::fs::read_to_string(sandbox.participant_dir("p1").join(&file))
            .expect("read the journal");
        assert!(
            written.contains("\n== sub-goal ")
                && written.contains("text: Ringe til studievejledningen\nstatus: new\n"),
            "{written}"
        );
    }
}

#[test]
fn hope_path_with_the_first_step_skipped_makes_no_sub_goal() {
    let sandbox = Sandbox::new("hope-path-none");
    let journal = run(&sandbox, "hope-path", "da", &hope_path_input(""));
    // An empty first step is a skip: "." alone ends an empty text.
    assert!(goal_blocks(&journal).is_empty(), "{:?}", journal.blocks);
    let out = sandbox.run(&["history", "--participant", "p1", "--lang", "da"], "");
    assert!(
        out.stdout.contains("Der er ingen delmål endnu."),
        "{}",
        out.stdout
    );
}

#[test]
fn a_sub_goal_made_followed_up_twice_and_finished() {
    let sandbox = Sandbox::new("goals-course");
    run(
        &sandbox,
        "hope-path",
        "da",
        &hope_path_input("Ringe til studievejledningen"),
    );
    let made_in = file_of(&sandbox, "hope-path");
    let id = format!("{}/first-step", made_in.trim_end_matches(".txt"));

    // First follow-up: how it went, and keep it; a new sub-goal besides.
    let second = run(
        &sandbox,
        "goals-followup",
        "da",
        &follow_up_input("4", "Jeg fandt nummeret", "1", "Gå en tur hver dag"),
    );
    assert_eq!(answer(&second, "progress.1"), Some(number(4.0)));
    assert_eq!(answer(&second, "decision.1"), Some(choice("keep")));
    let followed = file_of(&sandbox, "goals-followup");
    let walk_id = format!("{}/new-goal", followed.trim_end_matches(".txt"));
    assert_eq!(
        goal_blocks(&second),
        vec![
            (
                id.clone(),
                made_in.clone(),
                "Ringe til studievejledningen".to_owned(),
                Status::Kept,
                Some(4.0),
                Some("Jeg fandt nummeret".to_owned())
            ),
            (
                walk_id.clone(),
                followed.clone(),
                "Gå en tur hver dag".to_owned(),
                Status::New,
                None,
                None
            ),
        ]
    );

    // Second follow-up: both open sub-goals are asked, in the order made; the first is
    // reached, the walk is changed into new words.
    let input = [
        "9",
        "Jeg har ringet, og jeg skal til samtale",
        ".",
        "3", // finish
        "5",
        "Det regner meget",
        ".",
        "2", // change
        "Gå en tur tre gange om ugen",
        ".",
        "", // no new sub-goal
        "n",
        "",
    ]
    .join("\n")
        + "\n";
    let third = run(&sandbox, "goals-followup", "da", &input);
    assert_eq!(answer(&third, "decision.1"), Some(choice("finish")));
    assert_eq!(answer(&third, "decision.2"), Some(choice("change")));
    let statuses: Vec<(String, Status, String)> = goal_blocks(&third)
        .into_iter()
        .map(|(id, _, text, status, ..)| (id, status, text))
        .collect();
    assert_eq!(
        statuses,
        vec![
            (
                id.clone(),
                Status::Finished,
                "Ringe til studievejledningen".to_owned()
            ),
            (
                walk_id.clone(),
                Status::Changed,
                "Gå en tur tre gange om ugen".to_owned()
            ),
        ]
    );

    // A fourth follow-up asks only the walk, in its new words; the finished one is gone.
    let out = sandbox.converse("goals-followup", "p1", "da", ":pause\n");
    assert!(
        out.stdout
            .contains("Hvordan er det gået med dit delmål „Gå en tur tre gange om ugen“?"),
        "{}",
        out.stdout
    );
    assert!(!out.stdout.contains("studievejledningen"), "{}", out.stdout);

    // history and trend show each sub-goal's course.
    let history = sandbox.run(&["history", "--participant", "p1", "--lang", "da"], "");
    history.expect_code(exit::OK);
    for expected in [
        "Delmål",
        "1. „Ringe til studievejledningen“ – nået",
        "sat",
        "holder fast · hvordan det er gået: 4 (0–10) · Jeg fandt nummeret",
        "nået · hvordan det er gået: 9 (0–10)",
        "2. „Gå en tur tre gange om ugen“ – med nye ord",
        "Forløb: ▄█",
    ] {
        assert!(
            history.stdout.contains(expected),
            "`{expected}` not in the history:\n{}",
            history.stdout
        );
    }
    let trend = sandbox.run(
        &[
            "trend",
            "goals-followup",
            "--participant",
            "p1",
            "--lang",
            "en",
        ],
        "",
    );
    trend.expect_code(exit::OK);
    for expected in [
        "Sub-goals",
        "1. \"Ringe til studievejledningen\" – reached",
        "kept · how it has gone: 4 (0–10)",
        "Course: ▄█",
    ] {
        assert!(
            trend.stdout.contains(expected),
            "`{expected}` not in the trend:\n{}",
            trend.stdout
        );
    }
}

#[test]
fn goals_followup_in_english_with_nothing_open_can_set_a_new_sub_goal() {
    let sandbox = Sandbox::new("goals-en");
    let journal = run(
        &sandbox,
        "goals-followup",
        "en",
        &["Call the job centre", ".", "y", ""].join("\n"),
    );
    assert_eq!(goal_blocks(&journal).len(), 1);
    assert_eq!(goal_blocks(&journal)[0].2, "Call the job centre");
    assert_eq!(goal_blocks(&journal)[0].3, Status::New);
    assert_eq!(answer(&journal, "authority"), Some(common::yes_no(true)));
}
