//! What loading finds (`yaml.rs`, `model.rs`, `load.rs`, `duration.rs`): the file is
//! not a valid plan.

use super::findings;
#[allow(unused_imports)]
use crate::rules::loader::*;

findings! {
    /// A finding of the loader.
    pub enum LoadMsg {
        /// A required key is not written. `mapping` is where: `plan` (the top level),
        /// `uses`, or a section's key (`phases`) with the entity's `id`.
        MissingKey { key: String, mapping: String, id: Option<String> } => MISSING_KEY,
        /// A reference (`key`, declared `=> Section` in the plan language) whose value is
        /// not written as an id; `target` is the section's key (`roles`).
        InvalidReference { key: String, id: String, target: String } => INVALID_ID,
    }
}
