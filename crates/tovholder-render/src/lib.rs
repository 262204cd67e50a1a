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
pub mod baseline;
pub mod forandringsteori;
pub mod i18n;
pub mod ical;
pub mod roller;
pub mod sheet;
pub mod statusrapport;
pub mod templates;
pub mod tracks;
pub mod view;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use tovholder_core::Lang;
use tovholder_core::compiled::CompiledPlan;

/// One of the document families (`--only`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Document {
    Aktivitetsplan,
    Aarshjul,
    Roller,
    Ical,
    /// Where the plan stands as of a day: rendered when the plan has a journal, or
    /// when `--only` names it (see [`RenderOptions::status`]).
    Statusrapport,
}

impl Document {
    pub const ALL: [Document; 5] = [
        Document::Aktivitetsplan,
        Document::Aarshjul,
        Document::Roller,
        Document::Ical,
        Document::Statusrapport,
    ];

    /// The name used on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Document::Aktivitetsplan => "aktivitetsplan",
            Document::Aarshjul => "aarshjul",
            Document::Roller => "roller",
            Document::Ical => "ical",
            Document::Statusrapport => "statusrapport",
        }
    }

    /// Parse a command-line name (`årshjul` and `aarshjul` both work).
    pub fn parse(s: &str) -> Option<Document> {
        match s.trim().to_lowercase().as_str() {
            "aktivitetsplan" => Some(Document::Aktivitetsplan),
            "aarshjul" | "årshjul" => Some(Document::Aarshjul),
            "roller" | "rollebeskrivelser" => Some(Document::Roller),
            "ical" | "ics" | "kalender" => Some(Document::Ical),
            "statusrapport" | "status" | "lägesrapport" | "lagesrapport" => {
                Some(Document::Statusrapport)
            }
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
    /// One ring per track (platform, team) with its own activities, its paused
    /// periods hatched, and one for the activities in no track.
    Tracks,
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
    /// Where the plan stands as of a day (the CLI builds it from the follow-up):
    /// the statusrapport's facts. Without it there is no statusrapport.
    pub status: Option<tovholder_core::status::PlanStatus>,
    /// The calendars rendered last time into the same folder, by file name
    /// (`kalender.ics`, `kalender-<role>.ics`, `kalender-<role>.<person>.ics`), read
    /// with [`ical::History::parse`]: unchanged events keep `SEQUENCE` and `DTSTAMP`,
    /// changed ones get newer ones, and events that are gone are written as cancelled
    /// (see [`ical`]).
    pub calendars: BTreeMap<String, ical::History>,
    /// The approved plan (`render --baseline REV`): the aktivitetsplan's section of
    /// changes and marks, the årshjul's outlines ([`baseline`]). `None`: no baseline.
    pub baseline: Option<baseline::Baseline>,
}

impl RenderOptions {
    pub fn wants(&self, d: Document) -> bool {
        self.only.is_empty() || self.only.contains(&d)
    }

    /// The status to render a statusrapport from: named in `--only`, or — with no
    /// `--only` — when the plan has a journal (a plan without one gets no report it
    /// did not ask for).
    pub fn statusrapport(&self) -> Option<&tovholder_core::status::PlanStatus> {
        let status = self.status.as_ref()?;
        let asked = self.only.contains(&Document::Statusrapport);
        (asked || (self.only.is_empty() && status.has_journal)).then_some(status)
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
    /// The documents would be larger than [`MAX_OUTPUT_BYTES`] (in bytes).
    TooLarge { limit: usize },
}

/// The most bytes one render may produce, all documents together (documented in the
/// README's "Limits"). The example plans render to well under 1 MiB.
pub const MAX_OUTPUT_BYTES: usize = 256 * 1024 * 1024;

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
            RenderError::TooLarge { limit } => write!(
                f,
                "the documents would be larger than {} MiB",
                limit / (1024 * 1024)
            ),
        }
    }
}

impl std::error::Error for RenderError {}

/// Render the requested documents of a compiled plan, in memory.
///
/// Output paths, relative to the output folder:
/// `aktivitetsplan.{html,md,csv,xlsx}`, `aarshjul-YYYY.{svg,html}`,
/// `roller/index.{html,md}`, `roller/<role-id>.{html,md}`,
/// `roller/<role-id>.<person>.{html,md}` and `kalender-<role-id>.<person>.ics` (a role
/// held by people in teams), `kalender.ics` and `kalender-<role-id>.ics`; with a status,
/// `statusrapport.{html,md,xlsx}` and `statusrapport-<goal-id>.svg`.
pub fn render(plan: &CompiledPlan, opts: &RenderOptions) -> Result<Vec<OutputFile>, RenderError> {
    render_within(plan, opts, MAX_OUTPUT_BYTES)
}

/// [`render`] with an output budget of `limit` bytes: refused before rendering when
/// the texts every occurrence repeats already exceed it ([`least_output`]), and
/// stopped after the first document family that takes the total over it — so the
/// memory of a render stays within a few times the budget, and nothing too large
/// ever reaches the caller.
pub fn render_within(
    plan: &CompiledPlan,
    opts: &RenderOptions,
    limit: usize,
) -> Result<Vec<OutputFile>, RenderError> {
    let lang = opts.lang.unwrap_or(plan.language);
    for r in &plan.roles {
        check_name(&r.id)?;
    }
    check_name(&plan.id)?;
    if least_output(plan, opts) > limit {
        return Err(RenderError::TooLarge { limit });
    }
    let env = templates::environment(lang, &opts.templates)?;
    let v = view::PlanView::new(plan, lang);
    let mut out: Vec<OutputFile> = Vec::new();
    let mut total = 0usize;
    let mut add = |files: Vec<OutputFile>, out: &mut Vec<OutputFile>| {
        total = files
            .iter()
            .fold(total, |t, f| t.saturating_add(f.bytes.len()));
        out.extend(files);
        if total > limit {
            Err(RenderError::TooLarge { limit })
        } else {
            Ok(())
        }
    };
    if opts.wants(Document::Aktivitetsplan) {
        add(aktivitetsplan::render(&v, &env, opts)?, &mut out)?;
        add(forandringsteori::render(&v, &env)?, &mut out)?;
    }
    if opts.wants(Document::Aarshjul) {
        add(aarshjul::render(&v, &env, opts)?, &mut out)?;
    }
    if opts.wants(Document::Roller) {
        add(
            roller::render(&v, &env, opts.wants(Document::Ical))?,
            &mut out,
        )?;
    }
    if opts.wants(Document::Ical) {
        add(ical::render(&v, opts, limit)?, &mut out)?;
    }
    if let Some(status) = opts.statusrapport() {
        add(statusrapport::render(&v, &env, opts, status)?, &mut out)?;
    }
    Ok(out)
}

/// A lower bound of the bytes a render of `plan` writes: every occurrence's event in
/// the plan calendar, in the calendar of each role it involves and of each person of
/// such a role who attends it (the fixed lines of a `VEVENT`, its name, purpose,
/// agenda and channel), and its row of the CSV. What the renderers really write is
/// more (escaping, folding, the other documents), so a plan whose lower bound exceeds
/// the budget is refused without rendering anything.
pub fn least_output(plan: &CompiledPlan, opts: &RenderOptions) -> usize {
    /// `BEGIN:VEVENT`, `UID`, `DTSTAMP`, `DTSTART`, `DTEND`, `SEQUENCE`, `STATUS`,
    /// `TRANSP`, `END:VEVENT` with their line ends: at least this many bytes.
    const EVENT_BYTES: usize = 180;
    let mut total = 0usize;
    for a in &plan.activities {
        let texts = a.name.len()
            + a.purpose.as_ref().map_or(0, String::len)
            + a.channel.as_ref().map_or(0, String::len)
            + a.agenda.iter().map(String::len).sum::<usize>();
        let mut copies = 0usize;
        if opts.wants(Document::Ical) {
            // Each role it involves, and each person of such a role who attends it
            // (their own calendar).
            let roles = plan
                .roles
                .iter()
                .filter(|r| {
                    a.responsible.as_deref() == Some(r.id.as_str())
                        || a.participants.contains(&r.id)
                })
                .map(|r| {
                    let people = r
                        .person_hours
                        .iter()
                        .filter(|p| tracks::attends(p, a))
                        .count();
                    people.saturating_add(1)
                })
                .fold(0usize, usize::saturating_add);
            copies =
                copies.saturating_add(roles.saturating_add(1).saturating_mul(EVENT_BYTES + texts));
        }
        if opts.wants(Document::Aktivitetsplan) {
            copies = copies.saturating_add(texts);
        }
        total = total.saturating_add(copies.saturating_mul(a.occurrences.len()));
    }
    total
}

/// Ids become file names: the checker's one rule of an id
/// ([`tovholder_core::model::is_valid_id`]: kebab-case, at most 100 characters, no
/// Windows device name).
pub(crate) fn check_name(id: &str) -> Result<(), RenderError> {
    if tovholder_core::model::is_valid_id(id) {
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
        assert!(check_name("a-b-2").is_ok());
        assert!(check_name("rådgiver").is_ok());
        // 100 characters, 101 bytes: an id for the checker, so a file name here.
        assert!(check_name(&format!("{}æ", "a".repeat(99))).is_ok());
        for bad in [
            "", "../x", "a/b", ".hidden", "-x", "a b", "a\\b", "a:b", "a_b", "con", "lpt1",
        ] {
            assert!(check_name(bad).is_err(), "{bad}");
        }
    }
}
