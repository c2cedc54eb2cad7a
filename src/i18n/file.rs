//! One Fluent file of one language, each of its entries parsed the first time it is asked
//! for.
//!
//! samtale's own file has a thousand lines, of which a screen shows a few dozen messages;
//! parsing it whole was most of the work before the first frame. The file is cut into
//! entries without parsing (`index`), and an entry is parsed on its own when it is first
//! looked up, into a bundle with just the entries it refers to (`{ other-message }`,
//! `{ -term }`). The whole file is parsed only by `samtale check` (`Texts::build`), which
//! reports its syntax errors and duplicates.

use fluent_bundle::{FluentBundle, FluentMessage, FluentResource};
use std::borrow::Cow;
use std::cell::OnceCell;
use std::sync::Arc;

use super::Lang;
use super::index::{self, Entry, identifier};

pub(super) type Bundle = FluentBundle<Arc<FluentResource>>;

pub(super) struct File {
    /// The file's name without `.ftl`: a dialogue's id, whose keys all begin `<id>-`.
    pub stem: String,
    text: Cow<'static, str>,
    /// Where its entries are, for a built-in file as the build script found them.
    compiled: Option<&'static [Entry]>,
    entries: OnceCell<Entries>,
}

/// The file cut into entries.
struct Entries {
    /// Sorted as `index::entries` sorts them.
    index: Cow<'static, [Entry]>,
    /// Each entry of `index` parsed, when it was first needed.
    parsed: Box<[OnceCell<Arc<FluentResource>>]>,
    /// Each message of `index` in a bundle of its own, with what it refers to. Boxed: a
    /// file has hundreds of entries, and a screen uses a few dozen.
    bundles: Box<[OnceCell<Box<Bundle>>]>,
}

/// What a bundle is made with besides the file itself.
pub(super) struct Context<'a> {
    pub lang: Lang,
    /// samtale's own file in the same language: its terms (`-staff`) are every file's.
    pub app: Option<&'a File>,
    /// The team's own staff word as the term `-staff`, overriding samtale's.
    pub staff: Option<&'a Arc<FluentResource>>,
}

impl File {
    pub fn new(stem: String, text: Cow<'static, str>, compiled: Option<&'static [Entry]>) -> File {
        File {
            stem,
            text,
            compiled,
            entries: OnceCell::new(),
        }
    }

    /// Whether `key` is one of this dialogue's: `<stem>-…`. Dialogue ids never begin one
    /// another (`check-id-prefix`), so a key has at most one such file.
    pub fn owns(&self, key: &str) -> bool {
        key.strip_prefix(self.stem.as_str())
            .is_some_and(|rest| rest.starts_with('-'))
    }

    fn entries(&self) -> &Entries {
        self.entries.get_or_init(|| {
            let index = match self.compiled {
                Some(compiled) => Cow::Borrowed(compiled),
                None => Cow::Owned(index::entries(&self.text)),
            };
            Entries {
                parsed: index.iter().map(|_| OnceCell::new()).collect(),
                bundles: index.iter().map(|_| OnceCell::new()).collect(),
                index,
            }
        })
    }

    fn position(&self, id: &str) -> Option<usize> {
        index::find(&self.entries().index, &self.text, id)
    }

    /// The entry `id` (a term's with its `-`) parsed: shared by every bundle that uses it.
    fn parsed(&self, id: &str) -> Option<&Arc<FluentResource>> {
        let at = self.position(id)?;
        let entries = self.entries();
        Some(entries.parsed[at].get_or_init(|| {
            let text = entries.index[at].text(&self.text).to_owned();
            // What does not parse is left out, as Fluent leaves out junk in a whole file;
            // `samtale check` reports it.
            Arc::new(match FluentResource::try_new(text) {
                Ok(resource) | Err((resource, _)) => resource,
            })
        }))
    }

    /// The message `key` of this file, in a bundle with what it refers to.
    pub fn message<'a>(
        &'a self,
        key: &str,
        context: &Context,
    ) -> Option<(&'a Bundle, FluentMessage<'a>)> {
        let at = self.position(key)?;
        let bundle = self.entries().bundles[at].get_or_init(|| Box::new(self.bundle(key, context)));
        Some((bundle, bundle.get_message(key)?))
    }

    fn bundle(&self, key: &str, context: &Context) -> Bundle {
        let mut bundle = FluentBundle::new(vec![context.lang.langid()]);
        bundle.set_use_isolating(false);
        // Numbers are shown as this language writes them, never with Fluent's default
        // decimal point.
        bundle.set_formatter(Some(match context.lang {
            Lang::Da => super::numbers::format_fluent_da,
            Lang::En => super::numbers::format_fluent_en,
        }));
        let mut added: Vec<String> = Vec::new();
        let mut wanted = vec![key.to_owned()];
        while let Some(id) = wanted.pop() {
            if added.contains(&id) {
                continue;
            }
            let Some(resource) = self.resolve(&id, context) else {
                continue;
            };
            wanted.extend(references(resource.source()));
            // Ids are added once each, so nothing is overridden.
            let _ = bundle.add_resource(Arc::clone(resource));
            added.push(id);
        }
        bundle
    }

    /// Where the entry `id` that a message of this file refers to comes from: a term from
    /// the team's staff word, else samtale's own file, else this file; a message from
    /// this file.
    fn resolve<'a>(&'a self, id: &str, context: &Context<'a>) -> Option<&'a Arc<FluentResource>> {
        match id.strip_prefix('-') {
            Some("staff") if context.staff.is_some() => context.staff,
            Some(_) => context
                .app
                .and_then(|app| app.parsed(id))
                .or_else(|| self.parsed(id)),
            None => self.parsed(id),
        }
    }

    /// The text of every term of this file (`-name = …`, with its lines), in the file's
    /// order, for `check`'s formatting of a dialogue's messages as samtale formats them.
    pub fn terms(&self) -> String {
        let mut terms: Vec<&Entry> = self
            .entries()
            .index
            .iter()
            .filter(|entry| entry.id(&self.text).starts_with('-'))
            .collect();
        terms.sort_by_key(|entry| entry.text.0);
        terms
            .into_iter()
            .map(|entry| entry.text(&self.text))
            .collect()
    }
}

/// The messages (`{ other }`, `{ other.attribute }`) and terms (`{ -term }`,
/// `{ -term(form: "x") }`) an entry's text refers to. A function call (`{ NUMBER($n) }`)
/// is not one; naming an id that is not there is harmless, it is not found.
fn references(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for (at, _) in text.match_indices('{') {
        let rest = text[at + 1..].trim_start();
        let (term, name) = match rest.strip_prefix('-') {
            Some(name) => (true, name),
            None => (false, rest),
        };
        let Some(end) = identifier(name) else {
            continue;
        };
        let is_call = name[end..].trim_start().starts_with('(');
        if term {
            found.push(format!("-{}", &name[..end]));
        } else if !is_call {
            found.push(name[..end].to_owned());
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "\
## A comment = not a message

-staff = { $form ->
        [definite] the worker
       *[indefinite] worker
    }
count = { $n ->
    [one] one { -staff }
   *[other] { $n } { -staff(form: \"definite\") }
}
    .help = Count of { other.title }

other = Other
    .title = the other
count = Second
";

    #[test]
    fn a_file_is_cut_into_entries_at_lines_that_begin_an_id_or_a_comment() {
        let mut entries: Vec<(u32, &str, &str)> = index::entries(TEXT)
            .iter()
            .map(|entry| (entry.text.0, entry.id(TEXT), entry.text(TEXT)))
            .collect();
        entries.sort();
        let entries: Vec<(&str, &str)> = entries
            .into_iter()
            .map(|(_, id, text)| (id, text))
            .collect();
        assert_eq!(
            entries,
            [
                (
                    "-staff",
                    "-staff = { $form ->\n        [definite] the worker\n       *[indefinite] worker\n    }\n"
                ),
                (
                    "count",
                    "count = { $n ->\n    [one] one { -staff }\n   *[other] { $n } { -staff(form: \"definite\") }\n}\n    .help = Count of { other.title }\n\n"
                ),
                ("other", "other = Other\n    .title = the other\n"),
                ("count", "count = Second\n"),
            ]
        );
    }

    #[test]
    fn references_are_the_messages_and_terms_an_entry_names() {
        let entries = index::entries(TEXT);
        let count = index::find(&entries, TEXT, "count").expect("count is there");
        assert_eq!(
            references(entries[count].text(TEXT)),
            ["-staff", "-staff", "other"]
        );
        assert_eq!(
            references("n = { NUMBER($n) } { -term } {other} {  \"{\" }"),
            ["-term", "other"]
        );
    }

    #[test]
    fn a_message_is_formatted_with_the_terms_and_messages_it_names() {
        let file = File::new("app".into(), TEXT.into(), None);
        let context = Context {
            lang: Lang::En,
            app: None,
            staff: None,
        };
        let (bundle, message) = file.message("count", &context).expect("count is there");
        let mut errors = Vec::new();
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("n", 2);
        let value = message.value().expect("a value");
        assert_eq!(
            bundle.format_pattern(value, Some(&args), &mut errors),
            "2 the worker"
        );
        let help = message.get_attribute("help").expect("help").value();
        assert_eq!(
            bundle.format_pattern(help, None, &mut errors),
            "Count of the other"
        );
        assert!(errors.is_empty(), "{errors:?}");
        assert!(file.message("missing", &context).is_none());
        // Of a message given twice, the first is used.
        assert_eq!(
            file.message("count", &context)
                .map(|(_, m)| m.get_attribute("help").is_some()),
            Some(true)
        );
        assert_eq!(
            file.terms(),
            "-staff = { $form ->\n        [definite] the worker\n       *[indefinite] worker\n    }\n"
        );
    }
}
