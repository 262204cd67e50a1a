use crate::messages::load::{Accepts, Mapping, ValueError, ValueKind};
use crate::messages::{LoadMsg, Text, grouped};
use crate::yaml::{MAX_NODES, NODES_BASE};

pub(crate) fn text(m: &LoadMsg) -> Text {
    match m {
        LoadMsg::MissingKey { key, mapping, id } => missing_key(key, mapping, id.as_deref()),
        LoadMsg::InvalidReference { key, id, target } => invalid_reference(key, id, target),
        LoadMsg::FileTooLarge { bytes, limit } => Text::new(match bytes {
            Some(bytes) => format!("filen är {bytes} byte; gränsen är {limit} byte"),
            None => format!("filen är större än {limit} byte"),
        })
        .help("dela upp planen i en modell och en plan som använder den"),
        LoadMsg::FileIsUtf16 => Text::new("filen är sparad som UTF-16; planer måste vara UTF-8")
            .help("spara filen som UTF-8 (i de flesta redigerare: Spara som … → Kodning → UTF-8)"),
        LoadMsg::NotUtf8 { byte } => {
            Text::new(format!("filen är inte giltig UTF-8 (byte {byte})"))
                .label("inte UTF-8 här")
                .help("spara filen som UTF-8; en binärfil är ingen plan")
        }
        LoadMsg::EmptyFile => {
            Text::new("filen är tom: en plan behöver minst `id`, `title` och `phases`")
        }
        LoadMsg::MultipleDocuments => Text::new("filen innehåller mer än ett YAML-dokument")
            .label("här")
            .help("en plan är ett enda dokument: ta bort skiljelinjen `---` eller dela upp filen"),
        LoadMsg::YamlSyntax { detail } => {
            syntax(detail).help("rätta YAML-syntaxen på det markerade stället")
        }
        LoadMsg::TabIndent { detail } => {
            syntax(detail).help("dra in med mellanslag; YAML tillåter inte tabbar för indrag")
        }
        LoadMsg::ParserLimit { detail } => syntax(detail).help(
            "filen är för djupt nästlad eller vecklar ut för många alias för att vara en plan",
        ),
        LoadMsg::NestedTooDeep { limit } => {
            budget(format!("filen är nästlad i mer än {limit} nivåer"))
        }
        LoadMsg::TooManyNodes { limit } => budget(format!(
            "filen har fler än {limit} YAML-noder när varje alias räknas som det som det står för (gränsen är {NODES_BASE} plus två per byte i filen, högst {MAX_NODES})"
        )),
        LoadMsg::TooManyAliases { limit } => {
            budget(format!("filen använder fler än {limit} alias (`*namn`)"))
        }
        LoadMsg::TooManyAnchors { limit } => {
            budget(format!("filen definierar fler än {limit} ankare (`&namn`)"))
        }
        LoadMsg::TextTooLarge => budget(
            "filens textvärden blir större än 64 MiB när alias vecklas ut".into(),
        ),
        LoadMsg::UnsupportedTag { tag } => {
            Text::new(format!("YAML-taggen `{tag}` ingår inte i planspråket"))
                .label("tagg som inte stöds")
                .help("ta bort taggen; tovholder läser varken `!include` eller andra taggar (en modell återanvänds med `uses:`)")
        }
        LoadMsg::InvalidType { expected, found } => {
            let t = Text::new(format!(
                "här ska det stå {}, men det står {}",
                kind(expected),
                kind(found)
            ))
            .label("fel typ");
            if ValueKind::quotes_would_help(expected, found) {
                t.help("sätt värdet inom citattecken så blir det text, t.ex. \"1.0\"")
            } else if *expected == ValueKind::TextKey && *found == ValueKind::Int {
                t.help("inom `{ … }` skiljer ett kommatecken två fält åt, så `{ value: 4,5 }` blir `value: 4` och en nyckel `5`: skriv `value: \"4,5\"`, eller värdet på en egen rad")
            } else {
                t
            }
        }
        LoadMsg::InvalidValue { problem } => {
            let t = Text::new(value(problem)).label("ogiltigt värde");
            match problem.accepts() {
                Some(a) => t.help(accepted(a)),
                None => t,
            }
        }
        LoadMsg::DuplicateKey { key } => twice(format!("nyckeln `{key}` står två gånger")),
        LoadMsg::DuplicateId { id } => twice(format!("id:t `{id}` är angivet två gånger")),
        LoadMsg::UnknownKey {
            key,
            mapping: m,
            suggestion,
            known,
        } => Text::new(format!("okänd nyckel `{key}` i {}", mapping(m)))
            .label("ingen känd nyckel")
            .help(match suggestion {
                Some(s) => format!("menade du `{s}`?"),
                None => format!("kända nycklar: {}", known.join(", ")),
            }),
        LoadMsg::InvalidId { id } => Text::new(format!("`{id}` är inget giltigt id"))
            .label("ogiltigt id")
            .help("id skrivs med små bokstäver, siffror och bindestreck, t.ex. `uppstart-och-förankring`"),
        LoadMsg::InvalidPlanId { id } => Text::new(format!("`{id}` är inget giltigt id för planen"))
            .label("ogiltigt id")
            .help("id skrivs med små bokstäver, siffror och bindestreck"),
        LoadMsg::NotALog { kind } => Text::new(format!("`kind: {kind}` är ingen loggbok: en loggbok anger `kind: log`"))
            .label("inte `log`")
            .help("skriv `kind: log` överst i loggboken"),
        LoadMsg::LogEntryWithoutEvent { known } => Text::new("posten i loggboken anger ingen händelse")
            .label("ingen händelse")
            .help(format!("ange en av {} i posten", crate::messages::ticks(&known.iter().map(|k| k.to_string()).collect::<Vec<_>>()))),
        LoadMsg::LogEntryTwoEvents { first, second } => Text::new(format!("posten i loggboken anger två händelser, `{first}` och `{second}`"))
            .label("andra händelsen")
            .label("första händelsen")
            .help("skriv en post för varje händelse"),
        LoadMsg::LogInModel => Text::new("en modell har ingen loggbok: `log` hör hemma i planen som använder modellen")
            .label("i en modell")
            .help("ta bort `log` ur modellen"),
        LoadMsg::LogUnavailable { path, reason } => Text::new(format!("loggboken `{path}` går inte att läsa: {reason}"))
            .label("angiven här")
            .help("kontrollera sökvägen i `log`; sökvägar utgår från planen och måste ligga i repot"),
        LoadMsg::FindingsNotKept { errors, warnings, kept } => Text::new(format!(
            "… och ytterligare {} fynd sparades inte (tovholder sparar de första {}): {}",
            grouped(errors + warnings, '\u{a0}'),
            grouped(*kept, '\u{a0}'),
            not_kept_counts(*errors, *warnings),
        ))
        .label("det första fyndet som inte sparades")
        .help("åtgärda de fynd som visas och kontrollera igen; summorna räknar med fynden som inte sparades"),
        LoadMsg::TooManyEntities { limit } => Text::new(format!(
            "planen har fler än {} poster; tovholder läser de första {}",
            grouped(*limit, '\u{a0}'),
            grouped(*limit, '\u{a0}'),
        ))
        .label("den första posten som inte lästes")
        .help("dela upp planen i en modell och planer som använder den"),
        LoadMsg::TooManyLogEntries { limit } => Text::new(format!(
            "loggboken har fler än {} poster; tovholder läser de första {}",
            grouped(*limit, '\u{a0}'),
            grouped(*limit, '\u{a0}'),
        ))
        .label("den första posten som inte lästes")
        .help("dela upp loggboken i en fil per år; `log` kan ange flera"),
    }
}

/// En obligatorisk nyckel som inte är skriven: på översta nivån, i `uses` eller i en post.
fn missing_key(key: &str, mapping: &str, id: Option<&str>) -> Text {
    let noun = match mapping {
        "roles" => Some("rollen"),
        "phases" => Some("fasen"),
        "activities" => Some("aktiviteten"),
        "goals" => Some("målet"),
        "checklists" => Some("checklistan"),
        "stakeholders" => Some("intressenten"),
        "tracks" => Some("spåret"),
        _ => None,
    };
    match (mapping, noun, id) {
        ("plan", ..) => Text::new(format!("planen saknar `{key}`"))
            .label("på översta nivån")
            .help(match key {
                "id" => "lägg till `id: min-plan` (små bokstäver och bindestreck; används i filnamn och kalenderns UID:n)"
                    .to_string(),
                "title" => "lägg till `title: …`, rubriken som står på alla dokument".to_string(),
                _ => format!("lägg till `{key}: …`"),
            }),
        ("uses", ..) => Text::new(format!("`uses` måste ha en `{key}`")).label(match key {
            "path" => "ingen sökväg".to_string(),
            _ => format!("ingen `{key}`"),
        }),
        (_, Some(noun), Some(id)) => Text::new(format!("{noun} `{id}` saknar `{key}`"))
            .label(match key {
                "duration" => "ingen tidsram".to_string(),
                _ => format!("ingen `{key}`"),
            })
            .help(match key {
                "duration" => {
                    "lägg till t.ex. `duration: 3-6 månader`, eller `duration: löpande` för en förankringsfas"
                        .to_string()
                }
                _ => format!("lägg till `{key}: …`"),
            }),
        _ => Text::new(format!("`{mapping}` saknar `{key}`"))
            .label(format!("ingen `{key}`"))
            .help(format!("lägg till `{key}: …`")),
    }
}

/// Parserns eget meddelande (på engelska), eller vårt när den inte gav något.
fn syntax(detail: &str) -> Text {
    if detail.is_empty() {
        Text::new("filen är inte giltig YAML").label("här")
    } else {
        Text::new(format!("filen är inte giltig YAML: {detail}")).label("här")
    }
}

/// En av parserns gränser, med våra ord.
fn budget(message: String) -> Text {
    Text::new(message).label("här").help(
        "en plan behöver ungefär sju nivåer och få alias; dela upp en mycket stor plan i en modell och en plan som använder den",
    )
}

/// En nyckel eller ett id som står två gånger.
fn twice(message: String) -> Text {
    Text::new(message)
        .label("angiven igen här")
        .label("först angiven här")
        .help("ta bort eller byt namn på den ena; den första gäller")
}

fn kind(k: &ValueKind) -> String {
    match k {
        ValueKind::Null => "ingenting (null)".into(),
        ValueKind::Bool => "ett sanningsvärde".into(),
        ValueKind::Int => "ett heltal".into(),
        ValueKind::Float => "ett tal".into(),
        ValueKind::Str => "en text".into(),
        ValueKind::List => "en lista".into(),
        ValueKind::Mapping => "en mappning".into(),
        ValueKind::TrueOrFalse => "true eller false".into(),
        ValueKind::TextOrNumber => "en text eller ett tal".into(),
        ValueKind::TextKey => "en nyckel i text".into(),
        ValueKind::MappingOf(m) => format!("en mappning ({})", mapping(m)),
        ValueKind::Plan => "en mappning med `id`, `title`, `phases` …".into(),
    }
}

fn mapping(m: &Mapping) -> &str {
    match m {
        Mapping::Plan => "planen",
        Mapping::Role => "en roll",
        Mapping::Phase => "en fas",
        Mapping::Activity => "en aktivitet",
        Mapping::Baseline => "ett utgångsläge",
        Mapping::Target => "ett målvärde",
        Mapping::Goal => "ett mål",
        Mapping::ChecklistItem => "en punkt i en checklista",
        Mapping::Checklist => "en checklista",
        Mapping::Stakeholder => "en intressent",
        Mapping::Calendar => "kalendern",
        Mapping::Track => "ett spår",
        Mapping::TrackState => "ett läge för ett spår",
        Mapping::Log => "loggboken",
        Mapping::LogEntry => "en post i loggboken",
        Mapping::Entities => "poster med id som nyckel",
        Mapping::Key(k) => k,
    }
}

fn value(e: &ValueError) -> String {
    match e {
        ValueError::EmptyRange => {
            "värdet är tomt; skriv t.ex. `3 månader` eller `1-2 veckor`".into()
        }
        ValueError::UnknownUnit {
            unit,
            suggestion: Some(s),
            ..
        } => {
            format!("okänd enhet `{unit}`; menade du `{s}`?")
        }
        ValueError::UnknownUnit {
            unit,
            suggestion: None,
            accepts: Accepts::Length,
        } => format!("okänd enhet `{unit}`; en längd anges i timmar eller minuter"),
        ValueError::UnknownUnit {
            unit,
            suggestion: None,
            ..
        } => {
            format!("okänd enhet `{unit}`; använd dagar, veckor, månader eller år")
        }
        ValueError::NotANumber { text } => format!("`{text}` är inget tal"),
        ValueError::RangeBackwards { range } => {
            format!("intervallet `{range}` går baklänges; skriv det minsta talet först")
        }
        ValueError::NotNumberOrRange { text } => {
            format!("`{text}` är varken ett tal eller ett intervall som `1-3`")
        }
        ValueError::NotWhole { value, .. } => {
            format!("en tidsperiod anges i hela tal under 100000, inte `{value}`")
        }
        ValueError::UnitOfOtherKey {
            unit,
            accepts: Accepts::Length,
        } => format!("`{unit}` är en enhet i kalendern; ett mötes längd anges i timmar eller minuter"),
        ValueError::UnitOfOtherKey { unit, .. } => format!(
            "`{unit}` är en enhet för ett mötes längd; här är enheten dagar, veckor, månader eller år"
        ),
        ValueError::MixedUnits { text, .. } => format!(
            "`{text}` går från dagar eller veckor till månader eller år, som inte går jämnt upp i varandra; skriv båda ändarna i samma enhet"
        ),
        ValueError::CadenceOutsideEvery { text } => format!(
            "`{text}` anger hur ofta, och det hör hemma i `every`; skriv här en tidsperiod, t.ex. `2 veckor`"
        ),
        ValueError::NoUnit { text, .. } => {
            format!("`{text}` saknar enhet; skriv t.ex. `{text} månader`")
        }
        ValueError::ZeroInterval => {
            "ett intervall måste vara minst 1: `every: 0 …` skulle upprepas i all oändlighet; skriv till exempel `every: 1 dag`".into()
        }
        ValueError::Negative { text } => format!(
            "`{text}` är negativt; talet måste vara minst 1 (en förskjutning med `at` får vara 0)"
        ),
        ValueError::TooLong { chars, limit } => format!(
            "texten är {chars} tecken lång; gränsen för den här nyckeln är {limit} tecken"
        ),
        ValueError::DateOutOfRange { text } => format!(
            "`{text}` ligger utanför de år som tovholder planerar ({}–{})",
            crate::model::MIN_YEAR,
            crate::model::MAX_YEAR
        ),
        ValueError::NoLengthUnit { text } => {
            format!("`{text}` saknar enhet; skriv t.ex. `2 timmar`")
        }
        ValueError::OccurrenceTooLong => {
            "ett enskilt tillfälle kan inte pågå längre än en månad".into()
        }
        ValueError::EmptyHours => "värdet är tomt; skriv t.ex. `4 tim per vecka`".into(),
        ValueError::NotHours { text } => {
            format!("`{text}` är inget antal timmar; skriv t.ex. `4 tim per vecka`")
        }
        ValueError::HoursPer { unit } => {
            format!("avsatt tid anges per vecka eller per månad, inte per `{unit}`")
        }
        ValueError::NotGrantedHours { text } => format!(
            "`{text}` går inte att läsa som avsatt tid; skriv t.ex. `4 tim per vecka` eller `8 tim per månad`"
        ),
        ValueError::AfterNeedsId => {
            "`after` behöver ett aktivitets-id, t.ex. `uppstartsmöte + 1-2 månader`".into()
        }
        ValueError::AfterNotId { id } => {
            format!("`{id}` är inget aktivitets-id; skriv `aktivitets-id + 2 veckor`")
        }
        ValueError::BeforeNeedsId => {
            "`before` behöver ett aktivitets-id, t.ex. `statusmote - 2 veckor`".into()
        }
        ValueError::BeforeNotId { id } => format!(
            "`{id}` är inget aktivitets-id; skriv `aktivitets-id - 2 veckor` (med mellanslag före minustecknet)"
        ),
        ValueError::UnknownActivityKind { value } => format!(
            "okänd aktivitetstyp `{value}`; använd meeting, communication, milestone eller deliverable (möte, kommunikation, milstolpe, leverans)"
        ),
        ValueError::NotATime { text } => {
            format!("`{text}` är inget klockslag; skriv t.ex. `09:00`")
        }
        ValueError::NotTimeOfDay { text } => format!("`{text}` är inget klockslag på dygnet"),
        ValueError::NotADate { text } => {
            format!("`{text}` är inget datum; skriv ÅÅÅÅ-MM-DD, t.ex. 2027-01-04")
        }
        ValueError::NoSuchDay { text } => {
            format!("`{text}` är inget giltigt datum (dagen finns inte)")
        }
        ValueError::ClosedBackwards { period } => {
            format!("uppehållet `{period}` slutar innan det börjar")
        }
        ValueError::UnknownLanguage { value } => {
            format!("okänt språk `{value}`; använd da, en eller sv")
        }
        ValueError::UnknownDocKind { value } => {
            format!("okänd sort `{value}`; använd `plan` eller `model`")
        }
        ValueError::UnknownGoalKind { value } => format!(
            "okänd måltyp `{value}`; använd quantitative, qualitative eller hypothesis (kvantitativ, kvalitativ, hypotes)"
        ),
        ValueError::UnknownTerm { value } => {
            format!("okänd tidshorisont `{value}`; använd short eller long")
        }
        ValueError::UnknownHolidays { value } => {
            format!("okänd helgdagskalender `{value}`; använd dk, se eller none")
        }
        ValueError::UnknownTimeZone { value, known } => {
            format!("okänd tidszon `{value}`; använd någon av {known}")
        }
        ValueError::UnknownTrackState { value } => format!(
            "okänt läge för spåret `{value}`; använd aktiv, vilande, stängd, sammanslagen eller ny"
        ),
        ValueError::UnknownGoalLevel { value } => format!("okänd målnivå `{value}`; använd process eller result (processmål, resultat, resultatmål)"),
        ValueError::UnknownPer { value } => {
            format!("okänt värde för `per`: `{value}`; använd track (spår)")
        }
        ValueError::DaysAndHours { text } => format!(
            "`{text}` blandar arbetsdagar och timmar; ange längden i dagar (`2 dagar`) eller i timmar (`6 timmar`)"
        ),
        ValueError::NotHalfDays { text } => format!(
            "`{text}` är inte hela eller halva arbetsdagar; skriv t.ex. `2 dagar`, `en och en halv dag` eller `en halv dag`, eller ange längden i timmar"
        ),
        ValueError::DayLength { text } => format!(
            "`{text}` är inte längden på en arbetsdag; skriv en längd på högst 24 timmar, t.ex. `8 timmar` eller `7,5 timmar`"
        ),
    }
}

/// En hänvisning som inte är skriven som ett id.
fn invalid_reference(key: &str, id: &str, target: &str) -> Text {
    let noun = match target {
        "roles" => "en roll",
        "phases" => "en fas",
        "activities" => "en aktivitet",
        "goals" => "ett mål",
        "checklists" => "en checklista",
        "stakeholders" => "en intressent",
        "tracks" => "ett spår",
        _ => "en post",
    };
    Text::new(format!(
        "`{key}` hänvisar till {noun}, men `{id}` är inte ett id"
    ))
    .label("inte ett id")
    .help(
        "skriv id:t, inte namnet: små bokstäver, siffror och bindestreck, t.ex. `klar-parat-start`",
    )
}

/// Vad en nyckel med tidsangivelser tar emot (hjälpen till ett avvisat värde).
fn accepted(a: Accepts) -> &'static str {
    match a {
        Accepts::Calendar => {
            "skriv dagar, veckor, månader eller år: `2 veckor`, `1-3 månader`, `1,5 år` (18 månader), `3 månader–2 år`"
        }
        Accepts::Duration => {
            "skriv dagar, veckor, månader eller år – eller `löpande`: `8 månader`, `2-4 månader`, `ett och ett halvt år` (18 månader), `3 månader–2 år`"
        }
        Accepts::Interval => {
            "skriv hur ofta i dagar, veckor, månader eller år: `2 veckor`, `4-6 veckor`, `varannan vecka`, `var tredje månad`, `var 3:e vecka`, `var fjortonde dag`, `varje kvartal`, `varje halvår`"
        }
        Accepts::Length => {
            "skriv timmar eller minuter: `2 timmar`, `2-3 timmar`, `1,5 timme`, `en och en halv timme`, `en halvtimme`, `90 minuter`; eller arbetsdagar: `2 dagar`, `en och en halv dag`"
        }
    }
}

/// `3 fel och 1 varning` (en del som är 0 utelämnas).
fn not_kept_counts(errors: usize, warnings: usize) -> String {
    let errors = match errors {
        0 => None,
        n => Some(format!("{} fel", grouped(n, '\u{a0}'))),
    };
    let warnings = match warnings {
        0 => None,
        1 => Some("1 varning".to_string()),
        n => Some(format!("{} varningar", grouped(n, '\u{a0}'))),
    };
    match (errors, warnings) {
        (Some(e), Some(w)) => format!("{e} och {w}"),
        (Some(one), None) | (None, Some(one)) => one,
        (None, None) => "inga".to_string(),
    }
}
