//! The timing dependency graph: phase `after` and activity `after` and `before` edges.

use crate::model::{Plan, strs};
use crate::span::Span;
use petgraph::graph::{DiGraph, NodeIndex};

/// A node: a phase or an activity, by id.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DepNode {
    Phase(String),
    Activity(String),
}

impl DepNode {
    pub fn id(&self) -> &str {
        match self {
            DepNode::Phase(s) | DepNode::Activity(s) => s,
        }
    }
}

/// Edge from the predecessor to the dependent, with the span of the `after` reference.
#[derive(Clone, Debug)]
pub struct DepGraph {
    pub graph: DiGraph<DepNode, Span>,
    phases: Vec<NodeIndex>,
    activities: Vec<NodeIndex>,
}

impl DepGraph {
    /// Build the graph; references to unknown ids are left out (unknown-reference reports them).
    pub fn build(plan: &Plan, sources: &crate::span::SourceMap) -> DepGraph {
        let mut graph = DiGraph::new();
        let phases: Vec<NodeIndex> = plan
            .phases
            .keys()
            .map(|id| graph.add_node(DepNode::Phase(id.clone())))
            .collect();
        let activities: Vec<NodeIndex> = plan
            .activities
            .keys()
            .map(|id| graph.add_node(DepNode::Activity(id.clone())))
            .collect();
        for (i, phase) in plan.phases.values().enumerate() {
            for pred in strs(&phase.after) {
                if let (Some(p), Some(&me)) =
                    (plan.phases.get_index_of(pred.as_str()), phases.get(i))
                    && let Some(&from) = phases.get(p)
                {
                    graph.add_edge(from, me, pred.span);
                }
            }
        }
        for (i, act) in plan.activities.values().enumerate() {
            // `after` and `before`: either way the activity waits for the other's dates.
            for (pred, span) in act.waits_for() {
                if let (Some(p), Some(&me)) =
                    (plan.activities.get_index_of(pred), activities.get(i))
                    && let Some(&from) = activities.get(p)
                {
                    graph.add_edge(from, me, id_span(sources, span, pred));
                }
            }
        }
        DepGraph {
            graph,
            phases,
            activities,
        }
    }

    pub fn phase_node(&self, index: usize) -> Option<NodeIndex> {
        self.phases.get(index).copied()
    }
    pub fn activity_node(&self, index: usize) -> Option<NodeIndex> {
        self.activities.get(index).copied()
    }

    /// Every dependency cycle: the nodes in order, and the edge spans (edge i goes from node i to node i+1, wrapping).
    pub fn cycles(&self) -> Vec<(Vec<NodeIndex>, Vec<Span>)> {
        cycles(&self.graph)
    }

    /// Phase indices in a dependency order (predecessors first; cycles broken by file order).
    pub fn phase_order(&self, plan: &Plan) -> Vec<usize> {
        let mut order = Vec::with_capacity(plan.phases.len());
        let mut done = vec![false; plan.phases.len()];
        let mut visiting = vec![false; plan.phases.len()];
        for i in 0..plan.phases.len() {
            visit(plan, i, &mut done, &mut visiting, &mut order);
        }
        order
    }
}

fn visit(plan: &Plan, i: usize, done: &mut [bool], visiting: &mut [bool], order: &mut Vec<usize>) {
    // Iterative DFS to stay safe on long chains.
    let mut stack: Vec<(usize, usize)> = vec![(i, 0)];
    while let Some(&mut (node, ref mut next)) = stack.last_mut() {
        if done.get(node).copied().unwrap_or(true) {
            stack.pop();
            continue;
        }
        if let Some(v) = visiting.get_mut(node) {
            *v = true;
        }
        let preds: &[crate::span::Spanned<String>] = plan
            .phases
            .get_index(node)
            .map(|(_, p)| strs(&p.after))
            .unwrap_or(&[]);
        if let Some(pred) = preds.get(*next) {
            *next += 1;
            if let Some(p) = plan.phases.get_index_of(pred.as_str())
                && !done.get(p).copied().unwrap_or(true)
                && !visiting.get(p).copied().unwrap_or(true)
            {
                stack.push((p, 0));
            }
            continue;
        }
        if let Some(d) = done.get_mut(node) {
            *d = true;
        }
        order.push(node);
        stack.pop();
    }
}

/// Every cycle of a graph whose edges carry spans: the nodes in order, and the edge spans (edge i goes from node i to node i+1, wrapping).
pub fn cycles<N>(graph: &DiGraph<N, Span>) -> Vec<(Vec<NodeIndex>, Vec<Span>)> {
    let mut out = Vec::new();
    for scc in petgraph::algo::tarjan_scc(&graph) {
        let self_loop = scc.len() == 1
            && scc
                .first()
                .is_some_and(|&n| graph.find_edge(n, n).is_some());
        if scc.len() < 2 && !self_loop {
            continue;
        }
        let Some(&start) = scc.iter().min() else {
            continue;
        };
        if let Some(cycle) = cycle_through(graph, start, &scc) {
            out.push(cycle);
        }
    }
    out.sort_by_key(|(nodes, _)| nodes.first().copied());
    out
}

/// The shortest cycle through `start` inside one strongly connected component (BFS).
fn cycle_through<N>(
    graph: &DiGraph<N, Span>,
    start: NodeIndex,
    scc: &[NodeIndex],
) -> Option<(Vec<NodeIndex>, Vec<Span>)> {
    use std::collections::{HashMap, VecDeque};
    let inside: std::collections::HashSet<NodeIndex> = scc.iter().copied().collect();
    let mut prev: HashMap<NodeIndex, (NodeIndex, Span)> = HashMap::new();
    let mut queue = VecDeque::from([start]);
    let mut closing: Option<(NodeIndex, Span)> = None;
    'bfs: while let Some(n) = queue.pop_front() {
        let mut edges: Vec<_> = graph
            .edges(n)
            .map(|e| (petgraph::visit::EdgeRef::target(&e), *e.weight()))
            .collect();
        edges.sort_by_key(|(t, _)| *t);
        for (t, span) in edges {
            if t == start {
                closing = Some((n, span));
                break 'bfs;
            }
            if inside.contains(&t) && !prev.contains_key(&t) {
                prev.insert(t, (n, span));
                queue.push_back(t);
            }
        }
    }
    let (last, last_span) = closing?;
    let mut nodes = vec![last];
    let mut spans = vec![last_span];
    let mut cur = last;
    while cur != start {
        let (p, s) = *prev.get(&cur)?;
        nodes.push(p);
        spans.push(s);
        cur = p;
    }
    nodes.reverse();
    // Collected from the back: last→start, then each edge into the node before it.
    // Reversed, edge i goes from node i to node i + 1 and the last one closes the
    // cycle.
    spans.reverse();
    Some((nodes, spans))
}

/// The span of an id inside a scalar (e.g. `kickoff` in `kickoff + 2 weeks`).
pub fn id_span(sources: &crate::span::SourceMap, scalar: Span, id: &str) -> Span {
    let Some(src) = sources.get(scalar.file) else {
        return scalar;
    };
    match src.slice(scalar).find(id) {
        Some(i) => Span::new(
            scalar.file,
            scalar.start as usize + i,
            scalar.start as usize + i + id.len(),
        ),
        None => scalar,
    }
}

/// The goal chain (theory of change): goal `contributes_to` edges between goals, from
/// the contributing goal to the goal it feeds. Unknown ids are left out
/// (unknown-reference reports them).
#[derive(Clone, Debug)]
pub struct GoalChain {
    /// Node i is goal i of `plan.goals`; an edge carries the span of the id written.
    pub graph: DiGraph<String, Span>,
}

impl GoalChain {
    pub fn build(plan: &Plan) -> GoalChain {
        let mut graph = DiGraph::new();
        let nodes: Vec<NodeIndex> = plan
            .goals
            .keys()
            .map(|id| graph.add_node(id.clone()))
            .collect();
        for (&from, goal) in nodes.iter().zip(plan.goals.values()) {
            for to in strs(&goal.contributes_to) {
                if let Some(&to_node) = plan
                    .goals
                    .get_index_of(to.as_str())
                    .and_then(|i| nodes.get(i))
                {
                    graph.add_edge(from, to_node, to.span);
                }
            }
        }
        GoalChain { graph }
    }

    /// The goals an activity feeds, directly (`contributes_to` on an activity) or
    /// through goals that contribute to them.
    pub fn fed(&self, plan: &Plan) -> std::collections::HashSet<String> {
        let mut queue: Vec<NodeIndex> = plan
            .activities
            .values()
            .flat_map(|a| strs(&a.contributes_to))
            .filter_map(|g| plan.goals.get_index_of(g.as_str()))
            .map(NodeIndex::new)
            .collect();
        let mut seen = std::collections::HashSet::new();
        while let Some(n) = queue.pop() {
            if !seen.insert(n) {
                continue;
            }
            queue.extend(self.graph.neighbors(n));
        }
        seen.into_iter()
            .filter_map(|n| self.graph.node_weight(n).cloned())
            .collect()
    }

    /// The goals that contribute to goal `n` directly, in file order.
    pub fn feeders(&self, n: NodeIndex) -> Vec<&str> {
        let mut v: Vec<NodeIndex> = self
            .graph
            .neighbors_directed(n, petgraph::Direction::Incoming)
            .collect();
        v.sort();
        v.dedup();
        v.iter()
            .filter_map(|&m| self.graph.node_weight(m).map(String::as_str))
            .collect()
    }

    /// Every cycle among the goals (see [`cycles`]).
    pub fn cycles(&self) -> Vec<(Vec<NodeIndex>, Vec<Span>)> {
        cycles(&self.graph)
    }
}
