//! `tovholder compile` through the real binary: JSON on stdout, findings on stderr,
//! exit codes, `--until`, `--schema`.

mod common;

use common::{run, workspace, write};
use std::path::PathBuf;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn test_plan(name: &str) -> String {
    std::fs::read_to_string(repo().join("tests/compile").join(name)).expect("test plan")
}

fn json(text: &str) -> serde_json::Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("not JSON ({e}):\n{text}"))
}

#[test]
fn prints_the_compiled_plan_deterministically() {
    let dir = workspace("");
    write(&dir.path().join("plan.yaml"), &test_plan("ics-faser.yaml"));
    let r = run(dir.path(), &["compile", "plan.yaml"]);
    assert_eq!(r.code, 0, "{}", r.snapshot());
    assert_eq!(r.stderr, "");
    let v = json(&r.stdout);
    assert_eq!(v["format"], "tovholder-compiled");
    assert_eq!(v["format_version"], 1);
    assert_eq!(v["until"], "2030-01-03");
    assert_eq!(v["phases"][0]["end"]["nominal"], "2027-03-04");
    assert_eq!(v["activities"][0]["source"]["file"], "plan.yaml");
    assert!(
        r.stdout
            .starts_with("{\n  \"format\": \"tovholder-compiled\",")
    );
    assert!(r.stdout.ends_with("}\n"));
    let again = run(dir.path(), &["compile", "plan.yaml"]);
    assert_eq!(again.stdout, r.stdout, "the same plan gives the same bytes");
}

#[test]
fn until_cuts_the_calendar() {
    let dir = workspace("");
    write(&dir.path().join("plan.yaml"), &test_plan("ics-faser.yaml"));
    let r = run(
        dir.path(),
        &["compile", "plan.yaml", "--until", "2027-06-30"],
    );
    assert_eq!(r.code, 0, "{}", r.snapshot());
    let v = json(&r.stdout);
    assert_eq!(v["until"], "2027-06-30");
    let mut n = 0;
    for a in v["activities"].as_array().expect("activities") {
        for o in a["occurrences"].as_array().expect("occurrences") {
            n += 1;
            assert!(o["date"].as_str().expect("date") <= "2027-06-30", "{o}");
        }
    }
    assert!(n > 5);
    // An ongoing phase that would start after the calendar ends has no length.
    assert_eq!(v["phases"][3]["start"]["nominal"], "2028-11-04");
    assert_eq!(v["phases"][3]["end"]["nominal"], "2028-11-04");
    // Inside the calendar it ends where the calendar ends (exclusive).
    let r = run(
        dir.path(),
        &["compile", "plan.yaml", "--until", "2029-06-30"],
    );
    assert_eq!(json(&r.stdout)["phases"][3]["end"]["nominal"], "2029-07-01");
    let r = run(
        dir.path(),
        &["compile", "plan.yaml", "--until", "2027-02-30"],
    );
    assert_eq!(r.code, 2, "{}", r.snapshot());
    assert!(r.stderr.contains("no such day"), "{}", r.stderr);
    let r = run(
        dir.path(),
        &["compile", "plan.yaml", "--until", "2020-01-01"],
    );
    assert_eq!(r.code, 0, "{}", r.snapshot());
    // The command's words are in the plan's language (Danish).
    assert!(r.stderr.contains("kalenderen er tom"), "{}", r.stderr);
}

#[test]
fn warnings_get_a_note_and_the_plan_is_still_printed() {
    let dir = workspace("");
    write(
        &dir.path().join("livsfaser.yaml"),
        &test_plan("samverkan-livsfaser.yaml"),
    );
    let r = run(dir.path(), &["compile", "livsfaser.yaml"]);
    assert_eq!(r.code, 0, "{}", r.snapshot());
    assert_eq!(json(&r.stdout)["language"], "sv");
    insta::assert_snapshot!(r.stderr, @"obs: 1 varning (horizon-mismatch); `tovholder check livsfaser.yaml` visar dem
");
}

#[test]
fn errors_go_to_stderr_and_nothing_is_printed() {
    let dir = workspace("");
    let plan =
        test_plan("ics-faser.yaml").replace("responsible: facilitator", "responsible: facilitatr");
    write(&dir.path().join("plan.yaml"), &plan);
    let r = run(dir.path(), &["compile", "plan.yaml", "--lang", "en"]);
    assert_eq!(r.code, 1, "{}", r.snapshot());
    assert_eq!(r.stdout, "");
    insta::assert_snapshot!(r.stderr);
}

#[test]
fn too_many_occurrences_is_an_error() {
    let dir = workspace("");
    write(
        &dir.path().join("plan.yaml"),
        "id: t\ntitle: T\nstart: 2027-01-04\nhorizon: 60 years\nroles:\n  r: { owner: A }\nphases:\n  p: { duration: ongoing, exit_criteria: [x] }\nactivities:\n  d: { phase: p, every: 1 day, responsible: r }\n",
    );
    let r = run(dir.path(), &["compile", "plan.yaml"]);
    assert_eq!(r.code, 1, "{}", r.snapshot());
    assert_eq!(r.stdout, "");
    assert!(r.stderr.contains("too-many-occurrences"), "{}", r.stderr);
}

#[test]
fn models_and_plans_without_start_are_not_compiled() {
    let dir = workspace("");
    write(
        &dir.path().join("model.yaml"),
        "kind: model\nid: m\ntitle: M\nphases:\n  p: { duration: 2 months, exit_criteria: [x] }\n",
    );
    let r = run(dir.path(), &["compile", "model.yaml"]);
    assert_eq!(r.code, 1, "{}", r.snapshot());
    assert_eq!(r.stdout, "");
    assert!(r.stderr.contains("is a model"), "{}", r.stderr);
    write(
        &dir.path().join("plan.yaml"),
        "id: p\ntitle: P\nphases:\n  p: { duration: 2 months, exit_criteria: [x] }\n",
    );
    let r = run(dir.path(), &["compile", "plan.yaml"]);
    assert_eq!(r.code, 1, "{}", r.snapshot());
    assert!(r.stderr.contains("has no `start` date"), "{}", r.stderr);
    let r = run(dir.path(), &["compile", "missing.yaml"]);
    assert_eq!(r.code, 2, "{}", r.snapshot());
    assert!(
        r.stderr.starts_with("error: cannot read missing.yaml"),
        "{}",
        r.stderr
    );
}

#[test]
fn schema_matches_the_committed_file() {
    let dir = workspace("");
    let r = run(dir.path(), &["compile", "--schema"]);
    assert_eq!(r.code, 0, "{}", r.snapshot());
    let committed =
        std::fs::read_to_string(repo().join("schemas/compiled.schema.json")).expect("schema");
    assert_eq!(r.stdout, committed);
    let r = run(dir.path(), &["compile"]);
    assert_eq!(r.code, 2, "{}", r.snapshot());
}

#[test]
fn compiles_a_plan_that_uses_a_model() {
    let dir = workspace("");
    std::fs::create_dir_all(dir.path().join(".git")).expect("repo marker");
    write(
        &dir.path().join("models/m.yaml"),
        "kind: model\nid: m\ntitle: M\nroles:\n  r: { name: R }\nphases:\n  p: { duration: 2 months, exit_criteria: [x] }\nactivities:\n  a: { phase: p, every: 2 weeks, responsible: r }\n",
    );
    write(
        &dir.path().join("plans/plan.yaml"),
        "id: plan\ntitle: Plan\nuses: ../models/m.yaml\nstart: 2027-01-04\nroles:\n  r: { owner: Anna }\n",
    );
    let r = run(dir.path(), &["compile", "plans/plan.yaml"]);
    assert_eq!(r.code, 0, "{}", r.snapshot());
    let v = json(&r.stdout);
    assert_eq!(v["uses"], "../models/m.yaml");
    let origin = v["phases"][0]["origin"].as_str().expect("origin");
    assert!(origin.ends_with("m.yaml"), "{origin}");
    assert_eq!(v["roles"][0]["origin"], "plans/plan.yaml");
    assert_eq!(
        v["activities"][0]["occurrences"].as_array().map(Vec::len),
        Some(5)
    );
}
