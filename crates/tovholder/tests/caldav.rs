//! Calendars that update instead of piling up (issue 17), through the real binary:
//! UIDs keyed on the schedule slot, SEQUENCE and DTSTAMP from the calendar rendered
//! last time, removed events cancelled, the plan's time zone. The same behaviour
//! against a real CalDAV server and client: `scripts/test-caldav.sh`.

mod common;

use common::{run, write};
use std::collections::BTreeMap;
use std::path::Path;

const PLAN: &str = "\
id: kal
title: Kalenderprøve
language: da
start: 2027-01-04
horizon: 1 år
calendar:
  holidays: dk
  closed: [\"2027-07-05..2027-07-30\"]
roles:
  leder:
    name: Leder
    owner: [Bo Hansen]
  tovholder:
    name: Tovholder
    owner: [Ea Holm]
phases:
  drift:
    name: Drift
    duration: løbende
activities:
  moede:
    name: Styregruppemøde
    phase: drift
    every: måned
    time: \"13:00\"
    responsible: leder
  workshop:
    name: Workshop
    phase: drift
    at: 2 uger
    responsible: leder
    participants: [tovholder]
";

fn render(dir: &Path, as_of: &str) -> common::Run {
    let r = run(
        dir,
        &[
            "render",
            "plan.yaml",
            "--only",
            "ical",
            "--out",
            "out",
            "--as-of",
            as_of,
        ],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    r
}

fn ics(dir: &Path, name: &str) -> String {
    std::fs::read_to_string(dir.join("out").join(name)).expect("calendar")
}

/// UID → the event's unfolded lines.
fn events(text: &str) -> BTreeMap<String, Vec<String>> {
    let unfolded = text.replace("\r\n ", "");
    let mut out = BTreeMap::new();
    let mut cur: Option<Vec<String>> = None;
    for line in unfolded.split("\r\n") {
        match line {
            "BEGIN:VEVENT" => cur = Some(Vec::new()),
            "END:VEVENT" => {
                let ev = cur.take().expect("event");
                let uid = ev
                    .iter()
                    .find_map(|l| l.strip_prefix("UID:"))
                    .expect("UID")
                    .to_string();
                assert!(out.insert(uid.clone(), ev).is_none(), "{uid} twice");
            }
            l => {
                if let Some(ev) = cur.as_mut() {
                    ev.push(l.to_string());
                }
            }
        }
    }
    out
}

fn field<'a>(ev: &'a [String], name: &str) -> &'a str {
    ev.iter()
        .find_map(|l| {
            l.strip_prefix(name).and_then(|r| {
                r.strip_prefix(':')
                    .or_else(|| r.split_once(':').map(|x| x.1))
            })
        })
        .unwrap_or_default()
}

fn workspace(plan: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::create_dir(dir.path().join(".git")).expect(".git");
    write(&dir.path().join("plan.yaml"), plan);
    dir
}

#[test]
fn a_closure_never_rekeys_the_other_events() {
    let closed = workspace(PLAN);
    render(closed.path(), "2027-01-01");
    let open = workspace(&PLAN.replace("  closed: [\"2027-07-05..2027-07-30\"]\n", ""));
    render(open.path(), "2027-01-01");
    let (with, without) = (
        events(&ics(closed.path(), "kalender.ics")),
        events(&ics(open.path(), "kalender.ics")),
    );
    // Slot 6 is July 2027: dropped in the closure, there without it.
    assert!(!with.contains_key("kal-moede-6@tovholder"));
    assert!(field(&without["kal-moede-6@tovholder"], "DTSTART").starts_with("202707"));
    // Every other slot is the same event on the same day either way.
    for (uid, ev) in &with {
        assert_eq!(
            field(ev, "DTSTART"),
            field(&without[uid], "DTSTART"),
            "{uid}"
        );
    }
    assert_eq!(without.len(), with.len() + 1);
}

#[test]
fn changed_events_get_a_newer_sequence_and_removed_ones_are_cancelled() {
    let dir = workspace(PLAN);
    render(dir.path(), "2027-01-01");
    let first = ics(dir.path(), "kalender.ics");
    let role_first = ics(dir.path(), "kalender-tovholder.ics");
    // The same plan and history: not one byte changes.
    render(dir.path(), "2027-01-01");
    assert_eq!(ics(dir.path(), "kalender.ics"), first);

    // The meeting moves to 14:00, the workshop and the role tovholder are removed.
    let edited = PLAN
        .replace("time: \"13:00\"", "time: \"14:00\"")
        .replace(
            "  workshop:\n    name: Workshop\n    phase: drift\n    at: 2 uger\n    responsible: leder\n    participants: [tovholder]\n",
            "",
        )
        .replace("  tovholder:\n    name: Tovholder\n    owner: [Ea Holm]\n", "");
    assert!(!edited.contains("workshop") && !edited.contains("Ea Holm"));
    write(&dir.path().join("plan.yaml"), &edited);
    render(dir.path(), "2027-01-01");
    let second = ics(dir.path(), "kalender.ics");
    let (before, after) = (events(&first), events(&second));
    assert_eq!(before.len(), after.len(), "every event is still there");
    for (uid, ev) in &after {
        let old = &before[uid];
        assert_eq!(field(old, "SEQUENCE"), "0", "{uid}");
        assert_eq!(field(ev, "SEQUENCE"), "1", "{uid}: changed, so newer");
        assert!(field(ev, "DTSTAMP") > field(old, "DTSTAMP"), "{uid}");
    }
    let workshop = &after["kal-workshop-0@tovholder"];
    assert!(workshop.contains(&"STATUS:CANCELLED".to_string()));
    assert_eq!(field(workshop, "SUMMARY"), "Workshop");
    assert!(field(&after["kal-moede-0@tovholder"], "DTSTART").ends_with("T140000"));
    // The removed role's feed: its events cancelled.
    let role = events(&ics(dir.path(), "kalender-tovholder.ics"));
    assert_eq!(role.len(), events(&role_first).len());
    assert!(
        role.values()
            .all(|e| e.contains(&"STATUS:CANCELLED".to_string()))
    );

    // Again: unchanged events keep SEQUENCE and DTSTAMP, byte for byte.
    render(dir.path(), "2027-01-01");
    assert_eq!(ics(dir.path(), "kalender.ics"), second);
    // Once the workshop's day has passed, it is no longer written.
    render(dir.path(), "2027-02-01");
    let later = events(&ics(dir.path(), "kalender.ics"));
    assert!(!later.contains_key("kal-workshop-0@tovholder"));
    assert_eq!(later.len(), after.len() - 1);
}

#[test]
fn a_calendar_that_is_not_tovholders_own_is_no_history() {
    let dir = workspace(PLAN);
    render(dir.path(), "2027-01-01");
    let fresh = ics(dir.path(), "kalender.ics");
    write(
        &dir.path().join("out/kalender.ics"),
        "BEGIN:VCALENDAR\r\nPRODID:-//someone//else//EN\r\nEND:VCALENDAR\r\n",
    );
    let r = render(dir.path(), "2027-01-01");
    assert!(
        r.stderr.contains("kalender.ics") && r.stderr.contains("historik"),
        "{}",
        r.stderr
    );
    assert_eq!(ics(dir.path(), "kalender.ics"), fresh);
}

#[test]
fn time_zones_follow_the_plan() {
    let sv = workspace(
        &PLAN
            .replace("language: da", "language: sv")
            .replace("holidays: dk", "holidays: se"),
    );
    render(sv.path(), "2027-01-01");
    let text = ics(sv.path(), "kalender.ics");
    assert!(text.contains("X-WR-TIMEZONE:Europe/Stockholm\r\n"));
    assert!(text.contains("TZID:Europe/Stockholm\r\n"));
    assert!(text.contains("DTSTART;TZID=Europe/Stockholm:20270104T130000"));
    assert!(!text.contains("Copenhagen"));

    let faroe = workspace(&PLAN.replace(
        "  holidays: dk\n",
        "  holidays: dk\n  timezone: Atlantic/Faroe\n",
    ));
    render(faroe.path(), "2027-01-01");
    let text = ics(faroe.path(), "kalender.ics");
    assert!(text.contains("TZID:Atlantic/Faroe\r\n"));
    assert!(text.contains("TZOFFSETFROM:+0000\r\nTZOFFSETTO:+0100\r\nTZNAME:WEST\r\n"));
    assert!(text.contains("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"));

    let nuuk = workspace(&PLAN.replace(
        "  holidays: dk\n",
        "  holidays: dk\n  timezone: America/Nuuk\n",
    ));
    render(nuuk.path(), "2027-01-01");
    let text = ics(nuuk.path(), "kalender.ics");
    // Since 2024: -02 in winter, -01 in summer, changing at 01:00 UTC on the last
    // Sunday of March: 22:00 on the Saturday before, local time.
    assert!(text.contains("TZOFFSETFROM:-0200\r\nTZOFFSETTO:-0100\r\n"));
    assert!(text.contains("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=SA;BYMONTHDAY=24,25,26,27,28,29,30"));

    let bad = workspace(&PLAN.replace(
        "  holidays: dk\n",
        "  holidays: dk\n  timezone: Europe/Kobenhavn\n",
    ));
    let r = run(bad.path(), &["check", "plan.yaml"]);
    assert_eq!(r.code, 1, "{}", r.stdout);
    assert!(
        r.stdout.contains("ukendt tidszone `Europe/Kobenhavn`"),
        "{}",
        r.stdout
    );
}
