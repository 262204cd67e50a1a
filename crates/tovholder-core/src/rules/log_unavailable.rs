//! `log-unavailable`: a journal the plan names (or one beside it) cannot be read.
//! Reported by the journal's loader; always an error.

declare_rule! {
    /// ## What it does
    /// Reports a journal named in the plan's `log:` that cannot be read: a missing
    /// file, a folder, a FIFO or a device, a URL, a path outside the repository root,
    /// a file over the size limit, or one that is not UTF-8. Also a
    /// `<plan-file-stem>.log.yaml` beside the plan that exists but cannot be read.
    ///
    /// ## Why it matters
    /// A journal that is not read looks like a journal where nothing was recorded:
    /// every follow-up finding would be wrong.
    ///
    /// ## Example
    /// ```yaml
    /// log: [opfoelgning-2072.yaml]
    /// ```
    ///
    /// ## Use instead
    /// ```yaml
    /// log: [opfoelgning-2027.yaml]
    /// ```
    pub static RULE = "log-unavailable", Deny, "A journal of the plan cannot be read",
        configurable: false;
}
