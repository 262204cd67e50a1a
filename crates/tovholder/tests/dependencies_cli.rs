//! Activities tied to other activities, and kinds of activities, through the real
//! binary (issue 15, items 3 and 7): `after` with several predecessors (the last
//! decides), `before: X - OFFSET`, a recurring activity after or before *each*
//! occurrence of a recurring one (the co-creation guide's half-yearly status meeting
//! with a reality check two weeks before and a newsletter a week after), cycles through
//! `before` and lists, "did you mean" for unknown ids; `kind` (a newsletter as an
//! all-day, free calendar event), `location`, `optional` with `when` (shown as such,
//! not counted in hours) and roles in `audience`.

mod common;

use common::{activity, compiled, dates, hours, plan_dir, run, write};

/// The plan of *Samskabelse med civilsamfundet – vejledning til ledere i politiet*,
/// as far as these keys go: two platforms' first meetings, the coordinator meeting
/// after both, the joint status meeting every half year with a reality check two
/// weeks before each and a newsletter a week after each, and a pre-meeting with new
/// actors if any joined.
const PLAN: &str = "\
id: samskabelse-nordby
title: Samskabelse med civilsamfundet i Nordby
organisation: Nordby Kommune
language: da
start: 2027-01-04

roles:
  tovholder:
    name: Tovholder
    owner: Anna Jensen
    hours: 4 timer om ugen
  platform-natteliv:
    name: Tovholder for platformen Natteliv
    owner: Bo Hansen
    hours: 2 timer om ugen
  platform-unge:
    name: Tovholder for platformen Unge
    owner: Carla Nielsen
    hours: 2 timer om ugen
  medarbejdere:
    name: Medarbejdere i politikredsen
    owner: Alle medarbejdere

phases:
  drift:
    name: Platformene arbejder
    duration: 2 år
    owner: tovholder
    exit_criteria: [Platformene holder selv deres møder]

activities:
  foerste-moede-natteliv:
    name: Første platformsmøde, Natteliv
    phase: drift
    at: 3 uger
    length: 2 timer
    responsible: platform-natteliv
  foerste-moede-unge:
    name: Første platformsmøde, Unge
    phase: drift
    at: 5 uger
    length: 2 timer
    responsible: platform-unge
  platformsmoede:
    name: Platformsmøde
    phase: drift
    after: foerste-moede-unge + 1 måned
    every: 1 måned
    length: 2 timer
    responsible: tovholder
    participants: [platform-natteliv, platform-unge]
  koordinatormoede:
    name: Koordinatormøde
    phase: drift
    after: [foerste-moede-natteliv, foerste-moede-unge + 1 uge]
    length: 2 timer
    location: Rådhuset, mødelokale 2
    responsible: tovholder
    participants: [platform-natteliv, platform-unge]
  statusmoede:
    name: Fælles statusmøde
    phase: drift
    at: 6 måneder
    every: 6 måneder
    length: 3 timer
    responsible: tovholder
    participants: [platform-natteliv, platform-unge]
  realitetstjek:
    name: Realitetstjek på platformene
    phase: drift
    before: statusmoede - 2 uger
    every: 6 måneder
    length: 1 time
    responsible: platform-natteliv
  nyhedsbrev:
    name: Nyhedsbrev om status
    phase: drift
    after: statusmoede + 1 uge
    every: 6 måneder
    audience: [medarbejdere]
    channel: Nyhedsbrev
    responsible: tovholder
  formoede:
    name: Formøde med nye aktører
    phase: drift
    after: koordinatormoede + 1 uge
    length: 3 timer
    optional: true
    when: nye aktører er kommet til
    responsible: tovholder
";

#[test]
fn the_plan_from_the_co_creation_guide_checks_clean() {
    let dir = plan_dir(PLAN);
    let r = run(dir.path(), &["check", "plan.yaml"]);
    assert_eq!(r.code, 0, "{}", r.snapshot());
    assert!(r.stdout.contains("0 fejl, 0 advarsler"), "{}", r.snapshot());
}

#[test]
fn a_reality_check_before_and_a_newsletter_after_each_status_meeting() {
    let dir = plan_dir(PLAN);
    let c = compiled(dir.path());
    let status = dates(activity(&c, "statusmoede"));
    assert_eq!(status, ["2027-07-05", "2028-01-04", "2028-07-04"]);
    // Two weeks before each (a Monday, a Tuesday, a Tuesday: all working days).
    assert_eq!(
        dates(activity(&c, "realitetstjek")),
        ["2027-06-21", "2027-12-21", "2028-06-20"]
    );
    // A week after each.
    assert_eq!(
        dates(activity(&c, "nyhedsbrev")),
        ["2027-07-12", "2028-01-11", "2028-07-11"]
    );
    // Each occurrence keeps the slot of the status meeting it belongs to.
    let slots: Vec<u64> = activity(&c, "realitetstjek")["occurrences"]
        .as_array()
        .map(|o| o.iter().filter_map(|x| x["slot"].as_u64()).collect())
        .unwrap_or_default();
    assert_eq!(slots, [0, 1, 2]);
}

#[test]
fn the_coordinator_meeting_waits_for_both_first_meetings() {
    let dir = plan_dir(PLAN);
    let c = compiled(dir.path());
    assert_eq!(
        dates(activity(&c, "foerste-moede-natteliv")),
        ["2027-01-25"]
    );
    assert_eq!(dates(activity(&c, "foerste-moede-unge")), ["2027-02-08"]);
    // The later of 25 January and 8 February + 1 week.
    assert_eq!(dates(activity(&c, "koordinatormoede")), ["2027-02-15"]);
    // The other way round, the first decides nothing: still the last.
    let swapped = PLAN.replace(
        "after: [foerste-moede-natteliv, foerste-moede-unge + 1 uge]",
        "after: [foerste-moede-unge + 1 uge, foerste-moede-natteliv]",
    );
    let dir = plan_dir(&swapped);
    assert_eq!(
        dates(activity(&compiled(dir.path()), "koordinatormoede")),
        ["2027-02-15"]
    );
}

#[test]
fn kinds_locations_and_optional_activities_in_the_compiled_plan() {
    let dir = plan_dir(PLAN);
    let c = compiled(dir.path());
    let news = activity(&c, "nyhedsbrev");
    assert_eq!(news["kind"], "communication");
    assert_eq!(activity(&c, "statusmoede")["kind"], "meeting");
    assert_eq!(
        activity(&c, "koordinatormoede")["location"],
        "Rådhuset, mødelokale 2"
    );
    let pre = activity(&c, "formoede");
    assert_eq!(pre["optional"], true);
    assert_eq!(pre["when"], "nye aktører er kommet til");
    assert_eq!(dates(pre), ["2027-02-22"]);
    // The optional pre-meeting (3 hours on 22 February) is not in the tovholder's
    // hours: February has the coordinator meeting (2 h) only.
    assert_eq!(hours(&c, "tovholder", "2027-02"), 2.0);
    // `kind:` says it when the keys do not: a milestone has no hours.
    let milestone = PLAN.replace(
        "    optional: true\n    when: nye aktører er kommet til\n",
        "    kind: milepæl\n",
    );
    let dir = plan_dir(&milestone);
    let c = compiled(dir.path());
    assert_eq!(activity(&c, "formoede")["kind"], "milestone");
    assert_eq!(hours(&c, "tovholder", "2027-02"), 2.0);
    let meeting = PLAN.replace(
        "    channel: Nyhedsbrev\n",
        "    channel: Nyhedsbrev\n    kind: möte\n",
    );
    let dir = plan_dir(&meeting);
    assert_eq!(
        activity(&compiled(dir.path()), "nyhedsbrev")["kind"],
        "meeting"
    );
}

/// The VEVENT of an activity's first occurrence in a calendar.
fn first_event<'a>(ics: &'a str, uid: &str) -> &'a str {
    let at = ics
        .find(&format!("UID:{uid}"))
        .unwrap_or_else(|| panic!("no {uid}"));
    let end = ics[at..].find("END:VEVENT").map_or(ics.len(), |e| at + e);
    &ics[at..end]
}

#[test]
fn a_newsletter_is_an_all_day_free_event_and_a_meeting_a_busy_one() {
    let dir = plan_dir(PLAN);
    let r = run(
        dir.path(),
        &[
            "render",
            "plan.yaml",
            "--only",
            "ical",
            "--out",
            "out",
            "-q",
        ],
    );
    assert_eq!(r.code, 0, "{}", r.snapshot());
    let ics = std::fs::read_to_string(dir.path().join("out/kalender.ics")).expect("ics");
    let news = first_event(&ics, "samskabelse-nordby-nyhedsbrev-0@tovholder");
    assert!(news.contains("DTSTART;VALUE=DATE:20270712\r\n"), "{news}");
    assert!(news.contains("DTEND;VALUE=DATE:20270713\r\n"), "{news}");
    assert!(news.contains("TRANSP:TRANSPARENT\r\n"), "{news}");
    let meeting = first_event(&ics, "samskabelse-nordby-koordinatormoede-0@tovholder");
    assert!(
        meeting.contains("DTSTART;TZID=Europe/Copenhagen:20270215T090000\r\n"),
        "{meeting}"
    );
    assert!(meeting.contains("TRANSP:OPAQUE\r\n"), "{meeting}");
    assert!(
        meeting.contains("LOCATION:Rådhuset\\, mødelokale 2\r\n"),
        "{meeting}"
    );
    let pre = first_event(&ics, "samskabelse-nordby-formoede-0@tovholder");
    assert!(
        pre.contains("SUMMARY:Formøde med nye aktører (hvis nye aktører er kommet til)"),
        "{pre}"
    );
    assert!(pre.contains("STATUS:TENTATIVE\r\n"), "{pre}");
    // The medarbejdere role is the newsletter's audience: it gets the feed.
    let staff = std::fs::read_to_string(dir.path().join("out/kalender-medarbejdere.ics"));
    if let Ok(staff) = staff {
        assert!(!staff.contains("formoede"), "{staff}");
    }
}

#[test]
fn an_optional_activity_says_so_in_every_document_and_language() {
    for (lang, word, time) in [
        ("da", "hvis", "kl. 09.00"),
        ("en", "if", "9:00"),
        ("sv", "om", "kl. 09.00"),
    ] {
        let dir = plan_dir(PLAN);
        let r = run(
            dir.path(),
            &["render", "plan.yaml", "--out", "out", "-q", "--lang", lang],
        );
        assert_eq!(r.code, 0, "{lang}: {}", r.snapshot());
        let shown = format!("Formøde med nye aktører ({word} nye aktører er kommet til)");
        for doc in [
            "aktivitetsplan.md",
            "aktivitetsplan.html",
            "roller/tovholder.md",
        ] {
            let text = std::fs::read_to_string(dir.path().join("out").join(doc)).expect(doc);
            assert!(text.contains(&shown), "{lang} {doc} lacks {shown}");
        }
        let plan = std::fs::read_to_string(dir.path().join("out/aktivitetsplan.md")).expect("md");
        // The meeting has its place beside its time; the newsletter has no time.
        assert!(plan.contains("Rådhuset, mødelokale 2"), "{lang}");
        let news = plan
            .split("Nyhedsbrev om status")
            .nth(1)
            .and_then(|s| s.split("\n#").next())
            .unwrap_or_default();
        assert!(!news.contains(time), "{lang}: {news}");
    }
}

#[test]
fn a_role_in_the_audience_is_neither_unknown_nor_unused() {
    let dir = plan_dir(PLAN);
    let r = run(dir.path(), &["check", "plan.yaml", "--format", "json"]);
    assert_eq!(r.code, 0, "{}", r.snapshot());
    assert!(!r.stdout.contains("unknown-reference"), "{}", r.stdout);
    assert!(!r.stdout.contains("unused-role"), "{}", r.stdout);
    // The communication plan lists the newsletter with the role as its audience.
    let r = run(
        dir.path(),
        &[
            "render",
            "plan.yaml",
            "--only",
            "aktivitetsplan",
            "--out",
            "out",
            "-q",
        ],
    );
    assert_eq!(r.code, 0, "{}", r.snapshot());
    let md = std::fs::read_to_string(dir.path().join("out/aktivitetsplan.md")).expect("md");
    assert!(
        md.lines()
            .any(|l| l.starts_with("| Nyhedsbrev om status | Medarbejdere i politikredsen |")),
        "{md}"
    );
}

#[test]
fn unknown_ids_in_before_and_lists_get_did_you_mean() {
    let text = PLAN
        .replace(
            "before: statusmoede - 2 uger",
            "before: statusmode - 2 uger",
        )
        .replace(
            "after: [foerste-moede-natteliv, foerste-moede-unge + 1 uge]",
            "after: [foerste-moede-natliv, foerste-moede-unge + 1 uge]",
        );
    let dir = plan_dir(&text);
    let r = run(dir.path(), &["check", "plan.yaml", "--lang", "en"]);
    assert_eq!(r.code, 1, "{}", r.snapshot());
    assert!(
        r.stdout.contains("unknown activity `statusmode`"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.contains("did you mean `statusmoede`?"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.contains("did you mean `foerste-moede-natteliv`?"),
        "{}",
        r.stdout
    );
    // The label is on the id itself, not on the whole `statusmode - 2 uger`.
    let json = run(dir.path(), &["check", "plan.yaml", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&json.stdout).expect("json");
    let d = v["diagnostics"]
        .as_array()
        .and_then(|d| d.iter().find(|d| d["fields"]["id"] == "statusmode"))
        .expect("the finding");
    let width = d["end_column"].as_u64().unwrap_or(0) - d["column"].as_u64().unwrap_or(0);
    assert_eq!(width, "statusmode".len() as u64);
}

#[test]
fn a_cycle_through_before_and_a_list_is_a_dependency_cycle_with_spans() {
    let text = PLAN.replace(
        "    at: 6 måneder\n    every: 6 måneder\n    length: 3 timer\n",
        "    after: [koordinatormoede, realitetstjek + 2 uger]\n    every: 6 måneder\n    length: 3 timer\n",
    );
    let dir = plan_dir(&text);
    let r = run(
        dir.path(),
        &["check", "plan.yaml", "--lang", "en", "--format", "json"],
    );
    assert_eq!(r.code, 1, "{}", r.snapshot());
    let v: serde_json::Value = serde_json::from_str(&r.stdout).expect("json");
    let d = v["diagnostics"]
        .as_array()
        .and_then(|d| d.iter().find(|d| d["rule"] == "dependency-cycle"))
        .expect("dependency-cycle");
    assert_eq!(
        d["fields"]["chain"],
        serde_json::json!(["statusmoede", "realitetstjek"])
    );
    let labels = d["labels"].as_array().expect("labels");
    assert_eq!(labels.len(), 2, "{d}");
    // One label on `statusmoede` in the reality check's `before`, one on
    // `realitetstjek` in the status meeting's `after` list.
    let lines: Vec<u64> = labels.iter().filter_map(|l| l["line"].as_u64()).collect();
    let line_of = |needle: &str| {
        text.lines()
            .position(|l| l.contains(needle))
            .map(|i| i as u64 + 1)
    };
    assert!(
        lines.contains(&line_of("before: statusmoede").unwrap_or(0)),
        "{d}"
    );
    assert!(
        lines.contains(&line_of("realitetstjek + 2 uger").unwrap_or(0)),
        "{d}"
    );
    // Nothing is scheduled: compile stops at the error.
    assert_eq!(run(dir.path(), &["compile", "plan.yaml"]).code, 1);
}

#[test]
fn before_with_a_plus_or_an_unknown_kind_says_what_it_takes() {
    let text = PLAN
        .replace(
            "before: statusmoede - 2 uger",
            "before: statusmoede + 2 uger",
        )
        .replace(
            "    channel: Nyhedsbrev\n",
            "    channel: Nyhedsbrev\n    kind: nyhedsbrev\n",
        );
    let dir = plan_dir(&text);
    for (lang, before, kind) in [
        (
            "en",
            "write `activity-id - 2 weeks`",
            "unknown activity kind `nyhedsbrev`",
        ),
        (
            "da",
            "skriv `aktivitets-id - 2 uger`",
            "ukendt aktivitetstype `nyhedsbrev`",
        ),
        (
            "sv",
            "skriv `aktivitets-id - 2 veckor`",
            "okänd aktivitetstyp `nyhedsbrev`",
        ),
    ] {
        let r = run(dir.path(), &["check", "plan.yaml", "--lang", lang]);
        assert_eq!(r.code, 1, "{}", r.snapshot());
        assert!(r.stdout.contains(before), "{lang}: {}", r.stdout);
        assert!(r.stdout.contains(kind), "{lang}: {}", r.stdout);
    }
}

#[test]
fn an_optional_activity_need_not_be_recorded() {
    // A journal with nothing in it, checked a year in: every meeting is unrecorded,
    // but the optional pre-meeting is not asked for.
    let dir = plan_dir(PLAN);
    write(
        &dir.path().join("plan.log.yaml"),
        "kind: log\nentries: []\n",
    );
    let r = run(
        dir.path(),
        &[
            "check",
            "plan.yaml",
            "--as-of",
            "2028-01-31",
            "--format",
            "json",
        ],
    );
    let v: serde_json::Value = serde_json::from_str(&r.stdout).expect("json");
    let unrecorded: Vec<&str> = v["diagnostics"]
        .as_array()
        .map(|d| {
            d.iter()
                .filter(|d| d["rule"] == "occurrence-not-recorded")
                .filter_map(|d| d["fields"]["activity"].as_str())
                .collect()
        })
        .unwrap_or_default();
    assert!(unrecorded.contains(&"koordinatormoede"), "{unrecorded:?}");
    assert!(!unrecorded.contains(&"formoede"), "{unrecorded:?}");
}

#[test]
fn diff_says_before_with_its_minus() {
    let dir = plan_dir(PLAN);
    write(
        &dir.path().join("ny.yaml"),
        &PLAN
            .replace(
                "before: statusmoede - 2 uger",
                "before: statusmoede - 3 uger",
            )
            .replace("location: Rådhuset, mødelokale 2", "location: Politigården"),
    );
    let r = run(
        dir.path(),
        &["diff", "plan.yaml", "ny.yaml", "--lang", "da"],
    );
    assert_eq!(r.code, 1, "{}", r.snapshot());
    assert!(
        r.stdout
            .contains("før statusmoede - 2 uger → statusmoede - 3 uger"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout
            .contains("sted Rådhuset, mødelokale 2 → Politigården"),
        "{}",
        r.stdout
    );
}
