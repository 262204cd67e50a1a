//! `phase-without-exit-criteria`: a phase that never says when it is done.

use super::{Ctx, Finding, SectionKind};
use crate::messages::RuleMsg;
use crate::model::strs;

declare_rule! {
    /// ## What it does
    /// Reports phases with no `exit_criteria`, or only empty ones. Models are checked
    /// too: the criteria belong to the method.
    ///
    /// ## Why it matters
    /// The ICS workshop (*Superbrugerrollen i en implementeringsproces*, 2015) gives
    /// every phase both *kendetegn* (what happens) and *målsætning* (what must be true
    /// for the phase to be done). Without exit criteria nobody can tell whether the
    /// organisation is ready for the next phase, and a phase either drags on or is
    /// declared finished while the groundwork is missing.
    ///
    /// ## Example
    /// ```yaml
    /// phases:
    ///   klar-parat-start:
    ///     name: Klar, parat – start
    ///     after: [beslutning]
    ///     duration: 8 months
    /// ```
    ///
    /// ## Use instead
    /// ```yaml
    /// phases:
    ///   klar-parat-start:
    ///     name: Klar, parat – start
    ///     after: [beslutning]
    ///     duration: 8 months
    ///     exit_criteria:
    ///       - Projektorganisationen er etableret
    ///       - Kommunikationsstrategien er udarbejdet
    /// ```
    pub static RULE = "phase-without-exit-criteria", Warn, "A phase with no exit criteria",
        check: Some(check);
}

fn check(ctx: &Ctx, out: &mut Vec<Finding>) {
    for (id, phase) in ctx.plan.phases.iter() {
        if strs(&phase.exit_criteria)
            .iter()
            .any(|c| !c.trim().is_empty())
        {
            continue;
        }
        let finding = RuleMsg::PhaseWithoutExitCriteria { phase: id.clone() };
        out.push(Finding::of(finding, phase.id.span).on(SectionKind::Phases, id));
    }
}
