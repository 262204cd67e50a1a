//! `--format json`: one JSON object, format version 1.
//!
//! ```json
//! { "version": 1,
//!   "files": [{ "file", "kind": "plan" | "config", "errors", "warnings", "not_listed"? }],
//!   "diagnostics": [{ "rule", "level", "finding", "fields", "message", "help", "file", "line", "column",
//!                     "end_line", "end_column", "labels": [{ "message", "file", … }] }],
//!   "unreadable": [{ "file", "reason" }],
//!   "summary": { "files", "errors", "warnings" } }
//! ```
//! `summary.files` counts plans; configuration files appear in `files` with
//! `"kind": "config"` and their findings in `diagnostics`.

use super::{FileResult, Outcome};
use serde::Serialize;
use tovholder_core::diag::Location;
use tovholder_core::messages::Msg;
use tovholder_core::{Diagnostic, Level, SourceMap};

#[derive(Serialize)]
struct JsonOut<'a> {
    version: u32,
    files: Vec<JsonFile>,
    diagnostics: Vec<JsonDiag<'a>>,
    unreadable: Vec<JsonUnreadable>,
    summary: JsonSummary,
}

#[derive(Serialize)]
struct JsonFile {
    file: String,
    kind: &'static str,
    errors: usize,
    warnings: usize,
    /// Findings of this file past the listing limit (`format::MAX_LISTED`); absent when 0.
    #[serde(skip_serializing_if = "is_zero")]
    not_listed: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

#[derive(Serialize)]
struct JsonUnreadable {
    file: String,
    reason: String,
}

#[derive(Serialize)]
struct JsonSummary {
    files: usize,
    errors: usize,
    warnings: usize,
}

/// One diagnostic in the JSON format (also used by other commands' JSON output).
#[derive(Serialize)]
pub struct JsonDiag<'a> {
    pub rule: &'static str,
    pub level: Level,
    /// The kind of finding (`RoleWithoutOwner`), stable across languages.
    pub finding: &'static str,
    /// The finding's facts (`{"role": "superbruger"}`), the same in every language.
    pub fields: &'a Msg,
    pub message: String,
    pub help: Option<String>,
    #[serde(flatten)]
    pub location: Location,
    pub labels: Vec<JsonLabel>,
}

#[derive(Serialize)]
pub struct JsonLabel {
    pub message: Option<String>,
    #[serde(flatten)]
    pub location: Location,
}

pub fn json_diag<'a>(sources: &SourceMap, d: &'a Diagnostic) -> JsonDiag<'a> {
    JsonDiag {
        rule: d.rule.name,
        level: d.level,
        finding: d.finding.kind(),
        fields: &d.finding,
        message: d.message.clone(),
        help: d.help.clone(),
        location: Location::of(sources, d.span()),
        labels: d
            .labels
            .iter()
            .map(|l| JsonLabel {
                message: l.message.clone(),
                location: Location::of(sources, l.span),
            })
            .collect(),
    }
}

fn json_file(r: &FileResult, kind: &'static str) -> JsonFile {
    JsonFile {
        file: r.path.display().to_string(),
        kind,
        errors: r.checked.errors(),
        warnings: r.checked.warnings(),
        not_listed: super::not_listed(r),
    }
}

pub fn render(outcome: &Outcome) -> String {
    let doc = JsonOut {
        version: 1,
        files: outcome
            .configs
            .iter()
            .map(|r| json_file(r, "config"))
            .chain(outcome.files.iter().map(|r| json_file(r, "plan")))
            .collect(),
        diagnostics: outcome
            .diagnostics()
            .map(|(s, d, _)| json_diag(s, d))
            .collect(),
        unreadable: outcome
            .unreadable
            .iter()
            .map(|(p, r)| JsonUnreadable {
                file: p.display().to_string(),
                reason: r.clone(),
            })
            .collect(),
        summary: JsonSummary {
            files: outcome.files.len(),
            errors: outcome.errors(),
            warnings: outcome.warnings(),
        },
    };
    let mut text = serde_json::to_string_pretty(&doc).unwrap_or_default();
    text.push('\n');
    text
}
