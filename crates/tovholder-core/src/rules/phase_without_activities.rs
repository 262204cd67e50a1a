//! `phase-without-activities`: a phase with nothing planned in it.

use super::{Ctx, Finding, SectionKind, at_key};
use crate::diag::Lang;
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
    let used: HashSet<&str> = ctx
        .plan
        .activities
        .values()
        .flat_map(|a| a.phase_refs())
        .map(|p| p.as_str())
        .collect();
    for (id, phase) in ctx.plan.phases.iter() {
        if used.contains(id.as_str()) {
            continue;
        }
        let message = match ctx.lang {
            Lang::Da => format!("fasen `{id}` har ingen aktiviteter"),
            _ => format!("the phase `{id}` has no activities"),
        };
        let help = match ctx.lang {
            Lang::Da => format!(
                "planlæg mindst én aktivitet i fasen: `phase: {id}` (eller tilføj den til en aktivitets `phases:`)"
            ),
            _ => format!(
                "plan at least one activity in it: `phase: {id}` (or add it to an activity's `phases:`)"
            ),
        };
        out.push(
            Finding::new(
                message,
                at_key(
                    phase.id.span,
                    ctx.t(
                        "nothing planned in this phase",
                        "intet planlagt i denne fase",
                    ),
                ),
            )
            .help(help)
            .on(SectionKind::Phases, id),
        );
    }
}
