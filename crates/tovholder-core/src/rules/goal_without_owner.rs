//! `goal-without-owner`: a goal no role follows up on.

use super::{Ctx, Finding, Rule, RuleLevel, SectionKind, at_key};
use crate::diag::{Label, Lang};

pub static RULE: Rule = Rule {
    name: "goal-without-owner",
    level: RuleLevel::Warn,
    summary: "A goal with no owner",
    summary_da: "Et mål uden en ejer",
    doc_lines: &[],
    doc: "## What it does\nReports goals in a plan with no `owner` role, or with an empty one. Models are exempt: who follows up on a goal is decided by each municipality.\n\n## Why it matters\nIn the guide to good case handling (seed 002) top management sets the goals and the nearest managers follow up on them; the Viborg jobcentre (seed 003) checks continuously whether what is done leads to what is expected, and adjusts. A goal nobody owns is measured by nobody, so nobody notices when the plan must change.\n\n## Example\n```yaml\ngoals:\n  borgerinddragelse:\n    statement: Borgeren inddrages aktivt i sagsbehandlingen\n    indicator: Andel sager med dokumenteret borgerinddragelse\n```\n\n## Use instead\n```yaml\ngoals:\n  borgerinddragelse:\n    statement: Borgeren inddrages aktivt i sagsbehandlingen\n    indicator: Andel sager med dokumenteret borgerinddragelse\n    owner: afdelingsleder\n```\n",
    models: false,
    needs_schedule: false,
    configurable: true,
    check: Some(check),
};

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
