//! `tovholder compile`: the compiled plan as JSON on stdout.
//!
//! Error-level findings go to stderr in the human format and nothing is printed
//! (exit code 1); warnings get a one-line note on stderr and the plan is still
//! printed. `--schema` prints the JSON Schema of the compiled plan instead
//! (`schemas/compiled.schema.json` is this output).

use crate::check::{self, FileResult};
use crate::output;
use crate::{EXIT_FAILURE, EXIT_FINDINGS, EXIT_OK};
use clap::Args;
use std::path::PathBuf;
use tovholder_core::model::Date;
use tovholder_core::{CheckOptions, Lang, Level};

#[derive(Args, Debug)]
pub struct CompileArgs {
    /// The plan to compile.
    #[arg(required_unless_present = "schema")]
    pub plan: Option<PathBuf>,
    /// Last day of the compiled calendar (YYYY-MM-DD). Default: the end of the plan's
    /// `horizon`, or a year after the last phase with an end.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub until: Option<Date>,
    /// Language of messages (da, en, sv); default: the plan's `language`, else English.
    #[arg(long, value_parser = check::parse_lang)]
    pub lang: Option<Lang>,
    /// Use this configuration file instead of the nearest `tovholder.toml`.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Let `uses` paths leave the repository root (the nearest folder with `.git` or `tovholder.toml`).
    #[arg(long)]
    pub allow_outside_root: bool,
    /// Print the JSON Schema of the compiled plan and exit.
    #[arg(long, conflicts_with_all = ["plan", "until", "config"])]
    pub schema: bool,
}

pub fn parse_date(s: &str) -> Result<Date, String> {
    Date::parse(s)
}

pub fn run(args: &CompileArgs) -> u8 {
    if args.schema {
        output::print(&tovholder_core::schema::compiled_schema_json());
        return EXIT_OK;
    }
    let Some(plan) = &args.plan else {
        output::eprint("error: name the plan to compile: `tovholder compile plan.yaml`");
        return EXIT_FAILURE;
    };
    let base = CheckOptions {
        lang: args.lang,
        until: args.until,
        allow_outside_root: args.allow_outside_root,
        ..Default::default()
    };
    let (opts, config) = match check::options_for(plan, args.config.as_deref(), &base) {
        Ok(v) => v,
        Err((path, reason)) => {
            output::eprint(&format!(
                "error: cannot read the configuration {}: {reason}",
                path.display()
            ));
            return EXIT_FAILURE;
        }
    };
    if let Some(config) = &config
        && config.checked.errors() > 0
    {
        check::report_to_stderr(config);
        return EXIT_FINDINGS;
    }
    let result = match check::check_file(plan, &opts) {
        Ok(r) => r,
        Err(reason) => {
            output::eprint(&format!("error: cannot read {}: {reason}", plan.display()));
            return EXIT_FAILURE;
        }
    };
    if result.checked.errors() > 0 {
        check::report_to_stderr(&result);
        output::eprint(&format!(
            "error: {} was not compiled: {}",
            result.path.display(),
            counts(&result)
        ));
        return EXIT_FINDINGS;
    }
    let Some(compiled) = &result.checked.compiled else {
        output::eprint(&why_not(&result));
        return EXIT_FINDINGS;
    };
    if result.checked.warnings() > 0 {
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
            "note: {} ({}); `tovholder check {}` shows them",
            counts(&result),
            rules.join(", "),
            result.path.display()
        ));
    }
    if compiled.until.0 < compiled.start.0 {
        output::eprint(&format!(
            "note: --until {} is before the plan starts ({}); the calendar is empty",
            compiled.until, compiled.start
        ));
    }
    match serde_json::to_string_pretty(compiled) {
        Ok(json) => {
            output::print(&json);
            EXIT_OK
        }
        Err(e) => {
            output::eprint(&format!("error: internal error writing JSON: {e}"));
            EXIT_FAILURE
        }
    }
}

fn counts(result: &FileResult) -> String {
    let plural =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    let (e, w) = (result.checked.errors(), result.checked.warnings());
    match (e, w) {
        (0, w) => plural(w, "warning", "warnings"),
        (e, 0) => plural(e, "error", "errors"),
        (e, w) => format!(
            "{}, {}",
            plural(e, "error", "errors"),
            plural(w, "warning", "warnings")
        ),
    }
}

/// Why a plan without error-level findings has no compiled form.
fn why_not(result: &FileResult) -> String {
    let path = result.path.display();
    let plan = &result.checked.plan;
    if plan.is_model() {
        format!(
            "error: {path} is a model (`kind: model`): it has no start date and is not scheduled; compile a plan that `uses` it"
        )
    } else if plan.start.is_none() {
        format!(
            "error: {path} has no `start` date, so it cannot be scheduled; add one, e.g. `start: 2027-01-04`"
        )
    } else {
        format!("error: {path} could not be scheduled")
    }
}
