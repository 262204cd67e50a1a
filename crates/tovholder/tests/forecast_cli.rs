//! The forecast through the real binary (`tovholder compile PLAN --as-of D`): a phase
//! completed late moves the next phase and its future occurrences, the past stays
//! where it was planned, an overrun phase pushes what depends on it to the as-of
//! date, and a plan with no journal compiles as before (no follow-up fields).

mod common;

use common::{run, workspace, write};
use serde_json::Value;

/// Two phases: *Forberedelse* (2 months from Monday 4 January 2027, so it ends 4 March)
/// and *I gang* after it (6 months); a one-off kickoff in the first, a monthly learning
/// meeting in the second. Planned meetings: 4 March, 5 April (4 April is a Sunday),
/// 4 May, 4 June, 5 July, 4 August; the calendar ends 3 September 2027.
const PLAN: &str = "\
kind: plan
id: prognose
title: Prognose
language: da
start: 2027-01-04
roles:
  koordinator:
    name: Koordinator
    owner: Anna Jensen
phases:
  forberedelse:
    name: Forberedelse
    duration: 2 måneder
    exit_criteria: [Klar]
  i-gang:
    name: I gang
    after: [forberedelse]
    duration: 6 måneder
    exit_criteria: [Forankret]
activities:
  kickoff:
    name: Kickoff
    phase: forberedelse
    responsible: koordinator
  laeringsmoede:
    name: Læringsmøde
    phase: i-gang
    every: 1 måned
    responsible: koordinator
";

fn setup(journal: Option<&str>) -> tempfile::TempDir {
    let dir = workspace("");
    write(&dir.path().join("tovholder.toml"), "");
    write(&dir.path().join("plan.yaml"), PLAN);
    if let Some(j) = journal {
        write(&dir.path().join("plan.log.yaml"), j);
    }
    dir
}

fn compile(dir: &tempfile::TempDir, as_of: &str) -> (String, Value) {
    let r = run(dir.path(), &["compile", "plan.yaml", "--as-of", as_of]);
    assert_eq!(r.code, 0, "{}", r.snapshot());
    let v = serde_json::from_str(&r.stdout).expect("json");
    (r.stdout, v)
}

fn phase<'a>(v: &'a Value, id: &str) -> &'a Value {
    v["phases"]
        .as_array()
        .and_then(|p| p.iter().find(|p| p["id"] == id))
        .expect("phase")
}

fn occurrences<'a>(v: &'a Value, id: &str) -> &'a Vec<Value> {
    v["activities"]
        .as_array()
        .and_then(|a| a.iter().find(|a| a["id"] == id))
        .and_then(|a| a["occurrences"].as_array())
        .expect("occurrences")
}

/// `(date, planned, forecast, actual status)` of every occurrence.
fn table(v: &Value, id: &str) -> Vec<(String, String, String, String)> {
    let s = |x: &Value| x.as_str().unwrap_or("-").to_string();
    occurrences(v, id)
        .iter()
        .map(|o| {
            let f = &o["follow_up"];
            (
                s(&o["date"]),
                s(&f["planned"]),
                s(&f["forecast"]),
                s(&f["actual"]["status"]),
            )
        })
        .collect()
}

fn row(
    date: &str,
    planned: &str,
    forecast: &str,
    status: &str,
) -> (String, String, String, String) {
    (date.into(), planned.into(), forecast.into(), status.into())
}

#[test]
fn a_phase_completed_a_month_late_moves_the_next_phase_and_its_future_occurrences() {
    let dir = setup(Some(
        "kind: log
entries:
  - { date: 2027-01-04, held: kickoff, note: 12 deltagere }
  - { date: 2027-03-04, held: laeringsmoede, note: 9 deltagere }
  - { date: 2027-04-04, phase_completed: forberedelse, note: En måned forsinket }
  - { date: 2027-05-04, cancelled: laeringsmoede, reason: Sygdom }
",
    ));
    let (_, v) = compile(&dir, "2027-05-10");
    assert_eq!(v["as_of"], "2027-05-10");
    let done = &phase(&v, "forberedelse")["follow_up"];
    // 4 April was its last day: it ends (exclusive) 5 April, where I gang starts.
    assert_eq!(done["actual"]["completed"]["date"], "2027-04-04");
    assert_eq!(done["actual"]["completed"]["note"], "En måned forsinket");
    assert_eq!(done["actual"]["started"], Value::Null);
    assert_eq!(done["forecast"]["end"]["nominal"], "2027-04-05");
    let next = &phase(&v, "i-gang");
    // The planned windows are still the phase's `start`/`end` and `planned`.
    assert_eq!(next["start"]["nominal"], "2027-03-04");
    assert_eq!(
        next["follow_up"]["planned"]["start"]["nominal"],
        "2027-03-04"
    );
    for w in ["earliest", "nominal", "latest"] {
        assert_eq!(
            next["follow_up"]["forecast"]["start"][w], "2027-04-05",
            "{w}"
        );
    }
    assert_eq!(
        next["follow_up"]["forecast"]["end"]["nominal"],
        "2027-10-05"
    );
    // The past stays where it was planned, with what happened; the rest moves a month
    // (5 June is a Saturday: 7 June). 6 September would be after the calendar.
    assert_eq!(
        table(&v, "laeringsmoede"),
        vec![
            row("2027-03-04", "2027-03-04", "2027-03-04", "held"),
            row("2027-04-05", "2027-04-05", "2027-04-05", "not_recorded"),
            row("2027-05-04", "2027-05-04", "2027-05-04", "cancelled"),
            row("2027-06-07", "2027-06-04", "2027-06-07", "-"),
            row("2027-07-05", "2027-07-05", "2027-07-05", "-"),
            row("2027-08-05", "2027-08-04", "2027-08-05", "-"),
        ]
    );
    let occ = occurrences(&v, "laeringsmoede");
    assert_eq!(occ[0]["follow_up"]["actual"]["note"], "9 deltagere");
    assert_eq!(occ[0]["follow_up"]["actual"]["date"], "2027-03-04");
    assert_eq!(occ[2]["follow_up"]["actual"]["reason"], "Sygdom");
    assert_eq!(occ[1]["follow_up"]["actual"]["date"], Value::Null);
    // The indices (calendar UIDs) are the plan's.
    let idx: Vec<u64> = occ.iter().filter_map(|o| o["index"].as_u64()).collect();
    assert_eq!(idx, vec![0, 1, 2, 3, 4, 5]);
    assert_eq!(
        table(&v, "kickoff"),
        vec![row("2027-01-04", "2027-01-04", "2027-01-04", "held")]
    );
}

#[test]
fn an_overrun_phase_pushes_what_depends_on_it_past_the_as_of_date() {
    // Forberedelse should have ended 4 March; as of 10 May the journal does not say it
    // is done: it is forecast to run at least through 10 May (its exclusive end is
    // 11 May), and I gang to start no earlier than 11 May.
    let dir = setup(Some(
        "kind: log\nentries:\n  - { date: 2027-01-04, held: kickoff }\n",
    ));
    let (_, v) = compile(&dir, "2027-05-10");
    let prep = &phase(&v, "forberedelse")["follow_up"];
    assert_eq!(prep["forecast"]["end"]["nominal"], "2027-05-11");
    assert_eq!(prep["forecast"]["start"]["nominal"], "2027-01-04");
    let next = &phase(&v, "i-gang")["follow_up"];
    for w in ["earliest", "nominal", "latest"] {
        assert_eq!(next["forecast"]["start"][w], "2027-05-11", "{w}");
    }
    assert_eq!(next["forecast"]["end"]["nominal"], "2027-11-11");
    // The past planned meetings stay (not recorded); the future follows the new start
    // (11 July is a Sunday: 12 July), one more than planned fits before the calendar
    // ends, and nothing is forecast before the as-of date.
    assert_eq!(
        table(&v, "laeringsmoede"),
        vec![
            row("2027-03-04", "2027-03-04", "2027-03-04", "not_recorded"),
            row("2027-04-05", "2027-04-05", "2027-04-05", "not_recorded"),
            row("2027-05-04", "2027-05-04", "2027-05-04", "not_recorded"),
            row("2027-05-11", "2027-06-04", "2027-05-11", "-"),
            row("2027-06-11", "2027-07-05", "2027-06-11", "-"),
            row("2027-07-12", "2027-08-04", "2027-07-12", "-"),
            row("2027-08-11", "-", "2027-08-11", "-"),
        ]
    );
    let extra = &occurrences(&v, "laeringsmoede")[6];
    assert_eq!(extra["index"], 6);
    assert_eq!(extra["follow_up"]["planned"], Value::Null);
    assert_eq!(extra["phase"], "i-gang");
}

#[test]
fn a_recorded_start_anchors_the_phase_and_completion_early_moves_the_next_earlier() {
    let dir = setup(Some(
        "kind: log
entries:
  - { date: 2027-01-18, phase_started: forberedelse }
  - { date: 2027-02-14, phase_completed: forberedelse }
",
    ));
    let (_, v) = compile(&dir, "2027-02-20");
    let prep = &phase(&v, "forberedelse")["follow_up"];
    assert_eq!(prep["actual"]["started"]["date"], "2027-01-18");
    assert_eq!(prep["forecast"]["start"]["nominal"], "2027-01-18");
    // 14 February was its last day.
    assert_eq!(prep["actual"]["completed"]["date"], "2027-02-14");
    assert_eq!(prep["forecast"]["end"]["nominal"], "2027-02-15");
    let next = &phase(&v, "i-gang")["follow_up"];
    assert_eq!(next["forecast"]["start"]["nominal"], "2027-02-15");
    // I gang now starts 15 February and ends 15 August: the series comes from there
    // (15 May is a Saturday and 17 May whit Monday: 18 May). 15 February itself is in
    // the past of the as-of date and is not forecast; the last planned meeting has no
    // room in the shorter forecast and keeps its planned date with no forecast.
    assert_eq!(
        table(&v, "laeringsmoede"),
        vec![
            row("2027-03-15", "2027-03-04", "2027-03-15", "-"),
            row("2027-04-15", "2027-04-05", "2027-04-15", "-"),
            row("2027-05-18", "2027-05-04", "2027-05-18", "-"),
            row("2027-06-15", "2027-06-04", "2027-06-15", "-"),
            row("2027-07-15", "2027-07-05", "2027-07-15", "-"),
            row("2027-08-04", "2027-08-04", "-", "-"),
        ]
    );
}

#[test]
fn a_plan_without_a_journal_has_no_follow_up() {
    let dir = setup(None);
    let (text, v) = compile(&dir, "2027-05-10");
    assert!(!text.contains("follow_up"), "{text}");
    assert!(!text.contains("as_of"), "{text}");
    // The same bytes as of any day.
    let (later, _) = compile(&dir, "2029-01-01");
    assert_eq!(text, later);
    assert_eq!(occurrences(&v, "laeringsmoede")[3]["date"], "2027-06-04");
}

#[test]
fn the_follow_up_output_is_deterministic_and_valid_against_the_schema() {
    let dir = setup(Some(
        "kind: log\nentries:\n  - { date: 2027-04-04, phase_completed: forberedelse }\n",
    ));
    let (a, v) = compile(&dir, "2027-05-10");
    let (b, _) = compile(&dir, "2027-05-10");
    assert_eq!(a, b);
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("../../schemas/compiled.schema.json"),
        )
        .expect("schema"),
    )
    .expect("schema json");
    let defs = &schema["$defs"];
    for key in [
        "PhaseFollowUp",
        "OccurrenceFollowUp",
        "OccurrenceActual",
        "PhaseActual",
    ] {
        assert!(defs.get(key).is_some(), "{key} in the schema");
    }
    assert!(schema["properties"].get("as_of").is_some());
    assert!(v["phases"][0]["follow_up"]["forecast"]["end"]["latest"].is_string());
}

#[path = "../../tovholder-render/tests/validate/mod.rs"]
mod validate;

/// The compiled plan with a journal validates against the committed JSON Schema.
#[test]
fn the_follow_up_validates_against_the_compiled_schema() {
    let dir = setup(Some(JOURNAL));
    let (_, v) = compile(&dir, "2027-05-10");
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../schemas/compiled.schema.json");
    let schema: Value =
        serde_json::from_str(&std::fs::read_to_string(path).expect("schema")).expect("json");
    let validator = jsonschema::validator_for(&schema).expect("the schema compiles");
    let errors: Vec<String> = validator
        .iter_errors(&v)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{}", errors.join("\n"));
}

/// A journal with one of everything the documents show: a held kickoff (with a
/// note), a held, a cancelled (with a reason) and an unrecorded meeting, and the
/// first phase completed a month late.
const JOURNAL: &str = "kind: log
entries:
  - { date: 2027-01-04, held: kickoff, note: 12 deltagere }
  - { date: 2027-03-04, held: laeringsmoede, note: 9 deltagere }
  - { date: 2027-04-04, phase_completed: forberedelse, note: En måned forsinket }
  - { date: 2027-05-04, cancelled: laeringsmoede, reason: Sygdom }
";

/// Render the plan (with `lang` as its language) as of `as_of`; the files by path.
fn render(
    journal: Option<&str>,
    lang: &str,
    as_of: &str,
) -> std::collections::BTreeMap<String, String> {
    let dir = setup(journal);
    let plan = PLAN.replace("language: da", &format!("language: {lang}"));
    write(&dir.path().join("plan.yaml"), &plan);
    let r = run(dir.path(), &["render", "plan.yaml", "--as-of", as_of]);
    assert_eq!(r.code, 0, "{}", r.snapshot());
    let out = dir.path().join("out/prognose");
    let mut files = std::collections::BTreeMap::new();
    let mut stack = vec![out.clone()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).expect("out") {
            let p = e.expect("entry").path();
            if p.is_dir() {
                stack.push(p);
            } else if let Ok(text) = std::fs::read_to_string(&p) {
                let rel = p.strip_prefix(&out).expect("inside").display().to_string();
                files.insert(rel.replace('\\', "/"), text);
            }
        }
    }
    files
}

fn file<'a>(files: &'a std::collections::BTreeMap<String, String>, name: &str) -> &'a str {
    files
        .get(name)
        .unwrap_or_else(|| panic!("{name} not rendered: {:?}", files.keys()))
}

/// The lines of `text` that mention `needle`.
fn lines_with(text: &str, needle: &str) -> String {
    text.lines()
        .filter(|l| l.contains(needle))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn the_documents_show_the_follow_up_in_danish() {
    let files = render(Some(JOURNAL), "da", "2027-05-10");
    let md = file(&files, "aktivitetsplan.md");
    insta::assert_snapshot!(
        "aktivitetsplan_md_da",
        format!(
            "{}\n{}\n{}",
            lines_with(md, "Status pr."),
            lines_with(md, "**Datoer:**"),
            lines_with(md, "Afholdt")
        )
    );
    let html = file(&files, "aktivitetsplan.html");
    assert!(
        html.contains(r#"<span class="status held" title="afholdt">✓</span>"#),
        "{html}"
    );
    assert!(html.contains(r#"<span class="status cancelled" title="aflyst">✗ Sygdom</span>"#));
    assert!(
        html.contains(r#"<span class="status not_recorded" title="ikke registreret">?</span>"#)
    );
    assert!(
        html.contains("✓ Afholdt (12 deltagere)"),
        "the kickoff's status"
    );
    let role = file(&files, "roller/koordinator.md");
    insta::assert_snapshot!(
        "rolle_md_da",
        format!(
            "{}\n{}",
            lines_with(role, "indtil nu"),
            lines_with(role, "Læringsmøde")
        )
    );
    assert!(
        file(&files, "roller/koordinator.html").contains("Afholdt indtil nu: 2 af 4 planlagte")
    );
    // The year wheel: badges on the held and cancelled marks, a legend entry, valid XML.
    let svg = file(&files, "aarshjul-2027.svg");
    validate::check_xml("aarshjul-2027.svg", svg).expect("xml");
    assert_eq!(
        svg.matches(r#"class="status held""#).count(),
        2,
        "kickoff and one meeting"
    );
    assert_eq!(svg.matches(r#"class="status cancelled""#).count(), 1);
    assert!(svg.contains(">Afholdt</text>") && svg.contains(">Aflyst</text>"));
    assert!(
        svg.contains("4. maj 2027: Læringsmøde"),
        "{}",
        lines_with(svg, "maj 2027")
    );
    // The calendars: valid, the cancelled meeting cancelled, the rest at the forecast.
    let ics = file(&files, "kalender.ics");
    validate::check_ics("kalender.ics", ics).expect("ics");
    let events: Vec<&str> = ics.split("BEGIN:VEVENT").skip(1).collect();
    let of = |uid: &str| {
        events
            .iter()
            .find(|e| e.contains(&format!("UID:prognose-laeringsmoede-{uid}@tovholder")))
            .copied()
            .unwrap_or_else(|| panic!("event {uid}"))
    };
    assert!(of("2").contains("STATUS:CANCELLED"), "{}", of("2"));
    assert!(of("2").contains("SEQUENCE:1"));
    assert!(of("0").contains("STATUS:CONFIRMED") && of("0").contains("SEQUENCE:0"));
    assert!(
        of("3").contains("DTSTART;TZID=Europe/Copenhagen:20270607T090000"),
        "{}",
        of("3")
    );
    assert!(of("3").contains("SEQUENCE:1"), "moved by the forecast");
    assert!(
        of("4").contains("SEQUENCE:0"),
        "5 July: planned and forecast alike"
    );
    assert_eq!(events.len(), 7, "kickoff and six meetings");
    let role_ics = file(&files, "kalender-koordinator.ics");
    assert_eq!(role_ics.matches("STATUS:CANCELLED").count(), 1);
}

#[test]
fn the_follow_up_words_are_english_and_swedish_too() {
    let en = render(Some(JOURNAL), "en", "2027-05-10");
    let md = file(&en, "aktivitetsplan.md");
    assert!(
        md.contains("Status as of 10 May 2027: ✓ held · ✗ cancelled · ? not recorded"),
        "{}",
        lines_with(md, "Status")
    );
    assert!(file(&en, "roller/koordinator.md").contains("Held so far: 2 of 4 planned"));
    assert!(file(&en, "aarshjul-2027.svg").contains(">Cancelled</text>"));
    let sv = render(Some(JOURNAL), "sv", "2027-05-10");
    let md = file(&sv, "aktivitetsplan.md");
    assert!(
        md.contains("Läget per 10 maj 2027: ✓ genomförd · ✗ inställd · ? inte registrerad"),
        "{}",
        lines_with(md, "Läget")
    );
    assert!(file(&sv, "roller/koordinator.md").contains("Genomfört hittills: 2 av 4 planerade"));
    assert!(file(&sv, "aarshjul-2027.svg").contains(">Inställd</text>"));
}

#[test]
fn documents_of_a_plan_without_a_journal_do_not_depend_on_the_as_of_date() {
    let a = render(None, "da", "2027-05-10");
    let b = render(None, "da", "2030-01-01");
    assert_eq!(a, b);
    for (name, text) in &a {
        assert!(!text.contains("STATUS:CANCELLED"), "{name}");
        assert!(!text.contains("class=\"status"), "{name}");
        assert!(!text.contains("Status pr."), "{name}");
    }
}
