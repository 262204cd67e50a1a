//! Synthetic journals for the benchmarks: what a year and a half of follow-up on a
//! generated plan looks like, grown to any number of entries.
//!
//! [`journal`] checks and schedules the plan [`crate::plan`] writes for the same
//! options, then records, in date order:
//!
//! - every planned occurrence up to the as-of date: `held` (most on the planned day,
//!   one in seven a day or two later — some with `planned:`, some matched to the
//!   nearest occurrence — one in three with a note), and one in ten `cancelled` with
//!   a reason (never two in a row of the same series, so `momentum-lost` stays quiet);
//! - `phase_started` for every phase begun by then, `phase_completed` for every phase
//!   whose planned window has closed (so `phase-overrun` stays quiet), `checked`
//!   items of the checklists whose phase has begun, and a ripple effect and an
//!   adaptation per workstream now and then;
//! - and fills the rest up to the requested number of entries with `measured`
//!   entries of the goals, each with a `source`: spread evenly over the months since
//!   the plan's start, the values on the straight line from the goal's baseline to
//!   its target with some noise (well inside `goal-off-track`'s tolerance), written
//!   `48 %` or `47,5 %`.
//!
//! The plan with this journal checks with no findings at the as-of date when the
//! entries leave at least three measurements per goal. When the occurrences alone
//! are more than the requested number, the journal has them all (it never leaves a
//! planned occurrence unrecorded): [`JournalOptions::entries`] is a floor then.
//!
//! Output is deterministic: the same options give byte-identical text.

use crate::{Options, Rng};
use std::fmt::Write as _;
use tovholder_core::model::Date;
use tovholder_core::schedule::dates::{add_days, days_between};
use tovholder_core::{CheckOptions, SourceFile, SourceMap};

/// The as-of date of the benchmark journals: a year and a half into the generated
/// plans (which start 2027-01-04).
pub const AS_OF: &str = "2027-12-31";

/// What to generate.
#[derive(Clone, Debug)]
pub struct JournalOptions {
    /// The plan: [`crate::plan`] of these options (rich shape).
    pub plan: Options,
    /// The number of entries to fill up to with measurements.
    pub entries: usize,
    /// `YYYY-MM-DD`: nothing is recorded after it (default [`AS_OF`]).
    pub as_of: String,
}

impl Default for JournalOptions {
    fn default() -> Self {
        JournalOptions {
            plan: Options::default(),
            entries: 1_000,
            as_of: AS_OF.to_string(),
        }
    }
}

const NOTES: &[&str] = &[
    "God dialog om de svære sager",
    "Flere nye medarbejdere med for første gang",
    "Kort møde – to sager gennemgået",
    "Ledelsen deltog",
    "Aftalt at samle spørgsmål til superbrugerne",
    "Stor interesse for borgerens egne ord i undersøgelserne",
    "Referat sendt til styregruppen",
    "Metoden fungerer bedst i de nye sager",
];
const REASONS: &[&str] = &[
    "Sygdom i teamet",
    "Sammenfald med personalemøde",
    "Travlhed i forbindelse med budgetopfølgning",
    "Facilitator på kursus",
    "Lokalet var optaget",
    "For få tilmeldte",
    "Flyttet ind i teammødet",
];
const RIPPLES: &[&str] = &[
    "Skolerne bruger nu selv metodens spørgsmål i samtaler med forældre",
    "Sundhedsplejen har bedt om at komme med på læringsmøderne",
    "Færre klager over sagsbehandlingstiden",
    "Nye medarbejdere siger at metoden gjorde introduktionen lettere",
    "Samarbejdspartnerne genkender vores skabeloner",
];
const ADAPTATIONS: &[(&str, &str)] = &[
    ("Læringsmøderne flyttes ind i teammøderne", "Mødetræthed"),
    (
        "Sagsaudit hver anden måned i stedet for hvert kvartal",
        "Vi vil se udviklingen hurtigere",
    ),
    (
        "Superbrugerne får en fast time om ugen",
        "Kollegerne spørger mere end ventet",
    ),
];
const SOURCES: &[&str] = &[
    "Sagsaudit",
    "Stikprøve i fagsystemet",
    "Ledelsesinformation (LIS)",
    "Borgerundersøgelse",
    "Egen registrering i teamet",
];
const NAMES: &[&str] = &[
    "Anna Jensen",
    "Søren Holm",
    "Mette Kjær",
    "Ulla Østergaard",
    "Niels Dahl",
];

/// One entry and the date it is sorted by (entries of one date keep the order they
/// were made in: the sort is stable).
struct Line {
    date: Date,
    text: String,
}

fn push(lines: &mut Vec<Line>, date: Date, text: String) {
    lines.push(Line { date, text });
}

/// `d + n` days (`d` when out of range).
fn plus(d: Date, n: i64) -> Date {
    add_days(d.0, n).map_or(d, Date)
}

/// A number the way a Danish report writes it: `48 %` or `47,5 %`.
fn percent(x: f64) -> String {
    let halves = (x * 2.0).round() as i64;
    if halves % 2 == 0 {
        format!("{} %", halves / 2)
    } else {
        // Quoted: a comma ends a plain value in a flow mapping.
        format!("\"{},5 %\"", halves / 2)
    }
}

/// Quarter `1`–`4` of a date.
fn quarter(d: Date) -> i8 {
    (d.0.month() - 1) / 3 + 1
}

/// Write the journal of the plan [`crate::plan`] writes for `opts.plan` (see the
/// module docs). Panics when the as-of date is not a date or the plan cannot be
/// scheduled (a generated plan always can).
pub fn journal(opts: &JournalOptions) -> String {
    let as_of = Date::parse(&opts.as_of).unwrap_or_else(|e| panic!("--as-of: {e}"));
    let text = crate::plan(&Options {
        shape: crate::Shape::Rich,
        ..opts.plan
    });
    let mut sources = SourceMap::new();
    let file = sources.add(SourceFile::new("plan.yaml", text));
    let checked = tovholder_core::check(&sources, file, &CheckOptions::default());
    let plan = &checked.plan;
    let Some(schedule) = checked.schedule.as_ref() else {
        panic!("the generated plan could not be scheduled");
    };
    let mut rng = Rng::new(opts.plan.seed ^ 0x006a_6f75_726e_616c);
    let mut lines: Vec<Line> = Vec::with_capacity(opts.entries + 1024);

    // Phases: started when planned; completed on the last day of the planned window
    // once it has closed.
    let mut started: Vec<Option<Date>> = Vec::with_capacity(plan.phases.len());
    for ((id, _), w) in plan.phases.iter().zip(&schedule.phases) {
        let start = Date(w.start.nominal);
        if start > as_of {
            started.push(None);
            continue;
        }
        started.push(Some(start));
        push(
            &mut lines,
            start,
            format!("{{ date: {start}, phase_started: {id} }}"),
        );
        let end = Date(w.end.latest);
        if end <= as_of && w.end.latest <= schedule.until {
            let last = plus(Date(w.end.nominal), -1).max(start);
            let note = if rng.below(3) == 0 {
                format!(
                    ", note: {}",
                    rng.pick(&[
                        "Exitkriterierne er opfyldt",
                        "Drøftet i styregruppen",
                        "Alle aktiviteter gennemført"
                    ])
                )
            } else {
                String::new()
            };
            push(
                &mut lines,
                last,
                format!("{{ date: {last}, phase_completed: {id}{note} }}"),
            );
        }
    }

    // Occurrences up to the as-of date.
    for (a, ((id, _), occ)) in plan
        .activities
        .iter()
        .zip(&schedule.occurrences)
        .enumerate()
    {
        let recurring = occ.len() > 1;
        for (k, o) in occ.iter().enumerate() {
            let planned = Date(o.date);
            if planned > as_of {
                break;
            }
            if recurring && (k + a) % 10 == 3 {
                let reason = rng.pick(REASONS);
                push(
                    &mut lines,
                    planned,
                    format!("{{ date: {planned}, cancelled: {id}, reason: {reason} }}"),
                );
                continue;
            }
            // One in seven is held a day or two later: with `planned:` named, or
            // left to be matched to the nearest occurrence.
            let later = plus(planned, 1 + rng.below(2) as i64);
            let moved = recurring && (k + 2 * a) % 7 == 0 && later <= as_of;
            let date = if moved { later } else { planned };
            let mut t = format!("{{ date: {date}, held: {id}");
            if moved && k % 2 == 0 {
                let _ = write!(t, ", planned: {planned}");
            }
            match rng.below(6) {
                0 => {
                    let _ = write!(t, ", note: {} deltagere", 4 + rng.below(14));
                }
                1 => {
                    let _ = write!(t, ", note: {}", rng.pick(NOTES));
                }
                _ => {}
            }
            t.push_str(" }");
            push(&mut lines, date, t);
        }
    }

    // Checklist items done two weeks into their phase.
    for (id, c) in plan.checklists.iter() {
        let phase = c
            .phase
            .as_ref()
            .and_then(|p| plan.phases.get_index_of(p.value.as_str()));
        let Some(Some(start)) = phase.and_then(|p| started.get(p)) else {
            continue;
        };
        for item in 1..=2 {
            let d = plus(*start, 7 * (1 + item));
            if d <= as_of {
                push(
                    &mut lines,
                    d,
                    format!("{{ date: {d}, checked: {id}, item: {item} }}"),
                );
            }
        }
    }

    // A ripple effect and an adaptation per workstream now and then: at the end of
    // every fourth month of the plan.
    let workstreams = plan.roles.keys().filter(|r| r.ends_with("-leder")).count();
    let first = Date(schedule.start);
    for w in 0..workstreams {
        let mut d = plus(first, 100 + 7 * (w % 12) as i64);
        let mut n = 0usize;
        while d <= as_of {
            if n.is_multiple_of(2) {
                let ripple = rng.pick(RIPPLES);
                let by = rng.pick(NAMES);
                push(
                    &mut lines,
                    d,
                    format!("{{ date: {d}, ripple: {ripple}, by: {by} }}"),
                );
            } else {
                let (what, why) = ADAPTATIONS
                    .get(rng.below(ADAPTATIONS.len()))
                    .copied()
                    .unwrap_or(("", ""));
                push(
                    &mut lines,
                    d,
                    format!("{{ date: {d}, adapted: {what}, reason: {why} }}"),
                );
            }
            n += 1;
            d = plus(d, 122);
        }
    }

    // Measurements: the rest, spread over the goals and the months since the start.
    let goals: Vec<(&str, f64, f64, Date, Date)> = plan
        .goals
        .iter()
        .filter_map(|(id, g)| {
            let b = g.baseline.as_ref()?;
            let t = g.target.as_ref()?;
            let bv = tovholder_core::measurement::parse_value(&b.value.as_ref()?.value.0)?;
            let tv = tovholder_core::measurement::parse_value(&t.value.as_ref()?.value.0)?;
            Some((
                id.as_str(),
                bv.number,
                tv.number,
                b.date.as_ref()?.value,
                t.by.as_ref()?.value,
            ))
        })
        .collect();
    let rest = opts.entries.saturating_sub(lines.len());
    if !goals.is_empty() && rest > 0 {
        let span = days_between(first.0, as_of.0).max(1);
        for (g, (id, base, target, since, by)) in goals.iter().enumerate() {
            let count = rest / goals.len() + usize::from(g < rest % goals.len());
            let line = days_between(since.0, by.0).max(1) as f64;
            for m in 0..count {
                // Evenly spaced, the last on the as-of date's side of the span.
                let offset = span * (m as i64 + 1) / count as i64;
                let d = plus(first, offset).min(as_of);
                let t = days_between(since.0, d.0) as f64 / line;
                let expected = base + (target - base) * t.clamp(0.0, 1.0);
                // Noise of up to a tenth of the distance, either way.
                let noise = (rng.below(21) as f64 - 10.0) / 100.0 * (target - base);
                let value = percent((expected + noise).clamp(0.0, 100.0));
                let source = match rng.below(SOURCES.len() + 1) {
                    0 => format!("Sagsaudit {}. kvartal {}", quarter(d), d.0.year()),
                    i => rng_source(i).to_string(),
                };
                push(
                    &mut lines,
                    d,
                    format!("{{ date: {d}, measured: {id}, value: {value}, source: {source} }}"),
                );
            }
        }
    }

    lines.sort_by_key(|l| l.date);
    let mut o = String::with_capacity(lines.len() * 80 + 256);
    let _ = writeln!(
        o,
        "# Generated by gen-journal (tovholder-bench): {} entries as of {as_of}, for gen-plan --activities {} --seed {}.\n\
         kind: log\n\
         entries:",
        lines.len(),
        opts.plan.activities,
        opts.plan.seed
    );
    for l in &lines {
        let _ = writeln!(o, "  - {}", l.text);
    }
    o
}

fn rng_source(i: usize) -> &'static str {
    SOURCES.get(i - 1).copied().unwrap_or("Sagsaudit")
}
