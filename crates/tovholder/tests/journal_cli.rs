//! The journal through the real binary: where it is found, `--as-of` and
//! `SOURCE_DATE_EPOCH`, findings pointing at the journal file, a journal's errors
//! never stopping the plan, and a plan with no journal unchanged.

mod common;

use common::{run, workspace, write};
use std::path::Path;

fn repo() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// A workspace (with a `tovholder.toml`, the repository root) holding the plan of the
/// `log-entry-in-future` fixture as `plan.yaml`, and `journal` as `plan.log.yaml`.
fn setup(journal: Option<&str>) -> tempfile::TempDir {
    let dir = workspace("");
    let plan = std::fs::read_to_string(repo().join("tests/rules/log-entry-in-future/fail.yaml"))
        .expect("fixture");
    write(&dir.path().join("tovholder.toml"), "");
    write(&dir.path().join("plan.yaml"), &plan);
    if let Some(j) = journal {
        write(&dir.path().join("plan.log.yaml"), j);
    }
    dir
}

const JOURNAL: &str = "kind: log\nentries:\n  - { date: 2027-03-04, held: laeringsmoede }\n  - { date: 2027-07-05, held: laeringsmoede }\n";

#[test]
fn the_journal_beside_the_plan_is_checked_as_of_the_given_day() {
    let dir = setup(Some(JOURNAL));
    let r = run(
        dir.path(),
        &[
            "check",
            "plan.yaml",
            "--as-of",
            "2027-06-01",
            "--format",
            "concise",
        ],
    );
    assert_eq!(r.code, 1, "{}", r.snapshot());
    assert!(
        r.stdout
            .contains("plan.log.yaml:4:13: error[log-entry-in-future]"),
        "{}",
        r.stdout
    );
    // As of a later day, the July entry is in the past.
    let r = run(
        dir.path(),
        &[
            "check",
            "plan.yaml",
            "--as-of",
            "2027-08-01",
            "--format",
            "concise",
        ],
    );
    assert!(!r.stdout.contains("log-entry-in-future"), "{}", r.stdout);
}

#[test]
fn json_findings_of_the_journal_point_at_the_journal() {
    let dir = setup(Some(JOURNAL));
    let r = run(
        dir.path(),
        &[
            "check",
            "plan.yaml",
            "--as-of",
            "2027-06-01",
            "--format",
            "json",
        ],
    );
    let v: serde_json::Value = serde_json::from_str(&r.stdout).expect("json");
    let d = v["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .find(|d| d["rule"] == "log-entry-in-future")
        .expect("finding");
    assert_eq!(d["file"], "plan.log.yaml");
    assert_eq!(d["fields"]["date"], "2027-07-05");
    assert_eq!(d["fields"]["as_of"], "2027-06-01");
}

#[test]
fn source_date_epoch_is_the_as_of_date_and_a_bad_one_is_an_error() {
    let dir = setup(Some(JOURNAL));
    let with_epoch = |epoch: &str| {
        std::process::Command::new(env!("CARGO_BIN_EXE_tovholder"))
            .args(["check", "plan.yaml", "--format", "concise"])
            .current_dir(dir.path())
            .env_clear()
            .env("NO_COLOR", "1")
            .env("SOURCE_DATE_EPOCH", epoch)
            .output()
            .expect("run")
    };
    // 1811800000 is 2027-05-31 in Copenhagen.
    let out = with_epoch("1811800000");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("efter opgørelsesdatoen 2027-05-31"),
        "{stdout}"
    );
    for bad in ["abc", "99999999999999", "1.5"] {
        let out = with_epoch(bad);
        assert_eq!(out.status.code(), Some(2), "{bad}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains("SOURCE_DATE_EPOCH"), "{stderr}");
    }
}

#[test]
fn a_bad_as_of_is_refused() {
    let dir = setup(None);
    let r = run(dir.path(), &["check", "plan.yaml", "--as-of", "2027-02-30"]);
    assert_eq!(r.code, 2, "{}", r.snapshot());
}

#[test]
fn a_plan_without_a_journal_is_checked_as_before_whatever_the_day() {
    let dir = setup(None);
    let a = run(
        dir.path(),
        &[
            "check",
            "plan.yaml",
            "--as-of",
            "2027-06-01",
            "--format",
            "json",
        ],
    );
    let b = run(
        dir.path(),
        &[
            "check",
            "plan.yaml",
            "--as-of",
            "2031-01-01",
            "--format",
            "json",
        ],
    );
    assert_eq!(a.stdout, b.stdout);
    assert_eq!(a.code, 0, "{}", a.snapshot());
}

#[test]
fn a_broken_journal_never_hides_the_plan_or_stops_compile() {
    let dir = setup(Some(
        "kind: log\nentries:\n  - { date: 2027-03-04, held: laeringsmoede, cancelled: laeringsmoede }\n  - { date: 2027-03-05 }\n  - [oops\n",
    ));
    let r = run(
        dir.path(),
        &[
            "check",
            "plan.yaml",
            "--as-of",
            "2027-06-01",
            "--format",
            "concise",
        ],
    );
    assert!(r.stdout.contains("plan.log.yaml"), "{}", r.stdout);
    assert!(r.stdout.contains("yaml-syntax"), "{}", r.stdout);
    // The plan's own follow-up findings are still there (the journal counts as empty).
    assert!(r.stdout.contains("phase-overrun"), "{}", r.stdout);
    let r = run(
        dir.path(),
        &["compile", "plan.yaml", "--as-of", "2027-06-01"],
    );
    assert_eq!(r.code, 0, "{}", r.snapshot());
    assert!(r.stderr.contains("yaml-syntax"), "{}", r.stderr);

    // An entry with two events, and one with none: each a finding, all reported.
    write(
        &dir.path().join("plan.log.yaml"),
        "kind: log\nentries:\n  - { date: 2027-03-04, held: laeringsmoede, cancelled: laeringsmoede }\n  - { date: 2027-03-05 }\n  - { held: laeringsmoede }\n  - { date: 2027-03-06, hold: laeringsmoede }\n",
    );
    let r = run(
        dir.path(),
        &[
            "check",
            "plan.yaml",
            "--as-of",
            "2027-06-01",
            "--format",
            "json",
        ],
    );
    let v: serde_json::Value = serde_json::from_str(&r.stdout).expect("json");
    let found: Vec<(String, String)> = v["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .filter(|d| d["file"] == "plan.log.yaml")
        .map(|d| {
            (
                d["rule"].as_str().unwrap_or("").to_string(),
                d["finding"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    for want in [
        ("invalid-value", "LogEntryTwoEvents"),
        ("missing-key", "LogEntryWithoutEvent"),
        ("missing-key", "MissingKey"),
        ("unknown-key", "UnknownKey"),
    ] {
        assert!(
            found.iter().any(|(r, f)| r == want.0 && f == want.1),
            "{want:?} in {found:?}"
        );
    }
}

#[test]
fn log_names_journals_inside_the_repository_only() {
    let dir = setup(None);
    let plan = std::fs::read_to_string(dir.path().join("plan.yaml")).expect("plan");
    let with_log = |log: &str| {
        plan.replace(
            "start: 2027-01-04\n",
            &format!("start: 2027-01-04\nlog: {log}\n"),
        )
    };
    write(&dir.path().join("a.yaml"), JOURNAL);
    write(&dir.path().join("plan.yaml"), &with_log("[a.yaml]"));
    let r = run(
        dir.path(),
        &[
            "check",
            "plan.yaml",
            "--as-of",
            "2027-06-01",
            "--format",
            "concise",
        ],
    );
    assert!(
        r.stdout.contains("a.yaml:4:13: error[log-entry-in-future]"),
        "{}",
        r.stdout
    );
    for bad in [
        "[https://example.org/log.yaml]",
        "[../outside.yaml]",
        "[sub]",
        "[missing.yaml]",
    ] {
        std::fs::create_dir_all(dir.path().join("sub")).expect("folder");
        write(&dir.path().join("plan.yaml"), &with_log(bad));
        let r = run(
            dir.path(),
            &[
                "check",
                "plan.yaml",
                "--as-of",
                "2027-06-01",
                "--format",
                "concise",
            ],
        );
        assert!(
            r.stdout.contains("error[log-unavailable]"),
            "{bad}: {}",
            r.stdout
        );
        // The plan itself is still checked.
        assert!(r.stdout.contains("plan.yaml:"), "{bad}: {}", r.stdout);
    }
}

#[test]
fn a_model_has_no_journal() {
    let dir = workspace("");
    write(&dir.path().join("tovholder.toml"), "");
    write(
        &dir.path().join("model.yaml"),
        "kind: model\nid: m\ntitle: M\nversion: 1.0.0\nlog: [a.yaml]\nphases:\n  a: { duration: 1 month, exit_criteria: [x] }\n",
    );
    let r = run(
        dir.path(),
        &[
            "check",
            "model.yaml",
            "--as-of",
            "2027-06-01",
            "--format",
            "concise",
        ],
    );
    assert!(
        r.stdout.contains("model.yaml:5:7: error[unknown-key]"),
        "{}",
        r.stdout
    );
}

#[test]
fn init_writes_an_empty_journal_beside_the_plan() {
    let dir = workspace("");
    write(&dir.path().join("tovholder.toml"), "");
    let model = std::fs::read_to_string(repo().join("models/ics.yaml")).expect("model");
    write(&dir.path().join("models/ics.yaml"), &model);
    let schema = std::fs::read_to_string(repo().join("schemas/log.schema.json")).expect("schema");
    write(&dir.path().join("schemas/log.schema.json"), &schema);
    write(&dir.path().join("schemas/plan.schema.json"), "{}");
    std::fs::create_dir_all(dir.path().join("plans")).expect("folder");
    let r = run(
        dir.path(),
        &[
            "init",
            "--model",
            "models/ics.yaml",
            "--out",
            "plans/p.yaml",
            "--start",
            "2027-01-04",
        ],
    );
    assert_eq!(r.code, 0, "{}", r.snapshot());
    let journal = std::fs::read_to_string(dir.path().join("plans/p.log.yaml")).expect("journal");
    assert!(
        journal.starts_with("# yaml-language-server: $schema=../schemas/log.schema.json\n"),
        "{journal}"
    );
    assert!(journal.contains("kind: log\nentries: []\n"), "{journal}");
    // The new plan checks with its (empty) journal: no finding of the journal itself.
    let r = run(
        dir.path(),
        &[
            "check",
            "plans/p.yaml",
            "--as-of",
            "2027-01-04",
            "--format",
            "json",
        ],
    );
    let v: serde_json::Value = serde_json::from_str(&r.stdout).expect("json");
    assert!(
        v["diagnostics"]
            .as_array()
            .expect("diagnostics")
            .iter()
            .all(|d| d["file"] != "plans/p.log.yaml"),
        "{}",
        r.stdout
    );
}

/// `tovholder check PLAN --as-of DATE --format concise` (plus `extra`) in `dir`.
fn check_as_of(dir: &Path, plan: &str, as_of: &str, extra: &[&str]) -> common::Run {
    let mut args = vec!["check", plan, "--as-of", as_of, "--format", "concise"];
    args.extend_from_slice(extra);
    run(dir, &args)
}

/// A workspace holding the fixture `tests/rules/<rule>/<stem>.yaml` and its journal as
/// `plan.yaml` and `plan.log.yaml`, with `config` as `tovholder.toml`.
fn fixture(rule: &str, stem: &str, config: &str) -> tempfile::TempDir {
    let dir = workspace("");
    let folder = repo().join("tests/rules").join(rule);
    let read = |name: String| std::fs::read_to_string(folder.join(name)).expect("fixture");
    write(&dir.path().join("tovholder.toml"), config);
    write(&dir.path().join("plan.yaml"), &read(format!("{stem}.yaml")));
    write(
        &dir.path().join("plan.log.yaml"),
        &read(format!("{stem}.log.yaml")),
    );
    dir
}

fn lines_of<'a>(r: &'a common::Run, rule: &str) -> Vec<&'a str> {
    let tag = format!("[{rule}]");
    r.stdout.lines().filter(|l| l.contains(&tag)).collect()
}

#[test]
fn measurement_overdue_counts_from_the_phase_start_and_warns_before_a_status_meeting() {
    // The goal belongs to *I gang*, which began as planned on 2027-03-04: six months
    // on, it is due by 2027-09-04 (not six months after its baseline of 2026-12-01).
    let dir = fixture("measurement-overdue", "fail", "");
    let r = check_as_of(dir.path(), "plan.yaml", "2027-09-15", &["--lang", "en"]);
    let found = lines_of(&r, "measurement-overdue");
    assert_eq!(found.len(), 1, "{}", r.stdout);
    assert!(
        found[0].contains("not been measured since 2027-03-04")
            && found[0].contains("due by 2027-09-04, 11 days ago"),
        "{}",
        found[0]
    );
    // Before the cadence has passed: nothing, though the baseline is nine months old.
    let r = check_as_of(dir.path(), "plan.yaml", "2027-09-01", &["--lang", "en"]);
    assert!(
        lines_of(&r, "measurement-overdue").is_empty(),
        "{}",
        r.stdout
    );
    // The default cadence is an option.
    write(
        &dir.path().join("tovholder.toml"),
        "[options.measurement-overdue]\nmonths = 12\n",
    );
    let r = check_as_of(dir.path(), "plan.yaml", "2027-09-15", &["--lang", "en"]);
    assert!(
        lines_of(&r, "measurement-overdue").is_empty(),
        "{}",
        r.stdout
    );
    // A goal whose phase has not begun is never due: the same goal as of 2027-02-15
    // with a one-month cadence (its baseline is two and a half months old).
    write(
        &dir.path().join("tovholder.toml"),
        "[options.measurement-overdue]\nmonths = 1\n",
    );
    let r = check_as_of(dir.path(), "plan.yaml", "2027-02-15", &["--lang", "en"]);
    assert!(
        lines_of(&r, "measurement-overdue").is_empty(),
        "{}",
        r.stdout
    );
    let r = check_as_of(dir.path(), "plan.yaml", "2027-04-15", &["--lang", "en"]);
    assert_eq!(lines_of(&r, "measurement-overdue").len(), 1, "{}", r.stdout);

    // The status meeting on 2027-09-06 is 12 days ahead: warned; 20 days ahead: not yet.
    let dir = fixture("measurement-overdue", "fail-status-meeting", "");
    let r = check_as_of(dir.path(), "plan.yaml", "2027-08-25", &["--lang", "sv"]);
    let found = lines_of(&r, "measurement-overdue");
    assert_eq!(found.len(), 1, "{}", r.stdout);
    assert!(
        found[0].contains("statusmötet `statusmoede` hålls 2027-09-06"),
        "{}",
        found[0]
    );
    let r = check_as_of(dir.path(), "plan.yaml", "2027-08-17", &[]);
    assert!(
        lines_of(&r, "measurement-overdue").is_empty(),
        "{}",
        r.stdout
    );
    // Without a journal, never.
    std::fs::remove_file(dir.path().join("plan.log.yaml")).expect("remove");
    let r = check_as_of(dir.path(), "plan.yaml", "2027-08-25", &[]);
    assert!(
        lines_of(&r, "measurement-overdue").is_empty(),
        "{}",
        r.stdout
    );
}

#[test]
fn goal_off_track_says_the_numbers_in_the_languages_format() {
    let dir = fixture("goal-off-track", "fail", "");
    let r = check_as_of(dir.path(), "plan.yaml", "2027-10-01", &[]);
    let found = lines_of(&r, "goal-off-track");
    assert_eq!(found.len(), 2, "{}", r.stdout);
    assert!(found[0].starts_with("plan.log.yaml:5:61:"), "{}", found[0]);
    assert!(
        found[0].contains("linjen forventer 41,97 %"),
        "{}",
        found[0]
    );
    assert!(found[1].contains("(lavere er bedre)"), "{}", found[1]);
    let r = check_as_of(dir.path(), "plan.yaml", "2027-10-01", &["--lang", "en"]);
    assert!(
        r.stdout.contains("the line expects 41.97 %"),
        "{}",
        r.stdout
    );
    // With a wider tolerance the first goal (30 % behind) is on track.
    write(
        &dir.path().join("tovholder.toml"),
        "[options.goal-off-track]\ntolerance_percent = 40\n",
    );
    let r = check_as_of(dir.path(), "plan.yaml", "2027-10-01", &[]);
    let found = lines_of(&r, "goal-off-track");
    assert_eq!(found.len(), 1, "{}", r.stdout);
    assert!(found[0].contains("sagsbehandlingstid"), "{}", found[0]);
    // JSON carries the numbers as fields.
    let r = run(
        dir.path(),
        &[
            "check",
            "plan.yaml",
            "--as-of",
            "2027-10-01",
            "--format",
            "json",
        ],
    );
    assert!(r.stdout.contains("\"GoalOffTrack\""), "{}", r.stdout);
    assert!(r.stdout.contains("\"expected\": 2798"), "{}", r.stdout);
    let dir = fixture("goal-off-track", "pass", "");
    let r = check_as_of(dir.path(), "plan.yaml", "2027-10-01", &[]);
    assert!(lines_of(&r, "goal-off-track").is_empty(), "{}", r.stdout);
}

#[test]
fn momentum_lost_reads_reality_and_its_option() {
    let dir = fixture("momentum-lost", "fail", "");
    let r = check_as_of(dir.path(), "plan.yaml", "2027-08-01", &["--lang", "en"]);
    let found = lines_of(&r, "momentum-lost");
    assert_eq!(found.len(), 2, "{}", r.stdout);
    assert!(
        r.stdout
            .contains("the last 2 occurrences of `laeringsmoede`"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.contains("for 150 days, since 2027-03-04"),
        "{}",
        r.stdout
    );
    // Three in a row needed: only the stretch is left.
    write(
        &dir.path().join("tovholder.toml"),
        "[options.momentum-lost]\noccurrences = 3\n",
    );
    let r = check_as_of(dir.path(), "plan.yaml", "2027-08-01", &["--lang", "en"]);
    let found = lines_of(&r, "momentum-lost");
    assert_eq!(found.len(), 1, "{}", r.stdout);
    assert!(found[0].contains("phase `i-gang`"), "{}", found[0]);
    // Within the grace period of the July meeting, only the cancellation counts.
    write(&dir.path().join("tovholder.toml"), "");
    let r = check_as_of(dir.path(), "plan.yaml", "2027-07-10", &["--lang", "en"]);
    assert!(
        !r.stdout.contains("occurrences of `laeringsmoede`"),
        "{}",
        r.stdout
    );
    // A plan without a journal never gets it.
    std::fs::remove_file(dir.path().join("plan.log.yaml")).expect("remove");
    let r = check_as_of(dir.path(), "plan.yaml", "2027-08-01", &[]);
    assert!(lines_of(&r, "momentum-lost").is_empty(), "{}", r.stdout);
}

#[test]
fn an_entry_after_the_as_of_day_counts_for_nothing_but_is_still_checked() {
    // Two meetings held by 1 June; after it a measurement, a third meeting, a
    // misspelt activity and a cancellation without a reason.
    let journal = "\
kind: log
entries:
  - { date: 2027-03-04, held: laeringsmoede }
  - { date: 2027-05-04, held: laeringsmoede }
  - { date: 2027-07-01, measured: borgerinddragelse, value: 45 %, source: Sagsaudit }
  - { date: 2027-07-05, held: laeringsmoede }
  - { date: 2027-07-20, held: laeringsmode }
  - { date: 2027-09-06, cancelled: laeringsmoede }
";
    let dir = setup(Some(journal));
    let status = |as_of: &str| {
        let r = run(
            dir.path(),
            &["status", "plan.yaml", "--as-of", as_of, "--format", "json"],
        );
        let v: serde_json::Value =
            serde_json::from_str(&r.stdout).unwrap_or_else(|e| panic!("{e}: {}", r.snapshot()));
        let meetings = v["activities"]
            .as_array()
            .and_then(|a| a.iter().find(|a| a["id"] == "laeringsmoede"))
            .cloned()
            .expect("laeringsmoede");
        let measured = v["goals"][0]["measurements"].as_array().map_or(0, Vec::len);
        (meetings, measured)
    };
    // As of 1 June: what happened by then, nothing after.
    let (meetings, measured) = status("2027-06-01");
    assert_eq!(meetings["held"], 2, "{meetings}");
    assert_eq!(meetings["cancelled"], 0, "{meetings}");
    assert_eq!(measured, 0);
    let r = check_as_of(dir.path(), "plan.yaml", "2027-06-01", &["--lang", "en"]);
    assert_eq!(r.code, 1, "{}", r.snapshot());
    assert_eq!(lines_of(&r, "log-entry-in-future").len(), 4, "{}", r.stdout);
    // The entries in the future are checked all the same.
    assert_eq!(
        lines_of(&r, "log-unknown-reference").len(),
        1,
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains("`laeringsmode`"), "{}", r.stdout);
    assert_eq!(
        lines_of(&r, "cancelled-without-reason").len(),
        1,
        "{}",
        r.stdout
    );
    // As of December, every entry counts.
    let (meetings, measured) = status("2027-12-01");
    assert_eq!(meetings["held"], 3, "{meetings}");
    assert_eq!(meetings["cancelled"], 1, "{meetings}");
    assert_eq!(measured, 1);
    let r = check_as_of(dir.path(), "plan.yaml", "2027-12-01", &["--lang", "en"]);
    assert!(
        lines_of(&r, "log-entry-in-future").is_empty(),
        "{}",
        r.stdout
    );
}
