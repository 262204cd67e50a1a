//! `tovholder check`, `rules` and `explain`.
//!
//! Stable entry points for other commands (`compile`, `render`, …):
//! [`check_file`] checks one plan with given options; [`options_for`] gives a plan's
//! options with its `tovholder.toml` applied; [`report_to_stderr`] prints a file's
//! findings in the human format to stderr.

use crate::config::{self, Effective, OPTIONS, Origin, Resolver};
use crate::files;
use crate::format::{self, Outcome};
use crate::output;
use crate::{EXIT_FAILURE, EXIT_FINDINGS, EXIT_OK};
use clap::{Args, ValueEnum};
use serde::Serialize;
use std::path::{Path, PathBuf};
use tovholder_core::rules::{self, Rule};
use tovholder_core::yaml;
use tovholder_core::{CheckOptions, Checked, Diagnostic, Label, Lang, SourceFile, SourceMap, Span};

#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// miette's graphical report (colour only on a terminal), a line per file, a summary.
    Human,
    /// One JSON object (format version 1, documented in the README).
    Json,
    /// SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.
    Sarif,
    /// GitHub Actions workflow commands: annotations on the pull request.
    Github,
    /// One line per finding: `file:line:col: level[rule] message`.
    Concise,
}

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
}

pub fn parse_lang(s: &str) -> Result<Lang, String> {
    Lang::parse(s).ok_or_else(|| format!("unknown language `{s}`; use da, en or sv"))
}

/// One checked file: its sources and results.
pub struct FileResult {
    pub path: PathBuf,
    pub sources: SourceMap,
    pub checked: Checked,
}

/// Read and check one plan file. Err is a path that could not be read (exit code 2).
pub fn check_file(path: &Path, opts: &CheckOptions) -> Result<FileResult, String> {
    let name = path.display().to_string();
    let mut sources = SourceMap::new();
    let lang = opts.lang.unwrap_or(Lang::En);
    let bytes = match files::read(path)? {
        Some(b) => b,
        None => {
            let file = sources.add(SourceFile::new(name, String::new()));
            let d = Diagnostic::error(
                yaml::FILE_TOO_LARGE,
                format!("the file is larger than {} bytes", yaml::MAX_FILE_BYTES),
                Label::bare(Span::new(file, 0, 0)),
            )
            .with_help(lang.pick(
                "split the plan into a model and a plan that uses it",
                "del planen op i en model og en plan, der bruger den",
            ));
            return Ok(FileResult {
                path: path.to_path_buf(),
                sources,
                checked: failed(vec![d], lang),
            });
        }
    };
    let file_id = tovholder_core::FileId(0);
    // The bytes become the text without a copy (a big plan's memory and time).
    match yaml::decode_owned(file_id, bytes, lang) {
        Ok(text) => {
            let file = sources.add(SourceFile::new(name, text));
            let mut models = crate::models::FsModels::new(path, file, opts.allow_outside_root);
            let checked = tovholder_core::check_with_models(&mut sources, file, opts, &mut models);
            Ok(FileResult {
                path: path.to_path_buf(),
                sources,
                checked,
            })
        }
        Err((d, bytes)) => {
            // Keep the readable prefix so the diagnostic can point into it.
            let text = String::from_utf8_lossy(&bytes[..bytes.len().min(d.span().start as usize)])
                .into_owned();
            sources.add(SourceFile::new(name, text));
            Ok(FileResult {
                path: path.to_path_buf(),
                sources,
                checked: failed(vec![d], lang),
            })
        }
    }
}

fn failed(diags: Vec<Diagnostic>, lang: Lang) -> Checked {
    Checked {
        plan: Default::default(),
        diags,
        compiled: None,
        lang,
    }
}

/// Options for checking, from the command line.
pub fn options(args: &CheckArgs) -> CheckOptions {
    CheckOptions {
        lang: args.lang,
        allow_outside_root: args.allow_outside_root,
        // `check` reports findings and writes no document: the schedule's dates suffice.
        detail: tovholder_core::schedule::Detail::Dates,
        ..Default::default()
    }
}

/// The options for one plan: `base` with the levels and options of the plan's
/// `tovholder.toml` (the nearest one, or `config` when given). Also returns the
/// configuration's own findings. Err: a configuration that cannot be read, with the
/// reason (exit code 2).
pub fn options_for(
    plan: &Path,
    config: Option<&Path>,
    base: &CheckOptions,
) -> Result<(CheckOptions, Option<FileResult>), (PathBuf, String)> {
    let lang = base.lang.unwrap_or(Lang::En);
    let mut resolver = Resolver::new(config, lang)?;
    let eff = resolver.effective(plan)?;
    let opts = eff.apply(base);
    let found = resolver
        .into_configs()
        .into_iter()
        .next()
        .map(|c| config_result(c, lang));
    Ok((opts, found))
}

/// Print a file's findings in the human format to stderr (colour on a terminal).
pub fn report_to_stderr(result: &FileResult) {
    use std::io::IsTerminal;
    let colour = std::env::var_os("NO_COLOR").is_none() && std::io::stderr().is_terminal();
    let text = format::human::render_file(result, colour);
    if !text.is_empty() {
        output::eprint(&text);
    }
}

fn config_result(c: config::Config, lang: Lang) -> FileResult {
    FileResult {
        path: c.path,
        sources: c.sources,
        checked: failed(c.diags, lang),
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
    let base = options(args);
    let lang = args.lang.unwrap_or(Lang::En);
    let mut resolver = match Resolver::new(args.config.as_deref(), lang) {
        Ok(r) => r,
        Err((path, reason)) => {
            output::eprint(&format!(
                "error: cannot read the configuration {}: {reason}",
                path.display()
            ));
            return EXIT_FAILURE;
        }
    };
    if let Some(plan) = &args.show_config {
        return show_config(resolver, plan, args.format, lang);
    }
    let paths = if args.paths.is_empty() {
        vec![PathBuf::from(".")]
    } else {
        args.paths.clone()
    };
    let (found, path_errors) = files::collect(&paths);
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
    let mut results = Vec::new();
    for (r, (path, _)) in check_all(&jobs).into_iter().zip(&jobs) {
        match r {
            Ok(r) => results.push(r),
            Err(reason) => unreadable.push((path.clone(), reason)),
        }
    }
    let configs: Vec<FileResult> = resolver
        .into_configs()
        .into_iter()
        .map(|c| config_result(c, lang))
        .collect();
    let outcome = Outcome {
        configs: &configs,
        files: &results,
        unreadable: &unreadable,
    };
    let text = match args.format {
        Format::Human => format::human::render(&outcome, output::colour()),
        Format::Json => format::json::render(&outcome),
        Format::Sarif => format::sarif::render(&outcome),
        Format::Github => format::github::render(&outcome),
        Format::Concise => format::concise::render(&outcome),
    };
    output::print(&text);
    if matches!(args.format, Format::Human | Format::Concise) {
        for (p, reason) in &unreadable {
            output::eprint(&format!("error: cannot read {}: {reason}", p.display()));
        }
    }
    let (errors, warnings) = (outcome.errors(), outcome.warnings());
    // The process ends after this: leave the checked plans (a big plan's model and
    // schedule are hundreds of thousands of allocations) to the operating system
    // instead of freeing them one by one — 3 % of checking a 10,000-activity plan.
    std::mem::forget(results);
    if !unreadable.is_empty() {
        EXIT_FAILURE
    } else if errors > 0 || (args.deny == Some(DenyWhat::Warnings) && warnings > 0) {
        EXIT_FINDINGS
    } else {
        EXIT_OK
    }
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
        output::eprint(&format!("error: cannot read {}: {e}", plan.display()));
        return EXIT_FAILURE;
    }
    let eff: Effective = match resolver.effective(plan) {
        Ok(e) => e,
        Err((path, reason)) => {
            output::eprint(&format!(
                "error: cannot read the configuration {}: {reason}",
                path.display()
            ));
            return EXIT_FAILURE;
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
        EXIT_FINDINGS
    } else {
        EXIT_OK
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
    /// Language of the summaries (da or en).
    #[arg(long, value_parser = parse_lang)]
    pub lang: Option<Lang>,
    /// Print the whole catalogue as Markdown: what `docs/rules.md` holds.
    #[arg(long)]
    pub markdown: bool,
}

pub fn rules(args: &RulesArgs) -> u8 {
    if args.markdown {
        output::print(&rules_markdown());
        return EXIT_OK;
    }
    let lang = args.lang.unwrap_or(Lang::En);
    let width = rules::RULES
        .iter()
        .map(|r| r.name.len())
        .max()
        .unwrap_or(10);
    let mut out = String::new();
    for r in rules::RULES {
        let level = if r.configurable {
            r.level.name().to_string()
        } else {
            format!("{} (fixed)", r.level.name())
        };
        let summary = lang.pick(r.summary, r.summary_da);
        out.push_str(&format!(
            "{:width$}  {:12}  {}\n",
            r.name,
            level,
            summary,
            width = width
        ));
    }
    output::print(&out);
    EXIT_OK
}

#[derive(Args, Debug)]
pub struct ExplainArgs {
    /// The rule's name, e.g. `role-without-owner`.
    pub rule: String,
}

/// What `explain` prints for a rule: a title, the default level and summary, and the
/// rule's documentation.
pub fn explain_text(r: &Rule) -> String {
    let level = if r.configurable {
        r.level.name().to_string()
    } else {
        format!("{} (cannot be changed)", r.level.name())
    };
    format!(
        "# {}\n\nDefault level: {}. {}\n\n{}",
        r.name,
        level,
        r.summary,
        r.doc_in(Lang::En)
    )
}

/// The command that writes `docs/rules.md`.
pub const RULES_MD_COMMAND: &str = "cargo run -q -p tovholder -- rules --markdown > docs/rules.md";

/// `docs/rules.md`: every rule's `explain` text, headings one level down, under an index.
pub fn rules_markdown() -> String {
    let mut out = String::new();
    out.push_str("# Rules\n\n");
    out.push_str(&format!(
        "<!-- Generated from the rule catalogue by `{RULES_MD_COMMAND}`. Do not edit by hand: a test fails when this file is stale. -->\n\n"
    ));
    out.push_str(
        "Every finding of `tovholder check` comes from one of these rules. A rule's level is \
         `deny` (an error: the check fails), `warn` (a warning: reported, the check passes \
         unless `--deny warnings`) or `allow` (the rule does not run). Levels marked *fixed* \
         cannot be changed; the others can be set in `tovholder.toml` (see \
         [configuration](configuration.md)) or silenced for one entity with `allow: [rule]` \
         in the plan. `tovholder explain RULE` prints the same text as below.\n\n",
    );
    out.push_str("| Rule | Default level | Summary |\n| --- | --- | --- |\n");
    for r in rules::RULES {
        let level = if r.configurable {
            r.level.name().to_string()
        } else {
            format!("{} (fixed)", r.level.name())
        };
        out.push_str(&format!(
            "| [`{}`](#{}) | {} | {} |\n",
            r.name,
            r.name,
            level,
            r.summary.replace('|', "\\|")
        ));
    }
    for r in rules::RULES {
        out.push('\n');
        out.push_str(&demote_headings(&explain_text(r)));
        if !out.ends_with('\n') {
            out.push('\n');
        }
    }
    out
}

/// Move every Markdown heading one level down (`#` → `##`), leaving code blocks alone.
fn demote_headings(md: &str) -> String {
    let mut out = String::new();
    let mut in_code = false;
    for line in md.lines() {
        if line.trim_start().starts_with("```") {
            in_code = !in_code;
        }
        if !in_code && line.starts_with('#') {
            out.push('#');
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

pub fn explain(args: &ExplainArgs) -> u8 {
    match rules::find(&args.rule) {
        Some(r) => {
            output::print(&explain_text(r));
            EXIT_OK
        }
        None => {
            let hint = match rules::suggest_rule(&args.rule) {
                Some(s) => format!("; did you mean `{s}`?"),
                None => String::new(),
            };
            output::eprint(&format!(
                "error: no rule named `{}`{hint} (`tovholder rules` lists them)",
                args.rule
            ));
            EXIT_FAILURE
        }
    }
}
