//! Findings about `uses`: reported while merging a plan with its model (see `merge.rs`).

declare_rule! {
    /// ## What it does
    /// Reports a `uses` path that does not exist, is a folder, a FIFO or a device,
    /// leaves the repository root (the nearest folder with `.git` or `tovholder.toml`)
    /// without `--allow-outside-root`, or points at a model with errors of its own.
    ///
    /// ## Why it matters
    /// A plan that uses a model is only complete with the model; checking it without
    /// would report gaps that are not there and miss those that are.
    ///
    /// ## Example
    /// ```yaml
    /// uses: ../../../../etc/passwd
    /// ```
    ///
    /// ## Use instead
    /// ```yaml
    /// uses: ../models/ics.yaml
    /// ```
    pub static MODEL_UNAVAILABLE = "model-unavailable", Deny,
        "The model in `uses` cannot be read or has errors",
        configurable: false;
}
declare_rule! {
    /// ## What it does
    /// Reports a model that (through other models) uses itself, and chains of models
    /// deeper than 8.
    ///
    /// ## Why it matters
    /// A cycle has no bottom: there is no model to start merging from.
    ///
    /// ## Example
    /// ```yaml
    /// # a.yaml
    /// kind: model
    /// uses: b.yaml
    /// # b.yaml
    /// kind: model
    /// uses: a.yaml
    /// ```
    ///
    /// ## Use instead
    /// Let one model be the base and the other add to it.
    pub static USES_CYCLE = "uses-cycle", Deny,
        "Models that use each other in a circle, or too deep a chain",
        configurable: false;
}
declare_rule! {
    /// ## What it does
    /// Compares `uses: {path, version}` with the model's `version:`. `1.x` matches any
    /// 1.y.z, `1.4` any 1.4.z; a model without a version never matches a pinned
    /// requirement.
    ///
    /// ## Why it matters
    /// When a model changes incompatibly, every kommune plan pinned to the old version
    /// is told to review it instead of silently changing.
    ///
    /// ## Example
    /// ```yaml
    /// uses: { path: ../models/ics.yaml, version: "2.x" }   # the model is 1.0.0
    /// ```
    ///
    /// ## Use instead
    /// ```yaml
    /// uses: { path: ../models/ics.yaml, version: "1.x" }
    /// ```
    pub static MODEL_VERSION_MISMATCH = "model-version-mismatch", Deny,
        "The model's version does not match the version the plan requires",
        configurable: false;
}
declare_rule! {
    /// ## What it does
    /// Reports ids under `remove:` that are not in the model, with the nearest id the
    /// model has.
    ///
    /// ## Why it matters
    /// A typo in a removal keeps the entity the plan meant to drop.
    ///
    /// ## Example
    /// ```yaml
    /// remove: { activities: [laeringsmode] }
    /// ```
    ///
    /// ## Use instead
    /// ```yaml
    /// remove: { activities: [laeringsmoede] }
    /// ```
    pub static UNKNOWN_REMOVAL = "unknown-removal", Deny,
        "`remove` names an id the model does not have",
        configurable: false;
}
declare_rule! {
    /// ## What it does
    /// A plan entity with a new id is added to the model's; when the new id is nearly
    /// the same as one of the model's, it was probably meant to override that one. This
    /// rule reports it with the model's id.
    ///
    /// ## Why it matters
    /// The misspelt override leaves the model's entity unchanged and adds a
    /// near-duplicate — two learning meetings in the calendar instead of one changed
    /// one.
    ///
    /// ## Example
    /// ```yaml
    /// activities:
    ///   laeringsmode: { every: 1 month }   # the model has laeringsmoede
    /// ```
    ///
    /// ## Use instead
    /// ```yaml
    /// activities:
    ///   laeringsmoede: { every: 1 month }
    /// ```
    pub static OVERRIDE_UNKNOWN_ID = "override-unknown-id", Warn,
        "A new entity whose id is close to one in the model: probably a misspelt override";
}
declare_rule! {
    /// ## What it does
    /// Reports a `uses` that points at a plan (or any file without `kind: model`).
    ///
    /// ## Why it matters
    /// Plans carry dates and names of one kommune; reusing one as a template would copy
    /// them into another kommune's plan.
    ///
    /// ## Example
    /// ```yaml
    /// uses: ../nordby/plan.yaml
    /// ```
    ///
    /// ## Use instead
    /// ```yaml
    /// uses: ../models/ics.yaml
    /// ```
    pub static NOT_A_MODEL = "not-a-model", Deny,
        "`uses` points at a file that is not `kind: model`",
        configurable: false;
}
