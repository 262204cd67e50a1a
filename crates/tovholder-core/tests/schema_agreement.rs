//! The loader and the JSON Schema (`schemas/plan.schema.json`) agree on which plans
//! are valid, as far as the schema can say it: unknown keys, wrong types, missing
//! required keys, ids and the syntax of references. Both come from one declaration
//! (`mapping!` in `model.rs`, with [`model::ID_PATTERN`]); this test holds them to it
//! with two validators that are not tovholder's: the `jsonschema` crate in-process,
//! and `check-jsonschema` (Python, reading the YAML with its own parser) as a
//! subprocess.
//!
//! The corpus: every rule fixture (`tests/rules/`), every example, every model, the
//! schema's own test plans, and generated plans with æ ø å ä ö ids — and invalid ids —
//! in every reference position the plan language declares, in the plan's `id`, in
//! section keys, and with each required key left out.
//!
//! `check-jsonschema` is installed by `.ci/run`; without it the subprocess half skips
//! with a message, unless `CI` is set (then it fails).

use std::path::{Path, PathBuf};
use tovholder_core::model::{
    self, Activity, Checklist, Declared, Goal, ItemDetail, KeyInfo, Phase, Plan, RefShape, Role,
    UsesDetail,
};
use tovholder_core::yaml::{Node, NodeKind};
use tovholder_core::{Lang, SourceFile, SourceMap};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The loader's rules whose findings the schema can express. Others (a value's
/// syntax inside a string, YAML syntax, duplicates, the file's encoding) it cannot.
const EXPRESSIBLE: &[&str] = &["unknown-key", "invalid-type", "missing-key", "invalid-id"];

/// Whether the loader finds the plan valid (`Some(true)`), invalid for a reason the
/// schema can express (`Some(false)`), or invalid only for other reasons (`None`: not
/// comparable).
fn loader_verdict(name: &str, text: &str) -> Option<bool> {
    let mut sources = SourceMap::new();
    let file = sources.add(SourceFile::new(name, text));
    let loaded = tovholder_core::load::load(&sources, file, Some(Lang::En));
    if !loaded.parsed {
        return None;
    }
    let rules: Vec<&str> = loaded.diags.iter().map(|d| d.rule.name).collect();
    // The syntax of an activity's `after` (an id, then optionally `+ offset`) is the
    // schema's pattern too, though the loader reports it as a value it cannot read.
    let after_syntax = loaded.diags.iter().any(|d| {
        d.rule.name == "invalid-value"
            && (d.message.contains("is not an activity id")
                || d.message.contains("needs an activity id"))
    });
    if after_syntax || rules.iter().any(|r| EXPRESSIBLE.contains(r)) {
        // A plan with an inexpressible finding too is still invalid for the schema.
        return Some(false);
    }
    if rules.is_empty() { Some(true) } else { None }
}

/// The YAML as JSON, read by tovholder's parser (for the in-process validator).
fn to_json(node: &Node) -> serde_json::Value {
    use serde_json::Value;
    match &node.kind {
        NodeKind::Null => Value::Null,
        NodeKind::Bool(b) => Value::Bool(*b),
        NodeKind::Int(i) => Value::from(*i),
        NodeKind::Float(f) => serde_json::Number::from_f64(*f).map_or(Value::Null, Value::Number),
        NodeKind::Str(s) => Value::String(s.to_string()),
        NodeKind::Seq(items) => Value::Array(items.iter().map(to_json).collect()),
        NodeKind::Map(entries) => {
            let mut map = serde_json::Map::new();
            for (k, v) in entries {
                let key = match &k.kind {
                    NodeKind::Str(s) => s.to_string(),
                    other => format!("{other:?}"),
                };
                map.entry(key).or_insert_with(|| to_json(v));
            }
            Value::Object(map)
        }
    }
}

fn schema() -> serde_json::Value {
    let text = std::fs::read_to_string(repo().join("schemas/plan.schema.json"))
        .expect("schemas/plan.schema.json is part of the repository");
    serde_json::from_str(&text).expect("the plan schema is JSON")
}

/// One plan of the corpus: a name (a path for files) and its text.
struct Case {
    name: String,
    text: String,
}

fn yaml_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            yaml_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "yaml") {
            out.push(p);
        }
    }
}

fn file_cases() -> Vec<Case> {
    let mut paths = Vec::new();
    for dir in ["tests/rules", "tests/schema", "examples", "models"] {
        yaml_files(&repo().join(dir), &mut paths);
    }
    paths
        .into_iter()
        .filter_map(|p| {
            let text = std::fs::read_to_string(&p).ok()?;
            let name = p.strip_prefix(repo()).unwrap_or(&p).display().to_string();
            Some(Case { name, text })
        })
        .collect()
}

/// A valid plan that writes every reference key of every section, with æ ø å ä ö ids.
/// `{slot}` markers are where the generated cases put their values.
const BASE: &str = r#"id: plan-æøå
title: Plan med æ, ø og å
language: da
start: 2027-01-04
roles:
  tovholder-æø:
    owner: [Åse Ørsted]
    reports_to: ledelse-åäö
  ledelse-åäö:
    owner: Björn Åkesson
phases:
  før-start:
    duration: 3 måneder
    owner: tovholder-æø
  förankring:
    after: [før-start]
    duration: løbende
    owner: ledelse-åäö
activities:
  opstartsmøde:
    phase: før-start
    at: 2 uger
    responsible: tovholder-æø
    participants: [ledelse-åäö]
    audience: [brugere-på-ældreområdet]
    channel: Dialogmøde
    contributes_to: [læring-ø]
    track: spor-æø
  læringsmøde:
    phases: [før-start, förankring]
    after: opstartsmøde + 2 weeks
    every: 2 måneder
    responsible: ledelse-åäö
    contributes_to: [læring-ø]
  realitetstjek:
    before: læringsmøde - 2 uger
    every: 2 måneder
    responsible: ledelse-åäö
goals:
  læring-ø:
    statement: Vi lærer af sagerne
    owner: tovholder-æø
    phase: förankring
    track: spor-æø
    contributes_to: [mål-två]
  mål-två:
    statement: Borgerne mærker forskellen
    owner: ledelse-åäö
tracks:
  spor-æø:
    name: Spor med æ og ø
    owner: tovholder-æø
checklists:
  klar-på-start:
    phase: før-start
    owner: tovholder-æø
    items:
      - Er rollerne på plads?
      - { text: Er tiden givet?, owner: ledelse-åäö }
stakeholders:
  brugere-på-ældreområdet:
    name: Brugere
"#;

/// Ids both must accept, and strings neither may accept as an id.
const GOOD_IDS: &[&str] = &["æble-ø", "åäö", "søndag-2027", "x", "ü-9"];
const BAD_IDS: &[&str] = &[
    "Henrik Dahl",
    "Æble",
    "a--b",
    "-a",
    "a-",
    "a.b",
    "a/b",
    "café",
    "\"1\"",
    "con",
    "lpt9",
];

/// An id of `chars` characters (`å-øøø…`), valid up to 100.
fn long_id(chars: usize) -> String {
    format!("å-{}", "ø".repeat(chars.saturating_sub(2)))
}

/// A YAML scalar for `s` (quoted, so that `"1"` and `a: b` stay text).
fn quoted(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_default()
}

/// Replace the value of `key:` on the line under `entity:` (the first such line after it).
fn set_in(text: &str, entity: &str, key: &str, value: &str) -> Option<String> {
    let start = text.find(&format!("\n  {entity}:\n"))? + 1;
    let rel = text[start..].find(&format!("    {key}: "))?;
    let at = start + rel;
    let end = at + text[at..].find('\n')?;
    Some(format!("{}    {key}: {value}{}", &text[..at], &text[end..]))
}

/// Where each reference key is written in [`BASE`]: (mapping's keys, entity, key, whether it is a list).
fn reference_slots() -> Vec<(&'static str, &'static str, RefShape)> {
    fn refs(info: &'static [KeyInfo]) -> impl Iterator<Item = (&'static str, RefShape)> {
        info.iter()
            .filter_map(|k| k.refers.map(|r| (k.key, r.shape)))
    }
    let mut out = Vec::new();
    for (key, shape) in refs(Role::INFO) {
        out.push(("tovholder-æø", key, shape));
    }
    for (key, shape) in refs(Phase::INFO) {
        out.push(("förankring", key, shape));
    }
    for (key, shape) in refs(Activity::INFO) {
        let entity = if ["phases", "after"].contains(&key) {
            "læringsmøde"
        } else if key == "before" {
            "realitetstjek"
        } else {
            "opstartsmøde"
        };
        out.push((entity, key, shape));
    }
    for (key, shape) in refs(Goal::INFO) {
        out.push(("læring-ø", key, shape));
    }
    for (key, shape) in refs(Checklist::INFO) {
        out.push(("klar-på-start", key, shape));
    }
    out
}

fn generated_cases() -> Vec<Case> {
    let mut out = vec![Case {
        name: "generated/base.yaml".into(),
        text: BASE.into(),
    }];
    let mut add = |name: String, text: Option<String>| match text {
        Some(text) => out.push(Case { name, text }),
        None => panic!("the generator found no place for {name}"),
    };
    let slots = reference_slots();
    // Every declared reference key of the sections is written somewhere in BASE.
    assert!(slots.len() >= 14, "{slots:?}");
    let ids: Vec<String> = GOOD_IDS
        .iter()
        .chain(BAD_IDS)
        .map(|s| s.to_string())
        .chain([long_id(100), long_id(101)])
        .collect();
    for (entity, key, shape) in &slots {
        for (n, id) in ids.iter().enumerate() {
            let value = match shape {
                RefShape::One => quoted(id),
                RefShape::Many => format!("[{}]", quoted(id)),
                RefShape::IdThenOffset => quoted(&format!("{id} + 2 weeks")),
                RefShape::IdMinusOffset => quoted(&format!("{id} - 2 weeks")),
            };
            add(
                format!("generated/{entity}.{key}.{n}.yaml"),
                set_in(BASE, entity, key, &value),
            );
            if matches!(shape, RefShape::IdThenOffset | RefShape::IdMinusOffset) {
                add(
                    format!("generated/{entity}.{key}.{n}.bare.yaml"),
                    set_in(BASE, entity, key, &quoted(id)),
                );
            }
        }
    }
    // A checklist item's owner (a reference nested in a list of items).
    assert!(
        ItemDetail::INFO
            .iter()
            .any(|k| k.key == "owner" && k.refers.is_some())
    );
    for (n, id) in ids.iter().enumerate() {
        add(
            format!("generated/item-owner.{n}.yaml"),
            Some(BASE.replace("owner: ledelse-åäö }", &format!("owner: {} }}", quoted(id)))),
        );
        // The plan's own id, and an id as a section key.
        add(
            format!("generated/plan-id.{n}.yaml"),
            Some(BASE.replacen("id: plan-æøå", &format!("id: {}", quoted(id)), 1)),
        );
        add(
            format!("generated/section-key.{n}.yaml"),
            Some(BASE.replace(
                "stakeholders:\n  brugere-på-ældreområdet:",
                &format!(
                    "stakeholders:\n  brugere-på-ældreområdet:\n    name: B\n  {}:",
                    quoted(id)
                ),
            )),
        );
    }
    // Each required key left out, or written as null.
    for k in Plan::INFO.iter().filter(|k| k.required) {
        let line = BASE
            .lines()
            .find(|l| l.starts_with(&format!("{}: ", k.key)))
            .map(str::to_string);
        let line = line.unwrap_or_else(|| panic!("BASE writes the plan's `{}`", k.key));
        add(
            format!("generated/no-{}.yaml", k.key),
            Some(BASE.replacen(&format!("{line}\n"), "", 1)),
        );
        add(
            format!("generated/null-{}.yaml", k.key),
            Some(BASE.replacen(&line, &format!("{}:", k.key), 1)),
        );
    }
    for k in Phase::INFO.iter().filter(|k| k.required) {
        add(
            format!("generated/phase-no-{}.yaml", k.key),
            Some(BASE.replacen("    duration: 3 måneder\n", "", 1)),
        );
        add(
            format!("generated/phase-null-{}.yaml", k.key),
            Some(BASE.replacen("    duration: 3 måneder\n", &format!("    {}:\n", k.key), 1)),
        );
    }
    for k in UsesDetail::INFO.iter().filter(|k| k.required) {
        add(
            format!("generated/uses-no-{}.yaml", k.key),
            Some(BASE.replacen(
                "start: 2027-01-04\n",
                "start: 2027-01-04\nuses: { version: 1.x }\n",
                1,
            )),
        );
    }
    add(
        "generated/uses-path.yaml".into(),
        Some(BASE.replacen(
            "start: 2027-01-04\n",
            "start: 2027-01-04\nuses: { path: models/ics.yaml, version: 1.x }\n",
            1,
        )),
    );
    // Wrong types and unknown keys in a reference position.
    add(
        "generated/after-number.yaml".into(),
        set_in(BASE, "förankring", "after", "7"),
    );
    add(
        "generated/owner-list.yaml".into(),
        set_in(BASE, "før-start", "owner", "[tovholder-æø]"),
    );
    add(
        "generated/unknown-key.yaml".into(),
        set_in(BASE, "før-start", "owner", "tovholder-æø\n    ower: x"),
    );
    out
}

/// `check-jsonschema` on every file at once: the names it rejects, or `None` when it is
/// not installed.
fn external_rejections(dir: &Path, names: &[String]) -> Option<std::collections::HashSet<String>> {
    let mut cmd = std::process::Command::new("check-jsonschema");
    cmd.arg("--schemafile")
        .arg(repo().join("schemas/plan.schema.json"))
        .arg("--output-format")
        .arg("json")
        .current_dir(dir)
        .args(names);
    let output = match cmd.output() {
        Ok(o) => o,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return None,
        Err(e) => panic!("check-jsonschema did not run: {e}"),
    };
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap_or_else(|e| {
        panic!(
            "check-jsonschema printed no JSON ({e}):\n{}\n{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        )
    });
    let mut rejected = std::collections::HashSet::new();
    for key in ["errors", "parse_errors"] {
        for e in report[key].as_array().into_iter().flatten() {
            if let Some(f) = e["filename"].as_str() {
                rejected.insert(f.trim_start_matches("./").to_string());
            }
        }
    }
    Some(rejected)
}

#[test]
fn loader_and_external_validators_agree() {
    let schema = schema();
    let validator = jsonschema::validator_for(&schema).expect("the plan schema compiles");
    let mut cases = file_cases();
    let files = cases.len();
    cases.extend(generated_cases());
    assert!(files > 90, "the corpus found only {files} files");

    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut names = Vec::new();
    let mut compared = Vec::new();
    let mut disagree = Vec::new();
    for (n, case) in cases.iter().enumerate() {
        let Some(loader_ok) = loader_verdict(&case.name, &case.text) else {
            continue;
        };
        let mut sources = SourceMap::new();
        let file = sources.add(SourceFile::new(&case.name, case.text.as_str()));
        let source = sources.get(file).expect("just added");
        let Ok(node) = tovholder_core::yaml::parse(file, source, Lang::En) else {
            continue;
        };
        let errors: Vec<String> = validator
            .iter_errors(&to_json(&node))
            .map(|e| format!("{e} at {}", e.instance_path()))
            .collect();
        if errors.is_empty() != loader_ok {
            disagree.push(format!(
                "{}: loader says {}, jsonschema says {}",
                case.name,
                if loader_ok { "valid" } else { "invalid" },
                if errors.is_empty() {
                    "valid".to_string()
                } else {
                    format!("invalid ({})", errors.join("; "))
                }
            ));
        }
        let name = format!("case-{n:04}.yaml");
        std::fs::write(dir.path().join(&name), &case.text).expect("write a case");
        names.push(name.clone());
        compared.push((name, case.name.clone(), loader_ok));
    }
    assert!(
        compared.len() > 300,
        "only {} plans compared",
        compared.len()
    );
    assert!(
        compared.iter().any(|c| c.2) && compared.iter().any(|c| !c.2),
        "the corpus needs valid and invalid plans"
    );
    assert!(
        disagree.is_empty(),
        "the loader and jsonschema disagree:\n{}",
        disagree.join("\n")
    );

    let invalid = compared.iter().filter(|c| !c.2).count();
    eprintln!(
        "compared {} plans ({invalid} invalid) of {} ({files} files)",
        compared.len(),
        cases.len()
    );
    match external_rejections(dir.path(), &names) {
        Some(rejected) => {
            eprintln!("check-jsonschema rejected {} of them", rejected.len());
            let disagree: Vec<String> = compared
                .iter()
                .filter(|(name, _, ok)| rejected.contains(name) == *ok)
                .map(|(_, case, ok)| {
                    format!(
                        "{case}: loader says {}, check-jsonschema the opposite",
                        if *ok { "valid" } else { "invalid" }
                    )
                })
                .collect();
            assert!(
                disagree.is_empty(),
                "the loader and check-jsonschema disagree:\n{}",
                disagree.join("\n")
            );
        }
        None if std::env::var_os("CI").is_some() => {
            panic!(
                "check-jsonschema is not installed, and CI is set: install it (`pip install check-jsonschema`, as .ci/run does)"
            )
        }
        None => eprintln!(
            "SKIPPED the check-jsonschema half: it is not installed (`pip install check-jsonschema`); the jsonschema crate agreed"
        ),
    }
}

/// [`model::is_valid_id`] and [`model::ID_PATTERN`] accept exactly the same strings:
/// every string of up to four characters from an alphabet of id characters and
/// near-misses, and long ones around the 100-character limit.
#[test]
fn the_id_pattern_is_the_loaders_id() {
    let schema = model::id_schema();
    let validator = jsonschema::validator_for(&schema).expect("the id pattern compiles");
    let alphabet: Vec<char> = "az09-æøåäöüAÆ .é_\u{301}".chars().collect();
    let mut strings = vec![String::new()];
    let mut frontier = vec![String::new()];
    for _ in 0..4 {
        let mut next = Vec::new();
        for s in &frontier {
            for c in &alphabet {
                next.push(format!("{s}{c}"));
            }
        }
        strings.extend(next.iter().cloned());
        frontier = next;
    }
    strings.extend(model::RESERVED_IDS.iter().map(|s| s.to_string()));
    strings.extend(["con-1", "com10", "lpt0", "nul-x", "xcon"].map(String::from));
    strings.push(format!("{}æ", "a".repeat(99)));
    strings.push(format!("{}æ", "a".repeat(100)));
    for n in [99, 100, 101, 150] {
        strings.push("ø".repeat(n));
        strings.push(long_id(n));
        strings.push(format!("{}-", "a".repeat(n - 1)));
    }
    let mut wrong = Vec::new();
    for s in &strings {
        let by_pattern = validator.is_valid(&serde_json::Value::String(s.clone()));
        if by_pattern != model::is_valid_id(s) {
            wrong.push(format!(
                "{s:?}: pattern {by_pattern}, is_valid_id {}",
                model::is_valid_id(s)
            ));
        }
    }
    assert!(
        wrong.is_empty(),
        "{} disagreements, e.g.:\n{}",
        wrong.len(),
        wrong
            .iter()
            .take(20)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
    assert!(model::is_valid_id("læringsmøde") && !model::is_valid_id(&"a".repeat(101)));
}
