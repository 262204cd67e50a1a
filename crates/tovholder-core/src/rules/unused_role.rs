//! `unused-role`: a role nothing in the plan refers to.

use super::{Ctx, Finding, SectionKind, at_key};
use crate::diag::Lang;
use crate::model::{Item, strs};
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
    let mut used: HashSet<&str> = HashSet::new();
    for (id, role) in plan.roles.iter() {
        // Reporting to oneself does not count as being used.
        if let Some(to) = role.reports_to.as_ref().filter(|to| to.as_str() != id) {
            used.insert(to);
        }
    }
    for activity in plan.activities.values() {
        used.extend(activity.responsible.iter().map(|r| r.as_str()));
        used.extend(strs(&activity.participants).iter().map(|r| r.as_str()));
    }
    for phase in plan.phases.values() {
        used.extend(phase.owner.iter().map(|o| o.as_str()));
    }
    for goal in plan.goals.values() {
        used.extend(goal.owner.iter().map(|o| o.as_str()));
    }
    for checklist in plan.checklists.values() {
        used.extend(checklist.owner.iter().map(|o| o.as_str()));
        for item in strs(&checklist.items) {
            if let Item::Detail(d) = item
                && let Some(o) = &d.owner
            {
                used.insert(o);
            }
        }
    }
    for (id, role) in plan.roles.iter() {
        if used.contains(id.as_str()) {
            continue;
        }
        let message = match ctx.lang {
            Lang::Da => format!("rollen `{id}` bruges ikke i planen"),
            _ => format!("the role `{id}` is not used anywhere in the plan"),
        };
        out.push(
            Finding::new(
                message,
                at_key(role.id.span, ctx.t("nothing refers to this role", "intet henviser til rollen")),
            )
            .help(ctx.t(
                "make it responsible for or a participant in an activity, or the owner of a phase, goal or checklist — or remove it",
                "gør den ansvarlig for eller deltager i en aktivitet, eller ejer af en fase, et mål eller en tjekliste – eller fjern den",
            ))
            .on(SectionKind::Roles, id),
        );
    }
}
