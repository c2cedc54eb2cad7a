//! The FHIR export as a receiving system sees it: a Questionnaire for every dialogue (the
//! built-in ones and two of a trainer's own, tests/fixtures/questionnaire), in both
//! languages, valid R4 by a validator that is not ours; WHO-5 and ORS conversations as
//! transaction Bundles whose Observations hold the scores; every URL under the configured
//! `fhir_base`; and no conversation without consent in any export.

use std::fs;
use std::path::{Path, PathBuf};

mod common;

use common::Sandbox;
use common::outside;
use samtale::exit;
use samtale::export::{self, BundleKind, FhirSettings};
use samtale::i18n::Lang;
use samtale::journal::format::Block;
use samtale::journal::store::{Found, Store};
use samtale::script::Library;
use serde_json::Value as Json;

const BASE: &str = "https://fhir.kommune.example/samtale";

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The built-in dialogues, the export fixtures' own, and the two Questionnaire fixtures.
fn library() -> Library {
    let (mut library, problems) = Library::builtin();
    assert!(problems.is_empty(), "built-in dialogues: {problems:?}");
    for folder in [
        "tests/fixtures/export/dialogues",
        "tests/fixtures/questionnaire",
    ] {
        let problems = library.add_folder(&root().join(folder));
        assert!(
            !problems.iter().any(|p| p.is_error()),
            "{folder}: {problems:?}"
        );
    }
    library
}

fn settings() -> FhirSettings {
    FhirSettings::new(Some(BASE), None)
}

/// The export fixtures: p-anna's FIT ORS and p-bo's WHO-5 (both shared), p-bo's sample,
/// and two of p-anna's that may not be shared.
fn journals() -> Vec<Found> {
    let store = Store::new(root().join("tests/fixtures/export"));
    let mut all = Vec::new();
    for participant in store.participants() {
        for found in store.journals(&participant).expect("the fixtures read") {
            all.push(found.expect("every fixture journal reads"));
        }
    }
    all
}

fn shared(library: &Library) -> Vec<Found> {
    journals()
        .into_iter()
        .filter(|f| export::shared(&f.journal, library))
        .collect()
}

fn parse(text: &str) -> Json {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("not JSON ({e}): {text}"))
}

fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("export-fhir-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).expect("a scratch folder");
    dir
}

fn items(questionnaire: &Json) -> Vec<&Json> {
    fn walk<'a>(items: &'a Json, out: &mut Vec<&'a Json>) {
        for item in items.as_array().into_iter().flatten() {
            out.push(item);
            walk(&item["item"], out);
        }
    }
    let mut out = Vec::new();
    walk(&questionnaire["item"], &mut out);
    out
}

fn item<'a>(questionnaire: &'a Json, link: &str) -> &'a Json {
    items(questionnaire)
        .into_iter()
        .find(|i| i["linkId"] == link)
        .unwrap_or_else(|| panic!("no item {link}"))
}

// ---------------------------------------------------------------------------------------
// Questionnaires
// ---------------------------------------------------------------------------------------

#[test]
fn a_questionnaire_for_every_dialogue_in_both_languages_passes_an_outside_r4_validator() {
    let library = library();
    let dir = scratch("questionnaires");
    let mut files = Vec::new();
    for script in library.scripts() {
        for lang in Lang::ALL {
            let text = export::questionnaire(&script.dialogue.id, &library, lang, &settings())
                .expect("the dialogue is there");
            let parsed = parse(&text);
            assert_eq!(parsed["resourceType"], "Questionnaire");
            assert_eq!(parsed["language"], lang.tag());
            assert_eq!(
                parsed["url"],
                format!("{BASE}/Questionnaire/{}", script.dialogue.id)
            );
            assert_eq!(parsed["version"], script.dialogue.version.to_string());
            // Every step is an item, with its linkId the step id.
            for step in script.dialogue.sections.iter().flat_map(|s| &s.steps) {
                item(&parsed, &step.id);
            }
            let file = dir.join(format!("{}-{}.json", script.dialogue.id, lang.tag()));
            fs::write(&file, text).expect("write");
            files.push(file);
        }
    }
    // Every built-in dialogue, the export sample, and the two of a trainer's own.
    let (builtin, _) = Library::builtin();
    assert_eq!(
        files.len(),
        (builtin.scripts().count() + 3) * 2,
        "{files:?}"
    );
    assert!(files.len() >= 20, "{files:?}");
    let test =
        "a_questionnaire_for_every_dialogue_in_both_languages_passes_an_outside_r4_validator";
    if let Some(python) = outside::fhir_python(test) {
        match outside::validate_fhir_files(&python, &files) {
            Ok(report) => assert_eq!(
                report.matches("a valid FHIR R4").count(),
                files.len(),
                "{report}"
            ),
            Err(problems) => panic!("a Questionnaire is not valid R4:\n{problems}"),
        }
    }
}

#[test]
fn who5s_answer_options_carry_ordinal_values_and_kls_codes() {
    let library = library();
    let q = parse(&export::questionnaire("who5", &library, Lang::Da, &settings()).expect("who5"));
    assert_eq!(q["code"][0]["system"], "http://snomed.info/sct");
    assert_eq!(q["code"][0]["code"], "1144665009");
    let codes = [
        ("cheerful", "285854004"),
        ("calm", "285854004"),
        ("active", "406202006"),
        ("rested", "404949004"),
        ("interested", "247752005"),
    ];
    for (step, code) in codes {
        let item = item(&q, step);
        assert_eq!(item["type"], "choice");
        assert_eq!(item["code"][0]["code"], code, "{step}");
        let options = item["answerOption"].as_array().expect("answer options");
        let ordinals: Vec<f64> = options
            .iter()
            .map(|o| {
                let ext = &o["valueCoding"]["extension"][0];
                assert_eq!(
                    ext["url"],
                    "http://hl7.org/fhir/StructureDefinition/ordinalValue"
                );
                ext["valueDecimal"].as_f64().expect("a decimal")
            })
            .collect();
        assert_eq!(ordinals, [5.0, 4.0, 3.0, 2.0, 1.0, 0.0], "{step}");
        // The Danish label, with the English beside it.
        let first = &options[0]["valueCoding"];
        assert_eq!(first["code"], "all-of-the-time");
        assert_eq!(first["display"], "Hele tiden");
        let translation = &first["_display"]["extension"][0];
        assert_eq!(translation["extension"][0]["valueCode"], "en");
        assert_eq!(
            translation["extension"][1]["valueString"],
            "All of the time"
        );
    }
    // The consent question scores nothing: no ordinal values.
    assert!(item(&q, "share")["answerOption"][0]["valueCoding"]["extension"].is_null());
    // Neither FIT ORS nor SRS has a code in KL's guide: none is made up.
    let ors =
        parse(&export::questionnaire("fit-ors", &library, Lang::En, &settings()).expect("ors"));
    assert!(ors["code"].is_null());
    assert!(items(&ors).iter().all(|i| i["code"].is_null()));
    let individual = item(&ors, "individual");
    assert_eq!(individual["type"], "decimal");
    assert_eq!(individual["extension"][0]["valueDecimal"], 0.0);
    assert_eq!(individual["extension"][1]["valueDecimal"], 10.0);
}

#[test]
fn conditions_become_enable_when_where_fhir_can_say_them() {
    let library = library();
    let who5 =
        parse(&export::questionnaire("who5", &library, Lang::En, &settings()).expect("who5"));
    let when = &item(&who5, "share-what")["enableWhen"];
    assert_eq!(when[0]["question"], "share");
    assert_eq!(when[0]["operator"], "=");
    assert_eq!(when[0]["answerCoding"]["code"], "some");
    assert_eq!(
        when[0]["answerCoding"]["system"],
        format!("{BASE}/CodeSystem/who5-share")
    );
    let crisis = parse(
        &export::questionnaire("crisis-plan", &library, Lang::Da, &settings()).expect("crisis"),
    );
    let where_who = item(&crisis, "where-who");
    assert_eq!(where_who["enableBehavior"], "any");
    assert_eq!(where_who["enableWhen"].as_array().map(Vec::len), Some(2));
    let copy_who = item(&crisis, "copy-who");
    assert_eq!(copy_who["enableWhen"][0]["answerBoolean"], true);

    let own = parse(
        &export::questionnaire("trainer-check", &library, Lang::En, &settings()).expect("own"),
    );
    let tell_more = item(&own, "tell-more");
    assert_eq!(tell_more["enableBehavior"], "all");
    assert_eq!(tell_more["enableWhen"][1]["operator"], ">=");
    assert_eq!(tell_more["enableWhen"][1]["answerDecimal"], 5.0);
    assert_eq!(item(&own, "slept-badly")["enableWhen"][0]["operator"], "<");
    assert_eq!(item(&own, "not-low")["enableWhen"][0]["operator"], "!=");
    let no_nights = &item(&own, "no-nights")["enableWhen"][0];
    assert_eq!(
        (&no_nights["operator"], &no_nights["answerBoolean"]),
        (&Json::from("exists"), &Json::from(false))
    );
    // An Any inside an All is more than enableWhen can say: no enableWhen, as documented.
    assert!(item(&own, "nested")["enableWhen"].is_null());
    // Help is a display item inside the question; a computed value is a display.
    let help = item(&own, "mood.help");
    assert_eq!(help["type"], "display");
    assert_eq!(help["text"], "Think of the week as a whole.");
    assert_eq!(item(&own, "mood")["required"], true);
    assert_eq!(item(&own, "sum")["type"], "display");
    assert_eq!(item(&own, "what-helped")["repeats"], true);
    let round = parse(
        &export::questionnaire("contact-round", &library, Lang::Da, &settings()).expect("round"),
    );
    let people = item(&round, "people");
    assert_eq!(
        (&people["type"], &people["repeats"]),
        (&Json::from("group"), &Json::from(true))
    );
    let name = item(&round, "people.name");
    assert_eq!(
        (&name["type"], &name["required"], &name["maxLength"]),
        (&Json::from("string"), &Json::from(true), &Json::from(60))
    );
}

#[test]
fn samtale_questionnaire_writes_what_the_library_makes_and_names_an_unknown_dialogue() {
    let sandbox = Sandbox::new("questionnaire-cli");
    fs::write(&sandbox.config, format!("(fhir_base: Some(\"{BASE}/\"))\n")).expect("config");
    let out = sandbox.run(&["questionnaire", "who5", "--lang", "da"], "");
    out.expect_code(exit::OK);
    let (builtin, _) = Library::builtin();
    let expected = export::questionnaire("who5", &builtin, Lang::Da, &settings()).expect("who5");
    assert_eq!(
        out.stdout, expected,
        "the trailing slash of fhir_base is dropped"
    );
    let out = sandbox.run(&["questionnaire", "who6", "--lang", "da"], "");
    out.expect_code(exit::USAGE);
    assert!(out.stderr.contains("„who6“"), "{}", out.stderr);
    assert!(out.stdout.is_empty());
}

// ---------------------------------------------------------------------------------------
// Bundles
// ---------------------------------------------------------------------------------------

/// The finished block's scores of a journal, by id.
fn scores(found: &Found) -> Vec<(String, f64)> {
    match found.journal.finished() {
        Some(Block::Finished { scores, .. }) => {
            scores.iter().map(|s| (s.id.clone(), s.value)).collect()
        }
        _ => Vec::new(),
    }
}

#[test]
fn who5_and_ors_conversations_as_transaction_bundles_hold_their_scores_as_observations() {
    let library = library();
    let all = shared(&library);
    let who5_and_ors: Vec<Found> = all
        .iter()
        .filter(|f| ["who5", "fit-ors"].contains(&f.journal.header.dialogue.as_str()))
        .cloned()
        .collect();
    assert_eq!(who5_and_ors.len(), 2);
    let text = export::fhir_with(
        &who5_and_ors,
        &library,
        Lang::Da,
        &settings(),
        BundleKind::Transaction,
    );
    // Name-based uuids: the same journals give the same bytes.
    assert_eq!(
        text,
        export::fhir_with(
            &who5_and_ors,
            &library,
            Lang::Da,
            &settings(),
            BundleKind::Transaction
        )
    );
    let bundle = parse(&text);
    assert_eq!(bundle["type"], "transaction");
    let entries = bundle["entry"].as_array().expect("entries");
    for entry in entries {
        let url = entry["fullUrl"].as_str().expect("a fullUrl");
        assert!(url.starts_with("urn:uuid:") && url.len() == 45, "{url}");
        assert_eq!(entry["request"]["method"], "POST");
        let condition = entry["request"]["ifNoneExist"]
            .as_str()
            .expect("conditional");
        assert!(
            condition.starts_with("identifier=") || condition.starts_with("url="),
            "{condition}"
        );
    }
    for found in &who5_and_ors {
        let header = &found.journal.header;
        let file = found.path.file_name().expect("a file").to_string_lossy();
        let response = entries
            .iter()
            .find(|e| {
                e["resource"]["resourceType"] == "QuestionnaireResponse"
                    && e["resource"]["identifier"]["value"]
                        == format!("{}/{file}", header.participant)
            })
            .expect("the response");
        assert_eq!(
            response["request"]["ifNoneExist"],
            format!(
                "identifier=https%3A%2F%2Ffhir.kommune.example%2Fsamtale%2Fjournal|{}%2F{file}",
                header.participant
            )
        );
        assert_eq!(
            response["resource"]["meta"]["tag"][0]["code"],
            "shared-by-consent"
        );
        let observations: Vec<&Json> = entries
            .iter()
            .filter(|e| e["resource"]["derivedFrom"][0]["reference"] == response["fullUrl"])
            .collect();
        let expected = scores(found);
        assert!(!expected.is_empty(), "{file} has scores");
        assert_eq!(
            observations.len(),
            expected.len(),
            "one Observation per score"
        );
        for ((id, value), observation) in expected.iter().zip(&observations) {
            let resource = &observation["resource"];
            assert_eq!(resource["resourceType"], "Observation");
            assert_eq!(resource["status"], "final");
            assert_eq!(
                resource["valueQuantity"]["value"].as_f64(),
                Some(*value),
                "{id}"
            );
            let codes = resource["code"]["coding"].as_array().expect("codes");
            assert!(
                codes.iter().any(|c| c["code"] == id.as_str()),
                "{id}: {codes:?}"
            );
            let snomed = codes.iter().any(|c| c["code"] == "1144665009");
            assert_eq!(snomed, header.dialogue == "who5" && id == "raw", "{id}");
            assert_eq!(
                resource["effectiveDateTime"], response["resource"]["authored"],
                "finished"
            );
        }
    }
    // p-bo's WHO-5 raw 12 fired "low-wellbeing": an interpretation of the raw score.
    let raw = entries
        .iter()
        .find(|e| {
            e["resource"]["identifier"][0]["value"]
                .as_str()
                .is_some_and(|v| v.ends_with("who5.txt/raw"))
        })
        .expect("who5 raw");
    let interpretations: Vec<&str> = raw["resource"]["interpretation"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|i| i["coding"][0]["code"].as_str())
        .collect();
    let who5 = all
        .iter()
        .find(|f| f.journal.header.dialogue == "who5")
        .expect("who5");
    if let Some(Block::Finished { flags, .. }) = who5.journal.finished() {
        for flag in flags.iter().filter(|f| f.id != "change") {
            assert!(
                interpretations.contains(&flag.id.as_str()),
                "{interpretations:?}"
            );
        }
    }
}

#[test]
fn collection_and_transaction_bundles_in_both_languages_pass_an_outside_r4_validator() {
    let library = library();
    let all = shared(&library);
    let dir = scratch("bundles");
    let mut files = Vec::new();
    for kind in [BundleKind::Collection, BundleKind::Transaction] {
        for lang in Lang::ALL {
            let text = export::fhir_with(&all, &library, lang, &settings(), kind);
            let file = dir.join(format!("{kind:?}-{}.json", lang.tag()));
            fs::write(&file, text).expect("write");
            files.push(file);
        }
    }
    // Each resource kind on its own too.
    let bundle = parse(&fs::read_to_string(&files[0]).expect("read"));
    for kind in ["QuestionnaireResponse", "Observation"] {
        let resource = bundle["entry"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|e| e["resource"]["resourceType"] == kind)
            .map(|e| e["resource"].clone())
            .expect("one of them");
        let file = dir.join(format!("{kind}.json"));
        fs::write(&file, resource.to_string()).expect("write");
        files.push(file);
    }
    let test = "collection_and_transaction_bundles_in_both_languages_pass_an_outside_r4_validator";
    if let Some(python) = outside::fhir_python(test) {
        match outside::validate_fhir_files(&python, &files) {
            Ok(report) => assert_eq!(report.matches("a valid FHIR R4").count(), 6, "{report}"),
            Err(problems) => panic!("not valid R4:\n{problems}"),
        }
    }
}

// ---------------------------------------------------------------------------------------
// The command: configuration and consent
// ---------------------------------------------------------------------------------------

/// A sandbox whose data folder holds the export fixtures' journals.
fn with_fixtures(name: &str, config: &str) -> Sandbox {
    let sandbox = Sandbox::new(name);
    fs::write(&sandbox.config, config).expect("config");
    sandbox.with_export_journals(|text| text);
    sandbox
}

fn dialogues() -> String {
    root()
        .join("tests/fixtures/export/dialogues")
        .display()
        .to_string()
}

fn strings<'a>(value: &'a Json, out: &mut Vec<(String, &'a str)>) {
    match value {
        Json::Object(map) => {
            for (k, v) in map {
                if let Json::String(s) = v {
                    out.push((k.clone(), s));
                }
                strings(v, out);
            }
        }
        Json::Array(list) => list.iter().for_each(|v| strings(v, out)),
        _ => {}
    }
}

#[test]
fn fhir_base_from_the_config_is_in_every_url_samtale_makes() {
    let pseudonyms = "urn:oid:1.2.208.176.9.9";
    let config =
        format!("(fhir_base: Some(\"{BASE}\"), pseudonym_system: Some(\"{pseudonyms}\"))\n");
    let sandbox = with_fixtures("fhir-base", &config);
    let dialogues = dialogues();
    let out = sandbox.run(
        &[
            "export",
            "--all",
            "--format",
            "fhir",
            "--bundle",
            "transaction",
            "--dialogues",
            &dialogues,
            "--lang",
            "en",
        ],
        "",
    );
    out.expect_code(exit::OK);
    assert!(
        !out.stderr.contains("fhir_base"),
        "no advice when it is set: {}",
        out.stderr
    );
    assert!(!out.stdout.contains("samtale.example"));
    let bundle = parse(&out.stdout);
    let mut found = Vec::new();
    strings(&bundle, &mut found);
    // Only the standards' own URLs are not samtale's.
    let standard = [
        "http://hl7.org/fhir/",
        "http://snomed.info/sct",
        "http://unitsofmeasure.org",
        "http://terminology.hl7.org/",
    ];
    let mut ours = 0;
    for (key, text) in &found {
        let url = matches!(
            key.as_str(),
            "system" | "url" | "questionnaire" | "reference" | "fullUrl"
        ) || text.starts_with("http");
        // A transaction's request.url is a resource type, relative to the server.
        if !url || !text.contains(':') {
            continue;
        }
        if text.starts_with("urn:uuid:")
            || *text == pseudonyms
            || standard.iter().any(|s| text.starts_with(s))
        {
            continue;
        }
        assert!(
            text.starts_with(&format!("{BASE}/")),
            "{key}: {text} is not under fhir_base"
        );
        ours += 1;
    }
    assert!(ours > 50, "{ours} URLs of samtale's own");
    assert!(out.stdout.contains(&format!("\"system\":\"{pseudonyms}\"")));
}

#[test]
fn without_fhir_base_the_export_says_how_to_set_one_in_the_chosen_language() {
    let sandbox = with_fixtures("fhir-no-base", "()\n");
    let dialogues = dialogues();
    for (lang, words) in [
        ("da", "Skriv jeres egen adresse som fhir_base i"),
        ("en", "Write your own address as fhir_base in"),
    ] {
        let out = sandbox.run(
            &[
                "export",
                "--all",
                "--format",
                "fhir",
                "--dialogues",
                &dialogues,
                "--lang",
                lang,
            ],
            "",
        );
        out.expect_code(exit::OK);
        assert!(out.stderr.contains(words), "{lang}: {}", out.stderr);
        assert!(
            out.stderr.contains("https://samtale.example"),
            "{}",
            out.stderr
        );
        assert!(
            out.stdout
                .contains("https://samtale.example/Questionnaire/who5|2")
        );
    }
    // Not for the other formats.
    let out = sandbox.run(
        &[
            "export",
            "--all",
            "--format",
            "json",
            "--dialogues",
            &dialogues,
        ],
        "",
    );
    assert!(!out.stderr.contains("fhir_base"), "{}", out.stderr);
    // A base that is no URL stops samtale at its place in the config file.
    fs::write(
        &sandbox.config,
        "(\n  fhir_base: Some(\"kommune dk\"),\n)\n",
    )
    .expect("config");
    let out = sandbox.run(&["export", "--all", "--format", "fhir", "--lang", "en"], "");
    assert_ne!(out.code, Some(exit::OK));
    assert!(out.stderr.contains(":2:"), "placed: {}", out.stderr);
    assert!(
        out.stderr
            .contains("\"kommune dk\" cannot be used as fhir_base"),
        "{}",
        out.stderr
    );
}

#[test]
fn a_conversation_without_consent_is_in_no_export_of_any_kind() {
    let sandbox = with_fixtures("fhir-consent", &format!("(fhir_base: Some(\"{BASE}\"))\n"));
    let dialogues = dialogues();
    let kinds: [&[&str]; 7] = [
        &["--format", "csv"],
        &["--format", "csv", "--scores"],
        &["--format", "csv", "--headers", "ids"],
        &["--format", "json"],
        &["--format", "fhir"],
        &["--format", "fhir", "--bundle", "transaction"],
        &["--format", "csv", "--scores", "--lang", "en"],
    ];
    for kind in kinds {
        let mut args = vec!["export", "--all", "--dialogues", &dialogues];
        args.extend_from_slice(kind);
        let out = sandbox.run(&args, "");
        out.expect_code(exit::OK);
        // p-anna's FIT SRS ("some", then "no") and her WHO-5 paused before the question.
        for private in [
            "2026-03-02T08-50-00Z-fit-srs.txt",
            "2026-03-16T08-00-00Z-who5.txt",
        ] {
            assert!(!out.stdout.contains(private), "{kind:?} carries {private}");
        }
        assert!(
            out.stdout.contains("2026-05-04T08-00-00Z-who5.txt"),
            "{kind:?}"
        );
    }
    // The options belong to their formats.
    let out = sandbox.run(&["export", "--all", "--format", "json", "--scores"], "");
    out.expect_code(exit::USAGE);
    let out = sandbox.run(
        &["export", "--all", "--format", "fhir", "--bundle", "batch"],
        "",
    );
    out.expect_code(exit::USAGE);
    assert!(
        out.stderr.contains("--bundle transaction"),
        "{}",
        out.stderr
    );
}

#[test]
fn the_example_bundle_in_the_docs_is_what_samtale_writes() {
    let sandbox = with_fixtures("docs-example", &format!("(fhir_base: Some(\"{BASE}\"))\n"));
    let dialogues = dialogues();
    let out = sandbox.run(
        &[
            "export",
            "--participant",
            "p-bo",
            "--dialogue",
            "who5",
            "--format",
            "fhir",
            "--bundle",
            "transaction",
            "--lang",
            "da",
            "--dialogues",
            &dialogues,
        ],
        "",
    );
    out.expect_code(exit::OK);
    let example = fs::read_to_string(root().join("docs/export-example-bundle.json"))
        .expect("docs/export-example-bundle.json");
    assert_eq!(
        parse(&example),
        parse(&out.stdout),
        "docs/export-example-bundle.json is not what samtale writes: regenerate it"
    );
    let test = "the_example_bundle_in_the_docs_is_what_samtale_writes";
    if let Some(python) = outside::fhir_python(test) {
        let file = root().join("docs/export-example-bundle.json");
        if let Err(problems) = outside::validate_fhir_files(&python, &[file]) {
            panic!("the example is not valid R4:\n{problems}");
        }
    }
}

/// An export that finds nothing to send (every conversation before `--since`) is still a
/// valid Bundle: FHIR allows no empty array, so it has no `entry` at all.
#[test]
fn an_export_with_nothing_to_send_is_a_valid_bundle_without_entries() {
    let sandbox = with_fixtures("fhir-empty", &format!("(fhir_base: Some(\"{BASE}\"))\n"));
    let dialogues = dialogues();
    let dir = scratch("empty");
    let mut files = Vec::new();
    for kind in ["collection", "transaction"] {
        let out = sandbox.run(
            &[
                "export",
                "--all",
                "--since",
                "2099-01-01",
                "--format",
                "fhir",
                "--bundle",
                kind,
                "--dialogues",
                &dialogues,
            ],
            "",
        );
        out.expect_code(exit::OK);
        let bundle = parse(&out.stdout);
        assert_eq!(bundle["resourceType"], "Bundle");
        assert_eq!(bundle["type"], kind);
        assert!(bundle.get("entry").is_none(), "{}", out.stdout);
        let file = dir.join(format!("empty-{kind}.json"));
        fs::write(&file, &out.stdout).expect("write");
        files.push(file);
    }
    let test = "an_export_with_nothing_to_send_is_a_valid_bundle_without_entries";
    if let Some(python) = outside::fhir_python(test)
        && let Err(problems) = outside::validate_fhir_files(&python, &files)
    {
        panic!("an empty export is not valid R4:\n{problems}");
    }
}
