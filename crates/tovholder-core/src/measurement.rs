//! A goal's numbers: the values as written, and where the goal stands.
//!
//! A goal has a baseline (`value`, `date`), a target (`value`, `by`) and, in the
//! journal, `measured` entries with a `value`. Values are text as the plan writes
//! them; [`parse_value`] reads the ones that are numbers: `48 %`, `48`, `4,5` (the
//! Danish and Swedish decimal comma), `4.5`, `-3`, `1.234,5`, `12 500 kr`,
//! `12 timer` — a number and an optional unit. Anything else (`Ja`, `høj`, `ca. 50 %`,
//! `40-50 %`) is not a number and gives `None`.
//!
//! [`GoalProgress`] puts one goal's points on a line: the baseline point, the
//! measurements sorted by date (each with its entry index in
//! [`FollowUp::entries`](crate::follow_up::FollowUp::entries)), the target point, the
//! value expected on the straight line from baseline to target at any date
//! ([`GoalProgress::expected_at`]), the direction (a target below the baseline means
//! lower is better), the latest measurement's deviation from the line as a fraction of
//! the baseline → target distance, and a [`GoalStatus`]. The `goal-off-track` rule,
//! `tovholder status` and the statusrapport's goal charts all read it, so they agree.
//!
//! **Invariant:** no clock: the as-of date is given. Measurements dated after it are
//! left out (`log-entry-in-future` reports them).

use crate::follow_up::FollowUp;
use crate::journal::Event;
use crate::model::{Goal, GoalKind, Plan};
use crate::schedule::dates::days_between;
use jiff::civil::Date;
use std::collections::HashMap;

/// The tolerance `goal-off-track` uses unless configured: 25 % of the distance from
/// baseline to target.
pub const DEFAULT_TOLERANCE_PERCENT: u32 = 25;

/// A number as written, with its unit (`%`, `timer`, `kr`), if any.
#[derive(Clone, Debug, PartialEq)]
pub struct Value {
    pub number: f64,
    /// The text after the number, trimmed (`"%"` for `48 %` and `48%`); `None` for a
    /// bare number.
    pub unit: Option<String>,
}

impl Value {
    /// The number in hundredths, rounded (what findings carry: their fields are integers).
    pub fn hundredths(&self) -> i64 {
        to_hundredths(self.number)
    }
    /// Whether two values are on the same scale: the same unit, or one of them has none.
    pub fn same_scale(&self, other: &Value) -> bool {
        match (&self.unit, &other.unit) {
            (Some(a), Some(b)) => a.to_lowercase() == b.to_lowercase(),
            _ => true,
        }
    }
}

/// `x` in hundredths, rounded half away from zero (saturating).
pub fn to_hundredths(x: f64) -> i64 {
    let h = (x * 100.0).round();
    if h.is_nan() {
        0
    } else {
        // `as` saturates at the bounds of i64.
        h as i64
    }
}

/// Read a value as written: a number with an optional unit after it, or `None`.
///
/// - Sign: `-`, `+` or `−` (U+2212) before the number.
/// - Decimals: one `,` or one `.` (`4,5`, `4.5`). With both, the last is the decimal
///   separator and the other groups thousands (`1.234,5`, `1,234.5`); one of them
///   written more than once groups thousands (`1.234.567`).
/// - Thousands grouped by spaces (`12 500`, also the no-break and thin spaces) when
///   every group after the first has three digits.
/// - The unit is the rest, trimmed (`%`, `timer`, `kr.`); it must not start with a
///   digit or contain another number (`40-50 %` is not a number).
pub fn parse_value(s: &str) -> Option<Value> {
    let t = s.trim();
    let (negative, rest) = match t.chars().next()? {
        '-' | '−' => (true, t.get(t.chars().next()?.len_utf8()..)?),
        '+' => (false, t.get(1..)?),
        _ => (false, t),
    };
    let rest = rest.trim_start();
    // The numeric part: digits, separators and spaces between digit groups.
    let mut end = 0;
    let chars: Vec<(usize, char)> = rest.char_indices().collect();
    let mut k = 0;
    while let Some(&(i, c)) = chars.get(k) {
        let is_space = matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}');
        if c.is_ascii_digit() {
            end = i + c.len_utf8();
        } else if c == ',' || c == '.' || is_space {
            // A separator counts only between digits.
            let next_digit = chars.get(k + 1).is_some_and(|(_, n)| n.is_ascii_digit());
            if !next_digit || end == 0 {
                break;
            }
        } else {
            break;
        }
        k += 1;
    }
    if end == 0 {
        return None;
    }
    let number_text = rest.get(..end)?;
    let unit_text = rest.get(end..)?.trim();
    if unit_text.chars().any(|c| c.is_ascii_digit()) || unit_text.starts_with(['-', '–']) {
        return None;
    }
    let number = parse_number(number_text)?;
    let number = if negative { -number } else { number };
    Some(Value {
        number,
        unit: (!unit_text.is_empty()).then(|| unit_text.to_string()),
    })
}

/// Digits with separators (see [`parse_value`]) → the number.
fn parse_number(t: &str) -> Option<f64> {
    let groups: Vec<&str> = t
        .split([' ', '\u{a0}', '\u{202f}', '\u{2009}'])
        .filter(|g| !g.is_empty())
        .collect();
    if groups.len() > 1
        && groups
            .iter()
            .skip(1)
            .take(groups.len().saturating_sub(2))
            .any(|g| g.len() != 3 || !g.chars().all(|c| c.is_ascii_digit()))
    {
        return None;
    }
    if groups.len() > 1 {
        // The last group: three digits, possibly followed by decimals.
        let last = groups.last()?;
        let digits = last.split([',', '.']).next()?;
        if digits.len() != 3 {
            return None;
        }
    }
    let joined: String = groups.concat();
    let commas = joined.matches(',').count();
    let dots = joined.matches('.').count();
    let plain: String = match (commas, dots) {
        (0, 0) => joined,
        (1, 0) => joined.replace(',', "."),
        (0, 1) => joined,
        (_, 0) | (0, _) => {
            // One separator written several times groups thousands: 1.234.567.
            let sep = if commas > 0 { ',' } else { '.' };
            if !thousands_ok(&joined, sep) {
                return None;
            }
            joined.replace(sep, "")
        }
        _ => {
            let last_comma = joined.rfind(',')?;
            let last_dot = joined.rfind('.')?;
            let (decimal, group) = if last_comma > last_dot {
                (',', '.')
            } else {
                ('.', ',')
            };
            if joined.matches(decimal).count() != 1 {
                return None;
            }
            let (int, frac) = joined.split_once(decimal)?;
            if !thousands_ok(int, group) {
                return None;
            }
            format!("{}.{frac}", int.replace(group, ""))
        }
    };
    plain.parse::<f64>().ok().filter(|x| x.is_finite())
}

/// `1.234.567` with `.`: groups after the first have three digits.
fn thousands_ok(t: &str, sep: char) -> bool {
    let mut parts = t.split(sep);
    let first_ok = parts
        .next()
        .is_some_and(|p| (1..=3).contains(&p.len()) && p.chars().all(|c| c.is_ascii_digit()));
    first_ok && parts.all(|p| p.len() == 3 && p.chars().all(|c| c.is_ascii_digit()))
}

/// A value at a date: the baseline, the target or a measurement.
#[derive(Clone, Debug, PartialEq)]
pub struct Point {
    pub date: Date,
    pub value: Value,
}

/// One `measured` entry of the goal.
#[derive(Clone, Debug, PartialEq)]
pub struct Measurement {
    pub date: Date,
    /// The value as written (empty when the entry has none).
    pub text: String,
    /// The value read as a number on the goal's scale; `None` when it is not a number
    /// or its unit differs from the baseline's and target's.
    pub value: Option<Value>,
    /// Index into [`FollowUp::entries`].
    pub entry: usize,
}

/// Which way is better.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Direction {
    /// The target is above the baseline.
    HigherIsBetter,
    /// The target is below the baseline.
    LowerIsBetter,
}

/// Where a goal stands, from the data.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum GoalStatus {
    /// The latest measurement is on the line, ahead of it, or behind it by no more
    /// than the tolerance.
    OnTrack,
    /// The latest measurement is behind the line by more than the tolerance
    /// (`goal-off-track` reports it).
    Behind,
    /// The goal has a line but no numeric measurement on or before the as-of date.
    NotMeasured,
    /// The goal cannot be placed on a line: `kind: qualitative`, a baseline or target
    /// value that is not a number, a missing baseline date or target `by`, a target
    /// not after the baseline, a target equal to the baseline, or baseline and target
    /// in different units.
    Qualitative,
}

/// One goal's baseline → measurements → target, as of a date.
#[derive(Clone, Debug, PartialEq)]
pub struct GoalProgress {
    /// The goal's index in the plan.
    pub goal: usize,
    pub id: String,
    /// The baseline, when its value is a number and it has a date.
    pub baseline: Option<Point>,
    /// The target, when its value is a number and it has a `by` date.
    pub target: Option<Point>,
    /// Every `measured` entry of the goal dated on or before the as-of date, sorted by
    /// date (then journal order), numeric or not.
    pub measurements: Vec<Measurement>,
    /// `None` when there is no line.
    pub direction: Option<Direction>,
    /// The latest numeric measurement's distance behind the line, as a fraction of the
    /// baseline → target distance: `0.3` is 30 % of the way behind, negative is ahead.
    /// `None` when there is no line or no numeric measurement.
    pub deviation: Option<f64>,
    /// The tolerance the status was judged with, as a fraction (`0.25`).
    pub tolerance: f64,
    pub status: GoalStatus,
}

impl GoalProgress {
    /// The progress of `goal` (the plan's `index`-th, id `id`) with the measurements in
    /// `follow_up` dated on or before `as_of`, judged with `tolerance_percent`.
    pub fn build(
        id: &str,
        index: usize,
        goal: &Goal,
        follow_up: Option<&FollowUp>,
        as_of: Date,
        tolerance_percent: u32,
    ) -> GoalProgress {
        let entries: Vec<usize> = follow_up
            .map(|f| {
                (0..f.entries.len())
                    .filter(|&i| measured_goal(f, i) == Some(id))
                    .collect()
            })
            .unwrap_or_default();
        Self::from_entries(
            id,
            index,
            goal,
            follow_up,
            &entries,
            as_of,
            tolerance_percent,
        )
    }

    fn from_entries(
        id: &str,
        index: usize,
        goal: &Goal,
        follow_up: Option<&FollowUp>,
        entries: &[usize],
        as_of: Date,
        tolerance_percent: u32,
    ) -> GoalProgress {
        let baseline = goal.baseline.as_ref().and_then(|b| {
            let value = parse_value(&b.value.as_ref()?.value.0)?;
            Some(Point {
                date: b.date.as_ref()?.value.0,
                value,
            })
        });
        let target = goal.target.as_ref().and_then(|t| {
            let value = parse_value(&t.value.as_ref()?.value.0)?;
            Some(Point {
                date: t.by.as_ref()?.value.0,
                value,
            })
        });
        let qualitative = goal
            .kind
            .as_ref()
            .is_some_and(|k| k.value == GoalKind::Qualitative);
        let line = match (&baseline, &target) {
            (Some(b), Some(t))
                if !qualitative
                    && t.date > b.date
                    && t.value.number != b.value.number
                    && b.value.same_scale(&t.value) =>
            {
                Some((b, t))
            }
            _ => None,
        };
        let mut measurements: Vec<Measurement> = Vec::new();
        if let Some(f) = follow_up {
            for &i in entries {
                let Some(r) = f.entries.get(i) else { continue };
                if r.date > as_of {
                    continue;
                }
                let text = r
                    .entry
                    .value
                    .as_ref()
                    .map(|v| v.value.0.clone())
                    .unwrap_or_default();
                let value = parse_value(&text).filter(|v| match line {
                    Some((b, t)) => v.same_scale(&b.value) && v.same_scale(&t.value),
                    None => true,
                });
                measurements.push(Measurement {
                    date: r.date,
                    text,
                    value,
                    entry: i,
                });
            }
        }
        measurements.sort_by_key(|m| (m.date, m.entry));
        let direction = line.map(|(b, t)| {
            if t.value.number < b.value.number {
                Direction::LowerIsBetter
            } else {
                Direction::HigherIsBetter
            }
        });
        let tolerance = f64::from(tolerance_percent) / 100.0;
        let mut p = GoalProgress {
            goal: index,
            id: id.to_string(),
            baseline: baseline.clone(),
            target: target.clone(),
            measurements,
            direction,
            deviation: None,
            tolerance,
            status: GoalStatus::Qualitative,
        };
        if let Some((b, t)) = line {
            let distance = t.value.number - b.value.number;
            p.deviation = p.latest().and_then(|m| {
                let latest = m.value.as_ref()?.number;
                let expected = p.expected_at(m.date)?;
                Some((expected - latest) / distance)
            });
            p.status = match p.deviation {
                None => GoalStatus::NotMeasured,
                Some(d) if d > tolerance + 1e-9 => GoalStatus::Behind,
                Some(_) => GoalStatus::OnTrack,
            };
        }
        p
    }

    /// The latest measurement with a numeric value on the goal's scale.
    pub fn latest(&self) -> Option<&Measurement> {
        self.measurements.iter().rev().find(|m| m.value.is_some())
    }

    /// The latest measurement, numeric or not.
    pub fn last_measured(&self) -> Option<&Measurement> {
        self.measurements.last()
    }

    /// The baseline and target when the goal has a line between them.
    pub fn line(&self) -> Option<(&Point, &Point)> {
        self.direction?;
        Some((self.baseline.as_ref()?, self.target.as_ref()?))
    }

    /// The value expected on the straight line from baseline to target at `date`: the
    /// baseline's value before the baseline date, the target's after its `by` date.
    /// `None` when the goal has no line.
    pub fn expected_at(&self, date: Date) -> Option<f64> {
        let (b, t) = (self.baseline.as_ref()?, self.target.as_ref()?);
        self.direction?;
        if date <= b.date {
            return Some(b.value.number);
        }
        if date >= t.date {
            return Some(t.value.number);
        }
        let span = days_between(b.date, t.date) as f64;
        let done = days_between(b.date, date) as f64;
        Some(b.value.number + (t.value.number - b.value.number) * done / span)
    }

    /// The unit the goal is measured in (the baseline's, else the target's, else the
    /// latest measurement's).
    pub fn unit(&self) -> Option<&str> {
        self.baseline
            .as_ref()
            .and_then(|p| p.value.unit.as_deref())
            .or_else(|| self.target.as_ref().and_then(|p| p.value.unit.as_deref()))
            .or_else(|| {
                self.latest()
                    .and_then(|m| m.value.as_ref())
                    .and_then(|v| v.unit.as_deref())
            })
    }
}

/// The goal a `measured` entry names.
fn measured_goal(f: &FollowUp, i: usize) -> Option<&str> {
    match f.entries.get(i)?.entry.event()? {
        Event::Measured(s) => Some(s.value.as_str()),
        _ => None,
    }
}

/// Every goal's progress, in plan order (one pass over the journal).
pub fn progress(
    plan: &Plan,
    follow_up: Option<&FollowUp>,
    as_of: Date,
    tolerance_percent: u32,
) -> Vec<GoalProgress> {
    let mut by_goal: HashMap<&str, Vec<usize>> = HashMap::new();
    if let Some(f) = follow_up {
        for i in 0..f.entries.len() {
            if let Some(id) = measured_goal(f, i) {
                by_goal.entry(id).or_default().push(i);
            }
        }
    }
    plan.goals
        .iter()
        .enumerate()
        .map(|(index, (id, goal))| {
            let entries = by_goal.get(id.as_str()).map(Vec::as_slice).unwrap_or(&[]);
            GoalProgress::from_entries(
                id,
                index,
                goal,
                follow_up,
                entries,
                as_of,
                tolerance_percent,
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(s: &str) -> Option<(f64, Option<&'static str>)> {
        parse_value(s).map(|v| {
            let unit: Option<&'static str> = v.unit.map(|u| &*Box::leak(u.into_boxed_str()));
            (v.number, unit)
        })
    }

    #[test]
    fn numbers_as_written() {
        assert_eq!(v("48 %"), Some((48.0, Some("%"))));
        assert_eq!(v("48%"), Some((48.0, Some("%"))));
        assert_eq!(v("48"), Some((48.0, None)));
        assert_eq!(v(" 4,5 "), Some((4.5, None)));
        assert_eq!(v("4.5"), Some((4.5, None)));
        assert_eq!(v("12 timer"), Some((12.0, Some("timer"))));
        assert_eq!(v("-3"), Some((-3.0, None)));
        assert_eq!(v("− 3,25 dage"), Some((-3.25, Some("dage"))));
        assert_eq!(v("1.234,5 kr."), Some((1234.5, Some("kr."))));
        assert_eq!(v("1,234.5"), Some((1234.5, None)));
        assert_eq!(v("1.234.567"), Some((1_234_567.0, None)));
        assert_eq!(v("12 500 kr"), Some((12500.0, Some("kr"))));
        assert_eq!(v("12\u{a0}500"), Some((12500.0, None)));
        assert_eq!(v("0,5 tim per vecka"), Some((0.5, Some("tim per vecka"))));
    }

    #[test]
    fn not_numbers() {
        for s in [
            "",
            "Ja",
            "høj",
            "ca. 50 %",
            "40-50 %",
            "40–50 %",
            "1.2.3",
            "12 50",
            "%",
            "1,2,3,4",
            "-",
            "1.23.456",
        ] {
            assert_eq!(parse_value(s), None, "{s:?}");
        }
    }

    fn date(s: &str) -> Date {
        s.parse().unwrap()
    }

    fn plan(yaml: &str) -> (crate::span::SourceMap, Plan) {
        let text = format!(
            "id: p\ntitle: P\nstart: 2027-01-04\ngoals:\n  g:\n{}",
            yaml.lines()
                .map(|l| format!("    {l}\n"))
                .collect::<String>()
        );
        let mut sources = crate::span::SourceMap::new();
        let file = sources.add(crate::span::SourceFile::new("p.yaml", text));
        let loaded = crate::load::load(&sources, file, Some(crate::diag::Lang::En));
        (sources, loaded.plan)
    }

    fn goal(yaml: &str) -> Goal {
        plan(yaml).1.goals.get("g").unwrap().def.clone()
    }

    const LINE: &str = "indicator: Andel\nbaseline: { value: 30 %, date: 2027-01-01 }\ntarget: { value: 60 %, by: 2028-01-01 }";

    fn line_goal() -> Goal {
        goal(LINE)
    }

    #[test]
    fn the_straight_line() {
        let g = line_goal();
        let p = GoalProgress::build("g", 0, &g, None, date("2027-06-01"), 25);
        assert_eq!(p.direction, Some(Direction::HigherIsBetter));
        assert_eq!(p.status, GoalStatus::NotMeasured);
        assert_eq!(p.expected_at(date("2026-01-01")), Some(30.0));
        assert_eq!(p.expected_at(date("2029-01-01")), Some(60.0));
        // 2027-07-02 is 182 of 365 days along.
        let mid = p.expected_at(date("2027-07-02")).unwrap();
        assert!((mid - (30.0 + 30.0 * 182.0 / 365.0)).abs() < 1e-9);
        assert_eq!(p.unit(), Some("%"));
    }

    #[test]
    fn qualitative_and_unplaceable_goals() {
        for y in [
            "kind: qualitative\nbaseline: { value: 30 %, date: 2027-01-01 }\ntarget: { value: 60 %, by: 2028-01-01 }",
            "baseline: { value: Lav, date: 2027-01-01 }\ntarget: { value: Høj, by: 2028-01-01 }",
            "baseline: { value: 30 %, date: 2027-01-01 }\ntarget: { value: 60 % }",
            "baseline: { value: 30 %, date: 2027-01-01 }\ntarget: { value: 30 %, by: 2028-01-01 }",
            "baseline: { value: 30 %, date: 2027-01-01 }\ntarget: { value: 60 timer, by: 2028-01-01 }",
            "baseline: { value: 30 %, date: 2028-01-01 }\ntarget: { value: 60 %, by: 2027-01-01 }",
        ] {
            let p = GoalProgress::build("g", 0, &goal(y), None, date("2027-06-01"), 25);
            assert_eq!(p.status, GoalStatus::Qualitative, "{y}");
            assert_eq!(p.expected_at(date("2027-06-01")), None);
        }
    }

    fn with_journal(goal_yaml: &str, entries: &str, as_of: &str) -> GoalProgress {
        let (mut sources, plan) = plan(goal_yaml);
        let file = sources.add(crate::span::SourceFile::new(
            "p.log.yaml",
            format!("kind: log\nentries:\n{entries}"),
        ));
        let j = crate::journal::load(&sources, file, crate::diag::Lang::En);
        assert!(j.diags.is_empty(), "{:?}", j.diags);
        let f = FollowUp::build(&plan, None, &mut [j], date(as_of));
        let g = &plan.goals.get("g").unwrap().def;
        let all = progress(&plan, Some(&f), date(as_of), 25);
        let one = GoalProgress::build("g", 0, g, Some(&f), date(as_of), 25);
        assert_eq!(all, vec![one.clone()]);
        one
    }

    #[test]
    fn behind_and_on_track() {
        let g = LINE;
        // Half-way (2027-07-02) the line says 45 %; 35 % is 1/3 of the distance behind.
        let p = with_journal(
            g,
            "  - { date: 2027-07-02, measured: g, value: 35 % }\n  - { date: 2027-03-01, measured: g, value: 40 % }\n",
            "2027-08-01",
        );
        assert_eq!(p.measurements.len(), 2);
        assert_eq!(p.measurements[0].date, date("2027-03-01"));
        let d = p.deviation.unwrap();
        assert!((d - (45.0 - 35.0 + 30.0 * (182.0 / 365.0 - 0.5)) / 30.0).abs() < 1e-9);
        assert_eq!(p.status, GoalStatus::Behind);
        // Measured later than the as-of date: left out.
        let p = with_journal(
            g,
            "  - { date: 2027-03-01, measured: g, value: 34 % }\n  - { date: 2027-09-01, measured: g, value: 10 % }\n",
            "2027-08-01",
        );
        assert_eq!(p.measurements.len(), 1);
        assert_eq!(p.status, GoalStatus::OnTrack);
        // A value that is not a number is kept, but not judged.
        let p = with_journal(
            g,
            "  - { date: 2027-03-01, measured: g, value: Bedre }\n",
            "2027-08-01",
        );
        assert_eq!(p.measurements.len(), 1);
        assert_eq!(p.latest(), None);
        assert_eq!(p.status, GoalStatus::NotMeasured);
    }

    #[test]
    fn lower_is_better() {
        let g = "baseline: { value: 20 dage, date: 2027-01-01 }\ntarget: { value: 10 dage, by: 2028-01-01 }";
        let late = with_journal(
            g,
            "  - { date: 2027-07-02, measured: g, value: 19 dage }\n",
            "2027-08-01",
        );
        assert_eq!(late.direction, Some(Direction::LowerIsBetter));
        assert_eq!(late.status, GoalStatus::Behind);
        let ahead = with_journal(
            g,
            "  - { date: 2027-07-02, measured: g, value: 12 }\n",
            "2027-08-01",
        );
        assert!(ahead.deviation.unwrap() < 0.0);
        assert_eq!(ahead.status, GoalStatus::OnTrack);
    }
}
