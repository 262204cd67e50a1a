#!/usr/bin/env bash
# The Python wheel (pyproject.toml, maturin `bindings = "bin"`), as the release
# workflow builds it for Linux: `maturin build --release` of HEAD, installed into a
# fresh virtualenv, whose `tovholder` then checks the bundled examples with the exit
# codes the README documents (0: no error-level finding; 1: at least one). Called by
# .ci/run; needs maturin (`pip install maturin`), cargo and a C compiler.
#
# It builds a clone of HEAD (committed files only, as the release workflow sees the
# repository), in the target folder target/wheel of this checkout, kept between runs
# and shared with scripts/test-pre-commit.sh, so only the workspace crates are compiled
# again (the clone's files are newer than the last build; see test-from-archive.sh for
# why the checkout's own target folder is not used).
set -euo pipefail
cd "$(dirname "$0")/.."
checkout=$(pwd)
start=$SECONDS
command -v maturin >/dev/null || { echo "test-wheel: maturin is not installed (pip install maturin)" >&2; exit 1; }
tmp=$(mktemp -d "${TMPDIR:-/tmp}/tovholder-wheel.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
export CARGO_TARGET_DIR="${TOVHOLDER_WHEEL_TARGET_DIR:-$checkout/target/wheel}"

rev=$(git rev-parse HEAD)
git clone --quiet --no-local "$checkout" "$tmp/src"
git -C "$tmp/src" checkout --quiet --detach "$rev"
echo "building the wheel of $(git rev-parse --short "$rev") (maturin $(maturin --version | cut -d' ' -f2), target $CARGO_TARGET_DIR)"
if ! (cd "$tmp/src" && maturin build --release --out "$tmp/dist" >"$tmp/build.log" 2>&1); then
  cat "$tmp/build.log" >&2
  echo "test-wheel: maturin build failed" >&2
  exit 1
fi
grep -E '📦|🔗|Built wheel' "$tmp/build.log" || true
shopt -s nullglob
wheels=("$tmp"/dist/tovholder-*.whl)
if [ "${#wheels[@]}" -ne 1 ]; then
  echo "test-wheel: expected one wheel in $tmp/dist, found: ${wheels[*]:-none}" >&2
  exit 1
fi
echo "built $(basename "${wheels[0]}") ($(du -k "${wheels[0]}" | cut -f1) KiB) in $((SECONDS - start)) s"

python3 -m venv "$tmp/venv"
"$tmp/venv/bin/python" -m pip install --quiet --disable-pip-version-check "${wheels[0]}"
tovholder="$tmp/venv/bin/tovholder"
[ -x "$tovholder" ] || { echo "test-wheel: the wheel installed no $tovholder" >&2; exit 1; }
version=$("$tovholder" --version)
want="tovholder $(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)"
[ "$version" = "$want" ] || { echo "test-wheel: --version says '$version', want '$want'" >&2; exit 1; }

# expect CODE ARGS...: run the installed tovholder in the clone, require the exit code.
expect() {
  local want=$1 code=0
  shift
  (cd "$tmp/src" && "$tovholder" "$@" >"$tmp/out" 2>&1) || code=$?
  if [ "$code" -ne "$want" ]; then
    echo "test-wheel: tovholder $* exited $code, want $want:" >&2
    cat "$tmp/out" >&2
    exit 1
  fi
  echo "tovholder $* -> $code ($(tail -n 1 "$tmp/out"))"
}
# The exit code as documented (README, Exit codes): 1 when the summary counts an error,
# else 0. mangler.yaml has deliberate gaps, errors among them (README, Quick start).
summary_code() {
  local errors
  # The summary is in the plans' language when they share one (README, `--lang`).
  errors=$(tail -n 1 "$tmp/out" | sed -En 's/^(checked|tjekkede|kontrollerade) [0-9]* (files?|filer|fil): ([0-9,.]*) (errors?|fejl|fel),.*/\3/p' | tr -d ,.)
  [ -n "$errors" ] || { echo "test-wheel: no summary line in:" >&2; cat "$tmp/out" >&2; exit 1; }
  if [ "$errors" -gt 0 ]; then echo 1; else echo 0; fi
}
expect 1 check examples/mangler.yaml
[ "$(summary_code)" -eq 1 ]
for plan in examples/ics-eksempel-kommune.yaml examples/; do
  (cd "$tmp/src" && "$tovholder" check "$plan" >"$tmp/out" 2>&1) && code=0 || code=$?
  want=$(summary_code)
  if [ "$code" -ne "$want" ]; then
    echo "test-wheel: tovholder check $plan exited $code, but its summary says $want:" >&2
    cat "$tmp/out" >&2
    exit 1
  fi
  echo "tovholder check $plan -> $code ($(tail -n 1 "$tmp/out"))"
done
expect 2 check examples/no-such-plan.yaml
echo "test-wheel: passed in $((SECONDS - start)) s"
