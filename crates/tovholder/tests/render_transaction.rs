//! Rendering into a folder is a transaction, tested through the real binary: a lock on
//! the output folder (renders at once wait for each other; a held lock fails clearly),
//! the manifest written as a journal before the renames, and the next render
//! completing or cleaning up whatever a failed or killed render left. Faults come from
//! the test hook `TOVHOLDER_FAULT=<step>:<fail|full|stop>` (the step-th write, rename
//! or removal fails with an I/O error, fails with "no space left on device", or stops
//! the process, which the test then kills with SIGKILL) at every step in turn, and from
//! a real full disk (a small tmpfs, when the tests may mount one).

mod common;

use common::{plan_clean, write};
use std::collections::BTreeMap;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

const MANIFEST: &str = ".tovholder-manifest";

fn example() -> String {
    let p =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../examples/ics-eksempel-kommune.yaml");
    std::fs::read_to_string(p).expect("the ICS example")
}

/// The small clean plan, and a second version of it whose every document differs.
fn versions() -> (String, String) {
    let new = plan_clean();
    let old = new.replace(
        "title: Implementering af feedbackmøder i Familieafsnittet",
        "title: Feedbackmøder i Familieafsnittet (udkast)",
    );
    assert_ne!(old, new);
    (old, new)
}

/// Every file under `dir` with its bytes, relative, `/`-separated.
fn files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    fn walk(root: &Path, dir: &Path, out: &mut BTreeMap<String, Vec<u8>>) {
        for e in std::fs::read_dir(dir).expect("read folder") {
            let p = e.expect("entry").path();
            if p.is_dir() {
                walk(root, &p, out);
            } else {
                let rel = p.strip_prefix(root).expect("under root");
                let bytes = std::fs::read(&p).expect("read");
                out.insert(rel.to_string_lossy().replace('\\', "/"), bytes);
            }
        }
    }
    let mut out = BTreeMap::new();
    if dir.exists() {
        walk(dir, dir, &mut out);
    }
    out
}

struct Out {
    code: Option<i32>,
    stderr: String,
    /// Stopped by the hook and killed with SIGKILL.
    killed: bool,
}

fn tovholder(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_tovholder"));
    cmd.args(args)
        .current_dir(dir)
        .env_clear()
        .env("NO_COLOR", "1")
        .envs(env.iter().copied());
    cmd
}

/// Run `tovholder ARGS`; with `TOVHOLDER_FAULT=…:stop`, kill it (SIGKILL) as soon as
/// it says it stopped.
fn run(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Out {
    let mut child = tovholder(dir, args, env)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run tovholder");
    let mut stderr = String::new();
    let mut killed = false;
    let reader = BufReader::new(child.stderr.take().expect("stderr"));
    for line in reader.lines() {
        let line = line.expect("stderr line");
        stderr.push_str(&line);
        stderr.push('\n');
        if line.starts_with("TOVHOLDER_FAULT: stopped") {
            child.kill().expect("kill -9");
            killed = true;
            break;
        }
    }
    let status = child.wait().expect("wait");
    Out {
        code: status.code(),
        stderr,
        killed,
    }
}

/// The generated files of `plan` rendered into a fresh folder (without manifest and lock).
fn reference(plan: &str) -> BTreeMap<String, Vec<u8>> {
    let dir = tempfile::tempdir().expect("temp dir");
    write(&dir.path().join("plan.yaml"), plan);
    let r = run(dir.path(), &["render", "plan.yaml", "--out", "out"], &[]);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    let mut f = files(&dir.path().join("out"));
    assert!(f.remove(MANIFEST).is_some());
    f
}

/// The generated files of `new` rendered over those of `old` (the calendars read the
/// old ones as their history: newer SEQUENCE, removed events cancelled).
fn reference_over(old: &str, new: &str) -> BTreeMap<String, Vec<u8>> {
    let dir = tempfile::tempdir().expect("temp dir");
    for plan in [old, new] {
        write(&dir.path().join("plan.yaml"), plan);
        let r = run(dir.path(), &["render", "plan.yaml", "--out", "out"], &[]);
        assert_eq!(r.code, Some(0), "{}", r.stderr);
    }
    let mut f = files(&dir.path().join("out"));
    assert!(f.remove(MANIFEST).is_some());
    f
}

fn is_temp(name: &str) -> bool {
    name.rsplit('/')
        .next()
        .is_some_and(|n| n.starts_with('.') && n.contains(".tovholder-") && n.ends_with(".tmp"))
}

/// The user's own files in the output folder, which no render may touch — one of
/// them named almost like a temporary file of tovholder's.
const USER_FILES: [(&str, &str); 3] = [
    ("noter.txt", "mine noter"),
    (".noter.txt.tovholder-gammel.tmp", "ikke tovholders"),
    ("roller/.udkast.tmp", "mit udkast"),
];

/// The folder after a successful render of the plan whose files are `expected`:
/// exactly those files with those bytes, the manifest listing exactly them, the lock,
/// the user's files untouched, and no temporary file.
fn assert_complete(out: &Path, expected: &BTreeMap<String, Vec<u8>>, what: &str) {
    let mut found = files(out);
    for (name, text) in USER_FILES {
        assert_eq!(
            found.remove(name).as_deref(),
            Some(text.as_bytes()),
            "{what}: {name} was touched"
        );
    }
    let manifest = String::from_utf8(found.remove(MANIFEST).expect("manifest")).expect("utf-8");
    let temps: Vec<_> = found.keys().filter(|k| is_temp(k)).collect();
    assert!(temps.is_empty(), "{what}: temporary files left: {temps:?}");
    let listed: Vec<&str> = manifest.lines().filter(|l| !l.starts_with('#')).collect();
    assert_eq!(
        listed,
        expected.keys().map(String::as_str).collect::<Vec<_>>(),
        "{what}: the manifest"
    );
    assert!(!manifest.contains("#rename"), "{what}: a journal is left");
    assert_eq!(
        found.keys().collect::<Vec<_>>(),
        expected.keys().collect::<Vec<_>>(),
        "{what}"
    );
    for (name, bytes) in expected {
        assert!(found.get(name) == Some(bytes), "{what}: {name} differs");
    }
}

/// Fail or kill the render of the new version over the old one at step 1, 2, … until
/// the hook is never reached; after each, the folder holds only whole files (each the
/// old or the new version), and the next render completes it.
fn every_step(fault: &str) {
    let (old, new) = versions();
    let (old_files, new_files) = (reference(&old), reference_over(&old, &new));
    let mut steps = 0;
    for n in 1.. {
        let dir = tempfile::tempdir().expect("temp dir");
        let out = dir.path().join("out");
        write(&dir.path().join("plan.yaml"), &old);
        assert_eq!(
            run(dir.path(), &["render", "plan.yaml", "--out", "out"], &[]).code,
            Some(0)
        );
        for (name, text) in USER_FILES {
            write(&out.join(name), text);
        }
        write(&dir.path().join("plan.yaml"), &new);
        let spec = format!("{n}:{fault}");
        let r = run(
            dir.path(),
            &["render", "plan.yaml", "--out", "out"],
            &[("TOVHOLDER_FAULT", &spec)],
        );
        if r.code == Some(0) {
            // Past the last step: the hook was never reached.
            assert!(!r.killed);
            assert_complete(&out, &new_files, &format!("{spec} (not reached)"));
            break;
        }
        steps = n;
        if fault == "stop" {
            assert!(r.killed, "{spec}: {}", r.stderr);
        } else {
            assert_eq!(r.code, Some(2), "{spec}: {}", r.stderr);
            assert!(
                r.stderr.contains(&format!("TOVHOLDER_FAULT at step {n}")),
                "{spec}: {}",
                r.stderr
            );
        }
        // Every generated file is whole: the old version or the new one.
        for (name, bytes) in files(&out) {
            if let Some(o) = old_files.get(&name) {
                let n = new_files.get(&name).expect("same file names");
                assert!(
                    bytes == *o || bytes == *n,
                    "{spec}: {name} is neither version"
                );
            }
        }
        // The next render completes the folder.
        let again = run(dir.path(), &["render", "plan.yaml", "--out", "out"], &[]);
        assert_eq!(again.code, Some(0), "{spec}, then: {}", again.stderr);
        assert_complete(&out, &new_files, &format!("{spec}, then a render"));
    }
    // Every temporary file, the journal, every rename and the commit.
    assert!(
        steps > 2 * new_files.len(),
        "only {steps} steps for {} files",
        new_files.len()
    );
}

#[test]
fn a_failing_write_or_rename_at_any_step_is_completed_by_the_next_render() {
    every_step("fail");
}

#[test]
fn a_full_disk_at_any_step_is_completed_by_the_next_render() {
    every_step("full");
}

#[cfg(unix)]
#[test]
fn a_kill_between_any_two_steps_is_completed_by_the_next_render() {
    every_step("stop");
}

/// A render killed after its journal was written, then the render that would complete
/// it killed too: the third one completes it.
#[cfg(unix)]
#[test]
fn a_render_killed_while_completing_a_killed_render() {
    let (old, new) = versions();
    let new_files = reference_over(&old, &new);
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("out");
    write(&dir.path().join("plan.yaml"), &old);
    let args = ["render", "plan.yaml", "--out", "out"];
    assert_eq!(run(dir.path(), &args, &[]).code, Some(0));
    for (name, text) in USER_FILES {
        write(&out.join(name), text);
    }
    write(&dir.path().join("plan.yaml"), &new);
    // Every file's temporary file, the journal (2 steps), then three renames.
    let after_journal = (new_files.len() + 2 + 3).to_string() + ":stop";
    let r = run(dir.path(), &args, &[("TOVHOLDER_FAULT", &after_journal)]);
    assert!(r.killed, "{}", r.stderr);
    let manifest = std::fs::read_to_string(out.join(MANIFEST)).expect("manifest");
    assert!(manifest.contains("#rename\t"), "no journal:\n{manifest}");
    // Killed during its first recovery rename.
    let r = run(dir.path(), &args, &[("TOVHOLDER_FAULT", "2:stop")]);
    assert!(r.killed, "{}", r.stderr);
    let r = run(dir.path(), &args, &[]);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert!(
        r.stderr.contains("gjorde en afbrudt kørsel færdig"),
        "{}",
        r.stderr
    );
    assert_complete(&out, &new_files, "after two kills");
}

#[test]
fn ten_renders_at_once_give_the_files_of_one() {
    let plan = example();
    let expected = reference(&plan);
    let dir = tempfile::tempdir().expect("temp dir");
    write(&dir.path().join("plan.yaml"), &plan);
    let children: Vec<_> = (0..10)
        .map(|_| {
            tovholder(dir.path(), &["render", "plan.yaml"], &[])
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .expect("spawn")
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().expect("wait");
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let out = dir.path().join("out/ics-eksempel-kommune");
    let mut found = files(&out);
    let manifest = String::from_utf8(found.remove(MANIFEST).expect("manifest")).expect("utf-8");
    assert_eq!(found, expected, "ten renders at once differ from one");
    assert_eq!(
        manifest.lines().filter(|l| !l.starts_with('#')).count(),
        expected.len(),
        "{manifest}"
    );
}

#[cfg(unix)]
#[test]
fn a_render_waits_for_the_lock_a_bounded_time_then_fails_clearly() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(&dir.path().join("plan.yaml"), &plan_clean());
    let out = dir.path().join("out");
    std::fs::create_dir_all(&out).expect("mkdir");
    // The lock a render takes: the operating system's, on the folder itself.
    let lock = std::fs::File::open(&out).expect("open the folder");
    lock.lock().expect("lock");
    let args = ["render", "plan.yaml", "--out", "out"];
    let start = std::time::Instant::now();
    let r = run(dir.path(), &args, &[("TOVHOLDER_LOCK_WAIT", "1")]);
    assert_eq!(r.code, Some(2), "{}", r.stderr);
    assert!(start.elapsed() >= std::time::Duration::from_secs(1));
    assert!(
        r.stderr
            .contains("en anden kørsel af tovholder render skriver allerede i")
            && r.stderr.contains("opgav efter at have ventet 1 sekunder"),
        "{}",
        r.stderr
    );
    assert!(files(&out).is_empty(), "wrote without the lock");
    // In Swedish, with --lang sv.
    let r = run(
        dir.path(),
        &["render", "plan.yaml", "--out", "out", "--lang", "sv"],
        &[("TOVHOLDER_LOCK_WAIT", "0")],
    );
    assert_eq!(r.code, Some(2), "{}", r.stderr);
    assert!(
        r.stderr
            .contains("en annan körning av tovholder render skriver redan i"),
        "{}",
        r.stderr
    );
    let r = run(dir.path(), &args, &[("TOVHOLDER_LOCK_WAIT", "soon")]);
    assert_eq!(r.code, Some(2), "{}", r.stderr);
    assert!(r.stderr.contains("TOVHOLDER_LOCK_WAIT"), "{}", r.stderr);
    // Released: the render goes through.
    drop(lock);
    let r = run(dir.path(), &args, &[("TOVHOLDER_LOCK_WAIT", "1")]);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
}

/// A killed render does not wedge the folder: the lock is the operating system's and
/// dies with the process.
#[cfg(unix)]
#[test]
fn a_killed_render_leaves_no_lock() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(&dir.path().join("plan.yaml"), &plan_clean());
    let args = ["render", "plan.yaml", "--out", "out"];
    let r = run(dir.path(), &args, &[("TOVHOLDER_FAULT", "1:stop")]);
    assert!(r.killed, "{}", r.stderr);
    let r = run(dir.path(), &args, &[("TOVHOLDER_LOCK_WAIT", "0")]);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
}

/// A temporary file of tovholder's in a folder it does not write (`--only`) is left
/// alone only if it is not in a folder of the manifest; a committed, hostile journal
/// cannot rename anything outside the folder or onto a file not in the manifest.
#[test]
fn a_hostile_journal_renames_nothing_it_should_not() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(&dir.path().join("plan.yaml"), &plan_clean());
    let out = dir.path().join("out");
    write(&dir.path().join("secret.txt"), "keep");
    write(&out.join(".x.tovholder-1-0.tmp"), "evil");
    write(&out.join("mine.txt"), "mine");
    write(
        &out.join(MANIFEST),
        "kalender.ics\n#rename\t../secret.txt\tkalender.ics\n#rename\t.x.tovholder-1-0.tmp\tmine.txt\n#rename\t.x.tovholder-1-0.tmp\t../secret.txt\n",
    );
    let r = run(dir.path(), &["render", "plan.yaml", "--out", "out"], &[]);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert_eq!(
        std::fs::read_to_string(dir.path().join("secret.txt")).expect("read"),
        "keep"
    );
    assert_eq!(
        std::fs::read_to_string(out.join("mine.txt")).expect("read"),
        "mine"
    );
    assert!(!out.join(".x.tovholder-1-0.tmp").exists());
}

/// A real full disk: a small tmpfs (only where the tests may mount one, as root in a
/// sandbox; skipped elsewhere). The new version does not fit: the render fails with
/// the system's "no space left on device", leaves the old files whole and no
/// temporary file; with room again, the next render completes it.
#[cfg(target_os = "linux")]
#[test]
fn a_really_full_disk() {
    struct Mount(PathBuf);
    impl Drop for Mount {
        fn drop(&mut self) {
            let _ = Command::new("umount").arg(&self.0).status();
        }
    }
    let (old, new) = versions();
    let (old_files, new_files) = (reference(&old), reference_over(&old, &new));
    let dir = tempfile::tempdir().expect("temp dir");
    let mnt = dir.path().join("disk");
    std::fs::create_dir_all(&mnt).expect("mkdir");
    let mounted = Command::new("mount")
        .args(["-t", "tmpfs", "-o", "size=4m", "tmpfs"])
        .arg(&mnt)
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !mounted {
        eprintln!("skipped: cannot mount a tmpfs here");
        return;
    }
    let mount = Mount(mnt.clone());
    let remount = |size: u64| {
        let ok = Command::new("mount")
            .args(["-o", &format!("remount,size={size}")])
            .arg(&mount.0)
            .status()
            .is_ok_and(|s| s.success());
        assert!(ok, "remount size={size}");
    };
    write(&dir.path().join("plan.yaml"), &old);
    let args = ["render", "plan.yaml", "--out", "disk/out"];
    assert_eq!(run(dir.path(), &args, &[]).code, Some(0));
    // Room for about half of the new files' temporary copies (tmpfs counts pages).
    let used: u64 = old_files
        .values()
        .map(|b| (b.len() as u64).div_ceil(4096) * 4096)
        .sum();
    remount(used + 16 * 4096 + 3 * 4096);
    write(&dir.path().join("plan.yaml"), &new);
    let r = run(dir.path(), &args, &[]);
    assert_eq!(r.code, Some(2), "{}", r.stderr);
    assert!(r.stderr.contains("No space left on device"), "{}", r.stderr);
    let mut found = files(&mnt.join("out"));
    found.remove(MANIFEST).expect("manifest");
    assert_eq!(found, old_files, "the old files are not whole");
    remount(64 * 1024 * 1024);
    let r = run(dir.path(), &args, &[]);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    let mut found = files(&mnt.join("out"));
    found.remove(MANIFEST).expect("manifest");
    assert_eq!(found, new_files);
    drop(mount);
}
