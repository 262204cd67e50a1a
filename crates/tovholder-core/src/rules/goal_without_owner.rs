//! `goal-without-owner`: a goal no role follows up on.

use super::{Ctx, Finding, SectionKind, at_key};
use crate::diag::{Label, Lang};

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
        let label = match &goal.owner {
            Some(o) if !o.trim().is_empty() => continue,
            Some(o) => Label::new(o.span, ctx.t("empty", "tom")),
            None => at_key(goal.id.span, ctx.t("no owner", "ingen ejer")),
        };
        let message = match ctx.lang {
            Lang::Da => format!("målet `{id}` har ingen ejer"),
            _ => format!("the goal `{id}` has no owner"),
        };
        out.push(
            Finding::new(message, label)
                .help(ctx.t(
                    "name the role that follows up on the goal, e.g. `owner: leder`",
                    "angiv den rolle, der følger op på målet, fx `owner: leder`",
                ))
                .on(SectionKind::Goals, id),
        );
    }
}
