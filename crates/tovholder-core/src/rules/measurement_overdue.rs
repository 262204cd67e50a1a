//! `measurement-overdue`: a goal with an indicator not measured within its cadence, or
//! not measured before a status meeting.

use super::{Ctx, Finding, SectionKind};
use crate::duration::TimeUnit;
use crate::follow_up::Status;
use crate::messages::{RuleMsg, Unit};
use crate::schedule::dates::{add_days, add_units, days_between};
use crate::span::Span;
use jiff::civil::Date;

declare_rule! {
    /// ## What it does
    /// For a plan with a journal, looks at every goal with an `indicator` and reports
    /// it in two cases:
    ///
    /// - **Its cadence has passed.** A goal is to be measured every `measure_every`
    ///   (6 months when not given; `[options.measurement-overdue] months`), counted
    ///   from its last `measured` entry, or from its baseline date when it has none
    ///   (from the plan's start when the baseline has no date). With a range
    ///   (`4-6 months`) the longer bound counts.
    /// - **A status meeting comes without a measurement.** An activity with
    ///   `status_meeting: true` is a status meeting. Before each one every goal with
    ///   an indicator should have been measured since the status meeting before it
    ///   (for the first one: since the baseline). The rule looks at the latest status
    ///   meeting dated on or before the as-of date plus 14 days
    ///   (`[options.measurement-overdue] days_before`), so it warns two weeks ahead;
    ///   cancelled status meetings do not count.
    ///
    /// A goal that belongs to a phase (`phase:`) is due for measurement only from the
    /// phase's start on (its `phase_started` entry, else its planned start): a goal of
    /// the sustainment phase is not overdue while the plan is still getting started.
    ///
    /// A status meeting is recognised by the explicit key, never by its name or id:
    /// names are free text in three languages, and a key can be checked.
    ///
    /// ## Why it matters
    /// A goal that is never measured is a wish. The co-creation guide holds a joint
    /// status meeting every half year, each preceded by a *realitetstjek* (reality
    /// check) on every platform (*Samskabelse med civilsamfundet – vejledning til
    /// ledere i politiet*); Viborg's jobcentre document their work so they can check
    /// that what they do leads to what they expect — "otherwise we adjust" (*Vis mig
    /// værdien*, Viborg Kommune, KL's ledertræf 2014). Neither works without fresh
    /// figures on the table.
    ///
    /// ## Example
    /// ```yaml
    /// goals:
    ///   borgerinddragelse:
    ///     indicator: Andel undersøgelser med borgerens egne ord
    ///     baseline: { value: 30 %, date: 2026-12-01 }
    ///     measure_every: 6 months
    /// # the journal has no `measured: borgerinddragelse` since 2026-12-01
    /// ```
    ///
    /// ## Use instead
    /// ```yaml
    /// kind: log
    /// entries:
    ///   - { date: 2027-05-20, measured: borgerinddragelse, value: 41 %, source: Sagsaudit 2. kvartal }
    /// ```
    pub static RULE = "measurement-overdue", Warn,
        "A goal not measured within its cadence or before a status meeting",
        models: false, needs_schedule: true, check: Some(check);
}

fn check(ctx: &Ctx, out: &mut Vec<Finding>) {
    let (Some(f), Some(schedule)) = (ctx.follow_up, ctx.schedule) else {
        return;
    };
    let as_of = f.as_of;
    // Computed once per check: `goal-off-track` reads the same.
    let progress = f.progress(ctx.plan, ctx.options.goal_off_track_tolerance_percent);
    // Status meetings: the planned occurrences of every `status_meeting: true`
    // activity that are not cancelled, in date order.
    let mut meetings: Vec<(Date, &str, Span)> = Vec::new();
    for (((id, a), occ), status) in ctx.plan.activities.iter().zip(&schedule.occurrences).zip(
        f.occurrences
            .iter()
            .map(Some)
            .chain(std::iter::repeat(None)),
    ) {
        if !a.status_meeting.as_ref().is_some_and(|s| s.value) {
            continue;
        }
        for (k, o) in occ.iter().enumerate() {
            let cancelled = status
                .and_then(|s| s.get(k))
                .is_some_and(|s| s.status == Status::Cancelled);
            if !cancelled {
                meetings.push((o.date, id.as_str(), a.id.span));
            }
        }
    }
    meetings.sort_by_key(|(d, id, _)| (*d, *id));
    let horizon = add_days(
        as_of,
        i64::from(ctx.options.measurement_overdue_days_before),
    )
    .unwrap_or(as_of);
    for ((id, goal), p) in ctx.plan.goals.iter().zip(progress.iter()) {
        if goal
            .indicator
            .as_ref()
            .is_none_or(|i| i.value.trim().is_empty())
        {
            continue;
        }
        let baseline_date = goal.baseline.as_ref().and_then(|b| b.date.as_ref());
        let last = p.last_measured();
        let (mut from, mut measured, mut from_span) = match (last, baseline_date) {
            (Some(m), _) => (m.date, true, f.entry(m.entry).map(|r| r.date_span)),
            (None, Some(d)) => (d.value.0, false, Some(d.span)),
            (None, None) => (schedule.start, false, None),
        };
        // A goal of a phase is measured from the phase's start on: its recorded
        // `phase_started`, else its planned start. Before that nothing is due.
        if let Some(phase) = goal.phase.as_ref()
            && let Some(index) = ctx.plan.phases.get_index_of(phase.value.as_str())
        {
            let recorded = f
                .phase_started
                .get(index)
                .and_then(|es| es.iter().filter_map(|&e| f.entry(e)).map(|r| r.date).min());
            let planned = schedule.phases.get(index).map(|w| w.start.nominal);
            if let Some(start) = recorded.or(planned) {
                if start > as_of {
                    continue;
                }
                if start > from {
                    from = start;
                    measured = false;
                    from_span = None;
                }
            }
        }
        // Cadence.
        let (every, every_max, unit) = match &goal.measure_every {
            Some(r) => (r.value.min, r.value.max, r.value.unit),
            None => (
                ctx.options.measurement_overdue_months,
                ctx.options.measurement_overdue_months,
                TimeUnit::Month,
            ),
        };
        let (every, every_max, shown) = match unit {
            TimeUnit::Day => (every, every_max, Unit::Day),
            TimeUnit::Week => (every, every_max, Unit::Week),
            TimeUnit::Month => (every, every_max, Unit::Month),
            TimeUnit::Year => (
                every.saturating_mul(12),
                every_max.saturating_mul(12),
                Unit::Month,
            ),
        };
        let step = match shown {
            Unit::Day => TimeUnit::Day,
            Unit::Week => TimeUnit::Week,
            Unit::Month => TimeUnit::Month,
        };
        if let Some(due) = add_units(from, i64::from(every_max), step)
            && due < as_of
        {
            let msg = RuleMsg::MeasurementOverdue {
                goal: id.clone(),
                last: from.to_string(),
                measured,
                every,
                every_max,
                unit: shown,
                due: due.to_string(),
                days: days_between(due, as_of),
            };
            let mut finding = Finding::of(msg, goal_span(ctx, id));
            if let Some(s) = from_span {
                finding = finding.at(s);
            }
            out.push(finding.on(SectionKind::Goals, id));
        }
        // The status meeting ahead (or just past).
        let since_baseline = baseline_date.map_or(schedule.start, |d| d.value.0);
        let upto = meetings.partition_point(|(d, _, _)| *d <= horizon);
        let Some(k) = upto.checked_sub(1) else {
            continue;
        };
        let Some(&(date, meeting, meeting_span)) = meetings.get(k) else {
            continue;
        };
        let since = k
            .checked_sub(1)
            .and_then(|j| meetings.get(j))
            .map_or(since_baseline, |(d, _, _)| *d);
        if date <= since_baseline {
            continue;
        }
        if last.is_some_and(|m| m.date > since) {
            continue;
        }
        let msg = RuleMsg::MeasurementBeforeStatusMeeting {
            goal: id.clone(),
            meeting: meeting.to_string(),
            date: date.to_string(),
            since: since.to_string(),
            upcoming: date > as_of,
        };
        out.push(
            Finding::of(msg, goal_span(ctx, id))
                .at(meeting_span)
                .on(SectionKind::Goals, id),
        );
    }
}

/// The goal's id in the plan.
fn goal_span(ctx: &Ctx, id: &str) -> Span {
    ctx.plan
        .goals
        .get(id)
        .map(|g| g.id.span)
        .unwrap_or_default()
}
