//! `activity-without-responsible`: an activity no role is responsible for.

use super::{Ctx, Finding, Rule, RuleLevel, SectionKind, at_key};
use crate::diag::{Label, Lang};

pub static RULE: Rule = Rule {
    name: "activity-without-responsible",
    level: RuleLevel::Warn,
    summary: "An activity with no responsible role",
    summary_da: "En aktivitet uden en ansvarlig rolle",
    doc_lines: &[],
    doc: "## What it does\nReports activities with no `responsible` role, or with an empty one. Models are checked too: a model names roles, so it can say which role runs each activity.\n\n## Why it matters\nThe activity plan in the guide to good case handling (seed 002) answers four questions for every activity: what, when, who takes part — and who is responsible. A meeting nobody is responsible for is a meeting nobody calls; the learning meetings, the follow-ups and the newsletters are exactly what disappears once the first enthusiasm has gone.\n\n## Example\n```yaml\nactivities:\n  laeringsmoede:\n    name: Teammøde med fokus på læring\n    phases: [i-gang, forankring]\n    every: 2 months\n    participants: [sagsbehandler]\n```\n\n## Use instead\n```yaml\nactivities:\n  laeringsmoede:\n    name: Teammøde med fokus på læring\n    phases: [i-gang, forankring]\n    every: 2 months\n    responsible: superbruger\n    participants: [sagsbehandler]\n```\n",
    models: true,
    needs_schedule: false,
    configurable: true,
    check: Some(check),
};

fn check(ctx: &Ctx, out: &mut Vec<Finding>) {
    for (id, activity) in ctx.plan.activities.iter() {
        let label = match &activity.responsible {
            Some(r) if !r.trim().is_empty() => continue,
            // `responsible: ""`: point at the empty value itself.
            Some(r) => Label::new(r.span, ctx.t("empty", "tom")),
            None => at_key(
                activity.id.span,
                ctx.t("no responsible role", "ingen ansvarlig rolle"),
            ),
        };
        let message = match ctx.lang {
            Lang::Da => format!("aktiviteten `{id}` har ingen ansvarlig"),
            _ => format!("the activity `{id}` has no responsible role"),
        };
        out.push(
            Finding::new(message, label)
                .help(ctx.t(
                    "name the role that calls and runs it, e.g. `responsible: superbruger`",
                    "angiv den rolle, der indkalder og står for den, fx `responsible: superbruger`",
                ))
                .on(SectionKind::Activities, id),
        );
    }
}
