//! Print the YAML a `check_structured` input stands for, so a crash input can be
//! kept as a plain-text regression (`tests/fuzz-regressions/check_structured/`):
//! `cargo run --bin structured_to_yaml -- artifacts/check_structured/crash-…`; a
//! `render_large` input with `--large` (kept under `tests/fuzz-regressions/render/`).

use arbitrary::{Arbitrary, Unstructured};

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let large = args.first().is_some_and(|a| a == "--large");
    if large {
        args.remove(0);
    }
    let Some(path) = args.first().cloned() else {
        eprintln!("usage: structured_to_yaml [--large] INPUT");
        std::process::exit(2);
    };
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("cannot read {path}: {e}");
            std::process::exit(2);
        }
    };
    let u = Unstructured::new(&bytes);
    if large {
        match tovholder_fuzz::Large::arbitrary_take_rest(u) {
            Ok(input) => print!("{}", input.to_yaml()),
            Err(e) => {
                eprintln!("not an input: {e}");
                std::process::exit(1);
            }
        }
        return;
    }
    match tovholder_fuzz::Input::arbitrary_take_rest(u) {
        Ok(input) => print!("{}", input.to_yaml()),
        Err(e) => {
            eprintln!("not an input: {e}");
            std::process::exit(1);
        }
    }
}
