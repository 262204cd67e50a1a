//! Property tests of the pipeline on generated plans (issue 7): load → check →
//! compile never panics and is deterministic (two runs, two `HashMap` seeds, the
//! same diagnostics and compiled JSON); a generated valid plan has no error-level
//! findings and compiles; a valid plan with one mutation (a line deleted, doubled or
//! swapped, a character replaced, a reference broken, the text cut) still gets
//! located diagnostics, never a panic.
//!
//! The fuzz targets (`fuzz/`) explore the same pipeline much longer; their seeds and
//! regressions are replayed by `crates/tovholder/tests/fuzz_replay.rs`.

use proptest::prelude::*;
use proptest::sample::select;
use tovholder_core::diag::Location;
use tovholder_core::{CheckOptions, Checked, FileId, Lang, Level, SourceFile, SourceMap, check};

// ---------------------------------------------------------------------------
// Generated valid plans

#[derive(Clone, Debug)]
struct Role {
    name: &'static str,
    owners: Vec<&'static str>,
    hours: (u8, &'static str),
    reports_to: Option<usize>,
}

#[derive(Clone, Debug)]
struct Phase {
    name: &'static str,
    duration: (u8, &'static str),
    optional: bool,
    exit: &'static str,
}

#[derive(Clone, Debug)]
enum Timing {
    None,
    At(u8, &'static str),
    Every(u8, &'static str),
    Date(u8, u8),
    After(usize, Option<(u8, &'static str)>),
}

#[derive(Clone, Debug)]
struct Activity {
    name: &'static str,
    phases: Vec<usize>,
    timing: Timing,
    length: &'static str,
    time: Option<(u8, u8)>,
    responsible: usize,
    participants: Vec<usize>,
    audience: Vec<usize>,
    contributes_to: Vec<usize>,
    /// The track (index) it belongs to, if any.
    track: Option<usize>,
    /// The keys of issue 15 (`before`, `after` lists, `kind`, `location`, `optional`
    /// with `when`, roles in `audience`, `per: track`).
    extra: Extra,
}

#[derive(Clone, Debug)]
struct Extra {
    /// `before: aktivitet-J - N unit` (an earlier activity only, so never a cycle).
    before: Option<(usize, Option<(u8, &'static str)>)>,
    /// `after` written as a list, with the first activity too.
    after_list: bool,
    kind: Option<&'static str>,
    location: Option<&'static str>,
    /// `optional: true`, with a `when` text or none.
    optional: Option<Option<&'static str>>,
    /// Roles (indices) in `audience`.
    audience_roles: Vec<usize>,
    /// `per: track` (when the plan has tracks and the activity is in none).
    per_track: bool,
}

fn extra(nr: usize, n_activities: usize) -> impl Strategy<Value = Extra> {
    (
        prop::option::weighted(
            0.2,
            (
                0..n_activities.max(1),
                prop::option::of((1u8..4, select(&["uger", "weeks", "dage", "veckor"][..]))),
            ),
        ),
        any::<bool>(),
        prop::option::weighted(
            0.3,
            select(
                &[
                    "meeting",
                    "møde",
                    "communication",
                    "kommunikation",
                    "milestone",
                    "milepæl",
                    "leverance",
                    "leverans",
                    "möte",
                ][..],
            ),
        ),
        prop::option::weighted(0.3, text()),
        prop::option::weighted(0.2, prop::option::of(text())),
        prop::collection::vec(0..nr.max(1), 0..2),
        prop::bool::weighted(0.3),
    )
        .prop_map(
            |(before, after_list, kind, location, optional, audience_roles, per_track)| Extra {
                before,
                after_list,
                kind,
                location,
                optional,
                audience_roles,
                per_track,
            },
        )
}

#[derive(Clone, Debug)]
struct Goal {
    statement: &'static str,
    kind: &'static str,
    term: &'static str,
    owner: usize,
    baseline: (u8, u8),
    target: u8,
    /// `level` (process/result in en/da/sv words).
    level: Option<&'static str>,
    /// `contributes_to` the next goal (a later one only, so never a cycle).
    contributes_to_next: bool,
}

#[derive(Clone, Debug)]
struct Plan {
    language: &'static str,
    start: (u16, u8, u8),
    horizon: Option<u8>,
    roles: Vec<Role>,
    phases: Vec<Phase>,
    sustain: Option<&'static str>,
    activities: Vec<Activity>,
    goals: Vec<Goal>,
    stakeholders: Vec<&'static str>,
    holidays: &'static str,
    closed: Option<(u8, u8)>,
    tracks: Vec<TrackSpec>,
    /// `calendar.day_length`, if written.
    day_length: Option<&'static str>,
}

/// A generated track: owner (role index), an optional dated state (month of the
/// second year, state word) and an optional place where the track meets.
type TrackSpec = (usize, Option<(u8, &'static str)>, Option<&'static str>);

const TEXTS: &[&str] = &[
    "Superbruger",
    "Afdelingsleder",
    "Læringsmøde i teamet",
    "Børne- og familiechef",
    "Åse Øberg",
    "Bo Hansen",
    "Anna Jensen",
    "<script>alert(1)</script>",
    "{{ 7*7 }} {% raw %}",
    "=HYPERLINK(\"https://example.invalid\")",
    "a; b, c \\ d",
    "-1+1",
    "@leder",
    "Pjece & nyhedsbrev",
    "Tjek ind: \"hvordan går det?\"",
];

fn text() -> impl Strategy<Value = &'static str> {
    select(TEXTS)
}

fn role() -> impl Strategy<Value = Role> {
    (
        text(),
        prop::collection::vec(text(), 1..3),
        (
            1u8..20,
            select(&["per week", "pr. måned", "timer om ugen", "per month"][..]),
        ),
        any::<bool>(),
    )
        .prop_map(|(name, owners, hours, reports)| Role {
            name,
            owners,
            hours,
            reports_to: reports.then_some(0),
        })
}

fn phase() -> impl Strategy<Value = Phase> {
    (
        text(),
        (
            1u8..10,
            select(&["weeks", "months", "uger", "måneder", "month"][..]),
        ),
        prop::bool::weighted(0.15),
        text(),
    )
        .prop_map(|(name, duration, optional, exit)| Phase {
            name,
            duration,
            optional,
            exit,
        })
}

fn timing(n_activities: usize) -> impl Strategy<Value = Timing> {
    prop_oneof![
        Just(Timing::None),
        (1u8..8, select(&["weeks", "uger", "days", "months"][..]))
            .prop_map(|(n, u)| Timing::At(n, u)),
        (
            1u8..6,
            select(&["weeks", "months", "uger", "måneder", "month"][..])
        )
            .prop_map(|(n, u)| Timing::Every(n, u)),
        (1u8..12, 1u8..28).prop_map(|(m, d)| Timing::Date(m, d)),
        (
            0..n_activities.max(1),
            prop::option::of((1u8..4, select(&["weeks", "months"][..])))
        )
            .prop_map(|(i, off)| Timing::After(i, off)),
    ]
}

fn plan() -> impl Strategy<Value = Plan> {
    (
        1usize..5,
        1usize..6,
        0usize..8,
        0usize..4,
        0usize..3,
        0usize..3,
    )
        .prop_flat_map(|(nr, np, na, ng, ns, nt)| {
            let activity = (
                text(),
                prop::collection::vec(0..np, 1..3),
                timing(na),
                select(
                    &[
                        "1 hour",
                        "2 timer",
                        "30 minutes",
                        "1-2 hours",
                        "halvanden time",
                        "to timer",
                        "1 dag",
                        "2 dage",
                        "2 dagar",
                        "halvanden dag",
                        "en halv dag",
                        "1-2 days",
                    ][..],
                ),
                prop::option::of((7u8..17, select(&[0u8, 15, 30, 45][..]))),
                0..nr,
                prop::collection::vec(0..nr, 0..3),
                prop::collection::vec(0..ns.max(1), 0..2),
                prop::collection::vec(0..ng.max(1), 0..2),
                prop::option::of(0..nt.max(1)),
                extra(nr, na),
            )
                .prop_map(
                    move |(
                        name,
                        phases,
                        timing,
                        length,
                        time,
                        responsible,
                        participants,
                        audience,
                        contributes_to,
                        track,
                        extra,
                    )| Activity {
                        name,
                        phases,
                        timing,
                        length,
                        time,
                        responsible,
                        participants,
                        audience: if ns == 0 { Vec::new() } else { audience },
                        contributes_to: if ng == 0 { Vec::new() } else { contributes_to },
                        track: if nt == 0 { None } else { track },
                        extra: Extra {
                            per_track: extra.per_track && nt > 0 && (track.is_none() || nt == 0),
                            ..extra
                        },
                    },
                );
            let goal = (
                text(),
                select(&["quantitative", "kvalitativ", "hypotese"][..]),
                select(&["short", "lang"][..]),
                0..nr,
                (1u8..50, 1u8..12),
                50u8..100,
                prop::option::of(select(
                    &["process", "procesmål", "resultat", "result", "processmål"][..],
                )),
                any::<bool>(),
            )
                .prop_map(
                    |(
                        statement,
                        kind,
                        term,
                        owner,
                        baseline,
                        target,
                        level,
                        contributes_to_next,
                    )| Goal {
                        statement,
                        kind,
                        term,
                        owner,
                        baseline,
                        target,
                        level,
                        contributes_to_next,
                    },
                );
            (
                select(&["da", "en", "sv"][..]),
                (2025u16..2031, 1u8..13, 1u8..29),
                prop::option::of(1u8..6),
                prop::collection::vec(role(), nr),
                prop::collection::vec(phase(), np),
                prop::option::of(select(&["ongoing", "løbende", "löpande"][..])),
                prop::collection::vec(activity, na),
                prop::collection::vec(goal, ng),
                prop::collection::vec(text(), ns),
                (
                    select(&["dk", "se", "none"][..]),
                    prop::option::weighted(
                        0.3,
                        select(&["7,4 timer", "8 timmar", "7 timer og 30 minutter", "6 hours"][..]),
                    ),
                ),
                prop::option::of((1u8..12, 1u8..20)),
                prop::collection::vec(
                    (
                        0..nr,
                        prop::option::of((
                            1u8..13,
                            select(&["standby", "i bero", "lukket", "vilande", "merged", "ny"][..]),
                        )),
                        prop::option::of(select(
                            &["Byens Hus", "Rådhuset, mødelokale 2", "Stadshuset, sal B"][..],
                        )),
                    ),
                    nt,
                ),
            )
        })
        .prop_map(
            |(
                language,
                start,
                horizon,
                roles,
                phases,
                sustain,
                activities,
                goals,
                stakeholders,
                (holidays, day_length),
                closed,
                tracks,
            )| Plan {
                language,
                start,
                horizon,
                roles,
                phases,
                sustain,
                activities,
                goals,
                stakeholders,
                holidays,
                closed,
                tracks,
                day_length,
            },
        )
}

/// A YAML double-quoted string.
fn q(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_default()
}

fn ids(prefix: &str, idx: &[usize]) -> String {
    let v: Vec<String> = idx.iter().map(|i| format!("{prefix}-{i}")).collect();
    format!("[{}]", v.join(", "))
}

impl Plan {
    /// Whether activity `j` is a `per: track` template.
    fn template(&self, j: usize) -> bool {
        self.activities.get(j).is_some_and(|a| a.extra.per_track)
    }

    /// The generated activity a compiled one comes from: `aktivitet-3`, or its
    /// expansion for a track, `aktivitet-3-spor-1`.
    fn activity_of(&self, id: &str) -> Option<&Activity> {
        let n = id.strip_prefix("aktivitet-")?;
        let n = n.split_once("-spor-").map_or(n, |(n, _)| n);
        self.activities.get(n.parse::<usize>().ok()?)
    }

    fn yaml(&self) -> String {
        let mut t = String::new();
        let (y, m, d) = self.start;
        t.push_str(&format!(
            "id: genereret-plan\ntitle: {}\norganisation: {}\nlanguage: {}\nstart: {y:04}-{m:02}-{d:02}\n",
            q(TEXTS[2]),
            q("Eksempel Kommune, Børn og Familie"),
            self.language
        ));
        if let Some(h) = self.horizon {
            t.push_str(&format!("horizon: {h} years\n"));
        }
        t.push_str(&format!("calendar:\n  holidays: {}\n", self.holidays));
        if let Some((m, d)) = self.closed {
            t.push_str(&format!(
                "  closed: [\"{y:04}-{m:02}-{d:02}..{y:04}-{m:02}-{:02}\"]\n",
                d + 7
            ));
        }
        if let Some(l) = self.day_length {
            t.push_str(&format!("  day_length: {l}\n"));
        }
        t.push_str("roles:\n");
        for (i, r) in self.roles.iter().enumerate() {
            t.push_str(&format!("  rolle-{i}:\n    name: {}\n", q(r.name)));
            let owners: Vec<String> = r.owners.iter().map(|o| q(o)).collect();
            t.push_str(&format!("    owner: [{}]\n", owners.join(", ")));
            t.push_str(&format!("    hours: {} {}\n", r.hours.0, r.hours.1));
            if let Some(to) = r.reports_to.filter(|to| *to != i) {
                t.push_str(&format!("    reports_to: rolle-{to}\n"));
            }
        }
        t.push_str("phases:\n");
        for (i, p) in self.phases.iter().enumerate() {
            t.push_str(&format!(
                "  fase-{i}:\n    name: {}\n    duration: {} {}\n    exit_criteria: [{}]\n",
                q(p.name),
                p.duration.0,
                p.duration.1,
                q(p.exit)
            ));
            if i > 0 {
                t.push_str(&format!("    after: [fase-{}]\n", i - 1));
            }
            if p.optional {
                t.push_str("    optional: true\n");
            }
        }
        if let Some(s) = self.sustain {
            let last = self.phases.len().saturating_sub(1);
            t.push_str(&format!(
                "  forankring:\n    after: [fase-{last}]\n    duration: {s}\n    exit_criteria: [Metoden bruges]\n"
            ));
        }
        if !self.activities.is_empty() {
            t.push_str("activities:\n");
        }
        for (i, a) in self.activities.iter().enumerate() {
            t.push_str(&format!("  aktivitet-{i}:\n    name: {}\n", q(a.name)));
            let mut phases = a.phases.clone();
            phases.sort_unstable();
            phases.dedup();
            t.push_str(&format!("    phases: {}\n", ids("fase", &phases)));
            match &a.timing {
                Timing::None => {}
                Timing::At(n, u) => t.push_str(&format!("    at: {n} {u}\n")),
                Timing::Every(n, u) => t.push_str(&format!("    every: {n} {u}\n")),
                Timing::Date(m, d) => t.push_str(&format!(
                    "    date: {:04}-{m:02}-{d:02}\n",
                    self.start.0 + 1
                )),
                // Only an earlier activity, so `after` never forms a cycle.
                // Never a template (`per: track`): its id is expanded per track.
                Timing::After(j, off) if *j < i && !self.template(*j) => {
                    let one = match off {
                        Some((n, u)) => format!("aktivitet-{j} + {n} {u}"),
                        None => format!("aktivitet-{j}"),
                    };
                    if a.extra.after_list && !self.template(0) {
                        t.push_str(&format!("    after: [aktivitet-0, {one}]\n"));
                    } else {
                        t.push_str(&format!("    after: {one}\n"));
                    }
                }
                Timing::After(..) => {}
            }
            // `before` (an earlier activity, a space before the minus).
            if let Some((j, off)) = a.extra.before.filter(|(j, _)| *j < i) {
                match off {
                    Some((n, u)) => t.push_str(&format!("    before: aktivitet-{j} - {n} {u}\n")),
                    None => t.push_str(&format!("    before: aktivitet-{j}\n")),
                }
            }
            if let Some(k) = a.extra.kind {
                t.push_str(&format!("    kind: {k}\n"));
            }
            if let Some(l) = a.extra.location {
                t.push_str(&format!("    location: {}\n", q(l)));
            }
            if let Some(when) = a.extra.optional {
                t.push_str("    optional: true\n");
                if let Some(w) = when {
                    t.push_str(&format!("    when: {}\n", q(w)));
                }
            }
            if a.extra.per_track {
                t.push_str("    per: track\n");
            }
            t.push_str(&format!("    length: {}\n", a.length));
            if let Some((h, m)) = a.time {
                t.push_str(&format!("    time: \"{h:02}:{m:02}\"\n"));
            }
            t.push_str(&format!("    responsible: rolle-{}\n", a.responsible));
            if !a.participants.is_empty() {
                t.push_str(&format!(
                    "    participants: {}\n",
                    ids("rolle", &a.participants)
                ));
            }
            let mut audience: Vec<String> = a
                .audience
                .iter()
                .map(|i| format!("interessent-{i}"))
                .collect();
            audience.extend(a.extra.audience_roles.iter().map(|i| format!("rolle-{i}")));
            audience.dedup();
            if !audience.is_empty() {
                t.push_str(&format!("    audience: [{}]\n", audience.join(", ")));
            }
            if !a.contributes_to.is_empty() {
                t.push_str(&format!(
                    "    contributes_to: {}\n",
                    ids("maal", &a.contributes_to)
                ));
            }
            if let Some(k) = a.track {
                t.push_str(&format!("    track: spor-{k}\n"));
            }
        }
        if !self.goals.is_empty() {
            t.push_str("goals:\n");
        }
        for (i, g) in self.goals.iter().enumerate() {
            let (y, _, _) = self.start;
            t.push_str(&format!(
                "  maal-{i}:\n    statement: {}\n    kind: {}\n    term: {}\n    indicator: Andel sager\n    baseline: {{ value: {} %, date: {:04}-{:02}-01, source: Audit }}\n    target: {{ value: {} %, by: {:04}-12-31 }}\n    owner: rolle-{}\n",
                q(g.statement),
                g.kind,
                g.term,
                g.baseline.0,
                y.saturating_sub(1),
                g.baseline.1,
                g.target,
                y + 2,
                g.owner
            ));
            if let Some(l) = g.level {
                t.push_str(&format!("    level: {l}\n"));
            }
            if g.contributes_to_next && i + 1 < self.goals.len() {
                t.push_str(&format!("    contributes_to: [maal-{}]\n", i + 1));
            }
        }
        if !self.tracks.is_empty() {
            t.push_str("tracks:\n");
        }
        for (i, (owner, state, location)) in self.tracks.iter().enumerate() {
            t.push_str(&format!(
                "  spor-{i}:\n    name: {}\n    owner: rolle-{owner}\n    members: [rolle-{owner}, {}]\n",
                q(TEXTS[i % TEXTS.len()]),
                q(TEXTS[5])
            ));
            if let Some(l) = location {
                t.push_str(&format!("    location: {}\n", q(l)));
            }
            if let Some((m, word)) = state {
                t.push_str(&format!(
                    "    states: [{{ from: {:04}-{m:02}-01, state: {word} }}]\n",
                    self.start.0 + 1
                ));
            }
        }
        if !self.stakeholders.is_empty() {
            t.push_str("stakeholders:\n");
        }
        for (i, s) in self.stakeholders.iter().enumerate() {
            t.push_str(&format!("  interessent-{i}: {{ name: {} }}\n", q(s)));
        }
        t
    }
}

// ---------------------------------------------------------------------------
// The pipeline and its invariants

fn check_text(text: &str) -> (SourceMap, Checked) {
    let mut sources = SourceMap::new();
    let file = sources.add(SourceFile::new("plan.yaml", text));
    let checked = check(&sources, file, &CheckOptions::default());
    (sources, checked)
}

fn compiled_json(sources: &SourceMap, c: &Checked) -> Option<String> {
    c.compiled(sources)
        .map(|p| serde_json::to_string_pretty(&p).expect("the compiled plan serializes"))
}

/// Check twice and keep the invariants; returns the first run.
fn check_deterministic(text: &str) -> Result<(SourceMap, Checked), TestCaseError> {
    let (sources, first) = check_text(text);
    let (second_sources, second) = check_text(text);
    prop_assert_eq!(format!("{:?}", first.diags), format!("{:?}", second.diags));
    prop_assert_eq!(
        compiled_json(&sources, &first),
        compiled_json(&second_sources, &second)
    );
    for d in &first.diags {
        prop_assert!(!d.labels.is_empty(), "no place: {:?}", d);
        for l in &d.labels {
            let f = sources.get(l.span.file).expect("the label's file");
            prop_assert!(
                l.span.start <= l.span.end && l.span.end as usize <= f.text.len(),
                "a label outside its file: {:?}",
                d
            );
            let loc = Location::of(&sources, l.span);
            prop_assert!(loc.line >= 1 && loc.column >= 1);
        }
    }
    for d in first.diags.iter().take(5) {
        let shown = tovholder_core::report::render_plain(&sources, d, first.lang);
        prop_assert!(shown.contains(d.rule.name), "{}", shown);
    }
    Ok((sources, first))
}

/// A valid plan changed in one place.
#[derive(Clone, Debug)]
enum Mutation {
    DeleteLine(usize),
    DuplicateLine(usize),
    SwapLines(usize, usize),
    ReplaceChar(usize, char),
    Truncate(usize),
    BreakReference(&'static str),
    InsertLine(usize, &'static str),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        any::<usize>().prop_map(Mutation::DeleteLine),
        any::<usize>().prop_map(Mutation::DuplicateLine),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Mutation::SwapLines(a, b)),
        (
            any::<usize>(),
            select(
                &[
                    '[', '{', ':', '-', '\t', '&', '*', '#', '"', '\'', 'æ', ' ', '\n', '!', '|',
                    '>', '%', '\u{feff}'
                ][..]
            )
        )
            .prop_map(|(i, c)| Mutation::ReplaceChar(i, c)),
        any::<usize>().prop_map(Mutation::Truncate),
        select(
            &[
                "rolle-0",
                "fase-0",
                "aktivitet-0",
                "maal-0",
                "interessent-0",
                "fase-1"
            ][..]
        )
        .prop_map(Mutation::BreakReference),
        (
            any::<usize>(),
            select(
                &[
                    "  ukendt: 1",
                    "    every: 1 day",
                    "    after: [fase-0]",
                    "<<: { x: 1 }",
                    "- liste",
                    "    duration: ongoing",
                    "roles: []",
                    "start: 1900-01-01",
                    "start: 9999-12-31",
                    "horizon: 400 years",
                    "    date: 2027-02-30",
                    "    hours: 100000 per day",
                    "    every: 0 weeks",
                    "    at: 99999 years",
                ][..]
            )
        )
            .prop_map(|(i, l)| Mutation::InsertLine(i, l)),
    ]
}

fn mutate(text: &str, m: &Mutation) -> String {
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    // A first mutation may have left no line at all.
    if lines.is_empty() {
        lines.push(String::new());
    }
    let n = lines.len();
    match m {
        Mutation::DeleteLine(i) => {
            lines.remove(i % n);
        }
        Mutation::DuplicateLine(i) => {
            let l = lines[i % n].clone();
            lines.insert(i % n, l);
        }
        Mutation::SwapLines(a, b) => lines.swap(a % n, b % n),
        Mutation::ReplaceChar(i, c) => {
            let mut s = text.to_string();
            let mut at = i % s.len().max(1);
            while !s.is_char_boundary(at) {
                at -= 1;
            }
            let end = s[at..].chars().next().map_or(at, |ch| at + ch.len_utf8());
            s.replace_range(at..end, &c.to_string());
            return s;
        }
        Mutation::Truncate(i) => {
            let mut at = i % text.len().max(1);
            while !text.is_char_boundary(at) {
                at -= 1;
            }
            return text[..at].to_string();
        }
        Mutation::BreakReference(id) => {
            // Keep the definition (first occurrence), break the references.
            let mut out = String::new();
            let mut seen = false;
            for l in text.lines() {
                if l.contains(id) && seen {
                    out.push_str(&l.replace(id, &format!("{id}x")));
                } else {
                    seen |= l.contains(id);
                    out.push_str(l);
                }
                out.push('\n');
            }
            return out;
        }
        Mutation::InsertLine(i, l) => lines.insert(i % n, (*l).to_string()),
    }
    let mut out = lines.join("\n");
    out.push('\n');
    out
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn a_valid_generated_plan_has_no_errors_and_compiles(p in plan()) {
        let text = p.yaml();
        let (sources, checked) = check_deterministic(&text)?;
        let errors: Vec<_> = checked.diags.iter().filter(|d| d.level == Level::Error).collect();
        prop_assert!(errors.is_empty(), "errors in a valid plan:\n{}\n{:#?}", text, errors);
        let compiled = checked.compiled(&sources);
        prop_assert!(compiled.is_some(), "a valid plan did not compile:\n{}", text);
        let compiled = compiled.expect("compiled");
        prop_assert_eq!(compiled.roles.len(), p.roles.len());
        prop_assert_eq!(compiled.phases.len(), p.phases.len() + usize::from(p.sustain.is_some()));
        // A `per: track` template is one activity per track.
        let expanded: usize = p
            .activities
            .iter()
            .map(|a| if a.extra.per_track { p.tracks.len() } else { 1 })
            .sum();
        prop_assert_eq!(compiled.activities.len(), expanded);
        prop_assert_eq!(compiled.goals.len(), p.goals.len());
        // An activity of a track meets where the track meets unless it names a place.
        for (a, c) in compiled.activities.iter().map(|c| (p.activity_of(&c.id), c)) {
            let track = c
                .track
                .as_deref()
                .and_then(|t| t.strip_prefix("spor-"))
                .and_then(|k| k.parse::<usize>().ok());
            let expected = a
                .and_then(|a| a.extra.location)
                .or_else(|| track.and_then(|k| p.tracks.get(k)).and_then(|t| t.2));
            prop_assert_eq!(c.location.as_deref(), expected, "{}:\n{}", c.id, text);
        }
    }

    #[test]
    fn a_mutated_plan_is_reported_never_a_panic(p in plan(), m in mutation()) {
        let text = mutate(&p.yaml(), &m);
        check_deterministic(&text)?;
    }

    #[test]
    fn twice_mutated_plans_too(p in plan(), a in mutation(), b in mutation()) {
        let text = mutate(&mutate(&p.yaml(), &a), &b);
        check_deterministic(&text)?;
    }

    #[test]
    fn messages_in_every_language_are_deterministic(p in plan(), lang in select(&[Lang::En, Lang::Da, Lang::Sv][..])) {
        let text = p.yaml();
        let mut sources = SourceMap::new();
        let file = sources.add(SourceFile::new("plan.yaml", text.as_str()));
        let opts = CheckOptions { lang: Some(lang), ..CheckOptions::default() };
        let a = check(&sources, file, &opts);
        let b = check(&sources, file, &opts);
        prop_assert_eq!(format!("{:?}", a.diags), format!("{:?}", b.diags));
        prop_assert_eq!(a.lang, lang);
        prop_assert_eq!(FileId(0), file);
    }
}
