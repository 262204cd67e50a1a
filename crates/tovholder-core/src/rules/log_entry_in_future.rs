//! `log-entry-in-future`: a journal entry dated after the as-of date.

use super::{Ctx, Finding};
use crate::messages::RuleMsg;

declare_rule! {
    /// ## What it does
    /// Reports a journal entry dated after the as-of date (`--as-of`, else today in
    /// Europe/Copenhagen, or `SOURCE_DATE_EPOCH` when set).
    ///
    /// ## Why it matters
    /// The journal records what happened; the plan says what is to come. An entry
    /// in the future is a typo in the year or a meeting marked held before it took
    /// place, and it would make the follow-up look better than reality. So it counts
    /// for nothing: the follow-up, `status` and the documents show the plan as it
    /// stood on the as-of day, from the entries dated up to it.
    ///
    /// ## Example
    /// ```yaml
    /// entries:
    ///   - { date: 2072-03-04, held: laeringsmoede }
    /// ```
    ///
    /// ## Use instead
    /// ```yaml
    /// entries:
    ///   - { date: 2027-03-04, held: laeringsmoede }
    /// ```
    pub static RULE = "log-entry-in-future", Deny, "A journal entry dated after the as-of date",
        models: false, needs_schedule: true, check: Some(check);
}

fn check(ctx: &Ctx, out: &mut Vec<Finding>) {
    let Some(f) = ctx.follow_up else { return };
    for r in &f.future {
        let msg = RuleMsg::LogEntryInFuture {
            date: r.date.to_string(),
            as_of: f.as_of.to_string(),
        };
        out.push(Finding::of(msg, r.date_span));
    }
}
