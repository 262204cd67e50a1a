//! `dependency-cycle`: phases or activities that wait for each other.

use super::{Ctx, Finding, SectionKind};
use crate::diag::{Label, Lang};
use crate::graph::DepNode;

declare_rule! {
    /// ## What it does
    /// Finds cycles in the timing dependencies — phase `after` lists and activity
    /// `after` references — and reports each cycle once, naming every step and
    /// labelling every edge.
    ///
    /// ## Why it matters
    /// A cycle cannot be scheduled: none of the phases in it can ever start.
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
        let (section, what) = match first {
            DepNode::Phase(_) => (SectionKind::Phases, ctx.t("phases", "faserne")),
            DepNode::Activity(_) => (
                SectionKind::Activities,
                ctx.t("activities", "aktiviteterne"),
            ),
        };
        // A long cycle is named by its first steps and its length, not by every id.
        const SHOWN: usize = 10;
        let mut chain = if names.len() > SHOWN + 2 {
            let head = names.get(..SHOWN).unwrap_or_default().join(" → ");
            match ctx.lang {
                Lang::Da => format!("{head} → … ({} i alt)", names.len()),
                _ => format!("{head} → … ({} in all)", names.len()),
            }
        } else {
            names.join(" → ")
        };
        if let Some(f) = names.first() {
            chain.push_str(" → ");
            chain.push_str(f);
        }
        let message = match ctx.lang {
            Lang::Da => format!("{what} venter på hinanden i ring: {chain}"),
            _ => format!("the {what} wait for each other in a cycle: {chain}"),
        };
        let mut labels = Vec::new();
        for (i, span) in spans.iter().enumerate() {
            let from = names.get(i).copied().unwrap_or("?");
            let to = names
                .get((i + 1) % names.len().max(1))
                .copied()
                .unwrap_or("?");
            let text = match ctx.lang {
                Lang::Da => format!("`{to}` venter på `{from}`"),
                _ => format!("`{to}` waits for `{from}`"),
            };
            labels.push(Label::new(*span, text));
        }
        // Primary label first in reading order.
        labels.sort_by_key(|l| (l.span.file, l.span.start));
        let Some(primary) = labels.first().cloned() else {
            continue;
        };
        let mut f = Finding::new(message, primary)
            .help(ctx.t(
                "remove one of the `after` references so the chain has a beginning",
                "fjern en af `after`-henvisningerne, så kæden får en begyndelse",
            ))
            .on(section, first.id());
        for l in labels.into_iter().skip(1) {
            f = f.label(l);
        }
        out.push(f);
    }
}
