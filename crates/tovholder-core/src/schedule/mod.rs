//! Scheduling: the plan's phases and activities as dates — the compiled plan.
//!
//! The compiler turns a plan with a `start` into a [`CompiledPlan`]. Plans that
//! cannot be scheduled get none: models (`kind: model`, no start), plans without
//! `start`, and plans with a dependency cycle (reported by `dependency-cycle`).
//!
//! - Phase windows: see [`phases`]. Ranges use the nominal rule in [`dates`].
//! - Activity occurrences: see [`activities`].
//! - **The compiled calendar** runs from `start` to `until` (inclusive):
//!   `--until DATE` when given; else the end of the declared `horizon` (nominal,
//!   `start + horizon − 1 day`), extended when needed so that every bounded phase
//!   fits; else, when some phase is ongoing, [`DEFAULT_SUSTAIN_MONTHS`] months
//!   after the last bounded phase ends; else the day the last phase ends. It never
//!   runs more than [`MAX_CALENDAR_YEARS`] years. Ongoing phases end at `until`.
//! - **Working days**: Monday–Friday minus the holidays of `calendar.holidays`
//!   (`dk`, `se` or `none`; when not written, `se` for plans in Swedish and `dk`
//!   otherwise) minus the `closed` periods. See [`crate::calendar`].
//! - **Planned hours**: per role and calendar month, the nominal length of every
//!   occurrence where the role is responsible or a participant (counted once),
//!   rounded to hundredths of an hour.

pub mod activities;
pub mod dates;
pub mod phases;

use crate::calendar::{self, HolidayKind, HolidayRegion, WorkCalendar};
use crate::compiled::*;
use crate::diag::{Diagnostic, Lang};
use crate::duration::Duration;
use crate::graph::DepGraph;
use crate::model::{self, GoalKind, Holidays, Item, Plan, Term, strs};
use crate::span::{FileId, SourceMap, Span, Spanned};
use dates::Win;
use jiff::civil;
use phases::Pick;
use std::collections::BTreeMap;

/// How long ongoing phases run after the last bounded phase when the plan has no horizon.
pub const DEFAULT_SUSTAIN_MONTHS: i64 = 12;
/// The compiled calendar never runs longer than this many years from `start`.
pub const MAX_CALENDAR_YEARS: i64 = 100;
/// Start time of occurrences when the activity gives no `time`.
pub const DEFAULT_TIME: &str = "09:00";

/// The holiday region of a plan: `calendar.holidays`, else by the plan's language.
pub fn region(plan: &Plan) -> HolidayRegion {
    match plan
        .calendar
        .as_ref()
        .and_then(|c| c.holidays.as_ref())
        .map(|h| h.value)
    {
        Some(Holidays::Dk) => HolidayRegion::Dk,
        Some(Holidays::Se) => HolidayRegion::Se,
        Some(Holidays::None) => HolidayRegion::None,
        None if plan.lang() == Some(Lang::Sv) => HolidayRegion::Se,
        None => HolidayRegion::Dk,
    }
}

/// The plan's working-day calendar: its holidays and closed periods.
pub fn work_calendar(plan: &Plan) -> WorkCalendar {
    let closed = plan
        .calendar
        .as_ref()
        .map(|c| strs(&c.closed))
        .unwrap_or(&[])
        .iter()
        .map(|c| (c.value.from.0, c.value.to.0))
        .collect();
    WorkCalendar::new(region(plan), closed)
}

/// The language of rendered documents: the plan's `language`, Danish by default.
pub fn document_lang(plan: &Plan) -> Lang {
    plan.lang().unwrap_or(Lang::Da)
}

/// Whether the plan can be scheduled: a plan (not a model) with a start and no cycle.
pub fn can_schedule(plan: &Plan, graph: &DepGraph) -> bool {
    !plan.is_model() && plan.start.is_some() && graph.cycles().is_empty()
}

/// The last day of the compiled calendar (see the module docs).
pub fn until_of(
    plan: &Plan,
    graph: &DepGraph,
    start: civil::Date,
    until: Option<civil::Date>,
) -> civil::Date {
    let cap = dates::add_units(start, MAX_CALENDAR_YEARS, crate::duration::TimeUnit::Year)
        .and_then(|d| d.yesterday().ok())
        .unwrap_or(civil::Date::MAX);
    let floor = start.yesterday().unwrap_or(start);
    if let Some(u) = until {
        return u.clamp(floor, cap);
    }
    let bounded = phases::total_end(plan, graph, start, Pick::Nominal, false);
    let last_day = bounded.and_then(|e| e.yesterday().ok());
    let declared = match plan.horizon.as_ref().map(|h| h.value) {
        Some(Duration::Range(r)) => {
            dates::after(Win::at(start), r, 1).and_then(|w| w.nominal.yesterday().ok())
        }
        _ => None,
    };
    let chosen = match declared {
        Some(h) => Some(last_day.map_or(h, |l| h.max(l))),
        None if phases::has_open_end(plan, graph, start) || bounded.is_none() => {
            let from = bounded.unwrap_or(start);
            dates::add_units(
                from,
                DEFAULT_SUSTAIN_MONTHS,
                crate::duration::TimeUnit::Month,
            )
            .and_then(|d| d.yesterday().ok())
        }
        None => last_day,
    };
    chosen.unwrap_or(cap).clamp(floor, cap)
}

/// How much of the compiled plan to build.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Detail {
    /// Everything: what `compile` prints and the documents are rendered from.
    #[default]
    Documents,
    /// What the rules need: the calendar, phase windows, every occurrence's date,
    /// activities' ids, phases, roles and lengths, and roles' hours. Texts, goals,
    /// checklists, stakeholders and source locations are left empty — `check` builds
    /// no documents and skips copying them (a big plan's time and memory).
    Dates,
}

/// Schedule a plan, building as much of the compiled plan as `detail` asks for (dates,
/// occurrences and findings are the same at every detail). `None` when it cannot be
/// scheduled (see [`can_schedule`]); the findings are the scheduler's own
/// (`too-many-occurrences`).
pub fn compile(
    plan: &Plan,
    sources: &SourceMap,
    file: FileId,
    graph: &DepGraph,
    until: Option<model::Date>,
    lang: Lang,
    detail: Detail,
) -> (Option<CompiledPlan>, Vec<Diagnostic>) {
    if !can_schedule(plan, graph) {
        return (None, Vec::new());
    }
    let Some(start) = plan.start.as_ref().map(|s| s.value.0) else {
        return (None, Vec::new());
    };
    let until = until_of(plan, graph, start, until.map(|d| d.0));
    let ongoing_end = until.tomorrow().unwrap_or(civil::Date::MAX);
    let early = phases::schedule(plan, graph, start, Pick::Min, true, Some(ongoing_end));
    let nominal = phases::schedule(plan, graph, start, Pick::Nominal, false, Some(ongoing_end));
    let late = phases::schedule(plan, graph, start, Pick::Max, false, Some(ongoing_end));
    let get =
        |v: &[Option<civil::Date>], i: usize| v.get(i).copied().flatten().unwrap_or(ongoing_end);
    let windows: Vec<(Win, Win)> = (0..plan.phases.len())
        .map(|i| {
            (
                Win {
                    earliest: get(&early.start, i),
                    nominal: get(&nominal.start, i),
                    latest: get(&late.start, i),
                },
                Win {
                    earliest: get(&early.end, i),
                    nominal: get(&nominal.end, i),
                    latest: get(&late.end, i),
                },
            )
        })
        .collect();
    let cal = work_calendar(plan);
    let input = activities::Input {
        plan,
        cal: &cal,
        phases: &windows,
        plan_start: start,
        until,
        lang,
        phase_ids: detail == Detail::Documents,
    };
    let (occurrences, diags) = activities::schedule(&input);
    let b = Builder {
        plan,
        sources,
        file,
        doc_lang: document_lang(plan),
        docs: detail == Detail::Documents,
    };
    let compiled = b.build(start, until, &windows, occurrences);
    (Some(compiled), diags)
}

struct Builder<'a> {
    plan: &'a Plan,
    sources: &'a SourceMap,
    file: FileId,
    doc_lang: Lang,
    /// [`Detail::Documents`]: texts, goals, checklists, stakeholders, locations.
    docs: bool,
}

fn text(s: &Option<Spanned<String>>) -> Option<String> {
    s.as_ref().map(|s| s.value.clone())
}

fn texts(l: &Option<model::List<Spanned<String>>>) -> Vec<String> {
    strs(l).iter().map(|s| s.value.clone()).collect()
}

fn hours(minutes: u64) -> f64 {
    round2(minutes as f64 / 60.0)
}

fn hours_text(h: &crate::duration::Hours) -> String {
    let per = match h.per {
        crate::duration::HoursPer::Week => "week",
        crate::duration::HoursPer::Month => "month",
    };
    format!("{} per {per}", h.hours)
}

/// Referenced id → the activities whose `field` lists it, in plan order, each once.
/// One pass over the activities, instead of one pass per goal or stakeholder.
fn referrers<'p>(
    plan: &'p Plan,
    field: impl Fn(&'p model::Activity) -> &'p [Spanned<String>],
) -> std::collections::HashMap<&'p str, Vec<&'p str>> {
    let mut by_id: std::collections::HashMap<&str, Vec<&str>> = std::collections::HashMap::new();
    for (aid, a) in plan.activities.iter() {
        for r in field(a) {
            let list = by_id.entry(r.value.as_str()).or_default();
            if list.last() != Some(&aid.as_str()) {
                list.push(aid.as_str());
            }
        }
    }
    by_id
}

/// The activity ids [`referrers`] found for `id`.
fn ids_of(referrers: &std::collections::HashMap<&str, Vec<&str>>, id: &str) -> Vec<String> {
    referrers
        .get(id)
        .map(|l| l.iter().map(|a| a.to_string()).collect())
        .unwrap_or_default()
}

fn round2(v: f64) -> f64 {
    (v * 100.0).round() / 100.0
}

impl Builder<'_> {
    fn source(&self, span: Span) -> SourceRef {
        if !self.docs {
            return SourceRef {
                file: String::new(),
                line: 0,
                column: 0,
            };
        }
        let (line, column) = self
            .sources
            .get(span.file)
            .map(|f| f.line_col(span.start))
            .unwrap_or((1, 1));
        SourceRef {
            file: self.sources.name(span.file).to_string(),
            line,
            column,
        }
    }

    fn origin(&self, span: Span) -> String {
        if !self.docs {
            return String::new();
        }
        self.sources.name(span.file).to_string()
    }

    /// A text copied into the compiled plan (left out at [`Detail::Dates`]).
    fn doc_text(&self, s: &Option<Spanned<String>>) -> Option<String> {
        if self.docs { text(s) } else { None }
    }

    /// A list of texts copied into the compiled plan (left out at [`Detail::Dates`]).
    fn doc_texts(&self, l: &Option<model::List<Spanned<String>>>) -> Vec<String> {
        if self.docs { texts(l) } else { Vec::new() }
    }

    /// A scalar as written in its file (quotes removed), else `fallback`.
    fn written(&self, span: Span, fallback: String) -> String {
        let raw = self
            .sources
            .get(span.file)
            .map(|f| f.slice(span).trim())
            .unwrap_or("");
        let unquoted = raw
            .strip_prefix('"')
            .and_then(|r| r.strip_suffix('"'))
            .or_else(|| raw.strip_prefix('\'').and_then(|r| r.strip_suffix('\'')))
            .unwrap_or(raw);
        if unquoted.is_empty() || unquoted.contains('\n') {
            fallback
        } else {
            unquoted.to_string()
        }
    }

    fn build(
        &self,
        start: civil::Date,
        until: civil::Date,
        windows: &[(Win, Win)],
        occurrences: Vec<Vec<Occurrence>>,
    ) -> CompiledPlan {
        let plan = self.plan;
        let activities = self.activities(occurrences);
        let roles = self.roles(&activities);
        let plan_span = plan
            .id
            .as_ref()
            .map(|s| s.span)
            .unwrap_or(Span::new(self.file, 0, 0));
        CompiledPlan {
            format: "tovholder-compiled".into(),
            format_version: COMPILED_FORMAT_VERSION,
            id: text(&plan.id).unwrap_or_default(),
            title: text(&plan.title).unwrap_or_default(),
            organisation: text(&plan.organisation),
            language: self.doc_lang,
            start: model::Date(start),
            until: model::Date(until),
            horizon: plan
                .horizon
                .as_ref()
                .map(|h| self.written(h.span, h.value.to_string())),
            uses: plan.uses.as_ref().map(|u| u.value.path.value.clone()),
            source: self.source(plan_span),
            calendar: self.calendar(start, until),
            roles,
            phases: self.phases(windows),
            activities,
            goals: if self.docs { self.goals() } else { Vec::new() },
            checklists: if self.docs {
                self.checklists()
            } else {
                Vec::new()
            },
            stakeholders: if self.docs {
                self.stakeholders()
            } else {
                Vec::new()
            },
        }
    }

    fn calendar(&self, start: civil::Date, until: civil::Date) -> CompiledCalendar {
        let region = region(self.plan);
        let closed = self
            .plan
            .calendar
            .as_ref()
            .map(|c| strs(&c.closed))
            .unwrap_or(&[])
            .iter()
            .map(|c| ClosedPeriod {
                from: c.value.from,
                to: c.value.to,
            })
            .collect();
        let mut holiday_dates = Vec::new();
        if start <= until {
            for year in start.year()..=until.year() {
                for h in calendar::holidays(region, year) {
                    if h.date < start || h.date > until {
                        continue;
                    }
                    let name = match self.doc_lang {
                        Lang::Da => h.name_da,
                        Lang::Sv => h.name_sv,
                        Lang::En => h.name_en,
                    };
                    holiday_dates.push(HolidayDate {
                        date: model::Date(h.date),
                        name: name.to_string(),
                        kind: match h.kind {
                            HolidayKind::Public => "public",
                            HolidayKind::Closed => "closed",
                        }
                        .into(),
                    });
                }
            }
        }
        CompiledCalendar {
            holidays: region.as_str().into(),
            closed,
            holiday_dates,
        }
    }

    fn phases(&self, windows: &[(Win, Win)]) -> Vec<CompiledPhase> {
        let dw = |w: Win| DateWindow {
            earliest: model::Date(w.earliest),
            nominal: model::Date(w.nominal),
            latest: model::Date(w.latest),
        };
        self.plan
            .phases
            .iter()
            .zip(windows)
            .map(|((id, p), (s, e))| CompiledPhase {
                id: id.clone(),
                name: text(&p.name).unwrap_or_else(|| id.clone()),
                after: texts(&p.after),
                duration: p
                    .duration
                    .as_ref()
                    .map(|d| self.written(d.span, d.value.to_string()))
                    .unwrap_or_default(),
                ongoing: p
                    .duration
                    .as_ref()
                    .is_some_and(|d| d.value == Duration::Ongoing),
                optional: p.optional.as_ref().is_some_and(|o| o.value),
                owner: text(&p.owner),
                purpose: text(&p.purpose),
                characteristics: texts(&p.characteristics),
                exit_criteria: texts(&p.exit_criteria),
                start: dw(*s),
                end: dw(*e),
                source: self.source(p.id.span),
                origin: self.origin(p.id.span),
            })
            .collect()
    }

    fn activities(&self, mut occurrences: Vec<Vec<Occurrence>>) -> Vec<CompiledActivity> {
        self.plan
            .activities
            .iter()
            .enumerate()
            .map(|(i, (id, a))| {
                let occ = occurrences
                    .get_mut(i)
                    .map(std::mem::take)
                    .unwrap_or_default();
                let docs = self.docs;
                CompiledActivity {
                    id: id.clone(),
                    name: self.doc_text(&a.name).unwrap_or_else(|| id.clone()),
                    // Phases, responsible and participants also count roles' hours.
                    phases: a.phase_refs().iter().map(|p| p.value.clone()).collect(),
                    responsible: text(&a.responsible),
                    participants: texts(&a.participants),
                    audience: self.doc_texts(&a.audience),
                    channel: self.doc_text(&a.channel),
                    purpose: self.doc_text(&a.purpose),
                    agenda: self.doc_texts(&a.agenda),
                    outputs: self.doc_texts(&a.outputs),
                    contributes_to: self.doc_texts(&a.contributes_to),
                    every: a
                        .every
                        .as_ref()
                        .filter(|_| docs)
                        .map(|e| self.written(e.span, e.value.to_string())),
                    length_minutes: a
                        .length
                        .as_ref()
                        .map(|l| dates::nominal_minutes(l.value.min_minutes, l.value.max_minutes)),
                    length: a
                        .length
                        .as_ref()
                        .filter(|_| docs)
                        .map(|l| self.written(l.span, l.value.to_string())),
                    time: match &a.time {
                        Some(t) if docs => format!("{:02}:{:02}", t.value.hour, t.value.minute),
                        _ if docs => DEFAULT_TIME.into(),
                        _ => String::new(),
                    },
                    fixed_date: a.date.as_ref().map(|d| d.value),
                    occurrences: occ,
                    source: self.source(a.id.span),
                    origin: self.origin(a.id.span),
                }
            })
            .collect()
    }

    fn roles(&self, activities: &[CompiledActivity]) -> Vec<CompiledRole> {
        // Role (by index in the plan) → month (year·12 + month − 1) → minutes. Roles
        // are looked up once per activity, months are numbers until the end.
        let mut planned: Vec<BTreeMap<i32, u64>> = vec![BTreeMap::new(); self.plan.roles.len()];
        let mut who: Vec<usize> = Vec::new();
        for a in activities {
            let Some(minutes) = a.length_minutes.filter(|m| *m > 0) else {
                continue;
            };
            who.clear();
            for r in a.responsible.iter().chain(&a.participants) {
                if let Some(i) = self.plan.roles.get_index_of(r.as_str())
                    && !who.contains(&i)
                {
                    who.push(i);
                }
            }
            for o in &a.occurrences {
                let month = i32::from(o.date.0.year()) * 12 + i32::from(o.date.0.month()) - 1;
                for &r in &who {
                    if let Some(m) = planned.get_mut(r) {
                        *m.entry(month).or_default() += u64::from(minutes);
                    }
                }
            }
        }
        self.plan
            .roles
            .iter()
            .zip(planned)
            .map(|((id, r), planned)| CompiledRole {
                id: id.clone(),
                name: self.doc_text(&r.name).unwrap_or_else(|| id.clone()),
                purpose: self.doc_text(&r.purpose),
                owners: self.doc_texts(&r.owner),
                hours: r
                    .hours
                    .as_ref()
                    .map(|h| self.written(h.span, hours_text(&h.value))),
                granted_hours_per_month: r.hours.as_ref().map(|h| round2(h.value.per_month())),
                mandate: self.doc_text(&r.mandate),
                reports_to: self.doc_text(&r.reports_to),
                responsibilities: self.doc_texts(&r.responsibilities),
                planned_hours: planned
                    .into_iter()
                    .map(|(month, min)| MonthHours {
                        month: format!(
                            "{:04}-{:02}",
                            month.div_euclid(12),
                            month.rem_euclid(12) + 1
                        ),
                        hours: hours(min),
                    })
                    .collect(),
                source: self.source(r.id.span),
                origin: self.origin(r.id.span),
            })
            .collect()
    }

    fn goals(&self) -> Vec<CompiledGoal> {
        let contributors = referrers(self.plan, |a| strs(&a.contributes_to));
        self.plan
            .goals
            .iter()
            .map(|(id, g)| CompiledGoal {
                id: id.clone(),
                statement: text(&g.statement).unwrap_or_default(),
                kind: g.kind.as_ref().map(|k| {
                    match k.value {
                        GoalKind::Quantitative => "quantitative",
                        GoalKind::Qualitative => "qualitative",
                        GoalKind::Hypothesis => "hypothesis",
                    }
                    .to_string()
                }),
                term: g.term.as_ref().map(|t| {
                    match t.value {
                        Term::Short => "short",
                        Term::Long => "long",
                    }
                    .to_string()
                }),
                indicator: text(&g.indicator),
                baseline: g.baseline.as_ref().map(|b| CompiledBaseline {
                    value: b.value.as_ref().map(|v| v.value.0.clone()),
                    date: b.date.as_ref().map(|d| d.value),
                    source: text(&b.source),
                }),
                target: g.target.as_ref().map(|t| CompiledTarget {
                    value: t.value.as_ref().map(|v| v.value.0.clone()),
                    by: t.by.as_ref().map(|d| d.value),
                }),
                owner: text(&g.owner),
                phase: text(&g.phase),
                activities: ids_of(&contributors, id),
                source: self.source(g.id.span),
                origin: self.origin(g.id.span),
            })
            .collect()
    }

    fn checklists(&self) -> Vec<CompiledChecklist> {
        self.plan
            .checklists
            .iter()
            .map(|(id, c)| CompiledChecklist {
                id: id.clone(),
                name: text(&c.name).unwrap_or_else(|| id.clone()),
                phase: text(&c.phase),
                owner: text(&c.owner),
                items: c
                    .items
                    .as_ref()
                    .map(|l| l.0.as_slice())
                    .unwrap_or(&[])
                    .iter()
                    .map(|item| match item {
                        Item::Text(t) => CompiledItem {
                            text: t.value.clone(),
                            owner: None,
                            done: false,
                        },
                        Item::Detail(d) => CompiledItem {
                            text: item.text().to_string(),
                            owner: text(&d.owner),
                            done: d.done.as_ref().is_some_and(|b| b.value),
                        },
                    })
                    .collect(),
                source: self.source(c.id.span),
                origin: self.origin(c.id.span),
            })
            .collect()
    }

    fn stakeholders(&self) -> Vec<CompiledStakeholder> {
        let informers = referrers(self.plan, |a| strs(&a.audience));
        self.plan
            .stakeholders
            .iter()
            .map(|(id, s)| CompiledStakeholder {
                id: id.clone(),
                name: text(&s.name).unwrap_or_else(|| id.clone()),
                description: text(&s.description),
                informed_by: ids_of(&informers, id),
                source: self.source(s.id.span),
                origin: self.origin(s.id.span),
            })
            .collect()
    }
}
