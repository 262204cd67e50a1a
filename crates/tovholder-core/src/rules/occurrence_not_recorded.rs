//! `occurrence-not-recorded`: planned occurrences past the grace period with nothing
//! in the journal.

use super::{Ctx, Finding, SectionKind};
use crate::follow_up::Status;
use crate::messages::RuleMsg;
use crate::schedule::dates::days_between;

declare_rule! {
    /// ## What it does
    /// For a plan with a journal, reports each activity with planned occurrences
    /// older than a grace period (14 days, the option `occurrence_grace_days`) that
    /// the journal records neither `held` nor `cancelled`: how many, and the first and
    /// last of them, at the activity. A plan with no journal is not checked.
    ///
    /// ## Why it matters
    /// "Continuous follow-up and adjustment of the implementation" is one of the phase
    /// goals of the ICS method; follow-up starts with knowing whether the learning
    /// meetings took place. An unrecorded meeting is either forgotten in the journal or
    /// quietly dropped — and a quietly dropped meeting is how a method dies (Fixsen
    /// et al., *Implementation Research: A Synthesis of the Literature*, 2005).
    ///
    /// ## Example
    /// ```yaml
    /// kind: log
    /// entries: []
    /// ```
    ///
    /// ## Use instead
    /// ```yaml
    /// kind: log
    /// entries:
    ///   - { date: 2027-03-04, held: laeringsmoede, note: 9 deltagere }
    ///   - { date: 2027-05-04, cancelled: laeringsmoede, reason: Sygdom }
    /// ```
    pub static RULE = "occurrence-not-recorded", Warn,
        "Planned occurrences past the grace period that the journal does not record",
        models: false, needs_schedule: true, check: Some(check);
}

fn check(ctx: &Ctx, out: &mut Vec<Finding>) {
    let (Some(f), Some(schedule)) = (ctx.follow_up, ctx.schedule) else {
        return;
    };
    let grace = i64::from(ctx.options.occurrence_grace_days);
    for (((id, activity), occ), status) in ctx
        .plan
        .activities
        .iter()
        .zip(&schedule.occurrences)
        .zip(&f.occurrences)
    {
        // An optional activity is held only when needed: nothing to record otherwise.
        if activity.is_optional() {
            continue;
        }
        let open: Vec<_> = occ
            .iter()
            .zip(status)
            .filter(|(o, s)| {
                s.status == Status::NotRecorded && days_between(o.date, f.as_of) > grace
            })
            .map(|(o, _)| o.date)
            .collect();
        let (Some(first), Some(last)) = (open.first(), open.last()) else {
            continue;
        };
        let msg = RuleMsg::OccurrenceNotRecorded {
            activity: id.clone(),
            count: open.len(),
            first: first.to_string(),
            last: last.to_string(),
            grace_days: ctx.options.occurrence_grace_days,
        };
        out.push(Finding::of(msg, activity.id.span).on(SectionKind::Activities, id));
    }
}
