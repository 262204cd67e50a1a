//! What changed between two versions of a plan, in the plan's own terms.
//!
//! Both versions are checked plans (merged with their models, scheduled, the rules
//! run); [`diff`] compares them keyed on ids, never on lines:
//!
//! - **entities** added, removed, renamed (an id change with the same content) and
//!   changed field by field — of the merged plans, so a value that comes from the model
//!   is compared too, and marked `from_model` when the model's own value changed the
//!   same way;
//! - **the schedule**: each phase's window moved (nominal, earliest and latest start and
//!   end, in days), occurrences per activity and calendar month, and a role's planned
//!   hours per month before and after, beside the hours granted;
//! - **findings** opened and resolved, keyed by rule and the finding's facts (its
//!   entity, field and values), never by line.
//!
//! The result is data ([`PlanDiff`], serialised as `tovholder diff --format json`,
//! described by `schemas/diff.schema.json`); its words are [`crate::messages::DiffMsg`].

use crate::check::Checked;
use crate::model::{self, Plan};
use crate::section::SectionKind;
use schemars::JsonSchema;
use serde::Serialize;
use serde_json::Value;
use std::collections::BTreeMap;

/// One version of a plan: the checked (merged) plan and the resolved model it uses.
pub struct Version<'a> {
    pub checked: &'a Checked,
    /// The resolved model the plan uses (`merge::resolve`'s `model`), if any.
    pub model: Option<&'a Plan>,
}

/// The differences between two versions of a plan.
#[derive(Clone, Debug, Default, Serialize, JsonSchema)]
pub struct PlanDiff {
    /// The plan's own keys (`title`, `start`, `horizon`, `calendar.closed`, …) that changed.
    pub plan: Vec<FieldChange>,
    /// Entities added, removed, renamed or changed, section by section.
    pub entities: Vec<EntityChange>,
    /// Phases whose window moved.
    pub phases: Vec<PhaseMove>,
    /// Occurrences added or removed, per activity and calendar month.
    pub occurrences: Vec<OccurrenceChange>,
    /// Planned hours that changed, per role and calendar month, beside the hours granted.
    pub hours: Vec<HoursChange>,
    /// Findings of the new version the old one did not have.
    pub opened: Vec<FindingChange>,
    /// Findings of the old version the new one no longer has.
    pub resolved: Vec<FindingChange>,
}

impl PlanDiff {
    /// Whether the two versions are the same in every respect compared.
    pub fn is_empty(&self) -> bool {
        self.plan.is_empty()
            && self.entities.is_empty()
            && self.phases.is_empty()
            && self.occurrences.is_empty()
            && self.hours.is_empty()
            && self.opened.is_empty()
            && self.resolved.is_empty()
    }
}

/// What happened to an entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Change {
    Added,
    Removed,
    /// The id changed, the content did not.
    Renamed,
    Changed,
}

/// An entity added, removed, renamed or changed.
#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct EntityChange {
    /// The section's key: `roles`, `phases`, `activities`, `goals`, `checklists`, `stakeholders`.
    pub section: String,
    #[serde(skip)]
    #[schemars(skip)]
    pub kind: SectionKind,
    pub change: Change,
    /// The id (the new id of a renamed entity).
    pub id: String,
    /// The old id of a renamed entity.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub previous_id: Option<String>,
    /// The entity's display name (`name`, or a goal's `statement`), in the new version
    /// (the old one for a removed entity).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The change comes from the model: the model added or removed the entity.
    pub from_model: bool,
    /// The fields that changed (for `changed`).
    pub fields: Vec<FieldChange>,
}

/// One key of an entity (or of the plan) before and after. Nested mappings are
/// flattened: `target.value`, `calendar.closed`.
#[derive(Clone, Debug, PartialEq, Serialize, JsonSchema)]
pub struct FieldChange {
    pub key: String,
    /// The value before, as the plan language reads it (absent: not written).
    pub before: Option<Value>,
    /// The value after (absent: no longer written).
    pub after: Option<Value>,
    /// The model's own value changed the same way (the plan did not write it).
    pub from_model: bool,
}

/// One date of a phase's window before and after; `days` is after − before.
#[derive(Clone, Debug, PartialEq, Serialize, JsonSchema)]
pub struct DateMove {
    pub before: String,
    pub after: String,
    pub days: i64,
    pub earliest_days: i64,
    pub latest_days: i64,
}

/// A phase whose window moved.
#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct PhaseMove {
    pub id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The first day (nominal date before and after, and how far each bound moved).
    pub start: DateMove,
    /// The last day (the day before the window's exclusive end).
    pub end: DateMove,
}

/// An activity's occurrences in one calendar month, before and after.
#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct OccurrenceChange {
    pub activity: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `YYYY-MM`.
    pub month: String,
    pub before: usize,
    pub after: usize,
}

/// A role's planned hours in one calendar month, before and after, and the hours a
/// month it is granted in each version.
#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct HoursChange {
    pub role: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `YYYY-MM`.
    pub month: String,
    pub before: f64,
    pub after: f64,
    pub granted_before: Option<f64>,
    pub granted_after: Option<f64>,
}

/// A finding opened or resolved.
#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct FindingChange {
    pub rule: String,
    /// `error` or `warning`.
    pub level: String,
    /// The finding's message in the report's language.
    pub message: String,
    /// The finding's kind (`RoleWithoutOwner`) and facts, as `check --format json` prints them.
    pub finding: String,
    pub fields: Value,
}

/// The keys whose values are mappings compared key by key (`target.value`).
const NESTED: &[&str] = &["baseline", "target", "calendar", "uses", "remove"];

/// The keys of a section that are not part of an entity's content.
const SECTIONS: [&str; 7] = [
    "roles",
    "phases",
    "activities",
    "goals",
    "checklists",
    "stakeholders",
    "tracks",
];

/// Compare two versions of a plan.
pub fn diff(old: &Version, new: &Version) -> PlanDiff {
    let (a, b) = (&old.checked.plan, &new.checked.plan);
    let mut out = PlanDiff {
        plan: plan_fields(a, b, old.model, new.model),
        ..PlanDiff::default()
    };
    for kind in SectionKind::ALL {
        entities(kind, old, new, &mut out.entities);
    }
    if let (Some(sa), Some(sb)) = (&old.checked.schedule, &new.checked.schedule) {
        phases(a, b, sa, sb, &mut out.phases);
        occurrences(a, b, sa, sb, &mut out.occurrences);
        hours(a, b, sa, sb, &mut out.hours);
    }
    let (opened, resolved) = findings(old.checked, new.checked);
    out.opened = opened;
    out.resolved = resolved;
    out
}

/// An entity's content as flattened keys in declaration order.
fn flatten(v: &Value) -> Vec<(String, Value)> {
    let mut out = Vec::new();
    let Value::Object(map) = v else {
        return out;
    };
    for (k, v) in map {
        match v {
            Value::Object(inner) if NESTED.contains(&k.as_str()) => {
                for (ik, iv) in inner {
                    out.push((format!("{k}.{ik}"), iv.clone()));
                }
            }
            _ => out.push((k.clone(), v.clone())),
        }
    }
    out
}

/// The entities of a section, by id, as JSON values (the plan language's serialisation).
fn section_values(plan: &Plan, kind: SectionKind) -> Vec<(String, Value)> {
    fn of<T: Serialize>(s: &model::Section<T>) -> Vec<(String, Value)> {
        s.iter()
            .map(|(id, e)| {
                let v = serde_json::to_value(&e.def).unwrap_or(Value::Null);
                (id.clone(), v)
            })
            .collect()
    }
    match kind {
        SectionKind::Roles => of(&plan.roles),
        SectionKind::Phases => of(&plan.phases),
        SectionKind::Activities => of(&plan.activities),
        SectionKind::Goals => of(&plan.goals),
        SectionKind::Checklists => of(&plan.checklists),
        SectionKind::Stakeholders => of(&plan.stakeholders),
        SectionKind::Tracks => of(&plan.tracks),
    }
}

/// An entity's fields as the diff compares them (flattened, in declaration order):
/// `tovholder diff --textconv` prints them a line each.
pub fn entity_fields(plan: &Plan, kind: SectionKind, id: &str) -> Vec<(String, Value)> {
    section_values(plan, kind)
        .into_iter()
        .find(|(k, _)| k == id)
        .map(|(_, v)| flatten(&v))
        .unwrap_or_default()
}

/// An entity's display name: its `name`, or a goal's `statement`.
fn display_name(v: &Value) -> Option<String> {
    v.get("name")
        .or_else(|| v.get("statement"))
        .and_then(Value::as_str)
        .map(str::to_string)
}

/// The keys that differ between two flattened contents, in the order they are
/// declared (the old version's keys first, then the keys only the new one writes).
fn changed_fields(a: &[(String, Value)], b: &[(String, Value)]) -> Vec<FieldChange> {
    let get = |side: &[(String, Value)], k: &str| {
        side.iter()
            .find(|(key, _)| key == k)
            .map(|(_, v)| v.clone())
    };
    let mut keys: Vec<&str> = a.iter().map(|(k, _)| k.as_str()).collect();
    for (k, _) in b {
        if !keys.contains(&k.as_str()) {
            keys.push(k);
        }
    }
    keys.into_iter()
        .filter_map(|k| {
            let (before, after) = (get(a, k), get(b, k));
            (before != after).then(|| FieldChange {
                key: k.to_string(),
                before,
                after,
                from_model: false,
            })
        })
        .collect()
}

/// Mark the changes the model made the same way (its value before and after equal
/// the merged plan's).
fn mark_from_model(
    fields: &mut [FieldChange],
    ma: Option<&[(String, Value)]>,
    mb: Option<&[(String, Value)]>,
) {
    let get = |side: Option<&[(String, Value)]>, k: &str| {
        side.and_then(|s| s.iter().find(|(key, _)| key == k).map(|(_, v)| v.clone()))
    };
    for f in fields {
        let (before, after) = (get(ma, &f.key), get(mb, &f.key));
        f.from_model = before != after && before == f.before && after == f.after;
    }
}

fn plan_fields(a: &Plan, b: &Plan, ma: Option<&Plan>, mb: Option<&Plan>) -> Vec<FieldChange> {
    let top = |p: &Plan| {
        let mut v = serde_json::to_value(p).unwrap_or(Value::Null);
        if let Value::Object(map) = &mut v {
            for s in SECTIONS {
                map.shift_remove(s);
            }
        }
        flatten(&v)
    };
    let mut fields = changed_fields(&top(a), &top(b));
    let (ma, mb) = (ma.map(top), mb.map(top));
    mark_from_model(&mut fields, ma.as_deref(), mb.as_deref());
    // Of a model's own keys, only the calendar reaches the plan (the rest are the model's).
    for f in &mut fields {
        if !f.key.starts_with("calendar.") {
            f.from_model = false;
        }
    }
    fields
}

fn entities(kind: SectionKind, old: &Version, new: &Version, out: &mut Vec<EntityChange>) {
    let a = section_values(&old.checked.plan, kind);
    let b = section_values(&new.checked.plan, kind);
    let ma = old.model.map(|m| section_values(m, kind));
    let mb = new.model.map(|m| section_values(m, kind));
    let has = |side: &Option<Vec<(String, Value)>>, id: &str| {
        side.as_ref()
            .is_some_and(|s| s.iter().any(|(k, _)| k == id))
    };
    let find = |side: &Option<Vec<(String, Value)>>, id: &str| {
        side.as_ref()
            .and_then(|s| s.iter().find(|(k, _)| k == id))
            .map(|(_, v)| flatten(v))
    };
    let in_b = |id: &str| b.iter().any(|(k, _)| k == id);
    let in_a = |id: &str| a.iter().any(|(k, _)| k == id);
    let mut removed: Vec<&(String, Value)> = a.iter().filter(|(id, _)| !in_b(id)).collect();
    let mut added: Vec<&(String, Value)> = b.iter().filter(|(id, _)| !in_a(id)).collect();
    let change = |c: Change, id: &str, v: &Value, from_model: bool| EntityChange {
        section: kind.key().to_string(),
        kind,
        change: c,
        id: id.to_string(),
        previous_id: None,
        name: display_name(v),
        from_model,
        fields: Vec::new(),
    };
    // Renames: an added entity with exactly the content of a removed one.
    let mut renames = Vec::new();
    added.retain(
        |(new_id, nv)| match removed.iter().position(|(_, ov)| ov == nv) {
            Some(pos) => {
                let (old_id, _) = removed.remove(pos);
                let mut c = change(Change::Renamed, new_id, nv, false);
                c.previous_id = Some(old_id.clone());
                renames.push(c);
                false
            }
            None => true,
        },
    );
    for (id, v) in removed {
        let from_model = has(&ma, id) && !has(&mb, id);
        out.push(change(Change::Removed, id, v, from_model));
    }
    out.extend(renames);
    for (id, v) in &b {
        if let Some((_, ov)) = a.iter().find(|(k, _)| k == id) {
            if ov == v {
                continue;
            }
            let mut fields = changed_fields(&flatten(ov), &flatten(v));
            mark_from_model(
                &mut fields,
                find(&ma, id).as_deref(),
                find(&mb, id).as_deref(),
            );
            let mut c = change(Change::Changed, id, v, false);
            c.fields = fields;
            out.push(c);
        }
    }
    for (id, v) in added {
        let from_model = has(&mb, id) && !has(&ma, id);
        out.push(change(Change::Added, id, v, from_model));
    }
}

fn days(a: jiff::civil::Date, b: jiff::civil::Date) -> i64 {
    a.until(b).map(|s| i64::from(s.get_days())).unwrap_or(0)
}

fn date_move(
    a: &crate::schedule::dates::Win,
    b: &crate::schedule::dates::Win,
    last: bool,
) -> DateMove {
    let day = |d: jiff::civil::Date| {
        if last {
            d.yesterday().unwrap_or(d).to_string()
        } else {
            d.to_string()
        }
    };
    DateMove {
        before: day(a.nominal),
        after: day(b.nominal),
        days: days(a.nominal, b.nominal),
        earliest_days: days(a.earliest, b.earliest),
        latest_days: days(a.latest, b.latest),
    }
}

fn phases(
    a: &Plan,
    b: &Plan,
    sa: &crate::schedule::Schedule,
    sb: &crate::schedule::Schedule,
    out: &mut Vec<PhaseMove>,
) {
    for (j, (id, phase)) in b.phases.iter().enumerate() {
        let Some(i) = a.phases.get_index_of(id) else {
            continue;
        };
        let (Some(wa), Some(wb)) = (sa.phases.get(i), sb.phases.get(j)) else {
            continue;
        };
        if wa == wb {
            continue;
        }
        out.push(PhaseMove {
            id: id.clone(),
            name: phase.name.as_ref().map(|n| n.value.clone()),
            start: date_move(&wa.start, &wb.start, false),
            end: date_move(&wa.end, &wb.end, true),
        });
    }
}

fn per_month(occ: &[crate::schedule::Occurrence]) -> BTreeMap<String, usize> {
    let mut m = BTreeMap::new();
    for o in occ {
        let key = format!("{:04}-{:02}", o.date.year(), o.date.month());
        *m.entry(key).or_insert(0) += 1;
    }
    m
}

fn occurrences(
    a: &Plan,
    b: &Plan,
    sa: &crate::schedule::Schedule,
    sb: &crate::schedule::Schedule,
    out: &mut Vec<OccurrenceChange>,
) {
    for (j, (id, act)) in b.activities.iter().enumerate() {
        let Some(i) = a.activities.get_index_of(id) else {
            continue;
        };
        let before = per_month(sa.occurrences.get(i).map(Vec::as_slice).unwrap_or(&[]));
        let after = per_month(sb.occurrences.get(j).map(Vec::as_slice).unwrap_or(&[]));
        let mut months: Vec<&String> = before.keys().chain(after.keys()).collect();
        months.sort();
        months.dedup();
        for month in months {
            let (x, y) = (
                before.get(month).copied().unwrap_or(0),
                after.get(month).copied().unwrap_or(0),
            );
            if x != y {
                out.push(OccurrenceChange {
                    activity: id.clone(),
                    name: act.name.as_ref().map(|n| n.value.clone()),
                    month: month.clone(),
                    before: x,
                    after: y,
                });
            }
        }
    }
}

fn hours(
    a: &Plan,
    b: &Plan,
    sa: &crate::schedule::Schedule,
    sb: &crate::schedule::Schedule,
    out: &mut Vec<HoursChange>,
) {
    let months = |v: Option<&Vec<crate::schedule::MonthHours>>| -> BTreeMap<String, f64> {
        v.map(|v| v.iter().map(|m| (m.label(), m.hours)).collect())
            .unwrap_or_default()
    };
    for (j, (id, role)) in b.roles.iter().enumerate() {
        let Some(i) = a.roles.get_index_of(id) else {
            continue;
        };
        let before = months(sa.planned_hours.get(i));
        let after = months(sb.planned_hours.get(j));
        let granted_before = a
            .roles
            .get_index(i)
            .and_then(|(_, r)| crate::schedule::granted_per_month(r));
        let granted_after = crate::schedule::granted_per_month(role);
        let mut keys: Vec<&String> = before.keys().chain(after.keys()).collect();
        keys.sort();
        keys.dedup();
        for month in keys {
            let (x, y) = (
                before.get(month).copied().unwrap_or(0.0),
                after.get(month).copied().unwrap_or(0.0),
            );
            if (x - y).abs() > 0.001 {
                out.push(HoursChange {
                    role: id.clone(),
                    name: role.name.as_ref().map(|n| n.value.clone()),
                    month: month.clone(),
                    before: x,
                    after: y,
                    granted_before,
                    granted_after,
                });
            }
        }
    }
}

/// Findings keyed by rule and facts: those only in `new` (opened) and only in `old`
/// (resolved), as many times as they differ in number.
fn findings(old: &Checked, new: &Checked) -> (Vec<FindingChange>, Vec<FindingChange>) {
    type Key<'d> = (&'static str, &'d crate::messages::Msg);
    fn count(c: &Checked) -> BTreeMap<Key<'_>, Vec<&crate::Diagnostic>> {
        let mut m: BTreeMap<Key<'_>, Vec<&crate::Diagnostic>> = BTreeMap::new();
        for d in &c.diags {
            m.entry((d.rule.name, d.finding.as_ref()))
                .or_default()
                .push(d);
        }
        m
    }
    let (a, b) = (count(old), count(new));
    let change = |d: &crate::Diagnostic| FindingChange {
        rule: d.rule.name.to_string(),
        level: match d.level {
            crate::Level::Error => "error",
            crate::Level::Warning => "warning",
        }
        .to_string(),
        message: d.message.clone(),
        finding: d.finding.kind().to_string(),
        fields: serde_json::to_value(d.finding.as_ref()).unwrap_or(Value::Null),
    };
    let only = |x: &BTreeMap<Key<'_>, Vec<&crate::Diagnostic>>,
                y: &BTreeMap<Key<'_>, Vec<&crate::Diagnostic>>| {
        let mut out = Vec::new();
        for (k, ds) in x {
            let other = y.get(k).map_or(0, Vec::len);
            out.extend(ds.iter().skip(other).map(|d| change(d)));
        }
        out
    };
    (only(&b, &a), only(&a, &b))
}

/// `tovholder diff --format json`: the two versions compared and what changed
/// (`schemas/diff.schema.json`).
#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct DiffReport {
    /// Always `tovholder-diff`.
    pub format: String,
    /// The version of this format; a change that removes or renames a key raises it.
    pub format_version: u32,
    /// The old version as named on the command line (`HEAD~3:plan.yaml`, a file).
    pub old: String,
    /// The new version as named on the command line.
    pub new: String,
    /// The language of `message` and of the human and Markdown output.
    pub language: crate::Lang,
    /// Whether anything differs (the exit code is 1 when it does).
    pub different: bool,
    #[serde(flatten)]
    pub diff: PlanDiff,
}

impl DiffReport {
    pub fn new(old: String, new: String, language: crate::Lang, diff: PlanDiff) -> Self {
        DiffReport {
            format: "tovholder-diff".into(),
            format_version: 1,
            old,
            new,
            language,
            different: !diff.is_empty(),
            diff,
        }
    }
}

/// The JSON Schema of `tovholder diff --format json` (`schemas/diff.schema.json`).
pub fn diff_schema_json() -> String {
    let mut schema = schemars::schema_for!(DiffReport);
    schema.insert(
        "$id".into(),
        "https://tovholder.invalid/schemas/diff.schema.json".into(),
    );
    schema.insert("title".into(), "tovholder plan diff".into());
    let mut s = serde_json::to_string_pretty(&schema).unwrap_or_default();
    s.push('\n');
    s
}

/// The JSON Schema of `tovholder diff --model … --format json`
/// (`schemas/model-diff.schema.json`, printed by `tovholder diff --schema model`).
pub fn model_diff_schema_json() -> String {
    let mut schema = schemars::schema_for!(ModelUpgradeReport);
    schema.insert(
        "$id".into(),
        "https://tovholder.invalid/schemas/model-diff.schema.json".into(),
    );
    schema.insert("title".into(), "tovholder model diff".into());
    let mut s = serde_json::to_string_pretty(&schema).unwrap_or_default();
    s.push('\n');
    s
}

/// What a new version of a model does to one plan that uses it
/// (`tovholder diff --model OLD NEW --plans DIR`).
#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct PlanUpgrade {
    /// The plan file.
    pub path: String,
    /// The plan's title.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The plan's overrides and removals that no longer do what they did.
    pub broken: Vec<BrokenOverride>,
    /// The merged plan with the old model against the merged plan with the new one.
    pub diff: PlanDiff,
}

/// An override or a removal of a plan that the new model leaves without its effect.
#[derive(Clone, Debug, PartialEq, Serialize, JsonSchema)]
pub struct BrokenOverride {
    /// `override-gone`: the plan overrides an id the new model no longer has (the
    /// plan's entity now stands alone, with only the fields the plan writes);
    /// `removal-gone`: the plan removes an id the new model no longer has;
    /// `field-masked`: the plan writes a field the model changed (the model's change
    /// does not reach the plan).
    pub kind: String,
    pub section: String,
    #[serde(skip)]
    #[schemars(skip)]
    pub section_kind: SectionKind,
    pub id: String,
    /// For `field-masked`: the field, the model's value before and after, the plan's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub model_before: Option<Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub model_after: Option<Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub plan_value: Option<Value>,
}

/// The overrides and removals of `plan` (as written, not merged) that the change from
/// `old` to `new` (the resolved models) breaks.
pub fn broken_overrides(plan: &Plan, old: &Plan, new: &Plan) -> Vec<BrokenOverride> {
    let mut out = Vec::new();
    let broken = |kind: &str, section: SectionKind, id: &str| BrokenOverride {
        kind: kind.into(),
        section: section.key().into(),
        section_kind: section,
        id: id.into(),
        key: None,
        model_before: None,
        model_after: None,
        plan_value: None,
    };
    for section in SectionKind::ALL {
        let (ours, a, b) = (
            section_values(plan, section),
            section_values(old, section),
            section_values(new, section),
        );
        let find = |side: &[(String, Value)], id: &str| {
            side.iter().find(|(k, _)| k == id).map(|(_, v)| flatten(v))
        };
        for (id, v) in &ours {
            let (Some(fa), fb) = (find(&a, id), find(&b, id)) else {
                continue;
            };
            let Some(fb) = fb else {
                out.push(broken("override-gone", section, id));
                continue;
            };
            for (key, pv) in flatten(v) {
                let get = |f: &[(String, Value)]| {
                    f.iter().find(|(k, _)| *k == key).map(|(_, v)| v.clone())
                };
                let (before, after) = (get(&fa), get(&fb));
                if before != after {
                    out.push(BrokenOverride {
                        key: Some(key.clone()),
                        model_before: before,
                        model_after: after,
                        plan_value: Some(pv),
                        ..broken("field-masked", section, id)
                    });
                }
            }
        }
        if let Some(r) = &plan.remove {
            for id in section.removals(r) {
                if a.iter().any(|(k, _)| *k == id.value) && !b.iter().any(|(k, _)| *k == id.value) {
                    out.push(broken("removal-gone", section, &id.value));
                }
            }
        }
    }
    out
}

/// `tovholder diff --model … --format json` (`schemas/model-diff.schema.json`).
#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct ModelUpgradeReport {
    /// Always `tovholder-model-diff`.
    pub format: String,
    pub format_version: u32,
    /// The model's old and new version as named on the command line.
    pub old: String,
    pub new: String,
    pub language: crate::Lang,
    /// Whether any plan's merged plan differs.
    pub different: bool,
    /// Every plan under the folder that uses the model, by path.
    pub plans: Vec<PlanUpgrade>,
}
