use crate::messages::{ModelMsg, Text};

pub(crate) fn text(m: &ModelMsg) -> Text {
    match *m {}
}
