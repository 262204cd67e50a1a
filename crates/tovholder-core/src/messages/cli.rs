//! The command line's own messages: errors that are not findings in a file (an
//! unreadable path, a refused overwrite), and the words of its reports.

/// A message of the command line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CliMsg {
    /// `explain` was given a name no rule has.
    NoSuchRule {
        name: String,
        suggestion: Option<String>,
    },
}
