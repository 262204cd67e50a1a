//! Multi-day activities through the real binary (issue 15, item 5): `length: 2 dage`
//! spans two *working days* from its date (weekends, holidays and closures skipped),
//! each a working day's hours (`calendar.day_length`; 7.4 hours by default, 8 hours
//! in a Swedish plan); planned hours count each day in its own month; calendars get
//! one event per day with its own UID (day one keeps the occurrence's); documents say
//! the days once, with their weekdays ("Fredag 12. og mandag 15. marts 2027, 2
//! dage"); the årshjul marks every day; the spreadsheet has a row per working day.
//! Also granted hours in the number words lengths take (`to timer om ugen`,
//! `halvanden time om ugen`).

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
    assert!(r.stdout.contains("0 fejl"), "{}", r.snapshot());
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

/// `render plan.yaml --out out -q` (and `extra`) in `dir`, which must succeed.
fn render(dir: &std::path::Path, extra: &[&str]) {
    let mut args = vec!["render", "plan.yaml", "--out", "out", "-q"];
    args.extend_from_slice(extra);
    let r = run(dir, &args);
    assert_eq!(r.code, 0, "{}", r.snapshot());
}

fn read(dir: &std::path::Path, file: &str) -> String {
    std::fs::read_to_string(dir.join("out").join(file)).unwrap_or_else(|e| panic!("{file}: {e}"))
}

/// The plan with the Friday course every month (each occurrence two working days).
fn monthly() -> String {
    PLAN.replacen(
        "    date: 2027-03-12\n    length: 2 dage",
        "    date: 2027-03-12\n    every: måned\n    length: 2 dage",
        1,
    )
}

#[test]
fn documents_say_the_days_in_three_languages() {
    for (lang, texts, first_alone) in [
        (
            "da",
            [
                "Fredag 12. og mandag 15. marts 2027, 2 dage",
                "Onsdag 24., tirsdag 30. og onsdag 31. marts 2027, 3 dage",
                "Fredag 30. april og mandag 3. maj 2027, 2 dage",
                "Fredag 2. juli og mandag 2. august 2027, 2 dage",
                "Mandag 6. og tirsdag 7. september 2027, 1,5 dage",
            ],
            "12. marts 2027",
        ),
        (
            "sv",
            [
                "Fredag 12 och måndag 15 mars 2027, 2 dagar",
                "Onsdag 24, tisdag 30 och onsdag 31 mars 2027, 3 dagar",
                "Fredag 30 april och måndag 3 maj 2027, 2 dagar",
                "Fredag 2 juli och måndag 2 augusti 2027, 2 dagar",
                "Måndag 6 och tisdag 7 september 2027, 1,5 dagar",
            ],
            "12 mars 2027",
        ),
        (
            "en",
            [
                "Friday 12 and Monday 15 March 2027, 2 days",
                "Wednesday 24, Tuesday 30 and Wednesday 31 March 2027, 3 days",
                "Friday 30 April and Monday 3 May 2027, 2 days",
                "Friday 2 July and Monday 2 August 2027, 2 days",
                "Monday 6 and Tuesday 7 September 2027, 1.5 days",
            ],
            "12 March 2027",
        ),
    ] {
        let dir = plan_dir(PLAN);
        render(dir.path(), &["--lang", lang]);
        let md = read(dir.path(), "aktivitetsplan.md");
        for t in texts {
            assert!(md.contains(t), "{lang}: {t}\n{md}");
        }
        // Each day once: never the first day alone beside the list of days.
        assert!(!md.contains(first_alone), "{lang}: {md}");
        assert!(!md.contains(" · 12"), "{lang}: {md}");
        assert!(
            !md.contains("14,8 timer") && !md.contains("14.8 hours"),
            "{md}"
        );
        // The HTML's date and length, in their own lines of the `Hvornår` cell.
        let html = read(dir.path(), "aktivitetsplan.html");
        let (days, length) = texts[0].split_once(", ").expect("date, length");
        assert!(
            html.contains(&format!(
                "<div class=\"when\">{days}</div>\n<div class=\"time\">{length}</div>"
            )),
            "{lang}: {html}"
        );
        assert!(!html.contains(first_alone), "{lang}");
        // The role descriptions say the days as the aktivitetsplan does.
        let role = read(dir.path(), "roller/koordinator.md");
        assert!(role.contains(texts[0]), "{lang}: {role}");
        assert!(!role.contains(first_alone), "{lang}: {role}");
    }
}

#[test]
fn a_recurring_multi_day_activity_lists_each_occurrences_days() {
    for (lang, when, dates) in [
        (
            "da",
            "Hver måned, 2 dage",
            "2027: 12.+15. mar., 12.+13. apr., 12.+13. maj, 14.+15. jun., 12.+13. aug.",
        ),
        (
            "sv",
            "Varje månad, 2 dagar",
            "2027: 12+15 mars, 12+13 apr., 12+13 maj, 14+15 juni, 12+13 aug.",
        ),
        (
            "en",
            "Every month, 2 days",
            "2027: 12+15 Mar, 12+13 Apr, 12+13 May, 14+15 Jun, 12+13 Aug",
        ),
    ] {
        let dir = plan_dir(&monthly());
        render(dir.path(), &["--lang", lang]);
        let md = read(dir.path(), "aktivitetsplan.md");
        assert!(md.contains(when), "{lang}: {when}\n{md}");
        assert!(md.contains(dates), "{lang}: {dates}\n{md}");
    }
}

/// The marks of a standalone årshjul SVG: (number, day of the year 1-based, title).
fn wheel_marks(svg: &str, days_in_year: f64) -> Vec<(String, i32, String)> {
    let doc = roxmltree::Document::parse(svg).expect("SVG parses");
    let marks = doc
        .descendants()
        .find(|n| n.has_tag_name("g") && n.attribute("class") == Some("marks"))
        .expect("<g class=marks>");
    marks
        .children()
        .filter(|g| g.has_tag_name("g"))
        .map(|g| {
            let child = |tag: &str| {
                g.children()
                    .find(|c| c.has_tag_name(tag))
                    .unwrap_or_else(|| panic!("a mark's <{tag}>"))
            };
            let circle = child("circle");
            let at = |a: &str| -> f64 {
                circle
                    .attribute(a)
                    .and_then(|v| v.parse().ok())
                    .expect("coordinate")
            };
            // A mark sits in the middle of its day: the angle from the top, clockwise.
            let deg = (at("cx") - 500.0)
                .atan2(600.0 - at("cy"))
                .to_degrees()
                .rem_euclid(360.0);
            let day = (deg / 360.0 * days_in_year).floor() as i32 + 1;
            let text = |n: roxmltree::Node| n.text().unwrap_or_default().to_string();
            (text(child("text")), day, text(child("title")))
        })
        .collect()
}

#[test]
fn the_year_wheel_marks_every_day_of_an_occurrence() {
    let plan = format!(
        "{PLAN}  kursus-nytaar:
    name: Kursus ved nytår
    phase: drift
    date: 2027-12-30
    length: 2 dage
    responsible: koordinator
"
    );
    let dir = plan_dir(&plan);
    render(dir.path(), &["--only", "aarshjul", "--year", "2027,2028"]);
    let svg = read(dir.path(), "aarshjul-2027.svg");
    let marks = wheel_marks(&svg, 365.0);
    let days_of = |number: &str| -> Vec<i32> {
        marks
            .iter()
            .filter(|m| m.0 == number)
            .map(|m| m.1)
            .collect()
    };
    // Day of the year: 12 March is day 71, 15 March 74; Easter 83, 89, 90; 30 April
    // 120 and 3 May 123; 2 July 183 and 2 August 214; 6–7 September 249, 250; 30
    // December 364 (3 January 2028 is on the next wheel).
    assert_eq!(days_of("1"), [71, 74]);
    assert_eq!(days_of("2"), [83, 89, 90]);
    assert_eq!(days_of("3"), [183, 214]);
    assert_eq!(days_of("4"), [120, 123]);
    assert_eq!(days_of("5"), [249, 250]);
    assert_eq!(days_of("6"), [364]);
    // Every mark's tooltip names all the days of its occurrence.
    for (number, title) in [
        (
            "1",
            "Fredag 12. og mandag 15. marts 2027: Kursus i ICS (2 dage)",
        ),
        (
            "2",
            "Onsdag 24., tirsdag 30. og onsdag 31. marts 2027: Kursus over påsken (3 dage)",
        ),
        (
            "6",
            "Torsdag 30. december 2027 og mandag 3. januar 2028: Kursus ved nytår (2 dage)",
        ),
    ] {
        for m in marks.iter().filter(|m| m.0 == number) {
            assert_eq!(m.2, title);
        }
    }
    // The next year's wheel has the New Year course's second day, and numbers it.
    let marks = wheel_marks(&read(dir.path(), "aarshjul-2028.svg"), 366.0);
    assert_eq!(marks.len(), 1, "{marks:?}");
    assert_eq!(marks[0].1, 3);
    assert!(
        marks[0]
            .2
            .starts_with("Torsdag 30. december 2027 og mandag 3. januar 2028")
    );
    // The wheel page's month list has each day, with which day of how many it is.
    let html = read(dir.path(), "aarshjul-2027.html");
    for (day, which) in [
        ("fre. 12. mar.", "dag 1 af 2"),
        ("man. 15. mar.", "dag 2 af 2"),
    ] {
        assert!(
            html.contains(&format!(
                "<span class=\"d\">{day}</span><span>Kursus i ICS <span class=\"meta\">· kl. 09.00 · {which} ·"
            )),
            "{day} {which}"
        );
    }
}

/// The rows of the CSV (`;`-separated, after the BOM).
fn csv_rows(text: &str) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .delimiter(b';')
        .has_headers(false)
        .from_reader(text.trim_start_matches('\u{feff}').as_bytes())
        .records()
        .map(|r| r.expect("CSV row").iter().map(str::to_string).collect())
        .collect()
}

#[test]
fn the_spreadsheet_has_a_row_per_working_day() {
    let dir = plan_dir(PLAN);
    render(dir.path(), &["--only", "aktivitetsplan"]);
    let rows = csv_rows(&read(dir.path(), "aktivitetsplan.csv"));
    let head = &rows[0];
    let col = |name: &str| {
        head.iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("no column {name}: {head:?}"))
    };
    // A plan with a multi-day activity gets a `Dag` column, last.
    assert_eq!(head.last().map(String::as_str), Some("Dag"));
    let (id, date, weekday, minutes, day) = (
        col("Aktivitets-id"),
        col("Dato"),
        col("Ugedag"),
        col("Varighed (minutter)"),
        col("Dag"),
    );
    let of = |activity: &str| -> Vec<[&str; 4]> {
        rows.iter()
            .filter(|r| r[id] == activity)
            .map(|r| [&*r[date], &*r[weekday], &*r[minutes], &*r[day]])
            .collect()
    };
    assert_eq!(
        of("kursus-fredag"),
        [
            ["2027-03-12", "fredag", "444", "1 af 2"],
            ["2027-03-15", "mandag", "444", "2 af 2"],
        ]
    );
    assert_eq!(
        of("kursus-paaske"),
        [
            ["2027-03-24", "onsdag", "444", "1 af 3"],
            ["2027-03-30", "tirsdag", "444", "2 af 3"],
            ["2027-03-31", "onsdag", "444", "3 af 3"],
        ]
    );
    // The half day is the rest of the length.
    assert_eq!(
        of("kursus-halvanden"),
        [
            ["2027-09-06", "mandag", "444", "1 af 2"],
            ["2027-09-07", "tirsdag", "222", "2 af 2"],
        ]
    );
    // The minutes of each month's rows are the role's planned hours of the month.
    let month_minutes = |month: &str| -> u32 {
        rows.iter()
            .skip(1)
            .filter(|r| r[date].starts_with(month) && r[col("Ansvarlig")] == "Koordinator")
            .map(|r| r[minutes].parse::<u32>().expect("minutes"))
            .sum()
    };
    let c = compiled(dir.path());
    for month in ["2027-03", "2027-04", "2027-05", "2027-09"] {
        assert_eq!(
            f64::from(month_minutes(month)) / 60.0,
            hours(&c, "koordinator", month),
            "{month}"
        );
    }
    // Rows in date order, each day in its place (15 March before 24 March).
    let dated: Vec<&str> = rows.iter().skip(1).map(|r| &*r[date]).collect();
    let mut sorted = dated.clone();
    sorted.sort_unstable();
    assert_eq!(dated, sorted);

    // The workbook holds the same rows, with the days as dates.
    let bytes = std::fs::read(dir.path().join("out/aktivitetsplan.xlsx")).expect("xlsx");
    let xlsx = common::Xlsx::read(&bytes).rows();
    assert_eq!(xlsx[0], *head);
    assert_eq!(xlsx.len(), rows.len());
    // 12 and 15 March 2027 as Excel serial days.
    let friday: Vec<(&str, &str)> = xlsx
        .iter()
        .filter(|r| r.get(id).map(String::as_str) == Some("kursus-fredag"))
        .map(|r| (&*r[date], &*r[day]))
        .collect();
    assert_eq!(friday, [("46458", "1 af 2"), ("46461", "2 af 2")]);

    // A plan without multi-day activities has no `Dag` column and a row per occurrence.
    let hours_only = PLAN
        .replace("length: 2 dage", "length: 2 timer")
        .replace("length: 3 dage", "length: 3 timer")
        .replace("length: halvanden dag", "length: 90 minutter");
    let dir = plan_dir(&hours_only);
    render(dir.path(), &["--only", "aktivitetsplan"]);
    let rows = csv_rows(&read(dir.path(), "aktivitetsplan.csv"));
    assert_eq!(rows[0].last().map(String::as_str), Some("Nr."));
    assert_eq!(rows.len(), 1 + 5);
}

/// What is next names every day of a multi-day occurrence: `tovholder status` (the
/// terminal, and `days` in its JSON) and the statusrapport, in three languages.
#[test]
fn what_is_next_names_every_day() {
    let d = plan_dir(PLAN);
    let status = |lang: &str, extra: &[&str]| {
        let mut args = vec![
            "status",
            "plan.yaml",
            "--as-of",
            "2027-03-01",
            "--lang",
            lang,
        ];
        args.extend_from_slice(extra);
        run(d.path(), &args)
    };
    for (lang, two_days, easter) in [
        (
            "da",
            "fredag 12. og mandag 15. marts 2027",
            "onsdag 24., tirsdag 30. og onsdag 31. marts 2027",
        ),
        (
            "sv",
            "fredag 12 och måndag 15 mars 2027",
            "onsdag 24, tisdag 30 och onsdag 31 mars 2027",
        ),
        (
            "en",
            "Friday 12 and Monday 15 March 2027",
            "Wednesday 24, Tuesday 30 and Wednesday 31 March 2027",
        ),
    ] {
        let human = status(lang, &[]);
        assert_eq!(human.code, 0, "{}", human.snapshot());
        let line = |name: &str| {
            human
                .stdout
                .lines()
                .find(|l| l.contains(name))
                .unwrap_or_else(|| panic!("no {name} in\n{}", human.stdout))
                .to_string()
        };
        assert!(
            line("Kursus i ICS").contains(two_days),
            "{lang}: {}",
            human.stdout
        );
        // The Easter course: three working days, Easter skipped, each with its
        // weekday.
        assert!(
            line("Kursus over påsken").contains(easter),
            "{lang}: {}",
            human.stdout
        );
        let md = status(lang, &["--format", "markdown"]);
        assert_eq!(md.code, 0, "{}", md.snapshot());
        assert!(md.stdout.contains(two_days), "{lang}: {}", md.stdout);
    }
    let j = status("da", &["--format", "json"]);
    assert_eq!(j.code, 0, "{}", j.snapshot());
    let v = common::json(&j.stdout);
    let next = v["upcoming"].as_array().expect("upcoming");
    let course = next
        .iter()
        .find(|u| u["activity"] == "kursus-fredag")
        .expect("the Friday course is next");
    assert_eq!(course["date"], "2027-03-12");
    assert_eq!(
        course["days"],
        serde_json::json!(["2027-03-12", "2027-03-15"])
    );
    // The HTML statusrapport says the same.
    let r = run(
        d.path(),
        &[
            "render",
            "plan.yaml",
            "--out",
            "out",
            "-q",
            "--only",
            "statusrapport",
            "--as-of",
            "2027-03-01",
        ],
    );
    assert_eq!(r.code, 0, "{}", r.snapshot());
    let html = read(d.path(), "statusrapport.html");
    assert!(
        html.contains("fredag 12. og mandag 15. marts 2027"),
        "{html}"
    );
}
