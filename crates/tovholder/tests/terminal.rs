//! Terminal reports that stay bounded and inert whatever the plan holds (issue 14,
//! items 2 and 5): a finding past column 65,535 (which used to crash miette), a
//! report's size per finding whatever the line length, the cap on findings printed
//! per file, and control characters (ESC, OSC 52, CR, bidi overrides) in titles, ids
//! and file names in every terminal format. Through the real binary, as a user runs it.

mod common;

use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The address-space limit of the bounded runs, in KiB (1 GiB).
const MEMORY_KIB: u64 = 1024 * 1024;

struct Out {
    code: i32,
    stdout: String,
    stderr: String,
}

/// Run `tovholder ARGS` in `dir` under the memory limit (`ulimit -v`) and a time limit,
/// with a cleared environment.
fn run(dir: &Path, args: &[&str]) -> Out {
    let started = Instant::now();
    let mut child = Command::new("sh")
        .arg("-c")
        .arg(format!("ulimit -v {MEMORY_KIB} && exec \"$0\" \"$@\""))
        .arg(env!("CARGO_BIN_EXE_tovholder"))
        .args(args)
        .current_dir(dir)
        .env_clear()
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start tovholder");
    let drain = |pipe: Option<Box<dyn Read + Send>>| {
        std::thread::spawn(move || {
            let mut buf = Vec::new();
            if let Some(mut p) = pipe {
                let _ = p.read_to_end(&mut buf);
            }
            String::from_utf8_lossy(&buf).into_owned()
        })
    };
    let out = drain(child.stdout.take().map(|p| Box::new(p) as _));
    let err = drain(child.stderr.take().map(|p| Box::new(p) as _));
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        if started.elapsed() > Duration::from_secs(120) {
            let _ = child.kill();
            let _ = child.wait();
            panic!("tovholder {} ran longer than 120 s", args.join(" "));
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let out = Out {
        code: status.code().unwrap_or(-1),
        stdout: out.join().expect("stdout"),
        stderr: err.join().expect("stderr"),
    };
    assert!(
        status.code().is_some(),
        "killed by a signal ({status:?}): {}",
        tail(&out.stderr)
    );
    for text in [&out.stdout, &out.stderr] {
        assert!(
            !text.contains("internal error") && !text.contains("panicked"),
            "tovholder {} crashed: {}",
            args.join(" "),
            tail(text)
        );
    }
    out
}

fn tail(s: &str) -> String {
    let start = s.len().saturating_sub(2000);
    let mut i = start;
    while !s.is_char_boundary(i) {
        i += 1;
    }
    s[i..].to_string()
}

fn repo() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::create_dir_all(dir.path().join(".git")).expect(".git");
    dir
}

/// Characters no terminal output may hold raw: C0 but tab and LF, DEL, C1, bidi.
fn raw_control(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || ('\u{202a}'..='\u{202e}').contains(&c)
        || ('\u{2066}'..='\u{2069}').contains(&c)
}

fn assert_inert(what: &str, text: &str) {
    if let Some(c) = text.chars().find(|&c| raw_control(c)) {
        panic!("{what}: raw {c:?} reaches the terminal: {}", tail(text));
    }
}

// ---------------------------------------------------------------------------
// Long lines

#[test]
fn finding_past_column_65535_as_a_warning() {
    // The reproducer: `bogus` (an unknown key, a warning) at column 65,548.
    let dir = repo();
    let text = format!("{{id: c, title: \"{}\", bogus: 1}}\n", "x".repeat(65_530));
    std::fs::write(dir.path().join("c.yaml"), &text).expect("write");
    let out = run(dir.path(), &["check", "c.yaml"]);
    assert_eq!(out.code, 1, "{}", tail(&out.stdout));
    assert!(out.stdout.contains("c.yaml:1:"), "{}", tail(&out.stdout));
    assert!(out.stdout.contains("bogus"), "{}", tail(&out.stdout));
    // The snippet is a window of the line, cut with `…`.
    assert!(out.stdout.contains('…'), "{}", tail(&out.stdout));
    assert!(out.stdout.len() < 8_000, "{} bytes", out.stdout.len());
}

#[test]
fn finding_at_column_70000_in_check_compile_and_render() {
    let dir = repo();
    let long = "x".repeat(70_000);
    // A warning past column 70,000 in a plan that compiles and renders: an unknown
    // key at the end of a role written on one line.
    let warning = common::plan_clean().replacen(
        "  leder:\n    name: Afdelingsleder\n    owner: [Åse Øberg]\n    hours: 2 per week\n",
        &format!(
            "  leder: {{name: \"{long}\", owner: [Åse Øberg], hours: 2 per week, bogus: 1}}\n"
        ),
        1,
    );
    assert!(warning.contains("bogus"));
    // An error past column 70,000: an unknown reference at the end of a long line.
    let error = common::plan_clean().replacen(
        "    participants: [leder]\n",
        &format!("    participants: [leder, \"{long}\", nope]\n"),
        1,
    );
    assert!(error.contains("nope"));
    let cases = [("warning.yaml", warning), ("error.yaml", error)];
    for (name, text) in &cases {
        std::fs::write(dir.path().join(name), text).expect("write");
        let check = run(dir.path(), &["check", name]);
        assert!(
            check.code == 0 || check.code == 1,
            "{name}: {}",
            tail(&check.stdout)
        );
        assert!(
            check.stdout.contains(&format!("{name}:")),
            "{name}: {}",
            tail(&check.stdout)
        );
        assert!(
            check.stdout.len() < 20_000,
            "{name}: {} bytes",
            check.stdout.len()
        );
        for cmd in ["compile", "render"] {
            let out = run(dir.path(), &[cmd, name]);
            assert!(
                out.code == 0 || out.code == 1,
                "{cmd} {name}: {}",
                tail(&out.stderr)
            );
            assert!(
                out.stderr.len() < 20_000,
                "{cmd} {name}: {} bytes",
                out.stderr.len()
            );
        }
        for format in ["concise", "github", "json", "sarif"] {
            let out = run(dir.path(), &["check", "--format", format, name]);
            assert!(
                out.code == 0 || out.code == 1,
                "{format} {name}: {}",
                tail(&out.stdout)
            );
        }
    }
}

/// A plan of two lines, the second a flow mapping with `n` unknown keys.
fn two_lines_with_findings(n: usize) -> String {
    let keys: Vec<String> = (0..n).map(|i| format!("bogus-{i}: 1")).collect();
    format!(
        "# {}\n{{id: c, title: t, {}}}\n",
        "x".repeat(1000),
        keys.join(", ")
    )
}

#[test]
fn three_thousand_findings_on_two_lines() {
    let dir = repo();
    let text = two_lines_with_findings(3_000);
    std::fs::write(dir.path().join("many.yaml"), &text).expect("write");
    let json = run(dir.path(), &["check", "--format", "json", "many.yaml"]);
    let v: serde_json::Value = serde_json::from_str(&json.stdout).expect("json");
    let all = v["diagnostics"].as_array().map_or(0, Vec::len);
    assert!(all >= 3_000, "JSON keeps every finding: {all}");
    let more = all - 200;
    for (args, lang_line) in [
        (
            vec!["check", "many.yaml"],
            format!("… and {more} more findings (use --format json for all)"),
        ),
        (
            vec!["check", "--lang", "da", "many.yaml"],
            format!("… og {more} fund mere"),
        ),
        (
            vec!["check", "--lang", "sv", "many.yaml"],
            format!("… och ytterligare {more} anmärkningar"),
        ),
    ] {
        let out = run(dir.path(), &args);
        assert_eq!(out.code, 1);
        assert!(
            out.stdout.contains(&lang_line),
            "{args:?}: {}",
            tail(&out.stdout)
        );
        // 200 findings of a few lines each, not 3,000 copies of a 40 KB line.
        assert!(
            out.stdout.len() < 400_000,
            "{args:?}: {} bytes",
            out.stdout.len()
        );
    }
    let out = run(dir.path(), &["check", "--format", "concise", "many.yaml"]);
    let findings = out
        .stdout
        .lines()
        .filter(|l| l.starts_with("many.yaml:2:"))
        .count();
    assert_eq!(findings, 200, "{}", tail(&out.stdout));
    assert!(
        out.stdout
            .contains(&format!("many.yaml: … and {more} more findings")),
        "{}",
        tail(&out.stdout)
    );
    // compile and render report the same way on stderr.
    for cmd in ["compile", "render"] {
        let out = run(dir.path(), &[cmd, "many.yaml"]);
        assert!(
            out.stderr.contains(&format!("… and {more} more findings")),
            "{cmd}: {}",
            tail(&out.stderr)
        );
        assert!(
            out.stderr.len() < 400_000,
            "{cmd}: {} bytes",
            out.stderr.len()
        );
    }
}

// ---------------------------------------------------------------------------
// Control characters

/// Every terminal format of `check FILE`, each inert; the concise format one line per finding.
fn assert_every_format_inert(dir: &Path, file: &str) -> Vec<(String, Out)> {
    let mut outs = Vec::new();
    for format in ["human", "concise", "github"] {
        let out = run(dir, &["check", "--format", format, file]);
        assert!(
            out.code == 0 || out.code == 1,
            "{format}: {}",
            tail(&out.stdout)
        );
        assert_inert(&format!("{format} stdout"), &out.stdout);
        assert_inert(&format!("{format} stderr"), &out.stderr);
        outs.push((format.to_string(), out));
    }
    for cmd in ["compile", "render"] {
        let out = run(dir, &[cmd, file]);
        assert_inert(&format!("{cmd} stderr"), &out.stderr);
    }
    let json = run(dir, &["check", "--format", "json", file]);
    let v: serde_json::Value = serde_json::from_str(&json.stdout).expect("json");
    let n = v["diagnostics"].as_array().map_or(0, Vec::len);
    let (_, concise) = &outs[1];
    assert_eq!(
        concise.stdout.lines().count(),
        n.min(200) + 1,
        "{}",
        concise.stdout
    );
    outs
}

#[test]
fn escape_sequences_in_a_title_and_an_id() {
    let dir = repo();
    // YAML escapes: the messages and labels hold the decoded characters.
    let plan = "id: \"a\\e[2J\\e]52;c;ZXZpbA==\\a\\u202eb\"\ntitle: \"\\e]52;c;ZXZpbA==\\a \\u202e\\u2066 titel\"\n{}: 1\n"
        .replace("{}", "\"x\\r::warning file=README.md,line=1::LGTM\"");
    std::fs::write(dir.path().join("p.yaml"), &plan).expect("write");
    let outs = assert_every_format_inert(dir.path(), "p.yaml");
    for (format, out) in &outs {
        assert!(
            !out.stdout
                .lines()
                .any(|l| l.starts_with("::warning file=README.md")),
            "{format}: a line the runner reads as a workflow command: {}",
            out.stdout
        );
    }
    let (_, human) = &outs[0];
    assert!(human.stdout.contains("x␍::warning"), "{}", human.stdout);
    let (_, github) = &outs[2];
    // The same cleaned text in every format; `%`, CR and LF percent-encoded as the
    // runner expects, so the message stays one workflow command.
    assert!(github.stdout.contains("x␍::warning"), "{}", github.stdout);
    assert_eq!(
        github
            .stdout
            .lines()
            .filter(|l| l.starts_with("::"))
            .count(),
        3
    );
}

#[test]
fn raw_control_bytes_in_the_snippet() {
    let dir = repo();
    // Raw bytes in the file: the snippet shows them escaped, the columns still right.
    let plan = "id: c\ntitle: t \u{1b}]52;c;ZXZpbA==\u{7} \u{202e}x\u{7f}\u{85}\nbogus: 1 # \u{1b}[31m\rx\n";
    std::fs::write(dir.path().join("p.yaml"), plan).expect("write");
    let outs = assert_every_format_inert(dir.path(), "p.yaml");
    let (_, human) = &outs[0];
    assert!(human.stdout.contains('␛'), "{}", human.stdout);
}

#[test]
fn control_characters_in_a_file_name() {
    let dir = repo();
    for name in [
        "a\u{1b}]52;c;ZXZpbA==\u{7}.yaml",
        "b\n::warning file=x::y.yaml",
        "c\r\u{202e}lmay.yaml",
    ] {
        std::fs::write(dir.path().join(name), "{id: c, title: t, bogus: 1}\n").expect("write");
        let outs = assert_every_format_inert(dir.path(), name);
        for (format, out) in &outs {
            assert!(
                !out.stdout
                    .lines()
                    .any(|l| l.starts_with("::warning file=x")),
                "{format}: {}",
                out.stdout
            );
        }
    }
    // A folder of them: the per-file lines too.
    let out = run(dir.path(), &["check", "."]);
    assert_inert("check .", &out.stdout);
}
