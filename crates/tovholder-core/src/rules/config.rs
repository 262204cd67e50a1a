//! Findings about `tovholder.toml` itself: the configuration file has a mistake.
//!
//! The command line reads the file and reports these; they live in the catalogue so
//! that `explain` and `docs/rules.md` cover them. Always errors; configuration
//! cannot change them (a broken configuration must not be able to silence itself).

reported_rule!(
    CONFIG_SYNTAX,
    "config-syntax",
    "`tovholder.toml` is not valid TOML",
    "`tovholder.toml` er ikke gyldig TOML",
    concat!(
        "## What it does\n",
        "Reports a `tovholder.toml` that cannot be parsed as TOML (an unclosed string or table header, a key written twice, text that is not UTF-8). ",
        "None of the file's settings are used: every plan it governs is checked with the default levels.\n\n",
        "## Why it matters\n",
        "A configuration that silently stopped working would change which findings block a merge without anyone noticing.\n\n",
        "## Example\n",
        "```toml\n[lints\nrole-without-owner = \"deny\"\n```\n\n",
        "## Use instead\n",
        "```toml\n[lints]\nrole-without-owner = \"deny\"\n```\n"
    )
);

reported_rule!(
    CONFIG_UNKNOWN_KEY,
    "config-unknown-key",
    "A key `tovholder.toml` does not know",
    "En nøgle, `tovholder.toml` ikke kender",
    concat!(
        "## What it does\n",
        "Reports keys and tables that are not part of the configuration format, with the nearest known key. ",
        "The top level knows `preset`, `lints`, `options` and `overrides`; an override knows `paths`, `lints` and `options`; ",
        "`options` knows the rules that take options and their option names.\n\n",
        "## Why it matters\n",
        "A misspelt table (`[lint]`) would otherwise be ignored, and the levels it sets would never apply.\n\n",
        "## Example\n",
        "```toml\n[lint]\nrole-without-owner = \"deny\"\n```\n\n",
        "## Use instead\n",
        "```toml\n[lints]\nrole-without-owner = \"deny\"\n```\n"
    )
);

reported_rule!(
    CONFIG_INVALID_VALUE,
    "config-invalid-value",
    "A configuration value of the wrong type or out of range",
    "En konfigurationsværdi af forkert type eller uden for det tilladte",
    concat!(
        "## What it does\n",
        "Reports a value `tovholder.toml` cannot use: an unknown `preset`, a rule option out of range ",
        "(`momentum-gap` `weeks` must be a whole number from 1 to 104), `paths` that is not a list of strings, ",
        "or an override without `paths`.\n\n",
        "## Why it matters\n",
        "The setting is ignored, so the check would run with other levels or options than the file says.\n\n",
        "## Example\n",
        "```toml\npreset = \"strikt\"\n\n[options.momentum-gap]\nweeks = \"otte\"\n```\n\n",
        "## Use instead\n",
        "```toml\npreset = \"strict\"\n\n[options.momentum-gap]\nweeks = 8\n```\n"
    )
);

reported_rule!(
    CONFIG_UNKNOWN_RULE,
    "config-unknown-rule",
    "`tovholder.toml` names a rule that does not exist",
    "`tovholder.toml` nævner en regel, der ikke findes",
    concat!(
        "## What it does\n",
        "Reports a rule name in `[lints]` or in an override's `lints` that is not in the catalogue, with the nearest rule name ",
        "(`tovholder rules` lists them all).\n\n",
        "## Why it matters\n",
        "A misspelt rule name sets nothing: the rule keeps its default level while the file seems to say otherwise.\n\n",
        "## Example\n",
        "```toml\n[lints]\nrole-without-ower = \"deny\"\n```\n\n",
        "## Use instead\n",
        "```toml\n[lints]\nrole-without-owner = \"deny\"\n```\n"
    )
);

reported_rule!(
    CONFIG_INVALID_LEVEL,
    "config-invalid-level",
    "A rule level other than `allow`, `warn` or `deny`",
    "Et regelniveau, der ikke er `allow`, `warn` eller `deny`",
    concat!(
        "## What it does\n",
        "Reports a level in `[lints]` that is not one of `allow` (the rule does not run), `warn` (a warning; the check passes) ",
        "or `deny` (an error; the check fails), with the nearest level (`warning` → `warn`, `error` → `deny`, `off` → `allow`).\n\n",
        "## Why it matters\n",
        "The rule keeps its previous level, which is probably not what was meant.\n\n",
        "## Example\n",
        "```toml\n[lints]\nrole-without-owner = \"error\"\n```\n\n",
        "## Use instead\n",
        "```toml\n[lints]\nrole-without-owner = \"deny\"\n```\n"
    )
);

reported_rule!(
    CONFIG_INVALID_GLOB,
    "config-invalid-glob",
    "An override path pattern that is not a valid glob",
    "Et stimønster i en override, der ikke er et gyldigt glob",
    concat!(
        "## What it does\n",
        "Reports a pattern in an override's `paths` that cannot be parsed as a glob (an unclosed `[` or `{`, ",
        "a `**` that is not a whole path component). Patterns are matched against a plan's path relative to the folder ",
        "that holds `tovholder.toml`, with `/` between folders: `*` stays within one folder, `**` crosses folders.\n\n",
        "## Why it matters\n",
        "The override would never apply, and the plans it was meant for are checked with the wrong levels.\n\n",
        "## Example\n",
        "```toml\n[[overrides]]\npaths = [\"models/[ab\"]\nlints = { role-without-owner = \"allow\" }\n```\n\n",
        "## Use instead\n",
        "```toml\n[[overrides]]\npaths = [\"models/**\"]\nlints = { role-without-owner = \"allow\" }\n```\n"
    )
);

reported_rule!(
    CONFIG_FIXED_RULE,
    "config-fixed-rule",
    "`tovholder.toml` tries to change a rule whose level is fixed",
    "`tovholder.toml` prøver at ændre en regel med fast niveau",
    concat!(
        "## What it does\n",
        "Reports a level set for a rule that configuration cannot change: the rules that say the file is not a plan ",
        "(`yaml-syntax`, `unknown-key`, `invalid-value`, …), `unknown-reference`, `dependency-cycle` and the `config-*` rules. ",
        "`tovholder rules` marks them `(fixed)`.\n\n",
        "## Why it matters\n",
        "These findings mean the plan cannot be compiled as written; silencing them would hide a broken plan rather than a choice.\n\n",
        "## Example\n",
        "```toml\n[lints]\nunknown-reference = \"warn\"\n```\n\n",
        "## Use instead\n",
        "Fix the reference in the plan.\n"
    )
);
