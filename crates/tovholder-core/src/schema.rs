//! JSON Schemas generated from the Rust types (`tovholder schema`, `schemas/*.json`).

/// The plan language's JSON Schema, pretty-printed with a trailing newline.
pub fn plan_schema_json() -> String {
    let mut schema = schemars::schema_for!(crate::model::Plan);
    schema.insert(
        "$id".into(),
        "https://tovholder.invalid/schemas/plan.schema.json".into(),
    );
    schema.insert("title".into(), "tovholder plan".into());
    // The loader reports a missing `id` or `title` (rule missing-key); say so in the schema too.
    schema.insert("required".into(), serde_json::json!(["id", "title"]));
    let mut s = serde_json::to_string_pretty(&schema).unwrap_or_default();
    s.push('\n');
    s
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
