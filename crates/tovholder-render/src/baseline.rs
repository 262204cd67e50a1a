//! The approved plan in the documents (`render --baseline REV`): the aktivitetsplan's
//! section "Ændringer siden den godkendte plan (REV, dato)" with only what differs —
//! phases moved, activities added, removed and moved, roles' owners and hours, goals'
//! targets and baselines — as MS Project's comparison report lists a baseline's
//! variances; the marks "planlagt 1. marts 2027 → nu 5. april 2027" beside moved phases
//! and activities; and the approved window of each moved phase drawn as a thin outline
//! in the årshjul.
//!
//! The data is the plan diff's ([`tovholder_core::diff::PlanDiff`], the same
//! `tovholder diff` prints) and the approved plan compiled (for its activities' dates);
//! the CLI builds both from git. Without a baseline nothing here is called and every
//! document is what it was.

use crate::view::PlanView;
use crate::{RenderOptions, Rings, i18n};
use minijinja::value::{Serde, Value};
use serde::Serialize;
use std::collections::BTreeMap;
use tovholder_core::Lang;
use tovholder_core::compiled::CompiledPlan;
use tovholder_core::diff::{Change, FieldChange, PlanDiff};
use tovholder_core::messages::DiffMsg;
use tovholder_core::messages::diff::value_text;
use tovholder_core::model::Date;

/// The approved plan: what `render --baseline REV` compares with.
#[derive(Clone, Debug)]
pub struct Baseline {
    /// The revision as named on the command line (`godkendt-styregruppe-2027-02`).
    pub rev: String,
    /// The date of the revision's commit.
    pub date: Date,
    /// The approved plan against today's (approved = old).
    pub diff: PlanDiff,
    /// The approved plan compiled, when it could be scheduled.
    pub plan: Option<CompiledPlan>,
}

/// The section as the templates see it (`baseline`).
#[derive(Debug, Serialize)]
pub struct Section {
    /// `Ændringer siden den godkendte plan (godkendt-styregruppe-2027-02, 1. februar 2027)`.
    pub heading: String,
    pub intro: String,
    /// Nothing differs.
    pub empty: bool,
    pub no_changes: String,
    pub phases_heading: String,
    /// Column heads: phase, approved, now, moved.
    pub phase_columns: [String; 4],
    pub phases: Vec<PhaseRow>,
    pub activities_heading: String,
    pub activities: Vec<Line>,
    pub roles_heading: String,
    pub roles: Vec<Line>,
    pub goals_heading: String,
    pub goals: Vec<Line>,
    /// By phase id: `planlagt 1. marts 2027 → nu 5. april 2027`.
    pub phase_marks: BTreeMap<String, String>,
    /// By activity id: the same for its first date.
    pub activity_marks: BTreeMap<String, String>,
    /// `Flyttet siden den godkendte plan`: the words before the marks of a phase's activities.
    pub moved_label: String,
}

/// A moved phase.
#[derive(Debug, Serialize)]
pub struct PhaseRow {
    pub id: String,
    pub name: String,
    pub approved: String,
    pub now: String,
    pub shift: String,
}

/// One line of changes: what (`Superbruger`), and the changes in words.
#[derive(Debug, Serialize)]
pub struct Line {
    pub id: String,
    pub name: String,
    pub text: String,
}

fn words(lang: Lang, en: &'static str, da: &'static str, sv: &'static str) -> String {
    i18n::pick3(lang, en, da, sv).to_string()
}

fn iso(s: &str) -> Option<Date> {
    Date::parse(s).ok()
}

/// `planlagt 1. marts 2027 → nu 5. april 2027`.
fn mark(lang: Lang, before: Date, after: Date) -> String {
    let (b, a) = (i18n::date_long(lang, before), i18n::date_long(lang, after));
    match lang {
        Lang::En => format!("planned {b} → now {a}"),
        Lang::Da => format!("planlagt {b} → nu {a}"),
        Lang::Sv => format!("planerad {b} → nu {a}"),
    }
}

/// A field change in the diff's words: `ejer Anna Jensen → Jonas Holm`.
fn field_text(lang: Lang, f: &FieldChange) -> String {
    let value = |v: &Option<serde_json::Value>| match v {
        Some(v) => value_text(v, lang),
        None => DiffMsg::NotSet.text(lang),
    };
    DiffMsg::Field {
        field: DiffMsg::Key { key: f.key.clone() }.text(lang),
        before: value(&f.before),
        after: value(&f.after),
    }
    .text(lang)
}

/// The first date of each activity of a compiled plan.
fn first_dates(plan: &CompiledPlan) -> BTreeMap<&str, Date> {
    plan.activities
        .iter()
        .filter_map(|a| a.occurrences.first().map(|o| (a.id.as_str(), o.date)))
        .collect()
}

/// Build the section.
pub fn section(v: &PlanView, b: &Baseline) -> Section {
    let lang = v.lang;
    let d = &b.diff;
    let date = i18n::date_long(lang, b.date);
    let heading = format!(
        "{} ({}, {date})",
        words(
            lang,
            "Changes since the approved plan",
            "Ændringer siden den godkendte plan",
            "Ändringar sedan den godkända planen"
        ),
        b.rev
    );
    let mut phase_marks = BTreeMap::new();
    let phases: Vec<PhaseRow> = d
        .phases
        .iter()
        .filter(|p| p.start.days != 0 || p.end.days != 0)
        .filter_map(|p| {
            let (sb, sa) = (iso(&p.start.before)?, iso(&p.start.after)?);
            let (eb, ea) = (iso(&p.end.before)?, iso(&p.end.after)?);
            let name = p.name.clone().unwrap_or_else(|| p.id.clone());
            let text = if sb != sa {
                mark(lang, sb, sa)
            } else {
                // Only the end moved: say so.
                let end = words(lang, "ends", "slutter", "slutar");
                format!("{end} {}", mark(lang, eb, ea))
            };
            phase_marks.insert(p.id.clone(), text);
            let shift = if p.start.days != 0 {
                DiffMsg::Shift { days: p.start.days }.text(lang)
            } else {
                DiffMsg::Shift { days: p.end.days }.text(lang)
            };
            Some(PhaseRow {
                id: p.id.clone(),
                name,
                approved: i18n::date_range(lang, sb, eb),
                now: i18n::date_range(lang, sa, ea),
                shift,
            })
        })
        .collect();
    // Activities: added and removed (the diff's entities), moved (the first date of
    // the approved plan against today's).
    let added_word = words(lang, "added", "tilføjet", "tillagd");
    let removed_word = words(lang, "removed", "fjernet", "borttagen");
    let now_first = first_dates(v.plan);
    let mut activities = Vec::new();
    let mut activity_marks = BTreeMap::new();
    fn changes<'d>(
        d: &'d PlanDiff,
        section: &'static str,
    ) -> impl Iterator<Item = &'d tovholder_core::diff::EntityChange> {
        d.entities.iter().filter(move |e| e.section == section)
    }
    for e in changes(d, "activities") {
        let name = e.name.clone().unwrap_or_else(|| e.id.clone());
        let text = match e.change {
            Change::Added => match now_first.get(e.id.as_str()) {
                Some(first) => format!("{added_word}, {}", i18n::date_long(lang, *first)),
                None => added_word.clone(),
            },
            Change::Removed => removed_word.clone(),
            Change::Renamed | Change::Changed => continue,
        };
        activities.push(Line {
            id: e.id.clone(),
            name,
            text,
        });
    }
    if let Some(approved) = &b.plan {
        let before = first_dates(approved);
        for a in &v.plan.activities {
            let (Some(was), Some(is)) = (before.get(a.id.as_str()), now_first.get(a.id.as_str()))
            else {
                continue;
            };
            if was != is {
                let text = mark(lang, *was, *is);
                activity_marks.insert(a.id.clone(), text.clone());
                activities.push(Line {
                    id: a.id.clone(),
                    name: crate::view::activity_name(v, a),
                    text,
                });
            }
        }
    }
    // Roles: owners and hours; goals: targets and baselines (and either added or removed).
    let entity_lines = |section: &'static str, keep: &dyn Fn(&str) -> bool| -> Vec<Line> {
        changes(d, section)
            .filter_map(|e| {
                let text = match e.change {
                    Change::Added => added_word.clone(),
                    Change::Removed => removed_word.clone(),
                    Change::Renamed => return None,
                    Change::Changed => {
                        let fields: Vec<String> = e
                            .fields
                            .iter()
                            .filter(|f| keep(&f.key))
                            .map(|f| field_text(lang, f))
                            .collect();
                        if fields.is_empty() {
                            return None;
                        }
                        fields.join("; ")
                    }
                };
                Some(Line {
                    id: e.id.clone(),
                    name: e.name.clone().unwrap_or_else(|| e.id.clone()),
                    text,
                })
            })
            .collect()
    };
    let roles = entity_lines("roles", &|k| k == "owner" || k.contains("hours"));
    let goals = entity_lines("goals", &|k| {
        k.starts_with("target.") || k.starts_with("baseline.")
    });
    Section {
        heading,
        intro: match lang {
            Lang::En => format!(
                "Only what differs from the plan approved as {} (committed {date}) is listed.",
                b.rev
            ),
            Lang::Da => format!(
                "Kun det, der er ændret i forhold til planen, som blev godkendt som {} ({date}), er med.",
                b.rev
            ),
            Lang::Sv => format!(
                "Här finns bara det som skiljer sig från planen som godkändes som {} ({date}).",
                b.rev
            ),
        },
        empty: phases.is_empty() && activities.is_empty() && roles.is_empty() && goals.is_empty(),
        no_changes: words(
            lang,
            "No changes in phases, activities, roles or goals.",
            "Ingen ændringer i faser, aktiviteter, roller eller mål.",
            "Inga ändringar i faser, aktiviteter, roller eller mål.",
        ),
        phases_heading: words(lang, "Phases moved", "Flyttede faser", "Flyttade faser"),
        phase_columns: [
            words(lang, "Phase", "Fase", "Fas"),
            words(lang, "Approved", "Godkendt", "Godkänd"),
            words(lang, "Now", "Nu", "Nu"),
            words(lang, "Moved", "Forskydning", "Förskjutning"),
        ],
        phases,
        activities_heading: words(lang, "Activities", "Aktiviteter", "Aktiviteter"),
        activities,
        roles_heading: words(lang, "Roles", "Roller", "Roller"),
        roles,
        goals_heading: words(lang, "Goals", "Mål", "Mål"),
        goals,
        phase_marks,
        activity_marks,
        moved_label: words(
            lang,
            "Moved since the approved plan",
            "Flyttet siden den godkendte plan",
            "Flyttat sedan den godkända planen",
        ),
    }
}

/// The aktivitetsplan's template context with the section added as `baseline` (the
/// context unchanged without `--baseline`).
pub fn with_section(ctx: Value, v: &PlanView, opts: &RenderOptions) -> Value {
    match &opts.baseline {
        Some(b) => minijinja::context! { baseline => Value::from(Serde(section(v, b))), ..ctx },
        None => ctx,
    }
}

/// One outline of an approved window in the årshjul.
#[derive(Debug, Serialize)]
pub struct Outline {
    pub path: String,
    /// `Fase I gang, godkendt: 1. marts 2027 – 28. februar 2028`.
    pub title: String,
}

/// The årshjul's outlines, by ring (phase) id: the approved window of each moved
/// phase, clipped to `year`, drawn between the ring's radii. Only for the phase rings
/// (`--rings phases`); `None` without a baseline.
pub fn outlines(
    v: &PlanView,
    wheel: &crate::aarshjul::Wheel,
    opts: &RenderOptions,
) -> Option<BTreeMap<String, Vec<Outline>>> {
    let b = opts.baseline.as_ref()?;
    if opts.rings != Rings::Phases {
        return None;
    }
    let lang = v.lang;
    let year = wheel.year;
    let first = jiff::civil::Date::new(year, 1, 1).ok()?;
    let last = first.last_of_year();
    let days = f64::from(first.days_in_year());
    let angle = |d: jiff::civil::Date| f64::from(d.day_of_year() - 1) / days * 360.0;
    let approved = words(lang, "approved", "godkendt", "godkänd");
    let mut out: BTreeMap<String, Vec<Outline>> = BTreeMap::new();
    for p in &b.diff.phases {
        let (Some(from), Some(to)) = (iso(&p.start.before), iso(&p.end.before)) else {
            continue;
        };
        let Some(ring) = wheel.rings.iter().find(|r| r.id == p.id) else {
            continue;
        };
        if to.0 < first || from.0 > last || (p.start.days == 0 && p.end.days == 0) {
            continue;
        }
        let (Ok(r_in), Ok(r_out)) = (ring.r_in.parse::<f64>(), ring.r_out.parse::<f64>()) else {
            continue;
        };
        let a0 = angle(from.0.max(first));
        let a1 = angle(to.0.min(last)) + 360.0 / days;
        let name = p.name.clone().unwrap_or_else(|| p.id.clone());
        out.entry(p.id.clone()).or_default().push(Outline {
            path: crate::aarshjul::sector(r_in + 1.5, r_out - 1.5, a0, a1),
            title: format!("{name}, {approved}: {}", i18n::date_range(lang, from, to)),
        });
    }
    Some(out)
}
