//! Replays the fuzz seeds (`fuzz/seeds/<target>/`) and every input a fuzzer ever
//! crashed on (`tests/fuzz-regressions/<target>/`) through the pipeline the fuzz
//! targets run, with the same invariants: the file below is the fuzz crate's own
//! `fuzz/src/pipeline.rs`.
//!
//! `check_structured` seeds are `arbitrary` bytes, not YAML, so only that target's
//! regressions (kept as the YAML they stand for) are replayed here.

#[path = "../../../fuzz/src/pipeline.rs"]
mod pipeline;

use std::path::{Path, PathBuf};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The files in a folder and its subfolders, sorted (README files left out).
fn files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return out;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(files(&p));
        } else if p.file_name().is_some_and(|n| n != "README.md") {
            out.push(p);
        }
    }
    out.sort();
    out
}

/// Run every input of `target` found under `root`; the number run.
fn replay(root: &str, target: &str) -> usize {
    let inputs = files(&repo().join(root).join(target));
    for path in &inputs {
        let bytes = std::fs::read(path).expect("read input");
        let run = std::panic::catch_unwind(|| match target {
            "load" | "check_structured" => {
                let _ = pipeline::check_bytes(&bytes);
            }
            "compile" => {
                let _ = pipeline::compile_bytes(&bytes);
            }
            "render" => {
                let _ = pipeline::render_bytes(&bytes);
            }
            other => panic!("unknown fuzz target {other}"),
        });
        assert!(run.is_ok(), "{} fails its invariants", path.display());
    }
    inputs.len()
}

#[test]
fn fuzz_seeds_replay() {
    let mut total = 0;
    for target in ["load", "compile", "render"] {
        let n = replay("fuzz/seeds", target);
        assert!(n > 0, "no seeds for {target}");
        total += n;
    }
    assert!(total > 100, "{total} seeds");
}

#[test]
fn fuzz_regressions_replay() {
    for target in ["load", "check_structured", "compile", "render"] {
        replay("tests/fuzz-regressions", target);
    }
}

#[test]
fn the_seeds_reach_every_stage() {
    // Some seeds must compile and render, or the render target fuzzes nothing.
    let render = files(&repo().join("fuzz/seeds/render"));
    let rendered = render
        .iter()
        .filter(|p| pipeline::render_bytes(&std::fs::read(p).expect("read")).is_some())
        .count();
    assert!(rendered >= 3, "only {rendered} render seeds render");
    // A journal in the input (`#>>> plan.log.yaml`) is found beside the plan and its
    // entries checked against it.
    let journal =
        std::fs::read(repo().join("fuzz/seeds/load/journal__log-unknown-reference__fail.yaml"))
            .expect("seed");
    let run = pipeline::check_bytes(&journal).expect("a text");
    assert!(
        run.checked
            .diags
            .iter()
            .any(|d| d.rule.name == "log-unknown-reference"),
        "the journal was not read: {:?}",
        run.checked.diags
    );
    // The hostile seed renders and its text stays text.
    let hostile =
        std::fs::read(repo().join("fuzz/seeds/render/hostile__markup.yaml")).expect("seed");
    let docs = pipeline::render_bytes(&hostile).expect("the hostile plan renders");
    let html = docs
        .iter()
        .find(|f| f.relative_path == "aktivitetsplan.html")
        .expect("aktivitetsplan.html");
    let html = String::from_utf8_lossy(&html.bytes);
    assert!(html.contains("&lt;script&gt;"), "the title is escaped");
    assert!(
        html.contains("{{ 7*7 }}"),
        "template syntax is printed, not evaluated"
    );
}
