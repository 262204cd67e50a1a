//! What resolving `uses` finds (`merge.rs`).

use super::findings;
use crate::section::SectionKind;

findings! {
    /// A finding of model merging.
    pub enum ModelMsg {
        /// Models use models more than `max` levels deep.
        UsesTooDeep { max: usize } => crate::rules::models::USES_CYCLE,
        /// The models use each other in a cycle: the files of the cycle in order, then
        /// the one the last of them uses again.
        UsesCycle { chain: Vec<String>, closing: String } => crate::rules::models::USES_CYCLE,
        /// The model in `uses` cannot be read (`reason` says why, as the file system
        /// or the source of models put it).
        ModelUnreadable { path: String, reason: String } => crate::rules::models::MODEL_UNAVAILABLE,
        /// The model has `errors` errors of its own; `first_error` is the message of
        /// the first (labelled in the model).
        ModelHasErrors {
            path: String,
            file: String,
            errors: usize,
            first_error: Option<String>,
        } => crate::rules::models::MODEL_UNAVAILABLE,
        /// `uses` names a file without `kind: model`.
        NotAModel { path: String } => crate::rules::models::NOT_A_MODEL,
        /// The model's version does not match the one the plan requires.
        VersionMismatch { path: String, required: String, version: String } => crate::rules::models::MODEL_VERSION_MISMATCH,
        /// The plan requires a version; the model declares none.
        VersionMissing { path: String, required: String } => crate::rules::models::MODEL_VERSION_MISMATCH,
        /// `remove:` names an id the model's section does not have.
        UnknownRemoval {
            section: SectionKind,
            id: String,
            suggestion: Option<String>,
        } => crate::rules::models::UNKNOWN_REMOVAL,
        /// A new entity whose id is nearly one of the model's.
        OverrideUnknownId {
            section: SectionKind,
            id: String,
            model_id: String,
        } => crate::rules::models::OVERRIDE_UNKNOWN_ID,
    }
}
