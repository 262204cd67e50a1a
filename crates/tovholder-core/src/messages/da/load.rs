use crate::messages::{LoadMsg, Text};

pub(crate) fn text(m: &LoadMsg) -> Text {
    match *m {}
}
