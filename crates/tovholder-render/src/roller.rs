//! Rollebeskrivelser: one document per role (`roller/<role-id>.{html,md}`) and an
//! index (`roller/index.{html,md}`): purpose, holders, reporting line, mandate,
//! granted vs. planned hours per month, responsibilities, and per phase what the
//! role leads and takes part in.
//!
//! **Per person** (issue 15): a role held by people in teams (its owners named in
//! tracks' `members`, so the compiled role has `person_hours`) also gets one document
//! per person, `roller/<role-id>.<person-slug>.{html,md}`: that person's own meetings
//! only (their own track's activities and those of no track; a person in no track
//! attends every track's: [`crate::tracks::attends`], the same selection as their
//! calendar `kalender-<role-id>.<person-slug>.ics`, which the document links), their planned hours per month beside the role's granted
//! hours (granted per holder). The role's own document stays the overview and lists
//! the people with links; its "months above the granted time" compare the busiest
//! person with the granted hours, not the sum of every team's meetings. The slug is
//! [`person_slug`]: deterministic, ASCII, kebab-case, at most 60 characters; a name
//! whose slug another person of the role already has gets `-2`, `-3`, … in the
//! order of the role's `owner` list. An id has no `.`, so a person's file can never
//! be another role's file.

use crate::view::{self, DateView, PlanView, YearDates};
use crate::{OutputFile, RenderError, i18n, templates};
use minijinja::Environment;
use minijinja::value::{Serde, Value};
use serde::Serialize;
use std::collections::BTreeMap;
use tovholder_core::compiled::{
    ActualStatus, CompiledActivity, CompiledRole, MonthHours, Occurrence, PersonHours,
};

#[derive(Debug, Serialize)]
pub struct RoleDoc {
    pub id: String,
    pub name: String,
    pub purpose: Option<String>,
    pub owners: Vec<String>,
    pub reports_to: Option<RoleRef>,
    /// Roles that report to this one.
    pub reports_from: Vec<RoleRef>,
    pub mandate: Option<String>,
    /// Granted time as written (`4 pr. uge`).
    pub hours: Option<String>,
    /// `17,3 t pr. måned`.
    pub granted_per_month: Option<String>,
    pub responsibilities: Vec<String>,
    pub load: Load,
    pub phases: Vec<RolePhase>,
    /// Phases the role owns.
    pub owned_phases: Vec<String>,
    /// Goals the role owns.
    pub goals: Vec<String>,
    pub items: Vec<RoleItem>,
    /// `Afholdt indtil nu: 3 af 5 planlagte` (plans with a journal): the occurrences
    /// the role leads or takes part in that were planned before the as-of date, and
    /// how many of them the journal records as held.
    pub held_so_far: Option<String>,
    /// A person's own document (a role held by people in teams): who, in which tracks.
    pub person: Option<PersonView>,
    /// The role's overview of a role held by people in teams: one line per person.
    pub people: Vec<PersonRow>,
    /// The calendar this document's occurrences are in, beside the `roller/` folder:
    /// `kalender-<role-id>.ics`, for a person `kalender-<role-id>.<slug>.ics`; empty
    /// when the render does not write the calendars (`--only roller`), so the
    /// document never links a file the render did not make.
    pub calendar: String,
}

/// The person a per-person role description is for.
#[derive(Debug, Serialize)]
pub struct PersonView {
    pub name: String,
    /// The names of the tracks (teams, platforms) the person is a member of.
    pub tracks: Vec<String>,
    /// How many hold the role in all.
    pub holders: usize,
}

/// One person in the role's overview, with a link to their own document.
#[derive(Debug, Serialize)]
pub struct PersonRow {
    pub name: String,
    /// The file name without the extension: `sagsbehandler.anna-holm`.
    pub file: String,
    pub tracks: Vec<String>,
    pub busiest: Option<String>,
    pub over_count: usize,
}

#[derive(Debug, Serialize, Clone)]
pub struct RoleRef {
    pub id: String,
    pub name: String,
}

/// Planned hours per month against granted hours.
#[derive(Debug, Serialize, Default)]
pub struct Load {
    pub years: Vec<LoadYear>,
    /// `17,3 t`
    pub granted: Option<String>,
    /// `24 t (marts 2027)`
    pub busiest: Option<String>,
    /// Months above the granted time, `marts 2027`.
    pub over: Vec<String>,
    /// Total planned hours over the plan.
    pub total: String,
}

#[derive(Debug, Serialize)]
pub struct LoadYear {
    pub year: i16,
    /// Twelve cells, January first.
    pub months: Vec<LoadCell>,
}

#[derive(Debug, Serialize)]
pub struct LoadCell {
    /// `12` or empty when nothing is planned.
    pub hours: String,
    pub over: bool,
    /// Share of the busiest month, 0–100, for bars.
    pub pct: u32,
    /// Inside the plan's period.
    pub active: bool,
}

#[derive(Debug, Serialize)]
pub struct RolePhase {
    pub id: String,
    pub name: String,
    pub window: String,
    pub owns: bool,
    pub leads: Vec<RoleActivity>,
    pub takes_part: Vec<RoleActivity>,
}

#[derive(Debug, Serialize)]
pub struct RoleActivity {
    pub id: String,
    pub name: String,
    pub cadence: Option<String>,
    /// `kl. 09.00 · 2 timer`.
    pub time: String,
    pub count: usize,
    /// `12 gange` for recurring activities.
    pub count_text: String,
    pub single: Option<DateView>,
    pub dates: Vec<YearDates>,
    /// `3 af 5` held of those planned before the as-of date (plans with a journal).
    pub held: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct RoleItem {
    pub checklist: String,
    pub text: String,
    pub done: bool,
}

/// One line of the index.
#[derive(Debug, Serialize)]
pub struct IndexRow {
    pub id: String,
    pub name: String,
    pub owners: Vec<String>,
    pub reports_to: Option<String>,
    pub hours: Option<String>,
    pub granted_per_month: Option<String>,
    pub busiest: Option<String>,
    pub over_count: usize,
    pub purpose: Option<String>,
}

/// A node of the reporting tree, flattened with its depth.
#[derive(Debug, Serialize)]
pub struct TreeRow {
    pub id: String,
    pub name: String,
    pub depth: usize,
}

#[derive(Debug, Serialize)]
pub struct IndexDoc {
    pub title: String,
    pub organisation: Option<String>,
    pub period: String,
    /// "Bygger på": the model's title and version.
    pub based_on: Option<String>,
    pub roles: Vec<IndexRow>,
    pub tree: Vec<TreeRow>,
}

fn month_key(m: &str) -> Option<(i16, i8)> {
    let (y, mo) = m.split_once('-')?;
    Some((y.parse().ok()?, mo.parse().ok()?))
}

fn by_month(planned: &[MonthHours]) -> BTreeMap<(i16, i8), f64> {
    planned
        .iter()
        .filter_map(|mh| month_key(&mh.month).map(|k| (k, mh.hours)))
        .collect()
}

fn load(v: &PlanView, r: &CompiledRole) -> Load {
    // A role held by people in teams is over its granted time (granted per holder) in
    // a month when its busiest person is, not when every team's meetings add up to more.
    let busiest_person = (!r.person_hours.is_empty()).then(|| {
        let mut max: BTreeMap<(i16, i8), f64> = BTreeMap::new();
        for p in &r.person_hours {
            for (k, h) in by_month(&p.planned_hours) {
                let e = max.entry(k).or_default();
                *e = e.max(h);
            }
        }
        max
    });
    load_of(
        v,
        &r.planned_hours,
        r.granted_hours_per_month,
        busiest_person.as_ref(),
    )
}

/// The load table of `planned` hours against `granted` per month; a month is over when
/// its hours — or, given `over_basis`, that month's hours there — exceed the granted.
fn load_of(
    v: &PlanView,
    planned: &[MonthHours],
    granted: Option<f64>,
    over_basis: Option<&BTreeMap<(i16, i8), f64>>,
) -> Load {
    let lang = v.lang;
    let by_month = by_month(planned);
    let max = by_month.values().copied().fold(0.0_f64, f64::max);
    let over_at = |k: (i16, i8), h: f64| {
        let h = over_basis.map_or(h, |b| b.get(&k).copied().unwrap_or(0.0));
        granted.is_some_and(|g| h > g + 1e-9)
    };
    let start = (v.plan.start.0.year(), v.plan.start.0.month());
    let end = (v.plan.until.0.year(), v.plan.until.0.month());
    let years = v
        .years()
        .into_iter()
        .map(|year| LoadYear {
            year,
            months: (1..=12)
                .map(|m| {
                    let h = by_month.get(&(year, m)).copied().unwrap_or(0.0);
                    LoadCell {
                        hours: if h > 0.0 {
                            i18n::number(lang, h)
                        } else {
                            String::new()
                        },
                        over: over_at((year, m), h),
                        pct: if max > 0.0 {
                            // Bounded to 0..=100 before the cast.
                            (h / max * 100.0).round().clamp(0.0, 100.0) as u32
                        } else {
                            0
                        },
                        active: (year, m) >= start && (year, m) <= end,
                    }
                })
                .collect(),
        })
        .collect();
    let month_text = |(y, m): (i16, i8)| format!("{} {y}", i18n::month_name(lang, m));
    let busiest = by_month
        .iter()
        .filter(|(_, h)| **h > 0.0)
        .fold(None::<((i16, i8), f64)>, |best, (k, h)| match best {
            Some((_, bh)) if bh >= *h => best,
            _ => Some((*k, *h)),
        })
        .map(|(k, h)| format!("{} ({})", i18n::hours_short(lang, h), month_text(k)));
    Load {
        years,
        granted: granted.map(|g| i18n::hours_short(lang, g)),
        busiest,
        over: by_month
            .iter()
            .filter(|(k, h)| over_at(**k, **h))
            .map(|(k, _)| month_text(*k))
            .collect(),
        total: i18n::hours_short(lang, by_month.values().sum()),
    }
}

/// Of `occ`, how many were planned before the plan's as-of date and how many of those
/// the journal records as held; `None` for a plan without a journal.
fn held_of_planned<'o>(
    v: &PlanView,
    occ: impl IntoIterator<Item = &'o Occurrence>,
) -> Option<(usize, usize)> {
    let as_of = v.plan.as_of?;
    let mut held = 0;
    let mut planned = 0;
    for o in occ {
        let Some(f) = &o.follow_up else { continue };
        if f.planned.is_some_and(|p| p < as_of) {
            planned += 1;
            if f.actual
                .as_ref()
                .is_some_and(|a| a.status == ActualStatus::Held)
            {
                held += 1;
            }
        }
    }
    Some((held, planned))
}

fn n_of_m(v: &PlanView, (held, planned): (usize, usize)) -> String {
    format!("{held} {} {planned}", v.t("of_planned"))
}

fn role_activity(v: &PlanView, a: &CompiledActivity, occ: &[&Occurrence]) -> RoleActivity {
    let single = match occ {
        [one] if a.every.is_none() => Some(DateView::of_occurrence(v, one)),
        _ => None,
    };
    RoleActivity {
        id: a.id.clone(),
        name: view::activity_name(v, a),
        cadence: view::cadence_text(v, a),
        time: view::time_and_length(v, a),
        count: occ.len(),
        count_text: i18n::times(v.lang, occ.len()),
        dates: if single.is_some() {
            Vec::new()
        } else {
            view::by_year(v, occ)
        },
        single,
        held: held_of_planned(v, occ.iter().copied())
            .filter(|(_, planned)| *planned > 0)
            .map(|hp| n_of_m(v, hp)),
    }
}

/// Build one role's document.
/// Each phase's activities with their occurrences in it, computed once per render
/// and shared by every role's document (per role it would be roles × phases × activities).
pub type PhaseActivities<'a> = Vec<Vec<(&'a CompiledActivity, Vec<&'a Occurrence>)>>;

pub fn phase_activities<'a>(v: &PlanView<'a>) -> PhaseActivities<'a> {
    v.plan.phases.iter().map(|p| v.in_phase(&p.id)).collect()
}

pub fn role_doc(v: &PlanView, per_phase: &PhaseActivities, r: &CompiledRole) -> RoleDoc {
    let mut d = role_doc_of(v, per_phase, r, &|_| true, load(v, r), r.owners.clone());
    let files = person_files(r);
    d.people = r
        .person_hours
        .iter()
        .zip(&files)
        .map(|(p, file)| {
            let l = load_of(v, &p.planned_hours, r.granted_hours_per_month, None);
            PersonRow {
                name: p.person.clone(),
                file: file.clone(),
                tracks: track_names(v, p),
                busiest: l.busiest,
                over_count: l.over.len(),
            }
        })
        .collect();
    d
}

fn track_names(v: &PlanView, p: &PersonHours) -> Vec<String> {
    p.tracks
        .iter()
        .map(|t| {
            v.plan
                .tracks
                .iter()
                .find(|x| x.id == *t)
                .map_or_else(|| t.clone(), |x| x.name.clone())
        })
        .collect()
}

/// One person's role description: their own meetings and hours (see the module doc);
/// `file` is the person's entry of [`person_files`].
pub fn person_doc(
    v: &PlanView,
    per_phase: &PhaseActivities,
    r: &CompiledRole,
    p: &PersonHours,
    file: &str,
) -> RoleDoc {
    // The person's own load, and only their name: built per person, so nothing here
    // may cost as much as the role's other holders (thousands of people stay linear).
    let own = load_of(v, &p.planned_hours, r.granted_hours_per_month, None);
    let mut d = role_doc_of(
        v,
        per_phase,
        r,
        &|a| crate::tracks::attends(p, a),
        own,
        vec![p.person.clone()],
    );
    d.person = Some(PersonView {
        name: p.person.clone(),
        tracks: track_names(v, p),
        holders: r.owners.len(),
    });
    d.calendar = crate::ical::calendar_file(file);
    d
}

/// A person's name as a file name: lower case, `æ ø å ä ö ü` as `ae oe aa ae oe ue`,
/// other accented Latin letters without their accent, every other run of characters
/// one `-`; at most 60 characters; `person` when nothing is left.
pub fn person_slug(name: &str) -> String {
    let mut out = String::new();
    for ch in name.to_lowercase().chars() {
        let mapped: &str = match ch {
            'æ' | 'ä' => "ae",
            'ø' | 'ö' => "oe",
            'å' => "aa",
            'ü' => "ue",
            'ß' => "ss",
            'á' | 'à' | 'â' | 'ã' => "a",
            'é' | 'è' | 'ê' | 'ë' => "e",
            'í' | 'ì' | 'î' | 'ï' => "i",
            'ó' | 'ò' | 'ô' | 'õ' => "o",
            'ú' | 'ù' | 'û' => "u",
            'ý' | 'ÿ' => "y",
            'ñ' => "n",
            'ç' => "c",
            'ð' => "d",
            'þ' => "th",
            _ => "",
        };
        if !mapped.is_empty() {
            out.push_str(mapped);
        } else if ch.is_ascii_alphanumeric() {
            out.push(ch);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
        if out.len() >= 60 {
            break;
        }
    }
    let out: String = out.chars().take(60).collect();
    let out = out.trim_matches('-');
    if out.is_empty() {
        "person".to_string()
    } else {
        out.to_string()
    }
}

/// The file names (without extension) of a role's per-person documents, in the order
/// of its `person_hours`: `<role-id>.<slug>`, a repeated slug numbered `-2`, `-3`, ….
pub fn person_files(r: &CompiledRole) -> Vec<String> {
    let mut used: std::collections::BTreeSet<String> = std::collections::BTreeSet::new();
    r.person_hours
        .iter()
        .map(|p| {
            let base = person_slug(&p.person);
            let mut slug = base.clone();
            let mut n = 2usize;
            while used.contains(&slug) {
                slug = format!("{base}-{n}");
                n += 1;
            }
            used.insert(slug.clone());
            format!("{}.{slug}", r.id)
        })
        .collect()
}

fn role_doc_of(
    v: &PlanView,
    per_phase: &PhaseActivities,
    r: &CompiledRole,
    attends: &dyn Fn(&CompiledActivity) -> bool,
    load: Load,
    owners: Vec<String>,
) -> RoleDoc {
    let plan = v.plan;
    let phases = plan
        .phases
        .iter()
        .zip(per_phase)
        .map(|(p, in_phase)| {
            let pick = |lead: bool| -> Vec<RoleActivity> {
                in_phase
                    .iter()
                    .filter(|(a, _)| attends(a))
                    .filter(|(a, _)| {
                        let responsible = a.responsible.as_deref() == Some(r.id.as_str());
                        if lead {
                            responsible
                        } else {
                            !responsible && a.participants.contains(&r.id)
                        }
                    })
                    .map(|(a, occ)| role_activity(v, a, occ))
                    .collect()
            };
            RolePhase {
                id: p.id.clone(),
                name: p.name.clone(),
                window: v.phase_window_text(p),
                owns: p.owner.as_deref() == Some(r.id.as_str()),
                leads: pick(true),
                takes_part: pick(false),
            }
        })
        .collect();
    let items = plan
        .checklists
        .iter()
        .flat_map(|c| {
            c.items
                .iter()
                .filter(|i| i.owner.as_deref() == Some(r.id.as_str()))
                .map(|i| RoleItem {
                    checklist: c.name.clone(),
                    text: i.text.clone(),
                    done: i.done,
                })
        })
        .collect();
    RoleDoc {
        id: r.id.clone(),
        name: r.name.clone(),
        purpose: r.purpose.clone(),
        owners,
        reports_to: r.reports_to.as_ref().map(|id| RoleRef {
            id: id.clone(),
            name: v.role_name(id),
        }),
        reports_from: plan
            .roles
            .iter()
            .filter(|x| x.reports_to.as_deref() == Some(r.id.as_str()))
            .map(|x| RoleRef {
                id: x.id.clone(),
                name: x.name.clone(),
            })
            .collect(),
        mandate: r.mandate.clone(),
        hours: r.hours.as_deref().map(|h| i18n::hours_text(v.lang, h)),
        granted_per_month: r.granted_hours_per_month.and_then(|g| {
            // Say it per month only when the plan did not already (`6 pr. måned`).
            let already = r
                .hours
                .as_deref()
                .is_some_and(i18n::hours_per_month_written);
            (!already).then(|| format!("{} {}", i18n::hours_short(v.lang, g), v.t("per_month")))
        }),
        responsibilities: r.responsibilities.clone(),
        load,
        phases,
        owned_phases: plan
            .phases
            .iter()
            .filter(|p| p.owner.as_deref() == Some(r.id.as_str()))
            .map(|p| p.name.clone())
            .collect(),
        goals: plan
            .goals
            .iter()
            .filter(|g| g.owner.as_deref() == Some(r.id.as_str()))
            .map(|g| g.statement.clone())
            .collect(),
        items,
        held_so_far: held_of_planned(
            v,
            plan.activities
                .iter()
                .filter(|a| {
                    a.responsible.as_deref() == Some(r.id.as_str())
                        || a.participants.contains(&r.id)
                })
                .filter(|a| attends(a))
                .flat_map(|a| a.occurrences.iter()),
        )
        .map(|hp| {
            format!(
                "{}: {} {}",
                v.t("held_of_planned"),
                n_of_m(v, hp),
                v.t("planned_so_far")
            )
        }),
        person: None,
        people: Vec::new(),
        calendar: crate::ical::calendar_file(&r.id),
    }
}

/// Build the index.
pub fn index_doc(v: &PlanView) -> IndexDoc {
    let plan = v.plan;
    let roles = plan
        .roles
        .iter()
        .map(|r| {
            let l = load(v, r);
            IndexRow {
                id: r.id.clone(),
                name: r.name.clone(),
                owners: r.owners.clone(),
                reports_to: r.reports_to.as_deref().map(|x| v.role_name(x)),
                hours: r.hours.as_deref().map(|h| i18n::hours_text(v.lang, h)),
                // Per month only when the plan wrote it per week.
                granted_per_month: l.granted.clone().filter(|_| {
                    !r.hours
                        .as_deref()
                        .is_some_and(i18n::hours_per_month_written)
                }),
                busiest: l.busiest.clone(),
                over_count: l.over.len(),
                purpose: r.purpose.clone(),
            }
        })
        .collect();
    IndexDoc {
        title: plan.title.clone(),
        organisation: plan.organisation.clone(),
        period: i18n::date_range(v.lang, plan.start, plan.until),
        based_on: crate::aktivitetsplan::based_on(v.lang, plan),
        roles,
        tree: tree(v),
    }
}

/// The reporting lines as an indented list: roots are roles that report to no
/// known role; a cycle (reported by the checker) is cut where it closes.
fn tree(v: &PlanView) -> Vec<TreeRow> {
    let roles = &v.plan.roles;
    let mut out = Vec::new();
    let mut seen: Vec<&str> = Vec::new();
    fn walk<'a>(
        roles: &'a [CompiledRole],
        id: &'a str,
        depth: usize,
        seen: &mut Vec<&'a str>,
        out: &mut Vec<TreeRow>,
    ) {
        if seen.contains(&id) {
            return;
        }
        seen.push(id);
        if let Some(r) = roles.iter().find(|r| r.id == id) {
            out.push(TreeRow {
                id: r.id.clone(),
                name: r.name.clone(),
                depth,
            });
        }
        for c in roles.iter().filter(|c| c.reports_to.as_deref() == Some(id)) {
            walk(roles, &c.id, depth + 1, seen, out);
        }
    }
    for r in roles {
        let root = match &r.reports_to {
            None => true,
            Some(p) => v.role(p).is_none(),
        };
        if root {
            walk(roles, &r.id, 0, &mut seen, &mut out);
        }
    }
    // Roles only reachable through a cycle.
    for r in roles {
        walk(roles, &r.id, 0, &mut seen, &mut out);
    }
    out
}

/// Render the index and one document per role, as HTML and Markdown.
/// The role descriptions; `calendars`: whether the same render writes the calendars
/// the descriptions link.
pub fn render(
    v: &PlanView,
    env: &Environment<'static>,
    calendars: bool,
) -> Result<Vec<OutputFile>, RenderError> {
    let plan_value = Value::from(Serde(v.plan));
    let idx = index_doc(v);
    let ctx = minijinja::context! { plan => plan_value.clone(), doc => Value::from(Serde(&idx)) };
    let mut out = vec![
        OutputFile::text(
            "roller/index.html",
            templates::render(env, "roller.html", ctx.clone())?,
        ),
        OutputFile::text("roller/index.md", templates::render(env, "roller.md", ctx)?),
    ];
    let per_phase = phase_activities(v);
    // A role held by thousands of people is thousands of documents: stop as soon as
    // they pass the render's budget, before the rest are built (`render_within` then
    // holds the total to its own limit).
    let mut total: usize = out.iter().map(|f| f.bytes.len()).sum();
    let mut count = |files: &[OutputFile]| {
        total = files
            .iter()
            .fold(total, |t, f| t.saturating_add(f.bytes.len()));
        if total > crate::MAX_OUTPUT_BYTES {
            Err(RenderError::TooLarge {
                limit: crate::MAX_OUTPUT_BYTES,
            })
        } else {
            Ok(())
        }
    };
    for r in &v.plan.roles {
        let mut d = role_doc(v, &per_phase, r);
        if !calendars {
            d.calendar.clear();
        }
        let ctx = minijinja::context! { plan => plan_value.clone(), doc => Value::from(Serde(&d)) };
        out.push(OutputFile::text(
            format!("roller/{}.html", r.id),
            templates::render(env, "rolle.html", ctx.clone())?,
        ));
        out.push(OutputFile::text(
            format!("roller/{}.md", r.id),
            templates::render(env, "rolle.md", ctx)?,
        ));
        for (p, file) in r.person_hours.iter().zip(person_files(r)) {
            let mut d = person_doc(v, &per_phase, r, p, &file);
            if !calendars {
                d.calendar.clear();
            }
            let ctx =
                minijinja::context! { plan => plan_value.clone(), doc => Value::from(Serde(&d)) };
            out.push(OutputFile::text(
                format!("roller/{file}.html"),
                templates::render(env, "rolle.html", ctx.clone())?,
            ));
            out.push(OutputFile::text(
                format!("roller/{file}.md"),
                templates::render(env, "rolle.md", ctx)?,
            ));
            count(out.get(out.len().saturating_sub(2)..).unwrap_or_default())?;
        }
    }
    Ok(out)
}
