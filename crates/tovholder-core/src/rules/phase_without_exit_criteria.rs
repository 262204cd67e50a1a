//! `phase-without-exit-criteria`: a phase that never says when it is done.

use super::{Ctx, Finding, Rule, RuleLevel, SectionKind, at_key};
use crate::diag::Lang;
use crate::model::strs;

pub static RULE: Rule = Rule {
    name: "phase-without-exit-criteria",
    level: RuleLevel::Warn,
    summary: "A phase with no exit criteria",
    summary_da: "En fase uden målsætning (exit-kriterier)",
    doc_lines: &[],
    doc: "## What it does\nReports phases with no `exit_criteria`, or only empty ones. Models are checked too: the criteria belong to the method.\n\n## Why it matters\nThe ICS workshop (seed 000) gives every phase both *kendetegn* (what happens) and *målsætning* (what must be true for the phase to be done). Without exit criteria nobody can tell whether the organisation is ready for the next phase, and a phase either drags on or is declared finished while the groundwork is missing.\n\n## Example\n```yaml\nphases:\n  klar-parat-start:\n    name: Klar, parat – start\n    after: [beslutning]\n    duration: 8 months\n```\n\n## Use instead\n```yaml\nphases:\n  klar-parat-start:\n    name: Klar, parat – start\n    after: [beslutning]\n    duration: 8 months\n    exit_criteria:\n      - Projektorganisationen er etableret\n      - Kommunikationsstrategien er udarbejdet\n```\n",
    models: true,
    needs_schedule: false,
    configurable: true,
    check: Some(check),
};

fn check(ctx: &Ctx, out: &mut Vec<Finding>) {
    for (id, phase) in ctx.plan.phases.iter() {
        if strs(&phase.exit_criteria)
            .iter()
            .any(|c| !c.trim().is_empty())
        {
            continue;
        }
        let message = match ctx.lang {
            Lang::Da => format!("fasen `{id}` har ingen målsætning (`exit_criteria`)"),
            _ => format!("the phase `{id}` has no exit criteria"),
        };
        out.push(
            Finding::new(
                message,
                at_key(
                    phase.id.span,
                    ctx.t("no exit criteria", "ingen målsætning"),
                ),
            )
            .help(ctx.t(
                "write what must be true for the phase to be done, e.g. `exit_criteria: [Projektorganisationen er etableret]`",
                "skriv, hvad der skal være opfyldt, før fasen er slut, fx `exit_criteria: [Projektorganisationen er etableret]`",
            ))
            .on(SectionKind::Phases, id),
        );
    }
}
