//! `goal-without-indicator`: a goal that does not say how progress is measured.

use super::{Ctx, Finding, SectionKind, at_key};
use crate::diag::{Label, Lang};

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
        let label = match &goal.indicator {
            Some(i) if !i.trim().is_empty() => continue,
            Some(i) => Label::new(i.span, ctx.t("empty", "tom")),
            None => at_key(goal.id.span, ctx.t("no indicator", "ingen indikator")),
        };
        let message = match ctx.lang {
            Lang::Da => format!("målet `{id}` har ingen indikator"),
            _ => format!("the goal `{id}` has no indicator"),
        };
        out.push(
            Finding::new(message, label)
                .help(ctx.t(
                    "say how progress is measured, e.g. `indicator: Andel sager med dokumenteret borgerinddragelse`",
                    "angiv hvordan fremskridt måles, fx `indicator: Andel sager med dokumenteret borgerinddragelse`",
                ))
                .on(SectionKind::Goals, id),
        );
    }
}
