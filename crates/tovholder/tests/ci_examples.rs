//! The CI examples run real commands: every `tovholder` command line in
//! `examples/ci/github-actions.yml` and `.pre-commit-hooks.yaml` is run against a
//! small plan repository, so a renamed flag breaks this test, not a user's CI.

mod common;

use common::{plan_clean, plan_warning_only, run, workspace, write};
use std::path::Path;

fn repo_file(path: &str) -> String {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(path);
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

/// `tovholder …` command lines in a text, cut before shell redirections and `||`.
fn command_lines(text: &str) -> Vec<Vec<String>> {
    text.lines()
        .filter(|l| !l.trim_start().starts_with('#'))
        .filter_map(|l| l.find("tovholder ").map(|i| &l[i..]))
        .filter(|cmd| !cmd.starts_with("tovholder-"))
        .map(|cmd| {
            let cmd = cmd.split(['>', '|']).next().unwrap_or(cmd);
            cmd.split_whitespace()
                .skip(1)
                .map(|w| w.trim_matches('"').to_string())
                .collect()
        })
        .filter(|args: &Vec<String>| !args.is_empty())
        .collect()
}

fn plan_repository() -> tempfile::TempDir {
    let dir = workspace("");
    write(&dir.path().join("plans/nordby.yaml"), &plan_warning_only());
    write(&dir.path().join("plans/sydby.yaml"), &plan_clean());
    write(
        &dir.path().join(".github/workflows/ci.yml"),
        "name: ci\non: push\njobs: {}\n",
    );
    dir
}

#[test]
fn the_github_actions_example_runs() {
    let workflow = repo_file("examples/ci/github-actions.yml");
    let commands = command_lines(&workflow);
    let dir = plan_repository();
    let mut formats = Vec::new();
    for args in &commands {
        let mut args: Vec<&str> = args.iter().map(String::as_str).collect();
        if args.first() == Some(&"render") {
            // The workflow loops over plans/*.yaml.
            args = vec!["render", "plans/sydby.yaml"];
        }
        if let Some(i) = args.iter().position(|a| *a == "--format") {
            formats.push(args[i + 1].to_string());
        }
        let r = run(dir.path(), &args);
        assert_eq!(r.code, 0, "tovholder {}: {}", args.join(" "), r.snapshot());
    }
    assert!(formats.contains(&"github".to_string()), "{commands:?}");
    assert!(formats.contains(&"sarif".to_string()), "{commands:?}");
    assert!(
        commands
            .iter()
            .any(|c| c.first().map(String::as_str) == Some("render"))
    );
    assert!(workflow.contains("github/codeql-action/upload-sarif@"));
    assert!(workflow.contains("actions/upload-artifact@"));
    assert!(dir.path().join("out").is_dir(), "render wrote no out/");
}

/// The hooks of `.pre-commit-hooks.yaml`: (id, key → value) for each `- id:` block.
fn hooks() -> Vec<(String, Vec<(String, String)>)> {
    let text = repo_file(".pre-commit-hooks.yaml");
    let mut hooks: Vec<(String, Vec<(String, String)>)> = Vec::new();
    for line in text.lines().filter(|l| !l.trim_start().starts_with('#')) {
        if let Some(id) = line.strip_prefix("- id:") {
            hooks.push((id.trim().to_string(), Vec::new()));
        } else if let (Some((_, keys)), Some((k, v))) = (hooks.last_mut(), line.split_once(':')) {
            keys.push((k.trim().to_string(), v.trim().to_string()));
        }
    }
    hooks
}

fn hook_key<'a>(keys: &'a [(String, String)], key: &str) -> &'a str {
    keys.iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.as_str())
        .unwrap_or_else(|| panic!("no {key} in {keys:?}"))
}

#[test]
fn the_pre_commit_hooks_run() {
    let hooks = hooks();
    let ids: Vec<&str> = hooks.iter().map(|(id, _)| id.as_str()).collect();
    assert_eq!(ids, ["tovholder-check", "tovholder-check-strict"]);
    let dir = plan_repository();
    for (id, keys) in &hooks {
        // pre-commit installs tovholder itself (pyproject.toml, a wheel); the hook
        // needs nothing on PATH. scripts/test-pre-commit.sh runs the real pre-commit.
        assert_eq!(hook_key(keys, "language"), "python", "{id}");
        assert_eq!(hook_key(keys, "pass_filenames"), "false", "{id}");
        assert_eq!(
            hook_key(keys, "files"),
            r"(\.ya?ml|(^|/)tovholder\.toml)$",
            "{id}"
        );
        let entry = hook_key(keys, "entry");
        let args: Vec<&str> = entry.split_whitespace().skip(1).collect();
        assert_eq!(entry.split_whitespace().next(), Some("tovholder"), "{id}");
        let strict = id.ends_with("-strict");
        if strict {
            assert_eq!(args, ["check", "--deny", "warnings"], "{id}");
        } else {
            assert_eq!(args, ["check"], "{id}");
        }
        // The hook runs with no file names at the repository root: the workflow YAML
        // is skipped, the plan with a warning passes (fails the strict hook).
        let r = run(dir.path(), &args);
        assert_eq!(r.code, if strict { 1 } else { 0 }, "{id}: {}", r.snapshot());
        assert!(
            r.stdout.ends_with("checked 2 files: 0 errors, 1 warning\n"),
            "{id}: {}",
            r.stdout
        );
    }
    write(&dir.path().join("plans/broken.yaml"), "phases: [\n");
    for (id, keys) in &hooks {
        let args: Vec<&str> = hook_key(keys, "entry").split_whitespace().skip(1).collect();
        assert_eq!(run(dir.path(), &args).code, 1, "{id}");
    }
}

/// The Python package builds the tovholder binary of this workspace.
#[test]
fn the_wheel_packs_the_tovholder_binary() {
    let pyproject = repo_file("pyproject.toml");
    for line in [
        "build-backend = \"maturin\"",
        "name = \"tovholder\"",
        "bindings = \"bin\"",
        "manifest-path = \"crates/tovholder/Cargo.toml\"",
    ] {
        assert!(
            pyproject.lines().any(|l| l == line),
            "pyproject.toml lacks {line}"
        );
    }
    let manifest = repo_file("crates/tovholder/Cargo.toml");
    assert!(manifest.contains("[[bin]]\nname = \"tovholder\"\n"));
}

/// The example workflow installs from the repository the workspace names (no crate of
/// crates.io: tovholder is not published there).
#[test]
fn the_github_actions_example_installs_from_the_repository() {
    let workflow = repo_file("examples/ci/github-actions.yml");
    let cargo = repo_file("Cargo.toml");
    let repository = cargo
        .lines()
        .find_map(|l| l.strip_prefix("repository = "))
        .expect("repository in Cargo.toml")
        .trim_matches('"');
    let configured = workflow
        .lines()
        .find_map(|l| l.trim().strip_prefix("TOVHOLDER_REPOSITORY:"))
        .expect("TOVHOLDER_REPOSITORY in the workflow")
        .trim();
    assert_eq!(
        configured, repository,
        "the workflow's TOVHOLDER_REPOSITORY"
    );
    let installs: Vec<&str> = workflow
        .lines()
        .filter(|l| l.contains("cargo install"))
        .collect();
    assert!(!installs.is_empty());
    for line in installs {
        assert!(
            line.contains("--git \"$TOVHOLDER_REPOSITORY\""),
            "installs from crates.io: {line}"
        );
    }
    assert!(workflow.contains("uses: actions/cache@"));
}

/// The release workflow builds every platform's binary and the wheels, with checksums.
#[test]
fn the_release_workflow_builds_every_platform() {
    let release = repo_file(".github/workflows/release.yml");
    for needle in [
        "x86_64-unknown-linux-musl",
        "x86_64-apple-darwin",
        "aarch64-apple-darwin",
        "x86_64-pc-windows-msvc",
        "uses: PyO3/maturin-action@",
        "SHA256SUMS",
        "gh release create",
        "tags: [",
    ] {
        assert!(release.contains(needle), "release.yml lacks {needle}");
    }
}
