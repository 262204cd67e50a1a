//! Everyday Danish and Swedish amounts through the real binary (issue 15, item 6):
//! cadences (`hver anden måned`, `hver 3. uge`, `varannan vecka`, `var tredje månad`),
//! fractions and number words (`1,5 år`, `halvanden time`, `en halv time`, `1½ time`,
//! `ett och ett halvt år`), mixed-unit ranges (`3 måneder - 2 år`, `3 månader–2 år`),
//! decimal commas in goal values; each key's rejection says what that key accepts; and
//! two findings of the goal's and the model's dates (`goal-dates-inconsistent`,
//! `horizon-mismatch` of a horizon the plan takes from its model).

mod common;

use common::{run, workspace, write};
use std::path::{Path, PathBuf};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .expect("repo")
}

const DANISH: &str = "\
id: ics-familieteamet
title: ICS i Familieteamet
language: da
start: 2027-01-04
horizon: 3 måneder - 2 år

roles:
  leder:
    name: Leder
    owner: Henrik Dahl
    hours: 4 timer om ugen

phases:
  i-gang:
    name: I gang
    duration: 1,5 år
    owner: leder
    exit_criteria: [Metoden bruges i alle sager]

activities:
  laeringsmoede:
    name: Læringsmøde
    phase: i-gang
    every: hver anden måned
    length: halvanden time
    responsible: leder
    contributes_to: [sagsbehandling]
  teammoede:
    name: Teammøde
    phase: i-gang
    every: hver 3. uge
    length: en halv time
    responsible: leder
  erfaringsopsamling:
    name: Fælles erfaringsopsamling
    phase: i-gang
    every: hver tredje uge
    length: 1½ time
    responsible: leder
  opfoelgning:
    name: Opfølgning
    phase: i-gang
    at: 1 uge
    length: to timer
    responsible: leder

goals:
  sagsbehandling:
    statement: Bedre sagsbehandling
    term: kort
    indicator: Gennemsnitlig score i sagsaudit
    owner: leder
    phase: i-gang
    baseline:
      value: 4,5
      date: 2026-12-01
      source: Sagsaudit 2026
    target:
      value: 6,5
      by: 2028-06-30
";

const SWEDISH: &str = "\
id: samverkan-aelvby
title: Samverkan kring unga vuxna
language: sv
start: 2027-01-11
horizon: 3 månader–2 år

roles:
  koordinator:
    name: Koordinator
    owner: Sara Nyström
    hours: 8 tim per vecka

phases:
  tillaempning:
    name: Tillämpning
    duration: ett och ett halvt år
    owner: koordinator
    exit_criteria: [Arbetssättet används i verksamheten]

activities:
  avstaemning:
    name: Avstämning i samverkansgruppen
    phase: tillaempning
    every: varannan vecka
    length: en och en halv timme
    responsible: koordinator
    contributes_to: [faerre-avbrott]
  uppfoeljningsdialog:
    name: Uppföljningsdialog med uppdragsgivaren
    phase: tillaempning
    every: var tredje månad
    length: 2-3 timmar
    responsible: koordinator

goals:
  faerre-avbrott:
    statement: Färre unga vuxna avbryter sin insats
    term: kort
    indicator: Andel avbrutna insatser
    owner: koordinator
    phase: tillaempning
    baseline:
      value: 30,5 %
      date: 2026-12-01
      source: Verksamhetssystemet
    target:
      value: 15 %
      by: 2028-06-30
";

fn compiled(dir: &Path, plan: &str) -> serde_json::Value {
    let r = run(dir, &["compile", plan]);
    assert_eq!(r.code, 0, "{}", r.snapshot());
    serde_json::from_str(&r.stdout).expect("compiled plan is JSON")
}

fn activity<'a>(c: &'a serde_json::Value, id: &str) -> &'a serde_json::Value {
    c["activities"]
        .as_array()
        .and_then(|a| a.iter().find(|x| x["id"] == id))
        .unwrap_or_else(|| panic!("no activity {id}"))
}

fn dates(a: &serde_json::Value) -> Vec<String> {
    a["occurrences"]
        .as_array()
        .expect("occurrences")
        .iter()
        .map(|o| o["date"].as_str().expect("date").to_string())
        .collect()
}

#[test]
fn a_danish_plan_in_everyday_words_checks_clean_and_compiles_to_the_right_dates() {
    let dir = workspace("");
    write(&dir.path().join("plan.yaml"), DANISH);
    let r = run(dir.path(), &["check", "plan.yaml"]);
    assert_eq!(r.code, 0, "{}", r.snapshot());
    assert!(
        r.stdout.contains("tjekkede 1 fil: 0 fejl, 0 advarsler"),
        "{}",
        r.snapshot()
    );

    let c = compiled(dir.path(), "plan.yaml");
    // `1,5 år` is 18 months.
    assert_eq!(c["phases"][0]["start"]["nominal"], "2027-01-04");
    assert_eq!(c["phases"][0]["end"]["nominal"], "2028-07-04");
    // `hver anden måned`: every second month; `halvanden time`: 90 minutes.
    let l = activity(&c, "laeringsmoede");
    assert_eq!(l["length_minutes"], 90);
    assert_eq!(l["every"], "hver anden måned");
    assert_eq!(
        dates(l)[..4],
        ["2027-01-04", "2027-03-04", "2027-05-04", "2027-07-05"]
    );
    // `hver 3. uge` and `hver tredje uge`: every third week.
    for id in ["teammoede", "erfaringsopsamling"] {
        let d = dates(activity(&c, id));
        assert_eq!(d[..3], ["2027-01-04", "2027-01-25", "2027-02-15"], "{id}");
    }
    assert_eq!(activity(&c, "teammoede")["length_minutes"], 30);
    assert_eq!(activity(&c, "erfaringsopsamling")["length_minutes"], 90);
    assert_eq!(activity(&c, "opfoelgning")["length_minutes"], 120);
    // A goal value with a decimal comma stays as written.
    let g = &c["goals"][0];
    assert_eq!(g["baseline"]["value"], "4,5");
    assert_eq!(g["target"]["value"], "6,5");
}

#[test]
fn a_swedish_plan_in_everyday_words_checks_clean_and_compiles_to_the_right_dates() {
    let dir = workspace("");
    write(&dir.path().join("plan.yaml"), SWEDISH);
    let r = run(dir.path(), &["check", "plan.yaml"]);
    assert_eq!(r.code, 0, "{}", r.snapshot());
    assert!(
        r.stdout.contains("kontrollerade 1 fil: 0 fel, 0 varningar"),
        "{}",
        r.snapshot()
    );

    let c = compiled(dir.path(), "plan.yaml");
    // `ett och ett halvt år`: 18 months.
    assert_eq!(c["phases"][0]["end"]["nominal"], "2028-07-11");
    let a = activity(&c, "avstaemning");
    assert_eq!(a["length_minutes"], 90);
    assert_eq!(dates(a)[..3], ["2027-01-11", "2027-01-25", "2027-02-08"]);
    let u = activity(&c, "uppfoeljningsdialog");
    assert_eq!(dates(u)[..3], ["2027-01-11", "2027-04-12", "2027-07-12"]);
    assert_eq!(c["goals"][0]["baseline"]["value"], "30,5 %");
}

/// The first `invalid-value` finding's message and help, as JSON.
fn rejected(dir: &Path, plan: &str, lang: &str) -> (String, String) {
    let r = run(
        dir,
        &[
            "check",
            plan,
            "--format",
            "json",
            "--lang",
            lang,
            "--exit-zero",
        ],
    );
    let v: serde_json::Value = serde_json::from_str(&r.stdout).expect("JSON");
    let list = v
        .as_array()
        .cloned()
        .or_else(|| v["diagnostics"].as_array().cloned())
        .or_else(|| v["findings"].as_array().cloned())
        .unwrap_or_default();
    let d = list
        .iter()
        .find(|d| d["rule"] == "invalid-value" || d["code"] == "invalid-value")
        .unwrap_or_else(|| panic!("no invalid-value in {}", r.stdout));
    (
        d["message"].as_str().unwrap_or_default().to_string(),
        d["help"].as_str().unwrap_or_default().to_string(),
    )
}

#[test]
fn each_key_says_what_it_accepts_in_every_language() {
    let dir = workspace("");
    let with = |from: &str, to: &str| DANISH.replacen(from, to, 1);
    // A length in months.
    write(
        &dir.path().join("laengde.yaml"),
        &with("length: halvanden time", "length: 2 måneder"),
    );
    for (lang, want, not) in [
        ("da", ["timer", "minutter"], "måneder eller år"),
        ("sv", ["timmar", "minuter"], "månader eller år"),
        ("en", ["hours", "minutes"], "months or years"),
    ] {
        let (message, help) = rejected(dir.path(), "laengde.yaml", lang);
        assert!(message.contains("`måneder`"), "{message}");
        assert!(want.iter().all(|w| help.contains(w)), "{lang}: {help}");
        assert!(!help.contains(not), "{lang}: {help}");
    }
    // An interval in hours: the calendar's units and the ordinal forms.
    write(
        &dir.path().join("interval.yaml"),
        &with("every: hver anden måned", "every: 2 timer"),
    );
    for (lang, want) in [
        ("da", "hver anden måned"),
        ("sv", "varannan vecka"),
        ("en", "every other week"),
    ] {
        let (_, help) = rejected(dir.path(), "interval.yaml", lang);
        assert!(help.contains(want), "{lang}: {help}");
    }
    // A cadence where an offset belongs.
    write(
        &dir.path().join("at.yaml"),
        &with("at: 1 uge", "at: hver anden uge"),
    );
    let (message, _) = rejected(dir.path(), "at.yaml", "da");
    assert!(message.contains("`every`"), "{message}");
    // Weeks to months have no whole ratio.
    write(
        &dir.path().join("blandet.yaml"),
        &with("horizon: 3 måneder - 2 år", "horizon: 2 uger - 3 måneder"),
    );
    let (message, help) = rejected(dir.path(), "blandet.yaml", "da");
    assert!(message.contains("samme enhed"), "{message}");
    assert!(help.contains("løbende"), "{help}");
}

#[test]
fn a_decimal_comma_in_braces_gets_a_help_that_says_why() {
    let dir = workspace("");
    let plan = DANISH.replacen(
        "    baseline:\n      value: 4,5\n      date: 2026-12-01\n      source: Sagsaudit 2026\n",
        "    baseline: { value: 4,5, date: 2026-12-01, source: Sagsaudit 2026 }\n",
        1,
    );
    write(&dir.path().join("plan.yaml"), &plan);
    let r = run(dir.path(), &["check", "plan.yaml"]);
    assert_eq!(r.code, 1, "{}", r.snapshot());
    assert!(r.stdout.contains("`value: \"4,5\"`"), "{}", r.snapshot());
}

#[test]
fn a_horizon_from_the_model_is_checked_in_the_plan_that_uses_it() {
    let dir = workspace("");
    std::fs::create_dir_all(dir.path().join("models")).expect("models");
    std::fs::copy(
        repo().join("models/samverkan.yaml"),
        dir.path().join("models/samverkan.yaml"),
    )
    .expect("copy model");
    write(&dir.path().join("tovholder.toml"), "");
    let plan = "\
id: samverkan-aelvby
title: Samverkan i Älvby
language: sv
start: 2027-01-11
uses: models/samverkan.yaml
";
    write(&dir.path().join("aelvby.yaml"), plan);
    let r = run(dir.path(), &["check", "aelvby.yaml"]);
    assert!(r.stdout.contains("horizon-mismatch"), "{}", r.snapshot());
    assert!(
        r.stdout
            .contains("tidshorisonten som planen ärver från modellen `models/samverkan.yaml`"),
        "{}",
        r.snapshot()
    );
    assert!(r.stdout.contains("aelvby.yaml:5:7"), "{}", r.snapshot());
    assert!(
        r.stdout.contains("modellen säger 12–18 månader"),
        "{}",
        r.snapshot()
    );
    assert!(
        r.stdout.contains("ange en egen tidshorisont i planen"),
        "{}",
        r.snapshot()
    );

    // The plan's own horizon, fitted to the phases, ends it.
    write(
        &dir.path().join("aelvby.yaml"),
        &format!("{plan}horizon: 19-32 månader\n"),
    );
    let r = run(dir.path(), &["check", "aelvby.yaml"]);
    assert!(!r.stdout.contains("horizon-mismatch"), "{}", r.snapshot());
}

#[test]
fn goal_dates_limits_are_options() {
    let dir = workspace("");
    // No horizon: a short-term goal due in eight years is measured against the limit.
    let plan = SWEDISH
        .replacen("      by: 2028-06-30", "      by: 2035-01-01", 1)
        .replacen("horizon: 3 månader–2 år\n", "", 1);
    write(&dir.path().join("plan.yaml"), &plan);
    let r = run(dir.path(), &["check", "plan.yaml"]);
    assert!(
        r.stdout.contains("goal-dates-inconsistent"),
        "{}",
        r.snapshot()
    );
    assert!(
        r.stdout.contains("mer än 2 år efter planens start"),
        "{}",
        r.snapshot()
    );
    write(
        &dir.path().join("tovholder.toml"),
        "[options.goal-dates-inconsistent]\nshort_term_years = 10\n",
    );
    let r = run(dir.path(), &["check", "plan.yaml"]);
    assert!(
        !r.stdout.contains("goal-dates-inconsistent"),
        "{}",
        r.snapshot()
    );
}

/// A fuzz find (`check_structured`): a digit of another script (`߄`, NKo four; `٣`,
/// Arabic-Indic three) in an amount made the tokenizer push empty words forever —
/// `check` ran out of memory on a one-line horizon. Now each key refuses it with its
/// own words, in the plan's language.
#[test]
fn digits_of_other_scripts_are_refused_with_the_keys_words() {
    let dir = workspace("");
    let plan = DANISH
        .replacen("horizon: 3 måneder - 2 år", "horizon: ߄", 1)
        .replacen(
            "\nroles:\n",
            "\ncalendar:\n  day_length: ٣ timer\n\nroles:\n",
            1,
        );
    write(&dir.path().join("plan.yaml"), &plan);
    let r = run(dir.path(), &["check", "plan.yaml", "--format", "concise"]);
    assert_eq!(r.code, 1, "{}", r.snapshot());
    let invalid: Vec<&str> = r
        .stdout
        .lines()
        .filter(|l| l.contains("error[invalid-value]"))
        .collect();
    assert_eq!(invalid.len(), 2, "{}", r.snapshot());
    assert!(r.stdout.contains("`߄`"), "{}", r.snapshot());
    assert!(r.stdout.contains("ukendt enhed `٣`"), "{}", r.snapshot());
}
