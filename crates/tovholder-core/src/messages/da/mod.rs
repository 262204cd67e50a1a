//! Dansk.

use super::Words;

mod cli;
mod config;
pub(crate) mod diff;
mod docs;
mod load;
mod models;
mod rules;
mod status;

pub(super) static WORDS: Words = Words {
    load: load::text,
    models: models::text,
    rules: rules::text,
    config: config::text,
    cli: cli::text,
    status: status::text,
    docs: Some(docs::DOCS),
    headings: [
        "Hvad den gør",
        "Hvorfor det er vigtigt",
        "Eksempel",
        "Gør i stedet",
    ],
    nouns: [
        "rolle",
        "fase",
        "aktivitet",
        "mål",
        "tjekliste",
        "interessent",
        "spor",
    ],
    plurals: [
        "roller",
        "faser",
        "aktiviteter",
        "mål",
        "tjeklister",
        "interessenter",
        "spor",
    ],
    defined_in_model: "defineret i modellen her",
    default_level: "Standardniveau",
    fixed: "fast",
    cannot_be_changed: "kan ikke ændres",
    months: [
        "januar",
        "februar",
        "marts",
        "april",
        "maj",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "december",
    ],
    weekdays: [
        "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag",
    ],
    units: [["dag", "dage"], ["uge", "uger"], ["måned", "måneder"]],
    decimal: ',',
};
