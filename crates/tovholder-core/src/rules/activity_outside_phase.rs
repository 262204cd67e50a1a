//! `activity-outside-phase`: an activity dated or offset outside its phase.

use super::{Ctx, Finding, SectionKind};
use crate::compiled::{CompiledPhase, CompiledPlan};
use crate::messages::{Place, RuleMsg};
use crate::schedule::activities::listed_phases;
use crate::schedule::dates::{Win, after};
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
        let listed: Vec<&CompiledPhase> = listed_phases(plan, act)
            .into_iter()
            .filter_map(|i| {
                let (pid, _) = plan.phases.get_index(i)?;
                // The compiled phases are in plan order: look there first, not through all.
                schedule
                    .phases
                    .get(i)
                    .filter(|p| p.id == *pid)
                    .or_else(|| schedule.phases.iter().find(|p| p.id == *pid))
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
            .any(|p| p.start.nominal.0 <= date && date < p.end.nominal.0);
        if inside {
            continue;
        }
        let first_start = listed.iter().map(|p| p.start.nominal.0).min();
        let last_end = listed.iter().map(|p| p.end.nominal.0).max();
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
                    let end = p.end.nominal.0.yesterday().unwrap_or(p.end.nominal.0);
                    (p.start.nominal.to_string(), end.to_string())
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

/// The activity's first computed date (before moving to a working day) and the
/// span of the timing that put it there; `None` when its timing is only the
/// phase start or cannot be computed.
fn first_date(
    plan: &crate::model::Plan,
    schedule: &CompiledPlan,
    act: &crate::model::Entity<crate::model::Activity>,
    listed: &[&CompiledPhase],
) -> Option<(Date, Span)> {
    if let Some(d) = &act.date {
        return Some((d.value.0, d.span));
    }
    if let Some(a) = &act.after {
        // The compiled activities are in plan order: look there first, not through all
        // (and not at all for an unknown id: a search per activity is quadratic).
        let i = plan.activities.get_index_of(a.activity.as_str())?;
        let other = schedule
            .activities
            .get(i)
            .filter(|x| x.id == a.activity)
            .or_else(|| schedule.activities.iter().find(|x| x.id == a.activity))?;
        let first = other.occurrences.first()?;
        let from = Win {
            earliest: first.earliest.0,
            nominal: first.date.0,
            latest: first.latest.0,
        };
        let d = match a.offset {
            Some(r) => after(from, r, 1)?.nominal,
            None => from.nominal,
        };
        return Some((d, a.span));
    }
    if let Some(at) = &act.at {
        let phase_start = listed.iter().map(|p| p.start).min_by_key(|w| w.nominal)?;
        let base = Win {
            earliest: phase_start.earliest.0,
            nominal: phase_start.nominal.0,
            latest: phase_start.latest.0,
        };
        return Some((after(base, at.value, 1)?.nominal, at.span));
    }
    None
}
