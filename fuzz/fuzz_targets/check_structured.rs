//! An `arbitrary`-derived plan (and model) written as YAML → check, twice.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tovholder_fuzz::Input;

fuzz_target!(|input: Input| {
    let _ = tovholder_fuzz::pipeline::check_bytes(input.to_yaml().as_bytes());
});
