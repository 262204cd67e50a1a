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
            Text::new(format!("ingen aktivitet bidrar till målet `{goal}`, inte heller via de mål som leder dit ({via})"))
                .label("hit leder bara mål som ingen aktivitet bidrar till")
                .help(format!("kedjan börjar i ett mål som ingen aktivitet för framåt: lägg till `contributes_to: [{starts}]` i de aktiviteter som ska föra det framåt – eller planera en ny"))
        }
        RuleMsg::GoalCycle { chain, total, feeds } => {
            let mut c = chain.join(" → ");
            if *total > chain.len() {
                c = format!("{c} → … ({total} totalt)");
            }
            if let Some(f) = chain.first() {
                c.push_str(" → ");
                c.push_str(f);
            }
            let mut t = Text::new(format!("målen bidrar till varandra i en cirkel: {c}"))
                .help("ta bort en av målens `contributes_to`-hänvisningar så att förändringsteorin går från processmål till resultatmål");
            t.labels = feeds.iter().map(|(from, to)| format!("`{from}` bidrar till `{to}`")).collect();
            t
        }
        RuleMsg::StakeholderNeverInformed { stakeholder } => stakeholder_never_informed(stakeholder),
        RuleMsg::PhaseWithoutActivities { phase } => phase_without_activities(phase),
        RuleMsg::LogUnknownReference { target, id, suggestion } => {
            let noun = match target.as_str() {
                "activities" => "aktiviteten",
                "goals" => "målet",
                "phases" => "fasen",
                "checklists" => "checklistan",
                "roles" => "rollen",
                _ => "intressenten",
            };
            let t = Text::new(format!("loggboken nämner {noun} `{id}`, som inte finns i planen"))
                .label(format!("okänt id `{id}`"));
            match suggestion {
                Some(s) => t.help(format!("menade du `{s}`?")),
                None => t.help(format!("använd ett id ur planen (nyckeln under `{target}:`)")),
            }
        }
        RuleMsg::LogUnknownItem { checklist, item, items } => Text::new(format!("checklistan `{checklist}` har ingen punkt `{item}`"))
            .label("ingen sådan punkt")
            .help(format!("ange punktens nummer (1 till {items}) eller dess text så som den står i checklistan")),
        RuleMsg::LogEntryInFuture { date, as_of } => Text::new(format!("posten i loggboken har datum {date}, efter avstämningsdagen {as_of}"))
            .label("i framtiden")
            .help("för in det som har hänt, inte det som är planerat; eller kontrollera med ett senare `--as-of`"),
        RuleMsg::CancelledWithoutReason { activity, date } => Text::new(format!("att `{activity}` ställdes in {date} saknar orsak"))
            .label("ingen `reason`")
            .help("lägg till `reason:`, t.ex. `reason: Semester` – vid avstämningen letar ni efter mönster i det som ställts in"),
        RuleMsg::MeasurementWithoutSource { goal, date } => Text::new(format!("mätningen av `{goal}` {date} anger ingen källa"))
            .label("ingen `source`")
            .help("lägg till `source:`, t.ex. `source: Ärendegranskning kvartal 1`, så att siffran går att kontrollera och mäta på samma sätt igen"),
        RuleMsg::UnknownOccurrence { activity, date, planned, nearest } => {
            let t = match planned {
                Some(p) => Text::new(format!("`{activity}` är inte planerad till {p}")),
                None => Text::new(format!("`{activity}` är inte planerad i närheten av {date}")),
            }
            .label("inget planerat tillfälle");
            match nearest {
                Some(n) => t.help(format!("närmaste planerade tillfälle är {n}: skriv `planned: {n}` om posten gäller det")),
                None => t.help("aktiviteten har inga planerade tillfällen: kontrollera dess fas och datum"),
            }
        }
        RuleMsg::OccurrenceNotRecorded { activity, count, first, last, grace_days } => {
            let msg = if *count == 1 {
                format!("tillfället för `{activity}` {first} är inte infört i loggboken")
            } else {
                format!("{count} tillfällen för `{activity}` från {first} till {last} är inte införda i loggboken")
            };
            Text::new(msg)
                .label("varken genomfört eller inställt")
                .help(format!("för in varje tillfälle som `held` eller `cancelled` senast {grace_days} dagar efteråt"))
        }
        RuleMsg::PhaseOverrun { phase, end, days } => Text::new(format!("fasen `{phase}` skulle enligt planen vara klar senast {end}, för {} sedan, men är inte införd som avslutad", W.amount((*days, *days), crate::messages::rules::Unit::Day)))
            .label("inte avslutad")
            .help(format!("för in `phase_completed: {phase}` när fasen är klar – eller justera planen")),
        RuleMsg::MeasurementOverdue { goal, last, measured, every, every_max, unit, due, days } => {
            let every = W.amount((i64::from(*every), i64::from(*every_max)), *unit);
            let message = if *measured {
                format!("målet `{goal}` mättes senast {last} och mätintervallet är {every}: nästa mätning skulle ha gjorts senast {due}, för {} sedan", W.amount((*days, *days), crate::messages::rules::Unit::Day))
            } else {
                format!("målet `{goal}` har inte mätts sedan {last} och mätintervallet är {every}: nästa mätning skulle ha gjorts senast {due}, för {} sedan", W.amount((*days, *days), crate::messages::rules::Unit::Day))
            };
            Text::new(message)
                .label(format!("mätningen är försenad sedan {due}"))
                .label(if *measured { "senaste mätningen" } else { "utgångsvärde" })
                .help(format!("för in mätningen i loggboken, `{{ date: …, measured: {goal}, value: …, source: … }}` – eller ange med `measure_every` hur ofta målet ska mätas"))
        }
        RuleMsg::MeasurementBeforeStatusMeeting { goal, meeting, date, since, upcoming } => {
            let message = if *upcoming {
                format!("målet `{goal}` har inte mätts sedan {since}, och statusmötet `{meeting}` hålls {date}")
            } else {
                format!("målet `{goal}` mättes inte före statusmötet `{meeting}` {date} (ingen mätning sedan {since})")
            };
            Text::new(message)
                .label(format!("inte mätt sedan {since}"))
                .label("statusmöte")
                .help("mät före mötet så att statusmötet utgår från aktuella siffror (en avstämning mot verkligheten), och för in mätningen som `measured`")
        }
        RuleMsg::GoalOffTrack { goal, date, latest, expected, baseline, target, target_by, unit, lower_is_better, behind_percent, tolerance_percent } => {
            let u = unit.as_deref();
            let (latest, expected, baseline, target) = (W.value(*latest, u), W.value(*expected, u), W.value(*baseline, u), W.value(*target, u));
            let lower = if *lower_is_better { " (lägre är bättre)" } else { "" };
            Text::new(format!("målet `{goal}` mättes till {latest} den {date} och ligger efter linjen från {baseline} till {target} senast {target_by}{lower}: enligt linjen borde värdet vara {expected} den dagen ({behind_percent} % av sträckan efter; toleransen är {tolerance_percent} %)"))
                .label("senaste mätningen")
                .label(format!("målvärde: {target} senast {target_by}"))
                .help("justera arbetet och för in det (`adapted:` med en `reason`) – eller justera målvärdet och motivera varför")
        }
        RuleMsg::GoalTargetMoved { goal, baseline, before, after, first_measured } => {
            let what = if *baseline { "utgångsvärde" } else { "målvärde" };
            let value = |v: &Option<String>| v.clone().unwrap_or_else(|| "inte angivet".into());
            let when = W.day_month_year(first_measured, "");
            Text::new(format!("målet `{goal}`: {what} {} → {} efter den första mätningen {when}", value(before), value(after)))
                .label(format!("{what} ändrat sedan den godkända planen"))
                .label("den första mätningen")
                .help("flyttas målet efter att det har mätts går det inte att se om det nås: behåll det godkända värdet och för in ändringen (`adapted:` med en `reason`) – eller låt uppdragsgivaren godkänna det nya värdet och tagga planen som ny baslinje")
        }
        RuleMsg::MomentumLostOccurrences { activity, count, cancelled, first, last } => {
            let unrecorded = count.saturating_sub(*cancelled);
            let message = if *count == 1 {
                format!("det senaste tillfället för `{activity}`, {first}, blev inte av ({cancelled} inställda, {unrecorded} inte införda)")
            } else {
                format!("de senaste {count} tillfällena för `{activity}`, från {first} till {last}, blev inte av ({cancelled} inställda, {unrecorded} inte införda)")
            };
            Text::new(message)
                .label(format!("inte genomfört {count} gånger i rad"))
                .help("genomför nästa tillfälle – eller justera planen medvetet och för in varför (`adapted:` med en `reason`)")
        }
        RuleMsg::MomentumLostStretch { phase, days, since, held, limit_weeks } => {
            let message = if *held {
                format!("inget har genomförts i fasen `{phase}` på {days} dagar, sedan {since} (gränsen är {limit_weeks} veckor)")
            } else {
                format!("inget har genomförts i fasen `{phase}` sedan den startade {since}: {days} dagar (gränsen är {limit_weeks} veckor)")
            };
            Text::new(message)
                .label(format!("{days} dagar utan genomförda aktiviteter"))
                .help("för in det som har genomförts (`held:`) eller genomför nästa aktivitet; är fasen avslutad, för in `phase_completed`")
        }
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
        RuleMsg::DependencyCycle { activities, chain, total, waits } => {
            let what = if *activities { "aktiviteterna" } else { "faserna" };
            let mut c = chain.join(" → ");
            if *total > chain.len() {
                c = format!("{c} → … ({total} totalt)");
            }
            if let Some(f) = chain.first() {
                c.push_str(" → ");
                c.push_str(f);
            }
            let mut t = Text::new(format!("{what} väntar på varandra i en cirkel: {c}"))
                .help("ta bort en av `after`- eller `before`-hänvisningarna så att kedjan får en början");
            t.labels = waits.iter().map(|(to, from)| format!("`{to}` väntar på `{from}`")).collect();
            t
        }
        RuleMsg::MomentumGap { phase, days, from, last, limit_weeks, outside_closed, stretches } => {
            let mut message = if *outside_closed {
                format!("inget är planerat i fasen `{phase}` på {days} dagar utanför de stängda perioderna, från {from} till {last} (gränsen är {limit_weeks} veckor)")
            } else {
                format!("inget är planerat i fasen `{phase}` på {days} dagar, från {from} till {last} (gränsen är {limit_weeks} veckor)")
            };
            if *stretches > 1 {
                message.push_str(&format!("; fasen har {stretches} sådana perioder"));
            }
            Text::new(message)
                .label(format!("{days} dagar utan aktiviteter"))
                .help("planera en återkommande aktivitet över hela fasen (t.ex. en lärträff `every: 2 månader`), så att arbetet fortsätter när den första entusiasmen har lagt sig")
        }
        RuleMsg::RoleOverloadedPerson { role, person, month: ym, planned, granted, written, months_over, people_over } => {
            let (planned, granted) = (W.hundredths(*planned), W.hundredths(*granted));
            let mut message = format!(
                "{person} är planerad för {planned} timmar i {} i rollen `{role}` (den egna gruppens möten), men var och en i rollen har {granted} timmar i månaden avsatta ({written})",
                W.month_year(ym)
            );
            if *months_over > 1 {
                message.push_str(&format!("; {months_over} månader ligger över"));
            }
            if *people_over > 1 {
                message.push_str(&format!("; {people_over} personer i rollen ligger över"));
            }
            Text::new(message)
                .label(format!("{granted} timmar i månaden per person"))
                .help("avsätt mer tid för rollen, eller flytta, korta eller dela upp gruppens aktiviteter den månaden")
        }
        RuleMsg::TrackWithoutOwner { track } => Text::new(format!("spåret `{track}` har ingen ansvarig"))
            .label("ingen ansvarig")
            .help("ange den roll som håller ihop spåret, t.ex. `owner: samordnare-natteliv` (plattformens samordnare)"),
        RuleMsg::TrackGoals { track, goals, min, max } => {
            if *goals > *max as usize {
                Text::new(format!("spåret `{track}` har {goals} mål, fler än {max}"))
                    .label(format!("{goals} mål"))
                    .help(format!("begränsa spåret till {min}–{max} mål: slå ihop eller stryk några, så att alla kan följas upp"))
            } else if *goals == 0 {
                Text::new(format!("spåret `{track}` har inga egna mål (minst {min})"))
                    .label("inga mål")
                    .help(format!("ge spåret {min}–{max} mål med `track: {track}`, eller skriv målmallar med `per: track`"))
            } else {
                let n = if *goals == 1 { "ett mål".to_string() } else { format!("{goals} mål") };
                Text::new(format!("spåret `{track}` har {n}, färre än {min}"))
                    .label(n)
                    .help(format!("ge spåret {min}–{max} mål med `track: {track}`, eller skriv målmallar med `per: track`"))
            }
        }
        RuleMsg::MomentumGapTrack { track, days, from, last, limit_weeks, outside_closed, stretches } => {
            let mut message = if *outside_closed {
                format!("inget är planerat i det aktiva spåret `{track}` på {days} dagar utanför de stängda perioderna, från {from} till {last} (gränsen är {limit_weeks} veckor)")
            } else {
                format!("inget är planerat i det aktiva spåret `{track}` på {days} dagar, från {from} till {last} (gränsen är {limit_weeks} veckor)")
            };
            if *stretches > 1 {
                message.push_str(&format!("; spåret har {stretches} sådana perioder"));
            }
            Text::new(message)
                .label(format!("{days} dagar utan aktiviteter"))
                .help(format!("planera ett återkommande möte i spåret (`track: {track}`, t.ex. `every: 2 månader`), eller gör det vilande med ett daterat `state: standby` medan det väntar"))
        }
        RuleMsg::WaitsForMissing { activity, waits_for, track, from, merged } => {
            let why = if *merged { format!("sammanslaget med ett annat spår från {from}") } else { format!("stängt från {from}") };
            Text::new(format!("aktiviteten `{activity}` väntar på `{waits_for}` i spåret `{track}`, som är {why}, så `{waits_for}` blir aldrig av"))
                .label("väntar på en aktivitet som aldrig blir av")
                .label(why)
                .help(format!("låt `{activity}` vänta på en annan aktivitet, eller ta bort `{waits_for}` ur dess `after`/`before`"))
        }
        RuleMsg::RoleOverloaded { role, month: ym, planned, granted, written, months_over } => {
            let (planned, granted) = (W.hundredths(*planned), W.hundredths(*granted));
            let mut message = format!(
                "rollen `{role}` är planerad för {planned} timmar i {}, men har {granted} timmar i månaden avsatta ({written})",
                W.month_year(ym)
            );
            if *months_over > 1 {
                message.push_str(&format!("; {months_over} månader ligger över"));
            }
            Text::new(message)
                .label(format!("{granted} timmar i månaden"))
                .help("avsätt mer tid för rollen, eller flytta, korta eller dela upp aktiviteterna den månaden")
        }
        RuleMsg::ActivityOutsidePhase { activity, date, phases, place, bound, windows } => {
            let names = ticks(phases);
            let (message, label) = match place {
                Place::Before => (
                    format!("aktiviteten `{activity}` infaller {date}, innan fasen {names} börjar ({bound})"),
                    format!("{date}: före fasen"),
                ),
                Place::After => (
                    format!("aktiviteten `{activity}` infaller {date}, efter att fasen {names} har avslutats (sista dag {bound})"),
                    format!("{date}: efter fasen"),
                ),
                Place::Between => (
                    format!("aktiviteten `{activity}` infaller {date}, mellan sina faser {names}"),
                    format!("{date}: utanför faserna"),
                ),
            };
            let mut t = Text::new(message)
                .label(label)
                .help("flytta in aktiviteten i fasen (kortare förskjutning eller ett annat datum), eller ange den fas den infaller i");
            t.labels.extend(windows.iter().map(|(s, e)| format!("fasen pågår {s} till {e}")));
            t
        }
        RuleMsg::HolidayCollision { activity, date, weekday, closed } => {
            let day = W.weekday(*weekday);
            let (what, label) = match closed {
                Closed::Weekend => ("en helg".to_string(), "helg".to_string()),
                Closed::Holiday { public: true, names } => {
                    (format!("en helgdag ({})", names.sv), names.sv.clone())
                }
                Closed::Holiday { public: false, names } => (
                    format!("en dag då verksamheten håller stängt ({})", names.sv),
                    names.sv.clone(),
                ),
                Closed::Period { from, to } => {
                    let period = if from == to { from.clone() } else { format!("{from}..{to}") };
                    (format!("inom den stängda perioden {period}"), "stängt".to_string())
                }
            };
            let t = Text::new(format!("aktiviteten `{activity}` ligger fast på {day} {date}, {what}"))
                .label(label)
                .help("flytta datumet till en arbetsdag; är dagen vald med avsikt, skriv `allow: [holiday-collision]`");
            match closed {
                Closed::Period { .. } => t.label("den stängda perioden"),
                _ => t,
            }
        }
        RuleMsg::UnknownRule { name, suggestion } => {
            let help = match suggestion {
                Some(s) => format!("menade du `{s}`? `tovholder rules` listar alla regler"),
                None => "`tovholder rules` listar alla regler".to_string(),
            };
            Text::new(format!("`{name}` är ingen regel")).label("okänd regel").help(help)
        }
        RuleMsg::AllowSilencesNothing { name } => {
            Text::new(format!("`allow: [{name}]` tystar ingenting här"))
                .label("inget att tysta")
                .help("ta bort raden: bristen den ursäktade finns inte längre")
        }
        RuleMsg::TooManyOccurrences { activity, limit } => Text::new(format!(
            "aktiviteten `{activity}` upprepas fler än {limit} gånger; kalendern stannar vid gränsen"
        ))
        .label("upprepas för ofta")
        .help("använd ett längre intervall, ge fasen ett slut, eller korta kalendern med `horizon` eller `--until`"),
        RuleMsg::PlanTooManyOccurrences { activity, limit } => Text::new(format!(
            "planen har fler än {limit} tillfällen totalt; gränsen nåddes vid aktiviteten `{activity}`"
        ))
        .label("gränsen nådd här")
        .help("använd längre intervall, eller korta kalendern med `horizon` eller `--until`"),
        RuleMsg::HorizonMismatch { unit, declared, taken, skipped, optional, optional_names, ongoing, too_long, open } => {
            let what = match ongoing {
                Some(o) => format!("faserna före den löpande fasen {o}"),
                None => "faserna".to_string(),
            };
            let mut message = match skipped {
                Some(skipped) => {
                    let names = optional_names.join(", ");
                    let with = if optional_names.len() == 1 {
                        format!("med den valfria fasen {names}")
                    } else {
                        format!("med de valfria faserna {names}")
                    };
                    format!("{what} tar {} ({} {with})", W.amount(*skipped, *unit), range(*taken))
                }
                None => format!("{what} tar {}", W.amount(*taken, *unit)),
            };
            message.push_str(&format!(", planen säger {}", W.amount(*declared, *unit)));
            let help = if *too_long && *open {
                format!(
                    "sätt `horizon` till minst {} (plus tid för förankring), eller korta faserna",
                    W.amount((taken.0, taken.0), *unit)
                )
            } else {
                format!(
                    "sätt `horizon: {}`, eller ändra fasernas längd så att de stämmer",
                    W.horizon_value(*taken, *unit)
                )
            };
            let mut t = Text::new(message)
                .label(format!("planen säger {}", W.amount(*declared, *unit)))
                .help(help);
            t.labels.extend(optional.iter().map(|_| "valfri: räknad med".to_string()));
            t
        }
        RuleMsg::HorizonMismatchFromModel { model, unit, declared, taken, too_long, open } => {
            let help = if *too_long && *open {
                format!(
                    "ange en egen tidshorisont i planen, en `horizon` på minst {} (plus tid för förankring), eller korta faserna",
                    W.amount((taken.0, taken.0), *unit)
                )
            } else {
                format!(
                    "ange en egen tidshorisont i planen: `horizon: {}`, eller ändra fasernas längd så att de stämmer",
                    W.horizon_value(*taken, *unit)
                )
            };
            Text::new(format!(
                "faserna tar {}, men tidshorisonten som planen ärver från modellen `{model}` säger {}",
                W.amount(*taken, *unit),
                W.amount(*declared, *unit)
            ))
            .label("tidshorisonten kommer från den här modellen")
            .label(format!("modellen säger {}", W.amount(*declared, *unit)))
            .help(help)
        }
        RuleMsg::GoalBaselineAfterTarget { goal, baseline, by } => Text::new(format!(
            "nulägesmätningen för målet `{goal}` är gjord {baseline}, efter att målet ska vara nått ({by})"
        ))
        .label("nuläget mätt här")
        .label("måldatum")
        .help("mät nuläget innan arbetet börjar, och sätt målets `by` efter det"),
        RuleMsg::GoalTargetBeforeStart { goal, by, start } => Text::new(format!(
            "målet `{goal}` ska vara nått {by}, innan planen börjar ({start})"
        ))
        .label("före starten")
        .label("planen börjar här")
        .help("sätt målets `by` till ett datum efter planens start"),
        RuleMsg::GoalDueAfterTerm { goal, long, by, limit, years, horizon } => {
            let term = if *long { "långsiktigt" } else { "kortsiktigt" };
            if *horizon {
                Text::new(format!(
                    "målet `{goal}` är {term} men ska vara nått först {by}, efter att planens tidshorisont slutar ({limit})"
                ))
                .label("efter tidshorisonten")
                .label(format!("tidshorisonten slutar {limit}"))
                .help("sätt målets `by` inom tidshorisonten, eller gör målet långsiktigt med `term: long`")
            } else {
                let other = if *long {
                    "flytta målets `by` närmare, eller dela upp målet i delmål"
                } else {
                    "flytta målets `by` närmare, eller gör målet långsiktigt med `term: long`"
                };
                Text::new(format!(
                    "målet `{goal}` är {term} men ska vara nått först {by}, mer än {years} år efter planens start ({limit})"
                ))
                .label(format!("mer än {years} år efter starten"))
                .label(format!("{term}: högst {years} år"))
                .help(format!("{other} (gränsen är inställningen `goal-dates-inconsistent.{}_term_years`)", if *long { "long" } else { "short" }))
            }
        }
    }
}

/// En post i en sektion, efter sektionens nyckel, med obestämd artikel.
fn section_noun(key: &str) -> (&'static str, &'static str) {
    match key {
        "roles" => ("en", "roll"),
        "phases" => ("en", "fas"),
        "activities" => ("en", "aktivitet"),
        "goals" => ("ett", "mål"),
        "checklists" => ("en", "checklista"),
        "stakeholders" => ("en", "intressent"),
        "tracks" => ("ett", "spår"),
        _ => ("en", "post"),
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
    let (article, noun) = section_noun(target);
    let help = match (suggestion, elsewhere) {
        (Some(s), _) => format!("menade du `{s}`?"),
        (None, Some(other)) => {
            let (a, other) = section_noun(other);
            format!("`{id}` är {a} {other}, inte {article} {noun}")
        }
        (None, None) if total == 0 => {
            format!("planen har inga {target}; lägg till `{id}` under `{target}:`")
        }
        (None, None) => {
            let mut k = known.join(", ");
            if total > known.len() {
                k.push_str(&format!(", … ({total} totalt)"));
            }
            format!("kända id:n: {k}")
        }
    };
    Text::new(format!("okänd {noun} `{id}`"))
        .label(format!("ingen {noun} med detta id"))
        .help(help)
}

fn unused_role(role: &str) -> Text {
    Text::new(format!("rollen `{role}` används ingenstans i planen"))
        .label("inget hänvisar till rollen")
        .help("gör den ansvarig för eller deltagare i en aktivitet, eller ägare till en fas, ett mål eller en checklista – eller ta bort den")
}

fn goal_without_activity(goal: &str) -> Text {
    Text::new(format!("ingen aktivitet bidrar till målet `{goal}`"))
        .label("ingen aktivitet leder hit")
        .help(format!(
            "lägg till `contributes_to: [{goal}]` i de aktiviteter som ska föra målet framåt – eller planera en ny"
        ))
}

fn stakeholder_never_informed(stakeholder: &str) -> Text {
    Text::new(format!("intressenten `{stakeholder}` informeras aldrig"))
        .label("ingen aktivitet har den i sin `audience`")
        .help(format!(
            "planera en aktivitet med `audience: [{stakeholder}]` och en `channel`, t.ex. ett nyhetsbrev eller ett dialogmöte"
        ))
}

fn phase_without_activities(phase: &str) -> Text {
    Text::new(format!("fasen `{phase}` har inga aktiviteter"))
        .label("inget planerat i fasen")
        .help(format!(
            "planera minst en aktivitet i fasen: `phase: {phase}` (eller lägg till den i en aktivitets `phases:`)"
        ))
}
