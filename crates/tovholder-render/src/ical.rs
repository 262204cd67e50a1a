//! iCalendar (RFC 5545), written by hand: one calendar for the whole plan
//! (`kalender.ics`) and one per role (`kalender-<role-id>.ics`, the occurrences
//! the role is responsible for or takes part in: the feed one role subscribes to).
//! A role held by people in teams (its compiled `person_hours`) also gets one per
//! person, `kalender-<role-id>.<slug>.ics` (the stem of their role description,
//! [`crate::roller::person_files`]): the role's occurrences the person attends
//! ([`crate::tracks::attends`]: their own track's and those of no track), exactly the
//! occurrences their role description lists.
//!
//! - **One `VEVENT` per occurrence**, not one `RRULE` series: every occurrence has
//!   its own text (its phase, its follow-up status), working days move single
//!   occurrences, and tovholder's month arithmetic (31 January + 1 month = 28
//!   February) is not RRULE's (which skips months without a 31st). See the README
//!   ("Calendars") for the measurements behind the choice.
//! - **UIDs are keyed on the schedule slot**: `<plan-id>-<activity-id>-<slot>@tovholder`,
//!   where occurrence `k` of a series is slot `k` of `first + k × interval` —
//!   occurrences dropped for a closure or outside the phases and ones moved to a
//!   working day keep their slot, so a holiday or a closure never re-keys the
//!   others. A one-off is slot 0. The UID is kept while the plan id, the activity id
//!   and the slot are: a changed cadence moves slot `k` to its new date; a changed id
//!   is a new series (the old events are cancelled, see below). The same event has
//!   the same UID in the plan calendar and in the role calendars. A person's calendar
//!   has UIDs of its own, [`person_uid`] (`….<role-id>.<slug>@tovholder`): it has its
//!   own history (a person who moves to another team gets the old team's meetings
//!   cancelled in their calendar, which must not cancel them in the role's), so a
//!   person subscribes to one of the two, not both (both show the shared meetings
//!   twice).
//! - **History**: the renderer is given the calendars it wrote last time
//!   ([`RenderOptions::calendars`], read with [`History::parse`], a strict reader of
//!   tovholder's own output). An event whose content is unchanged keeps its
//!   `SEQUENCE` and `DTSTAMP`; one whose content changed gets `SEQUENCE` + 1 and a
//!   new `DTSTAMP` ([`change_stamp`]); a UID that was in the previous calendar and
//!   is gone is written once more as `STATUS:CANCELLED` with `SEQUENCE` + 1, and kept
//!   so while its day has not passed (the as-of date). A role (or a person of one)
//!   that is gone gets its calendar written with every event cancelled. Without history (a first render)
//!   `SEQUENCE` is 0 (1 for an occurrence the journal moved or cancelled).
//! - Times are local times of the plan's zone (`calendar.timezone`, default
//!   `Europe/Stockholm` for Swedish holidays, else `Europe/Copenhagen`) with a
//!   `VTIMEZONE` derived from the zone's rules (the vendored tz database in
//!   `tovholder_core::timezone`) for the years the events span. The start time is the
//!   activity's `time`; an activity without a `length` lasts [`DEFAULT_LENGTH_MINUTES`].
//! - **Multi-day activities** (`length: 2 dage`): one event per working day the
//!   occurrence spans (the compiled occurrence's `days`: weekends, holidays and
//!   closures skipped), each timed from the activity's `time` (09:00 when none is
//!   written) for a working day's hours (`calendar.day_length`, the last day a half
//!   day when the length ends in one) — a timed, busy event rather than an all-day
//!   one, because a course day blocks the working day and an all-day event shows as
//!   free in Outlook and Google by default. Day one keeps the occurrence's UID, so
//!   calendars rendered before keep theirs; day *n* ≥ 2 is
//!   `<plan-id>-<activity-id>-<slot>-d<n>@tovholder` ([`day_uid`]). The description
//!   starts with "Dag 2 af 2" / "Dag 2 av 2" / "Day 2 of 2".
//! - `DTSTAMP` is deterministic: [`RenderOptions::timestamp`] when given (the CLI
//!   passes `SOURCE_DATE_EPOCH`), else the plan's start date at 00:00:00 UTC. It
//!   is never the clock, so the same plan and history give byte-identical calendars.
//! - Text is escaped (`\`, `;`, `,`, newlines) and lines are folded at 75 octets
//!   on UTF-8 character boundaries; lines end in CRLF.

use crate::view::{PlanView, StatusView};
use crate::{OutputFile, RenderError, RenderOptions, i18n};
use std::collections::{BTreeMap, BTreeSet};
use tovholder_core::compiled::{CompiledActivity, CompiledPlan, Occurrence, clean_text};

/// Length of an event whose activity has no `length`.
pub const DEFAULT_LENGTH_MINUTES: u32 = 60;
/// Start time of an event whose activity's `time` cannot be read.
pub const FALLBACK_TIME: (u8, u8) = (9, 0);
/// Largest previous calendar read as history (larger: no history, with a note).
pub const MAX_HISTORY_BYTES: u64 = 64 * 1024 * 1024;
/// Most events read from one previous calendar.
pub const MAX_HISTORY_EVENTS: usize = 250_000;
/// The start of every PRODID tovholder writes (the reader accepts only these).
const PRODID: &str = "PRODID:-//tovholder//tovholder//";

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

fn midnight_utc(d: jiff::civil::Date) -> i64 {
    d.duration_since(jiff::civil::date(1970, 1, 1)).as_secs()
}

/// The day history is measured against: the as-of date (the CLI's `--as-of`, else
/// `SOURCE_DATE_EPOCH`, else today), else the journal's, else the timestamp's day.
fn reference_day(plan: &CompiledPlan, opts: &RenderOptions) -> jiff::civil::Date {
    if let Some(s) = &opts.status {
        return s.as_of.0;
    }
    if let Some(d) = plan.as_of {
        return d.0;
    }
    jiff::Timestamp::from_second(timestamp(plan, opts))
        .map(|t| jiff::tz::Offset::UTC.to_datetime(t).date())
        .unwrap_or(plan.start.0)
}

/// The `DTSTAMP` of a changed event (seconds): `SOURCE_DATE_EPOCH` when given, else
/// the as-of date at 00:00 UTC — and always at least one second after the event's
/// previous `DTSTAMP`, so a client ordering by `SEQUENCE` then `DTSTAMP` takes it as
/// newer (deterministic: the same input and history give the same stamp).
pub fn change_stamp(plan: &CompiledPlan, opts: &RenderOptions, previous: Option<i64>) -> i64 {
    let base = opts
        .timestamp
        .unwrap_or_else(|| midnight_utc(reference_day(plan, opts)));
    match previous {
        Some(p) => base.max(p.saturating_add(1)),
        None => base,
    }
}

/// `20270104T000000Z` for seconds since 1970 (UTC).
fn utc_stamp(secs: i64) -> String {
    match jiff::Timestamp::from_second(secs) {
        Ok(ts) => ts.strftime("%Y%m%dT%H%M%SZ").to_string(),
        Err(_) => String::from("19700101T000000Z"),
    }
}

/// Seconds since 1970 of a `20270104T000000Z`.
fn parse_utc_stamp(s: &str) -> Option<i64> {
    let b = s.as_bytes();
    if b.len() != 16 || b.get(8) != Some(&b'T') || b.get(15) != Some(&b'Z') {
        return None;
    }
    let t = jiff::civil::DateTime::strptime("%Y%m%dT%H%M%S", s.get(..15)?).ok()?;
    jiff::tz::Offset::UTC
        .to_timestamp(t)
        .ok()
        .map(|z| z.as_second())
}

/// One event of a previous calendar.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PastEvent {
    pub uid: String,
    pub sequence: u32,
    /// The `DTSTAMP` value as written.
    pub dtstamp: String,
    /// The day of its `DTSTART`.
    pub day: jiff::civil::Date,
    /// `DTSTART`'s value with its parameters (`;TZID=…:20270104T090000`): the sort key.
    pub start: String,
    pub cancelled: bool,
    /// Every other content line, unfolded, in order (`UID`, `DTSTAMP` and
    /// `SEQUENCE` left out): what "the content changed" compares.
    pub lines: Vec<String>,
}

/// A calendar tovholder wrote last time: its name line and its events by UID.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct History {
    /// `X-WR-CALNAME:…` as written.
    pub name_line: Option<String>,
    pub events: BTreeMap<String, PastEvent>,
}

impl History {
    /// Read a calendar tovholder wrote: strict (CRLF lines, tovholder's PRODID, only
    /// `VTIMEZONE` and `VEVENT` components, every event with one `UID`, `DTSTAMP`,
    /// `SEQUENCE` and `DTSTART`, no UID twice). Anything else is an error — the
    /// caller then renders without history and says so.
    pub fn parse(text: &str) -> Result<History, String> {
        if text.len() as u64 > MAX_HISTORY_BYTES {
            return Err(format!("larger than {MAX_HISTORY_BYTES} bytes"));
        }
        let body = text.strip_suffix("\r\n").ok_or("does not end in CRLF")?;
        let mut lines: Vec<String> = Vec::new();
        for (n, physical) in body.split("\r\n").enumerate() {
            if physical.contains(['\r', '\n']) {
                return Err(format!("line {}: a bare CR or LF", n + 1));
            }
            if let Some(rest) = physical.strip_prefix(' ') {
                let last = lines.last_mut().ok_or("starts with a continuation line")?;
                last.push_str(rest);
            } else {
                lines.push(physical.to_string());
            }
        }
        let mut it = lines.into_iter();
        if it.next().as_deref() != Some("BEGIN:VCALENDAR") {
            return Err("does not start with BEGIN:VCALENDAR".into());
        }
        let mut h = History::default();
        let mut prodid = false;
        let mut ended = false;
        while let Some(line) = it.next() {
            if ended {
                return Err("content after END:VCALENDAR".into());
            }
            match line.as_str() {
                "END:VCALENDAR" => ended = true,
                "BEGIN:VTIMEZONE" => loop {
                    match it.next().as_deref() {
                        Some("END:VTIMEZONE") => break,
                        Some(l)
                            if l.starts_with("BEGIN:")
                                && l != "BEGIN:STANDARD"
                                && l != "BEGIN:DAYLIGHT" =>
                        {
                            return Err(format!("unexpected {l} in VTIMEZONE"));
                        }
                        Some(_) => {}
                        None => return Err("VTIMEZONE not ended".into()),
                    }
                },
                "BEGIN:VEVENT" => {
                    let e = read_event(&mut it)?;
                    if h.events.len() >= MAX_HISTORY_EVENTS {
                        return Err(format!("more than {MAX_HISTORY_EVENTS} events"));
                    }
                    if h.events.contains_key(&e.uid) {
                        return Err(format!("UID {} twice", e.uid));
                    }
                    h.events.insert(e.uid.clone(), e);
                }
                l if l.starts_with("BEGIN:") => return Err(format!("unexpected {l}")),
                l if l.starts_with(PRODID) => prodid = true,
                l if l.starts_with("X-WR-CALNAME:") => h.name_line = Some(l.to_string()),
                _ => {}
            }
        }
        if !ended {
            return Err("no END:VCALENDAR".into());
        }
        if !prodid {
            return Err("not written by tovholder (PRODID)".into());
        }
        Ok(h)
    }
}

fn read_event(it: &mut impl Iterator<Item = String>) -> Result<PastEvent, String> {
    let (mut uid, mut seq, mut stamp, mut start) = (None, None, None, None);
    let mut cancelled = false;
    let mut lines = Vec::new();
    loop {
        let line = it.next().ok_or("VEVENT not ended")?;
        if line == "END:VEVENT" {
            break;
        }
        if line.starts_with("BEGIN:") {
            return Err(format!("unexpected {line} in VEVENT"));
        }
        if let Some(v) = line.strip_prefix("UID:") {
            if uid.replace(v.to_string()).is_some() || !v.ends_with("@tovholder") {
                return Err(format!("bad UID {v}"));
            }
        } else if let Some(v) = line.strip_prefix("SEQUENCE:") {
            let n = v.parse::<u32>().map_err(|_| format!("bad SEQUENCE {v}"))?;
            if seq.replace(n).is_some() {
                return Err("SEQUENCE twice".into());
            }
        } else if let Some(v) = line.strip_prefix("DTSTAMP:") {
            parse_utc_stamp(v).ok_or_else(|| format!("bad DTSTAMP {v}"))?;
            if stamp.replace(v.to_string()).is_some() {
                return Err("DTSTAMP twice".into());
            }
        } else {
            if let Some(v) = line.strip_prefix("DTSTART") {
                let value = v.rsplit_once(':').map(|(_, t)| t).unwrap_or_default();
                let day = value
                    .get(..8)
                    .and_then(|d| jiff::civil::Date::strptime("%Y%m%d", d).ok())
                    .ok_or_else(|| format!("bad DTSTART {v}"))?;
                if start.replace((day, v.to_string())).is_some() {
                    return Err("DTSTART twice".into());
                }
            }
            if line == "STATUS:CANCELLED" {
                cancelled = true;
            }
            lines.push(line);
        }
    }
    let (Some(uid), Some(sequence), Some(dtstamp), Some((day, start))) = (uid, seq, stamp, start)
    else {
        return Err("a VEVENT without UID, SEQUENCE, DTSTAMP or DTSTART".into());
    };
    Ok(PastEvent {
        uid,
        sequence,
        dtstamp,
        day,
        start,
        cancelled,
        lines,
    })
}

/// Render the plan calendar, one calendar per role and one per person of a role held
/// by people in teams (and, for a role or person that is gone but had a calendar last
/// time, that calendar with its events cancelled). Stops with
/// [`RenderError::TooLarge`] as soon as the calendars pass `limit` bytes (thousands of
/// people are thousands of calendars), before the rest are built.
pub fn render(
    v: &PlanView,
    opts: &RenderOptions,
    limit: usize,
) -> Result<Vec<OutputFile>, RenderError> {
    let ctx = Ctx::new(v, opts);
    // Each event's text once, for every calendar that lists it.
    let events: Vec<Prepared> = v
        .plan
        .activities
        .iter()
        .flat_map(|a| {
            a.occurrences
                .iter()
                .filter(|o| crate::view::listed(o))
                .map(move |o| (a, o))
        })
        .map(|(a, o)| ctx.prepare(a, o))
        .collect();
    let all: Vec<&Prepared> = events.iter().collect();
    let history = |name: &str| opts.calendars.get(name);
    let mut out = Vec::new();
    let mut total: usize = 0;
    let mut push = |out: &mut Vec<OutputFile>, f: OutputFile| {
        total = total.saturating_add(f.bytes.len());
        out.push(f);
        if total > limit {
            Err(RenderError::TooLarge { limit })
        } else {
            Ok(())
        }
    };
    let plan_calendar = ctx.calendar(&v.plan.title, &all, history("kalender.ics"), None);
    push(&mut out, OutputFile::text("kalender.ics", plan_calendar))?;
    let mut written: BTreeSet<String> = BTreeSet::from(["kalender.ics".to_string()]);
    for r in &v.plan.roles {
        let mine: Vec<&Prepared> = all
            .iter()
            .filter(|e| {
                e.a.responsible.as_deref() == Some(r.id.as_str())
                    || e.a.participants.contains(&r.id)
            })
            .copied()
            .collect();
        let name = format!("{} – {}", r.name, v.plan.title);
        let file = calendar_file(&r.id);
        let text = ctx.calendar(&name, &mine, history(&file), None);
        written.insert(file.clone());
        push(&mut out, OutputFile::text(file, text))?;
        // One per person: the occurrences of their role description (the same
        // selection, `tracks::attends`), under the same file stem.
        for (p, stem) in r.person_hours.iter().zip(crate::roller::person_files(r)) {
            let theirs: Vec<&Prepared> = mine
                .iter()
                .filter(|e| crate::tracks::attends(p, e.a))
                .copied()
                .collect();
            let name = format!("{} – {} – {}", r.name, p.person, v.plan.title);
            let file = calendar_file(&stem);
            let text = ctx.calendar(&name, &theirs, history(&file), Some(&stem));
            written.insert(file.clone());
            push(&mut out, OutputFile::text(file, text))?;
        }
    }
    // A role or a person that is gone: its feed once more, every event cancelled,
    // while any is left to cancel.
    for (file, h) in &opts.calendars {
        if written.contains(file) || !is_calendar_name(file) {
            continue;
        }
        let text = ctx.calendar_named(h.name_line.clone(), &[], Some(h), None);
        if text.matches("BEGIN:VEVENT").next().is_some() {
            push(&mut out, OutputFile::text(file.clone(), text))?;
        }
    }
    Ok(out)
}

/// The calendar file of a role (`kalender-<role-id>.ics`) or of a person of one
/// (`kalender-<role-id>.<slug>.ics`, from the stem [`crate::roller::person_files`]
/// gives their role description).
pub fn calendar_file(stem: &str) -> String {
    format!("kalender-{stem}.ics")
}

/// The UID of an event in a person's calendar: the event's UID in the plan and role
/// calendars with `.<role-id>.<slug>` (the calendar's file stem) before `@tovholder` —
/// `soeby-traeningsmoede-gruppe-2-4.sagsbehandler.ida-vang@tovholder`. Its own, never
/// the role calendar's (an id has no `.`), because the person's calendar has its own
/// history: its `SEQUENCE`s, and its cancellations when the person moves to another
/// team, must not reach the role's events in a client or server that holds both.
pub fn person_uid(uid: &str, stem: &str) -> String {
    match uid.strip_suffix("@tovholder") {
        Some(base) => format!("{base}.{stem}@tovholder"),
        None => format!("{uid}.{stem}"),
    }
}

/// `kalender.ics`, `kalender-<role>.ics` or `kalender-<role>.<slug>.ics`: the files
/// [`render`] writes.
pub fn is_calendar_name(name: &str) -> bool {
    name == "kalender.ics"
        || name
            .strip_prefix("kalender-")
            .and_then(|r| r.strip_suffix(".ics"))
            .is_some_and(|r| !r.is_empty() && !r.contains(['/', '\\']))
}

/// What every calendar of one render shares.
struct Ctx<'a> {
    v: &'a PlanView<'a>,
    plan: &'a CompiledPlan,
    opts: &'a RenderOptions,
    /// `DTSTAMP` of an event without history.
    stamp: String,
    /// Removed events whose day is before this are no longer written.
    today: jiff::civil::Date,
    tz: String,
}

/// The events of one occurrence, built once per render ([`Ctx::prepare`]) and
/// shared by every calendar that lists it.
struct Prepared<'a> {
    a: &'a CompiledActivity,
    slot: u32,
    days: Vec<DayEvent>,
}

/// One event of an occurrence (one per day of a multi-day one), without the lines
/// that differ between calendars (`UID`, `DTSTAMP`, `SEQUENCE`).
struct DayEvent {
    /// Its UID in the plan and role calendars ([`day_uid`]).
    uid: String,
    /// The sort key: its start.
    start: String,
    /// From `DTSTART` to `TRANSP` ([`event_content`]).
    lines: Vec<String>,
    /// Its `SEQUENCE` without history.
    baseline: u32,
}

/// One event ready to write: its sort key and lines.
struct Ev {
    key: (String, String, u32),
    lines: Vec<String>,
}

impl<'a> Ctx<'a> {
    fn new(v: &'a PlanView<'a>, opts: &'a RenderOptions) -> Self {
        Ctx {
            v,
            plan: v.plan,
            opts,
            stamp: utc_stamp(timestamp(v.plan, opts)),
            today: reference_day(v.plan, opts),
            tz: v.plan.calendar.timezone.clone(),
        }
    }

    /// The events of occurrence `o` of `a`.
    fn prepare(&self, a: &'a CompiledActivity, o: &Occurrence) -> Prepared<'a> {
        let days = event_days(self.plan, a, o)
            .into_iter()
            .map(|day| {
                let (start, lines, baseline) = event_content(self.v, a, o, &day, &self.tz);
                DayEvent {
                    uid: day_uid(&self.plan.id, &a.id, o.slot, day.number),
                    start,
                    lines,
                    baseline,
                }
            })
            .collect();
        Prepared {
            a,
            slot: o.slot,
            days,
        }
    }

    /// A calendar of `events`; `person` is a person's file stem (`<role-id>.<slug>`),
    /// whose calendar has its own UIDs ([`person_uid`]).
    fn calendar(
        &self,
        name: &str,
        events: &[&Prepared],
        history: Option<&History>,
        person: Option<&str>,
    ) -> String {
        self.calendar_named(
            Some(format!("X-WR-CALNAME:{}", escape_text(name))),
            events,
            history,
            person,
        )
    }

    fn calendar_named(
        &self,
        name_line: Option<String>,
        events: &[&Prepared],
        history: Option<&History>,
        person: Option<&str>,
    ) -> String {
        let v = self.v;
        let mut evs: Vec<Ev> = Vec::with_capacity(events.len());
        let mut uids: BTreeSet<String> = BTreeSet::new();
        for (e, day) in events
            .iter()
            .flat_map(|e| e.days.iter().map(move |day| (e, day)))
        {
            let uid = match person {
                Some(stem) => person_uid(&day.uid, stem),
                None => day.uid.clone(),
            };
            let past = history.and_then(|h| h.events.get(&uid));
            let (sequence, stamp) = match past {
                Some(p) if p.lines == day.lines => (p.sequence, p.dtstamp.clone()),
                Some(p) => (
                    p.sequence.saturating_add(1).max(day.baseline),
                    utc_stamp(change_stamp(
                        self.plan,
                        self.opts,
                        parse_utc_stamp(&p.dtstamp),
                    )),
                ),
                None => (day.baseline, self.stamp.clone()),
            };
            // UID, DTSTAMP, the content with SEQUENCE before its last two lines
            // (STATUS, TRANSP).
            let at = day.lines.len().saturating_sub(2);
            let (content, tail) = day.lines.split_at_checked(at).unwrap_or((&day.lines, &[]));
            let mut lines = Vec::with_capacity(day.lines.len() + 3);
            lines.push(format!("UID:{uid}"));
            lines.push(format!("DTSTAMP:{stamp}"));
            lines.extend_from_slice(content);
            lines.push(format!("SEQUENCE:{sequence}"));
            lines.extend_from_slice(tail);
            evs.push(Ev {
                key: (day.start.clone(), e.a.id.clone(), e.slot),
                lines,
            });
            uids.insert(uid);
        }
        // Every event of the previous calendar that is gone: cancelled.
        if let Some(h) = history {
            for (uid, p) in &h.events {
                if uids.contains(uid) || (p.cancelled && p.day < self.today) {
                    continue;
                }
                let (sequence, stamp) = if p.cancelled {
                    (p.sequence, p.dtstamp.clone())
                } else {
                    (
                        p.sequence.saturating_add(1),
                        utc_stamp(change_stamp(
                            self.plan,
                            self.opts,
                            parse_utc_stamp(&p.dtstamp),
                        )),
                    )
                };
                let mut lines = vec![format!("UID:{uid}"), format!("DTSTAMP:{stamp}")];
                let mut status = false;
                for l in &p.lines {
                    if l.starts_with("STATUS:") {
                        lines.push(format!("SEQUENCE:{sequence}"));
                        lines.push("STATUS:CANCELLED".into());
                        status = true;
                    } else if l == "END:VEVENT" {
                        continue;
                    } else {
                        lines.push(l.clone());
                    }
                }
                if !status {
                    lines.push(format!("SEQUENCE:{sequence}"));
                    lines.push("STATUS:CANCELLED".into());
                }
                evs.push(Ev {
                    key: (start_key(&p.start), uid.clone(), 0),
                    lines,
                });
            }
        }
        evs.sort_by(|x, y| x.key.cmp(&y.key));

        // The zones the events name (a cancelled event keeps its old zone), and the
        // years they span.
        let mut zones: BTreeSet<String> = BTreeSet::from([self.tz.clone()]);
        let (mut first, mut last) = (self.plan.start.0.year(), self.plan.until.0.year());
        for e in &evs {
            for l in &e.lines {
                if let Some(rest) = l.strip_prefix("DTSTART;TZID=")
                    && let Some((z, t)) = rest.split_once(':')
                {
                    zones.insert(z.to_string());
                    if let Some(y) = t.get(..4).and_then(|y| y.parse::<i16>().ok()) {
                        first = first.min(y);
                        last = last.max(y);
                    }
                }
            }
        }

        let mut lines: Vec<String> = vec![
            "BEGIN:VCALENDAR".into(),
            "VERSION:2.0".into(),
            format!(
                "PRODID:-//tovholder//tovholder//{}",
                v.lang.code().to_uppercase()
            ),
            "CALSCALE:GREGORIAN".into(),
            "METHOD:PUBLISH".into(),
        ];
        lines.extend(name_line);
        lines.push(format!("X-WR-TIMEZONE:{}", self.tz));
        if let Some(org) = &v.plan.organisation {
            lines.push(format!("X-WR-CALDESC:{}", escape_text(org)));
        }
        for z in &zones {
            lines.extend(vtimezone(z, first.saturating_sub(1), last));
        }
        for e in evs {
            lines.push("BEGIN:VEVENT".into());
            lines.extend(e.lines);
            lines.push("END:VEVENT".into());
        }
        lines.push("END:VCALENDAR".into());
        let mut out = String::new();
        for l in lines {
            out.push_str(&fold(&l));
        }
        out
    }
}

/// The sort key of a `DTSTART` line's tail (`;TZID=…:20270104T090000` → the time).
fn start_key(start: &str) -> String {
    start
        .rsplit_once(':')
        .map(|(_, t)| t.to_string())
        .unwrap_or_default()
}

/// The UID of one occurrence: `<plan-id>-<activity-id>-<slot>@tovholder`, stable
/// across renders and across plan edits that keep the ids (see the module docs).
pub fn uid(plan_id: &str, activity_id: &str, slot: u32) -> String {
    format!("{plan_id}-{activity_id}-{slot}@tovholder")
}

/// The UID of day `number` (1-based) of an occurrence: day one is the occurrence's
/// own [`uid`], a later day `<plan-id>-<activity-id>-<slot>-d<number>@tovholder`.
pub fn day_uid(plan_id: &str, activity_id: &str, slot: u32, number: usize) -> String {
    if number <= 1 {
        uid(plan_id, activity_id, slot)
    } else {
        format!("{plan_id}-{activity_id}-{slot}-d{number}@tovholder")
    }
}

/// One calendar event of an occurrence: its day, how long it lasts, and which day
/// of how many it is.
struct EventDay {
    date: jiff::civil::Date,
    minutes: u32,
    number: usize,
    of: usize,
}

/// The events of one occurrence: one, or one per working day of a multi-day
/// activity (a working day's hours each, the rest on the last day).
fn event_days(plan: &CompiledPlan, a: &CompiledActivity, o: &Occurrence) -> Vec<EventDay> {
    let total = a.length_minutes.unwrap_or(DEFAULT_LENGTH_MINUTES);
    if o.days.len() <= 1 {
        return vec![EventDay {
            date: o.date.0,
            minutes: total,
            number: 1,
            of: 1,
        }];
    }
    let n = o.days.len();
    let minutes = crate::view::minutes_per_day(plan.calendar.day_length_minutes, total, n);
    o.days
        .iter()
        .zip(minutes)
        .enumerate()
        .map(|(k, (d, minutes))| EventDay {
            date: d.0,
            minutes,
            number: k + 1,
            of: n,
        })
        .collect()
}

fn local(d: jiff::civil::DateTime) -> String {
    d.strftime("%Y%m%dT%H%M%S").to_string()
}

/// `+0100` for an offset.
fn offset_text(o: jiff::tz::Offset) -> String {
    let s = o.seconds();
    let sign = if s < 0 { '-' } else { '+' };
    let a = s.unsigned_abs();
    let (h, m, sec) = (a / 3600, a / 60 % 60, a % 60);
    if sec == 0 {
        format!("{sign}{h:02}{m:02}")
    } else {
        format!("{sign}{h:02}{m:02}{sec:02}")
    }
}

/// The `VTIMEZONE` of a zone for the years `first..=last`, derived from its rules:
/// the zone's transitions in those years, grouped by offsets and name; a group whose
/// transitions fall every year on the same weekday of the same week of the same
/// month (`last Sunday of March`) is one `RRULE`, any other an `RDATE` list. A zone
/// without transitions is one `STANDARD`. Empty for a zone tovholder does not know.
pub fn vtimezone(name: &str, first: i16, last: i16) -> Vec<String> {
    let Some(tz) = tovholder_core::timezone::get(name) else {
        return Vec::new();
    };
    let at = |y: i16| {
        jiff::tz::Offset::UTC
            .to_timestamp(jiff::civil::date(y, 1, 1).to_datetime(jiff::civil::Time::midnight()))
    };
    let (Ok(from), Ok(to)) = (at(first), at(last.saturating_add(1).min(9999))) else {
        return Vec::new();
    };
    // A rule is recognised on 28 more years (every weekday on every date), so an
    // RRULE is right beyond the years written too.
    let wide_to = at(last.saturating_add(29).min(9999)).unwrap_or(to);
    // (offset from, offset to, name, dst) → onsets (local time in `from`): in the
    // years asked for, and in the wide window.
    type Key = (i32, i32, String, bool);
    type Onsets = (Vec<jiff::civil::DateTime>, Vec<jiff::civil::DateTime>);
    let mut groups: Vec<(Key, Onsets)> = Vec::new();
    let before = from
        .checked_sub(jiff::SignedDuration::from_secs(1))
        .unwrap_or(from);
    for t in tz.following(before) {
        let ts = t.timestamp();
        if ts >= wide_to {
            break;
        }
        let prev = ts
            .checked_sub(jiff::SignedDuration::from_secs(1))
            .map(|p| tz.to_offset(p))
            .unwrap_or(t.offset());
        let key: Key = (
            prev.seconds(),
            t.offset().seconds(),
            t.abbreviation().to_string(),
            t.dst().is_dst(),
        );
        let onset = prev.to_datetime(ts);
        let asked = ts < to;
        match groups.iter_mut().find(|(k, _)| *k == key) {
            Some((_, (narrow, wide))) => {
                if asked {
                    narrow.push(onset);
                }
                wide.push(onset);
            }
            None if asked => groups.push((key, (vec![onset], vec![onset]))),
            None => {}
        }
    }
    let mut out = vec![
        "BEGIN:VTIMEZONE".to_string(),
        format!("TZID:{name}"),
        format!("X-LIC-LOCATION:{name}"),
    ];
    if groups.is_empty() {
        let info = tz.to_offset_info(from);
        let o = offset_text(info.offset());
        out.extend([
            "BEGIN:STANDARD".to_string(),
            format!("TZOFFSETFROM:{o}"),
            format!("TZOFFSETTO:{o}"),
            format!("TZNAME:{}", info.abbreviation()),
            "DTSTART:19700101T000000".to_string(),
            "END:STANDARD".to_string(),
        ]);
    }
    for ((off_from, off_to, abbr, dst), (onsets, wide)) in &groups {
        let kind = if *dst { "DAYLIGHT" } else { "STANDARD" };
        let offset = |s: i32| {
            jiff::tz::Offset::from_seconds(s)
                .map(offset_text)
                .unwrap_or_else(|_| "+0000".into())
        };
        out.push(format!("BEGIN:{kind}"));
        out.push(format!("TZOFFSETFROM:{}", offset(*off_from)));
        out.push(format!("TZOFFSETTO:{}", offset(*off_to)));
        if !abbr.is_empty() && !abbr.starts_with(['+', '-']) {
            out.push(format!("TZNAME:{abbr}"));
        }
        let Some(first_onset) = onsets.first() else {
            continue;
        };
        out.push(format!("DTSTART:{}", local(*first_onset)));
        match yearly_rule(wide) {
            Some(rule) => {
                let continues = wide.last().is_some_and(|o| o.year() >= last);
                if continues {
                    out.push(format!("RRULE:{rule}"));
                } else if let Some(l) = onsets.last() {
                    let until = jiff::tz::Offset::from_seconds(*off_from)
                        .ok()
                        .and_then(|o| o.to_timestamp(*l).ok())
                        .map(|t| t.strftime("%Y%m%dT%H%M%SZ").to_string())
                        .unwrap_or_default();
                    out.push(format!("RRULE:{rule};UNTIL={until}"));
                }
            }
            None => {
                for o in onsets.iter().skip(1) {
                    out.push(format!("RDATE:{}", local(*o)));
                }
            }
        }
        out.push(format!("END:{kind}"));
    }
    out.push("END:VTIMEZONE".to_string());
    out
}

/// `FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU` when every onset is one a year, in consecutive
/// years, at the same time on the same weekday of the same week of the same month
/// (the last such weekday, or the n-th); `None` otherwise (or for a single onset).
fn yearly_rule(onsets: &[jiff::civil::DateTime]) -> Option<String> {
    let f = onsets.first()?;
    if onsets.len() < 2 {
        return None;
    }
    let last_week = |d: &jiff::civil::DateTime| d.day() + 7 > d.days_in_month();
    let nth = |d: &jiff::civil::DateTime| (d.day() - 1) / 7 + 1;
    let same = |d: &jiff::civil::DateTime, pick: &dyn Fn(&jiff::civil::DateTime) -> bool| {
        d.month() == f.month() && d.weekday() == f.weekday() && d.time() == f.time() && pick(d)
    };
    let consecutive = onsets
        .windows(2)
        .all(|w| matches!(w, [a, b] if b.year() == a.year() + 1));
    if !consecutive {
        return None;
    }
    let day = match f.weekday() {
        jiff::civil::Weekday::Monday => "MO",
        jiff::civil::Weekday::Tuesday => "TU",
        jiff::civil::Weekday::Wednesday => "WE",
        jiff::civil::Weekday::Thursday => "TH",
        jiff::civil::Weekday::Friday => "FR",
        jiff::civil::Weekday::Saturday => "SA",
        jiff::civil::Weekday::Sunday => "SU",
    };
    if onsets.iter().all(|d| same(d, &last_week)) {
        return Some(format!("FREQ=YEARLY;BYMONTH={};BYDAY=-1{day}", f.month()));
    }
    let n = nth(f);
    if n <= 4 && onsets.iter().all(|d| same(d, &|x| nth(x) == n)) {
        return Some(format!("FREQ=YEARLY;BYMONTH={};BYDAY={n}{day}", f.month()));
    }
    // A weekday in a fixed week of days (America/Nuuk: the Saturday before the last
    // Sunday of March, local time, is the Saturday of 24–30 March): the
    // week from the earliest onset's day; the weekday falls once in any seven days.
    let lo = onsets.iter().map(|d| d.day()).min()?;
    let hi = onsets.iter().map(|d| d.day()).max()?;
    let all_same = onsets.iter().all(|d| same(d, &|_| true));
    let shortest = match f.month() {
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    if all_same && hi - lo <= 6 && lo + 6 <= shortest {
        let days: Vec<String> = (lo..=lo + 6).map(|d| d.to_string()).collect();
        return Some(format!(
            "FREQ=YEARLY;BYMONTH={};BYDAY={day};BYMONTHDAY={}",
            f.month(),
            days.join(",")
        ));
    }
    None
}

/// One occurrence's content lines from `DTSTART` to `END` (no `UID`, `DTSTAMP` or
/// `SEQUENCE`: those come from the history), its sort key (the start) and the
/// `SEQUENCE` it has without history.
fn event_content(
    v: &PlanView,
    a: &CompiledActivity,
    o: &Occurrence,
    day: &EventDay,
    tz: &str,
) -> (String, Vec<String>, u32) {
    let (h, m) = i18n::parse_hhmm(&a.time).unwrap_or(FALLBACK_TIME);
    let start = day.date.to_datetime(
        jiff::civil::Time::new(
            i8::try_from(h).unwrap_or(9),
            i8::try_from(m).unwrap_or(0),
            0,
            0,
        )
        .unwrap_or(jiff::civil::Time::midnight()),
    );
    let minutes = day.minutes;
    let end = start
        .checked_add(jiff::SignedDuration::from_mins(i64::from(minutes)))
        .unwrap_or(start);
    // A meeting has a time and a length; a communication, a milestone or a
    // deliverable is a day: an all-day event (`VALUE=DATE`, DTEND the next day) that
    // leaves the day free (`TRANSP:TRANSPARENT`).
    let timed = a.kind.is_meeting();
    let ymd = |d: jiff::civil::Date| d.strftime("%Y%m%d").to_string();
    let (key, mut lines) = if timed {
        (
            local(start),
            vec![
                format!("DTSTART;TZID={tz}:{}", local(start)),
                format!("DTEND;TZID={tz}:{}", local(end)),
            ],
        )
    } else {
        let next = day.date.tomorrow().unwrap_or(day.date);
        (
            ymd(day.date),
            vec![
                format!("DTSTART;VALUE=DATE:{}", ymd(day.date)),
                format!("DTEND;VALUE=DATE:{}", ymd(next)),
            ],
        )
    };
    let mut text = description(v, a, o);
    if day.of > 1 {
        // `Dag 2 af 2`: which day of a multi-day occurrence this event is.
        let which = i18n::capitalise(&i18n::day_of(v.lang, day.number, day.of));
        text = format!("{which}\n{text}");
    }
    lines.extend([
        format!("SUMMARY:{}", escape_text(&event_summary(v, a))),
        format!("DESCRIPTION:{}", escape_text(&text)),
    ]);
    if let Some(l) = &a.location {
        lines.push(format!("LOCATION:{}", escape_text(l)));
    }
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
    let sequence = u32::from(cancelled || moved);
    lines.extend([
        if cancelled {
            "STATUS:CANCELLED".to_string()
        } else if a.optional {
            // Held only if needed: tentative until it is.
            "STATUS:TENTATIVE".to_string()
        } else {
            "STATUS:CONFIRMED".to_string()
        },
        if timed {
            "TRANSP:OPAQUE".to_string()
        } else {
            "TRANSP:TRANSPARENT".to_string()
        },
    ]);
    (key, lines, sequence)
}

/// The event's title: the activity's name, marked when it is held only if needed
/// (`Formøde (hvis nye aktører er kommet til)`).
fn event_summary(v: &PlanView, a: &CompiledActivity) -> String {
    if !a.optional {
        return a.name.clone();
    }
    match &a.when {
        Some(w) => format!("{} ({} {w})", a.name, v.t("optional_if")),
        None => format!("{} ({})", a.name, v.t("optional_activity")),
    }
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
    fn person_uids_are_their_own() {
        let u = day_uid("soeby", "traeningsmoede", 4, 2);
        let p = person_uid(&u, "sagsbehandler.ida-vang");
        assert_eq!(
            p,
            "soeby-traeningsmoede-4-d2.sagsbehandler.ida-vang@tovholder"
        );
        assert_ne!(p, u);
        assert!(is_calendar_name(&calendar_file("sagsbehandler.ida-vang")));
    }

    #[test]
    fn uid_shape() {
        assert_eq!(
            uid("ics-plan", "laeringsmoede", 3),
            "ics-plan-laeringsmoede-3@tovholder"
        );
    }
}
