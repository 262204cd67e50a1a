//! The rule catalogue as text: what `tovholder rules` lists, what `tovholder explain`
//! prints, and `docs/rules.md` (every rule's explain text under an index). The words
//! around the rules' own documentation ("Default level", "fixed") come from
//! [`crate::messages::words`].

use super::{RULES, Rule};
use crate::diag::Lang;
use crate::messages::words;

/// A rule's default level as `rules` and `docs/rules.md` show it: `warn`, or
/// `deny (fixed)` for a level configuration cannot change.
pub fn level_text(r: &Rule, lang: Lang) -> String {
    if r.configurable {
        r.level.name().to_string()
    } else {
        format!("{} ({})", r.level.name(), words(lang).fixed)
    }
}

/// What `explain` prints for a rule in `lang`: a title, the default level and summary,
/// and the rule's documentation.
pub fn explain_text(r: &Rule, lang: Lang) -> String {
    let w = words(lang);
    let level = if r.configurable {
        r.level.name().to_string()
    } else {
        format!("{} ({})", r.level.name(), w.cannot_be_changed)
    };
    format!(
        "# {}\n\n{}: {}. {}\n\n{}",
        r.name,
        w.default_level,
        level,
        r.summary_in(lang),
        r.doc_in(lang)
    )
}

/// What `tovholder rules` prints: a line per rule with its default level and summary.
pub fn rules_list(lang: Lang) -> String {
    let width = RULES.iter().map(|r| r.name.len()).max().unwrap_or(10);
    let mut out = String::new();
    for r in RULES {
        out.push_str(&format!(
            "{:width$}  {:12}  {}\n",
            r.name,
            level_text(r, lang),
            r.summary_in(lang),
            width = width
        ));
    }
    out
}

/// The command that writes `docs/rules.md`.
pub const RULES_MD_COMMAND: &str = "cargo run -q -p tovholder -- rules --markdown > docs/rules.md";

/// `docs/rules.md`: every rule's `explain` text (English), headings one level down,
/// under an index.
pub fn rules_markdown() -> String {
    let lang = Lang::En;
    let mut out = String::new();
    out.push_str("# Rules\n\n");
    out.push_str(&format!(
        "<!-- Generated from the rule catalogue by `{RULES_MD_COMMAND}`. Do not edit by hand: a test fails when this file is stale. -->\n\n"
    ));
    out.push_str(
        "Every finding of `tovholder check` comes from one of these rules. A rule's level is \
         `deny` (an error: the check fails), `warn` (a warning: reported, the check passes \
         unless `--deny warnings`) or `allow` (the rule does not run). Levels marked *fixed* \
         cannot be changed; the others can be set in `tovholder.toml` (see \
         [configuration](configuration.md)) or silenced for one entity with `allow: [rule]` \
         in the plan. `tovholder explain RULE` prints the same text as below.\n\n",
    );
    out.push_str("| Rule | Default level | Summary |\n| --- | --- | --- |\n");
    for r in RULES {
        out.push_str(&format!(
            "| [`{}`](#{}) | {} | {} |\n",
            r.name,
            r.name,
            level_text(r, lang),
            r.summary_in(lang).replace('|', "\\|")
        ));
    }
    for r in RULES {
        out.push('\n');
        out.push_str(&demote_headings(&explain_text(r, lang)));
        if !out.ends_with('\n') {
            out.push('\n');
        }
    }
    out
}

/// Move every Markdown heading one level down (`#` → `##`), leaving code blocks alone.
pub fn demote_headings(md: &str) -> String {
    let mut out = String::new();
    let mut in_code = false;
    for line in md.lines() {
        if line.trim_start().starts_with("```") {
            in_code = !in_code;
        }
        if !in_code && line.starts_with('#') {
            out.push('#');
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_move_down_outside_code() {
        assert_eq!(
            demote_headings("# a\n```yaml\n# not a heading\n```\n## b\n"),
            "## a\n```yaml\n# not a heading\n```\n### b\n"
        );
    }

    #[test]
    fn the_title_line_is_in_the_language() {
        let r = &super::super::role_without_owner::RULE;
        assert!(explain_text(r, Lang::En).contains("Default level: warn."));
        assert!(explain_text(r, Lang::Da).contains("Standardniveau: warn."));
        assert!(explain_text(r, Lang::Sv).contains("Standardnivå: warn."));
    }
}
