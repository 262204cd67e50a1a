//! `tovholder init --model PATH`: write a new plan that uses a model.

use crate::models::{FsModels, relative, repo_root};
use crate::output;
use crate::{EXIT_FAILURE, EXIT_FINDINGS, EXIT_OK};
use clap::Args;
use std::io::Write;
use std::path::{Path, PathBuf};
use tovholder_core::init::{InitOptions, init_plan};
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
    let bytes = match crate::files::read(&args.model) {
        Ok(Some(b)) => b,
        Ok(None) => {
            output::eprint(&format!(
                "error: {} is larger than {} bytes",
                args.model.display(),
                yaml::MAX_FILE_BYTES
            ));
            return EXIT_FAILURE;
        }
        Err(e) => {
            output::eprint(&format!("error: cannot read {}: {e}", args.model.display()));
            return EXIT_FAILURE;
        }
    };
    let mut sources = SourceMap::new();
    let text = match yaml::decode(tovholder_core::FileId(0), &bytes, Lang::En) {
        Ok(t) => t,
        Err(d) => {
            output::eprint(&format!("error: {}: {}", args.model.display(), d.message));
            return EXIT_FINDINGS;
        }
    };
    let file = sources.add(SourceFile::new(args.model.display().to_string(), text));
    let loaded = load::load(&sources, file, None);
    let lang = loaded.plan.lang().unwrap_or(Lang::En);
    let mut fs = FsModels::new(&args.model, file, args.allow_outside_root);
    let resolved = merge::resolve(&mut sources, file, loaded.plan, &mut fs, lang);
    let errors: Vec<_> = loaded
        .diags
        .iter()
        .chain(resolved.diags.iter())
        .filter(|d| d.level == Level::Error)
        .collect();
    if !errors.is_empty() {
        let handler =
            miette::GraphicalReportHandler::new_themed(miette::GraphicalTheme::unicode_nocolor());
        let mut out = String::new();
        for d in &errors {
            let _ =
                handler.render_report(&mut out, &tovholder_core::report::to_report(&sources, d));
        }
        output::eprint(&out);
        output::eprint(&format!(
            "error: the model {} has errors; fix them before starting a plan from it",
            args.model.display()
        ));
        return EXIT_FINDINGS;
    }
    if !resolved.plan.is_model() {
        output::eprint(&format!(
            "error: {} is not a model (it has no `kind: model`)",
            args.model.display()
        ));
        return EXIT_FAILURE;
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
    let schema = repo_root(&args.model)
        .map(|r| r.join("schemas/plan.schema.json"))
        .filter(|p| p.is_file())
        .map(|p| forward(&relative(&out_dir, &p)));
    let text = init_plan(
        &resolved.plan,
        &InitOptions {
            model_path: &model_rel,
            schema_path: schema.as_deref(),
            organisation: args.organisation.as_deref(),
            start: args.start,
        },
    );
    match &args.out {
        None => {
            output::print(&text);
            EXIT_OK
        }
        Some(out) => match write_new(out, &text) {
            Ok(()) => {
                output::eprint(&format!(
                    "wrote {}; fill in the blanks, then run `tovholder check {}`",
                    out.display(),
                    out.display()
                ));
                EXIT_OK
            }
            Err(e) => {
                output::eprint(&format!("error: {e}"));
                EXIT_FAILURE
            }
        },
    }
}

fn forward(p: &Path) -> String {
    p.components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

/// Write a new file: refuse to overwrite anything; write a temp file and rename it into place.
fn write_new(path: &Path, text: &str) -> Result<(), String> {
    if std::fs::symlink_metadata(path).is_ok() {
        return Err(format!(
            "{} already exists; tovholder init never overwrites a file",
            path.display()
        ));
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
        .map_err(|e| format!("cannot write in {}: {e}", dir.display()))?;
    let result = f.write_all(text.as_bytes()).and_then(|_| f.sync_all());
    drop(f);
    if let Err(e) = result {
        let _ = std::fs::remove_file(&tmp);
        return Err(format!("cannot write {}: {e}", tmp.display()));
    }
    // A hard link fails if the target appeared in the meantime, so nothing is ever replaced.
    let linked = std::fs::hard_link(&tmp, path);
    let _ = std::fs::remove_file(&tmp);
    linked.map_err(|e| format!("cannot create {}: {e}", path.display()))
}
