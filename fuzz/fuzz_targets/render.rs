//! Bytes → check → render every document in memory, with the document invariants.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = tovholder_fuzz::pipeline::render_bytes(data);
});
