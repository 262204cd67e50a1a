//! What reading `tovholder.toml` finds (reported by the command line).

use super::findings;
use serde::Serialize;

/// The table a configuration key was found in.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Table {
    /// The top level of the file.
    #[default]
    Top,
    /// An `[[overrides]]` entry.
    Override,
    /// `[options]`.
    Options,
    /// `[options.RULE]`.
    RuleOptions(String),
}

/// The type of a TOML value, as `toml` names it (`string`, `integer`, …).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum TomlType {
    String,
    Integer,
    Float,
    Boolean,
    Datetime,
    Array,
    Table,
    #[default]
    Other,
}

impl TomlType {
    /// The type by the name `toml` gives it.
    pub fn of(type_str: &str) -> TomlType {
        match type_str {
            "string" => TomlType::String,
            "integer" => TomlType::Integer,
            "float" => TomlType::Float,
            "boolean" => TomlType::Boolean,
            "datetime" => TomlType::Datetime,
            "array" => TomlType::Array,
            "table" => TomlType::Table,
            _ => TomlType::Other,
        }
    }
}

/// What a configuration value must be.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Expected {
    /// `preset`: `recommended`, `strict` or `all`.
    #[default]
    PresetName,
    /// `[lints]`: rule names and levels.
    LintsTable,
    /// `[options]`: rules with options.
    OptionsTable,
    /// `[options.RULE]`: options.
    RuleOptionsTable,
    /// `[[overrides]]`: a list of tables.
    OverridesList,
    /// `paths`: glob patterns.
    PathsList,
    /// An item of `paths`: a string.
    StringItems,
}

findings! {
    /// A finding about the configuration file.
    pub enum ConfigMsg {
        /// The file is not UTF-8 from the labelled place on.
        NotUtf8 => crate::rules::config::CONFIG_SYNTAX,
        /// The TOML parser's complaint (its words, English).
        InvalidToml { error: String } => crate::rules::config::CONFIG_SYNTAX,
        /// A key the configuration format does not have; `known` are those it has
        /// where it was found.
        UnknownKey {
            key: String,
            table: Table,
            known: Vec<String>,
            suggestion: Option<String>,
        } => crate::rules::config::CONFIG_UNKNOWN_KEY,
        /// `[options.RULE]` for a rule that has no options.
        RuleTakesNoOptions {
            rule: String,
            rules_with_options: Vec<String>,
        } => crate::rules::config::CONFIG_UNKNOWN_KEY,
        /// A value of the wrong type.
        WrongType {
            key: String,
            expected: Expected,
            found: TomlType,
        } => crate::rules::config::CONFIG_INVALID_VALUE,
        /// `preset` names no preset.
        UnknownPreset {
            preset: String,
            suggestion: Option<String>,
        } => crate::rules::config::CONFIG_INVALID_VALUE,
        /// A rule option that is not a whole number in its range (`found`: the type
        /// written when it is not a whole number at all).
        OptionOutOfRange {
            rule: String,
            key: String,
            min: u32,
            max: u32,
            found: Option<TomlType>,
        } => crate::rules::config::CONFIG_INVALID_VALUE,
        /// An `[[overrides]]` entry without `paths`.
        OverrideWithoutPaths => crate::rules::config::CONFIG_INVALID_VALUE,
        /// An override whose `paths` is empty.
        EmptyPaths => crate::rules::config::CONFIG_INVALID_VALUE,
        /// `[lints]` names no rule.
        UnknownRule {
            rule: String,
            suggestion: Option<String>,
        } => crate::rules::config::CONFIG_UNKNOWN_RULE,
        /// `[lints]` sets the level of a rule whose level is fixed.
        FixedRule { rule: String, level: String } => crate::rules::config::CONFIG_FIXED_RULE,
        /// A level that is not a string.
        LevelNotString => crate::rules::config::CONFIG_INVALID_LEVEL,
        /// A level that is not `allow`, `warn` or `deny`.
        UnknownLevel {
            level: String,
            suggestion: Option<String>,
        } => crate::rules::config::CONFIG_INVALID_LEVEL,
        /// A pattern in `paths` that is not a glob (`error`: globset's words, English).
        InvalidGlob { pattern: String, error: String } => crate::rules::config::CONFIG_INVALID_GLOB,
    }
}

/// Names in backticks, joined with commas: "`a`, `b`".
pub(crate) fn backticked(names: &[String]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
    quoted.join(", ")
}
