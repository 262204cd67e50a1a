//! `--format sarif` validates against the official SARIF 2.1.0 schema
//! (`tests/reference/sarif-schema-2.1.0.json`, vendored with its licence note in
//! `tests/reference/README.md`), formats included (`uri`, `uri-reference`).

mod common;

use common::{plan, plan_warning_only, run, workspace, write};
use std::path::Path;

fn schema() -> serde_json::Value {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/reference/sarif-schema-2.1.0.json");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "the SARIF schema is missing: {} ({e}). It is part of the repository \
             (tests/reference/); this test does not skip without it.",
            path.display()
        )
    });
    serde_json::from_str(&text).expect("the SARIF schema is JSON")
}

fn assert_valid(sarif: &str) {
    let validator = jsonschema::draft4::options()
        .should_validate_formats(true)
        .build(&schema())
        .expect("the SARIF schema compiles");
    let doc: serde_json::Value = serde_json::from_str(sarif).expect("SARIF output is JSON");
    let errors: Vec<String> = validator
        .iter_errors(&doc)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "SARIF does not validate:\n{}",
        errors.join("\n")
    );
}

#[test]
fn findings_config_errors_cycles_and_odd_file_names_validate() {
    let dir = workspace("formats");
    write(&dir.path().join("plan.yaml"), &plan());
    let cyclic = plan_warning_only().replace(
        "    name: Forberedelse\n",
        "    name: Forberedelse\n    after: [forankring]\n",
    );
    write(&dir.path().join("planer/børn og unge.yaml"), &cyclic);
    write(&dir.path().join("50% [udkast] #1.yaml"), &plan());
    let r = run(dir.path(), &["check", "--format", "sarif"]);
    assert_eq!(r.code, 1);
    assert!(r.stdout.contains("\"relatedLocations\""));
    assert!(
        r.stdout.contains("50%25%20%5Budkast%5D%20%231.yaml"),
        "{}",
        r.stdout
    );
    assert_valid(&r.stdout);
}

#[test]
fn no_findings_and_unreadable_paths_validate() {
    let dir = workspace("");
    let r = run(dir.path(), &["check", "--format", "sarif"]);
    assert_eq!(r.code, 0);
    assert_valid(&r.stdout);
    let r = run(dir.path(), &["check", "--format", "sarif", "missing.yaml"]);
    assert_eq!(r.code, 2);
    assert_valid(&r.stdout);
}

#[test]
fn a_file_outside_the_current_folder_gets_an_absolute_uri() {
    let dir = workspace("");
    write(&dir.path().join("plans/plan.yaml"), &plan());
    std::fs::create_dir(dir.path().join("elsewhere")).expect("mkdir");
    let r = run(
        &dir.path().join("elsewhere"),
        &["check", "--format", "sarif", "../plans/plan.yaml"],
    );
    assert_eq!(r.code, 1);
    let root = std::fs::canonicalize(dir.path()).expect("canonical");
    let uri = format!("\"uri\": \"file://{}/plans/plan.yaml\"", root.display());
    assert!(r.stdout.contains(&uri), "{uri} not in {}", r.stdout);
    assert_valid(&r.stdout);
}
