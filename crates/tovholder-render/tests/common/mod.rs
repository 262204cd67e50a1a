//! A hand-made compiled plan for render tests (a small ICS plan in Danish), and
//! a hostile variant whose text is full of markup and template syntax.

#![allow(dead_code)]

use tovholder_core::Lang;
use tovholder_core::compiled::*;
use tovholder_core::model::Date;

pub fn d(s: &str) -> Date {
    Date::parse(s).unwrap()
}

fn src(line: usize) -> SourceRef {
    SourceRef {
        file: "fixture.yaml".into(),
        line,
        column: 3,
    }
}

fn window(s: &str) -> DateWindow {
    DateWindow {
        earliest: d(s),
        nominal: d(s),
        latest: d(s),
    }
}

fn strings(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
}

/// Monday-to-Friday: move a weekend date to the following Monday.
fn weekday(x: jiff::civil::Date) -> jiff::civil::Date {
    use jiff::civil::Weekday;
    match x.weekday() {
        Weekday::Saturday => x.checked_add(jiff::Span::new().days(2)).unwrap(),
        Weekday::Sunday => x.checked_add(jiff::Span::new().days(1)).unwrap(),
        _ => x,
    }
}

/// Occurrences every `months` months from `from` while before `until`, in `phase`.
fn monthly(from: &str, until: &str, months: i64, phase: &str, first_index: u32) -> Vec<Occurrence> {
    let mut out = Vec::new();
    let (start, end) = (d(from).0, d(until).0);
    let mut i = 0;
    loop {
        let raw = start
            .checked_add(jiff::Span::new().months(months * i))
            .unwrap();
        if raw >= end {
            break;
        }
        let date = weekday(raw);
        out.push(Occurrence {
            index: first_index + u32::try_from(i).unwrap(),
            slot: first_index + u32::try_from(i).unwrap(),
            date: Date(date),
            earliest: Date(date),
            latest: Date(date),
            moved_from: (date != raw).then_some(Date(raw)),
            phase: Some(phase.into()),
            days: Vec::new(),
            follow_up: None,
        });
        i += 1;
    }
    out
}

fn once(date: &str, phase: &str) -> Vec<Occurrence> {
    vec![Occurrence {
        index: 0,
        slot: 0,
        date: d(date),
        earliest: d(date),
        latest: d(date),
        moved_from: None,
        phase: Some(phase.into()),
        days: Vec::new(),
        follow_up: None,
    }]
}

fn role(id: &str, name: &str, owners: &[&str], hours: Option<(&str, f64)>) -> CompiledRole {
    CompiledRole {
        id: id.into(),
        name: name.into(),
        purpose: None,
        owners: strings(owners),
        hours: hours.map(|h| h.0.to_string()),
        granted_hours_per_month: hours.map(|h| h.1),
        mandate: None,
        reports_to: None,
        responsibilities: Vec::new(),
        planned_hours: Vec::new(),
        person_hours: Vec::new(),
        source: src(10),
        origin: "fixture.yaml".into(),
    }
}

#[allow(clippy::too_many_arguments)]
fn activity(
    id: &str,
    name: &str,
    phases: &[&str],
    every: Option<&str>,
    minutes: Option<u32>,
    time: &str,
    responsible: Option<&str>,
    participants: &[&str],
    occurrences: Vec<Occurrence>,
) -> CompiledActivity {
    CompiledActivity {
        id: id.into(),
        name: name.into(),
        phases: strings(phases),
        responsible: responsible.map(Into::into),
        participants: strings(participants),
        audience: Vec::new(),
        channel: None,
        purpose: None,
        agenda: Vec::new(),
        outputs: Vec::new(),
        contributes_to: Vec::new(),
        every: every.map(Into::into),
        length_minutes: minutes,
        length_days: None,
        length: minutes.map(|m| format!("{m} minutes")),
        time: time.into(),
        fixed_date: None,
        kind: tovholder_core::model::ActivityKind::Meeting,
        location: None,
        optional: false,
        when: None,
        track: None,
        occurrences,
        source: src(40),
        origin: "fixture.yaml".into(),
    }
}

/// Planned hours per month from the activities (what the compiler computes).
fn fill_planned_hours(plan: &mut CompiledPlan) {
    use std::collections::BTreeMap;
    for r in &mut plan.roles {
        let mut months: BTreeMap<String, f64> = BTreeMap::new();
        for a in &plan.activities {
            let involved =
                a.responsible.as_deref() == Some(r.id.as_str()) || a.participants.contains(&r.id);
            if !involved {
                continue;
            }
            for o in &a.occurrences {
                let key = format!("{:04}-{:02}", o.date.0.year(), o.date.0.month());
                *months.entry(key).or_default() += f64::from(a.length_minutes.unwrap_or(60)) / 60.0;
            }
        }
        r.planned_hours = months
            .into_iter()
            .map(|(month, hours)| MonthHours { month, hours })
            .collect();
    }
}

/// A small ICS plan: three phases, five roles, recurring and one-off activities,
/// goals, checklists, a communication activity, Danish holidays and a summer closure.
pub fn plan() -> CompiledPlan {
    let holidays = holiday_dates(2027, 2028);
    let mut superbruger = role(
        "superbruger",
        "Superbruger",
        &["Anna Jensen", "Bo Hansen"],
        Some(("4 pr. uge", 4.0 * 52.0 / 12.0)),
    );
    superbruger.purpose = Some("Driver ICS i hverdagen og støtter kolleger".into());
    superbruger.mandate =
        Some("Planlægger selv læringsmøder; ændringer i arbejdsgange aftales med lederen.".into());
    superbruger.reports_to = Some("leder".into());
    superbruger.responsibilities = strings(&["Sensemaker", "Storyteller", "Budbringer"]);
    let mut leder = role(
        "leder",
        "Afdelingsleder",
        &["Henrik Dahl"],
        Some(("3 pr. måned", 3.0)),
    );
    leder.reports_to = Some("topledelse".into());
    leder.purpose = Some("Leder implementeringen i hverdagen".into());
    let topledelse = role("topledelse", "Børne- og familiechef", &["Mette Kjær"], None);
    let mut sagsbehandler = role(
        "sagsbehandler",
        "Rådgivere",
        &["Alle rådgivere i Familieteamet"],
        Some(("6 pr. måned", 6.0)),
    );
    sagsbehandler.reports_to = Some("leder".into());
    let koordinator = role(
        "koordinator",
        "ICS-koordinator",
        &[],
        Some(("8 pr. uge", 8.0 * 52.0 / 12.0)),
    );

    let mut beslutningsoplaeg = activity(
        "beslutningsoplaeg",
        "Beslutningsoplæg om ICS drøftes i ledelsen",
        &["beslutning"],
        None,
        Some(120),
        "09:00",
        Some("topledelse"),
        &["leder", "koordinator"],
        once("2027-01-04", "beslutning"),
    );
    beslutningsoplaeg.outputs = strings(&["Indstilling til udvalget"]);
    let mut udvalg = activity(
        "udvalgsbehandling",
        "Børne- og Ungeudvalget behandler indførelsen af ICS",
        &["beslutning"],
        None,
        Some(60),
        "16:00",
        Some("topledelse"),
        &[],
        once("2027-02-02", "beslutning"),
    );
    udvalg.audience = strings(&["politikere"]);
    udvalg.channel = Some("Sag på udvalgets møde".into());
    udvalg.purpose = Some("Politisk godkendelse af ICS som metode.".into());
    let mut styregruppe = activity(
        "styregruppemoede",
        "Styregruppemøde om implementeringen",
        &["beslutning", "klar-parat-start", "i-gang"],
        Some("måned"),
        Some(90),
        "13:00",
        Some("koordinator"),
        &["topledelse", "leder", "superbruger"],
        [
            monthly("2027-01-11", "2027-03-01", 1, "beslutning", 0),
            monthly("2027-03-08", "2027-11-01", 1, "klar-parat-start", 2),
            monthly("2027-11-08", "2028-06-30", 1, "i-gang", 10),
        ]
        .concat(),
    );
    styregruppe.agenda = strings(&[
        "Status på aktiviteterne",
        "Stemningen i organisationen",
        "Beslutninger og justeringer",
    ]);
    styregruppe.contributes_to = strings(&["undersoegelser-efter-ics"]);
    let mut workshop = activity(
        "afklaringsworkshop",
        "Workshop – hvor og hvordan skal vi arbejde med ICS?",
        &["klar-parat-start"],
        None,
        Some(180),
        "09:00",
        Some("koordinator"),
        &["leder", "superbruger"],
        vec![Occurrence {
            index: 0,
            slot: 0,
            date: d("2027-03-15"),
            earliest: d("2027-03-15"),
            latest: d("2027-03-29"),
            moved_from: None,
            phase: Some("klar-parat-start".into()),
            days: Vec::new(),
            follow_up: None,
        }],
    );
    workshop.purpose = Some("Afklare hvor ICS tages i brug først.".into());
    let mut sparring = activity(
        "sparring",
        "Sparring på ICS-redskaber",
        &["klar-parat-start", "i-gang"],
        Some("måned"),
        Some(60),
        "13:00",
        Some("superbruger"),
        &["sagsbehandler"],
        [
            monthly("2027-03-22", "2027-11-01", 1, "klar-parat-start", 0),
            monthly("2027-11-22", "2028-06-30", 1, "i-gang", 8),
        ]
        .concat(),
    );
    sparring.channel = Some("I teamene".into());
    sparring.contributes_to = strings(&["undersoegelser-efter-ics"]);
    let mut laering = activity(
        "laeringsmoede",
        "Teammøde med fokus på læring",
        &["i-gang"],
        Some("2 måneder"),
        Some(120),
        "09:00",
        Some("superbruger"),
        &["sagsbehandler", "leder"],
        monthly("2027-11-09", "2028-06-30", 2, "i-gang", 0),
    );
    laering.contributes_to = strings(&["undersoegelser-efter-ics"]);
    let mut pjece = activity(
        "orientering-borgere",
        "Information til børn og familier om ICS",
        &["i-gang"],
        None,
        None,
        "09:00",
        Some("koordinator"),
        &[],
        once("2028-03-06", "i-gang"),
    );
    pjece.audience = strings(&["borgere", "samarbejdspartnere"]);
    pjece.channel = Some("Pjece og hjemmeside".into());
    let mut audit = activity(
        "sagsaudit",
        "Sagsaudit af børnefaglige undersøgelser",
        &["i-gang"],
        Some("6 måneder"),
        Some(240),
        "09:00",
        Some("leder"),
        &["superbruger"],
        monthly("2027-12-01", "2028-06-30", 6, "i-gang", 0),
    );
    audit.occurrences[0].moved_from = None;

    let phases = vec![
        CompiledPhase {
            id: "beslutning".into(),
            name: "Beslutning".into(),
            after: Vec::new(),
            duration: "2 måneder".into(),
            ongoing: false,
            optional: false,
            owner: Some("topledelse".into()),
            purpose: Some("Beslutte at indføre ICS og give implementeringen en ramme.".into()),
            characteristics: strings(&["Beslutningsgrundlag udarbejdes", "Superbrugere udpeges"]),
            exit_criteria: strings(&["Udvalget har godkendt ICS", "Beslutningen er meldt ud"]),
            start: window("2027-01-04"),
            end: window("2027-03-04"),
            follow_up: None,
            source: src(60),
            origin: "fixture.yaml".into(),
        },
        CompiledPhase {
            id: "klar-parat-start".into(),
            name: "Klar, parat – start".into(),
            after: strings(&["beslutning"]),
            duration: "8 måneder".into(),
            ongoing: false,
            optional: false,
            owner: Some("koordinator".into()),
            purpose: None,
            characteristics: strings(&["Undervisning i gang"]),
            exit_criteria: strings(&["Projektorganisationen er etableret"]),
            start: window("2027-03-04"),
            end: DateWindow {
                earliest: d("2027-11-01"),
                nominal: d("2027-11-04"),
                latest: d("2027-12-01"),
            },
            follow_up: None,
            source: src(70),
            origin: "fixture.yaml".into(),
        },
        CompiledPhase {
            id: "i-gang".into(),
            name: "I gang".into(),
            after: strings(&["klar-parat-start"]),
            duration: "løbende".into(),
            ongoing: true,
            optional: false,
            owner: Some("leder".into()),
            purpose: Some("Gøre ICS til den måde, der arbejdes på.".into()),
            characteristics: Vec::new(),
            exit_criteria: strings(&["ICS anvendes i alle teams"]),
            start: DateWindow {
                earliest: d("2027-11-01"),
                nominal: d("2027-11-04"),
                latest: d("2027-12-01"),
            },
            end: window("2028-07-01"),
            follow_up: None,
            source: src(80),
            origin: "fixture.yaml".into(),
        },
    ];
    let goals = vec![
        CompiledGoal {
            id: "undersoegelser-efter-ics".into(),
            statement: "Børnefaglige undersøgelser udarbejdes efter ICS".into(),
            kind: Some("quantitative".into()),
            term: Some("long".into()),
            indicator: Some("Andel af 20 auditerede sager udarbejdet efter ICS".into()),
            baseline: Some(CompiledBaseline {
                value: Some("10 %".into()),
                date: Some(d("2026-11-30")),
                source: Some("Sagsaudit".into()),
            }),
            target: Some(CompiledTarget {
                value: Some("90 %".into()),
                by: Some(d("2028-06-30")),
            }),
            owner: Some("leder".into()),
            phase: Some("i-gang".into()),
            activities: strings(&["styregruppemoede", "sparring", "laeringsmoede"]),
            track: None,
            level: None,
            contributes_to: Vec::new(),
            source: src(120),
            origin: "fixture.yaml".into(),
        },
        CompiledGoal {
            id: "ics-giver-mening".into(),
            statement: "ICS giver mening i den daglige praksis".into(),
            kind: Some("qualitative".into()),
            term: Some("short".into()),
            indicator: None,
            baseline: None,
            target: None,
            owner: None,
            phase: None,
            activities: Vec::new(),
            track: None,
            level: None,
            contributes_to: Vec::new(),
            source: src(130),
            origin: "fixture.yaml".into(),
        },
    ];
    let checklists = vec![
        CompiledChecklist {
            id: "forberedelse".into(),
            name: "Tjekliste vedrørende forberedelse".into(),
            phase: Some("klar-parat-start".into()),
            owner: Some("koordinator".into()),
            items: vec![
                CompiledItem {
                    text: "Er der formuleret mål for indførelsen?".into(),
                    owner: Some("leder".into()),
                    done: true,
                },
                CompiledItem {
                    text: "Er aktivitetsplanen godkendt af ledelsen?".into(),
                    owner: None,
                    done: false,
                },
                CompiledItem {
                    text: "Hvilken rolle spiller superbrugeren i fasen?".into(),
                    owner: Some("superbruger".into()),
                    done: false,
                },
            ],
            source: src(140),
            origin: "fixture.yaml".into(),
        },
        CompiledChecklist {
            id: "aktiviteter".into(),
            name: "Tjekliste vedrørende aktiviteter".into(),
            phase: None,
            owner: None,
            items: vec![CompiledItem {
                text: "Er relevante samarbejdspartnere informeret om metoden?".into(),
                owner: None,
                done: false,
            }],
            source: src(150),
            origin: "fixture.yaml".into(),
        },
    ];
    let stakeholders = vec![
        CompiledStakeholder {
            id: "politikere".into(),
            name: "Børne- og Ungeudvalget".into(),
            description: None,
            informed_by: strings(&["udvalgsbehandling"]),
            source: src(160),
            origin: "fixture.yaml".into(),
        },
        CompiledStakeholder {
            id: "borgere".into(),
            name: "Børn og familier".into(),
            description: None,
            informed_by: strings(&["orientering-borgere"]),
            source: src(161),
            origin: "fixture.yaml".into(),
        },
        CompiledStakeholder {
            id: "samarbejdspartnere".into(),
            name: "Skoler, dagtilbud og sundhedspleje".into(),
            description: None,
            informed_by: strings(&["orientering-borgere"]),
            source: src(162),
            origin: "fixture.yaml".into(),
        },
    ];
    let mut plan = CompiledPlan {
        format: "tovholder-compiled".into(),
        format_version: COMPILED_FORMAT_VERSION,
        id: "ics-fixture".into(),
        title: "Implementering af ICS i Familieafdelingen".into(),
        organisation: Some("Eksempel Kommune, Børn og Familie".into()),
        language: Lang::Da,
        start: d("2027-01-04"),
        until: d("2028-06-30"),
        as_of: None,
        horizon: Some("18 måneder".into()),
        uses: None,
        model: None,
        source: src(1),
        calendar: CompiledCalendar {
            holidays: tovholder_core::calendar::HolidayRegion::Dk,
            timezone: "Europe/Copenhagen".into(),
            day_length_minutes: 444,
            closed: vec![ClosedPeriod {
                from: d("2027-07-05"),
                to: d("2027-07-30"),
            }],
            holiday_dates: holidays,
        },
        roles: vec![topledelse, leder, koordinator, superbruger, sagsbehandler],
        phases,
        activities: vec![
            beslutningsoplaeg,
            udvalg,
            styregruppe,
            workshop,
            sparring,
            laering,
            pjece,
            audit,
        ],
        goals,
        checklists,
        stakeholders,
        tracks: Vec::new(),
    };
    // Drop occurrences in the summer closure, as the scheduler would move them.
    for a in &mut plan.activities {
        for o in &mut a.occurrences {
            if o.date >= d("2027-07-05") && o.date <= d("2027-07-30") {
                o.moved_from = Some(o.date);
                o.date = d("2027-08-02");
                o.earliest = o.date;
                o.latest = o.date;
            }
        }
    }
    fill_planned_hours(&mut plan);
    plan
}

/// The Danish holidays of whole calendar years, as the compiler lists them.
fn holiday_dates(first: i16, last: i16) -> Vec<HolidayDate> {
    use tovholder_core::calendar::{self, HolidayRegion};
    (first..=last)
        .flat_map(|y| calendar::holidays(HolidayRegion::Dk, y))
        .map(|h| HolidayDate::of(h, Lang::Da))
        .collect()
}

/// The same plan with hostile text everywhere a name can go.
pub fn hostile() -> CompiledPlan {
    const NASTY: &str = "<script>alert(1)</script> {{ 7*7 }} ]]> =HYPERLINK(\"http://x\") a;b,c\nnæste linje & 'q' \\ end";
    let mut p = plan();
    p.title = format!("Plan {NASTY}");
    p.organisation = Some(format!("Org {NASTY}"));
    for r in &mut p.roles {
        r.name = format!("{} {NASTY}", r.name);
        r.owners = vec![NASTY.to_string()];
        r.purpose = Some(NASTY.into());
        r.mandate = Some(NASTY.into());
        r.responsibilities = vec![NASTY.into()];
    }
    for ph in &mut p.phases {
        ph.name = format!("{} {NASTY}", ph.name);
        ph.purpose = Some(NASTY.into());
        ph.exit_criteria = vec![NASTY.into()];
    }
    for a in &mut p.activities {
        a.name = format!("=1+1 {NASTY}");
        a.purpose = Some(NASTY.into());
        a.channel = Some(NASTY.into());
        a.agenda = vec![NASTY.into()];
    }
    for g in &mut p.goals {
        g.statement = NASTY.into();
        g.indicator = Some(NASTY.into());
    }
    for c in &mut p.checklists {
        c.name = NASTY.into();
        for i in &mut c.items {
            i.text = NASTY.into();
        }
    }
    for s in &mut p.stakeholders {
        s.name = NASTY.into();
    }
    p
}

/// The repository root.
pub fn repo() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Loads `uses` models from the file system, relative to the file that uses them
/// (names are kept relative to the repository root so output does not depend on
/// where the repository lives).
struct FsModels;

impl tovholder_core::merge::ModelSource for FsModels {
    fn load(
        &mut self,
        sources: &mut tovholder_core::SourceMap,
        from: tovholder_core::FileId,
        path: &str,
    ) -> Result<tovholder_core::FileId, String> {
        let base = sources
            .get(from)
            .map(|f| f.name.clone())
            .ok_or("unknown file")?;
        let rel = std::path::Path::new(&base)
            .parent()
            .unwrap_or(std::path::Path::new(""))
            .join(path);
        let text = std::fs::read_to_string(repo().join(&rel)).map_err(|e| e.to_string())?;
        Ok(sources.add(tovholder_core::SourceFile::new(
            rel.to_string_lossy().replace('\\', "/"),
            text,
        )))
    }
}

/// Compile a plan file (path relative to the repository root) the way the CLI does;
/// `None` when it has error-level findings or cannot be scheduled.
pub fn compile(rel: &str) -> Option<CompiledPlan> {
    let text = std::fs::read_to_string(repo().join(rel)).ok()?;
    let mut sources = tovholder_core::SourceMap::new();
    let file = sources.add(tovholder_core::SourceFile::new(rel.to_string(), text));
    let checked = tovholder_core::check_with_models(
        &mut sources,
        file,
        &tovholder_core::CheckOptions::default(),
        &mut FsModels,
    );
    if checked.errors() > 0 {
        return None;
    }
    checked.compiled(&sources)
}
