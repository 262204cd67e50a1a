//! `phase-overrun`: a phase past its latest planned end that the journal does not
//! record as completed.

use super::{Ctx, Finding, SectionKind};
use crate::messages::RuleMsg;
use crate::schedule::dates::days_between;

declare_rule! {
    /// ## What it does
    /// For a plan with a journal, reports a phase when the as-of date is past the
    /// phase's latest planned end and the journal has no `phase_completed` for it.
    /// Phases that never end (`duration: ongoing`) and phases ending after the
    /// compiled calendar are not reported.
    ///
    /// ## Why it matters
    /// A phase that quietly runs on pushes everything after it: the forecast moves the
    /// later phases only when the journal says what happened. Recording the end of
    /// a phase is also the moment to ask whether its exit criteria were met.
    ///
    /// ## Example
    /// ```yaml
    /// entries:
    ///   - { date: 2027-02-01, phase_started: klar-parat-start }
    /// ```
    ///
    /// ## Use instead
    /// ```yaml
    /// entries:
    ///   - { date: 2027-02-01, phase_started: klar-parat-start }
    ///   - { date: 2027-09-30, phase_completed: klar-parat-start }
    /// ```
    pub static RULE = "phase-overrun", Warn,
        "A phase past its latest planned end with no phase_completed",
        models: false, needs_schedule: true, check: Some(check);
}

fn check(ctx: &Ctx, out: &mut Vec<Finding>) {
    let (Some(f), Some(schedule)) = (ctx.follow_up, ctx.schedule) else {
        return;
    };
    for (i, ((id, phase), w)) in ctx.plan.phases.iter().zip(&schedule.phases).enumerate() {
        if f.phase_completed.get(i).is_some_and(|c| !c.is_empty()) {
            continue;
        }
        // The window's end is exclusive: the last day is the day before.
        let end = w.end.latest;
        if end > schedule.until || end > f.as_of {
            continue;
        }
        let last = end.yesterday().unwrap_or(end);
        let msg = RuleMsg::PhaseOverrun {
            phase: id.clone(),
            end: last.to_string(),
            days: days_between(last, f.as_of),
        };
        out.push(Finding::of(msg, phase.id.span).on(SectionKind::Phases, id));
    }
}
