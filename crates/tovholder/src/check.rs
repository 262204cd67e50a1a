//! `tovholder check`, `rules` and `explain`. One plan's checking, shared with the
//! other commands, is in `plan.rs`; the output formats are in `format/`; the texts of
//! the rule catalogue are in `tovholder_core::rules::catalogue`.

use crate::config::{self, Effective, OPTIONS, Origin, Resolver};
use crate::exit;
use crate::files;
use crate::format::{self, FileResult, Format, Outcome};
use crate::output;
use crate::plan::{check_file, config_result, error, report_to_stderr};
use clap::{Args, ValueEnum};
use serde::Serialize;
use std::path::{Path, PathBuf};
use tovholder_core::messages::CliMsg;
use tovholder_core::rules::{self, catalogue};
use tovholder_core::{CheckOptions, Lang};

#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum DenyWhat {
    /// Treat warnings as errors (exit code 1).
    Warnings,
}

#[derive(Args, Debug)]
pub struct CheckArgs {
    /// Plan files, or folders searched recursively for plans. Default: the current folder.
    pub paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value = "human")]
    pub format: Format,
    /// `--deny warnings`: warnings fail the check too.
    #[arg(long, value_enum)]
    pub deny: Option<DenyWhat>,
    /// Language of messages (da, en, sv); default: the plan's `language`, else English.
    #[arg(long, value_parser = parse_lang)]
    pub lang: Option<Lang>,
    /// Let `uses` paths leave the repository root (the nearest folder with `.git` or `tovholder.toml`).
    #[arg(long)]
    pub allow_outside_root: bool,
    /// Use this configuration file for every plan instead of the nearest `tovholder.toml`.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Print the effective rule levels and options for this plan, and where each comes from.
    #[arg(long, value_name = "FILE")]
    pub show_config: Option<PathBuf>,
    /// Check the plan's journal as of this day, YYYY-MM-DD (default: `SOURCE_DATE_EPOCH`, else today in Europe/Copenhagen).
    #[arg(long, value_name = "DATE", value_parser = crate::compile::parse_date)]
    pub as_of: Option<tovholder_core::model::Date>,
    /// With `-` (or no path): the plan is read from stdin and reported as NAME; its models, journal and `tovholder.toml` are found from NAME.
    #[arg(long, value_name = "NAME")]
    pub stdin_filename: Option<PathBuf>,
    /// Write the report to FILE (atomically) instead of stdout; never over a file this check reads, nor over a YAML or TOML file.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output_file: Option<PathBuf>,
    /// Print the number of findings per rule instead of the findings (`--format json`: as JSON).
    #[arg(long)]
    pub statistics: bool,
    /// Exit with 0 even when there are findings (2 still means a path could not be read).
    #[arg(long)]
    pub exit_zero: bool,
    /// Apply the safe fixes (the "did you mean" of an unknown key, unit, reference or rule name) in place, then report what is left.
    #[arg(long, conflicts_with = "diff")]
    pub fix: bool,
    /// Print the safe fixes as a unified diff instead of applying them (exit 1 when there is one).
    #[arg(long)]
    pub diff: bool,
    /// Compare with the approved plan: each plan as it was at this git revision (a tag
    /// such as `godkendt-styregruppe-2027-02`, a commit), for `goal-target-moved`.
    #[arg(long, value_name = "REV")]
    pub baseline: Option<String>,
}

/// The path that means "the plan on stdin".
const STDIN: &str = "-";

pub fn parse_lang(s: &str) -> Result<Lang, String> {
    Lang::parse(s).ok_or_else(|| format!("unknown language `{s}`; use da, en or sv"))
}

/// Options for checking, from the command line.
pub fn options(args: &CheckArgs) -> CheckOptions {
    CheckOptions {
        lang: args.lang,
        allow_outside_root: args.allow_outside_root,
        ..Default::default()
    }
}

/// Check every job, on as many threads as help (at most one per core); the results
/// keep the jobs' order.
fn check_all(jobs: &[(PathBuf, CheckOptions)]) -> Vec<Result<FileResult, String>> {
    use std::sync::Mutex;
    use std::sync::atomic::{AtomicUsize, Ordering};
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let workers = cores.min(jobs.len());
    let slots: Vec<Mutex<Option<Result<FileResult, String>>>> =
        jobs.iter().map(|_| Mutex::new(None)).collect();
    if workers > 1 {
        let next = AtomicUsize::new(0);
        std::thread::scope(|scope| {
            for _ in 0..workers {
                let work = || {
                    while let Some((i, (path, opts))) = {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        jobs.get(i).map(|j| (i, j))
                    } {
                        let r = check_file(path, opts);
                        if let Some(slot) = slots.get(i)
                            && let Ok(mut s) = slot.lock()
                        {
                            *s = Some(r);
                        }
                    }
                };
                // The same generous stack as the main worker: the YAML reader recurses.
                let spawned = std::thread::Builder::new()
                    .stack_size(64 * 1024 * 1024)
                    .spawn_scoped(scope, work);
                if spawned.is_err() {
                    break; // whatever is left runs below, on this thread
                }
            }
        });
    }
    slots
        .into_iter()
        .zip(jobs)
        .map(
            |(slot, (path, opts))| match slot.into_inner().ok().flatten() {
                Some(r) => r,
                None => check_file(path, opts),
            },
        )
        .collect()
}

pub fn run(args: &CheckArgs) -> u8 {
    let mut base = options(args);
    let lang = args.lang.unwrap_or(Lang::En);
    match crate::journal::as_of(args.as_of) {
        Ok(d) => base.as_of = Some(d),
        Err(msg) => {
            error(&msg, lang);
            return exit::FAILURE;
        }
    }
    let mut resolver = match Resolver::new(args.config.as_deref(), lang) {
        Ok(r) => r,
        Err((path, reason)) => {
            let path = path.display().to_string();
            error(&CliMsg::CannotReadConfig { path, reason }, lang);
            return exit::FAILURE;
        }
    };
    if let Some(plan) = &args.show_config {
        return show_config(resolver, plan, args.format, lang);
    }
    let stdin = args.paths.iter().any(|p| p.as_os_str() == STDIN);
    if stdin && args.paths.len() > 1 {
        error(&CliMsg::StdinAlone, lang);
        return exit::FAILURE;
    }
    if args.stdin_filename.is_some() && !stdin && !args.paths.is_empty() {
        error(&CliMsg::StdinFilenameWithoutStdin, lang);
        return exit::FAILURE;
    }
    let stdin_name = match (&args.stdin_filename, stdin) {
        (Some(name), _) => Some(name.clone()),
        (None, true) => Some(PathBuf::from(STDIN)),
        (None, false) => None,
    };
    let paths = if stdin_name.is_some() {
        Vec::new()
    } else if args.paths.is_empty() {
        vec![PathBuf::from(".")]
    } else {
        args.paths.clone()
    };
    if let Some(out) = &args.output_file
        && let Err(msg) = check_output_file(out)
    {
        error(&msg, lang);
        return exit::FAILURE;
    }
    let (mut found, path_errors) = files::collect(&paths, lang);
    if let Some(name) = &stdin_name {
        found.push(name.clone());
    }
    let mut unreadable: Vec<(PathBuf, String)> = path_errors
        .into_iter()
        .map(|e| (e.path, e.reason))
        .collect();
    let mut jobs: Vec<(PathBuf, CheckOptions)> = Vec::new();
    for f in found {
        // `check .` finds `./plan.yaml`; report it as `plan.yaml`.
        let f = match f.strip_prefix(".") {
            Ok(rest) if !rest.as_os_str().is_empty() => rest.to_path_buf(),
            _ => f,
        };
        if jobs.iter().any(|(p, _)| *p == f) {
            continue; // named twice on the command line
        }
        match resolver.effective(&f) {
            Ok(eff) => jobs.push((f, eff.apply(&base))),
            Err(e) => {
                if !unreadable.contains(&e) {
                    unreadable.push(e);
                }
            }
        }
    }
    // `--baseline REV`: each plan file as it was at REV (a plan that did not exist
    // there has no baseline; the plan on stdin has none).
    if let Some(rev) = &args.baseline
        && stdin_name.is_none()
    {
        for (path, opts) in &mut jobs {
            match crate::diff::at_revision(path, rev, opts, lang) {
                Ok(Some(at)) => opts.baseline = Some(std::sync::Arc::new(at.checked.plan)),
                Ok(None) => {}
                Err(code) => return code,
            }
        }
    }
    let mut results = Vec::new();
    let mut fix_failed = false;
    if let (Some(name), Some((_, opts))) = (&stdin_name, jobs.first()) {
        match read_stdin() {
            Ok(bytes) => results.push(crate::plan::check_bytes(name, bytes, opts)),
            Err(reason) => {
                error(&CliMsg::CannotReadStdin { reason }, lang);
                return exit::FAILURE;
            }
        }
    } else {
        for (r, (path, _)) in check_all(&jobs).into_iter().zip(&jobs) {
            match r {
                Ok(r) => results.push(r),
                Err(reason) => unreadable.push((path.clone(), reason)),
            }
        }
    }
    if args.fix || args.diff {
        if stdin_name.is_some() {
            error(&CliMsg::FixNeedsFiles, lang);
            return exit::FAILURE;
        }
        let done = fix_files(&results, args.diff, lang);
        if args.diff {
            return if !unreadable.is_empty() || done.failed {
                exit::FAILURE
            } else if done.fixes > 0 {
                exit::FINDINGS
            } else {
                exit::OK
            };
        }
        if done.written > 0 {
            // What is left, checked again from the fixed files.
            results.clear();
            for (r, (path, _)) in check_all(&jobs).into_iter().zip(&jobs) {
                match r {
                    Ok(r) => results.push(r),
                    Err(reason) => unreadable.push((path.clone(), reason)),
                }
            }
        }
        if done.failed {
            fix_failed = true;
        }
    }
    let configs: Vec<FileResult> = resolver
        .into_configs()
        .into_iter()
        .map(|c| config_result(c, lang))
        .collect();
    // The lines about the whole run (the summary, unreadable paths; SARIF's run is one
    // language): `--lang`, else the plans' when they agree, else English.
    let run_lang = args.lang.or_else(|| common_lang(&results)).unwrap_or(lang);
    let outcome = Outcome {
        configs: &configs,
        files: &results,
        unreadable: &unreadable,
        lang: run_lang,
    };
    let colour = match args.output_file {
        Some(_) => output::colour_file(),
        None => output::colour(),
    };
    let text = if args.statistics {
        format::statistics(&outcome, args.format, output::quiet())
    } else {
        format::render_with(&outcome, args.format, colour, output::quiet())
    };
    match &args.output_file {
        Some(out) => {
            if let Some(msg) = refuse_inputs(out, &results, &configs) {
                error(&msg, lang);
                return exit::FAILURE;
            }
            if let Err(e) = output::write_atomically(out, &text) {
                let path = out.display().to_string();
                let reason = e.to_string();
                error(&CliMsg::CannotWrite { path, reason }, lang);
                return exit::FAILURE;
            }
        }
        None if text.is_empty() => {}
        None => output::print(&text),
    }
    if args.format.is_text() {
        for (p, reason) in &unreadable {
            let path = p.display().to_string();
            let reason = reason.clone();
            error(&CliMsg::CannotRead { path, reason }, lang);
        }
    }
    let (errors, warnings) = (outcome.errors(), outcome.warnings());
    // The process ends after this: leave the checked plans (a big plan's model and
    // schedule are hundreds of thousands of allocations) to the operating system
    // instead of freeing them one by one — 3 % of checking a 10,000-activity plan.
    std::mem::forget(results);
    if !unreadable.is_empty() || fix_failed {
        exit::FAILURE
    } else if args.exit_zero {
        exit::OK
    } else if errors > 0 || (args.deny == Some(DenyWhat::Warnings) && warnings > 0) {
        exit::FINDINGS
    } else {
        exit::OK
    }
}

/// What `--fix` / `--diff` did.
struct FixDone {
    /// Fixes applied (or, with `--diff`, to apply).
    fixes: usize,
    /// Files written.
    written: usize,
    /// A file could not be fixed (changed since it was checked, or not writable).
    failed: bool,
}

/// Apply (or, with `diff`, print as a unified diff) the safe fixes of every checked
/// plan (`fix.rs`); each fix is reported on stderr in its plan's language, then the
/// count. Files are written atomically, through the path policy for output (the
/// folder inside the repository root; never through a symbolic link), keeping their
/// permissions; a file that changed since it was checked is left alone.
fn fix_files(results: &[FileResult], diff: bool, lang: Lang) -> FixDone {
    let mut done = FixDone {
        fixes: 0,
        written: 0,
        failed: false,
    };
    let mut seen = std::collections::HashSet::new();
    let mut files = 0;
    let mut diffs = String::new();
    for result in results {
        let fixes = crate::fix::fixes(result);
        let mut by_file: Vec<tovholder_core::FileId> = fixes.iter().map(|f| f.file).collect();
        by_file.dedup();
        for file in by_file {
            let path = crate::fix::path_of(result, file);
            if !seen.insert(std::fs::canonicalize(&path).unwrap_or_else(|_| path.clone())) {
                continue;
            }
            let these: Vec<&crate::fix::Fix> = fixes.iter().filter(|f| f.file == file).collect();
            let Some(source) = result.sources.get(file) else {
                continue;
            };
            let shown = path.display().to_string();
            let Some((bytes, lead)) = crate::fix::on_disk(&path, &source.text) else {
                error(&CliMsg::FixFileChanged { path: shown }, lang);
                done.failed = true;
                continue;
            };
            let fixed = crate::fix::apply(&source.text, &these);
            if diff {
                diffs.push_str(&crate::fix::unified_diff(
                    &shown.replace('\\', "/"),
                    &source.text,
                    &fixed,
                ));
            } else {
                let mut out = bytes.get(..lead).unwrap_or_default().to_vec();
                out.extend_from_slice(fixed.as_bytes());
                if let Err(reason) = write_fixed(&path, &out) {
                    error(
                        &CliMsg::CannotWrite {
                            path: shown,
                            reason,
                        },
                        lang,
                    );
                    done.failed = true;
                    continue;
                }
                done.written += 1;
            }
            files += 1;
            for f in &these {
                done.fixes += 1;
                let (place, rule, from, to) = (
                    f.place.clone(),
                    f.rule.to_string(),
                    f.from.clone(),
                    f.to.clone(),
                );
                let msg = if diff {
                    CliMsg::FixWouldApply {
                        place,
                        rule,
                        from,
                        to,
                    }
                } else {
                    CliMsg::FixApplied {
                        place,
                        rule,
                        from,
                        to,
                    }
                };
                if !output::quiet() {
                    output::eprint(&msg.text(result.checked.lang));
                }
            }
        }
    }
    if !diffs.is_empty() {
        output::print(&diffs);
    }
    if !output::quiet() {
        let summary = CliMsg::FixSummary {
            fixes: done.fixes,
            files,
            applied: !diff,
        };
        output::eprint(&summary.text(lang));
    }
    done
}

/// Write a fixed file in place: its folder through the output path policy, never
/// through a symbolic link, atomically, with the file's permissions kept.
fn write_fixed(path: &Path, bytes: &[u8]) -> Result<(), String> {
    let meta = std::fs::symlink_metadata(path).map_err(|e| e.to_string())?;
    if !meta.file_type().is_file() {
        return Err(CliMsg::NotARegularFile.text(Lang::En));
    }
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    crate::paths::check_output_dir(dir).map_err(|m| m.text(Lang::En))?;
    let text = String::from_utf8_lossy(bytes);
    output::write_atomically(path, &text).map_err(|e| e.to_string())?;
    std::fs::set_permissions(path, meta.permissions()).map_err(|e| e.to_string())
}

/// The language every plan was checked in, if they agree (none: no plan).
fn common_lang(results: &[FileResult]) -> Option<Lang> {
    let first = results.first()?.checked.lang;
    results
        .iter()
        .all(|r| r.checked.lang == first)
        .then_some(first)
}

/// Read the plan from stdin, at most the size limit (`Ok(None)`: larger).
fn read_stdin() -> Result<Option<Vec<u8>>, String> {
    use std::io::Read;
    let limit = tovholder_core::yaml::MAX_FILE_BYTES as u64;
    let mut bytes = Vec::new();
    std::io::stdin()
        .lock()
        .take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| e.to_string())?;
    Ok((bytes.len() as u64 <= limit).then_some(bytes))
}

/// `--output-file`, before anything is checked: its folder must exist and lie inside
/// the repository root where it is named (the path policy's rule for output); an
/// existing target must be a regular file, and not a YAML or TOML file (plans,
/// journals and configuration are never overwritten with a report).
fn check_output_file(out: &Path) -> Result<(), CliMsg> {
    let path = out.display().to_string();
    let dir = match out.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    crate::paths::check_output_dir(dir)?;
    if let Ok(meta) = std::fs::symlink_metadata(out) {
        if !meta.is_file() {
            return Err(CliMsg::TargetNotARegularFile { path });
        }
        let ext = out.extension().and_then(|e| e.to_str()).unwrap_or("");
        if matches!(ext.to_ascii_lowercase().as_str(), "yaml" | "yml" | "toml") {
            return Err(CliMsg::OutputNotAReport { path });
        }
    }
    Ok(())
}

/// `--output-file` after checking: never a file this check read (a plan, a model, a
/// journal, a configuration), however it is named.
fn refuse_inputs(out: &Path, results: &[FileResult], configs: &[FileResult]) -> Option<CliMsg> {
    let target = std::fs::canonicalize(out).ok()?;
    let read = results.iter().chain(configs).flat_map(|r| {
        r.sources
            .files()
            .map(|(_, f)| PathBuf::from(f.name.as_str()))
            .chain(std::iter::once(r.path.clone()))
            .collect::<Vec<_>>()
    });
    for p in read {
        if std::fs::canonicalize(&p).is_ok_and(|c| c == target) {
            let path = out.display().to_string();
            return Some(CliMsg::OutputIsInput { path });
        }
    }
    None
}

fn origin_text(origin: &Origin, config: Option<&Path>) -> String {
    let file = config.map(|c| c.display().to_string()).unwrap_or_default();
    match origin {
        Origin::Default => "default".into(),
        Origin::Fixed => "fixed".into(),
        Origin::Preset(p) => format!("preset {}", p.name()),
        Origin::TopLevel { line } => format!("{file}:{line}"),
        Origin::Override { index, line } => format!("override #{index} ({file}:{line})"),
    }
}

#[derive(Serialize)]
struct ShownConfig {
    plan: String,
    config: Option<String>,
    preset: &'static str,
    overrides: Vec<ShownOverride>,
    rules: Vec<ShownRule>,
    options: Vec<ShownOption>,
}

#[derive(Serialize)]
struct ShownOverride {
    index: usize,
    line: usize,
}

#[derive(Serialize)]
struct ShownRule {
    rule: &'static str,
    level: &'static str,
    set_by: String,
}

#[derive(Serialize)]
struct ShownOption {
    option: String,
    value: u32,
    set_by: String,
}

/// `check --show-config PLAN`: the levels and options that apply to one plan.
fn show_config(mut resolver: Resolver, plan: &Path, fmt: Format, lang: Lang) -> u8 {
    if let Err(e) = std::fs::metadata(plan) {
        let path = plan.display().to_string();
        error(
            &CliMsg::CannotRead {
                path,
                reason: e.to_string(),
            },
            lang,
        );
        return exit::FAILURE;
    }
    let eff: Effective = match resolver.effective(plan) {
        Ok(e) => e,
        Err((path, reason)) => {
            let path = path.display().to_string();
            error(&CliMsg::CannotReadConfig { path, reason }, lang);
            return exit::FAILURE;
        }
    };
    let mut config_errors = 0;
    if let Some(c) = resolver.into_configs().into_iter().next() {
        let r = config_result(c, lang);
        config_errors = r.checked.errors();
        report_to_stderr(&r);
    }
    let cfg = eff.config.as_deref();
    let shown = ShownConfig {
        plan: plan.display().to_string(),
        config: cfg.map(|c| c.display().to_string()),
        preset: eff.preset.name(),
        overrides: eff
            .overrides
            .iter()
            .map(|(index, line)| ShownOverride {
                index: *index,
                line: *line,
            })
            .collect(),
        rules: eff
            .levels
            .iter()
            .map(|(rule, level, origin)| ShownRule {
                rule: rule.name,
                level: level.name(),
                set_by: origin_text(origin, cfg),
            })
            .collect(),
        options: eff
            .option_origins
            .iter()
            .filter_map(|(i, origin)| {
                OPTIONS.get(*i).map(|d| ShownOption {
                    option: format!("{}.{}", d.rule, d.key),
                    value: (d.get)(&eff.options),
                    set_by: origin_text(origin, cfg),
                })
            })
            .collect(),
    };
    if fmt == Format::Json {
        output::print(&serde_json::to_string_pretty(&shown).unwrap_or_default());
    } else {
        output::print(&show_config_text(&shown, eff.preset_line));
    }
    if config_errors > 0 {
        exit::FINDINGS
    } else {
        exit::OK
    }
}

fn show_config_text(shown: &ShownConfig, preset_line: Option<usize>) -> String {
    let mut out = String::new();
    out.push_str(&format!("plan:    {}\n", shown.plan));
    match &shown.config {
        Some(c) => {
            out.push_str(&format!("config:  {c}\n"));
            match preset_line {
                Some(line) => out.push_str(&format!("preset:  {} ({c}:{line})\n", shown.preset)),
                None => out.push_str(&format!("preset:  {} (default)\n", shown.preset)),
            }
            if !shown.overrides.is_empty() {
                let list: Vec<String> = shown
                    .overrides
                    .iter()
                    .map(|o| format!("#{} ({c}:{})", o.index, o.line))
                    .collect();
                out.push_str(&format!("overrides applied: {}\n", list.join(", ")));
            }
        }
        None => {
            out.push_str(&format!(
                "config:  none (no {} in this folder or above)\n",
                config::FILE_NAME
            ));
            out.push_str(&format!("preset:  {} (default)\n", shown.preset));
        }
    }
    let width = shown
        .rules
        .iter()
        .map(|r| r.rule.len())
        .chain(shown.options.iter().map(|o| o.option.len()))
        .max()
        .unwrap_or(4)
        .max(6);
    out.push_str(&format!("\n{:width$}  {:5}  set by\n", "rule", "level"));
    for r in &shown.rules {
        out.push_str(&format!("{:width$}  {:5}  {}\n", r.rule, r.level, r.set_by));
    }
    if !shown.options.is_empty() {
        out.push_str(&format!("\n{:width$}  {:5}  set by\n", "option", "value"));
        for o in &shown.options {
            out.push_str(&format!(
                "{:width$}  {:<5}  {}\n",
                o.option, o.value, o.set_by
            ));
        }
    }
    out
}

#[derive(Args, Debug)]
pub struct RulesArgs {
    /// Language of the summaries (da, en, sv); default: English.
    #[arg(long, value_parser = parse_lang)]
    pub lang: Option<Lang>,
    /// Print the whole catalogue as Markdown (English): what `docs/rules.md` holds.
    #[arg(long)]
    pub markdown: bool,
}

pub fn rules(args: &RulesArgs) -> u8 {
    if args.markdown {
        output::print(&catalogue::rules_markdown());
    } else {
        output::print(&catalogue::rules_list(args.lang.unwrap_or(Lang::En)));
    }
    exit::OK
}

#[derive(Args, Debug)]
pub struct ExplainArgs {
    /// The rule's name, e.g. `role-without-owner`.
    pub rule: String,
    /// Language of the documentation (da, en, sv); default: English.
    #[arg(long, value_parser = parse_lang)]
    pub lang: Option<Lang>,
}

pub fn explain(args: &ExplainArgs) -> u8 {
    let lang = args.lang.unwrap_or(Lang::En);
    match rules::find(&args.rule) {
        Some(r) => {
            output::print(&catalogue::explain_text(r, lang));
            exit::OK
        }
        None => {
            let msg = CliMsg::NoSuchRule {
                name: args.rule.clone(),
                suggestion: rules::suggest_rule(&args.rule).map(str::to_string),
            };
            error(&msg, lang);
            exit::FAILURE
        }
    }
}
