#!/usr/bin/env bash
# The test command (scripts/test.sh) once more, in `git archive HEAD` unpacked into a
# fresh temporary folder outside the checkout: no `.git`, no untracked or ignored files,
# nothing beside it (no `../shared`). It fails when a test reaches outside the project
# or needs something that is not committed. Called by .ci/run; arguments go on to
# scripts/test.sh (e.g. `-p tovholder --test sarif_schema` for a narrow run).
# It tests HEAD (or the commit or tree in TOVHOLDER_ARCHIVE_REV), not uncommitted
# changes. The build reuses the checkout's target folder.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  echo "test-from-archive: $(pwd) is not a git checkout; nothing to archive" >&2
  exit 1
fi
checkout=$(pwd)
rev="${TOVHOLDER_ARCHIVE_REV:-HEAD}"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/tovholder-archive.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
# One level down, so that `../` of the unpacked tree is our own empty folder.
mkdir "$tmp/tovholder"
git archive --format=tar "$rev" | tar -x -C "$tmp/tovholder"
echo "testing $(git rev-parse --short "$rev") unpacked in $tmp/tovholder"
cd "$tmp/tovholder"
CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$checkout/target}" scripts/test.sh "$@"
