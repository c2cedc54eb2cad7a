//! samtale: structured conversations for recovery-oriented social psychiatry.
//!
//! Data flows one way: `script` → `engine` → `journal` → views. The engine is pure; only
//! `journal::store` touches journal files and only the front ends touch the terminal.

pub mod app;
pub mod card;
pub mod cli;
pub mod completeness;
pub mod config;
pub mod engine;
pub mod exit;
pub mod export;
pub mod files;
pub mod frontend;
pub mod history;
pub mod i18n;
pub mod journal;
pub mod netmap;
pub mod plain;
pub mod problem;
pub mod report;
pub mod script;
pub mod suggest;
pub mod tui;
pub mod ui;
pub mod wording;
