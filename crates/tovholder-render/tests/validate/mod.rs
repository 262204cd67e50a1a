//! Every rendered file checked by a real parser for its format: SVG (and the XLSX
//! zip's parts) by a strict XML 1.0 parser, CSV by a CSV reader (every record as wide
//! as the header, every text cell neutralised), iCalendar by a strict line check
//! (CRLF, folding at 75 octets, `NAME[;PARAM]:VALUE` content lines, balanced
//! `BEGIN`/`END`, no control character), HTML and Markdown by their characters (no
//! character outside XML 1.0's, no control character but tab and line breaks).
//!
//! Shared by the render crate's property test and the CLI's regression tests
//! (`#[path]`-included there).

#![allow(dead_code)]

use std::io::Read;

/// A character XML 1.0 allows that is also no other control character or
/// noncharacter (what [`tovholder_core::compiled::clean_text`] leaves).
pub fn clean_char(c: char) -> bool {
    let u = u32::from(c);
    let xml = matches!(c, '\t' | '\n' | '\r')
        || (0x20..=0xD7FF).contains(&u)
        || (0xE000..=0xFFFD).contains(&u)
        || (0x10000..=0x10FFFF).contains(&u);
    let other_control = c.is_control() && !matches!(c, '\t' | '\n' | '\r');
    let noncharacter = (0xFDD0..=0xFDEF).contains(&u) || u & 0xFFFE == 0xFFFE;
    xml && !other_control && !noncharacter && !matches!(c, '\u{2028}' | '\u{2029}')
}

fn chars_ok(name: &str, text: &str) -> Result<(), String> {
    match text.char_indices().find(|(_, c)| !clean_char(*c)) {
        Some((i, c)) => Err(format!(
            "{name}: character U+{:04X} at byte {i}",
            u32::from(c)
        )),
        None => Ok(()),
    }
}

/// Check one rendered file by its extension.
pub fn check_file(name: &str, bytes: &[u8]) -> Result<(), String> {
    if name.ends_with(".xlsx") {
        return check_xlsx(name, bytes);
    }
    let text = std::str::from_utf8(bytes).map_err(|e| format!("{name}: not UTF-8: {e}"))?;
    chars_ok(name, text)?;
    if name.ends_with(".svg") {
        check_xml(name, text)
    } else if name.ends_with(".csv") {
        check_csv(name, text)
    } else if name.ends_with(".ics") {
        check_ics(name, text)
    } else if name.ends_with(".md") {
        if text.contains('\r') {
            return Err(format!("{name}: a carriage return in Markdown"));
        }
        Ok(())
    } else {
        // HTML: characters checked above; a page is one document.
        if !text.starts_with("<!DOCTYPE html>") || !text.trim_end().ends_with("</html>") {
            return Err(format!("{name}: not one HTML document"));
        }
        Ok(())
    }
}

pub fn check_xml(name: &str, text: &str) -> Result<(), String> {
    roxmltree::Document::parse_with_options(
        text,
        roxmltree::ParsingOptions {
            allow_dtd: true,
            ..Default::default()
        },
    )
    .map(|_| ())
    .map_err(|e| format!("{name}: not well-formed XML: {e}"))
}

/// The characters a spreadsheet reads as the start of a formula.
fn formula_start(c: char) -> bool {
    matches!(
        c,
        '=' | '+' | '-' | '@' | '＝' | '＋' | '－' | '＠' | '﹦' | '﹢' | '﹣' | '﹫'
    )
}

pub fn check_csv(name: &str, text: &str) -> Result<(), String> {
    let body = text
        .strip_prefix('\u{feff}')
        .ok_or(format!("{name}: no byte order mark"))?;
    let sep = if body.lines().next().is_some_and(|l| l.contains(';')) {
        b';'
    } else {
        b','
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(sep)
        .has_headers(true)
        .flexible(false)
        .from_reader(body.as_bytes());
    let width = reader
        .headers()
        .map_err(|e| format!("{name}: header: {e}"))?
        .len();
    for (i, rec) in reader.records().enumerate() {
        let rec = rec.map_err(|e| format!("{name}: record {}: {e}", i + 1))?;
        if rec.len() != width {
            return Err(format!("{name}: record {} has {} fields", i + 1, rec.len()));
        }
        for field in rec.iter() {
            let dangerous = field.starts_with(['\t', '\r'])
                || field
                    .chars()
                    .find(|c| !c.is_whitespace())
                    .is_some_and(formula_start);
            // A date or a number is written by tovholder itself, never plan text.
            let own = field.parse::<f64>().is_ok();
            if dangerous && !own {
                return Err(format!("{name}: cell {field:?} is not neutralised"));
            }
        }
    }
    if !body.is_empty() && !body.ends_with("\r\n") {
        return Err(format!("{name}: records do not end in CRLF"));
    }
    Ok(())
}

pub fn check_ics(name: &str, text: &str) -> Result<(), String> {
    let physical = text
        .strip_suffix("\r\n")
        .ok_or(format!("{name}: does not end in CRLF"))?;
    let mut logical: Vec<String> = Vec::new();
    for line in physical.split("\r\n") {
        if line.contains(['\r', '\n']) {
            return Err(format!("{name}: a bare CR or LF in {line:?}"));
        }
        if line.len() > 75 {
            return Err(format!("{name}: a line of {} octets", line.len()));
        }
        if let Some(cont) = line.strip_prefix(' ') {
            logical
                .last_mut()
                .ok_or(format!("{name}: starts with a continuation"))?
                .push_str(cont);
        } else {
            logical.push(line.to_string());
        }
    }
    let mut stack: Vec<String> = Vec::new();
    for l in &logical {
        if l.chars().any(|c| c.is_control() && c != '\t') {
            return Err(format!("{name}: a control character in {l:?}"));
        }
        let (head, value) = l
            .split_once(':')
            .ok_or(format!("{name}: no `:` in {l:?}"))?;
        let prop = head.split(';').next().unwrap_or("");
        if prop.is_empty() || !prop.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
            return Err(format!("{name}: property name {prop:?}"));
        }
        match prop {
            "BEGIN" => stack.push(value.to_string()),
            "END" if stack.pop().as_deref() != Some(value) => {
                return Err(format!("{name}: END:{value} without its BEGIN"));
            }
            "SUMMARY" | "DESCRIPTION" | "CATEGORIES" | "X-WR-CALNAME" | "X-WR-CALDESC" => {
                // TEXT (RFC 5545 §3.3.11): `;` and `,` only escaped, `\` only before `\ ; , n N`.
                let mut chars = value.chars();
                while let Some(c) = chars.next() {
                    match c {
                        '\\' if !matches!(chars.next(), Some('\\' | ';' | ',' | 'n' | 'N')) => {
                            return Err(format!("{name}: a bad escape in {l:?}"));
                        }
                        ';' | ',' => {
                            return Err(format!("{name}: an unescaped {c:?} in {l:?}"));
                        }
                        _ => {}
                    }
                }
            }
            _ => {}
        }
    }
    if !stack.is_empty() || logical.first().map(String::as_str) != Some("BEGIN:VCALENDAR") {
        return Err(format!("{name}: unbalanced BEGIN/END: {stack:?}"));
    }
    Ok(())
}

pub fn check_xlsx(name: &str, bytes: &[u8]) -> Result<(), String> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .map_err(|e| format!("{name}: not a zip: {e}"))?;
    for i in 0..zip.len() {
        let mut part = zip
            .by_index(i)
            .map_err(|e| format!("{name}: part {i}: {e}"))?;
        let part_name = part
            .name()
            .map_err(|e| format!("{name}: part {i}: {e}"))?
            .to_string();
        let mut text = String::new();
        part.read_to_string(&mut text)
            .map_err(|e| format!("{name}/{part_name}: {e}"))?;
        if part_name.ends_with(".xml") || part_name.ends_with(".rels") {
            check_xml(&format!("{name}/{part_name}"), &text)?;
        }
    }
    Ok(())
}

/// Every string in a JSON value (the compiled plan) is clean.
pub fn check_json_strings(v: &serde_json::Value) -> Result<(), String> {
    match v {
        serde_json::Value::String(s) => chars_ok("JSON", s),
        serde_json::Value::Array(a) => a.iter().try_for_each(check_json_strings),
        serde_json::Value::Object(o) => o.iter().try_for_each(|(k, v)| {
            chars_ok("JSON key", k)?;
            check_json_strings(v)
        }),
        _ => Ok(()),
    }
}
