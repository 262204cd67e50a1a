//! `stakeholder-never-informed`: a stakeholder no activity informs.

use super::{Ctx, Finding, Rule, RuleLevel, SectionKind, at_key};
use crate::diag::Lang;
use crate::model::strs;
use std::collections::HashSet;

pub static RULE: Rule = Rule {
    name: "stakeholder-never-informed",
    level: RuleLevel::Warn,
    summary: "A stakeholder no activity has in its audience",
    summary_da: "En interessent, som ingen aktivitet informerer",
    doc_lines: &[],
    doc: "## What it does\nReports stakeholders that no activity lists in `audience`, in plans and models.\n\n## Why it matters\nThe guide to good case handling (seed 002) asks for a communication plan — what, to whom, when, through which channel — and its checklist asks \"Are partners informed?\". Suppliers, doctors, hospitals, citizens and politicians who were listed as stakeholders but never reached learn about the new method by accident, or not at all. Communication is an activity with an audience, so the plan says when each stakeholder hears about it.\n\n## Example\n```yaml\nstakeholders:\n  leverandoerer: { name: Kommunale og private leverandører }\nactivities:\n  opstartsmoede: { phase: i-gang, at: 2 weeks, responsible: leder }\n```\n\n## Use instead\n```yaml\nstakeholders:\n  leverandoerer: { name: Kommunale og private leverandører }\nactivities:\n  opstartsmoede: { phase: i-gang, at: 2 weeks, responsible: leder }\n  orientering-leverandoerer:\n    phase: i-gang\n    at: 4 weeks\n    audience: [leverandoerer]\n    channel: Pjece\n    responsible: leder\n```\n",
    models: true,
    needs_schedule: false,
    configurable: true,
    check: Some(check),
};

fn check(ctx: &Ctx, out: &mut Vec<Finding>) {
    let informed: HashSet<&str> = ctx
        .plan
        .activities
        .values()
        .flat_map(|a| strs(&a.audience))
        .map(|s| s.as_str())
        .collect();
    for (id, stakeholder) in ctx.plan.stakeholders.iter() {
        if informed.contains(id.as_str()) {
            continue;
        }
        let message = match ctx.lang {
            Lang::Da => format!("interessenten `{id}` informeres aldrig"),
            _ => format!("the stakeholder `{id}` is never informed"),
        };
        let help = match ctx.lang {
            Lang::Da => format!(
                "planlæg en aktivitet med `audience: [{id}]` og en `channel`, fx et nyhedsbrev eller et dialogmøde"
            ),
            _ => format!(
                "plan an activity with `audience: [{id}]` and a `channel`, e.g. a newsletter or a dialogue meeting"
            ),
        };
        out.push(
            Finding::new(
                message,
                at_key(
                    stakeholder.id.span,
                    ctx.t(
                        "no activity has it in its `audience`",
                        "ingen aktivitet har den i sin `audience`",
                    ),
                ),
            )
            .help(help)
            .on(SectionKind::Stakeholders, id),
        );
    }
}
