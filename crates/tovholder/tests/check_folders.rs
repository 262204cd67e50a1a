//! `tovholder check DIR` over many plans: every file reported, a deterministic order
//! (plans are checked in parallel), and the summary line.

mod common;

use common::{plan, plan_clean, plan_warning_only, run, workspace, write};

#[test]
fn many_plans_are_reported_in_path_order_with_a_summary() {
    let dir = workspace("");
    let mut expected_errors = 0;
    let mut expected_warnings = 0;
    let mut with_findings = Vec::new();
    for k in 0..8 {
        for i in 0..5 {
            let name = format!("kommune-{k:02}/plan-{i}.yaml");
            let text = match (k + i) % 3 {
                0 => plan_clean(),
                1 => {
                    expected_warnings += 1;
                    with_findings.push(format!("{name}: 1 advarsel"));
                    plan_warning_only()
                }
                _ => {
                    expected_errors += 1;
                    expected_warnings += 1;
                    with_findings.push(format!("{name}: 1 fejl, 1 advarsel"));
                    plan()
                }
            };
            write(&dir.path().join(&name), &text);
        }
    }
    // A YAML file that is not a plan is not picked up from a folder.
    write(&dir.path().join("kommune-00/noter.yaml"), "noter: [a, b]\n");

    let r = run(dir.path(), &["check"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    let summary =
        format!("tjekkede 40 filer: {expected_errors} fejl, {expected_warnings} advarsler");
    let tail: Vec<&str> = r
        .stdout
        .lines()
        .rev()
        .take(with_findings.len() + 1)
        .collect();
    let mut tail: Vec<String> = tail.into_iter().rev().map(str::to_string).collect();
    assert_eq!(tail.pop().as_deref(), Some(summary.as_str()));
    assert_eq!(tail, with_findings);

    // The same run twice gives byte-identical output, in every format.
    for format in ["human", "json", "sarif", "github", "concise"] {
        let a = run(dir.path(), &["check", "--format", format]);
        let b = run(dir.path(), &["check", "--format", format]);
        assert_eq!(a.stdout, b.stdout, "{format}");
    }

    // JSON lists every file, sorted by path.
    let r = run(dir.path(), &["check", "--format", "json"]);
    let doc: serde_json::Value = serde_json::from_str(&r.stdout).expect("JSON");
    let files: Vec<&str> = doc["files"]
        .as_array()
        .expect("files")
        .iter()
        .map(|f| f["file"].as_str().expect("file"))
        .collect();
    assert_eq!(files.len(), 40);
    let mut sorted = files.clone();
    sorted.sort();
    assert_eq!(files, sorted);
}
