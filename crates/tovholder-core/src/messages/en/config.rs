use crate::messages::config::{Expected, Table, TomlType, backticked};
use crate::messages::{ConfigMsg, Text};

fn a(t: TomlType) -> &'static str {
    match t {
        TomlType::String => "a string",
        TomlType::Integer => "an integer",
        TomlType::Float => "a decimal number",
        TomlType::Boolean => "a boolean",
        TomlType::Datetime => "a date",
        TomlType::Array => "a list",
        TomlType::Table => "a table",
        TomlType::Other => "another type",
    }
}

fn expected(e: Expected) -> &'static str {
    match e {
        Expected::PresetName => "a string: `recommended`, `strict` or `all`",
        Expected::LintsTable => "a table of rule names and levels",
        Expected::OptionsTable => "a table of rules with options, such as `[options.momentum-gap]`",
        Expected::RuleOptionsTable => "a table of options",
        Expected::OverridesList => "a list of tables, written `[[overrides]]`",
        Expected::PathsList => "a list of glob patterns, such as `[\"models/**\"]`",
        Expected::StringItems => "a list of strings",
    }
}

fn place(t: &Table) -> String {
    match t {
        Table::Top => "at the top level".into(),
        Table::Override => "in an override".into(),
        Table::Options => "in `options`".into(),
        Table::RuleOptions(rule) => format!("in `options.{rule}`"),
    }
}

fn did_you_mean(s: &str) -> String {
    format!("did you mean `{s}`?")
}

pub(crate) fn text(m: &ConfigMsg) -> Text {
    match m {
        ConfigMsg::NotUtf8 => Text::new("the configuration is not UTF-8 text")
            .label("not UTF-8 from here")
            .help("save the file as UTF-8"),
        ConfigMsg::InvalidToml { error } => Text::new(format!("invalid TOML: {error}"))
            .label("here")
            .help("until this is fixed, the file is not used and plans are checked with the default levels"),
        ConfigMsg::UnknownKey {
            key,
            table,
            known,
            suggestion,
        } => Text::new(format!("unknown key `{key}` {}", place(table)))
            .label("not a configuration key")
            .help(match suggestion {
                Some(s) => did_you_mean(s),
                None => format!("known keys: {}", backticked(known)),
            }),
        ConfigMsg::RuleTakesNoOptions {
            rule,
            rules_with_options,
        } => Text::new(format!("the rule `{rule}` takes no options"))
            .label("no options")
            .help(format!(
                "rules with options: {}",
                backticked(rules_with_options)
            )),
        ConfigMsg::WrongType {
            key,
            expected: e,
            found,
        } => Text::new(format!("`{key}` must be {}", expected(*e)))
            .label(format!("this is {}", a(*found))),
        ConfigMsg::UnknownPreset { preset, suggestion } => {
            Text::new(format!("unknown preset `{preset}`"))
                .label("not a preset")
                .help(match suggestion {
                    Some(s) => did_you_mean(s),
                    None => "use `recommended`, `strict` or `all`".into(),
                })
        }
        ConfigMsg::OptionOutOfRange {
            rule,
            key,
            min,
            max,
            found,
        } => Text::new(format!(
            "`{rule}.{key}` must be a whole number from {min} to {max}"
        ))
        .label(match found {
            Some(t) => format!("this is {}", a(*t)),
            None => "out of range".into(),
        }),
        ConfigMsg::OverrideWithoutPaths => Text::new("an override needs `paths`")
            .label("no `paths`")
            .help("add the plans it applies to: `paths = [\"models/**\"]`"),
        ConfigMsg::EmptyPaths => Text::new("`paths` is empty: the override applies to no plan")
            .label("no patterns")
            .help("add a pattern such as `\"models/**\"`"),
        ConfigMsg::UnknownRule { rule, suggestion } => {
            Text::new(format!("unknown rule `{rule}`"))
                .label("no rule with this name")
                .help(match suggestion {
                    Some(s) => format!("did you mean `{s}`? (`tovholder rules` lists every rule)"),
                    None => "`tovholder rules` lists every rule".into(),
                })
        }
        ConfigMsg::FixedRule { rule, level } => Text::new(format!(
            "the level of `{rule}` cannot be changed (it is always {level})"
        ))
        .label("fixed level")
        .help("remove this line; fix the finding in the plan instead"),
        ConfigMsg::LevelNotString => {
            Text::new("a level must be a string: `allow`, `warn` or `deny`").label("not a level")
        }
        ConfigMsg::UnknownLevel { level, suggestion } => {
            Text::new(format!("unknown level `{level}`"))
                .label("not allow, warn or deny")
                .help(match suggestion {
                    Some(s) => did_you_mean(s),
                    None => "use `allow` (off), `warn` or `deny` (fails the check)".into(),
                })
        }
        ConfigMsg::InvalidGlob { pattern, error } => {
            Text::new(format!("invalid glob pattern `{pattern}`: {error}"))
                .label("not a valid glob")
                .help("`*` matches within a folder, `**` across folders, `[abc]` one of the letters, `{a,b}` either")
        }
    }
}
