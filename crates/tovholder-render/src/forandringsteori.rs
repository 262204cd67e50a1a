//! The *forandringsteori* (theory of change) section of the aktivitetsplan: how the
//! plan's activities lead to its process goals and the process goals to its result
//! goals (*Vis mig værdien*, Viborg Kommune, KL's ledertræf 2014: "Fra procesmål til
//! resultatmål"). An SVG diagram in three columns — activities → process goals →
//! result goals, arrows along the activities' `contributes_to` and the goals'
//! `contributes_to` — and a table of the chain's goals.
//!
//! Only plans whose goals form a chain (a goal with a `level` or a `contributes_to`)
//! get the section; every other plan renders exactly as before.
//!
//! **Bounded:** at most [`MAX_PER_COLUMN`] boxes per column (the rest counted in an
//! "og N flere" note under the column), so the drawing of a plan with thousands of
//! goals stays a few hundred kilobytes; every box's text is at most two short lines
//! (the full text in the box's `<title>`); the table's "fed by" and "contributes to"
//! cells name at most [`MAX_IN_CELL`] entries, each shortened.
//! **Deterministic:** the order in each column comes from the plan's order and the
//! links alone (no hash order, no floating-point layout).

use crate::view::{self, PlanView};
use crate::{OutputFile, RenderError, i18n, templates};
use minijinja::Environment;
use minijinja::value::{Serde, Value};
use serde::Serialize;
use std::collections::BTreeMap;
use tovholder_core::Lang;
use tovholder_core::compiled::CompiledGoal;

/// The most boxes drawn in one column.
pub const MAX_PER_COLUMN: usize = 40;
/// The most names listed in one "fed by" / "contributes to" cell of the table.
pub const MAX_IN_CELL: usize = 10;
/// Characters of a name in a table cell before it is shortened with `…`.
const CELL_CHARS: usize = 60;
/// Characters per line in a box, and lines per box.
const BOX_CHARS: usize = 34;
const BOX_LINES: usize = 2;

/// Wide enough for a loop between two result goals (36 past the last column).
const WIDTH: u32 = 940;
const BOX_W: u32 = 250;
const BOX_H: u32 = 40;
const PITCH: u32 = 50;
const TOP: u32 = 44;
const COLUMN_X: [u32; 3] = [20, 330, 640];

/// Everything the section's templates see as `ft`.
#[derive(Debug, Serialize)]
pub struct Section {
    pub diagram: Diagram,
    pub rows: Vec<Row>,
}

/// The drawing, laid out.
#[derive(Debug, Serialize)]
pub struct Diagram {
    pub width: u32,
    pub height: u32,
    /// `Forandringsteori: 12 aktiviteter, 5 procesmål, 2 resultatmål` (aria label).
    pub label: String,
    pub columns: Vec<Column>,
    pub nodes: Vec<Node>,
    pub edges: Vec<Edge>,
}

#[derive(Debug, Serialize)]
pub struct Column {
    /// Centre of the column.
    pub x: u32,
    pub heading: String,
    /// `og 4.960 flere` under the column, when some were left out.
    pub more: Option<String>,
    pub more_y: u32,
}

#[derive(Debug, Serialize)]
pub struct Node {
    pub id: String,
    /// `activity`, `process` or `result`.
    pub kind: &'static str,
    pub x: u32,
    pub y: u32,
    pub w: u32,
    pub h: u32,
    /// At most two lines, shortened with `…`.
    pub lines: Vec<String>,
    /// The full name or statement.
    pub title: String,
}

#[derive(Debug, Serialize)]
pub struct Edge {
    pub from: String,
    pub to: String,
    /// The SVG path.
    pub d: String,
    /// `activity` (from an activity) or `goal` (between goals).
    pub kind: &'static str,
}

/// One goal of the chain in the table.
#[derive(Debug, Serialize)]
pub struct Row {
    pub id: String,
    pub statement: String,
    /// `Procesmål` / `Resultatmål` (the written level, else the column it is drawn in).
    pub level: String,
    pub indicator: Option<String>,
    /// `40 % → 60 %`.
    pub values: Option<String>,
    /// `31. oktober 2028`.
    pub by: Option<String>,
    /// Activities and goals that feed it (shortened; at most [`MAX_IN_CELL`] and a note).
    pub fed_by: Vec<String>,
    pub contributes_to: Vec<String>,
}

/// Process (column 1) or result (column 2).
fn column_of(g: &CompiledGoal, fed_by_goal: bool) -> usize {
    match g.level.as_deref() {
        Some("result") => 2,
        Some(_) => 1,
        None if !g.contributes_to.is_empty() => 1,
        None if fed_by_goal => 2,
        None => 1,
    }
}

fn level_word(lang: Lang, column: usize) -> &'static str {
    if column == 2 {
        i18n::label(lang, "ft_result_goal")
    } else {
        i18n::label(lang, "ft_process_goal")
    }
}

/// A count with the language's thousands separator: `4.960`, `4 960`, `4,960`.
pub fn count(lang: Lang, n: usize) -> String {
    let digits = n.to_string();
    let sep = match lang {
        Lang::Da => '.',
        Lang::Sv => '\u{a0}',
        Lang::En => ',',
    };
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// `og 12 flere` / `och 12 till` / `and 12 more`.
fn more(lang: Lang, n: usize) -> String {
    format!(
        "{} {} {}",
        i18n::label(lang, "ft_and"),
        count(lang, n),
        i18n::label(lang, "ft_more")
    )
}

/// `s` in at most `chars` characters, shortened with `…`.
pub fn shorten(s: &str, chars: usize) -> String {
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if s.chars().count() <= chars {
        return s;
    }
    let cut: String = s.chars().take(chars.saturating_sub(1)).collect();
    format!("{}…", cut.trim_end())
}

/// Wrap `s` into at most `lines` lines of at most `width` characters, the last line
/// shortened with `…` when text is left over; a word longer than a line is cut.
pub fn wrap(s: &str, width: usize, lines: usize) -> Vec<String> {
    let width = width.max(2);
    let mut all: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in s.split_whitespace() {
        let chars: Vec<char> = word.chars().collect();
        for piece in chars.chunks(width) {
            let piece: String = piece.iter().collect();
            let len = line.chars().count();
            if line.is_empty() {
                line = piece;
            } else if len + 1 + piece.chars().count() <= width {
                line.push(' ');
                line.push_str(&piece);
            } else {
                all.push(std::mem::replace(&mut line, piece));
            }
        }
    }
    if !line.is_empty() {
        all.push(line);
    }
    if all.len() <= lines {
        return all;
    }
    let rest = all.split_off(lines.max(1));
    if let Some(last) = all.last_mut() {
        *last = shorten(&format!("{last} {}", rest.join(" ")), width);
    }
    all
}

/// Whether the plan's goals form a chain at all.
pub fn has_chain(v: &PlanView) -> bool {
    v.plan
        .goals
        .iter()
        .any(|g| g.level.is_some() || !g.contributes_to.is_empty())
}

/// The section, or `None` for a plan whose goals form no chain.
pub fn section(v: &PlanView) -> Option<Section> {
    if !has_chain(v) {
        return None;
    }
    let plan = v.plan;
    let lang = v.lang;
    let index: BTreeMap<&str, usize> = plan
        .goals
        .iter()
        .enumerate()
        .map(|(i, g)| (g.id.as_str(), i))
        .collect();
    // Goals fed by goals, and by whom.
    let mut fed_by_goals: Vec<Vec<usize>> = vec![Vec::new(); plan.goals.len()];
    for (i, g) in plan.goals.iter().enumerate() {
        for t in &g.contributes_to {
            if let Some(slot) = index.get(t.as_str()).and_then(|&j| fed_by_goals.get_mut(j))
                // `i` only grows, so a repeat is the last one pushed (no quadratic scan).
                && slot.last() != Some(&i)
            {
                slot.push(i);
            }
        }
    }
    let in_chain = |i: usize, g: &CompiledGoal| {
        g.level.is_some()
            || !g.contributes_to.is_empty()
            || fed_by_goals.get(i).is_some_and(|f| !f.is_empty())
    };
    let columns: Vec<Option<usize>> = plan
        .goals
        .iter()
        .enumerate()
        .map(|(i, g)| {
            in_chain(i, g).then(|| column_of(g, fed_by_goals.get(i).is_some_and(|f| !f.is_empty())))
        })
        .collect();
    let col_of = |i: usize| columns.get(i).copied().flatten();

    // Result goals in plan order; process goals by the first result goal they feed.
    let results: Vec<usize> = (0..plan.goals.len())
        .filter(|&i| col_of(i) == Some(2))
        .collect();
    let result_pos: BTreeMap<usize, usize> =
        results.iter().enumerate().map(|(p, &i)| (i, p)).collect();
    let mut process: Vec<usize> = (0..plan.goals.len())
        .filter(|&i| col_of(i) == Some(1))
        .collect();
    let goal_key = |i: usize| -> usize {
        plan.goals
            .get(i)
            .into_iter()
            .flat_map(|g| &g.contributes_to)
            .filter_map(|t| index.get(t.as_str()))
            .filter_map(|j| result_pos.get(j))
            .copied()
            .min()
            .unwrap_or(usize::MAX)
    };
    process.sort_by_cached_key(|&i| (goal_key(i), i));
    let process_pos: BTreeMap<usize, usize> =
        process.iter().enumerate().map(|(p, &i)| (i, p)).collect();
    // Activities feeding a goal of the chain, by the first goal they feed (process
    // goals first, then result goals).
    let slot_of = |goal: usize| -> Option<usize> {
        process_pos
            .get(&goal)
            .copied()
            .or_else(|| result_pos.get(&goal).map(|p| process.len() + p))
    };
    let mut activities: Vec<(usize, usize)> = plan
        .activities
        .iter()
        .enumerate()
        .filter_map(|(a, act)| {
            act.contributes_to
                .iter()
                .filter_map(|t| index.get(t.as_str()).copied())
                .filter_map(slot_of)
                .min()
                .map(|k| (k, a))
        })
        .collect();
    activities.sort();
    let activities: Vec<usize> = activities.into_iter().map(|(_, a)| a).collect();

    let shown = |list: &[usize]| {
        list.iter()
            .take(MAX_PER_COLUMN)
            .copied()
            .collect::<Vec<_>>()
    };
    let cols: [Vec<usize>; 3] = [shown(&activities), shown(&process), shown(&results)];
    let totals = [activities.len(), process.len(), results.len()];
    let tallest = cols.iter().map(Vec::len).max().unwrap_or(0);
    let tallest_u = u32::try_from(tallest).unwrap_or(u32::MAX);
    let any_more = totals.iter().zip(&cols).any(|(t, c)| *t > c.len());
    let height = TOP + tallest_u * PITCH + if any_more { 24 } else { 6 };

    let mut nodes = Vec::new();
    // Where each drawn entity's box is: (column, entity index) → (x, y).
    let mut at: BTreeMap<(usize, usize), (u32, u32)> = BTreeMap::new();
    let mut heads = Vec::new();
    for (c, list) in cols.iter().enumerate() {
        let x = COLUMN_X.get(c).copied().unwrap_or(0);
        let n = u32::try_from(list.len()).unwrap_or(u32::MAX);
        let offset = (tallest_u - n) * PITCH / 2;
        for (k, &e) in list.iter().enumerate() {
            let y = TOP + offset + u32::try_from(k).unwrap_or(0) * PITCH;
            let (id, kind, title) = if c == 0 {
                let Some(a) = plan.activities.get(e) else {
                    continue;
                };
                (a.id.clone(), "activity", view::activity_name(v, a))
            } else {
                let Some(g) = plan.goals.get(e) else { continue };
                (
                    g.id.clone(),
                    if c == 1 { "process" } else { "result" },
                    g.statement.clone(),
                )
            };
            at.insert((c, e), (x, y));
            nodes.push(Node {
                id,
                kind,
                x,
                y,
                w: BOX_W,
                h: BOX_H,
                lines: wrap(&title, BOX_CHARS, BOX_LINES),
                title,
            });
        }
        let left = totals
            .get(c)
            .copied()
            .unwrap_or(0)
            .saturating_sub(list.len());
        heads.push(Column {
            x: x + BOX_W / 2,
            heading: i18n::label(
                lang,
                match c {
                    0 => "ft_activities",
                    1 => "ft_process_goals",
                    _ => "ft_result_goals",
                },
            )
            .to_string(),
            more: (left > 0).then(|| more(lang, left)),
            more_y: TOP + offset + n * PITCH + 8,
        });
    }

    let goal_at = |g: usize| col_of(g).and_then(|c| at.get(&(c, g)).copied());
    let mut edges = Vec::new();
    for &a in cols.first().into_iter().flatten() {
        let (Some(act), Some(&from)) = (plan.activities.get(a), at.get(&(0, a))) else {
            continue;
        };
        let mut seen = std::collections::BTreeSet::new();
        for t in &act.contributes_to {
            let Some(&g) = index.get(t.as_str()) else {
                continue;
            };
            if !seen.insert(g) {
                continue;
            }
            if let (Some(to), Some(goal)) = (goal_at(g), plan.goals.get(g)) {
                edges.push(Edge {
                    from: act.id.clone(),
                    to: goal.id.clone(),
                    d: path(from, to),
                    kind: "activity",
                });
            }
        }
    }
    for list in cols.iter().skip(1) {
        for &g in list {
            let (Some(goal), Some(from)) = (plan.goals.get(g), goal_at(g)) else {
                continue;
            };
            let mut seen = std::collections::BTreeSet::new();
            for t in &goal.contributes_to {
                let Some(&h) = index.get(t.as_str()) else {
                    continue;
                };
                if h == g || !seen.insert(h) {
                    continue;
                }
                if let (Some(to), Some(target)) = (goal_at(h), plan.goals.get(h)) {
                    edges.push(Edge {
                        from: goal.id.clone(),
                        to: target.id.clone(),
                        d: path(from, to),
                        kind: "goal",
                    });
                }
            }
        }
    }

    let label = format!(
        "{}: {} {}, {} {}, {} {}",
        i18n::label(lang, "ft_title"),
        count(lang, totals[0]),
        i18n::label(lang, "ft_activities").to_lowercase(),
        count(lang, totals[1]),
        i18n::label(lang, "ft_process_goals").to_lowercase(),
        count(lang, totals[2]),
        i18n::label(lang, "ft_result_goals").to_lowercase(),
    );

    // The table: process goals then result goals, in their drawing order.
    // At most MAX_IN_CELL names, shortened before anything is copied (a goal fed by
    // thousands of activities costs a count, not thousands of names).
    let names = |n: usize, list: &mut dyn Iterator<Item = &str>| -> Vec<String> {
        let mut out: Vec<String> = list
            .take(MAX_IN_CELL)
            .map(|s| shorten(s, CELL_CHARS))
            .collect();
        if n > MAX_IN_CELL {
            out.push(more(lang, n - MAX_IN_CELL));
        }
        out
    };
    let rows = process
        .iter()
        .chain(&results)
        .filter_map(|&i| {
            let g = plan.goals.get(i)?;
            let column = col_of(i)?;
            let baseline = g.baseline.as_ref().and_then(|b| b.value.clone());
            let target = g.target.as_ref().and_then(|t| t.value.clone());
            let values = match (baseline, target) {
                (None, None) => None,
                (b, t) => Some(format!(
                    "{} → {}",
                    b.unwrap_or_else(|| "–".into()),
                    t.unwrap_or_else(|| "–".into())
                )),
            };
            let feeding_goals = fed_by_goals.get(i).map_or(&[][..], Vec::as_slice);
            let mut fed = g
                .activities
                .iter()
                .map(|a| v.activity(a).map_or(a.as_str(), |x| x.name.as_str()))
                .chain(
                    feeding_goals
                        .iter()
                        .filter_map(|&j| plan.goals.get(j))
                        .map(|x| x.statement.as_str()),
                );
            let fed_count = g.activities.len() + feeding_goals.len();
            let mut targets = g.contributes_to.iter().map(|t| {
                index
                    .get(t.as_str())
                    .and_then(|&j| plan.goals.get(j))
                    .map_or(t.as_str(), |x| x.statement.as_str())
            });
            Some(Row {
                id: g.id.clone(),
                statement: g.statement.clone(),
                level: level_word(lang, column).to_string(),
                indicator: g.indicator.clone(),
                values,
                by: g
                    .target
                    .as_ref()
                    .and_then(|t| t.by)
                    .map(|d| i18n::date_long(lang, d)),
                fed_by: names(fed_count, &mut fed),
                contributes_to: names(g.contributes_to.len(), &mut targets),
            })
        })
        .collect();

    Some(Section {
        diagram: Diagram {
            width: WIDTH,
            height,
            label,
            columns: heads,
            nodes,
            edges,
        },
        rows,
    })
}

/// A curve from the right edge of the box at `from` to the left edge of the box at
/// `to`; within one column, out to the right and back.
fn path(from: (u32, u32), to: (u32, u32)) -> String {
    let y1 = from.1 + BOX_H / 2;
    let y2 = to.1 + BOX_H / 2;
    if from.0 == to.0 {
        let x = from.0 + BOX_W;
        return format!("M{x} {y1}C{} {y1} {} {y2} {x} {y2}", x + 36, x + 36);
    }
    let x1 = from.0 + BOX_W;
    let x2 = to.0;
    let mid = if x2 > x1 { (x2 - x1) / 2 } else { 40 };
    format!(
        "M{x1} {y1}C{} {y1} {} {y2} {x2} {y2}",
        x1 + mid,
        x2.saturating_sub(mid)
    )
}

/// The drawing as a file of its own (`forandringsteori.svg`, which the Markdown
/// aktivitetsplan shows), for a plan with a goal chain; nothing otherwise.
pub fn render(v: &PlanView, env: &Environment<'static>) -> Result<Vec<OutputFile>, RenderError> {
    let Some(s) = section(v) else {
        return Ok(Vec::new());
    };
    let ctx = minijinja::context! { ft => Value::from(Serde(&s)) };
    Ok(vec![OutputFile::text(
        "forandringsteori.svg",
        templates::render(env, "forandringsteori.svg", ctx)?,
    )])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_and_shortens() {
        assert_eq!(wrap("Kort mål", 34, 2), vec!["Kort mål"]);
        let w = wrap(
            "Borgerne oplever en sammenhængende indsats med færre skift mellem sagsbehandlere og hurtigere afklaring",
            34,
            2,
        );
        assert_eq!(w.len(), 2);
        assert!(w.iter().all(|l| l.chars().count() <= 34), "{w:?}");
        assert!(w[1].ends_with('…'), "{w:?}");
        let long = wrap(&"x".repeat(200), 34, 2);
        assert_eq!(long.len(), 2);
        assert!(long[1].ends_with('…') && long[1].chars().count() <= 34);
        assert_eq!(shorten("abc", 10), "abc");
        assert_eq!(shorten("abcdefghijk", 5), "abcd…");
    }

    #[test]
    fn counts_group_thousands() {
        assert_eq!(count(Lang::Da, 4960), "4.960");
        assert_eq!(count(Lang::En, 1_234_567), "1,234,567");
        assert_eq!(count(Lang::Sv, 12), "12");
        assert_eq!(count(Lang::Sv, 4960), "4\u{a0}960");
    }
}
