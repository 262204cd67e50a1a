//! What loading finds (`yaml.rs`, `model.rs`, `load.rs`, `duration.rs`): the file is
//! not a valid plan.

use super::findings;
#[allow(unused_imports)]
use crate::rules::loader::*;

findings! {
    /// A finding of the loader.
    pub enum LoadMsg {
    }
}
