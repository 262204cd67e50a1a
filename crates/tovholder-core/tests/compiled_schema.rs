//! The committed JSON Schema of the compiled plan matches the Rust types, and a real
//! compiled plan writes only keys the schema describes and every key it requires.

use std::path::PathBuf;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

#[test]
fn committed_compiled_schema_is_fresh() {
    let path = repo().join("schemas/compiled.schema.json");
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    let generated = tovholder_core::schema::compiled_schema_json();
    assert!(
        committed == generated,
        "schemas/compiled.schema.json is stale; regenerate it with:\n  cargo run -p tovholder -- compile --schema > schemas/compiled.schema.json"
    );
}

/// Resolve `{"$ref": "#/$defs/X"}` (also inside `anyOf` for nullable objects).
fn resolve<'a>(
    schema: &'a serde_json::Value,
    node: &'a serde_json::Value,
) -> &'a serde_json::Value {
    let r = node.get("$ref").and_then(|r| r.as_str()).or_else(|| {
        node.get("anyOf")?
            .as_array()?
            .iter()
            .find_map(|n| n.get("$ref").and_then(|r| r.as_str()))
    });
    match r.and_then(|r| r.strip_prefix("#/$defs/")) {
        Some(name) => &schema["$defs"][name],
        None => node,
    }
}

/// Every object in `value` has exactly the properties its schema node lists, all described.
fn agree(
    schema: &serde_json::Value,
    node: &serde_json::Value,
    value: &serde_json::Value,
    path: &str,
) {
    let node = resolve(schema, node);
    match value {
        serde_json::Value::Object(map) => {
            let props = node["properties"]
                .as_object()
                .unwrap_or_else(|| panic!("{path}: the schema has no properties here"));
            // Every key written is in the schema; a key of the schema not written here
            // is one the format leaves out when empty (not `required`: `as_of` and
            // `follow_up` without a journal, `model` without `uses`, `tracks`, …).
            let required: Vec<&str> = node["required"]
                .as_array()
                .map(|r| r.iter().filter_map(|k| k.as_str()).collect())
                .unwrap_or_default();
            let mut unknown: Vec<&String> =
                map.keys().filter(|k| !props.contains_key(*k)).collect();
            unknown.sort();
            assert!(
                unknown.is_empty(),
                "{path}: keys not in the schema: {unknown:?}"
            );
            let mut missing: Vec<&str> = required
                .iter()
                .copied()
                .filter(|k| !map.contains_key(*k))
                .collect();
            missing.sort_unstable();
            assert!(
                missing.is_empty(),
                "{path}: required keys not written: {missing:?}"
            );
            for (k, v) in map {
                let p = &props[k];
                assert!(
                    p.get("description").is_some()
                        || resolve(schema, p).get("description").is_some(),
                    "{path}.{k} has no description in the schema"
                );
                agree(schema, p, v, &format!("{path}.{k}"));
            }
        }
        serde_json::Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                agree(schema, &node["items"], v, &format!("{path}[{i}]"));
            }
        }
        _ => {}
    }
}

#[test]
fn a_compiled_plan_uses_the_schema_keys() {
    let text = std::fs::read_to_string(repo().join("examples/ics-eksempel-kommune.yaml"))
        .expect("example plan");
    let mut sources = tovholder_core::SourceMap::new();
    let file = sources.add(tovholder_core::SourceFile::new(
        "ics-eksempel-kommune.yaml",
        text,
    ));
    let checked = tovholder_core::check(&sources, file, &Default::default());
    let compiled = checked.compiled(&sources).expect("compiled");
    let value = serde_json::to_value(&compiled).expect("serializes");
    let schema: serde_json::Value =
        serde_json::from_str(&tovholder_core::schema::compiled_schema_json())
            .expect("schema is JSON");
    agree(&schema, &schema, &value, "$");
    // The example fills every section, so every struct of the format was visited.
    for section in [
        "roles",
        "phases",
        "activities",
        "goals",
        "checklists",
        "stakeholders",
    ] {
        assert!(
            value[section].as_array().is_some_and(|a| !a.is_empty()),
            "{section}"
        );
    }
    assert_eq!(
        value["format_version"],
        tovholder_core::compiled::COMPILED_FORMAT_VERSION
    );
}
