//! `waits-for-missing`: an activity waits for an activity of a closed or merged
//! track, which is never held.

use super::{Ctx, Finding, SectionKind};
use crate::messages::RuleMsg;
use crate::model::{TrackStateKind, strs};

declare_rule! {
    /// ## What it does
    /// Reports an activity whose `after` or `before` names an activity of a track that
    /// is closed or merged into another track (a dated `state: closed` or `state:
    /// merged` with no later `active`), when that activity has no occurrence left in
    /// the schedule: the activity waits for something that never happens, and its
    /// date is computed from a meeting nobody holds.
    ///
    /// ## Why it matters
    /// Development platforms close, pause and merge as the work goes on (*Samskabelse
    /// med civilsamfundet – vejledning til ledere i politiet*). A coordinator meeting
    /// planned "after every platform has held its first meeting" still waits for the
    /// platform that closed before it met, and the plan shows a date that rests on
    /// nothing.
    ///
    /// ## Example
    /// ```yaml
    /// tracks:
    ///   unge:
    ///     owner: tovholder-unge
    ///     states: [{ from: 2027-01-01, state: closed, reason: Ingen deltagere }]
    /// activities:
    ///   foerste-moede-unge: { phase: drift, track: unge, at: 2 months }
    ///   koordinatormoede: { phase: drift, after: foerste-moede-unge + 1 month }
    /// ```
    ///
    /// ## Use instead
    /// ```yaml
    /// activities:
    ///   foerste-moede-natteliv: { phase: drift, track: natteliv, at: 2 months }
    ///   koordinatormoede: { phase: drift, after: foerste-moede-natteliv + 1 month }
    /// ```
    pub static RULE = "waits-for-missing", Warn,
        "An activity waits for an activity of a closed or merged track",
        models: false, needs_schedule: true, check: Some(check);
}

/// The day a track closes or is merged for good, and whether it was merged.
fn closes(track: &crate::model::Track) -> Option<(String, bool, crate::span::Span)> {
    let mut states: Vec<_> = strs(&track.states)
        .iter()
        .filter_map(|s| Some((s.from.as_ref()?.value, s.state.as_ref()?)))
        .collect();
    states.sort_by_key(|s| s.0);
    let (from, state) = states.last()?;
    match state.value {
        TrackStateKind::Closed => Some((from.to_string(), false, state.span)),
        TrackStateKind::Merged => Some((from.to_string(), true, state.span)),
        _ => None,
    }
}

fn check(ctx: &Ctx, out: &mut Vec<Finding>) {
    let Some(schedule) = ctx.schedule else {
        return;
    };
    if ctx.plan.tracks.is_empty() {
        return;
    }
    for r in ctx.plan.references() {
        if r.from != SectionKind::Activities
            || r.target != SectionKind::Activities
            || !matches!(r.key, "after" | "before")
        {
            continue;
        }
        let Some(i) = ctx.plan.activities.get_index_of(r.id) else {
            continue;
        };
        let (Some((_, waited)), Some(occ)) = (
            ctx.plan.activities.get_index(i),
            schedule.occurrences.get(i),
        ) else {
            continue;
        };
        if !occ.is_empty() {
            continue;
        }
        let Some((track_id, track)) = waited
            .track
            .as_ref()
            .and_then(|t| ctx.plan.tracks.get_key_value(t.as_str()))
        else {
            continue;
        };
        // An activity of the same track stops with it: not a wait for something missing.
        let own = ctx
            .plan
            .activities
            .get(r.from_id)
            .and_then(|a| a.track.as_ref())
            .is_some_and(|t| t.as_str() == track_id);
        let Some((from, merged, state_span)) = closes(track).filter(|_| !own) else {
            continue;
        };
        let span = if r.in_text {
            crate::graph::id_span(ctx.sources, r.span, r.id)
        } else {
            r.span
        };
        let finding = RuleMsg::WaitsForMissing {
            activity: r.from_id.to_string(),
            waits_for: r.id.to_string(),
            track: track_id.clone(),
            from,
            merged,
        };
        out.push(
            Finding::of(finding, span)
                .at(state_span)
                .on(SectionKind::Activities, r.from_id),
        );
    }
}
