//! Phase windows: finish-to-start after the predecessors, durations as ranges.
//!
//! Each phase is scheduled three times:
//! - **earliest**: every duration at its minimum and every `optional` phase
//!   skipped: what comes after it may start the day it would have started;
//! - **nominal**: every duration by the nominal rule, optional phases taken;
//! - **latest**: every duration at its maximum, optional phases taken.
//!
//! An optional phase's own window is the window it has if it takes place: its
//! earliest start is where the earliest schedule puts it (earlier optional phases
//! skipped), its earliest end that start plus its minimum duration
//! ([`PhaseDates::own_end`]), its latest start and end those of the latest schedule
//! (taken at its maximum). So its window never ends before it starts, while the
//! phases after it keep the earliest start they have when it is skipped.
//!
//! A phase starts when the last of its predecessors ends (the maximum of their
//! ends, per schedule) or, with no predecessors, at the plan's start. A phase with
//! no (valid) `duration` is treated as lasting zero days; `missing-key` or
//! `invalid-value` already reports why. An `ongoing` phase ends at the end of the
//! compiled horizon (`until` + 1 day, exclusive); a phase after an ongoing phase
//! starts there too.

use super::dates::{add_halves, add_units, nominal_halves};
use crate::duration::Duration;
use crate::graph::DepGraph;
use crate::model::{Plan, strs};
use jiff::civil::Date;

/// Which bound of every range to take.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pick {
    Min,
    Nominal,
    Max,
}

/// One schedule of every phase: start and exclusive end, by phase index.
/// `None` is open-ended: an ongoing phase (when no horizon end is given) and
/// everything after it.
#[derive(Clone, Debug)]
pub struct PhaseDates {
    pub start: Vec<Option<Date>>,
    /// The end the phases after it see: for a skipped optional phase, its start.
    pub end: Vec<Option<Date>>,
    /// The phase's own end if it takes place: `end`, except for a skipped optional
    /// phase, where it is the end it would have at this schedule's durations.
    pub own_end: Vec<Option<Date>>,
}

/// What actually happened to one phase, for the forecast ([`schedule_anchored`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Anchor {
    /// The day the journal records it started (`phase_started`).
    pub started: Option<Date>,
    /// Its exclusive end: the day after the journal records it completed
    /// (`phase_completed`: that day was its last).
    pub completed: Option<Date>,
}

/// Schedule every phase once. `ongoing_end` is where ongoing phases end (`None`:
/// leave them open). Dates that overflow the calendar saturate at `Date::MAX`.
pub fn schedule(
    plan: &Plan,
    graph: &DepGraph,
    start: Date,
    pick: Pick,
    skip_optional: bool,
    ongoing_end: Option<Date>,
) -> PhaseDates {
    schedule_anchored(
        plan,
        graph,
        start,
        pick,
        skip_optional,
        ongoing_end,
        &[],
        None,
    )
}

/// [`schedule`], re-anchored on what happened: a phase with an `anchors[i].started`
/// starts that day (instead of when its predecessors end), one with `completed` ends
/// there (exclusive); a phase not completed ends no earlier than `floor` (exclusive:
/// the day after the as-of date), so what depends on it is never placed in the past. With no anchors and no floor this
/// is [`schedule`].
#[allow(clippy::too_many_arguments)]
pub fn schedule_anchored(
    plan: &Plan,
    graph: &DepGraph,
    start: Date,
    pick: Pick,
    skip_optional: bool,
    ongoing_end: Option<Date>,
    anchors: &[Anchor],
    floor: Option<Date>,
) -> PhaseDates {
    let n = plan.phases.len();
    let mut out = PhaseDates {
        start: vec![None; n],
        end: vec![None; n],
        own_end: vec![None; n],
    };
    for i in graph.phase_order(plan) {
        let Some((_, phase)) = plan.phases.get_index(i) else {
            continue;
        };
        let mut begin = Some(start);
        for pred in strs(&phase.after) {
            let Some(p) = plan.phases.get_index_of(pred.as_str()) else {
                continue;
            };
            let pred_end = out.end.get(p).copied().flatten();
            begin = match (begin, pred_end) {
                (Some(a), Some(b)) => Some(a.max(b)),
                _ => None,
            };
        }
        let anchor = anchors.get(i).copied().unwrap_or_default();
        if let Some(started) = anchor.started {
            begin = Some(started);
        }
        let optional = phase.optional.as_ref().is_some_and(|o| o.value);
        let skipped = optional && skip_optional;
        let taken_end = match (begin, phase.duration.as_ref().map(|d| d.value)) {
            (None, _) => None,
            (Some(_), Some(Duration::Ongoing)) => ongoing_end,
            (Some(b), None) => Some(b),
            (Some(b), Some(Duration::Range(r))) => Some(
                match pick {
                    Pick::Min => add_units(b, i64::from(r.min), r.unit),
                    Pick::Max => add_units(b, i64::from(r.max), r.unit),
                    Pick::Nominal => add_halves(b, nominal_halves(r), r.unit),
                }
                .unwrap_or(Date::MAX),
            ),
        };
        // Completed: it ended that day (and started no later). Not completed: it
        // ends no earlier than the floor.
        let taken_end = match (anchor.completed, floor) {
            (Some(done), _) => {
                begin = begin.map(|b| b.min(done));
                Some(done)
            }
            (None, Some(f)) => taken_end.map(|e| e.max(f)),
            (None, None) => taken_end,
        };
        // Skipped (and not recorded as completed): the phases after it see its start.
        let end = if skipped && anchor.completed.is_none() {
            begin
        } else {
            taken_end
        };
        // A phase never ends before it starts (an ongoing phase that would start
        // after the calendar ends has no length).
        if let Some(s) = out.start.get_mut(i) {
            *s = begin;
        }
        if let Some(e) = out.end.get_mut(i) {
            *e = end.map(|e| e.max(begin.unwrap_or(e)));
        }
        if let Some(e) = out.own_end.get_mut(i) {
            *e = taken_end.map(|e| e.max(begin.unwrap_or(e)));
        }
    }
    out
}

/// The end of the last bounded phase: the latest end among the phases that are
/// neither ongoing nor after an ongoing phase. `None` when there is none.
pub fn bounded_end(dates: &PhaseDates) -> Option<Date> {
    dates.end.iter().flatten().copied().max()
}

/// Where the phases end when scheduled with `pick`, optional phases skipped or
/// taken: the end of the last bounded phase (see [`bounded_end`]).
pub fn total_end(
    plan: &Plan,
    graph: &DepGraph,
    start: Date,
    pick: Pick,
    skip_optional: bool,
) -> Option<Date> {
    bounded_end(&schedule(plan, graph, start, pick, skip_optional, None))
}

/// Whether any phase is open-ended (ongoing, or after an ongoing phase).
pub fn has_open_end(plan: &Plan, graph: &DepGraph, start: Date) -> bool {
    let d = schedule(plan, graph, start, Pick::Nominal, false, None);
    d.end.iter().any(Option::is_none)
}
