use crate::diag::Lang;
use crate::messages::{ModelMsg, Text};
use crate::section::SectionKind;

/// "ny rolle", but "nyt mål".
fn ny(section: SectionKind) -> &'static str {
    match section {
        SectionKind::Goals => "nyt",
        _ => "ny",
    }
}

pub(crate) fn text(m: &ModelMsg) -> Text {
    match m {
        ModelMsg::UsesTooDeep { max } => {
            Text::new(format!("modeller bruger modeller mere end {max} led dybt"))
                .label("ét led for meget")
                .help("gør kæden af modeller kortere")
        }
        ModelMsg::UsesCycle { chain, closing } => Text::new(format!(
            "modellerne bruger hinanden i ring: {} → {closing}",
            chain.join(" → ")
        ))
        .label("lukker ringen")
        .help("en model kan ikke bruge en model, der bruger den"),
        ModelMsg::ModelUnreadable { path, reason } => {
            Text::new(format!("modellen `{path}` kan ikke bruges: {reason}"))
                .label("denne model")
                .help("stien er relativ til denne fil og skal blive inden for repositoriet")
        }
        ModelMsg::ModelHasErrors {
            path,
            file,
            errors,
            first_error,
        } => Text::new(format!("modellen `{path}` har {errors} fejl; ret dem først"))
            .label("denne model")
            .label(first_error.clone().unwrap_or_default())
            .help(format!("kør `tovholder check {file}`")),
        ModelMsg::NotAModel { path } => {
            Text::new(format!("`{path}` er ikke en model (mangler `kind: model`)"))
                .label("ikke en model")
                .label("tilføj `kind: model` her")
                .help("planer genbruger modeller, ikke andre planer; markér den genbrugelige fil med `kind: model`")
        }
        ModelMsg::VersionMismatch {
            path,
            required,
            version,
        } => Text::new(format!(
            "planen kræver version {required} af modellen `{path}`, men modellen er version {version}"
        ))
        .label("krævet her")
        .label("modellens version")
        .help("gennemgå hvad der er ændret i modellen, og ret så den version, planen kræver"),
        ModelMsg::VersionMissing { path, required } => Text::new(format!(
            "planen kræver version {required} af modellen `{path}`, men modellen angiver ingen version"
        ))
        .label("krævet her")
        .label("ingen `version:` i modellen"),
        ModelMsg::UnknownRemoval {
            section,
            id,
            suggestion,
        } => {
            let noun = section.noun(Lang::Da);
            let t = Text::new(format!("modellen har ingen {noun} `{id}` at fjerne"))
                .label("ikke i modellen");
            match suggestion {
                Some(s) => t.help(format!("mente du `{s}`?")),
                None => t,
            }
        }
        ModelMsg::OverrideUnknownId {
            section,
            id,
            model_id,
        } => {
            let noun = section.noun(Lang::Da);
            let ny = ny(*section);
            Text::new(format!(
                "`{id}` findes ikke i modellen og tilføjes som {ny} {noun}; mente du `{model_id}`?"
            ))
            .label("nyt id")
            .label("modellens id")
            .help(format!(
                "skriv `{model_id}` for at ændre modellens {noun}, eller giv den nye et tydeligt andet id"
            ))
        }
    }
}
