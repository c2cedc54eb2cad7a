//! The shared harness of the integration tests. Each test file says `mod common;` and
//! takes what it needs:
//!
//! - [`sandbox`]: the real binary in a private data folder with one environment scrub;
//! - [`journals`]: journals read back and answers to compare them with;
//! - [`fixtures`]: scratch folders, scripts and config files written for a test;
//! - [`outside`]: tools from outside the project (the FHIR validator), installed by the
//!   tests themselves, and skipping with a printed reason where one cannot be had;
//! - [`tmpfs`]: a small file system to fill, for what a full disk does;
//! - [`tmux`]: the real binary in a real terminal (tmux), typed at and read;
//! - [`ui`]: the terminal interface without a terminal, on the real command loop.

#![allow(dead_code, unused_imports)]

pub mod fixtures;
pub mod journals;
pub mod outside;
pub mod sandbox;
pub mod tmpfs;
pub mod tmux;
pub mod ui;

pub use journals::*;
pub use sandbox::*;
