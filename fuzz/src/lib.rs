//! Fuzzing support for tovholder: the shared pipeline and a structured plan
//! description for `check_structured`.
//!
//! The description is derived with `arbitrary`, so the fuzzer mutates plans, not
//! bytes: ids come mostly from small pools (so references resolve and cycles,
//! overrides and removals happen), values mostly from the plan language's own
//! shapes (durations in three languages, ranges, dates, hours), and every field can
//! instead be the wrong type or raw text. [`Input::to_yaml`] writes it as YAML in
//! the input format of [`pipeline`] (a plan, then its model after `#>>> model.yaml`,
//! then its journal after `#>>> plan.log.yaml`).
//!
//! [`Large`] is the same plan made large for `render_large`: one text field grown to
//! the text limits or far past them (a 1 MB title), long one-line lists, thousands of
//! copies of an entity, thousands of unknown keys (findings), a daily activity over
//! decades — the inputs of issue 14's amplification and long-line defects, which the
//! byte targets' 33 KB inputs never reach.

#[path = "pipeline.rs"]
pub mod pipeline;

use arbitrary::Arbitrary;
use std::fmt::Write as _;

/// A plan and, when `model` is set, the model it uses.
#[derive(Arbitrary, Debug, Clone)]
pub struct Input {
    pub plan: PlanDesc,
    pub model: Option<PlanDesc>,
    pub remove: Vec<(Section, Name)>,
    pub version_pin: Option<Text>,
    pub journal: Option<JournalDesc>,
}

/// The plan's journal (`plan.log.yaml`, found beside the plan).
#[derive(Arbitrary, Debug, Clone)]
pub struct JournalDesc {
    pub kind: Option<Field<KindDesc>>,
    pub entries: Vec<EntryDesc>,
    pub extra: Vec<(Text, Field<Text>)>,
}

#[derive(Arbitrary, Debug, Clone)]
pub enum KindDesc {
    Log,
    Raw(String),
}

/// A journal entry: a date and (usually) one event, with the keys events take.
#[derive(Arbitrary, Debug, Clone)]
pub struct EntryDesc {
    pub date: Option<Field<DateDesc>>,
    pub events: Vec<(EventKey, Field<Name>)>,
    pub planned: Option<Field<DateDesc>>,
    pub note: Option<Field<Text>>,
    pub reason: Option<Field<Text>>,
    pub value: Option<Field<Text>>,
    pub source: Option<Field<Text>>,
    pub item: Option<Field<Text>>,
    pub by: Option<Field<Text>>,
}

#[derive(Arbitrary, Debug, Clone, Copy)]
pub enum EventKey {
    Held,
    Cancelled,
    Measured,
    PhaseStarted,
    PhaseCompleted,
    Checked,
    Ripple,
    Adapted,
    Other,
}

impl EventKey {
    fn key(self) -> &'static str {
        match self {
            EventKey::Held => "held",
            EventKey::Cancelled => "cancelled",
            EventKey::Measured => "measured",
            EventKey::PhaseStarted => "phase_started",
            EventKey::PhaseCompleted => "phase_completed",
            EventKey::Checked => "checked",
            EventKey::Ripple => "ripple",
            EventKey::Adapted => "adapted",
            EventKey::Other => "happened",
        }
    }
}

impl Yaml for KindDesc {
    fn yaml(&self) -> String {
        match self {
            KindDesc::Log => "log".into(),
            KindDesc::Raw(s) => q(s),
        }
    }
}

impl JournalDesc {
    fn write(&self, out: &mut Out) {
        if let Some(k) = &self.kind {
            out.kv(0, "kind", &k.yaml());
        }
        for (k, v) in &self.extra {
            out.kv(0, &k.yaml(), &v.yaml());
        }
        if self.entries.is_empty() {
            return;
        }
        out.text.push_str("entries:\n");
        for e in &self.entries {
            out.text.push_str("  -\n");
            out.opt(4, "date", &e.date);
            for (k, v) in &e.events {
                out.kv(4, k.key(), &v.yaml());
            }
            out.opt(4, "planned", &e.planned);
            out.opt(4, "note", &e.note);
            out.opt(4, "reason", &e.reason);
            out.opt(4, "value", &e.value);
            out.opt(4, "source", &e.source);
            out.opt(4, "item", &e.item);
            out.opt(4, "by", &e.by);
            if e.date.is_none() && e.events.is_empty() {
                out.kv(4, "note", "tom");
            }
        }
    }
}

#[derive(Arbitrary, Debug, Clone)]
pub struct PlanDesc {
    pub id: Field<Name>,
    pub title: Field<Text>,
    pub organisation: Option<Field<Text>>,
    pub language: Option<Field<LangCode>>,
    pub version: Option<Field<Text>>,
    pub start: Option<Field<DateDesc>>,
    pub horizon: Option<Field<Dur>>,
    pub roles: Vec<(Name, Role)>,
    pub phases: Vec<(Name, Phase)>,
    pub activities: Vec<(Name, Activity)>,
    pub goals: Vec<(Name, Goal)>,
    pub checklists: Vec<(Name, Checklist)>,
    pub stakeholders: Vec<(Name, Stakeholder)>,
    pub calendar: Option<Calendar>,
    pub allow: Vec<RuleName>,
    pub extra: Vec<(Text, Field<Text>)>,
    /// Parallel workstreams (issue 15): owner, members, dated states.
    pub tracks: Vec<(Name, Track)>,
}

#[derive(Arbitrary, Debug, Clone)]
pub struct Track {
    pub name: Option<Field<Text>>,
    pub owner: Option<Field<Name>>,
    pub members: Vec<Text>,
    pub purpose: Option<Field<Text>>,
    pub after: Vec<Name>,
    pub at: Option<Field<Dur>>,
    pub end: Option<Field<DateDesc>>,
    pub location: Option<Field<Text>>,
    /// `states: [{ from, state, into, reason }]`, the state a word of the pool.
    pub states: Vec<TrackState>,
}

/// One of a track's `states`: `from`, `state` (a word of the pool), `into`, `reason`.
pub type TrackState = (DateDesc, Field<u8>, Option<Name>, Option<Text>);

#[derive(Arbitrary, Debug, Clone)]
pub struct Role {
    pub name: Option<Field<Text>>,
    pub purpose: Option<Field<Text>>,
    pub owner: Vec<Text>,
    pub hours: Option<Field<Hours>>,
    pub mandate: Option<Field<Text>>,
    pub reports_to: Option<Field<Name>>,
    pub responsibilities: Vec<Text>,
    pub allow: Vec<RuleName>,
    pub extra: Vec<(Text, Field<Text>)>,
}

#[derive(Arbitrary, Debug, Clone)]
pub struct Phase {
    pub name: Option<Field<Text>>,
    pub after: Vec<Name>,
    pub duration: Option<Field<Dur>>,
    pub optional: Option<Field<bool>>,
    pub owner: Option<Field<Name>>,
    pub characteristics: Vec<Text>,
    pub exit_criteria: Vec<Text>,
    pub allow: Vec<RuleName>,
}

#[derive(Arbitrary, Debug, Clone)]
pub struct Activity {
    pub name: Option<Field<Text>>,
    pub phase: Option<Field<Name>>,
    pub phases: Vec<Name>,
    pub at: Option<Field<Dur>>,
    pub after: Option<Field<(Name, Option<Dur>)>>,
    pub every: Option<Field<Dur>>,
    pub date: Option<Field<DateDesc>>,
    pub length: Option<Field<LengthDesc>>,
    pub time: Option<Field<(u8, u8)>>,
    pub responsible: Option<Field<Name>>,
    pub participants: Vec<Name>,
    pub audience: Vec<Name>,
    pub channel: Option<Field<Text>>,
    pub purpose: Option<Field<Text>>,
    pub agenda: Vec<Text>,
    pub outputs: Vec<Text>,
    pub contributes_to: Vec<Name>,
    pub allow: Vec<RuleName>,
    /// The keys of issue 15: `after` as a list, `before`, `kind`, `location`,
    /// `optional`/`when`, `per: track`, `track`.
    pub after_list: Vec<(Name, Option<Dur>)>,
    pub before: Vec<(Name, Option<Dur>)>,
    pub kind: Option<Field<u8>>,
    pub location: Option<Field<Text>>,
    pub optional: Option<Field<bool>>,
    pub when: Option<Field<Text>>,
    pub per: Option<Field<bool>>,
    pub track: Option<Field<Name>>,
}

#[derive(Arbitrary, Debug, Clone)]
#[allow(clippy::type_complexity, reason = "the shape of the YAML it writes")]
pub struct Goal {
    pub statement: Option<Field<Text>>,
    pub kind: Option<Field<u8>>,
    pub term: Option<Field<bool>>,
    pub indicator: Option<Field<Text>>,
    pub baseline: Option<(
        Option<Field<Text>>,
        Option<Field<DateDesc>>,
        Option<Field<Text>>,
    )>,
    pub target: Option<(Option<Field<Text>>, Option<Field<DateDesc>>)>,
    pub owner: Option<Field<Name>>,
    pub phase: Option<Field<Name>>,
    pub allow: Vec<RuleName>,
    /// The goal chain and tracks (issue 15).
    pub contributes_to: Vec<Name>,
    pub level: Option<Field<u8>>,
    pub per: Option<Field<bool>>,
    pub track: Option<Field<Name>>,
}

#[derive(Arbitrary, Debug, Clone)]
pub struct Checklist {
    pub name: Option<Field<Text>>,
    pub phase: Option<Field<Name>>,
    pub owner: Option<Field<Name>>,
    pub items: Vec<Item>,
}

#[derive(Arbitrary, Debug, Clone)]
pub enum Item {
    Text(Text),
    Detail(Text, Option<Name>, Option<bool>),
}

#[derive(Arbitrary, Debug, Clone)]
pub struct Stakeholder {
    pub name: Option<Field<Text>>,
    pub description: Option<Field<Text>>,
}

#[derive(Arbitrary, Debug, Clone)]
pub struct Calendar {
    pub holidays: Option<Field<u8>>,
    pub closed: Vec<(DateDesc, Option<DateDesc>)>,
    /// `day_length` (a length in hours, or anything a length can be).
    pub day_length: Option<Field<LengthDesc>>,
}

/// A value of the right shape, or something else in its place.
#[derive(Arbitrary, Debug, Clone)]
pub enum Field<T> {
    Good(T),
    Wrong(Wrong),
}

#[derive(Arbitrary, Debug, Clone)]
pub enum Wrong {
    Int(i64),
    Float(f64),
    Bool(bool),
    Null,
    List(Vec<Text>),
    Map(Vec<(Text, Text)>),
    /// Unquoted YAML text (line breaks removed, so the damage stays on its line).
    Plain(String),
}

/// The sections entities live in (for `remove`).
#[derive(Arbitrary, Debug, Clone, Copy)]
pub enum Section {
    Roles,
    Phases,
    Activities,
    Goals,
    Checklists,
    Stakeholders,
}

/// An id: mostly from a small pool, so references find their targets.
#[derive(Arbitrary, Debug, Clone)]
pub enum Name {
    Pool(u8),
    Raw(String),
}

const NAMES: &[&str] = &[
    "leder",
    "superbruger",
    "beslutning",
    "i-gang",
    "forankring",
    "moede",
    "kickoff",
    "maal",
    "tjekliste",
    "borgere",
    "a",
    "b",
    "æble-øen",
    "x-1",
    "læringsmøde",
    "ab",
];

/// Text: mostly from a pool of ordinary and hostile strings.
#[derive(Arbitrary, Debug, Clone)]
pub enum Text {
    Pool(u8),
    Raw(String),
}

const TEXTS: &[&str] = &[
    "Implementering af ICS",
    "Børn og Familie — Åse Øberg",
    "<script>alert(1)</script>",
    "{{ 7 * 7 }} {% if true %}x{% endif %}",
    "]]><!--",
    "=HYPERLINK(\"https://example.invalid\";\"klik\")",
    "+1-2",
    "@SUM(A1)",
    "-2+3",
    "a;b,c\\d\ne\r\nf",
    "&amp; &lt; \" '",
    "",
    " ",
    "Læringsmøde hver 2. måned",
    "javascript:alert(1)",
    "\u{202e}reversed\u{0}nul\u{7}bell",
];

#[derive(Arbitrary, Debug, Clone)]
pub enum LangCode {
    Da,
    En,
    Sv,
    Raw(String),
}

/// A date: mostly near the plans' years, sometimes anywhere.
#[derive(Arbitrary, Debug, Clone)]
pub enum DateDesc {
    Near(u8, u8, u8),
    Any(u16, u8, u8),
    Raw(String),
}

/// A duration or interval in the plan language.
#[derive(Arbitrary, Debug, Clone)]
pub enum Dur {
    One(u16, Unit),
    Range(u16, u16, Unit),
    Ongoing(u8),
    Raw(String),
}

#[derive(Arbitrary, Debug, Clone)]
pub enum Unit {
    Pool(u8),
    Raw(String),
}

const UNITS: &[&str] = &[
    "day", "days", "week", "weeks", "month", "months", "year", "years", "dag", "dage", "uge",
    "uger", "måned", "måneder", "år", "vecka", "veckor", "månad", "månader", "hours", "minutes",
];

#[derive(Arbitrary, Debug, Clone)]
pub enum Hours {
    Per(u16, u8),
    Raw(String),
}

#[derive(Arbitrary, Debug, Clone)]
pub enum LengthDesc {
    Hours(u8, bool),
    Minutes(u16),
    Range(u8, u8),
    Raw(String),
    /// A length in working days (`2 dage`, `1-2 dagar`, `halvanden dag`).
    Days(u8, u8),
    /// A length in number words (`to timer`, `halvanden time`).
    Words(u8),
}

/// A rule name for `allow`: mostly real ones.
#[derive(Arbitrary, Debug, Clone)]
pub enum RuleName {
    Pool(u8),
    Raw(String),
}

const RULES: &[&str] = &[
    "role-without-owner",
    "unused-role",
    "momentum-gap",
    "phase-without-activities",
    "goal-without-baseline",
    "unknown-reference",
    "activity-outside-phase",
    "holiday-collision",
    "role-overloaded",
    "no-sustainment-phase",
    "not-a-rule",
];

fn pick<'a>(pool: &[&'a str], i: u8) -> &'a str {
    pool.get(usize::from(i) % pool.len()).copied().unwrap_or("")
}

/// A YAML double-quoted scalar (JSON strings are valid YAML).
fn q(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".into())
}

impl Name {
    fn text(&self) -> String {
        match self {
            Name::Pool(i) => pick(NAMES, *i).to_string(),
            Name::Raw(s) => s.clone(),
        }
    }
}

impl Text {
    fn text(&self) -> String {
        match self {
            Text::Pool(i) => pick(TEXTS, *i).to_string(),
            Text::Raw(s) => s.clone(),
        }
    }
}

/// Something that becomes one YAML value.
pub trait Yaml {
    fn yaml(&self) -> String;
}

impl Yaml for Name {
    fn yaml(&self) -> String {
        q(&self.text())
    }
}

impl Yaml for Text {
    fn yaml(&self) -> String {
        q(&self.text())
    }
}

impl Yaml for bool {
    fn yaml(&self) -> String {
        self.to_string()
    }
}

impl Yaml for u8 {
    fn yaml(&self) -> String {
        self.to_string()
    }
}

impl Yaml for LangCode {
    fn yaml(&self) -> String {
        match self {
            LangCode::Da => "da".into(),
            LangCode::En => "en".into(),
            LangCode::Sv => "sv".into(),
            LangCode::Raw(s) => q(s),
        }
    }
}

impl DateDesc {
    fn text(&self) -> String {
        match self {
            DateDesc::Near(y, m, d) => {
                format!(
                    "{:04}-{:02}-{:02}",
                    2024 + u16::from(*y % 8),
                    m % 13,
                    d % 32
                )
            }
            DateDesc::Any(y, m, d) => format!("{:04}-{:02}-{:02}", y % 10_000, m % 13, d % 32),
            DateDesc::Raw(s) => s.clone(),
        }
    }
}

impl Yaml for DateDesc {
    fn yaml(&self) -> String {
        match self {
            // Unquoted, as people write dates.
            DateDesc::Near(..) | DateDesc::Any(..) => self.text(),
            DateDesc::Raw(s) => q(s),
        }
    }
}

impl Unit {
    fn text(&self) -> String {
        match self {
            Unit::Pool(i) => pick(UNITS, *i).to_string(),
            Unit::Raw(s) => s.clone(),
        }
    }
}

impl Dur {
    fn text(&self) -> String {
        match self {
            Dur::One(n, u) => format!("{} {}", n % 400, u.text()),
            Dur::Range(a, b, u) => format!("{}-{} {}", a % 400, b % 400, u.text()),
            Dur::Ongoing(i) => pick(&["ongoing", "løbende", "löpande", "Ongoing"], *i).into(),
            Dur::Raw(s) => s.clone(),
        }
    }
}

impl Yaml for Dur {
    fn yaml(&self) -> String {
        q(&self.text())
    }
}

impl Yaml for (Name, Option<Dur>) {
    fn yaml(&self) -> String {
        match &self.1 {
            Some(d) => q(&format!("{} + {}", self.0.text(), d.text())),
            None => self.0.yaml(),
        }
    }
}

impl Yaml for Hours {
    fn yaml(&self) -> String {
        match self {
            Hours::Per(n, u) => q(&format!(
                "{} {}",
                n % 200,
                pick(
                    &[
                        "per week",
                        "per month",
                        "timer om ugen",
                        "pr. måned",
                        "tim per vecka",
                        "per year",
                        "per day"
                    ],
                    *u
                )
            )),
            Hours::Raw(s) => q(s),
        }
    }
}

impl Yaml for LengthDesc {
    fn yaml(&self) -> String {
        match self {
            LengthDesc::Hours(n, da) => q(&format!(
                "{} {}",
                n % 30,
                if *da { "timer" } else { "hours" }
            )),
            LengthDesc::Minutes(n) => q(&format!("{} minutes", n % 2000)),
            LengthDesc::Range(a, b) => q(&format!("{}-{} hours", a % 30, b % 30)),
            LengthDesc::Raw(s) => q(s),
            LengthDesc::Days(n, u) => q(&match u % 8 {
                0 => "halvanden dag".to_string(),
                1 => "en halv dag".to_string(),
                2 => format!("{}-{} dage", n % 4, n % 7),
                3 => "1 dag og 2 timer".to_string(),
                w => format!(
                    "{} {}",
                    n % 40,
                    pick(&["dage", "dagar", "days", "arbejdsdage"], w)
                ),
            }),
            LengthDesc::Words(i) => q(pick(
                &[
                    "to timer",
                    "halvanden time",
                    "1,5 timer",
                    "en halv time",
                    "1 time og 30 minutter",
                    "två timmar",
                    "7,4 timer",
                    "25 timer",
                ],
                *i,
            )),
        }
    }
}

impl Yaml for (u8, u8) {
    fn yaml(&self) -> String {
        q(&format!("{:02}:{:02}", self.0 % 26, self.1 % 62))
    }
}

impl Yaml for RuleName {
    fn yaml(&self) -> String {
        match self {
            RuleName::Pool(i) => q(pick(RULES, *i)),
            RuleName::Raw(s) => q(s),
        }
    }
}

impl<T: Yaml> Yaml for Field<T> {
    fn yaml(&self) -> String {
        match self {
            Field::Good(v) => v.yaml(),
            Field::Wrong(w) => match w {
                Wrong::Int(i) => i.to_string(),
                Wrong::Float(f) if f.is_finite() => format!("{f:?}"),
                Wrong::Float(_) => ".nan".into(),
                Wrong::Bool(b) => b.to_string(),
                Wrong::Null => "null".into(),
                Wrong::List(l) => list(l),
                Wrong::Map(m) => {
                    let items: Vec<String> = m
                        .iter()
                        .map(|(k, v)| format!("{}: {}", k.yaml(), v.yaml()))
                        .collect();
                    format!("{{ {} }}", items.join(", "))
                }
                Wrong::Plain(s) => {
                    let s: String = s.chars().filter(|c| *c != '\n' && *c != '\r').collect();
                    if s.trim().is_empty() { "~".into() } else { s }
                }
            },
        }
    }
}

fn list<T: Yaml>(items: &[T]) -> String {
    let items: Vec<String> = items.iter().map(Yaml::yaml).collect();
    format!("[{}]", items.join(", "))
}

/// Writes `key: value` lines at an indent.
struct Out {
    text: String,
}

impl Out {
    fn kv(&mut self, indent: usize, key: &str, value: &str) {
        let _ = writeln!(self.text, "{:indent$}{key}: {value}", "");
    }
    fn opt<T: Yaml>(&mut self, indent: usize, key: &str, value: &Option<T>) {
        if let Some(v) = value {
            self.kv(indent, key, &v.yaml());
        }
    }
    fn list<T: Yaml>(&mut self, indent: usize, key: &str, items: &[T]) {
        if !items.is_empty() {
            self.kv(indent, key, &list(items));
        }
    }
    fn entity(&mut self, name: &Name) {
        let _ = writeln!(self.text, "  {}:", name.yaml());
    }
}

impl PlanDesc {
    fn write(&self, out: &mut Out, model: bool, uses: Option<&str>, input: &Input) {
        if model {
            out.kv(0, "kind", "model");
        }
        out.kv(0, "id", &self.id.yaml());
        out.kv(0, "title", &self.title.yaml());
        out.opt(0, "organisation", &self.organisation);
        out.opt(0, "language", &self.language);
        out.opt(0, "version", &self.version);
        if let Some(path) = uses {
            match &input.version_pin {
                Some(v) => out.kv(
                    0,
                    "uses",
                    &format!("{{ path: {}, version: {} }}", q(path), v.yaml()),
                ),
                None => out.kv(0, "uses", path),
            }
            if !input.remove.is_empty() {
                out.text.push_str("remove:\n");
                for s in [
                    Section::Roles,
                    Section::Phases,
                    Section::Activities,
                    Section::Goals,
                    Section::Checklists,
                    Section::Stakeholders,
                ] {
                    let ids: Vec<&Name> = input
                        .remove
                        .iter()
                        .filter(|(r, _)| std::mem::discriminant(r) == std::mem::discriminant(&s))
                        .map(|(_, n)| n)
                        .collect();
                    if !ids.is_empty() {
                        let ids: Vec<String> = ids.iter().map(|n| n.yaml()).collect();
                        out.kv(2, section_key(s), &format!("[{}]", ids.join(", ")));
                    }
                }
            }
        }
        out.opt(0, "start", &self.start);
        out.opt(0, "horizon", &self.horizon);
        out.list(0, "allow", &self.allow);
        for (k, v) in &self.extra {
            out.kv(0, &k.yaml(), &v.yaml());
        }
        if !self.roles.is_empty() {
            out.text.push_str("roles:\n");
            for (id, r) in &self.roles {
                out.entity(id);
                out.opt(4, "name", &r.name);
                out.opt(4, "purpose", &r.purpose);
                out.list(4, "owner", &r.owner);
                out.opt(4, "hours", &r.hours);
                out.opt(4, "mandate", &r.mandate);
                out.opt(4, "reports_to", &r.reports_to);
                out.list(4, "responsibilities", &r.responsibilities);
                out.list(4, "allow", &r.allow);
                for (k, v) in &r.extra {
                    out.kv(4, &k.yaml(), &v.yaml());
                }
                if r.name.is_none() && r.owner.is_empty() && r.hours.is_none() {
                    out.kv(4, "name", "Rolle");
                }
            }
        }
        if !self.phases.is_empty() {
            out.text.push_str("phases:\n");
            for (id, p) in &self.phases {
                out.entity(id);
                out.opt(4, "name", &p.name);
                out.list(4, "after", &p.after);
                out.opt(4, "duration", &p.duration);
                out.opt(4, "optional", &p.optional);
                out.opt(4, "owner", &p.owner);
                out.list(4, "characteristics", &p.characteristics);
                out.list(4, "exit_criteria", &p.exit_criteria);
                out.list(4, "allow", &p.allow);
                if p.name.is_none() && p.duration.is_none() && p.after.is_empty() {
                    out.kv(4, "duration", "3 months");
                }
            }
        }
        if !self.activities.is_empty() {
            out.text.push_str("activities:\n");
            for (id, a) in &self.activities {
                out.entity(id);
                out.opt(4, "name", &a.name);
                out.opt(4, "phase", &a.phase);
                out.list(4, "phases", &a.phases);
                out.opt(4, "at", &a.at);
                out.opt(4, "after", &a.after);
                out.opt(4, "every", &a.every);
                out.opt(4, "date", &a.date);
                out.opt(4, "length", &a.length);
                out.opt(4, "time", &a.time);
                out.opt(4, "responsible", &a.responsible);
                out.list(4, "participants", &a.participants);
                out.list(4, "audience", &a.audience);
                out.opt(4, "channel", &a.channel);
                out.opt(4, "purpose", &a.purpose);
                out.list(4, "agenda", &a.agenda);
                out.list(4, "outputs", &a.outputs);
                out.list(4, "contributes_to", &a.contributes_to);
                out.list(4, "allow", &a.allow);
                if a.after.is_none() {
                    out.list(4, "after", &a.after_list);
                }
                if !a.before.is_empty() {
                    let items: Vec<String> = a
                        .before
                        .iter()
                        .map(|(n, d)| match d {
                            Some(d) => q(&format!("{} - {}", n.text(), d.text())),
                            None => n.yaml(),
                        })
                        .collect();
                    out.kv(4, "before", &format!("[{}]", items.join(", ")));
                }
                if let Some(k) = &a.kind {
                    let v = match k {
                        Field::Good(i) => q(pick(
                            &[
                                "meeting",
                                "communication",
                                "milestone",
                                "deliverable",
                                "møde",
                                "kommunikation",
                                "milepæl",
                                "leverance",
                                "möte",
                                "milstolpe",
                                "leverans",
                                "party",
                            ],
                            *i,
                        )),
                        w => w.yaml(),
                    };
                    out.kv(4, "kind", &v);
                }
                out.opt(4, "location", &a.location);
                out.opt(4, "optional", &a.optional);
                out.opt(4, "when", &a.when);
                if let Some(p) = &a.per {
                    let v = match p {
                        Field::Good(true) => q("track"),
                        Field::Good(false) => q("spor"),
                        w => w.yaml(),
                    };
                    out.kv(4, "per", &v);
                }
                out.opt(4, "track", &a.track);
                if a.name.is_none() && a.phase.is_none() && a.phases.is_empty() {
                    out.kv(4, "name", "Møde");
                }
            }
        }
        if !self.goals.is_empty() {
            out.text.push_str("goals:\n");
            for (id, g) in &self.goals {
                out.entity(id);
                out.opt(4, "statement", &g.statement);
                if let Some(k) = &g.kind {
                    let v = match k {
                        Field::Good(i) => q(pick(
                            &[
                                "quantitative",
                                "kvalitativ",
                                "hypotese",
                                "hypotes",
                                "kvantitativt",
                                "other",
                            ],
                            *i,
                        )),
                        w => w.yaml(),
                    };
                    out.kv(4, "kind", &v);
                }
                if let Some(t) = &g.term {
                    let v = match t {
                        Field::Good(long) => q(if *long { "long" } else { "kort" }),
                        w => w.yaml(),
                    };
                    out.kv(4, "term", &v);
                }
                out.opt(4, "indicator", &g.indicator);
                if let Some((value, date, source)) = &g.baseline {
                    out.kv(4, "baseline", "");
                    out.opt(6, "value", value);
                    out.opt(6, "date", date);
                    out.opt(6, "source", source);
                }
                if let Some((value, by)) = &g.target {
                    out.kv(4, "target", "");
                    out.opt(6, "value", value);
                    out.opt(6, "by", by);
                }
                out.opt(4, "owner", &g.owner);
                out.opt(4, "phase", &g.phase);
                out.list(4, "allow", &g.allow);
                out.list(4, "contributes_to", &g.contributes_to);
                if let Some(l) = &g.level {
                    let v = match l {
                        Field::Good(i) => q(pick(
                            &[
                                "process",
                                "result",
                                "procesmål",
                                "resultatmål",
                                "processmål",
                                "resultat",
                                "impact",
                            ],
                            *i,
                        )),
                        w => w.yaml(),
                    };
                    out.kv(4, "level", &v);
                }
                if let Some(p) = &g.per {
                    let v = match p {
                        Field::Good(true) => q("track"),
                        Field::Good(false) => q("spår"),
                        w => w.yaml(),
                    };
                    out.kv(4, "per", &v);
                }
                out.opt(4, "track", &g.track);
                if g.statement.is_none() && g.owner.is_none() {
                    out.kv(4, "statement", "Et mål");
                }
            }
        }
        if !self.checklists.is_empty() {
            out.text.push_str("checklists:\n");
            for (id, c) in &self.checklists {
                out.entity(id);
                out.opt(4, "name", &c.name);
                out.opt(4, "phase", &c.phase);
                out.opt(4, "owner", &c.owner);
                if !c.items.is_empty() {
                    out.kv(4, "items", "");
                    for item in &c.items {
                        match item {
                            Item::Text(t) => {
                                let _ = writeln!(out.text, "      - {}", t.yaml());
                            }
                            Item::Detail(t, owner, done) => {
                                let _ = writeln!(out.text, "      - text: {}", t.yaml());
                                out.opt(8, "owner", owner);
                                out.opt(8, "done", done);
                            }
                        }
                    }
                }
                if c.name.is_none() && c.items.is_empty() {
                    out.kv(4, "name", "Tjekliste");
                }
            }
        }
        if !self.stakeholders.is_empty() {
            out.text.push_str("stakeholders:\n");
            for (id, s) in &self.stakeholders {
                out.entity(id);
                out.opt(4, "name", &s.name);
                out.opt(4, "description", &s.description);
                if s.name.is_none() && s.description.is_none() {
                    out.kv(4, "name", "Interessent");
                }
            }
        }
        if let Some(c) = &self.calendar {
            out.text.push_str("calendar:\n");
            if let Some(h) = &c.holidays {
                let v = match h {
                    Field::Good(i) => q(pick(&["dk", "se", "none", "no"], *i)),
                    w => w.yaml(),
                };
                out.kv(2, "holidays", &v);
            }
            if !c.closed.is_empty() {
                let items: Vec<String> = c
                    .closed
                    .iter()
                    .map(|(a, b)| match b {
                        Some(b) => q(&format!("{}..{}", a.text(), b.text())),
                        None => q(&a.text()),
                    })
                    .collect();
                out.kv(2, "closed", &format!("[{}]", items.join(", ")));
            }
            out.opt(2, "day_length", &c.day_length);
        }
        if !self.tracks.is_empty() {
            out.text.push_str("tracks:\n");
            for (id, t) in &self.tracks {
                out.entity(id);
                out.opt(4, "name", &t.name);
                out.opt(4, "owner", &t.owner);
                out.list(4, "members", &t.members);
                out.opt(4, "purpose", &t.purpose);
                out.list(4, "after", &t.after);
                out.opt(4, "at", &t.at);
                out.opt(4, "end", &t.end);
                out.opt(4, "location", &t.location);
                if !t.states.is_empty() {
                    out.kv(4, "states", "");
                    for (from, state, into, reason) in &t.states {
                        let state = match state {
                            Field::Good(i) => q(pick(
                                &[
                                    "active",
                                    "standby",
                                    "closed",
                                    "merged",
                                    "new",
                                    "i bero",
                                    "lukket",
                                    "vilande",
                                    "sammenlagt",
                                    "ny",
                                    "paused",
                                ],
                                *i,
                            )),
                            w => w.yaml(),
                        };
                        let _ = writeln!(out.text, "      - from: {}", from.yaml());
                        out.kv(8, "state", &state);
                        out.opt(8, "into", into);
                        out.opt(8, "reason", reason);
                    }
                }
                if t.name.is_none() && t.owner.is_none() {
                    out.kv(4, "name", "Platform");
                }
            }
        }
    }
}

fn section_key(s: Section) -> &'static str {
    match s {
        Section::Roles => "roles",
        Section::Phases => "phases",
        Section::Activities => "activities",
        Section::Goals => "goals",
        Section::Checklists => "checklists",
        Section::Stakeholders => "stakeholders",
    }
}

impl Input {
    /// The input as text for [`pipeline::check_bytes`]: the plan, then the model.
    pub fn to_yaml(&self) -> String {
        let mut out = Out {
            text: String::new(),
        };
        let uses = self.model.as_ref().map(|_| "model.yaml");
        self.plan.write(&mut out, false, uses, self);
        if let Some(m) = &self.model {
            let _ = writeln!(out.text, "{}model.yaml", pipeline::MODEL_MARKER);
            m.write(&mut out, true, None, self);
        }
        if let Some(j) = &self.journal {
            let _ = writeln!(
                out.text,
                "{}{}",
                pipeline::MODEL_MARKER,
                pipeline::JOURNAL_BESIDE
            );
            j.write(&mut out);
        }
        out.text
    }
}

/// A structured plan made large (`render_large`): `grow` applied in order.
#[derive(Arbitrary, Debug, Clone)]
pub struct Large {
    pub input: Input,
    pub grow: Vec<Grow>,
}

/// One way of making a plan large.
#[derive(Arbitrary, Debug, Clone)]
pub enum Grow {
    /// A text field of `unit` repeated to a length ([`length`]).
    Text(TextField, Text, u32),
    /// A list of `n` items, written on one line.
    List(ListField, Text, u16),
    /// `n` copies of the section's first entity, with fresh ids.
    Copies(Section, u16),
    /// An activity every day, over an ongoing phase and a horizon of `years`.
    Daily(u8, u8),
    /// `n` unknown keys at the top of the plan (a finding each), or on one line.
    Unknown(Text, u16, bool),
}

#[derive(Arbitrary, Debug, Clone, Copy)]
pub enum TextField {
    Title,
    Organisation,
    RoleName(u8),
    RolePurpose(u8),
    Mandate(u8),
    PhaseName(u8),
    ActivityName(u8),
    ActivityPurpose(u8),
    Channel(u8),
    Statement(u8),
    Extra,
}

#[derive(Arbitrary, Debug, Clone, Copy)]
pub enum ListField {
    Owners(u8),
    Responsibilities(u8),
    ExitCriteria(u8),
    Agenda(u8),
    Participants(u8),
    JournalEntries,
}

/// A length for a grown text: mostly at the text limits (names 200, texts 1,000, prose
/// 5,000 characters) and the old miette column limit, sometimes anything up to 1 MiB.
pub fn length(n: u32) -> usize {
    const AT: &[usize] = &[
        199, 200, 201, 999, 1_000, 1_001, 4_999, 5_000, 5_001, 65_535, 65_536, 70_000,
    ];
    if n.is_multiple_of(4) {
        (n as usize >> 2) % (1 << 20)
    } else {
        AT[(n as usize >> 2) % AT.len()]
    }
}

/// The grown input is kept under this many bytes of YAML (a quarter of the 16 MiB
/// file limit keeps a run under a few seconds).
pub const LARGE_MAX: usize = 4 << 20;

fn long_text(unit: &Text, n: usize) -> Text {
    let mut u = unit.text();
    if u.is_empty() {
        u = "x".into();
    }
    let chars: Vec<char> = u.chars().collect();
    Text::Raw(chars.iter().cycle().take(n).collect())
}

fn nth<T>(v: &mut [(Name, T)], i: u8) -> Option<&mut T> {
    let len = v.len();
    if len == 0 {
        return None;
    }
    v.get_mut(usize::from(i) % len).map(|(_, t)| t)
}

impl Large {
    /// The plan with its growth, as YAML.
    pub fn to_yaml(&self) -> String {
        let mut input = self.input.clone();
        let mut budget = LARGE_MAX;
        for g in self.grow.iter().take(6) {
            let p = &mut input.plan;
            match g {
                Grow::Text(field, unit, n) => {
                    let n = length(*n).min(budget);
                    budget -= n;
                    let t = Field::Good(long_text(unit, n));
                    match field {
                        TextField::Title => p.title = t,
                        TextField::Organisation => p.organisation = Some(t),
                        TextField::RoleName(i) => {
                            if let Some(r) = nth(&mut p.roles, *i) {
                                r.name = Some(t);
                            }
                        }
                        TextField::RolePurpose(i) => {
                            if let Some(r) = nth(&mut p.roles, *i) {
                                r.purpose = Some(t);
                            }
                        }
                        TextField::Mandate(i) => {
                            if let Some(r) = nth(&mut p.roles, *i) {
                                r.mandate = Some(t);
                            }
                        }
                        TextField::PhaseName(i) => {
                            if let Some(x) = nth(&mut p.phases, *i) {
                                x.name = Some(t);
                            }
                        }
                        TextField::ActivityName(i) => {
                            if let Some(a) = nth(&mut p.activities, *i) {
                                a.name = Some(t);
                            }
                        }
                        TextField::ActivityPurpose(i) => {
                            if let Some(a) = nth(&mut p.activities, *i) {
                                a.purpose = Some(t);
                            }
                        }
                        TextField::Channel(i) => {
                            if let Some(a) = nth(&mut p.activities, *i) {
                                a.channel = Some(t);
                            }
                        }
                        TextField::Statement(i) => {
                            if let Some(g) = nth(&mut p.goals, *i) {
                                g.statement = Some(t);
                            }
                        }
                        TextField::Extra => p.extra.push((Text::Raw("note".into()), t)),
                    }
                }
                Grow::List(field, unit, n) => {
                    let n = usize::from(*n) % 5_000;
                    budget = budget.saturating_sub(n * 8);
                    let items: Vec<Text> = (0..n).map(|_| unit.clone()).collect();
                    match field {
                        ListField::Owners(i) => {
                            if let Some(r) = nth(&mut p.roles, *i) {
                                r.owner = items;
                            }
                        }
                        ListField::Responsibilities(i) => {
                            if let Some(r) = nth(&mut p.roles, *i) {
                                r.responsibilities = items;
                            }
                        }
                        ListField::ExitCriteria(i) => {
                            if let Some(x) = nth(&mut p.phases, *i) {
                                x.exit_criteria = items;
                            }
                        }
                        ListField::Agenda(i) => {
                            if let Some(a) = nth(&mut p.activities, *i) {
                                a.agenda = items;
                            }
                        }
                        ListField::Participants(i) => {
                            let names: Vec<Name> = (0..n).map(|k| Name::Pool(k as u8)).collect();
                            if let Some(a) = nth(&mut p.activities, *i) {
                                a.participants = names;
                            }
                        }
                        ListField::JournalEntries => {
                            if let Some(j) = &mut input.journal
                                && let Some(first) = j.entries.first().cloned()
                            {
                                j.entries.extend(std::iter::repeat_n(first, n));
                            }
                        }
                    }
                }
                Grow::Copies(section, n) => {
                    let n = usize::from(*n) % 2_000;
                    budget = budget.saturating_sub(n * 64);
                    fn copies<T: Clone>(v: &mut Vec<(Name, T)>, n: usize, prefix: &str) {
                        if let Some((_, first)) = v.first().cloned() {
                            v.extend(
                                (0..n).map(|k| (Name::Raw(format!("{prefix}-{k}")), first.clone())),
                            );
                        }
                    }
                    match section {
                        Section::Roles => copies(&mut p.roles, n, "rolle"),
                        Section::Phases => copies(&mut p.phases, n, "fase"),
                        Section::Activities => copies(&mut p.activities, n, "aktivitet"),
                        Section::Goals => copies(&mut p.goals, n, "maal"),
                        Section::Checklists => copies(&mut p.checklists, n, "tjek"),
                        Section::Stakeholders => copies(&mut p.stakeholders, n, "interessent"),
                    }
                }
                Grow::Daily(i, years) => {
                    let day = Dur::One(1, Unit::Pool(0));
                    if let Some(a) = nth(&mut p.activities, *i) {
                        a.every = Some(Field::Good(day));
                        a.at = None;
                        a.after = None;
                        a.date = None;
                    }
                    p.horizon = Some(Field::Good(Dur::One(
                        1 + u16::from(*years % 60),
                        Unit::Pool(7),
                    )));
                }
                Grow::Unknown(unit, n, one_line) => {
                    let n = usize::from(*n) % 5_000;
                    budget = budget.saturating_sub(n * 16);
                    let key = unit.text().chars().take(20).collect::<String>();
                    if *one_line {
                        let pairs: Vec<(Text, Text)> = (0..n)
                            .map(|k| (Text::Raw(format!("{key}-{k}")), Text::Pool(k as u8)))
                            .collect();
                        p.extra
                            .push((Text::Raw("bogus".into()), Field::Wrong(Wrong::Map(pairs))));
                    } else {
                        p.extra.extend((0..n).map(|k| {
                            (
                                Text::Raw(format!("{key}-{k}")),
                                Field::Good(Text::Pool(k as u8)),
                            )
                        }));
                    }
                }
            }
        }
        input.to_yaml()
    }
}
