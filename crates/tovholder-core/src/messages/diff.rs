//! The words of `tovholder diff`: headings, the lines of each kind of change, field
//! names and values as the plan language reads them. The words are in
//! `messages/{en,da,sv}/diff.rs`; [`DiffMsg::text`] picks them.

use crate::diag::Lang;
use crate::duration::TimeUnit;

/// A word or line of a plan diff. Names are given already formatted by the caller
/// (emphasised in Markdown, plain in the terminal).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DiffMsg {
    /// `Changes from OLD to NEW`.
    Title {
        old: String,
        new: String,
    },
    /// Two versions with no difference in plan terms.
    NoChanges,
    /// The one-line summary: what changed, what moved, findings opened and resolved.
    Summary {
        entities: usize,
        phases: usize,
        opened: usize,
        resolved: usize,
    },
    /// The heading of the plan's own keys.
    PlanHeading,
    /// The heading of the entities.
    EntitiesHeading,
    /// The heading of the schedule's consequences.
    ScheduleHeading,
    /// The heading of the findings.
    FindingsHeading,
    /// "Details" (Markdown's `<summary>`).
    Details,
    /// An entity line: `Role Superbruger: added`. `noun` is the section's noun.
    Added {
        noun: String,
        name: String,
    },
    Removed {
        noun: String,
        name: String,
    },
    Renamed {
        noun: String,
        name: String,
        from: String,
    },
    /// `Role Superbruger:` before its changed fields.
    Changed {
        noun: String,
        name: String,
    },
    /// One field: `owner Anna Jensen → Jonas Holm`.
    Field {
        field: String,
        before: String,
        after: String,
    },
    /// After a change the model made: `(from the model)`.
    FromModel,
    /// A key's name in the plan's language (`owner` → `ejer`); the key itself when
    /// the language has no word for it.
    Key {
        key: String,
    },
    /// No value (a key not written).
    NotSet,
    Yes,
    No,
    /// `ongoing`.
    Ongoing,
    /// `4 hours a week` / `8 hours a month` (the number already formatted).
    Hours {
        hours: String,
        per_week: bool,
    },
    /// `2 hours` (a meeting's length; the number already formatted, or a range).
    Length {
        hours: String,
    },
    /// `3 months`, `1-3 months`.
    Amount {
        min: u32,
        max: u32,
        unit: TimeUnit,
    },
    /// A phase moved: `Phase I gang: starts 2027-05-03 instead of 2027-03-29 (5 weeks
    /// later), ends …` — `start` and `end` are [`DiffMsg::Starts`] and
    /// [`DiffMsg::Ends`] in words, or `None` for a date that did not move.
    PhaseMoved {
        name: String,
        start: Option<String>,
        end: Option<String>,
    },
    /// `starts 2027-05-03 instead of 2027-03-29 (5 weeks later)`.
    Starts {
        before: String,
        after: String,
        shift: String,
    },
    /// `ends 2028-04-04 instead of 2028-02-29 (5 weeks later)`.
    Ends {
        before: String,
        after: String,
        shift: String,
    },
    /// `5 weeks later`, `3 days earlier`, `unchanged`.
    Shift {
        days: i64,
    },
    /// The bounds of a window: `earliest 5 weeks later, latest 5 weeks later`.
    Bounds {
        earliest: String,
        latest: String,
    },
    /// `Activity Styregruppemøde: March 2027 2 → 1, May 2027 …` (the months already in words).
    Occurrences {
        name: String,
        months: Vec<String>,
    },
    /// One month of [`DiffMsg::Occurrences`] or [`DiffMsg::PlannedHours`]: `March 2027 2 → 1`.
    Month {
        month: String,
        before: String,
        after: String,
    },
    /// `Role Superbruger (granted 8.67 hours a month): planned hours March 2027 12 → 16, …`;
    /// `over`: the months listed include one planned above what is granted.
    PlannedHours {
        name: String,
        months: Vec<String>,
        granted: Option<String>,
        over: bool,
    },
    /// The findings the new version has and the old one did not.
    Opened,
    /// The findings the old version had and the new one does not.
    Resolved,
    /// `--format markdown`'s table header: what and how many.
    What,
    Count,
    /// `diff --model`: `Model OLD → NEW: 5 plans use it`.
    ModelTitle {
        old: String,
        new: String,
        plans: usize,
    },
    /// `diff --model`: no plan under the folder uses the model.
    NoPlanUsesModel {
        model: String,
    },
    /// The summary table's columns: plan, phases moved, activities added, activities
    /// removed, new findings, resolved findings, broken overrides.
    Columns,
    /// The heading of one plan's details: its path and title.
    PlanOf {
        path: String,
        title: String,
    },
    /// The heading of a plan's broken overrides.
    BrokenHeading,
    /// The plan overrides an entity the new model no longer has.
    OverrideGone {
        noun: String,
        id: String,
    },
    /// The plan removes an entity the new model no longer has.
    RemovalGone {
        noun: String,
        id: String,
    },
    /// The plan writes a field the model changed: the model's change does not reach it.
    FieldMasked {
        noun: String,
        id: String,
        field: String,
        before: String,
        after: String,
        plan: String,
    },
    /// `diff`: an argument that is neither a file nor `REV:PATH`.
    NotAPlanOrRevision {
        arg: String,
    },
    /// `diff`: git could not give a file.
    GitFailed {
        what: String,
        reason: String,
    },
    /// A path the revision does not have.
    NotInRevision {
        path: String,
        rev: String,
    },
    /// A path in a revision that leaves the repository.
    OutsideRepository {
        path: String,
    },
    /// A plan that could not be read as YAML at all: nothing to compare.
    NotParsed {
        path: String,
    },
}

impl DiffMsg {
    /// The words in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        match lang {
            Lang::En => super::en::diff::text(self),
            Lang::Da => super::da::diff::text(self),
            Lang::Sv => super::sv::diff::text(self),
        }
    }
}

/// A value of the plan language (as `diff`'s JSON holds it) in words: hours, durations,
/// lengths and intervals in `lang`, lists joined with commas, dates as written.
pub fn value_text(v: &serde_json::Value, lang: Lang) -> String {
    use serde_json::Value;
    let w = crate::messages::words(lang);
    let number = |n: f64| w.hundredths((n * 100.0).round().max(0.0) as u64);
    let unit = |u: &Value| match u.as_str() {
        Some("day") => TimeUnit::Day,
        Some("week") => TimeUnit::Week,
        Some("year") => TimeUnit::Year,
        _ => TimeUnit::Month,
    };
    let as_u32 = |v: Option<&Value>| v.and_then(Value::as_u64).map_or(0, |n| n as u32);
    match v {
        Value::Null => DiffMsg::NotSet.text(lang),
        Value::Bool(true) => DiffMsg::Yes.text(lang),
        Value::Bool(false) => DiffMsg::No.text(lang),
        Value::Number(n) => number(n.as_f64().unwrap_or(0.0)),
        Value::String(s) => s.clone(),
        Value::Array(items) => items
            .iter()
            .map(|i| value_text(i, lang))
            .collect::<Vec<_>>()
            .join(", "),
        Value::Object(map) => {
            if let (Some(h), Some(per)) = (map.get("hours"), map.get("per")) {
                let hours = number(h.as_f64().unwrap_or(0.0));
                return DiffMsg::Hours {
                    hours,
                    per_week: per.as_str() == Some("week"),
                }
                .text(lang);
            }
            if map.get("type").and_then(Value::as_str) == Some("ongoing") {
                return DiffMsg::Ongoing.text(lang);
            }
            if let (Some(min), Some(u)) = (map.get("min"), map.get("unit")) {
                let min = as_u32(Some(min));
                let max = as_u32(map.get("max")).max(min);
                return DiffMsg::Amount {
                    min,
                    max,
                    unit: unit(u),
                }
                .text(lang);
            }
            if let (Some(a), Some(b)) = (map.get("min_minutes"), map.get("max_minutes")) {
                let h = |m: &Value| number(m.as_f64().unwrap_or(0.0) / 60.0);
                let hours = if a == b {
                    h(a)
                } else {
                    format!("{}–{}", h(a), h(b))
                };
                return DiffMsg::Length { hours }.text(lang);
            }
            if let (Some(hh), Some(mm)) = (map.get("hour"), map.get("minute")) {
                return format!("{:02}:{:02}", as_u32(Some(hh)), as_u32(Some(mm)));
            }
            if let (Some(from), Some(to)) = (map.get("from"), map.get("to")) {
                let (from, to) = (value_text(from, lang), value_text(to, lang));
                return if from == to {
                    from
                } else {
                    format!("{from}..{to}")
                };
            }
            if let Some(activity) = map.get("activity").and_then(Value::as_str) {
                // `before: X - OFFSET` (model::BeforeRef) writes its offset as `minus`.
                if let Some(o) = map.get("minus") {
                    return match o {
                        Value::Null => activity.to_string(),
                        o => format!("{activity} - {}", value_text(o, lang)),
                    };
                }
                return match map.get("offset") {
                    Some(o) if !o.is_null() => {
                        format!("{activity} + {}", value_text(o, lang))
                    }
                    _ => activity.to_string(),
                };
            }
            map.iter()
                .map(|(k, v)| {
                    let k = DiffMsg::Key { key: k.clone() }.text(lang);
                    format!("{k}: {}", value_text(v, lang))
                })
                .collect::<Vec<_>>()
                .join("; ")
        }
    }
}
