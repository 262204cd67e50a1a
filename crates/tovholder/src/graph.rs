//! `tovholder graph`: phases and their dependencies (activities optionally) as a
//! Mermaid flowchart or a Graphviz DOT graph, for a README or a wiki.
//!
//! Phases are boxes labelled with their name and duration (in the plan's language); an optional
//! phase is dashed; `after` dependencies are arrows. With `--activities`, each
//! activity is a rounded node joined to its phases by dotted lines, with its timing
//! (`every`, `at` or `date`, in words in the plan's language) as a second line and its `after` reference as an arrow
//! labelled with the offset. With `--goals` (which draws the activities too), each goal
//! is a hexagon with its statement and level (process or result goal, in the plan's
//! language), and bold arrows draw the goal chain: activity → goal (`contributes_to`)
//! and goal → goal. Nodes are named `p1…`, `a1…`, `g1…` in file order, so labels
//! can hold any text (æ ø å, quotes) and the output is the same for the same plan.
//!
//! The graph is drawn from the plan as written, so it also works for models and for
//! plans that cannot be scheduled — a dependency cycle shows up as a loop. Error-level
//! findings still go to stderr and give exit code 1.

use crate::check;
use crate::exit;
use crate::format::FileResult;
use crate::output;
use crate::plan::{self, check_file, report_to_stderr};
use clap::{Args, ValueEnum};
use std::path::PathBuf;
use tovholder_core::compiled::clean_text;
use tovholder_core::messages::CliMsg;
use tovholder_core::model::{GoalLevel, Plan, strs};
use tovholder_core::{CheckOptions, Lang, Span};
use tovholder_render::i18n;

#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum GraphFormat {
    /// A Mermaid flowchart (renders in GitHub and GitLab Markdown inside a ```mermaid block).
    Mermaid,
    /// Graphviz DOT (`dot -Tsvg`).
    Dot,
}

#[derive(Args, Debug)]
pub struct GraphArgs {
    /// The plan (or model) to draw.
    pub plan: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value = "mermaid")]
    pub format: GraphFormat,
    /// Draw the activities too, joined to their phases and to the activities they come after.
    #[arg(long)]
    pub activities: bool,
    /// Draw the goal chain too (and the activities): activities → goals → goals (`contributes_to`).
    #[arg(long)]
    pub goals: bool,
    /// Language of messages (da, en, sv); default: the plan's `language`, else English.
    #[arg(long, value_parser = check::parse_lang)]
    pub lang: Option<Lang>,
    /// Let `uses` paths leave the repository root (the nearest folder with `.git` or `tovholder.toml`).
    #[arg(long)]
    pub allow_outside_root: bool,
}

pub fn run(args: &GraphArgs) -> u8 {
    let opts = CheckOptions {
        lang: args.lang,
        allow_outside_root: args.allow_outside_root,
        ..Default::default()
    };
    let path = args.plan.display().to_string();
    let result = match check_file(&args.plan, &opts) {
        Ok(r) => r,
        Err(reason) => {
            plan::error(
                &CliMsg::CannotRead { path, reason },
                args.lang.unwrap_or(Lang::En),
            );
            return exit::FAILURE;
        }
    };
    let graph = Graph::of(&result, args.activities || args.goals, args.goals);
    if !graph.nodes.is_empty() {
        output::print(&match args.format {
            GraphFormat::Mermaid => graph.mermaid(),
            GraphFormat::Dot => graph.dot(),
        });
    }
    if result.checked.errors() > 0 {
        report_to_stderr(&result);
        return exit::FINDINGS;
    }
    if graph.nodes.is_empty() {
        plan::error(&CliMsg::NoPhases { path }, result.checked.lang);
        return exit::FINDINGS;
    }
    exit::OK
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Phase { optional: bool },
    Activity,
    Goal,
}

struct Node {
    id: String,
    lines: Vec<String>,
    kind: Kind,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum EdgeKind {
    /// A phase or activity `after` dependency.
    After,
    /// An activity belongs to a phase.
    Member,
    /// An activity or a goal contributes to a goal (`contributes_to`).
    Contributes,
}

struct Edge {
    from: usize,
    to: usize,
    label: Option<String>,
    kind: EdgeKind,
}

struct Graph {
    title: String,
    nodes: Vec<Node>,
    edges: Vec<Edge>,
}

impl Graph {
    fn of(result: &FileResult, activities: bool, goals: bool) -> Graph {
        let plan: &Plan = &result.checked.plan;
        // Labels are in the plan's language (its documents'), not the messages'.
        let lang = tovholder_core::schedule::document_lang(plan);
        let written = |span: Span, fallback: String| -> String {
            let raw = result
                .sources
                .get(span.file)
                .map(|f| f.slice(span).trim())
                .unwrap_or("");
            let raw = raw
                .strip_prefix('"')
                .and_then(|r| r.strip_suffix('"'))
                .or_else(|| raw.strip_prefix('\'').and_then(|r| r.strip_suffix('\'')))
                .unwrap_or(raw);
            if raw.is_empty() || raw.contains('\n') {
                fallback
            } else {
                raw.to_string()
            }
        };
        let mut nodes = Vec::new();
        let mut edges = Vec::new();
        for (i, (id, p)) in plan.phases.iter().enumerate() {
            let mut lines = vec![p.name.as_ref().map_or(id.clone(), |n| n.value.clone())];
            if let Some(d) = &p.duration {
                lines.push(i18n::duration_text(
                    lang,
                    &written(d.span, d.value.to_string()),
                ));
            }
            let optional = p.optional.as_ref().is_some_and(|o| o.value);
            if optional {
                lines.push(i18n::label(lang, "optional").into());
            }
            nodes.push(Node {
                id: format!("p{}", i + 1),
                lines,
                kind: Kind::Phase { optional },
            });
            for pred in strs(&p.after) {
                if let Some(from) = plan.phases.get_index_of(pred.as_str()) {
                    edges.push(Edge {
                        from,
                        to: i,
                        label: None,
                        kind: EdgeKind::After,
                    });
                }
            }
        }
        if activities {
            let base = nodes.len();
            for (i, (id, a)) in plan.activities.iter().enumerate() {
                let mut lines = vec![a.name.as_ref().map_or(id.clone(), |n| n.value.clone())];
                if let Some(d) = &a.date {
                    lines.push(i18n::date_long(lang, d.value));
                } else if let Some(at) = &a.at {
                    let at = i18n::duration_text(lang, &written(at.span, at.value.to_string()));
                    lines.push(match lang {
                        Lang::Da => format!("{at} efter fasens start"),
                        Lang::Sv => format!("{at} efter fasens start"),
                        Lang::En => format!("{at} into the phase"),
                    });
                }
                if let Some(e) = &a.every {
                    lines.push(i18n::capitalise(&i18n::cadence(
                        lang,
                        &written(e.span, e.value.to_string()),
                    )));
                }
                nodes.push(Node {
                    id: format!("a{}", i + 1),
                    lines,
                    kind: Kind::Activity,
                });
                let mut seen = Vec::new();
                for p in a.phase_refs() {
                    if let Some(pi) = plan.phases.get_index_of(p.as_str())
                        && !seen.contains(&pi)
                    {
                        seen.push(pi);
                        edges.push(Edge {
                            from: pi,
                            to: base + i,
                            label: None,
                            kind: EdgeKind::Member,
                        });
                    }
                }
                for (sign, id, span, offset) in strs(&a.after)
                    .iter()
                    .map(|r| ('+', &r.value.activity, r.span, r.value.offset))
                    .chain(
                        strs(&a.before)
                            .iter()
                            .map(|r| ('-', &r.value.activity, r.span, r.value.offset)),
                    )
                {
                    let Some(from) = plan.activities.get_index_of(id.as_str()) else {
                        continue;
                    };
                    edges.push(Edge {
                        from: base + from,
                        to: base + i,
                        label: offset.map(|o| {
                            // The offset as written: the text after `+` (`after`) or
                            // after the id and its minus (`before`).
                            let text = written(span, String::new());
                            let rest = match sign {
                                '+' => text.split_once('+').map(|(_, o)| o),
                                _ => text.trim_start().split_once(char::is_whitespace).map(
                                    |(_, o)| o.trim_start().trim_start_matches(['-', '–', '−']),
                                ),
                            };
                            match rest {
                                Some(o) if !o.trim().is_empty() => {
                                    format!("{sign} {}", i18n::duration_text(lang, o.trim()))
                                }
                                _ => format!("{sign} {o}"),
                            }
                        }),
                        kind: EdgeKind::After,
                    });
                }
            }
        }
        if goals {
            let acts = nodes.len() - plan.activities.len();
            let base = nodes.len();
            for (i, (id, g)) in plan.goals.iter().enumerate() {
                let mut lines = vec![g.statement.as_ref().map_or(id.clone(), |s| s.value.clone())];
                if let Some(level) = &g.level {
                    lines.push(goal_level(lang, level.value).to_string());
                }
                nodes.push(Node {
                    id: format!("g{}", i + 1),
                    lines,
                    kind: Kind::Goal,
                });
                for to in strs(&g.contributes_to) {
                    if let Some(t) = plan.goals.get_index_of(to.as_str()) {
                        edges.push(Edge {
                            from: base + i,
                            to: base + t,
                            label: None,
                            kind: EdgeKind::Contributes,
                        });
                    }
                }
            }
            for (i, a) in plan.activities.values().enumerate() {
                for to in strs(&a.contributes_to) {
                    if let Some(t) = plan.goals.get_index_of(to.as_str()) {
                        edges.push(Edge {
                            from: acts + i,
                            to: base + t,
                            label: None,
                            kind: EdgeKind::Contributes,
                        });
                    }
                }
            }
        }
        let title = plan
            .title
            .as_ref()
            .map(|t| t.value.clone())
            .or_else(|| plan.id.as_ref().map(|i| i.value.clone()))
            .unwrap_or_default();
        Graph {
            title,
            nodes,
            edges,
        }
    }

    fn node_id(&self, i: usize) -> &str {
        self.nodes.get(i).map_or("", |n| n.id.as_str())
    }

    fn mermaid(&self) -> String {
        let mut out = String::from("flowchart LR\n");
        // The title as a comment, one line with no `%` left: a `%%{init: …}%%`
        // directive in it would otherwise configure the diagram.
        let comment = one_line(&clean_text(&self.title)).replace('%', "#37;");
        out.push_str(&format!("  %% {comment}\n"));
        for n in &self.nodes {
            let label = n
                .lines
                .iter()
                .map(|l| mermaid_text(l))
                .collect::<Vec<_>>()
                .join("<br/>");
            match n.kind {
                Kind::Phase { .. } => out.push_str(&format!("  {}[\"{label}\"]\n", n.id)),
                Kind::Activity => out.push_str(&format!("  {}(\"{label}\")\n", n.id)),
                Kind::Goal => out.push_str(&format!("  {}{{{{\"{label}\"}}}}\n", n.id)),
            }
        }
        for e in &self.edges {
            let (from, to) = (self.node_id(e.from), self.node_id(e.to));
            match (e.kind, &e.label) {
                (EdgeKind::Member, _) => out.push_str(&format!("  {from} -.- {to}\n")),
                (EdgeKind::Contributes, _) => out.push_str(&format!("  {from} ==> {to}\n")),
                (EdgeKind::After, Some(l)) => {
                    out.push_str(&format!("  {from} -->|\"{}\"| {to}\n", mermaid_text(l)));
                }
                (EdgeKind::After, None) => out.push_str(&format!("  {from} --> {to}\n")),
            }
        }
        let optional: Vec<&str> = self
            .nodes
            .iter()
            .filter(|n| n.kind == Kind::Phase { optional: true })
            .map(|n| n.id.as_str())
            .collect();
        let acts: Vec<&str> = self
            .nodes
            .iter()
            .filter(|n| n.kind == Kind::Activity)
            .map(|n| n.id.as_str())
            .collect();
        if !optional.is_empty() {
            out.push_str("  classDef optional stroke-dasharray: 5 5\n");
            out.push_str(&format!("  class {} optional\n", optional.join(",")));
        }
        if !acts.is_empty() {
            out.push_str("  classDef activity font-size:12px\n");
            out.push_str(&format!("  class {} activity\n", acts.join(",")));
        }
        out
    }

    fn dot(&self) -> String {
        let mut out = format!("digraph \"{}\" {{\n", dot_text(&self.title));
        out.push_str("  rankdir=LR;\n");
        out.push_str("  node [shape=box, style=rounded, fontname=\"Helvetica\"];\n");
        out.push_str("  edge [fontname=\"Helvetica\", fontsize=10];\n");
        for n in &self.nodes {
            let label = n
                .lines
                .iter()
                .map(|l| dot_text(l))
                .collect::<Vec<_>>()
                .join("\\n");
            let attrs = match n.kind {
                Kind::Phase { optional: true } => ", style=\"rounded,dashed\"",
                Kind::Phase { optional: false } => "",
                Kind::Activity => ", shape=ellipse, style=solid, fontsize=10",
                Kind::Goal => ", shape=hexagon, style=solid",
            };
            out.push_str(&format!("  {} [label=\"{label}\"{attrs}];\n", n.id));
        }
        for e in &self.edges {
            let (from, to) = (self.node_id(e.from), self.node_id(e.to));
            match (e.kind, &e.label) {
                (EdgeKind::Member, _) => out.push_str(&format!(
                    "  {from} -> {to} [style=dotted, arrowhead=none];\n"
                )),
                (EdgeKind::Contributes, _) => {
                    out.push_str(&format!("  {from} -> {to} [style=bold];\n"));
                }
                (EdgeKind::After, Some(l)) => {
                    out.push_str(&format!("  {from} -> {to} [label=\"{}\"];\n", dot_text(l)));
                }
                (EdgeKind::After, None) => out.push_str(&format!("  {from} -> {to};\n")),
            }
        }
        out.push_str("}\n");
        out
    }
}

/// A goal's level as a label in the plan's language.
fn goal_level(lang: Lang, level: GoalLevel) -> &'static str {
    match (lang, level) {
        (Lang::Da, GoalLevel::Process) => "Procesmål",
        (Lang::Da, GoalLevel::Result) => "Resultatmål",
        (Lang::Sv, GoalLevel::Process) => "Processmål",
        (Lang::Sv, GoalLevel::Result) => "Resultatmål",
        (Lang::En, GoalLevel::Process) => "Process goal",
        (Lang::En, GoalLevel::Result) => "Result goal",
    }
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Text for inside a quoted Mermaid label (or the title's comment): entity codes for
/// the characters Mermaid would read as syntax (`"`, `#`, `<`, `>`, backticks, and `%`,
/// so no `%%{init: …}%%` directive can reach the diagram's configuration), whitespace
/// folded to one line (so no `click` or other statement can start a line), control
/// characters cleaned as in every document ([`clean_text`]).
fn mermaid_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in one_line(&clean_text(s)).chars() {
        match c {
            '%' => out.push_str("#37;"),
            '#' => out.push_str("#35;"),
            '"' => out.push_str("#quot;"),
            '<' => out.push_str("#lt;"),
            '>' => out.push_str("#gt;"),
            '`' => out.push_str("#96;"),
            c => out.push(c),
        }
    }
    out
}

/// Text for inside a quoted DOT string (control characters cleaned as in every
/// document, [`clean_text`]).
fn dot_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in one_line(&clean_text(s)).chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_escaped() {
        assert_eq!(
            mermaid_text("Klar, \"parat\" – start #1 <ny>"),
            "Klar, #quot;parat#quot; – start #35;1 #lt;ny#gt;"
        );
        assert_eq!(mermaid_text("a\n  b"), "a b");
        assert_eq!(
            mermaid_text("%%{init: {\"theme\": \"dark\"}}%%"),
            "#37;#37;{init: {#quot;theme#quot;: #quot;dark#quot;}}#37;#37;"
        );
        assert_eq!(mermaid_text("a\u{0B}b\0c\u{FFFE}"), "a bc");
        assert_eq!(dot_text("a\u{1}b"), "ab");
        assert_eq!(dot_text("a \"b\" \\n"), "a \\\"b\\\" \\\\n");
    }
}
