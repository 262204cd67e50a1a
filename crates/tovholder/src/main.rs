//! The `tovholder` command line: the only place that touches files, stdout and exit codes.
//!
//! Exit codes (stable, documented in the README) are in `exit.rs`:
//! 0 — no error-level findings; 1 — at least one error-level finding (or, with
//! `--deny warnings`, a warning); 2 — usage error, unreadable path or internal failure.
//! The command line's own words are `tovholder_core::messages::CliMsg`, in the
//! language of `--lang`, else of the plan, else English; clap's `--help` is English.

mod check;
mod compile;
mod config;
mod diff;
mod exit;
mod files;
mod fix;
mod format;
mod graph;
mod help;
mod init;
mod journal;
mod models;
mod output;
mod paths;
mod plan;
mod record;
mod render;
mod status;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

#[derive(Parser, Debug)]
#[command(
    name = "tovholder",
    version,
    about = "Compile and lint implementation plans (YAML) and render the documents people use."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
    /// Colour: `auto` (a terminal; also a pipe with `FORCE_COLOR` or `CLICOLOR_FORCE`; never with a non-empty `NO_COLOR`), `always` or `never`.
    #[arg(
        long,
        global = true,
        value_enum,
        default_value = "auto",
        value_name = "WHEN"
    )]
    pub color: output::ColorChoice,
    /// Only the findings and errors: no summary line, no notes.
    #[arg(long, short, global = true)]
    pub quiet: bool,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Check plans for gaps and errors.
    Check(check::CheckArgs),
    /// List every rule with its default level and summary.
    Rules(check::RulesArgs),
    /// Print the documentation of a rule.
    Explain(check::ExplainArgs),
    /// Print the JSON Schema of the plan language (`--log`: of the journal).
    Schema {
        /// The journal's schema (`kind: log`, `schemas/log.schema.json`) instead of the plan's.
        #[arg(long)]
        log: bool,
    },
    /// Start a new plan from a model, with a marked blank for everything to fill in.
    Init(init::InitArgs),
    /// Schedule a plan and print the compiled plan (dates, occurrences, hours) as JSON.
    Compile(compile::CompileArgs),
    /// Draw the phases and their dependencies (and activities) as Mermaid or DOT.
    Graph(graph::GraphArgs),
    /// Render the aktivitetsplan, årshjul, rollebeskrivelser and calendars into a folder.
    Render(render::RenderArgs),
    /// Work with the document templates (`templates export DIR`).
    Templates(render::TemplatesArgs),
    /// Append one entry to the plan's journal (held, cancelled, measured, …), checked first.
    Record(record::RecordArgs),
    /// Print a shell completion script (bash, zsh, fish, powershell, elvish).
    Completions(help::CompletionsArgs),
    /// Print the man page (`--dir DIR`: write a page per command).
    Man(help::ManArgs),
    /// Where the plan stands as of a day: phases, activities held, goals, what is overdue and next.
    Status(status::StatusArgs),
    /// What changed between two versions of a plan (files or git revisions REV:PATH), in plan terms.
    Diff(diff::DiffArgs),
}

fn run(cli: Cli) -> u8 {
    output::set_global(output::Global {
        color: cli.color,
        quiet: cli.quiet,
    });
    match cli.command {
        Command::Check(args) => check::run(&args),
        Command::Rules(args) => check::rules(&args),
        Command::Explain(args) => check::explain(&args),
        Command::Init(args) => init::run(&args),
        Command::Compile(args) => compile::run(&args),
        Command::Graph(args) => graph::run(&args),
        Command::Render(args) => render::run(&args),
        Command::Templates(args) => render::templates(&args),
        Command::Record(args) => record::run(&args),
        Command::Completions(args) => help::completions(&args),
        Command::Man(args) => help::man(&args),
        Command::Status(args) => status::run(&args),
        Command::Diff(args) => diff::run(&args),
        Command::Schema { log } => {
            output::print(&if log {
                tovholder_core::schema::log_schema_json()
            } else {
                tovholder_core::schema::plan_schema_json()
            });
            exit::OK
        }
    }
}

/// mimalloc instead of the system allocator: a plan's model and schedule are many
/// small allocations, and checking a 10,000-activity plan takes a fifth less time
/// (`scripts/bench-compare.sh`; the bare-parse baseline uses it too). Version 2 and
/// no transparent huge pages keep peak memory where the system allocator has it.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    // A panic's words stay English: it is a report for the developers.
    std::panic::set_hook(Box::new(|info| {
        let loc = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        let msg = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown panic".into());
        eprintln!(
            "error: internal error in tovholder {}: {msg}{loc}",
            env!("CARGO_PKG_VERSION")
        );
        eprintln!(
            "This is a bug in tovholder, not in your plan. Please report it with the file that caused it."
        );
    }));
    let cli = match help::parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() {
                exit::FAILURE
            } else {
                exit::OK
            };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    // A generous stack: the YAML deserializer recurses per nesting level.
    let worker = std::thread::Builder::new()
        .stack_size(64 * 1024 * 1024)
        .spawn(move || run(cli));
    match worker.map(|h| h.join()) {
        Ok(Ok(code)) => ExitCode::from(code),
        _ => ExitCode::from(exit::FAILURE),
    }
}
