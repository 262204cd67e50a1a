//! `phase-without-activities`: a phase with nothing planned in it.

use super::{Ctx, Finding, Rule, RuleLevel, SectionKind, at_key};
use crate::diag::Lang;
use std::collections::HashSet;

pub static RULE: Rule = Rule {
    name: "phase-without-activities",
    level: RuleLevel::Warn,
    summary: "A phase no activity belongs to",
    summary_da: "En fase uden aktiviteter",
    doc_lines: &[],
    doc: "## What it does\nReports phases that no activity names in `phase` or `phases`, in plans and models.\n\n## Why it matters\nA phase is described by what happens in it: the ICS workshop (seed 000) lists the *kendetegn* of each phase, and the guide to good case handling (seed 002) turns them into an activity plan — which activities, when, who takes part, who is responsible. A phase with no activities has a name and a duration but nothing anyone will actually do; the year wheel and the calendars stay empty for its whole length.\n\n## Example\n```yaml\nphases:\n  forankring: { after: [i-gang], duration: ongoing }\nactivities:\n  laeringsmoede:\n    phase: i-gang\n    every: 2 months\n    responsible: superbruger\n```\n\n## Use instead\n```yaml\nphases:\n  forankring: { after: [i-gang], duration: ongoing }\nactivities:\n  laeringsmoede:\n    phases: [i-gang, forankring]\n    every: 2 months\n    responsible: superbruger\n```\n",
    models: true,
    needs_schedule: false,
    configurable: true,
    check: Some(check),
};

fn check(ctx: &Ctx, out: &mut Vec<Finding>) {
    let used: HashSet<&str> = ctx
        .plan
        .activities
        .values()
        .flat_map(|a| a.phase_refs())
        .map(|p| p.as_str())
        .collect();
    for (id, phase) in ctx.plan.phases.iter() {
        if used.contains(id.as_str()) {
            continue;
        }
        let message = match ctx.lang {
            Lang::Da => format!("fasen `{id}` har ingen aktiviteter"),
            _ => format!("the phase `{id}` has no activities"),
        };
        let help = match ctx.lang {
            Lang::Da => format!(
                "planlæg mindst én aktivitet i fasen: `phase: {id}` (eller tilføj den til en aktivitets `phases:`)"
            ),
            _ => format!(
                "plan at least one activity in it: `phase: {id}` (or add it to an activity's `phases:`)"
            ),
        };
        out.push(
            Finding::new(
                message,
                at_key(
                    phase.id.span,
                    ctx.t(
                        "nothing planned in this phase",
                        "intet planlagt i denne fase",
                    ),
                ),
            )
            .help(help)
            .on(SectionKind::Phases, id),
        );
    }
}
