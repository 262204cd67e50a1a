//! Multi-day activities through the real binary (issue 15, item 5): `length: 2 dage`
//! spans two *working days* from its date (weekends, holidays and closures skipped),
//! each a working day's hours (`calendar.day_length`; 7.4 hours by default, 8 hours
//! in a Swedish plan); planned hours count each day in its own month; calendars get
//! one event per day with its own UID (day one keeps the occurrence's); documents say
//! "2 dage · 12. og 15. marts 2027". Also granted hours in the number words lengths
//! take (`to timer om ugen`, `halvanden time om ugen`).

mod common;

use common::{activity, compiled, days, hours, plan_dir, run, workspace, write};

/// A Danish plan with a two-day course on a Friday, a three-day course over Easter,
/// a two-day course before the summer closure, one across a month boundary and a
/// course of one and a half days.
const PLAN: &str = "\
id: kursus-nordby
title: Kurser i Nordby
organisation: Nordby Kommune
language: da
start: 2027-01-04
calendar:
  closed: [2027-07-05..2027-07-30]

roles:
  koordinator:
    name: Koordinator
    owner: Anna Jensen
    hours: to timer om ugen
  superbruger:
    name: Superbruger
    owner: Bo Hansen
    hours: halvanden time om ugen

phases:
  drift:
    name: Drift
    duration: 1 år
    owner: koordinator
    exit_criteria: [Kurserne er holdt]

activities:
  kursus-fredag:
    name: Kursus i ICS
    phase: drift
    date: 2027-03-12
    length: 2 dage
    responsible: koordinator
  kursus-paaske:
    name: Kursus over påsken
    phase: drift
    date: 2027-03-24
    length: 3 dage
    responsible: superbruger
  kursus-sommer:
    name: Kursus før sommerferien
    phase: drift
    date: 2027-07-02
    length: 2 dage
    responsible: superbruger
  kursus-maanedsskifte:
    name: Kursus ved månedsskiftet
    phase: drift
    date: 2027-04-30
    length: 2 dage
    responsible: koordinator
  kursus-halvanden:
    name: Halvanden dags kursus
    phase: drift
    date: 2027-09-06
    length: halvanden dag
    responsible: koordinator
";

#[test]
fn the_plan_checks_without_errors_and_role_overloaded_counts_the_days() {
    let dir = plan_dir(PLAN);
    let r = run(dir.path(), &["check", "plan.yaml"]);
    assert_eq!(r.code, 0, "{}", r.snapshot());
    assert!(r.stdout.contains("0 errors"), "{}", r.snapshot());
    // Three course days over Easter are 22.2 hours in March against 6.5 granted.
    assert!(
        r.stdout
            .contains("rollen `superbruger` har 22,2 planlagte timer i marts 2027"),
        "{}",
        r.snapshot()
    );
}

#[test]
fn a_two_day_course_on_a_friday_spans_friday_and_monday() {
    let dir = plan_dir(PLAN);
    let c = compiled(dir.path());
    let a = activity(&c, "kursus-fredag");
    assert_eq!(days(a), ["2027-03-12", "2027-03-15"]);
    assert_eq!(a["length_days"], 2);
    // Two working days of 7 hours 24 minutes.
    assert_eq!(a["length_minutes"], 888);
    assert_eq!(c["calendar"]["day_length_minutes"], 444);
    // A one-day activity has no `days` (the field is only there for several).
    let one = plan_dir(&PLAN.replace(
        "length: 2 dage\n    responsible: koordinator\n  kursus-paaske",
        "length: 1 dag\n    responsible: koordinator\n  kursus-paaske",
    ));
    let c1 = compiled(one.path());
    let a1 = activity(&c1, "kursus-fredag");
    assert!(a1["occurrences"][0].get("days").is_none(), "{a1}");
    assert_eq!(a1["length_minutes"], 444);
}

#[test]
fn easter_and_a_closure_are_skipped() {
    let dir = plan_dir(PLAN);
    let c = compiled(dir.path());
    // Wednesday before Easter: skærtorsdag, langfredag, the weekend and 2. påskedag
    // are no working days.
    assert_eq!(
        days(activity(&c, "kursus-paaske")),
        ["2027-03-24", "2027-03-30", "2027-03-31"]
    );
    // Friday before the four-week summer closure: day two is the Monday after it.
    assert_eq!(
        days(activity(&c, "kursus-sommer")),
        ["2027-07-02", "2027-08-02"]
    );
}

#[test]
fn planned_hours_count_each_day_in_its_own_month() {
    let dir = plan_dir(PLAN);
    let c = compiled(dir.path());
    assert_eq!(
        days(activity(&c, "kursus-maanedsskifte")),
        ["2027-04-30", "2027-05-03"]
    );
    assert_eq!(hours(&c, "koordinator", "2027-03"), 14.8);
    assert_eq!(hours(&c, "koordinator", "2027-04"), 7.4);
    assert_eq!(hours(&c, "koordinator", "2027-05"), 7.4);
    // Easter: three days in March; the summer course: one day each in July and August.
    assert_eq!(hours(&c, "superbruger", "2027-03"), 22.2);
    assert_eq!(hours(&c, "superbruger", "2027-07"), 7.4);
    assert_eq!(hours(&c, "superbruger", "2027-08"), 7.4);
    // One and a half days: a working day and a half day.
    assert_eq!(
        days(activity(&c, "kursus-halvanden")),
        ["2027-09-06", "2027-09-07"]
    );
    assert_eq!(hours(&c, "koordinator", "2027-09"), 11.1);
}

#[test]
fn a_swedish_day_is_eight_hours_and_day_length_overrides() {
    let sv = PLAN
        .replace("language: da", "language: sv")
        .replace("2 dage", "2 dagar")
        .replace("3 dage", "3 dagar")
        .replace("halvanden dag", "en och en halv dag")
        .replace("to timer om ugen", "två timmar per vecka")
        .replace("halvanden time om ugen", "en och en halv timme per vecka");
    let dir = plan_dir(&sv);
    let r = run(dir.path(), &["check", "plan.yaml"]);
    assert_eq!(r.code, 0, "{}", r.snapshot());
    let c = compiled(dir.path());
    assert_eq!(c["calendar"]["day_length_minutes"], 480);
    assert_eq!(activity(&c, "kursus-fredag")["length_minutes"], 960);
    assert_eq!(hours(&c, "koordinator", "2027-04"), 8.0);
    // Swedish holidays: långfredagen and annandag påsk, not skärtorsdagen.
    assert_eq!(
        days(activity(&c, "kursus-paaske")),
        ["2027-03-24", "2027-03-25", "2027-03-30"]
    );

    // `calendar.day_length` decides, in either language.
    let own = PLAN.replace(
        "calendar:\n",
        "calendar:\n  day_length: 7 timer og 30 minutter\n",
    );
    let dir = plan_dir(&own);
    let c = compiled(dir.path());
    assert_eq!(c["calendar"]["day_length_minutes"], 450);
    assert_eq!(activity(&c, "kursus-fredag")["length_minutes"], 900);
    assert_eq!(hours(&c, "koordinator", "2027-03"), 15.0);
}

#[test]
fn a_day_length_from_the_model_is_inherited() {
    let dir = workspace("");
    write(
        &dir.path().join("model.yaml"),
        "\
id: kursusmodel
kind: model
title: Kursusmodel
version: 1.0.0
language: da
calendar:
  day_length: 8 timer
",
    );
    write(
        &dir.path().join("plan.yaml"),
        &PLAN.replace("calendar:\n", "uses: model.yaml\ncalendar:\n"),
    );
    let c = compiled(dir.path());
    assert_eq!(c["calendar"]["day_length_minutes"], 480);
    assert_eq!(activity(&c, "kursus-fredag")["length_minutes"], 960);
    // The plan's closure is kept beside the model's day length.
    assert_eq!(
        days(activity(&c, "kursus-sommer")),
        ["2027-07-02", "2027-08-02"]
    );
}

#[test]
fn wrong_lengths_and_day_lengths_say_what_is_accepted() {
    for (from, to, words) in [
        (
            "length: 2 dage",
            "length: 1 dag og 2 timer",
            "lægger arbejdsdage og timer sammen",
        ),
        (
            "length: 2 dage",
            "length: 1,3 dage",
            "ikke hele eller halve arbejdsdage",
        ),
        (
            "calendar:\n",
            "calendar:\n  day_length: 2 dage\n",
            "ikke længden af en arbejdsdag",
        ),
        (
            "calendar:\n",
            "calendar:\n  day_length: 25 timer\n",
            "højst 24 timer",
        ),
    ] {
        let dir = plan_dir(&PLAN.replacen(from, to, 1));
        let r = run(dir.path(), &["check", "plan.yaml"]);
        assert_eq!(r.code, 1, "{to}: {}", r.snapshot());
        assert!(r.stdout.contains(words), "{to}: {}", r.snapshot());
    }
}

#[test]
fn granted_hours_take_the_number_words_of_lengths() {
    let dir = plan_dir(PLAN);
    let c = compiled(dir.path());
    let granted = |role: &str| {
        c["roles"]
            .as_array()
            .and_then(|r| r.iter().find(|x| x["id"] == role))
            .map(|r| r["granted_hours_per_month"].clone())
            .unwrap_or_default()
    };
    // 2 and 1.5 hours a week, as hours per month (× 52 / 12).
    assert_eq!(granted("koordinator"), 8.67);
    assert_eq!(granted("superbruger"), 6.5);
    for hours in [
        "1,5 timer om ugen",
        "1 time og 30 minutter om ugen",
        "4½ timer pr. måned",
        "en halv time om ugen",
        "tre timer om måneden",
    ] {
        let dir = plan_dir(&PLAN.replace("hours: to timer om ugen", &format!("hours: {hours}")));
        let r = run(dir.path(), &["check", "plan.yaml"]);
        assert_eq!(r.code, 0, "{hours}: {}", r.snapshot());
    }
}

#[test]
fn the_calendar_has_one_event_per_day_with_its_own_uid() {
    let dir = plan_dir(PLAN);
    let r = run(dir.path(), &["render", "plan.yaml", "--out", "out", "-q"]);
    assert_eq!(r.code, 0, "{}", r.snapshot());
    let ics = std::fs::read_to_string(dir.path().join("out/kalender.ics")).expect("ics");
    let ics = ics.replace("\r\n ", "");
    let uids: Vec<&str> = ics
        .lines()
        .filter_map(|l| l.strip_prefix("UID:"))
        .map(str::trim_end)
        .collect();
    let unique: std::collections::BTreeSet<&str> = uids.iter().copied().collect();
    assert_eq!(unique.len(), uids.len(), "{uids:?}");
    // 2 + 3 + 2 + 2 + 2 days.
    assert_eq!(uids.len(), 11, "{uids:?}");
    // Day one keeps the occurrence's UID; day two has its own.
    assert!(uids.contains(&"kursus-nordby-kursus-fredag-0@tovholder"));
    assert!(uids.contains(&"kursus-nordby-kursus-fredag-0-d2@tovholder"));
    assert!(uids.contains(&"kursus-nordby-kursus-paaske-0-d3@tovholder"));
    // A working day from 09:00: 7 hours 24 minutes; the half day 3 hours 42 minutes.
    for (start, end) in [
        ("20270312T090000", "20270312T162400"),
        ("20270315T090000", "20270315T162400"),
        ("20270907T090000", "20270907T124200"),
    ] {
        assert!(
            ics.contains(&format!(
                "DTSTART;TZID=Europe/Copenhagen:{start}\r\nDTEND;TZID=Europe/Copenhagen:{end}"
            )),
            "{start}–{end}"
        );
    }
    // No event on the holidays, the weekend or in the closure.
    for day in ["20270313", "20270325", "20270326", "20270329", "20270705"] {
        assert!(!ics.contains(&format!(":{day}T")), "{day}");
    }
    assert!(ics.contains("DESCRIPTION:Dag 2 af 2\\n"), "{ics}");
    // A second render with the first as history changes nothing.
    let first = std::fs::read(dir.path().join("out/kalender.ics")).expect("ics");
    let r = run(dir.path(), &["render", "plan.yaml", "--out", "out", "-q"]);
    assert_eq!(r.code, 0, "{}", r.snapshot());
    let second = std::fs::read(dir.path().join("out/kalender.ics")).expect("ics");
    assert_eq!(first, second);
}

#[test]
fn documents_say_the_days_in_three_languages() {
    for (lang, texts) in [
        (
            "da",
            [
                "2 dage · 12. og 15. marts 2027",
                "3 dage · 24., 30. og 31. marts 2027",
                "2 dage · 30. april og 3. maj 2027",
                "1,5 dage · 6.–7. september 2027",
            ],
        ),
        (
            "sv",
            [
                "2 dagar · 12 och 15 mars 2027",
                "3 dagar · 24, 30 och 31 mars 2027",
                "2 dagar · 30 april och 3 maj 2027",
                "1,5 dagar · 6–7 september 2027",
            ],
        ),
        (
            "en",
            [
                "2 days · 12 and 15 March 2027",
                "3 days · 24, 30 and 31 March 2027",
                "2 days · 30 April and 3 May 2027",
                "1.5 days · 6–7 September 2027",
            ],
        ),
    ] {
        let dir = plan_dir(PLAN);
        let r = run(
            dir.path(),
            &["render", "plan.yaml", "--out", "out", "-q", "--lang", lang],
        );
        assert_eq!(r.code, 0, "{}", r.snapshot());
        let md = std::fs::read_to_string(dir.path().join("out/aktivitetsplan.md"))
            .expect("aktivitetsplan.md");
        for t in texts {
            assert!(md.contains(t), "{lang}: {t}\n{md}");
        }
        assert!(
            !md.contains("14,8 timer") && !md.contains("14.8 hours"),
            "{md}"
        );
    }
}
