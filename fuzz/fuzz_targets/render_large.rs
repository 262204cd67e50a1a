//! A structured plan made large (a 1 MB title, texts at and past the length limits,
//! one-line lists of thousands, thousands of entities or findings, a daily activity
//! over decades) → check → render, with every invariant of `render` (documents parsed
//! by real parsers, output bounded by the input and the occurrences that print it).
#![no_main]

use libfuzzer_sys::fuzz_target;
use tovholder_fuzz::Large;

fuzz_target!(|input: Large| {
    let yaml = input.to_yaml();
    let _ = tovholder_fuzz::pipeline::render_bytes(yaml.as_bytes());
});
