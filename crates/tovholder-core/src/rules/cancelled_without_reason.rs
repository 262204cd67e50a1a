//! `cancelled-without-reason`: a cancellation the journal does not explain.

use super::{Ctx, Finding, SectionKind};
use crate::journal::Event;
use crate::messages::RuleMsg;

declare_rule! {
    /// ## What it does
    /// Reports a `cancelled` entry in the journal with no `reason` (or an empty one).
    ///
    /// ## Why it matters
    /// Cancelled meetings are the first sign that an implementation is losing its
    /// grip: the challenge is not to get started but to continue after the first
    /// enthusiasm (Fixsen et al., *Implementation Research: A Synthesis of the
    /// Literature*, 2005). The half-yearly status meeting can only see a pattern —
    /// summer, sick leave, a reorganisation — when each cancellation says why.
    ///
    /// ## Example
    /// ```yaml
    /// entries:
    ///   - { date: 2027-07-06, cancelled: laeringsmoede }
    /// ```
    ///
    /// ## Use instead
    /// ```yaml
    /// entries:
    ///   - { date: 2027-07-06, cancelled: laeringsmoede, reason: Sommerferie }
    /// ```
    pub static RULE = "cancelled-without-reason", Warn, "A cancelled occurrence with no reason",
        models: false, needs_schedule: true, check: Some(check);
}

fn check(ctx: &Ctx, out: &mut Vec<Finding>) {
    let Some(f) = ctx.follow_up else { return };
    for r in f.entries.iter().chain(&f.future) {
        let Some(Event::Cancelled(activity)) = r.entry.event() else {
            continue;
        };
        if r.entry
            .reason
            .as_ref()
            .is_some_and(|s| !s.trim().is_empty())
        {
            continue;
        }
        let msg = RuleMsg::CancelledWithoutReason {
            activity: activity.value.clone(),
            date: r.date.to_string(),
        };
        let mut finding = Finding::of(msg, activity.span);
        if ctx.plan.activities.contains_key(activity.value.as_str()) {
            finding = finding.on(SectionKind::Activities, &activity.value);
        }
        out.push(finding);
    }
}
