#!/usr/bin/env bash
# Check rendered documents the way their readers meet them.
#
#   scripts/check-rendered.sh [OUT]
#
# Without OUT: renders every example (examples/*.yaml, examples/models/*.yaml) that
# compiles into out/<plan-id>/ and checks it. The print fixtures (tests/render/*.yaml:
# very long names) are always rendered, into a temporary folder. With OUT: checks OUT/<plan-id>/ for each
# example that compiles (render them first with `tovholder render PLAN --out OUT/<id>`
# or the default `out/<id>`).
#
# For every plan folder:
# - each .html and .svg is rendered by headless Chromium to PNG and PDF; the check
#   fails on a console message (our documents have no scripts, so any message is
#   an error: Chromium prints them with --enable-logging=stderr as `CONSOLE` lines),
#   on a PNG that is all one colour (an empty page) or on a PDF without pages;
# - the layout of each PDF (scripts/pdf_layout.py, from `pdftotext -bbox-layout`):
#   no word's box overlaps another's, no word leaves the page, and an årshjul page
#   after the first (other than the last) is at least half full;
# - each .ics is parsed with Python's icalendar package and its event count is
#   compared with the occurrences in `tovholder compile` JSON (kalender.ics: all;
#   kalender-<role>.ics: the role's).
#
# Needs: chromium (Debian package), poppler-utils (pdftotext), python3 with
# icalendar (pip install icalendar), and a built tovholder (target/release, else target/debug; or TOVHOLDER_BIN).
# Screenshots and PDFs are kept in $CHECK_RENDERED_KEEP when it is set.
set -euo pipefail
cd "$(dirname "$0")/.."

helper=scripts/check_rendered.py
layout=scripts/pdf_layout.py
bin=${TOVHOLDER_BIN:-}
if [ -z "$bin" ]; then
  for b in target/release/tovholder target/debug/tovholder; do
    if [ -x "$b" ]; then bin=$b; break; fi
  done
fi
if [ -z "$bin" ] || [ ! -x "$bin" ]; then
  echo "check-rendered: build tovholder first (cargo build --release)" >&2
  exit 2
fi
chrome=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}
if [ -z "$chrome" ]; then
  echo "check-rendered: chromium is not installed (apt-get install chromium)" >&2
  exit 2
fi
command -v pdftotext >/dev/null || {
  echo "check-rendered: pdftotext is missing (apt-get install poppler-utils)" >&2
  exit 2
}
python3 -c 'import icalendar' 2>/dev/null || {
  echo "check-rendered: the icalendar package is missing (pip install icalendar)" >&2
  exit 2
}

out=${1:-out}
render_here=0
if [ $# -eq 0 ]; then render_here=1; fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
keep=${CHECK_RENDERED_KEEP:-}
[ -n "$keep" ] && mkdir -p "$keep"

# One Chromium run: PNG screenshot (the first A4 page at 150 dpi) and PDF of one file.
# Prints nothing on success; prints the problem and returns 1 otherwise.
check_doc() {
  local file=$1 tag=$2 profile=$3
  local png="$work/$tag.png" pdf="$work/$tag.pdf" log="$work/$tag.log"
  local abs
  abs=$(realpath "$file")
  if ! timeout 120 "$chrome" --headless --no-sandbox --disable-gpu --disable-quic \
      --no-first-run --disable-background-networking --disable-component-update \
      --disable-sync --hide-scrollbars --user-data-dir="$profile" \
      --enable-logging=stderr --v=0 --window-size=1240,1754 \
      --no-pdf-header-footer --screenshot="$png" --print-to-pdf="$pdf" \
      "file://$abs" >"$log" 2>&1; then
    echo "FAIL: $file: chromium failed"; sed 's/^/    /' "$log" | tail -5
    return 1
  fi
  if grep -q 'CONSOLE' "$log"; then
    echo "FAIL: $file: console message"; grep 'CONSOLE' "$log" | sed 's/^/    /'
    return 1
  fi
  [ -s "$png" ] || { echo "FAIL: $file: no screenshot"; return 1; }
  [ -s "$pdf" ] || { echo "FAIL: $file: no PDF"; return 1; }
  python3 "$helper" png "$png" || { echo "FAIL: $file: empty page"; return 1; }
  python3 "$helper" pdf "$pdf" || { echo "FAIL: $file: bad PDF"; return 1; }
  # The årshjul's month list fills the pages after the first.
  local full=()
  case $(basename "$file") in aarshjul-*.html) full=(--full-pages-after 1) ;; esac
  if ! python3 "$layout" check "$pdf" "${full[@]}" >"$work/$tag.layout" 2>&1; then
    echo "FAIL: $file: layout"; sed 's/^/    /' "$work/$tag.layout" | head -8
    return 1
  fi
  if [ -n "$keep" ]; then cp "$png" "$pdf" "$keep/"; fi
  echo "ok  $file"
}
export -f check_doc
export work keep helper layout chrome

# The example journal runs into 2027: follow it as of a fixed day, not the clock.
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1830211200} # 2027-12-31

failed=0
plans_checked=0
for plan in examples/*.yaml examples/models/*.yaml tests/render/*.yaml; do
  [ -f "$plan" ] || continue
  case $plan in *.log.yaml) continue ;; esac
  json="$work/$(basename "$plan" .yaml).json"
  if ! "$bin" compile "$plan" >"$json" 2>/dev/null; then
    echo "skip $plan (it does not compile; \`tovholder check $plan\` says why)"
    continue
  fi
  id=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1], encoding="utf-8"))["id"])' "$json")
  dir="$out/$id"
  fixture=0
  case $plan in tests/render/*) fixture=1; dir="$work/render/$id" ;; esac
  if [ "$render_here" = 1 ] || [ "$fixture" = 1 ]; then
    "$bin" render "$plan" --out "$dir" >/dev/null 2>"$work/render.log" || {
      echo "FAIL: tovholder render $plan"; sed 's/^/    /' "$work/render.log"; failed=1; continue
    }
  fi
  if [ ! -d "$dir" ]; then
    echo "FAIL: $dir is missing (render $plan first)"
    failed=1
    continue
  fi
  plans_checked=$((plans_checked + 1))
  echo "== $plan -> $dir"
  python3 "$helper" ics "$dir" "$json" || failed=1
  # Two Chromium processes at a time, each with its own profile.
  mapfile -t docs < <(find "$dir" -type f \( -name '*.html' -o -name '*.svg' \) | sort)
  i=0
  for doc in "${docs[@]}"; do
    i=$((i + 1))
    printf '%s\0%s\0%s\0' "$doc" "$id-$i" "$work/profile-$((i % 2))"
  done | xargs -0 -n 3 -P 2 bash -c 'check_doc "$1" "$2" "$3"' _ >"$work/docs.log" || failed=1
  cat "$work/docs.log"
  if grep -q '^FAIL' "$work/docs.log"; then failed=1; fi
done

if [ "$plans_checked" = 0 ]; then
  echo "check-rendered: no rendered plan found under $out" >&2
  exit 1
fi
if [ "$failed" != 0 ]; then
  echo "check-rendered: FAILED" >&2
  exit 1
fi
echo "check-rendered: $plans_checked plans, every document renders and every calendar parses"
