use crate::messages::{LoadMsg, Text};

pub(crate) fn text(m: &LoadMsg) -> Text {
    match m {
        LoadMsg::MissingKey { key, mapping, id } => missing_key(key, mapping, id.as_deref()),
        LoadMsg::InvalidReference { key, id, target } => invalid_reference(key, id, target),
    }
}

/// En obligatorisk nyckel som inte är skriven: på översta nivån, i `uses` eller i en post.
fn missing_key(key: &str, mapping: &str, id: Option<&str>) -> Text {
    let noun = match mapping {
        "roles" => Some("rollen"),
        "phases" => Some("fasen"),
        "activities" => Some("aktiviteten"),
        "goals" => Some("målet"),
        "checklists" => Some("checklistan"),
        "stakeholders" => Some("intressenten"),
        _ => None,
    };
    match (mapping, noun, id) {
        ("plan", ..) => Text::new(format!("planen saknar `{key}`"))
            .label("på översta nivån")
            .help(match key {
                "id" => "lägg till `id: min-plan` (små bokstäver och bindestreck; används i filnamn och kalenderns UID:n)"
                    .to_string(),
                "title" => "lägg till `title: …`, rubriken som står på alla dokument".to_string(),
                _ => format!("lägg till `{key}: …`"),
            }),
        ("uses", ..) => Text::new(format!("`uses` måste ha en `{key}`")).label(match key {
            "path" => "ingen sökväg".to_string(),
            _ => format!("ingen `{key}`"),
        }),
        (_, Some(noun), Some(id)) => Text::new(format!("{noun} `{id}` saknar `{key}`"))
            .label(match key {
                "duration" => "ingen tidsram".to_string(),
                _ => format!("ingen `{key}`"),
            })
            .help(match key {
                "duration" => {
                    "lägg till t.ex. `duration: 3-6 månader`, eller `duration: löpande` för en förankringsfas"
                        .to_string()
                }
                _ => format!("lägg till `{key}: …`"),
            }),
        _ => Text::new(format!("`{mapping}` saknar `{key}`"))
            .label(format!("ingen `{key}`"))
            .help(format!("lägg till `{key}: …`")),
    }
}

/// En hänvisning som inte är skriven som ett id.
fn invalid_reference(key: &str, id: &str, target: &str) -> Text {
    let noun = match target {
        "roles" => "en roll",
        "phases" => "en fas",
        "activities" => "en aktivitet",
        "goals" => "ett mål",
        "checklists" => "en checklista",
        "stakeholders" => "en intressent",
        _ => "en post",
    };
    Text::new(format!(
        "`{key}` hänvisar till {noun}, men `{id}` är inte ett id"
    ))
    .label("inte ett id")
    .help(
        "skriv id:t, inte namnet: små bokstäver, siffror och bindestreck, t.ex. `klar-parat-start`",
    )
}
