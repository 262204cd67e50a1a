//! JSON Schemas generated from the Rust types (`tovholder schema`, `schemas/*.json`).

/// The plan language's JSON Schema, pretty-printed with a trailing newline.
pub fn plan_schema_json() -> String {
    let mut schema = schemars::schema_for!(crate::model::Plan);
    schema.insert(
        "$id".into(),
        "https://tovholder.invalid/schemas/plan.schema.json".into(),
    );
    schema.insert("title".into(), "tovholder plan".into());
    // Required keys and the patterns of ids and references come from the mappings'
    // declarations (`model::declared_schema`); a definition they replaced is dropped.
    prune_unused_defs(&mut schema);
    let mut s = serde_json::to_string_pretty(&schema).unwrap_or_default();
    s.push('\n');
    s
}

/// The journal's JSON Schema (`kind: log`), pretty-printed with a trailing newline.
pub fn log_schema_json() -> String {
    let mut schema = schemars::schema_for!(crate::journal::Journal);
    schema.insert(
        "$id".into(),
        "https://tovholder.invalid/schemas/log.schema.json".into(),
    );
    schema.insert("title".into(), "tovholder journal".into());
    prune_unused_defs(&mut schema);
    let mut s = serde_json::to_string_pretty(&schema).unwrap_or_default();
    s.push('\n');
    s
}

/// Remove the `$defs` nothing refers to (any more), until none is left.
fn prune_unused_defs(schema: &mut schemars::Schema) {
    loop {
        let text = serde_json::to_string(schema.as_value()).unwrap_or_default();
        let Some(defs) = schema
            .as_object_mut()
            .and_then(|o| o.get_mut("$defs"))
            .and_then(|d| d.as_object_mut())
        else {
            return;
        };
        let unused: Vec<String> = defs
            .keys()
            .filter(|k| !text.contains(&format!("\"#/$defs/{k}\"")))
            .cloned()
            .collect();
        if unused.is_empty() {
            return;
        }
        for k in unused {
            defs.shift_remove(&k);
        }
    }
}

/// The compiled plan's JSON Schema.
pub fn compiled_schema_json() -> String {
    let mut schema = schemars::schema_for!(crate::compiled::CompiledPlan);
    schema.insert(
        "$id".into(),
        "https://tovholder.invalid/schemas/compiled.schema.json".into(),
    );
    schema.insert("title".into(), "tovholder compiled plan".into());
    let mut s = serde_json::to_string_pretty(&schema).unwrap_or_default();
    s.push('\n');
    s
}
