//! `goal-without-target`: a goal that does not say what to reach, or by when.

use super::{Ctx, Finding, SectionKind};
use crate::messages::{Missing, RuleMsg};
use crate::model::Target;
use crate::span::Span;

declare_rule! {
    /// ## What it does
    /// In a plan, reports goals whose `target` is missing or lacks a `value` or a `by`
    /// date. In a model, reports goals whose `target` has no `value`: the model says
    /// what to reach, each plan says by when.
    ///
    /// ## Why it matters
    /// The police guide to co-creation (*Samskabelse med civilsamfundet – vejledning
    /// til ledere i politiet*) asks for 3-5 goals per platform, short- and long-term,
    /// and the Viborg jobcentre (*Vis mig værdien*, 2014) move from process goals to
    /// result goals. A goal becomes a result goal only when it says what level is to be
    /// reached and when; without a target there is nothing to follow up on and no
    /// moment to adjust the plan.
    ///
    /// ## Example
    /// ```yaml
    /// goals:
    ///   borgerinddragelse:
    ///     statement: Borgeren inddrages aktivt i sagsbehandlingen
    ///     indicator: Andel sager med dokumenteret borgerinddragelse
    ///     baseline: { value: 40 %, date: 2026-11-01, source: Sagsaudit }
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
    pub static RULE = "goal-without-target", Warn,
        "A goal with no target (in a plan: no value and date; in a model: no value)",
        check: Some(check);
}

fn check(ctx: &Ctx, out: &mut Vec<Finding>) {
    let model = ctx.plan.is_model();
    for (id, goal) in ctx.plan.goals.iter() {
        let t = goal.target.as_ref();
        // A value or date written but rejected by the loader is reported there already.
        if t.is_some_and(|t| {
            (t.wrote("value") && t.value.is_none()) || (t.wrote("by") && t.by.is_none())
        }) {
            continue;
        }
        let value = t
            .and_then(|t| t.value.as_ref())
            .filter(|v| !v.0.trim().is_empty());
        // A model has no dates: only the value is asked of it.
        let by = t.and_then(|t| t.by.as_ref()).is_some() || model;
        let missing = match (t.is_some(), value.is_some(), by) {
            (_, true, true) => continue,
            (false, _, _) => Missing::Whole,
            (true, false, false) => Missing::ValueAndDate,
            (true, false, true) => Missing::Value,
            (true, true, false) => Missing::Date,
        };
        // Point into the target mapping when there is one: that is where the missing key goes.
        let span = t
            .and_then(|t| first_field(t, goal.id.span))
            .unwrap_or(goal.id.span);
        let finding = RuleMsg::GoalWithoutTarget {
            goal: id.clone(),
            missing,
            model,
        };
        out.push(Finding::of(finding, span).on(SectionKind::Goals, id));
    }
}

/// The span of the first field written in a target, in the file that defines the goal
/// (a plan that fills in a model's goal is pointed at its own file, not the model).
fn first_field(t: &Target, goal: Span) -> Option<Span> {
    [
        t.value.as_ref().map(|v| v.span),
        t.by.as_ref().map(|d| d.span),
    ]
    .into_iter()
    .flatten()
    .filter(|s| s.file == goal.file)
    .min_by_key(|s| s.start)
}
