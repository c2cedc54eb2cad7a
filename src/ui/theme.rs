//! The looks: a default theme, a high-contrast one and one without colour (NO_COLOR).
//! Every theme marks the selection with a character too, since without colour a terminal
//! may drop bold and reversed styles as well.

use ratatui::style::{Color, Modifier, Style};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ThemeName {
    Default,
    HighContrast,
    NoColour,
}

impl ThemeName {
    pub fn from_tag(tag: &str) -> Option<ThemeName> {
        match tag {
            "default" => Some(ThemeName::Default),
            "high-contrast" => Some(ThemeName::HighContrast),
            "no-colour" | "no-color" | "none" => Some(ThemeName::NoColour),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub name: ThemeName,
    pub text: Style,
    pub dim: Style,
    pub title: Style,
    pub question: Style,
    pub selected: Style,
    pub accent: Style,
    pub warning: Style,
    pub footer: Style,
    pub border: Style,
}

/// Put before the selected line in every theme.
pub const MARKER: &str = "▸ ";
pub const NO_MARKER: &str = "  ";

impl Theme {
    pub fn get(name: ThemeName) -> Theme {
        let plain = Style::default();
        match name {
            ThemeName::Default => Theme {
                name,
                text: plain,
                dim: plain.fg(Color::Gray),
                title: plain.fg(Color::Cyan).add_modifier(Modifier::BOLD),
                question: plain.add_modifier(Modifier::BOLD),
                selected: plain.fg(Color::Black).bg(Color::Cyan),
                accent: plain.fg(Color::Cyan),
                warning: plain.fg(Color::Yellow),
                footer: plain.fg(Color::Gray),
                border: plain.fg(Color::DarkGray),
            },
            ThemeName::HighContrast => Theme {
                name,
                text: plain.fg(Color::White),
                dim: plain.fg(Color::White),
                title: plain.fg(Color::Yellow).add_modifier(Modifier::BOLD),
                question: plain.fg(Color::White).add_modifier(Modifier::BOLD),
                selected: plain
                    .fg(Color::Black)
                    .bg(Color::Yellow)
                    .add_modifier(Modifier::BOLD),
                accent: plain.fg(Color::Yellow).add_modifier(Modifier::BOLD),
                warning: plain.fg(Color::Yellow).add_modifier(Modifier::BOLD),
                footer: plain.fg(Color::White),
                border: plain.fg(Color::White),
            },
            ThemeName::NoColour => Theme {
                name,
                text: plain,
                dim: plain,
                title: plain,
                question: plain,
                selected: plain,
                accent: plain,
                warning: plain,
                footer: plain,
                border: plain,
            },
        }
    }
}
