//! `horizon-mismatch`: the declared `horizon` does not fit what the phases add up to.

use super::{Ctx, Finding};
use crate::diag::{Label, Lang};
use crate::duration::{Duration, TimeUnit};
use crate::schedule::dates::{add_units, days_between};
use crate::schedule::phases::{Pick, has_open_end, total_end};
use jiff::civil::{Date, date};

declare_rule! {
    /// ## What it does
    /// Adds up the phases along their `after` chains — every duration at its minimum,
    /// then at its maximum — and compares the result with the plan's `horizon`. It
    /// warns when the two windows do not meet: the phases cannot finish within the
    /// horizon even at their shortest, or (when no phase is `ongoing`, which would fill
    /// the rest) they end before the horizon even at their longest. Optional phases
    /// count as taken; the message also gives the totals without them. A model without
    /// `start` is measured from a reference date; month lengths make no difference to
    /// the verdict.
    ///
    /// ## Why it matters
    /// The horizon is what the plan promises management. When the phases add up to
    /// more, the promise is broken before the work starts — the Swedish collaboration
    /// life phases are presented as "about one to one and a half years" but add up to
    /// 19–32 months.
    ///
    /// ## Example
    /// ```yaml
    /// horizon: 1 year
    /// phases:
    ///   ide: { duration: 2-4 months }
    ///   proeva-och-testa: { after: [ide], duration: 6 months }
    ///   tillaempning: { after: [proeva-och-testa], duration: 6-12 months }
    /// ```
    ///
    /// ## Use instead
    /// ```yaml
    /// horizon: 14-22 months
    /// phases:
    ///   ide: { duration: 2-4 months }
    ///   proeva-och-testa: { after: [ide], duration: 6 months }
    ///   tillaempning: { after: [proeva-och-testa], duration: 6-12 months }
    /// ```
    pub static RULE = "horizon-mismatch", Warn,
        "The declared horizon does not fit what the phases add up to",
        check: Some(check);
}

/// Where models (which have no `start`) are measured from.
const REFERENCE_START: Date = date(2001, 1, 1);

fn check(ctx: &Ctx, out: &mut Vec<Finding>) {
    let plan = ctx.plan;
    let Some(horizon) = &plan.horizon else {
        return;
    };
    let Duration::Range(h) = horizon.value else {
        return;
    };
    if !ctx.graph.cycles().is_empty() {
        return;
    }
    let start = plan
        .start
        .as_ref()
        .map(|s| s.value.0)
        .unwrap_or(REFERENCE_START);
    let g = ctx.graph;
    let (Some(taken_min), Some(taken_max)) = (
        total_end(plan, g, start, Pick::Min, false),
        total_end(plan, g, start, Pick::Max, false),
    ) else {
        return;
    };
    let (Some(h_min), Some(h_max)) = (
        add_units(start, i64::from(h.min), h.unit),
        add_units(start, i64::from(h.max), h.unit),
    ) else {
        return;
    };
    let open = has_open_end(plan, g, start);
    let too_long = h_max < taken_min;
    let too_short = !open && taken_max < h_min;
    if !too_long && !too_short {
        return;
    }
    let unit = match h.unit {
        TimeUnit::Year | TimeUnit::Month => TimeUnit::Month,
        u => u,
    };
    let lang = ctx.lang;
    let m = |end: Date| measure(start, end, unit);
    let taken = (m(taken_min), m(taken_max));
    let skipped = (
        total_end(plan, g, start, Pick::Min, true).map_or(taken.0, m),
        total_end(plan, g, start, Pick::Max, true).map_or(taken.1, m),
    );
    let declared = (m(h_min), m(h_max));
    let optional: Vec<&str> = plan
        .phases
        .iter()
        .filter(|(_, p)| p.optional.as_ref().is_some_and(|o| o.value))
        .map(|(id, _)| id.as_str())
        .collect();
    let ongoing = plan
        .phases
        .iter()
        .find(|(_, p)| {
            p.duration
                .as_ref()
                .is_some_and(|d| d.value == Duration::Ongoing)
        })
        .map(|(id, _)| id.as_str());
    let what = match (ongoing, lang) {
        (Some(o), Lang::Da) => format!("faserne før den løbende fase {o}"),
        (Some(o), _) => format!("the phases before the ongoing phase {o}"),
        (None, Lang::Da) => "faserne".to_string(),
        (None, _) => "phases".to_string(),
    };
    let verb = lang.pick("take", "varer");
    let mut message = if skipped != taken && !optional.is_empty() {
        let names = optional.join(", ");
        let with = match (optional.len(), lang) {
            (1, Lang::Da) => format!("med den valgfri fase {names}"),
            (_, Lang::Da) => format!("med de valgfri faser {names}"),
            (1, _) => format!("with the optional phase {names}"),
            (_, _) => format!("with the optional phases {names}"),
        };
        format!(
            "{what} {verb} {} ({} {with})",
            amount(skipped, unit, lang),
            range(taken)
        )
    } else {
        format!("{what} {verb} {}", amount(taken, unit, lang))
    };
    message.push_str(&match lang {
        Lang::Da => format!(", planen siger {}", amount(declared, unit, lang)),
        _ => format!(", the plan says {}", amount(declared, unit, lang)),
    });
    let label = match lang {
        Lang::Da => format!("planen siger {}", amount(declared, unit, lang)),
        _ => format!("the plan says {}", amount(declared, unit, lang)),
    };
    let suggestion = amount(taken, unit, Lang::En).replace('–', "-");
    let help = match (too_long, open, lang) {
        (true, true, Lang::Da) => format!(
            "sæt `horizon` til mindst {} (plus tid til forankring), eller gør faserne kortere",
            amount((taken.0, taken.0), unit, lang)
        ),
        (true, true, _) => format!(
            "set `horizon` to at least {} (plus time for sustainment), or shorten the phases",
            amount((taken.0, taken.0), unit, lang)
        ),
        (_, _, Lang::Da) => {
            format!("sæt `horizon: {suggestion}`, eller juster fasernes varighed, så de passer")
        }
        (_, _, _) => {
            format!("set `horizon: {suggestion}`, or change the phase durations so they fit")
        }
    };
    let mut f = Finding::new(message, Label::new(horizon.span, label)).help(help);
    for id in &optional {
        if let Some(p) = plan.phases.get(*id)
            && let Some(o) = &p.optional
        {
            f = f.label(Label::new(
                o.span,
                lang.pick("optional: counted as taken", "valgfri: regnet med"),
            ));
        }
    }
    out.push(f);
}

/// Whole units from `start` to `end`: months rounded to the nearest month, weeks
/// and days as such.
fn measure(start: Date, end: Date, unit: TimeUnit) -> i64 {
    match unit {
        TimeUnit::Day => days_between(start, end),
        TimeUnit::Week => (days_between(start, end) + 3) / 7,
        TimeUnit::Month | TimeUnit::Year => {
            let span = start.until((jiff::Unit::Month, end));
            match span {
                Ok(s) => i64::from(s.get_months()) + i64::from(s.get_days() >= 15),
                Err(_) => 0,
            }
        }
    }
}

fn range((a, b): (i64, i64)) -> String {
    if a == b {
        a.to_string()
    } else {
        format!("{a}–{b}")
    }
}

fn amount(r: (i64, i64), unit: TimeUnit, lang: Lang) -> String {
    let plural = r != (1, 1);
    let word = match (unit, lang, plural) {
        (TimeUnit::Day, Lang::Da, false) => "dag",
        (TimeUnit::Day, Lang::Da, true) => "dage",
        (TimeUnit::Week, Lang::Da, false) => "uge",
        (TimeUnit::Week, Lang::Da, true) => "uger",
        (TimeUnit::Month | TimeUnit::Year, Lang::Da, false) => "måned",
        (TimeUnit::Month | TimeUnit::Year, Lang::Da, true) => "måneder",
        (u, _, p) => u.name(p),
    };
    format!("{} {word}", range(r))
}
