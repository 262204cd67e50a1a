use crate::messages::config::{Expected, Table, TomlType, backticked};
use crate::messages::{ConfigMsg, Text};

fn en(t: TomlType) -> &'static str {
    match t {
        TomlType::String => "en sträng",
        TomlType::Integer => "ett heltal",
        TomlType::Float => "ett decimaltal",
        TomlType::Boolean => "ett sanningsvärde",
        TomlType::Datetime => "ett datum",
        TomlType::Array => "en lista",
        TomlType::Table => "en tabell",
        TomlType::Other => "en annan typ",
    }
}

fn expected(e: Expected) -> &'static str {
    match e {
        Expected::PresetName => "en sträng: `recommended`, `strict` eller `all`",
        Expected::LintsTable => "en tabell med regelnamn och nivåer",
        Expected::OptionsTable => {
            "en tabell med regler och deras inställningar, t.ex. `[options.momentum-gap]`"
        }
        Expected::RuleOptionsTable => "en tabell med inställningar",
        Expected::OverridesList => "en lista med tabeller, skrivna `[[overrides]]`",
        Expected::PathsList => "en lista med glob-mönster, t.ex. `[\"models/**\"]`",
        Expected::StringItems => "en lista med strängar",
    }
}

fn place(t: &Table) -> String {
    match t {
        Table::Top => "på översta nivån".into(),
        Table::Override => "i en `[[overrides]]`-post".into(),
        Table::Options => "i `options`".into(),
        Table::RuleOptions(rule) => format!("i `options.{rule}`"),
    }
}

fn did_you_mean(s: &str) -> String {
    format!("menade du `{s}`?")
}

pub(crate) fn text(m: &ConfigMsg) -> Text {
    match m {
        ConfigMsg::NotUtf8 => Text::new("konfigurationen är inte UTF-8-text")
            .label("inte UTF-8 härifrån")
            .help("spara filen som UTF-8"),
        ConfigMsg::InvalidToml { error } => Text::new(format!("ogiltig TOML: {error}"))
            .label("här")
            .help("tills detta är rättat används filen inte, och planerna kontrolleras med standardnivåerna"),
        ConfigMsg::UnknownKey {
            key,
            table,
            known,
            suggestion,
        } => Text::new(format!("okänd nyckel `{key}` {}", place(table)))
            .label("ingen konfigurationsnyckel")
            .help(match suggestion {
                Some(s) => did_you_mean(s),
                None => format!("kända nycklar: {}", backticked(known)),
            }),
        ConfigMsg::RuleTakesNoOptions {
            rule,
            rules_with_options,
        } => Text::new(format!("regeln `{rule}` har inga inställningar"))
            .label("inga inställningar")
            .help(format!(
                "regler med inställningar: {}",
                backticked(rules_with_options)
            )),
        ConfigMsg::WrongType {
            key,
            expected: e,
            found,
        } => Text::new(format!("`{key}` ska vara {}", expected(*e)))
            .label(format!("detta är {}", en(*found))),
        ConfigMsg::UnknownPreset { preset, suggestion } => {
            Text::new(format!("okänd förinställning `{preset}`"))
                .label("ingen förinställning")
                .help(match suggestion {
                    Some(s) => did_you_mean(s),
                    None => "använd `recommended`, `strict` eller `all`".into(),
                })
        }
        ConfigMsg::OptionOutOfRange {
            rule,
            key,
            min,
            max,
            found,
        } => Text::new(format!(
            "`{rule}.{key}` ska vara ett heltal från {min} till {max}"
        ))
        .label(match found {
            Some(t) => format!("detta är {}", en(*t)),
            None => "utanför det tillåtna intervallet".into(),
        }),
        ConfigMsg::OverrideWithoutPaths => {
            Text::new("en `[[overrides]]`-post måste ha `paths`")
                .label("ingen `paths`")
                .help("ange vilka planer den gäller: `paths = [\"models/**\"]`")
        }
        ConfigMsg::EmptyPaths => Text::new("`paths` är tom: posten gäller ingen plan")
            .label("inga mönster")
            .help("lägg till ett mönster som `\"models/**\"`"),
        ConfigMsg::UnknownRule { rule, suggestion } => {
            Text::new(format!("okänd regel `{rule}`"))
                .label("ingen regel med det namnet")
                .help(match suggestion {
                    Some(s) => format!("menade du `{s}`? (`tovholder rules` visar alla regler)"),
                    None => "`tovholder rules` visar alla regler".into(),
                })
        }
        ConfigMsg::FixedRule { rule, level } => Text::new(format!(
            "nivån för `{rule}` kan inte ändras (den är alltid {level})"
        ))
        .label("fast nivå")
        .help("ta bort raden och rätta i stället det som påpekas i planen"),
        ConfigMsg::LevelNotString => {
            Text::new("en nivå ska vara en sträng: `allow`, `warn` eller `deny`")
                .label("ingen nivå")
        }
        ConfigMsg::UnknownLevel { level, suggestion } => {
            Text::new(format!("okänd nivå `{level}`"))
                .label("inte allow, warn eller deny")
                .help(match suggestion {
                    Some(s) => did_you_mean(s),
                    None => "använd `allow` (avstängd), `warn` eller `deny` (kontrollen misslyckas)".into(),
                })
        }
        ConfigMsg::InvalidGlob { pattern, error } => {
            Text::new(format!("ogiltigt glob-mönster `{pattern}`: {error}"))
                .label("inget giltigt glob-mönster")
                .help("`*` matchar inom en mapp, `**` över flera mappar, `[abc]` en av bokstäverna, `{a,b}` något av dem")
        }
    }
}
