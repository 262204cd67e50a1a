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

#[test]
fn the_pre_commit_hook_runs() {
    let hooks = repo_file(".pre-commit-hooks.yaml");
    let entry = hooks
        .lines()
        .find_map(|l| l.trim().strip_prefix("entry:"))
        .expect("an entry");
    let args: Vec<&str> = entry.split_whitespace().skip(1).collect();
    assert_eq!(args, ["check"]);
    assert!(hooks.contains("id: tovholder-check"));
    assert!(hooks.contains("pass_filenames: false"));
    // The hook runs with no file names at the repository root: the workflow YAML is
    // skipped, the plan with a warning passes, a broken plan fails.
    let dir = plan_repository();
    let r = run(dir.path(), &args);
    assert_eq!(r.code, 0, "{}", r.snapshot());
    assert!(
        r.stdout.ends_with("checked 2 files: 0 errors, 1 warning\n"),
        "{}",
        r.stdout
    );
    write(&dir.path().join("plans/broken.yaml"), "phases: [\n");
    assert_eq!(run(dir.path(), &args).code, 1);
}
