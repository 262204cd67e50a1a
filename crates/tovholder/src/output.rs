//! Writing to stdout without panicking on a closed pipe, the colour decision and
//! `--quiet` (the global options every command reads), and `--output-file`'s
//! atomic write.

use std::io::Write;
use std::path::Path;
use std::sync::OnceLock;

/// `--color auto|always|never`.
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum ColorChoice {
    /// Colour on a terminal; `FORCE_COLOR` or `CLICOLOR_FORCE` also in a pipe; a
    /// non-empty `NO_COLOR` never.
    #[default]
    Auto,
    /// Always colour, whatever the environment.
    Always,
    /// Never colour.
    Never,
}

/// The global options of the command line, set once by `main`.
#[derive(Copy, Clone, Debug, Default)]
pub struct Global {
    pub color: ColorChoice,
    pub quiet: bool,
}

static GLOBAL: OnceLock<Global> = OnceLock::new();

/// Set the global options (the first call wins; `main` makes it).
pub fn set_global(global: Global) {
    let _ = GLOBAL.set(global);
}

fn global() -> Global {
    GLOBAL.get().copied().unwrap_or_default()
}

/// `--quiet`: only findings (and errors), no summary and no notes.
pub fn quiet() -> bool {
    global().quiet
}

/// The colour decision for a stream that is (or is not) a terminal. `--color always`
/// and `never` decide alone; `auto`: a non-empty `NO_COLOR` turns colour off (an
/// empty one is ignored, as no-color.org says); else a
/// non-empty `FORCE_COLOR`, or `CLICOLOR_FORCE` other than `0`, turns it on (CI logs
/// are pipes that show colour); else a terminal gets colour.
pub fn decide(choice: ColorChoice, terminal: bool, env: &dyn Fn(&str) -> Option<String>) -> bool {
    let non_empty = |name: &str| env(name).is_some_and(|v| !v.is_empty());
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            if non_empty("NO_COLOR") {
                false
            } else if non_empty("FORCE_COLOR")
                || env("CLICOLOR_FORCE").is_some_and(|v| !v.is_empty() && v != "0")
            {
                true
            } else {
                terminal
            }
        }
    }
}

fn env_var(name: &str) -> Option<String> {
    std::env::var_os(name).map(|v| v.to_string_lossy().into_owned())
}

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

/// A note or warning about the run on stderr ([`eprint`]), left out with `--quiet`.
pub fn enote(text: &str) {
    if !quiet() {
        eprint(text);
    }
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

/// Whether stdout gets colour (see [`decide`]).
pub fn colour() -> bool {
    use std::io::IsTerminal;
    decide(global().color, std::io::stdout().is_terminal(), &env_var)
}

/// Whether stderr gets colour (see [`decide`]).
pub fn colour_stderr() -> bool {
    use std::io::IsTerminal;
    decide(global().color, std::io::stderr().is_terminal(), &env_var)
}

/// Whether `--output-file` gets colour: only when asked for (`--color always`, or
/// `FORCE_COLOR` / `CLICOLOR_FORCE` under `auto`); a file is not a terminal.
pub fn colour_file() -> bool {
    decide(global().color, false, &env_var)
}

/// Write `text` to `path` atomically: a temporary file beside it, then a rename, so a
/// reader never sees half a report and a failed write leaves the old file whole.
pub fn write_atomically(path: &Path, text: &str) -> std::io::Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => std::path::PathBuf::from("."),
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{name}.tovholder-tmp-{}", std::process::id()));
    let result = (|| {
        let mut f = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)?;
        f.write_all(text.as_bytes())?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| {
            pairs
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.to_string())
        }
    }

    #[test]
    fn colour_follows_the_conventions() {
        use ColorChoice::*;
        assert!(decide(Auto, true, &env(&[])));
        assert!(!decide(Auto, false, &env(&[])));
        assert!(!decide(Auto, true, &env(&[("NO_COLOR", "1")])));
        // An empty NO_COLOR is ignored (no-color.org).
        assert!(decide(Auto, true, &env(&[("NO_COLOR", "")])));
        assert!(decide(Auto, false, &env(&[("FORCE_COLOR", "1")])));
        assert!(!decide(Auto, false, &env(&[("FORCE_COLOR", "")])));
        assert!(decide(Auto, false, &env(&[("CLICOLOR_FORCE", "1")])));
        assert!(!decide(Auto, false, &env(&[("CLICOLOR_FORCE", "0")])));
        assert!(!decide(
            Auto,
            false,
            &env(&[("NO_COLOR", "1"), ("FORCE_COLOR", "1")])
        ));
        assert!(decide(Always, false, &env(&[("NO_COLOR", "1")])));
        assert!(!decide(Never, true, &env(&[("FORCE_COLOR", "1")])));
    }
}
