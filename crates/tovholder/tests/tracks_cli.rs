//! Tracks, per-track templates and teams through the real binary (issue 15, items 1
//! and 2 and the track rules of item 8): the co-creation guide's development
//! platforms as tracks of a plan that uses a model with per-track templates (a
//! kommune adds a platform in three lines), one platform on standby for four months
//! and resumed, one closed; good case handling's 19 case workers in three training
//! groups, whose planned hours and `role-overloaded` are per person.

mod common;

use common::{Run, case_workers, run, workspace, write};
use serde_json::Value;

fn json(r: &Run) -> Value {
    assert!(
        r.code == 0 || r.code == 1,
        "exit {}: {}\n{}",
        r.code,
        r.stdout,
        r.stderr
    );
    serde_json::from_str(&r.stdout).unwrap_or_else(|e| panic!("{e}: {}", r.stdout))
}

fn activity<'a>(plan: &'a Value, id: &str) -> &'a Value {
    plan["activities"]
        .as_array()
        .expect("activities")
        .iter()
        .find(|a| a["id"] == id)
        .unwrap_or_else(|| panic!("no activity {id}"))
}

fn dates(a: &Value) -> Vec<(String, u64)> {
    a["occurrences"]
        .as_array()
        .expect("occurrences")
        .iter()
        .map(|o| {
            (
                o["date"].as_str().expect("date").to_string(),
                o["slot"].as_u64().expect("slot"),
            )
        })
        .collect()
}

/// `tovholder COMMAND plan.yaml --as-of 2027-01-01 EXTRA…` in `dir`.
fn on_new_year(dir: &std::path::Path, command: &str, extra: &[&str]) -> Run {
    let mut args = vec![command, "plan.yaml", "--as-of", "2027-01-01"];
    args.extend_from_slice(extra);
    run(dir, &args)
}

/// The shared platforms fixture (`tests/config/platforms/`, see
/// [`common::platforms_plan`]): a model of the co-creation method's platforms,
/// templates only, and the kommune's plan of three platforms, three lines each (plus
/// the states).
fn platforms() -> tempfile::TempDir {
    workspace("platforms")
}

#[test]
fn templates_expand_for_every_track_with_the_track_owner_responsible() {
    let dir = platforms();
    let plan = json(&on_new_year(dir.path(), "compile", &[]));
    for (track, owner) in [
        ("natteliv", "tovholder-natteliv"),
        ("havn", "tovholder-havn"),
        ("unge", "tovholder-unge"),
    ] {
        for template in ["foerste-platformsmoede", "platformsmoede"] {
            let a = activity(&plan, &format!("{template}-{track}"));
            assert_eq!(a["track"], track);
            assert_eq!(a["responsible"], owner);
        }
        let goals: Vec<&Value> = plan["goals"]
            .as_array()
            .expect("goals")
            .iter()
            .filter(|g| g["track"] == track)
            .collect();
        assert_eq!(goals.len(), 3, "{track}: three goals from the templates");
        assert!(goals.iter().all(|g| g["owner"] == owner));
        // Each platform's meetings contribute to its own goals.
        let meeting = activity(&plan, &format!("platformsmoede-{track}"));
        assert_eq!(
            meeting["contributes_to"],
            serde_json::json!([
                format!("faelles-billede-{track}"),
                format!("deltagelse-{track}"),
                format!("indsats-{track}")
            ])
        );
    }
    // The templates themselves are not activities of the plan.
    assert!(
        plan["activities"]
            .as_array()
            .expect("activities")
            .iter()
            .all(|a| a["id"] != "platformsmoede")
    );
    // The name says the track; an expansion the plan writes is overridden field by field.
    let first = activity(&plan, "foerste-platformsmoede-natteliv");
    assert_eq!(first["name"], "Første platformsmøde – Natteliv");
    assert_eq!(first["location"], "Byens Hus");
    assert_eq!(first["length"], "2 timer");
    // The coordinator meeting waits for every platform's first meeting.
    let coordinator = activity(&plan, "koordinatormoede");
    assert_eq!(dates(coordinator).len(), 1);
}

#[test]
fn standby_pauses_a_track_and_it_resumes_on_its_slots_and_a_closed_track_stops() {
    let dir = platforms();
    let plan = json(&on_new_year(dir.path(), "compile", &[]));
    let natteliv = dates(activity(&plan, "platformsmoede-natteliv"));
    let havn = dates(activity(&plan, "platformsmoede-havn"));
    let unge = dates(activity(&plan, "platformsmoede-unge"));
    // The three series are computed alike: the same dates and slots where they run.
    assert!(natteliv.len() >= 16, "{natteliv:?}");
    // Standby 2027-05-01 to 2027-08-31: nothing in May-August, and the resumed
    // series keeps the slots it had (four slots skipped, not renumbered).
    assert!(
        havn.iter()
            .all(|(d, _)| d.as_str() < "2027-05-01" || d.as_str() >= "2027-09-01"),
        "{havn:?}"
    );
    let before: Vec<_> = natteliv
        .iter()
        .filter(|(d, _)| d.as_str() < "2027-05-01" || d.as_str() >= "2027-09-01")
        .cloned()
        .collect();
    assert_eq!(
        havn, before,
        "the resumed series is the uninterrupted one minus the pause"
    );
    let skipped: Vec<u64> = natteliv
        .iter()
        .filter(|(d, _)| d.as_str() >= "2027-05-01" && d.as_str() < "2027-09-01")
        .map(|(_, s)| *s)
        .collect();
    assert_eq!(skipped.len(), 4, "four months on standby: {skipped:?}");
    // Closed from 2027-07-01: nothing from then on.
    assert!(!unge.is_empty());
    assert!(
        unge.iter().all(|(d, _)| d.as_str() < "2027-07-01"),
        "{unge:?}"
    );
    // The compiled tracks say when each runs.
    let tracks = plan["tracks"].as_array().expect("tracks");
    assert_eq!(tracks.len(), 3);
    let havn = tracks.iter().find(|t| t["id"] == "havn").expect("havn");
    assert_eq!(
        havn["running"],
        serde_json::json!([
            { "from": "2027-01-04", "to": "2027-04-30" },
            { "from": "2027-09-01", "to": havn["running"][1]["to"] }
        ])
    );
    assert_eq!(havn["states"][0]["state"], "standby");
    assert_eq!(havn["states"][0]["reason"], "Afventer politisk beslutning");
    let unge = tracks.iter().find(|t| t["id"] == "unge").expect("unge");
    assert_eq!(unge["running"].as_array().map(Vec::len), Some(1));
    assert_eq!(unge["running"][0]["to"], "2027-06-30");
}

#[test]
fn the_platform_plan_checks_with_the_track_rules_quiet_and_the_model_alone_too() {
    let dir = platforms();
    let r = on_new_year(dir.path(), "check", &["--format", "json"]);
    let report = json(&r);
    let rules: Vec<&str> = report["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .filter_map(|d| d["rule"].as_str())
        .collect();
    for quiet in [
        "track-without-owner",
        "track-without-goals",
        "waits-for-missing",
        "unknown-reference",
        "momentum-gap",
    ] {
        assert!(!rules.contains(&quiet), "{quiet}: {}", r.stdout);
    }
    // The model is checked as a template: its templates stay as written.
    let r = run(
        dir.path(),
        &["check", "udviklingsplatforme.yaml", "--format", "concise"],
    );
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
}

#[test]
fn the_track_rules_speak_danish_swedish_and_english() {
    let dir = workspace("");
    let plan = "\
id: samskabelse-nordby
title: Samskabelse i Nordby
language: da
start: 2027-01-04

roles:
  koordinator: { name: Koordinator, owner: Lise Berg }

phases:
  drift:
    name: Drift
    duration: 1 år
    exit_criteria: [Platformene er i gang]

tracks:
  natteliv: { name: Natteliv }
  unge:
    name: Unge
    owner: koordinator
    states: [{ from: 2027-02-01, state: lukket }]

activities:
  moede-natteliv:
    name: Platformsmøde
    phase: drift
    track: natteliv
    length: 2 timer
    responsible: koordinator
  moede-unge:
    name: Platformsmøde
    phase: drift
    track: unge
    at: 2 måneder
    length: 2 timer
    responsible: koordinator
  koordinatormoede:
    name: Koordinatormøde
    phase: drift
    after: moede-unge + 1 måned
    every: 1 måned
    length: 1 time
    responsible: koordinator
";
    write(&dir.path().join("plan.yaml"), plan);
    let r = on_new_year(dir.path(), "check", &["--format", "concise"]);
    assert_eq!(r.code, 0, "warnings only: {}{}", r.stdout, r.stderr);
    for want in [
        "warning[track-without-owner] sporet `natteliv` har ingen ejer",
        "warning[track-without-goals] sporet `natteliv` har ingen mål for sig selv (mindst 3)",
        "warning[momentum-gap] intet er planlagt i det aktive spor `natteliv`",
        "warning[waits-for-missing] aktiviteten `koordinatormoede` venter på `moede-unge` i sporet `unge`, som er lukket fra 2027-02-01",
    ] {
        assert!(r.stdout.contains(want), "{want}\n{}", r.stdout);
    }
    let r = on_new_year(
        dir.path(),
        "check",
        &["--format", "concise", "--lang", "sv"],
    );
    for want in [
        "spåret `natteliv` har ingen ansvarig",
        "spåret `natteliv` har inga egna mål (minst 3)",
        "inget är planerat i det aktiva spåret `natteliv`",
        "som är stängt från 2027-02-01",
    ] {
        assert!(r.stdout.contains(want), "{want}\n{}", r.stdout);
    }
    // Options: a track of one goal is fine with min = 0 (and the goals' own rules).
    write(
        &dir.path().join("tovholder.toml"),
        "[options.track-without-goals]\nmin = 0\nmax = 5\n",
    );
    let r = on_new_year(dir.path(), "check", &["--format", "concise"]);
    assert!(!r.stdout.contains("track-without-goals"), "{}", r.stdout);
    // explain, in Danish.
    let r = run(
        dir.path(),
        &["explain", "track-without-goals", "--lang", "da"],
    );
    assert_eq!(r.code, 0);
    assert!(r.stdout.contains("3-5 mål"), "{}", r.stdout);
    assert!(
        r.stdout.contains("(*Samskabelse med\ncivilsamfundet"),
        "{}",
        r.stdout
    );
}

#[test]
fn each_case_worker_is_planned_for_their_own_team_only() {
    let dir = workspace("");
    write(&dir.path().join("plan.yaml"), &case_workers("2 uger"));
    let plan = json(&on_new_year(dir.path(), "compile", &[]));
    let role = plan["roles"]
        .as_array()
        .expect("roles")
        .iter()
        .find(|r| r["id"] == "sagsbehandler")
        .expect("sagsbehandler");
    let people = role["person_hours"].as_array().expect("person_hours");
    assert_eq!(people.len(), 19);
    let month = |hours: &Value, m: &str| {
        hours
            .as_array()
            .expect("months")
            .iter()
            .find(|h| h["month"] == m)
            .and_then(|h| h["hours"].as_f64())
            .unwrap_or(0.0)
    };
    // February 2027: two or three team meetings of 2 hours for each person; the role as
    // a whole has all three teams' meetings.
    let anna = people
        .iter()
        .find(|p| p["person"] == "Anna Holm")
        .expect("Anna");
    assert_eq!(anna["tracks"], serde_json::json!(["team-1"]));
    let own = month(&anna["planned_hours"], "2027-02");
    let whole = month(&role["planned_hours"], "2027-02");
    assert!((4.0..=6.0).contains(&own), "{own}");
    assert!((whole - 3.0 * own).abs() < 1e-9, "{whole} vs {own}");
    // The joint session (no track) is everyone's: 3 hours more in April for each.
    let tove = people
        .iter()
        .find(|p| p["person"] == "Tove Ry")
        .expect("Tove");
    assert_eq!(tove["tracks"], serde_json::json!(["team-3"]));
    assert!(month(&tove["planned_hours"], "2027-04") >= 3.0 + 4.0);
    // Within the 8 granted hours per person (the role's sum would be 12-18).
    let r = on_new_year(dir.path(), "check", &["--format", "concise"]);
    assert!(!r.stdout.contains("role-overloaded"), "{}", r.stdout);
}

#[test]
fn role_overloaded_names_the_busiest_case_worker() {
    let dir = workspace("");
    write(&dir.path().join("plan.yaml"), &case_workers("1 uge"));
    let r = on_new_year(dir.path(), "check", &["--format", "json"]);
    let report = json(&r);
    let found: Vec<&Value> = report["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .filter(|d| d["rule"] == "role-overloaded")
        .collect();
    assert_eq!(found.len(), 1, "{}", r.stdout);
    let d = found[0];
    assert_eq!(d["finding"], "RoleOverloadedPerson");
    assert_eq!(d["fields"]["role"], "sagsbehandler");
    assert_eq!(d["fields"]["people_over"], 19);
    let message = d["message"].as_str().expect("message");
    assert!(
        message.contains("i rollen `sagsbehandler` (eget teams møder), men hver i rollen har fået 8 timer om måneden"),
        "{message}"
    );
}

#[test]
fn a_tracks_activities_meet_where_the_track_meets_unless_they_say_otherwise() {
    let dir = platforms();
    let plan_file = dir.path().join("plan.yaml");
    let text = std::fs::read_to_string(&plan_file).expect("plan");
    let with_location = text.replace(
        "    name: Havnen\n",
        "    name: Havnen\n    location: Havnekontoret, Kajgade 4\n",
    );
    assert_ne!(with_location, text, "the havn track was found");
    let with_location = with_location.replace(
        "activities:\n",
        "activities:\n  havnevandring:\n    name: Havnevandring med aktørerne\n    phase: drift\n    track: havn\n    at: 3 uger\n    time: \"10:00\"\n    length: 2 timer\n    responsible: tovholder-havn\n  havnemoede-i-byen:\n    name: Havnemøde på rådhuset\n    phase: drift\n    track: havn\n    at: 5 uger\n    time: \"10:00\"\n    length: 1 time\n    responsible: tovholder-havn\n    location: Rådhuset, mødelokale 2\n",
    );
    assert!(with_location.contains("havnevandring"));
    write(&plan_file, &with_location);

    // The compiled plan: the track's template expansions and its own activity take
    // the track's place; one that names its own keeps it; other tracks have none.
    let plan = json(&on_new_year(dir.path(), "compile", &[]));
    for id in [
        "foerste-platformsmoede-havn",
        "platformsmoede-havn",
        "havnevandring",
    ] {
        assert_eq!(
            activity(&plan, id)["location"],
            "Havnekontoret, Kajgade 4",
            "{id}"
        );
    }
    assert_eq!(
        activity(&plan, "havnemoede-i-byen")["location"],
        "Rådhuset, mødelokale 2"
    );
    assert_eq!(
        activity(&plan, "foerste-platformsmoede-natteliv")["location"],
        "Byens Hus"
    );
    assert!(activity(&plan, "platformsmoede-unge")["location"].is_null());

    // The calendar invitations and the activity plan say where.
    let out = on_new_year(dir.path(), "render", &["--out", "ud"]);
    assert_eq!(out.code, 0, "{}{}", out.stdout, out.stderr);
    let ics = std::fs::read_to_string(dir.path().join("ud/kalender.ics")).expect("kalender.ics");
    let events: Vec<&str> = ics.split("BEGIN:VEVENT").skip(1).collect();
    let at = |summary: &str, location: &str| {
        events
            .iter()
            .filter(|e| e.contains(&format!("SUMMARY:{summary}")))
            .filter(|e| e.contains(&format!("LOCATION:{location}")))
            .count()
    };
    assert_eq!(
        at("Havnevandring med aktørerne", "Havnekontoret\\, Kajgade 4"),
        1
    );
    assert_eq!(
        at(
            "Første platformsmøde – Havnen",
            "Havnekontoret\\, Kajgade 4"
        ),
        1
    );
    assert!(at("Platformsmøde – Havnen", "Havnekontoret\\, Kajgade 4") > 1);
    assert_eq!(at("Havnemøde på rådhuset", "Rådhuset\\, mødelokale 2"), 1);
    assert!(
        events
            .iter()
            .filter(|e| e.contains("SUMMARY:Platformsmøde – Unge i byrummet"))
            .all(|e| !e.contains("LOCATION:")),
        "a track with no place gives no LOCATION"
    );
    let md = std::fs::read_to_string(dir.path().join("ud/aktivitetsplan.md")).expect("md");
    assert!(md.contains("Havnekontoret, Kajgade 4"), "{md}");
}
