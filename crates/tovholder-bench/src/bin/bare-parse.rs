//! `bare-parse FILE`: read a file and parse it with the loader's YAML parser and
//! options into `serde::de::IgnoredAny` — the floor no checker on this parser can
//! beat. Exits 0 when the file parsed, 1 when it did not, 2 when it cannot be read.

use std::process::ExitCode;

/// The allocator `tovholder` itself uses: the floor is measured under the same
/// conditions as the checker.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let Some(path) = std::env::args_os().nth(1) else {
        eprintln!("usage: bare-parse FILE");
        return ExitCode::from(2);
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("error: cannot read {}: {e}", path.to_string_lossy());
            return ExitCode::from(2);
        }
    };
    match tovholder_bench::bare_parse(&text) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(1)
        }
    }
}
