//! `check --fix` and `check --diff` through the real binary: every rule fixture with
//! a "did you mean" is fixed in a temporary copy, and then checks clean of that
//! finding with every other byte unchanged; `--diff` writes nothing and its diff
//! applies with `git apply`; an ambiguous suggestion is never applied; a model the
//! plan uses is fixed only when it is named itself; comments, a byte-order mark and
//! CRLF line ends are kept. Also `init`'s `$schema` line.

mod common;

use common::{copy_tree, run, write};
use std::path::{Path, PathBuf};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// `# as-of: DATE` in a fixture's first lines (journal fixtures), as `--as-of DATE`.
fn as_of(text: &str) -> Vec<String> {
    text.lines()
        .take(5)
        .find_map(|l| l.strip_prefix("# as-of: "))
        .map(|d| vec!["--as-of".to_string(), d.trim().to_string()])
        .unwrap_or_default()
}

/// The findings of a JSON report that carry a suggestion: (rule, file, the suggestion).
fn suggested(json: &str) -> Vec<(String, String, String)> {
    let v: serde_json::Value = serde_json::from_str(json).expect("JSON report");
    fn find(v: &serde_json::Value) -> Option<String> {
        match v {
            serde_json::Value::Object(o) => o
                .get("suggestion")
                .and_then(|s| s.as_str())
                .map(str::to_string)
                .or_else(|| o.values().find_map(find)),
            _ => None,
        }
    }
    v["diagnostics"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|d| {
            let s = find(&d["fields"])?;
            Some((
                d["rule"].as_str()?.to_string(),
                d["file"].as_str()?.to_string(),
                s,
            ))
        })
        .collect()
}

/// `fixed FILE:LINE:COL: `FROM` → `TO` (RULE)` lines (any language), parsed.
fn reported(stderr: &str) -> Vec<(String, usize, usize, String, String)> {
    stderr
        .lines()
        .filter_map(|l| {
            let (_, rest) = l.split_once(' ')?;
            let (place, rest) = rest.split_once(": `")?;
            let (from, rest) = rest.split_once("` → `")?;
            let (to, _) = rest.split_once('`')?;
            let mut p = place.rsplitn(3, ':');
            let col = p.next()?.parse().ok()?;
            let line = p.next()?.parse().ok()?;
            Some((p.next()?.to_string(), line, col, from.into(), to.into()))
        })
        .collect()
}

/// `old` with each reported fix applied at its line and column (characters): what
/// the fixed file must be, byte for byte.
fn expected(old: &str, fixes: &[(usize, usize, String, String)]) -> String {
    let mut lines: Vec<String> = old.split_inclusive('\n').map(str::to_string).collect();
    let mut sorted = fixes.to_vec();
    sorted.sort_by_key(|f| std::cmp::Reverse((f.0, f.1)));
    for (line, col, from, to) in sorted {
        let l = &mut lines[line - 1];
        let at = l
            .char_indices()
            .nth(col - 1)
            .map(|(i, _)| i)
            .expect("column");
        assert_eq!(
            &l[at..at + from.len()],
            from,
            "the reported text is at its place"
        );
        l.replace_range(at..at + from.len(), &to);
    }
    lines.concat()
}

#[test]
fn every_fixture_with_a_suggestion_is_fixed_and_nothing_else_changes() {
    let mut fixtures: Vec<PathBuf> = std::fs::read_dir(repo().join("tests/rules"))
        .expect("tests/rules")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .flat_map(|dir| {
            std::fs::read_dir(&dir)
                .into_iter()
                .flatten()
                .filter_map(|e| e.ok().map(|e| e.path()))
                .collect::<Vec<_>>()
        })
        .filter(|p| {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
            name.starts_with("fail") && name.ends_with(".yaml") && !name.ends_with(".log.yaml")
        })
        .collect();
    fixtures.sort();
    let mut fixed_fixtures = Vec::new();
    for fixture in fixtures {
        let folder = fixture.parent().expect("folder");
        let rule = folder.file_name().and_then(|n| n.to_str()).expect("rule");
        let name = fixture.file_name().and_then(|n| n.to_str()).expect("name");
        let tmp = tempfile::tempdir().expect("tmp");
        std::fs::create_dir_all(tmp.path().join(".git")).expect(".git");
        let here = tmp.path().join(rule);
        copy_tree(folder, &here);
        let Ok(text) = std::fs::read_to_string(&fixture) else {
            continue; // not UTF-8 (file-encoding): nothing to suggest
        };
        let plan = format!("{rule}/{name}");
        let mut args: Vec<String> = vec!["check".into(), "--format".into(), "json".into()];
        args.extend(as_of(&text));
        args.push(plan.clone());
        let argv = |extra: &[&str]| -> Vec<String> {
            let mut a = args.clone();
            a.splice(1..1, extra.iter().map(|s| s.to_string()));
            a
        };
        let strs = |a: &[String]| a.to_vec();
        let before = run(
            tmp.path(),
            &strs(&args).iter().map(String::as_str).collect::<Vec<_>>(),
        );
        let wanted = suggested(&before.stdout);
        if wanted.is_empty() {
            continue;
        }
        let snapshot: Vec<(PathBuf, Vec<u8>)> = std::fs::read_dir(&here)
            .expect("copy")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .map(|p| {
                let b = std::fs::read(&p).expect("read");
                (p, b)
            })
            .collect();

        // --diff: the fixes as a diff, nothing written, exit 1; the diff applies.
        let d = run(
            tmp.path(),
            &argv(&["--diff"])
                .iter()
                .map(String::as_str)
                .collect::<Vec<_>>(),
        );
        assert_eq!(d.code, 1, "{plan}: {}", d.snapshot());
        assert!(d.stdout.starts_with("--- a/"), "{plan}: {}", d.snapshot());
        for (p, b) in &snapshot {
            assert_eq!(&std::fs::read(p).expect("read"), b, "--diff wrote {p:?}");
        }
        let patch = tmp.path().join("fix.patch");
        std::fs::write(&patch, &d.stdout).expect("patch");
        let applies = std::process::Command::new("git")
            .args(["apply", "--check", "-p1"])
            .arg(&patch)
            .current_dir(tmp.path())
            .output();
        if let Ok(o) = applies {
            assert!(
                o.status.success(),
                "{plan}: git apply --check: {}\n{}",
                String::from_utf8_lossy(&o.stderr),
                d.stdout
            );
        }
        std::fs::remove_file(&patch).expect("rm patch");

        // --fix: each fix reported; the file is what the reported fixes make of it.
        let f = run(
            tmp.path(),
            &argv(&["--fix"])
                .iter()
                .map(String::as_str)
                .collect::<Vec<_>>(),
        );
        let fixes = reported(&f.stderr);
        assert!(!fixes.is_empty(), "{plan}: nothing fixed: {}", f.snapshot());
        for (p, old) in &snapshot {
            let shown = p
                .strip_prefix(tmp.path())
                .expect("inside")
                .display()
                .to_string();
            let here: Vec<(usize, usize, String, String)> = fixes
                .iter()
                .filter(|x| x.0 == shown)
                .map(|x| (x.1, x.2, x.3.clone(), x.4.clone()))
                .collect();
            let old = String::from_utf8(old.clone()).expect("UTF-8");
            let new = std::fs::read_to_string(p).expect("read");
            assert_eq!(
                new,
                expected(&old, &here),
                "{shown}: bytes other than the fixes changed"
            );
        }
        // The fixed plan checks clean of what was fixed.
        let after = run(
            tmp.path(),
            &strs(&args).iter().map(String::as_str).collect::<Vec<_>>(),
        );
        let left = suggested(&after.stdout);
        for w in &wanted {
            let fixed_here = fixes.iter().any(|x| x.4 == w.2);
            if fixed_here {
                assert!(
                    !left.contains(w),
                    "{plan}: {w:?} is still reported after --fix"
                );
            }
        }
        assert!(
            fixes.len() == wanted.len(),
            "{plan}: {} suggestions, {} fixes: {wanted:?} {fixes:?}",
            wanted.len(),
            fixes.len()
        );
        fixed_fixtures.push(format!("{rule}/{name} ({} fixes)", fixes.len()));
    }
    eprintln!("fixed: {fixed_fixtures:#?}");
    for rule in [
        "invalid-value",
        "unknown-key",
        "unknown-reference",
        "unknown-removal",
        "unused-allow",
        "log-unknown-reference",
    ] {
        assert!(
            fixed_fixtures
                .iter()
                .any(|f| f.starts_with(&format!("{rule}/"))),
            "no fixture of {rule} was fixed: {fixed_fixtures:?}"
        );
    }
}

const PLAN: &str = "id: fix-test\r\ntitle: Rettelser\r\nlanguage: da\r\nstart: 2027-01-04\r\nroles:\r\n  leder-a: {owner: [A]}\r\n  leder-b: {owner: [B]}\r\n  superbruger: {owner: [C]}\r\nphases:\r\n  fase:\r\n    duration: 3 monts   # tre måneder\r\n    exit_criteria: [x]\r\nactivities:\r\n  moede:\r\n    phase: fase\r\n    every: 1 month\r\n    responsible: superbruer # kommentar: superbruer\r\n    participants: [leder-c, leder-a, leder-b]\r\n";

#[test]
fn comments_crlf_and_a_byte_order_mark_are_kept_and_an_ambiguous_id_is_left() {
    let tmp = tempfile::tempdir().expect("tmp");
    std::fs::create_dir_all(tmp.path().join(".git")).expect(".git");
    let path = tmp.path().join("plan.yaml");
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(PLAN.as_bytes());
    std::fs::write(&path, &bytes).expect("write");
    let r = run(tmp.path(), &["check", "--fix", "plan.yaml"]);
    assert_eq!(r.code, 1, "leder-c is left: {}", r.snapshot());
    let after = std::fs::read(&path).expect("read");
    let mut want = b"\xEF\xBB\xBF".to_vec();
    // The unit and the unambiguous reference are fixed; in the comment, not.
    want.extend_from_slice(
        PLAN.replace("3 monts", "3 months")
            .replace("responsible: superbruer #", "responsible: superbruger #")
            .as_bytes(),
    );
    assert_eq!(
        String::from_utf8_lossy(&after),
        String::from_utf8_lossy(&want)
    );
    assert!(
        r.stderr
            .contains("rettet plan.yaml:11:17: `monts` → `months` (invalid-value)"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("2 fixes applied in 1 file"),
        "{}",
        r.stderr
    );
    // `leder-c` is as close to `leder-a` as to `leder-b`: still reported, not fixed.
    assert!(r.stdout.contains("leder-c"), "{}", r.stdout);
    let r = run(tmp.path(), &["check", "--diff", "plan.yaml"]);
    assert_eq!(r.code, 0, "nothing left to fix: {}", r.snapshot());
    assert!(r.stdout.is_empty(), "{}", r.stdout);
}

#[test]
fn a_used_model_is_fixed_only_when_it_is_named() {
    let tmp = tempfile::tempdir().expect("tmp");
    std::fs::create_dir_all(tmp.path().join(".git")).expect(".git");
    let model = "kind: model\nid: m\ntitle: Model\nlanguage: en\nphases:\n  p:\n    duration: 2 months\n    exit_criteria: [x]\n    purpse: typo\n";
    write(&tmp.path().join("model.yaml"), model);
    write(
        &tmp.path().join("plan.yaml"),
        "id: plan\ntitle: Plan\nuses: model.yaml\nstart: 2027-01-04\nlanguage: en\n",
    );
    let r = run(tmp.path(), &["check", "--fix", "plan.yaml"]);
    assert_eq!(
        std::fs::read_to_string(tmp.path().join("model.yaml")).expect("model"),
        model,
        "{}",
        r.snapshot()
    );
    assert!(
        r.stderr.contains("0 fixes applied in 0 files"),
        "{}",
        r.stderr
    );
    let r = run(tmp.path(), &["check", "--fix", "plan.yaml", "model.yaml"]);
    assert_eq!(
        std::fs::read_to_string(tmp.path().join("model.yaml")).expect("model"),
        model.replace("purpse", "purpose"),
        "{}",
        r.snapshot()
    );
    assert!(
        r.stderr
            .contains("fixed model.yaml:9:5: `purpse` → `purpose` (unknown-key)"),
        "{}",
        r.stderr
    );
}

#[test]
fn fix_needs_files_and_quiet_is_quiet() {
    let tmp = tempfile::tempdir().expect("tmp");
    let r = run(tmp.path(), &["check", "--fix", "-"]);
    assert_eq!(r.code, 2, "{}", r.snapshot());
    assert!(r.stderr.contains("need plan files"), "{}", r.stderr);
    let r = run(tmp.path(), &["check", "--fix", "--diff", "x.yaml"]);
    assert_eq!(
        r.code,
        2,
        "--fix and --diff exclude each other: {}",
        r.snapshot()
    );
}

#[test]
fn init_writes_a_schema_line_that_resolves() {
    // A repository without schemas/: the schemas are written beside the plan.
    let tmp = tempfile::tempdir().expect("tmp");
    std::fs::create_dir_all(tmp.path().join(".git")).expect(".git");
    let model = std::fs::read_to_string(repo().join("models/ics.yaml")).expect("model");
    write(&tmp.path().join("models/ics.yaml"), &model);
    std::fs::create_dir_all(tmp.path().join("plans")).expect("plans");
    let r = run(
        tmp.path(),
        &[
            "init",
            "--model",
            "models/ics.yaml",
            "--out",
            "plans/nordby.yaml",
        ],
    );
    assert_eq!(r.code, 0, "{}", r.snapshot());
    let plan = std::fs::read_to_string(tmp.path().join("plans/nordby.yaml")).expect("plan");
    assert!(
        plan.starts_with("# yaml-language-server: $schema=plan.schema.json\n"),
        "{plan}"
    );
    let schema =
        std::fs::read_to_string(tmp.path().join("plans/plan.schema.json")).expect("schema");
    let printed = run(tmp.path(), &["schema"]).stdout;
    assert!(schema == printed, "not the binary's own schema");
    let journal =
        std::fs::read_to_string(tmp.path().join("plans/nordby.log.yaml")).expect("journal");
    assert!(
        journal.starts_with("# yaml-language-server: $schema=log.schema.json\n"),
        "{journal}"
    );
    assert!(tmp.path().join("plans/log.schema.json").is_file());
    // A second plan in the folder uses the schema already there.
    let r = run(
        tmp.path(),
        &[
            "init",
            "--model",
            "models/ics.yaml",
            "--out",
            "plans/sydby.yaml",
        ],
    );
    assert_eq!(r.code, 0, "{}", r.snapshot());

    // A repository with schemas/plan.schema.json: that one, relative to the plan.
    let tmp = tempfile::tempdir().expect("tmp");
    std::fs::create_dir_all(tmp.path().join(".git")).expect(".git");
    write(&tmp.path().join("models/ics.yaml"), &model);
    write(&tmp.path().join("schemas/plan.schema.json"), "{}");
    std::fs::create_dir_all(tmp.path().join("plans/nord")).expect("plans");
    let r = run(
        tmp.path(),
        &[
            "init",
            "--model",
            "models/ics.yaml",
            "--out",
            "plans/nord/p.yaml",
        ],
    );
    assert_eq!(r.code, 0, "{}", r.snapshot());
    let plan = std::fs::read_to_string(tmp.path().join("plans/nord/p.yaml")).expect("plan");
    assert!(
        plan.starts_with("# yaml-language-server: $schema=../../schemas/plan.schema.json\n"),
        "{plan}"
    );
    assert!(!tmp.path().join("plans/nord/plan.schema.json").exists());

    // To stdout, in a folder with no schema: no line rather than a dangling one.
    let tmp = tempfile::tempdir().expect("tmp");
    write(&tmp.path().join("models/ics.yaml"), &model);
    let r = run(tmp.path(), &["init", "--model", "models/ics.yaml"]);
    assert_eq!(r.code, 0, "{}", r.snapshot());
    assert!(!r.stdout.contains("$schema="), "{}", r.stdout);
}
