//! The journal (`kind: log`): what actually happened, recorded beside the plan.
//!
//! Declared with the plan language's [`mapping!`](crate::model) machinery, so the
//! JSON Schema (`schemas/log.schema.json`), the known keys and the converter come
//! from one declaration, and loaded with spans like a plan: every problem is a
//! typed finding of the loader, and loading never stops at the first one.
//!
//! A journal is found by the caller (the CLI reads files): `<plan-file-stem>.log.yaml`
//! beside the plan, or the paths in the plan's `log:` key. The core only converts the
//! text it is handed ([`load`]) and asks a [`JournalSource`] for the files.

use crate::diag::{Diagnostic, Lang};
use crate::messages::LoadMsg;
use crate::messages::load::ValueKind;
use crate::model::{
    Cx, Date, Declared, Field, FromNode, KeyInfo, List, Merge, MergeField, RefField, RefValue,
    Refers, S, Text, Written, mapping,
};
use crate::span::{FileId, SourceMap, Span, Spanned};
use crate::yaml::{self, Node, NodeKind};
use schemars::JsonSchema;
use serde::Serialize;
use std::borrow::Cow;

/// The keys of an entry that name its event; an entry has exactly one.
pub const EVENT_KEYS: &[&str] = &[
    "held",
    "cancelled",
    "measured",
    "phase_started",
    "phase_completed",
    "checked",
    "ripple",
    "adapted",
];

/// `kind: log`, the one kind a journal has.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum LogKind {
    #[default]
    Log,
}

impl FromNode for LogKind {
    fn from_node(node: &Node, cx: &mut Cx) -> Option<Self> {
        match &node.kind {
            NodeKind::Str(s) if *s == "log" => Some(LogKind::Log),
            NodeKind::Str(s) => {
                cx.report(
                    LoadMsg::NotALog {
                        kind: s.to_string(),
                    },
                    &[node.span],
                );
                None
            }
            _ => {
                cx.wrong_type(node, ValueKind::Str);
                None
            }
        }
    }
}

impl JsonSchema for LogKind {
    fn schema_name() -> Cow<'static, str> {
        "LogKind".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({ "type": "string", "const": "log", "description": "Always `log`: this file is a plan's journal." })
    }
}

mapping! {
    /// One thing that happened: a `date` and exactly one event key (`held`,
    /// `cancelled`, `measured`, `phase_started`, `phase_completed`, `checked`,
    /// `ripple`, `adapted`) with the keys that event takes.
    pub struct Entry ("a journal entry") {
        /// The day it happened, `YYYY-MM-DD`.
        pub date: Option<Spanned<Date>> [required],
        /// An activity (id) held on `date`.
        pub held: Option<S> => Activities,
        /// An activity (id) whose planned occurrence was cancelled (give a `reason`).
        pub cancelled: Option<S> => Activities,
        /// A goal (id) measured on `date` (give the `value` and its `source`).
        pub measured: Option<S> => Goals,
        /// A phase (id) that started on `date`.
        pub phase_started: Option<S> => Phases,
        /// A phase (id) completed on `date`.
        pub phase_completed: Option<S> => Phases,
        /// A checklist (id) whose `item` was done on `date`.
        pub checked: Option<S> => Checklists,
        /// A ripple effect (ringe i vandet): a benefit beyond the goals, in one sentence.
        pub ripple: Option<S>,
        /// An adaptation of the plan, in one sentence (give a `reason`).
        pub adapted: Option<S>,
        /// `held`/`cancelled`: the planned date of the occurrence, when it was held on another day.
        pub planned: Option<Spanned<Date>>,
        /// A note about the event.
        pub note: Option<S>,
        /// Why: a cancellation or an adaptation.
        pub reason: Option<S>,
        /// `measured`: the value, e.g. `48 %`.
        pub value: Option<Spanned<Text>>,
        /// `measured`: where the figure comes from.
        pub source: Option<S>,
        /// `checked`: the checklist item, by 1-based number or its text.
        pub item: Option<Spanned<Text>>,
        /// `ripple`: who noticed it.
        pub by: Option<S>,
    }
}

mapping! {
    /// A plan's journal: what actually happened, entry by entry, in any order.
    pub struct Journal ("the journal") {
        /// Always `log`.
        pub kind: Option<Spanned<LogKind>> [required],
        /// The entries, in any order.
        pub entries: Option<List<Spanned<Entry>>>,
    }
}

/// What an entry records.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Event<'a> {
    Held(&'a S),
    Cancelled(&'a S),
    Measured(&'a S),
    PhaseStarted(&'a S),
    PhaseCompleted(&'a S),
    Checked(&'a S),
    Ripple(&'a S),
    Adapted(&'a S),
}

impl Entry {
    /// The entry's events as written (one, unless the loader reported the entry).
    pub fn events(&self) -> Vec<(&'static str, Event<'_>)> {
        let all = [
            ("held", self.held.as_ref().map(Event::Held)),
            ("cancelled", self.cancelled.as_ref().map(Event::Cancelled)),
            ("measured", self.measured.as_ref().map(Event::Measured)),
            (
                "phase_started",
                self.phase_started.as_ref().map(Event::PhaseStarted),
            ),
            (
                "phase_completed",
                self.phase_completed.as_ref().map(Event::PhaseCompleted),
            ),
            ("checked", self.checked.as_ref().map(Event::Checked)),
            ("ripple", self.ripple.as_ref().map(Event::Ripple)),
            ("adapted", self.adapted.as_ref().map(Event::Adapted)),
        ];
        all.into_iter()
            .filter_map(|(k, e)| e.map(|e| (k, e)))
            .collect()
    }
    /// The one event of a valid entry (the first of [`Entry::events`], without
    /// collecting them: the follow-up and its rules ask every entry for it).
    pub fn event(&self) -> Option<Event<'_>> {
        self.held
            .as_ref()
            .map(Event::Held)
            .or_else(|| self.cancelled.as_ref().map(Event::Cancelled))
            .or_else(|| self.measured.as_ref().map(Event::Measured))
            .or_else(|| self.phase_started.as_ref().map(Event::PhaseStarted))
            .or_else(|| self.phase_completed.as_ref().map(Event::PhaseCompleted))
            .or_else(|| self.checked.as_ref().map(Event::Checked))
            .or_else(|| self.ripple.as_ref().map(Event::Ripple))
            .or_else(|| self.adapted.as_ref().map(Event::Adapted))
    }
}

impl Event<'_> {
    /// The event's value: an id, or the text of a ripple or an adaptation.
    pub fn value(&self) -> &S {
        match self {
            Event::Held(s)
            | Event::Cancelled(s)
            | Event::Measured(s)
            | Event::PhaseStarted(s)
            | Event::PhaseCompleted(s)
            | Event::Checked(s)
            | Event::Ripple(s)
            | Event::Adapted(s) => s,
        }
    }
}

/// One journal file, loaded.
#[derive(Clone, Debug, Default)]
pub struct LoadedJournal {
    pub file: FileId,
    pub journal: Journal,
    pub diags: Vec<Diagnostic>,
}

/// Load the journal in `file`, with every finding of the loader (never stops at the
/// first). Messages in `lang`.
///
/// The entries are converted while the parser reads, as a plan's sections are (see
/// `load.rs`): each entry's subtree is built, turned into its [`Entry`], checked and
/// freed before the next is read, so a big journal's tree is never whole in memory.
/// Same entries, same findings in the same order as converting a whole tree
/// ([`Journal::from_node`]); a test compares the two.
pub fn load(sources: &SourceMap, file: FileId, lang: Lang) -> LoadedJournal {
    let Some(src) = sources.get(file) else {
        return LoadedJournal {
            file,
            ..Default::default()
        };
    };
    STREAM_LANG.with(|l| l.set(lang));
    let doc: Doc = match yaml::parse_as(file, src, lang) {
        Ok(d) => d,
        Err(d) => {
            return LoadedJournal {
                file,
                journal: Journal::default(),
                diags: vec![d],
            };
        }
    };
    let Doc { root, streamed } = doc;
    let mut cx = Cx::new(lang);
    let top = match &root.kind {
        NodeKind::Map(m) => m.first().map(|(k, _)| k.span),
        _ => None,
    }
    .unwrap_or(Span::new(file, 0, 0));
    let (journal, checks) = convert(&root, streamed, &mut cx);
    drop(root);
    for key in journal.missing() {
        cx.report(missing(key, "log"), &[top]);
    }
    let mut diags = cx.into_diags();
    diags.extend(checks);
    LoadedJournal {
        file,
        journal,
        diags,
    }
}

/// [`Journal::from_node`] (the `mapping!` conversion, key by key in file order) with
/// the entries read while parsing put in their place: the same findings in the same
/// order. Also returns the entries' own findings ([`check_entry`]), which come after
/// the journal's `missing-key`.
fn convert(root: &Node, streamed: Option<Streamed>, cx: &mut Cx) -> (Journal, Vec<Diagnostic>) {
    let mut streamed = streamed;
    let mut checks = Vec::new();
    let Some(entries) = cx.entries(root, "the journal") else {
        return (Journal::default(), checks);
    };
    let mut out = Journal::default();
    for (key, value) in entries {
        let Some(i) = Journal::KEYS.iter().position(|k| *k == key.value) else {
            cx.unknown_key(&key.map(str::to_string), Journal::KEYS, "the journal");
            continue;
        };
        let info = <Journal as Declared>::INFO.get(i);
        // The first `entries` key is the one read while parsing (`cx.entries` reports
        // and skips the others); its value stands in the tree as an empty list.
        let mut read = match key.value {
            "entries" => streamed.take(),
            _ => None,
        };
        if !matches!(value.kind, NodeKind::Null) {
            out.written |= 1u32 << i;
            match read.as_mut() {
                // A text item over the limit drops the whole list (`within_limit`).
                Some(r) if !r.too_long.is_empty() => {
                    cx.diags.append(&mut r.too_long);
                    continue;
                }
                Some(_) => {}
                None => {
                    if let Some(info) = info
                        && !crate::model::declared_value_ok(info, value, cx)
                    {
                        continue;
                    }
                }
            }
        }
        match (key.value, read) {
            ("entries", Some(r)) => {
                cx.diags.extend(r.diags);
                checks = r.checks;
                out.entries = Some(List(r.entries));
            }
            ("entries", None) => {
                Field::set(&mut out.entries, value, cx);
                let mut ecx = Cx::new(cx.lang);
                for entry in crate::model::strs(&out.entries) {
                    check_entry(entry, &mut ecx);
                }
                checks = ecx.into_diags();
            }
            _ => Field::set(&mut out.kind, value, cx),
        }
    }
    (out, checks)
}

thread_local! {
    /// The message language while a journal is read (set by [`load`]).
    static STREAM_LANG: std::cell::Cell<Lang> = const { std::cell::Cell::new(Lang::En) };
}

/// A journal file as the parser reads it: the top-level mapping as a tree, except the
/// list under `entries`, whose entries are converted one by one while the parser goes
/// on ([`Streamed`]; the tree has an empty list in its place).
struct Doc<'a> {
    root: Node<'a>,
    streamed: Option<Streamed>,
}

/// The entries of the journal's `entries` list, converted while parsing, and what
/// converting them found.
#[derive(Default)]
struct Streamed {
    entries: Vec<Spanned<Entry>>,
    /// The conversion's findings, in file order (what `Journal::from_node` reports
    /// for the list).
    diags: Vec<Diagnostic>,
    /// Each entry's own rules ([`check_entry`]), in file order.
    checks: Vec<Diagnostic>,
    /// Text items longer than the text limit: the list's value is then dropped and
    /// these are its only findings, as `declared_value_ok` does for a whole list.
    too_long: Vec<Diagnostic>,
}

impl<'de> serde::Deserialize<'de> for Doc<'de> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde::de::DeserializeSeed;
        let ((kind, streamed), span) = yaml::WithSpan(RootSeed).deserialize(d)?;
        Ok(Doc {
            root: Node { kind, span },
            streamed,
        })
    }
}

/// The top-level value: a mapping whose first `entries` is read by [`EntriesSeed`];
/// any other value is a plain tree (and a finding of the conversion).
struct RootSeed;

impl<'de> serde::de::DeserializeSeed<'de> for RootSeed {
    type Value = (NodeKind<'de>, Option<Streamed>);
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
}

fn tree_root(kind: NodeKind<'_>) -> (NodeKind<'_>, Option<Streamed>) {
    (kind, None)
}

impl<'de> serde::de::Visitor<'de> for RootSeed {
    type Value = (NodeKind<'de>, Option<Streamed>);
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a journal")
    }
    yaml::scalars_to_tree!(tree_root);
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
        yaml::KindVisitor.visit_seq(seq).map(tree_root)
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut streamed = None;
        let mut seen_entries = false;
        let mut entries = Vec::new();
        while let Some(key) = map.next_key::<Node>()? {
            let value = if !seen_entries && key.as_str() == Some("entries") {
                seen_entries = true;
                let (value, span) = map.next_value_seed(yaml::WithSpan(EntriesSeed))?;
                let kind = match value {
                    Read::Tree(kind) => kind,
                    Read::Streamed(s) => {
                        streamed = Some(s);
                        NodeKind::Seq(Vec::new())
                    }
                };
                Node { kind, span }
            } else {
                map.next_value()?
            };
            entries.push((key, value));
        }
        entries.shrink_to_fit();
        Ok((NodeKind::Map(entries), streamed))
    }
}

/// The most entries one journal has: weekly entries for 40 activities over 50 years
/// fit; a 16 MiB file of `- {}` lines would be 2.8 million.
pub const MAX_ENTRIES: usize = 200_000;

/// The value of `entries`: a list is converted entry by entry while it is read;
/// anything else is kept as a tree for the conversion to read (and report).
struct EntriesSeed;

enum Read<'a> {
    Tree(NodeKind<'a>),
    Streamed(Streamed),
}

impl<'de> serde::de::DeserializeSeed<'de> for EntriesSeed {
    type Value = Read<'de>;
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> serde::de::Visitor<'de> for EntriesSeed {
    type Value = Read<'de>;
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a list of journal entries")
    }
    yaml::scalars_to_tree!(Read::Tree);
    fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        yaml::KindVisitor.visit_map(map).map(Read::Tree)
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let lang = STREAM_LANG.with(|l| l.get());
        let entries_key = <Journal as Declared>::INFO
            .iter()
            .find(|k| k.key == "entries");
        let mut s = Streamed::default();
        let mut cx = Cx::new(lang);
        let mut checks = Cx::new(lang);
        let mut limits = Cx::new(lang);
        let mut read = 0usize;
        while let Some(item) = seq.next_element::<Node>()? {
            // Past the limit, entries are parsed (the YAML must still be valid) but
            // not built: one finding at the first one not read.
            if read >= MAX_ENTRIES {
                if read == MAX_ENTRIES {
                    let msg = LoadMsg::TooManyLogEntries { limit: MAX_ENTRIES };
                    cx.diags.push(Diagnostic::report(msg, &[item.span], lang));
                    read += 1;
                }
                continue;
            }
            read += 1;
            // The text limit of the list's key, item by item (`within_limit`).
            if let Some(info) = entries_key
                && matches!(item.kind, NodeKind::Str(_))
            {
                crate::model::declared_value_ok(info, &item, &mut limits);
            }
            // Once an item is over the limit the list is dropped: the rest is only read
            // for the limit's findings.
            if !limits.is_clean() {
                continue;
            }
            if let Some(entry) = <Spanned<Entry> as FromNode>::from_node(&item, &mut cx) {
                check_entry(&entry, &mut checks);
                s.entries.push(entry);
            }
        }
        if !limits.is_clean() {
            s.entries = Vec::new();
            cx = Cx::new(lang);
            checks = Cx::new(lang);
        }
        s.diags = cx.into_diags();
        s.checks = checks.into_diags();
        s.too_long = limits.into_diags();
        Ok(Read::Streamed(s))
    }
}

fn missing(key: &str, mapping: &str) -> LoadMsg {
    LoadMsg::MissingKey {
        key: key.to_string(),
        mapping: mapping.to_string(),
        id: None,
    }
}

/// An entry's own rules: its required keys, exactly one event, ids written as ids.
fn check_entry(entry: &Spanned<Entry>, cx: &mut Cx) {
    for key in entry.missing() {
        cx.report(missing(key, "entries"), &[entry.span]);
    }
    let events = entry.events();
    let written_event = EVENT_KEYS.iter().any(|k| entry.wrote(k));
    match events.as_slice() {
        [] if !written_event => cx.report(
            LoadMsg::LogEntryWithoutEvent { known: EVENT_KEYS },
            &[entry.span],
        ),
        [(first, a), (second, b), ..] => cx.report(
            LoadMsg::LogEntryTwoEvents {
                first: first.to_string(),
                second: second.to_string(),
            },
            &[b.value().span, a.value().span],
        ),
        _ => {}
    }
    entry.each_reference(&mut |key, target, v| {
        if !crate::model::is_valid_id(v.id) {
            let finding = LoadMsg::InvalidReference {
                key: key.to_string(),
                id: v.id.to_string(),
                target: target.key().to_string(),
            };
            cx.report(finding, &[v.span]);
        }
    });
}

/// Where the CLI finds a plan's journals (the core reads no files).
pub trait JournalSource {
    /// The journal at `path` (as written in `log:`, relative to the plan `from`),
    /// added to `sources`; or why it cannot be read.
    fn load(&mut self, sources: &mut SourceMap, from: FileId, path: &str)
    -> Result<FileId, String>;
    /// The journal beside the plan (`<stem>.log.yaml`), when there is one; `Err` when
    /// it exists but cannot be read (with the path shown and why).
    fn beside(
        &mut self,
        sources: &mut SourceMap,
        plan: FileId,
    ) -> Result<Option<FileId>, (String, String)>;
}

/// A source with no journals (callers that have no files).
pub struct NoJournals;

impl JournalSource for NoJournals {
    fn load(&mut self, _: &mut SourceMap, _: FileId, _: &str) -> Result<FileId, String> {
        Err("journals cannot be loaded here".into())
    }
    fn beside(&mut self, _: &mut SourceMap, _: FileId) -> Result<Option<FileId>, (String, String)> {
        Ok(None)
    }
}

/// The journals of a plan: `log:` when written (each path loaded through `source`,
/// an unreadable one a `log-unavailable` finding at its path), else the one beside
/// the plan. A model's `log:` is a finding and no journal is read.
pub fn find(
    sources: &mut SourceMap,
    plan_file: FileId,
    plan: &crate::model::Plan,
    source: &mut dyn JournalSource,
    lang: Lang,
) -> (Vec<LoadedJournal>, Vec<Diagnostic>) {
    let mut diags = Vec::new();
    let mut files = Vec::new();
    if plan.is_model() {
        if let Some(first) = crate::model::strs(&plan.log).first() {
            diags.push(Diagnostic::report(LoadMsg::LogInModel, &[first.span], lang));
        }
        return (Vec::new(), diags);
    }
    match &plan.log {
        Some(paths) => {
            for p in paths.iter() {
                match source.load(sources, plan_file, &p.value) {
                    Ok(f) if !files.contains(&f) => files.push(f),
                    Ok(_) => {}
                    Err(reason) => {
                        let msg = LoadMsg::LogUnavailable {
                            path: p.value.clone(),
                            reason,
                        };
                        diags.push(Diagnostic::report(msg, &[p.span], lang));
                    }
                }
            }
        }
        None => match source.beside(sources, plan_file) {
            Ok(Some(f)) => files.push(f),
            Ok(None) => {}
            Err((path, reason)) => {
                let msg = LoadMsg::LogUnavailable { path, reason };
                diags.push(Diagnostic::report(msg, &[Span::new(plan_file, 0, 0)], lang));
            }
        },
    }
    let loaded: Vec<LoadedJournal> = files.into_iter().map(|f| load(sources, f, lang)).collect();
    (loaded, diags)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The journal converted from a whole tree, as `load` did before it read entries
    /// while parsing: what `load` must agree with, entry for entry and finding for
    /// finding.
    fn load_from_tree(sources: &SourceMap, file: FileId, lang: Lang) -> LoadedJournal {
        let Some(src) = sources.get(file) else {
            return LoadedJournal {
                file,
                ..Default::default()
            };
        };
        let root = match yaml::parse(file, src, lang) {
            Ok(r) => r,
            Err(d) => {
                return LoadedJournal {
                    file,
                    journal: Journal::default(),
                    diags: vec![d],
                };
            }
        };
        let mut cx = Cx::new(lang);
        let top = match &root.kind {
            NodeKind::Map(m) => m.first().map(|(k, _)| k.span),
            _ => None,
        }
        .unwrap_or(Span::new(file, 0, 0));
        let journal = Journal::from_node(&root, &mut cx).unwrap_or_default();
        for key in journal.missing() {
            cx.report(missing(key, "log"), &[top]);
        }
        for entry in crate::model::strs(&journal.entries) {
            check_entry(entry, &mut cx);
        }
        LoadedJournal {
            file,
            journal,
            diags: cx.diags,
        }
    }

    fn both(text: &str) {
        for lang in [Lang::En, Lang::Da] {
            let mut sources = SourceMap::default();
            let file = sources.add(crate::span::SourceFile::new(
                "plan.log.yaml",
                text.to_string(),
            ));
            let streamed = load(&sources, file, lang);
            let tree = load_from_tree(&sources, file, lang);
            assert_eq!(streamed.journal, tree.journal, "{text}");
            assert_eq!(streamed.diags, tree.diags, "{text}");
        }
    }

    #[test]
    fn reading_while_parsing_agrees_with_the_tree() {
        let long = "x".repeat(1_001);
        let cases = [
            "kind: log\nentries:\n  - { date: 2027-01-04, held: a }\n  - { date: 2027-01-05, cancelled: b, reason: syg }\n".to_string(),
            "kind: log\nentries: []\n".into(),
            "kind: log\nentries:\n".into(),
            "kind: log\n".into(),
            "entries:\n  - { date: 2027-01-04, held: a }\n".into(),
            "entries:\n  - { date: 2027-01-04, held: a }\nkind: plan\n".into(),
            "kind: log\nentries: { date: 2027-01-04, held: a }\n".into(),
            "kind: log\nentries: 5\n".into(),
            "kind: log\nentries: tekst\n".into(),
            format!("kind: log\nentries: {long}\n"),
            format!("kind: log\nentries:\n  - {{ date: 2027-01-04, held: a }}\n  - {long}\n  - 7\n  - {long}\n"),
            "kind: log\nentries:\n  - [1, 2]\n  - 3\n  - tekst\n  - ~\n  - { date: 2027-01-04 }\n".into(),
            format!("kind: log\nentries:\n  - [{long}]\n  - {{ date: 2027-01-04, held: a }}\n"),
            "kind: log\nentries:\n  - { date: 2027-01-04, held: a, cancelled: a, ripple: r }\n  - { date: nej, held: Ikke Et Id, note: [1] }\n  - { held: a, held: b, dato: 2027-01-01 }\n".into(),
            "kind: log\nentries:\n  - { date: 2027-01-04, held: a }\nentries:\n  - { date: 2027-01-05, held: b }\n".into(),
            "kind: log\nentries: 5\nentries:\n  - { date: 2027-01-05, held: b }\n".into(),
            "kind: log\nkind: log\nentries:\n  - &e { date: 2027-01-04, held: a }\n  - *e\n  - { <<: *e, note: igen }\nekstra: 1\n5: x\n".into(),
            "kind: [log]\nentries:\n  - { date: 2027-01-04, measured: g, value: 48 %, source: Sagsaudit }\n  - { date: 2027-01-04, checked: c, item: 2 }\n".into(),
            "- kind: log\n".into(),
            "tekst\n".into(),
            "kind: log\nentries:\n  - { date: 2027-01-04, held: a\n".into(),
            "# tom\n".into(),
            "kind: log\nentries:\n  - date: 2027-01-04\n    phase_started: p\n    note: |\n      flere\n      linjer\n".into(),
        ];
        for c in &cases {
            both(c);
        }
    }
}
