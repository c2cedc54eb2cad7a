//! Writes a municipality's year of journals, for the scale benchmark (bench/run.sh):
//!
//!     cargo run --release --example generate_journals -- DIR [COUNT] [SEED]
//!
//! 500 citizens (pseudonyms `borger-001` … `borger-500`), each with a conversation every
//! two weeks through 2026: FIT's ORS and SRS alternating, WHO-5 every sixth meeting
//! instead. COUNT (13,000 by default: 500 × 26) is spread evenly over the citizens.
//!
//! The journals are real ones: every conversation is driven through samtale's own engine
//! (`engine::update`), its events worded by `wording::block` in Danish (one citizen in ten
//! in English) and written with `journal::format::write` in the store's layout,
//! `DIR/journals/<pseudonym>/<UTC time>-<dialogue>.txt`, folders 0700 and files 0600. So
//! scores, bands, flags (change flags too, from the previous conversation) and summaries
//! are what samtale would have written. Each citizen drifts slowly up or down over the
//! year; about one answer in twenty-five is skipped, one conversation in twenty has an
//! answer revised from the review, one in fifty is left unfinished, and about a third
//! have a comment, some with `;`, quotes or a line break in it. The same SEED gives the
//! same files.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use chrono::{Datelike, Duration, FixedOffset, NaiveDate, TimeZone, Weekday};
use samtale::engine::{self, Effect, Msg, Position, Previous, Session, Stamp, Value};
use samtale::i18n::{Lang, Texts};
use samtale::journal::format::{self, Block, Header, Journal, Mode};
use samtale::script::{Dialogue, Library, StepKind};
use samtale::wording;

/// Citizens by default; a fourth argument gives another number (1 for one heavy participant).
const CITIZENS: usize = 500;
const FACILITATORS: [&str; 6] = ["kt", "mh", "sl", "jn", "ab", "rp"];
const COMMENTS_DA: [&str; 8] = [
    "Det går lidt bedre med søvnen.",
    "Travl uge; mange aftaler.",
    "Har været ude at gå hver dag",
    "Savner min søster. Vi har ikke talt sammen længe.",
    "Svært at komme op om morgenen\nmen det hjalp at lave en plan",
    "Medicinen gør mig \"flad\", vil tale med lægen",
    "Glad for turen til stranden med bostøtten",
    "Ikke så meget at sige i dag",
];
const COMMENTS_EN: [&str; 4] = [
    "Sleeping a bit better.",
    "Busy week; lots of appointments.",
    "Walked every day",
    "Hard to get up in the morning\nbut the plan helped",
];

/// xorshift64*: small, fast and the same everywhere, so a seed gives the same data.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    /// Uniform in [0, 1).
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }

    /// Roughly normal, mean 0 and deviation 1 (the sum of four uniforms).
    fn normal(&mut self) -> f64 {
        ((0..4).map(|_| self.unit()).sum::<f64>() - 2.0) * 1.732
    }
}

/// A citizen: where their numbers start and which way they drift.
struct Citizen {
    pseudonym: String,
    lang: Lang,
    facilitator: &'static str,
    level: f64,
    drift: f64,
    alliance: f64,
    previous: BTreeMap<String, Previous>,
}

/// Danish time: +02:00 from the last Sunday of March to the last Sunday of October.
fn danish(date: NaiveDate, hour: u32, minute: u32) -> Stamp {
    let last_sunday = |month: u32| {
        let mut day = NaiveDate::from_ymd_opt(date.year(), month, 31)
            .expect("March and October have 31 days");
        while day.weekday() != Weekday::Sun {
            day = day.pred_opt().expect("a day before");
        }
        day
    };
    let summer = date >= last_sunday(3) && date < last_sunday(10);
    let offset = FixedOffset::east_opt(if summer { 7200 } else { 3600 }).expect("an offset");
    let naive = date.and_hms_opt(hour, minute, 0).expect("a time of day");
    offset
        .from_local_datetime(&naive)
        .single()
        .expect("a fixed offset has one local time")
}

/// What the citizen answers to the current step, or None to skip it.
fn answer_for(
    rng: &mut Rng,
    citizen: &Citizen,
    meeting: usize,
    session: &Session,
    kind: &StepKind,
    step: &str,
) -> Option<Value> {
    if rng.chance(0.04) {
        return None;
    }
    let level = (citizen.level + citizen.drift * meeting as f64).clamp(0.5, 9.5);
    match kind {
        StepKind::Scale { min, max, .. } => {
            let centre = if session.dialogue().id == "fit-srs" {
                citizen.alliance
            } else {
                level
            };
            let value = (centre + rng.normal() * 1.2).clamp(*min, *max);
            Some(Value::Number((value * 10.0).round() / 10.0))
        }
        StepKind::Number { min, max, decimals } => {
            let lo = min.unwrap_or(0.0);
            let hi = max.unwrap_or(10.0);
            let factor = 10f64.powi(i32::from(*decimals));
            Some(Value::Number(
                ((lo + rng.unit() * (hi - lo)) * factor).round() / factor,
            ))
        }
        StepKind::LongText { .. } | StepKind::ShortText { .. } => {
            if step == "comment" && !rng.chance(0.35) {
                return None;
            }
            let text = match citizen.lang {
                Lang::Da => COMMENTS_DA[rng.below(COMMENTS_DA.len())],
                Lang::En => COMMENTS_EN[rng.below(COMMENTS_EN.len())],
            };
            Some(Value::Text(text.to_owned()))
        }
        StepKind::Single { .. } => {
            let (_, current) = session.current_step()?;
            let offered = session.offered_choices(current);
            if offered.is_empty() {
                return None;
            }
            // WHO-5: the choices run from "all of the time" (5) to "at no time" (0).
            let index = if offered.iter().all(|c| c.score.is_some()) {
                let wellbeing = level / 10.0 + rng.normal() * 0.15;
                let from_top = ((1.0 - wellbeing.clamp(0.0, 1.0)) * offered.len() as f64) as usize;
                from_top.min(offered.len() - 1)
            } else {
                rng.below(offered.len())
            };
            Some(Value::Choice(offered[index].id.clone()))
        }
        StepKind::YesNo => Some(Value::YesNo(rng.chance(0.5))),
        _ => None,
    }
}

struct Written {
    journal: Journal,
    scores: Option<Previous>,
}

/// One conversation through the engine, from the first step to finished (or not).
fn converse(
    rng: &mut Rng,
    citizen: &Citizen,
    meeting: usize,
    dialogue: &Arc<Dialogue>,
    texts: &Texts,
    started: Stamp,
) -> Written {
    let previous = citizen
        .previous
        .get(&dialogue.id)
        .cloned()
        .unwrap_or_default();
    let mut session = Session::new(Arc::clone(dialogue), previous);
    let header = Header {
        dialogue: dialogue.id.clone(),
        dialogue_version: dialogue.version,
        title: wording::title(texts, dialogue),
        locale: citizen.lang,
        mode: Mode::Facilitated,
        participant: citizen.pseudonym.clone(),
        facilitator: Some(citizen.facilitator.to_owned()),
        entered: None,
        follows: None,
        started,
    };
    let mut blocks = Vec::new();
    let mut now = started;
    let unfinished = rng.chance(0.02);
    let mut revised = !rng.chance(0.05);
    let mut finished = None;
    for _ in 0..200 {
        now += Duration::seconds(20 + rng.below(60) as i64);
        let msg = match session.position() {
            Position::Step(_) => {
                let Some((_, step)) = session.current_step() else {
                    break;
                };
                let (kind, id) = (step.kind.clone(), step.id.clone());
                if !kind.is_question() {
                    Msg::Next(now)
                } else {
                    match answer_for(rng, citizen, meeting, &session, &kind, &id) {
                        Some(value) => Msg::Answer(value, now),
                        None => Msg::Skip(now),
                    }
                }
            }
            Position::Review if unfinished => break,
            Position::Review if !revised => {
                revised = true;
                let answered: Vec<String> = session.answers().keys().cloned().collect();
                match answered.get(rng.below(answered.len().max(1))) {
                    Some(step) => Msg::Revise(step.clone()),
                    None => Msg::Finish(now),
                }
            }
            Position::Review => Msg::Finish(now),
            Position::Paused | Position::Done => break,
        };
        for Effect::Record(event) in engine::update(&mut session, msg) {
            let block = wording::block(texts, dialogue, &event);
            if let Block::Finished { scores, .. } = &block {
                finished = Some(
                    scores
                        .iter()
                        .map(|s| {
                            let earlier = engine::Earlier {
                                value: s.value,
                                at: started,
                            };
                            (s.id.clone(), earlier)
                        })
                        .collect(),
                );
            }
            blocks.push(block);
        }
    }
    Written {
        journal: Journal { header, blocks },
        scores: finished,
    }
}

fn write_private(path: &Path, text: &str) -> std::io::Result<()> {
    fs::write(path, text)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(path, fs::Permissions::from_mode(0o600))?;
    }
    Ok(())
}

fn private_dir(path: &Path) -> std::io::Result<()> {
    fs::create_dir_all(path)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(path, fs::Permissions::from_mode(0o700))?;
    }
    Ok(())
}

fn run(dir: &Path, count: usize, seed: u64, citizens: usize) -> Result<(), String> {
    let (library, problems) = Library::builtin();
    if !problems.is_empty() {
        return Err(format!(
            "the built-in dialogues have problems: {problems:?}"
        ));
    }
    let dialogue = |id: &str| -> Result<Arc<Dialogue>, String> {
        library
            .get(id)
            .map(|s| Arc::new(s.dialogue.clone()))
            .ok_or_else(|| format!("no built-in dialogue {id}"))
    };
    let (ors, srs, who5) = (
        dialogue("fit-ors")?,
        dialogue("fit-srs")?,
        dialogue("who5")?,
    );
    let texts = [library.texts(Lang::Da), library.texts(Lang::En)];
    let mut rng = Rng(seed.max(1));
    let journals = dir.join("journals");
    private_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    private_dir(&journals).map_err(|e| format!("{}: {e}", journals.display()))?;

    let first_monday = NaiveDate::from_ymd_opt(2026, 1, 5).ok_or("a date")?;
    let mut written = 0;
    for index in 0..citizens {
        let meetings = count / citizens + usize::from(index < count % citizens);
        if meetings == 0 {
            continue;
        }
        let mut citizen = Citizen {
            pseudonym: format!("borger-{:03}", index + 1),
            lang: if index % 10 == 9 { Lang::En } else { Lang::Da },
            facilitator: FACILITATORS[index % FACILITATORS.len()],
            level: 3.0 + rng.unit() * 4.0,
            drift: (rng.unit() - 0.4) * 0.12,
            alliance: 7.5 + rng.unit() * 2.3,
            previous: BTreeMap::new(),
        };
        let folder = journals.join(&citizen.pseudonym);
        private_dir(&folder).map_err(|e| format!("{}: {e}", folder.display()))?;
        // Each citizen has a weekday and a time; meetings are two weeks apart.
        let first_day = first_monday + Duration::days((index % 10) as i64);
        let hour = 9 + (index % 6) as u32;
        for meeting in 0..meetings {
            let day = first_day + Duration::days(14 * meeting as i64);
            let started = danish(day, hour, rng.below(4) as u32 * 15);
            let dialogue = if meeting % 6 == 5 {
                &who5
            } else if meeting % 2 == 0 {
                &ors
            } else {
                &srs
            };
            let texts = &texts[usize::from(citizen.lang == Lang::En)];
            let conversation = converse(&mut rng, &citizen, meeting, dialogue, texts, started);
            // Each score is compared with the latest conversation that has it.
            if let Some(scores) = conversation.scores {
                citizen
                    .previous
                    .entry(dialogue.id.clone())
                    .or_default()
                    .extend(scores);
            }
            let name = format!(
                "{}-{}.txt",
                started
                    .with_timezone(&chrono::Utc)
                    .format("%Y-%m-%dT%H-%M-%SZ"),
                dialogue.id
            );
            let path: PathBuf = folder.join(name);
            write_private(&path, &format::write(&conversation.journal))
                .map_err(|e| format!("{}: {e}", path.display()))?;
            written += 1;
        }
    }
    println!(
        "{written} journals for {} citizens in {}",
        citizens.min(count),
        journals.display()
    );
    Ok(())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let usage = "usage: generate_journals DIR [COUNT (13000)] [SEED (2026)] [CITIZENS (500)]";
    let Some(dir) = args.first() else {
        eprintln!("{usage}");
        return ExitCode::from(2);
    };
    let count = match args.get(1).map(|c| c.parse::<usize>()) {
        None => 13_000,
        Some(Ok(count)) => count,
        Some(Err(_)) => {
            eprintln!("{usage}");
            return ExitCode::from(2);
        }
    };
    let seed = match args.get(2).map(|s| s.parse::<u64>()) {
        None => 2026,
        Some(Ok(seed)) => seed,
        Some(Err(_)) => {
            eprintln!("{usage}");
            return ExitCode::from(2);
        }
    };
    let citizens = match args.get(3).map(|s| s.parse::<usize>()) {
        None => CITIZENS,
        Some(Ok(citizens)) if citizens > 0 => citizens,
        Some(_) => {
            eprintln!("{usage}");
            return ExitCode::from(2);
        }
    };
    match run(Path::new(dir), count, seed, citizens) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("generate_journals: {error}");
            ExitCode::FAILURE
        }
    }
}
