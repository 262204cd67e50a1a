//! `stakeholder-never-informed`: a stakeholder no activity informs.

use super::{Ctx, Finding, SectionKind, at_key};
use crate::diag::Lang;
use crate::model::strs;
use std::collections::HashSet;

declare_rule! {
    /// ## What it does
    /// Reports stakeholders that no activity lists in `audience`, in plans and models.
    ///
    /// ## Why it matters
    /// The guide to good case handling in elder care (*God sagsbehandling på
    /// ældreområdet*, 2007) asks for a communication plan — what, to whom, when,
    /// through which channel — and its checklist asks "Are partners informed?".
    /// Suppliers, doctors, hospitals, citizens and politicians who were listed as
    /// stakeholders but never reached learn about the new method by accident, or not at
    /// all. Communication is an activity with an audience, so the plan says when each
    /// stakeholder hears about it.
    ///
    /// ## Example
    /// ```yaml
    /// stakeholders:
    ///   leverandoerer: { name: Kommunale og private leverandører }
    /// activities:
    ///   opstartsmoede: { phase: i-gang, at: 2 weeks, responsible: leder }
    /// ```
    ///
    /// ## Use instead
    /// ```yaml
    /// stakeholders:
    ///   leverandoerer: { name: Kommunale og private leverandører }
    /// activities:
    ///   opstartsmoede: { phase: i-gang, at: 2 weeks, responsible: leder }
    ///   orientering-leverandoerer:
    ///     phase: i-gang
    ///     at: 4 weeks
    ///     audience: [leverandoerer]
    ///     channel: Pjece
    ///     responsible: leder
    /// ```
    pub static RULE = "stakeholder-never-informed", Warn,
        "A stakeholder no activity has in its audience",
        check: Some(check);
}

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
