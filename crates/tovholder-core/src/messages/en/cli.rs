use crate::messages::CliMsg;

pub(crate) fn text(m: &CliMsg) -> String {
    match m {
        CliMsg::NoSuchRule { name, suggestion } => {
            let hint = match suggestion {
                Some(s) => format!("; did you mean `{s}`?"),
                None => String::new(),
            };
            format!("no rule named `{name}`{hint} (`tovholder rules` lists them)")
        }
    }
}
