//! `gen-plan --activities N [--seed S] [--shape rich|flat] [--format yaml|tjp] > plan.yaml`
//!
//! Writes a valid tovholder plan with N activities to stdout (see the crate docs for
//! its shape). `--shape flat --format tjp` writes the TaskJuggler project of the flat
//! shape instead. The same arguments always give the same bytes.

use std::io::Write;
use std::process::ExitCode;
use tovholder_bench::{Options, Shape};

const USAGE: &str =
    "usage: gen-plan --activities N [--seed S] [--shape rich|flat] [--format yaml|tjp]";

#[derive(PartialEq)]
enum Format {
    Yaml,
    Tjp,
}

fn parse(args: &[String]) -> Result<(Options, Format), String> {
    let mut opts = Options::default();
    let mut format = Format::Yaml;
    let mut activities = None;
    let mut it = args.iter();
    while let Some(flag) = it.next() {
        let mut value = || it.next().ok_or_else(|| format!("`{flag}` needs a value"));
        match flag.as_str() {
            "--activities" | "-n" => {
                let v = value()?;
                activities = Some(
                    v.parse::<usize>()
                        .map_err(|_| format!("`{v}` is not a number of activities"))?,
                );
            }
            "--seed" => {
                let v = value()?;
                opts.seed = v
                    .parse()
                    .map_err(|_| format!("`{v}` is not a seed (a whole number)"))?;
            }
            "--shape" => {
                opts.shape = match value()?.as_str() {
                    "rich" => Shape::Rich,
                    "flat" => Shape::Flat,
                    v => return Err(format!("unknown shape `{v}`; use rich or flat")),
                }
            }
            "--format" => {
                format = match value()?.as_str() {
                    "yaml" => Format::Yaml,
                    "tjp" => Format::Tjp,
                    v => return Err(format!("unknown format `{v}`; use yaml or tjp")),
                }
            }
            "-h" | "--help" => return Err(String::new()),
            other => return Err(format!("unknown argument `{other}`")),
        }
    }
    opts.activities = activities.ok_or("`--activities N` is required")?;
    if format == Format::Tjp && opts.shape != Shape::Flat {
        return Err("`--format tjp` is only written for `--shape flat`".into());
    }
    Ok((opts, format))
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (opts, format) = match parse(&args) {
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
    let text = match format {
        Format::Yaml => tovholder_bench::plan(&opts),
        Format::Tjp => tovholder_bench::taskjuggler(opts.activities),
    };
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: cannot write the plan: {e}");
            ExitCode::from(2)
        }
    }
}
