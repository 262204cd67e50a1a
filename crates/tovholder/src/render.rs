//! `tovholder render` and `tovholder templates export`.
//!
//! Rendering happens in memory first (tovholder-render is pure); only then are files
//! written, so a render error leaves earlier output untouched. Writing is careful:
//! - every file goes to a temporary file in its own folder and is renamed into
//!   place once all of them are written;
//! - nothing is written outside the output folder: every relative path is checked
//!   to be plain (no `..`, no root, no drive), and folders or files that are
//!   symlinks pointing outside the output folder are refused;
//! - nothing is overwritten that tovholder did not generate: the output folder
//!   keeps a manifest (`.tovholder-manifest`) of the files it wrote, and an
//!   existing file not in it — or the plan file itself — stops the render (exit 2)
//!   before anything is written.

use crate::check;
use crate::output;
use crate::{EXIT_FAILURE, EXIT_FINDINGS, EXIT_OK};
use clap::{Args, Subcommand, ValueEnum};
use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use std::path::{Component, Path, PathBuf};
use tovholder_core::model::Date;
use tovholder_core::{CheckOptions, Lang, Level};
use tovholder_render::{Document, OutputFile, RenderOptions, Rings};

/// Name of the manifest of generated files in an output folder.
pub const MANIFEST: &str = ".tovholder-manifest";
/// Largest user template read from `--templates`.
const MAX_TEMPLATE_BYTES: u64 = 1024 * 1024;

#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum RingsArg {
    /// One ring per phase (default).
    Phases,
    /// One ring per role: the occurrences each role is responsible for.
    Roles,
}

#[derive(Args, Debug)]
pub struct RenderArgs {
    /// The plan to render.
    pub plan: PathBuf,
    /// Only these documents (comma-separated): aktivitetsplan, aarshjul, roller, ical.
    #[arg(long, value_delimiter = ',', value_parser = parse_document, value_name = "DOCS")]
    pub only: Vec<Document>,
    /// Output folder. Default: `out/<plan-id>/` under the current folder.
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// Language of the documents (da, en, sv); default: the plan's `language`.
    #[arg(long, value_parser = check::parse_lang)]
    pub lang: Option<Lang>,
    /// Year(s) of the year wheel (repeat or comma-separate); default: every calendar
    /// year the plan touches.
    #[arg(long = "year", value_name = "YYYY", value_delimiter = ',', value_parser = clap::value_parser!(i16).range(1583..=9999))]
    pub years: Vec<i16>,
    /// What the year wheel's rings show: one per phase, or one per role.
    #[arg(long, value_enum, default_value = "phases")]
    pub rings: RingsArg,
    /// A folder with your own templates (from `tovholder templates export`); built-in
    /// templates are used for every file it does not contain.
    #[arg(long, value_name = "DIR")]
    pub templates: Option<PathBuf>,
    /// Last day of the compiled calendar (YYYY-MM-DD), as for `compile`.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub until: Option<Date>,
    /// Use this configuration file instead of the nearest `tovholder.toml`.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Let `uses` paths leave the repository root.
    #[arg(long)]
    pub allow_outside_root: bool,
}

fn parse_document(s: &str) -> Result<Document, String> {
    Document::parse(s).ok_or_else(|| {
        format!("unknown document `{s}`; use aktivitetsplan, aarshjul, roller or ical")
    })
}

fn parse_date(s: &str) -> Result<Date, String> {
    Date::parse(s)
}

#[derive(Args, Debug)]
pub struct TemplatesArgs {
    #[command(subcommand)]
    pub action: TemplatesAction,
}

#[derive(Subcommand, Debug)]
pub enum TemplatesAction {
    /// Write the built-in templates into DIR, to edit and use with `render --templates DIR`.
    Export {
        /// The folder to write into (created if missing).
        dir: PathBuf,
        /// Overwrite files that already exist with other content.
        #[arg(long)]
        force: bool,
    },
}

fn fail(msg: &str) -> u8 {
    output::eprint(&format!("error: {msg}"));
    EXIT_FAILURE
}

pub fn run(args: &RenderArgs) -> u8 {
    let base = CheckOptions {
        lang: args.lang,
        until: args.until,
        allow_outside_root: args.allow_outside_root,
        ..Default::default()
    };
    let (opts, config) = match check::options_for(&args.plan, args.config.as_deref(), &base) {
        Ok(v) => v,
        Err((path, reason)) => {
            return fail(&format!(
                "cannot read the configuration {}: {reason}",
                path.display()
            ));
        }
    };
    if let Some(config) = &config
        && config.checked.errors() > 0
    {
        check::report_to_stderr(config);
        return EXIT_FINDINGS;
    }
    let result = match check::check_file(&args.plan, &opts) {
        Ok(r) => r,
        Err(reason) => {
            return fail(&format!("cannot read {}: {reason}", args.plan.display()));
        }
    };
    let (errors, warnings) = (result.checked.errors(), result.checked.warnings());
    if errors > 0 {
        check::report_to_stderr(&result);
        output::eprint(&format!(
            "error: {} was not rendered: {errors} error{}",
            args.plan.display(),
            if errors == 1 { "" } else { "s" }
        ));
        return EXIT_FINDINGS;
    }
    let Some(compiled) = &result.checked.compiled else {
        output::eprint(&format!(
            "error: {} could not be scheduled (a model, or a plan without `start`), so there is nothing to render; `tovholder compile {}` says why",
            args.plan.display(),
            args.plan.display()
        ));
        return EXIT_FINDINGS;
    };
    if warnings > 0 {
        let mut rules: Vec<&str> = result
            .checked
            .diags
            .iter()
            .filter(|d| d.level == Level::Warning)
            .map(|d| d.rule.name)
            .collect();
        rules.sort_unstable();
        rules.dedup();
        output::eprint(&format!(
            "warning: rendering {} with {warnings} warning{} ({}); `tovholder check {}` shows them",
            args.plan.display(),
            if warnings == 1 { "" } else { "s" },
            rules.join(", "),
            args.plan.display()
        ));
    }
    let templates = match &args.templates {
        Some(dir) => match read_templates(dir) {
            Ok(t) => t,
            Err(e) => return fail(&e),
        },
        None => BTreeMap::new(),
    };
    let timestamp = match source_date_epoch() {
        Ok(t) => t,
        Err(e) => return fail(&e),
    };
    let render_opts = RenderOptions {
        only: args.only.iter().copied().collect::<BTreeSet<_>>(),
        lang: args.lang,
        years: args.years.clone(),
        rings: match args.rings {
            RingsArg::Phases => Rings::Phases,
            RingsArg::Roles => Rings::Roles,
        },
        templates,
        timestamp,
    };
    let files = match tovholder_render::render(compiled, &render_opts) {
        Ok(f) => f,
        Err(e) => return fail(&format!("{} was not rendered: {e}", args.plan.display())),
    };
    let out_dir = args
        .out
        .clone()
        .unwrap_or_else(|| Path::new("out").join(&compiled.id));
    match write_all(&out_dir, &files, &args.plan) {
        Ok(()) => {
            output::print(&format!(
                "rendered {} file{} into {}",
                files.len(),
                if files.len() == 1 { "" } else { "s" },
                out_dir.display()
            ));
            EXIT_OK
        }
        Err(e) => fail(&e),
    }
}

/// `SOURCE_DATE_EPOCH` (reproducible builds): the time stamped into calendars and
/// workbooks. Unset: the plan's start date.
fn source_date_epoch() -> Result<Option<i64>, String> {
    match std::env::var("SOURCE_DATE_EPOCH") {
        Ok(s) => {
            s.trim().parse::<i64>().map(Some).map_err(|_| {
                format!("SOURCE_DATE_EPOCH must be whole seconds since 1970, not `{s}`")
            })
        }
        Err(_) => Ok(None),
    }
}

/// The user's templates: every regular, non-hidden file directly in `dir`.
fn read_templates(dir: &Path) -> Result<BTreeMap<String, String>, String> {
    let entries = std::fs::read_dir(dir)
        .map_err(|e| format!("cannot read the templates folder {}: {e}", dir.display()))?;
    let mut out = BTreeMap::new();
    for entry in entries {
        let entry = entry.map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
        let path = entry.path();
        let Some(name) = path
            .file_name()
            .and_then(|n| n.to_str())
            .map(str::to_string)
        else {
            continue;
        };
        if name.starts_with('.') {
            continue;
        }
        let meta = std::fs::metadata(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        if !meta.is_file() {
            continue;
        }
        if meta.len() > MAX_TEMPLATE_BYTES {
            return Err(format!(
                "template {} is larger than {MAX_TEMPLATE_BYTES} bytes",
                path.display()
            ));
        }
        let text = std::fs::read_to_string(&path)
            .map_err(|e| format!("cannot read template {}: {e}", path.display()))?;
        out.insert(name, text);
    }
    Ok(out)
}

/// A relative path from the renderer as path components, or why it is unsafe.
fn plain_relative(p: &str) -> Result<PathBuf, String> {
    let bad = || format!("refusing to write `{p}`: not a plain relative path");
    if p.is_empty() || p.contains('\\') || p.contains('\0') {
        return Err(bad());
    }
    let mut out = PathBuf::new();
    for c in Path::new(p).components() {
        match c {
            Component::Normal(s) => out.push(s),
            _ => return Err(bad()),
        }
    }
    if out.as_os_str().is_empty() {
        return Err(bad());
    }
    Ok(out)
}

fn read_manifest(dir: &Path) -> Result<BTreeSet<String>, String> {
    match std::fs::read_to_string(dir.join(MANIFEST)) {
        Ok(text) => Ok(text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(str::to_string)
            .collect()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(BTreeSet::new()),
        Err(e) => Err(format!("cannot read {}: {e}", dir.join(MANIFEST).display())),
    }
}

/// Whether `path` (which may not exist) resolves to a place inside `root` (canonical).
fn inside(root: &Path, path: &Path) -> bool {
    match std::fs::canonicalize(path) {
        Ok(c) => c.starts_with(root),
        Err(_) => false,
    }
}

/// Check every target, then write all files atomically and update the manifest.
pub fn write_all(out_dir: &Path, files: &[OutputFile], plan: &Path) -> Result<(), String> {
    std::fs::create_dir_all(out_dir)
        .map_err(|e| format!("cannot create {}: {e}", out_dir.display()))?;
    let root = std::fs::canonicalize(out_dir)
        .map_err(|e| format!("cannot use {}: {e}", out_dir.display()))?;
    let plan_canon = std::fs::canonicalize(plan).ok();
    let manifest = read_manifest(&root)?;
    let manifest_path = root.join(MANIFEST);
    if let Ok(m) = std::fs::symlink_metadata(&manifest_path)
        && !m.is_file()
    {
        return Err(format!(
            "refusing to write {}: it is not a regular file",
            manifest_path.display()
        ));
    }

    // 1. Check every target before touching anything.
    let mut targets: Vec<(PathBuf, &OutputFile)> = Vec::new();
    let mut foreign = Vec::new();
    for f in files {
        let rel = plain_relative(&f.relative_path)?;
        let target = root.join(&rel);
        // Every existing ancestor inside the output folder must resolve inside it.
        let mut dir = target.parent();
        while let Some(d) = dir {
            if d == root {
                break;
            }
            if std::fs::symlink_metadata(d).is_ok() && !inside(&root, d) {
                return Err(format!(
                    "refusing to write {}: {} leads outside the output folder",
                    f.relative_path,
                    d.display()
                ));
            }
            dir = d.parent();
        }
        if let Ok(meta) = std::fs::symlink_metadata(&target) {
            if meta.file_type().is_symlink() && !inside(&root, &target) {
                return Err(format!(
                    "refusing to write {}: it is a symlink that points outside the output folder",
                    target.display()
                ));
            }
            if meta.is_dir() {
                return Err(format!(
                    "refusing to write {}: a folder is in the way",
                    target.display()
                ));
            }
            let same_as_plan = plan_canon
                .as_ref()
                .is_some_and(|p| std::fs::canonicalize(&target).ok().as_ref() == Some(p));
            if same_as_plan {
                return Err(format!(
                    "refusing to overwrite the plan file {}",
                    plan.display()
                ));
            }
            if !manifest.contains(&f.relative_path) {
                foreign.push(target.display().to_string());
            }
        }
        targets.push((target, f));
    }
    if !foreign.is_empty() {
        return Err(format!(
            "refusing to overwrite {} file{} that tovholder did not generate (not listed in {}):\n  {}\nmove {} away or choose another folder with --out",
            foreign.len(),
            if foreign.len() == 1 { "" } else { "s" },
            manifest_path.display(),
            foreign.join("\n  "),
            if foreign.len() == 1 { "it" } else { "them" }
        ));
    }

    // 2. Write every file to a temporary file next to its target.
    let mut written: Vec<(PathBuf, PathBuf)> = Vec::new();
    let cleanup = |written: &[(PathBuf, PathBuf)]| {
        for (tmp, _) in written {
            let _ = std::fs::remove_file(tmp);
        }
    };
    for (target, f) in &targets {
        let result = (|| -> Result<PathBuf, String> {
            let parent = target.parent().unwrap_or(&root);
            std::fs::create_dir_all(parent)
                .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
            if !inside(&root, parent) {
                return Err(format!(
                    "refusing to write {}: its folder leads outside the output folder",
                    target.display()
                ));
            }
            write_temp(parent, target, &f.bytes)
        })();
        match result {
            Ok(tmp) => written.push((tmp, target.clone())),
            Err(e) => {
                cleanup(&written);
                return Err(e);
            }
        }
    }

    // 3. Rename into place, then record what was written.
    let mut all: BTreeSet<String> = manifest
        .into_iter()
        .filter(|p| plain_relative(p).is_ok_and(|r| root.join(r).is_file()))
        .collect();
    for (i, (tmp, target)) in written.iter().enumerate() {
        if let Err(e) = std::fs::rename(tmp, target) {
            cleanup(written.get(i..).unwrap_or(&[]));
            return Err(format!("cannot write {}: {e}", target.display()));
        }
    }
    all.extend(files.iter().map(|f| f.relative_path.clone()));
    let mut text = String::from(
        "# Files generated by `tovholder render`. tovholder overwrites only files listed here.\n",
    );
    for p in &all {
        text.push_str(p);
        text.push('\n');
    }
    let tmp = write_temp(&root, &manifest_path, text.as_bytes())?;
    std::fs::rename(&tmp, &manifest_path).map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        format!("cannot write {}: {e}", manifest_path.display())
    })
}

/// Write bytes to a new temporary file in `dir` (created exclusively, so an
/// existing file or symlink is never followed) and return its path.
fn write_temp(dir: &Path, target: &Path, bytes: &[u8]) -> Result<PathBuf, String> {
    let name = target
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("file");
    for attempt in 0..100u32 {
        let tmp = dir.join(format!(
            ".{name}.tovholder-{}-{attempt}.tmp",
            std::process::id()
        ));
        match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)
        {
            Ok(mut file) => {
                let done = file.write_all(bytes).and_then(|()| file.sync_all());
                return match done {
                    Ok(()) => Ok(tmp),
                    Err(e) => {
                        let _ = std::fs::remove_file(&tmp);
                        Err(format!("cannot write {}: {e}", target.display()))
                    }
                };
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(format!("cannot write {}: {e}", target.display())),
        }
    }
    Err(format!(
        "cannot write {}: no free temporary file name",
        target.display()
    ))
}

/// `tovholder templates export DIR`.
pub fn templates(args: &TemplatesArgs) -> u8 {
    match &args.action {
        TemplatesAction::Export { dir, force } => export(dir, *force),
    }
}

fn export(dir: &Path, force: bool) -> u8 {
    if let Err(e) = std::fs::create_dir_all(dir) {
        return fail(&format!("cannot create {}: {e}", dir.display()));
    }
    let builtin = tovholder_render::builtin_templates();
    let mut clashes = Vec::new();
    for (name, text) in builtin {
        let target = dir.join(name);
        if let Ok(existing) = std::fs::read(&target)
            && existing != text.as_bytes()
            && !force
        {
            clashes.push(target.display().to_string());
        }
    }
    if !clashes.is_empty() {
        return fail(&format!(
            "refusing to overwrite templates you may have edited:\n  {}\nuse --force to replace them",
            clashes.join("\n  ")
        ));
    }
    for (name, text) in builtin {
        let target = dir.join(name);
        let written = write_temp(dir, &target, text.as_bytes()).and_then(|tmp| {
            std::fs::rename(&tmp, &target).map_err(|e| {
                let _ = std::fs::remove_file(&tmp);
                format!("cannot write {}: {e}", target.display())
            })
        });
        if let Err(e) = written {
            return fail(&e);
        }
    }
    output::print(&format!(
        "wrote {} templates into {}; use them with `tovholder render PLAN --templates {}`",
        builtin.len(),
        dir.display(),
        dir.display()
    ));
    EXIT_OK
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_plain_relative_paths() {
        assert!(plain_relative("aktivitetsplan.html").is_ok());
        assert!(plain_relative("roller/leder.md").is_ok());
        for bad in [
            "",
            "/etc/passwd",
            "../x",
            "roller/../../x",
            "a\\b",
            "./",
            ".",
        ] {
            assert!(plain_relative(bad).is_err(), "{bad}");
        }
    }
}
