use crate::messages::{LoadMsg, Text};

pub(crate) fn text(m: &LoadMsg) -> Text {
    match m {
        LoadMsg::MissingKey { key, mapping, id } => missing_key(key, mapping, id.as_deref()),
        LoadMsg::InvalidReference { key, id, target } => invalid_reference(key, id, target),
    }
}

/// A required key not written: at the top level, in `uses`, or in an entity.
fn missing_key(key: &str, mapping: &str, id: Option<&str>) -> Text {
    let noun = match mapping {
        "roles" => Some("role"),
        "phases" => Some("phase"),
        "activities" => Some("activity"),
        "goals" => Some("goal"),
        "checklists" => Some("checklist"),
        "stakeholders" => Some("stakeholder"),
        _ => None,
    };
    match (mapping, noun, id) {
        ("plan", ..) => Text::new(format!("the plan has no `{key}`"))
            .label("at the top level")
            .help(match key {
                "id" => "add `id: my-plan` (kebab-case; used for file names and calendar UIDs)"
                    .to_string(),
                "title" => "add `title: …`, the title printed on every document".to_string(),
                _ => format!("add `{key}: …`"),
            }),
        ("uses", ..) => Text::new(format!("`uses` needs a `{key}`")).label(match key {
            "path" => "no path".to_string(),
            _ => format!("no `{key}`"),
        }),
        (_, Some(noun), Some(id)) => Text::new(format!("the {noun} `{id}` has no `{key}`"))
            .label(match key {
                "duration" => "no duration".to_string(),
                _ => format!("no `{key}`"),
            })
            .help(match key {
                "duration" => {
                    "add e.g. `duration: 3-6 months`, or `duration: ongoing` for a sustainment phase"
                        .to_string()
                }
                _ => format!("add `{key}: …`"),
            }),
        _ => Text::new(format!("`{mapping}` has no `{key}`"))
            .label(format!("no `{key}`"))
            .help(format!("add `{key}: …`")),
    }
}

/// A reference that is not written as an id.
fn invalid_reference(key: &str, id: &str, target: &str) -> Text {
    let noun = match target {
        "roles" => "a role",
        "phases" => "a phase",
        "activities" => "an activity",
        "goals" => "a goal",
        "checklists" => "a checklist",
        "stakeholders" => "a stakeholder",
        _ => "an entity",
    };
    Text::new(format!("`{key}` refers to {noun}, but `{id}` is not an id"))
        .label("not an id")
        .help("write the id, not the name: lower-case letters, digits and hyphens, e.g. `klar-parat-start`")
}
