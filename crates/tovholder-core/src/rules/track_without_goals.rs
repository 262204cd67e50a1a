//! `track-without-goals`: a track with fewer (or more) goals of its own than the
//! guide asks for.

use super::{Ctx, Finding, SectionKind};
use crate::messages::RuleMsg;

/// The fewest goals a track should have (option `track-without-goals.min`).
pub const MIN_GOALS: u32 = 3;
/// The most goals a track should have (option `track-without-goals.max`).
pub const MAX_GOALS: u32 = 5;

declare_rule! {
    /// ## What it does
    /// Counts the goals of every track — the goals with `track:` naming it, plus the
    /// goal templates (`per: track`) of a model that every track gets — and warns when
    /// a track has fewer than 3 or more than 5 (the options `min` and `max` of
    /// `[options.track-without-goals]`).
    ///
    /// ## Why it matters
    /// The co-creation guide asks every development platform to set itself 3-5 goals:
    /// few enough that the actors can follow up on all of them at the half-yearly
    /// status meeting, enough that the platform knows what it is for (*Samskabelse med
    /// civilsamfundet – vejledning til ledere i politiet*). A platform without goals
    /// has meetings but no direction, and its closing or standby cannot be argued
    /// from results.
    ///
    /// ## Example
    /// ```yaml
    /// tracks:
    ///   natteliv: { name: Natteliv, owner: tovholder-natteliv }
    /// goals:
    ///   trygt-natteliv: { statement: Færre voldsepisoder i nattelivet, track: natteliv }
    /// ```
    ///
    /// ## Use instead
    /// ```yaml
    /// tracks:
    ///   natteliv: { name: Natteliv, owner: tovholder-natteliv }
    /// goals:
    ///   trygt-natteliv: { statement: Færre voldsepisoder i nattelivet, track: natteliv }
    ///   flere-natteravne: { statement: Natteravne hver weekend, track: natteliv }
    ///   faelles-indsats: { statement: Restauratører og politi mødes hver måned, track: natteliv }
    /// ```
    pub static RULE = "track-without-goals", Warn,
        "A track with fewer or more goals of its own than the guide asks for (3-5)",
        check: Some(check);
}

fn check(ctx: &Ctx, out: &mut Vec<Finding>) {
    let (min, max) = (ctx.options.track_goals_min, ctx.options.track_goals_max);
    // Goal templates no track has been given yet (a model's): every track gets one.
    let templates = ctx
        .plan
        .goals
        .values()
        .filter(|g| g.per.is_some() && g.track.is_none())
        .count();
    for (id, track) in ctx.plan.tracks.iter() {
        let own = ctx
            .plan
            .goals
            .values()
            .filter(|g| g.track.as_ref().is_some_and(|t| t.as_str() == id))
            .count();
        let goals = own + templates;
        if goals >= min as usize && goals <= max as usize {
            continue;
        }
        let finding = RuleMsg::TrackGoals {
            track: id.clone(),
            goals,
            min,
            max,
        };
        out.push(Finding::of(finding, track.id.span).on(SectionKind::Tracks, id));
    }
}
