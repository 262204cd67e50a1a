//! The journal resolved against the merged plan: what the follow-up rules read.
//!
//! Every reference of an entry (activity, goal, phase, checklist and its item) is
//! looked up in the plan; what is not there is kept with a "did you mean" for
//! `log-unknown-reference`. Each `held`/`cancelled` entry is matched to a planned
//! occurrence of its activity: the one its `planned:` names, else the one nearest its
//! date (an occurrence not matched yet before one that is). A recurring activity's
//! entry further than half its interval from every occurrence, or a one-off
//! activity's entry further than [`ONE_OFF_TOLERANCE_DAYS`] from its occurrence's
//! window, matches none (`unknown-occurrence`).
//!
//! **Invariant:** no clock here: the as-of date is given (the CLI computes it).

use crate::diag::suggest;
use crate::journal::{Entry, Event, LoadedJournal};
use crate::measurement::GoalProgress;
use crate::model::{Item, Plan, strs};
use crate::rules::SectionKind;
use crate::schedule::Schedule;
use crate::schedule::dates::days_between;
use crate::span::Span;
use jiff::civil::Date;
use std::borrow::Cow;

/// How far (calendar days) outside a one-off occurrence's earliest–latest window an
/// entry may be dated and still be that occurrence.
pub const ONE_OFF_TOLERANCE_DAYS: i64 = 31;

/// What happened to one planned occurrence.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Status {
    /// Neither `held` nor `cancelled` recorded.
    #[default]
    NotRecorded,
    Held,
    Cancelled,
}

/// One planned occurrence and the entries matched to it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OccurrenceStatus {
    pub status: Status,
    /// Indices into [`FollowUp::entries`].
    pub entries: Vec<usize>,
}

/// One journal entry with the file it was read from.
#[derive(Clone, Debug)]
pub struct Recorded {
    pub entry: Entry,
    /// The whole entry.
    pub span: Span,
    /// The entry's date (entries without a valid date are left out).
    pub date: Date,
    pub date_span: Span,
}

/// A reference of an entry that names nothing in the plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unresolved {
    /// An id not in its section.
    Id {
        target: SectionKind,
        id: String,
        suggestion: Option<String>,
        span: Span,
    },
    /// A checklist item (1-based number or text) the checklist does not have.
    Item {
        checklist: String,
        item: String,
        items: usize,
        span: Span,
    },
}

/// The journal resolved against the plan.
#[derive(Clone, Debug)]
pub struct FollowUp {
    /// The day the plan is checked as of.
    pub as_of: Date,
    /// Every dated entry of every journal up to `as_of`, in file order: the follow-up
    /// is the plan's state on that day.
    pub entries: Vec<Recorded>,
    /// The entries dated after `as_of`, in file order. They count for nothing (a
    /// meeting marked held before it took place would make the follow-up look better
    /// than reality); `log-entry-in-future` reports each, and their references and
    /// texts are checked as the others' are.
    pub future: Vec<Recorded>,
    /// Per activity (plan index), per planned occurrence (the schedule's order).
    /// Empty when the plan could not be scheduled.
    pub occurrences: Vec<Vec<OccurrenceStatus>>,
    /// `held`/`cancelled` entries (indices) that match no planned occurrence.
    pub unmatched: Vec<usize>,
    /// References that name nothing in the plan.
    pub unresolved: Vec<Unresolved>,
    /// Per phase (plan index): the entries (indices) that record it `phase_started`
    /// and `phase_completed`.
    pub phase_started: Vec<Vec<usize>>,
    pub phase_completed: Vec<Vec<usize>>,
    /// Every goal's progress, computed once for the rules that read it
    /// ([`FollowUp::progress`]), with the tolerance it was judged with.
    progress: std::sync::OnceLock<(u32, Vec<GoalProgress>)>,
}

/// The section an entry's event names an entity of, and the id it names (none for a
/// ripple or an adaptation, which name no entity).
fn target(event: Event<'_>) -> Option<(SectionKind, &crate::model::S)> {
    match event {
        Event::Held(s) | Event::Cancelled(s) => Some((SectionKind::Activities, s)),
        Event::Measured(s) => Some((SectionKind::Goals, s)),
        Event::PhaseStarted(s) | Event::PhaseCompleted(s) => Some((SectionKind::Phases, s)),
        Event::Checked(s) => Some((SectionKind::Checklists, s)),
        Event::Ripple(_) | Event::Adapted(_) => None,
    }
}

impl FollowUp {
    /// Resolve `journals` against `plan` (and its `schedule`, when it has one) as of
    /// `as_of`. The journals' entries are moved into the follow-up (not copied): the
    /// journals are left with their files and findings and no entries.
    pub fn build(
        plan: &Plan,
        schedule: Option<&Schedule>,
        journals: &mut [LoadedJournal],
        as_of: Date,
    ) -> FollowUp {
        let mut f = FollowUp {
            as_of,
            entries: Vec::new(),
            future: Vec::new(),
            occurrences: match schedule {
                Some(s) => s
                    .occurrences
                    .iter()
                    .map(|o| vec![OccurrenceStatus::default(); o.len()])
                    .collect(),
                None => Vec::new(),
            },
            unmatched: Vec::new(),
            unresolved: Vec::new(),
            phase_started: vec![Vec::new(); plan.phases.len()],
            phase_completed: vec![Vec::new(); plan.phases.len()],
            progress: std::sync::OnceLock::new(),
        };
        let total = journals
            .iter()
            .map(|j| strs(&j.journal.entries).len())
            .sum();
        f.entries.reserve_exact(total);
        for j in journals {
            let entries = j.journal.entries.take().map(|l| l.0).unwrap_or_default();
            for e in entries {
                let Some(date) = &e.date else { continue };
                let (date, date_span) = (date.value.0, date.span);
                let list = if date > as_of {
                    &mut f.future
                } else {
                    &mut f.entries
                };
                list.push(Recorded {
                    entry: e.value,
                    span: e.span,
                    date,
                    date_span,
                });
            }
        }
        // Occurrences are matched in date order, so the earlier of two entries near
        // the same occurrence takes it.
        let mut order: Vec<usize> = (0..f.entries.len()).collect();
        order.sort_by_key(|&i| f.entries.get(i).map(|r| r.date));
        // Per activity, its tolerance: computed once, for its first entry.
        let mut tolerances: Vec<Option<i64>> = vec![None; plan.activities.len()];
        for i in order {
            let Some(r) = f.entries.get(i) else { continue };
            let Some(event) = r.entry.event() else {
                continue;
            };
            let Some((kind, id)) = target(event) else {
                continue;
            };
            if !crate::model::is_valid_id(&id.value) {
                // The loader reported it (`invalid-id`).
                continue;
            }
            let Some(index) = index_of(plan, kind, &id.value) else {
                let suggestion = suggest(&id.value, ids(plan, kind)).map(str::to_string);
                f.unresolved.push(Unresolved::Id {
                    target: kind,
                    id: id.value.clone(),
                    suggestion,
                    span: id.span,
                });
                continue;
            };
            match event {
                Event::Held(_) | Event::Cancelled(_) => {
                    let held = matches!(event, Event::Held(_));
                    let planned = r.entry.planned.as_ref().map(|p| p.value.0);
                    let date = r.date;
                    if let Some(s) = schedule {
                        let matched = s.occurrences.get(index).and_then(|occ| {
                            let taken = f.occurrences.get(index).map(Vec::as_slice);
                            let tolerance = match tolerances.get_mut(index) {
                                Some(Some(t)) => *t,
                                Some(slot) => *slot.insert(tolerance(occ)),
                                None => tolerance(occ),
                            };
                            match_occurrence(occ, taken.unwrap_or(&[]), date, planned, tolerance)
                        });
                        match matched {
                            Some(k) => {
                                if let Some(st) =
                                    f.occurrences.get_mut(index).and_then(|o| o.get_mut(k))
                                {
                                    st.entries.push(i);
                                    st.status = match (st.status, held) {
                                        (_, true) | (Status::Held, false) => Status::Held,
                                        _ => Status::Cancelled,
                                    };
                                }
                            }
                            None => f.unmatched.push(i),
                        }
                    }
                }
                Event::PhaseStarted(_) => {
                    if let Some(p) = f.phase_started.get_mut(index) {
                        p.push(i);
                    }
                }
                Event::PhaseCompleted(_) => {
                    if let Some(p) = f.phase_completed.get_mut(index) {
                        p.push(i);
                    }
                }
                Event::Checked(_) => {
                    if let (Some(item), Some((_, c))) =
                        (&r.entry.item, plan.checklists.get_index(index))
                    {
                        let items = strs(&c.items);
                        if !item_exists(items, &item.value.0) {
                            f.unresolved.push(Unresolved::Item {
                                checklist: id.value.clone(),
                                item: item.value.0.clone(),
                                items: items.len(),
                                span: item.span,
                            });
                        }
                    }
                }
                Event::Measured(_) | Event::Ripple(_) | Event::Adapted(_) => {}
            }
        }
        // An entry in the future counts for nothing, but what it names is checked.
        for r in &f.future {
            let Some(event) = r.entry.event() else {
                continue;
            };
            let Some((kind, id)) = target(event) else {
                continue;
            };
            if crate::model::is_valid_id(&id.value) && index_of(plan, kind, &id.value).is_none() {
                f.unresolved.push(Unresolved::Id {
                    target: kind,
                    id: id.value.clone(),
                    suggestion: suggest(&id.value, ids(plan, kind)).map(str::to_string),
                    span: id.span,
                });
            }
        }
        f.unmatched.sort_unstable();
        f
    }

    /// The entry at `i`.
    pub fn entry(&self, i: usize) -> Option<&Recorded> {
        self.entries.get(i)
    }

    /// Every goal of `plan` (the plan this follow-up was built for) with its progress
    /// as of [`FollowUp::as_of`], judged with `tolerance_percent`
    /// ([`crate::measurement::progress`]). Computed once and kept: `goal-off-track` and
    /// `measurement-overdue` both read it. Another tolerance is computed afresh.
    pub fn progress(&self, plan: &Plan, tolerance_percent: u32) -> Cow<'_, [GoalProgress]> {
        let (tolerance, progress) = self.progress.get_or_init(|| {
            let p = crate::measurement::progress(plan, Some(self), self.as_of, tolerance_percent);
            (tolerance_percent, p)
        });
        if *tolerance == tolerance_percent {
            Cow::Borrowed(progress)
        } else {
            Cow::Owned(crate::measurement::progress(
                plan,
                Some(self),
                self.as_of,
                tolerance_percent,
            ))
        }
    }
}

/// A section's entity index by id (the plan's order).
fn index_of(plan: &Plan, kind: SectionKind, id: &str) -> Option<usize> {
    match kind {
        SectionKind::Activities => plan.activities.get_index_of(id),
        SectionKind::Goals => plan.goals.get_index_of(id),
        SectionKind::Phases => plan.phases.get_index_of(id),
        SectionKind::Checklists => plan.checklists.get_index_of(id),
        SectionKind::Roles => plan.roles.get_index_of(id),
        SectionKind::Stakeholders => plan.stakeholders.get_index_of(id),
        SectionKind::Tracks => plan.tracks.get_index_of(id),
    }
}

fn ids(plan: &Plan, kind: SectionKind) -> Vec<&str> {
    let keys: Vec<&String> = match kind {
        SectionKind::Activities => plan.activities.keys().collect(),
        SectionKind::Goals => plan.goals.keys().collect(),
        SectionKind::Phases => plan.phases.keys().collect(),
        SectionKind::Checklists => plan.checklists.keys().collect(),
        SectionKind::Roles => plan.roles.keys().collect(),
        SectionKind::Stakeholders => plan.stakeholders.keys().collect(),
        SectionKind::Tracks => plan.tracks.keys().collect(),
    };
    keys.into_iter().map(String::as_str).collect()
}

/// A checklist item by 1-based number or by its text (trimmed, case-insensitive).
fn item_exists(items: &[Item], item: &str) -> bool {
    let t = item.trim();
    if let Ok(n) = t.parse::<usize>() {
        return n >= 1 && n <= items.len();
    }
    items
        .iter()
        .any(|i| i.text().trim().to_lowercase() == t.to_lowercase())
}

/// How far (days) from an occurrence's window an entry of the activity with these
/// occurrences may be dated and still be it: [`ONE_OFF_TOLERANCE_DAYS`] for a one-off,
/// half the usual interval for a recurring activity.
fn tolerance(occ: &[crate::schedule::Occurrence]) -> i64 {
    match occ.len() {
        0 => 0,
        1 => ONE_OFF_TOLERANCE_DAYS,
        _ => half_interval(occ),
    }
}

/// The occurrence an entry dated `date` (or naming `planned`) is, among `occ`, whose
/// [`tolerance`] is `tolerance`.
fn match_occurrence(
    occ: &[crate::schedule::Occurrence],
    taken: &[OccurrenceStatus],
    date: Date,
    planned: Option<Date>,
    tolerance: i64,
) -> Option<usize> {
    if let Some(p) = planned {
        return occ.iter().position(|o| o.date == p || o.computed() == p);
    }
    // Distance from the occurrence's earliest–latest window (0 inside it).
    let distance = |o: &crate::schedule::Occurrence| {
        if date < o.earliest.min(o.date) {
            days_between(date, o.earliest.min(o.date))
        } else if date > o.latest.max(o.date) {
            days_between(o.latest.max(o.date), date)
        } else {
            0
        }
    };
    // The nearest occurrence within the tolerance (by distance from its window, then
    // from its date, then the earlier): a free one (no entry matched yet) before one
    // that is taken. One pass, no allocation.
    let mut free: Option<((i64, i64, usize), usize)> = None;
    let mut any: Option<((i64, i64, usize), usize)> = None;
    for (k, o) in occ.iter().enumerate() {
        let near = distance(o);
        if near > tolerance {
            continue;
        }
        let key = (near, days_between(date.min(o.date), date.max(o.date)), k);
        if any.is_none_or(|(best, _)| key < best) {
            any = Some((key, k));
        }
        let is_free = taken.get(k).is_none_or(|t| t.entries.is_empty());
        if is_free && free.is_none_or(|(best, _)| key < best) {
            free = Some((key, k));
        }
    }
    free.or(any).map(|(_, k)| k)
}

/// Half the usual (median) gap between an activity's occurrences, in days (at least 1).
fn half_interval(occ: &[crate::schedule::Occurrence]) -> i64 {
    let mut gaps: Vec<i64> = occ
        .windows(2)
        .filter_map(|w| match w {
            [a, b] => Some(days_between(a.date, b.date)),
            _ => None,
        })
        .collect();
    gaps.sort_unstable();
    let median = gaps.get(gaps.len() / 2).copied().unwrap_or(2);
    (median / 2).max(1)
}
