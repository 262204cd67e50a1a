//! The compiled plan: every entity resolved, every phase windowed, every occurrence dated.
//!
//! This is the contract between the compiler and every renderer (and users' own
//! tooling, via `tovholder compile` JSON). Its shape is versioned by
//! [`COMPILED_FORMAT_VERSION`]; `schemas/compiled.schema.json` is generated from it.
//! **Invariant:** renderers read only this, never the YAML model.
//!
//! It is built by [`CompiledPlan::build`] from a [`Schedule`](crate::schedule::Schedule)
//! — the dates the rules read — and the plan's texts. `tovholder check` builds none.
//! **Invariant:** every text in it has been through [`clean_text`] (no control
//! characters but tab and `\n`, no noncharacters), so every format gets the same text.

mod build;
mod forecast;
pub use build::clean_text;
pub(crate) use build::written_hours;

use crate::calendar::{Holiday, HolidayKind, HolidayRegion};
use crate::diag::Lang;
use crate::model::Date;
use schemars::JsonSchema;
use serde::Serialize;

/// Bumped on any incompatible change to the compiled JSON.
pub const COMPILED_FORMAT_VERSION: u32 = 1;

/// Where an entity was written: file and 1-based line/column of its key.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, JsonSchema)]
pub struct SourceRef {
    /// The file name as given on the command line (or a model's path).
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
}

/// Earliest, nominal and latest dates of a window (a phase start or end).
///
/// `earliest` takes every range at its minimum and skips optional phases,
/// `latest` takes every range at its maximum with optional phases taken, and
/// `nominal` uses the nominal rule (the midpoint) with optional phases taken.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, JsonSchema)]
pub struct DateWindow {
    /// The earliest possible date.
    pub earliest: Date,
    /// The date calendars use.
    pub nominal: Date,
    /// The latest possible date.
    pub latest: Date,
}

/// The compiled plan.
#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct CompiledPlan {
    /// Always `tovholder-compiled`.
    pub format: String,
    /// The version of this format (currently 1); bumped on any incompatible change.
    pub format_version: u32,
    /// The plan's id.
    pub id: String,
    /// The plan's title.
    pub title: String,
    /// The organisation, if given.
    pub organisation: Option<String>,
    /// Language of rendered documents.
    pub language: Lang,
    /// Plan start.
    pub start: Date,
    /// Last day of the compiled calendar (the horizon, `--until`, or the documented default).
    pub until: Date,
    /// Only for a plan with a journal: the day the follow-up (each `follow_up`) is as of.
    /// Occurrences before it are the past (they never move); the rest is the forecast.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub as_of: Option<Date>,
    /// The declared horizon as written, if any.
    pub horizon: Option<String>,
    /// The model this plan uses, as written (path), if any.
    pub uses: Option<String>,
    /// The model this plan builds on, as the model names itself (its `id`, `title` and
    /// `version`), for the documents' "Bygger på: <title>, version <version>"; absent
    /// when the plan uses no model (or the model could not be read).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub model: Option<CompiledModelRef>,
    /// Where the plan's `id` is written.
    pub source: SourceRef,
    /// Working days: holidays and closed periods.
    pub calendar: CompiledCalendar,
    /// Roles, in file order.
    pub roles: Vec<CompiledRole>,
    /// Phases, in file order.
    pub phases: Vec<CompiledPhase>,
    /// Activities, in file order, each with its dated occurrences.
    pub activities: Vec<CompiledActivity>,
    /// Goals, in file order.
    pub goals: Vec<CompiledGoal>,
    /// Checklists, in file order.
    pub checklists: Vec<CompiledChecklist>,
    /// Stakeholders, in file order.
    pub stakeholders: Vec<CompiledStakeholder>,
    /// Tracks (parallel workstreams: platforms, teams), in file order; absent when the
    /// plan has none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tracks: Vec<CompiledTrack>,
}

/// A track: a parallel workstream with its owner, members, states and the periods
/// it runs in.
#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct CompiledTrack {
    /// The track's id.
    pub id: String,
    /// Display name (the id when none is written).
    pub name: String,
    /// The role (id) that holds the track's threads.
    pub owner: Option<String>,
    /// Who takes part: role ids and named people, as written.
    pub members: Vec<String>,
    /// What the track is for.
    pub purpose: Option<String>,
    /// Where the track meets; absent when not written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    /// The dated changes of state, in date order.
    pub states: Vec<CompiledTrackState>,
    /// The periods the track runs in (active), each `from` to `to` inclusive; its
    /// activities' occurrences fall only in these.
    pub running: Vec<ClosedPeriod>,
    /// Where the track's id is written.
    pub source: SourceRef,
    /// File the entity (or its last override) came from: the plan or a model.
    pub origin: String,
}

/// A dated change of a track's state.
#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct CompiledTrackState {
    /// The first day of the state.
    pub from: Date,
    /// `active`, `standby`, `closed`, `merged` or `new`.
    pub state: crate::model::TrackStateKind,
    /// With `merged`: the track (id) it was merged into.
    pub into: Option<String>,
    /// Why, as written.
    pub reason: Option<String>,
}

/// One person's planned hours in a role held by people in teams.
#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct PersonHours {
    /// The person, as the role's `owner` names them.
    pub person: String,
    /// The tracks (ids) the person is a member of.
    pub tracks: Vec<String>,
    /// Planned hours per month (`YYYY-MM`): the occurrences the person attends.
    pub planned_hours: Vec<MonthHours>,
}

/// The model a plan builds on (see [`CompiledPlan::model`]).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, JsonSchema)]
pub struct CompiledModelRef {
    /// The model's id.
    pub id: Option<String>,
    /// The model's title.
    pub title: Option<String>,
    /// The model's version, as written (e.g. `1.0.0`).
    pub version: Option<String>,
}

#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct CompiledCalendar {
    /// `dk`, `se` or `none`.
    pub holidays: HolidayRegion,
    /// Closed periods from the plan (summer closure and the like), inclusive.
    pub closed: Vec<ClosedPeriod>,
    /// The time zone of the calendars (IANA name): `calendar.timezone`, else `Europe/Stockholm` with Swedish holidays, else `Europe/Copenhagen`.
    pub timezone: String,
    /// A working day's length in minutes, for lengths in days (`length: 2 dage`):
    /// `calendar.day_length`, else 480 (8 hours) with Swedish holidays, else 444 (7.4 hours).
    pub day_length_minutes: u32,
    /// Every holiday of the whole calendar years the plan touches (1 January of the year of `start` to 31 December of the year of `until`), for calendars and year wheels.
    pub holiday_dates: Vec<HolidayDate>,
}

#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct ClosedPeriod {
    /// First closed day.
    pub from: Date,
    /// Last closed day (inclusive).
    pub to: Date,
}

#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct HolidayDate {
    /// The day.
    pub date: Date,
    /// Name in the plan's language.
    pub name: String,
    /// `public` (a statutory holiday) or `closed` (offices closed in practice, e.g. juleaftensdag).
    pub kind: HolidayKind,
    /// The holiday itself, so that a document in another language can name it
    /// ([`Holiday::name`]). Not in the JSON: `name` is.
    #[serde(skip)]
    #[schemars(skip)]
    pub holiday: Holiday,
}

impl HolidayDate {
    /// The holiday on its day, named in `lang` (the compiled plan's language: `name`).
    pub fn of(holiday: Holiday, lang: Lang) -> HolidayDate {
        HolidayDate {
            date: Date(holiday.date),
            name: holiday.name(lang).to_string(),
            kind: holiday.kind,
            holiday,
        }
    }
}

#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct CompiledRole {
    /// The role's id.
    pub id: String,
    /// Display name (the id when none is written).
    pub name: String,
    /// Why the role exists.
    pub purpose: Option<String>,
    /// Who holds the role.
    pub owners: Vec<String>,
    /// Granted hours as written, e.g. `4 per week`.
    pub hours: Option<String>,
    /// Granted hours per calendar month (per week × 52/12), rounded to hundredths.
    pub granted_hours_per_month: Option<f64>,
    /// What the role may decide on its own.
    pub mandate: Option<String>,
    /// The role (id) this role reports to.
    pub reports_to: Option<String>,
    /// Responsibilities or sub-roles.
    pub responsibilities: Vec<String>,
    /// Planned hours per month (`YYYY-MM`), from occurrences where the role is responsible or participant.
    pub planned_hours: Vec<MonthHours>,
    /// Only for a role held by people in teams (owners named as members of tracks):
    /// each person's planned hours, counting their own team's occurrences (and those of
    /// no track); absent otherwise.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub person_hours: Vec<PersonHours>,
    /// Where the role's id is written.
    pub source: SourceRef,
    /// File the entity (or its last override) came from: the plan or a model.
    pub origin: String,
}

#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct MonthHours {
    /// `YYYY-MM`.
    pub month: String,
    /// Hours, rounded to hundredths.
    pub hours: f64,
}

#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct CompiledPhase {
    /// The phase's id.
    pub id: String,
    /// Display name (the id when none is written).
    pub name: String,
    /// Phases (ids) that finish before this one starts.
    pub after: Vec<String>,
    /// Duration as written, e.g. `1-3 months` or `ongoing`.
    pub duration: String,
    /// Open-ended: runs to the end of the compiled calendar.
    pub ongoing: bool,
    /// Optional (Swedish *vid behov*): scheduled as taken; `end.earliest` is `start.earliest` (skipped).
    pub optional: bool,
    /// The role (id) that owns the phase.
    pub owner: Option<String>,
    /// What the phase is for.
    pub purpose: Option<String>,
    /// What characterises the phase (kendetegn).
    pub characteristics: Vec<String>,
    /// What tells that the phase is done (målsætning).
    pub exit_criteria: Vec<String>,
    /// First day of the phase.
    pub start: DateWindow,
    /// Exclusive end: the day after the phase's last day. For ongoing phases, `until` + 1 day.
    pub end: DateWindow,
    /// Only for a plan with a journal: planned vs forecast windows and what the journal records.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub follow_up: Option<PhaseFollowUp>,
    /// Where the phase's id is written.
    pub source: SourceRef,
    /// File the entity (or its last override) came from: the plan or a model.
    pub origin: String,
}

#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct CompiledActivity {
    /// The activity's id.
    pub id: String,
    /// Display name (the id when none is written).
    pub name: String,
    /// The phases (ids) it belongs to, as written (`phase`, then `phases`).
    pub phases: Vec<String>,
    /// The role (id) responsible.
    pub responsible: Option<String>,
    /// Roles (ids) that take part.
    pub participants: Vec<String>,
    /// Stakeholders (ids) it informs.
    pub audience: Vec<String>,
    /// How the audience is reached.
    pub channel: Option<String>,
    /// What the activity is for.
    pub purpose: Option<String>,
    /// Agenda items.
    pub agenda: Vec<String>,
    /// What the activity produces.
    pub outputs: Vec<String>,
    /// Goals (ids) it contributes to.
    pub contributes_to: Vec<String>,
    /// Recurrence as written (`2 months`), if recurring.
    pub every: Option<String>,
    /// Length of one occurrence in minutes (nominal: the midpoint of a range; a length
    /// in days counts that many working days of `calendar.day_length_minutes`).
    pub length_minutes: Option<u32>,
    /// Written in days (`2 dage`): the working days one occurrence spans (each
    /// occurrence's `days`); absent for a length in hours.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub length_days: Option<u32>,
    /// Length as written, e.g. `2-3 hours`.
    pub length: Option<String>,
    /// Start time `HH:MM` for calendars (`09:00` when none is written).
    pub time: String,
    /// A fixed date from the plan.
    pub fixed_date: Option<Date>,
    /// `meeting` (a time and a length: a busy calendar event), `communication` or
    /// `milestone`/`deliverable` (a date without a time: an all-day, free event);
    /// written as `kind`, else derived (see the plan language).
    #[schemars(schema_with = "activity_kind_schema")]
    pub kind: crate::model::ActivityKind,
    /// Where it takes place.
    pub location: Option<String>,
    /// Held only when needed (`optional: true`); its hours are not counted.
    pub optional: bool,
    /// When an optional activity is held, as written (`nye aktører er kommet til`).
    pub when: Option<String>,
    /// The track (id) it belongs to; absent when none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub track: Option<String>,
    /// Every occurrence up to `until`, in date order.
    pub occurrences: Vec<Occurrence>,
    /// Where the activity's id is written.
    pub source: SourceRef,
    /// File the entity (or its last override) came from: the plan or a model.
    pub origin: String,
}

#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct Occurrence {
    /// 0-based occurrence number within the activity: the occurrences kept, counted.
    pub index: u32,
    /// The schedule slot calendar UIDs are keyed on: `k` for occurrence `k` of a
    /// series (`first + k × interval`, counting slots dropped for closures or outside
    /// the phases), 0 for a one-off. With a journal, an occurrence keeps the slot of
    /// the planned occurrence it is; one only the forecast has gets the next free slots.
    pub slot: u32,
    /// The scheduled (nominal) date, on a working day unless fixed.
    pub date: Date,
    /// Earliest date from the ranges involved (moved to a working day like `date`).
    pub earliest: Date,
    /// Latest date from the ranges involved (moved to a working day like `date`).
    pub latest: Date,
    /// The computed date before moving off a weekend, holiday or closed day.
    pub moved_from: Option<Date>,
    /// The listed phase the computed date falls in (nominal window), if any.
    pub phase: Option<String>,
    /// Only for an activity whose length spans several working days (`length: 2
    /// dage`): every day it takes place on, `date` first, then the next working days
    /// (weekends, holidays and closed days skipped).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub days: Vec<Date>,
    /// Only for a plan with a journal: the planned and forecast date and what happened.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub follow_up: Option<OccurrenceFollowUp>,
}

/// A phase's start and exclusive end windows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, JsonSchema)]
pub struct PhaseWindow {
    /// First day.
    pub start: DateWindow,
    /// Exclusive end: the day after the last day.
    pub end: DateWindow,
}

/// A phase followed up against the journal.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, JsonSchema)]
pub struct PhaseFollowUp {
    /// The plan's windows (the phase's `start` and `end`).
    pub planned: PhaseWindow,
    /// The windows re-anchored on what happened: a recorded start is the first day
    /// and a recorded completion the last (in all three windows; `end` is the day
    /// after), predecessors' forecast ends start the rest, and a phase not completed
    /// runs at least through `as_of` (its `end` is after `as_of`).
    pub forecast: PhaseWindow,
    /// What the journal records.
    pub actual: PhaseActual,
}

/// A phase's recorded start and completion.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, JsonSchema)]
pub struct PhaseActual {
    /// The earliest `phase_started` entry, if any.
    pub started: Option<JournalMark>,
    /// The latest `phase_completed` entry, if any; its date is the phase's last day (the forecast `end` is the day after).
    pub completed: Option<JournalMark>,
}

/// One journal entry: its date and note.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, JsonSchema)]
pub struct JournalMark {
    /// The entry's `date`.
    pub date: Date,
    /// The entry's `note`.
    pub note: Option<String>,
}

/// An occurrence followed up against the journal.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, JsonSchema)]
pub struct OccurrenceFollowUp {
    /// The plan's date; null for an occurrence only the forecast has.
    pub planned: Option<Date>,
    /// Where the forecast places it: the planned date for the past (before `as_of`) and
    /// for a recorded occurrence; null when the forecast has no room for it (it would
    /// fall after `until` or outside its phases).
    pub forecast: Option<Date>,
    /// What the journal records: for every past occurrence, and for a later one with
    /// an entry; null for an occurrence still to come with nothing recorded.
    pub actual: Option<OccurrenceActual>,
}

/// What happened to an occurrence.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ActualStatus {
    /// A `held` entry.
    Held,
    /// A `cancelled` entry (and no `held`).
    Cancelled,
    /// Past, and neither `held` nor `cancelled` recorded.
    NotRecorded,
}

/// The journal's record of an occurrence.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, JsonSchema)]
pub struct OccurrenceActual {
    /// `held`, `cancelled` or `not_recorded`.
    pub status: ActualStatus,
    /// The date of the entry that gives the status (null when not recorded).
    pub date: Option<Date>,
    /// That entry's `note`.
    pub note: Option<String>,
    /// That entry's `reason` (a cancellation's).
    pub reason: Option<String>,
}

#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct CompiledGoal {
    /// The goal's id.
    pub id: String,
    /// The goal in one sentence.
    pub statement: String,
    /// `quantitative`, `qualitative` or `hypothesis`.
    pub kind: Option<String>,
    /// `short` or `long`.
    pub term: Option<String>,
    /// How progress is measured.
    pub indicator: Option<String>,
    /// Where the goal starts from.
    pub baseline: Option<CompiledBaseline>,
    /// Where the goal should end.
    pub target: Option<CompiledTarget>,
    /// The role (id) that owns the goal.
    pub owner: Option<String>,
    /// The phase (id) the goal belongs to.
    pub phase: Option<String>,
    /// Activities that contribute to this goal.
    pub activities: Vec<String>,
    /// The track (id) it belongs to; absent when none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub track: Option<String>,
    /// `process` or `result` (the goal chain); absent when not written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<String>,
    /// Goals (ids) this goal contributes to (the goal chain); absent when none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub contributes_to: Vec<String>,
    /// Where the goal's id is written.
    pub source: SourceRef,
    /// File the entity (or its last override) came from: the plan or a model.
    pub origin: String,
}

#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct CompiledBaseline {
    /// The measured value, as written.
    pub value: Option<String>,
    /// When it was measured.
    pub date: Option<Date>,
    /// Where the figure comes from.
    pub source: Option<String>,
}

#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct CompiledTarget {
    /// The value to reach, as written.
    pub value: Option<String>,
    /// When it should be reached.
    pub by: Option<Date>,
}

#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct CompiledChecklist {
    /// The checklist's id.
    pub id: String,
    /// Display name (the id when none is written).
    pub name: String,
    /// The phase (id) it belongs to.
    pub phase: Option<String>,
    /// The role (id) that owns it.
    pub owner: Option<String>,
    /// The questions or tasks.
    pub items: Vec<CompiledItem>,
    /// Where the checklist's id is written.
    pub source: SourceRef,
    /// File the entity (or its last override) came from: the plan or a model.
    pub origin: String,
}

#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct CompiledItem {
    /// The question or task.
    pub text: String,
    /// The role (id) that answers it.
    pub owner: Option<String>,
    /// Whether it is done.
    pub done: bool,
}

#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct CompiledStakeholder {
    /// The stakeholder's id.
    pub id: String,
    /// Display name (the id when none is written).
    pub name: String,
    /// Who they are.
    pub description: Option<String>,
    /// Activities that inform this stakeholder.
    pub informed_by: Vec<String>,
    /// Where the stakeholder's id is written.
    pub source: SourceRef,
    /// File the entity (or its last override) came from: the plan or a model.
    pub origin: String,
}

/// The compiled plan's activity kinds: always the English word.
fn activity_kind_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
    schemars::json_schema!({
        "type": "string",
        "enum": ["meeting", "communication", "milestone", "deliverable"]
    })
}
