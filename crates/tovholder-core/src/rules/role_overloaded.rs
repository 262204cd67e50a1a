//! `role-overloaded`: a role planned for more hours in a month than it is granted.

use super::{Ctx, Finding, SectionKind};
use crate::messages::RuleMsg;

declare_rule! {
    /// ## What it does
    /// For every role with granted `hours`, adds up the planned hours per calendar
    /// month — the nominal `length` of every occurrence where the role is `responsible`
    /// or a participant — and warns when a month exceeds the granted hours (per week
    /// counts as 52/12 weeks per month). The message names the busiest month over the
    /// limit and both figures.
    ///
    /// A role held by many people in teams — its owners named as `members` of tracks,
    /// such as 19 case workers in three training groups — is measured per person: each
    /// attends their own team's meetings (and those of no track), and the granted
    /// hours are each person's. The finding names the busiest person's busiest month.
    ///
    /// ## Why it matters
    /// The super-user's mandate (råderum) is the hours granted for the role. A plan
    /// that asks for more than that is a plan the role-holder cannot keep, and the
    /// meetings are the first thing to go.
    ///
    /// ## Example
    /// ```yaml
    /// roles:
    ///   superbruger: { owner: [Anna Jensen], hours: 2 per month }
    /// activities:
    ///   sparring:
    ///     phase: i-gang
    ///     every: 1 week
    ///     length: 1 hour
    ///     responsible: superbruger
    /// ```
    ///
    /// ## Use instead
    /// ```yaml
    /// roles:
    ///   superbruger: { owner: [Anna Jensen], hours: 2 per week }
    /// activities:
    ///   sparring:
    ///     phase: i-gang
    ///     every: 1 week
    ///     length: 1 hour
    ///     responsible: superbruger
    /// ```
    pub static RULE = "role-overloaded", Warn,
        "A role is planned for more hours in a month than it is granted",
        models: false, needs_schedule: true, check: Some(check);
}

fn check(ctx: &Ctx, out: &mut Vec<Finding>) {
    let Some(schedule) = ctx.schedule else {
        return;
    };
    for (r, ((id, entity), planned_hours)) in ctx
        .plan
        .roles
        .iter()
        .zip(&schedule.planned_hours)
        .enumerate()
    {
        let Some(granted) = crate::schedule::granted_per_month(entity) else {
            continue;
        };
        if let Some(people) = schedule.person_hours.get(r).filter(|p| !p.is_empty()) {
            per_person(ctx, id, entity, people, granted, out);
            continue;
        }
        let over: Vec<_> = planned_hours
            .iter()
            .filter(|m| m.hours > granted + 1e-9)
            .collect();
        // The busiest month; the earliest one on a tie.
        let Some(worst) = over
            .iter()
            .copied()
            .reduce(|best, m| if m.hours > best.hours + 1e-9 { m } else { best })
        else {
            continue;
        };
        let span = entity
            .hours
            .as_ref()
            .map(|h| h.span)
            .unwrap_or(entity.id.span);
        let finding = RuleMsg::RoleOverloaded {
            role: id.clone(),
            month: worst.label(),
            planned: hundredths(worst.hours),
            granted: hundredths(granted),
            written: entity
                .hours
                .as_ref()
                .map(|h| crate::compiled::written_hours(ctx.sources, h))
                .unwrap_or_default(),
            months_over: over.len(),
        };
        out.push(Finding::of(finding, span).on(SectionKind::Roles, id));
    }
}

/// A role held by people in teams: the busiest person's busiest month over the limit.
fn per_person(
    ctx: &Ctx,
    id: &str,
    entity: &crate::model::Entity<crate::model::Role>,
    people: &[crate::schedule::tracks::PersonHours],
    granted: f64,
    out: &mut Vec<Finding>,
) {
    let mut worst: Option<(&str, &crate::schedule::MonthHours, usize)> = None;
    let mut people_over = 0;
    for p in people {
        let over: Vec<_> = p
            .months
            .iter()
            .filter(|m| m.hours > granted + 1e-9)
            .collect();
        let Some(top) = over
            .iter()
            .copied()
            .reduce(|best, m| if m.hours > best.hours + 1e-9 { m } else { best })
        else {
            continue;
        };
        people_over += 1;
        if worst.is_none_or(|(_, w, _)| top.hours > w.hours + 1e-9) {
            worst = Some((p.person.as_str(), top, over.len()));
        }
    }
    let Some((person, month, months_over)) = worst else {
        return;
    };
    let span = entity
        .hours
        .as_ref()
        .map(|h| h.span)
        .unwrap_or(entity.id.span);
    let finding = RuleMsg::RoleOverloadedPerson {
        role: id.to_string(),
        person: person.to_string(),
        month: month.label(),
        planned: hundredths(month.hours),
        granted: hundredths(granted),
        written: entity
            .hours
            .as_ref()
            .map(|h| crate::compiled::written_hours(ctx.sources, h))
            .unwrap_or_default(),
        months_over,
        people_over,
    };
    out.push(Finding::of(finding, span).on(SectionKind::Roles, id));
}

/// Hours in hundredths, rounded (the words print at most two decimals).
fn hundredths(hours: f64) -> u64 {
    let h = (hours * 100.0).round();
    if h.is_finite() && h > 0.0 {
        h as u64
    } else {
        0
    }
}
