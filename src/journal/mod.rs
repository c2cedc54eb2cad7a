//! Journals: the text format (one module, round-trip tested), the store on disk, and
//! turning the engine's events into blocks in the conversation's own words.

pub mod follows;
pub mod format;
pub mod revision;
pub mod row;
pub mod store;
pub mod sub_goals;
pub mod target;
pub mod view;

pub use format::{Block, Entered, FlagLine, Header, Journal, Mode, ScoreLine};
pub use row::{Row, Want};
pub use store::{Found, Store, StoreError, Writer};
