//! tovholder-core: the plan language, loading with spans, resolution, scheduling and rules.
//!
//! **Invariant:** this crate does no IO and prints nothing; the CLI hands it text.

pub mod calendar;
pub mod diag;
pub mod duration;
pub mod model;
pub mod span;
pub mod yaml;

pub use diag::{Diagnostic, Label, Lang, Level};
pub use span::{FileId, SourceFile, SourceMap, Span, Spanned};
