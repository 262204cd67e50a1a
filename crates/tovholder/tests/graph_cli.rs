//! `tovholder graph` through the real binary: Mermaid and DOT, with and without activities.

mod common;

use common::{run, workspace, write};

const PLAN: &str = r#"id: graf
title: Implementering af ICS – "graf"
start: 2027-01-04
roles:
  leder: { owner: Henrik Dahl }
phases:
  beslutning: { name: Beslutning, duration: 1-3 måneder, exit_criteria: [x] }
  klar-parat-start: { name: 'Klar, "parat" – start #1', after: [beslutning], duration: 8 måneder, exit_criteria: [x] }
  revision: { name: Revidér <hvis nødvendigt>, after: [klar-parat-start], duration: 1 måned, optional: true, exit_criteria: [x] }
  forankring: { name: Forankring, after: [klar-parat-start, revision], duration: løbende, exit_criteria: [x] }
activities:
  udmelding: { name: Beslutningen meldes ud, phase: beslutning, at: 2 uger, responsible: leder }
  workshop: { name: Workshop, phase: klar-parat-start, after: udmelding + 1-2 måneder, responsible: leder }
  laeringsmoede: { name: Læringsmøde, phases: [klar-parat-start, forankring], every: 2 måneder, responsible: leder }
"#;

#[test]
fn mermaid_phases() {
    let dir = workspace("");
    write(&dir.path().join("plan.yaml"), PLAN);
    let r = run(dir.path(), &["graph", "plan.yaml"]);
    assert_eq!(r.code, 0, "{}", r.snapshot());
    assert_eq!(r.stderr, "");
    // Mermaid node ids are plain ASCII; every label is quoted, with entity codes for
    // the characters Mermaid would read as syntax.
    assert!(
        r.stdout
            .contains("p2[\"Klar, #quot;parat#quot; – start #35;1<br/>8 måneder\"]")
    );
    insta::assert_snapshot!(r.stdout);
}

#[test]
fn mermaid_with_activities() {
    let dir = workspace("");
    write(&dir.path().join("plan.yaml"), PLAN);
    let r = run(dir.path(), &["graph", "plan.yaml", "--activities"]);
    assert_eq!(r.code, 0, "{}", r.snapshot());
    insta::assert_snapshot!(r.stdout);
}

#[test]
fn dot_with_activities() {
    let dir = workspace("");
    write(&dir.path().join("plan.yaml"), PLAN);
    let r = run(
        dir.path(),
        &["graph", "plan.yaml", "--format", "dot", "--activities"],
    );
    assert_eq!(r.code, 0, "{}", r.snapshot());
    insta::assert_snapshot!(r.stdout);
}

#[test]
fn a_cycle_is_drawn_and_reported() {
    let dir = workspace("");
    write(
        &dir.path().join("plan.yaml"),
        "id: c\ntitle: C\nstart: 2027-01-04\nphases:\n  a: { after: [b], duration: 1 month, exit_criteria: [x] }\n  b: { after: [a], duration: 1 month, exit_criteria: [x] }\n",
    );
    let r = run(dir.path(), &["graph", "plan.yaml", "--format", "dot"]);
    assert_eq!(r.code, 1, "{}", r.snapshot());
    assert!(
        r.stdout.contains("p2 -> p1;") && r.stdout.contains("p1 -> p2;"),
        "{}",
        r.stdout
    );
    assert!(r.stderr.contains("dependency-cycle"), "{}", r.stderr);
}

#[test]
fn nothing_to_draw_or_read() {
    let dir = workspace("");
    write(
        &dir.path().join("plan.yaml"),
        "id: t\ntitle: T\nstart: 2027-01-04\n",
    );
    let r = run(dir.path(), &["graph", "plan.yaml"]);
    assert_eq!(r.code, 1, "{}", r.snapshot());
    assert_eq!(r.stdout, "");
    assert!(r.stderr.contains("no phases to draw"), "{}", r.stderr);
    let r = run(dir.path(), &["graph", "missing.yaml"]);
    assert_eq!(r.code, 2, "{}", r.snapshot());
    let r = run(dir.path(), &["graph", "plan.yaml", "--format", "svg"]);
    assert_eq!(r.code, 2, "{}", r.snapshot());
}

#[test]
fn activity_labels_are_in_the_plans_language() {
    // No YAML keys (`at:`, `every:`, `date:`) in a label: the timing in words, in the
    // plan's `language` (the documents' language), whatever the messages' language.
    let plan = PLAN.replace("start: 2027-01-04\n", "start: 2027-01-04\nlanguage: LANG\n");
    let cases = [
        (
            "da",
            &[
                "2 uger efter fasens start",
                "Hver 2. måned",
                "valgfri",
                "1–3 måneder",
            ][..],
        ),
        (
            "sv",
            &[
                "2 veckor efter fasens start",
                "Varannan månad",
                "vid behov",
                "1–3 månader",
            ][..],
        ),
        (
            "en",
            &[
                "2 weeks into the phase",
                "Every 2 months",
                "optional",
                "1–3 months",
            ][..],
        ),
    ];
    for (lang, words) in cases {
        let dir = workspace("");
        write(&dir.path().join("plan.yaml"), &plan.replace("LANG", lang));
        let r = run(
            dir.path(),
            &["graph", "plan.yaml", "--activities", "--lang", "en"],
        );
        assert_eq!(r.code, 0, "{lang}: {}", r.snapshot());
        for w in words {
            assert!(r.stdout.contains(w), "{lang}: no {w:?} in\n{}", r.stdout);
        }
        for key in ["at:", "every:", "date:"] {
            assert!(!r.stdout.contains(key), "{lang}: {key} in\n{}", r.stdout);
        }
    }
}

/// The Viborg theory of change (*Vis mig værdien*, Viborg Kommune, KL's ledertræf
/// 2014): activities feed process goals, process goals feed a result goal.
const CHAIN: &str = r#"id: kaede
title: Den coachende tilgang
language: LANG
start: 2027-01-04
roles:
  leder: { owner: Henrik Dahl }
phases:
  i-gang: { name: I gang, duration: 1 år, exit_criteria: [x] }
activities:
  uddannelse: { name: Uddannelse, phase: i-gang, at: 1 måned, responsible: leder, contributes_to: [coachende-samtaler] }
  observation: { name: Observation af samtaler, phase: i-gang, every: 3 måneder, responsible: leder, contributes_to: [coachende-samtaler] }
goals:
  coachende-samtaler: { statement: Alle benytter den coachende tilgang, level: procesmål, owner: leder, contributes_to: [indsigt] }
  indsigt: { statement: Borgeren har indsigt i egen sag, level: resultat, owner: leder }
"#;

#[test]
fn the_goal_chain_is_drawn_in_the_plans_language() {
    let dir = workspace("");
    for (lang, process, result) in [
        ("da", "Procesmål", "Resultatmål"),
        ("sv", "Processmål", "Resultatmål"),
        ("en", "Process goal", "Result goal"),
    ] {
        write(&dir.path().join("plan.yaml"), &CHAIN.replace("LANG", lang));
        let r = run(dir.path(), &["graph", "plan.yaml", "--goals"]);
        assert_eq!(r.code, 0, "{}", r.snapshot());
        // `--goals` draws the activities too: activity → process goal → result goal.
        assert!(
            r.stdout.contains(&format!(
                "g1{{{{\"Alle benytter den coachende tilgang<br/>{process}\"}}}}"
            )),
            "{}",
            r.stdout
        );
        assert!(r.stdout.contains(&format!(
            "g2{{{{\"Borgeren har indsigt i egen sag<br/>{result}\"}}}}"
        )));
        for edge in ["a1 ==> g1", "a2 ==> g1", "g1 ==> g2"] {
            assert!(r.stdout.contains(edge), "{edge}: {}", r.stdout);
        }
        let r = run(
            dir.path(),
            &["graph", "plan.yaml", "--goals", "--format", "dot"],
        );
        assert_eq!(r.code, 0, "{}", r.snapshot());
        assert!(r.stdout.contains(&format!(
            "g2 [label=\"Borgeren har indsigt i egen sag\\n{result}\", shape=hexagon, style=solid];"
        )), "{}", r.stdout);
        for edge in ["a1 -> g1 [style=bold];", "g1 -> g2 [style=bold];"] {
            assert!(r.stdout.contains(edge), "{edge}: {}", r.stdout);
        }
        if lang == "da" {
            insta::assert_snapshot!(r.stdout);
        }
    }
    // Without `--goals`, no goal is drawn (the existing graphs are unchanged).
    let r = run(dir.path(), &["graph", "plan.yaml", "--activities"]);
    assert!(!r.stdout.contains("g1"), "{}", r.stdout);
}
