//! The loader's findings in Swedish through the real binary: `--lang sv`, and a plan
//! that says `language: sv` itself.

mod common;

use common::{run, workspace, write};

/// A Swedish plan with one of each of the loader's everyday mistakes: an unknown key
/// with a near miss, a list where text belongs, a misspelt unit beside a Swedish one
/// that is right, an id written twice, and ids that are not kebab-case.
const PLAN: &str = "\
id: Samverkan Plan
title: Samverkan kring barn och unga
start: 2027-01-04
roles:
  samordnare:
    name: Samordnare
    owner: [Anna Andersson]
    hours: 4 tim per vecka
    purpse: Håller ihop samverkan
  Socialtjänst Handläggare:
    name: Handläggare
phases:
  uppstart:
    name: [Uppstart, och, förankring]
    duration: 3 månader
  genomförande:
    duration: 3 monts
  uppstart:
    duration: 1 månad
";

/// The `(rule, message, help)` of every finding of `check --format json ARGS`.
fn findings(plan: &str, args: &[&str]) -> Vec<(String, String, Option<String>)> {
    let dir = workspace("");
    write(&dir.path().join("plan.yaml"), plan);
    let mut all = vec!["check", "--format", "json"];
    all.extend_from_slice(args);
    all.push("plan.yaml");
    let r = run(dir.path(), &all);
    assert_eq!(r.code, 1, "{}", r.snapshot());
    let json: serde_json::Value = serde_json::from_str(&r.stdout).expect("JSON output");
    json["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .map(|d| {
            (
                d["rule"].as_str().unwrap_or_default().to_string(),
                d["message"].as_str().unwrap_or_default().to_string(),
                d["help"].as_str().map(str::to_string),
            )
        })
        .collect()
}

/// The message and help of the one finding of `rule` whose message contains `needle`.
fn find<'a>(
    all: &'a [(String, String, Option<String>)],
    rule: &str,
    needle: &str,
) -> (&'a str, Option<&'a str>) {
    let hits: Vec<_> = all
        .iter()
        .filter(|(r, m, _)| r == rule && m.contains(needle))
        .collect();
    assert_eq!(hits.len(), 1, "one `{rule}` with `{needle}` in {all:#?}");
    (&hits[0].1, hits[0].2.as_deref())
}

fn assert_swedish_loader_findings(all: &[(String, String, Option<String>)]) {
    let (m, help) = find(all, "unknown-key", "purpse");
    assert_eq!(m, "okänd nyckel `purpse` i en roll");
    assert_eq!(help, Some("menade du `purpose`?"));

    let (m, _) = find(all, "invalid-type", "");
    assert_eq!(m, "här ska det stå en text, men det står en lista");

    // `3 månader` is a Swedish duration the loader reads (the one finding of
    // `invalid-value` is `3 monts`).
    let (m, _) = find(all, "invalid-value", "");
    assert_eq!(m, "okänd enhet `monts`; menade du `months`?");

    let (m, help) = find(all, "duplicate-id", "uppstart");
    assert_eq!(m, "id:t `uppstart` är angivet två gånger");
    assert_eq!(
        help,
        Some("ta bort eller byt namn på den ena; den första gäller")
    );

    let (m, help) = find(all, "invalid-id", "Socialtjänst Handläggare");
    assert_eq!(m, "`Socialtjänst Handläggare` är inget giltigt id");
    assert!(help.is_some_and(|h| h.starts_with("id skrivs med små bokstäver")));

    let (m, _) = find(all, "invalid-id", "Samverkan Plan");
    assert_eq!(m, "`Samverkan Plan` är inget giltigt id för planen");

    // No English word of the loader is left.
    let loader = [
        "unknown-key",
        "invalid-type",
        "invalid-value",
        "duplicate-id",
        "invalid-id",
    ];
    for (rule, m, help) in all.iter().filter(|(r, ..)| loader.contains(&r.as_str())) {
        for english in ["unknown", "expected", "did you mean", "is not", "defined"] {
            assert!(
                !m.contains(english) && !help.as_deref().unwrap_or("").contains(english),
                "{rule}: English `{english}` in {m:?} / {help:?}"
            );
        }
    }
}

#[test]
fn lang_sv_gives_the_loaders_findings_in_swedish() {
    assert_swedish_loader_findings(&findings(PLAN, &["--lang", "sv"]));
}

#[test]
fn a_plan_in_swedish_is_answered_in_swedish_without_lang() {
    let plan = format!("language: sv\n{PLAN}");
    assert_swedish_loader_findings(&findings(&plan, &[]));
}

#[test]
fn the_human_report_is_swedish_too() {
    let dir = workspace("");
    write(&dir.path().join("plan.yaml"), PLAN);
    let r = run(dir.path(), &["check", "--lang", "sv", "plan.yaml"]);
    assert_eq!(r.code, 1, "{}", r.snapshot());
    for words in [
        "× okänd nyckel `purpse` i en roll",
        "ingen känd nyckel",
        "fel typ",
        "ogiltigt värde",
        "först angiven här",
        "angiven igen här",
        "ogiltigt id",
    ] {
        assert!(r.stdout.contains(words), "`{words}` in\n{}", r.stdout);
    }
}

#[test]
fn english_and_danish_stay_as_they_were() {
    let en = findings(PLAN, &["--lang", "en"]);
    assert_eq!(
        find(&en, "unknown-key", "purpse").0,
        "unknown key `purpse` in a role"
    );
    assert_eq!(
        find(&en, "invalid-type", "").0,
        "expected a string, found a list"
    );
    let da = findings(PLAN, &["--lang", "da"]);
    assert_eq!(
        find(&da, "unknown-key", "purpse").0,
        "ukendt nøgle `purpse` i en rolle"
    );
    assert_eq!(
        find(&da, "invalid-value", "").0,
        "ukendt enhed `monts`; mente du `months`?"
    );
    assert_eq!(
        find(&da, "duplicate-id", "").0,
        "id'et `uppstart` er defineret to gange"
    );
}
