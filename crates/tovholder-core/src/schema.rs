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
    for_editors(&mut schema);
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
    for_editors(&mut schema);
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

/// What editors without tovholder's own language server need from the schema
/// (yaml-language-server, VS Code's YAML extension, IntelliJ, …), added to the
/// schema the types generate:
///
/// - `markdownDescription` beside every `description`, so `code` shows as code in
///   hovers;
/// - a property's own description on the `$ref` it points through (an editor's
///   hover otherwise shows the shared type's), with the type's text after it in the
///   Markdown;
/// - `patternErrorMessage` for every pattern: a sentence instead of a regex;
/// - the unit words of durations, intervals, lengths and granted hours spelt out in
///   their patterns (`3 monts` and `2 hourz` are errors in the editor, as in the
///   loader), built from the words [`crate::duration`] accepts;
/// - a key with no value (`owner:`, which the loader reads as "not given") is still
///   valid, but no longer through `{"type": "null"}`: that is offered as a `null`
///   completion. It is `{"not": {"type": [everything but null]}}`, which accepts
///   exactly null and offers nothing.
fn for_editors(schema: &mut schemars::Schema) {
    let units = Units::from_duration_rs();
    let value = schema.as_value().clone();
    let defs = value
        .get("$defs")
        .and_then(|d| d.as_object())
        .cloned()
        .unwrap_or_default();
    let mut root = value;
    if let Some(defs) = root.get_mut("$defs").and_then(|d| d.as_object_mut()) {
        for (name, def) in defs.iter_mut() {
            if let Some((pattern, message)) = units.pattern_for(name)
                && let Some(o) = def.as_object_mut()
            {
                o.insert("pattern".into(), pattern.into());
                o.insert("patternErrorMessage".into(), message.into());
            }
        }
    }
    walk(&mut root, &defs, &units);
    if let Ok(s) = schemars::Schema::try_from(root) {
        *schema = s;
    }
}

/// Everything but null, for [`null_only`].
const NOT_NULL: [&str; 5] = ["string", "number", "boolean", "array", "object"];

/// A schema that accepts exactly `null` and names no type (no completion).
fn null_only() -> serde_json::Value {
    serde_json::json!({ "not": { "type": NOT_NULL } })
}

fn is_null_type(v: &serde_json::Value) -> bool {
    v.as_object()
        .is_some_and(|o| o.len() == 1 && o.get("type").and_then(|t| t.as_str()) == Some("null"))
}

fn walk(
    node: &mut serde_json::Value,
    defs: &serde_json::Map<String, serde_json::Value>,
    units: &Units,
) {
    use serde_json::Value;
    match node {
        Value::Array(items) => items.iter_mut().for_each(|v| walk(v, defs, units)),
        Value::Object(o) => {
            // `"type": ["string", "null"]` → anyOf string / null-only.
            if let Some(Value::Array(types)) = o.get("type").cloned()
                && types.iter().any(|t| t == "null")
            {
                let rest: Vec<Value> = types.into_iter().filter(|t| t != "null").collect();
                o.remove("type");
                let typed = match <[Value; 1]>::try_from(rest) {
                    Ok([one]) => serde_json::json!({ "type": one }),
                    Err(rest) => serde_json::json!({ "type": rest }),
                };
                o.insert("anyOf".into(), serde_json::json!([typed, null_only()]));
            }
            if let Some(Value::Array(any)) = o.get_mut("anyOf") {
                for v in any.iter_mut() {
                    if is_null_type(v) {
                        *v = null_only();
                    }
                }
            }
            // A property's own words on the `$ref` it points through.
            if let Some(own) = o
                .get("description")
                .and_then(|d| d.as_str())
                .map(str::to_string)
            {
                let refs: Vec<&mut serde_json::Map<String, Value>> = match o.get_mut("anyOf") {
                    Some(Value::Array(any)) => any
                        .iter_mut()
                        .filter_map(|v| v.as_object_mut())
                        .filter(|v| v.contains_key("$ref"))
                        .collect(),
                    _ => Vec::new(),
                };
                for r in refs {
                    let markdown = with_type_words(&own, r, defs);
                    r.insert("description".into(), own.clone().into());
                    r.insert("markdownDescription".into(), markdown.into());
                }
                let markdown = if o.contains_key("$ref") {
                    with_type_words(&own, o, defs)
                } else {
                    own.clone()
                };
                o.insert("markdownDescription".into(), markdown.into());
            }
            if let Some(pattern) = o.get("pattern").and_then(|p| p.as_str())
                && !o.contains_key("patternErrorMessage")
            {
                let message = units.message_for_pattern(pattern);
                o.insert("patternErrorMessage".into(), message.into());
            }
            // Texts are strings (left alone); a property may be *named* `description`.
            for v in o.values_mut() {
                walk(v, defs, units);
            }
        }
        _ => {}
    }
}

/// The property's words, then the referenced type's (when it has its own).
fn with_type_words(
    own: &str,
    r: &serde_json::Map<String, serde_json::Value>,
    defs: &serde_json::Map<String, serde_json::Value>,
) -> String {
    let name = r
        .get("$ref")
        .and_then(|v| v.as_str())
        .and_then(|s| s.strip_prefix("#/$defs/"));
    let theirs = name
        .and_then(|n| defs.get(n))
        .and_then(|d| d.get("description"))
        .and_then(|d| d.as_str());
    match theirs {
        Some(t) if t != own => format!("{own}\n\n{t}"),
        _ => own.to_string(),
    }
}

/// The unit words the loader reads (`duration.rs`): of lengths (`length`), else of
/// calendar windows. `check --fix` compares a suggestion with them.
pub fn unit_words(length: bool) -> Vec<String> {
    let u = Units::from_duration_rs();
    if length { u.length } else { u.calendar }
}

/// The unit words the loader accepts (`duration.rs`), sorted longest first.
struct Units {
    /// Calendar units: `day`, `uger`, `månader`, …
    calendar: Vec<String>,
    /// `ongoing`, `løbende`, `löpande`.
    ongoing: Vec<String>,
    /// Length units: `hours`, `timer`, `min`, …
    length: Vec<String>,
    /// The week and month words of granted hours.
    per_unit: Vec<String>,
}

impl Units {
    /// Every string literal of `duration.rs`'s code that the parser accepts in each
    /// place: the words are declared once there, as literals in its `match`es, and
    /// whatever is added there flows into the schema; each word here is checked by
    /// the parser itself, so the schema never lists a word the loader refuses.
    fn from_duration_rs() -> Units {
        use crate::duration as d;
        let code = include_str!("duration.rs");
        let code = code.split("#[cfg(test)]").next().unwrap_or(code);
        let mut words: Vec<String> = Vec::new();
        let mut rest = code;
        while let Some(start) = rest.find('"') {
            let after = &rest[start + 1..];
            let Some(end) = after.find('"') else { break };
            let w = &after[..end];
            if !w.is_empty()
                && w.len() <= 16
                && !w.contains(char::is_whitespace)
                && !w.contains('\\')
            {
                words.push(w.to_lowercase());
            }
            rest = &after[end + 1..];
        }
        words.sort();
        words.dedup();
        let pick = |f: &dyn Fn(&str) -> bool| -> Vec<String> {
            let mut v: Vec<String> = words.iter().filter(|w| f(w)).cloned().collect();
            v.sort_by(|a, b| b.chars().count().cmp(&a.chars().count()).then(a.cmp(b)));
            v
        };
        let calendar = pick(&|w| d::parse_range(&format!("2 {w}")).is_ok());
        let length = pick(&|w| d::parse_length(&format!("2 {w}")).is_ok());
        let ongoing = pick(&|w| matches!(d::parse_duration(w), Ok(d::Duration::Ongoing)));
        let per_unit = pick(&|w| d::parse_hours(&format!("4 per {w}")).is_ok());
        Units {
            calendar,
            ongoing,
            length,
            per_unit,
        }
    }

    /// The pattern and its message for a `$defs` entry of a duration type. The
    /// loader reads much more than `N unit` (`hver anden måned`, `1½ time`, `1 time og
    /// 30 minutter`, `3 måneder - 2 år`, number words), so the pattern asks only what
    /// every form has: it ends in a unit word the loader knows, after a space, a digit
    /// or a dash. What comes before is left to `tovholder check`.
    fn pattern_for(&self, def: &str) -> Option<(String, String)> {
        let ending = |units: &[String]| {
            format!(
                r"(?:^\s*|^.*[^A-Za-zæøåÆØÅäöÄÖüÜéÉ])(?:{})\s*$",
                alternatives(units)
            )
        };
        Some(match def {
            "Interval" => (
                ending(&self.calendar),
                format!(
                    "Write `N unit` or `N-M unit`, e.g. `2 weeks`, `1-3 måneder`, `6 månader`, `hver anden måned`. The last word is a unit. Units: {}.",
                    self.listed(&self.calendar)
                ),
            ),
            "Duration" => (
                format!(
                    r"{}|^\s*(?:{})\s*$",
                    ending(&self.calendar),
                    alternatives(&self.ongoing)
                ),
                format!(
                    "Write `N unit`, `N-M unit` or `{}`, e.g. `8 months`, `1-3 måneder`. The last word is a unit. Units: {}.",
                    self.ongoing.join("` / `"),
                    self.listed(&self.calendar)
                ),
            ),
            "Length" => (
                ending(&self.length),
                format!(
                    "Write the length of one occurrence, e.g. `2 hours`, `1,5 timer`, `90 minutes`, `halvanden time`, or working days: `2 dage`. The last word is a unit. Units: {}.",
                    self.listed(&self.length)
                ),
            ),
            "DayLength" => (
                ending(&self.length),
                "Write how long a working day is, in hours and minutes: `7,4 timer`, `8 timmar`, `7 timer og 24 minutter`, at most 24 hours.".to_string(),
            ),
            "Hours" => (
                // The amount is a number or a length in words (`to timer`,
                // `halvanden time`): left to `tovholder check`, as for lengths.
                format!(
                    r"^\s*\S(?:.*\S)?\s+(?:{})\s*$",
                    alternatives(&self.per_unit)
                ),
                format!(
                    "Write granted hours per week or per month: `4 per week`, `4 timer om ugen`, `to timer om ugen`, `8 pr. måned`, `4 tim per vecka`. Weeks and months: {}.",
                    self.listed(&self.per_unit)
                ),
            ),
            _ => return None,
        })
    }

    /// The message for a pattern outside the duration types (ids, dates, …).
    fn message_for_pattern(&self, pattern: &str) -> String {
        let id = crate::model::id_regex();
        if pattern == id {
            "An id: lower-case letters (æ ø å ä ö ü too), digits and single hyphens, at most 100 characters, e.g. `superbruger` or `klar-parat-start`.".into()
        } else if pattern == crate::model::after_regex() {
            "An activity id, optionally followed by `+` and an offset: `opstartsmoede + 2 weeks`."
                .into()
        } else if pattern.contains(r"\.\.") {
            "A closed period `YYYY-MM-DD..YYYY-MM-DD` or one closed day `YYYY-MM-DD`.".into()
        } else if pattern.contains("[:.]") {
            "A time of day, `HH:MM`, e.g. `09:30`.".into()
        } else if pattern.contains("[0-9]{4}-[0-9]{2}-[0-9]{2}") {
            "A date, `YYYY-MM-DD`, e.g. `2027-01-04`.".into()
        } else {
            "This value is not written the way tovholder reads it; `tovholder check` says what is wrong.".into()
        }
    }

    /// The words as a list for a message, shortest first.
    fn listed(&self, words: &[String]) -> String {
        let mut w: Vec<&str> = words.iter().map(String::as_str).collect();
        w.sort_by_key(|s| s.chars().count());
        w.join(", ")
    }
}

/// A regex alternation of words, each letter matched in either case (the loader
/// lower-cases before it reads), special characters escaped.
fn alternatives(words: &[String]) -> String {
    words
        .iter()
        .map(|w| {
            w.chars()
                .map(|c| {
                    let upper: String = c.to_uppercase().collect();
                    if c.is_alphabetic() && upper != c.to_string() && upper.chars().count() == 1 {
                        format!("[{c}{upper}]")
                    } else if r"\^$.|?*+()[]{}/".contains(c) {
                        format!("\\{c}")
                    } else {
                        c.to_string()
                    }
                })
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("|")
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

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn the_unit_words_come_from_the_parser() {
        let u = Units::from_duration_rs();
        for w in [
            "months", "måneder", "månader", "uge", "veckor", "år", "days",
        ] {
            assert!(u.calendar.iter().any(|c| c == w), "{w}: {:?}", u.calendar);
        }
        for w in ["hours", "timer", "timmar", "min", "minutter"] {
            assert!(u.length.iter().any(|c| c == w), "{w}: {:?}", u.length);
        }
        assert!(u.ongoing.iter().any(|w| w == "løbende"));
        assert!(u.per_unit.iter().any(|w| w == "ugen"), "{:?}", u.per_unit);
        assert!(u.per_unit.iter().any(|w| w == "vecka"), "{:?}", u.per_unit);
        assert!(!u.calendar.iter().any(|w| w == "monts"));
    }
}
