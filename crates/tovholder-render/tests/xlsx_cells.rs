//! The XLSX read back with a real zip and XML parser: typed cells (times, booleans,
//! percentages, dates), no visible `'` in text cells (the quote-prefix format
//! instead), row heights for wrapped text, the header row repeated on print.
//! How LibreOffice prints the workbooks is checked by `scripts/check-xlsx.sh`.

mod common;

use std::collections::BTreeMap;
use std::io::Read;

use tovholder_core::model::Date;
use tovholder_render::sheet::{self, Cell, Sheet, WorkbookMeta};
use tovholder_render::{RenderOptions, render};

/// One cell as stored: its type attribute, its value (shared strings resolved) and
/// its style's number format and quote prefix.
#[derive(Debug, Clone, Default)]
struct Stored {
    kind: Option<String>,
    value: String,
    num_format: String,
    quote_prefix: bool,
}

/// One worksheet read back: cells by reference, row heights by row number.
#[derive(Debug, Default)]
struct ReadSheet {
    cells: BTreeMap<String, Stored>,
    heights: BTreeMap<u32, f64>,
}

struct Book {
    sheets: Vec<(String, ReadSheet)>,
    /// `_xlnm.Print_Titles` per sheet index.
    print_titles: BTreeMap<usize, String>,
}

fn part(zip: &mut zip::ZipArchive<std::io::Cursor<&[u8]>>, name: &str) -> String {
    let mut s = String::new();
    if let Ok(mut f) = zip.by_name(name) {
        f.read_to_string(&mut s).expect("read part");
    }
    s
}

fn read_book(bytes: &[u8]) -> Book {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("zip");
    let workbook = part(&mut zip, "xl/workbook.xml");
    let strings = part(&mut zip, "xl/sharedStrings.xml");
    let styles = part(&mut zip, "xl/styles.xml");
    let wb = roxmltree::Document::parse(&workbook).expect("workbook");
    let names: Vec<String> = wb
        .descendants()
        .filter(|n| n.has_tag_name("sheet"))
        .filter_map(|n| n.attribute("name").map(str::to_string))
        .collect();
    let print_titles = wb
        .descendants()
        .filter(|n| n.has_tag_name("definedName"))
        .filter(|n| n.attribute("name") == Some("_xlnm.Print_Titles"))
        .map(|n| {
            (
                n.attribute("localSheetId")
                    .and_then(|i| i.parse().ok())
                    .unwrap_or(0),
                n.text().unwrap_or("").to_string(),
            )
        })
        .collect();
    let shared: Vec<String> = if strings.is_empty() {
        Vec::new()
    } else {
        let doc = roxmltree::Document::parse(&strings).expect("shared strings");
        doc.descendants()
            .filter(|n| n.has_tag_name("si"))
            .map(|si| {
                si.descendants()
                    .filter(|n| n.has_tag_name("t"))
                    .filter_map(|t| t.text())
                    .collect()
            })
            .collect()
    };
    // Styles: cellXfs in order, each with its number format code and quote prefix.
    let st = roxmltree::Document::parse(&styles).expect("styles");
    let custom: BTreeMap<String, String> = st
        .descendants()
        .filter(|n| n.has_tag_name("numFmt"))
        .map(|n| {
            (
                n.attribute("numFmtId").unwrap_or("").to_string(),
                n.attribute("formatCode").unwrap_or("").to_string(),
            )
        })
        .collect();
    let xfs: Vec<(String, bool)> = st
        .descendants()
        .find(|n| n.has_tag_name("cellXfs"))
        .map(|x| {
            x.children()
                .filter(|n| n.has_tag_name("xf"))
                .map(|xf| {
                    let id = xf.attribute("numFmtId").unwrap_or("0");
                    let code = custom.get(id).cloned().unwrap_or_else(|| match id {
                        "9" => "0%".into(),
                        "10" => "0.00%".into(),
                        "20" => "h:mm".into(),
                        other => format!("builtin {other}"),
                    });
                    (code, xf.attribute("quotePrefix") == Some("1"))
                })
                .collect()
        })
        .unwrap_or_default();
    let mut sheets = Vec::new();
    for (i, name) in names.into_iter().enumerate() {
        let xml = part(&mut zip, &format!("xl/worksheets/sheet{}.xml", i + 1));
        let doc = roxmltree::Document::parse(&xml).expect("sheet");
        let mut s = ReadSheet::default();
        for row in doc.descendants().filter(|n| n.has_tag_name("row")) {
            let r: u32 = row.attribute("r").and_then(|r| r.parse().ok()).unwrap();
            if let Some(h) = row.attribute("ht") {
                assert_eq!(row.attribute("customHeight"), Some("1"));
                s.heights.insert(r, h.parse().unwrap());
            }
        }
        for c in doc.descendants().filter(|n| n.has_tag_name("c")) {
            let r = c.attribute("r").expect("ref").to_string();
            let raw = c
                .descendants()
                .find(|n| n.has_tag_name("v"))
                .and_then(|v| v.text())
                .unwrap_or("");
            let kind = c.attribute("t").map(str::to_string);
            let value = match kind.as_deref() {
                Some("s") => shared[raw.parse::<usize>().expect("index")].clone(),
                _ => raw.to_string(),
            };
            let (num_format, quote_prefix) = c
                .attribute("s")
                .and_then(|s| s.parse::<usize>().ok())
                .and_then(|s| xfs.get(s).cloned())
                .unwrap_or_else(|| ("builtin 0".into(), false));
            s.cells.insert(
                r,
                Stored {
                    kind,
                    value,
                    num_format,
                    quote_prefix,
                },
            );
        }
        sheets.push((name, s));
    }
    Book {
        sheets,
        print_titles,
    }
}

fn meta() -> WorkbookMeta<'static> {
    WorkbookMeta {
        title: "T",
        company: None,
        created: 1_799_020_800,
        date_format: "dd-mm-yyyy",
    }
}

#[test]
fn cells_are_typed_and_text_has_no_visible_apostrophe() {
    let s = Sheet {
        name: "Test".into(),
        header: vec!["Hvad".into(), "Tid".into(), "Udført".into(), "Andel".into()],
        widths: vec![24.0, 8.0, 8.0, 8.0],
        rows: vec![
            vec![
                Cell::text("=HYPERLINK(\"http://x\")"),
                Cell::time("09:30"),
                Cell::Bool(true),
                Cell::value("30 %"),
            ],
            vec![
                Cell::text("-1"),
                Cell::time("14:05"),
                Cell::Bool(false),
                Cell::value("12,5%"),
            ],
            vec![
                Cell::text("en linje\nto linjer\ntre linjer"),
                Cell::Date(Date::parse("2027-01-04").unwrap()),
                Cell::Empty,
                Cell::value("0 % (intet forløb)"),
            ],
            vec![Cell::text("kort"), Cell::Number(7.0)],
        ],
    };
    let book = read_book(&sheet::to_xlsx(&[s], &meta()).unwrap());
    let (name, ws) = &book.sheets[0];
    assert_eq!(name, "Test");
    let cell = |r: &str| ws.cells.get(r).cloned().unwrap_or_default();
    // A formula-like text is a string cell as written, with the quote prefix.
    let a2 = cell("A2");
    assert_eq!(a2.kind.as_deref(), Some("s"));
    assert_eq!(a2.value, "=HYPERLINK(\"http://x\")");
    assert!(a2.quote_prefix, "{a2:?}");
    assert_eq!(cell("A3").value, "-1");
    assert!(cell("A3").quote_prefix);
    assert!(!cell("A5").quote_prefix);
    for c in ws.cells.values() {
        assert!(!c.value.starts_with('\''), "{c:?}");
    }
    // Times: numbers (a fraction of a day) in a time format.
    let b2 = cell("B2");
    assert_eq!(b2.kind, None);
    assert!((b2.value.parse::<f64>().unwrap() - 9.5 / 24.0).abs() < 1e-9);
    assert_eq!(b2.num_format, "hh:mm");
    // Booleans.
    assert_eq!(
        (cell("C2").kind.as_deref(), cell("C2").value.as_str()),
        (Some("b"), "1")
    );
    assert_eq!(
        (cell("C3").kind.as_deref(), cell("C3").value.as_str()),
        (Some("b"), "0")
    );
    // Percentages: fractions in a percent format; a value with words stays text.
    assert_eq!(cell("D2").value, "0.3");
    assert_eq!(cell("D2").num_format, "0%");
    assert_eq!(cell("D3").value, "0.125");
    assert_eq!(cell("D3").num_format, "0.0%");
    assert_eq!(cell("D4").kind.as_deref(), Some("s"));
    assert_eq!(cell("D4").value, "0 % (intet forløb)");
    // Dates in the date format; plain numbers.
    assert_eq!(cell("B4").num_format, "dd-mm-yyyy");
    assert_eq!(cell("B5").value, "7");
    // Row heights: three lines in row 4;
    // one-line rows keep the default.
    assert!(ws.heights[&4] >= 45.0, "{:?}", ws.heights);
    assert!(!ws.heights.contains_key(&2) && !ws.heights.contains_key(&5));
    // The header row repeats on every printed page.
    assert_eq!(
        book.print_titles.get(&0).map(String::as_str),
        Some("Test!$1:$1")
    );
}

#[test]
fn the_example_workbook_reads_back() {
    let plan = common::compile("examples/ics-eksempel-kommune.yaml").expect("compiles");
    let files = render(&plan, &RenderOptions::default()).unwrap();
    let xlsx = files
        .iter()
        .find(|f| f.relative_path == "aktivitetsplan.xlsx")
        .expect("xlsx");
    let book = read_book(&xlsx.bytes);
    let names: Vec<&str> = book.sheets.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "Aktiviteter",
            "Faser",
            "Mål",
            "Kommunikationsplan",
            "Tjeklister"
        ]
    );
    for (i, (name, ws)) in book.sheets.iter().enumerate() {
        // No stray apostrophe in any cell, and the header repeats on print.
        for (r, c) in &ws.cells {
            assert!(!c.value.starts_with('\''), "{name} {r}: {c:?}");
        }
        let titles = book.print_titles.get(&i).expect("print titles");
        assert!(titles.ends_with("!$1:$1"), "{name}: {titles}");
    }
    let sheet = |n: &str| &book.sheets.iter().find(|(x, _)| x == n).unwrap().1;
    let acts = sheet("Aktiviteter");
    assert_eq!(acts.cells["E1"].value, "Uge");
    assert_eq!(acts.cells["F1"].value, "Tidspunkt");
    // Week numbers are numbers, times are times.
    assert_eq!(acts.cells["E2"].kind, None);
    assert!(acts.cells["E2"].value.parse::<u32>().is_ok());
    assert_eq!(acts.cells["F2"].num_format, "hh:mm");
    assert!(acts.cells["F2"].value.parse::<f64>().unwrap() < 1.0);
    // The phases sheet's multi-line cells get rows high enough.
    let phases = sheet("Faser");
    assert!(
        phases.heights.values().any(|h| *h >= 60.0),
        "{:?}",
        phases.heights
    );
    // Goals: the baseline and target percentages are numbers.
    let goals = sheet("Mål");
    let percents = goals
        .cells
        .values()
        .filter(|c| c.num_format.contains('%'))
        .count();
    assert!(percents >= 4, "{:?}", goals.cells);
    // Checklists: done is a boolean.
    let lists = sheet("Tjeklister");
    assert_eq!(lists.cells["E1"].value, "Udført");
    assert_eq!(lists.cells["E2"].kind.as_deref(), Some("b"));
}
