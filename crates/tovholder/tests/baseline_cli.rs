//! Baselines through the real binary, in temporary git repositories: `check --baseline
//! REV` (`goal-target-moved`: a goal's target or baseline value moved against the
//! approved plan after its first measurement) and `render --baseline REV` (the
//! aktivitetsplan's section of changes since the approved plan, the marks in its
//! tables, the årshjul's outlines of the approved windows), in da, en and sv.

mod common;

use common::{Run, write};
use std::path::Path;
use std::process::Command;

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

/// Run git in `dir` (a fixed identity and date, no system or global configuration).
fn git(dir: &Path, args: &[&str]) -> String {
    let out = Command::new("git")
        .args(args)
        .current_dir(dir)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_AUTHOR_NAME", "Test")
        .env("GIT_AUTHOR_EMAIL", "test@example.invalid")
        .env("GIT_COMMITTER_NAME", "Test")
        .env("GIT_COMMITTER_EMAIL", "test@example.invalid")
        .env("GIT_AUTHOR_DATE", "2027-02-01T10:00:00Z")
        .env("GIT_COMMITTER_DATE", "2027-02-01T10:00:00Z")
        .output()
        .expect("run git");
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// A repository whose first commit (the approved plan) is tagged
/// `godkendt-styregruppe-2027-02`, with today's plan and the journal in the working tree.
fn repository() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    git(d, &["init", "-q", "-b", "main"]);
    write(&d.join("plan.yaml"), APPROVED);
    git(d, &["add", "plan.yaml"]);
    git(d, &["commit", "-q", "-m", "Godkendt af styregruppen"]);
    git(d, &["tag", "godkendt-styregruppe-2027-02"]);
    write(&d.join("plan.yaml"), &today());
    write(&d.join("plan.log.yaml"), LOG);
    dir
}

/// Run `tovholder ARGS` in `dir` with a cleared environment but for `PATH` (git).
fn run(dir: &Path, args: &[&str]) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_tovholder"))
        .args(args)
        .current_dir(dir)
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("NO_COLOR", "1")
        .env("SOURCE_DATE_EPOCH", "1798761600")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .output()
        .expect("run tovholder");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn json(text: &str) -> serde_json::Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("not JSON ({e}):\n{text}"))
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
