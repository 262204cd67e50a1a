//! Renderers for compiled plans: the aktivitetsplan, the årshjul, the
//! rollebeskrivelser and iCalendar files.
//!
//! [`render`] turns a [`CompiledPlan`] into a list of [`OutputFile`]s in memory; the
//! CLI writes them. Text documents (HTML, Markdown, SVG) come from minijinja
//! templates (see [`templates::BUILTIN`]); CSV, XLSX and iCalendar are written by
//! hand because their escaping rules are not a template's job.
//!
//! **Invariant:** renderers read only the compiled plan, never the YAML model.
//! **Invariant:** rendering is pure: no IO, no clock, no environment, no hash-map
//! iteration order — the same plan and options give byte-identical files.
//! **Invariant:** no `unwrap`, `expect` or indexing outside tests: a plan that cannot
//! be rendered is a [`RenderError`], never a panic (the lints below enforce it).

#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)
)]

pub mod aarshjul;
pub mod aktivitetsplan;
pub mod i18n;
pub mod ical;
pub mod roller;
pub mod sheet;
pub mod templates;
pub mod view;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use tovholder_core::Lang;
use tovholder_core::compiled::CompiledPlan;

/// One of the four document families (`--only`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Document {
    Aktivitetsplan,
    Aarshjul,
    Roller,
    Ical,
}

impl Document {
    pub const ALL: [Document; 4] = [
        Document::Aktivitetsplan,
        Document::Aarshjul,
        Document::Roller,
        Document::Ical,
    ];

    /// The name used on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Document::Aktivitetsplan => "aktivitetsplan",
            Document::Aarshjul => "aarshjul",
            Document::Roller => "roller",
            Document::Ical => "ical",
        }
    }

    /// Parse a command-line name (`årshjul` and `aarshjul` both work).
    pub fn parse(s: &str) -> Option<Document> {
        match s.trim().to_lowercase().as_str() {
            "aktivitetsplan" => Some(Document::Aktivitetsplan),
            "aarshjul" | "årshjul" => Some(Document::Aarshjul),
            "roller" | "rollebeskrivelser" => Some(Document::Roller),
            "ical" | "ics" | "kalender" => Some(Document::Ical),
            _ => None,
        }
    }
}

/// What the year wheel's rings stand for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Rings {
    /// One ring per phase (default): the wheel shows where the plan is in the year.
    #[default]
    Phases,
    /// One ring per role, marking the occurrences the role is responsible for.
    Roles,
}

/// How to render.
#[derive(Clone, Debug, Default)]
pub struct RenderOptions {
    /// Which documents; empty means all.
    pub only: BTreeSet<Document>,
    /// Document language; default the plan's `language`.
    pub lang: Option<Lang>,
    /// Years for the year wheel; empty means every calendar year the plan touches.
    pub years: Vec<i16>,
    /// What the year wheel's rings stand for.
    pub rings: Rings,
    /// User templates by file name (`--templates DIR`); built-ins fill the gaps.
    pub templates: BTreeMap<String, String>,
    /// Seconds since 1970 for `DTSTAMP` and the XLSX creation time. Default: the
    /// plan's start date at 00:00 UTC — never the clock (see [`ical`]).
    pub timestamp: Option<i64>,
}

impl RenderOptions {
    pub fn wants(&self, d: Document) -> bool {
        self.only.is_empty() || self.only.contains(&d)
    }
}

/// One rendered file: a plain relative path (`/`-separated, no `..`) and its bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OutputFile {
    pub relative_path: String,
    pub bytes: Vec<u8>,
}

impl OutputFile {
    pub fn text(relative_path: impl Into<String>, text: String) -> Self {
        OutputFile {
            relative_path: relative_path.into(),
            bytes: text.into_bytes(),
        }
    }
}

/// Why rendering failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RenderError {
    /// A template failed to parse or render (most likely a user's template).
    Template {
        template: String,
        line: Option<usize>,
        message: String,
    },
    /// The Excel writer failed.
    Xlsx(String),
    /// A requested year is outside what can be drawn.
    Year(i16),
    /// An id that would not make a safe file name (the checker rejects these first).
    UnsafeName(String),
}

impl fmt::Display for RenderError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RenderError::Template {
                template,
                line: Some(line),
                message,
            } => write!(f, "template `{template}`, line {line}: {message}"),
            RenderError::Template {
                template, message, ..
            } => write!(f, "template `{template}`: {message}"),
            RenderError::Xlsx(m) => write!(f, "could not write the Excel file: {m}"),
            RenderError::Year(y) => write!(f, "cannot draw a year wheel for the year {y}"),
            RenderError::UnsafeName(n) => {
                write!(f, "`{n}` cannot be used in a file name")
            }
        }
    }
}

impl std::error::Error for RenderError {}

/// Render the requested documents of a compiled plan, in memory.
///
/// Output paths, relative to the output folder:
/// `aktivitetsplan.{html,md,csv,xlsx}`, `aarshjul-YYYY.{svg,html}`,
/// `roller/index.{html,md}`, `roller/<role-id>.{html,md}`,
/// `kalender.ics` and `kalender-<role-id>.ics`.
pub fn render(plan: &CompiledPlan, opts: &RenderOptions) -> Result<Vec<OutputFile>, RenderError> {
    let lang = opts.lang.unwrap_or(plan.language);
    for r in &plan.roles {
        check_name(&r.id)?;
    }
    check_name(&plan.id)?;
    let env = templates::environment(lang, &opts.templates)?;
    let v = view::PlanView::new(plan, lang);
    let mut out = Vec::new();
    if opts.wants(Document::Aktivitetsplan) {
        out.extend(aktivitetsplan::render(&v, &env, opts)?);
    }
    if opts.wants(Document::Aarshjul) {
        out.extend(aarshjul::render(&v, &env, opts)?);
    }
    if opts.wants(Document::Roller) {
        out.extend(roller::render(&v, &env)?);
    }
    if opts.wants(Document::Ical) {
        out.extend(ical::render(&v, opts));
    }
    Ok(out)
}

/// Ids become file names: only letters (`æ ø å` too), digits, `-` and `_`.
fn check_name(id: &str) -> Result<(), RenderError> {
    let ok = !id.is_empty()
        && id.len() <= 100
        && !id.starts_with(['-', '.'])
        && id
            .chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '_');
    if ok {
        Ok(())
    } else {
        Err(RenderError::UnsafeName(id.to_string()))
    }
}

/// The built-in templates, by file name (for `tovholder templates export`).
pub fn builtin_templates() -> &'static [(&'static str, &'static str)] {
    templates::BUILTIN
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn documents_parse_by_name() {
        for d in Document::ALL {
            assert_eq!(Document::parse(d.name()), Some(d));
        }
        assert_eq!(Document::parse("årshjul"), Some(Document::Aarshjul));
        assert_eq!(Document::parse("pdf"), None);
    }

    #[test]
    fn file_names_are_checked() {
        assert!(check_name("superbruger").is_ok());
        assert!(check_name("a_b-2").is_ok());
        assert!(check_name("rådgiver").is_ok());
        for bad in ["", "../x", "a/b", ".hidden", "-x", "a b", "a\\b", "a:b"] {
            assert!(check_name(bad).is_err(), "{bad}");
        }
    }
}
