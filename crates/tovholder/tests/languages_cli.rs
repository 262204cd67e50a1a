//! The command line in every language, through the real binary: `explain` and `rules`
//! with `--lang`, the summary line and the command line's own errors in Swedish, SARIF's
//! rule texts in the run's language, and `init` writing a Swedish model's plan with
//! Swedish comments.

mod common;

use common::{plan_warning_only, run, workspace, write};
use std::path::{Path, PathBuf};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .expect("repo")
}

#[test]
fn explain_prints_swedish_documentation() {
    let dir = workspace("");
    for rule in ["momentum-gap", "role-without-owner"] {
        let r = run(dir.path(), &["explain", rule, "--lang", "sv"]);
        assert_eq!(r.code, 0, "{}", r.snapshot());
        assert!(
            r.stdout
                .starts_with(&format!("# {rule}\n\nStandardnivå: warn. ")),
            "{}",
            r.stdout
        );
        for heading in [
            "## Vad den gör",
            "## Varför det spelar roll",
            "## Exempel",
            "## Gör så här i stället",
        ] {
            assert!(
                r.stdout.contains(heading),
                "{rule}: {heading}\n{}",
                r.stdout
            );
        }
        for english in ["Default level", "## What it does", "## Why it matters"] {
            assert!(!r.stdout.contains(english), "{rule}: {english}");
        }
    }
    // The default stays English, and `--lang da` is Danish.
    let en = run(dir.path(), &["explain", "role-without-owner"]);
    assert!(en.stdout.contains("Default level: warn."), "{}", en.stdout);
    assert!(en.stdout.contains("## What it does"), "{}", en.stdout);
    let da = run(
        dir.path(),
        &["explain", "role-without-owner", "--lang", "da"],
    );
    assert!(da.stdout.contains("Standardniveau: warn."), "{}", da.stdout);
    assert!(da.stdout.contains("## Hvad den gør"), "{}", da.stdout);
}

#[test]
fn a_fixed_level_is_worded_in_the_language() {
    let dir = workspace("");
    let r = run(
        dir.path(),
        &["explain", "unknown-reference", "--lang", "sv"],
    );
    assert_eq!(r.code, 0, "{}", r.snapshot());
    assert!(
        r.stdout.contains("Standardnivå: deny (kan inte ändras)."),
        "{}",
        r.stdout
    );
}

#[test]
fn rules_in_swedish_have_no_english_summary() {
    let dir = workspace("");
    let en = run(dir.path(), &["rules", "--lang", "en"]);
    let sv = run(dir.path(), &["rules", "--lang", "sv"]);
    assert_eq!((en.code, sv.code), (0, 0));
    let (en, sv): (Vec<&str>, Vec<&str>) =
        (en.stdout.lines().collect(), sv.stdout.lines().collect());
    assert_eq!(en.len(), sv.len());
    assert!(en.len() > 10);
    // `name  level  summary`: the names line up; no summary is the English one.
    let summary = |line: &str| -> String {
        let mut parts = line.splitn(2, "  ");
        let name = parts.next().unwrap_or("").to_string();
        let rest = parts.next().unwrap_or("").trim_start();
        let summary = rest
            .split_once("  ")
            .map_or(rest, |(_, s)| s)
            .trim()
            .to_string();
        format!("{name}\t{summary}")
    };
    let mut english = Vec::new();
    for (e, s) in en.iter().zip(&sv) {
        let (e, s) = (summary(e), summary(s));
        assert_eq!(
            e.split('\t').next(),
            s.split('\t').next(),
            "rules in another order"
        );
        if e == s {
            english.push(s);
        }
    }
    assert!(
        english.is_empty(),
        "English summaries in `rules --lang sv`: {english:#?}"
    );
    assert!(!sv.iter().any(|l| l.contains("(fixed)")));
}

#[test]
fn check_prints_the_swedish_summary_line() {
    let dir = workspace("");
    write(&dir.path().join("plan.yaml"), &plan_warning_only());
    let r = run(dir.path(), &["check", "plan.yaml", "--lang", "sv"]);
    assert_eq!(r.code, 0, "{}", r.snapshot());
    assert!(
        r.stdout
            .ends_with("kontrollerade 1 fil: 0 fel, 1 varning\n"),
        "{}",
        r.stdout
    );
    let r = run(
        dir.path(),
        &["check", "plan.yaml", "--lang", "sv", "--format", "concise"],
    );
    assert!(
        r.stdout
            .ends_with("kontrollerade 1 fil: 0 fel, 1 varning\n"),
        "{}",
        r.stdout
    );
    // Without `--lang`, the summary is in the plans' language (this one is Danish)...
    let r = run(dir.path(), &["check", "plan.yaml"]);
    assert!(
        r.stdout.ends_with("tjekkede 1 fil: 0 fejl, 1 advarsel\n"),
        "{}",
        r.stdout
    );
    // ...and English when they have different ones, each finding still in its own.
    write(
        &dir.path().join("svensk.yaml"),
        &plan_warning_only().replace("language: da", "language: sv"),
    );
    let r = run(dir.path(), &["check", "plan.yaml", "svensk.yaml"]);
    assert!(
        r.stdout
            .contains("rollen `superbruger` har ingen indehaver"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout
            .contains("rollen `superbruger` har ingen innehavare"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.contains("  forslag: ") && r.stdout.contains("  förslag: "),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout
            .ends_with("checked 2 files: 0 errors, 2 warnings\n"),
        "{}",
        r.stdout
    );
    // An unreadable path, in Swedish.
    let r = run(dir.path(), &["check", "saknas.yaml", "--lang", "sv"]);
    assert_eq!(r.code, 2, "{}", r.snapshot());
    assert!(
        r.stderr.starts_with("fel: kan inte läsa saknas.yaml: "),
        "{}",
        r.stderr
    );
}

#[test]
fn explain_of_an_unknown_rule_is_a_swedish_error() {
    let dir = workspace("");
    let r = run(
        dir.path(),
        &["explain", "role-without-ownr", "--lang", "sv"],
    );
    assert_eq!(r.code, 2, "{}", r.snapshot());
    assert_eq!(r.stdout, "");
    assert_eq!(
        r.stderr,
        "fel: det finns ingen regel som heter `role-without-ownr`; menade du `role-without-owner`? (`tovholder rules` listar dem)\n"
    );
    let r = run(dir.path(), &["explain", "no-such-rule", "--lang", "sv"]);
    assert_eq!(r.code, 2, "{}", r.snapshot());
    assert!(
        r.stderr
            .starts_with("fel: det finns ingen regel som heter `no-such-rule`"),
        "{}",
        r.stderr
    );
}

#[test]
fn sarif_rule_texts_follow_lang() {
    let dir = workspace("");
    write(&dir.path().join("plan.yaml"), &plan_warning_only());
    let r = run(
        dir.path(),
        &["check", "plan.yaml", "--lang", "sv", "--format", "sarif"],
    );
    assert_eq!(r.code, 0, "{}", r.snapshot());
    let doc: serde_json::Value = serde_json::from_str(&r.stdout).expect("SARIF");
    let run0 = &doc["runs"][0];
    assert_eq!(run0["language"], "sv");
    let rules = run0["tool"]["driver"]["rules"].as_array().expect("rules");
    let rule = rules
        .iter()
        .find(|r| r["id"] == "role-without-owner")
        .expect("role-without-owner");
    assert_eq!(
        rule["shortDescription"]["text"],
        "En roll utan namngiven innehavare"
    );
    let help = rule["help"]["text"].as_str().unwrap_or("");
    assert!(help.contains("## Vad den gör"), "{help}");
}

#[test]
fn init_from_a_swedish_model_writes_swedish_comments() {
    let r = run(&repo(), &["init", "--model", "models/samverkan.yaml"]);
    assert_eq!(r.code, 0, "{}", r.snapshot());
    let text = r.stdout;
    assert!(text.contains("language: sv\n"), "{text}");
    assert!(text.contains("Fyll i varje rad märkt FYLL I."), "{text}");
    assert!(
        text.contains("# FYLL I: planens första dag, ÅÅÅÅ-MM-DD"),
        "{text}"
    );
    assert!(text.contains("FYLL I: vem har rollen"), "{text}");
    // Every comment tovholder writes is Swedish (the rest are the model's own words).
    for english in [
        "FILL IN",
        "UDFYLD",
        "Implementation plan",
        "Fill in",
        "first day",
        "who holds",
        "granted time",
        "the value",
        "when it was measured",
        "Local changes",
        "closed periods",
        "per week",
        "1 month",
        "YYYY",
        "the kommune",
    ] {
        assert!(!text.contains(english), "`{english}` in\n{text}");
    }
}
