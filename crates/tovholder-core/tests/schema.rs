//! The committed JSON Schema matches the Rust types, and the schema and the loader agree on keys.

use std::path::PathBuf;
use tovholder_core::model::{
    Activity, Baseline, Calendar, Checklist, Goal, ItemDetail, Phase, Plan, Remove, Role,
    Stakeholder, Target, UsesDetail,
};

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

#[test]
fn committed_plan_schema_is_fresh() {
    let path = repo().join("schemas/plan.schema.json");
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    let generated = tovholder_core::schema::plan_schema_json();
    assert!(
        committed == generated,
        "schemas/plan.schema.json is stale; regenerate it with:\n  cargo run -p tovholder -- schema > schemas/plan.schema.json"
    );
}

fn properties(schema: &serde_json::Value, def: Option<&str>) -> Vec<String> {
    let node = match def {
        Some(d) => &schema["$defs"][d],
        None => schema,
    };
    let mut keys: Vec<String> = node["properties"]
        .as_object()
        .map(|o| o.keys().cloned().collect())
        .unwrap_or_default();
    keys.sort();
    keys
}

fn sorted(keys: &[&str]) -> Vec<String> {
    let mut v: Vec<String> = keys.iter().map(|s| s.to_string()).collect();
    v.sort();
    v
}

#[test]
fn schema_and_loader_know_the_same_keys() {
    let schema: serde_json::Value =
        serde_json::from_str(&tovholder_core::schema::plan_schema_json()).expect("schema is JSON");
    assert_eq!(properties(&schema, None), sorted(Plan::KEYS));
    for (def, keys) in [
        ("Role", Role::KEYS),
        ("Phase", Phase::KEYS),
        ("Activity", Activity::KEYS),
        ("Goal", Goal::KEYS),
        ("Baseline", Baseline::KEYS),
        ("Target", Target::KEYS),
        ("Checklist", Checklist::KEYS),
        ("ItemDetail", ItemDetail::KEYS),
        ("Stakeholder", Stakeholder::KEYS),
        ("Calendar", Calendar::KEYS),
        ("UsesDetail", UsesDetail::KEYS),
        ("Remove", Remove::KEYS),
    ] {
        assert_eq!(
            properties(&schema, Some(def)),
            sorted(keys),
            "schema $defs/{def} disagrees with the loader"
        );
        assert_eq!(
            schema["$defs"][def]["additionalProperties"],
            serde_json::Value::Bool(false),
            "{def} must refuse unknown keys like the loader"
        );
    }
    let required: Vec<&str> = schema["required"]
        .as_array()
        .expect("required")
        .iter()
        .filter_map(|v| v.as_str())
        .collect();
    assert_eq!(required, ["id", "title"]);
}

#[test]
fn every_key_has_a_description() {
    let schema: serde_json::Value =
        serde_json::from_str(&tovholder_core::schema::plan_schema_json()).expect("schema is JSON");
    let mut missing = Vec::new();
    let mut visit = |name: &str, node: &serde_json::Value| {
        if let Some(props) = node["properties"].as_object() {
            for (k, v) in props {
                if v.get("description")
                    .and_then(|d| d.as_str())
                    .is_none_or(str::is_empty)
                {
                    missing.push(format!("{name}.{k}"));
                }
            }
        }
    };
    visit("Plan", &schema);
    for (name, def) in schema["$defs"].as_object().expect("defs") {
        visit(name, def);
    }
    assert!(
        missing.is_empty(),
        "keys without a doc comment: {missing:?}"
    );
}

#[test]
fn every_mapping_fits_the_written_bitmask() {
    for keys in [
        Plan::KEYS,
        Role::KEYS,
        Phase::KEYS,
        Activity::KEYS,
        Goal::KEYS,
        Baseline::KEYS,
        Target::KEYS,
        Checklist::KEYS,
        ItemDetail::KEYS,
        Stakeholder::KEYS,
        Calendar::KEYS,
        UsesDetail::KEYS,
        Remove::KEYS,
    ] {
        assert!(keys.len() <= 32, "`written` is a u32 bitmask: {keys:?}");
    }
}

#[test]
fn a_rejected_value_is_reported_once() {
    use tovholder_core::{CheckOptions, SourceFile, SourceMap};
    let text = "id: x\ntitle: y\nstart: 2027-02-30\nphases:\n  p: {duration: ongoing, exit_criteria: [a]}\nroles:\n  r: {owner: [A]}\nactivities:\n  a: {phase: p, every: 1 month, responsible: r, contributes_to: [g]}\ngoals:\n  g:\n    statement: s\n    indicator: i\n    owner: r\n    baseline: {value: 1, date: 2026-13-01}\n    target: {value: 2, by: soon}\n";
    let mut sources = SourceMap::new();
    let file = sources.add(SourceFile::new("t.yaml", text));
    let checked = tovholder_core::check(&sources, file, &CheckOptions::default());
    let rules: Vec<&str> = checked.diags.iter().map(|d| d.rule.name).collect();
    assert_eq!(
        rules,
        ["invalid-value", "invalid-value", "invalid-value"],
        "{:#?}",
        checked.diags
    );
    // but a blank (null) start is still missing
    let text = text.replace("start: 2027-02-30", "start:");
    let mut sources = SourceMap::new();
    let file = sources.add(SourceFile::new("t.yaml", text));
    let checked = tovholder_core::check(&sources, file, &CheckOptions::default());
    assert!(checked.diags.iter().any(|d| d.rule == "plan-without-start"));
}

#[test]
fn committed_log_schema_is_fresh() {
    let path = repo().join("schemas/log.schema.json");
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    let generated = tovholder_core::schema::log_schema_json();
    assert!(
        committed == generated,
        "schemas/log.schema.json is stale; regenerate it with:\n  cargo run -p tovholder -- schema --log > schemas/log.schema.json"
    );
}

#[test]
fn log_schema_and_loader_know_the_same_keys() {
    use tovholder_core::journal::{Entry, Journal};
    let schema: serde_json::Value =
        serde_json::from_str(&tovholder_core::schema::log_schema_json()).expect("schema is JSON");
    assert_eq!(properties(&schema, None), sorted(Journal::KEYS));
    assert_eq!(properties(&schema, Some("Entry")), sorted(Entry::KEYS));
}
