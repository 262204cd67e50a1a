//! `check --fix` and `check --diff`: the safe fixes tovholder already knows.
//!
//! A fix is derived from a finding's facts (its `fields`), not carried on the
//! [`Diagnostic`]: a finding with a "did you mean" names the wrong text and the
//! suggestion, and its primary span is where the wrong text is written. The kinds:
//!
//! - an unknown key (`unknown-key`): the key;
//! - an unknown unit (`invalid-value`, `3 monts`): the unit word inside the value;
//! - an unknown reference (`unknown-reference`), a journal's unknown id
//!   (`log-unknown-reference`) and an unknown id in `remove:` (`unknown-removal`):
//!   the id;
//! - a misspelt rule name in `allow:` (`unused-allow`): the name.
//!
//! A fix is a byte edit at that span: the wrong text, found exactly once inside the
//! span, is replaced by the suggestion; every other byte (comments, quotes, line ends,
//! a byte-order mark) stays. It never applies when the suggestion is ambiguous: when
//! another known name is (nearly) as close to the wrong text as the suggestion
//! (Jaro-Winkler within [`AMBIGUOUS`]) and means something else. Files are fixed only
//! where the check was asked to look: a checked plan and its journals. A model the
//! plan `uses` is fixed only when it is itself checked (named on the command line, or
//! found in a folder named there) — its findings then come from its own check.

use crate::format::FileResult;
use std::path::{Path, PathBuf};
use tovholder_core::FileId;
use tovholder_core::diag::Diagnostic;
use tovholder_core::diag::Location;
use tovholder_core::messages::load::ValueError;
use tovholder_core::messages::{LoadMsg, ModelMsg, Msg, RuleMsg};
use tovholder_core::rules::SectionKind;

/// Another candidate this close to the suggestion's score makes it ambiguous.
pub const AMBIGUOUS: f64 = 0.02;

/// One safe fix: replace `start..end` (bytes of the checked text) by `to`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fix {
    pub file: FileId,
    pub start: usize,
    pub end: usize,
    pub from: String,
    pub to: String,
    pub rule: &'static str,
    /// `file:line:column` of the fix, for its report line.
    pub place: String,
}

/// What a finding says can be fixed: the wrong text, the suggestion, and the
/// names the suggestion was chosen from (with what each means, for ambiguity).
struct Proposal {
    wrong: String,
    to: String,
    /// Other known names; the suggestion is ambiguous if one of them is as close.
    others: Vec<String>,
    /// The wrong text is matched without regard to case (units are read lower-cased).
    any_case: bool,
}

/// The ids of a section by its key (`roles`, `activities`, …).
fn section_ids(result: &FileResult, key: &str) -> Vec<String> {
    SectionKind::ALL
        .into_iter()
        .find(|s| s.key() == key)
        .map(|s| {
            s.ids(&result.checked.plan)
                .into_iter()
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default()
}

fn proposal(result: &FileResult, d: &Diagnostic) -> Option<Proposal> {
    let p = |wrong: &str, to: &str, others: Vec<String>, any_case: bool| {
        Some(Proposal {
            wrong: wrong.to_string(),
            to: to.to_string(),
            others,
            any_case,
        })
    };
    match &*d.finding {
        Msg::Load(LoadMsg::UnknownKey {
            key,
            suggestion: Some(s),
            known,
            ..
        }) => p(key, s, known.iter().map(|k| k.to_string()).collect(), false),
        Msg::Load(LoadMsg::InvalidValue {
            problem:
                ValueError::UnknownUnit {
                    unit,
                    suggestion: Some(s),
                    accepts,
                },
        }) => {
            let length = matches!(accepts, tovholder_core::messages::load::Accepts::Length);
            // Words that mean the same as the suggestion (`month`/`months`) are not rivals.
            let same = |w: &str| {
                if length {
                    let m =
                        |w: &str| tovholder_core::duration::parse_length(&format!("1 {w}")).ok();
                    m(w) == m(s)
                } else {
                    let m = |w: &str| tovholder_core::duration::parse_range(&format!("1 {w}")).ok();
                    m(w) == m(s)
                }
            };
            let others = tovholder_core::schema::unit_words(length)
                .into_iter()
                .filter(|w| !same(w))
                .collect();
            p(unit, s, others, true)
        }
        Msg::Rule(RuleMsg::UnknownReference {
            target,
            id,
            suggestion: Some(s),
            ..
        })
        | Msg::Rule(RuleMsg::LogUnknownReference {
            target,
            id,
            suggestion: Some(s),
        }) => p(id, s, section_ids(result, target), false),
        Msg::Model(ModelMsg::UnknownRemoval {
            section,
            id,
            suggestion: Some(s),
        }) => p(id, s, section_ids(result, section.key()), false),
        Msg::Rule(RuleMsg::UnknownRule {
            name,
            suggestion: Some(s),
        }) => p(
            name,
            s,
            tovholder_core::rules::RULES
                .iter()
                .map(|r| r.name.to_string())
                .collect(),
            false,
        ),
        _ => None,
    }
}

/// Whether another candidate is about as close to `wrong` as `to`.
fn ambiguous(wrong: &str, to: &str, others: &[String]) -> bool {
    let best = jaro_winkler(wrong, to);
    others
        .iter()
        .filter(|o| o.as_str() != to)
        .any(|o| jaro_winkler(wrong, o) >= best - AMBIGUOUS)
}

/// Jaro-Winkler similarity (prefix scale 0.1, at most 4 characters), the measure
/// the suggestions are chosen by (`diag::suggest`).
fn jaro_winkler(a: &str, b: &str) -> f64 {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let window = (a.len().max(b.len()) / 2).saturating_sub(1);
    let mut b_used = vec![false; b.len()];
    let mut a_matches = Vec::new();
    for (i, ca) in a.iter().enumerate() {
        let lo = i.saturating_sub(window);
        let hi = (i + window + 1).min(b.len());
        for j in lo..hi {
            if !b_used[j] && b[j] == *ca {
                b_used[j] = true;
                a_matches.push(*ca);
                break;
            }
        }
    }
    let m = a_matches.len();
    if m == 0 {
        return 0.0;
    }
    let b_matches = b.iter().zip(&b_used).filter(|(_, u)| **u).map(|(c, _)| *c);
    let transpositions = a_matches
        .iter()
        .zip(b_matches)
        .filter(|(x, y)| **x != *y)
        .count()
        / 2;
    let m = m as f64;
    let jaro = (m / a.len() as f64 + m / b.len() as f64 + (m - transpositions as f64) / m) / 3.0;
    let prefix = a.iter().zip(&b).take(4).take_while(|(x, y)| x == y).count() as f64;
    jaro + prefix * 0.1 * (1.0 - jaro)
}

/// Where `wrong` is written inside `span` of `text`: its one occurrence as a whole
/// word (none, or more than one: no fix).
fn locate(text: &str, start: usize, end: usize, wrong: &str, any_case: bool) -> Option<usize> {
    let inside = text.get(start..end)?;
    let word_char = |c: char| c.is_alphanumeric() || c == '-' || c == '_';
    let mut found = None;
    for (i, _) in inside.char_indices() {
        let Some(candidate) = inside.get(i..i + wrong.len()) else {
            continue;
        };
        let same = if any_case {
            candidate.to_lowercase() == wrong
        } else {
            candidate == wrong
        };
        if !same {
            continue;
        }
        let before = inside[..i].chars().next_back();
        let after = inside[i + wrong.len()..].chars().next();
        if before.is_some_and(word_char) || after.is_some_and(word_char) {
            continue;
        }
        if found.is_some() {
            return None;
        }
        found = Some(start + i);
    }
    found
}

/// The safe fixes of one checked plan: in its own file and its journals only.
pub fn fixes(result: &FileResult) -> Vec<Fix> {
    let own: Vec<FileId> = std::iter::once(result.checked.file)
        .chain(result.checked.journal_files.iter().copied())
        .collect();
    let mut out: Vec<Fix> = Vec::new();
    for d in &result.checked.diags {
        let span = d.span();
        if !own.contains(&span.file) {
            continue;
        }
        let Some(p) = proposal(result, d) else {
            continue;
        };
        if p.wrong.is_empty() || p.wrong == p.to || ambiguous(&p.wrong, &p.to, &p.others) {
            continue;
        }
        let Some(source) = result.sources.get(span.file) else {
            continue;
        };
        let Some(at) = locate(
            &source.text,
            span.start as usize,
            span.end as usize,
            &p.wrong,
            p.any_case,
        ) else {
            continue;
        };
        let end = at + p.wrong.len();
        if out
            .iter()
            .any(|f| f.file == span.file && f.start < end && at < f.end)
        {
            continue; // two findings at one place: the first one's fix
        }
        let loc = Location::of(
            &result.sources,
            tovholder_core::Span::new(span.file, at, end),
        );
        out.push(Fix {
            file: span.file,
            start: at,
            end,
            from: source.text[at..end].to_string(),
            to: p.to,
            rule: d.rule.name,
            place: format!("{}:{}:{}", loc.file, loc.line, loc.column),
        });
    }
    out.sort_by_key(|f| (f.file.0, f.start));
    out
}

/// The path a checked file is written at: the plan's own path, else its name.
pub fn path_of(result: &FileResult, file: FileId) -> PathBuf {
    if file == result.checked.file {
        return result.path.clone();
    }
    result
        .sources
        .get(file)
        .map(|s| PathBuf::from(&s.name))
        .unwrap_or_default()
}

/// `text` with `fixes` (sorted, not overlapping, all in one file) applied.
pub fn apply(text: &str, fixes: &[&Fix]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for f in fixes {
        out.push_str(&text[at..f.start]);
        out.push_str(&f.to);
        at = f.end;
    }
    out.push_str(&text[at..]);
    out
}

/// The bytes on disk as the checked text was decoded from them: the same text, with
/// a byte-order mark kept in front when the file had one. `None`: the file changed.
pub fn on_disk(path: &Path, checked: &str) -> Option<(Vec<u8>, usize)> {
    let bytes = std::fs::read(path).ok()?;
    const BOM: &[u8] = b"\xEF\xBB\xBF";
    let lead = if bytes.starts_with(BOM) && !checked.starts_with('\u{feff}') {
        BOM.len()
    } else {
        0
    };
    (bytes.get(lead..) == Some(checked.as_bytes())).then_some((bytes, lead))
}

/// A unified diff (`--- a/PATH`, `+++ b/PATH`, hunks with three lines of context)
/// of two texts that have the same lines but for edits inside lines.
pub fn unified_diff(path: &str, old: &str, new: &str) -> String {
    let a: Vec<&str> = old.split_inclusive('\n').collect();
    let b: Vec<&str> = new.split_inclusive('\n').collect();
    if a.len() != b.len() {
        // A fix never adds or removes a line break; say so rather than print a wrong diff.
        return String::new();
    }
    let changed: Vec<usize> = (0..a.len()).filter(|&i| a[i] != b[i]).collect();
    if changed.is_empty() {
        return String::new();
    }
    let mut out = format!("--- a/{path}\n+++ b/{path}\n");
    let context = 3;
    let mut i = 0;
    while i < changed.len() {
        let first = changed[i].saturating_sub(context);
        let mut last = (changed[i] + context).min(a.len() - 1);
        let mut j = i + 1;
        while j < changed.len() && changed[j] <= last + context + 1 {
            last = (changed[j] + context).min(a.len() - 1);
            j += 1;
        }
        let n = last - first + 1;
        out.push_str(&format!("@@ -{},{n} +{},{n} @@\n", first + 1, first + 1));
        for k in first..=last {
            let line = |s: &str| {
                let mut l = s.to_string();
                if !l.ends_with('\n') {
                    l.push_str("\n\\ No newline at end of file\n");
                }
                l
            };
            if a[k] == b[k] {
                out.push(' ');
                out.push_str(&line(a[k]));
            } else {
                out.push('-');
                out.push_str(&line(a[k]));
                out.push('+');
                out.push_str(&line(b[k]));
            }
        }
        i = j;
    }
    out
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn locate_finds_one_whole_word() {
        let t = "participants: [superbruer, leder]";
        assert_eq!(locate(t, 15, 26, "superbruer", false), Some(15));
        assert_eq!(locate("a a", 0, 3, "a", false), None);
        assert_eq!(locate("2 Timr", 0, 6, "timr", true), Some(2));
        assert_eq!(locate("xtimr", 0, 5, "timr", true), None);
    }

    #[test]
    fn ambiguity() {
        assert!(!ambiguous(
            "superbruer",
            "superbruger",
            &["leder".into(), "superbruger".into()]
        ));
        assert!(ambiguous("leder-b", "leder-a", &["leder-c".into()]));
    }

    #[test]
    fn diff_of_one_line() {
        let d = unified_diff("p.yaml", "a\nb\nc\n", "a\nB\nc\n");
        assert_eq!(
            d,
            "--- a/p.yaml\n+++ b/p.yaml\n@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n"
        );
    }
}
