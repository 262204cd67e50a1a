//! `goal-without-owner`: a goal no role follows up on.

use super::{Ctx, Finding, SectionKind};
use crate::messages::RuleMsg;

declare_rule! {
    /// ## What it does
    /// Reports goals in a plan with no `owner` role, or with an empty one. Models are
    /// exempt: who follows up on a goal is decided by each municipality.
    ///
    /// ## Why it matters
    /// In the guide to good case handling in elder care (*God sagsbehandling på
    /// ældreområdet*, 2007) top management sets the goals and the nearest managers
    /// follow up on them; the Viborg jobcentre (*Vis mig værdien*, 2014) checks
    /// continuously whether what is done leads to what is expected, and adjusts. A goal
    /// nobody owns is measured by nobody, so nobody notices when the plan must change.
    ///
    /// ## Example
    /// ```yaml
    /// goals:
    ///   borgerinddragelse:
    ///     statement: Borgeren inddrages aktivt i sagsbehandlingen
    ///     indicator: Andel sager med dokumenteret borgerinddragelse
    /// ```
    ///
    /// ## Use instead
    /// ```yaml
    /// goals:
    ///   borgerinddragelse:
    ///     statement: Borgeren inddrages aktivt i sagsbehandlingen
    ///     indicator: Andel sager med dokumenteret borgerinddragelse
    ///     owner: afdelingsleder
    /// ```
    pub static RULE = "goal-without-owner", Warn, "A goal with no owner",
        models: false, check: Some(check);
}

fn check(ctx: &Ctx, out: &mut Vec<Finding>) {
    for (id, goal) in ctx.plan.goals.iter() {
        let (span, empty) = match &goal.owner {
            Some(o) if !o.trim().is_empty() => continue,
            Some(o) => (o.span, true),
            None => (goal.id.span, false),
        };
        let finding = RuleMsg::GoalWithoutOwner {
            goal: id.clone(),
            empty,
        };
        out.push(Finding::of(finding, span).on(SectionKind::Goals, id));
    }
}
