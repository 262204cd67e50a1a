use crate::messages::CliMsg;

pub(crate) fn text(m: &CliMsg) -> String {
    match m {
        CliMsg::NoSuchRule { name, suggestion } => {
            let hint = match suggestion {
                Some(s) => format!("; menade du `{s}`?"),
                None => String::new(),
            };
            format!("det finns ingen regel som heter `{name}`{hint} (`tovholder rules` listar dem)")
        }
    }
}
