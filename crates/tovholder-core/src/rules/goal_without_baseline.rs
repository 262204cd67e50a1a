//! `goal-without-baseline`: a goal with no measured starting point.

use super::{Ctx, Finding, SectionKind};
use crate::messages::{Missing, RuleMsg};
use crate::model::Baseline;
use crate::span::Span;

declare_rule! {
    /// ## What it does
    /// In a plan, reports goals whose `baseline` is missing or lacks a `value` or a
    /// `date`: a baseline is a measurement, and a measurement has a value and a day it
    /// was taken.
    ///
    /// In a model, reports goals with no `baseline` at all, or one that names neither a
    /// `source` nor a `value`. A model has no dates and measures nothing, but it should
    /// at least say where the figure will come from (`source: Sagsaudit`); each plan
    /// that uses the model then fills in the value and the date.
    ///
    /// ## Why it matters
    /// The police guide to co-creation (*Samskabelse med civilsamfundet – vejledning
    /// til ledere i politiet*) is explicit: every goal gets a baseline *before the work
    /// starts*. Without one nobody can tell later whether the implementation moved
    /// anything, and the Viborg jobcentre's question (*Vis mig værdien*, 2014) — does
    /// what we do lead to what we expect? — cannot be answered.
    ///
    /// ## Example
    /// ```yaml
    /// goals:
    ///   borgerinddragelse:
    ///     statement: Borgeren inddrages aktivt i sagsbehandlingen
    ///     indicator: Andel sager med dokumenteret borgerinddragelse
    ///     baseline: { source: Sagsaudit }
    ///     target: { value: 80 %, by: 2028-06-30 }
    /// ```
    ///
    /// ## Use instead
    /// ```yaml
    /// goals:
    ///   borgerinddragelse:
    ///     statement: Borgeren inddrages aktivt i sagsbehandlingen
    ///     indicator: Andel sager med dokumenteret borgerinddragelse
    ///     baseline: { value: 40 %, date: 2026-11-01, source: Sagsaudit }
    ///     target: { value: 80 %, by: 2028-06-30 }
    /// ```
    pub static RULE = "goal-without-baseline", Warn,
        "A goal with no baseline (in a plan: no value and date; in a model: no source)",
        check: Some(check);
}

fn check(ctx: &Ctx, out: &mut Vec<Finding>) {
    let model = ctx.plan.is_model();
    for (id, goal) in ctx.plan.goals.iter() {
        let b = goal.baseline.as_ref();
        // A value or date written but rejected by the loader is reported there already.
        if b.is_some_and(|b| {
            (b.wrote("value") && b.value.is_none()) || (b.wrote("date") && b.date.is_none())
        }) {
            continue;
        }
        let value = b
            .and_then(|b| b.value.as_ref())
            .filter(|v| !v.0.trim().is_empty());
        let date = b.and_then(|b| b.date.as_ref());
        let source = b
            .and_then(|b| b.source.as_ref())
            .filter(|s| !s.trim().is_empty());
        let missing = if model {
            // A model names where the baseline comes from; each plan fills in value and date.
            if source.is_some() || value.is_some() {
                continue;
            }
            Missing::Source
        } else {
            match (b.is_some(), value.is_some(), date.is_some()) {
                (_, true, true) => continue,
                (false, _, _) => Missing::Whole,
                (true, false, false) => Missing::ValueAndDate,
                (true, false, true) => Missing::Value,
                (true, true, false) => Missing::Date,
            }
        };
        // Point into the baseline mapping when there is one: that is where the
        // missing key goes. Otherwise at the goal.
        let span = b
            .and_then(|b| first_field(b, goal.id.span))
            .unwrap_or(goal.id.span);
        let finding = RuleMsg::GoalWithoutBaseline {
            goal: id.clone(),
            missing,
        };
        out.push(Finding::of(finding, span).on(SectionKind::Goals, id));
    }
}

/// The span of the first field written in a baseline, in the file that defines the goal
/// (a plan that fills in a model's goal is pointed at its own file, not the model).
fn first_field(b: &Baseline, goal: Span) -> Option<Span> {
    [
        b.value.as_ref().map(|v| v.span),
        b.date.as_ref().map(|d| d.span),
        b.source.as_ref().map(|s| s.span),
    ]
    .into_iter()
    .flatten()
    .filter(|s| s.file == goal.file)
    .min_by_key(|s| s.start)
}
