//! The compiled plan: every entity resolved, every phase windowed, every occurrence dated.
//!
//! This is the contract between the compiler and every renderer (and users' own
//! tooling, via `tovholder compile` JSON). Its shape is versioned by
//! [`COMPILED_FORMAT_VERSION`]; `schemas/compiled.schema.json` is generated from it.
//! **Invariant:** renderers read only this, never the YAML model.

use crate::diag::Lang;
use crate::model::Date;
use schemars::JsonSchema;
use serde::Serialize;

/// Bumped on any incompatible change to the compiled JSON.
pub const COMPILED_FORMAT_VERSION: u32 = 1;

/// Where an entity was written: file and 1-based line/column of its key.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, JsonSchema)]
pub struct SourceRef {
    pub file: String,
    pub line: usize,
    pub column: usize,
}

/// Earliest, nominal and latest dates of a window (a phase start or end).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, JsonSchema)]
pub struct DateWindow {
    pub earliest: Date,
    pub nominal: Date,
    pub latest: Date,
}

/// The compiled plan.
#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct CompiledPlan {
    /// Always `tovholder-compiled`.
    pub format: String,
    /// [`COMPILED_FORMAT_VERSION`].
    pub format_version: u32,
    pub id: String,
    pub title: String,
    pub organisation: Option<String>,
    /// Language of rendered documents.
    pub language: Lang,
    /// Plan start.
    pub start: Date,
    /// Last day of the compiled calendar (the horizon, `--until`, or the documented default).
    pub until: Date,
    /// The declared horizon as written, if any.
    pub horizon: Option<String>,
    /// The model this plan uses, as written (path), if any.
    pub uses: Option<String>,
    pub source: SourceRef,
    pub calendar: CompiledCalendar,
    pub roles: Vec<CompiledRole>,
    pub phases: Vec<CompiledPhase>,
    pub activities: Vec<CompiledActivity>,
    pub goals: Vec<CompiledGoal>,
    pub checklists: Vec<CompiledChecklist>,
    pub stakeholders: Vec<CompiledStakeholder>,
}

#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct CompiledCalendar {
    /// `dk`, `se` or `none`.
    pub holidays: String,
    pub closed: Vec<ClosedPeriod>,
    /// Every holiday and closed day between `start` and `until`, for calendars.
    pub holiday_dates: Vec<HolidayDate>,
}

#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct ClosedPeriod {
    pub from: Date,
    pub to: Date,
}

#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct HolidayDate {
    pub date: Date,
    /// Name in the plan's language.
    pub name: String,
    /// `public` or `closed`.
    pub kind: String,
}

#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct CompiledRole {
    pub id: String,
    pub name: String,
    pub purpose: Option<String>,
    pub owners: Vec<String>,
    /// Granted hours as written, e.g. `4 per week`.
    pub hours: Option<String>,
    /// Granted hours per calendar month.
    pub granted_hours_per_month: Option<f64>,
    pub mandate: Option<String>,
    pub reports_to: Option<String>,
    pub responsibilities: Vec<String>,
    /// Planned hours per month (`YYYY-MM`), from occurrences where the role is responsible or participant.
    pub planned_hours: Vec<MonthHours>,
    pub source: SourceRef,
    /// File the entity (or its last override) came from: the plan or a model.
    pub origin: String,
}

#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct MonthHours {
    /// `YYYY-MM`.
    pub month: String,
    pub hours: f64,
}

#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct CompiledPhase {
    pub id: String,
    pub name: String,
    pub after: Vec<String>,
    /// Duration as written, e.g. `1-3 months` or `ongoing`.
    pub duration: String,
    pub ongoing: bool,
    pub optional: bool,
    pub owner: Option<String>,
    pub purpose: Option<String>,
    pub characteristics: Vec<String>,
    pub exit_criteria: Vec<String>,
    pub start: DateWindow,
    /// Exclusive end: the day after the phase's last day. For ongoing phases, `until` + 1 day.
    pub end: DateWindow,
    pub source: SourceRef,
    pub origin: String,
}

#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct CompiledActivity {
    pub id: String,
    pub name: String,
    pub phases: Vec<String>,
    pub responsible: Option<String>,
    pub participants: Vec<String>,
    pub audience: Vec<String>,
    pub channel: Option<String>,
    pub purpose: Option<String>,
    pub agenda: Vec<String>,
    pub outputs: Vec<String>,
    pub contributes_to: Vec<String>,
    /// Recurrence as written (`2 months`), if recurring.
    pub every: Option<String>,
    /// Length of one occurrence in minutes (nominal: the midpoint of a range).
    pub length_minutes: Option<u32>,
    /// Length as written, e.g. `2-3 hours`.
    pub length: Option<String>,
    /// Start time `HH:MM` for calendars.
    pub time: String,
    /// A fixed date from the plan.
    pub fixed_date: Option<Date>,
    pub occurrences: Vec<Occurrence>,
    pub source: SourceRef,
    pub origin: String,
}

#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct Occurrence {
    /// 0-based occurrence number within the activity (stable for calendar UIDs).
    pub index: u32,
    /// The scheduled (nominal) date, on a working day unless fixed.
    pub date: Date,
    /// Earliest and latest dates from the ranges involved.
    pub earliest: Date,
    pub latest: Date,
    /// The computed date before moving off a weekend, holiday or closed day.
    pub moved_from: Option<Date>,
    /// The phase the occurrence falls in.
    pub phase: Option<String>,
}

#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct CompiledGoal {
    pub id: String,
    pub statement: String,
    pub kind: Option<String>,
    pub term: Option<String>,
    pub indicator: Option<String>,
    pub baseline: Option<CompiledBaseline>,
    pub target: Option<CompiledTarget>,
    pub owner: Option<String>,
    pub phase: Option<String>,
    /// Activities that contribute to this goal.
    pub activities: Vec<String>,
    pub source: SourceRef,
    pub origin: String,
}

#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct CompiledBaseline {
    pub value: Option<String>,
    pub date: Option<Date>,
    pub source: Option<String>,
}

#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct CompiledTarget {
    pub value: Option<String>,
    pub by: Option<Date>,
}

#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct CompiledChecklist {
    pub id: String,
    pub name: String,
    pub phase: Option<String>,
    pub owner: Option<String>,
    pub items: Vec<CompiledItem>,
    pub source: SourceRef,
    pub origin: String,
}

#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct CompiledItem {
    pub text: String,
    pub owner: Option<String>,
    pub done: bool,
}

#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct CompiledStakeholder {
    pub id: String,
    pub name: String,
    pub description: Option<String>,
    /// Activities that inform this stakeholder.
    pub informed_by: Vec<String>,
    pub source: SourceRef,
    pub origin: String,
}
