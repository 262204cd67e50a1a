//! Holidays and working days for Danish (and Swedish) municipalities.
//!
//! Plans are scheduled in *working days*: a day is a working day when it is a
//! Monday–Friday, is not a holiday of the chosen [`HolidayRegion`] (of either
//! [`HolidayKind`]) and does not fall inside one of the plan's closed periods
//! (for example a summer or Christmas closure).
//!
//! # Holiday kinds
//!
//! * [`HolidayKind::Public`]: a statutory public holiday (*helligdag*).
//! * [`HolidayKind::Closed`]: not a statutory public holiday, but a day on
//!   which most municipal offices are closed in practice (by agreement or
//!   custom), so no work is scheduled on it.
//!
//! Both kinds are non-working days. The distinction is kept so that output
//! can explain *why* a day is not used.
//!
//! # Denmark (`dk`)
//!
//! Easter-dependent days are computed from Easter Sunday (see
//! [`easter_sunday`]), written "E" below.
//!
//! | Date | Dansk | English | Kind |
//! | --- | --- | --- | --- |
//! | 1 January | nytårsdag | New Year's Day | Public |
//! | E − 3 | skærtorsdag | Maundy Thursday | Public |
//! | E − 2 | langfredag | Good Friday | Public |
//! | E | påskedag | Easter Sunday | Public |
//! | E + 1 | 2. påskedag | Easter Monday | Public |
//! | E + 26 (4th Friday after Easter), **only years ≤ 2023** | store bededag | General Prayer Day | Public |
//! | E + 39 | Kristi himmelfartsdag | Ascension Day | Public |
//! | E + 49 | pinsedag | Whit Sunday | Public |
//! | E + 50 | 2. pinsedag | Whit Monday | Public |
//! | 5 June | grundlovsdag | Constitution Day | Closed |
//! | 24 December | juleaftensdag | Christmas Eve | Closed |
//! | 25 December | juledag | Christmas Day | Public |
//! | 26 December | 2. juledag | Boxing Day | Public |
//! | 31 December | nytårsaftensdag | New Year's Eve | Closed |
//!
//! Reasoning:
//!
//! * Store bededag was abolished as a public holiday by law from 2024, so it
//!   is included for 2023 and earlier and omitted from 2024 on.
//! * Grundlovsdag (5 June) is **not** a statutory public holiday, but most
//!   municipal offices close (fully or from noon) under collective agreements
//!   and custom, so it is treated as a closed day.
//! * Juleaftensdag and nytårsaftensdag are likewise not statutory public
//!   holidays but municipal offices are closed in practice.
//! * 1 May is not included: it is a (partial) day off only under some
//!   collective agreements and most municipal services stay open.
//!
//! # Sweden (`se`)
//!
//! | Date | Svenska | English | Kind |
//! | --- | --- | --- | --- |
//! | 1 January | nyårsdagen | New Year's Day | Public |
//! | 6 January | trettondedag jul | Epiphany | Public |
//! | E − 2 | långfredagen | Good Friday | Public |
//! | E | påskdagen | Easter Sunday | Public |
//! | E + 1 | annandag påsk | Easter Monday | Public |
//! | 1 May | första maj | May Day | Public |
//! | E + 39 | Kristi himmelsfärdsdag | Ascension Day | Public |
//! | E + 49 | pingstdagen | Whit Sunday | Public |
//! | 6 June | Sveriges nationaldag | National Day of Sweden | Public |
//! | Friday between 19 and 25 June | midsommarafton | Midsummer Eve | Closed |
//! | Saturday between 20 and 26 June | midsommardagen | Midsummer Day | Public |
//! | Saturday between 31 October and 6 November | alla helgons dag | All Saints' Day | Public |
//! | 24 December | julafton | Christmas Eve | Closed |
//! | 25 December | juldagen | Christmas Day | Public |
//! | 26 December | annandag jul | Boxing Day | Public |
//! | 31 December | nyårsafton | New Year's Eve | Closed |
//!
//! Midsommarafton, julafton and nyårsafton are not public holidays by law but
//! are treated as de facto days off, so they are [`HolidayKind::Closed`].
//!
//! # `none`
//!
//! No holidays at all; only weekends and closed periods are non-working.
//!
//! # Limits
//!
//! * The current rules are applied to every year, except for the abolition
//!   of store bededag (Denmark, from 2024). Older historical changes (e.g.
//!   Swedish holidays before 2005) are not modelled.
//! * Holidays are only produced for years 1583 through 9999 (the Gregorian
//!   computus is meaningless before 1583, and [`Date`] cannot represent
//!   years after 9999). For other years [`holidays`] returns an empty list
//!   and [`easter_sunday`] returns `None`. Nothing in this module panics on
//!   any input.
//! * Two holidays can fall on the same date (e.g. Danish pinsedag and
//!   grundlovsdag). Both are listed; [`HolidayKind::Public`] entries sort
//!   before [`HolidayKind::Closed`] ones on the same date.

use std::collections::BTreeMap;
use std::fmt;
use std::sync::{Mutex, PoisonError};

use crate::diag::Lang;
use jiff::Span;
use jiff::civil::{Date, Weekday};

/// First year for which holidays are computed (the Gregorian reform).
const FIRST_YEAR: i16 = 1583;
/// Last year for which holidays are computed (limit of [`Date`]).
const LAST_YEAR: i16 = 9999;
/// How many days after the start [`WorkCalendar::next_working_day`] searches
/// before giving up.
pub const MAX_SEARCH_DAYS: i32 = 400;

/// Which country's holidays a calendar observes: the plan's `calendar.holidays`
/// (`dk`, `se` or `none`), the schedule's working days and the compiled plan's
/// `calendar.holidays` are all this one type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum HolidayRegion {
    /// Denmark.
    Dk,
    /// Sweden.
    Se,
    /// No holidays; only weekends and closed periods.
    None,
}

impl HolidayRegion {
    /// Parses `dk`, `se` or `none` (case-insensitive), as the plan's
    /// `calendar.holidays` is written.
    pub fn parse(s: &str) -> Option<Self> {
        if s.eq_ignore_ascii_case("dk") {
            Some(Self::Dk)
        } else if s.eq_ignore_ascii_case("se") {
            Some(Self::Se)
        } else if s.eq_ignore_ascii_case("none") {
            Some(Self::None)
        } else {
            Option::None
        }
    }

    /// The canonical lower-case name (`dk`, `se`, `none`).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Dk => "dk",
            Self::Se => "se",
            Self::None => "none",
        }
    }
}

/// `Holidays` in both schemas: a string, `dk`, `se` or `none`.
impl schemars::JsonSchema for HolidayRegion {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Holidays".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({ "type": "string", "enum": ["dk", "se", "none"] })
    }
}

impl fmt::Display for HolidayRegion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Whether a holiday is statutory or only a de facto closed day (`public` or `closed`).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, schemars::JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum HolidayKind {
    /// A statutory public holiday.
    Public,
    /// Not a public holiday by law, but offices are closed in practice.
    Closed,
}

/// One holiday on a concrete date, with its name in Danish, English and
/// Swedish.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Holiday {
    pub date: Date,
    pub name_da: &'static str,
    pub name_en: &'static str,
    pub name_sv: &'static str,
    pub kind: HolidayKind,
}

impl Holiday {
    /// The holiday's name in `lang` — the one place a holiday is named: the compiled
    /// plan's `holiday_dates`, the year wheel and the `holiday-collision` finding all
    /// call this.
    pub fn name(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Da => self.name_da,
            Lang::En => self.name_en,
            Lang::Sv => self.name_sv,
        }
    }
}

/// Easter Sunday of `year` in the Gregorian calendar.
///
/// Uses the anonymous Gregorian computus (Meeus/Jones/Butcher). Returns
/// `None` for years before 1583 or after 9999.
pub fn easter_sunday(year: i16) -> Option<Date> {
    if !(FIRST_YEAR..=LAST_YEAR).contains(&year) {
        return Option::None;
    }
    let y = i32::from(year);
    let a = y % 19; // position in the 19-year Metonic cycle
    let b = y / 100; // century
    let c = y % 100; // year within the century
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3; // lunar correction
    let h = (19 * a + b - d - g + 15) % 30; // epact-related: days to full moon
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7; // days from full moon to Sunday
    let m = (a + 11 * h + 22 * l) / 451;
    let n = h + l - 7 * m + 114;
    let month = i8::try_from(n / 31).ok()?;
    let day = i8::try_from(n % 31 + 1).ok()?;
    Date::new(year, month, day).ok()
}

/// `d` plus `n` days, or `None` when out of range.
fn add_days(d: Date, n: i32) -> Option<Date> {
    let span = Span::new().try_days(n).ok()?;
    d.checked_add(span).ok()
}

/// The first `weekday` on or after `month`/`day` of `year`.
fn weekday_on_or_after(year: i16, month: i8, day: i8, weekday: Weekday) -> Option<Date> {
    let start = Date::new(year, month, day).ok()?;
    add_days(start, i32::from(start.weekday().until(weekday)))
}

/// Collects holidays, silently skipping any whose date could not be built
/// (cannot happen for years in 1583..=9999, but never panics).
struct Builder {
    out: Vec<Holiday>,
}

impl Builder {
    fn push(
        &mut self,
        date: Option<Date>,
        kind: HolidayKind,
        name_da: &'static str,
        name_en: &'static str,
        name_sv: &'static str,
    ) {
        if let Some(date) = date {
            self.out.push(Holiday {
                date,
                name_da,
                name_en,
                name_sv,
                kind,
            });
        }
    }
}

/// All holidays of `region` in `year`, sorted by date (public before closed
/// on the same date). Empty for [`HolidayRegion::None`] and for years outside
/// 1583..=9999. See the module documentation for the exact lists.
pub fn holidays(region: HolidayRegion, year: i16) -> Vec<Holiday> {
    use HolidayKind::{Closed, Public};

    let Some(easter) = easter_sunday(year) else {
        return Vec::new();
    };
    let e = |n: i32| add_days(easter, n);
    let fixed = |month: i8, day: i8| Date::new(year, month, day).ok();
    let mut b = Builder {
        out: Vec::with_capacity(16),
    };
    match region {
        HolidayRegion::None => {}
        HolidayRegion::Dk => {
            b.push(
                fixed(1, 1),
                Public,
                "nytårsdag",
                "New Year's Day",
                "nyårsdagen",
            );
            b.push(
                e(-3),
                Public,
                "skærtorsdag",
                "Maundy Thursday",
                "skärtorsdagen",
            );
            b.push(e(-2), Public, "langfredag", "Good Friday", "långfredagen");
            b.push(e(0), Public, "påskedag", "Easter Sunday", "påskdagen");
            b.push(
                e(1),
                Public,
                "2. påskedag",
                "Easter Monday",
                "annandag påsk",
            );
            if year <= 2023 {
                b.push(
                    e(26),
                    Public,
                    "store bededag",
                    "General Prayer Day",
                    "stora bönedagen",
                );
            }
            b.push(
                e(39),
                Public,
                "Kristi himmelfartsdag",
                "Ascension Day",
                "Kristi himmelsfärdsdag",
            );
            b.push(e(49), Public, "pinsedag", "Whit Sunday", "pingstdagen");
            b.push(
                e(50),
                Public,
                "2. pinsedag",
                "Whit Monday",
                "annandag pingst",
            );
            b.push(
                fixed(6, 5),
                Closed,
                "grundlovsdag",
                "Constitution Day",
                "grundlagsdagen",
            );
            b.push(
                fixed(12, 24),
                Closed,
                "juleaftensdag",
                "Christmas Eve",
                "julafton",
            );
            b.push(
                fixed(12, 25),
                Public,
                "juledag",
                "Christmas Day",
                "juldagen",
            );
            b.push(
                fixed(12, 26),
                Public,
                "2. juledag",
                "Boxing Day",
                "annandag jul",
            );
            b.push(
                fixed(12, 31),
                Closed,
                "nytårsaftensdag",
                "New Year's Eve",
                "nyårsafton",
            );
        }
        HolidayRegion::Se => {
            b.push(
                fixed(1, 1),
                Public,
                "nytårsdag",
                "New Year's Day",
                "nyårsdagen",
            );
            b.push(
                fixed(1, 6),
                Public,
                "helligtrekongersdag",
                "Epiphany",
                "trettondedag jul",
            );
            b.push(e(-2), Public, "langfredag", "Good Friday", "långfredagen");
            b.push(e(0), Public, "påskedag", "Easter Sunday", "påskdagen");
            b.push(
                e(1),
                Public,
                "2. påskedag",
                "Easter Monday",
                "annandag påsk",
            );
            b.push(fixed(5, 1), Public, "1. maj", "May Day", "första maj");
            b.push(
                e(39),
                Public,
                "Kristi himmelfartsdag",
                "Ascension Day",
                "Kristi himmelsfärdsdag",
            );
            b.push(e(49), Public, "pinsedag", "Whit Sunday", "pingstdagen");
            b.push(
                fixed(6, 6),
                Public,
                "Sveriges nationaldag",
                "National Day of Sweden",
                "Sveriges nationaldag",
            );
            b.push(
                weekday_on_or_after(year, 6, 19, Weekday::Friday),
                Closed,
                "midsommeraften",
                "Midsummer Eve",
                "midsommarafton",
            );
            b.push(
                weekday_on_or_after(year, 6, 20, Weekday::Saturday),
                Public,
                "midsommerdag",
                "Midsummer Day",
                "midsommardagen",
            );
            b.push(
                weekday_on_or_after(year, 10, 31, Weekday::Saturday),
                Public,
                "allehelgensdag",
                "All Saints' Day",
                "alla helgons dag",
            );
            b.push(
                fixed(12, 24),
                Closed,
                "juleaftensdag",
                "Christmas Eve",
                "julafton",
            );
            b.push(
                fixed(12, 25),
                Public,
                "juledag",
                "Christmas Day",
                "juldagen",
            );
            b.push(
                fixed(12, 26),
                Public,
                "2. juledag",
                "Boxing Day",
                "annandag jul",
            );
            b.push(
                fixed(12, 31),
                Closed,
                "nytårsaftensdag",
                "New Year's Eve",
                "nyårsafton",
            );
        }
    }
    let mut out = b.out;
    out.sort_by_key(|h| (h.date, h.kind));
    out
}

/// Why a day is not a working day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Closure {
    /// Saturday or Sunday.
    Weekend,
    /// A holiday of either kind.
    Holiday(Holiday),
    /// Inside a configured closed period (inclusive start and end).
    ClosedPeriod(Date, Date),
}

/// A working-day calendar: weekdays minus the holidays of a region minus
/// configured closed periods.
///
/// Holiday lists are computed lazily once per year and cached inside the
/// calendar, so lookups do not allocate after the first query of a year.
/// The cache sits behind a [`Mutex`], so the calendar is `Send + Sync` and can
/// be shared between threads.
pub struct WorkCalendar {
    region: HolidayRegion,
    closed: Vec<(Date, Date)>,
    cache: Mutex<BTreeMap<i16, Vec<Holiday>>>,
}

type YearCache = BTreeMap<i16, Vec<Holiday>>;

impl WorkCalendar {
    /// A calendar for `region` with the given inclusive closed periods.
    /// A period whose start is after its end matches no day.
    pub fn new(region: HolidayRegion, closed: Vec<(Date, Date)>) -> Self {
        Self {
            region,
            closed,
            cache: Mutex::new(BTreeMap::new()),
        }
    }

    /// The holiday region.
    pub fn region(&self) -> HolidayRegion {
        self.region
    }

    /// The configured closed periods, as given.
    pub fn closed(&self) -> &[(Date, Date)] {
        &self.closed
    }

    /// `true` when `d` is Monday–Friday, not a holiday (of either kind) and
    /// not in a closed period.
    pub fn is_working_day(&self, d: Date) -> bool {
        self.why_closed(d).is_none()
    }

    /// Why `d` is not a working day, or `None` when it is one.
    ///
    /// When several reasons apply, the one that best explains a schedule
    /// shift is reported: a closed period first, then a holiday, then the
    /// weekend. For overlapping closed periods the first matching one in the
    /// configured order is reported.
    pub fn why_closed(&self, d: Date) -> Option<Closure> {
        if let Some(&(start, end)) = self.closed.iter().find(|(s, e)| *s <= d && d <= *e) {
            return Some(Closure::ClosedPeriod(start, end));
        }
        let mut cache = self.lock_cache();
        if let Some(h) = self.holiday_on(&mut cache, d) {
            return Some(Closure::Holiday(h));
        }
        if is_weekend(d) {
            return Some(Closure::Weekend);
        }
        Option::None
    }

    /// The holiday on `d`, if any (a public one if both kinds fall on `d`).
    pub fn holiday(&self, d: Date) -> Option<Holiday> {
        let mut cache = self.lock_cache();
        self.holiday_on(&mut cache, d)
    }

    /// `d` itself if it is a working day, else the first working day after
    /// it. Searches at most [`MAX_SEARCH_DAYS`] days past `d` and returns
    /// `None` if there is none in that window (or the end of the representable
    /// dates is reached).
    pub fn next_working_day(&self, d: Date) -> Option<Date> {
        let limit = add_days(d, MAX_SEARCH_DAYS).unwrap_or(Date::MAX);
        let mut cache = self.lock_cache();
        let mut cur = d;
        while cur <= limit {
            // Jump past every closed period containing `cur` in one step.
            let closed_until = self
                .closed
                .iter()
                .filter(|(s, e)| *s <= cur && cur <= *e)
                .map(|&(_, e)| e)
                .max();
            if let Some(end) = closed_until {
                cur = end.tomorrow().ok()?;
                continue;
            }
            if is_weekend(cur) || self.holiday_on(&mut cache, cur).is_some() {
                cur = cur.tomorrow().ok()?;
                continue;
            }
            return Some(cur);
        }
        Option::None
    }

    fn lock_cache(&self) -> std::sync::MutexGuard<'_, YearCache> {
        // The cache is always left consistent, so a poisoned lock is usable.
        self.cache.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn holiday_on(&self, cache: &mut YearCache, d: Date) -> Option<Holiday> {
        if self.region == HolidayRegion::None {
            return Option::None;
        }
        let list = cache
            .entry(d.year())
            .or_insert_with(|| holidays(self.region, d.year()));
        let idx = list.partition_point(|h| h.date < d);
        list.get(idx).filter(|h| h.date == d).copied()
    }
}

fn is_weekend(d: Date) -> bool {
    matches!(d.weekday(), Weekday::Saturday | Weekday::Sunday)
}

impl Clone for WorkCalendar {
    fn clone(&self) -> Self {
        let cache = self.lock_cache().clone();
        Self {
            region: self.region,
            closed: self.closed.clone(),
            cache: Mutex::new(cache),
        }
    }
}

impl fmt::Debug for WorkCalendar {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("WorkCalendar")
            .field("region", &self.region)
            .field("closed", &self.closed)
            .finish_non_exhaustive()
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::indexing_slicing)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn dk_list(year: i16) -> Vec<(Date, &'static str, HolidayKind)> {
        holidays(HolidayRegion::Dk, year)
            .into_iter()
            .map(|h| (h.date, h.name_da, h.kind))
            .collect()
    }

    #[test]
    fn region_parse() {
        assert_eq!(HolidayRegion::parse("dk"), Some(HolidayRegion::Dk));
        assert_eq!(HolidayRegion::parse("DK"), Some(HolidayRegion::Dk));
        assert_eq!(HolidayRegion::parse("Se"), Some(HolidayRegion::Se));
        assert_eq!(HolidayRegion::parse("NONE"), Some(HolidayRegion::None));
        assert_eq!(HolidayRegion::parse(" none "), Option::None);
        assert_eq!(HolidayRegion::parse("no"), Option::None);
        assert_eq!(HolidayRegion::parse(""), Option::None);
        assert_eq!(HolidayRegion::parse("denmark"), Option::None);
        for r in [HolidayRegion::Dk, HolidayRegion::Se, HolidayRegion::None] {
            assert_eq!(HolidayRegion::parse(r.as_str()), Some(r));
            assert_eq!(r.to_string(), r.as_str());
        }
    }

    #[test]
    fn easter_table() {
        let table = [
            (2024, date(2024, 3, 31)),
            (2025, date(2025, 4, 20)),
            (2026, date(2026, 4, 5)),
            (2027, date(2027, 3, 28)),
            (2028, date(2028, 4, 16)),
            (2029, date(2029, 4, 1)),
            (2030, date(2030, 4, 21)),
            (2031, date(2031, 4, 13)),
            (2032, date(2032, 3, 28)),
            (2033, date(2033, 4, 17)),
            (2034, date(2034, 4, 9)),
            (2035, date(2035, 3, 25)),
        ];
        for (year, expected) in table {
            assert_eq!(easter_sunday(year), Some(expected), "easter {year}");
        }
        // A few historical/edge years.
        assert_eq!(easter_sunday(2023), Some(date(2023, 4, 9)));
        assert_eq!(easter_sunday(2000), Some(date(2000, 4, 23)));
        assert_eq!(easter_sunday(1818), Some(date(1818, 3, 22))); // earliest possible
        assert_eq!(easter_sunday(1943), Some(date(1943, 4, 25))); // latest possible
    }

    #[test]
    fn easter_is_always_a_sunday_in_range() {
        for year in FIRST_YEAR..=LAST_YEAR {
            let e = easter_sunday(year).unwrap();
            assert_eq!(e.weekday(), Weekday::Sunday, "{year}");
            assert!(e >= date(year, 3, 22) && e <= date(year, 4, 25), "{year}");
        }
    }

    #[test]
    fn easter_out_of_range_is_none() {
        for year in [i16::MIN, -9999, -1, 0, 1, 1582, 10000, i16::MAX] {
            assert_eq!(easter_sunday(year), Option::None, "{year}");
        }
        assert!(easter_sunday(1583).is_some());
        assert!(easter_sunday(9999).is_some());
    }

    #[test]
    fn danish_holidays_2024() {
        use HolidayKind::{Closed, Public};
        let expected = vec![
            (date(2024, 1, 1), "nytårsdag", Public),
            (date(2024, 3, 28), "skærtorsdag", Public),
            (date(2024, 3, 29), "langfredag", Public),
            (date(2024, 3, 31), "påskedag", Public),
            (date(2024, 4, 1), "2. påskedag", Public),
            (date(2024, 5, 9), "Kristi himmelfartsdag", Public),
            (date(2024, 5, 19), "pinsedag", Public),
            (date(2024, 5, 20), "2. pinsedag", Public),
            (date(2024, 6, 5), "grundlovsdag", Closed),
            (date(2024, 12, 24), "juleaftensdag", Closed),
            (date(2024, 12, 25), "juledag", Public),
            (date(2024, 12, 26), "2. juledag", Public),
            (date(2024, 12, 31), "nytårsaftensdag", Closed),
        ];
        assert_eq!(dk_list(2024), expected);
    }

    #[test]
    fn danish_holidays_2027() {
        use HolidayKind::{Closed, Public};
        let expected = vec![
            (date(2027, 1, 1), "nytårsdag", Public),
            (date(2027, 3, 25), "skærtorsdag", Public),
            (date(2027, 3, 26), "langfredag", Public),
            (date(2027, 3, 28), "påskedag", Public),
            (date(2027, 3, 29), "2. påskedag", Public),
            (date(2027, 5, 6), "Kristi himmelfartsdag", Public),
            (date(2027, 5, 16), "pinsedag", Public),
            (date(2027, 5, 17), "2. pinsedag", Public),
            (date(2027, 6, 5), "grundlovsdag", Closed),
            (date(2027, 12, 24), "juleaftensdag", Closed),
            (date(2027, 12, 25), "juledag", Public),
            (date(2027, 12, 26), "2. juledag", Public),
            (date(2027, 12, 31), "nytårsaftensdag", Closed),
        ];
        assert_eq!(dk_list(2027), expected);
        let all = holidays(HolidayRegion::Dk, 2027);
        assert_eq!(all[0].name_en, "New Year's Day");
        assert_eq!(all[0].name_sv, "nyårsdagen");
    }

    #[test]
    fn store_bededag_until_2023_only() {
        let y2023 = dk_list(2023);
        assert!(y2023.contains(&(date(2023, 5, 5), "store bededag", HolidayKind::Public)));
        assert_eq!(y2023.len(), 14);
        let y2024 = dk_list(2024);
        assert!(y2024.iter().all(|(_, name, _)| *name != "store bededag"));
        // 26 April 2024 would have been store bededag: now a normal Friday.
        let cal = WorkCalendar::new(HolidayRegion::Dk, vec![]);
        assert!(cal.is_working_day(date(2024, 4, 26)));
        assert!(!cal.is_working_day(date(2023, 5, 5)));
        assert_eq!(date(2023, 5, 5).weekday(), Weekday::Friday);
    }

    #[test]
    fn holidays_sorted_and_same_date_public_first() {
        // Easter 2011 was 24 April, so pinsedag fell on 12 June; find a year
        // where pinsedag or 2. pinsedag hits 5 June: Easter 17 April (2022).
        let list = holidays(HolidayRegion::Dk, 2022);
        let june5: Vec<_> = list.iter().filter(|h| h.date == date(2022, 6, 5)).collect();
        assert_eq!(june5.len(), 2);
        assert_eq!(june5[0].name_da, "pinsedag");
        assert_eq!(june5[0].kind, HolidayKind::Public);
        assert_eq!(june5[1].name_da, "grundlovsdag");
        for region in [HolidayRegion::Dk, HolidayRegion::Se] {
            for year in 1990..2100 {
                let l = holidays(region, year);
                assert!(l.windows(2).all(|w| w[0].date <= w[1].date));
                assert!(l.iter().all(|h| h.date.year() == year));
            }
        }
        let cal = WorkCalendar::new(HolidayRegion::Dk, vec![]);
        assert_eq!(cal.holiday(date(2022, 6, 5)).unwrap().name_da, "pinsedag");
    }

    #[test]
    fn swedish_holidays_2027() {
        let list = holidays(HolidayRegion::Se, 2027);
        let names: Vec<_> = list.iter().map(|h| (h.date, h.name_sv, h.kind)).collect();
        use HolidayKind::{Closed, Public};
        let expected = vec![
            (date(2027, 1, 1), "nyårsdagen", Public),
            (date(2027, 1, 6), "trettondedag jul", Public),
            (date(2027, 3, 26), "långfredagen", Public),
            (date(2027, 3, 28), "påskdagen", Public),
            (date(2027, 3, 29), "annandag påsk", Public),
            (date(2027, 5, 1), "första maj", Public),
            (date(2027, 5, 6), "Kristi himmelsfärdsdag", Public),
            (date(2027, 5, 16), "pingstdagen", Public),
            (date(2027, 6, 6), "Sveriges nationaldag", Public),
            (date(2027, 6, 25), "midsommarafton", Closed),
            (date(2027, 6, 26), "midsommardagen", Public),
            (date(2027, 11, 6), "alla helgons dag", Public),
            (date(2027, 12, 24), "julafton", Closed),
            (date(2027, 12, 25), "juldagen", Public),
            (date(2027, 12, 26), "annandag jul", Public),
            (date(2027, 12, 31), "nyårsafton", Closed),
        ];
        assert_eq!(names, expected);
    }

    #[test]
    fn swedish_midsommar_and_all_saints_windows() {
        for year in 2000..2100 {
            let l = holidays(HolidayRegion::Se, year);
            let find = |name: &str| l.iter().find(|h| h.name_sv == name).unwrap().date;
            let eve = find("midsommarafton");
            assert_eq!(eve.weekday(), Weekday::Friday);
            assert!(eve >= date(year, 6, 19) && eve <= date(year, 6, 25));
            let day = find("midsommardagen");
            assert_eq!(day, eve.tomorrow().unwrap());
            let saints = find("alla helgons dag");
            assert_eq!(saints.weekday(), Weekday::Saturday);
            assert!(saints >= date(year, 10, 31) && saints <= date(year, 11, 6));
        }
        // 2026: 19 June is a Friday (edge of the window).
        let l = holidays(HolidayRegion::Se, 2026);
        assert!(
            l.iter()
                .any(|h| h.date == date(2026, 6, 19) && h.name_sv == "midsommarafton")
        );
        // 2026: 31 October is a Saturday (start of the All Saints' window).
        assert!(
            l.iter()
                .any(|h| h.date == date(2026, 10, 31) && h.name_sv == "alla helgons dag")
        );
    }

    #[test]
    fn none_region_has_no_holidays() {
        assert!(holidays(HolidayRegion::None, 2027).is_empty());
        let cal = WorkCalendar::new(HolidayRegion::None, vec![]);
        // 25 Dec 2026 is a Friday: a working day without holidays.
        assert!(cal.is_working_day(date(2026, 12, 25)));
        assert_eq!(cal.why_closed(date(2026, 12, 26)), Some(Closure::Weekend));
    }

    #[test]
    fn working_days_weekend_and_closed_summer() {
        let summer = (date(2027, 7, 5), date(2027, 7, 30));
        let cal = WorkCalendar::new(HolidayRegion::Dk, vec![summer]);
        // Friday 2 July 2027 works; Saturday/Sunday are weekend.
        assert!(cal.is_working_day(date(2027, 7, 2)));
        assert_eq!(cal.why_closed(date(2027, 7, 3)), Some(Closure::Weekend));
        assert_eq!(cal.why_closed(date(2027, 7, 4)), Some(Closure::Weekend));
        // Inside the closed range (inclusive at both ends), weekdays and
        // weekends alike are reported as the closed period.
        for d in [date(2027, 7, 5), date(2027, 7, 10), date(2027, 7, 30)] {
            assert!(!cal.is_working_day(d));
            assert_eq!(
                cal.why_closed(d),
                Some(Closure::ClosedPeriod(date(2027, 7, 5), date(2027, 7, 30)))
            );
        }
        // 31 Jul/1 Aug are a weekend; Monday 2 August is the next working day.
        assert_eq!(
            cal.next_working_day(date(2027, 7, 2)),
            Some(date(2027, 7, 2))
        );
        assert_eq!(
            cal.next_working_day(date(2027, 7, 3)),
            Some(date(2027, 8, 2))
        );
        assert_eq!(
            cal.next_working_day(date(2027, 7, 5)),
            Some(date(2027, 8, 2))
        );
        assert_eq!(
            cal.next_working_day(date(2027, 7, 31)),
            Some(date(2027, 8, 2))
        );
        assert!(cal.is_working_day(date(2027, 8, 2)));
    }

    #[test]
    fn overlapping_closed_periods_are_skipped_together() {
        let cal = WorkCalendar::new(
            HolidayRegion::Dk,
            vec![
                (date(2027, 7, 5), date(2027, 7, 16)),
                (date(2027, 7, 12), date(2027, 7, 23)),
                // start > end: matches nothing
                (date(2027, 8, 10), date(2027, 8, 1)),
            ],
        );
        assert_eq!(
            cal.next_working_day(date(2027, 7, 5)),
            Some(date(2027, 7, 26))
        );
        assert_eq!(
            cal.why_closed(date(2027, 7, 13)),
            Some(Closure::ClosedPeriod(date(2027, 7, 5), date(2027, 7, 16)))
        );
        assert!(cal.is_working_day(date(2027, 8, 5)));
    }

    #[test]
    fn next_working_day_over_easter() {
        let cal = WorkCalendar::new(HolidayRegion::Dk, vec![]);
        // Friday before Easter 2027 is langfredag (26 March); Thursday is
        // skærtorsdag; Monday is 2. påskedag. Next working day: Tue 30 March.
        let friday = date(2027, 3, 26);
        assert_eq!(friday.weekday(), Weekday::Friday);
        match cal.why_closed(friday) {
            Some(Closure::Holiday(h)) => {
                assert_eq!(h.name_da, "langfredag");
                assert_eq!(h.kind, HolidayKind::Public);
            }
            other => panic!("unexpected {other:?}"),
        }
        assert_eq!(cal.next_working_day(friday), Some(date(2027, 3, 30)));
        assert_eq!(
            cal.next_working_day(date(2027, 3, 25)),
            Some(date(2027, 3, 30))
        );
        assert_eq!(
            cal.next_working_day(date(2027, 3, 24)),
            Some(date(2027, 3, 24))
        );
        // Sweden has no skærtorsdag off.
        let se = WorkCalendar::new(HolidayRegion::Se, vec![]);
        assert_eq!(
            se.next_working_day(date(2027, 3, 25)),
            Some(date(2027, 3, 25))
        );
        assert_eq!(
            se.next_working_day(date(2027, 3, 26)),
            Some(date(2027, 3, 30))
        );
    }

    #[test]
    fn closed_kind_days_are_not_working_days() {
        let cal = WorkCalendar::new(HolidayRegion::Dk, vec![]);
        // 5 June 2026 is a Friday: grundlovsdag.
        match cal.why_closed(date(2026, 6, 5)) {
            Some(Closure::Holiday(h)) => {
                assert_eq!(h.name_da, "grundlovsdag");
                assert_eq!(h.kind, HolidayKind::Closed);
            }
            other => panic!("unexpected {other:?}"),
        }
        // Christmas 2026: Thu 24 (Closed), Fri 25, weekend, Thu 31 Dec Closed,
        // Fri 1 Jan 2027 holiday, weekend: next working day Mon 4 Jan 2027.
        assert_eq!(
            cal.next_working_day(date(2026, 12, 24)),
            Some(date(2026, 12, 28))
        );
        assert_eq!(
            cal.next_working_day(date(2026, 12, 31)),
            Some(date(2027, 1, 4))
        );
    }

    #[test]
    fn fully_closed_calendar_gives_none() {
        let cal = WorkCalendar::new(
            HolidayRegion::Dk,
            vec![(date(2000, 1, 1), date(2100, 12, 31))],
        );
        assert_eq!(cal.next_working_day(date(2027, 1, 4)), Option::None);
        // Back-to-back one-day periods covering far more than the search
        // window also terminate.
        let mut days = Vec::new();
        let mut d = date(2027, 1, 1);
        for _ in 0..500 {
            days.push((d, d));
            d = d.tomorrow().unwrap();
        }
        let cal = WorkCalendar::new(HolidayRegion::None, days);
        assert_eq!(cal.next_working_day(date(2027, 1, 1)), Option::None);
        // Just inside the window still works: closure of 400 days, then a Monday.
        let start = date(2027, 1, 4); // Monday
        let end = add_days(start, MAX_SEARCH_DAYS - 1).unwrap();
        let cal = WorkCalendar::new(HolidayRegion::None, vec![(start, end)]);
        let next = cal.next_working_day(start).unwrap();
        assert!(next > end);
    }

    #[test]
    fn extreme_years_do_not_panic() {
        for year in [i16::MIN, -9999, 0, 1582, 10000, i16::MAX] {
            assert!(holidays(HolidayRegion::Dk, year).is_empty());
            assert!(holidays(HolidayRegion::Se, year).is_empty());
        }
        assert_eq!(holidays(HolidayRegion::Dk, 9999).len(), 13);
        assert_eq!(holidays(HolidayRegion::Se, 9999).len(), 16);
        assert_eq!(holidays(HolidayRegion::Dk, 1583).len(), 14);
        for region in [HolidayRegion::Dk, HolidayRegion::Se, HolidayRegion::None] {
            let cal = WorkCalendar::new(region, vec![]);
            // 9999-12-31 is a Friday and (dk/se) New Year's Eve; nothing after it.
            let _ = cal.is_working_day(Date::MAX);
            let _ = cal.why_closed(Date::MAX);
            let _ = cal.next_working_day(Date::MAX);
            let _ = cal.next_working_day(date(9999, 12, 25));
            let _ = cal.is_working_day(Date::MIN);
            let _ = cal.next_working_day(Date::MIN);
        }
        let dk = WorkCalendar::new(HolidayRegion::Dk, vec![]);
        let none = WorkCalendar::new(HolidayRegion::None, vec![]);
        assert_eq!(Date::MAX.weekday(), Weekday::Friday);
        assert_eq!(dk.next_working_day(Date::MAX), Option::None);
        assert_eq!(none.next_working_day(Date::MAX), Some(Date::MAX));
        // Fri 24 Dec 9999 closed, weekend, Mon 27 Dec.
        assert_eq!(
            dk.next_working_day(date(9999, 12, 24)),
            Some(date(9999, 12, 27))
        );
        assert_eq!(
            none.next_working_day(date(9999, 12, 24)),
            Some(date(9999, 12, 24))
        );
        assert_eq!(
            dk.next_working_day(date(9999, 12, 30)),
            Some(date(9999, 12, 30))
        );
        let closed_to_end =
            WorkCalendar::new(HolidayRegion::None, vec![(date(9999, 1, 1), Date::MAX)]);
        assert_eq!(
            closed_to_end.next_working_day(date(9999, 6, 1)),
            Option::None
        );
        // Years before 1583 have no holidays but weekends still apply.
        let old = date(1000, 1, 1);
        assert_eq!(dk.is_working_day(old), !is_weekend(old));
    }

    #[test]
    fn cache_and_clone() {
        let cal = WorkCalendar::new(
            HolidayRegion::Dk,
            vec![(date(2027, 7, 5), date(2027, 7, 30))],
        );
        // Many calls over several years: results stay consistent with the
        // free function.
        let mut d = date(2025, 1, 1);
        while d < date(2029, 1, 1) {
            let direct = holidays(HolidayRegion::Dk, d.year())
                .into_iter()
                .any(|h| h.date == d);
            assert_eq!(cal.holiday(d).is_some(), direct, "{d}");
            d = d.tomorrow().unwrap();
        }
        let copy = cal.clone();
        assert_eq!(copy.region(), HolidayRegion::Dk);
        assert_eq!(copy.closed(), cal.closed());
        assert_eq!(
            copy.next_working_day(date(2027, 7, 5)),
            Some(date(2027, 8, 2))
        );
        assert!(format!("{cal:?}").contains("WorkCalendar"));
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<WorkCalendar>();
    }
}
