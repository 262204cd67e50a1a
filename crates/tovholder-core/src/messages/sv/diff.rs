use crate::messages::diff::DiffMsg;
use crate::messages::en::diff::{amount, shift};
use crate::messages::words;

fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

pub(crate) fn text(m: &DiffMsg) -> String {
    let w = words(crate::Lang::Sv);
    match m {
        DiffMsg::Title { old, new } => format!("Ändringar från {old} till {new}"),
        DiffMsg::NoChanges => "Inga ändringar i planen.".into(),
        DiffMsg::Summary {
            entities,
            phases,
            opened,
            resolved,
        } => format!(
            "{}, {}, {}, {}",
            count(*entities, "post ändrad", "poster ändrade"),
            count(*phases, "fas flyttad", "faser flyttade"),
            count(*opened, "nytt fynd", "nya fynd"),
            count(*resolved, "åtgärdat", "åtgärdade")
        ),
        DiffMsg::PlanHeading => "Planen".into(),
        DiffMsg::EntitiesHeading => "Vad som har ändrats".into(),
        DiffMsg::ScheduleHeading => "Konsekvenser för tidsplanen".into(),
        DiffMsg::FindingsHeading => "Fynd".into(),
        DiffMsg::Details => "Detaljer".into(),
        DiffMsg::Added { noun, name } => format!("{} {name}: har lagts till", upper(noun)),
        DiffMsg::Removed { noun, name } => format!("{} {name}: har tagits bort", upper(noun)),
        DiffMsg::Renamed { noun, name, from } => {
            format!("{} {name}: har bytt id från `{from}`", upper(noun))
        }
        DiffMsg::Changed { noun, name } => format!("{} {name}:", upper(noun)),
        DiffMsg::Field {
            field,
            before,
            after,
        } => format!("{field} {before} → {after}"),
        DiffMsg::FromModel => "(från modellen)".into(),
        DiffMsg::Key { key } => key_name(key).unwrap_or(key).to_string(),
        DiffMsg::NotSet => "(inget)".into(),
        DiffMsg::Yes => "ja".into(),
        DiffMsg::No => "nej".into(),
        DiffMsg::Ongoing => "löpande".into(),
        DiffMsg::Hours { hours, per_week } => {
            let per = if *per_week { "per vecka" } else { "per månad" };
            format!("{hours} tim {per}")
        }
        DiffMsg::Length { hours } => format!("{hours} tim"),
        DiffMsg::Amount { min, max, unit } => amount(w, *min, *max, *unit, ["år", "år"]),
        DiffMsg::PhaseMoved { name, start, end } => {
            let parts: Vec<&str> = [start, end]
                .into_iter()
                .flatten()
                .map(String::as_str)
                .collect();
            format!("Fas {name}: {}", parts.join(", "))
        }
        DiffMsg::Starts {
            before,
            after,
            shift,
        } => format!("börjar {after} i stället för {before} ({shift})"),
        DiffMsg::Ends {
            before,
            after,
            shift,
        } => format!("slutar {after} i stället för {before} ({shift})"),
        DiffMsg::Shift { days } => shift(
            *days,
            "senare",
            "tidigare",
            "oförändrat",
            ["dag", "dagar"],
            ["vecka", "veckor"],
        ),
        DiffMsg::Bounds { earliest, latest } => {
            format!("tidigast {earliest}, senast {latest}")
        }
        DiffMsg::Occurrences { name, months } => {
            format!("Aktivitet {name}, antal tillfällen: {}", months.join(", "))
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
                Some(g) => format!("avsatt tid {g} tim per månad"),
                None => "ingen avsatt tid".into(),
            };
            let over = if *over {
                "; fler timmar än avsatt vissa månader"
            } else {
                ""
            };
            format!(
                "Roll {name} ({granted}{over}), planerade timmar: {}",
                months.join(", ")
            )
        }
        DiffMsg::Opened => "Nya".into(),
        DiffMsg::Resolved => "Åtgärdade".into(),
        DiffMsg::What => "Vad".into(),
        DiffMsg::Count => "Antal".into(),
        DiffMsg::ModelTitle { old, new, plans } => format!(
            "Modell {old} → {new}: {} använder den",
            count(*plans, "plan", "planer")
        ),
        DiffMsg::NoPlanUsesModel { model } => format!("Ingen plan i mappen använder {model}."),
        DiffMsg::Columns => "Plan|Faser flyttade|Aktiviteter tillagda|Aktiviteter borttagna|Nya fynd|Åtgärdade|Brutna anpassningar".into(),
        DiffMsg::PlanOf { path, title } => format!("{path}: {title}"),
        DiffMsg::BrokenHeading => "Anpassningar och borttagningar som inte längre gäller".into(),
        DiffMsg::OverrideGone { noun, id } => format!(
            "planen anpassar `{id}` ({noun}), som den nya modellen inte längre har: den står nu ensam med bara planens fält"
        ),
        DiffMsg::RemovalGone { noun, id } => format!(
            "planen tar bort `{id}` ({noun}), som den nya modellen inte längre har"
        ),
        DiffMsg::FieldMasked { noun, id, field, before, after, plan } => format!(
            "planen sätter {field} för `{id}` ({noun}) till {plan}, så modellens ändring från {before} till {after} når inte planen"
        ),
        DiffMsg::NotAPlanOrRevision { arg } => {
            format!("`{arg}` är varken en planfil eller en git-revision REV:SÖKVÄG")
        }
        DiffMsg::GitFailed { what, reason } => format!("git kunde inte ge {what}: {reason}"),
        DiffMsg::NotInRevision { path, rev } => format!("`{path}` är inte en fil i {rev}"),
        DiffMsg::OutsideRepository { path } => {
            format!("`{path}` leder utanför förrådet")
        }
        DiffMsg::NotParsed { path } => {
            format!("{path} kunde inte läsas som en plan, så det finns inget att jämföra")
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
        "name" => "namn",
        "purpose" => "syfte",
        "owner" => "ägare",
        "hours" => "avsatt tid",
        "mandate" => "mandat",
        "reports_to" => "rapporterar till",
        "responsibilities" => "ansvarsområden",
        "allow" => "tillåtna regler",
        "after" => "efter",
        "duration" => "varaktighet",
        "optional" => "vid behov",
        "characteristics" => "kännetecken",
        "exit_criteria" => "mål för fasen",
        "phase" => "fas",
        "phases" => "faser",
        "at" => "tidpunkt i fasen",
        "every" => "intervall",
        "date" => "datum",
        "length" => "mötets längd",
        "time" => "klockslag",
        "responsible" => "ansvarig",
        "participants" => "deltagare",
        "audience" => "målgrupp",
        "channel" => "kanal",
        "agenda" => "dagordning",
        "outputs" => "resultat",
        "contributes_to" => "bidrar till",
        "status_meeting" => "statusmöte",
        "before" => "före",
        "location" => "plats",
        "when" => "villkor",
        "statement" => "formulering",
        "kind" => "typ",
        "term" => "sikt",
        "indicator" => "indikator",
        "baseline.value" => "utgångsläge",
        "baseline.date" => "utgångslägets datum",
        "baseline.source" => "källa för utgångsläget",
        "target.value" => "målvärde",
        "target.by" => "måldatum",
        "measure_every" => "mäts var",
        "items" => "punkter",
        "text" => "text",
        "done" => "klar",
        "description" => "beskrivning",
        "title" => "titel",
        "organisation" => "organisation",
        "language" => "språk",
        "version" => "version",
        "uses.path" => "modell",
        "uses.version" => "modellversion",
        "log" => "loggbok",
        "start" => "start",
        "horizon" => "tidshorisont",
        "calendar.holidays" => "helgdagar",
        "calendar.closed" => "stängda dagar",
        "remove.roles" => "roller borttagna ur modellen",
        "remove.phases" => "faser borttagna ur modellen",
        "remove.activities" => "aktiviteter borttagna ur modellen",
        "remove.goals" => "mål borttagna ur modellen",
        "remove.checklists" => "checklistor borttagna ur modellen",
        "remove.stakeholders" => "intressenter borttagna ur modellen",
        _ => return None,
    })
}
