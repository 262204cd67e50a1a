//! `tovholder record PLAN <event> …`: append one entry to the plan's journal without
//! editing YAML by hand.
//!
//! - **Which journal**: the first path of the plan's `log:`, else `<stem>.log.yaml`
//!   beside the plan. A missing one is created (with the `# yaml-language-server:
//!   $schema=` line when the repository has `schemas/log.schema.json`, and
//!   `kind: log`).
//! - **Validated first**, exactly as `check` would: the plan (with its configuration)
//!   is checked with the journal as it would be after the append. Every finding whose
//!   place is the new entry is printed as `check` prints it (to stderr); when one of
//!   them is an error, nothing is written and the exit code is `check`'s (1).
//!   Warnings are printed and the entry is written.
//! - **Appended as text**: one flow-mapping line (`  - { date: …, held: … }`), every
//!   value plain when plain YAML reads it back as the same text, else double-quoted
//!   and escaped. Every other byte of the file stays where it was: the line goes
//!   after the last entry (at the end of the file when `entries` is the last key,
//!   else right after the last entry's line); a file without a final newline gets one
//!   first; a non-empty flow list (`entries: [ … ]`) gets `, { … }` before its `]`.
//!   The one exception: an empty `entries: []` (what `init` writes) has its `[]`
//!   replaced by the block list. The file's line ends (LF or CRLF), BOM, comments and
//!   layout are kept. The result is loaded again and must have exactly one entry
//!   more, inside the inserted text, and no new loader error — else nothing is
//!   written.
//! - **Written atomically** under the path policy (`paths.rs`): the journal (or, for
//!   a new one, its folder) must resolve inside the plan's repository root — never
//!   lifted for writes — and be a regular file; the text goes to a synced temporary
//!   file beside the real file and is renamed over it (a symlink inside the root
//!   stays a symlink: its target is replaced). A journal changed by someone else
//!   between reading and writing is not overwritten.

use crate::check::parse_lang;
use crate::exit;
use crate::files;
use crate::format::FileResult;
use crate::journal::{FsJournals, beside_path};
use crate::models::{normalize, relative, repo_root};
use crate::output;
use crate::paths::{self, Contents, Root};
use crate::plan::{error, options_for, report_to_stderr};
use clap::{Args, Subcommand};
use std::io::Write;
use std::path::{Path, PathBuf};
use tovholder_core::journal::JournalSource;
use tovholder_core::messages::CliMsg;
use tovholder_core::model::Date;
use tovholder_core::yaml::{self, NodeKind};
use tovholder_core::{CheckOptions, FileId, Lang, Level, SourceFile, SourceMap, load};

#[derive(Args, Debug)]
pub struct RecordArgs {
    /// The plan whose journal gets the entry.
    pub plan: PathBuf,
    #[command(subcommand)]
    pub event: Event,
    /// Language of messages (da, en, sv); default: the plan's `language`, else English.
    #[arg(long, global = true, value_parser = parse_lang)]
    pub lang: Option<Lang>,
    /// Use this configuration file instead of the nearest `tovholder.toml`.
    #[arg(long, global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Let `uses` paths leave the repository root when the plan is checked (the journal is always written inside it).
    #[arg(long, global = true)]
    pub allow_outside_root: bool,
    /// The day the entry is checked as of, and its default date, YYYY-MM-DD (default: `SOURCE_DATE_EPOCH`, else today in Europe/Copenhagen).
    #[arg(long, global = true, value_name = "DATE", value_parser = parse_date)]
    pub as_of: Option<Date>,
}

fn parse_date(s: &str) -> Result<Date, String> {
    Date::parse(s)
}

/// What happened. `--date` defaults to the as-of date.
#[derive(Subcommand, Debug)]
pub enum Event {
    /// A planned occurrence of an activity was held.
    Held {
        /// The activity (id).
        activity: String,
        /// The day it was held.
        #[arg(long, value_parser = parse_date)]
        date: Option<Date>,
        /// The planned date of the occurrence, when it was held on another day.
        #[arg(long, value_parser = parse_date)]
        planned: Option<Date>,
        /// A note, e.g. "9 deltagere".
        #[arg(long, allow_hyphen_values = true)]
        note: Option<String>,
    },
    /// A planned occurrence of an activity was cancelled (give a reason).
    Cancelled {
        /// The activity (id).
        activity: String,
        /// Why (without one, `cancelled-without-reason` warns).
        #[arg(long, allow_hyphen_values = true)]
        reason: Option<String>,
        /// The day of the cancelled occurrence.
        #[arg(long, value_parser = parse_date)]
        date: Option<Date>,
        /// The planned date of the occurrence, when the entry is dated otherwise.
        #[arg(long, value_parser = parse_date)]
        planned: Option<Date>,
        #[arg(long, allow_hyphen_values = true)]
        note: Option<String>,
    },
    /// A goal was measured (give the source of the figure).
    Measured {
        /// The goal (id).
        goal: String,
        /// The value, e.g. 48 or "48 %".
        #[arg(allow_hyphen_values = true)]
        value: String,
        /// Where the figure comes from (without one, `measurement-without-source` warns).
        #[arg(long, allow_hyphen_values = true)]
        source: Option<String>,
        #[arg(long, value_parser = parse_date)]
        date: Option<Date>,
        #[arg(long, allow_hyphen_values = true)]
        note: Option<String>,
    },
    /// A phase started.
    PhaseStarted {
        /// The phase (id).
        phase: String,
        #[arg(long, value_parser = parse_date)]
        date: Option<Date>,
        #[arg(long, allow_hyphen_values = true)]
        note: Option<String>,
    },
    /// A phase was completed.
    PhaseCompleted {
        /// The phase (id).
        phase: String,
        #[arg(long, value_parser = parse_date)]
        date: Option<Date>,
        #[arg(long, allow_hyphen_values = true)]
        note: Option<String>,
    },
    /// A checklist item was done.
    Checked {
        /// The checklist (id).
        checklist: String,
        /// The item: its 1-based number or its text.
        #[arg(allow_hyphen_values = true)]
        item: String,
        #[arg(long, value_parser = parse_date)]
        date: Option<Date>,
        #[arg(long, allow_hyphen_values = true)]
        note: Option<String>,
    },
    /// A ripple effect (ringe i vandet): a benefit beyond the goals.
    Ripple {
        /// The effect, in one sentence.
        #[arg(allow_hyphen_values = true)]
        text: String,
        /// Who noticed it.
        #[arg(long, allow_hyphen_values = true)]
        by: Option<String>,
        #[arg(long, value_parser = parse_date)]
        date: Option<Date>,
        #[arg(long, allow_hyphen_values = true)]
        note: Option<String>,
    },
    /// The plan was adapted (give a reason).
    Adapted {
        /// The adaptation, in one sentence.
        #[arg(allow_hyphen_values = true)]
        text: String,
        /// Why.
        #[arg(long, allow_hyphen_values = true)]
        reason: Option<String>,
        #[arg(long, value_parser = parse_date)]
        date: Option<Date>,
        #[arg(long, allow_hyphen_values = true)]
        note: Option<String>,
    },
}

/// How a value is written.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// Text (an id, a note): plain when that reads back as the same text.
    Text,
    /// A value that may be a number (`value`, `item`): a decimal number stays a number.
    Number,
    /// A date (`planned`), written as the date it is.
    Day,
}

impl Event {
    fn date(&self) -> Option<Date> {
        match self {
            Event::Held { date, .. }
            | Event::Cancelled { date, .. }
            | Event::Measured { date, .. }
            | Event::PhaseStarted { date, .. }
            | Event::PhaseCompleted { date, .. }
            | Event::Checked { date, .. }
            | Event::Ripple { date, .. }
            | Event::Adapted { date, .. } => *date,
        }
    }

    /// The entry's keys after `date`, in the order they are written.
    fn keys(&self) -> Vec<(&'static str, String, Kind)> {
        let t = Kind::Text;
        let text = |v: &str| Some(v.to_string());
        let opt = |v: &Option<String>| v.clone();
        let day = |d: &Option<Date>| d.map(|d| d.to_string());
        let all: Vec<(&'static str, Option<String>, Kind)> = match self {
            Event::Held {
                activity,
                planned,
                note,
                ..
            } => vec![
                ("held", text(activity), t),
                ("planned", day(planned), Kind::Day),
                ("note", opt(note), t),
            ],
            Event::Cancelled {
                activity,
                reason,
                planned,
                note,
                ..
            } => vec![
                ("cancelled", text(activity), t),
                ("planned", day(planned), Kind::Day),
                ("reason", opt(reason), t),
                ("note", opt(note), t),
            ],
            Event::Measured {
                goal,
                value,
                source,
                note,
                ..
            } => vec![
                ("measured", text(goal), t),
                ("value", text(value), Kind::Number),
                ("source", opt(source), t),
                ("note", opt(note), t),
            ],
            Event::PhaseStarted { phase, note, .. } => {
                vec![("phase_started", text(phase), t), ("note", opt(note), t)]
            }
            Event::PhaseCompleted { phase, note, .. } => {
                vec![("phase_completed", text(phase), t), ("note", opt(note), t)]
            }
            Event::Checked {
                checklist,
                item,
                note,
                ..
            } => vec![
                ("checked", text(checklist), t),
                ("item", text(item), Kind::Number),
                ("note", opt(note), t),
            ],
            Event::Ripple {
                text: r, by, note, ..
            } => vec![
                ("ripple", text(r), t),
                ("by", opt(by), t),
                ("note", opt(note), t),
            ],
            Event::Adapted {
                text: a,
                reason,
                note,
                ..
            } => vec![
                ("adapted", text(a), t),
                ("reason", opt(reason), t),
                ("note", opt(note), t),
            ],
        };
        all.into_iter()
            .filter_map(|(k, v, kind)| v.map(|v| (k, v, kind)))
            .collect()
    }
}

/// The entry as a YAML flow mapping: `{ date: 2027-03-04, held: laeringsmoede }`.
fn entry_text(date: Date, event: &Event) -> String {
    let mut out = format!("{{ date: {date}");
    for (key, value, kind) in event.keys() {
        out.push_str(", ");
        out.push_str(key);
        out.push_str(": ");
        out.push_str(&scalar(&value, kind));
    }
    out.push_str(" }");
    out
}

/// Words plain YAML would read as something other than text (in some YAML version),
/// or that a reader would take for one.
const SPECIAL_WORDS: &[&str] = &["true", "false", "yes", "no", "on", "off", "y", "n", "null"];

/// `s` as a YAML scalar inside a flow mapping: plain when that is read back as the
/// same text (a conservative test), else double-quoted with every character that is
/// not plainly printable escaped.
fn scalar(s: &str, kind: Kind) -> String {
    if (kind == Kind::Number && is_decimal(s)) || kind == Kind::Day {
        return s.to_string();
    }
    if is_safe_plain(s) {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if needs_escape(c) => {
                let n = c as u32;
                if n <= 0xFF {
                    out.push_str(&format!("\\x{n:02X}"));
                } else {
                    out.push_str(&format!("\\u{n:04X}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Characters written as escapes in a double-quoted scalar: controls, line and
/// paragraph separators, the BOM, noncharacters, zero-width and bidirectional
/// formatting characters (so no text hides in the file a person edits).
fn needs_escape(c: char) -> bool {
    c.is_control()
        || matches!(c,
            '\u{2028}' | '\u{2029}' | '\u{FEFF}' | '\u{FFFE}' | '\u{FFFF}'
            | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}'
            | '\u{FDD0}'..='\u{FDEF}')
}

fn is_decimal(s: &str) -> bool {
    let digits = s.strip_prefix('-').unwrap_or(s);
    let (int, frac) = match digits.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (digits, None),
    };
    let all_digits = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit());
    all_digits(int)
        && frac.is_none_or(all_digits)
        // `007` is an octal number in YAML 1.1: leading zeros are quoted.
        && (int == "0" || !int.starts_with('0'))
}

fn is_safe_plain(s: &str) -> bool {
    let Some(first) = s.chars().next() else {
        return false;
    };
    first.is_alphabetic()
        && !s.ends_with(' ')
        && !s.contains("  ")
        && s.chars().all(|c| {
            (c.is_alphanumeric() && !needs_escape(c))
                || matches!(c, ' ' | '-' | '_' | '.' | '%' | '/' | '(' | ')' | '+')
        })
        && !SPECIAL_WORDS.contains(&s.to_lowercase().as_str())
}

/// Where and how the entry goes into the journal's text.
#[derive(Debug, PartialEq, Eq)]
struct Insertion {
    /// The new text.
    text: String,
    /// The bytes of `text` that are new (the entry inside).
    range: std::ops::Range<usize>,
}

/// Why the entry cannot be appended.
#[derive(Debug, PartialEq, Eq)]
enum NotAppendable {
    /// The text is not YAML the loader reads (its findings say why).
    NotYaml,
    /// `entries` (or the top level) is not a list (or a mapping).
    NotAList,
}

fn line_end(text: &str) -> &'static str {
    if text.contains("\r\n") { "\r\n" } else { "\n" }
}

/// The offset just after the line holding `at` (the end of the text when it is the
/// last line without a newline: then `None` says a newline must come first).
fn after_line(text: &str, at: usize) -> (usize, bool) {
    if at > 0 && text.as_bytes().get(at - 1) == Some(&b'\n') {
        return (at, false);
    }
    match text.get(at..).and_then(|rest| rest.find('\n')) {
        Some(i) => (at + i + 1, false),
        None => (text.len(), true),
    }
}

/// The column of the `-` of the block-list item starting at `at` (its line's
/// indentation), if its line starts with spaces and a `-`.
fn dash_column(text: &str, at: usize) -> Option<usize> {
    let start = text.get(..at)?.rfind('\n').map_or(0, |i| i + 1);
    let line = text.get(start..)?;
    let indent = line.len() - line.trim_start_matches(' ').len();
    line.get(indent..)?.starts_with('-').then_some(indent)
}

/// Insert `entry` (a flow mapping) into the journal `text`, keeping every other byte.
fn insert(text: &str, entry: &str) -> Result<Insertion, NotAppendable> {
    let nl = line_end(text);
    let source = SourceFile::new(String::new(), text.to_string());
    let root = yaml::parse(FileId(0), &source, Lang::En).map_err(|_| NotAppendable::NotYaml)?;
    let block_item = |indent: usize| format!("{}- {entry}{nl}", " ".repeat(indent));
    // Insert `new` at `at` (with a line end first when `at` ends a last line without one).
    let put = |at: usize, newline_first: bool, new: &str| {
        let mut out = String::with_capacity(text.len() + new.len() + 2);
        out.push_str(text.get(..at).unwrap_or(text));
        if newline_first && !text.is_empty() {
            out.push_str(nl);
        }
        let start = out.len();
        out.push_str(new);
        let end = out.len();
        out.push_str(text.get(at..).unwrap_or(""));
        Insertion {
            text: out,
            range: start..end,
        }
    };
    let map = match &root.kind {
        NodeKind::Map(m) => m,
        // An empty file (or only comments): a journal from scratch.
        NodeKind::Null => {
            let new = format!("kind: log{nl}entries:{nl}{}", block_item(2));
            let (at, first) = after_line(text, text.len());
            return Ok(put(at, first && !text.is_empty(), &new));
        }
        _ => return Err(NotAppendable::NotAList),
    };
    let position = map.iter().position(|(k, _)| k.as_str() == Some("entries"));
    let Some(position) = position else {
        // No `entries`: a block list at the end of the file.
        let new = format!("entries:{nl}{}", block_item(2));
        let (at, first) = after_line(text, text.len());
        return Ok(put(at, first, &new));
    };
    let last_key = position + 1 == map.len();
    let Some((key, value)) = map.get(position) else {
        return Err(NotAppendable::NotAList);
    };
    // Collections' spans give only where they start: their ends are found in the text.
    let open = value.span.start as usize;
    let is_flow = text.get(open..).is_some_and(|t| t.starts_with('['));
    match &value.kind {
        NodeKind::Seq(items) if is_flow => {
            // A flow list: `, { … }` before its `]` (`[]`: replaced by a block list).
            let close = flow_close(text, open).ok_or(NotAppendable::NotAList)?;
            if !items.is_empty() {
                let before = text.get(open + 1..close).unwrap_or("").trim_end();
                let sep = if before.ends_with(',') { " " } else { ", " };
                return Ok(put(close, false, &format!("{sep}{entry}")));
            }
            let (at, first) = after_line(text, close + 1);
            let rest_of_line = text.get(close + 1..at).unwrap_or("");
            // `entries: []` → `entries:` (a comment after it stays where it was).
            let from = if rest_of_line.trim().is_empty() {
                text.get(..open)
                    .map_or(open, |t| t.trim_end_matches(' ').len())
            } else {
                open
            };
            let mut cut = String::with_capacity(text.len());
            cut.push_str(text.get(..from).unwrap_or(""));
            cut.push_str(text.get(close + 1..).unwrap_or(""));
            let at = at - (close + 1 - from);
            let indent = key_column(text, key.span.start as usize) + 2;
            let mut out = String::with_capacity(cut.len() + entry.len() + 8);
            out.push_str(cut.get(..at).unwrap_or(""));
            if first {
                out.push_str(nl);
            }
            let start = out.len();
            out.push_str(&block_item(indent));
            let end = out.len();
            out.push_str(cut.get(at..).unwrap_or(""));
            Ok(Insertion {
                text: out,
                range: start..end,
            })
        }
        NodeKind::Seq(_) | NodeKind::Null => {
            if let NodeKind::Null = value.kind {
                // `entries:` with nothing after it (not `~` or `null`).
                let written = text
                    .get(value.span.start as usize..value.span.end as usize)
                    .unwrap_or("");
                if !written.trim().is_empty() {
                    return Err(NotAppendable::NotAList);
                }
            }
            let indent = match &value.kind {
                NodeKind::Seq(items) => items
                    .first()
                    .and_then(|i| dash_column(text, i.span.start as usize)),
                _ => None,
            }
            .unwrap_or_else(|| key_column(text, key.span.start as usize) + 2);
            let next_key = map.get(position + 1).map(|(k, _)| k.span.start as usize);
            match next_key.filter(|_| !last_key) {
                None => {
                    let (at, first) = after_line(text, text.len());
                    Ok(put(at, first, &block_item(indent)))
                }
                Some(next) => Ok(put(before_comments(text, next), false, &block_item(indent))),
            }
        }
        _ => Err(NotAppendable::NotAList),
    }
}

/// The start of the line holding `at`, moved up over the blank and comment-only
/// lines just above it (they belong to what follows).
fn before_comments(text: &str, at: usize) -> usize {
    let mut start = text
        .get(..at)
        .and_then(|t| t.rfind('\n'))
        .map_or(0, |i| i + 1);
    while start > 0 {
        let prev = text
            .get(..start - 1)
            .and_then(|t| t.rfind('\n'))
            .map_or(0, |i| i + 1);
        let line = text.get(prev..start).unwrap_or("").trim();
        if line.is_empty() || line.starts_with('#') {
            start = prev;
        } else {
            break;
        }
    }
    start
}

/// The `]` closing the flow list that opens at `open`: brackets and braces nested,
/// quoted scalars and comments skipped.
fn flow_close(text: &str, open: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut i = open;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'[' | b'{' => depth += 1,
            b']' | b'}' => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    return (b == b']').then_some(i);
                }
            }
            b'"' => {
                i += 1;
                while let Some(&c) = bytes.get(i) {
                    match c {
                        b'\\' => i += 1,
                        b'"' => break,
                        _ => {}
                    }
                    i += 1;
                }
            }
            b'\'' => {
                i += 1;
                while let Some(&c) = bytes.get(i) {
                    if c == b'\'' {
                        if bytes.get(i + 1) == Some(&b'\'') {
                            i += 1;
                        } else {
                            break;
                        }
                    }
                    i += 1;
                }
            }
            b'#' if i == 0 || matches!(bytes.get(i - 1), Some(b' ' | b'\t' | b'\n' | b'\r')) => {
                while bytes.get(i).is_some_and(|&c| c != b'\n') {
                    i += 1;
                }
            }
            _ => {}
        }
        i += 1;
    }
    None
}

/// The column of the key starting at `at`.
fn key_column(text: &str, at: usize) -> usize {
    let start = text
        .get(..at)
        .and_then(|t| t.rfind('\n'))
        .map_or(0, |i| i + 1);
    at.saturating_sub(start)
}

/// The plan's journals for the check of the new entry: the journal being written is
/// served from memory (its text after the append); every other one from the disk.
struct Pending {
    inner: FsJournals,
    plan: PathBuf,
    target: PathBuf,
    text: String,
    file: Option<FileId>,
}

impl Pending {
    fn serve(&mut self, sources: &mut SourceMap) -> FileId {
        if let Some(f) = self.file {
            return f;
        }
        let name = self.target.display().to_string();
        let f = sources.add(SourceFile::new(name, self.text.clone()));
        self.file = Some(f);
        f
    }
}

impl JournalSource for Pending {
    fn load(
        &mut self,
        sources: &mut SourceMap,
        from: FileId,
        path: &str,
    ) -> Result<FileId, String> {
        let dir = self.plan.parent().unwrap_or(Path::new(""));
        if !path.contains("://") && normalize(&dir.join(path)) == self.target {
            return Ok(self.serve(sources));
        }
        self.inner.load(sources, from, path)
    }
    fn beside(
        &mut self,
        sources: &mut SourceMap,
        plan: FileId,
    ) -> Result<Option<FileId>, (String, String)> {
        if normalize(&beside_path(&self.plan)) == self.target {
            return Ok(Some(self.serve(sources)));
        }
        self.inner.beside(sources, plan)
    }
}

/// The journal the entry goes into: the first `log:` path, else the one beside the plan.
fn journal_path(plan_path: &Path, log: Option<&str>) -> PathBuf {
    match log {
        Some(p) => normalize(&plan_path.parent().unwrap_or(Path::new("")).join(p)),
        None => normalize(&beside_path(plan_path)),
    }
}

fn shown(p: &Path) -> String {
    p.display().to_string()
}

pub fn run(args: &RecordArgs) -> u8 {
    let before = args.lang.unwrap_or(Lang::En);
    let as_of = match crate::journal::as_of(args.as_of) {
        Ok(d) => d,
        Err(msg) => {
            error(&msg, before);
            return exit::FAILURE;
        }
    };
    let base = CheckOptions {
        lang: args.lang,
        allow_outside_root: args.allow_outside_root,
        as_of: Some(as_of),
        ..Default::default()
    };
    let (opts, config) = match options_for(&args.plan, args.config.as_deref(), &base) {
        Ok(v) => v,
        Err((path, reason)) => {
            let path = shown(&path);
            error(&CliMsg::CannotReadConfig { path, reason }, before);
            return exit::FAILURE;
        }
    };
    if let Some(config) = &config
        && config.checked.errors() > 0
    {
        report_to_stderr(config);
        return exit::FINDINGS;
    }
    // The plan, read under the path policy and loaded (for its `log:` and language).
    let plan_name = shown(&args.plan);
    let bytes = match files::read_with(&args.plan, args.allow_outside_root, before) {
        Ok(Some(b)) => b,
        Ok(None) => {
            let max = yaml::MAX_FILE_BYTES;
            error(
                &CliMsg::TooLarge {
                    path: plan_name,
                    max,
                },
                before,
            );
            return exit::FAILURE;
        }
        Err(reason) => {
            error(
                &CliMsg::CannotRead {
                    path: plan_name,
                    reason,
                },
                before,
            );
            return exit::FAILURE;
        }
    };
    let plan_file = FileId(0);
    let plan_text = match yaml::decode_owned(plan_file, bytes, before) {
        Ok(t) => t,
        Err((d, _)) => {
            let reason = d.message;
            error(
                &CliMsg::PathReason {
                    path: plan_name,
                    reason,
                },
                before,
            );
            return exit::FINDINGS;
        }
    };
    let mut sources = SourceMap::new();
    sources.add(SourceFile::new(plan_name.clone(), plan_text));
    let lang = load::message_lang(&sources, plan_file, opts.lang);
    let loaded = load::load(&sources, plan_file, Some(lang));
    if !loaded.parsed || loaded.plan.is_model() {
        // Not a plan that can have a journal: say why as `check` would.
        if let Ok(r) = crate::plan::check_file(&args.plan, &opts) {
            report_to_stderr(&r);
        }
        let msg = CliMsg::NotRecorded {
            path: crate::journal::beside_path(&args.plan)
                .display()
                .to_string(),
        };
        error(&msg, lang);
        return exit::FINDINGS;
    }
    let first_log = tovholder_core::model::strs(&loaded.plan.log)
        .first()
        .map(|p| p.value.clone());
    let target = journal_path(&args.plan, first_log.as_deref());
    let target_name = shown(&target);
    if first_log.as_deref().is_some_and(|p| p.contains("://")) {
        let reason = CliMsg::OnlyLocalFiles.text(lang);
        error(
            &CliMsg::CannotWrite {
                path: target_name,
                reason,
            },
            lang,
        );
        return exit::FAILURE;
    }

    // The journal as it is (or the text of a new one).
    let root = Root::of_file(&args.plan);
    let existing = match read_journal(&target, &root, lang) {
        Ok(e) => e,
        Err(msg) => {
            error(&msg, lang);
            return exit::FAILURE;
        }
    };
    let old_text = match &existing {
        Some((text, _)) => text.clone(),
        None => new_journal_text(&args.plan, &target),
    };
    let date = args.event.date().unwrap_or(as_of);
    let entry = entry_text(date, &args.event);
    let inserted = match insert(&old_text, &entry) {
        Ok(i) => i,
        Err(why) => {
            // Show the journal's own findings (a YAML error), as `check` would.
            let mut js = SourceMap::new();
            let f = js.add(SourceFile::new(target_name.clone(), old_text.clone()));
            let loaded = tovholder_core::journal::load(&js, f, lang);
            print_findings(&target, js, loaded.diags, lang);
            let msg = match why {
                NotAppendable::NotYaml => CliMsg::JournalNotValid { path: target_name },
                NotAppendable::NotAList => CliMsg::JournalEntriesNotAList { path: target_name },
            };
            error(&msg, lang);
            return exit::FINDINGS;
        }
    };

    // Checked exactly as `check` would check it once written.
    let mut journals = Pending {
        inner: FsJournals::new(&args.plan, plan_file, args.allow_outside_root, lang),
        plan: args.plan.clone(),
        target: target.clone(),
        text: inserted.text.clone(),
        file: None,
    };
    let mut models =
        crate::models::FsModels::new(&args.plan, plan_file, args.allow_outside_root, lang);
    let checked = tovholder_core::check_with_journals(
        &mut sources,
        plan_file,
        &opts,
        &mut models,
        &mut journals,
    );
    let Some(journal_file) = journals.file else {
        // The plan never asked for the journal (cannot happen for a plan).
        error(&CliMsg::NotRecorded { path: target_name }, lang);
        return exit::FAILURE;
    };
    let range = inserted.range.clone();
    let concerns = |d: &tovholder_core::Diagnostic| {
        d.labels.iter().any(|l| {
            l.span.file == journal_file
                && (l.span.start as usize) < range.end
                && (l.span.end as usize).max(l.span.start as usize + 1) > range.start
        })
    };
    let mine: Vec<tovholder_core::Diagnostic> = checked
        .diags
        .iter()
        .filter(|d| concerns(d))
        .cloned()
        .collect();
    let refused = mine.iter().any(|d| d.level == Level::Error);

    // The invariant of appending: one entry more, inside the new text, and the
    // loader finds nothing new in the file.
    let safe = appended_safely(&old_text, &inserted, lang);

    let lang = checked.lang;
    if !mine.is_empty() {
        let mut result_checked = checked;
        result_checked.diags = mine;
        report_to_stderr(&FileResult {
            path: args.plan.clone(),
            sources,
            checked: result_checked,
        });
    }
    if refused {
        error(&CliMsg::NotRecorded { path: target_name }, lang);
        return exit::FINDINGS;
    }
    if !safe {
        let msg = CliMsg::CannotAppendSafely {
            path: target_name,
            entry,
        };
        error(&msg, lang);
        return exit::FINDINGS;
    }
    let original = existing.as_ref().map(|(_, bytes)| bytes.as_slice());
    match write_journal(&target, &root, original, &inserted.text) {
        Ok(()) => {
            let line = CliMsg::Recorded {
                path: target_name,
                entry,
            };
            output::eprint(&line.text(lang));
            exit::OK
        }
        Err(msg) => {
            error(&msg, lang);
            exit::FAILURE
        }
    }
}

/// Print findings of a file that is not the plan, in the human format.
fn print_findings(
    path: &Path,
    sources: SourceMap,
    diags: Vec<tovholder_core::Diagnostic>,
    lang: Lang,
) {
    if diags.is_empty() {
        return;
    }
    let checked = tovholder_core::Checked {
        file: FileId(0),
        plan: Default::default(),
        diags,
        schedule: None,
        lang,
        follow_up: None,
        journal_files: Vec::new(),
    };
    report_to_stderr(&FileResult {
        path: path.to_path_buf(),
        sources,
        checked,
    });
}

/// One entry more than before, inside the inserted bytes, and no new loader error.
fn appended_safely(old: &str, new: &Insertion, lang: Lang) -> bool {
    let load = |text: &str| {
        let mut s = SourceMap::new();
        let f = s.add(SourceFile::new(String::new(), text.to_string()));
        tovholder_core::journal::load(&s, f, lang)
    };
    let (a, b) = (load(old), load(&new.text));
    let errors = |l: &tovholder_core::journal::LoadedJournal| {
        l.diags.iter().filter(|d| d.level == Level::Error).count()
    };
    let (ea, eb) = (
        tovholder_core::model::strs(&a.journal.entries),
        tovholder_core::model::strs(&b.journal.entries),
    );
    let inside = eb.iter().filter(|e| {
        (e.span.start as usize) >= new.range.start && (e.span.end as usize) <= new.range.end
    });
    eb.len() == ea.len() + 1 && inside.count() == 1 && errors(&b) <= errors(&a)
}

/// The text and bytes of the journal at `path`, or None when there is none yet.
/// Refused: a journal that leads outside the repository root, or is not a regular file.
fn read_journal(path: &Path, root: &Root, lang: Lang) -> Result<Option<(String, Vec<u8>)>, CliMsg> {
    let name = shown(path);
    let Ok(meta) = std::fs::symlink_metadata(path) else {
        return Ok(None);
    };
    let cannot = |reason: CliMsg| CliMsg::CannotRead {
        path: name.clone(),
        reason: reason.text(lang),
    };
    if meta.file_type().is_symlink() && std::fs::metadata(path).is_err() {
        // A dangling link: writing would follow it somewhere.
        return Err(cannot(CliMsg::NotARegularFile));
    }
    match paths::open_for_reading(path, root, yaml::MAX_FILE_BYTES as u64) {
        Ok(Contents::Bytes(bytes)) => match yaml::decode(FileId(0), &bytes, lang) {
            Ok(text) => Ok(Some((text, bytes))),
            Err(d) => Err(CliMsg::PathReason {
                path: name,
                reason: d.message,
            }),
        },
        Ok(Contents::TooLarge) => Err(CliMsg::TooLarge {
            path: name,
            max: yaml::MAX_FILE_BYTES,
        }),
        Err(reason) => Err(cannot(reason)),
    }
}

/// The text of a new journal (as `init` writes it), with the schema line when the
/// repository has `schemas/log.schema.json`.
fn new_journal_text(plan: &Path, journal: &Path) -> String {
    let dir = journal
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let schema = repo_root(plan)
        .map(|r| r.join("schemas/log.schema.json"))
        .filter(|p| p.is_file())
        .map(|p| {
            relative(dir, &p)
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect::<Vec<_>>()
                .join("/")
        });
    tovholder_core::init::journal_text(schema.as_deref())
}

/// Write `text` to the journal at `path`: where it really is (inside the repository
/// root), through a synced temporary file beside it and a rename. `original`: the
/// bytes read before (None: the journal is new and must still not exist).
fn write_journal(
    path: &Path,
    root: &Root,
    original: Option<&[u8]>,
    text: &str,
) -> Result<(), CliMsg> {
    let name = shown(path);
    let refuse = |reason: CliMsg| CliMsg::CannotWrite {
        path: name.clone(),
        reason: reason.text(Lang::En),
    };
    // The real file (an existing journal) or the real folder (a new one), inside the root.
    let real = match original {
        Some(_) => root.confine(path).map_err(refuse)?,
        None => {
            let dir = path
                .parent()
                .filter(|p| !p.as_os_str().is_empty())
                .unwrap_or(Path::new("."));
            let dir = root.confine(dir).map_err(refuse)?;
            let file = path.file_name().map(PathBuf::from).unwrap_or_default();
            dir.join(file)
        }
    };
    let dir = real.parent().unwrap_or(Path::new(".")).to_path_buf();
    let file_name = real
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "journal.yaml".into());
    let mut tmp = None;
    for attempt in 0..100u32 {
        let candidate = dir.join(format!(
            ".{file_name}.tovholder-{}-{attempt}.tmp",
            std::process::id()
        ));
        match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&candidate)
        {
            Ok(f) => {
                tmp = Some((candidate, f));
                break;
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => {
                return Err(CliMsg::CannotWriteIn {
                    dir: shown(&dir),
                    reason: e.to_string(),
                });
            }
        }
    }
    let Some((tmp, mut f)) = tmp else {
        return Err(CliMsg::NoTempName { path: name });
    };
    let cleanup = |e: CliMsg| {
        let _ = std::fs::remove_file(&tmp);
        e
    };
    let written = f.write_all(text.as_bytes()).and_then(|()| {
        if let Some(_) = original
            && let Ok(meta) = std::fs::metadata(&real)
        {
            f.set_permissions(meta.permissions())?;
        }
        f.sync_all()
    });
    drop(f);
    written.map_err(|e| {
        cleanup(CliMsg::CannotWrite {
            path: name.clone(),
            reason: e.to_string(),
        })
    })?;
    // Someone else changed (or created) the journal meanwhile: theirs is kept.
    let now = std::fs::symlink_metadata(&real)
        .ok()
        .and_then(|m| m.is_file().then(|| std::fs::read(&real).ok()).flatten());
    if now.as_deref() != original {
        return Err(cleanup(CliMsg::JournalChanged { path: name.clone() }));
    }
    std::fs::rename(&tmp, &real).map_err(|e| {
        cleanup(CliMsg::CannotWrite {
            path: name.clone(),
            reason: e.to_string(),
        })
    })?;
    #[cfg(unix)]
    if let Ok(d) = std::fs::File::open(&dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const E: &str = "{ date: 2027-03-04, held: x }";

    fn ins(text: &str) -> String {
        insert(text, E)
            .map(|i| i.text)
            .unwrap_or_else(|e| format!("{e:?}"))
    }

    #[test]
    fn scalars() {
        assert_eq!(scalar("laeringsmoede", Kind::Text), "laeringsmoede");
        assert_eq!(
            scalar("Skolerne bruger nu ICS-trekanten", Kind::Text),
            "Skolerne bruger nu ICS-trekanten"
        );
        assert_eq!(scalar("9 deltagere", Kind::Text), "\"9 deltagere\"");
        assert_eq!(scalar("48", Kind::Number), "48");
        assert_eq!(scalar("48", Kind::Text), "\"48\"");
        assert_eq!(scalar("007", Kind::Number), "\"007\"");
        assert_eq!(scalar("48 %", Kind::Number), "\"48 %\"");
        assert_eq!(scalar("no", Kind::Text), "\"no\"");
        assert_eq!(scalar("a: b # c", Kind::Text), "\"a: b # c\"");
        assert_eq!(
            scalar("say \"hi\"\n\\", Kind::Text),
            "\"say \\\"hi\\\"\\n\\\\\""
        );
        assert_eq!(scalar("- x", Kind::Text), "\"- x\"");
        assert_eq!(scalar("a\u{202E}b", Kind::Text), "\"a\\u202Eb\"");
        assert_eq!(scalar("", Kind::Text), "\"\"");
        assert_eq!(scalar("Sommerferie", Kind::Text), "Sommerferie");
    }

    #[test]
    fn insertions() {
        assert_eq!(
            ins("kind: log\nentries:\n  - { date: 2027-01-01, held: x }\n"),
            format!("kind: log\nentries:\n  - {{ date: 2027-01-01, held: x }}\n  - {E}\n")
        );
        // No final newline.
        assert_eq!(
            ins("kind: log\nentries:\n  - { date: 2027-01-01, held: x }"),
            format!("kind: log\nentries:\n  - {{ date: 2027-01-01, held: x }}\n  - {E}\n")
        );
        // The empty flow list.
        assert_eq!(
            ins("kind: log\nentries: []\n"),
            format!("kind: log\nentries:\n  - {E}\n")
        );
        assert_eq!(
            ins("kind: log\nentries: [] # none yet\n"),
            format!("kind: log\nentries:  # none yet\n  - {E}\n")
        );
        // A flow list with entries.
        assert_eq!(
            ins("kind: log\nentries: [{ date: 2027-01-01, held: x }]\n"),
            format!("kind: log\nentries: [{{ date: 2027-01-01, held: x }}, {E}]\n")
        );
        // `entries` not the last key.
        assert_eq!(
            ins("entries:\n- { date: 2027-01-01, held: x }\n# c\nkind: log\n"),
            format!("entries:\n- {{ date: 2027-01-01, held: x }}\n- {E}\n# c\nkind: log\n")
        );
        // No entries, CRLF.
        assert_eq!(
            ins("kind: log\r\n"),
            format!("kind: log\r\nentries:\r\n  - {E}\r\n")
        );
        assert_eq!(ins("kind: log\nentries: 3\n"), "NotAList");
        assert_eq!(ins("kind: [log\n"), "NotYaml");
    }
}
