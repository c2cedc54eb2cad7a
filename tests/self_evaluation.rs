//! The self-evaluation forms of Bilag 1 (`selfeval-citizen`, `selfeval-staff`) answered in
//! the line mode as a person would, in Danish and English, with the journal read back:
//! „Ikke relevant“ is recorded as answered and left out of its section's mean, a section
//! with more than one statement left out has no mean and says why, and a skipped statement
//! is not „Ikke relevant“.

mod common;

use common::{Sandbox, assert_score, choice, entries, parse_journal, skipped, summary, text};
use samtale::exit;
use samtale::i18n::Lang;

const BOTH: [Lang; 2] = [Lang::Da, Lang::En];

/// The 23 statements' answers as typed: 1–5, 6 for „Ikke relevant“, empty to skip.
/// p1: 4, not relevant, 5 (mean 4.5, one left out); p2: both not relevant (no mean: two
/// left out, at most one may be); p3: 3, 3, 2 (2.7); p4: skipped, 4 (no mean: not every
/// statement answered); p5–p10: 5 each.
const RATINGS: [&str; 23] = [
    "4", "6", "5", // p1
    "6", "6", // p2
    "3", "3", "2", // p3
    "", "4", // p4
    "5", "5", // p5
    "5", "5", // p6
    "5", "5", "5", // p7
    "5", "5", // p8
    "5", "5", // p9
    "5", "5", // p10
];

fn yes(lang: Lang) -> &'static str {
    match lang {
        Lang::Da => "j",
        Lang::En => "y",
    }
}

/// Everything typed: the ratings, then either the discussion (common ground in words, the
/// other questions skipped, one next step with what, who and when) or „no, not now“.
fn input(lang: Lang, discuss: bool, citizen: bool) -> String {
    let mut lines: Vec<String> = RATINGS.iter().map(|r| (*r).to_owned()).collect();
    if discuss {
        lines.push(yes(lang).to_owned());
        lines.extend(["Vi er enige om netværket.", "."].map(str::to_owned));
        lines.extend(["", "", "", ""].map(str::to_owned));
        lines.extend(["+", "Tale om kriseplaner", "Mette", "I april", ""].map(str::to_owned));
    } else {
        lines.push("n".to_owned());
    }
    if citizen {
        lines.push("2".to_owned()); // may be shared with the team
    }
    lines.push(String::new()); // the review: finish
    lines.join("\n") + "\n"
}

fn left_out_one(lang: Lang, label: &str) -> String {
    match lang {
        Lang::Da => format!("{label}: ét svar var „ikke relevant“ og er ikke talt med."),
        Lang::En => format!("{label}: one answer was “not relevant” and is not counted."),
    }
}

fn too_many(lang: Lang, label: &str) -> String {
    match lang {
        Lang::Da => format!(
            "{label}: ikke regnet ud, fordi 2 svar var „ikke relevant“, og højst 1 kan lades ude."
        ),
        Lang::En => format!(
            "{label}: not worked out, because 2 answers were “not relevant” and at most 1 may be left out."
        ),
    }
}

fn missing(lang: Lang, label: &str) -> String {
    match lang {
        Lang::Da => format!("{label}: ikke regnet ud, fordi ikke alle spørgsmål er besvaret."),
        Lang::En => format!("{label}: not worked out, because not every question was answered."),
    }
}

/// The section labels of p1, p2, p4 as the result shows them.
fn labels(lang: Lang, citizen: bool) -> [&'static str; 3] {
    match (lang, citizen) {
        (Lang::Da, true) => [
            "Et recovery-orienteret samarbejde (gennemsnit 1–5)",
            "En fælles faglig retning (gennemsnit 1–5)",
            "Et sundt liv (gennemsnit 1–5)",
        ],
        (Lang::Da, false) => [
            "Et recovery-orienteret samarbejde (gennemsnit 1–5)",
            "En fælles faglig retning (gennemsnit 1–5)",
            "Et sundt liv for borgeren (gennemsnit 1–5)",
        ],
        (Lang::En, true) => [
            "A recovery-oriented collaboration (mean 1–5)",
            "A shared professional direction (mean 1–5)",
            "A healthy life (mean 1–5)",
        ],
        (Lang::En, false) => [
            "A recovery-oriented collaboration (mean 1–5)",
            "A shared professional direction (mean 1–5)",
            "A healthy life for the citizen (mean 1–5)",
        ],
    }
}

fn complete(dialogue: &str, lang: Lang, discuss: bool) {
    let citizen = dialogue == "selfeval-citizen";
    let sandbox = Sandbox::new(dialogue);
    let out = sandbox.converse(dialogue, "p1", lang.tag(), &input(lang, discuss, citizen));
    out.expect_code(exit::OK);
    assert_eq!(out.stderr, "", "{dialogue} ({lang})");
    let journal = parse_journal(&sandbox.journal("p1"));
    assert!(journal.is_finished(), "{dialogue} ({lang}): {}", out.stdout);
    let answers = journal.answers();

    // „Ikke relevant“ is an answer, recorded as such; a skipped statement is not.
    for step in ["p1-2", "p2-1", "p2-2"] {
        assert_eq!(answers.get(step), Some(&choice("not-relevant")), "{step}");
    }
    assert_eq!(answers.get("p4-1"), Some(&skipped()));
    assert_eq!(answers.get("p1-1"), Some(&choice("r4")));
    assert_eq!(answers.get("p3-3"), Some(&choice("r2")));

    // Each section's mean, without the statements that are not relevant.
    assert_score(&journal, "p1-mean", 4.5);
    assert_score(&journal, "p3-mean", 2.7);
    for section in 5..=10 {
        assert_score(&journal, &format!("p{section}-mean"), 5.0);
    }
    let scores = journal.scores();
    assert!(!scores.contains_key("p2-mean"), "two left out: {scores:?}");
    assert!(!scores.contains_key("p4-mean"), "one skipped: {scores:?}");
    assert_eq!(scores.len(), 8, "{scores:?}");

    // The result says why, on screen and in the journal's summary.
    let [p1, p2, p4] = labels(lang, citizen);
    let summary = summary(&journal);
    for line in [
        left_out_one(lang, p1),
        too_many(lang, p2),
        missing(lang, p4),
    ] {
        assert!(
            summary.contains(&line),
            "`{line}` not in the summary:\n{summary}"
        );
        assert!(
            out.stdout.contains(&line),
            "`{line}` not on screen:\n{}",
            out.stdout
        );
    }

    // The discussion, or the form finished without it.
    assert_eq!(
        answers.get("discuss-now"),
        Some(&common::yes_no(discuss)),
        "{dialogue} ({lang})"
    );
    if discuss {
        assert_eq!(
            answers.get("common"),
            Some(&text("Vi er enige om netværket."))
        );
        assert_eq!(answers.get("different"), Some(&skipped()));
        assert_eq!(
            answers.get("next-steps"),
            Some(&entries(&[&[
                ("what", "Tale om kriseplaner"),
                ("who", "Mette"),
                ("when", "I april")
            ]])),
        );
    } else {
        assert_eq!(answers.get("common"), None, "no discussion after „no“");
    }
    if citizen {
        assert_eq!(answers.get("share"), Some(&choice("yes")));
    }
}

#[test]
fn the_citizens_form_leaves_not_relevant_out_of_each_sections_mean() {
    for lang in BOTH {
        complete("selfeval-citizen", lang, lang == Lang::Da);
        complete("selfeval-citizen", lang, lang == Lang::En);
    }
}

#[test]
fn the_staff_form_leaves_not_relevant_out_of_each_sections_mean() {
    for lang in BOTH {
        complete("selfeval-staff", lang, lang == Lang::En);
        complete("selfeval-staff", lang, lang == Lang::Da);
    }
}

/// The statements whose source says „bostøtten“ of the person say the team's own word,
/// at the start of a sentence too.
#[test]
fn the_statements_say_the_teams_own_staff_word() {
    let sandbox = Sandbox::new("selfeval-staff-word");
    std::fs::write(
        &sandbox.config,
        "(staff_word: Some((da: Some(\"bostøtte\"), en: Some(\"key worker\"))))\n",
    )
    .expect("write the config");
    let out = sandbox.converse("selfeval-citizen", "p1", "da", ":pause\n");
    assert!(
        out.stdout
            .contains("Mine ønsker, håb og drømme er i fokus i mit samarbejde med bostøtten"),
        "{}",
        out.stdout
    );
    let out = sandbox.converse("selfeval-citizen", "p2", "da", "1\n:pause\n");
    assert!(
        out.stdout
            .contains("Bostøtten lytter, forstår og anerkender mine perspektiver"),
        "{}",
        out.stdout
    );
    let out = sandbox.converse("selfeval-citizen", "p3", "en", "1\n:pause\n");
    assert!(
        out.stdout
            .contains("My key worker listens to, understands and recognises my perspectives"),
        "{}",
        out.stdout
    );
}
