#!/usr/bin/env python3
"""Checks for rendered documents, used by scripts/check-rendered.sh.

  check_rendered.py png FILE          fail when the screenshot is empty (one colour)
  check_rendered.py pdf FILE          fail when the PDF has no page
  check_rendered.py ics DIR JSON      parse every .ics in DIR with the `icalendar`
                                      package and compare event counts with the
                                      compiled plan (`tovholder compile` JSON)

Only the standard library is needed for png and pdf; ics needs `pip install icalendar`.
"""

import json
import re
import struct
import sys
import zlib
from pathlib import Path


def fail(msg):
    print(f"FAIL: {msg}", file=sys.stderr)
    sys.exit(1)


# ---------------------------------------------------------------------- PNG


def png_rows(data):
    """Yield the unfiltered scanlines of an 8-bit PNG and the bytes per pixel."""
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    pos, idat, header = 8, [], None
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        body = data[pos + 8 : pos + 8 + length]
        pos += 12 + length
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat.append(body)
        elif kind == b"IEND":
            break
    if header is None:
        raise ValueError("no IHDR")
    width, height, depth, colour, _, _, interlace = header
    channels = {0: 1, 2: 3, 4: 2, 6: 4}.get(colour)
    if depth != 8 or channels is None or interlace != 0:
        raise ValueError(f"unsupported PNG (depth {depth}, colour type {colour}, interlace {interlace})")
    bpp = channels
    stride = width * bpp
    raw = zlib.decompress(b"".join(idat))
    prev = bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind = raw[start]
        line = bytearray(raw[start + 1 : start + 1 + stride])
        if kind == 1:
            for i in range(bpp, stride):
                line[i] = (line[i] + line[i - bpp]) & 0xFF
        elif kind == 2:
            for i in range(stride):
                line[i] = (line[i] + prev[i]) & 0xFF
        elif kind == 3:
            for i in range(stride):
                left = line[i - bpp] if i >= bpp else 0
                line[i] = (line[i] + ((left + prev[i]) >> 1)) & 0xFF
        elif kind == 4:
            for i in range(stride):
                a = line[i - bpp] if i >= bpp else 0
                b = prev[i]
                c = prev[i - bpp] if i >= bpp else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pred = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[i] = (line[i] + pred) & 0xFF
        elif kind != 0:
            raise ValueError(f"bad filter type {kind}")
        yield bytes(line), bpp, width, height
        prev = line


def check_png(path, min_pixels=1500):
    """An empty page is all one colour; a document has at least `min_pixels` that differ."""
    data = Path(path).read_bytes()
    background, differing = None, 0
    try:
        for line, bpp, width, height in png_rows(data):
            if background is None:
                background = line[:bpp]
            if line == background * width:
                continue
            for x in range(0, len(line), bpp):
                if line[x : x + bpp] != background:
                    differing += 1
            if differing >= min_pixels:
                return
    except (ValueError, zlib.error, struct.error) as e:
        fail(f"{path}: cannot read the screenshot: {e}")
    fail(f"{path}: the page is empty ({differing} pixels differ from the background)")


# ---------------------------------------------------------------------- PDF


def check_pdf(path):
    data = Path(path).read_bytes()
    if not data.startswith(b"%PDF-"):
        fail(f"{path}: not a PDF")
    pages = len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", data))
    if pages < 1:
        fail(f"{path}: the PDF has no pages")
    return pages


# ---------------------------------------------------------------------- ICS


def in_calendar(occurrence):
    """Whether an occurrence is an event: with a journal, one the forecast has no room
    for (`follow_up.forecast` null, after `until` or outside its phases) is left out."""
    f = occurrence.get("follow_up")
    return f is None or f.get("forecast") is not None


def expected_uids(plan):
    """Event UIDs per calendar file, from the compiled plan: an occurrence's UID is
    `<plan>-<activity>-<slot>@tovholder` (its schedule slot, see the README's
    "Calendars that update"); a multi-day occurrence (`days`) has one event per day,
    day n >= 2 as `<plan>-<activity>-<slot>-d<n>@tovholder`."""
    def day_uids(a, o):
        base = f"{plan['id']}-{a['id']}-{o['slot']}"
        n = max(1, len(o.get("days") or []))
        return [f"{base}@tovholder"] + [f"{base}-d{k}@tovholder" for k in range(2, n + 1)]

    def uids(acts):
        return {
            u
            for a in acts
            for o in a["occurrences"]
            if in_calendar(o)
            for u in day_uids(a, o)
        }
    expected = {"kalender.ics": uids(plan["activities"])}
    for role in plan["roles"]:
        rid = role["id"]
        expected[f"kalender-{rid}.ics"] = uids(
            a
            for a in plan["activities"]
            if a.get("responsible") == rid or rid in a.get("participants", [])
        )
    return expected


def expected_people(plan):
    """The calendar of each person of a role held by people in teams
    (`kalender-<role>.<slug>.ics`), by the name the calendar has (`<role name> –
    <person> – <plan title>`): the role's occurrences the person attends (their own
    track's and those of no track; a person in no track attends every track's), as the
    role calendar's UIDs (a person's UID is that with `.<role>.<slug>` before the `@`)."""
    out = {}
    for role in plan["roles"]:
        rid = role["id"]
        for p in role.get("person_hours") or []:
            tracks = p.get("tracks") or []
            theirs = {
                "id": plan["id"],
                "activities": [
                    a
                    for a in plan["activities"]
                    if a.get("track") is None or not tracks or a.get("track") in tracks
                ],
                "roles": [role],
            }
            want = expected_uids(theirs)[f"kalender-{rid}.ics"]
            out[f"{role['name']} – {p['person']} – {plan['title']}"] = (rid, want)
    return out


def check_ics(folder, compiled_json):
    try:
        import icalendar
    except ImportError:
        fail("the icalendar package is missing: pip install icalendar")
    plan = json.loads(Path(compiled_json).read_text(encoding="utf-8"))
    expected = expected_uids(plan)
    people = expected_people(plan)
    folder = Path(folder)
    found = sorted(p.name for p in folder.glob("*.ics"))
    # A person's calendar: `kalender-<role>.<slug>.ics` (an id has no `.`).
    person_files = [f for f in found if "." in f[: -len(".ics")]]
    found = [f for f in found if f not in person_files]
    if sorted(expected) != found:
        fail(f"{folder}: calendars {found}, expected {sorted(expected)}")
    if len(person_files) != len(people):
        fail(f"{folder}: {len(person_files)} person calendars, the plan has {len(people)} people in teams")
    for name in person_files:
        path = folder / name
        stem = name[len("kalender-"): -len(".ics")]
        cal = icalendar.Calendar.from_ical(path.read_bytes())
        title = str(cal.get("X-WR-CALNAME", ""))
        if title not in people:
            fail(f"{path}: {title!r} is no person of the plan's roles")
        rid, want = people[title]
        if not stem.startswith(f"{rid}."):
            fail(f"{path}: not named after its role {rid}")
        events = list(cal.walk("VEVENT"))
        uids = [str(e["UID"]) for e in events]
        if len(set(uids)) != len(uids):
            fail(f"{path}: duplicate UIDs")
        if not all(u.endswith(f".{stem}@tovholder") for u in uids):
            fail(f"{path}: a UID that is not this person's (….{stem}@tovholder)")
        live = {
            u.replace(f".{stem}@", "@")
            for e, u in zip(events, uids)
            if str(e.get("STATUS", "")).upper() != "CANCELLED" or u.replace(f".{stem}@", "@") in want
        }
        if live != want:
            missing, extra = sorted(want - live), sorted(live - want)
            fail(
                f"{path}: {len(live)} events, the person attends {len(want)} occurrences"
                f" (missing {missing[:5]}, not theirs {extra[:5]})"
            )
        print(f"ok  {path}: {len(events)} events")
    uids_in_plan = None
    for name, want in sorted(expected.items()):
        path = folder / name
        raw = path.read_bytes()
        for line in raw.split(b"\r\n"):
            if len(line) > 75:
                fail(f"{path}: a line is longer than 75 octets")
        cal = icalendar.Calendar.from_ical(raw)
        events = [c for c in cal.walk("VEVENT")]
        uids = [str(e["UID"]) for e in events]
        if len(set(uids)) != len(uids):
            fail(f"{path}: duplicate UIDs")
        # A removed event is written once more as cancelled (a tombstone, so that
        # subscribed clients remove it): cancelled and not an occurrence of the plan.
        tombstones = {
            str(e["UID"])
            for e in events
            if str(e.get("STATUS", "")).upper() == "CANCELLED" and str(e["UID"]) not in want
        }
        live = set(uids) - tombstones
        if live != want:
            missing, extra = sorted(want - live), sorted(live - want)
            fail(
                f"{path}: {len(live)} events, the compiled plan has {len(want)} occurrences"
                f" (missing {missing[:5]}, not in the plan {extra[:5]})"
            )
        for e in events:
            start = e.get("DTSTART")
            if start is None:
                fail(f"{path}: event {e.get('UID')} has no start")
            # A timed event has a time zone; an all-day event (a communication, a
            # milestone) is a date and has none.
            is_timed = hasattr(start.dt, "hour")
            if is_timed and getattr(start.dt, "tzinfo", None) is None:
                fail(f"{path}: event {e.get('UID')} has no time zone")
            if not str(e.get("SUMMARY", "")).strip():
                fail(f"{path}: event {e.get('UID')} has no summary")
        if name == "kalender.ics":
            uids_in_plan = set(uids)
            tz = [c for c in cal.walk("VTIMEZONE")]
            zone = plan["calendar"].get("timezone", "Europe/Copenhagen")
            if len(tz) != 1 or str(tz[0]["TZID"]) != zone:
                fail(f"{path}: expected one VTIMEZONE {zone} (the plan's calendar.timezone)")
        elif uids_in_plan is not None and not set(uids) <= uids_in_plan:
            fail(f"{path}: events whose UID is not in kalender.ics")
        print(f"ok  {path}: {len(events)} events")


def main(argv):
    if len(argv) >= 2 and argv[0] == "png":
        check_png(argv[1])
    elif len(argv) >= 2 and argv[0] == "pdf":
        check_pdf(argv[1])
    elif len(argv) >= 3 and argv[0] == "ics":
        check_ics(argv[1], argv[2])
    else:
        print(__doc__, file=sys.stderr)
        sys.exit(2)


if __name__ == "__main__":
    main(sys.argv[1:])
