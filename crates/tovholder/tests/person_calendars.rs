//! Per-person calendars, through the real binary: a role held by people in teams gets
//! `kalender-<role>.<slug>.ics` per person beside `kalender-<role>.ics`, with exactly the
//! occurrences that person's role description lists (their own track's and those of no
//! track), UIDs of their own, the role calendar's event text, and the same history
//! (SEQUENCE, cancellations) per file. Every calendar is read back with Python's
//! `icalendar` package.

mod common;

use common::{copy_tree, json, python, run, write};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

const SOEBY: &str = "examples/models/god-sagsbehandling-soeby.yaml";
const AS_OF: &str = "2027-08-01";

/// The bundled examples and models in a temporary folder marked as a repository root
/// (the example's `uses: ../../models/…` must stay inside it).
fn examples_root() -> tempfile::TempDir {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let dir = tempfile::tempdir().expect("tempdir");
    for part in ["examples", "models"] {
        copy_tree(&repo.join(part), &dir.path().join(part));
    }
    std::fs::create_dir(dir.path().join(".git")).expect("root marker");
    dir
}

fn render(dir: &Path, plan: &str, extra: &[&str]) {
    let mut args = vec!["render", plan, "--out", "out", "--as-of", AS_OF];
    args.extend_from_slice(extra);
    let r = run(dir, &args);
    assert_eq!(r.code, 0, "{}", r.snapshot());
}

fn compile(dir: &Path, plan: &str) -> Value {
    let r = run(dir, &["compile", plan, "--as-of", AS_OF]);
    assert_eq!(r.code, 0, "{}", r.snapshot());
    json(&r.stdout)
}

/// One event as `icalendar` reads it.
#[derive(Debug, Clone, PartialEq)]
struct Event {
    uid: String,
    status: String,
    sequence: i64,
    summary: String,
    description: String,
    start: String,
    tzid: String,
}

const READ_ICS: &str = r#"
import json, sys, pathlib, icalendar
out = {}
for p in sorted(pathlib.Path(sys.argv[1]).glob("*.ics")):
    cal = icalendar.Calendar.from_ical(p.read_bytes())
    evs = []
    for e in cal.walk("VEVENT"):
        start = e["DTSTART"]
        evs.append({
            "uid": str(e["UID"]),
            "status": str(e.get("STATUS", "")),
            "sequence": int(e.get("SEQUENCE", 0)),
            "summary": str(e.get("SUMMARY", "")),
            "description": str(e.get("DESCRIPTION", "")),
            "start": start.dt.isoformat(),
            "tzid": str(start.params.get("TZID", "")),
        })
    out[p.name] = {"name": str(cal.get("X-WR-CALNAME", "")), "events": evs}
print(json.dumps(out))
"#;

/// Every calendar in `out/`, by file name: its name and events.
fn calendars(dir: &Path) -> BTreeMap<String, (String, Vec<Event>)> {
    let v = json(&python(READ_ICS, &[dir.join("out")]));
    let mut m = BTreeMap::new();
    for (file, cal) in v.as_object().expect("object") {
        let events = cal["events"]
            .as_array()
            .expect("events")
            .iter()
            .map(|e| Event {
                uid: e["uid"].as_str().expect("uid").into(),
                status: e["status"].as_str().expect("status").into(),
                sequence: e["sequence"].as_i64().expect("sequence"),
                summary: e["summary"].as_str().expect("summary").into(),
                description: e["description"].as_str().expect("description").into(),
                start: e["start"].as_str().expect("start").into(),
                tzid: e["tzid"].as_str().expect("tzid").into(),
            })
            .collect();
        m.insert(
            file.clone(),
            (cal["name"].as_str().expect("name").into(), events),
        );
    }
    m
}

/// Every file under `out/` with its bytes.
fn files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    fn walk(root: &Path, d: &Path, m: &mut BTreeMap<String, Vec<u8>>) {
        for e in std::fs::read_dir(d).expect("read dir") {
            let p = e.expect("entry").path();
            if p.is_dir() {
                walk(root, &p, m);
            } else {
                let rel = p.strip_prefix(root).expect("inside").display().to_string();
                m.insert(rel, std::fs::read(&p).expect("read"));
            }
        }
    }
    let mut m = BTreeMap::new();
    walk(&dir.join("out"), &dir.join("out"), &mut m);
    m
}

/// The people of a role's overview and their file stems, from the role description's
/// table (`| [Anne Dahl](sagsbehandler.anne-dahl.md) | …`): the slugs as the renderer
/// made them, not computed again here.
fn people(dir: &Path, role: &str) -> Vec<(String, String)> {
    let md = std::fs::read_to_string(dir.join(format!("out/roller/{role}.md"))).expect("md");
    md.lines()
        .filter_map(|l| {
            let rest = l.strip_prefix("| [")?;
            let (name, rest) = rest.split_once("](")?;
            let (file, _) = rest.split_once(".md)")?;
            file.starts_with(&format!("{role}."))
                .then(|| (name.to_string(), file.to_string()))
        })
        .collect()
}

/// How many occurrences a role description lists: each activity line of the phases
/// (`- **Name**: Hver 3. uge (8 gange), …` or one date), summed.
fn listed_occurrences(md: &str) -> usize {
    md.lines()
        .filter(|l| {
            l.starts_with("- **")
                && l.split_once("**: ").is_some()
                && !l.split_once("**: ").is_some_and(|(n, _)| n.contains(":**"))
        })
        .map(|l| {
            let words: Vec<&str> = l.split([' ', '(', ')']).collect();
            words
                .windows(2)
                .find_map(|w| match w {
                    [n, "gange" | "gånger" | "times"] => n.parse::<usize>().ok(),
                    _ => None,
                })
                .unwrap_or(1)
        })
        .sum()
}

/// The UID of an event in the role and plan calendars (a person's without its
/// `.<role>.<slug>`), and without a multi-day event's `-d<n>`: the occurrence.
fn base_uid(uid: &str, stem: &str) -> String {
    uid.replace(&format!(".{stem}@"), "@")
}

fn occurrence_uid(uid: &str) -> String {
    let core = uid.trim_end_matches("@tovholder");
    match core.rsplit_once("-d") {
        Some((head, n)) if !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) => {
            format!("{head}@tovholder")
        }
        _ => uid.to_string(),
    }
}

/// The live (not cancelled) UIDs the compiled plan gives a role's calendar, keeping
/// only activities `keep` accepts: `<plan>-<activity>-<slot>[-d<n>]@tovholder`.
fn expected(plan: &Value, role: &str, keep: &dyn Fn(&Value) -> bool) -> BTreeSet<String> {
    let id = plan["id"].as_str().expect("id");
    let mut out = BTreeSet::new();
    for a in plan["activities"].as_array().expect("activities") {
        let involved = a["responsible"] == role
            || a["participants"]
                .as_array()
                .is_some_and(|p| p.iter().any(|x| x == role));
        if !involved || !keep(a) {
            continue;
        }
        for o in a["occurrences"].as_array().expect("occurrences") {
            if o["follow_up"].is_object() && o["follow_up"]["forecast"].is_null() {
                continue;
            }
            let base = format!("{id}-{}-{}", a["id"].as_str().expect("id"), o["slot"]);
            out.insert(format!("{base}@tovholder"));
            let days = o["days"].as_array().map_or(0, Vec::len);
            for n in 2..=days {
                out.insert(format!("{base}-d{n}@tovholder"));
            }
        }
    }
    out
}

fn person_tracks(plan: &Value, role: &str, person: &str) -> Vec<String> {
    let r = plan["roles"]
        .as_array()
        .expect("roles")
        .iter()
        .find(|r| r["id"] == role)
        .expect("role");
    let p = r["person_hours"]
        .as_array()
        .expect("person_hours")
        .iter()
        .find(|p| p["person"] == person)
        .unwrap_or_else(|| panic!("no person {person}"));
    p["tracks"]
        .as_array()
        .expect("tracks")
        .iter()
        .map(|t| t.as_str().expect("track").to_string())
        .collect()
}

fn attends(tracks: &[String], a: &Value) -> bool {
    match a["track"].as_str() {
        None => true,
        Some(t) => tracks.is_empty() || tracks.iter().any(|x| x == t),
    }
}

fn live(events: &[Event]) -> BTreeSet<String> {
    events
        .iter()
        .filter(|e| e.status != "CANCELLED")
        .map(|e| e.uid.clone())
        .collect()
}

/// Check every person calendar of every role with people in `out/` against the
/// compiled plan, the role calendar and the person's role description; returns the
/// stems checked.
fn check_people(dir: &Path, plan: &Value, cals: &BTreeMap<String, (String, Vec<Event>)>) -> usize {
    let mut checked = 0;
    // UIDs unique within a file; a person's in no other file (the plan and role
    // calendars share theirs).
    let is_person = |f: &str| f.trim_end_matches(".ics").contains('.');
    let mut owner_of: BTreeMap<&str, &str> = BTreeMap::new();
    for (file, (_, events)) in cals {
        let mut seen = BTreeSet::new();
        for e in events {
            assert!(seen.insert(&e.uid), "{file}: UID {} twice", e.uid);
        }
    }
    for (file, (_, events)) in cals {
        for e in events {
            if let Some(other) = owner_of.insert(&e.uid, file)
                && (is_person(file) || is_person(other))
            {
                panic!("UID {} in {other} and {file}", e.uid);
            }
        }
    }
    for role in plan["roles"].as_array().expect("roles") {
        let rid = role["id"].as_str().expect("id");
        if role["person_hours"].as_array().is_none_or(Vec::is_empty) {
            assert!(
                !cals
                    .keys()
                    .any(|f| f.starts_with(&format!("kalender-{rid}."))
                        && f != &format!("kalender-{rid}.ics")),
                "{rid} has no people but person calendars"
            );
            continue;
        }
        let role_file = format!("kalender-{rid}.ics");
        let (_, role_events) = &cals[&role_file];
        let by_uid: BTreeMap<&str, &Event> =
            role_events.iter().map(|e| (e.uid.as_str(), e)).collect();
        let ps = people(dir, rid);
        assert_eq!(
            ps.len(),
            role["person_hours"].as_array().expect("people").len(),
            "{rid}: people in the overview"
        );
        for (person, stem) in ps {
            let file = format!("kalender-{stem}.ics");
            let (name, events) = cals
                .get(&file)
                .unwrap_or_else(|| panic!("no calendar {file}"));
            assert!(name.contains(&person), "{file}: name {name}");
            let tracks = person_tracks(plan, rid, &person);
            // Exactly the role's occurrences the person attends.
            let want: BTreeSet<String> = expected(plan, rid, &|a| attends(&tracks, a))
                .into_iter()
                .map(|u| u.replace("@tovholder", &format!(".{stem}@tovholder")))
                .collect();
            assert_eq!(live(events), want, "{file}");
            // None of another track's activities, some of their own.
            for a in plan["activities"].as_array().expect("activities") {
                let (Some(t), Some(aid)) = (a["track"].as_str(), a["id"].as_str()) else {
                    continue;
                };
                let mine = events
                    .iter()
                    .filter(|e| e.status != "CANCELLED" && e.uid.contains(&format!("-{aid}-")))
                    .count();
                if !tracks.is_empty() && !tracks.iter().any(|x| x == t) {
                    assert_eq!(mine, 0, "{file}: {aid} is another track's");
                }
            }
            // The same event as the role calendar's, under a UID of its own.
            for e in events.iter().filter(|e| e.status != "CANCELLED") {
                assert!(e.uid.ends_with(&format!(".{stem}@tovholder")), "{}", e.uid);
                let base = base_uid(&e.uid, &stem);
                let r = by_uid
                    .get(base.as_str())
                    .unwrap_or_else(|| panic!("{file}: {base} not in {role_file}"));
                assert_eq!(
                    (&e.summary, &e.description, &e.start, &e.tzid, &e.status),
                    (&r.summary, &r.description, &r.start, &r.tzid, &r.status),
                    "{file}: {}",
                    e.uid
                );
            }
            // As many occurrences as their role description lists, and it links here.
            let md = std::fs::read_to_string(dir.join(format!("out/roller/{stem}.md")))
                .expect("person md");
            let occurrences: BTreeSet<String> = live(events)
                .iter()
                .map(|u| occurrence_uid(&base_uid(u, &stem)))
                .collect();
            assert_eq!(occurrences.len(), listed_occurrences(&md), "{file}");
            assert!(
                md.contains(&format!("](../{file})")),
                "{stem}.md links {file}"
            );
            let html = std::fs::read_to_string(dir.join(format!("out/roller/{stem}.html")))
                .expect("person html");
            assert!(html.contains(&format!("href=\"../{file}\"")), "{stem}.html");
            checked += 1;
        }
        let md = std::fs::read_to_string(dir.join(format!("out/roller/{rid}.md"))).expect("md");
        assert!(
            md.contains(&format!("](../{role_file})")),
            "{rid}.md links {role_file}"
        );
    }
    checked
}

fn manifest(dir: &Path) -> BTreeSet<String> {
    std::fs::read_to_string(dir.join("out/.tovholder-manifest"))
        .expect("manifest")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(str::to_string)
        .collect()
}

#[test]
fn case_workers_get_their_own_group_and_the_shared_meetings() {
    let root = examples_root();
    let dir = root.path();
    render(dir, SOEBY, &[]);
    let plan = compile(dir, SOEBY);
    let cals = calendars(dir);
    // 17 case workers and 2 support persons (Gitte Hald leads groups 1 and 3).
    assert_eq!(check_people(dir, &plan, &cals), 19);
    let count = |f: &str| cals[f].1.len();
    assert_eq!(count("kalender-sagsbehandler.ida-vang.ics"), 63);
    assert_eq!(count("kalender-sagsbehandler.ics"), 115);
    // Ida Vang is in group 2: its training meetings, none of groups 1 and 3.
    let ida = &cals["kalender-sagsbehandler.ida-vang.ics"].1;
    let training = |g: &str| {
        ida.iter()
            .filter(|e| e.uid.contains(&format!("-traeningsmoede-gruppe-{g}-")))
            .count()
    };
    assert!(training("2") > 0);
    assert_eq!((training("1"), training("3")), (0, 0));
    // Gitte Hald leads groups 1 and 3: both, not 2.
    let gitte = &cals["kalender-stoetteperson.gitte-hald.ics"].1;
    assert!(gitte.iter().any(|e| e.uid.contains("-gruppe-1-")));
    assert!(gitte.iter().any(|e| e.uid.contains("-gruppe-3-")));
    assert!(!gitte.iter().any(|e| e.uid.contains("-gruppe-2-")));
    // Slugs as the role descriptions': ASCII.
    assert!(cals.contains_key("kalender-sagsbehandler.rikke-aeroe.ics"));
    assert!(cals.contains_key("kalender-sagsbehandler.grethe-moeller.ics"));
    // Every file in the manifest.
    let listed = manifest(dir);
    for f in files(dir)
        .keys()
        .filter(|f| f.as_str() != ".tovholder-manifest")
    {
        assert!(listed.contains(f), "{f} not in the manifest");
    }
    // Deterministic: a second render is byte-identical.
    let first = files(dir);
    render(dir, SOEBY, &[]);
    assert_eq!(files(dir), first);
    // `--only ical` writes the person calendars too, and the same bytes.
    let only = examples_root();
    render(only.path(), SOEBY, &["--only", "ical"]);
    let ical = files(only.path());
    assert!(ical.contains_key("kalender-sagsbehandler.ida-vang.ics"));
    for (f, b) in ical.iter().filter(|(f, _)| f.ends_with(".ics")) {
        assert_eq!(Some(b), first.get(f), "{f}");
    }
    // Every role description links its calendar, which the render wrote: the role's
    // and each person's, in HTML and Markdown.
    let links = |all: &BTreeMap<String, Vec<u8>>| -> Vec<String> {
        all.iter()
            .filter(|(f, _)| f.starts_with("roller/") && !f.starts_with("roller/index."))
            .flat_map(|(_, b)| {
                String::from_utf8_lossy(b)
                    .split("../kalender-")
                    .skip(1)
                    .filter_map(|t| t.split_once(".ics").map(|(stem, _)| stem.to_string()))
                    .collect::<Vec<_>>()
            })
            .collect()
    };
    let linked = links(&first);
    // Each role and each of the 19 people: an HTML and a Markdown file.
    let roles = plan["roles"].as_array().expect("roles").len();
    assert_eq!(roles, 5);
    assert_eq!(linked.len(), 2 * (roles + 19), "{linked:?}");
    for stem in &linked {
        assert!(
            first.contains_key(&format!("kalender-{stem}.ics")),
            "{stem}"
        );
    }
    assert!(linked.iter().any(|s| s == "sagsbehandler.ida-vang"));
    // `--only roller`: no calendars, and no link to one in the role descriptions
    // (nor the word for it).
    let roles = examples_root();
    render(roles.path(), SOEBY, &["--only", "roller"]);
    let only_roles = files(roles.path());
    assert!(!only_roles.keys().any(|f| f.ends_with(".ics")));
    assert!(
        only_roles
            .keys()
            .any(|f| f == "roller/sagsbehandler.ida-vang.html")
    );
    assert_eq!(links(&only_roles), Vec::<String>::new());
    for (f, b) in &only_roles {
        let text = String::from_utf8_lossy(b);
        assert!(!text.contains("kalender-"), "{f} names a calendar");
        assert!(!text.contains("<dt>Kalender</dt>"), "{f}");
    }
}

#[test]
fn a_second_render_updates_each_persons_calendar() {
    let root = examples_root();
    let dir = root.path();
    render(dir, SOEBY, &[]);
    let before = calendars(dir);
    let path = dir.join(SOEBY);
    let text = std::fs::read_to_string(&path).expect("plan");
    // Ida Vang moves from group 2 to group 3; group 3 meets an hour later; Susanne
    // Kjær leaves.
    let changed = text
        .replace("Henrik Lau, Ida Vang, Jette Skov", "Henrik Lau, Jette Skov")
        .replace("Rikke Ærø, Susanne Kjær]", "Rikke Ærø, Ida Vang]")
        .replace("      - Susanne Kjær\n", "")
        .replace("time: \"13:00\"", "time: \"14:00\"");
    assert_eq!(changed.matches("Susanne Kjær").count(), 0, "{changed}");
    assert_eq!(changed.matches("Ida Vang").count(), 2);
    write(&path, &changed);
    render(dir, SOEBY, &[]);
    let after = calendars(dir);
    let plan = compile(dir, SOEBY);
    // The live events are exactly the new plan's, per person.
    assert_eq!(check_people(dir, &plan, &after), 18);

    let events =
        |cals: &BTreeMap<String, (String, Vec<Event>)>, f: &str| -> BTreeMap<String, Event> {
            cals[f]
                .1
                .iter()
                .map(|e| (e.uid.clone(), e.clone()))
                .collect()
        };
    // Ida Vang: group 2 cancelled (SEQUENCE + 1), group 3 new, the rest unchanged.
    let f = "kalender-sagsbehandler.ida-vang.ics";
    let (old, new) = (events(&before, f), events(&after, f));
    let mut counts = BTreeMap::new();
    for (uid, e) in &new {
        let kind = if uid.contains("-traeningsmoede-gruppe-2-") {
            assert_eq!(e.status, "CANCELLED", "{uid}");
            assert_eq!(e.sequence, old[uid].sequence + 1, "{uid}");
            "cancelled"
        } else if uid.contains("-traeningsmoede-gruppe-3-") {
            assert!(!old.contains_key(uid), "{uid}");
            assert_eq!((e.sequence, e.status.as_str()), (0, "CONFIRMED"), "{uid}");
            "new"
        } else {
            assert_eq!(e, &old[uid], "{uid}");
            "unchanged"
        };
        *counts.entry(kind).or_insert(0) += 1;
    }
    assert!(
        old.keys().all(|u| new.contains_key(u)),
        "{f}: an event vanished"
    );
    assert!(counts["cancelled"] > 0 && counts["new"] > 0, "{counts:?}");

    // Group 3's time moved: SEQUENCE + 1 in the role's calendar and in a group 3
    // member's, untouched in a group 1 member's.
    for f in [
        "kalender-sagsbehandler.ics",
        "kalender-sagsbehandler.mette-juul.ics",
        "kalender-stoetteperson.gitte-hald.ics",
    ] {
        let (old, new) = (events(&before, f), events(&after, f));
        let moved: Vec<&Event> = new
            .values()
            .filter(|e| e.uid.contains("-traeningsmoede-gruppe-3-"))
            .collect();
        assert!(!moved.is_empty(), "{f}");
        for e in moved {
            let o = &old[&e.uid];
            assert_eq!(e.sequence, o.sequence + 1, "{f}: {}", e.uid);
            assert_ne!(e.start, o.start, "{f}: {}", e.uid);
        }
    }
    let f = "kalender-sagsbehandler.anne-dahl.ics";
    assert_eq!(events(&before, f), events(&after, f), "{f}");

    // Susanne Kjær is gone: her calendar once more, every event cancelled.
    let f = "kalender-sagsbehandler.susanne-kjaer.ics";
    let (old, new) = (events(&before, f), events(&after, f));
    assert_eq!(old.len(), new.len());
    for (uid, e) in &new {
        assert_eq!(e.status, "CANCELLED", "{uid}");
        assert_eq!(e.sequence, old[uid].sequence + 1, "{uid}");
    }
    // The history is stable: the same plan again gives the same bytes.
    let once = files(dir);
    render(dir, SOEBY, &[]);
    assert_eq!(files(dir), once);
}

const SMALL: &str = "\
id: hold
title: Træning i hold
language: da
start: 2027-01-04
horizon: 6 måneder
calendar:
  holidays: dk
roles:
  deltager:
    name: Deltager
    owner: [Åse Ørn, Aase Oern, Bo Ek]
    hours: 4 pr. måned
  leder:
    name: Leder
    owner: [Cai Lund]
tracks:
  hold-a:
    name: Hold A
    owner: leder
    members: [Åse Ørn, Bo Ek]
  hold-b:
    name: Hold B
    owner: leder
    members: [Aase Oern]
phases:
  drift:
    name: Drift
    duration: 6 måneder
activities:
  kursus:
    name: Kursus for alle
    phase: drift
    at: 2 uger
    length: 2 dage
    responsible: leder
    participants: [deltager]
  moede-a:
    name: Holdmøde A
    phase: drift
    track: hold-a
    every: måned
    responsible: leder
    participants: [deltager]
  moede-b:
    name: Holdmøde B
    phase: drift
    track: hold-b
    every: måned
    time: \"13:00\"
    responsible: leder
    participants: [deltager]
";

#[test]
fn in_three_languages() {
    for (lang, responsible, day_two, calendar) in [
        ("da", "Ansvarlig: Leder", "Dag 2 af 2", "Kalender"),
        ("sv", "Ansvarig: Leder", "Dag 2 av 2", "Kalender"),
        ("en", "Responsible: Leder", "Day 2 of 2", "Calendar"),
    ] {
        let root = tempfile::tempdir().expect("tempdir");
        let dir = root.path();
        write(&dir.join("plan.yaml"), SMALL);
        render(dir, "plan.yaml", &["--lang", lang]);
        let plan = compile(dir, "plan.yaml");
        let cals = calendars(dir);
        assert_eq!(check_people(dir, &plan, &cals), 3, "{lang}");
        // The file names are the same in every language; a slug taken is numbered.
        let names: Vec<&String> = cals.keys().collect();
        assert_eq!(
            names,
            [
                "kalender-deltager.aase-oern-2.ics",
                "kalender-deltager.aase-oern.ics",
                "kalender-deltager.bo-ek.ics",
                "kalender-deltager.ics",
                "kalender-leder.ics",
                "kalender.ics",
            ],
            "{lang}"
        );
        let (name, aase) = &cals["kalender-deltager.aase-oern.ics"];
        assert_eq!(name, "Deltager – Åse Ørn – Træning i hold", "{lang}");
        // Åse Ørn (hold A): the course's two days and hold A's meetings.
        assert!(
            aase.iter().all(|e| !e.summary.contains("Holdmøde B")),
            "{lang}"
        );
        assert!(aase.iter().any(|e| e.summary == "Holdmøde A"), "{lang}");
        let course: Vec<&Event> = aase
            .iter()
            .filter(|e| e.summary == "Kursus for alle")
            .collect();
        assert_eq!(course.len(), 2, "{lang}");
        assert_eq!(
            course[1].uid, "hold-kursus-0-d2.deltager.aase-oern@tovholder",
            "{lang}"
        );
        assert!(course[1].description.starts_with(day_two), "{lang}");
        assert!(course[0].description.contains(responsible), "{lang}");
        assert_eq!(course[0].tzid, "Europe/Copenhagen", "{lang}");
        // Aase Oern (hold B) has B's, in the afternoon.
        let b = &cals["kalender-deltager.aase-oern-2.ics"].1;
        assert!(
            b.iter()
                .any(|e| e.summary == "Holdmøde B" && e.start.contains("T13:00"))
        );
        assert!(!b.iter().any(|e| e.summary == "Holdmøde A"), "{lang}");
        let md =
            std::fs::read_to_string(dir.join("out/roller/deltager.aase-oern-2.md")).expect("md");
        assert!(
            md.contains(&format!(
                "- **{calendar}:** [kalender-deltager.aase-oern-2.ics](../kalender-deltager.aase-oern-2.ics)"
            )),
            "{lang}: {md}"
        );
    }
}
