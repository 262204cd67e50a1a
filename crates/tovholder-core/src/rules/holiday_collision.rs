//! `holiday-collision`: a fixed date on a weekend, a public holiday or a closed day.

use super::{Ctx, Finding, SectionKind};
use crate::calendar::{Closure, HolidayKind};
use crate::diag::{Label, Lang};
use crate::model::strs;
use crate::schedule::work_calendar;
use jiff::civil::Weekday;

declare_rule! {
    /// ## What it does
    /// Checks every activity with a fixed `date` against the plan's calendar
    /// (`calendar.holidays` and `calendar.closed`) and says which it hits: a weekend, a
    /// public holiday (e.g. Kristi himmelfartsdag), a day the offices are closed
    /// (juleaftensdag, nytårsaftensdag, grundlovsdag) or a closed period. Computed
    /// dates are moved to the next working day; fixed dates never are, so they are
    /// reported instead.
    ///
    /// ## Why it matters
    /// A workshop on Kristi himmelfartsdag or in the middle of the summer closure will
    /// not happen as printed, and the invitations go out with the wrong date.
    ///
    /// ## Example
    /// ```yaml
    /// calendar: { holidays: dk }
    /// activities:
    ///   kickoff:
    ///     date: 2027-05-06
    /// ```
    ///
    /// ## Use instead
    /// ```yaml
    /// calendar: { holidays: dk }
    /// activities:
    ///   kickoff:
    ///     date: 2027-05-10
    /// ```
    pub static RULE = "holiday-collision", Warn,
        "A fixed date falls on a weekend, a public holiday or a closed day",
        models: false, needs_schedule: true, check: Some(check);
}

fn check(ctx: &Ctx, out: &mut Vec<Finding>) {
    if ctx.schedule.is_none() {
        return;
    }
    let cal = work_calendar(ctx.plan);
    let lang = ctx.lang;
    for (id, act) in ctx.plan.activities.iter() {
        let Some(date) = &act.date else { continue };
        let d = date.value.0;
        let Some(why) = cal.why_closed(d) else {
            continue;
        };
        let day = weekday(d.weekday(), lang);
        let (what, label) = match why {
            Closure::Weekend => (
                lang.pick("a weekend day", "en weekenddag").to_string(),
                lang.pick("weekend", "weekend").to_string(),
            ),
            Closure::Holiday(h) => {
                let name = match lang {
                    Lang::Da => h.name_da,
                    Lang::Sv => h.name_sv,
                    Lang::En => h.name_en,
                };
                match (h.kind, lang) {
                    (HolidayKind::Public, Lang::Da) => {
                        (format!("en helligdag ({name})"), name.to_string())
                    }
                    (HolidayKind::Public, _) => {
                        (format!("a public holiday ({name})"), name.to_string())
                    }
                    (HolidayKind::Closed, Lang::Da) => (
                        format!("en dag, hvor kommunen holder lukket ({name})"),
                        name.to_string(),
                    ),
                    (HolidayKind::Closed, _) => (
                        format!("a day the offices are closed ({name})"),
                        name.to_string(),
                    ),
                }
            }
            Closure::ClosedPeriod(from, to) => {
                let period = if from == to {
                    from.to_string()
                } else {
                    format!("{from}..{to}")
                };
                (
                    match lang {
                        Lang::Da => format!("i lukkeperioden {period}"),
                        _ => format!("inside the closed period {period}"),
                    },
                    lang.pick("closed", "lukket").to_string(),
                )
            }
        };
        let message = match lang {
            Lang::Da => format!("aktiviteten `{id}` ligger fast {day} {d}, {what}"),
            _ => format!("the activity `{id}` is fixed on {day} {d}, {what}"),
        };
        let mut f = Finding::new(message, Label::new(date.span, label))
            .help(ctx.t(
                "move the date to a working day; if the day is right on purpose, say so with `allow: [holiday-collision]`",
                "flyt datoen til en arbejdsdag; er dagen valgt med vilje, så skriv `allow: [holiday-collision]`",
            ))
            .on(SectionKind::Activities, id);
        if let Closure::ClosedPeriod(from, to) = why
            && let Some(c) = ctx.plan.calendar.as_ref()
            && let Some(period) = strs(&c.closed)
                .iter()
                .find(|p| p.value.from.0 == from && p.value.to.0 == to)
        {
            f = f.label(Label::new(
                period.span,
                lang.pick("the closed period", "lukkeperioden"),
            ));
        }
        out.push(f);
    }
}

fn weekday(w: Weekday, lang: Lang) -> &'static str {
    match (w, lang) {
        (Weekday::Monday, Lang::Da) => "mandag",
        (Weekday::Tuesday, Lang::Da) => "tirsdag",
        (Weekday::Wednesday, Lang::Da) => "onsdag",
        (Weekday::Thursday, Lang::Da) => "torsdag",
        (Weekday::Friday, Lang::Da) => "fredag",
        (Weekday::Saturday, Lang::Da) => "lørdag",
        (Weekday::Sunday, Lang::Da) => "søndag",
        (Weekday::Monday, _) => "Monday",
        (Weekday::Tuesday, _) => "Tuesday",
        (Weekday::Wednesday, _) => "Wednesday",
        (Weekday::Thursday, _) => "Thursday",
        (Weekday::Friday, _) => "Friday",
        (Weekday::Saturday, _) => "Saturday",
        (Weekday::Sunday, _) => "Sunday",
    }
}
