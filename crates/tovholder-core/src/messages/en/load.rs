use crate::messages::load::{Accepts, Mapping, ValueError, ValueKind};
use crate::messages::{LoadMsg, Text, grouped};
use crate::yaml::{MAX_NODES, NODES_BASE};

pub(crate) fn text(m: &LoadMsg) -> Text {
    match m {
        LoadMsg::MissingKey { key, mapping, id } => missing_key(key, mapping, id.as_deref()),
        LoadMsg::InvalidReference { key, id, target } => invalid_reference(key, id, target),
        LoadMsg::FileTooLarge { bytes, limit } => Text::new(match bytes {
            Some(bytes) => format!("the file is {bytes} bytes; the limit is {limit} bytes"),
            None => format!("the file is larger than {limit} bytes"),
        })
        .help("split the plan into a model and a plan that uses it"),
        LoadMsg::FileIsUtf16 => Text::new("the file is UTF-16; plans must be UTF-8")
            .help("save the file as UTF-8 (in most editors: Save as… → Encoding → UTF-8)"),
        LoadMsg::NotUtf8 { byte } => Text::new(format!("the file is not valid UTF-8 (byte {byte})"))
            .label("not UTF-8 here")
            .help("save the file as UTF-8; a binary file is not a plan"),
        LoadMsg::EmptyFile => {
            Text::new("the file is empty: a plan needs at least `id`, `title` and `phases`")
        }
        LoadMsg::MultipleDocuments => Text::new("the file holds more than one YAML document")
            .label("here")
            .help("a plan is one document: remove the `---` separator or split the file"),
        LoadMsg::YamlSyntax { detail } => {
            syntax(detail).help("fix the YAML syntax at the marked place")
        }
        LoadMsg::TabIndent { detail } => {
            syntax(detail).help("indent with spaces; YAML does not allow tabs for indentation")
        }
        LoadMsg::ParserLimit { detail } => syntax(detail)
            .help("the file is nested too deeply or expands too many aliases to be a plan"),
        LoadMsg::NestedTooDeep { limit } => {
            budget(format!("the file is nested more than {limit} levels deep"))
        }
        LoadMsg::TooManyNodes { limit } => budget(format!(
            "the file has more than {limit} YAML nodes, counting each alias as what it stands for (the limit is {NODES_BASE} plus two per byte of the file, at most {MAX_NODES})"
        )),
        LoadMsg::TooManyAliases { limit } => {
            budget(format!("the file uses more than {limit} aliases (`*name`)"))
        }
        LoadMsg::TooManyAnchors { limit } => {
            budget(format!("the file defines more than {limit} anchors (`&name`)"))
        }
        LoadMsg::TextTooLarge => budget(
            "the file's text values add up to more than 64 MiB once aliases are expanded".into(),
        ),
        LoadMsg::UnsupportedTag { tag } => {
            Text::new(format!("the YAML tag `{tag}` is not part of the plan language"))
                .label("unsupported tag")
                .help("remove the tag; tovholder reads no `!include` or other tags (a model is reused with `uses:`)")
        }
        LoadMsg::InvalidType { expected, found } => {
            let t = Text::new(format!("expected {}, found {}", kind(expected), kind(found)))
                .label("wrong type");
            if ValueKind::quotes_would_help(expected, found) {
                t.help("put the value in quotes to make it text, e.g. \"1.0\"")
            } else if *expected == ValueKind::TextKey && *found == ValueKind::Int {
                // `{ value: 4,5 }`: in braces the decimal comma ends the entry.
                t.help("inside `{ … }` a comma separates entries, so `{ value: 4,5 }` is `value: 4` and a key `5`: write `value: \"4,5\"`, or the value on a line of its own")
            } else {
                t
            }
        }
        LoadMsg::InvalidValue { problem } => {
            let t = Text::new(value(problem)).label("invalid value");
            match problem.accepts() {
                Some(a) => t.help(accepted(a)),
                None => t,
            }
        }
        LoadMsg::DuplicateKey { key } => twice(format!("the key `{key}` appears twice")),
        LoadMsg::DuplicateId { id } => twice(format!("the id `{id}` is defined twice")),
        LoadMsg::UnknownKey {
            key,
            mapping: m,
            suggestion,
            known,
        } => Text::new(format!("unknown key `{key}` in {}", mapping(m)))
            .label("not a known key")
            .help(match suggestion {
                Some(s) => format!("did you mean `{s}`?"),
                None => format!("known keys: {}", known.join(", ")),
            }),
        LoadMsg::InvalidId { id } => Text::new(format!("`{id}` is not a valid id"))
            .label("invalid id")
            .help(
                "ids are kebab-case: lower-case letters, digits and hyphens, e.g. `klar-parat-start`",
            ),
        LoadMsg::InvalidPlanId { id } => Text::new(format!("`{id}` is not a valid plan id"))
            .label("invalid id")
            .help("ids are kebab-case: lower-case letters, digits and hyphens"),
        LoadMsg::NotALog { kind } => Text::new(format!("`kind: {kind}` is not a journal: a journal says `kind: log`"))
            .label("not `log`")
            .help("write `kind: log` at the top of the journal"),
        LoadMsg::LogEntryWithoutEvent { known } => Text::new("the journal entry records no event")
            .label("no event")
            .help(format!("give the entry one of {}", crate::messages::ticks(&known.iter().map(|k| k.to_string()).collect::<Vec<_>>()))),
        LoadMsg::LogEntryTwoEvents { first, second } => Text::new(format!("the journal entry records two events, `{first}` and `{second}`"))
            .label("second event")
            .label("first event")
            .help("write one entry per event"),
        LoadMsg::LogInModel => Text::new("a model has no journal: `log` belongs in the plan that uses it")
            .label("in a model")
            .help("remove `log` from the model"),
        LoadMsg::LogUnavailable { path, reason } => Text::new(format!("the journal `{path}` cannot be read: {reason}"))
            .label("named here")
            .help("check the path in `log`; paths are relative to the plan and stay inside the repository"),
        LoadMsg::FindingsNotKept { errors, warnings, kept } => Text::new(format!(
            "… and {} not kept (tovholder keeps the first {}): {}",
            match errors + warnings {
                1 => "1 more finding was".to_string(),
                n => format!("{} more findings were", grouped(n, ',')),
            },
            grouped(*kept, ','),
            not_kept_counts(*errors, *warnings),
        ))
        .label("the first finding not kept")
        .help("fix the findings shown and check again; the totals count the findings not kept"),
        LoadMsg::TooManyEntities { limit } => Text::new(format!(
            "the plan has more than {} entities; tovholder reads the first {}",
            grouped(*limit, ','),
            grouped(*limit, ','),
        ))
        .label("the first entity not read")
        .help("split the plan into a model and plans that use it"),
        LoadMsg::TooManyLogEntries { limit } => Text::new(format!(
            "the journal has more than {} entries; tovholder reads the first {}",
            grouped(*limit, ','),
            grouped(*limit, ','),
        ))
        .label("the first entry not read")
        .help("split the journal into a file per year; `log` can name several"),
    }
}

/// A required key not written: at the top level, in `uses`, or in an entity.
fn missing_key(key: &str, mapping: &str, id: Option<&str>) -> Text {
    let noun = match mapping {
        "roles" => Some("role"),
        "phases" => Some("phase"),
        "activities" => Some("activity"),
        "goals" => Some("goal"),
        "checklists" => Some("checklist"),
        "stakeholders" => Some("stakeholder"),
        "tracks" => Some("track"),
        _ => None,
    };
    match (mapping, noun, id) {
        ("plan", ..) => Text::new(format!("the plan has no `{key}`"))
            .label("at the top level")
            .help(match key {
                "id" => "add `id: my-plan` (kebab-case; used for file names and calendar UIDs)"
                    .to_string(),
                "title" => "add `title: …`, the title printed on every document".to_string(),
                _ => format!("add `{key}: …`"),
            }),
        ("uses", ..) => Text::new(format!("`uses` needs a `{key}`")).label(match key {
            "path" => "no path".to_string(),
            _ => format!("no `{key}`"),
        }),
        (_, Some(noun), Some(id)) => Text::new(format!("the {noun} `{id}` has no `{key}`"))
            .label(match key {
                "duration" => "no duration".to_string(),
                _ => format!("no `{key}`"),
            })
            .help(match key {
                "duration" => {
                    "add e.g. `duration: 3-6 months`, or `duration: ongoing` for a sustainment phase"
                        .to_string()
                }
                _ => format!("add `{key}: …`"),
            }),
        _ => Text::new(format!("`{mapping}` has no `{key}`"))
            .label(format!("no `{key}`"))
            .help(format!("add `{key}: …`")),
    }
}

/// The parser's message (its own words, English), or ours when it gave none.
fn syntax(detail: &str) -> Text {
    if detail.is_empty() {
        Text::new("the file is not valid YAML").label("here")
    } else {
        Text::new(detail).label("here")
    }
}

/// A limit of the parser, in our words.
fn budget(message: String) -> Text {
    Text::new(message).label("here").help(
        "a plan needs about seven levels of nesting and few aliases; split a very large plan into a model and a plan that uses it",
    )
}

/// A key or id written a second time.
fn twice(message: String) -> Text {
    Text::new(message)
        .label("defined again here")
        .label("first defined here")
        .help("remove or rename one of them; the first one is used")
}

fn kind(k: &ValueKind) -> String {
    match k {
        ValueKind::Null => "nothing (null)".into(),
        ValueKind::Bool => "a boolean".into(),
        ValueKind::Int => "an integer".into(),
        ValueKind::Float => "a number".into(),
        ValueKind::Str => "a string".into(),
        ValueKind::List => "a list".into(),
        ValueKind::Mapping => "a mapping".into(),
        ValueKind::TrueOrFalse => "true or false".into(),
        ValueKind::TextOrNumber => "a text or a number".into(),
        ValueKind::TextKey => "a text key".into(),
        ValueKind::MappingOf(m) => format!("a mapping ({})", mapping(m)),
        ValueKind::Plan => "a mapping with `id`, `title`, `phases` …".into(),
    }
}

fn mapping(m: &Mapping) -> &str {
    match m {
        Mapping::Plan => "the plan",
        Mapping::Role => "a role",
        Mapping::Phase => "a phase",
        Mapping::Activity => "an activity",
        Mapping::Baseline => "a baseline",
        Mapping::Target => "a target",
        Mapping::Goal => "a goal",
        Mapping::ChecklistItem => "a checklist item",
        Mapping::Checklist => "a checklist",
        Mapping::Stakeholder => "a stakeholder",
        Mapping::Calendar => "the calendar",
        Mapping::Track => "a track",
        Mapping::TrackState => "a track state",
        Mapping::Log => "the journal",
        Mapping::LogEntry => "a journal entry",
        Mapping::Entities => "entities keyed by id",
        Mapping::Key(k) => k,
    }
}

fn value(e: &ValueError) -> String {
    match e {
        ValueError::EmptyRange => "empty value; write e.g. `3 months` or `1-2 weeks`".into(),
        ValueError::UnknownUnit {
            unit,
            suggestion: Some(s),
            ..
        } => {
            format!("unknown unit `{unit}`; did you mean `{s}`?")
        }
        ValueError::UnknownUnit {
            unit,
            suggestion: None,
            accepts: Accepts::Length,
        } => format!("unknown unit `{unit}`; a length is in hours or minutes (or timer, minutter)"),
        ValueError::UnknownUnit {
            unit,
            suggestion: None,
            ..
        } => format!(
            "unknown unit `{unit}`; use days, weeks, months or years (or dage, uger, måneder, år)"
        ),
        ValueError::NotANumber { text } => format!("`{text}` is not a number"),
        ValueError::RangeBackwards { range } => {
            format!("the range `{range}` runs backwards; write the smaller number first")
        }
        ValueError::NotNumberOrRange { text } => {
            format!("`{text}` is not a number or a range like `1-3`")
        }
        ValueError::NotWhole { value, .. } => {
            format!("a duration must be a whole number below 100000, not `{value}`")
        }
        ValueError::UnitOfOtherKey {
            unit,
            accepts: Accepts::Length,
        } => format!("`{unit}` is a unit of the calendar; a length is in hours or minutes"),
        ValueError::UnitOfOtherKey { unit, .. } => format!(
            "`{unit}` is a unit of a meeting's length; here the unit is days, weeks, months or years"
        ),
        ValueError::MixedUnits { text, .. } => format!(
            "`{text}` runs from days or weeks to months or years, which hold no whole number of each other; write both ends in one unit"
        ),
        ValueError::CadenceOutsideEvery { text } => format!(
            "`{text}` says how often, which is what `every` says; here write a length of time, e.g. `2 weeks`"
        ),
        ValueError::NoUnit { text, .. } => format!("`{text}` has no unit; write e.g. `{text} months`"),
        ValueError::ZeroInterval => {
            "an interval must be at least 1: `every: 0 …` would repeat forever; write e.g. `every: 1 day`".into()
        }
        ValueError::Negative { text } => format!(
            "`{text}` is negative; a number here must be at least 1 (an offset `at` may be 0)"
        ),
        ValueError::TooLong { chars, limit } => format!(
            "the text is {chars} characters long; the limit for this key is {limit}"
        ),
        ValueError::DateOutOfRange { text } => format!(
            "`{text}` is outside the years tovholder schedules ({}–{})",
            crate::model::MIN_YEAR,
            crate::model::MAX_YEAR
        ),
        ValueError::NoLengthUnit { text } => {
            format!("`{text}` has no unit; write e.g. `2 hours`")
        }
        ValueError::OccurrenceTooLong => "a single occurrence cannot last more than a month".into(),
        ValueError::EmptyHours => "empty value; write e.g. `4 per week`".into(),
        ValueError::NotHours { text } => {
            format!("`{text}` is not a number of hours; write e.g. `4 per week`")
        }
        ValueError::HoursPer { unit } => {
            format!("granted hours are per week or per month, not per `{unit}`")
        }
        ValueError::NotGrantedHours { text } => format!(
            "`{text}` is not granted hours; write e.g. `4 per week` or `8 timer om måneden`"
        ),
        ValueError::AfterNeedsId => {
            "`after` needs an activity id, e.g. `etableringsworkshop + 1-2 months`".into()
        }
        ValueError::AfterNotId { id } => {
            format!("`{id}` is not an activity id; write `activity-id + 2 weeks`")
        }
        ValueError::BeforeNeedsId => {
            "`before` needs an activity id, e.g. `statusmoede - 2 weeks`".into()
        }
        ValueError::BeforeNotId { id } => format!(
            "`{id}` is not an activity id; write `activity-id - 2 weeks` (a space before the minus)"
        ),
        ValueError::UnknownActivityKind { value } => format!(
            "unknown activity kind `{value}`; use meeting, communication, milestone or deliverable"
        ),
        ValueError::NotATime { text } => format!("`{text}` is not a time; write e.g. `09:00`"),
        ValueError::NotTimeOfDay { text } => format!("`{text}` is not a time of day"),
        ValueError::NotADate { text } => {
            format!("`{text}` is not a date; write YYYY-MM-DD, e.g. 2027-01-04")
        }
        ValueError::NoSuchDay { text } => format!("`{text}` is not a valid date (no such day)"),
        ValueError::ClosedBackwards { period } => {
            format!("the closed period `{period}` ends before it starts")
        }
        ValueError::UnknownLanguage { value } => {
            format!("unknown language `{value}`; use da, en or sv")
        }
        ValueError::UnknownDocKind { value } => {
            format!("unknown kind `{value}`; use `plan` or `model`")
        }
        ValueError::UnknownGoalKind { value } => {
            format!("unknown goal kind `{value}`; use quantitative, qualitative or hypothesis")
        }
        ValueError::UnknownTerm { value } => format!("unknown term `{value}`; use short or long"),
        ValueError::UnknownHolidays { value } => {
            format!("unknown holiday calendar `{value}`; use dk, se or none")
        }
        ValueError::UnknownTimeZone { value, known } => {
            format!("unknown time zone `{value}`; use one of {known}")
        }
        ValueError::UnknownTrackState { value } => {
            format!("unknown track state `{value}`; use active, standby, closed, merged or new")
        }
        ValueError::UnknownGoalLevel { value } => format!("unknown goal level `{value}`; use process or result"),
        ValueError::UnknownPer { value } => {
            format!("unknown `per` value `{value}`; use track")
        }
        ValueError::DaysAndHours { text } => format!(
            "`{text}` adds working days and hours; write the length in days (`2 days`) or in hours (`6 hours`)"
        ),
        ValueError::NotHalfDays { text } => format!(
            "`{text}` is not whole or half working days; write e.g. `2 days`, `1.5 days` or `half a day`, or the length in hours"
        ),
        ValueError::DayLength { text } => format!(
            "`{text}` is not the length of a working day; write one length of at most 24 hours, e.g. `7.4 hours` or `8 hours`"
        ),
    }
}

/// A reference that is not written as an id.
fn invalid_reference(key: &str, id: &str, target: &str) -> Text {
    let noun = match target {
        "roles" => "a role",
        "phases" => "a phase",
        "activities" => "an activity",
        "goals" => "a goal",
        "checklists" => "a checklist",
        "stakeholders" => "a stakeholder",
        "tracks" => "a track",
        _ => "an entity",
    };
    Text::new(format!("`{key}` refers to {noun}, but `{id}` is not an id"))
        .label("not an id")
        .help("write the id, not the name: lower-case letters, digits and hyphens, e.g. `klar-parat-start`")
}

/// What a key of amounts accepts (the help of a rejected value).
fn accepted(a: Accepts) -> &'static str {
    match a {
        Accepts::Calendar => {
            "write days, weeks, months or years: `2 weeks`, `1-3 months`, `1,5 år` (18 months), `3 måneder - 2 år`; Danish dage, uger, måneder, år; Swedish dagar, veckor, månader, år"
        }
        Accepts::Duration => {
            "write days, weeks, months or years, or `ongoing`: `8 months`, `1-3 måneder`, `halvandet år` (18 months), `3 måneder - 2 år`, `løbende`, `löpande`"
        }
        Accepts::Interval => {
            "write how often in days, weeks, months or years: `2 weeks`, `4-6 uger`, `hver anden måned`, `hver 3. uge`, `hver tredje uge`, `hvert kvartal`, `varannan vecka`, `var tredje månad`, `every other week`"
        }
        Accepts::Length => {
            "write hours or minutes: `2 hours`, `2-3 timer`, `1,5 timer`, `1½ time`, `halvanden time`, `en halv time`, `90 minutter`, `en och en halv timme`; or working days: `2 days`, `2 dage`, `halvanden dag`"
        }
    }
}

/// `3 errors and 1 warning` (a part that is 0 left out).
fn not_kept_counts(errors: usize, warnings: usize) -> String {
    let errors = match errors {
        0 => None,
        1 => Some("1 error".to_string()),
        n => Some(format!("{} errors", grouped(n, ','))),
    };
    let warnings = match warnings {
        0 => None,
        1 => Some("1 warning".to_string()),
        n => Some(format!("{} warnings", grouped(n, ','))),
    };
    match (errors, warnings) {
        (Some(e), Some(w)) => format!("{e} and {w}"),
        (Some(one), None) | (None, Some(one)) => one,
        (None, None) => "none".to_string(),
    }
}
