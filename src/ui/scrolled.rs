//! A screen of lines read by scrolling: a journal or the crisis card (the history's
//! pager), each sub-goal's course. A title, the lines, where one is in them, and the keys:
//! ↑↓ PgUp PgDn Home End scroll, Esc goes back.

use ratatui::Frame;
use ratatui::crossterm::event::KeyCode;
use ratatui::layout::Rect;
use ratatui::text::Line;

use super::split::{self, Size};
use super::{Context, widgets};
use crate::ui::lines::Lines;

fn keys(context: &Context) -> Vec<(String, String)> {
    let t = |key: &str| context.texts.get(key, &[]);
    vec![
        ("↑↓ PgUp PgDn".to_owned(), t("key-scroll")),
        ("Home End".to_owned(), t("key-ends")),
        ("Esc".to_owned(), t("key-back")),
    ]
}

/// Title, body, the position line and the keys.
fn layout(context: &Context, area: Rect) -> [Rect; 4] {
    let footer = widgets::footer_lines(&keys(context), area.width).len() as u16;
    let [title, body, status, footer] = split::rows(
        area,
        [
            Size::Fixed(2),
            Size::Rest,
            Size::Fixed(1),
            Size::Fixed(footer),
        ],
    );
    [
        widgets::inset(title),
        widgets::inset(body),
        widgets::inset(status),
        footer,
    ]
}

/// Where the lines go on a screen of this size: their width, and how many show at once.
pub fn body(context: &Context, size: (u16, u16)) -> Rect {
    layout(context, Rect::new(0, 0, size.0, size.1))[1]
}

/// Moves `scroll` for the key over `total` lines shown a `body` at a time; true when the
/// key leaves the screen (Esc).
pub fn key(scroll: &mut usize, code: KeyCode, total: usize, body: Rect) -> bool {
    let page = usize::from(body.height).max(1);
    let most = total.saturating_sub(page);
    *scroll = (*scroll).min(most);
    match code {
        KeyCode::Esc => return true,
        KeyCode::Up => *scroll = scroll.saturating_sub(1),
        KeyCode::Down => *scroll = (*scroll + 1).min(most),
        KeyCode::PageUp => *scroll = scroll.saturating_sub(page),
        KeyCode::PageDown => *scroll = (*scroll + page).min(most),
        KeyCode::Home => *scroll = 0,
        KeyCode::End => *scroll = most,
        _ => {}
    }
    false
}

/// Draws the lines from `scroll` on, with the title above and, below, where they are
/// ("linje 1–20 af 54") and the `note` beside it ("read only"), if any.
pub fn view(
    context: &Context,
    frame: &mut Frame,
    area: Rect,
    title: &str,
    lines: Vec<Line<'static>>,
    scroll: usize,
    note: &str,
) {
    let texts = &context.texts;
    let theme = &context.theme;
    let [title_area, body, status, footer] = layout(context, area);
    frame.render_widget(
        Lines::new(Line::styled(
            widgets::ellipsis(title, title_area.width),
            theme.title,
        )),
        title_area,
    );
    let page = usize::from(body.height);
    let total = lines.len();
    let skip = scroll.min(total.saturating_sub(page));
    let shown: Vec<Line> = lines.into_iter().skip(skip).take(page).collect();
    frame.render_widget(Lines::new(shown), body);
    let position = texts.get(
        "tui-pager-lines",
        &[
            ("from", (skip + 1).min(total).to_string()),
            ("to", (skip + page).min(total).to_string()),
            ("total", total.to_string()),
        ],
    );
    let line = if note.is_empty() {
        position
    } else {
        format!("{position} · {note}")
    };
    frame.render_widget(
        Lines::new(Line::styled(
            widgets::ellipsis(&line, status.width),
            theme.dim,
        )),
        status,
    );
    widgets::footer(frame, footer, theme, &keys(context));
}
