//! Helpers for the CLI tests: fixture trees in a temporary folder and runs of the real
//! `tovholder` binary with a cleared environment.
#![allow(dead_code, reason = "each test file uses some of the helpers")]

use std::path::{Path, PathBuf};
use std::process::Command;

/// The repository's `tests/config` fixtures.
pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/config")
}

/// The plan with exactly two findings (role-without-owner, unknown-reference).
pub fn plan() -> String {
    std::fs::read_to_string(fixtures().join("plan.yaml")).expect("tests/config/plan.yaml")
}

/// The plan with only the warning (the reference fixed).
pub fn plan_warning_only() -> String {
    let p = plan().replace("responsible: superbrugr", "responsible: superbruger");
    assert!(!p.contains("superbrugr"));
    p
}

/// The plan with no findings.
pub fn plan_clean() -> String {
    let p = plan_warning_only().replace(
        "    name: Superbruger\n",
        "    name: Superbruger\n    owner: [Bo Hansen]\n",
    );
    assert!(p.contains("owner: [Bo Hansen]"));
    p
}

/// Copy a fixture folder (recursively) into `to`.
pub fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create folder");
    for entry in std::fs::read_dir(from).expect("read fixture folder") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("type").is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy fixture");
        }
    }
}

/// Write a file, creating its folders.
pub fn write(path: &Path, text: &str) {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).expect("create folder");
    }
    std::fs::write(path, text).expect("write file");
}

/// A temporary folder with the fixture folder `name` copied in (empty for "").
pub fn workspace(name: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    if !name.is_empty() {
        copy_tree(&fixtures().join(name), dir.path());
    }
    dir
}

pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

/// Run `tovholder ARGS` in `dir` with a cleared environment.
pub fn run(dir: &Path, args: &[&str]) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_tovholder"))
        .args(args)
        .current_dir(dir)
        .env_clear()
        .env("NO_COLOR", "1")
        .output()
        .expect("run tovholder");
    let filter = |s: &[u8]| {
        let mut text = String::from_utf8_lossy(s).into_owned();
        for p in [
            dir.to_path_buf(),
            std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf()),
        ] {
            text = text.replace(&p.display().to_string(), "[TMP]");
        }
        text
    };
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: filter(&out.stdout),
        stderr: filter(&out.stderr),
    }
}

impl Run {
    /// Exit code, stdout and stderr as one text for a snapshot.
    pub fn snapshot(&self) -> String {
        format!(
            "exit code: {}\n----- stdout -----\n{}----- stderr -----\n{}",
            self.code, self.stdout, self.stderr
        )
    }
}
