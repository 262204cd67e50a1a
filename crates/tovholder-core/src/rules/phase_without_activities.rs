//! `phase-without-activities`: a phase with nothing planned in it.

use super::{Ctx, Finding, SectionKind};
use crate::messages::RuleMsg;
use std::collections::HashSet;

declare_rule! {
    /// ## What it does
    /// Reports phases that no activity names in `phase` or `phases`, in plans and
    /// models.
    ///
    /// ## Why it matters
    /// A phase is described by what happens in it: the ICS workshop (*Superbrugerrollen
    /// i en implementeringsproces*, 2015) lists the *kendetegn* of each phase, and the
    /// guide to good case handling in elder care (*God sagsbehandling på
    /// ældreområdet*, 2007) turns them into an activity plan — which activities, when,
    /// who takes part, who is responsible. A phase with no activities has a name and a
    /// duration but nothing anyone will actually do; the year wheel and the calendars
    /// stay empty for its whole length.
    ///
    /// ## Example
    /// ```yaml
    /// phases:
    ///   forankring: { after: [i-gang], duration: ongoing }
    /// activities:
    ///   laeringsmoede:
    ///     phase: i-gang
    ///     every: 2 months
    ///     responsible: superbruger
    /// ```
    ///
    /// ## Use instead
    /// ```yaml
    /// phases:
    ///   forankring: { after: [i-gang], duration: ongoing }
    /// activities:
    ///   laeringsmoede:
    ///     phases: [i-gang, forankring]
    ///     every: 2 months
    ///     responsible: superbruger
    /// ```
    pub static RULE = "phase-without-activities", Warn, "A phase no activity belongs to",
        check: Some(check);
}

fn check(ctx: &Ctx, out: &mut Vec<Finding>) {
    // The phases activities are planned in (`phase`, `phases`; from `Plan::references`).
    let used: HashSet<&str> = ctx
        .plan
        .references()
        .filter(|r| r.from == SectionKind::Activities && r.target == SectionKind::Phases)
        .map(|r| r.id)
        .collect();
    for (id, entity) in ctx.plan.phases.iter() {
        if used.contains(id.as_str()) {
            continue;
        }
        out.push(
            Finding::of(
                RuleMsg::PhaseWithoutActivities { phase: id.clone() },
                entity.id.span,
            )
            .on(SectionKind::Phases, id),
        );
    }
}
