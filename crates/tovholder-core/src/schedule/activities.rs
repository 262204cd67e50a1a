//! Activity occurrences: fixed dates, offsets, `after` chains and recurrences.
//!
//! Timing, in order of precedence when several are written:
//! 1. `date`: one occurrence on that day, never moved (a recurrence with `every`
//!    starts there; only this first occurrence is fixed).
//! 2. `after: X + OFFSET`: the first occurrence of `X` (as scheduled, after any
//!    move) plus the offset; `after: X` alone is the same day as `X`. With a list
//!    (`after: [a, b + 1 month]`) the last of them decides.
//! 3. `before: X - OFFSET`: the first occurrence of `X` minus the offset; with a
//!    list the first of them decides. (With `after` too, `after` decides.)
//! 4. `at: OFFSET`: the start of the activity's first phase (the listed phase that
//!    starts first) plus the offset; with no phase, the plan's start.
//! 5. none of these, but a phase: one occurrence at the start of the first phase.
//!
//! **Following a series.** A recurring activity (`every`) whose `after` or `before`
//! names a recurring activity follows it: one occurrence after (or before) *each*
//! occurrence `k` of it — a reality check two weeks before each status meeting, a
//! newsletter a week after each — and its own `every` only says that it recurs.
//! Occurrence `k` is the last of its `after` activities' `k`-th occurrences (a
//! one-off one counts with its only occurrence) plus its offset, or, with `before`
//! only, the first of its `before` activities' minus its offset; there are as many as
//! the recurring activities it follows have occurrences (the fewest), the slot is the
//! slot of the first recurring one's occurrence, and they are not trimmed to the
//! activity's phases. A date found by `before` moves to the *previous* working day,
//! so it stays before its activity; one that would fall before the plan's `start`
//! is left out.
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
use crate::duration::Range;
use crate::messages::RuleMsg;
use crate::model::{Activity, Entity, Plan, strs};
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
        if act.every.is_some()
            && let Some(follow) = s.follows(act, &out)
        {
            for (win, backwards, slot) in follow {
                if !s.room() {
                    plan_full = true;
                    break;
                }
                s.place_dir(win, false, None, slot, backwards);
            }
            if plan_full {
                let span = act.every.as_ref().map(|e| e.span).unwrap_or(act.id.span);
                diags.push(plan_too_many(input.lang, id, span));
            }
            if let Some(slot) = out.get_mut(i) {
                s.occ.shrink_to_fit();
                *slot = s.occ;
            }
            continue;
        }
        let backwards = act.after.is_none() && act.before.is_some() && act.date.is_none();
        let base = s.base(act, &out);
        let Some(base) = base else { continue };
        let fixed = act.date.is_some();
        match &act.every {
            None => {
                if s.room() {
                    s.place_dir(base, fixed, None, 0, backwards);
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
        let plan = self.input.plan;
        let first_of = |id: &str| -> Option<Win> {
            let o = done.get(plan.activities.get_index_of(id)?)?.first()?;
            Some(occ_win(o))
        };
        if act.after.is_some() {
            // The last of the predecessors decides.
            let mut wins = Vec::new();
            for a in strs(&act.after) {
                wins.push(shift_after(first_of(&a.value.activity)?, a.value.offset)?);
            }
            return latest_of(&wins);
        }
        if act.before.is_some() {
            // The first of them decides.
            let mut wins = Vec::new();
            for b in strs(&act.before) {
                wins.push(shift_before(first_of(&b.value.activity)?, b.value.offset)?);
            }
            return earliest_of(&wins);
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

    /// The occurrences of a recurring activity that follows a series (see the module
    /// docs): per occurrence its window, whether it was found by `before`, and its
    /// slot. `None` when none of its `after`/`before` activities recurs.
    fn follows(
        &self,
        act: &Entity<Activity>,
        done: &[Vec<Occurrence>],
    ) -> Option<Vec<(Win, bool, u32)>> {
        let plan = self.input.plan;
        let recurs = |id: &str| plan.activities.get(id).is_some_and(|a| a.every.is_some());
        let occ_of = |id: &str| -> &[Occurrence] {
            plan.activities
                .get_index_of(id)
                .and_then(|i| done.get(i))
                .map_or(&[], Vec::as_slice)
        };
        let leader = act.waits_for().map(|(id, _)| id).find(|id| recurs(id))?;
        let count = act
            .waits_for()
            .filter(|(id, _)| recurs(id))
            .map(|(id, _)| occ_of(id).len())
            .min()
            .unwrap_or(0);
        let pick = |id: &str, k: usize| -> Option<Win> {
            let occ = occ_of(id);
            let o = if recurs(id) { occ.get(k) } else { occ.first() };
            o.map(occ_win)
        };
        let mut out = Vec::with_capacity(count);
        'each: for k in 0..count {
            let slot = occ_of(leader).get(k).map_or(0, |o| o.slot);
            let mut wins = Vec::new();
            if act.after.is_some() {
                for a in strs(&act.after) {
                    let Some(w) =
                        pick(&a.value.activity, k).and_then(|w| shift_after(w, a.value.offset))
                    else {
                        continue 'each;
                    };
                    wins.push(w);
                }
                if let Some(w) = latest_of(&wins) {
                    out.push((w, false, slot));
                }
            } else {
                for b in strs(&act.before) {
                    let Some(w) =
                        pick(&b.value.activity, k).and_then(|w| shift_before(w, b.value.offset))
                    else {
                        continue 'each;
                    };
                    wins.push(w);
                }
                if let Some(w) = earliest_of(&wins) {
                    out.push((w, true, slot));
                }
            }
        }
        Some(out)
    }

    /// Add one occurrence at `win` (moved to a working day unless fixed), unless it
    /// lands after `until` or after `limit` (half-way to the next computed occurrence).
    fn place(&mut self, win: Win, fixed: bool, limit: Option<civil::Date>, slot: u32) {
        self.place_dir(win, fixed, limit, slot, false);
    }

    /// [`Self::place`], moving to the previous working day when `backwards` (a date
    /// found by `before`).
    fn place_dir(
        &mut self,
        win: Win,
        fixed: bool,
        limit: Option<civil::Date>,
        slot: u32,
        backwards: bool,
    ) {
        let until = self.input.until;
        let (date, earliest, latest, moved_from) = if fixed {
            (win.nominal, win.nominal, win.nominal, None)
        } else {
            let cal = self.input.cal;
            let next = |d: civil::Date| {
                if backwards {
                    previous_working_day(cal, d)
                } else {
                    cal.next_working_day(d)
                }
            };
            let Some(date) = next(win.nominal) else {
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
                    next(d).unwrap_or(d)
                }
            };
            let (earliest, latest) = (working(win.earliest), working(win.latest));
            let moved = (date != win.nominal).then_some(win.nominal);
            (date, earliest.min(date), latest.max(date), moved)
        };
        if date > until || (backwards && date < self.input.plan_start) {
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

/// The window of a scheduled occurrence.
fn occ_win(o: &Occurrence) -> Win {
    Win {
        earliest: o.earliest,
        nominal: o.date,
        latest: o.latest,
    }
}

/// `X + OFFSET` from X's window.
pub fn shift_after(from: Win, offset: Option<Range>) -> Option<Win> {
    match offset {
        Some(r) => dates::after(from, r, 1),
        None => Some(from),
    }
}

/// `X - OFFSET` from X's window: earliest `X.earliest − M`, latest `X.latest − N`, the
/// nominal date by the nominal rule counted back (`1-2 weeks` before is 2 weeks before).
pub fn shift_before(from: Win, offset: Option<Range>) -> Option<Win> {
    let Some(r) = offset else {
        return Some(from);
    };
    let unit = r.unit;
    let earliest = dates::add_units(from.earliest, -i64::from(r.max), unit)?;
    let latest = dates::add_units(from.latest, -i64::from(r.min), unit)?;
    let halves = dates::nominal_halves(r);
    let whole = i64::try_from(halves / 2).ok()?;
    let lo = dates::add_units(from.nominal, -whole, unit)?;
    let nominal = if halves.is_multiple_of(2) {
        lo
    } else {
        let further = dates::add_units(from.nominal, -whole.checked_add(1)?, unit)?;
        let gap = dates::days_between(further, lo);
        dates::add_days(lo, -((gap + 1) / 2))?
    };
    Some(Win {
        earliest,
        nominal,
        latest,
    })
}

/// The window that is latest by its nominal date, with the latest bounds of all.
fn latest_of(wins: &[Win]) -> Option<Win> {
    let mut it = wins.iter().copied();
    let first = it.next()?;
    Some(it.fold(first, |a, b| Win {
        earliest: a.earliest.max(b.earliest),
        nominal: a.nominal.max(b.nominal),
        latest: a.latest.max(b.latest),
    }))
}

/// The window that is earliest by its nominal date, with the earliest bounds of all.
fn earliest_of(wins: &[Win]) -> Option<Win> {
    let mut it = wins.iter().copied();
    let first = it.next()?;
    Some(it.fold(first, |a, b| Win {
        earliest: a.earliest.min(b.earliest),
        nominal: a.nominal.min(b.nominal),
        latest: a.latest.min(b.latest),
    }))
}

/// The working day on or before `d` (a year back at most).
fn previous_working_day(cal: &WorkCalendar, d: civil::Date) -> Option<civil::Date> {
    let mut cur = d;
    for _ in 0..400 {
        if cal.is_working_day(cur) {
            return Some(cur);
        }
        cur = cur.yesterday().ok()?;
    }
    None
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

/// Activities in an order where every `after` and `before` target comes first (file
/// order otherwise): a depth-first post-order over the activities each waits for,
/// with an explicit stack (chains may be long). A cycle is never scheduled (see
/// [`super::can_schedule`]); here it would only be cut.
fn order(plan: &Plan) -> Vec<usize> {
    let n = plan.activities.len();
    // 0: not seen, 1: on the stack, 2: placed.
    let mut state = vec![0u8; n];
    let mut out = Vec::with_capacity(n);
    let preds = |c: usize| -> Vec<usize> {
        plan.activities
            .get_index(c)
            .map(|(_, a)| {
                a.waits_for()
                    .filter_map(|(id, _)| plan.activities.get_index_of(id))
                    .collect()
            })
            .unwrap_or_default()
    };
    for i in 0..n {
        if state.get(i).copied() != Some(0) {
            continue;
        }
        let mut stack: Vec<(usize, Vec<usize>)> = vec![(i, preds(i))];
        if let Some(s) = state.get_mut(i) {
            *s = 1;
        }
        while let Some((c, pending)) = stack.last_mut() {
            let c = *c;
            match pending.pop() {
                Some(p) if state.get(p).copied() == Some(0) => {
                    if let Some(s) = state.get_mut(p) {
                        *s = 1;
                    }
                    let next = preds(p);
                    stack.push((p, next));
                }
                Some(_) => {}
                None => {
                    stack.pop();
                    if let Some(s) = state.get_mut(c) {
                        *s = 2;
                    }
                    out.push(c);
                }
            }
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
