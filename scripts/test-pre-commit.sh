#!/usr/bin/env bash
# The pre-commit hooks (.pre-commit-hooks.yaml) as a plan repository uses them, with
# the real pre-commit (`pip install pre-commit`) and no tovholder on PATH: pre-commit
# clones this repository at HEAD, installs the hooks' environment itself (pip install
# of the repository: maturin builds the wheel, pyproject.toml) and runs them on a
# temporary plan repository (HEAD: committed files only; TOVHOLDER_PRE_COMMIT_REV
# names another commit). Required: tovholder-check passes a clean plan and a plan
# with only a warning, fails a broken plan, and is skipped when no YAML file is among
# the files; tovholder-check-strict fails the plan with a warning. Called by .ci/run.
#
# The first install compiles tovholder in release mode. CARGO_TARGET_DIR is the target
# folder target/wheel of this checkout (kept between runs, shared with
# scripts/test-wheel.sh), so later runs compile only the workspace crates; pip's
# isolated build passes it on to maturin and cargo. Everything else (pre-commit's
# cache, PRE_COMMIT_HOME) is in a temporary folder, removed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
checkout=$(pwd)
start=$SECONDS
py=$(python3 -c 'import sys; print(sys.executable)')
"$py" -m pre_commit --version >/dev/null 2>&1 || { echo "test-pre-commit: pre-commit is not installed (pip install pre-commit)" >&2; exit 1; }
command -v cargo >/dev/null || { echo "test-pre-commit: the hook's install needs cargo" >&2; exit 1; }
# HEAD, or the commit in TOVHOLDER_PRE_COMMIT_REV.
rev=$(git rev-parse "${TOVHOLDER_PRE_COMMIT_REV:-HEAD}^{commit}")
tmp=$(mktemp -d "${TMPDIR:-/tmp}/tovholder-pre-commit.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
export PRE_COMMIT_HOME="$tmp/pre-commit-home"
export CARGO_TARGET_DIR="${TOVHOLDER_WHEEL_TARGET_DIR:-$checkout/target/wheel}"
export PIP_DISABLE_PIP_VERSION_CHECK=1

# The README's `rev:` for the hooks must be a commit (or tag) of this repository.
readme_rev=$(awk '/^ *- repo: /{r=1} r && /^ *rev: /{sub(/^ *rev: */, ""); sub(/[ #].*/, ""); print; exit}' README.md)
if [ -z "$readme_rev" ]; then
  echo "test-pre-commit: no 'rev:' under a tovholder 'repo:' in README.md" >&2
  exit 1
fi
if ! git cat-file -e "$readme_rev^{commit}" 2>/dev/null; then
  if [ "$(git rev-parse --is-shallow-repository)" = true ]; then
    echo "note: README's rev $readme_rev is not in this shallow clone; not checked"
  else
    echo "test-pre-commit: README.md's pre-commit rev '$readme_rev' is no commit or tag of this repository" >&2
    exit 1
  fi
fi

# PATH without any folder that holds a tovholder; cargo and rustc are kept (linked into
# a folder of their own when their folder had to go).
clean_path=""
IFS=: read -r -a dirs <<<"$PATH"
for d in "${dirs[@]}"; do
  [ -n "$d" ] && [ ! -e "$d/tovholder" ] && clean_path="${clean_path:+$clean_path:}$d"
done
mkdir -p "$tmp/bin"
for tool in cargo rustc; do
  if ! PATH="$clean_path" command -v "$tool" >/dev/null; then
    ln -s "$(command -v "$tool")" "$tmp/bin/$tool"
  fi
done
export PATH="$tmp/bin:$clean_path"
if command -v tovholder >/dev/null; then
  echo "test-pre-commit: tovholder is still on PATH: $(command -v tovholder)" >&2
  exit 1
fi

# The plan repository: a clean plan, a plan with a warning (role-without-owner), and a
# workflow YAML that is no plan (the hook's folder walk skips it).
plans="$tmp/plans"
mkdir -p "$plans/plans" "$plans/.github/workflows"
git -C "$plans" init --quiet
warning_only=$(sed 's/responsible: superbrugr/responsible: superbruger/' tests/config/plan.yaml)
printf '%s\n' "$warning_only" >"$plans/plans/nordby.yaml"
printf '%s\n' "$warning_only" | sed 's/^    name: Superbruger$/    name: Superbruger\n    owner: [Bo Hansen]/' >"$plans/plans/sydby.yaml"
grep -q 'owner: \[Bo Hansen\]' "$plans/plans/sydby.yaml"
printf 'name: ci\non: push\njobs: {}\n' >"$plans/.github/workflows/ci.yml"
printf 'Plans of Nordby and Sydby.\n' >"$plans/README.md"
cat >"$plans/.pre-commit-config.yaml" <<YAML
repos:
  - repo: $checkout
    rev: $rev
    hooks:
      - id: tovholder-check
      - id: tovholder-check-strict
YAML
git -C "$plans" add -A

# hook EXPECTED_CODE ARGS...: `pre-commit run ARGS` in the plan repository (--verbose:
# the hook's output also when it passes).
hook() {
  local want=$1 code=0
  shift
  (cd "$plans" && "$py" -m pre_commit run --color never --verbose "$@" >"$tmp/out" 2>&1) || code=$?
  if [ "$code" -ne "$want" ]; then
    echo "test-pre-commit: pre-commit run $* exited $code, want $want:" >&2
    cat "$tmp/out" >&2
    exit 1
  fi
  echo "pre-commit run $* -> $code"
  sed 's/^/    /' "$tmp/out"
}

echo "installing the hooks from $(git rev-parse --short "$rev") into $PRE_COMMIT_HOME (target $CARGO_TARGET_DIR)"
install_start=$SECONDS
(cd "$plans" && "$py" -m pre_commit install-hooks >"$tmp/out" 2>&1) || {
  cat "$tmp/out" >&2
  echo "test-pre-commit: pre-commit could not install the hooks of $rev" >&2
  exit 1
}
echo "installed in $((SECONDS - install_start)) s"

hook 0 tovholder-check --all-files
grep -q 'tjekkede 2 filer: 0 fejl, 1 advarsel' "$tmp/out"  # the plans are Danish
hook 1 tovholder-check-strict --all-files
grep -q 'role-without-owner' "$tmp/out"
git -C "$plans" rm --quiet -f plans/nordby.yaml
hook 0 --all-files
printf 'phases: [\n' >"$plans/plans/broken.yaml"
git -C "$plans" add plans/broken.yaml
hook 1 tovholder-check --all-files
grep -q 'broken.yaml' "$tmp/out"
# No YAML file and no tovholder.toml among the files: the hooks are skipped.
hook 0 --files README.md
grep -q 'Skipped' "$tmp/out"
# The hook's tovholder is the one pre-commit installed, in its own virtualenv.
found=$(find "$PRE_COMMIT_HOME" -path '*/bin/tovholder' -type f | head -n 1)
[ -n "$found" ] || { echo "test-pre-commit: no tovholder in $PRE_COMMIT_HOME" >&2; exit 1; }
echo "hook environment's binary: ${found#"$tmp"/}; $("$found" --version)"
echo "test-pre-commit: passed in $((SECONDS - start)) s"
