//! `role-without-owner`: a role nobody holds.

use super::{Ctx, Finding, Rule, RuleLevel, SectionKind, at_key};
use crate::diag::Lang;
use crate::model::strs;

pub static RULE: Rule = Rule {
    name: "role-without-owner",
    level: RuleLevel::Warn,
    summary: "A role with no named owner",
    summary_da: "En rolle uden en navngiven indehaver",
    doc: "## What it does\nReports roles in a plan that have no `owner` (models are exempt: they name no people).\n\n## Why it matters\nImplementation research is blunt: a role nobody holds is a role nobody fills. The super-user, the anchor person and the implementation group only work when a named person has the role — and the time for it.\n\n## Example\n```yaml\nroles:\n  superbruger:\n    name: Superbruger\n```\n\n## Use instead\n```yaml\nroles:\n  superbruger:\n    name: Superbruger\n    owner: [Anna Jensen, Bo Hansen]\n    hours: 4 per week\n```\n",
    models: false,
    needs_schedule: false,
    configurable: true,
    check: Some(check),
};

fn check(ctx: &Ctx, out: &mut Vec<Finding>) {
    for (id, role) in ctx.plan.roles.iter() {
        if strs(&role.owner).iter().any(|o| !o.trim().is_empty()) {
            continue;
        }
        let message = match ctx.lang {
            Lang::Da => format!("rollen `{id}` har ingen indehaver"),
            _ => format!("the role `{id}` has no owner"),
        };
        out.push(
            Finding::new(
                message,
                at_key(role.id.span, ctx.t("no owner", "ingen indehaver")),
            )
            .help(ctx.t(
                "name who holds the role: `owner: [Anna Jensen]`",
                "angiv hvem der har rollen: `owner: [Anna Jensen]`",
            ))
            .on(SectionKind::Roles, id),
        );
    }
}
