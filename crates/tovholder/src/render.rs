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
//!   before anything is written;
//! - writing the folder is a transaction under a lock of the folder: the manifest is
//!   written as a journal before the renames, and the next render completes what a
//!   killed or failed one left (see [`write_all`]).

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
/// Name of the lock file of an output folder where a folder cannot be locked itself
/// (not Unix; see `lock_folder`).
#[cfg(not(unix))]
pub const LOCK: &str = ".tovholder-lock";
/// Largest user template read from `--templates`.
const MAX_TEMPLATE_BYTES: u64 = 1024 * 1024;

#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum RingsArg {
    /// One ring per phase (default).
    Phases,
    /// One ring per role: the occurrences each role is responsible for.
    Roles,
    /// One ring per track (platform, team): its own activities, its paused periods
    /// hatched; and one for the activities in no track.
    Tracks,
}

#[derive(Args, Debug)]
pub struct RenderArgs {
    /// The plan to render.
    pub plan: PathBuf,
    /// Only these documents (comma-separated): aktivitetsplan, aarshjul, roller, ical,
    /// statusrapport (rendered by default only when the plan has a journal).
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
    /// What the year wheel's rings show: one per phase, one per role, or one per track
    /// (plus one for the activities in no track).
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
    /// Follow the plan's journal as of this day, YYYY-MM-DD (default: `SOURCE_DATE_EPOCH`, else today in Europe/Copenhagen).
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub as_of: Option<Date>,
    /// Compare with the approved plan: the plan as it was at this git revision (a tag
    /// such as `godkendt-styregruppe-2027-02`, a commit). The aktivitetsplan gets a
    /// section of the changes and marks moved phases and activities; the årshjul
    /// outlines the approved window of each moved phase.
    #[arg(long, value_name = "REV")]
    pub baseline: Option<String>,
}

fn parse_document(s: &str) -> Result<Document, String> {
    Document::parse(s).ok_or_else(|| {
        format!(
            "unknown document `{s}`; use aktivitetsplan, aarshjul, roller, ical or statusrapport"
        )
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
        as_of: args.as_of,
    };
    let Ready {
        compiled,
        lang,
        status,
    } = match plan::prologue(&plan_args, Purpose::Render) {
        Ok(ready) => ready,
        Err(code) => return code,
    };
    let templates = match &args.templates {
        Some(dir) => match read_templates(dir, args.allow_outside_root, lang) {
            Ok(t) => t,
            Err(e) => return fail(&e, lang),
        },
        None => BTreeMap::new(),
    };
    let timestamp = match source_date_epoch() {
        Ok(t) => t,
        Err(e) => return fail(&e, lang),
    };
    let out_dir = args
        .out
        .clone()
        .unwrap_or_else(|| Path::new("out").join(&compiled.id));
    let only = args.only.iter().copied().collect::<BTreeSet<_>>();
    let calendars = if only.is_empty() || only.contains(&Document::Ical) {
        previous_calendars(&out_dir, lang)
    } else {
        BTreeMap::new()
    };
    let baseline = match &args.baseline {
        Some(rev) => {
            let opts = tovholder_core::CheckOptions {
                until: args.until,
                allow_outside_root: args.allow_outside_root,
                ..Default::default()
            };
            match crate::diff::render_baseline(&args.plan, rev, &opts, lang) {
                Ok(b) => Some(b),
                Err(code) => return code,
            }
        }
        None => None,
    };
    let render_opts = RenderOptions {
        baseline,
        only,
        lang: args.lang,
        years: args.years.clone(),
        rings: match args.rings {
            RingsArg::Phases => Rings::Phases,
            RingsArg::Roles => Rings::Roles,
            RingsArg::Tracks => Rings::Tracks,
        },
        templates,
        timestamp,
        status,
        calendars,
    };
    let files = match tovholder_render::render(&compiled, &render_opts) {
        Ok(f) => f,
        Err(tovholder_render::RenderError::TooLarge { limit }) => {
            let msg = CliMsg::OutputTooLarge {
                path: shown(&args.plan),
                limit_mib: (limit / (1024 * 1024)) as u64,
            };
            return fail(&msg, lang);
        }
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
    match write_all(&out_dir, &files, &args.plan, lang) {
        Ok(()) => {
            let msg = CliMsg::Rendered {
                files: files.len(),
                dir: shown(&out_dir),
            };
            if !output::quiet() {
                output::print(&msg.text(lang));
            }
            exit::OK
        }
        Err(e) => fail(&e, lang),
    }
}

/// The calendars tovholder wrote into `out_dir` last time (those its manifest lists,
/// regular files, not symlinks), read as history for the new ones
/// (`tovholder_render::ical::History`). A calendar that cannot be read (too large, not
/// tovholder's, edited by hand) is left out with a note: its events start again.
fn previous_calendars(
    out_dir: &Path,
    lang: Lang,
) -> BTreeMap<String, tovholder_render::ical::History> {
    use std::io::Read;
    use tovholder_render::ical::{History, MAX_HISTORY_BYTES, is_calendar_name};
    let mut out = BTreeMap::new();
    // Outside the path policy nothing is read (the render stops there anyway).
    if crate::paths::check_output_dir(out_dir).is_err() || !out_dir.is_dir() {
        return out;
    }
    let Ok(manifest) = read_manifest(out_dir) else {
        return out;
    };
    for name in manifest.files.iter().filter(|n| is_calendar_name(n)) {
        let path = out_dir.join(name);
        if !std::fs::symlink_metadata(&path).is_ok_and(|m| m.is_file()) {
            continue;
        }
        let mut text = String::new();
        let read = std::fs::File::open(&path)
            .and_then(|f| f.take(MAX_HISTORY_BYTES + 1).read_to_string(&mut text));
        let parsed = match read {
            Ok(_) => History::parse(&text),
            Err(e) => Err(e.to_string()),
        };
        match parsed {
            Ok(h) => {
                out.insert(name.clone(), h);
            }
            Err(reason) => {
                let note = CliMsg::CalendarHistoryIgnored {
                    path: shown(&path),
                    reason,
                };
                if !output::quiet() {
                    output::enote(&note.line(&CliMsg::NotePrefix, lang));
                }
            }
        }
    }
    out
}

/// `SOURCE_DATE_EPOCH` (reproducible builds): the time stamped into calendars and
/// workbooks. Unset: the plan's start date.
fn source_date_epoch() -> Result<Option<i64>, CliMsg> {
    /// 9999-12-31T23:59:59Z: the last second a calendar's `DTSTAMP` can write.
    const MAX_EPOCH: i64 = 253_402_300_799;
    match std::env::var("SOURCE_DATE_EPOCH") {
        Ok(s) => match s.trim().parse::<i64>() {
            Ok(t) if (0..=MAX_EPOCH).contains(&t) => Ok(Some(t)),
            Ok(_) => Err(CliMsg::SourceDateEpochOutOfRange {
                value: s.trim().to_string(),
                max: MAX_EPOCH,
            }),
            Err(_) => Err(CliMsg::BadSourceDateEpoch { value: s.clone() }),
        },
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
            reason: e.to_string(),
        })?;
        if meta.is_dir() {
            continue;
        }
        let refused = |reason: String| CliMsg::CannotReadTemplate {
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

/// The manifest: the generated files, and — while a render is renaming files into
/// place — its journal: the temporary file and target of every rename it is about to
/// make (`#rename<TAB>tmp<TAB>target`, on lines that start with `#` so that older
/// versions of tovholder read them as comments).
#[derive(Debug, Default, PartialEq, Eq)]
struct Manifest {
    files: BTreeSet<String>,
    pending: Vec<(String, String)>,
}

const MANIFEST_HEADER: &str =
    "# Files generated by `tovholder render`. tovholder overwrites only files listed here.\n";
const JOURNAL_HEADER: &str =
    "# A render is renaming these files into place; the next render completes it.\n";
const RENAME: &str = "#rename\t";

fn parse_manifest(text: &str) -> Manifest {
    let mut m = Manifest::default();
    for line in text.lines() {
        if let Some(rest) = line.strip_prefix(RENAME) {
            if let Some((tmp, target)) = rest.split_once('\t') {
                m.pending.push((tmp.to_string(), target.to_string()));
            }
            continue;
        }
        let line = line.trim();
        if !line.is_empty() && !line.starts_with('#') {
            m.files.insert(line.to_string());
        }
    }
    m
}

fn manifest_text(m: &Manifest) -> String {
    let mut text = String::from(MANIFEST_HEADER);
    for p in &m.files {
        text.push_str(p);
        text.push('\n');
    }
    if !m.pending.is_empty() {
        text.push_str(JOURNAL_HEADER);
        for (tmp, target) in &m.pending {
            text.push_str(RENAME);
            text.push_str(tmp);
            text.push('\t');
            text.push_str(target);
            text.push('\n');
        }
    }
    text
}

fn read_manifest(dir: &Path) -> Result<Manifest, CliMsg> {
    let path = dir.join(MANIFEST);
    if let Ok(m) = std::fs::symlink_metadata(&path)
        && !m.is_file()
    {
        return Err(CliMsg::TargetNotARegularFile { path: shown(&path) });
    }
    match std::fs::read_to_string(&path) {
        Ok(text) => Ok(parse_manifest(&text)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Manifest::default()),
        Err(e) => Err(CliMsg::CannotRead {
            path: shown(&path),
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

/// Whether a file name is one of tovholder's temporary files:
/// `.<name>.tovholder-<pid>-<n>.tmp` (see [`write_temp`]).
fn is_own_temp(name: &str) -> bool {
    let Some(rest) = name.strip_prefix('.').and_then(|n| n.strip_suffix(".tmp")) else {
        return false;
    };
    let Some((stem, tail)) = rest.rsplit_once(".tovholder-") else {
        return false;
    };
    let Some((pid, n)) = tail.split_once('-') else {
        return false;
    };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    !stem.is_empty() && digits(pid) && digits(n)
}

/// The test hook `TOVHOLDER_FAULT=<step>:<fail|full|stop>`: the `<step>`-th step of
/// writing the output folder (counted from 1: each temporary file, each rename, each
/// write of the manifest) fails as if the disk failed (`fail`), fails as if the disk
/// were full (`full`), or stops the process before the step until it is killed
/// (`stop`). Unset (as always outside tests), every step just runs.
#[derive(Debug, Default)]
pub(crate) struct Steps {
    fault: Option<(u32, Fault)>,
    done: std::cell::Cell<u32>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Fault {
    Fail,
    Full,
    Stop,
}

impl Steps {
    fn from_env() -> Steps {
        let fault = std::env::var("TOVHOLDER_FAULT").ok().and_then(|v| {
            let (n, what) = v.split_once(':')?;
            let n = n.trim().parse::<u32>().ok()?;
            let what = match what.trim() {
                "fail" => Fault::Fail,
                "full" => Fault::Full,
                "stop" => Fault::Stop,
                _ => return None,
            };
            Some((n, what))
        });
        Steps {
            fault,
            done: std::cell::Cell::new(0),
        }
    }

    /// One step: the injected failure if this is the step named by the hook.
    fn step(&self) -> std::io::Result<()> {
        let n = self.done.get() + 1;
        self.done.set(n);
        match self.fault {
            Some((at, Fault::Fail)) if at == n => Err(std::io::Error::other(format!(
                "input/output error (TOVHOLDER_FAULT at step {n})"
            ))),
            Some((at, Fault::Full)) if at == n => Err(std::io::Error::new(
                std::io::ErrorKind::StorageFull,
                format!("no space left on device (TOVHOLDER_FAULT at step {n})"),
            )),
            Some((at, Fault::Stop)) if at == n => {
                let mut err = std::io::stderr();
                let _ = writeln!(err, "TOVHOLDER_FAULT: stopped before step {n}");
                let _ = err.flush();
                loop {
                    std::thread::sleep(std::time::Duration::from_secs(3600));
                }
            }
            _ => Ok(()),
        }
    }
}

/// How long a render waits for another render of the same folder: 30 s, or
/// `TOVHOLDER_LOCK_WAIT` seconds.
fn lock_wait() -> Result<std::time::Duration, CliMsg> {
    match std::env::var("TOVHOLDER_LOCK_WAIT") {
        Ok(v) => v
            .trim()
            .parse::<u64>()
            .map(std::time::Duration::from_secs)
            .map_err(|_| CliMsg::BadLockWait { value: v.clone() }),
        Err(_) => Ok(std::time::Duration::from_secs(30)),
    }
}

/// The output folder's lock: an exclusive lock of the operating system (`flock`) on the
/// folder itself (elsewhere than Unix, on the file `.tovholder-lock` in it, with
/// `LockFileEx`), held for as long as the returned file is open — so the lock of a
/// killed process dies with it and never wedges the folder.
fn lock_folder(root: &Path) -> Result<std::fs::File, CliMsg> {
    #[cfg(unix)]
    let path = root.to_path_buf();
    #[cfg(unix)]
    let file = std::fs::File::open(&path);
    #[cfg(not(unix))]
    let path = root.join(LOCK);
    #[cfg(not(unix))]
    let file = {
        if let Ok(m) = std::fs::symlink_metadata(&path)
            && !m.is_file()
        {
            return Err(CliMsg::TargetNotARegularFile { path: shown(&path) });
        }
        std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&path)
    };
    let file = file.map_err(|e| CliMsg::CannotUse {
        path: shown(&path),
        reason: e.to_string(),
    })?;
    let wait = lock_wait()?;
    let start = std::time::Instant::now();
    loop {
        match file.try_lock() {
            Ok(()) => return Ok(file),
            Err(std::fs::TryLockError::WouldBlock) if start.elapsed() < wait => {
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
            Err(std::fs::TryLockError::WouldBlock) => {
                return Err(CliMsg::FolderBusy {
                    dir: shown(root),
                    seconds: wait.as_secs(),
                });
            }
            Err(std::fs::TryLockError::Error(e)) => {
                return Err(CliMsg::CannotUse {
                    path: shown(&path),
                    reason: e.to_string(),
                });
            }
        }
    }
}

/// Make a folder's renames durable (Unix; elsewhere a rename is as durable as it gets).
fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}

/// Why `target` (inside `root`) may not be written: a folder on the way or the file
/// itself leads outside, it is a folder, or it is the plan.
fn refuse_target(
    root: &Path,
    target: &Path,
    relative: &str,
    plan: &Path,
    plan_canon: Option<&PathBuf>,
) -> Result<bool, CliMsg> {
    // Every existing ancestor inside the output folder must resolve inside it.
    let mut dir = target.parent();
    while let Some(d) = dir {
        if d == root {
            break;
        }
        if std::fs::symlink_metadata(d).is_ok() && !inside(root, d) {
            return Err(CliMsg::LeadsOutside {
                file: relative.to_string(),
                dir: shown(d),
            });
        }
        dir = d.parent();
    }
    let Ok(meta) = std::fs::symlink_metadata(target) else {
        return Ok(false);
    };
    if meta.file_type().is_symlink() && !inside(root, target) {
        return Err(CliMsg::SymlinkOutside {
            path: shown(target),
        });
    }
    if meta.is_dir() {
        return Err(CliMsg::FolderInTheWay {
            path: shown(target),
        });
    }
    let same_as_plan =
        plan_canon.is_some_and(|p| std::fs::canonicalize(target).ok().as_ref() == Some(p));
    if same_as_plan {
        return Err(CliMsg::WouldOverwritePlan { path: shown(plan) });
    }
    Ok(true)
}

/// Write the manifest (temporary file, then rename): two steps.
fn write_manifest(root: &Path, m: &Manifest, steps: &Steps) -> Result<(), CliMsg> {
    let path = root.join(MANIFEST);
    let tmp = write_temp(root, &path, manifest_text(m).as_bytes(), steps)?;
    steps
        .step()
        .and_then(|()| std::fs::rename(&tmp, &path))
        .map_err(|e| {
            let _ = std::fs::remove_file(&tmp);
            CliMsg::CannotWrite {
                path: shown(&path),
                reason: e.to_string(),
            }
        })?;
    sync_dir(root);
    Ok(())
}

/// Bring the folder back to a committed state after a render that was killed or
/// failed: complete the renames its journal lists (their temporary files were
/// written in full before the journal was), then remove every other temporary file
/// of tovholder's in the folders it writes. Returns the manifest, now without a journal.
fn recover(
    root: &Path,
    files: &[OutputFile],
    plan: &Path,
    plan_canon: Option<&PathBuf>,
    steps: &Steps,
    lang: Lang,
) -> Result<Manifest, CliMsg> {
    let mut manifest = read_manifest(root)?;
    let mut completed = 0;
    for (tmp, target) in std::mem::take(&mut manifest.pending) {
        let (Ok(tmp_rel), Ok(target_rel)) = (plain_relative(&tmp), plain_relative(&target)) else {
            continue;
        };
        let own = tmp_rel
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(is_own_temp);
        if !own || tmp_rel.parent() != target_rel.parent() || !manifest.files.contains(&target) {
            continue;
        }
        let (tmp_path, target_path) = (root.join(&tmp_rel), root.join(&target_rel));
        let is_file = std::fs::symlink_metadata(&tmp_path).is_ok_and(|m| m.is_file());
        if !is_file || !inside(root, tmp_path.parent().unwrap_or(root)) {
            continue;
        }
        if refuse_target(root, &target_path, &target, plan, plan_canon).is_err() {
            continue;
        }
        steps
            .step()
            .and_then(|()| std::fs::rename(&tmp_path, &target_path))
            .map_err(|e| CliMsg::CannotWrite {
                path: shown(&target_path),
                reason: e.to_string(),
            })?;
        completed += 1;
    }

    // Orphaned temporary files: in the folder and in every folder it writes into.
    let mut dirs: BTreeSet<PathBuf> = BTreeSet::new();
    dirs.insert(root.to_path_buf());
    let names = manifest
        .files
        .iter()
        .map(String::as_str)
        .chain(files.iter().map(|f| f.relative_path.as_str()));
    for rel in names {
        if let Ok(r) = plain_relative(rel)
            && let Some(parent) = root.join(r).parent()
            && inside(root, parent)
        {
            dirs.insert(parent.to_path_buf());
        }
    }
    let mut removed = 0;
    for dir in &dirs {
        let Ok(entries) = std::fs::read_dir(dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let own = entry.file_name().to_str().is_some_and(is_own_temp);
            let is_file = entry.file_type().is_ok_and(|t| t.is_file());
            if own && is_file {
                steps
                    .step()
                    .and_then(|()| std::fs::remove_file(entry.path()))
                    .map_err(|e| CliMsg::CannotWriteIn {
                        dir: shown(dir),
                        reason: e.to_string(),
                    })?;
                removed += 1;
            }
        }
    }
    if completed > 0 || removed > 0 {
        let note = CliMsg::RecoveredRender {
            dir: shown(root),
            completed,
            removed,
        };
        output::enote(&note.line(&CliMsg::NotePrefix, lang));
    }
    Ok(manifest)
}

/// Write every file into `out_dir` as one transaction:
/// 1. lock the folder (`.tovholder-lock`; a second render waits, then fails clearly);
/// 2. complete or clean up what an interrupted render left ([`recover`]);
/// 3. check every target (no file tovholder did not write, nothing outside);
/// 4. write every file to a temporary file beside its target (synced);
/// 5. write the new manifest with the journal of the renames to come;
/// 6. rename every temporary file into place;
/// 7. write the manifest without the journal.
///
/// A crash before 5 leaves the old files and some temporary files (removed by the
/// next render); a crash after 5 leaves a journal that the next render completes.
pub fn write_all(
    out_dir: &Path,
    files: &[OutputFile],
    plan: &Path,
    lang: Lang,
) -> Result<(), CliMsg> {
    let steps = Steps::from_env();
    std::fs::create_dir_all(out_dir).map_err(|e| CliMsg::CannotCreate {
        path: shown(out_dir),
        reason: e.to_string(),
    })?;
    let root = std::fs::canonicalize(out_dir).map_err(|e| CliMsg::CannotUse {
        path: shown(out_dir),
        reason: e.to_string(),
    })?;
    let _lock = lock_folder(&root)?;
    let plan_canon = std::fs::canonicalize(plan).ok();
    let manifest = recover(&root, files, plan, plan_canon.as_ref(), &steps, lang)?;
    let manifest_path = root.join(MANIFEST);

    // Check every target before touching anything.
    let mut targets: Vec<(PathBuf, &OutputFile)> = Vec::new();
    let mut foreign = Vec::new();
    for f in files {
        let rel = plain_relative(&f.relative_path)?;
        if f.relative_path.contains(['\t', '\n', '\r']) {
            return Err(CliMsg::NotPlainPath {
                path: f.relative_path.clone(),
            });
        }
        let target = root.join(&rel);
        let exists = refuse_target(&root, &target, &f.relative_path, plan, plan_canon.as_ref())?;
        if exists && !manifest.files.contains(&f.relative_path) {
            foreign.push(target.display().to_string());
        }
        targets.push((target, f));
    }
    if !foreign.is_empty() {
        return Err(CliMsg::ForeignFiles {
            manifest: shown(&manifest_path),
            paths: foreign,
        });
    }

    // Write every file to a temporary file next to its target.
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
            write_temp(parent, target, &f.bytes, &steps)
        })();
        match result {
            Ok(tmp) => written.push((tmp, target.clone())),
            Err(e) => {
                cleanup(&written);
                return Err(e);
            }
        }
    }

    // The journal: the new manifest, with every rename about to be made.
    let relative = |p: &Path| -> String {
        p.strip_prefix(&root)
            .map(|r| r.to_string_lossy().replace('\\', "/"))
            .unwrap_or_default()
    };
    let mut next = Manifest {
        files: manifest
            .files
            .into_iter()
            .filter(|p| plain_relative(p).is_ok_and(|r| root.join(r).is_file()))
            .collect(),
        pending: Vec::new(),
    };
    next.files
        .extend(files.iter().map(|f| f.relative_path.clone()));
    next.pending = written
        .iter()
        .map(|(tmp, target)| (relative(tmp), relative(target)))
        .collect();
    if let Err(e) = write_manifest(&root, &next, &steps) {
        cleanup(&written);
        return Err(e);
    }

    // Rename into place.
    for (i, (tmp, target)) in written.iter().enumerate() {
        if let Err(e) = steps.step().and_then(|()| std::fs::rename(tmp, target)) {
            // The renames left undone are dropped with their temporary files; the
            // manifest is committed (if that fails too, the next render completes it).
            cleanup(written.get(i..).unwrap_or(&[]));
            next.pending.clear();
            let _ = write_manifest(&root, &next, &steps);
            return Err(CliMsg::CannotWrite {
                path: shown(target),
                reason: e.to_string(),
            });
        }
    }
    for dir in written
        .iter()
        .filter_map(|(_, t)| t.parent())
        .collect::<BTreeSet<_>>()
    {
        sync_dir(dir);
    }

    // Commit: the manifest without the journal.
    next.pending.clear();
    write_manifest(&root, &next, &steps)
}

/// Write bytes to a new temporary file in `dir` (created exclusively, so an
/// existing file or symlink is never followed), synced to disk, and return its path.
/// Its name is `.<name>.tovholder-<pid>-<n>.tmp` ([`is_own_temp`]).
fn write_temp(dir: &Path, target: &Path, bytes: &[u8], steps: &Steps) -> Result<PathBuf, CliMsg> {
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
                // The step comes half-way through the file: a kill there leaves a
                // half-written temporary file, as a real crash would.
                let (first, rest) = bytes.split_at(bytes.len() / 2);
                let done = file
                    .write_all(first)
                    .and_then(|()| steps.step())
                    .and_then(|()| file.write_all(rest))
                    .and_then(|()| file.sync_all());
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
        let written =
            write_temp(dir, &target, text.as_bytes(), &Steps::default()).and_then(|tmp| {
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
