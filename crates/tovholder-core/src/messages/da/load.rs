use crate::messages::{LoadMsg, Text};

pub(crate) fn text(m: &LoadMsg) -> Text {
    match m {
        LoadMsg::MissingKey { key, mapping, id } => missing_key(key, mapping, id.as_deref()),
        LoadMsg::InvalidReference { key, id, target } => invalid_reference(key, id, target),
    }
}

/// En påkrævet nøgle, der ikke er skrevet: på øverste niveau, i `uses` eller i en enhed.
fn missing_key(key: &str, mapping: &str, id: Option<&str>) -> Text {
    let noun = match mapping {
        "roles" => Some("rollen"),
        "phases" => Some("fasen"),
        "activities" => Some("aktiviteten"),
        "goals" => Some("målet"),
        "checklists" => Some("tjeklisten"),
        "stakeholders" => Some("interessenten"),
        _ => None,
    };
    match (mapping, noun, id) {
        ("plan", ..) => Text::new(format!("planen mangler `{key}`"))
            .label("på øverste niveau")
            .help(match key {
                "id" => "tilføj `id: min-plan` (små bogstaver og bindestreger; bruges til filnavne og kalender-UID'er)"
                    .to_string(),
                "title" => "tilføj `title: …`, titlen der står på alle dokumenter".to_string(),
                _ => format!("tilføj `{key}: …`"),
            }),
        ("uses", ..) => Text::new(format!("`uses` skal have en `{key}`")).label(match key {
            "path" => "ingen sti".to_string(),
            _ => format!("ingen `{key}`"),
        }),
        (_, Some(noun), Some(id)) => Text::new(format!("{noun} `{id}` har ingen `{key}`"))
            .label(match key {
                "duration" => "ingen varighed".to_string(),
                _ => format!("ingen `{key}`"),
            })
            .help(match key {
                "duration" => {
                    "tilføj fx `duration: 3-6 måneder`, eller `duration: løbende` for en forankringsfase"
                        .to_string()
                }
                _ => format!("tilføj `{key}: …`"),
            }),
        _ => Text::new(format!("`{mapping}` mangler `{key}`"))
            .label(format!("ingen `{key}`"))
            .help(format!("tilføj `{key}: …`")),
    }
}

/// En henvisning, der ikke er skrevet som et id.
fn invalid_reference(key: &str, id: &str, target: &str) -> Text {
    let noun = match target {
        "roles" => "en rolle",
        "phases" => "en fase",
        "activities" => "en aktivitet",
        "goals" => "et mål",
        "checklists" => "en tjekliste",
        "stakeholders" => "en interessent",
        _ => "en enhed",
    };
    Text::new(format!(
        "`{key}` henviser til {noun}, men `{id}` er ikke et id"
    ))
    .label("ikke et id")
    .help("skriv id'et, ikke navnet: små bogstaver, tal og bindestreger, fx `klar-parat-start`")
}
