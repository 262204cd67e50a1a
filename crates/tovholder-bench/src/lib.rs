//! Synthetic plans for benchmarks: valid tovholder plans of any size, and the
//! TaskJuggler project of the same shape for the comparison in
//! `scripts/bench-compare.sh`.
//!
//! Output is deterministic: the same options give byte-identical text.
//!
//! **The rich shape** ([`Shape::Rich`], the default) looks like a national plan
//! repository's plans, only bigger. The activities are split into workstreams
//! (one per 250 activities). Each workstream has four phases after a shared
//! `forberedelse` phase (*beslutning* 1-3 months, *klar-parat-start* 8 months,
//! *i-gang* 1 year, *forankring* ongoing), 12 roles, 25 goals, 5 stakeholders and
//! 3 checklists per 250 activities. One activity in ten recurs (every month, two
//! months or 4-6 weeks, across two phases); the others happen once, at an offset
//! from their phase start or `after` another activity. Activities reference
//! roles (`responsible`, `participants`), goals (`contributes_to`), stakeholders
//! (`audience`) and each other (`after`); roles report to roles, goals and
//! checklists name owners and phases. Text is Danish, with æ, ø and å. Every
//! role, goal, stakeholder and phase is used, so the plan checks without findings.
//!
//! **The flat shape** ([`Shape::Flat`]) is the TaskJuggler comparison: four
//! phases one after the other and N one-hour activities of one role, a quarter of
//! them in each phase. [`taskjuggler`] writes the same project as a `.tjp` file.

pub mod journal;

use std::fmt::Write as _;

/// Which kind of plan to write.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// Workstreams, recurring and one-off activities, references everywhere.
    Rich,
    /// Four phases, one role, N one-hour activities (the TaskJuggler comparison).
    Flat,
}

/// What to generate.
#[derive(Clone, Copy, Debug)]
pub struct Options {
    /// Number of activities.
    pub activities: usize,
    /// Seed for the choices of text, lengths and offsets.
    pub seed: u64,
    pub shape: Shape,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            activities: 100,
            seed: 1,
            shape: Shape::Rich,
        }
    }
}

/// Activities per workstream in the rich shape.
pub const ACTIVITIES_PER_WORKSTREAM: usize = 250;
/// Roles per workstream in the rich shape.
pub const ROLES_PER_WORKSTREAM: usize = 12;
/// Goals per workstream in the rich shape.
pub const GOALS_PER_WORKSTREAM: usize = 25;
/// Stakeholders per workstream in the rich shape.
pub const STAKEHOLDERS_PER_WORKSTREAM: usize = 5;
/// Checklists per workstream in the rich shape.
pub const CHECKLISTS_PER_WORKSTREAM: usize = 3;

/// A small deterministic generator (SplitMix64): no dependency, same on every platform.
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// A number in `0..n` (`0` when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            return 0;
        }
        (self.next_u64() % n as u64) as usize
    }
    /// One element of a non-empty slice.
    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        let i = self.below(items.len());
        items.get(i).copied().unwrap_or("")
    }
}

/// Write a plan.
pub fn plan(opts: &Options) -> String {
    match opts.shape {
        Shape::Rich => rich(opts.activities, opts.seed),
        Shape::Flat => flat(opts.activities),
    }
}

const AREAS: &[&str] = &[
    "modtagelsen",
    "familieteamet",
    "handicapteamet",
    "ungeteamet",
    "plejefamilier",
    "sundhedsplejen",
    "pps",
    "jobcentret",
    "hjemmeplejen",
    "plejecentrene",
    "tandplejen",
    "myndighed",
];

const AREA_NAMES: &[&str] = &[
    "Modtagelsen",
    "Familieteamet",
    "Handicapteamet",
    "Ungeteamet",
    "Plejefamilieteamet",
    "Sundhedsplejen",
    "Pædagogisk Psykologisk Rådgivning",
    "Jobcentret",
    "Hjemmeplejen",
    "Plejecentrene",
    "Den kommunale tandpleje",
    "Myndighedsafdelingen",
];

/// Role ids (suffixes) and display names of one workstream; the first is its lead.
const ROLES: &[(&str, &str)] = &[
    ("leder", "Afdelingsleder"),
    ("teamleder", "Teamleder"),
    ("superbruger", "Superbruger"),
    ("facilitator", "Facilitator for læringsmøder"),
    ("implementeringsagent", "Implementeringsagent"),
    ("fagligt-fyrtaarn", "Fagligt fyrtårn"),
    ("raadgiver", "Rådgivere"),
    ("it-koordinator", "It-koordinator"),
    ("kvalitetskonsulent", "Kvalitetskonsulent"),
    ("tillidsrepræsentant", "Tillidsrepræsentant"),
    ("sekretær", "Sekretær"),
    ("kommunikationsmedarbejder", "Kommunikationsmedarbejder"),
];

const FIRST_NAMES: &[&str] = &[
    "Anna", "Bo", "Camilla", "Ditte", "Emil", "Freja", "Gustav", "Helle", "Ida", "Jonas", "Karen",
    "Lars", "Mette", "Niels", "Ole", "Pernille", "Rasmus", "Sofie", "Søren", "Trine", "Ulla",
    "Vibeke", "Åse", "Øjvind",
];
const LAST_NAMES: &[&str] = &[
    "Jensen",
    "Hansen",
    "Lund",
    "Møller",
    "Kjær",
    "Bech",
    "Holm",
    "Dahl",
    "Friis",
    "Winther",
    "Sørensen",
    "Østergaard",
    "Ærø",
    "Nørgaard",
];

const MEETINGS: &[&str] = &[
    "Teammøde med fokus på læring",
    "Sparring på udfordringer med metoden",
    "Erfaringsopsamling på tværs af teams",
    "Superbrugermøde",
    "Styregruppemøde om implementeringen",
    "Temperaturmåling blandt medarbejderne",
    "Læringsmøde om gode og svære sager",
    "Opfølgning på sagsaudit",
];
const ONE_OFFS: &[&str] = &[
    "Workshop – hvor og hvordan skal vi arbejde med metoden?",
    "Undervisning i metodens begreber og redskaber",
    "Orientering af LokalMED",
    "Kvalitetsstandard for undersøgelser udvikles",
    "Arbejdsgange revideres, og metoden tænkes ind",
    "Skabeloner sættes op i fagsystemet",
    "Nyhedsbrev om implementeringen",
    "Evaluering af første halvår",
    "Rollebeskrivelser justeres",
    "Fælles vision og konkrete mål præsenteres",
    "Realitetstjek før statusmødet",
    "Oplæring af nye medarbejdere",
];
const PURPOSES: &[&str] = &[
    "Systematisk opfølgning på erfaringerne med at anvende metoden i sagsarbejdet.",
    "Sikre at alle kender baggrunden for forandringen og deres egen rolle i den.",
    "Fange de små problemer, mens de er små, og dele de gode historier.",
    "Holde ledelsen opdateret om stemningen i organisationen og reaktionerne blandt medarbejderne.",
    "Give borgere og samarbejdspartnere et klart billede af, hvad forandringen betyder for dem.",
];
const AGENDA: &[&str] = &[
    "Status på implementeringsplanens aktiviteter",
    "Refleksion over erfaringer og udfordringer",
    "Hvad er de tre bedste resultater siden sidst?",
    "Hvilke to ting har været svære?",
    "Beslutning om konkrete handlinger, og hvem gør hvad",
    "Hvornår og hvordan følger vi op?",
];
const OUTPUTS: &[&str] = &[
    "Beslutninger om konkrete handlinger med ansvarlige",
    "Opdateret implementeringsplan",
    "Referat til styregruppen",
    "Liste over arbejdsgange, der skal revideres",
];
const CHANNELS: &[&str] = &["Nyhedsbrev", "Intranet", "Pjece", "Fællesmøde", "Brev"];
const LENGTHS: &[&str] = &["1 time", "90 minutter", "2 timer", "2 timer", "3 timer"];
const TIMES: &[&str] = &["\"09:00\"", "\"10:30\"", "\"13:00\"", "\"14:30\""];
const STAKEHOLDERS: &[(&str, &str)] = &[
    ("borgere", "Borgere og pårørende"),
    ("leverandoerer", "Kommunale og private leverandører"),
    ("politikere", "Udvalgets politikere"),
    ("samarbejdspartnere", "Skoler, dagtilbud og sundhedsvæsen"),
    ("lokalmed", "LokalMED"),
];

/// The four phases of every workstream: id suffix, name, duration, the latest
/// offset (in weeks) at which a one-off activity may be placed safely inside it.
const WS_PHASES: &[(&str, &str, &str, u32)] = &[
    ("beslutning", "Beslutning", "1-3 måneder", 2),
    ("klar-parat-start", "Klar, parat – start", "8 måneder", 30),
    ("i-gang", "I gang", "1 år", 46),
    ("forankring", "Forankring", "løbende", 40),
];

struct Ws {
    slug: String,
    name: String,
    activities: usize,
}

fn workstreams(n: usize) -> Vec<Ws> {
    let count = n.div_ceil(ACTIVITIES_PER_WORKSTREAM).max(1);
    let base = n / count;
    let extra = n % count;
    (0..count)
        .map(|w| {
            let area = w % AREAS.len();
            let round = w / AREAS.len() + 1;
            Ws {
                slug: format!("{}-{round}", AREAS.get(area).copied().unwrap_or("team")),
                name: format!(
                    "{} {round}",
                    AREA_NAMES.get(area).copied().unwrap_or("Team")
                ),
                activities: base + usize::from(w < extra),
            }
        })
        .collect()
}

fn person(rng: &mut Rng) -> String {
    format!("{} {}", rng.pick(FIRST_NAMES), rng.pick(LAST_NAMES))
}

fn rich(n: usize, seed: u64) -> String {
    let mut rng = Rng::new(seed);
    let wss = workstreams(n);
    let mut o = String::with_capacity(n * 700 + 4096);
    let _ = writeln!(
        o,
        "# Generated by gen-plan (tovholder-bench): {n} activities, seed {seed}.\n\
         id: benchmark-{n}\n\
         title: Implementering af ny metode i {} arbejdsområder\n\
         organisation: Benchmark Kommune, Børn, Unge og Sundhed\n\
         language: da\n\
         start: 2027-01-04\n\
         horizon: 3 år\n\
         calendar:\n  holidays: dk\n  closed: [\"2027-07-05..2027-07-30\", \"2028-07-03..2028-07-28\"]",
        wss.len()
    );

    // Roles: two shared, twelve per workstream.
    o.push_str("\nroles:\n");
    let _ = writeln!(
        o,
        "  direktion:\n    name: Direktion\n    purpose: Træffer beslutningen og holder et vedvarende ledelsesfokus.\n    owner: {}\n    hours: 16 pr. måned\n    mandate: Beslutter implementeringen, dens budget og projektorganisationen.",
        person(&mut rng)
    );
    let _ = writeln!(
        o,
        "  koordinator:\n    name: Implementeringskoordinator\n    purpose: Holder sammen på implementeringsplanen på tværs af arbejdsområderne.\n    owner: [{}, {}]\n    hours: 37 pr. uge\n    reports_to: direktion",
        person(&mut rng),
        person(&mut rng)
    );
    for ws in &wss {
        for (r, (suffix, name)) in ROLES.iter().enumerate() {
            let _ = writeln!(o, "  {}-{suffix}:", ws.slug);
            let _ = writeln!(o, "    name: {name}, {}", ws.name);
            let _ = writeln!(
                o,
                "    purpose: {}",
                match r {
                    0 => "Leder implementeringen i hverdagen og følger op på planen.",
                    1 => "Prioriterer opgaver og mødetid i teamet, så metoden kan tages i brug.",
                    2 => "Driver metoden i hverdagen og støtter kolleger.",
                    _ => "Bidrager til, at metoden bliver den måde, der arbejdes på.",
                }
            );
            let _ = writeln!(o, "    owner: [{}, {}]", person(&mut rng), person(&mut rng));
            let _ = writeln!(o, "    hours: {} pr. uge", 10 + rng.below(6));
            if r < 3 {
                let _ = writeln!(
                    o,
                    "    mandate: Planlægger selv møder og indhold inden for planens rammer."
                );
                let _ = writeln!(
                    o,
                    "    responsibilities: [Sensemaker, Storyteller, Budbringer]"
                );
            }
            let boss = if r == 0 {
                "koordinator".to_string()
            } else {
                format!("{}-leder", ws.slug)
            };
            let _ = writeln!(o, "    reports_to: {boss}");
        }
    }

    // Phases: one shared, four per workstream.
    o.push_str("\nphases:\n");
    o.push_str(
        "  forberedelse:\n    name: Forberedelse\n    duration: 1 måned\n    owner: koordinator\n    characteristics: [Beslutningsgrundlag udarbejdes]\n    exit_criteria: [Beslutningsgrundlaget er drøftet i direktionen]\n",
    );
    for ws in &wss {
        let mut prev = "forberedelse".to_string();
        for (suffix, name, duration, _) in WS_PHASES {
            let id = format!("{}-{suffix}", ws.slug);
            let _ = writeln!(o, "  {id}:");
            let _ = writeln!(o, "    name: {name} ({})", ws.name);
            let _ = writeln!(o, "    after: [{prev}]");
            let _ = writeln!(o, "    duration: {duration}");
            let _ = writeln!(o, "    owner: {}-leder", ws.slug);
            let _ = writeln!(
                o,
                "    exit_criteria: [Aktiviteterne i fasen er gennemført, Der er fulgt op og justeret]"
            );
            prev = id;
        }
    }

    // Activities.
    o.push_str("\nactivities:\n");
    o.push_str(
        "  beslutningsoplaeg:\n    name: Beslutningsoplæg drøftes i direktionen\n    phase: forberedelse\n    at: 1 uge\n    time: \"09:00\"\n    length: 2 timer\n    responsible: direktion\n    participants: [koordinator]\n",
    );
    let mut written = 1usize;
    for ws in &wss {
        let s = &ws.slug;
        let mut last_at: Vec<Option<String>> = vec![None; WS_PHASES.len()];
        for j in 0..ws.activities {
            if written >= n {
                break;
            }
            written += 1;
            let role = |i: usize| {
                format!(
                    "{s}-{}",
                    ROLES.get(i % ROLES.len()).map_or("leder", |r| r.0)
                )
            };
            let responsible = role(j);
            let p1 = role(j + 1 + rng.below(5));
            let p2 = role(j + 6 + rng.below(5));
            let goal = format!("{s}-maal-{}", j % GOALS_PER_WORKSTREAM + 1);
            if j % 10 == 5 {
                // Recurring.
                let id = format!("{s}-møde-{j}");
                let (pa, pb) = if j % 20 == 5 {
                    ("klar-parat-start", "i-gang")
                } else {
                    ("i-gang", "forankring")
                };
                let _ = writeln!(o, "  {id}:");
                let _ = writeln!(o, "    name: {}", rng.pick(MEETINGS));
                let _ = writeln!(o, "    phases: [{s}-{pa}, {s}-{pb}]");
                let _ = writeln!(o, "    at: {} uger", 1 + rng.below(4));
                let _ = writeln!(
                    o,
                    "    every: {}",
                    rng.pick(&["måned", "2 måneder", "4-6 uger"])
                );
                let _ = writeln!(o, "    time: {}", rng.pick(TIMES));
                let _ = writeln!(o, "    length: {}", rng.pick(&["1 time", "90 minutter"]));
                let _ = writeln!(o, "    responsible: {responsible}");
                // The coordinator attends the first meeting series of every workstream.
                if j == 5 {
                    let _ = writeln!(o, "    participants: [{p1}, {p2}, koordinator]");
                } else {
                    let _ = writeln!(o, "    participants: [{p1}, {p2}]");
                }
                let _ = writeln!(o, "    purpose: {}", rng.pick(PURPOSES));
                let _ = writeln!(
                    o,
                    "    agenda:\n      - {}\n      - {}\n      - {}",
                    rng.pick(AGENDA),
                    rng.pick(AGENDA),
                    rng.pick(AGENDA)
                );
                let _ = writeln!(o, "    contributes_to: [{goal}]");
                continue;
            }
            // One-off: spread over the four phases, weighted towards the long ones.
            let ph = match j % 10 {
                0 => 0,
                1..=4 => 1,
                6..=8 => 2,
                _ => 3,
            };
            let Some((suffix, _, _, max_weeks)) = WS_PHASES.get(ph) else {
                continue;
            };
            let id = format!("{s}-aktivitet-{j}");
            let _ = writeln!(o, "  {id}:");
            let _ = writeln!(o, "    name: {}", rng.pick(ONE_OFFS));
            let _ = writeln!(o, "    phase: {s}-{suffix}");
            let chained = match last_at.get_mut(ph) {
                Some(slot) if j % 3 == 2 => slot.take(),
                _ => None,
            };
            match chained {
                Some(before) => {
                    let _ = writeln!(o, "    after: {before} + {} uge", 1 + rng.below(2));
                }
                None => {
                    // Leave two weeks so that an activity `after` this one stays in the phase.
                    let weeks = rng.below(*max_weeks as usize - 1);
                    let _ = writeln!(o, "    at: {weeks} uger");
                    if let Some(slot) = last_at.get_mut(ph) {
                        *slot = Some(id.clone());
                    }
                }
            }
            let _ = writeln!(o, "    time: {}", rng.pick(TIMES));
            let _ = writeln!(o, "    length: {}", rng.pick(LENGTHS));
            let _ = writeln!(o, "    responsible: {responsible}");
            let _ = writeln!(o, "    participants: [{p1}, {p2}]");
            if j % 4 == 1 {
                let _ = writeln!(o, "    purpose: {}", rng.pick(PURPOSES));
            }
            if j % 4 == 3 {
                let _ = writeln!(
                    o,
                    "    outputs: [{}, {}]",
                    rng.pick(OUTPUTS),
                    rng.pick(OUTPUTS)
                );
            }
            if j % 8 == 2 {
                let k = (j / 8) % STAKEHOLDERS.len();
                let sh = STAKEHOLDERS.get(k).map_or("borgere", |x| x.0);
                let _ = writeln!(o, "    audience: [{s}-{sh}]");
                let _ = writeln!(o, "    channel: {}", rng.pick(CHANNELS));
            }
            let goal2 = format!("{s}-maal-{}", (j * 7 + 3) % GOALS_PER_WORKSTREAM + 1);
            let _ = writeln!(o, "    contributes_to: [{goal}, {goal2}]");
        }
    }

    // Goals.
    o.push_str("\ngoals:\n");
    for ws in &wss {
        let s = &ws.slug;
        for g in 1..=GOALS_PER_WORKSTREAM {
            let kind = ["quantitative", "qualitative", "hypothesis"]
                .get(g % 3)
                .copied()
                .unwrap_or("quantitative");
            let _ = writeln!(o, "  {s}-maal-{g}:");
            let _ = writeln!(
                o,
                "    statement: Borgeren inddrages aktivt i sagsbehandlingen i {} (mål {g})",
                ws.name
            );
            let _ = writeln!(o, "    kind: {kind}");
            let _ = writeln!(o, "    term: {}", if g % 2 == 0 { "short" } else { "long" });
            let _ = writeln!(
                o,
                "    indicator: Andel sager med dokumenteret borgerinddragelse"
            );
            let _ = writeln!(
                o,
                "    baseline: {{ value: {} %, date: 2026-11-01, source: Sagsaudit }}",
                20 + rng.below(40)
            );
            let _ = writeln!(
                o,
                "    target: {{ value: {} %, by: 2028-12-31 }}",
                60 + rng.below(40)
            );
            let _ = writeln!(o, "    owner: {s}-leder");
            let _ = writeln!(o, "    phase: {s}-i-gang");
        }
    }

    // Checklists.
    o.push_str("\nchecklists:\n");
    for ws in &wss {
        let s = &ws.slug;
        for c in 1..=CHECKLISTS_PER_WORKSTREAM {
            let (phase, name) = match c {
                1 => ("beslutning", "Tjekliste vedrørende forberedelse"),
                2 => ("klar-parat-start", "Tjekliste vedrørende aktiviteter"),
                _ => ("i-gang", "Tjekliste vedrørende opfølgning"),
            };
            let _ = writeln!(o, "  {s}-tjekliste-{c}:");
            let _ = writeln!(o, "    name: {name}");
            let _ = writeln!(o, "    phase: {s}-{phase}");
            let _ = writeln!(o, "    owner: {s}-teamleder");
            let _ = writeln!(
                o,
                "    items:\n      - Er der formuleret mål for indførelsen?\n      - Er aktivitetsplanen godkendt af ledelsen?\n      - text: Er samarbejdspartnerne informeret?\n        owner: {s}-kommunikationsmedarbejder\n        done: false"
            );
        }
    }

    // Stakeholders.
    o.push_str("\nstakeholders:\n");
    for ws in &wss {
        for (id, name) in STAKEHOLDERS.iter().take(STAKEHOLDERS_PER_WORKSTREAM) {
            let _ = writeln!(o, "  {}-{id}:\n    name: {name} ({})", ws.slug, ws.name);
        }
    }
    o
}

/// Phases of the flat shape.
const FLAT_PHASES: &[(&str, &str)] = &[
    ("forberedelse", "Forberedelse"),
    ("oplaering", "Oplæring"),
    ("afproevning", "Afprøvning"),
    ("evaluering", "Evaluering"),
];

/// Activities of the flat shape per phase, and when each one is placed: one hour
/// of the one role each, eight a working day one after the other from 08:00 —
/// the plan TaskJuggler works out for the same project.
fn flat_slots(n: usize) -> Vec<Vec<usize>> {
    let mut phases: Vec<Vec<usize>> = vec![Vec::new(); FLAT_PHASES.len()];
    for a in 0..n {
        if let Some(p) = phases.get_mut(a * FLAT_PHASES.len() / n.max(1)) {
            p.push(a);
        }
    }
    phases
}

fn flat(n: usize) -> String {
    let mut o = String::with_capacity(n * 200 + 1024);
    let _ = writeln!(
        o,
        "# Generated by gen-plan --shape flat (tovholder-bench): {n} one-hour activities of one role in four phases.\n\
         id: flat-{n}\n\
         title: Fire faser, {n} aktiviteter, én rolle\n\
         language: da\n\
         start: 2027-01-04\n\
         calendar: {{ holidays: none }}\n\
         allow: [no-sustainment-phase]\n\
         roles:\n  koordinator:\n    name: Koordinator\n    owner: Anna Jensen\n    hours: 184 pr. måned"
    );
    let slots = flat_slots(n);
    o.push_str("phases:\n");
    let mut prev: Option<&str> = None;
    for ((id, name), acts) in FLAT_PHASES.iter().zip(&slots) {
        // Eight activities a working day: weeks = days / 5, rounded up, plus one.
        let weeks = acts.len().div_ceil(8).div_ceil(5) + 1;
        let _ = writeln!(o, "  {id}:\n    name: {name}");
        if let Some(p) = prev {
            let _ = writeln!(o, "    after: [{p}]");
        }
        let _ = writeln!(
            o,
            "    duration: {weeks} uger\n    exit_criteria: [Fasens aktiviteter er gennemført]"
        );
        prev = Some(id);
    }
    o.push_str("activities:\n");
    for ((phase, _), acts) in FLAT_PHASES.iter().zip(&slots) {
        for (k, a) in acts.iter().enumerate() {
            let day = k / 8;
            let hour = 8 + k % 8;
            // Working day `day` of the phase: whole weeks plus the weekday.
            let offset = day / 5 * 7 + day % 5;
            let _ = writeln!(
                o,
                "  aktivitet-{}:\n    name: Aktivitet {}\n    phase: {phase}\n    at: {offset} dage\n    time: \"{hour:02}:00\"\n    length: 1 time\n    responsible: koordinator",
                a + 1,
                a + 1
            );
        }
    }
    o
}

/// The flat shape as a TaskJuggler project: four phases one after the other, `n`
/// tasks of one hour's effort of the one resource, a quarter in each phase.
/// TaskJuggler levels the resource, so it works out when each task happens.
pub fn taskjuggler(n: usize) -> String {
    let mut o = String::with_capacity(n * 100 + 1024);
    let _ = writeln!(
        o,
        "/* Generated by gen-plan --shape flat --format tjp (tovholder-bench). */\n\
         project flat \"Fire faser, {n} aktiviteter, én rolle\" 2027-01-04 +5y {{\n  timezone \"Europe/Copenhagen\"\n}}\n\
         resource koordinator \"Koordinator\""
    );
    let slots = flat_slots(n);
    let mut prev: Option<&str> = None;
    for ((id, name), acts) in FLAT_PHASES.iter().zip(&slots) {
        let _ = writeln!(o, "task {id} \"{name}\" {{");
        if let Some(p) = prev {
            let _ = writeln!(o, "  depends {p}");
        }
        for a in acts {
            let _ = writeln!(
                o,
                "  task aktivitet_{} \"Aktivitet {}\" {{ effort 1h allocate koordinator }}",
                a + 1,
                a + 1
            );
        }
        o.push_str("}\n");
        prev = Some(id);
    }
    o
}

/// Parse `text` with the loader's YAML parser and its options for a text of that
/// length ([`tovholder_core::yaml::options_for`]) into [`serde::de::IgnoredAny`]:
/// the work no checker on this parser can skip. The baseline of the benchmarks.
pub fn bare_parse(text: &str) -> Result<(), serde_saphyr::Error> {
    serde_saphyr::from_str_with_options::<serde::de::IgnoredAny>(
        text,
        tovholder_core::yaml::options_for(text.len()),
    )
    .map(|_| ())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rng_is_deterministic_and_in_range() {
        let mut a = Rng::new(7);
        let mut b = Rng::new(7);
        for _ in 0..100 {
            let x = a.below(13);
            assert_eq!(x, b.below(13));
            assert!(x < 13);
        }
        assert_eq!(Rng::new(1).below(0), 0);
    }

    #[test]
    fn workstreams_share_the_activities() {
        let w = workstreams(1001);
        assert_eq!(w.len(), 5);
        assert_eq!(w.iter().map(|w| w.activities).sum::<usize>(), 1001);
        assert_eq!(workstreams(0).len(), 1);
    }

    #[test]
    fn flat_slots_are_quarters() {
        let s = flat_slots(1000);
        assert_eq!(s.iter().map(Vec::len).collect::<Vec<_>>(), [250; 4]);
    }
}
