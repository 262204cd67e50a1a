//! `phase-without-exit-criteria`: a phase that never says when it is done.

use super::{Ctx, Finding, SectionKind, at_key};
use crate::diag::Lang;
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
