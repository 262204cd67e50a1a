//! English.

use super::Words;

mod cli;
mod config;

mod load;
mod models;
mod rules;

pub(super) static WORDS: Words = Words {
    load: load::text,
    models: models::text,
    rules: rules::text,
    config: config::text,
    cli: cli::text,
    docs: None,
    headings: ["What it does", "Why it matters", "Example", "Use instead"],
    nouns: [
        "role",
        "phase",
        "activity",
        "goal",
        "checklist",
        "stakeholder",
    ],
    defined_in_model: "defined in the model here",
};
