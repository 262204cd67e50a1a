//! The documents of a plan with tracks, through the real binary (issue 15's
//! documents): `render --rings tracks` draws one ring per track (and one for the
//! activities in no track) with a track's standby, closed or merged periods hatched
//! and named, a later track's ring beginning at its start; the aktivitetsplan has a
//! section per track (owner, members, purpose, location, state history, its goals and
//! its activities with dates) in Danish, Swedish and English, in HTML and Markdown;
//! every file passes the structural checks the other document tests use.

mod common;

#[path = "../../tovholder-render/tests/validate/mod.rs"]
mod validate;

use common::{platforms_model, platforms_plan, run, workspace, write};
use std::collections::BTreeMap;
use std::path::Path;

/// Development platforms as per-track templates (the co-creation guide's
/// *udviklingsplatforme*, [`platforms_model`]): a first meeting, a monthly meeting and
/// three goals per platform, and one coordinator meeting for all of them; without the
/// shared model's role for a platform's tovholder and its phase's exit criterion.
fn model() -> String {
    let m = platforms_model()
        .replace(
            "  platformstovholder:\n    name: Tovholder for en platform\n",
            "",
        )
        .replace(
            "    exit_criteria: [Hver platform har holdt sine møder og fulgt op på sine mål]\n",
            "",
        );
    assert!(!m.contains("platformstovholder") && !m.contains("exit_criteria"));
    m
}

/// Four platforms ([`platforms_plan`] with more): nightlife on standby over the turn
/// of the year (the issue's example) with members, purpose and location, the harbour
/// on standby over the summer awaiting the lokalplan, young people closed in July, and
/// sport starting three months in (instead of the shared plan's located first
/// nightlife meeting).
fn plan() -> String {
    let p = platforms_plan()
        .replace(
            "  tovholder-unge: { name: Tovholder for unge, owner: Omar Aziz }\n",
            "  tovholder-unge: { name: Tovholder for unge, owner: Omar Aziz }\n  \
             tovholder-idraet: { name: Tovholder for idræt, owner: Eva Lund }\n",
        )
        .replace(
            "    owner: tovholder-natteliv\n",
            "    owner: tovholder-natteliv\n    \
             members: [Politiet, Restauratørforeningen, Anne Dahl]\n    \
             purpose: Et trygt natteliv i midtbyen\n    \
             location: Byens Hus\n    \
             states:\n      \
             - { from: 2027-09-01, state: i bero, reason: Afventer politisk beslutning }\n      \
             - { from: 2028-01-01, state: aktiv }\n",
        )
        .replace(
            "{ from: 2027-05-01, state: i bero, reason: Afventer politisk beslutning }",
            "{ from: 2027-05-01, state: i bero, reason: Afventer lokalplanen }",
        )
        .replace(
            "\nactivities:\n  foerste-platformsmoede-natteliv:\n    location: Byens Hus\n",
            "  idraet:\n    name: Idræt og fællesskab\n    owner: tovholder-idraet\n    at: 3 måneder\n",
        );
    assert!(
        p.contains("owner: Eva Lund")
            && p.contains("members: [Politiet")
            && p.contains("reason: Afventer lokalplanen")
            && p.contains("at: 3 måneder")
            && !p.contains("activities:")
    );
    p
}

/// Every file of `render` into `out/`, by path relative to it (`roller/…` included).
fn rendered(dir: &Path, args: &[&str]) -> BTreeMap<String, Vec<u8>> {
    let mut full = vec![
        "render",
        "plan.yaml",
        "--out",
        "out",
        "--as-of",
        "2027-01-01",
    ];
    full.extend_from_slice(args);
    let r = run(dir, &full);
    assert_eq!(r.code, 0, "render {args:?}: {}\n{}", r.stdout, r.stderr);
    let mut out = BTreeMap::new();
    let root = dir.join("out");
    let mut stack = vec![root.clone()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).expect("read out") {
            let p = e.expect("entry").path();
            if p.is_dir() {
                stack.push(p);
            } else {
                let rel = p.strip_prefix(&root).expect("inside out");
                let name = rel.to_string_lossy().replace('\\', "/");
                if !name.starts_with(".tovholder") {
                    out.insert(name, std::fs::read(&p).expect("read file"));
                }
            }
        }
    }
    std::fs::remove_dir_all(&root).expect("clear out");
    out
}

fn text<'a>(files: &'a BTreeMap<String, Vec<u8>>, name: &str) -> &'a str {
    let bytes = files
        .get(name)
        .unwrap_or_else(|| panic!("no {name} in {:?}", files.keys()));
    std::str::from_utf8(bytes).expect("UTF-8")
}

fn platforms() -> tempfile::TempDir {
    let dir = workspace("");
    write(&dir.path().join("udviklingsplatforme.yaml"), &model());
    write(&dir.path().join("plan.yaml"), &plan());
    let check = run(dir.path(), &["check", "plan.yaml", "--as-of", "2027-01-01"]);
    assert!(
        check.code == 0 && check.stdout.contains("0 fejl, 0 advarsler"),
        "the plan checks clean: {}{}",
        check.stdout,
        check.stderr
    );
    dir
}

/// A ring of the drawn wheel: its name in the legend, its outer radius, the hover
/// texts of its tinted and hatched arcs and where (the day of the year) each starts.
#[derive(Debug)]
struct Ring {
    name: String,
    active: Vec<(String, f64)>,
    paused: Vec<(String, f64)>,
}

/// The day of the year (0 = 1 January) where an arc `M x y A…` starts.
fn start_day(d: &str, days: f64) -> f64 {
    let mut it = d
        .trim_start_matches('M')
        .split(['A', ' '])
        .map(|s| s.parse::<f64>().expect("number"));
    let (x, y) = (it.next().expect("x"), it.next().expect("y"));
    let deg = (x - 500.0).atan2(600.0 - y).to_degrees().rem_euclid(360.0);
    deg / 360.0 * days
}

fn title_of(n: roxmltree::Node) -> String {
    n.children()
        .find(|c| c.has_tag_name("title"))
        .and_then(|t| t.text())
        .unwrap_or_default()
        .to_string()
}

/// The rings of a standalone årshjul SVG, outermost first: the `rings` group draws
/// two circles per ring, then its arcs; the legend names the rings in order.
fn wheel_rings(svg: &str, days: f64) -> Vec<Ring> {
    let doc = roxmltree::Document::parse(svg).expect("SVG parses");
    let group = |class: &str| {
        doc.descendants()
            .find(|n| n.has_tag_name("g") && n.attribute("class") == Some(class))
            .unwrap_or_else(|| panic!("no <g class={class}>"))
    };
    let mut out: Vec<Ring> = Vec::new();
    let mut circles = 0;
    for n in group("rings").children().filter(|n| n.is_element()) {
        if n.has_tag_name("circle") {
            circles += 1;
            if circles % 2 == 1 {
                out.push(Ring {
                    name: String::new(),
                    active: Vec::new(),
                    paused: Vec::new(),
                });
            }
        } else if n.has_tag_name("path")
            && n.attribute("class") != Some("baseline")
            && let Some(ring) = out.last_mut()
        {
            let at = start_day(n.attribute("d").expect("d"), days);
            if n.attribute("class") == Some("paused") {
                ring.paused.push((title_of(n), at));
            } else {
                ring.active.push((title_of(n), at));
            }
        }
    }
    // The legend's ring entries: a swatch, its name (font-size 15) and detail.
    let names: Vec<String> = group("legend")
        .children()
        .filter(|g| g.has_tag_name("g") && g.children().any(|c| c.has_tag_name("rect")))
        .filter_map(|g| {
            g.children()
                .find(|t| t.has_tag_name("text") && t.attribute("font-size") == Some("15"))
                .and_then(|t| t.text())
                .map(str::to_string)
        })
        .collect();
    assert_eq!(names.len(), out.len(), "a legend entry per ring: {names:?}");
    for (r, n) in out.iter_mut().zip(names) {
        r.name = n;
    }
    out
}

#[test]
fn rings_tracks_draws_a_ring_per_track_and_one_for_the_shared_activities() {
    let dir = platforms();
    for (lang, shared, standby) in [
        (
            "da",
            "Fælles",
            "I bero fra 1. maj 2027: Afventer lokalplanen",
        ),
        (
            "sv",
            "Gemensamt",
            "Vilande från 1 maj 2027: Afventer lokalplanen",
        ),
        (
            "en",
            "Shared",
            "On standby from 1 May 2027: Afventer lokalplanen",
        ),
    ] {
        let files = rendered(
            dir.path(),
            &["--rings", "tracks", "--only", "aarshjul", "--lang", lang],
        );
        for (name, bytes) in &files {
            validate::check_file(name, bytes).unwrap_or_else(|e| panic!("{e}"));
        }
        let svg = text(&files, "aarshjul-2027.svg");
        let rings = wheel_rings(svg, 365.0);
        let names: Vec<&str> = rings.iter().map(|r| r.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "Natteliv",
                "Havnen",
                "Unge i byrummet",
                "Idræt og fællesskab",
                shared
            ],
            "{lang}: a ring per track in plan order, the shared one innermost"
        );
        // The harbour's standby over the summer: one hatched arc from 1 May, named
        // with its state and reason in the <title>; tinted before and after it.
        let havn = &rings[1];
        assert_eq!(havn.paused.len(), 1, "{lang}: {havn:?}");
        let (title, at) = &havn.paused[0];
        assert_eq!(title, &format!("Havnen: {standby}"), "{lang}");
        assert!(
            (at - 120.0).abs() < 0.6,
            "{lang}: the arc starts 1 May: {at}"
        );
        assert_eq!(havn.active.len(), 2, "{lang}: running before and after");
        assert!(
            havn.active[0].0.contains(standby),
            "{lang}: the ring's title names the state: {}",
            havn.active[0].0
        );
        // Young people closed in July: hatched from 1 July to the end of the year.
        let unge = &rings[2];
        assert_eq!(unge.paused.len(), 1, "{lang}: {unge:?}");
        assert!((unge.paused[0].1 - 181.0).abs() < 0.6, "{lang}: 1 July");
        // Sport starts three months in: its ring begins on 4 April (the start plus three months).
        let idraet = &rings[3];
        assert!(idraet.paused.is_empty(), "{lang}");
        assert_eq!(idraet.active.len(), 1, "{lang}");
        assert!(
            (idraet.active[0].1 - 93.0).abs() < 0.6,
            "{lang}: the ring begins on 4 April: {}",
            idraet.active[0].1
        );
        // The hatching is explained in the legend (SVG and HTML page).
        let paused_legend = match lang {
            "da" => "Skraveret: sporet holder pause (i bero, lukket eller lagt sammen)",
            "sv" => "Streckat: spåret pausar (vilande, avslutat eller sammanslaget)",
            _ => "Hatched: the track is paused (on standby, closed or merged)",
        };
        assert!(svg.contains(paused_legend), "{lang}");
        assert!(
            text(&files, "aarshjul-2027.html").contains(paused_legend),
            "{lang}"
        );
        assert!(svg.contains(r#"<pattern id="aarshjul-paused""#));

        // 2028: the nightlife standby ended on 1 January, the closed track is gone.
        let svg28 = text(&files, "aarshjul-2028.svg");
        let rings28 = wheel_rings(svg28, 366.0);
        let names28: Vec<&str> = rings28.iter().map(|r| r.name.as_str()).collect();
        assert_eq!(
            names28,
            ["Natteliv", "Havnen", "Idræt og fællesskab"],
            "{lang}: no ring for a track closed the year before, none for shared activities in 2028"
        );
        assert!(rings28.iter().all(|r| r.paused.is_empty()), "{lang}");
    }
}

#[test]
fn the_nightlife_standby_is_hatched_from_september_to_the_end_of_the_year() {
    let dir = platforms();
    let files = rendered(dir.path(), &["--rings", "tracks", "--only", "aarshjul"]);
    let rings = wheel_rings(text(&files, "aarshjul-2027.svg"), 365.0);
    let natteliv = &rings[0];
    assert_eq!(
        natteliv.paused,
        [(
            "Natteliv: I bero fra 1. september 2027: Afventer politisk beslutning".to_string(),
            natteliv.paused[0].1
        )]
    );
    assert!((natteliv.paused[0].1 - 243.0).abs() < 0.6);
    // No mark of the nightlife platform falls in its standby.
    let svg = text(&files, "aarshjul-2027.svg");
    for m in ["september", "oktober", "november", "december"] {
        assert!(
            !svg.contains(&format!("{m} 2027: Platformsmøde – Natteliv")),
            "no nightlife meeting in {m}"
        );
    }
    assert!(svg.contains("august 2027: Platformsmøde – Natteliv"));
}

#[test]
fn rings_tracks_on_a_plan_without_tracks_is_one_shared_ring() {
    let dir = workspace("");
    write(
        &dir.path().join("plan.yaml"),
        "id: lille\ntitle: Lille plan\nlanguage: da\nstart: 2027-01-04\n\
         roles:\n  koordinator: { name: Koordinator, owner: Lise Berg }\n\
         phases:\n  drift: { name: Drift, duration: 6 måneder }\n\
         activities:\n  moede: { name: Møde, phase: drift, every: 1 måned, length: 1 time, responsible: koordinator }\n",
    );
    let files = rendered(dir.path(), &["--rings", "tracks", "--only", "aarshjul"]);
    let svg = text(&files, "aarshjul-2027.svg");
    let rings = wheel_rings(svg, 365.0);
    assert_eq!(rings.len(), 1);
    assert_eq!(rings[0].name, "Fælles");
    assert!(svg.contains("Ringe: én pr. spor, yderst først; inderst de fælles aktiviteter"));
    assert!(!svg.contains("aarshjul-paused"), "no hatching defined");
    // And the aktivitetsplan of a plan without tracks has no track section.
    let files = rendered(dir.path(), &["--only", "aktivitetsplan"]);
    let md = text(&files, "aktivitetsplan.md");
    assert!(!md.contains("Spor"), "{md}");
    assert!(!text(&files, "aktivitetsplan.html").contains("spor-"));
}

/// The words of each language in the track sections.
struct Words {
    lang: &'static str,
    heading: &'static str,
    overview: &'static str,
    owner: &'static str,
    members: &'static str,
    location: &'static str,
    purpose: &'static str,
    history_natteliv: &'static str,
    history_unge: &'static str,
    history_idraet: &'static str,
    goals: &'static str,
    in_phase: &'static str,
    dates: &'static str,
}

const WORDS: [Words; 3] = [
    Words {
        lang: "da",
        heading: "Spor",
        overview: "Sporene i overblik",
        owner: "Tovholder",
        members: "Deltagere",
        location: "Sted",
        purpose: "Formål",
        history_natteliv: "I bero fra 1. september 2027: Afventer politisk beslutning; i gang igen fra 1. januar 2028",
        history_unge: "Lukket fra 1. juli 2027: Ingen deltagere",
        history_idraet: "Starter 4. april 2027",
        goals: "Sporets mål",
        in_phase: "Sporenes aktiviteter i fasen står under hvert spor: Natteliv (2), Havnen (2), Unge i byrummet (2), Idræt og fællesskab (2).",
        dates: "2027: 18. feb., 18. mar., 19. apr., 18. maj, 18. jun., 19. jul., 18. aug.; 2028: 18. jan.",
    },
    Words {
        lang: "sv",
        heading: "Spår",
        overview: "Spåren i översikt",
        owner: "Sammankallande",
        members: "Deltagare",
        location: "Plats",
        purpose: "Syfte",
        history_natteliv: "Vilande från 1 september 2027: Afventer politisk beslutning; igång igen från 1 januari 2028",
        history_unge: "Avslutat från 1 juli 2027: Ingen deltagere",
        history_idraet: "Startar 4 april 2027",
        goals: "Spårets mål",
        in_phase: "Spårens aktiviteter i fasen står under respektive spår: Natteliv (2), Havnen (2), Unge i byrummet (2), Idræt og fællesskab (2).",
        dates: "2027: 18 feb., 18 mars, 19 apr., 18 maj, 18 juni, 19 juli, 18 aug.; 2028: 18 jan.",
    },
    Words {
        lang: "en",
        heading: "Track",
        overview: "Tracks at a glance",
        owner: "Lead",
        members: "Members",
        location: "Location",
        purpose: "Purpose",
        history_natteliv: "On standby from 1 September 2027: Afventer politisk beslutning; active again from 1 January 2028",
        history_unge: "Closed from 1 July 2027: Ingen deltagere",
        history_idraet: "Starts 4 April 2027",
        goals: "The track's goals",
        in_phase: "The tracks' activities in this phase are listed under each track: Natteliv (2), Havnen (2), Unge i byrummet (2), Idræt og fællesskab (2).",
        dates: "2027: 18 Feb, 18 Mar, 19 Apr, 18 May, 18 Jun, 19 Jul, 18 Aug; 2028: 18 Jan",
    },
];

/// The Markdown between `## <heading>` and the next `## `.
fn md_section<'a>(md: &'a str, heading: &str) -> &'a str {
    let start = md
        .find(&format!("\n## {heading}\n"))
        .unwrap_or_else(|| panic!("no section {heading}:\n{md}"));
    let rest = &md[start + 1..];
    let end = rest[3..].find("\n## ").map_or(rest.len(), |i| i + 4);
    &rest[..end]
}

#[test]
fn the_aktivitetsplan_has_a_section_per_track_in_three_languages() {
    let dir = platforms();
    for w in &WORDS {
        let files = rendered(dir.path(), &["--only", "aktivitetsplan", "--lang", w.lang]);
        for (name, bytes) in &files {
            validate::check_file(name, bytes).unwrap_or_else(|e| panic!("{e}"));
        }
        let md = text(&files, "aktivitetsplan.md");
        let lang = w.lang;
        // The overview table on the cover: every track with its state.
        let overview = md_section(md, w.overview);
        assert!(
            overview.contains(&format!("| {} |", w.history_natteliv)),
            "{lang}: {overview}"
        );
        assert!(
            overview.contains(&format!("| {} |", w.history_unge)),
            "{lang}"
        );
        // The nightlife section: owner, members, location, purpose, history, goals, activities.
        let s = md_section(md, &format!("{}: Natteliv", w.heading));
        for needle in [
            format!("**{}**", w.history_natteliv),
            format!("**{}:** Tovholder for nattelivet (Per Holm)", w.owner),
            format!(
                "**{}:** Politiet, Restauratørforeningen, Anne Dahl",
                w.members
            ),
            format!("**{}:** Byens Hus", w.location),
            format!("**{}:** Et trygt natteliv i midtbyen", w.purpose),
            format!("### {}", w.goals),
            "**Platformen har et fælles billede af udfordringen (Natteliv)**".to_string(),
            "#### Første platformsmøde – Natteliv".to_string(),
            "#### Platformsmøde – Natteliv".to_string(),
            w.dates.to_string(),
        ] {
            assert!(s.contains(&needle), "{lang}: no {needle:?} in\n{s}");
        }
        assert!(
            !s.contains("Havnen"),
            "{lang}: only its own activities and goals"
        );
        assert!(
            md_section(md, &format!("{}: Unge i byrummet", w.heading))
                .contains(&format!("**{}**", w.history_unge))
        );
        assert!(
            md_section(md, &format!("{}: Idræt og fællesskab", w.heading))
                .contains(&format!("**{}**", w.history_idraet))
        );
        // The plan-wide coordinator meeting stays under its phase, which points to the tracks.
        let phase = md[..md
            .find(&format!("## {}: Natteliv", w.heading))
            .expect("track")]
            .rsplit("\n## ")
            .next()
            .expect("phase section");
        assert!(phase.contains("Koordinatormøde"), "{lang}: {phase}");
        assert!(!phase.contains("Platformsmøde – "), "{lang}: {phase}");
        assert!(phase.contains(w.in_phase), "{lang}: {phase}");
        // The tracks' goals are in their sections, not in a plan-wide goal table.
        assert_eq!(
            md.matches("Platformen har sat en fælles indsats i gang (Havnen)")
                .count(),
            1,
            "{lang}"
        );

        // The spreadsheet: a track column after the phase.
        let csv = text(&files, "aktivitetsplan.csv");
        let (head, sep) = match lang {
            "da" => ("Fase;Spor;Aktivitet;", ';'),
            "sv" => ("Fas;Spår;Aktivitet;", ';'),
            _ => ("Phase,Track,Activity,", ','),
        };
        assert!(
            csv.trim_start_matches('\u{feff}').starts_with(head),
            "{lang}: {csv}"
        );
        assert!(
            csv.lines()
                .any(|l| l.contains(&format!("{sep}Natteliv{sep}Platformsmøde – Natteliv{sep}"))),
            "{lang}"
        );
        assert!(
            csv.lines()
                .any(|l| l.contains(&format!("{sep}{sep}Koordinatormøde{sep}"))),
            "{lang}: no track for the coordinator meeting"
        );

        // HTML: a section per track with an anchor, in the contents, the same facts.
        let html = text(&files, "aktivitetsplan.html");
        for id in ["natteliv", "havn", "unge", "idraet"] {
            assert!(html.contains(&format!(
                r##"<section class="phase track" id="spor-{id}">"##
            )));
            assert!(html.contains(&format!(r##"<li><a href="#spor-{id}">{}: "##, w.heading)));
        }
        assert!(html.contains(&format!(r#"<p class="window">{}</p>"#, w.history_natteliv)));
        assert!(html.contains(&format!("<strong>{}:</strong> Byens Hus", w.location)));
        // No English in the Danish and Swedish documents' track words.
        if lang != "en" {
            for english in [
                "Track",
                "Lead:",
                "Members",
                "standby",
                "active again",
                "Starts ",
                "Closed from",
                "at a glance",
            ] {
                assert!(!md.contains(english), "{lang}: {english:?} in the Markdown");
                assert!(!html.contains(english), "{lang}: {english:?} in the HTML");
            }
        }
    }
}

/// Every document of the plan with tracks, in every language and with every kind of
/// ring, passes the structural checks (XML for SVG, CSV records, iCalendar lines,
/// one HTML document, clean characters).
#[test]
fn every_document_of_a_plan_with_tracks_is_well_formed() {
    let dir = platforms();
    for lang in ["da", "sv", "en"] {
        for rings in ["phases", "roles", "tracks"] {
            let files = rendered(dir.path(), &["--lang", lang, "--rings", rings]);
            assert!(files.len() > 10, "{lang} {rings}: {:?}", files.keys());
            for (name, bytes) in &files {
                validate::check_file(name, bytes).unwrap_or_else(|e| panic!("{lang} {rings}: {e}"));
            }
        }
    }
}
