//! `no-sustainment-phase`: the plan stops instead of anchoring the method.

use super::{Ctx, Finding};
use crate::duration::Duration;
use crate::messages::RuleMsg;
use crate::model::strs;
use std::collections::HashSet;

declare_rule! {
    /// ## What it does
    /// Looks at the last phases of the plan — the phases no other phase comes `after` —
    /// and reports the plan when none of them is `ongoing` and no recurring activity
    /// (one with `every`) belongs to any of them. Plans and models are checked. It is a
    /// plan-level finding: silence it with `allow:` at the top of the file.
    ///
    /// ## Why it matters
    /// The sources agree that implementation is won or lost after the launch. The ICS
    /// workshop (*Superbrugerrollen i en implementeringsproces*, 2015) quotes Fixsen et
    /// al. (*Implementation Research: A Synthesis of the Literature*, 2005): with a
    /// focus on implementation, 80% succeed within 3 years; without it, 14% within 17
    /// years — and "the challenge is not starting but continuing after the first
    /// enthusiasm". Its last phase, *Forankring* (anchoring), runs from one year on
    /// with no end, and the learning meetings are put into a year wheel so they keep
    /// coming. The motivation curve of the guide to good case handling in elder care
    /// ends in anchoring, and the Swedish course on leading collaboration (*Samverkan*,
    /// Knut, dag 2+3) ends in operation. A plan whose last phase simply ends has
    /// planned the launch, not the method.
    ///
    /// ## Example
    /// ```yaml
    /// phases:
    ///   i-gang: { after: [klar-parat-start], duration: 1 year }
    /// activities:
    ///   evaluering: { phase: i-gang, at: 10 months, responsible: leder }
    /// ```
    ///
    /// ## Use instead
    /// ```yaml
    /// phases:
    ///   i-gang: { after: [klar-parat-start], duration: 1 year }
    ///   forankring: { after: [i-gang], duration: ongoing }
    /// activities:
    ///   evaluering: { phase: i-gang, at: 10 months, responsible: leder }
    ///   laeringsmoede:
    ///     phases: [i-gang, forankring]
    ///     every: 2 months
    ///     responsible: superbruger
    /// ```
    pub static RULE = "no-sustainment-phase", Warn,
        "The last phase is not ongoing and has no recurring activity",
        check: Some(check);
}

fn check(ctx: &Ctx, out: &mut Vec<Finding>) {
    let plan = ctx.plan;
    let followed: HashSet<&str> = plan
        .phases
        .values()
        .flat_map(|p| strs(&p.after))
        .map(|a| a.as_str())
        .collect();
    let last: Vec<(&String, _)> = plan
        .phases
        .iter()
        .filter(|(id, _)| !followed.contains(id.as_str()))
        .collect();
    // No phases, or every phase is followed by another (a cycle): nothing to judge here.
    if last.is_empty() {
        return;
    }
    let ongoing = last.iter().any(|(_, p)| {
        matches!(
            p.duration.as_ref().map(|d| &d.value),
            Some(Duration::Ongoing)
        )
    });
    // A last phase without a duration is reported by the loader; do not guess what it was meant to be.
    let unknown = last.iter().any(|(_, p)| p.duration.is_none());
    let last_ids: HashSet<&str> = last.iter().map(|(id, _)| id.as_str()).collect();
    let recurring = plan
        .activities
        .values()
        .any(|a| a.every.is_some() && a.phase_refs().iter().any(|p| last_ids.contains(p.as_str())));
    if ongoing || unknown || recurring {
        return;
    }
    let mut spans = last.iter().map(|(_, p)| p.id.span);
    let Some(primary) = spans.next() else {
        return;
    };
    let finding = RuleMsg::NoSustainmentPhase {
        last: last.iter().map(|(id, _)| id.to_string()).collect(),
    };
    out.push(spans.fold(Finding::of(finding, primary), Finding::at));
}
