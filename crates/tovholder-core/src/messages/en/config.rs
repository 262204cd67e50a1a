use crate::messages::{ConfigMsg, Text};

pub(crate) fn text(m: &ConfigMsg) -> Text {
    match *m {}
}
