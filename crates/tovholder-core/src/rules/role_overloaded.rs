//! `role-overloaded`: a role planned for more hours in a month than it is granted.

use super::{Ctx, Finding, SectionKind};
use crate::diag::{Label, Lang};

declare_rule! {
    /// ## What it does
    /// For every role with granted `hours`, adds up the planned hours per calendar
    /// month — the nominal `length` of every occurrence where the role is `responsible`
    /// or a participant — and warns when a month exceeds the granted hours (per week
    /// counts as 52/12 weeks per month). The message names the busiest month over the
    /// limit and both figures.
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
    for role in &schedule.roles {
        let Some(granted) = role.granted_hours_per_month else {
            continue;
        };
        let over: Vec<_> = role
            .planned_hours
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
        let Some(entity) = ctx.plan.roles.get(role.id.as_str()) else {
            continue;
        };
        let lang = ctx.lang;
        let id = &role.id;
        let month = month_name(&worst.month, lang);
        let planned = number(worst.hours, lang);
        let granted_text = number(granted, lang);
        let written = role.hours.clone().unwrap_or_default();
        let mut message = match lang {
            Lang::Da => format!(
                "rollen `{id}` har {planned} planlagte timer i {month}, men har fået {granted_text} timer om måneden ({written})"
            ),
            _ => format!(
                "the role `{id}` is planned for {planned} hours in {month}, but is granted {granted_text} hours a month ({written})"
            ),
        };
        if over.len() > 1 {
            message.push_str(&match lang {
                Lang::Da => format!("; {} måneder er over", over.len()),
                _ => format!("; {} months are over", over.len()),
            });
        }
        let span = entity
            .hours
            .as_ref()
            .map(|h| h.span)
            .unwrap_or(entity.id.span);
        let label = match lang {
            Lang::Da => format!("{granted_text} timer om måneden"),
            _ => format!("{granted_text} hours a month"),
        };
        out.push(
            Finding::new(message, Label::new(span, label))
                .help(ctx.t(
                    "grant the role more hours, or move, shorten or share the activities of that month",
                    "bevilg rollen flere timer, eller flyt, forkort eller del aktiviteterne i den måned",
                ))
                .on(SectionKind::Roles, id),
        );
    }
}

/// `2027-03` → `March 2027` / `marts 2027`.
fn month_name(ym: &str, lang: Lang) -> String {
    const EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    const DA: [&str; 12] = [
        "januar",
        "februar",
        "marts",
        "april",
        "maj",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "december",
    ];
    let Some((year, month)) = ym.split_once('-') else {
        return ym.to_string();
    };
    let names = if lang == Lang::Da { &DA } else { &EN };
    match month
        .parse::<usize>()
        .ok()
        .and_then(|m| m.checked_sub(1))
        .and_then(|m| names.get(m))
    {
        Some(name) => format!("{name} {year}"),
        None => ym.to_string(),
    }
}

/// Hours with at most two decimals (a decimal comma in Danish).
fn number(v: f64, lang: Lang) -> String {
    let mut s = format!("{:.2}", v);
    while s.ends_with('0') {
        s.pop();
    }
    if s.ends_with('.') {
        s.pop();
    }
    if lang == Lang::Da {
        s.replace('.', ",")
    } else {
        s
    }
}
