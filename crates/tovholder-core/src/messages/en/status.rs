use crate::messages::status::{GoalVerdict, PhaseState, StatusMsg};

pub(crate) fn text(m: &StatusMsg) -> String {
    match m {
        StatusMsg::Title => "Status report".into(),
        StatusMsg::AsOf { date } => format!("As of {date}"),
        StatusMsg::NoJournal => "The plan has no journal yet, so nothing is recorded: every meeting that should have taken place counts as not recorded.".into(),
        StatusMsg::Phases => "Phases: planned and forecast".into(),
        StatusMsg::CurrentPhases => "Current phase".into(),
        StatusMsg::Activities => "Activities: held, cancelled and not recorded".into(),
        StatusMsg::Goals => "Goals".into(),
        StatusMsg::OpenItems => "Open checklist items".into(),
        StatusMsg::Overdue => "Overdue and off track".into(),
        StatusMsg::Upcoming { days } => format!("The next {days} days"),
        StatusMsg::Ripples => "Ripple effects".into(),
        StatusMsg::Adaptations => "Adaptations".into(),
        StatusMsg::Nothing => "None.".into(),
        StatusMsg::Phase => "Phase".into(),
        StatusMsg::Activity => "Activity".into(),
        StatusMsg::Goal => "Goal".into(),
        StatusMsg::Planned => "Planned".into(),
        StatusMsg::Forecast => "Forecast".into(),
        StatusMsg::Actual => "Actual".into(),
        StatusMsg::Held => "Held".into(),
        StatusMsg::Cancelled => "Cancelled".into(),
        StatusMsg::NotRecorded => "Not recorded".into(),
        StatusMsg::Due => "Due".into(),
        StatusMsg::Baseline => "Baseline".into(),
        StatusMsg::Latest => "Latest".into(),
        StatusMsg::Target => "Target".into(),
        StatusMsg::TargetLine => "Straight line to the target".into(),
        StatusMsg::Measurements => "Measurements".into(),
        StatusMsg::Verdict => "Status".into(),
        StatusMsg::Reason => "Reason".into(),
        StatusMsg::Date => "Date".into(),
        StatusMsg::Responsible => "Responsible".into(),
        StatusMsg::Source => "Source".into(),
        StatusMsg::Checklist => "Checklist".into(),
        StatusMsg::Item => "Item".into(),
        StatusMsg::Rule => "Rule".into(),
        StatusMsg::Area => "Area".into(),
        StatusMsg::What => "What".into(),
        StatusMsg::State(s) => match s {
            PhaseState::Upcoming => "not started",
            PhaseState::Current => "under way",
            PhaseState::Overrun => "past its planned end",
            PhaseState::Completed => "completed",
        }
        .into(),
        StatusMsg::GoalVerdict(v) => verdict(*v).into(),
        StatusMsg::VerdictWhy { verdict, rule } => {
            let why = match verdict {
                GoalVerdict::OnTrack => "the latest measurement is on or ahead of the straight line from the baseline to the target",
                GoalVerdict::Behind => "the latest measurement is behind the straight line from the baseline to the target by more than the tolerance",
                GoalVerdict::NotMeasured => "no measurement is recorded yet",
                GoalVerdict::NotComparable => "the values are not numbers that can be compared with the straight line",
            };
            match rule {
                Some(r) => format!("{why} (rule {r})"),
                None => why.to_string(),
            }
        }
        StatusMsg::Started { date } => format!("started {date}"),
        StatusMsg::Completed { date } => format!("completed {date}"),
        StatusMsg::Ongoing => "ongoing".into(),
        StatusMsg::OfDue { part, due, percent } => format!("{part} of {due} ({percent} %)"),
        StatusMsg::By { who } => format!("noticed by {who}"),
        StatusMsg::Once => "once".into(),
        StatusMsg::NoStatus { path, errors } => format!("{path} has {}: no status until they are fixed", if *errors == 1 { "1 error".to_string() } else { format!("{errors} errors") }),
        StatusMsg::Intro => "Where the plan stands, from what has been recorded in its journal: the phases as planned and as they now look, the meetings held, every goal against the straight line from its baseline to its target, and what comes next.".into(),
    }
}

fn verdict(v: GoalVerdict) -> &'static str {
    match v {
        GoalVerdict::OnTrack => "on track",
        GoalVerdict::Behind => "behind",
        GoalVerdict::NotMeasured => "not measured",
        GoalVerdict::NotComparable => "cannot be compared",
    }
}
