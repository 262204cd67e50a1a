//! Bytes → check → the compiled plan as JSON (what `tovholder compile` prints).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = tovholder_fuzz::pipeline::compile_bytes(data);
});
