//! Tracks in the schedule: when a track runs, and the occurrences of its activities
//! that fall while it does not.
//!
//! A track **runs** from its start to its end, except while a dated state says it
//! does not:
//!
//! - **Start**: the plan's start; with `after: [phases]`, the (nominal) end of the
//!   last of those phases; plus `at: OFFSET` (nominal) when given. A track whose
//!   states include `new` starts no earlier than its first `new`.
//! - **End**: `end: DATE` (its last day), else the end of the compiled calendar.
//! - **States**: `states: [{ from: DATE, state: … }]`, in date order (written in any
//!   order); before the first one the track is active. `active` and `new` run;
//!   `standby` pauses until the next `active` (a resumed track continues: its series
//!   go on where they would have been); `closed` and `merged` stop it until a later
//!   `active` or `new` says otherwise.
//!
//! [`apply`] is a post-pass over the occurrences the activity scheduler computed
//! (its core is unchanged): an occurrence of an activity with `track:` whose date
//! falls outside the track's running periods is dropped. The others keep their
//! schedule slots, so the calendar UIDs of a resumed series are those it had before.

use super::dates::{self, Win};
use super::{Occurrence, PhaseWindows};
use crate::model::{Plan, Track, TrackStateKind, strs};
use jiff::civil::Date;

/// Half-open periods `[from, to)` in which a track runs, in date order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Running(pub Vec<(Date, Date)>);

impl Running {
    /// Whether the track runs on `d`.
    pub fn contains(&self, d: Date) -> bool {
        self.0.iter().any(|&(a, b)| a <= d && d < b)
    }
    /// The first day the track runs, if it ever does.
    pub fn first(&self) -> Option<Date> {
        self.0.first().map(|p| p.0)
    }
}

/// The track's first day (see the module docs), before its states are read.
fn start_of(plan: &Plan, track: &Track, phases: &[PhaseWindows], plan_start: Date) -> Date {
    let mut base = plan_start;
    for p in strs(&track.after) {
        if let Some(w) = plan
            .phases
            .get_index_of(p.as_str())
            .and_then(|i| phases.get(i))
        {
            base = base.max(w.end.nominal);
        }
    }
    match &track.at {
        Some(at) => dates::after(Win::at(base), at.value, 1).map_or(base, |w| w.nominal),
        None => base,
    }
}

/// The periods `track` runs in, up to `until` (inclusive).
pub fn running(
    plan: &Plan,
    track: &Track,
    phases: &[PhaseWindows],
    plan_start: Date,
    until: Date,
) -> Running {
    let start = start_of(plan, track, phases, plan_start);
    let end = track
        .end
        .as_ref()
        .map(|e| e.value.0)
        .unwrap_or(until)
        .min(until)
        .tomorrow()
        .unwrap_or(Date::MAX);
    let mut states: Vec<(Date, TrackStateKind)> = strs(&track.states)
        .iter()
        .filter_map(|s| Some((s.from.as_ref()?.value.0, s.state.as_ref()?.value)))
        .collect();
    states.sort_by_key(|s| s.0);
    let has_new = states.iter().any(|s| s.1 == TrackStateKind::New);
    let mut runs = !has_new;
    let mut from = start;
    let mut out: Vec<(Date, Date)> = Vec::new();
    let push = |a: Date, b: Date, out: &mut Vec<(Date, Date)>| {
        let (a, b) = (a.max(start), b.min(end));
        if a < b {
            out.push((a, b));
        }
    };
    for (day, state) in states {
        let now = state.runs();
        if runs && !now {
            push(from, day, &mut out);
        } else if !runs && now {
            from = day;
        }
        runs = now;
    }
    if runs {
        push(from, end, &mut out);
    }
    Running(out)
}

/// The running periods of every track, by plan index.
pub fn all_running(
    plan: &Plan,
    phases: &[PhaseWindows],
    plan_start: Date,
    until: Date,
) -> Vec<Running> {
    plan.tracks
        .values()
        .map(|t| running(plan, t, phases, plan_start, until))
        .collect()
}

/// Drop the occurrences of track activities that fall while their track does not
/// run (see the module docs). Slots are kept.
pub fn apply(input: &super::activities::Input, occurrences: &mut [Vec<Occurrence>]) {
    let plan = input.plan;
    if plan.tracks.is_empty() {
        return;
    }
    let running = all_running(plan, input.phases, input.plan_start, input.until);
    for (act, occ) in plan.activities.values().zip(occurrences.iter_mut()) {
        let Some(t) = act
            .track
            .as_ref()
            .and_then(|t| plan.tracks.get_index_of(t.as_str()))
            .and_then(|i| running.get(i))
        else {
            continue;
        };
        // A one-off activity due before a new track starts is held when it starts
        // (the first platform meeting of a platform that is new from a date).
        if act.every.is_none()
            && act.date.is_none()
            && let (Some(first), [o]) = (t.first(), occ.as_mut_slice())
            && o.date < first
            && let Some(day) = input.cal.next_working_day(first)
            && t.contains(day)
        {
            let shift = dates::days_between(o.date, day);
            o.moved_from = Some(o.computed());
            o.date = day;
            o.earliest = dates::add_days(o.earliest, shift).unwrap_or(day);
            o.latest = dates::add_days(o.latest, shift).unwrap_or(day).max(day);
        }
        occ.retain(|o| t.contains(o.date));
    }
}

/// One person's planned hours in a role, per calendar month.
#[derive(Clone, Debug, PartialEq)]
pub struct PersonHours {
    /// The person, as the role's `owner` names them.
    pub person: String,
    /// Months without hours left out.
    pub months: Vec<super::MonthHours>,
}

/// Per role, the planned hours of each of its owners, when the role is held by
/// people in teams: some owner is a named member of a track. Empty for every other
/// role (its planned hours are the person's).
///
/// A person attends an occurrence of an activity the role takes part in (responsible
/// or participant) when the activity belongs to no track, to a track the person is a
/// member of, or when the person is a member of no track at all.
pub fn person_hours(
    plan: &Plan,
    occurrences: &[Vec<Occurrence>],
    cal: &crate::calendar::WorkCalendar,
    day_minutes: u32,
) -> Vec<Vec<PersonHours>> {
    use std::collections::{BTreeMap, BTreeSet};
    let mut out: Vec<Vec<PersonHours>> = vec![Vec::new(); plan.roles.len()];
    if plan.tracks.is_empty() {
        return out;
    }
    // Track index → its named members.
    let members: Vec<BTreeSet<&str>> = plan
        .tracks
        .values()
        .map(|t| strs(&t.members).iter().map(|m| m.as_str()).collect())
        .collect();
    let in_some: BTreeSet<&str> = members.iter().flatten().copied().collect();
    for (r, (role_id, role)) in plan.roles.iter().enumerate() {
        let owners: Vec<&str> = strs(&role.owner).iter().map(|o| o.as_str()).collect();
        if !owners.iter().any(|o| in_some.contains(o)) {
            continue;
        }
        let mut months: Vec<BTreeMap<i32, u64>> = vec![BTreeMap::new(); owners.len()];
        for (act, occ) in plan.activities.values().zip(occurrences) {
            let takes_part = act
                .responsible
                .as_ref()
                .is_some_and(|x| x.as_str() == role_id)
                || strs(&act.participants)
                    .iter()
                    .any(|p| p.as_str() == role_id);
            // Optional activities, milestones and deliverables count no hours.
            let Some(minutes) = act.counted_minutes(day_minutes).filter(|_| takes_part) else {
                continue;
            };
            let track = act
                .track
                .as_ref()
                .and_then(|t| plan.tracks.get_index_of(t.as_str()))
                .and_then(|i| members.get(i));
            for (p, person) in owners.iter().enumerate() {
                let attends = match track {
                    None => true,
                    Some(m) => m.contains(person) || !in_some.contains(person),
                };
                if !attends {
                    continue;
                }
                let Some(m) = months.get_mut(p) else { continue };
                for o in occ {
                    // Each day of a multi-day occurrence in its own month.
                    for (d, mins) in super::counted_days(cal, act, o.date, day_minutes, minutes) {
                        *m.entry(super::month_number(d)).or_default() += u64::from(mins);
                    }
                }
            }
        }
        if let Some(slot) = out.get_mut(r) {
            *slot = owners
                .iter()
                .zip(months)
                .map(|(person, m)| PersonHours {
                    person: (*person).to_string(),
                    months: super::month_hours(m),
                })
                .collect();
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::span::{SourceFile, SourceMap};

    fn d(s: &str) -> Date {
        s.parse().expect("date")
    }

    fn running_of(states: &str) -> Running {
        let text =
            format!("id: p\ntitle: P\nstart: 2027-01-04\ntracks:\n  t:\n    states: {states}\n");
        let mut sources = SourceMap::default();
        let file = sources.add(SourceFile::new("plan.yaml", text));
        let loaded = crate::load::load(&sources, file, Some(crate::diag::Lang::En));
        assert!(loaded.diags.is_empty(), "{:?}", loaded.diags);
        let plan = loaded.plan;
        let track = plan.tracks.get("t").expect("track");
        running(&plan, track, &[], d("2027-01-04"), d("2028-12-31"))
    }

    #[test]
    fn standby_pauses_and_active_resumes() {
        let r =
            running_of("[{ from: 2028-01-01, state: aktiv }, { from: 2027-09-01, state: i bero }]");
        assert_eq!(
            r.0,
            [
                (d("2027-01-04"), d("2027-09-01")),
                (d("2028-01-01"), d("2029-01-01"))
            ]
        );
        assert!(!r.contains(d("2027-12-31")));
        assert!(r.contains(d("2028-01-01")));
    }

    #[test]
    fn new_starts_and_closed_and_merged_stop() {
        let r =
            running_of("[{ from: 2027-10-01, state: new }, { from: 2028-03-01, state: merged }]");
        assert_eq!(r.0, [(d("2027-10-01"), d("2028-03-01"))]);
        let r = running_of("[{ from: 2027-06-01, state: stängd }]");
        assert_eq!(r.0, [(d("2027-01-04"), d("2027-06-01"))]);
        assert_eq!(r.first(), Some(d("2027-01-04")));
    }
}
