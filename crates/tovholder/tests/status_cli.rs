//! `tovholder status` and the statusrapport through the real binary, as of a pinned
//! day: three formats and three languages on a plan with a journal, a plan without
//! one, the exit codes, the statusrapport's HTML and Markdown (reviewed snapshots),
//! each goal chart parsed as XML, and the XLSX "Status" sheet read back.

mod common;
#[path = "../../tovholder-render/tests/validate/mod.rs"]
mod validate;

use common::{Xlsx, run, workspace, write};
use std::collections::BTreeMap;
use std::path::Path;

/// The ICS plan of a family team: preparation, then a year of learning meetings every
/// two months; one numeric goal, one qualitative; a checklist.
const PLAN: &str = r#"id: ics-familieteamet
title: Implementering af ICS i Familieteamet
organisation: Familieteamet, Eksempel Kommune
language: da
start: 2027-01-04

calendar:
  holidays: dk

roles:
  leder:
    name: Afdelingsleder
    owner: Henrik Dahl

phases:
  forberedelse:
    name: Forberedelse
    duration: 2 måneder
    owner: leder
    exit_criteria: [Alle i teamet kender ICS-trekanten]
  i-gang:
    name: I gang
    after: forberedelse
    duration: 1 år
    owner: leder
    exit_criteria: [ICS anvendes i alle nye undersøgelser]

activities:
  opstart:
    name: Opstartsmøde
    phase: forberedelse
    at: 1 uge
    length: 3 timer
    responsible: leder
    contributes_to: [borgerinddragelse]
  laeringsmoede:
    name: Teammøde med fokus på læring
    phase: i-gang
    every: 2 måneder
    length: 2 timer
    responsible: leder
    contributes_to: [borgerinddragelse, tryghed]

goals:
  borgerinddragelse:
    statement: Borgerens perspektiv fremgår af alle nye undersøgelser
    kind: kvantitativ
    indicator: Andel undersøgelser med borgerens egne ord
    baseline: { value: 30 %, date: 2026-12-01, source: Sagsaudit 2026 }
    target: { value: 60 %, by: 2028-03-01 }
    owner: leder
    phase: i-gang
  tryghed:
    statement: Medarbejderne oplever ICS som en hjælp i hverdagen
    kind: kvalitativ
    indicator: Gruppeinterview
    baseline: { value: Usikre, date: 2026-12-01, source: Gruppeinterview 2026 }
    target: { value: Trygge, by: 2028-03-01 }
    owner: leder
    phase: i-gang

checklists:
  forberedelse-tjek:
    name: Klar til start
    phase: forberedelse
    owner: leder
    items:
      - Er teamet informeret om ICS?
      - Er læringsmøderne booket i kalenderen?
"#;

const JOURNAL: &str = r#"# yaml-language-server: $schema=../schemas/log.schema.json
kind: log
entries:
  - { date: 2027-01-11, held: opstart, note: Hele teamet deltog }
  - { date: 2027-03-22, phase_completed: forberedelse, note: Tre uger forsinket }
  - { date: 2027-03-23, phase_started: i-gang }
  - { date: 2027-03-24, held: laeringsmoede, note: 9 deltagere }
  - { date: 2027-04-01, measured: borgerinddragelse, value: 36 %, source: Sagsaudit 1. kvartal }
  - { date: 2027-05-25, held: laeringsmoede }
  - { date: 2027-06-10, checked: forberedelse-tjek, item: 1 }
  - { date: 2027-06-12, ripple: Skolerne bruger nu selv ICS-trekanten, by: Anna Jensen }
  - { date: 2027-07-20, cancelled: laeringsmoede, reason: Sommerferie }
  - { date: 2027-08-01, adapted: Læringsmøderne flyttes ind i teammøderne, reason: Mødetræthed }
  - { date: 2027-08-16, measured: borgerinddragelse, value: 38 %, source: Sagsaudit 2. kvartal }
"#;

const AS_OF: &str = "2027-10-15";

fn setup(journal: bool) -> tempfile::TempDir {
    let dir = workspace("");
    write(&dir.path().join("tovholder.toml"), "");
    write(&dir.path().join("plan.yaml"), PLAN);
    if journal {
        write(&dir.path().join("plan.log.yaml"), JOURNAL);
    }
    dir
}

fn status(dir: &Path, extra: &[&str]) -> common::Run {
    let mut args = vec!["status", "plan.yaml", "--as-of", AS_OF];
    args.extend_from_slice(extra);
    run(dir, &args)
}

#[test]
fn status_in_the_terminal_in_three_languages() {
    let dir = setup(true);
    for lang in ["da", "en", "sv"] {
        let r = status(dir.path(), &["--lang", lang]);
        assert_eq!(r.code, 0, "{}", r.snapshot());
        assert_eq!(r.stderr, "", "{lang}");
        insta::assert_snapshot!(format!("status_human_{lang}"), r.stdout);
    }
    // Without --lang: the plan's language.
    let r = status(dir.path(), &[]);
    assert!(r.stdout.starts_with("Statusrapport – "), "{}", r.stdout);
}

#[test]
fn status_as_json_is_the_data() {
    let dir = setup(true);
    let r = status(dir.path(), &["--format", "json"]);
    assert_eq!(r.code, 0, "{}", r.snapshot());
    let v: serde_json::Value = serde_json::from_str(&r.stdout).expect("json");
    assert_eq!(v["as_of"], AS_OF);
    assert_eq!(v["has_journal"], true);
    let phases = v["phases"].as_array().expect("phases");
    assert_eq!(phases[0]["state"], "completed");
    assert_eq!(phases[0]["completed"], "2027-03-22");
    assert_eq!(phases[1]["state"], "current");
    assert_eq!(phases[1]["started"], "2027-03-23");
    let meetings = &v["activities"][1];
    assert_eq!(meetings["id"], "laeringsmoede");
    assert_eq!(meetings["held"], 2);
    assert_eq!(meetings["cancelled"], 1);
    assert_eq!(meetings["not_recorded"], 1, "{meetings}");
    assert_eq!(meetings["cancellations"][0]["reason"], "Sommerferie");
    let goal = &v["goals"][0];
    assert_eq!(goal["verdict"], "behind", "{goal}");
    assert_eq!(goal["rule"], "goal-off-track");
    assert_eq!(goal["measurements"].as_array().map(Vec::len), Some(2));
    assert_eq!(goal["chart"]["baseline"][1], 30.0);
    assert_eq!(v["goals"][1]["verdict"], "not_measured");
    assert!(v["goals"][1]["chart"].is_null());
    let open = v["open_items"].as_array().expect("open items");
    assert_eq!(open.len(), 1);
    assert_eq!(open[0]["number"], 2);
    assert_eq!(v["ripples"][0]["by"], "Anna Jensen");
    assert_eq!(v["adaptations"][0]["reason"], "Mødetræthed");
    let rules: Vec<&str> = v["overdue"]
        .as_array()
        .expect("overdue")
        .iter()
        .filter_map(|o| o["rule"].as_str())
        .collect();
    assert!(rules.contains(&"occurrence-not-recorded"), "{rules:?}");
    assert!(rules.contains(&"goal-off-track"), "{rules:?}");
    for u in v["upcoming"].as_array().expect("upcoming") {
        let d = u["date"].as_str().expect("date");
        assert!(("2027-10-16"..="2027-12-14").contains(&d), "{d}");
    }
}

#[test]
fn status_as_markdown_in_three_languages() {
    let dir = setup(true);
    for lang in ["da", "en", "sv"] {
        let r = status(dir.path(), &["--format", "markdown", "--lang", lang]);
        assert_eq!(r.code, 0, "{}", r.snapshot());
        // On stdout there is no chart file to link.
        assert!(!r.stdout.contains(".svg"), "{}", r.stdout);
        insta::assert_snapshot!(format!("status_markdown_{lang}"), r.stdout);
    }
}

#[test]
fn a_plan_without_a_journal_has_a_status_with_nothing_recorded() {
    let dir = setup(false);
    let r = status(dir.path(), &["--format", "json"]);
    assert_eq!(r.code, 0, "{}", r.snapshot());
    let v: serde_json::Value = serde_json::from_str(&r.stdout).expect("json");
    assert_eq!(v["has_journal"], false);
    let meetings = &v["activities"][1];
    assert_eq!(meetings["held"], 0);
    assert!(meetings["due"].as_u64().unwrap_or(0) > 0);
    assert_eq!(meetings["not_recorded"], meetings["due"]);
    let r = status(dir.path(), &["--lang", "en"]);
    assert!(
        r.stdout.contains("The plan has no journal yet"),
        "{}",
        r.stdout
    );
}

#[test]
fn a_plan_with_errors_has_no_status_and_exits_as_check_does() {
    let dir = setup(true);
    let broken = PLAN.replace(
        "responsible: leder\n    contributes_to: [borgerinddragelse]\n",
        "responsible: lederr\n    contributes_to: [borgerinddragelse]\n",
    );
    write(&dir.path().join("plan.yaml"), &broken);
    let r = status(dir.path(), &[]);
    let c = run(dir.path(), &["check", "plan.yaml", "--as-of", AS_OF]);
    assert_eq!(r.code, 1, "{}", r.snapshot());
    assert_eq!(r.code, c.code);
    assert_eq!(r.stdout, "");
    assert!(r.stderr.contains("unknown-reference"), "{}", r.stderr);
    assert!(r.stderr.contains("ingen status"), "{}", r.stderr);
    // A bad as-of date or a missing plan: usage errors.
    let r = run(
        dir.path(),
        &["status", "plan.yaml", "--as-of", "2027-13-01"],
    );
    assert_eq!(r.code, 2);
    let r = run(dir.path(), &["status", "missing.yaml", "--as-of", AS_OF]);
    assert_eq!(r.code, 2);
}

/// Every file of a rendered folder, by relative path.
fn rendered(dir: &Path, args: &[&str]) -> BTreeMap<String, Vec<u8>> {
    let mut all = vec!["render", "plan.yaml", "--as-of", AS_OF, "--out", "out"];
    all.extend_from_slice(args);
    let r = run(dir, &all);
    assert_eq!(r.code, 0, "{}", r.snapshot());
    let mut files = BTreeMap::new();
    for e in std::fs::read_dir(dir.join("out")).expect("out") {
        let e = e.expect("entry");
        if e.file_type().expect("type").is_file() {
            let name = e.file_name().to_string_lossy().into_owned();
            if !name.starts_with('.') {
                files.insert(name, std::fs::read(e.path()).expect("read"));
            }
        }
    }
    files
}

fn text(files: &BTreeMap<String, Vec<u8>>, name: &str) -> String {
    String::from_utf8(files.get(name).unwrap_or_else(|| panic!("{name}")).clone()).expect("utf-8")
}

#[test]
fn the_statusrapport_is_rendered_for_a_plan_with_a_journal() {
    let dir = setup(true);
    let files = rendered(dir.path(), &[]);
    for name in [
        "statusrapport.html",
        "statusrapport.md",
        "statusrapport.xlsx",
        "statusrapport-borgerinddragelse.svg",
        "aktivitetsplan.html",
    ] {
        assert!(files.contains_key(name), "{name}: {:?}", files.keys());
    }
    // Only a goal with numbers on a line has a chart.
    assert!(!files.contains_key("statusrapport-tryghed.svg"));
    for (name, bytes) in &files {
        validate::check_file(name, bytes).unwrap_or_else(|e| panic!("{e}"));
    }
    insta::assert_snapshot!("statusrapport_html_da", text(&files, "statusrapport.html"));
    insta::assert_snapshot!("statusrapport_md_da", text(&files, "statusrapport.md"));
}

#[test]
fn each_goal_chart_is_svg_with_the_line_the_points_and_the_as_of_date() {
    let dir = setup(true);
    let files = rendered(dir.path(), &["--only", "statusrapport"]);
    let svg = text(&files, "statusrapport-borgerinddragelse.svg");
    let doc = roxmltree::Document::parse(&svg).expect("SVG is XML");
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "svg");
    assert_eq!(
        root.tag_name().namespace(),
        Some("http://www.w3.org/2000/svg")
    );
    let class = |c: &str| {
        doc.descendants()
            .filter(|n| n.attribute("class") == Some(c))
            .count()
    };
    assert_eq!(class("target-line"), 1);
    assert_eq!(class("as-of"), 1);
    assert_eq!(class("baseline"), 1);
    assert_eq!(class("target"), 1);
    assert_eq!(class("measurement"), 2);
    // The same chart is inline in the HTML, and there it parses as XML too.
    let html = text(&files, "statusrapport.html");
    let start = html.find("<svg").expect("inline svg");
    let end = html.find("</svg>").expect("end of svg") + "</svg>".len();
    roxmltree::Document::parse(&html[start..end]).expect("inline SVG is XML");
    // `--only statusrapport` renders nothing else.
    assert!(
        files.keys().all(|k| k.starts_with("statusrapport")),
        "{:?}",
        files.keys()
    );
}

#[test]
fn a_plan_without_a_journal_gets_a_statusrapport_only_when_asked() {
    let dir = setup(false);
    let files = rendered(dir.path(), &[]);
    assert!(
        !files.keys().any(|k| k.starts_with("statusrapport")),
        "{:?}",
        files.keys()
    );
    let files = rendered(dir.path(), &["--only", "statusrapport"]);
    let md = text(&files, "statusrapport.md");
    assert!(md.contains("Planen har endnu ingen logbog"), "{md}");
}

#[test]
fn the_statusrapport_in_swedish_and_english() {
    let dir = setup(true);
    for (lang, title) in [("sv", "Lägesrapport"), ("en", "Status report")] {
        let files = rendered(dir.path(), &["--only", "statusrapport", "--lang", lang]);
        let md = text(&files, "statusrapport.md");
        assert!(md.starts_with(&format!("# {title}: ")), "{md}");
        insta::assert_snapshot!(format!("statusrapport_md_{lang}"), md);
    }
}

#[test]
fn the_status_sheet_reads_back() {
    let dir = setup(true);
    let files = rendered(dir.path(), &["--only", "statusrapport"]);
    let xlsx = Xlsx::read(files.get("statusrapport.xlsx").expect("xlsx"));
    assert_eq!(xlsx.sheets, vec!["Status".to_string()]);
    let cell = |r: &str| xlsx.cell(r);
    assert_eq!(cell("A1"), "Område");
    assert_eq!(cell("B1"), "Hvad");
    // Phases first: Forberedelse completed, I gang in progress.
    assert_eq!(cell("A2"), "Fase");
    assert_eq!(cell("B2"), "Forberedelse");
    assert_eq!(cell("L2"), "afsluttet");
    assert_eq!(cell("B3"), "I gang");
    assert_eq!(cell("L3"), "i gang");
    // Then the activities with their counts as numbers: due, held, cancelled, not recorded.
    assert_eq!(cell("B5"), "Teammøde med fokus på læring");
    assert_eq!(
        (cell("H5"), cell("I5"), cell("J5"), cell("K5")),
        ("4".into(), "2".into(), "1".into(), "1".into())
    );
    // Then the goals with their verdicts.
    assert_eq!(cell("A6"), "Mål");
    assert_eq!(cell("L6"), "bagud");
    assert_eq!(cell("M6"), "30 % → 38 % → 60 %");
    assert_eq!(cell("L7"), "ikke målt");
    // The open checklist item, the ripple effect and the adaptation.
    assert!(
        cell("B8").contains("Er læringsmøderne booket"),
        "{:?}",
        xlsx.cells
    );
    assert_eq!(cell("A9"), "Ringe i vandet");
    assert_eq!(cell("M9"), "Anna Jensen");
    assert_eq!(cell("A10"), "Tilpasninger");
    assert_eq!(cell("M10"), "Mødetræthed");
}
