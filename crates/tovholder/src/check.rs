//! `tovholder check`, `rules` and `explain`.

use crate::files;
use crate::output;
use crate::{EXIT_FAILURE, EXIT_FINDINGS, EXIT_OK};
use clap::{Args, ValueEnum};
use serde::Serialize;
use std::path::{Path, PathBuf};
use tovholder_core::diag::Location;
use tovholder_core::rules::{self, RuleLevel};
use tovholder_core::yaml;
use tovholder_core::{
    CheckOptions, Checked, Diagnostic, Label, Lang, Level, SourceFile, SourceMap, Span,
};

#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// miette's graphical report (colour only on a terminal).
    Human,
    /// One JSON object (documented in the README).
    Json,
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
    match yaml::decode(file_id, &bytes, lang) {
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
        Err(d) => {
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
        ..Default::default()
    }
}

pub fn run(args: &CheckArgs) -> u8 {
    let paths = if args.paths.is_empty() {
        vec![PathBuf::from(".")]
    } else {
        args.paths.clone()
    };
    let (files, path_errors) = files::collect(&paths);
    let opts = options(args);
    let mut results = Vec::new();
    let mut unreadable = Vec::new();
    for e in path_errors {
        unreadable.push((e.path, e.reason));
    }
    for f in &files {
        match check_file(f, &opts) {
            Ok(r) => results.push(r),
            Err(reason) => unreadable.push((f.clone(), reason)),
        }
    }
    let errors: usize = results.iter().map(|r| r.checked.errors()).sum();
    let warnings: usize = results.iter().map(|r| r.checked.warnings()).sum();
    match args.format {
        Format::Human => print_human(&results, &unreadable, errors, warnings),
        Format::Json => print_json(&results, &unreadable, errors, warnings),
    }
    if !unreadable.is_empty() {
        EXIT_FAILURE
    } else if errors > 0 || (args.deny == Some(DenyWhat::Warnings) && warnings > 0) {
        EXIT_FINDINGS
    } else {
        EXIT_OK
    }
}

fn print_human(
    results: &[FileResult],
    unreadable: &[(PathBuf, String)],
    errors: usize,
    warnings: usize,
) {
    let theme = if output::colour() {
        miette::GraphicalTheme::unicode()
    } else {
        miette::GraphicalTheme::unicode_nocolor()
    };
    let handler = miette::GraphicalReportHandler::new_themed(theme).with_links(false);
    let mut out = String::new();
    for r in results {
        for d in &r.checked.diags {
            let report = tovholder_core::report::to_report(&r.sources, d);
            if handler.render_report(&mut out, &report).is_err() {
                out.push_str(&d.message);
            }
            out.push('\n');
        }
    }
    output::print(&out);
    for (p, reason) in unreadable {
        output::eprint(&format!("error: cannot read {}: {reason}", p.display()));
    }
    output::print(&summary(results.len(), errors, warnings));
}

fn summary(files: usize, errors: usize, warnings: usize) -> String {
    let plural =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    format!(
        "checked {}: {}, {}",
        plural(files, "file", "files"),
        plural(errors, "error", "errors"),
        plural(warnings, "warning", "warnings")
    )
}

/// The `--format json` document (format version 1).
#[derive(Serialize)]
struct JsonOut<'a> {
    version: u32,
    files: Vec<JsonFile>,
    diagnostics: Vec<JsonDiag>,
    unreadable: Vec<JsonUnreadable>,
    summary: JsonSummary,
    #[serde(skip)]
    _p: std::marker::PhantomData<&'a ()>,
}

#[derive(Serialize)]
struct JsonFile {
    file: String,
    errors: usize,
    warnings: usize,
}

#[derive(Serialize)]
struct JsonUnreadable {
    file: String,
    reason: String,
}

#[derive(Serialize)]
struct JsonSummary {
    files: usize,
    errors: usize,
    warnings: usize,
}

#[derive(Serialize)]
pub struct JsonDiag {
    pub rule: &'static str,
    pub level: Level,
    pub message: String,
    pub help: Option<String>,
    #[serde(flatten)]
    pub location: Location,
    pub labels: Vec<JsonLabel>,
}

#[derive(Serialize)]
pub struct JsonLabel {
    pub message: Option<String>,
    #[serde(flatten)]
    pub location: Location,
}

pub fn json_diag(sources: &SourceMap, d: &Diagnostic) -> JsonDiag {
    JsonDiag {
        rule: d.rule,
        level: d.level,
        message: d.message.clone(),
        help: d.help.clone(),
        location: Location::of(sources, d.span()),
        labels: d
            .labels
            .iter()
            .map(|l| JsonLabel {
                message: l.message.clone(),
                location: Location::of(sources, l.span),
            })
            .collect(),
    }
}

fn print_json(
    results: &[FileResult],
    unreadable: &[(PathBuf, String)],
    errors: usize,
    warnings: usize,
) {
    let doc = JsonOut {
        version: 1,
        files: results
            .iter()
            .map(|r| JsonFile {
                file: r.path.display().to_string(),
                errors: r.checked.errors(),
                warnings: r.checked.warnings(),
            })
            .collect(),
        diagnostics: results
            .iter()
            .flat_map(|r| r.checked.diags.iter().map(|d| json_diag(&r.sources, d)))
            .collect(),
        unreadable: unreadable
            .iter()
            .map(|(p, r)| JsonUnreadable {
                file: p.display().to_string(),
                reason: r.clone(),
            })
            .collect(),
        summary: JsonSummary {
            files: results.len(),
            errors,
            warnings,
        },
        _p: std::marker::PhantomData,
    };
    output::print(&serde_json::to_string_pretty(&doc).unwrap_or_default());
}

#[derive(Args, Debug)]
pub struct RulesArgs {
    /// Language of the summaries (da or en).
    #[arg(long, value_parser = parse_lang)]
    pub lang: Option<Lang>,
}

pub fn rules(args: &RulesArgs) -> u8 {
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

pub fn explain(args: &ExplainArgs) -> u8 {
    match rules::find(&args.rule) {
        Some(r) => {
            let level = if r.configurable {
                r.level.name().to_string()
            } else {
                format!("{} (cannot be changed)", r.level.name())
            };
            output::print(&format!(
                "# {}\n\nDefault level: {}. {}\n\n{}",
                r.name, level, r.summary, r.doc
            ));
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

#[allow(dead_code)]
pub fn level_name(l: RuleLevel) -> &'static str {
    l.name()
}
