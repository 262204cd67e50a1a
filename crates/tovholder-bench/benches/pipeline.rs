//! The pipeline's stages on generated plans of 100, 1,000 and 10,000 activities
//! (`gen-plan --activities N`, seed 1 — the same files `scripts/bench-compare.sh`
//! writes), next to the bare parse of the same text into `IgnoredAny`.
//!
//! `check_journal` and `compile_journal` check and compile the plan of 10,000
//! activities with a journal of 0, 12,500, 25,000 and 50,000 entries
//! (`gen-journal --activities 10000 --entries M`, as of 2027-12-31), the goal
//! being at most 2× the time of the plan alone and linear in the journal's size.
//!
//! Run: `cargo bench -p tovholder-bench` (add `-- check` to filter).

use divan::{Bencher, black_box};
use tovholder_bench::Options;
use tovholder_bench::journal::JournalOptions;
use tovholder_core::compiled::CompiledPlan;
use tovholder_core::graph::DepGraph;
use tovholder_core::{CheckOptions, FileId, Lang, SourceFile, SourceMap};

const SIZES: &[usize] = &[100, 1_000, 10_000];
/// Journal entries for the plan of [`JOURNAL_PLAN`] activities (0: no journal).
const JOURNAL_SIZES: &[usize] = &[0, 12_500, 25_000, 50_000];
const JOURNAL_PLAN: usize = 10_000;

/// The allocator the `tovholder` binary uses.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    divan::main();
}

fn sources(n: usize) -> (SourceMap, FileId) {
    let text = tovholder_bench::plan(&Options {
        activities: n,
        ..Options::default()
    });
    let mut sources = SourceMap::new();
    let file = sources.add(SourceFile::new(format!("plan-{n}.yaml"), text));
    (sources, file)
}

fn text_of(sources: &SourceMap, file: FileId) -> &str {
    sources.get(file).map_or("", |f| f.text.as_str())
}

/// The floor: the same YAML parser and options, building nothing.
#[divan::bench(args = SIZES, sample_count = 20)]
fn bare_parse(bencher: Bencher, n: usize) {
    let (sources, file) = sources(n);
    let text = text_of(&sources, file);
    bencher
        .counter(divan::counter::BytesCount::of_str(text))
        .bench(|| tovholder_bench::bare_parse(black_box(text)).is_ok());
}

/// Text to typed plan with spans, and the loader's findings.
#[divan::bench(args = SIZES, sample_count = 20)]
fn load(bencher: Bencher, n: usize) {
    let (sources, file) = sources(n);
    bencher
        .counter(divan::counter::BytesCount::of_str(text_of(&sources, file)))
        .bench(|| tovholder_core::load::load(black_box(&sources), file, None));
}

/// Everything `tovholder check` does in memory: load, graph, schedule, rules.
#[divan::bench(args = SIZES, sample_count = 20)]
fn check(bencher: Bencher, n: usize) {
    let (sources, file) = sources(n);
    let opts = CheckOptions::default();
    bencher
        .counter(divan::counter::BytesCount::of_str(text_of(&sources, file)))
        .bench(|| tovholder_core::check(black_box(&sources), file, &opts));
}

/// The scheduler alone: a loaded plan and its graph to the schedule and the
/// compiled plan built from it.
#[divan::bench(args = SIZES, sample_count = 20)]
fn compile(bencher: Bencher, n: usize) {
    let (sources, file) = sources(n);
    let plan = tovholder_core::load::load(&sources, file, None).plan;
    let graph = DepGraph::build(&plan, &sources);
    bencher.bench(|| {
        let (schedule, _) =
            tovholder_core::schedule::schedule(black_box(&plan), &graph, None, Lang::En);
        schedule.map(|s| CompiledPlan::build(&plan, &s, &sources, file))
    });
}

/// Every document of a compiled plan, in memory.
#[divan::bench(args = SIZES, sample_count = 10)]
fn render(bencher: Bencher, n: usize) {
    let (sources, file) = sources(n);
    let checked = tovholder_core::check(&sources, file, &CheckOptions::default());
    let Some(compiled) = checked.compiled(&sources) else {
        panic!("the generated plan of {n} activities did not compile");
    };
    let opts = tovholder_render::RenderOptions::default();
    bencher
        .bench(|| tovholder_render::render(black_box(&compiled), &opts).map(|files| files.len()));
}

/// The plan of [`JOURNAL_PLAN`] activities and, unless `entries` is 0, its journal of
/// `entries` entries, in one map; the check options with the journals' as-of date.
fn with_journal(entries: usize) -> (SourceMap, FileId, Option<FileId>, CheckOptions) {
    let opts = JournalOptions {
        plan: Options {
            activities: JOURNAL_PLAN,
            ..Options::default()
        },
        entries,
        ..JournalOptions::default()
    };
    let (mut sources, file) = sources(JOURNAL_PLAN);
    let log = (entries > 0).then(|| {
        sources.add(SourceFile::new(
            "plan.log.yaml",
            tovholder_bench::journal::journal(&opts),
        ))
    });
    let check = CheckOptions {
        as_of: tovholder_core::model::Date::parse(&opts.as_of).ok(),
        ..CheckOptions::default()
    };
    (sources, file, log, check)
}

/// The journal already in the map, found "beside the plan" as the CLI finds it.
struct Beside(Option<FileId>);

impl tovholder_core::journal::JournalSource for Beside {
    fn load(&mut self, _: &mut SourceMap, _: FileId, _: &str) -> Result<FileId, String> {
        Err("the benchmark plan has no log: key".into())
    }
    fn beside(&mut self, _: &mut SourceMap, _: FileId) -> Result<Option<FileId>, (String, String)> {
        Ok(self.0)
    }
}

fn check_journaled(
    sources: &mut SourceMap,
    file: FileId,
    log: Option<FileId>,
    opts: &CheckOptions,
) -> tovholder_core::Checked {
    tovholder_core::check_with_journals(
        sources,
        file,
        opts,
        &mut tovholder_core::merge::NoModels,
        &mut Beside(log),
    )
}

/// `tovholder check --as-of 2027-12-31` of 10,000 activities in memory, with a
/// journal of 0 (none), 12,500, 25,000 and 50,000 entries.
#[divan::bench(args = JOURNAL_SIZES, sample_count = 10)]
fn check_journal(bencher: Bencher, entries: usize) {
    let (sources, file, log, opts) = with_journal(entries);
    let first = check_journaled(&mut sources.clone(), file, log, &opts);
    assert_eq!(first.diags.len(), 0, "the benchmark journal checks clean");
    bencher
        .with_inputs(|| sources.clone())
        .bench_local_values(|mut s| check_journaled(black_box(&mut s), file, log, &opts));
}

/// `tovholder compile --as-of 2027-12-31` of 10,000 activities in memory: the check,
/// then the compiled plan (with a journal: the forecast, a second schedule).
#[divan::bench(args = JOURNAL_SIZES, sample_count = 10)]
fn compile_journal(bencher: Bencher, entries: usize) {
    let (sources, file, log, opts) = with_journal(entries);
    bencher
        .with_inputs(|| sources.clone())
        .bench_local_values(|mut s| {
            let checked = check_journaled(black_box(&mut s), file, log, &opts);
            checked.compiled(&s).map(|c| c.activities.len())
        });
}
