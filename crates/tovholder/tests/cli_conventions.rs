//! The conventions of ruff, clippy and actionlint, through the real binary: `check -`
//! with `--stdin-filename`, `--color` and the colour variables, `--quiet`,
//! `--output-file`, `--statistics`, `--exit-zero`, `completions` (with the real
//! shells that are installed) and `man` (with `man -l` when present), and every
//! subcommand's `--help` (examples, exit codes).

mod common;

use common::{plan, plan_clean, plan_warning_only, run, workspace, write};
use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

struct Out {
    code: i32,
    stdout: String,
    stderr: String,
}

/// Run the binary in `dir` with exactly `env` (nothing inherited) and `stdin`.
fn run_with(dir: &Path, args: &[&str], env: &[(&str, &str)], stdin: &[u8]) -> Out {
    let mut child = Command::new(env!("CARGO_BIN_EXE_tovholder"))
        .args(args)
        .current_dir(dir)
        .env_clear()
        .envs(env.iter().copied())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run tovholder");
    let mut input = child.stdin.take().expect("stdin");
    let bytes = stdin.to_vec();
    let feeder = std::thread::spawn(move || {
        let _ = input.write_all(&bytes);
    });
    let out = child.wait_with_output().expect("wait");
    let _ = feeder.join();
    Out {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

const ESC: &str = "\u{1b}[";

// ---------------------------------------------------------------- check -

#[test]
fn stdin_is_reported_under_its_name_with_its_configuration_and_models() {
    let dir = workspace("");
    // The plan's folder has a configuration that raises the warning to an error: it
    // applies to the plan from stdin because of the name.
    write(
        &dir.path().join("plans/tovholder.toml"),
        "[lints]\nrole-without-owner = \"deny\"\n",
    );
    let r = run_with(
        dir.path(),
        &[
            "check",
            "-",
            "--stdin-filename",
            "plans/nordby.yaml",
            "--format",
            "concise",
        ],
        &[],
        plan_warning_only().as_bytes(),
    );
    assert_eq!(r.code, 1, "{}{}", r.stdout, r.stderr);
    assert!(
        r.stdout.contains("plans/nordby.yaml:") && r.stdout.contains("error[role-without-owner]"),
        "{}",
        r.stdout
    );
    // No path at all with --stdin-filename reads stdin too (as ruff does).
    let r = run_with(
        dir.path(),
        &[
            "check",
            "--stdin-filename",
            "plans/nordby.yaml",
            "--format",
            "concise",
        ],
        &[],
        plan_clean().as_bytes(),
    );
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    assert!(r.stdout.contains("tjekkede 1 fil"), "{}", r.stdout);
}

#[test]
fn stdin_models_are_found_from_the_name() {
    let dir = workspace("");
    let model = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../models/nirn.yaml");
    let model = std::fs::read_to_string(model).expect("models/nirn.yaml");
    write(&dir.path().join("plans/models/nirn.yaml"), &model);
    let uses = "uses: models/nirn.yaml\n";
    let text = format!("{uses}{}", plan_clean());
    let in_plans = run_with(
        dir.path(),
        &[
            "check",
            "-",
            "--stdin-filename",
            "plans/p.yaml",
            "--format",
            "json",
        ],
        &[],
        text.as_bytes(),
    );
    let elsewhere = run_with(
        dir.path(),
        &[
            "check",
            "-",
            "--stdin-filename",
            "other/p.yaml",
            "--format",
            "json",
        ],
        &[],
        text.as_bytes(),
    );
    // Named in plans/, the model is found; named in other/, it is not.
    assert!(
        !in_plans.stdout.contains("model-unavailable"),
        "{}",
        in_plans.stdout
    );
    assert!(
        elsewhere.stdout.contains("model-unavailable"),
        "{}",
        elsewhere.stdout
    );
}

#[test]
fn stdin_is_bounded_like_a_file() {
    let dir = workspace("");
    let big = vec![b'#'; 17 * 1024 * 1024];
    let r = run_with(
        dir.path(),
        &[
            "check",
            "-",
            "--stdin-filename",
            "big.yaml",
            "--format",
            "concise",
        ],
        &[],
        &big,
    );
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stdout.contains("file-too-large"), "{}", r.stdout);
}

#[test]
fn stdin_mixed_with_paths_is_a_usage_error() {
    let dir = workspace("");
    write(&dir.path().join("plan.yaml"), &plan());
    let r = run_with(dir.path(), &["check", "-", "plan.yaml"], &[], b"");
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("must be the only path"), "{}", r.stderr);
    let r = run_with(
        dir.path(),
        &["check", "plan.yaml", "--stdin-filename", "x.yaml"],
        &[],
        b"",
    );
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("--stdin-filename"), "{}", r.stderr);
    // In Danish with --lang da.
    let r = run_with(
        dir.path(),
        &["check", "-", "plan.yaml", "--lang", "da"],
        &[],
        b"",
    );
    assert!(r.stderr.contains("den eneste sti"), "{}", r.stderr);
}

// ---------------------------------------------------------------- colour

#[test]
fn colour_follows_the_flag_and_the_variables_in_a_pipe() {
    let dir = workspace("");
    write(&dir.path().join("plan.yaml"), &plan());
    let check = |args: &[&str], env: &[(&str, &str)]| {
        let mut all = vec!["check", "plan.yaml"];
        all.extend_from_slice(args);
        run_with(dir.path(), &all, env, b"").stdout.contains(ESC)
    };
    // stdout is a pipe here: no colour unless asked for.
    assert!(!check(&[], &[]));
    assert!(check(&[], &[("FORCE_COLOR", "1")]));
    assert!(check(&[], &[("CLICOLOR_FORCE", "1")]));
    assert!(!check(&[], &[("CLICOLOR_FORCE", "0")]));
    assert!(!check(&[], &[("FORCE_COLOR", "")]));
    // A non-empty NO_COLOR wins over FORCE_COLOR; an empty one is ignored.
    assert!(!check(&[], &[("FORCE_COLOR", "1"), ("NO_COLOR", "1")]));
    assert!(check(&[], &[("FORCE_COLOR", "1"), ("NO_COLOR", "")]));
    // The flag decides alone.
    assert!(check(&["--color", "always"], &[("NO_COLOR", "1")]));
    assert!(!check(&["--color", "never"], &[("FORCE_COLOR", "1")]));
    // A global option: also before the subcommand.
    let r = run_with(
        dir.path(),
        &["--color", "always", "check", "plan.yaml"],
        &[],
        b"",
    );
    assert!(r.stdout.contains(ESC));
    // The findings on stderr of `compile` follow it too.
    let r = run_with(
        dir.path(),
        &["compile", "plan.yaml", "--color", "always"],
        &[],
        b"",
    );
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains(ESC), "{}", r.stderr);
    // Machine formats never get colour.
    let r = run_with(
        dir.path(),
        &[
            "check",
            "plan.yaml",
            "--format",
            "json",
            "--color",
            "always",
        ],
        &[],
        b"",
    );
    assert!(!r.stdout.contains(ESC));
}

// ---------------------------------------------------------------- --quiet

#[test]
fn quiet_prints_only_the_findings() {
    let dir = workspace("");
    write(&dir.path().join("plan.yaml"), &plan());
    write(&dir.path().join("other.yaml"), &plan_warning_only());
    for format in ["human", "concise", "github"] {
        let loud = run(dir.path(), &["check", "--format", format]);
        let quiet = run(dir.path(), &["check", "--format", format, "--quiet"]);
        assert_eq!(loud.code, quiet.code);
        assert!(loud.stdout.contains("tjekkede 2 filer"), "{}", loud.stdout);
        assert!(
            !quiet.stdout.contains("tjekkede 2 filer"),
            "{}",
            quiet.stdout
        );
        assert!(
            quiet.stdout.contains("role-without-owner") || quiet.stdout.contains("superbruger"),
            "{format}: {}",
            quiet.stdout
        );
    }
    // The human format's line per file goes too.
    let quiet = run(dir.path(), &["-q", "check"]);
    assert!(
        !quiet.stdout.contains("other.yaml: 1 advarsel"),
        "{}",
        quiet.stdout
    );
    // Nothing found: nothing printed.
    let clean = workspace("");
    write(&clean.path().join("plan.yaml"), &plan_clean());
    let r = run(clean.path(), &["check", "-q"]);
    assert_eq!((r.code, r.stdout.as_str()), (0, ""));
}

#[test]
fn quiet_silences_the_warnings_note_of_compile() {
    let dir = workspace("");
    write(&dir.path().join("plan.yaml"), &plan_warning_only());
    let loud = run(dir.path(), &["compile", "plan.yaml"]);
    assert_eq!(loud.code, 0, "{}", loud.stderr);
    assert!(!loud.stderr.is_empty());
    let quiet = run(dir.path(), &["compile", "plan.yaml", "--quiet"]);
    assert_eq!(quiet.code, 0);
    assert_eq!(quiet.stderr, "", "{}", quiet.stderr);
    assert_eq!(loud.stdout, quiet.stdout);
}

// ---------------------------------------------------------------- --output-file

#[test]
fn output_file_is_written_whole_and_stdout_stays_empty() {
    let dir = workspace("");
    write(&dir.path().join("plan.yaml"), &plan());
    let r = run(
        dir.path(),
        &[
            "check",
            "--format",
            "sarif",
            "--output-file",
            "reports/tovholder.sarif",
        ],
    );
    // The folder must exist: nothing is created but the file.
    assert_eq!(r.code, 2, "{}", r.stderr);
    std::fs::create_dir(dir.path().join("reports")).expect("mkdir");
    let r = run(
        dir.path(),
        &[
            "check",
            "--format",
            "sarif",
            "--output-file",
            "reports/tovholder.sarif",
        ],
    );
    assert_eq!(r.code, 1, "the exit code is the check's: {}", r.stderr);
    assert_eq!(r.stdout, "");
    let written =
        std::fs::read_to_string(dir.path().join("reports/tovholder.sarif")).expect("written");
    let doc: serde_json::Value = serde_json::from_str(&written).expect("SARIF is JSON");
    assert_eq!(doc["version"], "2.1.0");
    // Written again over its own earlier report; no temporary file is left.
    let r = run(
        dir.path(),
        &[
            "check",
            "--format",
            "sarif",
            "-o",
            "reports/tovholder.sarif",
        ],
    );
    assert_eq!(r.code, 1);
    let names: Vec<String> = std::fs::read_dir(dir.path().join("reports"))
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["tovholder.sarif"]);
    // The human format in a file has no colour unless forced.
    let r = run(dir.path(), &["check", "-o", "report.txt"]);
    assert_eq!(r.code, 1);
    let text = std::fs::read_to_string(dir.path().join("report.txt")).expect("report");
    assert!(
        text.contains("tjekkede 1 fil") && !text.contains(ESC),
        "{text}"
    );
}

#[test]
fn output_file_never_overwrites_an_input_or_a_plan() {
    let dir = workspace("");
    write(&dir.path().join("plan.yaml"), &plan());
    write(&dir.path().join("notes.yaml"), "just: notes\n");
    // A plan named with another extension, given as the output too.
    write(&dir.path().join("plan.txt"), &plan());
    for (args, expect) in [
        (
            vec!["check", "plan.yaml", "-o", "plan.yaml"],
            "not a report",
        ),
        (
            vec!["check", "plan.yaml", "-o", "notes.yaml"],
            "not a report",
        ),
        (
            vec!["check", "plan.txt", "-o", "plan.txt"],
            "this check reads",
        ),
        (vec!["check", "plan.yaml", "-o", "."], "not a regular file"),
    ] {
        let before = std::fs::read_to_string(dir.path().join("plan.txt")).expect("plan");
        let r = run(dir.path(), &args);
        assert_eq!(r.code, 2, "{args:?}: {}", r.stderr);
        assert!(r.stderr.contains(expect), "{args:?}: {}", r.stderr);
        assert_eq!(
            std::fs::read_to_string(dir.path().join("plan.txt")).expect("plan"),
            before
        );
    }
    assert_eq!(
        std::fs::read_to_string(dir.path().join("plan.yaml")).expect("plan"),
        plan()
    );
}

#[cfg(unix)]
#[test]
fn output_file_stays_inside_the_repository_root() {
    let dir = workspace("");
    let outside = tempfile::tempdir().expect("temp dir");
    std::fs::create_dir(dir.path().join(".git")).expect("mkdir .git");
    write(&dir.path().join("plan.yaml"), &plan());
    std::os::unix::fs::symlink(outside.path(), dir.path().join("reports")).expect("symlink");
    let r = run(dir.path(), &["check", "-o", "reports/out.txt"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr.contains("outside the repository root"),
        "{}",
        r.stderr
    );
    assert_eq!(std::fs::read_dir(outside.path()).expect("list").count(), 0);
}

// ---------------------------------------------------------------- --statistics

#[test]
fn statistics_count_findings_per_rule() {
    let dir = workspace("");
    write(&dir.path().join("a.yaml"), &plan());
    write(&dir.path().join("b.yaml"), &plan());
    write(&dir.path().join("c.yaml"), &plan_warning_only());
    let r = run(dir.path(), &["check", "--statistics"]);
    assert_eq!(r.code, 1);
    assert_eq!(
        r.stdout,
        "3  role-without-owner  warning\n2  unknown-reference   error\ntjekkede 3 filer: 2 fejl, 3 advarsler\n"
    );
    let r = run(dir.path(), &["check", "--statistics", "--quiet"]);
    assert!(!r.stdout.contains("checked"));
    let r = run(dir.path(), &["check", "--statistics", "--format", "json"]);
    let doc: serde_json::Value = serde_json::from_str(&r.stdout).expect("JSON");
    assert_eq!(
        doc,
        serde_json::json!([
            {"rule": "role-without-owner", "level": "warning", "count": 3},
            {"rule": "unknown-reference", "level": "error", "count": 2},
        ])
    );
}

// ---------------------------------------------------------------- --exit-zero

#[test]
fn exit_zero_ignores_findings_but_not_unreadable_paths() {
    let dir = workspace("");
    write(&dir.path().join("plan.yaml"), &plan());
    let r = run(dir.path(), &["check", "--exit-zero"]);
    assert_eq!(r.code, 0);
    assert!(r.stdout.contains("1 fejl"), "{}", r.stdout);
    let r = run(dir.path(), &["check", "--exit-zero", "--deny", "warnings"]);
    assert_eq!(r.code, 0);
    let r = run(dir.path(), &["check", "--exit-zero", "missing.yaml"]);
    assert_eq!(r.code, 2);
}

// ---------------------------------------------------------------- --help, completions, man

#[test]
fn every_subcommand_help_has_examples_and_exit_codes() {
    let dir = workspace("");
    let top = run(dir.path(), &["--help"]);
    assert_eq!(top.code, 0);
    let commands: Vec<String> = top
        .stdout
        .lines()
        .skip_while(|l| !l.starts_with("Commands:"))
        .skip(1)
        .take_while(|l| l.starts_with("  "))
        .filter_map(|l| l.split_whitespace().next().map(str::to_string))
        .filter(|c| c != "help")
        .collect();
    assert!(commands.len() >= 12, "{commands:?}");
    for c in &commands {
        let r = run(dir.path(), &[c, "--help"]);
        assert_eq!(r.code, 0, "{c}");
        assert!(
            r.stdout.contains("Examples:\n  tovholder "),
            "{c}: {}",
            r.stdout
        );
        assert!(r.stdout.contains("Exit codes:\n  0  "), "{c}: {}", r.stdout);
    }
}

fn has(program: &str) -> bool {
    Command::new("sh")
        .args(["-c", &format!("command -v {program}")])
        .stdout(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

#[test]
fn bash_completion_registers_and_completes() {
    assert!(has("bash"), "bash is needed for this test");
    let dir = workspace("");
    let script = run(dir.path(), &["completions", "bash"]);
    assert_eq!(script.code, 0);
    write(&dir.path().join("tovholder.bash"), &script.stdout);
    // Source it, see that it is registered, and complete `tovholder ch` and
    // `tovholder check --for`.
    let probe = r#"
source ./tovholder.bash
complete -p tovholder
COMP_WORDS=(tovholder ch); COMP_CWORD=1; COMP_LINE="tovholder ch"; COMP_POINT=${#COMP_LINE}
_tovholder tovholder ch tovholder; echo "words: ${COMPREPLY[*]}"
COMP_WORDS=(tovholder check --for); COMP_CWORD=2; COMP_LINE="tovholder check --for"; COMP_POINT=${#COMP_LINE}
_tovholder tovholder --for check; echo "options: ${COMPREPLY[*]}"
"#;
    let out = Command::new("bash")
        .args(["--norc", "--noprofile", "-c", probe])
        .current_dir(dir.path())
        .output()
        .expect("bash");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{text}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(text.contains("-F _tovholder tovholder"), "{text}");
    assert!(text.contains("words: check"), "{text}");
    assert!(text.contains("options: --format"), "{text}");
}

#[test]
fn zsh_and_fish_completions_load_where_installed() {
    let dir = workspace("");
    for shell in ["zsh", "fish", "powershell", "elvish"] {
        let r = run(dir.path(), &["completions", shell]);
        assert_eq!(r.code, 0, "{shell}");
        assert!(r.stdout.contains("tovholder"), "{shell}");
    }
    if has("zsh") {
        let script = run(dir.path(), &["completions", "zsh"]).stdout;
        write(&dir.path().join("_tovholder"), &script);
        let out = Command::new("zsh")
            .args([
                "-f",
                "-c",
                "autoload -U compinit && compinit -u && source ./_tovholder && print -r -- ${_comps[tovholder]}",
            ])
            .current_dir(dir.path())
            .output()
            .expect("zsh");
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(
            text.contains("_tovholder"),
            "{text}{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    if has("fish") {
        let script = run(dir.path(), &["completions", "fish"]).stdout;
        write(&dir.path().join("tovholder.fish"), &script);
        let out = Command::new("fish")
            .args([
                "--no-config",
                "-c",
                "source ./tovholder.fish; complete --do-complete 'tovholder che'",
            ])
            .current_dir(dir.path())
            .output()
            .expect("fish");
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(
            text.contains("check"),
            "{text}{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn man_pages_render() {
    let dir = workspace("");
    let r = run(dir.path(), &["man"]);
    assert_eq!(r.code, 0);
    assert!(r.stdout.starts_with(".ie \\n(.g .ds Aq") || r.stdout.contains(".TH tovholder"));
    let r = run(dir.path(), &["man", "--dir", "man1"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    for page in [
        "tovholder.1",
        "tovholder-check.1",
        "tovholder-render.1",
        "tovholder-man.1",
    ] {
        let text = std::fs::read_to_string(dir.path().join("man1").join(page)).expect(page);
        assert!(text.contains(".TH"), "{page}");
    }
    let check = std::fs::read_to_string(dir.path().join("man1/tovholder-check.1")).expect("page");
    assert!(check.contains("stdin\\-filename"), "{check}");
    if has("groff") {
        let out = Command::new("groff")
            .args(["-man", "-Tutf8", "-ww", "man1/tovholder-check.1"])
            .current_dir(dir.path())
            .output()
            .expect("groff");
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(out.status.success());
        assert!(text.contains("Exit codes:"), "{text}");
        assert!(
            out.stderr.is_empty(),
            "groff warns: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    if has("man") {
        let out = Command::new("man")
            .args(["-l", "man1/tovholder.1"])
            .current_dir(dir.path())
            .env("MANPAGER", "cat")
            .env("PAGER", "cat")
            .output()
            .expect("man");
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(text.contains("tovholder"), "{text}");
    }
}

// ---------------------------------------------------------------- github paths

/// The github format's `file=` is relative to the repository root, as the runner
/// reads it, also when the step runs in a subfolder (`working-directory: plans`).
#[test]
fn github_annotations_name_files_from_the_repository_root() {
    let dir = workspace("");
    std::fs::create_dir(dir.path().join(".git")).expect("mkdir .git");
    write(&dir.path().join("plans/plan.yaml"), &plan());
    for (cwd, arg) in [
        (dir.path().to_path_buf(), "plans"),
        (dir.path().join("plans"), "plan.yaml"),
        (dir.path().join("plans"), "."),
    ] {
        let r = run(&cwd, &["check", "--format", "github", arg]);
        assert_eq!(r.code, 1, "{}", r.stderr);
        for line in r.stdout.lines().filter(|l| l.starts_with("::")) {
            assert!(line.contains(" file=plans/plan.yaml,"), "{cwd:?}: {line}");
        }
    }
}

#[test]
fn quiet_render_prints_nothing_on_success() {
    let dir = workspace("");
    write(&dir.path().join("plan.yaml"), &plan_clean());
    let loud = run(dir.path(), &["render", "plan.yaml", "--out", "out1"]);
    assert_eq!(loud.code, 0, "{}", loud.stderr);
    assert!(!loud.stdout.is_empty());
    let quiet = run(dir.path(), &["render", "plan.yaml", "--out", "out2", "-q"]);
    assert_eq!(quiet.code, 0, "{}", quiet.stderr);
    assert_eq!((quiet.stdout.as_str(), quiet.stderr.as_str()), ("", ""));
    assert!(dir.path().join("out2").is_dir());
}
