//! `tovholder render` and `tovholder templates export` through the real binary:
//! the output folder, the manifest, refusing to overwrite what it did not write,
//! `--only`, `--year`, `--lang`, `--templates` and exit codes.

mod common;

use common::{plan, plan_warning_only, run, workspace, write};
use std::path::{Path, PathBuf};

fn example() -> String {
    let p =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../examples/ics-eksempel-kommune.yaml");
    std::fs::read_to_string(p).expect("the ICS example")
}

/// Every file under `dir`, relative, sorted, `/`-separated.
fn tree(dir: &Path) -> Vec<String> {
    fn walk(root: &Path, dir: &Path, out: &mut Vec<String>) {
        for e in std::fs::read_dir(dir).expect("read folder") {
            let p = e.expect("entry").path();
            if p.is_dir() {
                walk(root, &p, out);
            } else {
                let rel = p.strip_prefix(root).expect("under root");
                out.push(rel.to_string_lossy().replace('\\', "/"));
            }
        }
    }
    let mut out = Vec::new();
    if dir.exists() {
        walk(dir, dir, &mut out);
    }
    out.sort();
    out
}

fn read_all(dir: &Path) -> Vec<(String, Vec<u8>)> {
    tree(dir)
        .into_iter()
        .map(|p| {
            let b = std::fs::read(dir.join(&p)).expect("read");
            (p, b)
        })
        .collect()
}

#[test]
fn renders_into_out_plan_id_with_a_manifest() {
    let dir = workspace("");
    write(&dir.path().join("plan.yaml"), &example());
    let r = run(dir.path(), &["render", "plan.yaml"]);
    assert_eq!(r.code, 0, "{}", r.snapshot());
    insta::assert_snapshot!(r.snapshot());
    let out = dir.path().join("out/ics-eksempel-kommune");
    let files = tree(&out);
    insta::assert_debug_snapshot!("output_folder", files);
    let manifest = std::fs::read_to_string(out.join(".tovholder-manifest")).expect("manifest");
    for f in files.iter().filter(|f| *f != ".tovholder-manifest") {
        assert!(
            manifest.lines().any(|l| l == f),
            "{f} missing from the manifest"
        );
    }
    // No temporary files left behind.
    assert!(files.iter().all(|f| !f.contains(".tmp")), "{files:?}");

    // Rendering again overwrites its own files with the same bytes.
    let before = read_all(&out);
    let again = run(dir.path(), &["render", "plan.yaml"]);
    assert_eq!(again.code, 0, "{}", again.snapshot());
    assert_eq!(read_all(&out), before, "a second render changed bytes");
}

#[test]
fn refuses_to_overwrite_a_file_it_did_not_write() {
    let dir = workspace("");
    write(&dir.path().join("plan.yaml"), &example());
    let mine = dir
        .path()
        .join("out/ics-eksempel-kommune/aktivitetsplan.html");
    write(&mine, "<p>my own notes</p>");
    let r = run(dir.path(), &["render", "plan.yaml"]);
    assert_eq!(r.code, 2, "{}", r.snapshot());
    assert!(
        r.stderr
            .contains("overskriver ikke 1 fil, som tovholder ikke selv har dannet"),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("aktivitetsplan.html"), "{}", r.stderr);
    assert_eq!(
        std::fs::read_to_string(&mine).expect("read"),
        "<p>my own notes</p>"
    );
    // Nothing else was written either.
    assert_eq!(
        tree(&dir.path().join("out/ics-eksempel-kommune")),
        vec!["aktivitetsplan.html".to_string()]
    );
}

#[test]
fn refuses_to_overwrite_the_plan() {
    let dir = workspace("");
    // A plan that happens to carry the name of a generated file, rendered into its own folder.
    write(&dir.path().join("aktivitetsplan.md"), &example());
    let r = run(dir.path(), &["render", "aktivitetsplan.md", "--out", "."]);
    assert_eq!(r.code, 2, "{}", r.snapshot());
    assert!(
        r.stderr.contains("overskriver ikke planfilen"),
        "{}",
        r.stderr
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("aktivitetsplan.md")).expect("plan"),
        example()
    );
}

#[cfg(unix)]
#[test]
fn refuses_symlinks_that_lead_outside() {
    let dir = workspace("");
    write(&dir.path().join("plan.yaml"), &example());
    let outside = dir.path().join("elsewhere");
    std::fs::create_dir_all(&outside).expect("mkdir");
    let out = dir.path().join("out/ics-eksempel-kommune");
    std::fs::create_dir_all(&out).expect("mkdir");
    std::os::unix::fs::symlink(&outside, out.join("roller")).expect("symlink");
    let r = run(dir.path(), &["render", "plan.yaml"]);
    assert_eq!(r.code, 2, "{}", r.snapshot());
    assert!(
        r.stderr.contains("fører uden for outputmappen"),
        "{}",
        r.stderr
    );
    assert!(tree(&outside).is_empty(), "wrote through the symlink");

    // A symlinked file pointing outside is refused too.
    std::fs::remove_file(out.join("roller")).expect("rm");
    let target = dir.path().join("secret.txt");
    write(&target, "keep");
    std::os::unix::fs::symlink(&target, out.join("kalender.ics")).expect("symlink");
    let r = run(dir.path(), &["render", "plan.yaml", "--only", "ical"]);
    assert_eq!(r.code, 2, "{}", r.snapshot());
    assert!(r.stderr.contains("symbolsk link"), "{}", r.stderr);
    assert_eq!(std::fs::read_to_string(&target).expect("read"), "keep");
}

#[test]
fn only_year_and_lang() {
    let dir = workspace("");
    write(&dir.path().join("plan.yaml"), &example());
    let r = run(
        dir.path(),
        &[
            "render",
            "plan.yaml",
            "--only",
            "ical,aarshjul",
            "--year",
            "2028",
            "--lang",
            "en",
            "--out",
            "docs",
        ],
    );
    assert_eq!(r.code, 0, "{}", r.snapshot());
    let files = tree(&dir.path().join("docs"));
    assert!(
        files.contains(&"aarshjul-2028.svg".to_string()),
        "{files:?}"
    );
    assert!(files.contains(&"aarshjul-2028.html".to_string()));
    assert!(files.contains(&"kalender.ics".to_string()));
    assert!(
        !files
            .iter()
            .any(|f| f.starts_with("aktivitetsplan") || f.starts_with("roller/"))
    );
    assert!(!files.iter().any(|f| f.contains("2027")));
    let svg = std::fs::read_to_string(dir.path().join("docs/aarshjul-2028.svg")).expect("svg");
    assert!(svg.contains("Year wheel 2028"), "English labels");
    assert!(svg.contains("January"));
}

#[test]
fn dates_before_1900_and_texts_past_their_limit_are_refused_not_rendered() {
    // A plan may not start before 1900 and a purpose may not run past its limit: both
    // are findings at the value, and nothing is written (the workbook's own handling of
    // such dates and cells is tested in `sheet.rs`).
    let dir = workspace("");
    let long = "lang tekst ".repeat(4_000);
    let text = format!(
        "id: gammel\ntitle: Gammel plan\nstart: 1013-01-04\n\
         roles:\n  tovholder: {{ name: Tovholder, owner: [Anna Jensen] }}\n\
         phases:\n  start: {{ name: Start, duration: 2 months, exit_criteria: [klar] }}\n\
         activities:\n  moede: {{ name: Møde, phase: start, at: 1 week, responsible: tovholder, purpose: '{long}' }}\n"
    );
    write(&dir.path().join("plan.yaml"), &text);
    let r = run(
        dir.path(),
        &["render", "plan.yaml", "--only", "aktivitetsplan"],
    );
    assert_eq!(r.code, 1, "{}", r.snapshot());
    assert!(r.stderr.contains("plan.yaml:3:8"), "{}", r.stderr);
    assert!(r.stderr.contains("plan.yaml:9:"), "{}", r.stderr);
    assert!(!dir.path().join("out").exists(), "nothing is written");
}

#[test]
fn error_findings_stop_the_render() {
    let dir = workspace("");
    write(&dir.path().join("plan.yaml"), &plan());
    let r = run(dir.path(), &["render", "plan.yaml"]);
    assert_eq!(r.code, 1, "{}", r.snapshot());
    assert!(r.stderr.contains("unknown-reference"), "{}", r.stderr);
    // The command's words are in the plan's language (Danish).
    assert!(
        r.stderr
            .contains("der blev ikke dannet dokumenter for plan.yaml"),
        "{}",
        r.stderr
    );
    assert!(!dir.path().join("out").exists());
}

#[test]
fn warnings_render_and_say_so() {
    let dir = workspace("");
    write(&dir.path().join("plan.yaml"), &plan_warning_only());
    let r = run(dir.path(), &["render", "plan.yaml", "--only", "roller"]);
    assert_eq!(r.code, 0, "{}", r.snapshot());
    assert!(
        r.stderr
            .starts_with("advarsel: danner dokumenter for plan.yaml med"),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("role-without-owner"), "{}", r.stderr);
    assert!(
        dir.path()
            .join("out/feedback-familieafsnit/roller/index.html")
            .is_file()
    );
}

#[test]
fn usage_errors_exit_2() {
    let dir = workspace("");
    write(&dir.path().join("plan.yaml"), &example());
    let r = run(dir.path(), &["render", "plan.yaml", "--only", "pdf"]);
    assert_eq!(r.code, 2, "{}", r.snapshot());
    assert!(r.stderr.contains("unknown document `pdf`"), "{}", r.stderr);
    let r = run(dir.path(), &["render", "missing.yaml"]);
    assert_eq!(r.code, 2, "{}", r.snapshot());
    let r = run(dir.path(), &["render", "plan.yaml", "--year", "12"]);
    assert_eq!(r.code, 2, "{}", r.snapshot());
}

#[test]
fn templates_export_and_override() {
    let dir = workspace("");
    write(&dir.path().join("plan.yaml"), &example());
    let r = run(dir.path(), &["templates", "export", "mine"]);
    assert_eq!(r.code, 0, "{}", r.snapshot());
    let exported = tree(&dir.path().join("mine"));
    insta::assert_debug_snapshot!("exported_templates", exported);
    // Exporting again over identical files is fine; over edited files it is refused.
    assert_eq!(run(dir.path(), &["templates", "export", "mine"]).code, 0);
    let css = dir.path().join("mine/style.css");
    write(&css, "/* Nordby letterhead */ body { color: #123456; }\n");
    let r = run(dir.path(), &["templates", "export", "mine"]);
    assert_eq!(r.code, 2, "{}", r.snapshot());
    assert!(r.stderr.contains("--force"), "{}", r.stderr);

    // Only the edited style.css is kept; every other template falls back to the built-in one.
    for f in exported.iter().filter(|f| *f != "style.css") {
        std::fs::remove_file(dir.path().join("mine").join(f)).expect("rm");
    }
    let r = run(
        dir.path(),
        &[
            "render",
            "plan.yaml",
            "--only",
            "aktivitetsplan",
            "--templates",
            "mine",
        ],
    );
    assert_eq!(r.code, 0, "{}", r.snapshot());
    let html = std::fs::read_to_string(
        dir.path()
            .join("out/ics-eksempel-kommune/aktivitetsplan.html"),
    )
    .expect("html");
    assert!(html.contains("Nordby letterhead"));
    assert!(html.contains("Aktivitetsplan"));

    // A broken template stops the render and leaves the earlier output as it was.
    write(
        &dir.path().join("mine/aktivitetsplan.html"),
        "{% extends \"base.html\" %}\n{% block content %}{{ doc.title | nosuchfilter }}{% endblock %}\n",
    );
    let r = run(
        dir.path(),
        &[
            "render",
            "plan.yaml",
            "--only",
            "aktivitetsplan",
            "--templates",
            "mine",
        ],
    );
    assert_eq!(r.code, 2, "{}", r.snapshot());
    assert!(r.stderr.contains("aktivitetsplan.html"), "{}", r.stderr);
    assert!(r.stderr.contains("nosuchfilter"), "{}", r.stderr);
    let after = std::fs::read_to_string(
        dir.path()
            .join("out/ics-eksempel-kommune/aktivitetsplan.html"),
    )
    .expect("html");
    assert_eq!(after, html);
}
