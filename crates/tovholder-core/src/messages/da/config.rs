use crate::messages::config::{Expected, Table, TomlType, backticked};
use crate::messages::{ConfigMsg, Text};

fn en(t: TomlType) -> &'static str {
    match t {
        TomlType::String => "en streng",
        TomlType::Integer => "et heltal",
        TomlType::Float => "et decimaltal",
        TomlType::Boolean => "en sandhedsværdi",
        TomlType::Datetime => "en dato",
        TomlType::Array => "en liste",
        TomlType::Table => "en tabel",
        TomlType::Other => "en anden type",
    }
}

fn expected(e: Expected) -> &'static str {
    match e {
        Expected::PresetName => "en streng: `recommended`, `strict` eller `all`",
        Expected::LintsTable => "en tabel med regelnavne og niveauer",
        Expected::OptionsTable => {
            "en tabel med regler og deres indstillinger, fx `[options.momentum-gap]`"
        }
        Expected::RuleOptionsTable => "en tabel med indstillinger",
        Expected::OverridesList => "en liste af tabeller, skrevet `[[overrides]]`",
        Expected::PathsList => "en liste af glob-mønstre, fx `[\"models/**\"]`",
        Expected::StringItems => "en liste af strenge",
    }
}

fn place(t: &Table) -> String {
    match t {
        Table::Top => "på øverste niveau".into(),
        Table::Override => "i en override".into(),
        Table::Options => "i `options`".into(),
        Table::RuleOptions(rule) => format!("i `options.{rule}`"),
    }
}

fn did_you_mean(s: &str) -> String {
    format!("mente du `{s}`?")
}

pub(crate) fn text(m: &ConfigMsg) -> Text {
    match m {
        ConfigMsg::NotUtf8 => Text::new("konfigurationen er ikke UTF-8-tekst")
            .label("ikke UTF-8 herfra")
            .help("gem filen som UTF-8"),
        ConfigMsg::InvalidToml { error } => Text::new(format!("ugyldig TOML: {error}"))
            .label("her")
            .help("indtil dette er rettet, bruges filen ikke, og planerne tjekkes med standardniveauerne"),
        ConfigMsg::UnknownKey {
            key,
            table,
            known,
            suggestion,
        } => Text::new(format!("ukendt nøgle `{key}` {}", place(table)))
            .label("ikke en konfigurationsnøgle")
            .help(match suggestion {
                Some(s) => did_you_mean(s),
                None => format!("kendte nøgler: {}", backticked(known)),
            }),
        ConfigMsg::RuleTakesNoOptions {
            rule,
            rules_with_options,
        } => Text::new(format!("reglen `{rule}` har ingen indstillinger"))
            .label("ingen indstillinger")
            .help(format!(
                "regler med indstillinger: {}",
                backticked(rules_with_options)
            )),
        ConfigMsg::WrongType {
            key,
            expected: e,
            found,
        } => Text::new(format!("`{key}` skal være {}", expected(*e)))
            .label(format!("dette er {}", en(*found))),
        ConfigMsg::UnknownPreset { preset, suggestion } => {
            Text::new(format!("ukendt preset `{preset}`"))
                .label("ikke et preset")
                .help(match suggestion {
                    Some(s) => did_you_mean(s),
                    None => "brug `recommended`, `strict` eller `all`".into(),
                })
        }
        ConfigMsg::OptionOutOfRange {
            rule,
            key,
            min,
            max,
            found,
        } => Text::new(format!(
            "`{rule}.{key}` skal være et helt tal fra {min} til {max}"
        ))
        .label(match found {
            Some(t) => format!("dette er {}", en(*t)),
            None => "uden for det tilladte".into(),
        }),
        ConfigMsg::OverrideWithoutPaths => Text::new("en override skal have `paths`")
            .label("ingen `paths`")
            .help("angiv de planer, den gælder for: `paths = [\"models/**\"]`"),
        ConfigMsg::EmptyPaths => Text::new("`paths` er tom: overriden gælder ingen plan")
            .label("ingen mønstre")
            .help("tilføj et mønster som `\"models/**\"`"),
        ConfigMsg::UnknownRule { rule, suggestion } => {
            Text::new(format!("ukendt regel `{rule}`"))
                .label("ingen regel med dette navn")
                .help(match suggestion {
                    Some(s) => format!("mente du `{s}`? (`tovholder rules` viser alle regler)"),
                    None => "`tovholder rules` viser alle regler".into(),
                })
        }
        ConfigMsg::FixedRule { rule, level } => Text::new(format!(
            "niveauet for `{rule}` kan ikke ændres (det er altid {level})"
        ))
        .label("fast niveau")
        .help("fjern linjen, og ret i stedet fundet i planen"),
        ConfigMsg::LevelNotString => {
            Text::new("et niveau skal være en streng: `allow`, `warn` eller `deny`")
                .label("ikke et niveau")
        }
        ConfigMsg::UnknownLevel { level, suggestion } => {
            Text::new(format!("ukendt niveau `{level}`"))
                .label("ikke allow, warn eller deny")
                .help(match suggestion {
                    Some(s) => did_you_mean(s),
                    None => "brug `allow` (slået fra), `warn` eller `deny` (tjekket fejler)".into(),
                })
        }
        ConfigMsg::InvalidGlob { pattern, error } => {
            Text::new(format!("ugyldigt glob-mønster `{pattern}`: {error}"))
                .label("ikke et gyldigt glob")
                .help("`*` matcher inden for en mappe, `**` på tværs af mapper, `[abc]` et af bogstaverne, `{a,b}` et af dem")
        }
    }
}
