use crate::messages::status::{GoalVerdict, PhaseState, StatusMsg};

pub(crate) fn text(m: &StatusMsg) -> String {
    match m {
        StatusMsg::Title => "Statusrapport".into(),
        StatusMsg::AsOf { date } => format!("Opgjort pr. {date}"),
        StatusMsg::NoJournal => "Planen har endnu ingen logbog, så intet er registreret: alle møder, der skulle have været holdt, tæller som ikke registreret.".into(),
        StatusMsg::Phases => "Faser: planlagt og forventet".into(),
        StatusMsg::CurrentPhases => "Aktuel fase".into(),
        StatusMsg::Activities => "Aktiviteter: afholdt, aflyst og ikke registreret".into(),
        StatusMsg::Goals => "Mål".into(),
        StatusMsg::OpenItems => "Åbne punkter på tjeklisterne".into(),
        StatusMsg::Overdue => "Forsinket og uden for kurs".into(),
        StatusMsg::Upcoming { days } => format!("De næste {days} dage"),
        StatusMsg::Ripples => "Ringe i vandet".into(),
        StatusMsg::Adaptations => "Tilpasninger".into(),
        StatusMsg::Nothing => "Ingen.".into(),
        StatusMsg::Phase => "Fase".into(),
        StatusMsg::Activity => "Aktivitet".into(),
        StatusMsg::Goal => "Mål".into(),
        StatusMsg::Planned => "Planlagt".into(),
        StatusMsg::Forecast => "Forventet".into(),
        StatusMsg::Actual => "Faktisk".into(),
        StatusMsg::Held => "Afholdt".into(),
        StatusMsg::Cancelled => "Aflyst".into(),
        StatusMsg::NotRecorded => "Ikke registreret".into(),
        StatusMsg::Due => "Forfaldne".into(),
        StatusMsg::Baseline => "Udgangspunkt".into(),
        StatusMsg::Latest => "Seneste".into(),
        StatusMsg::Target => "Mål".into(),
        StatusMsg::TargetLine => "Den lige linje mod målet".into(),
        StatusMsg::Measurements => "Målinger".into(),
        StatusMsg::Verdict => "Status".into(),
        StatusMsg::Reason => "Begrundelse".into(),
        StatusMsg::Date => "Dato".into(),
        StatusMsg::Responsible => "Ansvarlig".into(),
        StatusMsg::Source => "Kilde".into(),
        StatusMsg::Checklist => "Tjekliste".into(),
        StatusMsg::Item => "Punkt".into(),
        StatusMsg::Rule => "Regel".into(),
        StatusMsg::Area => "Område".into(),
        StatusMsg::What => "Hvad".into(),
        StatusMsg::State(s) => match s {
            PhaseState::Upcoming => "ikke startet",
            PhaseState::Current => "i gang",
            PhaseState::Overrun => "over den planlagte slutdato",
            PhaseState::Completed => "afsluttet",
        }
        .into(),
        StatusMsg::GoalVerdict(v) => verdict(*v).into(),
        StatusMsg::VerdictWhy { verdict, rule } => {
            let why = match verdict {
                GoalVerdict::OnTrack => "den seneste måling ligger på eller over den lige linje fra udgangspunktet til målet",
                GoalVerdict::Behind => "den seneste måling ligger mere end den tilladte afvigelse bag den lige linje fra udgangspunktet til målet",
                GoalVerdict::NotMeasured => "der er endnu ikke registreret nogen måling",
                GoalVerdict::NotComparable => "værdierne er ikke tal, der kan sammenlignes med den lige linje",
            };
            match rule {
                Some(r) => format!("{why} (regel {r})"),
                None => why.to_string(),
            }
        }
        StatusMsg::Started { date } => format!("startet {date}"),
        StatusMsg::Completed { date } => format!("afsluttet {date}"),
        StatusMsg::Ongoing => "løbende".into(),
        StatusMsg::OfDue { part, due, percent } => format!("{part} af {due} ({percent} %)"),
        StatusMsg::By { who } => format!("bemærket af {who}"),
        StatusMsg::Once => "én gang".into(),
        StatusMsg::NoStatus { path, errors } => format!("{path} har {errors} fejl: ingen status, før de er rettet"),
        StatusMsg::Intro => "Hvor planen står, ud fra det, der er registreret i logbogen: faserne som planlagt og som de ser ud nu, de afholdte møder, hvert mål holdt op mod den lige linje fra udgangspunktet til målet, og hvad der kommer nu.".into(),
    }
}

fn verdict(v: GoalVerdict) -> &'static str {
    match v {
        GoalVerdict::OnTrack => "på rette kurs",
        GoalVerdict::Behind => "bagud",
        GoalVerdict::NotMeasured => "ikke målt",
        GoalVerdict::NotComparable => "kan ikke sammenlignes",
    }
}
