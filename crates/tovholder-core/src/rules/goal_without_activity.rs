//! `goal-without-activity`: a goal no activity contributes to.

use super::{Ctx, Finding, SectionKind, at_key};
use crate::diag::Lang;
use crate::model::strs;
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
    let served: HashSet<&str> = ctx
        .plan
        .activities
        .values()
        .flat_map(|a| strs(&a.contributes_to))
        .map(|g| g.as_str())
        .collect();
    for (id, goal) in ctx.plan.goals.iter() {
        if served.contains(id.as_str()) {
            continue;
        }
        let message = match ctx.lang {
            Lang::Da => format!("ingen aktivitet bidrager til målet `{id}`"),
            _ => format!("no activity contributes to the goal `{id}`"),
        };
        let help = match ctx.lang {
            Lang::Da => format!(
                "tilføj `contributes_to: [{id}]` til de aktiviteter, der skal flytte målet – eller planlæg en ny"
            ),
            _ => format!(
                "add `contributes_to: [{id}]` to the activities meant to move it — or plan a new one"
            ),
        };
        out.push(
            Finding::new(
                message,
                at_key(
                    goal.id.span,
                    ctx.t("no activity leads here", "ingen aktivitet fører hertil"),
                ),
            )
            .help(help)
            .on(SectionKind::Goals, id),
        );
    }
}
