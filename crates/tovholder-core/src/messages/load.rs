//! What loading finds (`yaml.rs`, `model.rs`, `load.rs`, `duration.rs`): the file is
//! not a valid plan.

use super::findings;
use crate::rules::loader::*;
use serde::Serialize;

findings! {
    /// A finding of the loader.
    pub enum LoadMsg {
        /// A required key is not written. `mapping` is where: `plan` (the top level),
        /// `uses`, or a section's key (`phases`) with the entity's `id`.
        MissingKey { key: String, mapping: String, id: Option<String> } => MISSING_KEY,
        /// A reference (`key`, declared `=> Section` in the plan language) whose value is
        /// not written as an id; `target` is the section's key (`roles`).
        InvalidReference { key: String, id: String, target: String } => INVALID_ID,
        /// The file is larger than [`crate::yaml::MAX_FILE_BYTES`] (`bytes`: its size,
        /// when known).
        FileTooLarge { bytes: Option<usize>, limit: usize } => FILE_TOO_LARGE,
        /// The file starts with a UTF-16 byte-order mark.
        FileIsUtf16 => FILE_ENCODING,
        /// The file is not UTF-8 from byte `byte` on.
        NotUtf8 { byte: usize } => FILE_ENCODING,
        /// The file holds nothing but blank lines and comments.
        EmptyFile => EMPTY_FILE,
        /// A `---` separator followed by a second document.
        MultipleDocuments => MULTIPLE_DOCUMENTS,
        /// The YAML does not parse; `detail` is the parser's own (English) message.
        YamlSyntax { detail: String } => YAML_SYNTAX,
        /// A tab used for indentation (the parser's message in `detail`).
        TabIndent { detail: String } => YAML_SYNTAX,
        /// A limit of the parser (nesting, aliases) in the parser's words.
        ParserLimit { detail: String } => YAML_SYNTAX,
        /// Nesting deeper than `limit` levels.
        NestedTooDeep { limit: usize } => YAML_SYNTAX,
        /// More than `limit` nodes once aliases are expanded (the budget of the file's size).
        TooManyNodes { limit: usize } => YAML_SYNTAX,
        /// More than `limit` aliases.
        TooManyAliases { limit: usize } => YAML_SYNTAX,
        /// More than `limit` anchors.
        TooManyAnchors { limit: usize } => YAML_SYNTAX,
        /// The text values add up to more than the parser's 64 MiB once aliases are expanded.
        TextTooLarge => YAML_SYNTAX,
        /// A YAML tag (`!include`, `!foo`) the plan language does not read: it would
        /// otherwise be dropped without a word. The standard tags (`!!str`, `!!int` …)
        /// are fine.
        UnsupportedTag { tag: String } => YAML_SYNTAX,
        /// A value of the wrong YAML type.
        InvalidType { expected: ValueKind, found: ValueKind } => INVALID_TYPE,
        /// A value that cannot be understood.
        InvalidValue {
            #[serde(flatten)]
            problem: ValueError
        } => INVALID_VALUE,
        /// A key written twice in one mapping (spans: again, first).
        DuplicateKey { key: String } => DUPLICATE_KEY,
        /// An id written twice in one section (spans: again, first).
        DuplicateId { id: String } => DUPLICATE_ID,
        /// A key the mapping does not know: the nearest known one, or all of them.
        UnknownKey {
            key: String,
            mapping: Mapping,
            suggestion: Option<String>,
            known: &'static [&'static str]
        } => UNKNOWN_KEY,
        /// An entity's id that is not kebab-case.
        InvalidId { id: String } => INVALID_ID,
        /// The plan's own `id` that is not kebab-case.
        InvalidPlanId { id: String } => INVALID_ID,
        /// A journal whose `kind` is not `log`.
        NotALog { kind: String } => INVALID_VALUE,
        /// A journal entry with none of the event keys (`known`).
        LogEntryWithoutEvent { known: &'static [&'static str] } => MISSING_KEY,
        /// A journal entry with two event keys (spans: the second, the first).
        LogEntryTwoEvents { first: String, second: String } => INVALID_VALUE,
        /// A model that names a journal (`log:`): only plans have one.
        LogInModel => UNKNOWN_KEY,
        /// A journal that cannot be read (`path` as written or found, `reason` why).
        LogUnavailable { path: String, reason: String } => crate::rules::log_unavailable::RULE,
        /// More findings than one stage keeps ([`crate::model::MAX_KEPT_FINDINGS`]): the
        /// rest were only counted, `errors` and `warnings` of them (the finding's level
        /// is the highest of theirs). Its place is the first finding not kept.
        FindingsNotKept { errors: usize, warnings: usize, kept: usize } => LIMIT_EXCEEDED,
        /// A plan with more than `limit` entities (all sections together): the rest are
        /// not read. Its place is the first entity not read.
        TooManyEntities { limit: usize } => LIMIT_EXCEEDED,
        /// A journal with more than `limit` entries: the rest are not read.
        TooManyLogEntries { limit: usize } => LIMIT_EXCEEDED,
    }
}

/// What kind of YAML value a place holds, or expects (`expected a string, found a list`).
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ValueKind {
    /// Nothing (`null`, or a key with no value).
    #[default]
    Null,
    Bool,
    Int,
    Float,
    Str,
    List,
    Mapping,
    /// Expected: `true` or `false`.
    TrueOrFalse,
    /// Expected: text, or a number (baseline and target values).
    TextOrNumber,
    /// Expected: a key that is text.
    TextKey,
    /// Expected: a mapping of this kind (`a mapping (a role)`).
    MappingOf(Mapping),
    /// Expected: the plan itself, a mapping with `id`, `title`, `phases` ….
    Plan,
}

impl ValueKind {
    /// A scalar that would be text if it were quoted (`1.0`, `true`): the help
    /// suggests quotes when text was expected.
    pub fn quotes_would_help(expected: &ValueKind, found: &ValueKind) -> bool {
        *expected == ValueKind::Str
            && matches!(found, ValueKind::Bool | ValueKind::Int | ValueKind::Float)
    }
}

/// Which mapping a key or a value belongs to (`unknown key `x` in a role`).
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Mapping {
    /// The top level of the file.
    #[default]
    Plan,
    Role,
    Phase,
    Activity,
    Baseline,
    Target,
    Goal,
    ChecklistItem,
    Checklist,
    Stakeholder,
    Calendar,
    Track,
    TrackState,
    /// The top level of a journal (`kind: log`).
    Log,
    /// An entry of a journal.
    LogEntry,
    /// A section: entities keyed by id.
    Entities,
    /// A mapping named by its key, the same in every language (`uses`, `remove`).
    Key(String),
}

impl From<&str> for Mapping {
    /// The mapping `mapping!` names in English (`"a role"`); any other name is a [`Mapping::Key`].
    fn from(what: &str) -> Self {
        match what {
            "the plan" => Mapping::Plan,
            "a role" => Mapping::Role,
            "a phase" => Mapping::Phase,
            "an activity" => Mapping::Activity,
            "a baseline" => Mapping::Baseline,
            "a target" => Mapping::Target,
            "a goal" => Mapping::Goal,
            "a checklist item" => Mapping::ChecklistItem,
            "a checklist" => Mapping::Checklist,
            "a stakeholder" => Mapping::Stakeholder,
            "the calendar" => Mapping::Calendar,
            "a track" => Mapping::Track,
            "a track state" => Mapping::TrackState,
            "the journal" => Mapping::Log,
            "a journal entry" => Mapping::LogEntry,
            "entities keyed by id" => Mapping::Entities,
            other => Mapping::Key(other.to_string()),
        }
    }
}

/// A problem with a written value: a duration, an interval, a length, granted hours,
/// a date, a time, or one of the words a key accepts. Its words are the message of
/// [`LoadMsg::InvalidValue`] (`Display` gives the English ones).
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(tag = "problem", rename_all = "kebab-case")]
pub enum ValueError {
    /// A duration, interval or length with nothing written.
    #[default]
    EmptyRange,
    /// A unit the language does not know, with the nearest known one of the key's
    /// kind (`accepts`).
    UnknownUnit {
        unit: String,
        suggestion: Option<String>,
        accepts: Accepts,
    },
    /// A number that does not parse.
    NotANumber { text: String },
    /// `3-1 months`.
    RangeBackwards { range: String },
    /// `1-2-3`.
    NotNumberOrRange { text: String },
    /// A calendar count that is not a whole number below 100,000 (also after a
    /// fraction of a year or a week became months or days: `1,5 måneder`).
    NotWhole { value: String, accepts: Accepts },
    /// A calendar range with no unit (`3`).
    NoUnit { text: String, accepts: Accepts },
    /// A unit of the other kind of key: `length: 2 måneder`, `every: 2 timer`.
    UnitOfOtherKey { unit: String, accepts: Accepts },
    /// A range from weeks or days to months or years (no whole number of one in the
    /// other): `2 uger - 3 måneder`.
    MixedUnits { text: String, accepts: Accepts },
    /// How often (`hver anden uge`, `varannan vecka`) where a length of time belongs.
    CadenceOutsideEvery { text: String },
    /// An interval (`every`) of zero.
    ZeroInterval,
    /// A negative number in a duration, offset, interval or length (`-3 months`).
    Negative { text: String },
    /// A text longer than its key's limit ([`crate::model::TextLimit`]), in characters.
    TooLong { chars: usize, limit: usize },
    /// A date outside the years tovholder schedules ([`crate::model::MIN_YEAR`] to
    /// [`crate::model::MAX_YEAR`]).
    DateOutOfRange { text: String },
    /// A length with no unit.
    NoLengthUnit { text: String },
    /// One occurrence longer than a month.
    OccurrenceTooLong,
    /// Granted hours with nothing written.
    EmptyHours,
    /// Granted hours that do not start with a number.
    NotHours { text: String },
    /// Granted hours per something other than a week or a month.
    HoursPer { unit: String },
    /// Not granted hours at all.
    NotGrantedHours { text: String },
    /// `after` with no activity id.
    AfterNeedsId,
    /// `after` whose id has spaces in it.
    AfterNotId { id: String },
    /// `before` with no activity id.
    BeforeNeedsId,
    /// `before` whose id is followed by something other than ` - offset`.
    BeforeNotId { id: String },
    /// An activity's `kind:` the language does not know.
    UnknownActivityKind { value: String },
    /// A time of day that is not `HH:MM`.
    NotATime { text: String },
    /// `25:00`.
    NotTimeOfDay { text: String },
    /// A date that is not `YYYY-MM-DD`.
    NotADate { text: String },
    /// `2027-02-30`.
    NoSuchDay { text: String },
    /// A closed period that ends before it starts.
    ClosedBackwards { period: String },
    /// `language:` other than da, en, sv.
    UnknownLanguage { value: String },
    /// `kind:` other than plan, model.
    UnknownDocKind { value: String },
    /// A goal's `kind:` the language does not know.
    UnknownGoalKind { value: String },
    /// A goal's `term:` other than short, long.
    UnknownTerm { value: String },
    /// `holidays:` other than dk, se, none.
    UnknownHolidays { value: String },
    /// `timezone:` not one of the zones tovholder knows.
    UnknownTimeZone { value: String, known: String },
    /// A track's `state:` the language does not know.
    UnknownTrackState { value: String },
    /// `per:` other than track.
    UnknownPer { value: String },
    /// A goal's `level:` other than process, result.
    UnknownGoalLevel { value: String },
    /// A length that adds working days and hours (`1 dag og 2 timer`).
    DaysAndHours { text: String },
    /// A length in days that is not whole or half days (`1,3 dage`).
    NotHalfDays { text: String },
    /// `calendar.day_length` that is not one length of at most 24 hours.
    DayLength { text: String },
}

/// What a key of amounts accepts, for the help of a rejected value: a calendar
/// offset (`at`, `after: x + …`), a phase's `duration` or the `horizon`, an interval
/// (`every`, `measure_every`), or a meeting's `length`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Accepts {
    #[default]
    Calendar,
    Duration,
    Interval,
    Length,
}

impl ValueError {
    /// What the key accepts, when the problem is one of the amount's words.
    pub fn accepts(&self) -> Option<Accepts> {
        match self {
            ValueError::UnknownUnit { accepts, .. }
            | ValueError::NotWhole { accepts, .. }
            | ValueError::NoUnit { accepts, .. }
            | ValueError::UnitOfOtherKey { accepts, .. }
            | ValueError::MixedUnits { accepts, .. } => Some(*accepts),
            ValueError::NoLengthUnit { .. } => Some(Accepts::Length),
            ValueError::CadenceOutsideEvery { .. } => Some(Accepts::Calendar),
            _ => None,
        }
    }
    /// The words in `lang`.
    pub fn text(&self, lang: crate::diag::Lang) -> String {
        super::Msg::Load(LoadMsg::InvalidValue {
            problem: self.clone(),
        })
        .text(lang)
        .message
    }
    /// Whether the English words contain `s` (for tests).
    pub fn contains(&self, s: &str) -> bool {
        self.to_string().contains(s)
    }
}

impl std::fmt::Display for ValueError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(crate::diag::Lang::En))
    }
}

impl std::error::Error for ValueError {}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::Lang;
    use crate::messages::{LANGS, Msg};
    use crate::model::{self, Cx, FromNode};
    use crate::span::{FileId, Span};
    use crate::yaml::{Node, NodeKind};

    /// Every value problem, with a field written (the meta-test sees only the default).
    fn every_value_error() -> Vec<ValueError> {
        let t = || "x".to_string();
        vec![
            ValueError::EmptyRange,
            ValueError::UnknownUnit {
                unit: t(),
                suggestion: Some("months".into()),
                accepts: Accepts::Calendar,
            },
            ValueError::UnknownUnit {
                unit: t(),
                suggestion: None,
                accepts: Accepts::Calendar,
            },
            ValueError::UnknownUnit {
                unit: t(),
                suggestion: None,
                accepts: Accepts::Length,
            },
            ValueError::UnitOfOtherKey {
                unit: t(),
                accepts: Accepts::Length,
            },
            ValueError::UnitOfOtherKey {
                unit: t(),
                accepts: Accepts::Interval,
            },
            ValueError::MixedUnits {
                text: t(),
                accepts: Accepts::Duration,
            },
            ValueError::CadenceOutsideEvery { text: t() },
            ValueError::NotANumber { text: t() },
            ValueError::RangeBackwards { range: t() },
            ValueError::NotNumberOrRange { text: t() },
            ValueError::NotWhole {
                value: t(),
                accepts: Accepts::Calendar,
            },
            ValueError::NoUnit {
                text: t(),
                accepts: Accepts::Interval,
            },
            ValueError::ZeroInterval,
            ValueError::Negative { text: t() },
            ValueError::TooLong {
                chars: 201,
                limit: 200,
            },
            ValueError::DateOutOfRange { text: t() },
            ValueError::NoLengthUnit { text: t() },
            ValueError::OccurrenceTooLong,
            ValueError::EmptyHours,
            ValueError::NotHours { text: t() },
            ValueError::HoursPer { unit: t() },
            ValueError::NotGrantedHours { text: t() },
            ValueError::AfterNeedsId,
            ValueError::AfterNotId { id: t() },
            ValueError::BeforeNeedsId,
            ValueError::BeforeNotId { id: t() },
            ValueError::UnknownActivityKind { value: t() },
            ValueError::NotATime { text: t() },
            ValueError::NotTimeOfDay { text: t() },
            ValueError::NotADate { text: t() },
            ValueError::NoSuchDay { text: t() },
            ValueError::ClosedBackwards { period: t() },
            ValueError::UnknownLanguage { value: t() },
            ValueError::UnknownDocKind { value: t() },
            ValueError::UnknownGoalKind { value: t() },
            ValueError::UnknownTerm { value: t() },
            ValueError::UnknownGoalLevel { value: t() },
            ValueError::UnknownHolidays { value: t() },
            ValueError::UnknownTimeZone {
                value: t(),
                known: t(),
            },
            ValueError::DaysAndHours { text: t() },
            ValueError::NotHalfDays { text: t() },
            ValueError::DayLength { text: t() },
        ]
    }

    #[test]
    fn every_value_problem_has_words_of_its_own_in_every_language() {
        for e in every_value_error() {
            let [en, da, sv] = LANGS.map(|l| e.text(l));
            assert!(!en.is_empty() && !da.is_empty() && !sv.is_empty(), "{e:?}");
            assert_ne!(en, da, "{e:?}");
            assert_ne!(en, sv, "{e:?}");
            assert_ne!(da, sv, "{e:?}");
            assert_eq!(e.to_string(), en);
        }
    }

    #[test]
    fn every_value_kind_is_worded_in_every_language() {
        let mut kinds = vec![
            ValueKind::Null,
            ValueKind::Bool,
            ValueKind::Int,
            ValueKind::Float,
            ValueKind::Str,
            ValueKind::List,
            ValueKind::Mapping,
            ValueKind::TrueOrFalse,
            ValueKind::TextOrNumber,
            ValueKind::TextKey,
            ValueKind::Plan,
        ];
        kinds.extend(
            [
                Mapping::Plan,
                Mapping::Role,
                Mapping::Phase,
                Mapping::Activity,
                Mapping::Baseline,
                Mapping::Target,
                Mapping::Goal,
                Mapping::ChecklistItem,
                Mapping::Checklist,
                Mapping::Stakeholder,
                Mapping::Calendar,
                Mapping::Track,
                Mapping::TrackState,
                Mapping::Entities,
            ]
            .map(ValueKind::MappingOf),
        );
        for expected in kinds {
            let m = Msg::Load(LoadMsg::InvalidType {
                expected: expected.clone(),
                found: ValueKind::Int,
            });
            let [en, da, sv] = LANGS.map(|l| m.text(l).message);
            assert_ne!(en, da, "{expected:?}");
            assert_ne!(en, sv, "{expected:?}");
            assert_ne!(da, sv, "{expected:?}");
        }
    }

    /// The mapping a type names when it is given a scalar (its `mapping!` name, read
    /// back as a [`Mapping`]).
    fn mapping_of<T: FromNode>() -> Mapping {
        let mut cx = Cx::new(Lang::En);
        let node = Node {
            kind: NodeKind::Int(1),
            span: Span::new(FileId(0), 0, 1),
        };
        assert!(T::from_node(&node, &mut cx).is_none());
        match cx.diags.first().map(|d| (*d.finding).clone()) {
            Some(Msg::Load(LoadMsg::InvalidType {
                expected: ValueKind::MappingOf(m),
                ..
            })) => m,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn every_declared_mapping_has_a_name_of_its_own() {
        // `uses` and `remove` are named by their keys, the same in every language.
        assert_eq!(
            mapping_of::<model::UsesDetail>(),
            Mapping::Key("uses".into())
        );
        assert_eq!(mapping_of::<model::Remove>(), Mapping::Key("remove".into()));
        for (m, want) in [
            (mapping_of::<model::Plan>(), Mapping::Plan),
            (mapping_of::<model::Role>(), Mapping::Role),
            (mapping_of::<model::Phase>(), Mapping::Phase),
            (mapping_of::<model::Activity>(), Mapping::Activity),
            (mapping_of::<model::Baseline>(), Mapping::Baseline),
            (mapping_of::<model::Target>(), Mapping::Target),
            (mapping_of::<model::Goal>(), Mapping::Goal),
            (mapping_of::<model::ItemDetail>(), Mapping::ChecklistItem),
            (mapping_of::<model::Checklist>(), Mapping::Checklist),
            (mapping_of::<model::Stakeholder>(), Mapping::Stakeholder),
            (mapping_of::<model::Calendar>(), Mapping::Calendar),
            (mapping_of::<model::Track>(), Mapping::Track),
            (mapping_of::<model::TrackState>(), Mapping::TrackState),
        ] {
            assert_eq!(m, want);
        }
    }

    #[test]
    fn a_scalar_where_text_belongs_gets_the_quotes_help_in_every_language() {
        let m = Msg::Load(LoadMsg::InvalidType {
            expected: ValueKind::Str,
            found: ValueKind::Float,
        });
        for lang in LANGS {
            assert!(m.text(lang).help.is_some_and(|h| h.contains("\"1.0\"")));
        }
        let m = Msg::Load(LoadMsg::InvalidType {
            expected: ValueKind::Str,
            found: ValueKind::List,
        });
        for lang in LANGS {
            assert!(m.text(lang).help.is_none());
        }
    }
}
