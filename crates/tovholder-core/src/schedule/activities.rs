//! Activity occurrences: fixed dates, offsets, `after` chains and recurrences.
//!
//! Timing, in order of precedence when several are written:
//! 1. `date`: one occurrence on that day, never moved (a recurrence with `every`
//!    starts there; only this first occurrence is fixed).
//! 2. `after: X + OFFSET`: the first occurrence of `X` (as scheduled, after any
//!    move) plus the offset; `after: X` alone is the same day as `X`.
//! 3. `at: OFFSET`: the start of the activity's first phase (the listed phase that
//!    starts first) plus the offset; with no phase, the plan's start.
//! 4. none of these, but a phase: one occurrence at the start of the first phase.
//!
//! With `every: INTERVAL` the first date above starts a series: occurrence `k` is
//! at `first + k × interval` (nominal interval for ranges; earliest and latest use
//! the bounds), up to the end of the last listed phase (exclusive; nominal ends),
//! or to the end of the compiled calendar when no phase is listed. Occurrences
//! whose computed date falls in none of the listed phases are left out (a gap
//! between two listed phases that are not consecutive).
//!
//! **Working days.** A computed date on a weekend, a holiday or a closed day moves
//! to the next working day (`moved_from` keeps the computed date); earliest and
//! latest move the same way. A recurring occurrence that would move by more than
//! half the way to the next occurrence's computed date is dropped: a monthly
//! meeting that falls in a four-week summer closure is skipped, not held two days
//! before the next one, and a weekly meeting does not pile up four times after
//! the closure. A single occurrence moves however far it has to.
//! An occurrence after `until` is not in the compiled calendar.
//!
//! **Limits.** At most [`MAX_OCCURRENCES_PER_ACTIVITY`] computed occurrences per
//! activity and [`MAX_OCCURRENCES_PER_PLAN`] per plan; beyond that the series
//! stops and the `too-many-occurrences` finding points at the `every` value.

use super::dates::{self, Win};
use super::{Occurrence, PhaseWindows};
use crate::calendar::WorkCalendar;
use crate::diag::{Diagnostic, Lang};
use crate::messages::RuleMsg;
use crate::model::{Activity, Entity, Plan};
use crate::span::Span;
use jiff::civil;

/// Most computed occurrences of one activity.
pub const MAX_OCCURRENCES_PER_ACTIVITY: u64 = 10_000;
/// Most occurrences in one compiled plan.
pub const MAX_OCCURRENCES_PER_PLAN: usize = 200_000;

/// What activity scheduling needs from the phases and the calendar.
pub struct Input<'a> {
    pub plan: &'a Plan,
    pub cal: &'a WorkCalendar,
    /// Per phase index: start and exclusive end windows.
    pub phases: &'a [PhaseWindows],
    pub plan_start: civil::Date,
    pub until: civil::Date,
    pub lang: Lang,
}

/// Occurrences by activity index, and findings.
pub fn schedule(input: &Input) -> (Vec<Vec<Occurrence>>, Vec<Diagnostic>) {
    let plan = input.plan;
    let mut out: Vec<Vec<Occurrence>> = vec![Vec::new(); plan.activities.len()];
    let mut diags = Vec::new();
    let mut total = 0usize;
    let mut plan_full = false;
    for i in order(plan) {
        let Some((id, act)) = plan.activities.get_index(i) else {
            continue;
        };
        if plan_full {
            break;
        }
        let mut s = Series {
            input,
            listed: listed_phases(plan, act),
            // One-off activities have one occurrence; a series is trimmed below.
            occ: Vec::with_capacity(usize::from(act.every.is_none())),
            total: &mut total,
        };
        let base = s.base(act, &out);
        let Some(base) = base else { continue };
        let fixed = act.date.is_some();
        match &act.every {
            None => {
                if s.room() {
                    s.place(base, fixed, None, 0);
                } else {
                    plan_full = true;
                }
            }
            Some(every) => {
                let end = s.series_end();
                let mut k: u64 = 0;
                // Occurrence k + 1 is computed once: as the bound of k, then as itself.
                let mut upcoming = dates::after(base, every.value, 0);
                while let Some(cur) = upcoming {
                    if cur.nominal >= end || cur.nominal > input.until {
                        break;
                    }
                    if k >= MAX_OCCURRENCES_PER_ACTIVITY {
                        diags.push(too_many(input.lang, id, every.span));
                        break;
                    }
                    if !s.room() {
                        plan_full = true;
                        break;
                    }
                    upcoming = dates::after(base, every.value, k + 1);
                    let next = upcoming.map(|w| w.nominal).unwrap_or(civil::Date::MAX);
                    let first = k == 0;
                    let slot = u32::try_from(k).unwrap_or(u32::MAX);
                    k += 1;
                    let keep_fixed = fixed && first;
                    if !keep_fixed && !s.listed.is_empty() && s.containing(cur.nominal).is_none() {
                        continue;
                    }
                    let half = dates::days_between(cur.nominal, next) / 2;
                    let limit = dates::add_days(cur.nominal, half).unwrap_or(next);
                    s.place(cur, keep_fixed, Some(limit), slot);
                }
            }
        }
        if plan_full {
            let span = act.every.as_ref().map(|e| e.span).unwrap_or(act.id.span);
            diags.push(plan_too_many(input.lang, id, span));
        }
        if let Some(slot) = out.get_mut(i) {
            s.occ.shrink_to_fit();
            *slot = s.occ;
        }
    }
    (out, diags)
}

struct Series<'a, 'b> {
    input: &'a Input<'a>,
    /// Indices of the listed phases that exist, without duplicates.
    listed: Vec<usize>,
    occ: Vec<Occurrence>,
    total: &'b mut usize,
}

impl Series<'_, '_> {
    fn room(&self) -> bool {
        *self.total < MAX_OCCURRENCES_PER_PLAN
    }

    fn phase(&self, p: usize) -> Option<&PhaseWindows> {
        self.input.phases.get(p)
    }

    /// The listed phase that starts first (file order breaks ties).
    fn first_phase(&self) -> Option<usize> {
        self.listed
            .iter()
            .copied()
            .min_by_key(|&p| self.phase(p).map(|w| w.start.nominal))
    }

    /// The end of the last listed phase, or the end of the calendar.
    fn series_end(&self) -> civil::Date {
        let cal_end = self.input.until.tomorrow().unwrap_or(civil::Date::MAX);
        self.listed
            .iter()
            .filter_map(|&p| self.phase(p).map(|w| w.end.nominal))
            .max()
            .map_or(cal_end, |e| e.min(cal_end))
    }

    /// The listed phase whose nominal window holds `d`.
    fn containing(&self, d: civil::Date) -> Option<usize> {
        containing(&self.listed, self.input.phases, d)
    }

    /// The first date of the activity (see the module docs), or `None` when it has none.
    fn base(&self, act: &Entity<Activity>, done: &[Vec<Occurrence>]) -> Option<Win> {
        if let Some(d) = &act.date {
            return Some(Win::at(d.value.0));
        }
        if let Some(after) = &act.after {
            let other = self
                .input
                .plan
                .activities
                .get_index_of(after.activity.as_str())?;
            let first = done.get(other)?.first()?;
            let from = Win {
                earliest: first.earliest,
                nominal: first.date,
                latest: first.latest,
            };
            return match after.offset {
                Some(r) => dates::after(from, r, 1),
                None => Some(from),
            };
        }
        let phase_start = match self.first_phase() {
            Some(p) => self.phase(p).map(|w| w.start),
            None => None,
        };
        match (&act.at, phase_start) {
            (Some(at), Some(s)) => dates::after(s, at.value, 1),
            (Some(at), None) => dates::after(Win::at(self.input.plan_start), at.value, 1),
            (None, Some(s)) => Some(s),
            (None, None) => None,
        }
    }

    /// Add one occurrence at `win` (moved to a working day unless fixed), unless it
    /// lands after `until` or after `limit` (half-way to the next computed occurrence).
    fn place(&mut self, win: Win, fixed: bool, limit: Option<civil::Date>, slot: u32) {
        let until = self.input.until;
        let (date, earliest, latest, moved_from) = if fixed {
            (win.nominal, win.nominal, win.nominal, None)
        } else {
            let cal = self.input.cal;
            let Some(date) = cal.next_working_day(win.nominal) else {
                return;
            };
            if limit.is_some_and(|l| date > l) {
                return;
            }
            // Most windows are one day (no range): its working day is known already.
            let working = |d: civil::Date| {
                if d == win.nominal {
                    date
                } else {
                    cal.next_working_day(d).unwrap_or(d)
                }
            };
            let (earliest, latest) = (working(win.earliest), working(win.latest));
            let moved = (date != win.nominal).then_some(win.nominal);
            (date, earliest.min(date), latest.max(date), moved)
        };
        if date > until {
            return;
        }
        self.occ.push(Occurrence {
            date,
            earliest,
            latest,
            moved_from,
            slot,
        });
        *self.total += 1;
    }
}

/// Of the `listed` phases (indices), the one whose nominal window holds `d`.
pub fn containing(listed: &[usize], phases: &[PhaseWindows], d: civil::Date) -> Option<usize> {
    listed.iter().copied().find(|&p| {
        phases
            .get(p)
            .is_some_and(|w| w.start.nominal <= d && d < w.end.nominal)
    })
}

/// The phases an activity lists (`phase`, then `phases`) that exist, deduplicated.
pub fn listed_phases(plan: &Plan, act: &Activity) -> Vec<usize> {
    let mut v: Vec<usize> = Vec::new();
    for p in act.phase_refs() {
        if let Some(i) = plan.phases.get_index_of(p.as_str())
            && !v.contains(&i)
        {
            v.push(i);
        }
    }
    v
}

/// Activities in an order where every `after` target comes first (file order otherwise).
fn order(plan: &Plan) -> Vec<usize> {
    let n = plan.activities.len();
    let mut done = vec![false; n];
    let mut out = Vec::with_capacity(n);
    for i in 0..n {
        let mut chain = Vec::new();
        let mut cur = Some(i);
        while let Some(c) = cur {
            if done.get(c).copied().unwrap_or(true) || chain.contains(&c) {
                break;
            }
            chain.push(c);
            cur = plan
                .activities
                .get_index(c)
                .and_then(|(_, a)| a.after.as_ref())
                .and_then(|a| plan.activities.get_index_of(a.activity.as_str()));
        }
        for c in chain.into_iter().rev() {
            if let Some(d) = done.get_mut(c) {
                *d = true;
            }
            out.push(c);
        }
    }
    out
}

fn too_many(lang: Lang, id: &str, span: Span) -> Diagnostic {
    let finding = RuleMsg::TooManyOccurrences {
        activity: id.to_string(),
        limit: MAX_OCCURRENCES_PER_ACTIVITY,
    };
    Diagnostic::report(finding, &[span], lang)
}

fn plan_too_many(lang: Lang, id: &str, span: Span) -> Diagnostic {
    let finding = RuleMsg::PlanTooManyOccurrences {
        activity: id.to_string(),
        limit: MAX_OCCURRENCES_PER_PLAN,
    };
    Diagnostic::report(finding, &[span], lang)
}
