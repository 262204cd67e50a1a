//! `too-many-occurrences`: a recurrence the scheduler refuses to expand further.
//! Reported by the scheduler itself (`schedule::activities`); always an error.

declare_rule! {
    /// ## What it does
    /// Stops expanding a recurring activity after 10 000 occurrences, and a whole plan
    /// after 200 000, and reports the `every` value that caused it. The limits are
    /// fixed.
    ///
    /// ## Why it matters
    /// `every: 1 day` over an `ongoing` phase that runs for decades would fill
    /// calendars with hundreds of thousands of meetings nobody holds, and slow every
    /// tool that reads the compiled plan. It is almost always a unit mistake (`1 day`
    /// for `1 month`) or a missing end.
    ///
    /// ## Example
    /// ```yaml
    /// horizon: 50 years
    /// phases:
    ///   forankring: { duration: ongoing }
    /// activities:
    ///   tjek-ind:
    ///     phase: forankring
    ///     every: 1 day
    /// ```
    ///
    /// ## Use instead
    /// ```yaml
    /// horizon: 3 years
    /// phases:
    ///   forankring: { duration: ongoing }
    /// activities:
    ///   tjek-ind:
    ///     phase: forankring
    ///     every: 1 month
    /// ```
    pub static RULE = "too-many-occurrences", Deny,
        "An activity repeats more often than the scheduler expands (10 000 per activity, 200 000 per plan)",
        models: false, needs_schedule: true, configurable: false;
}
