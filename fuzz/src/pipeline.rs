//! The pipeline every fuzz target drives, with the invariants it must keep.
//!
//! Shared, as source, by the fuzz targets (`fuzz/src/lib.rs`) and by the replay test
//! of the normal test suite (`crates/tovholder/tests/fuzz_replay.rs` includes this
//! file with `#[path]`), so a saved crash input replays exactly as it was found.
//!
//! An input is a plan, optionally followed by model files and journals, each after a
//! line `#>>> NAME` (the plan reaches a model with `uses: NAME`, a journal with
//! `log: NAME`; a file named `plan.log.yaml` is the journal beside the plan).
//!
//! Invariants checked (a broken one panics, which the fuzzer reports as a crash):
//! - no stage panics (the pipeline runs the core's `check` and the renderers);
//! - checking and compiling are deterministic: two runs in one process (with
//!   different `HashMap` seeds) give identical diagnostics and compiled JSON;
//! - every diagnostic has a label, and every label lies inside its file;
//! - rendering a plan without errors succeeds, writes only plain relative paths, and
//!   puts no markup from the plan into a document (HTML/SVG/Markdown tags are those
//!   of the templates; iCalendar lines are folded, escaped and balanced; CSV cells
//!   cannot start a formula), and every file parses with a real parser for its format
//!   (`crates/tovholder-render/tests/validate/mod.rs`: SVG and the XLSX zip's parts
//!   as XML 1.0, CSV with the `csv` reader, iCalendar by a strict line check, HTML and
//!   Markdown by their characters);
//! - the documents stay bounded: at most the render budget (256 MiB), and at most
//!   [`output_bound`] — a multiple of the input plus, for every planned occurrence,
//!   a multiple of the texts an event repeats — so no text is copied more often
//!   than the occurrences that print it;
//! - the human report of the findings holds no raw control character and stays a
//!   few kilobytes per finding, whatever the line lengths.

#![allow(dead_code, reason = "each user of this file calls some of it")]

use std::collections::BTreeSet;
use tovholder_core::compiled::CompiledPlan;
use tovholder_core::diag::Location;
use tovholder_core::journal::JournalSource;
use tovholder_core::merge::ModelSource;
use tovholder_core::{CheckOptions, Checked, FileId, Lang, Level, SourceFile, SourceMap, yaml};

/// The name the plan is loaded under.
pub const PLAN_NAME: &str = "plan.yaml";
/// The line that starts a model file inside an input.
pub const MODEL_MARKER: &str = "#>>> ";
/// The name of the journal beside the plan (`<stem>.log.yaml`).
pub const JOURNAL_BESIDE: &str = "plan.log.yaml";

/// The format checks by a real parser, shared with the render crate's property test.
#[path = "../../crates/tovholder-render/tests/validate/mod.rs"]
pub mod validate;

/// Split an input's text into the plan and its model files (`#>>> NAME` lines).
pub fn split(text: &str) -> (&str, Vec<(&str, &str)>) {
    let marker = format!("\n{MODEL_MARKER}");
    let mut parts = text.split(marker.as_str());
    let plan = parts.next().unwrap_or("");
    let models = parts
        .map(|p| match p.split_once('\n') {
            Some((name, body)) => (name.trim(), body),
            None => (p.trim(), ""),
        })
        .collect();
    (plan, models)
}

/// Model files held in memory, found by the exact name `uses` gives.
pub struct MemModels<'a> {
    files: Vec<(&'a str, &'a str)>,
    loaded: Vec<(String, FileId)>,
}

impl<'a> MemModels<'a> {
    pub fn new(plan: FileId, files: Vec<(&'a str, &'a str)>) -> Self {
        MemModels {
            files,
            loaded: vec![(PLAN_NAME.to_string(), plan)],
        }
    }
}

impl ModelSource for MemModels<'_> {
    fn load(
        &mut self,
        sources: &mut SourceMap,
        _from: FileId,
        path: &str,
    ) -> Result<FileId, String> {
        if let Some((_, id)) = self.loaded.iter().find(|(p, _)| p == path) {
            return Ok(*id);
        }
        let Some((name, text)) = self.files.iter().find(|(n, _)| *n == path) else {
            return Err(format!("{path}: no such file"));
        };
        let id = sources.add(SourceFile::new(*name, *text));
        self.loaded.push((path.to_string(), id));
        Ok(id)
    }
}

/// Journals are files of the input too: `log: NAME`, or `plan.log.yaml` beside the plan.
impl JournalSource for MemModels<'_> {
    fn load(
        &mut self,
        sources: &mut SourceMap,
        from: FileId,
        path: &str,
    ) -> Result<FileId, String> {
        ModelSource::load(self, sources, from, path)
    }
    fn beside(
        &mut self,
        sources: &mut SourceMap,
        plan: FileId,
    ) -> Result<Option<FileId>, (String, String)> {
        if !self.files.iter().any(|(n, _)| *n == JOURNAL_BESIDE) {
            return Ok(None);
        }
        ModelSource::load(self, sources, plan, JOURNAL_BESIDE)
            .map(Some)
            .map_err(|e| (JOURNAL_BESIDE.to_string(), e))
    }
}

/// One checked input.
pub struct Run {
    pub sources: SourceMap,
    pub checked: Checked,
}

/// Decode and check once. `None` when the bytes are not a UTF-8 text (after checking
/// that the refusal is a located diagnostic).
fn check_once(bytes: &[u8]) -> Option<Run> {
    let text = match yaml::decode(FileId(0), bytes, Lang::En) {
        Ok(t) => t,
        Err(d) => {
            assert!(!d.labels.is_empty());
            assert!(d.span().start as usize <= bytes.len());
            return None;
        }
    };
    let (plan, models) = split(&text);
    let mut sources = SourceMap::new();
    let file = sources.add(SourceFile::new(PLAN_NAME, plan));
    let mut models_ = MemModels::new(file, models.clone());
    let mut journals = MemModels::new(file, models);
    let opts = CheckOptions {
        as_of: Some(as_of(plan)),
        ..CheckOptions::default()
    };
    let checked =
        tovholder_core::check_with_journals(&mut sources, file, &opts, &mut models_, &mut journals);
    Some(Run { sources, checked })
}

/// The day an input is checked as of (the follow-up rules need one; the core reads no
/// clock): a line `# as-of: YYYY-MM-DD` in the plan, as the rule fixtures write it,
/// else 2027-06-01.
fn as_of(plan: &str) -> tovholder_core::model::Date {
    plan.lines()
        .find_map(|l| l.strip_prefix("# as-of:"))
        .and_then(|d| tovholder_core::model::Date::parse(d.trim()).ok())
        .or_else(|| tovholder_core::model::Date::parse("2027-06-01").ok())
        .expect("a date")
}

/// The compiled plan as JSON (what `tovholder compile` prints).
pub fn compiled_json(plan: &CompiledPlan) -> String {
    serde_json::to_string_pretty(plan).expect("a compiled plan serializes")
}

/// Check `bytes` as a plan with its models, twice, and keep the invariants. The
/// second run builds the sections' entities on a second thread (what files from
/// 256 KB get): both ways must give the same findings and the same compiled plan.
pub fn check_bytes(bytes: &[u8]) -> Option<Run> {
    tovholder_core::load::force_section_thread(Some(false));
    let run = check_once(bytes);
    tovholder_core::load::force_section_thread(Some(true));
    let again = check_once(bytes);
    tovholder_core::load::force_section_thread(None);
    let run = run?;
    let again = again.expect("decoded once, decodes again");
    assert_eq!(
        format!("{:?}", run.checked.diags),
        format!("{:?}", again.checked.diags),
        "the diagnostics differ between two runs (sections built here, then on a thread)"
    );
    assert_eq!(
        run.checked
            .compiled(&run.sources)
            .as_ref()
            .map(compiled_json),
        again
            .checked
            .compiled(&again.sources)
            .as_ref()
            .map(compiled_json),
        "the compiled plan differs between two runs"
    );
    for d in &run.checked.diags {
        assert!(!d.labels.is_empty(), "a diagnostic without a place: {d:?}");
        assert!(
            !d.message.is_empty(),
            "a diagnostic without a message: {d:?}"
        );
        for l in &d.labels {
            let file = run
                .sources
                .get(l.span.file)
                .unwrap_or_else(|| panic!("a label in no file: {d:?}"));
            assert!(
                l.span.start <= l.span.end && l.span.end as usize <= file.text.len(),
                "a label outside its file ({} bytes): {d:?}",
                file.text.len()
            );
            let loc = Location::of(&run.sources, l.span);
            assert!(loc.line >= 1 && loc.column >= 1);
        }
    }
    // The human report of the first findings, drawn as `check` draws it (miette with
    // our sources, the help and related places in the plan's language).
    let lang = run.checked.lang;
    let drawer = tovholder_core::report::Drawer::plain(lang);
    let mut reporter = tovholder_core::report::Reporter::new(&run.sources).in_lang(lang);
    for d in run.checked.diags.iter().take(20) {
        let mut out = String::new();
        let _ = drawer.draw(&mut out, &reporter.report(d));
        // Inert: plan text reaches a terminal only escaped.
        if let Some(c) = out.chars().find(|&c| raw_on_terminal(c)) {
            panic!(
                "a raw {c:?} in the human report of {:?}: {:?}",
                d.rule.name,
                out.chars().take(2000).collect::<String>()
            );
        }
        // Bounded: a message of at most 2,000 characters, snippet lines of 160.
        assert!(
            out.len() <= 64 * 1024,
            "the human report of one {:?} finding is {} bytes",
            d.rule.name,
            out.len()
        );
    }
    Some(run)
}

/// A character no terminal report may print raw: C0 controls but LF and tab, DEL, C1
/// and the bidirectional overrides and isolates (what `terminal.rs` holds the CLI to).
pub fn raw_on_terminal(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || ('\u{202a}'..='\u{202e}').contains(&c)
        || ('\u{2066}'..='\u{2069}').contains(&c)
}

/// Check, and return the compiled plan's JSON when the plan compiled.
pub fn compile_bytes(bytes: &[u8]) -> Option<(Run, String)> {
    let run = check_bytes(bytes)?;
    let json = run
        .checked
        .compiled(&run.sources)
        .as_ref()
        .map(compiled_json)?;
    let value: serde_json::Value = serde_json::from_str(&json).expect("the JSON reads back");
    assert!(value.is_object());
    Some((run, json))
}

/// Check, and render every document of a plan without errors, in memory.
pub fn render_bytes(bytes: &[u8]) -> Option<Vec<tovholder_render::OutputFile>> {
    let run = check_bytes(bytes)?;
    let compiled = run.checked.compiled(&run.sources)?;
    if run.checked.diags.iter().any(|d| d.level == Level::Error) {
        return None;
    }
    let opts = tovholder_render::RenderOptions::default();
    let files = match tovholder_render::render(&compiled, &opts) {
        Ok(f) => f,
        // Over the budget: refused as a whole (the CLI then writes nothing).
        Err(tovholder_render::RenderError::TooLarge { .. }) => return None,
        Err(e) => panic!("a plan without errors did not render: {e}"),
    };
    let again = tovholder_render::render(&compiled, &opts).expect("renders twice");
    assert!(files == again, "rendering differs between two runs");
    check_documents(&files);
    let total: usize = files.iter().map(|f| f.bytes.len()).sum();
    assert!(
        total <= tovholder_render::MAX_OUTPUT_BYTES,
        "{total} bytes rendered, over the budget"
    );
    let bound = output_bound(bytes.len(), &compiled);
    assert!(
        total <= bound,
        "{total} bytes rendered from {} bytes of input (bound {bound}): a text copied more often than its occurrences print it",
        bytes.len()
    );
    Some(files)
}

/// How many bytes the documents of a plan may take: 4 MiB, plus 256 bytes per byte of
/// input (every document prints each text a few times, escaped — `&amp;` is five
/// bytes, a `\U` escape becomes four UTF-8 bytes printed as `&#x…;`), plus, per
/// planned occurrence, 16 times the texts an event repeats (the plan's title and
/// organisation, the activity's texts, the names of its roles and phases) for each
/// calendar that lists it (the plan's, each role's, the year wheel's).
pub fn output_bound(input: usize, plan: &CompiledPlan) -> usize {
    let len = |s: &str| s.len();
    let opt = |s: &Option<String>| s.as_deref().map_or(0, len);
    let names: usize = plan
        .roles
        .iter()
        .map(|r| len(&r.name) + len(&r.id))
        .sum::<usize>()
        + plan
            .phases
            .iter()
            .map(|p| len(&p.name) + len(&p.id))
            .sum::<usize>()
        + plan.goals.iter().map(|g| len(&g.id)).sum::<usize>();
    let plan_texts = len(&plan.title) + opt(&plan.organisation) + len(&plan.id);
    let calendars = plan.roles.len() + 3;
    let per_occurrences: usize = plan
        .activities
        .iter()
        .map(|a| {
            let texts = len(&a.id)
                + len(&a.name)
                + opt(&a.channel)
                + opt(&a.purpose)
                + a.agenda.iter().map(|t| len(t)).sum::<usize>()
                + a.outputs.iter().map(|t| len(t)).sum::<usize>()
                + opt(&a.every)
                + opt(&a.length);
            a.occurrences
                .len()
                .saturating_mul(16 * calendars)
                .saturating_mul(texts + names + plan_texts + 1024)
        })
        .fold(0usize, usize::saturating_add);
    (4usize << 20)
        .saturating_add(input.saturating_mul(256))
        .saturating_add(per_occurrences)
}

/// The tags the built-in templates write, by kind of file (`html`, `svg`, `md`).
fn template_tags(ext: &str) -> BTreeSet<String> {
    let mut tags = BTreeSet::new();
    for (name, text) in tovholder_render::builtin_templates() {
        let from_html = name.ends_with(".html") || name.ends_with(".css");
        if name.ends_with(ext)
            || (ext == "svg" && from_html)
            || (ext == "html" && name.ends_with(".svg"))
        {
            tags.extend(tags_in(text));
        }
    }
    tags
}

/// Tag names opened in a text (`<name` followed by a space, `>` or `/`).
fn tags_in(text: &str) -> BTreeSet<String> {
    let mut tags = BTreeSet::new();
    let mut rest = text;
    while let Some(i) = rest.find('<') {
        rest = rest.get(i + 1..).unwrap_or("");
        let name: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == ':')
            .collect();
        let next = rest.get(name.len()..).and_then(|r| r.chars().next());
        if !name.is_empty()
            && name.starts_with(|c: char| c.is_ascii_alphabetic())
            && matches!(next, Some(' ' | '>' | '/' | '\n' | '\t') | None)
        {
            tags.insert(name.to_ascii_lowercase());
        }
    }
    tags
}

/// The document invariants: safe paths, no markup from the plan, iCalendar and CSV
/// well-formed.
pub fn check_documents(files: &[tovholder_render::OutputFile]) {
    for f in files {
        let p = &f.relative_path;
        assert!(
            !p.is_empty()
                && !p.starts_with('/')
                && !p.contains('\\')
                && p.split('/').all(|c| !c.is_empty() && c != "." && c != ".."),
            "an unsafe output path: {p:?}"
        );
        let ext = p.rsplit('.').next().unwrap_or("");
        match ext {
            "html" | "svg" | "md" => {
                let text = std::str::from_utf8(&f.bytes).expect("text documents are UTF-8");
                // In Markdown `\<` is a literal `<`, not markup.
                let unescaped;
                let text = if ext == "md" {
                    unescaped = text.replace("\\\\", "").replace("\\<", "");
                    unescaped.as_str()
                } else {
                    text
                };
                let allowed = template_tags(ext);
                let found = tags_in(text);
                let extra: Vec<&String> = found.difference(&allowed).collect();
                assert!(
                    extra.is_empty(),
                    "{p}: markup not from a template: {extra:?}"
                );
                assert!(
                    !text.to_ascii_lowercase().contains("<script"),
                    "{p}: a script element"
                );
            }
            "ics" => check_ics(p, &f.bytes),
            "csv" => check_csv(p, &f.bytes),
            _ => {}
        }
        // And by a real parser for its format.
        if let Err(e) = validate::check_file(p, &f.bytes) {
            panic!("{e}");
        }
    }
}

fn check_ics(p: &str, bytes: &[u8]) {
    let text = std::str::from_utf8(bytes).expect("iCalendar is UTF-8");
    assert!(text.ends_with("\r\n"), "{p}: not CRLF-terminated");
    let mut logical: Vec<String> = Vec::new();
    for physical in text.split("\r\n").filter(|l| !l.is_empty()) {
        assert!(
            physical.len() <= 75,
            "{p}: a line of {} octets",
            physical.len()
        );
        assert!(!physical.contains(['\r', '\n']), "{p}: a bare line break");
        match physical.strip_prefix(' ') {
            Some(cont) => match logical.last_mut() {
                Some(l) => l.push_str(cont),
                None => panic!("{p}: starts with a continuation line"),
            },
            None => logical.push(physical.to_string()),
        }
    }
    let mut depth: Vec<&str> = Vec::new();
    for l in &logical {
        let name_end = l
            .find([':', ';'])
            .unwrap_or_else(|| panic!("{p}: not a property: {l:?}"));
        let name = l.get(..name_end).unwrap_or("");
        assert!(
            !name.is_empty()
                && name
                    .chars()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '-'),
            "{p}: not a property name: {l:?}"
        );
        if let Some(v) = l.strip_prefix("BEGIN:") {
            depth.push(v);
        } else if let Some(v) = l.strip_prefix("END:") {
            assert_eq!(depth.pop(), Some(v), "{p}: unbalanced END:{v}");
        }
    }
    assert!(depth.is_empty(), "{p}: unclosed {depth:?}");
}

/// Fields of a CSV text (RFC 4180; `sep` `,` or `;`).
fn csv_fields(text: &str, sep: char) -> Vec<String> {
    let mut fields = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') if field.is_empty() => quoted = true,
            (false, c) if c == sep || c == '\n' => fields.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, c) => field.push(c),
        }
    }
    fields.push(field);
    fields
}

fn check_csv(p: &str, bytes: &[u8]) {
    let text = std::str::from_utf8(bytes).expect("CSV is UTF-8");
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let first = text.lines().next().unwrap_or("");
    let sep = if first.matches(';').count() > first.matches(',').count() {
        ';'
    } else {
        ','
    };
    for field in csv_fields(text, sep) {
        let dangerous = match field.chars().next() {
            Some('=' | '+' | '@' | '\t' | '\r') => true,
            // A negative number or a date is data; anything else starting with `-` could be a formula.
            Some('-') => field.parse::<f64>().is_err() && !looks_like_date(&field),
            _ => false,
        };
        assert!(!dangerous, "{p}: a cell that starts a formula: {field:?}");
    }
}

fn looks_like_date(s: &str) -> bool {
    let body = s.strip_prefix('-').unwrap_or(s);
    body.split('-').count() == 3 && body.chars().all(|c| c.is_ascii_digit() || c == '-')
}
