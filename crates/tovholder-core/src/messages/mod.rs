//! Every word tovholder says to a person, in one place per language.
//!
//! Findings are data: each stage and rule reports a typed finding (a variant of one
//! of the area enums below — [`LoadMsg`], [`ModelMsg`], [`RuleMsg`], [`ConfigMsg`])
//! that names its rule by reference ([`Msg::rule`]) and carries the facts of the
//! finding as fields (`--format json` and SARIF print them). The words for a finding
//! live in one module per language — `messages/en/`, `messages/da/`,
//! `messages/sv/` — each an exhaustive `match` per area, so a finding without a text
//! in one of the languages does not compile, and the meta-test in `tests/messages.rs`
//! holds the texts of every finding apart from the English ones.
//!
//! A rule's English documentation is the doc comment on its declaration (see
//! `rules::declare_rule!`); its Danish and Swedish documentation and summaries are in
//! `messages/da/docs.rs` and `messages/sv/docs.rs`.
//!
//! Adding a language: a new folder beside `en/` with the same files, a variant of
//! [`Lang`] and its arm in [`words`], and a column of document labels in
//! `tovholder-render`'s `i18n.rs`.

use crate::diag::Lang;
use crate::rules::Rule;
use serde::Serialize;

mod da;
mod en;
mod sv;

pub mod cli;
pub mod config;
pub mod diff;
pub mod load;
pub mod models;
pub mod rules;
pub mod status;

pub use cli::CliMsg;
pub use config::ConfigMsg;
pub use diff::DiffMsg;
pub use load::LoadMsg;
pub use models::ModelMsg;
pub use rules::{Closed, HolidayNames, Missing, Place, RuleMsg, Unit};
pub use status::StatusMsg;

/// The words of one finding in one language: the message, an optional help line, and
/// the texts of its labels in the order of the finding's spans (a span past the end of
/// `labels` is shown without text).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Text {
    pub message: String,
    pub help: Option<String>,
    pub labels: Vec<String>,
}

impl Text {
    pub fn new(message: impl Into<String>) -> Self {
        Text {
            message: message.into(),
            help: None,
            labels: Vec::new(),
        }
    }
    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }
    pub fn label(mut self, label: impl Into<String>) -> Self {
        self.labels.push(label.into());
        self
    }
}

/// Every finding tovholder reports, by the stage that reports it. Serialized (for
/// `--format json` and SARIF) as the finding's fields.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(untagged)]
pub enum Msg {
    Load(LoadMsg),
    Model(ModelMsg),
    Rule(RuleMsg),
    Config(ConfigMsg),
}

impl Msg {
    /// The rule this finding belongs to.
    pub fn rule(&self) -> &'static Rule {
        match self {
            Msg::Load(m) => m.rule(),
            Msg::Model(m) => m.rule(),
            Msg::Rule(m) => m.rule(),
            Msg::Config(m) => m.rule(),
        }
    }
    /// The finding's variant name (`RoleWithoutOwner`), stable: JSON prints it as `finding`.
    pub fn kind(&self) -> &'static str {
        match self {
            Msg::Load(m) => m.kind(),
            Msg::Model(m) => m.kind(),
            Msg::Rule(m) => m.kind(),
            Msg::Config(m) => m.kind(),
        }
    }
    /// The finding's words in `lang`.
    pub fn text(&self, lang: Lang) -> Text {
        let w = words(lang);
        match self {
            Msg::Load(m) => (w.load)(m),
            Msg::Model(m) => (w.models)(m),
            Msg::Rule(m) => (w.rules)(m),
            Msg::Config(m) => (w.config)(m),
        }
    }
}

impl From<LoadMsg> for Msg {
    fn from(m: LoadMsg) -> Self {
        Msg::Load(m)
    }
}
impl From<ModelMsg> for Msg {
    fn from(m: ModelMsg) -> Self {
        Msg::Model(m)
    }
}
impl From<RuleMsg> for Msg {
    fn from(m: RuleMsg) -> Self {
        Msg::Rule(m)
    }
}
impl From<ConfigMsg> for Msg {
    fn from(m: ConfigMsg) -> Self {
        Msg::Config(m)
    }
}

/// A rule's documentation in one language: the one-line summary and the Markdown
/// body under the four headings of [`Words::headings`].
#[derive(Clone, Copy, Debug)]
pub struct RuleDoc {
    pub name: &'static str,
    pub summary: &'static str,
    /// Doc-comment lines (each with the one leading space `///` leaves).
    pub lines: &'static [&'static str],
}

impl RuleDoc {
    /// The documentation as Markdown.
    pub fn body(&self) -> String {
        doc_lines(self.lines)
    }
}

/// Ids in backticks, joined with commas: "`a`, `b`".
pub(crate) fn ticks(ids: &[String]) -> String {
    let quoted: Vec<String> = ids.iter().map(|id| format!("`{id}`")).collect();
    quoted.join(", ")
}

/// A range of whole units: `18` or `18–30`.
pub(crate) fn range((a, b): (i64, i64)) -> String {
    if a == b {
        a.to_string()
    } else {
        format!("{a}–{b}")
    }
}

/// Hundredths as a number with at most two decimals, with `decimal` as the separator.
pub(crate) fn hundredths(v: u64, decimal: char) -> String {
    let whole = v / 100;
    let frac = v % 100;
    if frac == 0 {
        whole.to_string()
    } else if frac.is_multiple_of(10) {
        format!("{whole}{decimal}{}", frac / 10)
    } else {
        format!("{whole}{decimal}{frac:02}")
    }
}

/// `2027-03` → `(2027, 3)`.
pub(crate) fn year_month(ym: &str) -> Option<(&str, usize)> {
    let (year, month) = ym.split_once('-')?;
    let m = month
        .parse::<usize>()
        .ok()
        .filter(|m| (1..=12).contains(m))?;
    Some((year, m))
}

/// Doc-comment lines joined into Markdown (the one space after `///` removed).
pub fn doc_lines(lines: &[&str]) -> String {
    let mut out = String::new();
    for l in lines {
        out.push_str(l.strip_prefix(' ').unwrap_or(l));
        out.push('\n');
    }
    out
}

/// Declares translated rule documentation from doc comments:
/// `rule_docs! { /// ## Hvad den gør … "role-without-owner" => "En rolle uden …"; … }`.
macro_rules! rule_docs {
    ($( $(#[doc = $doc:literal])* $name:literal => $summary:literal; )*) => {
        pub(crate) static DOCS: &[$crate::messages::RuleDoc] = &[
            $($crate::messages::RuleDoc { name: $name, summary: $summary, lines: &[$($doc),*] },)*
        ];
    };
}
pub(crate) use rule_docs;

/// One language's words: a function per area (each an exhaustive `match`), the rule
/// documentation, and the few words the command line and reports share.
pub struct Words {
    pub load: fn(&LoadMsg) -> Text,
    pub models: fn(&ModelMsg) -> Text,
    pub rules: fn(&RuleMsg) -> Text,
    pub config: fn(&ConfigMsg) -> Text,
    pub cli: fn(&CliMsg) -> String,
    /// The words of a plan's status (`tovholder status`, the statusrapport).
    pub status: fn(&StatusMsg) -> String,
    /// Rule summaries and documentation (English: `None`, the rules' own doc comments).
    pub docs: Option<&'static [RuleDoc]>,
    /// The four headings of a rule's documentation.
    pub headings: [&'static str; 4],
    /// "role", "phase", … by [`crate::section::SectionKind`] order.
    pub nouns: [&'static str; 7],
    /// "roles", "phases", … by [`crate::section::SectionKind`] order.
    pub plurals: [&'static str; 7],
    /// A label shown on an entity the plan overrides: where the model defines it.
    pub defined_in_model: &'static str,
    /// `explain`'s title line: "Default level: deny.".
    pub default_level: &'static str,
    /// After a level in `rules`: "deny (fixed)".
    pub fixed: &'static str,
    /// After a level in `explain`: "deny (cannot be changed)".
    pub cannot_be_changed: &'static str,
    /// The months, January first (also the documents' month names).
    pub months: [&'static str; 12],
    /// The days of the week, Monday first (also the documents' weekday names).
    pub weekdays: [&'static str; 7],
    /// Day, week and month, each in the singular and the plural.
    pub units: [[&'static str; 2]; 3],
    /// The decimal separator.
    pub decimal: char,
}

impl Words {
    /// `2027-03` → `March 2027` (`marts 2027`, `mars 2027`).
    pub fn month_year(&self, ym: &str) -> String {
        match year_month(ym).and_then(|(year, m)| Some((year, self.months.get(m - 1)?))) {
            Some((year, name)) => format!("{name} {year}"),
            None => ym.to_string(),
        }
    }
    /// `2027-03-03` → `3 March 2027`, with `after_day` after the day's number
    /// (`3. marts 2027` with `"."`); anything else as it is.
    pub fn day_month_year(&self, iso: &str, after_day: &str) -> String {
        let day = iso
            .get(8..)
            .and_then(|d| d.parse::<u8>().ok())
            .filter(|_| iso.len() == 10);
        match (day, iso.get(..7)) {
            (Some(day), Some(ym)) if year_month(ym).is_some() => {
                format!("{day}{after_day} {}", self.month_year(ym))
            }
            _ => iso.to_string(),
        }
    }
    /// The weekday with 0 as Monday.
    pub fn weekday(&self, monday_zero: u8) -> &'static str {
        self.weekdays
            .get(usize::from(monday_zero))
            .copied()
            .unwrap_or("?")
    }
    /// `18–30 months` (`måneder`, `månader`).
    pub fn amount(&self, r: (i64, i64), unit: Unit) -> String {
        let [singular, plural] = self.unit(unit);
        let word = if r == (1, 1) { singular } else { plural };
        format!("{} {word}", range(r))
    }
    /// A length as the plan writes it, in this language's words (which the plan
    /// reads): `19-32 months`, `19-32 måneder`, `19-32 månader`.
    pub fn horizon_value(&self, r: (i64, i64), unit: Unit) -> String {
        let [singular, plural] = self.unit(unit);
        let word = if r == (1, 1) { singular } else { plural };
        let (a, b) = r;
        if a == b {
            format!("{a} {word}")
        } else {
            format!("{a}-{b} {word}")
        }
    }
    /// A unit's words, singular and plural.
    pub fn unit(&self, unit: Unit) -> [&'static str; 2] {
        let [day, week, month] = self.units;
        match unit {
            Unit::Day => day,
            Unit::Week => week,
            Unit::Month => month,
        }
    }
    /// Hundredths as a number with at most two decimals.
    pub fn hundredths(&self, v: u64) -> String {
        hundredths(v, self.decimal)
    }
    /// A measured value in hundredths (negative allowed), with its unit as written:
    /// `41,25 %` (`41.25 %` in English).
    pub fn value(&self, v: i64, unit: Option<&str>) -> String {
        let n = hundredths(v.unsigned_abs(), self.decimal);
        let sign = if v < 0 { "-" } else { "" };
        match unit {
            Some(u) => format!("{sign}{n} {u}"),
            None => format!("{sign}{n}"),
        }
    }
}

/// The words of `lang`.
pub fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::En => &en::WORDS,
        Lang::Da => &da::WORDS,
        Lang::Sv => &sv::WORDS,
    }
}

/// Every language, for tests and for listing.
pub const LANGS: [Lang; 3] = [Lang::En, Lang::Da, Lang::Sv];

/// Declares an area's findings: the enum, each variant's rule and its stable name.
///
/// ```ignore
/// findings! {
///     pub enum RuleMsg {
///         /// A role nobody holds.
///         RoleWithoutOwner { role: String } => crate::rules::role_without_owner::RULE,
///     }
/// }
/// ```
macro_rules! findings {
    ($(#[$m:meta])* pub enum $name:ident {
        $( $(#[$vm:meta])* $variant:ident $({ $($(#[$fm:meta])* $field:ident : $ty:ty),* $(,)? })? => $rule:path ),* $(,)?
    }) => {
        $(#[$m])*
        #[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
        #[serde(untagged)]
        pub enum $name {
            $( $(#[$vm])* $variant $({ $($(#[$fm])* $field: $ty),* })?, )*
        }
        impl $name {
            /// The rule this finding belongs to.
            pub fn rule(&self) -> &'static $crate::rules::Rule {
                match *self {
                    $( Self::$variant { .. } => &$rule, )*
                }
            }
            /// The variant's name, e.g. `RoleWithoutOwner`.
            pub fn kind(&self) -> &'static str {
                match *self {
                    $( Self::$variant { .. } => stringify!($variant), )*
                }
            }
            /// The name of every variant, for the meta-test.
            pub const KINDS: &'static [&'static str] = &[$(stringify!($variant)),*];
            /// One finding of every variant, its fields at their defaults (for the
            /// meta-test: every field's type implements `Default`).
            pub fn samples() -> Vec<Self> {
                vec![$( Self::$variant $({ $($field: Default::default()),* })? ),*]
            }
        }
    };
}
pub(crate) use findings;

impl Msg {
    /// One finding of every kind, for the meta-test.
    pub fn samples() -> Vec<Msg> {
        let mut out: Vec<Msg> = Vec::new();
        out.extend(LoadMsg::samples().into_iter().map(Msg::from));
        out.extend(ModelMsg::samples().into_iter().map(Msg::from));
        out.extend(RuleMsg::samples().into_iter().map(Msg::from));
        out.extend(ConfigMsg::samples().into_iter().map(Msg::from));
        out
    }
}

/// A count written with `sep` between groups of three digits (`2,087,132` in English,
/// `2.087.132` in Danish, `2 087 132` in Swedish, with a no-break space).
pub(crate) fn grouped(n: usize, sep: char) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * 2);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// A rule's translated documentation (`None` for English, whose documentation is the
/// rule's doc comment, and for a rule the language lacks — which the meta-test forbids).
pub fn translated_doc(rule: &str, lang: Lang) -> Option<&'static RuleDoc> {
    words(lang).docs?.iter().find(|d| d.name == rule)
}
