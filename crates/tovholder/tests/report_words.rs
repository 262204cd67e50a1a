//! The words `check` puts around the findings — before a help, before a place in the
//! model the plan uses, the summary line — are in the plan's language through the real
//! binary, in every text format. miette has these words only in English (`help:`,
//! `Advice:`); a Danish or Swedish report must not show them.

mod common;

use common::{run, workspace, write};
use std::path::Path;

/// A model whose two phases take 8 months where its horizon says 6, and whose role
/// has no owner: the plan that uses it gets `horizon-mismatch` (help: the horizon to
/// write, and a place in the model) and `role-without-owner`.
fn model(language: &str) -> String {
    format!(
        "\
kind: model
id: metode
title: En metode
language: {language}
version: \"1.0.0\"
horizon: 6 måneder
roles:
  tovholder:
    name: Tovholder
phases:
  forberedelse:
    name: Forberedelse
    duration: 4 måneder
    exit_criteria: [Alle er klædt på]
  afproevning:
    name: Afprøvning
    after: [forberedelse]
    duration: 4 måneder
    exit_criteria: [Metoden er afprøvet]
"
    )
}

fn plan(language: &str, extra: &str) -> String {
    format!(
        "\
id: plan
title: Plan
organisation: Nordby Kommune
language: {language}
uses: {{ path: model.yaml, version: \"1.x\" }}
start: 2027-01-04
{extra}"
    )
}

/// A repository (a `.git` marker) holding the model and the plan.
fn repository(language: &str, extra: &str) -> tempfile::TempDir {
    let dir = workspace("");
    std::fs::create_dir(dir.path().join(".git")).expect(".git");
    write(&dir.path().join("model.yaml"), &model(language));
    write(&dir.path().join("plan.yaml"), &plan(language, extra));
    dir
}

fn check(dir: &Path, args: &[&str]) -> String {
    let mut all = vec!["check", "--color", "never"];
    all.extend_from_slice(args);
    all.push("plan.yaml");
    let r = run(dir, &all);
    assert_eq!(r.code, 0, "warnings only: {}", r.snapshot());
    r.stdout
}

/// `(language, help, see also, horizon to write, summary)`.
const WORDS: [(&str, &str, &str, &str, &str); 3] = [
    (
        "da",
        "  forslag: ",
        "Se også: horizon-mismatch",
        "`horizon: 8 måneder`",
        "tjekkede 1 fil: 0 fejl, 2 advarsler",
    ),
    (
        "sv",
        "  förslag: ",
        "Se även: horizon-mismatch",
        "`horizon: 8 månader`",
        "kontrollerade 1 fil: 0 fel, 2 varningar",
    ),
    (
        "en",
        "  help: ",
        "See also: horizon-mismatch",
        "`horizon: 8 months`",
        "checked 1 file: 0 errors, 2 warnings",
    ),
];

#[test]
fn the_human_report_s_own_words_are_in_the_plan_s_language() {
    for (lang, help, see_also, horizon, summary) in WORDS {
        let dir = repository(lang, "");
        let out = check(dir.path(), &[]);
        // Both findings have a help, under the language's word.
        assert_eq!(out.matches(help).count(), 2, "{lang}:\n{out}");
        assert!(out.contains(see_also), "{lang}:\n{out}");
        assert!(out.contains(horizon), "{lang}:\n{out}");
        assert!(out.trim_end().ends_with(summary), "{lang}:\n{out}");
        if lang != "en" {
            for english in [
                "help:", "Advice:", "Warning:", "Error:", "months", "checked",
            ] {
                assert!(!out.contains(english), "{lang}: `{english}` in\n{out}");
            }
        }
        // `--lang` words the same plan's report in another language, all of it.
        let other = if lang == "sv" { "da" } else { "sv" };
        let (_, help, see_also, horizon, summary) = WORDS
            .into_iter()
            .find(|w| w.0 == other)
            .expect("the other language");
        let out = check(dir.path(), &["--lang", other]);
        assert_eq!(out.matches(help).count(), 2, "{lang} → {other}:\n{out}");
        assert!(out.contains(see_also), "{lang} → {other}:\n{out}");
        assert!(out.contains(horizon), "{lang} → {other}:\n{out}");
        assert!(
            out.trim_end().ends_with(summary),
            "{lang} → {other}:\n{out}"
        );
    }
}

#[test]
fn the_written_horizon_is_one_the_plan_accepts() {
    // The help's snippet, written into the plan, ends the finding.
    for (lang, _, _, horizon, _) in WORDS {
        let written = horizon.trim_matches('`');
        let dir = repository(lang, &format!("{written}\n"));
        let out = check(dir.path(), &[]);
        assert!(
            !out.contains("horizon-mismatch"),
            "{lang}: {written}\n{out}"
        );
        assert_eq!(
            out.matches("role-without-owner").count(),
            1,
            "{lang}:\n{out}"
        );
    }
}

#[test]
fn one_text_formats_put_the_help_word_in_the_plan_s_language() {
    for (lang, help, ..) in WORDS {
        let dir = repository(lang, "");
        let word = help.trim();
        let github = check(dir.path(), &["--format", "github"]);
        assert_eq!(
            github.matches(&format!("%0A{word} ")).count(),
            2,
            "{lang}:\n{github}"
        );
        let sarif = common::json(&check(dir.path(), &["--format", "sarif"]));
        let results = sarif["runs"][0]["results"].as_array().expect("results");
        assert_eq!(results.len(), 2);
        for r in results {
            let text = r["message"]["text"].as_str().expect("text");
            assert!(text.contains(&format!("\n{word} ")), "{lang}: {text}");
        }
        assert_eq!(sarif["runs"][0]["language"], lang);
    }
}
