//! `--format sarif`: SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.
//!
//! One run; `tool.driver.rules` holds the whole catalogue (id, name, descriptions, the
//! documentation `explain` prints as help, a `helpUri` to the rule's heading in
//! `docs/rules.md`, the default level), so a result's `ruleIndex` is the rule's place
//! in the catalogue. Artifact URIs are relative to the repository root
//! (`uriBaseId` `%SRCROOT%`: the nearest folder holding `.git` above the first checked
//! file, else above the current folder, else the current folder), percent-encoded,
//! with `/` between folders; only a file outside that root gets an absolute
//! `file://` URI. Columns count Unicode code points (`columnKind`
//! `unicodeCodePoints`); `endColumn` is exclusive. Every text of the run — the rule
//! texts, the notifications and the findings' messages — is in one language, which
//! `run.language` names: `--lang`, else the language of the plans when they all agree,
//! else English (findings are then worded again in it). Each result carries its typed
//! finding in its property bag (`properties.finding`, `properties.fields`), the same in
//! every language, and `partialFingerprints` that follow the finding when lines move
//! (rule, kind, the ids it names and the text it points at: see [`fingerprint_key`]).

use super::{Outcome, current_dir, locate, message_with_help, repo_path, repository_root};
use serde_json::{Value, json};
use std::collections::HashMap;
use std::path::Path;
use tovholder_core::messages::CliMsg;
use tovholder_core::rules::catalogue::explain_text;
use tovholder_core::rules::{self, Rule, RuleLevel};
use tovholder_core::{Lang, Level, SourceMap, Span};

pub const SARIF_SCHEMA: &str =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

/// The URI base every relative artifact location names.
pub const SRCROOT: &str = "%SRCROOT%";

/// The project's home (the workspace's `repository`): SARIF's `informationUri`.
pub const INFORMATION_URI: &str = env!("CARGO_PKG_REPOSITORY");

/// Where a rule is documented: its heading in `docs/rules.md` on the main branch (a
/// rule's name is never reused, so the anchor never leads to another rule). The
/// heading is `## rule-name`, and the anchor GitHub makes of a kebab-case heading is
/// the name itself.
pub fn help_uri(rule: &str) -> String {
    format!("{INFORMATION_URI}/blob/main/docs/rules.md#{rule}")
}

/// The key under which results carry their fingerprint (versioned: a change in how
/// it is computed gets a new key rather than moving every alert).
pub const FINGERPRINT: &str = "tovholder/v1";

/// What a finding's fingerprint is made of, stable when lines move: the rule, the
/// kind of finding, its identifying facts — the text fields of its `fields` (the
/// ids and keys it names: the entity, the misspelt reference; the same in every
/// language), not its numbers (hours, dates, counts change as a plan is edited
/// without making it another finding) — and the text at its primary place (the YAML
/// scalar it points at). Never a line or column, never the message's words. Two
/// findings with the same key in one file are told apart by their order (`hash:1`,
/// `hash:2`), as GitHub's own `primaryLocationLineHash` does.
pub fn fingerprint_key(sources: &SourceMap, d: &tovholder_core::Diagnostic) -> String {
    fn texts(v: &Value, out: &mut Vec<String>) {
        match v {
            Value::String(s) => out.push(s.clone()),
            Value::Array(items) => items.iter().for_each(|i| texts(i, out)),
            Value::Object(map) => {
                for (k, v) in map {
                    let mut inner = Vec::new();
                    texts(v, &mut inner);
                    if !inner.is_empty() {
                        out.push(format!("{k}={}", inner.join(",")));
                    }
                }
            }
            _ => {}
        }
    }
    let mut facts = Vec::new();
    texts(
        &serde_json::to_value(&*d.finding).unwrap_or_default(),
        &mut facts,
    );
    let span = d.span();
    let at: String = sources
        .get(span.file)
        .map(|f| f.slice(span).trim().chars().take(200).collect())
        .unwrap_or_default();
    format!(
        "{}\u{0}{}\u{0}{}\u{0}{at}",
        d.rule.name,
        d.finding.kind(),
        facts.join("\u{0}")
    )
}

/// FNV-1a, 64 bits, as 16 hex digits: stable across versions and platforms (the
/// standard library's hashers promise neither).
pub fn stable_hash(text: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
}

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

/// A finding worded in the run's language `run` (its file was checked in `from`):
/// its message, help and label texts again from its typed finding; a label the
/// engine added (where a model defines the entity) in the run's words too.
pub fn in_language(
    d: &tovholder_core::Diagnostic,
    from: Lang,
    run: Lang,
) -> std::borrow::Cow<'_, tovholder_core::Diagnostic> {
    use std::borrow::Cow;
    if from == run {
        return Cow::Borrowed(d);
    }
    let text = d.finding.text(run);
    let mut out = d.clone();
    out.message = text.message;
    out.help = text.help;
    let mut texts = text.labels.into_iter();
    let (was, now) = (
        tovholder_core::messages::words(from).defined_in_model,
        tovholder_core::messages::words(run).defined_in_model,
    );
    for label in &mut out.labels {
        match texts.next() {
            Some(t) => label.message = Some(t).filter(|t| !t.is_empty()),
            None if label.message.as_deref() == Some(was) => label.message = Some(now.into()),
            None => {}
        }
    }
    Cow::Owned(out)
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
        "helpUri": help_uri(rule.name),
        "defaultConfiguration": config,
        "properties": {
            "configurable": rule.configurable,
            "tags": ["tovholder"],
        },
    })
}

fn physical_location(sources: &SourceMap, span: Span, cwd: &Path, root: &Path) -> Value {
    let at = locate(sources, span);
    let abs = super::normalize(&cwd.join(&at.file));
    let artifact = match repo_path(&abs.display().to_string(), root) {
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

/// Render with the current folder `cwd` (file names in the sources are relative to
/// it; artifact URIs are relative to the repository root found from it).
pub fn render_in(outcome: &Outcome, cwd: &Path) -> String {
    let first = outcome.results().next().map(|r| r.path.as_path());
    let root = repository_root(first, cwd);
    let root = root.as_path();
    let catalogue: &[&Rule] = rules::RULES;
    let mut results = Vec::new();
    let mut seen: HashMap<(String, String), usize> = HashMap::new();
    let diagnostics = outcome.results().flat_map(|r| {
        r.checked
            .diags
            .iter()
            .take(super::MAX_LISTED)
            .map(move |d| (&r.sources, in_language(d, r.checked.lang, outcome.lang)))
    });
    for (sources, d) in diagnostics {
        let d = &*d;
        let index = catalogue.iter().position(|r| r.name == d.rule.name);
        let mut location =
            json!({ "physicalLocation": physical_location(sources, d.span(), cwd, root) });
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
                    "physicalLocation": physical_location(sources, l.span, cwd, root),
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
        result.insert(
            "message".into(),
            json!({ "text": message_with_help(d, outcome.lang) }),
        );
        result.insert("locations".into(), json!([location]));
        if !related.is_empty() {
            result.insert("relatedLocations".into(), json!(related));
        }
        let file = locate(sources, d.span()).file;
        let hash = stable_hash(&fingerprint_key(sources, d));
        let nth = seen.entry((file, hash.clone())).or_insert(0);
        *nth += 1;
        result.insert(
            "partialFingerprints".into(),
            json!({ FINGERPRINT: format!("{hash}:{nth}") }),
        );
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
                    "informationUri": INFORMATION_URI,
                    "rules": catalogue.iter().map(|r| rule_descriptor(r, outcome.lang)).collect::<Vec<_>>(),
                }
            },
            "originalUriBaseIds": {
                SRCROOT: { "uri": file_uri(root, true) }
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
