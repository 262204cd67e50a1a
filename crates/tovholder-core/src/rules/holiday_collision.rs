//! `holiday-collision`: a fixed date on a weekend, a public holiday or a closed day.

use super::{Ctx, Finding, SectionKind};
use crate::calendar::{Closure, HolidayKind};
use crate::diag::Lang;
use crate::messages::{Closed, HolidayNames, RuleMsg};
use crate::model::strs;

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
    let Some(schedule) = ctx.schedule else {
        return;
    };
    let cal = &schedule.calendar;
    for (id, act) in ctx.plan.activities.iter() {
        let Some(date) = &act.date else { continue };
        let d = date.value.0;
        let Some(why) = cal.why_closed(d) else {
            continue;
        };
        let closed = match why {
            Closure::Weekend => Closed::Weekend,
            Closure::Holiday(h) => Closed::Holiday {
                public: h.kind == HolidayKind::Public,
                names: HolidayNames {
                    en: h.name(Lang::En).to_string(),
                    da: h.name(Lang::Da).to_string(),
                    sv: h.name(Lang::Sv).to_string(),
                },
            },
            Closure::ClosedPeriod(from, to) => Closed::Period {
                from: from.to_string(),
                to: to.to_string(),
            },
        };
        let finding = RuleMsg::HolidayCollision {
            activity: id.clone(),
            date: d.to_string(),
            weekday: d.weekday().to_monday_zero_offset().unsigned_abs(),
            closed,
        };
        let mut f = Finding::of(finding, date.span).on(SectionKind::Activities, id);
        if let Closure::ClosedPeriod(from, to) = why
            && let Some(c) = ctx.plan.calendar.as_ref()
            && let Some(period) = strs(&c.closed)
                .iter()
                .find(|p| p.value.from.0 == from && p.value.to.0 == to)
        {
            f = f.at(period.span);
        }
        out.push(f);
    }
}
