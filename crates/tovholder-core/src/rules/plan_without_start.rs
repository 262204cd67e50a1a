//! `plan-without-start`: a plan with no start date.

use super::{Ctx, Finding, Rule, RuleLevel};
use crate::diag::{Label, Lang};
use crate::span::Span;

pub static RULE: Rule = Rule {
    name: "plan-without-start",
    level: RuleLevel::Warn,
    summary: "A plan with no start date",
    summary_da: "En plan uden startdato",
    doc_lines: &[],
    doc: "## What it does\nReports a plan with no `start` date, or with `start:` left blank. Models are exempt: a model describes a method and has no dates. It is a plan-level finding: silence it with `allow:` at the top of the file.\n\n## Why it matters\nEvery date in the activity plan, the year wheel and the calendar is counted from `start`: the decision phase of the ICS workshop (seed 000) takes 1-3 months from it, the learning meetings every second month from there. A model has no start, so a plan that `uses` one must add it, and `tovholder init` leaves `start:` blank for exactly that reason. Without it nothing can be scheduled, and the date-based checks cannot run.\n\n## Example\n```yaml\nid: ics-familieafdelingen\ntitle: Implementering af ICS i Familieafdelingen\nuses: ../models/ics.yaml\nstart:\n```\n\n## Use instead\n```yaml\nid: ics-familieafdelingen\ntitle: Implementering af ICS i Familieafdelingen\nuses: ../models/ics.yaml\nstart: 2027-01-04\n```\n",
    models: false,
    needs_schedule: false,
    configurable: true,
    check: Some(check),
};

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
    let message = ctx.t("the plan has no start date", "planen har ingen startdato");
    out.push(
        Finding::new(
            message,
            Label::new(
                key_span(ctx, value, key),
                ctx.t("no `start` in this plan", "ingen `start` i denne plan"),
            ),
        )
        .help(match ctx.lang {
            Lang::Da => {
                "tilføj `start: 2027-01-04` – planens første dag; alle datoer regnes ud fra den"
            }
            _ => {
                "add `start: 2027-01-04`, the first day of the plan; every date is counted from it"
            }
        }),
    );
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
