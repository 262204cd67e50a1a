//! `unknown-reference`: a reference to an id that does not exist.

use super::{Ctx, Finding, SectionKind};
use crate::diag::SuggestBudget;
use crate::graph::id_span;
use crate::messages::RuleMsg;
use crate::model::is_valid_id;

declare_rule! {
    /// ## What it does
    /// Checks every reference in the plan — `responsible`, `participants`, `owner` and
    /// `reports_to` (roles), `after`, `phase` and `phases` (phases), activity `after`
    /// and `before` (activities), `contributes_to` (goals) and `audience` (stakeholders
    /// or roles) — and
    /// reports ids that do not exist, suggesting the nearest existing id.
    ///
    /// ## Why it matters
    /// A typo in a reference silently drops a person from a meeting or a meeting from a
    /// phase; the documents would be wrong without anyone noticing.
    ///
    /// ## Example
    /// ```yaml
    /// activities:
    ///   laeringsmoede:
    ///     phase: i-gang
    ///     responsible: superbruer
    /// ```
    ///
    /// ## Use instead
    /// ```yaml
    /// activities:
    ///   laeringsmoede:
    ///     phase: i-gang
    ///     responsible: superbruger
    /// ```
    pub static RULE = "unknown-reference", Deny,
        "A reference to a role, phase, activity, goal or stakeholder that does not exist",
        configurable: false, check: Some(check);
}

fn check(ctx: &Ctx, out: &mut Vec<Finding>) {
    let plan = ctx.plan;
    // Each reference (the plan language's declaration: `Plan::references`) is checked
    // where it is found. Each section's ids are listed once, and "did you mean" has a
    // budget: a plan with 100,000 unknown references among 100,000 ids must not compare
    // every pair. A reference not written as an id is the loader's `invalid-id`.
    let listed: Vec<(SectionKind, Vec<&str>)> = SectionKind::ALL
        .into_iter()
        .map(|s| (s, s.ids(plan)))
        .collect();
    let mut budget = SuggestBudget::new();
    const KNOWN_SHOWN: usize = 20;
    for r in plan.references() {
        // `resolves`: an activity's `audience` takes roles as well as stakeholders.
        if r.resolves(plan) || !is_valid_id(r.id) {
            continue;
        }
        let ids: &[&str] = listed
            .iter()
            .find(|(s, _)| *s == r.target)
            .map(|(_, v)| v.as_slice())
            .unwrap_or_default();
        let elsewhere = SectionKind::ALL
            .into_iter()
            .find(|s| *s != r.target && s.contains(plan, r.id));
        let suggestion = budget.suggest(r.id, ids.len(), ids.iter().copied());
        let span = if r.in_text {
            id_span(ctx.sources, r.span, r.id)
        } else {
            r.span
        };
        let finding = RuleMsg::UnknownReference {
            target: r.target.key().to_string(),
            id: r.id.to_string(),
            suggestion: suggestion.map(str::to_string),
            elsewhere: elsewhere.map(|s| s.key().to_string()),
            known: ids
                .iter()
                .take(KNOWN_SHOWN)
                .map(|s| s.to_string())
                .collect(),
            total: ids.len(),
        };
        out.push(Finding::of(finding, span).on(r.from, r.from_id));
    }
}
