//! miette reports: one per file, the source held once and each finding as a related diagnostic.

use crate::diag::{Diagnostic as Finding, Level};
use crate::span::{FileId, SourceMap};
use miette::{Diagnostic, LabeledSpan, NamedSource, Severity, SourceSpan};
use std::fmt;
use std::sync::Arc;

/// One finding as a miette diagnostic, holding its file's source.
#[derive(Debug)]
pub struct Report {
    rule: &'static str,
    message: String,
    help: Option<String>,
    severity: Severity,
    source: NamedSource<Arc<str>>,
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

fn named(
    sources: &SourceMap,
    file: FileId,
    cache: &mut Vec<(FileId, Arc<str>)>,
) -> NamedSource<Arc<str>> {
    let text = match cache.iter().find(|(f, _)| *f == file) {
        Some((_, t)) => t.clone(),
        None => {
            let t: Arc<str> = Arc::from(sources.get(file).map(|f| f.text.as_str()).unwrap_or(""));
            cache.push((file, t.clone()));
            t
        }
    };
    NamedSource::new(sources.name(file), text).with_language("yaml")
}

/// Turn a finding into a miette report. Labels in other files (a model and the plan
/// that uses it) become related reports with their own source.
pub fn to_report(sources: &SourceMap, d: &Finding) -> Report {
    let mut cache = Vec::new();
    let primary_file = d.span().file;
    let severity = match d.level {
        Level::Error => Severity::Error,
        Level::Warning => Severity::Warning,
    };
    let mut labels = Vec::new();
    let mut related = Vec::new();
    for (i, l) in d.labels.iter().enumerate() {
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
                rule: d.rule,
                message: l.message.clone().unwrap_or_default(),
                help: None,
                severity: Severity::Advice,
                source: named(sources, l.span.file, &mut cache),
                labels: vec![labeled],
                related: Vec::new(),
            });
        }
    }
    Report {
        rule: d.rule,
        message: d.message.clone(),
        help: d.help.clone(),
        severity,
        source: named(sources, primary_file, &mut cache),
        labels,
        related,
    }
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
