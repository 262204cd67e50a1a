use crate::messages::{RuleMsg, Text};

pub(crate) fn text(m: &RuleMsg) -> Text {
    match m {
        RuleMsg::RoleWithoutOwner { role } => Text::new(format!("the role `{role}` has no owner"))
            .label("no owner")
            .help("name who holds the role: `owner: [Anna Jensen]`"),
    }
}
