//! Where a plan stands as of a day: what `tovholder status` prints and the
//! statusrapport shows.
//!
//! Built from a checked plan (its follow-up, when it has a journal, and its findings)
//! and its compiled plan: per phase planned, forecast and actual; per activity held,
//! cancelled and not recorded; per goal baseline, measurements and target; open
//! checklist items; the follow-up findings (what is overdue); ripple effects and
//! adaptations; and what comes in the next [`UPCOMING_DAYS`]. A plan with no journal
//! still has a status: every occurrence is not recorded.
//!
//! Facts only: ids, dates, counts and the plan's texts. The words are
//! [`crate::messages::StatusMsg`] in every language.
//!
//! **Invariant:** no clock here: the as-of date is given.

use crate::check::Checked;
use crate::compiled::{CompiledPlan, Occurrence};
use crate::follow_up::{FollowUp, Status as OccStatus};
use crate::journal::Event;
use crate::model::Date;
use crate::schedule::dates;
use serde::Serialize;

/// How far ahead "what comes next" looks, in calendar days.
pub const UPCOMING_DAYS: i64 = 60;

/// Where a plan stands as of [`PlanStatus::as_of`].
#[derive(Clone, Debug, Serialize)]
pub struct PlanStatus {
    pub plan: String,
    pub title: String,
    pub as_of: Date,
    /// Whether the plan has a journal (without one, nothing is recorded).
    pub has_journal: bool,
    pub phases: Vec<PhaseStatus>,
    pub activities: Vec<ActivityStatus>,
    pub goals: Vec<GoalStatus>,
    pub open_items: Vec<OpenItem>,
    /// The follow-up findings: what is overdue or off track.
    pub overdue: Vec<Overdue>,
    /// Occurrences after the as-of date, within [`UPCOMING_DAYS`].
    pub upcoming: Vec<Upcoming>,
    pub ripples: Vec<Ripple>,
    pub adaptations: Vec<Adaptation>,
}

/// Where a phase is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PhaseState {
    /// Not started yet (as planned, or as forecast).
    Upcoming,
    /// Started and not completed, within its planned window.
    Current,
    /// Started, past its latest planned end, not completed.
    Overrun,
    /// Recorded `phase_completed`.
    Completed,
}

#[derive(Clone, Debug, Serialize)]
pub struct PhaseStatus {
    pub id: String,
    pub name: String,
    pub state: PhaseState,
    pub ongoing: bool,
    /// First day as planned (nominal).
    pub planned_start: Date,
    /// Last day as planned (nominal); `None` for an ongoing phase.
    pub planned_end: Option<Date>,
    /// First day as forecast from what the journal records (the planned day until then).
    pub forecast_start: Date,
    /// Last day as forecast; `None` for an ongoing phase.
    pub forecast_end: Option<Date>,
    /// The recorded `phase_started`, if any.
    pub started: Option<Date>,
    /// The recorded `phase_completed`, if any.
    pub completed: Option<Date>,
}

impl PhaseStatus {
    /// A phase the as-of date is in (started and not completed).
    pub fn is_current(&self) -> bool {
        matches!(self.state, PhaseState::Current | PhaseState::Overrun)
    }
}

#[derive(Clone, Debug, Serialize)]
pub struct ActivityStatus {
    pub id: String,
    pub name: String,
    /// The recurrence as written; `None` for a one-off activity.
    pub every: Option<String>,
    /// Every planned occurrence.
    pub planned: usize,
    /// Occurrences up to the as-of date (and later ones already recorded).
    pub due: usize,
    pub held: usize,
    pub cancelled: usize,
    pub not_recorded: usize,
    /// Cancellations with their reasons, in date order.
    pub cancellations: Vec<Cancellation>,
}

impl ActivityStatus {
    /// `part` as a whole percentage of the occurrences due (0 when none are).
    pub fn percent(&self, part: usize) -> u32 {
        if self.due == 0 {
            return 0;
        }
        let p = (part as f64 * 100.0 / self.due as f64).round();
        p.clamp(0.0, 100.0) as u32
    }
}

#[derive(Clone, Debug, Serialize)]
pub struct Cancellation {
    /// The planned day of the occurrence.
    pub planned: Date,
    pub reason: Option<String>,
}

/// What the data says about a goal.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum GoalVerdict {
    /// The latest measurement is on (or ahead of) the straight line to the target.
    OnTrack,
    /// Behind the straight line by more than the tolerance (`goal-off-track`).
    Behind,
    /// No measurement yet.
    NotMeasured,
    /// Measured, but the values cannot be compared (not numbers, or no numeric
    /// baseline and target with dates).
    NotComparable,
}

#[derive(Clone, Debug, Serialize)]
pub struct GoalStatus {
    pub id: String,
    pub statement: String,
    pub indicator: Option<String>,
    pub baseline: Option<String>,
    pub baseline_date: Option<Date>,
    pub target: Option<String>,
    pub target_by: Option<Date>,
    /// Every measurement up to the as-of date, in date order.
    pub measurements: Vec<Measured>,
    pub verdict: GoalVerdict,
    /// The rule whose reasoning sets the verdict (`goal-off-track` compares with the
    /// straight line; `measurement-overdue` names a goal not measured in time).
    pub rule: Option<String>,
    /// The numbers behind a chart, when the values are numbers.
    pub chart: Option<Chart>,
}

impl GoalStatus {
    pub fn latest(&self) -> Option<&Measured> {
        self.measurements.last()
    }
}

#[derive(Clone, Debug, Serialize)]
pub struct Measured {
    pub date: Date,
    pub value: String,
    pub source: Option<String>,
}

/// The numbers of a goal chart: baseline and target (date, value), the measurements,
/// and the as-of date.
#[derive(Clone, Debug, Serialize)]
pub struct Chart {
    pub baseline: (Date, f64),
    pub target: (Date, f64),
    pub points: Vec<(Date, f64)>,
    /// Where the straight line from baseline to target is on the as-of date.
    pub expected: Option<f64>,
    /// The unit the goal is measured in (`%`), if any.
    pub unit: Option<String>,
}

#[derive(Clone, Debug, Serialize)]
pub struct OpenItem {
    pub checklist: String,
    pub checklist_name: String,
    /// 1-based.
    pub number: usize,
    pub text: String,
    pub owner: Option<String>,
}

#[derive(Clone, Debug, Serialize)]
pub struct Overdue {
    pub rule: String,
    pub message: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct Upcoming {
    pub date: Date,
    /// Every working day of a multi-day occurrence held on its planned days (empty
    /// for one day, and for one the forecast moved: then `date` is its first day).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub days: Vec<Date>,
    pub activity: String,
    pub name: String,
    pub phase: Option<String>,
    pub responsible: Option<String>,
}

#[derive(Clone, Debug, Serialize)]
pub struct Ripple {
    pub date: Date,
    pub text: String,
    pub by: Option<String>,
    pub note: Option<String>,
}

#[derive(Clone, Debug, Serialize)]
pub struct Adaptation {
    pub date: Date,
    pub text: String,
    pub reason: Option<String>,
}

/// The rules whose findings are the follow-up's (what is overdue or off track).
pub fn is_follow_up_rule(name: &str) -> bool {
    use crate::rules;
    [
        rules::occurrence_not_recorded::RULE.name,
        rules::phase_overrun::RULE.name,
        rules::measurement_overdue::RULE.name,
        rules::goal_off_track::RULE.name,
        rules::momentum_lost::RULE.name,
    ]
    .contains(&name)
}

/// The status of `checked` (whose compiled plan is `compiled`) as of `as_of`.
/// `tolerance_percent`: `goal-off-track`'s (its configured option).
pub fn build(
    checked: &Checked,
    compiled: &CompiledPlan,
    as_of: Date,
    tolerance_percent: u32,
) -> PlanStatus {
    let f = checked.follow_up.as_ref();
    let entries = || {
        f.into_iter()
            .flat_map(|f| f.entries.iter())
            .filter(move |r| r.date <= as_of.0)
    };
    let name_of_phase = |id: &str| {
        compiled
            .phases
            .iter()
            .find(|p| p.id == id)
            .map(|p| p.name.clone())
    };
    let phases = compiled
        .phases
        .iter()
        .enumerate()
        .map(|(i, p)| phase_status(f, i, p, as_of))
        .collect();
    let activities = compiled
        .activities
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let statuses = f.and_then(|f| f.occurrences.get(i));
            let mut s = ActivityStatus {
                id: a.id.clone(),
                name: a.name.clone(),
                every: a.every.clone(),
                planned: a.occurrences.len(),
                due: 0,
                held: 0,
                cancelled: 0,
                not_recorded: 0,
                cancellations: Vec::new(),
            };
            for (k, o) in a.occurrences.iter().enumerate() {
                let st = statuses.and_then(|s| s.get(k));
                let status = st.map(|s| s.status).unwrap_or_default();
                if o.date > as_of && status == OccStatus::NotRecorded {
                    continue;
                }
                s.due += 1;
                match status {
                    OccStatus::Held => s.held += 1,
                    OccStatus::Cancelled => {
                        s.cancelled += 1;
                        let reason = st.and_then(|st| {
                            st.entries.iter().find_map(|&e| {
                                let r = f?.entry(e)?;
                                r.entry.reason.as_ref().map(|r| r.value.clone())
                            })
                        });
                        s.cancellations.push(Cancellation {
                            planned: o.date,
                            reason,
                        });
                    }
                    OccStatus::NotRecorded => s.not_recorded += 1,
                }
            }
            s
        })
        .collect();
    let mut goals: Vec<GoalStatus> = compiled
        .goals
        .iter()
        .map(|g| {
            let mut measurements: Vec<Measured> = entries()
                .filter(
                    |r| matches!(r.entry.event(), Some(Event::Measured(id)) if id.value == g.id),
                )
                .map(|r| Measured {
                    date: Date(r.date),
                    value: r
                        .entry
                        .value
                        .as_ref()
                        .map(|v| v.value.0.clone())
                        .unwrap_or_default(),
                    source: r.entry.source.as_ref().map(|s| s.value.clone()),
                })
                .collect();
            measurements.sort_by_key(|m| m.date);
            let verdict = if measurements.is_empty() {
                GoalVerdict::NotMeasured
            } else {
                GoalVerdict::NotComparable
            };
            GoalStatus {
                id: g.id.clone(),
                statement: g.statement.clone(),
                indicator: g.indicator.clone(),
                baseline: g.baseline.as_ref().and_then(|b| b.value.clone()),
                baseline_date: g.baseline.as_ref().and_then(|b| b.date),
                target: g.target.as_ref().and_then(|t| t.value.clone()),
                target_by: g.target.as_ref().and_then(|t| t.by),
                measurements,
                verdict,
                rule: None,
                chart: None,
            }
        })
        .collect();
    judge_goals(&mut goals, checked, as_of, tolerance_percent);
    let mut open_items = Vec::new();
    for c in &compiled.checklists {
        for (k, item) in c.items.iter().enumerate() {
            let checked_off = entries().any(|r| {
                matches!(r.entry.event(), Some(Event::Checked(id)) if id.value == c.id)
                    && r.entry
                        .item
                        .as_ref()
                        .is_some_and(|i| names_item(&i.value.0, k, &item.text))
            });
            if item.done || checked_off {
                continue;
            }
            open_items.push(OpenItem {
                checklist: c.id.clone(),
                checklist_name: c.name.clone(),
                number: k + 1,
                text: item.text.clone(),
                owner: item.owner.clone().or_else(|| c.owner.clone()),
            });
        }
    }
    let overdue = checked
        .diags
        .iter()
        .filter(|d| is_follow_up_rule(d.rule.name))
        .map(|d| Overdue {
            rule: d.rule.name.to_string(),
            message: d.message.clone(),
        })
        .collect();
    let horizon = add_days(as_of, UPCOMING_DAYS).unwrap_or(as_of);
    let mut upcoming: Vec<(Date, usize, u32, Upcoming)> = Vec::new();
    for (i, a) in compiled.activities.iter().enumerate() {
        for o in &a.occurrences {
            // Where the forecast places it (the planned day for a plan without a journal).
            let date = match &o.follow_up {
                Some(fu) => match fu.forecast {
                    Some(d) => d,
                    None => continue,
                },
                None => o.date,
            };
            if date <= as_of || date > horizon {
                continue;
            }
            upcoming.push((
                date,
                i,
                o.index,
                Upcoming {
                    date,
                    days: if o.days.len() > 1 && date == o.date {
                        o.days.clone()
                    } else {
                        Vec::new()
                    },
                    activity: a.id.clone(),
                    name: a.name.clone(),
                    phase: phase_of(o).and_then(name_of_phase),
                    responsible: a.responsible.clone(),
                },
            ));
        }
    }
    upcoming.sort_by_key(|u| (u.0, u.1, u.2));
    let mut ripples: Vec<Ripple> = entries()
        .filter_map(|r| match r.entry.event() {
            Some(Event::Ripple(text)) => Some(Ripple {
                date: Date(r.date),
                text: text.value.clone(),
                by: r.entry.by.as_ref().map(|b| b.value.clone()),
                note: r.entry.note.as_ref().map(|n| n.value.clone()),
            }),
            _ => None,
        })
        .collect();
    ripples.sort_by_key(|r| r.date);
    let mut adaptations: Vec<Adaptation> = entries()
        .filter_map(|r| match r.entry.event() {
            Some(Event::Adapted(text)) => Some(Adaptation {
                date: Date(r.date),
                text: text.value.clone(),
                reason: r.entry.reason.as_ref().map(|b| b.value.clone()),
            }),
            _ => None,
        })
        .collect();
    adaptations.sort_by_key(|a| a.date);
    PlanStatus {
        plan: compiled.id.clone(),
        title: compiled.title.clone(),
        as_of,
        has_journal: f.is_some(),
        phases,
        activities,
        goals,
        open_items,
        overdue,
        upcoming: upcoming.into_iter().map(|u| u.3).collect(),
        ripples,
        adaptations,
    }
}

fn add_days(d: Date, n: i64) -> Option<Date> {
    dates::add_days(d.0, n).map(Date)
}

fn phase_of(o: &Occurrence) -> Option<&str> {
    o.phase.as_deref()
}

/// Whether a `checked` entry's `item` (1-based number or text) names item `k`.
fn names_item(written: &str, k: usize, text: &str) -> bool {
    let t = written.trim();
    match t.parse::<usize>() {
        Ok(n) => n == k + 1,
        Err(_) => t.to_lowercase() == text.trim().to_lowercase(),
    }
}

fn phase_status(
    f: Option<&FollowUp>,
    i: usize,
    p: &crate::compiled::CompiledPhase,
    as_of: Date,
) -> PhaseStatus {
    let recorded = |lists: Option<&Vec<Vec<usize>>>| {
        let f = f?;
        lists?
            .get(i)?
            .iter()
            .filter_map(|&e| f.entry(e))
            .map(|r| Date(r.date))
            .filter(|d| *d <= as_of)
            .min()
    };
    let started = recorded(f.map(|f| &f.phase_started));
    let completed = recorded(f.map(|f| &f.phase_completed));
    let last_day = |exclusive: Date| add_days(exclusive, -1).unwrap_or(exclusive);
    let planned_end = (!p.ongoing).then(|| last_day(p.end.nominal));
    // The compiled plan's forecast (a plan with a journal); otherwise the plan's
    // windows, a phase past its end and not completed ending no earlier than today.
    let (forecast_start, forecast_end) = match &p.follow_up {
        Some(fu) => (
            fu.forecast.start.nominal,
            (!p.ongoing).then(|| last_day(fu.forecast.end.nominal)),
        ),
        None => (
            started.unwrap_or(p.start.nominal),
            planned_end.map(|end| completed.unwrap_or(end.max(as_of))),
        ),
    };
    let state = if completed.is_some() {
        PhaseState::Completed
    } else if forecast_start > as_of {
        PhaseState::Upcoming
    } else if !p.ongoing && as_of >= p.end.latest {
        PhaseState::Overrun
    } else {
        PhaseState::Current
    };
    PhaseStatus {
        id: p.id.clone(),
        name: p.name.clone(),
        state,
        ongoing: p.ongoing,
        planned_start: p.start.nominal,
        planned_end,
        forecast_start,
        forecast_end,
        started,
        completed,
    }
}

/// Each goal's verdict and chart from its progress ([`crate::measurement`], which
/// `goal-off-track` reads too, so they agree), and the rule that sets it.
fn judge_goals(goals: &mut [GoalStatus], checked: &Checked, as_of: Date, tolerance_percent: u32) {
    use crate::measurement::{self, GoalStatus as Progress};
    use crate::messages::{Msg, RuleMsg};
    use crate::rules::{goal_off_track, measurement_overdue};
    let progress = measurement::progress(
        &checked.plan,
        checked.follow_up.as_ref(),
        as_of.0,
        tolerance_percent,
    );
    let overdue = |id: &str| {
        checked.diags.iter().any(|d| match &*d.finding {
            Msg::Rule(RuleMsg::MeasurementOverdue { goal, .. })
            | Msg::Rule(RuleMsg::MeasurementBeforeStatusMeeting { goal, .. }) => goal == id,
            _ => false,
        })
    };
    for g in goals.iter_mut() {
        let Some(p) = progress.iter().find(|p| p.id == g.id) else {
            continue;
        };
        let measured = !g.measurements.is_empty();
        (g.verdict, g.rule) = match p.status {
            Progress::OnTrack => (GoalVerdict::OnTrack, Some(goal_off_track::RULE.name)),
            Progress::Behind => (GoalVerdict::Behind, Some(goal_off_track::RULE.name)),
            Progress::NotMeasured if measured => (GoalVerdict::NotComparable, None),
            Progress::NotMeasured | Progress::Qualitative if !measured => (
                GoalVerdict::NotMeasured,
                overdue(&g.id).then_some(measurement_overdue::RULE.name),
            ),
            Progress::Qualitative | Progress::NotMeasured => (GoalVerdict::NotComparable, None),
        }
        .map_rule();
        if let Some((b, t)) = p.line() {
            g.chart = Some(Chart {
                baseline: (Date(b.date), b.value.number),
                target: (Date(t.date), t.value.number),
                points: p
                    .measurements
                    .iter()
                    .filter_map(|m| Some((Date(m.date), m.value.as_ref()?.number)))
                    .collect(),
                expected: p.expected_at(as_of.0),
                unit: p.unit().map(str::to_string),
            });
        }
    }
}

trait MapRule {
    fn map_rule(self) -> (GoalVerdict, Option<String>);
}

impl MapRule for (GoalVerdict, Option<&'static str>) {
    fn map_rule(self) -> (GoalVerdict, Option<String>) {
        (self.0, self.1.map(str::to_string))
    }
}
