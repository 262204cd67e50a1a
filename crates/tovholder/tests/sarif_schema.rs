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

fn sarif(text: &str) -> serde_json::Value {
    serde_json::from_str(text).expect("SARIF output is JSON")
}

/// Every rule has a `helpUri` to its heading in `docs/rules.md` (the anchor GitHub
/// makes of `## rule-name` is the name), the driver an `informationUri`.
#[test]
fn rules_link_to_their_documentation() {
    let dir = workspace("");
    write(&dir.path().join("plan.yaml"), &plan());
    let r = run(dir.path(), &["check", "--format", "sarif"]);
    let doc = sarif(&r.stdout);
    let driver = &doc["runs"][0]["tool"]["driver"];
    let info = driver["informationUri"].as_str().expect("informationUri");
    assert!(info.starts_with("https://"), "{info}");
    // What `docs/rules.md` holds (tests/rules_doc.rs keeps the file equal to it).
    let rules_md = run(dir.path(), &["rules", "--markdown"]).stdout;
    let rules = driver["rules"].as_array().expect("rules");
    assert!(!rules.is_empty());
    for rule in rules {
        let id = rule["id"].as_str().expect("id");
        let uri = rule["helpUri"].as_str().expect("helpUri");
        assert_eq!(uri, format!("{info}/blob/main/docs/rules.md#{id}"));
        // The anchor: a heading `## id`, and ids are already what GitHub makes of one.
        assert!(
            rules_md.contains(&format!("\n## {id}\n")),
            "no heading for {id}"
        );
        assert!(
            id.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        );
    }
    assert_valid(&r.stdout);
}

fn fingerprints(doc: &serde_json::Value) -> Vec<(String, String)> {
    doc["runs"][0]["results"]
        .as_array()
        .expect("results")
        .iter()
        .map(|r| {
            (
                r["ruleId"].as_str().expect("ruleId").to_string(),
                r["partialFingerprints"]["tovholder/v1"]
                    .as_str()
                    .expect("fingerprint")
                    .to_string(),
            )
        })
        .collect()
}

/// The fingerprints follow a finding when lines move (lines inserted above it) and
/// when the plan is reported in another language; they differ between findings.
#[test]
fn fingerprints_are_stable_across_line_moves_and_languages() {
    let dir = workspace("");
    write(&dir.path().join("plan.yaml"), &plan());
    let before = sarif(&run(dir.path(), &["check", "--format", "sarif"]).stdout);
    let moved = format!("# a comment\n# another\n\n{}", plan()).replace(
        "    name: Superbruger\n",
        "    # moved down\n\n    name: Superbruger\n",
    );
    write(&dir.path().join("plan.yaml"), &moved);
    let r = run(dir.path(), &["check", "--format", "sarif"]);
    let after = sarif(&r.stdout);
    let (a, b) = (fingerprints(&before), fingerprints(&after));
    assert_eq!(a.len(), 2);
    assert_eq!(a, b, "fingerprints moved with the lines");
    assert_ne!(a[0].1, a[1].1);
    let line = |d: &serde_json::Value| {
        d["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"]
            .clone()
    };
    assert_ne!(line(&before), line(&after), "the lines did move");
    let english = sarif(&run(dir.path(), &["check", "--format", "sarif", "--lang", "en"]).stdout);
    assert_eq!(fingerprints(&english), b, "the same in every language");
    assert_valid(&r.stdout);
}

/// Two findings alike in everything but their place are told apart by their order.
#[test]
fn identical_findings_get_ordinals() {
    let dir = workspace("");
    let twice = plan().replace(
        "responsible: superbrugr",
        "responsible: superbrugr\n    # again\n",
    );
    write(&dir.path().join("plan.yaml"), &twice);
    let doc = sarif(&run(dir.path(), &["check", "--format", "sarif"]).stdout);
    let all: Vec<String> = fingerprints(&doc).into_iter().map(|f| f.1).collect();
    let mut unique = all.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(all.len(), unique.len(), "{all:?}");
}

/// Artifact URIs are relative to the repository root (the nearest `.git` above the
/// checked files), whatever the current folder; no `file://` for a file inside it.
#[test]
fn uris_are_relative_to_the_repository_root() {
    let dir = workspace("");
    std::fs::create_dir_all(dir.path().join(".git")).expect("mkdir .git");
    write(&dir.path().join("plans/nordby/plan.yaml"), &plan());
    std::fs::create_dir_all(dir.path().join("tools")).expect("mkdir");
    for (cwd, arg) in [
        (dir.path().join("plans/nordby"), "plan.yaml"),
        (dir.path().join("plans"), "nordby/plan.yaml"),
        (dir.path().join("tools"), "../plans/nordby/plan.yaml"),
        (dir.path().to_path_buf(), "plans/nordby/plan.yaml"),
    ] {
        let r = run(&cwd, &["check", "--format", "sarif", arg]);
        assert_eq!(r.code, 1, "{}", r.stderr);
        let doc = sarif(&r.stdout);
        let run0 = &doc["runs"][0];
        for result in run0["results"].as_array().expect("results") {
            let artifact = &result["locations"][0]["physicalLocation"]["artifactLocation"];
            assert_eq!(artifact["uri"], "plans/nordby/plan.yaml", "from {cwd:?}");
            assert_eq!(artifact["uriBaseId"], "%SRCROOT%");
        }
        // `run` shows the folder it runs in as `[TMP]`.
        let root = std::fs::canonicalize(dir.path()).expect("canonical");
        let base = run0["originalUriBaseIds"]["%SRCROOT%"]["uri"].as_str();
        let expected = format!("file://{}/", root.display());
        assert!(
            base == Some(expected.as_str()) || (cwd == dir.path() && base == Some("file://[TMP]/")),
            "{base:?}"
        );
        assert!(!r.stdout.contains("\"uri\": \"file://[TMP]/plans"));
        assert_valid(&r.stdout);
    }
}

/// One language per run: `run.language`, the rule texts and the messages agree —
/// the plans' language when they share one, else `--lang`, else English.
#[test]
fn one_language_per_run() {
    let dir = workspace("");
    write(&dir.path().join("plan.yaml"), &plan()); // language: da
    let doc = sarif(&run(dir.path(), &["check", "--format", "sarif"]).stdout);
    let run0 = &doc["runs"][0];
    assert_eq!(run0["language"], "da");
    let rule = |doc: &serde_json::Value, id: &str| {
        doc["runs"][0]["tool"]["driver"]["rules"]
            .as_array()
            .expect("rules")
            .iter()
            .find(|r| r["id"] == id)
            .expect("rule")["shortDescription"]["text"]
            .as_str()
            .expect("text")
            .to_string()
    };
    let message = |doc: &serde_json::Value| {
        doc["runs"][0]["results"][0]["message"]["text"]
            .as_str()
            .expect("message")
            .to_string()
    };
    assert!(
        message(&doc).contains("har ingen indehaver"),
        "{}",
        message(&doc)
    );
    let en = sarif(&run(dir.path(), &["check", "--format", "sarif", "--lang", "en"]).stdout);
    assert_eq!(en["runs"][0]["language"], "en");
    assert!(message(&en).contains("has no"), "{}", message(&en));
    assert_ne!(
        rule(&doc, "role-without-owner"),
        rule(&en, "role-without-owner")
    );
    // A Danish and a Swedish plan together: English, the findings worded again.
    let swedish = plan().replace("language: da", "language: sv");
    assert_ne!(swedish, plan());
    write(&dir.path().join("sv.yaml"), &swedish);
    let r = run(dir.path(), &["check", "--format", "sarif"]);
    let mixed = sarif(&r.stdout);
    assert_eq!(mixed["runs"][0]["language"], "en");
    for result in mixed["runs"][0]["results"].as_array().expect("results") {
        let text = result["message"]["text"].as_str().expect("text");
        assert!(
            !text.contains("indehaver") && !text.contains("ukendt"),
            "{text}"
        );
    }
    assert_valid(&r.stdout);
}
