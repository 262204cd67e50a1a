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
use crate::exit;
use crate::output;
use crate::plan::{self, PlanArgs, Purpose, Ready};
use clap::{Args, Subcommand, ValueEnum};
use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use std::path::{Component, Path, PathBuf};
use tovholder_core::Lang;
use tovholder_core::messages::CliMsg;
use tovholder_core::model::Date;
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
    /// Follow the plan's journal as of this day, YYYY-MM-DD (default: `SOURCE_DATE_EPOCH`, else today in Europe/Copenhagen).
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub as_of: Option<Date>,

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

fn fail(msg: &CliMsg, lang: Lang) -> u8 {
    plan::error(msg, lang);
    exit::FAILURE
}

fn shown(p: &Path) -> String {
    p.display().to_string()
}

pub fn run(args: &RenderArgs) -> u8 {
    let plan_args = PlanArgs {
        plan: &args.plan,
        lang: args.lang,
        until: args.until,
        config: args.config.as_deref(),
        allow_outside_root: args.allow_outside_root,
    };
    let Ready { compiled, lang, .. } = match plan::prologue(&plan_args, Purpose::Render) {
        Ok(ready) => ready,
        Err(code) => return code,
    };
    let templates = match &args.templates {
        Some(dir) => match read_templates(dir, args.allow_outside_root, lang) {
        as_of: args.as_of,
            Ok(t) => t,
            Err(e) => return fail(&e, lang),
        },
        None => BTreeMap::new(),
    };
    let timestamp = match source_date_epoch() {
        Ok(t) => t,
        Err(e) => return fail(&e, lang),
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
    let files = match tovholder_render::render(&compiled, &render_opts) {
        Ok(f) => f,
        Err(e) => {
            let msg = CliMsg::RenderFailed {
                path: shown(&args.plan),
                reason: e.to_string(),
            };
            return fail(&msg, lang);
        }
    };
    // The path policy: the output folder stays inside the repository root it is
    // named in (a committed `out -> ../elsewhere` is refused before anything is made).
    if let Err(e) = crate::paths::check_output_dir(&out_dir) {
        return fail(&e, lang);
    }
    let out_dir = args
        .out
        .clone()
        .unwrap_or_else(|| Path::new("out").join(&compiled.id));
    match write_all(&out_dir, &files, &args.plan) {
        Ok(()) => {
            let msg = CliMsg::Rendered {
                files: files.len(),
                dir: shown(&out_dir),
            };
            output::print(&msg.text(lang));
            exit::OK
        }
        Err(e) => fail(&e, lang),
    }
}

/// `SOURCE_DATE_EPOCH` (reproducible builds): the time stamped into calendars and
/// workbooks. Unset: the plan's start date.
fn source_date_epoch() -> Result<Option<i64>, CliMsg> {
    match std::env::var("SOURCE_DATE_EPOCH") {
        Ok(s) => s
            .trim()
            .parse::<i64>()
            .map(Some)
            .map_err(|_| CliMsg::BadSourceDateEpoch { value: s.clone() }),
        Err(_) => Ok(None),
    }
}

/// The user's templates: every non-hidden file directly in `dir` (folders skipped),
/// read under the path policy (`paths`): inside the folder's repository root unless
/// `allow_outside_root`, never a FIFO, a device or a file of the operating system —
/// such a file stops the render with its reason.
fn read_templates(
    dir: &Path,
    allow_outside_root: bool,
    lang: Lang,
) -> Result<BTreeMap<String, String>, CliMsg> {
    use crate::paths::{Contents, Root};
    let root = Root::of_folder(dir).allowing_outside(allow_outside_root);
    root.confine(dir).map_err(|e| CliMsg::CannotReadTemplates {
        dir: shown(dir),
        reason: e.text(lang),
    })?;
    let entries = std::fs::read_dir(dir).map_err(|e| CliMsg::CannotReadTemplates {
        dir: shown(dir),
        reason: e.to_string(),
    })?;
    let mut out = BTreeMap::new();
    for entry in entries {
        let entry = entry.map_err(|e| CliMsg::CannotRead {
            path: shown(dir),
            reason: e.to_string(),
        })?;
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
        let meta = std::fs::metadata(&path).map_err(|e| CliMsg::PathReason {
            path: shown(&path),
            reason,
        };
        let bytes = match crate::paths::open_for_reading(&path, &root, MAX_TEMPLATE_BYTES) {
            Ok(Contents::Bytes(b)) => b,
            Ok(Contents::TooLarge) => {
                return Err(CliMsg::TemplateTooLarge {
                    path: shown(&path),
                    max: MAX_TEMPLATE_BYTES,
                });
            }
            Err(reason) => return Err(refused(reason.text(lang))),
        };
        let text = String::from_utf8(bytes)
            .map_err(|_| refused("stream did not contain valid UTF-8".to_string()))?;
        if meta.is_dir() {
            continue;
        }
        let refused = |reason: String| CliMsg::CannotReadTemplate {
            path: shown(&path),
            reason: e.to_string(),
        })?;
        out.insert(name, text);
    }
    Ok(out)
}

/// A relative path from the renderer as path components, or why it is unsafe.
fn plain_relative(p: &str) -> Result<PathBuf, CliMsg> {
    let bad = || CliMsg::NotPlainPath {
        path: p.to_string(),
    };
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

fn read_manifest(dir: &Path) -> Result<BTreeSet<String>, CliMsg> {
    match std::fs::read_to_string(dir.join(MANIFEST)) {
        Ok(text) => Ok(text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(str::to_string)
            .collect()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(BTreeSet::new()),
        Err(e) => Err(CliMsg::CannotRead {
            path: shown(&dir.join(MANIFEST)),
            reason: e.to_string(),
        }),
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
pub fn write_all(out_dir: &Path, files: &[OutputFile], plan: &Path) -> Result<(), CliMsg> {
    std::fs::create_dir_all(out_dir).map_err(|e| CliMsg::CannotCreate {
        path: shown(out_dir),
        reason: e.to_string(),
    })?;
    let root = std::fs::canonicalize(out_dir).map_err(|e| CliMsg::CannotUse {
        path: shown(out_dir),
        reason: e.to_string(),
    })?;
    let plan_canon = std::fs::canonicalize(plan).ok();
    let manifest = read_manifest(&root)?;
    let manifest_path = root.join(MANIFEST);
    if let Ok(m) = std::fs::symlink_metadata(&manifest_path)
        && !m.is_file()
    {
        return Err(CliMsg::TargetNotARegularFile {
            path: shown(&manifest_path),
        });
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
                return Err(CliMsg::LeadsOutside {
                    file: f.relative_path.clone(),
                    dir: shown(d),
                });
            }
            dir = d.parent();
        }
        if let Ok(meta) = std::fs::symlink_metadata(&target) {
            if meta.file_type().is_symlink() && !inside(&root, &target) {
                return Err(CliMsg::SymlinkOutside {
                    path: shown(&target),
                });
            }
            if meta.is_dir() {
                return Err(CliMsg::FolderInTheWay {
                    path: shown(&target),
                });
            }
            let same_as_plan = plan_canon
                .as_ref()
                .is_some_and(|p| std::fs::canonicalize(&target).ok().as_ref() == Some(p));
            if same_as_plan {
                return Err(CliMsg::WouldOverwritePlan { path: shown(plan) });
            }
            if !manifest.contains(&f.relative_path) {
                foreign.push(target.display().to_string());
            }
        }
        targets.push((target, f));
    }
    if !foreign.is_empty() {
        return Err(CliMsg::ForeignFiles {
            manifest: shown(&manifest_path),
            paths: foreign,
        });
    }

    // 2. Write every file to a temporary file next to its target.
    let mut written: Vec<(PathBuf, PathBuf)> = Vec::new();
    let cleanup = |written: &[(PathBuf, PathBuf)]| {
        for (tmp, _) in written {
            let _ = std::fs::remove_file(tmp);
        }
    };
    for (target, f) in &targets {
        let result = (|| -> Result<PathBuf, CliMsg> {
            let parent = target.parent().unwrap_or(&root);
            std::fs::create_dir_all(parent).map_err(|e| CliMsg::CannotCreate {
                path: shown(parent),
                reason: e.to_string(),
            })?;
            if !inside(&root, parent) {
                return Err(CliMsg::FolderLeadsOutside {
                    path: shown(target),
                });
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
            return Err(CliMsg::CannotWrite {
                path: shown(target),
                reason: e.to_string(),
            });
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
        CliMsg::CannotWrite {
            path: shown(&manifest_path),
            reason: e.to_string(),
        }
    })
}

/// Write bytes to a new temporary file in `dir` (created exclusively, so an
/// existing file or symlink is never followed) and return its path.
fn write_temp(dir: &Path, target: &Path, bytes: &[u8]) -> Result<PathBuf, CliMsg> {
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
                        Err(CliMsg::CannotWrite {
                            path: shown(target),
                            reason: e.to_string(),
                        })
                    }
                };
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => {
                return Err(CliMsg::CannotWrite {
                    path: shown(target),
                    reason: e.to_string(),
                });
            }
        }
    }
    Err(CliMsg::NoTempName {
        path: shown(target),
    })
}

/// `tovholder templates export DIR`.
pub fn templates(args: &TemplatesArgs) -> u8 {
    match &args.action {
        TemplatesAction::Export { dir, force } => export(dir, *force),
    }
}

fn export(dir: &Path, force: bool) -> u8 {
    // No plan, no `--lang`: the command's words are English.
    let lang = Lang::En;
    // The path policy, as for `render`'s output folder.
    if let Err(e) = crate::paths::check_output_dir(dir) {
        return fail(&e, lang);
    }
    if let Err(e) = std::fs::create_dir_all(dir) {
        let msg = CliMsg::CannotCreate {
            path: shown(dir),
            reason: e.to_string(),
        };
        return fail(&msg, lang);
    }
    let builtin = tovholder_render::builtin_templates();
    let mut clashes = Vec::new();
    for (name, text) in builtin {
        let target = dir.join(name);
        if let Ok(existing) = std::fs::read(&target)
            && existing != text.as_bytes()
            && !force
        {
            clashes.push(shown(&target));
        }
    }
    if !clashes.is_empty() {
        return fail(&CliMsg::TemplateClashes { paths: clashes }, lang);
    }
    for (name, text) in builtin {
        let target = dir.join(name);
        let written = write_temp(dir, &target, text.as_bytes()).and_then(|tmp| {
            std::fs::rename(&tmp, &target).map_err(|e| {
                let _ = std::fs::remove_file(&tmp);
                CliMsg::CannotWrite {
                    path: shown(&target),
                    reason: e.to_string(),
                }
            })
        });
        if let Err(e) = written {
            return fail(&e, lang);
        }
    }
    let msg = CliMsg::TemplatesWritten {
        count: builtin.len(),
        dir: shown(dir),
    };
    output::print(&msg.text(lang));
    exit::OK
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
