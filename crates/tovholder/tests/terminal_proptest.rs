//! A property test for the terminal (issue 14, item 5): random strings — all of
//! Unicode, C0 and C1 controls, ESC, bare CR, DEL, bidi overrides, line separators —
//! in every text field of a plan, in an unknown key and in a bad id (both echoed in
//! findings' messages) and raw in the file (the snippet), checked through the real
//! binary in the `human`, `concise` and `github` formats and on `compile`'s and
//! `render`'s stderr: nothing raw reaches the terminal, and the concise format stays
//! one line per finding. (Every document parsing for every string is the render
//! crate's `formats_valid.rs`.)

use proptest::prelude::*;
use std::path::Path;
use std::process::Command;

/// Characters no terminal output may hold raw: C0 but tab and LF, DEL, C1, bidi.
fn raw_control(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || ('\u{202a}'..='\u{202e}').contains(&c)
        || ('\u{2066}'..='\u{2069}').contains(&c)
}

/// A YAML double-quoted scalar that reads back as exactly `s`.
fn quoted(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        if c.is_ascii_alphanumeric() || c == ' ' {
            out.push(c);
        } else {
            out.push_str(&format!("\\U{:08X}", u32::from(c)));
        }
    }
    out.push('"');
    out
}

/// A plan with every text field from `t` (cycled), an unknown key and a bad role id
/// made of random text, and `raw` written unescaped into a comment (a snippet line).
fn plan(t: &[String], raw: &str) -> String {
    let q = |i: usize| quoted(&t[i % t.len()]);
    let raw: String = raw.chars().filter(|c| *c != '\n' && *c != '\r').collect();
    format!(
        "id: egenskab
title: {}
organisation: {}
start: 2027-01-04
{}: 1
roles:
  koordinator:
    name: {}
    purpose: {}
    owner: [{}]
    mandate: {}
    responsibilities: [{}]
  {}:
    name: {}
phases:
  start:
    name: {}
    duration: 2 months
    exit_criteria: [{}]
activities:
  moede:
    name: {}
    phase: start
    every: 1 month
    responsible: koordinator
    channel: {}
    purpose: {} # {raw}
    agenda: [{}]
goals:
  maal:
    statement: {}
    indicator: {}
",
        q(0),
        q(1),
        q(2),
        q(3),
        q(4),
        q(5),
        q(6),
        q(7),
        quoted(&format!("x {}", t[8 % t.len()])),
        q(9),
        q(10),
        q(11),
        q(12),
        q(13),
        q(14),
        q(15),
        q(16),
        q(17),
    )
}

fn text() -> impl Strategy<Value = String> {
    let special = prop::sample::select(vec![
        '\0', '\u{1}', '\u{7}', '\u{8}', '\t', '\n', '\u{B}', '\u{C}', '\r', '\u{1B}', '[', ']',
        ';', '\u{7F}', '\u{85}', '\u{9B}', '\u{9D}', '\u{2028}', '\u{2029}', '\u{FEFF}',
        '\u{FFFE}', '\u{202E}', '\u{2066}', ':', '%', 'æ', '🙂',
    ]);
    let controls = (0u32..0x20).prop_map(|u| char::from_u32(u).unwrap_or('?'));
    let c1 = (0x80u32..0xA0).prop_map(|u| char::from_u32(u).unwrap_or('?'));
    prop::collection::vec(
        prop_oneof![3 => any::<char>(), 3 => special, 2 => controls, 1 => c1],
        1..20,
    )
    .prop_map(|v| format!("x{}", v.into_iter().collect::<String>()))
}

struct Out {
    code: i32,
    stdout: String,
    stderr: String,
}

fn run(dir: &Path, args: &[&str]) -> Out {
    let o = Command::new(env!("CARGO_BIN_EXE_tovholder"))
        .args(args)
        .current_dir(dir)
        .env_clear()
        .env("NO_COLOR", "1")
        .output()
        .expect("run tovholder");
    Out {
        code: o.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&o.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
    }
}

fn inert(what: &str, text: &str) -> Result<(), TestCaseError> {
    match text.chars().find(|&c| raw_control(c)) {
        Some(c) => Err(TestCaseError::fail(format!(
            "{what}: a raw {c:?} reaches the terminal: {text:?}"
        ))),
        None => Ok(()),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

    #[test]
    fn nothing_raw_reaches_the_terminal(t in prop::collection::vec(text(), 18), raw in text()) {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::create_dir_all(dir.path().join(".git")).expect(".git");
        // `p.yaml` loads (its findings echo the texts); `r.yaml` also has the raw
        // characters in a comment, which YAML may refuse (a snippet of the raw line).
        std::fs::write(dir.path().join("p.yaml"), plan(&t, "")).expect("write");
        std::fs::write(dir.path().join("r.yaml"), plan(&t, &raw)).expect("write");
        for file in ["p.yaml", "r.yaml"] {
            let json = run(dir.path(), &["check", "--format", "json", file]);
            let v: serde_json::Value = serde_json::from_str(&json.stdout)
                .map_err(|e| TestCaseError::fail(format!("{e}: {}", json.stderr)))?;
            let n = v["diagnostics"].as_array().map_or(0, Vec::len);
            // The unknown key and the bad id are findings; with the raw comment, a
            // character YAML refuses may make the syntax error the only one.
            prop_assert!(n >= if file == "p.yaml" { 2 } else { 1 }, "{}", json.stdout);
            for format in ["human", "concise", "github"] {
                let out = run(dir.path(), &["check", "--format", format, file]);
                prop_assert!(out.code == 0 || out.code == 1, "{}: {}", format, out.stderr);
                inert(&format!("{format} stdout"), &out.stdout)?;
                inert(&format!("{format} stderr"), &out.stderr)?;
                if format == "concise" {
                    // One line per finding, plus the summary.
                    prop_assert_eq!(out.stdout.lines().count(), n.min(200) + 1, "{}", out.stdout);
                }
            }
            for args in [&["compile", file][..], &["render", file, "--out", "ud"]] {
                let cmd = args[0];
                let out = run(dir.path(), args);
                prop_assert!(!out.stderr.contains("internal error"), "{}", out.stderr);
                inert(&format!("{cmd} stderr"), &out.stderr)?;
            }
        }
    }
}
