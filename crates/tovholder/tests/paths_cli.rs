//! The path policy (`crates/tovholder/src/paths.rs`) through the real binary: symlinks
//! leading outside the repository root are refused, files of the operating system
//! (`/proc`, `/sys`, `/dev`) and FIFOs are never read — for plans, folders, models,
//! templates, `tovholder.toml` and the output folder — and a symlink that stays inside
//! the root works. Every run has a secret in its environment; none of it may reach
//! stdout, stderr or any file in the test's folders.
#![cfg(unix)]

use std::os::unix::fs::symlink;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const SECRET_VAR: &str = "TOVHOLDER_TEST_SECRET";
const SECRET: &str = "hemlighet-7f3a9c-do-not-print";

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

impl Run {
    fn show(&self) -> String {
        format!(
            "exit {}\n--- stdout\n{}\n--- stderr\n{}",
            self.code, self.stdout, self.stderr
        )
    }
}

/// Run `tovholder ARGS` in `dir` with the secret in its environment; a run that does
/// not end within 20 s (a FIFO opened for reading) fails the test.
fn run(dir: &Path, args: &[&str]) -> Run {
    let mut child = Command::new(env!("CARGO_BIN_EXE_tovholder"))
        .args(args)
        .current_dir(dir)
        .env_clear()
        .env("NO_COLOR", "1")
        .env(SECRET_VAR, SECRET)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run tovholder");
    let started = Instant::now();
    loop {
        if child.try_wait().expect("wait").is_some() {
            break;
        }
        if started.elapsed() > Duration::from_secs(20) {
            let _ = child.kill();
            panic!("tovholder {args:?} did not finish within 20 s");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let out = child.wait_with_output().expect("output");
    let run = Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    };
    assert!(
        !run.stdout.contains(SECRET) && !run.stderr.contains(SECRET),
        "the secret reached the output of {args:?}:\n{}",
        run.show()
    );
    assert!(
        !run.stderr.contains("internal error"),
        "{args:?}: {}",
        run.show()
    );
    run
}

/// No regular file under `dir` contains the secret.
fn assert_no_secret_in(dir: &Path) {
    fn walk(dir: &Path) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for e in entries.flatten() {
            let p = e.path();
            let Ok(meta) = std::fs::symlink_metadata(&p) else {
                continue;
            };
            if meta.is_dir() {
                walk(&p);
            } else if meta.is_file() {
                let bytes = std::fs::read(&p).expect("read");
                assert!(
                    !String::from_utf8_lossy(&bytes).contains(SECRET),
                    "the secret was written to {}",
                    p.display()
                );
            }
        }
    }
    walk(dir);
}

/// A repository: a temporary folder with `.git`.
fn repo() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::create_dir_all(dir.path().join(".git")).expect(".git");
    dir
}

fn write(path: &Path, text: &str) {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).expect("folder");
    }
    std::fs::write(path, text).expect("write");
}

/// A plan that checks clean and renders.
fn plan() -> String {
    let p =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../examples/ics-eksempel-kommune.yaml");
    std::fs::read_to_string(p).expect("the ICS example")
}

const ENVIRON: &str = "/proc/self/environ";

fn mkfifo(path: &Path) {
    let ok = Command::new("mkfifo")
        .arg(path)
        .status()
        .is_ok_and(|s| s.success());
    assert!(ok, "mkfifo {}", path.display());
}

#[test]
fn a_plan_that_is_a_symlink_to_proc_is_refused_without_its_text() {
    let dir = repo();
    symlink(ENVIRON, dir.path().join("p.yaml")).expect("symlink");
    for args in [
        &["check", "p.yaml"][..],
        &["check", "--format", "json", "p.yaml"],
        &["check", "--allow-outside-root", "p.yaml"],
        &["check", "--lang", "sv", "p.yaml"],
        &["compile", "p.yaml"],
        &["render", "p.yaml"],
        &["graph", "p.yaml"],
    ] {
        let r = run(dir.path(), args);
        assert_eq!(r.code, 2, "{args:?}: {}", r.show());
    }
    let r = run(dir.path(), &["check", "--allow-outside-root", "p.yaml"]);
    assert!(r.stderr.contains("/proc, /sys or /dev"), "{}", r.show());
    let r = run(dir.path(), &["check", "--lang", "da", "p.yaml"]);
    assert!(r.stderr.contains("styresystemets filer"), "{}", r.show());
    let r = run(dir.path(), &["check", "--lang", "sv", "p.yaml"]);
    assert!(r.stderr.contains("operativsystemets filer"), "{}", r.show());
    // The same through an absolute path, and outside any repository.
    let bare = tempfile::tempdir().expect("temp dir");
    symlink(ENVIRON, bare.path().join("p.yaml")).expect("symlink");
    let abs = bare.path().join("p.yaml").display().to_string();
    assert_eq!(run(dir.path(), &["check", &abs]).code, 2);
    assert_eq!(run(bare.path(), &["check", "p.yaml"]).code, 2);
    assert_no_secret_in(dir.path());
}

#[test]
fn a_plan_that_links_out_of_the_repository_is_refused_unless_allowed() {
    let outer = tempfile::tempdir().expect("temp dir");
    write(&outer.path().join("elsewhere/plan.yaml"), &plan());
    let dir = outer.path().join("repo");
    std::fs::create_dir_all(dir.join(".git")).expect(".git");
    symlink("../elsewhere/plan.yaml", dir.join("plan.yaml")).expect("symlink");
    let r = run(&dir, &["check", "plan.yaml"]);
    assert_eq!(r.code, 2, "{}", r.show());
    assert!(
        r.stderr.contains("leads outside the repository root")
            && r.stderr.contains("--allow-outside-root"),
        "{}",
        r.show()
    );
    let r = run(&dir, &["check", "--allow-outside-root", "plan.yaml"]);
    assert_eq!(r.code, 0, "{}", r.show());
    // A folder of its own with no repository above: the plan's folder is the root.
    let bare = outer.path().join("bare");
    std::fs::create_dir_all(&bare).expect("folder");
    symlink("../elsewhere/plan.yaml", bare.join("plan.yaml")).expect("symlink");
    assert_eq!(run(&bare, &["check", "plan.yaml"]).code, 2);
}

#[test]
fn a_template_that_is_a_symlink_to_proc_is_refused() {
    let dir = repo();
    write(&dir.path().join("plan.yaml"), &plan());
    std::fs::create_dir_all(dir.path().join("t")).expect("t");
    symlink(ENVIRON, dir.path().join("t/base.html")).expect("symlink");
    for args in [
        &["render", "plan.yaml", "--templates", "t"][..],
        &[
            "render",
            "plan.yaml",
            "--templates",
            "t",
            "--allow-outside-root",
        ],
        &["render", "plan.yaml", "--templates", "t", "--lang", "sv"],
    ] {
        let r = run(dir.path(), args);
        assert_eq!(r.code, 2, "{args:?}: {}", r.show());
        assert!(r.stderr.contains("base.html"), "{}", r.show());
    }
    assert!(!dir.path().join("out").exists(), "rendered anyway");
    // A template folder that is itself a link out, and a template linking out.
    let outer = tempfile::tempdir().expect("temp dir");
    write(
        &outer.path().join("base.html"),
        "<html>{{ plan.title }}</html>",
    );
    symlink(outer.path(), dir.path().join("t2")).expect("symlink");
    let r = run(dir.path(), &["render", "plan.yaml", "--templates", "t2"]);
    assert_eq!(r.code, 2, "{}", r.show());
    std::fs::remove_file(dir.path().join("t/base.html")).expect("rm");
    symlink(
        outer.path().join("base.html"),
        dir.path().join("t/base.html"),
    )
    .expect("symlink");
    let r = run(
        dir.path(),
        &["render", "plan.yaml", "--templates", "t", "--lang", "en"],
    );
    assert_eq!(r.code, 2, "{}", r.show());
    assert!(
        r.stderr.contains("outside the repository root"),
        "{}",
        r.show()
    );
    // A FIFO among the templates is refused, never opened (the run would hang).
    std::fs::remove_file(dir.path().join("t/base.html")).expect("rm");
    mkfifo(&dir.path().join("t/base.html"));
    let r = run(
        dir.path(),
        &["render", "plan.yaml", "--templates", "t", "--lang", "en"],
    );
    assert_eq!(r.code, 2, "{}", r.show());
    assert!(r.stderr.contains("not a regular file"), "{}", r.show());
    assert_no_secret_in(dir.path());
}

#[test]
fn a_model_that_is_a_symlink_to_proc_is_refused() {
    let dir = repo();
    write(
        &dir.path().join("plan.yaml"),
        "id: p\nuses: environ.yaml\nphases:\n  a: { duration: 1 week }\n",
    );
    symlink(ENVIRON, dir.path().join("environ.yaml")).expect("symlink");
    for args in [
        &["check", "--format", "json", "plan.yaml"][..],
        &[
            "check",
            "--format",
            "json",
            "--allow-outside-root",
            "plan.yaml",
        ],
        &["check", "plan.yaml"],
        &["check", "--lang", "sv", "plan.yaml"],
    ] {
        let r = run(dir.path(), args);
        assert_eq!(r.code, 1, "{args:?}: {}", r.show());
        assert!(r.stdout.contains("model-unavailable"), "{}", r.show());
    }
    let r = run(
        dir.path(),
        &[
            "check",
            "--format",
            "json",
            "--allow-outside-root",
            "plan.yaml",
        ],
    );
    assert!(r.stdout.contains("/proc, /sys or /dev"), "{}", r.show());
}

#[test]
fn a_configuration_that_is_a_symlink_to_proc_is_refused() {
    let dir = repo();
    write(&dir.path().join("plan.yaml"), &plan());
    symlink(ENVIRON, dir.path().join("tovholder.toml")).expect("symlink");
    let r = run(dir.path(), &["check", "plan.yaml"]);
    assert_eq!(r.code, 2, "{}", r.show());
    assert!(r.stderr.contains("tovholder.toml"), "{}", r.show());
    let r = run(dir.path(), &["render", "plan.yaml"]);
    assert_eq!(r.code, 2, "{}", r.show());
    std::fs::remove_file(dir.path().join("tovholder.toml")).expect("rm");
    symlink(ENVIRON, dir.path().join("other.toml")).expect("symlink");
    let r = run(
        dir.path(),
        &["check", "--config", "other.toml", "plan.yaml"],
    );
    assert_eq!(r.code, 2, "{}", r.show());
    // A configuration linking out of the repository, to a harmless file: refused too.
    let outer = tempfile::tempdir().expect("temp dir");
    write(
        &outer.path().join("tovholder.toml"),
        "preset = \"strict\"\n",
    );
    symlink(
        outer.path().join("tovholder.toml"),
        dir.path().join("tovholder.toml"),
    )
    .expect("symlink");
    let r = run(dir.path(), &["check", "plan.yaml"]);
    assert_eq!(r.code, 2, "{}", r.show());
    assert!(
        r.stderr.contains("outside the repository root"),
        "{}",
        r.show()
    );
    assert_no_secret_in(dir.path());
}

#[test]
fn the_folder_walk_does_not_follow_a_link_to_the_root_of_the_file_system() {
    let dir = repo();
    write(&dir.path().join("plans/plan.yaml"), &plan());
    symlink("/", dir.path().join("plans/link")).expect("symlink");
    symlink("/proc/self", dir.path().join("plans/self")).expect("symlink");
    symlink(ENVIRON, dir.path().join("plans/environ.yaml")).expect("symlink");
    // Not YAML: never looked at, so not reported.
    symlink(ENVIRON, dir.path().join("plans/notes.txt")).expect("symlink");
    let started = Instant::now();
    let r = run(dir.path(), &["check", "--format", "json", "plans"]);
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "walked too far"
    );
    assert_eq!(r.code, 2, "{}", r.show());
    let v: serde_json::Value = serde_json::from_str(&r.stdout).expect("json");
    assert_eq!(v["summary"]["files"], 1, "{}", r.show());
    let unreadable: Vec<String> = v["unreadable"]
        .as_array()
        .expect("unreadable")
        .iter()
        .map(|u| u["file"].as_str().unwrap_or("").to_string())
        .collect();
    assert_eq!(
        unreadable,
        ["plans/environ.yaml", "plans/link", "plans/self"],
        "{}",
        r.show()
    );
    // Named on the command line, the link is refused the same way.
    let r = run(dir.path(), &["check", "plans/link"]);
    assert_eq!(r.code, 2, "{}", r.show());
    assert!(
        r.stderr.contains("outside the repository root"),
        "{}",
        r.show()
    );
}

#[test]
fn a_committed_out_link_does_not_make_render_write_outside() {
    let outer = tempfile::tempdir().expect("temp dir");
    let dir = outer.path().join("repo");
    std::fs::create_dir_all(dir.join(".git")).expect(".git");
    std::fs::create_dir_all(outer.path().join("elsewhere")).expect("elsewhere");
    write(&dir.join("plan.yaml"), &plan());
    symlink("../elsewhere", dir.join("out")).expect("symlink");
    let r = run(&dir, &["render", "plan.yaml", "--lang", "en"]);
    assert_eq!(r.code, 2, "{}", r.show());
    assert!(
        r.stderr.contains("outside the repository root"),
        "{}",
        r.show()
    );
    let written: Vec<_> = std::fs::read_dir(outer.path().join("elsewhere"))
        .expect("elsewhere")
        .collect();
    assert!(written.is_empty(), "wrote outside the repository");
    // `--out` through the link, and a dangling link, are refused the same way.
    let r = run(&dir, &["render", "plan.yaml", "--out", "out/x"]);
    assert_eq!(r.code, 2, "{}", r.show());
    std::fs::remove_file(dir.join("out")).expect("rm");
    symlink("../nowhere", dir.join("out")).expect("symlink");
    let r = run(&dir, &["render", "plan.yaml", "--lang", "sv"]);
    assert_eq!(r.code, 2, "{}", r.show());
    assert!(r.stderr.contains("skriver inte i"), "{}", r.show());
    assert!(!outer.path().join("nowhere").exists(), "created outside");
    // `templates export` into a folder that links out is refused the same way.
    symlink("../elsewhere", dir.join("t")).expect("symlink");
    let r = run(&dir, &["templates", "export", "t/mine"]);
    assert_eq!(r.code, 2, "{}", r.show());
    assert!(
        !outer.path().join("elsewhere/mine").exists(),
        "exported outside"
    );
    let r = run(&dir, &["templates", "export", "mine"]);
    assert_eq!(r.code, 0, "{}", r.show());
}

#[test]
fn fifos_are_never_opened() {
    let dir = repo();
    mkfifo(&dir.path().join("plan.yaml"));
    let r = run(dir.path(), &["check", "plan.yaml"]);
    assert_eq!(r.code, 2, "{}", r.show());
    assert!(r.stderr.contains("not a regular file"), "{}", r.show());
    assert_eq!(run(dir.path(), &["render", "plan.yaml"]).code, 2);
    // In a folder, a FIFO is skipped.
    write(&dir.path().join("plans/real.yaml"), &plan());
    mkfifo(&dir.path().join("plans/fifo.yaml"));
    let r = run(dir.path(), &["check", "plans"]);
    assert_eq!(r.code, 0, "{}", r.show());
    // As a model, a FIFO is a finding.
    write(
        &dir.path().join("uses.yaml"),
        "id: p\nuses: plans/fifo.yaml\nphases:\n  a: { duration: 1 week }\n",
    );
    let r = run(dir.path(), &["check", "uses.yaml"]);
    assert_eq!(r.code, 1, "{}", r.show());
    assert!(r.stdout.contains("model-unavailable"), "{}", r.show());
}

#[test]
fn symlinks_that_stay_inside_the_root_work() {
    let dir = repo();
    let d = dir.path();
    write(&d.join("plans/real.yaml"), &plan());
    symlink("plans/real.yaml", d.join("plan.yaml")).expect("plan link");
    symlink("plans", d.join("alias")).expect("folder link");
    write(
        &d.join("models/m.yaml"),
        "kind: model\nid: m\ntitle: M\nversion: 1.0.0\nphases:\n  a: { duration: 1 week, exit_criteria: [Klar] }\n",
    );
    symlink("models/m.yaml", d.join("m-link.yaml")).expect("model link");
    write(&d.join("uses.yaml"), "id: u\ntitle: U\nuses: m-link.yaml\n");
    write(
        &d.join("templates/style.css"),
        "body { font-family: serif; }\n",
    );
    std::fs::create_dir_all(d.join("t")).expect("t");
    symlink("../templates/style.css", d.join("t/style.css")).expect("template link");
    std::fs::create_dir_all(d.join("build")).expect("build");
    symlink("build", d.join("out")).expect("out link");

    let r = run(d, &["check", "plan.yaml", "uses.yaml"]);
    assert!(r.code <= 1, "{}", r.show());
    assert!(!r.stdout.contains("model-unavailable"), "{}", r.show());
    let r = run(d, &["check", "alias"]);
    assert_eq!(r.code, 0, "{}", r.show());
    let r = run(d, &["render", "plan.yaml", "--templates", "t"]);
    assert_eq!(r.code, 0, "{}", r.show());
    let css =
        std::fs::read_to_string(d.join("build/ics-eksempel-kommune/style.css")).unwrap_or_default();
    let html = std::fs::read_to_string(d.join("build/ics-eksempel-kommune/aktivitetsplan.html"))
        .expect("rendered through the link inside the root");
    assert!(
        css.contains("font-family: serif") || html.contains("font-family: serif"),
        "the linked template was not used"
    );
}
