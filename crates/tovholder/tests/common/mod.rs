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
    run_with_env(dir, args, &[])
}

/// Run `tovholder ARGS` in the git repository `dir`: as [`run`], but with `PATH` (for
/// git), no system or global git configuration, and the variables `env`.
pub fn run_in_repository(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Run {
    let path = std::env::var_os("PATH").unwrap_or_default();
    let path = path.to_string_lossy();
    let mut all = vec![
        ("PATH", path.as_ref()),
        ("GIT_CONFIG_NOSYSTEM", "1"),
        ("GIT_CONFIG_GLOBAL", "/dev/null"),
    ];
    all.extend_from_slice(env);
    run_with_env(dir, args, &all)
}

/// Run `tovholder ARGS` in `dir` with a cleared environment but for `NO_COLOR` and
/// `env`; the temporary folder's path in its output is `[TMP]`.
fn run_with_env(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_tovholder"))
        .args(args)
        .current_dir(dir)
        .env_clear()
        .env("NO_COLOR", "1")
        .envs(env.iter().copied())
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

/// Parse `text` as JSON; a failure shows the text.
pub fn json(text: &str) -> serde_json::Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("not JSON ({e}):\n{text}"))
}

/// Run `python3 -c script args…`; its standard output. A script that fails (or no
/// `python3`) fails the test, with the script's standard error.
pub fn python<S: AsRef<std::ffi::OsStr>>(script: &str, args: &[S]) -> String {
    stdout_of(
        Command::new("python3").args(["-c", script]).args(args),
        "python3",
    )
}

/// Runs `cmd` to its end and returns its standard output; fails the test, with
/// the command's standard error, when it cannot start or exits unsuccessfully.
pub fn stdout_of(cmd: &mut Command, what: &str) -> String {
    let out = cmd.output().unwrap_or_else(|e| panic!("run {what}: {e}"));
    assert!(
        out.status.success(),
        "{what}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Whether `python3` can import `cmarkgfm`, GitHub's own Markdown renderer
/// (cmark-gfm). Without it a test says it was skipped and returns, unless
/// `TOVHOLDER_REQUIRE_GFM` is set (`.ci/run` installs it and sets that): then the
/// test fails.
pub fn have_gfm() -> bool {
    let have = Command::new("python3")
        .args(["-c", "import cmarkgfm"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !have {
        assert!(
            std::env::var_os("TOVHOLDER_REQUIRE_GFM").is_none(),
            "TOVHOLDER_REQUIRE_GFM is set but python3 cannot import cmarkgfm (pip install cmarkgfm)"
        );
        eprintln!("skipped: python3 cannot import cmarkgfm (pip install cmarkgfm)");
    }
    have
}

/// The HTML GitHub shows for the Markdown file at `path` (a pull-request comment,
/// a rendered `.md`), by cmark-gfm with raw HTML let through, so that any HTML in
/// the plan's text would show. Call [`have_gfm`] first.
pub fn gfm(path: &Path) -> String {
    python(
        "import sys, cmarkgfm\nfrom cmarkgfm.cmark import Options\n\
         print(cmarkgfm.github_flavored_markdown_to_html(open(sys.argv[1], encoding='utf-8').read(), \
         options=Options.CMARK_OPT_UNSAFE))",
        &[path],
    )
}

/// Run git in `dir` with a fixed identity and date (2027-02-01T10:00:00Z, so a
/// commit's hash is the same in every run) and no system or global configuration;
/// its standard output. A failing git fails the test.
pub fn git(dir: &Path, args: &[&str]) -> String {
    stdout_of(
        Command::new("git")
            .args(args)
            .current_dir(dir)
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .env("GIT_AUTHOR_NAME", "Test")
            .env("GIT_AUTHOR_EMAIL", "test@example.invalid")
            .env("GIT_COMMITTER_NAME", "Test")
            .env("GIT_COMMITTER_EMAIL", "test@example.invalid")
            .env("GIT_AUTHOR_DATE", "2027-02-01T10:00:00Z")
            .env("GIT_COMMITTER_DATE", "2027-02-01T10:00:00Z"),
        &format!("git {args:?}"),
    )
}

/// A new git repository on branch `main` in `dir` (created if missing).
pub fn git_init(dir: &Path) {
    std::fs::create_dir_all(dir).expect("create folder");
    git(dir, &["init", "-q", "-b", "main"]);
}

/// A temporary folder that is a new git repository (see [`git_init`]).
pub fn git_repository() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    git_init(dir.path());
    dir
}

/// Write `files` (path in the repository, text) in the repository `dir`, stage
/// everything in its working tree and commit it with `message`; the commit's hash.
pub fn commit(dir: &Path, files: &[(&str, &str)], message: &str) -> String {
    for (path, text) in files {
        write(&dir.join(path), text);
    }
    git(dir, &["add", "-A"]);
    git(dir, &["commit", "-q", "-m", message]);
    git(dir, &["rev-parse", "HEAD"]).trim_end().to_string()
}

/// A temporary folder with `text` as its `plan.yaml`.
pub fn plan_dir(text: &str) -> tempfile::TempDir {
    let dir = workspace("");
    write(&dir.path().join("plan.yaml"), text);
    dir
}

/// `tovholder compile plan.yaml` in `dir`, which must succeed: the compiled plan.
pub fn compiled(dir: &Path) -> serde_json::Value {
    let r = run(dir, &["compile", "plan.yaml"]);
    assert_eq!(r.code, 0, "{}", r.snapshot());
    serde_json::from_str(&r.stdout).expect("compiled JSON")
}

/// The compiled plan's activity `id`.
pub fn activity<'a>(c: &'a serde_json::Value, id: &str) -> &'a serde_json::Value {
    c["activities"]
        .as_array()
        .and_then(|a| a.iter().find(|x| x["id"] == id))
        .unwrap_or_else(|| panic!("no activity {id}"))
}

/// The date of each of the compiled activity's occurrences.
pub fn dates(a: &serde_json::Value) -> Vec<String> {
    a["occurrences"]
        .as_array()
        .map(|o| {
            o.iter()
                .map(|x| x["date"].as_str().unwrap_or_default().to_string())
                .collect()
        })
        .unwrap_or_default()
}

/// The days of the compiled activity's only (first) occurrence: its `days` (a
/// multi-day activity), or its date when `days` is absent.
pub fn days(a: &serde_json::Value) -> Vec<String> {
    let o = &a["occurrences"][0];
    match o["days"].as_array() {
        Some(d) => d
            .iter()
            .map(|x| x.as_str().unwrap_or_default().to_string())
            .collect(),
        None => vec![o["date"].as_str().unwrap_or_default().to_string()],
    }
}

/// The role's planned hours in `month` (`2027-03`) in the compiled plan; 0 if none.
pub fn hours(c: &serde_json::Value, role: &str, month: &str) -> f64 {
    c["roles"]
        .as_array()
        .and_then(|r| r.iter().find(|x| x["id"] == role))
        .and_then(|r| r["planned_hours"].as_array())
        .and_then(|h| h.iter().find(|m| m["month"] == month))
        .and_then(|m| m["hours"].as_f64())
        .unwrap_or(0.0)
}

/// The co-creation guide's development platforms as tracks (`tests/config/platforms/`,
/// which `workspace("platforms")` copies): the model `udviklingsplatforme.yaml` of
/// per-track templates (a first meeting, a monthly meeting and three goals per
/// platform, one coordinator meeting for all of them).
pub fn platforms_model() -> String {
    std::fs::read_to_string(fixtures().join("platforms/udviklingsplatforme.yaml"))
        .expect("tests/config/platforms/udviklingsplatforme.yaml")
}

/// The kommune's plan on [`platforms_model`] (`tests/config/platforms/plan.yaml`):
/// three platforms, three lines each, the harbour on standby from May to August 2027
/// (awaiting a political decision), young people closed from July 2027, and the
/// nightlife's first meeting located at Byens Hus.
pub fn platforms_plan() -> String {
    std::fs::read_to_string(fixtures().join("platforms/plan.yaml"))
        .expect("tests/config/platforms/plan.yaml")
}

/// Good case handling: 19 case workers in three training groups of 6, 6 and 7 (the
/// tracks `team-1`…`team-3`, the people as members), a team meeting `every` so long
/// per team and one joint session for all after three months.
pub fn case_workers(every: &str) -> String {
    let names = [
        "Anna Holm",
        "Bo Lund",
        "Cecilie Dam",
        "Dorte Krog",
        "Emil Friis",
        "Frida Vang",
        "Gitte Bach",
        "Hans Møller",
        "Ida Skov",
        "Jens Kjær",
        "Karin Juhl",
        "Lars Brandt",
        "Maja Winther",
        "Niels Hald",
        "Olga Lind",
        "Pia Storm",
        "Rasmus Eg",
        "Sofie Hjort",
        "Tove Ry",
    ];
    let mut plan = format!(
        "\
id: god-sagsbehandling-nordby
title: God sagsbehandling i Nordby Kommune
language: da
start: 2027-01-04

roles:
  sagsbehandler:
    name: Sagsbehandler
    owner: [{}]
    hours: 8 timer om måneden
  traener:
    name: Træner
    owner: Mette Kromann

phases:
  traening:
    name: Træning i metoden
    duration: 4 måneder
    exit_criteria: [Alle sagsbehandlere har deltaget i træningen]

tracks:
",
        names.join(", ")
    );
    for (i, team) in [&names[0..6], &names[6..12], &names[12..19]]
        .iter()
        .enumerate()
    {
        plan.push_str(&format!(
            "  team-{n}:\n    name: Træningsgruppe {n}\n    owner: traener\n    members: [{}]\n",
            team.join(", "),
            n = i + 1
        ));
    }
    plan.push_str(&format!(
        "
activities:
  traeningsmoede:
    name: Træningsmøde
    phase: traening
    per: track
    every: {every}
    length: 2 timer
    participants: [sagsbehandler]
  faelles-opsamling:
    name: Fælles erfaringsopsamling
    phase: traening
    at: 3 måneder
    length: 3 timer
    responsible: traener
    participants: [sagsbehandler]
"
    ));
    plan
}

/// An XLSX workbook read back with a zip reader and an XML parser: its sheet names
/// and the first sheet's cells by reference (`A1`), shared and inline strings
/// resolved to their text, numbers as written.
pub struct Xlsx {
    pub sheets: Vec<String>,
    pub cells: std::collections::BTreeMap<String, String>,
}

impl Xlsx {
    pub fn read(bytes: &[u8]) -> Xlsx {
        use std::io::Read;
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("zip");
        let mut part = |name: &str| {
            let mut s = String::new();
            if let Ok(mut f) = zip.by_name(name) {
                f.read_to_string(&mut s).expect("read part");
            }
            s
        };
        let workbook = part("xl/workbook.xml");
        let strings = part("xl/sharedStrings.xml");
        let sheet = part("xl/worksheets/sheet1.xml");
        let wb = roxmltree::Document::parse(&workbook).expect("workbook");
        let sheets = wb
            .descendants()
            .filter(|n| n.has_tag_name("sheet"))
            .filter_map(|n| n.attribute("name").map(str::to_string))
            .collect();
        let shared: Vec<String> = if strings.is_empty() {
            Vec::new()
        } else {
            roxmltree::Document::parse(&strings)
                .expect("shared strings")
                .descendants()
                .filter(|n| n.has_tag_name("si"))
                .map(|si| {
                    si.descendants()
                        .filter(|t| t.has_tag_name("t"))
                        .filter_map(|t| t.text())
                        .collect()
                })
                .collect()
        };
        let doc = roxmltree::Document::parse(&sheet).expect("sheet");
        let mut cells = std::collections::BTreeMap::new();
        for c in doc.descendants().filter(|n| n.has_tag_name("c")) {
            let r = c.attribute("r").expect("ref").to_string();
            let v = c
                .descendants()
                .find(|n| n.has_tag_name("v") || n.has_tag_name("t"))
                .and_then(|v| v.text())
                .unwrap_or_default();
            let v = match c.attribute("t") {
                Some("s") => shared[v.parse::<usize>().expect("index")].clone(),
                _ => v.to_string(),
            };
            cells.insert(r, v);
        }
        Xlsx { sheets, cells }
    }

    /// The cell `r` (`B5`), empty when the sheet has none there.
    pub fn cell(&self, r: &str) -> String {
        self.cells.get(r).cloned().unwrap_or_default()
    }

    /// The first sheet as rows of cells from column A, a missing cell as "".
    pub fn rows(&self) -> Vec<Vec<String>> {
        let mut rows: Vec<Vec<String>> = Vec::new();
        for (r, v) in &self.cells {
            let letters = r.bytes().take_while(u8::is_ascii_uppercase).count();
            let col = r
                .bytes()
                .take(letters)
                .fold(0, |n, b| n * 26 + usize::from(b - b'A' + 1));
            let row: usize = r[letters..].parse().expect("row number");
            if rows.len() < row {
                rows.resize(row, Vec::new());
            }
            let cells = &mut rows[row - 1];
            if cells.len() < col {
                cells.resize(col, String::new());
            }
            cells[col - 1] = v.clone();
        }
        rows
    }
}
