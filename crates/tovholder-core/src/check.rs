//! The pipeline for one plan: load → (resolve models) → graph → schedule → rules.

use crate::compiled::CompiledPlan;
use crate::diag::{self, Diagnostic, Lang, Level};
use crate::graph::DepGraph;
use crate::load;
use crate::model::Plan;
use crate::rules::{self, Ctx, Rule, RuleLevel, RuleOptions};
use crate::span::{FileId, SourceMap};
use std::collections::BTreeMap;

/// How to check.
#[derive(Clone, Debug, Default)]
pub struct CheckOptions {
    /// Message language override (`--lang`).
    pub lang: Option<Lang>,
    /// Rule levels set by configuration, by rule name.
    pub levels: BTreeMap<String, RuleLevel>,
    pub rule_options: RuleOptions,
    /// Last day to schedule to (`--until`).
    pub until: Option<crate::model::Date>,
}

impl CheckOptions {
    /// The effective level of a rule.
    pub fn level_of(&self, rule: &Rule) -> RuleLevel {
        if !rule.configurable {
            return rule.level;
        }
        self.levels.get(rule.name).copied().unwrap_or(rule.level)
    }
}

/// Everything known about one checked plan.
#[derive(Debug)]
pub struct Checked {
    pub plan: Plan,
    pub diags: Vec<Diagnostic>,
    /// The compiled plan, when the plan could be scheduled.
    pub compiled: Option<CompiledPlan>,
    /// The language messages were written in.
    pub lang: Lang,
}

impl Checked {
    pub fn errors(&self) -> usize {
        self.diags
            .iter()
            .filter(|d| d.level == Level::Error)
            .count()
    }
    pub fn warnings(&self) -> usize {
        self.diags
            .iter()
            .filter(|d| d.level == Level::Warning)
            .count()
    }
}

/// Check a plan already in `sources`.
pub fn check(sources: &SourceMap, file: FileId, opts: &CheckOptions) -> Checked {
    let lang = load::message_lang(sources, file, opts.lang);
    let loaded = load::load(sources, file, Some(lang));
    let mut diags = loaded.diags;
    let plan = loaded.plan;
    if !loaded.parsed {
        return Checked {
            plan,
            diags,
            compiled: None,
            lang,
        };
    }
    let graph = DepGraph::build(&plan, sources);
    let compiled = None;
    let ctx = Ctx {
        plan: &plan,
        sources,
        graph: &graph,
        lang,
        schedule: compiled.as_ref(),
        options: &opts.rule_options,
    };
    diags.extend(rules::run(&ctx, &|r| opts.level_of(r)));
    diag::sort(&mut diags);
    Checked {
        plan,
        diags,
        compiled,
        lang,
    }
}
