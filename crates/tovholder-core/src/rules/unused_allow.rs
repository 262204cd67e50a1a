//! `unused-allow`: an `allow:` entry that silences nothing.

use super::{EntityRef, SectionKind};
use crate::diag::{Diagnostic, Level};
use crate::messages::RuleMsg;
use crate::model::strs;
use std::collections::{BTreeSet, HashSet};

declare_rule! {
    /// ## What it does
    /// Reports entries in `allow:` lists that did not silence any finding on that
    /// entity, and names that are not rules at all (with a suggestion).
    ///
    /// ## Why it matters
    /// `allow:` is a visible, deliberate exception. Once the gap is fixed the exception
    /// should go, or it will hide the next real gap.
    ///
    /// ## Example
    /// ```yaml
    /// roles:
    ///   leder:
    ///     owner: [Mette Holm]
    ///     allow: [role-without-owner]
    /// ```
    ///
    /// ## Use instead
    /// ```yaml
    /// roles:
    ///   leder:
    ///     owner: [Mette Holm]
    /// ```
    pub static RULE = "unused-allow", Warn, "An `allow:` entry that silences nothing",
        check: Some(|_, _| {});
}

pub(super) fn check_allows(
    ctx: &super::Ctx,
    used: &HashSet<(Option<EntityRef>, &'static str)>,
    ran: &BTreeSet<&'static str>,
    level: Level,
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let mut lists: Vec<(Option<EntityRef>, &[crate::span::Spanned<String>])> =
        vec![(None, strs(&ctx.plan.allow))];
    for section in SectionKind::ALL {
        for id in section.ids(ctx.plan) {
            lists.push((
                Some(EntityRef {
                    section,
                    id: id.to_string(),
                }),
                section.allow_list(ctx.plan, id),
            ));
        }
    }
    for (entity, list) in lists {
        for entry in list {
            let name = entry.value.as_str();
            let Some(rule) = super::find(name) else {
                let finding = RuleMsg::UnknownRule {
                    name: name.to_string(),
                    suggestion: super::suggest_rule(name).map(str::to_string),
                };
                out.push(Diagnostic::report(finding, &[entry.span], ctx.lang).at(level));
                continue;
            };
            if !ran.contains(rule.name) || used.contains(&(entity.clone(), rule.name)) {
                continue;
            }
            let finding = RuleMsg::AllowSilencesNothing {
                name: name.to_string(),
            };
            out.push(Diagnostic::report(finding, &[entry.span], ctx.lang).at(level));
        }
    }
    out
}
