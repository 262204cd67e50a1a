//! `activity-outside-phase`: an activity dated or offset outside its phase.

use super::{Ctx, Finding, SectionKind};
use crate::compiled::{CompiledPhase, CompiledPlan};
use crate::diag::{Label, Lang};
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
        let names: Vec<String> = listed.iter().map(|p| format!("`{}`", p.id)).collect();
        let names = names.join(", ");
        let lang = ctx.lang;
        let (message, label) = if date < first_start {
            (
                match lang {
                    Lang::Da => format!(
                        "aktiviteten `{id}` ligger {date}, før fasen {names} begynder ({first_start})"
                    ),
                    _ => format!(
                        "the activity `{id}` falls on {date}, before its phase {names} starts ({first_start})"
                    ),
                },
                match lang {
                    Lang::Da => format!("{date}: før fasen"),
                    _ => format!("{date}: before the phase"),
                },
            )
        } else if date >= last_end {
            (
                match lang {
                    Lang::Da => format!(
                        "aktiviteten `{id}` ligger {date}, efter fasen {names} er slut (sidste dag {last_day})"
                    ),
                    _ => format!(
                        "the activity `{id}` falls on {date}, after its phase {names} has ended (last day {last_day})"
                    ),
                },
                match lang {
                    Lang::Da => format!("{date}: efter fasen"),
                    _ => format!("{date}: after the phase"),
                },
            )
        } else {
            (
                match lang {
                    Lang::Da => {
                        format!("aktiviteten `{id}` ligger {date}, mellem sine faser {names}")
                    }
                    _ => format!("the activity `{id}` falls on {date}, between its phases {names}"),
                },
                match lang {
                    Lang::Da => format!("{date}: uden for faserne"),
                    _ => format!("{date}: outside the phases"),
                },
            )
        };
        let mut f = Finding::new(message, Label::new(span, label))
            .help(ctx.t(
                "move the activity into the phase (a shorter offset or another date), or list the phase it falls in",
                "flyt aktiviteten ind i fasen (kortere forskydning eller en anden dato), eller angiv den fase, den ligger i",
            ))
            .on(SectionKind::Activities, id);
        for p in &listed {
            if let Some(entity) = plan.phases.get(p.id.as_str()) {
                let text = match lang {
                    Lang::Da => format!(
                        "fasen løber {} til {}",
                        p.start.nominal,
                        p.end.nominal.0.yesterday().unwrap_or(p.end.nominal.0)
                    ),
                    _ => format!(
                        "the phase runs {} to {}",
                        p.start.nominal,
                        p.end.nominal.0.yesterday().unwrap_or(p.end.nominal.0)
                    ),
                };
                f = f.label(Label::new(entity.id.span, text));
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
