//! Tables for spreadsheets: one model written as CSV, as XLSX and as a text dump
//! (the dump is what the XLSX snapshot tests compare).
//!
//! **Invariant:** no text cell can become a formula. In CSV, a cell starting with
//! `=`, `+`, `-`, `@` (or a full-width form of them), a tab or a carriage return,
//! also after leading whitespace, gets a leading `'` (see [`neutralise`]): a CSV
//! field is typed by the program that opens it. In XLSX a string cell is a string
//! and never a formula, so the text is written as it is, without a visible `'`; such
//! a cell gets the *quote prefix* format (Excel's and LibreOffice's own "this is
//! text"), so editing it does not turn it into a formula either.
//!
//! XLSX cells are typed: dates and times as date and time cells, done/not done as
//! booleans, percentages as numbers in a percent format. Each row's height is set
//! from its wrapped text (spreadsheet programs do not grow a row on opening), and
//! the header row repeats on every printed page.

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
    /// A time of day (`09:00`): an XLSX time cell.
    Time {
        hour: u8,
        minute: u8,
    },
    /// Done / not done: an XLSX boolean (the spreadsheet shows it in its own
    /// language: TRUE/FALSE, SAND/FALSK, SANT/FALSKT).
    Bool(bool),
    /// A percentage as a fraction (`0.3` for 30 %): a number in a percent format.
    Percent(f64),
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
    /// A time cell from `HH:MM` (`9:00`, `09.00` …); empty when it is no time.
    pub fn time(s: &str) -> Cell {
        match crate::i18n::parse_hhmm(s) {
            Some((hour, minute)) if hour < 24 && minute < 60 => Cell::Time { hour, minute },
            _ => Cell::Empty,
        }
    }
    /// A measured value as written in a plan: a percentage (`30 %`, `12,5%`,
    /// `-4 %`) becomes a percent cell, anything else stays text as written.
    pub fn value(s: &str) -> Cell {
        percent(s)
            .map(Cell::Percent)
            .unwrap_or_else(|| Cell::text(s))
    }
}

/// `30 %`, `30%`, `12,5 %`, `12.5 %`, `-4 %` as a fraction (`0.3`); `None` for
/// anything else (also for numbers with more than 15 digits, which a float would
/// round: a value is never printed other than as written).
fn percent(s: &str) -> Option<f64> {
    let t = s.trim();
    let num = t
        .strip_suffix('%')?
        .trim_end_matches([' ', '\u{a0}', '\u{202f}']);
    let digits = num.strip_prefix(['-', '\u{2212}']).unwrap_or(num);
    let negative = digits.len() != num.len();
    let mut parts = digits.split([',', '.']);
    let int = parts.next()?;
    let frac = parts.next().unwrap_or("");
    if parts.next().is_some()
        || int.is_empty()
        || !int.bytes().all(|b| b.is_ascii_digit())
        || !frac.bytes().all(|b| b.is_ascii_digit())
        || int.len() + frac.len() > 15
        || (digits.contains([',', '.']) && frac.is_empty())
    {
        return None;
    }
    let x: f64 = format!("{int}.{}", if frac.is_empty() { "0" } else { frac })
        .parse()
        .ok()?;
    Some(if negative { -x } else { x } / 100.0)
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

/// Whether a (cleaned) text starts like a formula to a spreadsheet program: its
/// first character is a formula start (`=` `+` `-` `@`, their full-width and small
/// forms `＝＋－＠ ﹦﹢﹣﹫`), a tab or a carriage return — also after leading
/// whitespace, which spreadsheet programs skip.
fn starts_formula(s: &str) -> bool {
    let first = s.chars().find(|c| !c.is_whitespace());
    s.starts_with(['\t', '\r'])
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
        })
}

/// Neutralise a CSV text field against formula injection: a text that
/// [starts like a formula](starts_formula) gets a leading `'`. The text is first
/// cleaned by [`clean_text`], like every other format's. (XLSX needs no `'`: see
/// the module documentation.)
pub fn neutralise(s: &str) -> String {
    let s = clean_text(s);
    if starts_formula(&s) {
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
        Cell::Time { hour, minute } => format!("{hour:02}:{minute:02}"),
        Cell::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_string(),
        Cell::Percent(p) => format!("{}%", format_number(p * 100.0)),
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
                    Cell::Text(t) => {
                        let t = clean_text(t);
                        if starts_formula(&t) {
                            format!("{t:?} (quote prefix)")
                        } else {
                            format!("{t:?}")
                        }
                    }
                    Cell::Number(n) => format!("number {}", format_number(*n)),
                    Cell::Date(d) => format!("date {d}"),
                    Cell::Time { hour, minute } => format!("time {hour:02}:{minute:02}"),
                    Cell::Bool(b) => format!("bool {b}"),
                    Cell::Percent(p) => format!("percent {}", format_number(p * 100.0)),
                };
                out.push_str(&format!("{}: {v}\n", cell_name(r, c)));
            }
            if let Some(h) = row_height(s, row, r == 0) {
                out.push_str(&format!("row {}: height {h}\n", r + 1));
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

/// The default font (Calibri 11 pt, Carlito in LibreOffice): a line is 15 points.
const LINE_POINTS: f64 = 15.0;
/// Excel's largest row height.
const MAX_ROW_POINTS: f64 = 409.0;
/// A column's width when the sheet gives none (Excel's default).
const DEFAULT_WIDTH: f64 = 8.43;

/// How many lines `text` takes in a wrapped cell `width` characters wide (Excel
/// width units: digits of the default font): each line of the text is wrapped at
/// spaces, a word longer than a line is broken. Counted on the safe side — a
/// letter is taken as wide as a digit, a bold one a tenth wider, and a character
/// of each line is left for the cell's padding — so a row is never too low.
fn wrapped_lines(text: &str, width: f64, bold: bool) -> usize {
    let usable = (width - 1.0) / if bold { 1.1 } else { 1.0 };
    // Truncation is intended: whole characters per line, at least one.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let per_line = usable.floor().max(1.0) as usize;
    text.split('\n')
        .map(|line| {
            let mut lines = 1;
            let mut used = 0;
            for word in line.split(' ') {
                let n = word.chars().count();
                let need = if used == 0 { n } else { used + 1 + n };
                if need <= per_line {
                    used = need;
                    continue;
                }
                if used > 0 {
                    lines += 1;
                }
                // A word longer than a line fills whole lines.
                lines += n.saturating_sub(1) / per_line;
                used = n - (n.saturating_sub(1) / per_line) * per_line;
            }
            lines
        })
        .sum()
}

/// The height in points a row needs for its wrapped text, or `None` when one line
/// (the default height) holds every cell.
fn row_height(sheet: &Sheet, row: &[Cell], header: bool) -> Option<f64> {
    let lines = row
        .iter()
        .enumerate()
        .map(|(c, cell)| match cell {
            Cell::Text(t) => {
                let w = sheet.widths.get(c).copied().unwrap_or(DEFAULT_WIDTH);
                wrapped_lines(&xlsx_text(&clean_text(t)), w, header)
            }
            _ => 1,
        })
        .max()
        .unwrap_or(1);
    (lines > 1).then(|| {
        #[allow(clippy::cast_precision_loss)]
        let h = lines as f64 * LINE_POINTS + 2.0;
        h.min(MAX_ROW_POINTS)
    })
}

/// Write sheets as an XLSX workbook: bold frozen header, filters, wrapped text,
/// rows as high as their text, A4 landscape, header row repeated on each printed
/// page; typed cells (see the module documentation).
pub fn to_xlsx(sheets: &[Sheet], meta: &WorkbookMeta) -> Result<Vec<u8>, RenderError> {
    write_xlsx(sheets, meta).map_err(|e| RenderError::Xlsx(e.to_string()))
}

/// The cell formats of a workbook.
struct Formats {
    header: Format,
    header_quoted: Format,
    text: Format,
    text_quoted: Format,
    number: Format,
    date: Format,
    time: Format,
    boolean: Format,
    percent: Format,
    percent_decimal: Format,
}

impl Formats {
    fn new(date_format: &str) -> Formats {
        let top = Format::new().set_align(FormatAlign::Top);
        let header = top
            .clone()
            .set_bold()
            .set_text_wrap()
            .set_background_color(Color::RGB(0x00E8_EEF4))
            .set_border_bottom(FormatBorder::Thin);
        let text = top.clone().set_text_wrap();
        // Numbers, times and booleans are centred: a right-aligned number never
        // runs into the left-aligned text of the next column ("10" and "09:00"
        // read as "1009:00").
        let centred = top.clone().set_align(FormatAlign::Center);
        Formats {
            header_quoted: header.clone().set_quote_prefix(),
            header,
            text_quoted: text.clone().set_quote_prefix(),
            text,
            number: centred.clone(),
            date: top
                .clone()
                .set_num_format(date_format)
                .set_align(FormatAlign::Left),
            time: centred.clone().set_num_format("hh:mm"),
            boolean: centred.clone(),
            percent: centred.clone().set_num_format("0%"),
            percent_decimal: centred.set_num_format("0.0%"),
        }
    }
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
    let f = Formats::new(meta.date_format);
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
            let h = clean_text(h);
            let fmt = if starts_formula(&h) {
                &f.header_quoted
            } else {
                &f.header
            };
            ws.write_string_with_format(0, col, xlsx_text(&h), fmt)?;
            if let Some(w) = s.widths.get(c) {
                ws.set_column_width(col, *w)?;
            }
        }
        let header: Vec<Cell> = s.header.iter().map(|h| Cell::text(h.clone())).collect();
        if let Some(h) = row_height(s, &header, true) {
            ws.set_row_height(0, h)?;
        }
        for (r, row) in s.rows.iter().enumerate() {
            let rn = u32::try_from(r + 1).unwrap_or(u32::MAX);
            if let Some(h) = row_height(s, row, false) {
                ws.set_row_height(rn, h)?;
            }
            for (c, cell) in row.iter().enumerate() {
                let col = u16::try_from(c).unwrap_or(u16::MAX);
                write_cell(ws, rn, col, cell, &f)?;
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

fn write_cell(
    ws: &mut rust_xlsxwriter::Worksheet,
    rn: u32,
    col: u16,
    cell: &Cell,
    f: &Formats,
) -> Result<(), XlsxError> {
    match cell {
        Cell::Empty => {}
        Cell::Text(t) => {
            let t = clean_text(t);
            let fmt = if starts_formula(&t) {
                &f.text_quoted
            } else {
                &f.text
            };
            ws.write_string_with_format(rn, col, xlsx_text(&t), fmt)?;
        }
        Cell::Number(n) => {
            ws.write_number_with_format(rn, col, *n, &f.number)?;
        }
        Cell::Time { hour, minute } => {
            let t = ExcelDateTime::from_hms(u16::from(*hour), *minute, 0)?;
            ws.write_datetime_with_format(rn, col, &t, &f.time)?;
        }
        Cell::Bool(b) => {
            ws.write_boolean_with_format(rn, col, *b, &f.boolean)?;
        }
        Cell::Percent(p) => {
            // Whole percents as `30%`, others with one decimal (`12.5%`; the
            // spreadsheet shows its own decimal mark).
            let whole = ((p * 100.0).fract()).abs() < 1e-9;
            let fmt = if whole {
                &f.percent
            } else {
                &f.percent_decimal
            };
            ws.write_number_with_format(rn, col, *p, fmt)?;
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
                Some(x) => ws.write_datetime_with_format(rn, col, &x, &f.date)?,
                // Outside Excel's years (1900–9999): the date as text.
                None => ws.write_string_with_format(rn, col, d.to_string(), &f.text)?,
            };
        }
    }
    Ok(())
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
        // XLSX holds the text as written, with the quote prefix; no `'`.
        assert!(
            d.contains("A2: \"=HYPERLINK(\\\"http://x\\\")\" (quote prefix)"),
            "{d}"
        );
        assert!(
            d.contains("B3: \"line\\nbreak\"\nC3: date 2027-01-04\nrow 3: height 32"),
            "{d}"
        );
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
