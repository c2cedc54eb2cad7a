//! Exports: CSV, JSON and FHIR of the same journals agree on every value, each reads back
//! (CSV and JSON with the small readers below, FHIR with an outside validator), and the
//! filters, quoting, Danish number style and private output files hold.
//!
//! The fixtures are real journal files in the store's layout (tests/fixtures/export/
//! journals/<participant>/…) and a dialogue of their own with the step kinds the built-in
//! ones lack (tests/fixtures/export/dialogues).

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

mod common;

use common::outside;
use samtale::engine::{Answer, Value};
use samtale::export::{self, Format, Options, Who};
use samtale::i18n::Lang;
use samtale::journal::format::{self, Block};
use samtale::journal::store::{Found, Store};
use samtale::script::Library;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/export")
}

fn store() -> Store {
    Store::new(fixtures())
}

fn library() -> Library {
    let (mut library, problems) = Library::builtin();
    assert!(problems.is_empty(), "built-in dialogues: {problems:?}");
    let problems = library.add_folder(&fixtures().join("dialogues"));
    assert!(
        !problems.iter().any(|p| p.is_error()),
        "the fixture dialogue has errors: {problems:?}"
    );
    library
}

/// Every fixture journal, in the store's order: participants sorted, oldest first.
fn journals() -> Vec<Found> {
    let store = store();
    let mut all = Vec::new();
    for participant in store.participants() {
        for found in store
            .journals(&participant)
            .expect("the fixture folder reads")
        {
            all.push(found.expect("every fixture journal reads"));
        }
    }
    assert_eq!(all.len(), 5, "the fixture journals");
    all
}

/// The fixture journals an export may carry: p-anna's FIT ORS and p-bo's WHO-5 (both
/// "yes" to sharing) and p-bo's sample (its dialogue asks no consent). p-anna's FIT SRS
/// (answered "some", then "no") and her unfinished WHO-5 (paused before the question) stay
/// in the journals only.
fn shared(all: &[Found]) -> Vec<Found> {
    let library = library();
    let shared: Vec<Found> = all
        .iter()
        .filter(|f| export::shared(&f.journal, &library))
        .cloned()
        .collect();
    assert_eq!(
        shared.len(),
        3,
        "the fixture journals with consent to share"
    );
    shared
}

fn options(who: Who, format: Format) -> Options {
    Options {
        // The pure `export::csv` these runs are compared with writes the stable ids.
        headers: samtale::export::Headers::Ids,
        ..Options::new(who, format)
    }
}

/// The collection Bundle `samtale export --format fhir --lang LANG` writes.
fn fhir_in(journals: &[Found], library: &Library, lang: Lang) -> String {
    export::fhir_with(
        journals,
        library,
        lang,
        &export::FhirSettings::default(),
        export::BundleKind::Collection,
    )
}

fn file_name(found: &Found) -> String {
    found
        .path
        .file_name()
        .expect("a file")
        .to_string_lossy()
        .into_owned()
}

fn set_aside(found: &Found) -> Vec<String> {
    match found.journal.finished() {
        Some(Block::Finished { hidden, .. }) => hidden.clone(),
        _ => Vec::new(),
    }
}

// ---------------------------------------------------------------------------------------
// A CSV reader (RFC 4180) and a JSON reader, small and strict, to read the exports back
// ---------------------------------------------------------------------------------------

fn read_csv(text: &str, separator: char) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    let mut at_start = true;
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => {
                    quoted = false;
                    let next = chars.peek().copied();
                    assert!(
                        next.is_none() || next == Some(separator) || next == Some('\r'),
                        "a closing quote not at the end of its field, before {next:?}"
                    );
                }
                _ => field.push(c),
            }
            continue;
        }
        match c {
            '"' if at_start => {
                quoted = true;
                at_start = false;
            }
            '"' => panic!("a quote inside an unquoted field: {field}"),
            c if c == separator => {
                row.push(std::mem::take(&mut field));
                at_start = true;
            }
            '\r' => {
                assert_eq!(chars.next(), Some('\n'), "rows end in CRLF");
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
                at_start = true;
            }
            '\n' => panic!("a bare line feed outside quotes"),
            _ => {
                field.push(c);
                at_start = false;
            }
        }
    }
    assert!(!quoted, "an unterminated quote");
    assert!(
        field.is_empty() && row.is_empty(),
        "the last row has no CRLF"
    );
    rows
}

#[derive(Debug, Clone, PartialEq)]
enum Json {
    Null,
    Bool(bool),
    Num(f64),
    Str(String),
    Arr(Vec<Json>),
    Obj(Vec<(String, Json)>),
}

impl Json {
    fn get(&self, key: &str) -> &Json {
        match self {
            Json::Obj(pairs) => pairs
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, v)| v)
                .unwrap_or(&Json::Null),
            _ => &Json::Null,
        }
    }

    fn has(&self, key: &str) -> bool {
        matches!(self, Json::Obj(pairs) if pairs.iter().any(|(k, _)| k == key))
    }

    fn str(&self) -> &str {
        match self {
            Json::Str(s) => s,
            other => panic!("not a string: {other:?}"),
        }
    }

    fn arr(&self) -> &[Json] {
        match self {
            Json::Arr(items) => items,
            Json::Null => &[],
            other => panic!("not an array: {other:?}"),
        }
    }
}

struct JsonReader<'a> {
    text: &'a [u8],
    at: usize,
}

fn read_json(text: &str) -> Json {
    let mut reader = JsonReader {
        text: text.as_bytes(),
        at: 0,
    };
    let value = reader.value();
    reader.space();
    assert_eq!(reader.at, text.len(), "text after the JSON value");
    value
}

impl JsonReader<'_> {
    fn space(&mut self) {
        while self
            .text
            .get(self.at)
            .is_some_and(|b| b" \t\r\n".contains(b))
        {
            self.at += 1;
        }
    }

    fn expect(&mut self, byte: u8) {
        self.space();
        assert_eq!(
            self.text.get(self.at).copied().map(char::from),
            Some(char::from(byte)),
            "at byte {}",
            self.at
        );
        self.at += 1;
    }

    fn literal(&mut self, word: &str, value: Json) -> Json {
        assert!(self.text[self.at..].starts_with(word.as_bytes()));
        self.at += word.len();
        value
    }

    fn value(&mut self) -> Json {
        self.space();
        match self.text[self.at] {
            b'n' => self.literal("null", Json::Null),
            b't' => self.literal("true", Json::Bool(true)),
            b'f' => self.literal("false", Json::Bool(false)),
            b'"' => Json::Str(self.string()),
            b'[' => {
                self.at += 1;
                let mut items = Vec::new();
                self.space();
                if self.text[self.at] == b']' {
                    self.at += 1;
                    return Json::Arr(items);
                }
                loop {
                    items.push(self.value());
                    self.space();
                    let c = self.text[self.at];
                    self.at += 1;
                    match c {
                        b',' => continue,
                        b']' => return Json::Arr(items),
                        other => panic!("unexpected {:?} in an array", char::from(other)),
                    }
                }
            }
            b'{' => {
                self.at += 1;
                let mut pairs: Vec<(String, Json)> = Vec::new();
                self.space();
                if self.text[self.at] == b'}' {
                    self.at += 1;
                    return Json::Obj(pairs);
                }
                loop {
                    self.space();
                    let key = self.string();
                    assert!(!pairs.iter().any(|(k, _)| *k == key), "duplicate key {key}");
                    self.expect(b':');
                    let value = self.value();
                    pairs.push((key, value));
                    self.space();
                    let c = self.text[self.at];
                    self.at += 1;
                    match c {
                        b',' => continue,
                        b'}' => return Json::Obj(pairs),
                        other => panic!("unexpected {:?} in an object", char::from(other)),
                    }
                }
            }
            _ => {
                let start = self.at;
                while self
                    .text
                    .get(self.at)
                    .is_some_and(|b| b"+-.eE0123456789".contains(b))
                {
                    self.at += 1;
                }
                let number = std::str::from_utf8(&self.text[start..self.at]).expect("ascii");
                assert!(
                    !number.starts_with('+') && !number.starts_with('.'),
                    "not a JSON number: {number}"
                );
                Json::Num(number.parse().expect("a number"))
            }
        }
    }

    fn string(&mut self) -> String {
        assert_eq!(self.text[self.at], b'"');
        self.at += 1;
        let mut out: Vec<u8> = Vec::new();
        loop {
            let b = self.text[self.at];
            self.at += 1;
            match b {
                b'"' => return String::from_utf8(out).expect("UTF-8"),
                b'\\' => {
                    let e = self.text[self.at];
                    self.at += 1;
                    let c = match e {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'u' => {
                            let hex = std::str::from_utf8(&self.text[self.at..self.at + 4])
                                .expect("ascii");
                            self.at += 4;
                            let code = u32::from_str_radix(hex, 16).expect("hex");
                            assert!(
                                !(0xd800..0xe000).contains(&code),
                                "a surrogate escape, not written by the export"
                            );
                            char::from_u32(code).expect("a char")
                        }
                        other => panic!("bad escape \\{}", char::from(other)),
                    };
                    let mut buf = [0; 4];
                    out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                }
                b if b < 0x20 => panic!("a raw control character in a JSON string"),
                b => out.push(b),
            }
        }
    }
}

// ---------------------------------------------------------------------------------------
// What each format should say about one answer, from the journal itself
// ---------------------------------------------------------------------------------------

/// The latest answer of every step per journal, by `Journal::answers` (not the export's
/// own code), keyed by participant and journal file.
fn oracle(journals: &[Found]) -> BTreeMap<(String, String), BTreeMap<String, Answer>> {
    journals
        .iter()
        .map(|f| {
            (
                (f.journal.header.participant.clone(), file_name(f)),
                f.journal.answers(),
            )
        })
        .collect()
}

/// The CSV's value and value kind of an answer, for the given decimal mark.
fn csv_value(answer: &Answer, decimal_comma: bool) -> (String, &'static str) {
    match answer {
        Answer::Skipped => (String::new(), "skipped"),
        Answer::Given(Value::Text(t)) => (t.clone(), "text"),
        Answer::Given(Value::Number(n)) => {
            let text = n.to_string();
            let text = if decimal_comma {
                text.replace('.', ",")
            } else {
                text
            };
            (text, "number")
        }
        Answer::Given(Value::Choice(c)) => (c.clone(), "choice"),
        Answer::Given(Value::Choices(c)) => (c.join(" "), "choices"),
        Answer::Given(Value::YesNo(y)) => (y.to_string(), "yesno"),
        Answer::Given(Value::Entries(e)) => (e.len().to_string(), "entries"),
    }
}

/// The JSON value of an answer.
fn json_value(answer: &Answer) -> Json {
    match answer {
        Answer::Skipped => Json::Null,
        Answer::Given(Value::Text(t) | Value::Choice(t)) => Json::Str(t.clone()),
        Answer::Given(Value::Number(n)) => Json::Num(*n),
        Answer::Given(Value::Choices(c)) => {
            Json::Arr(c.iter().map(|c| Json::Str(c.clone())).collect())
        }
        Answer::Given(Value::YesNo(y)) => Json::Bool(*y),
        Answer::Given(Value::Entries(e)) => Json::Arr(
            e.iter()
                .map(|entry| {
                    Json::Obj(
                        entry
                            .fields
                            .iter()
                            .map(|(k, v)| (k.clone(), Json::Str(v.clone())))
                            .collect(),
                    )
                })
                .collect(),
        ),
    }
}

// ---------------------------------------------------------------------------------------
// Agreement
// ---------------------------------------------------------------------------------------

fn check_csv(journals: &[Found], lang: Lang) {
    let (separator, comma, bom) = match lang {
        Lang::Da => (';', true, "\u{feff}"),
        Lang::En => (',', false, ""),
    };
    let text = export::csv(journals, lang, &library());
    let body = text.strip_prefix(bom).expect("the byte-order mark, if any");
    assert!(!body.starts_with('\u{feff}'));
    let rows = read_csv(body, separator);
    assert_eq!(rows[0], export::CSV_COLUMNS.to_vec(), "the header row");
    let column = |name: &str| {
        export::CSV_COLUMNS
            .iter()
            .position(|c| *c == name)
            .expect("a column")
    };
    let mut seen: BTreeMap<(String, String), BTreeMap<String, Vec<String>>> = BTreeMap::new();
    for row in &rows[1..] {
        assert_eq!(row.len(), export::CSV_COLUMNS.len(), "{row:?}");
        let key = (
            row[column("participant")].clone(),
            row[column("journal")].clone(),
        );
        let previous = seen
            .entry(key)
            .or_default()
            .insert(row[column("step")].clone(), row.clone());
        assert!(previous.is_none(), "one row per step: {row:?}");
    }
    let oracle = oracle(journals);
    assert_eq!(
        seen.keys().collect::<Vec<_>>(),
        oracle.keys().collect::<Vec<_>>()
    );
    for found in journals {
        let key = (found.journal.header.participant.clone(), file_name(found));
        let got = &seen[&key];
        let hidden = set_aside(found);
        let mut expected_steps = 0;
        for (step, answer) in &oracle[&key] {
            expected_steps += 1;
            let row = &got[step];
            let (value, kind) = csv_value(answer, comma);
            assert_eq!(row[column("value")], value, "{key:?} {step}");
            assert_eq!(row[column("value_kind")], kind, "{key:?} {step}");
            assert_eq!(
                row[column("set_aside")],
                hidden.contains(step).to_string(),
                "{step}"
            );
            assert_eq!(row[column("dialogue")], found.journal.header.dialogue);
            assert_eq!(
                row[column("dialogue_version")],
                found.journal.header.dialogue_version.to_string()
            );
            assert_eq!(
                row[column("finished")].is_empty(),
                !found.journal.is_finished()
            );
            // The answer as shown and the time come from the latest block of the step.
            let (at, shown) = found
                .journal
                .blocks
                .iter()
                .rev()
                .find_map(|b| match b {
                    Block::Answer {
                        at, step: s, shown, ..
                    } if s == step => Some((at, shown)),
                    _ => None,
                })
                .expect("the step's block");
            assert_eq!(row[column("answer_shown")], *shown);
            // The time as a spreadsheet reads it, in the zone the conversation started in,
            // whose offset is a column of its own.
            let zone = *found.journal.header.started.offset();
            assert_eq!(
                row[column("answered_at")],
                at.with_timezone(&zone)
                    .format("%Y-%m-%d %H:%M:%S")
                    .to_string()
            );
            assert_eq!(row[column("utc_offset")], format!("UTC{zone}"));
            if let Answer::Given(Value::Entries(entries)) = answer {
                for (index, entry) in entries.iter().enumerate() {
                    for (field, text) in &entry.fields {
                        expected_steps += 1;
                        let row = &got[&format!("{step}.{}.{field}", index + 1)];
                        assert_eq!(row[column("value")], *text);
                        assert_eq!(row[column("value_kind")], "entry");
                    }
                }
            }
        }
        assert_eq!(got.len(), expected_steps, "no extra rows in {key:?}");
    }
}

fn check_json(journals: &[Found]) {
    let parsed = read_json(&export::json(journals, &library()));
    let conversations = parsed.arr();
    assert_eq!(conversations.len(), journals.len());
    let oracle = oracle(journals);
    for (found, conversation) in journals.iter().zip(conversations) {
        let header = &found.journal.header;
        let key = (header.participant.clone(), file_name(found));
        assert_eq!(conversation.get("participant").str(), header.participant);
        assert_eq!(conversation.get("dialogue").str(), header.dialogue);
        assert_eq!(
            conversation.get("dialogue_version"),
            &Json::Num(f64::from(header.dialogue_version))
        );
        assert_eq!(conversation.get("journal").str(), key.1);
        assert_eq!(conversation.get("locale").str(), header.locale.tag());
        assert_eq!(conversation.get("title").str(), header.title);
        assert_eq!(
            conversation.get("facilitator"),
            &header.facilitator.clone().map_or(Json::Null, Json::Str)
        );
        assert_eq!(
            conversation.get("status").str(),
            if found.journal.is_finished() {
                "completed"
            } else {
                "in-progress"
            }
        );
        assert_eq!(
            conversation.get("revises"),
            &found
                .journal
                .revises()
                .map_or(Json::Null, |r| Json::Str(r.to_owned()))
        );
        let answers = conversation.get("answers").arr();
        let expected = &oracle[&key];
        assert_eq!(answers.len(), expected.len(), "{key:?}");
        let hidden = set_aside(found);
        for answer in answers {
            let step = answer.get("step").str();
            let (value, kind) = csv_value(&expected[step], false);
            let _ = value;
            assert_eq!(answer.get("value_kind").str(), kind, "{step}");
            assert_eq!(answer.get("value"), &json_value(&expected[step]), "{step}");
            assert_eq!(
                answer.get("set_aside"),
                &Json::Bool(hidden.iter().any(|h| h == step))
            );
        }
        let scores: BTreeMap<String, f64> = conversation
            .get("scores")
            .arr()
            .iter()
            .map(|s| {
                let Json::Num(n) = s.get("value") else {
                    panic!("a score value")
                };
                (s.get("id").str().to_owned(), *n)
            })
            .collect();
        assert_eq!(scores, found.journal.scores());
        let flags: Vec<&str> = conversation
            .get("flags")
            .arr()
            .iter()
            .map(|f| f.get("id").str())
            .collect();
        let expected_flags: Vec<&str> = match found.journal.finished() {
            Some(Block::Finished { flags, .. }) => flags.iter().map(|f| f.id.as_str()).collect(),
            _ => Vec::new(),
        };
        assert_eq!(flags, expected_flags);
    }
}

fn check_fhir(journals: &[Found], library: &Library) {
    let parsed = read_json(&export::fhir(journals, library));
    assert_eq!(parsed.get("resourceType").str(), "Bundle");
    assert_eq!(parsed.get("type").str(), "collection");
    // The responses, one per journal; the Observations and Questionnaires have tests of
    // their own.
    let entries: Vec<&Json> = parsed
        .get("entry")
        .arr()
        .iter()
        .filter(|e| e.get("resource").get("resourceType").str() == "QuestionnaireResponse")
        .collect();
    assert_eq!(entries.len(), journals.len());
    let oracle = oracle(journals);
    for (found, entry) in journals.iter().zip(entries) {
        let header = &found.journal.header;
        let key = (header.participant.clone(), file_name(found));
        let response = entry.get("resource");
        assert_eq!(response.get("resourceType").str(), "QuestionnaireResponse");
        assert_eq!(
            response.get("questionnaire").str(),
            format!(
                "https://samtale.example/Questionnaire/{}|{}",
                header.dialogue, header.dialogue_version
            )
        );
        assert_eq!(
            response.get("status").str(),
            if found.journal.is_finished() {
                "completed"
            } else {
                "in-progress"
            }
        );
        assert_eq!(
            response.get("subject").get("identifier").get("value").str(),
            header.participant
        );
        assert!(!response.get("subject").has("reference"));
        let authored = response.get("authored").str();
        assert!(
            chrono::DateTime::parse_from_rfc3339(authored).is_ok(),
            "{authored}"
        );
        // Items by linkId; a repeat group is the same linkId once per entry.
        let mut items: BTreeMap<String, Vec<&Json>> = BTreeMap::new();
        for item in response.get("item").arr() {
            items
                .entry(item.get("linkId").str().to_owned())
                .or_default()
                .push(item);
        }
        let hidden = set_aside(found);
        let expected: Vec<(&String, &Answer)> = oracle[&key]
            .iter()
            .filter(|(step, _)| !hidden.contains(step))
            .collect();
        assert_eq!(
            items.keys().collect::<Vec<_>>(),
            expected.iter().map(|(s, _)| *s).collect::<Vec<_>>(),
            "{key:?}: set-aside answers are left out"
        );
        for (step, answer) in expected {
            let found_items = &items[step];
            let values = |item: &Json| -> Vec<Json> {
                item.get("answer")
                    .arr()
                    .iter()
                    .map(|a| match a {
                        Json::Obj(pairs) => {
                            assert_eq!(pairs.len(), 1, "one value[x] per answer");
                            pairs[0].1.clone()
                        }
                        other => panic!("{other:?}"),
                    })
                    .collect()
            };
            let first = found_items[0];
            let shown_question = found
                .journal
                .blocks
                .iter()
                .rev()
                .find_map(|b| match b {
                    Block::Answer {
                        step: s, question, ..
                    } if s == step => Some(question.as_str()),
                    _ => None,
                })
                .expect("the step's block");
            assert_eq!(first.get("text").str(), shown_question);
            match answer {
                Answer::Skipped => {
                    assert!(!first.has("answer"), "{step}: skipped has no answer");
                }
                Answer::Given(Value::Number(n)) => {
                    assert_eq!(values(first), vec![Json::Num(*n)]);
                    assert!(first.get("answer").arr()[0].has("valueDecimal"));
                }
                Answer::Given(Value::Text(t)) => {
                    assert_eq!(values(first), vec![Json::Str(t.clone())]);
                    assert!(first.get("answer").arr()[0].has("valueString"));
                }
                Answer::Given(Value::YesNo(y)) => {
                    assert_eq!(values(first), vec![Json::Bool(*y)]);
                }
                Answer::Given(Value::Choice(c)) => {
                    let coding = &values(first)[0];
                    assert_eq!(coding.get("code").str(), c);
                    assert!(!coding.get("display").str().is_empty());
                }
                Answer::Given(Value::Choices(cs)) => {
                    let codes: Vec<String> = values(first)
                        .iter()
                        .map(|v| v.get("code").str().to_owned())
                        .collect();
                    assert_eq!(&codes, cs);
                }
                Answer::Given(Value::Entries(entries)) => {
                    assert_eq!(found_items.len(), entries.len(), "one item per entry");
                    for (item, entry) in found_items.iter().zip(entries) {
                        assert!(!item.has("answer"));
                        let fields = item.get("item").arr();
                        assert_eq!(fields.len(), entry.fields.len());
                        for (nested, (field, text)) in fields.iter().zip(&entry.fields) {
                            assert_eq!(nested.get("linkId").str(), format!("{step}.{field}"));
                            let got = values(nested);
                            if text.is_empty() {
                                assert!(got.is_empty(), "an empty field has no answer");
                            } else {
                                assert_eq!(got, vec![Json::Str(text.clone())]);
                            }
                        }
                    }
                }
            }
        }
    }
}

#[test]
fn csv_json_and_fhir_of_the_same_journals_agree_on_every_value() {
    let journals = journals();
    check_csv(&journals, Lang::En);
    check_csv(&journals, Lang::Da);
    check_json(&journals);
    check_fhir(&journals, &library());
}

#[test]
fn fhir_labels_come_from_the_dialogue_in_the_journals_language() {
    let journals = journals();
    let bundle = export::fhir(&journals, &library());
    // A multiple choice: the label from the fixture dialogue's English texts.
    assert!(bundle.contains(
        r#"{"valueCoding":{"system":"https://samtale.example/CodeSystem/export-sample-help-with","code":"bills","display":"Bills, post; letters"}}"#
    ));
    // A single choice: the label as it was shown; a choice set names the code system.
    assert!(bundle.contains(
        r#"{"valueCoding":{"system":"https://samtale.example/CodeSystem/who5-frequency","code":"most-of-the-time","display":"Det meste af tiden"}}"#
    ));
    // Repeat-group fields get their labels as text.
    assert!(bundle.contains(
        r#"{"linkId":"who.name","text":"Name","answer":[{"valueString":"Ole \"the brother\""}]}"#
    ));
    // Without the dialogue, ids stand in for labels and nothing breaks.
    let bare = export::fhir(&journals, &Library::default());
    assert!(bare.contains(r#""code":"bills"}"#));
    assert!(bare.contains(r#"{"linkId":"who.name","text":"name","#));
}

// ---------------------------------------------------------------------------------------
// CSV details
// ---------------------------------------------------------------------------------------

#[test]
fn danish_csv_is_for_danish_excel_and_english_csv_is_plain_data() {
    let journals = journals();
    let da = export::csv(&journals, Lang::Da, &library());
    assert!(da.starts_with("\u{feff}participant;dialogue;dialogue_version;journal;"));
    // The revised answer of `individual`, with a decimal comma, and its unit not quoted.
    let individual = da
        .lines()
        .find(|l| l.contains(";individual;"))
        .expect("the individual row");
    assert!(
        individual.contains(";6,5;6,5;number;"),
        "shown and value: {individual}"
    );
    assert!(da.contains(";7,2;7,2;number;"));

    let en = export::csv(&journals, Lang::En, &library());
    assert!(en.starts_with("participant,dialogue,dialogue_version,journal,"));
    // Shown as it was (Danish), value with a decimal point; "6,5" has a comma: quoted.
    assert!(en.contains(",\"6,5\",6.5,number,"), "{en}");
}

#[test]
fn a_revised_answer_is_exported_once_with_its_latest_value_and_time() {
    let journals = journals();
    let en = export::csv(&journals, Lang::En, &library());
    let rows = read_csv(&en, ',');
    let individual: Vec<&Vec<String>> = rows
        .iter()
        .filter(|r| r[1] == "fit-ors" && r[7] == "individual")
        .collect();
    assert_eq!(individual.len(), 1);
    assert_eq!(individual[0][10], "6.5");
    assert_eq!(individual[0][6], "2026-03-02 09:19:00");
    assert_eq!(individual[0][5], "UTC+01:00");
    // Rows keep the order in which steps were first answered.
    let steps: Vec<&str> = rows
        .iter()
        .filter(|r| r[1] == "fit-ors")
        .map(|r| r[7].as_str())
        .collect();
    assert_eq!(
        steps,
        [
            "individual",
            "relations",
            "social",
            "overall",
            "comment",
            "share"
        ]
    );
}

#[test]
fn an_answer_with_a_semicolon_a_quote_and_a_line_break_is_quoted() {
    let journals = journals();
    let expected_text = "Bedre; men \"træt\", 6,5 i går\nog en ny linje \\ med skråstreg\tog tab";
    let quoted = "\"Bedre; men \"\"træt\"\", 6,5 i går\nog en ny linje \\ med skråstreg\tog tab\"";
    for lang in [Lang::Da, Lang::En] {
        let text = export::csv(&journals, lang, &library());
        // The same field twice: the answer as shown and the value.
        assert_eq!(text.matches(quoted).count(), 2, "{lang}: {text}");
        let separator = if lang == Lang::Da { ';' } else { ',' };
        let rows = read_csv(text.trim_start_matches('\u{feff}'), separator);
        let comment = rows
            .iter()
            .find(|r| r[1] == "fit-ors" && r[7] == "comment")
            .expect("the comment row");
        assert_eq!(comment[9], expected_text);
        assert_eq!(comment[10], expected_text);
    }
    // A comma is no separator in the Danish style: a field with only a comma stays bare,
    // and one with a quote is quoted.
    let da = export::csv(&journals, Lang::Da, &library());
    assert!(da.contains(";\"Call me, please – \"\"soon\"\"\";"), "{da}");
    assert!(da.contains(";Tallene, ikke kommentaren;"));
    let en = export::csv(&journals, Lang::En, &library());
    assert!(en.contains(",\"Tallene, ikke kommentaren\","), "{en}");
}

#[test]
fn a_cell_that_would_run_as_a_formula_is_guarded_invisibly_in_both_languages() {
    let mut found = journals().remove(0);
    let text = "=HYPERLINK(\"http://x\";\"klik\")";
    for block in &mut found.journal.blocks {
        if let Block::Answer {
            step,
            shown,
            answer,
            ..
        } = block
            && step == "comment"
        {
            *shown = text.to_owned();
            *answer = Answer::Given(Value::Text(text.to_owned()));
        }
        if let Block::Answer {
            step,
            shown,
            answer,
            ..
        } = block
            && step == "relations"
        {
            *shown = "-3,5".to_owned();
            *answer = Answer::Given(Value::Number(-3.5));
        }
    }
    // A ZERO WIDTH SPACE in front: the spreadsheet shows the text and runs nothing (the
    // LibreOffice test below opens it), and no apostrophe shows.
    let da = export::csv(std::slice::from_ref(&found), Lang::Da, &library());
    assert!(
        da.contains(";\"\u{200B}=HYPERLINK(\"\"http://x\"\";\"\"klik\"\")\";"),
        "{da}"
    );
    assert!(!da.contains('\''), "no apostrophe guard: {da}");
    assert!(
        da.contains(";-3,5;-3,5;number;"),
        "a negative number stays a number"
    );
    let en = export::csv(std::slice::from_ref(&found), Lang::En, &library());
    assert!(
        en.contains(",\"\u{200B}=HYPERLINK(\"\"http://x\"\";\"\"klik\"\")\","),
        "{en}"
    );
    assert!(en.contains(",\"-3,5\",-3.5,number,"), "{en}");
}

// ---------------------------------------------------------------------------------------
// JSON details
// ---------------------------------------------------------------------------------------

#[test]
fn json_strings_are_escaped_and_read_back_exactly() {
    let mut found = journals().remove(0);
    let nasty = "quote \" backslash \\ slash / newline \n cr \r tab \t bell \u{7} nul \u{0} \u{1b}[31m \u{2028} æøå 😀";
    found.journal.header.participant = nasty.to_owned();
    let parsed = read_json(&export::json(std::slice::from_ref(&found), &library()));
    assert_eq!(parsed.arr()[0].get("participant").str(), nasty);
    let fhir = export::fhir(std::slice::from_ref(&found), &library());
    let parsed = read_json(&fhir);
    assert_eq!(
        parsed.get("entry").arr()[0]
            .get("resource")
            .get("subject")
            .get("identifier")
            .get("value")
            .str(),
        nasty
    );
}

#[test]
fn an_empty_export_is_still_a_valid_document() {
    assert_eq!(
        read_json(&export::json(&[], &library())),
        Json::Arr(Vec::new())
    );
    let bundle = read_json(&export::fhir(&[], &Library::default()));
    assert_eq!(bundle.get("resourceType").str(), "Bundle");
    let csv = export::csv(&[], Lang::En, &library());
    assert_eq!(read_csv(&csv, ',').len(), 1, "the header row only");
}

// ---------------------------------------------------------------------------------------
// Filters and running an export
// ---------------------------------------------------------------------------------------

fn names(found: &[Found]) -> Vec<String> {
    found.iter().map(file_name).collect()
}

#[test]
fn select_filters_by_participant_dialogue_and_start_day() {
    let all = journals();
    let pick = |options: &Options| names(&export::select(all.clone(), options));

    assert_eq!(pick(&options(Who::All, Format::Csv)).len(), 5);
    assert_eq!(
        pick(&options(Who::One("p-bo".into()), Format::Csv)),
        [
            "2026-03-31T22-30-00Z-export-sample.txt",
            "2026-05-04T08-00-00Z-who5.txt"
        ]
    );
    let mut who5 = options(Who::All, Format::Csv);
    who5.dialogue = Some("who5".into());
    assert_eq!(
        pick(&who5),
        [
            "2026-03-16T08-00-00Z-who5.txt",
            "2026-05-04T08-00-00Z-who5.txt"
        ]
    );
    // `since` is the day the conversation started where it was held: 00:30 on 1 April
    // in Denmark (31 March in UTC) is on or after 2026-04-01.
    let mut since = options(Who::All, Format::Csv);
    since.since = export::parse_since("2026-04-01");
    assert_eq!(
        pick(&since),
        [
            "2026-03-31T22-30-00Z-export-sample.txt",
            "2026-05-04T08-00-00Z-who5.txt"
        ]
    );
    since.since = export::parse_since("2026-04-02");
    assert_eq!(pick(&since), ["2026-05-04T08-00-00Z-who5.txt"]);
    since.who = Who::One("p-anna".into());
    assert!(pick(&since).is_empty());
}

#[test]
fn since_and_format_read_only_what_they_should() {
    assert_eq!(
        export::parse_since("2026-04-01"),
        chrono::NaiveDate::from_ymd_opt(2026, 4, 1)
    );
    for bad in [
        "2026-4-1",
        "2026-02-30",
        "01-04-2026",
        "2026-04-01T00:00",
        " 2026-04-01",
        "",
        "+2026-04-01",
    ] {
        assert_eq!(export::parse_since(bad), None, "{bad}");
    }
    assert_eq!(Format::from_tag("fhir"), Some(Format::Fhir));
    assert_eq!(Format::from_tag("CSV"), None);
}

#[test]
fn run_writes_what_the_pure_functions_write() {
    let store = store();
    let library = library();
    let all = shared(&journals());
    for format in Format::ALL {
        for lang in [Lang::Da, Lang::En] {
            let mut out = Vec::new();
            let exported =
                export::run(&store, &options(Who::All, format), lang, &library, &mut out)
                    .expect("the export runs");
            let expected = match format {
                Format::Csv => export::csv(&all, lang, &library),
                Format::Json => export::json(&all, &library),
                Format::Fhir => fhir_in(&all, &library, lang),
            };
            assert_eq!(
                String::from_utf8(out).expect("UTF-8"),
                expected,
                "{format:?}"
            );
            assert_eq!(exported.conversations, 3);
            assert_eq!(exported.left_out, 2, "consent no, and never reached");
            assert!(exported.unreadable.is_empty());
        }
    }
    // One participant, one dialogue.
    let mut one = options(Who::One("p-anna".into()), Format::Json);
    one.dialogue = Some("fit-ors".into());
    let mut out = Vec::new();
    let exported = export::run(&store, &one, Lang::Da, &library, &mut out).expect("runs");
    assert_eq!(exported.conversations, 1);
    assert_eq!(
        exported.answers, 6,
        "seven answer blocks, one of them a revision"
    );
    let parsed = read_json(&String::from_utf8(out).expect("UTF-8"));
    assert_eq!(parsed.arr()[0].get("dialogue").str(), "fit-ors");
    // A pseudonym that could name a path is refused by the store.
    let bad = options(Who::One("../p-anna".into()), Format::Csv);
    assert!(matches!(
        export::run(&store, &bad, Lang::Da, &library, &mut Vec::new()),
        Err(export::ExportError::Store(_))
    ));
}

fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("export-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).expect("a scratch folder");
    dir
}

#[test]
fn a_damaged_journal_is_reported_and_the_rest_exported() {
    let dir = scratch("damaged");
    let folder = dir.join("journals/p-anna");
    fs::create_dir_all(&folder).expect("folder");
    for found in journals()
        .iter()
        .filter(|f| f.journal.header.participant == "p-anna")
    {
        fs::write(folder.join(file_name(found)), format::write(&found.journal)).expect("copy");
    }
    fs::write(
        folder.join("2026-01-01T00-00-00Z-who5.txt"),
        "not a journal\n",
    )
    .expect("write");
    let mut out = Vec::new();
    let exported = export::run(
        &Store::new(dir.clone()),
        &options(Who::All, Format::Csv),
        Lang::En,
        &library(),
        &mut out,
    )
    .expect("runs");
    // p-anna's three journals: only her FIT ORS may be shared.
    assert_eq!(exported.conversations, 1);
    assert_eq!(exported.left_out, 2);
    assert_eq!(exported.unreadable.len(), 1);
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn many_participants_come_out_in_order_whatever_thread_read_them() {
    let dir = scratch("many");
    let originals = journals();
    let mut expected = Vec::new();
    for index in 0..60 {
        let participant = format!("p-{index:03}");
        let folder = dir.join("journals").join(&participant);
        fs::create_dir_all(&folder).expect("folder");
        // Some participants have many journals and some none, so threads finish unevenly.
        for found in originals.iter().take(index % 6) {
            let mut journal = found.journal.clone();
            journal.header.participant = participant.clone();
            let path = folder.join(file_name(found));
            fs::write(&path, format::write(&journal)).expect("write");
            if export::shared(&journal, &library()) {
                expected.push(Found { path, journal });
            }
        }
    }
    let store = Store::new(dir.clone());
    let library = library();
    for format in Format::ALL {
        let mut out = Vec::new();
        let exported = export::run(
            &store,
            &options(Who::All, format),
            Lang::Da,
            &library,
            &mut out,
        )
        .expect("runs");
        assert_eq!(exported.conversations, expected.len());
        let want = match format {
            Format::Csv => export::csv(&expected, Lang::Da, &library),
            Format::Json => export::json(&expected, &library),
            Format::Fhir => fhir_in(&expected, &library, Lang::Da),
        };
        assert!(
            String::from_utf8(out).expect("UTF-8") == want,
            "{format:?} in order"
        );
    }
    let _ = fs::remove_dir_all(&dir);
}

#[cfg(unix)]
#[test]
fn an_output_file_is_private_and_replaced_whole() {
    use std::os::unix::fs::PermissionsExt;
    let dir = scratch("output");
    let path = dir.join("export.csv");
    fs::write(&path, "old, readable by all").expect("an old file");
    fs::set_permissions(&path, fs::Permissions::from_mode(0o644)).expect("chmod");
    let exported = export::run_to_file(
        &store(),
        &options(Who::All, Format::Csv),
        Lang::Da,
        &library(),
        &path,
    )
    .expect("the export runs");
    assert_eq!(exported.conversations, 3);
    let mode = fs::metadata(&path).expect("the file").permissions().mode() & 0o777;
    assert_eq!(mode, 0o600, "{mode:o}");
    assert_eq!(
        fs::read_to_string(&path).expect("read"),
        export::csv(&shared(&journals()), Lang::Da, &library())
    );
    let leftovers: Vec<_> = fs::read_dir(&dir)
        .expect("dir")
        .filter_map(Result::ok)
        .map(|e| e.file_name())
        .collect();
    assert_eq!(leftovers.len(), 1, "no temporary file left: {leftovers:?}");
    // A failed export leaves nothing behind.
    let bad = options(Who::One("../x".into()), Format::Csv);
    let fresh = dir.join("never.csv");
    assert!(export::run_to_file(&store(), &bad, Lang::Da, &library(), &fresh).is_err());
    assert_eq!(fs::read_dir(&dir).expect("dir").count(), 1);
    let _ = fs::remove_dir_all(&dir);
}

// ---------------------------------------------------------------------------------------
// FHIR against a validator that is not ours
// ---------------------------------------------------------------------------------------

/// Runs the outside validator on a bundle: Ok(report) when valid, Err(problems) when it
/// says invalid.
fn validate(python: &Path, name: &str, bundle: &str) -> Result<String, String> {
    let dir = scratch(name);
    let result = outside::validate_fhir(python, &dir, bundle);
    let _ = fs::remove_dir_all(&dir);
    result
}

#[test]
fn the_fhir_bundle_passes_an_outside_r4_validator() {
    let Some(python) = outside::fhir_python("the_fhir_bundle_passes_an_outside_r4_validator")
    else {
        return;
    };
    let bundle = export::fhir(&journals(), &library());
    match validate(&python, "valid", &bundle) {
        Ok(report) => assert!(report.contains("valid FHIR R4 (4.0.1) Bundle"), "{report}"),
        Err(problems) => panic!("the export is not valid FHIR R4:\n{problems}"),
    }
}

#[test]
fn the_validator_rejects_a_broken_bundle() {
    let Some(python) = outside::fhir_python("the_validator_rejects_a_broken_bundle") else {
        return;
    };
    let bundle = export::fhir(&journals(), &library());
    let broken = [
        // A status that is not in the required value set.
        ("status", r#""status":"completed""#, r#""status":"done""#),
        // A Danish decimal where FHIR wants a JSON number.
        (
            "decimal",
            r#"{"valueDecimal":6.5}"#,
            r#"{"valueDecimal":"6,5"}"#,
        ),
        // An element R4 does not have.
        (
            "element",
            r#""linkId":"days""#,
            r#""linkId":"days","score":1"#,
        ),
        // An empty string.
        ("empty", r#""text":"Name""#, r#""text":"""#),
        // A time without its offset in FHIR's form.
        (
            "time",
            r#""authored":"2026-03-02T09:20:00+01:00""#,
            r#""authored":"2026-03-02 09:20""#,
        ),
    ];
    for (name, from, to) in broken {
        assert!(bundle.contains(from), "{name}: the bundle has {from}");
        let changed = bundle.replacen(from, to, 1);
        match validate(&python, name, &changed) {
            Ok(report) => panic!("{name}: a broken bundle passed the validator: {report}"),
            Err(problems) => assert!(!problems.is_empty(), "{name}"),
        }
    }
}

/// A WHO-5 with every statement answered, and the consent question answered `share` (or
/// not reached when `None`, the conversation paused before it).
fn who5_journal(share: Option<&str>) -> String {
    let mut text = String::from(
        "samtale journal v1\ndialogue: who5\ndialogue-version: 1\ntitle: WHO-5\nlocale: da\n\
         mode: facilitated\nparticipant: p-c\nstarted: 2026-06-01T10:00:00+02:00\n",
    );
    for step in ["cheerful", "calm", "active", "rested", "interested"] {
        text.push_str(&format!(
            "\n== answer 2026-06-01T10:01:00+02:00\nstep: {step}\nquestion: {step}\n\
             answer: Hele tiden\nvalue: choice all-of-the-time\n"
        ));
    }
    match share {
        Some(choice) => text.push_str(&format!(
            "\n== answer 2026-06-01T10:02:00+02:00\nstep: share\n\
             question: Må noget af det deles med dit team?\nanswer: {choice}\n\
             value: choice {choice}\n\n== finished 2026-06-01T10:03:00+02:00\n\
             score: raw 25 of 25\nscore: percent 100 of 100\nsummary: Score: 25/25 (100 %)\n\
             end: finished\n"
        )),
        None => text.push_str("\n== paused 2026-06-01T10:02:00+02:00\n"),
    }
    text
}

#[test]
fn only_a_conversation_with_consent_is_exported_in_every_format() {
    let dir = scratch("consent");
    let folder = dir.join("journals/p-c");
    fs::create_dir_all(&folder).expect("folder");
    let files = [
        ("2026-06-01T08-00-00Z-who5.txt", Some("yes")),
        ("2026-06-02T08-00-00Z-who5.txt", Some("no")),
        ("2026-06-03T08-00-00Z-who5.txt", Some("some")),
        ("2026-06-04T08-00-00Z-who5.txt", None),
    ];
    for (name, share) in files {
        fs::write(folder.join(name), who5_journal(share)).expect("write");
    }
    let store = Store::new(dir.clone());
    let library = library();
    for format in Format::ALL {
        let mut out = Vec::new();
        let exported = export::run(
            &store,
            &options(Who::All, format),
            Lang::Da,
            &library,
            &mut out,
        )
        .expect("runs");
        let text = String::from_utf8(out).expect("UTF-8");
        assert_eq!(exported.conversations, 1, "{format:?}");
        assert_eq!(
            exported.left_out, 3,
            "no, some of it, never reached: {format:?}"
        );
        assert!(text.contains(files[0].0), "{format:?}: the one with yes");
        for (name, _) in &files[1..] {
            assert!(!text.contains(name), "{format:?}: {name} is left out");
        }
    }
    // The journals keep everything.
    assert_eq!(fs::read_dir(&folder).expect("folder").count(), 4);
    let _ = fs::remove_dir_all(&dir);
}

/// `samtale export` says how many it left out, and `history` marks them.
#[test]
fn export_says_how_many_it_left_out_and_history_marks_them() {
    let sandbox = common::sandbox::Sandbox::new("consent-cli");
    let folder = sandbox.data.join("journals/p-c");
    fs::create_dir_all(&folder).expect("folder");
    fs::write(
        folder.join("2026-06-01T08-00-00Z-who5.txt"),
        who5_journal(Some("yes")),
    )
    .expect("w");
    fs::write(
        folder.join("2026-06-02T08-00-00Z-who5.txt"),
        who5_journal(Some("no")),
    )
    .expect("w");
    fs::write(
        folder.join("2026-06-04T08-00-00Z-who5.txt"),
        who5_journal(None),
    )
    .expect("w");
    let out = sandbox.run(&["export", "--all", "--format", "json", "--lang", "en"], "");
    out.expect_code(0);
    assert!(
        out.stderr
            .contains("2 conversations were left out because the citizen did not agree"),
        "{}",
        out.stderr
    );
    let out = sandbox.run(&["export", "--all", "--format", "csv", "--lang", "da"], "");
    assert!(
        out.stderr.contains("2 samtaler er ikke med"),
        "{}",
        out.stderr
    );
    let out = sandbox.run(&["history", "--participant", "p-c", "--lang", "en"], "");
    out.expect_code(0);
    let rows: Vec<&str> = out.stdout.lines().filter(|l| l.contains("who5")).collect();
    assert_eq!(rows.len(), 3, "{}", out.stdout);
    assert!(!rows[0].contains("not to be shared"), "{}", rows[0]);
    assert!(rows[1].contains("not to be shared"), "{}", rows[1]);
    assert!(rows[2].contains("not to be shared"), "{}", rows[2]);
    let out = sandbox.run(&["history", "--participant", "p-c", "--lang", "da"], "");
    assert_eq!(
        out.stdout.matches("må ikke deles").count(),
        2,
        "{}",
        out.stdout
    );
}
