//! The output formats of `tovholder check`: one module each, all reading one [`Outcome`].
//!
//! Every format is a pure function from the outcome to text, so tests can compare
//! it; [`render`] picks the format, and `check::run` decides where the text goes
//! (stdout) and the exit code. The formats know nothing of the commands: they read
//! [`FileResult`]s, which the commands make.

pub mod concise;
pub mod github;
pub mod human;
pub mod json;
pub mod sarif;

use crate::config::{normalize, slash_path};
use clap::ValueEnum;
use std::path::{Path, PathBuf};
use tovholder_core::diag::Location;
use tovholder_core::messages::CliMsg;
use tovholder_core::{Checked, Diagnostic, Lang, Level, SourceMap, Span};

/// The human and concise formats print at most so many findings of one file, then
/// a line counting the rest (`… and N more findings (use --format json for all)`);
/// JSON and SARIF list them all.
pub const MAX_PRINTED: usize = 200;

pub use tovholder_core::report::{terminal_lines, terminal_message, terminal_text};

/// JSON and SARIF list at most so many findings of one file; the file's entry counts the
/// rest (`not_listed` in JSON, a notification in SARIF). Its `errors` and `warnings`
/// count them all.
pub const MAX_LISTED: usize = 10_000;

/// How many findings of a file JSON and SARIF leave out.
pub fn not_listed(result: &FileResult) -> usize {
    left_out(result, MAX_LISTED)
}

/// The findings of a file not among its first `shown`: all it counts (those the core
/// did not keep too, `limit-exceeded`) less the ones listed.
fn left_out(result: &FileResult, shown: usize) -> usize {
    let c = &result.checked;
    let listed = c
        .diags
        .iter()
        .take(shown)
        .filter(|d| !d.is_not_kept())
        .count();
    (c.errors() + c.warnings()).saturating_sub(listed)
}

/// The line counting a file's findings that a text format did not print, if any
/// (those the core counted without keeping are said by their `limit-exceeded`
/// finding, printed first).
pub fn more_findings(result: &FileResult, lang: Lang) -> Option<String> {
    let count = result.checked.diags.len().checked_sub(MAX_PRINTED)?;
    (count > 0).then(|| CliMsg::MoreFindingsNotShown { count }.text(lang))
}

/// The output formats of `check --format`.
#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// miette's graphical report (colour only on a terminal), a line per file, a summary.
    Human,
    /// One JSON object (format version 1, documented in the README).
    Json,
    /// SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.
    Sarif,
    /// GitHub Actions workflow commands: annotations on the pull request.
    Github,
    /// One line per finding: `file:line:col: level[rule] message`.
    Concise,
}

impl Format {
    /// Whether the format is read by people, who also want unreadable paths on stderr.
    pub fn is_text(self) -> bool {
        matches!(self, Format::Human | Format::Concise)
    }
}

/// The outcome in `format` (`colour`: whether the human format may use colour).
pub fn render(outcome: &Outcome, format: Format, colour: bool) -> String {
    match format {
        Format::Human => human::render(outcome, colour),
        Format::Json => json::render(outcome),
        Format::Sarif => sarif::render(outcome),
        Format::Github => github::render(outcome),
        Format::Concise => concise::render(outcome),
    }
}

/// [`render`] with `--quiet`: only the findings — no line per file, no summary (the
/// human, concise and github formats); JSON and SARIF are whole documents and stay so.
pub fn render_with(outcome: &Outcome, format: Format, colour: bool, quiet: bool) -> String {
    if !quiet {
        return render(outcome, format, colour);
    }
    match format {
        Format::Human => outcome
            .results()
            .map(|r| human::render_file(r, colour))
            .collect(),
        Format::Concise | Format::Github => {
            // Everything but the closing summary line.
            let text = render(outcome, format, colour);
            let body = text.strip_suffix('\n').unwrap_or(&text);
            match body.rfind('\n') {
                Some(i) => body[..=i].to_string(),
                None => String::new(),
            }
        }
        Format::Json | Format::Sarif => render(outcome, format, colour),
    }
}

/// `--statistics`: the number of findings per rule (and level), most first, then by
/// rule name — every finding counted, also those past the listing limits. JSON with
/// `--format json` (`[{"rule", "level", "count"}]`), else aligned lines
/// `COUNT  RULE  LEVEL` and (unless `quiet`) the summary.
pub fn statistics(outcome: &Outcome, format: Format, quiet: bool) -> String {
    use std::collections::BTreeMap;
    let mut counts: BTreeMap<(&'static str, &'static str), usize> = BTreeMap::new();
    for r in outcome.results() {
        for d in &r.checked.diags {
            *counts
                .entry((d.rule.name, level_word(d.level)))
                .or_insert(0) += 1;
        }
    }
    let mut rows: Vec<((&str, &str), usize)> = counts.into_iter().collect();
    rows.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    if format == Format::Json {
        let list: Vec<serde_json::Value> = rows
            .iter()
            .map(|((rule, level), count)| {
                serde_json::json!({ "rule": rule, "level": level, "count": count })
            })
            .collect();
        let mut text = serde_json::to_string_pretty(&list).unwrap_or_default();
        text.push('\n');
        return text;
    }
    let count_width = rows
        .iter()
        .map(|r| r.1.to_string().len())
        .max()
        .unwrap_or(1);
    let rule_width = rows.iter().map(|r| r.0.0.len()).max().unwrap_or(1);
    let mut out = String::new();
    for ((rule, level), count) in &rows {
        out.push_str(&format!(
            "{count:>count_width$}  {rule:<rule_width$}  {level}\n"
        ));
    }
    if !quiet {
        out.push_str(&outcome.summary());
        out.push('\n');
    }
    out
}

/// One checked file (a plan, or a configuration with its own findings): its sources
/// and results.
pub struct FileResult {
    pub path: PathBuf,
    pub sources: SourceMap,
    pub checked: Checked,
}

/// Everything one `check` run found.
pub struct Outcome<'a> {
    /// Configuration files read, with their own mistakes (sorted by path).
    pub configs: &'a [FileResult],
    /// Checked plans, in command-line order (each folder's plans sorted by path).
    pub files: &'a [FileResult],
    /// Paths that could not be read, with the reason.
    pub unreadable: &'a [(PathBuf, String)],
    /// The language of the run's own words (the summary, SARIF's rule texts): `--lang`,
    /// else English. Each finding is already worded in its plan's language.
    pub lang: Lang,
}

impl Outcome<'_> {
    /// Configurations first, then plans.
    pub fn results(&self) -> impl Iterator<Item = &FileResult> {
        self.configs.iter().chain(self.files.iter())
    }
    /// Every diagnostic with the sources it points into, in output order, at most
    /// [`MAX_LISTED`] of one file (JSON and SARIF count the rest per file).
    /// Each file's findings (at most [`MAX_LISTED`] of a file), with its sources and
    /// the language its findings are worded in.
    pub fn diagnostics(&self) -> impl Iterator<Item = (&SourceMap, &Diagnostic, Lang)> {
        self.results().flat_map(|r| {
            r.checked
                .diags
                .iter()
                .take(MAX_LISTED)
                .map(move |d| (&r.sources, d, r.checked.lang))
        })
    }
    pub fn errors(&self) -> usize {
        self.results().map(|r| r.checked.errors()).sum()
    }
    pub fn warnings(&self) -> usize {
        self.results().map(|r| r.checked.warnings()).sum()
    }
    /// The closing line of the text formats.
    pub fn summary(&self) -> String {
        CliMsg::Summary {
            files: self.files.len(),
            errors: self.errors(),
            warnings: self.warnings(),
        }
        .text(self.lang)
    }
    /// `cannot read PATH: REASON` for an unreadable path (control characters in the
    /// path and the reason shown escaped: the line may reach a terminal).
    pub fn cannot_read(&self, path: &Path, reason: &str) -> String {
        CliMsg::CannotRead {
            path: terminal_text(&path.display().to_string()).into_owned(),
            reason: terminal_text(reason).into_owned(),
        }
        .text(self.lang)
    }
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

/// The folder SARIF artifact URIs and GitHub annotation paths are relative to: the nearest folder holding `.git` above
/// `first` (the first checked file, as named, relative to `cwd`), else above `cwd`,
/// else `cwd`.
pub fn repository_root(first: Option<&Path>, cwd: &Path) -> PathBuf {
    let with_git = |start: &Path| {
        start
            .ancestors()
            .find(|d| d.join(".git").exists())
            .map(Path::to_path_buf)
    };
    first
        .map(|f| normalize(&cwd.join(f)))
        .and_then(|abs| abs.parent().and_then(with_git))
        .or_else(|| with_git(cwd))
        .unwrap_or_else(|| cwd.to_path_buf())
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

/// The message with its help, for formats that have one text field; the word before
/// the help in `lang` (`help`, `forslag`, `förslag`).
pub fn message_with_help(d: &Diagnostic, lang: Lang) -> String {
    match &d.help {
        Some(h) => format!("{}\n{}: {h}", d.message, CliMsg::HelpPrefix.text(lang)),
        None => d.message.clone(),
    }
}
