//! `activity-without-responsible`: an activity no role is responsible for.

use super::{Ctx, Finding, SectionKind};
use crate::messages::RuleMsg;

declare_rule! {
    /// ## What it does
    /// Reports activities with no `responsible` role, or with an empty one. Models are
    /// checked too: a model names roles, so it can say which role runs each activity.
    ///
    /// ## Why it matters
    /// The activity plan in the guide to good case handling in elder care (*God
    /// sagsbehandling på ældreområdet*, 2007) answers four questions for every
    /// activity: what, when, who takes part — and who is responsible. A meeting nobody
    /// is responsible for is a meeting nobody calls; the learning meetings, the
    /// follow-ups and the newsletters are exactly what disappears once the first
    /// enthusiasm has gone.
    ///
    /// ## Example
    /// ```yaml
    /// activities:
    ///   laeringsmoede:
    ///     name: Teammøde med fokus på læring
    ///     phases: [i-gang, forankring]
    ///     every: 2 months
    ///     participants: [sagsbehandler]
    /// ```
    ///
    /// ## Use instead
    /// ```yaml
    /// activities:
    ///   laeringsmoede:
    ///     name: Teammøde med fokus på læring
    ///     phases: [i-gang, forankring]
    ///     every: 2 months
    ///     responsible: superbruger
    ///     participants: [sagsbehandler]
    /// ```
    pub static RULE = "activity-without-responsible", Warn, "An activity with no responsible role",
        check: Some(check);
}

fn check(ctx: &Ctx, out: &mut Vec<Finding>) {
    for (id, activity) in ctx.plan.activities.iter() {
        let (span, empty) = match &activity.responsible {
            Some(r) if !r.trim().is_empty() => continue,
            // `responsible: ""`: point at the empty value itself.
            Some(r) => (r.span, true),
            None => (activity.id.span, false),
        };
        let finding = RuleMsg::ActivityWithoutResponsible {
            activity: id.clone(),
            empty,
        };
        out.push(Finding::of(finding, span).on(SectionKind::Activities, id));
    }
}
