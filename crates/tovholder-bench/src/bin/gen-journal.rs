//! `gen-journal --activities N --entries M [--seed S] [--as-of YYYY-MM-DD] > plan.log.yaml`
//!
//! Writes the journal of the plan `gen-plan --activities N --seed S` writes (see the
//! crate's `journal` module): every planned occurrence up to the as-of date (default
//! 2028-06-30) held or cancelled, the phases started and completed, checklist items,
//! ripple effects and adaptations, and goal measurements up to M entries. The same
//! arguments always give the same bytes.

use std::io::Write;
use std::process::ExitCode;
use tovholder_bench::journal::JournalOptions;

const USAGE: &str = "usage: gen-journal --activities N --entries M [--seed S] [--as-of YYYY-MM-DD]";

fn parse(args: &[String]) -> Result<JournalOptions, String> {
    let mut opts = JournalOptions::default();
    let (mut activities, mut entries) = (None, None);
    let mut it = args.iter();
    while let Some(flag) = it.next() {
        let mut value = || it.next().ok_or_else(|| format!("`{flag}` needs a value"));
        let number = |v: &str, what: &str| {
            v.parse::<usize>()
                .map_err(|_| format!("`{v}` is not a number of {what}"))
        };
        match flag.as_str() {
            "--activities" | "-n" => activities = Some(number(value()?, "activities")?),
            "--entries" | "-e" => entries = Some(number(value()?, "entries")?),
            "--seed" => {
                let v = value()?;
                opts.plan.seed = v
                    .parse()
                    .map_err(|_| format!("`{v}` is not a seed (a whole number)"))?;
            }
            "--as-of" => {
                let v = value()?;
                tovholder_core::model::Date::parse(v).map_err(|e| format!("--as-of: {e}"))?;
                opts.as_of = v.clone();
            }
            "-h" | "--help" => return Err(String::new()),
            other => return Err(format!("unknown argument `{other}`")),
        }
    }
    opts.plan.activities = activities.ok_or("`--activities N` is required")?;
    opts.entries = entries.ok_or("`--entries M` is required")?;
    Ok(opts)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let opts = match parse(&args) {
        Ok(v) => v,
        Err(e) if e.is_empty() => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("error: {e}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let text = tovholder_bench::journal::journal(&opts);
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: cannot write the journal: {e}");
            ExitCode::from(2)
        }
    }
}
