//! `--format concise`: one line per finding, `file:line:col: level[rule] message`
//! (at most [`MAX_PRINTED`] per file, then a line counting the rest), then the
//! summary line. Control characters in the file name and the message are shown
//! escaped ([`terminal_text`]), so a finding is always one line.

use super::{
    MAX_PRINTED, Outcome, level_word, locate, more_findings, terminal_message, terminal_text,
};

pub fn render(outcome: &Outcome) -> String {
    let mut out = String::new();
    for result in outcome.results() {
        for d in result.checked.diags.iter().take(MAX_PRINTED) {
            let at = locate(&result.sources, d.span());
            // One line, whatever the message holds.
            let message = terminal_message(&d.message).replace('\n', " ");
            out.push_str(&format!(
                "{}:{}:{}: {}[{}] {}\n",
                terminal_text(&at.file),
                at.line,
                at.column,
                level_word(d.level),
                d.rule.name,
                message
            ));
        }
        if let Some(more) = more_findings(result, outcome.lang) {
            out.push_str(&format!(
                "{}: {more}\n",
                terminal_text(&result.path.display().to_string())
            ));
        }
    }
    out.push_str(&outcome.summary());
    out.push('\n');
    out
}
