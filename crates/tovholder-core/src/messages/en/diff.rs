use crate::duration::TimeUnit;
use crate::messages::diff::DiffMsg;
use crate::messages::words;

fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

pub(crate) fn text(m: &DiffMsg) -> String {
    let w = words(crate::Lang::En);
    match m {
        DiffMsg::Title { old, new } => format!("Changes from {old} to {new}"),
        DiffMsg::NoChanges => "No changes in plan terms.".into(),
        DiffMsg::Summary {
            entities,
            phases,
            opened,
            resolved,
        } => format!(
            "{} changed, {} moved, {}, {} resolved",
            count(*entities, "entity", "entities"),
            count(*phases, "phase", "phases"),
            count(*opened, "new finding", "new findings"),
            resolved
        ),
        DiffMsg::PlanHeading => "The plan".into(),
        DiffMsg::EntitiesHeading => "What changed".into(),
        DiffMsg::ScheduleHeading => "Consequences for the schedule".into(),
        DiffMsg::FindingsHeading => "Findings".into(),
        DiffMsg::Details => "Details".into(),
        DiffMsg::Added { noun, name } => format!("{} {name}: added", upper(noun)),
        DiffMsg::Removed { noun, name } => format!("{} {name}: removed", upper(noun)),
        DiffMsg::Renamed { noun, name, from } => {
            format!("{} {name}: id changed from `{from}`", upper(noun))
        }
        DiffMsg::Changed { noun, name } => format!("{} {name}:", upper(noun)),
        DiffMsg::Field {
            field,
            before,
            after,
        } => format!("{field} {before} → {after}"),
        DiffMsg::FromModel => "(from the model)".into(),
        DiffMsg::Key { key } => key_name(key).unwrap_or(key).to_string(),
        DiffMsg::NotSet => "(none)".into(),
        DiffMsg::Yes => "yes".into(),
        DiffMsg::No => "no".into(),
        DiffMsg::Ongoing => "ongoing".into(),
        DiffMsg::Hours { hours, per_week } => {
            let per = if *per_week { "a week" } else { "a month" };
            let word = if hours == "1" { "hour" } else { "hours" };
            format!("{hours} {word} {per}")
        }
        DiffMsg::Length { hours } => {
            let word = if hours == "1" { "hour" } else { "hours" };
            format!("{hours} {word}")
        }
        DiffMsg::Amount { min, max, unit } => amount(w, *min, *max, *unit, ["year", "years"]),
        DiffMsg::PhaseMoved { name, start, end } => {
            let parts: Vec<&str> = [start, end]
                .into_iter()
                .flatten()
                .map(String::as_str)
                .collect();
            format!("Phase {name}: {}", parts.join(", "))
        }
        DiffMsg::Starts {
            before,
            after,
            shift,
        } => format!("starts {after} instead of {before} ({shift})"),
        DiffMsg::Ends {
            before,
            after,
            shift,
        } => format!("ends {after} instead of {before} ({shift})"),
        DiffMsg::Shift { days } => shift(
            *days,
            "later",
            "earlier",
            "unchanged",
            ["day", "days"],
            ["week", "weeks"],
        ),
        DiffMsg::Bounds { earliest, latest } => format!("earliest {earliest}, latest {latest}"),
        DiffMsg::Occurrences { name, months } => {
            format!("Activity {name}, occurrences: {}", months.join(", "))
        }
        DiffMsg::Month {
            month,
            before,
            after,
        } => format!("{} {before} → {after}", w.month_year(month)),
        DiffMsg::PlannedHours {
            name,
            months,
            granted,
            over,
        } => {
            let granted = match granted {
                Some(g) => format!("granted {g} hours a month"),
                None => "no hours granted".into(),
            };
            let over = if *over {
                "; more than granted in some months"
            } else {
                ""
            };
            format!(
                "Role {name} ({granted}{over}), planned hours: {}",
                months.join(", ")
            )
        }
        DiffMsg::Opened => "New".into(),
        DiffMsg::Resolved => "Resolved".into(),
        DiffMsg::What => "What".into(),
        DiffMsg::Count => "Number".into(),
        DiffMsg::ModelTitle { old, new, plans } => format!(
            "Model {old} → {new}: {}",
            count(*plans, "plan uses it", "plans use it")
        ),
        DiffMsg::NoPlanUsesModel { model } => format!("No plan in the folder uses {model}."),
        DiffMsg::Columns => "Plan|Phases moved|Activities added|Activities removed|New findings|Resolved|Broken overrides".into(),
        DiffMsg::PlanOf { path, title } => format!("{path}: {title}"),
        DiffMsg::BrokenHeading => "Overrides and removals that no longer apply".into(),
        DiffMsg::OverrideGone { noun, id } => format!(
            "the plan overrides the {noun} `{id}`, which the new model no longer has: it now stands alone with only the plan's fields"
        ),
        DiffMsg::RemovalGone { noun, id } => format!(
            "the plan removes the {noun} `{id}`, which the new model no longer has"
        ),
        DiffMsg::FieldMasked { noun, id, field, before, after, plan } => format!(
            "the plan sets {field} of the {noun} `{id}` to {plan}, so the model's change from {before} to {after} does not reach it"
        ),
        DiffMsg::NotAPlanOrRevision { arg } => {
            format!("`{arg}` is neither a plan file nor a git revision REV:PATH")
        }
        DiffMsg::GitFailed { what, reason } => format!("git could not give {what}: {reason}"),
        DiffMsg::NotInRevision { path, rev } => format!("`{path}` is not a file in {rev}"),
        DiffMsg::OutsideRepository { path } => {
            format!("`{path}` leads outside the repository")
        }
        DiffMsg::NotParsed { path } => {
            format!("{path} could not be read as a plan, so there is nothing to compare")
        }
    }
}

fn upper(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

pub(crate) fn amount(
    w: &crate::messages::Words,
    min: u32,
    max: u32,
    unit: TimeUnit,
    year: [&str; 2],
) -> String {
    use crate::messages::Unit;
    let r = (i64::from(min), i64::from(max));
    match unit {
        TimeUnit::Day => w.amount(r, Unit::Day),
        TimeUnit::Week => w.amount(r, Unit::Week),
        TimeUnit::Month => w.amount(r, Unit::Month),
        TimeUnit::Year => {
            let word = if r == (1, 1) { year[0] } else { year[1] };
            format!("{} {word}", crate::messages::range(r))
        }
    }
}

/// `5 weeks later`, `3 days earlier`, `unchanged`.
pub(crate) fn shift(
    days: i64,
    later: &str,
    earlier: &str,
    same: &str,
    day: [&str; 2],
    week: [&str; 2],
) -> String {
    if days == 0 {
        return same.to_string();
    }
    let dir = if days > 0 { later } else { earlier };
    let n = days.unsigned_abs();
    let (n, [one, many]) = if n.is_multiple_of(7) {
        (n / 7, week)
    } else {
        (n, day)
    };
    format!("{n} {} {dir}", if n == 1 { one } else { many })
}

fn key_name(key: &str) -> Option<&'static str> {
    Some(match key {
        "name" => "name",
        "purpose" => "purpose",
        "owner" => "owner",
        "hours" => "granted time",
        "mandate" => "mandate",
        "reports_to" => "reports to",
        "responsibilities" => "responsibilities",
        "allow" => "allowed rules",
        "after" => "after",
        "duration" => "duration",
        "optional" => "optional",
        "characteristics" => "characteristics",
        "exit_criteria" => "exit criteria",
        "phase" => "phase",
        "phases" => "phases",
        "at" => "time in the phase",
        "every" => "interval",
        "date" => "date",
        "length" => "length",
        "time" => "time of day",
        "responsible" => "responsible",
        "participants" => "participants",
        "audience" => "audience",
        "channel" => "channel",
        "agenda" => "agenda",
        "outputs" => "outputs",
        "contributes_to" => "contributes to",
        "status_meeting" => "status meeting",
        "before" => "before",
        "location" => "location",
        "when" => "condition",
        "statement" => "statement",
        "kind" => "kind",
        "term" => "term",
        "indicator" => "indicator",
        "baseline.value" => "baseline",
        "baseline.date" => "baseline date",
        "baseline.source" => "baseline source",
        "target.value" => "target",
        "target.by" => "target date",
        "measure_every" => "measured every",
        "items" => "items",
        "text" => "text",
        "done" => "done",
        "description" => "description",
        "title" => "title",
        "organisation" => "organisation",
        "language" => "language",
        "version" => "version",
        "uses.path" => "model",
        "uses.version" => "model version",
        "log" => "journal",
        "start" => "start",
        "horizon" => "horizon",
        "calendar.holidays" => "public holidays",
        "calendar.closed" => "closed days",
        "remove.roles" => "roles removed from the model",
        "remove.phases" => "phases removed from the model",
        "remove.activities" => "activities removed from the model",
        "remove.goals" => "goals removed from the model",
        "remove.checklists" => "checklists removed from the model",
        "remove.stakeholders" => "stakeholders removed from the model",
        _ => return None,
    })
}
