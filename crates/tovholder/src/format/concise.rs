//! `--format concise`: one line per finding, `file:line:col: level[rule] message`,
//! then the summary line.

use super::{Outcome, level_word, locate};

pub fn render(outcome: &Outcome) -> String {
    let mut out = String::new();
    for (sources, d) in outcome.diagnostics() {
        let at = locate(sources, d.span());
        // One line, whatever the message holds.
        let message: String = d
            .message
            .chars()
            .map(|c| if c == '\n' || c == '\r' { ' ' } else { c })
            .collect();
        out.push_str(&format!(
            "{}:{}:{}: {}[{}] {}\n",
            at.file,
            at.line,
            at.column,
            level_word(d.level),
            d.rule.name,
            message
        ));
    }
    out.push_str(&outcome.summary());
    out.push('\n');
    out
}
