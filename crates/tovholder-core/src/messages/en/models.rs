use crate::diag::Lang;
use crate::messages::{ModelMsg, Text};

pub(crate) fn text(m: &ModelMsg) -> Text {
    match m {
        ModelMsg::UsesTooDeep { max } => {
            Text::new(format!("models use models more than {max} levels deep"))
                .label("one level too many")
                .help("flatten the chain of models")
        }
        ModelMsg::UsesCycle { chain, closing } => Text::new(format!(
            "the models use each other in a cycle: {} → {closing}",
            chain.join(" → ")
        ))
        .label("closes the cycle")
        .help("a model cannot use a model that uses it"),
        ModelMsg::ModelUnreadable { path, reason } => {
            Text::new(format!("the model `{path}` cannot be used: {reason}"))
                .label("this model")
                .help("the path is relative to this file and must stay inside the repository")
        }
        ModelMsg::ModelHasErrors {
            path,
            file,
            errors,
            first_error,
        } => Text::new(format!(
            "the model `{path}` has {errors} error(s); fix them first"
        ))
        .label("this model")
        .label(first_error.clone().unwrap_or_default())
        .help(format!("run `tovholder check {file}`")),
        ModelMsg::NotAModel { path } => {
            Text::new(format!("`{path}` is not a model (it lacks `kind: model`)"))
                .label("not a model")
                .label("add `kind: model` here")
                .help("plans reuse models, not other plans; mark the reusable file with `kind: model`")
        }
        ModelMsg::VersionMismatch {
            path,
            required,
            version,
        } => Text::new(format!(
            "the plan requires version {required} of the model `{path}`, but the model is version {version}"
        ))
        .label("required here")
        .label("the model's version")
        .help("review what changed in the model, then update the version the plan requires"),
        ModelMsg::VersionMissing { path, required } => Text::new(format!(
            "the plan requires version {required} of the model `{path}`, but the model declares no version"
        ))
        .label("required here")
        .label("no `version:` in the model"),
        ModelMsg::UnknownRemoval {
            section,
            id,
            suggestion,
        } => {
            let noun = section.noun(Lang::En);
            let t = Text::new(format!("the model has no {noun} `{id}` to remove"))
                .label("not in the model");
            match suggestion {
                Some(s) => t.help(format!("did you mean `{s}`?")),
                None => t,
            }
        }
        ModelMsg::OverrideUnknownId {
            section,
            id,
            model_id,
        } => {
            let noun = section.noun(Lang::En);
            Text::new(format!(
                "`{id}` is not in the model and is added as a new {noun}; did you mean `{model_id}`?"
            ))
            .label("new id")
            .label("the model's id")
            .help(format!(
                "write `{model_id}` to override the model's {noun}, or give the new one a clearly different id"
            ))
        }
    }
}
