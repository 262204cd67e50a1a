#!/usr/bin/env bash
# Check the workbooks the way LibreOffice prints them.
#
#   scripts/check-xlsx.sh [OUT]
#
# Without OUT: renders every example (examples/*.yaml, examples/models/*.yaml) that
# compiles into a temporary folder; with OUT: checks the .xlsx under OUT/<plan-id>/.
# The print fixtures (tests/render/*.yaml: very long names, a cell starting with +)
# are always rendered.
# Each workbook is printed with `soffice --headless --convert-to pdf` and checked by
# scripts/check_xlsx.py: the header row on every page, no two rows' text colliding
# (word boxes from `pdftotext -bbox-layout`; each row's first cell starting a line),
# no stray apostrophe, no number glued to a time.
#
# Needs: LibreOffice Calc (apt-get install libreoffice-calc), poppler-utils
# (pdftotext), python3, and a built tovholder (target/release, else target/debug;
# or TOVHOLDER_BIN). PDFs are kept in $CHECK_XLSX_KEEP when it is set.
set -euo pipefail
cd "$(dirname "$0")/.."

bin=${TOVHOLDER_BIN:-}
if [ -z "$bin" ]; then
  for b in target/release/tovholder target/debug/tovholder; do
    if [ -x "$b" ]; then bin=$b; break; fi
  done
fi
if [ -z "$bin" ] || [ ! -x "$bin" ]; then
  echo "check-xlsx: build tovholder first (cargo build --release)" >&2
  exit 2
fi
soffice=${SOFFICE:-$(command -v soffice || command -v libreoffice || true)}
if [ -z "$soffice" ]; then
  echo "check-xlsx: LibreOffice is not installed (apt-get install libreoffice-calc)" >&2
  exit 2
fi
command -v pdftotext >/dev/null || {
  echo "check-xlsx: pdftotext is missing (apt-get install poppler-utils)" >&2
  exit 2
}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
out=${1:-$work/out}
keep=${CHECK_XLSX_KEEP:-}
[ -n "$keep" ] && mkdir -p "$keep"

books=()
# The example journal runs into 2027: follow it as of a fixed day, not the clock.
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1830211200} # 2027-12-31
for plan in examples/*.yaml examples/models/*.yaml tests/render/*.yaml; do
  [ -f "$plan" ] || continue
  case $plan in *.log.yaml) continue ;; esac
  json="$work/$(basename "$plan" .yaml).json"
  if ! "$bin" compile "$plan" >"$json" 2>/dev/null; then
    echo "skip $plan (it does not compile)"
    continue
  fi
  id=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1], encoding="utf-8"))["id"])' "$json")
  case $plan in tests/render/*) dir="$work/render" ;; *) dir=$out ;; esac
  if [ $# -eq 0 ] || [ "$dir" = "$work/render" ]; then
    "$bin" render "$plan" --out "$dir/$id" >/dev/null 2>"$work/render.log" || {
      echo "FAIL: tovholder render $plan"; sed 's/^/    /' "$work/render.log"; exit 1
    }
  fi
  while IFS= read -r -d '' x; do books+=("$x"); done < <(find "$dir/$id" -name '*.xlsx' -print0 | sort -z)
done
if [ "${#books[@]}" = 0 ]; then
  echo "check-xlsx: no workbook found" >&2
  exit 1
fi

failed=0
i=0
for book in "${books[@]}"; do
  i=$((i + 1))
  pdfdir="$work/pdf-$i"
  mkdir -p "$pdfdir"
  # Its own profile, so a LibreOffice the user has open is left alone.
  if ! timeout 180 "$soffice" --headless --norestore \
      "-env:UserInstallation=file://$work/profile" \
      --convert-to pdf --outdir "$pdfdir" "$book" >"$pdfdir/log" 2>&1; then
    echo "FAIL: $book: LibreOffice could not print it"; sed 's/^/    /' "$pdfdir/log" | tail -5
    failed=1
    continue
  fi
  pdf="$pdfdir/$(basename "$book" .xlsx).pdf"
  [ -s "$pdf" ] || { echo "FAIL: $book: no PDF"; failed=1; continue; }
  python3 scripts/check_xlsx.py "$book" "$pdf" || failed=1
  if [ -n "$keep" ]; then cp "$pdf" "$keep/$(basename "$(dirname "$book")")-$(basename "$pdf")"; fi
done

if [ "$failed" != 0 ]; then
  echo "check-xlsx: FAILED" >&2
  exit 1
fi
echo "check-xlsx: ${#books[@]} workbooks print with a header on every page and readable rows"
