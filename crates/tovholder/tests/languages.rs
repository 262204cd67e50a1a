//! Every finding in every language, through the real binary: each rule's failing
//! fixture, every example and every model is checked with `--lang en`, `da` and `sv`,
//! and every finding must come out as a typed finding with words of its own in each
//! language — the same findings, in the same places, never English in a Danish or
//! Swedish report.

mod common;

use serde_json::Value;
use std::path::{Path, PathBuf};

/// Fields whose value is a sentence in the report's language (the reason a model
/// cannot be read comes from the file system layer as text).
const WORDED_FIELDS: &[&str] = &["reason"];

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// A copy of the rule fixtures, examples and models in a temporary folder marked as a
/// repository root (`.git`), so that `uses: ../../models/…` stays inside it wherever
/// the checkout is (an unpacked archive has no `.git`).
fn copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    for part in ["tests/rules", "examples", "models"] {
        common::copy_tree(&repo().join(part), &dir.path().join(part));
    }
    std::fs::create_dir(dir.path().join(".git")).expect("marker");
    dir
}

/// The plans to check: every `fail*.yaml` under `tests/rules/`, every example and model.
fn plans(root: &Path) -> Vec<PathBuf> {
    let root = root.to_path_buf();
    let mut out = Vec::new();
    let mut walk = vec![
        root.join("tests/rules"),
        root.join("examples"),
        root.join("models"),
    ];
    while let Some(dir) = walk.pop() {
        for entry in std::fs::read_dir(&dir).expect("read folder") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                if !path.ends_with("examples/ci") {
                    walk.push(path);
                }
                continue;
            }
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            let in_rules = path.starts_with(root.join("tests/rules"));
            // A journal (`*.log.yaml`) is checked with the plan beside it.
            let yaml = name.ends_with(".yaml") && !name.ends_with(".log.yaml");
            if yaml && (!in_rules || name.starts_with("fail")) {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

fn check(plan: &Path, lang: &str) -> Vec<Value> {
    let dir = plan.parent().expect("folder");
    let file = plan.file_name().and_then(|n| n.to_str()).expect("name");
    // The as-of date is pinned (the rule fixtures' default, `tests/rules.rs`).
    let args = [
        "check",
        "--format",
        "json",
        "--lang",
        lang,
        "--as-of",
        "2028-01-01",
        file,
    ];
    let run = common::run(dir, &args);
    assert!(
        run.code == 0 || run.code == 1,
        "{}: {}",
        plan.display(),
        run.stderr
    );
    let doc: Value = serde_json::from_str(&run.stdout).expect("JSON");
    doc["diagnostics"].as_array().cloned().unwrap_or_default()
}

/// The words of a finding: message, help and label texts.
fn words(d: &Value) -> Vec<String> {
    let mut out = vec![d["message"].as_str().unwrap_or("").to_string()];
    out.push(d["help"].as_str().unwrap_or("").to_string());
    for l in d["labels"].as_array().into_iter().flatten() {
        out.push(l["message"].as_str().unwrap_or("").to_string());
    }
    out
}

#[test]
fn every_finding_comes_out_in_english_danish_and_swedish() {
    let mut findings = 0;
    let mut kinds = std::collections::BTreeSet::new();
    let copy = copy();
    let root = copy.path();
    for plan in plans(root) {
        let en = check(&plan, "en");
        let da = check(&plan, "da");
        let sv = check(&plan, "sv");
        let name = plan
            .strip_prefix(root)
            .unwrap_or(&plan)
            .display()
            .to_string();
        assert_eq!(en.len(), da.len(), "{name}: Danish has other findings");
        assert_eq!(en.len(), sv.len(), "{name}: Swedish has other findings");
        for ((e, d), s) in en.iter().zip(&da).zip(&sv) {
            findings += 1;
            for other in [d, s] {
                for key in ["rule", "finding", "file", "line", "column"] {
                    assert_eq!(
                        e[key], other[key],
                        "{name}: `{key}` differs between languages"
                    );
                }
                let facts = |d: &Value| {
                    let mut f = d["fields"].clone();
                    if let Some(m) = f.as_object_mut() {
                        m.retain(|k, _| !WORDED_FIELDS.contains(&k.as_str()));
                    }
                    f
                };
                assert_eq!(facts(e), facts(other), "{name}: the fields differ");
            }
            let kind = e["finding"].as_str();
            assert!(
                kind.is_some(),
                "{name}: `{}` is not a typed finding: {}",
                e["rule"],
                e["message"]
            );
            kinds.insert(kind.unwrap_or_default().to_string());
            let (we, wd, ws) = (words(e), words(d), words(s));
            assert_ne!(we[0], wd[0], "{name}: the Danish message is English");
            assert_ne!(we[0], ws[0], "{name}: the Swedish message is English");
            for ((te, td), ts) in we.iter().zip(&wd).zip(&ws).skip(1) {
                // A label that only quotes plan text (a holiday's name, a date) may be
                // the same; a sentence in English may not.
                if te.split_whitespace().count() > 2 {
                    assert_ne!(te, td, "{name}: Danish words are English: {te}");
                    assert_ne!(te, ts, "{name}: Swedish words are English: {te}");
                }
            }
        }
    }
    // 70 findings of 41 kinds when this was written: fewer means fixtures went silent.
    assert!(findings >= 60, "only {findings} findings checked");
    assert!(
        kinds.len() >= 40,
        "only {} kinds of finding checked",
        kinds.len()
    );
}
