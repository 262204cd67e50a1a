//! The rule catalogue and the engine that runs it.
//!
//! One module per rule: its `RULE` constant holds the stable kebab-case name,
//! the default level, the one-line summaries, the documentation (What it does /
//! Why it matters / Example / Use instead — printed verbatim by `explain`) and
//! the check. [`RULES`] is the registry; nothing is written twice.

use crate::diag::{Diagnostic, Label, Lang, Level, suggest};
use crate::graph::DepGraph;
use crate::model::{Plan, strs};
use crate::schedule::Schedule;
use crate::span::{SourceMap, Span, Spanned};
use serde::Serialize;
use std::collections::{BTreeSet, HashSet};

/// Declares a rule of the catalogue. The doc comment is the rule's English
/// documentation, under the headings What it does / Why it matters / Example / Use
/// instead (`explain` prints it; `messages/da/docs.rs` and `messages/sv/docs.rs` hold
/// the translations). Fields not given take [`Rule::BASE`]'s values.
///
/// ```ignore
/// declare_rule! {
///     /// ## What it does
///     /// …
///     pub static RULE = "role-without-owner", Warn, "A role with no named owner",
///         models: false, check: Some(check);
/// }
/// ```
macro_rules! declare_rule {
    ($(#[doc = $doc:literal])* $vis:vis static $ident:ident = $name:literal, $level:ident, $summary:literal $(, $k:ident : $v:expr)* $(,)? ;) => {
        $(#[doc = $doc])*
        $vis static $ident: $crate::rules::Rule = $crate::rules::Rule {
            name: $name,
            level: $crate::rules::RuleLevel::$level,
            summary: $summary,
            doc_lines: &[$($doc),*],
            $($k: $v,)*
            ..$crate::rules::Rule::BASE
        };
    };
}

pub mod activity_outside_phase;
pub mod activity_without_responsible;
pub mod cancelled_without_reason;
pub mod catalogue;
pub mod config;
pub mod dependency_cycle;
pub mod goal_dates_inconsistent;
pub mod goal_off_track;
pub mod goal_target_moved;
pub mod goal_without_activity;
pub mod goal_without_baseline;
pub mod goal_without_indicator;
pub mod goal_without_owner;
pub mod goal_without_target;
pub mod holiday_collision;
pub mod horizon_mismatch;
pub mod loader;
pub mod log_entry_in_future;
pub mod log_unavailable;
pub mod log_unknown_reference;
pub mod measurement_overdue;
pub mod measurement_without_source;
pub mod models;
pub mod momentum_gap;
pub mod momentum_lost;
pub mod no_sustainment_phase;
pub mod occurrence_not_recorded;
pub mod phase_overrun;
pub mod phase_without_activities;
pub mod phase_without_exit_criteria;
pub mod plan_without_start;
pub mod role_overloaded;
pub mod role_without_owner;
pub mod stakeholder_never_informed;
pub mod too_many_occurrences;
pub mod track_without_goals;
pub mod track_without_owner;
pub mod unknown_occurrence;
pub mod unknown_reference;
pub mod unused_allow;
pub mod unused_role;
pub mod waits_for_missing;

/// The level a rule is set to: by default, or by configuration.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum RuleLevel {
    Allow,
    Warn,
    Deny,
}

impl RuleLevel {
    pub fn parse(s: &str) -> Option<RuleLevel> {
        match s {
            "allow" => Some(RuleLevel::Allow),
            "warn" => Some(RuleLevel::Warn),
            "deny" => Some(RuleLevel::Deny),
            _ => None,
        }
    }
    pub fn name(self) -> &'static str {
        match self {
            RuleLevel::Allow => "allow",
            RuleLevel::Warn => "warn",
            RuleLevel::Deny => "deny",
        }
    }
    pub fn to_level(self) -> Option<Level> {
        match self {
            RuleLevel::Allow => None,
            RuleLevel::Warn => Some(Level::Warning),
            RuleLevel::Deny => Some(Level::Error),
        }
    }
}

/// What a rule checks against.
pub struct Ctx<'a> {
    pub plan: &'a Plan,
    pub sources: &'a SourceMap,
    pub graph: &'a DepGraph,
    pub lang: Lang,
    /// The plan's dates, for rules that need them (absent when it could not be scheduled).
    pub schedule: Option<&'a Schedule>,
    pub options: &'a RuleOptions,
    /// The journal resolved against the plan (absent when the plan has no journal).
    pub follow_up: Option<&'a crate::follow_up::FollowUp>,
    /// The day the plan is checked as of (`--as-of`, else today, from the CLI).
    pub as_of: Option<jiff::civil::Date>,
    /// The approved version of the plan (`check --baseline REV`), merged.
    pub baseline: Option<&'a Plan>,
}

/// Options some rules take (set in `tovholder.toml`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RuleOptions {
    /// `momentum-gap`: longest stretch without an occurrence, in weeks.
    pub momentum_gap_weeks: u32,
    /// `occurrence-not-recorded`: days after a planned occurrence before it must be recorded.
    pub occurrence_grace_days: u32,
    /// `measurement-overdue`: a goal's cadence when it has no `measure_every`, in months.
    pub measurement_overdue_months: u32,
    /// `measurement-overdue`: how many days before a status meeting it is reported.
    pub measurement_overdue_days_before: u32,
    /// `goal-off-track`: how far behind the line is tolerated, in percent of the
    /// baseline → target distance.
    pub goal_off_track_tolerance_percent: u32,
    /// `momentum-lost`: consecutive cancelled or unrecorded occurrences.
    pub momentum_lost_occurrences: u32,
    /// `goal-dates-inconsistent`: the latest a short-term goal may be due, in years
    /// after the plan's start (0: not checked).
    pub goal_short_term_years: u32,
    /// `goal-dates-inconsistent`: the same for a long-term goal.
    pub goal_long_term_years: u32,
    /// `track-without-goals`: the fewest goals a track should have.
    pub track_goals_min: u32,
    /// `track-without-goals`: the most goals a track should have.
    pub track_goals_max: u32,
}

impl Default for RuleOptions {
    fn default() -> Self {
        RuleOptions {
            momentum_gap_weeks: 10,
            occurrence_grace_days: 14,
            measurement_overdue_months: 6,
            measurement_overdue_days_before: 14,
            goal_off_track_tolerance_percent: crate::measurement::DEFAULT_TOLERANCE_PERCENT,
            momentum_lost_occurrences: 2,
            goal_short_term_years: goal_dates_inconsistent::SHORT_TERM_YEARS,
            goal_long_term_years: goal_dates_inconsistent::LONG_TERM_YEARS,
            track_goals_min: track_without_goals::MIN_GOALS,
            track_goals_max: track_without_goals::MAX_GOALS,
        }
    }
}

pub use crate::section::{AnySection, SectionKind};

/// The entity a finding is about (its `allow:` list can silence it); `None` is plan level.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EntityRef {
    pub section: SectionKind,
    pub id: String,
}

/// What a rule reports, before levels and `allow:` are applied: a typed finding and
/// its places (the first is the primary one; the language names each).
#[derive(Clone, Debug)]
pub struct Finding {
    pub finding: crate::messages::RuleMsg,
    pub spans: Vec<Span>,
    pub entity: Option<EntityRef>,
}

impl Finding {
    /// A finding at `primary`.
    pub fn of(finding: crate::messages::RuleMsg, primary: Span) -> Self {
        Finding {
            finding,
            spans: vec![primary],
            entity: None,
        }
    }
    /// Another place of the finding (its text comes from the language, in order).
    pub fn at(mut self, span: Span) -> Self {
        self.spans.push(span);
        self
    }
    /// The entity the finding is about (its `allow:` list can silence it).
    pub fn on(mut self, section: SectionKind, id: &str) -> Self {
        self.entity = Some(EntityRef {
            section,
            id: id.to_string(),
        });
        self
    }
}

pub type Check = fn(&Ctx, &mut Vec<Finding>);

/// A rule of the catalogue.
pub struct Rule {
    /// Stable kebab-case name; never reused.
    pub name: &'static str,
    pub level: RuleLevel,
    /// The one-line summary in English (translations: `messages/*/docs.rs`).
    pub summary: &'static str,
    /// The English documentation: the doc comment's lines ([`Rule::doc_in`] joins them).
    pub doc_lines: &'static [&'static str],
    /// Whether the rule applies to `kind: model` files.
    pub models: bool,
    /// Whether the rule needs the compiled schedule.
    pub needs_schedule: bool,
    /// Whether configuration may change the level (loader errors cannot be silenced).
    pub configurable: bool,
    /// `None` for findings the loader or another stage reports itself.
    pub check: Option<Check>,
}

impl Rule {
    /// The values a [`declare_rule!`] takes for fields it does not name.
    pub const BASE: Rule = Rule {
        name: "",
        level: RuleLevel::Deny,
        summary: "",
        doc_lines: &[],
        models: true,
        needs_schedule: false,
        configurable: true,
        check: None,
    };

    /// The one-line summary in `lang` (English where a translation is missing — the
    /// meta-test holds that none is).
    pub fn summary_in(&self, lang: Lang) -> &'static str {
        if let Some(d) = crate::messages::translated_doc(self.name, lang) {
            return d.summary;
        }
        self.summary
    }

    /// The documentation in `lang` as Markdown (What it does / Why it matters /
    /// Example / Use instead, with the headings in that language).
    pub fn doc_in(&self, lang: Lang) -> String {
        if let Some(d) = crate::messages::translated_doc(self.name, lang) {
            return d.body();
        }
        crate::messages::doc_lines(self.doc_lines)
    }
}

impl PartialEq for Rule {
    fn eq(&self, other: &Rule) -> bool {
        self.name == other.name
    }
}
impl Eq for Rule {}

impl std::fmt::Debug for Rule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name)
    }
}

impl std::fmt::Display for Rule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name)
    }
}

impl PartialEq<str> for Rule {
    fn eq(&self, other: &str) -> bool {
        self.name == other
    }
}

/// Every rule, in catalogue order.
pub static RULES: &[&Rule] = &[
    &loader::YAML_SYNTAX,
    &loader::FILE_ENCODING,
    &loader::FILE_TOO_LARGE,
    &loader::EMPTY_FILE,
    &loader::MULTIPLE_DOCUMENTS,
    &loader::UNKNOWN_KEY,
    &loader::INVALID_TYPE,
    &loader::INVALID_VALUE,
    &loader::INVALID_ID,
    &loader::MISSING_KEY,
    &loader::DUPLICATE_KEY,
    &loader::DUPLICATE_ID,
    &loader::LIMIT_EXCEEDED,
    &models::MODEL_UNAVAILABLE,
    &models::USES_CYCLE,
    &models::MODEL_VERSION_MISMATCH,
    &models::UNKNOWN_REMOVAL,
    &models::NOT_A_MODEL,
    &models::OVERRIDE_UNKNOWN_ID,
    &unknown_reference::RULE,
    &dependency_cycle::RULE,
    &role_without_owner::RULE,
    &activity_without_responsible::RULE,
    &goal_without_owner::RULE,
    &phase_without_exit_criteria::RULE,
    &goal_without_baseline::RULE,
    &goal_without_indicator::RULE,
    &goal_without_target::RULE,
    &goal_without_activity::RULE,
    &goal_dates_inconsistent::RULE,
    &phase_without_activities::RULE,
    &unused_role::RULE,
    &stakeholder_never_informed::RULE,
    &no_sustainment_phase::RULE,
    &plan_without_start::RULE,
    &horizon_mismatch::RULE,
    &activity_outside_phase::RULE,
    &momentum_gap::RULE,
    &role_overloaded::RULE,
    &track_without_owner::RULE,
    &track_without_goals::RULE,
    &waits_for_missing::RULE,
    &holiday_collision::RULE,
    &too_many_occurrences::RULE,
    &log_unavailable::RULE,
    &log_unknown_reference::RULE,
    &log_entry_in_future::RULE,
    &cancelled_without_reason::RULE,
    &measurement_without_source::RULE,
    &unknown_occurrence::RULE,
    &occurrence_not_recorded::RULE,
    &phase_overrun::RULE,
    &measurement_overdue::RULE,
    &goal_off_track::RULE,
    &goal_target_moved::RULE,
    &momentum_lost::RULE,
    &unused_allow::RULE,
    &config::CONFIG_SYNTAX,
    &config::CONFIG_UNKNOWN_KEY,
    &config::CONFIG_INVALID_VALUE,
    &config::CONFIG_UNKNOWN_RULE,
    &config::CONFIG_INVALID_LEVEL,
    &config::CONFIG_INVALID_GLOB,
    &config::CONFIG_FIXED_RULE,
];

pub fn find(name: &str) -> Option<&'static Rule> {
    RULES.iter().copied().find(|r| r.name == name)
}

/// "Did you mean" among rule names.
pub fn suggest_rule(name: &str) -> Option<&'static str> {
    suggest(name, RULES.iter().map(|r| r.name))
}

/// What some of the rules found, before `unused-allow` (which needs them all).
pub struct Findings {
    /// Per rule (its place in [`RULES`]), what it reported.
    by_rule: Vec<(usize, Vec<Diagnostic>)>,
    /// Which `allow:` entries silenced something.
    used: HashSet<(Option<EntityRef>, &'static str)>,
    /// Which rules ran.
    ran: BTreeSet<&'static str>,
    /// Findings past [`crate::model::MAX_KEPT_FINDINGS`] (of all the rules of this
    /// part): only counted, their words never written.
    not_kept: crate::model::NotKept,
}

/// Run every applicable rule. `level_of` gives each rule's effective level.
pub fn run(ctx: &Ctx, level_of: &dyn Fn(&Rule) -> RuleLevel) -> Vec<Diagnostic> {
    let all = run_some(ctx, level_of, &|_| true);
    finish(ctx, level_of, vec![all])
}

/// Run the applicable rules `pick` selects (all but `unused-allow`, which [`finish`]
/// adds). Checking runs the rules that need no dates this way while it schedules.
pub fn run_some(
    ctx: &Ctx,
    level_of: &dyn Fn(&Rule) -> RuleLevel,
    pick: &dyn Fn(&Rule) -> bool,
) -> Findings {
    let mut found = Findings {
        by_rule: Vec::new(),
        used: HashSet::new(),
        ran: BTreeSet::new(),
        not_kept: crate::model::NotKept::default(),
    };
    let mut kept = 0usize;
    for (index, rule) in RULES.iter().copied().enumerate() {
        let Some(check) = rule.check else { continue };
        if rule.name == unused_allow::RULE.name || !pick(rule) {
            continue;
        }
        if ctx.plan.is_model() && !rule.models {
            continue;
        }
        if rule.needs_schedule && ctx.schedule.is_none() {
            continue;
        }
        let level = level_of(rule);
        let Some(level) = level.to_level() else {
            continue;
        };
        found.ran.insert(rule.name);
        let mut findings = Vec::new();
        check(ctx, &mut findings);
        let mut out = Vec::new();
        for f in findings {
            let allow_list: &[Spanned<String>] = match &f.entity {
                Some(e) => e.section.allow_list(ctx.plan, &e.id),
                None => strs(&ctx.plan.allow),
            };
            if allow_list.iter().any(|a| a.value == rule.name) {
                found.used.insert((f.entity.clone(), rule.name));
                continue;
            }
            debug_assert!(
                std::ptr::eq(f.finding.rule(), rule),
                "{rule}: another rule's finding"
            );
            if kept >= crate::model::MAX_KEPT_FINDINGS {
                found
                    .not_kept
                    .count(level, f.spans.first().copied().unwrap_or_default());
                continue;
            }
            kept += 1;
            let mut d = Diagnostic::report(f.finding, &f.spans, ctx.lang).at(level);
            // An entity the plan overrides from its model: show where the model defines it.
            if let Some(e) = &f.entity
                && let Some(model_span) = e.section.model_span(ctx.plan, &e.id)
                && !d.labels.iter().any(|l| l.span == model_span)
            {
                d.labels.push(Label::new(
                    model_span,
                    crate::messages::words(ctx.lang).defined_in_model,
                ));
            }
            out.push(d);
        }
        found.by_rule.push((index, out));
    }
    found
}

/// Put the findings of [`run_some`] together in catalogue order (the same order
/// however the rules were split up) and add `unused-allow`.
pub fn finish(
    ctx: &Ctx,
    level_of: &dyn Fn(&Rule) -> RuleLevel,
    parts: Vec<Findings>,
) -> Vec<Diagnostic> {
    let mut by_rule = Vec::new();
    let mut used = HashSet::new();
    let mut ran = BTreeSet::new();
    let mut not_kept = crate::model::NotKept::default();
    for p in parts {
        by_rule.extend(p.by_rule);
        used.extend(p.used);
        ran.extend(p.ran);
        not_kept.add(p.not_kept);
    }
    by_rule.sort_by_key(|(index, _)| *index);
    let mut out: Vec<Diagnostic> = by_rule.into_iter().flat_map(|(_, d)| d).collect();
    out.extend(not_kept.finding(ctx.lang));
    if let Some(level) = level_of(&unused_allow::RULE).to_level() {
        out.extend(unused_allow::check_allows(ctx, &used, &ran, level));
    }
    out
}
