//! `track-without-owner`: a track (platform, team, group) nobody holds the threads of.

use super::{Ctx, Finding, SectionKind};
use crate::messages::RuleMsg;

declare_rule! {
    /// ## What it does
    /// Reports every track (a development platform, a team, a training group) that
    /// has no `owner`: the role that holds the track's threads.
    ///
    /// ## Why it matters
    /// The co-creation guide gives every development platform its own *tovholder*,
    /// who calls the meetings, keeps the actors together and reports on the goals
    /// (*Samskabelse med civilsamfundet – vejledning til ledere i politiet*). A
    /// platform with no tovholder is a platform whose meetings nobody calls; a
    /// training group of case workers with no one in charge of it stops after the
    /// first session (*God sagsbehandling på ældreområdet – implementering af metode
    /// til god sagsbehandling*, 2007).
    ///
    /// ## Example
    /// ```yaml
    /// tracks:
    ///   natteliv:
    ///     name: Natteliv
    ///     members: [Restauratører, Politiet]
    /// ```
    ///
    /// ## Use instead
    /// ```yaml
    /// roles:
    ///   tovholder-natteliv: { name: Tovholder for nattelivsplatformen, owner: Per Holm }
    /// tracks:
    ///   natteliv:
    ///     name: Natteliv
    ///     owner: tovholder-natteliv
    ///     members: [Restauratører, Politiet]
    /// ```
    pub static RULE = "track-without-owner", Warn, "A track with no owner",
        check: Some(check);
}

fn check(ctx: &Ctx, out: &mut Vec<Finding>) {
    for (id, track) in ctx.plan.tracks.iter() {
        if track.owner.as_ref().is_some_and(|o| !o.trim().is_empty()) || track.has_key("owner") {
            continue;
        }
        out.push(
            Finding::of(
                RuleMsg::TrackWithoutOwner { track: id.clone() },
                track.id.span,
            )
            .on(SectionKind::Tracks, id),
        );
    }
}
