//! Scheduling: the plan's phases and activities as dates.
//!
//! The scheduler turns a plan with a `start` into a [`Schedule`]: the calendar,
//! every phase's windows, every activity's occurrences and every role's planned
//! hours, by plan index — what the date rules read. Plans that cannot be scheduled
//! get none: models (`kind: model`, no start), plans without `start`, and plans
//! with a dependency cycle (reported by `dependency-cycle`). The documents'
//! [`CompiledPlan`](crate::compiled::CompiledPlan) is built from a schedule and the
//! plan's texts ([`crate::compiled::CompiledPlan::build`]).
//!
//! - Phase windows: see [`phases`]. Ranges use the nominal rule in [`dates`].
//! - Activity occurrences: see [`activities`].
//! - **The compiled calendar** runs from `start` to `until` (inclusive):
//!   `--until DATE` when given; else the end of the declared `horizon` (nominal,
//!   `start + horizon − 1 day`), extended when needed so that every bounded phase
//!   fits; else, when some phase is ongoing, [`DEFAULT_SUSTAIN_MONTHS`] months
//!   after the last bounded phase ends; else the day the last phase ends. It never
//!   runs more than [`MAX_CALENDAR_YEARS`] years. Ongoing phases end at `until`.
//! - **Working days**: Monday–Friday minus the holidays of `calendar.holidays`
//!   (`dk`, `se` or `none`; when not written, `se` for plans in Swedish and `dk`
//!   otherwise) minus the `closed` periods. See [`crate::calendar`].
//! - **Planned hours**: per role and calendar month, the nominal length of every
//!   occurrence where the role is responsible or a participant (counted once),
//!   rounded to hundredths of an hour; an `optional` activity, a milestone and a
//!   deliverable count none ([`crate::model::Activity::counted_minutes`]).

pub mod activities;
pub mod dates;
pub mod phases;
pub mod tracks;

use crate::calendar::{HolidayRegion, WorkCalendar};
use crate::diag::{Diagnostic, Lang};
use crate::duration::Duration;
use crate::graph::DepGraph;
use crate::model::{self, Plan, strs};
use dates::Win;
use jiff::civil;
use phases::Pick;
use std::collections::BTreeMap;

/// How long ongoing phases run after the last bounded phase when the plan has no horizon.
pub const DEFAULT_SUSTAIN_MONTHS: i64 = 12;
/// The compiled calendar never runs longer than this many years from `start`.
pub const MAX_CALENDAR_YEARS: i64 = 100;
/// Start time of occurrences when the activity gives no `time`.
pub const DEFAULT_TIME: &str = "09:00";

/// The holiday region of a plan: `calendar.holidays`, else by the plan's language.
pub fn region(plan: &Plan) -> HolidayRegion {
    match plan
        .calendar
        .as_ref()
        .and_then(|c| c.holidays.as_ref())
        .map(|h| h.value)
    {
        Some(region) => region,
        None if plan.lang() == Some(Lang::Sv) => HolidayRegion::Se,
        None => HolidayRegion::Dk,
    }
}

/// How long a working day is, in minutes, for lengths in days (`length: 2 dage`):
/// `calendar.day_length` (the plan's, else its model's), else 8 hours when the
/// holidays are Swedish (`se`, the default of a Swedish plan; a 40-hour week) or the
/// plan is Swedish with `holidays: none`, else 7.4 hours (a 37-hour week, the Danish
/// standard).
pub fn day_minutes(plan: &Plan) -> u32 {
    if let Some(d) = plan.calendar.as_ref().and_then(|c| c.day_length.as_ref()) {
        return d.value.0;
    }
    match region(plan) {
        HolidayRegion::Se => crate::duration::SWEDISH_DAY_MINUTES,
        HolidayRegion::None if plan.lang() == Some(Lang::Sv) => {
            crate::duration::SWEDISH_DAY_MINUTES
        }
        _ => crate::duration::DEFAULT_DAY_MINUTES,
    }
}

/// The days one occurrence takes place on: its date, then the next working days
/// until it has `days` (a length in days, `length: 2 dage`); weekends, holidays and
/// closed days are skipped. One day when `days` is `None` or 1.
pub fn occurrence_days(
    cal: &WorkCalendar,
    date: civil::Date,
    days: Option<u32>,
) -> Vec<civil::Date> {
    let n = days.unwrap_or(1).max(1);
    let mut out = vec![date];
    let mut cur = date;
    while out.len() < usize::try_from(n).unwrap_or(1) {
        let Some(next) = cur.tomorrow().ok().and_then(|d| cal.next_working_day(d)) else {
            break;
        };
        out.push(next);
        cur = next;
    }
    out
}

/// Each day of an occurrence with the minutes it counts: one day with all of them
/// for a length in hours; for a length in days, a working day's minutes on each day
/// (the last a half day when the length ends in one).
pub fn counted_days(
    cal: &WorkCalendar,
    act: &model::Activity,
    date: civil::Date,
    day_minutes: u32,
    minutes: u32,
) -> Vec<(civil::Date, u32)> {
    match act.length.as_ref().filter(|l| l.value.days().is_some()) {
        None => vec![(date, minutes)],
        Some(l) => occurrence_days(cal, date, l.value.days())
            .into_iter()
            .zip(l.value.day_split(day_minutes))
            .collect(),
    }
}

/// The plan's working-day calendar: its holidays and closed periods.
pub fn work_calendar(plan: &Plan) -> WorkCalendar {
    let closed = plan
        .calendar
        .as_ref()
        .map(|c| strs(&c.closed))
        .unwrap_or(&[])
        .iter()
        .map(|c| (c.value.from.0, c.value.to.0))
        .collect();
    WorkCalendar::new(region(plan), closed)
}

/// The language of rendered documents: the plan's `language`, Danish by default.
pub fn document_lang(plan: &Plan) -> Lang {
    plan.lang().unwrap_or(Lang::Da)
}

/// Whether the plan can be scheduled: a plan (not a model) with a start and no cycle.
pub fn can_schedule(plan: &Plan, graph: &DepGraph) -> bool {
    !plan.is_model() && plan.start.is_some() && graph.cycles().is_empty()
}

/// The last day of the compiled calendar (see the module docs).
pub fn until_of(
    plan: &Plan,
    graph: &DepGraph,
    start: civil::Date,
    until: Option<civil::Date>,
) -> civil::Date {
    let cap = dates::add_units(start, MAX_CALENDAR_YEARS, crate::duration::TimeUnit::Year)
        .and_then(|d| d.yesterday().ok())
        .unwrap_or(civil::Date::MAX);
    let floor = start.yesterday().unwrap_or(start);
    if let Some(u) = until {
        return u.clamp(floor, cap);
    }
    let bounded = phases::total_end(plan, graph, start, Pick::Nominal, false);
    let last_day = bounded.and_then(|e| e.yesterday().ok());
    let declared = match plan.horizon.as_ref().map(|h| h.value) {
        Some(Duration::Range(r)) => {
            dates::after(Win::at(start), r, 1).and_then(|w| w.nominal.yesterday().ok())
        }
        _ => None,
    };
    let chosen = match declared {
        Some(h) => Some(last_day.map_or(h, |l| h.max(l))),
        None if phases::has_open_end(plan, graph, start) || bounded.is_none() => {
            let from = bounded.unwrap_or(start);
            dates::add_units(
                from,
                DEFAULT_SUSTAIN_MONTHS,
                crate::duration::TimeUnit::Month,
            )
            .and_then(|d| d.yesterday().ok())
        }
        None => last_day,
    };
    chosen.unwrap_or(cap).clamp(floor, cap)
}

/// A scheduled plan: what the date rules read, and what the documents' compiled
/// plan is built from. Everything is by plan index (the `i`-th phase of the plan is
/// `phases[i]`); dates are civil dates.
#[derive(Clone, Debug)]
pub struct Schedule {
    /// The plan's `start`.
    pub start: civil::Date,
    /// The last day of the compiled calendar (see the module docs); before `start`
    /// when `--until` is earlier.
    pub until: civil::Date,
    /// Working days: the holiday region and the closed periods.
    pub calendar: WorkCalendar,
    /// Per phase: its start and exclusive end windows.
    pub phases: Vec<PhaseWindows>,
    /// Per activity: its occurrences, in date order.
    pub occurrences: Vec<Vec<Occurrence>>,
    /// Per role: planned hours per calendar month, months without hours left out.
    pub planned_hours: Vec<Vec<MonthHours>>,
    /// Per role held by people in teams: each person's planned hours (see
    /// [`tracks::person_hours`]); empty for other roles.
    pub person_hours: Vec<Vec<tracks::PersonHours>>,
    /// A working day's length in minutes, for lengths in days ([`day_minutes`]).
    pub day_minutes: u32,
}

/// A phase's start and exclusive end (the day after its last day).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PhaseWindows {
    pub start: Win,
    pub end: Win,
}

/// One dated occurrence of an activity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Occurrence {
    /// The scheduled (nominal) date, on a working day unless fixed.
    pub date: civil::Date,
    /// Earliest date from the ranges involved (moved to a working day like `date`).
    pub earliest: civil::Date,
    /// Latest date from the ranges involved (moved to a working day like `date`).
    pub latest: civil::Date,
    /// The computed date before moving off a weekend, holiday or closed day.
    pub moved_from: Option<civil::Date>,
    /// The schedule slot: `k` for occurrence `k` of a series (`first + k × interval`,
    /// counting the slots dropped for closures and outside the phases), 0 for a
    /// one-off. Calendar UIDs are keyed on it, so a holiday or a closure never
    /// re-numbers the other occurrences.
    pub slot: u32,
}

impl Occurrence {
    /// The computed date: where it was before any move to a working day.
    pub fn computed(&self) -> civil::Date {
        self.moved_from.unwrap_or(self.date)
    }
}

/// A role's planned hours in one calendar month.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MonthHours {
    pub year: i16,
    /// 1–12.
    pub month: i8,
    /// Hours, rounded to hundredths.
    pub hours: f64,
}

impl MonthHours {
    /// `YYYY-MM`.
    pub fn label(&self) -> String {
        format!("{:04}-{:02}", self.year, self.month)
    }
}

/// Granted hours per calendar month (per week × 52/12), rounded to hundredths.
pub fn granted_per_month(role: &model::Role) -> Option<f64> {
    role.hours.as_ref().map(|h| round2(h.value.per_month()))
}

/// Schedule a plan. `None` when it cannot be scheduled (see [`can_schedule`]); the
/// findings are the scheduler's own (`too-many-occurrences`).
pub fn schedule(
    plan: &Plan,
    graph: &DepGraph,
    until: Option<model::Date>,
    lang: Lang,
) -> (Option<Schedule>, Vec<Diagnostic>) {
    if !can_schedule(plan, graph) {
        return (None, Vec::new());
    }
    let Some(start) = plan.start.as_ref().map(|s| s.value.0) else {
        return (None, Vec::new());
    };
    let until = until_of(plan, graph, start, until.map(|d| d.0));
    let ongoing_end = until.tomorrow().unwrap_or(civil::Date::MAX);
    let early = phases::schedule(plan, graph, start, Pick::Min, true, Some(ongoing_end));
    let nominal = phases::schedule(plan, graph, start, Pick::Nominal, false, Some(ongoing_end));
    let late = phases::schedule(plan, graph, start, Pick::Max, false, Some(ongoing_end));
    let get =
        |v: &[Option<civil::Date>], i: usize| v.get(i).copied().flatten().unwrap_or(ongoing_end);
    let windows: Vec<PhaseWindows> = (0..plan.phases.len())
        .map(|i| PhaseWindows {
            start: Win {
                earliest: get(&early.start, i),
                nominal: get(&nominal.start, i),
                latest: get(&late.start, i),
            },
            end: Win {
                // The phase's own end if it takes place (an optional phase too).
                earliest: get(&early.own_end, i),
                nominal: get(&nominal.end, i),
                latest: get(&late.end, i),
            },
        })
        .collect();
    let cal = work_calendar(plan);
    let input = activities::Input {
        plan,
        cal: &cal,
        phases: &windows,
        plan_start: start,
        until,
        lang,
    };
    let (mut occurrences, diags) = activities::schedule(&input);
    tracks::apply(&input, &mut occurrences);
    let day = day_minutes(plan);
    let planned_hours = planned_hours(plan, &occurrences, &cal, day);
    let person_hours = tracks::person_hours(plan, &occurrences, &cal, day);
    let schedule = Schedule {
        start,
        until,
        calendar: cal,
        phases: windows,
        occurrences,
        planned_hours,
        person_hours,
        day_minutes: day,
    };
    (Some(schedule), diags)
}

fn round2(v: f64) -> f64 {
    (v * 100.0).round() / 100.0
}

/// Per role, planned hours per month: the nominal length of every occurrence where
/// the role is responsible or a participant (counted once); each day of a multi-day
/// occurrence in its own month ([`counted_days`]).
fn planned_hours(
    plan: &Plan,
    occurrences: &[Vec<Occurrence>],
    cal: &WorkCalendar,
    day_minutes: u32,
) -> Vec<Vec<MonthHours>> {
    // Role (by index in the plan) → month (year·12 + month − 1) → minutes. Roles
    // are looked up once per activity, months are numbers until the end.
    let mut planned: Vec<BTreeMap<i32, u64>> = vec![BTreeMap::new(); plan.roles.len()];
    let mut who: Vec<usize> = Vec::new();
    for (a, occ) in plan.activities.values().zip(occurrences) {
        // Optional activities, milestones and deliverables count no hours.
        let Some(minutes) = a.counted_minutes(day_minutes) else {
            continue;
        };
        who.clear();
        let responsible = a.responsible.as_ref().map(|r| r.value.as_str());
        let participants = strs(&a.participants).iter().map(|p| p.value.as_str());
        for r in responsible.into_iter().chain(participants) {
            if let Some(i) = plan.roles.get_index_of(r)
                && !who.contains(&i)
            {
                who.push(i);
            }
        }
        let multi_day = a.length_days().is_some();
        for o in occ {
            let one = [(o.date, minutes)];
            let days = if multi_day {
                counted_days(cal, a, o.date, day_minutes, minutes)
            } else {
                one.to_vec()
            };
            for (d, mins) in days {
                let month = month_number(d);
                for &r in &who {
                    if let Some(m) = planned.get_mut(r) {
                        *m.entry(month).or_default() += u64::from(mins);
                    }
                }
            }
        }
    }
    planned.into_iter().map(month_hours).collect()
}

/// A date's month number: year·12 + month − 1.
pub(crate) fn month_number(d: civil::Date) -> i32 {
    i32::from(d.year()) * 12 + i32::from(d.month()) - 1
}

/// Minutes by month number (year·12 + month − 1) as hours per month.
fn month_hours(months: BTreeMap<i32, u64>) -> Vec<MonthHours> {
    months
        .into_iter()
        .map(|(month, min)| MonthHours {
            year: i16::try_from(month.div_euclid(12)).unwrap_or(i16::MAX),
            month: i8::try_from(month.rem_euclid(12) + 1).unwrap_or(1),
            hours: round2(min as f64 / 60.0),
        })
        .collect()
}
