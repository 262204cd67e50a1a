#!/usr/bin/env python3
"""tovholder's calendars against a real CalDAV server (Radicale) and client (caldav).

    python3 tests/caldav_sync.py TOVHOLDER_BINARY

Starts Radicale on 127.0.0.1 (a free port, no authentication, a temporary storage
folder), renders the example plan, uploads `kalender.ics` with the python `caldav`
library, edits the plan four ways (a cadence change, a removed activity, a removed
summer closure, an inserted activity), renders again into the same folder and uploads
again as a subscribing client does: every event of the feed replaces the event with
its UID when it is newer by RFC 5546 (a higher SEQUENCE, or the same SEQUENCE and a
later DTSTAMP), nothing is deleted by hand. Then it requires:

- no duplicates: one live (not cancelled) event per occurrence of the compiled plan,
  on its date and time, and nothing else live: the live events are exactly the
  compiled occurrences (`tovholder compile`), so moved events moved;
- no orphans: every UID on the server that the new plan no longer has is
  STATUS:CANCELLED, with a SEQUENCE above the one it had;
- an event whose content changed has a higher SEQUENCE (else a client ignores it);
- the calendar on the server expands (recurring-ical-events) to the same occurrences;
- a render of an unchanged plan over its own output changes no byte;
- a case worker's own calendar (`kalender-<role>.<person>.ics`, a plan of training
  groups) on the server holds only their group's meetings and the shared ones, and
  after they move group, the old group's are cancelled and the new group's live;
- for every time zone a plan may name (the schema's list), the VTIMEZONE tovholder
  derives, read by icalendar as a new zone (not looked up by name), gives the UTC
  offset the IANA database (zoneinfo) gives at every hour of the years it covers.

Needs `pip install radicale caldav icalendar recurring-ical-events pyyaml`.
"""

import datetime as dt
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import caldav
import icalendar
import recurring_ical_events
import yaml

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "ics-eksempel-kommune.yaml"


def fail(msg):
    print(f"caldav: FAIL: {msg}", file=sys.stderr)
    sys.exit(1)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_radicale(storage):
    port = free_port()
    proc = subprocess.Popen(
        [
            sys.executable, "-m", "radicale",
            "--server-hosts", f"127.0.0.1:{port}",
            "--auth-type", "none",
            "--storage-filesystem-folder", str(storage),
            "--logging-level", "warning",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return proc, f"http://127.0.0.1:{port}/"
        except OSError:
            if proc.poll() is not None:
                fail(f"radicale did not start: {proc.stderr.read().decode()}")
            time.sleep(0.1)
    proc.kill()
    fail("radicale did not listen within 10 s")


def run(binary, args, cwd):
    env = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
    env["NO_COLOR"] = "1"
    r = subprocess.run([binary, *args], cwd=cwd, env=env, capture_output=True, text=True)
    if r.returncode not in (0,):
        fail(f"tovholder {' '.join(args)} exited {r.returncode}:\n{r.stderr}")
    return r.stdout


def expected(binary, work):
    """(summary, local start) of every occurrence of the compiled plan."""
    plan = json.loads(run(binary, ["compile", "plan.yaml"], work))
    out = []
    for a in plan["activities"]:
        for o in a["occurrences"]:
            f = o.get("follow_up")
            if f and f.get("forecast") is None and f.get("actual") is None:
                continue
            # A multi-day occurrence is one event per day (`days`).
            for day in o.get("days") or [o["date"]]:
                out.append((a["name"], f"{day}T{a['time']}"))
    return sorted(out)


def key(sequence, stamp):
    return (int(sequence), str(stamp))


def feed_events(path):
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    return {str(e["UID"]): e for e in cal.walk("VEVENT")}


def subscribe(calendar, path, server):
    """Upload the feed as a subscribing client applies it: newer events replace the
    one with their UID (RFC 5546 ordering), others are kept; nothing is deleted."""
    feed = icalendar.Calendar.from_ical(path.read_bytes())
    zones = [c for c in feed.walk("VTIMEZONE")]
    replaced = ignored = 0
    for e in feed.walk("VEVENT"):
        uid = str(e["UID"])
        new = key(e.get("SEQUENCE", 0), e["DTSTAMP"].to_ical().decode())
        old = server.get(uid)
        if old is not None:
            old_key = key(old.get("SEQUENCE", 0), old["DTSTAMP"].to_ical().decode())
            if new <= old_key:
                if new == old_key and e.to_ical() != old.to_ical():
                    fail(f"{uid}: content changed but SEQUENCE/DTSTAMP did not: a client ignores it")
                ignored += 1
                continue
            if new[0] <= old_key[0] and e.to_ical() != old.to_ical():
                fail(f"{uid}: content changed with SEQUENCE {new[0]} (was {old_key[0]})")
        one = icalendar.Calendar()
        for k in ("VERSION", "PRODID"):
            one.add(k, feed[k])
        for z in zones:
            one.add_component(z)
        one.add_component(e)
        calendar.save_event(one.to_ical().decode())
        server[uid] = e
        replaced += 1
    return replaced, ignored


def server_events(calendar):
    out = {}
    for ev in calendar.events():
        cal = icalendar.Calendar.from_ical(ev.data)
        for e in cal.walk("VEVENT"):
            uid = str(e["UID"])
            if uid in out:
                fail(f"{uid} twice on the server")
            out[uid] = e
    return out


def live(events):
    got = []
    for e in events.values():
        if str(e.get("STATUS", "")) == "CANCELLED":
            continue
        start = e["DTSTART"].dt
        got.append((str(e["SUMMARY"]), start.strftime("%Y-%m-%dT%H:%M")))
    return sorted(got)


def compare(what, got, want):
    if got != want:
        g, w = set(got), set(want)
        dup = len(got) - len(g)
        fail(
            f"{what}: {len(got)} live events, {len(want)} occurrences; "
            f"duplicates {dup}; not planned {sorted(g - w)[:5]}; missing {sorted(w - g)[:5]}"
        )


def edit(plan_path):
    plan = yaml.safe_load(plan_path.read_text(encoding="utf-8"))
    acts = plan["activities"]
    if acts["laeringsmoede"]["every"] != "2 måneder":
        fail("the example's laeringsmoede is no longer every 2 måneder")
    acts["laeringsmoede"]["every"] = "3 måneder"  # cadence change
    del acts["temperaturmaaling"]  # removed activity
    plan["calendar"]["closed"] = []  # removed summer closure
    acts["ekstra-opfoelgning"] = {  # inserted activity
        "name": "Ekstra opfølgning på ICS",
        "phase": "i-gang",
        "every": "måned",
        "time": "10:00",
        "length": "1 time",
        "responsible": "dubu-koordinator",
    }
    plan_path.write_text(
        yaml.safe_dump(plan, allow_unicode=True, sort_keys=False), encoding="utf-8"
    )


TEAMS = """\
id: team
title: Træningsgrupper
language: da
start: 2027-01-04
roles:
  sagsbehandler: { name: Sagsbehandler, owner: [Anne Dahl, Bo Holm, Cecilie Bech], hours: 8 timer om måneden }
  traener: { name: Træner, owner: Mette Kromann }
phases:
  traening: { name: Træning, duration: 4 måneder, exit_criteria: [Alle har trænet] }
tracks:
  gruppe-1: { name: Gruppe 1, owner: traener, members: [Anne Dahl, Bo Holm], allow: [track-without-goals] }
  gruppe-2: { name: Gruppe 2, owner: traener, members: [Cecilie Bech], allow: [track-without-goals] }
activities:
  traeningsmoede: { name: Træningsmøde, phase: traening, per: track, every: 2 uger, time: "10:00", length: 2 timer, participants: [sagsbehandler] }
  opsamling: { name: Fælles opsamling, phase: traening, at: 3 måneder, time: "13:00", length: 3 timer, responsible: traener, participants: [sagsbehandler] }
"""


def person_expected(binary, work, role, person):
    """(summary, local start) of the occurrences `person` of `role` attends: the
    role's activities in no track or in one of the person's tracks."""
    plan = json.loads(run(binary, ["compile", "plan.yaml"], work))
    (r,) = [r for r in plan["roles"] if r["id"] == role]
    (p,) = [p for p in r["person_hours"] if p["person"] == person]
    out = []
    for a in plan["activities"]:
        if role != a.get("responsible") and role not in a.get("participants", []):
            continue
        if a.get("track") and p["tracks"] and a["track"] not in p["tracks"]:
            continue
        for o in a["occurrences"]:
            for day in o.get("days") or [o["date"]]:
                out.append((a["name"], f"{day}T{a['time']}"))
    return sorted(out)


def person_feed(out, role, person):
    """The calendar file of `person` of `role`, found by its calendar name."""
    for f in sorted(out.glob(f"kalender-{role}.*.ics")):
        cal = icalendar.Calendar.from_ical(f.read_bytes())
        if str(cal.get("X-WR-CALNAME", "")).startswith(f"Sagsbehandler – {person} – "):
            return f
    fail(f"no calendar of {person} in {sorted(p.name for p in out.iterdir())}")


def check_person_calendars(binary, tmp, principal):
    """A case worker subscribes to his own calendar: only his group's meetings and the
    shared ones; he moves to the other group and the feed moves his meetings on the
    server (the old group's cancelled, the new group's live), no duplicates."""
    work = tmp / "teams"
    work.mkdir()
    (work / ".git").mkdir()
    plan = work / "plan.yaml"
    plan.write_text(TEAMS, encoding="utf-8")
    render = ["render", "plan.yaml", "--only", "ical", "--out", "out"]
    run(binary, render, work)
    feed = person_feed(work / "out", "sagsbehandler", "Bo Holm")
    calendar = principal.make_calendar(name="Bo Holm", cal_id="bo-holm")
    server = {}
    n, _ = subscribe(calendar, feed, server)
    want = person_expected(binary, work, "sagsbehandler", "Bo Holm")
    compare("Bo Holm's calendar", live(server_events(calendar)), want)
    if any("Gruppe 2" in s for s, _ in want) or not any("Gruppe 1" in s for s, _ in want):
        fail(f"Bo Holm's calendar holds another group's meetings: {want[:4]}")
    first = feed_events(feed)

    moved = TEAMS.replace("members: [Anne Dahl, Bo Holm]", "members: [Anne Dahl]").replace(
        "members: [Cecilie Bech]", "members: [Cecilie Bech, Bo Holm]"
    )
    if moved == TEAMS:
        fail("the team plan changed: Bo Holm could not be moved")
    plan.write_text(moved, encoding="utf-8")
    run(binary, render, work)
    if person_feed(work / "out", "sagsbehandler", "Bo Holm") != feed:
        fail("Bo Holm's calendar file changed its name when he moved group")
    replaced, _ = subscribe(calendar, feed, server)
    on_server = server_events(calendar)
    want = person_expected(binary, work, "sagsbehandler", "Bo Holm")
    compare("Bo Holm's calendar after the move", live(on_server), want)
    old = [u for u, e in first.items() if "Gruppe 1" in str(e["SUMMARY"])]
    for uid in old:
        e = on_server[uid]
        if str(e.get("STATUS")) != "CANCELLED" or int(e["SEQUENCE"]) <= int(first[uid]["SEQUENCE"]):
            fail(f"{uid}: the old group's meeting is not cancelled with a higher SEQUENCE")
    print(
        f"caldav: a case worker's own calendar: {n} events, only his group's and the shared; "
        f"after moving group {replaced} replaced, {len(old)} of the old group cancelled, "
        f"{len(want)} live = the compiled occurrences he attends"
    )


def check_time_zones(binary, tmp):
    import zoneinfo

    schema = json.loads((ROOT / "schemas" / "plan.schema.json").read_text(encoding="utf-8"))
    zones = schema["$defs"]["TimeZone"]["enum"]
    base = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    hours = 0
    for name in zones:
        work = tmp / ("tz-" + name.replace("/", "-"))
        work.mkdir()
        (work / ".git").mkdir()
        plan = dict(base)
        plan["calendar"] = dict(base["calendar"], timezone=name)
        (work / "plan.yaml").write_text(
            yaml.safe_dump(plan, allow_unicode=True, sort_keys=False), encoding="utf-8"
        )
        run(binary, ["render", "plan.yaml", "--only", "ical", "--out", "out"], work)
        cal = icalendar.Calendar.from_ical((work / "out" / "kalender.ics").read_bytes())
        vtz = [z for z in cal.walk("VTIMEZONE") if str(z["TZID"]) == name]
        if len(vtz) != 1:
            fail(f"{name}: {len(vtz)} VTIMEZONE components")
        ours = vtz[0].to_tz(lookup_tzid=False)
        real = zoneinfo.ZoneInfo(name)
        years = sorted(
            {e["DTSTART"].dt.year for e in cal.walk("VEVENT")}
        )
        t = dt.datetime(years[0], 1, 1)
        end = dt.datetime(years[-1] + 1, 1, 1)
        while t < end:
            # Skip the hour a clock change makes ambiguous or skips.
            a, b = t.replace(tzinfo=ours).utcoffset(), t.replace(tzinfo=real).utcoffset()
            a2 = (t + dt.timedelta(hours=1)).replace(tzinfo=real).utcoffset()
            a0 = (t - dt.timedelta(hours=1)).replace(tzinfo=real).utcoffset()
            if a != b and a0 == b == a2:
                fail(f"{name}: {t} is UTC{a} by tovholder's VTIMEZONE, UTC{b} by zoneinfo")
            t += dt.timedelta(hours=1)
            hours += 1
        for e in cal.walk("VEVENT"):
            s = e["DTSTART"].dt.replace(tzinfo=None)
            if s.replace(tzinfo=ours).utcoffset() != s.replace(tzinfo=real).utcoffset():
                fail(f"{name}: event {e['UID']} at {s} has another offset than zoneinfo's")
    print(f"caldav: {len(zones)} time zones: VTIMEZONE offsets = zoneinfo's at {hours} hours")


def main():
    if len(sys.argv) != 2:
        fail(__doc__)
    binary = str(Path(sys.argv[1]).resolve())
    started = time.monotonic()
    tmp = Path(tempfile.mkdtemp(prefix="tovholder-caldav-"))
    proc = None
    try:
        work = tmp / "plan"
        work.mkdir()
        (work / ".git").mkdir()  # the repository root for the path policy
        shutil.copy(EXAMPLE, work / "plan.yaml")
        proc, url = start_radicale(tmp / "storage")
        client = caldav.DAVClient(url=url, username="konsulent", password="x")
        principal = client.principal()
        calendar = principal.make_calendar(name="ICS", cal_id="ics")

        render = ["render", "plan.yaml", "--only", "ical", "--out", "out"]
        run(binary, render, work)
        ics = work / "out" / "kalender.ics"
        first = feed_events(ics)
        server = {}
        n, _ = subscribe(calendar, ics, server)
        on_server = server_events(calendar)
        compare("first render", live(on_server), expected(binary, work))
        print(f"caldav: first render: {n} events uploaded, all {len(on_server)} as planned")

        # The same plan again: not one byte changes.
        before = ics.read_bytes()
        run(binary, render, work)
        if ics.read_bytes() != before:
            fail("rendering the same plan over its own calendar changed it")

        edit(work / "plan.yaml")
        run(binary, render, work)
        second = feed_events(ics)
        replaced, ignored = subscribe(calendar, ics, server)
        on_server = server_events(calendar)
        want = expected(binary, work)
        compare("after the edits", live(on_server), want)

        gone = set(first) - {u for u, e in second.items() if str(e.get("STATUS")) != "CANCELLED"}
        for uid in gone:
            e = on_server.get(uid)
            if e is None or str(e.get("STATUS")) != "CANCELLED":
                fail(f"{uid} is gone from the plan but not cancelled on the server (an orphan)")
            if int(e.get("SEQUENCE", 0)) <= int(first[uid].get("SEQUENCE", 0)):
                fail(f"{uid}: cancelled without a higher SEQUENCE")
        removed = [u for u in gone if "-temperaturmaaling-" in u]
        if not removed:
            fail("the removed activity's events are not among the cancelled")
        moved = [
            u for u in set(first) & set(second)
            if first[u]["DTSTART"].dt != second[u]["DTSTART"].dt
        ]
        if not moved:
            fail("no event moved, but the cadence changed")
        for u in moved:
            if int(second[u]["SEQUENCE"]) <= int(first[u]["SEQUENCE"]):
                fail(f"{u} moved without a higher SEQUENCE")
        # The server's calendar expanded by a real expander gives the same occurrences.
        merged = icalendar.Calendar()
        for e in on_server.values():
            if str(e.get("STATUS")) != "CANCELLED":
                merged.add_component(e)
        expanded = recurring_ical_events.of(merged).between(dt.date(2000, 1, 1), dt.date(2100, 1, 1))
        got = sorted((str(e["SUMMARY"]), e["DTSTART"].dt.strftime("%Y-%m-%dT%H:%M")) for e in expanded)
        compare("expanded by recurring-ical-events", got, want)

        check_time_zones(binary, tmp)
        check_person_calendars(binary, tmp, principal)

        # Once more without edits: the feed is what the server has.
        before = ics.read_bytes()
        run(binary, render, work)
        if ics.read_bytes() != before:
            fail("rendering the edited plan over its own calendar changed it")
        again, _ = subscribe(calendar, ics, server)
        if again:
            fail(f"an unchanged feed replaced {again} events")
        print(
            f"caldav: after a cadence change, a removed activity, a removed closure and an "
            f"inserted activity: {replaced} events replaced, {ignored} unchanged, "
            f"{len(gone)} cancelled ({len(removed)} of the removed activity), {len(moved)} moved; "
            f"{len(want)} live events = the compiled occurrences; no duplicates, no orphans "
            f"({time.monotonic() - started:.1f} s)"
        )
    finally:
        if proc is not None:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
