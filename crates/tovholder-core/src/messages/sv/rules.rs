use crate::messages::{Missing, RuleMsg, Text, ticks};

pub(crate) fn text(m: &RuleMsg) -> Text {
    match m {
        RuleMsg::RoleWithoutOwner { role } => {
            Text::new(format!("rollen `{role}` har ingen innehavare"))
                .label("ingen innehavare")
                .help("ange vem som har rollen: `owner: [Anna Andersson]`")
        }
        RuleMsg::ActivityWithoutResponsible { activity, empty } => {
            Text::new(format!("aktiviteten `{activity}` har ingen ansvarig"))
                .label(if *empty { "tom" } else { "ingen ansvarig roll" })
                .help("ange vilken roll som kallar till och leder den, t.ex. `responsible: processledare`")
        }
        RuleMsg::GoalWithoutOwner { goal, empty } => Text::new(format!("målet `{goal}` har ingen ägare"))
            .label(if *empty { "tom" } else { "ingen ägare" })
            .help("ange vilken roll som följer upp målet, t.ex. `owner: enhetschef`"),
        RuleMsg::GoalWithoutIndicator { goal, empty } => {
            Text::new(format!("målet `{goal}` har ingen indikator"))
                .label(if *empty { "tom" } else { "ingen indikator" })
                .help("ange hur utvecklingen mäts, t.ex. `indicator: Andel ärenden där brukaren varit delaktig`")
        }
        RuleMsg::GoalWithoutBaseline { goal, missing } => {
            let (message, label) = match missing {
                Missing::Source => (
                    format!("målet `{goal}` anger inte varifrån utgångsvärdet (baseline) kommer"),
                    "ingen källa till utgångsvärdet",
                ),
                Missing::Whole => (format!("målet `{goal}` har inget utgångsvärde (`baseline`)"), "inget utgångsvärde"),
                Missing::ValueAndDate => (
                    format!("utgångsvärdet för målet `{goal}` har varken värde eller datum"),
                    "utgångsvärdet saknar både `value` och `date`",
                ),
                Missing::Value => (
                    format!("utgångsvärdet för målet `{goal}` har inget värde"),
                    "utgångsvärdet saknar `value`",
                ),
                Missing::Date => (
                    format!("utgångsvärdet för målet `{goal}` har inget datum"),
                    "utgångsvärdet saknar `date`",
                ),
            };
            let help = match missing {
                Missing::Source => "en modell anger källan till utgångsvärdet; varje plan fyller i värde och datum, t.ex. `baseline: { source: Ärendegranskning }`",
                _ => "mät var ni står innan arbetet börjar, t.ex. `baseline: { value: 40 %, date: 2026-11-01, source: Ärendegranskning }`",
            };
            Text::new(message).label(label).help(help)
        }
        RuleMsg::GoalWithoutTarget { goal, missing, model } => {
            let (message, label) = match missing {
                Missing::Whole | Missing::Source => (
                    format!("målet `{goal}` har inget målvärde (`target`)"),
                    "inget målvärde",
                ),
                Missing::ValueAndDate => (
                    format!("målvärdet för målet `{goal}` har varken värde eller datum"),
                    "målvärdet saknar både `value` och `by`",
                ),
                Missing::Value => (
                    format!("målvärdet för målet `{goal}` har inget värde"),
                    "målvärdet saknar `value`",
                ),
                Missing::Date => (
                    format!("målvärdet för målet `{goal}` har inget datum (`by`)"),
                    "målvärdet saknar `by`",
                ),
            };
            let help = if *model {
                "ange vilken nivå metoden siktar på; varje plan lägger till datumet, t.ex. `target: { value: 80 % }`"
            } else {
                "ange vad som ska uppnås och när, t.ex. `target: { value: 80 %, by: 2028-06-30 }`"
            };
            Text::new(message).label(label).help(help)
        }
        RuleMsg::PhaseWithoutExitCriteria { phase } => {
            Text::new(format!("fasen `{phase}` har inga mål för när den är klar (`exit_criteria`)"))
                .label("inga slutkriterier")
                .help("skriv vad som ska vara uppfyllt innan fasen är klar, t.ex. `exit_criteria: [Styrgruppen är tillsatt]`")
        }
        RuleMsg::PlanWithoutStart => Text::new("planen har inget startdatum")
            .label("ingen `start` i den här planen")
            .help("lägg till `start: 2027-01-04` – planens första dag; alla datum räknas från den"),
        RuleMsg::NoSustainmentPhase { last } => {
            let list = ticks(last);
            let message = if last.len() == 1 {
                format!("planen saknar förankring: den sista fasen {list} är inte löpande och har ingen återkommande aktivitet")
            } else {
                format!("planen saknar förankring: de sista faserna {list} är inte löpande och har ingen återkommande aktivitet")
            };
            let first = last.first().map(String::as_str).unwrap_or_default();
            let mut t = Text::new(message).help(format!(
                "lägg till en förankringsfas efter `{first}` med `duration: löpande`, eller en återkommande aktivitet (`every: 2 månader`) i den sista fasen"
            ));
            t.labels = vec!["planen slutar här".to_string(); last.len().max(1)];
            t
        }
    }
}
