//! `--format github`: GitHub Actions workflow commands, which the runner turns into
//! annotations on the pull request's changed lines:
//! `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=RULE::message`.
//!
//! Paths are relative to the repository root (the nearest folder holding `.git`
//! above the first checked file, else above the current folder, else the current
//! folder: [`repository_root`]), as the runner reads them whatever the step's
//! `working-directory`, with `/` between folders.

use super::{
    Outcome, current_dir, locate, message_with_help, normalize, repo_path, repository_root,
    terminal_message, terminal_text,
};
use std::path::Path;
use tovholder_core::Level;

/// Escape the message part of a workflow command, as the runner reads it: `%`, CR
/// and LF percent-encoded (`%25`, `%0D`, `%0A`); every other control character
/// shown escaped as in the other terminal formats ([`terminal_text`]), so no ESC
/// sequence reaches the log and nothing but LF ends the command's line.
pub fn escape_data(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c != '\r' && c != '\n' && tovholder_core::report::is_escaped(c) {
            out.push_str(&escape_data(&terminal_text(&c.to_string())));
            continue;
        }
        match c {
            '%' => out.push_str("%25"),
            '\r' => out.push_str("%0D"),
            '\n' => out.push_str("%0A"),
            _ => out.push(c),
        }
    }
    out
}

/// Escape a property value of a workflow command (`:` and `,` separate properties).
pub fn escape_property(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in escape_data(s).chars() {
        match c {
            ':' => out.push_str("%3A"),
            ',' => out.push_str("%2C"),
            _ => out.push(c),
        }
    }
    out
}

pub fn render(outcome: &Outcome) -> String {
    render_in(outcome, &current_dir())
}

/// Render with the current folder `cwd` (file names in the sources are relative to
/// it; the paths printed are relative to the repository root found from it).
pub fn render_in(outcome: &Outcome, cwd: &Path) -> String {
    let first = outcome.results().next().map(|r| r.path.as_path());
    let root = repository_root(first, cwd);
    let mut out = String::new();
    for (sources, d, lang) in outcome.diagnostics() {
        let at = locate(sources, d.span());
        let abs = normalize(&cwd.join(&at.file));
        let file = match repo_path(&abs.display().to_string(), &root) {
            Ok(rel) => rel,
            Err(abs) => abs.display().to_string(),
        };
        let command = match d.level {
            Level::Error => "error",
            Level::Warning => "warning",
        };
        out.push_str(&format!(
            "::{command} file={},line={},col={},endLine={},endColumn={},title={}::{}\n",
            escape_property(&file),
            at.line,
            at.column,
            at.end_line,
            at.end_column,
            escape_property(d.rule.name),
            escape_data(&terminal_message(&message_with_help(d, lang)))
        ));
    }
    for (path, reason) in outcome.unreadable {
        out.push_str(&format!(
            "::error title=tovholder::{}\n",
            escape_data(&outcome.cannot_read(path, reason))
        ));
    }
    out.push_str(&outcome.summary());
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_data_and_properties() {
        assert_eq!(escape_data("50% done\r\nnext"), "50%25 done%0D%0Anext");
        assert_eq!(escape_property("a:b,c%"), "a%3Ab%2Cc%25");
        assert_eq!(escape_data("a:b,c"), "a:b,c");
        assert_eq!(escape_data("\u{1b}]52;c;eA==\u{7}"), "␛]52;c;eA==␇");
        assert_eq!(escape_data("x\r::warning a"), "x%0D::warning a");
        assert_eq!(escape_property("a\u{202e}b"), "a<U+202E>b");
    }
}
