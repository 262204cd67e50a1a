//! `dependency-cycle`: phases or activities that wait for each other.

use super::{Ctx, Finding, SectionKind};
use crate::graph::DepNode;
use crate::messages::RuleMsg;
use crate::span::Span;

declare_rule! {
    /// ## What it does
    /// Finds cycles in the timing dependencies — phase `after` lists and activity
    /// `after` references — and reports each cycle once, naming every step and
    /// labelling every edge. Goals whose `contributes_to` lists run in a circle are
    /// reported the same way.
    ///
    /// ## Why it matters
    /// A cycle cannot be scheduled: none of the phases in it can ever start. A theory
    /// of change that goes round in a circle has no process goal to start from.
    ///
    /// ## Example
    /// ```yaml
    /// phases:
    ///   i-gang: { after: [forankring], duration: 1 year }
    ///   forankring: { after: [i-gang], duration: ongoing }
    /// ```
    ///
    /// ## Use instead
    /// ```yaml
    /// phases:
    ///   i-gang: { after: [klar-parat-start], duration: 1 year }
    ///   forankring: { after: [i-gang], duration: ongoing }
    /// ```
    pub static RULE = "dependency-cycle", Deny,
        "Phases or activities that wait for each other in a circle",
        configurable: false, check: Some(check);
}

fn check(ctx: &Ctx, out: &mut Vec<Finding>) {
    for (nodes, spans) in ctx.graph.cycles() {
        let names: Vec<&str> = nodes
            .iter()
            .filter_map(|n| ctx.graph.graph.node_weight(*n))
            .map(DepNode::id)
            .collect();
        let Some(first) = nodes.first().and_then(|n| ctx.graph.graph.node_weight(*n)) else {
            continue;
        };
        let section = match first {
            DepNode::Phase(_) => SectionKind::Phases,
            DepNode::Activity(_) => SectionKind::Activities,
        };
        let Some(cycle) = Cycle::of(&names, &spans) else {
            continue;
        };
        let finding = RuleMsg::DependencyCycle {
            activities: section == SectionKind::Activities,
            chain: cycle.shown.clone(),
            total: names.len(),
            // Each `after` edge: who waits (the step) for whom (the next step).
            waits: cycle
                .edges
                .iter()
                .map(|(from, to)| (to.clone(), from.clone()))
                .collect(),
        };
        out.push(cycle.finding(finding).on(section, first.id()));
    }
    goal_cycles(ctx, out);
}

fn goal_cycles(ctx: &Ctx, out: &mut Vec<Finding>) {
    let chain = crate::graph::GoalChain::build(ctx.plan);
    for (nodes, spans) in chain.cycles() {
        let names: Vec<&str> = nodes
            .iter()
            .filter_map(|n| chain.graph.node_weight(*n).map(String::as_str))
            .collect();
        let Some(first) = names.first().copied() else {
            continue;
        };
        let Some(cycle) = Cycle::of(&names, &spans) else {
            continue;
        };
        let finding = RuleMsg::GoalCycle {
            chain: cycle.shown.clone(),
            total: names.len(),
            // Each `contributes_to` edge: which goal (the step) feeds which (the next).
            feeds: cycle.edges.clone(),
        };
        out.push(cycle.finding(finding).on(SectionKind::Goals, first));
    }
}

/// A cycle as a finding names it: its first steps (a long cycle is named by its
/// first steps and its length, not by every id) and each edge `(step, next step)`
/// with its place, in reading order.
struct Cycle {
    shown: Vec<String>,
    edges: Vec<(String, String)>,
    places: Vec<Span>,
}

impl Cycle {
    /// `spans[i]` is the place of the edge from `names[i]` to the next name (the
    /// last edge closes the circle); `None` when the cycle has no edge.
    fn of(names: &[&str], spans: &[Span]) -> Option<Self> {
        const SHOWN: usize = 10;
        let shown = if names.len() > SHOWN + 2 {
            names.get(..SHOWN).unwrap_or_default()
        } else {
            names
        };
        let mut edges: Vec<(Span, String, String)> = spans
            .iter()
            .enumerate()
            .map(|(i, span)| {
                let from = names.get(i).copied().unwrap_or("?");
                let to = names
                    .get((i + 1) % names.len().max(1))
                    .copied()
                    .unwrap_or("?");
                (*span, from.to_string(), to.to_string())
            })
            .collect();
        edges.sort_by_key(|(s, _, _)| (s.file, s.start));
        if edges.is_empty() {
            return None;
        }
        Some(Self {
            shown: shown.iter().map(|s| s.to_string()).collect(),
            places: edges.iter().map(|(s, _, _)| *s).collect(),
            edges: edges.into_iter().map(|(_, from, to)| (from, to)).collect(),
        })
    }

    /// The finding at the first edge, every other edge as a further place.
    fn finding(&self, msg: RuleMsg) -> Finding {
        let mut places = self.places.iter().copied();
        let primary = places.next().unwrap_or_default();
        places.fold(Finding::of(msg, primary), Finding::at)
    }
}
