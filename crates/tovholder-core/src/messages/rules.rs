//! What the rules of the catalogue find (`rules/`): one variant per kind of finding.

use super::findings;
use crate::rules::*;

findings! {
    /// A finding of a rule of the catalogue.
    pub enum RuleMsg {
        /// A plan role with no owner.
        RoleWithoutOwner { role: String } => role_without_owner::RULE,
    }
}
