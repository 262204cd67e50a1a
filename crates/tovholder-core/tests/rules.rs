//! The rule catalogue, tested from data.
//!
//! Convention (the contract for every rule in `RULES`): a folder `tests/rules/<rule-name>/`
//! at the repository root holds
//! - `fail.yaml` (and optionally more `fail-*.yaml`): must give at least one finding of
//!   the rule; the rendered findings of that rule are snapshotted, one snapshot per file
//!   (`snapshots/rules__<rule>.snap`, `snapshots/rules__<rule>@<file stem>.snap`);
//! - `pass.yaml` (and optionally more `pass-*.yaml`): must give no finding of the rule.
//!
//! Other files in the folder (say a `model.yaml` that a fixture `uses`) are helpers.
//! A rule whose input cannot be committed is listed in [`GENERATED`]; its folder holds
//! only a `README.md` saying so. A rule that cannot be a plan fixture at all (a finding
//! about `tovholder.toml`) gets a folder with a `README.md` holding a line
//! `Tested in: <path from the repository root>`; the meta-test checks that file names
//! the rule (as `"rule-name"`). Fixtures are read as bytes and decoded like the CLI
//! does, so encoding findings are tested the same way.
//!
//! A fixture's journal is `<fixture-stem>.log.yaml` beside it (`fail.log.yaml`), or the
//! files its `log:` names, as the CLI finds them. Every fixture is checked as of
//! [`AS_OF`], unless it has a line `# as-of: YYYY-MM-DD`.
//!
//! A fixture's approved plan (what `check --baseline REV` reads from git) is
//! `<fixture-stem>.baseline.yaml` beside it (`fail.baseline.yaml`): it is checked on its
//! own (merged with its model, no journal) and handed to the check as
//! `CheckOptions::baseline` ([`baseline_of`]).

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use tovholder_core::merge::ModelSource;
use tovholder_core::rules::RULES;
use tovholder_core::{CheckOptions, Diagnostic, FileId, SourceFile, SourceMap, yaml};

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn fixtures() -> PathBuf {
    repo().join("tests/rules")
}

/// A fixture: its name as shown in diagnostics (relative to the repository) and its bytes.
struct Fixture {
    name: String,
    bytes: Vec<u8>,
}

/// Rules tested from input generated here instead of committed files.
const GENERATED: &[(&str, Generate)] = &[
    ("file-too-large", file_too_large),
    ("limit-exceeded", limit_exceeded),
];

/// Builds the fixtures of a generated rule.
type Generate = fn() -> Vec<Fixture>;

/// A small valid plan padded with comment lines to one byte over the limit, and to exactly the limit.
fn file_too_large() -> Vec<Fixture> {
    let plan =
        "id: stor-plan\ntitle: En plan med et meget langt eksporteret bilag\nstart: 2027-01-04\n";
    let padded = |size: usize| {
        let mut bytes = plan.as_bytes().to_vec();
        let line = format!("# {}\n", "x".repeat(77));
        while bytes.len() + line.len() <= size {
            bytes.extend_from_slice(line.as_bytes());
        }
        bytes.resize(size, b'#');
        bytes
    };
    vec![
        Fixture {
            name: "tests/rules/file-too-large/fail.yaml".into(),
            bytes: padded(yaml::MAX_FILE_BYTES + 1),
        },
        Fixture {
            name: "tests/rules/file-too-large/pass.yaml".into(),
            bytes: padded(yaml::MAX_FILE_BYTES),
        },
    ]
}

/// A phase with one exit criterion of the wrong type more than the loader keeps
/// findings of (`fail.yaml`), a plan with one role more than a plan reads
/// (`fail-entities.yaml`), and a phase with a few criteria of the wrong type
/// (`pass.yaml`).
fn limit_exceeded() -> Vec<Fixture> {
    let head = "id: mange-fund\ntitle: Mange fund\nstart: 2027-01-04\nphases:\n  a:\n    name: A\n    duration: 1 month\n    exit_criteria:\n";
    let criteria = |n: usize| {
        let mut t = head.to_string();
        t.push_str(&"    - 1\n".repeat(n));
        t.into_bytes()
    };
    let mut roles = String::from(
        "id: mange-roller\ntitle: Mange roller\nstart: 2027-01-04\nphases:\n  a: { name: A, duration: 1 month }\nroles:\n",
    );
    for i in 0..=tovholder_core::load::MAX_ENTITIES {
        roles.push_str(&format!("  r{i}: {{}}\n"));
    }
    vec![
        Fixture {
            name: "tests/rules/limit-exceeded/fail.yaml".into(),
            bytes: criteria(tovholder_core::model::MAX_KEPT_FINDINGS + 1),
        },
        Fixture {
            name: "tests/rules/limit-exceeded/fail-entities.yaml".into(),
            bytes: roles.into_bytes(),
        },
        Fixture {
            name: "tests/rules/limit-exceeded/pass.yaml".into(),
            bytes: criteria(100),
        },
    ]
}

/// Loads models a fixture `uses` from the fixture's own folder.
struct FixtureModels;

impl ModelSource for FixtureModels {
    fn load(
        &mut self,
        sources: &mut SourceMap,
        from: FileId,
        path: &str,
    ) -> Result<FileId, String> {
        let dir = Path::new(sources.name(from))
            .parent()
            .unwrap_or(Path::new(""));
        let name = dir.join(path).to_string_lossy().replace('\\', "/");
        let text =
            std::fs::read_to_string(repo().join(&name)).map_err(|e| format!("{name}: {e}"))?;
        Ok(sources.add(SourceFile::new(name, text)))
    }
}

/// The as-of date of every fixture without an `# as-of:` line.
const AS_OF: &str = "2028-01-01";

/// The fixture's `# as-of: YYYY-MM-DD` line, else [`AS_OF`].
fn as_of(fixture: &Fixture) -> tovholder_core::model::Date {
    let text = String::from_utf8_lossy(&fixture.bytes);
    let written = text
        .lines()
        .find_map(|l| l.trim().strip_prefix("# as-of:"))
        .map(str::trim)
        .unwrap_or(AS_OF);
    tovholder_core::model::Date::parse(written).expect("as-of date")
}

/// Loads a fixture's journals from its own folder.
struct FixtureJournals;

impl tovholder_core::journal::JournalSource for FixtureJournals {
    fn load(
        &mut self,
        sources: &mut SourceMap,
        from: FileId,
        path: &str,
    ) -> Result<FileId, String> {
        FixtureModels.load(sources, from, path)
    }
    fn beside(
        &mut self,
        sources: &mut SourceMap,
        plan: FileId,
    ) -> Result<Option<FileId>, (String, String)> {
        let name = sources.name(plan).to_string();
        let beside = match name.strip_suffix(".yaml") {
            Some(stem) => format!("{stem}.log.yaml"),
            None => return Ok(None),
        };
        if !repo().join(&beside).is_file() {
            return Ok(None);
        }
        let file = Path::new(&beside)
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        FixtureModels
            .load(sources, plan, &file)
            .map(Some)
            .map_err(|e| (beside, e))
    }
}

/// Check a fixture the way the CLI checks a file: decode the bytes, then load, resolve and lint.
fn check(fixture: &Fixture) -> (SourceMap, Vec<Diagnostic>) {
    let (sources, checked) = check_with(fixture, &CheckOptions::default());
    (sources, checked.diags)
}

/// [`check`] with given options, keeping everything that was checked.
fn check_with(fixture: &Fixture, opts: &CheckOptions) -> (SourceMap, tovholder_core::Checked) {
    let mut sources = SourceMap::new();
    match yaml::decode(FileId(0), &fixture.bytes, tovholder_core::Lang::En) {
        Ok(text) => {
            let file = sources.add(SourceFile::new(fixture.name.clone(), text));
            let mut opts = opts.clone();
            opts.as_of = opts.as_of.or(Some(as_of(fixture)));
            if opts.baseline.is_none() {
                opts.baseline = baseline_of(fixture);
            }
            let checked = tovholder_core::check::check_with_journals(
                &mut sources,
                file,
                &opts,
                &mut FixtureModels,
                &mut FixtureJournals,
            );
            (sources, checked)
        }
        Err(d) => {
            // Keep the readable prefix so the diagnostic can point into it (as the CLI does).
            let end = (d.span().start as usize).min(fixture.bytes.len());
            let text =
                String::from_utf8_lossy(fixture.bytes.get(..end).unwrap_or_default()).into_owned();
            sources.add(SourceFile::new(fixture.name.clone(), text));
            let checked = tovholder_core::Checked {
                file: FileId(0),
                plan: Default::default(),
                diags: vec![d],
                schedule: None,
                lang: tovholder_core::Lang::En,
                follow_up: None,
                journal_files: Vec::new(),
            };
            (sources, checked)
        }
    }
}

/// The approved plan of a fixture: `<stem>.baseline.yaml` beside it, checked on its
/// own and merged with its model.
fn baseline_of(fixture: &Fixture) -> Option<std::sync::Arc<tovholder_core::model::Plan>> {
    let name = fixture.name.strip_suffix(".yaml")?;
    let beside = format!("{name}.baseline.yaml");
    let bytes = std::fs::read(repo().join(&beside)).ok()?;
    let approved = Fixture {
        name: beside,
        bytes,
    };
    // (`<stem>.baseline.baseline.yaml` does not exist: no baseline of its own.)
    let (_, checked) = check_with(&approved, &CheckOptions::default());
    Some(std::sync::Arc::new(checked.plan))
}

/// `tovholder check` schedules and builds no compiled plan; `compile` and `render`
/// build it from the same schedule. For every fixture of every rule and every
/// example, the compiled plan's dates — calendar, phase windows, occurrences (with
/// their numbers and phases) and planned hours — are the schedule's.
#[test]
fn the_compiled_plan_has_the_schedules_dates() {
    use tovholder_core::model::Date;
    let mut cases: Vec<Fixture> = RULES
        .iter()
        .filter(|r| fixtures().join(r.name).is_dir())
        .flat_map(|r| committed(r.name))
        .collect();
    for dir in ["examples", "tests/compile"] {
        for e in std::fs::read_dir(repo().join(dir))
            .expect("folder")
            .flatten()
        {
            let p = e.path();
            if p.extension().is_some_and(|x| x == "yaml") {
                cases.push(Fixture {
                    name: format!(
                        "{dir}/{}",
                        p.file_name().unwrap_or_default().to_string_lossy()
                    ),
                    bytes: std::fs::read(&p).expect("read"),
                });
            }
        }
    }
    let mut scheduled = 0;
    let mut forecast = 0;
    for fixture in &cases {
        let (sources, mut checked) = check_with(fixture, &CheckOptions::default());
        // With a journal the compiled plan follows the forecast; its `planned` dates
        // are the schedule's (below). The rest compares the plan as planned.
        if let Some(follow_up) = checked.follow_up.take() {
            checked.follow_up = Some(follow_up);
            if let (Some(s), Some(c)) = (&checked.schedule, checked.compiled(&sources)) {
                forecast += 1;
                for (a, occ) in c.activities.iter().zip(&s.occurrences) {
                    let planned: Vec<_> = a
                        .occurrences
                        .iter()
                        .filter_map(|o| o.follow_up.as_ref().and_then(|f| f.planned))
                        .map(|d| d.0)
                        .collect();
                    let want: Vec<_> = occ.iter().map(|o| o.date).collect();
                    assert_eq!(
                        planned, want,
                        "{}: planned dates of {} in the forecast",
                        fixture.name, a.id
                    );
                }
            }
            checked.follow_up = None;
        }
        let compiled = checked.compiled(&sources);
        let (Some(s), Some(c)) = (&checked.schedule, &compiled) else {
            assert!(
                checked.schedule.is_none() && compiled.is_none(),
                "{}: a schedule without a compiled plan",
                fixture.name
            );
            continue;
        };
        scheduled += 1;
        let name = &fixture.name;
        assert_eq!(
            (c.start.0, c.until.0),
            (s.start, s.until),
            "{name}: calendar"
        );
        assert_eq!(c.calendar.holidays, s.calendar.region(), "{name}: holidays");
        let closed: Vec<_> = c
            .calendar
            .closed
            .iter()
            .map(|p| (p.from.0, p.to.0))
            .collect();
        assert_eq!(closed, s.calendar.closed(), "{name}: closed periods");
        assert_eq!(c.phases.len(), s.phases.len(), "{name}: phases");
        for (p, w) in c.phases.iter().zip(&s.phases) {
            let got = [p.start, p.end].map(|d| (d.earliest.0, d.nominal.0, d.latest.0));
            let want = [w.start, w.end].map(|d| (d.earliest, d.nominal, d.latest));
            assert_eq!(got, want, "{name}: phase {}", p.id);
        }
        assert_eq!(
            c.activities.len(),
            s.occurrences.len(),
            "{name}: activities"
        );
        for (i, (a, occ)) in c.activities.iter().zip(&s.occurrences).enumerate() {
            let got: Vec<_> = a
                .occurrences
                .iter()
                .map(|o| (o.index, o.date, o.earliest, o.latest, o.moved_from))
                .collect();
            let want: Vec<_> = occ
                .iter()
                .enumerate()
                .map(|(k, o)| {
                    let k = u32::try_from(k).expect("few occurrences");
                    let d = Date;
                    (
                        k,
                        d(o.date),
                        d(o.earliest),
                        d(o.latest),
                        o.moved_from.map(d),
                    )
                })
                .collect();
            assert_eq!(got, want, "{name}: occurrences of {}", a.id);
            // An occurrence's phase is a listed phase whose window holds its computed date.
            let (_, act) = checked.plan.activities.get_index(i).expect("activity");
            for (o, so) in a.occurrences.iter().zip(occ) {
                if let Some(pid) = &o.phase {
                    let p = checked
                        .plan
                        .phases
                        .get_index_of(pid.as_str())
                        .expect("phase");
                    let w = s.phases[p];
                    let d = so.computed();
                    assert!(
                        act.phase_refs().iter().any(|r| r.value == *pid)
                            && w.start.nominal <= d
                            && d < w.end.nominal,
                        "{name}: {} on {d} is not in {pid}",
                        a.id
                    );
                }
            }
        }
        assert_eq!(c.roles.len(), s.planned_hours.len(), "{name}: roles");
        for (r, months) in c.roles.iter().zip(&s.planned_hours) {
            let got: Vec<_> = r
                .planned_hours
                .iter()
                .map(|m| (m.month.clone(), m.hours))
                .collect();
            let want: Vec<_> = months.iter().map(|m| (m.label(), m.hours)).collect();
            assert_eq!(got, want, "{name}: planned hours of {}", r.id);
        }
        // The holidays: every holiday of the whole calendar years the plan touches.
        let first = s.start.year();
        let last = s.until.year().max(first);
        let want: Vec<_> = (first..=last)
            .flat_map(|y| tovholder_core::calendar::holidays(s.calendar.region(), y))
            .map(|h| h.date)
            .collect();
        let got: Vec<_> = c.calendar.holiday_dates.iter().map(|h| h.date.0).collect();
        assert_eq!(got, want, "{name}: holiday dates");
    }
    assert!(
        scheduled > 50,
        "only {scheduled} of {} fixtures were scheduled",
        cases.len()
    );
    assert!(
        forecast >= 10,
        "only {forecast} fixtures with a journal were forecast"
    );
}

/// Every label lies inside its file and on character boundaries.
fn assert_spans_valid(sources: &SourceMap, fixture: &Fixture, diags: &[Diagnostic]) {
    for d in diags {
        assert!(
            !d.labels.is_empty(),
            "{}: `{}` has no label",
            fixture.name,
            d.rule
        );
        for l in &d.labels {
            let file = sources.get(l.span.file).unwrap_or_else(|| {
                panic!("{}: `{}` points at an unknown file", fixture.name, d.rule)
            });
            assert!(
                file.text
                    .get(l.span.start as usize..l.span.end as usize)
                    .is_some(),
                "{}: `{}` has a label outside the text or inside a character: {:?}",
                fixture.name,
                d.rule,
                l.span
            );
        }
    }
}

/// The committed fixtures of one rule folder, sorted by file name.
fn committed(rule: &str) -> Vec<Fixture> {
    let dir = fixtures().join(rule);
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| is_fixture(n))
        .collect();
    names.sort();
    names
        .into_iter()
        .map(|n| Fixture {
            bytes: std::fs::read(dir.join(&n)).unwrap_or_else(|e| panic!("{n}: {e}")),
            name: format!("tests/rules/{rule}/{n}"),
        })
        .collect()
}

fn is_fixture(file_name: &str) -> bool {
    file_name.ends_with(".yaml")
        && !file_name.ends_with(".log.yaml")
        && (is_fail(file_name) || is_pass(file_name))
}

fn is_fail(file_name: &str) -> bool {
    file_name == "fail.yaml" || file_name.starts_with("fail-")
}

fn is_pass(file_name: &str) -> bool {
    file_name == "pass.yaml" || file_name.starts_with("pass-")
}

fn file_name(fixture: &Fixture) -> &str {
    fixture.name.rsplit('/').next().unwrap_or(&fixture.name)
}

/// Snapshot name: the rule, plus `@<stem>` for extra files (`dependency-cycle@fail-activities`).
fn snapshot_name(rule: &str, fixture: &Fixture) -> String {
    match file_name(fixture).trim_end_matches(".yaml") {
        "fail" => rule.to_string(),
        stem => format!("{rule}@{stem}"),
    }
}

fn run_fixture(rule: &str, fixture: &Fixture) {
    let (sources, checked) = check_with(fixture, &CheckOptions::default());
    let (lang, diags) = (checked.lang, checked.diags);
    assert_spans_valid(&sources, fixture, &diags);
    let own: Vec<&Diagnostic> = diags.iter().filter(|d| d.rule == rule).collect();
    if is_fail(file_name(fixture)) {
        assert!(
            !own.is_empty(),
            "{}: expected at least one `{rule}` finding; got: {:?}",
            fixture.name,
            diags.iter().map(|d| d.rule.name).collect::<Vec<_>>()
        );
        let rendered: Vec<String> = own
            .iter()
            .map(|d| tovholder_core::report::render_plain(&sources, d, lang))
            .collect();
        let mut settings = insta::Settings::clone_current();
        settings.set_snapshot_path("snapshots");
        settings.set_input_file(repo().join(&fixture.name));
        settings.set_description(format!("`{rule}` findings for {}", fixture.name));
        settings.set_omit_expression(true);
        settings.bind(|| {
            insta::assert_snapshot!(snapshot_name(rule, fixture), rendered.join("\n"));
        });
    } else {
        assert!(
            own.is_empty(),
            "{}: expected no `{rule}` finding; got:\n{}",
            fixture.name,
            own.iter()
                .map(|d| tovholder_core::report::render_plain(&sources, d, lang))
                .collect::<Vec<_>>()
                .join("\n")
        );
    }
}

/// Every fixture of every rule; failures are collected so one run shows all of them.
#[test]
fn rule_fixtures() {
    let mut failures = Vec::new();
    let mut ran = 0;
    for rule in RULES {
        let cases = match GENERATED.iter().find(|(name, _)| *name == rule.name) {
            Some((_, generate)) => generate(),
            None if fixtures().join(rule.name).is_dir() => committed(rule.name),
            // A missing folder is the meta-test's finding.
            None => continue,
        };
        for fixture in &cases {
            ran += 1;
            if let Err(e) = catch_unwind(AssertUnwindSafe(|| run_fixture(rule.name, fixture))) {
                let msg = e
                    .downcast_ref::<String>()
                    .cloned()
                    .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
                    .unwrap_or_default();
                failures.push(format!("{}: {msg}", fixture.name));
            }
        }
    }
    assert!(ran > 0, "no fixtures found under {}", fixtures().display());
    assert!(
        failures.is_empty(),
        "{} of {ran} fixtures failed:\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}

fn is_kebab(name: &str) -> bool {
    !name.is_empty()
        && !name.starts_with('-')
        && !name.ends_with('-')
        && !name.contains("--")
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

#[test]
fn rule_names_are_unique_and_kebab_case() {
    let mut seen = std::collections::BTreeSet::new();
    for rule in RULES {
        assert!(
            is_kebab(rule.name),
            "rule name `{}` is not kebab-case",
            rule.name
        );
        assert!(
            seen.insert(rule.name),
            "rule name `{}` is registered twice",
            rule.name
        );
    }
}

#[test]
fn every_rule_has_summaries() {
    for rule in RULES {
        assert!(
            !rule.summary.trim().is_empty(),
            "`{}` has no summary",
            rule.name
        );
        let da = rule.summary_in(tovholder_core::Lang::Da);
        assert!(
            !da.trim().is_empty(),
            "`{}` has no Danish summary",
            rule.name
        );
        assert!(
            !rule.summary.contains('\n') && !da.contains('\n'),
            "`{}`: a summary is one line",
            rule.name
        );
    }
}

const HEADINGS: [&str; 4] = [
    "## What it does",
    "## Why it matters",
    "## Example",
    "## Use instead",
];

/// The Markdown headings of a doc outside code blocks, each with the text under it.
fn sections(doc: &str) -> Vec<(&str, String)> {
    let mut out: Vec<(&str, String)> = Vec::new();
    let mut in_code = false;
    for line in doc.lines() {
        if line.trim_start().starts_with("```") {
            in_code = !in_code;
        }
        if !in_code && line.starts_with('#') {
            out.push((line, String::new()));
        } else if let Some((_, body)) = out.last_mut() {
            body.push_str(line);
            body.push('\n');
        }
    }
    out
}

#[test]
fn every_doc_has_the_four_headings_in_order() {
    for rule in RULES {
        let doc = rule.doc_in(tovholder_core::Lang::En);
        let sections = sections(&doc);
        let headings: Vec<&str> = sections.iter().map(|(h, _)| *h).collect();
        assert_eq!(
            headings, HEADINGS,
            "`{}`: the doc must have exactly these headings, in order",
            rule.name
        );
        for (heading, body) in &sections {
            assert!(
                !body.trim().is_empty(),
                "`{}`: `{heading}` is empty",
                rule.name
            );
        }
    }
}

/// The test files a rule folder's `README.md` names in `Tested in: <path>` lines.
fn tested_in(readme: &str) -> Vec<&str> {
    readme
        .lines()
        .filter_map(|l| l.trim().strip_prefix("Tested in:"))
        .map(|p| p.trim().trim_matches('`'))
        .filter(|p| !p.is_empty())
        .collect()
}

#[test]
fn every_rule_has_fixtures() {
    let mut missing = Vec::new();
    for rule in RULES {
        let dir = fixtures().join(rule.name);
        let files: Vec<String> = std::fs::read_dir(&dir)
            .map(|rd| {
                rd.filter_map(|e| e.ok())
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .collect()
            })
            .unwrap_or_default();
        let has = |name: &str| files.iter().any(|f| f == name);
        if has("fail.yaml") && has("pass.yaml") {
            continue;
        }
        let readme = std::fs::read_to_string(dir.join("README.md")).unwrap_or_default();
        if GENERATED.iter().any(|(name, _)| *name == rule.name) {
            if readme.trim().is_empty() {
                missing.push(format!(
                    "{}: generated by this test; tests/rules/{}/README.md must say so",
                    rule.name, rule.name
                ));
            }
            continue;
        }
        // A rule that cannot be a plan fixture (say, a finding about `tovholder.toml`)
        // is tested elsewhere: its README.md names the test file, which must name the rule.
        let places = tested_in(&readme);
        if places.is_empty() {
            missing.push(format!(
                "{}: tests/rules/{}/ needs fail.yaml and pass.yaml (or a README.md with a `Tested in: <path>` line)",
                rule.name, rule.name
            ));
        }
        for place in places {
            let text = std::fs::read_to_string(repo().join(place)).unwrap_or_default();
            if !text.contains(&format!("\"{}\"", rule.name)) {
                missing.push(format!(
                    "{}: tests/rules/{}/README.md says it is tested in {place}, which does not mention \"{}\"",
                    rule.name, rule.name, rule.name
                ));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "rules without fixtures (convention: see the top of this file):\n{}",
        missing.join("\n")
    );
}

#[test]
fn every_fixture_folder_is_a_rule() {
    let mut stale = Vec::new();
    for entry in std::fs::read_dir(fixtures())
        .expect("tests/rules exists")
        .filter_map(|e| e.ok())
    {
        let name = entry.file_name().to_string_lossy().into_owned();
        if entry.path().is_dir() && !RULES.iter().any(|r| r.name == name) {
            stale.push(name);
        }
    }
    stale.sort();
    assert!(
        stale.is_empty(),
        "fixture folders for rules that do not exist (renamed or removed?): {stale:?}"
    );
}

#[test]
fn generated_fixtures_are_what_they_claim() {
    let fixtures = file_too_large();
    let sizes: Vec<usize> = fixtures.iter().map(|f| f.bytes.len()).collect();
    assert_eq!(sizes, [yaml::MAX_FILE_BYTES + 1, yaml::MAX_FILE_BYTES]);
    // The pass case is a real plan, so "no file-too-large" is not vacuous: it parses and checks.
    let (_, diags) = check(&fixtures[1]);
    assert!(
        diags
            .iter()
            .all(|d| d.rule != "yaml-syntax" && d.rule != "file-encoding"),
        "{diags:?}"
    );
}

// ---- Edge cases the fixtures do not show ---------------------------------------

/// Check an inline plan (English messages) and return the sources and findings.
fn check_text(text: &str) -> (SourceMap, Vec<Diagnostic>) {
    check(&Fixture {
        name: "inline.yaml".into(),
        bytes: text.as_bytes().to_vec(),
    })
}

fn labelled<'a>(sources: &'a SourceMap, d: &Diagnostic) -> Vec<&'a str> {
    d.labels
        .iter()
        .map(|l| {
            sources
                .get(l.span.file)
                .map(|f| f.slice(l.span))
                .unwrap_or_default()
        })
        .collect()
}

const SMALL: &str = "id: lille-plan\ntitle: Lille plan\nstart: 2027-01-04\nroles:\n  leder: { owner: Henrik Dahl }\nphases:\n  a: { duration: 2 months, owner: leder, exit_criteria: [Klar] }\n  b: { duration: 3 months, owner: leder, exit_criteria: [Klar] }\nactivities:\n  moede-a: { phase: a, at: 1 week, responsible: leder }\n  moede-b: { phase: b, at: 1 week, responsible: \"\" }\n";

#[test]
fn an_empty_responsible_is_labelled_at_the_empty_value() {
    let (sources, diags) = check_text(SMALL);
    let d = diags
        .iter()
        .find(|d| d.rule == "activity-without-responsible")
        .expect("an empty responsible is reported");
    assert_eq!(labelled(&sources, d), ["\"\""]);
    assert!(d.message.contains("moede-b"), "{}", d.message);
}

#[test]
fn several_last_phases_give_one_finding_with_a_label_each() {
    let (sources, diags) = check_text(SMALL);
    let found: Vec<&Diagnostic> = diags
        .iter()
        .filter(|d| d.rule == "no-sustainment-phase")
        .collect();
    assert_eq!(found.len(), 1, "{diags:?}");
    assert_eq!(labelled(&sources, found[0]), ["a", "b"]);
    assert!(
        found[0].message.contains("`a`, `b`"),
        "{}",
        found[0].message
    );
}

#[test]
fn plan_level_findings_are_silenced_by_the_top_level_allow() {
    let text = format!("allow: [no-sustainment-phase]\n{SMALL}");
    let (_, diags) = check_text(&text);
    assert!(
        diags
            .iter()
            .all(|d| d.rule != "no-sustainment-phase" && d.rule != "unused-allow"),
        "{diags:?}"
    );
}

#[test]
fn a_plan_without_id_gets_plan_without_start_at_its_first_key() {
    let (sources, diags) = check_text(
        "title: Lille plan\nphases:\n  a: { duration: ongoing, exit_criteria: [Klar] }\n",
    );
    let d = diags
        .iter()
        .find(|d| d.rule == "plan-without-start")
        .expect("reported");
    assert_eq!(labelled(&sources, d), ["title"]);
    assert!(
        diags.iter().any(|d| d.rule == "missing-key"),
        "the loader reports the missing id"
    );
}

#[test]
fn a_phase_cycle_leaves_no_sustainment_to_dependency_cycle() {
    let text = "id: ring\ntitle: Ring\nstart: 2027-01-04\nphases:\n  a: { after: [b], duration: 1 month }\n  b: { after: [a], duration: 1 month }\n";
    let (_, diags) = check_text(text);
    assert!(diags.iter().any(|d| d.rule == "dependency-cycle"));
    assert!(
        diags.iter().all(|d| d.rule != "no-sustainment-phase"),
        "{diags:?}"
    );
}
