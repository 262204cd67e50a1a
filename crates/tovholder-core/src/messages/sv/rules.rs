use crate::messages::{RuleMsg, Text};

pub(crate) fn text(m: &RuleMsg) -> Text {
    match m {
        RuleMsg::RoleWithoutOwner { role } => {
            Text::new(format!("rollen `{role}` har ingen innehavare"))
                .label("ingen innehavare")
                .help("ange vem som har rollen: `owner: [Anna Andersson]`")
        }
    }
}
