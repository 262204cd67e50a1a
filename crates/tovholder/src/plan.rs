//! One plan through the checker, for every command that reads plans (`check`,
//! `compile`, `render`, `graph`): [`check_file`] checks one plan with given options;
//! [`options_for`] gives a plan's options with its `tovholder.toml` applied;
//! [`report_to_stderr`] prints a file's findings in the human format to stderr; and
//! [`prologue`] is what `compile` and `render` both do before their own work.

use crate::config::{self, Resolver};
use crate::exit;
use crate::files;
use crate::format::{self, FileResult};
use crate::output;
use std::path::{Path, PathBuf};
use tovholder_core::messages::CliMsg;
use tovholder_core::model::Date;
use tovholder_core::yaml;
use tovholder_core::{
    CheckOptions, Checked, Diagnostic, Lang, Level, SourceFile, SourceMap, Span, load,
};

/// Print `error: …` in `lang` to stderr.
pub fn error(msg: &CliMsg, lang: Lang) {
    output::eprint(&msg.line(&CliMsg::ErrorPrefix, lang));
}

/// Read and check one plan file. Err is why the path could not be read (exit code 2).
pub fn check_file(path: &Path, opts: &CheckOptions) -> Result<FileResult, String> {
    let lang = opts.lang.unwrap_or(Lang::En);
    let bytes = files::read_with(path, opts.allow_outside_root, lang)?;
    Ok(check_bytes(path, bytes, opts))
}

/// Check a plan's bytes (`None`: larger than the size limit) as the file `path`: its
/// models, journal and configuration are found from `path` (also for `check -`, whose
/// plan comes from stdin under `--stdin-filename`).
pub fn check_bytes(path: &Path, bytes: Option<Vec<u8>>, opts: &CheckOptions) -> FileResult {
    let name = path.display().to_string();
    let mut sources = SourceMap::new();
    let lang = opts.lang.unwrap_or(Lang::En);
    let bytes = match bytes {
        Some(b) => b,
        None => {
            let file = sources.add(SourceFile::new(name, String::new()));
            let too_large = tovholder_core::messages::LoadMsg::FileTooLarge {
                bytes: None,
                limit: yaml::MAX_FILE_BYTES,
            };
            let d = Diagnostic::report(too_large, &[Span::new(file, 0, 0)], lang);
            return FileResult {
                path: path.to_path_buf(),
                sources,
                checked: failed(vec![d], lang),
            };
        }
    };
    let file_id = tovholder_core::FileId(0);
    // The bytes become the text without a copy (a big plan's memory and time).
    match yaml::decode_owned(file_id, bytes, lang) {
        Ok(text) => {
            let file = sources.add(SourceFile::new(name, text));
            let lang = load::message_lang(&sources, file, opts.lang);
            let mut models =
                crate::models::FsModels::new(path, file, opts.allow_outside_root, lang);
            let mut journals =
                crate::journal::FsJournals::new(path, file, opts.allow_outside_root, lang);
            let checked = tovholder_core::check_with_journals(
                &mut sources,
                file,
                opts,
                &mut models,
                &mut journals,
            );
            FileResult {
                path: path.to_path_buf(),
                sources,
                checked,
            }
        }
        Err((d, bytes)) => {
            // Keep the readable prefix so the diagnostic can point into it.
            let text = String::from_utf8_lossy(&bytes[..bytes.len().min(d.span().start as usize)])
                .into_owned();
            sources.add(SourceFile::new(name, text));
            FileResult {
                path: path.to_path_buf(),
                sources,
                checked: failed(vec![d], lang),
            }
        }
    }
}

fn failed(diags: Vec<Diagnostic>, lang: Lang) -> Checked {
    Checked {
        // Nothing was read: no file to point at.
        file: tovholder_core::FileId(0),
        plan: Default::default(),
        diags,
        schedule: None,
        lang,
        follow_up: None,
        journal_files: Vec::new(),
    }
}

/// A configuration file with its own findings, as a result the formats print.
pub fn config_result(c: config::Config, lang: Lang) -> FileResult {
    FileResult {
        path: c.path,
        sources: c.sources,
        checked: failed(c.diags, lang),
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
    let colour = output::colour_stderr();
    let text = format::human::render_file(result, colour);
    if !text.is_empty() {
        output::eprint_report(&text);
    }
}

/// What `compile` and `render` are given about the plan.
pub struct PlanArgs<'a> {
    pub plan: &'a Path,
    pub lang: Option<Lang>,
    pub until: Option<Date>,
    pub config: Option<&'a Path>,
    pub allow_outside_root: bool,
    /// `--as-of` (else `SOURCE_DATE_EPOCH`, else today: see `journal::as_of`).
    pub as_of: Option<Date>,
}

/// The command a [`prologue`] prepares for: the words of its notes.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    Compile,
    Render,
}

/// A plan ready for `compile` or `render`: checked without errors and scheduled.
pub struct Ready {
    pub compiled: tovholder_core::compiled::CompiledPlan,
    /// The language of the command's own words: `--lang`, else the plan's.
    pub lang: Lang,
    /// Where the plan stands as of the as-of date (for `render`'s statusrapport).
    pub status: Option<tovholder_core::status::PlanStatus>,
}

/// What `compile` and `render` do first: apply the plan's configuration, check the
/// plan, and stop — with the findings on stderr and the exit code — when the
/// configuration or the plan has errors or the plan cannot be scheduled; warnings get
/// a note on stderr. Err is the exit code to stop with.
pub fn prologue(args: &PlanArgs, purpose: Purpose) -> Result<Ready, u8> {
    let before = args.lang.unwrap_or(Lang::En);
    let as_of = match crate::journal::as_of(args.as_of) {
        Ok(d) => d,
        Err(msg) => {
            error(&msg, before);
            return Err(exit::FAILURE);
        }
    };
    let base = CheckOptions {
        lang: args.lang,
        until: args.until,
        allow_outside_root: args.allow_outside_root,
        as_of: Some(as_of),
        ..Default::default()
    };
    let (opts, config) = match options_for(args.plan, args.config, &base) {
        Ok(v) => v,
        Err((path, reason)) => {
            let path = path.display().to_string();
            error(&CliMsg::CannotReadConfig { path, reason }, before);
            return Err(exit::FAILURE);
        }
    };
    if let Some(config) = &config
        && config.checked.errors() > 0
    {
        report_to_stderr(config);
        return Err(exit::FINDINGS);
    }
    let path = args.plan.display().to_string();
    let result = match check_file(args.plan, &opts) {
        Ok(r) => r,
        Err(reason) => {
            error(&CliMsg::CannotRead { path, reason }, before);
            return Err(exit::FAILURE);
        }
    };
    let lang = result.checked.lang;
    // Errors in a journal never stop the plan: they are printed and the plan goes on.
    let (errors, warnings) = (result.checked.plan_errors(), result.checked.warnings());
    if errors == 0 && result.checked.errors() > 0 {
        report_to_stderr(&result);
    }
    if errors > 0 {
        report_to_stderr(&result);
        let msg = match purpose {
            Purpose::Compile => CliMsg::NotCompiled {
                path,
                errors,
                warnings,
            },
            Purpose::Render => CliMsg::NotRendered { path, errors },
        };
        error(&msg, lang);
        return Err(exit::FINDINGS);
    }
    let Some(compiled) = result.checked.compiled(&result.sources) else {
        let plan = &result.checked.plan;
        let msg = match purpose {
            Purpose::Render => CliMsg::NothingToRender { path },
            Purpose::Compile if plan.is_model() => CliMsg::IsAModel { path },
            Purpose::Compile if plan.start.is_none() => CliMsg::NoStart { path },
            Purpose::Compile => CliMsg::NotScheduled { path },
        };
        error(&msg, lang);
        return Err(exit::FINDINGS);
    };
    if warnings > 0 {
        let mut rules: Vec<String> = result
            .checked
            .diags
            .iter()
            .filter(|d| d.level == Level::Warning)
            .map(|d| d.rule.name.to_string())
            .collect();
        rules.sort_unstable();
        rules.dedup();
        let line = match purpose {
            Purpose::Compile => CliMsg::CompiledWithWarnings {
                path,
                warnings,
                rules,
            }
            .line(&CliMsg::NotePrefix, lang),
            Purpose::Render => CliMsg::RenderingWithWarnings {
                path,
                warnings,
                rules,
            }
            .line(&CliMsg::WarningPrefix, lang),
        };
        output::enote(&line);
    }
    let status = (purpose == Purpose::Render).then(|| {
        let tolerance = opts.rule_options.goal_off_track_tolerance_percent;
        tovholder_core::status::build(&result.checked, &compiled, as_of, tolerance)
    });
    Ok(Ready {
        compiled,
        lang,
        status,
    })
}
