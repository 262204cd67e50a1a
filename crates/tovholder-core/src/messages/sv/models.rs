use crate::diag::Lang;
use crate::messages::{ModelMsg, Text};
use crate::section::SectionKind;

/// "ny roll", but "nytt mål".
fn ny(section: SectionKind) -> &'static str {
    match section {
        SectionKind::Goals => "nytt",
        _ => "ny",
    }
}

pub(crate) fn text(m: &ModelMsg) -> Text {
    match m {
        ModelMsg::UsesTooDeep { max } => {
            Text::new(format!("modellerna bygger på varandra i fler än {max} led"))
                .label("ett led för mycket")
                .help("gör kedjan av modeller kortare")
        }
        ModelMsg::UsesCycle { chain, closing } => Text::new(format!(
            "modellerna bygger på varandra i en cirkel: {} → {closing}",
            chain.join(" → ")
        ))
        .label("sluter cirkeln")
        .help("en modell kan inte bygga på en modell som bygger på den"),
        ModelMsg::ModelUnreadable { path, reason } => {
            Text::new(format!("modellen `{path}` kan inte användas: {reason}"))
                .label("den här modellen")
                .help("sökvägen utgår från den här filen och måste ligga inom repositoriet")
        }
        ModelMsg::ModelHasErrors {
            path,
            file,
            errors,
            first_error,
        } => Text::new(format!(
            "modellen `{path}` innehåller {errors} fel; rätta dem först"
        ))
        .label("den här modellen")
        .label(first_error.clone().unwrap_or_default())
        .help(format!("kör `tovholder check {file}`")),
        ModelMsg::NotAModel { path } => {
            Text::new(format!("`{path}` är ingen modell (`kind: model` saknas)"))
                .label("ingen modell")
                .label("lägg till `kind: model` här")
                .help("planer bygger på modeller, inte på andra planer; märk filen som ska återanvändas med `kind: model`")
        }
        ModelMsg::VersionMismatch {
            path,
            required,
            version,
        } => Text::new(format!(
            "planen kräver version {required} av modellen `{path}`, men modellen har version {version}"
        ))
        .label("krävs här")
        .label("modellens version")
        .help("gå igenom vad som har ändrats i modellen och uppdatera sedan den version som planen kräver"),
        ModelMsg::VersionMissing { path, required } => Text::new(format!(
            "planen kräver version {required} av modellen `{path}`, men modellen anger ingen version"
        ))
        .label("krävs här")
        .label("ingen `version:` i modellen"),
        ModelMsg::UnknownRemoval {
            section,
            id,
            suggestion,
        } => {
            let plural = section.plural(Lang::Sv);
            let t = Text::new(format!(
                "`{id}` finns inte bland modellens {plural} och kan inte tas bort"
            ))
            .label("finns inte i modellen");
            match suggestion {
                Some(s) => t.help(format!("menade du `{s}`?")),
                None => t,
            }
        }
        ModelMsg::OverrideUnknownId {
            section,
            id,
            model_id,
        } => {
            let noun = section.noun(Lang::Sv);
            let ny = ny(*section);
            Text::new(format!(
                "`{id}` finns inte i modellen och läggs till som {ny} {noun}; menade du `{model_id}`?"
            ))
            .label("nytt id")
            .label("modellens id")
            .help(format!(
                "skriv `{model_id}` för att ändra modellens {noun}, eller ge den nya ett tydligt annat id"
            ))
        }
    }
}
