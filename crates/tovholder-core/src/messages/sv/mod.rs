//! Svenska.

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
        "Vad den gör",
        "Varför det spelar roll",
        "Exempel",
        "Gör så här i stället",
    ],
    nouns: [
        "roll",
        "fas",
        "aktivitet",
        "mål",
        "checklista",
        "intressent",
        "spår",
    ],
    plurals: [
        "roller",
        "faser",
        "aktiviteter",
        "mål",
        "checklistor",
        "intressenter",
        "spår",
    ],
    defined_in_model: "definierad i modellen här",
    default_level: "Standardnivå",
    fixed: "fast",
    cannot_be_changed: "kan inte ändras",
    months: [
        "januari",
        "februari",
        "mars",
        "april",
        "maj",
        "juni",
        "juli",
        "augusti",
        "september",
        "oktober",
        "november",
        "december",
    ],
    weekdays: [
        "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag",
    ],
    units: [["dag", "dagar"], ["vecka", "veckor"], ["månad", "månader"]],
    decimal: ',',
};
