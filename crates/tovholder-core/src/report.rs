//! miette reports: one per file, the source held once and each finding as a related diagnostic.
//!
//! What reaches the terminal is bounded and inert: a snippet shows at most
//! [`SNIPPET_COLUMNS`] characters of a line (a window around the finding, `…` where it
//! is cut), and control characters in messages, labels, file names and snippets are
//! shown escaped by [`terminal_text`].

use crate::diag::{Diagnostic as Finding, Lang, Level};
use crate::messages::CliMsg;
use crate::span::{FileId, SourceMap};
use miette::{
    Diagnostic, LabeledSpan, MietteError, MietteSpanContents, NamedSource, Severity, SourceCode,
    SourceSpan, SpanContents,
};
use std::borrow::Cow;
use std::fmt;
use std::sync::Arc;

/// The most labels one report shows; a cycle through 100,000 phases would otherwise
/// make the graphical report quadratic. The rest are counted in a last line.
pub const MAX_LABELS: usize = 64;

/// A snippet shows at most so many characters of a source line; a longer line is cut
/// to a window around the finding, with `…` where it was cut. Lines this short are
/// shown whole, as they are in the file.
pub const SNIPPET_COLUMNS: usize = 160;
/// Of a cut line's window, so many characters come before the finding's column.
pub const SNIPPET_BEFORE: usize = 40;
/// Lines around each label an excerpt keeps (miette shows one before and after).
const EXCERPT_CONTEXT: usize = 2;

/// Whether `c` is shown escaped in terminal output: the C0 controls except tab, DEL,
/// the C1 controls, and the bidirectional embeddings, overrides and isolates
/// (U+202A–U+202E, U+2066–U+2069), which could reorder what a reader sees.
pub fn is_escaped(c: char) -> bool {
    matches!(c,
        '\0'..='\u{8}' | '\u{a}'..='\u{1f}' | '\u{7f}'..='\u{9f}'
        | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Push `c` as terminal output shows it: a C0 control as its Unicode control picture
/// (ESC as `␛`, CR as `␍`, LF as `␊`: one column, as in the file), DEL as `␡`, and
/// the C1 and bidirectional controls as `<U+202E>`.
fn push_shown(c: char, out: &mut String) {
    match c {
        '\0'..='\u{1f}' if c != '\t' => {
            out.push(char::from_u32(0x2400 + c as u32).unwrap_or('\u{fffd}'))
        }
        '\u{7f}' => out.push('\u{2421}'),
        _ if is_escaped(c) => out.push_str(&format!("<U+{:04X}>", c as u32)),
        _ => out.push(c),
    }
}

/// Text made safe for a terminal: every character of [`is_escaped`] shown escaped
/// (line breaks too, so the text stays on one line). The one function every
/// terminal format (human, concise, github) passes plan text and file names through.
pub fn terminal_text(s: &str) -> Cow<'_, str> {
    if !s.chars().any(is_escaped) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        push_shown(c, &mut out);
    }
    Cow::Owned(out)
}

/// [`terminal_text`] keeping the line breaks (`\n`) of a message of several lines.
pub fn terminal_lines(s: &str) -> Cow<'_, str> {
    if !s.chars().any(is_escaped) || !s.contains('\n') {
        return terminal_text(s);
    }
    let lines: Vec<Cow<'_, str>> = s.split('\n').map(terminal_text).collect();
    Cow::Owned(lines.join("\n"))
}

/// A word (a run without spaces) of a message longer than this many characters is
/// shortened to its first 60 and last 20 characters around `…`: a 70,000-character
/// id quoted in a message would otherwise fill the terminal.
pub const MAX_WORD_CHARS: usize = 100;
/// A message, label or help longer than this many characters is cut with `…`.
pub const MAX_MESSAGE_CHARS: usize = 2_000;

/// A finding's message, label or help as every terminal format prints it: long words
/// shortened ([`MAX_WORD_CHARS`]), the whole cut at [`MAX_MESSAGE_CHARS`], control
/// characters escaped keeping line breaks ([`terminal_lines`]). Short messages of
/// printable text come out unchanged.
pub fn terminal_message(s: &str) -> String {
    let mut out = String::with_capacity(s.len().min(MAX_MESSAGE_CHARS * 4));
    let mut chars = 0usize;
    let mut word: Vec<char> = Vec::new();
    let flush = |word: &mut Vec<char>, out: &mut String| {
        if word.len() > MAX_WORD_CHARS {
            out.extend(word.iter().take(60));
            out.push('…');
            out.extend(word.iter().skip(word.len() - 20));
        } else {
            out.extend(word.iter());
        }
        word.clear();
    };
    for c in s.chars() {
        if chars >= MAX_MESSAGE_CHARS {
            flush(&mut word, &mut out);
            out.push('…');
            break;
        }
        if c.is_whitespace() {
            flush(&mut word, &mut out);
            out.push(c);
            chars += 1;
        } else {
            // A word's characters count once it is shortened (at most 81).
            if word.len() <= MAX_WORD_CHARS {
                chars += 1;
            }
            if word.len() <= MAX_WORD_CHARS {
                word.push(c);
            } else {
                // Keep the word's first 60 and a rolling tail (of which the last 20 are shown).
                word.remove(60);
                word.push(c);
            }
        }
    }
    flush(&mut word, &mut out);
    terminal_lines(&out).into_owned()
}

/// One finding as a miette diagnostic, holding its file's source.
#[derive(Debug)]
pub struct Report {
    rule: &'static str,
    message: String,
    help: Option<String>,
    severity: Severity,
    source: NamedSource<Snippet>,
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

impl IndexedSource {
    /// Line `i`'s text without its line break, and the offset of the next line.
    fn line(&self, i: usize) -> (usize, usize, usize) {
        let len = self.text.len();
        let start = self.line_starts.get(i).copied().unwrap_or(len);
        let next = self.line_starts.get(i + 1).copied().unwrap_or(len);
        let bytes = self.text.as_bytes();
        let mut end = next;
        if end > start && bytes.get(end - 1) == Some(&b'\n') {
            end -= 1;
        }
        if end > start && bytes.get(end - 1) == Some(&b'\r') {
            end -= 1;
        }
        (start, end, next)
    }

    /// Whether line `i` cannot be shown as it is: longer than [`SNIPPET_COLUMNS`],
    /// holding a control character, or ended by a bare CR (which miette would print).
    fn line_needs_excerpt(&self, i: usize) -> bool {
        let (start, end, next) = self.line(i);
        let text = self.text.get(start..end).unwrap_or_default();
        if text.len() > SNIPPET_COLUMNS * 4
            || self.text.get(end..next) == Some("\r")
            || text.chars().any(is_escaped)
        {
            return true;
        }
        text.len() > SNIPPET_COLUMNS && text.chars().count() > SNIPPET_COLUMNS
    }
}

/// The source of one report: the whole file, or (when a line it shows is long or
/// holds control characters) an excerpt of the lines it shows.
#[derive(Debug, Clone)]
pub enum Snippet {
    Whole(IndexedSource),
    Excerpt(Arc<Excerpt>),
}

impl SourceCode for Snippet {
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        context_lines_before: usize,
        context_lines_after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
        match self {
            Snippet::Whole(s) => s.read_span(span, context_lines_before, context_lines_after),
            Snippet::Excerpt(e) => e.read_span(span, context_lines_before, context_lines_after),
        }
    }
}

/// Blocks of a file's lines as a snippet shows them: each line cut to a window of
/// [`SNIPPET_COLUMNS`] characters around its first label (`…` where cut), control
/// characters escaped, every line ended by `\n`. Its offsets are the excerpt's own;
/// the lines and columns it reports are the file's.
pub struct Excerpt {
    text: String,
    /// Excerpt byte ranges of the blocks, with the file's 0-based line of each first line.
    blocks: Vec<(usize, usize, usize)>,
    /// (file offset, excerpt offset) at every shown character boundary and cut,
    /// increasing in both.
    points: Vec<(usize, usize)>,
    source: IndexedSource,
}

impl fmt::Debug for Excerpt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Excerpt")
            .field("bytes", &self.text.len())
            .field("blocks", &self.blocks.len())
            .finish()
    }
}

impl Excerpt {
    /// The excerpt of `source` showing `spans` (file byte ranges, all in bounds).
    fn new(source: &IndexedSource, spans: &[(usize, usize)]) -> Excerpt {
        let last_line = source.line_starts.len().saturating_sub(1);
        let mut ranges: Vec<(usize, usize)> = spans
            .iter()
            .map(|&(s, e)| {
                (
                    source.line_of(s).saturating_sub(EXCERPT_CONTEXT),
                    source
                        .line_of(e)
                        .saturating_add(EXCERPT_CONTEXT)
                        .min(last_line),
                )
            })
            .collect();
        ranges.sort_unstable();
        let mut merged: Vec<(usize, usize)> = Vec::new();
        for (a, b) in ranges {
            match merged.last_mut() {
                Some(last) if a <= last.1.saturating_add(1) => last.1 = last.1.max(b),
                _ => merged.push((a, b)),
            }
        }
        let mut x = Excerpt {
            text: String::new(),
            blocks: Vec::new(),
            points: Vec::new(),
            source: source.clone(),
        };
        for (first, last) in merged {
            let start = x.text.len();
            for line in first..=last {
                x.push_line(line, spans);
            }
            x.blocks.push((start, x.text.len(), first));
        }
        x
    }

    fn point(&mut self, real: usize) {
        let ex = self.text.len();
        match self.points.last_mut() {
            Some(last) if last.0 >= real => *last = (last.0, ex.max(last.1)),
            _ => self.points.push((real, ex)),
        }
    }

    fn push_line(&mut self, line: usize, spans: &[(usize, usize)]) {
        let (start, end, next) = self.source.line(line);
        let text = self.source.text.clone();
        let content = text.get(start..end).unwrap_or_default();
        // The window: around the first label starting on the line, else the first
        // ending on it, else the line's start.
        let on_line = |o: usize| (start..=end).contains(&o);
        let focus = spans
            .iter()
            .map(|s| s.0)
            .filter(|&o| on_line(o))
            .min()
            .or_else(|| spans.iter().map(|s| s.1).filter(|&o| on_line(o)).min())
            .unwrap_or(start);
        let mut focus = focus - start;
        while !content.is_char_boundary(focus) {
            focus -= 1;
        }
        let long = content.len() > SNIPPET_COLUMNS && content.chars().count() > SNIPPET_COLUMNS;
        let (from, to) = if long {
            let before = content[..focus].char_indices().rev().take(SNIPPET_BEFORE);
            let from = before.last().map(|(i, _)| i).unwrap_or(focus);
            let to = content[from..]
                .char_indices()
                .nth(SNIPPET_COLUMNS)
                .map(|(i, _)| from + i)
                .unwrap_or(content.len());
            (from, to)
        } else {
            (0, content.len())
        };
        self.point(start);
        if from > 0 {
            self.text.push('…');
        }
        for (i, c) in content[from..to].char_indices() {
            self.point(start + from + i);
            push_shown(c, &mut self.text);
        }
        self.point(start + to);
        if to < content.len() {
            self.text.push('…');
            self.point(end);
        }
        self.text.push('\n');
        self.point(next.max(end + 1));
    }

    /// The excerpt offset of file offset `real` as a span's start (rounded down).
    fn map_start(&self, real: usize) -> usize {
        let i = self.points.partition_point(|p| p.0 <= real);
        self.points.get(i.saturating_sub(1)).map_or(0, |p| p.1)
    }

    /// The excerpt offset of file offset `real` as a span's end (rounded up).
    fn map_end(&self, real: usize) -> usize {
        let i = self.points.partition_point(|p| p.0 < real);
        self.points.get(i).map_or(self.text.len(), |p| p.1)
    }

    /// The file offset shown at excerpt offset `ex`.
    fn unmap(&self, ex: usize) -> usize {
        let i = self.points.partition_point(|p| p.1 <= ex);
        self.points.get(i.saturating_sub(1)).map_or(0, |p| p.0)
    }

    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        context_lines_before: usize,
        context_lines_after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
        let start = span.offset();
        let end = start.saturating_add(span.len());
        let &(from, to, first) = self
            .blocks
            .iter()
            .find(|b| b.0 <= start && end <= b.1)
            .ok_or(MietteError::OutOfBounds)?;
        let block = self.text.as_bytes().get(from..to).unwrap_or_default();
        let inner = SourceSpan::new((start - from).into(), span.len());
        let c = <[u8] as SourceCode>::read_span(
            block,
            &inner,
            context_lines_before,
            context_lines_after,
        )?;
        let column = if context_lines_before == 0 {
            let real = self.unmap(start);
            let line = self.source.line_of(real);
            real - self.source.line_starts.get(line).copied().unwrap_or(0)
        } else {
            c.column()
        };
        Ok(Box::new(MietteSpanContents::new(
            c.data(),
            SourceSpan::new((c.span().offset() + from).into(), c.span().len()),
            c.line() + first,
            column,
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

    fn indexed(&mut self, file: FileId) -> IndexedSource {
        match self.cache.iter().find(|(f, _)| *f == file) {
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
        }
    }

    /// The source of a report on `file` showing `spans`, and the spans in its offsets:
    /// the whole file when every line shown can be shown as it is, else an excerpt.
    fn snippet(
        &mut self,
        file: FileId,
        spans: &[(usize, usize)],
    ) -> (NamedSource<Snippet>, Vec<SourceSpan>) {
        let source = self.indexed(file);
        let len = source.text.len();
        let in_bounds = spans.iter().all(|&(s, e)| s <= e && e <= len);
        // miette shows a line around each label and, when it puts labels into one
        // snippet, every line between them: every line from the first label's to the
        // last one's (and EXCERPT_CONTEXT + 1 around) must be checked. Labels more than
        // MAX_SCANNED lines apart always get the excerpt (bounded, escaped) instead.
        const MAX_SCANNED: usize = 64;
        let last = source.line_starts.len().saturating_sub(1);
        let lo = spans
            .iter()
            .map(|&(s, _)| source.line_of(s))
            .min()
            .unwrap_or(0);
        let hi = spans
            .iter()
            .map(|&(_, e)| source.line_of(e))
            .max()
            .unwrap_or(0);
        let needs = in_bounds
            && (hi.saturating_sub(lo) > MAX_SCANNED
                || (lo.saturating_sub(EXCERPT_CONTEXT + 1)
                    ..=hi.saturating_add(EXCERPT_CONTEXT + 1).min(last))
                    .any(|l| source.line_needs_excerpt(l)));
        let name = terminal_text(self.sources.name(file)).into_owned();
        if !needs {
            let spans = spans
                .iter()
                .map(|&(s, e)| SourceSpan::new(s.into(), e.saturating_sub(s)))
                .collect();
            let named = NamedSource::new(name, Snippet::Whole(source)).with_language("yaml");
            return (named, spans);
        }
        let excerpt = Excerpt::new(&source, spans);
        let spans = spans
            .iter()
            .map(|&(s, e)| {
                let a = excerpt.map_start(s);
                let b = excerpt.map_end(e).max(a);
                SourceSpan::new(a.into(), b - a)
            })
            .collect();
        let named =
            NamedSource::new(name, Snippet::Excerpt(Arc::new(excerpt))).with_language("yaml");
        (named, spans)
    }

    /// Turn a finding into a miette report (see [`to_report`]).
    pub fn report(&mut self, d: &Finding) -> Report {
        let primary_file = d.span().file;
        let severity = match d.level {
            Level::Error => Severity::Error,
            Level::Warning => Severity::Warning,
        };
        let shown: Vec<_> = d.labels.iter().take(MAX_LABELS).collect();
        let range = |l: &crate::diag::Label| {
            let s = l.span.start as usize;
            (s, s.saturating_add(l.span.len()))
        };
        let primary: Vec<(usize, usize)> = shown
            .iter()
            .filter(|l| l.span.file == primary_file)
            .map(|l| range(l))
            .collect();
        let (source, mut primary_spans) = self.snippet(primary_file, &primary);
        primary_spans.reverse();
        let text = |m: &Option<String>| m.as_deref().map(terminal_message);
        let mut labels = Vec::new();
        let mut related = Vec::new();
        for (i, l) in shown.iter().enumerate() {
            let message = text(&l.message);
            let labeled = |span| {
                if i == 0 {
                    LabeledSpan::new_primary_with_span(message.clone(), span)
                } else {
                    LabeledSpan::new_with_span(message.clone(), span)
                }
            };
            if l.span.file == primary_file {
                if let Some(span) = primary_spans.pop() {
                    labels.push(labeled(span));
                }
            } else {
                let (source, spans) = self.snippet(l.span.file, &[range(l)]);
                let span = spans.first().copied().unwrap_or_else(|| (0, 0).into());
                related.push(Report {
                    rule: d.rule.name,
                    message: message.clone().unwrap_or_default(),
                    help: None,
                    severity: Severity::Advice,
                    source,
                    labels: vec![labeled(span)],
                    related: Vec::new(),
                });
            }
        }
        let hidden = d.labels.len().saturating_sub(MAX_LABELS);
        let more = |count| CliMsg::MorePlacesNotShown { count }.text(self.lang);
        let help = match (hidden, text(&d.help)) {
            (0, h) => h,
            (n, None) => Some(more(n)),
            (n, Some(h)) => Some(format!("{h}\n{}", more(n))),
        };
        Report {
            rule: d.rule.name,
            message: terminal_message(&d.message),
            help,
            severity,
            source,
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

/// Draws reports as text. miette draws each finding's header, message and snippets;
/// the two things it words only in English are drawn here in the report's language:
/// the help line (`help:`, `forslag:`, `förslag:`) and the line before a place in
/// another file (miette's `Advice:`; here `See also:`, `Se også:`, `Se även:`). The
/// layout is miette's own: the help wrapped at the same width under its own prefix.
pub struct Drawer {
    handler: miette::GraphicalReportHandler,
    theme: miette::GraphicalTheme,
    width: usize,
    lang: Lang,
}

impl Drawer {
    /// A drawer with `theme` (colour or none) that wraps at `width` columns, its own
    /// words in `lang`.
    pub fn new(theme: miette::GraphicalTheme, width: usize, lang: Lang) -> Self {
        let handler = miette::GraphicalReportHandler::new_themed(theme.clone())
            .with_width(width)
            .with_links(false);
        Drawer {
            handler,
            theme,
            width,
            lang,
        }
    }

    /// Unicode without colour, 80 columns: what snapshot tests compare.
    pub fn plain(lang: Lang) -> Self {
        Drawer::new(miette::GraphicalTheme::unicode_nocolor(), 80, lang)
    }

    /// Appends `report` to `out`, as miette would draw it but in the drawer's language.
    pub fn draw(&self, out: &mut String, report: &Report) -> fmt::Result {
        self.handler.render_report(out, &Bare(report))?;
        if let Some(help) = &report.help {
            let prefix = format!("  {}: ", CliMsg::HelpPrefix.text(self.lang));
            let indent = " ".repeat(prefix.chars().count());
            let styled = self.theme.styles.help.style(&prefix).to_string();
            let options = textwrap::Options::new(self.width.saturating_sub(2))
                .initial_indent(&styled)
                .subsequent_indent(&indent);
            out.push_str(&textwrap::fill(help, options));
            out.push('\n');
        }
        let see_also = CliMsg::SeeAlsoPrefix.text(self.lang);
        for related in &report.related {
            out.push('\n');
            out.push_str(&see_also);
            out.push_str(": ");
            self.draw(out, related)?;
        }
        Ok(())
    }
}

/// A report without its help and its related reports, which [`Drawer::draw`] draws.
struct Bare<'a>(&'a Report);

impl fmt::Debug for Bare<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl fmt::Display for Bare<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0.message)
    }
}

impl std::error::Error for Bare<'_> {}

impl Diagnostic for Bare<'_> {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.0.code()
    }
    fn severity(&self) -> Option<Severity> {
        self.0.severity()
    }
    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        self.0.source_code()
    }
    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        self.0.labels()
    }
}

/// A finding as text, drawn by [`Drawer::plain`] with its own words in `lang`: what
/// snapshot tests compare.
pub fn render_plain(sources: &SourceMap, d: &Finding, lang: Lang) -> String {
    let mut out = String::new();
    let report = Reporter::new(sources).in_lang(lang).report(d);
    if Drawer::plain(lang).draw(&mut out, &report).is_err() {
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

    #[test]
    fn the_drawer_words_help_and_other_files_in_its_language_as_miette_lays_them_out() {
        use crate::diag::{Diagnostic as D, Label};
        use crate::span::{SourceFile, Span};
        let mut sources = SourceMap::new();
        let plan = sources.add(SourceFile::new("plan.yaml", "roles:\n  r: {}\n"));
        let model = sources.add(SourceFile::new("model.yaml", "roles:\n  r: {}\n"));
        let long = "ord ".repeat(40);
        let d = D::report(
            crate::messages::RuleMsg::RoleWithoutOwner { role: "r".into() },
            &[Span::new(plan, 9, 10)],
            Lang::Da,
        )
        .with_help(long.trim_end())
        .with_label(Label::new(Span::new(model, 9, 10), "i modellen"));
        for (lang, help, see_also) in [
            (Lang::Da, "  forslag: ", "Se også: role-without-owner"),
            (Lang::Sv, "  förslag: ", "Se även: role-without-owner"),
            (Lang::En, "  help: ", "See also: role-without-owner"),
        ] {
            let out = render_plain(&sources, &d, lang);
            let lines: Vec<&str> = out.lines().collect();
            let at = lines
                .iter()
                .position(|l| l.starts_with(help))
                .unwrap_or_else(|| panic!("{help:?} in\n{out}"));
            // 160 characters of help at 80 columns: wrapped, every further line
            // indented under the help's text.
            let indent = " ".repeat(help.chars().count());
            let rest: Vec<&&str> = lines
                .iter()
                .skip(at + 1)
                .take_while(|l| l.starts_with(&indent))
                .collect();
            assert!(rest.len() >= 2, "{out}");
            assert!(lines.iter().all(|l| l.chars().count() <= 80), "{out}");
            let words: usize = lines[at..=at + rest.len()]
                .iter()
                .map(|l| l.matches("ord").count())
                .sum();
            assert_eq!(words, 40, "{out}");
            assert!(out.contains(see_also), "{out}");
            assert!(out.contains("model.yaml:2:3"), "{out}");
            if lang != Lang::En {
                assert!(!out.contains("help:") && !out.contains("Advice"), "{out}");
            }
        }
    }

    fn one_finding(text: &str, start: usize, end: usize) -> String {
        use crate::diag::Diagnostic as D;
        use crate::span::{SourceFile, Span};
        let mut sources = SourceMap::new();
        let file = sources.add(SourceFile::new("p.yaml", text.to_string()));
        let d = D::report(
            crate::messages::RuleMsg::RoleWithoutOwner { role: "r".into() },
            &[Span::new(file, start, end)],
            Lang::En,
        );
        render_plain(&sources, &d, Lang::En)
    }

    #[test]
    fn long_lines_are_cut_around_the_span_with_the_file_s_line_and_column() {
        // 300 two-byte characters before the span: byte column 604 on line 2.
        let text = format!("a: 1\nt: {} bogus\nb: 2\n", "é".repeat(300));
        let start = text.find("bogus").unwrap();
        let out = one_finding(&text, start, start + 5);
        assert!(out.contains("[p.yaml:2:605]"), "{out}");
        assert!(out.contains("…éééé"), "{out}");
        assert!(
            out.contains(" 1 │ a: 1") && out.contains(" 3 │ b: 2"),
            "{out}"
        );
        let longest = out.lines().map(|l| l.chars().count()).max().unwrap();
        assert!(longest < SNIPPET_COLUMNS + 20, "{longest}: {out}");
        // The underline is under `bogus`, the label's text beneath it.
        let line = out.lines().position(|l| l.contains("bogus")).unwrap();
        let shown = out.lines().nth(line).unwrap();
        let under = out.lines().nth(line + 1).unwrap();
        let col = |s: &str, needle: &str| s[..s.find(needle).unwrap()].chars().count();
        assert_eq!(col(shown, "bogus"), col(under, "──"), "{out}");
        // A span past column 65,535 (miette's formatting limit) and a line cut on both sides.
        let text = format!("t: {} bogus {}\n", "x".repeat(70_000), "y".repeat(70_000));
        let start = text.find("bogus").unwrap();
        let out = one_finding(&text, start, start + 5);
        assert!(out.contains("[p.yaml:1:70005]"), "{out}");
        assert!(out.contains("…xxx") && out.contains("yyy…"), "{out}");
        assert!(out.len() < 2_000, "{out}");
        // A span longer than the window: underlined to the cut.
        let out = one_finding(&text, 3, text.len() - 1);
        assert!(out.len() < 2_000, "{out}");
    }

    #[test]
    fn control_characters_in_snippets_are_shown_escaped() {
        let text = "id: c\ntitle: \u{1b}]52;c;ZXZpbA==\u{7} \u{202e}x\u{85} bogus\rnext: 1\n";
        let start = text.find("bogus").unwrap();
        let out = one_finding(text, start, start + 5);
        assert!(
            !out.chars()
                .any(|c| c.is_control() && c != '\n' || c == '\u{202e}'),
            "{out:?}"
        );
        assert!(
            out.contains("␛]52;c;ZXZpbA==␇ <U+202E>x<U+0085> bogus"),
            "{out}"
        );
        assert!(out.contains("[p.yaml:2:"), "{out}");
        // Plain lines are the file's own.
        let text = "id: c\ntitle: t\n";
        let out = one_finding(text, 6, 11);
        assert!(out.contains(" 2 │ title: t\n"), "{out}");
    }

    #[test]
    fn terminal_messages_are_short_and_inert() {
        assert_eq!(
            terminal_message("unknown key `bogus`"),
            "unknown key `bogus`"
        );
        assert_eq!(terminal_message("a\nhelp: b"), "a\nhelp: b");
        assert_eq!(terminal_message("x\r::warning"), "x␍::warning");
        let long = format!("`{}{}` is not an id", "a".repeat(70_000), "b".repeat(20));
        let short = terminal_message(&long);
        assert_eq!(
            short,
            format!("`{}…{}` is not an id", "a".repeat(59), "b".repeat(19))
        );
        let many = "word ".repeat(10_000);
        assert!(terminal_message(&many).chars().count() <= MAX_MESSAGE_CHARS + 1);
        assert_eq!(
            terminal_text("a\u{1b}b\u{7f}\u{9b}\u{2066}"),
            "a␛b␡<U+009B><U+2066>"
        );
    }
}
