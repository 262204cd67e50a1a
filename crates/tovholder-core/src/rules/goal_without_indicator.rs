//! `goal-without-indicator`: a goal that does not say how progress is measured.

use super::{Ctx, Finding, Rule, RuleLevel, SectionKind, at_key};
use crate::diag::{Label, Lang};

pub static RULE: Rule = Rule {
    name: "goal-without-indicator",
    level: RuleLevel::Warn,
    summary: "A goal with no indicator",
    summary_da: "Et mål uden en indikator",
    doc_lines: &[],
    doc: "## What it does\nReports goals with no `indicator`, or an empty one, in plans and models: how a goal is measured is part of the method.\n\n## Why it matters\nThe Viborg jobcentre (seed 003) documents its work so it can check that what it does leads to what it expects; that check needs a named measure. Qualitative goals and hypotheses (seed 001) need one too — interviews, observations, a described scenario — or the baseline and the target cannot be compared.\n\n## Example\n```yaml\ngoals:\n  borgerinddragelse:\n    statement: Borgeren inddrages aktivt i sagsbehandlingen\n    kind: quantitative\n```\n\n## Use instead\n```yaml\ngoals:\n  borgerinddragelse:\n    statement: Borgeren inddrages aktivt i sagsbehandlingen\n    kind: quantitative\n    indicator: Andel sager med dokumenteret borgerinddragelse\n```\n",
    models: true,
    needs_schedule: false,
    configurable: true,
    check: Some(check),
};

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
