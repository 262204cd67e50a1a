//! The sections of a plan, registered once: [`SectionKind`] names each section (its
//! key in the plan, its noun in every language through [`crate::messages::words`]),
//! and [`AnySection`] is what code that works on every section sees of one, whatever
//! its entities are — so merging, removing and the rules loop over
//! [`SectionKind::ALL`] instead of writing one arm per section.

use crate::diag::Lang;
use crate::model::{
    Activity, Checklist, Goal, Phase, Plan, Remove, Role, Section, Stakeholder, Track, strs,
};
use crate::span::{Span, Spanned};
use serde::Serialize;

/// Which section an entity lives in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SectionKind {
    #[default]
    Roles,
    Phases,
    Activities,
    Goals,
    Checklists,
    Stakeholders,
    /// Parallel workstreams (platforms, teams): last, so that the order of every
    /// section before it stays as it was.
    Tracks,
}

impl SectionKind {
    /// Every section, in the order of the plan language (and of [`crate::messages::Words::nouns`]).
    pub const ALL: [SectionKind; 7] = [
        SectionKind::Roles,
        SectionKind::Phases,
        SectionKind::Activities,
        SectionKind::Goals,
        SectionKind::Checklists,
        SectionKind::Stakeholders,
        SectionKind::Tracks,
    ];

    /// The section's position in [`SectionKind::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// The section's key in a plan: `roles`, `phases`, …
    pub fn key(self) -> &'static str {
        match self {
            SectionKind::Roles => "roles",
            SectionKind::Phases => "phases",
            SectionKind::Activities => "activities",
            SectionKind::Goals => "goals",
            SectionKind::Checklists => "checklists",
            SectionKind::Stakeholders => "stakeholders",
            SectionKind::Tracks => "tracks",
        }
    }

    /// One entity of the section in `lang`: "role", "rolle", "roll", …
    pub fn noun(self, lang: Lang) -> &'static str {
        pick(&crate::messages::words(lang).nouns, self)
    }

    /// The section's entities in `lang`: "roles", "roller", …
    pub fn plural(self, lang: Lang) -> &'static str {
        pick(&crate::messages::words(lang).plurals, self)
    }

    /// The section in `plan`.
    pub fn of(self, plan: &Plan) -> &dyn AnySection {
        match self {
            SectionKind::Roles => &plan.roles,
            SectionKind::Phases => &plan.phases,
            SectionKind::Activities => &plan.activities,
            SectionKind::Goals => &plan.goals,
            SectionKind::Checklists => &plan.checklists,
            SectionKind::Stakeholders => &plan.stakeholders,
            SectionKind::Tracks => &plan.tracks,
        }
    }

    /// The section in `plan`, to change.
    pub fn of_mut(self, plan: &mut Plan) -> &mut dyn AnySection {
        match self {
            SectionKind::Roles => &mut plan.roles,
            SectionKind::Phases => &mut plan.phases,
            SectionKind::Activities => &mut plan.activities,
            SectionKind::Goals => &mut plan.goals,
            SectionKind::Checklists => &mut plan.checklists,
            SectionKind::Stakeholders => &mut plan.stakeholders,
            SectionKind::Tracks => &mut plan.tracks,
        }
    }

    /// The section in `plan`, for the loader to add entries to as it parses.
    pub(crate) fn entries_mut(self, plan: &mut Plan) -> &mut dyn crate::model::Entries {
        match self {
            SectionKind::Roles => &mut plan.roles,
            SectionKind::Phases => &mut plan.phases,
            SectionKind::Activities => &mut plan.activities,
            SectionKind::Goals => &mut plan.goals,
            SectionKind::Checklists => &mut plan.checklists,
            SectionKind::Stakeholders => &mut plan.stakeholders,
            SectionKind::Tracks => &mut plan.tracks,
        }
    }

    /// Move this section from `from` into `to` (the loader's sections, built while
    /// parsing, into the plan converted from the rest of the file).
    pub(crate) fn move_section(self, from: &mut Plan, to: &mut Plan) {
        use std::mem::take;
        match self {
            SectionKind::Roles => to.roles = take(&mut from.roles),
            SectionKind::Phases => to.phases = take(&mut from.phases),
            SectionKind::Activities => to.activities = take(&mut from.activities),
            SectionKind::Goals => to.goals = take(&mut from.goals),
            SectionKind::Checklists => to.checklists = take(&mut from.checklists),
            SectionKind::Stakeholders => to.stakeholders = take(&mut from.stakeholders),
            SectionKind::Tracks => to.tracks = take(&mut from.tracks),
        }
    }

    /// The ids a plan's `remove:` drops from this section of the model.
    pub fn removals(self, remove: &Remove) -> &[Spanned<String>] {
        strs(match self {
            SectionKind::Roles => &remove.roles,
            SectionKind::Phases => &remove.phases,
            SectionKind::Activities => &remove.activities,
            SectionKind::Goals => &remove.goals,
            SectionKind::Checklists => &remove.checklists,
            SectionKind::Stakeholders => &remove.stakeholders,
            SectionKind::Tracks => &remove.tracks,
        })
    }

    /// The ids in this section of a plan, in file order.
    pub fn ids(self, plan: &Plan) -> Vec<&str> {
        self.of(plan).ids()
    }

    /// Whether this section of `plan` has the id.
    pub fn contains(self, plan: &Plan, id: &str) -> bool {
        self.of(plan).contains(id)
    }

    /// Where the model defines an entity the plan overrides.
    pub fn model_span(self, plan: &Plan, id: &str) -> Option<Span> {
        self.of(plan).model_span(id)
    }

    /// The `allow:` list of an entity.
    pub fn allow_list<'p>(self, plan: &'p Plan, id: &str) -> &'p [Spanned<String>] {
        self.of(plan).allow_list(id)
    }
}

fn pick(words: &[&'static str; 7], kind: SectionKind) -> &'static str {
    words.get(kind.index()).copied().unwrap_or_default()
}

/// One section of a plan seen without the type of its entities.
pub trait AnySection {
    /// How many entities it has.
    fn len(&self) -> usize;
    /// Whether it has none.
    fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// The ids, in file order.
    fn ids(&self) -> Vec<&str>;
    /// Whether it has the id.
    fn contains(&self, id: &str) -> bool;
    /// Where the id is written (in the file that last wrote the entity).
    fn id_span(&self, id: &str) -> Option<Span>;
    /// Where the model defines an entity the plan overrides.
    fn model_span(&self, id: &str) -> Option<Span>;
    /// The entity's `allow:` list (empty when it has none, or no such entity).
    fn allow_list(&self, id: &str) -> &[Spanned<String>];
    /// Keep the entities whose id `keep` accepts, in their order.
    fn retain_ids(&mut self, keep: &mut dyn FnMut(&str) -> bool);
}

/// An entity with an `allow:` list (every section's entities have one).
pub trait Allows {
    fn allow(&self) -> &[Spanned<String>];
}

macro_rules! allows {
    ($($t:ty),*) => {$(
        impl Allows for $t {
            fn allow(&self) -> &[Spanned<String>] {
                strs(&self.allow)
            }
        }
    )*};
}
allows!(Role, Phase, Activity, Goal, Checklist, Stakeholder, Track);

impl<T: Allows> AnySection for Section<T> {
    fn len(&self) -> usize {
        self.0.len()
    }
    fn ids(&self) -> Vec<&str> {
        self.0.keys().map(String::as_str).collect()
    }
    fn contains(&self, id: &str) -> bool {
        self.0.contains_key(id)
    }
    fn id_span(&self, id: &str) -> Option<Span> {
        self.0.get(id).map(|e| e.id.span)
    }
    fn model_span(&self, id: &str) -> Option<Span> {
        self.0.get(id).and_then(|e| e.model_id)
    }
    fn allow_list(&self, id: &str) -> &[Spanned<String>] {
        self.0.get(id).map(|e| e.def.allow()).unwrap_or(&[])
    }
    fn retain_ids(&mut self, keep: &mut dyn FnMut(&str) -> bool) {
        self.0.retain(|k, _| keep(k));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_section_has_a_noun_and_a_plural_in_every_language() {
        for lang in crate::messages::LANGS {
            for kind in SectionKind::ALL {
                assert!(!kind.noun(lang).is_empty());
                assert!(!kind.plural(lang).is_empty());
            }
        }
        assert_eq!(SectionKind::Goals.noun(Lang::Da), "mål");
        assert_eq!(SectionKind::Checklists.plural(Lang::Sv), "checklistor");
    }
}
