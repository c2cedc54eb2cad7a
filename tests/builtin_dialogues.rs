//! Every built-in dialogue loads and checks clean in both languages.

use samtale::i18n::Lang;
use samtale::script::{self, Library};

#[test]
fn every_builtin_dialogue_checks_clean() {
    let texts = script::app_texts(Lang::En);
    let problems: Vec<String> = script::check_builtin()
        .iter()
        .map(|p| p.render(&texts))
        .collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_builtin_library_has_every_dialogue_of_the_library() {
    let (library, problems) = Library::builtin();
    assert!(problems.is_empty(), "{problems:?}");
    let mut ids: Vec<&str> = library.scripts().map(|s| s.dialogue.id.as_str()).collect();
    ids.sort();
    assert_eq!(
        ids,
        [
            "coping-plan",
            "crisis-plan",
            "dilemma-cards",
            "ending",
            "expectations",
            "fit-feedback",
            "fit-ors",
            "fit-srs",
            "goals-followup",
            "hope-path",
            "la2-safety-plan",
            "la2-wellbeing-plan",
            "network-map",
            "post-crisis-learning",
            "reflection-principles",
            "selfeval-citizen",
            "selfeval-staff",
            "who5"
        ]
    );
}

/// The reflection box of pejlemærke 1 supports the support worker's reflection: it is on
/// the path of staff, never of a caseworker at the authority.
#[test]
fn the_pejlemaerke_box_is_asked_of_staff_only() {
    use samtale::engine::{Answer, Value, flow};
    use std::collections::BTreeMap;
    let (library, _) = Library::builtin();
    let script = library
        .get("reflection-principles")
        .expect("reflection-principles");
    let dialogue = &script.dialogue;
    let steps = flow::steps(dialogue);
    let path_of = |role: &str| -> Vec<String> {
        let mut answers = BTreeMap::new();
        answers.insert(
            "role".to_owned(),
            Answer::Given(Value::Choice(role.to_owned())),
        );
        flow::path(dialogue, &answers)
            .into_iter()
            .map(|i| steps[i].1.id.clone())
            .collect()
    };
    let staff = path_of("staff");
    let caseworker = path_of("caseworker");
    assert!(staff.iter().any(|id| id == "feedback-told"), "{staff:?}");
    assert!(
        !caseworker.iter().any(|id| id.starts_with("feedback")),
        "{caseworker:?}"
    );
    // No split question starts with "Og …" / "And …".
    for lang in [Lang::Da, Lang::En] {
        let texts = library.texts(lang);
        for (_, step) in &steps {
            let question = samtale::wording::question(&texts, dialogue, step, None);
            assert!(
                !question.starts_with("Og ") && !question.starts_with("And "),
                "{}: {question}",
                step.id
            );
        }
    }
}

/// The trend's recall periods are the scripts' own (`recall_days`), and each instrument's
/// change flag is in its script.
#[test]
fn the_trends_recall_periods_and_change_flags_are_the_scripts() {
    use samtale::history::Instrument;
    let (library, _) = Library::builtin();
    for instrument in Instrument::ALL {
        let script = library.get(instrument.dialogue()).expect("built in");
        assert_eq!(
            script.dialogue.recall_days,
            instrument.recall_days(),
            "{}",
            instrument.dialogue()
        );
        for flag in instrument.change_flags() {
            assert!(
                script.dialogue.flags.iter().any(
                    |f| f.id == *flag && matches!(f.rule, samtale::script::Rule::Change { .. })
                ),
                "{}: {flag}",
                instrument.dialogue()
            );
        }
    }
}
