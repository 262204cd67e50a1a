//! Arbitrary bytes → decode → parse → load → resolve models → check, twice.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = tovholder_fuzz::pipeline::check_bytes(data);
});
