//! The documents' compiled plan, built from a [`Schedule`] and the plan's texts.

use super::forecast;
use super::*;
use crate::calendar;
use crate::duration::{Duration, Hours, HoursPer};
use crate::follow_up::FollowUp;
use crate::model::{self, GoalKind, Item, Plan, Term, strs};
use crate::schedule::{self, DEFAULT_TIME, PhaseWindows, Schedule, dates};
use crate::span::{FileId, SourceMap, Span, Spanned};
use std::borrow::Cow;
use std::collections::HashMap;

impl CompiledPlan {
    /// The compiled plan of `plan` (read from `file`), scheduled as `schedule`: the
    /// schedule's dates with the plan's texts, goals, checklists, stakeholders and
    /// source locations. The language of its names is the plan's (see
    /// [`schedule::document_lang`]).
    pub fn build(
        plan: &Plan,
        schedule: &Schedule,
        sources: &SourceMap,
        file: FileId,
    ) -> CompiledPlan {
        CompiledPlan::build_followed(plan, schedule, sources, file, None)
    }

    /// [`CompiledPlan::build`], followed up against the plan's journal when it has
    /// one: `as_of`, and on every phase and occurrence its `follow_up` (planned,
    /// forecast, actual; see `compiled/forecast.rs`). With no follow-up it is `build`.
    pub fn build_followed(
        plan: &Plan,
        schedule: &Schedule,
        sources: &SourceMap,
        file: FileId,
        follow_up: Option<&FollowUp>,
    ) -> CompiledPlan {
        let forecast = follow_up.map(|f| {
            let graph = crate::graph::DepGraph::build(plan, sources);
            forecast::forecast(plan, &graph, schedule, f)
        });
        Builder {
            plan,
            schedule,
            sources,
            file,
            doc_lang: schedule::document_lang(plan),
            follow_up: follow_up.zip(forecast.as_ref()),
        }
        .build()
    }
}

struct Builder<'a> {
    plan: &'a Plan,
    schedule: &'a Schedule,
    sources: &'a SourceMap,
    file: FileId,
    doc_lang: Lang,
    /// The journal resolved against the plan, and the forecast from it.
    follow_up: Option<(&'a FollowUp, &'a forecast::Forecast)>,
}

/// Plan text as every document can hold it: the one cleaning of the compiled plan,
/// so HTML, SVG, Markdown, CSV, XLSX, iCalendar and `compile`'s JSON carry the same
/// characters.
///
/// - Line breaks of every kind become `\n`: CR LF and a lone CR, `\v` (Word's manual
///   line break), `\f` (its page break), U+0085, U+2028 and U+2029. Tab and `\n` stay.
/// - Every other control character (C0, DEL, C1) is removed, and so are the
///   Unicode noncharacters (U+FDD0–U+FDEF and U+FFFE/U+FFFF of every plane):
///   XML 1.0 forbids most of them and none of them is text.
///
/// What is left is valid in XML 1.0 and in every format the renderer writes; each
/// format then escapes or folds its own syntax (a Markdown cell prints `\n` as a
/// space, iCalendar as `\n`). Cleaning twice gives the same text.
pub fn clean_text(s: &str) -> Cow<'_, str> {
    if !s.chars().any(needs_cleaning) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\t' | '\n' => out.push(c),
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push('\n');
                }
            }
            '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}' => out.push('\n'),
            c if needs_cleaning(c) => {}
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// A character [`clean_text`] changes or removes.
fn needs_cleaning(c: char) -> bool {
    let u = u32::from(c);
    (c.is_control() && c != '\t' && c != '\n')
        || c == '\u{2028}'
        || c == '\u{2029}'
        || (0xFDD0..=0xFDEF).contains(&u)
        || u & 0xFFFE == 0xFFFE
}

fn clean(s: &str) -> String {
    clean_text(s).into_owned()
}

fn text(s: &Option<Spanned<String>>) -> Option<String> {
    s.as_ref().map(|s| clean(&s.value))
}

fn texts(l: &Option<model::List<Spanned<String>>>) -> Vec<String> {
    strs(l).iter().map(|s| clean(&s.value)).collect()
}

/// A baseline or target value: a number as written in its file (`12345678901234567890`
/// stays as it is, not rounded through a float), a string as it was read.
fn value_text(sources: &SourceMap, v: &Spanned<model::Text>) -> String {
    let raw = sources
        .get(v.span.file)
        .map(|f| f.slice(v.span).trim())
        .unwrap_or("");
    let plain_number = !raw.is_empty()
        && !raw.contains('\n')
        && raw
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "+-._".contains(c))
        && raw.starts_with(|c: char| c.is_ascii_digit() || "+-.".contains(c));
    if plain_number {
        raw.to_string()
    } else {
        clean(&v.value.0)
    }
}

fn hours_text(h: &Hours) -> String {
    let per = match h.per {
        HoursPer::Week => "week",
        HoursPer::Month => "month",
    };
    format!("{} per {per}", h.hours)
}

/// A role's granted hours as written in its file (`4 pr. uge`), else in English.
pub(crate) fn written_hours(sources: &SourceMap, hours: &Spanned<Hours>) -> String {
    written(sources, hours.span, hours_text(&hours.value))
}

/// A scalar as written in its file (quotes removed), else `fallback`.
pub(crate) fn written(sources: &SourceMap, span: Span, fallback: String) -> String {
    let raw = sources
        .get(span.file)
        .map(|f| f.slice(span).trim())
        .unwrap_or("");
    let unquoted = raw
        .strip_prefix('"')
        .and_then(|r| r.strip_suffix('"'))
        .or_else(|| raw.strip_prefix('\'').and_then(|r| r.strip_suffix('\'')))
        .unwrap_or(raw);
    if unquoted.is_empty() || unquoted.contains('\n') {
        clean(&fallback)
    } else {
        clean(unquoted)
    }
}

/// Referenced id → the activities whose `field` lists it, in plan order, each once.
/// One pass over the activities, instead of one pass per goal or stakeholder.
fn referrers<'p>(
    plan: &'p Plan,
    field: impl Fn(&'p model::Activity) -> &'p [Spanned<String>],
) -> HashMap<&'p str, Vec<&'p str>> {
    let mut by_id: HashMap<&str, Vec<&str>> = HashMap::new();
    for (aid, a) in plan.activities.iter() {
        for r in field(a) {
            let list = by_id.entry(r.value.as_str()).or_default();
            if list.last() != Some(&aid.as_str()) {
                list.push(aid.as_str());
            }
        }
    }
    by_id
}

/// The activity ids [`referrers`] found for `id`.
fn ids_of(referrers: &HashMap<&str, Vec<&str>>, id: &str) -> Vec<String> {
    referrers
        .get(id)
        .map(|l| l.iter().map(|a| a.to_string()).collect())
        .unwrap_or_default()
}

pub(super) fn date_window(w: dates::Win) -> DateWindow {
    DateWindow {
        earliest: Date(w.earliest),
        nominal: Date(w.nominal),
        latest: Date(w.latest),
    }
}

impl Builder<'_> {
    fn source(&self, span: Span) -> SourceRef {
        let (line, column) = self
            .sources
            .get(span.file)
            .map(|f| f.line_col(span.start))
            .unwrap_or((1, 1));
        SourceRef {
            file: clean(self.sources.name(span.file)),
            line,
            column,
        }
    }

    fn origin(&self, span: Span) -> String {
        clean(self.sources.name(span.file))
    }

    fn written(&self, span: Span, fallback: String) -> String {
        written(self.sources, span, fallback)
    }

    fn build(&self) -> CompiledPlan {
        let plan = self.plan;
        let plan_span = plan
            .id
            .as_ref()
            .map(|s| s.span)
            .unwrap_or(Span::new(self.file, 0, 0));
        CompiledPlan {
            format: "tovholder-compiled".into(),
            format_version: COMPILED_FORMAT_VERSION,
            id: text(&plan.id).unwrap_or_default(),
            title: text(&plan.title).unwrap_or_default(),
            organisation: text(&plan.organisation),
            language: self.doc_lang,
            start: Date(self.schedule.start),
            until: Date(self.schedule.until),
            as_of: self.follow_up.map(|(f, _)| Date(f.as_of)),
            horizon: plan
                .horizon
                .as_ref()
                .map(|h| self.written(h.span, h.value.to_string())),
            uses: plan.uses.as_ref().map(|u| clean(&u.value.path.value)),
            model: plan
                .uses
                .as_ref()
                .and_then(|u| u.value.model.as_ref())
                .map(|m| super::CompiledModelRef {
                    id: m.id.as_deref().map(clean),
                    title: m.title.as_deref().map(clean),
                    version: m.version.as_deref().map(clean),
                }),
            source: self.source(plan_span),
            calendar: self.calendar(),
            roles: self.roles(),
            phases: self.phases(),
            activities: self.activities(),
            goals: self.goals(),
            checklists: self.checklists(),
            stakeholders: self.stakeholders(),
            tracks: self.tracks(),
        }
    }

    fn tracks(&self) -> Vec<super::CompiledTrack> {
        let s = self.schedule;
        self.plan
            .tracks
            .iter()
            .map(|(id, t)| {
                let mut states: Vec<super::CompiledTrackState> = strs(&t.states)
                    .iter()
                    .filter_map(|st| {
                        Some(super::CompiledTrackState {
                            from: st.from.as_ref()?.value,
                            state: st.state.as_ref()?.value,
                            into: text(&st.into),
                            reason: text(&st.reason),
                        })
                    })
                    .collect();
                states.sort_by_key(|st| st.from);
                let running = schedule::tracks::running(self.plan, t, &s.phases, s.start, s.until)
                    .0
                    .into_iter()
                    .map(|(from, to)| ClosedPeriod {
                        from: Date(from),
                        to: Date(to.yesterday().unwrap_or(to)),
                    })
                    .collect();
                super::CompiledTrack {
                    id: id.clone(),
                    name: text(&t.name).unwrap_or_else(|| id.clone()),
                    owner: text(&t.owner),
                    members: texts(&t.members),
                    purpose: text(&t.purpose),
                    location: text(&t.location),
                    states,
                    running,
                    source: self.source(t.id.span),
                    origin: self.origin(t.id.span),
                }
            })
            .collect()
    }

    /// The region, the closed periods, and every holiday of the calendar years from
    /// the year of `start` to the year of `until` (just the year of `start` when the
    /// calendar is empty): the years a year wheel draws.
    fn calendar(&self) -> CompiledCalendar {
        let cal = &self.schedule.calendar;
        let closed = cal
            .closed()
            .iter()
            .map(|&(from, to)| ClosedPeriod {
                from: Date(from),
                to: Date(to),
            })
            .collect();
        let first = self.schedule.start.year();
        let last = self.schedule.until.year().max(first);
        let holiday_dates = (first..=last)
            .flat_map(|year| calendar::holidays(cal.region(), year))
            .map(|h| HolidayDate::of(h, self.doc_lang))
            .collect();
        let timezone = self
            .plan
            .calendar
            .as_ref()
            .and_then(|c| c.timezone.as_ref())
            .map_or_else(
                || crate::timezone::default_for(cal.region()).to_string(),
                |tz| tz.value.0.clone(),
            );
        CompiledCalendar {
            holidays: cal.region(),
            timezone,
            day_length_minutes: self.schedule.day_minutes,
            closed,
            holiday_dates,
        }
    }

    fn phases(&self) -> Vec<CompiledPhase> {
        self.plan
            .phases
            .iter()
            .zip(&self.schedule.phases)
            .enumerate()
            .map(|(i, ((id, p), w))| CompiledPhase {
                id: id.clone(),
                name: text(&p.name).unwrap_or_else(|| id.clone()),
                after: texts(&p.after),
                duration: p
                    .duration
                    .as_ref()
                    .map(|d| self.written(d.span, d.value.to_string()))
                    .unwrap_or_default(),
                ongoing: p
                    .duration
                    .as_ref()
                    .is_some_and(|d| d.value == Duration::Ongoing),
                optional: p.optional.as_ref().is_some_and(|o| o.value),
                owner: text(&p.owner),
                purpose: text(&p.purpose),
                characteristics: texts(&p.characteristics),
                exit_criteria: texts(&p.exit_criteria),
                start: date_window(w.start),
                end: date_window(w.end),
                follow_up: self.follow_up.map(|(f, fc)| PhaseFollowUp {
                    planned: forecast::window(w),
                    forecast: forecast::window(fc.phases.get(i).unwrap_or(w)),
                    actual: forecast::phase_actual(f, i),
                }),
                source: self.source(p.id.span),
                origin: self.origin(p.id.span),
            })
            .collect()
    }

    /// An activity's occurrences, numbered, each with the listed phase its computed
    /// date falls in.
    fn occurrences(
        &self,
        i: usize,
        act: &model::Activity,
        occ: &[schedule::Occurrence],
    ) -> Vec<Occurrence> {
        let listed = schedule::activities::listed_phases(self.plan, act);
        let phases: &[PhaseWindows] = &self.schedule.phases;
        let length_days = act.length_days().filter(|&n| n > 1);
        let days_of = |d: jiff::civil::Date| -> Vec<Date> {
            match length_days {
                Some(n) => schedule::occurrence_days(&self.schedule.calendar, d, Some(n))
                    .into_iter()
                    .map(Date)
                    .collect(),
                None => Vec::new(),
            }
        };
        let one =
            |k: usize, slot: u32, o: &schedule::Occurrence, phases: &[PhaseWindows]| Occurrence {
                index: u32::try_from(k).unwrap_or(u32::MAX),
                slot,
                date: Date(o.date),
                earliest: Date(o.earliest),
                latest: Date(o.latest),
                moved_from: o.moved_from.map(Date),
                phase: schedule::activities::containing(&listed, phases, o.computed())
                    .and_then(|p| self.plan.phases.get_index(p))
                    .map(|(id, _)| id.clone()),
                days: days_of(o.date),
                follow_up: None,
            };
        let Some((f, fc)) = self.follow_up else {
            return occ
                .iter()
                .enumerate()
                .map(|(k, o)| one(k, o.slot, o, phases))
                .collect();
        };
        // See `compiled/forecast.rs`: the past and the recorded stay; the rest take
        // the forecast's occurrences from the as-of date on, in order.
        let statuses = f.occurrences.get(i).map_or(&[][..], Vec::as_slice);
        let settled = |k: usize, o: &schedule::Occurrence| forecast::settled(f, o, statuses.get(k));
        let ahead_recorded = occ
            .iter()
            .enumerate()
            .filter(|&(k, o)| o.date >= f.as_of && settled(k, o))
            .count();
        let mut upcoming = fc
            .occurrences
            .get(i)
            .map_or(&[][..], Vec::as_slice)
            .iter()
            .filter(|o| o.date >= f.as_of)
            .skip(ahead_recorded);
        let mut out: Vec<Occurrence> = Vec::with_capacity(occ.len());
        for (k, o) in occ.iter().enumerate() {
            let actual = forecast::occurrence_actual(f, statuses.get(k), o.date);
            let (mut c, forecast_date) = if settled(k, o) {
                (one(k, o.slot, o, phases), Some(o.date))
            } else {
                match upcoming.next() {
                    Some(fo) => (one(k, o.slot, fo, &fc.phases), Some(fo.date)),
                    None => (one(k, o.slot, o, phases), None),
                }
            };
            c.follow_up = Some(forecast::occurrence_follow_up(
                Some(o.date),
                forecast_date,
                actual,
            ));
            out.push(c);
        }
        let mut free_slot = occ.last().map_or(0, |o| o.slot.saturating_add(1));
        for fo in upcoming {
            let mut c = one(out.len(), free_slot, fo, &fc.phases);
            free_slot = free_slot.saturating_add(1);
            c.follow_up = Some(forecast::occurrence_follow_up(None, Some(fo.date), None));
            out.push(c);
        }
        // Date order, as without a journal (a recorded occurrence ahead of the as-of
        // date may now come after a forecast one).
        out.sort_by_key(|c| c.date);
        out
    }

    fn activities(&self) -> Vec<CompiledActivity> {
        let none: &[schedule::Occurrence] = &[];
        self.plan
            .activities
            .iter()
            .enumerate()
            .map(|(i, (id, a))| {
                let occ = self.schedule.occurrences.get(i).map_or(none, Vec::as_slice);
                CompiledActivity {
                    id: id.clone(),
                    name: text(&a.name).unwrap_or_else(|| id.clone()),
                    phases: a.phase_refs().iter().map(|p| p.value.clone()).collect(),
                    responsible: text(&a.responsible),
                    participants: texts(&a.participants),
                    audience: texts(&a.audience),
                    channel: text(&a.channel),
                    purpose: text(&a.purpose),
                    agenda: texts(&a.agenda),
                    outputs: texts(&a.outputs),
                    contributes_to: texts(&a.contributes_to),
                    every: a
                        .every
                        .as_ref()
                        .map(|e| self.written(e.span, e.value.to_string())),
                    length_minutes: a
                        .length
                        .as_ref()
                        .map(|l| l.value.nominal_minutes_at(self.schedule.day_minutes)),
                    length_days: a.length_days(),
                    length: a
                        .length
                        .as_ref()
                        .map(|l| self.written(l.span, l.value.to_string())),
                    time: match &a.time {
                        Some(t) => format!("{:02}:{:02}", t.value.hour, t.value.minute),
                        None => DEFAULT_TIME.into(),
                    },
                    fixed_date: a.date.as_ref().map(|d| d.value),
                    kind: a.kind(),
                    location: text(&a.location),
                    optional: a.is_optional(),
                    when: text(&a.when),
                    track: text(&a.track),
                    occurrences: self.occurrences(i, a, occ),
                    source: self.source(a.id.span),
                    origin: self.origin(a.id.span),
                }
            })
            .collect()
    }

    fn roles(&self) -> Vec<CompiledRole> {
        let none: &[schedule::MonthHours] = &[];
        self.plan
            .roles
            .iter()
            .enumerate()
            .map(|(i, (id, r))| CompiledRole {
                id: id.clone(),
                name: text(&r.name).unwrap_or_else(|| id.clone()),
                purpose: text(&r.purpose),
                owners: texts(&r.owner),
                hours: r.hours.as_ref().map(|h| written_hours(self.sources, h)),
                granted_hours_per_month: schedule::granted_per_month(r),
                mandate: text(&r.mandate),
                reports_to: text(&r.reports_to),
                responsibilities: texts(&r.responsibilities),
                planned_hours: self
                    .schedule
                    .planned_hours
                    .get(i)
                    .map_or(none, Vec::as_slice)
                    .iter()
                    .map(|m| MonthHours {
                        month: m.label(),
                        hours: m.hours,
                    })
                    .collect(),
                person_hours: self.person_hours(i),
                source: self.source(r.id.span),
                origin: self.origin(r.id.span),
            })
            .collect()
    }

    /// The planned hours of each person of a role held by people in teams.
    fn person_hours(&self, role: usize) -> Vec<super::PersonHours> {
        let Some(people) = self.schedule.person_hours.get(role) else {
            return Vec::new();
        };
        people
            .iter()
            .map(|p| super::PersonHours {
                person: clean(&p.person),
                tracks: self
                    .plan
                    .tracks
                    .iter()
                    .filter(|(_, t)| strs(&t.members).iter().any(|m| m.as_str() == p.person))
                    .map(|(id, _)| id.clone())
                    .collect(),
                planned_hours: p
                    .months
                    .iter()
                    .map(|m| MonthHours {
                        month: m.label(),
                        hours: m.hours,
                    })
                    .collect(),
            })
            .collect()
    }

    fn goals(&self) -> Vec<CompiledGoal> {
        let contributors = referrers(self.plan, |a| strs(&a.contributes_to));
        self.plan
            .goals
            .iter()
            .map(|(id, g)| CompiledGoal {
                id: id.clone(),
                statement: text(&g.statement).unwrap_or_default(),
                kind: g.kind.as_ref().map(|k| {
                    match k.value {
                        GoalKind::Quantitative => "quantitative",
                        GoalKind::Qualitative => "qualitative",
                        GoalKind::Hypothesis => "hypothesis",
                    }
                    .to_string()
                }),
                term: g.term.as_ref().map(|t| {
                    match t.value {
                        Term::Short => "short",
                        Term::Long => "long",
                    }
                    .to_string()
                }),
                indicator: text(&g.indicator),
                baseline: g.baseline.as_ref().map(|b| CompiledBaseline {
                    value: b.value.as_ref().map(|v| value_text(self.sources, v)),
                    date: b.date.as_ref().map(|d| d.value),
                    source: text(&b.source),
                }),
                target: g.target.as_ref().map(|t| CompiledTarget {
                    value: t.value.as_ref().map(|v| value_text(self.sources, v)),
                    by: t.by.as_ref().map(|d| d.value),
                }),
                owner: text(&g.owner),
                phase: text(&g.phase),
                activities: ids_of(&contributors, id),
                track: text(&g.track),
                level: g.level.as_ref().map(|l| l.value.as_str().to_string()),
                contributes_to: texts(&g.contributes_to),
                source: self.source(g.id.span),
                origin: self.origin(g.id.span),
            })
            .collect()
    }

    fn checklists(&self) -> Vec<CompiledChecklist> {
        self.plan
            .checklists
            .iter()
            .map(|(id, c)| CompiledChecklist {
                id: id.clone(),
                name: text(&c.name).unwrap_or_else(|| id.clone()),
                phase: text(&c.phase),
                owner: text(&c.owner),
                items: c
                    .items
                    .as_ref()
                    .map(|l| l.0.as_slice())
                    .unwrap_or(&[])
                    .iter()
                    .map(|item| match item {
                        Item::Text(t) => CompiledItem {
                            text: clean(&t.value),
                            owner: None,
                            done: false,
                        },
                        Item::Detail(d) => CompiledItem {
                            text: clean(item.text()),
                            owner: text(&d.owner),
                            done: d.done.as_ref().is_some_and(|b| b.value),
                        },
                    })
                    .collect(),
                source: self.source(c.id.span),
                origin: self.origin(c.id.span),
            })
            .collect()
    }

    fn stakeholders(&self) -> Vec<CompiledStakeholder> {
        let informers = referrers(self.plan, |a| strs(&a.audience));
        self.plan
            .stakeholders
            .iter()
            .map(|(id, s)| CompiledStakeholder {
                id: id.clone(),
                name: text(&s.name).unwrap_or_else(|| id.clone()),
                description: text(&s.description),
                informed_by: ids_of(&informers, id),
                source: self.source(s.id.span),
                origin: self.origin(s.id.span),
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::clean_text;

    #[test]
    fn cleans_controls_line_breaks_and_noncharacters() {
        assert_eq!(
            clean_text("Æble, pære & 🙂\ttab\nny"),
            "Æble, pære & 🙂\ttab\nny"
        );
        assert!(matches!(
            clean_text("ren tekst"),
            std::borrow::Cow::Borrowed(_)
        ));
        // Word's line break and page break, CR LF, a lone CR, NEL, LS, PS: one `\n` each.
        assert_eq!(
            clean_text("a\u{B}b\u{C}c\r\nd\re\u{85}f\u{2028}g\u{2029}h"),
            "a\nb\nc\nd\ne\nf\ng\nh"
        );
        // Other C0, DEL, C1 (a CSI), noncharacters: removed.
        assert_eq!(
            clean_text("\0a\u{1}b\u{1B}[31mc\u{7F}d\u{9B}e\u{FFFE}f\u{FFFF}g\u{FDD0}h\u{1FFFF}"),
            "ab[31mcdefgh"
        );
        // BOM, bidi marks and private use are text: kept.
        assert_eq!(
            clean_text("\u{FEFF}\u{202E}\u{E000}"),
            "\u{FEFF}\u{202E}\u{E000}"
        );
        let once = clean_text("x\u{B}\r\u{0}y").into_owned();
        assert_eq!(clean_text(&once), once.as_str());
    }
}
