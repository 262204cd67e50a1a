//! Baselines through the real binary, in temporary git repositories: `check --baseline
//! REV` (`goal-target-moved`: a goal's target or baseline value moved against the
//! approved plan after its first measurement) and `render --baseline REV` (the
//! aktivitetsplan's section of changes since the approved plan, the marks in its
//! tables, the årshjul's outlines of the approved windows), in da, en and sv.

mod common;

use common::{Run, commit, gfm, git, git_repository, have_gfm, json, run_in_repository, write};
use std::path::Path;

/// The approved plan: *Forberedelse* 8 weeks, the target 80 %.
const APPROVED: &str = r#"id: feedback-familieafsnit
title: Implementering af feedbackmøder i Familieafsnittet
language: da
start: 2027-01-04

roles:
  leder:
    name: Afdelingsleder
    owner: [Åse Øberg]
    hours: 2 per week
  superbruger:
    name: Superbruger
    owner: [Anna Jensen]
    hours: 4 per week

phases:
  forberedelse:
    name: Forberedelse
    duration: 8 weeks
    owner: leder
    exit_criteria: [Målene er formuleret]
  i-gang:
    name: I gang
    after: [forberedelse]
    duration: 1 year
    owner: leder
    exit_criteria: [Alle teams holder feedbackmøder]

activities:
  kickoff:
    name: Kickoff for alle medarbejdere
    phase: forberedelse
    at: 2 weeks
    length: 2 hours
    responsible: leder
    participants: [superbruger]
    contributes_to: [feedback]
  opstart:
    name: Opstartsmøde i I gang
    phase: i-gang
    at: 0 weeks
    length: 2 hours
    responsible: superbruger
    participants: [leder]
    contributes_to: [feedback]
  feedbackmoede:
    name: Feedbackmøde i teamet
    phase: i-gang
    every: 4 weeks
    length: 1 hour
    responsible: superbruger
    participants: [leder]
    contributes_to: [feedback]

goals:
  feedback:
    statement: Medarbejderne giver og får feedback hver måned
    kind: quantitative
    indicator: Andel teams med månedligt feedbackmøde
    baseline: { value: 10 %, date: 2026-11-01, source: Spørgeskema }
    target: { value: 80 %, by: 2028-01-31 }
    owner: leder
"#;

/// Today's plan: *Forberedelse* five weeks longer (so *I gang* starts 5 April instead
/// of 1 March), the superbruger's owner and hours changed, the target lowered to 60 %,
/// the kickoff gone and an evaluation added.
fn today() -> String {
    let p = APPROVED
        .replace("duration: 8 weeks", "duration: 13 weeks")
        .replace(
            "owner: [Anna Jensen]\n    hours: 4 per week",
            "owner: [Jonas Holm]\n    hours: 2 per week",
        )
        .replace("value: 80 %", "value: 60 %")
        .replace(
            "  kickoff:\n    name: Kickoff for alle medarbejdere\n    phase: forberedelse\n    at: 2 weeks\n",
            "  evaluering:\n    name: Evaluering med styregruppen\n    phase: forberedelse\n    at: 10 weeks\n",
        );
    assert!(p.contains("13 weeks") && p.contains("60 %") && p.contains("evaluering"));
    p
}

/// The journal: the goal first measured on 3 May 2027.
const LOG: &str = "kind: log\nentries:\n  - { date: 2027-05-03, measured: feedback, value: 35 %, source: Spørgeskema maj }\n  - { date: 2027-09-06, measured: feedback, value: 48 %, source: Spørgeskema september }\n";

/// A repository whose first commit (the approved plan) is tagged
/// `godkendt-styregruppe-2027-02`, with today's plan and the journal in the working tree.
fn repository() -> tempfile::TempDir {
    let dir = git_repository();
    let d = dir.path();
    commit(d, &[("plan.yaml", APPROVED)], "Godkendt af styregruppen");
    git(d, &["tag", TAG]);
    write(&d.join("plan.yaml"), &today());
    write(&d.join("plan.log.yaml"), LOG);
    dir
}

/// Run `tovholder ARGS` in the repository `dir` on a fixed date (`SOURCE_DATE_EPOCH`).
fn run(dir: &Path, args: &[&str]) -> Run {
    run_in_repository(dir, args, &[("SOURCE_DATE_EPOCH", "1798761600")])
}

const TAG: &str = "godkendt-styregruppe-2027-02";

#[test]
fn check_reports_a_target_moved_after_the_first_measurement_in_three_languages() {
    let repo = repository();
    for (lang, message) in [
        (
            "da",
            "målet `feedback`: målværdi 80 % → 60 % efter første måling 3. maj 2027",
        ),
        (
            "en",
            "goal `feedback`: target value 80 % → 60 % after the first measurement on 3 May 2027",
        ),
        (
            "sv",
            "målet `feedback`: målvärde 80 % → 60 % efter den första mätningen 3 maj 2027",
        ),
    ] {
        let args = [
            "check",
            "plan.yaml",
            "--baseline",
            TAG,
            "--as-of",
            "2027-10-01",
            "--lang",
            lang,
        ];
        let r = run(repo.path(), &args);
        assert!(r.code == 0 || r.code == 1, "{lang}: {}", r.stderr);
        assert!(r.stdout.contains(message), "{lang}:\n{}", r.stdout);
        assert!(r.stdout.contains("goal-target-moved"), "{lang}");
        let mut json_args = args.to_vec();
        json_args.extend(["--format", "json"]);
        let doc = json(&run(repo.path(), &json_args).stdout);
        let found: Vec<&serde_json::Value> = doc["diagnostics"]
            .as_array()
            .expect("diagnostics")
            .iter()
            .filter(|d| d["rule"] == "goal-target-moved")
            .collect();
        assert_eq!(found.len(), 1, "{lang}: {doc}");
        let fields = &found[0]["fields"];
        assert_eq!(fields["before"], "80 %");
        assert_eq!(fields["after"], "60 %");
        assert_eq!(fields["first_measured"], "2027-05-03");
        assert_eq!(fields["baseline"], false);
    }
}

#[test]
fn check_without_baseline_or_before_the_first_measurement_is_silent() {
    let repo = repository();
    // No `--baseline`: the rule has nothing to compare with.
    let r = run(
        repo.path(),
        &["check", "plan.yaml", "--as-of", "2027-10-01"],
    );
    assert!(!r.stdout.contains("goal-target-moved"), "{}", r.stdout);
    // Before the first measurement the approved target may still be corrected.
    let r = run(
        repo.path(),
        &[
            "check",
            "plan.yaml",
            "--baseline",
            TAG,
            "--as-of",
            "2027-04-01",
        ],
    );
    assert!(!r.stdout.contains("goal-target-moved"), "{}", r.stdout);
    // The plan unchanged against its approved version: nothing moved.
    write(&repo.path().join("plan.yaml"), APPROVED);
    let r = run(
        repo.path(),
        &[
            "check",
            "plan.yaml",
            "--baseline",
            TAG,
            "--as-of",
            "2027-10-01",
        ],
    );
    assert!(!r.stdout.contains("goal-target-moved"), "{}", r.stdout);
}

#[test]
fn check_refuses_bad_baselines() {
    let repo = repository();
    for rev in ["--output=x", "-h", "no-such-tag"] {
        let arg = format!("--baseline={rev}");
        let r = run(repo.path(), &["check", "plan.yaml", &arg]);
        assert_eq!(r.code, 2, "{rev}: {}{}", r.stdout, r.stderr);
    }
    // A plan that did not exist at the revision has no baseline (and no error).
    write(&repo.path().join("ny.yaml"), APPROVED);
    let r = run(
        repo.path(),
        &[
            "check",
            "ny.yaml",
            "--baseline",
            TAG,
            "--as-of",
            "2027-10-01",
        ],
    );
    assert!(r.code == 0 || r.code == 1, "{}", r.stderr);
    // Outside a repository.
    let plain = tempfile::tempdir().expect("temp dir");
    write(&plain.path().join("plan.yaml"), APPROVED);
    let r = run(plain.path(), &["check", "plan.yaml", "--baseline", TAG]);
    assert_eq!(r.code, 2, "{}", r.stderr);
}

/// Render the plan into `out-LANG` and read the written files.
fn render(dir: &Path, lang: &str, extra: &[&str]) -> (String, String, String, Run) {
    let out = format!("out-{lang}");
    let mut args = vec![
        "render",
        "plan.yaml",
        "--out",
        &out,
        "--lang",
        lang,
        "--as-of",
        "2027-10-01",
    ];
    args.extend(extra);
    let r = run(dir, &args);
    let read = |name: &str| std::fs::read_to_string(dir.join(&out).join(name)).unwrap_or_default();
    (
        read("aktivitetsplan.md"),
        read("aktivitetsplan.html"),
        read("aarshjul-2027.svg"),
        r,
    )
}

#[test]
fn render_baseline_writes_the_changes_section_in_three_languages() {
    let repo = repository();
    for (lang, lines) in [
        (
            "da",
            [
                "## Ændringer siden den godkendte plan (godkendt-styregruppe-2027-02, 1. februar 2027)",
                "| I gang | 1. marts 2027 – 29. februar 2028 | 5. april 2027 – 4. april 2028 | 5 uger senere |",
                "- **Kickoff for alle medarbejdere:** fjernet",
                "- **Evaluering med styregruppen:** tilføjet, 15. marts 2027",
                "- **Opstartsmøde i I gang:** planlagt 1. marts 2027 → nu 5. april 2027",
                "- **Superbruger:** ejer Anna Jensen → Jonas Holm; tildelt tid 4 timer om ugen → 2 timer om ugen",
                "- **Medarbejderne giver og får feedback hver måned:** målværdi 80 % → 60 %",
                // The marks in the phase overview and at the phase.
                "| 5. april 2027 – 4. april 2028 (planlagt 1. marts 2027 → nu 5. april 2027) |",
                "(slutter planlagt 28. februar 2027 → nu 4. april 2027)",
                "**5. april 2027 – 4. april 2028** – *planlagt 1. marts 2027 → nu 5. april 2027*",
            ],
        ),
        (
            "en",
            [
                "## Changes since the approved plan (godkendt-styregruppe-2027-02, 1 February 2027)",
                "| I gang | 1 March 2027 – 29 February 2028 | 5 April 2027 – 4 April 2028 | 5 weeks later |",
                "- **Kickoff for alle medarbejdere:** removed",
                "- **Evaluering med styregruppen:** added, 15 March 2027",
                "- **Opstartsmøde i I gang:** planned 1 March 2027 → now 5 April 2027",
                "- **Superbruger:** owner Anna Jensen → Jonas Holm; granted time 4 hours a week → 2 hours a week",
                "- **Medarbejderne giver og får feedback hver måned:** target 80 % → 60 %",
                "| 5 April 2027 – 4 April 2028 (planned 1 March 2027 → now 5 April 2027) |",
                "(ends planned 28 February 2027 → now 4 April 2027)",
                "**5 April 2027 – 4 April 2028** – *planned 1 March 2027 → now 5 April 2027*",
            ],
        ),
        (
            "sv",
            [
                "## Ändringar sedan den godkända planen (godkendt-styregruppe-2027-02, 1 februari 2027)",
                "| I gang | 1 mars 2027 – 29 februari 2028 | 5 april 2027 – 4 april 2028 | 5 veckor senare |",
                "- **Kickoff for alle medarbejdere:** borttagen",
                "- **Evaluering med styregruppen:** tillagd, 15 mars 2027",
                "- **Opstartsmøde i I gang:** planerad 1 mars 2027 → nu 5 april 2027",
                "- **Superbruger:** ägare Anna Jensen → Jonas Holm; avsatt tid 4 tim per vecka → 2 tim per vecka",
                "- **Medarbejderne giver og får feedback hver måned:** målvärde 80 % → 60 %",
                "| 5 april 2027 – 4 april 2028 (planerad 1 mars 2027 → nu 5 april 2027) |",
                "(slutar planerad 28 februari 2027 → nu 4 april 2027)",
                "**5 april 2027 – 4 april 2028** – *planerad 1 mars 2027 → nu 5 april 2027*",
            ],
        ),
    ] {
        let (md, html, svg, r) = render(repo.path(), lang, &["--baseline", TAG]);
        assert_eq!(r.code, 0, "{lang}: {}{}", r.stdout, r.stderr);
        for line in lines {
            assert!(md.contains(line), "{lang}: no `{line}` in\n{md}");
        }
        // The moved activity is marked in its phase, in both formats.
        let marked = md
            .lines()
            .skip_while(|l| !l.starts_with("#### Opstartsmøde i I gang"))
            .take(4)
            .any(|l| l.starts_with("- *") && l.contains("2027 → "));
        assert!(marked, "{lang}: the activity is not marked\n{md}");
        assert!(
            html.contains("<section class=\"baseline\" id=\"aendringer\">"),
            "{lang}"
        );
        assert!(html.contains("class=\"small baseline-moved\""), "{lang}");
        assert!(
            html.contains("<s>1"),
            "{lang}: the approved window struck through"
        );
        // The årshjul outlines the approved window of each moved phase (Forberedelse
        // and I gang), thin and dashed.
        let outlines = svg.matches("<path class=\"baseline\"").count();
        assert_eq!(outlines, 2, "{lang}: {svg}");
        assert!(svg.contains("stroke-dasharray=\"5 3\""), "{lang}");
    }
}

#[test]
fn render_without_baseline_has_no_changes_section() {
    let repo = repository();
    let (md, html, svg, r) = render(repo.path(), "da", &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(!md.contains("Ændringer siden"), "{md}");
    assert!(!md.contains("planlagt 1. marts"), "{md}");
    assert!(!html.contains("baseline-moved") && !html.contains("id=\"aendringer\""));
    assert!(!svg.contains("class=\"baseline\""));
    // The approved plan against itself: the section says there is nothing.
    write(&repo.path().join("plan.yaml"), APPROVED);
    let (md, _, svg, r) = render(repo.path(), "da", &["--baseline", TAG]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        md.contains("*Ingen ændringer i faser, aktiviteter, roller eller mål.*"),
        "{md}"
    );
    assert!(!svg.contains("class=\"baseline\""));
}

#[test]
fn render_refuses_bad_baselines() {
    let repo = repository();
    for rev in ["--output=x", "no-such-tag"] {
        let arg = format!("--baseline={rev}");
        let r = run(repo.path(), &["render", "plan.yaml", "--out", "o", &arg]);
        assert_eq!(r.code, 2, "{rev}: {}{}", r.stdout, r.stderr);
        assert!(!repo.path().join("o").exists(), "{rev}: nothing written");
    }
    // A plan that did not exist at the revision: nothing to compare with.
    write(&repo.path().join("ny.yaml"), APPROVED);
    let r = run(
        repo.path(),
        &["render", "ny.yaml", "--out", "o", "--baseline", TAG],
    );
    assert_eq!(r.code, 2, "{}{}", r.stdout, r.stderr);
}

/// The section is GitHub-flavoured Markdown: a table and lists, plan text escaped.
#[test]
fn render_baseline_markdown_keeps_plan_text_as_text() {
    let repo = repository();
    let hostile = today().replace(
        "name: Evaluering med styregruppen",
        "name: \"Evaluering | <b>x</b> *y* [z](https://example.invalid)\"",
    );
    write(&repo.path().join("plan.yaml"), &hostile);
    let (md, html, _, r) = render(repo.path(), "en", &["--baseline", TAG]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let line = md
        .lines()
        .find(|l| l.contains("Evaluering") && l.contains("added"))
        .expect("the added activity");
    assert!(
        !line.contains("<b>") && !line.contains("[z](") && line.contains("\\|"),
        "{line}"
    );
    assert!(!html.contains("<b>x</b>"), "HTML escaped");
    // Through GitHub's renderer (cmark-gfm, Python's `cmarkgfm`; skipped without it
    // unless `TOVHOLDER_REQUIRE_GFM` is set, as in `diff_cli.rs`): the moved phases are
    // a table, the changes list items, the hostile name inert.
    if !have_gfm() {
        return;
    }
    let section: String = md
        .split("\n## ")
        .find(|part| part.starts_with("Changes since the approved plan"))
        .map(|part| format!("## {part}"))
        .expect("the section");
    let path = repo.path().join("section.md");
    write(&path, &section);
    let gfm = gfm(&path);
    for want in [
        "<h2>Changes since the approved plan (godkendt-styregruppe-2027-02, 1 February 2027)</h2>",
        "<table>",
        "<td>I gang</td>",
        "<li><strong>Superbruger:</strong> owner Anna Jensen → Jonas Holm;",
    ] {
        assert!(gfm.contains(want), "no `{want}` in\n{gfm}");
    }
    // The name's Markdown is text: no HTML, no link under other words (a bare URL is
    // autolinked to itself by GitHub, as in every document's Markdown).
    assert!(
        !gfm.contains("<b>") && gfm.contains("*y* [z](") && !gfm.contains(">z</a>"),
        "{gfm}"
    );
    assert_eq!(
        gfm.matches("<li>").count(),
        section.lines().filter(|l| l.starts_with("- ")).count()
    );
}
