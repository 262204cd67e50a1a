//! `goal-without-activity`: a goal no activity contributes to.

use super::{Ctx, Finding, SectionKind};
use crate::graph::GoalChain;
use crate::messages::RuleMsg;
use petgraph::graph::NodeIndex;
use std::collections::HashSet;

declare_rule! {
    /// ## What it does
    /// Reports goals that no activity lists in `contributes_to`, in plans and models.
    /// A goal may instead be fed by other goals (a process goal's `contributes_to:
    /// [result-goal]`): a result goal fed by process goals that activities feed is not a
    /// hole; a goal reached only through a chain whose start no activity feeds still is.
    ///
    /// ## Why it matters
    /// The Viborg jobcentre (*Vis mig værdien*, 2014) builds its work on a theory of
    /// change (*forandringsteori*): activities are documented so that one can check
    /// that we do what we say we do, and that what we do leads to what we expect. A
    /// goal no activity contributes to is a hole in that theory — the plan hopes for a
    /// result without planning anything that could bring it about.
    ///
    /// ## Example
    /// ```yaml
    /// activities:
    ///   laeringsmoede:
    ///     phases: [i-gang, forankring]
    ///     every: 2 months
    ///     responsible: superbruger
    /// goals:
    ///   borgerinddragelse:
    ///     statement: Borgeren inddrages aktivt i sagsbehandlingen
    /// ```
    ///
    /// ## Use instead
    /// ```yaml
    /// activities:
    ///   laeringsmoede:
    ///     phases: [i-gang, forankring]
    ///     every: 2 months
    ///     responsible: superbruger
    ///     contributes_to: [borgerinddragelse]
    /// goals:
    ///   borgerinddragelse:
    ///     statement: Borgeren inddrages aktivt i sagsbehandlingen
    /// ```
    pub static RULE = "goal-without-activity", Warn, "A goal no activity contributes to",
        check: Some(check);
}

fn check(ctx: &Ctx, out: &mut Vec<Finding>) {
    let chain = GoalChain::build(ctx.plan);
    // The goals activities feed, directly or through the goals that contribute to them.
    let fed = chain.fed(ctx.plan);
    for (i, (id, entity)) in ctx.plan.goals.iter().enumerate() {
        if fed.contains(id.as_str()) {
            continue;
        }
        let via: Vec<String> = chain
            .feeders(NodeIndex::new(i))
            .into_iter()
            .map(str::to_string)
            .collect();
        let finding = if via.is_empty() {
            RuleMsg::GoalWithoutActivity { goal: id.clone() }
        } else {
            RuleMsg::GoalChainWithoutActivity {
                goal: id.clone(),
                starts: starts(&chain, NodeIndex::new(i)),
                via,
            }
        };
        out.push(Finding::of(finding, entity.id.span).on(SectionKind::Goals, id));
    }
}

/// Where the chain into `goal` begins: the goals upstream that no goal feeds (or, in
/// a circle with no beginning, the direct feeders), in file order.
fn starts(chain: &GoalChain, goal: NodeIndex) -> Vec<String> {
    let mut seen = HashSet::new();
    let mut queue = vec![goal];
    while let Some(n) = queue.pop() {
        if seen.insert(n) {
            queue.extend(
                chain
                    .graph
                    .neighbors_directed(n, petgraph::Direction::Incoming),
            );
        }
    }
    let mut roots: Vec<NodeIndex> = seen
        .iter()
        .copied()
        .filter(|&n| n != goal && chain.feeders(n).is_empty())
        .collect();
    if roots.is_empty() {
        return chain
            .feeders(goal)
            .into_iter()
            .map(str::to_string)
            .collect();
    }
    roots.sort();
    roots
        .iter()
        .filter_map(|&n| chain.graph.node_weight(n).cloned())
        .collect()
}
