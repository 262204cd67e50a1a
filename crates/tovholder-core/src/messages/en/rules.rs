use crate::messages::{Missing, RuleMsg, Text, ticks};

pub(crate) fn text(m: &RuleMsg) -> Text {
    match m {
        RuleMsg::RoleWithoutOwner { role } => Text::new(format!("the role `{role}` has no owner"))
            .label("no owner")
            .help("name who holds the role: `owner: [Anna Jensen]`"),
        RuleMsg::ActivityWithoutResponsible { activity, empty } => {
            Text::new(format!("the activity `{activity}` has no responsible role"))
                .label(if *empty { "empty" } else { "no responsible role" })
                .help("name the role that calls and runs it, e.g. `responsible: superbruger`")
        }
        RuleMsg::GoalWithoutOwner { goal, empty } => Text::new(format!("the goal `{goal}` has no owner"))
            .label(if *empty { "empty" } else { "no owner" })
            .help("name the role that follows up on the goal, e.g. `owner: leder`"),
        RuleMsg::GoalWithoutIndicator { goal, empty } => {
            Text::new(format!("the goal `{goal}` has no indicator"))
                .label(if *empty { "empty" } else { "no indicator" })
                .help("say how progress is measured, e.g. `indicator: Andel sager med dokumenteret borgerinddragelse`")
        }
        RuleMsg::GoalWithoutBaseline { goal, missing } => {
            let (message, label) = match missing {
                Missing::Source => (
                    format!("the goal `{goal}` does not say where its baseline comes from"),
                    "no baseline source",
                ),
                Missing::Whole => (format!("the goal `{goal}` has no baseline"), "no baseline"),
                Missing::ValueAndDate => (
                    format!("the baseline of the goal `{goal}` has no value and no date"),
                    "the baseline has no `value` and no `date`",
                ),
                Missing::Value => (
                    format!("the baseline of the goal `{goal}` has no value"),
                    "the baseline has no `value`",
                ),
                Missing::Date => (
                    format!("the baseline of the goal `{goal}` has no date"),
                    "the baseline has no `date`",
                ),
            };
            let help = match missing {
                Missing::Source => "a model names the source of the baseline; each plan fills in value and date, e.g. `baseline: { source: Sagsaudit }`",
                _ => "measure where you start before the work starts, e.g. `baseline: { value: 40 %, date: 2026-11-01, source: Sagsaudit }`",
            };
            Text::new(message).label(label).help(help)
        }
        RuleMsg::GoalWithoutTarget { goal, missing, model } => {
            let (message, label) = match missing {
                Missing::Whole | Missing::Source => (format!("the goal `{goal}` has no target"), "no target"),
                Missing::ValueAndDate => (
                    format!("the target of the goal `{goal}` has no value and no date"),
                    "the target has no `value` and no `by`",
                ),
                Missing::Value => (
                    format!("the target of the goal `{goal}` has no value"),
                    "the target has no `value`",
                ),
                Missing::Date => (
                    format!("the target of the goal `{goal}` has no date (`by`)"),
                    "the target has no `by`",
                ),
            };
            let help = if *model {
                "say what level the method aims at; each plan adds the date, e.g. `target: { value: 80 % }`"
            } else {
                "say what to reach and by when, e.g. `target: { value: 80 %, by: 2028-06-30 }`"
            };
            Text::new(message).label(label).help(help)
        }
        RuleMsg::PhaseWithoutExitCriteria { phase } => {
            Text::new(format!("the phase `{phase}` has no exit criteria"))
                .label("no exit criteria")
                .help("write what must be true for the phase to be done, e.g. `exit_criteria: [Projektorganisationen er etableret]`")
        }
        RuleMsg::PlanWithoutStart => Text::new("the plan has no start date")
            .label("no `start` in this plan")
            .help("add `start: 2027-01-04`, the first day of the plan; every date is counted from it"),
        RuleMsg::NoSustainmentPhase { last } => {
            let list = ticks(last);
            let message = if last.len() == 1 {
                format!("the plan has no sustainment: its last phase {list} is not ongoing and has no recurring activity")
            } else {
                format!("the plan has no sustainment: its last phases {list} are not ongoing and have no recurring activity")
            };
            let first = last.first().map(String::as_str).unwrap_or_default();
            let mut t = Text::new(message).help(format!(
                "add a sustainment phase after `{first}` with `duration: ongoing`, or a recurring activity (`every: 2 months`) in the last phase"
            ));
            t.labels = vec!["the plan ends here".to_string(); last.len().max(1)];
            t
        }
    }
}
