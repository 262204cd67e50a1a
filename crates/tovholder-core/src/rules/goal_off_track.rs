//! `goal-off-track`: a goal's latest measurement behind the straight line from its
//! baseline to its target.

use super::{Ctx, Finding, SectionKind};
use crate::measurement::{Direction, GoalStatus, to_hundredths};
use crate::messages::RuleMsg;

declare_rule! {
    /// ## What it does
    /// For a plan with a journal, draws for every goal the straight line from its
    /// baseline (`value` on `date`) to its target (`value` by `by`) and compares the
    /// latest `measured` value on or before the as-of date with the value the line
    /// expects on that day. It warns when the measurement is behind the line by more
    /// than 25 % of the distance from baseline to target
    /// (`[options.goal-off-track] tolerance_percent`), and says the numbers: the
    /// measurement, the value expected on the line, and the target.
    ///
    /// The direction comes from the numbers: a target below the baseline means lower
    /// is better (waiting time in days, say). Values are read as written — `48 %`,
    /// `48`, `4,5` with a decimal comma, `12 timer`; a measurement in another unit
    /// than the baseline's is not compared. Qualitative goals (`kind: qualitative`),
    /// goals whose baseline or target is not a number or has no date, and
    /// measurements that are not numbers are skipped.
    ///
    /// ## Why it matters
    /// Documenting the work is there to check that what we do leads to what we
    /// expect — "otherwise we adjust" (*Vis mig værdien*, Viborg Kommune, KL's
    /// ledertræf 2014). A goal that drifts off its line is the signal to adjust, and
    /// it is cheaper to see after the first measurement than at the deadline.
    /// Implementation takes years and rarely runs straight (Fixsen et al.,
    /// *Implementation Research: A Synthesis of the Literature*, 2005), so the line
    /// is a yardstick with a tolerance, not a forecast.
    ///
    /// ## Example
    /// ```yaml
    /// goals:
    ///   borgerinddragelse:
    ///     baseline: { value: 30 %, date: 2027-01-01 }
    ///     target: { value: 60 %, by: 2028-01-01 }
    /// # journal: { date: 2027-07-02, measured: borgerinddragelse, value: 33 % }
    /// # the line expects 45 % on 2027-07-02
    /// ```
    ///
    /// ## Use instead
    /// Adjust the work (and record it: `adapted: …` with a `reason`), or, when the
    /// target was unrealistic, adapt the target and say why.
    pub static RULE = "goal-off-track", Warn,
        "A goal's latest measurement behind the line from baseline to target",
        models: false, needs_schedule: true, check: Some(check);
}

fn check(ctx: &Ctx, out: &mut Vec<Finding>) {
    let Some(f) = ctx.follow_up else {
        return;
    };
    let tolerance_percent = ctx.options.goal_off_track_tolerance_percent;
    let progress = f.progress(ctx.plan, tolerance_percent);
    for ((id, goal), p) in ctx.plan.goals.iter().zip(progress.iter()) {
        if p.status != GoalStatus::Behind {
            continue;
        }
        let (Some(m), Some((b, t)), Some(deviation)) = (p.latest(), p.line(), p.deviation) else {
            continue;
        };
        let (Some(value), Some(expected)) = (&m.value, p.expected_at(m.date)) else {
            continue;
        };
        let msg = RuleMsg::GoalOffTrack {
            goal: id.clone(),
            date: m.date.to_string(),
            latest: value.hundredths(),
            expected: to_hundredths(expected),
            baseline: b.value.hundredths(),
            target: t.value.hundredths(),
            target_by: t.date.to_string(),
            unit: p.unit().map(str::to_string),
            lower_is_better: p.direction == Some(Direction::LowerIsBetter),
            behind_percent: to_hundredths(deviation),
            tolerance_percent,
        };
        // The measurement in the journal, then the goal in the plan.
        let at = f
            .entry(m.entry)
            .map(|r| r.entry.value.as_ref().map_or(r.span, |v| v.span));
        let mut finding = match at {
            Some(span) => Finding::of(msg, span).at(goal.id.span),
            None => Finding::of(msg, goal.id.span),
        };
        finding = finding.on(SectionKind::Goals, id);
        out.push(finding);
    }
}
