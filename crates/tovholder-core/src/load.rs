//! Loading: text → [`Plan`] plus every diagnostic found on the way.
//!
//! **Invariant:** loading never fails — it returns the plan it could build
//! (possibly empty) and the diagnostics, so one run reports every problem.

use crate::diag::{Diagnostic, Label, Lang};
use crate::model::{Cx, FromNode, MISSING_KEY, Plan};
use crate::span::{FileId, SourceMap, Span};
use crate::yaml::{self, NodeKind};

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
    let root = match yaml::parse(file, src, lang) {
        Ok(n) => n,
        Err(d) => {
            return Loaded {
                plan: Plan::default(),
                diags: vec![d],
                parsed: false,
            };
        }
    };
    let mut cx = Cx::new(src, lang);
    if !matches!(root.kind, NodeKind::Map(_)) {
        cx.wrong_type(&root, "a mapping with `id`, `title`, `phases` …");
        return Loaded {
            plan: Plan::default(),
            diags: cx.diags,
            parsed: true,
        };
    }
    let mut root = root;
    let first_key = first_key_span(&root);
    // The sections are built from their own subtrees, each entity's freed once it is
    // built (see `Section::set_owned`); the plan's conversion sees an empty mapping there.
    let mut sections: Vec<(&str, yaml::Node)> = Vec::new();
    if let NodeKind::Map(entries) = &mut root.kind {
        for name in SECTIONS {
            // The first entry with the key: the one the plan's conversion uses.
            if let Some((_, v)) = entries.iter_mut().find(|(k, _)| k.as_str() == Some(name))
                && matches!(v.kind, NodeKind::Map(_))
            {
                let empty = yaml::Node {
                    kind: NodeKind::Map(Vec::new()),
                    span: v.span,
                };
                sections.push((name, std::mem::replace(v, empty)));
            }
        }
    }
    let mut plan = Plan::from_node(&root, &mut cx).unwrap_or_default();
    drop(root);
    for (name, node) in sections {
        match name {
            "roles" => plan.roles.set_owned(node, &mut cx),
            "phases" => plan.phases.set_owned(node, &mut cx),
            "activities" => plan.activities.set_owned(node, &mut cx),
            "goals" => plan.goals.set_owned(node, &mut cx),
            "checklists" => plan.checklists.set_owned(node, &mut cx),
            _ => plan.stakeholders.set_owned(node, &mut cx),
        }
    }
    let mut diags = cx.diags;
    let top = Span::new(file, 0, 0);
    for (key, present) in [("id", plan.id.is_some()), ("title", plan.title.is_some())] {
        if !present {
            diags.push(
                Diagnostic::error(
                    MISSING_KEY,
                    match lang {
                        Lang::Da => format!("planen mangler `{key}`"),
                        _ => format!("the plan has no `{key}`"),
                    },
                    Label::new(first_key.unwrap_or(top), lang.pick("at the top level", "på øverste niveau")),
                )
                .with_help(match key {
                    "id" => lang.pick("add `id: my-plan` (kebab-case; used for file names and calendar UIDs)", "tilføj `id: min-plan` (små bogstaver og bindestreger; bruges til filnavne og kalender-UID'er)"),
                    _ => lang.pick("add `title: …`, the title printed on every document", "tilføj `title: …`, titlen der står på alle dokumenter"),
                }),
            );
        }
    }
    if let Some(id) = &plan.id
        && !crate::model::is_valid_id(id)
    {
        diags.push(
            Diagnostic::error(
                crate::model::INVALID_ID,
                format!("`{}` is not a valid plan id", id.value),
                Label::new(id.span, lang.pick("invalid id", "ugyldigt id")),
            )
            .with_help(lang.pick(
                "ids are kebab-case: lower-case letters, digits and hyphens",
                "id'er skrives med små bogstaver, tal og bindestreger",
            )),
        );
    }
    for (id, phase) in plan.phases.iter() {
        if !phase.has_key("duration") {
            diags.push(
                Diagnostic::error(
                    MISSING_KEY,
                    match lang {
                        Lang::Da => format!("fasen `{id}` har ingen `duration`"),
                        _ => format!("the phase `{id}` has no `duration`"),
                    },
                    Label::new(phase.id.span, lang.pick("no duration", "ingen varighed")),
                )
                .with_help(lang.pick("add e.g. `duration: 3-6 months`, or `duration: ongoing` for a sustainment phase", "tilføj fx `duration: 3-6 måneder`, eller `duration: løbende` for en forankringsfase")),
            );
        }
    }
    Loaded {
        plan,
        diags,
        parsed: true,
    }
}

/// The plan's sections of entities keyed by id.
const SECTIONS: [&str; 6] = [
    "roles",
    "phases",
    "activities",
    "goals",
    "checklists",
    "stakeholders",
];

fn first_key_span(root: &yaml::Node) -> Option<Span> {
    match &root.kind {
        NodeKind::Map(m) => m.first().map(|(k, _)| k.span),
        _ => None,
    }
}
