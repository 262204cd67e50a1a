//! `tovholder record` through the real binary: every event kind, a round trip
//! (record, then check clean), the journal's other bytes kept exactly, a refused
//! entry writing nothing, hostile text, and the path policy.

mod common;

use common::{run, workspace, write};
use std::path::Path;

fn repo() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// A workspace (a `tovholder.toml` makes it the repository root) with the ICS
/// example as `plan.yaml`, and `journal` as `plan.log.yaml` when given.
fn setup(journal: Option<&str>) -> tempfile::TempDir {
    let dir = workspace("");
    let plan = std::fs::read_to_string(repo().join("examples/ics-eksempel-kommune.yaml"))
        .expect("the ICS example");
    write(&dir.path().join("tovholder.toml"), "");
    write(&dir.path().join("plan.yaml"), &plan);
    if let Some(j) = journal {
        write(&dir.path().join("plan.log.yaml"), j);
    }
    dir
}

fn journal(dir: &Path) -> String {
    std::fs::read_to_string(dir.join("plan.log.yaml")).expect("the journal")
}

fn record(dir: &Path, args: &[&str]) -> common::Run {
    let mut all = vec!["record", "plan.yaml"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--as-of", "2027-11-01"]);
    run(dir, &all)
}

/// `check --format json` of the plan as of 2027-11-01: the journal's findings.
fn journal_findings(dir: &Path) -> Vec<(String, String)> {
    let r = run(
        dir,
        &[
            "check",
            "plan.yaml",
            "--as-of",
            "2027-11-01",
            "--format",
            "json",
        ],
    );
    let v: serde_json::Value = serde_json::from_str(&r.stdout).expect("json");
    v["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .filter(|d| d["file"] == "plan.log.yaml")
        .map(|d| {
            (
                d["rule"].as_str().unwrap_or("").to_string(),
                d["message"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

const HEAD: &str = "# Opfølgning\nkind: log   # always log\nentries:\n  # the first one\n  - { date: 2027-01-04, held: beslutningsoplaeg }   # kept\n";

#[test]
fn every_event_kind_is_appended_and_checks_clean() {
    let dir = setup(Some(HEAD));
    let cases: &[&[&str]] = &[
        &[
            "held",
            "styregruppemoede",
            "--date",
            "2027-01-04",
            "--note",
            "9 deltagere",
        ],
        &[
            "held",
            "sparring",
            "--date",
            "2027-08-03",
            "--planned",
            "2027-08-02",
        ],
        &[
            "cancelled",
            "styregruppemoede",
            "--date",
            "2027-02-04",
            "--reason",
            "Sygdom",
        ],
        &[
            "measured",
            "faelles-forstaaelse",
            "62 %",
            "--source",
            "Temperaturmåling",
            "--date",
            "2027-06-25",
        ],
        &[
            "measured",
            "superbrugerstoette",
            "41",
            "--source",
            "Temperaturmåling",
            "--date",
            "2027-09-27",
        ],
        &["phase-started", "klar-parat-start", "--date", "2027-03-18"],
        &[
            "phase-completed",
            "beslutning",
            "--date",
            "2027-03-04",
            "--note",
            "Alt nået",
        ],
        &["checked", "forberedelse", "2", "--date", "2027-06-10"],
        &[
            "ripple",
            "Skolerne bruger nu selv ICS-trekanten",
            "--by",
            "Anna Jensen",
            "--date",
            "2027-06-12",
        ],
        &[
            "adapted",
            "Sparringen holdes i teamene",
            "--reason",
            "Mødetræthed",
            "--date",
            "2027-09-30",
        ],
    ];
    let mut before = journal(dir.path());
    for args in cases {
        let r = record(dir.path(), args);
        assert_eq!(r.code, 0, "{args:?}: {}", r.snapshot());
        assert!(
            r.stderr.contains("registreret i plan.log.yaml"),
            "{}",
            r.stderr
        );
        let after = journal(dir.path());
        assert!(
            after.starts_with(&before),
            "{args:?} changed earlier bytes:\n{after}"
        );
        assert_eq!(after.lines().count(), before.lines().count() + 1, "{after}");
        before = after;
    }
    let text = journal(dir.path());
    assert!(text.starts_with(HEAD), "{text}");
    let added = &text[HEAD.len()..];
    assert_eq!(
        added,
        "  - { date: 2027-01-04, held: styregruppemoede, note: \"9 deltagere\" }\n\
         \x20 - { date: 2027-08-03, held: sparring, planned: 2027-08-02 }\n\
         \x20 - { date: 2027-02-04, cancelled: styregruppemoede, reason: Sygdom }\n\
         \x20 - { date: 2027-06-25, measured: faelles-forstaaelse, value: \"62 %\", source: Temperaturmåling }\n\
         \x20 - { date: 2027-09-27, measured: superbrugerstoette, value: 41, source: Temperaturmåling }\n\
         \x20 - { date: 2027-03-18, phase_started: klar-parat-start }\n\
         \x20 - { date: 2027-03-04, phase_completed: beslutning, note: Alt nået }\n\
         \x20 - { date: 2027-06-10, checked: forberedelse, item: 2 }\n\
         \x20 - { date: 2027-06-12, ripple: Skolerne bruger nu selv ICS-trekanten, by: Anna Jensen }\n\
         \x20 - { date: 2027-09-30, adapted: Sparringen holdes i teamene, reason: Mødetræthed }\n"
    );
    // Round trip: none of the recorded entries is a finding of `check`.
    let found = journal_findings(dir.path());
    assert!(
        found
            .iter()
            .all(|(rule, _)| rule == "occurrence-not-recorded"),
        "{found:?}"
    );
}

#[test]
fn the_date_defaults_to_the_as_of_date() {
    let dir = setup(Some(HEAD));
    let r = record(dir.path(), &["ripple", "Noget godt"]);
    assert_eq!(r.code, 0, "{}", r.snapshot());
    assert!(
        journal(dir.path()).ends_with("  - { date: 2027-11-01, ripple: Noget godt }\n"),
        "{}",
        journal(dir.path())
    );
}

#[test]
fn a_refused_entry_writes_nothing() {
    let dir = setup(Some(HEAD));
    let before = journal(dir.path());
    // An unknown activity, with "did you mean"; a date after the as-of date; a
    // checklist item the checklist does not have.
    for (args, rule) in [
        (
            &["held", "styregruppemode", "--date", "2027-01-04"][..],
            "log-unknown-reference",
        ),
        (
            &["held", "sparring", "--date", "2027-12-18"][..],
            "log-entry-in-future",
        ),
        (
            &["checked", "forberedelse", "99", "--date", "2027-06-10"][..],
            "log-unknown-reference",
        ),
    ] {
        let r = record(dir.path(), args);
        assert_eq!(r.code, 1, "{args:?}: {}", r.snapshot());
        assert!(r.stderr.contains(rule), "{args:?}: {}", r.stderr);
        assert!(
            r.stderr.contains("intet blev skrevet i plan.log.yaml"),
            "{}",
            r.stderr
        );
        assert_eq!(journal(dir.path()), before);
    }
    let r = record(
        dir.path(),
        &["held", "styregruppemode", "--date", "2027-01-04"],
    );
    assert!(
        r.stderr.contains("styregruppemoede"),
        "did you mean: {}",
        r.stderr
    );
    // The same words in English with --lang.
    let r = record(
        dir.path(),
        &[
            "held",
            "styregruppemode",
            "--date",
            "2027-01-04",
            "--lang",
            "en",
        ],
    );
    assert!(
        r.stderr.contains("nothing was written to plan.log.yaml"),
        "{}",
        r.stderr
    );
    // No temporary file left behind.
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .expect("folder")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    assert!(names.iter().all(|n| !n.ends_with(".tmp")), "{names:?}");
}

#[test]
fn warnings_are_printed_and_the_entry_written() {
    let dir = setup(Some(HEAD));
    let r = record(
        dir.path(),
        &["cancelled", "styregruppemoede", "--date", "2027-02-04"],
    );
    assert_eq!(r.code, 0, "{}", r.snapshot());
    assert!(
        r.stderr.contains("cancelled-without-reason"),
        "{}",
        r.stderr
    );
    let r = record(
        dir.path(),
        &[
            "measured",
            "faelles-forstaaelse",
            "62",
            "--date",
            "2027-06-25",
        ],
    );
    assert_eq!(r.code, 0, "{}", r.snapshot());
    assert!(
        r.stderr.contains("measurement-without-source"),
        "{}",
        r.stderr
    );
    // A configuration that denies it refuses the entry, as `check` would fail.
    write(
        &dir.path().join("tovholder.toml"),
        "[lints]\ncancelled-without-reason = \"deny\"\n",
    );
    let before = journal(dir.path());
    let r = record(
        dir.path(),
        &["cancelled", "sparring", "--date", "2027-03-18"],
    );
    assert_eq!(r.code, 1, "{}", r.snapshot());
    assert_eq!(journal(dir.path()), before);
}

#[test]
fn a_missing_journal_is_created_with_the_schema_line() {
    let dir = setup(None);
    let schema = std::fs::read_to_string(repo().join("schemas/log.schema.json")).expect("schema");
    write(&dir.path().join("schemas/log.schema.json"), &schema);
    let r = record(
        dir.path(),
        &["held", "beslutningsoplaeg", "--date", "2027-01-04"],
    );
    assert_eq!(r.code, 0, "{}", r.snapshot());
    let text = journal(dir.path());
    assert!(
        text.starts_with("# yaml-language-server: $schema=schemas/log.schema.json\n"),
        "{text}"
    );
    assert!(
        text.ends_with("kind: log\nentries:\n  - { date: 2027-01-04, held: beslutningsoplaeg }\n"),
        "{text}"
    );
    assert!(
        journal_findings(dir.path())
            .iter()
            .all(|(rule, _)| rule == "occurrence-not-recorded")
    );
}

#[test]
fn the_first_log_path_is_the_journal() {
    let dir = setup(None);
    let plan = std::fs::read_to_string(dir.path().join("plan.yaml")).expect("plan");
    let plan = plan.replace(
        "start: 2027-01-04\n",
        "start: 2027-01-04\nlog: [opfoelgning/2027.yaml, opfoelgning/2028.yaml]\n",
    );
    write(&dir.path().join("plan.yaml"), &plan);
    write(
        &dir.path().join("opfoelgning/2027.yaml"),
        "kind: log\nentries: []\n",
    );
    let r = record(
        dir.path(),
        &["held", "beslutningsoplaeg", "--date", "2027-01-04"],
    );
    assert_eq!(r.code, 0, "{}", r.snapshot());
    assert_eq!(
        std::fs::read_to_string(dir.path().join("opfoelgning/2027.yaml")).expect("journal"),
        "kind: log\nentries:\n  - { date: 2027-01-04, held: beslutningsoplaeg }\n"
    );
    assert!(!dir.path().join("plan.log.yaml").exists());
}

#[test]
fn layouts_are_kept_byte_for_byte() {
    let e = "{ date: 2027-01-04, held: beslutningsoplaeg }";
    for (before, after) in [
        // No final newline.
        (
            "kind: log\nentries:\n  - { date: 2027-01-04, held: styregruppemoede }".to_string(),
            format!("kind: log\nentries:\n  - {{ date: 2027-01-04, held: styregruppemoede }}\n  - {e}\n"),
        ),
        // `entries: []` as init writes it, with a comment after it.
        (
            "kind: log\nentries: [] # intet endnu\n".to_string(),
            format!("kind: log\nentries:  # intet endnu\n  - {e}\n"),
        ),
        // A flow list with entries.
        (
            "kind: log\nentries: [{ date: 2027-01-04, held: styregruppemoede }]\n".to_string(),
            format!("kind: log\nentries: [{{ date: 2027-01-04, held: styregruppemoede }}, {e}]\n"),
        ),
        // `entries` before `kind`, zero-indented items, a block-mapping entry, comments.
        (
            "entries:\n- date: 2027-01-04\n  held: styregruppemoede   # første\n# slut på listen\nkind: log\n".to_string(),
            format!("entries:\n- date: 2027-01-04\n  held: styregruppemoede   # første\n- {e}\n# slut på listen\nkind: log\n"),
        ),
        // CRLF line ends, four-space indentation, a BOM.
        (
            "\u{feff}kind: log\r\nentries:\r\n    - { date: 2027-01-04, held: styregruppemoede }\r\n".to_string(),
            format!("\u{feff}kind: log\r\nentries:\r\n    - {{ date: 2027-01-04, held: styregruppemoede }}\r\n    - {e}\r\n"),
        ),
        // No `entries` at all.
        (
            "kind: log\n".to_string(),
            format!("kind: log\nentries:\n  - {e}\n"),
        ),
    ] {
        let dir = setup(Some(&before));
        let r = record(dir.path(), &["held", "beslutningsoplaeg", "--date", "2027-01-04"]);
        assert_eq!(r.code, 0, "{before:?}: {}", r.snapshot());
        assert_eq!(journal(dir.path()), after, "{before:?}");
    }
}

#[test]
fn a_broken_journal_is_not_touched() {
    for text in ["kind: log\nentries: [oops\n", "kind: log\nentries: 3\n"] {
        let dir = setup(Some(text));
        let r = record(
            dir.path(),
            &["held", "beslutningsoplaeg", "--date", "2027-01-04"],
        );
        assert_eq!(r.code, 1, "{text:?}: {}", r.snapshot());
        assert!(r.stderr.contains("plan.log.yaml"), "{}", r.stderr);
        assert_eq!(journal(dir.path()), text);
    }
}

#[test]
fn hostile_text_reads_back_as_written() {
    let dir = setup(Some(HEAD));
    let hostile = [
        "say \"hi\" and 'bye'",
        "key: value, other: x",
        "#not a comment",
        "a # b",
        "first line\nsecond line\r\nthird",
        "- a list?",
        "[1, 2]",
        "{ a: 1 }",
        "*alias &anchor !tag |> @ `",
        "true",
        "null",
        "~",
        "0x1F",
        "2027-01-04",
        "æøå ÆØÅ äöü – “citat” 🙂",
        "tab\there",
        "bidi \u{202E}reversed\u{202C} and zero\u{200B}width",
        "back\\slash \\n",
        " leading and trailing ",
        "",
        "...",
        "---",
    ];
    for (i, text) in hostile.iter().enumerate() {
        let r = record(
            dir.path(),
            &["ripple", text, "--by", text, "--date", "2027-06-12"],
        );
        assert_eq!(r.code, 0, "{text:?}: {}", r.snapshot());
        let all = journal(dir.path());
        assert!(
            all.starts_with(HEAD),
            "{text:?} changed earlier lines:\n{all}"
        );
        assert_eq!(
            all.lines().count(),
            HEAD.lines().count() + i + 1,
            "{text:?} is not one line:\n{all}"
        );
    }
    // Every value reads back exactly as it was given, through the loader `check` uses.
    assert!(
        journal_findings(dir.path())
            .iter()
            .all(|(rule, _)| rule == "occurrence-not-recorded")
    );
    let mut sources = tovholder_core::SourceMap::new();
    let file = sources.add(tovholder_core::SourceFile::new(
        "plan.log.yaml".to_string(),
        journal(dir.path()),
    ));
    let loaded = tovholder_core::journal::load(&sources, file, tovholder_core::Lang::En);
    assert!(loaded.diags.is_empty(), "{:?}", loaded.diags);
    let entries = tovholder_core::model::strs(&loaded.journal.entries);
    for (i, want) in hostile.iter().enumerate() {
        let e = &entries[i + 1].value;
        assert_eq!(e.ripple.as_ref().map(|s| s.value.as_str()), Some(*want));
        assert_eq!(e.by.as_ref().map(|s| s.value.as_str()), Some(*want));
    }
}

#[test]
fn a_journal_that_leads_outside_the_repository_is_refused() {
    #[cfg(unix)]
    {
        let outside = tempfile::tempdir().expect("dir");
        write(&outside.path().join("log.yaml"), "kind: log\nentries: []\n");
        let dir = setup(None);
        std::os::unix::fs::symlink(
            outside.path().join("log.yaml"),
            dir.path().join("plan.log.yaml"),
        )
        .expect("symlink");
        let r = record(
            dir.path(),
            &["held", "beslutningsoplaeg", "--date", "2027-01-04"],
        );
        assert_eq!(r.code, 2, "{}", r.snapshot());
        assert_eq!(
            std::fs::read_to_string(outside.path().join("log.yaml")).expect("log"),
            "kind: log\nentries: []\n"
        );
        // A symlink inside the repository is followed, and stays a symlink.
        let dir = setup(None);
        write(
            &dir.path().join("logs/real.yaml"),
            "kind: log\nentries: []\n",
        );
        std::os::unix::fs::symlink("logs/real.yaml", dir.path().join("plan.log.yaml"))
            .expect("symlink");
        let r = record(
            dir.path(),
            &["held", "beslutningsoplaeg", "--date", "2027-01-04"],
        );
        assert_eq!(r.code, 0, "{}", r.snapshot());
        assert!(
            std::fs::symlink_metadata(dir.path().join("plan.log.yaml"))
                .expect("link")
                .file_type()
                .is_symlink()
        );
        assert!(
            std::fs::read_to_string(dir.path().join("logs/real.yaml"))
                .expect("real")
                .contains("held: beslutningsoplaeg")
        );
    }
}

#[test]
fn the_bundled_example_journal_checks_clean() {
    let r = run(
        &repo(),
        &[
            "check",
            "examples/ics-eksempel-kommune.yaml",
            "--as-of",
            "2027-11-01",
            "--format",
            "concise",
        ],
    );
    assert_eq!(r.code, 0, "{}", r.snapshot());
    assert!(r.stdout.contains("0 advarsler"), "{}", r.stdout);
}
