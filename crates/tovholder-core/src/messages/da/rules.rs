use crate::messages::{Missing, RuleMsg, Text, ticks};

pub(crate) fn text(m: &RuleMsg) -> Text {
    match m {
        RuleMsg::RoleWithoutOwner { role } => {
            Text::new(format!("rollen `{role}` har ingen indehaver"))
                .label("ingen indehaver")
                .help("angiv hvem der har rollen: `owner: [Anna Jensen]`")
        }
        RuleMsg::ActivityWithoutResponsible { activity, empty } => {
            Text::new(format!("aktiviteten `{activity}` har ingen ansvarlig"))
                .label(if *empty { "tom" } else { "ingen ansvarlig rolle" })
                .help("angiv den rolle, der indkalder og står for den, fx `responsible: superbruger`")
        }
        RuleMsg::GoalWithoutOwner { goal, empty } => Text::new(format!("målet `{goal}` har ingen ejer"))
            .label(if *empty { "tom" } else { "ingen ejer" })
            .help("angiv den rolle, der følger op på målet, fx `owner: leder`"),
        RuleMsg::GoalWithoutIndicator { goal, empty } => {
            Text::new(format!("målet `{goal}` har ingen indikator"))
                .label(if *empty { "tom" } else { "ingen indikator" })
                .help("angiv hvordan fremskridt måles, fx `indicator: Andel sager med dokumenteret borgerinddragelse`")
        }
        RuleMsg::GoalWithoutBaseline { goal, missing } => {
            let (message, label) = match missing {
                Missing::Source => (
                    format!("målet `{goal}` angiver ikke, hvor baselinen kommer fra"),
                    "ingen kilde til baseline",
                ),
                Missing::Whole => (format!("målet `{goal}` har ingen baseline"), "ingen baseline"),
                Missing::ValueAndDate => (
                    format!("baselinen for målet `{goal}` har hverken værdi eller dato"),
                    "baselinen har hverken `value` eller `date`",
                ),
                Missing::Value => (
                    format!("baselinen for målet `{goal}` har ingen værdi"),
                    "baselinen har ingen `value`",
                ),
                Missing::Date => (
                    format!("baselinen for målet `{goal}` har ingen dato"),
                    "baselinen har ingen `date`",
                ),
            };
            let help = match missing {
                Missing::Source => "en model angiver kilden til baselinen; hver plan udfylder værdi og dato, fx `baseline: { source: Sagsaudit }`",
                _ => "mål, hvor I står, før arbejdet begynder, fx `baseline: { value: 40 %, date: 2026-11-01, source: Sagsaudit }`",
            };
            Text::new(message).label(label).help(help)
        }
        RuleMsg::GoalWithoutTarget { goal, missing, model } => {
            let (message, label) = match missing {
                Missing::Whole | Missing::Source => (
                    format!("målet `{goal}` har ingen målværdi (`target`)"),
                    "ingen målværdi",
                ),
                Missing::ValueAndDate => (
                    format!("målværdien for målet `{goal}` har hverken værdi eller dato"),
                    "målværdien har hverken `value` eller `by`",
                ),
                Missing::Value => (
                    format!("målværdien for målet `{goal}` har ingen værdi"),
                    "målværdien har ingen `value`",
                ),
                Missing::Date => (
                    format!("målværdien for målet `{goal}` har ingen dato (`by`)"),
                    "målværdien har ingen `by`",
                ),
            };
            let help = if *model {
                "angiv hvilket niveau metoden sigter mod; hver plan tilføjer datoen, fx `target: { value: 80 % }`"
            } else {
                "angiv hvad der skal nås og hvornår, fx `target: { value: 80 %, by: 2028-06-30 }`"
            };
            Text::new(message).label(label).help(help)
        }
        RuleMsg::PhaseWithoutExitCriteria { phase } => {
            Text::new(format!("fasen `{phase}` har ingen målsætning (`exit_criteria`)"))
                .label("ingen målsætning")
                .help("skriv, hvad der skal være opfyldt, før fasen er slut, fx `exit_criteria: [Projektorganisationen er etableret]`")
        }
        RuleMsg::PlanWithoutStart => Text::new("planen har ingen startdato")
            .label("ingen `start` i denne plan")
            .help("tilføj `start: 2027-01-04` – planens første dag; alle datoer regnes ud fra den"),
        RuleMsg::NoSustainmentPhase { last } => {
            let list = ticks(last);
            let message = if last.len() == 1 {
                format!("planen har ingen forankring: den sidste fase {list} er ikke løbende og har ingen tilbagevendende aktivitet")
            } else {
                format!("planen har ingen forankring: de sidste faser {list} er ikke løbende og har ingen tilbagevendende aktivitet")
            };
            let first = last.first().map(String::as_str).unwrap_or_default();
            let mut t = Text::new(message).help(format!(
                "tilføj en forankringsfase efter `{first}` med `duration: løbende`, eller en tilbagevendende aktivitet (`every: 2 måneder`) i den sidste fase"
            ));
            t.labels = vec!["planen slutter her".to_string(); last.len().max(1)];
            t
        }
    }
}
