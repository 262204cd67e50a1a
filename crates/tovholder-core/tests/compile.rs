//! The compiler: seeds' phase models as snapshots, recurrence edge cases, the
//! holiday calendar, working days in every bundled example, and the schedule rules
//! that fire on the seeds' real inconsistencies.

use jiff::civil::{Date, date};
use std::path::{Path, PathBuf};
use tovholder_core::calendar::{HolidayKind, HolidayRegion, holidays};
use tovholder_core::compiled::{CompiledActivity, CompiledPlan};
use tovholder_core::merge::ModelSource;
use tovholder_core::model;
use tovholder_core::schedule::work_calendar;
use tovholder_core::{CheckOptions, Checked, FileId, Lang, SourceFile, SourceMap};

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Loads models from disk, relative to the file that uses them (test helper).
struct Disk;

impl ModelSource for Disk {
    fn load(
        &mut self,
        sources: &mut SourceMap,
        from: FileId,
        path: &str,
    ) -> Result<FileId, String> {
        let base = sources
            .get(from)
            .map(|f| PathBuf::from(&f.name))
            .and_then(|p| p.parent().map(Path::to_path_buf))
            .unwrap_or_default();
        let full = base.join(path);
        let text = std::fs::read_to_string(&full).map_err(|e| e.to_string())?;
        Ok(sources.add(SourceFile::new(full.display().to_string(), text)))
    }
}

/// A checked plan with its compiled plan (what `compile` prints), when it has one.
struct Done {
    checked: Checked,
    compiled: Option<CompiledPlan>,
}

impl std::ops::Deref for Done {
    type Target = Checked;
    fn deref(&self) -> &Checked {
        &self.checked
    }
}

fn done(sources: &SourceMap, checked: Checked) -> Done {
    Done {
        compiled: checked.compiled(sources),
        checked,
    }
}

fn check_file(path: &Path, opts: &CheckOptions) -> (SourceMap, Done) {
    let text = std::fs::read_to_string(path).expect("readable test file");
    let mut sources = SourceMap::new();
    let file = sources.add(SourceFile::new(path.display().to_string(), text));
    let checked = tovholder_core::check_with_models(&mut sources, file, opts, &mut Disk);
    let done = done(&sources, checked);
    (sources, done)
}

fn check_text(yaml: &str) -> Done {
    check_text_with(yaml, &CheckOptions::default())
}

fn check_text_with(yaml: &str, opts: &CheckOptions) -> Done {
    let mut sources = SourceMap::new();
    let file = sources.add(SourceFile::new("plan.yaml", yaml));
    done(&sources, tovholder_core::check(&sources, file, opts))
}

fn compiled(c: &Done) -> &CompiledPlan {
    c.compiled.as_ref().unwrap_or_else(|| {
        panic!("the plan was not compiled: {:#?}", c.diags);
    })
}

fn activity<'a>(p: &'a CompiledPlan, id: &str) -> &'a CompiledActivity {
    p.activities
        .iter()
        .find(|a| a.id == id)
        .unwrap_or_else(|| panic!("no activity {id}"))
}

fn dates(a: &CompiledActivity) -> Vec<Date> {
    a.occurrences.iter().map(|o| o.date.0).collect()
}

fn rules_of(c: &Checked) -> Vec<&'static str> {
    c.diags.iter().map(|d| d.rule.name).collect()
}

fn relative(opts: CheckOptions, name: &str) -> (SourceMap, Done) {
    // Run from the repository root so file names in `source` are stable.
    let path = PathBuf::from("tests/compile").join(name);
    let text = std::fs::read_to_string(repo().join(&path)).expect("test plan");
    let mut sources = SourceMap::new();
    let file = sources.add(SourceFile::new(path.display().to_string(), text));
    let checked = done(&sources, tovholder_core::check(&sources, file, &opts));
    (sources, checked)
}

#[test]
fn ics_phase_model_snapshot() {
    let (_, c) = relative(CheckOptions::default(), "ics-faser.yaml");
    let p = compiled(&c);
    assert!(c.diags.is_empty(), "{:#?}", c.diags);
    let beslutning = &p.phases[0];
    assert_eq!(beslutning.start.nominal.0, date(2027, 1, 4));
    assert_eq!(beslutning.end.earliest.0, date(2027, 2, 4));
    assert_eq!(beslutning.end.nominal.0, date(2027, 3, 4));
    assert_eq!(beslutning.end.latest.0, date(2027, 4, 4));
    let klar = &p.phases[1];
    assert_eq!(klar.end.nominal.0, date(2027, 11, 4));
    let i_gang = &p.phases[2];
    assert_eq!(i_gang.end.nominal.0, date(2028, 11, 4));
    assert_eq!(i_gang.end.latest.0, date(2028, 12, 4));
    // Horizon 3 år: the calendar ends the day before 4 January 2030; forankring runs to it.
    assert_eq!(p.until.0, date(2030, 1, 3));
    assert!(p.phases[3].ongoing);
    assert_eq!(p.phases[3].end.nominal.0, date(2030, 1, 4));
    // Learning meetings every second month from the start of I gang.
    let laering = dates(activity(p, "laeringsmoede"));
    assert_eq!(laering.first(), Some(&date(2027, 11, 4)));
    assert_eq!(laering.get(1), Some(&date(2028, 1, 4)));
    // `after: udvalgsbehandling + 1 uge` from the fixed date 2 February 2027.
    assert_eq!(dates(activity(p, "udmelding")), [date(2027, 2, 9)]);
    insta::assert_json_snapshot!("ics-faser", p);
}

#[test]
fn swedish_life_phases_snapshot_and_horizon_mismatch() {
    let (_, c) = relative(CheckOptions::default(), "samverkan-livsfaser.yaml");
    let p = compiled(&c);
    let mismatch: Vec<_> = c
        .diags
        .iter()
        .filter(|d| d.rule == "horizon-mismatch")
        .collect();
    assert_eq!(mismatch.len(), 1, "{:#?}", c.diags);
    // A Swedish plan gets Swedish messages; the facts are the same in every language.
    assert_eq!(
        mismatch[0].message,
        "faserna tar 18–30 månader (19–32 med den valfria fasen 5. Revidera (vid behov)), planen säger 12–18 månader"
    );
    let english = mismatch[0].finding.text(tovholder_core::Lang::En).message;
    assert_eq!(
        english,
        "phases take 18–30 months (19–32 with the optional phase 5. Revidera (vid behov)), the plan says 12–18 months"
    );
    // The calendar covers every bounded phase even though the horizon is shorter.
    let last = p.phases.last().expect("phases");
    assert!(p.until.0 >= last.end.nominal.0.yesterday().unwrap());
    // The optional phase's own window (issue 16): it starts where the earliest plan
    // (which skips it) puts it and ends at least its minimum duration later, never
    // before it starts.
    let revidera = p.phases.iter().find(|x| x.id == "revidera").unwrap();
    assert!(revidera.optional);
    assert!(revidera.end.earliest > revidera.start.earliest);
    assert!(revidera.end.nominal > revidera.start.nominal);
    // Swedish holiday names in a Swedish plan.
    assert!(
        p.calendar
            .holiday_dates
            .iter()
            .any(|h| h.name == "midsommarafton" && h.date.0 == date(2027, 6, 25))
    );
    insta::assert_json_snapshot!("samverkan-livsfaser", p);
}

#[test]
fn horizon_mismatch_fires_on_the_swedish_model_itself() {
    let (_, c) = check_file(
        &repo().join("models/samverkan.yaml"),
        &CheckOptions::default(),
    );
    assert!(
        c.compiled.is_none(),
        "a model has no start and is not scheduled"
    );
    let d = c
        .diags
        .iter()
        .find(|d| d.rule == "horizon-mismatch")
        .expect("horizon-mismatch on models/samverkan.yaml");
    // Phases 1-5 and 7 without the optional 6 Tillämpning ("vid behov"): 13-20.
    assert!(d.message.contains("13–20"), "{}", d.message);
    assert!(d.message.contains("19–32"), "{}", d.message);
    assert!(d.message.contains("12–18"), "{}", d.message);
}

#[test]
fn holiday_dates_match_the_danish_calendar_2024_to_2035() {
    let opts = CheckOptions {
        until: Some(model::Date(date(2035, 12, 31))),
        ..Default::default()
    };
    let c = check_text_with(
        "id: h\ntitle: H\nlanguage: da\nstart: 2024-01-01\ncalendar: { holidays: dk }\nphases:\n  a: { duration: ongoing }\n",
        &opts,
    );
    let p = compiled(&c);
    assert_eq!(p.until.0, date(2035, 12, 31));
    let got: Vec<(Date, String, HolidayKind)> = p
        .calendar
        .holiday_dates
        .iter()
        .map(|h| (h.date.0, h.name.clone(), h.kind))
        .collect();
    let want: Vec<(Date, String, HolidayKind)> = (2024..=2035)
        .flat_map(|y| holidays(HolidayRegion::Dk, y))
        .map(|h| (h.date, h.name(Lang::Da).to_string(), h.kind))
        .collect();
    assert_eq!(got, want);
    // 13 a year since store bededag went (2024): 12 × 13.
    assert_eq!(got.len(), 12 * 13);
    assert!(!got.iter().any(|(_, n, _)| n == "store bededag"));
    for (d, name) in [
        (date(2024, 3, 28), "skærtorsdag"),
        (date(2027, 5, 6), "Kristi himmelfartsdag"),
        (date(2030, 6, 10), "2. pinsedag"),
        (date(2035, 3, 23), "langfredag"),
        (date(2031, 12, 24), "juleaftensdag"),
    ] {
        assert!(
            got.iter().any(|(x, n, _)| *x == d && n == name),
            "{d} {name}"
        );
    }
}

fn plan_with(activities: &str, extra: &str) -> String {
    format!(
        "id: t\ntitle: T\nlanguage: da\nstart: 2028-01-31\n{extra}\nroles:\n  r: {{ owner: A }}\nphases:\n  p: {{ duration: 1 year, exit_criteria: [x] }}\nactivities:\n{activities}"
    )
}

#[test]
fn monthly_on_the_31st_clamps_and_comes_back() {
    let c = check_text(&plan_with(
        "  m: { phase: p, every: 1 month, responsible: r }\n",
        "calendar: { holidays: none }",
    ));
    let a = activity(compiled(&c), "m");
    let got = dates(a);
    assert_eq!(
        &got[..6],
        [
            date(2028, 1, 31),
            date(2028, 2, 29), // leap year
            date(2028, 3, 31),
            date(2028, 5, 1), // Sunday 30 April moved to Monday
            date(2028, 5, 31),
            date(2028, 6, 30),
        ]
    );
    assert_eq!(
        a.occurrences[3].moved_from.map(|d| d.0),
        Some(date(2028, 4, 30))
    );
    assert_eq!(got.len(), 12);
}

#[test]
fn yearly_from_29_february() {
    let c = check_text(
        "id: t\ntitle: T\nstart: 2028-02-29\ncalendar: { holidays: none }\nphases:\n  p: { duration: 5 years }\nactivities:\n  y: { phase: p, every: 1 year }\n",
    );
    let a = activity(compiled(&c), "y");
    let computed: Vec<Date> = a
        .occurrences
        .iter()
        .map(|o| o.moved_from.unwrap_or(o.date).0)
        .collect();
    assert_eq!(
        computed,
        [
            date(2028, 2, 29),
            date(2029, 2, 28),
            date(2030, 2, 28),
            date(2031, 2, 28),
            date(2032, 2, 29),
        ]
    );
    // 29 February 2032 is a Sunday.
    assert_eq!(a.occurrences[4].date.0, date(2032, 3, 1));
}

#[test]
fn phase_shorter_than_the_interval_gets_one_occurrence() {
    let c = check_text(
        "id: t\ntitle: T\nstart: 2027-01-04\nphases:\n  kort: { duration: 2 weeks }\n  lang: { after: [kort], duration: 3 months }\nactivities:\n  m: { phase: kort, every: 1 month }\n",
    );
    let p = compiled(&c);
    assert_eq!(dates(activity(p, "m")), [date(2027, 1, 4)]);
}

#[test]
fn closure_longer_than_the_interval_swallows_meetings() {
    let c = check_text(
        "id: t\ntitle: T\nstart: 2027-06-07\ncalendar: { holidays: dk, closed: [2027-07-05..2027-07-30] }\nphases:\n  p: { duration: 3 months }\nactivities:\n  w: { phase: p, every: 1 week, length: 1 hour }\n",
    );
    let p = compiled(&c);
    let got = dates(activity(p, "w"));
    let cal = work_calendar(&c.plan);
    for d in &got {
        assert!(cal.is_working_day(*d), "{d}");
        assert!(
            !(date(2027, 7, 5)..=date(2027, 7, 30)).contains(d),
            "{d} in the closure"
        );
    }
    assert!(
        got.windows(2).all(|w| w[0] < w[1]),
        "strictly increasing: {got:?}"
    );
    // 28 June, then the Monday after the closure — once.
    let i = got
        .iter()
        .position(|d| *d == date(2027, 6, 28))
        .expect("28 June");
    assert_eq!(got[i + 1], date(2027, 8, 2));
    assert_eq!(got.iter().filter(|d| **d == date(2027, 8, 2)).count(), 1);
    // A monthly meeting in the closure is skipped, not held two days before the next one;
    // a Monday holiday only moves a weekly meeting to Tuesday.
    let c = check_text(
        "id: t\ntitle: T\nstart: 2027-06-04\ncalendar: { holidays: dk, closed: [2027-07-05..2027-07-30] }\nphases:\n  p: { duration: 3 months }\nactivities:\n  m: { phase: p, every: 1 month }\n",
    );
    assert_eq!(
        dates(activity(compiled(&c), "m")),
        [date(2027, 6, 4), date(2027, 8, 4)]
    );
    let c = check_text(
        "id: t\ntitle: T\nstart: 2027-05-10\ncalendar: { holidays: dk }\nphases:\n  p: { duration: 2 weeks }\nactivities:\n  w: { phase: p, every: 1 week }\n",
    );
    let w = activity(compiled(&c), "w");
    // 2. pinsedag is Monday 17 May 2027.
    assert_eq!(dates(w), [date(2027, 5, 10), date(2027, 5, 18)]);
    assert_eq!(
        w.occurrences[1].moved_from.map(|d| d.0),
        Some(date(2027, 5, 17))
    );
    // A closure with no working day in the next 400 days: the meeting is dropped, no panic.
    let c = check_text(
        "id: t\ntitle: T\nstart: 2027-01-04\ncalendar: { closed: [2027-01-01..2029-12-31] }\nphases:\n  p: { duration: 3 months }\nactivities:\n  w: { phase: p, every: 1 week }\n",
    );
    assert!(activity(compiled(&c), "w").occurrences.is_empty());
}

#[test]
fn ranged_intervals_use_the_nominal_and_the_bounds() {
    let c = check_text(
        "id: t\ntitle: T\nstart: 2027-01-04\ncalendar: { holidays: none }\nphases:\n  p: { duration: 6 months }\nactivities:\n  e: { phase: p, every: 4-6 weeks }\n",
    );
    let a = activity(compiled(&c), "e");
    let second = &a.occurrences[1];
    assert_eq!(second.date.0, date(2027, 2, 8)); // 5 weeks
    assert_eq!(second.earliest.0, date(2027, 2, 1)); // 4 weeks
    assert_eq!(second.latest.0, date(2027, 2, 15)); // 6 weeks
    let third = &a.occurrences[2];
    assert_eq!(third.date.0, date(2027, 3, 15)); // 10 weeks
    assert_eq!(third.earliest.0, date(2027, 3, 1));
    assert_eq!(third.latest.0, date(2027, 3, 29));
}

#[test]
fn daily_over_decades_is_capped_with_a_finding() {
    let yaml = "id: t\ntitle: T\nstart: 2027-01-04\nhorizon: 60 years\nphases:\n  p: { duration: ongoing }\nactivities:\n  d: { phase: p, every: 1 day }\n";
    let c = check_text(yaml);
    let p = compiled(&c);
    let d = c
        .diags
        .iter()
        .find(|d| d.rule == "too-many-occurrences")
        .expect("too-many-occurrences");
    assert_eq!(d.level, tovholder_core::Level::Error);
    let at = d.span();
    assert_eq!(&yaml[at.start as usize..at.end as usize], "1 day");
    assert!(activity(p, "d").occurrences.len() <= 10_000);
    // The plan-wide cap: 40 daily activities over 25 years, each below the activity cap.
    let mut acts = String::new();
    for i in 0..40 {
        acts.push_str(&format!("  d{i}: {{ phase: p, every: 1 day }}\n"));
    }
    let c = check_text(&format!(
        "id: t\ntitle: T\nstart: 2027-01-04\nhorizon: 25 years\nphases:\n  p: {{ duration: ongoing }}\nactivities:\n{acts}"
    ));
    let p = compiled(&c);
    let total: usize = p.activities.iter().map(|a| a.occurrences.len()).sum();
    assert!(total <= 200_000, "{total}");
    assert!(
        c.diags
            .iter()
            .any(|d| d.rule == "too-many-occurrences" && d.message.contains("200000")),
        "{:#?}",
        c.diags
    );
}

#[test]
fn until_before_start_gives_an_empty_calendar() {
    let opts = CheckOptions {
        until: Some(model::Date(date(2020, 1, 1))),
        ..Default::default()
    };
    let c = check_text_with(
        "id: t\ntitle: T\nstart: 2027-01-04\nphases:\n  p: { duration: 3 months }\nactivities:\n  w: { phase: p, every: 1 week }\n",
        &opts,
    );
    let p = compiled(&c);
    assert!(p.until.0 < p.start.0);
    assert!(activity(p, "w").occurrences.is_empty());
    // The holidays of the start's year: the one year a year wheel draws.
    let years: Vec<i16> = p
        .calendar
        .holiday_dates
        .iter()
        .map(|h| h.date.0.year())
        .collect();
    assert!(
        !years.is_empty() && years.iter().all(|y| *y == 2027),
        "{years:?}"
    );
}

#[test]
fn default_horizon_is_a_year_after_the_last_bounded_phase() {
    let c = check_text(
        "id: t\ntitle: T\nstart: 2027-01-04\nphases:\n  a: { duration: 2 months }\n  b: { after: [a], duration: ongoing }\n",
    );
    assert_eq!(compiled(&c).until.0, date(2028, 3, 3));
    // No ongoing phase: the calendar ends with the last phase.
    let c =
        check_text("id: t\ntitle: T\nstart: 2027-01-04\nphases:\n  a: { duration: 2 months }\n");
    assert_eq!(compiled(&c).until.0, date(2027, 3, 3));
    // Several predecessors: start when the last of them ends.
    let c = check_text(
        "id: t\ntitle: T\nstart: 2027-01-04\nphases:\n  a: { duration: 2 months }\n  b: { duration: 1-5 months }\n  c: { after: [a, b], duration: 1 month }\n",
    );
    let p = compiled(&c);
    let cph = &p.phases[2];
    assert_eq!(cph.start.earliest.0, date(2027, 3, 4));
    assert_eq!(cph.start.nominal.0, date(2027, 4, 4));
    assert_eq!(cph.start.latest.0, date(2027, 6, 4));
}

#[test]
fn activity_after_chains_are_dependency_cycles_and_not_scheduled() {
    let c = check_text(
        "id: t\ntitle: T\nstart: 2027-01-04\nphases:\n  p: { duration: 3 months }\nactivities:\n  a: { phase: p, after: c + 1 week }\n  b: { phase: p, after: a + 1 week }\n  c: { phase: p, after: b }\n",
    );
    assert!(c.compiled.is_none());
    let cycle = c
        .diags
        .iter()
        .find(|d| d.rule == "dependency-cycle")
        .expect("dependency-cycle");
    assert!(cycle.message.contains("a → b → c → a"), "{}", cycle.message);
    assert_eq!(cycle.labels.len(), 3);
}

#[test]
fn goals_stakeholders_and_sources_are_linked() {
    let c = check_text(
        "id: t\ntitle: T\nstart: 2027-01-04\nphases:\n  p: { duration: 3 months }\nactivities:\n  info:\n    phase: p\n    audience: [borgere]\n    contributes_to: [maal]\ngoals:\n  maal: { statement: Et mål }\nstakeholders:\n  borgere: { name: Borgere }\n",
    );
    let p = compiled(&c);
    assert_eq!(p.goals[0].activities, ["info"]);
    assert_eq!(p.stakeholders[0].informed_by, ["info"]);
    let src = &p.activities[0].source;
    assert_eq!(
        (src.file.as_str(), src.line, src.column),
        ("plan.yaml", 7, 3)
    );
    assert_eq!(p.activities[0].origin, "plan.yaml");
    assert_eq!(p.activities[0].time, "09:00");
}

#[test]
fn planned_hours_per_month() {
    let c = check_text(
        "id: t\ntitle: T\nlanguage: da\nstart: 2027-01-04\ncalendar: { holidays: none }\nroles:\n  a: { owner: A, hours: 1 per month }\n  b: { owner: B }\nphases:\n  p: { duration: 2 months }\nactivities:\n  m: { phase: p, every: 1 week, length: 90 min, responsible: a, participants: [a, b] }\n",
    );
    let p = compiled(&c);
    let a = &p.roles[0];
    // Mondays in January 2027 from the 4th: 4, 11, 18, 25 → 4 × 1.5 hours.
    assert_eq!(a.planned_hours[0].month, "2027-01");
    assert_eq!(a.planned_hours[0].hours, 6.0);
    assert_eq!(a.granted_hours_per_month, Some(1.0));
    let hours = |r: &tovholder_core::compiled::CompiledRole| -> Vec<(String, f64)> {
        r.planned_hours
            .iter()
            .map(|m| (m.month.clone(), m.hours))
            .collect()
    };
    assert_eq!(hours(&p.roles[1]), hours(a));
    let over = c
        .diags
        .iter()
        .find(|d| d.rule == "role-overloaded")
        .expect("role-overloaded");
    assert!(over.message.contains("januar 2027"), "{}", over.message);
    assert!(
        over.message.contains("6 planlagte timer"),
        "{}",
        over.message
    );
    assert!(
        over.message.contains("1 timer om måneden"),
        "{}",
        over.message
    );
}

/// Every `.yaml` plan under examples/ (recursively).
fn examples() -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![repo().join("examples")];
    while let Some(dir) = stack.pop() {
        for e in std::fs::read_dir(&dir).expect("examples folder").flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "yaml") {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

#[test]
fn every_occurrence_of_every_example_lands_on_a_working_day() {
    let mut scheduled = 0;
    for path in examples() {
        let (_, c) = check_file(&path, &CheckOptions::default());
        let Some(p) = &c.compiled else { continue };
        scheduled += 1;
        let cal = work_calendar(&c.plan);
        let mut n = 0;
        for a in &p.activities {
            for o in &a.occurrences {
                n += 1;
                if a.fixed_date == Some(o.date) {
                    continue;
                }
                assert!(
                    cal.is_working_day(o.date.0),
                    "{}: {} on {} ({:?})",
                    path.display(),
                    a.id,
                    o.date,
                    cal.why_closed(o.date.0)
                );
                assert!(o.earliest <= o.date && o.date <= o.latest);
                assert!(o.date <= p.until);
            }
        }
        assert!(n > 0, "{} has no occurrences", path.display());
    }
    assert!(scheduled >= 2, "only {scheduled} examples were scheduled");
}

#[test]
fn the_ics_example_is_a_calendar_a_consultant_would_sign() {
    let (_, c) = check_file(
        &repo().join("examples/ics-eksempel-kommune.yaml"),
        &CheckOptions::default(),
    );
    let p = compiled(&c);
    let schedule_rules = [
        "horizon-mismatch",
        "activity-outside-phase",
        "momentum-gap",
        "role-overloaded",
        "holiday-collision",
        "too-many-occurrences",
    ];
    let found: Vec<_> = rules_of(&c)
        .into_iter()
        .filter(|r| schedule_rules.contains(r))
        .collect();
    assert!(found.is_empty(), "{:#?}", c.diags);
    assert_eq!(p.language, Lang::Da);
}

#[test]
fn extreme_dates_and_durations_do_not_panic() {
    // Dates outside 1900–2999 are refused by the loader (a finding, not a schedule cut
    // to nothing); at the edges of that range and with huge durations, nothing panics.
    for start in ["9999-12-01", "0001-01-01"] {
        let c = check_text(&format!("id: x\ntitle: X\nstart: {start}\n"));
        assert!(
            c.diags.iter().any(|d| d.rule == "invalid-value"),
            "{start}: {:#?}",
            c.diags
        );
    }
    for start in ["2999-12-01", "2999-12-31", "1900-01-01"] {
        let c = check_text(&format!(
            "id: x\ntitle: X\nstart: {start}\nhorizon: 99999 years\ncalendar: {{ closed: [\"2999-12-01..2999-12-31\"] }}\nroles:\n  r: {{ owner: A, hours: 1 per week }}\nphases:\n  a: {{ duration: 99999 years }}\n  b: {{ after: [a], duration: ongoing }}\n  c: {{ duration: 1-99999 months, optional: true }}\n  d: {{ after: [c], duration: 3 weeks }}\nactivities:\n  w: {{ phases: [a, b], every: 1 week, length: 1 hour, responsible: r }}\n  f: {{ phase: d, at: 99999 years, date: 2999-12-31 }}\n  g: {{ phase: d, after: f + 99999 days, every: 1-99999 years }}\n  h: {{ phase: b, at: 2 days }}\n"
        ));
        let p = compiled(&c);
        // The calendar never runs more than 100 years.
        assert!(p.until.0 <= date(9999, 12, 31));
        if start == "1900-01-01" {
            assert!(p.until.0 <= date(2000, 12, 31), "{}", p.until.0);
        }
        for a in &p.activities {
            for o in &a.occurrences {
                assert!(
                    o.earliest <= o.date && o.date <= o.latest,
                    "{start} {}",
                    a.id
                );
            }
        }
    }
}

#[test]
fn before_moves_to_the_previous_working_day_and_ranges_count_back() {
    // 1 May 2028 minus two weeks is 2. påskedag; skærtorsdag and langfredag before it
    // are holidays too, so the reality check is on Wednesday 12 April.
    let c = check_text(&plan_with(
        "  s: { phase: p, date: 2028-05-01, responsible: r }\n  \
         t: { phase: p, before: s - 2 weeks, responsible: r }\n  \
         x: { phase: p, date: 2028-03-06, responsible: r }\n  \
         y: { phase: p, before: x - 1-2 weeks, responsible: r }\n",
        "",
    ));
    let t = activity(compiled(&c), "t");
    assert_eq!(dates(t), [date(2028, 4, 12)]);
    assert_eq!(
        t.occurrences[0].moved_from.map(|d| d.0),
        Some(date(2028, 4, 17))
    );
    // `1-2 weeks` before: nominal two weeks (as `after` rounds a half week up),
    // earliest two weeks, latest one week before.
    let y = activity(compiled(&c), "y");
    assert_eq!(dates(y), [date(2028, 2, 21)]);
    assert_eq!(y.occurrences[0].earliest.0, date(2028, 2, 21));
    assert_eq!(y.occurrences[0].latest.0, date(2028, 2, 28));
}

#[test]
fn a_series_follows_a_series_and_the_last_of_a_list_decides() {
    // s every 3 months from the phase start (31 January 2028); k once on 1 May.
    let c = check_text(&plan_with(
        "  s: { phase: p, every: 3 months, responsible: r }\n  \
         k: { phase: p, date: 2028-05-01, responsible: r }\n  \
         before-s: { phase: p, before: s - 2 weeks, every: 3 months, responsible: r }\n  \
         after-both: { phase: p, after: [s + 1 week, k], every: 3 months, responsible: r }\n",
        "calendar: { holidays: none }",
    ));
    let p = compiled(&c);
    let s = dates(activity(p, "s"));
    assert_eq!(
        s,
        [
            date(2028, 1, 31),
            date(2028, 5, 1),
            date(2028, 7, 31),
            date(2028, 10, 31)
        ]
    );
    // Two weeks before each, but not before the plan's start: the first is left out,
    // and the others keep the slots of their status meetings.
    let b = activity(p, "before-s");
    assert_eq!(
        dates(b),
        [date(2028, 4, 17), date(2028, 7, 17), date(2028, 10, 17)]
    );
    let slots: Vec<u32> = b.occurrences.iter().map(|o| o.slot).collect();
    assert_eq!(slots, [1, 2, 3]);
    // The later of s's occurrence + 1 week and k (once): k decides the first.
    assert_eq!(
        dates(activity(p, "after-both")),
        [
            date(2028, 5, 1),
            date(2028, 5, 8),
            date(2028, 8, 7),
            date(2028, 11, 7)
        ]
    );
}
