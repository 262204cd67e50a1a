//! Meta-test of `messages/`: every finding has its own words in every language, and
//! every rule its documentation.

use tovholder_core::Lang;
use tovholder_core::messages::{self, Msg};
use tovholder_core::rules::RULES;

/// Findings whose words may be the same in two languages (a message that is only
/// quoted plan text). Keep it short; each entry says why.
const SAME_WORDS_ALLOWED: &[&str] = &[];

#[test]
fn every_finding_has_words_of_its_own_in_every_language() {
    for m in Msg::samples() {
        let en = m.text(Lang::En);
        let da = m.text(Lang::Da);
        let sv = m.text(Lang::Sv);
        for (lang, t) in [("en", &en), ("da", &da), ("sv", &sv)] {
            assert!(
                !t.message.trim().is_empty(),
                "{}: no {lang} message",
                m.kind()
            );
        }
        if SAME_WORDS_ALLOWED.contains(&m.kind()) {
            continue;
        }
        assert_ne!(
            en.message,
            da.message,
            "{}: the Danish message is the English one",
            m.kind()
        );
        assert_ne!(
            en.message,
            sv.message,
            "{}: the Swedish message is the English one",
            m.kind()
        );
        // Danish and Swedish share words ("målet `x` har ingen indikator" is both), so
        // they are held apart on the whole text of the finding, not the message alone.
        assert_ne!(
            whole(&da),
            whole(&sv),
            "{}: the Swedish words are the Danish ones",
            m.kind()
        );
        assert_eq!(
            en.labels.len(),
            da.labels.len(),
            "{}: Danish names another number of places than English",
            m.kind()
        );
        assert_eq!(
            en.labels.len(),
            sv.labels.len(),
            "{}: Swedish names another number of places than English",
            m.kind()
        );
        assert_eq!(
            en.help.is_some(),
            da.help.is_some(),
            "{}: help in English xor Danish",
            m.kind()
        );
        assert_eq!(
            en.help.is_some(),
            sv.help.is_some(),
            "{}: help in English xor Swedish",
            m.kind()
        );
    }
}

#[test]
fn every_finding_belongs_to_a_registered_rule() {
    for m in Msg::samples() {
        let rule = m.rule();
        assert!(
            RULES.iter().any(|r| std::ptr::eq(*r, rule)),
            "{}: its rule `{}` is not in the catalogue",
            m.kind(),
            rule.name
        );
    }
}

#[test]
fn every_rule_is_documented_in_every_language_under_its_headings() {
    for lang in messages::LANGS {
        let headings = messages::words(lang).headings;
        for rule in RULES {
            let doc = rule.doc_in(lang);
            let found: Vec<&str> = doc.lines().filter_map(|l| l.strip_prefix("## ")).collect();
            assert_eq!(
                found,
                headings,
                "`{}` in {}: the documentation must have exactly these headings",
                rule.name,
                lang.code()
            );
            if lang != Lang::En {
                assert!(
                    messages::translated_doc(rule.name, lang).is_some(),
                    "`{}` has no {} documentation",
                    rule.name,
                    lang.code()
                );
                assert_ne!(
                    rule.summary_in(lang),
                    rule.summary,
                    "`{}`: {} summary is English",
                    rule.name,
                    lang.code()
                );
            }
        }
    }
}

#[test]
fn translated_documentation_names_only_rules_of_the_catalogue_each_once() {
    for lang in [Lang::Da, Lang::Sv] {
        let docs = messages::words(lang).docs.unwrap_or(&[]);
        let mut names: Vec<&str> = docs.iter().map(|d| d.name).collect();
        names.sort_unstable();
        let before = names.len();
        names.dedup();
        assert_eq!(
            before,
            names.len(),
            "{}: a rule documented twice",
            lang.code()
        );
        for d in docs {
            assert!(
                RULES.iter().any(|r| r.name == d.name),
                "{}: documentation for `{}`, which is no rule",
                lang.code(),
                d.name
            );
        }
    }
}

#[test]
fn user_facing_text_cites_sources_by_title_never_by_file_number() {
    let seed = regex_lite("seed 00");
    for lang in messages::LANGS {
        for rule in RULES {
            assert!(
                !seed(&rule.doc_in(lang)),
                "`{}` ({}) cites a seed number",
                rule.name,
                lang.code()
            );
        }
    }
}

fn regex_lite(needle: &'static str) -> impl Fn(&str) -> bool {
    move |s: &str| s.to_lowercase().contains(needle)
}

fn whole(t: &messages::Text) -> String {
    format!("{}\n{:?}\n{}", t.message, t.help, t.labels.join("\n"))
}
