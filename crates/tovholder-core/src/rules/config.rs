//! Findings about `tovholder.toml` itself: the configuration file has a mistake.
//!
//! The command line reads the file and reports these; they live in the catalogue so
//! that `explain` and `docs/rules.md` cover them. Always errors; configuration
//! cannot change them (a broken configuration must not be able to silence itself).

declare_rule! {
    /// ## What it does
    /// Reports a `tovholder.toml` that cannot be parsed as TOML (an unclosed string or
    /// table header, a key written twice, text that is not UTF-8). None of the file's
    /// settings are used: every plan it governs is checked with the default levels.
    ///
    /// ## Why it matters
    /// A configuration that silently stopped working would change which findings block
    /// a merge without anyone noticing.
    ///
    /// ## Example
    /// ```toml
    /// [lints
    /// role-without-owner = "deny"
    /// ```
    ///
    /// ## Use instead
    /// ```toml
    /// [lints]
    /// role-without-owner = "deny"
    /// ```
    pub static CONFIG_SYNTAX = "config-syntax", Deny, "`tovholder.toml` is not valid TOML",
        configurable: false;
}

declare_rule! {
    /// ## What it does
    /// Reports keys and tables that are not part of the configuration format, with the
    /// nearest known key. The top level knows `preset`, `lints`, `options` and
    /// `overrides`; an override knows `paths`, `lints` and `options`; `options` knows
    /// the rules that take options and their option names.
    ///
    /// ## Why it matters
    /// A misspelt table (`[lint]`) would otherwise be ignored, and the levels it sets
    /// would never apply.
    ///
    /// ## Example
    /// ```toml
    /// [lint]
    /// role-without-owner = "deny"
    /// ```
    ///
    /// ## Use instead
    /// ```toml
    /// [lints]
    /// role-without-owner = "deny"
    /// ```
    pub static CONFIG_UNKNOWN_KEY = "config-unknown-key", Deny,
        "A key `tovholder.toml` does not know",
        configurable: false;
}

declare_rule! {
    /// ## What it does
    /// Reports a value `tovholder.toml` cannot use: an unknown `preset`, a rule option
    /// out of range (`momentum-gap` `weeks` must be a whole number from 1 to 104),
    /// `paths` that is not a list of strings, or an override without `paths`.
    ///
    /// ## Why it matters
    /// The setting is ignored, so the check would run with other levels or options than
    /// the file says.
    ///
    /// ## Example
    /// ```toml
    /// preset = "strikt"
    ///
    /// [options.momentum-gap]
    /// weeks = "otte"
    /// ```
    ///
    /// ## Use instead
    /// ```toml
    /// preset = "strict"
    ///
    /// [options.momentum-gap]
    /// weeks = 8
    /// ```
    pub static CONFIG_INVALID_VALUE = "config-invalid-value", Deny,
        "A configuration value of the wrong type or out of range",
        configurable: false;
}

declare_rule! {
    /// ## What it does
    /// Reports a rule name in `[lints]` or in an override's `lints` that is not in the
    /// catalogue, with the nearest rule name (`tovholder rules` lists them all).
    ///
    /// ## Why it matters
    /// A misspelt rule name sets nothing: the rule keeps its default level while the
    /// file seems to say otherwise.
    ///
    /// ## Example
    /// ```toml
    /// [lints]
    /// role-without-ower = "deny"
    /// ```
    ///
    /// ## Use instead
    /// ```toml
    /// [lints]
    /// role-without-owner = "deny"
    /// ```
    pub static CONFIG_UNKNOWN_RULE = "config-unknown-rule", Deny,
        "`tovholder.toml` names a rule that does not exist",
        configurable: false;
}

declare_rule! {
    /// ## What it does
    /// Reports a level in `[lints]` that is not one of `allow` (the rule does not run),
    /// `warn` (a warning; the check passes) or `deny` (an error; the check fails), with
    /// the nearest level (`warning` → `warn`, `error` → `deny`, `off` → `allow`).
    ///
    /// ## Why it matters
    /// The rule keeps its previous level, which is probably not what was meant.
    ///
    /// ## Example
    /// ```toml
    /// [lints]
    /// role-without-owner = "error"
    /// ```
    ///
    /// ## Use instead
    /// ```toml
    /// [lints]
    /// role-without-owner = "deny"
    /// ```
    pub static CONFIG_INVALID_LEVEL = "config-invalid-level", Deny,
        "A rule level other than `allow`, `warn` or `deny`",
        configurable: false;
}

declare_rule! {
    /// ## What it does
    /// Reports a pattern in an override's `paths` that cannot be parsed as a glob (an
    /// unclosed `[` or `{`, a `**` that is not a whole path component). Patterns are
    /// matched against a plan's path relative to the folder that holds
    /// `tovholder.toml`, with `/` between folders: `*` stays within one folder, `**`
    /// crosses folders.
    ///
    /// ## Why it matters
    /// The override would never apply, and the plans it was meant for are checked with
    /// the wrong levels.
    ///
    /// ## Example
    /// ```toml
    /// [[overrides]]
    /// paths = ["models/[ab"]
    /// lints = { role-without-owner = "allow" }
    /// ```
    ///
    /// ## Use instead
    /// ```toml
    /// [[overrides]]
    /// paths = ["models/**"]
    /// lints = { role-without-owner = "allow" }
    /// ```
    pub static CONFIG_INVALID_GLOB = "config-invalid-glob", Deny,
        "An override path pattern that is not a valid glob",
        configurable: false;
}

declare_rule! {
    /// ## What it does
    /// Reports a level set for a rule that configuration cannot change: the rules that
    /// say the file is not a plan (`yaml-syntax`, `unknown-key`, `invalid-value`, …),
    /// `unknown-reference`, `dependency-cycle` and the `config-*` rules. `tovholder
    /// rules` marks them `(fixed)`.
    ///
    /// ## Why it matters
    /// These findings mean the plan cannot be compiled as written; silencing them would
    /// hide a broken plan rather than a choice.
    ///
    /// ## Example
    /// ```toml
    /// [lints]
    /// unknown-reference = "warn"
    /// ```
    ///
    /// ## Use instead
    /// Fix the reference in the plan.
    pub static CONFIG_FIXED_RULE = "config-fixed-rule", Deny,
        "`tovholder.toml` tries to change a rule whose level is fixed",
        configurable: false;
}
