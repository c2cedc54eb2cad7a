//! The line mode: for screen readers, pipes and tests. No box drawing, no colour; every
//! question says where it is ("Question 3 of 12"), choices are numbered (by their score
//! where they have one, so the number typed is the number scored), and answers are read
//! a line at a time.
//!
//! Commands at any question: `?` help, `:back`, `:skip`, `:pause` (and the Danish
//! `:hjælp`, `:tilbage`, `:spring`). A long answer ends with a line holding only `.`.
//!
//! No answer may be longer than [`MAX_ANSWER_BYTES`]: a longer one is refused with a
//! message that names the limit and its size, nothing is recorded, and the question is
//! asked again. Lines are read with that bound, so a huge paste never sits in memory whole.

use std::io::{self, BufRead, Write};

use crate::config::CrisisContact;
use crate::engine::{
    self, Answer, Effect, Entry, Event, MAX_ANSWER_BYTES, Msg, Position, Session, Stamp, Value,
};
use crate::i18n::{Texts, parse_number};
use crate::journal::revision::{self, Revision};
use crate::journal::{Mode, StoreError, Writer};
use crate::script::{Step, StepKind, keys};
use crate::wording::{self, CallLine};

/// How a conversation in the line mode ended. The result is shown by the caller, after
/// it has said where the journal is, so that the result is the last thing on screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ending {
    Finished { summary: String },
    Paused,
}

#[derive(Debug)]
pub enum LineError {
    /// A block could not be written: the answer is printed back so it is not lost.
    Store {
        error: StoreError,
        unsaved: String,
    },
    Output(io::Error),
}

impl From<io::Error> for LineError {
    fn from(error: io::Error) -> Self {
        LineError::Output(error)
    }
}

pub struct LineMode<'a, R: BufRead, W: Write> {
    pub input: R,
    pub out: W,
    pub texts: &'a Texts,
    pub mode: Mode,
    pub contacts: &'a [CrisisContact],
    pub clock: &'a dyn Fn() -> Stamp,
    /// The plan this conversation revises: its `changes` block is written before `finished`.
    pub revision: Option<&'a Revision>,
}

/// One line typed, read as a command where it is one.
enum Line {
    Eof,
    Help,
    Back,
    Skip,
    Pause,
    Text(String),
    /// A line over the answer limit, with its size in bytes; its text is not kept.
    TooLong(usize),
}

/// One line as typed, without its line ending.
struct Typed {
    /// The line, or only its first bytes when it is over the limit.
    text: String,
    /// The size of the whole line in bytes.
    bytes: usize,
}

impl Typed {
    fn too_long(&self) -> bool {
        self.bytes > MAX_ANSWER_BYTES
    }
}

impl<R: BufRead, W: Write> LineMode<'_, R, W> {
    fn say(&mut self, key: &str, args: &[(&str, String)]) -> io::Result<()> {
        let text = self.texts.get(key, args);
        writeln!(self.out, "{text}")
    }

    /// Reads one line, without its line ending; `None` at the end of input. For prompts
    /// whose answer is never recorded (a pseudonym, yes or no): a line over the answer
    /// limit comes back cut short, which such a prompt refuses anyway.
    pub fn read_raw(&mut self) -> io::Result<Option<String>> {
        Ok(self.prompt()?.map(|typed| typed.text))
    }

    /// Shows the prompt and reads one line.
    fn prompt(&mut self) -> io::Result<Option<Typed>> {
        write!(self.out, "> ")?;
        self.out.flush()?;
        let typed = self.next_line()?;
        if typed.is_none() {
            writeln!(self.out)?;
        }
        Ok(typed)
    }

    /// Reads one line to its end without a prompt, keeping at most the answer limit (and
    /// a line ending) of it: the rest is only counted, so that a paste of a whole file
    /// costs no memory and the next line is still read from where it begins.
    fn next_line(&mut self) -> io::Result<Option<Typed>> {
        let room = MAX_ANSWER_BYTES + 2;
        let mut kept: Vec<u8> = Vec::new();
        let mut bytes = 0;
        let mut read_any = false;
        let mut ended = false;
        // The last byte before the line feed: a `\r` there is line ending, not text.
        let mut last = None;
        while !ended {
            let buffer = self.input.fill_buf()?;
            if buffer.is_empty() {
                break;
            }
            read_any = true;
            let length = match buffer.iter().position(|b| *b == b'\n') {
                Some(at) => {
                    ended = true;
                    if at > 0 {
                        last = Some(buffer[at - 1]);
                    }
                    at + 1
                }
                None => {
                    last = buffer.last().copied();
                    buffer.len()
                }
            };
            let keep = length.min(room.saturating_sub(kept.len()));
            kept.extend_from_slice(&buffer[..keep]);
            bytes += length;
            self.input.consume(length);
        }
        if !read_any {
            return Ok(None);
        }
        if bytes == kept.len() {
            while kept.last().is_some_and(|b| *b == b'\n' || *b == b'\r') {
                kept.pop();
            }
            let text = String::from_utf8_lossy(&kept).into_owned();
            let bytes = text.len();
            return Ok(Some(Typed { text, bytes }));
        }
        let ending = usize::from(ended) + usize::from(last == Some(b'\r'));
        Ok(Some(Typed {
            text: String::from_utf8_lossy(&kept).into_owned(),
            bytes: bytes - ending,
        }))
    }

    /// Says that an answer of `bytes` is over the limit and that nothing was recorded.
    fn refuse_too_long(&mut self, bytes: usize) -> io::Result<()> {
        self.say(
            "plain-answer-too-long",
            &[
                ("size", bytes.to_string()),
                ("limit", MAX_ANSWER_BYTES.to_string()),
                ("kb", (MAX_ANSWER_BYTES / 1024).to_string()),
            ],
        )
    }

    /// Reads the rest of a long text up to its closing `.` without keeping it, and
    /// returns its size (with the line endings between its lines).
    fn rest_of_long_text(&mut self) -> io::Result<usize> {
        let mut bytes = 0;
        while let Some(line) = self.next_line()? {
            if !line.too_long() && line.text.trim() == "." {
                break;
            }
            bytes += 1 + line.bytes;
        }
        Ok(bytes)
    }

    fn read(&mut self) -> io::Result<Line> {
        let Some(typed) = self.prompt()? else {
            return Ok(Line::Eof);
        };
        if typed.too_long() {
            return Ok(Line::TooLong(typed.bytes));
        }
        let raw = typed.text;
        Ok(match raw.trim().to_lowercase().as_str() {
            "?" | ":help" | ":hjælp" | ":hjaelp" => Line::Help,
            ":back" | ":tilbage" => Line::Back,
            ":skip" | ":spring" | ":spring over" => Line::Skip,
            ":pause" => Line::Pause,
            _ => Line::Text(raw),
        })
    }

    /// Asks a yes/no question; Enter and the end of input take the default.
    pub fn confirm(&mut self, question: &str, default: bool) -> io::Result<bool> {
        let hint = self.texts.get(
            if default {
                "plain-yes-no-default-yes"
            } else {
                "plain-yes-no-default-no"
            },
            &[],
        );
        writeln!(self.out, "{question} {hint}")?;
        loop {
            match self.read_raw()? {
                None => return Ok(default),
                Some(line) if line.trim().is_empty() => return Ok(default),
                Some(line) => match yes_no(&line) {
                    Some(answer) => return Ok(answer),
                    None => self.say("plain-yes-no-again", &[])?,
                },
            }
        }
    }

    /// Walks a session to its end or a pause, writing every event before going on.
    pub fn converse(
        &mut self,
        session: &mut Session,
        writer: &mut Writer,
    ) -> Result<Ending, LineError> {
        let mut last_section: Option<String> = None;
        loop {
            match session.position() {
                Position::Done => {
                    // As on screen: staff read the flags as written for staff; a person
                    // alone reads one calm paragraph, and whom to call where a low flag
                    // fired or the dialogue is about a crisis.
                    let (summary, low) = match (session.outcome(), self.mode) {
                        (Some(outcome), Mode::SelfGuided) => {
                            wording::summary_alone(self.texts, session.dialogue(), outcome)
                        }
                        (Some(outcome), _) => (
                            wording::summary(self.texts, session.dialogue(), outcome),
                            false,
                        ),
                        (None, _) => (String::new(), false),
                    };
                    let mut summary = summary;
                    // A plan's result is how complete it is, and what is still empty.
                    if let Some(c) = crate::completeness::of(session.dialogue(), session.answers())
                    {
                        summary.push('\n');
                        summary.push_str(&crate::completeness::words(
                            self.texts,
                            session.dialogue(),
                            &c,
                        ));
                    }
                    if low || session.dialogue().crisis {
                        summary.push_str("\n\n");
                        summary.push_str(&self.whom_to_call().join("\n"));
                    }
                    return Ok(Ending::Finished {
                        summary: summary.trim_start().to_owned(),
                    });
                }
                Position::Paused => {
                    self.say("plain-paused", &[])?;
                    // Every way out of a crisis dialogue shows whom to call.
                    if session.dialogue().crisis {
                        self.contacts()?;
                    }
                    return Ok(Ending::Paused);
                }
                Position::Review => {
                    let msg = self.review(session)?;
                    self.apply(session, writer, msg)?;
                }
                Position::Step(_) => {
                    let Some((section, step)) = session
                        .current_step()
                        .map(|(s, st)| (s.to_owned(), st.clone()))
                    else {
                        return Ok(Ending::Paused);
                    };
                    if last_section.as_deref() != Some(section.as_str()) {
                        let heading = wording::section(self.texts, session.dialogue(), &section);
                        writeln!(self.out, "\n== {heading} ==")?;
                        last_section = Some(section);
                    }
                    let msg = self.step(session, &step)?;
                    self.apply(session, writer, msg)?;
                }
            }
        }
    }

    fn apply(
        &mut self,
        session: &mut Session,
        writer: &mut Writer,
        msg: Msg,
    ) -> Result<(), LineError> {
        for effect in engine::update(session, msg) {
            let Effect::Record(event) = effect;
            if let (Event::Finished { at, .. }, Some(revision)) = (&event, self.revision) {
                let changes = revision::closing(
                    revision,
                    session.answers(),
                    session.dialogue(),
                    self.texts,
                    *at,
                );
                if let Err(error) = writer.append(&changes) {
                    return Err(LineError::Store {
                        error,
                        unsaved: String::new(),
                    });
                }
            }
            if let Event::Finished { at, .. } = &event {
                let path = writer.path().to_path_buf();
                for block in crate::journal::sub_goals::closing(
                    session.dialogue(),
                    session.answers(),
                    &path,
                    *at,
                ) {
                    if let Err(error) = writer.append(&block) {
                        return Err(LineError::Store {
                            error,
                            unsaved: String::new(),
                        });
                    }
                }
            }
            let block = wording::block(self.texts, session.dialogue(), &event);
            if let Err(error) = writer.append(&block) {
                let unsaved = match &block {
                    crate::journal::Block::Answer {
                        question, shown, ..
                    } => format!("{question}\n{shown}"),
                    _ => String::new(),
                };
                return Err(LineError::Store { error, unsaved });
            }
        }
        if let Some(notice) = session.notice().cloned() {
            let text = wording::notice(self.texts, session, &notice);
            writeln!(self.out, "{text}")?;
        }
        Ok(())
    }

    fn now(&self) -> Stamp {
        (self.clock)()
    }

    /// Shows one step and reads what the person does there.
    fn step(&mut self, session: &Session, step: &Step) -> Result<Msg, LineError> {
        let dialogue = session.dialogue();
        let texts = self.texts;
        if !step.kind.is_question() {
            let text = wording::question(texts, dialogue, step, session.computed(step));
            writeln!(self.out, "\n{text}")?;
            if self.mode != Mode::SelfGuided
                && let Some(note) = wording::attribute(texts, dialogue, step, keys::NOTE)
            {
                self.say("plain-note", &[("note", note)])?;
            }
            if matches!(step.kind, StepKind::Info { contacts: true }) {
                self.contacts()?;
            }
            return Ok(Msg::Next(self.now()));
        }
        writeln!(self.out)?;
        if let Some((number, total)) = session.question_number() {
            self.say(
                "plain-question-of",
                &[("number", number.to_string()), ("total", total.to_string())],
            )?;
        }
        writeln!(
            self.out,
            "{}",
            wording::question(texts, dialogue, step, None)
        )?;
        // Notes are for staff and trainers; a citizen alone never sees them.
        if self.mode != Mode::SelfGuided
            && let Some(note) = wording::attribute(texts, dialogue, step, keys::NOTE)
        {
            self.say("plain-note", &[("note", note)])?;
        }
        let current = session.answer(&step.id).cloned();
        match &step.kind {
            StepKind::Scale {
                min,
                max,
                step: increment,
            } => {
                let decimals = wording::scale_decimals(*increment);
                let min_label =
                    wording::attribute(texts, dialogue, step, keys::MIN_LABEL).unwrap_or_default();
                let max_label =
                    wording::attribute(texts, dialogue, step, keys::MAX_LABEL).unwrap_or_default();
                self.say(
                    "plain-scale",
                    &[
                        ("min", texts.number(*min, decimals)),
                        ("max", texts.number(*max, decimals)),
                        ("minlabel", min_label),
                        ("maxlabel", max_label),
                        (
                            "example",
                            texts.number((min + max) / 2.0 + increment * 5.0, decimals),
                        ),
                    ],
                )?;
            }
            StepKind::Single { .. } | StepKind::Multi { .. } => {
                for (number, choice) in wording::numbered_choices(session, step) {
                    let label = wording::choice_label(texts, dialogue, step, &choice);
                    writeln!(self.out, "  {number}. {label}")?;
                }
                let key = if matches!(step.kind, StepKind::Multi { .. }) {
                    "plain-multi"
                } else {
                    "plain-single"
                };
                self.say(key, &[])?;
            }
            StepKind::YesNo => self.say("plain-yes-no", &[])?,
            StepKind::LongText { .. } => self.say("plain-long-text", &[])?,
            StepKind::Number { min, max, decimals } => {
                let bound = |v: &Option<f64>| {
                    v.map(|v| texts.number(v, *decimals))
                        .unwrap_or_else(|| "–".into())
                };
                self.say("plain-number", &[("min", bound(min)), ("max", bound(max))])?;
            }
            StepKind::Repeat { .. } => return self.repeat(session, step),
            _ => {}
        }
        if let Some(answer) = &current {
            let shown = wording::answer(texts, dialogue, step, answer);
            self.say("plain-current-answer", &[("answer", shown)])?;
        }
        let hint = if step.required {
            "plain-commands-required"
        } else {
            "plain-commands"
        };
        self.say(hint, &[])?;
        loop {
            let line = self.read()?;
            let text = match line {
                Line::Eof | Line::Pause => return Ok(Msg::Pause(self.now())),
                Line::Back => return Ok(Msg::Back),
                Line::Skip => return Ok(Msg::Skip(self.now())),
                Line::Help => {
                    let help = wording::attribute(texts, dialogue, step, keys::HELP)
                        .unwrap_or_else(|| texts.get("plain-no-help", &[]));
                    writeln!(self.out, "{help}")?;
                    continue;
                }
                Line::TooLong(bytes) => {
                    // A long text goes on to its `.`: those lines belong to the answer
                    // refused, and must not be read as answers to what comes next.
                    let bytes = if matches!(step.kind, StepKind::LongText { .. }) {
                        bytes + self.rest_of_long_text()?
                    } else {
                        bytes
                    };
                    self.refuse_too_long(bytes)?;
                    continue;
                }
                Line::Text(text) => text,
            };
            if text.trim().is_empty() && !matches!(step.kind, StepKind::LongText { .. }) {
                return Ok(if current.is_some() {
                    Msg::Next(self.now())
                } else {
                    Msg::Skip(self.now())
                });
            }
            match self.value(session, step, text)? {
                Some(Parsed::Value(value)) => return Ok(Msg::Answer(value, self.now())),
                Some(Parsed::Keep) => {
                    return Ok(if current.is_some() {
                        Msg::Next(self.now())
                    } else {
                        Msg::Skip(self.now())
                    });
                }
                None => continue,
            }
        }
    }

    /// Reads a value for the step from the line typed; says what fits when it does not.
    fn value(
        &mut self,
        session: &Session,
        step: &Step,
        text: String,
    ) -> io::Result<Option<Parsed>> {
        let value = match &step.kind {
            StepKind::ShortText { .. } => Value::Text(text),
            StepKind::LongText { .. } => {
                if text.trim().is_empty() {
                    return Ok(Some(Parsed::Keep));
                }
                if text.trim() == "." {
                    return Ok(Some(Parsed::Keep));
                }
                let mut bytes = text.len();
                let mut lines = vec![text];
                while let Some(line) = self.next_line()? {
                    if !line.too_long() && line.text.trim() == "." {
                        break;
                    }
                    bytes += 1 + line.bytes;
                    if bytes > MAX_ANSWER_BYTES {
                        // Over the limit: read on to the `.` without keeping anything.
                        lines.clear();
                        bytes += self.rest_of_long_text()?;
                        self.refuse_too_long(bytes)?;
                        return Ok(None);
                    }
                    lines.push(line.text);
                }
                Value::Text(lines.join("\n"))
            }
            StepKind::Number { .. } | StepKind::Scale { .. } => match parse_number(&text) {
                Some(n) => Value::Number(n),
                None => {
                    // What was typed is shown back neutralised: an escape sequence must not
                    // reach the terminal this way either.
                    self.say(
                        "notice-not-a-number",
                        &[("text", engine::neutralise(text.trim()))],
                    )?;
                    return Ok(None);
                }
            },
            StepKind::Single { .. } => {
                let numbered = wording::numbered_choices(session, step);
                match numbered.iter().find(|(n, _)| n.to_string() == text.trim()) {
                    Some((_, choice)) => Value::Choice(choice.clone()),
                    None => {
                        self.say("notice-pick-a-number", &[])?;
                        return Ok(None);
                    }
                }
            }
            StepKind::Multi { .. } => {
                let numbered = wording::numbered_choices(session, step);
                let mut chosen: Vec<String> = Vec::new();
                for word in text.split([',', ' ', ';']).filter(|w| !w.is_empty()) {
                    match numbered.iter().find(|(n, _)| n.to_string() == word) {
                        Some((_, choice)) if !chosen.contains(choice) => {
                            chosen.push(choice.clone())
                        }
                        Some(_) => {}
                        None => {
                            self.say("notice-pick-numbers", &[])?;
                            return Ok(None);
                        }
                    }
                }
                // Keep the script's order, whatever order they were typed in.
                let order: Vec<String> = numbered.into_iter().map(|(_, c)| c).collect();
                chosen.sort_by_key(|c| order.iter().position(|o| o == c));
                Value::Choices(chosen)
            }
            StepKind::YesNo => match yes_no(&text) {
                Some(yes) => Value::YesNo(yes),
                None => {
                    self.say("plain-yes-no-again", &[])?;
                    return Ok(None);
                }
            },
            _ => return Ok(Some(Parsed::Keep)),
        };
        Ok(Some(Parsed::Value(value)))
    }

    /// A repeat group: the list so far, then `+` to add, a number to edit, `-number` to
    /// remove, and Enter when the list is done.
    fn repeat(&mut self, session: &Session, step: &Step) -> Result<Msg, LineError> {
        let dialogue = session.dialogue();
        let texts = self.texts;
        let StepKind::Repeat { fields, .. } = &step.kind else {
            return Ok(Msg::Next(self.now()));
        };
        let entries = match session.answer(&step.id) {
            Some(Answer::Given(Value::Entries(entries))) => entries.clone(),
            _ => Vec::new(),
        };
        if entries.is_empty() {
            self.say("plain-repeat-empty", &[])?;
        }
        for (index, entry) in entries.iter().enumerate() {
            writeln!(
                self.out,
                "  {}. {}",
                index + 1,
                wording::entry(texts, dialogue, step, entry)
            )?;
        }
        self.say("plain-repeat-commands", &[])?;
        loop {
            let text = match self.read()? {
                Line::Eof | Line::Pause => return Ok(Msg::Pause(self.now())),
                Line::Back => return Ok(Msg::Back),
                Line::Skip => return Ok(Msg::Skip(self.now())),
                Line::Help => {
                    let help = wording::attribute(texts, dialogue, step, keys::HELP)
                        .unwrap_or_else(|| texts.get("plain-no-help", &[]));
                    writeln!(self.out, "{help}")?;
                    continue;
                }
                Line::TooLong(_) => {
                    self.say("plain-repeat-commands", &[])?;
                    continue;
                }
                Line::Text(text) => text.trim().to_owned(),
            };
            if text.is_empty() {
                return Ok(Msg::Next(self.now()));
            }
            if text == "+" {
                let Some(entry) = self.entry(session, step, fields, None)? else {
                    return Ok(Msg::Pause(self.now()));
                };
                return Ok(Msg::AddEntry(entry, self.now()));
            }
            if let Some(number) = text
                .strip_prefix('-')
                .and_then(|n| n.trim().parse::<usize>().ok())
            {
                if (1..=entries.len()).contains(&number) {
                    return Ok(Msg::RemoveEntry(number - 1, self.now()));
                }
            } else if let Some(index) = text
                .parse::<usize>()
                .ok()
                .and_then(|number| number.checked_sub(1))
                .filter(|index| *index < entries.len())
            {
                let Some(entry) = self.entry(session, step, fields, Some(&entries[index]))? else {
                    return Ok(Msg::Pause(self.now()));
                };
                return Ok(Msg::EditEntry(index, entry, self.now()));
            }
            self.say("plain-repeat-commands", &[])?;
        }
    }

    /// Asks for each field of an entry; with an existing entry, Enter keeps a field. A
    /// field that is required and left empty, or that breaks its validation, is asked
    /// for again at once with the script's message: the engine would refuse the whole
    /// entry, and the fields already typed must not be lost with it.
    fn entry(
        &mut self,
        session: &Session,
        step: &Step,
        fields: &[crate::script::Field],
        existing: Option<&Entry>,
    ) -> io::Result<Option<Entry>> {
        let mut entry = Entry::default();
        for field in fields {
            let label = wording::field_label(self.texts, session.dialogue(), step, &field.id);
            let before = existing
                .and_then(|e| e.get(&field.id))
                .unwrap_or_default()
                .to_owned();
            let shown_before =
                wording::field_value(self.texts, session.dialogue(), step, field, &before);
            let text = loop {
                if before.is_empty() {
                    writeln!(self.out, "  {label}:")?;
                } else {
                    self.say(
                        "plain-field-current",
                        &[("field", label.clone()), ("value", shown_before.clone())],
                    )?;
                }
                if field.is_choice() {
                    for (number, choice) in field.choices.iter().enumerate() {
                        let shown = wording::field_choice_label(
                            self.texts,
                            session.dialogue(),
                            step,
                            &field.id,
                            &choice.id,
                        );
                        writeln!(self.out, "    {}. {shown}", number + 1)?;
                    }
                    let how = if field.multi {
                        "plain-field-choose-several"
                    } else {
                        "plain-field-choose-one"
                    };
                    self.say(how, &[])?;
                }
                let Some(typed) = self.prompt()? else {
                    return Ok(None);
                };
                if typed.too_long() {
                    self.refuse_too_long(typed.bytes)?;
                    continue;
                }
                let text = if typed.text.trim().is_empty() {
                    before.clone()
                } else if field.is_choice() {
                    // Numbers as shown; what is not a number offered is kept as typed,
                    // so the engine's check refuses it with the script's message.
                    typed
                        .text
                        .split(|c: char| c == ',' || c.is_whitespace())
                        .filter(|part| !part.is_empty())
                        .map(|part| {
                            part.parse::<usize>()
                                .ok()
                                .and_then(|n| n.checked_sub(1))
                                .and_then(|i| field.choices.get(i))
                                .map_or_else(|| part.to_owned(), |c| c.id.clone())
                        })
                        .collect::<Vec<_>>()
                        .join(" ")
                } else {
                    typed.text
                };
                match engine::check_field(&step.id, field, &text) {
                    Ok(()) => break text,
                    Err(notice) => {
                        let message = wording::notice(self.texts, session, &notice);
                        writeln!(self.out, "{message}")?;
                    }
                }
            };
            entry.fields.push((field.id.clone(), text));
        }
        Ok(Some(entry))
    }

    fn contacts(&mut self) -> io::Result<()> {
        for line in self.whom_to_call() {
            writeln!(self.out, "{line}")?;
        }
        Ok(())
    }

    /// Whom to call, as the terminal interface shows it; contacts indented.
    fn whom_to_call(&self) -> Vec<String> {
        let alone = self.mode == Mode::SelfGuided;
        wording::whom_to_call(self.texts, self.contacts, alone)
            .into_iter()
            .map(|line| match line {
                CallLine::Contact(text) => format!("  {text}"),
                other => other.text().to_owned(),
            })
            .collect()
    }

    /// Every answer on one page; a number opens that answer again.
    fn review(&mut self, session: &Session) -> Result<Msg, LineError> {
        let dialogue = session.dialogue();
        let texts = self.texts;
        writeln!(self.out)?;
        self.say("plain-review-heading", &[])?;
        let steps = session.steps();
        let questions: Vec<&Step> = session
            .path()
            .into_iter()
            .map(|i| steps[i].1)
            .filter(|s| s.kind.is_question())
            .collect();
        for (number, step) in questions.iter().enumerate() {
            let question = wording::question(texts, dialogue, step, None);
            let answer = match session.answer(&step.id) {
                Some(answer) => wording::answer(texts, dialogue, step, answer),
                None => texts.get("answer-none", &[]),
            };
            writeln!(self.out, "  {}. {}", number + 1, first_line(&question))?;
            for line in answer.lines() {
                writeln!(self.out, "     {line}")?;
            }
        }
        let hidden = session.hidden_answers();
        if !hidden.is_empty() {
            self.say("plain-review-hidden", &[])?;
            for id in hidden {
                if let Some((_, step)) = steps.iter().find(|(_, s)| s.id == id) {
                    let question = wording::question(texts, dialogue, step, None);
                    let answer = session
                        .answer(&id)
                        .map(|a| wording::answer(texts, dialogue, step, a))
                        .unwrap_or_default();
                    writeln!(
                        self.out,
                        "   - {}: {}",
                        first_line(&question),
                        first_line(&answer)
                    )?;
                }
            }
        }
        self.say("plain-review-commands", &[])?;
        loop {
            match self.read()? {
                Line::Eof => return Ok(Msg::Finish(self.now())),
                Line::Pause => return Ok(Msg::Pause(self.now())),
                Line::Back => return Ok(Msg::Back),
                Line::Skip | Line::Help | Line::TooLong(_) => {
                    self.say("plain-review-commands", &[])?
                }
                Line::Text(text) if text.trim().is_empty() => return Ok(Msg::Finish(self.now())),
                Line::Text(text) => match text
                    .trim()
                    .parse::<usize>()
                    .ok()
                    .and_then(|n| questions.get(n.wrapping_sub(1)))
                {
                    Some(step) => return Ok(Msg::Revise(step.id.clone())),
                    None => self.say("plain-review-commands", &[])?,
                },
            }
        }
    }
}

enum Parsed {
    Value(Value),
    /// Nothing new typed: keep what is there (or skip).
    Keep,
}

/// Yes or no in Danish or English, whatever the chosen language.
fn yes_no(text: &str) -> Option<bool> {
    match text.trim().to_lowercase().as_str() {
        // 1 and 2 as in the terminal interface, where yes/no is a choice of two.
        "j" | "ja" | "y" | "yes" | "1" => Some(true),
        "n" | "nej" | "no" | "2" => Some(false),
        _ => None,
    }
}

fn first_line(text: &str) -> &str {
    text.lines().next().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use std::io::BufReader;

    use super::*;
    use crate::i18n::Lang;
    use crate::script::Library;

    /// Every line `next_line` reads from `input`, through a buffer much smaller than a
    /// line, so that lines and line endings fall across the buffer's edges.
    fn read_all(input: &[u8]) -> Vec<(String, usize, bool)> {
        let (library, _) = Library::builtin();
        let texts = library.texts(Lang::En);
        let clock = || {
            chrono::DateTime::parse_from_rfc3339("2026-01-05T10:00:00+01:00").expect("a time stamp")
        };
        let mut line = LineMode {
            input: BufReader::with_capacity(7, input),
            out: Vec::new(),
            texts: &texts,
            mode: Mode::Facilitated,
            contacts: &[],
            clock: &clock,
            revision: None,
        };
        let mut lines = Vec::new();
        while let Some(typed) = line.next_line().expect("reading from memory") {
            let too_long = typed.too_long();
            lines.push((typed.text, typed.bytes, too_long));
        }
        lines
    }

    #[test]
    fn a_line_over_the_answer_limit_is_counted_not_kept_and_the_next_line_is_whole() {
        let over = "x".repeat(MAX_ANSWER_BYTES + 5);
        let exactly = "y".repeat(MAX_ANSWER_BYTES);
        let input = format!("a\r\nbæ\n{over}\r\n{exactly}\r\nlast");
        let lines = read_all(input.as_bytes());
        assert_eq!(lines.len(), 5);
        assert_eq!(lines[0], ("a".to_owned(), 1, false));
        assert_eq!(lines[1], ("bæ".to_owned(), 3, false));
        // Over the limit: its size is known, and only a bounded part of it was kept.
        assert!(lines[2].2, "too long");
        assert_eq!(
            lines[2].1,
            MAX_ANSWER_BYTES + 5,
            "its size, without the line ending"
        );
        assert!(lines[2].0.len() <= MAX_ANSWER_BYTES + 2);
        // Exactly the limit is an answer, kept whole, without its line ending.
        assert_eq!(lines[3], (exactly, MAX_ANSWER_BYTES, false));
        assert_eq!(lines[4], ("last".to_owned(), 4, false));
    }
}
