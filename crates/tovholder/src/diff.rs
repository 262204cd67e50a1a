//! `tovholder diff OLD NEW`: what changed between two versions of a plan, in the
//! plan's own terms (see `tovholder_core::diff`).
//!
//! OLD and NEW are plan files or git revisions `REV:PATH` (`--rev REV PLAN`: the plan
//! at REV against the working tree). Git is read through the `git` program — `git
//! rev-parse` for the commit, `git ls-tree` for the file's mode (a symlink or a
//! submodule is refused), `git cat-file` for its text, at most the plan size limit —
//! with every path confined to the repository; the models a plan `uses` are read at
//! the same commit ([`GitModels`]). `--git-external` is git's external diff interface
//! (`diff.tovholder.command`) and `--textconv` prints one version in plan terms (for
//! `diff.tovholder.textconv`, which `git log -p` uses too).
//!
//! Exit codes: 0 no difference, 1 a difference, 2 an error (`--git-external` exits 0
//! on a difference, as git requires of an external diff).

// The errors here are messages (`DiffMsg`, up to 144 bytes), built at most once per
// run and printed; boxing them would buy nothing on this path.
#![allow(clippy::result_large_err)]

use crate::exit;
use crate::files;
use crate::format::FileResult;
use crate::output;
use crate::plan;
use clap::{Args, ValueEnum};
use std::collections::HashMap;
use std::io::Read;
use std::path::{Component, Path, PathBuf};
use std::process::{Command, Stdio};
use tovholder_core::diff::{self, Change, DiffReport, Version};
use tovholder_core::merge::{self, ModelSource};
use tovholder_core::messages::{DiffMsg, diff::value_text};
use tovholder_core::model::Plan;
use tovholder_core::section::SectionKind;
use tovholder_core::yaml;
use tovholder_core::{CheckOptions, Checked, FileId, Lang, Level, SourceFile, SourceMap, load};

#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum DiffFormat {
    /// For the terminal, in the plan's language.
    Human,
    /// For a pull-request comment: a short summary, the details in `<details>`.
    Markdown,
    /// Data (`schemas/diff.schema.json`; with `--model`, `schemas/model-diff.schema.json`).
    Json,
}

#[derive(Args, Debug)]
pub struct DiffArgs {
    /// The old version: a plan file or a git revision `REV:PATH` (`HEAD~3:plan.yaml`).
    #[arg(required_unless_present_any = ["schema", "git_external", "textconv"])]
    pub old: Option<String>,
    /// The new version: a plan file or `REV:PATH`.
    pub new: Option<String>,
    /// Compare the plan at this git revision (a commit, a tag, `HEAD~3`) with the
    /// working tree: `diff --rev REV PLAN`.
    #[arg(long, value_name = "REV")]
    pub rev: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value = "human")]
    pub format: DiffFormat,
    /// Language of the output (da, en, sv); default: the new plan's `language`, else English.
    #[arg(long, value_parser = crate::check::parse_lang)]
    pub lang: Option<Lang>,
    /// Let `uses` paths of plan files leave the repository root (never for revisions).
    #[arg(long)]
    pub allow_outside_root: bool,
    /// OLD and NEW are two versions of a model: show, for every plan under `--plans`
    /// that uses it, what the new version changes and which overrides break.
    #[arg(long, requires = "plans")]
    pub model: bool,
    /// With `--model`: the folder of plans (searched as `check` searches folders).
    #[arg(long, value_name = "DIR", requires = "model")]
    pub plans: Option<PathBuf>,
    /// Print the JSON Schema of `--format json` and exit: of a plan diff
    /// (`--schema`, `--schema plan`) or of a model diff (`--schema model`).
    #[arg(long, value_enum, num_args = 0..=1, default_missing_value = "plan", value_name = "WHICH")]
    pub schema: Option<SchemaKind>,
    /// Git's external diff interface (`diff.tovholder.command`): git appends PATH
    /// OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE.
    #[arg(long, num_args = 7, value_name = "ARG", allow_hyphen_values = true)]
    pub git_external: Option<Vec<String>>,
    /// Print one version in plan terms, a fact a line (`diff.tovholder.textconv`).
    #[arg(long, value_name = "FILE", conflicts_with_all = ["old", "new", "rev", "git_external"])]
    pub textconv: Option<PathBuf>,
}

/// Which JSON Schema `--schema` prints.
#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum SchemaKind {
    /// `tovholder diff OLD NEW --format json` (`schemas/diff.schema.json`).
    Plan,
    /// `tovholder diff --model OLD NEW --plans DIR --format json`
    /// (`schemas/model-diff.schema.json`).
    Model,
}

/// Where a version of the plan comes from.
#[derive(Clone, Debug)]
enum Source {
    File {
        /// The file to read.
        read: PathBuf,
        /// Where `uses` paths and the configuration are found from (the file itself,
        /// or for git's temporary files the plan's place in the working tree).
        place: PathBuf,
    },
    Git {
        git: Git,
        commit: String,
        /// Root-relative, `/`-separated.
        path: String,
    },
    /// No file (`/dev/null` from git: the plan was added or deleted).
    Empty,
}

/// One version checked: the plan merged with its model, and the model.
struct Side {
    result: FileResult,
    model: Option<Plan>,
    /// The plan as written (not merged).
    written: Plan,
}

pub fn run(args: &DiffArgs) -> u8 {
    let before = args.lang.unwrap_or(Lang::En);
    match args.schema {
        Some(SchemaKind::Plan) => {
            output::print(&diff::diff_schema_json());
            return exit::OK;
        }
        Some(SchemaKind::Model) => {
            output::print(&diff::model_diff_schema_json());
            return exit::OK;
        }
        None => {}
    }
    if let Some(file) = &args.textconv {
        return textconv(file, args);
    }
    if args.model {
        return crate::diff::model_upgrade(args, before);
    }
    let (old_label, old, new_label, new) = match sources(args, before) {
        Ok(v) => v,
        Err(msg) => {
            error(&msg, before);
            return exit::FAILURE;
        }
    };
    let opts = CheckOptions {
        lang: args.lang,
        allow_outside_root: args.allow_outside_root,
        ..Default::default()
    };
    let new_side = match check_side(&new, &new_label, &opts, before) {
        Ok(s) => s,
        Err(code) => return code,
    };
    // Both versions in one language: `--lang`, else the new plan's.
    let lang = args
        .lang
        .or_else(|| new_side.result.checked.plan.lang())
        .unwrap_or(before);
    let opts = CheckOptions {
        lang: Some(lang),
        ..opts
    };
    let new_side = match args.lang {
        Some(_) => new_side,
        None => match check_side(&new, &new_label, &opts, before) {
            Ok(s) => s,
            Err(code) => return code,
        },
    };
    let old_side = match check_side(&old, &old_label, &opts, lang) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let d = diff::diff(
        &Version {
            checked: &old_side.result.checked,
            model: old_side.model.as_ref(),
        },
        &Version {
            checked: &new_side.result.checked,
            model: new_side.model.as_ref(),
        },
    );
    let different = !d.is_empty();
    let report = DiffReport::new(old_label, new_label, lang, d);
    let text = match args.format {
        DiffFormat::Human => human(&report),
        DiffFormat::Markdown => markdown(&report),
        DiffFormat::Json => serde_json::to_string_pretty(&report).unwrap_or_default(),
    };
    output::print(&tovholder_core::report::terminal_lines(&text));
    match (different, args.git_external.is_some()) {
        (true, false) => exit::FINDINGS,
        _ => exit::OK,
    }
}

fn error(msg: &DiffMsg, lang: Lang) {
    let prefix = tovholder_core::messages::CliMsg::ErrorPrefix.text(lang);
    output::eprint(&format!("{prefix}: {}", msg.text(lang)));
}

/// The two versions and their labels, from the command line.
fn sources(args: &DiffArgs, lang: Lang) -> Result<(String, Source, String, Source), DiffMsg> {
    if let Some(ext) = &args.git_external {
        let [path, old_file, old_hex, _, new_file, new_hex, _] = ext.as_slice() else {
            return Err(DiffMsg::NotAPlanOrRevision { arg: ext.join(" ") });
        };
        let git = Git::discover(Path::new("."), lang)?;
        let place = git.root.join(path);
        let side = |file: &str| {
            if file == "/dev/null" {
                Source::Empty
            } else {
                Source::File {
                    read: PathBuf::from(file),
                    place: place.clone(),
                }
            }
        };
        let short = |hex: &str| hex.get(..7).unwrap_or(hex).to_string();
        let label = |side: &str, hex: &str| {
            if hex.chars().all(|c| c == '0' || c == '.') {
                format!("{side}/{path}")
            } else {
                format!("{side}/{path} ({})", short(hex))
            }
        };
        return Ok((
            label("a", old_hex),
            side(old_file),
            label("b", new_hex),
            side(new_file),
        ));
    }
    let Some(first) = &args.old else {
        return Err(DiffMsg::NotAPlanOrRevision { arg: String::new() });
    };
    if let Some(rev) = &args.rev {
        if let Some(extra) = &args.new {
            return Err(DiffMsg::NotAPlanOrRevision { arg: extra.clone() });
        }
        let plan = PathBuf::from(first);
        let dir = plan
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let git = Git::discover(dir, lang)?;
        let path = git.relative(&plan)?;
        let commit = git.commit(rev)?;
        let old = Source::Git { git, commit, path };
        let new = Source::File {
            read: plan.clone(),
            place: plan,
        };
        return Ok((format!("{rev}:{first}"), old, first.clone(), new));
    }
    let Some(second) = &args.new else {
        return Err(DiffMsg::NotAPlanOrRevision { arg: String::new() });
    };
    Ok((
        first.clone(),
        parse_source(first, lang)?,
        second.clone(),
        parse_source(second, lang)?,
    ))
}

/// A file when it exists, else `REV:PATH`.
fn parse_source(arg: &str, lang: Lang) -> Result<Source, DiffMsg> {
    if Path::new(arg).exists() {
        return Ok(Source::File {
            read: PathBuf::from(arg),
            place: PathBuf::from(arg),
        });
    }
    let Some((rev, path)) = arg
        .split_once(':')
        .filter(|(r, p)| !r.is_empty() && !p.is_empty())
    else {
        return Err(DiffMsg::NotAPlanOrRevision { arg: arg.into() });
    };
    let git = Git::discover(Path::new("."), lang)?;
    // As git reads `REV:PATH`: from the repository's top, or from the current folder
    // when the path starts with `./` or `../`.
    let joined = if path.starts_with("./") || path.starts_with("../") {
        format!("{}{path}", git.prefix)
    } else {
        path.to_string()
    };
    let path = confine(&joined).ok_or(DiffMsg::OutsideRepository { path: path.into() })?;
    let commit = git.commit(rev)?;
    Ok(Source::Git { git, commit, path })
}

/// `a/./b/../c` → `a/c`; `None` when the path is absolute or climbs out of the top.
fn confine(path: &str) -> Option<String> {
    let mut out: Vec<&str> = Vec::new();
    if path.starts_with('/') || path.contains('\\') || path.contains('\0') {
        return None;
    }
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                out.pop()?;
            }
            p => out.push(p),
        }
    }
    (!out.is_empty()).then(|| out.join("/"))
}

/// Check one version: read it, merge its model, schedule it, run the rules.
fn check_side(source: &Source, label: &str, opts: &CheckOptions, lang: Lang) -> Result<Side, u8> {
    let text = match read(source, lang) {
        Ok(Some(t)) => t,
        Ok(None) => {
            let checked = empty_checked(lang);
            let result = FileResult {
                path: PathBuf::from(label),
                sources: SourceMap::new(),
                checked,
            };
            return Ok(Side {
                result,
                model: None,
                written: Plan::default(),
            });
        }
        Err(msg) => {
            error(&msg, lang);
            return Err(exit::FAILURE);
        }
    };
    let mut opts = opts.clone();
    if let Source::File { place, .. } = source
        && let Ok((with_config, _)) = plan::options_for(place, None, &opts)
    {
        opts = with_config;
    }
    let allow = opts.allow_outside_root;
    let make = || -> Box<dyn ModelSource> {
        match source {
            Source::Git { git, commit, path } => Box::new(GitModels::new(
                git.clone(),
                commit.clone(),
                path.clone(),
                lang,
            )),
            Source::File { place, .. } => {
                Box::new(crate::models::FsModels::new(place, FileId(0), allow, lang))
            }
            Source::Empty => Box::new(merge::NoModels),
        }
    };
    check_text(label, text, &opts, lang, &make)
}

/// Check a plan's text, its models loaded through what `make` gives (once for the
/// merged plan, once for the resolved model on its own).
fn check_text(
    label: &str,
    text: String,
    opts: &CheckOptions,
    lang: Lang,
    make: &dyn Fn() -> Box<dyn ModelSource>,
) -> Result<Side, u8> {
    let mut sources = SourceMap::new();
    let file = sources.add(SourceFile::new(label, text));
    let msg_lang = load::message_lang(&sources, file, opts.lang);
    let loaded = load::load(&sources, file, Some(msg_lang));
    let parsed = loaded.parsed;
    let written = loaded.plan.clone();
    let model = {
        let mut tmp = sources.clone();
        let mut models = make();
        merge::resolve(&mut tmp, file, loaded.plan, models.as_mut(), msg_lang).model
    };
    let mut models = make();
    let checked = tovholder_core::check_with_models(&mut sources, file, opts, models.as_mut());
    let result = FileResult {
        path: PathBuf::from(label),
        sources,
        checked,
    };
    if !parsed {
        plan::report_to_stderr(&result);
        error(&DiffMsg::NotParsed { path: label.into() }, lang);
        return Err(exit::FAILURE);
    }
    Ok(Side {
        result,
        model,
        written,
    })
}

fn empty_checked(lang: Lang) -> Checked {
    Checked {
        file: FileId(0),
        plan: Plan::default(),
        diags: Vec::new(),
        schedule: None,
        lang,
        follow_up: None,
        journal_files: Vec::new(),
    }
}

/// A plan at a git revision, checked (merged with its models read at the same commit):
/// the approved version for `check --baseline REV` and `render --baseline REV`.
pub(crate) struct AtRevision {
    /// The revision as named (`godkendt-2027-02`).
    pub rev: String,
    /// The commit's date, `YYYY-MM-DD` (`git show -s --format=%cs`).
    pub date: String,
    pub sources: SourceMap,
    pub checked: Checked,
    /// The resolved model the plan uses at that commit.
    pub model: Option<Plan>,
}

/// `plan` (a working-tree file) as it was at `rev`, through the same git code as
/// `diff --rev` (a revision starting with `-` refused, the path confined to the
/// repository, the blob a regular file of at most the plan size limit). `Ok(None)`:
/// the plan did not exist at `rev`. Errors are printed; the `u8` is the exit code.
pub(crate) fn at_revision(
    plan: &Path,
    rev: &str,
    opts: &CheckOptions,
    lang: Lang,
) -> Result<Option<AtRevision>, u8> {
    let fail = |msg: DiffMsg| {
        error(&msg, lang);
        exit::FAILURE
    };
    let dir = plan
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let git = Git::discover(dir, lang).map_err(fail)?;
    let path = git.relative(plan).map_err(fail)?;
    let commit = git.commit(rev).map_err(fail)?;
    match git.blob(&commit, &path) {
        Ok(_) => {}
        Err(DiffMsg::NotInRevision { .. }) => return Ok(None),
        Err(msg) => return Err(fail(msg)),
    }
    let date = run_git(
        &git.root,
        &["show", "-s", "--format=%cs", &commit],
        1 << 10,
        lang,
    )
    .map(|b| String::from_utf8_lossy(&b).trim().to_string())
    .map_err(|reason| {
        fail(DiffMsg::GitFailed {
            what: rev.to_string(),
            reason,
        })
    })?;
    let opts = CheckOptions {
        baseline: None,
        ..opts.clone()
    };
    let label = format!("{rev}:{}", plan.display());
    let source = Source::Git { git, commit, path };
    let side = check_side(&source, &label, &opts, lang)?;
    Ok(Some(AtRevision {
        rev: rev.to_string(),
        date,
        sources: side.result.sources,
        checked: side.result.checked,
        model: side.model,
    }))
}

/// What changed in `plan` (the working tree) since `rev`, for `render --baseline`:
/// the plan at `rev` and the diff of the two merged plans (`None`: the plan did not
/// exist at `rev`).
pub(crate) fn since_revision(
    plan: &Path,
    rev: &str,
    opts: &CheckOptions,
    lang: Lang,
) -> Result<Option<(AtRevision, diff::PlanDiff)>, u8> {
    let opts = CheckOptions {
        lang: Some(lang),
        baseline: None,
        ..opts.clone()
    };
    let Some(old) = at_revision(plan, rev, &opts, lang)? else {
        return Ok(None);
    };
    let source = Source::File {
        read: plan.to_path_buf(),
        place: plan.to_path_buf(),
    };
    let new = check_side(&source, &plan.display().to_string(), &opts, lang)?;
    let d = diff::diff(
        &Version {
            checked: &old.checked,
            model: old.model.as_ref(),
        },
        &Version {
            checked: &new.result.checked,
            model: new.model.as_ref(),
        },
    );
    Ok(Some((old, d)))
}

/// The approved plan for `render --baseline REV`: `plan` at `rev` compiled, and what
/// changed since (both versions as planned, without their journals). A plan that did
/// not exist at `rev` is an error here: the documents were asked to compare with it.
pub(crate) fn render_baseline(
    plan: &Path,
    rev: &str,
    opts: &CheckOptions,
    lang: Lang,
) -> Result<tovholder_render::baseline::Baseline, u8> {
    let Some((old, diff)) = since_revision(plan, rev, opts, lang)? else {
        let msg = DiffMsg::NotInRevision {
            path: plan.display().to_string(),
            rev: rev.to_string(),
        };
        error(&msg, lang);
        return Err(exit::FAILURE);
    };
    let Ok(date) = tovholder_core::model::Date::parse(&old.date) else {
        let msg = DiffMsg::GitFailed {
            what: rev.to_string(),
            reason: old.date.clone(),
        };
        error(&msg, lang);
        return Err(exit::FAILURE);
    };
    Ok(tovholder_render::baseline::Baseline {
        rev: old.rev.clone(),
        date,
        plan: old.checked.compiled(&old.sources),
        diff,
    })
}

/// The text of a version (`None`: no file).
fn read(source: &Source, lang: Lang) -> Result<Option<String>, DiffMsg> {
    let bytes = match source {
        Source::Empty => return Ok(None),
        Source::File { read, .. } => {
            let what = read.display().to_string();
            // Git's temporary files live outside the repository.
            match files::read_with(read, true, lang) {
                Ok(Some(b)) => b,
                Ok(None) => {
                    let reason = tovholder_core::messages::CliMsg::TooLarge {
                        path: what.clone(),
                        max: yaml::MAX_FILE_BYTES,
                    }
                    .text(lang);
                    return Err(DiffMsg::GitFailed { what, reason });
                }
                Err(reason) => return Err(DiffMsg::GitFailed { what, reason }),
            }
        }
        Source::Git { git, commit, path } => git.blob(commit, path)?,
    };
    yaml::decode(FileId(0), &bytes, lang)
        .map(Some)
        .map_err(|d| DiffMsg::GitFailed {
            what: match source {
                Source::Git { path, .. } => path.clone(),
                Source::File { read, .. } => read.display().to_string(),
                Source::Empty => String::new(),
            },
            reason: d.message,
        })
}

/// A git repository, through the `git` program.
#[derive(Clone, Debug)]
struct Git {
    /// The top of the working tree.
    root: PathBuf,
    /// Where the command was run, relative to the top (`plans/`, or empty).
    prefix: String,
    lang: Lang,
}

impl Git {
    fn discover(dir: &Path, lang: Lang) -> Result<Git, DiffMsg> {
        let what = || "the repository".to_string();
        let top =
            run_git(dir, &["rev-parse", "--show-toplevel"], 1 << 16, lang).map_err(|reason| {
                DiffMsg::GitFailed {
                    what: what(),
                    reason,
                }
            })?;
        let prefix =
            run_git(dir, &["rev-parse", "--show-prefix"], 1 << 16, lang).map_err(|reason| {
                DiffMsg::GitFailed {
                    what: what(),
                    reason,
                }
            })?;
        let line = |b: Vec<u8>| {
            String::from_utf8_lossy(&b)
                .trim_end_matches('\n')
                .to_string()
        };
        Ok(Git {
            root: PathBuf::from(line(top)),
            prefix: line(prefix),
            lang,
        })
    }

    /// The root-relative path of a working-tree file.
    fn relative(&self, file: &Path) -> Result<String, DiffMsg> {
        let outside = || DiffMsg::OutsideRepository {
            path: file.display().to_string(),
        };
        let canonical = std::fs::canonicalize(file).map_err(|_| outside())?;
        let root = std::fs::canonicalize(&self.root).map_err(|_| outside())?;
        let rel = canonical.strip_prefix(&root).map_err(|_| outside())?;
        let parts: Vec<String> = rel
            .components()
            .map(|c| match c {
                Component::Normal(p) => Ok(p.to_string_lossy().into_owned()),
                _ => Err(outside()),
            })
            .collect::<Result<_, _>>()?;
        confine(&parts.join("/")).ok_or_else(outside)
    }

    /// The commit a revision names.
    fn commit(&self, rev: &str) -> Result<String, DiffMsg> {
        let failed = |reason: String| DiffMsg::GitFailed {
            what: rev.to_string(),
            reason,
        };
        if rev.starts_with('-') || rev.contains('\0') {
            return Err(DiffMsg::NotAPlanOrRevision { arg: rev.into() });
        }
        let spec = format!("{rev}^{{commit}}");
        let out = run_git(
            &self.root,
            &["rev-parse", "--verify", "--quiet", &spec],
            1 << 16,
            self.lang,
        )
        .map_err(failed)?;
        let hash = String::from_utf8_lossy(&out).trim().to_string();
        if hash.is_empty() || !hash.chars().all(|c| c.is_ascii_hexdigit()) {
            return Err(failed(String::new()));
        }
        Ok(hash)
    }

    /// A regular file's bytes at a commit, at most the plan size limit.
    fn blob(&self, commit: &str, path: &str) -> Result<Vec<u8>, DiffMsg> {
        let what = format!("{}:{path}", commit.get(..12).unwrap_or(commit));
        let failed = |reason: String| DiffMsg::GitFailed {
            what: what.clone(),
            reason,
        };
        let listing = run_git(
            &self.root,
            &[
                "--literal-pathspecs",
                "ls-tree",
                "-z",
                "--full-tree",
                commit,
                "--",
                path,
            ],
            1 << 16,
            self.lang,
        )
        .map_err(failed)?;
        let listing = String::from_utf8_lossy(&listing);
        // `<mode> <type> <hash>\t<path>\0`
        let entry = listing
            .split('\0')
            .find(|e| e.split_once('\t').is_some_and(|(_, p)| p == path));
        let Some((meta, _)) = entry.and_then(|e| e.split_once('\t')) else {
            return Err(DiffMsg::NotInRevision {
                path: path.into(),
                rev: what.clone(),
            });
        };
        let mut meta = meta.split(' ');
        let (mode, kind, hash) = (meta.next(), meta.next(), meta.next());
        let (Some(mode), Some("blob"), Some(hash)) = (mode, kind, hash) else {
            return Err(failed(
                tovholder_core::messages::CliMsg::NotARegularFile.text(self.lang),
            ));
        };
        if mode != "100644" && mode != "100755" {
            return Err(failed(
                tovholder_core::messages::CliMsg::NotARegularFile.text(self.lang),
            ));
        }
        let limit = yaml::MAX_FILE_BYTES;
        let bytes =
            run_git(&self.root, &["cat-file", "blob", hash], limit, self.lang).map_err(failed)?;
        Ok(bytes)
    }
}

/// Run git in `dir`, reading at most `limit` bytes of its output (more is an error).
fn run_git(dir: &Path, args: &[&str], limit: usize, lang: Lang) -> Result<Vec<u8>, String> {
    let mut child = Command::new("git")
        .arg("-C")
        .arg(dir)
        .arg("--no-pager")
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .env("GIT_TERMINAL_PROMPT", "0")
        .spawn()
        .map_err(|e| e.to_string())?;
    let mut out = Vec::new();
    if let Some(stdout) = child.stdout.take() {
        let mut bounded = stdout.take(limit as u64 + 1);
        bounded.read_to_end(&mut out).map_err(|e| e.to_string())?;
    }
    if out.len() > limit {
        let _ = child.kill();
        let _ = child.wait();
        return Err(tovholder_core::messages::CliMsg::TooLarge {
            path: args.last().copied().unwrap_or_default().to_string(),
            max: limit,
        }
        .text(lang));
    }
    let mut err = Vec::new();
    if let Some(stderr) = child.stderr.take() {
        let _ = stderr.take(4096).read_to_end(&mut err);
    }
    let status = child.wait().map_err(|e| e.to_string())?;
    if !status.success() {
        let reason = String::from_utf8_lossy(&err).trim().to_string();
        return Err(reason);
    }
    Ok(out)
}

/// The models a plan at a commit `uses`, read at the same commit.
struct GitModels {
    git: Git,
    commit: String,
    /// Each loaded file's root-relative path.
    paths: HashMap<FileId, String>,
    loaded: HashMap<String, FileId>,
    lang: Lang,
}

impl GitModels {
    fn new(git: Git, commit: String, plan_path: String, lang: Lang) -> Self {
        let mut paths = HashMap::new();
        paths.insert(FileId(0), plan_path.clone());
        let mut loaded = HashMap::new();
        loaded.insert(plan_path, FileId(0));
        GitModels {
            git,
            commit,
            paths,
            loaded,
            lang,
        }
    }
}

impl ModelSource for GitModels {
    fn load(
        &mut self,
        sources: &mut SourceMap,
        from: FileId,
        path: &str,
    ) -> Result<FileId, String> {
        let lang = self.lang;
        if path.contains("://") {
            return Err(tovholder_core::messages::CliMsg::OnlyLocalFiles.text(lang));
        }
        let base = self
            .paths
            .get(&from)
            .and_then(|p| p.rsplit_once('/').map(|(d, _)| format!("{d}/")))
            .unwrap_or_default();
        let target = confine(&format!("{base}{path}"))
            .ok_or_else(|| DiffMsg::OutsideRepository { path: path.into() }.text(lang))?;
        if let Some(&id) = self.loaded.get(&target) {
            return Ok(id);
        }
        let bytes = self
            .git
            .blob(&self.commit, &target)
            .map_err(|m| m.text(lang))?;
        let next = FileId(u32::try_from(sources.files().count()).unwrap_or(u32::MAX));
        let text = yaml::decode(next, &bytes, lang).map_err(|d| d.message)?;
        let short = self.commit.get(..7).unwrap_or(&self.commit);
        let id = sources.add(SourceFile::new(format!("{short}:{target}"), text));
        self.paths.insert(id, target.clone());
        self.loaded.insert(target, id);
        Ok(id)
    }
}

/// How an entity is named: its name, else its id.
fn entity_name(name: Option<&str>, id: &str, md: bool) -> String {
    match (name, md) {
        (Some(n), true) => format!("*{}*", md_escape(n)),
        (Some(n), false) => n.to_string(),
        (None, true) => format!("`{}`", id.replace('`', "'")),
        (None, false) => id.to_string(),
    }
}

/// A finding's message in Markdown: its `code` spans kept as code, the rest escaped.
fn md_message(s: &str) -> String {
    if !s.matches('`').count().is_multiple_of(2) {
        return md_escape(s);
    }
    s.split('`')
        .enumerate()
        .map(|(i, part)| {
            if i % 2 == 1 {
                let code: String = part
                    .chars()
                    .map(|c| if c.is_control() { ' ' } else { c })
                    .collect();
                format!("`{code}`")
            } else {
                md_escape(part)
            }
        })
        .collect()
}

/// Plan text for Markdown: the documents' escaper, and GitHub's autolinks broken (a
/// bare `https://…` or `www.…` stays text): `\:` after a scheme, `\.` after `www`.
/// (An e-mail address is still linked to itself: no escape stops GitHub's e-mail
/// autolink, and its text is its target.)
fn md_escape(s: &str) -> String {
    let escaped = tovholder_render::templates::escape_markdown(s);
    let mut out = String::with_capacity(escaped.len());
    let mut rest = escaped.as_str();
    while let Some(c) = rest.chars().next() {
        let lower_www = out.len() >= 3
            && out
                .get(out.len() - 3..)
                .is_some_and(|w| w.eq_ignore_ascii_case("www"));
        if (c == ':' && rest.starts_with("://")) || (c == '.' && lower_www) {
            out.push('\\');
        }
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    out
}

/// The lines of a diff, each section a heading and its lines (shared by the human
/// and the Markdown output; `md` escapes and emphasises).
fn sections(r: &DiffReport, md: bool) -> Vec<(String, Vec<String>)> {
    let lang = r.language;
    let t = |m: DiffMsg| m.text(lang);
    let esc = |s: String| if md { md_escape(&s) } else { s };
    let value = |v: &Option<serde_json::Value>| match v {
        Some(v) => esc(value_text(v, lang)),
        None => t(DiffMsg::NotSet),
    };
    let field_line = |f: &diff::FieldChange| {
        let mut line = t(DiffMsg::Field {
            field: t(DiffMsg::Key { key: f.key.clone() }),
            before: value(&f.before),
            after: value(&f.after),
        });
        if f.from_model {
            line.push(' ');
            line.push_str(&t(DiffMsg::FromModel));
        }
        line
    };
    let mut out = Vec::new();
    let d = &r.diff;
    if !d.plan.is_empty() {
        let lines = d.plan.iter().map(field_line).collect();
        out.push((t(DiffMsg::PlanHeading), lines));
    }
    if !d.entities.is_empty() {
        let mut lines = Vec::new();
        for e in &d.entities {
            let noun = e.kind.noun(lang).to_string();
            let name = entity_name(e.name.as_deref(), &e.id, md);
            let mut line = match e.change {
                Change::Added => t(DiffMsg::Added { noun, name }),
                Change::Removed => t(DiffMsg::Removed { noun, name }),
                Change::Renamed => t(DiffMsg::Renamed {
                    noun,
                    name,
                    from: e.previous_id.clone().unwrap_or_default().replace('`', "'"),
                }),
                Change::Changed => {
                    let fields: Vec<String> = e.fields.iter().map(field_line).collect();
                    format!(
                        "{} {}",
                        t(DiffMsg::Changed { noun, name }),
                        fields.join("; ")
                    )
                }
            };
            if e.from_model {
                line.push(' ');
                line.push_str(&t(DiffMsg::FromModel));
            }
            lines.push(line);
        }
        out.push((t(DiffMsg::EntitiesHeading), lines));
    }
    let mut lines = Vec::new();
    for p in &d.phases {
        let shift = |days| t(DiffMsg::Shift { days });
        let moved = |m: &diff::DateMove| {
            (m.days != 0 || m.earliest_days != 0 || m.latest_days != 0).then(|| {
                let mut s = shift(m.days);
                if m.earliest_days != m.days || m.latest_days != m.days {
                    let b = t(DiffMsg::Bounds {
                        earliest: shift(m.earliest_days),
                        latest: shift(m.latest_days),
                    });
                    s = format!("{s}; {b}");
                }
                (m.before.clone(), m.after.clone(), s)
            })
        };
        let start = moved(&p.start).map(|(before, after, shift)| {
            t(DiffMsg::Starts {
                before,
                after,
                shift,
            })
        });
        let end = moved(&p.end).map(|(before, after, shift)| {
            t(DiffMsg::Ends {
                before,
                after,
                shift,
            })
        });
        lines.push(t(DiffMsg::PhaseMoved {
            name: entity_name(p.name.as_deref(), &p.id, md),
            start,
            end,
        }));
    }
    let w = tovholder_core::messages::words(lang);
    let num = |v: f64| w.hundredths((v * 100.0).round().max(0.0) as u64);
    // One line per activity and per role, its months after each other.
    let mut i = 0;
    while let Some(first) = d.occurrences.get(i) {
        let same: Vec<&diff::OccurrenceChange> = d.occurrences[i..]
            .iter()
            .take_while(|o| o.activity == first.activity)
            .collect();
        i += same.len();
        let months = same
            .iter()
            .map(|o| {
                t(DiffMsg::Month {
                    month: o.month.clone(),
                    before: o.before.to_string(),
                    after: o.after.to_string(),
                })
            })
            .collect();
        lines.push(t(DiffMsg::Occurrences {
            name: entity_name(first.name.as_deref(), &first.activity, md),
            months,
        }));
    }
    let mut i = 0;
    while let Some(first) = d.hours.get(i) {
        let same: Vec<&diff::HoursChange> = d.hours[i..]
            .iter()
            .take_while(|h| h.role == first.role)
            .collect();
        i += same.len();
        let months = same
            .iter()
            .map(|h| {
                t(DiffMsg::Month {
                    month: h.month.clone(),
                    before: num(h.before),
                    after: num(h.after),
                })
            })
            .collect();
        let over = same
            .iter()
            .any(|h| h.granted_after.is_some_and(|g| h.after > g + 0.001));
        lines.push(t(DiffMsg::PlannedHours {
            name: entity_name(first.name.as_deref(), &first.role, md),
            months,
            granted: first.granted_after.map(num),
            over,
        }));
    }
    if !lines.is_empty() {
        out.push((t(DiffMsg::ScheduleHeading), lines));
    }
    let finding = |f: &diff::FindingChange| {
        let rule = if md {
            format!("`{}`", f.rule)
        } else {
            f.rule.clone()
        };
        let message = if md {
            md_message(&f.message)
        } else {
            f.message.clone()
        };
        format!("{}[{rule}] {message}", f.level)
    };
    let mut lines = Vec::new();
    for (heading, list) in [
        (DiffMsg::Opened, &d.opened),
        (DiffMsg::Resolved, &d.resolved),
    ] {
        if list.is_empty() {
            continue;
        }
        let heading = t(heading);
        for f in list {
            lines.push(format!("{heading}: {}", finding(f)));
        }
    }
    if !lines.is_empty() {
        out.push((t(DiffMsg::FindingsHeading), lines));
    }
    out
}

fn summary(r: &DiffReport) -> String {
    let d = &r.diff;
    DiffMsg::Summary {
        entities: d.entities.len() + usize::from(!d.plan.is_empty()),
        phases: d.phases.len(),
        opened: d.opened.len(),
        resolved: d.resolved.len(),
    }
    .text(r.language)
}

fn human(r: &DiffReport) -> String {
    let lang = r.language;
    let mut out = DiffMsg::Title {
        old: r.old.clone(),
        new: r.new.clone(),
    }
    .text(lang);
    out.push('\n');
    if r.diff.is_empty() {
        out.push_str(&DiffMsg::NoChanges.text(lang));
        out.push('\n');
        return out;
    }
    out.push_str(&summary(r));
    out.push('\n');
    for (heading, lines) in sections(r, false) {
        out.push('\n');
        out.push_str(&heading);
        out.push('\n');
        for l in lines {
            out.push_str("  ");
            out.push_str(&l);
            out.push('\n');
        }
    }
    out
}

fn markdown(r: &DiffReport) -> String {
    let lang = r.language;
    let code = |s: &str| format!("`{}`", s.replace('`', "'"));
    let mut out = format!(
        "### {}\n\n",
        DiffMsg::Title {
            old: code(&r.old),
            new: code(&r.new),
        }
        .text(lang)
    );
    if r.diff.is_empty() {
        out.push_str(&DiffMsg::NoChanges.text(lang));
        out.push('\n');
        return out;
    }
    out.push_str(&format!("**{}**\n\n", summary(r)));
    let secs = sections(r, true);
    // The summary: the phases that moved and the new findings, before the details.
    let schedule = DiffMsg::ScheduleHeading.text(lang);
    let findings = DiffMsg::FindingsHeading.text(lang);
    let opened = DiffMsg::Opened.text(lang);
    let mut headline = Vec::new();
    for (heading, lines) in &secs {
        if *heading == schedule {
            headline.extend(lines.iter().take(r.diff.phases.len()).cloned());
        }
        if *heading == findings {
            headline.extend(lines.iter().filter(|l| l.starts_with(&opened)).cloned());
        }
    }
    for l in &headline {
        out.push_str(&format!("- {l}\n"));
    }
    if !headline.is_empty() {
        out.push('\n');
    }
    out.push_str(&format!(
        "<details>\n<summary>{}</summary>\n\n",
        DiffMsg::Details.text(lang)
    ));
    for (heading, lines) in secs {
        out.push_str(&format!("#### {}\n\n", md_escape(&heading)));
        for l in lines {
            out.push_str(&format!("- {l}\n"));
        }
        out.push('\n');
    }
    out.push_str("</details>\n");
    out
}

/// `--textconv FILE`: the plan in plan terms, a fact a line, so that git's line diff
/// of two versions reads as a diff of the plan.
fn textconv(file: &Path, args: &DiffArgs) -> u8 {
    let lang = args.lang.unwrap_or(Lang::En);
    let source = Source::File {
        read: file.to_path_buf(),
        place: file.to_path_buf(),
    };
    let opts = CheckOptions {
        lang: args.lang,
        allow_outside_root: args.allow_outside_root,
        ..Default::default()
    };
    let label = file.display().to_string();
    let side = match check_side(&source, &label, &opts, lang) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let checked = &side.result.checked;
    let lang = args
        .lang
        .or_else(|| checked.plan.lang())
        .unwrap_or(Lang::En);
    // Everything as added against an empty plan, each field on its own line.
    let empty = empty_checked(lang);
    let mut facts = Vec::new();
    let t = |m: DiffMsg| m.text(lang);
    let top = diff::diff(
        &Version {
            checked: &empty,
            model: None,
        },
        &Version {
            checked,
            model: None,
        },
    );
    for f in &top.plan {
        if let Some(v) = &f.after {
            facts.push(format!(
                "{}: {}",
                t(DiffMsg::Key { key: f.key.clone() }),
                value_text(v, lang)
            ));
        }
    }
    for kind in SectionKind::ALL {
        for e in top.entities.iter().filter(|e| e.kind == kind) {
            let who = format!(
                "{} {} ({})",
                upper(kind.noun(lang)),
                e.name.as_deref().unwrap_or(&e.id),
                e.id
            );
            let full = diff::entity_fields(&checked.plan, kind, &e.id);
            for (key, v) in full {
                facts.push(format!(
                    "{who}: {} {}",
                    t(DiffMsg::Key { key: key.clone() }),
                    value_text(&v, lang)
                ));
            }
        }
    }
    if let Some(s) = &checked.schedule {
        for ((id, p), w) in checked.plan.phases.iter().zip(&s.phases) {
            let name = p.name.as_ref().map_or(id.as_str(), |n| n.value.as_str());
            let last = w.end.nominal.yesterday().unwrap_or(w.end.nominal);
            facts.push(format!(
                "{} {name} ({id}): {} – {last}",
                upper(SectionKind::Phases.noun(lang)),
                w.start.nominal
            ));
        }
        let w = tovholder_core::messages::words(lang);
        for ((id, a), occ) in checked.plan.activities.iter().zip(&s.occurrences) {
            let name = a.name.as_ref().map_or(id.as_str(), |n| n.value.as_str());
            let mut months: Vec<(String, usize)> = Vec::new();
            for o in occ {
                let m = format!("{:04}-{:02}", o.date.year(), o.date.month());
                match months.last_mut() {
                    Some((last, n)) if *last == m => *n += 1,
                    _ => months.push((m, 1)),
                }
            }
            for (m, n) in months {
                facts.push(format!(
                    "{} {name} ({id}): {} {n}",
                    upper(SectionKind::Activities.noun(lang)),
                    w.month_year(&m)
                ));
            }
        }
        let num = |v: f64| w.hundredths((v * 100.0).round().max(0.0) as u64);
        for ((id, r), months) in checked.plan.roles.iter().zip(&s.planned_hours) {
            let name = r.name.as_ref().map_or(id.as_str(), |n| n.value.as_str());
            let granted = tovholder_core::schedule::granted_per_month(r);
            for m in months {
                facts.push(t(DiffMsg::PlannedHours {
                    name: format!("{name} ({id})"),
                    months: vec![format!("{} {}", w.month_year(&m.label()), num(m.hours))],
                    granted: granted.map(num),
                    over: granted.is_some_and(|g| m.hours > g + 0.001),
                }));
            }
        }
    }
    for d in &checked.diags {
        let level = match d.level {
            Level::Error => "error",
            Level::Warning => "warning",
        };
        facts.push(format!("{level}[{}] {}", d.rule.name, d.message));
    }
    let mut text = facts.join("\n");
    text.push('\n');
    output::print(&tovholder_core::report::terminal_lines(&text));
    exit::OK
}

fn upper(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// A model source that gives `text` for the one model file `target` the plan `uses`
/// (by its place in the working tree) and reads every other model from the files.
struct SwapModels {
    inner: crate::models::FsModels,
    plan_dir: PathBuf,
    target: PathBuf,
    name: String,
    text: String,
    id: Option<FileId>,
}

/// A path's identity for comparing: its folder resolved, its file name as is.
fn place_key(p: &Path) -> PathBuf {
    let abs = crate::models::normalize(&std::env::current_dir().unwrap_or_default().join(p));
    match (abs.parent(), abs.file_name()) {
        (Some(dir), Some(name)) => std::fs::canonicalize(dir)
            .unwrap_or_else(|_| dir.to_path_buf())
            .join(name),
        _ => abs,
    }
}

impl ModelSource for SwapModels {
    fn load(
        &mut self,
        sources: &mut SourceMap,
        from: FileId,
        path: &str,
    ) -> Result<FileId, String> {
        if from == FileId(0) && place_key(&self.plan_dir.join(path)) == self.target {
            if let Some(id) = self.id {
                return Ok(id);
            }
            let id = sources.add(SourceFile::new(self.name.clone(), self.text.clone()));
            self.id = Some(id);
            return Ok(id);
        }
        self.inner.load(sources, from, path)
    }
}

/// `diff --model OLD NEW --plans DIR`.
pub fn model_upgrade(args: &DiffArgs, before: Lang) -> u8 {
    let (Some(old_arg), Some(new_arg), Some(dir)) = (&args.old, &args.new, &args.plans) else {
        error(&DiffMsg::NotAPlanOrRevision { arg: String::new() }, before);
        return exit::FAILURE;
    };
    let place = |arg: &str, source: &Source| match source {
        Source::File { place, .. } => Some(place.clone()),
        Source::Git { git, path, .. } => Some(git.root.join(path)),
        Source::Empty => Some(PathBuf::from(arg)),
    };
    let (old, new) = match (parse_source(old_arg, before), parse_source(new_arg, before)) {
        (Ok(o), Ok(n)) => (o, n),
        (Err(m), _) | (_, Err(m)) => {
            error(&m, before);
            return exit::FAILURE;
        }
    };
    let (old_text, new_text) = match (read(&old, before), read(&new, before)) {
        (Ok(Some(o)), Ok(Some(n))) => (o, n),
        (Err(m), _) | (_, Err(m)) => {
            error(&m, before);
            return exit::FAILURE;
        }
        _ => return exit::FAILURE,
    };
    // The model's place in the working tree: where the plans' `uses` point.
    let Some(target) = place(new_arg, &new).or_else(|| place(old_arg, &old)) else {
        return exit::FAILURE;
    };
    let target = place_key(&target);
    let (files, errors) = files::collect(std::slice::from_ref(dir), before);
    if let Some(e) = errors.first() {
        let msg = tovholder_core::messages::CliMsg::CannotRead {
            path: e.path.display().to_string(),
            reason: e.reason.clone(),
        };
        plan::error(&msg, before);
        return exit::FAILURE;
    }
    let mut lang = args.lang;
    let mut upgrades = Vec::new();
    for path in files {
        let label = path.display().to_string();
        let Ok(Some(bytes)) = files::read_with(&path, args.allow_outside_root, before) else {
            continue;
        };
        let Ok(text) = yaml::decode(FileId(0), &bytes, before) else {
            continue;
        };
        // Only the plans whose `uses` is the model.
        let mut probe = SourceMap::new();
        let f = probe.add(SourceFile::new(label.clone(), text.clone()));
        let written = load::load(&probe, f, Some(before)).plan;
        let plan_dir = path.parent().map(Path::to_path_buf).unwrap_or_default();
        let uses_it = written
            .uses
            .as_ref()
            .is_some_and(|u| place_key(&plan_dir.join(&u.path.value)) == target);
        if !uses_it || written.is_model() {
            continue;
        }
        let plan_lang = lang.or_else(|| written.lang()).unwrap_or(before);
        lang.get_or_insert(plan_lang);
        let opts = CheckOptions {
            lang: Some(plan_lang),
            allow_outside_root: args.allow_outside_root,
            ..Default::default()
        };
        let opts = match plan::options_for(&path, None, &opts) {
            Ok((o, _)) => o,
            Err(_) => opts,
        };
        let side = |model_text: &str, name: &str| {
            let make = || -> Box<dyn ModelSource> {
                Box::new(SwapModels {
                    inner: crate::models::FsModels::new(
                        &path,
                        FileId(0),
                        args.allow_outside_root,
                        plan_lang,
                    ),
                    plan_dir: plan_dir.clone(),
                    target: target.clone(),
                    name: name.to_string(),
                    text: model_text.to_string(),
                    id: None,
                })
            };
            check_text(&label, text.clone(), &opts, plan_lang, &make)
        };
        let (a, b) = match (side(&old_text, old_arg), side(&new_text, new_arg)) {
            (Ok(a), Ok(b)) => (a, b),
            (Err(code), _) | (_, Err(code)) => return code,
        };
        let d = diff::diff(
            &Version {
                checked: &a.result.checked,
                model: a.model.as_ref(),
            },
            &Version {
                checked: &b.result.checked,
                model: b.model.as_ref(),
            },
        );
        let broken = match (&a.model, &b.model) {
            (Some(ma), Some(mb)) => diff::broken_overrides(&b.written, ma, mb),
            _ => Vec::new(),
        };
        upgrades.push(diff::PlanUpgrade {
            path: label,
            title: b.written.title.as_ref().map(|t| t.value.clone()),
            broken,
            diff: d,
        });
    }
    let lang = lang.unwrap_or(before);
    let different = upgrades
        .iter()
        .any(|u| !u.diff.is_empty() || !u.broken.is_empty());
    let report = diff::ModelUpgradeReport {
        format: "tovholder-model-diff".into(),
        format_version: 1,
        old: old_arg.clone(),
        new: new_arg.clone(),
        language: lang,
        different,
        plans: upgrades,
    };
    let text = match args.format {
        DiffFormat::Json => serde_json::to_string_pretty(&report).unwrap_or_default(),
        DiffFormat::Human => upgrade_text(&report, false),
        DiffFormat::Markdown => upgrade_text(&report, true),
    };
    output::print(&tovholder_core::report::terminal_lines(&text));
    if different { exit::FINDINGS } else { exit::OK }
}

/// The counts of a plan's row in the summary table.
fn row(u: &diff::PlanUpgrade) -> [usize; 6] {
    let acts = |c: Change| {
        u.diff
            .entities
            .iter()
            .filter(|e| e.kind == SectionKind::Activities && e.change == c)
            .count()
    };
    [
        u.diff.phases.len(),
        acts(Change::Added),
        acts(Change::Removed),
        u.diff.opened.len(),
        u.diff.resolved.len(),
        u.broken.len(),
    ]
}

fn broken_line(b: &diff::BrokenOverride, lang: Lang, md: bool) -> String {
    let noun = b.section_kind.noun(lang).to_string();
    let id = b.id.replace('`', "'");
    let esc = |s: String| if md { md_escape(&s) } else { s };
    let value = |v: &Option<serde_json::Value>| match v {
        Some(v) => esc(value_text(v, lang)),
        None => DiffMsg::NotSet.text(lang),
    };
    match b.kind.as_str() {
        "override-gone" => DiffMsg::OverrideGone { noun, id },
        "removal-gone" => DiffMsg::RemovalGone { noun, id },
        _ => DiffMsg::FieldMasked {
            noun,
            id,
            field: DiffMsg::Key {
                key: b.key.clone().unwrap_or_default(),
            }
            .text(lang),
            before: value(&b.model_before),
            after: value(&b.model_after),
            plan: value(&b.plan_value),
        },
    }
    .text(lang)
}

fn upgrade_text(r: &diff::ModelUpgradeReport, md: bool) -> String {
    let lang = r.language;
    let code = |s: &str| {
        if md {
            format!("`{}`", s.replace('`', "'"))
        } else {
            s.to_string()
        }
    };
    let title = DiffMsg::ModelTitle {
        old: code(&r.old),
        new: code(&r.new),
        plans: r.plans.len(),
    }
    .text(lang);
    let mut out = if md {
        format!("### {title}\n\n")
    } else {
        format!("{title}\n\n")
    };
    if r.plans.is_empty() {
        out.push_str(
            &DiffMsg::NoPlanUsesModel {
                model: code(&r.new),
            }
            .text(lang),
        );
        out.push('\n');
        return out;
    }
    // The summary table.
    let columns = DiffMsg::Columns.text(lang);
    let heads: Vec<&str> = columns.split('|').collect();
    let rows: Vec<Vec<String>> = r
        .plans
        .iter()
        .map(|u| {
            let mut cells = vec![if md { code(&u.path) } else { u.path.clone() }];
            cells.extend(row(u).iter().map(usize::to_string));
            cells
        })
        .collect();
    if md {
        out.push_str(&format!("| {} |\n", heads.join(" | ")));
        out.push_str(&format!("|{}\n", "---|".repeat(heads.len())));
        for cells in &rows {
            out.push_str(&format!("| {} |\n", cells.join(" | ")));
        }
        out.push('\n');
    } else {
        let mut widths: Vec<usize> = heads.iter().map(|h| h.chars().count()).collect();
        for cells in &rows {
            for (w, c) in widths.iter_mut().zip(cells) {
                *w = (*w).max(c.chars().count());
            }
        }
        let line = |cells: &[String]| {
            let padded: Vec<String> = cells
                .iter()
                .zip(&widths)
                .map(|(c, w)| format!("{c}{}", " ".repeat(w - c.chars().count())))
                .collect();
            format!("{}\n", padded.join("  ").trim_end())
        };
        let heads: Vec<String> = heads.iter().map(|h| h.to_string()).collect();
        out.push_str(&line(&heads));
        for cells in &rows {
            out.push_str(&line(cells));
        }
    }
    if md {
        out.push_str(&format!(
            "<details>\n<summary>{}</summary>\n\n",
            DiffMsg::Details.text(lang)
        ));
    }
    for u in &r.plans {
        let heading = DiffMsg::PlanOf {
            path: code(&u.path),
            title: u
                .title
                .clone()
                .map(|t| if md { md_escape(&t) } else { t })
                .unwrap_or_default(),
        }
        .text(lang);
        let plan_report = DiffReport::new(r.old.clone(), r.new.clone(), lang, u.diff.clone());
        let mut secs = Vec::new();
        if !u.broken.is_empty() {
            let lines = u.broken.iter().map(|b| broken_line(b, lang, md)).collect();
            secs.push((DiffMsg::BrokenHeading.text(lang), lines));
        }
        secs.extend(sections(&plan_report, md));
        if md {
            out.push_str(&format!("#### {heading}\n\n"));
            for (h, lines) in secs {
                out.push_str(&format!("**{}**\n\n", md_escape(&h)));
                for l in lines {
                    out.push_str(&format!("- {l}\n"));
                }
                out.push('\n');
            }
        } else {
            out.push_str(&format!("\n== {heading}\n"));
            if u.diff.is_empty() && u.broken.is_empty() {
                out.push_str(&format!("  {}\n", DiffMsg::NoChanges.text(lang)));
            }
            for (h, lines) in secs {
                out.push_str(&format!("\n{h}\n"));
                for l in lines {
                    out.push_str(&format!("  {l}\n"));
                }
            }
        }
    }
    if md {
        out.push_str("</details>\n");
    }
    out
}
