use crate::messages::{RuleMsg, Text};

pub(crate) fn text(m: &RuleMsg) -> Text {
    match m {
        RuleMsg::RoleWithoutOwner { role } => {
            Text::new(format!("rollen `{role}` har ingen indehaver"))
                .label("ingen indehaver")
                .help("angiv hvem der har rollen: `owner: [Anna Jensen]`")
        }
    }
}
