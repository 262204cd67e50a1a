//! iCalendar (RFC 5545), written by hand: one calendar for the whole plan
//! (`kalender.ics`) and one per role (`kalender-<role-id>.ics`, the occurrences
//! the role is responsible for or takes part in).
//!
//! - Every occurrence is a `VEVENT` with the stable UID
//!   `<plan-id>-<activity-id>-<index>@tovholder`, so re-importing an updated plan
//!   updates events instead of duplicating them (the same event has the same UID in
//!   the plan calendar and in the role calendars).
//! - Times are local `Europe/Copenhagen` times (`DTSTART;TZID=…`) with a
//!   `VTIMEZONE` (CET/CEST, EU rules). The start time is the activity's `time`
//!   (the compiler fills in the documented default); an activity without a
//!   `length` lasts [`DEFAULT_LENGTH_MINUTES`].
//! - `DTSTAMP` is deterministic: [`RenderOptions::timestamp`] when given (the CLI
//!   passes `SOURCE_DATE_EPOCH`), else the plan's start date at 00:00:00 UTC. It
//!   is never the clock, so the same plan gives byte-identical calendars.
//! - Text is escaped (`\`, `;`, `,`, newlines) and lines are folded at 75 octets
//!   on UTF-8 character boundaries; lines end in CRLF.

use crate::view::{PlanView, StatusView};
use crate::{OutputFile, RenderOptions, i18n};
use tovholder_core::compiled::{CompiledActivity, CompiledPlan, Occurrence, clean_text};

/// Length of an event whose activity has no `length`.
pub const DEFAULT_LENGTH_MINUTES: u32 = 60;
/// Start time of an event whose activity's `time` cannot be read.
pub const FALLBACK_TIME: (u8, u8) = (9, 0);

const VTIMEZONE: &[&str] = &[
    "BEGIN:VTIMEZONE",
    "TZID:Europe/Copenhagen",
    "X-LIC-LOCATION:Europe/Copenhagen",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0200",
    "TZNAME:CEST",
    "DTSTART:19810329T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0100",
    "TZNAME:CET",
    "DTSTART:19961027T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
];

/// Seconds since 1970 used for `DTSTAMP` and document creation times: the
/// option when given, else the plan's start date at midnight UTC.
pub fn timestamp(plan: &CompiledPlan, opts: &RenderOptions) -> i64 {
    opts.timestamp.unwrap_or_else(|| {
        plan.start
            .0
            .duration_since(jiff::civil::date(1970, 1, 1))
            .as_secs()
    })
}

/// `20270104T000000Z` for seconds since 1970 (UTC).
fn utc_stamp(secs: i64) -> String {
    match jiff::Timestamp::from_second(secs) {
        Ok(ts) => ts.strftime("%Y%m%dT%H%M%SZ").to_string(),
        Err(_) => String::from("19700101T000000Z"),
    }
}

/// Render the plan calendar and one calendar per role.
pub fn render(v: &PlanView, opts: &RenderOptions) -> Vec<OutputFile> {
    let stamp = utc_stamp(timestamp(v.plan, opts));
    let all: Vec<(&CompiledActivity, &Occurrence)> = v
        .plan
        .activities
        .iter()
        .flat_map(|a| {
            a.occurrences
                .iter()
                .filter(|o| crate::view::listed(o))
                .map(move |o| (a, o))
        })
        .collect();
    let mut out = vec![OutputFile::text(
        "kalender.ics",
        calendar(v, &v.plan.title, &all, &stamp),
    )];
    for r in &v.plan.roles {
        let mine: Vec<(&CompiledActivity, &Occurrence)> = all
            .iter()
            .filter(|(a, _)| {
                a.responsible.as_deref() == Some(r.id.as_str()) || a.participants.contains(&r.id)
            })
            .copied()
            .collect();
        let name = format!("{} – {}", r.name, v.plan.title);
        out.push(OutputFile::text(
            format!("kalender-{}.ics", r.id),
            calendar(v, &name, &mine, &stamp),
        ));
    }
    out
}

/// One VCALENDAR with the given events, in date order.
pub fn calendar(
    v: &PlanView,
    name: &str,
    events: &[(&CompiledActivity, &Occurrence)],
    stamp: &str,
) -> String {
    let mut lines: Vec<String> = vec![
        "BEGIN:VCALENDAR".into(),
        "VERSION:2.0".into(),
        format!(
            "PRODID:-//tovholder//tovholder//{}",
            v.lang.code().to_uppercase()
        ),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:PUBLISH".into(),
        format!("X-WR-CALNAME:{}", escape_text(name)),
        "X-WR-TIMEZONE:Europe/Copenhagen".into(),
    ];
    if let Some(org) = &v.plan.organisation {
        lines.push(format!("X-WR-CALDESC:{}", escape_text(org)));
    }
    lines.extend(VTIMEZONE.iter().map(|s| (*s).to_string()));
    let mut sorted = events.to_vec();
    sorted.sort_by(|x, y| {
        (x.1.date, &x.0.time, &x.0.id, x.1.index).cmp(&(y.1.date, &y.0.time, &y.0.id, y.1.index))
    });
    for (a, o) in sorted {
        lines.extend(event(v, a, o, stamp));
    }
    lines.push("END:VCALENDAR".into());
    let mut out = String::new();
    for l in lines {
        out.push_str(&fold(&l));
    }
    out
}

/// The UID of one occurrence: stable across renders and plan edits that keep ids.
pub fn uid(plan_id: &str, activity_id: &str, index: u32) -> String {
    format!("{plan_id}-{activity_id}-{index}@tovholder")
}

fn local(d: jiff::civil::DateTime) -> String {
    d.strftime("%Y%m%dT%H%M%S").to_string()
}

fn event(v: &PlanView, a: &CompiledActivity, o: &Occurrence, stamp: &str) -> Vec<String> {
    let (h, m) = i18n::parse_hhmm(&a.time).unwrap_or(FALLBACK_TIME);
    let start = o.date.0.to_datetime(
        jiff::civil::Time::new(
            i8::try_from(h).unwrap_or(9),
            i8::try_from(m).unwrap_or(0),
            0,
            0,
        )
        .unwrap_or(jiff::civil::Time::midnight()),
    );
    let minutes = a.length_minutes.unwrap_or(DEFAULT_LENGTH_MINUTES);
    let end = start
        .checked_add(jiff::SignedDuration::from_mins(i64::from(minutes)))
        .unwrap_or(start);
    let mut lines = vec![
        "BEGIN:VEVENT".to_string(),
        format!("UID:{}", uid(&v.plan.id, &a.id, o.index)),
        format!("DTSTAMP:{stamp}"),
        format!("DTSTART;TZID=Europe/Copenhagen:{}", local(start)),
        format!("DTEND;TZID=Europe/Copenhagen:{}", local(end)),
        format!("SUMMARY:{}", escape_text(&a.name)),
        format!("DESCRIPTION:{}", escape_text(&description(v, a, o))),
    ];
    if let Some(p) = v.occurrence_phase(a, o) {
        lines.push(format!("CATEGORIES:{}", escape_text(&v.phase_name(p))));
    }
    // With a journal: a cancelled occurrence is cancelled in the calendar, and one
    // the forecast moved (or cancelled) is a new version of the event.
    let cancelled = StatusView::of(v, o).is_some_and(|s| s.kind == "cancelled");
    let moved = o
        .follow_up
        .as_ref()
        .is_some_and(|f| f.planned != Some(o.date));
    let sequence = u8::from(cancelled || moved);
    lines.extend([
        format!("SEQUENCE:{sequence}"),
        if cancelled {
            "STATUS:CANCELLED".to_string()
        } else {
            "STATUS:CONFIRMED".to_string()
        },
        "TRANSP:OPAQUE".to_string(),
        "END:VEVENT".to_string(),
    ]);
    lines
}

/// The event text: responsible, participants, audience, channel, purpose, agenda,
/// phase and plan — one fact a line.
fn description(v: &PlanView, a: &CompiledActivity, o: &Occurrence) -> String {
    let mut parts: Vec<String> = Vec::new();
    let responsible = a
        .responsible
        .as_deref()
        .map(|r| v.role_name(r))
        .unwrap_or_else(|| v.t("nobody").to_string());
    parts.push(format!("{}: {responsible}", v.t("responsible")));
    if !a.participants.is_empty() {
        parts.push(format!(
            "{}: {}",
            v.t("participants"),
            v.role_names(&a.participants).join(", ")
        ));
    }
    if !a.audience.is_empty() {
        let names: Vec<String> = a.audience.iter().map(|x| v.audience_name(x)).collect();
        parts.push(format!("{}: {}", v.t("audience"), names.join(", ")));
    }
    if let Some(c) = &a.channel {
        parts.push(format!("{}: {c}", v.t("channel")));
    }
    if let Some(p) = &a.purpose {
        parts.push(format!("{}: {p}", v.t("purpose")));
    }
    if !a.agenda.is_empty() {
        let mut s = format!("{}:", v.t("agenda"));
        for x in &a.agenda {
            s.push_str(&format!("\n- {x}"));
        }
        parts.push(s);
    }
    if let Some(e) = &a.every {
        parts.push(format!("{}: {}", v.t("cadence"), i18n::cadence(v.lang, e)));
    }
    if let Some(p) = v.occurrence_phase(a, o) {
        parts.push(format!("{}: {}", v.t("phase"), v.phase_name(p)));
    }
    parts.push(format!("{}: {}", v.t("plan"), v.plan.title));
    if let Some(st) = StatusView::of(v, o) {
        let mut line = format!("{} {}", st.mark, i18n::capitalise(st.text));
        if let Some(r) = &st.reason {
            line.push_str(&format!(": {r}"));
        }
        if let Some(n) = &st.note {
            line.push_str(&format!(" ({n})"));
        }
        parts.push(line);
    }
    parts.join("\n")
}

/// Escape a TEXT value (RFC 5545 §3.3.11): `\` `;` `,` and newlines, after
/// [`clean_text`] (every line break a newline, other control characters and
/// noncharacters dropped: the same text as the other formats).
pub fn escape_text(s: &str) -> String {
    let s = clean_text(s);
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push_str("\\n");
                }
            }
            '\n' => out.push_str("\\n"),
            '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Fold a content line (RFC 5545 §3.1): at most 75 octets per physical line,
/// continuation lines start with one space, never splitting a UTF-8 character.
/// Returns the line with its CRLF.
pub fn fold(line: &str) -> String {
    const MAX: usize = 75;
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3 + 2);
    let mut used = 0;
    for c in line.chars() {
        let n = c.len_utf8();
        if used + n > MAX {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += n;
    }
    out.push_str("\r\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_text() {
        assert_eq!(
            escape_text("a\\b;c,d\ne\r\nf\u{7}"),
            "a\\\\b\\;c\\,d\\ne\\nf"
        );
    }

    #[test]
    fn folds_on_char_boundaries() {
        let line = format!("SUMMARY:{}", "æ".repeat(60));
        let folded = fold(&line);
        for physical in folded.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(physical.len() <= 75, "{} octets", physical.len());
        }
        let unfolded = folded.trim_end_matches("\r\n").replace("\r\n ", "");
        assert_eq!(unfolded, line);
        assert_eq!(fold("SHORT:x"), "SHORT:x\r\n");
        let exact = "X".repeat(75);
        assert_eq!(fold(&exact), format!("{exact}\r\n"));
        assert_eq!(
            fold(&"X".repeat(76)),
            format!("{}\r\n X\r\n", "X".repeat(75))
        );
    }

    #[test]
    fn stamps_are_utc() {
        assert_eq!(utc_stamp(0), "19700101T000000Z");
        assert_eq!(utc_stamp(1_799_020_800), "20270104T000000Z");
    }

    #[test]
    fn uid_shape() {
        assert_eq!(
            uid("ics-plan", "laeringsmoede", 3),
            "ics-plan-laeringsmoede-3@tovholder"
        );
    }
}
