//! `momentum-gap`: a long stretch inside a phase with nothing planned.

use super::{Ctx, Finding, SectionKind};
use crate::messages::RuleMsg;
use crate::schedule::dates::days_between;
use jiff::civil::Date;

declare_rule! {
    /// ## What it does
    /// Looks at every phase that is not `optional`, from its (nominal) start to its end
    /// or the end of the compiled calendar, and measures the stretches between planned
    /// occurrences of any activity — including the stretch from the phase start to the
    /// first occurrence and from the last one to the phase end. It warns when a stretch
    /// is longer than 10 weeks (the option `momentum_gap_weeks`) and reports the
    /// longest one, with dates. Calendar days count, except days in the plan's `closed`
    /// periods: a summer closure is not lost momentum, but the weeks around it are.
    ///
    /// Each track (platform, team) with activities of its own is measured the same way
    /// on its own: from its start to its end, only while it is active (a standby
    /// period is not a gap; the weeks before it pauses and after it resumes are),
    /// counting only the occurrences of its activities — so a platform with a year of
    /// nothing is found while another platform is busy.
    ///
    /// ## Why it matters
    /// The hard part of implementation is not starting but continuing after the first
    /// enthusiasm has worn off. A phase where nothing is planned for a quarter is where
    /// a new method quietly dies. Learning meetings every second month are enough to
    /// keep it alive; a meeting every quarter is not. The same holds for each
    /// development platform of a co-creation effort (*Samskabelse med civilsamfundet –
    /// vejledning til ledere i politiet*): a platform that does not meet loses its
    /// actors, whatever the other platforms do.
    ///
    /// ## Example
    /// ```yaml
    /// phases:
    ///   i-gang: { duration: 1 year }
    /// activities:
    ///   opfoelgning:
    ///     phase: i-gang
    ///     every: 3 months
    /// ```
    ///
    /// ## Use instead
    /// ```yaml
    /// phases:
    ///   i-gang: { duration: 1 year }
    /// activities:
    ///   laeringsmoede:
    ///     phase: i-gang
    ///     every: 2 months
    /// ```
    pub static RULE = "momentum-gap", Warn,
        "A long stretch inside a phase with no planned activity",
        models: false, needs_schedule: true, check: Some(check);
}

fn check(ctx: &Ctx, out: &mut Vec<Finding>) {
    let Some(schedule) = ctx.schedule else {
        return;
    };
    let limit_weeks = ctx.options.momentum_gap_weeks;
    let limit = i64::from(limit_weeks) * 7;
    let mut dates: Vec<Date> = schedule
        .occurrences
        .iter()
        .flat_map(|occ| occ.iter().map(|o| o.date))
        .collect();
    dates.sort_unstable();
    dates.dedup();
    let calendar_end = schedule.until.tomorrow().unwrap_or(schedule.until);
    let closed = merged_closures(schedule);
    let listed: std::collections::HashSet<&str> = ctx
        .plan
        .activities
        .values()
        .flat_map(|a| a.phase.iter().chain(crate::model::strs(&a.phases)))
        .map(|p| p.value.as_str())
        .collect();
    for ((id, phase), w) in ctx.plan.phases.iter().zip(&schedule.phases) {
        // A phase with no activities at all is `phase-without-activities`, not a gap.
        if phase.optional.as_ref().is_some_and(|o| o.value) || !listed.contains(id.as_str()) {
            continue;
        }
        let start = w.start.nominal;
        let end = w.end.nominal.min(calendar_end);
        if end <= start {
            continue;
        }
        let from = dates.partition_point(|d| *d < start);
        let to = dates.partition_point(|d| *d < end);
        let inside = dates.get(from..to).unwrap_or(&[]);
        let mut points = Vec::with_capacity(inside.len() + 2);
        points.push(start);
        points.extend_from_slice(inside);
        points.push(end);
        let gaps: Vec<(i64, Date, Date)> = points
            .windows(2)
            .filter_map(|w| match w {
                [a, b] => Some((days_between(*a, *b) - closed_days(&closed, *a, *b), *a, *b)),
                _ => None,
            })
            .filter(|(days, _, _)| *days > limit)
            .collect();
        let Some(&(days, a, b)) = gaps
            .iter()
            .max_by_key(|(days, a, _)| (*days, std::cmp::Reverse(*a)))
        else {
            continue;
        };
        let entity = phase;
        // The stretch's last day: the day before the next occurrence (or the phase end).
        let last = b.yesterday().unwrap_or(b);
        let excluded = closed_days(&closed, a, b) > 0;
        let finding = RuleMsg::MomentumGap {
            phase: id.clone(),
            days,
            from: a.to_string(),
            last: last.to_string(),
            limit_weeks,
            outside_closed: excluded,
            stretches: gaps.len(),
        };
        out.push(Finding::of(finding, entity.id.span).on(SectionKind::Phases, id));
    }
    tracks(ctx, schedule, &closed, out);
}

/// The same measure per track, over the periods the track is active, with its own
/// activities' occurrences only.
fn tracks(
    ctx: &Ctx,
    schedule: &crate::schedule::Schedule,
    closed: &[(Date, Date)],
    out: &mut Vec<Finding>,
) {
    if ctx.plan.tracks.is_empty() {
        return;
    }
    let limit_weeks = ctx.options.momentum_gap_weeks;
    let limit = i64::from(limit_weeks) * 7;
    let calendar_end = schedule.until.tomorrow().unwrap_or(schedule.until);
    for (id, track) in ctx.plan.tracks.iter() {
        let mut dates: Vec<Date> = ctx
            .plan
            .activities
            .values()
            .zip(&schedule.occurrences)
            .filter(|(a, _)| a.track.as_ref().is_some_and(|t| t.as_str() == id))
            .flat_map(|(_, occ)| occ.iter().map(|o| o.date))
            .collect();
        let has_activities = ctx
            .plan
            .activities
            .values()
            .any(|a| a.track.as_ref().is_some_and(|t| t.as_str() == id));
        if !has_activities {
            continue;
        }
        dates.sort_unstable();
        dates.dedup();
        let running = crate::schedule::tracks::running(
            ctx.plan,
            track,
            &schedule.phases,
            schedule.start,
            schedule.until,
        );
        let mut gaps: Vec<(i64, Date, Date)> = Vec::new();
        for &(start, end) in &running.0 {
            let end = end.min(calendar_end);
            if end <= start {
                continue;
            }
            let from = dates.partition_point(|d| *d < start);
            let to = dates.partition_point(|d| *d < end);
            let mut points = Vec::with_capacity(to.saturating_sub(from) + 2);
            points.push(start);
            points.extend_from_slice(dates.get(from..to).unwrap_or(&[]));
            points.push(end);
            gaps.extend(points.windows(2).filter_map(|w| match w {
                [a, b] => {
                    let days = days_between(*a, *b) - closed_days(closed, *a, *b);
                    (days > limit).then_some((days, *a, *b))
                }
                _ => None,
            }));
        }
        let Some(&(days, a, b)) = gaps
            .iter()
            .max_by_key(|(days, a, _)| (*days, std::cmp::Reverse(*a)))
        else {
            continue;
        };
        let last = b.yesterday().unwrap_or(b);
        let finding = RuleMsg::MomentumGapTrack {
            track: id.clone(),
            days,
            from: a.to_string(),
            last: last.to_string(),
            limit_weeks,
            outside_closed: closed_days(closed, a, b) > 0,
            stretches: gaps.len(),
        };
        out.push(Finding::of(finding, track.id.span).on(SectionKind::Tracks, id));
    }
}

/// The plan's closed periods, sorted and with overlaps merged (inclusive ends).
pub(super) fn merged_closures(schedule: &crate::schedule::Schedule) -> Vec<(Date, Date)> {
    let mut v: Vec<(Date, Date)> = schedule.calendar.closed().to_vec();
    v.sort_unstable();
    let mut out: Vec<(Date, Date)> = Vec::with_capacity(v.len());
    for (from, to) in v {
        match out.last_mut() {
            Some(last) if from <= last.1.tomorrow().unwrap_or(last.1) => last.1 = last.1.max(to),
            _ => out.push((from, to)),
        }
    }
    out
}

/// Closed days in `[a, b)`.
pub(super) fn closed_days(closed: &[(Date, Date)], a: Date, b: Date) -> i64 {
    closed
        .iter()
        .map(|&(from, to)| {
            let lo = from.max(a);
            let hi = to.tomorrow().unwrap_or(to).min(b);
            days_between(lo, hi).max(0)
        })
        .sum()
}
