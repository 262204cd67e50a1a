//! Lookups and small views over the compiled plan shared by every document.
//!
//! Everything here is derived from [`CompiledPlan`] alone. Unknown ids (which the
//! checker reports) are shown as written rather than dropped, so a document never
//! silently loses a name.

use crate::i18n;
use serde::Serialize;
use std::collections::BTreeMap;
use tovholder_core::Lang;
use tovholder_core::compiled::{
    ActualStatus, CompiledActivity, CompiledPhase, CompiledPlan, CompiledRole, DateWindow,
    Occurrence,
};
use tovholder_core::model::Date;

/// The plan with lookups by id and the document language.
pub struct PlanView<'a> {
    pub plan: &'a CompiledPlan,
    pub lang: Lang,
    roles: BTreeMap<&'a str, &'a CompiledRole>,
    phases: BTreeMap<&'a str, &'a CompiledPhase>,
    stakeholders: BTreeMap<&'a str, &'a str>,
    goals: BTreeMap<&'a str, &'a str>,
    activities: BTreeMap<&'a str, &'a CompiledActivity>,
}

impl<'a> PlanView<'a> {
    pub fn new(plan: &'a CompiledPlan, lang: Lang) -> Self {
        PlanView {
            plan,
            lang,
            roles: plan.roles.iter().map(|r| (r.id.as_str(), r)).collect(),
            phases: plan.phases.iter().map(|p| (p.id.as_str(), p)).collect(),
            stakeholders: plan
                .stakeholders
                .iter()
                .map(|s| (s.id.as_str(), s.name.as_str()))
                .collect(),
            goals: plan
                .goals
                .iter()
                .map(|g| (g.id.as_str(), g.statement.as_str()))
                .collect(),
            activities: plan.activities.iter().map(|a| (a.id.as_str(), a)).collect(),
        }
    }

    pub fn t(&self, key: &'static str) -> &'static str {
        i18n::label(self.lang, key)
    }

    pub fn role(&self, id: &str) -> Option<&'a CompiledRole> {
        self.roles.get(id).copied()
    }

    pub fn phase(&self, id: &str) -> Option<&'a CompiledPhase> {
        self.phases.get(id).copied()
    }

    pub fn activity(&self, id: &str) -> Option<&'a CompiledActivity> {
        self.activities.get(id).copied()
    }

    /// A role's display name; the id as written when unknown.
    pub fn role_name(&self, id: &str) -> String {
        self.role(id)
            .map(|r| r.name.clone())
            .unwrap_or_else(|| id.to_string())
    }

    /// Role names for a list of role ids.
    pub fn role_names(&self, ids: &[String]) -> Vec<String> {
        ids.iter().map(|id| self.role_name(id)).collect()
    }

    /// An audience member's name: a stakeholder, else a role, else the id.
    pub fn audience_name(&self, id: &str) -> String {
        match self.stakeholders.get(id) {
            Some(n) => (*n).to_string(),
            None => self.role_name(id),
        }
    }

    pub fn phase_name(&self, id: &str) -> String {
        self.phase(id)
            .map(|p| p.name.clone())
            .unwrap_or_else(|| id.to_string())
    }

    pub fn goal_statement(&self, id: &str) -> String {
        self.goals
            .get(id)
            .map(|s| (*s).to_string())
            .unwrap_or_else(|| id.to_string())
    }

    pub fn activity_name(&self, id: &str) -> String {
        self.activity(id)
            .map(|a| a.name.clone())
            .unwrap_or_else(|| id.to_string())
    }

    /// The last day of a phase (its exclusive end minus one day), nominal.
    pub fn phase_last_day(&self, p: &CompiledPhase) -> Date {
        last_day(p.end.nominal)
    }

    /// `4. januar – 3. marts 2027` for a phase's nominal window; ongoing phases
    /// read `fra 4. januar 2027 (løbende)`.
    pub fn phase_window_text(&self, p: &CompiledPhase) -> String {
        if p.ongoing {
            format!(
                "{} {} ({})",
                i18n::capitalise(self.t("from")),
                i18n::date_long(self.lang, p.start.nominal),
                self.t("ongoing")
            )
        } else {
            i18n::date_range(self.lang, p.start.nominal, self.phase_last_day(p))
        }
    }

    /// `Starter tidligst …, senest …` when a phase's dates are a window, else `None`.
    pub fn phase_window_detail(&self, p: &CompiledPhase) -> Option<String> {
        let mut parts = Vec::new();
        if let Some(s) = self.window_text(&p.start, false) {
            parts.push(format!("{} {s}", self.t("starts")));
        }
        if !p.ongoing
            && let Some(s) = self.window_text(&p.end, true)
        {
            parts.push(format!("{} {s}", self.t("ends")));
        }
        if parts.is_empty() {
            None
        } else {
            Some(parts.join("; "))
        }
    }

    fn window_text(&self, w: &DateWindow, exclusive_end: bool) -> Option<String> {
        if w.earliest == w.latest {
            return None;
        }
        let (a, b) = if exclusive_end {
            (last_day(w.earliest), last_day(w.latest))
        } else {
            (w.earliest, w.latest)
        };
        Some(format!(
            "{} {}, {} {}",
            self.t("earliest"),
            i18n::date_long(self.lang, a),
            self.t("latest"),
            i18n::date_long(self.lang, b)
        ))
    }

    /// Where an occurrence is listed: its own phase when the activity belongs
    /// to it, else the activity's first phase, else none.
    pub fn occurrence_phase<'b>(
        &self,
        a: &'b CompiledActivity,
        o: &'b Occurrence,
    ) -> Option<&'b str> {
        match &o.phase {
            Some(p) if a.phases.iter().any(|x| x == p) => Some(p.as_str()),
            _ => a.phases.first().map(String::as_str),
        }
    }

    /// The calendar years the plan touches, from its start to its last day.
    pub fn years(&self) -> Vec<i16> {
        let (a, b) = (self.plan.start.0.year(), self.plan.until.0.year());
        if b < a { vec![a] } else { (a..=b).collect() }
    }

    /// The activities of a phase with their occurrences in it, in the order of
    /// their first date there (then start time, then plan order); activities
    /// without a date come last, in plan order.
    pub fn in_phase(&self, phase: &str) -> Vec<(&'a CompiledActivity, Vec<&'a Occurrence>)> {
        let mut out: Vec<(usize, &'a CompiledActivity, Vec<&'a Occurrence>)> = self
            .plan
            .activities
            .iter()
            .enumerate()
            .filter(|(_, a)| a.phases.iter().any(|p| p == phase))
            .map(|(i, a)| {
                let occ = a
                    .occurrences
                    .iter()
                    .filter(|o| listed(o) && self.occurrence_phase(a, o) == Some(phase))
                    .collect();
                (i, a, occ)
            })
            .collect();
        out.sort_by(|x, y| {
            let key = |(i, a, occ): &(usize, &CompiledActivity, Vec<&Occurrence>)| {
                let first = occ.iter().map(|o| o.date).min();
                (first.is_none(), first, a.time.clone(), *i)
            };
            key(x).cmp(&key(y))
        });
        out.into_iter().map(|(_, a, occ)| (a, occ)).collect()
    }

    /// The role ids that take part in an activity: the responsible one first, then participants.
    pub fn roles_of(&self, a: &CompiledActivity) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for r in a.responsible.iter().chain(a.participants.iter()) {
            if !out.contains(r) {
                out.push(r.clone());
            }
        }
        out
    }
}

/// The day before an exclusive end date.
pub fn last_day(exclusive_end: Date) -> Date {
    exclusive_end
        .0
        .yesterday()
        .map(Date)
        .unwrap_or(exclusive_end)
}

/// One date as templates see it.
#[derive(Clone, Debug, Serialize)]
pub struct DateView {
    /// `YYYY-MM-DD`.
    pub iso: String,
    /// `4. januar 2027`.
    pub long: String,
    /// `4. jan.`
    pub short: String,
    /// `mandag`.
    pub weekday: String,
    /// The day of the month alone, for lists grouped by month: `4.` (Danish), `4`.
    pub day: String,
    /// `Flyttet fra 1. maj 2027` when the compiler moved it off a closed day.
    pub moved: Option<String>,
    /// `tidligst …, senest …` when the date is a window.
    pub window: Option<String>,
    /// What the journal records of a past occurrence (plans with a journal only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<StatusView>,
}

/// A past occurrence's status as the documents show it: `✓` held, `✗` cancelled
/// (with the reason), `?` not recorded.
#[derive(Clone, Debug, Serialize)]
pub struct StatusView {
    /// `held`, `cancelled` or `not_recorded` (a CSS class).
    pub kind: &'static str,
    /// `✓`, `✗` or `?`.
    pub mark: &'static str,
    /// `afholdt`, `aflyst`, `ikke registreret`.
    pub text: &'static str,
    /// A cancellation's reason.
    pub reason: Option<String>,
    /// The entry's note.
    pub note: Option<String>,
}

impl StatusView {
    /// The status of `o` as of the plan's `as_of`, when the journal says anything of it.
    pub fn of(v: &PlanView, o: &Occurrence) -> Option<StatusView> {
        let actual = o.follow_up.as_ref()?.actual.as_ref()?;
        let (kind, mark, key) = match actual.status {
            ActualStatus::Held => ("held", "✓", "status_held"),
            ActualStatus::Cancelled => ("cancelled", "✗", "status_cancelled"),
            ActualStatus::NotRecorded => ("not_recorded", "?", "status_not_recorded"),
        };
        Some(StatusView {
            kind,
            mark,
            text: v.t(key),
            reason: actual.reason.clone(),
            note: actual.note.clone(),
        })
    }
}

/// Whether the documents list an occurrence: every one, except a planned occurrence
/// still to come that the forecast has no room for (`forecast: null`).
pub fn listed(o: &Occurrence) -> bool {
    o.follow_up
        .as_ref()
        .is_none_or(|f| f.forecast.is_some() || f.actual.is_some())
}

/// `Status pr. 10. maj 2027: ✓ afholdt · ✗ aflyst · ? ikke registreret` for a plan with
/// a journal.
pub fn status_legend(v: &PlanView) -> Option<String> {
    let as_of = v.plan.as_of?;
    Some(format!(
        "{} {}: ✓ {} · ✗ {} · ? {}",
        v.t("status_as_of"),
        i18n::date_long(v.lang, as_of),
        v.t("status_held"),
        v.t("status_cancelled"),
        v.t("status_not_recorded"),
    ))
}

impl DateView {
    pub fn of(lang: Lang, d: Date) -> Self {
        DateView {
            iso: d.to_string(),
            long: i18n::date_long(lang, d),
            short: i18n::day_month_short(lang, d),
            weekday: i18n::weekday(lang, d).to_string(),
            day: match lang {
                Lang::Da => format!("{}.", d.0.day()),
                Lang::En | Lang::Sv => d.0.day().to_string(),
            },
            moved: None,
            window: None,
            status: None,
        }
    }

    pub fn of_occurrence(v: &PlanView, o: &Occurrence) -> Self {
        let lang = v.lang;
        let mut d = DateView::of(lang, o.date);
        d.status = StatusView::of(v, o);
        d.moved = o.moved_from.map(|m| {
            format!(
                "{} {}",
                i18n::capitalise(v.t("moved_from")),
                i18n::date_long(lang, m)
            )
        });
        if o.earliest != o.latest {
            d.window = Some(format!(
                "{} {}, {} {}",
                v.t("earliest"),
                i18n::date_long(lang, o.earliest),
                v.t("latest"),
                i18n::date_long(lang, o.latest)
            ));
        }
        d
    }
}

/// Dates of one year, for compact lists (`2027: 3. mar., 5. apr.`).
#[derive(Clone, Debug, Serialize)]
pub struct YearDates {
    pub year: i16,
    pub dates: Vec<DateView>,
    /// For a long list (more than [`LONG_DATE_LIST`] dates in all): the same dates
    /// grouped by month (`januar: 4., 11., 18., 25. · februar: 1., …`), which the templates
    /// print instead of `dates`; empty otherwise.
    pub months: Vec<MonthDates>,
}

/// One month's dates of a long list.
#[derive(Clone, Debug, Serialize)]
pub struct MonthDates {
    /// `januar`, `January`, `januari`.
    pub name: String,
    pub dates: Vec<DateView>,
}

/// More dates than this (a weekly activity for a quarter), with more than one and a
/// half a month on average, are listed per month:
/// a weekly *Ugens Tip* for a year is 58 dates, which as `4. jan., 11. jan., …` fills
/// half a page.
pub const LONG_DATE_LIST: usize = 13;

/// Group occurrences by calendar year, in date order.
pub fn by_year(v: &PlanView, occurrences: &[&Occurrence]) -> Vec<YearDates> {
    let mut sorted: Vec<&Occurrence> = occurrences.to_vec();
    sorted.sort_by_key(|o| (o.date, o.index));
    let mut out: Vec<YearDates> = Vec::new();
    for o in sorted {
        let y = o.date.0.year();
        let dv = DateView::of_occurrence(v, o);
        match out.last_mut() {
            Some(last) if last.year == y => last.dates.push(dv),
            _ => out.push(YearDates {
                year: y,
                dates: vec![dv],
                months: Vec::new(),
            }),
        }
    }
    // Per month only when it saves words: a long list with months of several dates
    // (weekly, fortnightly), not a monthly one (`november: 13. · december: 11.`).
    let months: std::collections::BTreeSet<(i16, i8)> = out
        .iter()
        .flat_map(|y| months_of(&y.dates).into_iter().map(move |m| (y.year, m)))
        .collect();
    if occurrences.len() > LONG_DATE_LIST && 2 * occurrences.len() > 3 * months.len() {
        for year in &mut out {
            let mut months: Vec<(i8, MonthDates)> = Vec::new();
            for (d, o) in year.dates.iter().zip(months_of(&year.dates)) {
                match months.last_mut() {
                    Some((m, md)) if *m == o => md.dates.push(d.clone()),
                    _ => months.push((
                        o,
                        MonthDates {
                            name: i18n::month_name(v.lang, o).to_string(),
                            dates: vec![d.clone()],
                        },
                    )),
                }
            }
            year.months = months.into_iter().map(|(_, m)| m).collect();
        }
    }
    out
}

/// The month of each date of a list (from its ISO form).
fn months_of(dates: &[DateView]) -> Vec<i8> {
    dates
        .iter()
        .map(|d| d.iso.get(5..7).and_then(|m| m.parse().ok()).unwrap_or(0))
        .collect()
}

/// `Hver måned` / `Once`: how often an activity happens, capitalised.
pub fn cadence_text(v: &PlanView, a: &CompiledActivity) -> Option<String> {
    a.every
        .as_deref()
        .map(|e| i18n::capitalise(&i18n::cadence(v.lang, e)))
}

/// `kl. 09.00 · 2 timer` — start time and length of an activity (a range as the
/// range: `2–3 timer`). A length in working days reads `2 dage`, with the days of a
/// one-off activity: `2 dage · 15.–16. marts 2027`, `2 dage · 12. og 15. marts 2027`.
pub fn time_and_length(v: &PlanView, a: &CompiledActivity) -> String {
    if let Some(days) = days_text(v, a) {
        let mut parts = vec![days];
        if let [o] = a.occurrences.as_slice()
            && o.days.len() > 1
        {
            parts.push(day_span(v.lang, &o.days));
        }
        if let Some(l) = &a.location {
            parts.push(l.clone());
        }
        return parts.join(" · ");
    }
    let mut parts = Vec::new();
    // Only a meeting has a time of day; a communication, a milestone or a
    // deliverable has a date.
    if a.kind.is_meeting() && !a.time.trim().is_empty() {
        parts.push(i18n::time_of_day(v.lang, &a.time));
    }
    if let Some(l) = i18n::length_text(v.lang, a.length.as_deref(), a.length_minutes) {
        parts.push(l);
    }
    if let Some(l) = &a.location {
        parts.push(l.clone());
    }
    parts.join(" · ")
}

/// A length in working days in the document's language: `2 dage`, `1 dag`, `1,5
/// dage`, `1–2 dagar`, `2 days`; `None` for a length in hours.
pub fn days_text(v: &PlanView, a: &CompiledActivity) -> Option<String> {
    a.length_days?;
    let written = a.length.as_deref()?;
    let (lo, hi) = tovholder_core::duration::parse_length(written)
        .ok()?
        .day_halves?;
    let [[one, many], ..] = tovholder_core::messages::words(v.lang).units;
    let n = |h: u32| i18n::number(v.lang, f64::from(h) / 2.0);
    Some(if lo == hi {
        format!("{} {}", n(lo), if lo == 2 { one } else { many })
    } else {
        format!("{}–{} {many}", n(lo), n(hi))
    })
}

/// The days of one occurrence as a date text: `15.–16. marts 2027` (consecutive days
/// of one month), `12. og 15. marts 2027` (one month), `31. marts – 1. april 2027`
/// (consecutive across months), `30. april og 3. maj 2027` (one year), else every date.
pub fn day_span(lang: Lang, days: &[Date]) -> String {
    let (Some(first), Some(last)) = (days.first(), days.last()) else {
        return String::new();
    };
    let consecutive = days
        .windows(2)
        .all(|w| matches!(w, [x, y] if x.0.tomorrow().ok() == Some(y.0)));
    let one_month = days
        .iter()
        .all(|d| d.0.year() == first.0.year() && d.0.month() == first.0.month());
    let dot = if lang == Lang::Da { "." } else { "" };
    let month_year = format!(
        "{} {}",
        i18n::month_name(lang, first.0.month()),
        first.0.year()
    );
    if one_month && consecutive {
        format!("{}{dot}–{}{dot} {month_year}", first.0.day(), last.0.day())
    } else if one_month {
        let nums: Vec<String> = days.iter().map(|d| format!("{}{dot}", d.0.day())).collect();
        format!("{} {month_year}", i18n::join_and(lang, &nums))
    } else if consecutive {
        i18n::date_range(lang, *first, *last)
    } else if days.iter().all(|d| d.0.year() == first.0.year()) {
        // `30. april og 3. maj 2027`: the year once, at the end.
        let all: Vec<String> = days
            .iter()
            .map(|d| format!("{}{dot} {}", d.0.day(), i18n::month_name(lang, d.0.month())))
            .collect();
        format!("{} {}", i18n::join_and(lang, &all), first.0.year())
    } else {
        let all: Vec<String> = days.iter().map(|d| i18n::date_long(lang, *d)).collect();
        i18n::join_and(lang, &all)
    }
}

/// The activity's name as every document prints it: an optional activity says so,
/// with its condition (`Formøde (hvis nye aktører er kommet til)`, `… (efter behov)`).
pub fn activity_name(v: &PlanView, a: &CompiledActivity) -> String {
    if !a.optional {
        return a.name.clone();
    }
    match &a.when {
        Some(w) => format!("{} ({} {w})", a.name, v.t("optional_if")),
        None => format!("{} ({})", a.name, v.t("optional_activity")),
    }
}

/// A time of day for a list of dates: the meeting's time, else the kind's word
/// (`Kommunikation`, `Milepæl`).
pub fn time_or_kind(v: &PlanView, a: &CompiledActivity) -> String {
    use tovholder_core::model::ActivityKind;
    match a.kind {
        ActivityKind::Meeting => i18n::time_of_day(v.lang, &a.time),
        ActivityKind::Communication => v.t("kind_communication").to_string(),
        ActivityKind::Milestone => v.t("kind_milestone").to_string(),
        ActivityKind::Deliverable => v.t("kind_deliverable").to_string(),
    }
}

/// The number a phase's name starts with, when it carries one: `5. Revidera` → `5`,
/// `Fase 5 – Etablering` → `5` (also `Fas`, `Phase`, any case). The documents then
/// print the name alone, never `Fase 1: Fase 5 – Etablering`.
pub fn own_number(name: &str) -> Option<String> {
    let t = name.trim_start();
    let lower = t.to_lowercase();
    let rest = ["fase ", "fas ", "phase "]
        .iter()
        .find_map(|w| lower.starts_with(w).then(|| t.get(w.len()..)).flatten())
        .unwrap_or(t)
        .trim_start();
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    if digits.is_empty() {
        return None;
    }
    // A number, then the end or a separator: `5.`, `5 –`, `5:`, `5)` (not `5G-net`).
    let after = rest.get(digits.len()..).and_then(|r| r.chars().next());
    match after {
        None | Some('.' | ':' | ')' | ' ' | '–' | '-') => Some(digits),
        _ => None,
    }
}

/// `Fase 1: Beslutning`; the name alone when it carries its own number.
pub fn phase_heading(v: &PlanView, position: usize, name: &str) -> String {
    if own_number(name).is_some() {
        name.to_string()
    } else {
        format!("{} {position}: {name}", v.t("phase"))
    }
}
