//! `tovholder init`: a new, commented plan that uses a model, with a marked blank
//! for everything a kommune must fill in. The blanks are exactly what `check`
//! warns about: a start date, an owner per role, and per goal a baseline value and
//! date and a target date.

use crate::diag::Lang;
use crate::model::{Date, Plan};

/// What to put in the new plan.
pub struct InitOptions<'a> {
    /// The `uses` path, relative to the new plan file.
    pub model_path: &'a str,
    /// The schema path for the editor line, relative to the new plan file.
    pub schema_path: Option<&'a str>,
    pub organisation: Option<&'a str>,
    pub start: Option<Date>,
}

/// The marker every blank carries (in the model's language).
pub fn blank_marker(lang: Lang) -> &'static str {
    match lang {
        Lang::Da => "UDFYLD",
        Lang::Sv => "FYLL I",
        Lang::En => "FILL IN",
    }
}

/// A double-quoted YAML string.
fn q(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// One line of comment text (no newlines).
fn c(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A kebab-case id from a name: `Nordby Kommune` → `nordby-kommune`.
pub fn slug(s: &str) -> String {
    let mut out = String::new();
    for ch in s.to_lowercase().chars() {
        match ch {
            'æ' | 'ä' => out.push_str("ae"),
            'ø' | 'ö' => out.push_str("oe"),
            'å' => out.push_str("aa"),
            c if c.is_ascii_alphanumeric() => out.push(c),
            _ => {
                if !out.ends_with('-') && !out.is_empty() {
                    out.push('-');
                }
            }
        }
    }
    out.trim_end_matches('-')
        .chars()
        .take(60)
        .collect::<String>()
        .trim_end_matches('-')
        .to_string()
}

/// Write the plan text: every comment, and the example values in them, in the
/// model's language (Danish when it names none).
pub fn init_plan(model: &Plan, o: &InitOptions) -> String {
    let lang = model.lang().unwrap_or(Lang::Da);
    let fill = blank_marker(lang);
    let t = |en: &str, da: &str, sv: &str| -> String {
        match lang {
            Lang::Da => da.to_string(),
            Lang::Sv => sv.to_string(),
            Lang::En => en.to_string(),
        }
    };
    let model_id = model
        .id
        .as_ref()
        .map(|s| s.value.as_str())
        .unwrap_or("plan");
    let model_title = model
        .title
        .as_ref()
        .map(|s| s.value.as_str())
        .unwrap_or(model_id);
    let mut y = String::new();
    if let Some(schema) = o.schema_path {
        y.push_str(&format!("# yaml-language-server: $schema={schema}\n#\n"));
    }
    let version = model
        .version
        .as_ref()
        .map(|v| format!(", version {}", v.value))
        .unwrap_or_default();
    y.push_str(&format!(
        "# {}\n",
        c(&t(
            &format!(
                "Implementation plan built on the model \"{model_title}\" ({}{version}).",
                o.model_path
            ),
            &format!(
                "Implementeringsplan bygget på modellen \"{model_title}\" ({}{version}).",
                o.model_path
            ),
            &format!(
                "Implementeringsplan byggd på modellen \"{model_title}\" ({}{version}).",
                o.model_path
            ),
        ))
    ));
    y.push_str(&format!(
        "# {}\n",
        c(&t(
            &format!(
                "Fill in every line marked {fill}. `tovholder check` lists what is still missing;"
            ),
            &format!(
                "Udfyld hver linje mærket {fill}. `tovholder check` viser, hvad der stadig mangler;"
            ),
            &format!(
                "Fyll i varje rad märkt {fill}. `tovholder check` visar vad som fortfarande saknas;"
            ),
        ))
    ));
    y.push_str(&format!("# {}\n", t(
        "when it reports no warnings, the plan is complete. Add, override or remove the model's entities by id below.",
        "når den ikke giver flere advarsler, er planen komplet. Tilføj, ændr eller fjern modellens enheder via deres id herunder.",
        "när den inte längre ger varningar är planen komplett. Lägg till, ändra eller ta bort modellens delar via deras id nedan.",
    )));
    let org_slug = o.organisation.map(slug).filter(|s| !s.is_empty());
    let id = match &org_slug {
        Some(s) => format!("{model_id}-{s}"),
        None => format!("{model_id}-plan"),
    };
    y.push_str(&format!("id: {id}\n"));
    let title = match o.organisation {
        Some(org) => format!("{model_title} – {org}"),
        None => model_title.to_string(),
    };
    y.push_str(&format!("title: {}\n", q(&title)));
    match o.organisation {
        Some(org) => y.push_str(&format!("organisation: {}\n", q(org))),
        None => y.push_str(&format!(
            "# organisation: \"…\"   # {}\n",
            t(
                "the kommune and department, printed on every document",
                "kommune og forvaltning; står på alle dokumenter",
                "kommun och förvaltning; står på alla dokument"
            )
        )),
    }
    y.push_str(&format!("language: {}\n", lang.code()));
    let major = model
        .version
        .as_ref()
        .and_then(|v| v.value.split('.').next().map(str::to_string));
    match major {
        Some(m) => y.push_str(&format!(
            "uses: {{ path: {}, version: \"{m}.x\" }}\n",
            q(o.model_path)
        )),
        None => y.push_str(&format!("uses: {}\n", q(o.model_path))),
    }
    match o.start {
        Some(d) => y.push_str(&format!("start: {d}\n")),
        None => y.push_str(&format!(
            "start:          # {fill}: {}\n",
            t(
                "first day of the plan, YYYY-MM-DD",
                "planens første dag, ÅÅÅÅ-MM-DD",
                "planens första dag, ÅÅÅÅ-MM-DD"
            )
        )),
    }
    if let Some(cal) = &model.calendar
        && cal.holidays.is_some()
    {
        y.push_str(&format!(
            "# calendar: {{ closed: [\"{}\"] }}   # {}\n",
            t(
                "YYYY-07-05..YYYY-07-30",
                "YYYY-07-05..YYYY-07-30",
                "ÅÅÅÅ-07-05..ÅÅÅÅ-07-30"
            ),
            t(
                "closed periods (summer holiday); holidays come from the model",
                "lukkeperioder (sommerferie); helligdage kommer fra modellen",
                "stängda perioder (sommarsemester); helgdagar kommer från modellen"
            )
        ));
    }
    if !model.roles.is_empty() {
        y.push_str("\nroles:\n");
        for (rid, role) in model.roles.iter() {
            let name = role.name.as_ref().map(|n| n.value.as_str()).unwrap_or(rid);
            y.push_str(&format!("  {rid}:   # {}\n", c(name)));
            let owned = role.owner.as_ref().is_some_and(|o| !o.is_empty());
            if !owned {
                y.push_str(&format!(
                    "    owner:      # {fill}: {}\n",
                    t(
                        "who holds the role, e.g. [Anna Jensen]",
                        "hvem har rollen, fx [Anna Jensen]",
                        "vem har rollen, t.ex. [Anna Svensson]"
                    )
                ));
            }
            if role.hours.is_none() {
                y.push_str(&format!(
                    "    # hours: {}   # {}\n",
                    t("4 per week", "4 timer om ugen", "4 tim per vecka"),
                    t(
                        "granted time, if the role has a budget",
                        "tildelt tid (råderum), hvis rollen har det",
                        "avsatt tid, om rollen har det"
                    )
                ));
            }
        }
    }
    if !model.goals.is_empty() {
        y.push_str("\ngoals:\n");
        for (gid, goal) in model.goals.iter() {
            let st = goal
                .statement
                .as_ref()
                .map(|n| n.value.as_str())
                .unwrap_or(gid);
            y.push_str(&format!("  {gid}:   # {}\n", c(st)));
            let b = goal.baseline.as_ref();
            let has_value = b.and_then(|b| b.value.as_ref()).is_some();
            let has_date = b.and_then(|b| b.date.as_ref()).is_some();
            if !has_value || !has_date {
                y.push_str("    baseline:\n");
                if !has_value {
                    let src = b
                        .and_then(|b| b.source.as_ref())
                        .map(|s| format!(" ({})", c(s)))
                        .unwrap_or_default();
                    y.push_str(&format!(
                        "      value:    # {fill}: {}{src}\n",
                        t(
                            "the value measured before work starts",
                            "værdien målt før arbejdet går i gang",
                            "värdet uppmätt innan arbetet börjar"
                        )
                    ));
                }
                if !has_date {
                    y.push_str(&format!(
                        "      date:     # {fill}: {}\n",
                        t(
                            "when it was measured, YYYY-MM-DD",
                            "hvornår den er målt, ÅÅÅÅ-MM-DD",
                            "när det mättes, ÅÅÅÅ-MM-DD"
                        )
                    ));
                }
            }
            let tgt = goal.target.as_ref();
            if tgt.and_then(|t| t.by.as_ref()).is_none() {
                y.push_str("    target:\n");
                if tgt.and_then(|t| t.value.as_ref()).is_none() {
                    y.push_str(&format!(
                        "      value:    # {fill}: {}\n",
                        t(
                            "the value to reach",
                            "værdien der skal nås",
                            "värdet som ska nås"
                        )
                    ));
                }
                y.push_str(&format!(
                    "      by:       # {fill}: {}\n",
                    t("when, YYYY-MM-DD", "hvornår, ÅÅÅÅ-MM-DD", "när, ÅÅÅÅ-MM-DD")
                ));
            }
        }
    }
    y.push_str(&format!(
        "\n# {}\n# activities:\n#   {}:\n#     every: {}\n",
        t(
            "Local changes: override a model activity field by field, add new ones, or drop some with `remove: { activities: [id] }`.",
            "Lokale ændringer: ændr en af modellens aktiviteter felt for felt, tilføj nye, eller fjern med `remove: { activities: [id] }`.",
            "Lokala ändringar: ändra en av modellens aktiviteter fält för fält, lägg till nya eller ta bort med `remove: { activities: [id] }`.",
        ),
        model.activities.keys().next().map(String::as_str).unwrap_or("id"),
        t("1 month", "1 måned", "1 månad"),
    ));
    y
}

/// The text of an empty journal for a new plan (`<plan-file-stem>.log.yaml`), with
/// the editor's schema line when `schema_path` (the journal schema's path relative to
/// the journal) is given.
pub fn journal_text(schema_path: Option<&str>) -> String {
    let mut out = String::new();
    if let Some(schema) = schema_path {
        out.push_str(&format!("# yaml-language-server: $schema={schema}\n"));
    }
    out.push_str(
        "# The plan's journal: what actually happened, one entry per event, in any order.\n\
         # - { date: 2027-03-04, held: laeringsmoede, note: 9 deltagere }\n\
         # - { date: 2027-07-06, cancelled: laeringsmoede, reason: Sommerferie }\n\
         # - { date: 2027-04-01, measured: borgerinddragelse, value: 48 %, source: Sagsaudit 1. kvartal }\n\
         kind: log\n\
         entries: []\n",
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn slugs() {
        assert_eq!(
            slug("Nordby Kommune, Børn og Familie"),
            "nordby-kommune-boern-og-familie"
        );
        assert_eq!(slug("Älvby kommun"), "aelvby-kommun");
        assert_eq!(slug("  "), "");
    }
    #[test]
    fn quoting() {
        assert_eq!(q("a \"b\" \\ c"), "\"a \\\"b\\\" \\\\ c\"");
    }
}
