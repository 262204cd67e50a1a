//! Models: a plan `uses` a model and adds, overrides or removes entities by id.
//!
//! The core does no IO: a [`ModelSource`] (the CLI's reads files, checks that the
//! path stays inside the repository root) loads the model text into the
//! [`SourceMap`]. Values keep the spans of the file they were written in, so a
//! finding about a merged entity points at the model or the plan, whichever wrote it.

use crate::diag::{Diagnostic, Label, Lang, Level, SuggestBudget};
use crate::load;
use crate::model::{Merge, Plan, Section, strs};
use crate::span::{FileId, SourceMap, Span, Spanned};

/// Rule names of the findings this module reports.
pub const MODEL_UNAVAILABLE: &str = "model-unavailable";
pub const USES_CYCLE: &str = "uses-cycle";
pub const MODEL_VERSION_MISMATCH: &str = "model-version-mismatch";
pub const UNKNOWN_REMOVAL: &str = "unknown-removal";
pub const OVERRIDE_UNKNOWN_ID: &str = "override-unknown-id";
pub const NOT_A_MODEL: &str = "not-a-model";

/// How deep models may use models.
pub const MAX_USES_DEPTH: usize = 8;

/// Loads a model file for the core.
pub trait ModelSource {
    /// Load the model at `path` (as written in `uses`, relative to the file `from`)
    /// into `sources`, returning its file id; or say why it cannot be used.
    fn load(&mut self, sources: &mut SourceMap, from: FileId, path: &str)
    -> Result<FileId, String>;
}

/// A source that loads nothing (for callers that have no files).
pub struct NoModels;

impl ModelSource for NoModels {
    fn load(&mut self, _: &mut SourceMap, _: FileId, _: &str) -> Result<FileId, String> {
        Err("models cannot be loaded here".into())
    }
}

/// The plan with its model merged in.
pub struct Resolved {
    pub plan: Plan,
    pub diags: Vec<Diagnostic>,
    /// The fully resolved model, when there was one.
    pub model: Option<Plan>,
}

/// Resolve the plan's `uses` (recursively) and merge.
pub fn resolve(
    sources: &mut SourceMap,
    file: FileId,
    plan: Plan,
    models: &mut dyn ModelSource,
    lang: Lang,
) -> Resolved {
    let mut chain = vec![file];
    let mut diags = Vec::new();
    let (plan, model) = resolve_inner(sources, file, plan, models, lang, &mut chain, &mut diags);
    Resolved { plan, diags, model }
}

fn resolve_inner(
    sources: &mut SourceMap,
    file: FileId,
    plan: Plan,
    models: &mut dyn ModelSource,
    lang: Lang,
    chain: &mut Vec<FileId>,
    diags: &mut Vec<Diagnostic>,
) -> (Plan, Option<Plan>) {
    let Some(uses) = plan.uses.clone() else {
        return (plan, None);
    };
    let path_span = uses.path.span;
    if chain.len() > MAX_USES_DEPTH {
        diags.push(
            Diagnostic::error(
                USES_CYCLE,
                match lang {
                    Lang::Da => {
                        format!("modeller bruger modeller mere end {MAX_USES_DEPTH} led dybt")
                    }
                    _ => format!("models use models more than {MAX_USES_DEPTH} levels deep"),
                },
                Label::new(
                    path_span,
                    lang.pick("one level too many", "ét led for meget"),
                ),
            )
            .with_help(lang.pick(
                "flatten the chain of models",
                "gør kæden af modeller kortere",
            )),
        );
        return (plan, None);
    }
    let model_file = match models.load(sources, file, &uses.path) {
        Ok(f) => f,
        Err(why) => {
            diags.push(
                Diagnostic::error(
                    MODEL_UNAVAILABLE,
                    match lang {
                        Lang::Da => {
                            format!("modellen `{}` kan ikke bruges: {why}", uses.path.value)
                        }
                        _ => format!("the model `{}` cannot be used: {why}", uses.path.value),
                    },
                    Label::new(path_span, lang.pick("this model", "denne model")),
                )
                .with_help(lang.pick(
                    "the path is relative to this file and must stay inside the repository",
                    "stien er relativ til denne fil og skal blive inden for repositoriet",
                )),
            );
            return (plan, None);
        }
    };
    // The same file twice: by id, or by name for sources that load a file anew each time.
    let model_name = sources.name(model_file).to_string();
    if let Some(pos) = chain
        .iter()
        .position(|f| *f == model_file || sources.name(*f) == model_name)
    {
        let names: Vec<&str> = chain.iter().skip(pos).map(|f| sources.name(*f)).collect();
        diags.push(
            Diagnostic::error(
                USES_CYCLE,
                match lang {
                    Lang::Da => format!(
                        "modellerne bruger hinanden i ring: {} → {}",
                        names.join(" → "),
                        sources.name(model_file)
                    ),
                    _ => format!(
                        "the models use each other in a cycle: {} → {}",
                        names.join(" → "),
                        sources.name(model_file)
                    ),
                },
                Label::new(path_span, lang.pick("closes the cycle", "lukker ringen")),
            )
            .with_help(lang.pick(
                "a model cannot use a model that uses it",
                "en model kan ikke bruge en model, der bruger den",
            )),
        );
        return (plan, None);
    }
    let loaded = load::load(sources, model_file, Some(lang));
    let model_errors: Vec<&Diagnostic> = loaded
        .diags
        .iter()
        .filter(|d| d.level == Level::Error)
        .collect();
    if !loaded.parsed || !model_errors.is_empty() {
        let mut d = Diagnostic::error(
            MODEL_UNAVAILABLE,
            match lang {
                Lang::Da => format!(
                    "modellen `{}` har {} fejl; ret dem først",
                    uses.path.value,
                    model_errors.len().max(1)
                ),
                _ => format!(
                    "the model `{}` has {} error(s); fix them first",
                    uses.path.value,
                    model_errors.len().max(1)
                ),
            },
            Label::new(path_span, lang.pick("this model", "denne model")),
        )
        .with_help(match lang {
            Lang::Da => format!("kør `tovholder check {}`", sources.name(model_file)),
            _ => format!("run `tovholder check {}`", sources.name(model_file)),
        });
        if let Some(first) = model_errors.first() {
            d = d.with_label(Label::new(first.span(), first.message.clone()));
        }
        diags.push(d);
        return (plan, None);
    }
    let model_plan = loaded.plan;
    if !model_plan.is_model() {
        diags.push(
            Diagnostic::error(
                NOT_A_MODEL,
                match lang {
                    Lang::Da => format!("`{}` er ikke en model (mangler `kind: model`)", uses.path.value),
                    _ => format!("`{}` is not a model (it lacks `kind: model`)", uses.path.value),
                },
                Label::new(path_span, lang.pick("not a model", "ikke en model")),
            )
            .with_label(Label::new(Span::new(model_file, 0, 0), lang.pick("add `kind: model` here", "tilføj `kind: model` her")))
            .with_help(lang.pick("plans reuse models, not other plans; mark the reusable file with `kind: model`", "planer genbruger modeller, ikke andre planer; markér den genbrugelige fil med `kind: model`")),
        );
        return (plan, None);
    }
    if let Some(want) = &uses.version {
        check_version(
            want,
            model_plan.version.as_ref(),
            model_file,
            &uses.path.value,
            lang,
            diags,
        );
    }
    chain.push(model_file);
    let (mut model, _) = resolve_inner(sources, model_file, model_plan, models, lang, chain, diags);
    chain.pop();
    let resolved_model = model.clone();
    apply_removals(&mut model, &plan, lang, diags);
    warn_near_misses(&model, &plan, lang, diags);
    let kind = plan.kind.clone();
    let version = plan.version.clone();
    let remove = plan.remove.clone();
    let plan = merge_nested(&model, plan);
    model.merge_from(plan);
    model.kind = kind;
    model.version = version;
    model.remove = remove;
    (model, Some(resolved_model))
}

/// Small mappings inside an entity merge key by key too: a plan that writes only
/// `target: { by: 2028-06-30 }` keeps the model's target value, and a plan's
/// `calendar: { closed: [...] }` keeps the model's holidays.
fn merge_nested(model: &Plan, mut plan: Plan) -> Plan {
    for (id, goal) in plan.goals.iter_mut() {
        let Some(base) = model.goals.get(id) else {
            continue;
        };
        if let (Some(mb), Some(pb)) = (&base.baseline, goal.def.baseline.take()) {
            let mut merged = mb.clone();
            merged.merge_from(pb);
            goal.def.baseline = Some(merged);
        }
        if let (Some(mt), Some(pt)) = (&base.target, goal.def.target.take()) {
            let mut merged = mt.clone();
            merged.merge_from(pt);
            goal.def.target = Some(merged);
        }
    }
    if let (Some(mc), Some(pc)) = (&model.calendar, plan.calendar.take()) {
        let mut merged = mc.clone();
        merged.merge_from(pc);
        plan.calendar = Some(merged);
    }
    plan
}

/// `1.x`, `1.2`, `1.2.3`, `*`: components compared left to right; `x`/`*` or a missing component matches anything.
pub fn version_matches(want: &str, have: &str) -> bool {
    let have: Vec<&str> = have.trim().trim_start_matches('v').split('.').collect();
    for (i, w) in want.trim().trim_start_matches('v').split('.').enumerate() {
        if w == "x" || w == "*" || w.is_empty() {
            return true;
        }
        match have.get(i) {
            Some(h) if h == &w => continue,
            _ => return false,
        }
    }
    true
}

fn check_version(
    want: &Spanned<String>,
    have: Option<&Spanned<String>>,
    model_file: FileId,
    path: &str,
    lang: Lang,
    diags: &mut Vec<Diagnostic>,
) {
    match have {
        Some(have) if version_matches(want, have) => {}
        Some(have) => diags.push(
            Diagnostic::error(
                MODEL_VERSION_MISMATCH,
                match lang {
                    Lang::Da => format!("planen kræver version {} af modellen `{path}`, men modellen er version {}", want.value, have.value),
                    _ => format!("the plan requires version {} of the model `{path}`, but the model is version {}", want.value, have.value),
                },
                Label::new(want.span, lang.pick("required here", "krævet her")),
            )
            .with_label(Label::new(have.span, lang.pick("the model's version", "modellens version")))
            .with_help(lang.pick("review what changed in the model, then update the version the plan requires", "gennemgå hvad der er ændret i modellen, og ret så den version, planen kræver")),
        ),
        None => diags.push(
            Diagnostic::error(
                MODEL_VERSION_MISMATCH,
                match lang {
                    Lang::Da => format!("planen kræver version {} af modellen `{path}`, men modellen angiver ingen version", want.value),
                    _ => format!("the plan requires version {} of the model `{path}`, but the model declares no version", want.value),
                },
                Label::new(want.span, lang.pick("required here", "krævet her")),
            )
            .with_label(Label::new(Span::new(model_file, 0, 0), lang.pick("no `version:` in the model", "ingen `version:` i modellen"))),
        ),
    }
}

fn remove_from<T>(
    section: &mut Section<T>,
    ids: &[Spanned<String>],
    what: &str,
    lang: Lang,
    diags: &mut Vec<Diagnostic>,
) {
    // Removed ids are collected and dropped in one pass: `shift_remove` one by one
    // moves the rest of the section each time (quadratic for a long `remove` list).
    let mut removed: std::collections::BTreeSet<&str> = std::collections::BTreeSet::new();
    let mut budget = SuggestBudget::new();
    for id in ids {
        if section.contains_key(id.as_str()) && removed.insert(id.as_str()) {
            continue;
        }
        let mut d = Diagnostic::error(
            UNKNOWN_REMOVAL,
            match lang {
                Lang::Da => format!("modellen har ingen {what} `{}` at fjerne", id.value),
                _ => format!("the model has no {what} `{}` to remove", id.value),
            },
            Label::new(id.span, lang.pick("not in the model", "ikke i modellen")),
        );
        let known = section
            .keys()
            .map(String::as_str)
            .filter(|k| !removed.contains(k));
        if let Some(s) = budget.suggest(&id.value, section.len(), known) {
            d = d.with_help(match lang {
                Lang::Da => format!("mente du `{s}`?"),
                _ => format!("did you mean `{s}`?"),
            });
        }
        diags.push(d);
    }
    if !removed.is_empty() {
        section.retain(|k, _| !removed.contains(k.as_str()));
    }
}

fn apply_removals(model: &mut Plan, plan: &Plan, lang: Lang, diags: &mut Vec<Diagnostic>) {
    let Some(r) = &plan.remove else { return };
    let da = lang == Lang::Da;
    remove_from(
        &mut model.roles,
        strs(&r.roles),
        if da { "rolle" } else { "role" },
        lang,
        diags,
    );
    remove_from(
        &mut model.phases,
        strs(&r.phases),
        if da { "fase" } else { "phase" },
        lang,
        diags,
    );
    remove_from(
        &mut model.activities,
        strs(&r.activities),
        if da { "aktivitet" } else { "activity" },
        lang,
        diags,
    );
    remove_from(
        &mut model.goals,
        strs(&r.goals),
        if da { "mål" } else { "goal" },
        lang,
        diags,
    );
    remove_from(
        &mut model.checklists,
        strs(&r.checklists),
        if da { "tjekliste" } else { "checklist" },
        lang,
        diags,
    );
    remove_from(
        &mut model.stakeholders,
        strs(&r.stakeholders),
        if da { "interessent" } else { "stakeholder" },
        lang,
        diags,
    );
}

fn near_miss<T, U>(
    model: &Section<T>,
    plan: &Section<U>,
    what: &str,
    lang: Lang,
    diags: &mut Vec<Diagnostic>,
) {
    for (id, entity) in plan.iter() {
        if model.contains_key(id) {
            continue;
        }
        if let Some(s) = typo_of(id, model.keys().map(String::as_str)) {
            let model_span = model.get(s).map(|e| e.id.span);
            let mut d = Diagnostic::new(
                OVERRIDE_UNKNOWN_ID,
                Level::Warning,
                match lang {
                    Lang::Da => format!("`{id}` findes ikke i modellen og tilføjes som ny {what}; mente du `{s}`?"),
                    _ => format!("`{id}` is not in the model and is added as a new {what}; did you mean `{s}`?"),
                },
                Label::new(entity.id.span, lang.pick("new id", "nyt id")),
            )
            .with_help(match lang {
                Lang::Da => format!("skriv `{s}` for at ændre modellens {what}, eller giv den nye et tydeligt andet id"),
                _ => format!("write `{s}` to override the model's {what}, or give the new one a clearly different id"),
            });
            if let Some(span) = model_span {
                d = d.with_label(Label::new(
                    span,
                    lang.pick("the model's id", "modellens id"),
                ));
            }
            diags.push(d);
        }
    }
}

/// A model id the new id is a likely typo of: at most two edits, and at most a
/// quarter of its length (so `laeringsmode` ~ `laeringsmoede`, but a new activity
/// that merely shares a prefix is not flagged).
fn typo_of<'a>(id: &str, known: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let limit = (id.chars().count() / 4).min(2);
    if limit == 0 {
        return None;
    }
    known
        .map(|k| (strsim::levenshtein(id, k), k))
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, k)| (*d, *k))
        .map(|(_, k)| k)
}

fn warn_near_misses(model: &Plan, plan: &Plan, lang: Lang, diags: &mut Vec<Diagnostic>) {
    let da = lang == Lang::Da;
    near_miss(
        &model.roles,
        &plan.roles,
        if da { "rolle" } else { "role" },
        lang,
        diags,
    );
    near_miss(
        &model.phases,
        &plan.phases,
        if da { "fase" } else { "phase" },
        lang,
        diags,
    );
    near_miss(
        &model.activities,
        &plan.activities,
        if da { "aktivitet" } else { "activity" },
        lang,
        diags,
    );
    near_miss(
        &model.goals,
        &plan.goals,
        if da { "mål" } else { "goal" },
        lang,
        diags,
    );
    near_miss(
        &model.checklists,
        &plan.checklists,
        if da { "tjekliste" } else { "checklist" },
        lang,
        diags,
    );
    near_miss(
        &model.stakeholders,
        &plan.stakeholders,
        if da { "interessent" } else { "stakeholder" },
        lang,
        diags,
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn versions() {
        assert!(version_matches("1.x", "1.4.2"));
        assert!(version_matches("1", "1.0.0"));
        assert!(version_matches("1.4", "1.4.9"));
        assert!(!version_matches("2.x", "1.4.2"));
        assert!(!version_matches("1.5", "1.4.2"));
        assert!(version_matches("*", "0.1"));
    }
}
