use crate::messages::load::{Accepts, Mapping, ValueError, ValueKind};
use crate::messages::{LoadMsg, Text, grouped};
use crate::yaml::{MAX_NODES, NODES_BASE};

pub(crate) fn text(m: &LoadMsg) -> Text {
    match m {
        LoadMsg::MissingKey { key, mapping, id } => missing_key(key, mapping, id.as_deref()),
        LoadMsg::InvalidReference { key, id, target } => invalid_reference(key, id, target),
        LoadMsg::FileTooLarge { bytes, limit } => Text::new(match bytes {
            Some(bytes) => format!("filen fylder {bytes} byte; grænsen er {limit} byte"),
            None => format!("filen er større end {limit} byte"),
        })
        .help("del planen op i en model og en plan, der bruger den"),
        LoadMsg::FileIsUtf16 => Text::new("filen er UTF-16; planer skal være UTF-8")
            .help("gem filen som UTF-8 (i de fleste editorer: Gem som … → Kodning → UTF-8)"),
        LoadMsg::NotUtf8 { byte } => Text::new(format!("filen er ikke gyldig UTF-8 (byte {byte})"))
            .label("ikke UTF-8 her")
            .help("gem filen som UTF-8; en binær fil er ikke en plan"),
        LoadMsg::EmptyFile => {
            Text::new("filen er tom: en plan skal mindst have `id`, `title` og `phases`")
        }
        LoadMsg::MultipleDocuments => Text::new("filen indeholder mere end ét YAML-dokument")
            .label("her")
            .help("en plan er ét dokument: fjern `---`-skillelinjen eller del filen op"),
        LoadMsg::YamlSyntax { detail } => {
            syntax(detail).help("ret YAML-syntaksen det markerede sted")
        }
        LoadMsg::TabIndent { detail } => syntax(detail)
            .help("indryk med mellemrum; YAML tillader ikke tabulatorer til indrykning"),
        LoadMsg::ParserLimit { detail } => syntax(detail).help(
            "filen er for dybt indlejret eller udfolder for mange aliaser til at være en plan",
        ),
        LoadMsg::NestedTooDeep { limit } => {
            budget(format!("filen er indlejret mere end {limit} niveauer dybt"))
        }
        LoadMsg::TooManyNodes { limit } => budget(format!(
            "filen har mere end {limit} YAML-knuder, når hvert alias tæller som det, det står for (grænsen er {NODES_BASE} plus to pr. byte i filen, højst {MAX_NODES})"
        )),
        LoadMsg::TooManyAliases { limit } => {
            budget(format!("filen bruger mere end {limit} aliaser (`*navn`)"))
        }
        LoadMsg::TooManyAnchors { limit } => {
            budget(format!("filen definerer mere end {limit} ankre (`&navn`)"))
        }
        LoadMsg::TextTooLarge => {
            budget("filens tekstværdier fylder mere end 64 MiB, når aliaser er foldet ud".into())
        }
        LoadMsg::UnsupportedTag { tag } => {
            Text::new(format!("YAML-mærket `{tag}` er ikke en del af plansproget"))
                .label("ukendt mærke")
                .help("fjern mærket; tovholder læser ikke `!include` eller andre mærker (en model genbruges med `uses:`)")
        }
        LoadMsg::InvalidType { expected, found } => {
            let t = Text::new(format!(
                "forventede {}, fandt {}",
                kind(expected),
                kind(found)
            ))
            .label("forkert type");
            if ValueKind::quotes_would_help(expected, found) {
                t.help("sæt værdien i anførselstegn for at gøre den til tekst, fx \"1.0\"")
            } else if *expected == ValueKind::TextKey && *found == ValueKind::Int {
                t.help("inden for `{ … }` adskiller et komma to felter, så `{ value: 4,5 }` er `value: 4` og en nøgle `5`: skriv `value: \"4,5\"`, eller værdien på sin egen linje")
            } else {
                t
            }
        }
        LoadMsg::InvalidValue { problem } => {
            let t = Text::new(value(problem)).label("ugyldig værdi");
            match problem.accepts() {
                Some(a) => t.help(accepted(a)),
                None => t,
            }
        }
        LoadMsg::DuplicateKey { key } => twice(format!("nøglen `{key}` står to gange")),
        LoadMsg::DuplicateId { id } => twice(format!("id'et `{id}` er defineret to gange")),
        LoadMsg::UnknownKey {
            key,
            mapping: m,
            suggestion,
            known,
        } => Text::new(format!("ukendt nøgle `{key}` i {}", mapping(m)))
            .label("ikke en kendt nøgle")
            .help(match suggestion {
                Some(s) => format!("mente du `{s}`?"),
                None => format!("kendte nøgler: {}", known.join(", ")),
            }),
        LoadMsg::InvalidId { id } => Text::new(format!("`{id}` er ikke et gyldigt id"))
            .label("ugyldigt id")
            .help("id'er skrives med små bogstaver, tal og bindestreger, fx `klar-parat-start`"),
        LoadMsg::InvalidPlanId { id } => Text::new(format!("`{id}` er ikke et gyldigt plan-id"))
            .label("ugyldigt id")
            .help("id'er skrives med små bogstaver, tal og bindestreger"),
        LoadMsg::NotALog { kind } => Text::new(format!("`kind: {kind}` er ikke en logbog: en logbog skriver `kind: log`"))
            .label("ikke `log`")
            .help("skriv `kind: log` øverst i logbogen"),
        LoadMsg::LogEntryWithoutEvent { known } => Text::new("posten i logbogen registrerer ingen hændelse")
            .label("ingen hændelse")
            .help(format!("giv posten én af {}", crate::messages::ticks(&known.iter().map(|k| k.to_string()).collect::<Vec<_>>()))),
        LoadMsg::LogEntryTwoEvents { first, second } => Text::new(format!("posten i logbogen registrerer to hændelser, `{first}` og `{second}`"))
            .label("anden hændelse")
            .label("første hændelse")
            .help("skriv én post pr. hændelse"),
        LoadMsg::LogInModel => Text::new("en model har ingen logbog: `log` hører til i planen, der bruger modellen")
            .label("i en model")
            .help("fjern `log` fra modellen"),
        LoadMsg::LogUnavailable { path, reason } => Text::new(format!("logbogen `{path}` kan ikke læses: {reason}"))
            .label("nævnt her")
            .help("tjek stien i `log`; stier er relative til planen og skal ligge i repositoriet"),
        LoadMsg::FindingsNotKept { errors, warnings, kept } => Text::new(format!(
            "… og {} fund mere blev ikke gemt (tovholder gemmer de første {}): {}",
            grouped(errors + warnings, '.'),
            grouped(*kept, '.'),
            not_kept_counts(*errors, *warnings),
        ))
        .label("det første fund, der ikke blev gemt")
        .help("ret de viste fund og tjek igen; optællingen tæller også de fund, der ikke blev gemt"),
        LoadMsg::TooManyEntities { limit } => Text::new(format!(
            "planen har mere end {} enheder; tovholder læser de første {}",
            grouped(*limit, '.'),
            grouped(*limit, '.'),
        ))
        .label("den første enhed, der ikke blev læst")
        .help("del planen op i en model og planer, der bruger den"),
        LoadMsg::TooManyLogEntries { limit } => Text::new(format!(
            "logbogen har mere end {} poster; tovholder læser de første {}",
            grouped(*limit, '.'),
            grouped(*limit, '.'),
        ))
        .label("den første post, der ikke blev læst")
        .help("del logbogen op i en fil pr. år; `log` kan nævne flere"),
    }
}

/// En påkrævet nøgle, der ikke er skrevet: på øverste niveau, i `uses` eller i en enhed.
fn missing_key(key: &str, mapping: &str, id: Option<&str>) -> Text {
    let noun = match mapping {
        "roles" => Some("rollen"),
        "phases" => Some("fasen"),
        "activities" => Some("aktiviteten"),
        "goals" => Some("målet"),
        "checklists" => Some("tjeklisten"),
        "stakeholders" => Some("interessenten"),
        "tracks" => Some("sporet"),
        _ => None,
    };
    match (mapping, noun, id) {
        ("plan", ..) => Text::new(format!("planen mangler `{key}`"))
            .label("på øverste niveau")
            .help(match key {
                "id" => "tilføj `id: min-plan` (små bogstaver og bindestreger; bruges til filnavne og kalender-UID'er)"
                    .to_string(),
                "title" => "tilføj `title: …`, titlen der står på alle dokumenter".to_string(),
                _ => format!("tilføj `{key}: …`"),
            }),
        ("uses", ..) => Text::new(format!("`uses` skal have en `{key}`")).label(match key {
            "path" => "ingen sti".to_string(),
            _ => format!("ingen `{key}`"),
        }),
        (_, Some(noun), Some(id)) => Text::new(format!("{noun} `{id}` har ingen `{key}`"))
            .label(match key {
                "duration" => "ingen varighed".to_string(),
                _ => format!("ingen `{key}`"),
            })
            .help(match key {
                "duration" => {
                    "tilføj fx `duration: 3-6 måneder`, eller `duration: løbende` for en forankringsfase"
                        .to_string()
                }
                _ => format!("tilføj `{key}: …`"),
            }),
        _ => Text::new(format!("`{mapping}` mangler `{key}`"))
            .label(format!("ingen `{key}`"))
            .help(format!("tilføj `{key}: …`")),
    }
}

/// Parserens egen meddelelse (på engelsk), eller vores, når den ikke gav nogen.
fn syntax(detail: &str) -> Text {
    if detail.is_empty() {
        Text::new("filen er ikke gyldig YAML").label("her")
    } else {
        Text::new(format!("filen er ikke gyldig YAML: {detail}")).label("her")
    }
}

/// En af parserens grænser, med vores ord.
fn budget(message: String) -> Text {
    Text::new(message).label("her").help(
        "en plan behøver omkring syv niveauer og få aliaser; del en meget stor plan op i en model og en plan, der bruger den",
    )
}

/// En nøgle eller et id skrevet to gange.
fn twice(message: String) -> Text {
    Text::new(message)
        .label("defineret igen her")
        .label("først defineret her")
        .help("fjern eller omdøb den ene; den første bruges")
}

fn kind(k: &ValueKind) -> String {
    match k {
        ValueKind::Null => "ingenting (null)".into(),
        ValueKind::Bool => "en sandhedsværdi".into(),
        ValueKind::Int => "et heltal".into(),
        ValueKind::Float => "et tal".into(),
        ValueKind::Str => "en tekst".into(),
        ValueKind::List => "en liste".into(),
        ValueKind::Mapping => "en mapping".into(),
        ValueKind::TrueOrFalse => "true eller false".into(),
        ValueKind::TextOrNumber => "en tekst eller et tal".into(),
        ValueKind::TextKey => "en tekstnøgle".into(),
        ValueKind::MappingOf(m) => format!("en mapping ({})", mapping(m)),
        ValueKind::Plan => "en mapping med `id`, `title`, `phases` …".into(),
    }
}

fn mapping(m: &Mapping) -> &str {
    match m {
        Mapping::Plan => "planen",
        Mapping::Role => "en rolle",
        Mapping::Phase => "en fase",
        Mapping::Activity => "en aktivitet",
        Mapping::Baseline => "en baseline",
        Mapping::Target => "en målværdi",
        Mapping::Goal => "et mål",
        Mapping::ChecklistItem => "et tjeklistepunkt",
        Mapping::Checklist => "en tjekliste",
        Mapping::Stakeholder => "en interessent",
        Mapping::Calendar => "kalenderen",
        Mapping::Track => "et spor",
        Mapping::TrackState => "en status for et spor",
        Mapping::Log => "logbogen",
        Mapping::LogEntry => "en post i logbogen",
        Mapping::Entities => "enheder med id som nøgle",
        Mapping::Key(k) => k,
    }
}

fn value(e: &ValueError) -> String {
    match e {
        ValueError::EmptyRange => "tom værdi; skriv fx `3 måneder` eller `1-2 uger`".into(),
        ValueError::UnknownUnit {
            unit,
            suggestion: Some(s),
            ..
        } => {
            format!("ukendt enhed `{unit}`; mente du `{s}`?")
        }
        ValueError::UnknownUnit {
            unit,
            suggestion: None,
            accepts: Accepts::Length,
        } => format!("ukendt enhed `{unit}`; en varighed angives i timer eller minutter"),
        ValueError::UnknownUnit {
            unit,
            suggestion: None,
            ..
        } => {
            format!("ukendt enhed `{unit}`; brug dage, uger, måneder eller år")
        }
        ValueError::NotANumber { text } => format!("`{text}` er ikke et tal"),
        ValueError::RangeBackwards { range } => {
            format!("intervallet `{range}` går baglæns; skriv det mindste tal først")
        }
        ValueError::NotNumberOrRange { text } => {
            format!("`{text}` er hverken et tal eller et interval som `1-3`")
        }
        ValueError::NotWhole { value, .. } => {
            format!("en varighed skal være et helt tal under 100000, ikke `{value}`")
        }
        ValueError::UnitOfOtherKey {
            unit,
            accepts: Accepts::Length,
        } => format!("`{unit}` er en enhed i kalenderen; et mødes varighed angives i timer eller minutter"),
        ValueError::UnitOfOtherKey { unit, .. } => format!(
            "`{unit}` er en enhed for et mødes varighed; her er enheden dage, uger, måneder eller år"
        ),
        ValueError::MixedUnits { text, .. } => format!(
            "`{text}` går fra dage eller uger til måneder eller år, som ikke går op i hinanden; skriv begge ender i samme enhed"
        ),
        ValueError::CadenceOutsideEvery { text } => format!(
            "`{text}` siger, hvor ofte – det hører til i `every`; skriv her en tidsperiode, fx `2 uger`"
        ),
        ValueError::NoUnit { text, .. } => {
            format!("`{text}` har ingen enhed; skriv fx `{text} måneder`")
        }
        ValueError::ZeroInterval => {
            "et interval skal være mindst 1: `every: 0 …` ville gentage sig i det uendelige; skriv fx `every: 1 dag`".into()
        }
        ValueError::Negative { text } => format!(
            "`{text}` er negativt; tallet skal være mindst 1 (en forskydning med `at` må være 0)"
        ),
        ValueError::TooLong { chars, limit } => format!(
            "teksten er {chars} tegn lang; grænsen for denne nøgle er {limit} tegn"
        ),
        ValueError::DateOutOfRange { text } => format!(
            "`{text}` ligger uden for de år, tovholder planlægger ({}–{})",
            crate::model::MIN_YEAR,
            crate::model::MAX_YEAR
        ),
        ValueError::NoLengthUnit { text } => {
            format!("`{text}` har ingen enhed; skriv fx `2 timer`")
        }
        ValueError::OccurrenceTooLong => "en enkelt gang kan ikke vare mere end en måned".into(),
        ValueError::EmptyHours => "tom værdi; skriv fx `4 timer om ugen`".into(),
        ValueError::NotHours { text } => {
            format!("`{text}` er ikke et antal timer; skriv fx `4 timer om ugen`")
        }
        ValueError::HoursPer { unit } => {
            format!("tildelte timer gælder pr. uge eller pr. måned, ikke pr. `{unit}`")
        }
        ValueError::NotGrantedHours { text } => format!(
            "`{text}` er ikke tildelte timer; skriv fx `4 timer om ugen` eller `8 pr. måned`"
        ),
        ValueError::AfterNeedsId => {
            "`after` skal have et aktivitets-id, fx `etableringsworkshop + 1-2 måneder`".into()
        }
        ValueError::AfterNotId { id } => {
            format!("`{id}` er ikke et aktivitets-id; skriv `aktivitets-id + 2 uger`")
        }
        ValueError::BeforeNeedsId => {
            "`before` skal have et aktivitets-id, fx `statusmoede - 2 uger`".into()
        }
        ValueError::BeforeNotId { id } => format!(
            "`{id}` er ikke et aktivitets-id; skriv `aktivitets-id - 2 uger` (med mellemrum før minus)"
        ),
        ValueError::UnknownActivityKind { value } => format!(
            "ukendt aktivitetstype `{value}`; brug meeting, communication, milestone eller deliverable (møde, kommunikation, milepæl, leverance)"
        ),
        ValueError::NotATime { text } => {
            format!("`{text}` er ikke et klokkeslæt; skriv fx `09:00`")
        }
        ValueError::NotTimeOfDay { text } => format!("`{text}` er ikke et klokkeslæt på døgnet"),
        ValueError::NotADate { text } => {
            format!("`{text}` er ikke en dato; skriv ÅÅÅÅ-MM-DD, fx 2027-01-04")
        }
        ValueError::NoSuchDay { text } => {
            format!("`{text}` er ikke en gyldig dato (dagen findes ikke)")
        }
        ValueError::ClosedBackwards { period } => {
            format!("lukkeperioden `{period}` slutter, før den begynder")
        }
        ValueError::UnknownLanguage { value } => {
            format!("ukendt sprog `{value}`; brug da, en eller sv")
        }
        ValueError::UnknownDocKind { value } => {
            format!("ukendt art `{value}`; brug `plan` eller `model`")
        }
        ValueError::UnknownGoalKind { value } => format!(
            "ukendt måltype `{value}`; brug quantitative, qualitative eller hypothesis (kvantitativ, kvalitativ, hypotese)"
        ),
        ValueError::UnknownTerm { value } => {
            format!("ukendt sigt `{value}`; brug short eller long (kort, lang)")
        }
        ValueError::UnknownHolidays { value } => {
            format!("ukendt helligdagskalender `{value}`; brug dk, se eller none")
        }
        ValueError::UnknownTimeZone { value, known } => {
            format!("ukendt tidszone `{value}`; brug en af {known}")
        }
        ValueError::UnknownTrackState { value } => format!(
            "ukendt status for sporet `{value}`; brug aktiv, i bero, lukket, sammenlagt eller ny"
        ),
        ValueError::UnknownGoalLevel { value } => format!("ukendt målniveau `{value}`; brug process eller result (proces, procesmål, resultat, resultatmål)"),
        ValueError::UnknownPer { value } => {
            format!("ukendt værdi for `per`: `{value}`; brug track (spor)")
        }
        ValueError::DaysAndHours { text } => format!(
            "`{text}` lægger arbejdsdage og timer sammen; angiv varigheden i dage (`2 dage`) eller i timer (`6 timer`)"
        ),
        ValueError::NotHalfDays { text } => format!(
            "`{text}` er ikke hele eller halve arbejdsdage; skriv fx `2 dage`, `halvanden dag` eller `en halv dag`, eller angiv varigheden i timer"
        ),
        ValueError::DayLength { text } => format!(
            "`{text}` er ikke længden af en arbejdsdag; skriv én varighed på højst 24 timer, fx `7,4 timer` eller `8 timer`"
        ),
    }
}

/// En henvisning, der ikke er skrevet som et id.
fn invalid_reference(key: &str, id: &str, target: &str) -> Text {
    let noun = match target {
        "roles" => "en rolle",
        "phases" => "en fase",
        "activities" => "en aktivitet",
        "goals" => "et mål",
        "checklists" => "en tjekliste",
        "stakeholders" => "en interessent",
        "tracks" => "et spor",
        _ => "en enhed",
    };
    Text::new(format!(
        "`{key}` henviser til {noun}, men `{id}` er ikke et id"
    ))
    .label("ikke et id")
    .help("skriv id'et, ikke navnet: små bogstaver, tal og bindestreger, fx `klar-parat-start`")
}

/// Hvad en nøgle med tidsangivelser tager imod (hjælpen til en afvist værdi).
fn accepted(a: Accepts) -> &'static str {
    match a {
        Accepts::Calendar => {
            "skriv dage, uger, måneder eller år: `2 uger`, `1-3 måneder`, `1,5 år` (18 måneder), `3 måneder - 2 år`"
        }
        Accepts::Duration => {
            "skriv dage, uger, måneder eller år – eller `løbende`: `8 måneder`, `1-3 måneder`, `halvandet år` (18 måneder), `3 måneder - 2 år`"
        }
        Accepts::Interval => {
            "skriv, hvor ofte, i dage, uger, måneder eller år: `2 uger`, `4-6 uger`, `hver anden måned`, `hver 3. uge`, `hver tredje uge`, `hver 14. dag`, `hvert kvartal`, `hvert halve år`"
        }
        Accepts::Length => {
            "skriv timer eller minutter: `2 timer`, `2-3 timer`, `1,5 timer`, `1½ time`, `halvanden time`, `en halv time`, `90 minutter`; eller arbejdsdage: `2 dage`, `halvanden dag`"
        }
    }
}

/// `3 fejl og 1 advarsel` (en del, der er 0, udelades).
fn not_kept_counts(errors: usize, warnings: usize) -> String {
    let errors = match errors {
        0 => None,
        n => Some(format!("{} fejl", grouped(n, '.'))),
    };
    let warnings = match warnings {
        0 => None,
        1 => Some("1 advarsel".to_string()),
        n => Some(format!("{} advarsler", grouped(n, '.'))),
    };
    match (errors, warnings) {
        (Some(e), Some(w)) => format!("{e} og {w}"),
        (Some(one), None) | (None, Some(one)) => one,
        (None, None) => "ingen".to_string(),
    }
}
