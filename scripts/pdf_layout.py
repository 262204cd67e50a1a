#!/usr/bin/env python3
"""Layout checks on a printed PDF, from poppler's `pdftotext -bbox-layout` word boxes.

Used by scripts/check-rendered.sh (documents printed by Chromium) and
scripts/check-xlsx.sh (workbooks printed by LibreOffice).

  pdf_layout.py check PDF [--full-pages-after N] [--min-fill F]

fails when
- two words' boxes overlap (text running into other text: more than 25 % of the
  smaller box covered, and more than 1 pt each way, so kerning and touching
  neighbours on one line do not count; the boxes without the font's descent and
  part of its ascent, see `core`);
- a word leaves the page (a box outside the page, by more than 0.5 pt);
- a page other than the last ends with a heading (its last line starts at the
  text's left edge and is set at least 1.3 times the page's usual text height);
- with --full-pages-after N: a page after page N, other than the last, is filled
  less than F (default 0.5) of its height (from the top margin's first word to the
  lowest word), i.e. a half-empty page in the middle of a document.

Needs poppler-utils (pdftotext).
"""

import re
import subprocess
import sys
import xml.etree.ElementTree as ET


def pages(pdf):
    """[(width, height, [(x0, y0, x1, y1, word)])] for each page of `pdf`."""
    out = subprocess.run(
        ["pdftotext", "-bbox-layout", pdf, "-"],
        check=True,
        capture_output=True,
    ).stdout
    # pdftotext writes XHTML; the namespace is dropped for simple paths.
    text = out.decode("utf-8", "replace").replace('xmlns="http://www.w3.org/1999/xhtml"', "")
    root = ET.fromstring(text)
    result = []
    for page in root.iter("page"):
        w, h = float(page.get("width")), float(page.get("height"))
        words = []
        for word in page.iter("word"):
            box = tuple(float(word.get(k)) for k in ("xMin", "yMin", "xMax", "yMax"))
            words.append((*box, word.text or ""))
        result.append((w, h, words))
    return result


def core(r):
    """A word's box without most of the font's ascent and descent: pdftotext's box
    runs from the font's ascender to its descender, so two lines set close (a big
    number above a small caption) touch without any glyph touching another."""
    h = r[3] - r[1]
    return (r[0], r[1] + 0.1 * h, r[2], r[3] - 0.2 * h)


def overlap(a, b):
    """The area two words' glyph boxes share, and the smaller box's area."""
    a, b = core(a), core(b)
    dx = min(a[2], b[2]) - max(a[0], b[0])
    dy = min(a[3], b[3]) - max(a[1], b[1])
    if dx <= 1.0 or dy <= 1.0:
        return 0.0, 1.0
    area = lambda r: max((r[2] - r[0]) * (r[3] - r[1]), 1e-6)  # noqa: E731
    return dx * dy, min(area(a), area(b))


def collisions(words):
    """Pairs of words whose boxes overlap (sweep over x, so large pages stay fast)."""
    found = []
    ws = sorted(words, key=lambda w: w[0])
    active = []
    for w in ws:
        active = [a for a in active if a[2] > w[0]]
        for a in active:
            shared, smaller = overlap(a, w)
            if shared > 0.25 * smaller:
                found.append((a, w))
        active.append(w)
    return found


def orphaned_heading(w, h, words):
    """The text of the page's last line when it is set larger than the page's body
    text (a heading with nothing after it on the page), else None. A last line of
    only numbers and `/` (the page number, `3 / 7`) does not count."""
    body = list(words)
    if len(body) < 10:
        return None
    heights = sorted(x[3] - x[1] for x in body)
    median = heights[len(heights) // 2]

    def last_line(ws):
        bottom = max(x[3] for x in ws)
        return [x for x in ws if x[3] > bottom - 0.6 * median]

    last = last_line(body)
    if all(re.fullmatch(r"[\d/]+", x[4]) for x in last):
        body = [x for x in body if x not in last]
        if not body:
            return None
        last = last_line(body)
    # Set horizontally (a rotated label in a drawing, like the wheel's months, is
    # about as wide as it is high, whatever its length).
    level = [x for x in last if (x[2] - x[0]) >= 0.3 * (x[3] - x[1]) * len(x[4])]
    # A heading starts at the text's left edge (a label inside a drawing does not).
    left = min(x[0] for x in body)
    if not level or min(x[0] for x in level) > left + 0.05 * w:
        return None
    tallest = max((x[3] - x[1] for x in level), default=0.0)
    if tallest >= 1.3 * median:
        return " ".join(x[4] for x in sorted(last, key=lambda x: x[0]))[:60]
    return None


def check(pdf, full_after=None, min_fill=0.5):
    problems = []
    ps = pages(pdf)
    if not ps:
        return [f"{pdf}: no pages"]
    for n, (w, h, words) in enumerate(ps, start=1):
        for x0, y0, x1, y1, t in words:
            if x0 < -0.5 or y0 < -0.5 or x1 > w + 0.5 or y1 > h + 0.5:
                problems.append(f"page {n}: {t!r} leaves the page at ({x0:.0f}, {y0:.0f})–({x1:.0f}, {y1:.0f})")
        for a, b in collisions(words)[:5]:
            problems.append(
                f"page {n}: {a[4]!r} at ({a[0]:.0f}, {a[1]:.0f}) overlaps {b[4]!r} at ({b[0]:.0f}, {b[1]:.0f})"
            )
        if n < len(ps):
            orphan = orphaned_heading(w, h, words)
            if orphan:
                problems.append(f"page {n}: the heading {orphan!r} is the last line of the page")
        if full_after is not None and full_after < n < len(ps) and words:
            top = min(y0 for _, y0, _, _, _ in words)
            bottom = max(y1 for _, _, _, y1, _ in words)
            # The printable height: from the first word's top to the page's bottom
            # margin, taken to be as wide as the top margin.
            fill = (bottom - top) / max(h - 2 * top, 1.0)
            if fill < min_fill:
                problems.append(f"page {n} of {len(ps)} is only {fill:.0%} full")
    return problems


def main(argv):
    if len(argv) < 2 or argv[0] != "check":
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    pdf = argv[1]
    full_after, min_fill = None, 0.5
    rest = argv[2:]
    while rest:
        if rest[0] == "--full-pages-after":
            full_after = int(rest[1])
            rest = rest[2:]
        elif rest[0] == "--min-fill":
            min_fill = float(rest[1])
            rest = rest[2:]
        else:
            print(__doc__, file=sys.stderr)
            sys.exit(2)
    problems = check(pdf, full_after, min_fill)
    for p in problems:
        print(f"FAIL: {pdf}: {p}", file=sys.stderr)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main(sys.argv[1:])
