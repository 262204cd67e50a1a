//! `unknown-occurrence`: a `held` or `cancelled` that matches no planned occurrence.

use super::{Ctx, Finding, SectionKind};
use crate::journal::Event;
use crate::messages::RuleMsg;
use crate::schedule::dates::days_between;

declare_rule! {
    /// ## What it does
    /// Reports a `held` or `cancelled` entry that matches no planned occurrence of its
    /// activity: for a recurring activity, no occurrence within half its interval of
    /// the entry's date; for a one-off activity, none within a month of its planned
    /// window; or a `planned:` date on which the activity has no occurrence. The help
    /// names the nearest planned date.
    ///
    /// ## Why it matters
    /// An entry that matches nothing leaves the occurrence it was meant for looking
    /// unrecorded, and usually means a typo in the date or the wrong activity. An
    /// extra meeting that was never planned belongs in the plan (or as `adapted`).
    ///
    /// ## Example
    /// ```yaml
    /// entries:
    ///   - { date: 2027-05-10, held: laeringsmoede, planned: 2027-05-05 }
    /// ```
    ///
    /// ## Use instead
    /// ```yaml
    /// entries:
    ///   - { date: 2027-05-10, held: laeringsmoede, planned: 2027-05-04 }
    /// ```
    pub static RULE = "unknown-occurrence", Warn,
        "A held or cancelled entry that matches no planned occurrence",
        models: false, needs_schedule: true, check: Some(check);
}

fn check(ctx: &Ctx, out: &mut Vec<Finding>) {
    let (Some(f), Some(schedule)) = (ctx.follow_up, ctx.schedule) else {
        return;
    };
    for &i in &f.unmatched {
        let Some(r) = f.entry(i) else { continue };
        let (Some(Event::Held(a)) | Some(Event::Cancelled(a))) = r.entry.event() else {
            continue;
        };
        let Some(index) = ctx.plan.activities.get_index_of(a.value.as_str()) else {
            continue;
        };
        let planned = r.entry.planned.as_ref().map(|p| p.value.0);
        let near = planned.unwrap_or(r.date);
        let nearest = schedule
            .occurrences
            .get(index)
            .and_then(|occ| {
                occ.iter()
                    .min_by_key(|o| days_between(near.min(o.date), near.max(o.date)))
            })
            .map(|o| o.date.to_string());
        let msg = RuleMsg::UnknownOccurrence {
            activity: a.value.clone(),
            date: r.date.to_string(),
            planned: planned.map(|p| p.to_string()),
            nearest,
        };
        let span = r
            .entry
            .planned
            .as_ref()
            .map(|p| p.span)
            .unwrap_or(r.date_span);
        out.push(Finding::of(msg, span).on(SectionKind::Activities, &a.value));
    }
}
