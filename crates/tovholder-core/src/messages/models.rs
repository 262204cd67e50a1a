//! What resolving `uses` finds (`merge.rs`).

use super::findings;
#[allow(unused_imports)]
use crate::rules::models::*;

findings! {
    /// A finding of model merging.
    pub enum ModelMsg {
    }
}
