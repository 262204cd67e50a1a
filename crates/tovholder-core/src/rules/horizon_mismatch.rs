//! `horizon-mismatch`: the declared `horizon` does not fit what the phases add up to.

use super::{Ctx, Finding};
use crate::duration::{Duration, TimeUnit};
use crate::messages::{RuleMsg, Unit};
use crate::schedule::dates::{add_units, days_between};
use crate::schedule::phases::{Pick, has_open_end, total_end};
use crate::span::Span;
use jiff::civil::{Date, date};

declare_rule! {
    /// ## What it does
    /// Adds up the phases along their `after` chains — every duration at its minimum,
    /// then at its maximum — and compares the result with the plan's `horizon`. It
    /// warns when the two windows do not meet: the phases cannot finish within the
    /// horizon even at their shortest, or (when no phase is `ongoing`, which would fill
    /// the rest) they end before the horizon even at their longest. Optional phases
    /// count as taken; the message also gives the totals without them. A model without
    /// `start` is measured from a reference date; month lengths make no difference to
    /// the verdict. A plan that takes its `horizon` from its model (`uses`) is told at
    /// its `uses`, with a label at the model's `horizon`, and asked to set a horizon of
    /// its own (the model's own check reports the model).
    ///
    /// ## Why it matters
    /// The horizon is what the plan promises management. When the phases add up to
    /// more, the promise is broken before the work starts — the Swedish collaboration
    /// life phases are presented as "about one to one and a half years" but add up to
    /// 19–32 months.
    ///
    /// ## Example
    /// ```yaml
    /// horizon: 1 year
    /// phases:
    ///   ide: { duration: 2-4 months }
    ///   proeva-och-testa: { after: [ide], duration: 6 months }
    ///   tillaempning: { after: [proeva-och-testa], duration: 6-12 months }
    /// ```
    ///
    /// ## Use instead
    /// ```yaml
    /// horizon: 14-22 months
    /// phases:
    ///   ide: { duration: 2-4 months }
    ///   proeva-och-testa: { after: [ide], duration: 6 months }
    ///   tillaempning: { after: [proeva-och-testa], duration: 6-12 months }
    /// ```
    pub static RULE = "horizon-mismatch", Warn,
        "The declared horizon does not fit what the phases add up to",
        check: Some(check);
}

/// Where models (which have no `start`) are measured from.
const REFERENCE_START: Date = date(2001, 1, 1);

fn check(ctx: &Ctx, out: &mut Vec<Finding>) {
    let plan = ctx.plan;
    let Some(horizon) = &plan.horizon else {
        return;
    };
    let Duration::Range(h) = horizon.value else {
        return;
    };
    if !ctx.graph.cycles().is_empty() {
        return;
    }
    let start = plan
        .start
        .as_ref()
        .map(|s| s.value.0)
        .unwrap_or(REFERENCE_START);
    let g = ctx.graph;
    let (Some(taken_min), Some(taken_max)) = (
        total_end(plan, g, start, Pick::Min, false),
        total_end(plan, g, start, Pick::Max, false),
    ) else {
        return;
    };
    let (Some(h_min), Some(h_max)) = (
        add_units(start, i64::from(h.min), h.unit),
        add_units(start, i64::from(h.max), h.unit),
    ) else {
        return;
    };
    let open = has_open_end(plan, g, start);
    let too_long = h_max < taken_min;
    let too_short = !open && taken_max < h_min;
    if !too_long && !too_short {
        return;
    }
    let unit = match h.unit {
        TimeUnit::Year | TimeUnit::Month => TimeUnit::Month,
        u => u,
    };
    let m = |end: Date| measure(start, end, unit);
    let taken = (m(taken_min), m(taken_max));
    let skipped = (
        total_end(plan, g, start, Pick::Min, true).map_or(taken.0, m),
        total_end(plan, g, start, Pick::Max, true).map_or(taken.1, m),
    );
    let declared = (m(h_min), m(h_max));
    let optional: Vec<(&str, Span)> = plan
        .phases
        .iter()
        .filter_map(|(id, p)| {
            let o = p.optional.as_ref().filter(|o| o.value)?;
            Some((id.as_str(), o.span))
        })
        .collect();
    let ongoing = plan
        .phases
        .iter()
        .find(|(_, p)| {
            p.duration
                .as_ref()
                .is_some_and(|d| d.value == Duration::Ongoing)
        })
        .map(|(id, _)| id.to_string());
    let finding = RuleMsg::HorizonMismatch {
        unit: match unit {
            TimeUnit::Day => Unit::Day,
            TimeUnit::Week => Unit::Week,
            TimeUnit::Month | TimeUnit::Year => Unit::Month,
        },
        declared,
        taken,
        skipped: if skipped != taken && !optional.is_empty() {
            Some(skipped)
        } else {
            None
        },
        optional: optional.iter().map(|(id, _)| id.to_string()).collect(),
        optional_names: optional
            .iter()
            .map(|(id, _)| phase_name(plan, id))
            .collect(),
        ongoing,
        too_long,
        open,
    };
    // A horizon the plan takes from its model: the model's own check reports it at the
    // model's `horizon`, so the plan that uses it is told at its `uses`.
    if let Some(uses) = plan
        .uses
        .as_ref()
        .filter(|u| u.value.path.span.file != horizon.span.file)
    {
        let inherited = RuleMsg::HorizonMismatchFromModel {
            model: uses.value.path.value.clone(),
            unit: match unit {
                TimeUnit::Day => Unit::Day,
                TimeUnit::Week => Unit::Week,
                TimeUnit::Month | TimeUnit::Year => Unit::Month,
            },
            declared,
            taken,
            too_long,
            open,
        };
        out.push(Finding::of(inherited, uses.value.path.span).at(horizon.span));
        return;
    }
    let f = optional
        .iter()
        .fold(Finding::of(finding, horizon.span), |f, (_, span)| {
            f.at(*span)
        });
    out.push(f);
}

/// Whole units from `start` to `end`: months rounded to the nearest month, weeks
/// and days as such.
fn measure(start: Date, end: Date, unit: TimeUnit) -> i64 {
    match unit {
        TimeUnit::Day => days_between(start, end),
        TimeUnit::Week => (days_between(start, end) + 3) / 7,
        TimeUnit::Month | TimeUnit::Year => {
            let span = start.until((jiff::Unit::Month, end));
            match span {
                Ok(s) => i64::from(s.get_months()) + i64::from(s.get_days() >= 15),
                Err(_) => 0,
            }
        }
    }
}

/// A phase's name as a message gives it, the id where it has none.
fn phase_name(plan: &crate::model::Plan, id: &str) -> String {
    plan.phases
        .get(id)
        .and_then(|p| p.name.as_ref())
        .map_or_else(|| id.to_string(), |n| n.value.clone())
}
