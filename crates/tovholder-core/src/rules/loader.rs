//! Findings the loader reports itself: the file is not a valid plan. Always errors;
//! configuration cannot change them.

reported_rule!(
    YAML_SYNTAX,
    "yaml-syntax",
    "The file is not valid YAML",
    "Filen er ikke gyldig YAML",
    "## What it does\nReports YAML that cannot be parsed: an unclosed bracket, a tab used for indentation, a bad indent, nesting deeper than 24 levels, or aliases that expand beyond the budget (\"billion laughs\").\n\n## Why it matters\nNothing else can be checked until the file parses.\n\n## Example\n```yaml\nphases: [beslutning, klar\n```\n\n## Use instead\n```yaml\nphases: [beslutning, klar]\n```\n"
);
reported_rule!(
    FILE_ENCODING,
    "file-encoding",
    "The file is not UTF-8 text",
    "Filen er ikke UTF-8-tekst",
    "## What it does\nReports files that are not UTF-8: UTF-16 (often from Windows tools), Latin-1, or binary data. A UTF-8 byte-order mark is accepted.\n\n## Why it matters\nDanish and Swedish letters (æ, ø, å, ä, ö) only survive as UTF-8.\n\n## Example\nA plan saved as \"Unicode\" from Notepad (UTF-16).\n\n## Use instead\nSave the file as UTF-8.\n"
);
reported_rule!(
    FILE_TOO_LARGE,
    "file-too-large",
    "The file is larger than the 16 MiB limit",
    "Filen er større end grænsen på 16 MiB",
    "## What it does\nRefuses files over 16 MiB without reading them.\n\n## Why it matters\nNo real plan is that large; the cap keeps a mistaken path (a log, a dump) from exhausting memory.\n\n## Example\n`tovholder check big-export.yaml` on a 60 MB file.\n\n## Use instead\nSplit the plan into a model and plans that use it.\n"
);
reported_rule!(
    EMPTY_FILE,
    "empty-file",
    "The file is empty",
    "Filen er tom",
    "## What it does\nReports a file with no content (or only comments).\n\n## Why it matters\nAn empty plan is usually a file saved too early or a wrong path.\n\n## Example\nAn empty `plan.yaml`.\n\n## Use instead\nStart from `tovholder init --model models/ics.yaml`.\n"
);
reported_rule!(
    MULTIPLE_DOCUMENTS,
    "multiple-documents",
    "The file holds more than one YAML document",
    "Filen indeholder mere end ét YAML-dokument",
    "## What it does\nReports a `---` separator followed by a second document.\n\n## Why it matters\nA plan is one document; a second one would be silently ignored by other tools.\n\n## Example\n```yaml\nid: a\n---\nid: b\n```\n\n## Use instead\nOne plan per file.\n"
);
reported_rule!(
    UNKNOWN_KEY,
    "unknown-key",
    "A key the plan language does not know",
    "En nøgle, planens sprog ikke kender",
    "## What it does\nReports keys that are not part of the plan language, with a suggestion for the nearest known key.\n\n## Why it matters\nA misspelt key (`exit_critera`) would otherwise be ignored and the information lost.\n\n## Example\n```yaml\nphases:\n  beslutning: { duration: 1-3 months, exit_critera: [Beslutning truffet] }\n```\n\n## Use instead\n```yaml\nphases:\n  beslutning: { duration: 1-3 months, exit_criteria: [Beslutning truffet] }\n```\n"
);
reported_rule!(
    INVALID_TYPE,
    "invalid-type",
    "A value of the wrong type",
    "En værdi af forkert type",
    "## What it does\nReports a value of the wrong YAML type: a list where text is expected, a number where a mapping is expected.\n\n## Why it matters\nThe value cannot be used as written.\n\n## Example\n```yaml\nroles:\n  superbruger: [Anna]\n```\n\n## Use instead\n```yaml\nroles:\n  superbruger: { owner: [Anna] }\n```\n"
);
reported_rule!(
    INVALID_VALUE,
    "invalid-value",
    "A value that cannot be understood",
    "En værdi, der ikke kan forstås",
    "## What it does\nReports durations, intervals, lengths, hours, dates and times that cannot be parsed, such as `3 monts` or `2027-02-30`, with a suggestion where one is close.\n\n## Why it matters\nThe schedule is built from these values.\n\n## Example\n```yaml\nduration: 3 monts\n```\n\n## Use instead\n```yaml\nduration: 3 months\n```\n"
);
reported_rule!(
    INVALID_ID,
    "invalid-id",
    "An id that is not kebab-case",
    "Et id, der ikke er skrevet med små bogstaver og bindestreger",
    "## What it does\nReports ids with characters other than lower-case letters, digits and single hyphens (such as spaces, `/` or `..`).\n\n## Why it matters\nIds become file names and calendar UIDs; a path in an id could steer output outside its folder.\n\n## Example\n```yaml\nroles:\n  ../leder: { name: Leder }\n```\n\n## Use instead\n```yaml\nroles:\n  leder: { name: Leder }\n```\n"
);
reported_rule!(
    MISSING_KEY,
    "missing-key",
    "A required key is missing",
    "En påkrævet nøgle mangler",
    "## What it does\nReports a plan without `id` or `title`, and a phase without `duration`.\n\n## Why it matters\nDocuments need a title, files and calendars an id, and the schedule a duration for every phase.\n\n## Example\n```yaml\nphases:\n  beslutning: { name: Beslutning }\n```\n\n## Use instead\n```yaml\nphases:\n  beslutning: { name: Beslutning, duration: 1-3 months }\n```\n"
);
reported_rule!(
    DUPLICATE_KEY,
    "duplicate-key",
    "The same key twice in one mapping",
    "Den samme nøgle to gange i én mapping",
    "## What it does\nReports a key written twice in the same mapping, labelling both.\n\n## Why it matters\nOnly one value can win; the other is silently lost in most tools.\n\n## Example\n```yaml\nbeslutning: { duration: 1-3 months, duration: 2 months }\n```\n\n## Use instead\nKeep one.\n"
);
reported_rule!(
    DUPLICATE_ID,
    "duplicate-id",
    "Two entities with the same id",
    "To enheder med samme id",
    "## What it does\nReports two entities with the same id in one section, labelling both definitions.\n\n## Why it matters\nReferences to the id become ambiguous and one definition is lost.\n\n## Example\n```yaml\nactivities:\n  laeringsmoede: { phase: i-gang, every: 2 months }\n  laeringsmoede: { phase: forankring, every: 3 months }\n```\n\n## Use instead\n```yaml\nactivities:\n  laeringsmoede: { phases: [i-gang, forankring], every: 2 months }\n```\n"
);
