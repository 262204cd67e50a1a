//! Exit codes of `tovholder check`: 0 nothing at error level, 1 error-level findings
//! (or warnings with `--deny warnings`), 2 a path or configuration that cannot be read.

mod common;

use common::{plan, plan_clean, plan_warning_only, run, workspace, write};

fn code(files: &[(&str, String)], args: &[&str]) -> (i32, common::Run) {
    let dir = workspace("");
    for (name, text) in files {
        write(&dir.path().join(name), text);
    }
    let r = run(dir.path(), args);
    (r.code, r)
}

#[test]
fn clean_plan_is_0() {
    let (c, r) = code(&[("plan.yaml", plan_clean())], &["check", "plan.yaml"]);
    assert_eq!(c, 0, "{}", r.snapshot());
    assert_eq!(r.stdout, "tjekkede 1 fil: 0 fejl, 0 advarsler\n");
    let (c, _) = code(
        &[("plan.yaml", plan_clean())],
        &["check", "--deny", "warnings"],
    );
    assert_eq!(c, 0);
}

#[test]
fn warnings_are_0_unless_denied() {
    let files = [("plan.yaml", plan_warning_only())];
    for format in ["human", "json", "sarif", "github", "concise"] {
        let (c, r) = code(&files, &["check", "--format", format]);
        assert_eq!(c, 0, "{format}: {}", r.snapshot());
        let (c, r) = code(&files, &["check", "--format", format, "--deny", "warnings"]);
        assert_eq!(c, 1, "{format}: {}", r.snapshot());
    }
}

#[test]
fn errors_are_1() {
    for format in ["human", "json", "sarif", "github", "concise"] {
        let (c, r) = code(&[("plan.yaml", plan())], &["check", "--format", format]);
        assert_eq!(c, 1, "{format}: {}", r.snapshot());
    }
}

#[test]
fn a_config_error_is_1() {
    let files = [
        ("plan.yaml", plan_clean()),
        (
            "tovholder.toml",
            "[lints]\nrole-without-ower = \"deny\"\n".to_string(),
        ),
    ];
    let (c, r) = code(&files, &["check"]);
    assert_eq!(c, 1, "{}", r.snapshot());
}

#[test]
fn unreadable_paths_are_2_and_reported_in_every_format() {
    let files = [("plan.yaml", plan_clean())];
    let (c, r) = code(&files, &["check", "plan.yaml", "missing.yaml"]);
    assert_eq!(c, 2);
    assert!(
        r.stderr.starts_with("error: cannot read missing.yaml: "),
        "{}",
        r.stderr
    );
    assert_eq!(r.stdout, "tjekkede 1 fil: 0 fejl, 0 advarsler\n");

    let (c, r) = code(&files, &["check", "--format", "json", "missing.yaml"]);
    assert_eq!(c, 2);
    let doc: serde_json::Value = serde_json::from_str(&r.stdout).expect("JSON");
    assert_eq!(doc["unreadable"][0]["file"], "missing.yaml");

    let (c, r) = code(&files, &["check", "--format", "sarif", "missing.yaml"]);
    assert_eq!(c, 2);
    let doc: serde_json::Value = serde_json::from_str(&r.stdout).expect("JSON");
    let inv = &doc["runs"][0]["invocations"][0];
    assert_eq!(inv["executionSuccessful"], false);
    assert!(
        inv["toolExecutionNotifications"][0]["message"]["text"]
            .as_str()
            .is_some_and(|t| t.starts_with("cannot read missing.yaml: ")),
        "{inv}"
    );

    let (c, r) = code(&files, &["check", "--format", "github", "missing.yaml"]);
    assert_eq!(c, 2);
    assert!(
        r.stdout
            .starts_with("::error title=tovholder::cannot read missing.yaml: "),
        "{}",
        r.stdout
    );
}

#[test]
fn show_config_of_a_missing_plan_is_2() {
    let (c, r) = code(&[], &["check", "--show-config", "missing.yaml"]);
    assert_eq!(c, 2);
    assert!(
        r.stderr.starts_with("error: cannot read missing.yaml: "),
        "{}",
        r.stderr
    );
}

#[test]
fn usage_errors_are_2() {
    let (c, r) = code(&[], &["check", "--format", "xml"]);
    assert_eq!(c, 2, "{}", r.snapshot());
    let (c, _) = code(&[], &["check", "--deny", "everything"]);
    assert_eq!(c, 2);
}
