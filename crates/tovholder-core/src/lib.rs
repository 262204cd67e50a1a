//! tovholder-core: the plan language, loading with spans, resolution, scheduling and rules.
//!
//! **Invariant:** this crate does no IO and prints nothing; the CLI hands it text.
//! **Invariant:** no `unwrap`, `expect` or indexing outside tests: bad input is a
//! diagnostic, never a panic (the lints below enforce it).

#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)
)]

pub mod calendar;
pub mod check;
pub mod compiled;
pub mod diag;
pub mod diff;
pub mod duration;
pub mod follow_up;
pub mod graph;
pub mod init;
pub mod journal;
pub mod load;
pub mod measurement;
pub mod merge;
pub mod messages;
pub mod model;
pub mod report;
pub mod rules;
pub mod schedule;
pub mod schema;
pub mod section;
pub mod span;
pub mod status;
pub mod timezone;
pub mod tracks;
pub mod yaml;

pub use check::{CheckOptions, Checked, check, check_with_journals, check_with_models};
pub use diag::{Diagnostic, Label, Lang, Level};
pub use span::{FileId, SourceFile, SourceMap, Span, Spanned};
