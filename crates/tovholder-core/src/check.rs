//! The pipeline for one plan: load → (resolve models) → graph → schedule → rules.

use crate::compiled::CompiledPlan;
use crate::diag::{self, Diagnostic, Lang, Level};
use crate::graph::DepGraph;
use crate::load;
use crate::merge::{self, ModelSource};
use crate::model::Plan;
use crate::rules::{self, Ctx, Rule, RuleLevel, RuleOptions};
use crate::schedule::Schedule;
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
    /// Let `uses` paths leave the repository root (`--allow-outside-root`; read by the CLI's model loader).
    pub allow_outside_root: bool,
    /// The day the plan is checked as of (`--as-of`; the CLI gives today when it is not
    /// set, the core never reads the clock). The follow-up rules need it.
    pub as_of: Option<crate::model::Date>,
    /// The approved version of the plan (merged with its model), for `check --baseline
    /// REV`: `goal-target-moved` compares the goals with it. Absent: no baseline.
    pub baseline: Option<std::sync::Arc<Plan>>,
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
    /// The file the plan was read from.
    pub file: FileId,
    pub plan: Plan,
    pub diags: Vec<Diagnostic>,
    /// The plan's dates, when it could be scheduled.
    pub schedule: Option<Schedule>,
    /// The language messages were written in.
    pub lang: Lang,
    /// The plan's journals resolved against it, when it has a journal and an as-of date.
    pub follow_up: Option<crate::follow_up::FollowUp>,
    /// The journals read for the plan (their findings point into these files).
    pub journal_files: Vec<FileId>,
}

impl Checked {
    /// The documents' compiled plan (what `compile` prints and `render` reads), when
    /// the plan could be scheduled. `sources` is the map the plan was checked in.
    pub fn compiled(&self, sources: &SourceMap) -> Option<CompiledPlan> {
        let schedule = self.schedule.as_ref()?;
        Some(CompiledPlan::build_followed(
            &self.plan,
            schedule,
            sources,
            self.file,
            self.follow_up.as_ref(),
        ))
    }

    /// The errors that keep the plan from being compiled or rendered: all but those
    /// inside a journal (and `log-unavailable`), which never stop the plan.
    pub fn plan_errors(&self) -> usize {
        self.diags
            .iter()
            .filter(|d| !self.journal_files.contains(&d.span().file))
            .filter(|d| d.rule.name != crate::rules::log_unavailable::RULE.name)
            .map(|d| d.counts().0)
            .sum()
    }

    /// The errors found, counting those not kept (`limit-exceeded`'s count).
    pub fn errors(&self) -> usize {
        self.diags.iter().map(|d| d.counts().0).sum()
    }
    /// The warnings found, counting those not kept.
    pub fn warnings(&self) -> usize {
        self.diags.iter().map(|d| d.counts().1).sum()
    }
}

/// Check a plan already in `sources` (a plan that uses a model gets a
/// `model-unavailable` finding: use [`check_with_models`] to load models).
pub fn check(sources: &SourceMap, file: FileId, opts: &CheckOptions) -> Checked {
    let lang = load::message_lang(sources, file, opts.lang);
    let loaded = load::load(sources, file, Some(lang));
    if !loaded.parsed {
        return Checked {
            file,
            plan: loaded.plan,
            diags: loaded.diags,
            schedule: None,
            lang,
            follow_up: None,
            journal_files: Vec::new(),
        };
    }
    let mut diags = loaded.diags;
    let plan = match &loaded.plan.uses {
        Some(_) => {
            let mut tmp = sources.clone();
            let r = merge::resolve(&mut tmp, file, loaded.plan, &mut merge::NoModels, lang);
            diags.extend(r.diags);
            r.plan
        }
        None => loaded.plan,
    };
    check_plan(sources, file, plan, diags, lang, opts, None, &mut [])
}

/// Check a plan, loading the models it `uses` through `models` (which adds them to `sources`).
pub fn check_with_models(
    sources: &mut SourceMap,
    file: FileId,
    opts: &CheckOptions,
    models: &mut dyn ModelSource,
) -> Checked {
    check_with_journals(sources, file, opts, models, &mut crate::journal::NoJournals)
}

/// Check a plan with its models and its journals (`log:`, or the one beside the plan,
/// found through `journals`). A journal's problems are findings beside the plan's;
/// they never stop the plan from being checked or scheduled.
pub fn check_with_journals(
    sources: &mut SourceMap,
    file: FileId,
    opts: &CheckOptions,
    models: &mut dyn ModelSource,
    journals: &mut dyn crate::journal::JournalSource,
) -> Checked {
    let lang = load::message_lang(sources, file, opts.lang);
    // The journal beside the plan is read first and parsed on a second thread while the
    // plan loads (a big journal costs as much to parse as the plan), when the plan's
    // text shows it can have no `log:` key and is no model: then it is the journal
    // `find` would pick. Otherwise (and should the loaded plan say otherwise) `find`
    // decides after the load, as before.
    let beside = sources
        .get(file)
        .is_some_and(|f| may_use_beside(&f.text))
        .then(|| journals.beside(sources, file));
    let early_file = match &beside {
        Some(Ok(Some(f))) => Some(*f),
        _ => None,
    };
    let shared: &SourceMap = sources;
    let (early_log, loaded) = side_by_side(
        || early_file.map(|f| crate::journal::load(shared, f, lang)),
        || load::load(shared, file, Some(lang)),
    );
    if !loaded.parsed {
        return Checked {
            file,
            plan: loaded.plan,
            diags: loaded.diags,
            schedule: None,
            lang,
            follow_up: None,
            journal_files: Vec::new(),
        };
    }
    let mut diags = loaded.diags;
    let (mut logs, log_diags) = match beside {
        Some(found) if loaded.plan.log.is_none() && !loaded.plan.is_model() => match found {
            Ok(_) => (early_log.into_iter().collect(), Vec::new()),
            Err((path, reason)) => {
                let msg = crate::messages::LoadMsg::LogUnavailable { path, reason };
                let at = crate::span::Span::new(file, 0, 0);
                (Vec::new(), vec![Diagnostic::report(msg, &[at], lang)])
            }
        },
        _ => crate::journal::find(sources, file, &loaded.plan, journals, lang),
    };
    let resolved = merge::resolve(sources, file, loaded.plan, models, lang);
    diags.extend(resolved.diags);
    let mut checked = check_plan(
        sources,
        file,
        resolved.plan,
        diags,
        lang,
        opts,
        resolved.model.as_ref(),
        &mut logs,
    );
    // The journal's own problems come after the plan is checked: they never keep the
    // plan from being scheduled (nor, in the CLI, from being compiled or rendered).
    checked.diags.extend(log_diags);
    for log in logs {
        checked.journal_files.push(log.file);
        checked.diags.extend(log.diags);
    }
    diag::sort(&mut checked.diags);
    checked
}

/// The stages after loading: graph, schedule, rules. `model` is the resolved model
/// the plan uses: findings that the model has on its own are reported when the model
/// is checked, not again for every plan that uses it. `logs` are the plan's journals
/// (their entries are moved into the follow-up).
#[allow(clippy::too_many_arguments)]
fn check_plan(
    sources: &SourceMap,
    file: FileId,
    plan: Plan,
    mut diags: Vec<Diagnostic>,
    lang: Lang,
    opts: &CheckOptions,
    model: Option<&Plan>,
    logs: &mut [crate::journal::LoadedJournal],
) -> Checked {
    let plan = crate::tracks::expanded(plan);
    let graph = DepGraph::build(&plan, sources);
    // Schedule when it means something: a plan (not a model) with a start and no cycle,
    // and no value the loader had to drop (a phase without a valid duration would be
    // scheduled as zero days and every activity in it reported as outside it).
    let loader_errors = diags
        .iter()
        .any(|d| d.level == Level::Error && d.rule.check.is_none());
    let level_of = |r: &rules::Rule| opts.level_of(r);
    let undated = Ctx {
        plan: &plan,
        sources,
        graph: &graph,
        lang,
        schedule: None,
        options: &opts.rule_options,
        follow_up: None,
        as_of: opts.as_of.map(|d| d.0),
        baseline: opts.baseline.as_deref(),
    };
    // The rules that need no dates do not wait for the schedule: they run on a second
    // thread meanwhile (the schedule, with its many allocations, stays on this one).
    let (early, (schedule, scheduled)) = side_by_side(
        || rules::run_some(&undated, &level_of, &|r| !r.needs_schedule),
        || {
            if loader_errors {
                (None, Vec::new())
            } else {
                crate::schedule::schedule(&plan, &graph, opts.until, lang)
            }
        },
    );
    diags.extend(scheduled);
    // The journal is resolved against the merged plan once it is scheduled (a plan
    // with no journal, or no as-of date, has no follow-up and behaves as before).
    let follow_up = match (logs.is_empty(), opts.as_of) {
        (false, Some(as_of)) => Some(crate::follow_up::FollowUp::build(
            &plan,
            schedule.as_ref(),
            logs,
            as_of.0,
        )),
        _ => None,
    };
    let ctx = Ctx {
        schedule: schedule.as_ref(),
        follow_up: follow_up.as_ref(),
        ..undated
    };
    let late = rules::run_some(&ctx, &level_of, &|r| r.needs_schedule);
    let mut found = rules::finish(&ctx, &level_of, vec![early, late]);
    if let Some(model) = model {
        let model_graph = DepGraph::build(model, sources);
        let mctx = Ctx {
            plan: model,
            sources,
            graph: &model_graph,
            lang,
            schedule: None,
            options: &opts.rule_options,
            follow_up: None,
            as_of: None,
            baseline: None,
        };
        let own: std::collections::HashSet<(&str, crate::span::Span)> =
            rules::run(&mctx, &|r| opts.level_of(r))
                .iter()
                .map(|d| (d.rule.name, d.span()))
                .collect();
        found.retain(|d| !own.contains(&(d.rule.name, d.span())));
    }
    diags.extend(found);
    apply_levels(&mut diags, opts);
    diag::sort(&mut diags);
    Checked {
        file,
        plan,
        diags,
        schedule,
        lang,
        follow_up,
        journal_files: Vec::new(),
    }
}

/// Whether a plan's text can only be a plan without a `log:` key, so that its journal is
/// the one beside it: the first line that is not blank or a comment starts with a key
/// at column 0 (a block mapping, not indented), and no line starts with `log`, `kind`,
/// `<<` (a merge key), a quote, `?`, `---` or `%`. Conservative: a plan it refuses is
/// checked exactly as before, only without the head start.
fn may_use_beside(text: &str) -> bool {
    let body = text.strip_prefix('\u{feff}').unwrap_or(text);
    let block = body
        .lines()
        .find(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .is_some_and(|l| l.starts_with(|c: char| c.is_ascii_alphabetic()));
    let unsure = |l: &str| {
        ["log", "kind", "<<", "\"", "'", "?", "---", "%"]
            .iter()
            .any(|p| l.starts_with(p))
    };
    block && !body.lines().any(unsure)
}

/// Run `a` on a second thread and `b` on this one, or both here when no thread can
/// be started (a limit on threads or memory). A panic in `a` goes on in the caller.
fn side_by_side<A, B, RA, RB>(a: A, b: B) -> (RA, RB)
where
    A: FnOnce() -> RA + Send,
    B: FnOnce() -> RB,
    RA: Send,
{
    // `a` waits in the slot until a thread takes it: when none could start, it is
    // still here to run.
    let slot = std::sync::Mutex::new(Some(a));
    let take = || slot.lock().ok().and_then(|mut a| a.take());
    std::thread::scope(|s| {
        // Some rules walk long `after` chains recursively: the stack the CLI gives its
        // own worker (a 100,000-phase ring needs it; the memory is only reserved).
        let spawned = std::thread::Builder::new()
            .name("rules".into())
            .stack_size(64 * 1024 * 1024)
            .spawn_scoped(s, || take().map(|a| a()));
        let rb = b();
        match spawned.map(|h| h.join()) {
            Ok(Ok(Some(ra))) => (ra, rb),
            Ok(Err(panic)) => std::panic::resume_unwind(panic),
            Ok(Ok(None)) | Err(_) => match take() {
                Some(a) => (a(), rb),
                // Only reachable if the thread took `a` and still returned nothing.
                None => unreachable!("the rules ran neither on their thread nor here"),
            },
        }
    })
}

/// Findings reported outside the rule engine (loader, models) still follow configured levels.
fn apply_levels(diags: &mut Vec<Diagnostic>, opts: &CheckOptions) {
    diags.retain_mut(|d| match rules::find(d.rule.name) {
        Some(rule) if rule.configurable && rule.check.is_none() => {
            match opts.level_of(rule).to_level() {
                Some(level) => {
                    d.level = level;
                    true
                }
                None => false,
            }
        }
        _ => true,
    });
}
