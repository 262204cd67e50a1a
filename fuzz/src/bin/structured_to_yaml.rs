//! Print the YAML a `check_structured` input stands for, so a crash input can be
//! kept as a plain-text regression (`tests/fuzz-regressions/check_structured/`):
//! `cargo run --bin structured_to_yaml -- artifacts/check_structured/crash-…`.

use arbitrary::{Arbitrary, Unstructured};

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: structured_to_yaml INPUT");
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
    match tovholder_fuzz::Input::arbitrary_take_rest(u) {
        Ok(input) => print!("{}", input.to_yaml()),
        Err(e) => {
            eprintln!("not an input: {e}");
            std::process::exit(1);
        }
    }
}
