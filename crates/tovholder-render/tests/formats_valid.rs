//! Every output format is valid for every string the loader accepts (issue 14, item 5):
//! a property test puts random strings — all of Unicode, control characters, line
//! separators, noncharacters and formula, markup and directive characters included —
//! into every text field of a plan, compiles it, renders every document and checks each
//! file with a real parser for its format (see `validate/mod.rs`). The compiled plan's
//! texts are the input cleaned once by `clean_text`, so every format carries the same
//! text.

mod common;
mod validate;

use proptest::prelude::*;
use tovholder_core::compiled::{CompiledPlan, clean_text};
use tovholder_render::{RenderOptions, render};

/// A YAML double-quoted scalar that reads back as exactly `s`: everything but ASCII
/// letters, digits and spaces as a `\U` escape.
fn quoted(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        if c.is_ascii_alphanumeric() || c == ' ' {
            out.push(c);
        } else {
            out.push_str(&format!("\\U{:08X}", u32::from(c)));
        }
    }
    out.push('"');
    out
}

/// A plan with every text field set to one of `t` (cycled).
fn plan_yaml(t: &[String]) -> String {
    let q = |i: usize| quoted(&t[i % t.len()]);
    format!(
        "id: egenskab
title: {}
organisation: {}
language: da
start: 2027-01-04
roles:
  koordinator:
    name: {}
    purpose: {}
    owner: [{}]
    hours: 4 pr. uge
    mandate: {}
    responsibilities: [{}, {}]
phases:
  start:
    name: {}
    duration: 2 måneder
    owner: koordinator
    purpose: {}
    characteristics: [{}]
    exit_criteria: [{}]
activities:
  moede:
    name: {}
    phase: start
    every: måned
    length: 1 time
    responsible: koordinator
    participants: [koordinator]
    audience: [borgere]
    channel: {}
    purpose: {}
    agenda: [{}, {}]
    outputs: [{}]
    contributes_to: [maal]
goals:
  maal:
    statement: {}
    kind: quantitative
    phase: start
    indicator: {}
    baseline: {{ value: {}, date: 2027-01-04, source: {} }}
    target: {{ value: {}, by: 2027-03-01 }}
    owner: koordinator
checklists:
  tjek:
    name: {}
    phase: start
    owner: koordinator
    items:
      - {}
      - text: {}
        owner: koordinator
stakeholders:
  borgere:
    name: {}
    description: {}
",
        q(0),
        q(1),
        q(2),
        q(3),
        q(4),
        q(5),
        q(6),
        q(7),
        q(8),
        q(9),
        q(10),
        q(11),
        q(12),
        q(13),
        q(14),
        q(15),
        q(16),
        q(17),
        q(18),
        q(19),
        q(20),
        q(21),
        q(22),
        q(23),
        q(24),
        q(25),
        q(26),
        q(27),
    )
}

fn compile(yaml: &str) -> Result<CompiledPlan, String> {
    let mut sources = tovholder_core::SourceMap::new();
    let file = sources.add(tovholder_core::SourceFile::new(
        "egenskab.yaml".to_string(),
        yaml.to_string(),
    ));
    let checked = tovholder_core::check_with_models(
        &mut sources,
        file,
        &tovholder_core::CheckOptions::default(),
        &mut tovholder_core::merge::NoModels,
    );
    if checked.errors() > 0 {
        let msgs: Vec<String> = checked.diags.iter().map(|d| format!("{d:?}")).collect();
        return Err(msgs.join("\n"));
    }
    checked
        .compiled(&sources)
        .ok_or_else(|| "no compiled plan".to_string())
}

/// Render every document and check every file; the compiled plan's JSON too.
fn check_everything(plan: &CompiledPlan) -> Result<(), String> {
    let json = serde_json::to_string(plan).map_err(|e| e.to_string())?;
    let back: serde_json::Value = serde_json::from_str(&json).map_err(|e| e.to_string())?;
    validate::check_json_strings(&back)?;
    let files = render(plan, &RenderOptions::default()).map_err(|e| e.to_string())?;
    if files.is_empty() {
        return Err("nothing rendered".into());
    }
    for f in &files {
        validate::check_file(&f.relative_path, &f.bytes)?;
    }
    Ok(())
}

/// Random text: any character, with the troublesome ones drawn often.
fn text() -> impl Strategy<Value = String> {
    let special = prop::sample::select(vec![
        '\0',
        '\u{1}',
        '\u{8}',
        '\t',
        '\n',
        '\u{B}',
        '\u{C}',
        '\r',
        '\u{1B}',
        '\u{7F}',
        '\u{85}',
        '\u{9B}',
        '\u{2028}',
        '\u{2029}',
        '\u{FEFF}',
        '\u{FFFE}',
        '\u{FFFF}',
        '\u{FDD0}',
        '\u{1FFFE}',
        '\u{10FFFF}',
        '\u{202E}',
        '%',
        '=',
        '+',
        '-',
        '@',
        '＝',
        '＋',
        '－',
        '＠',
        '<',
        '>',
        '&',
        '"',
        '\'',
        '\\',
        ';',
        ',',
        '{',
        '}',
        '#',
        '|',
        '`',
        '*',
        '_',
        '[',
        ']',
        ' ',
        'æ',
        'ø',
        'å',
        '🙂',
    ]);
    let controls = (0u32..0x20).prop_map(|u| char::from_u32(u).unwrap_or('?'));
    prop::collection::vec(
        prop_oneof![3 => any::<char>(), 3 => special, 2 => controls, 2 => "[a-z]"
            .prop_map(|s| s.chars().next().unwrap_or('a'))],
        1..24,
    )
    .prop_map(|v| v.into_iter().collect::<String>())
    // A text of only spaces and controls is empty once trimmed; names need a letter.
    .prop_map(|s| format!("x{s}"))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn every_format_is_valid_for_every_string(t in prop::collection::vec(text(), 28)) {
        let yaml = plan_yaml(&t);
        let plan = compile(&yaml).map_err(|e| TestCaseError::fail(format!("{e}\n{yaml}")))?;
        // Cleaned once, when the plan is compiled: the same text for every format.
        prop_assert_eq!(&plan.title, &clean_text(&t[0]).into_owned());
        prop_assert_eq!(&plan.roles[0].name, &clean_text(&t[2]).into_owned());
        prop_assert_eq!(
            &plan.checklists[0].items[1].text,
            &clean_text(&t[25]).into_owned()
        );
        check_everything(&plan).map_err(TestCaseError::fail)?;
    }
}

/// The reproducers of issue 14 item 5, one by one: Word's line break, NUL, SOH,
/// U+FFFE and U+FFFF in the title and a role's name.
#[test]
fn reproducers_render_valid_files() {
    for bad in [
        "a\u{B}b",
        "a\0b",
        "a\u{1}b",
        "a\u{FFFE}b",
        "a\u{FFFF}b",
        "a\r\u{85}b",
    ] {
        let t: Vec<String> = (0..28).map(|i| format!("Tekst {i} {bad}")).collect();
        let plan = compile(&plan_yaml(&t)).unwrap();
        assert!(
            plan.title.chars().all(validate::clean_char),
            "{:?}",
            plan.title
        );
        check_everything(&plan).unwrap_or_else(|e| panic!("{bad:?}: {e}"));
    }
    // `\v` is a line break, the others are gone.
    let t: Vec<String> = (0..28)
        .map(|_| "Linje 1\u{B}Linje 2\0\u{FFFE}".to_string())
        .collect();
    let plan = compile(&plan_yaml(&t)).unwrap();
    assert_eq!(plan.title, "Linje 1\nLinje 2");
}

/// A hand-made compiled plan whose texts were never cleaned still renders valid files:
/// every writer cleans what it prints with the same function.
#[test]
fn uncleaned_compiled_plan_renders_valid_files() {
    let mut plan = common::plan();
    let bad = "Ny\u{B}linje\0 \u{1B}[31m \u{FFFE} =1+1 %%{init: {}}%%";
    plan.title = format!("{bad} titel");
    plan.organisation = Some(bad.into());
    for r in &mut plan.roles {
        r.name = format!("{bad} {}", r.name);
        r.purpose = Some(bad.into());
    }
    for a in &mut plan.activities {
        a.name = format!("{bad} {}", a.name);
        a.purpose = Some(format!(" ＝{bad}"));
    }
    check_everything_but_json(&plan).unwrap();
}

fn check_everything_but_json(plan: &CompiledPlan) -> Result<(), String> {
    for f in &render(plan, &RenderOptions::default()).map_err(|e| e.to_string())? {
        validate::check_file(&f.relative_path, &f.bytes)?;
    }
    Ok(())
}
