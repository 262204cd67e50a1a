//! `tovholder diff` through the real binary, in temporary git repositories: a plan's
//! history of three commits and a tag for the approved version, in da, en and sv; the
//! Markdown and JSON outputs (the JSON against `schemas/diff.schema.json`, a model
//! upgrade's against `schemas/model-diff.schema.json`); models read
//! at the plan's revision; `git diff` and `git log -p` through `diff.tovholder.command`
//! and `diff.tovholder.textconv`; and what is refused (paths out of the repository,
//! symlinks, files over the size limit, unknown revisions).

mod common;

use common::{Run, commit, gfm, git, git_repository, have_gfm, json, run_in_repository, write};
use std::path::{Path, PathBuf};

fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The approved version: the role `tovholder` has no owner and an activity names
/// `superbrugr` (two findings).
const APPROVED: &str = r#"id: feedback-familieafsnit
title: Implementering af feedbackmøder i Familieafsnittet
organisation: Nordby Kommune, Børn og Familie
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
  tovholder:
    name: Tovholder
    hours: 1 per week

phases:
  forberedelse:
    name: Forberedelse
    duration: 8 weeks
    exit_criteria: [Målene er formuleret]
  i-gang:
    name: I gang
    after: [forberedelse]
    duration: 1 year
    exit_criteria: [Alle teams holder feedbackmøder]
  forankring:
    name: Forankring
    after: [i-gang]
    duration: ongoing
    exit_criteria: [Feedbackmøderne er en del af driften]

activities:
  kickoff:
    name: Kickoff for alle medarbejdere
    phase: forberedelse
    at: 2 weeks
    length: 2 hours
    responsible: leder
    participants: [superbruger, tovholder]
    audience: [medarbejdere]
    channel: Personalemøde
    contributes_to: [feedback]
  planlaegning:
    name: Planlægningsmøde
    phase: forberedelse
    at: 6 weeks
    length: 2 hours
    responsible: leder
    participants: [tovholder]
  feedbackmoede:
    name: Feedbackmøde i teamet
    phases: [i-gang, forankring]
    every: 2 weeks
    length: 1 hour
    responsible: superbrugr
    participants: [leder]
    contributes_to: [feedback]

goals:
  feedback:
    statement: Medarbejderne giver og får feedback hver måned
    kind: quantitative
    term: short
    indicator: Andel teams med månedligt feedbackmøde
    baseline: { value: 10 %, date: 2026-11-01, source: Spørgeskema }
    target: { value: 90 %, by: 2028-01-31 }
    owner: leder

stakeholders:
  medarbejdere: { name: Medarbejdere i Familieafsnittet }
"#;

/// The second commit: the reference fixed (one finding resolved).
fn second() -> String {
    APPROVED.replace("responsible: superbrugr", "responsible: superbruger")
}

/// The third commit: *Forberedelse* five weeks longer (so *I gang* and *Forankring*
/// start five weeks later), the superbruger's owner and hours changed, the tovholder
/// given an owner (the second finding resolved) and a new role without an owner (a new
/// finding).
fn third() -> String {
    let p = second()
        .replace(
            "    name: Tovholder\n",
            "    name: Tovholder\n    owner: [Bo Hansen]\n",
        )
        .replace(
            "owner: [Anna Jensen]\n    hours: 4 per week",
            "owner: [Jonas Holm]\n    hours: 2 timer om ugen",
        )
        .replace("duration: 8 weeks", "duration: 13 weeks")
        .replacen(
            "\nphases:",
            "  konsulent:\n    name: Konsulent\n\nphases:",
            1,
        )
        .replace(
            "participants: [superbruger, tovholder]",
            "participants: [superbruger, tovholder, konsulent]",
        );
    assert!(p.contains("konsulent:") && p.contains("13 weeks") && p.contains("Jonas Holm"));
    p
}

/// A repository with the plan's three commits, the first tagged `godkendt-2027-02`.
fn history() -> tempfile::TempDir {
    let dir = git_repository();
    let d = dir.path();
    commit(d, &[("plan.yaml", APPROVED)], "Godkendt af styregruppen");
    git(d, &["tag", "godkendt-2027-02"]);
    commit(d, &[("plan.yaml", &second())], "Ret reference");
    commit(d, &[("plan.yaml", &third())], "Forberedelsen forlænges");
    dir
}

/// Run `tovholder ARGS` in the repository `dir`.
fn run(dir: &Path, args: &[&str]) -> Run {
    run_in_repository(dir, args, &[])
}

#[test]
fn the_approved_plan_against_the_working_tree_in_three_languages() {
    let repo = history();
    for (lang, expected) in [
        (
            "da",
            [
                "Fase I gang: starter 2027-04-05 i stedet for 2027-03-01 (5 uger senere), slutter 2028-04-04 i stedet for 2028-02-29 (5 uger senere)",
                "Rolle Superbruger: ejer Anna Jensen → Jonas Holm; tildelt tid 4 timer om ugen → 2 timer om ugen",
                "Nye: warning[role-without-owner] rollen `konsulent` har ingen indehaver",
                "Løst: error[unknown-reference] ukendt rolle `superbrugr`",
                "Løst: warning[role-without-owner] rollen `tovholder` har ingen indehaver",
                "6 elementer ændret, 3 faser flyttet, 1 nyt fund, 2 løst",
            ],
        ),
        (
            "en",
            [
                "Phase I gang: starts 2027-04-05 instead of 2027-03-01 (5 weeks later), ends 2028-04-04 instead of 2028-02-29 (5 weeks later)",
                "Role Superbruger: owner Anna Jensen → Jonas Holm; granted time 4 hours a week → 2 hours a week",
                "New: warning[role-without-owner] the role `konsulent` has no owner",
                "Resolved: error[unknown-reference] unknown role `superbrugr`",
                "Resolved: warning[role-without-owner] the role `tovholder` has no owner",
                "6 entities changed, 3 phases moved, 1 new finding, 2 resolved",
            ],
        ),
        (
            "sv",
            [
                "Fas I gang: börjar 2027-04-05 i stället för 2027-03-01 (5 veckor senare), slutar 2028-04-04 i stället för 2028-02-29 (5 veckor senare)",
                "Roll Superbruger: ägare Anna Jensen → Jonas Holm; avsatt tid 4 tim per vecka → 2 tim per vecka",
                "Nya: warning[role-without-owner]",
                "Åtgärdade: error[unknown-reference]",
                "Åtgärdade: warning[role-without-owner]",
                "6 poster ändrade, 3 faser flyttade, 1 nytt fynd, 2 åtgärdade",
            ],
        ),
    ] {
        let r = run(
            repo.path(),
            &[
                "diff",
                "godkendt-2027-02:plan.yaml",
                "plan.yaml",
                "--lang",
                lang,
            ],
        );
        assert_eq!(r.code, 1, "a difference is exit code 1\n{}", r.snapshot());
        assert_eq!(r.stderr, "");
        for line in expected {
            assert!(
                r.stdout.contains(line),
                "{lang}: no `{line}` in\n{}",
                r.stdout
            );
        }
        insta::assert_snapshot!(format!("history_{lang}"), r.stdout);
    }
    // The plan's own language when no --lang is given (Danish), and the same diff
    // through `--rev` and between two revisions.
    let plain = run(
        repo.path(),
        &["diff", "godkendt-2027-02:plan.yaml", "plan.yaml"],
    );
    let rev = run(
        repo.path(),
        &["diff", "--rev", "godkendt-2027-02", "plan.yaml"],
    );
    let revs = run(
        repo.path(),
        &["diff", "godkendt-2027-02:plan.yaml", "HEAD:plan.yaml"],
    );
    assert!(
        plain.stdout.contains("Konsekvenser for tidsplanen"),
        "{}",
        plain.stdout
    );
    let body = |r: &Run| r.stdout.split_once('\n').map(|(_, b)| b.to_string());
    assert_eq!(body(&plain), body(&rev));
    assert_eq!(body(&plain), body(&revs));
    assert_eq!((rev.code, revs.code), (1, 1));
}

#[test]
fn each_commit_against_the_one_before() {
    let repo = history();
    let r = run(
        repo.path(),
        &[
            "diff",
            "HEAD~2:plan.yaml",
            "HEAD~1:plan.yaml",
            "--lang",
            "en",
        ],
    );
    assert_eq!(r.code, 1, "{}", r.snapshot());
    assert!(
        r.stdout
            .contains("Activity Feedbackmøde i teamet: responsible superbrugr → superbruger"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.contains("Resolved: error[unknown-reference]"),
        "{}",
        r.stdout
    );
    assert!(
        !r.stdout.contains("Phase "),
        "nothing moves in the second commit:\n{}",
        r.stdout
    );
    // No difference: exit 0.
    let same = run(
        repo.path(),
        &["diff", "HEAD:plan.yaml", "plan.yaml", "--lang", "en"],
    );
    assert_eq!(same.code, 0, "{}", same.snapshot());
    assert!(
        same.stdout.contains("No changes in plan terms."),
        "{}",
        same.stdout
    );
    let same = run(
        repo.path(),
        &["diff", "--rev", "HEAD", "plan.yaml", "--format", "json"],
    );
    assert_eq!(same.code, 0, "{}", same.snapshot());
    assert_eq!(json(&same.stdout)["different"], false);
}

#[test]
fn markdown_for_a_pull_request() {
    let repo = history();
    let r = run(
        repo.path(),
        &[
            "diff",
            "godkendt-2027-02:plan.yaml",
            "plan.yaml",
            "--format",
            "markdown",
            "--lang",
            "en",
        ],
    );
    assert_eq!(r.code, 1, "{}", r.snapshot());
    let (summary, details) = r.stdout.split_once("<details>").expect("a <details> block");
    assert!(
        summary.starts_with("### Changes from `godkendt-2027-02:plan.yaml` to `plan.yaml`\n"),
        "{summary}"
    );
    assert!(
        summary.contains("**6 entities changed, 3 phases moved, 1 new finding, 2 resolved**"),
        "{summary}"
    );
    assert!(
        summary.contains("- Phase *I gang*: starts 2027-04-05"),
        "{summary}"
    );
    assert!(
        summary.contains("- New: warning[`role-without-owner`] the role `konsulent` has no owner"),
        "{summary}"
    );
    assert!(
        details.starts_with("\n<summary>Details</summary>\n\n"),
        "{details}"
    );
    assert!(
        details.contains("- Role *Superbruger*: owner Anna Jensen → Jonas Holm"),
        "{details}"
    );
    assert!(details.trim_end().ends_with("</details>"), "{details}");
    insta::assert_snapshot!("history_markdown_en", r.stdout);
}

#[test]
fn json_validates_against_the_committed_schema() {
    let repo = history();
    let schema_text = std::fs::read_to_string(repo_root().join("schemas/diff.schema.json"))
        .expect("schemas/diff.schema.json");
    let printed = run(repo.path(), &["diff", "--schema"]);
    assert_eq!(printed.code, 0, "{}", printed.snapshot());
    assert_eq!(
        printed.stdout, schema_text,
        "schemas/diff.schema.json is stale; regenerate it with:\n  cargo run -p tovholder -- diff --schema > schemas/diff.schema.json"
    );
    let schema = json(&schema_text);
    let validator = jsonschema::validator_for(&schema).expect("the schema compiles");
    for args in [
        vec![
            "diff",
            "godkendt-2027-02:plan.yaml",
            "plan.yaml",
            "--format",
            "json",
        ],
        vec![
            "diff",
            "HEAD~2:plan.yaml",
            "HEAD~1:plan.yaml",
            "--format",
            "json",
            "--lang",
            "sv",
        ],
        vec!["diff", "HEAD:plan.yaml", "plan.yaml", "--format", "json"],
    ] {
        let r = run(repo.path(), &args);
        assert!(r.code == 0 || r.code == 1, "{}", r.snapshot());
        let v = json(&r.stdout);
        let errors: Vec<String> = validator
            .iter_errors(&v)
            .map(|e| format!("{e} at {}", e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{args:?}: {}", errors.join("\n"));
    }
    let v = json(
        &run(
            repo.path(),
            &[
                "diff",
                "godkendt-2027-02:plan.yaml",
                "plan.yaml",
                "--format",
                "json",
            ],
        )
        .stdout,
    );
    assert_eq!(v["format"], "tovholder-diff");
    assert_eq!(v["language"], "da");
    let moved = v["phases"].as_array().expect("phases");
    let i_gang = moved
        .iter()
        .find(|p| p["id"] == "i-gang")
        .expect("i-gang moved");
    assert_eq!(i_gang["start"]["days"], 35);
    assert_eq!(i_gang["end"]["days"], 35);
    let role = v["entities"]
        .as_array()
        .expect("entities")
        .iter()
        .find(|e| e["id"] == "superbruger")
        .expect("superbruger");
    assert_eq!(role["fields"][0]["key"], "owner");
    assert_eq!(role["fields"][1]["after"]["hours"], 2.0);
    assert_eq!(v["opened"].as_array().map(Vec::len), Some(1));
    assert_eq!(v["resolved"].as_array().map(Vec::len), Some(2));
    assert_eq!(v["opened"][0]["rule"], "role-without-owner");
    assert_eq!(v["opened"][0]["fields"]["role"], "konsulent");
}

#[test]
fn git_diff_and_git_log_show_plan_terms() {
    let repo = history();
    let d = repo.path();
    let exe = env!("CARGO_BIN_EXE_tovholder");
    write(&d.join(".gitattributes"), "*.yaml diff=tovholder\n");
    git(
        d,
        &[
            "config",
            "diff.tovholder.command",
            &format!("'{exe}' diff --git-external"),
        ],
    );
    git(
        d,
        &[
            "config",
            "diff.tovholder.textconv",
            &format!("'{exe}' diff --textconv"),
        ],
    );
    // `git diff` runs the external diff: the same report as `tovholder diff`.
    let out = git(d, &["diff", "godkendt-2027-02", "--", "plan.yaml"]);
    assert!(out.starts_with("Ændringer fra a/plan.yaml ("), "{out}");
    assert!(
        out.contains("Fase I gang: starter 2027-04-05 i stedet for 2027-03-01 (5 uger senere)"),
        "{out}"
    );
    assert!(out.contains("Rolle Superbruger: ejer Anna Jensen → Jonas Holm; tildelt tid 4 timer om ugen → 2 timer om ugen"), "{out}");
    assert!(
        out.contains("Nye: warning[role-without-owner] rollen `konsulent`"),
        "{out}"
    );
    assert!(out.contains("Løst: error[unknown-reference]"), "{out}");
    // `git log -p` uses the textconv: git's own line diff of the plan in plan terms.
    let log = git(d, &["log", "-p", "-1", "--", "plan.yaml"]);
    for line in [
        "-Rolle Superbruger (superbruger): ejer Anna Jensen",
        "+Rolle Superbruger (superbruger): ejer Jonas Holm",
        "+Rolle Superbruger (superbruger): tildelt tid 2 timer om ugen",
        "-Fase I gang (i-gang): 2027-03-01 – 2028-02-29",
        "+Fase I gang (i-gang): 2027-04-05 – 2028-04-04",
        "+warning[role-without-owner] rollen `konsulent` har ingen indehaver",
        "-warning[role-without-owner] rollen `tovholder` har ingen indehaver",
    ] {
        assert!(log.contains(line), "no `{line}` in\n{log}");
    }
    // `git log -p --ext-diff` and a new file (git passes /dev/null as the old one).
    write(
        &d.join("ny.yaml"),
        &third().replace("id: feedback-familieafsnit", "id: ny-plan"),
    );
    git(d, &["add", "ny.yaml"]);
    let added = git(d, &["diff", "--cached", "--", "ny.yaml"]);
    assert!(added.contains("Rolle Superbruger: tilføjet"), "{added}");
    let log = git(d, &["log", "-p", "--ext-diff", "-1", "--", "plan.yaml"]);
    assert!(log.contains("Ændringer fra a/plan.yaml"), "{log}");
}

#[test]
fn models_are_read_at_the_plan_revision() {
    let dir = git_repository();
    let d = dir.path();
    let model = "kind: model\nid: m\ntitle: Metode\nversion: 1.0.0\nroles:\n  superbruger: { name: Superbruger, hours: 4 per week }\nphases:\n  opstart: { name: Opstart, duration: 2 months, exit_criteria: [x] }\n  drift: { name: Drift, after: [opstart], duration: 6 months, exit_criteria: [y] }\nactivities:\n  moede: { name: Møde, phase: drift, every: 1 month, length: 1 hour, responsible: superbruger }\n";
    commit(
        d,
        &[
            ("models/m.yaml", model),
            (
                "plans/nordby.yaml",
                "id: nordby\ntitle: Nordby\nlanguage: da\nuses: ../models/m.yaml\nstart: 2027-01-04\nroles:\n  superbruger: { owner: [Anna Jensen] }\n",
            ),
        ],
        "v1",
    );
    git(d, &["tag", "godkendt"]);
    let upgraded = model
        .replace("duration: 2 months", "duration: 3 months")
        .replace("hours: 4 per week", "hours: 3 per week");
    commit(d, &[("models/m.yaml", &upgraded)], "model 1.1");
    // The working tree's model is gone: both versions come from git.
    std::fs::remove_file(d.join("models/m.yaml")).expect("remove model");
    let r = run(
        d,
        &[
            "diff",
            "godkendt:plans/nordby.yaml",
            "HEAD:plans/nordby.yaml",
        ],
    );
    assert_eq!(r.code, 1, "{}", r.snapshot());
    assert!(
        r.stdout.contains(
            "Rolle Superbruger: tildelt tid 4 timer om ugen → 3 timer om ugen (fra modellen)"
        ),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout
            .contains("Fase Opstart: varighed 2 måneder → 3 måneder (fra modellen)"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout
            .contains("Fase Drift: starter 2027-04-04 i stedet for 2027-03-04 (31 dage senere)"),
        "{}",
        r.stdout
    );
    // From a subfolder, `./` and `../` are read from the current folder as git does.
    let r2 = run(
        &d.join("plans"),
        &["diff", "godkendt:./nordby.yaml", "HEAD:plans/nordby.yaml"],
    );
    assert_eq!(r2.code, 1, "{}", r2.snapshot());
    assert_eq!(
        r2.stdout,
        r.stdout
            .replace("godkendt:plans/nordby.yaml", "godkendt:./nordby.yaml")
    );
}

#[test]
fn refuses_what_is_outside_or_not_a_plan() {
    let repo = history();
    let d = repo.path();
    // A revision that does not exist, a path that leaves the repository, a path the
    // revision lacks, an argument that is neither: exit 2 with the reason.
    for (args, needle) in [
        (
            vec!["diff", "nosuchtag:plan.yaml", "plan.yaml", "--lang", "en"],
            "git could not give nosuchtag",
        ),
        (
            vec!["diff", "HEAD:../plan.yaml", "plan.yaml", "--lang", "en"],
            "leads outside the repository",
        ),
        (
            vec!["diff", "HEAD:/etc/passwd", "plan.yaml", "--lang", "en"],
            "leads outside the repository",
        ),
        (
            vec!["diff", "HEAD:nope.yaml", "plan.yaml", "--lang", "en"],
            "is not a file in",
        ),
        (
            vec!["diff", "nope.yaml", "plan.yaml", "--lang", "en"],
            "neither a plan file nor a git revision",
        ),
        (
            vec!["diff", "--rev=-n", "plan.yaml", "--lang", "en"],
            "neither a plan file nor a git revision",
        ),
    ] {
        let r = run(d, &args);
        assert_eq!(r.code, 2, "{args:?}\n{}", r.snapshot());
        assert!(
            r.stderr.contains(needle),
            "{args:?}: no `{needle}` in\n{}",
            r.stderr
        );
        assert_eq!(r.stdout, "");
    }
    // A symlink committed in place of a plan is not followed.
    std::os::unix::fs::symlink("/etc/passwd", d.join("link.yaml")).expect("symlink");
    git(d, &["add", "link.yaml"]);
    git(d, &["commit", "-q", "-m", "link"]);
    let r = run(d, &["diff", "HEAD:link.yaml", "plan.yaml", "--lang", "en"]);
    assert_eq!(r.code, 2, "{}", r.snapshot());
    assert!(r.stderr.contains("not a regular file"), "{}", r.stderr);
    // A file over the plan size limit is not read past the limit.
    let big = format!("{APPROVED}#{}\n", "x".repeat(17 * 1024 * 1024));
    write(&d.join("big.yaml"), &big);
    git(d, &["add", "big.yaml"]);
    git(d, &["commit", "-q", "-m", "big"]);
    let r = run(d, &["diff", "HEAD:big.yaml", "plan.yaml", "--lang", "en"]);
    assert_eq!(r.code, 2, "{}", r.snapshot());
    assert!(r.stderr.contains("larger than"), "{}", r.stderr);
}

#[test]
fn plan_text_is_escaped_in_every_output() {
    let repo = history();
    let d = repo.path();
    let hostile = third().replace(
        "name: Konsulent",
        "name: \"Kon\\e[31msulent *[x](http://e)* <b>\"",
    );
    write(&d.join("plan.yaml"), &hostile);
    let human = run(d, &["diff", "HEAD:plan.yaml", "plan.yaml", "--lang", "en"]);
    assert_eq!(human.code, 1, "{}", human.snapshot());
    assert!(!human.stdout.contains('\u{1b}'), "{}", human.stdout);
    let md = run(
        d,
        &[
            "diff",
            "HEAD:plan.yaml",
            "plan.yaml",
            "--format",
            "markdown",
            "--lang",
            "en",
        ],
    );
    assert!(!md.stdout.contains('\u{1b}'), "{}", md.stdout);
    assert!(md.stdout.contains(r"\*\[x\](http\://e)\*"), "{}", md.stdout);
    assert!(md.stdout.contains(r"\<b\>"), "{}", md.stdout);
}

/// GitHub's own Markdown renderer (cmark-gfm, through Python's `cmarkgfm`) turns the
/// Markdown into the HTML a pull-request comment shows: `<details>` with its summary,
/// headings and lists inside it, emphasis on names, code on ids, and the plan's own
/// text inert (no links, no HTML). `.ci/run` installs `cmarkgfm` and sets
/// `TOVHOLDER_REQUIRE_GFM=1`; elsewhere the test says it was skipped.
#[test]
fn markdown_renders_as_github_flavoured_markdown() {
    if !have_gfm() {
        return;
    }
    let repo = history();
    let d = repo.path();
    let hostile = third().replace(
        "name: Konsulent",
        "name: \"Kon*sul*ent [x](http://e) www.e.dk <b>fed</b> | `kode`\"",
    );
    write(&d.join("plan.yaml"), &hostile);
    for lang in ["da", "en", "sv"] {
        let md = run(
            d,
            &[
                "diff",
                "godkendt-2027-02:plan.yaml",
                "plan.yaml",
                "--format",
                "markdown",
                "--lang",
                lang,
            ],
        );
        assert_eq!(md.code, 1, "{}", md.snapshot());
        let path = d.join(format!("diff-{lang}.md"));
        write(&path, &md.stdout);
        let html = gfm(&path);
        let details = ["Details", "Detaljer", "Detaljer"][["en", "da", "sv"]
            .iter()
            .position(|l| *l == lang)
            .unwrap_or(0)];
        for want in [
            "<h3>",
            "<strong>",
            "<details>\n<summary>",
            &format!("<summary>{details}</summary>\n<h4>"),
            "<ul>\n<li>",
            "<em>Superbruger</em>",
            "<code>role-without-owner</code>",
            "<code>konsulent</code>",
            "<em>I gang</em>",
            "</ul>\n</details>",
        ] {
            assert!(
                html.contains(want),
                "{lang}: no `{want}` in\n{html}\nfrom\n{}",
                md.stdout
            );
        }
        // The hostile name is text: no link, no HTML, no table, no emphasis of its own.
        assert!(!html.contains("<a "), "{html}");
        assert!(!html.contains("<b>"), "{html}");
        assert!(!html.contains("<table"), "{html}");
        assert!(
            html.contains("Kon*sul*ent [x](http://e) www.e.dk &lt;b&gt;fed&lt;/b&gt; | `kode`"),
            "{html}"
        );
        // Every list item of the details is one item (no line broke out of its list).
        let items = md.stdout.lines().filter(|l| l.starts_with("- ")).count();
        assert_eq!(html.matches("<li>").count(), items, "{html}");
    }
}

/// A model's new version over a folder of five kommune plans: per plan what moves,
/// which override or removal broke, and the findings gained and lost; a summary
/// table first, in every language, and as Markdown and JSON.
#[test]
fn a_model_upgrade_across_five_kommune_plans() {
    let dir = git_repository();
    let d = dir.path();
    let model = "kind: model\nid: metode\ntitle: Metode\nversion: 1.0.0\nroles:\n  superbruger: { name: Superbruger, hours: 4 per week }\n  tovholder: { name: Tovholder, hours: 2 per week }\nphases:\n  opstart: { name: Opstart, duration: 8 weeks, exit_criteria: [x] }\n  drift: { name: Drift, after: [opstart], duration: 6 months, exit_criteria: [y] }\nactivities:\n  moede: { name: Møde, phase: drift, every: 1 month, length: 1 hour, responsible: superbruger, participants: [tovholder] }\n  kickoff: { name: Kickoff, phase: opstart, at: 1 week, length: 2 hours, responsible: tovholder }\n  status: { name: Status, phase: opstart, at: 6 weeks, length: 1 hour, responsible: tovholder }\n";
    write(&d.join("models/metode.yaml"), model);
    for k in ["nordby", "sydby", "østby", "vestby", "midtby"] {
        let mut plan = format!(
            "id: {k}\ntitle: {k} Kommune\nlanguage: da\nuses: ../models/metode.yaml\nstart: 2027-01-04\nroles:\n  superbruger: {{ owner: [Anna {k}] }}\n  tovholder: {{ owner: [Bo {k}] }}\n"
        );
        if k == "sydby" {
            plan = plan.replace(
                "owner: [Anna sydby] }",
                "owner: [Anna sydby], hours: 3 per week }",
            );
        }
        if k == "østby" {
            plan.push_str("remove:\n  activities: [kickoff]\n");
        }
        write(&d.join(format!("plans/{k}.yaml")), &plan);
    }
    // A plan that uses another model is not listed.
    write(
        &d.join("models/andet.yaml"),
        &model.replace("id: metode", "id: andet"),
    );
    write(
        &d.join("plans/andet.yaml"),
        "id: andet-plan\ntitle: Andet\nuses: ../models/andet.yaml\nstart: 2027-01-04\n",
    );
    commit(d, &[], "metode 1.0");
    git(d, &["tag", "metode-1.0"]);
    write(
        &d.join("models/metode.yaml"),
        &model
            .replace("version: 1.0.0", "version: 2.0.0")
            .replace("hours: 4 per week", "hours: 5 per week")
            .replace("duration: 8 weeks", "duration: 13 weeks")
            .replace("  kickoff: { name: Kickoff, phase: opstart, at: 1 week, length: 2 hours, responsible: tovholder }\n", "  workshop: { name: Workshop, phase: opstart, at: 2 weeks, length: 3 hours, responsible: tovholder }\n"),
    );
    let args = [
        "diff",
        "--model",
        "metode-1.0:models/metode.yaml",
        "models/metode.yaml",
        "--plans",
        "plans",
    ];
    let r = run(d, &args);
    assert_eq!(r.code, 1, "{}", r.snapshot());
    assert!(
        r.stdout.starts_with(
            "Model metode-1.0:models/metode.yaml → models/metode.yaml: 5 planer bruger den\n"
        ),
        "{}",
        r.stdout
    );
    assert!(!r.stdout.contains("andet"), "{}", r.stdout);
    let table: Vec<&str> = r.stdout.lines().skip(2).take(6).collect();
    assert!(
        table[0].starts_with("Plan ") && table[0].contains("Brudte tilpasninger"),
        "{table:?}"
    );
    assert!(
        table
            .iter()
            .any(|l| l.starts_with("plans/sydby.yaml") && l.ends_with(" 1")),
        "{table:?}"
    );
    for line in [
        "Fase Drift: starter 2027-04-05 i stedet for 2027-03-01 (5 uger senere)",
        "Rolle Superbruger: tildelt tid 4 timer om ugen → 5 timer om ugen (fra modellen)",
        "Aktivitet Kickoff: fjernet (fra modellen)",
        "Aktivitet Workshop: tilføjet (fra modellen)",
        "planen sætter tildelt tid for `superbruger` (rolle) til 3 timer om ugen, så modellens ændring fra 4 timer om ugen til 5 timer om ugen når ikke frem til planen",
        "planen fjerner `kickoff` (aktivitet), som den nye model ikke længere har",
        "Nye: error[unknown-removal]",
    ] {
        assert!(r.stdout.contains(line), "no `{line}` in\n{}", r.stdout);
    }
    insta::assert_snapshot!("model_upgrade_da", r.stdout);
    let en = run(d, &[&args[..], &["--lang", "en"]].concat());
    assert!(en.stdout.contains("the plan sets granted time of the role `superbruger` to 3 hours a week, so the model's change from 4 hours a week to 5 hours a week does not reach it"), "{}", en.stdout);
    assert!(
        en.stdout.contains("Plan               Phases moved"),
        "{}",
        en.stdout
    );
    let sv = run(d, &[&args[..], &["--lang", "sv"]].concat());
    assert!(
        sv.stdout.contains(
            "planen tar bort `kickoff` (aktivitet), som den nya modellen inte längre har"
        ),
        "{}",
        sv.stdout
    );
    assert!(
        sv.stdout.contains(
            "Modell metode-1.0:models/metode.yaml → models/metode.yaml: 5 planer använder den"
        ),
        "{}",
        sv.stdout
    );
    let md = run(
        d,
        &[&args[..], &["--format", "markdown", "--lang", "en"]].concat(),
    );
    assert!(md.stdout.contains("| Plan | Phases moved | Activities added | Activities removed | New findings | Resolved | Broken overrides |\n|---|---|---|---|---|---|---|\n| `plans/midtby.yaml` | 2 |"), "{}", md.stdout);
    assert!(
        md.stdout.contains(
            "<details>\n<summary>Details</summary>\n\n#### `plans/midtby.yaml`: midtby Kommune\n"
        ),
        "{}",
        md.stdout
    );
    let v = json(&run(d, &[&args[..], &["--format", "json"]].concat()).stdout);
    // The output against the committed schema, which is what `diff --schema model` prints.
    let schema_text = std::fs::read_to_string(repo_root().join("schemas/model-diff.schema.json"))
        .expect("schemas/model-diff.schema.json");
    let printed = run(d, &["diff", "--schema", "model"]);
    assert_eq!(printed.code, 0, "{}", printed.snapshot());
    assert_eq!(
        printed.stdout, schema_text,
        "schemas/model-diff.schema.json is stale; regenerate it with:\n  cargo run -p tovholder -- diff --schema model > schemas/model-diff.schema.json"
    );
    let validator = jsonschema::validator_for(&json(&schema_text)).expect("the schema compiles");
    for lang in ["da", "en", "sv"] {
        let out = run(
            d,
            &[&args[..], &["--format", "json", "--lang", lang]].concat(),
        );
        let errors: Vec<String> = validator
            .iter_errors(&json(&out.stdout))
            .map(|e| format!("{e} at {}", e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{lang}: {}", errors.join("\n"));
    }
    assert_eq!(v["format"], "tovholder-model-diff");
    assert_eq!(v["plans"].as_array().map(Vec::len), Some(5));
    let sydby = v["plans"]
        .as_array()
        .expect("plans")
        .iter()
        .find(|p| p["path"] == "plans/sydby.yaml")
        .expect("sydby");
    assert_eq!(sydby["broken"][0]["kind"], "field-masked");
    assert_eq!(sydby["broken"][0]["key"], "hours");
    // The same model twice: nothing changes, exit 0.
    let same = run(
        d,
        &[
            "diff",
            "--model",
            "models/metode.yaml",
            "models/metode.yaml",
            "--plans",
            "plans",
        ],
    );
    assert_eq!(same.code, 0, "{}", same.snapshot());
}
