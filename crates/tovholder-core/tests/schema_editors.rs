//! The plan schema as editors without tovholder's language server use it: a
//! misspelt unit (`3 monts`, `2 hourz`) and a missing required key are errors, with
//! a readable message, under two validators that are not tovholder's — the
//! `jsonschema` crate and `check-jsonschema` (installed by `.ci/run`; without it that
//! half skips, unless `CI` is set). Every example and model still validates.
//! `scripts/test-yaml-language-server.py` (run by `.ci/run`) does the same in
//! yaml-language-server itself, with hovers and completions.

use std::path::{Path, PathBuf};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

const PLAN: &str = "id: ics-nordby
title: Implementering af ICS i Nordby
language: da
start: 2027-01-04
roles:
  superbruger:
    owner: [Anna Jensen]
    hours: 4 timer om ugen
phases:
  i-gang:
    duration: 3 måneder
    exit_criteria: [ICS bruges i alle nye sager]
activities:
  laeringsmoede:
    phase: i-gang
    every: 2 Måneder
    length: 1,5 timer
    responsible: superbruger
";

/// (name, the plan with one mistake, a word the validator's message must contain)
fn broken() -> Vec<(&'static str, String, &'static str)> {
    vec![
        (
            "duration-monts",
            PLAN.replace("duration: 3 måneder", "duration: 3 monts"),
            "Units:",
        ),
        (
            "every-monts",
            PLAN.replace("every: 2 Måneder", "every: 2 monts"),
            "Units:",
        ),
        (
            "length-hourz",
            PLAN.replace("length: 1,5 timer", "length: 2 hourz"),
            "length of one occurrence",
        ),
        (
            "hours-per-year",
            PLAN.replace("hours: 4 timer om ugen", "hours: 4 per år"),
            "per week or per month",
        ),
        (
            "no-duration",
            PLAN.replace("    duration: 3 måneder\n", ""),
            "duration",
        ),
        (
            "no-title",
            PLAN.replace("title: Implementering af ICS i Nordby\n", ""),
            "title",
        ),
    ]
}

fn to_json(text: &str) -> serde_json::Value {
    use tovholder_core::yaml::{Node, NodeKind};
    use tovholder_core::{Lang, SourceFile, SourceMap};
    fn conv(node: &Node) -> serde_json::Value {
        use serde_json::Value;
        match &node.kind {
            NodeKind::Null => Value::Null,
            NodeKind::Bool(b) => Value::Bool(*b),
            NodeKind::Int(i) => Value::from(*i),
            NodeKind::Float(f) => {
                serde_json::Number::from_f64(*f).map_or(Value::Null, Value::Number)
            }
            NodeKind::Str(s) => Value::String(s.to_string()),
            NodeKind::Seq(items) => Value::Array(items.iter().map(conv).collect()),
            NodeKind::Map(entries) => Value::Object(
                entries
                    .iter()
                    .map(|(k, v)| (conv(k).as_str().unwrap_or_default().to_string(), conv(v)))
                    .collect(),
            ),
        }
    }
    let mut sources = SourceMap::new();
    let file = sources.add(SourceFile::new("p.yaml", text));
    let source = sources.get(file).expect("added");
    conv(&tovholder_core::yaml::parse(file, source, Lang::En).expect("YAML"))
}

fn schema() -> serde_json::Value {
    let text = std::fs::read_to_string(repo().join("schemas/plan.schema.json")).expect("schema");
    serde_json::from_str(&text).expect("JSON")
}

#[test]
fn the_loader_reads_the_plan_and_refuses_each_mistake() {
    use tovholder_core::{CheckOptions, SourceFile, SourceMap};
    let check = |text: &str| {
        let mut sources = SourceMap::new();
        let file = sources.add(SourceFile::new("p.yaml", text));
        let checked = tovholder_core::check(&sources, file, &CheckOptions::default());
        checked
            .diags
            .iter()
            .filter(|d| d.level == tovholder_core::Level::Error)
            .map(|d| d.rule.name)
            .collect::<Vec<_>>()
    };
    assert_eq!(check(PLAN), Vec::<&str>::new());
    for (name, text, _) in broken() {
        assert!(!check(&text).is_empty(), "{name}: the loader accepts it");
    }
}

#[test]
fn the_schema_refuses_misspelt_units_and_missing_keys_with_a_message() {
    let schema = schema();
    let validator = jsonschema::validator_for(&schema).expect("compiles");
    assert!(
        validator.is_valid(&to_json(PLAN)),
        "{:?}",
        validator
            .iter_errors(&to_json(PLAN))
            .map(|e| e.to_string())
            .collect::<Vec<_>>()
    );
    let text = serde_json::to_string(&schema).expect("JSON");
    for (name, plan, needle) in broken() {
        let errors: Vec<String> = validator
            .iter_errors(&to_json(&plan))
            .map(|e| e.to_string())
            .collect();
        assert!(!errors.is_empty(), "{name}: the schema accepts it");
        // The readable message is in the schema beside the pattern (the crate prints
        // the pattern; editors print patternErrorMessage).
        assert!(text.contains(needle), "{name}: no message with {needle:?}");
    }
    // Every pattern has a message; no `{"type": "null"}` is left to be offered.
    fn visit(v: &serde_json::Value, bad: &mut Vec<String>) {
        match v {
            serde_json::Value::Object(o) => {
                if o.contains_key("pattern") && !o.contains_key("patternErrorMessage") {
                    bad.push(format!("pattern without message: {}", o["pattern"]));
                }
                if o.get("type").is_some_and(|t| {
                    t == "null" || t.as_array().is_some_and(|a| a.iter().any(|t| t == "null"))
                }) {
                    bad.push("a null type".into());
                }
                if o.get("description").is_some_and(|d| d.is_string())
                    && !o.contains_key("markdownDescription")
                {
                    bad.push(format!(
                        "description without markdownDescription: {}",
                        o["description"]
                    ));
                }
                o.values().for_each(|v| visit(v, bad));
            }
            serde_json::Value::Array(a) => a.iter().for_each(|v| visit(v, bad)),
            _ => {}
        }
    }
    for file in ["schemas/plan.schema.json", "schemas/log.schema.json"] {
        let s: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(repo().join(file)).expect("read"))
                .expect("JSON");
        let mut bad = Vec::new();
        visit(&s, &mut bad);
        assert!(bad.is_empty(), "{file}: {bad:#?}");
    }
}

#[test]
fn check_jsonschema_agrees() {
    let dir = tempfile::tempdir().expect("tmp");
    let mut names = Vec::new();
    for (name, text, _) in broken() {
        let file = format!("{name}.yaml");
        std::fs::write(dir.path().join(&file), text).expect("write");
        names.push(file);
    }
    std::fs::write(dir.path().join("good.yaml"), PLAN).expect("write");
    let run = |files: &[String]| {
        std::process::Command::new("check-jsonschema")
            .arg("--schemafile")
            .arg(repo().join("schemas/plan.schema.json"))
            .args(files)
            .current_dir(dir.path())
            .output()
    };
    let good = match run(&["good.yaml".to_string()]) {
        Ok(o) => o,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            assert!(
                std::env::var_os("CI").is_none(),
                "check-jsonschema is not installed, and CI is set"
            );
            eprintln!(
                "SKIPPED: check-jsonschema is not installed (`pip install check-jsonschema`)"
            );
            return;
        }
        Err(e) => panic!("check-jsonschema: {e}"),
    };
    assert!(
        good.status.success(),
        "{}",
        String::from_utf8_lossy(&good.stdout)
    );
    for name in names {
        let out = run(std::slice::from_ref(&name)).expect("runs");
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(!out.status.success(), "check-jsonschema accepts {name}");
        eprintln!(
            "{name}: {}",
            text.lines()
                .filter(|l| l.contains("$."))
                .collect::<Vec<_>>()
                .join(" | ")
        );
    }
}

/// `TOVHOLDER_WRITE_SCHEMAS=1 cargo test -p tovholder-core --test schema_editors`
/// writes `schemas/plan.schema.json` and `schemas/log.schema.json` from the code
/// (the same as `tovholder schema [--log]`, without building the binary).
#[test]
fn write_schemas_when_asked() {
    if std::env::var_os("TOVHOLDER_WRITE_SCHEMAS").is_none() {
        return;
    }
    std::fs::write(
        repo().join("schemas/plan.schema.json"),
        tovholder_core::schema::plan_schema_json(),
    )
    .expect("write the plan schema");
    std::fs::write(
        repo().join("schemas/log.schema.json"),
        tovholder_core::schema::log_schema_json(),
    )
    .expect("write the log schema");
}

/// Every string `duration.rs` writes (its words and its tests' examples: `hver anden
/// måned`, `1½ time`, `3 måneder - 2 år`, …) that the loader reads as a duration,
/// interval, length or granted hours, the schema's pattern for that type accepts:
/// the schema never flags in the editor what `tovholder check` reads. Words added to
/// `duration.rs` are held to this as they are added.
#[test]
fn the_patterns_accept_everything_the_loader_reads() {
    use tovholder_core::duration as d;
    let schema: serde_json::Value =
        serde_json::from_str(&tovholder_core::schema::plan_schema_json()).expect("JSON");
    let source = include_str!("../src/duration.rs");
    let mut strings: Vec<String> = Vec::new();
    let mut rest = source;
    while let Some(start) = rest.find('"') {
        let after = &rest[start + 1..];
        let Some(end) = after.find('"') else { break };
        strings.push(after[..end].to_string());
        rest = &after[end + 1..];
    }
    for w in strings.clone() {
        strings.push(format!("2 {w}"));
        strings.push(format!("1-3 {w}"));
        strings.push(w.to_uppercase());
    }
    type Reads = fn(&str) -> bool;
    let kinds: [(&str, Reads); 4] = [
        ("Interval", |s| {
            d::parse_range(s).is_ok() || d::parse_interval(s).is_ok()
        }),
        ("Duration", |s| d::parse_duration(s).is_ok()),
        ("Length", |s| d::parse_length(s).is_ok()),
        ("Hours", |s| d::parse_hours(s).is_ok()),
    ];
    let mut wrong = Vec::new();
    let mut read = 0;
    for (def, reads) in kinds {
        let node = &schema["$defs"][def];
        let pattern = node["pattern"].as_str().expect("a pattern");
        let validator = jsonschema::validator_for(&serde_json::json!({ "pattern": pattern }))
            .expect("the pattern compiles");
        for s in &strings {
            if reads(s) {
                read += 1;
                if !validator.is_valid(&serde_json::Value::String(s.clone())) {
                    wrong.push(format!(
                        "{def}: {s:?} is read by the loader, refused by the schema"
                    ));
                }
            }
        }
        for bad in ["3 monts", "2 hourz", "2 ugr"] {
            let refused = !reads(bad);
            if refused && def != "Hours" {
                assert!(
                    !validator.is_valid(&serde_json::Value::String(bad.into())),
                    "{def}: the schema accepts {bad:?}"
                );
            }
        }
    }
    assert!(read > 200, "only {read} strings read");
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
