//! Models: a plan `uses` a model and adds, overrides or removes entities by id.
//!
//! The core does no IO: a [`ModelSource`] (the CLI's reads files, checks that the
//! path stays inside the repository root) loads the model text into the
//! [`SourceMap`]. Values keep the spans of the file they were written in, so a
//! finding about a merged entity points at the model or the plan, whichever wrote it.

use crate::diag::{Diagnostic, Lang, Level, SuggestBudget};
use crate::load;
use crate::messages::ModelMsg;
use crate::model::{Merge, Plan};
use crate::section::{AnySection, SectionKind};
use crate::span::{FileId, SourceMap, Span, Spanned};

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
    let path = uses.path.value.clone();
    if chain.len() > MAX_USES_DEPTH {
        let finding = ModelMsg::UsesTooDeep {
            max: MAX_USES_DEPTH,
        };
        diags.push(Diagnostic::report(finding, &[path_span], lang));
        return (plan, None);
    }
    let model_file = match models.load(sources, file, &uses.path) {
        Ok(f) => f,
        Err(reason) => {
            let finding = ModelMsg::ModelUnreadable { path, reason };
            diags.push(Diagnostic::report(finding, &[path_span], lang));
            return (plan, None);
        }
    };
    // The same file twice: by id, or by name for sources that load a file anew each time.
    let model_name = sources.name(model_file).to_string();
    if let Some(pos) = chain
        .iter()
        .position(|f| *f == model_file || sources.name(*f) == model_name)
    {
        let finding = ModelMsg::UsesCycle {
            chain: chain
                .iter()
                .skip(pos)
                .map(|f| sources.name(*f).to_string())
                .collect(),
            closing: model_name,
        };
        diags.push(Diagnostic::report(finding, &[path_span], lang));
        return (plan, None);
    }
    let loaded = load::load(sources, model_file, Some(lang));
    let model_errors: Vec<&Diagnostic> = loaded
        .diags
        .iter()
        .filter(|d| d.level == Level::Error)
        .collect();
    if !loaded.parsed || !model_errors.is_empty() {
        let first = model_errors.first();
        let finding = ModelMsg::ModelHasErrors {
            path,
            file: model_name,
            errors: model_errors.len().max(1),
            first_error: first.map(|d| d.message.clone()),
        };
        let mut spans = vec![path_span];
        spans.extend(first.map(|d| d.span()));
        diags.push(Diagnostic::report(finding, &spans, lang));
        return (plan, None);
    }
    let model_plan = loaded.plan;
    if !model_plan.is_model() {
        let finding = ModelMsg::NotAModel { path };
        let spans = [path_span, Span::new(model_file, 0, 0)];
        diags.push(Diagnostic::report(finding, &spans, lang));
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
    let used = crate::model::UsedModel {
        id: model.id.as_ref().map(|s| s.value.clone()),
        title: model.title.as_ref().map(|s| s.value.clone()),
        version: model.version.as_ref().map(|s| s.value.clone()),
    };
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
    if let Some(uses) = model.uses.as_mut() {
        uses.value.model = Some(used);
    }
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
        // `take` only when the model has one: a tuple would take the plan's value
        // even when the pattern then fails, and lose it.
        if let Some(mb) = &base.baseline
            && let Some(pb) = goal.def.baseline.take()
        {
            let mut merged = mb.clone();
            merged.merge_from(pb);
            goal.def.baseline = Some(merged);
        }
        if let Some(mt) = &base.target
            && let Some(pt) = goal.def.target.take()
        {
            let mut merged = mt.clone();
            merged.merge_from(pt);
            goal.def.target = Some(merged);
        }
    }
    if let Some(mc) = &model.calendar
        && let Some(pc) = plan.calendar.take()
    {
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
    let (path, required) = (path.to_string(), want.value.clone());
    match have {
        Some(have) if version_matches(want, have) => {}
        Some(have) => {
            let finding = ModelMsg::VersionMismatch {
                path,
                required,
                version: have.value.clone(),
            };
            diags.push(Diagnostic::report(finding, &[want.span, have.span], lang));
        }
        None => {
            let finding = ModelMsg::VersionMissing { path, required };
            let spans = [want.span, Span::new(model_file, 0, 0)];
            diags.push(Diagnostic::report(finding, &spans, lang));
        }
    }
}

/// Drop the ids of a plan's `remove:` from the model, section by section; an id the
/// model does not have is reported with the nearest id it has.
fn apply_removals(model: &mut Plan, plan: &Plan, lang: Lang, diags: &mut Vec<Diagnostic>) {
    let Some(r) = &plan.remove else { return };
    let mut budget = SuggestBudget::new();
    for section in SectionKind::ALL {
        remove_from(
            section,
            section.of_mut(model),
            section.removals(r),
            &mut budget,
            lang,
            diags,
        );
    }
}

fn remove_from(
    kind: SectionKind,
    section: &mut dyn AnySection,
    ids: &[Spanned<String>],
    budget: &mut SuggestBudget,
    lang: Lang,
    diags: &mut Vec<Diagnostic>,
) {
    if ids.is_empty() {
        return;
    }
    // Removed ids are collected and dropped in one pass: removing them one by one
    // moves the rest of the section each time (quadratic for a long `remove` list).
    let mut removed: std::collections::BTreeSet<&str> = std::collections::BTreeSet::new();
    let known = section.ids();
    for id in ids {
        if section.contains(id.as_str()) && removed.insert(id.as_str()) {
            continue;
        }
        let left = known.iter().copied().filter(|k| !removed.contains(k));
        let suggestion = budget.suggest(&id.value, known.len(), left);
        let finding = ModelMsg::UnknownRemoval {
            section: kind,
            id: id.value.clone(),
            suggestion: suggestion.map(str::to_string),
        };
        diags.push(Diagnostic::report(finding, &[id.span], lang));
    }
    if !removed.is_empty() {
        section.retain_ids(&mut |k| !removed.contains(k));
    }
}

/// A new plan entity whose id is nearly one of the model's was probably meant to
/// override it: warn, section by section.
fn warn_near_misses(model: &Plan, plan: &Plan, lang: Lang, diags: &mut Vec<Diagnostic>) {
    for kind in SectionKind::ALL {
        let (ours, theirs) = (kind.of(model), kind.of(plan));
        if theirs.is_empty() || ours.is_empty() {
            continue;
        }
        let known = ours.ids();
        for id in theirs.ids() {
            if ours.contains(id) {
                continue;
            }
            let Some(s) = typo_of(id, known.iter().copied()) else {
                continue;
            };
            let finding = ModelMsg::OverrideUnknownId {
                section: kind,
                id: id.to_string(),
                model_id: s.to_string(),
            };
            let spans: Vec<Span> = [theirs.id_span(id), ours.id_span(s)]
                .into_iter()
                .flatten()
                .collect();
            diags.push(Diagnostic::report(finding, &spans, lang));
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
