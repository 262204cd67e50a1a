//! `goal-target-moved`: a goal's target or baseline value changed against the approved
//! plan (`check --baseline REV`) after the goal was first measured.

use super::{Ctx, Finding, SectionKind};
use crate::messages::RuleMsg;
use crate::model::Goal;

declare_rule! {
    /// ## What it does
    /// With `tovholder check --baseline REV` (the approved version of the plan, a git
    /// tag such as `godkendt-styregruppe-2027-02`), compares every goal with the same
    /// goal in the approved plan. A goal whose `target.value` or `baseline.value`
    /// differs from the approved one is reported when the journal has measured the
    /// goal (a `measured:` entry on or before the as-of date): the message gives the
    /// approved value, today's value and the date of the first measurement.
    ///
    /// Both plans are compared merged with their models, so a value the model
    /// changed counts too. Goals added or removed since the approved plan are not
    /// this rule's business (`tovholder diff` lists them). Without `--baseline`, or
    /// without a journal, the rule says nothing. The rule cannot see when between
    /// the approval and today the value was edited; it reports every moved value of
    /// a goal that has been measured.
    ///
    /// ## Why it matters
    /// A target lowered once the first figures are in hides whether the goal is
    /// reached: the line from baseline to target is the yardstick the steering group
    /// approved. Viborg's jobcentres document their work to check that what they do
    /// leads to what they expect — "otherwise we adjust" (*Vis mig værdien*, Viborg
    /// Kommune, KL's ledertræf 2014) — and it is the work that is adjusted, openly,
    /// not the yardstick. A new target is a decision for whoever approved the old one.
    ///
    /// ## Example
    /// ```yaml
    /// # approved (git tag godkendt-styregruppe-2027-02):
    /// #   target: { value: 80 %, by: 2028-06-30 }
    /// goals:
    ///   borgerinddragelse:
    ///     target: { value: 60 %, by: 2028-06-30 }
    /// # logbog: { date: 2027-03-03, measured: borgerinddragelse, value: 35 % }
    /// ```
    ///
    /// ## Use instead
    /// Keep the approved target and record what changed in the work (`adapted:` with a
    /// `reason`) — or have the new target approved and tag that version as the new
    /// baseline (`git tag godkendt-styregruppe-2027-09`).
    pub static RULE = "goal-target-moved", Warn,
        "A goal's target or baseline changed against the approved plan after it was measured",
        models: false, needs_schedule: true, check: Some(check);
}

/// A value as written, trimmed (an empty value is no value).
fn written(v: Option<&crate::span::Spanned<crate::model::Text>>) -> Option<String> {
    v.map(|t| t.value.0.trim().to_string())
        .filter(|t| !t.is_empty())
}

fn target(g: &Goal) -> Option<String> {
    written(g.target.as_ref().and_then(|t| t.value.as_ref()))
}

fn baseline(g: &Goal) -> Option<String> {
    written(g.baseline.as_ref().and_then(|b| b.value.as_ref()))
}

fn check(ctx: &Ctx, out: &mut Vec<Finding>) {
    let (Some(approved), Some(f)) = (ctx.baseline, ctx.follow_up) else {
        return;
    };
    for (id, goal) in ctx.plan.goals.iter() {
        let Some(old) = approved.goals.get(id) else {
            continue;
        };
        // The first measurement of the goal recorded on or before the as-of date.
        let first = f
            .entries
            .iter()
            .filter(|r| r.date <= f.as_of)
            .filter(|r| r.entry.measured.as_ref().is_some_and(|m| m.value == *id))
            .min_by_key(|r| r.date);
        let Some(first) = first else {
            continue;
        };
        let moved = [
            (false, target(old), target(goal)),
            (true, baseline(old), baseline(goal)),
        ];
        for (is_baseline, before, after) in moved {
            if before == after {
                continue;
            }
            let value_span = if is_baseline {
                goal.baseline.as_ref().and_then(|b| b.value.as_ref())
            } else {
                goal.target.as_ref().and_then(|t| t.value.as_ref())
            }
            .map_or(goal.id.span, |v| v.span);
            out.push(
                Finding::of(
                    RuleMsg::GoalTargetMoved {
                        goal: id.clone(),
                        baseline: is_baseline,
                        before,
                        after,
                        first_measured: first.date.to_string(),
                    },
                    value_span,
                )
                .at(first.date_span)
                .on(SectionKind::Goals, id),
            );
        }
    }
}
