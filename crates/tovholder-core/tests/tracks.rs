//! Tracks in the compiled plan: the schedule's dates and the compiled plan's agree for
//! a plan with templates, a paused and a closed track and teams; per-person hours add
//! up to the role's.

use tovholder_core::compiled::CompiledPlan;
use tovholder_core::{CheckOptions, SourceFile, SourceMap};

const PLAN: &str = "\
id: spor
title: Spor
language: sv
start: 2027-01-04
roles:
  samordnare: { name: Samordnare, owner: Eva Lind }
  handlaggare:
    name: Handläggare
    owner: [Ali, Bea, Cem, Dan]
    hours: 20 tim per månad
phases:
  drift: { name: Drift, duration: 1 år }
tracks:
  norr:
    name: Norr
    owner: samordnare
    members: [Ali, Bea]
    states:
      - { from: 2027-03-01, state: vilande, reason: Inväntar beslut }
      - { from: 2027-06-01, state: aktiv }
  soder:
    name: Söder
    owner: samordnare
    members: [Cem]
    end: 2027-08-31
activities:
  mote:
    name: Gruppmöte
    phase: drift
    per: spår
    every: 2 veckor
    length: 2 timmar
    participants: [handlaggare]
";

fn compile() -> (tovholder_core::Checked, CompiledPlan) {
    let mut sources = SourceMap::new();
    let file = sources.add(SourceFile::new("plan.yaml", PLAN));
    let checked = tovholder_core::check(&sources, file, &CheckOptions::default());
    let compiled = checked.compiled(&sources).expect("compiled");
    (checked, compiled)
}

#[test]
fn the_compiled_dates_are_the_schedules() {
    let (checked, compiled) = compile();
    let schedule = checked.schedule.as_ref().expect("schedule");
    assert_eq!(compiled.activities.len(), 2);
    for (a, occ) in compiled.activities.iter().zip(&schedule.occurrences) {
        let got: Vec<_> = a.occurrences.iter().map(|o| (o.date.0, o.slot)).collect();
        let want: Vec<_> = occ.iter().map(|o| (o.date, o.slot)).collect();
        assert_eq!(got, want, "{}", a.id);
    }
    let norr = &compiled.activities[0];
    assert_eq!(norr.id, "mote-norr");
    assert_eq!(norr.name, "Gruppmöte – Norr");
    assert_eq!(norr.responsible.as_deref(), Some("samordnare"));
    assert!(norr.occurrences.iter().all(|o| {
        let d = o.date.to_string();
        d.as_str() < "2027-03-01" || d.as_str() >= "2027-06-01"
    }));
    let soder = &compiled.activities[1];
    assert!(
        soder
            .occurrences
            .iter()
            .all(|o| o.date.to_string().as_str() <= "2027-08-31")
    );
    assert_eq!(compiled.tracks.len(), 2);
    assert_eq!(compiled.tracks[0].running.len(), 2);
    assert_eq!(compiled.tracks[1].running[0].to.to_string(), "2027-08-31");
}

#[test]
fn each_person_counts_their_own_team_and_dan_everything() {
    let (_, compiled) = compile();
    let role = compiled
        .roles
        .iter()
        .find(|r| r.id == "handlaggare")
        .expect("role");
    let people: Vec<&str> = role
        .person_hours
        .iter()
        .map(|p| p.person.as_str())
        .collect();
    assert_eq!(people, ["Ali", "Bea", "Cem", "Dan"]);
    let total = |hours: &[tovholder_core::compiled::MonthHours]| -> f64 {
        hours.iter().map(|m| m.hours).sum()
    };
    let [ali, bea, cem, dan] = [0, 1, 2, 3].map(|i| total(&role.person_hours[i].planned_hours));
    assert!((ali - bea).abs() < 1e-9);
    // Dan is in no team: he attends both teams' meetings, as the role does.
    assert!((dan - total(&role.planned_hours)).abs() < 1e-9);
    assert!((ali + cem - dan).abs() < 1e-9, "{ali} + {cem} vs {dan}");
    assert_eq!(role.person_hours[2].tracks, ["soder"]);
    assert!(role.person_hours[3].tracks.is_empty());
}
