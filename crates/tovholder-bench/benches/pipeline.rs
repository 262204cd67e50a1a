//! The pipeline's stages on generated plans of 100, 1,000 and 10,000 activities
//! (`gen-plan --activities N`, seed 1 — the same files `scripts/bench-compare.sh`
//! writes), next to the bare parse of the same text into `IgnoredAny`.
//!
//! Run: `cargo bench -p tovholder-bench` (add `-- check` to filter).

use divan::{Bencher, black_box};
use tovholder_bench::Options;
use tovholder_core::compiled::CompiledPlan;
use tovholder_core::graph::DepGraph;
use tovholder_core::{CheckOptions, FileId, Lang, SourceFile, SourceMap};

const SIZES: &[usize] = &[100, 1_000, 10_000];

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
