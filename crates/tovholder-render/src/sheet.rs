//! Tables for spreadsheets: one model written as CSV, as XLSX and as a text dump
//! (the dump is what the XLSX snapshot tests compare).
//!
//! **Invariant:** every text cell is neutralised against formula injection before
//! it is written: a cell starting with `=`, `+`, `-`, `@` (or a full-width form of
//! them), a tab or a carriage return, also after leading whitespace, gets a leading
//! `'` (see [`neutralise`]).

use crate::RenderError;
use rust_xlsxwriter::{
    Color, DocProperties, ExcelDateTime, Format, FormatAlign, FormatBorder, Workbook, XlsxError,
};
use tovholder_core::compiled::clean_text;
use tovholder_core::model::Date;

/// One cell.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    Number(f64),
    Date(Date),
}

impl Cell {
    pub fn text(s: impl Into<String>) -> Cell {
        let s = s.into();
        if s.is_empty() {
            Cell::Empty
        } else {
            Cell::Text(s)
        }
    }
    pub fn opt(s: Option<&str>) -> Cell {
        s.map(Cell::text).unwrap_or(Cell::Empty)
    }
}

/// One worksheet: a header row and data rows.
#[derive(Clone, Debug)]
pub struct Sheet {
    pub name: String,
    pub header: Vec<String>,
    /// Column widths in characters (Excel units), one per header column.
    pub widths: Vec<f64>,
    pub rows: Vec<Vec<Cell>>,
}

/// Neutralise a text cell against formula injection (CSV and XLSX): a cell whose
/// first character is a formula start (`=` `+` `-` `@`, their full-width and small
/// forms `＝＋－＠ ﹦﹢﹣﹫`), a tab or a carriage return — also after leading
/// whitespace, which spreadsheet programs skip — gets a leading `'`. The text is
/// first cleaned by [`clean_text`], like every other format's.
pub fn neutralise(s: &str) -> String {
    let s = clean_text(s);
    let first = s.chars().find(|c| !c.is_whitespace());
    let starts_formula = s.starts_with(['\t', '\r'])
        || first.is_some_and(|c| {
            matches!(
                c,
                '=' | '+'
                    | '-'
                    | '@'
                    | '\u{FF1D}'
                    | '\u{FF0B}'
                    | '\u{FF0D}'
                    | '\u{FF20}'
                    | '\u{FE66}'
                    | '\u{FE62}'
                    | '\u{FE63}'
                    | '\u{FE6B}'
            )
        });
    if starts_formula {
        format!("'{s}")
    } else {
        s.into_owned()
    }
}

/// CSV per RFC 4180 (CRLF, quotes doubled), with a UTF-8 byte order mark so
/// spreadsheet programs read æ ø å correctly. `sep` is `;` for Danish and Swedish
/// (their spreadsheets use the comma as decimal mark) and `,` for English.
pub fn to_csv(sheet: &Sheet, sep: char) -> String {
    let mut out = String::from("\u{feff}");
    let header: Vec<Cell> = sheet.header.iter().map(|h| Cell::text(h.clone())).collect();
    for row in std::iter::once(&header).chain(sheet.rows.iter()) {
        let fields: Vec<String> = row.iter().map(|c| csv_field(c, sep)).collect();
        out.push_str(&fields.join(&sep.to_string()));
        out.push_str("\r\n");
    }
    out
}

fn csv_field(c: &Cell, sep: char) -> String {
    let s = match c {
        Cell::Empty => return String::new(),
        Cell::Text(s) => neutralise(s),
        Cell::Number(n) => format_number(*n),
        Cell::Date(d) => d.to_string(),
    };
    if s.contains([sep, '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

fn format_number(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{n:.0}")
    } else {
        format!("{n}")
    }
}

/// A readable dump of every cell written, sheet by sheet (for snapshots).
pub fn dump(sheets: &[Sheet]) -> String {
    let mut out = String::new();
    for s in sheets {
        out.push_str(&format!("== {} ==\n", s.name));
        let header: Vec<Cell> = s.header.iter().map(|h| Cell::text(h.clone())).collect();
        for (r, row) in std::iter::once(&header).chain(s.rows.iter()).enumerate() {
            for (c, cell) in row.iter().enumerate() {
                let v = match cell {
                    Cell::Empty => continue,
                    Cell::Text(t) => format!("{:?}", neutralise(t)),
                    Cell::Number(n) => format!("number {}", format_number(*n)),
                    Cell::Date(d) => format!("date {d}"),
                };
                out.push_str(&format!("{}: {v}\n", cell_name(r, c)));
            }
        }
    }
    out
}

/// `A1`-style cell name.
fn cell_name(row: usize, col: usize) -> String {
    let mut letters = Vec::new();
    let mut n = col + 1;
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.push(char::from(b'A' + u8::try_from(rem).unwrap_or(0)));
        n = (n - 1) / 26;
    }
    letters.reverse();
    format!("{}{}", letters.into_iter().collect::<String>(), row + 1)
}

/// Document properties of the workbook.
pub struct WorkbookMeta<'a> {
    pub title: &'a str,
    pub company: Option<&'a str>,
    /// Seconds since 1970 (never the clock: see `RenderOptions::timestamp`).
    pub created: i64,
    /// Excel number format for dates, e.g. `dd-mm-yyyy`.
    pub date_format: &'a str,
}

/// 1900-01-01 and 9999-12-31 23:59:59 UTC in seconds since 1970: Excel's date range.
const EXCEL_FIRST: i64 = -2_208_988_800;
const EXCEL_LAST: i64 = 253_402_300_799;

/// Excel keeps at most 32,767 UTF-16 units in a cell; longer text is cut with `…`.
fn xlsx_text(s: &str) -> String {
    const MAX: usize = 32_767;
    if s.encode_utf16().count() <= MAX {
        return s.to_string();
    }
    let mut out = String::new();
    let mut units = 0;
    for c in s.chars() {
        if units + c.len_utf16() > MAX - 1 {
            break;
        }
        units += c.len_utf16();
        out.push(c);
    }
    out.push('…');
    out
}

/// Write sheets as an XLSX workbook: bold frozen header, filters, wrapped text,
/// A4 landscape, header row repeated on each printed page.
pub fn to_xlsx(sheets: &[Sheet], meta: &WorkbookMeta) -> Result<Vec<u8>, RenderError> {
    write_xlsx(sheets, meta).map_err(|e| RenderError::Xlsx(e.to_string()))
}

fn write_xlsx(sheets: &[Sheet], meta: &WorkbookMeta) -> Result<Vec<u8>, XlsxError> {
    let mut wb = Workbook::new();
    // Excel dates run from 1900 to 9999; a plan may start outside them.
    let created = ExcelDateTime::from_timestamp(meta.created.clamp(EXCEL_FIRST, EXCEL_LAST))?;
    let mut props = DocProperties::new()
        .set_title(meta.title)
        .set_author("tovholder")
        .set_creation_datetime(&created);
    if let Some(c) = meta.company {
        props = props.set_company(c);
    }
    wb.set_properties(&props);
    let header_fmt = Format::new()
        .set_bold()
        .set_text_wrap()
        .set_align(FormatAlign::Top)
        .set_background_color(Color::RGB(0x00E8_EEF4))
        .set_border_bottom(FormatBorder::Thin);
    let text_fmt = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    let date_fmt = Format::new()
        .set_num_format(meta.date_format)
        .set_align(FormatAlign::Top)
        .set_align(FormatAlign::Left);
    for s in sheets {
        let ws = wb.add_worksheet();
        ws.set_name(&s.name)?;
        ws.set_paper_size(9); // A4
        ws.set_landscape();
        ws.set_print_fit_to_pages(1, 0);
        ws.set_repeat_rows(0, 0)?;
        ws.set_freeze_panes(1, 0)?;
        for (c, h) in s.header.iter().enumerate() {
            let col = u16::try_from(c).unwrap_or(u16::MAX);
            ws.write_string_with_format(0, col, neutralise(h), &header_fmt)?;
            if let Some(w) = s.widths.get(c) {
                ws.set_column_width(col, *w)?;
            }
        }
        for (r, row) in s.rows.iter().enumerate() {
            let rn = u32::try_from(r + 1).unwrap_or(u32::MAX);
            for (c, cell) in row.iter().enumerate() {
                let col = u16::try_from(c).unwrap_or(u16::MAX);
                match cell {
                    Cell::Empty => {}
                    Cell::Text(t) => {
                        ws.write_string_with_format(rn, col, xlsx_text(&neutralise(t)), &text_fmt)?;
                    }
                    Cell::Number(n) => {
                        ws.write_number_with_format(rn, col, *n, &text_fmt)?;
                    }
                    Cell::Date(d) => {
                        let x = u16::try_from(d.0.year()).ok().and_then(|y| {
                            ExcelDateTime::from_ymd(
                                y,
                                u8::try_from(d.0.month()).ok()?,
                                u8::try_from(d.0.day()).ok()?,
                            )
                            .ok()
                        });
                        match x {
                            Some(x) => ws.write_datetime_with_format(rn, col, &x, &date_fmt)?,
                            // Outside Excel's years (1900–9999): the date as text.
                            None => {
                                ws.write_string_with_format(rn, col, d.to_string(), &text_fmt)?
                            }
                        };
                    }
                }
            }
        }
        if !s.header.is_empty() {
            let last_col = u16::try_from(s.header.len() - 1).unwrap_or(0);
            let last_row = u32::try_from(s.rows.len()).unwrap_or(0);
            ws.autofilter(0, 0, last_row, last_col)?;
        }
    }
    wb.save_to_buffer()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sheet() -> Sheet {
        Sheet {
            name: "Test".into(),
            header: vec!["A".into(), "B".into(), "C".into()],
            widths: vec![10.0, 10.0, 10.0],
            rows: vec![
                vec![
                    Cell::text("=HYPERLINK(\"http://x\")"),
                    Cell::text("a;b,c"),
                    Cell::Number(1.5),
                ],
                vec![
                    Cell::text("-1"),
                    Cell::text("line\nbreak"),
                    Cell::Date(Date::parse("2027-01-04").unwrap()),
                ],
                vec![Cell::text("@x"), Cell::text("+y"), Cell::text("\tz")],
            ],
        }
    }

    #[test]
    fn csv_quotes_and_neutralises() {
        let csv = to_csv(&sheet(), ';');
        assert_eq!(
            csv,
            "\u{feff}A;B;C\r\n\"'=HYPERLINK(\"\"http://x\"\")\";\"a;b,c\";1.5\r\n'-1;\"line\nbreak\";2027-01-04\r\n'@x;'+y;'\tz\r\n"
        );
    }

    #[test]
    fn neutralise_only_dangerous_starts() {
        assert_eq!(neutralise("=1+1"), "'=1+1");
        // A carriage return is a line break once cleaned (the same text as in the
        // other formats); a leading tab stays and is neutralised.
        assert_eq!(neutralise("\rx"), "\nx");
        assert_eq!(neutralise("\tx"), "'\tx");
        assert_eq!(neutralise("a=b"), "a=b");
        assert_eq!(neutralise("Æble"), "Æble");
        // After whitespace, and in full width: still a formula to a spreadsheet.
        assert_eq!(neutralise("  =1+1"), "'  =1+1");
        assert_eq!(neutralise("\u{3000}-2"), "'\u{3000}-2");
        assert_eq!(neutralise("\n@SUM(A1)"), "'\n@SUM(A1)");
        assert_eq!(neutralise("＝HYPERLINK(\"x\")"), "'＝HYPERLINK(\"x\")");
        assert_eq!(neutralise("＋1"), "'＋1");
        assert_eq!(neutralise("－1"), "'－1");
        assert_eq!(neutralise("＠x"), "'＠x");
        assert_eq!(neutralise("  Æble"), "  Æble");
        // Cleaned first: `\v` is a line break, `\0` is gone.
        assert_eq!(neutralise("a\u{0B}b\0"), "a\nb");
        assert_eq!(neutralise("\u{0}=1"), "'=1");
    }

    #[test]
    fn dump_names_cells() {
        let d = dump(&[sheet()]);
        assert!(d.contains("A2: \"'=HYPERLINK(\\\"http://x\\\")\""), "{d}");
        assert!(d.contains("C3: date 2027-01-04"));
        assert!(d.contains("C2: number 1.5"));
        assert_eq!(cell_name(0, 26), "AA1");
    }

    #[test]
    fn xlsx_is_deterministic() {
        let meta = WorkbookMeta {
            title: "T",
            company: Some("K"),
            created: 1_799_020_800,
            date_format: "dd-mm-yyyy",
        };
        let a = to_xlsx(&[sheet()], &meta).unwrap();
        let b = to_xlsx(&[sheet()], &meta).unwrap();
        assert_eq!(a, b);
        assert_eq!(&a[..2], b"PK");
    }

    #[test]
    fn xlsx_takes_what_excel_cannot_hold() {
        // Found by the `render` fuzz target: a plan starting in 1013 (a valid date)
        // made the workbook, and with it the whole render, fail.
        let mut s = sheet();
        s.rows.push(vec![
            // The loader now refuses dates before 1900; a compiled plan built otherwise
            // may still hold one.
            Cell::Date(Date(jiff::civil::date(1013, 1, 4))),
            Cell::text("x".repeat(40_000)),
            Cell::text("æ".repeat(33_000)),
        ]);
        for created in [-30_199_737_600, 1_799_020_800, i64::MAX, i64::MIN] {
            let meta = WorkbookMeta {
                title: "T",
                company: None,
                created,
                date_format: "dd-mm-yyyy",
            };
            assert!(
                to_xlsx(std::slice::from_ref(&s), &meta).is_ok(),
                "{created}"
            );
        }
        assert_eq!(xlsx_text("kort"), "kort");
        let cut = xlsx_text(&"🙂".repeat(20_000));
        assert!(cut.encode_utf16().count() <= 32_767 && cut.ends_with('…'));
    }
}
