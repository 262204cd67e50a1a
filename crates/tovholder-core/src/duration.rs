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

/// The length of one occurrence of an activity, in minutes (a window), or in working
/// days (`2 dage`, `1-2 dagar`, `halvanden dag`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize)]
pub struct Length {
    /// Shortest, in minutes; for a length in days at [`DEFAULT_DAY_MINUTES`] a day
    /// (the plan's own day length is applied by [`Length::nominal_minutes_at`]).
    pub min_minutes: u32,
    /// Longest, in minutes (as `min_minutes`).
    pub max_minutes: u32,
    /// Written in working days: the window in half days (`2 dage` is `(4, 4)`,
    /// `halvanden dag` `(3, 3)`). An occurrence then spans [`Length::days`]
    /// consecutive working days, each a working day's hours (the last a half day
    /// when the length ends in one).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub day_halves: Option<(u32, u32)>,
}

/// A working day when the plan does not say: 7 hours 24 minutes (a 37-hour week,
/// the Danish standard). Swedish plans default to 8 hours (a 40-hour week), see
/// `schedule::day_minutes`.
pub const DEFAULT_DAY_MINUTES: u32 = 7 * 60 + 24;
/// A Swedish working day (a 40-hour week).
pub const SWEDISH_DAY_MINUTES: u32 = 8 * 60;
/// Most working days one occurrence may span.
pub const MAX_LENGTH_DAYS: u32 = 31;

impl Length {
    /// A length in minutes.
    pub fn minutes(min_minutes: u32, max_minutes: u32) -> Length {
        Length {
            min_minutes,
            max_minutes,
            day_halves: None,
        }
    }

    /// The nominal length in half days when written in days: the midpoint, rounded
    /// up, and rounded up to whole days when both ends are whole days (`1-2 dage`
    /// is 2 days, `2-3 dage` 3 days).
    pub fn nominal_day_halves(&self) -> Option<u32> {
        let (a, b) = self.day_halves?;
        let mid = (a + b).div_ceil(2);
        Some(
            if a.is_multiple_of(2) && b.is_multiple_of(2) && !mid.is_multiple_of(2) {
                mid + 1
            } else {
                mid
            },
        )
    }

    /// How many consecutive working days one occurrence spans: `None` for a length in
    /// hours and minutes (it lasts part of one day).
    pub fn days(&self) -> Option<u32> {
        self.nominal_day_halves().map(|h| h.div_ceil(2).max(1))
    }

    /// The nominal minutes of one occurrence when a working day is `day_minutes`
    /// long: for a length in hours the midpoint of the window rounded up, for one in
    /// days that many days' hours.
    pub fn nominal_minutes_at(&self, day_minutes: u32) -> u32 {
        match self.nominal_day_halves() {
            Some(h) => u32::try_from(u64::from(h) * u64::from(day_minutes) / 2).unwrap_or(u32::MAX),
            None => u32::try_from(
                (u64::from(self.min_minutes) + u64::from(self.max_minutes)).div_ceil(2),
            )
            .unwrap_or(u32::MAX),
        }
    }

    /// The minutes of each day of one occurrence: one entry for a length in hours; for
    /// one in days a working day each, the last a half day when the length ends in one.
    pub fn day_split(&self, day_minutes: u32) -> Vec<u32> {
        let Some(h) = self.nominal_day_halves() else {
            return vec![self.nominal_minutes_at(day_minutes)];
        };
        let h = h.max(1);
        let mut out = vec![day_minutes; usize::try_from(h / 2).unwrap_or(0)];
        if !h.is_multiple_of(2) {
            out.push(day_minutes / 2);
        }
        out
    }
}

impl std::fmt::Display for Length {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if let Some((a, b)) = self.day_halves {
            let one = |h: u32| {
                if h.is_multiple_of(2) {
                    format!("{}", h / 2)
                } else {
                    format!("{}.5", h / 2)
                }
            };
            return if a == b {
                write!(f, "{} {}", one(a), if a == 2 { "day" } else { "days" })
            } else {
                write!(f, "{}-{} days", one(a), one(b))
            };
        }
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

/// `calendar.day_length`: how long a working day is, in minutes (see
/// [`parse_day_length`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct DayLength(pub u32);

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

/// A calendar unit word, with how many of the unit it stands for (`kvartal` is three
/// months, `halvår` six).
fn calendar_unit(word: &str) -> Option<TimeUnit> {
    calendar_unit_times(word).map(|(u, _)| u)
}

fn calendar_unit_times(word: &str) -> Option<(TimeUnit, u32)> {
    Some(match word {
        "d" | "day" | "days" | "dag" | "dage" | "dagen" | "dagar" => (TimeUnit::Day, 1),
        "w" | "wk" | "week" | "weeks" | "uge" | "uger" | "ugen" | "vecka" | "veckor" | "veckan" => {
            (TimeUnit::Week, 1)
        }
        "fortnight" | "fortnights" => (TimeUnit::Day, 14),
        "mo" | "month" | "months" | "md" | "md." | "mdr" | "mdr." | "måned" | "måneder"
        | "maaned" | "maaneder" | "måneden" | "månad" | "månader" | "månaden" | "mån" | "mån." => {
            (TimeUnit::Month, 1)
        }
        "quarter" | "quarters" | "kvartal" | "kvartaler" | "kvartalet" | "kvartalen" => {
            (TimeUnit::Month, 3)
        }
        "halvår" | "halvåret" | "halvår." | "halvaar" => (TimeUnit::Month, 6),
        "y" | "yr" | "year" | "years" | "år" | "aar" | "året" => (TimeUnit::Year, 1),
        _ => return None,
    })
}

fn minutes_per(word: &str) -> Option<u32> {
    Some(match word {
        "m" | "min" | "min." | "minute" | "minutes" | "minut" | "minutter" | "minuter"
        | "minutten" | "minuten" => 1,
        "kvarter" | "kvart" | "kvarten" | "kvarteret" => 15,
        "halvtime" | "halvtimer" | "halvtimme" | "halvtimmar" | "halvtimmen" => 30,
        "h" | "t" | "hour" | "hours" | "time" | "timer" | "timen" | "timme" | "timmar"
        | "timmen" | "tim" | "tim." => 60,
        _ => return None,
    })
}

/// A working day as the unit of a length (`length: 2 dage`): its length is the plan's
/// (`calendar.day_length`).
fn day_word(word: &str) -> bool {
    matches!(
        word,
        "day"
            | "days"
            | "dag"
            | "dage"
            | "dagen"
            | "dagar"
            | "workday"
            | "workdays"
            | "arbejdsdag"
            | "arbejdsdage"
            | "arbetsdag"
            | "arbetsdagar"
            | "kursusdag"
            | "kursusdage"
            | "kursdag"
            | "kursdagar"
    )
}

/// The unit words a key of each kind suggests from ("did you mean").
const CALENDAR_WORDS: &[&str] = &[
    "days", "weeks", "months", "years", "dage", "uger", "måneder", "år", "dagar", "veckor",
    "månader", "kvartal", "halvår",
];
const LENGTH_WORDS: &[&str] = &[
    "hours", "minutes", "timer", "minutter", "timmar", "minuter", "time", "timme",
];

/// A problem with a written value: a typed finding whose words live in `messages/`.
pub use crate::messages::load::{Accepts, ValueError};

fn unknown_unit(word: &str, accepts: Accepts) -> ValueError {
    let known = match accepts {
        Accepts::Length => LENGTH_WORDS,
        _ => CALENDAR_WORDS,
    };
    ValueError::UnknownUnit {
        unit: word.to_string(),
        suggestion: crate::diag::suggest(word, known.iter().copied()).map(str::to_string),
        accepts,
    }
}

/// One token of a written amount.
#[derive(Clone, Debug, PartialEq)]
enum Tok {
    /// A number; `ordinal`: written `3.`, `3:e`, `3rd`.
    Num(f64, bool),
    Word(String),
    Dash,
}

/// Fractions written as one character.
fn vulgar(c: char) -> Option<f64> {
    match c {
        '½' => Some(0.5),
        '¼' => Some(0.25),
        '¾' => Some(0.75),
        _ => None,
    }
}

fn tokens(t: &str) -> Result<Vec<Tok>, ValueError> {
    let chars: Vec<char> = t.chars().collect();
    let at = |i: usize| chars.get(i).copied();
    let text = |from: usize, to: usize| -> String {
        chars.get(from..to).unwrap_or_default().iter().collect()
    };
    let is_dash = |c: char| matches!(c, '-' | '–' | '—' | '−');
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(c) = at(i) {
        if c.is_whitespace() {
            i += 1;
        } else if c.is_ascii_digit() {
            let start = i;
            while at(i).is_some_and(|c| {
                c.is_ascii_digit()
                    || (matches!(c, '.' | ',') && at(i + 1).is_some_and(|d| d.is_ascii_digit()))
            }) {
                i += 1;
            }
            let written = text(start, i);
            let mut n = written
                .replace(',', ".")
                .parse::<f64>()
                .ok()
                .filter(|v| v.is_finite())
                .ok_or(ValueError::NotANumber {
                    text: written.clone(),
                })?;
            let mut ordinal = false;
            if let Some(f) = at(i).and_then(vulgar) {
                n += f;
                i += 1;
            } else if at(i) == Some('.') {
                // `3. uge` (a `.` not followed by a digit: `md.` stays a word).
                ordinal = true;
                i += 1;
            } else if at(i) == Some(':') && at(i + 1).is_some_and(|c| matches!(c, 'e' | 'a')) {
                // Swedish `var 3:e vecka`, `2:a`.
                ordinal = true;
                i += 2;
            }
            out.push(Tok::Num(n, ordinal));
        } else if let Some(f) = vulgar(c) {
            out.push(Tok::Num(f, false));
            i += 1;
        } else if is_dash(c) {
            out.push(Tok::Dash);
            i += 1;
        } else if c.is_alphabetic() {
            let start = i;
            while at(i).is_some_and(char::is_alphabetic) {
                i += 1;
            }
            if at(i) == Some('.') {
                i += 1;
            }
            out.push(Tok::Word(text(start, i)));
        } else {
            // Punctuation, or a digit of another script (`߄`, `٣`): one token of at
            // least this character, so the loop always moves on.
            let start = i;
            i += 1;
            while at(i).is_some_and(|c| !c.is_whitespace() && !c.is_alphanumeric() && !is_dash(c)) {
                i += 1;
            }
            out.push(Tok::Word(text(start, i)));
        }
    }
    Ok(out)
}

/// Numbers written as words (Danish, Swedish, English).
fn number_word(w: &str) -> Option<f64> {
    Some(match w {
        "en" | "et" | "ett" | "one" | "a" | "an" => 1.0,
        "to" | "två" | "two" => 2.0,
        "tre" | "three" => 3.0,
        "fire" | "fyra" | "four" => 4.0,
        "fem" | "five" => 5.0,
        "seks" | "sex" | "six" => 6.0,
        "syv" | "sju" | "seven" => 7.0,
        "otte" | "åtta" | "eight" => 8.0,
        "ni" | "nio" | "nine" => 9.0,
        "ti" | "tio" | "ten" => 10.0,
        "elleve" | "elva" | "eleven" => 11.0,
        "tolv" | "twelve" => 12.0,
        "fjorten" | "fjorton" | "fourteen" => 14.0,
        "atten" | "arton" | "eighteen" => 18.0,
        "halvanden" | "halvandet" | "halvannan" | "halvannat" => 1.5,
        _ => return None,
    })
}

/// Ordinals after `hver` / `var` / `every`: `hver anden måned`, `var tredje vecka`.
fn ordinal_word(w: &str) -> Option<f64> {
    Some(match w {
        "anden" | "andet" | "andra" | "annan" | "annat" | "other" | "second" => 2.0,
        "tredje" | "third" => 3.0,
        "fjerde" | "fjärde" | "fourth" => 4.0,
        "femte" | "fifth" => 5.0,
        "sjette" | "sjätte" | "sixth" => 6.0,
        "syvende" | "sjunde" | "seventh" => 7.0,
        "ottende" | "åttonde" | "eighth" => 8.0,
        "niende" | "nionde" | "ninth" => 9.0,
        "tiende" | "tionde" | "tenth" => 10.0,
        "tolvte" | "tolfte" | "twelfth" => 12.0,
        "fjortende" | "fjortonde" | "fourteenth" => 14.0,
        _ => return None,
    })
}

const EVERY: &[&str] = &["hver", "hvert", "var", "vart", "varje", "every", "each"];
const HALF: &[&str] = &["halv", "halvt", "halve", "halva", "half"];
const AND: &[&str] = &["og", "och", "and"];
const ARTICLE: &[&str] = &["en", "et", "ett", "a", "an"];

/// One written part of an amount: a number (none: a bare unit, 1) and its unit word.
#[derive(Clone, Debug, PartialEq)]
struct Part {
    n: Option<f64>,
    unit: Option<String>,
}

/// A written amount: one side, or two sides of a range, each one or more parts
/// (`1 time og 30 minutter`); `cadence`: written as how often (`hver anden uge`).
#[derive(Debug)]
struct Written {
    sides: Vec<Vec<Part>>,
    cadence: bool,
}

/// Read the words of an amount into numbers and unit words.
fn read(text: &str) -> Result<Written, ValueError> {
    let t = text.trim().to_lowercase();
    if t.is_empty() {
        return Err(ValueError::EmptyRange);
    }
    let toks = tokens(&t)?;
    let word = |i: usize| match toks.get(i) {
        Some(Tok::Word(w)) => Some(w.as_str()),
        _ => None,
    };
    let mut i = 0;
    let mut cadence = false;
    if word(0).is_some_and(|w| ["fra", "från", "from"].contains(&w)) {
        i += 1;
    }
    // `-3 months`: a minus, not a range with its first number left out.
    if toks.get(i) == Some(&Tok::Dash) {
        return Err(ValueError::Negative {
            text: text.trim().to_string(),
        });
    }
    let mut flat: Vec<Tok> = Vec::new();
    if let Some(w) = word(i) {
        if EVERY.contains(&w) {
            cadence = true;
            i += 1;
        } else if ["varannan", "vartannat", "varannat"].contains(&w) {
            cadence = true;
            flat.push(Tok::Num(2.0, false));
            i += 1;
        }
    }
    while let Some(tok) = toks.get(i) {
        let w = word(i);
        // `2 og en halv`, `1 och ett halvt`, `2 and a half`.
        if let Tok::Num(n, false) = tok {
            let mut j = i + 1;
            if word(j).is_some_and(|w| AND.contains(&w)) {
                j += 1;
                if word(j).is_some_and(|w| ARTICLE.contains(&w)) {
                    j += 1;
                }
                if word(j).is_some_and(|w| HALF.contains(&w)) {
                    flat.push(Tok::Num(n + 0.5, false));
                    i = j + 1;
                    continue;
                }
            }
            // `3rd`, `2nd`: an English ordinal.
            if word(i + 1).is_some_and(|w| ["st", "nd", "rd", "th"].contains(&w)) {
                flat.push(Tok::Num(*n, true));
                i += 2;
                continue;
            }
        }
        if let Some(w) = w {
            // `en og en halv`, `ett och ett halvt`: one and a half.
            if let Some(n) = number_word(w)
                && word(i + 1).is_some_and(|w| AND.contains(&w))
                && {
                    let mut j = i + 2;
                    if word(j).is_some_and(|w| ARTICLE.contains(&w)) {
                        j += 1;
                    }
                    word(j).is_some_and(|w| HALF.contains(&w))
                }
            {
                let j = if word(i + 2).is_some_and(|w| ARTICLE.contains(&w)) {
                    i + 4
                } else {
                    i + 3
                };
                flat.push(Tok::Num(n + 0.5, false));
                i = j;
                continue;
            }
            // `en halv time`, `et halvt år`, `hvert halve år`, `half an hour`.
            let half_at = if ARTICLE.contains(&w) && word(i + 1).is_some_and(|w| HALF.contains(&w))
            {
                Some(i + 1)
            } else if HALF.contains(&w) {
                Some(i)
            } else {
                None
            };
            if let Some(h) = half_at {
                let mut next = h + 1;
                if word(next).is_some_and(|w| w == "a" || w == "an") {
                    next += 1;
                }
                flat.push(Tok::Num(0.5, false));
                i = next;
                continue;
            }
            if cadence && let Some(n) = ordinal_word(w) {
                flat.push(Tok::Num(n, true));
                i += 1;
                continue;
            }
            // `to` is two in Danish, but `2 to 3 hours` a range in English.
            let between = matches!(flat.last(), Some(Tok::Num(..) | Tok::Word(_)))
                && matches!(toks.get(i + 1), Some(Tok::Num(..)));
            if ["til", "till", "à"].contains(&w) || (w == "to" && between) {
                flat.push(Tok::Dash);
                i += 1;
                continue;
            }
            if let Some(n) = number_word(w) {
                flat.push(Tok::Num(n, false));
                i += 1;
                continue;
            }
        }
        flat.push(tok.clone());
        i += 1;
    }
    // Sides of the range, each a list of parts.
    let mut sides: Vec<Vec<Part>> = vec![Vec::new()];
    let nums_text = || text.trim().to_string();
    let mut k = 0;
    while let Some(tok) = flat.get(k) {
        match tok {
            Tok::Dash => {
                if sides.last().is_some_and(Vec::is_empty) || k + 1 == flat.len() {
                    return Err(ValueError::NotNumberOrRange { text: nums_text() });
                }
                sides.push(Vec::new());
                k += 1;
            }
            Tok::Num(n, ordinal) => {
                if *ordinal && !cadence {
                    return Err(ValueError::NotANumber {
                        text: format!("{n}."),
                    });
                }
                let unit = match flat.get(k + 1) {
                    Some(Tok::Word(w)) if !AND.contains(&w.as_str()) => {
                        k += 1;
                        Some(w.clone())
                    }
                    _ => None,
                };
                let Some(side) = sides.last_mut() else { break };
                if side.last().is_some_and(|p: &Part| p.unit.is_none()) {
                    return Err(ValueError::NotNumberOrRange { text: nums_text() });
                }
                side.push(Part { n: Some(*n), unit });
                k += 1;
            }
            Tok::Word(w)
                if AND.contains(&w.as_str()) && !sides.last().is_some_and(Vec::is_empty) =>
            {
                // `1 time og 30 minutter`.
                k += 1;
            }
            Tok::Word(w) => {
                let Some(side) = sides.last_mut() else { break };
                side.push(Part {
                    n: None,
                    unit: Some(w.clone()),
                });
                k += 1;
            }
        }
    }
    if sides.len() > 2 {
        return Err(ValueError::NotNumberOrRange { text: nums_text() });
    }
    if sides
        .iter()
        .any(|s| s.iter().any(|p| p.n.is_some_and(|n| n < 0.0)))
    {
        return Err(ValueError::Negative { text: nums_text() });
    }
    Ok(Written { sides, cadence })
}

/// The numbers of `Written` as text, for messages (`3-1`).
fn numbers_text(w: &Written) -> String {
    let side = |s: &[Part]| {
        s.iter()
            .filter_map(|p| p.n)
            .map(|n| n.to_string())
            .collect::<Vec<_>>()
            .join(" ")
    };
    w.sides
        .iter()
        .map(|s| side(s.as_slice()))
        .collect::<Vec<_>>()
        .join("-")
}

/// Whole units in a family: days (a week is 7) or months (a year is 12).
fn family(u: TimeUnit) -> (bool, u32) {
    match u {
        TimeUnit::Day => (false, 1),
        TimeUnit::Week => (false, 7),
        TimeUnit::Month => (true, 1),
        TimeUnit::Year => (true, 12),
    }
}

fn whole(v: f64, accepts: Accepts) -> Result<u32, ValueError> {
    let r = v.round();
    if (v - r).abs() > 1e-9 || v > 100_000.0 {
        return Err(ValueError::NotWhole {
            value: v.to_string(),
            accepts,
        });
    }
    Ok(r as u32)
}

/// A calendar amount for a key that accepts `accepts` (see [`Accepts`]).
fn calendar(text: &str, accepts: Accepts) -> Result<Range, ValueError> {
    let w = read(text)?;
    if w.cadence && accepts != Accepts::Interval {
        return Err(ValueError::CadenceOutsideEvery {
            text: text.trim().to_string(),
        });
    }
    // Every part's unit: the right side's last unit stands for a left side without one
    // (`1-3 months`, `3 måneder - 2 år`).
    let last_unit = w
        .sides
        .last()
        .and_then(|s| s.last())
        .and_then(|p| p.unit.clone());
    let Some(last_unit) = last_unit else {
        return Err(ValueError::NoUnit {
            text: text.trim().to_string(),
            accepts,
        });
    };
    let mut sides: Vec<Vec<(f64, TimeUnit)>> = Vec::new();
    for side in &w.sides {
        let mut parts = Vec::new();
        for p in side {
            let word = p.unit.as_deref().unwrap_or(&last_unit);
            let Some((unit, times)) = calendar_unit_times(word) else {
                if minutes_per(word).is_some() {
                    return Err(ValueError::UnitOfOtherKey {
                        unit: word.to_string(),
                        accepts,
                    });
                }
                return Err(unknown_unit(word, accepts));
            };
            parts.push((p.n.unwrap_or(1.0) * f64::from(times), unit));
        }
        sides.push(parts);
    }
    let all: Vec<&(f64, TimeUnit)> = sides.iter().flatten().collect();
    let months = all.first().is_some_and(|(_, u)| family(*u).0);
    if all.iter().any(|(_, u)| family(*u).0 != months) {
        return Err(ValueError::MixedUnits {
            text: text.trim().to_string(),
            accepts,
        });
    }
    // One unit when every part has it and is whole; else the smaller unit of the family.
    let first = all.first().map(|(_, u)| *u).unwrap_or(TimeUnit::Day);
    let same = all.iter().all(|(_, u)| *u == first);
    let sum = |parts: &[(f64, TimeUnit)], unit: TimeUnit| -> f64 {
        let per = f64::from(family(unit).1);
        parts
            .iter()
            .map(|(n, u)| n * f64::from(family(*u).1) / per)
            .sum()
    };
    let unit = if same
        && sides
            .iter()
            .all(|s| s.len() == 1 && s.iter().all(|(n, _)| n.fract() == 0.0))
    {
        first
    } else if months {
        TimeUnit::Month
    } else {
        TimeUnit::Day
    };
    let min = whole(
        sum(sides.first().map_or(&[][..], Vec::as_slice), unit),
        accepts,
    )?;
    let max = match sides.get(1) {
        Some(s) => whole(sum(s, unit), accepts)?,
        None => min,
    };
    if max < min {
        return Err(ValueError::RangeBackwards {
            range: if w
                .sides
                .first()
                .is_some_and(|s| s.iter().all(|p| p.unit.is_none()))
            {
                numbers_text(&w)
            } else {
                text.trim().to_string()
            },
        });
    }
    Ok(Range { min, max, unit })
}

/// A calendar range, e.g. `8 months`, `1-3 måneder`, `week` (= 1 week), `1,5 år`
/// (= 18 months), `3 måneder - 2 år` (= 3-24 months). A fraction becomes whole units of
/// the smaller unit of its family (years → months, weeks → days); a month has no whole
/// number of weeks or days, so `1,5 måneder` is refused, as is a range from weeks to
/// months.
pub fn parse_range(text: &str) -> Result<Range, ValueError> {
    calendar(text, Accepts::Calendar)
}

/// A duration: a range or `ongoing`.
pub fn parse_duration(text: &str) -> Result<Duration, ValueError> {
    let t = text.trim().to_lowercase();
    if ONGOING.contains(&t.as_str()) {
        return Ok(Duration::Ongoing);
    }
    calendar(text, Accepts::Duration).map(Duration::Range)
}

/// An interval for `every`: a range that is at least one day. Besides the forms of
/// [`parse_range`], how often as Danish, Swedish and English writers say it: `hver
/// anden måned`, `hver 3. uge`, `hver tredje uge`, `hvert kvartal`, `hvert halve år`,
/// `varannan vecka`, `var tredje månad`, `var 3:e vecka`, `every other week`.
pub fn parse_interval(text: &str) -> Result<Range, ValueError> {
    let r = calendar(text, Accepts::Interval)?;
    if r.min == 0 {
        return Err(ValueError::ZeroInterval);
    }
    Ok(r)
}

/// The length of one meeting, in minutes: `2 hours`, `2-3 timer`, `30 minutes`,
/// `1,5 timer`, `1½ time`, `halvanden time`, `en halv time`, `to timer`, `1 time og
/// 30 minutter`, `90 minutter - 2 timer`.
pub fn parse_length(text: &str) -> Result<Length, ValueError> {
    let w = read(text)?;
    if w.cadence {
        return Err(ValueError::CadenceOutsideEvery {
            text: text.trim().to_string(),
        });
    }
    let last_unit = w
        .sides
        .last()
        .and_then(|s| s.last())
        .and_then(|p| p.unit.clone());
    let Some(last_unit) = last_unit else {
        return Err(ValueError::NoLengthUnit {
            text: text.trim().to_string(),
        });
    };
    if w.sides
        .iter()
        .flatten()
        .any(|p| day_word(p.unit.as_deref().unwrap_or(&last_unit)))
    {
        return length_in_days(text, &w, &last_unit);
    }
    let mut minutes = Vec::new();
    for side in &w.sides {
        let mut total = 0.0;
        for p in side {
            let word = p.unit.as_deref().unwrap_or(&last_unit);
            let Some(per) = minutes_per(word) else {
                if calendar_unit(word).is_some() {
                    return Err(ValueError::UnitOfOtherKey {
                        unit: word.to_string(),
                        accepts: Accepts::Length,
                    });
                }
                return Err(unknown_unit(word, Accepts::Length));
            };
            total += p.n.unwrap_or(1.0) * f64::from(per);
        }
        let m = total.round();
        if m > 60.0 * 24.0 * 31.0 {
            return Err(ValueError::OccurrenceTooLong);
        }
        minutes.push(m as u32);
    }
    let min_minutes = minutes.first().copied().unwrap_or_default();
    let max_minutes = minutes.get(1).copied().unwrap_or(min_minutes);
    if max_minutes < min_minutes {
        return Err(ValueError::RangeBackwards {
            range: text.trim().to_string(),
        });
    }
    Ok(Length::minutes(min_minutes, max_minutes))
}

/// A length whose unit is a working day (`2 dage`, `1-2 dagar`, `halvanden dag`, `en
/// halv dag`): whole or half days, not mixed with hours, at most [`MAX_LENGTH_DAYS`].
fn length_in_days(text: &str, w: &Written, last_unit: &str) -> Result<Length, ValueError> {
    let mut halves = Vec::new();
    for side in &w.sides {
        let mut total = 0.0;
        for p in side {
            let word = p.unit.as_deref().unwrap_or(last_unit);
            if !day_word(word) {
                return Err(ValueError::DaysAndHours {
                    text: text.trim().to_string(),
                });
            }
            total += p.n.unwrap_or(1.0) * 2.0;
        }
        let h = total.round();
        if (total - h).abs() > 1e-9 || h < 1.0 {
            return Err(ValueError::NotHalfDays {
                text: text.trim().to_string(),
            });
        }
        if h > f64::from(MAX_LENGTH_DAYS * 2) {
            return Err(ValueError::OccurrenceTooLong);
        }
        halves.push(h as u32);
    }
    let a = halves.first().copied().unwrap_or(2);
    let b = halves.get(1).copied().unwrap_or(a);
    if b < a {
        return Err(ValueError::RangeBackwards {
            range: text.trim().to_string(),
        });
    }
    let half_day = DEFAULT_DAY_MINUTES / 2;
    Ok(Length {
        min_minutes: a * half_day,
        max_minutes: b * half_day,
        day_halves: Some((a, b)),
    })
}

/// A working day's length (`calendar.day_length`): one length in hours and minutes,
/// more than none and at most 24 hours (`7,4 timer`, `8 timmar`, `7 timer og 24
/// minutter`). In minutes.
pub fn parse_day_length(text: &str) -> Result<u32, ValueError> {
    let bad = || ValueError::DayLength {
        text: text.trim().to_string(),
    };
    let l = parse_length(text).map_err(|e| match e {
        ValueError::UnknownUnit { .. } | ValueError::NoLengthUnit { .. } => e,
        _ => bad(),
    })?;
    if l.day_halves.is_some()
        || l.min_minutes != l.max_minutes
        || l.min_minutes == 0
        || l.min_minutes > 24 * 60
    {
        return Err(bad());
    }
    Ok(l.min_minutes)
}

/// The words between the amount and the unit of granted hours (`om ugen`, `pr.
/// måned`, `per vecka`).
const PER_WORDS: &[&str] = &["per", "pr.", "pr", "om", "i", "a", "à", "/"];

/// Granted hours: `4 per week`, `4 hours per week`, `4 timer om ugen`, `8 pr. måned`,
/// `4 tim per vecka`; the amount in any form a length takes (`to timer om ugen`,
/// `halvanden time om ugen`, `1,5 timer pr. uge`, `1 time og 30 minutter om ugen`,
/// `4½ timmar per vecka`) or as a bare number (`4,5 per week`, `to om ugen`).
pub fn parse_hours(text: &str) -> Result<Hours, ValueError> {
    let t = text.trim().to_lowercase();
    let words: Vec<&str> = t.split_whitespace().collect();
    let Some((last, init)) = words.split_last() else {
        return Err(ValueError::EmptyHours);
    };
    let not_granted = || ValueError::NotGrantedHours {
        text: text.trim().to_string(),
    };
    let number_like = |w: &str| {
        w.chars()
            .next()
            .is_some_and(|c| c.is_ascii_digit() || vulgar(c).is_some())
            || number_word(w).is_some()
    };
    if init.is_empty() {
        return Err(if number_like(last) {
            not_granted()
        } else {
            ValueError::NotHours {
                text: last.to_string(),
            }
        });
    }
    let per = match calendar_unit(last) {
        Some(TimeUnit::Week) => HoursPer::Week,
        Some(TimeUnit::Month) => HoursPer::Month,
        Some(_) => {
            return Err(ValueError::HoursPer {
                unit: last.to_string(),
            });
        }
        None if number_like(last) || minutes_per(last).is_some() || day_word(last) => {
            return Err(not_granted());
        }
        None => {
            return Err(ValueError::HoursPer {
                unit: last.to_string(),
            });
        }
    };
    let mut amount = init;
    if let Some((w, rest)) = amount.split_last()
        && PER_WORDS.contains(w)
    {
        amount = rest;
    }
    if amount.is_empty() {
        return Err(not_granted());
    }
    let amount = amount.join(" ");
    let not_hours = || ValueError::NotHours {
        text: amount.clone(),
    };
    let written = read(&amount).map_err(|_| not_hours())?;
    let hours = match written.sides.as_slice() {
        // A bare number: `4`, `4,5`, `to`, `halvanden`.
        [side] if side.len() == 1 && side.iter().all(|p| p.unit.is_none()) && !written.cadence => {
            side.first().and_then(|p| p.n).ok_or_else(not_hours)?
        }
        // A length: `to timer`, `1 time og 30 minutter` (not working days: their length
        // is the plan's, not a number of hours).
        _ => match parse_length(&amount) {
            Ok(l) if l.day_halves.is_none() && l.min_minutes == l.max_minutes => {
                f64::from(l.min_minutes) / 60.0
            }
            _ => return Err(not_hours()),
        },
    };
    if !hours.is_finite() || !(0.0..=10_000.0).contains(&hours) {
        return Err(not_hours());
    }
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
    "Length of one occurrence: `2 hours`, `2-3 timer`, `30 minutes`, or working days: `2 dage`, `1 dag`, `halvanden dag` (each a working day's hours, `calendar.day_length`).",
    r"^\s*[0-9]+([.,][0-9]+)?(\s*[-–]\s*[0-9]+([.,][0-9]+)?)?\s*[A-Za-zæøåÆØÅäöÄÖ.]+\s*$"
);
string_schema!(
    DayLength,
    "DayLength",
    "How long a working day is, for lengths in days (`length: 2 dage`): `7,4 timer`, `8 timmar`, `7.5 hours`; default 7.4 hours (a 37-hour week), 8 hours with Swedish holidays (a 40-hour week).",
    r"^.*[A-Za-zæøåÆØÅäöÄÖ.]\s*$"
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
        assert_eq!(parse_length("2 hours").unwrap(), Length::minutes(120, 120));
        assert_eq!(
            parse_length("2-3 timer").unwrap(),
            Length::minutes(120, 180)
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

    fn r(min: u32, max: u32, unit: TimeUnit) -> Range {
        Range { min, max, unit }
    }

    #[test]
    fn cadences_as_danish_and_swedish_writers_say_them() {
        use TimeUnit::*;
        for (text, want) in [
            ("hver anden måned", r(2, 2, Month)),
            ("hver 3. uge", r(3, 3, Week)),
            ("hver tredje uge", r(3, 3, Week)),
            ("hver uge", r(1, 1, Week)),
            ("hvert år", r(1, 1, Year)),
            ("hvert andet år", r(2, 2, Year)),
            ("hver 14. dag", r(14, 14, Day)),
            ("hver fjortende dag", r(14, 14, Day)),
            ("hvert kvartal", r(3, 3, Month)),
            ("hvert halve år", r(6, 6, Month)),
            ("hver 4.-6. uge", r(4, 6, Week)),
            ("varannan vecka", r(2, 2, Week)),
            ("varannan månad", r(2, 2, Month)),
            ("vartannat år", r(2, 2, Year)),
            ("var tredje månad", r(3, 3, Month)),
            ("var 3:e vecka", r(3, 3, Week)),
            ("var fjortonde dag", r(14, 14, Day)),
            ("varje vecka", r(1, 1, Week)),
            ("varje kvartal", r(3, 3, Month)),
            ("varje halvår", r(6, 6, Month)),
            ("every other week", r(2, 2, Week)),
            ("every 3rd month", r(3, 3, Month)),
            ("every 2 weeks", r(2, 2, Week)),
            // What was accepted before keeps its meaning.
            ("2 months", r(2, 2, Month)),
            ("4-6 uger", r(4, 6, Week)),
            ("week", r(1, 1, Week)),
        ] {
            assert_eq!(parse_interval(text).unwrap(), want, "{text}");
        }
        // A cadence is an interval's word only.
        for text in ["hver anden uge", "varannan vecka"] {
            let e = parse_range(text).unwrap_err();
            assert!(matches!(e, ValueError::CadenceOutsideEvery { .. }), "{e:?}");
            assert!(parse_duration(text).is_err());
            assert!(parse_length(text).is_err());
        }
        assert!(parse_interval("hver 0. uge").is_err());
        // An ordinal without `hver`/`var` is no amount.
        assert!(parse_range("3. uge").is_err());
    }

    #[test]
    fn fractions_and_number_words() {
        use TimeUnit::*;
        for (text, want) in [
            ("1,5 år", r(18, 18, Month)),
            ("1.5 years", r(18, 18, Month)),
            ("1½ år", r(18, 18, Month)),
            ("halvandet år", r(18, 18, Month)),
            ("et halvt år", r(6, 6, Month)),
            ("ett och ett halvt år", r(18, 18, Month)),
            ("to år", r(2, 2, Year)),
            ("tre måneder", r(3, 3, Month)),
            ("två veckor", r(2, 2, Week)),
            ("1,5 uge", r(0, 0, Day)),
            ("2 kvartaler", r(6, 6, Month)),
            ("0,5-1 år", r(6, 12, Month)),
        ] {
            if want.max == 0 {
                assert!(parse_range(text).is_err(), "{text}");
                continue;
            }
            assert_eq!(parse_range(text).unwrap(), want, "{text}");
        }
        assert_eq!(parse_range("3 uger").unwrap(), r(3, 3, Week));
        assert_eq!(
            parse_range("1½ uge").unwrap_err().accepts(),
            Some(Accepts::Calendar)
        );
        assert_eq!(parse_range("2 uger og 3 dage").unwrap(), r(17, 17, Day));
        // A month has no whole number of weeks or days.
        assert!(matches!(
            parse_range("1,5 måneder").unwrap_err(),
            ValueError::NotWhole { .. }
        ));
    }

    #[test]
    fn mixed_unit_ranges_compare_in_one_unit() {
        use TimeUnit::*;
        assert_eq!(
            parse_duration("3 måneder - 2 år").unwrap(),
            Duration::Range(r(3, 24, Month))
        );
        assert_eq!(
            parse_duration("3 månader–2 år").unwrap(),
            Duration::Range(r(3, 24, Month))
        );
        assert_eq!(
            parse_duration("fra 3 måneder til 2 år").unwrap(),
            Duration::Range(r(3, 24, Month))
        );
        assert_eq!(
            parse_duration("1 år - 18 måneder").unwrap(),
            Duration::Range(r(12, 18, Month))
        );
        assert_eq!(parse_range("1-2 år").unwrap(), r(1, 2, Year));
        assert_eq!(parse_range("10 dage - 3 uger").unwrap(), r(10, 21, Day));
        assert_eq!(parse_range("2-3mån").unwrap(), r(2, 3, Month));
        assert_eq!(parse_range("2 til 3 måneder").unwrap(), r(2, 3, Month));
        assert_eq!(parse_range("2 till 3 månader").unwrap(), r(2, 3, Month));
        let e = parse_duration("2 år - 3 måneder").unwrap_err();
        assert!(e.contains("backwards"), "{e}");
        let e = parse_duration("2 uger - 3 måneder").unwrap_err();
        assert!(matches!(e, ValueError::MixedUnits { .. }), "{e:?}");
    }

    #[test]
    fn lengths_as_writers_say_them() {
        for (text, min, max) in [
            ("halvanden time", 90, 90),
            ("en halv time", 30, 30),
            ("1½ time", 90, 90),
            ("½ time", 30, 30),
            ("to timer", 120, 120),
            ("en time", 60, 60),
            ("1 time og 30 minutter", 90, 90),
            ("1 t 30 min", 90, 90),
            ("en og en halv time", 90, 90),
            ("to og en halv time", 150, 150),
            ("en och en halv timme", 90, 90),
            ("halvannan timme", 90, 90),
            ("en halvtimme", 30, 30),
            ("et kvarter", 15, 15),
            ("tre kvarter", 45, 45),
            ("half an hour", 30, 30),
            ("2 to 3 hours", 120, 180),
            ("2 à 3 timer", 120, 180),
            ("1½-2 timer", 90, 120),
            ("90 minutter - 2 timer", 90, 120),
            ("2-3 timmar", 120, 180),
        ] {
            assert_eq!(
                parse_length(text).unwrap(),
                Length::minutes(min, max),
                "{text}"
            );
        }
    }

    #[test]
    fn lengths_in_working_days() {
        for (text, halves, days, at_444, at_480) in [
            ("2 dage", (4, 4), 2, 888, 960),
            ("1 dag", (2, 2), 1, 444, 480),
            ("2 dagar", (4, 4), 2, 888, 960),
            ("3 days", (6, 6), 3, 1332, 1440),
            ("halvanden dag", (3, 3), 2, 666, 720),
            ("en och en halv dag", (3, 3), 2, 666, 720),
            ("en halv dag", (1, 1), 1, 222, 240),
            ("1,5 dage", (3, 3), 2, 666, 720),
            ("to arbejdsdage", (4, 4), 2, 888, 960),
            // A range of whole days: its midpoint rounded up to a whole day.
            ("1-2 dage", (2, 4), 2, 888, 960),
            ("2-3 dagar", (4, 6), 3, 1332, 1440),
        ] {
            let l = parse_length(text).unwrap();
            assert_eq!(l.day_halves, Some(halves), "{text}");
            assert_eq!(l.days(), Some(days), "{text}");
            assert_eq!(l.nominal_minutes_at(444), at_444, "{text}");
            assert_eq!(l.nominal_minutes_at(480), at_480, "{text}");
            assert_eq!(l.day_split(480).iter().sum::<u32>(), at_480, "{text}");
        }
        assert_eq!(
            parse_length("halvanden dag").unwrap().day_split(444),
            [444, 222]
        );
        assert_eq!(parse_length("2 hours").unwrap().days(), None);
        assert!(matches!(
            parse_length("1 dag og 2 timer"),
            Err(ValueError::DaysAndHours { .. })
        ));
        assert!(matches!(
            parse_length("1,3 dage"),
            Err(ValueError::NotHalfDays { .. })
        ));
        assert!(matches!(
            parse_length("40 dage"),
            Err(ValueError::OccurrenceTooLong)
        ));
        assert_eq!(parse_day_length("7,4 timer").unwrap(), 444);
        assert_eq!(parse_day_length("7 timer og 24 minutter").unwrap(), 444);
        assert_eq!(parse_day_length("8 timmar").unwrap(), 480);
        for bad in ["2 dage", "7-8 timer", "25 timer", "0 timer"] {
            assert!(
                matches!(parse_day_length(bad), Err(ValueError::DayLength { .. })),
                "{bad}"
            );
        }
    }

    #[test]
    fn granted_hours_in_the_words_of_lengths() {
        for (text, hours, per) in [
            ("to timer om ugen", 2.0, HoursPer::Week),
            ("halvanden time om ugen", 1.5, HoursPer::Week),
            ("1,5 timer pr. uge", 1.5, HoursPer::Week),
            ("1 time og 30 minutter om ugen", 1.5, HoursPer::Week),
            ("4½ timmar per vecka", 4.5, HoursPer::Week),
            ("två timmar per vecka", 2.0, HoursPer::Week),
            ("en halv time om ugen", 0.5, HoursPer::Week),
            ("tre om måneden", 3.0, HoursPer::Month),
            ("4,5 per week", 4.5, HoursPer::Week),
            ("8 pr. måned", 8.0, HoursPer::Month),
            ("90 minutter om ugen", 1.5, HoursPer::Week),
        ] {
            assert_eq!(parse_hours(text).unwrap(), Hours { hours, per }, "{text}");
        }
        for bad in [
            "4",
            "4 timer",
            "many",
            "2 dage om ugen",
            "2-3 timer om ugen",
            "",
        ] {
            assert!(parse_hours(bad).is_err(), "{bad}");
        }
        assert!(matches!(
            parse_hours("4 per year"),
            Err(ValueError::HoursPer { .. })
        ));
    }

    /// Fuzz find (`check_structured`, `horizon: ߄`): a digit of another script is
    /// neither an ASCII digit nor a letter, and the tokenizer's last branch took no
    /// character of it, so it pushed empty words until memory ran out.
    #[test]
    fn digits_of_other_scripts_are_refused_not_looped_on() {
        for text in [
            "߄",
            "٣ måneder",
            "3 ٣",
            "²",
            "߄߄ - 2 uger",
            "hver ٣. uge",
            "4 timer ߄",
        ] {
            assert!(parse_range(text).is_err(), "{text}");
            assert!(parse_duration(text).is_err(), "{text}");
            assert!(parse_interval(text).is_err(), "{text}");
            assert!(parse_length(text).is_err(), "{text}");
            assert!(parse_day_length(text).is_err(), "{text}");
            assert!(parse_hours(text).is_err(), "{text}");
            assert!(parse_time(text).is_err(), "{text}");
            let _ = parse_after(text);
        }
    }

    #[test]
    fn each_key_says_what_it_accepts() {
        use crate::diag::Lang;
        let help = |e: ValueError, lang: Lang| {
            crate::messages::Msg::Load(crate::messages::LoadMsg::InvalidValue { problem: e })
                .text(lang)
                .help
                .unwrap_or_default()
        };
        // A length in months: the calendar's unit, and the help lists hours and minutes.
        let e = parse_length("2 måneder").unwrap_err();
        assert!(
            matches!(
                e,
                ValueError::UnitOfOtherKey {
                    accepts: Accepts::Length,
                    ..
                }
            ),
            "{e:?}"
        );
        for (lang, words) in [
            (Lang::En, ["hours", "minutes"]),
            (Lang::Da, ["timer", "minutter"]),
            (Lang::Sv, ["timmar", "minuter"]),
        ] {
            let h = help(e.clone(), lang);
            assert!(words.iter().all(|w| h.contains(w)), "{h}");
            assert!(!h.contains("måned") && !h.contains("month"), "{h}");
        }
        // An interval in hours: the help lists the calendar units and the ordinals.
        let e = parse_interval("2 timer").unwrap_err();
        assert_eq!(e.accepts(), Some(Accepts::Interval));
        assert!(help(e.clone(), Lang::Da).contains("hver anden måned"));
        assert!(help(e.clone(), Lang::Sv).contains("varannan vecka"));
        assert!(help(e, Lang::En).contains("every other week"));
        // A typo in a length suggests a length's unit; in a duration a calendar one.
        let e = parse_length("2 timr").unwrap_err();
        assert!(e.contains("did you mean `timer`"), "{e}");
        let e = parse_duration("3 monts").unwrap_err();
        assert!(e.contains("did you mean `months`"), "{e}");
        assert_eq!(e.accepts(), Some(Accepts::Duration));
        assert!(help(e, Lang::En).contains("ongoing"));
    }
}
