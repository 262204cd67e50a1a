//! Writing to stdout without panicking on a closed pipe.

use std::io::Write;

pub fn print(text: &str) {
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(text.as_bytes());
    if !text.ends_with('\n') {
        let _ = out.write_all(b"\n");
    }
    let _ = out.flush();
}

/// Print a line (or lines) to stderr, control characters but line breaks and tabs
/// shown escaped (see `tovholder_core::report::terminal_text`): the notes and errors
/// of every command name plan files and quote plan text.
pub fn eprint(text: &str) {
    eprint_report(&tovholder_core::report::terminal_lines(text));
}

/// Print text that is already safe for a terminal (a human report, which may hold
/// its own colour sequences) to stderr.
pub fn eprint_report(text: &str) {
    let mut err = std::io::stderr().lock();
    let _ = err.write_all(text.as_bytes());
    if !text.ends_with('\n') {
        let _ = err.write_all(b"\n");
    }
}

/// Whether stdout gets colour: a terminal, and `NO_COLOR` unset.
pub fn colour() -> bool {
    use std::io::IsTerminal;
    std::env::var_os("NO_COLOR").is_none() && std::io::stdout().is_terminal()
}
