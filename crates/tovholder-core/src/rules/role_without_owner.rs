//! `role-without-owner`: a role nobody holds.

use super::{Ctx, Finding, SectionKind};
use crate::messages::RuleMsg;
use crate::model::strs;

declare_rule! {
    /// ## What it does
    /// Reports roles in a plan that have no `owner` (models are exempt: they name no
    /// people).
    ///
    /// ## Why it matters
    /// Implementation research is blunt: a role nobody holds is a role nobody fills.
    /// The super-user, the anchor person and the implementation group only work when a
    /// named person has the role — and the time for it (*Superbrugerrollen i en
    /// implementeringsproces*, workshop, 2015).
    ///
    /// ## Example
    /// ```yaml
    /// roles:
    ///   superbruger:
    ///     name: Superbruger
    /// ```
    ///
    /// ## Use instead
    /// ```yaml
    /// roles:
    ///   superbruger:
    ///     name: Superbruger
    ///     owner: [Anna Jensen, Bo Hansen]
    ///     hours: 4 per week
    /// ```
    pub static RULE = "role-without-owner", Warn, "A role with no named owner",
        models: false, check: Some(check);
}

fn check(ctx: &Ctx, out: &mut Vec<Finding>) {
    for (id, role) in ctx.plan.roles.iter() {
        if strs(&role.owner).iter().any(|o| !o.trim().is_empty()) {
            continue;
        }
        out.push(
            Finding::of(RuleMsg::RoleWithoutOwner { role: id.clone() }, role.id.span)
                .on(SectionKind::Roles, id),
        );
    }
}
