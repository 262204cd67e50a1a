//! The aktivitetsplan (*God sagsbehandling på ældreområdet*, 2007): which activities, when, who participates and who is
//! responsible — grouped by phase, with goals, checklists and the communication plan.
//! HTML and Markdown from templates; CSV and XLSX from one [`Sheet`] model.

use crate::sheet::{self, Cell, Sheet, WorkbookMeta};
use crate::view::{self, DateView, PlanView, YearDates};
use crate::{OutputFile, RenderError, RenderOptions, i18n, templates, tracks};
use minijinja::Environment;
use minijinja::value::{Serde, Value};
use serde::Serialize;
use tovholder_core::Lang;
use tovholder_core::compiled::{
    CompiledActivity, CompiledChecklist, CompiledGoal, CompiledTrack, Occurrence,
};
use tovholder_core::model::Date;

/// Everything the aktivitetsplan templates see as `doc` (besides `plan`, `t`, `lang`).
#[derive(Debug, Serialize)]
pub struct Doc {
    pub plan_id: String,
    pub title: String,
    pub organisation: Option<String>,
    /// `4. januar 2027 – 3. januar 2030`.
    pub period: String,
    pub horizon: Option<String>,
    pub uses: Option<String>,
    pub phases: Vec<PhaseDoc>,
    /// Activities that belong to no phase.
    pub other_activities: Vec<ActivityDoc>,
    pub goals: Vec<GoalDoc>,
    pub communication: Vec<CommDoc>,
    /// Checklists that belong to no phase.
    pub other_checklists: Vec<ChecklistDoc>,
    pub roles: Vec<RolePeople>,
    pub activity_count: usize,
    pub occurrence_count: usize,
    /// One section per track (platform, team), in plan order; empty without tracks.
    /// The tracks' activities and goals are listed there, not under the phases or
    /// in the plan-wide goals.
    pub tracks: Vec<TrackDoc>,
    /// `Status pr. 10. maj 2027: ✓ afholdt · ✗ aflyst · ? ikke registreret` (plans with a journal).
    pub status_legend: Option<String>,
    /// The goal chain drawn and tabled (plans whose goals have `level`/`contributes_to`).
    pub forandringsteori: Option<crate::forandringsteori::Section>,
}

/// A track's section: who, what for, where, its state history, goals and activities.
#[derive(Debug, Serialize)]
pub struct TrackDoc {
    pub id: String,
    pub name: String,
    /// `Tovholder for nattelivet (Per Holm)`.
    pub owner: Option<String>,
    pub members: Vec<String>,
    pub purpose: Option<String>,
    pub location: Option<String>,
    /// `I bero fra 1. september 2027: …; i gang igen fra 1. januar 2028`, or none
    /// for a track that runs through the whole plan.
    pub history: Option<String>,
    pub goals: Vec<GoalDoc>,
    pub activities: Vec<ActivityDoc>,
    pub occurrence_count: usize,
}

/// A phase's activities that belong to a track: the track and how many.
#[derive(Debug, Serialize)]
pub struct TrackRef {
    pub id: String,
    pub name: String,
    pub count: usize,
}

#[derive(Debug, Serialize)]
pub struct PhaseDoc {
    pub id: String,
    /// The phase's number: the one its name starts with (`5. Revidera`, `Fase 5 –
    /// Etablering`), else its place in the plan.
    pub number: String,
    pub name: String,
    /// Whether the name carries its own number, so the documents do not put
    /// `Fase 1:` before it.
    pub numbered_name: bool,
    /// `Fase 1: Beslutning`, or the name alone when it carries its number.
    pub heading: String,
    /// The `valgfri` tag, unless the name already says it (`5. Revidera (vid behov)`).
    pub optional_tag: bool,
    pub window: String,
    pub window_detail: Option<String>,
    /// Plans with a journal: `Prognose: 5. april – 4. oktober 2027 · startet 18. marts 2027`.
    pub follow_up: Option<String>,
    pub duration: String,
    pub ongoing: bool,
    pub optional: bool,
    pub owner: Option<String>,
    pub purpose: Option<String>,
    pub characteristics: Vec<String>,
    pub exit_criteria: Vec<String>,
    pub after: Vec<String>,
    /// The phase's activities in no track (all of them in a plan without tracks).
    pub activities: Vec<ActivityDoc>,
    /// Every activity of the phase, the tracks' included (the overview's count).
    pub activity_total: usize,
    /// The tracks with activities in the phase (listed in the tracks' sections).
    pub tracks: Vec<TrackRef>,
    pub checklists: Vec<ChecklistDoc>,
}

#[derive(Debug, Serialize)]
pub struct ActivityDoc {
    pub id: String,
    pub name: String,
    pub purpose: Option<String>,
    /// `Hver måned`, when recurring.
    pub cadence: Option<String>,
    /// `kl. 09.00 · 2 timer`.
    pub time: String,
    /// The one date of a one-off activity.
    pub single: Option<DateView>,
    /// All dates (in this phase), by year.
    pub dates: Vec<YearDates>,
    pub count: usize,
    pub responsible: Option<String>,
    pub participants: Vec<String>,
    pub audience: Vec<String>,
    pub channel: Option<String>,
    pub agenda: Vec<String>,
    pub outputs: Vec<String>,
    pub contributes_to: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct GoalDoc {
    pub id: String,
    pub statement: String,
    pub kind: Option<String>,
    pub term: Option<String>,
    pub indicator: Option<String>,
    pub baseline: Option<String>,
    /// `målt 30. november 2026 · kilde: Sagsaudit`.
    pub baseline_note: Option<String>,
    pub target: Option<String>,
    /// `senest 31. oktober 2028`.
    pub target_by: Option<String>,
    pub owner: Option<String>,
    pub phase: Option<String>,
    pub activities: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct CommDoc {
    pub what: String,
    pub purpose: Option<String>,
    pub audience: Vec<String>,
    pub cadence: Option<String>,
    pub single: Option<DateView>,
    pub dates: Vec<YearDates>,
    pub channel: Option<String>,
    pub responsible: Option<String>,
    pub phases: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct ChecklistDoc {
    pub id: String,
    pub name: String,
    pub owner: Option<String>,
    pub items: Vec<ItemDoc>,
}

#[derive(Debug, Serialize)]
pub struct ItemDoc {
    pub text: String,
    pub owner: Option<String>,
    pub done: bool,
}

#[derive(Debug, Serialize)]
pub struct RolePeople {
    pub id: String,
    pub name: String,
    pub owners: Vec<String>,
}

/// Build the document view.
pub fn doc(v: &PlanView) -> Doc {
    let plan = v.plan;
    let phases = plan
        .phases
        .iter()
        .enumerate()
        .map(|(i, p)| PhaseDoc {
            id: p.id.clone(),
            number: view::own_number(&p.name).unwrap_or_else(|| (i + 1).to_string()),
            name: p.name.clone(),
            numbered_name: view::own_number(&p.name).is_some(),
            heading: view::phase_heading(v, i + 1, &p.name),
            optional_tag: p.optional
                && !p
                    .name
                    .to_lowercase()
                    .contains(&v.t("optional").to_lowercase()),
            window: v.phase_window_text(p),
            window_detail: v.phase_window_detail(p),
            follow_up: phase_follow_up(v, p),
            duration: if p.ongoing {
                i18n::capitalise(v.t("ongoing"))
            } else {
                i18n::duration_text(v.lang, &p.duration)
            },
            ongoing: p.ongoing,
            optional: p.optional,
            owner: p.owner.as_deref().map(|o| v.role_name(o)),
            purpose: p.purpose.clone(),
            characteristics: p.characteristics.clone(),
            exit_criteria: p.exit_criteria.clone(),
            after: p.after.iter().map(|a| v.phase_name(a)).collect(),
            activities: v
                .in_phase(&p.id)
                .into_iter()
                .filter(|(a, _)| tracks::of_activity(v, a).is_none())
                .map(|(a, occ)| activity_doc(v, a, &occ))
                .collect(),
            activity_total: v.in_phase(&p.id).len(),
            tracks: track_refs(v, &p.id),
            checklists: plan
                .checklists
                .iter()
                .filter(|c| c.phase.as_deref() == Some(p.id.as_str()))
                .map(|c| checklist_doc(v, c))
                .collect(),
        })
        .collect();
    let other_activities = plan
        .activities
        .iter()
        .filter(|a| a.phases.is_empty() || a.phases.iter().all(|p| v.phase(p).is_none()))
        .filter(|a| tracks::of_activity(v, a).is_none())
        .map(|a| {
            let occ: Vec<&Occurrence> = a.occurrences.iter().filter(|o| view::listed(o)).collect();
            activity_doc(v, a, &occ)
        })
        .collect();
    let other_checklists = plan
        .checklists
        .iter()
        .filter(|c| c.phase.as_deref().and_then(|p| v.phase(p)).is_none())
        .map(|c| checklist_doc(v, c))
        .collect();
    let mut communicating: Vec<&CompiledActivity> = plan
        .activities
        .iter()
        .filter(|a| !a.audience.is_empty())
        .collect();
    // In the order of their first date; undated ones last (a stable sort keeps plan order).
    communicating.sort_by_key(|a| {
        let first = a.occurrences.iter().map(|o| o.date).min();
        (first.is_none(), first)
    });
    let communication = communicating
        .into_iter()
        .map(|a| {
            let occ: Vec<&Occurrence> = a.occurrences.iter().filter(|o| view::listed(o)).collect();
            let (single, dates) = single_or_dates(v, a, &occ);
            CommDoc {
                what: view::activity_name(v, a),
                purpose: a.purpose.clone(),
                audience: a.audience.iter().map(|x| v.audience_name(x)).collect(),
                cadence: view::cadence_text(v, a),
                single,
                dates,
                channel: a.channel.clone(),
                responsible: a.responsible.as_deref().map(|r| v.role_name(r)),
                phases: a.phases.iter().map(|p| v.phase_name(p)).collect(),
            }
        })
        .collect();
    Doc {
        plan_id: plan.id.clone(),
        title: plan.title.clone(),
        organisation: plan.organisation.clone(),
        period: i18n::date_range(v.lang, plan.start, plan.until),
        horizon: plan
            .horizon
            .as_deref()
            .map(|h| i18n::duration_text(v.lang, h)),
        uses: based_on(v.lang, plan),
        phases,
        other_activities,
        goals: plan
            .goals
            .iter()
            .filter(|g| tracks::of_goal(v, g).is_none())
            .map(|g| goal_doc(v, g))
            .collect(),
        communication,
        other_checklists,
        roles: plan
            .roles
            .iter()
            .map(|r| RolePeople {
                id: r.id.clone(),
                name: r.name.clone(),
                owners: r.owners.clone(),
            })
            .collect(),
        activity_count: plan.activities.len(),
        occurrence_count: plan.activities.iter().map(|a| a.occurrences.len()).sum(),
        tracks: plan.tracks.iter().map(|t| track_doc(v, t)).collect(),
        status_legend: view::status_legend(v),
        forandringsteori: crate::forandringsteori::section(v),
    }
}

/// The tracks with activities in a phase, in plan order, with how many.
fn track_refs(v: &PlanView, phase: &str) -> Vec<TrackRef> {
    let in_phase = v.in_phase(phase);
    v.plan
        .tracks
        .iter()
        .filter_map(|t| {
            let count = in_phase
                .iter()
                .filter(|(a, _)| a.track.as_deref() == Some(t.id.as_str()))
                .count();
            (count > 0).then(|| TrackRef {
                id: t.id.clone(),
                name: t.name.clone(),
                count,
            })
        })
        .collect()
}

/// A track's section: its activities with every listed date (in the order of their
/// first date, undated ones last) and its goals.
fn track_doc(v: &PlanView, t: &CompiledTrack) -> TrackDoc {
    let mut acts: Vec<(usize, &CompiledActivity, Vec<&Occurrence>)> = v
        .plan
        .activities
        .iter()
        .enumerate()
        .filter(|(_, a)| a.track.as_deref() == Some(t.id.as_str()))
        .map(|(i, a)| {
            (
                i,
                a,
                a.occurrences.iter().filter(|o| view::listed(o)).collect(),
            )
        })
        .collect();
    acts.sort_by_key(|(i, a, occ)| {
        let first = occ.iter().map(|o| o.date).min();
        (first.is_none(), first, a.time.clone(), *i)
    });
    TrackDoc {
        id: t.id.clone(),
        name: t.name.clone(),
        owner: tracks::owner_text(v, t),
        members: tracks::members(v, t),
        purpose: t.purpose.clone(),
        location: t.location.clone(),
        history: tracks::history(v, t),
        goals: v
            .plan
            .goals
            .iter()
            .filter(|g| g.track.as_deref() == Some(t.id.as_str()))
            .map(|g| goal_doc(v, g))
            .collect(),
        occurrence_count: acts.iter().map(|(_, _, occ)| occ.len()).sum(),
        activities: acts
            .into_iter()
            .map(|(_, a, occ)| activity_doc(v, a, &occ))
            .collect(),
    }
}

/// What the journal says of a phase: its forecast window when it differs from the
/// plan, and the recorded start and completion.
fn phase_follow_up(v: &PlanView, p: &tovholder_core::compiled::CompiledPhase) -> Option<String> {
    let f = p.follow_up.as_ref()?;
    let mut parts = Vec::new();
    if f.forecast != f.planned {
        let w = &f.forecast;
        let text = if p.ongoing {
            format!(
                "{} {}",
                v.t("from"),
                i18n::date_long(v.lang, w.start.nominal)
            )
        } else {
            i18n::date_range(v.lang, w.start.nominal, view::last_day(w.end.nominal))
        };
        parts.push(format!("{}: {text}", v.t("forecast")));
    }
    if let Some(s) = &f.actual.started {
        parts.push(format!(
            "{} {}",
            v.t("phase_started"),
            i18n::date_long(v.lang, s.date)
        ));
    }
    if let Some(c) = &f.actual.completed {
        parts.push(format!(
            "{} {}",
            v.t("phase_completed"),
            i18n::date_long(v.lang, c.date)
        ));
    }
    if parts.is_empty() {
        return None;
    }
    Some(i18n::capitalise(&parts.join(" · ")))
}

fn single_or_dates(
    v: &PlanView,
    a: &CompiledActivity,
    occ: &[&Occurrence],
) -> (Option<DateView>, Vec<YearDates>) {
    match occ {
        [one] if a.every.is_none() => (Some(DateView::of_occurrence(v, one)), Vec::new()),
        _ => (None, view::by_year(v, occ)),
    }
}

fn activity_doc(v: &PlanView, a: &CompiledActivity, occ: &[&Occurrence]) -> ActivityDoc {
    let (single, dates) = single_or_dates(v, a, occ);
    ActivityDoc {
        id: a.id.clone(),
        name: view::activity_name(v, a),
        purpose: a.purpose.clone(),
        cadence: view::cadence_text(v, a),
        time: view::time_and_length(v, a),
        single,
        dates,
        count: occ.len(),
        responsible: a.responsible.as_deref().map(|r| v.role_name(r)),
        participants: v.role_names(&a.participants),
        audience: a.audience.iter().map(|x| v.audience_name(x)).collect(),
        channel: a.channel.clone(),
        agenda: a.agenda.clone(),
        outputs: a.outputs.clone(),
        contributes_to: a
            .contributes_to
            .iter()
            .map(|g| v.goal_statement(g))
            .collect(),
    }
}

fn checklist_doc(v: &PlanView, c: &CompiledChecklist) -> ChecklistDoc {
    ChecklistDoc {
        id: c.id.clone(),
        name: c.name.clone(),
        owner: c.owner.as_deref().map(|o| v.role_name(o)),
        items: c
            .items
            .iter()
            .map(|i| ItemDoc {
                text: i.text.clone(),
                owner: i.owner.as_deref().map(|o| v.role_name(o)),
                done: i.done,
            })
            .collect(),
    }
}

/// `kvantitativt`, `lang sigt` … in the document language; unknown values as written.
pub fn goal_kind(v: &PlanView, kind: &str) -> String {
    match kind {
        "quantitative" => v.t("kind_quantitative").to_string(),
        "qualitative" => v.t("kind_qualitative").to_string(),
        "hypothesis" => v.t("kind_hypothesis").to_string(),
        other => other.to_string(),
    }
}

pub fn goal_term(v: &PlanView, term: &str) -> String {
    match term {
        "short" => v.t("term_short").to_string(),
        "long" => v.t("term_long").to_string(),
        other => other.to_string(),
    }
}

fn goal_doc(v: &PlanView, g: &CompiledGoal) -> GoalDoc {
    let baseline_note = g.baseline.as_ref().and_then(|b| {
        let mut parts = Vec::new();
        if let Some(d) = b.date {
            parts.push(format!(
                "{} {}",
                v.t("measured"),
                i18n::date_long(v.lang, d)
            ));
        }
        if let Some(s) = &b.source {
            parts.push(format!("{}: {s}", v.t("source")));
        }
        (!parts.is_empty()).then(|| parts.join(" · "))
    });
    GoalDoc {
        id: g.id.clone(),
        statement: g.statement.clone(),
        kind: g.kind.as_deref().map(|k| goal_kind(v, k)),
        term: g.term.as_deref().map(|k| goal_term(v, k)),
        indicator: g.indicator.clone(),
        baseline: g.baseline.as_ref().and_then(|b| b.value.clone()),
        baseline_note,
        target: g.target.as_ref().and_then(|t| t.value.clone()),
        target_by: g
            .target
            .as_ref()
            .and_then(|t| t.by)
            .map(|d| format!("{} {}", v.t("by"), i18n::date_long(v.lang, d))),
        owner: g.owner.as_deref().map(|o| v.role_name(o)),
        phase: g.phase.as_deref().map(|p| v.phase_name(p)),
        activities: g.activities.iter().map(|a| v.activity_name(a)).collect(),
    }
}

/// The template context: `plan` (the compiled plan as is) and `doc`.
pub fn context(v: &PlanView, doc: &Doc) -> Value {
    minijinja::context! {
        plan => Value::from(Serde(v.plan)),
        doc => Value::from(Serde(doc)),
    }
}

/// Render every format of the aktivitetsplan.
pub fn render(
    v: &PlanView,
    env: &Environment<'static>,
    opts: &RenderOptions,
) -> Result<Vec<OutputFile>, RenderError> {
    let d = doc(v);
    let ctx = crate::baseline::with_section(context(v, &d), v, opts);
    let html = templates::render(env, "aktivitetsplan.html", ctx.clone())?;
    let md = templates::render(env, "aktivitetsplan.md", ctx)?;
    let sheets = sheets(v);
    let sep = match v.lang {
        Lang::En => ',',
        Lang::Da | Lang::Sv => ';',
    };
    let csv = sheets
        .first()
        .map(|s| sheet::to_csv(s, sep))
        .unwrap_or_default();
    let xlsx = sheet::to_xlsx(
        &sheets,
        &WorkbookMeta {
            title: &format!("{} – {}", v.t("aktivitetsplan"), v.plan.title),
            company: v.plan.organisation.as_deref(),
            created: crate::ical::timestamp(v.plan, opts),
            date_format: match v.lang {
                Lang::En => "d mmm yyyy",
                Lang::Da | Lang::Sv => "dd-mm-yyyy",
            },
        },
    )?;
    Ok(vec![
        OutputFile::text("aktivitetsplan.html", html),
        OutputFile::text("aktivitetsplan.md", md),
        OutputFile::text("aktivitetsplan.csv", csv),
        OutputFile {
            relative_path: "aktivitetsplan.xlsx".into(),
            bytes: xlsx,
        },
    ])
}

/// The spreadsheet model: activities (one row per occurrence, the CSV), phases,
/// goals, the communication plan and checklists.
pub fn sheets(v: &PlanView) -> Vec<Sheet> {
    vec![
        activities_sheet(v),
        phases_sheet(v),
        goals_sheet(v),
        communication_sheet(v),
        checklists_sheet(v),
    ]
}

fn header(v: &PlanView, keys: &[&'static str]) -> Vec<String> {
    keys.iter().map(|k| v.t(k).to_string()).collect()
}

fn names(list: Vec<String>) -> Cell {
    Cell::text(list.join(", "))
}

/// A spreadsheet row with its sort key: (date, start time), activity order, occurrence index.
type SortedRow = (Option<(Date, String)>, usize, u32, Vec<Cell>);

/// One working day of an occurrence, a row of the activities sheet.
#[derive(Clone, Copy)]
struct SheetDay<'a> {
    occurrence: &'a Occurrence,
    date: Date,
    /// That day's minutes (`None`: the activity has no length).
    minutes: Option<u32>,
    /// Which day of the occurrence, from 1.
    number: usize,
}

fn activities_sheet(v: &PlanView) -> Sheet {
    let plan = v.plan;
    let mut rows: Vec<SortedRow> = Vec::new();
    // A plan with a multi-day activity: one row per working day (so a filter by date
    // finds every day, and `Varighed (minutter)` summed by month is the planned
    // hours, each day in its own month), with a `Dag` column (`1 af 2`) at the end.
    let multi_day = plan
        .activities
        .iter()
        .any(|a| a.occurrences.iter().any(|o| o.days.len() > 1));
    for (ai, a) in plan.activities.iter().enumerate() {
        // The row of one day of an occurrence, or of an activity without occurrences.
        let common = |day: Option<SheetDay>| -> Vec<Cell> {
            let o = day.map(|d| d.occurrence);
            let o_minutes = day.map(|d| d.minutes);
            let day_of = day.map(|d| (d.number, d.occurrence.days.len()));
            let day = day.map(|d| d.date);
            let phase = match o {
                Some(o) => v.occurrence_phase(a, o).map(|p| v.phase_name(p)),
                None => a.phases.first().map(|p| v.phase_name(p)),
            };
            vec![
                phase.map(Cell::text).unwrap_or(Cell::Empty),
                Cell::text(view::activity_name(v, a)),
                day.map(Cell::Date).unwrap_or(Cell::Empty),
                day.map(|d| Cell::text(i18n::weekday(v.lang, d)))
                    .unwrap_or(Cell::Empty),
                day.map(|d| Cell::Number(f64::from(i18n::iso_week(d))))
                    .unwrap_or(Cell::Empty),
                // Only a meeting has a time of day.
                if a.kind.is_meeting() {
                    Cell::time(&a.time)
                } else {
                    Cell::Empty
                },
                o_minutes
                    .unwrap_or(a.length_minutes)
                    .map(|m| Cell::Number(f64::from(m)))
                    .unwrap_or(Cell::Empty),
                Cell::text(
                    a.every
                        .as_deref()
                        .map(|e| i18n::cadence(v.lang, e))
                        .unwrap_or_else(|| v.t("once").to_string()),
                ),
                Cell::text(
                    a.responsible
                        .as_deref()
                        .map(|r| v.role_name(r))
                        .unwrap_or_default(),
                ),
                names(v.role_names(&a.participants)),
                names(a.audience.iter().map(|x| v.audience_name(x)).collect()),
                Cell::opt(a.channel.as_deref()),
                Cell::opt(a.purpose.as_deref()),
                Cell::text(a.id.clone()),
                o.map(|o| Cell::Number(f64::from(o.index + 1)))
                    .unwrap_or(Cell::Empty),
            ]
            .into_iter()
            .chain(multi_day.then(|| match day_of {
                Some((k, n)) if n > 1 => Cell::text(i18n::number_of(v.lang, k, n)),
                _ => Cell::Empty,
            }))
            .collect()
        };
        // A plan with tracks: the track's name after the phase (an empty cell for an
        // activity in no track); a plan without tracks has no such column.
        let with_track = |mut cells: Vec<Cell>| -> Vec<Cell> {
            if !plan.tracks.is_empty() {
                let track = tracks::of_activity(v, a).map(|t| Cell::text(t.name.clone()));
                cells.insert(1, track.unwrap_or(Cell::Empty));
            }
            cells
        };
        if a.occurrences.is_empty() {
            rows.push((None, ai, 0, with_track(common(None))));
        }
        for o in &a.occurrences {
            for (k, (d, minutes)) in view::day_minutes(v, a, o).into_iter().enumerate() {
                rows.push((
                    Some((d, a.time.clone())),
                    ai,
                    o.index,
                    with_track(common(Some(SheetDay {
                        occurrence: o,
                        date: d,
                        minutes,
                        number: k + 1,
                    }))),
                ));
            }
        }
    }
    // Dated rows in date and time order, then undated ones in plan order.
    rows.sort_by(|x, y| match (&x.0, &y.0) {
        (Some(a), Some(b)) => a.cmp(b).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2)),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => x.1.cmp(&y.1),
    });
    let mut head = header(
        v,
        &[
            "phase",
            "activity",
            "date",
            "weekday",
            "week",
            "time",
            "length_minutes",
            "cadence",
            "responsible",
            "participants",
            "audience",
            "channel",
            "purpose",
            "activity_id",
            "occurrence",
        ],
    );
    let mut widths = vec![
        18.0, 40.0, 12.0, 10.0, 6.0, 8.0, 10.0, 14.0, 22.0, 30.0, 24.0, 24.0, 40.0, 22.0, 5.0,
    ];
    if multi_day {
        head.push(v.t("day_of_occurrence").to_string());
        widths.push(10.0);
    }
    if !plan.tracks.is_empty() {
        head.insert(1, v.t("track").to_string());
        widths.insert(1, 18.0);
    }
    Sheet {
        name: v.t("activities").to_string(),
        header: head,
        widths,
        rows: rows.into_iter().map(|r| r.3).collect(),
    }
}

fn phases_sheet(v: &PlanView) -> Sheet {
    let rows = v
        .plan
        .phases
        .iter()
        .map(|p| {
            vec![
                Cell::text(p.name.clone()),
                Cell::Date(p.start.nominal),
                if p.ongoing {
                    Cell::text(v.t("ongoing"))
                } else {
                    Cell::Date(v.phase_last_day(p))
                },
                Cell::text(if p.ongoing {
                    i18n::capitalise(v.t("ongoing"))
                } else {
                    i18n::duration_text(v.lang, &p.duration)
                }),
                Cell::text(
                    p.owner
                        .as_deref()
                        .map(|o| v.role_name(o))
                        .unwrap_or_default(),
                ),
                Cell::opt(p.purpose.as_deref()),
                Cell::text(p.characteristics.join("\n")),
                Cell::text(p.exit_criteria.join("\n")),
                Cell::text(p.id.clone()),
            ]
        })
        .collect();
    Sheet {
        name: v.t("phases").to_string(),
        header: header(
            v,
            &[
                "phase",
                "starts",
                "ends",
                "duration",
                "responsible",
                "purpose",
                "characteristics",
                "exit_criteria",
                "phase_id",
            ],
        ),
        widths: vec![22.0, 12.0, 12.0, 14.0, 22.0, 40.0, 50.0, 50.0, 18.0],
        rows,
    }
}

fn goals_sheet(v: &PlanView) -> Sheet {
    let rows = v
        .plan
        .goals
        .iter()
        .map(|g| {
            let b = g.baseline.as_ref();
            let t = g.target.as_ref();
            vec![
                Cell::text(g.statement.clone()),
                Cell::text(
                    g.kind
                        .as_deref()
                        .map(|k| goal_kind(v, k))
                        .unwrap_or_default(),
                ),
                Cell::text(
                    g.term
                        .as_deref()
                        .map(|k| goal_term(v, k))
                        .unwrap_or_default(),
                ),
                Cell::opt(g.indicator.as_deref()),
                b.and_then(|b| b.value.as_deref())
                    .map(Cell::value)
                    .unwrap_or(Cell::Empty),
                b.and_then(|b| b.date)
                    .map(Cell::Date)
                    .unwrap_or(Cell::Empty),
                Cell::opt(b.and_then(|b| b.source.as_deref())),
                t.and_then(|t| t.value.as_deref())
                    .map(Cell::value)
                    .unwrap_or(Cell::Empty),
                t.and_then(|t| t.by).map(Cell::Date).unwrap_or(Cell::Empty),
                Cell::text(
                    g.owner
                        .as_deref()
                        .map(|o| v.role_name(o))
                        .unwrap_or_default(),
                ),
                names(g.activities.iter().map(|a| v.activity_name(a)).collect()),
            ]
        })
        .collect();
    let mut head = header(
        v,
        &[
            "goal",
            "kind",
            "term",
            "indicator",
            "baseline",
            "date",
            "source",
            "target",
            "date",
            "owner",
            "activities_for_goal",
        ],
    );
    // Two date columns: say which is which.
    if let Some(h) = head.get_mut(5) {
        *h = format!("{} ({})", v.t("baseline"), v.t("date").to_lowercase());
    }
    if let Some(h) = head.get_mut(6) {
        *h = format!("{} ({})", v.t("baseline"), v.t("source"));
    }
    if let Some(h) = head.get_mut(8) {
        *h = format!("{} ({})", v.t("target"), v.t("by"));
    }
    Sheet {
        name: v.t("goals").to_string(),
        header: head,
        widths: vec![
            40.0, 14.0, 12.0, 40.0, 18.0, 12.0, 24.0, 18.0, 12.0, 22.0, 40.0,
        ],
        rows,
    }
}

fn communication_sheet(v: &PlanView) -> Sheet {
    let mut rows = Vec::new();
    for a in v.plan.activities.iter().filter(|a| !a.audience.is_empty()) {
        let audience = names(a.audience.iter().map(|x| v.audience_name(x)).collect());
        let responsible = Cell::text(
            a.responsible
                .as_deref()
                .map(|r| v.role_name(r))
                .unwrap_or_default(),
        );
        let dated: Vec<Option<&Occurrence>> = if a.occurrences.is_empty() {
            vec![None]
        } else {
            a.occurrences.iter().map(Some).collect()
        };
        for o in dated {
            rows.push(vec![
                Cell::text(view::activity_name(v, a)),
                audience.clone(),
                o.map(|o| Cell::Date(o.date)).unwrap_or(Cell::Empty),
                Cell::opt(a.channel.as_deref()),
                responsible.clone(),
                Cell::opt(a.purpose.as_deref()),
            ]);
        }
    }
    Sheet {
        name: v.t("communication_plan").to_string(),
        header: header(
            v,
            &[
                "what",
                "to_whom",
                "date",
                "channel",
                "responsible",
                "purpose",
            ],
        ),
        widths: vec![40.0, 30.0, 12.0, 30.0, 22.0, 40.0],
        rows,
    }
}

fn checklists_sheet(v: &PlanView) -> Sheet {
    let mut rows = Vec::new();
    for c in &v.plan.checklists {
        for i in &c.items {
            rows.push(vec![
                Cell::text(c.name.clone()),
                Cell::text(
                    c.phase
                        .as_deref()
                        .map(|p| v.phase_name(p))
                        .unwrap_or_default(),
                ),
                Cell::text(i.text.clone()),
                Cell::text(
                    i.owner
                        .as_deref()
                        .or(c.owner.as_deref())
                        .map(|o| v.role_name(o))
                        .unwrap_or_default(),
                ),
                Cell::Bool(i.done),
            ]);
        }
    }
    Sheet {
        name: v.t("checklists").to_string(),
        header: header(v, &["checklist", "phase", "item", "responsible", "done"]),
        widths: vec![36.0, 20.0, 60.0, 22.0, 8.0],
        rows,
    }
}

/// "Bygger på": the model by its own title and version ("Implementering af ICS,
/// version 1.0.0"), the `uses` path only when the model's title is not known.
pub fn based_on(lang: Lang, plan: &tovholder_core::compiled::CompiledPlan) -> Option<String> {
    let model = plan.model.as_ref();
    match model.and_then(|m| m.title.as_deref()) {
        Some(title) => Some(match model.and_then(|m| m.version.as_deref()) {
            Some(version) => format!(
                "{title}, {} {version}",
                i18n::pick3(lang, "version", "version", "version")
            ),
            None => title.to_string(),
        }),
        None => plan.uses.clone(),
    }
}
