//! Issue 15, the documents of the goal chain and of teams, through the real binary:
//!
//! - the aktivitetsplan's *forandringsteori* section (*Vis mig værdien*, Viborg
//!   Kommune, KL's ledertræf 2014): `forandringsteori.svg` parses as XML and has a box
//!   for every activity and goal of the chain and an arrow for every link; the HTML
//!   has it inline with the table, the Markdown shows the file and the table; words in
//!   da, sv and en; a plan with no chain gets no trace of it; a hostile plan with
//!   5,000 goals stays bounded (40 boxes a column and an "og N flere" note);
//! - per-person role descriptions: each of 19 case workers in three training teams
//!   gets `roller/sagsbehandler.<name>.{html,md}` with their own team's meetings and
//!   the joint one only, and their own hours beside the granted hours.

mod common;

use common::{Run, run, workspace, write};
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::Path;

/// A Viborg-like theory of change: three activities, two process goals, two result
/// goals (one activity feeds a result goal directly).
const CHAIN: &str = "\
id: viborg-jobcenter
title: Vis mig værdien – Jobcenter Viborg
language: da
start: 2027-01-04

roles:
  leder:
    name: Arbejdsmarkedschef
    owner: Lene Lund

phases:
  drift:
    name: Drift
    duration: 12 måneder
    exit_criteria: [Den coachende tilgang er en del af hverdagen]

goals:
  samtaler:
    statement: Alle borgere har en coachende samtale inden for fire uger efter første henvendelse til jobcentret
    level: procesmål
    indicator: Andel samtaler inden for 4 uger
    baseline: { value: 40 %, date: 2026-12-01, source: Fagsystemet }
    target: { value: 90 %, by: 2027-12-01 }
    owner: leder
    contributes_to: [selvforsoergelse]
  inddragelse:
    statement: Borgerne oplever at blive inddraget i egen sag <b>&
    level: proces
    indicator: Andel borgere, der svarer ja
    baseline: { value: 55 %, date: 2026-12-01, source: Borgerundersøgelse }
    target: { value: 80 %, by: 2027-12-01 }
    owner: leder
    contributes_to: [selvforsoergelse, tilfredshed]
  selvforsoergelse:
    statement: Flere borgere bliver selvforsørgende
    level: resultatmål
    indicator: Andel i job eller uddannelse efter 12 måneder
    baseline: { value: 30 %, date: 2026-12-01, source: Jobindsats }
    target: { value: 45 %, by: 2027-12-31 }
    owner: leder
  tilfredshed:
    statement: Borgerne er tilfredse med jobcentret
    level: result
    indicator: Tilfredshed på en skala fra 1 til 5
    baseline: { value: '3,2', date: 2026-12-01, source: Borgerundersøgelse }
    target: { value: 4, by: 2027-12-31 }
    owner: leder

activities:
  coaching-uddannelse:
    name: Uddannelse i den coachende tilgang
    phase: drift
    at: 1 uge
    length: 3 timer
    responsible: leder
    contributes_to: [samtaler]
  observation:
    name: Observation af samtaler
    phase: drift
    every: 1 måned
    length: 2 timer
    responsible: leder
    contributes_to: [samtaler]
  borgermoeder:
    name: Møder med borgere
    phase: drift
    every: 2 måneder
    length: 2 timer
    responsible: leder
    contributes_to: [inddragelse, tilfredshed]
";

fn render(dir: &Path, plan: &str, extra: &[&str]) -> Run {
    let mut args = vec!["render", plan, "--out", "out", "--as-of", "2027-01-01"];
    args.extend_from_slice(extra);
    let r = run(dir, &args);
    assert_eq!(r.code, 0, "{}\n{}", r.stdout, r.stderr);
    r
}

fn read(dir: &Path, file: &str) -> String {
    std::fs::read_to_string(dir.join("out").join(file)).unwrap_or_else(|e| panic!("{file}: {e}"))
}

/// The boxes (`data-id`) and arrows (`data-from` → `data-to`) of the drawing, after
/// parsing it as XML.
fn drawing(svg: &str) -> (BTreeSet<String>, BTreeSet<(String, String)>, Vec<String>) {
    let doc = roxmltree::Document::parse(svg).unwrap_or_else(|e| panic!("{e}\n{svg}"));
    let class = |n: &roxmltree::Node, c: &str| {
        n.attribute("class")
            .is_some_and(|k| k.split(' ').any(|x| x == c))
    };
    let nodes = doc
        .descendants()
        .filter(|n| class(n, "ft-node"))
        .filter_map(|n| n.attribute("data-id").map(str::to_string))
        .collect();
    let edges = doc
        .descendants()
        .filter(|n| class(n, "ft-edge"))
        .map(|n| {
            (
                n.attribute("data-from").unwrap_or_default().to_string(),
                n.attribute("data-to").unwrap_or_default().to_string(),
            )
        })
        .collect();
    let texts = doc
        .descendants()
        .filter(|n| n.has_tag_name("text") || n.has_tag_name("title"))
        .filter_map(|n| n.text().map(str::to_string))
        .collect();
    (nodes, edges, texts)
}

fn pairs(list: &[(&str, &str)]) -> BTreeSet<(String, String)> {
    list.iter()
        .map(|(a, b)| ((*a).to_string(), (*b).to_string()))
        .collect()
}

#[test]
fn the_chain_is_drawn_and_tabled_in_the_aktivitetsplan() {
    let dir = workspace("");
    write(&dir.path().join("plan.yaml"), CHAIN);
    let check = run(
        dir.path(),
        &[
            "check",
            "plan.yaml",
            "--as-of",
            "2027-01-01",
            "--format",
            "concise",
        ],
    );
    assert_eq!(check.code, 0, "{}", check.stdout);
    render(dir.path(), "plan.yaml", &["--only", "aktivitetsplan"]);
    let svg = read(dir.path(), "forandringsteori.svg");
    let (nodes, edges, texts) = drawing(&svg);
    let ids = [
        "coaching-uddannelse",
        "observation",
        "borgermoeder",
        "samtaler",
        "inddragelse",
        "selvforsoergelse",
        "tilfredshed",
    ];
    assert_eq!(
        nodes,
        ids.iter()
            .map(|s| (*s).to_string())
            .collect::<BTreeSet<_>>()
    );
    assert_eq!(
        edges,
        pairs(&[
            ("coaching-uddannelse", "samtaler"),
            ("observation", "samtaler"),
            ("borgermoeder", "inddragelse"),
            ("borgermoeder", "tilfredshed"),
            ("samtaler", "selvforsoergelse"),
            ("inddragelse", "selvforsoergelse"),
            ("inddragelse", "tilfredshed"),
        ])
    );
    // Column headings; the plan's text escaped (it parsed) and kept whole in <title>;
    // a long statement shortened with … in its box.
    for word in ["Aktiviteter", "Procesmål", "Resultatmål"] {
        assert!(texts.iter().any(|t| t == word), "{word}: {texts:?}");
    }
    assert!(
        texts
            .iter()
            .any(|t| t == "Borgerne oplever at blive inddraget i egen sag <b>&")
    );
    assert!(svg.contains("&lt;b&gt;&amp;"), "{svg}");
    let long = "Alle borgere har en coachende samtale inden for fire uger efter første henvendelse til jobcentret";
    assert!(texts.iter().any(|t| t == long));
    assert!(texts.iter().any(|t| t.ends_with('…')), "{texts:?}");
    assert!(
        texts
            .iter()
            .filter(|t| !t.ends_with('…') && t.as_str() != long)
            .all(|t| t.chars().count() <= 120)
    );

    // The HTML has the drawing inline, a table row per goal of the chain and the source.
    let html = read(dir.path(), "aktivitetsplan.html");
    assert!(html.contains("<h2>Forandringsteori</h2>"), "{html}");
    assert!(html.contains(r##"<a href="#forandringsteori">Forandringsteori</a>"##));
    assert!(html.contains("<em>Vis mig værdien</em>, Viborg Kommune, KL&#x27;s ledertræf 2014"));
    assert_eq!(html.matches("class=\"ft-node ").count(), 7);
    for id in ["samtaler", "inddragelse", "selvforsoergelse", "tilfredshed"] {
        assert!(
            html.contains(&format!("<tr class=\"ft-row\" data-id=\"{id}\">")),
            "{id}"
        );
    }
    assert!(html.contains("40 % → 90 %"));
    assert!(html.contains("1. december 2027"));
    // The Markdown shows the file and the same table.
    let md = read(dir.path(), "aktivitetsplan.md");
    assert!(md.contains("## Forandringsteori\n"), "{md}");
    assert!(md.contains("](forandringsteori.svg)"));
    assert!(md.contains(
        "| **Flere borgere bliver selvforsørgende** | Resultatmål | Andel i job eller uddannelse efter 12 måneder | 30 % → 45 % | 31. december 2027 | Alle borgere har en coachende samtale inden for fire uger e…; Borgerne oplever at blive inddraget i egen sag \\<b\\>\\& |  |"
    ), "{md}");
    assert!(
        md.contains(
            "| Møder med borgere; Borgerne oplever at blive inddraget i egen sag \\<b\\>\\& |  |"
        ),
        "{md}"
    );
    // Rendering twice gives the same bytes.
    let again = workspace("");
    write(&again.path().join("plan.yaml"), CHAIN);
    render(again.path(), "plan.yaml", &["--only", "aktivitetsplan"]);
    assert_eq!(svg, read(again.path(), "forandringsteori.svg"));
}

#[test]
fn the_section_speaks_danish_swedish_and_english() {
    let dir = workspace("");
    write(&dir.path().join("plan.yaml"), CHAIN);
    for (lang, title, process, result, fed, source) in [
        (
            "da",
            "Forandringsteori",
            "Procesmål",
            "Resultatmål",
            "Understøttes af",
            "KL's ledertræf 2014",
        ),
        (
            "sv",
            "Förändringsteori",
            "Processmål",
            "Resultatmål",
            "Stöds av",
            "KL:s ledertræf 2014",
        ),
        (
            "en",
            "Theory of change",
            "Process goals",
            "Result goals",
            "Fed by",
            "KL's ledertræf 2014",
        ),
    ] {
        let _ = std::fs::remove_dir_all(dir.path().join("out"));
        render(
            dir.path(),
            "plan.yaml",
            &["--only", "aktivitetsplan", "--lang", lang],
        );
        let (_, _, texts) = drawing(&read(dir.path(), "forandringsteori.svg"));
        assert!(texts.iter().any(|t| t == process), "{lang}: {texts:?}");
        assert!(texts.iter().any(|t| t == result), "{lang}: {texts:?}");
        let md = read(dir.path(), "aktivitetsplan.md");
        assert!(md.contains(&format!("## {title}\n")), "{lang}: {md}");
        assert!(md.contains(&format!("| {fed} |")), "{lang}");
        assert!(md.contains(source), "{lang}");
        assert!(md.contains("*Vis mig værdien*"), "{lang}");
        let level = match lang {
            "da" => "| Procesmål |",
            "sv" => "| Processmål |",
            _ => "| Process goal |",
        };
        assert!(md.contains(level), "{lang}: {md}");
    }
}

#[test]
fn a_plan_without_a_chain_has_no_trace_of_the_section() {
    let dir = workspace("");
    let plain = CHAIN
        .lines()
        .filter(|l| !l.trim_start().starts_with("level:") && !l.contains("    contributes_to: [s"))
        .filter(|l| !l.contains("contributes_to: [selvforsoergelse, tilfredshed]"))
        .collect::<Vec<_>>()
        .join("\n");
    assert!(!plain.contains("level:"));
    write(&dir.path().join("plan.yaml"), &plain);
    let compiled: Value = serde_json::from_str(
        &run(
            dir.path(),
            &["compile", "plan.yaml", "--as-of", "2027-01-01"],
        )
        .stdout,
    )
    .expect("json");
    assert!(
        compiled["goals"]
            .as_array()
            .expect("goals")
            .iter()
            .all(|g| g.get("contributes_to").is_none() && g.get("level").is_none())
    );
    render(dir.path(), "plan.yaml", &[]);
    assert!(!dir.path().join("out/forandringsteori.svg").exists());
    for f in ["aktivitetsplan.html", "aktivitetsplan.md"] {
        let text = read(dir.path(), f);
        assert!(!text.to_lowercase().contains("forandringsteori"), "{f}");
        assert!(!text.contains("ft-"), "{f}");
    }
}

#[test]
fn a_hostile_chain_of_5000_goals_stays_bounded() {
    // 4,000 process goals in 1,000 result goals' chains, every process goal fed by one
    // of 200 activities, each activity feeding 25 goals with long names.
    let mut plan = String::from(
        "id: mange-maal\ntitle: Mange mål\nlanguage: da\nstart: 2027-01-04\n\nphases:\n  p:\n    name: Fase\n    duration: 3 måneder\n    exit_criteria: [Slut]\n\ngoals:\n",
    );
    let long = "meget lang formulering ".repeat(20);
    // A name may be 200 characters.
    let name = "meget lang formulering ".repeat(7);
    for i in 0..1000 {
        plan.push_str(&format!(
            "  r{i}:\n    statement: Resultat {i} {long}\n    level: resultat\n"
        ));
    }
    for i in 0..4000 {
        plan.push_str(&format!(
            "  p{i}:\n    statement: Proces {i}\n    level: proces\n    contributes_to: [r{}, r{}]\n",
            i % 1000,
            (i * 7) % 1000
        ));
    }
    plan.push_str("\nactivities:\n");
    for a in 0..200 {
        let goals: Vec<String> = (0..20)
            .map(|k| format!("p{}", (a * 20 + k) % 4000))
            .chain((0..5).map(|k| format!("r{}", (a * 5 + k) % 1000)))
            .collect();
        plan.push_str(&format!(
            "  a{a}:\n    name: Aktivitet {a} {name}\n    phase: p\n    at: 1 uge\n    length: 1 time\n    contributes_to: [{}]\n",
            goals.join(", ")
        ));
    }
    let dir = workspace("");
    write(&dir.path().join("plan.yaml"), &plan);
    let started = std::time::Instant::now();
    render(dir.path(), "plan.yaml", &["--only", "aktivitetsplan"]);
    let took = started.elapsed();
    let svg = read(dir.path(), "forandringsteori.svg");
    assert!(svg.len() < 512 * 1024, "{} bytes", svg.len());
    let (nodes, edges, texts) = drawing(&svg);
    assert_eq!(nodes.len(), 3 * 40, "{}", nodes.len());
    assert!(edges.len() <= 40 * 80 + 40 * 40, "{}", edges.len());
    assert!(!edges.is_empty());
    for note in ["og 160 flere", "og 3.960 flere", "og 960 flere"] {
        assert!(texts.iter().any(|t| t == note), "{note}: {texts:?}");
    }
    // The table lists every goal of the chain, each cell at most 10 names and a note.
    let md = read(dir.path(), "aktivitetsplan.md");
    let section = md
        .split("## Forandringsteori")
        .nth(1)
        .expect("section")
        .split("\n## ")
        .next()
        .expect("table");
    let rows = section.lines().filter(|l| l.starts_with("| **")).count();
    assert_eq!(rows, 5000);
    assert!(section.lines().all(|l| l.chars().count() < 2_000));
    assert!(took.as_secs() < 60, "{took:?}");
}

/// Good case handling: 19 case workers in three training groups of 6, 6 and 7 (as in
/// `tracks_cli.rs`, a meeting every two weeks), two of whose names slug alike.
fn case_workers() -> String {
    let p = common::case_workers("2 uger")
        .replace("Rasmus Eg", "Åse Ørn")
        .replace("Sofie Hjort", "Aase Oern");
    assert!(p.contains("Åse Ørn") && p.contains("Aase Oern") && !p.contains("Rasmus"));
    p
}

/// `2027-02` → the person's planned hours that month, from `compile`.
fn person_month(compiled: &Value, person: &str, month: &str) -> f64 {
    compiled["roles"]
        .as_array()
        .expect("roles")
        .iter()
        .find(|r| r["id"] == "sagsbehandler")
        .and_then(|r| r["person_hours"].as_array())
        .and_then(|ps| ps.iter().find(|p| p["person"] == person))
        .and_then(|p| p["planned_hours"].as_array())
        .and_then(|ms| ms.iter().find(|m| m["month"] == month))
        .and_then(|m| m["hours"].as_f64())
        .unwrap_or(0.0)
}

#[test]
fn each_case_worker_gets_a_role_description_with_their_own_meetings_and_hours() {
    let dir = workspace("");
    write(&dir.path().join("plan.yaml"), &case_workers());
    let compiled: Value = serde_json::from_str(
        &run(
            dir.path(),
            &["compile", "plan.yaml", "--as-of", "2027-01-01"],
        )
        .stdout,
    )
    .expect("json");
    render(dir.path(), "plan.yaml", &["--only", "roller"]);
    let roller = dir.path().join("out/roller");
    let files: BTreeSet<String> = std::fs::read_dir(&roller)
        .expect("roller")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    // One pair per person (19), the two roles' overviews and the index.
    assert_eq!(files.len(), 2 * (19 + 2 + 1), "{files:?}");
    for stem in [
        "sagsbehandler.anna-holm",
        "sagsbehandler.hans-moeller",
        "sagsbehandler.jens-kjaer",
        "sagsbehandler.aase-oern",
        "sagsbehandler.aase-oern-2",
        "sagsbehandler.tove-ry",
    ] {
        for ext in ["html", "md"] {
            assert!(
                files.contains(&format!("{stem}.{ext}")),
                "{stem}.{ext}: {files:?}"
            );
        }
    }
    // Every file name is plain ASCII, kebab-case around one dot before the extension.
    assert!(files.iter().all(|f| {
        f.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '.')
    }));

    let md = |stem: &str| std::fs::read_to_string(roller.join(format!("{stem}.md"))).expect("md");
    let teams = [
        ("sagsbehandler.anna-holm", "Anna Holm", 1),
        ("sagsbehandler.hans-moeller", "Hans Møller", 2),
        ("sagsbehandler.aase-oern", "Åse Ørn", 3),
        ("sagsbehandler.aase-oern-2", "Aase Oern", 3),
    ];
    for (stem, person, team) in teams {
        let text = md(stem);
        assert!(
            text.starts_with(&format!("# Rollebeskrivelse: Sagsbehandler – {person}\n")),
            "{text}"
        );
        assert!(
            text.contains(&format!("- **Spor:** Træningsgruppe {team}\n")),
            "{text}"
        );
        assert!(text.contains("[Sagsbehandler](sagsbehandler.md) · 19 personer i rollen"));
        // Their own team's meetings and the joint one, no other team's.
        assert!(
            text.contains(&format!("**Træningsmøde – Træningsgruppe {team}**")),
            "{text}"
        );
        assert!(text.contains("**Fælles erfaringsopsamling**"));
        for other in (1..=3).filter(|t| *t != team) {
            assert!(
                !text.contains(&format!("Træningsgruppe {other}")),
                "{stem} lists team {other}:\n{text}"
            );
        }
        // Their own hours beside the granted: the compiled person_hours, month by month.
        assert!(text.contains("- **Tildelt tid:** 8 timer om måneden"));
        assert!(text.contains("- **Tildelt:** 8 t. pr. måned"));
        let cell = |m: &str| {
            let h = person_month(&compiled, person, m);
            if h == 0.0 {
                String::new()
            } else {
                format!("{h}").replace('.', ",")
            }
        };
        let row = format!(
            "| 2027 | {} | {} | {} | {} |  |",
            cell("2027-01"),
            cell("2027-02"),
            cell("2027-03"),
            cell("2027-04")
        );
        assert!(text.contains(&row), "{row}\n{text}");
        let total: f64 = ["2027-01", "2027-02", "2027-03", "2027-04", "2027-05"]
            .iter()
            .map(|m| person_month(&compiled, person, m))
            .sum();
        assert!(
            text.contains(&format!(
                "- **I alt:** {} t.",
                format!("{total}").replace('.', ",")
            )),
            "{total}\n{text}"
        );
        // The HTML says who and links back to the overview.
        let html = std::fs::read_to_string(roller.join(format!("{stem}.html"))).expect("html");
        assert!(
            html.contains(&format!("<dt>Person</dt><dd>{person}</dd>")),
            "{html}"
        );
        assert!(html.contains("<a href=\"sagsbehandler.html\">Sagsbehandler</a>"));
        assert!(!html.contains("Rolleindehaver"));
    }
    // The overview keeps every team's meetings and links to each person.
    let overview = md("sagsbehandler");
    for team in 1..=3 {
        assert!(overview.contains(&format!("Træningsmøde – Træningsgruppe {team}")));
    }
    assert!(overview.contains("## Pr. person\n"));
    assert!(
        overview.contains("| [Hans Møller](sagsbehandler.hans-moeller.md) | Træningsgruppe 2 |")
    );
    assert!(overview.contains("| [Aase Oern](sagsbehandler.aase-oern-2.md) | Træningsgruppe 3 |"));
    // A role held by no team has no per-person documents and no people section.
    assert!(!md("traener").contains("## Pr. person"));
}

#[test]
fn the_overview_marks_a_month_over_only_when_a_person_is_over() {
    // Each person has 4-7 hours a month, all teams together 12-18: within the 8 granted
    // to each, so no month is marked over in the overview or anywhere.
    let dir = workspace("");
    write(&dir.path().join("plan.yaml"), &case_workers());
    render(dir.path(), "plan.yaml", &["--only", "roller"]);
    let roller = dir.path().join("out/roller");
    let overview = std::fs::read_to_string(roller.join("sagsbehandler.md")).expect("md");
    assert!(
        !overview.contains("Måneder over den tildelte tid"),
        "{overview}"
    );
    assert!(overview.contains("alle spors møder lagt sammen"));
    let index = std::fs::read_to_string(roller.join("index.md")).expect("index");
    assert!(!index.contains("Måneder over den tildelte tid"), "{index}");
}
