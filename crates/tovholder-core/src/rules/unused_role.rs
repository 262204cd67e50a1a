//! `unused-role`: a role nothing in the plan refers to.

use super::{Ctx, Finding, SectionKind};
use crate::messages::RuleMsg;
use std::collections::HashSet;

declare_rule! {
    /// ## What it does
    /// Reports roles that nothing refers to: no activity has them as `responsible` or
    /// in `participants`, no phase, goal, checklist or checklist item has them as
    /// `owner`, and no other role `reports_to` them. Plans and models are checked.
    ///
    /// ## Why it matters
    /// A role description (*rollebeskrivelse*) tells its holder what the role does in
    /// each phase, which meetings it leads and attends. The ICS workshop
    /// (*Superbrugerrollen i en implementeringsproces*, 2015) spends its effort on
    /// exactly that: a super-user with a mandate and granted hours, and clear tasks. A
    /// role that appears nowhere in the plan gets an empty role description — time
    /// granted for nothing, or a role someone forgot to plan for.
    ///
    /// ## Example
    /// ```yaml
    /// roles:
    ///   superbruger: { name: Superbruger, owner: [Anna Jensen] }
    /// activities:
    ///   laeringsmoede: { phase: i-gang, every: 2 months, responsible: leder }
    /// ```
    ///
    /// ## Use instead
    /// ```yaml
    /// roles:
    ///   superbruger: { name: Superbruger, owner: [Anna Jensen] }
    /// activities:
    ///   laeringsmoede:
    ///     phase: i-gang
    ///     every: 2 months
    ///     responsible: leder
    ///     participants: [superbruger]
    /// ```
    pub static RULE = "unused-role", Warn,
        "A role that is never responsible, a participant, an owner or reported to",
        check: Some(check);
}

fn check(ctx: &Ctx, out: &mut Vec<Finding>) {
    let plan = ctx.plan;
    // Every reference to a role (`Plan::references`) uses it, but reporting to oneself.
    let used: HashSet<&str> = plan
        .references()
        .filter(|r| r.target == SectionKind::Roles || r.role_audience(plan))
        .filter(|r| !(r.from == SectionKind::Roles && r.from_id == r.id))
        .map(|r| r.id)
        .collect();
    for (id, role) in plan.roles.iter() {
        if used.contains(id.as_str()) {
            continue;
        }
        out.push(
            Finding::of(RuleMsg::UnusedRole { role: id.clone() }, role.id.span)
                .on(SectionKind::Roles, id),
        );
    }
}
