//! `plan-without-start`: a plan with no start date.

use super::{Ctx, Finding};
use crate::messages::RuleMsg;
use crate::span::Span;

declare_rule! {
    /// ## What it does
    /// Reports a plan with no `start` date, or with `start:` left blank. Models are
    /// exempt: a model describes a method and has no dates. It is a plan-level finding:
    /// silence it with `allow:` at the top of the file.
    ///
    /// ## Why it matters
    /// Every date in the activity plan, the year wheel and the calendar is counted from
    /// `start`: the decision phase of the ICS workshop (*Superbrugerrollen i en
    /// implementeringsproces*, 2015) takes 1-3 months from it, the learning meetings
    /// every second month from there. A model has no start, so a plan that `uses` one
    /// must add it, and `tovholder init` leaves `start:` blank for exactly that reason.
    /// Without it nothing can be scheduled, and the date-based checks cannot run.
    ///
    /// ## Example
    /// ```yaml
    /// id: ics-familieafdelingen
    /// title: Implementering af ICS i Familieafdelingen
    /// uses: ../models/ics.yaml
    /// start:
    /// ```
    ///
    /// ## Use instead
    /// ```yaml
    /// id: ics-familieafdelingen
    /// title: Implementering af ICS i Familieafdelingen
    /// uses: ../models/ics.yaml
    /// start: 2027-01-04
    /// ```
    pub static RULE = "plan-without-start", Warn, "A plan with no start date",
        models: false, check: Some(check);
}

fn check(ctx: &Ctx, out: &mut Vec<Finding>) {
    let plan = ctx.plan;
    // A start written but rejected by the loader (`invalid-value`) is reported there.
    if plan.start.is_some() || plan.wrote("start") {
        return;
    }
    // Label the `id` key; without an id (the loader reports that) the first top-level key written.
    let written: [(&str, Option<Span>); 8] = [
        ("kind", plan.kind.as_ref().map(|v| v.span)),
        ("id", plan.id.as_ref().map(|v| v.span)),
        ("title", plan.title.as_ref().map(|v| v.span)),
        ("organisation", plan.organisation.as_ref().map(|v| v.span)),
        ("language", plan.language.as_ref().map(|v| v.span)),
        ("version", plan.version.as_ref().map(|v| v.span)),
        ("uses", plan.uses.as_ref().map(|v| v.span)),
        ("horizon", plan.horizon.as_ref().map(|v| v.span)),
    ];
    let at = match plan.id.as_ref() {
        Some(id) => Some(("id", id.span)),
        None => written
            .iter()
            .filter_map(|(k, s)| s.map(|s| (*k, s)))
            .min_by_key(|(_, s)| (s.file, s.start)),
    };
    let Some((key, value)) = at else {
        return;
    };
    out.push(Finding::of(
        RuleMsg::PlanWithoutStart,
        key_span(ctx, value, key),
    ));
}

/// The span of `key` in `key: value`, found on the value's line; the value's span otherwise.
fn key_span(ctx: &Ctx, value: Span, key: &str) -> Span {
    let Some(src) = ctx.sources.get(value.file) else {
        return value;
    };
    let start = value.start as usize;
    let Some(before) = src.text.get(..start) else {
        return value;
    };
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let line = before.get(line_start..).unwrap_or("");
    let indent = line.len() - line.trim_start_matches([' ', '\u{feff}']).len();
    if line
        .get(indent..)
        .and_then(|rest| rest.strip_prefix(key))
        .is_some_and(|rest| rest.trim_start().starts_with(':'))
    {
        Span::new(
            value.file,
            line_start + indent,
            line_start + indent + key.len(),
        )
    } else {
        value
    }
}
