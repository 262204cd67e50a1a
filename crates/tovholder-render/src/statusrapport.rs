//! The statusrapport: where the plan stands, for the half-yearly status meeting
//! (*Samskabelse med civilsamfundet – vejledning til ledere i politiet*: a joint
//! status meeting every half year, each preceded by a reality check).
//!
//! Read from the compiled plan and its [`PlanStatus`] (built by the CLI from the
//! follow-up: see `tovholder_core::status`): the as-of date, the phases as planned
//! and as forecast, the activities held against planned, per goal a small chart
//! (baseline, measurements, target, the straight line, the as-of date) with its
//! data-derived status and the rule that sets it, ripple effects, adaptations with
//! their reasons, open checklist items and what comes next.
//!
//! Files: `statusrapport.html` (print-ready A4, the charts inline),
//! `statusrapport.md` (the charts as `statusrapport-<goal>.svg` beside it),
//! `statusrapport.xlsx` (a "Status" sheet). The words are core's
//! [`StatusMsg`] (shared with `tovholder status`) and the document labels of [`i18n`].

use crate::sheet::{self, Cell, Sheet, WorkbookMeta};
use crate::view::{self, PlanView};
use crate::{OutputFile, RenderError, RenderOptions, i18n, templates};
use minijinja::Environment;
use minijinja::value::{Serde, Value};
use serde::Serialize;
use std::collections::BTreeMap;
use tovholder_core::Lang;
use tovholder_core::messages::StatusMsg;
use tovholder_core::model::Date;
use tovholder_core::status::{
    ActivityStatus, Chart, GoalStatus, GoalVerdict, PhaseState, PhaseStatus, PlanStatus,
    UPCOMING_DAYS,
};

/// Everything the statusrapport templates see as `doc` (besides `plan`, `t`, `s`, `lang`).
#[derive(Debug, Serialize)]
pub struct Doc {
    pub plan_id: String,
    pub title: String,
    pub organisation: Option<String>,
    /// `Opgjort pr. 1. juni 2027`.
    pub as_of: String,
    /// Set when the plan has no journal.
    pub no_journal: Option<String>,
    /// `I gang – i gang, forventet 1. marts 2027 – 28. februar 2028`.
    pub current: Vec<String>,
    pub phases: Vec<PhaseRow>,
    pub activities: Vec<ActivityRow>,
    pub goals: Vec<GoalRow>,
    pub ripples: Vec<Row>,
    pub adaptations: Vec<Row>,
    pub open_items: Vec<ItemRow>,
    pub overdue: Vec<Row>,
    pub upcoming: Vec<UpcomingRow>,
    /// `De næste 60 dage`.
    pub upcoming_heading: String,
}

#[derive(Debug, Serialize)]
pub struct PhaseRow {
    pub name: String,
    /// `i gang`.
    pub state: String,
    /// `current`, `overrun`, … (a CSS class).
    pub class: &'static str,
    pub planned: String,
    pub forecast: String,
    /// The forecast differs from the plan.
    pub moved: bool,
    /// `startet 1. marts 2027 · afsluttet …`, or empty.
    pub actual: String,
}

#[derive(Debug, Serialize)]
pub struct ActivityRow {
    pub name: String,
    pub cadence: String,
    pub planned: usize,
    pub due: usize,
    pub held: String,
    pub cancelled: String,
    pub not_recorded: String,
    /// Whole percentages of the due occurrences (for the bar).
    pub held_percent: u32,
    pub cancelled_percent: u32,
    /// `6. juli 2027: Sommerferie`.
    pub cancellations: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct GoalRow {
    pub id: String,
    pub statement: String,
    pub indicator: Option<String>,
    pub baseline: String,
    pub latest: String,
    pub target: String,
    /// `bagud`.
    pub verdict: String,
    /// `on-track`, `behind`, `not-measured`, `not-comparable` (a CSS class).
    pub class: &'static str,
    /// The verdict with the rule's reasoning, in a sentence.
    pub why: String,
    /// The chart as SVG (inline in HTML).
    pub chart: Option<String>,
    /// The chart's file beside the Markdown.
    pub chart_file: Option<String>,
    /// `1. april 2027: 48 % (Sagsaudit 1. kvartal)`.
    pub measurements: Vec<String>,
}

/// A dated line: `date` and `text`, with an optional `note` (a reason, who noticed it).
#[derive(Debug, Serialize)]
pub struct Row {
    pub date: String,
    pub text: String,
    pub note: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct ItemRow {
    pub checklist: String,
    pub number: usize,
    pub text: String,
    pub owner: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct UpcomingRow {
    pub date: String,
    pub name: String,
    pub phase: Option<String>,
    pub responsible: Option<String>,
}

/// When an upcoming occurrence is, with its weekday (`mandag 4. januar 2027`); a
/// multi-day one names its days (`fredag 12. og mandag 15. marts 2027`). The report
/// and `tovholder status` both say it so.
pub fn upcoming_when(lang: Lang, u: &tovholder_core::status::Upcoming) -> String {
    if u.days.len() > 1 {
        view::days_with_weekday(lang, &u.days)
    } else {
        i18n::date_with_weekday(lang, u.date)
    }
}

/// The status words the templates see as `s.<key>`.
pub fn words(lang: Lang) -> BTreeMap<&'static str, String> {
    let w = |m: StatusMsg| m.text(lang);
    BTreeMap::from([
        ("title", w(StatusMsg::Title)),
        ("intro", w(StatusMsg::Intro)),
        ("phases", w(StatusMsg::Phases)),
        ("current_phases", w(StatusMsg::CurrentPhases)),
        ("activities", w(StatusMsg::Activities)),
        ("goals", w(StatusMsg::Goals)),
        ("open_items", w(StatusMsg::OpenItems)),
        ("overdue", w(StatusMsg::Overdue)),
        ("ripples", w(StatusMsg::Ripples)),
        ("adaptations", w(StatusMsg::Adaptations)),
        ("nothing", w(StatusMsg::Nothing)),
        ("phase", w(StatusMsg::Phase)),
        ("activity", w(StatusMsg::Activity)),
        ("goal", w(StatusMsg::Goal)),
        ("planned", w(StatusMsg::Planned)),
        ("forecast", w(StatusMsg::Forecast)),
        ("actual", w(StatusMsg::Actual)),
        ("held", w(StatusMsg::Held)),
        ("cancelled", w(StatusMsg::Cancelled)),
        ("not_recorded", w(StatusMsg::NotRecorded)),
        ("due", w(StatusMsg::Due)),
        ("baseline", w(StatusMsg::Baseline)),
        ("latest", w(StatusMsg::Latest)),
        ("target", w(StatusMsg::Target)),
        ("target_line", w(StatusMsg::TargetLine)),
        ("measurements", w(StatusMsg::Measurements)),
        ("verdict", w(StatusMsg::Verdict)),
        ("reason", w(StatusMsg::Reason)),
        ("date", w(StatusMsg::Date)),
        ("responsible", w(StatusMsg::Responsible)),
        ("checklist", w(StatusMsg::Checklist)),
        ("item", w(StatusMsg::Item)),
        ("rule", w(StatusMsg::Rule)),
        ("what", w(StatusMsg::What)),
    ])
}

fn d(lang: Lang, date: Date) -> String {
    i18n::date_long(lang, date)
}

/// `4. januar – 3. marts 2027`, or `fra 4. januar 2027 (løbende)` for an open end.
fn window(lang: Lang, start: Date, end: Option<Date>) -> String {
    match end {
        Some(end) => i18n::date_range(lang, start, end),
        None => format!("{} – ({})", d(lang, start), StatusMsg::Ongoing.text(lang)),
    }
}

fn phase_row(lang: Lang, p: &PhaseStatus) -> PhaseRow {
    let mut actual = Vec::new();
    if let Some(s) = p.started {
        actual.push(StatusMsg::Started { date: d(lang, s) }.text(lang));
    }
    if let Some(c) = p.completed {
        actual.push(StatusMsg::Completed { date: d(lang, c) }.text(lang));
    }
    PhaseRow {
        name: p.name.clone(),
        state: StatusMsg::State(p.state).text(lang),
        class: match p.state {
            PhaseState::Upcoming => "upcoming",
            PhaseState::Current => "current",
            PhaseState::Overrun => "overrun",
            PhaseState::Completed => "completed",
        },
        planned: window(lang, p.planned_start, p.planned_end),
        forecast: window(lang, p.forecast_start, p.forecast_end),
        moved: (p.forecast_start, p.forecast_end) != (p.planned_start, p.planned_end),
        actual: actual.join(" · "),
    }
}

fn of_due(lang: Lang, a: &ActivityStatus, part: usize) -> String {
    StatusMsg::OfDue {
        part,
        due: a.due,
        percent: a.percent(part),
    }
    .text(lang)
}

fn activity_row(lang: Lang, a: &ActivityStatus) -> ActivityRow {
    ActivityRow {
        name: a.name.clone(),
        cadence: match &a.every {
            Some(e) => i18n::capitalise(&i18n::cadence(lang, e)),
            None => i18n::capitalise(&StatusMsg::Once.text(lang)),
        },
        planned: a.planned,
        due: a.due,
        held: of_due(lang, a, a.held),
        cancelled: of_due(lang, a, a.cancelled),
        not_recorded: of_due(lang, a, a.not_recorded),
        held_percent: a.percent(a.held),
        cancelled_percent: a.percent(a.cancelled),
        cancellations: a
            .cancellations
            .iter()
            .map(|c| match &c.reason {
                Some(r) => format!("{} ({r})", d(lang, c.planned)),
                None => d(lang, c.planned),
            })
            .collect(),
    }
}

/// `48 % (1. april 2027)`.
fn valued(lang: Lang, value: Option<&str>, date: Option<Date>) -> String {
    match (value, date) {
        (Some(v), Some(date)) => format!("{v} ({})", d(lang, date)),
        (Some(v), None) => v.to_string(),
        (None, Some(date)) => format!("– ({})", d(lang, date)),
        (None, None) => "–".to_string(),
    }
}

fn verdict_class(v: GoalVerdict) -> &'static str {
    match v {
        GoalVerdict::OnTrack => "on-track",
        GoalVerdict::Behind => "behind",
        GoalVerdict::NotMeasured => "not-measured",
        GoalVerdict::NotComparable => "not-comparable",
    }
}

fn goal_row(
    v: &PlanView,
    env: &Environment<'static>,
    g: &GoalStatus,
    as_of: Date,
) -> Result<GoalRow, RenderError> {
    let lang = v.lang;
    let chart = match &g.chart {
        Some(c) => Some(chart_svg(env, lang, g, c, as_of)?),
        None => None,
    };
    Ok(GoalRow {
        id: g.id.clone(),
        statement: g.statement.clone(),
        indicator: g.indicator.clone(),
        baseline: valued(lang, g.baseline.as_deref(), g.baseline_date),
        latest: match g.latest() {
            Some(m) => valued(lang, Some(&m.value), Some(m.date)),
            None => "–".to_string(),
        },
        target: valued(lang, g.target.as_deref(), g.target_by),
        verdict: StatusMsg::GoalVerdict(g.verdict).text(lang),
        class: verdict_class(g.verdict),
        why: i18n::capitalise(
            &StatusMsg::VerdictWhy {
                verdict: g.verdict,
                rule: g.rule.clone(),
            }
            .text(lang),
        ),
        chart_file: chart.as_ref().map(|_| chart_file(&g.id)),
        chart,
        measurements: g
            .measurements
            .iter()
            .map(|m| {
                let value = if m.value.is_empty() { "–" } else { &m.value };
                match &m.source {
                    Some(s) => format!("{}: {value} ({s})", d(lang, m.date)),
                    None => format!("{}: {value}", d(lang, m.date)),
                }
            })
            .collect(),
    })
}

/// The chart file of a goal, beside the Markdown.
pub fn chart_file(goal: &str) -> String {
    format!("statusrapport-{goal}.svg")
}

/// The chart's geometry: what `goal-chart.svg` draws.
#[derive(Debug, Serialize)]
struct ChartView {
    width: u32,
    height: u32,
    /// The plot area.
    left: f64,
    right: f64,
    top: f64,
    bottom: f64,
    label: String,
    /// The straight line from baseline to target.
    line: (f64, f64, f64, f64),
    baseline: (f64, f64),
    target: (f64, f64),
    /// The measurements, in date order.
    points: Vec<(f64, f64)>,
    polyline: String,
    /// The as-of date's x, when it is inside the chart.
    as_of_x: f64,
    as_of_label: String,
    y_labels: Vec<(f64, String)>,
    x_labels: Vec<(f64, String)>,
    legend_line: String,
    legend_points: String,
    class: &'static str,
}

fn chart_svg(
    env: &Environment<'static>,
    lang: Lang,
    g: &GoalStatus,
    c: &Chart,
    as_of: Date,
) -> Result<String, RenderError> {
    const W: f64 = 340.0;
    const H: f64 = 170.0;
    let (left, right, top, bottom) = (44.0, W - 12.0, 12.0, H - 38.0);
    let day = |date: Date| {
        date.0
            .since(jiff::civil::date(1900, 1, 1))
            .map(|s| i64::from(s.get_days()))
            .unwrap_or(0)
    };
    let mut first = day(c.baseline.0).min(day(c.target.0));
    let mut last = day(c.baseline.0).max(day(c.target.0));
    for (date, _) in &c.points {
        first = first.min(day(*date));
        last = last.max(day(*date));
    }
    first = first.min(day(as_of));
    last = last.max(day(as_of));
    let span = ((last - first) as f64).max(1.0);
    let values = c
        .points
        .iter()
        .map(|p| p.1)
        .chain([c.baseline.1, c.target.1])
        .chain(c.expected);
    let (mut lo, mut hi) = values.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
        (lo.min(v), hi.max(v))
    });
    if !lo.is_finite() || !hi.is_finite() {
        (lo, hi) = (0.0, 1.0);
    }
    let pad = ((hi - lo) * 0.1)
        .max(f64::EPSILON.max(hi.abs() * 0.01))
        .max(1e-9);
    let (lo, hi) = (lo - pad, hi + pad);
    let round = |x: f64| (x * 10.0).round() / 10.0;
    let x = |date: Date| round(left + (right - left) * (day(date) - first) as f64 / span);
    let y = |v: f64| round(bottom - (bottom - top) * (v - lo) / (hi - lo));
    let points: Vec<(f64, f64)> = c.points.iter().map(|(dt, v)| (x(*dt), y(*v))).collect();
    let unit = c
        .unit
        .as_deref()
        .map(|u| format!(" {u}"))
        .unwrap_or_default();
    let num = |v: f64| format!("{}{unit}", i18n::number(lang, (v * 100.0).round() / 100.0));
    let view = ChartView {
        width: W as u32,
        height: H as u32,
        left,
        right,
        top,
        bottom,
        label: format!(
            "{}: {} → {}",
            g.statement,
            num(c.baseline.1),
            num(c.target.1)
        ),
        line: (
            x(c.baseline.0),
            y(c.baseline.1),
            x(c.target.0),
            y(c.target.1),
        ),
        baseline: (x(c.baseline.0), y(c.baseline.1)),
        target: (x(c.target.0), y(c.target.1)),
        polyline: points
            .iter()
            .map(|(a, b)| format!("{a},{b}"))
            .collect::<Vec<_>>()
            .join(" "),
        points,
        as_of_x: x(as_of),
        as_of_label: i18n::date_medium(lang, as_of),
        y_labels: vec![
            (y(c.baseline.1), num(c.baseline.1)),
            (y(c.target.1), num(c.target.1)),
        ],
        x_labels: vec![
            (x(c.baseline.0), i18n::date_medium(lang, c.baseline.0)),
            (x(c.target.0), i18n::date_medium(lang, c.target.0)),
        ],
        legend_line: StatusMsg::TargetLine.text(lang),
        legend_points: StatusMsg::Measurements.text(lang),
        class: verdict_class(g.verdict),
    };
    templates::render(
        env,
        "goal-chart.svg",
        minijinja::context! { c => Value::from(Serde(&view)) },
    )
}

/// Build the document view.
pub fn doc(
    v: &PlanView,
    env: &Environment<'static>,
    status: &PlanStatus,
) -> Result<Doc, RenderError> {
    let lang = v.lang;
    let plan = v.plan;
    let current = status
        .phases
        .iter()
        .filter(|p| p.is_current())
        .map(|p| {
            format!(
                "{} – {}, {} {}",
                p.name,
                StatusMsg::State(p.state).text(lang),
                StatusMsg::Forecast.text(lang).to_lowercase(),
                window(lang, p.forecast_start, p.forecast_end)
            )
        })
        .collect();
    let goals = status
        .goals
        .iter()
        .map(|g| goal_row(v, env, g, status.as_of))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Doc {
        plan_id: plan.id.clone(),
        title: plan.title.clone(),
        organisation: plan.organisation.clone(),
        as_of: StatusMsg::AsOf {
            date: d(lang, status.as_of),
        }
        .text(lang),
        no_journal: (!status.has_journal).then(|| StatusMsg::NoJournal.text(lang)),
        current,
        phases: status.phases.iter().map(|p| phase_row(lang, p)).collect(),
        // Activities with something due by the as-of date (the rest have not begun).
        activities: status
            .activities
            .iter()
            .filter(|a| a.due > 0)
            .map(|a| activity_row(lang, a))
            .collect(),
        goals,
        ripples: status
            .ripples
            .iter()
            .map(|r| Row {
                date: d(lang, r.date),
                text: r.text.clone(),
                note: match (&r.by, &r.note) {
                    (Some(by), Some(n)) => Some(format!(
                        "{n} ({})",
                        StatusMsg::By { who: by.clone() }.text(lang)
                    )),
                    (Some(by), None) => Some(StatusMsg::By { who: by.clone() }.text(lang)),
                    (None, n) => n.clone(),
                },
            })
            .collect(),
        adaptations: status
            .adaptations
            .iter()
            .map(|a| Row {
                date: d(lang, a.date),
                text: a.text.clone(),
                note: a.reason.clone(),
            })
            .collect(),
        open_items: status
            .open_items
            .iter()
            .map(|i| ItemRow {
                checklist: i.checklist_name.clone(),
                number: i.number,
                text: i.text.clone(),
                owner: i.owner.as_deref().map(|o| v.role_name(o)),
            })
            .collect(),
        overdue: status
            .overdue
            .iter()
            .map(|o| Row {
                date: String::new(),
                text: o.message.clone(),
                note: Some(o.rule.clone()),
            })
            .collect(),
        upcoming: status
            .upcoming
            .iter()
            .map(|u| UpcomingRow {
                date: upcoming_when(lang, u),
                name: u.name.clone(),
                phase: u.phase.clone(),
                responsible: u.responsible.as_deref().map(|r| v.role_name(r)),
            })
            .collect(),
        upcoming_heading: StatusMsg::Upcoming {
            days: UPCOMING_DAYS,
        }
        .text(lang),
    })
}

fn context(v: &PlanView, doc: &Doc, charts: bool) -> Value {
    minijinja::context! {
        plan => Value::from(Serde(v.plan)),
        doc => Value::from(Serde(doc)),
        s => Value::from(Serde(words(v.lang))),
        charts => charts,
    }
}

/// The statusrapport's Markdown alone (what `tovholder status --format markdown`
/// prints): `charts` links each goal's chart file (only beside a rendered report).
pub fn markdown(
    v: &PlanView,
    env: &Environment<'static>,
    status: &PlanStatus,
    charts: bool,
) -> Result<String, RenderError> {
    let doc = doc(v, env, status)?;
    templates::render(env, "statusrapport.md", context(v, &doc, charts))
}

/// Render every format of the statusrapport.
pub fn render(
    v: &PlanView,
    env: &Environment<'static>,
    opts: &RenderOptions,
    status: &PlanStatus,
) -> Result<Vec<OutputFile>, RenderError> {
    let doc = doc(v, env, status)?;
    let html = templates::render(env, "statusrapport.html", context(v, &doc, true))?;
    let md = templates::render(env, "statusrapport.md", context(v, &doc, true))?;
    let xlsx = sheet::to_xlsx(
        &[status_sheet(v, status)],
        &WorkbookMeta {
            title: &format!("{} – {}", StatusMsg::Title.text(v.lang), v.plan.title),
            company: v.plan.organisation.as_deref(),
            created: crate::ical::timestamp(v.plan, opts),
            date_format: match v.lang {
                Lang::En => "d mmm yyyy",
                Lang::Da | Lang::Sv => "dd-mm-yyyy",
            },
        },
    )?;
    let mut out = vec![
        OutputFile::text("statusrapport.html", html),
        OutputFile::text("statusrapport.md", md),
        OutputFile {
            relative_path: "statusrapport.xlsx".into(),
            bytes: xlsx,
        },
    ];
    for g in &doc.goals {
        if let (Some(svg), Some(file)) = (&g.chart, &g.chart_file) {
            crate::check_name(&g.id)?;
            out.push(OutputFile::text(
                file.clone(),
                format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{svg}"),
            ));
        }
    }
    Ok(out)
}

/// The "Status" sheet: one row per phase, activity, goal, open checklist item,
/// ripple effect and adaptation, with the columns a filter needs.
pub fn status_sheet(v: &PlanView, status: &PlanStatus) -> Sheet {
    let lang = v.lang;
    let w = |m: StatusMsg| m.text(lang);
    let n = |x: usize| Cell::Number(x as f64);
    let date = |d: Option<Date>| d.map(Cell::Date).unwrap_or(Cell::Empty);
    /// What, name, date, planned start and end, forecast start and end, due, held,
    /// cancelled, not recorded, status, note, id.
    struct Line {
        what: StatusMsg,
        name: String,
        date: Cell,
        planned: [Cell; 2],
        forecast: [Cell; 2],
        counts: [Cell; 4],
        status: String,
        note: String,
        id: String,
    }
    let none2 = || [Cell::Empty, Cell::Empty];
    let none4 = || [Cell::Empty, Cell::Empty, Cell::Empty, Cell::Empty];
    let mut lines: Vec<Line> = Vec::new();
    for p in &status.phases {
        let r = phase_row(lang, p);
        lines.push(Line {
            what: StatusMsg::Phase,
            name: p.name.clone(),
            date: Cell::Empty,
            planned: [Cell::Date(p.planned_start), date(p.planned_end)],
            forecast: [Cell::Date(p.forecast_start), date(p.forecast_end)],
            counts: none4(),
            status: r.state,
            note: r.actual,
            id: p.id.clone(),
        });
    }
    for a in &status.activities {
        lines.push(Line {
            what: StatusMsg::Activity,
            name: a.name.clone(),
            date: Cell::Empty,
            planned: none2(),
            forecast: none2(),
            counts: [n(a.due), n(a.held), n(a.cancelled), n(a.not_recorded)],
            status: of_due(lang, a, a.held),
            note: activity_row(lang, a).cancellations.join("\n"),
            id: a.id.clone(),
        });
    }
    for g in &status.goals {
        let latest = g.latest();
        lines.push(Line {
            what: StatusMsg::Goal,
            name: g.statement.clone(),
            date: date(latest.map(|m| m.date)),
            planned: [date(g.baseline_date), date(g.target_by)],
            forecast: none2(),
            counts: none4(),
            status: w(StatusMsg::GoalVerdict(g.verdict)),
            note: format!(
                "{} → {} → {}",
                g.baseline.as_deref().unwrap_or("–"),
                latest.map(|m| m.value.as_str()).unwrap_or("–"),
                g.target.as_deref().unwrap_or("–")
            ),
            id: g.id.clone(),
        });
    }
    for i in &status.open_items {
        lines.push(Line {
            what: StatusMsg::Checklist,
            name: format!("{} {}: {}", i.checklist_name, i.number, i.text),
            date: Cell::Empty,
            planned: none2(),
            forecast: none2(),
            counts: none4(),
            status: w(StatusMsg::OpenItems),
            note: i
                .owner
                .as_deref()
                .map(|o| v.role_name(o))
                .unwrap_or_default(),
            id: i.checklist.clone(),
        });
    }
    for r in &status.ripples {
        lines.push(Line {
            what: StatusMsg::Ripples,
            name: r.text.clone(),
            date: Cell::Date(r.date),
            planned: none2(),
            forecast: none2(),
            counts: none4(),
            status: String::new(),
            note: r.by.clone().unwrap_or_default(),
            id: String::new(),
        });
    }
    for a in &status.adaptations {
        lines.push(Line {
            what: StatusMsg::Adaptations,
            name: a.text.clone(),
            date: Cell::Date(a.date),
            planned: none2(),
            forecast: none2(),
            counts: none4(),
            status: String::new(),
            note: a.reason.clone().unwrap_or_default(),
            id: String::new(),
        });
    }
    let rows = lines
        .into_iter()
        .map(|l| {
            let mut row = vec![Cell::text(w(l.what)), Cell::text(l.name), l.date];
            row.extend(l.planned);
            row.extend(l.forecast);
            row.extend(l.counts);
            row.extend([Cell::text(l.status), Cell::text(l.note), Cell::text(l.id)]);
            row
        })
        .collect();
    let planned = w(StatusMsg::Planned);
    let forecast = w(StatusMsg::Forecast);
    let (starts, ends) = (v.t("starts").to_lowercase(), v.t("ends").to_lowercase());
    let header = vec![
        w(StatusMsg::Area),
        w(StatusMsg::What),
        w(StatusMsg::Date),
        format!("{planned} ({starts})"),
        format!("{planned} ({ends})"),
        format!("{forecast} ({starts})"),
        format!("{forecast} ({ends})"),
        w(StatusMsg::Due),
        w(StatusMsg::Held),
        w(StatusMsg::Cancelled),
        w(StatusMsg::NotRecorded),
        w(StatusMsg::Verdict),
        w(StatusMsg::Actual),
        "id".to_string(),
    ];
    Sheet {
        name: "Status".to_string(),
        widths: vec![
            14.0, 44.0, 12.0, 12.0, 12.0, 12.0, 12.0, 9.0, 9.0, 9.0, 9.0, 22.0, 44.0, 18.0,
        ],
        header,
        rows,
    }
}
