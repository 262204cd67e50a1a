//! The plan language: typed entities built from the YAML tree.
//!
//! Every struct here is declared once with [`mapping!`], which derives the JSON
//! Schema (doc comments become descriptions), the list of known keys, and the
//! converter from [`Node`] that reports — and keeps going past — unknown keys
//! (with "did you mean"), wrong types and bad values.

use crate::diag::{Diagnostic, Lang, suggest};
use crate::duration::{self, AfterRef, Duration, Hours, Length, Range, ValueError};
use crate::messages::LoadMsg;
use crate::messages::load::{Mapping, ValueKind};
use crate::span::{Span, Spanned};
use crate::yaml::{Node, NodeKind};
use indexmap::IndexMap;
use schemars::JsonSchema;
use serde::Serialize;
use std::borrow::Cow;

/// Findings one [`Cx`] (one stage of the check: the loader of a file, the rules of
/// a plan) keeps; past them a finding is only counted, and one `limit-exceeded`
/// finding ([`NotKept::finding`]) says how many more there were. JSON and SARIF list
/// 10,000 findings per file, so a file whose findings fit in one stage loses none.
pub const MAX_KEPT_FINDINGS: usize = 10_000;

/// The level of `unknown-key` (not configurable).
const UNKNOWN_KEY_LEVEL: crate::diag::Level = crate::diag::Level::Error;

/// Findings past [`MAX_KEPT_FINDINGS`], counted by level, and where the first was.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct NotKept {
    pub errors: usize,
    pub warnings: usize,
    pub first: Option<Span>,
}

impl NotKept {
    /// Count a finding not kept.
    pub fn count(&mut self, level: crate::diag::Level, span: Span) {
        match level {
            crate::diag::Level::Error => self.errors += 1,
            crate::diag::Level::Warning => self.warnings += 1,
        }
        self.first.get_or_insert(span);
    }
    /// Add the counts of another part (its first place, if this has none).
    pub fn add(&mut self, other: NotKept) {
        self.errors += other.errors;
        self.warnings += other.warnings;
        if self.first.is_none() {
            self.first = other.first;
        }
    }
    /// The finding that says how many were not kept, at the highest of their levels
    /// (`None` when all were kept).
    pub fn finding(&self, lang: Lang) -> Option<Diagnostic> {
        let first = self.first?;
        let level = if self.errors > 0 {
            crate::diag::Level::Error
        } else {
            crate::diag::Level::Warning
        };
        let msg = LoadMsg::FindingsNotKept {
            errors: self.errors,
            warnings: self.warnings,
            kept: MAX_KEPT_FINDINGS,
        };
        Some(Diagnostic::report(msg, &[first], lang).at(level))
    }
}

/// Conversion context: the file being read, the message language and the findings so
/// far (at most [`MAX_KEPT_FINDINGS`] built; the rest counted in `not_kept`).
pub struct Cx {
    pub lang: Lang,
    pub diags: Vec<Diagnostic>,
    pub not_kept: NotKept,
}

impl Cx {
    pub fn new(lang: Lang) -> Self {
        Cx {
            lang,
            diags: Vec::new(),
            not_kept: NotKept::default(),
        }
    }
    /// Report a finding of the loader at `spans` (the first is the primary place).
    /// Past [`MAX_KEPT_FINDINGS`] it is only counted (its words are never written).
    pub fn report(&mut self, msg: LoadMsg, spans: &[Span]) {
        if self.diags.len() >= MAX_KEPT_FINDINGS {
            let level = msg
                .rule()
                .level
                .to_level()
                .unwrap_or(crate::diag::Level::Warning);
            self.not_kept
                .count(level, spans.first().copied().unwrap_or_default());
            return;
        }
        self.diags.push(Diagnostic::report(msg, spans, self.lang));
    }
    /// Whether no finding was reported (kept or not).
    pub fn is_clean(&self) -> bool {
        self.diags.is_empty() && self.not_kept.first.is_none()
    }
    /// The findings, with the count of those not kept as one finding more.
    pub fn into_diags(self) -> Vec<Diagnostic> {
        let mut diags = self.diags;
        diags.extend(self.not_kept.finding(self.lang));
        diags
    }
    /// [`Cx::into_diags`] without giving up the context (it starts over, empty).
    pub fn take_diags(&mut self) -> Vec<Diagnostic> {
        std::mem::replace(self, Cx::new(self.lang)).into_diags()
    }
    /// A value of the wrong YAML type where `expected` belongs.
    pub fn wrong_type(&mut self, node: &Node, expected: ValueKind) {
        let found = node.value_kind();
        self.report(LoadMsg::InvalidType { expected, found }, &[node.span]);
    }
    pub fn bad_value(&mut self, node: &Node, problem: duration::ValueError) {
        self.report(LoadMsg::InvalidValue { problem }, &[node.span]);
    }
    fn string(&mut self, node: &Node) -> Option<Spanned<String>> {
        match &node.kind {
            NodeKind::Str(s) => Some(Spanned::new(s.to_string(), node.span)),
            _ => {
                self.wrong_type(node, ValueKind::Str);
                None
            }
        }
    }
    /// The entries of a mapping of fields (`what` names the mapping, e.g. `"a role"`),
    /// reporting duplicate keys (both places labelled). The keys borrow from the tree: a
    /// key becomes a `String` only where it is kept. (Sections, keyed by id, go through
    /// [`Entries::add_entry`].)
    pub(crate) fn entries<'n>(
        &mut self,
        node: &'n Node<'n>,
        what: impl Into<Mapping>,
    ) -> Option<Vec<(Spanned<&'n str>, &'n Node<'n>)>> {
        /// Up to this many keys, duplicates are found by comparing with the keys so
        /// far (an entity's handful of fields); beyond it (a long mapping of mistakes),
        /// by hashing.
        const SCAN_LIMIT: usize = 16;
        let NodeKind::Map(map) = &node.kind else {
            self.wrong_type(node, ValueKind::MappingOf(what.into()));
            return None;
        };
        let mut out: Vec<(Spanned<&str>, &Node<'n>)> = Vec::with_capacity(map.len());
        let mut seen: std::collections::HashMap<&str, Span> = std::collections::HashMap::new();
        if map.len() > SCAN_LIMIT {
            seen.reserve(map.len());
        }
        for (k, v) in map {
            let key: &str = match &k.kind {
                NodeKind::Str(s) => s,
                _ => {
                    self.wrong_type(k, ValueKind::TextKey);
                    continue;
                }
            };
            let first = if map.len() > SCAN_LIMIT {
                seen.get(key).copied()
            } else {
                out.iter()
                    .find(|(o, _)| o.value == key)
                    .map(|(o, _)| o.span)
            };
            if let Some(first) = first {
                let key = key.to_string();
                self.report(LoadMsg::DuplicateKey { key }, &[k.span, first]);
                continue;
            }
            if map.len() > SCAN_LIMIT {
                seen.insert(key, k.span);
            }
            out.push((Spanned::new(key, k.span), v));
        }
        Some(out)
    }
    /// A key that `mapping` (e.g. `"a role"`) does not know among its `known` keys,
    /// with the nearest one as a suggestion.
    pub fn unknown_key(
        &mut self,
        key: &Spanned<String>,
        known: &'static [&'static str],
        mapping: impl Into<Mapping>,
    ) {
        if self.diags.len() >= MAX_KEPT_FINDINGS {
            // Only counted: no suggestion to look for, no key to copy.
            let level = UNKNOWN_KEY_LEVEL;
            self.not_kept.count(level, key.span);
            return;
        }
        let suggestion = suggest(&key.value, known.iter().copied()).map(str::to_string);
        let msg = LoadMsg::UnknownKey {
            key: key.value.clone(),
            mapping: mapping.into(),
            suggestion,
            known,
        };
        self.report(msg, &[key.span]);
    }
}

/// Builds a value from a YAML node, reporting problems into the context.
pub trait FromNode: Sized {
    fn from_node(node: &Node, cx: &mut Cx) -> Option<Self>;
}

/// A struct field that can be filled from a node (null means "not given").
pub trait Field {
    fn set(&mut self, node: &Node, cx: &mut Cx);
}

impl<T: FromNode> Field for Option<T> {
    fn set(&mut self, node: &Node, cx: &mut Cx) {
        *self = if matches!(node.kind, NodeKind::Null) {
            None
        } else {
            T::from_node(node, cx)
        };
    }
}

impl FromNode for String {
    fn from_node(node: &Node, cx: &mut Cx) -> Option<Self> {
        cx.string(node).map(|s| s.value)
    }
}

impl<T: FromNode> FromNode for Spanned<T> {
    fn from_node(node: &Node, cx: &mut Cx) -> Option<Self> {
        T::from_node(node, cx).map(|v| Spanned::new(v, node.span))
    }
}

impl FromNode for bool {
    fn from_node(node: &Node, cx: &mut Cx) -> Option<Self> {
        match node.kind {
            NodeKind::Bool(b) => Some(b),
            _ => {
                cx.wrong_type(node, ValueKind::TrueOrFalse);
                None
            }
        }
    }
}

macro_rules! parsed_scalar {
    ($ty:ty, $parse:expr) => {
        impl FromNode for $ty {
            fn from_node(node: &Node, cx: &mut Cx) -> Option<Self> {
                let s = cx.string(node)?;
                match $parse(&s.value) {
                    Ok(v) => Some(v),
                    Err(e) => {
                        cx.bad_value(node, e);
                        None
                    }
                }
            }
        }
    };
}

parsed_scalar!(Duration, duration::parse_duration);
parsed_scalar!(Range, duration::parse_range);
parsed_scalar!(Length, duration::parse_length);
parsed_scalar!(Hours, duration::parse_hours);
parsed_scalar!(duration::DayLength, |s: &str| duration::parse_day_length(s)
    .map(duration::DayLength));
parsed_scalar!(AfterRef, duration::parse_after);
parsed_scalar!(BeforeRef, parse_before);
parsed_scalar!(ActivityKind, |s: &str| ActivityKind::parse(s).ok_or_else(
    || {
        ValueError::UnknownActivityKind {
            value: s.to_string(),
        }
    }
));
parsed_scalar!(Date, Date::parse_value);
parsed_scalar!(TimeOfDay, TimeOfDay::parse);
parsed_scalar!(ClosedDays, ClosedDays::parse);
parsed_scalar!(Lang, |s: &str| Lang::parse(s).ok_or_else(|| {
    ValueError::UnknownLanguage {
        value: s.to_string(),
    }
}));
parsed_scalar!(DocKind, |s: &str| match s {
    "plan" => Ok(DocKind::Plan),
    "model" => Ok(DocKind::Model),
    _ => Err(ValueError::UnknownDocKind {
        value: s.to_string(),
    }),
});
parsed_scalar!(GoalKind, |s: &str| match s {
    "quantitative" | "kvantitativ" | "kvantitativt" => Ok(GoalKind::Quantitative),
    "qualitative" | "kvalitativ" | "kvalitativt" => Ok(GoalKind::Qualitative),
    "hypothesis" | "hypotese" | "hypotes" => Ok(GoalKind::Hypothesis),
    _ => Err(ValueError::UnknownGoalKind {
        value: s.to_string(),
    }),
});
parsed_scalar!(GoalLevel, |s: &str| GoalLevel::parse(s).ok_or_else(|| {
    ValueError::UnknownGoalLevel {
        value: s.to_string(),
    }
}));
parsed_scalar!(Term, |s: &str| match s {
    "short" | "kort" => Ok(Term::Short),
    "long" | "lang" => Ok(Term::Long),
    _ => Err(ValueError::UnknownTerm {
        value: s.to_string(),
    }),
});
parsed_scalar!(TrackStateKind, |s: &str| TrackStateKind::parse(s)
    .ok_or_else(|| {
        ValueError::UnknownTrackState {
            value: s.to_string(),
        }
    }));
parsed_scalar!(Per, |s: &str| match s {
    "track" | "tracks" | "spor" | "spår" => Ok(Per::Track),
    _ => Err(ValueError::UnknownPer {
        value: s.to_string(),
    }),
});
parsed_scalar!(
    crate::timezone::TimeZoneName,
    |s: &str| match crate::timezone::TimeZoneName::parse(s) {
        Some(tz) => Ok(tz),
        None => Err(ValueError::UnknownTimeZone {
            value: s.to_string(),
            known: crate::timezone::names().join(", "),
        }),
    }
);
parsed_scalar!(HolidayRegion, |s: &str| match HolidayRegion::parse(s) {
    Some(region) => Ok(region),
    None => Err(ValueError::UnknownHolidays {
        value: s.to_string(),
    }),
});

/// A calendar date, `YYYY-MM-DD`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct Date(pub jiff::civil::Date);

impl Date {
    /// Parse `YYYY-MM-DD` (English message on error).
    pub fn parse(s: &str) -> Result<Date, String> {
        Self::parse_value(s).map_err(|e| e.to_string())
    }
    /// Parse `YYYY-MM-DD`, saying what is wrong.
    pub fn parse_value(s: &str) -> Result<Date, ValueError> {
        let t = s.trim();
        let ok_shape = t.len() == 10
            && t.as_bytes().get(4) == Some(&b'-')
            && t.as_bytes().get(7) == Some(&b'-');
        if !ok_shape {
            return Err(ValueError::NotADate {
                text: t.to_string(),
            });
        }
        let d = t
            .parse::<jiff::civil::Date>()
            .map_err(|_| ValueError::NoSuchDay {
                text: t.to_string(),
            })?;
        // `start: 9999-12-31` would leave no room for a single phase.
        if !(MIN_YEAR..=MAX_YEAR).contains(&d.year()) {
            return Err(ValueError::DateOutOfRange {
                text: t.to_string(),
            });
        }
        Ok(Date(d))
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl JsonSchema for Date {
    fn schema_name() -> Cow<'static, str> {
        "Date".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({ "type": "string", "format": "date", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "description": "A date, YYYY-MM-DD." })
    }
}

/// A start time of day, `HH:MM`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct TimeOfDay {
    pub hour: u8,
    pub minute: u8,
}

impl TimeOfDay {
    pub fn parse(s: &str) -> Result<TimeOfDay, ValueError> {
        duration::parse_time(s).map(|(hour, minute)| TimeOfDay { hour, minute })
    }
}

impl JsonSchema for TimeOfDay {
    fn schema_name() -> Cow<'static, str> {
        "TimeOfDay".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({ "type": "string", "pattern": "^[0-9]{1,2}[:.][0-9]{2}$", "description": "Start time of day, HH:MM (Europe/Copenhagen)." })
    }
}

/// Closed days: a range `2027-07-05..2027-07-30` or one date `2027-12-27`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct ClosedDays {
    pub from: Date,
    pub to: Date,
}

impl ClosedDays {
    pub fn parse(s: &str) -> Result<ClosedDays, ValueError> {
        match s.split_once("..") {
            Some((a, b)) => {
                let (from, to) = (Date::parse_value(a)?, Date::parse_value(b)?);
                if to < from {
                    let t = s.trim();
                    return Err(ValueError::ClosedBackwards {
                        period: t.to_string(),
                    });
                }
                Ok(ClosedDays { from, to })
            }
            None => {
                let d = Date::parse_value(s)?;
                Ok(ClosedDays { from: d, to: d })
            }
        }
    }
}

impl JsonSchema for ClosedDays {
    fn schema_name() -> Cow<'static, str> {
        "ClosedDays".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({ "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}(\\.\\.[0-9]{4}-[0-9]{2}-[0-9]{2})?$", "description": "A closed period `2027-07-05..2027-07-30` or a single closed date." })
    }
}

/// Text that may also be written as a number (baseline and target values: `40 %`, `12`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct Text(pub String);

impl FromNode for Text {
    fn from_node(node: &Node, cx: &mut Cx) -> Option<Self> {
        match &node.kind {
            NodeKind::Str(s) => Some(Text(s.to_string())),
            NodeKind::Int(i) => Some(Text(i.to_string())),
            NodeKind::Float(f) => Some(Text(f.to_string())),
            _ => {
                cx.wrong_type(node, ValueKind::TextOrNumber);
                None
            }
        }
    }
}

impl JsonSchema for Text {
    fn schema_name() -> Cow<'static, str> {
        "TextOrNumber".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({ "type": ["string", "number"] })
    }
}

/// One value or a list of values: `owner: Anna` or `owner: [Anna, Bo]`.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(transparent)]
pub struct List<T>(pub Vec<T>);

impl<T> Default for List<T> {
    fn default() -> Self {
        List(Vec::new())
    }
}

impl<T> std::ops::Deref for List<T> {
    type Target = [T];
    fn deref(&self) -> &[T] {
        &self.0
    }
}

impl<T: FromNode> FromNode for List<T> {
    fn from_node(node: &Node, cx: &mut Cx) -> Option<Self> {
        match &node.kind {
            NodeKind::Seq(items) => {
                // Exact capacity: most lists hold one to three items, and a
                // `filter_map` collect would start at four (the memory of big plans).
                let mut out = Vec::with_capacity(items.len());
                out.extend(items.iter().filter_map(|n| T::from_node(n, cx)));
                Some(List(out))
            }
            NodeKind::Null => Some(List(Vec::new())),
            _ => T::from_node(node, cx).map(|v| List(vec![v])),
        }
    }
}

impl<T: JsonSchema> JsonSchema for List<T> {
    fn schema_name() -> Cow<'static, str> {
        format!("List_of_{}", T::schema_name()).into()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let item = generator.subschema_for::<T>();
        schemars::json_schema!({ "anyOf": [item, { "type": "array", "items": item }] })
    }
}

/// An entity in a section: its id (with the span of the key) and its fields.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Entity<T> {
    #[serde(skip)]
    pub id: Spanned<String>,
    /// When a plan overrides a model's entity: the span of the id in the model.
    #[serde(skip)]
    pub model_id: Option<Span>,
    #[serde(flatten)]
    pub def: T,
}

/// Which keys a mapping was written with (implemented by `mapping!`).
pub trait Written {
    /// Whether `key` was written with a non-null value (valid or not).
    fn wrote(&self, key: &str) -> bool;
}

impl<T: Written> Entity<T> {
    /// Whether the entity's mapping has the key with a value (valid or not).
    pub fn has_key(&self, key: &str) -> bool {
        self.def.wrote(key)
    }
}

impl<T> std::ops::Deref for Entity<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.def
    }
}

/// The map of a section: ids to entities in file order. Hashed with foldhash, seeded
/// per process (a plan's ids are looked up for every reference; SipHash was 1.5 % of a
/// check of 10,000 activities, and a random seed keeps crafted ids from colliding).
pub type Entities<T> = IndexMap<String, Entity<T>, foldhash::fast::RandomState>;

/// A section (`roles`, `phases`, …): entities keyed by id, in file order.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(transparent)]
pub struct Section<T>(pub Entities<T>);

impl<T> Default for Section<T> {
    fn default() -> Self {
        Section(Entities::default())
    }
}

impl<T> std::ops::Deref for Section<T> {
    type Target = Entities<T>;
    fn deref(&self) -> &Self::Target {
        &self.0
    }
}

impl<T> std::ops::DerefMut for Section<T> {
    fn deref_mut(&mut self) -> &mut Self::Target {
        &mut self.0
    }
}

/// The letters of an id besides `a-z` and `0-9`.
pub const ID_LETTERS: &str = "æøåäöü";

/// The longest id, in characters.
pub const ID_MAX_CHARS: usize = 100;

/// Names Windows reserves for devices, in every folder and with any extension: ids
/// become file names (`kalender-con.ics` is fine, but `roller/con.html` is not), so
/// none of them is an id.
pub const RESERVED_IDS: &[&str] = &[
    "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8",
    "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
];

/// The one syntax of an id, as regular-expression text (ECMA 262, as JSON Schema
/// reads it; no anchors): lower-case letters (also æ ø å ä ö ü) and digits in groups
/// joined by single hyphens, at most [`ID_MAX_CHARS`] characters (the look-ahead
/// counts characters, as [`is_valid_id`] does and the renderer's file names do).
/// The names of [`RESERVED_IDS`] are left out by the schema's `not` (see
/// [`id_schema`]), not by the pattern. The loader's [`is_valid_id`] accepts exactly
/// the strings [`id_schema`] does (a test holds them together); every id and
/// reference of the JSON Schema is built from it.
pub const ID_PATTERN: &str =
    "(?=[a-z0-9æøåäöü-]{1,100}(?![a-z0-9æøåäöü-]))[a-z0-9æøåäöü]+(?:-[a-z0-9æøåäöü]+)*";

/// [`ID_PATTERN`] as a whole string: `^…$`.
pub fn id_regex() -> String {
    format!("^{ID_PATTERN}$")
}

/// The JSON Schema of an id: [`id_regex`], and none of [`RESERVED_IDS`].
pub fn id_schema() -> serde_json::Value {
    serde_json::json!({
        "type": "string",
        "pattern": id_regex(),
        "not": { "enum": RESERVED_IDS }
    })
}

/// An `after:` that starts with a reserved name (`con + 2 weeks`), for the schema's `not`.
fn reserved_after_regex() -> String {
    format!("^\\s*({})\\s*(\\+.*)?$", RESERVED_IDS.join("|"))
}

/// An `after:` of an activity: an id, optionally `+ offset` (the offset is read by
/// [`duration::parse_after`]; the schema only says that something follows the `+`).
pub fn after_regex() -> String {
    format!("^\\s*{ID_PATTERN}\\s*(\\+.*\\S.*)?$")
}

/// A `before:` that starts with a reserved name (`con - 2 weeks`), for the schema's `not`.
fn reserved_before_regex() -> String {
    format!("^\\s*({})(\\s.*)?$", RESERVED_IDS.join("|"))
}

/// A `before:` of an activity: an id, optionally ` - offset` (a space before the minus:
/// ids have hyphens of their own; the offset is read by [`parse_before`]).
pub fn before_regex() -> String {
    format!("^\\s*{ID_PATTERN}(\\s*|\\s+[-–−].*\\S.*)$")
}

/// `activity-id` or `activity-id - OFFSET` (`statusmoede - 2 weeks`): the id is the first
/// word (ids have hyphens of their own, so the minus stands apart), then a minus (`-`,
/// `–` or `−`) and an offset as [`duration::parse_range`] reads it.
pub fn parse_before(text: &str) -> Result<BeforeRef, ValueError> {
    let trimmed = text.trim_start();
    let lead = text.len() - trimmed.len();
    let (id, rest) = match trimmed.find(char::is_whitespace) {
        Some(i) => (
            trimmed.get(..i).unwrap_or(""),
            trimmed.get(i..).unwrap_or(""),
        ),
        None => (trimmed, ""),
    };
    if id.is_empty() {
        return Err(ValueError::BeforeNeedsId);
    }
    let rest = rest.trim();
    let offset = if rest.is_empty() {
        None
    } else {
        let Some(amount) = rest
            .strip_prefix('-')
            .or_else(|| rest.strip_prefix('–'))
            .or_else(|| rest.strip_prefix('−'))
        else {
            return Err(ValueError::BeforeNotId {
                id: trimmed.trim_end().to_string(),
            });
        };
        Some(duration::parse_range(amount)?)
    };
    Ok(BeforeRef(AfterRef {
        activity: id.to_string(),
        id_range: (lead, lead + id.len()),
        offset,
    }))
}

/// `before: activity-id - OFFSET`: the activity and how long before it (the same parts
/// as an `after`, the offset counted back). Serialised as `{activity, minus}`, so that
/// a serialised plan (`tovholder diff`) tells it from an `after`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BeforeRef(pub AfterRef);

impl Serialize for BeforeRef {
    fn serialize<Ser: serde::Serializer>(&self, s: Ser) -> Result<Ser::Ok, Ser::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("BeforeRef", 2)?;
        st.serialize_field("activity", &self.0.activity)?;
        st.serialize_field("minus", &self.0.offset)?;
        st.end()
    }
}

impl std::ops::Deref for BeforeRef {
    type Target = AfterRef;
    fn deref(&self) -> &AfterRef {
        &self.0
    }
}

impl JsonSchema for BeforeRef {
    fn schema_name() -> Cow<'static, str> {
        "BeforeActivity".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({ "type": "string", "description": "An activity id, optionally minus an offset: `statusmoede - 2 weeks`." })
    }
}

/// What an activity is: it decides the calendar event, the time and the hours.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ActivityKind {
    /// A time and a length; a busy calendar event; hours count.
    Meeting,
    /// An audience and a channel; a date, no time; an all-day, free calendar event.
    Communication,
    /// A date, no time, no hours.
    Milestone,
    /// Something handed over on a date; no time, no hours.
    Deliverable,
}

/// Spellings of activity kinds the loader accepts (and the schema lists).
pub const ACTIVITY_KINDS: &[&str] = &[
    "meeting",
    "møde",
    "möte",
    "communication",
    "kommunikation",
    "milestone",
    "milepæl",
    "milstolpe",
    "deliverable",
    "leverance",
    "leverans",
];

impl ActivityKind {
    /// `meeting`, `møde`, `möte`, … (see [`ACTIVITY_KINDS`]).
    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "meeting" | "møde" | "moede" | "möte" => ActivityKind::Meeting,
            "communication" | "kommunikation" => ActivityKind::Communication,
            "milestone" | "milepæl" | "milepael" | "milstolpe" => ActivityKind::Milestone,
            "deliverable" | "leverance" | "leverans" => ActivityKind::Deliverable,
            _ => return None,
        })
    }
    /// The English word, as in the compiled plan.
    pub fn as_str(self) -> &'static str {
        match self {
            ActivityKind::Meeting => "meeting",
            ActivityKind::Communication => "communication",
            ActivityKind::Milestone => "milestone",
            ActivityKind::Deliverable => "deliverable",
        }
    }
    /// A meeting has a time of day and a length; the others a date only.
    pub fn is_meeting(self) -> bool {
        self == ActivityKind::Meeting
    }
}

impl JsonSchema for ActivityKind {
    fn schema_name() -> Cow<'static, str> {
        "ActivityKind".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({ "type": "string", "enum": ACTIVITY_KINDS, "description": "meeting, communication, milestone or deliverable (Danish møde, kommunikation, milepæl, leverance; Swedish möte, kommunikation, milstolpe, leverans)." })
    }
}

/// Whether a string is a valid id: kebab-case, lower-case letters (æ ø å ä ö ü
/// allowed), digits and single hyphens; at most 100 characters (not bytes); not a
/// Windows device name ([`RESERVED_IDS`]). Ids become file names and calendar UIDs, so
/// nothing else (no `/`, `.`, spaces) is accepted. The same set as [`id_schema`]; the
/// renderer checks file names with this function too.
pub fn is_valid_id(s: &str) -> bool {
    !s.is_empty()
        && s.chars().count() <= ID_MAX_CHARS
        && !s.starts_with('-')
        && !s.ends_with('-')
        && !s.contains("--")
        && s.chars().all(|c| {
            c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || ID_LETTERS.contains(c)
        })
        && !RESERVED_IDS.contains(&s)
}

impl<T: FromNode> Field for Section<T> {
    fn set(&mut self, node: &Node, cx: &mut Cx) {
        match &node.kind {
            NodeKind::Null => {}
            NodeKind::Map(map) => {
                self.0.reserve(map.len());
                let mut others = std::collections::HashMap::new();
                for (key, value) in map {
                    self.add_entry(key, value, &mut others, cx);
                }
            }
            _ => cx.wrong_type(node, ValueKind::MappingOf(Mapping::Entities)),
        }
    }
}

/// A section's entries, whatever its entities are: [`Field::set`] and the loader
/// (which fills the sections it reads while parsing) add entries through this.
pub(crate) trait Entries {
    /// One `id: entity` entry: a text key, not an id written before, a valid id, then
    /// the entity. `others` keeps the ids that did not become entities, so that
    /// writing one again is still reported.
    fn add_entry(
        &mut self,
        key: &Node,
        value: &Node,
        others: &mut std::collections::HashMap<String, Span>,
        cx: &mut Cx,
    );
    /// Give back capacity a loaded section will not use.
    fn shrink(&mut self);
}

impl<T: FromNode> Entries for Section<T> {
    fn add_entry(
        &mut self,
        key: &Node,
        value: &Node,
        others: &mut std::collections::HashMap<String, Span>,
        cx: &mut Cx,
    ) {
        let NodeKind::Str(id) = &key.kind else {
            cx.wrong_type(key, ValueKind::TextKey);
            return;
        };
        let first = match self.0.get(id.as_ref()) {
            Some(e) => Some(e.id.span),
            None => others.get(id.as_ref()).copied(),
        };
        if let Some(first) = first {
            let id = id.to_string();
            cx.report(LoadMsg::DuplicateId { id }, &[key.span, first]);
            return;
        }
        let before = self.0.len();
        self.add(Spanned::new(id, key.span), value, cx);
        if self.0.len() == before {
            others.insert(id.to_string(), key.span);
        }
    }
    fn shrink(&mut self) {
        self.0.shrink_to_fit();
    }
}

impl<T: FromNode> Section<T> {
    /// Build one entity and add it (ids are checked; a `null` entity has no fields).
    fn add(&mut self, key: Spanned<&str>, value: &Node, cx: &mut Cx) {
        if !is_valid_id(key.value) {
            let id = key.value.to_string();
            cx.report(LoadMsg::InvalidId { id }, &[key.span]);
        }
        let def = if matches!(value.kind, NodeKind::Null) {
            // `forankring:` with nothing under it: an entity with no fields.
            T::from_node(
                &Node {
                    kind: NodeKind::Map(Vec::new()),
                    span: value.span,
                },
                cx,
            )
        } else {
            T::from_node(value, cx)
        };
        if let Some(def) = def {
            self.0.insert(
                key.value.to_string(),
                Entity {
                    id: key.map(str::to_string),
                    model_id: None,
                    def,
                },
            );
        }
    }
}

impl<T: JsonSchema> JsonSchema for Section<T> {
    fn schema_name() -> Cow<'static, str> {
        format!("Section_of_{}", T::schema_name()).into()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let item = generator.subschema_for::<T>();
        schemars::json_schema!({
            "type": "object",
            "propertyNames": id_schema(),
            "additionalProperties": item
        })
    }
}

/// What the plan language declares about one key of a mapping (from [`mapping!`]):
/// whether it must be written, whether its value is an id, and which section it
/// refers to. The loader's required-key check, the JSON Schema's `required` arrays
/// and patterns, and [`Plan::references`] all read this one declaration.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct KeyInfo {
    pub key: &'static str,
    /// `[required]`: the loader reports `missing-key` when it is not written.
    pub required: bool,
    /// `[id]`: the value is an id of its own (the plan's `id`), written as [`ID_PATTERN`].
    pub id: bool,
    /// `=> Section`: the value names entities of that section.
    pub refers: Option<Refers>,
    /// The longest text the key's value (each item of a list) may be: `[name]`,
    /// `[long]`, else [`TextLimit::Line`]. A longer text is an `invalid-value`.
    pub limit: TextLimit,
    /// `[interval]`: a range that must be at least 1 (`every`).
    pub interval: bool,
}

/// How long a text may be, by kind of key (in characters). Documented in the README's
/// "Limits"; the longest texts in the bundled models and examples are about 250
/// characters. The limits bound what a plan can make the renderers repeat: the title
/// is in every calendar event, an activity's texts in every row of its occurrences.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextLimit {
    /// Titles, names, owners, channels, versions: `[name]`.
    Name,
    /// One-line texts: agenda items, criteria, indicators, statements (every key not
    /// declared otherwise).
    Line,
    /// Prose: a purpose, a mandate, a description: `[long]`.
    Long,
}

impl TextLimit {
    /// The limit in characters.
    pub const fn chars(self) -> usize {
        match self {
            TextLimit::Name => 200,
            TextLimit::Line => 1_000,
            TextLimit::Long => 5_000,
        }
    }
}

/// The first and last years a date may have: a plan's calendar runs at most 100 years,
/// and every date it computes stays well inside what the calendar can count.
pub const MIN_YEAR: i16 = 1900;
pub const MAX_YEAR: i16 = 2999;

/// Report every text in `node` (a scalar, or the scalars of a list) longer than
/// `limit`, at the text's own span. Returns whether all were within it.
fn within_limit(node: &Node, limit: TextLimit, cx: &mut Cx) -> bool {
    let max = limit.chars();
    let mut ok = true;
    let mut one = |n: &Node, cx: &mut Cx| {
        // Bytes bound characters from above: most texts need no count.
        if let NodeKind::Str(s) = &n.kind
            && s.len() > max
        {
            let chars = s.chars().count();
            if chars > max {
                cx.bad_value(n, ValueError::TooLong { chars, limit: max });
                ok = false;
            }
        }
    };
    match &node.kind {
        NodeKind::Seq(items) => items.iter().for_each(|n| one(n, cx)),
        _ => one(node, cx),
    }
    ok
}

/// The checks a key's declaration asks of its value before it is read: the text
/// limit, and that an interval is at least 1. `false`: reported, the value is dropped.
pub(crate) fn declared_value_ok(info: &KeyInfo, node: &Node, cx: &mut Cx) -> bool {
    if !within_limit(node, info.limit, cx) {
        return false;
    }
    if info.interval
        && let NodeKind::Str(s) = &node.kind
        && let Ok(r) = duration::parse_range(s)
        && r.min == 0
    {
        cx.bad_value(node, ValueError::ZeroInterval);
        return false;
    }
    true
}

/// Read an `[interval]` key (`every`, `measure_every`) with [`duration::parse_interval`]:
/// the calendar forms of every range and how often as writers say it (`hver anden
/// måned`, `varannan vecka`), with the interval's own help when it is rejected.
pub(crate) fn set_interval(field: &mut Option<Spanned<Range>>, node: &Node, cx: &mut Cx) {
    *field = match &node.kind {
        NodeKind::Null => None,
        NodeKind::Str(s) => match duration::parse_interval(s) {
            Ok(r) => Some(Spanned::new(r, node.span)),
            Err(e) => {
                cx.bad_value(node, e);
                None
            }
        },
        _ => {
            cx.wrong_type(node, ValueKind::Str);
            None
        }
    };
}

/// A key that refers to another section: its target and how its value holds the ids.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Refers {
    pub target: crate::rules::SectionKind,
    pub shape: RefShape,
}

/// How a reference key writes its ids.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RefShape {
    /// One id: `owner: leder`.
    One,
    /// One id or a list: `after: [a, b]`.
    Many,
    /// An id followed by more text, or a list of them: `after: opstart + 2 weeks` (see
    /// [`duration::parse_after`]).
    IdThenOffset,
    /// An id, then optionally ` - offset`, or a list of them: `before: statusmoede - 2 weeks`
    /// (see [`parse_before`]).
    IdMinusOffset,
}

/// A mapping declared with [`mapping!`]: its keys and which of them were written.
pub trait Declared {
    /// Every key, in declaration order.
    const INFO: &'static [KeyInfo];
    /// Bit i set: `INFO[i]` was written with a (possibly invalid) non-null value.
    fn written_keys(&self) -> u32;
    /// The required keys not written (a key written with an invalid value is not missing).
    fn missing(&self) -> impl Iterator<Item = &'static str> {
        let written = self.written_keys();
        Self::INFO
            .iter()
            .enumerate()
            .filter(move |(i, k)| k.required && written & (1u32 << i) == 0)
            .map(|(_, k)| k.key)
    }
    /// Every id this mapping (and the mappings nested in it) refers to: the key, the
    /// target section and the id as written.
    fn each_reference<'p>(
        &'p self,
        f: &mut dyn FnMut(&'static str, crate::rules::SectionKind, RefValue<'p>),
    );
}

/// One referenced id as written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RefValue<'p> {
    pub id: &'p str,
    /// The scalar the id is written in.
    pub span: Span,
    /// The id is part of a longer text (`after: opstart + 2 weeks`): its exact place in
    /// `span` is found with [`crate::graph::id_span`].
    pub in_text: bool,
}

/// The types a reference key may have, and how their ids are read.
pub trait RefField {
    const SHAPE: RefShape;
    fn each_id<'p>(&'p self, f: &mut dyn FnMut(RefValue<'p>));
}

impl RefField for Option<S> {
    const SHAPE: RefShape = RefShape::One;
    fn each_id<'p>(&'p self, f: &mut dyn FnMut(RefValue<'p>)) {
        if let Some(s) = self {
            f(RefValue {
                id: &s.value,
                span: s.span,
                in_text: false,
            });
        }
    }
}

impl RefField for Option<Strings> {
    const SHAPE: RefShape = RefShape::Many;
    fn each_id<'p>(&'p self, f: &mut dyn FnMut(RefValue<'p>)) {
        for s in strs(self) {
            f(RefValue {
                id: &s.value,
                span: s.span,
                in_text: false,
            });
        }
    }
}

impl RefField for Option<List<Spanned<AfterRef>>> {
    const SHAPE: RefShape = RefShape::IdThenOffset;
    fn each_id<'p>(&'p self, f: &mut dyn FnMut(RefValue<'p>)) {
        for a in strs(self) {
            f(RefValue {
                id: &a.value.activity,
                span: a.span,
                in_text: true,
            });
        }
    }
}

impl RefField for Option<List<Spanned<BeforeRef>>> {
    const SHAPE: RefShape = RefShape::IdMinusOffset;
    fn each_id<'p>(&'p self, f: &mut dyn FnMut(RefValue<'p>)) {
        for b in strs(self) {
            f(RefValue {
                id: &b.value.activity,
                span: b.span,
                in_text: true,
            });
        }
    }
}

/// A key declared `=> nested`: a value holding mappings with references of their own
/// (a checklist's `items`).
pub trait NestedRefs {
    fn nested_refs<'p>(
        &'p self,
        f: &mut dyn FnMut(&'static str, crate::rules::SectionKind, RefValue<'p>),
    );
}

impl NestedRefs for Option<List<Item>> {
    fn nested_refs<'p>(
        &'p self,
        f: &mut dyn FnMut(&'static str, crate::rules::SectionKind, RefValue<'p>),
    ) {
        for item in strs(self) {
            if let Item::Detail(d) = item {
                d.each_reference(f);
            }
        }
    }
}

/// The JSON Schema of a mapping gets what its declaration says: the `required` keys
/// (which must not be null either: the loader reads null as "not written") and, for
/// ids and references, patterns built from [`ID_PATTERN`].
pub fn declared_schema<T: Declared>(schema: &mut schemars::Schema) {
    let required: Vec<&str> = T::INFO
        .iter()
        .filter(|k| k.required)
        .map(|k| k.key)
        .collect();
    let Some(obj) = schema.as_object_mut() else {
        return;
    };
    if !required.is_empty() {
        obj.insert("required".into(), serde_json::json!(required));
    }
    let Some(props) = obj.get_mut("properties").and_then(|p| p.as_object_mut()) else {
        return;
    };
    for k in T::INFO {
        let Some(prop) = props.get_mut(k.key).and_then(|p| p.as_object_mut()) else {
            continue;
        };
        let id = id_schema();
        let value = match (k.id, k.refers.map(|r| r.shape)) {
            (_, Some(RefShape::Many)) => Some(serde_json::json!({
                "anyOf": [id, { "type": "array", "items": id }]
            })),
            (_, Some(RefShape::IdThenOffset)) => {
                let one = serde_json::json!({
                    "type": "string",
                    "pattern": after_regex(),
                    "not": { "pattern": reserved_after_regex() }
                });
                Some(serde_json::json!({ "anyOf": [one, { "type": "array", "items": one }] }))
            }
            (_, Some(RefShape::IdMinusOffset)) => {
                let one = serde_json::json!({
                    "type": "string",
                    "pattern": before_regex(),
                    "not": { "pattern": reserved_before_regex() }
                });
                Some(serde_json::json!({ "anyOf": [one, { "type": "array", "items": one }] }))
            }
            (true, _) | (_, Some(RefShape::One)) => Some(id),
            (false, None) => None,
        };
        let nullable = !k.required;
        match value {
            Some(v) => {
                let description = prop.remove("description");
                prop.clear();
                if let Some(d) = description {
                    prop.insert("description".into(), d);
                }
                if nullable {
                    prop.insert("anyOf".into(), serde_json::json!([v, { "type": "null" }]));
                } else if let Some(v) = v.as_object() {
                    prop.extend(v.clone());
                }
            }
            None if !nullable => strip_null(prop),
            None => {}
        }
    }
}

/// A required key's schema without its `null` alternative.
fn strip_null(prop: &mut serde_json::Map<String, serde_json::Value>) {
    if let Some(serde_json::Value::Array(types)) = prop.get_mut("type") {
        types.retain(|t| t != "null");
        if types.len() == 1 {
            let t = types.remove(0);
            prop.insert("type".into(), t);
        }
    }
    if let Some(serde_json::Value::Array(any)) = prop.get("anyOf").cloned() {
        let rest: Vec<serde_json::Value> = any
            .into_iter()
            .filter(|v| v.get("type").and_then(|t| t.as_str()) != Some("null"))
            .collect();
        prop.remove("anyOf");
        match <[serde_json::Value; 1]>::try_from(rest) {
            Ok([one]) => {
                if let Some(one) = one.as_object() {
                    prop.extend(one.clone());
                }
            }
            Err(rest) => {
                prop.insert("anyOf".into(), serde_json::Value::Array(rest));
            }
        }
    }
}

macro_rules! mapping {
    (@flag $want:ident) => { false };
    (@flag required required $($rest:ident)*) => { true };
    (@flag id id $($rest:ident)*) => { true };
    (@flag interval interval $($rest:ident)*) => { true };
    (@limit) => { crate::model::TextLimit::Line };
    (@limit name $($rest:ident)*) => { crate::model::TextLimit::Name };
    (@limit long $($rest:ident)*) => { crate::model::TextLimit::Long };
    (@limit $other:ident $($rest:ident)*) => { mapping!(@limit $($rest)*) };
    (@flag $want:ident $other:ident $($rest:ident)*) => { mapping!(@flag $want $($rest)*) };
    (@refers $ty:ty,) => { None };
    (@refers $ty:ty, nested) => { None };
    (@refers $ty:ty, $target:ident) => {
        Some(Refers { target: crate::rules::SectionKind::$target, shape: <$ty as RefField>::SHAPE })
    };
    // An `[interval]` key reads how often (`hver anden måned`), every other key its type.
    (@set [interval $($rest:ident)*] $f:expr, $v:expr, $cx:expr) => {
        crate::model::set_interval(&mut $f, $v, $cx)
    };
    (@set [$other:ident $($rest:ident)*] $f:expr, $v:expr, $cx:expr) => {
        mapping!(@set [$($rest)*] $f, $v, $cx)
    };
    (@set [] $f:expr, $v:expr, $cx:expr) => { Field::set(&mut $f, $v, $cx) };
    (@each $s:ident $f:ident $field:ident) => {};
    (@each $s:ident $f:ident $field:ident nested) => { NestedRefs::nested_refs(&$s.$field, $f) };
    (@each $s:ident $f:ident $field:ident $target:ident) => {
        RefField::each_id(&$s.$field, &mut |v| $f(stringify!($field), crate::rules::SectionKind::$target, v))
    };
    ($(#[$m:meta])* pub struct $name:ident ($what:literal) {
        $( $(#[$fm:meta])* pub $field:ident : $ty:ty $([$($flag:ident)*])? $(=> $target:ident)? ),* $(,)?
    }) => {
        $(#[$m])*
        #[derive(Clone, Debug, Default, PartialEq, Serialize, JsonSchema)]
        #[schemars(deny_unknown_fields, transform = crate::model::declared_schema::<$name>)]
        pub struct $name {
            $( $(#[$fm])* #[serde(default, skip_serializing_if = "crate::model::is_empty_field")] pub $field: $ty, )*
            /// Which keys were written with a value (bit i = `KEYS[i]`), valid or not:
            /// lets "missing" rules stay quiet when a value was written but invalid.
            #[serde(skip)]
            #[schemars(skip)]
            pub written: u32,
        }
        impl $name {
            /// The keys this mapping accepts.
            pub const KEYS: &'static [&'static str] = &[$(stringify!($field)),*];
            /// Whether `key` was written with a (possibly invalid) non-null value.
            pub fn wrote(&self, key: &str) -> bool {
                Self::KEYS.iter().position(|k| *k == key).is_some_and(|i| self.written & (1u32 << i) != 0)
            }
        }
        impl Declared for $name {
            const INFO: &'static [KeyInfo] = &[$(KeyInfo {
                key: stringify!($field),
                required: mapping!(@flag required $($($flag)*)?),
                id: mapping!(@flag id $($($flag)*)?),
                refers: mapping!(@refers $ty, $($target)?),
                limit: mapping!(@limit $($($flag)*)?),
                interval: mapping!(@flag interval $($($flag)*)?),
            }),*];
            fn written_keys(&self) -> u32 {
                self.written
            }
            #[allow(unused_variables)]
            fn each_reference<'p>(&'p self, f: &mut dyn FnMut(&'static str, crate::rules::SectionKind, RefValue<'p>)) {
                $( mapping!(@each self f $field $($target)?); )*
            }
        }
        impl Written for $name {
            fn wrote(&self, key: &str) -> bool {
                $name::wrote(self, key)
            }
        }
        impl Merge for $name {
            fn merge_from(&mut self, over: Self) {
                $( MergeField::merge_field(&mut self.$field, over.$field); )*
                self.written |= over.written;
            }
        }
        impl FromNode for $name {
            fn from_node(node: &Node, cx: &mut Cx) -> Option<Self> {
                let entries = cx.entries(node, $what)?;
                let mut out = Self::default();
                for (key, value) in entries {
                    match key.value {
                        $( stringify!($field) => {
                            if !matches!(value.kind, NodeKind::Null)
                                && let Some(i) = Self::KEYS.iter().position(|k| *k == stringify!($field))
                            {
                                out.written |= 1u32 << i;
                                if let Some(info) = <Self as Declared>::INFO.get(i)
                                    && !crate::model::declared_value_ok(info, value, cx)
                                {
                                    continue;
                                }
                            }
                            mapping!(@set [$($($flag)*)?] out.$field, value, cx)
                        } )*
                        _ => cx.unknown_key(&key.map(str::to_string), Self::KEYS, $what),
                    }
                }
                Some(out)
            }
        }
    };
}

/// The journal (`journal.rs`) is declared with the same macro.
pub(crate) use mapping;

/// Field-by-field override: what `over` writes replaces what `self` has.
pub trait Merge {
    fn merge_from(&mut self, over: Self);
}

/// How one field merges: a written value wins; sections merge entity by entity.
pub trait MergeField {
    fn merge_field(&mut self, over: Self);
}

impl<T> MergeField for Option<T> {
    fn merge_field(&mut self, over: Self) {
        if over.is_some() {
            *self = over;
        }
    }
}

impl<T: Merge> MergeField for Section<T> {
    fn merge_field(&mut self, over: Self) {
        for (id, entity) in over.0 {
            match self.0.get_mut(&id) {
                Some(base) => {
                    base.model_id = Some(base.id.span);
                    base.id = entity.id;
                    base.def.merge_from(entity.def);
                }
                None => {
                    self.0.insert(id, entity);
                }
            }
        }
    }
}

/// Used by `mapping!` to leave absent fields out of serialized output.
pub fn is_empty_field<T: EmptyField>(v: &T) -> bool {
    v.is_empty_field()
}

pub trait EmptyField {
    fn is_empty_field(&self) -> bool;
}
impl<T> EmptyField for Option<T> {
    fn is_empty_field(&self) -> bool {
        self.is_none()
    }
}
impl<T> EmptyField for Section<T> {
    fn is_empty_field(&self) -> bool {
        self.0.is_empty()
    }
}

/// `plan` (the default) or `model`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum DocKind {
    Plan,
    Model,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum GoalKind {
    Quantitative,
    Qualitative,
    Hypothesis,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Term {
    Short,
    Long,
}

impl JsonSchema for GoalKind {
    fn schema_name() -> Cow<'static, str> {
        "GoalKind".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({ "type": "string", "enum": GOAL_KINDS, "description": "quantitative, qualitative or hypothesis (Danish kvantitativ, kvalitativ, hypotese; Swedish kvantitativ, kvalitativ, hypotes)." })
    }
}

impl JsonSchema for Term {
    fn schema_name() -> Cow<'static, str> {
        "Term".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({ "type": "string", "enum": TERMS, "description": "short or long (Danish kort, lang)." })
    }
}

/// Spellings of goal kinds the loader accepts (and the schema lists).
pub const GOAL_KINDS: &[&str] = &[
    "quantitative",
    "kvantitativ",
    "kvantitativt",
    "qualitative",
    "kvalitativ",
    "kvalitativt",
    "hypothesis",
    "hypotese",
    "hypotes",
];
/// A goal's place in the theory of change (*forandringsteori*): a process goal says
/// the work is done as intended, a result goal what the work should lead to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum GoalLevel {
    Process,
    Result,
}

/// Spellings of goal levels the loader accepts (and the schema lists).
pub const GOAL_LEVELS: &[&str] = &[
    "process",
    "proces",
    "procesmål",
    "processmål",
    "result",
    "resultat",
    "resultatmål",
];

impl GoalLevel {
    /// `process`, `proces`, `procesmål`, `processmål`, `result`, `resultat`, `resultatmål`.
    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "process" | "proces" | "procesmål" | "processmål" => GoalLevel::Process,
            "result" | "resultat" | "resultatmål" => GoalLevel::Result,
            _ => return None,
        })
    }
    /// The English word, as in the compiled plan.
    pub fn as_str(self) -> &'static str {
        match self {
            GoalLevel::Process => "process",
            GoalLevel::Result => "result",
        }
    }
}

impl JsonSchema for GoalLevel {
    fn schema_name() -> Cow<'static, str> {
        "GoalLevel".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({ "type": "string", "enum": GOAL_LEVELS, "description": "process or result (Danish proces/procesmål, resultat/resultatmål; Swedish process/processmål, resultat/resultatmål)." })
    }
}

/// Spellings of goal terms the loader accepts.
pub const TERMS: &[&str] = &["short", "kort", "long", "lang"];

/// The plan's `calendar.holidays`: the calendar's one region type.
pub use crate::calendar::HolidayRegion;

pub(crate) type S = Spanned<String>;
pub(crate) type Strings = List<Spanned<String>>;

mapping! {
    /// A role: who holds it, the time granted and what it is responsible for.
    pub struct Role ("a role") {
        /// Display name, e.g. `Superbruger`.
        pub name: Option<S> [name],
        /// Why the role exists, in one sentence.
        pub purpose: Option<S> [long],
        /// Who holds the role: one name or a list. A plan role with no owner is a finding.
        pub owner: Option<Strings> [name],
        /// Granted time (råderum): `4 per week`, `8 timer om måneden`.
        pub hours: Option<Spanned<Hours>>,
        /// What the role may decide on its own.
        pub mandate: Option<S> [long],
        /// The role (id) this role reports to.
        pub reports_to: Option<S> => Roles,
        /// Responsibilities or sub-roles, e.g. `[Sensemaker, Storyteller]`.
        pub responsibilities: Option<Strings> [name],
        /// Rules silenced on purpose for this entity.
        pub allow: Option<Strings>,
    }
}

mapping! {
    /// A phase of the implementation, scheduled finish-to-start after its predecessors.
    pub struct Phase ("a phase") {
        /// Display name, e.g. `Klar, parat – start`.
        pub name: Option<S> [name],
        /// Phases (ids) that must finish before this one starts.
        pub after: Option<Strings> => Phases,
        /// How long the phase lasts: `8 months`, `1-3 måneder`, `ongoing`.
        pub duration: Option<Spanned<Duration>> [required],
        /// An optional phase (Swedish *vid behov*): scheduled as taken, bounds say what skipping it does.
        pub optional: Option<Spanned<bool>>,
        /// The role (id) that owns the phase.
        pub owner: Option<S> => Roles,
        /// What the phase is for.
        pub purpose: Option<S> [long],
        /// What characterises the phase (kendetegn).
        pub characteristics: Option<Strings>,
        /// Goals that tell the phase is done (målsætning).
        pub exit_criteria: Option<Strings>,
        /// Rules silenced on purpose for this entity.
        pub allow: Option<Strings>,
    }
}

mapping! {
    /// An activity: a meeting, a workshop, a piece of communication — once or recurring.
    pub struct Activity ("an activity") {
        /// Display name.
        pub name: Option<S> [name],
        /// The phase (id) the activity belongs to.
        pub phase: Option<S> => Phases,
        /// Several phases (ids) the activity spans; recurring activities repeat across all of them.
        pub phases: Option<Strings> => Phases,
        /// Offset from the start of its (first) phase: `2 weeks`.
        pub at: Option<Spanned<Range>>,
        /// Another activity (id), optionally plus an offset: `etableringsworkshop + 1-2 months`;
        /// or a list, of which the last to happen decides: `[platformsmoede-a, platformsmoede-b + 1 month]`.
        /// A recurring activity after a recurring one: an occurrence after each of its occurrences.
        pub after: Option<List<Spanned<AfterRef>>> => Activities,
        /// Another activity (id), optionally minus an offset: `statusmoede - 2 weeks`; or a
        /// list, of which the first to happen decides. A recurring activity before a
        /// recurring one: an occurrence before each of its occurrences.
        pub before: Option<List<Spanned<BeforeRef>>> => Activities,
        /// Recurrence interval: `week`, `2 months`, `4-6 weeks`.
        pub every: Option<Spanned<Range>> [interval],
        /// A fixed date (never moved by the calendar).
        pub date: Option<Spanned<Date>>,
        /// Length of one occurrence: `2 hours`, `2-3 timer`.
        pub length: Option<Spanned<Length>>,
        /// Start time of day for calendars, `HH:MM`.
        pub time: Option<Spanned<TimeOfDay>>,
        /// The role (id) responsible.
        pub responsible: Option<S> => Roles,
        /// Roles (ids) that take part.
        pub participants: Option<Strings> => Roles,
        /// Stakeholders or roles (ids) the activity informs — makes it part of the communication plan.
        pub audience: Option<Strings> => Stakeholders,
        /// How the audience is reached: `Pjece`, `Nyhedsbrev`, `Intranet`.
        pub channel: Option<S> [name],
        /// What the activity is for.
        pub purpose: Option<S> [long],
        /// Agenda items.
        pub agenda: Option<Strings>,
        /// What the activity produces.
        pub outputs: Option<Strings>,
        /// Goals (ids) the activity contributes to (theory of change).
        pub contributes_to: Option<Strings> => Goals,
        /// `true`: a status meeting, before which every goal with an indicator is to be
        /// measured (`measurement-overdue`).
        pub status_meeting: Option<Spanned<bool>>,
        /// `meeting` (a time and a length, a busy calendar event), `communication` (an
        /// audience and a channel; a date, no time: an all-day, free calendar event),
        /// `milestone` or `deliverable` (a date, no time, no hours); also `møde`,
        /// `kommunikation`, `milepæl`, `leverance`, `möte`, `milstolpe`, `leverans`. When
        /// not written: `communication` with a `channel` or an `audience` but no `length`
        /// or `time`, else `meeting`.
        pub kind: Option<Spanned<ActivityKind>>,
        /// Where it takes place: `Rådhuset, mødelokale 2` (documents and calendars).
        pub location: Option<S> [name],
        /// `true`: held only when needed (see `when`); shown as conditional in every
        /// document and not counted in planned hours.
        pub optional: Option<Spanned<bool>>,
        /// When an optional activity is held: `nye aktører er kommet til`.
        pub when: Option<S>,
        /// The track (id) the activity belongs to: not scheduled while the track is on
        /// standby, closed or merged.
        pub track: Option<S> => Tracks,
        /// `track`: a template declared once and expanded for every track (id
        /// `<id>-<track>`, the track's owner responsible unless set).
        pub per: Option<Spanned<Per>>,
        /// Rules silenced on purpose for this entity.
        pub allow: Option<Strings>,
    }
}

mapping! {
    /// Where a goal starts from.
    pub struct Baseline ("a baseline") {
        /// The measured value.
        pub value: Option<Spanned<Text>>,
        /// When it was measured.
        pub date: Option<Spanned<Date>>,
        /// Where the figure comes from.
        pub source: Option<S>,
    }
}

mapping! {
    /// Where a goal should end.
    pub struct Target ("a target") {
        /// The value to reach.
        pub value: Option<Spanned<Text>>,
        /// When it should be reached.
        pub by: Option<Spanned<Date>>,
    }
}

mapping! {
    /// A goal of the implementation, with indicator, baseline and target.
    pub struct Goal ("a goal") {
        /// The goal in one sentence.
        pub statement: Option<S>,
        /// `quantitative`, `qualitative` or `hypothesis`.
        pub kind: Option<Spanned<GoalKind>>,
        /// `short` or `long` term.
        pub term: Option<Spanned<Term>>,
        /// `process` or `result` (also `proces`, `procesmål`, `resultat`, `resultatmål`,
        /// `processmål`): a process goal says the work is done as intended, a result goal
        /// what it should lead to (theory of change).
        pub level: Option<Spanned<GoalLevel>>,
        /// How progress is measured.
        pub indicator: Option<S>,
        /// The starting point, measured before work starts.
        pub baseline: Option<Baseline>,
        /// The value to reach and by when.
        pub target: Option<Target>,
        /// The role (id) that owns the goal.
        pub owner: Option<S> => Roles,
        /// The phase (id) the goal belongs to.
        pub phase: Option<S> => Phases,
        /// How often the indicator is measured: `6 months`, `3 måneder`, `1 år` (when
        /// not given, every 6 months; `measurement-overdue` checks it).
        pub measure_every: Option<Spanned<Range>> [interval],
        /// Other goals (ids) this goal contributes to: a process goal feeding a result
        /// goal (theory of change).
        pub contributes_to: Option<Strings> => Goals,
        /// The track (id) the goal belongs to.
        pub track: Option<S> => Tracks,
        /// `track`: a template declared once and expanded for every track (id
        /// `<id>-<track>`, the track's owner as owner unless set).
        pub per: Option<Spanned<Per>>,
        /// Rules silenced on purpose for this entity.
        pub allow: Option<Strings>,
    }
}

mapping! {
    /// A checklist item written out in full.
    pub struct ItemDetail ("a checklist item") {
        /// The question or task.
        pub text: Option<S>,
        /// The role (id) that answers it.
        pub owner: Option<S> => Roles,
        /// Whether it is done.
        pub done: Option<Spanned<bool>>,
    }
}

/// A checklist item: plain text, or `{text, owner, done}`.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Item {
    Text(S),
    Detail(ItemDetail),
}

impl FromNode for Item {
    fn from_node(node: &Node, cx: &mut Cx) -> Option<Self> {
        match &node.kind {
            NodeKind::Map(_) => ItemDetail::from_node(node, cx).map(Item::Detail),
            _ => cx.string(node).map(Item::Text),
        }
    }
}

impl JsonSchema for Item {
    fn schema_name() -> Cow<'static, str> {
        "ChecklistItem".into()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let detail = generator.subschema_for::<ItemDetail>();
        schemars::json_schema!({ "anyOf": [{ "type": "string" }, detail], "description": "A question or task: text, or {text, owner, done}." })
    }
}

impl Item {
    pub fn text(&self) -> &str {
        match self {
            Item::Text(s) => s,
            Item::Detail(d) => d.text.as_deref().map(String::as_str).unwrap_or(""),
        }
    }
}

mapping! {
    /// A checklist (tjekliste) of yes/no questions for a phase.
    pub struct Checklist ("a checklist") {
        /// Display name.
        pub name: Option<S> [name],
        /// The phase (id) it belongs to.
        pub phase: Option<S> => Phases,
        /// The role (id) that owns it.
        pub owner: Option<S> => Roles,
        /// The questions or tasks.
        pub items: Option<List<Item>> => nested,
        /// Rules silenced on purpose for this entity.
        pub allow: Option<Strings>,
    }
}

mapping! {
    /// Someone outside the implementation who must be informed.
    pub struct Stakeholder ("a stakeholder") {
        /// Display name.
        pub name: Option<S> [name],
        /// Who they are.
        pub description: Option<S> [long],
        /// Rules silenced on purpose for this entity.
        pub allow: Option<Strings>,
    }
}

mapping! {
    /// A dated change of a track's state: `{ from: 2027-09-01, state: standby, reason: … }`.
    pub struct TrackState ("a track state") {
        /// The first day of the state, `YYYY-MM-DD`.
        pub from: Option<Spanned<Date>> [required],
        /// `active`, `standby`, `closed`, `merged` or `new` (Danish aktiv, i bero,
        /// lukket, sammenlagt, ny; Swedish aktiv, vilande, stängd, sammanslagen, ny).
        pub state: Option<Spanned<TrackStateKind>> [required],
        /// With `merged`: the track (id) it was merged into.
        pub into: Option<S> => Tracks,
        /// Why: `Afventer politisk beslutning`.
        pub reason: Option<S>,
    }
}

mapping! {
    /// A parallel workstream: a development platform, a team, a training group, an
    /// indsatsområde — with its own owner, members, goals and dated states.
    pub struct Track ("a track") {
        /// Display name, e.g. `Natteliv`.
        pub name: Option<S> [name],
        /// The role (id) that holds the track's threads (the platform's tovholder).
        pub owner: Option<S> => Roles,
        /// Who takes part: role ids and/or named people.
        pub members: Option<Strings> [name],
        /// What the track is for.
        pub purpose: Option<S> [long],
        /// Where the track meets, e.g. `Byens Hus` (its activities may name their own).
        pub location: Option<S> [name],
        /// Phases (ids) that must finish before the track starts.
        pub after: Option<Strings> => Phases,
        /// Offset from the plan's start (or from the end of its `after` phases): `3 months`.
        pub at: Option<Spanned<Range>>,
        /// The track's last day, `YYYY-MM-DD`.
        pub end: Option<Spanned<Date>>,
        /// Dated changes of state, in any order; active until the first.
        pub states: Option<List<TrackState>> => nested,
        /// Rules silenced on purpose for this entity.
        pub allow: Option<Strings>,
    }
}

/// A track's state from a date on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum TrackStateKind {
    /// Running: its activities are scheduled.
    Active,
    /// Paused (awaiting a decision): nothing scheduled until it is active again.
    Standby,
    /// Ended: nothing scheduled from then on.
    Closed,
    /// Merged into another track (`into`): nothing of its own scheduled from then on.
    Merged,
    /// New from this date: nothing before it, active from it.
    New,
}

impl TrackStateKind {
    /// The spellings the loader accepts (English, Danish, Swedish).
    pub const SPELLINGS: &'static [(&'static str, TrackStateKind)] = &[
        ("active", TrackStateKind::Active),
        ("aktiv", TrackStateKind::Active),
        ("standby", TrackStateKind::Standby),
        ("i bero", TrackStateKind::Standby),
        ("afventer", TrackStateKind::Standby),
        ("vilande", TrackStateKind::Standby),
        ("pausad", TrackStateKind::Standby),
        ("closed", TrackStateKind::Closed),
        ("lukket", TrackStateKind::Closed),
        ("nedlagt", TrackStateKind::Closed),
        ("stängd", TrackStateKind::Closed),
        ("avslutad", TrackStateKind::Closed),
        ("merged", TrackStateKind::Merged),
        ("sammenlagt", TrackStateKind::Merged),
        ("sammanslagen", TrackStateKind::Merged),
        ("new", TrackStateKind::New),
        ("ny", TrackStateKind::New),
    ];
    pub fn parse(s: &str) -> Option<TrackStateKind> {
        let t = s.trim().to_lowercase();
        Self::SPELLINGS
            .iter()
            .find(|(w, _)| *w == t)
            .map(|(_, k)| *k)
    }
    /// Whether the track's activities are scheduled in this state.
    pub fn runs(self) -> bool {
        matches!(self, TrackStateKind::Active | TrackStateKind::New)
    }
}

impl JsonSchema for TrackStateKind {
    fn schema_name() -> Cow<'static, str> {
        "TrackStateKind".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let words: Vec<&str> = Self::SPELLINGS.iter().map(|(w, _)| *w).collect();
        schemars::json_schema!({ "type": "string", "enum": words, "description": "active, standby, closed, merged or new (Danish aktiv, i bero, lukket, sammenlagt, ny; Swedish aktiv, vilande, stängd, sammanslagen, ny)." })
    }
}

/// `per: track`: a template expanded for every track.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Per {
    Track,
}

impl JsonSchema for Per {
    fn schema_name() -> Cow<'static, str> {
        "Per".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({ "type": "string", "enum": ["track", "tracks", "spor", "spår"], "description": "track: declared once, expanded for every track (Danish spor, Swedish spår)." })
    }
}

impl NestedRefs for Option<List<TrackState>> {
    fn nested_refs<'p>(
        &'p self,
        f: &mut dyn FnMut(&'static str, crate::rules::SectionKind, RefValue<'p>),
    ) {
        for state in strs(self) {
            state.each_reference(f);
        }
    }
}

mapping! {
    /// Working days: public holidays and closed periods.
    pub struct Calendar ("the calendar") {
        /// Public holidays: `dk` (Danish), `se` (Swedish) or `none`.
        pub holidays: Option<Spanned<HolidayRegion>>,
        /// Closed periods and days: `2027-07-05..2027-07-30`, `2027-12-27`.
        pub closed: Option<List<Spanned<ClosedDays>>>,
        /// Time zone of the calendars, e.g. `America/Nuuk` or `Atlantic/Faroe`; default `Europe/Stockholm` with Swedish holidays, else `Europe/Copenhagen`.
        pub timezone: Option<Spanned<crate::timezone::TimeZoneName>>,
        /// How long a working day is, for lengths in days (`length: 2 dage`): `7,4 timer`, `8 timmar`; default 7.4 hours (a 37-hour week), 8 hours with Swedish holidays (a 40-hour week).
        pub day_length: Option<Spanned<duration::DayLength>>,
    }
}

mapping! {
    /// A model to reuse, with an optional version requirement.
    pub struct UsesDetail ("uses") {
        /// Path to the model file, relative to this file.
        pub path: Option<S> [required],
        /// Required model version, e.g. `1.x` or `1.2`.
        pub version: Option<S> [name],
    }
}

/// `uses: path` or `uses: {path, version}`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Uses {
    pub path: S,
    pub version: Option<S>,
    /// The used model's own id, title and version, filled in when the model is merged
    /// (`merge::resolve`); never read from the plan.
    #[serde(skip)]
    pub model: Option<UsedModel>,
}

/// Which model a plan builds on, as the model itself says (for "Bygger på: … version …").
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UsedModel {
    pub id: Option<String>,
    pub title: Option<String>,
    pub version: Option<String>,
}

impl FromNode for Uses {
    fn from_node(node: &Node, cx: &mut Cx) -> Option<Self> {
        match &node.kind {
            NodeKind::Map(_) => {
                let d = UsesDetail::from_node(node, cx)?;
                for key in d.missing() {
                    let finding = crate::messages::LoadMsg::MissingKey {
                        key: key.to_string(),
                        mapping: "uses".to_string(),
                        id: None,
                    };
                    cx.diags
                        .push(Diagnostic::report(finding, &[node.span], cx.lang));
                }
                d.path.map(|path| Uses {
                    path,
                    version: d.version,
                    model: None,
                })
            }
            _ => cx.string(node).map(|path| Uses {
                path,
                version: None,
                model: None,
            }),
        }
    }
}

impl JsonSchema for Uses {
    fn schema_name() -> Cow<'static, str> {
        "Uses".into()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let detail = generator.subschema_for::<UsesDetail>();
        schemars::json_schema!({ "anyOf": [{ "type": "string" }, detail], "description": "A model this plan reuses: a path relative to this file, or {path, version}." })
    }
}

mapping! {
    /// Entities of the used model to drop, by section.
    pub struct Remove ("remove") {
        /// Role ids to drop.
        pub roles: Option<Strings>,
        /// Phase ids to drop.
        pub phases: Option<Strings>,
        /// Activity ids to drop.
        pub activities: Option<Strings>,
        /// Goal ids to drop.
        pub goals: Option<Strings>,
        /// Checklist ids to drop.
        pub checklists: Option<Strings>,
        /// Stakeholder ids to drop.
        pub stakeholders: Option<Strings>,
        /// Track ids to drop.
        pub tracks: Option<Strings>,
    }
}

mapping! {
    /// An implementation plan (or, with `kind: model`, a reusable model of a method).
    pub struct Plan ("the plan") {
        /// `plan` (default) or `model`: a model has no dates or named people.
        pub kind: Option<Spanned<DocKind>>,
        /// The plan's id (kebab-case); used in output folder names and calendar UIDs.
        pub id: Option<S> [required id],
        /// Title of the plan.
        pub title: Option<S> [required name],
        /// The organisation, e.g. `Eksempel Kommune, Børn og Familie`.
        pub organisation: Option<S> [name],
        /// Language of rendered documents and messages: `da`, `en` or `sv`.
        pub language: Option<Spanned<Lang>>,
        /// Version of a model, e.g. `1.2.0`.
        pub version: Option<S> [name],
        /// The model this plan reuses.
        pub uses: Option<Spanned<Uses>>,
        /// Entities of the used model to drop.
        pub remove: Option<Remove>,
        /// The plan's journals (`kind: log`), paths relative to this file; without it,
        /// `<plan-file-stem>.log.yaml` beside the plan. A model has no journal.
        pub log: Option<Strings>,
        /// First day of the plan, `YYYY-MM-DD`.
        pub start: Option<Spanned<Date>>,
        /// The plan's declared length, checked against the phases: `24-30 months`.
        pub horizon: Option<Spanned<Duration>>,
        /// Roles by id.
        pub roles: Section<Role>,
        /// Phases by id.
        pub phases: Section<Phase>,
        /// Activities by id.
        pub activities: Section<Activity>,
        /// Goals by id.
        pub goals: Section<Goal>,
        /// Checklists by id.
        pub checklists: Section<Checklist>,
        /// Stakeholders by id.
        pub stakeholders: Section<Stakeholder>,
        /// Tracks by id: parallel workstreams (platforms, teams, groups) with an owner,
        /// members and dated states.
        pub tracks: Section<Track>,
        /// Working days: holidays and closed periods.
        pub calendar: Option<Calendar>,
        /// Rules silenced on purpose for plan-level findings.
        pub allow: Option<Strings>,
    }
}

impl Plan {
    pub fn is_model(&self) -> bool {
        matches!(self.kind.as_ref().map(|k| k.value), Some(DocKind::Model))
    }
    /// The language from the plan, if given.
    pub fn lang(&self) -> Option<Lang> {
        self.language.as_ref().map(|l| l.value)
    }
}

/// One reference in a plan: a key of an entity (declared `=> Section` in its
/// [`mapping!`]) that names an entity of a section.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reference<'p> {
    /// The section and id of the entity that refers.
    pub from: crate::rules::SectionKind,
    pub from_id: &'p str,
    /// The key that refers (`owner` of a checklist item: the item's key).
    pub key: &'static str,
    /// The section referred to, and the id as written.
    pub target: crate::rules::SectionKind,
    pub id: &'p str,
    /// The scalar the id is written in.
    pub span: Span,
    /// The id is part of a longer text (`after: opstart + 2 weeks`); its exact place
    /// is found with [`crate::graph::id_span`].
    pub in_text: bool,
}

impl Plan {
    /// Every reference of the plan's entities, section by section in the order of
    /// [`crate::rules::SectionKind::ALL`], entity by entity in file order, key by key in
    /// declaration order. Which keys refer where is the mappings' declaration: a
    /// new reference key is one `=> Section` there.
    pub fn references(&self) -> impl Iterator<Item = Reference<'_>> + '_ {
        use crate::rules::SectionKind as K;
        fn of<'p, T: Declared>(
            from: K,
            section: &'p Section<T>,
        ) -> impl Iterator<Item = Reference<'p>> + 'p {
            section.iter().flat_map(move |(id, entity)| {
                let mut refs = Vec::new();
                entity.def.each_reference(&mut |key, target, v| {
                    refs.push(Reference {
                        from,
                        from_id: id,
                        key,
                        target,
                        id: v.id,
                        span: v.span,
                        in_text: v.in_text,
                    })
                });
                refs
            })
        }
        of(K::Roles, &self.roles)
            .chain(of(K::Phases, &self.phases))
            .chain(of(K::Activities, &self.activities))
            .chain(of(K::Goals, &self.goals))
            .chain(of(K::Checklists, &self.checklists))
            .chain(of(K::Stakeholders, &self.stakeholders))
            .chain(of(K::Tracks, &self.tracks))
    }
}

/// Helpers for reading optional fields.
pub fn strs<T>(l: &Option<List<T>>) -> &[T] {
    l.as_ref().map(|l| l.0.as_slice()).unwrap_or(&[])
}

impl Activity {
    /// The phases (ids, with spans) this activity belongs to: `phase` then `phases`.
    pub fn phase_refs(&self) -> Vec<&S> {
        self.phase.iter().chain(strs(&self.phases).iter()).collect()
    }
    /// What the activity is: its `kind`, else `communication` when it has a `channel`
    /// or an `audience` and neither a `length` nor a `time`, else `meeting`.
    pub fn kind(&self) -> ActivityKind {
        if let Some(k) = &self.kind {
            return k.value;
        }
        let informs = self.channel.is_some() || !strs(&self.audience).is_empty();
        if informs && self.length.is_none() && self.time.is_none() {
            ActivityKind::Communication
        } else {
            ActivityKind::Meeting
        }
    }
    /// `optional: true`: held only when needed; not counted in planned hours.
    pub fn is_optional(&self) -> bool {
        self.optional.as_ref().is_some_and(|o| o.value)
    }
    /// The minutes one occurrence counts in planned hours: the nominal length of a
    /// meeting or a communication that is not optional (a length in days at
    /// `day_minutes` a working day); none for milestones and deliverables.
    pub fn counted_minutes(&self, day_minutes: u32) -> Option<u32> {
        if self.is_optional()
            || matches!(
                self.kind(),
                ActivityKind::Milestone | ActivityKind::Deliverable
            )
        {
            return None;
        }
        self.length
            .as_ref()
            .map(|l| l.value.nominal_minutes_at(day_minutes))
            .filter(|m| *m > 0)
    }
    /// How many consecutive working days one occurrence spans when its `length` is in
    /// days (`2 dage`); `None` for a length in hours or none.
    pub fn length_days(&self) -> Option<u32> {
        self.length.as_ref().and_then(|l| l.value.days())
    }
    /// Every activity this one waits for: its `after` ids, then its `before` ids, with
    /// the scalar each is written in.
    pub fn waits_for(&self) -> impl Iterator<Item = (&str, Span)> {
        strs(&self.after)
            .iter()
            .map(|a| (a.value.activity.as_str(), a.span))
            .chain(
                strs(&self.before)
                    .iter()
                    .map(|b| (b.value.activity.as_str(), b.span)),
            )
    }
}

impl Reference<'_> {
    /// Whether the id names an entity the key accepts: its target section, and for an
    /// activity's `audience` a role as well as a stakeholder.
    pub fn resolves(&self, plan: &Plan) -> bool {
        self.target.contains(plan, self.id) || self.role_audience(plan)
    }
    /// An activity's `audience` naming a role (not a stakeholder of that id).
    pub fn role_audience(&self, plan: &Plan) -> bool {
        self.from == crate::rules::SectionKind::Activities
            && self.key == "audience"
            && !self.target.contains(plan, self.id)
            && crate::rules::SectionKind::Roles.contains(plan, self.id)
    }
}
