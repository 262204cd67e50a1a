use crate::messages::status::{GoalVerdict, PhaseState, StatusMsg};

pub(crate) fn text(m: &StatusMsg) -> String {
    match m {
        StatusMsg::Title => "Lägesrapport".into(),
        StatusMsg::AsOf { date } => format!("Läget per {date}"),
        StatusMsg::NoJournal => "Planen har ingen loggbok ännu, så inget är infört: alla möten som borde ha hållits räknas som inte införda.".into(),
        StatusMsg::Phases => "Faser: enligt plan och prognos".into(),
        StatusMsg::CurrentPhases => "Pågående fas".into(),
        StatusMsg::Activities => "Aktiviteter: genomförda, inställda och inte införda".into(),
        StatusMsg::Goals => "Mål".into(),
        StatusMsg::OpenItems => "Öppna punkter i checklistorna".into(),
        StatusMsg::Overdue => "Försenat och ur kurs".into(),
        StatusMsg::Upcoming { days } => format!("De kommande {days} dagarna"),
        StatusMsg::Ripples => "Ringar på vattnet".into(),
        StatusMsg::Adaptations => "Anpassningar".into(),
        StatusMsg::Nothing => "Inga.".into(),
        StatusMsg::Phase => "Fas".into(),
        StatusMsg::Activity => "Aktivitet".into(),
        StatusMsg::Goal => "Mål".into(),
        StatusMsg::Planned => "Enligt plan".into(),
        StatusMsg::Forecast => "Prognos".into(),
        StatusMsg::Actual => "Utfall".into(),
        StatusMsg::Held => "Genomförda".into(),
        StatusMsg::Cancelled => "Inställda".into(),
        StatusMsg::NotRecorded => "Inte införda".into(),
        StatusMsg::Due => "Planerade hittills".into(),
        StatusMsg::Baseline => "Utgångsläge".into(),
        StatusMsg::Latest => "Senaste".into(),
        StatusMsg::Target => "Målvärde".into(),
        StatusMsg::TargetLine => "Den raka linjen mot målvärdet".into(),
        StatusMsg::Measurements => "Mätningar".into(),
        StatusMsg::Verdict => "Läge".into(),
        StatusMsg::Reason => "Skäl".into(),
        StatusMsg::Date => "Datum".into(),
        StatusMsg::Responsible => "Ansvarig".into(),
        StatusMsg::Source => "Källa".into(),
        StatusMsg::Checklist => "Checklista".into(),
        StatusMsg::Item => "Punkt".into(),
        StatusMsg::Rule => "Regel".into(),
        StatusMsg::Area => "Område".into(),
        StatusMsg::What => "Vad".into(),
        StatusMsg::State(s) => match s {
            PhaseState::Upcoming => "inte påbörjad",
            PhaseState::Current => "pågår",
            PhaseState::Overrun => "har passerat planerat slutdatum",
            PhaseState::Completed => "avslutad",
        }
        .into(),
        StatusMsg::GoalVerdict(v) => verdict(*v).into(),
        StatusMsg::VerdictWhy { verdict, rule } => {
            let why = match verdict {
                GoalVerdict::OnTrack => "den senaste mätningen ligger på eller före den raka linjen från utgångsläget till målvärdet",
                GoalVerdict::Behind => "den senaste mätningen ligger efter den raka linjen från utgångsläget till målvärdet med mer än den godtagna avvikelsen",
                GoalVerdict::NotMeasured => "ingen mätning är införd ännu",
                GoalVerdict::NotComparable => "värdena är inte tal som går att jämföra med den raka linjen",
            };
            match rule {
                Some(r) => format!("{why} (regeln {r})"),
                None => why.to_string(),
            }
        }
        StatusMsg::Started { date } => format!("påbörjad {date}"),
        StatusMsg::Completed { date } => format!("avslutad {date}"),
        StatusMsg::Ongoing => "löpande".into(),
        StatusMsg::OfDue { part, due, percent } => format!("{part} av {due} ({percent} %)"),
        StatusMsg::By { who } => format!("uppmärksammat av {who}"),
        StatusMsg::Once => "en gång".into(),
        StatusMsg::NoStatus { path, errors } => format!("{path} har {}: ingen lägesbild förrän de är rättade", if *errors == 1 { "1 fel".to_string() } else { format!("{errors} fel") }),
        StatusMsg::Intro => "Så här ligger planen till enligt det som förts in i loggboken: faserna enligt plan och enligt prognos, vilka möten som hållits, varje mål jämfört med den raka linjen från utgångsläget till målvärdet, och vad som händer härnäst.".into(),
    }
}

fn verdict(v: GoalVerdict) -> &'static str {
    match v {
        GoalVerdict::OnTrack => "i fas",
        GoalVerdict::Behind => "efter",
        GoalVerdict::NotMeasured => "inte mätt",
        GoalVerdict::NotComparable => "går inte att jämföra",
    }
}
