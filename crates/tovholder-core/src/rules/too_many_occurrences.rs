//! `too-many-occurrences`: a recurrence the scheduler refuses to expand further.
//! Reported by the scheduler itself (`schedule::activities`); always an error.

use super::{Rule, RuleLevel};

pub static RULE: Rule = Rule {
    name: "too-many-occurrences",
    level: RuleLevel::Deny,
    summary: "An activity repeats more often than the scheduler expands (10 000 per activity, 200 000 per plan)",
    summary_da: "En aktivitet gentages oftere, end skemalæggeren udfolder (10 000 pr. aktivitet, 200 000 pr. plan)",
    doc_lines: &[],
    doc: "## What it does\nStops expanding a recurring activity after 10 000 occurrences, and a whole plan after 200 000, and reports the `every` value that caused it. The limits are fixed.\n\n## Why it matters\n`every: 1 day` over an `ongoing` phase that runs for decades would fill calendars with hundreds of thousands of meetings nobody holds, and slow every tool that reads the compiled plan. It is almost always a unit mistake (`1 day` for `1 month`) or a missing end.\n\n## Example\n```yaml\nhorizon: 50 years\nphases:\n  forankring: { duration: ongoing }\nactivities:\n  tjek-ind:\n    phase: forankring\n    every: 1 day\n```\n\n## Use instead\n```yaml\nhorizon: 3 years\nphases:\n  forankring: { duration: ongoing }\nactivities:\n  tjek-ind:\n    phase: forankring\n    every: 1 month\n```\n",
    models: false,
    needs_schedule: true,
    configurable: false,
    check: None,
};
