//! Big files have their sections' entities built on a second thread while the parser
//! reads on (`load`). Both ways must give the same plan and the same findings, in the
//! same order — including everything that is reported per entry: duplicate ids
//! (across batches, and of entries that did not become entities), invalid ids,
//! non-text keys, wrong types, unknown keys, and a syntax error half-way.

use tovholder_core::load::{self, Loaded};
use tovholder_core::{FileId, Lang, SourceFile, SourceMap};

fn plan(n: usize) -> String {
    let mut t = String::from(
        "id: traade\ntitle: Tråde\nlanguage: da\nstart: 2027-01-04\nroles:\n  tovholder: { owner: Anna }\n",
    );
    t.push_str("phases:\n  start: { duration: 2 months, exit_criteria: [klar] }\n");
    t.push_str("  start: { duration: 1 month }\n"); // duplicate in a small section
    t.push_str("activities:\n");
    for i in 0..n {
        match i {
            10 => t.push_str("  møde-10: { name: Første, phase: start }\n"),
            500 => t.push_str("  møde-10: { name: Igen, phase: start }\n"), // duplicate, another batch
            77 => t.push_str("  Ugyldigt_Id: { phase: start }\n"),
            130 => t.push_str("  123: { phase: start }\n"),
            200 => t.push_str("  forkert: 5\n"), // not a mapping: no entity
            700 => t.push_str("  forkert: { phase: start }\n"), // its id again
            300 => t.push_str("  tomt:\n"),
            400 => t.push_str("  stavefejl: { phase: start, responsibel: tovholder }\n"),
            _ => t.push_str(&format!(
                "  møde-{i}: {{ name: Møde {i}, phase: start, at: {} weeks, length: 1 hour, responsible: tovholder }}\n",
                i % 8
            )),
        }
    }
    t.push_str("goals:\n  maal: { statement: Bedre, owner: tovholder }\n");
    t
}

fn load_with(text: &str, thread: bool) -> (Loaded, SourceMap) {
    let mut sources = SourceMap::new();
    let file = sources.add(SourceFile::new("plan.yaml", text.to_string()));
    assert_eq!(file, FileId(0));
    load::force_section_thread(Some(thread));
    let loaded = load::load(&sources, file, Some(Lang::Da));
    load::force_section_thread(None);
    (loaded, sources)
}

#[test]
fn a_second_thread_builds_the_same_plan_and_findings() {
    let text = plan(1_000);
    let (here, _) = load_with(&text, false);
    let (threaded, _) = load_with(&text, true);
    assert!(here.parsed && threaded.parsed);
    assert_eq!(here.diags, threaded.diags);
    assert_eq!(format!("{:?}", here.plan), format!("{:?}", threaded.plan));
    // The findings are there, not just equal.
    let rules: Vec<&str> = here.diags.iter().map(|d| d.rule.name).collect();
    assert_eq!(
        rules.iter().filter(|r| **r == "duplicate-id").count(),
        3,
        "{rules:?}"
    );
    for rule in ["invalid-id", "unknown-key", "invalid-type"] {
        assert!(rules.contains(&rule), "{rule} missing: {rules:?}");
    }
    // 1,000 entries minus the repeated id, the non-text key, the two `forkert`.
    assert_eq!(here.plan.activities.len(), 996);
    assert_eq!(here.plan.phases.len(), 1);
    assert_eq!(here.plan.goals.len(), 1);
}

#[test]
fn a_syntax_error_half_way_is_the_same_either_way() {
    let mut text = plan(1_000);
    let at = text.find("  møde-600:").expect("entry 600");
    text.insert_str(at, "  oeps: [ikke lukket\n");
    let (here, _) = load_with(&text, false);
    let (threaded, _) = load_with(&text, true);
    assert!(!here.parsed && !threaded.parsed);
    assert_eq!(here.diags, threaded.diags);
    assert_eq!(here.diags.len(), 1);
    assert_eq!(here.diags[0].rule, "yaml-syntax");
}
