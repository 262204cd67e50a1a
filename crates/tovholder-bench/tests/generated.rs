//! The generator writes plans the checker accepts: no errors (and, at these sizes,
//! no warnings), the requested number of activities, the same bytes every time.

use tovholder_bench::{Options, Shape};
use tovholder_core::{CheckOptions, SourceFile, SourceMap};

fn check(text: &str) -> tovholder_core::Checked {
    let mut sources = SourceMap::new();
    let file = sources.add(SourceFile::new("generated.yaml", text));
    tovholder_core::check(&sources, file, &CheckOptions::default())
}

fn findings(checked: &tovholder_core::Checked) -> Vec<String> {
    checked
        .diags
        .iter()
        .map(|d| format!("{}: {}", d.rule, d.message))
        .collect()
}

#[test]
fn rich_plans_check_clean_and_compile() {
    for n in [100, 600] {
        let text = tovholder_bench::plan(&Options {
            activities: n,
            ..Options::default()
        });
        let checked = check(&text);
        assert_eq!(findings(&checked), Vec::<String>::new(), "{n} activities");
        assert_eq!(checked.plan.activities.len(), n);
        let schedule = checked
            .schedule
            .as_ref()
            .expect("a generated plan compiles");
        // One activity in ten recurs, so there are more occurrences than activities.
        let occurrences: usize = schedule.occurrences.iter().map(Vec::len).sum();
        assert!(
            occurrences > n,
            "{occurrences} occurrences for {n} activities"
        );
        // Roles, goals and phases grow with the activities.
        assert!(checked.plan.roles.len() >= 12);
        assert!(checked.plan.goals.len() >= 25);
    }
}

#[test]
fn the_plan_grows_with_the_activities() {
    let small = check(&tovholder_bench::plan(&Options {
        activities: 250,
        ..Options::default()
    }));
    let big = check(&tovholder_bench::plan(&Options {
        activities: 1000,
        ..Options::default()
    }));
    assert_eq!(
        big.plan.roles.len(),
        2 + 4 * tovholder_bench::ROLES_PER_WORKSTREAM
    );
    assert_eq!(big.plan.phases.len(), 1 + 4 * 4);
    assert_eq!(big.plan.goals.len(), 4 * small.plan.goals.len());
    assert_eq!(
        big.plan.stakeholders.len(),
        4 * tovholder_bench::STAKEHOLDERS_PER_WORKSTREAM
    );
}

#[test]
fn flat_plan_checks_clean_and_matches_the_taskjuggler_project() {
    let opts = Options {
        activities: 1000,
        shape: Shape::Flat,
        ..Options::default()
    };
    let checked = check(&tovholder_bench::plan(&opts));
    assert_eq!(findings(&checked), Vec::<String>::new());
    assert_eq!(checked.plan.activities.len(), 1000);
    assert_eq!(checked.plan.phases.len(), 4);
    assert_eq!(checked.plan.roles.len(), 1);
    let tjp = tovholder_bench::taskjuggler(1000);
    assert_eq!(tjp.matches("effort 1h allocate koordinator").count(), 1000);
    assert_eq!(tjp.matches("depends ").count(), 3);
}

#[test]
fn output_is_deterministic_and_the_seed_matters() {
    let a = Options {
        activities: 300,
        seed: 7,
        ..Options::default()
    };
    assert_eq!(tovholder_bench::plan(&a), tovholder_bench::plan(&a));
    let b = Options { seed: 8, ..a };
    assert_ne!(tovholder_bench::plan(&a), tovholder_bench::plan(&b));
    assert_eq!(check(&tovholder_bench::plan(&b)).errors(), 0);
}

#[test]
fn bare_parse_accepts_the_plans_and_rejects_broken_yaml() {
    let text = tovholder_bench::plan(&Options::default());
    assert!(tovholder_bench::bare_parse(&text).is_ok());
    assert!(tovholder_bench::bare_parse("a: [1, 2\n").is_err());
}

#[test]
fn journals_check_clean_and_are_deterministic() {
    use tovholder_bench::journal::{JournalOptions, journal};
    let opts = JournalOptions {
        plan: Options {
            activities: 500,
            ..Options::default()
        },
        entries: 2_000,
        ..JournalOptions::default()
    };
    let text = journal(&opts);
    assert_eq!(text, journal(&opts));
    assert_eq!(
        text.lines().filter(|l| l.starts_with("  - ")).count(),
        2_000
    );
    for key in [
        "held:",
        "cancelled:",
        "planned:",
        "measured:",
        "phase_completed:",
        "ripple:",
    ] {
        assert!(text.contains(key), "{key}");
    }
    struct Beside(Option<tovholder_core::FileId>);
    impl tovholder_core::journal::JournalSource for Beside {
        fn load(
            &mut self,
            _: &mut SourceMap,
            _: tovholder_core::FileId,
            _: &str,
        ) -> Result<tovholder_core::FileId, String> {
            Err("no log: key".into())
        }
        fn beside(
            &mut self,
            _: &mut SourceMap,
            _: tovholder_core::FileId,
        ) -> Result<Option<tovholder_core::FileId>, (String, String)> {
            Ok(self.0)
        }
    }
    let mut sources = SourceMap::new();
    let file = sources.add(SourceFile::new(
        "plan.yaml",
        tovholder_bench::plan(&opts.plan),
    ));
    let log = sources.add(SourceFile::new("plan.log.yaml", text));
    let check = CheckOptions {
        as_of: tovholder_core::model::Date::parse(&opts.as_of).ok(),
        ..CheckOptions::default()
    };
    let checked = tovholder_core::check_with_journals(
        &mut sources,
        file,
        &check,
        &mut tovholder_core::merge::NoModels,
        &mut Beside(Some(log)),
    );
    assert_eq!(findings(&checked), Vec::<String>::new());
    let f = checked.follow_up.expect("a follow-up");
    assert_eq!(f.entries.len(), 2_000);
    assert!(f.unmatched.is_empty());
}
