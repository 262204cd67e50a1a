//! `activity-outside-phase`: an activity dated or offset outside its phase.

use super::{Ctx, Finding, SectionKind};
use crate::messages::{Place, RuleMsg};
use crate::schedule::activities::{listed_phases, shift_after, shift_before};
use crate::schedule::dates::after;
use crate::schedule::{PhaseWindows, Schedule};
use crate::span::Span;
use jiff::civil::Date;

declare_rule! {
    /// ## What it does
    /// Computes the first date of every activity that belongs to a phase — its fixed
    /// `date`, its `at` offset from the phase start, or its `after` reference plus
    /// offset — and warns when that date is not inside the (nominal) window of any of
    /// its phases. The date before any move to a working day is used.
    ///
    /// ## Why it matters
    /// The activity plan groups activities by phase. An activity dated after its phase
    /// has ended shows up under the wrong heading, and usually means the offset was
    /// meant in weeks, not months, or that the phase is shorter than assumed.
    ///
    /// ## Example
    /// ```yaml
    /// phases:
    ///   beslutning: { duration: 2 months }
    /// activities:
    ///   udmelding:
    ///     phase: beslutning
    ///     at: 3 months
    /// ```
    ///
    /// ## Use instead
    /// ```yaml
    /// phases:
    ///   beslutning: { duration: 2 months }
    /// activities:
    ///   udmelding:
    ///     phase: beslutning
    ///     at: 6 weeks
    /// ```
    pub static RULE = "activity-outside-phase", Warn,
        "An activity's date or offset falls outside its phase",
        models: false, needs_schedule: true, check: Some(check);
}

fn check(ctx: &Ctx, out: &mut Vec<Finding>) {
    let Some(schedule) = ctx.schedule else {
        return;
    };
    let plan = ctx.plan;
    for (id, act) in plan.activities.iter() {
        let listed: Vec<Listed> = listed_phases(plan, act)
            .into_iter()
            .filter_map(|i| {
                let (id, _) = plan.phases.get_index(i)?;
                let w = schedule.phases.get(i)?;
                Some(Listed { id, w })
            })
            .collect();
        if listed.is_empty() {
            continue;
        }
        let Some((date, span)) = first_date(plan, schedule, act, &listed) else {
            continue;
        };
        let inside = listed
            .iter()
            .any(|p| p.w.start.nominal <= date && date < p.w.end.nominal);
        if inside {
            continue;
        }
        let first_start = listed.iter().map(|p| p.w.start.nominal).min();
        let last_end = listed.iter().map(|p| p.w.end.nominal).max();
        let (Some(first_start), Some(last_end)) = (first_start, last_end) else {
            continue;
        };
        let last_day = last_end.yesterday().unwrap_or(last_end);
        let (place, bound) = if date < first_start {
            (Place::Before, first_start)
        } else if date >= last_end {
            (Place::After, last_day)
        } else {
            (Place::Between, last_day)
        };
        let finding = RuleMsg::ActivityOutsidePhase {
            activity: id.clone(),
            date: date.to_string(),
            phases: listed.iter().map(|p| p.id.clone()).collect(),
            place,
            bound: bound.to_string(),
            windows: listed
                .iter()
                .filter(|p| plan.phases.contains_key(p.id.as_str()))
                .map(|p| {
                    let end = p.w.end.nominal.yesterday().unwrap_or(p.w.end.nominal);
                    (p.w.start.nominal.to_string(), end.to_string())
                })
                .collect(),
        };
        let mut f = Finding::of(finding, span).on(SectionKind::Activities, id);
        for p in &listed {
            if let Some(entity) = plan.phases.get(p.id.as_str()) {
                f = f.at(entity.id.span);
            }
        }
        out.push(f);
    }
}

/// A phase the activity lists, with its scheduled windows.
struct Listed<'a> {
    id: &'a String,
    w: &'a PhaseWindows,
}

/// The activity's first computed date (before moving to a working day) and the
/// span of the timing that put it there; `None` when its timing is only the
/// phase start or cannot be computed.
fn first_date(
    plan: &crate::model::Plan,
    schedule: &Schedule,
    act: &crate::model::Entity<crate::model::Activity>,
    listed: &[Listed],
) -> Option<(Date, Span)> {
    if let Some(d) = &act.date {
        return Some((d.value.0, d.span));
    }
    // `after`: the last of its activities decides; `before` (alone): the first.
    let dated = |id: &str| {
        let i = plan.activities.get_index_of(id)?;
        let first = schedule.occurrences.get(i)?.first()?;
        Some(crate::schedule::dates::Win {
            earliest: first.earliest,
            nominal: first.date,
            latest: first.latest,
        })
    };
    if act.after.is_some() {
        let mut best: Option<(Date, Span)> = None;
        for a in crate::model::strs(&act.after) {
            let d = shift_after(dated(&a.value.activity)?, a.value.offset)?.nominal;
            if best.is_none_or(|(b, _)| d > b) {
                best = Some((d, a.span));
            }
        }
        return best;
    }
    if act.before.is_some() {
        let mut best: Option<(Date, Span)> = None;
        for b in crate::model::strs(&act.before) {
            let d = shift_before(dated(&b.value.activity)?, b.value.offset)?.nominal;
            if best.is_none_or(|(x, _)| d < x) {
                best = Some((d, b.span));
            }
        }
        return best;
    }
    if let Some(at) = &act.at {
        let base = listed.iter().map(|p| p.w.start).min_by_key(|w| w.nominal)?;
        return Some((after(base, at.value, 1)?.nominal, at.span));
    }
    None
}
