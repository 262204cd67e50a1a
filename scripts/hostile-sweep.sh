#!/usr/bin/env bash
# The "done means" sweep of issue 14: every command on the hostile corpus and on
# generated worst cases, each run under a 4 GiB address-space limit (prlimit) and a
# 60 s watchdog, measured with /usr/bin/time: no plan under the 16 MiB file limit may
# make a command exceed 1 GiB resident memory, 1 GiB written (stdout, stderr and
# files) or 20 s. Prints one line per run and a verdict; exit 1 if a run breaks a
# promise. Run by hand on a quiet machine (it takes a few minutes; not part of CI):
#
#   cargo build --release -p tovholder && scripts/hostile-sweep.sh
#
# TOVHOLDER=path uses another binary; KEEP=1 keeps the work folder.
set -u
repo=$(cd "$(dirname "$0")/.." && pwd)
bin=${TOVHOLDER:-$repo/target/release/tovholder}
[ -x "$bin" ] || { echo "no binary at $bin (cargo build --release -p tovholder)"; exit 2; }
for tool in prlimit /usr/bin/time python3 timeout; do
  command -v "$tool" > /dev/null || { echo "needs $tool"; exit 2; }
done
work=$(mktemp -d "${TMPDIR:-/tmp}/tovholder-sweep.XXXXXX")
[ "${KEEP:-0}" = 1 ] || trap 'rm -rf "$work"' EXIT
mkdir -p "$work/plans/.git"
cd "$work/plans" || exit 2

RSS_KIB=$((1024 * 1024))
WRITTEN=$((1024 * 1024 * 1024))
SECONDS_MAX=20

# --- the corpus ------------------------------------------------------------------
# Generated worst cases (issue 14's reproducers and everything at its limit), then
# the fuzz seeds and regressions (plans with their models and journals split out).
REPO=$repo python3 - <<'PY'
import os, glob, shutil
def w(name, text):
    with open(name, "w", encoding="utf-8") as f:
        f.write(text)

def amplifier(title, purpose, years, n, roles=5):
    t = f'id: forstaerker\ntitle: "{title}"\nlanguage: da\nstart: 2027-01-04\nhorizon: {years} years\nroles:\n'
    for i in range(1, roles + 1):
        t += f"  r{i}: {{ name: Rolle {i}, owner: [Anna] }}\n"
    t += "phases:\n  drift: { duration: ongoing, exit_criteria: [Metoden bruges] }\nactivities:\n"
    parts = ", ".join(f"r{i}" for i in range(2, roles + 1))
    for k in range(n):
        t += f'  dagligt-{k}: {{ phase: drift, every: 1 day, length: 15 minutes, responsible: r1, participants: [{parts}], purpose: "{purpose}" }}\n'
    return t

# Item 1: the 150 KB and 1 MB titles; a 15 MB title.
w("amp-title-150k.yaml", amplifier("x" * 150_000, "Formål", 5, 1))
w("amp-title-1mb.yaml", amplifier("x" * 1_000_000, "Formål", 5, 1))
w("amp-title-15mb.yaml", amplifier("x" * 15_000_000, "Formål", 5, 1))
# Every text at its limit, daily: from well under the output budget to far over it.
for years, n in [(1, 1), (3, 1), (5, 1), (8, 1), (10, 1), (27, 1), (3, 4), (25, 20)]:
    w(f"amp-limits-{years}y-{n}.yaml", amplifier("T" * 200, "æ" * 5_000, years, n))
# 200 roles as participants of a daily activity (each role's calendar repeats it).
w("amp-200-roles.yaml", amplifier("T" * 200, "æ" * 5_000, 27, 1, roles=200))
# Item 2: a finding past column 65,535; 2,800 findings on a 115 KB two-line plan;
# a 15 MB line of unknown keys; a million findings, one per line.
w("long-col-65548.yaml", '{id: c, title: "' + "x" * 65_530 + '", bogus: 1}\n')
keys = ", ".join(f"bogus-{i}-{'y' * 20}: 1" for i in range(2_800))
w("long-2800-findings.yaml", "# " + "x" * 1000 + "\n{id: c, title: t, " + keys + "}\n")
keys = ", ".join(f"k{i}: 1" for i in range(1_400_000))
w("long-15mb-line.yaml", "{id: c, title: t, " + keys + "}\n")
w("many-findings-lines.yaml", "id: c\ntitle: t\n" + "".join(f"bogus-{i}: 1\n" for i in range(1_200_000)))
# Entities: 100,000 activities; 100,000 unknown references; a 100,000-phase cycle.
head = "id: stor-plan\ntitle: Stor plan\nstart: 2027-01-04\nroles:\n  leder: { name: Leder, owner: [Anna], hours: 40 per week }\nphases:\n  a: { duration: 6 months, exit_criteria: [Klar] }\n  b: { after: [a], duration: ongoing, exit_criteria: [Forankret] }\nactivities:\n"
body = "".join(f"  aktivitet-{i}: {{ name: Aktivitet {i}, phase: a, at: {i % 20 + 1} weeks, length: 1 hours, responsible: leder, participants: [leder] }}\n" for i in range(100_000))
w("ent-100000-activities.yaml", head + body)
w("ent-10000-activities.yaml", head + "".join(body.splitlines(True)[:10_000]))
w("ent-100000-unknown-refs.yaml", head + body.replace("responsible: leder", "responsible: ledr"))
cyc = "id: ring\ntitle: Ring\nstart: 2027-01-04\nphases:\n" + "".join(f"  p{i}: {{ after: [p{(i + 1) % 100_000}], duration: 1 week }}\n" for i in range(100_000))
w("ent-100000-phase-cycle.yaml", cyc)
# Occurrences: 20 daily activities over 60 years (the occurrence caps).
occ = "id: tjek\ntitle: Daglig\nstart: 2027-01-04\nhorizon: 60 years\nroles:\n  leder: { name: Leder, owner: [Anna] }\nphases:\n  f: { duration: ongoing, exit_criteria: [x] }\nactivities:\n" + "".join(f"  t-{i}: {{ phase: f, every: 1 day, responsible: leder }}\n" for i in range(20))
w("occ-20-daily-60y.yaml", occ)
# Journals: 200,000 entries beside a daily plan.
daily = "id: logget\ntitle: Logget\nstart: 2027-01-04\nhorizon: 27 years\nroles:\n  leder: { name: Leder, owner: [Anna] }\nphases:\n  f: { duration: ongoing, exit_criteria: [x] }\nactivities:\n  d: { phase: f, every: 1 day, responsible: leder }\n"
w("journal-200000.yaml", daily)
w("journal-200000.log.yaml", "kind: log\nentries:\n" + "".join(f"  - {{ date: 2027-01-{(i % 28) + 1:02d}, held: d, note: \"{'n' * 40}\" }}\n" for i in range(200_000)))
# YAML bombs.
lol = "id: lol\ntitle: Lol\nlol0: &lol0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
for i in range(1, 10):
    lol += f"lol{i}: &lol{i} [" + ", ".join([f"*lol{i-1}"] * 10) + "]\n"
w("bomb-aliases.yaml", lol)
w("bomb-deep-flow.yaml", "id: d\ntitle: d\nx: " + "[" * 100_000 + "]" * 100_000 + "\n")
# The fuzz seeds and regressions: plans, with models and journals beside them.
repo = os.environ["REPO"]
for path in sorted(glob.glob(f"{repo}/fuzz/seeds/*/*") + glob.glob(f"{repo}/tests/fuzz-regressions/*/*")):
    if path.endswith("README.md") or "check_structured" in path or "render_large" in path:
        continue
    name = "corpus-" + os.path.basename(os.path.dirname(path)) + "-" + os.path.basename(path)
    name = name[:-5] if name.endswith(".yaml") else name
    text = open(path, "rb").read().decode("utf-8", "replace")
    parts = text.split("\n#>>> ")
    os.makedirs(name, exist_ok=True)
    open(f"{name}/plan.yaml", "w").write(parts[0])
    for p in parts[1:]:
        fname, _, body = p.partition("\n")
        fname = fname.strip()
        if fname and "/" not in fname and not fname.startswith("."):
            open(f"{name}/{fname}", "w").write(body)
PY
[ -f amp-limits-1y-1.yaml ] || { echo "the generator failed"; exit 2; }

# --- the runs --------------------------------------------------------------------
fail=0
runs=0
worst_rss=0; worst_rss_run=""
worst_time=0; worst_time_run=""
worst_out=0; worst_out_run=""
# measure NAME ARGS...: one run in a fresh output folder.
measure() {
  local name=$1; shift
  rm -rf "$work/out"
  local start end
  start=$(date +%s%N)
  prlimit --as=$((4 * 1024 * 1024 * 1024)) -- \
    /usr/bin/time -f "%M" -o "$work/time" timeout 60 "$bin" "$@" \
    > "$work/stdout" 2> "$work/stderr"
  local code=$?
  end=$(date +%s%N)
  local rss ms written
  rss=$(tail -1 "$work/time")
  ms=$(( (end - start) / 1000000 ))
  written=$(( $(stat -c %s "$work/stdout") + $(stat -c %s "$work/stderr") ))
  [ -d "$work/out" ] && written=$((written + $(du -sb "$work/out" | cut -f1)))
  runs=$((runs + 1))
  local verdict=ok
  if [ "$code" -gt 2 ] || [ "$rss" -gt "$RSS_KIB" ] || [ "$written" -gt "$WRITTEN" ] \
     || [ "$ms" -gt $((SECONDS_MAX * 1000)) ] \
     || grep -q "internal error\|panicked" "$work/stderr"; then
    verdict=FAIL; fail=1
  fi
  local what=$1
  [ "${2:-}" = --format ] && what="$1 $3"
  printf '%-5s %-16s %-44s exit %d  %6d ms  %5d MiB  %10d bytes\n' \
    "$verdict" "$what" "$name" "$code" "$ms" $((rss / 1024)) "$written"
  if [ "$rss" -gt "$worst_rss" ]; then worst_rss=$rss; worst_rss_run="$* ($name)"; fi
  if [ "$ms" -gt "$worst_time" ]; then worst_time=$ms; worst_time_run="$* ($name)"; fi
  if [ "$written" -gt "$worst_out" ]; then worst_out=$written; worst_out_run="$* ($name)"; fi
}

# `status` where this binary has it.
has_status=0
"$bin" status --help > /dev/null 2>&1 && has_status=1

for plan in *.yaml */plan.yaml; do
  case $plan in *.log.yaml) continue ;; esac
  size=$(stat -c %s "$plan")
  [ "$size" -le $((16 * 1024 * 1024)) ] || { echo "skip  $plan: $size bytes, over the file limit"; continue; }
  # The fuzz corpus (small plans): the commands that differ most. The generated
  # worst cases: every command and every format.
  case $plan in
    corpus-*)
      measure "$plan" check --format human "$plan"
      measure "$plan" render "$plan" --out "$work/out"
      continue ;;
  esac
  for fmt in human json sarif concise github; do
    measure "$plan" check --format "$fmt" "$plan"
  done
  measure "$plan" compile "$plan"
  measure "$plan" render "$plan" --out "$work/out"
  measure "$plan" graph "$plan"
  measure "$plan" graph --format dot "$plan"
  [ "$has_status" = 1 ] && measure "$plan" status --as-of 2030-01-01 "$plan"
done

echo
echo "$runs runs; worst: $((worst_rss / 1024)) MiB resident ($worst_rss_run), $worst_time ms ($worst_time_run), $worst_out bytes written ($worst_out_run)"
if [ "$fail" = 0 ]; then
  echo "every run within 1 GiB resident, 1 GiB written and 20 s"
else
  echo "FAIL: some run broke a promise (see FAIL lines)"
fi
exit "$fail"
