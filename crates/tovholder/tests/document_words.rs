//! Issue 16: a document says its own words — durations, cadences, hours, lengths,
//! labels — in the document's language, never as written in the YAML and never in
//! another language. Every example plan (and so every bundled model, through
//! `examples/models/`) is rendered through the binary in da, en and sv; the plan's own
//! texts (names, purposes, … from `tovholder compile`) are taken out of each document,
//! and what is left must hold none of the other languages' words from the lists below.

mod common;

use std::path::{Path, PathBuf};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .expect("repo")
}

/// The examples and models copied into a temporary folder marked as a repository root
/// (`.git`), so that `uses: ../../models/…` stays inside it wherever the checkout is
/// (an unpacked archive has no `.git`, and its root would be the plan's folder).
fn checkout() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    for part in ["examples", "models", "schemas"] {
        common::copy_tree(&repo().join(part), &dir.path().join(part));
    }
    std::fs::create_dir(dir.path().join(".git")).expect("marker");
    dir
}

/// English words a Danish or Swedish document must not print.
const ENGLISH: &[&str] = &[
    "day",
    "days",
    "week",
    "weeks",
    "month",
    "months",
    "year",
    "years",
    "hour",
    "hours",
    "per week",
    "per month",
    "ongoing",
    "optional",
    "every",
    "earliest",
    "latest",
    "once",
];

/// Danish words a Swedish or English document must not print.
const DANISH: &[&str] = &[
    "dage",
    "uge",
    "uger",
    "måned",
    "måneder",
    "timer",
    "pr. uge",
    "pr. måned",
    "om ugen",
    "om måneden",
    "løbende",
    "valgfri",
    "hver",
    "hvert",
    "tidligst",
    "senest",
    "gange",
    "Dannet af",
];

/// Swedish words a Danish or English document must not print.
const SWEDISH: &[&str] = &[
    "dagar",
    "vecka",
    "veckor",
    "månad",
    "månader",
    "timmar",
    "timme",
    "tim per",
    "per vecka",
    "per månad",
    "löpande",
    "vid behov",
    "varje",
    "varannan",
    "tidigast",
    "senast",
    "gånger",
];

/// Words of the list found in `text` as whole words (case-insensitive).
fn found(text: &str, words: &[&str]) -> Vec<String> {
    let lower = text.to_lowercase();
    let mut out = Vec::new();
    for w in words {
        let w = w.to_lowercase();
        let mut from = 0;
        while let Some(i) = lower.get(from..).and_then(|r| r.find(&w)) {
            let at = from + i;
            let before = lower.get(..at).and_then(|b| b.chars().next_back());
            let after = lower.get(at + w.len()..).and_then(|a| a.chars().next());
            let boundary = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
            if boundary(before) && boundary(after) {
                let mut start = at.saturating_sub(40);
                while !lower.is_char_boundary(start) {
                    start -= 1;
                }
                let mut end = (at + w.len() + 40).min(lower.len());
                while !lower.is_char_boundary(end) {
                    end += 1;
                }
                out.push(format!("{w:?} in …{}…", &lower[start..end]));
                break;
            }
            from = at + w.len();
        }
    }
    out
}

/// Every string in the compiled plan except the values the documents must put in
/// their own words (durations, horizon, hours, cadence, length) and file names.
fn plan_texts(json: &serde_json::Value, key: &str, out: &mut Vec<String>) {
    const OWN_WORDS: &[&str] = &[
        "duration", "horizon", "hours", "every", "length", "uses", "file", "origin",
    ];
    match json {
        serde_json::Value::String(s) if !OWN_WORDS.contains(&key) => {
            out.extend(
                s.lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                    .map(String::from),
            );
        }
        serde_json::Value::Array(a) => a.iter().for_each(|v| plan_texts(v, key, out)),
        serde_json::Value::Object(o) => o.iter().for_each(|(k, v)| plan_texts(v, k, out)),
        _ => {}
    }
}

/// A document's text as a reader sees it: tags dropped, entities and iCalendar
/// escapes undone, folded lines joined.
fn readable(name: &str, bytes: &[u8]) -> String {
    let mut t = String::from_utf8_lossy(bytes).into_owned();
    if name.ends_with(".ics") {
        t = t
            .replace("\r\n ", "")
            .replace("\\n", "\n")
            .replace("\\,", ",")
            .replace("\\;", ";");
    }
    if name.ends_with(".html") || name.ends_with(".svg") {
        // Drop <style> blocks and tags.
        let mut out = String::new();
        let mut rest = t.as_str();
        while let Some(i) = rest.find("<style") {
            out.push_str(&rest[..i]);
            rest = rest[i..]
                .find("</style>")
                .map_or("", |j| &rest[i + j + 8..]);
        }
        out.push_str(rest);
        let mut plain = String::new();
        let mut in_tag = false;
        for c in out.chars() {
            match c {
                '<' => in_tag = true,
                '>' if in_tag => {
                    in_tag = false;
                    plain.push(' ');
                }
                _ if !in_tag => plain.push(c),
                _ => {}
            }
        }
        t = plain
            .replace("&amp;", "&")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#x27;", "'")
            .replace("&#39;", "'")
            .replace("&#x2f;", "/");
    }
    if name.ends_with(".md") {
        t = t.replace('\\', "");
    }
    t
}

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).expect("read folder") {
        let p = e.expect("entry").path();
        if p.is_dir() {
            files(&p, out);
        } else {
            out.push(p);
        }
    }
}

#[test]
fn every_document_speaks_its_own_language() {
    let copy = checkout();
    let repo = copy.path().to_path_buf();
    let mut plans = vec![repo.join("examples/ics-eksempel-kommune.yaml")];
    let mut models: Vec<PathBuf> = std::fs::read_dir(repo.join("examples/models"))
        .expect("examples/models")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "yaml"))
        .collect();
    models.sort();
    plans.extend(models);
    let tmp = tempfile::tempdir().expect("temp dir");
    let mut problems = Vec::new();
    for plan in &plans {
        let p = plan.display().to_string();
        let compiled = common::run(&repo, &["compile", &p]);
        assert_eq!(compiled.code, 0, "{p}: {}", compiled.stderr);
        let json: serde_json::Value = serde_json::from_str(&compiled.stdout).expect("JSON");
        let mut texts = Vec::new();
        plan_texts(&json, "", &mut texts);
        texts.sort_by_key(|t| std::cmp::Reverse(t.len()));
        for lang in ["da", "en", "sv"] {
            let out = tmp.path().join(format!(
                "{}-{lang}",
                plan.file_stem().unwrap().to_string_lossy()
            ));
            let o = out.display().to_string();
            let r = common::run(&repo, &["render", &p, "--lang", lang, "--out", &o]);
            assert_eq!(r.code, 0, "{p} {lang}: {}", r.stderr);
            let forbidden: Vec<&str> = match lang {
                "da" => ENGLISH.iter().chain(SWEDISH).copied().collect(),
                "sv" => ENGLISH.iter().chain(DANISH).copied().collect(),
                _ => DANISH.iter().chain(SWEDISH).copied().collect(),
            };
            let mut all = Vec::new();
            files(&out, &mut all);
            all.sort();
            for f in all {
                let name = f.file_name().unwrap().to_string_lossy().into_owned();
                if name.ends_with(".xlsx") || name.starts_with('.') {
                    continue;
                }
                let mut text = readable(&name, &std::fs::read(&f).expect("read"));
                for t in &texts {
                    text = text.replace(t.as_str(), "\u{1}");
                }
                for hit in found(&text, &forbidden) {
                    problems.push(format!(
                        "{} ({lang}) {}: {hit}",
                        plan.file_name().unwrap().to_string_lossy(),
                        f.strip_prefix(&out).unwrap().display()
                    ));
                }
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} foreign words in documents:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn the_word_check_finds_what_it_should() {
    assert_eq!(
        found("Varighed: 12 months", ENGLISH).len(),
        1,
        "{:?}",
        found("Varighed: 12 months", ENGLISH)
    );
    assert!(found("Varighed: 12 måneder", ENGLISH).is_empty());
    // "uge" and "pr. uge".
    assert_eq!(found("Tilldelad tid: 4 pr. uge", DANISH).len(), 2);
    // Whole words only: "uge" is not found in "ugens" or "Tuge".
    assert!(found("Ugens Tip", DANISH).is_empty());
}

/// An optional phase's window never ends before it starts: taken, it lasts at least
/// its minimum duration (`schedule/phases.rs`), while what follows it may start as
/// early as if it were skipped. Every phase of every example, from the compiled plan.
#[test]
fn no_phase_window_ends_before_it_starts() {
    let copy = checkout();
    let repo = copy.path().to_path_buf();
    for plan in [
        "examples/ics-eksempel-kommune.yaml",
        "examples/models/samverkan-aelvby.yaml",
        "examples/models/samskabelse-vestby.yaml",
        "examples/models/god-sagsbehandling-soeby.yaml",
        "examples/models/ics-nordby.yaml",
        "examples/models/nirn-eastbrook.yaml",
        "examples/models/vis-mig-vaerdien-hoejby.yaml",
    ] {
        let r = common::run(&repo, &["compile", plan]);
        assert_eq!(r.code, 0, "{plan}: {}", r.stderr);
        let json: serde_json::Value = serde_json::from_str(&r.stdout).expect("JSON");
        let phases = json["phases"].as_array().expect("phases");
        for p in phases {
            let d = |k: &str, w: &str| p[k][w].as_str().expect("date").to_string();
            // An ongoing phase that starts at the calendar's end has no length there.
            let ongoing = p["ongoing"] == true;
            for w in ["earliest", "nominal", "latest"] {
                assert!(
                    d("end", w) > d("start", w) || (ongoing && d("end", w) == d("start", w)),
                    "{plan}: phase {} ends ({w}) {} before it starts {}",
                    p["id"],
                    d("end", w),
                    d("start", w)
                );
            }
        }
        // The optional phase of samverkan: what follows may start as early as the
        // optional phase itself (it may be skipped).
        if plan.ends_with("samverkan-aelvby.yaml") {
            let find = |id: &str| {
                phases
                    .iter()
                    .find(|p| p["id"] == id)
                    .unwrap_or_else(|| panic!("phase {id}"))
            };
            // 6 Tillämpning is the "vid behov" phase (models/samverkan.yaml says why).
            let (opt, next) = (find("tillaempning"), find("dra-slutsatser"));
            assert_eq!(opt["optional"], true);
            assert_eq!(find("revidera")["optional"], false);
            assert_eq!(opt["start"]["earliest"], next["start"]["earliest"]);
            assert!(
                opt["end"]["earliest"].as_str() > opt["start"]["earliest"].as_str(),
                "{opt}"
            );
        }
    }
}

/// "Bygger på": a plan that uses a model names it by the model's title and version,
/// never by the `uses` path; and a weekly activity's long list of dates is grouped by
/// month (`januar: 3., 10., …`), a monthly one is not.
#[test]
fn documents_name_the_model_and_group_long_date_lists() {
    let copy = checkout();
    let repo = copy.path().to_path_buf();
    let tmp = tempfile::tempdir().expect("temp dir");
    let plan = "examples/models/god-sagsbehandling-soeby.yaml";
    let cases = [
        ("da", "Bygger på", "januar: 3., 10., 17., 24., 31."),
        ("en", "Based on", "January: 3, 10, 17, 24, 31"),
        ("sv", "Bygger på", "januari: 3, 10, 17, 24, 31"),
    ];
    for (lang, label, weekly) in cases {
        let out = tmp.path().join(lang);
        let o = out.display().to_string();
        let r = common::run(&repo, &["render", plan, "--lang", lang, "--out", &o]);
        assert_eq!(r.code, 0, "{lang}: {}", r.stderr);
        let md = std::fs::read_to_string(out.join("aktivitetsplan.md")).expect("md");
        let model =
            "Implementering af Metode til god sagsbehandling på ældreområdet, version 1.0.0";
        assert!(
            md.contains(&format!("- **{label}:** {model}")),
            "{lang}: no {label:?} line with the model's title in\n{md}"
        );
        let index = std::fs::read_to_string(out.join("roller/index.md")).expect("roles");
        assert!(
            index.contains(&format!("{label}: {model}")),
            "{lang}: {index}"
        );
        for doc in [&md, &index] {
            assert!(
                !doc.contains("god-sagsbehandling.yaml"),
                "{lang}: a path in\n{doc}"
            );
        }
        // Ugens Tip is weekly: its dates by month.
        assert!(md.contains(weekly), "{lang}: no {weekly:?} in\n{md}");
        // A monthly activity (personal coaching) keeps its dates one by one.
        let coaching = md
            .split("\n#### ")
            .find(|s| s.starts_with("Personlig coaching"))
            .expect("the coaching activity");
        assert!(
            !coaching.contains("januar:") && !coaching.contains("January:"),
            "{lang}: {coaching}"
        );
    }
}
