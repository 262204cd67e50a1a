//! The forecast: the plan scheduled a second time, re-anchored on what the journal
//! records.
//!
//! The phases are scheduled by the scheduler's own finish-to-start pass
//! ([`phases::schedule_anchored`]) with each phase's recorded `phase_started` as its
//! first day and `phase_completed` as its last; a phase the journal does not mark as
//! started starts when its predecessors' forecast ends say (when planned, if nothing
//! before it moved), and a phase not completed runs at least through the as-of date,
//! so what depends on it starts no earlier than the day after: the forecast never
//! places the future in the past. The activities
//! are then scheduled by the scheduler on those windows ([`activities::schedule`]):
//! every series, offset and `after` chain moves with its phases, on working days.
//!
//! The compiled occurrences are the plan's, followed up: an occurrence before the
//! as-of date, or one the journal records, keeps its planned date (the past never
//! moves); the occurrences still to come take, in order, the forecast's occurrences
//! from the as-of date on. Forecast occurrences left over are listed after the
//! plan's (no planned date); planned ones the forecast has no room for keep their
//! planned date with no forecast.

use super::build::clean_text;
use super::{
    ActualStatus, JournalMark, OccurrenceActual, OccurrenceFollowUp, PhaseActual, PhaseWindow,
};
use crate::follow_up::{FollowUp, OccurrenceStatus, Status};
use crate::graph::DepGraph;
use crate::journal::Event;
use crate::model::Plan;
use crate::schedule::dates::Win;
use crate::schedule::phases::{self, Anchor, Pick};
use crate::schedule::{self, PhaseWindows, Schedule, activities};
use jiff::civil;

/// The plan re-anchored on the journal: phase windows and occurrences by plan index,
/// like a [`Schedule`].
pub(super) struct Forecast {
    pub phases: Vec<PhaseWindows>,
    pub occurrences: Vec<Vec<schedule::Occurrence>>,
}

/// Each phase's recorded start (the earliest `phase_started`) and completion (the
/// latest `phase_completed`).
pub(super) fn anchors(plan: &Plan, f: &FollowUp) -> Vec<Anchor> {
    let dates = |entries: Option<&Vec<usize>>| -> Vec<civil::Date> {
        entries
            .map(|es| {
                es.iter()
                    .filter_map(|&e| f.entry(e))
                    .map(|r| r.date)
                    .collect()
            })
            .unwrap_or_default()
    };
    (0..plan.phases.len())
        .map(|i| Anchor {
            started: dates(f.phase_started.get(i)).into_iter().min(),
            // The completion day was the phase's last: it ends (exclusive) the day after.
            completed: dates(f.phase_completed.get(i))
                .into_iter()
                .max()
                .map(|d| d.tomorrow().unwrap_or(d)),
        })
        .collect()
}

/// Schedule `plan` again as `schedule` was, re-anchored on `f`.
pub(super) fn forecast(
    plan: &Plan,
    graph: &DepGraph,
    schedule: &Schedule,
    f: &FollowUp,
) -> Forecast {
    let anchors = anchors(plan, f);
    let start = schedule.start;
    let ongoing_end = schedule.until.tomorrow().unwrap_or(civil::Date::MAX);
    // Not completed: it runs at least through the as-of date.
    let floor = Some(f.as_of.tomorrow().unwrap_or(f.as_of));
    let run = |pick, skip| {
        phases::schedule_anchored(
            plan,
            graph,
            start,
            pick,
            skip,
            Some(ongoing_end),
            &anchors,
            floor,
        )
    };
    let (early, nominal, late) = (
        run(Pick::Min, true),
        run(Pick::Nominal, false),
        run(Pick::Max, false),
    );
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
    let input = activities::Input {
        plan,
        cal: &schedule.calendar,
        phases: &windows,
        plan_start: start,
        until: schedule.until,
        lang: schedule::document_lang(plan),
    };
    // The plan's own limits were reported when it was scheduled.
    let (occurrences, _) = activities::schedule(&input);
    Forecast {
        phases: windows,
        occurrences,
    }
}

/// A phase's windows in the compiled form.
pub(super) fn window(w: &PhaseWindows) -> PhaseWindow {
    PhaseWindow {
        start: super::build::date_window(w.start),
        end: super::build::date_window(w.end),
    }
}

/// What the journal records of phase `i`.
pub(super) fn phase_actual(f: &FollowUp, i: usize) -> PhaseActual {
    let mark = |entries: Option<&Vec<usize>>, latest: bool| {
        let mut found = entries
            .into_iter()
            .flatten()
            .filter_map(|&e| f.entry(e))
            .collect::<Vec<_>>();
        // Earliest start, latest completion; file order breaks ties.
        found.sort_by_key(|r| r.date);
        let r = if latest { found.last() } else { found.first() };
        r.map(|r| JournalMark {
            date: crate::model::Date(r.date),
            note: r
                .entry
                .note
                .as_ref()
                .map(|n| clean_text(&n.value).into_owned()),
        })
    };
    PhaseActual {
        started: mark(f.phase_started.get(i), false),
        completed: mark(f.phase_completed.get(i), true),
    }
}

/// What the journal records of one planned occurrence dated `planned`: its status,
/// with the first entry that gives it; not recorded when it is past and has none;
/// `None` when it is still to come and has none.
pub(super) fn occurrence_actual(
    f: &FollowUp,
    status: Option<&OccurrenceStatus>,
    planned: civil::Date,
) -> Option<OccurrenceActual> {
    let st = status.map(|s| s.status).unwrap_or_default();
    let (status_kind, held) = match st {
        Status::Held => (ActualStatus::Held, true),
        Status::Cancelled => (ActualStatus::Cancelled, false),
        Status::NotRecorded if planned < f.as_of => {
            return Some(OccurrenceActual {
                status: ActualStatus::NotRecorded,
                date: None,
                note: None,
                reason: None,
            });
        }
        Status::NotRecorded => return None,
    };
    let entry = status
        .into_iter()
        .flat_map(|s| s.entries.iter().copied())
        .find(|&e| records(f, e, held))
        .and_then(|e| f.entry(e));
    let text = |s: Option<&crate::model::S>| s.map(|s| clean_text(&s.value).into_owned());
    Some(OccurrenceActual {
        status: status_kind,
        date: entry.map(|r| crate::model::Date(r.date)),
        note: entry.and_then(|r| text(r.entry.note.as_ref())),
        reason: entry.and_then(|r| text(r.entry.reason.as_ref())),
    })
}

/// Whether an occurrence stays where it was planned: it is past, or recorded.
pub(super) fn settled(
    f: &FollowUp,
    o: &schedule::Occurrence,
    status: Option<&OccurrenceStatus>,
) -> bool {
    o.date < f.as_of || status.is_some_and(|s| s.status != Status::NotRecorded)
}

/// Whether the entry at `i` records `held` (`true`) or `cancelled` (`false`).
pub(super) fn records(f: &FollowUp, i: usize, held: bool) -> bool {
    match f.entry(i).and_then(|r| r.entry.event()) {
        Some(Event::Held(_)) => held,
        Some(Event::Cancelled(_)) => !held,
        _ => false,
    }
}

/// The follow-up of an occurrence.
pub(super) fn occurrence_follow_up(
    planned: Option<civil::Date>,
    forecast: Option<civil::Date>,
    actual: Option<OccurrenceActual>,
) -> OccurrenceFollowUp {
    OccurrenceFollowUp {
        planned: planned.map(crate::model::Date),
        forecast: forecast.map(crate::model::Date),
        actual,
    }
}
