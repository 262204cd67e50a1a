//! Render tests on a hand-made compiled plan: snapshots of every document in every
//! format, determinism, and escaping of hostile text.

mod common;

use std::collections::BTreeSet;
use tovholder_core::Lang;
use tovholder_render::{Document, RenderOptions, Rings, aktivitetsplan, render, sheet, view};

fn files(
    plan: &tovholder_core::compiled::CompiledPlan,
    opts: &RenderOptions,
) -> Vec<(String, Vec<u8>)> {
    render(plan, opts)
        .unwrap()
        .into_iter()
        .map(|f| (f.relative_path, f.bytes))
        .collect()
}

fn text(files: &[(String, Vec<u8>)], path: &str) -> String {
    let bytes = &files
        .iter()
        .find(|(p, _)| p == path)
        .unwrap_or_else(|| {
            panic!(
                "no {path} among {:?}",
                files.iter().map(|f| &f.0).collect::<Vec<_>>()
            )
        })
        .1;
    String::from_utf8(bytes.clone()).unwrap()
}

#[test]
fn output_layout() {
    let f = files(&common::plan(), &RenderOptions::default());
    let names: Vec<&str> = f.iter().map(|(p, _)| p.as_str()).collect();
    insta::assert_debug_snapshot!(names);
    for (p, _) in &f {
        assert!(!p.contains(".."), "{p}");
        assert!(!p.starts_with('/'), "{p}");
    }
}

#[test]
fn english_and_swedish() {
    let plan = common::plan();
    let only = BTreeSet::from([
        Document::Aktivitetsplan,
        Document::Aarshjul,
        Document::Roller,
    ]);
    let en = files(
        &plan,
        &RenderOptions {
            lang: Some(Lang::En),
            only: only.clone(),
            ..Default::default()
        },
    );
    let md = text(&en, "aktivitetsplan.md");
    assert!(md.starts_with("# Activity plan: "), "{md}");
    assert!(md.contains("Monday 4 January 2027"));
    assert!(md.contains("Every month"), "{md}");
    assert!(text(&en, "aarshjul-2027.html").contains("Year wheel 2027"));
    assert!(text(&en, "roller/superbruger.md").contains("## Planned hours per month"));
    let sv = files(
        &plan,
        &RenderOptions {
            lang: Some(Lang::Sv),
            only,
            ..Default::default()
        },
    );
    let md = text(&sv, "aktivitetsplan.md");
    assert!(md.starts_with("# Aktivitetsplan: "), "{md}");
    assert!(md.contains("Måndag 4 januari 2027"), "{md}");
    assert!(md.contains("Varje månad"), "{md}");
    assert!(text(&sv, "roller/index.md").starts_with("# Rollbeskrivningar"));
    // Danish is the plan's own language.
    let da = files(&plan, &RenderOptions::default());
    assert!(text(&da, "aktivitetsplan.md").contains("Mandag 4. januar 2027"));
    assert!(text(&da, "aktivitetsplan.csv").starts_with("\u{feff}Fase;Aktivitet;Dato;"));
}

#[test]
fn rings_by_role() {
    let plan = common::plan();
    let opts = RenderOptions {
        rings: Rings::Roles,
        years: vec![2027],
        only: BTreeSet::from([Document::Aarshjul]),
        ..Default::default()
    };
    let f = files(&plan, &opts);
    assert_eq!(f.len(), 2);
    let svg = text(&f, "aarshjul-2027.svg");
    assert!(svg.contains("Ringe: én pr. rolle"));
    assert!(svg.contains("ICS-koordinator"));
}

#[test]
fn rendering_is_deterministic() {
    let plan = common::plan();
    let a = files(&plan, &RenderOptions::default());
    let b = files(&plan, &RenderOptions::default());
    assert_eq!(a.len(), b.len());
    for (x, y) in a.iter().zip(&b) {
        assert_eq!(x.0, y.0);
        assert!(x.1 == y.1, "{} differs between two renders", x.0);
    }
    // The workbook too, byte for byte.
    let xlsx = a.iter().find(|f| f.0 == "aktivitetsplan.xlsx").unwrap();
    assert_eq!(&xlsx.1[..2], b"PK");
}

#[test]
fn only_selects_documents() {
    let plan = common::plan();
    let opts = RenderOptions {
        only: BTreeSet::from([Document::Ical]),
        ..Default::default()
    };
    let f = files(&plan, &opts);
    assert!(f.iter().all(|(p, _)| p.ends_with(".ics")));
    assert_eq!(f.len(), 1 + plan.roles.len());
}

#[test]
fn ics_has_one_event_per_occurrence() {
    let plan = common::plan();
    let f = files(&plan, &RenderOptions::default());
    let ics = text(&f, "kalender.ics");
    let occurrences: usize = plan.activities.iter().map(|a| a.occurrences.len()).sum();
    assert_eq!(ics.matches("BEGIN:VEVENT").count(), occurrences);
    assert!(ics.contains("UID:ics-fixture-styregruppemoede-0@tovholder"));
    assert!(ics.contains("DTSTAMP:20270104T000000Z"));
    for line in ics.split("\r\n") {
        assert!(line.len() <= 75, "line longer than 75 octets: {line}");
    }
    // The superbruger calendar: everything the role leads or attends.
    let sb = text(&f, "kalender-superbruger.ics");
    let mine: usize = plan
        .activities
        .iter()
        .filter(|a| {
            a.responsible.as_deref() == Some("superbruger")
                || a.participants.iter().any(|p| p == "superbruger")
        })
        .map(|a| a.occurrences.len())
        .sum();
    assert_eq!(sb.matches("BEGIN:VEVENT").count(), mine);
    // A fixed timestamp overrides the plan's start.
    let opts = RenderOptions {
        timestamp: Some(0),
        only: BTreeSet::from([Document::Ical]),
        ..Default::default()
    };
    assert!(text(&files(&plan, &opts), "kalender.ics").contains("DTSTAMP:19700101T000000Z"));
}

#[test]
fn hostile_text_is_escaped_everywhere() {
    let plan = common::hostile();
    let f = files(&plan, &RenderOptions::default());
    for (path, bytes) in &f {
        if path.ends_with(".xlsx") {
            continue;
        }
        let s = String::from_utf8(bytes.clone()).unwrap();
        if path.ends_with(".html") || path.ends_with(".svg") {
            assert!(!s.contains("<script>"), "{path}: raw <script>");
            assert!(
                s.contains("&lt;script&gt;"),
                "{path}: escaped script missing"
            );
            assert!(
                s.contains("{{ 7*7 }}"),
                "{path}: template syntax must print as written"
            );
            assert!(!s.contains("]]>"), "{path}: ]]> unescaped");
        }
        if path.ends_with(".svg") {
            // Must stay well-formed XML: no raw ampersands.
            for (i, _) in s.match_indices('&') {
                let rest = &s[i..];
                assert!(
                    rest.starts_with("&lt;")
                        || rest.starts_with("&gt;")
                        || rest.starts_with("&amp;")
                        || rest.starts_with("&quot;")
                        || rest.starts_with("&#x"),
                    "{path}: raw ampersand near {}",
                    &rest[..rest.len().min(20)]
                );
            }
        }
        if path.ends_with(".md") {
            assert!(s.contains("\\<script\\>"), "{path}");
            assert!(!s.contains("<script>"), "{path}");
        }
        if path.ends_with(".ics") {
            assert!(
                s.contains("a\\;b\\,c\\nnæste linje"),
                "{path}: text not escaped"
            );
            assert!(!s.contains("a;b,c"), "{path}");
            for line in s.split("\r\n") {
                assert!(!line.contains('\n'), "{path}: bare newline");
            }
        }
        if path.ends_with(".csv") {
            assert!(
                s.contains("\"'=1+1 <script>"),
                "{path}: formula not neutralised"
            );
            assert!(
                !s.contains(";=") && !s.contains("\n="),
                "{path}: a cell starts with ="
            );
        }
    }
    let v = view::PlanView::new(&plan, Lang::Da);
    let dump = sheet::dump(&aktivitetsplan::sheets(&v));
    // In XLSX the text is written as it is, with the quote-prefix format (no `'`):
    // every formula-like cell carries it.
    assert!(dump.contains(": \"=1+1 <script>"), "{dump}");
    for line in dump.lines().filter(|l| l.contains(": \"=")) {
        assert!(line.ends_with(" (quote prefix)"), "{line}");
    }
    assert!(!dump.contains(": \"'="), "{dump}");
}
