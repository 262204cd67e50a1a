#!/usr/bin/env bash
# Speed and memory of tovholder against its goals, measured side by side in one run
# on the same generated files. Prints a Markdown table with the ratios and PASS/FAIL
# per goal, and exits non-zero when a goal fails or cannot be measured.
#
#   scripts/bench-compare.sh            # on a shared machine: nice -n 10 scripts/bench-compare.sh
#
# Needs hyperfine, GNU time (/usr/bin/time) and TaskJuggler (tj3) — on Debian:
# `apt-get install hyperfine time tj3` — and python3 to read hyperfine's JSON.
# Timing is not a test: this script is not part of .ci/run.
#
# Besides the plans of 100, 1,000 and 10,000 activities it checks the plan of 10,000
# with generated journals of 12,500, 25,000 and 50,000 entries (gen-journal, as of
# 2027-12-31) against the plan alone: issue 13's goal is at most 2× and linear.
#
# Times are hyperfine medians of whole processes (start-up, reading the file and
# printing included): the median, because other work on a shared machine only ever
# makes a run slower. Env: RUNS (default 10) runs per command, TJ_RUNS (default 3).
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS="${RUNS:-10}"
TJ_RUNS="${TJ_RUNS:-3}"

missing=()
for tool in hyperfine python3 cargo; do
  command -v "$tool" >/dev/null || missing+=("$tool")
done
[ -x /usr/bin/time ] || missing+=("/usr/bin/time (Debian package: time)")
if [ "${#missing[@]}" -gt 0 ]; then
  echo "error: missing: ${missing[*]} (apt-get install hyperfine time python3)" >&2
  exit 2
fi

echo "building (release)…" >&2
cargo build --release --locked -q -p tovholder -p tovholder-bench
bin=target/release
tov="$bin/tovholder"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "generating plans in $work…" >&2
for n in 100 1000 10000; do
  "$bin/gen-plan" --activities "$n" > "$work/plan-$n.yaml"
  # A benchmark of a broken plan measures nothing: every plan must check without errors.
  if ! "$tov" check "$work/plan-$n.yaml" > "$work/check-$n.txt" 2>&1; then
    echo "error: the generated plan of $n activities does not check clean:" >&2
    cat "$work/check-$n.txt" >&2
    exit 1
  fi
done
# The journals: the plan of 10,000 activities checked as of the journals' date with a
# journal of 12,500, 25,000 and 50,000 entries beside it (gen-journal), each plan in
# its own folder so that `check` finds `plan.log.yaml` beside it as a user's would.
AS_OF=2027-12-31
for e in 12500 25000 50000; do
  mkdir -p "$work/journal-$e"
  cp "$work/plan-10000.yaml" "$work/journal-$e/plan.yaml"
  "$bin/gen-journal" --activities 10000 --entries "$e" --as-of "$AS_OF" > "$work/journal-$e/plan.log.yaml"
  if ! "$tov" check --as-of "$AS_OF" "$work/journal-$e/plan.yaml" > "$work/check-journal-$e.txt" 2>&1; then
    echo "error: the plan of 10,000 activities with a journal of $e entries does not check clean:" >&2
    head -50 "$work/check-journal-$e.txt" >&2
    exit 1
  fi
done
"$bin/gen-plan" --activities 1000 --shape flat > "$work/flat-1000.yaml"
"$bin/gen-plan" --activities 1000 --shape flat --format tjp > "$work/flat-1000.tjp"
"$tov" compile "$work/flat-1000.yaml" > /dev/null

# hyperfine NAME CMD... — one JSON file per group of commands, run side by side.
bench() {
  local name="$1" runs="$2" warmup="$3"
  shift 3
  hyperfine --style basic -N --warmup "$warmup" --runs "$runs" \
    --export-json "$work/$name.json" "$@" >&2
}

echo "timing check and the bare parse…" >&2
for n in 100 1000 10000; do
  bench "check-$n" "$RUNS" 3 \
    -n "bare-parse $n" "$bin/bare-parse $work/plan-$n.yaml" \
    -n "check $n" "$tov check $work/plan-$n.yaml"
done
echo "timing check with journals…" >&2
# Side by side in one group: the plan alone (no journal beside it, the same as-of date)
# and with each journal.
bench journal "$RUNS" 2 \
  -n "check journal 0" "$tov check --as-of $AS_OF $work/plan-10000.yaml" \
  -n "check journal 12500" "$tov check --as-of $AS_OF $work/journal-12500/plan.yaml" \
  -n "check journal 25000" "$tov check --as-of $AS_OF $work/journal-25000/plan.yaml" \
  -n "check journal 50000" "$tov check --as-of $AS_OF $work/journal-50000/plan.yaml"
echo "timing compile…" >&2
# The flat plan of the TaskJuggler comparison is timed here, with as many runs as the
# others: a 20 ms process timed three times (TaskJuggler's count) is mostly noise.
bench compile "$RUNS" 2 \
  -n "compile 100" "$tov compile $work/plan-100.yaml" \
  -n "compile 1000" "$tov compile $work/plan-1000.yaml" \
  -n "compile 10000" "$tov compile $work/plan-10000.yaml" \
  -n "compile flat 1000" "$tov compile $work/flat-1000.yaml" \
  -n "compile journal 50000" "$tov compile --as-of $AS_OF $work/journal-50000/plan.yaml"

tj_version=""
if command -v tj3 >/dev/null; then
  tj_version="$(tj3 --version 2>/dev/null | head -1)"
  echo "timing TaskJuggler on the flat plan (1,000 one-hour tasks)…" >&2
  bench taskjuggler "$TJ_RUNS" 1 \
    -n "tj3 flat 1000" "tj3 --silent --no-color --no-reports $work/flat-1000.tjp"
else
  echo "warning: tj3 (TaskJuggler) is not installed: apt-get install tj3" >&2
fi

echo "measuring peak memory…" >&2
for i in 1 2 3; do
  /usr/bin/time -f "%M" -o "$work/rss-$i.txt" "$tov" check "$work/plan-10000.yaml" > /dev/null
done
stat -c %s "$work/plan-10000.yaml" > "$work/size-10000.txt"
for i in 1 2 3; do
  /usr/bin/time -f "%M" -o "$work/rss-journal-$i.txt" "$tov" check --as-of "$AS_OF" "$work/journal-50000/plan.yaml" > /dev/null
done

WORK="$work" TJ_VERSION="$tj_version" python3 - <<'PY'
import json, os, platform, subprocess, sys

work = os.environ["WORK"]

def medians(name):
    path = os.path.join(work, name + ".json")
    if not os.path.exists(path):
        return {}, {}
    results = json.load(open(path))["results"]
    return ({r["command"]: r["median"] for r in results},
            {r["command"]: r["user"] + r["system"] for r in results})

# t: wall-clock medians (what the goals are judged on); cpu: mean user + system time,
# which other work on a shared machine disturbs less.
t, cpu = {}, {}
for name in ("check-100", "check-1000", "check-10000", "journal", "compile", "taskjuggler"):
    wall, used = medians(name)
    t.update(wall)
    cpu.update(used)

def ms(s):
    return f"{s * 1000:,.1f} ms" if s < 1 else f"{s:,.2f} s"

rows, failed = [], False

def goal(what, value, limit_text, ratio_text, ok):
    global failed
    failed |= not ok
    rows.append((what, value, limit_text, ratio_text, "PASS" if ok else "FAIL"))

print("### Times (hyperfine medians, whole processes)\n")
print("| plan | bare parse | `tovholder check` | check ÷ parse | CPU time: check ÷ parse | `tovholder compile` |")
print("|---:|---:|---:|---:|---:|---:|")
for n in (100, 1000, 10000):
    bp, ck, cp = t[f"bare-parse {n}"], t[f"check {n}"], t[f"compile {n}"]
    cpu_ratio = cpu[f"check {n}"] / cpu[f"bare-parse {n}"]
    size = os.path.getsize(os.path.join(work, f"plan-{n}.yaml"))
    print(f"| {n:,} activities ({size / 1e6:.2f} MB) | {ms(bp)} | {ms(ck)} | {ck / bp:.2f}× | {cpu_ratio:.2f}× | {ms(cp)} |")
print()

bp, ck = t["bare-parse 10000"], t["check 10000"]
goal("`tovholder check` of 10,000 activities vs the bare parse of the same file",
     f"{ms(ck)} vs {ms(bp)}", "≤ 1.5×", f"{ck / bp:.2f}×", ck <= 1.5 * bp)

c1, c10 = t["compile 1000"], t["compile 10000"]
goal("`tovholder compile`: 10,000 activities vs 1,000",
     f"{ms(c10)} vs {ms(c1)}", "≤ 12×", f"{c10 / c1:.2f}×", c10 <= 12 * c1)

if "tj3 flat 1000" in t:
    tj, fc = t["tj3 flat 1000"], t["compile flat 1000"]
    goal("TaskJuggler `tj3 --no-reports` vs `tovholder compile`, 1,000 one-hour tasks in four phases",
         f"{ms(tj)} vs {ms(fc)}", "≥ 200×", f"{tj / fc:,.0f}×", tj >= 200 * fc)
else:
    goal("TaskJuggler vs `tovholder compile`, 1,000 one-hour tasks in four phases",
         "tj3 not installed (apt-get install tj3)", "≥ 200×", "–", False)

rss = sorted(int(open(os.path.join(work, f"rss-{i}.txt")).read().split()[-1]) * 1024 for i in (1, 2, 3))[1]
size = int(open(os.path.join(work, "size-10000.txt")).read())
goal("peak memory (max RSS) of `tovholder check`, 10,000 activities, vs the file size",
     f"{rss / 1e6:.1f} MB vs {size / 1e6:.2f} MB", "< 10×", f"{rss / size:.1f}×", rss < 10 * size)

print("### Journals (10,000 activities, as of 2027-12-31)\n")
print("| journal | `tovholder check` | ÷ plan alone | CPU time ÷ plan alone | per 12,500 entries |")
print("|---:|---:|---:|---:|---:|")
alone, alone_cpu = t["check journal 0"], cpu["check journal 0"]
for e in (0, 12500, 25000, 50000):
    ck = t[f"check journal {e}"]
    size = "none" if e == 0 else f"{e:,} entries ({os.path.getsize(os.path.join(work, f'journal-{e}', 'plan.log.yaml')) / 1e6:.2f} MB)"
    slope = "–" if e == 0 else ms((ck - alone) / (e / 12500))
    print(f"| {size} | {ms(ck)} | {ck / alone:.2f}× | {cpu[f'check journal {e}'] / alone_cpu:.2f}× | {slope} |")
print(f"\n`tovholder compile` with the 50,000-entry journal (the forecast: a second schedule): "
      f"{ms(t['compile journal 50000'])}, {t['compile journal 50000'] / t['compile 10000']:.2f}× the plan alone.\n")
print()

j50 = t["check journal 50000"]
goal("`tovholder check` of 10,000 activities with a 50,000-entry journal vs the plan alone",
     f"{ms(j50)} vs {ms(alone)}", "≤ 2×", f"{j50 / alone:.2f}×", j50 <= 2 * alone)
# Linear: each 12,500 entries cost the same. The cost of the last 25,000 entries per
# 12,500 against that of the first 25,000, within a factor of 1.5 (noise of a shared
# machine; a quadratic step would give 3×). Measured in CPU time (user + system): the
# journal beside the plan is parsed on a second thread while the plan loads, so in wall
# time the first entries are hidden behind the plan and only the later ones show —
# wall time says how long a user waits (the 2× goal above), CPU time how the work grows.
c0, c25, c50 = (cpu[f"check journal {e}"] for e in (0, 25000, 50000))
first = (c25 - c0) / 2
last = (c50 - c25) / 2
ratio = last / first if first > 0 else float("inf")
goal("linear in the journal: CPU time per 12,500 entries, entries 25,000–50,000 vs 0–25,000",
     f"{ms(last)} vs {ms(first)}", "≤ 1.5×", f"{ratio:.2f}×", ratio <= 1.5)
rss_j = sorted(int(open(os.path.join(work, f"rss-journal-{i}.txt")).read().split()[-1]) * 1024 for i in (1, 2, 3))[1]
print(f"Peak memory (max RSS) of `tovholder check` with the 50,000-entry journal: {rss_j / 1e6:.1f} MB.\n")

print("### Goals\n")
print("| goal | measured | limit | ratio | result |")
print("|---|---|---|---:|:---:|")
for r in rows:
    print("| " + " | ".join(r) + " |")
print()

def first_line(cmd):
    try:
        return subprocess.run(cmd, capture_output=True, text=True, check=False).stdout.strip().splitlines()[0]
    except (OSError, IndexError):
        return "?"

cpu = "?"
try:
    for line in open("/proc/cpuinfo"):
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
except OSError:
    pass
mem = "?"
try:
    for line in open("/proc/meminfo"):
        if line.startswith("MemTotal"):
            mem = f"{int(line.split()[1]) / 1024 / 1024:.0f} GiB"
except OSError:
    pass
print(f"Machine: {os.cpu_count()} cores ({cpu}), {mem} memory, {platform.system()} {platform.release()}; "
      f"{first_line(['rustc', '--version'])}; {first_line(['hyperfine', '--version'])}; "
      f"{os.environ.get('TJ_VERSION') or 'tj3 not installed'}.")
sys.exit(1 if failed else 0)
PY
