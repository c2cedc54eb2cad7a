//! The catalogue build.rs makes of the built-in dialogues (what `list` and the home screen
//! show, without parsing a script or a dialogue's Fluent file at start-up) says exactly
//! what the real parse of each script and Fluent file says, in both languages, with
//! samtale's staff word and with a team's own.

use samtale::i18n::{self, CATALOGUE_STEM, FtlSource, Lang, Texts};
use samtale::script::{self, Library};

fn stem(source: &FtlSource) -> String {
    source
        .path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

#[test]
fn the_catalogue_lists_what_the_scripts_and_their_texts_say() {
    let (library, problems) = Library::builtin();
    assert!(problems.is_empty(), "{problems:?}");
    let listed: Vec<_> = library.listed().cloned().collect();
    let scripts: Vec<_> = library.scripts().collect();
    assert_eq!(listed.len(), scripts.len(), "every listed script parses");
    assert!(listed.len() >= 7, "the seven built-in dialogues at least");
    for (listed, script) in listed.iter().zip(&scripts) {
        let d = &script.dialogue;
        assert_eq!(
            (&listed.id, listed.version, listed.audience, listed.minutes),
            (&d.id, d.version, d.audience, d.minutes),
            "{}",
            script.path.display()
        );
        assert!(listed.builtin && script.builtin);
        assert_eq!(
            script.path.file_stem().and_then(|s| s.to_str()),
            Some(listed.id.as_str())
        );
    }

    // The catalogue's Fluent text alone (with samtale's own file, for its terms) gives
    // every title and description as the dialogue's own file does.
    let all = script::builtin_ftl();
    let catalogue: Vec<FtlSource> = library
        .ftl
        .iter()
        .filter(|s| stem(s) == CATALOGUE_STEM || stem(s) == "samtale")
        .cloned()
        .collect();
    assert_eq!(
        catalogue
            .iter()
            .filter(|s| stem(s) == CATALOGUE_STEM)
            .count(),
        Lang::ALL.len(),
        "a catalogue text in every language"
    );
    for staff_word in [None, Some("bostøtte")] {
        for lang in Lang::ALL {
            i18n::set_staff_word(lang, staff_word);
        }
        for lang in Lang::ALL {
            let from_catalogue = Texts::new(lang, &catalogue);
            let from_files = Texts::new(lang, &all);
            let from_library = library.texts(lang);
            for listed in &listed {
                for key in [
                    format!("{}-title", listed.id),
                    format!("{}-description", listed.id),
                ] {
                    assert!(
                        from_catalogue.has_in(lang, &key, None),
                        "{key} is in the {lang} catalogue"
                    );
                    let expected = from_files.get(&key, &[]);
                    assert_ne!(expected, key, "{key} has a text in {lang}");
                    assert_eq!(from_catalogue.get(&key, &[]), expected, "{key} in {lang}");
                    assert_eq!(from_library.get(&key, &[]), expected, "{key} in {lang}");
                }
            }
        }
    }
    for lang in Lang::ALL {
        i18n::set_staff_word(lang, None);
    }
}
