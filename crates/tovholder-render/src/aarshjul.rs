//! The årshjul (year wheel): an SVG for one calendar year and an HTML page with
//! the wheel beside a month-by-month list (`aarshjul-YYYY.svg`, `aarshjul-YYYY.html`).
//!
//! Geometry is computed here and drawn by the `aarshjul.svg` template, so a user
//! can restyle the wheel without touching the layout:
//! - twelve month sectors sized by their days, January at the top, clockwise;
//! - a band of ISO week ticks with week numbers;
//! - concentric rings, outermost first: one per phase by default (the phase's
//!   window is tinted, so the wheel also shows where the plan is in the year), or
//!   one per role with [`Rings::Roles`] (`--rings roles`: the occurrences a role is
//!   responsible for), or one per track with [`Rings::Tracks`] (`--rings tracks`:
//!   each track's own activities, tinted where it runs — so a track that starts
//!   later begins there —, hatched where it is on standby, closed or merged, the
//!   state in the legend and the arc's `<title>`; innermost a ring for the
//!   activities in no track);
//! - a numbered mark for every occurrence; marks that would overlap are stacked
//!   radially in lanes, and when the lanes no longer fit the marks shrink (down
//!   to a legible minimum) before they are allowed to touch;
//! - holidays and closed periods shaded across the rings (the holidays are the
//!   compiled plan's `holiday_dates`, which cover whole calendar years; a year asked
//!   for with `--years` outside the plan's calendar has none);
//! - a legend: the rings, every numbered activity, holidays and closed days.
//!
//! The SVG has a `viewBox` and no fixed size; text sizes assume the 1000-unit-wide
//! drawing is printed on A4 or A3 (10 units ≈ 5 pt on A4, 7 pt on A3).

use crate::view::{self, PlanView};
use crate::{OutputFile, RenderError, RenderOptions, Rings, i18n, templates, tracks};
use minijinja::Environment;
use minijinja::value::{Serde, Value};
use serde::Serialize;
use std::collections::BTreeMap;
use tovholder_core::compiled::{CompiledActivity, HolidayDate, Occurrence};
use tovholder_core::model::Date;

/// Colours for rings, chosen to stay distinct in print and for common colour-vision deficiencies.
pub const PALETTE: &[&str] = &[
    "#1f4e79", "#c55a11", "#2e7d32", "#7b3294", "#00838f", "#ad1457", "#6d4c41", "#546e7a",
    "#9e7c0c", "#3949ab",
];

/// Legend colour of an activity that appears in several rings.
const NEUTRAL: &str = "#3b4552";
const WIDTH: f64 = 1000.0;
const CX: f64 = 500.0;
const CY: f64 = 600.0;
const R_OUTER: f64 = 440.0;
const R_MONTH_IN: f64 = 396.0;
const R_WEEK_IN: f64 = 374.0;
/// The rings' outer edge (a little gap below the week band).
const R_RINGS_OUT: f64 = 370.0;
/// The smallest inner radius rings may reach before marks shrink further.
const R_CENTER: f64 = 118.0;
const R_CENTER_MIN: f64 = 84.0;
const MARK_R: f64 = 11.0;
const MARK_R_MIN: f64 = 7.0;
const RING_PAD: f64 = 4.0;
const RING_GAP: f64 = 3.0;

#[derive(Debug, Serialize)]
pub struct Wheel {
    pub year: i16,
    pub title: String,
    pub plan_title: String,
    pub organisation: Option<String>,
    /// Title-block lines fitted to the page width: the text (shortened with `…`
    /// only when even the smallest size does not fit) and its font size.
    pub org_line: Fitted,
    pub plan_line: Fitted,
    pub width: f64,
    pub height: f64,
    pub cx: f64,
    pub cy: f64,
    pub r_outer: f64,
    pub r_month_in: f64,
    pub r_week_in: f64,
    pub r_rings_in: f64,
    /// The white disc in the middle and the size of the year printed on it.
    pub r_center: String,
    pub year_font: String,
    /// `viewBox` of the full page and of the wheel alone (for the HTML page).
    pub viewbox: String,
    pub viewbox_wheel: String,
    pub months: Vec<MonthView>,
    pub weeks: Vec<WeekView>,
    pub rings: Vec<RingView>,
    pub holidays: Vec<Shade>,
    pub closed: Vec<Shade>,
    pub marks: Vec<Mark>,
    pub legend: Legend,
    /// `Ringe: én pr. fase, yderst først`.
    pub rings_note: String,
    /// Whether a ring has a paused (hatched) period: the pattern is defined only then.
    pub has_paused: bool,
    /// The month-by-month list for the HTML page.
    pub month_list: Vec<MonthList>,
}

#[derive(Debug, Serialize)]
pub struct Fitted {
    pub text: String,
    pub font: String,
}

/// Fit one line of text into `width` units: shrink the font from `max` towards
/// `min`, then shorten the text. `em` is the average glyph width in ems.
fn fit(text: &str, max: f64, min: f64, width: f64, em: f64) -> Fitted {
    let chars = text.chars().count().max(1) as f64;
    let font = (width / (chars * em)).clamp(min, max);
    let fits = (width / (font * em)).floor() as usize;
    let text = if text.chars().count() > fits {
        let mut t: String = text.chars().take(fits.saturating_sub(1)).collect();
        t = t.trim_end().to_string();
        t.push('…');
        t
    } else {
        text.to_string()
    };
    Fitted {
        text,
        font: f(font),
    }
}

#[derive(Debug, Serialize)]
pub struct MonthView {
    pub month: i8,
    pub name: String,
    /// The sector in the month band.
    pub band: String,
    /// The sector across the rings (alternate months are shaded).
    pub field: String,
    pub shade: bool,
    /// Boundary line at the month's start.
    pub line: Line,
    pub label: Label,
}

#[derive(Debug, Serialize)]
pub struct WeekView {
    pub week: i8,
    pub tick: Line,
    pub label: Option<Label>,
}

#[derive(Debug, Serialize)]
pub struct Line {
    pub x1: String,
    pub y1: String,
    pub x2: String,
    pub y2: String,
}

#[derive(Debug, Serialize)]
pub struct Label {
    pub x: String,
    pub y: String,
    pub rotate: String,
}

#[derive(Debug, Serialize)]
pub struct RingView {
    pub id: String,
    pub name: String,
    pub color: String,
    pub r_out: String,
    pub r_in: String,
    /// Where the ring is active (the phase's window), tinted.
    pub active: Vec<String>,
    /// `--rings tracks`: where the track is paused (standby, closed, merged), hatched.
    pub paused: Vec<Shade>,
    pub detail: String,
}

#[derive(Debug, Serialize)]
pub struct Shade {
    pub path: String,
    pub title: String,
}

#[derive(Debug, Serialize)]
pub struct Mark {
    pub x: String,
    pub y: String,
    pub r: String,
    pub font: String,
    pub color: String,
    pub number: usize,
    /// Hover text: date, activity, ring.
    pub title: String,
    /// A past occurrence the journal records held (`✓`) or cancelled (`✗`).
    pub badge: Option<Badge>,
}

/// The small disc on a mark that says held or cancelled.
#[derive(Debug, Serialize)]
pub struct Badge {
    pub x: String,
    pub y: String,
    pub r: String,
    pub font: String,
    /// `held` or `cancelled`.
    pub kind: &'static str,
    pub fill: &'static str,
    pub glyph: &'static str,
}

/// Badge colours: held green, cancelled red.
const HELD_FILL: &str = "#2e7d32";
const CANCELLED_FILL: &str = "#c62828";

/// The badge kind of an occurrence: held or cancelled, as the journal records it.
fn badge_kind(v: &PlanView, o: &Occurrence) -> Option<&'static str> {
    view::StatusView::of(v, o)
        .map(|s| s.kind)
        .filter(|k| *k == "held" || *k == "cancelled")
}

#[derive(Debug, Serialize)]
pub struct Legend {
    pub y: f64,
    pub rings: Vec<LegendRing>,
    pub items: Vec<LegendItem>,
    pub rings_heading_y: String,
    pub items_heading_y: String,
    pub shades_y: String,
    /// Top of the holiday and closed-day swatches.
    pub shades_box_y: String,
    /// Plans with a journal: the held and cancelled badges explained.
    pub status: Option<LegendStatus>,
    /// `--rings tracks` with a paused track: the hatching explained.
    pub paused: Option<LegendPaused>,
}

/// The legend's entry for a paused track's hatching (below the rings).
#[derive(Debug, Serialize)]
pub struct LegendPaused {
    pub box_y: String,
    pub text_y: String,
    pub text: String,
}

/// The legend's held and cancelled entries (beside the holiday swatches).
#[derive(Debug, Serialize)]
pub struct LegendStatus {
    /// Centre line of the two badges.
    pub y: String,
    pub held: String,
    pub cancelled: String,
    pub held_fill: &'static str,
    pub cancelled_fill: &'static str,
}

#[derive(Debug, Serialize)]
pub struct LegendRing {
    /// Swatch (22 × 22) top-left corner and centre.
    pub box_x: String,
    pub box_y: String,
    pub dot_x: String,
    pub dot_y: String,
    pub text_x: String,
    pub name_y: String,
    pub detail_y: String,
    pub color: String,
    /// Name and detail shortened (`…`) to the column; the full text is `title`.
    pub name: String,
    pub detail: String,
    pub title: String,
}

#[derive(Debug, Serialize)]
pub struct LegendItem {
    /// Number disc centre.
    pub dot_x: String,
    pub dot_y: String,
    pub text_x: String,
    pub name_y: String,
    pub cadence_y: String,
    pub number: usize,
    pub color: String,
    /// The name wrapped to the column width; the last line carries the cadence.
    pub lines: Vec<String>,
    pub cadence: Option<String>,
    pub name: String,
    pub count: usize,
}

#[derive(Debug, Serialize)]
pub struct MonthList {
    pub month: i8,
    pub name: String,
    pub entries: Vec<MonthEntry>,
}

#[derive(Debug, Serialize)]
pub struct MonthEntry {
    pub day: String,
    pub weekday: String,
    /// `kl. 09.00` or empty for holidays.
    pub time: String,
    pub name: String,
    pub number: Option<usize>,
    pub color: Option<String>,
    pub ring: Option<String>,
    pub responsible: Option<String>,
    pub holiday: bool,
}

fn f(x: f64) -> String {
    let s = format!("{x:.1}");
    if s == "-0.0" { "0.0".into() } else { s }
}

fn point(r: f64, deg: f64) -> (f64, f64) {
    let a = deg.to_radians();
    (CX + r * a.sin(), CY - r * a.cos())
}

/// An annulus sector from `a0` to `a1` degrees (clockwise from the top) between radii.
pub(crate) fn sector(r_in: f64, r_out: f64, a0: f64, a1: f64) -> String {
    let span = a1 - a0;
    if span >= 359.999 {
        return format!(
            "{} {}",
            sector(r_in, r_out, 0.0, 180.0),
            sector(r_in, r_out, 180.0, 360.0)
        );
    }
    let large = if span > 180.0 { 1 } else { 0 };
    let (x0, y0) = point(r_out, a0);
    let (x1, y1) = point(r_out, a1);
    let (x2, y2) = point(r_in, a1);
    let (x3, y3) = point(r_in, a0);
    format!(
        "M{} {}A{} {} 0 {large} 1 {} {}L{} {}A{} {} 0 {large} 0 {} {}Z",
        f(x0),
        f(y0),
        f(r_out),
        f(r_out),
        f(x1),
        f(y1),
        f(x2),
        f(y2),
        f(r_in),
        f(r_in),
        f(x3),
        f(y3)
    )
}

fn line(r0: f64, r1: f64, deg: f64) -> Line {
    let (x1, y1) = point(r0, deg);
    let (x2, y2) = point(r1, deg);
    Line {
        x1: f(x1),
        y1: f(y1),
        x2: f(x2),
        y2: f(y2),
    }
}

/// A label on the circle, rotated along the tangent and never upside down.
fn label(r: f64, deg: f64) -> Label {
    let (x, y) = point(r, deg);
    let norm = deg.rem_euclid(360.0);
    let rot = if norm > 90.0 && norm < 270.0 {
        norm + 180.0
    } else {
        norm
    };
    Label {
        x: f(x),
        y: f(y),
        rotate: f(rot.rem_euclid(360.0)),
    }
}

struct YearGeo {
    first: Date,
    days: f64,
}

impl YearGeo {
    fn new(year: i16) -> Option<YearGeo> {
        let first = jiff::civil::Date::new(year, 1, 1).ok()?;
        Some(YearGeo {
            first: Date(first),
            days: f64::from(first.days_in_year()),
        })
    }
    /// Angle of the start of a day (degrees, 0 = 1 January at the top).
    fn angle(&self, d: Date) -> f64 {
        f64::from(d.0.day_of_year() - 1) / self.days * 360.0
    }
    fn contains(&self, d: Date) -> bool {
        d.0.year() == self.first.0.year()
    }
    fn day_deg(&self) -> f64 {
        360.0 / self.days
    }
}

/// One ring's content before layout.
struct RingSpec {
    id: String,
    name: String,
    detail: String,
    color: String,
    /// Active windows as (from, to inclusive) dates.
    windows: Vec<(Date, Date)>,
    /// Paused periods (from, to inclusive) with their hover text.
    paused: Vec<(Date, Date, String)>,
    marks: Vec<(Date, usize, String, Option<&'static str>)>,
}

/// Render the wheel(s) for the requested years (default: every year the plan touches).
pub fn render(
    v: &PlanView,
    env: &Environment<'static>,
    opts: &RenderOptions,
) -> Result<Vec<OutputFile>, RenderError> {
    let years = if opts.years.is_empty() {
        v.years()
    } else {
        let mut y = opts.years.clone();
        y.sort_unstable();
        y.dedup();
        y
    };
    let plan_value = Value::from(Serde(v.plan));
    let mut out = Vec::new();
    for year in years {
        let wheel = wheel(v, year, opts.rings)?;
        let outlines = Value::from(Serde(crate::baseline::outlines(v, &wheel, opts)));
        let svg = templates::render(
            env,
            "aarshjul.svg",
            minijinja::context! { plan => plan_value.clone(), wheel => Value::from(Serde(&wheel)), embedded => false, baseline_outlines => outlines.clone() },
        )?;
        let embedded = templates::render(
            env,
            "aarshjul.svg",
            minijinja::context! { plan => plan_value.clone(), wheel => Value::from(Serde(&wheel)), embedded => true, baseline_outlines => outlines.clone() },
        )?;
        let html = templates::render(
            env,
            "aarshjul.html",
            minijinja::context! {
                plan => plan_value.clone(),
                wheel => Value::from(Serde(&wheel)),
                svg => Value::from_safe_string(embedded),
            },
        )?;
        out.push(OutputFile::text(format!("aarshjul-{year}.svg"), svg));
        out.push(OutputFile::text(format!("aarshjul-{year}.html"), html));
    }
    Ok(out)
}

/// Whether any day of an occurrence falls in the year (an occurrence of several days
/// across New Year is in both).
fn in_year(geo: &YearGeo, o: &Occurrence) -> bool {
    view::occurrence_days(o).iter().any(|d| geo.contains(*d))
}

/// The days of an occurrence in the year: its date, or each of its working days (a
/// multi-day activity gets a mark on every day it takes place, never on the weekend,
/// holiday or closure between them).
fn days_in_year<'o>(geo: &YearGeo, o: &'o Occurrence) -> impl Iterator<Item = Date> + 'o {
    let (first, last) = (geo.first, Date(geo.first.0.last_of_year()));
    view::occurrence_days(o)
        .iter()
        .copied()
        .filter(move |d| *d >= first && *d <= last)
}

/// Activities numbered in plan order, counting only those with an occurrence in the year.
fn numbering<'a>(v: &PlanView<'a>, geo: &YearGeo) -> BTreeMap<&'a str, usize> {
    let mut n = 0;
    let mut out = BTreeMap::new();
    for a in &v.plan.activities {
        if a.occurrences.iter().any(|o| in_year(geo, o)) {
            n += 1;
            out.insert(a.id.as_str(), n);
        }
    }
    out
}

fn ring_specs(
    v: &PlanView,
    geo: &YearGeo,
    rings: Rings,
    numbers: &BTreeMap<&str, usize>,
) -> Vec<RingSpec> {
    let lang = v.lang;
    let year_first = geo.first;
    let year_last = year_first.0.last_of_year();
    let in_year = |o: &&Occurrence| in_year(geo, o);
    let mark_title = |a: &CompiledActivity, o: &Occurrence| -> String {
        // An occurrence of several days names them all (every one of its marks has
        // this title): `Fredag 12. og mandag 15. marts 2027: Kursus i ICS (2 dage)`.
        let when = if o.days.len() > 1 {
            view::days_with_weekdays(lang, &o.days)
        } else {
            i18n::date_long(lang, o.date)
        };
        let mut s = format!("{when}: {}", view::activity_name(v, a));
        let tl = view::time_and_length(v, a);
        if !tl.is_empty() {
            s.push_str(&format!(" ({tl})"));
        }
        if let Some(st) = view::StatusView::of(v, o) {
            s.push_str(&format!(" – {} {}", st.mark, st.text));
            if let Some(r) = &st.reason {
                s.push_str(&format!(": {r}"));
            }
        }
        s
    };
    let mut specs = Vec::new();
    match rings {
        Rings::Phases => {
            for p in &v.plan.phases {
                let from = p.start.nominal;
                let to = v.phase_last_day(p);
                let active = from.0 <= year_last && to.0 >= year_first.0;
                let mut marks = Vec::new();
                for a in &v.plan.activities {
                    for o in a.occurrences.iter().filter(in_year) {
                        if v.occurrence_phase(a, o) == Some(p.id.as_str())
                            && let Some(n) = numbers.get(a.id.as_str())
                        {
                            push_marks(&mut marks, geo, o, *n, &mark_title(a, o), badge_kind(v, o));
                        }
                    }
                }
                if !active && marks.is_empty() {
                    continue;
                }
                let clip_from = if from.0 < year_first.0 {
                    year_first
                } else {
                    from
                };
                let clip_to = if to.0 > year_last {
                    Date(year_last)
                } else {
                    to
                };
                specs.push(RingSpec {
                    id: p.id.clone(),
                    name: p.name.clone(),
                    detail: v.phase_window_text(p),
                    color: String::new(),
                    windows: if active {
                        vec![(clip_from, clip_to)]
                    } else {
                        Vec::new()
                    },
                    paused: Vec::new(),
                    marks,
                });
            }
        }
        Rings::Roles => {
            for r in &v.plan.roles {
                let mut marks = Vec::new();
                for a in v
                    .plan
                    .activities
                    .iter()
                    .filter(|a| a.responsible.as_deref() == Some(r.id.as_str()))
                {
                    for o in a.occurrences.iter().filter(in_year) {
                        if let Some(n) = numbers.get(a.id.as_str()) {
                            push_marks(&mut marks, geo, o, *n, &mark_title(a, o), badge_kind(v, o));
                        }
                    }
                }
                if marks.is_empty() {
                    continue;
                }
                specs.push(RingSpec {
                    id: r.id.clone(),
                    name: r.name.clone(),
                    detail: if r.owners.is_empty() {
                        String::new()
                    } else {
                        r.owners.join(", ")
                    },
                    color: String::new(),
                    windows: vec![(year_first, Date(year_last))],
                    paused: Vec::new(),
                    marks,
                });
            }
        }
        Rings::Tracks => specs = track_specs(v, geo, numbers, &mark_title),
    }
    for (i, s) in specs.iter_mut().enumerate() {
        s.color = PALETTE
            .get(i % PALETTE.len())
            .copied()
            .unwrap_or("#1f4e79")
            .to_string();
        s.marks.sort_by_key(|m| (m.0, m.1));
    }
    specs
}

/// The id of the ring for the activities in no track (`--rings tracks`); no track can
/// have it (an id is letters, digits and hyphens).
const SHARED_RING: &str = "*shared";

/// A mark before layout: date, number, hover text, journal badge.
type MarkSpec = (Date, usize, String, Option<&'static str>);

/// The marks of one occurrence: one on each of its days in the year.
fn push_marks(
    marks: &mut Vec<MarkSpec>,
    geo: &YearGeo,
    o: &Occurrence,
    number: usize,
    title: &str,
    badge: Option<&'static str>,
) {
    for d in days_in_year(geo, o) {
        marks.push((d, number, title.to_string(), badge));
    }
}

/// `--rings tracks`: one ring per track in plan order — its own activities' marks,
/// tinted where it runs (so a track that starts later begins there), hatched where
/// it is paused (a standby in every year it covers, a closing or merging in the year
/// it happens) — and innermost one for the activities in no track. A track with
/// nothing in the year gets no ring.
fn track_specs(
    v: &PlanView,
    geo: &YearGeo,
    numbers: &BTreeMap<&str, usize>,
    mark_title: &dyn Fn(&CompiledActivity, &Occurrence) -> String,
) -> Vec<RingSpec> {
    let year_first = geo.first;
    let year_last = Date(geo.first.0.last_of_year());
    let clip = |a: Date, b: Date| -> Option<(Date, Date)> {
        let (from, to) = (a.max(year_first), b.min(year_last));
        (from <= to).then_some((from, to))
    };
    let marks_of = |keep: &dyn Fn(&CompiledActivity) -> bool| -> Vec<MarkSpec> {
        let mut marks = Vec::new();
        for a in v.plan.activities.iter().filter(|a| keep(a)) {
            for o in a.occurrences.iter().filter(|o| in_year(geo, o)) {
                if let Some(n) = numbers.get(a.id.as_str()) {
                    push_marks(&mut marks, geo, o, *n, &mark_title(a, o), badge_kind(v, o));
                }
            }
        }
        marks
    };
    let mut specs = Vec::new();
    for t in &v.plan.tracks {
        let marks = marks_of(&|a| a.track.as_deref() == Some(t.id.as_str()));
        let windows: Vec<(Date, Date)> = t
            .running
            .iter()
            .filter_map(|p| clip(p.from, p.to))
            .collect();
        let paused: Vec<(Date, Date, String)> = tracks::paused(v, t)
            .into_iter()
            .filter(|p| {
                p.state == tovholder_core::model::TrackStateKind::Standby
                    || p.from.0.year() >= year_first.0.year()
            })
            .filter_map(|p| clip(p.from, p.to).map(|(a, b)| (a, b, p.text)))
            .collect();
        if windows.is_empty() && paused.is_empty() && marks.is_empty() {
            continue;
        }
        let detail = [tracks::history(v, t), tracks::owner_text(v, t)]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" · ");
        specs.push(RingSpec {
            id: t.id.clone(),
            name: t.name.clone(),
            detail,
            color: String::new(),
            windows,
            paused,
            marks,
        });
    }
    let shared = marks_of(&|a| tracks::of_activity(v, a).is_none());
    if !shared.is_empty() {
        specs.push(RingSpec {
            id: SHARED_RING.to_string(),
            name: v.t("shared_ring").to_string(),
            detail: v.t("shared_ring_detail").to_string(),
            color: String::new(),
            windows: clip(v.plan.start, v.plan.until).into_iter().collect(),
            paused: Vec::new(),
            marks: shared,
        });
    }
    specs
}

/// Assign each mark a lane (0 = outermost, its centre `lane_h / 2` inside
/// `r_top`) so that marks in one lane do not overlap; at most `max_lanes` lanes
/// (beyond that, marks share the innermost lane). Returns every mark's lane and
/// the number of lanes used.
///
/// Each lane but the innermost keeps its marks sorted by angle, and a new mark is
/// compared with its two neighbours on the circle only (the nearest mark is one of
/// them): a lane holds at most `360 / min_deg` marks, so the whole is O(n log n)
/// rather than every mark against every mark (a plan of 40,000 one-off activities
/// took 25 s here). The innermost lane is never checked, so it is not kept.
fn lanes(
    angles: &[f64],
    r_top: f64,
    mark_r: f64,
    lane_h: f64,
    max_lanes: usize,
) -> (Vec<usize>, usize) {
    let last = max_lanes.max(1) - 1;
    let mut placed: Vec<Vec<f64>> = Vec::new();
    let mut used = 0;
    let mut out = Vec::with_capacity(angles.len());
    for &raw in angles {
        let a = raw.rem_euclid(360.0);
        let mut lane = 0;
        while lane < last {
            let r = r_top - (lane as f64 + 0.5) * lane_h;
            let min_deg = ((2.0 * mark_r + 1.5) / r.max(1.0)).to_degrees();
            if placed.get(lane).is_none_or(|l| clear_of(l, a, min_deg)) {
                break;
            }
            lane += 1;
        }
        if lane < last {
            while placed.len() <= lane {
                placed.push(Vec::new());
            }
            if let Some(l) = placed.get_mut(lane) {
                let i = l.partition_point(|&b| b < a);
                l.insert(i, a);
            }
        }
        used = used.max(lane + 1);
        out.push(lane);
    }
    (out, used.max(1))
}

/// Whether `a` is at least `min_deg` from every angle of `sorted` (in `[0, 360)`,
/// ascending) on the circle: its neighbours before and after, wrapping at 360°.
fn clear_of(sorted: &[f64], a: f64, min_deg: f64) -> bool {
    let n = sorted.len();
    if n == 0 {
        return true;
    }
    let i = sorted.partition_point(|&b| b < a);
    [i % n, (i + n - 1) % n]
        .iter()
        .filter_map(|&k| sorted.get(k))
        .all(|&b| {
            let d = (a - b).rem_euclid(360.0);
            d.min(360.0 - d) >= min_deg
        })
}

struct RingLayout {
    r_out: f64,
    r_in: f64,
    lanes: Vec<usize>,
    lane_h: f64,
    /// From `r_out` to the top of the first lane.
    offset: f64,
}

/// The thickest a ring grows when there is room to spare.
const RING_MAX: f64 = 66.0;

/// Lay the rings out from the outside in at a mark size, with a target
/// thickness per ring (`None`: as thin as the lanes allow).
fn place(
    specs: &[RingSpec],
    geo: &YearGeo,
    mark_r: f64,
    max_lanes: usize,
    target: Option<&[f64]>,
) -> (Vec<RingLayout>, f64) {
    let lane_h = 2.0 * mark_r + 3.0;
    let mut r = R_RINGS_OUT;
    let mut out = Vec::new();
    for (i, s) in specs.iter().enumerate() {
        let angles: Vec<f64> = s
            .marks
            .iter()
            .map(|m| geo.angle(m.0) + geo.day_deg() / 2.0)
            .collect();
        let want = target.and_then(|t| t.get(i)).copied();
        // First guess of the lane band's offset: centred for the lanes a thin ring needs.
        let (_, n0) = lanes(&angles, r - RING_PAD, mark_r, lane_h, max_lanes);
        let offset0 = match want {
            Some(w) => ((w - n0 as f64 * lane_h) / 2.0).max(RING_PAD),
            None => RING_PAD,
        };
        let (ls, n) = lanes(&angles, r - offset0, mark_r, lane_h, max_lanes);
        let needed = n as f64 * lane_h + 2.0 * RING_PAD;
        let thickness = want.map_or(needed, |w| w.max(needed));
        let offset = ((thickness - n as f64 * lane_h) / 2.0).max(RING_PAD);
        out.push(RingLayout {
            r_out: r,
            r_in: r - thickness,
            lanes: ls,
            lane_h,
            offset,
        });
        r -= thickness + RING_GAP;
    }
    (out, r + RING_GAP)
}

/// Lay the rings out: shrink marks (down to a legible minimum) and then cap the
/// lanes until the rings fit; then let thin rings grow into the spare room.
fn layout(specs: &[RingSpec], geo: &YearGeo) -> (Vec<RingLayout>, f64, f64) {
    let n = specs.len().max(1) as f64;
    let mut mark_r = MARK_R;
    let mut max_lanes = 24;
    let (thin, inner) = loop {
        let (l, inner) = place(specs, geo, mark_r, max_lanes, None);
        if inner >= R_CENTER || (mark_r <= MARK_R_MIN && inner >= R_CENTER_MIN) {
            break (l, inner);
        }
        if mark_r > MARK_R_MIN {
            mark_r = (mark_r - 0.5).max(MARK_R_MIN);
            continue;
        }
        let lane_h = 2.0 * mark_r + 3.0;
        let per_ring = (R_RINGS_OUT - R_CENTER_MIN) / n - 2.0 * RING_PAD - RING_GAP;
        let cap = ((per_ring / lane_h).floor() as usize).max(1);
        if cap >= max_lanes {
            break (l, inner);
        }
        max_lanes = cap;
    };
    let spare = inner - R_CENTER;
    if spare <= 0.0 {
        return (thin, mark_r, inner.max(20.0));
    }
    let target: Vec<f64> = thin
        .iter()
        .map(|l| {
            let t = l.r_out - l.r_in;
            t + (spare / n).min((RING_MAX - t).max(0.0))
        })
        .collect();
    let (grown, inner) = place(specs, geo, mark_r, max_lanes, Some(&target));
    (grown, mark_r, inner.max(20.0))
}

/// Rough text width for wrapping legend lines (average glyph ≈ 0.53 em). A word
/// longer than a line is broken, so no line runs past `width`.
fn wrap(text: &str, font: f64, width: f64) -> Vec<String> {
    let max_chars = ((width / (font * 0.53)).floor() as usize).max(8);
    let mut lines: Vec<String> = Vec::new();
    let mut cur = String::new();
    let mut pieces: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        let chars: Vec<char> = word.chars().collect();
        pieces.extend(
            chars
                .chunks(max_chars)
                .map(|c| c.iter().collect::<String>()),
        );
    }
    for word in &pieces {
        let len = cur.chars().count() + word.chars().count() + usize::from(!cur.is_empty());
        if len > max_chars && !cur.is_empty() {
            lines.push(std::mem::take(&mut cur));
        }
        if !cur.is_empty() {
            cur.push(' ');
        }
        cur.push_str(word);
    }
    if !cur.is_empty() {
        lines.push(cur);
    }
    lines
}

/// `text` shortened with `…` to what fits in `width` at `font` (glyphs taken at
/// `em` of the font size: 0.53 for regular text, wider for bold).
fn shorten(text: &str, font: f64, em: f64, width: f64) -> String {
    let max_chars = ((width / (font * em)).floor() as usize).max(8);
    if text.chars().count() <= max_chars {
        return text.to_string();
    }
    let mut out: String = text.chars().take(max_chars - 1).collect();
    out.truncate(out.trim_end().len());
    out.push('…');
    out
}

/// Width of a legend column's text in the standalone SVG (two columns 470 apart,
/// text 32 in from the swatch, a gap before the next column and the right margin).
const LEGEND_TEXT_WIDTH: f64 = 418.0;

/// The compiled holidays of the wheel's year, in date order (the compiled plan lists
/// every holiday of the calendar years it touches).
fn holidays_of<'a>(v: &'a PlanView, geo: &YearGeo) -> impl Iterator<Item = &'a HolidayDate> {
    let year = geo.first.0.year();
    v.plan
        .calendar
        .holiday_dates
        .iter()
        .filter(move |h| h.date.0.year() == year)
}

/// A holiday's name in the document's language, capitalised.
fn holiday_name(v: &PlanView, h: &HolidayDate) -> String {
    i18n::capitalise(h.holiday.name(v.lang))
}

/// Holidays in the year (render language) and the plan's closed periods.
fn shades(v: &PlanView, geo: &YearGeo, r_in: f64) -> (Vec<Shade>, Vec<Shade>) {
    let lang = v.lang;
    // One shade a day: the first holiday listed on it (a public one before a closed one).
    let mut names: BTreeMap<Date, String> = BTreeMap::new();
    for h in holidays_of(v, geo) {
        names.entry(h.date).or_insert_with(|| holiday_name(v, h));
    }
    let span = geo.day_deg();
    let holidays = names
        .iter()
        .map(|(d, n)| {
            let a = geo.angle(*d);
            Shade {
                path: sector(r_in, R_RINGS_OUT, a, a + span),
                title: format!("{}: {n}", i18n::date_long(lang, *d)),
            }
        })
        .collect();
    let year_last = geo.first.0.last_of_year();
    let closed = v
        .plan
        .calendar
        .closed
        .iter()
        .filter(|c| c.from.0 <= year_last && c.to.0 >= geo.first.0)
        .map(|c| {
            let from = if c.from.0 < geo.first.0 {
                geo.first
            } else {
                c.from
            };
            let to = if c.to.0 > year_last {
                Date(year_last)
            } else {
                c.to
            };
            Shade {
                path: sector(r_in, R_RINGS_OUT, geo.angle(from), geo.angle(to) + span),
                title: format!(
                    "{}: {}",
                    v.t("closed"),
                    i18n::date_range(lang, c.from, c.to)
                ),
            }
        })
        .collect();
    (holidays, closed)
}

/// Build the wheel for one year.
pub fn wheel(v: &PlanView, year: i16, rings: Rings) -> Result<Wheel, RenderError> {
    let lang = v.lang;
    let geo = YearGeo::new(year).ok_or(RenderError::Year(year))?;
    let numbers = numbering(v, &geo);
    let specs = ring_specs(v, &geo, rings, &numbers);
    let (layouts, mark_r, r_rings_in) = layout(&specs, &geo);

    // Months.
    let mut months = Vec::new();
    for m in 1..=12_i8 {
        let Ok(start) = jiff::civil::Date::new(year, m, 1) else {
            continue;
        };
        let a0 = geo.angle(Date(start));
        let a1 = a0 + f64::from(start.days_in_month()) * geo.day_deg();
        months.push(MonthView {
            month: m,
            name: i18n::month_title(lang, m),
            band: sector(R_MONTH_IN, R_OUTER, a0, a1),
            field: sector(r_rings_in, R_WEEK_IN, a0, a1),
            shade: m % 2 == 0,
            line: line(r_rings_in, R_OUTER, a0),
            label: label((R_MONTH_IN + R_OUTER) / 2.0, (a0 + a1) / 2.0),
        });
    }

    // ISO weeks: a tick at every Monday, the number in the middle of the week.
    let mut weeks = Vec::new();
    let mut d = geo.first.0;
    while d.year() == year {
        if d.weekday() == jiff::civil::Weekday::Monday {
            let a = geo.angle(Date(d));
            let mid = a + 3.5 * geo.day_deg();
            weeks.push(WeekView {
                week: i18n::iso_week(Date(d)),
                tick: line(R_WEEK_IN, R_MONTH_IN, a),
                label: (mid < 360.0).then(|| label((R_WEEK_IN + R_MONTH_IN) / 2.0, mid)),
            });
        }
        match d.tomorrow() {
            Ok(n) => d = n,
            Err(_) => break,
        }
    }

    // Rings and marks.
    let mut ring_views = Vec::new();
    let mut marks = Vec::new();
    let font = if mark_r >= 9.0 {
        mark_r * 1.05
    } else {
        mark_r * 1.15
    };
    for (s, l) in specs.iter().zip(&layouts) {
        ring_views.push(RingView {
            id: s.id.clone(),
            name: s.name.clone(),
            color: s.color.clone(),
            r_out: f(l.r_out),
            r_in: f(l.r_in),
            active: s
                .windows
                .iter()
                .map(|(a, b)| {
                    sector(
                        l.r_in,
                        l.r_out,
                        geo.angle(*a),
                        geo.angle(*b) + geo.day_deg(),
                    )
                })
                .collect(),
            paused: s
                .paused
                .iter()
                .map(|(a, b, title)| Shade {
                    path: sector(
                        l.r_in,
                        l.r_out,
                        geo.angle(*a),
                        geo.angle(*b) + geo.day_deg(),
                    ),
                    title: format!("{}: {title}", s.name),
                })
                .collect(),
            detail: s.detail.clone(),
        });
        for ((date, number, title, status), lane) in s.marks.iter().zip(&l.lanes) {
            let r = l.r_out - l.offset - (*lane as f64 + 0.5) * l.lane_h;
            let (x, y) = point(r, geo.angle(*date) + geo.day_deg() / 2.0);
            let badge = status.map(|kind| {
                let held = kind == "held";
                Badge {
                    x: f(x + 0.72 * mark_r),
                    y: f(y - 0.72 * mark_r),
                    r: f(0.5 * mark_r),
                    font: f(0.62 * mark_r),
                    kind,
                    fill: if held { HELD_FILL } else { CANCELLED_FILL },
                    glyph: if held { "✓" } else { "✗" },
                }
            });
            marks.push(Mark {
                x: f(x),
                y: f(y),
                r: f(mark_r),
                font: f(if *number >= 100 { font * 0.8 } else { font }),
                color: s.color.clone(),
                number: *number,
                title: title.clone(),
                badge,
            });
        }
    }
    let (holidays, closed) = shades(v, &geo, r_rings_in);

    // Legend below the wheel: rings, then numbered activities in two columns.
    let mut y = CY + R_OUTER + 56.0;
    let rings_heading_y = f(y);
    y += 26.0;
    let mut legend_rings = Vec::new();
    for (i, s) in specs.iter().enumerate() {
        let col = i % 2;
        let x = 40.0 + col as f64 * 470.0;
        legend_rings.push(LegendRing {
            box_x: f(x),
            box_y: f(y - 14.0),
            dot_x: f(x + 11.0),
            dot_y: f(y - 3.0),
            text_x: f(x + 32.0),
            name_y: f(y),
            detail_y: f(y + 17.0),
            color: s.color.clone(),
            name: shorten(&s.name, 15.0, 0.62, LEGEND_TEXT_WIDTH),
            detail: shorten(&s.detail, 12.5, 0.55, LEGEND_TEXT_WIDTH),
            title: if s.detail.is_empty() {
                s.name.clone()
            } else {
                format!("{}: {}", s.name, s.detail)
            },
        });
        if col == 1 || i + 1 == specs.len() {
            y += 38.0;
        }
    }
    let has_paused = specs.iter().any(|s| !s.paused.is_empty());
    let legend_paused = has_paused.then(|| {
        let entry = LegendPaused {
            box_y: f(y - 13.0),
            text_y: f(y),
            text: shorten(v.t("track_paused"), 13.0, 0.53, 880.0),
        };
        y += 26.0;
        entry
    });
    y += 18.0;
    let items_heading_y = f(y);
    y += 28.0;
    let mut items = Vec::new();
    let listed: Vec<&CompiledActivity> = v
        .plan
        .activities
        .iter()
        .filter(|a| numbers.contains_key(a.id.as_str()))
        .collect();
    let color_of = |a: &CompiledActivity| -> String {
        // The ring's colour when the activity sits in one ring; neutral when in several.
        let n = numbers.get(a.id.as_str());
        let holding: Vec<&RingSpec> = specs
            .iter()
            .filter(|s| s.marks.iter().any(|m| n == Some(&m.1)))
            .collect();
        match holding.as_slice() {
            [one] => one.color.clone(),
            _ => NEUTRAL.to_string(),
        }
    };
    let half = listed.len().div_ceil(2);
    let col_width = 400.0;
    let mut col_y = [y, y];
    for (i, a) in listed.iter().enumerate() {
        let col = usize::from(i >= half);
        let count = a.occurrences.iter().filter(|o| in_year(&geo, o)).count();
        let cadence = view::cadence_text(v, a);
        let shown = view::activity_name(v, a);
        let lines = wrap(&shown, 14.0, col_width);
        let cy = col_y.get(col).copied().unwrap_or(y);
        let cadence_line = if cadence.is_some() || count > 1 {
            15.0
        } else {
            0.0
        };
        let h = lines.len() as f64 * 17.0 + cadence_line + 13.0;
        let x = 40.0 + col as f64 * 470.0;
        items.push(LegendItem {
            dot_x: f(x + 11.0),
            dot_y: f(cy - 5.0),
            text_x: f(x + 30.0),
            name_y: f(cy),
            cadence_y: f(cy + 17.0 * (lines.len().max(1) - 1) as f64 + 15.0),
            number: numbers.get(a.id.as_str()).copied().unwrap_or(0),
            color: color_of(a),
            lines,
            cadence: match (cadence, count) {
                (Some(c), n) => Some(format!("{c} · {}", i18n::times(v.lang, n))),
                (None, n) if n > 1 => Some(i18n::times(v.lang, n)),
                _ => None,
            }
            .map(|c| shorten(&c, 11.5, 0.55, col_width)),
            name: shown,
            count,
        });
        if let Some(c) = col_y.get_mut(col) {
            *c += h;
        }
    }
    y = col_y[0].max(col_y[1]) + 14.0;
    let y_shades = y;
    let shades_y = f(y);
    y += 40.0;
    let height = y.max(1414.0);

    // Month-by-month list for the HTML page: occurrences and holidays.
    let mut month_list: Vec<MonthList> = (1..=12)
        .map(|m| MonthList {
            month: m,
            name: i18n::month_title(lang, m),
            entries: Vec::new(),
        })
        .collect();
    let mut entries: Vec<(Date, String, usize, MonthEntry)> = Vec::new();
    for (ai, a) in v.plan.activities.iter().enumerate() {
        for o in a.occurrences.iter().filter(|o| in_year(&geo, o)) {
            let ring = match rings {
                Rings::Phases => v.occurrence_phase(a, o).map(|p| p.to_string()),
                Rings::Roles => a.responsible.clone(),
                Rings::Tracks => Some(
                    tracks::of_activity(v, a)
                        .map_or_else(|| SHARED_RING.to_string(), |t| t.id.clone()),
                ),
            };
            let spec = ring
                .as_deref()
                .and_then(|r| specs.iter().find(|s| s.id == r));
            // An occurrence of several days: an entry on each day, `Dag 2 af 2`.
            let of = o.days.len();
            for (k, d) in view::occurrence_days(o).iter().enumerate() {
                if !geo.contains(*d) {
                    continue;
                }
                let mut time = view::time_or_kind(v, a);
                if of > 1 {
                    let day = i18n::day_of(lang, k + 1, of);
                    time = if time.is_empty() {
                        i18n::capitalise(&day)
                    } else {
                        format!("{time} · {day}")
                    };
                }
                entries.push((
                    *d,
                    a.time.clone(),
                    ai,
                    MonthEntry {
                        day: i18n::day_month_short(lang, *d),
                        weekday: i18n::weekday_short(lang, *d).to_string(),
                        time,
                        name: view::activity_name(v, a),
                        number: numbers.get(a.id.as_str()).copied(),
                        color: spec.map(|s| s.color.clone()),
                        ring: spec.map(|s| s.name.clone()),
                        responsible: a.responsible.as_deref().map(|r| v.role_name(r)),
                        holiday: false,
                    },
                ));
            }
        }
    }
    for h in &holidays_in_year(v, &geo) {
        entries.push((
            h.0,
            String::new(),
            usize::MAX,
            MonthEntry {
                day: i18n::day_month_short(lang, h.0),
                weekday: i18n::weekday_short(lang, h.0).to_string(),
                time: String::new(),
                name: h.1.clone(),
                number: None,
                color: None,
                ring: None,
                responsible: None,
                holiday: true,
            },
        ));
    }
    entries.sort_by(|a, b| (a.0, &a.1, a.2).cmp(&(b.0, &b.1, b.2)));
    for (d, _, _, e) in entries {
        if let Some(ml) = month_list.get_mut(usize::try_from(d.0.month() - 1).unwrap_or(0)) {
            ml.entries.push(e);
        }
    }

    Ok(Wheel {
        year,
        title: format!("{} {year}", v.t("year_wheel_for")),
        plan_title: v.plan.title.clone(),
        organisation: v.plan.organisation.clone(),
        org_line: fit(
            &v.plan
                .organisation
                .clone()
                .unwrap_or_default()
                .to_uppercase(),
            15.0,
            9.0,
            920.0,
            0.86,
        ),
        plan_line: fit(&v.plan.title, 18.0, 12.0, 920.0, 0.53),
        width: WIDTH,
        height,
        cx: CX,
        cy: CY,
        r_outer: R_OUTER,
        r_month_in: R_MONTH_IN,
        r_week_in: R_WEEK_IN,
        r_rings_in,
        r_center: f(r_rings_in - 4.0),
        year_font: f((r_rings_in * 0.42).min(48.0).round()),
        viewbox: format!("0 0 {} {}", f(WIDTH), f(height)),
        viewbox_wheel: {
            let pad = 12.0;
            let side = 2.0 * (R_OUTER + pad);
            format!(
                "{} {} {} {}",
                f(CX - R_OUTER - pad),
                f(CY - R_OUTER - pad),
                f(side),
                f(side)
            )
        },
        months,
        weeks,
        rings: ring_views,
        holidays,
        closed,
        marks,
        legend: Legend {
            y: CY + R_OUTER + 56.0,
            rings: legend_rings,
            items,
            rings_heading_y,
            items_heading_y,
            shades_box_y: f(y_shades - 12.0),
            shades_y,
            status: v.plan.as_of.map(|_| LegendStatus {
                y: f(y_shades - 4.5),
                held: i18n::capitalise(v.t("status_held")),
                cancelled: i18n::capitalise(v.t("status_cancelled")),
                held_fill: HELD_FILL,
                cancelled_fill: CANCELLED_FILL,
            }),
            paused: legend_paused,
        },
        rings_note: match rings {
            Rings::Phases => v.t("rings_phases").to_string(),
            Rings::Roles => v.t("rings_roles").to_string(),
            Rings::Tracks if specs.iter().any(|s| s.id == SHARED_RING) => {
                v.t("rings_tracks_shared").to_string()
            }
            Rings::Tracks => v.t("rings_tracks").to_string(),
        },
        has_paused,
        month_list,
    })
}

/// Holidays (by name) and closed-period days for the month list: each public
/// holiday once, each closed period once at its first day in the year.
fn holidays_in_year(v: &PlanView, geo: &YearGeo) -> Vec<(Date, String)> {
    let lang = v.lang;
    let mut out: Vec<(Date, String)> = holidays_of(v, geo)
        .map(|h| (h.date, holiday_name(v, h)))
        .collect();
    let year_last = geo.first.0.last_of_year();
    for c in &v.plan.calendar.closed {
        if c.from.0 <= year_last && c.to.0 >= geo.first.0 {
            let from = if c.from.0 < geo.first.0 {
                geo.first
            } else {
                c.from
            };
            out.push((
                from,
                format!(
                    "{}: {}",
                    v.t("closed"),
                    i18n::date_range(lang, c.from, c.to)
                ),
            ));
        }
    }
    out.sort();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lanes_stack_overlapping_marks() {
        // Three marks on the same day and one far away.
        let (l, n) = lanes(&[10.0, 10.0, 10.5, 200.0], 300.0, 10.0, 23.0, 24);
        assert_eq!(l, vec![0, 1, 2, 0]);
        assert_eq!(n, 3);
        // Year-end wrap: 359.5° and 0.2° are neighbours.
        let (l, _) = lanes(&[0.2, 359.5], 300.0, 10.0, 23.0, 24);
        assert_eq!(l, vec![0, 1]);
        // Capped lanes: the rest share the innermost one.
        let (l, n) = lanes(&[5.0, 5.0, 5.0, 5.0], 300.0, 10.0, 23.0, 2);
        assert_eq!(l, vec![0, 1, 1, 1]);
        assert_eq!(n, 2);
    }

    /// The neighbour check gives the lanes that comparing every mark with every
    /// mark gives, including across the year's end and past the lane cap.
    #[test]
    fn lanes_match_the_pairwise_check() {
        fn pairwise(
            angles: &[f64],
            r_top: f64,
            mark_r: f64,
            lane_h: f64,
            cap: usize,
        ) -> Vec<usize> {
            let mut placed: Vec<Vec<f64>> = Vec::new();
            let mut out = Vec::new();
            for &a in angles {
                let mut lane = 0;
                loop {
                    let r = r_top - (lane as f64 + 0.5) * lane_h;
                    let min_deg = ((2.0 * mark_r + 1.5) / r.max(1.0)).to_degrees();
                    let free = placed.get(lane).is_none_or(|l| {
                        l.iter().all(|&b| {
                            let d = (a - b).rem_euclid(360.0);
                            d.min(360.0 - d) >= min_deg
                        })
                    });
                    if free || lane + 1 >= cap {
                        break;
                    }
                    lane += 1;
                }
                while placed.len() <= lane {
                    placed.push(Vec::new());
                }
                if let Some(l) = placed.get_mut(lane) {
                    l.push(a);
                }
                out.push(lane);
            }
            out
        }
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut angles = Vec::new();
        for _ in 0..3_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            angles.push((x % 36_000) as f64 / 100.0);
        }
        for cap in [1, 2, 6, 24] {
            let (got, _) = lanes(&angles, 300.0, 6.0, 15.0, cap);
            assert_eq!(got, pairwise(&angles, 300.0, 6.0, 15.0, cap), "cap {cap}");
        }
    }

    #[test]
    fn sectors_and_labels() {
        let s = sector(100.0, 200.0, 0.0, 90.0);
        assert!(
            s.starts_with("M500.0 400.0A200.0 200.0 0 0 1 700.0 600.0"),
            "{s}"
        );
        // A full ring is drawn as two halves.
        assert_eq!(sector(1.0, 2.0, 0.0, 360.0).matches('M').count(), 2);
        // Bottom labels are turned to stay readable.
        assert_eq!(label(100.0, 180.0).rotate, "0.0");
        assert_eq!(label(100.0, 90.0).rotate, "90.0");
    }

    #[test]
    fn fits_long_lines() {
        let short = fit("Eksempel Kommune", 15.0, 10.0, 920.0, 0.72);
        assert_eq!(
            (short.text.as_str(), short.font.as_str()),
            ("Eksempel Kommune", "15.0")
        );
        let long = fit(&"x".repeat(300), 15.0, 10.0, 920.0, 0.72);
        assert_eq!(long.font, "10.0");
        assert!(long.text.ends_with('…'));
        assert!(long.text.chars().count() <= 128);
    }

    #[test]
    fn wraps_text() {
        let lines = wrap(
            "Superbrugerforløb – ICS, superbrugerrollen og håndtering af reaktioner",
            14.0,
            200.0,
        );
        assert!(lines.len() > 1);
        assert_eq!(
            lines.join(" "),
            "Superbrugerforløb – ICS, superbrugerrollen og håndtering af reaktioner"
        );
    }
}
