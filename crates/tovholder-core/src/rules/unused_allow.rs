//! `unused-allow`: an `allow:` entry that silences nothing.

use super::{EntityRef, SectionKind};
use crate::diag::{Diagnostic, Label, Lang, Level};
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
                let help = match super::suggest_rule(name) {
                    Some(s) => match ctx.lang {
                        Lang::Da => format!("mente du `{s}`? `tovholder rules` viser alle regler"),
                        _ => format!("did you mean `{s}`? `tovholder rules` lists every rule"),
                    },
                    None => ctx
                        .t(
                            "`tovholder rules` lists every rule",
                            "`tovholder rules` viser alle regler",
                        )
                        .to_string(),
                };
                out.push(Diagnostic {
                    rule: &RULE,
                    finding: None,
                    level,
                    message: match ctx.lang {
                        Lang::Da => format!("`{name}` er ikke en regel"),
                        _ => format!("`{name}` is not a rule"),
                    },
                    help: Some(help),
                    labels: vec![Label::new(
                        entry.span,
                        ctx.t("unknown rule", "ukendt regel"),
                    )],
                });
                continue;
            };
            if !ran.contains(rule.name) || used.contains(&(entity.clone(), rule.name)) {
                continue;
            }
            out.push(Diagnostic {
                rule: &RULE,
                finding: None,
                level,
                message: match ctx.lang {
                    Lang::Da => format!("`allow: [{name}]` dæmper ikke noget her"),
                    _ => format!("`allow: [{name}]` silences nothing here"),
                },
                help: Some(
                    ctx.t(
                        "remove the entry: the gap it excused is gone",
                        "fjern linjen: det hul, den undskyldte, er væk",
                    )
                    .to_string(),
                ),
                labels: vec![Label::new(
                    entry.span,
                    ctx.t("nothing to silence", "intet at dæmpe"),
                )],
            });
        }
    }
    out
}
