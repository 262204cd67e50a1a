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
    /// The one event of a valid entry.
    pub fn event(&self) -> Option<Event<'_>> {
        self.events().first().map(|(_, e)| *e)
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
pub fn load(sources: &SourceMap, file: FileId, lang: Lang) -> LoadedJournal {
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
