//! The YAML layer: text → a tree of [`Node`]s that all carry byte spans.
//!
//! We let serde-saphyr parse into a generic tree (never into the model types
//! directly) so that one wrong key does not stop the whole file: the typed model
//! is built from the tree in `model`, collecting every problem.

use crate::diag::{Diagnostic, Lang};
use crate::messages::LoadMsg;
use crate::messages::load::ValueKind;
use crate::span::{FileId, SourceFile, Span};
use serde::de::{Deserialize, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use std::borrow::Cow;
use std::cell::Cell;
use std::fmt;
use std::marker::PhantomData;

/// The largest plan file we read, in bytes (documented in the README).
pub const MAX_FILE_BYTES: usize = 16 * 1024 * 1024;
/// The deepest nesting of mappings and sequences we accept. A plan needs about seven
/// levels; the cap keeps the recursive YAML deserializer far from the stack limit.
pub const MAX_DEPTH: usize = 24;
/// The most YAML nodes (scalars, mappings, sequences) in one file, counted after
/// expanding aliases. A plan of 100,000 entities needs about a million.
pub const MAX_NODES: usize = 4_000_000;
/// Nodes a file may have beyond two per byte of its text. Without aliases a file
/// cannot reach two nodes per byte, so this only bounds what anchors and aliases
/// (`&a` … `*a`) expand to: a 1 KB "billion laughs" stops after about 10,000 nodes.
pub const NODES_BASE: usize = 10_000;

/// The node budget for a text of `len` bytes: `min(MAX_NODES, NODES_BASE + 2 × len)`.
pub fn node_budget(len: usize) -> usize {
    MAX_NODES.min(NODES_BASE.saturating_add(len.saturating_mul(2)))
}

/// A YAML value. The tree borrows from the text it was parsed from: a scalar written
/// as it is meant (no escapes, no folding) is a slice of the text, not a copy.
#[derive(Clone, Debug, PartialEq)]
pub enum NodeKind<'a> {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(Cow<'a, str>),
    Seq(Vec<Node<'a>>),
    Map(Vec<(Node<'a>, Node<'a>)>),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Node<'a> {
    pub kind: NodeKind<'a>,
    pub span: Span,
}

impl<'a> Node<'a> {
    /// What kind of YAML value this is, for messages.
    pub fn value_kind(&self) -> ValueKind {
        match self.kind {
            NodeKind::Null => ValueKind::Null,
            NodeKind::Bool(_) => ValueKind::Bool,
            NodeKind::Int(_) => ValueKind::Int,
            NodeKind::Float(_) => ValueKind::Float,
            NodeKind::Str(_) => ValueKind::Str,
            NodeKind::Seq(_) => ValueKind::List,
            NodeKind::Map(_) => ValueKind::Mapping,
        }
    }
    pub fn as_str(&self) -> Option<&str> {
        match &self.kind {
            NodeKind::Str(s) => Some(s),
            _ => None,
        }
    }
    /// The same tree, owning its text (no longer tied to the source it was parsed from).
    pub fn into_owned(self) -> Node<'static> {
        let kind = match self.kind {
            NodeKind::Null => NodeKind::Null,
            NodeKind::Bool(b) => NodeKind::Bool(b),
            NodeKind::Int(i) => NodeKind::Int(i),
            NodeKind::Float(f) => NodeKind::Float(f),
            NodeKind::Str(s) => NodeKind::Str(Cow::Owned(s.into_owned())),
            NodeKind::Seq(items) => {
                NodeKind::Seq(items.into_iter().map(Node::into_owned).collect())
            }
            NodeKind::Map(entries) => NodeKind::Map(
                entries
                    .into_iter()
                    .map(|(k, v)| (k.into_owned(), v.into_owned()))
                    .collect(),
            ),
        };
        Node {
            kind,
            span: self.span,
        }
    }
    /// Look up a key in a mapping node.
    pub fn get(&self, key: &str) -> Option<&Node<'a>> {
        match &self.kind {
            NodeKind::Map(m) => m
                .iter()
                .find(|(k, _)| k.as_str() == Some(key))
                .map(|(_, v)| v),
            _ => None,
        }
    }
}

thread_local! {
    static CURRENT_FILE: Cell<u32> = const { Cell::new(0) };
}

/// The newtype name through which serde-saphyr hands out a value with its location
/// (what `serde_saphyr::Spanned<T>` asks for).
const SAPHYR_SPANNED: &str = "__yaml_spanned";

/// A node is read the way `serde_saphyr::Spanned<NodeKind>` is, minus its cost: that
/// type reads the marker key of serde-saphyr's span protocol into a `String` and
/// both locations (where a value is referenced and where it is defined) for every
/// node. Here the keys are matched without allocating and only the referenced
/// location is read — a third of the parse time of a large plan.
impl<'de> Deserialize<'de> for Node<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let (kind, span) = WithSpan(PhantomData::<NodeKind<'de>>).deserialize(d)?;
        Ok(Node { kind, span })
    }
}

/// Any value read through `S` together with its span (serde-saphyr's span protocol,
/// read as described at [`Node`]'s `Deserialize`). The loader reads a plan's sections
/// this way, building entities while the parser goes on.
pub struct WithSpan<S>(pub S);

impl<'de, S: DeserializeSeed<'de>> DeserializeSeed<'de> for WithSpan<S> {
    type Value = (S::Value, Span);
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_newtype_struct(SAPHYR_SPANNED, SpannedVisitor(self.0))
    }
}

struct SpannedVisitor<S>(S);

impl<'de, S: DeserializeSeed<'de>> Visitor<'de> for SpannedVisitor<S> {
    type Value = (S::Value, Span);
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a YAML value with its location")
    }
    fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_struct(
            "Spanned",
            &["value", "referenced", "defined"],
            SpannedFieldsVisitor(self.0),
        )
    }
}

/// The keys of serde-saphyr's span protocol: a marker, `value`, `referenced`, `defined`.
enum SpannedField {
    Value,
    Referenced,
    Other,
}

impl<'de> Deserialize<'de> for SpannedField {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct FieldVisitor;
        impl Visitor<'_> for FieldVisitor {
            type Value = SpannedField;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a span protocol key")
            }
            fn visit_str<E>(self, v: &str) -> Result<SpannedField, E> {
                Ok(match v {
                    "value" => SpannedField::Value,
                    "referenced" => SpannedField::Referenced,
                    _ => SpannedField::Other,
                })
            }
        }
        d.deserialize_identifier(FieldVisitor)
    }
}

struct SpannedFieldsVisitor<S>(S);

impl<'de, S: DeserializeSeed<'de>> Visitor<'de> for SpannedFieldsVisitor<S> {
    type Value = (S::Value, Span);
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a YAML value with its location")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut seed = Some(self.0);
        let mut value = None;
        let mut location: Option<serde_saphyr::Location> = None;
        while let Some(field) = map.next_key::<SpannedField>()? {
            match field {
                SpannedField::Value => match seed.take() {
                    Some(seed) => value = Some(map.next_value_seed(seed)?),
                    None => return Err(serde::de::Error::duplicate_field("value")),
                },
                SpannedField::Referenced => location = Some(map.next_value()?),
                // The marker's value is a boolean; `defined` is never reached (below).
                SpannedField::Other => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
            if value.is_some()
                && let Some(loc) = &location
            {
                let sp = loc.span();
                let file = FileId(CURRENT_FILE.with(|c| c.get()));
                let start = sp.byte_offset().unwrap_or(0) as usize;
                let len = sp.byte_len().unwrap_or(0) as usize;
                if let Some(value) = value {
                    return Ok((value, Span::new(file, start, start + len)));
                }
            }
        }
        Err(serde::de::Error::missing_field("value"))
    }
}

impl<'de> Deserialize<'de> for NodeKind<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(KindVisitor)
    }
}

/// Forward every scalar a visitor meets to [`KindVisitor`], its tree wrapped by
/// `$wrap`: for the seeds of `load` and `journal` that read some mappings or lists
/// themselves and keep every other value as a tree for the conversion to report.
macro_rules! scalars_to_tree {
    ($wrap:path) => {
        $crate::yaml::scalars_to_tree! {
            @ $wrap;
            visit_unit();
            visit_none();
            visit_bool(v: bool);
            visit_i64(v: i64);
            visit_u64(v: u64);
            visit_i128(v: i128);
            visit_u128(v: u128);
            visit_f64(v: f64);
            visit_borrowed_str(v: &'de str);
            visit_str(v: &str);
            visit_string(v: String);
            visit_bytes(v: &[u8]);
        }
    };
    (@ $wrap:path; $($method:ident($($arg:ident: $ty:ty),*);)*) => {
        $(fn $method<E: serde::de::Error>(self, $($arg: $ty),*) -> Result<Self::Value, E> {
            $crate::yaml::KindVisitor.$method($($arg),*).map($wrap)
        })*
    };
}
pub(crate) use scalars_to_tree;

/// Builds a [`NodeKind`] from whatever value comes (also used by the loader's section reader).
pub(crate) struct KindVisitor;

impl<'de> Visitor<'de> for KindVisitor {
    type Value = NodeKind<'de>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any YAML value")
    }
    fn visit_unit<E>(self) -> Result<NodeKind<'de>, E> {
        Ok(NodeKind::Null)
    }
    fn visit_none<E>(self) -> Result<NodeKind<'de>, E> {
        Ok(NodeKind::Null)
    }
    fn visit_bool<E>(self, v: bool) -> Result<NodeKind<'de>, E> {
        Ok(NodeKind::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<NodeKind<'de>, E> {
        Ok(NodeKind::Int(v))
    }
    fn visit_u64<E>(self, v: u64) -> Result<NodeKind<'de>, E> {
        Ok(i64::try_from(v)
            .map(NodeKind::Int)
            .unwrap_or(NodeKind::Float(v as f64)))
    }
    fn visit_i128<E>(self, v: i128) -> Result<NodeKind<'de>, E> {
        Ok(i64::try_from(v)
            .map(NodeKind::Int)
            .unwrap_or(NodeKind::Float(v as f64)))
    }
    fn visit_u128<E>(self, v: u128) -> Result<NodeKind<'de>, E> {
        Ok(i64::try_from(v)
            .map(NodeKind::Int)
            .unwrap_or(NodeKind::Float(v as f64)))
    }
    fn visit_f64<E>(self, v: f64) -> Result<NodeKind<'de>, E> {
        Ok(NodeKind::Float(v))
    }
    fn visit_borrowed_str<E>(self, v: &'de str) -> Result<NodeKind<'de>, E> {
        Ok(NodeKind::Str(Cow::Borrowed(v)))
    }
    fn visit_str<E>(self, v: &str) -> Result<NodeKind<'de>, E> {
        Ok(NodeKind::Str(Cow::Owned(v.to_owned())))
    }
    fn visit_string<E>(self, v: String) -> Result<NodeKind<'de>, E> {
        Ok(NodeKind::Str(Cow::Owned(v)))
    }
    fn visit_bytes<E>(self, v: &[u8]) -> Result<NodeKind<'de>, E> {
        Ok(NodeKind::Str(Cow::Owned(
            String::from_utf8_lossy(v).into_owned(),
        )))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<NodeKind<'de>, A::Error> {
        let mut items = Vec::new();
        while let Some(n) = seq.next_element::<Node>()? {
            items.push(n);
        }
        // Growth leaves up to half a list unused; the tree of a big plan is its peak memory.
        items.shrink_to_fit();
        Ok(NodeKind::Seq(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<NodeKind<'de>, A::Error> {
        let mut entries = Vec::new();
        while let Some(k) = map.next_key::<Node>()? {
            let v = map.next_value::<Node>()?;
            entries.push((k, v));
        }
        entries.shrink_to_fit();
        Ok(NodeKind::Map(entries))
    }
}

/// Decode raw bytes to text: UTF-8 (a BOM is allowed). Anything else is a diagnostic
/// at the first offending byte. The returned text keeps the BOM so offsets match the file.
pub fn decode(file: FileId, bytes: &[u8], lang: Lang) -> Result<String, Diagnostic> {
    if let Some(d) = refuse(file, bytes, lang) {
        return Err(d);
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(s.to_owned()),
        Err(e) => Err(not_utf8(file, e.valid_up_to(), lang)),
    }
}

/// [`decode`] without copying: the bytes become the text. On failure the bytes come
/// back with the diagnostic (the caller may show the readable part).
pub fn decode_owned(
    file: FileId,
    bytes: Vec<u8>,
    lang: Lang,
) -> Result<String, (Diagnostic, Vec<u8>)> {
    if let Some(d) = refuse(file, &bytes, lang) {
        return Err((d, bytes));
    }
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        (not_utf8(file, at, lang), e.into_bytes())
    })
}

/// A file too large, or in UTF-16.
fn refuse(file: FileId, bytes: &[u8], lang: Lang) -> Option<Diagnostic> {
    let top = [Span::new(file, 0, 0)];
    if bytes.len() > MAX_FILE_BYTES {
        let msg = LoadMsg::FileTooLarge {
            bytes: Some(bytes.len()),
            limit: MAX_FILE_BYTES,
        };
        return Some(Diagnostic::report(msg, &top, lang));
    }
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Some(Diagnostic::report(LoadMsg::FileIsUtf16, &top, lang));
    }
    None
}

fn not_utf8(file: FileId, at: usize, lang: Lang) -> Diagnostic {
    Diagnostic::report(
        LoadMsg::NotUtf8 { byte: at },
        &[Span::new(file, at, at)],
        lang,
    )
}

/// The parser options the loader uses (also used by the bare-parse benchmark baseline).
pub fn options() -> serde_saphyr::Options {
    let mut o = serde_saphyr::Options::default();
    o.strict_booleans = true;
    o.with_snippet = false;
    o.duplicate_keys = serde_saphyr::DuplicateKeyPolicy::PassThrough;
    // A tag the parser does not know (`!include`, `!foo`) is an error, not a value
    // silently read without it.
    o.reject_unsupported_tags = true;
    let mut budget = o.budget.clone().unwrap_or_default();
    budget.max_depth = MAX_DEPTH;
    budget.flow_nesting_limit = MAX_DEPTH;
    budget.max_nodes = MAX_NODES;
    // Every node is at most two events (start and end) and every alias one more, so
    // the node budget is the one that binds (the parser's default is 1,000,000 events,
    // which a plan of 100,000 entities exceeds).
    budget.max_events = MAX_NODES.saturating_mul(3).saturating_add(16);
    budget.max_documents = 1;
    o.budget = Some(budget);
    o
}

/// [`options`] with the node budget of a text of `len` bytes ([`node_budget`]): what
/// [`parse`] uses.
pub fn options_for(len: usize) -> serde_saphyr::Options {
    let mut o = options();
    if let Some(b) = o.budget.as_mut() {
        b.max_nodes = node_budget(len);
    }
    o
}

/// Parse one YAML document into a node tree. Every failure is one diagnostic with a span.
pub fn parse<'a>(file: FileId, source: &'a SourceFile, lang: Lang) -> Result<Node<'a>, Diagnostic> {
    parse_as(file, source, lang)
}

/// [`parse`] into any type read from the document (the loader reads a plan's
/// sections entity by entity this way). Same checks, budgets and diagnostics.
pub fn parse_as<'a, T: Deserialize<'a>>(
    file: FileId,
    source: &'a SourceFile,
    lang: Lang,
) -> Result<T, Diagnostic> {
    let text = source.text.as_str();
    if text.trim_start_matches('\u{feff}').trim().is_empty()
        || text.lines().all(|l| {
            let t = l.trim().trim_start_matches('\u{feff}');
            t.is_empty() || t.starts_with('#') || t == "---" || t == "..."
        })
    {
        return Err(Diagnostic::report(
            LoadMsg::EmptyFile,
            &[Span::new(file, 0, 0)],
            lang,
        ));
    }
    CURRENT_FILE.with(|c| c.set(file.0));
    let result: Result<T, serde_saphyr::Error> =
        serde_saphyr::from_str_with_options(text, options_for(text.len()));
    match result {
        Ok(n) => Ok(n),
        Err(e) => Err(syntax_error(file, source, &e, lang)),
    }
}

fn syntax_error(
    file: FileId,
    source: &SourceFile,
    e: &serde_saphyr::Error,
    lang: Lang,
) -> Diagnostic {
    let raw = e.to_string();
    // serde-saphyr appends " at line L, column C"; we show the place as a label instead.
    let msg = match raw.rfind(" at line ") {
        Some(i) => raw.get(..i).unwrap_or(&raw).to_string(),
        None => raw.clone(),
    };
    let (start, len) = match e.location() {
        Some(loc) => {
            let sp = loc.span();
            match (sp.byte_offset(), sp.byte_len()) {
                (Some(o), Some(l)) if (o as usize) <= source.text.len() => (o as usize, l as usize),
                _ => {
                    let o = if loc.line() > 0 {
                        source.offset_of(loc.line() as usize, loc.column() as usize)
                    } else {
                        source.offset_of_char(sp.offset() as usize)
                    };
                    (o, 0)
                }
            }
        }
        None => (0, 0),
    };
    let end = (start + len).min(source.text.len());
    let finding = if let Some(tag) = unsupported_tag(e) {
        LoadMsg::UnsupportedTag { tag }
    } else if msg.contains("multiple YAML documents")
        || msg.contains("documents") && msg.contains("budget")
    {
        LoadMsg::MultipleDocuments
    } else if msg.contains("tab") {
        LoadMsg::TabIndent { detail: msg }
    } else if let Some(limit) = budget_finding(e, &msg, source.text.len()) {
        limit
    } else if msg.to_lowercase().contains("budget")
        || msg.to_lowercase().contains("depth")
        || msg.to_lowercase().contains("alias")
    {
        LoadMsg::ParserLimit { detail: msg }
    } else {
        LoadMsg::YamlSyntax { detail: msg }
    };
    Diagnostic::report(finding, &[Span::new(file, start, end)], lang)
}

/// The tag of an unsupported-tag error, however the parser wrapped it.
fn unsupported_tag(e: &serde_saphyr::Error) -> Option<String> {
    let mut inner = e;
    while let serde_saphyr::Error::WithSnippet { error, .. }
    | serde_saphyr::Error::AliasError { error, .. } = inner
    {
        inner = error;
    }
    match inner {
        serde_saphyr::Error::UnsupportedTag { tag, .. } => Some(tag.clone()),
        _ => None,
    }
}

/// The finding for a limit the parser enforces (nesting depth, node count after
/// expanding aliases, aliases, anchors, text size), or `None` for other errors.
fn budget_finding(e: &serde_saphyr::Error, msg: &str, len: usize) -> Option<LoadMsg> {
    use serde_saphyr::budget::BudgetBreach as B;
    let mut inner = e;
    while let serde_saphyr::Error::WithSnippet { error, .. }
    | serde_saphyr::Error::AliasError { error, .. } = inner
    {
        inner = error;
    }
    let depth = || LoadMsg::NestedTooDeep { limit: MAX_DEPTH };
    let serde_saphyr::Error::Budget { breach, .. } = inner else {
        // The parser's own guard against deep flow nesting (`[[[[…`).
        return msg.contains("recursion limit").then(depth);
    };
    Some(match breach {
        B::Depth { .. } => depth(),
        B::Nodes { .. } | B::Events { .. } => LoadMsg::TooManyNodes {
            limit: node_budget(len),
        },
        B::Aliases { aliases } => LoadMsg::TooManyAliases {
            limit: aliases.saturating_sub(1),
        },
        B::Anchors { anchors } => LoadMsg::TooManyAnchors {
            limit: anchors.saturating_sub(1),
        },
        B::ScalarBytes { .. } => LoadMsg::TextTooLarge,
        _ => return None,
    })
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::rules::loader;

    fn p(text: &str) -> Result<Node<'static>, Diagnostic> {
        let f = SourceFile::new("t.yaml", text);
        parse(FileId(0), &f, Lang::En).map(Node::into_owned)
    }

    #[test]
    fn spans_are_byte_offsets() {
        let n = p("id: æø\nroles: {a: 1}\n").unwrap();
        let v = n.get("id").unwrap();
        assert_eq!((v.span.start, v.span.end), (4, 8));
        assert_eq!(
            n.get("roles").unwrap().get("a").unwrap().kind,
            NodeKind::Int(1)
        );
    }

    #[test]
    fn plain_scalars_borrow_the_text() {
        let f = SourceFile::new("t.yaml", "a: plain æø\nb: \"tab\\there\"\n");
        let n = parse(FileId(0), &f, Lang::En).unwrap();
        assert!(matches!(
            &n.get("a").unwrap().kind,
            NodeKind::Str(Cow::Borrowed("plain æø"))
        ));
        // An escape sequence needs a new string; its span is still the scalar's place.
        let b = n.get("b").unwrap();
        assert!(matches!(&b.kind, NodeKind::Str(Cow::Owned(s)) if s == "tab\there"));
        assert_eq!(f.slice(b.span), "\"tab\\there\"");
    }

    #[test]
    fn bom_and_crlf_load() {
        let n = p("\u{feff}id: x\r\ntitle: y\r\n").unwrap();
        let v = n.get("title").unwrap();
        assert_eq!(v.as_str(), Some("y"));
        assert_eq!(v.span.start, 17);
    }

    #[test]
    fn no_stays_a_string() {
        let n = p("a: no\n").unwrap();
        assert_eq!(n.get("a").unwrap().as_str(), Some("no"));
    }

    #[test]
    fn duplicate_keys_pass_through() {
        let n = p("a: 1\na: 2\n").unwrap();
        let NodeKind::Map(m) = &n.kind else { panic!() };
        assert_eq!(m.len(), 2);
    }

    #[test]
    fn errors_are_diagnostics() {
        assert!(std::ptr::eq(p("").unwrap_err().rule, &loader::EMPTY_FILE));
        assert!(std::ptr::eq(
            p("# only a comment\n").unwrap_err().rule,
            &loader::EMPTY_FILE
        ));
        assert!(std::ptr::eq(
            p("a: 1\n---\nb: 2\n").unwrap_err().rule,
            &loader::MULTIPLE_DOCUMENTS
        ));
        let e = p("a: [1, 2\n").unwrap_err();
        assert!(std::ptr::eq(e.rule, &loader::YAML_SYNTAX));
        let e = p("a:\n\tb: 1\n").unwrap_err();
        assert!(std::ptr::eq(e.rule, &loader::YAML_SYNTAX));
        assert!(e.help.unwrap().contains("spaces"));
    }

    #[test]
    fn deep_nesting_is_refused() {
        let deep = "[".repeat(100_000);
        assert!(p(&deep).is_err());
        let mut block = String::new();
        for i in 0..200 {
            block.push_str(&" ".repeat(i));
            block.push_str("a:\n");
        }
        assert!(p(&block).is_err());
    }

    #[test]
    fn the_node_budget_grows_with_the_file() {
        assert_eq!(node_budget(0), NODES_BASE);
        assert_eq!(node_budget(1_000), NODES_BASE + 2_000);
        assert_eq!(node_budget(MAX_FILE_BYTES), MAX_NODES);
        assert_eq!(node_budget(usize::MAX), MAX_NODES);
        // The event budget never binds before the node budget.
        let b = options().budget.unwrap();
        assert!(b.max_events >= 2 * MAX_NODES);
        // A small file may not expand past its budget, whatever its aliases do.
        let mut s = String::from("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        s.push_str("b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n");
        s.push_str("c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n");
        s.push_str("d: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n");
        let e = p(&s).unwrap_err();
        assert!(std::ptr::eq(e.rule, &loader::YAML_SYNTAX));
        assert!(e.message.contains("YAML nodes"), "{}", e.message);
        // Without the last line it fits.
        assert!(p(s.rsplit_once("d:").unwrap().0).is_ok());
    }

    #[test]
    fn alias_bomb_is_refused() {
        let mut s = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for i in 1..12 {
            s.push_str(&format!("a{i}: &a{i} [*a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}]\n", p = i - 1));
        }
        assert!(p(&s).is_err());
    }

    #[test]
    fn decode_owned_agrees_with_decode() {
        for bytes in [
            "a: ø\n".as_bytes().to_vec(),
            b"a: \xc3\x28".to_vec(),
            vec![0xff, 0xfe, 0, 0],
            "\u{feff}a: 1".as_bytes().to_vec(),
        ] {
            let copied = decode(FileId(0), &bytes, Lang::En);
            let owned = decode_owned(FileId(0), bytes.clone(), Lang::En);
            match (copied, owned) {
                (Ok(a), Ok(b)) => assert_eq!(a, b),
                (Err(a), Err((b, back))) => {
                    assert_eq!(a, b);
                    assert_eq!(back, bytes, "the bytes come back");
                }
                (a, b) => panic!("{a:?} vs {b:?}"),
            }
        }
    }

    #[test]
    fn decode_rejects_non_utf8() {
        assert!(std::ptr::eq(
            decode(FileId(0), &[0xff, 0xfe, 0, 0], Lang::En)
                .unwrap_err()
                .rule,
            &loader::FILE_ENCODING
        ));
        assert!(std::ptr::eq(
            decode(FileId(0), b"a: \xc3\x28", Lang::En)
                .unwrap_err()
                .rule,
            &loader::FILE_ENCODING
        ));
        assert!(decode(FileId(0), "\u{feff}a: 1".as_bytes(), Lang::En).is_ok());
    }
}
