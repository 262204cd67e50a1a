#!/usr/bin/env python3
"""Check a workbook as LibreOffice prints it (used by scripts/check-xlsx.sh).

  check_xlsx.py XLSX PDF

XLSX is the workbook tovholder wrote; PDF is LibreOffice's print of it
(`soffice --headless --convert-to pdf`). Fails when
- a printed page has no header row: every page must show the first two header
  cells of a sheet, in order, on one line (`pdftotext -layout`), so the header row
  repeats on every page;
- rows collide: two words' boxes overlap (scripts/pdf_layout.py), or a data row's
  first cell does not start a line of its own (the first word of each row's first
  cell starts at least as many printed lines as there are such rows);
- a text cell starts with an apostrophe (a stray `'` prefix: a string cell is never a
  formula), the print shows more apostrophes than the cells hold, or a number runs
  into a time ("109:00").

Only the standard library and poppler's pdftotext are needed.
"""

import collections
import re
import subprocess
import sys
import zipfile
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import pdf_layout  # noqa: E402

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


def col_index(ref):
    letters = re.match(r"[A-Z]+", ref).group(0)
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1


def read_workbook(path):
    """[(sheet name, [[cell text or None]])]: text cells as text, others as None."""
    z = zipfile.ZipFile(path)
    shared = []
    if "xl/sharedStrings.xml" in z.namelist():
        for si in ET.fromstring(z.read("xl/sharedStrings.xml")).findall("m:si", NS):
            shared.append("".join(t.text or "" for t in si.iter(f"{{{NS['m']}}}t")))
    wb = ET.fromstring(z.read("xl/workbook.xml"))
    rels = ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))
    targets = {r.get("Id"): r.get("Target") for r in rels}
    sheets = []
    for s in wb.find("m:sheets", NS):
        target = targets[s.get(REL)].lstrip("/")
        if not target.startswith("xl/"):
            target = "xl/" + target
        doc = ET.fromstring(z.read(target))
        rows = []
        for row in doc.iter(f"{{{NS['m']}}}row"):
            cells = {}
            for c in row.findall("m:c", NS):
                v = c.find("m:v", NS)
                if c.get("t") == "s" and v is not None:
                    cells[col_index(c.get("r"))] = shared[int(v.text)]
                elif c.get("t") == "inlineStr":
                    cells[col_index(c.get("r"))] = "".join(t.text or "" for t in c.iter(f"{{{NS['m']}}}t"))
                else:
                    cells[col_index(c.get("r"))] = None
            width = max(cells) + 1 if cells else 0
            rows.append([cells.get(i) for i in range(width)])
        sheets.append((s.get("name"), rows))
    return sheets


def first_word(text):
    words = (text or "").split()
    return words[0] if words else None


def check(xlsx, pdf):
    problems = []
    sheets = read_workbook(xlsx)
    layout = subprocess.run(["pdftotext", "-layout", pdf, "-"], check=True, capture_output=True).stdout.decode()
    pages = [p for p in layout.split("\f") if p.strip()]
    # The header row repeats: each page shows the first two header cells of a sheet.
    headers = []
    for name, rows in sheets:
        if rows and len(rows[0]) >= 2 and rows[0][0] and rows[0][1]:
            a, b = first_word(rows[0][0]), first_word(rows[0][1])
            headers.append((name, re.compile(rf"^\s*{re.escape(a)}\s.*\s{re.escape(b)}(\s|$)", re.M)))
    for n, page in enumerate(pages, start=1):
        if not any(h.search(page) for _, h in headers):
            first = page.strip().splitlines()[0][:80]
            problems.append(f"page {n} of {len(pages)} has no header row (it begins {first!r})")
    # Each data row's first cell starts a line of its own.
    line_starts = collections.Counter(first_word(line) for line in layout.splitlines() if line.strip())
    wanted = collections.Counter()
    for _, rows in sheets:
        for row in rows[1:]:
            if row and row[0]:
                wanted[first_word(row[0])] += 1
    for word, count in sorted(wanted.items()):
        if line_starts[word] < count:
            problems.append(f"{count} rows begin with {word!r}, but only {line_starts[word]} printed lines do")
    # No stray apostrophes: no text cell starts with one (an XLSX string cell is
    # never a formula, so a leading `'` would only be shown), and the print shows no
    # more `'` than the cells' texts hold.
    for name, rows in sheets:
        for r, row in enumerate(rows, start=1):
            for c in row:
                if c and c.startswith("'"):
                    problems.append(f"sheet {name!r}, row {r}: a text cell starts with an apostrophe: {c[:40]!r}")
    held = sum((c or "").count("'") for _, rows in sheets for row in rows for c in row)
    shown = layout.count("'")
    if shown > held:
        problems.append(f"the print shows {shown} apostrophes, the cells hold {held}")
    glued = re.findall(r"(?<![\d:.])\d{3,4}:\d\d\b", layout)
    if glued:
        problems.append(f"a number runs into a time: {glued[:3]}")
    problems += pdf_layout.check(pdf)
    return problems, len(pages), sum(len(rows) - 1 for _, rows in sheets if rows)


def main(argv):
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    problems, pages, rows = check(argv[0], argv[1])
    for p in problems:
        print(f"FAIL: {argv[0]}: {p}")
    if problems:
        sys.exit(1)
    print(f"ok  {argv[0]}: {rows} rows on {pages} pages")


if __name__ == "__main__":
    main(sys.argv[1:])
