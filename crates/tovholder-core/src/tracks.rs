//! Tracks: parallel workstreams of one plan (the co-creation guide's development
//! platforms, good case handling's training groups, ICS teams), and the per-track
//! templates that are declared once and expanded for every track.
//!
//! **Templates.** An activity or goal with `per: track` is a template: after the
//! plan is merged with its model, [`expand`] replaces it by one entity per track,
//! with the id `<template>-<track>` (ids allow no dot, so the separator is a
//! hyphen: `foerste-platformsmoede-natteliv`), `track` set to the track, and the
//! track's owner as `responsible` (activities) or `owner` (goals) unless the
//! template sets one. The name gets the track's name after a dash (`Første
//! platformsmøde – Natteliv`). Inside a template, a reference to another template
//! of the same plan (`after: foerste-platformsmoede`, `contributes_to:
//! [platformsmaal]`) becomes the same track's entity; a `contributes_to` of an
//! ordinary activity that names a goal template names every track's goal. An
//! activity of a track (a template's expansion or one written with `track:`) that has
//! no `location` takes the track's. An entity
//! the plan writes with an expanded id (`foerste-platformsmoede-natteliv: { date:
//! 2027-10-04 }`) overrides that track's expansion field by field, as a plan
//! overrides a model. A model keeps its templates as written (it has no tracks of
//! its own to expand them for, and is checked as a template).
//!
//! The dates a track runs (its start, end and dated states) are the scheduler's:
//! see [`crate::schedule::tracks`].

use crate::model::{Activity, Entity, Goal, Merge, Plan, Section, Track, strs};
use crate::span::Spanned;
use indexmap::IndexMap;

/// The id of a template's expansion for a track.
pub fn expanded_id(template: &str, track: &str) -> String {
    format!("{template}-{track}")
}

/// Whether an activity or goal is a per-track template.
fn is_template(per: &Option<Spanned<crate::model::Per>>) -> bool {
    per.is_some()
}

/// The plan with its per-track templates expanded (see [`expand`]).
pub fn expanded(mut plan: Plan) -> Plan {
    expand(&mut plan);
    plan
}

/// Expand the plan's per-track templates (see the module docs). Models are left as
/// they are.
pub fn expand(plan: &mut Plan) {
    if plan.is_model() {
        return;
    }
    expand_templates(plan);
    inherit_locations(plan);
}

/// An activity of a track with no `location` of its own takes place where the track
/// meets: documents and calendar invitations say so.
fn inherit_locations(plan: &mut Plan) {
    let tracks = &plan.tracks;
    for (_, act) in plan.activities.iter_mut() {
        if act.location.is_some() {
            continue;
        }
        let track = act.track.as_ref().and_then(|t| tracks.get(t.as_str()));
        if let Some(location) = track.and_then(|t| t.location.clone()) {
            act.def.location = Some(location);
        }
    }
}

/// Replace each per-track template by one entity per track (see the module docs).
fn expand_templates(plan: &mut Plan) {
    let act_templates: Vec<String> = plan
        .activities
        .iter()
        .filter(|(_, a)| is_template(&a.per))
        .map(|(id, _)| id.clone())
        .collect();
    let goal_templates: Vec<String> = plan
        .goals
        .iter()
        .filter(|(_, g)| is_template(&g.per))
        .map(|(id, _)| id.clone())
        .collect();
    if act_templates.is_empty() && goal_templates.is_empty() {
        return;
    }
    let tracks = &plan.tracks;
    let goals = expand_section(&plan.goals, tracks, |goal, track_id, track| {
        if goal.owner.is_none() {
            goal.owner = track.owner.clone();
        }
        let _ = track_id;
    });
    let activities = expand_section(&plan.activities, tracks, |act, track_id, track| {
        if act.responsible.is_none() {
            act.responsible = track.owner.clone();
        }
        for after in act.after.iter_mut().flat_map(|l| l.0.iter_mut()) {
            if act_templates.contains(&after.value.activity) {
                after.value.activity = expanded_id(&after.value.activity, track_id);
            }
        }
        for before in act.before.iter_mut().flat_map(|l| l.0.iter_mut()) {
            if act_templates.contains(&before.value.0.activity) {
                before.value.0.activity = expanded_id(&before.value.0.activity, track_id);
            }
        }
        rename_goals(
            &mut act.contributes_to,
            &goal_templates,
            Some(track_id),
            tracks,
        );
    });
    plan.goals = goals;
    plan.activities = activities;
    // Ordinary activities that contribute to a goal template contribute to every
    // track's goal, and one that waits for an activity template waits for every
    // track's (the coordinator meeting after every platform's first meeting).
    let track_ids: Vec<String> = plan.tracks.keys().cloned().collect();
    for (_, act) in plan.activities.iter_mut() {
        // An activity of one track that names a template means its own track's (as a
        // template's expansion does; those are renamed already).
        if let Some(track) = act.track.as_ref().map(|t| t.as_str().to_string()) {
            for after in act.def.after.iter_mut().flat_map(|l| l.0.iter_mut()) {
                if act_templates.contains(&after.value.activity) {
                    after.value.activity = expanded_id(&after.value.activity, &track);
                }
            }
            for before in act.def.before.iter_mut().flat_map(|l| l.0.iter_mut()) {
                if act_templates.contains(&before.value.0.activity) {
                    before.value.0.activity = expanded_id(&before.value.0.activity, &track);
                }
            }
            rename_goals(
                &mut act.def.contributes_to,
                &goal_templates,
                Some(&track),
                &plan.tracks,
            );
            continue;
        }
        rename_goals(
            &mut act.def.contributes_to,
            &goal_templates,
            None,
            &plan.tracks,
        );
        if let Some(list) = act.def.after.as_mut()
            && list
                .0
                .iter()
                .any(|a| act_templates.contains(&a.value.activity))
        {
            let mut out = Vec::with_capacity(list.0.len() + track_ids.len());
            for a in list.0.drain(..) {
                if !act_templates.contains(&a.value.activity) {
                    out.push(a);
                    continue;
                }
                for t in &track_ids {
                    let mut each = a.clone();
                    each.value.activity = expanded_id(&a.value.activity, t);
                    out.push(each);
                }
            }
            list.0 = out;
        }
        // Likewise `before` a template: before every track's (the first decides).
        if let Some(list) = act.def.before.as_mut()
            && list
                .0
                .iter()
                .any(|b| act_templates.contains(&b.value.0.activity))
        {
            let mut out = Vec::with_capacity(list.0.len() + track_ids.len());
            for b in list.0.drain(..) {
                if !act_templates.contains(&b.value.0.activity) {
                    out.push(b);
                    continue;
                }
                for t in &track_ids {
                    let mut each = b.clone();
                    each.value.0.activity = expanded_id(&b.value.0.activity, t);
                    out.push(each);
                }
            }
            list.0 = out;
        }
    }
}

/// A section with every template replaced by its expansions, in place.
fn expand_section<T>(
    section: &Section<T>,
    tracks: &Section<Track>,
    mut fill: impl FnMut(&mut T, &str, &Track),
) -> Section<T>
where
    T: Clone + Merge + TrackKeys,
{
    let mut out: crate::model::Entities<T> =
        IndexMap::with_capacity_and_hasher(section.len(), Default::default());
    let written: std::collections::HashSet<String> = section
        .iter()
        .filter(|(_, e)| !e.def.is_template())
        .map(|(id, _)| id.clone())
        .collect();
    let mut consumed: std::collections::HashSet<String> = std::collections::HashSet::new();
    for (id, entity) in section.iter() {
        if !entity.def.is_template() {
            continue;
        }
        for (track_id, track) in tracks.iter() {
            let new_id = expanded_id(id, track_id);
            let mut def = entity.def.clone();
            def.clear_per();
            def.set_track_if_none(Spanned::new(track_id.clone(), entity.id.span));
            def.append_name(
                track
                    .name
                    .as_ref()
                    .map_or(track_id.as_str(), |n| n.as_str()),
            );
            fill(&mut def, track_id, &track.def);
            let mut e = Entity {
                id: Spanned::new(new_id.clone(), entity.id.span),
                model_id: entity.model_id,
                def,
            };
            if written.contains(&new_id)
                && let Some(over) = section.get(&new_id)
            {
                e.def.merge_from(over.def.clone());
                e.model_id = Some(entity.id.span);
                e.id = over.id.clone();
                consumed.insert(new_id.clone());
            }
            out.insert(new_id, e);
        }
    }
    // Rebuild in file order: each template's expansions where the template stood.
    let mut ordered: crate::model::Entities<T> =
        IndexMap::with_capacity_and_hasher(out.len() + section.len(), Default::default());
    for (id, entity) in section.iter() {
        if entity.def.is_template() {
            for track_id in tracks.keys() {
                let new_id = expanded_id(id, track_id);
                if let Some(e) = out.swap_remove(&new_id) {
                    ordered.insert(new_id, e);
                }
            }
        } else if !consumed.contains(id) {
            ordered.insert(id.clone(), entity.clone());
        }
    }
    Section(ordered)
}

/// Goal templates in a `contributes_to` list named as expansions: the given track's,
/// or every track's when `track` is `None`.
fn rename_goals(
    list: &mut Option<crate::model::List<Spanned<String>>>,
    templates: &[String],
    track: Option<&str>,
    tracks: &Section<Track>,
) {
    let Some(list) = list.as_mut() else { return };
    if !list.0.iter().any(|g| templates.contains(&g.value)) {
        return;
    }
    let mut out = Vec::with_capacity(list.0.len());
    for g in list.0.drain(..) {
        if !templates.contains(&g.value) {
            out.push(g);
            continue;
        }
        match track {
            Some(t) => out.push(Spanned::new(expanded_id(&g.value, t), g.span)),
            None => out.extend(
                tracks
                    .keys()
                    .map(|t| Spanned::new(expanded_id(&g.value, t), g.span)),
            ),
        }
    }
    list.0 = out;
}

/// What expansion needs of an activity or a goal.
trait TrackKeys {
    fn is_template(&self) -> bool;
    fn clear_per(&mut self);
    fn set_track_if_none(&mut self, track: Spanned<String>);
    /// `Name – Track`: the name a template's expansion is shown with.
    fn append_name(&mut self, track_name: &str);
}

impl TrackKeys for Activity {
    fn is_template(&self) -> bool {
        is_template(&self.per)
    }
    fn clear_per(&mut self) {
        self.per = None;
    }
    fn set_track_if_none(&mut self, track: Spanned<String>) {
        if self.track.is_none() {
            self.track = Some(track);
        }
    }
    fn append_name(&mut self, track_name: &str) {
        if let Some(name) = self.name.as_mut() {
            name.value = format!("{} – {track_name}", name.value);
        }
    }
}

impl TrackKeys for Goal {
    fn is_template(&self) -> bool {
        is_template(&self.per)
    }
    fn clear_per(&mut self) {
        self.per = None;
    }
    fn set_track_if_none(&mut self, track: Spanned<String>) {
        if self.track.is_none() {
            self.track = Some(track);
        }
    }
    fn append_name(&mut self, track_name: &str) {
        if let Some(statement) = self.statement.as_mut() {
            statement.value = format!("{} ({track_name})", statement.value);
        }
    }
}

/// The members of a track that are roles of the plan (by id), and the named people.
pub fn members<'p>(plan: &'p Plan, track: &'p Track) -> (Vec<&'p str>, Vec<&'p str>) {
    let (mut roles, mut people) = (Vec::new(), Vec::new());
    for m in strs(&track.members) {
        if plan.roles.contains_key(m.as_str()) {
            roles.push(m.as_str());
        } else {
            people.push(m.as_str());
        }
    }
    (roles, people)
}

#[cfg(test)]
mod tests {
    use crate::span::{SourceFile, SourceMap};

    fn plan(text: &str) -> crate::model::Plan {
        let mut sources = SourceMap::default();
        let file = sources.add(SourceFile::new("plan.yaml", text.to_string()));
        let loaded = crate::load::load(&sources, file, Some(crate::diag::Lang::En));
        assert!(loaded.diags.is_empty(), "{:?}", loaded.diags);
        super::expanded(loaded.plan)
    }

    const PLAN: &str = "\
id: p
title: P
start: 2027-01-04
roles:
  a: { owner: A }
  b: { owner: B }
tracks:
  x: { name: Ex, owner: a }
  y: { owner: b }
phases:
  f: { duration: 1 year }
activities:
  first: { name: First, phase: f, per: track }
  later: { phase: f, per: track, after: first + 1 month, responsible: b, contributes_to: [g] }
  joint: { phase: f, after: first, contributes_to: [g] }
  check: { phase: f, before: first - 1 week }
  own: { phase: f, track: x, after: first, contributes_to: [g] }
  first-y: { name: Own }
goals:
  g: { statement: Goal, per: track }
";

    #[test]
    fn templates_expand_in_place_per_track() {
        let p = plan(PLAN);
        let ids: Vec<&str> = p.activities.keys().map(String::as_str).collect();
        assert_eq!(
            ids,
            [
                "first-x", "first-y", "later-x", "later-y", "joint", "check", "own"
            ]
        );
        let fx = &p.activities["first-x"];
        assert_eq!(fx.name.as_ref().map(|n| n.as_str()), Some("First – Ex"));
        assert_eq!(fx.responsible.as_ref().map(|r| r.as_str()), Some("a"));
        // The plan's `first-y` overrides the expansion field by field.
        let fy = &p.activities["first-y"];
        assert_eq!(fy.name.as_ref().map(|n| n.as_str()), Some("Own"));
        assert_eq!(fy.responsible.as_ref().map(|r| r.as_str()), Some("b"));
        assert_eq!(fy.track.as_ref().map(|t| t.as_str()), Some("y"));
        // A template's references to templates are the same track's.
        let ly = &p.activities["later-y"];
        let after: Vec<&str> = crate::model::strs(&ly.after)
            .iter()
            .map(|a| a.value.activity.as_str())
            .collect();
        assert_eq!(after, ["first-y"]);
        assert_eq!(ly.responsible.as_ref().map(|r| r.as_str()), Some("b"));
        let goals: Vec<&str> = crate::model::strs(&ly.contributes_to)
            .iter()
            .map(|g| g.as_str())
            .collect();
        assert_eq!(goals, ["g-y"]);
        // An ordinary activity waits for, and contributes to, every track's.
        let joint = &p.activities["joint"];
        let after: Vec<&str> = crate::model::strs(&joint.after)
            .iter()
            .map(|a| a.value.activity.as_str())
            .collect();
        assert_eq!(after, ["first-x", "first-y"]);
        // … and one `before` a template is before every track's (the first decides).
        let before: Vec<&str> = crate::model::strs(&p.activities["check"].before)
            .iter()
            .map(|b| b.value.0.activity.as_str())
            .collect();
        assert_eq!(before, ["first-x", "first-y"]);
        // An activity of one track means its own track's.
        let own = &p.activities["own"];
        let after: Vec<&str> = crate::model::strs(&own.after)
            .iter()
            .map(|a| a.value.activity.as_str())
            .collect();
        assert_eq!(after, ["first-x"]);
        let goals: Vec<&str> = crate::model::strs(&own.contributes_to)
            .iter()
            .map(|g| g.as_str())
            .collect();
        assert_eq!(goals, ["g-x"]);
        let goals: Vec<&str> = crate::model::strs(&joint.contributes_to)
            .iter()
            .map(|g| g.as_str())
            .collect();
        assert_eq!(goals, ["g-x", "g-y"]);
        let g: Vec<&str> = p.goals.keys().map(String::as_str).collect();
        assert_eq!(g, ["g-x", "g-y"]);
        assert_eq!(p.goals["g-y"].owner.as_ref().map(|o| o.as_str()), Some("b"));
    }

    #[test]
    fn a_model_keeps_its_templates() {
        let p = plan(
            &PLAN
                .replace("id: p\n", "kind: model\nid: p\n")
                .replace("start: 2027-01-04\n", ""),
        );
        assert!(p.activities.contains_key("first"));
        assert!(!p.activities.contains_key("first-x"));
    }
}
