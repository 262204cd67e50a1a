//! `goal-without-indicator`: a goal that does not say how progress is measured.

use super::{Ctx, Finding, SectionKind};
use crate::messages::RuleMsg;

declare_rule! {
    /// ## What it does
    /// Reports goals with no `indicator`, or an empty one, in plans and models: how a
    /// goal is measured is part of the method.
    ///
    /// ## Why it matters
    /// The Viborg jobcentre (*Vis mig værdien*, 2014) documents its work so it can
    /// check that what it does leads to what it expects; that check needs a named
    /// measure. Qualitative goals and hypotheses (as the police guide to co-creation
    /// has them) need one too — interviews, observations, a described scenario — or the
    /// baseline and the target cannot be compared.
    ///
    /// ## Example
    /// ```yaml
    /// goals:
    ///   borgerinddragelse:
    ///     statement: Borgeren inddrages aktivt i sagsbehandlingen
    ///     kind: quantitative
    /// ```
    ///
    /// ## Use instead
    /// ```yaml
    /// goals:
    ///   borgerinddragelse:
    ///     statement: Borgeren inddrages aktivt i sagsbehandlingen
    ///     kind: quantitative
    ///     indicator: Andel sager med dokumenteret borgerinddragelse
    /// ```
    pub static RULE = "goal-without-indicator", Warn, "A goal with no indicator",
        check: Some(check);
}

fn check(ctx: &Ctx, out: &mut Vec<Finding>) {
    for (id, goal) in ctx.plan.goals.iter() {
        let (span, empty) = match &goal.indicator {
            Some(i) if !i.trim().is_empty() => continue,
            Some(i) => (i.span, true),
            None => (goal.id.span, false),
        };
        let finding = RuleMsg::GoalWithoutIndicator {
            goal: id.clone(),
            empty,
        };
        out.push(Finding::of(finding, span).on(SectionKind::Goals, id));
    }
}
