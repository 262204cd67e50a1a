//! Every output format of `tovholder check`, snapshotted on one fixture: a
//! configuration with a mistake, a plan with two errors, and a plan in a folder with
//! a space and Danish letters in its name holding a cycle (several labels) and a
//! warning lowered by an override.

mod common;

use common::{plan, plan_warning_only, run, workspace, write};

fn setup() -> tempfile::TempDir {
    let dir = workspace("formats");
    write(&dir.path().join("plan.yaml"), &plan());
    let cyclic = plan_warning_only().replace(
        "    name: Forberedelse\n",
        "    name: Forberedelse\n    after: [forankring]\n",
    );
    write(&dir.path().join("planer/børn og unge.yaml"), &cyclic);
    dir
}

fn check(format: &str) -> common::Run {
    let dir = setup();
    run(dir.path(), &["check", "--format", format])
}

#[test]
fn human() {
    let r = check("human");
    assert_eq!(r.code, 1);
    insta::assert_snapshot!(r.snapshot());
}

#[test]
fn concise() {
    let r = check("concise");
    assert_eq!(r.code, 1);
    for line in r.stdout.lines().filter(|l| !l.starts_with("tjekkede ")) {
        // file:line:col: level[rule] message
        let (loc, rest) = line.split_once(": ").expect("location");
        assert_eq!(loc.rsplitn(3, ':').count(), 3, "{line}");
        assert!(
            rest.starts_with("error[") || rest.starts_with("warning["),
            "{line}"
        );
    }
    insta::assert_snapshot!(r.snapshot());
}

#[test]
fn github() {
    let r = check("github");
    assert_eq!(r.code, 1);
    for line in r.stdout.lines().filter(|l| !l.starts_with("tjekkede ")) {
        assert!(
            line.starts_with("::error file=") || line.starts_with("::warning file="),
            "{line}"
        );
        let (props, _message) = line
            .trim_start_matches("::")
            .split_once("::")
            .expect("command");
        for key in ["line=", "col=", "endLine=", "endColumn=", "title="] {
            assert!(props.contains(key), "{key} missing in {line}");
        }
    }
    insta::assert_snapshot!(r.snapshot());
}

#[test]
fn json() {
    let r = check("json");
    assert_eq!(r.code, 1);
    let doc: serde_json::Value = serde_json::from_str(&r.stdout).expect("valid JSON");
    assert_eq!(doc["version"], 1);
    assert_eq!(doc["summary"]["files"], 2);
    let kinds: Vec<&str> = doc["files"]
        .as_array()
        .expect("files")
        .iter()
        .map(|f| f["kind"].as_str().expect("kind"))
        .collect();
    assert_eq!(kinds, ["config", "plan", "plan"]);
    insta::assert_snapshot!(r.snapshot());
}

#[test]
fn sarif() {
    let r = check("sarif");
    assert_eq!(r.code, 1);
    let doc: serde_json::Value = serde_json::from_str(&r.stdout).expect("valid JSON");
    let run = &doc["runs"][0];
    let rules = run["tool"]["driver"]["rules"].as_array().expect("rules");
    for result in run["results"].as_array().expect("results") {
        let index = result["ruleIndex"].as_u64().expect("ruleIndex") as usize;
        assert_eq!(rules[index]["id"], result["ruleId"]);
    }
    // The whole catalogue is described, each rule with its `explain` text as help.
    assert_eq!(rules.len(), rule_count());
    for rule in rules {
        let help = rule["help"]["markdown"].as_str().expect("help");
        assert!(help.starts_with(&format!("# {}\n", rule["id"].as_str().expect("id"))));
    }
    // The snapshot keeps the rules the results use (the catalogue grows, and indices
    // with it) without their long help texts.
    let used: Vec<&serde_json::Value> = run["results"]
        .as_array()
        .expect("results")
        .iter()
        .map(|r| &r["ruleId"])
        .collect();
    let mut trimmed = doc.clone();
    let driver = &mut trimmed["runs"][0]["tool"]["driver"];
    let kept: Vec<serde_json::Value> = rules
        .iter()
        .filter(|rule| used.contains(&&rule["id"]))
        .cloned()
        .map(|mut rule| {
            rule["help"] = serde_json::json!("[the rule's explain text]");
            rule
        })
        .collect();
    driver["rules"] = serde_json::Value::Array(kept);
    driver["version"] = serde_json::json!("[VERSION]");
    driver["semanticVersion"] = serde_json::json!("[VERSION]");
    for result in trimmed["runs"][0]["results"]
        .as_array_mut()
        .expect("results")
    {
        result["ruleIndex"] = serde_json::json!("[checked above]");
    }
    insta::assert_snapshot!(serde_json::to_string_pretty(&trimmed).expect("json"));
}

/// The number of rules `tovholder rules` lists.
fn rule_count() -> usize {
    let dir = workspace("");
    run(dir.path(), &["rules"]).stdout.lines().count()
}

#[test]
fn paths_given_explicitly_keep_their_order_and_are_not_repeated() {
    let dir = setup();
    let r = run(
        dir.path(),
        &[
            "check",
            "--format",
            "concise",
            "planer",
            "plan.yaml",
            "./plan.yaml",
        ],
    );
    let files: Vec<&str> = r
        .stdout
        .lines()
        .filter_map(|l| l.split(':').next())
        .filter(|f| f.ends_with(".yaml"))
        .collect();
    let mut order = files.clone();
    order.dedup();
    assert_eq!(order, ["planer/børn og unge.yaml", "plan.yaml"]);
    assert!(
        r.stdout.ends_with("tjekkede 2 filer: 4 fejl, 1 advarsel\n"),
        "{}",
        r.stdout
    );
}
