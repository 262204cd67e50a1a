//! English.

use super::Words;

mod cli;
mod config;
pub(crate) mod diff;

mod load;
mod models;
mod rules;
mod status;

pub(crate) static WORDS: Words = Words {
    load: load::text,
    models: models::text,
    rules: rules::text,
    config: config::text,
    cli: cli::text,
    status: status::text,
    docs: None,
    headings: ["What it does", "Why it matters", "Example", "Use instead"],
    nouns: [
        "role",
        "phase",
        "activity",
        "goal",
        "checklist",
        "stakeholder",
        "track",
    ],
    plurals: [
        "roles",
        "phases",
        "activities",
        "goals",
        "checklists",
        "stakeholders",
        "tracks",
    ],
    defined_in_model: "defined in the model here",
    default_level: "Default level",
    fixed: "fixed",
    cannot_be_changed: "cannot be changed",
    months: [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    weekdays: [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ],
    units: [["day", "days"], ["week", "weeks"], ["month", "months"]],
    decimal: '.',
};
