//! What the documents say of a plan's tracks (parallel workstreams: development
//! platforms, training teams): the state history as one sentence in the document's
//! language ("I bero fra 1. september 2027: Afventer politisk beslutning; i gang igen
//! fra 1. januar 2028"), the periods a track is paused (drawn hatched in the
//! årshjul), and its owner and members by name.
//!
//! Read from the compiled plan's `tracks[]` alone: `states` (in date order) and
//! `running` (the inclusive periods its activities are scheduled in).

use crate::i18n;
use crate::view::PlanView;
use tovholder_core::compiled::{CompiledActivity, CompiledGoal, CompiledTrack, PersonHours};
use tovholder_core::model::{Date, TrackStateKind};

/// A period in which a track is paused: on standby, closed or merged.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Paused {
    /// First and last day (inclusive), within the plan's calendar.
    pub from: Date,
    pub to: Date,
    pub state: TrackStateKind,
    /// `I bero fra 1. maj 2027: Afventer politisk beslutning`.
    pub text: String,
}

/// The track an activity belongs to, when it names one the plan has.
pub fn of_activity<'a>(v: &PlanView<'a>, a: &CompiledActivity) -> Option<&'a CompiledTrack> {
    let id = a.track.as_deref()?;
    v.plan.tracks.iter().find(|t| t.id == id)
}

/// Whether person `p` (of a role held by people in teams) attends activity `a`: an
/// activity of no track is everyone's; a track's is its members' (a person in no track
/// attends every track's) — the rule of the compiled `person_hours`. The one selection
/// of a person's own meetings: their role description ([`crate::roller::person_doc`])
/// and their calendar ([`crate::ical`]) both list exactly these.
pub fn attends(p: &PersonHours, a: &CompiledActivity) -> bool {
    match &a.track {
        None => true,
        Some(t) => p.tracks.is_empty() || p.tracks.contains(t),
    }
}

/// The track a goal belongs to, when it names one the plan has.
pub fn of_goal<'a>(v: &PlanView<'a>, g: &CompiledGoal) -> Option<&'a CompiledTrack> {
    let id = g.track.as_deref()?;
    v.plan.tracks.iter().find(|t| t.id == id)
}

/// A track's name by id; the id as written when unknown.
pub fn name(v: &PlanView, id: &str) -> String {
    v.plan
        .tracks
        .iter()
        .find(|t| t.id == id)
        .map(|t| t.name.clone())
        .unwrap_or_else(|| id.to_string())
}

/// The owner as `Tovholder for nattelivet (Per Holm)`: the role's name and the people
/// holding it — only those who are members of the track when the role is held by
/// one person per track (`Tovholder for en udviklingsplatform (Martin Juhl)`).
pub fn owner_text(v: &PlanView, t: &CompiledTrack) -> Option<String> {
    let id = t.owner.as_deref()?;
    let name = v.role_name(id);
    let Some(role) = v.role(id) else {
        return Some(name);
    };
    let own: Vec<&String> = role
        .owners
        .iter()
        .filter(|p| t.members.contains(p))
        .collect();
    let people: Vec<&String> = if own.is_empty() {
        role.owners.iter().collect()
    } else {
        own
    };
    Some(if people.is_empty() {
        name
    } else {
        let people: Vec<&str> = people.iter().map(|p| p.as_str()).collect();
        format!("{name} ({})", people.join(", "))
    })
}

/// The members: a role by its name, a person as written.
pub fn members(v: &PlanView, t: &CompiledTrack) -> Vec<String> {
    t.members.iter().map(|m| v.role_name(m)).collect()
}

/// One state change as words, lower case: `i bero fra 1. maj 2027: Afventer …`.
fn state_words(v: &PlanView, t: &CompiledTrack, i: usize) -> Option<String> {
    let st = t.states.get(i)?;
    let date = i18n::date_long(v.lang, st.from);
    let paused_before = i > 0 && t.states.get(i - 1).is_some_and(|p| !p.state.runs());
    let mut s = match st.state {
        TrackStateKind::Standby => format!("{} {date}", v.t("track_state_standby")),
        TrackStateKind::Closed => format!("{} {date}", v.t("track_state_closed")),
        TrackStateKind::Merged => {
            let into = st.into.as_deref().map(|x| name(v, x)).unwrap_or_default();
            format!(
                "{} {into} {} {date}",
                v.t("track_state_merged"),
                v.t("from")
            )
        }
        TrackStateKind::New => format!("{} {date}", v.t("track_state_new")),
        TrackStateKind::Active if paused_before => {
            format!("{} {date}", v.t("track_state_active_again"))
        }
        TrackStateKind::Active => format!("{} {date}", v.t("track_state_active")),
    };
    if let Some(r) = st.reason.as_deref().filter(|r| !r.trim().is_empty()) {
        s.push_str(": ");
        s.push_str(r.trim());
    }
    Some(s)
}

/// The track's history as one sentence, or `None` for a track that runs through the
/// whole plan: a later start (`Starter 1. april 2027`, from `after`/`at` or a `new`
/// state), every dated state in order, and an end before the plan's.
pub fn history(v: &PlanView, t: &CompiledTrack) -> Option<String> {
    let mut parts = Vec::new();
    let has_new = t.states.iter().any(|s| s.state == TrackStateKind::New);
    if let Some(first) = t.running.first()
        && first.from > v.plan.start
        && !has_new
        && t.states.first().is_none_or(|s| s.from > first.from)
    {
        parts.push(format!(
            "{} {}",
            v.t("track_state_new"),
            i18n::date_long(v.lang, first.from)
        ));
    }
    for i in 0..t.states.len() {
        if let Some(s) = state_words(v, t, i) {
            parts.push(s);
        }
    }
    let ends_paused = t
        .states
        .last()
        .is_some_and(|s| matches!(s.state, TrackStateKind::Closed | TrackStateKind::Merged));
    if let Some(last) = t.running.last()
        && last.to < v.plan.until
        && !ends_paused
        && t.states.last().is_none_or(|s| s.from <= last.to)
    {
        parts.push(format!(
            "{} {}",
            v.t("track_ends"),
            i18n::date_long(v.lang, last.to)
        ));
    }
    if parts.is_empty() {
        None
    } else {
        Some(i18n::capitalise(&parts.join("; ")))
    }
}

/// The periods a track is paused in, within the plan's calendar: each standby until
/// the next state, each closing or merging until the plan's last day.
pub fn paused(v: &PlanView, t: &CompiledTrack) -> Vec<Paused> {
    let mut out = Vec::new();
    for (i, st) in t.states.iter().enumerate() {
        if st.state.runs() {
            continue;
        }
        let from = st.from.max(v.plan.start);
        let to = match t.states.get(i + 1) {
            Some(next) => Date(next.from.0.yesterday().unwrap_or(next.from.0)),
            None => v.plan.until,
        }
        .min(v.plan.until);
        if to < from {
            continue;
        }
        out.push(Paused {
            from,
            to,
            state: st.state,
            text: state_words(v, t, i)
                .map(|s| i18n::capitalise(&s))
                .unwrap_or_default(),
        });
    }
    out
}
