//! Durations, intervals, meeting lengths and granted hours, as written in plans.
//!
//! Accepted forms (units in English, Danish and Swedish, singular or plural):
//! `N unit`, `N-M unit` (also with an en dash), a bare `unit` meaning 1, and
//! `ongoing` / `løbende` / `löpande` where open-ended is allowed.

use schemars::JsonSchema;
use serde::Serialize;
use std::borrow::Cow;

/// A calendar unit for phases, offsets and intervals.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum TimeUnit {
    Day,
    Week,
    Month,
    Year,
}

impl TimeUnit {
    pub fn name(self, plural: bool) -> &'static str {
        match (self, plural) {
            (TimeUnit::Day, false) => "day",
            (TimeUnit::Day, true) => "days",
            (TimeUnit::Week, false) => "week",
            (TimeUnit::Week, true) => "weeks",
            (TimeUnit::Month, false) => "month",
            (TimeUnit::Month, true) => "months",
            (TimeUnit::Year, false) => "year",
            (TimeUnit::Year, true) => "years",
        }
    }
}

/// `N unit` or `N-M unit`: a window from `min` to `max` units.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct Range {
    pub min: u32,
    pub max: u32,
    pub unit: TimeUnit,
}

impl Range {
    pub fn is_range(&self) -> bool {
        self.min != self.max
    }
}

impl std::fmt::Display for Range {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.min == self.max {
            write!(f, "{} {}", self.min, self.unit.name(self.min != 1))
        } else {
            write!(f, "{}-{} {}", self.min, self.max, self.unit.name(true))
        }
    }
}

/// A phase duration or a horizon: a range, or open-ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(tag = "type", rename_all = "lowercase")]
pub enum Duration {
    Ongoing,
    Range(Range),
}

impl std::fmt::Display for Duration {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Duration::Ongoing => f.write_str("ongoing"),
            Duration::Range(r) => r.fmt(f),
        }
    }
}

/// The length of one occurrence of an activity, in minutes (a window).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct Length {
    pub min_minutes: u32,
    pub max_minutes: u32,
}

impl std::fmt::Display for Length {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let one = |m: u32| {
            if m.is_multiple_of(60) {
                format!("{}", m / 60)
            } else {
                format!("{:.1}", f64::from(m) / 60.0)
            }
        };
        if self.min_minutes == self.max_minutes {
            write!(f, "{} hours", one(self.min_minutes))
        } else {
            write!(
                f,
                "{}-{} hours",
                one(self.min_minutes),
                one(self.max_minutes)
            )
        }
    }
}

/// Granted hours for a role: so many hours per week or per month.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Hours {
    pub hours: f64,
    pub per: HoursPer,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum HoursPer {
    Week,
    Month,
}

impl Hours {
    /// Granted hours in one calendar month (weeks count as 52/12 per month).
    pub fn per_month(&self) -> f64 {
        match self.per {
            HoursPer::Week => self.hours * 52.0 / 12.0,
            HoursPer::Month => self.hours,
        }
    }
}

/// `activity-id` or `activity-id + OFFSET`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct AfterRef {
    pub activity: String,
    /// Byte range of the id inside the scalar (for precise labels).
    #[serde(skip)]
    pub id_range: (usize, usize),
    pub offset: Option<Range>,
}

const ONGOING: &[&str] = &[
    "ongoing",
    "løbende",
    "loebende",
    "löpande",
    "lopande",
    "continuous",
];

fn calendar_unit(word: &str) -> Option<TimeUnit> {
    Some(match word {
        "d" | "day" | "days" | "dag" | "dage" | "dagen" | "dagar" => TimeUnit::Day,
        "w" | "wk" | "week" | "weeks" | "uge" | "uger" | "ugen" | "vecka" | "veckor" | "veckan" => {
            TimeUnit::Week
        }
        "mo" | "month" | "months" | "md" | "md." | "mdr" | "mdr." | "måned" | "måneder"
        | "maaned" | "maaneder" | "måneden" | "månad" | "månader" | "månaden" | "mån" => {
            TimeUnit::Month
        }
        "y" | "yr" | "year" | "years" | "år" | "aar" | "året" => TimeUnit::Year,
        _ => return None,
    })
}

fn minutes_per(word: &str) -> Option<u32> {
    Some(match word {
        "m" | "min" | "min." | "minute" | "minutes" | "minut" | "minutter" | "minuter" => 1,
        "h" | "t" | "hour" | "hours" | "time" | "timer" | "timme" | "timmar" | "tim" => 60,
        "day" | "days" | "dag" | "dage" | "dagar" => 7 * 60 + 24, // a working day: 7.4 hours
        _ => return None,
    })
}

const UNIT_WORDS: &[&str] = &[
    "days", "weeks", "months", "years", "dage", "uger", "måneder", "år", "dagar", "veckor",
    "månader", "hours", "minutes", "timer", "minutter", "timmar",
];

/// A problem with a written value: a typed finding whose words live in `messages/`.
pub use crate::messages::load::ValueError;

fn unknown_unit(word: &str) -> ValueError {
    ValueError::UnknownUnit {
        unit: word.to_string(),
        suggestion: crate::diag::suggest(word, UNIT_WORDS.iter().copied()).map(str::to_string),
    }
}

/// Split `N-M unit` into (min, max, unit word). Numbers may be decimal for lengths.
fn split(text: &str) -> Result<(Option<(f64, f64)>, String), ValueError> {
    let t = text.trim().to_lowercase();
    if t.is_empty() {
        return Err(ValueError::EmptyRange);
    }
    let num_end = t
        .find(|c: char| {
            !(c.is_ascii_digit() || c == '.' || c == ',' || c == '-' || c == '–' || c == ' ')
        })
        .unwrap_or(t.len());
    let (nums, unit) = t.split_at(num_end);
    let unit = unit.trim().to_string();
    let nums = nums.trim();
    if nums.is_empty() {
        return Ok((None, unit));
    }
    // `-3 months`: a minus, not a range with its first number left out.
    if nums.starts_with(['-', '–']) {
        return Err(ValueError::Negative {
            text: text.trim().to_string(),
        });
    }
    let parse = |s: &str| -> Result<f64, ValueError> {
        let s = s.trim().replace(',', ".");
        s.parse::<f64>()
            .ok()
            .filter(|v| v.is_finite() && *v >= 0.0)
            .ok_or(ValueError::NotANumber { text: s })
    };
    let parts: Vec<&str> = nums.split(['-', '–']).collect();
    match parts.as_slice() {
        [a] => {
            let a = parse(a)?;
            Ok((Some((a, a)), unit))
        }
        [a, b] => {
            let (a, b) = (parse(a)?, parse(b)?);
            if b < a {
                return Err(ValueError::RangeBackwards {
                    range: nums.to_string(),
                });
            }
            Ok((Some((a, b)), unit))
        }
        _ => Err(ValueError::NotNumberOrRange {
            text: nums.to_string(),
        }),
    }
}

fn whole(v: f64) -> Result<u32, ValueError> {
    if v.fract() != 0.0 || v > 100_000.0 {
        return Err(ValueError::NotWhole {
            value: v.to_string(),
        });
    }
    Ok(v as u32)
}

/// A calendar range, e.g. `8 months`, `1-3 måneder`, `week` (= 1 week).
pub fn parse_range(text: &str) -> Result<Range, ValueError> {
    let (nums, unit_word) = split(text)?;
    if unit_word.is_empty() {
        let t = text.trim();
        return Err(ValueError::NoUnit {
            text: t.to_string(),
        });
    }
    let unit = calendar_unit(&unit_word).ok_or_else(|| unknown_unit(&unit_word))?;
    let (min, max) = nums.unwrap_or((1.0, 1.0));
    let (min, max) = (whole(min)?, whole(max)?);
    Ok(Range { min, max, unit })
}

/// A duration: a range or `ongoing`.
pub fn parse_duration(text: &str) -> Result<Duration, ValueError> {
    let t = text.trim().to_lowercase();
    if ONGOING.contains(&t.as_str()) {
        return Ok(Duration::Ongoing);
    }
    parse_range(text).map(Duration::Range)
}

/// An interval for `every`: a range that is at least one day.
pub fn parse_interval(text: &str) -> Result<Range, ValueError> {
    let r = parse_range(text)?;
    if r.min == 0 {
        return Err(ValueError::ZeroInterval);
    }
    Ok(r)
}

/// The length of one meeting: `2 hours`, `2-3 timer`, `30 minutes`, `1,5 timer`.
pub fn parse_length(text: &str) -> Result<Length, ValueError> {
    let (nums, unit_word) = split(text)?;
    let per = minutes_per(&unit_word).ok_or_else(|| {
        if unit_word.is_empty() {
            ValueError::NoLengthUnit {
                text: text.trim().to_string(),
            }
        } else {
            unknown_unit(&unit_word)
        }
    })?;
    let (min, max) = nums.unwrap_or((1.0, 1.0));
    let to_min = |v: f64| -> Result<u32, ValueError> {
        let m = (v * f64::from(per)).round();
        if m > 60.0 * 24.0 * 31.0 {
            return Err(ValueError::OccurrenceTooLong);
        }
        Ok(m as u32)
    };
    Ok(Length {
        min_minutes: to_min(min)?,
        max_minutes: to_min(max)?,
    })
}

/// Granted hours: `4 per week`, `4 hours per week`, `4 timer om ugen`, `8 pr. måned`, `4 tim per vecka`.
pub fn parse_hours(text: &str) -> Result<Hours, ValueError> {
    let t = text.trim().to_lowercase();
    let words: Vec<&str> = t.split_whitespace().collect();
    let Some((first, rest)) = words.split_first() else {
        return Err(ValueError::EmptyHours);
    };
    let hours: f64 = first
        .replace(',', ".")
        .parse()
        .ok()
        .filter(|v: &f64| v.is_finite() && *v >= 0.0 && *v <= 10_000.0)
        .ok_or_else(|| ValueError::NotHours {
            text: first.to_string(),
        })?;
    let mut rest = rest;
    if let Some((w, r)) = rest.split_first()
        && minutes_per(w) == Some(60)
    {
        rest = r;
    }
    if let Some((w, r)) = rest.split_first()
        && ["per", "pr.", "pr", "om", "i", "a", "à", "/"].contains(w)
    {
        rest = r;
    }
    let per = match rest {
        [w] => match calendar_unit(w) {
            Some(TimeUnit::Week) => HoursPer::Week,
            Some(TimeUnit::Month) => HoursPer::Month,
            _ => {
                return Err(ValueError::HoursPer {
                    unit: w.to_string(),
                });
            }
        },
        _ => {
            return Err(ValueError::NotGrantedHours {
                text: text.trim().to_string(),
            });
        }
    };
    Ok(Hours { hours, per })
}

/// `activity-id` or `activity-id + 1-2 months`.
pub fn parse_after(text: &str) -> Result<AfterRef, ValueError> {
    let (id_part, offset) = match text.split_once('+') {
        Some((a, b)) => (a, Some(b)),
        None => (text, None),
    };
    let lead = id_part.len() - id_part.trim_start().len();
    let id = id_part.trim();
    if id.is_empty() {
        return Err(ValueError::AfterNeedsId);
    }
    if id.contains(char::is_whitespace) {
        return Err(ValueError::AfterNotId { id: id.to_string() });
    }
    let offset = match offset {
        Some(o) => Some(parse_range(o)?),
        None => None,
    };
    Ok(AfterRef {
        activity: id.to_string(),
        id_range: (lead, lead + id.len()),
        offset,
    })
}

/// `HH:MM` start time of day.
pub fn parse_time(text: &str) -> Result<(u8, u8), ValueError> {
    let raw = text.trim();
    let bad = || ValueError::NotATime {
        text: raw.to_string(),
    };
    let t = raw.replace('.', ":");
    let (h, m) = t.split_once(':').ok_or_else(bad)?;
    let h: u8 = h.parse().map_err(|_| bad())?;
    let m: u8 = m.parse().map_err(|_| bad())?;
    if h > 23 || m > 59 {
        return Err(ValueError::NotTimeOfDay {
            text: raw.to_string(),
        });
    }
    Ok((h, m))
}

macro_rules! string_schema {
    ($ty:ty, $name:literal, $desc:literal, $pattern:expr) => {
        impl JsonSchema for $ty {
            fn schema_name() -> Cow<'static, str> {
                $name.into()
            }
            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                schemars::json_schema!({ "type": "string", "description": $desc, "pattern": $pattern })
            }
        }
    };
}

pub(crate) const RANGE_PATTERN: &str =
    r"^\s*([0-9]+(\s*[-–]\s*[0-9]+)?\s+)?[A-Za-zæøåÆØÅäöÄÖ.]+\s*$";

string_schema!(
    Range,
    "Interval",
    "A calendar window: `N unit` or `N-M unit` (day, week, month, year; Danish dag, uge, måned, år; Swedish dag, vecka, månad, år).",
    RANGE_PATTERN
);
string_schema!(
    Duration,
    "Duration",
    "`N unit`, `N-M unit` (day/week/month/year in English, Danish or Swedish) or `ongoing` (`løbende`, `löpande`).",
    RANGE_PATTERN
);
string_schema!(
    Length,
    "Length",
    "Length of one occurrence: `2 hours`, `2-3 timer`, `30 minutes`.",
    r"^\s*[0-9]+([.,][0-9]+)?(\s*[-–]\s*[0-9]+([.,][0-9]+)?)?\s*[A-Za-zæøåÆØÅäöÄÖ.]+\s*$"
);
string_schema!(
    Hours,
    "Hours",
    "Granted time: `4 per week`, `8 timer om måneden`, `4 tim per vecka`.",
    r"^\s*[0-9]+([.,][0-9]+)?\s+.+$"
);
string_schema!(
    AfterRef,
    "AfterActivity",
    "An activity id, optionally plus an offset: `etableringsworkshop + 1-2 months`.",
    r"^\s*[a-z0-9][a-z0-9-]*\s*(\+.+)?$"
);

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn ranges_in_three_languages() {
        assert_eq!(
            parse_range("1-3 months").unwrap(),
            Range {
                min: 1,
                max: 3,
                unit: TimeUnit::Month
            }
        );
        assert_eq!(
            parse_range("8 måneder").unwrap(),
            Range {
                min: 8,
                max: 8,
                unit: TimeUnit::Month
            }
        );
        assert_eq!(
            parse_range("2–4 månader").unwrap(),
            Range {
                min: 2,
                max: 4,
                unit: TimeUnit::Month
            }
        );
        assert_eq!(
            parse_range("1 år").unwrap(),
            Range {
                min: 1,
                max: 1,
                unit: TimeUnit::Year
            }
        );
        assert_eq!(
            parse_range("week").unwrap(),
            Range {
                min: 1,
                max: 1,
                unit: TimeUnit::Week
            }
        );
        assert_eq!(
            parse_range("4 - 6 uger").unwrap(),
            Range {
                min: 4,
                max: 6,
                unit: TimeUnit::Week
            }
        );
        assert_eq!(parse_range("2 veckor").unwrap().unit, TimeUnit::Week);
    }

    #[test]
    fn typos_get_suggestions() {
        let e = parse_range("3 monts").unwrap_err();
        assert!(e.contains("did you mean `months`"), "{e}");
        assert!(parse_range("3").unwrap_err().contains("no unit"));
        assert!(parse_range("3-1 months").unwrap_err().contains("backwards"));
        assert!(parse_range("1.5 months").is_err());
    }

    #[test]
    fn ongoing_forms() {
        assert_eq!(parse_duration("ongoing").unwrap(), Duration::Ongoing);
        assert_eq!(parse_duration("Løbende").unwrap(), Duration::Ongoing);
        assert_eq!(parse_duration("löpande").unwrap(), Duration::Ongoing);
        assert!(parse_interval("0 days").is_err());
    }

    #[test]
    fn lengths_and_hours() {
        assert_eq!(
            parse_length("2 hours").unwrap(),
            Length {
                min_minutes: 120,
                max_minutes: 120
            }
        );
        assert_eq!(
            parse_length("2-3 timer").unwrap(),
            Length {
                min_minutes: 120,
                max_minutes: 180
            }
        );
        assert_eq!(parse_length("1,5 timer").unwrap().min_minutes, 90);
        assert_eq!(parse_length("30 min").unwrap().min_minutes, 30);
        assert_eq!(
            parse_hours("4 per week").unwrap(),
            Hours {
                hours: 4.0,
                per: HoursPer::Week
            }
        );
        assert_eq!(
            parse_hours("4 timer om ugen").unwrap(),
            Hours {
                hours: 4.0,
                per: HoursPer::Week
            }
        );
        assert_eq!(
            parse_hours("8 pr. måned").unwrap(),
            Hours {
                hours: 8.0,
                per: HoursPer::Month
            }
        );
        assert_eq!(parse_hours("4 tim per vecka").unwrap().per, HoursPer::Week);
        assert!(parse_hours("4 per year").is_err());
        assert!(parse_hours("many").is_err());
    }

    #[test]
    fn after_refs() {
        let a = parse_after("etableringsworkshop + 1-2 months").unwrap();
        assert_eq!(a.activity, "etableringsworkshop");
        assert_eq!(a.id_range, (0, 19));
        assert_eq!(
            a.offset,
            Some(Range {
                min: 1,
                max: 2,
                unit: TimeUnit::Month
            })
        );
        assert_eq!(parse_after("  kickoff").unwrap().id_range, (2, 9));
        assert!(parse_after("+ 2 weeks").is_err());
        assert_eq!(parse_time("09:30").unwrap(), (9, 30));
        assert!(parse_time("25:00").is_err());
    }
}
