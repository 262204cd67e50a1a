//! `--format human`: miette's graphical reports, a line per file with findings, and
//! the summary.

use super::{FileResult, MAX_PRINTED, Outcome, more_findings, terminal_lines, terminal_text};
use tovholder_core::Lang;
use tovholder_core::messages::CliMsg;

/// miette's reports, unicode, colour only when asked for, their own words in `lang`.
fn drawer(colour: bool, lang: Lang) -> tovholder_core::report::Drawer {
    let theme = if colour {
        miette::GraphicalTheme::unicode()
    } else {
        miette::GraphicalTheme::unicode_nocolor()
    };
    tovholder_core::report::Drawer::new(theme, WIDTH, lang)
}

/// The width reports wrap at (miette's default).
const WIDTH: usize = 200;

/// The reports of one file's diagnostics (their own words in the file's language):
/// the first [`MAX_PRINTED`], then a line counting the rest.
pub fn render_file(result: &FileResult, colour: bool) -> String {
    let lang = result.checked.lang;
    let drawer = drawer(colour, lang);
    let mut out = String::new();
    let mut reporter = tovholder_core::report::Reporter::new(&result.sources).in_lang(lang);
    for d in result.checked.diags.iter().take(MAX_PRINTED) {
        let report = reporter.report(d);
        if drawer.draw(&mut out, &report).is_err() {
            out.push_str(&terminal_lines(&d.message));
        }
        out.push('\n');
    }
    if let Some(more) = more_findings(result, lang) {
        out.push_str(&more);
        out.push_str("\n\n");
    }
    out
}

/// `plans/a.yaml: 2 errors, 1 warning` — only the counts that are not zero.
pub fn file_line(result: &FileResult, lang: Lang) -> Option<String> {
    let (errors, warnings) = (result.checked.errors(), result.checked.warnings());
    if errors == 0 && warnings == 0 {
        return None;
    }
    let counts = CliMsg::Counts { errors, warnings }.text(lang);
    let path = result.path.display().to_string();
    Some(format!("{}: {counts}", terminal_text(&path)))
}

/// The whole report for stdout (unreadable paths go to stderr, see `check::run`).
pub fn render(outcome: &Outcome, colour: bool) -> String {
    let mut out = String::new();
    for r in outcome.results() {
        out.push_str(&render_file(r, colour));
    }
    // With several files, a line for each that has findings, so a long run can be
    // read from the bottom up.
    let config_findings = outcome.configs.iter().any(|c| !c.checked.diags.is_empty());
    if outcome.files.len() > 1 || config_findings {
        for line in outcome.results().filter_map(|r| file_line(r, outcome.lang)) {
            out.push_str(&line);
            out.push('\n');
        }
    }
    out.push_str(&outcome.summary());
    out.push('\n');
    out
}
