//! The minijinja environment: built-in templates, user overrides, escaping and filters.
//!
//! **Invariant:** every value a template prints is escaped for its output format unless
//! the template marks it `|safe`: HTML rules for `.html` and `.svg` templates, Markdown
//! rules for `.md` templates. Plan text is data, never template source, so template
//! syntax inside a plan (`{{ 7*7 }}`) is printed as written.

use crate::RenderError;
use crate::i18n;
use minijinja::syntax::SyntaxConfig;
use minijinja::value::{Serde, Value};
use minijinja::{AutoEscape, Environment, Error, ErrorKind, Output, State, UndefinedBehavior};
use std::collections::BTreeMap;
use std::sync::Arc;
use tovholder_core::Lang;
use tovholder_core::compiled::clean_text;
use tovholder_core::model::Date;

/// The built-in templates, by file name. `tovholder templates export DIR` writes
/// exactly these; a user's folder may override any of them.
pub const BUILTIN: &[(&str, &str)] = &[
    ("style.css", include_str!("../templates/style.css")),
    ("base.html", include_str!("../templates/base.html")),
    ("macros.html", include_str!("../templates/macros.html")),
    (
        "aktivitetsplan.html",
        include_str!("../templates/aktivitetsplan.html"),
    ),
    (
        "aktivitetsplan.md",
        include_str!("../templates/aktivitetsplan.md"),
    ),
    ("aarshjul.svg", include_str!("../templates/aarshjul.svg")),
    ("aarshjul.html", include_str!("../templates/aarshjul.html")),
    ("rolle.html", include_str!("../templates/rolle.html")),
    ("rolle.md", include_str!("../templates/rolle.md")),
    ("roller.html", include_str!("../templates/roller.html")),
    ("roller.md", include_str!("../templates/roller.md")),
    (
        "statusrapport.html",
        include_str!("../templates/statusrapport.html"),
    ),
    (
        "statusrapport.md",
        include_str!("../templates/statusrapport.md"),
    ),
    (
        "goal-chart.svg",
        include_str!("../templates/goal-chart.svg"),
    ),
    (
        "forandringsteori.html",
        include_str!("../templates/forandringsteori.html"),
    ),
    (
        "forandringsteori.md",
        include_str!("../templates/forandringsteori.md"),
    ),
    (
        "forandringsteori.svg",
        include_str!("../templates/forandringsteori.svg"),
    ),
    ("baseline.html", include_str!("../templates/baseline.html")),
    ("baseline.md", include_str!("../templates/baseline.md")),
];

/// The auto-escape mode of a template, by its file name.
pub fn auto_escape_for(name: &str) -> AutoEscape {
    match name.rsplit('.').next() {
        Some("html" | "htm" | "svg" | "xml") => AutoEscape::Html,
        Some("md") => AutoEscape::Custom("markdown".into()),
        _ => AutoEscape::None,
    }
}

/// The most instructions one template render may execute (minijinja's fuel): the
/// built-in templates need far less for the largest plans the loader accepts; a
/// user's template with nested loops stops with a template error instead of hanging.
pub const FUEL: u64 = 100_000_000;

/// Build the environment for one render: the user's templates first, the built-in
/// ones for every name the user did not provide.
pub fn environment(
    lang: Lang,
    overrides: &BTreeMap<String, String>,
) -> Result<Environment<'static>, RenderError> {
    let mut env = Environment::new();
    env.set_undefined_behavior(UndefinedBehavior::SemiStrict);
    env.set_auto_escape_callback(auto_escape_for);
    env.set_formatter(format_value);
    // A user's template cannot run forever (`{% for %}` in `{% for %}` over `range`):
    // each render of a template may take at most FUEL instructions.
    env.set_fuel(Some(FUEL));
    let syntax = SyntaxConfig::builder()
        .trim_blocks(true)
        .lstrip_blocks(true)
        .keep_trailing_newline(true)
        .build()
        .map_err(|e| template_error("<syntax>", &e))?;
    env.set_syntax(syntax);
    let user: Arc<BTreeMap<String, String>> = Arc::new(overrides.clone());
    env.set_loader(move |name| {
        if let Some(src) = user.get(name) {
            return Ok(Some(src.clone()));
        }
        Ok(BUILTIN
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, src)| (*src).to_string()))
    });
    add_filters(&mut env, lang);
    env.add_global("lang", lang.code());
    env.add_global("t", Value::from(Serde(i18n::labels(lang))));
    Ok(env)
}

/// Render one template with a context to a string.
pub fn render(env: &Environment<'static>, name: &str, ctx: Value) -> Result<String, RenderError> {
    let tmpl = env
        .get_template(name)
        .map_err(|e| template_error(name, &e))?;
    tmpl.render(ctx).map_err(|e| template_error(name, &e))
}

fn template_error(name: &str, e: &Error) -> RenderError {
    let mut message = e.to_string();
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        message.push_str(&format!(": {s}"));
        source = s.source();
    }
    RenderError::Template {
        template: e.name().unwrap_or(name).to_string(),
        line: e.line(),
        message,
    }
}

/// `none` prints as nothing; Markdown templates escape Markdown; the rest is
/// minijinja's own escaping. A value that is not marked safe is first cleaned by
/// [`clean_text`] (the compiled plan's texts already are; this holds for any other
/// value too), so no control character reaches an HTML, SVG or Markdown file.
fn format_value(out: &mut Output, state: &mut State, value: &Value) -> Result<(), Error> {
    if value.is_none() {
        return Ok(());
    }
    match state.auto_escape() {
        AutoEscape::Custom(name) if name == "markdown" => {
            let text = value.to_string();
            let s = if value.is_safe() {
                text
            } else {
                escape_markdown(&clean_text(&text))
            };
            out.write_str(&s).map_err(Error::from)
        }
        _ if !value.is_safe() && value.as_str().is_some_and(|s| clean_text(s) != s) => {
            let cleaned = Value::from(clean_text(value.as_str().unwrap_or("")).into_owned());
            minijinja::escape_formatter(out, state, &cleaned)
        }
        _ => minijinja::escape_formatter(out, state, value),
    }
}

/// Escape text for Markdown (CommonMark + GitHub tables): punctuation that could
/// start markup is backslash-escaped, newlines become spaces, so a value can sit
/// in a paragraph, a list item or a table cell.
pub fn escape_markdown(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for (i, c) in s.chars().enumerate() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '&' | '~' | '{' | '}' | '!' => {
                out.push('\\');
                out.push(c);
            }
            '#' | '-' | '+' | '=' if i == 0 => {
                out.push('\\');
                out.push(c);
            }
            '\r' => {}
            '\n' | '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

fn parse_date(v: &str) -> Result<Date, Error> {
    Date::parse(v).map_err(|m| Error::new(ErrorKind::InvalidOperation, m))
}

fn add_filters(env: &mut Environment<'static>, lang: Lang) {
    env.add_filter("date", move |v: &str| -> Result<String, Error> {
        Ok(i18n::date_long(lang, parse_date(v)?))
    });
    env.add_filter("date_medium", move |v: &str| -> Result<String, Error> {
        Ok(i18n::date_medium(lang, parse_date(v)?))
    });
    env.add_filter("day_month", move |v: &str| -> Result<String, Error> {
        Ok(i18n::day_month_short(lang, parse_date(v)?))
    });
    env.add_filter("weekday", move |v: &str| -> Result<String, Error> {
        Ok(i18n::weekday(lang, parse_date(v)?).to_string())
    });
    env.add_filter("month_name", move |m: i64| -> String {
        i18n::month_title(lang, i8::try_from(m).unwrap_or(1))
    });
    env.add_filter("cadence", move |v: &str| -> String {
        i18n::cadence(lang, v)
    });
    env.add_filter("meeting_length", move |m: u32| -> String {
        i18n::length(lang, m)
    });
    env.add_filter("number", move |x: f64| -> String { i18n::number(lang, x) });
    env.add_filter("clock", move |v: &str| -> String {
        i18n::time_of_day(lang, v)
    });
    env.add_filter("capitalise", |v: &str| -> String { i18n::capitalise(v) });
    env.add_filter("join_and", move |v: Vec<String>| -> String {
        i18n::join_and(lang, &v)
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_escaping_neutralises_markup() {
        assert_eq!(
            escape_markdown("<script>alert(1)</script>"),
            "\\<script\\>alert(1)\\</script\\>"
        );
        assert_eq!(escape_markdown("a | b\nc"), "a \\| b c");
        assert_eq!(escape_markdown("- item"), "\\- item");
        assert_eq!(escape_markdown("x-y"), "x-y");
        assert_eq!(escape_markdown("{{ 7*7 }}"), "\\{\\{ 7\\*7 \\}\\}");
        assert_eq!(escape_markdown("Æble & pære"), "Æble \\& pære");
    }

    #[test]
    fn builtin_templates_parse_and_names_are_unique() {
        let env = environment(Lang::Da, &BTreeMap::new()).unwrap();
        let mut names: Vec<_> = BUILTIN.iter().map(|(n, _)| *n).collect();
        for n in &names {
            env.get_template(n).unwrap();
        }
        names.sort_unstable();
        let len = names.len();
        names.dedup();
        assert_eq!(len, names.len());
    }

    #[test]
    fn user_template_overrides_builtin_and_falls_back() {
        let mut user = BTreeMap::new();
        user.insert("style.css".to_string(), "body{color:red}".to_string());
        let env = environment(Lang::Da, &user).unwrap();
        assert_eq!(
            env.get_template("style.css").unwrap().render(()).unwrap(),
            "body{color:red}"
        );
        assert!(env.get_template("base.html").is_ok());
    }

    #[test]
    fn html_and_markdown_autoescape() {
        let mut user = BTreeMap::new();
        user.insert("x.html".to_string(), "{{ v }}|{{ n }}".to_string());
        user.insert("x.md".to_string(), "{{ v }}|{{ n }}".to_string());
        user.insert("x.svg".to_string(), "{{ v }}".to_string());
        let env = environment(Lang::Da, &user).unwrap();
        let ctx = minijinja::context! { v => "<b>{{ 7*7 }}</b>", n => () };
        assert_eq!(
            render(&env, "x.html", ctx.clone()).unwrap(),
            "&lt;b&gt;{{ 7*7 }}&lt;&#x2f;b&gt;|"
        );
        assert_eq!(
            render(&env, "x.md", ctx.clone()).unwrap(),
            "\\<b\\>\\{\\{ 7\\*7 \\}\\}\\</b\\>|"
        );
        assert_eq!(
            render(&env, "x.svg", ctx).unwrap(),
            "&lt;b&gt;{{ 7*7 }}&lt;&#x2f;b&gt;"
        );
    }

    #[test]
    fn template_errors_name_the_template() {
        let mut user = BTreeMap::new();
        user.insert("bad.html".to_string(), "line\n{% if %}".to_string());
        let env = environment(Lang::Da, &user).unwrap();
        match render(&env, "bad.html", Value::UNDEFINED) {
            Err(RenderError::Template { template, line, .. }) => {
                assert_eq!(template, "bad.html");
                assert_eq!(line, Some(2));
            }
            other => panic!("expected a template error, got {other:?}"),
        }
    }
}
