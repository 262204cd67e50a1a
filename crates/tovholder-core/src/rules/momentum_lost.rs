//! `momentum-lost`: in reality, not in the plan — meetings that stopped happening.

use super::momentum_gap::{closed_days, merged_closures};
use super::{Ctx, Finding, SectionKind};
use crate::follow_up::Status;
use crate::journal::Event;
use crate::messages::RuleMsg;
use crate::schedule::dates::days_between;
use jiff::civil::Date;

declare_rule! {
    /// ## What it does
    /// For a plan with a journal, looks at what actually happened and reports two
    /// things:
    ///
    /// - **A recurring activity that stopped.** Its latest past occurrences, two or
    ///   more in a row (`[options.momentum-lost] occurrences`), were cancelled or
    ///   are not recorded although the grace period of `occurrence-not-recorded`
    ///   has passed (an occurrence still within it neither counts nor breaks the
    ///   row). A held occurrence ends the row.
    /// - **A started phase where nothing is held.** In a phase that has started (its
    ///   `phase_started`, else its planned start, on or before the as-of date), is
    ///   not completed and has not passed its planned end (`phase-overrun` reports
    ///   that), the stretch from the last occurrence held — of any activity —
    ///   or from the phase's start, to the as-of date is longer than `momentum-gap`'s
    ///   limit (10 weeks, `[options.momentum-gap] weeks`). Closed periods do not
    ///   count, and an occurrence still within the grace period counts as held.
    ///
    /// `momentum-gap` checks the plan; this rule checks reality. A plan without a
    /// journal never gets it.
    ///
    /// ## Why it matters
    /// The challenge is not to get started but to continue after the first
    /// enthusiasm: implementation dies quietly, one cancelled meeting at a time
    /// (Fixsen et al., *Implementation Research: A Synthesis of the Literature*,
    /// 2005). The superusers' learning meetings are what keeps a method alive
    /// (*Superbrugerrollen i en implementeringsproces*, workshop, 2015); two missed in
    /// a row is the moment to ask why, not the tenth.
    ///
    /// ## Example
    /// ```yaml
    /// kind: log
    /// entries:
    ///   - { date: 2027-03-04, held: laeringsmoede }
    ///   - { date: 2027-05-04, cancelled: laeringsmoede, reason: Sygdom }
    ///   - { date: 2027-07-05, cancelled: laeringsmoede, reason: Sommerferie }
    /// ```
    ///
    /// ## Use instead
    /// Hold the next one, or adapt the plan on purpose and say so:
    /// ```yaml
    ///   - { date: 2027-08-01, adapted: Læringsmøderne flyttes ind i teammøderne, reason: Mødetræthed }
    /// ```
    pub static RULE = "momentum-lost", Warn,
        "Recurring activities cancelled or unrecorded in a row, or a started phase with nothing held",
        models: false, needs_schedule: true, check: Some(check);
}

fn check(ctx: &Ctx, out: &mut Vec<Finding>) {
    let (Some(f), Some(schedule)) = (ctx.follow_up, ctx.schedule) else {
        return;
    };
    let as_of = f.as_of;
    let grace = i64::from(ctx.options.occurrence_grace_days);
    let needed = usize::try_from(ctx.options.momentum_lost_occurrences.max(1)).unwrap_or(2);
    // Days something was held (or may still be recorded as held: within the grace
    // period), for the stretches below.
    let mut held: Vec<Date> = Vec::new();
    for (((id, activity), occ), status) in ctx
        .plan
        .activities
        .iter()
        .zip(&schedule.occurrences)
        .zip(&f.occurrences)
    {
        let mut run: Vec<(Date, bool)> = Vec::new();
        for (o, s) in occ.iter().zip(status) {
            if o.date > as_of {
                break;
            }
            match s.status {
                Status::Held => {
                    run.clear();
                    let dates = s.entries.iter().filter_map(|&i| match f.entry(i) {
                        Some(r) if matches!(r.entry.event(), Some(Event::Held(_))) => Some(r.date),
                        _ => None,
                    });
                    held.extend(dates);
                }
                Status::Cancelled => run.push((o.date, true)),
                Status::NotRecorded if days_between(o.date, as_of) > grace => {
                    run.push((o.date, false));
                }
                Status::NotRecorded => held.push(o.date),
            }
        }
        // An optional activity is held only when needed: a run of unheld ones is no loss.
        if occ.len() < 2 || run.len() < needed || activity.is_optional() {
            continue;
        }
        let (Some(first), Some(last)) = (run.first(), run.last()) else {
            continue;
        };
        let msg = RuleMsg::MomentumLostOccurrences {
            activity: id.clone(),
            count: run.len(),
            cancelled: run.iter().filter(|(_, c)| *c).count(),
            first: first.0.to_string(),
            last: last.0.to_string(),
        };
        out.push(Finding::of(msg, activity.id.span).on(SectionKind::Activities, id));
    }
    held.retain(|d| *d <= as_of);
    held.sort_unstable();
    held.dedup();
    let limit_weeks = ctx.options.momentum_gap_weeks;
    let limit = i64::from(limit_weeks) * 7;
    let closed = merged_closures(schedule);
    let listed: std::collections::HashSet<&str> = ctx
        .plan
        .activities
        .values()
        .flat_map(|a| a.phase.iter().chain(crate::model::strs(&a.phases)))
        .map(|p| p.value.as_str())
        .collect();
    for (i, ((id, phase), w)) in ctx.plan.phases.iter().zip(&schedule.phases).enumerate() {
        if phase.optional.as_ref().is_some_and(|o| o.value) || !listed.contains(id.as_str()) {
            continue;
        }
        let recorded = |list: &[Vec<usize>]| -> Option<Date> {
            list.get(i)?
                .iter()
                .filter_map(|&e| f.entry(e).map(|r| r.date))
                .filter(|d| *d <= as_of)
                .min()
        };
        if recorded(&f.phase_completed).is_some() {
            continue;
        }
        let start = recorded(&f.phase_started).unwrap_or(w.start.nominal);
        // Not started yet, or past its planned end (`phase-overrun` reports that).
        if start > as_of || w.end.latest <= as_of {
            continue;
        }
        let (since, was_held) = match held.last().filter(|d| **d >= start) {
            Some(d) => (*d, true),
            None => (start, false),
        };
        let days = days_between(since, as_of) - closed_days(&closed, since, as_of);
        if days <= limit {
            continue;
        }
        let msg = RuleMsg::MomentumLostStretch {
            phase: id.clone(),
            days,
            since: since.to_string(),
            held: was_held,
            limit_weeks,
        };
        out.push(Finding::of(msg, phase.id.span).on(SectionKind::Phases, id));
    }
}
