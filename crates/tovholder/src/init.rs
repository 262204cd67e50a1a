//! `tovholder init --model PATH`: write a new plan that uses a model.

use crate::exit;
use crate::models::{FsModels, relative, repo_root};
use crate::output;
use crate::plan::error;
use clap::Args;
use std::io::Write;
use std::path::{Path, PathBuf};
use tovholder_core::init::{InitOptions, init_plan};
use tovholder_core::messages::CliMsg;
use tovholder_core::model::Date;
use tovholder_core::{Lang, Level, SourceFile, SourceMap, load, merge, yaml};

#[derive(Args, Debug)]
pub struct InitArgs {
    /// The model to use (a `kind: model` file).
    #[arg(long)]
    pub model: PathBuf,
    /// The kommune and department, e.g. "Nordby Kommune, Børn og Familie".
    #[arg(long)]
    pub organisation: Option<String>,
    /// First day of the plan, YYYY-MM-DD (left as a blank to fill when not given).
    #[arg(long, value_parser = parse_date)]
    pub start: Option<Date>,
    /// Where to write the plan (never overwrites an existing file). Default: stdout.
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// Let the model path leave the repository root.
    #[arg(long)]
    pub allow_outside_root: bool,
}

fn parse_date(s: &str) -> Result<Date, String> {
    Date::parse(s)
}

pub fn run(args: &InitArgs) -> u8 {
    // Until the model is read, the command's words are English; then the model's.
    let path = args.model.display().to_string();
    let bytes = match crate::files::read(&args.model, Lang::En) {
        Ok(Some(b)) => b,
        Ok(None) => {
            let max = yaml::MAX_FILE_BYTES;
            error(&CliMsg::TooLarge { path, max }, Lang::En);
            return exit::FAILURE;
        }
        Err(reason) => {
            error(&CliMsg::CannotRead { path, reason }, Lang::En);
            return exit::FAILURE;
        }
    };
    let mut sources = SourceMap::new();
    let text = match yaml::decode(tovholder_core::FileId(0), &bytes, Lang::En) {
        Ok(t) => t,
        Err(d) => {
            let reason = d.message;
            error(&CliMsg::PathReason { path, reason }, Lang::En);
            return exit::FINDINGS;
        }
    };
    let file = sources.add(SourceFile::new(path.clone(), text));
    let loaded = load::load(&sources, file, None);
    let lang = loaded.plan.lang().unwrap_or(Lang::En);
    let mut fs = FsModels::new(&args.model, file, args.allow_outside_root, lang);
    let resolved = merge::resolve(&mut sources, file, loaded.plan, &mut fs, lang);
    let errors: Vec<_> = loaded
        .diags
        .iter()
        .chain(resolved.diags.iter())
        .filter(|d| d.level == Level::Error)
        .collect();
    if !errors.is_empty() {
        let drawer = tovholder_core::report::Drawer::new(
            miette::GraphicalTheme::unicode_nocolor(),
            200,
            lang,
        );
        let mut out = String::new();
        let mut reporter = tovholder_core::report::Reporter::new(&sources).in_lang(lang);
        for d in &errors {
            let _ = drawer.draw(&mut out, &reporter.report(d));
        }
        output::eprint(&out);
        error(&CliMsg::ModelHasErrors { path }, lang);
        return exit::FINDINGS;
    }
    if !resolved.plan.is_model() {
        error(&CliMsg::NotAModel { path }, lang);
        return exit::FAILURE;
    }
    let out_dir = match &args.out {
        Some(out) => out
            .parent()
            .map(Path::to_path_buf)
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or_else(|| PathBuf::from(".")),
        None => PathBuf::from("."),
    };
    let model_rel = forward(&relative(&out_dir, &args.model));
    let lines = schema_lines(&out_dir, args.out.is_some());
    let text = init_plan(
        &resolved.plan,
        &InitOptions {
            model_path: &model_rel,
            schema_path: lines.plan.as_deref(),
            organisation: args.organisation.as_deref(),
            start: args.start,
        },
    );
    match &args.out {
        None => {
            output::print(&text);
            exit::OK
        }
        Some(out) => match out_dir_allowed(out).and_then(|()| write_new(out, &text)) {
            Ok(()) => {
                let path = out.display().to_string();
                output::eprint(&CliMsg::Wrote { path }.text(lang));
                // An empty journal beside the plan; one already there is left as it is.
                let log = crate::journal::beside_path(out);
                // The schemas beside the plan, when its repository has none (best effort:
                // the plan is written; `tovholder schema` prints them).
                for (path, text) in &lines.to_write {
                    let _ = write_new(path, text);
                }
                let journal = tovholder_core::init::journal_text(lines.log.as_deref());
                if std::fs::symlink_metadata(&log).is_err() {
                    // Best effort: the plan is written; a journal can be added by hand.
                    let _ = write_new(&log, &journal);
                }
                exit::OK
            }
            Err(e) => {
                error(&e, lang);
                exit::FAILURE
            }
        },
    }
}

/// The schema paths of the editor's `$schema` lines (relative to the plan's folder),
/// chosen so that they work in the plan's own repository, for whoever clones it:
///
/// - the repository (the nearest folder above the plan's with `.git` or
///   `tovholder.toml`) has `schemas/plan.schema.json`: that one;
/// - else, with `--out`, this tovholder's schemas go beside the plan as
///   `plan.schema.json` and `log.schema.json` (returned as files to write once the
///   plan is written; an existing file of that name is left as it is and used);
/// - else (the plan goes to stdout, its folder unknown): no line, rather than a path
///   into a folder that may not exist.
///
/// The journal's line follows the plan's: `log.schema.json` beside the plan's schema.
struct SchemaLines {
    plan: Option<String>,
    log: Option<String>,
    to_write: Vec<(PathBuf, String)>,
}

fn schema_lines(out_dir: &Path, writing: bool) -> SchemaLines {
    let in_repo = repo_root(&out_dir.join("plan.yaml"))
        .map(|r| r.join("schemas"))
        .filter(|d| d.join("plan.schema.json").is_file());
    let rel = |p: &Path| forward(&relative(out_dir, p));
    if let Some(dir) = in_repo {
        let log = dir.join("log.schema.json");
        return SchemaLines {
            plan: Some(rel(&dir.join("plan.schema.json"))),
            log: log.is_file().then(|| rel(&log)),
            to_write: Vec::new(),
        };
    }
    if !writing || !out_dir.is_dir() {
        return SchemaLines {
            plan: None,
            log: None,
            to_write: Vec::new(),
        };
    }
    let to_write = [
        (
            "plan.schema.json",
            tovholder_core::schema::plan_schema_json(),
        ),
        ("log.schema.json", tovholder_core::schema::log_schema_json()),
    ]
    .into_iter()
    .map(|(name, text)| (out_dir.join(name), text))
    .filter(|(path, _)| std::fs::symlink_metadata(path).is_err())
    .collect();
    SchemaLines {
        plan: Some("plan.schema.json".into()),
        log: Some("log.schema.json".into()),
        to_write,
    }
}

fn forward(p: &Path) -> String {
    p.components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

/// The path policy for `--out` (`paths::check_output_dir`): the plan's folder must
/// resolve inside the repository root where it is named, so a committed
/// `plans -> /elsewhere` is refused before anything is written.
fn out_dir_allowed(out: &Path) -> Result<(), CliMsg> {
    let dir = out
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    crate::paths::check_output_dir(dir)
}

/// Write a new file: refuse to overwrite anything; write a temp file and rename it into place.
fn write_new(path: &Path, text: &str) -> Result<(), CliMsg> {
    let shown = |p: &Path| p.display().to_string();
    if std::fs::symlink_metadata(path).is_ok() {
        return Err(CliMsg::AlreadyExists { path: shown(path) });
    }
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "plan.yaml".into());
    let tmp = dir.join(format!(".{name}.tovholder-tmp-{}", std::process::id()));
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&tmp)
        .map_err(|e| CliMsg::CannotWriteIn {
            dir: shown(dir),
            reason: e.to_string(),
        })?;
    let result = f.write_all(text.as_bytes()).and_then(|_| f.sync_all());
    drop(f);
    if let Err(e) = result {
        let _ = std::fs::remove_file(&tmp);
        return Err(CliMsg::CannotWrite {
            path: shown(&tmp),
            reason: e.to_string(),
        });
    }
    // A hard link fails if the target appeared in the meantime, so nothing is ever replaced.
    let linked = std::fs::hard_link(&tmp, path);
    let _ = std::fs::remove_file(&tmp);
    linked.map_err(|e| CliMsg::CannotCreate {
        path: shown(path),
        reason: e.to_string(),
    })
}
