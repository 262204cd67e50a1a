//! The CI examples run real commands: every `tovholder` command line in
//! `examples/ci/github-actions.yml` and `.pre-commit-hooks.yaml` is run against a
//! small plan repository, so a renamed flag breaks this test, not a user's CI. The
//! pull-request workflow `examples/ci/plan-diff-comment.yml` is parsed, and its comment
//! step run as a shell script in a temporary git repository with a stub `gh`.

mod common;

use common::{commit, git, git_init, plan_clean, plan_warning_only, run, workspace, write};
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
            r.stdout.ends_with("tjekkede 2 filer: 0 fejl, 1 advarsel\n"),
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

/// A YAML file of the repository as a node tree (tovholder's own YAML reader).
fn with_yaml<R>(path: &str, f: impl FnOnce(&tovholder_core::yaml::Node<'_>) -> R) -> R {
    let source = tovholder_core::SourceFile::new(path, repo_file(path));
    let node = tovholder_core::yaml::parse(tovholder_core::FileId(0), &source, Default::default())
        .unwrap_or_else(|d| panic!("{path}: {}", d.message));
    f(&node)
}

fn text_of(node: Option<&tovholder_core::yaml::Node<'_>>) -> Option<String> {
    node.and_then(|n| n.as_str()).map(str::to_string)
}

/// The steps of a workflow's job: (name, uses, run, env) each.
type Step = (
    Option<String>,
    Option<String>,
    Option<String>,
    Vec<(String, String)>,
);

fn steps(node: &tovholder_core::yaml::Node<'_>, job: &str) -> Vec<Step> {
    use tovholder_core::yaml::NodeKind;
    let steps = node
        .get("jobs")
        .and_then(|j| j.get(job))
        .and_then(|j| j.get("steps"))
        .unwrap_or_else(|| panic!("no jobs.{job}.steps"));
    let NodeKind::Seq(items) = &steps.kind else {
        panic!("steps is not a list")
    };
    items
        .iter()
        .map(|s| {
            let env = match s.get("env").map(|e| &e.kind) {
                Some(NodeKind::Map(m)) => m
                    .iter()
                    .filter_map(|(k, v)| Some((k.as_str()?.to_string(), v.as_str()?.to_string())))
                    .collect(),
                _ => Vec::new(),
            };
            (
                text_of(s.get("name")),
                text_of(s.get("uses")),
                text_of(s.get("run")),
                env,
            )
        })
        .collect()
}

/// The pull-request workflow installs tovholder exactly as the check workflow does,
/// may write pull-request comments, and runs on pull requests.
#[test]
fn the_plan_diff_workflow_installs_as_the_check_workflow() {
    let path = "examples/ci/plan-diff-comment.yml";
    let check = with_yaml("examples/ci/github-actions.yml", |n| steps(n, "plans"));
    let diff = with_yaml(path, |n| {
        assert_eq!(
            n.get("permissions")
                .and_then(|p| p.get("pull-requests"))
                .and_then(|p| p.as_str()),
            Some("write")
        );
        assert!(n.get("on").and_then(|o| o.get("pull_request")).is_some());
        for var in ["TOVHOLDER_REPOSITORY", "TOVHOLDER_REF"] {
            let of =
                |file: &str| with_yaml(file, |m| text_of(m.get("env").and_then(|e| e.get(var))));
            assert_eq!(of(path), of("examples/ci/github-actions.yml"), "{var}");
            assert!(of(path).is_some(), "{var}");
        }
        steps(n, "diff")
    });
    // Resolve, cache and install: the same steps, word for word.
    for name in [
        "Resolve tovholder's commit",
        "Cache tovholder",
        "Install tovholder",
    ] {
        let find = |steps: &[Step]| {
            steps
                .iter()
                .find(|s| s.0.as_deref() == Some(name))
                .map(|s| (s.1.clone(), s.2.clone()))
                .unwrap_or_else(|| panic!("no step {name}"))
        };
        assert_eq!(find(&diff), find(&check), "{name}");
    }
    let raw = repo_file(path);
    assert!(
        raw.contains("fetch-depth: 0"),
        "the base commit must be fetched"
    );
    assert!(raw.contains("key: tovholder-${{ runner.os }}-${{ steps.tovholder.outputs.rev }}"));
}

/// The diff step, run for real: a repository with a base commit and a pull request
/// that changes one plan and adds another, `gh` a stub that records its arguments
/// and the comment it is given.
#[test]
fn the_plan_diff_workflow_comments_the_diff() {
    let steps = with_yaml("examples/ci/plan-diff-comment.yml", |n| steps(n, "diff"));
    let (_, _, script, env) = steps
        .iter()
        .find(|s| s.2.as_deref().is_some_and(|r| r.contains("tovholder diff")))
        .expect("a step that runs tovholder diff");
    let script = script.clone().expect("run");
    let plans = with_yaml("examples/ci/plan-diff-comment.yml", |n| {
        text_of(n.get("env").and_then(|e| e.get("PLANS")))
    })
    .expect("PLANS");
    for var in ["BASE_SHA", "PR_NUMBER", "GH_TOKEN"] {
        assert!(
            env.iter().any(|(k, _)| k == var),
            "the step's env lacks {var}"
        );
    }

    let dir = tempfile::tempdir().expect("temp dir");
    let repo = dir.path().join("repo");
    git_init(&repo);
    let base = commit(
        &repo,
        &[
            ("plans/nordby.yaml", &plan_warning_only()),
            ("README.md", "plans\n"),
        ],
        "approved",
    );
    // The pull request: an owner for the superbruger (the warning resolved), a new plan,
    // and a change outside the plans.
    let head = commit(
        &repo,
        &[
            ("plans/nordby.yaml", &plan_clean()),
            ("plans/sydby.yaml", &plan_clean()),
            ("README.md", "plans, changed\n"),
        ],
        "pull request",
    );

    let bin = dir.path().join("bin");
    let gh_log = dir.path().join("gh-args");
    let gh_body = dir.path().join("gh-body");
    write(
        &bin.join("gh"),
        &format!(
            "#!/bin/sh\nprintf '%s\\n' \"$@\" > '{}'\ncat > '{}'\n",
            gh_log.display(),
            gh_body.display()
        ),
    );
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(bin.join("gh"), std::fs::Permissions::from_mode(0o755))
            .expect("chmod gh");
    }
    let tovholder = Path::new(env!("CARGO_BIN_EXE_tovholder"));
    let path = format!(
        "{}:{}:/usr/bin:/bin",
        bin.display(),
        tovholder.parent().expect("bin dir").display()
    );
    // As GitHub runs a `run:` step: bash -e -o pipefail.
    let out = std::process::Command::new("bash")
        .args(["--noprofile", "--norc", "-eo", "pipefail", "-c", &script])
        .current_dir(&repo)
        .env_clear()
        .env("PATH", &path)
        .env("NO_COLOR", "1")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("PLANS", &plans)
        .env("BASE_SHA", &base)
        .env("PR_NUMBER", "17")
        .env("GH_TOKEN", "stub")
        .output()
        .expect("run the step");
    assert!(
        out.status.success(),
        "the step failed: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let args = std::fs::read_to_string(&gh_log).expect("gh was called");
    assert_eq!(
        args.lines().collect::<Vec<_>>(),
        [
            "pr",
            "comment",
            "17",
            "--edit-last",
            "--create-if-none",
            "--body-file",
            "-"
        ]
    );
    let body = std::fs::read_to_string(&gh_body).expect("the comment");

    // The comment is the diff's Markdown for the changed plan, then the new plan's line.
    let short = git(&repo, &["rev-parse", "--short", &base]);
    let short = short.trim_end();
    let expected = run(
        &repo,
        &[
            "diff",
            "--format",
            "markdown",
            "--rev",
            short,
            "plans/nordby.yaml",
        ],
    );
    assert_eq!(expected.code, 1, "{}", expected.snapshot());
    assert!(expected.stdout.contains("<details>"), "{}", expected.stdout);
    assert!(expected.stdout.contains("Bo Hansen"), "{}", expected.stdout);
    assert_eq!(
        body,
        format!(
            "{}\n### `plans/sydby.yaml`\n\nNew in this pull request.\n\n",
            expected.stdout
        )
    );

    // A pull request that touches no plan posts nothing.
    std::fs::remove_file(&gh_log).expect("rm");
    let out = std::process::Command::new("bash")
        .args(["--noprofile", "--norc", "-eo", "pipefail", "-c", &script])
        .current_dir(&repo)
        .env_clear()
        .env("PATH", &path)
        .env("PLANS", &plans)
        .env("BASE_SHA", &head)
        .env("PR_NUMBER", "17")
        .output()
        .expect("run the step");
    assert!(out.status.success());
    assert!(!gh_log.exists(), "gh was called with no plan changed");
}
