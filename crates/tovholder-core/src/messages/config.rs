//! What reading `tovholder.toml` finds (reported by the command line).

use super::findings;
#[allow(unused_imports)]
use crate::rules::config::*;

findings! {
    /// A finding about the configuration file.
    pub enum ConfigMsg {
    }
}
