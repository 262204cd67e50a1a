//! Loading: text → [`Plan`] plus every diagnostic found on the way.
//!
//! **Invariant:** loading never fails — it returns the plan it could build
//! (possibly empty) and the diagnostics, so one run reports every problem.

use crate::diag::{Diagnostic, Lang};
use crate::messages::LoadMsg;
use crate::messages::load::ValueKind;
use crate::model::{Cx, Declared, FromNode, Plan, Section};
use crate::rules::SectionKind;
use crate::span::{FileId, SourceMap, Span};
use crate::yaml::{self, NodeKind};
use serde::de::{Deserialize, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};

/// The result of loading one file.
#[derive(Debug, Default)]
pub struct Loaded {
    pub plan: Plan,
    pub diags: Vec<Diagnostic>,
    /// Whether the file parsed as YAML at all (an empty plan otherwise).
    pub parsed: bool,
}

/// The language for messages: the override, else the file's `language`, else English.
pub fn message_lang(sources: &SourceMap, file: FileId, lang: Option<Lang>) -> Lang {
    if let Some(l) = lang {
        return l;
    }
    let Some(src) = sources.get(file) else {
        return Lang::En;
    };
    // A cheap look at the top-level `language:` line, so that even syntax errors
    // later in the file are reported in the plan's language.
    for line in src.text.lines() {
        if let Some(rest) = line
            .trim_start_matches('\u{feff}')
            .strip_prefix("language:")
        {
            let v = rest
                .split('#')
                .next()
                .unwrap_or("")
                .trim()
                .trim_matches(['"', '\'']);
            return Lang::parse(v).unwrap_or(Lang::En);
        }
    }
    Lang::En
}

/// Load the plan in `file`. `lang` overrides the message language.
pub fn load(sources: &SourceMap, file: FileId, lang: Option<Lang>) -> Loaded {
    let lang = message_lang(sources, file, lang);
    let Some(src) = sources.get(file) else {
        return Loaded::default();
    };
    STREAM_LANG.with(|l| l.set(lang));
    let big = src.text.len() >= THREAD_FROM_BYTES;
    STREAM_THREAD.with(|t| t.set(FORCE_THREAD.with(|f| f.get()).unwrap_or(big)));
    let doc: Doc = match yaml::parse_as(file, src, lang) {
        Ok(d) => d,
        Err(d) => {
            return Loaded {
                plan: Plan::default(),
                diags: vec![d],
                parsed: false,
            };
        }
    };
    let Doc { root, sections } = doc;
    let mut cx = Cx::new(lang);
    if !matches!(root.kind, NodeKind::Map(_)) {
        cx.wrong_type(&root, ValueKind::Plan);
        return Loaded {
            plan: Plan::default(),
            diags: cx.into_diags(),
            parsed: true,
        };
    }
    let first_key = first_key_span(&root);
    // The sections were built while parsing (see `Doc`); the plan's conversion sees an
    // empty mapping in their place.
    let mut plan = Plan::from_node(&root, &mut cx).unwrap_or_default();
    drop(root);
    let Sections {
        mut built,
        diags: section_diags,
        ..
    } = sections;
    for kind in SectionKind::ALL {
        kind.move_section(&mut built, &mut plan);
    }
    cx.diags.extend(section_diags);
    let top = first_key.unwrap_or(Span::new(file, 0, 0));
    for key in plan.missing() {
        cx.report(missing_key(key, "plan", None), &[top]);
    }
    if let Some(id) = &plan.id
        && !crate::model::is_valid_id(id)
    {
        let finding = LoadMsg::InvalidPlanId {
            id: id.value.clone(),
        };
        cx.report(finding, &[id.span]);
    }
    required_keys(&plan.roles, SectionKind::Roles, &mut cx);
    required_keys(&plan.phases, SectionKind::Phases, &mut cx);
    required_keys(&plan.activities, SectionKind::Activities, &mut cx);
    required_keys(&plan.goals, SectionKind::Goals, &mut cx);
    required_keys(&plan.checklists, SectionKind::Checklists, &mut cx);
    required_keys(&plan.stakeholders, SectionKind::Stakeholders, &mut cx);
    required_keys(&plan.tracks, SectionKind::Tracks, &mut cx);
    for (id, track) in plan.tracks.iter() {
        for state in crate::model::strs(&track.states) {
            for key in crate::model::Declared::missing(state) {
                cx.report(missing_key(key, "tracks", Some(id)), &[track.id.span]);
            }
        }
    }
    invalid_references(&plan, &mut cx);
    let diags = cx.into_diags();
    Loaded {
        plan,
        diags,
        parsed: true,
    }
}

/// A required key (declared `[required]` in its mapping) not written.
fn missing_key(key: &str, mapping: &str, id: Option<&str>) -> LoadMsg {
    LoadMsg::MissingKey {
        key: key.to_string(),
        mapping: mapping.to_string(),
        id: id.map(str::to_string),
    }
}

/// The required keys the entities of a section lack, at each entity's id.
fn required_keys<T: Declared>(section: &Section<T>, kind: SectionKind, cx: &mut Cx) {
    for (id, entity) in section.iter() {
        for key in entity.def.missing() {
            cx.report(missing_key(key, kind.key(), Some(id)), &[entity.id.span]);
        }
    }
}

/// A reference that is not written as an id (`owner: Henrik Dahl` where a role's id
/// belongs) is the loader's finding, as the JSON Schema's pattern says; whether a valid
/// id exists is `unknown-reference`'s. A reference to an entity whose own id is invalid
/// is not reported again: the id is reported where it is defined.
fn invalid_references(plan: &Plan, cx: &mut Cx) {
    for r in plan.references() {
        if crate::model::is_valid_id(r.id) || r.target.contains(plan, r.id) {
            continue;
        }
        let finding = LoadMsg::InvalidReference {
            key: r.key.to_string(),
            id: r.id.to_string(),
            target: r.target.key().to_string(),
        };
        cx.report(finding, &[r.span]);
    }
}

fn first_key_span(root: &yaml::Node) -> Option<Span> {
    match &root.kind {
        NodeKind::Map(m) => m.first().map(|(k, _)| k.span),
        _ => None,
    }
}

thread_local! {
    /// The message language while a document is read (set by [`load`]).
    static STREAM_LANG: std::cell::Cell<Lang> = const { std::cell::Cell::new(Lang::En) };
    /// Whether sections are built on a second thread (a big file; set by [`load`]).
    static STREAM_THREAD: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    /// Tests choose the thread whatever the size (see [`force_section_thread`]).
    static FORCE_THREAD: std::cell::Cell<Option<bool>> = const { std::cell::Cell::new(None) };
}

/// For tests: build sections on a second thread (`Some(true)`), on this one
/// (`Some(false)`), or by the file's size (`None`, the default), for loads on the
/// calling thread.
#[doc(hidden)]
pub fn force_section_thread(choice: Option<bool>) {
    FORCE_THREAD.with(|f| f.set(choice));
}

/// A plan file as the parser reads it: the top-level mapping as a tree, except the
/// entities of the sections (`roles`, `phases`, `activities`, …), which are built
/// one by one while the parser goes on (on a second thread for big files), each
/// entity's subtree freed as soon as it is built. The tree of a big plan is never
/// whole in memory. Same entities, same findings as building them from a whole tree.
struct Doc<'a> {
    root: yaml::Node<'a>,
    sections: Sections,
}

/// The sections built while parsing, and what building them found.
#[derive(Default)]
struct Sections {
    /// A plan holding only the sections built so far.
    built: Plan,
    diags: Vec<Diagnostic>,
    /// Entities read so far, in all sections (at most [`MAX_ENTITIES`]; past it they
    /// are parsed but not built, and one `limit-exceeded` finding says so).
    entities: usize,
}

/// The most entities one plan has, all sections together: the README's plan of
/// 100,000 entities fits twice; a 16 MiB file of `aN: {}` lines would be 1.5 million
/// (about 1 KB each once built).
pub const MAX_ENTITIES: usize = 200_000;

impl<'de> Deserialize<'de> for Doc<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let ((kind, sections), span) = yaml::WithSpan(RootSeed).deserialize(d)?;
        Ok(Doc {
            root: yaml::Node { kind, span },
            sections,
        })
    }
}

/// The top-level value: a mapping whose sections are read by [`SectionSeed`]; any
/// other value is a plain tree (and a finding of the loader).
struct RootSeed;

impl<'de> DeserializeSeed<'de> for RootSeed {
    type Value = (NodeKind<'de>, Sections);
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(RootVisitor)
    }
}

struct RootVisitor;

impl RootVisitor {
    fn wrap(kind: NodeKind<'_>) -> (NodeKind<'_>, Sections) {
        (kind, Sections::default())
    }
}

impl<'de> Visitor<'de> for RootVisitor {
    type Value = (NodeKind<'de>, Sections);
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a plan")
    }
    yaml::scalars_to_tree!(Self::wrap);
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
        yaml::KindVisitor.visit_seq(seq).map(Self::wrap)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut sections = Sections::default();
        let mut read: Vec<SectionKind> = Vec::new();
        let mut entries = Vec::new();
        while let Some(key) = map.next_key::<yaml::Node>()? {
            // The first entry with a section's key is the one the plan uses.
            let section = key
                .as_str()
                .and_then(|k| SectionKind::ALL.into_iter().find(|s| s.key() == k))
                .filter(|s| !read.contains(s));
            let value = match section {
                Some(kind) => {
                    read.push(kind);
                    let seed = SectionSeed {
                        kind,
                        sections: &mut sections,
                    };
                    let (kind, span) = map.next_value_seed(yaml::WithSpan(seed))?;
                    // A section read entity by entity leaves an empty mapping behind.
                    yaml::Node {
                        kind: kind.unwrap_or(NodeKind::Map(Vec::new())),
                        span,
                    }
                }
                None => map.next_value()?,
            };
            entries.push((key, value));
        }
        entries.shrink_to_fit();
        Ok((NodeKind::Map(entries), sections))
    }
}

/// A section's value: a mapping of entities built one by one into `sections` (the
/// value is then `None`); anything else is kept as a tree for the plan's conversion
/// to report.
struct SectionSeed<'s> {
    kind: SectionKind,
    sections: &'s mut Sections,
}

impl<'de> DeserializeSeed<'de> for SectionSeed<'_> {
    type Value = Option<NodeKind<'de>>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl SectionSeed<'_> {
    fn wrap(kind: NodeKind<'_>) -> Option<NodeKind<'_>> {
        Some(kind)
    }
}

impl<'de> Visitor<'de> for SectionSeed<'_> {
    type Value = Option<NodeKind<'de>>;
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a section of entities keyed by id")
    }
    yaml::scalars_to_tree!(Self::wrap);
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
        yaml::KindVisitor.visit_seq(seq).map(Self::wrap)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut builder = SectionBuilder {
            kind: self.kind,
            sections: self.sections,
            others: std::collections::HashMap::new(),
            cx: Cx::new(STREAM_LANG.with(|l| l.get())),
        };
        if !STREAM_THREAD.with(|t| t.get()) {
            while let Some(key) = map.next_key::<yaml::Node>()? {
                let value: yaml::Node = map.next_value()?;
                builder.add(&key, &value);
            }
            builder.finish();
            return Ok(None);
        }
        // A big file: entities are built on a second thread while this one parses on.
        // Batches of entries go over a bounded channel, so at most a few batches' trees
        // exist at once. When no thread can be started, they are built here after.
        let (tx, rx) = std::sync::mpsc::sync_channel::<Vec<(yaml::Node, yaml::Node)>>(4);
        let parsed = std::thread::scope(|scope| {
            let b = &mut builder;
            let worker = std::thread::Builder::new()
                .name("entities".into())
                .spawn_scoped(scope, move || {
                    for batch in rx {
                        for (key, value) in batch {
                            b.add(&key, &value);
                        }
                    }
                })
                .ok();
            let mut tx = worker.is_some().then_some(tx);
            let mut batch = Vec::with_capacity(ENTITY_BATCH);
            let read = loop {
                let key = match map.next_key::<yaml::Node>() {
                    Ok(Some(k)) => k,
                    Ok(None) => break Ok(()),
                    Err(e) => break Err(e),
                };
                let value: yaml::Node = match map.next_value() {
                    Ok(v) => v,
                    Err(e) => break Err(e),
                };
                batch.push((key, value));
                if batch.len() >= ENTITY_BATCH && tx.is_some() {
                    let full = std::mem::replace(&mut batch, Vec::with_capacity(ENTITY_BATCH));
                    // A worker that has stopped (it panicked) gives its batch back.
                    if let Some(Err(back)) = tx.as_ref().map(|t| t.send(full)) {
                        tx = None;
                        batch = back.0;
                    }
                }
            };
            if let Some(t) = tx.take()
                && let Err(back) = t.send(std::mem::take(&mut batch))
            {
                batch = back.0;
            }
            if let Some(worker) = worker
                && let Err(panic) = worker.join()
            {
                std::panic::resume_unwind(panic);
            }
            read.map(|()| batch)
        });
        let rest = parsed?;
        // What no worker took: everything when no thread could be started.
        for (key, value) in rest {
            builder.add(&key, &value);
        }
        builder.finish();
        Ok(None)
    }
}

/// Entries read before a second thread builds them (about 64 small trees).
const ENTITY_BATCH: usize = 64;

/// Files from this size on have their entities built on a second thread; below it,
/// starting a thread costs more than it saves (measured: 0.06 MB plans got slower).
const THREAD_FROM_BYTES: usize = 256 * 1024;

/// Builds one section's entities in file order, on whichever thread has them.
struct SectionBuilder<'s> {
    kind: SectionKind,
    sections: &'s mut Sections,
    others: std::collections::HashMap<String, Span>,
    cx: Cx,
}

impl SectionBuilder<'_> {
    fn add(&mut self, key: &yaml::Node, value: &yaml::Node) {
        if self.sections.entities >= MAX_ENTITIES {
            if self.sections.entities == MAX_ENTITIES {
                let msg = LoadMsg::TooManyEntities {
                    limit: MAX_ENTITIES,
                };
                // Kept whatever the count of findings: it says the plan is not whole.
                let lang = self.cx.lang;
                self.cx
                    .diags
                    .push(Diagnostic::report(msg, &[key.span], lang));
                self.sections.entities += 1;
            }
            return;
        }
        self.sections.entities += 1;
        self.kind.entries_mut(&mut self.sections.built).add_entry(
            key,
            value,
            &mut self.others,
            &mut self.cx,
        );
    }

    fn finish(self) {
        // Growth leaves up to half of a section unused; a loaded section stays as it is.
        self.kind.entries_mut(&mut self.sections.built).shrink();
        self.sections.diags.extend(self.cx.into_diags());
    }
}
