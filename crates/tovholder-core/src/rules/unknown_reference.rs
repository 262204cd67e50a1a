//! `unknown-reference`: a reference to an id that does not exist.

use super::{Ctx, Finding, SectionKind};
use crate::diag::{Label, Lang, SuggestBudget};
use crate::graph::id_span;
use crate::model::strs;
use crate::span::Span;

declare_rule! {
    /// ## What it does
    /// Checks every reference in the plan — `responsible`, `participants`, `owner` and
    /// `reports_to` (roles), `after`, `phase` and `phases` (phases), activity `after`
    /// (activities), `contributes_to` (goals) and `audience` (stakeholders) — and
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
    // Each reference is checked where it is found (target section, referenced id, span,
    // referring section, referring id): no list of every reference in the plan.
    // Each section's ids are listed once, and "did you mean" has a budget: a plan with
    // 100,000 unknown references among 100,000 ids must not compare every pair.
    let listed: Vec<(SectionKind, Vec<&str>)> = SectionKind::ALL
        .into_iter()
        .map(|s| (s, s.ids(plan)))
        .collect();
    let mut budget = SuggestBudget::new();
    const KNOWN_SHOWN: usize = 20;
    let mut visit =
        |target: SectionKind, wanted: &str, span: Span, from: SectionKind, from_id: &str| {
            if target.contains(plan, wanted) {
                return;
            }
            let noun = target.noun(ctx.lang);
            let message = match ctx.lang {
                Lang::Da => format!("ukendt {noun} `{wanted}`"),
                _ => format!("unknown {noun} `{wanted}`"),
            };
            let ids: &[&str] = listed
                .iter()
                .find(|(s, _)| *s == target)
                .map(|(_, v)| v.as_slice())
                .unwrap_or_default();
            let elsewhere = SectionKind::ALL
                .into_iter()
                .find(|s| *s != target && s.contains(plan, wanted));
            let suggestion = budget.suggest(wanted, ids.len(), ids.iter().copied());
            let known = {
                let mut k = ids
                    .iter()
                    .take(KNOWN_SHOWN)
                    .copied()
                    .collect::<Vec<_>>()
                    .join(", ");
                if ids.len() > KNOWN_SHOWN {
                    k.push_str(&match ctx.lang {
                        Lang::Da => format!(", … ({} i alt)", ids.len()),
                        _ => format!(", … ({} in all)", ids.len()),
                    });
                }
                k
            };
            let help = match (suggestion, elsewhere) {
                (Some(s), _) => match ctx.lang {
                    Lang::Da => format!("mente du `{s}`?"),
                    _ => format!("did you mean `{s}`?"),
                },
                (None, Some(other)) => match ctx.lang {
                    Lang::Da => {
                        format!("`{wanted}` er en {}, ikke en {noun}", other.noun(ctx.lang))
                    }
                    _ => format!("`{wanted}` is a {}, not a {noun}", other.noun(ctx.lang)),
                },
                (None, None) if ids.is_empty() => match ctx.lang {
                    Lang::Da => format!(
                        "planen har ingen {}; tilføj `{wanted}` under `{}:`",
                        target.key(),
                        target.key()
                    ),
                    _ => format!(
                        "the plan has no {}; add `{wanted}` under `{}:`",
                        target.key(),
                        target.key()
                    ),
                },
                (None, None) => match ctx.lang {
                    Lang::Da => format!("kendte id'er: {known}"),
                    _ => format!("known ids: {known}"),
                },
            };
            let label = match ctx.lang {
                Lang::Da => format!("ingen {noun} med dette id"),
                _ => format!("no {noun} with this id"),
            };
            out.push(
                Finding::new(message, Label::new(span, label))
                    .help(help)
                    .on(from, from_id),
            );
        };
    for (id, r) in plan.roles.iter() {
        if let Some(to) = &r.reports_to {
            visit(SectionKind::Roles, to, to.span, SectionKind::Roles, id);
        }
    }
    for (id, p) in plan.phases.iter() {
        for a in strs(&p.after) {
            visit(SectionKind::Phases, a, a.span, SectionKind::Phases, id);
        }
        if let Some(o) = &p.owner {
            visit(SectionKind::Roles, o, o.span, SectionKind::Phases, id);
        }
    }
    for (id, a) in plan.activities.iter() {
        for p in a.phase_refs() {
            visit(SectionKind::Phases, p, p.span, SectionKind::Activities, id);
        }
        if let Some(r) = &a.responsible {
            visit(SectionKind::Roles, r, r.span, SectionKind::Activities, id);
        }
        for r in strs(&a.participants) {
            visit(SectionKind::Roles, r, r.span, SectionKind::Activities, id);
        }
        for s in strs(&a.audience) {
            visit(
                SectionKind::Stakeholders,
                s,
                s.span,
                SectionKind::Activities,
                id,
            );
        }
        for g in strs(&a.contributes_to) {
            visit(SectionKind::Goals, g, g.span, SectionKind::Activities, id);
        }
        if let Some(after) = &a.after {
            let span = id_span(ctx.sources, after.span, &after.activity);
            visit(
                SectionKind::Activities,
                &after.activity,
                span,
                SectionKind::Activities,
                id,
            );
        }
    }
    for (id, g) in plan.goals.iter() {
        if let Some(o) = &g.owner {
            visit(SectionKind::Roles, o, o.span, SectionKind::Goals, id);
        }
        if let Some(p) = &g.phase {
            visit(SectionKind::Phases, p, p.span, SectionKind::Goals, id);
        }
    }
    for (id, c) in plan.checklists.iter() {
        if let Some(p) = &c.phase {
            visit(SectionKind::Phases, p, p.span, SectionKind::Checklists, id);
        }
        if let Some(o) = &c.owner {
            visit(SectionKind::Roles, o, o.span, SectionKind::Checklists, id);
        }
        for item in strs(&c.items) {
            if let crate::model::Item::Detail(d) = item
                && let Some(o) = &d.owner
            {
                visit(SectionKind::Roles, o, o.span, SectionKind::Checklists, id);
            }
        }
    }
}
