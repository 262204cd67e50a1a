//! `stakeholder-never-informed`: a stakeholder no activity informs.

use super::{Ctx, Finding, SectionKind};
use crate::messages::RuleMsg;
use std::collections::HashSet;

declare_rule! {
    /// ## What it does
    /// Reports stakeholders that no activity lists in `audience`, in plans and models.
    ///
    /// ## Why it matters
    /// The guide to good case handling in elder care (*God sagsbehandling på
    /// ældreområdet*, 2007) asks for a communication plan — what, to whom, when,
    /// through which channel — and its checklist asks "Are partners informed?".
    /// Suppliers, doctors, hospitals, citizens and politicians who were listed as
    /// stakeholders but never reached learn about the new method by accident, or not at
    /// all. Communication is an activity with an audience, so the plan says when each
    /// stakeholder hears about it.
    ///
    /// ## Example
    /// ```yaml
    /// stakeholders:
    ///   leverandoerer: { name: Kommunale og private leverandører }
    /// activities:
    ///   opstartsmoede: { phase: i-gang, at: 2 weeks, responsible: leder }
    /// ```
    ///
    /// ## Use instead
    /// ```yaml
    /// stakeholders:
    ///   leverandoerer: { name: Kommunale og private leverandører }
    /// activities:
    ///   opstartsmoede: { phase: i-gang, at: 2 weeks, responsible: leder }
    ///   orientering-leverandoerer:
    ///     phase: i-gang
    ///     at: 4 weeks
    ///     audience: [leverandoerer]
    ///     channel: Pjece
    ///     responsible: leder
    /// ```
    pub static RULE = "stakeholder-never-informed", Warn,
        "A stakeholder no activity has in its audience",
        check: Some(check);
}

fn check(ctx: &Ctx, out: &mut Vec<Finding>) {
    // The stakeholders in some activity's `audience` (from `Plan::references`).
    let used: HashSet<&str> = ctx
        .plan
        .references()
        .filter(|r| r.from == SectionKind::Activities && r.target == SectionKind::Stakeholders)
        .map(|r| r.id)
        .collect();
    for (id, entity) in ctx.plan.stakeholders.iter() {
        if used.contains(id.as_str()) {
            continue;
        }
        out.push(
            Finding::of(
                RuleMsg::StakeholderNeverInformed {
                    stakeholder: id.clone(),
                },
                entity.id.span,
            )
            .on(SectionKind::Stakeholders, id),
        );
    }
}
