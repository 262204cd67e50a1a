//! `goal-dates-inconsistent`: a goal's dates contradict each other, the plan's start,
//! its horizon or its term.

use super::{Ctx, Finding, SectionKind};
use crate::duration::{Duration, TimeUnit};
use crate::messages::RuleMsg;
use crate::model::Term;
use crate::schedule::dates::add_units;

declare_rule! {
    /// ## What it does
    /// Compares each goal's dates with each other and with the plan. It warns when
    ///
    /// - the baseline is measured (`baseline.date`) after the date the target is to be
    ///   reached (`target.by`);
    /// - the target is to be reached before the plan starts;
    /// - a short-term goal (`term: short`, Danish and Swedish `kort`) is due after the
    ///   end of the plan's `horizon` (its longest end), or — with or without a horizon —
    ///   more than 2 years after the plan's start;
    /// - a long-term goal (`term: long`, `lang`) is due more than 5 years after the
    ///   plan's start.
    ///
    /// The limits are options (`[options.goal-dates-inconsistent] short_term_years` and
    /// `long_term_years` in `tovholder.toml`; 0 turns the check off).
    ///
    /// ## Why it matters
    /// A baseline describes the situation *before* the work starts (*Samskabelse med
    /// civilsamfundet – vejledning til ledere i politiet*: "beskriv en baseline … før I
    /// begynder"); one measured after the target date cannot show progress toward it,
    /// and a target before the start is met or missed before anything is done. The
    /// guide asks for goals "på kortere og længere sigt"; the Swedish course *Samverkan*
    /// (Knut, dag 2+3) gives the time perspectives as the operational one — "the current
    /// year and one year ahead" — and the visionary one, the coming 1–5 years. A
    /// short-term goal due in eight years is a long-term goal in disguise, and no status
    /// meeting of the plan will see it reached.
    ///
    /// ## Example
    /// ```yaml
    /// start: 2027-01-04
    /// horizon: 2 år
    /// goals:
    ///   faerre-genhenvendelser:
    ///     term: kort
    ///     baseline: { value: 40 %, date: 2027-03-01 }
    ///     target: { value: 25 %, by: 2026-12-31 }
    /// ```
    ///
    /// ## Use instead
    /// ```yaml
    /// start: 2027-01-04
    /// horizon: 2 år
    /// goals:
    ///   faerre-genhenvendelser:
    ///     term: kort
    ///     baseline: { value: 40 %, date: 2026-12-01 }
    ///     target: { value: 25 %, by: 2028-06-30 }
    /// ```
    pub static RULE = "goal-dates-inconsistent", Warn,
        "A goal's dates contradict each other, the plan's start, its horizon or its term",
        check: Some(check);
}

/// Default limits from the plan's start, in years: a short-term goal (the operational
/// perspective: the current year and one year ahead) and a long-term one (the
/// visionary perspective: the coming 1-5 years).
pub const SHORT_TERM_YEARS: u32 = 2;
pub const LONG_TERM_YEARS: u32 = 5;

fn check(ctx: &Ctx, out: &mut Vec<Finding>) {
    let plan = ctx.plan;
    let start = plan.start.as_ref();
    // The horizon's latest end: start + the longest horizon, minus a day.
    let horizon_end = match (start, plan.horizon.as_ref()) {
        (Some(s), Some(h)) => match h.value {
            Duration::Range(r) => add_units(s.value.0, i64::from(r.max), r.unit)
                .and_then(|d| d.yesterday().ok())
                .map(|d| (d, h.span)),
            Duration::Ongoing => None,
        },
        _ => None,
    };
    for (id, goal) in plan.goals.iter() {
        let by = goal.target.as_ref().and_then(|t| t.by.as_ref());
        let baseline = goal.baseline.as_ref().and_then(|b| b.date.as_ref());
        if let (Some(b), Some(t)) = (baseline, by)
            && b.value > t.value
        {
            let finding = RuleMsg::GoalBaselineAfterTarget {
                goal: id.clone(),
                baseline: b.value.to_string(),
                by: t.value.to_string(),
            };
            out.push(
                Finding::of(finding, b.span)
                    .at(t.span)
                    .on(SectionKind::Goals, id),
            );
        }
        let Some(t) = by else { continue };
        if let Some(s) = start
            && t.value < s.value
        {
            let finding = RuleMsg::GoalTargetBeforeStart {
                goal: id.clone(),
                by: t.value.to_string(),
                start: s.value.to_string(),
            };
            out.push(
                Finding::of(finding, t.span)
                    .at(s.span)
                    .on(SectionKind::Goals, id),
            );
            continue;
        }
        let Some(term) = goal.term.as_ref() else {
            continue;
        };
        let long = term.value == Term::Long;
        // A short-term goal due after the horizon ends.
        if !long
            && let Some((end, span)) = horizon_end
            && t.value.0 > end
        {
            let finding = RuleMsg::GoalDueAfterTerm {
                goal: id.clone(),
                long,
                by: t.value.to_string(),
                limit: end.to_string(),
                years: 0,
                horizon: true,
            };
            out.push(
                Finding::of(finding, t.span)
                    .at(span)
                    .on(SectionKind::Goals, id),
            );
            continue;
        }
        // Later than the term's limit from the plan's start.
        let years = if long {
            ctx.options.goal_long_term_years
        } else {
            ctx.options.goal_short_term_years
        };
        if years == 0 {
            continue;
        }
        let Some(s) = start else { continue };
        let Some(limit) = add_units(s.value.0, i64::from(years), TimeUnit::Year) else {
            continue;
        };
        if t.value.0 > limit {
            let finding = RuleMsg::GoalDueAfterTerm {
                goal: id.clone(),
                long,
                by: t.value.to_string(),
                limit: limit.to_string(),
                years,
                horizon: false,
            };
            out.push(
                Finding::of(finding, t.span)
                    .at(term.span)
                    .on(SectionKind::Goals, id),
            );
        }
    }
}
