//! The words of a plan's status: `tovholder status` in the terminal and the
//! statusrapport (the render crate reads them too, so each word is declared once).
//! The words are in `messages/{en,da,sv}/status.rs`; [`StatusMsg::text`] picks them.

use crate::diag::Lang;
pub use crate::status::{GoalVerdict, PhaseState};

/// A word or sentence of the status.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StatusMsg {
    /// The document's and the report's title: `Status report`.
    Title,
    /// `As of 4 March 2027` (the date already in words).
    AsOf {
        date: String,
    },
    /// A plan without a journal: nothing is recorded.
    NoJournal,
    /// The heading of the phases.
    Phases,
    /// The phases the plan is in now.
    CurrentPhases,
    /// The heading of the activities: held, cancelled, not recorded.
    Activities,
    Goals,
    OpenItems,
    /// The follow-up findings.
    Overdue,
    /// `The next 60 days`.
    Upcoming {
        days: i64,
    },
    /// Ripple effects (*ringe i vandet*).
    Ripples,
    /// Adaptations of the plan.
    Adaptations,
    /// An empty list: `None.`
    Nothing,
    /// Column and field names.
    Phase,
    Activity,
    Goal,
    Planned,
    Forecast,
    Actual,
    Held,
    Cancelled,
    NotRecorded,
    /// Occurrences due by the as-of date.
    Due,
    Baseline,
    Latest,
    Target,
    /// The straight line from baseline to target (the chart's legend).
    TargetLine,
    /// Measurements (the chart's legend).
    Measurements,
    /// The data-derived status of a goal (a column).
    Verdict,
    Reason,
    Date,
    Responsible,
    Source,
    Checklist,
    Item,
    Rule,
    /// The first column of the Status sheet: phase, activity, goal, ….
    Area,
    What,
    /// A phase's state.
    State(PhaseState),
    /// A goal's verdict.
    GoalVerdict(GoalVerdict),
    /// Why a verdict, and which rule's reasoning set it, for a manager (the verdict
    /// itself is [`StatusMsg::GoalVerdict`]).
    VerdictWhy {
        verdict: GoalVerdict,
        rule: Option<String>,
    },
    /// `started 1 September 2027`.
    Started {
        date: String,
    },
    /// `completed 20 November 2028`.
    Completed {
        date: String,
    },
    /// `ongoing` (a phase with no end).
    Ongoing,
    /// `3 of 4 (75 %)`.
    OfDue {
        part: usize,
        due: usize,
        percent: u32,
    },
    /// `noticed by Anna Jensen`.
    By {
        who: String,
    },
    /// A one-off activity's cadence.
    Once,
    /// `status`: the plan has errors, so there is no status.
    NoStatus {
        path: String,
        errors: usize,
    },
    /// How to read the report (the statusrapport's introduction).
    Intro,
}

impl StatusMsg {
    /// The words in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        (crate::messages::words(lang).status)(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages::LANGS;

    /// One message of every kind (the `match` makes a new variant a compile error here).
    fn samples() -> Vec<StatusMsg> {
        use StatusMsg::*;
        let d = || "1. juni 2027".to_string();
        let all = vec![
            Title,
            AsOf { date: d() },
            NoJournal,
            Phases,
            CurrentPhases,
            Activities,
            Goals,
            OpenItems,
            Overdue,
            Upcoming { days: 60 },
            Ripples,
            Adaptations,
            Nothing,
            Phase,
            Activity,
            Goal,
            Planned,
            Forecast,
            Actual,
            Held,
            Cancelled,
            NotRecorded,
            Due,
            Baseline,
            Latest,
            Target,
            TargetLine,
            Measurements,
            Verdict,
            Reason,
            Date,
            Responsible,
            Source,
            Checklist,
            Item,
            Rule,
            Area,
            What,
            State(PhaseState::Overrun),
            GoalVerdict(crate::status::GoalVerdict::Behind),
            VerdictWhy {
                verdict: crate::status::GoalVerdict::OnTrack,
                rule: Some("goal-off-track".into()),
            },
            Started { date: d() },
            Completed { date: d() },
            Ongoing,
            OfDue {
                part: 1,
                due: 2,
                percent: 50,
            },
            By { who: "Anna".into() },
            Once,
            NoStatus {
                path: "plan.yaml".into(),
                errors: 2,
            },
            Intro,
        ];
        for m in &all {
            match m {
                Title
                | AsOf { .. }
                | NoJournal
                | Phases
                | CurrentPhases
                | Activities
                | Goals
                | OpenItems
                | Overdue
                | Upcoming { .. }
                | Ripples
                | Adaptations
                | Nothing
                | Phase
                | Activity
                | Goal
                | Planned
                | Forecast
                | Actual
                | Held
                | Cancelled
                | NotRecorded
                | Due
                | Baseline
                | Latest
                | Target
                | TargetLine
                | Measurements
                | Verdict
                | Reason
                | Date
                | Responsible
                | Source
                | Checklist
                | Item
                | Rule
                | Area
                | What
                | State(_)
                | GoalVerdict(_)
                | VerdictWhy { .. }
                | Started { .. }
                | Completed { .. }
                | Ongoing
                | OfDue { .. }
                | By { .. }
                | Once
                | NoStatus { .. }
                | Intro => {}
            }
        }
        all
    }

    #[test]
    fn every_status_word_in_every_language() {
        for m in samples() {
            let [en, da, sv] = LANGS.map(|l| m.text(l));
            assert!(!en.is_empty() && !da.is_empty() && !sv.is_empty(), "{m:?}");
            // A sentence is never left in English or in Danish.
            if en.contains(' ') && !matches!(m, StatusMsg::OfDue { .. }) {
                assert_ne!(da, en, "{m:?}");
                assert_ne!(sv, en, "{m:?}");
                assert_ne!(sv, da, "{m:?}");
            }
        }
    }
}
