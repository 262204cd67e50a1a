//! `no-sustainment-phase`: the plan stops instead of anchoring the method.

use super::{Ctx, Finding};
use crate::diag::{Label, Lang};
use crate::duration::Duration;
use crate::model::strs;
use std::collections::HashSet;

declare_rule! {
    /// ## What it does
    /// Looks at the last phases of the plan — the phases no other phase comes `after` —
    /// and reports the plan when none of them is `ongoing` and no recurring activity
    /// (one with `every`) belongs to any of them. Plans and models are checked. It is a
    /// plan-level finding: silence it with `allow:` at the top of the file.
    ///
    /// ## Why it matters
    /// The sources agree that implementation is won or lost after the launch. The ICS
    /// workshop (*Superbrugerrollen i en implementeringsproces*, 2015) quotes Fixsen et
    /// al. (*Implementation Research: A Synthesis of the Literature*, 2005): with a
    /// focus on implementation, 80% succeed within 3 years; without it, 14% within 17
    /// years — and "the challenge is not starting but continuing after the first
    /// enthusiasm". Its last phase, *Forankring* (anchoring), runs from one year on
    /// with no end, and the learning meetings are put into a year wheel so they keep
    /// coming. The motivation curve of the guide to good case handling in elder care
    /// ends in anchoring, and the Swedish course on leading collaboration (*Samverkan*,
    /// Knut, dag 2+3) ends in operation. A plan whose last phase simply ends has
    /// planned the launch, not the method.
    ///
    /// ## Example
    /// ```yaml
    /// phases:
    ///   i-gang: { after: [klar-parat-start], duration: 1 year }
    /// activities:
    ///   evaluering: { phase: i-gang, at: 10 months, responsible: leder }
    /// ```
    ///
    /// ## Use instead
    /// ```yaml
    /// phases:
    ///   i-gang: { after: [klar-parat-start], duration: 1 year }
    ///   forankring: { after: [i-gang], duration: ongoing }
    /// activities:
    ///   evaluering: { phase: i-gang, at: 10 months, responsible: leder }
    ///   laeringsmoede:
    ///     phases: [i-gang, forankring]
    ///     every: 2 months
    ///     responsible: superbruger
    /// ```
    pub static RULE = "no-sustainment-phase", Warn,
        "The last phase is not ongoing and has no recurring activity",
        check: Some(check);
}

fn check(ctx: &Ctx, out: &mut Vec<Finding>) {
    let plan = ctx.plan;
    let followed: HashSet<&str> = plan
        .phases
        .values()
        .flat_map(|p| strs(&p.after))
        .map(|a| a.as_str())
        .collect();
    let last: Vec<(&String, _)> = plan
        .phases
        .iter()
        .filter(|(id, _)| !followed.contains(id.as_str()))
        .collect();
    // No phases, or every phase is followed by another (a cycle): nothing to judge here.
    if last.is_empty() {
        return;
    }
    let ongoing = last.iter().any(|(_, p)| {
        matches!(
            p.duration.as_ref().map(|d| &d.value),
            Some(Duration::Ongoing)
        )
    });
    // A last phase without a duration is reported by the loader; do not guess what it was meant to be.
    let unknown = last.iter().any(|(_, p)| p.duration.is_none());
    let last_ids: HashSet<&str> = last.iter().map(|(id, _)| id.as_str()).collect();
    let recurring = plan
        .activities
        .values()
        .any(|a| a.every.is_some() && a.phase_refs().iter().any(|p| last_ids.contains(p.as_str())));
    if ongoing || unknown || recurring {
        return;
    }
    let names: Vec<String> = last.iter().map(|(id, _)| format!("`{id}`")).collect();
    let list = names.join(", ");
    let message = match (ctx.lang, last.len()) {
        (Lang::Da, 1) => format!(
            "planen har ingen forankring: den sidste fase {list} er ikke løbende og har ingen tilbagevendende aktivitet"
        ),
        (Lang::Da, _) => format!(
            "planen har ingen forankring: de sidste faser {list} er ikke løbende og har ingen tilbagevendende aktivitet"
        ),
        (_, 1) => format!(
            "the plan has no sustainment: its last phase {list} is not ongoing and has no recurring activity"
        ),
        (_, _) => format!(
            "the plan has no sustainment: its last phases {list} are not ongoing and have no recurring activity"
        ),
    };
    let first = last.first().map(|(id, _)| id.as_str()).unwrap_or_default();
    let help = match ctx.lang {
        Lang::Da => format!(
            "tilføj en forankringsfase efter `{first}` med `duration: løbende`, eller en tilbagevendende aktivitet (`every: 2 måneder`) i den sidste fase"
        ),
        _ => format!(
            "add a sustainment phase after `{first}` with `duration: ongoing`, or a recurring activity (`every: 2 months`) in the last phase"
        ),
    };
    let text = ctx.t("the plan ends here", "planen slutter her");
    let mut labels = last.iter().map(|(_, p)| Label::new(p.id.span, text));
    let Some(primary) = labels.next() else {
        return;
    };
    let mut finding = Finding::new(message, primary).help(help);
    for l in labels {
        finding = finding.label(l);
    }
    out.push(finding);
}
