//! `tovholder.toml`: which file applies (nearest wins, `--config`), overrides by
//! glob, presets, `--show-config`, and the file's own mistakes rendered as findings.

mod common;

use common::{fixtures, plan, plan_warning_only, run, workspace, write};
use serde_json::Value;
use tovholder_core::rules::{RULES, RuleLevel};

/// `(file, rule, level)` of every finding, from `--format json`.
fn findings(r: &common::Run) -> Vec<(String, String, String)> {
    let doc: Value = serde_json::from_str(&r.stdout).expect("JSON output");
    doc["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .map(|d| {
            (
                d["file"].as_str().expect("file").to_string(),
                d["rule"].as_str().expect("rule").to_string(),
                d["level"].as_str().expect("level").to_string(),
            )
        })
        .collect()
}

fn finding(file: &str, rule: &str, level: &str) -> (String, String, String) {
    (file.into(), rule.into(), level.into())
}

/// The effective levels `--show-config --format json` prints, by rule name.
fn shown_levels(r: &common::Run) -> Vec<(String, String, String)> {
    let doc: Value = serde_json::from_str(&r.stdout).expect("JSON output");
    doc["rules"]
        .as_array()
        .expect("rules")
        .iter()
        .map(|x| {
            (
                x["rule"].as_str().expect("rule").to_string(),
                x["level"].as_str().expect("level").to_string(),
                x["set_by"].as_str().expect("set_by").to_string(),
            )
        })
        .collect()
}

fn level_of<'a>(levels: &'a [(String, String, String)], rule: &str) -> (&'a str, &'a str) {
    levels
        .iter()
        .find(|(r, _, _)| r == rule)
        .map(|(_, l, s)| (l.as_str(), s.as_str()))
        .unwrap_or_else(|| panic!("{rule} not shown"))
}

#[test]
fn the_nearest_file_wins_and_files_are_not_merged() {
    let dir = workspace("nearest");
    write(&dir.path().join("plan.yaml"), &plan_warning_only());
    write(&dir.path().join("inner/plan.yaml"), &plan_warning_only());
    let r = run(dir.path(), &["check", "--format", "json"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert_eq!(
        findings(&r),
        [
            finding("inner/plan.yaml", "role-without-owner", "warning"),
            finding("plan.yaml", "role-without-owner", "error"),
        ]
    );
    // Both files were read and are listed.
    let doc: Value = serde_json::from_str(&r.stdout).expect("JSON");
    let configs: Vec<&str> = doc["files"]
        .as_array()
        .expect("files")
        .iter()
        .filter(|f| f["kind"] == "config")
        .map(|f| f["file"].as_str().expect("file"))
        .collect();
    assert_eq!(configs, ["inner/tovholder.toml", "tovholder.toml"]);

    // Checked from inside the inner folder, the same file applies.
    let r = run(
        &dir.path().join("inner"),
        &["check", "--format", "json", "plan.yaml"],
    );
    assert_eq!(
        findings(&r),
        [finding("plan.yaml", "role-without-owner", "warning")]
    );

    let r = run(dir.path(), &["check", "--show-config", "inner/plan.yaml"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stdout.contains("config:  inner/tovholder.toml\n"),
        "{}",
        r.stdout
    );
}

#[test]
fn config_flag_replaces_the_nearest_file() {
    let dir = workspace("nearest");
    write(&dir.path().join("plan.yaml"), &plan_warning_only());
    let r = run(
        dir.path(),
        &[
            "check",
            "--format",
            "json",
            "--config",
            "inner/tovholder.toml",
            "plan.yaml",
        ],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        findings(&r),
        [finding("plan.yaml", "role-without-owner", "warning")]
    );
    let r = run(
        dir.path(),
        &[
            "check",
            "--config",
            "inner/tovholder.toml",
            "--show-config",
            "plan.yaml",
        ],
    );
    assert!(
        r.stdout.contains("config:  inner/tovholder.toml\n"),
        "{}",
        r.stdout
    );
}

#[test]
fn no_file_means_default_levels() {
    let dir = workspace("");
    write(&dir.path().join("plan.yaml"), &plan_warning_only());
    let r = run(
        dir.path(),
        &["check", "--show-config", "plan.yaml", "--format", "json"],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let doc: Value = serde_json::from_str(&r.stdout).expect("JSON");
    assert_eq!(doc["config"], Value::Null);
    let levels = shown_levels(&r);
    for rule in RULES {
        let (level, set_by) = level_of(&levels, rule.name);
        assert_eq!(level, rule.level.name(), "{}", rule.name);
        assert_eq!(
            set_by,
            if rule.configurable {
                "default"
            } else {
                "fixed"
            }
        );
    }
}

#[test]
fn overrides_apply_by_glob_in_order() {
    let dir = workspace("overrides");
    for p in [
        "plan.yaml",
        "andet/plan.yaml",
        "udkast/plan.yaml",
        "udkast/dybere/plan.yaml",
    ] {
        write(&dir.path().join(p), &plan_warning_only());
    }
    let r = run(dir.path(), &["check", "--format", "json"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert_eq!(
        findings(&r),
        [
            finding("andet/plan.yaml", "role-without-owner", "error"),
            finding("plan.yaml", "role-without-owner", "error"),
            // Only plan.yaml gets `momentum-gap.weeks = 6`: its quiet stretch between
            // the kickoff and the first team meeting is longer than that.
            finding("plan.yaml", "momentum-gap", "warning"),
            finding("udkast/dybere/plan.yaml", "role-without-owner", "warning"),
        ]
    );
    // Patterns are relative to the configuration's folder, wherever check runs from.
    let r = run(
        &dir.path().join("udkast"),
        &["check", "--format", "json", "plan.yaml"],
    );
    assert_eq!(findings(&r), []);

    // Options in overrides; `*.yaml` does not cross folders.
    let weeks = |plan: &str| {
        let r = run(
            dir.path(),
            &["check", "--show-config", plan, "--format", "json"],
        );
        let doc: Value = serde_json::from_str(&r.stdout).expect("JSON");
        let opt = doc["options"]
            .as_array()
            .expect("options")
            .iter()
            .find(|o| o["option"] == "momentum-gap.weeks")
            .cloned()
            .expect("momentum-gap.weeks shown");
        (
            opt["value"].as_u64().expect("value"),
            opt["set_by"].as_str().expect("set_by").to_string(),
        )
    };
    assert_eq!(
        weeks("plan.yaml"),
        (6, "override #3 (tovholder.toml:16)".to_string())
    );
    assert_eq!(weeks("andet/plan.yaml"), (10, "default".to_string()));

    // The text form; rules at their default or fixed level are left out of the
    // snapshot (the catalogue grows), after checking there is one line per rule.
    let r = run(
        dir.path(),
        &["check", "--show-config", "udkast/dybere/plan.yaml"],
    );
    assert_eq!(r.code, 0);
    let rule_lines = r
        .stdout
        .lines()
        .filter(|l| {
            RULES
                .iter()
                .any(|rule| l.starts_with(&format!("{} ", rule.name)))
        })
        .count();
    assert_eq!(rule_lines, RULES.len());
    let shown: String = r
        .stdout
        .lines()
        .filter(|l| !l.ends_with("  default") && !l.ends_with("  fixed"))
        .map(|l| format!("{l}\n"))
        .collect();
    insta::assert_snapshot!("show_config_overrides", shown);
}

#[test]
fn presets() {
    let dir = workspace("presets");
    write(&dir.path().join("plan.yaml"), &plan_warning_only());
    let shown = |preset: &str| {
        let cfg = format!("{preset}.toml");
        let r = run(
            dir.path(),
            &[
                "check",
                "--config",
                &cfg,
                "--show-config",
                "plan.yaml",
                "--format",
                "json",
            ],
        );
        assert_eq!(r.code, 0, "{}", r.stderr);
        shown_levels(&r)
    };
    let recommended = shown("recommended");
    let strict = shown("strict");
    let all = shown("all");
    for rule in RULES {
        let name = rule.name;
        assert_eq!(level_of(&recommended, name).0, rule.level.name(), "{name}");
        let expected_strict = if !rule.configurable {
            rule.level
        } else if name == "role-without-owner" {
            RuleLevel::Allow // [lints] after the preset
        } else {
            rule.level.max(RuleLevel::Warn)
        };
        assert_eq!(level_of(&strict, name).0, expected_strict.name(), "{name}");
        let expected_all = if rule.configurable {
            RuleLevel::Deny
        } else {
            rule.level
        };
        assert_eq!(level_of(&all, name).0, expected_all.name(), "{name}");
    }
    assert_eq!(level_of(&strict, "role-without-owner").1, "strict.toml:5");
    assert_eq!(level_of(&all, "role-without-owner").1, "preset all");

    // What that means for a plan with one warning.
    let code = |cfg: &str| run(dir.path(), &["check", "--config", cfg, "plan.yaml"]).code;
    assert_eq!(code("recommended.toml"), 0);
    assert_eq!(code("strict.toml"), 0);
    assert_eq!(code("all.toml"), 1);
}

/// Each fixture in `tests/config/errors/` and the rule its mistakes are reported under.
const CONFIG_ERRORS: [(&str, &str); 7] = [
    ("fixed-rule.toml", "config-fixed-rule"),
    ("invalid-glob.toml", "config-invalid-glob"),
    ("invalid-level.toml", "config-invalid-level"),
    ("invalid-value.toml", "config-invalid-value"),
    ("syntax.toml", "config-syntax"),
    ("unknown-key.toml", "config-unknown-key"),
    ("unknown-rule.toml", "config-unknown-rule"),
];

#[test]
fn mistakes_in_the_file_are_findings_in_the_toml() {
    let mut names: Vec<String> = std::fs::read_dir(fixtures().join("errors"))
        .expect("tests/config/errors")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    let listed: Vec<&str> = CONFIG_ERRORS.iter().map(|(f, _)| *f).collect();
    assert_eq!(names, listed, "every fixture is in CONFIG_ERRORS");
    for (name, rule) in CONFIG_ERRORS {
        let dir = workspace("errors");
        write(&dir.path().join("plan.yaml"), &plan_warning_only());
        let r = run(dir.path(), &["check", "--config", name, "plan.yaml"]);
        assert_eq!(r.code, 1, "{name}: {}", r.snapshot());
        assert!(
            r.stdout.contains(&format!("{rule}\n")),
            "{name} lacks {rule}: {}",
            r.stdout
        );
        assert!(
            r.stdout.contains(&format!("╭─[{name}:")),
            "{name}: no label in the TOML"
        );
        // Every finding in the TOML file is a config-* rule, explained in the catalogue.
        let json = run(
            dir.path(),
            &["check", "--config", name, "--format", "json", "plan.yaml"],
        );
        for (file, found, level) in findings(&json) {
            if file == name {
                assert!(found.starts_with("config-"), "{name}: {found}");
                assert_eq!(level, "error");
                assert_eq!(run(dir.path(), &["explain", &found]).code, 0, "{found}");
            }
        }
        let stem = name.trim_end_matches(".toml").to_string();
        insta::assert_snapshot!(format!("config_error_{stem}"), r.snapshot());
    }
}

#[test]
fn after_a_syntax_error_no_setting_applies() {
    let dir = workspace("errors");
    write(&dir.path().join("plan.yaml"), &plan_warning_only());
    let r = run(
        dir.path(),
        &[
            "check",
            "--config",
            "syntax.toml",
            "--format",
            "json",
            "plan.yaml",
        ],
    );
    let f = findings(&r);
    // The file says deny, but it is not used: the rule stays a warning.
    assert!(
        f.contains(&finding("plan.yaml", "role-without-owner", "warning")),
        "{f:?}"
    );
    assert!(
        f.iter()
            .any(|(file, rule, _)| file == "syntax.toml" && rule == "config-syntax")
    );
}

#[test]
fn settings_that_could_be_read_still_apply() {
    let dir = workspace("errors");
    write(&dir.path().join("plan.yaml"), &plan_warning_only());
    // fixed-rule.toml also says role-without-owner = "deny".
    let r = run(
        dir.path(),
        &[
            "check",
            "--config",
            "fixed-rule.toml",
            "--format",
            "json",
            "plan.yaml",
        ],
    );
    let f = findings(&r);
    assert!(
        f.contains(&finding("plan.yaml", "role-without-owner", "error")),
        "{f:?}"
    );
    assert_eq!(f.iter().filter(|x| x.1 == "config-fixed-rule").count(), 2);
}

#[test]
fn config_messages_follow_lang() {
    let dir = workspace("errors");
    write(&dir.path().join("plan.yaml"), &plan());
    let r = run(
        dir.path(),
        &[
            "check",
            "--config",
            "unknown-rule.toml",
            "--lang",
            "da",
            "--format",
            "concise",
        ],
    );
    assert!(
        r.stdout.contains(
            "unknown-rule.toml:2:1: error[config-unknown-rule] ukendt regel `role-without-ower`"
        ),
        "{}",
        r.stdout
    );
}

#[test]
fn config_messages_are_swedish_with_lang_sv() {
    let dir = workspace("errors");
    write(&dir.path().join("plan.yaml"), &plan());
    let r = run(
        dir.path(),
        &[
            "check",
            "--config",
            "unknown-rule.toml",
            "--lang",
            "sv",
            "--format",
            "concise",
        ],
    );
    assert!(
        r.stdout.contains(
            "unknown-rule.toml:2:1: error[config-unknown-rule] okänd regel `role-without-ower`"
        ),
        "{}",
        r.stdout
    );
    // The finding's facts are data beside the words.
    let r = run(
        dir.path(),
        &[
            "check",
            "--config",
            "unknown-rule.toml",
            "--lang",
            "sv",
            "--format",
            "json",
        ],
    );
    let doc: Value = serde_json::from_str(&r.stdout).expect("JSON output");
    let d = doc["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .find(|d| d["rule"] == "config-unknown-rule")
        .expect("config-unknown-rule");
    assert_eq!(d["finding"], "UnknownRule", "{d}");
    assert_eq!(d["fields"]["rule"], "role-without-ower", "{d}");
    assert_eq!(d["fields"]["suggestion"], "role-without-owner", "{d}");
    assert!(
        d["help"].as_str().is_some_and(|h| h.contains("menade du")),
        "{d}"
    );
}

#[test]
fn a_config_that_is_not_utf8_is_a_finding() {
    let dir = workspace("");
    write(&dir.path().join("plan.yaml"), &plan_warning_only());
    std::fs::write(
        dir.path().join("tovholder.toml"),
        b"[lints]\nrole-without-owner = \"deny\" # \xe6\xf8\xe5 in Latin-1\n",
    )
    .expect("write");
    let r = run(dir.path(), &["check", "--format", "concise"]);
    assert_eq!(r.code, 1);
    assert!(
        r.stdout.starts_with(
            "tovholder.toml:2:31: error[config-syntax] the configuration is not UTF-8 text\n"
        ),
        "{}",
        r.stdout
    );
}

#[test]
fn an_unreadable_config_is_exit_code_2() {
    let dir = workspace("");
    write(&dir.path().join("plan.yaml"), &plan_warning_only());
    let r = run(
        dir.path(),
        &["check", "--config", "missing.toml", "plan.yaml"],
    );
    assert_eq!(r.code, 2);
    assert!(
        r.stderr
            .starts_with("error: cannot read the configuration missing.toml: "),
        "{}",
        r.stderr
    );
    assert_eq!(r.stdout, "");
    // A folder is no configuration file.
    std::fs::create_dir(dir.path().join("folder.toml")).expect("mkdir");
    let r = run(
        dir.path(),
        &["check", "--config", "folder.toml", "plan.yaml"],
    );
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("not a regular file"), "{}", r.stderr);
}
