//! Issue 14, item 5 and the format items of 6, through the real binary: control
//! characters in plan text (Word's `\v`, NUL, SOH, U+FFFE, U+FFFF) give files every
//! parser loads, with the same cleaned text in every format and in `compile`'s JSON;
//! CSV cells with a formula character after whitespace or in full width are
//! neutralised; a Mermaid directive in plan text does not reach `graph`'s source;
//! an integer above 2^53 is kept as written.

mod common;
#[path = "../../tovholder-render/tests/validate/mod.rs"]
mod validate;

use common::{run, workspace, write};
use std::path::Path;

/// A plan whose texts are given as YAML double-quoted scalars (escapes allowed).
fn plan(title: &str, text: &str, value: &str) -> String {
    format!(
        r#"id: rensning
title: "{title}"
organisation: "{text}"
language: da
start: 2027-01-04
roles:
  koordinator:
    name: "{text} koordinator"
    purpose: "{text}"
    owner: ["{text}"]
    hours: 4 pr. uge
    responsibilities: ["{text}"]
phases:
  start:
    name: "{text} start"
    duration: 2 måneder
    owner: koordinator
    purpose: "{text}"
activities:
  moede:
    name: "{text} møde"
    phase: start
    every: måned
    length: 1 time
    responsible: koordinator
    purpose: "{text}"
    agenda: ["{text}"]
    contributes_to: [maal]
goals:
  maal:
    statement: "{text}"
    kind: quantitative
    phase: start
    indicator: "{text}"
    baseline: {{ value: {value}, date: 2027-01-04 }}
    target: {{ value: 12345678901234567890, by: 2027-03-01 }}
    owner: koordinator
"#
    )
}

/// Every file under `dir`, relative, with its bytes.
fn files(dir: &Path) -> Vec<(String, Vec<u8>)> {
    fn walk(root: &Path, dir: &Path, out: &mut Vec<(String, Vec<u8>)>) {
        for e in std::fs::read_dir(dir).expect("read folder") {
            let p = e.expect("entry").path();
            if p.is_dir() {
                walk(root, &p, out);
            } else {
                let rel = p.strip_prefix(root).expect("under root");
                out.push((
                    rel.to_string_lossy().replace('\\', "/"),
                    std::fs::read(&p).expect("read file"),
                ));
            }
        }
    }
    let mut out = Vec::new();
    walk(dir, dir, &mut out);
    out.sort();
    out
}

fn render_all(yaml: &str) -> (tempfile::TempDir, Vec<(String, Vec<u8>)>) {
    let dir = workspace("");
    write(&dir.path().join("plan.yaml"), yaml);
    let r = run(dir.path(), &["render", "plan.yaml"]);
    assert_eq!(r.code, 0, "{}", r.snapshot());
    let out = files(&dir.path().join("out/rensning"));
    assert!(
        out.len() > 10,
        "{:?}",
        out.iter().map(|f| &f.0).collect::<Vec<_>>()
    );
    (dir, out)
}

#[test]
fn control_characters_give_files_every_parser_loads() {
    // The reproducers: Word's line break, NUL, SOH, U+FFFE, U+FFFF, and C1 / DEL / ESC.
    for bad in [
        "\\v", "\\0", "\\x01", "\\uFFFE", "\\uFFFF", "\\x7F", "\\x9B", "\\e[31m", "\\r", "\\L",
    ] {
        let yaml = plan(&format!("Plan{bad}titel"), &format!("Tekst{bad}her"), "40");
        let (_dir, out) = render_all(&yaml);
        for (name, bytes) in &out {
            if name.starts_with(".tovholder-manifest") {
                continue;
            }
            validate::check_file(name, bytes).unwrap_or_else(|e| panic!("{bad}: {e}"));
        }
    }
}

#[test]
fn the_same_cleaned_text_in_every_format_and_in_compile() {
    let yaml = plan("Linje 1\\vLinje 2\\0\\uFFFE", "Tekst\\x01her", "40");
    let dir = workspace("");
    write(&dir.path().join("plan.yaml"), &yaml);
    let c = run(dir.path(), &["compile", "plan.yaml"]);
    assert_eq!(c.code, 0, "{}", c.snapshot());
    let json: serde_json::Value = serde_json::from_str(&c.stdout).expect("compile prints JSON");
    // `\v` is a line break; NUL, SOH and U+FFFE are removed.
    assert_eq!(json["title"], "Linje 1\nLinje 2");
    assert_eq!(json["organisation"], "Teksther");
    validate::check_json_strings(&json).unwrap();
    let (_dir, out) = render_all(&yaml);
    let text = |name: &str| {
        String::from_utf8(
            out.iter()
                .find(|(n, _)| n == name)
                .unwrap_or_else(|| panic!("{name}"))
                .1
                .clone(),
        )
        .unwrap()
    };
    assert!(text("aktivitetsplan.html").contains("Teksther"));
    assert!(text("aktivitetsplan.md").contains("Teksther"));
    assert!(text("aktivitetsplan.csv").contains("Teksther"));
    assert!(text("kalender.ics").contains("X-WR-CALNAME:Linje 1\\nLinje 2"));
    assert!(text("aarshjul-2027.svg").contains("Teksther"));
}

#[test]
fn formula_characters_after_whitespace_or_in_full_width_are_neutralised() {
    for cell in [
        "  =1+1",
        "\\t=1+1",
        "＝HYPERLINK(\\\"x\\\")",
        "＋1",
        "－1",
        "＠SUM(A1)",
        "\\u3000@x",
    ] {
        let yaml = plan("Formler", cell, "40");
        let (_dir, out) = render_all(&yaml);
        let (_, csv) = out.iter().find(|(n, _)| n == "aktivitetsplan.csv").unwrap();
        validate::check_file("aktivitetsplan.csv", csv).unwrap_or_else(|e| panic!("{cell}: {e}"));
    }
}

#[test]
fn a_mermaid_directive_does_not_reach_the_graph() {
    let yaml = plan(
        "%%{init: {\\\"theme\\\": \\\"dark\\\", \\\"securityLevel\\\": \\\"loose\\\"}}%%",
        "x%%{init: {}}%% ; click p1 call alert() \\n click p1 href \\\"javascript:alert(1)\\\"",
        "40",
    );
    let dir = workspace("");
    write(&dir.path().join("plan.yaml"), &yaml);
    let r = run(dir.path(), &["graph", "plan.yaml", "--activities"]);
    assert_eq!(r.code, 0, "{}", r.snapshot());
    assert!(!r.stdout.contains("%%{"), "{}", r.stdout);
    // Only the diagram's own comment line starts with `%%`; no line starts with `click`.
    for (i, line) in r.stdout.lines().enumerate() {
        let l = line.trim_start();
        assert!(!l.starts_with("click"), "{line}");
        assert_eq!(l.starts_with("%%"), i == 1, "{line}");
        assert!(!l.get(2..).unwrap_or("").contains('%'), "{line}");
    }
    let dot = run(dir.path(), &["graph", "plan.yaml", "--format", "dot"]);
    assert_eq!(dot.code, 0, "{}", dot.snapshot());
}

#[test]
fn integers_above_2_pow_53_are_kept_as_written() {
    let yaml = plan("Store tal", "Tekst", "9007199254740993");
    let dir = workspace("");
    write(&dir.path().join("plan.yaml"), &yaml);
    let c = run(dir.path(), &["compile", "plan.yaml"]);
    assert_eq!(c.code, 0, "{}", c.snapshot());
    let json: serde_json::Value = serde_json::from_str(&c.stdout).unwrap();
    let goal = &json["goals"][0];
    assert_eq!(goal["baseline"]["value"], "9007199254740993");
    assert_eq!(goal["target"]["value"], "12345678901234567890");
    let (_dir, out) = render_all(&yaml);
    let (_, html) = out
        .iter()
        .find(|(n, _)| n == "aktivitetsplan.html")
        .unwrap();
    let html = String::from_utf8(html.clone()).unwrap();
    assert!(
        html.contains("12345678901234567890"),
        "target value not as written"
    );
    assert!(!html.contains("12345678901234567000"));
}
