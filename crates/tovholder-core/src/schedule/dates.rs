//! Date arithmetic for schedules: adding units, and the nominal rule for ranges.
//!
//! **The nominal rule.** A range `N-M unit` added to a date `D` is the window
//! from `D + N unit` (earliest) to `D + M unit` (latest). Its *nominal* date — the
//! one calendars print — is `D + (N+M)/2 unit`. When `N+M` is odd the midpoint is a
//! half unit:
//! - for days and weeks it is rounded up to the next whole unit, so weekly
//!   rhythms keep their weekday (`1-2 weeks` → 2 weeks, `3-4 weeks` → 4 weeks);
//! - for months and years the nominal date is the day halfway between the two
//!   neighbouring whole units, rounded up (`1-2 months` from 4 January 2027 is
//!   18 February 2027: halfway between 4 February and 4 March).
//!
//! The same rule gives the nominal interval of a recurrence (`4-6 weeks` → every
//! 5 weeks, `1-2 months` → every 1½ months, counted in half months so that the
//! k-th occurrence never drifts): occurrence `k` is at `start + k × nominal`.
//!
//! Months are added as calendar months and clamp to the end of a shorter month
//! (31 January + 1 month = 28 or 29 February). A recurrence adds `k × interval` to
//! its first date instead of stepping from the previous occurrence, so a meeting
//! on the 31st comes back to the 31st after a short month.

use crate::duration::{Range, TimeUnit};
use jiff::Span;
use jiff::civil::Date;

/// A window of dates: earliest, nominal and latest.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Win {
    pub earliest: Date,
    pub nominal: Date,
    pub latest: Date,
}

impl Win {
    /// The same date three times.
    pub fn at(d: Date) -> Win {
        Win {
            earliest: d,
            nominal: d,
            latest: d,
        }
    }
}

/// `d + n units`, or `None` when the result is not a representable date.
pub fn add_units(d: Date, n: i64, unit: TimeUnit) -> Option<Date> {
    let span = match unit {
        TimeUnit::Day => Span::new().try_days(n).ok()?,
        TimeUnit::Week => Span::new().try_days(n.checked_mul(7)?).ok()?,
        TimeUnit::Month => Span::new().try_months(n).ok()?,
        TimeUnit::Year => Span::new().try_years(n).ok()?,
    };
    d.checked_add(span).ok()
}

/// `d + n days`, or `None` when out of range.
pub fn add_days(d: Date, n: i64) -> Option<Date> {
    add_units(d, n, TimeUnit::Day)
}

/// Whole days from `a` to `b` (negative when `b` is earlier).
pub fn days_between(a: Date, b: Date) -> i64 {
    a.until(b).map(|s| i64::from(s.get_days())).unwrap_or(0)
}

/// The nominal length of a range in half units (see the module docs).
pub fn nominal_halves(r: Range) -> u64 {
    let sum = u64::from(r.min) + u64::from(r.max);
    match r.unit {
        TimeUnit::Day | TimeUnit::Week => sum + sum % 2,
        TimeUnit::Month | TimeUnit::Year => sum,
    }
}

/// `d + halves/2 units`: whole units as calendar arithmetic, a half unit as the
/// day halfway between the two neighbouring whole units (rounded up).
pub fn add_halves(d: Date, halves: u64, unit: TimeUnit) -> Option<Date> {
    let whole = i64::try_from(halves / 2).ok()?;
    let lo = add_units(d, whole, unit)?;
    if halves.is_multiple_of(2) {
        return Some(lo);
    }
    let hi = add_units(d, whole.checked_add(1)?, unit)?;
    let gap = days_between(lo, hi);
    add_days(lo, (gap + 1) / 2)
}

/// The window `k × range` after `base`: earliest `base.earliest + k·N`, nominal by
/// the nominal rule, latest `base.latest + k·M`. `None` when a date overflows.
pub fn after(base: Win, r: Range, k: u64) -> Option<Win> {
    let unit = r.unit;
    let earliest = add_units(
        base.earliest,
        i64::try_from(k.checked_mul(u64::from(r.min))?).ok()?,
        unit,
    )?;
    let latest = add_units(
        base.latest,
        i64::try_from(k.checked_mul(u64::from(r.max))?).ok()?,
        unit,
    )?;
    let nominal = add_halves(base.nominal, k.checked_mul(nominal_halves(r))?, unit)?;
    Some(Win {
        earliest,
        nominal,
        latest,
    })
}

/// The nominal value of a length in minutes: the midpoint, rounded up.
pub fn nominal_minutes(min: u32, max: u32) -> u32 {
    let sum = u64::from(min) + u64::from(max);
    u32::try_from(sum.div_ceil(2)).unwrap_or(u32::MAX)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::duration::parse_range;
    use jiff::civil::date;

    fn nominal(d: Date, r: &str) -> Date {
        after(Win::at(d), parse_range(r).unwrap(), 1)
            .unwrap()
            .nominal
    }

    #[test]
    fn nominal_rule() {
        let d = date(2027, 1, 4);
        assert_eq!(nominal(d, "1-3 months"), date(2027, 3, 4));
        assert_eq!(nominal(d, "4-6 weeks"), date(2027, 2, 8));
        assert_eq!(nominal(d, "1-2 weeks"), date(2027, 1, 18));
        assert_eq!(nominal(d, "3-4 weeks"), date(2027, 2, 1));
        assert_eq!(nominal(d, "1-2 days"), date(2027, 1, 6));
        // Halfway between 4 February and 4 March (28 days): 18 February.
        assert_eq!(nominal(d, "1-2 months"), date(2027, 2, 18));
        // Halfway between 4 January 2028 and 4 January 2029 (366 days, leap year).
        assert_eq!(nominal(d, "1-2 years"), date(2028, 7, 5));
        let w = after(Win::at(d), parse_range("1-3 months").unwrap(), 1).unwrap();
        assert_eq!((w.earliest, w.latest), (date(2027, 2, 4), date(2027, 4, 4)));
    }

    #[test]
    fn month_ends_clamp_and_multiples_do_not_drift() {
        let d = date(2027, 1, 31);
        let r = parse_range("1 month").unwrap();
        let dates: Vec<Date> = (0..4)
            .map(|k| after(Win::at(d), r, k).unwrap().nominal)
            .collect();
        assert_eq!(
            dates,
            [
                date(2027, 1, 31),
                date(2027, 2, 28),
                date(2027, 3, 31),
                date(2027, 4, 30)
            ]
        );
        // Leap years: 29 February only when there is one.
        let leap = date(2028, 2, 29);
        assert_eq!(nominal(leap, "1 year"), date(2029, 2, 28));
        assert_eq!(nominal(leap, "4 years"), date(2032, 2, 29));
        assert_eq!(nominal(date(2027, 1, 31), "1 month"), date(2027, 2, 28));
        assert_eq!(nominal(date(2028, 1, 31), "1 month"), date(2028, 2, 29));
        // 1½ months from 31 January: halfway between 28/29 Feb and 31 March.
        assert_eq!(nominal(date(2028, 1, 31), "1-2 months"), date(2028, 3, 16));
    }

    #[test]
    fn overflow_is_none_not_a_panic() {
        let r = parse_range("100000 years").unwrap();
        assert_eq!(after(Win::at(date(2027, 1, 1)), r, 1), None);
        assert_eq!(add_units(Date::MAX, 1, TimeUnit::Day), None);
        assert_eq!(add_halves(Date::MAX, 1, TimeUnit::Month), None);
        assert_eq!(nominal_minutes(120, 180), 150);
        assert_eq!(nominal_minutes(u32::MAX, u32::MAX), u32::MAX);
    }
}
