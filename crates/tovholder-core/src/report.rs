//! miette reports: one per file, the source held once and each finding as a related diagnostic.

use crate::diag::{Diagnostic as Finding, Lang, Level};
use crate::messages::CliMsg;
use crate::span::{FileId, SourceMap};
use miette::{
    Diagnostic, LabeledSpan, MietteError, MietteSpanContents, NamedSource, Severity, SourceCode,
    SourceSpan, SpanContents,
};
use std::fmt;
use std::sync::Arc;

/// The most labels one report shows; a cycle through 100,000 phases would otherwise
/// make the graphical report quadratic. The rest are counted in a last line.
pub const MAX_LABELS: usize = 64;

/// One finding as a miette diagnostic, holding its file's source.
#[derive(Debug)]
pub struct Report {
    rule: &'static str,
    message: String,
    help: Option<String>,
    severity: Severity,
    source: NamedSource<IndexedSource>,
    labels: Vec<LabeledSpan>,
    related: Vec<Report>,
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Report {}

impl Diagnostic for Report {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        Some(Box::new(self.rule))
    }
    fn severity(&self) -> Option<Severity> {
        Some(self.severity)
    }
    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.help
            .as_ref()
            .map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }
    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        Some(&self.source)
    }
    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        Some(Box::new(self.labels.iter().cloned()))
    }
    fn related<'a>(&'a self) -> Option<Box<dyn Iterator<Item = &'a dyn Diagnostic> + 'a>> {
        if self.related.is_empty() {
            None
        } else {
            Some(Box::new(self.related.iter().map(|r| r as &dyn Diagnostic)))
        }
    }
}

/// A file's text with an index of its line starts, shared by every report on the file.
///
/// miette's own sources (`str`, `String`) find a span's lines by scanning from the
/// start of the file, and each report used to copy the text: both cost the size of the
/// file per finding, so 100,000 findings in a large plan took hours. Reading a span
/// here costs the size of its context lines.
#[derive(Clone)]
pub struct IndexedSource {
    text: Arc<str>,
    /// Byte offsets where lines start, with miette's line breaks (`\n`, `\r\n`, `\r`).
    line_starts: Arc<[usize]>,
}

impl fmt::Debug for IndexedSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("IndexedSource")
            .field("bytes", &self.text.len())
            .field("lines", &self.line_starts.len())
            .finish()
    }
}

impl IndexedSource {
    pub fn new(text: &str) -> Self {
        let bytes = text.as_bytes();
        let mut line_starts = vec![0];
        let mut i = 0;
        while let Some(&b) = bytes.get(i) {
            i += 1;
            match b {
                b'\n' => line_starts.push(i),
                b'\r' => {
                    if bytes.get(i) == Some(&b'\n') {
                        i += 1;
                    }
                    line_starts.push(i);
                }
                _ => {}
            }
        }
        IndexedSource {
            text: Arc::from(text),
            line_starts: line_starts.into(),
        }
    }

    /// The 0-based line holding byte `offset`.
    fn line_of(&self, offset: usize) -> usize {
        match self.line_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        }
    }
}

impl SourceCode for IndexedSource {
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        context_lines_before: usize,
        context_lines_after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
        let len = self.text.len();
        let start = span.offset();
        let end = start.saturating_add(span.len());
        if end > len {
            // (miette's own sources panic on some of these.)
            return Err(MietteError::OutOfBounds);
        }
        // A window of whole lines from the line before the first context line to a
        // little past the last, so miette's scan inside it finds the same lines as in
        // the whole file (its scan may stop on the byte just before the span).
        let first = self
            .line_of(start)
            .saturating_sub(context_lines_before.saturating_add(1));
        let last = self
            .line_of(end)
            .saturating_add(context_lines_after)
            .saturating_add(2);
        let from = self.line_starts.get(first).copied().unwrap_or(0);
        let to = self.line_starts.get(last).copied().unwrap_or(len);
        let window = self.text.as_bytes().get(from..to).unwrap_or_default();
        let inner = SourceSpan::new((start - from).into(), span.len());
        let c = <[u8] as SourceCode>::read_span(
            window,
            &inner,
            context_lines_before,
            context_lines_after,
        )?;
        Ok(Box::new(MietteSpanContents::new(
            c.data(),
            SourceSpan::new((c.span().offset() + from).into(), c.span().len()),
            c.line() + first,
            c.column(),
            c.line_count() + first,
        )))
    }
}

/// Makes reports for the findings of one [`SourceMap`], indexing each file once.
pub struct Reporter<'a> {
    sources: &'a SourceMap,
    cache: Vec<(FileId, IndexedSource)>,
    /// The language of the reports' own words ("… more places not shown").
    lang: Lang,
}

impl<'a> Reporter<'a> {
    pub fn new(sources: &'a SourceMap) -> Self {
        Reporter {
            sources,
            cache: Vec::new(),
            lang: Lang::En,
        }
    }

    /// Reports whose own words (not the findings', which are already worded) are in `lang`.
    pub fn in_lang(mut self, lang: Lang) -> Self {
        self.lang = lang;
        self
    }

    fn named(&mut self, file: FileId) -> NamedSource<IndexedSource> {
        let source = match self.cache.iter().find(|(f, _)| *f == file) {
            Some((_, s)) => s.clone(),
            None => {
                let s = IndexedSource::new(
                    self.sources
                        .get(file)
                        .map(|f| f.text.as_str())
                        .unwrap_or(""),
                );
                self.cache.push((file, s.clone()));
                s
            }
        };
        NamedSource::new(self.sources.name(file), source).with_language("yaml")
    }

    /// Turn a finding into a miette report (see [`to_report`]).
    pub fn report(&mut self, d: &Finding) -> Report {
        let primary_file = d.span().file;
        let severity = match d.level {
            Level::Error => Severity::Error,
            Level::Warning => Severity::Warning,
        };
        let mut labels = Vec::new();
        let mut related = Vec::new();
        for (i, l) in d.labels.iter().take(MAX_LABELS).enumerate() {
            let span = SourceSpan::new((l.span.start as usize).into(), l.span.len());
            let labeled = if i == 0 {
                LabeledSpan::new_primary_with_span(l.message.clone(), span)
            } else {
                LabeledSpan::new_with_span(l.message.clone(), span)
            };
            if l.span.file == primary_file {
                labels.push(labeled);
            } else {
                related.push(Report {
                    rule: d.rule.name,
                    message: l.message.clone().unwrap_or_default(),
                    help: None,
                    severity: Severity::Advice,
                    source: self.named(l.span.file),
                    labels: vec![labeled],
                    related: Vec::new(),
                });
            }
        }
        let hidden = d.labels.len().saturating_sub(MAX_LABELS);
        let more = |count| CliMsg::MorePlacesNotShown { count }.text(self.lang);
        let help = match (hidden, &d.help) {
            (0, h) => h.clone(),
            (n, None) => Some(more(n)),
            (n, Some(h)) => Some(format!("{h}\n{}", more(n))),
        };
        Report {
            rule: d.rule.name,
            message: d.message.clone(),
            help,
            severity,
            source: self.named(primary_file),
            labels,
            related,
        }
    }
}

/// Turn a finding into a miette report. Labels in other files (a model and the plan
/// that uses it) become related reports with their own source. For many findings of
/// the same files, use one [`Reporter`].
pub fn to_report(sources: &SourceMap, d: &Finding) -> Report {
    Reporter::new(sources).report(d)
}

/// Render a finding as text with miette's graphical handler (no colour, fixed width):
/// what snapshot tests compare.
pub fn render_plain(sources: &SourceMap, d: &Finding, width: usize) -> String {
    let handler =
        miette::GraphicalReportHandler::new_themed(miette::GraphicalTheme::unicode_nocolor())
            .with_width(width)
            .with_links(false);
    let mut out = String::new();
    let report = to_report(sources, d);
    if handler.render_report(&mut out, &report).is_err() {
        out.push_str(&d.message);
    }
    out
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    /// What a span read gives, comparable between sources.
    fn read(
        src: &dyn SourceCode,
        span: SourceSpan,
        before: usize,
        after: usize,
    ) -> Option<(Vec<u8>, SourceSpan, usize, usize, usize)> {
        let c = src.read_span(&span, before, after).ok()?;
        Some((
            c.data().to_vec(),
            *c.span(),
            c.line(),
            c.column(),
            c.line_count(),
        ))
    }

    #[test]
    fn indexed_source_reads_what_miette_reads() {
        let texts = [
            "",
            "a",
            "id: x\ntitle: y\n",
            "id: x\r\ntitle: æø\r\nphases:\r\n  a: { duration: 1 week }\r\n",
            "one\rtwo\rthree\r\n\r\nfour\n\n\nfive",
            "\u{feff}id: x\n\n\n  - a\n  - b\nend",
            "no newline at the end",
            "\n\n\n",
        ];
        for text in texts {
            let indexed = IndexedSource::new(text);
            for start in 0..=text.len() + 1 {
                for len in [0, 1, 2, 5, 40] {
                    for (before, after) in [(0, 0), (1, 1), (2, 3), (3, 0)] {
                        let span = SourceSpan::new(start.into(), len);
                        if start + len > text.len() {
                            assert!(read(&indexed, span, before, after).is_none());
                            continue;
                        }
                        assert_eq!(
                            read(&indexed, span, before, after),
                            read(&text.to_string(), span, before, after),
                            "{text:?} at {start}+{len}, context {before}/{after}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn long_label_lists_are_cut() {
        use crate::diag::{Diagnostic as D, Label};
        use crate::span::{SourceFile, Span};
        let mut sources = SourceMap::new();
        let text = "a: 1\n".repeat(200);
        let file = sources.add(SourceFile::new("p.yaml", text));
        let mut d = D::report(
            crate::messages::RuleMsg::RoleWithoutOwner { role: "r".into() },
            &[Span::new(file, 0, 1)],
            Lang::En,
        );
        for i in 1..200 {
            d = d.with_label(Label::new(Span::new(file, i * 5, i * 5 + 1), "edge"));
        }
        let r = to_report(&sources, &d);
        assert_eq!(r.labels.len(), MAX_LABELS);
        assert!(r.help.unwrap().contains("136 more places not shown"));
        let r = Reporter::new(&sources).in_lang(Lang::Sv).report(&d);
        assert!(
            r.help
                .unwrap()
                .contains("ytterligare 136 ställen visas inte")
        );
    }
}
