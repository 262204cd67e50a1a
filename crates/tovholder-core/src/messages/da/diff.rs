use crate::messages::diff::DiffMsg;
use crate::messages::en::diff::{amount, shift};
use crate::messages::words;

fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

pub(crate) fn text(m: &DiffMsg) -> String {
    let w = words(crate::Lang::Da);
    match m {
        DiffMsg::Title { old, new } => format!("Ændringer fra {old} til {new}"),
        DiffMsg::NoChanges => "Ingen ændringer i planen.".into(),
        DiffMsg::Summary {
            entities,
            phases,
            opened,
            resolved,
        } => format!(
            "{} ændret, {} flyttet, {}, {} løst",
            count(*entities, "element", "elementer"),
            count(*phases, "fase", "faser"),
            count(*opened, "nyt fund", "nye fund"),
            resolved
        ),
        DiffMsg::PlanHeading => "Planen".into(),
        DiffMsg::EntitiesHeading => "Hvad er ændret".into(),
        DiffMsg::ScheduleHeading => "Konsekvenser for tidsplanen".into(),
        DiffMsg::FindingsHeading => "Fund".into(),
        DiffMsg::Details => "Detaljer".into(),
        DiffMsg::Added { noun, name } => format!("{} {name}: tilføjet", upper(noun)),
        DiffMsg::Removed { noun, name } => format!("{} {name}: fjernet", upper(noun)),
        DiffMsg::Renamed { noun, name, from } => {
            format!("{} {name}: id ændret fra `{from}`", upper(noun))
        }
        DiffMsg::Changed { noun, name } => format!("{} {name}:", upper(noun)),
        DiffMsg::Field {
            field,
            before,
            after,
        } => format!("{field} {before} → {after}"),
        DiffMsg::FromModel => "(fra modellen)".into(),
        DiffMsg::Key { key } => key_name(key).unwrap_or(key).to_string(),
        DiffMsg::NotSet => "(ingen)".into(),
        DiffMsg::Yes => "ja".into(),
        DiffMsg::No => "nej".into(),
        DiffMsg::Ongoing => "løbende".into(),
        DiffMsg::Hours { hours, per_week } => {
            let per = if *per_week { "om ugen" } else { "om måneden" };
            let word = if hours == "1" { "time" } else { "timer" };
            format!("{hours} {word} {per}")
        }
        DiffMsg::Length { hours } => {
            let word = if hours == "1" { "time" } else { "timer" };
            format!("{hours} {word}")
        }
        DiffMsg::Amount { min, max, unit } => amount(w, *min, *max, *unit, ["år", "år"]),
        DiffMsg::PhaseMoved { name, start, end } => {
            let parts: Vec<&str> = [start, end]
                .into_iter()
                .flatten()
                .map(String::as_str)
                .collect();
            format!("Fase {name}: {}", parts.join(", "))
        }
        DiffMsg::Starts {
            before,
            after,
            shift,
        } => format!("starter {after} i stedet for {before} ({shift})"),
        DiffMsg::Ends {
            before,
            after,
            shift,
        } => format!("slutter {after} i stedet for {before} ({shift})"),
        DiffMsg::Shift { days } => shift(
            *days,
            "senere",
            "tidligere",
            "uændret",
            ["dag", "dage"],
            ["uge", "uger"],
        ),
        DiffMsg::Bounds { earliest, latest } => {
            format!("tidligst {earliest}, senest {latest}")
        }
        DiffMsg::Occurrences { name, months } => {
            format!("Aktivitet {name}, antal gange: {}", months.join(", "))
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
                Some(g) => format!("tildelt {g} timer om måneden"),
                None => "ingen tildelt tid".into(),
            };
            let over = if *over {
                "; flere timer end tildelt i nogle måneder"
            } else {
                ""
            };
            format!(
                "Rolle {name} ({granted}{over}), planlagte timer: {}",
                months.join(", ")
            )
        }
        DiffMsg::Opened => "Nye".into(),
        DiffMsg::Resolved => "Løst".into(),
        DiffMsg::What => "Hvad".into(),
        DiffMsg::Count => "Antal".into(),
        DiffMsg::ModelTitle { old, new, plans } => format!(
            "Model {old} → {new}: {} bruger den",
            count(*plans, "plan", "planer")
        ),
        DiffMsg::NoPlanUsesModel { model } => format!("Ingen plan i mappen bruger {model}."),
        DiffMsg::Columns => "Plan|Faser flyttet|Aktiviteter tilføjet|Aktiviteter fjernet|Nye fund|Løst|Brudte tilpasninger".into(),
        DiffMsg::PlanOf { path, title } => format!("{path}: {title}"),
        DiffMsg::BrokenHeading => "Tilpasninger og fjernelser, der ikke længere virker".into(),
        DiffMsg::OverrideGone { noun, id } => format!(
            "planen tilpasser `{id}` ({noun}), som den nye model ikke længere har: den står nu alene med kun planens felter"
        ),
        DiffMsg::RemovalGone { noun, id } => format!(
            "planen fjerner `{id}` ({noun}), som den nye model ikke længere har"
        ),
        DiffMsg::FieldMasked { noun, id, field, before, after, plan } => format!(
            "planen sætter {field} for `{id}` ({noun}) til {plan}, så modellens ændring fra {before} til {after} når ikke frem til planen"
        ),
        DiffMsg::NotAPlanOrRevision { arg } => {
            format!("`{arg}` er hverken en planfil eller en git-revision REV:STI")
        }
        DiffMsg::GitFailed { what, reason } => format!("git kunne ikke give {what}: {reason}"),
        DiffMsg::NotInRevision { path, rev } => format!("`{path}` er ikke en fil i {rev}"),
        DiffMsg::OutsideRepository { path } => {
            format!("`{path}` fører uden for repositoriet")
        }
        DiffMsg::NotParsed { path } => {
            format!("{path} kunne ikke læses som en plan, så der er intet at sammenligne")
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

fn key_name(key: &str) -> Option<&'static str> {
    Some(match key {
        "name" => "navn",
        "purpose" => "formål",
        "owner" => "ejer",
        "hours" => "tildelt tid",
        "mandate" => "mandat",
        "reports_to" => "refererer til",
        "responsibilities" => "ansvarsområder",
        "allow" => "tilladte regler",
        "after" => "efter",
        "duration" => "varighed",
        "optional" => "valgfri",
        "characteristics" => "kendetegn",
        "exit_criteria" => "målsætning",
        "phase" => "fase",
        "phases" => "faser",
        "at" => "tidspunkt i fasen",
        "every" => "hyppighed",
        "date" => "dato",
        "length" => "varighed af mødet",
        "time" => "klokkeslæt",
        "responsible" => "ansvarlig",
        "participants" => "deltagere",
        "audience" => "målgruppe",
        "channel" => "kanal",
        "agenda" => "dagsorden",
        "outputs" => "resultater",
        "contributes_to" => "bidrager til",
        "status_meeting" => "statusmøde",
        "before" => "før",
        "location" => "sted",
        "when" => "betingelse",
        "statement" => "formulering",
        "kind" => "type",
        "term" => "sigt",
        "indicator" => "indikator",
        "baseline.value" => "udgangspunkt",
        "baseline.date" => "udgangspunktets dato",
        "baseline.source" => "kilde til udgangspunktet",
        "target.value" => "målværdi",
        "target.by" => "frist for målet",
        "measure_every" => "måles hver",
        "items" => "punkter",
        "text" => "tekst",
        "done" => "udført",
        "description" => "beskrivelse",
        "title" => "titel",
        "organisation" => "organisation",
        "language" => "sprog",
        "version" => "version",
        "uses.path" => "model",
        "uses.version" => "modelversion",
        "log" => "logbog",
        "start" => "start",
        "horizon" => "tidshorisont",
        "calendar.holidays" => "helligdage",
        "calendar.closed" => "lukkedage",
        "remove.roles" => "roller fjernet fra modellen",
        "remove.phases" => "faser fjernet fra modellen",
        "remove.activities" => "aktiviteter fjernet fra modellen",
        "remove.goals" => "mål fjernet fra modellen",
        "remove.checklists" => "tjeklister fjernet fra modellen",
        "remove.stakeholders" => "interessenter fjernet fra modellen",
        _ => return None,
    })
}
