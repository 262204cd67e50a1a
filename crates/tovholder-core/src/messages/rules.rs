//! What the rules of the catalogue find (`rules/`): one variant per kind of finding.

use super::findings;
use crate::rules::*;
use serde::Serialize;

/// What part of a goal's baseline or target is missing.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Missing {
    /// No baseline (target) at all.
    #[default]
    Whole,
    /// Neither `value` nor the date.
    ValueAndDate,
    /// No `value`.
    Value,
    /// No date (`date` of a baseline, `by` of a target).
    Date,
    /// A model's baseline that names no `source`.
    Source,
}

findings! {
    /// A finding of a rule of the catalogue.
    pub enum RuleMsg {
        /// A plan role with no owner.
        RoleWithoutOwner { role: String } => role_without_owner::RULE,
        /// An activity nobody is responsible for (`empty`: `responsible: ""`).
        ActivityWithoutResponsible { activity: String, empty: bool } => activity_without_responsible::RULE,
        /// A plan goal nobody follows up on.
        GoalWithoutOwner { goal: String, empty: bool } => goal_without_owner::RULE,
        /// A goal that does not say how progress is measured.
        GoalWithoutIndicator { goal: String, empty: bool } => goal_without_indicator::RULE,
        /// A goal's baseline, or part of it, is missing.
        GoalWithoutBaseline { goal: String, missing: Missing } => goal_without_baseline::RULE,
        /// A goal's target, or part of it, is missing (a model's target needs no date).
        GoalWithoutTarget { goal: String, missing: Missing, model: bool } => goal_without_target::RULE,
        /// A phase that does not say when it is done.
        PhaseWithoutExitCriteria { phase: String } => phase_without_exit_criteria::RULE,
        /// A plan with no `start`.
        PlanWithoutStart => plan_without_start::RULE,
        /// The plan's last phases end, with nothing recurring in them.
        NoSustainmentPhase { last: Vec<String> } => no_sustainment_phase::RULE,
    }
}
