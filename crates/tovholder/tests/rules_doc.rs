//! `docs/rules.md` is generated from the rule catalogue (`tovholder rules --markdown`,
//! the same text `explain` prints); this test fails when it is stale.

mod common;

use common::{run, workspace};
use std::path::Path;

const REGENERATE: &str = "cargo run -q -p tovholder -- rules --markdown > docs/rules.md";

#[test]
fn docs_rules_md_is_current() {
    let dir = workspace("");
    let generated = run(dir.path(), &["rules", "--markdown"]);
    assert_eq!(generated.code, 0);
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/rules.md");
    let on_disk = std::fs::read_to_string(&path).unwrap_or_default();
    if on_disk != generated.stdout {
        if std::env::var_os("TOVHOLDER_UPDATE_DOCS").is_some() {
            std::fs::write(&path, &generated.stdout).expect("write docs/rules.md");
            return;
        }
        panic!(
            "docs/rules.md is stale (the rule catalogue changed). Regenerate it with\n\n    \
             {REGENERATE}\n\nor run this test with TOVHOLDER_UPDATE_DOCS=1."
        );
    }
}

#[test]
fn every_rule_is_in_the_docs_with_its_explain_text() {
    let dir = workspace("");
    let md = run(dir.path(), &["rules", "--markdown"]).stdout;
    let rules = run(dir.path(), &["rules"]).stdout;
    let names: Vec<&str> = rules
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .collect();
    assert!(names.len() > 10);
    for name in names {
        let explain = run(dir.path(), &["explain", name]);
        assert_eq!(explain.code, 0, "{name}");
        // The explain text, headings one level down, is the rule's section.
        let mut demoted = String::new();
        let mut in_code = false;
        for line in explain.stdout.lines() {
            if line.starts_with("```") {
                in_code = !in_code;
            }
            if !in_code && line.starts_with('#') {
                demoted.push('#');
            }
            demoted.push_str(line);
            demoted.push('\n');
        }
        assert!(
            md.contains(&demoted),
            "{name}: section differs from `explain {name}`"
        );
        assert!(
            md.contains(&format!("| [`{name}`](#{name}) |")),
            "{name} not in the index"
        );
        for heading in [
            "### What it does",
            "### Why it matters",
            "### Example",
            "### Use instead",
        ] {
            let section = md.split(&format!("\n## {name}\n")).nth(1).expect("section");
            let section = section.split("\n## ").next().unwrap_or(section);
            assert!(section.contains(heading), "{name} lacks {heading}");
        }
    }
}
