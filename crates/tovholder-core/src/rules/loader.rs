//! Findings the loader reports itself: the file is not a valid plan. Always errors;
//! configuration cannot change them.

declare_rule! {
    /// ## What it does
    /// Reports YAML that cannot be parsed: an unclosed bracket, a tab used for
    /// indentation, a bad indent, nesting deeper than 24 levels, or aliases that expand
    /// beyond the budget ("billion laughs").
    ///
    /// ## Why it matters
    /// Nothing else can be checked until the file parses.
    ///
    /// ## Example
    /// ```yaml
    /// phases: [beslutning, klar
    /// ```
    ///
    /// ## Use instead
    /// ```yaml
    /// phases: [beslutning, klar]
    /// ```
    pub static YAML_SYNTAX = "yaml-syntax", Deny, "The file is not valid YAML",
        configurable: false;
}
declare_rule! {
    /// ## What it does
    /// Reports files that are not UTF-8: UTF-16 (often from Windows tools), Latin-1, or
    /// binary data. A UTF-8 byte-order mark is accepted.
    ///
    /// ## Why it matters
    /// Danish and Swedish letters (æ, ø, å, ä, ö) only survive as UTF-8.
    ///
    /// ## Example
    /// A plan saved as "Unicode" from Notepad (UTF-16).
    ///
    /// ## Use instead
    /// Save the file as UTF-8.
    pub static FILE_ENCODING = "file-encoding", Deny, "The file is not UTF-8 text",
        configurable: false;
}
declare_rule! {
    /// ## What it does
    /// Refuses files over 16 MiB without reading them.
    ///
    /// ## Why it matters
    /// No real plan is that large; the cap keeps a mistaken path (a log, a dump) from
    /// exhausting memory.
    ///
    /// ## Example
    /// `tovholder check big-export.yaml` on a 60 MB file.
    ///
    /// ## Use instead
    /// Split the plan into a model and plans that use it.
    pub static FILE_TOO_LARGE = "file-too-large", Deny, "The file is larger than the 16 MiB limit",
        configurable: false;
}
declare_rule! {
    /// ## What it does
    /// Reports a file with no content (or only comments).
    ///
    /// ## Why it matters
    /// An empty plan is usually a file saved too early or a wrong path.
    ///
    /// ## Example
    /// An empty `plan.yaml`.
    ///
    /// ## Use instead
    /// Start from `tovholder init --model models/ics.yaml`.
    pub static EMPTY_FILE = "empty-file", Deny, "The file is empty",
        configurable: false;
}
declare_rule! {
    /// ## What it does
    /// Reports a `---` separator followed by a second document.
    ///
    /// ## Why it matters
    /// A plan is one document; a second one would be silently ignored by other tools.
    ///
    /// ## Example
    /// ```yaml
    /// id: a
    /// ---
    /// id: b
    /// ```
    ///
    /// ## Use instead
    /// One plan per file.
    pub static MULTIPLE_DOCUMENTS = "multiple-documents", Deny,
        "The file holds more than one YAML document",
        configurable: false;
}
declare_rule! {
    /// ## What it does
    /// Reports keys that are not part of the plan language, with a suggestion for the
    /// nearest known key.
    ///
    /// ## Why it matters
    /// A misspelt key (`exit_critera`) would otherwise be ignored and the information
    /// lost.
    ///
    /// ## Example
    /// ```yaml
    /// phases:
    ///   beslutning: { duration: 1-3 months, exit_critera: [Beslutning truffet] }
    /// ```
    ///
    /// ## Use instead
    /// ```yaml
    /// phases:
    ///   beslutning: { duration: 1-3 months, exit_criteria: [Beslutning truffet] }
    /// ```
    pub static UNKNOWN_KEY = "unknown-key", Deny, "A key the plan language does not know",
        configurable: false;
}
declare_rule! {
    /// ## What it does
    /// Reports a value of the wrong YAML type: a list where text is expected, a number
    /// where a mapping is expected.
    ///
    /// ## Why it matters
    /// The value cannot be used as written.
    ///
    /// ## Example
    /// ```yaml
    /// roles:
    ///   superbruger: [Anna]
    /// ```
    ///
    /// ## Use instead
    /// ```yaml
    /// roles:
    ///   superbruger: { owner: [Anna] }
    /// ```
    pub static INVALID_TYPE = "invalid-type", Deny, "A value of the wrong type",
        configurable: false;
}
declare_rule! {
    /// ## What it does
    /// Reports durations, intervals, lengths, hours, dates and times that cannot be
    /// parsed, such as `3 monts` or `2027-02-30`, with a suggestion where one is close.
    ///
    /// ## Why it matters
    /// The schedule is built from these values.
    ///
    /// ## Example
    /// ```yaml
    /// duration: 3 monts
    /// ```
    ///
    /// ## Use instead
    /// ```yaml
    /// duration: 3 months
    /// ```
    pub static INVALID_VALUE = "invalid-value", Deny, "A value that cannot be understood",
        configurable: false;
}
declare_rule! {
    /// ## What it does
    /// Reports ids with characters other than lower-case letters, digits and single
    /// hyphens (such as spaces, `/` or `..`).
    ///
    /// ## Why it matters
    /// Ids become file names and calendar UIDs; a path in an id could steer output
    /// outside its folder.
    ///
    /// ## Example
    /// ```yaml
    /// roles:
    ///   ../leder: { name: Leder }
    /// ```
    ///
    /// ## Use instead
    /// ```yaml
    /// roles:
    ///   leder: { name: Leder }
    /// ```
    pub static INVALID_ID = "invalid-id", Deny, "An id that is not kebab-case",
        configurable: false;
}
declare_rule! {
    /// ## What it does
    /// Reports a plan without `id` or `title`, and a phase without `duration`.
    ///
    /// ## Why it matters
    /// Documents need a title, files and calendars an id, and the schedule a duration
    /// for every phase.
    ///
    /// ## Example
    /// ```yaml
    /// phases:
    ///   beslutning: { name: Beslutning }
    /// ```
    ///
    /// ## Use instead
    /// ```yaml
    /// phases:
    ///   beslutning: { name: Beslutning, duration: 1-3 months }
    /// ```
    pub static MISSING_KEY = "missing-key", Deny, "A required key is missing",
        configurable: false;
}
declare_rule! {
    /// ## What it does
    /// Reports a key written twice in the same mapping, labelling both.
    ///
    /// ## Why it matters
    /// Only one value can win; the other is silently lost in most tools.
    ///
    /// ## Example
    /// ```yaml
    /// beslutning: { duration: 1-3 months, duration: 2 months }
    /// ```
    ///
    /// ## Use instead
    /// Keep one.
    pub static DUPLICATE_KEY = "duplicate-key", Deny, "The same key twice in one mapping",
        configurable: false;
}
declare_rule! {
    /// ## What it does
    /// Reports two entities with the same id in one section, labelling both
    /// definitions.
    ///
    /// ## Why it matters
    /// References to the id become ambiguous and one definition is lost.
    ///
    /// ## Example
    /// ```yaml
    /// activities:
    ///   laeringsmoede: { phase: i-gang, every: 2 months }
    ///   laeringsmoede: { phase: forankring, every: 3 months }
    /// ```
    ///
    /// ## Use instead
    /// ```yaml
    /// activities:
    ///   laeringsmoede: { phases: [i-gang, forankring], every: 2 months }
    /// ```
    pub static DUPLICATE_ID = "duplicate-id", Deny, "Two entities with the same id",
        configurable: false;
}
declare_rule! {
    /// ## What it does
    /// Reports a file that holds more than tovholder keeps of it: more than 200,000
    /// entities in a plan (all sections together) or entries in a journal — the rest
    /// is parsed but not read — and more than 10,000 findings of one stage of the
    /// check (the loader, the rules), past which findings are only counted. The count
    /// is one finding at the level of the most serious finding not kept, so the exit
    /// code and the totals of errors and warnings stay true.
    ///
    /// ## Why it matters
    /// A plan of 100,000 entities is already far beyond any real plan; a file past
    /// the limits is an export or a generated file, and reading all of it would cost
    /// gigabytes. What is not read is not checked: the plan checked is not the plan
    /// written.
    ///
    /// ## Example
    /// ```yaml
    /// activities:
    ///   a1: {}
    ///   # … 1,500,000 more
    /// ```
    ///
    /// ## Use instead
    /// Split the plan into a model and plans that use it, and a journal into a file per
    /// year (`log:` names several). Fix the first findings and check again.
    pub static LIMIT_EXCEEDED = "limit-exceeded", Deny,
        "More entities or findings in a file than tovholder keeps",
        configurable: false;
}
