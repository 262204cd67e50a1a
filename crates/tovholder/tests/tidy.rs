//! Tidy: the core and the renderers are pure (ARCHITECTURE.md's invariant). The source
//! of `crates/tovholder-core/src` and `crates/tovholder-render/src` must not touch the
//! file system, the environment, the clock, a process, the network or the standard
//! streams; reading and writing files, printing and asking for the time belong to the
//! command line (`crates/tovholder`). Compile-time macros (`include_str!`, `env!`) are
//! allowed: they read nothing when the program runs.
//!
//! The scan works on tokens, not on lines of text: a small lexer drops comments
//! (`//`, nested `/* */`) and the contents of string, raw-string and character
//! literals, so a rule's documentation may *mention* `std::fs` or `println!`, while
//! `OutputFile::text` is not mistaken for `File::`. Nothing else is exempt — not
//! `#[cfg(test)]` modules either (a unit test of the core has no need for the file
//! system; the integration tests in `tests/` are not scanned). What it cannot see: an
//! alias (`use std as s; s::fs::read(…)`) or a macro from another crate that does I/O
//! inside. Clippy's `disallowed-methods` would see through aliases, but its
//! `clippy.toml` applies to a crate's integration tests too, which do read fixtures.

use std::path::{Path, PathBuf};

/// A token: an identifier or keyword, `::`, one punctuation character, or `""` for
/// any literal string or character (its contents dropped). With its line number.
#[derive(Debug, Clone, PartialEq)]
struct Tok {
    text: String,
    line: usize,
}

fn is_ident_start(c: char) -> bool {
    c == '_' || c.is_alphabetic()
}

fn is_ident_char(c: char) -> bool {
    c == '_' || c.is_alphanumeric()
}

/// Rust source as tokens, comments and literal contents dropped.
fn tokens(src: &str) -> Vec<Tok> {
    let chars: Vec<char> = src.chars().collect();
    let at = |i: usize| chars.get(i).copied().unwrap_or('\0');
    let mut out = Vec::new();
    let mut line = 1;
    let mut i = 0;
    // Skip a `"…"` body starting after the opening quote; returns the index after it.
    let skip_string = |mut i: usize, line: &mut usize| -> usize {
        while i < chars.len() {
            match at(i) {
                '\\' => i += 2,
                '"' => return i + 1,
                c => {
                    if c == '\n' {
                        *line += 1;
                    }
                    i += 1;
                }
            }
        }
        i
    };
    // Skip a raw string body: `hashes` `#`s were read, `i` is after the opening quote.
    let skip_raw = |mut i: usize, hashes: usize, line: &mut usize| -> usize {
        while i < chars.len() {
            if at(i) == '"' && (1..=hashes).all(|k| at(i + k) == '#') {
                return i + 1 + hashes;
            }
            if at(i) == '\n' {
                *line += 1;
            }
            i += 1;
        }
        i
    };
    while i < chars.len() {
        let c = at(i);
        let start_line = line;
        if c == '\n' {
            line += 1;
            i += 1;
        } else if c.is_whitespace() {
            i += 1;
        } else if c == '/' && at(i + 1) == '/' {
            while i < chars.len() && at(i) != '\n' {
                i += 1;
            }
        } else if c == '/' && at(i + 1) == '*' {
            let mut depth = 0;
            while i < chars.len() {
                if at(i) == '/' && at(i + 1) == '*' {
                    depth += 1;
                    i += 2;
                } else if at(i) == '*' && at(i + 1) == '/' {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    if at(i) == '\n' {
                        line += 1;
                    }
                    i += 1;
                }
            }
        } else if c == '"' {
            i = skip_string(i + 1, &mut line);
            out.push(Tok {
                text: "\"\"".into(),
                line: start_line,
            });
        } else if c == '\'' {
            // A character literal ('x', '\n', '\u{e6}', '"') or a lifetime ('a).
            if at(i + 1) == '\\' {
                // Past the quote, the backslash and the escaped character.
                i += 3;
                while i < chars.len() && at(i) != '\'' {
                    i += 1;
                }
                i += 1;
                out.push(Tok {
                    text: "\"\"".into(),
                    line: start_line,
                });
            } else if at(i + 2) == '\'' {
                i += 3;
                out.push(Tok {
                    text: "\"\"".into(),
                    line: start_line,
                });
            } else {
                i += 1;
                out.push(Tok {
                    text: "'".into(),
                    line: start_line,
                });
            }
        } else if is_ident_start(c) {
            let begin = i;
            while i < chars.len() && is_ident_char(at(i)) {
                i += 1;
            }
            let word: String = chars.get(begin..i).unwrap_or_default().iter().collect();
            let prefix = matches!(word.as_str(), "b" | "c" | "r" | "br" | "cr");
            if prefix && word.ends_with('r') && (at(i) == '"' || at(i) == '#') {
                // A raw string r"…", r#"…"#, br"…", cr"…" — or a raw identifier r#name.
                let mut hashes = 0;
                while at(i + hashes) == '#' {
                    hashes += 1;
                }
                if at(i + hashes) == '"' {
                    i = skip_raw(i + hashes + 1, hashes, &mut line);
                    out.push(Tok {
                        text: "\"\"".into(),
                        line: start_line,
                    });
                    continue;
                }
                // r#name: the `#` follows as punctuation, then the name.
            } else if prefix && at(i) == '"' {
                i = skip_string(i + 1, &mut line);
                out.push(Tok {
                    text: "\"\"".into(),
                    line: start_line,
                });
                continue;
            } else if word == "b" && at(i) == '\'' {
                // A byte literal b'x': the quote comes next, as a character literal.
                continue;
            }
            out.push(Tok {
                text: word,
                line: start_line,
            });
        } else if c == ':' && at(i + 1) == ':' {
            i += 2;
            out.push(Tok {
                text: "::".into(),
                line: start_line,
            });
        } else {
            i += 1;
            out.push(Tok {
                text: c.to_string(),
                line: start_line,
            });
        }
    }
    out
}

/// Paths that reach outside the program (the sequence of tokens, what it touches).
const PATHS: &[(&[&str], &str)] = &[
    (&["std", "::", "fs"], "the file system (std::fs)"),
    (&["std", "::", "env"], "the environment (std::env)"),
    (&["std", "::", "process"], "a process (std::process)"),
    (&["std", "::", "net"], "the network (std::net)"),
    (&["File", "::"], "the file system (File::)"),
    (&["OpenOptions"], "the file system (OpenOptions)"),
    (&["SystemTime"], "the clock (SystemTime)"),
    (&["UNIX_EPOCH"], "the clock (UNIX_EPOCH)"),
    (&["Instant", "::", "now"], "the clock (Instant::now)"),
    (&["Zoned", "::", "now"], "the clock (jiff::Zoned::now)"),
    (
        &["Timestamp", "::", "now"],
        "the clock (jiff::Timestamp::now)",
    ),
    (
        &["TimeZone", "::", "system"],
        "the system time zone (jiff::tz::TimeZone::system)",
    ),
    (
        &["tz", "::", "db"],
        "the system time zone database (jiff::tz::db)",
    ),
    (&["stdout"], "standard output (stdout)"),
    (&["stderr"], "standard error (stderr)"),
    (&["stdin"], "standard input (stdin)"),
];

/// Macros that print (their name, then `!`).
const MACROS: &[&str] = &["println", "eprintln", "print", "eprint", "dbg"];

/// Modules of `std` that reach outside, as named inside a `use std::{…}` group.
const STD_MODULES: &[&str] = &["fs", "env", "process", "net"];

/// What a source text touches: (line, what), in order.
fn violations(src: &str) -> Vec<(usize, String)> {
    let toks = tokens(src);
    let text = |i: usize| toks.get(i).map_or("", |t| t.text.as_str());
    let mut found = Vec::new();
    for (i, tok) in toks.iter().enumerate() {
        for (path, what) in PATHS {
            if path.iter().enumerate().all(|(k, p)| text(i + k) == *p) {
                found.push((tok.line, (*what).to_string()));
            }
        }
        if MACROS.contains(&tok.text.as_str()) && text(i + 1) == "!" {
            found.push((tok.line, format!("printing ({}!)", tok.text)));
        }
        // `use std::{fs, io::{self, Read}}`: a module named right after `{` or `,`.
        if tok.text == "std" && text(i + 1) == "::" && text(i + 2) == "{" {
            let mut depth = 0;
            for k in i + 2..toks.len() {
                match text(k) {
                    "{" => depth += 1,
                    "}" => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    name if STD_MODULES.contains(&name) && matches!(text(k - 1), "{" | ",") => {
                        let line = toks.get(k).map_or(0, |t| t.line);
                        found.push((line, format!("std::{name} (in a use group)")));
                    }
                    _ => {}
                }
            }
        }
    }
    found
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir)
        .expect("read source folder")
        .flatten()
    {
        let p = e.path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

#[test]
fn the_core_and_the_renderers_touch_no_file_clock_environment_process_or_stream() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .expect("repository");
    let mut problems = Vec::new();
    for krate in ["tovholder-core", "tovholder-render"] {
        let src = repo.join("crates").join(krate).join("src");
        let mut files = Vec::new();
        rust_files(&src, &mut files);
        files.sort();
        assert!(
            files.len() >= 5 && files.iter().any(|f| f.ends_with("lib.rs")),
            "the scan of {} found only {files:?}",
            src.display()
        );
        for f in &files {
            let text = std::fs::read_to_string(f).expect("read source");
            assert!(
                tokens(&text).len() > 5,
                "{}: no tokens — the lexer lost the file",
                f.display()
            );
            for (line, what) in violations(&text) {
                let shown = f.strip_prefix(&repo).unwrap_or(f);
                problems.push(format!("{}:{line}: {what}", shown.display()));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "the core and the renderers must stay pure (reading files, printing, the clock and \
         the environment belong to the command line, crates/tovholder):\n{}",
        problems.join("\n")
    );
}

#[test]
fn the_scanner_finds_each_way_out() {
    let cases = [
        ("let t = std::fs::read_to_string(p)?;", "std::fs"),
        ("use std::fs;", "std::fs"),
        ("use ::std::env::var;", "std::env"),
        ("let v = std::env::var(\"TZ\");", "std::env"),
        ("std::process::exit(1);", "std::process"),
        ("use std::process::Command;", "std::process"),
        ("use std::net::TcpStream;", "std::net"),
        (
            "use std::{collections::BTreeMap, fs};",
            "std::fs (in a use group)",
        ),
        ("use std::{fs::File, io};", "std::fs (in a use group)"),
        ("use std::{env};", "std::env (in a use group)"),
        ("let f = File::open(p);", "File::"),
        ("let f = OpenOptions::new();", "OpenOptions"),
        ("let now = SystemTime::now();", "SystemTime"),
        ("let t0 = Instant::now();", "Instant::now"),
        ("let t0 = std::time::Instant::now();", "Instant::now"),
        ("let today = jiff::Zoned::now().date();", "Zoned::now"),
        ("let ts = Timestamp::now();", "Timestamp::now"),
        ("let tz = TimeZone::system();", "TimeZone::system"),
        ("let tz = jiff::tz::db().get(name);", "jiff::tz::db"),
        ("println!(\"{x}\");", "println!"),
        ("eprintln!(\"{x}\");", "eprintln!"),
        ("print!(\"x\");", "print!"),
        ("eprint!(\"x\");", "eprint!"),
        ("let y = dbg!(x);", "dbg!"),
        ("let out = std::io::stdout();", "stdout"),
        ("io::stderr().write_all(b)?;", "stderr"),
        ("use std::io::{stdin, Read};", "stdin"),
        // Code after tricky literals is still code.
        ("let q = '\"'; std::fs::write(p, q)?;", "std::fs"),
        ("let s = r#\"a \" b\"#; println!(\"{s}\");", "println!"),
        ("let b = b'\\''; dbg!(b);", "dbg!"),
        ("fn f<'a>(x: &'a str) { println!(\"{x}\") }", "println!"),
        ("/* a /* nested */ comment */ std::env::args();", "std::env"),
        ("let r#type = 1; let _ = File::create(p);", "File::"),
        (
            "#[cfg(test)]\nmod tests {\n    fn t() { println!(\"x\"); }\n}",
            "println!",
        ),
    ];
    for (src, what) in cases {
        let found = violations(src);
        assert!(
            found.iter().any(|(_, w)| w.contains(what)),
            "`{src}`: expected {what}, found {found:?}"
        );
    }
    // The line is the line of the offending token.
    assert_eq!(
        violations("fn a() {}\n\n// println!()\nfn b() { dbg!(1); }\n"),
        [(4, "printing (dbg!)".to_string())]
    );
}

#[test]
fn the_scanner_leaves_words_about_the_ways_out_alone() {
    let clean = [
        "// std::fs::read is the command line's business; println! too",
        "/// Reads nothing: the CLI calls `std::fs::read_to_string` and passes the text.",
        "//! `Instant::now()` and `SystemTime` are not used here.",
        "/* std::process::exit(1) */",
        "/* outer /* std::env */ still comment println!() */",
        "let help = \"run `tovholder check > out.txt` or use std::fs\";",
        "let s = \"escaped \\\" quote, then println!(\\\"x\\\")\";",
        "let raw = r#\"a \"quoted\" std::fs::write(p)\"#;",
        "let raw = r##\"one \"# is not the end: File::open\"##;",
        "let b = b\"stdout\"; let c = br\"stderr\";",
        "let q = '\"'; let e = '\\n'; let u = '\\u{e6}';",
        "fn f<'a>(x: &'a str) -> &'a str { x }",
        "let f = OutputFile::text(\"a.md\", md); let s = SourceFile::new(\"p.yaml\", t);",
        "use std::io::Write; use std::time::Duration; use std::collections::HashMap;",
        "use std::{collections::BTreeMap, fmt, io::Write};",
        "writeln!(out, \"{x}\")?; write!(out, \"y\")?; format!(\"z\");",
        "let stdout_lines = 1; let my_stderr = 2; let printer = 3;",
        "let at = jiff::Timestamp::from_second(secs); let d = Date::new(2027, 1, 4);",
        "let r#type = 1; let r#fn = 2;",
        "let span = start.until((jiff::Unit::Month, end));",
    ];
    for src in clean {
        assert_eq!(violations(src), [], "`{src}`");
    }
}
