//! Diagnostics: what every stage reports, with spans and stable rule names.

use crate::messages::Msg;
use crate::rules::Rule;
use crate::span::{SourceMap, Span};
use serde::Serialize;

/// How serious a finding is once levels are applied.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Warning,
    Error,
}

/// The language of messages and documents.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    En,
    Da,
    Sv,
}

impl Lang {
    pub fn parse(s: &str) -> Option<Lang> {
        match s.trim().to_ascii_lowercase().as_str() {
            "en" | "english" => Some(Lang::En),
            "da" | "dansk" | "danish" => Some(Lang::Da),
            "sv" | "svenska" | "swedish" => Some(Lang::Sv),
            _ => None,
        }
    }
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Da => "da",
            Lang::Sv => "sv",
        }
    }
}

/// A place in a file with an optional note.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Label {
    pub span: Span,
    pub message: Option<String>,
}

impl Label {
    pub fn new(span: Span, message: impl Into<String>) -> Self {
        Label {
            span,
            message: Some(message.into()),
        }
    }
    pub fn bare(span: Span) -> Self {
        Label {
            span,
            message: None,
        }
    }
}

/// One finding. `labels[0]` is the primary location.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// The rule of the catalogue the finding belongs to.
    pub rule: &'static Rule,
    pub level: Level,
    /// The message in the report's language.
    pub message: String,
    pub help: Option<String>,
    pub labels: Vec<Label>,
    /// The finding as data: what `--format json` and SARIF print as its fields (boxed:
    /// a diagnostic is passed around by value, often as the error of a `Result`).
    pub finding: Box<Msg>,
}

impl Diagnostic {
    /// A finding in `lang` at its rule's default level: its words, and a label at each
    /// span (the first is the primary location) with the text the language gives it.
    pub fn report(finding: impl Into<Msg>, spans: &[Span], lang: Lang) -> Self {
        let finding = finding.into();
        let rule = finding.rule();
        let text = finding.text(lang);
        let mut label_texts = text.labels.into_iter();
        let labels = spans
            .iter()
            .map(|&span| Label {
                span,
                message: label_texts.next().filter(|t| !t.is_empty()),
            })
            .collect();
        Diagnostic {
            rule,
            level: rule.level.to_level().unwrap_or(Level::Warning),
            message: text.message,
            help: text.help,
            labels,
            finding: Box::new(finding),
        }
    }
    /// The same finding at another level.
    pub fn at(mut self, level: Level) -> Self {
        self.level = level;
        self
    }
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }
    pub fn with_label(mut self, label: Label) -> Self {
        self.labels.push(label);
        self
    }
    /// The errors and warnings this finding stands for: itself (one of its level), or,
    /// for the count of findings not kept (`limit-exceeded`), those it counts.
    pub fn counts(&self) -> (usize, usize) {
        if let Msg::Load(crate::messages::LoadMsg::FindingsNotKept {
            errors, warnings, ..
        }) = &*self.finding
        {
            return (*errors, *warnings);
        }
        match self.level {
            Level::Error => (1, 0),
            Level::Warning => (0, 1),
        }
    }
    /// Whether this is the count of findings not kept (it stands for them: a report
    /// that lists it has listed none of them).
    pub fn is_not_kept(&self) -> bool {
        matches!(
            &*self.finding,
            Msg::Load(crate::messages::LoadMsg::FindingsNotKept { .. })
        )
    }
    /// Whether the finding says what the report leaves out (`limit-exceeded`: entities
    /// not read, findings not kept): sorted first in its file, so that every report,
    /// however short or cut, shows it.
    pub fn sorts_first(&self) -> bool {
        self.rule.name == crate::rules::loader::LIMIT_EXCEEDED.name
    }
    /// The primary span (the first label).
    pub fn span(&self) -> Span {
        self.labels.first().map(|l| l.span).unwrap_or_default()
    }
    /// Sort key: file, position, rule — so output order never depends on rule order.
    pub fn sort_key(&self) -> (u32, u32, u32, &'static str) {
        let s = self.span();
        (s.file.0, s.start, s.end, self.rule.name)
    }
}

/// Sort diagnostics into reading order and drop exact duplicates.
pub fn sort(diags: &mut Vec<Diagnostic>) {
    diags.sort_by(|a, b| {
        let (ka, kb) = (a.sort_key(), b.sort_key());
        ka.0.cmp(&kb.0)
            .then_with(|| b.sorts_first().cmp(&a.sorts_first()))
            .then_with(|| ka.cmp(&kb))
            .then_with(|| a.message.cmp(&b.message))
    });
    diags.dedup();
}

/// A located view used by the machine-readable formats.
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct Location {
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
}

impl Location {
    pub fn of(sources: &SourceMap, span: Span) -> Location {
        let Some(f) = sources.get(span.file) else {
            return Location {
                file: "<unknown>".into(),
                line: 1,
                column: 1,
                end_line: 1,
                end_column: 1,
            };
        };
        let (line, column) = f.line_col(span.start);
        let (end_line, end_column) = f.line_col(span.end);
        Location {
            file: f.name.clone(),
            line,
            column,
            end_line,
            end_column,
        }
    }
}

/// Names longer than this are neither corrected nor suggested: nobody mistypes a
/// 100-character id, and comparing two texts costs the product of their lengths.
pub const MAX_SUGGEST_LEN: usize = 100;

/// "Did you mean" over a set of known names (Jaro-Winkler, threshold 0.8).
pub fn suggest<'a>(wrong: &str, known: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    if wrong.len() > MAX_SUGGEST_LEN {
        return None;
    }
    let mut best: Option<(f64, &str)> = None;
    for k in known {
        if k.len() > MAX_SUGGEST_LEN {
            continue;
        }
        let score = strsim::jaro_winkler(wrong, k);
        if score > 0.8 && best.is_none_or(|(b, _)| score > b) {
            best = Some((score, k));
        }
    }
    best.map(|(_, k)| k)
}

/// A budget of name comparisons for "did you mean" over one pass through a plan:
/// 100,000 unknown references among 100,000 ids would otherwise compare 10¹⁰ pairs.
/// Once spent, findings come without a suggestion.
#[derive(Debug)]
pub struct SuggestBudget(usize);

impl SuggestBudget {
    /// Name comparisons per pass.
    pub const COMPARISONS: usize = 1_000_000;

    pub fn new() -> Self {
        SuggestBudget(Self::COMPARISONS)
    }

    /// [`suggest`] among `count` known names, if that many comparisons are left.
    pub fn suggest<'a>(
        &mut self,
        wrong: &str,
        count: usize,
        known: impl IntoIterator<Item = &'a str>,
    ) -> Option<&'a str> {
        if wrong.len() > MAX_SUGGEST_LEN || count > self.0 {
            return None;
        }
        self.0 -= count;
        suggest(wrong, known)
    }
}

impl Default for SuggestBudget {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn suggests_close_names() {
        assert_eq!(
            suggest("superbruer", ["superbruger", "leder"]),
            Some("superbruger")
        );
        assert_eq!(suggest("xyz", ["superbruger", "leder"]), None);
    }

    #[test]
    fn long_names_and_a_spent_budget_give_no_suggestion() {
        let long = "a".repeat(MAX_SUGGEST_LEN + 1);
        assert_eq!(suggest(&long, [long.as_str()]), None);
        let mut budget = SuggestBudget::new();
        assert_eq!(budget.suggest("ledr", 1, ["leder"]), Some("leder"));
        assert_eq!(
            budget.suggest("ledr", SuggestBudget::COMPARISONS, ["leder"]),
            None
        );
    }
}
