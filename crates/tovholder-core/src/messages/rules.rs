//! What the rules of the catalogue find (`rules/`): one variant per kind of finding.

use super::findings;
use crate::rules::*;
use serde::Serialize;

/// What part of a goal's baseline or target is missing.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Missing {
    /// No baseline (target) at all.
    #[default]
    Whole,
    /// Neither `value` nor the date.
    ValueAndDate,
    /// No `value`.
    Value,
    /// No date (`date` of a baseline, `by` of a target).
    Date,
    /// A model's baseline that names no `source`.
    Source,
}

/// Where an activity falls outside its phases.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Place {
    Before,
    After,
    #[default]
    Between,
}

/// Why a day is closed.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Closed {
    #[default]
    Weekend,
    /// A public holiday, or a day the offices close by custom (`public: false`).
    Holiday { public: bool, names: HolidayNames },
    /// A closed period of the plan's calendar.
    Period { from: String, to: String },
}

/// A holiday's name in each language, as the holiday calendar gives them.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct HolidayNames {
    pub en: String,
    pub da: String,
    pub sv: String,
}

/// The unit a horizon is compared in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    Day,
    Week,
    #[default]
    Month,
}

findings! {
    /// A finding of a rule of the catalogue.
    pub enum RuleMsg {
        /// A plan role with no owner.
        RoleWithoutOwner { role: String } => role_without_owner::RULE,
        /// An activity nobody is responsible for (`empty`: `responsible: ""`).
        ActivityWithoutResponsible { activity: String, empty: bool } => activity_without_responsible::RULE,
        /// A plan goal nobody follows up on.
        GoalWithoutOwner { goal: String, empty: bool } => goal_without_owner::RULE,
        /// A goal that does not say how progress is measured.
        GoalWithoutIndicator { goal: String, empty: bool } => goal_without_indicator::RULE,
        /// A goal's baseline, or part of it, is missing.
        GoalWithoutBaseline { goal: String, missing: Missing } => goal_without_baseline::RULE,
        /// A goal's target, or part of it, is missing (a model's target needs no date).
        GoalWithoutTarget { goal: String, missing: Missing, model: bool } => goal_without_target::RULE,
        /// A phase that does not say when it is done.
        PhaseWithoutExitCriteria { phase: String } => phase_without_exit_criteria::RULE,
        /// A plan with no `start`.
        PlanWithoutStart => plan_without_start::RULE,
        /// The plan's last phases end, with nothing recurring in them.
        NoSustainmentPhase { last: Vec<String> } => no_sustainment_phase::RULE,
        /// Phases or activities that wait for each other in a circle: the first ids of
        /// the chain (`total` in all), and who waits for whom at each `after`, in
        /// reading order (`(waiting, waited_for)`).
        DependencyCycle {
            activities: bool,
            chain: Vec<String>,
            total: usize,
            waits: Vec<(String, String)>,
        } => dependency_cycle::RULE,
        /// The longest stretch of a phase with nothing planned.
        MomentumGap {
            phase: String,
            days: i64,
            from: String,
            last: String,
            limit_weeks: u32,
            outside_closed: bool,
            stretches: usize,
        } => momentum_gap::RULE,
        /// A role planned for more hours in a month than it is granted (hours in hundredths).
        RoleOverloaded {
            role: String,
            month: String,
            planned: u64,
            granted: u64,
            written: String,
            months_over: usize,
        } => role_overloaded::RULE,
        /// A person holding a role in teams (tracks) planned for more hours in a month than
        /// the role grants each holder; `people_over`: how many of its holders are over.
        RoleOverloadedPerson {
            role: String,
            person: String,
            month: String,
            planned: u64,
            granted: u64,
            written: String,
            months_over: usize,
            people_over: usize,
        } => role_overloaded::RULE,
        /// A track with no owner.
        TrackWithoutOwner { track: String } => track_without_owner::RULE,
        /// A track with fewer goals than `min` or more than `max` (`goals` of its own).
        TrackGoals { track: String, goals: usize, min: u32, max: u32 } => track_without_goals::RULE,
        /// The longest stretch of an active track with nothing planned (fields as
        /// [`RuleMsg::MomentumGap`]).
        MomentumGapTrack {
            track: String,
            days: i64,
            from: String,
            last: String,
            limit_weeks: u32,
            outside_closed: bool,
            stretches: usize,
        } => momentum_gap::RULE,
        /// An activity waits for (`after`/`before`) an activity of a track that is closed
        /// (`merged`: merged into another) from `from`, so that it is never held.
        WaitsForMissing { activity: String, waits_for: String, track: String, from: String, merged: bool } => waits_for_missing::RULE,
        /// An activity dated outside its phases (`bound`: the phase's first day before
        /// it, its last day after it); `windows`: each phase's first and last day.
        ActivityOutsidePhase {
            activity: String,
            date: String,
            phases: Vec<String>,
            place: Place,
            bound: String,
            windows: Vec<(String, String)>,
        } => activity_outside_phase::RULE,
        /// An activity fixed on a day the offices are closed (`weekday`: 0 is Monday).
        HolidayCollision {
            activity: String,
            date: String,
            weekday: u8,
            closed: Closed,
        } => holiday_collision::RULE,
        /// An `allow:` entry that names no rule.
        UnknownRule { name: String, suggestion: Option<String> } => unused_allow::RULE,
        /// An `allow:` entry whose rule found nothing here.
        AllowSilencesNothing { name: String } => unused_allow::RULE,
        /// An activity that repeats more often than the calendar holds.
        TooManyOccurrences { activity: String, limit: u64 } => too_many_occurrences::RULE,
        /// The plan as a whole has more occurrences than the calendar holds.
        PlanTooManyOccurrences { activity: String, limit: usize } => too_many_occurrences::RULE,
        /// The declared `horizon` and the phases disagree (`skipped`: the phases
        /// without the optional ones, when that differs).
        HorizonMismatch {
            unit: Unit,
            declared: (i64, i64),
            taken: (i64, i64),
            skipped: Option<(i64, i64)>,
            optional: Vec<String>,
            /// The optional phases' names (the id where a phase has no name), as the
            /// message names them.
            optional_names: Vec<String>,
            ongoing: Option<String>,
            too_long: bool,
            open: bool,
        } => horizon_mismatch::RULE,
        /// A reference to an id its section does not have (`target`: the section's key;
        /// `elsewhere`: another section that has the id; `known`: the first ids of the
        /// section, `total` in all).
        UnknownReference {
            target: String,
            id: String,
            suggestion: Option<String>,
            elsewhere: Option<String>,
            known: Vec<String>,
            total: usize,
        } => unknown_reference::RULE,
        /// A role nothing in the plan refers to.
        UnusedRole { role: String } => unused_role::RULE,
        /// A goal no activity contributes to.
        GoalWithoutActivity { goal: String } => goal_without_activity::RULE,
        /// A goal fed only by goals (`contributes_to`) that no activity feeds: `via` the
        /// goals contributing to it directly, `starts` where its chain begins.
        GoalChainWithoutActivity {
            goal: String,
            via: Vec<String>,
            starts: Vec<String>,
        } => goal_without_activity::RULE,
        /// Goals that contribute to each other in a circle (`contributes_to`).
        GoalCycle {
            chain: Vec<String>,
            total: usize,
            feeds: Vec<(String, String)>,
        } => dependency_cycle::RULE,
        /// A stakeholder no activity has in its `audience`.
        StakeholderNeverInformed { stakeholder: String } => stakeholder_never_informed::RULE,
        /// A phase no activity is planned in.
        PhaseWithoutActivities { phase: String } => phase_without_activities::RULE,
        /// A journal entry names an id its section (`target`: the section's key) does not have.
        LogUnknownReference { target: String, id: String, suggestion: Option<String> } => log_unknown_reference::RULE,
        /// A `checked` entry names an item (1-based number or text) its checklist does not have.
        LogUnknownItem { checklist: String, item: String, items: usize } => log_unknown_reference::RULE,
        /// A journal entry dated after the as-of date.
        LogEntryInFuture { date: String, as_of: String } => log_entry_in_future::RULE,
        /// A `cancelled` entry that gives no `reason`.
        CancelledWithoutReason { activity: String, date: String } => cancelled_without_reason::RULE,
        /// A `measured` entry that gives no `source`.
        MeasurementWithoutSource { goal: String, date: String } => measurement_without_source::RULE,
        /// A `held`/`cancelled` entry that matches no planned occurrence (`planned`: the
        /// date it names, when it names one; `nearest`: the nearest planned date).
        UnknownOccurrence { activity: String, date: String, planned: Option<String>, nearest: Option<String> } => unknown_occurrence::RULE,
        /// Planned occurrences older than the grace period with neither `held` nor
        /// `cancelled` (`count` of them, the first and last dates).
        OccurrenceNotRecorded { activity: String, count: usize, first: String, last: String, grace_days: u32 } => occurrence_not_recorded::RULE,
        /// The as-of date is past a phase's latest planned end and no `phase_completed` is recorded.
        PhaseOverrun { phase: String, end: String, days: i64 } => phase_overrun::RULE,
        /// A goal with an indicator not measured within its cadence: last measured
        /// (`measured`; else its baseline date, else the plan's start) on `last`, to be
        /// measured every `every` (`every_max` when a range) `unit`s, so due on `due`,
        /// `days` ago.
        MeasurementOverdue { goal: String, last: String, measured: bool, every: u32, every_max: u32, unit: Unit, due: String, days: i64 } => measurement_overdue::RULE,
        /// A goal with an indicator not measured since the status meeting before
        /// (`since`: that meeting's date, else the baseline date or the plan's start)
        /// for the status meeting `meeting` on `date` (`upcoming`: after the as-of date).
        MeasurementBeforeStatusMeeting { goal: String, meeting: String, date: String, since: String, upcoming: bool } => measurement_overdue::RULE,
        /// A goal's latest measurement behind the straight line from baseline to target
        /// by more than the tolerance. Values in hundredths (`unit` as written);
        /// `behind_percent`: how far behind, in percent of the baseline → target distance.
        GoalOffTrack {
            goal: String,
            date: String,
            latest: i64,
            expected: i64,
            baseline: i64,
            target: i64,
            target_by: String,
            unit: Option<String>,
            lower_is_better: bool,
            behind_percent: i64,
            tolerance_percent: u32,
        } => goal_off_track::RULE,
        /// A goal's target value (`baseline: false`) or baseline value (`baseline: true`)
        /// that differs from the approved plan's (`check --baseline REV`) while the
        /// journal has measured the goal (`first_measured`: the first measurement's
        /// date). `before` is the approved plan's value, `after` today's; absent: not written.
        GoalTargetMoved { goal: String, baseline: bool, before: Option<String>, after: Option<String>, first_measured: String } => goal_target_moved::RULE,
        /// A recurring activity whose latest `count` past occurrences (`first` to `last`)
        /// were cancelled (`cancelled` of them) or not recorded past the grace period.
        MomentumLostOccurrences { activity: String, count: usize, cancelled: usize, first: String, last: String } => momentum_lost::RULE,
        /// A started phase in which nothing has been held for `days` days, since `since`
        /// (`held`: the last occurrence held; else the phase's start).
        MomentumLostStretch { phase: String, days: i64, since: String, held: bool, limit_weeks: u32 } => momentum_lost::RULE,
        /// A horizon the plan inherits from its model (`model`: the `uses` path) that the
        /// phases do not fit (fields as [`RuleMsg::HorizonMismatch`]).
        HorizonMismatchFromModel {
            model: String,
            unit: Unit,
            declared: (i64, i64),
            taken: (i64, i64),
            too_long: bool,
            open: bool,
        } => horizon_mismatch::RULE,
        /// A goal's baseline measured after its target's date.
        GoalBaselineAfterTarget { goal: String, baseline: String, by: String } => goal_dates_inconsistent::RULE,
        /// A goal's target date before the plan's start.
        GoalTargetBeforeStart { goal: String, by: String, start: String } => goal_dates_inconsistent::RULE,
        /// A short-term (`long`: long-term) goal due after `limit`: the horizon's end
        /// (`horizon`), or `years` after the plan's start.
        GoalDueAfterTerm { goal: String, long: bool, by: String, limit: String, years: u32, horizon: bool } => goal_dates_inconsistent::RULE,
    }
}
