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
            "ending",
            "expectations",
            "fit-feedback",
            "fit-ors",
            "fit-srs",
            "la2-safety-plan",
            "la2-wellbeing-plan",
            "post-crisis-learning",
            "reflection-principles",
            "who5"
        ]
    );
}
