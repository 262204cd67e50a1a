//! The output formats of `tovholder check`: one module each, all reading one [`Outcome`].
//!
//! Every format is a pure function from the outcome to text, so tests can compare
//! it; `check::run` decides where it goes (stdout) and the exit code.

pub mod concise;
pub mod github;
pub mod human;
pub mod json;
pub mod sarif;

use crate::check::FileResult;
use crate::config::{normalize, slash_path};
use std::path::{Path, PathBuf};
use tovholder_core::diag::Location;
use tovholder_core::{Diagnostic, Level, SourceMap, Span};

/// Everything one `check` run found.
pub struct Outcome<'a> {
    /// Configuration files read, with their own mistakes (sorted by path).
    pub configs: &'a [FileResult],
    /// Checked plans, in command-line order (each folder's plans sorted by path).
    pub files: &'a [FileResult],
    /// Paths that could not be read, with the reason.
    pub unreadable: &'a [(PathBuf, String)],
}

impl Outcome<'_> {
    /// Configurations first, then plans.
    pub fn results(&self) -> impl Iterator<Item = &FileResult> {
        self.configs.iter().chain(self.files.iter())
    }
    /// Every diagnostic with the sources it points into, in output order.
    pub fn diagnostics(&self) -> impl Iterator<Item = (&SourceMap, &Diagnostic)> {
        self.results()
            .flat_map(|r| r.checked.diags.iter().map(move |d| (&r.sources, d)))
    }
    pub fn errors(&self) -> usize {
        self.results().map(|r| r.checked.errors()).sum()
    }
    pub fn warnings(&self) -> usize {
        self.results().map(|r| r.checked.warnings()).sum()
    }
    /// The closing line of the text formats.
    pub fn summary(&self) -> String {
        summary(self.files.len(), self.errors(), self.warnings())
    }
}

/// `checked 3 files: 1 error, 2 warnings`.
pub fn summary(files: usize, errors: usize, warnings: usize) -> String {
    format!(
        "checked {}: {}, {}",
        plural(files, "file", "files"),
        plural(errors, "error", "errors"),
        plural(warnings, "warning", "warnings")
    )
}

pub fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// `error` / `warning`.
pub fn level_word(level: Level) -> &'static str {
    match level {
        Level::Error => "error",
        Level::Warning => "warning",
    }
}

/// A source file name as a repository path: relative to `cwd` when it lies inside it,
/// `.` and `name/..` folded, `/` between folders. `None` when the file is outside `cwd`
/// (then only an absolute path can name it).
pub fn repo_path(name: &str, cwd: &Path) -> Result<String, PathBuf> {
    let p = Path::new(name);
    let abs = if p.is_absolute() {
        normalize(p)
    } else {
        normalize(&cwd.join(p))
    };
    match abs.strip_prefix(cwd) {
        Ok(rel) if !rel.as_os_str().is_empty() => Ok(slash_path(rel)),
        _ => Err(abs),
    }
}

/// The current folder, canonical where possible (what `repo_path` is relative to).
pub fn current_dir() -> PathBuf {
    let cwd = std::env::current_dir().unwrap_or_default();
    std::fs::canonicalize(&cwd).unwrap_or(cwd)
}

/// A located span; a span in no known file becomes line 1, column 1 of `<unknown>`.
pub fn locate(sources: &SourceMap, span: Span) -> Location {
    Location::of(sources, span)
}

/// The message with its help, for formats that have one text field.
pub fn message_with_help(d: &Diagnostic) -> String {
    match &d.help {
        Some(h) => format!("{}\nhelp: {h}", d.message),
        None => d.message.clone(),
    }
}
