use super::WORDS as W;
use crate::messages::{Closed, Missing, Place, RuleMsg, Text, range, ticks};

pub(crate) fn text(m: &RuleMsg) -> Text {
    match m {
        RuleMsg::UnknownReference { target, id, suggestion, elsewhere, known, total } => {
            unknown_reference(target, id, suggestion.as_deref(), elsewhere.as_deref(), known, *total)
        }
        RuleMsg::UnusedRole { role } => unused_role(role),
        RuleMsg::GoalWithoutActivity { goal } => goal_without_activity(goal),
        RuleMsg::GoalChainWithoutActivity { goal, via, starts } => {
            let via = via.iter().map(|g| format!("`{g}`")).collect::<Vec<_>>().join(", ");
            let starts = starts.join(", ");
            Text::new(format!("no activity contributes to the goal `{goal}`, not even through the goals that feed it ({via})"))
                .label("only goals no activity feeds lead here")
                .help(format!("the chain starts at a goal no activity moves: add `contributes_to: [{starts}]` to the activities meant to move it — or plan a new one"))
        }
        RuleMsg::GoalCycle { chain, total, feeds } => {
            let mut c = chain.join(" → ");
            if *total > chain.len() {
                c = format!("{c} → … ({total} in all)");
            }
            if let Some(f) = chain.first() {
                c.push_str(" → ");
                c.push_str(f);
            }
            let mut t = Text::new(format!("the goals contribute to each other in a cycle: {c}"))
                .help("remove one of the goals' `contributes_to` references so the theory of change runs from process goals to result goals");
            t.labels = feeds.iter().map(|(from, to)| format!("`{from}` contributes to `{to}`")).collect();
            t
        }
        RuleMsg::StakeholderNeverInformed { stakeholder } => stakeholder_never_informed(stakeholder),
        RuleMsg::PhaseWithoutActivities { phase } => phase_without_activities(phase),
        RuleMsg::LogUnknownReference { target, id, suggestion } => {
            let noun = match target.as_str() {
                "activities" => "activity",
                "goals" => "goal",
                "phases" => "phase",
                "checklists" => "checklist",
                "roles" => "role",
                _ => "stakeholder",
            };
            let t = Text::new(format!("the journal names the {noun} `{id}`, which the plan does not have"))
                .label(format!("no {noun} `{id}`"));
            match suggestion {
                Some(s) => t.help(format!("did you mean `{s}`?")),
                None => t.help(format!("use the id of a {noun} of the plan (the key under `{target}:`)")),
            }
        }
        RuleMsg::LogUnknownItem { checklist, item, items } => Text::new(format!("the checklist `{checklist}` has no item `{item}`"))
            .label("no such item")
            .help(format!("give the item's number (1 to {items}) or its text as the checklist writes it")),
        RuleMsg::LogEntryInFuture { date, as_of } => Text::new(format!("the journal entry is dated {date}, after the as-of date {as_of}"))
            .label("in the future")
            .help("record what has happened, not what is planned; or check with `--as-of` a later date"),
        RuleMsg::CancelledWithoutReason { activity, date } => Text::new(format!("the cancellation of `{activity}` on {date} gives no reason"))
            .label("no `reason`")
            .help("add `reason:`, e.g. `reason: Summer holidays`: the status meeting looks for patterns"),
        RuleMsg::MeasurementWithoutSource { goal, date } => Text::new(format!("the measurement of `{goal}` on {date} names no source"))
            .label("no `source`")
            .help("add `source:`, e.g. `source: Case audit, first quarter`, so the figure can be checked and measured again the same way"),
        RuleMsg::UnknownOccurrence { activity, date, planned, nearest } => {
            let t = match planned {
                Some(p) => Text::new(format!("`{activity}` has no occurrence planned on {p}")),
                None => Text::new(format!("`{activity}` has no occurrence planned near {date}")),
            }
            .label("no planned occurrence");
            match nearest {
                Some(n) => t.help(format!("the nearest planned occurrence is on {n}: give it as `planned: {n}` if this entry is that one")),
                None => t.help("the activity has no planned occurrences: check its phase and dates"),
            }
        }
        RuleMsg::OccurrenceNotRecorded { activity, count, first, last, grace_days } => {
            let msg = if *count == 1 {
                format!("the occurrence of `{activity}` on {first} is not recorded")
            } else {
                format!("{count} occurrences of `{activity}` from {first} to {last} are not recorded")
            };
            Text::new(msg)
                .label("neither held nor cancelled in the journal")
                .help(format!("record each one in the journal as `held` or `cancelled` (at most {grace_days} days after it)"))
        }
        RuleMsg::PhaseOverrun { phase, end, days } => Text::new(format!("the phase `{phase}` was planned to end by {end}, {} ago, and is not recorded as completed", W.amount((*days, *days), crate::messages::rules::Unit::Day)))
            .label("not completed")
            .help(format!("record `phase_completed: {phase}` when it is done, or adapt the plan")),
        RuleMsg::MeasurementOverdue { goal, last, measured, every, every_max, unit, due, days } => {
            let every = W.amount((i64::from(*every), i64::from(*every_max)), *unit);
            let message = if *measured {
                format!("the goal `{goal}` was last measured on {last} and is to be measured every {every}: it was due by {due}, {} ago", W.amount((*days, *days), crate::messages::rules::Unit::Day))
            } else {
                format!("the goal `{goal}` has not been measured since {last} and is to be measured every {every}: it was due by {due}, {} ago", W.amount((*days, *days), crate::messages::rules::Unit::Day))
            };
            Text::new(message)
                .label(format!("measurement overdue since {due}"))
                .label(if *measured { "last measurement" } else { "baseline" })
                .help(format!("record the measurement in the journal, `{{ date: …, measured: {goal}, value: …, source: … }}`, or say how often it is measured with `measure_every`"))
        }
        RuleMsg::MeasurementBeforeStatusMeeting { goal, meeting, date, since, upcoming } => {
            let message = if *upcoming {
                format!("the goal `{goal}` has not been measured since {since}, and the status meeting `{meeting}` is on {date}")
            } else {
                format!("the goal `{goal}` was not measured before the status meeting `{meeting}` on {date} (nothing since {since})")
            };
            Text::new(message)
                .label(format!("not measured since {since}"))
                .label("status meeting")
                .help("measure it before the meeting, so the status meeting looks at fresh figures (a reality check), and record it as `measured`")
        }
        RuleMsg::GoalOffTrack { goal, date, latest, expected, baseline, target, target_by, unit, lower_is_better, behind_percent, tolerance_percent } => {
            let u = unit.as_deref();
            let (latest, expected, baseline, target) = (W.value(*latest, u), W.value(*expected, u), W.value(*baseline, u), W.value(*target, u));
            let lower = if *lower_is_better { " (lower is better)" } else { "" };
            Text::new(format!("the goal `{goal}` measured {latest} on {date}, behind the line from {baseline} to {target} by {target_by}{lower}: the line expects {expected} on that day ({behind_percent} % of the distance behind; the tolerance is {tolerance_percent} %)"))
                .label("latest measurement")
                .label(format!("target {target} by {target_by}"))
                .help("adjust the work and record it (`adapted:` with a `reason`), or adapt the target and say why")
        }
        RuleMsg::GoalTargetMoved { goal, baseline, before, after, first_measured } => {
            let what = if *baseline { "baseline value" } else { "target value" };
            let value = |v: &Option<String>| v.clone().unwrap_or_else(|| "not set".into());
            let when = W.day_month_year(first_measured, "");
            Text::new(format!("goal `{goal}`: {what} {} → {} after the first measurement on {when}", value(before), value(after)))
                .label(format!("{what} changed since the approved plan"))
                .label("the first measurement")
                .help("a value moved after the goal was measured hides whether the goal is reached: keep the approved value and record what changed (`adapted:` with a `reason`) – or have the new value approved and tag the plan as the new baseline")
        }
        RuleMsg::MomentumLostOccurrences { activity, count, cancelled, first, last } => {
            let unrecorded = count.saturating_sub(*cancelled);
            let message = if *count == 1 {
                format!("the last occurrence of `{activity}`, on {first}, was not held ({cancelled} cancelled, {unrecorded} not recorded)")
            } else {
                format!("the last {count} occurrences of `{activity}`, from {first} to {last}, were not held ({cancelled} cancelled, {unrecorded} not recorded)")
            };
            Text::new(message)
                .label(format!("not held {count} times in a row"))
                .help("hold the next one, or adapt the plan on purpose and record why (`adapted:` with a `reason`)")
        }
        RuleMsg::MomentumLostStretch { phase, days, since, held, limit_weeks } => {
            let message = if *held {
                format!("nothing has been held in the phase `{phase}` for {days} days, since {since} (the limit is {limit_weeks} weeks)")
            } else {
                format!("nothing has been held in the phase `{phase}` since it started on {since}: {days} days (the limit is {limit_weeks} weeks)")
            };
            Text::new(message)
                .label(format!("{days} days with nothing held"))
                .help("record what was held (`held:`), or hold the next activity; if the phase is done, record `phase_completed`")
        }
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
        RuleMsg::DependencyCycle { activities, chain, total, waits } => {
            let what = if *activities { "activities" } else { "phases" };
            let mut c = chain.join(" → ");
            if *total > chain.len() {
                c = format!("{c} → … ({total} in all)");
            }
            if let Some(f) = chain.first() {
                c.push_str(" → ");
                c.push_str(f);
            }
            let mut t = Text::new(format!("the {what} wait for each other in a cycle: {c}"))
                .help("remove one of the `after` or `before` references so the chain has a beginning");
            t.labels = waits.iter().map(|(to, from)| format!("`{to}` waits for `{from}`")).collect();
            t
        }
        RuleMsg::MomentumGap { phase, days, from, last, limit_weeks, outside_closed, stretches } => {
            let mut message = if *outside_closed {
                format!("nothing is planned in the phase `{phase}` for {days} days outside closed periods, from {from} to {last} (the limit is {limit_weeks} weeks)")
            } else {
                format!("nothing is planned in the phase `{phase}` for {days} days, from {from} to {last} (the limit is {limit_weeks} weeks)")
            };
            if *stretches > 1 {
                message.push_str(&format!("; the phase has {stretches} such stretches"));
            }
            Text::new(message)
                .label(format!("{days} days with nothing planned"))
                .help("plan a recurring activity across the phase (e.g. a learning meeting `every: 2 months`), so the work keeps going after the first enthusiasm")
        }
        RuleMsg::RoleOverloadedPerson { role, person, month: ym, planned, granted, written, months_over, people_over } => {
            let (planned, granted) = (W.hundredths(*planned), W.hundredths(*granted));
            let mut message = format!(
                "{person} is planned for {planned} hours in {} in the role `{role}` (their own team's meetings), but each holder is granted {granted} hours a month ({written})",
                W.month_year(ym)
            );
            if *months_over > 1 {
                message.push_str(&format!("; {months_over} months are over"));
            }
            if *people_over > 1 {
                message.push_str(&format!("; {people_over} holders of the role are over"));
            }
            Text::new(message)
                .label(format!("{granted} hours a month per holder"))
                .help("grant the role more hours, or move, shorten or share that team's activities of that month")
        }
        RuleMsg::TrackWithoutOwner { track } => Text::new(format!("the track `{track}` has no owner"))
            .label("no owner")
            .help("name the role that holds the track's threads, e.g. `owner: tovholder-natteliv` (the platform's tovholder)"),
        RuleMsg::TrackGoals { track, goals, min, max } => {
            if *goals > *max as usize {
                Text::new(format!("the track `{track}` has {goals} goals, more than {max}"))
                    .label(format!("{goals} goals"))
                    .help(format!("keep the track to {min}-{max} goals: merge or drop some, so that the platform can follow up on every one"))
            } else if *goals == 0 {
                Text::new(format!("the track `{track}` has no goals of its own (at least {min})"))
                    .label("no goals")
                    .help(format!("give the track {min}-{max} goals with `track: {track}`, or declare goal templates with `per: track`"))
            } else {
                let n = if *goals == 1 { "one goal".to_string() } else { format!("{goals} goals") };
                Text::new(format!("the track `{track}` has {n}, fewer than {min}"))
                    .label(n)
                    .help(format!("give the track {min}-{max} goals with `track: {track}`, or declare goal templates with `per: track`"))
            }
        }
        RuleMsg::MomentumGapTrack { track, days, from, last, limit_weeks, outside_closed, stretches } => {
            let mut message = if *outside_closed {
                format!("nothing is planned in the active track `{track}` for {days} days outside closed periods, from {from} to {last} (the limit is {limit_weeks} weeks)")
            } else {
                format!("nothing is planned in the active track `{track}` for {days} days, from {from} to {last} (the limit is {limit_weeks} weeks)")
            };
            if *stretches > 1 {
                message.push_str(&format!("; the track has {stretches} such stretches"));
            }
            Text::new(message)
                .label(format!("{days} days with nothing planned"))
                .help(format!("plan a recurring meeting in the track (`track: {track}`, e.g. `every: 2 months`), or give it a dated `state: standby` while it waits"))
        }
        RuleMsg::WaitsForMissing { activity, waits_for, track, from, merged } => {
            let why = if *merged { format!("merged into another track from {from}") } else { format!("closed from {from}") };
            Text::new(format!("the activity `{activity}` waits for `{waits_for}` of the track `{track}`, which is {why}, so `{waits_for}` is never held"))
                .label("waits for an activity that is never held")
                .label(why)
                .help(format!("let `{activity}` wait for another activity, or take `{waits_for}` out of its `after`/`before`"))
        }
        RuleMsg::RoleOverloaded { role, month: ym, planned, granted, written, months_over } => {
            let (planned, granted) = (W.hundredths(*planned), W.hundredths(*granted));
            let mut message = format!(
                "the role `{role}` is planned for {planned} hours in {}, but is granted {granted} hours a month ({written})",
                W.month_year(ym)
            );
            if *months_over > 1 {
                message.push_str(&format!("; {months_over} months are over"));
            }
            Text::new(message)
                .label(format!("{granted} hours a month"))
                .help("grant the role more hours, or move, shorten or share the activities of that month")
        }
        RuleMsg::ActivityOutsidePhase { activity, date, phases, place, bound, windows } => {
            let names = ticks(phases);
            let (message, label) = match place {
                Place::Before => (
                    format!("the activity `{activity}` falls on {date}, before its phase {names} starts ({bound})"),
                    format!("{date}: before the phase"),
                ),
                Place::After => (
                    format!("the activity `{activity}` falls on {date}, after its phase {names} has ended (last day {bound})"),
                    format!("{date}: after the phase"),
                ),
                Place::Between => (
                    format!("the activity `{activity}` falls on {date}, between its phases {names}"),
                    format!("{date}: outside the phases"),
                ),
            };
            let mut t = Text::new(message)
                .label(label)
                .help("move the activity into the phase (a shorter offset or another date), or list the phase it falls in");
            t.labels.extend(windows.iter().map(|(s, e)| format!("the phase runs {s} to {e}")));
            t
        }
        RuleMsg::HolidayCollision { activity, date, weekday, closed } => {
            let day = W.weekday(*weekday);
            let (what, label) = match closed {
                Closed::Weekend => ("a weekend day".to_string(), "weekend".to_string()),
                Closed::Holiday { public: true, names } => {
                    (format!("a public holiday ({})", names.en), names.en.clone())
                }
                Closed::Holiday { public: false, names } => {
                    (format!("a day the offices are closed ({})", names.en), names.en.clone())
                }
                Closed::Period { from, to } => {
                    let period = if from == to { from.clone() } else { format!("{from}..{to}") };
                    (format!("inside the closed period {period}"), "closed".to_string())
                }
            };
            let t = Text::new(format!("the activity `{activity}` is fixed on {day} {date}, {what}"))
                .label(label)
                .help("move the date to a working day; if the day is right on purpose, say so with `allow: [holiday-collision]`");
            match closed {
                Closed::Period { .. } => t.label("the closed period"),
                _ => t,
            }
        }
        RuleMsg::UnknownRule { name, suggestion } => {
            let help = match suggestion {
                Some(s) => format!("did you mean `{s}`? `tovholder rules` lists every rule"),
                None => "`tovholder rules` lists every rule".to_string(),
            };
            Text::new(format!("`{name}` is not a rule")).label("unknown rule").help(help)
        }
        RuleMsg::AllowSilencesNothing { name } => {
            Text::new(format!("`allow: [{name}]` silences nothing here"))
                .label("nothing to silence")
                .help("remove the entry: the gap it excused is gone")
        }
        RuleMsg::TooManyOccurrences { activity, limit } => Text::new(format!(
            "the activity `{activity}` repeats more than {limit} times; the calendar stops at the limit"
        ))
        .label("repeats too often")
        .help("use a longer interval, give the phase an end, or shorten the calendar with `horizon` or `--until`"),
        RuleMsg::PlanTooManyOccurrences { activity, limit } => Text::new(format!(
            "the plan has more than {limit} occurrences in all; the limit was reached at the activity `{activity}`"
        ))
        .label("limit reached here")
        .help("use longer intervals, or shorten the calendar with `horizon` or `--until`"),
        RuleMsg::HorizonMismatch { unit, declared, taken, skipped, optional, optional_names, ongoing, too_long, open } => {
            let what = match ongoing {
                Some(o) => format!("the phases before the ongoing phase {o}"),
                None => "phases".to_string(),
            };
            let mut message = match skipped {
                Some(skipped) => {
                    let names = optional_names.join(", ");
                    let with = if optional_names.len() == 1 {
                        format!("with the optional phase {names}")
                    } else {
                        format!("with the optional phases {names}")
                    };
                    format!("{what} take {} ({} {with})", W.amount(*skipped, *unit), range(*taken))
                }
                None => format!("{what} take {}", W.amount(*taken, *unit)),
            };
            message.push_str(&format!(", the plan says {}", W.amount(*declared, *unit)));
            let help = if *too_long && *open {
                format!(
                    "set `horizon` to at least {} (plus time for sustainment), or shorten the phases",
                    W.amount((taken.0, taken.0), *unit)
                )
            } else {
                format!(
                    "set `horizon: {}`, or change the phase durations so they fit",
                    W.horizon_value(*taken, *unit)
                )
            };
            let mut t = Text::new(message)
                .label(format!("the plan says {}", W.amount(*declared, *unit)))
                .help(help);
            t.labels.extend(optional.iter().map(|_| "optional: counted as taken".to_string()));
            t
        }
        RuleMsg::HorizonMismatchFromModel { model, unit, declared, taken, too_long, open } => {
            let help = if *too_long && *open {
                format!(
                    "override the model's horizon in the plan with a `horizon` of at least {} (plus time for sustainment), or shorten the phases",
                    W.amount((taken.0, taken.0), *unit)
                )
            } else {
                format!(
                    "override the model's horizon in the plan: `horizon: {}`, or change the phase durations so they fit",
                    W.horizon_value(*taken, *unit)
                )
            };
            Text::new(format!(
                "phases take {}, but the horizon the plan takes from its model `{model}` says {}",
                W.amount(*taken, *unit),
                W.amount(*declared, *unit)
            ))
            .label("the horizon comes from this model")
            .label(format!("the model says {}", W.amount(*declared, *unit)))
            .help(help)
        }
        RuleMsg::GoalBaselineAfterTarget { goal, baseline, by } => Text::new(format!(
            "the baseline of goal `{goal}` is measured on {baseline}, after the target is to be reached ({by})"
        ))
        .label("baseline measured here")
        .label("target date")
        .help("measure the baseline before the work starts, and set the target's `by` after it"),
        RuleMsg::GoalTargetBeforeStart { goal, by, start } => Text::new(format!(
            "goal `{goal}` is to be reached by {by}, before the plan starts ({start})"
        ))
        .label("before the start")
        .label("the plan starts here")
        .help("set the target's `by` to a date after the plan's start"),
        RuleMsg::GoalDueAfterTerm { goal, long, by, limit, years, horizon } => {
            let term = if *long { "long-term" } else { "short-term" };
            if *horizon {
                Text::new(format!(
                    "goal `{goal}` is {term} but due {by}, after the plan's horizon ends ({limit})"
                ))
                .label("after the horizon")
                .label(format!("the horizon ends {limit}"))
                .help("set the target's `by` within the horizon, or make the goal `term: long`")
            } else {
                let other = if *long {
                    "move the target's `by` closer, or split the goal into steps"
                } else {
                    "move the target's `by` closer, or make the goal `term: long`"
                };
                Text::new(format!(
                    "goal `{goal}` is {term} but due {by}, more than {years} years after the plan's start ({limit})"
                ))
                .label(format!("more than {years} years after the start"))
                .label(format!("{term}: at most {years} years"))
                .help(format!("{other} (the limit is the option `goal-dates-inconsistent.{}_term_years`)", if *long { "long" } else { "short" }))
            }
        }
    }
}

/// One entity of a section, by the section's key.
fn section_noun(key: &str) -> &'static str {
    match key {
        "roles" => "role",
        "phases" => "phase",
        "activities" => "activity",
        "goals" => "goal",
        "checklists" => "checklist",
        "stakeholders" => "stakeholder",
        "tracks" => "track",
        _ => "entity",
    }
}

fn unknown_reference(
    target: &str,
    id: &str,
    suggestion: Option<&str>,
    elsewhere: Option<&str>,
    known: &[String],
    total: usize,
) -> Text {
    let noun = section_noun(target);
    let help = match (suggestion, elsewhere) {
        (Some(s), _) => format!("did you mean `{s}`?"),
        (None, Some(other)) => format!("`{id}` is a {}, not a {noun}", section_noun(other)),
        (None, None) if total == 0 => {
            format!("the plan has no {target}; add `{id}` under `{target}:`")
        }
        (None, None) => {
            let mut k = known.join(", ");
            if total > known.len() {
                k.push_str(&format!(", … ({total} in all)"));
            }
            format!("known ids: {k}")
        }
    };
    Text::new(format!("unknown {noun} `{id}`"))
        .label(format!("no {noun} with this id"))
        .help(help)
}

fn unused_role(role: &str) -> Text {
    Text::new(format!("the role `{role}` is not used anywhere in the plan"))
        .label("nothing refers to this role")
        .help("make it responsible for or a participant in an activity, or the owner of a phase, goal or checklist — or remove it")
}

fn goal_without_activity(goal: &str) -> Text {
    Text::new(format!("no activity contributes to the goal `{goal}`"))
        .label("no activity leads here")
        .help(format!(
            "add `contributes_to: [{goal}]` to the activities meant to move it — or plan a new one"
        ))
}

fn stakeholder_never_informed(stakeholder: &str) -> Text {
    Text::new(format!("the stakeholder `{stakeholder}` is never informed"))
        .label("no activity has it in its `audience`")
        .help(format!(
            "plan an activity with `audience: [{stakeholder}]` and a `channel`, e.g. a newsletter or a dialogue meeting"
        ))
}

fn phase_without_activities(phase: &str) -> Text {
    Text::new(format!("the phase `{phase}` has no activities"))
        .label("nothing planned in this phase")
        .help(format!(
            "plan at least one activity in it: `phase: {phase}` (or add it to an activity's `phases:`)"
        ))
}
