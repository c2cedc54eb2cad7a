//! The crisis card on screen: the latest finished crisis plan on one page, in the
//! person's own words and the plan's own language, with the people to call, the team's
//! local crisis contacts and 112. Read from the history with `c`; it scrolls like a
//! journal.
//!
//! The content is `card::card`'s, laid out as `card::text` lays it out, but not broken
//! into lines of 76 columns: the screen wraps it to the window, answers kept indented.

use super::Context;
use super::history::Pager;
use crate::card;
use crate::journal::Journal;

/// The card of the participant's current plan, ready to read; `None` without a finished
/// plan.
pub(super) fn pager<'a>(
    context: &Context,
    participant: &str,
    journals: impl IntoIterator<Item = &'a Journal>,
) -> Option<Pager> {
    let (plan, dialogue) = card::latest_plan(journals, &context.library, None)?;
    let plan_texts = context.library.texts(plan.header.locale);
    let plan_content = card::plan::content(plan, dialogue, &plan_texts, &context.contacts);
    let texts = &context.texts;
    Some(Pager::new(
        texts.get("tui-card-title", &[("participant", participant.to_owned())]),
        card::plan::layout_text(&plan_content, None),
        texts.get("tui-card-note", &[]),
    ))
}
