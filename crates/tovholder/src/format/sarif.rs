//! `--format sarif`: SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.
//!
//! One run; `tool.driver.rules` holds the whole catalogue (id, name, descriptions, the
//! documentation `explain` prints as help, the default level), so a result's
//! `ruleIndex` is the rule's place in the catalogue. Artifact URIs are relative to the
//! current folder (`uriBaseId` `%SRCROOT%`), percent-encoded, with `/` between
//! folders; files outside it get an absolute `file://` URI. Columns count Unicode
//! code points (`columnKind` `unicodeCodePoints`); `endColumn` is exclusive. The rule
//! texts are in the run's language (`--lang`, else English), which `run.language` names.
//! Each result carries its typed finding in its property bag (`properties.finding`,
//! `properties.fields`), the same in every language.

use super::{Outcome, current_dir, locate, message_with_help, repo_path};
use serde_json::{Value, json};
use std::path::Path;
use tovholder_core::messages::CliMsg;
use tovholder_core::rules::catalogue::explain_text;
use tovholder_core::rules::{self, Rule, RuleLevel};
use tovholder_core::{Lang, Level, SourceMap, Span};

pub const SARIF_SCHEMA: &str =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

/// The URI base every relative artifact location names.
pub const SRCROOT: &str = "%SRCROOT%";

/// Percent-encode a path for a URI: everything but unreserved characters and `/`.
pub fn encode_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// An absolute path as a `file://` URI (a folder ends with `/` when `dir`).
pub fn file_uri(path: &Path, dir: bool) -> String {
    let mut s = super::slash_path(path);
    if !s.starts_with('/') {
        s.insert(0, '/');
    }
    if dir && !s.ends_with('/') {
        s.push('/');
    }
    format!("file://{}", encode_path(&s))
}

/// `RoleWithoutOwner` for `role-without-owner`: SARIF's friendly name.
pub fn friendly_name(id: &str) -> String {
    id.split('-')
        .map(|w| {
            let mut c = w.chars();
            match c.next() {
                Some(f) => f.to_uppercase().chain(c).collect::<String>(),
                None => String::new(),
            }
        })
        .collect()
}

/// The body of the documentation's first section ("What it does"), as one paragraph.
pub fn what_it_does(rule: &Rule, lang: Lang) -> String {
    let doc = rule.doc_in(lang);
    let mut lines = doc.lines();
    let mut out = Vec::new();
    if lines.next().is_some_and(|l| l.starts_with("## ")) {
        for l in lines {
            if l.starts_with("## ") {
                break;
            }
            out.push(l.trim());
        }
    }
    let text = out.join(" ").trim().to_string();
    if text.is_empty() {
        rule.summary_in(lang).to_string()
    } else {
        text
    }
}

fn sarif_level(level: RuleLevel) -> &'static str {
    match level {
        RuleLevel::Deny => "error",
        RuleLevel::Warn => "warning",
        RuleLevel::Allow => "none",
    }
}

fn rule_descriptor(rule: &Rule, lang: Lang) -> Value {
    let mut config = json!({ "level": sarif_level(rule.level) });
    if rule.level == RuleLevel::Allow {
        config["enabled"] = json!(false);
    }
    let help_text = explain_text(rule, lang);
    json!({
        "id": rule.name,
        "name": friendly_name(rule.name),
        "shortDescription": { "text": rule.summary_in(lang) },
        "fullDescription": { "text": what_it_does(rule, lang) },
        "help": { "text": help_text, "markdown": help_text },
        "defaultConfiguration": config,
        "properties": {
            "configurable": rule.configurable,
            "tags": ["tovholder"],
        },
    })
}

fn physical_location(sources: &SourceMap, span: Span, cwd: &Path) -> Value {
    let at = locate(sources, span);
    let artifact = match repo_path(&at.file, cwd) {
        Ok(rel) => json!({ "uri": encode_path(&rel), "uriBaseId": SRCROOT }),
        Err(abs) => json!({ "uri": file_uri(&abs, false) }),
    };
    json!({
        "artifactLocation": artifact,
        "region": {
            "startLine": at.line,
            "startColumn": at.column,
            "endLine": at.end_line,
            "endColumn": at.end_column,
        }
    })
}

pub fn render(outcome: &Outcome) -> String {
    render_in(outcome, &current_dir())
}

/// Render with artifact paths relative to `cwd`.
pub fn render_in(outcome: &Outcome, cwd: &Path) -> String {
    let catalogue: &[&Rule] = rules::RULES;
    let mut results = Vec::new();
    for (sources, d) in outcome.diagnostics() {
        let index = catalogue.iter().position(|r| r.name == d.rule.name);
        let mut location = json!({ "physicalLocation": physical_location(sources, d.span(), cwd) });
        if let Some(m) = d.labels.first().and_then(|l| l.message.clone()) {
            location["message"] = json!({ "text": m });
        }
        let related: Vec<Value> = d
            .labels
            .iter()
            .skip(1)
            .enumerate()
            .map(|(i, l)| {
                let mut r = json!({
                    "id": i + 1,
                    "physicalLocation": physical_location(sources, l.span, cwd),
                });
                if let Some(m) = &l.message {
                    r["message"] = json!({ "text": m });
                }
                r
            })
            .collect();
        let mut result = serde_json::Map::new();
        result.insert("ruleId".into(), json!(d.rule.name));
        if let Some(i) = index {
            result.insert("ruleIndex".into(), json!(i));
        }
        let level = match d.level {
            Level::Error => "error",
            Level::Warning => "warning",
        };
        result.insert("level".into(), json!(level));
        result.insert("message".into(), json!({ "text": message_with_help(d) }));
        result.insert("locations".into(), json!([location]));
        if !related.is_empty() {
            result.insert("relatedLocations".into(), json!(related));
        }
        // The finding as data, the same in every language (SARIF's property bag).
        result.insert(
            "properties".into(),
            json!({ "finding": d.finding.kind(), "fields": &*d.finding }),
        );
        results.push(Value::Object(result));
    }
    let mut notifications: Vec<Value> = outcome
        .unreadable
        .iter()
        .map(|(path, reason)| {
            json!({
                "level": "error",
                "message": { "text": outcome.cannot_read(path, reason) },
            })
        })
        .collect();
    // A file with more findings than SARIF lists: say how many were left out.
    for r in outcome.results() {
        let count = super::not_listed(r);
        if count > 0 {
            notifications.push(json!({
                "level": "note",
                "message": { "text": CliMsg::NotListed { count, file: r.path.display().to_string(), max: super::MAX_LISTED }.text(outcome.lang) },
            }));
        }
    }
    let mut invocation = json!({ "executionSuccessful": outcome.unreadable.is_empty() });
    if !notifications.is_empty() {
        invocation["toolExecutionNotifications"] = json!(notifications);
    }
    let doc = json!({
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {
                "driver": {
                    "name": "tovholder",
                    "version": env!("CARGO_PKG_VERSION"),
                    "semanticVersion": env!("CARGO_PKG_VERSION"),
                    "informationUri": env!("CARGO_PKG_REPOSITORY"),
                    "rules": catalogue.iter().map(|r| rule_descriptor(r, outcome.lang)).collect::<Vec<_>>(),
                }
            },
            "originalUriBaseIds": {
                SRCROOT: { "uri": file_uri(cwd, true) }
            },
            "columnKind": "unicodeCodePoints",
            "language": outcome.lang.code(),
            "invocations": [invocation],
            "results": results,
        }]
    });
    let mut text = serde_json::to_string_pretty(&doc).unwrap_or_default();
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_uris() {
        assert_eq!(friendly_name("role-without-owner"), "RoleWithoutOwner");
        assert_eq!(
            encode_path("planer/Børn og unge.yaml"),
            "planer/B%C3%B8rn%20og%20unge.yaml"
        );
        assert_eq!(encode_path("a:b"), "a%3Ab");
        assert_eq!(
            file_uri(Path::new("/work/x y"), true),
            "file:///work/x%20y/"
        );
    }

    #[test]
    fn every_rule_has_a_description() {
        for r in rules::RULES {
            for lang in tovholder_core::messages::LANGS {
                assert!(!what_it_does(r, lang).is_empty(), "{}", r.name);
                assert!(!what_it_does(r, lang).contains("## "), "{}", r.name);
            }
        }
    }
}
