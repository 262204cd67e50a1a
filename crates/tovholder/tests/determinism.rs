//! Determinism across processes (issue 7): every process seeds `HashMap` and
//! `HashSet` differently, so two runs of the real binary on the same plans must give
//! byte-identical `check`, `compile` and `render` output. And a review that stays
//! true: in the core and the renderers, a hash collection bound to a name is only
//! looked up, never iterated into output.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .expect("repo")
}

/// The example plans and models (every `.yaml` under `examples/` and `tests/compile/`).
fn examples() -> Vec<String> {
    let mut out = Vec::new();
    for dir in ["examples", "examples/models", "tests/compile"] {
        let Ok(entries) = std::fs::read_dir(repo().join(dir)) else {
            continue;
        };
        for e in entries.flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            if name.ends_with(".yaml") {
                out.push(format!("{dir}/{name}"));
            }
        }
    }
    out.sort();
    assert!(out.len() >= 5, "{out:?}");
    out
}

/// The plans (`examples/`, `models/`, `tests/compile/`) copied into a temporary folder
/// marked as a repository root (`.git`), so `uses: ../../models/…` resolves the same in
/// a git checkout and in an unpacked `git archive`, which has no `.git`.
fn sandbox() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::create_dir(dir.path().join(".git")).expect("root marker");
    for sub in ["examples", "models", "tests/compile"] {
        common::copy_tree(&repo().join(sub), &dir.path().join(sub));
    }
    dir
}

struct Out {
    code: i32,
    stdout: Vec<u8>,
    stderr: Vec<u8>,
}

fn run(dir: &Path, args: &[&str]) -> Out {
    let out = Command::new(env!("CARGO_BIN_EXE_tovholder"))
        .args(args)
        .current_dir(dir)
        .env_clear()
        .env("NO_COLOR", "1")
        .output()
        .expect("run tovholder");
    Out {
        code: out.status.code().unwrap_or(-1),
        stdout: out.stdout,
        stderr: out.stderr,
    }
}

fn same_twice(dir: &Path, args: &[&str]) -> Out {
    let a = run(dir, args);
    let b = run(dir, args);
    assert_eq!(a.code, b.code, "{args:?}");
    assert!(
        a.stdout == b.stdout,
        "stdout differs between two runs of {args:?}"
    );
    assert!(
        a.stderr == b.stderr,
        "stderr differs between two runs of {args:?}"
    );
    a
}

#[test]
fn check_is_identical_across_processes() {
    let root = sandbox();
    let files = examples();
    let mut args = vec!["check", "--format", "json"];
    args.extend(files.iter().map(String::as_str));
    let out = same_twice(root.path(), &args);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(v["summary"]["files"], files.len());
    assert!(
        v["summary"]["warnings"].as_u64().unwrap_or(0) > 0,
        "something to compare"
    );
    for format in ["human", "sarif", "github", "concise"] {
        let mut args = vec!["check", "--format", format];
        args.extend(files.iter().map(String::as_str));
        same_twice(root.path(), &args);
    }
}

#[test]
fn compile_is_identical_across_processes() {
    let root = sandbox();
    let mut compiled = 0;
    for f in examples() {
        let out = same_twice(root.path(), &["compile", &f]);
        if out.code == 0 {
            compiled += 1;
            assert!(out.stdout.len() > 100, "{f}");
        }
    }
    assert!(compiled >= 5, "only {compiled} examples compiled");
}

/// Every file under `dir`, by path relative to it.
fn tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).expect("read output folder").flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                let rel = p.strip_prefix(dir).expect("inside").display().to_string();
                out.insert(rel, std::fs::read(&p).expect("read output"));
            }
        }
    }
    out
}

#[test]
fn render_is_identical_across_processes() {
    let root = sandbox();
    let tmp = tempfile::tempdir().expect("temp dir");
    let mut rendered = 0;
    for f in examples() {
        let name = Path::new(&f)
            .file_stem()
            .expect("stem")
            .to_string_lossy()
            .into_owned();
        let (a, b) = (
            tmp.path().join(format!("{name}-a")),
            tmp.path().join(format!("{name}-b")),
        );
        let ra = run(
            root.path(),
            &["render", &f, "--out", &a.display().to_string()],
        );
        let rb = run(
            root.path(),
            &["render", &f, "--out", &b.display().to_string()],
        );
        assert_eq!(ra.code, rb.code, "{f}");
        if ra.code != 0 {
            continue;
        }
        rendered += 1;
        let (ta, tb) = (tree(&a), tree(&b));
        assert!(ta.len() > 5, "{f}: {:?}", ta.keys());
        assert_eq!(
            ta.keys().collect::<Vec<_>>(),
            tb.keys().collect::<Vec<_>>(),
            "{f}"
        );
        for (path, bytes) in &ta {
            assert!(
                Some(bytes) == tb.get(path),
                "{f}: {path} differs between two renders"
            );
        }
    }
    assert!(rendered >= 5, "only {rendered} examples rendered");
}

/// Names bound to a `HashMap`/`HashSet` in a source text (`let x: HashMap…`,
/// `x: &HashSet…` parameters and fields).
fn hash_bindings(src: &str) -> Vec<String> {
    let mut names = Vec::new();
    for line in src.lines() {
        let Some(at) = line.find("HashMap").or_else(|| line.find("HashSet")) else {
            continue;
        };
        let before = line.get(..at).unwrap_or("");
        let Some(colon) = before.rfind(':') else {
            continue;
        };
        let decl = before.get(..colon).unwrap_or("").trim_end();
        let name: String = decl
            .chars()
            .rev()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        if !name.is_empty() && !name.chars().all(|c| c.is_ascii_digit()) && name != "collections" {
            names.push(name);
        }
    }
    names.sort();
    names.dedup();
    names
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir)
        .expect("read source folder")
        .flatten()
    {
        let p = e.path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

#[test]
fn hash_collections_are_only_looked_up() {
    let mut files = Vec::new();
    for krate in ["tovholder-core", "tovholder-render"] {
        rust_files(&repo().join("crates").join(krate).join("src"), &mut files);
    }
    files.sort();
    let mut reviewed = 0;
    let mut problems = Vec::new();
    for f in &files {
        let src = std::fs::read_to_string(f).expect("read source");
        for name in hash_bindings(&src) {
            reviewed += 1;
            let iterations = [
                format!("{name}.iter()"),
                format!("{name}.iter_mut()"),
                format!("{name}.into_iter()"),
                format!("{name}.keys()"),
                format!("{name}.values()"),
                format!("{name}.drain("),
                format!("in {name} "),
                format!("in {name}\n"),
                format!("in &{name}"),
                format!("in &mut {name}"),
            ];
            for pattern in iterations {
                if src.contains(&pattern) {
                    problems.push(format!("{}: `{pattern}`", f.display()));
                }
            }
        }
    }
    assert!(
        reviewed > 5,
        "the scan found only {reviewed} hash collections"
    );
    assert!(
        problems.is_empty(),
        "hash collections iterated (their order changes between processes; use a \
         BTreeMap/IndexMap or sort): {problems:#?}"
    );
}
