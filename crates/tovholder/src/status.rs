//! `tovholder status`: where the plan stands as of a day, in the terminal.
//!
//! The current phase(s) with their planned and forecast windows, per activity held /
//! cancelled / not recorded, goals from baseline to latest to target with their
//! data-derived status, open checklist items, what is overdue (the follow-up
//! findings) and the next 60 days. `--format json` prints the status as data
//! (`tovholder_core::status::PlanStatus`), `--format markdown` the statusrapport's
//! Markdown. The words are `tovholder_core::messages::StatusMsg`, in `--lang`, else
//! the plan's language.
//!
//! Exit codes: errors in the plan (not in its journal) → the findings on stderr,
//! nothing on stdout, 1 (as `check`); an unreadable plan or bad arguments → 2;
//! otherwise 0, whatever the status says.

use crate::check;
use crate::exit;
use crate::output;
use crate::plan::{self, options_for};
use clap::{Args, ValueEnum};
use std::path::PathBuf;
use tovholder_core::messages::{CliMsg, StatusMsg};
use tovholder_core::model::Date;
use tovholder_core::status::{self, PlanStatus, UPCOMING_DAYS};
use tovholder_core::{CheckOptions, Lang};
use tovholder_render::i18n;

#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum StatusFormat {
    /// For a person at a terminal.
    Human,
    /// The status as data.
    Json,
    /// The statusrapport's Markdown.
    Markdown,
}

#[derive(Args, Debug)]
pub struct StatusArgs {
    /// The plan.
    pub plan: PathBuf,
    /// The day the status is as of, YYYY-MM-DD (default: `SOURCE_DATE_EPOCH`, else today in Europe/Copenhagen).
    #[arg(long, value_name = "DATE", value_parser = Date::parse)]
    pub as_of: Option<Date>,
    /// Output format.
    #[arg(long, value_enum, default_value = "human")]
    pub format: StatusFormat,
    /// Language (da, en, sv); default: the plan's `language`, else English.
    #[arg(long, value_parser = check::parse_lang)]
    pub lang: Option<Lang>,
    /// Use this configuration file instead of the nearest `tovholder.toml`.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Let `uses` and `log` paths leave the repository root.
    #[arg(long)]
    pub allow_outside_root: bool,
}

pub fn run(args: &StatusArgs) -> u8 {
    let before = args.lang.unwrap_or(Lang::En);
    let as_of = match crate::journal::as_of(args.as_of) {
        Ok(d) => d,
        Err(msg) => {
            plan::error(&msg, before);
            return exit::FAILURE;
        }
    };
    let base = CheckOptions {
        lang: args.lang,
        allow_outside_root: args.allow_outside_root,
        as_of: Some(as_of),
        ..Default::default()
    };
    let (opts, config) = match options_for(&args.plan, args.config.as_deref(), &base) {
        Ok(v) => v,
        Err((path, reason)) => {
            let path = path.display().to_string();
            plan::error(&CliMsg::CannotReadConfig { path, reason }, before);
            return exit::FAILURE;
        }
    };
    if let Some(config) = &config
        && config.checked.errors() > 0
    {
        plan::report_to_stderr(config);
        return exit::FINDINGS;
    }
    let path = args.plan.display().to_string();
    let result = match plan::check_file(&args.plan, &opts) {
        Ok(r) => r,
        Err(reason) => {
            plan::error(&CliMsg::CannotRead { path, reason }, before);
            return exit::FAILURE;
        }
    };
    let lang = result.checked.lang;
    let errors = result.checked.plan_errors();
    if errors > 0 {
        plan::report_to_stderr(&result);
        let msg = StatusMsg::NoStatus { path, errors }.text(lang);
        output::eprint(&format!("{}: {msg}", CliMsg::ErrorPrefix.text(lang)));
        return exit::FINDINGS;
    }
    // A journal's errors never stop the status: they are printed, and it goes on.
    if result.checked.errors() > 0 {
        plan::report_to_stderr(&result);
    }
    let Some(compiled) = result.checked.compiled(&result.sources) else {
        let plan = &result.checked.plan;
        let msg = if plan.is_model() {
            CliMsg::IsAModel { path }
        } else if plan.start.is_none() {
            CliMsg::NoStart { path }
        } else {
            CliMsg::NotScheduled { path }
        };
        plan::error(&msg, lang);
        return exit::FINDINGS;
    };
    let tolerance = opts.rule_options.goal_off_track_tolerance_percent;
    let st = status::build(&result.checked, &compiled, as_of, tolerance);
    match args.format {
        StatusFormat::Human => output::print(&tovholder_core::report::terminal_lines(&human(
            &st, &compiled, lang,
        ))),
        StatusFormat::Json => match serde_json::to_string_pretty(&st) {
            Ok(json) => output::print(&json),
            Err(e) => {
                let reason = e.to_string();
                plan::error(&CliMsg::InternalJson { reason }, lang);
                return exit::FAILURE;
            }
        },
        StatusFormat::Markdown => {
            let md = tovholder_render::templates::environment(lang, &Default::default()).and_then(
                |env| {
                    let v = tovholder_render::view::PlanView::new(&compiled, lang);
                    tovholder_render::statusrapport::markdown(&v, &env, &st, false)
                },
            );
            match md {
                Ok(md) => output::print(&md),
                Err(e) => {
                    let reason = e.to_string();
                    plan::error(&CliMsg::RenderFailed { path, reason }, lang);
                    return exit::FAILURE;
                }
            }
        }
    }
    exit::OK
}

/// Columns padded to their widest cell (in characters), two spaces apart.
fn table(rows: &[Vec<String>]) -> String {
    let cols = rows.iter().map(Vec::len).max().unwrap_or(0);
    let width = |c: usize| {
        rows.iter()
            .filter_map(|r| r.get(c))
            .map(|s| s.chars().count())
            .max()
            .unwrap_or(0)
    };
    let widths: Vec<usize> = (0..cols).map(width).collect();
    let mut out = String::new();
    for r in rows {
        let mut line = String::from("  ");
        for (c, cell) in r.iter().enumerate() {
            line.push_str(cell);
            if c + 1 < r.len() {
                let pad = widths.get(c).copied().unwrap_or(0) - cell.chars().count();
                line.push_str(&" ".repeat(pad + 2));
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

fn date(lang: Lang, d: Date) -> String {
    i18n::date_medium(lang, d)
}

fn window(lang: Lang, start: Date, end: Option<Date>) -> String {
    match end {
        Some(end) => format!("{} – {}", date(lang, start), date(lang, end)),
        None => format!(
            "{} – ({})",
            date(lang, start),
            StatusMsg::Ongoing.text(lang)
        ),
    }
}

/// The status for a person at a terminal.
pub fn human(st: &PlanStatus, plan: &tovholder_core::compiled::CompiledPlan, lang: Lang) -> String {
    let w = |m: StatusMsg| m.text(lang);
    let mut out = String::new();
    let heading = |out: &mut String, text: String| {
        out.push('\n');
        out.push_str(&text);
        out.push('\n');
    };
    out.push_str(&format!("{} – {}\n", w(StatusMsg::Title), st.title));
    out.push_str(&w(StatusMsg::AsOf {
        date: i18n::date_long(lang, st.as_of),
    }));
    out.push('\n');
    if !st.has_journal {
        out.push_str(&w(StatusMsg::NoJournal));
        out.push('\n');
    }
    let nothing = |out: &mut String| {
        out.push_str(&format!("  {}\n", w(StatusMsg::Nothing)));
    };

    heading(&mut out, w(StatusMsg::CurrentPhases));
    let current: Vec<_> = st.phases.iter().filter(|p| p.is_current()).collect();
    if current.is_empty() {
        nothing(&mut out);
    }
    for p in current {
        out.push_str(&format!(
            "  {} ({})\n    {}: {}\n    {}: {}\n",
            p.name,
            w(StatusMsg::State(p.state)),
            w(StatusMsg::Planned),
            window(lang, p.planned_start, p.planned_end),
            w(StatusMsg::Forecast),
            window(lang, p.forecast_start, p.forecast_end),
        ));
    }

    heading(&mut out, w(StatusMsg::Phases));
    let mut rows = vec![vec![
        w(StatusMsg::Phase),
        w(StatusMsg::Verdict),
        w(StatusMsg::Planned),
        w(StatusMsg::Forecast),
    ]];
    for p in &st.phases {
        rows.push(vec![
            p.name.clone(),
            w(StatusMsg::State(p.state)),
            window(lang, p.planned_start, p.planned_end),
            window(lang, p.forecast_start, p.forecast_end),
        ]);
    }
    out.push_str(&table(&rows));

    heading(&mut out, w(StatusMsg::Activities));
    // Recurring activities with something due (the rest have not begun).
    let recurring: Vec<_> = st
        .activities
        .iter()
        .filter(|a| a.every.is_some() && a.due > 0)
        .collect();
    if recurring.is_empty() {
        nothing(&mut out);
    } else {
        let mut rows = vec![vec![
            w(StatusMsg::Activity),
            w(StatusMsg::Due),
            w(StatusMsg::Held),
            w(StatusMsg::Cancelled),
            w(StatusMsg::NotRecorded),
        ]];
        for a in recurring {
            let of = |part: usize| format!("{part} ({} %)", a.percent(part));
            rows.push(vec![
                a.name.clone(),
                format!("{} / {}", a.due, a.planned),
                of(a.held),
                of(a.cancelled),
                of(a.not_recorded),
            ]);
        }
        out.push_str(&table(&rows));
    }

    heading(&mut out, w(StatusMsg::Goals));
    if st.goals.is_empty() {
        nothing(&mut out);
    }
    for g in &st.goals {
        let value = |v: Option<&str>| v.unwrap_or("–").to_string();
        out.push_str(&format!(
            "  {}\n    {} → {} → {}\n    {}: {}\n",
            g.statement,
            value(g.baseline.as_deref()),
            value(g.latest().map(|m| m.value.as_str())),
            value(g.target.as_deref()),
            w(StatusMsg::GoalVerdict(g.verdict)),
            w(StatusMsg::VerdictWhy {
                verdict: g.verdict,
                rule: g.rule.clone(),
            }),
        ));
    }

    heading(&mut out, w(StatusMsg::OpenItems));
    if st.open_items.is_empty() {
        nothing(&mut out);
    }
    for i in &st.open_items {
        out.push_str(&format!(
            "  {} {}: {}\n",
            i.checklist_name, i.number, i.text
        ));
    }

    heading(&mut out, w(StatusMsg::Overdue));
    if st.overdue.is_empty() {
        nothing(&mut out);
    }
    for o in &st.overdue {
        out.push_str(&format!("  [{}] {}\n", o.rule, o.message));
    }

    heading(
        &mut out,
        w(StatusMsg::Upcoming {
            days: UPCOMING_DAYS,
        }),
    );
    if st.upcoming.is_empty() {
        nothing(&mut out);
    } else {
        let role = |id: &str| {
            plan.roles
                .iter()
                .find(|r| r.id == id)
                .map(|r| r.name.clone())
                .unwrap_or_else(|| id.to_string())
        };
        let rows: Vec<Vec<String>> = st
            .upcoming
            .iter()
            .map(|u| {
                vec![
                    tovholder_render::statusrapport::upcoming_when(lang, u),
                    u.name.clone(),
                    u.responsible.as_deref().map(role).unwrap_or_default(),
                ]
            })
            .collect();
        out.push_str(&table(&rows));
    }
    out
}
