//! `tovholder compile`: the compiled plan as JSON on stdout.
//!
//! Error-level findings go to stderr in the human format and nothing is printed
//! (exit code 1); warnings get a one-line note on stderr and the plan is still
//! printed (both by `plan::prologue`, which `render` shares). `--schema` prints the JSON Schema of the compiled plan instead
//! (`schemas/compiled.schema.json` is this output).

use crate::check;
use crate::exit;
use crate::output;
use crate::plan::{self, PlanArgs, Purpose, Ready};
use clap::Args;
use std::path::PathBuf;
use tovholder_core::Lang;
use tovholder_core::messages::CliMsg;
use tovholder_core::model::Date;

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
    /// Follow the plan's journal as of this day, YYYY-MM-DD (default: `SOURCE_DATE_EPOCH`, else today in Europe/Copenhagen).
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub as_of: Option<Date>,
}

pub fn parse_date(s: &str) -> Result<Date, String> {
    Date::parse(s)
}

pub fn run(args: &CompileArgs) -> u8 {
    if args.schema {
        output::print(&tovholder_core::schema::compiled_schema_json());
        return exit::OK;
    }
    let Some(plan) = &args.plan else {
        plan::error(&CliMsg::NameThePlan, args.lang.unwrap_or(Lang::En));
        return exit::FAILURE;
    };
    let plan_args = PlanArgs {
        plan,
        lang: args.lang,
        until: args.until,
        config: args.config.as_deref(),
        allow_outside_root: args.allow_outside_root,
        as_of: args.as_of,
    };
    let Ready { compiled, lang, .. } = match plan::prologue(&plan_args, Purpose::Compile) {
        Ok(ready) => ready,
        Err(code) => return code,
    };
    if compiled.until.0 < compiled.start.0 {
        let msg = CliMsg::UntilBeforeStart {
            until: compiled.until.to_string(),
            start: compiled.start.to_string(),
        };
        output::enote(&msg.line(&CliMsg::NotePrefix, lang));
    }
    match serde_json::to_string_pretty(&compiled) {
        Ok(json) => {
            output::print(&json);
            exit::OK
        }
        Err(e) => {
            plan::error(
                &CliMsg::InternalJson {
                    reason: e.to_string(),
                },
                lang,
            );
            exit::FAILURE
        }
    }
}
