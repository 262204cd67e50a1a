//! `measurement-without-source`: a measurement the journal does not source.

use super::{Ctx, Finding, SectionKind};
use crate::journal::Event;
use crate::messages::RuleMsg;

declare_rule! {
    /// ## What it does
    /// Reports a `measured` entry in the journal with no `source` (or an empty one).
    ///
    /// ## Why it matters
    /// A figure without a source cannot be checked, and cannot be measured again the
    /// same way next time. Viborg's jobcentres document what they do so they can
    /// check that what they do leads to what they expect — "otherwise we adjust"
    /// (*Vis mig værdien*, Viborg Kommune, KL's ledertræf 2014); a goal's baseline
    /// already names its source, and each measurement needs one too.
    ///
    /// ## Example
    /// ```yaml
    /// entries:
    ///   - { date: 2027-04-01, measured: borgerinddragelse, value: 48 % }
    /// ```
    ///
    /// ## Use instead
    /// ```yaml
    /// entries:
    ///   - { date: 2027-04-01, measured: borgerinddragelse, value: 48 %, source: Sagsaudit 1. kvartal }
    /// ```
    pub static RULE = "measurement-without-source", Warn, "A measurement with no source",
        models: false, needs_schedule: true, check: Some(check);
}

fn check(ctx: &Ctx, out: &mut Vec<Finding>) {
    let Some(f) = ctx.follow_up else { return };
    for r in f.entries.iter().chain(&f.future) {
        let Some(Event::Measured(goal)) = r.entry.event() else {
            continue;
        };
        if r.entry
            .source
            .as_ref()
            .is_some_and(|s| !s.trim().is_empty())
        {
            continue;
        }
        let msg = RuleMsg::MeasurementWithoutSource {
            goal: goal.value.clone(),
            date: r.date.to_string(),
        };
        let mut finding = Finding::of(msg, goal.span);
        if ctx.plan.goals.contains_key(goal.value.as_str()) {
            finding = finding.on(SectionKind::Goals, &goal.value);
        }
        out.push(finding);
    }
}
