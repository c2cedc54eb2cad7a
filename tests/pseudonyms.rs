//! Pseudonyms that look alike are one person or refused: compared case-insensitively after
//! Unicode NFKC, a new one that collides with an existing one is refused (naming it), one
//! name never mixes scripts, and a decomposed "é" is simply normalised.

mod common;

use common::sandbox::Sandbox;
use samtale::journal::Store;
use samtale::journal::StoreError;
use samtale::journal::store::{is_valid_participant, normalise_participant, participant_key};

/// The look-alike list of issue 8: the first four differ only in case or in one Cyrillic
/// letter, the last is full-width.
const ANNA: &str = "Anna";
const LOWER: &str = "anna";
const UPPER: &str = "ANNA";
const CYRILLIC_A: &str = "\u{430}nna";
const FULL_WIDTH: &str = "\u{FF41}\u{FF4E}\u{FF4E}\u{FF41}";
const DECOMPOSED: &str = "Jose\u{301}";
const COMPOSED: &str = "Jos\u{E9}";

fn store_with(sandbox: &Sandbox, participants: &[&str]) -> Store {
    for p in participants {
        std::fs::create_dir_all(sandbox.data.join("journals").join(p)).expect("a folder");
    }
    Store::new(sandbox.data.clone())
}

#[test]
fn the_look_alike_list_is_one_key_and_the_cyrillic_one_is_refused_as_mixed() {
    for name in [ANNA, LOWER, UPPER, FULL_WIDTH] {
        assert_eq!(participant_key(name), "anna", "{name}");
    }
    assert_eq!(normalise_participant(FULL_WIDTH), "anna");
    assert!(
        !is_valid_participant(CYRILLIC_A),
        "Latin and Cyrillic in one name"
    );
    assert!(
        is_valid_participant("анна"),
        "a name all in Cyrillic is a name"
    );
    assert!(is_valid_participant("Ærø-3"));
    // A decomposed é is the same name as the composed one, not a look-alike.
    assert_eq!(normalise_participant(DECOMPOSED), COMPOSED);
    assert!(is_valid_participant(&normalise_participant(DECOMPOSED)));
    assert!(
        !is_valid_participant(DECOMPOSED),
        "only the normal form names a folder"
    );
}

#[test]
fn a_new_pseudonym_like_an_existing_one_is_refused_and_names_it() {
    let sandbox = Sandbox::new("pseudonyms-store");
    let store = store_with(&sandbox, &[ANNA, COMPOSED]);
    assert!(
        store.check_participant(ANNA).is_ok(),
        "the existing one itself"
    );
    for typed in [LOWER, UPPER, FULL_WIDTH] {
        let name = normalise_participant(typed);
        match store.check_participant(&name) {
            Err(StoreError::LooksLike { existing, .. }) => assert_eq!(existing, ANNA, "{typed}"),
            other => panic!("{typed}: {other:?}"),
        }
    }
    assert!(matches!(
        store.check_participant(CYRILLIC_A),
        Err(StoreError::BadParticipant(_))
    ));
    // Typed decomposed, it is José's own folder: no look-alike message.
    assert!(
        store
            .check_participant(&normalise_participant(DECOMPOSED))
            .is_ok()
    );
    assert!(
        store.check_participant("bob").is_ok(),
        "a new, different name"
    );
    assert_eq!(
        store.participants(),
        vec![ANNA.to_owned(), COMPOSED.to_owned()]
    );
}

#[test]
fn the_command_line_refuses_a_look_alike_and_writes_nothing() {
    let sandbox = Sandbox::new("pseudonyms-cli");
    store_with(&sandbox, &[ANNA]);
    for (typed, lang, says) in [
        (LOWER, "en", "\"anna\" looks like the pseudonym \"Anna\""),
        (UPPER, "da", "„ANNA“ ligner pseudonymet „Anna“"),
        (
            FULL_WIDTH,
            "en",
            "\"anna\" looks like the pseudonym \"Anna\"",
        ),
        (CYRILLIC_A, "en", "letters from one script"),
    ] {
        let out = sandbox.converse("who5", typed, lang, "");
        out.expect_code(2);
        assert!(out.stderr.contains(says), "{typed}: {}", out.stderr);
    }
    let folders: Vec<_> = std::fs::read_dir(sandbox.data.join("journals"))
        .expect("journals")
        .filter_map(Result::ok)
        .map(|e| e.file_name())
        .collect();
    assert_eq!(folders.len(), 1, "{folders:?}");
    assert!(
        sandbox.journals(ANNA).is_empty(),
        "nothing written for Anna either"
    );
}

#[test]
fn a_decomposed_e_is_written_composed_without_a_look_alike_message() {
    let sandbox = Sandbox::new("pseudonyms-decomposed");
    store_with(&sandbox, &[COMPOSED]);
    let out = sandbox.converse("who5", DECOMPOSED, "en", ":pause\n");
    assert!(!out.stderr.contains("looks like"), "{}", out.stderr);
    assert_eq!(sandbox.journals(COMPOSED).len(), 1, "{}", out.stderr);
    let text = std::fs::read_to_string(&sandbox.journals(COMPOSED)[0]).expect("journal");
    assert!(
        text.contains(&format!("participant: {COMPOSED}\n")),
        "{text}"
    );
}

/// Typed on screen: the home screen of facilitated use names the existing pseudonym; the
/// kiosk refuses without naming anyone, and starts nothing.
#[test]
fn on_screen_a_look_alike_is_refused_and_the_kiosk_names_no_one() {
    use common::ui::{Cfg, DataDir, Harness};
    use samtale::frontend::Launch;
    use samtale::ui::Screen;

    let mut home = Harness::launched(Cfg::en(), &Launch::Home, &[ANNA], DataDir::new());
    home.type_text(UPPER);
    home.enter();
    let text = home.text();
    assert!(text.contains("looks like the pseudonym"), "{text}");
    assert!(text.contains("\"Anna\""), "{text}");

    let kiosk = Launch::Kiosk {
        dialogue: "who5".to_owned(),
        staff_code: "4321".to_owned(),
        inactivity_minutes: 5,
        result_seconds: 60,
    };
    let mut kiosk = Harness::launched(Cfg::da(), &kiosk, &[ANNA], DataDir::new());
    kiosk.type_text(FULL_WIDTH);
    kiosk.enter();
    let text = kiosk.text();
    assert!(text.contains("ligner for meget et andet"), "{text}");
    assert!(!text.contains("Anna"), "{text}");
    assert!(kiosk.runner.sink.journals.is_empty(), "nothing started");
    assert!(matches!(kiosk.ui.screen, Screen::Kiosk(_)));
}

/// An Enter on the empty pseudonym field says what to do, instead of refusing an empty
/// name by its rules; a refused name's rules are shown whole, not cut off at 80×24.
#[test]
fn an_empty_enter_asks_for_a_pseudonym_and_a_refused_one_shows_its_rules_whole() {
    use common::ui::{Cfg, DataDir, Harness};
    use samtale::frontend::Launch;
    use samtale::ui::Screen;

    for (cfg, ask, last_words) in [
        (
            Cfg::da(),
            "Skriv et pseudonym først",
            "kyrilliske blandet).",
        ),
        (Cfg::en(), "Type a pseudonym first", "Cyrillic mixed)."),
    ] {
        let mut home = Harness::launched(cfg, &Launch::Home, &[], DataDir::new());
        home.enter();
        let text = home.text();
        assert!(text.contains(ask), "{text}");
        assert!(!text.contains("„“") && !text.contains("\"\""), "{text}");

        home.type_text("../anna");
        home.enter();
        let text = home.text();
        let squashed: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(squashed.contains(last_words), "{text}");
        assert!(matches!(home.ui.screen, Screen::Home(_)), "still asking");
        assert!(home.runner.sink.journals.is_empty(), "nothing started");
    }
}
