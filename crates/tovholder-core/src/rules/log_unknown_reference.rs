//! `log-unknown-reference`: a journal entry names something the plan does not have.

use super::{Ctx, Finding};
use crate::follow_up::Unresolved;
use crate::messages::RuleMsg;

declare_rule! {
    /// ## What it does
    /// Reports a journal entry whose activity (`held`, `cancelled`), goal
    /// (`measured`), phase (`phase_started`, `phase_completed`) or checklist
    /// (`checked`) is not in the merged plan, with the nearest id as a suggestion; and
    /// a `checked` entry whose `item` (a 1-based number or the item's text) the
    /// checklist does not have.
    ///
    /// ## Why it matters
    /// An entry about nothing is a meeting that counts for nothing: the occurrence it
    /// was meant for stays unrecorded, and the measurement never reaches its goal.
    ///
    /// ## Example
    /// ```yaml
    /// kind: log
    /// entries:
    ///   - { date: 2027-03-04, held: laeringsmode }
    /// ```
    ///
    /// ## Use instead
    /// ```yaml
    /// kind: log
    /// entries:
    ///   - { date: 2027-03-04, held: laeringsmoede }
    /// ```
    pub static RULE = "log-unknown-reference", Deny,
        "A journal entry names an id or checklist item the plan does not have",
        models: false, needs_schedule: true, check: Some(check);
}

fn check(ctx: &Ctx, out: &mut Vec<Finding>) {
    let Some(f) = ctx.follow_up else { return };
    for u in &f.unresolved {
        out.push(match u {
            Unresolved::Id {
                target,
                id,
                suggestion,
                span,
            } => Finding::of(
                RuleMsg::LogUnknownReference {
                    target: target.key().to_string(),
                    id: id.clone(),
                    suggestion: suggestion.clone(),
                },
                *span,
            ),
            Unresolved::Item {
                checklist,
                item,
                items,
                span,
            } => Finding::of(
                RuleMsg::LogUnknownItem {
                    checklist: checklist.clone(),
                    item: item.clone(),
                    items: *items,
                },
                *span,
            ),
        });
    }
}
