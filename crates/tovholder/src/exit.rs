//! The exit codes of every command (stable, documented in the README).

/// Nothing at error level (and, with `--deny warnings`, no warning).
pub const OK: u8 = 0;
/// At least one error-level finding (or, with `--deny warnings`, a warning).
pub const FINDINGS: u8 = 1;
/// Usage error, unreadable path or internal failure.
pub const FAILURE: u8 = 2;
