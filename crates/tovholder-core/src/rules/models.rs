//! Findings about `uses`: reported while merging a plan with its model (see `merge.rs`).

use super::RuleLevel;

reported_rule!(
    MODEL_UNAVAILABLE,
    "model-unavailable",
    RuleLevel::Deny,
    false,
    "The model in `uses` cannot be read or has errors",
    "Modellen i `uses` kan ikke læses eller har fejl",
    "## What it does\nReports a `uses` path that does not exist, is a folder, a FIFO or a device, leaves the repository root (the nearest folder with `.git` or `tovholder.toml`) without `--allow-outside-root`, or points at a model with errors of its own.\n\n## Why it matters\nA plan that uses a model is only complete with the model; checking it without would report gaps that are not there and miss those that are.\n\n## Example\n```yaml\nuses: ../../../../etc/passwd\n```\n\n## Use instead\n```yaml\nuses: ../models/ics.yaml\n```\n"
);
reported_rule!(
    USES_CYCLE,
    "uses-cycle",
    RuleLevel::Deny,
    false,
    "Models that use each other in a circle, or too deep a chain",
    "Modeller, der bruger hinanden i ring, eller en for lang kæde",
    "## What it does\nReports a model that (through other models) uses itself, and chains of models deeper than 8.\n\n## Why it matters\nA cycle has no bottom: there is no model to start merging from.\n\n## Example\n```yaml\n# a.yaml\nkind: model\nuses: b.yaml\n# b.yaml\nkind: model\nuses: a.yaml\n```\n\n## Use instead\nLet one model be the base and the other add to it.\n"
);
reported_rule!(
    MODEL_VERSION_MISMATCH,
    "model-version-mismatch",
    RuleLevel::Deny,
    false,
    "The model's version does not match the version the plan requires",
    "Modellens version passer ikke med den version, planen kræver",
    "## What it does\nCompares `uses: {path, version}` with the model's `version:`. `1.x` matches any 1.y.z, `1.4` any 1.4.z; a model without a version never matches a pinned requirement.\n\n## Why it matters\nWhen a model changes incompatibly, every kommune plan pinned to the old version is told to review it instead of silently changing.\n\n## Example\n```yaml\nuses: { path: ../models/ics.yaml, version: \"2.x\" }   # the model is 1.0.0\n```\n\n## Use instead\n```yaml\nuses: { path: ../models/ics.yaml, version: \"1.x\" }\n```\n"
);
reported_rule!(
    UNKNOWN_REMOVAL,
    "unknown-removal",
    RuleLevel::Deny,
    false,
    "`remove` names an id the model does not have",
    "`remove` nævner et id, modellen ikke har",
    "## What it does\nReports ids under `remove:` that are not in the model, with the nearest id the model has.\n\n## Why it matters\nA typo in a removal keeps the entity the plan meant to drop.\n\n## Example\n```yaml\nremove: { activities: [laeringsmode] }\n```\n\n## Use instead\n```yaml\nremove: { activities: [laeringsmoede] }\n```\n"
);
reported_rule!(
    OVERRIDE_UNKNOWN_ID,
    "override-unknown-id",
    RuleLevel::Warn,
    true,
    "A new entity whose id is close to one in the model: probably a misspelt override",
    "En ny enhed, hvis id ligner et i modellen: sandsynligvis en stavefejl",
    "## What it does\nA plan entity with a new id is added to the model's; when the new id is nearly the same as one of the model's, it was probably meant to override that one. This rule reports it with the model's id.\n\n## Why it matters\nThe misspelt override leaves the model's entity unchanged and adds a near-duplicate — two learning meetings in the calendar instead of one changed one.\n\n## Example\n```yaml\nactivities:\n  laeringsmode: { every: 1 month }   # the model has laeringsmoede\n```\n\n## Use instead\n```yaml\nactivities:\n  laeringsmoede: { every: 1 month }\n```\n"
);
reported_rule!(
    NOT_A_MODEL,
    "not-a-model",
    RuleLevel::Deny,
    false,
    "`uses` points at a file that is not `kind: model`",
    "`uses` peger på en fil, der ikke er `kind: model`",
    "## What it does\nReports a `uses` that points at a plan (or any file without `kind: model`).\n\n## Why it matters\nPlans carry dates and names of one kommune; reusing one as a template would copy them into another kommune's plan.\n\n## Example\n```yaml\nuses: ../nordby/plan.yaml\n```\n\n## Use instead\n```yaml\nuses: ../models/ics.yaml\n```\n"
);
