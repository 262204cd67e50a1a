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
            Text::new(format!("ingen aktivitet bidrager til målet `{goal}`, heller ikke gennem de mål, der fører til det ({via})"))
                .label("kun mål uden aktiviteter fører hertil")
                .help(format!("kæden begynder ved et mål, som ingen aktivitet flytter: tilføj `contributes_to: [{starts}]` til de aktiviteter, der skal flytte det – eller planlæg en ny"))
        }
        RuleMsg::GoalCycle { chain, total, feeds } => {
            let mut c = chain.join(" → ");
            if *total > chain.len() {
                c = format!("{c} → … ({total} i alt)");
            }
            if let Some(f) = chain.first() {
                c.push_str(" → ");
                c.push_str(f);
            }
            let mut t = Text::new(format!("målene bidrager til hinanden i ring: {c}"))
                .help("fjern en af målenes `contributes_to`-henvisninger, så forandringsteorien går fra procesmål til resultatmål");
            t.labels = feeds.iter().map(|(from, to)| format!("`{from}` bidrager til `{to}`")).collect();
            t
        }
        RuleMsg::StakeholderNeverInformed { stakeholder } => stakeholder_never_informed(stakeholder),
        RuleMsg::PhaseWithoutActivities { phase } => phase_without_activities(phase),
        RuleMsg::LogUnknownReference { target, id, suggestion } => {
            let noun = match target.as_str() {
                "activities" => "aktiviteten",
                "goals" => "målet",
                "phases" => "fasen",
                "checklists" => "tjeklisten",
                "roles" => "rollen",
                _ => "interessenten",
            };
            let t = Text::new(format!("logbogen nævner {noun} `{id}`, som planen ikke har"))
                .label(format!("ukendt id `{id}`"));
            match suggestion {
                Some(s) => t.help(format!("mente du `{s}`?")),
                None => t.help(format!("brug et id fra planen (nøglen under `{target}:`)")),
            }
        }
        RuleMsg::LogUnknownItem { checklist, item, items } => Text::new(format!("tjeklisten `{checklist}` har intet punkt `{item}`"))
            .label("intet sådant punkt")
            .help(format!("angiv punktets nummer (1 til {items}) eller dets tekst, som den står i tjeklisten")),
        RuleMsg::LogEntryInFuture { date, as_of } => Text::new(format!("posten i logbogen er dateret {date}, efter opgørelsesdatoen {as_of}"))
            .label("ligger i fremtiden")
            .help("registrér det, der er sket, ikke det, der er planlagt; eller tjek med en senere `--as-of`"),
        RuleMsg::CancelledWithoutReason { activity, date } => Text::new(format!("aflysningen af `{activity}` den {date} har ingen begrundelse"))
            .label("ingen `reason`")
            .help("tilføj `reason:`, fx `reason: Sommerferie` – statusmødet leder efter mønstre i aflysningerne"),
        RuleMsg::MeasurementWithoutSource { goal, date } => Text::new(format!("målingen af `{goal}` den {date} angiver ingen kilde"))
            .label("ingen `source`")
            .help("tilføj `source:`, fx `source: Sagsaudit 1. kvartal`, så tallet kan efterprøves og måles igen på samme måde"),
        RuleMsg::UnknownOccurrence { activity, date, planned, nearest } => {
            let t = match planned {
                Some(p) => Text::new(format!("`{activity}` er ikke planlagt til at finde sted den {p}")),
                None => Text::new(format!("`{activity}` er ikke planlagt til at finde sted omkring den {date}")),
            }
            .label("ingen planlagt gang");
            match nearest {
                Some(n) => t.help(format!("den nærmeste planlagte gang er den {n}: skriv `planned: {n}`, hvis det er den, posten gælder")),
                None => t.help("aktiviteten har ingen planlagte gange: tjek dens fase og datoer"),
            }
        }
        RuleMsg::OccurrenceNotRecorded { activity, count, first, last, grace_days } => {
            let msg = if *count == 1 {
                format!("`{activity}` den {first} er ikke registreret i logbogen")
            } else {
                format!("{count} gange af `{activity}` fra {first} til {last} er ikke registreret i logbogen")
            };
            Text::new(msg)
                .label("hverken afholdt eller aflyst")
                .help(format!("registrér hver gang som `held` eller `cancelled` senest {grace_days} dage efter"))
        }
        RuleMsg::PhaseOverrun { phase, end, days } => Text::new(format!("fasen `{phase}` skulle efter planen være afsluttet senest {end}, for {} siden, men er ikke registreret som afsluttet", W.amount((*days, *days), crate::messages::rules::Unit::Day)))
            .label("ikke afsluttet")
            .help(format!("registrér `phase_completed: {phase}`, når fasen er afsluttet – eller tilpas planen")),
        RuleMsg::MeasurementOverdue { goal, last, measured, every, every_max, unit, due, days } => {
            let every = W.amount((i64::from(*every), i64::from(*every_max)), *unit);
            let message = if *measured {
                format!("målet `{goal}` blev sidst målt {last}, og målingsintervallet er {every}: næste måling skulle være foretaget senest {due}, for {} siden", W.amount((*days, *days), crate::messages::rules::Unit::Day))
            } else {
                format!("målet `{goal}` er ikke målt siden {last}, og målingsintervallet er {every}: næste måling skulle være foretaget senest {due}, for {} siden", W.amount((*days, *days), crate::messages::rules::Unit::Day))
            };
            Text::new(message)
                .label(format!("måling forfalden siden {due}"))
                .label(if *measured { "seneste måling" } else { "baseline" })
                .help(format!("registrér målingen i logbogen, `{{ date: …, measured: {goal}, value: …, source: … }}` – eller angiv med `measure_every`, hvor ofte målet måles"))
        }
        RuleMsg::MeasurementBeforeStatusMeeting { goal, meeting, date, since, upcoming } => {
            let message = if *upcoming {
                format!("målet `{goal}` er ikke målt siden {since}, og statusmødet `{meeting}` holdes {date}")
            } else {
                format!("målet `{goal}` blev ikke målt før statusmødet `{meeting}` {date} (ingen måling siden {since})")
            };
            Text::new(message)
                .label(format!("ikke målt siden {since}"))
                .label("statusmøde")
                .help("mål før mødet, så statusmødet ser på friske tal (et realitetstjek), og registrér målingen som `measured`")
        }
        RuleMsg::GoalOffTrack { goal, date, latest, expected, baseline, target, target_by, unit, lower_is_better, behind_percent, tolerance_percent } => {
            let u = unit.as_deref();
            let (latest, expected, baseline, target) = (W.value(*latest, u), W.value(*expected, u), W.value(*baseline, u), W.value(*target, u));
            let lower = if *lower_is_better { " (lavere er bedre)" } else { "" };
            Text::new(format!("målet `{goal}` blev målt til {latest} den {date} og er bagud i forhold til linjen fra {baseline} til {target} senest {target_by}{lower}: linjen forventer {expected} den dag (bagud med {behind_percent} % af afstanden; tolerancen er {tolerance_percent} %)"))
                .label("seneste måling")
                .label(format!("målværdi {target} senest {target_by}"))
                .help("justér indsatsen og registrér det (`adapted:` med en `reason`) – eller tilpas målet og begrund hvorfor")
        }
        RuleMsg::GoalTargetMoved { goal, baseline, before, after, first_measured } => {
            let what = if *baseline { "baseline" } else { "målværdi" };
            let value = |v: &Option<String>| v.clone().unwrap_or_else(|| "ikke angivet".into());
            let when = W.day_month_year(first_measured, ".");
            Text::new(format!("målet `{goal}`: {what} {} → {} efter første måling {when}", value(before), value(after)))
                .label(format!("{what} ændret siden den godkendte plan"))
                .label("første måling")
                .help("flyttes målet, efter at det er målt, kan ingen se, om det nås: behold den godkendte værdi og skriv ændringen i logbogen (`adapted:` med en `reason`) – eller få den nye værdi godkendt og markér den version af planen med et nyt git-tag")
        }
        RuleMsg::MomentumLostOccurrences { activity, count, cancelled, first, last } => {
            let unrecorded = count.saturating_sub(*cancelled);
            let message = if *count == 1 {
                format!("seneste gang af `{activity}`, den {first}, blev ikke afholdt ({cancelled} aflyst, {unrecorded} ikke registreret)")
            } else {
                format!("de seneste {count} gange af `{activity}`, fra {first} til {last}, blev ikke afholdt ({cancelled} aflyst, {unrecorded} ikke registreret)")
            };
            Text::new(message)
                .label(format!("ikke afholdt {count} gange i træk"))
                .help("hold det næste – eller tilpas planen bevidst og registrér hvorfor (`adapted:` med en `reason`)")
        }
        RuleMsg::MomentumLostStretch { phase, days, since, held, limit_weeks } => {
            let message = if *held {
                format!("intet er afholdt i fasen `{phase}` i {days} dage, siden {since} (grænsen er {limit_weeks} uger)")
            } else {
                format!("intet er afholdt i fasen `{phase}`, siden den startede {since}: {days} dage (grænsen er {limit_weeks} uger)")
            };
            Text::new(message)
                .label(format!("{days} dage uden afholdte aktiviteter"))
                .help("registrér det, der er afholdt (`held:`), eller hold den næste aktivitet; er fasen afsluttet, så registrér `phase_completed`")
        }
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
        RuleMsg::DependencyCycle { activities, chain, total, waits } => {
            let what = if *activities { "aktiviteterne" } else { "faserne" };
            let mut c = chain.join(" → ");
            if *total > chain.len() {
                c = format!("{c} → … ({total} i alt)");
            }
            if let Some(f) = chain.first() {
                c.push_str(" → ");
                c.push_str(f);
            }
            let mut t = Text::new(format!("{what} venter på hinanden i ring: {c}"))
                .help("fjern en af `after`- eller `before`-henvisningerne, så kæden får en begyndelse");
            t.labels = waits.iter().map(|(to, from)| format!("`{to}` venter på `{from}`")).collect();
            t
        }
        RuleMsg::MomentumGap { phase, days, from, last, limit_weeks, outside_closed, stretches } => {
            let mut message = if *outside_closed {
                format!("intet er planlagt i fasen `{phase}` i {days} dage uden for lukkeperioderne, fra {from} til {last} (grænsen er {limit_weeks} uger)")
            } else {
                format!("intet er planlagt i fasen `{phase}` i {days} dage, fra {from} til {last} (grænsen er {limit_weeks} uger)")
            };
            if *stretches > 1 {
                message.push_str(&format!("; fasen har {stretches} sådanne perioder"));
            }
            Text::new(message)
                .label(format!("{days} dage uden aktiviteter"))
                .help("planlæg en tilbagevendende aktivitet hen over fasen (fx et læringsmøde `every: 2 måneder`), så arbejdet fortsætter efter den første entusiasme")
        }
        RuleMsg::RoleOverloadedPerson { role, person, month: ym, planned, granted, written, months_over, people_over } => {
            let (planned, granted) = (W.hundredths(*planned), W.hundredths(*granted));
            let mut message = format!(
                "{person} har {planned} planlagte timer i {} i rollen `{role}` (eget teams møder), men hver i rollen har fået {granted} timer om måneden ({written})",
                W.month_year(ym)
            );
            if *months_over > 1 {
                message.push_str(&format!("; {months_over} måneder er over"));
            }
            if *people_over > 1 {
                message.push_str(&format!("; {people_over} personer i rollen er over"));
            }
            Text::new(message)
                .label(format!("{granted} timer om måneden pr. person"))
                .help("bevilg rollen flere timer, eller flyt, forkort eller del teamets aktiviteter i den måned")
        }
        RuleMsg::TrackWithoutOwner { track } => Text::new(format!("sporet `{track}` har ingen ejer"))
            .label("ingen ejer")
            .help("angiv den rolle, der holder i trådene for sporet, fx `owner: tovholder-natteliv` (platformens tovholder)"),
        RuleMsg::TrackGoals { track, goals, min, max } => {
            if *goals > *max as usize {
                Text::new(format!("sporet `{track}` har {goals} mål, flere end {max}"))
                    .label(format!("{goals} mål"))
                    .help(format!("hold sporet på {min}-{max} mål: slå nogle sammen eller drop dem, så platformen kan følge op på dem alle"))
            } else if *goals == 0 {
                Text::new(format!("sporet `{track}` har ingen mål for sig selv (mindst {min})"))
                    .label("ingen mål")
                    .help(format!("giv sporet {min}-{max} mål med `track: {track}`, eller skriv målskabeloner med `per: track`"))
            } else {
                let n = if *goals == 1 { "ét mål".to_string() } else { format!("{goals} mål") };
                Text::new(format!("sporet `{track}` har {n}, færre end {min}"))
                    .label(n)
                    .help(format!("giv sporet {min}-{max} mål med `track: {track}`, eller skriv målskabeloner med `per: track`"))
            }
        }
        RuleMsg::MomentumGapTrack { track, days, from, last, limit_weeks, outside_closed, stretches } => {
            let mut message = if *outside_closed {
                format!("intet er planlagt i det aktive spor `{track}` i {days} dage uden for lukkeperioderne, fra {from} til {last} (grænsen er {limit_weeks} uger)")
            } else {
                format!("intet er planlagt i det aktive spor `{track}` i {days} dage, fra {from} til {last} (grænsen er {limit_weeks} uger)")
            };
            if *stretches > 1 {
                message.push_str(&format!("; sporet har {stretches} sådanne perioder"));
            }
            Text::new(message)
                .label(format!("{days} dage uden aktiviteter"))
                .help(format!("planlæg et tilbagevendende møde i sporet (`track: {track}`, fx `every: 2 måneder`), eller sæt det i bero med en dateret `state: standby`, mens det venter"))
        }
        RuleMsg::WaitsForMissing { activity, waits_for, track, from, merged } => {
            let why = if *merged { format!("lagt sammen med et andet spor fra {from}") } else { format!("lukket fra {from}") };
            Text::new(format!("aktiviteten `{activity}` venter på `{waits_for}` i sporet `{track}`, som er {why}, så `{waits_for}` bliver aldrig holdt"))
                .label("venter på en aktivitet, der aldrig bliver holdt")
                .label(why)
                .help(format!("lad `{activity}` vente på en anden aktivitet, eller tag `{waits_for}` ud af dens `after`/`before`"))
        }
        RuleMsg::RoleOverloaded { role, month: ym, planned, granted, written, months_over } => {
            let (planned, granted) = (W.hundredths(*planned), W.hundredths(*granted));
            let mut message = format!(
                "rollen `{role}` har {planned} planlagte timer i {}, men har fået {granted} timer om måneden ({written})",
                W.month_year(ym)
            );
            if *months_over > 1 {
                message.push_str(&format!("; {months_over} måneder er over"));
            }
            Text::new(message)
                .label(format!("{granted} timer om måneden"))
                .help("bevilg rollen flere timer, eller flyt, forkort eller del aktiviteterne i den måned")
        }
        RuleMsg::ActivityOutsidePhase { activity, date, phases, place, bound, windows } => {
            let names = ticks(phases);
            let (message, label) = match place {
                Place::Before => (
                    format!("aktiviteten `{activity}` ligger {date}, før fasen {names} begynder ({bound})"),
                    format!("{date}: før fasen"),
                ),
                Place::After => (
                    format!("aktiviteten `{activity}` ligger {date}, efter fasen {names} er slut (sidste dag {bound})"),
                    format!("{date}: efter fasen"),
                ),
                Place::Between => (
                    format!("aktiviteten `{activity}` ligger {date}, mellem sine faser {names}"),
                    format!("{date}: uden for faserne"),
                ),
            };
            let mut t = Text::new(message)
                .label(label)
                .help("flyt aktiviteten ind i fasen (kortere forskydning eller en anden dato), eller angiv den fase, den ligger i");
            t.labels.extend(windows.iter().map(|(s, e)| format!("fasen løber {s} til {e}")));
            t
        }
        RuleMsg::HolidayCollision { activity, date, weekday, closed } => {
            let day = W.weekday(*weekday);
            let (what, label) = match closed {
                Closed::Weekend => ("en weekenddag".to_string(), "weekend".to_string()),
                Closed::Holiday { public: true, names } => {
                    (format!("en helligdag ({})", names.da), names.da.clone())
                }
                Closed::Holiday { public: false, names } => (
                    format!("en dag, hvor kommunen holder lukket ({})", names.da),
                    names.da.clone(),
                ),
                Closed::Period { from, to } => {
                    let period = if from == to { from.clone() } else { format!("{from}..{to}") };
                    (format!("i lukkeperioden {period}"), "lukket".to_string())
                }
            };
            let t = Text::new(format!("aktiviteten `{activity}` ligger fast {day} {date}, {what}"))
                .label(label)
                .help("flyt datoen til en arbejdsdag; er dagen valgt med vilje, så skriv `allow: [holiday-collision]`");
            match closed {
                Closed::Period { .. } => t.label("lukkeperioden"),
                _ => t,
            }
        }
        RuleMsg::UnknownRule { name, suggestion } => {
            let help = match suggestion {
                Some(s) => format!("mente du `{s}`? `tovholder rules` viser alle regler"),
                None => "`tovholder rules` viser alle regler".to_string(),
            };
            Text::new(format!("`{name}` er ikke en regel")).label("ukendt regel").help(help)
        }
        RuleMsg::AllowSilencesNothing { name } => {
            Text::new(format!("`allow: [{name}]` dæmper ikke noget her"))
                .label("intet at dæmpe")
                .help("fjern linjen: det hul, den undskyldte, er væk")
        }
        RuleMsg::TooManyOccurrences { activity, limit } => Text::new(format!(
            "aktiviteten `{activity}` gentages mere end {limit} gange; kalenderen stopper ved grænsen"
        ))
        .label("gentages for ofte")
        .help("brug et længere interval, giv fasen en slutning, eller gør kalenderen kortere med `horizon` eller `--until`"),
        RuleMsg::PlanTooManyOccurrences { activity, limit } => Text::new(format!(
            "planen har mere end {limit} forekomster i alt; grænsen blev nået ved aktiviteten `{activity}`"
        ))
        .label("grænsen nået her")
        .help("brug længere intervaller, eller gør kalenderen kortere med `horizon` eller `--until`"),
        RuleMsg::HorizonMismatch { unit, declared, taken, skipped, optional, optional_names, ongoing, too_long, open } => {
            let what = match ongoing {
                Some(o) => format!("faserne før den løbende fase {o}"),
                None => "faserne".to_string(),
            };
            let mut message = match skipped {
                Some(skipped) => {
                    let names = optional_names.join(", ");
                    let with = if optional_names.len() == 1 {
                        format!("med den valgfrie fase {names}")
                    } else {
                        format!("med de valgfrie faser {names}")
                    };
                    format!("{what} varer {} ({} {with})", W.amount(*skipped, *unit), range(*taken))
                }
                None => format!("{what} varer {}", W.amount(*taken, *unit)),
            };
            message.push_str(&format!(", planen siger {}", W.amount(*declared, *unit)));
            let help = if *too_long && *open {
                format!(
                    "sæt `horizon` til mindst {} (plus tid til forankring), eller gør faserne kortere",
                    W.amount((taken.0, taken.0), *unit)
                )
            } else {
                format!(
                    "sæt `horizon: {}`, eller juster fasernes varighed, så de passer",
                    W.horizon_value(*taken, *unit)
                )
            };
            let mut t = Text::new(message)
                .label(format!("planen siger {}", W.amount(*declared, *unit)))
                .help(help);
            t.labels.extend(optional.iter().map(|_| "valgfri: regnet med".to_string()));
            t
        }
        RuleMsg::HorizonMismatchFromModel { model, unit, declared, taken, too_long, open } => {
            let help = if *too_long && *open {
                format!(
                    "overskriv modellens tidshorisont i planen med en `horizon` på mindst {} (plus tid til forankring), eller gør faserne kortere",
                    W.amount((taken.0, taken.0), *unit)
                )
            } else {
                format!(
                    "overskriv modellens tidshorisont i planen: `horizon: {}`, eller juster fasernes varighed, så de passer",
                    W.horizon_value(*taken, *unit)
                )
            };
            Text::new(format!(
                "faserne varer {}, men den tidshorisont, planen arver fra modellen `{model}`, siger {}",
                W.amount(*taken, *unit),
                W.amount(*declared, *unit)
            ))
            .label("tidshorisonten kommer fra denne model")
            .label(format!("modellen siger {}", W.amount(*declared, *unit)))
            .help(help)
        }
        RuleMsg::GoalBaselineAfterTarget { goal, baseline, by } => Text::new(format!(
            "baseline for målet `{goal}` er målt {baseline}, efter at målet skal være nået ({by})"
        ))
        .label("baseline målt her")
        .label("måldato")
        .help("mål baseline, før arbejdet går i gang, og sæt målets `by` efter den"),
        RuleMsg::GoalTargetBeforeStart { goal, by, start } => Text::new(format!(
            "målet `{goal}` skal være nået {by}, før planen begynder ({start})"
        ))
        .label("før starten")
        .label("planen begynder her")
        .help("sæt målets `by` til en dato efter planens start"),
        RuleMsg::GoalDueAfterTerm { goal, long, by, limit, years, horizon } => {
            let term = if *long { "langsigtet" } else { "kortsigtet" };
            if *horizon {
                Text::new(format!(
                    "målet `{goal}` er {term}, men skal først være nået {by}, efter planens tidshorisont slutter ({limit})"
                ))
                .label("efter tidshorisonten")
                .label(format!("tidshorisonten slutter {limit}"))
                .help("sæt målets `by` inden for tidshorisonten, eller gør målet langsigtet med `term: lang`")
            } else {
                let other = if *long {
                    "ryk målets `by` tættere på, eller del målet op i delmål"
                } else {
                    "ryk målets `by` tættere på, eller gør målet langsigtet med `term: lang`"
                };
                Text::new(format!(
                    "målet `{goal}` er {term}, men skal først være nået {by}, mere end {years} år efter planens start ({limit})"
                ))
                .label(format!("mere end {years} år efter starten"))
                .label(format!("{term}: højst {years} år"))
                .help(format!("{other} (grænsen er indstillingen `goal-dates-inconsistent.{}_term_years`)", if *long { "long" } else { "short" }))
            }
        }
    }
}

/// En enhed i en sektion, efter sektionens nøgle.
fn section_noun(key: &str) -> &'static str {
    match key {
        "roles" => "rolle",
        "phases" => "fase",
        "activities" => "aktivitet",
        "goals" => "mål",
        "checklists" => "tjekliste",
        "stakeholders" => "interessent",
        "tracks" => "spor",
        _ => "enhed",
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
        (Some(s), _) => format!("mente du `{s}`?"),
        (None, Some(other)) => format!("`{id}` er en {}, ikke en {noun}", section_noun(other)),
        (None, None) if total == 0 => {
            format!("planen har ingen {target}; tilføj `{id}` under `{target}:`")
        }
        (None, None) => {
            let mut k = known.join(", ");
            if total > known.len() {
                k.push_str(&format!(", … ({total} i alt)"));
            }
            format!("kendte id'er: {k}")
        }
    };
    Text::new(format!("ukendt {noun} `{id}`"))
        .label(format!("ingen {noun} med dette id"))
        .help(help)
}

fn unused_role(role: &str) -> Text {
    Text::new(format!("rollen `{role}` bruges ikke i planen"))
        .label("intet henviser til rollen")
        .help("gør den ansvarlig for eller deltager i en aktivitet, eller ejer af en fase, et mål eller en tjekliste – eller fjern den")
}

fn goal_without_activity(goal: &str) -> Text {
    Text::new(format!("ingen aktivitet bidrager til målet `{goal}`"))
        .label("ingen aktivitet fører hertil")
        .help(format!(
            "tilføj `contributes_to: [{goal}]` til de aktiviteter, der skal flytte målet – eller planlæg en ny"
        ))
}

fn stakeholder_never_informed(stakeholder: &str) -> Text {
    Text::new(format!("interessenten `{stakeholder}` informeres aldrig"))
        .label("ingen aktivitet har den i sin `audience`")
        .help(format!(
            "planlæg en aktivitet med `audience: [{stakeholder}]` og en `channel`, fx et nyhedsbrev eller et dialogmøde"
        ))
}

fn phase_without_activities(phase: &str) -> Text {
    Text::new(format!("fasen `{phase}` har ingen aktiviteter"))
        .label("intet planlagt i denne fase")
        .help(format!(
            "planlæg mindst én aktivitet i fasen: `phase: {phase}` (eller tilføj den til en aktivitets `phases:`)"
        ))
}
