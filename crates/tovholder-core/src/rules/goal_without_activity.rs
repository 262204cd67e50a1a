//! `goal-without-activity`: a goal no activity contributes to.

use super::{Ctx, Finding, SectionKind};
use crate::messages::RuleMsg;
use std::collections::HashSet;

declare_rule! {
    /// ## What it does
    /// Reports goals that no activity lists in `contributes_to`, in plans and models.
    ///
    /// ## Why it matters
    /// The Viborg jobcentre (*Vis mig værdien*, 2014) builds its work on a theory of
    /// change (*forandringsteori*): activities are documented so that one can check
    /// that we do what we say we do, and that what we do leads to what we expect. A
    /// goal no activity contributes to is a hole in that theory — the plan hopes for a
    /// result without planning anything that could bring it about.
    ///
    /// ## Example
    /// ```yaml
    /// activities:
    ///   laeringsmoede:
    ///     phases: [i-gang, forankring]
    ///     every: 2 months
    ///     responsible: superbruger
    /// goals:
    ///   borgerinddragelse:
    ///     statement: Borgeren inddrages aktivt i sagsbehandlingen
    /// ```
    ///
    /// ## Use instead
    /// ```yaml
    /// activities:
    ///   laeringsmoede:
    ///     phases: [i-gang, forankring]
    ///     every: 2 months
    ///     responsible: superbruger
    ///     contributes_to: [borgerinddragelse]
    /// goals:
    ///   borgerinddragelse:
    ///     statement: Borgeren inddrages aktivt i sagsbehandlingen
    /// ```
    pub static RULE = "goal-without-activity", Warn, "A goal no activity contributes to",
        check: Some(check);
}

fn check(ctx: &Ctx, out: &mut Vec<Finding>) {
    // The goals activities contribute to (`contributes_to`, from `Plan::references`).
    let used: HashSet<&str> = ctx
        .plan
        .references()
        .filter(|r| r.from == SectionKind::Activities && r.target == SectionKind::Goals)
        .map(|r| r.id)
        .collect();
    for (id, entity) in ctx.plan.goals.iter() {
        if used.contains(id.as_str()) {
            continue;
        }
        out.push(
            Finding::of(
                RuleMsg::GoalWithoutActivity { goal: id.clone() },
                entity.id.span,
            )
            .on(SectionKind::Goals, id),
        );
    }
}
