use crate::messages::CliMsg;

pub(crate) fn text(m: &CliMsg) -> String {
    match m {
        CliMsg::NoSuchRule { name, suggestion } => {
            let hint = match suggestion {
                Some(s) => format!("; mente du `{s}`?"),
                None => String::new(),
            };
            format!("der er ingen regel med navnet `{name}`{hint} (`tovholder rules` viser dem)")
        }
    }
}
