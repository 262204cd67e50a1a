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
    /// An occurrence of several working days (a multi-day activity): every day,
    /// `YYYY-MM-DD` (`iso` is the first); empty otherwise. Its `long`, `short` and `day`
    /// then say all the days — `weekday` is the first day's, so `weekday long` reads
    /// `fredag 12. og mandag 15. marts 2027` — see [`DateView::of_occurrence`].
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub days: Vec<String>,
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
            days: Vec::new(),
            moved: None,
            window: None,
            status: None,
        }
    }

    /// The date of an occurrence with what the journal says of it, why it moved and
    /// its window. An occurrence of several working days says every day, once:
    /// `long` is `12. og mandag 15. marts 2027` after the first day's `weekday`
    /// (`Fredag 12. og mandag 15. marts 2027`; `Onsdag 24., tirsdag 30. og onsdag 31.
    /// marts 2027`; three or more days in a row as a range: `Mandag 6.–fredag 10.
    /// september 2027`), `short` `12.+15. mar.` and `day` `12.+15.` for date lists (a
    /// `+`, as lists separate dates with commas).
    pub fn of_occurrence(v: &PlanView, o: &Occurrence) -> Self {
        let lang = v.lang;
        let mut d = DateView::of(lang, o.date);
        if o.days.len() > 1 {
            let one_month = o
                .days
                .iter()
                .all(|x| (x.0.year(), x.0.month()) == (o.date.0.year(), o.date.0.month()));
            d.long = days_phrase(lang, &o.days, DaysForm::Long);
            d.short = days_phrase(lang, &o.days, DaysForm::Short);
            d.day = if one_month {
                days_phrase(lang, &o.days, DaysForm::DayOnly)
            } else {
                d.short.clone()
            };
            d.days = o.days.iter().map(ToString::to_string).collect();
        }
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
/// range: `2–3 timer`). A length in working days reads `2 dage` (the days themselves
/// are the occurrence's date, [`DateView::of_occurrence`], printed beside it: `Fredag
/// 12. og mandag 15. marts 2027, 2 dage`).
pub fn time_and_length(v: &PlanView, a: &CompiledActivity) -> String {
    if let Some(days) = days_text(v, a) {
        let mut parts = vec![days];
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

/// The days of an occurrence: its date alone, or every working day of a multi-day
/// activity (`days`).
pub fn occurrence_days(o: &Occurrence) -> &[Date] {
    if o.days.len() > 1 {
        &o.days
    } else {
        std::slice::from_ref(&o.date)
    }
}

/// The working days of one occurrence, each with its minutes: a working day's
/// (`calendar.day_length_minutes`) for every day but the last, which has the rest of
/// the activity's length (a half day of `halvanden dag`). One day: the date with the
/// activity's whole length (`None` when it has none).
pub fn day_minutes(v: &PlanView, a: &CompiledActivity, o: &Occurrence) -> Vec<(Date, Option<u32>)> {
    let days = occurrence_days(o);
    let [_, .., _] = days else {
        return vec![(o.date, a.length_minutes)];
    };
    let day = v.plan.calendar.day_length_minutes.max(1);
    let n = u32::try_from(days.len()).unwrap_or(u32::MAX);
    let total = a.length_minutes.unwrap_or(day.saturating_mul(n));
    days.iter()
        .zip(minutes_per_day(day, total, days.len()))
        .map(|(d, m)| (*d, Some(m)))
        .collect()
}

/// The minutes of each of the `n` working days of an occurrence of `total` minutes
/// with days of `day` minutes: whole days, the last the rest (a half day), never 0
/// and never more than a day. The documents and the calendars split a multi-day
/// occurrence alike.
pub fn minutes_per_day(day: u32, total: u32, n: usize) -> impl Iterator<Item = u32> {
    let day = day.max(1);
    let before_last = day.saturating_mul(u32::try_from(n.saturating_sub(1)).unwrap_or(u32::MAX));
    let last = match total.saturating_sub(before_last) {
        0 => day,
        m => m.min(day),
    };
    (0..n).map(move |k| if k + 1 == n { last } else { day })
}

/// How [`days_phrase`] writes the days of an occurrence.
#[derive(Clone, Copy, PartialEq, Eq)]
enum DaysForm {
    /// `12. og mandag 15. marts 2027`: the weekday of every day but the first (which
    /// the caller prints), month names, the year.
    Long,
    /// `12.+15. mar.`: for date lists (whose dates are separated by commas).
    Short,
    /// `12.+15.`: for date lists grouped by month (all days in one month).
    DayOnly,
}

/// The days of one occurrence, each once: a month (and in [`DaysForm::Long`] a year)
/// after the last day of it; three or more days in a row as a range (`6.–10.
/// september`, `6.–fredag 10.`), two as two days.
fn days_phrase(lang: Lang, days: &[Date], form: DaysForm) -> String {
    // Each item one day or a run (first and last day).
    let mut items: Vec<Vec<Date>> = Vec::new();
    for run in days.chunk_by(|x, y| x.0.tomorrow().ok() == Some(y.0)) {
        match run {
            [first, _, .., last] => items.push(vec![*first, *last]),
            _ => items.extend(run.iter().map(|d| vec![*d])),
        }
    }
    let ends: Vec<Date> = items.iter().flatten().copied().collect();
    let dot = if lang == Lang::Da { "." } else { "" };
    let mut k = 0;
    let mut texts = Vec::new();
    for item in &items {
        let mut parts: Vec<(String, bool)> = Vec::new();
        for d in item {
            let next = ends.get(k + 1);
            let mut s = String::new();
            if form == DaysForm::Long && k > 0 {
                s.push_str(i18n::weekday(lang, *d));
                s.push(' ');
            }
            k += 1;
            s.push_str(&format!("{}{dot}", d.0.day()));
            let month_ends =
                next.is_none_or(|n| (n.0.year(), n.0.month()) != (d.0.year(), d.0.month()));
            let year_ends = next.is_none_or(|n| n.0.year() != d.0.year());
            match form {
                DaysForm::Long => {
                    if month_ends {
                        s.push(' ');
                        s.push_str(i18n::month_name(lang, d.0.month()));
                    }
                    if year_ends {
                        s.push_str(&format!(" {}", d.0.year()));
                    }
                }
                DaysForm::Short => {
                    if month_ends {
                        s.push(' ');
                        s.push_str(i18n::month_short(lang, d.0.month()));
                    }
                }
                DaysForm::DayOnly => {}
            }
            parts.push((s, month_ends));
        }
        texts.push(match parts.as_slice() {
            // A range's dash is spaced when its first day carries a month
            // (`31. marts – fredag 2. april`), as in `i18n::date_range`.
            [(a, spaced), (b, _)] => format!("{a}{}{b}", if *spaced { " – " } else { "–" }),
            _ => parts.into_iter().map(|(s, _)| s).collect(),
        });
    }
    match form {
        DaysForm::Long => i18n::join_and(lang, &texts),
        DaysForm::Short | DaysForm::DayOnly => texts.join("+"),
    }
}

/// Every day of an occurrence of several days with its weekday, capitalised:
/// `Fredag 12. og mandag 15. marts 2027`, `Friday 12 and Monday 15 March 2027`.
pub fn days_with_weekdays(lang: Lang, days: &[Date]) -> String {
    i18n::capitalise(&days_with_weekday(lang, days))
}

/// [`days_with_weekdays`] in lower case, as [`i18n::date_with_weekday`] writes one
/// day: `fredag 12. og mandag 15. marts 2027`.
pub fn days_with_weekday(lang: Lang, days: &[Date]) -> String {
    let Some(first) = days.first() else {
        return String::new();
    };
    format!(
        "{} {}",
        i18n::weekday(lang, *first),
        days_phrase(lang, days, DaysForm::Long)
    )
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

#[cfg(test)]
mod tests {
    use super::*;

    fn days(list: &[&str]) -> Vec<Date> {
        list.iter()
            .map(|d| Date(d.parse().expect("date")))
            .collect()
    }

    #[test]
    fn days_of_an_occurrence_are_said_once() {
        let cases: [(&[&str], [&str; 3]); 6] = [
            (
                &["2027-03-12", "2027-03-15"],
                [
                    "Fredag 12. og mandag 15. marts 2027",
                    "Fredag 12 och måndag 15 mars 2027",
                    "Friday 12 and Monday 15 March 2027",
                ],
            ),
            // Three or more days in a row are a range.
            (
                &[
                    "2027-09-06",
                    "2027-09-07",
                    "2027-09-08",
                    "2027-09-09",
                    "2027-09-10",
                ],
                [
                    "Mandag 6.–fredag 10. september 2027",
                    "Måndag 6–fredag 10 september 2027",
                    "Monday 6–Friday 10 September 2027",
                ],
            ),
            // A range across months has a spaced dash.
            (
                &["2027-03-31", "2027-04-01", "2027-04-02"],
                [
                    "Onsdag 31. marts – fredag 2. april 2027",
                    "Onsdag 31 mars – fredag 2 april 2027",
                    "Wednesday 31 March – Friday 2 April 2027",
                ],
            ),
            (
                &[
                    "2027-09-06",
                    "2027-09-07",
                    "2027-09-08",
                    "2027-09-13",
                    "2027-09-14",
                ],
                [
                    "Mandag 6.–onsdag 8., mandag 13. og tirsdag 14. september 2027",
                    "Måndag 6–onsdag 8, måndag 13 och tisdag 14 september 2027",
                    "Monday 6–Wednesday 8, Monday 13 and Tuesday 14 September 2027",
                ],
            ),
            (
                &["2027-12-30", "2028-01-03"],
                [
                    "Torsdag 30. december 2027 og mandag 3. januar 2028",
                    "Torsdag 30 december 2027 och måndag 3 januari 2028",
                    "Thursday 30 December 2027 and Monday 3 January 2028",
                ],
            ),
            (
                &["2027-04-30", "2027-05-03"],
                [
                    "Fredag 30. april og mandag 3. maj 2027",
                    "Fredag 30 april och måndag 3 maj 2027",
                    "Friday 30 April and Monday 3 May 2027",
                ],
            ),
        ];
        for (list, texts) in cases {
            let d = days(list);
            for (lang, text) in [Lang::Da, Lang::Sv, Lang::En].into_iter().zip(texts) {
                assert_eq!(days_with_weekdays(lang, &d), text);
            }
        }
        let d = days(&["2027-03-24", "2027-03-30", "2027-03-31"]);
        assert_eq!(
            days_phrase(Lang::Da, &d, DaysForm::Short),
            "24.+30.+31. mar."
        );
        assert_eq!(days_phrase(Lang::Da, &d, DaysForm::DayOnly), "24.+30.+31.");
        let d = days(&["2027-04-30", "2027-05-03"]);
        assert_eq!(days_phrase(Lang::En, &d, DaysForm::Short), "30 Apr+3 May");
        let d = days(&["2027-09-06", "2027-09-07", "2027-09-08"]);
        assert_eq!(days_phrase(Lang::Sv, &d, DaysForm::Short), "6–8 sep.");
    }
}
