#!/usr/bin/env bash
# The test command (scripts/test.sh) once more, in `git archive HEAD` unpacked into a
# fresh temporary folder outside the checkout: no `.git`, no untracked or ignored files,
# nothing beside it (no sibling folders). It fails when a test reaches outside the project
# or needs something that is not committed. Called by .ci/run; arguments go on to
# scripts/test.sh (e.g. `-p tovholder --test sarif_schema` for a narrow run).
# It tests HEAD (or the commit or tree in TOVHOLDER_ARCHIVE_REV), not uncommitted
# changes.
#
# It builds in its own target folder, target/archive (kept between runs, so only the
# workspace crates are compiled again), never in the checkout's: cargo names a path
# crate's build by its place in the workspace, not by its folder, and judges it fresh by
# file times. `git archive` gives every file the commit's time, older than the
# checkout's build, so in a shared target folder cargo would reuse the checkout's test
# binaries (with the checkout's CARGO_MANIFEST_DIR baked in) and test nothing; and the
# archive's build would in turn pass for fresh in the checkout, hiding uncommitted
# edits. For the same reason the files are unpacked with the current time (`tar -m`):
# every run compiles the workspace crates from the archive.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  echo "test-from-archive: $(pwd) is not a git checkout; nothing to archive" >&2
  exit 1
fi
checkout=$(pwd)
rev="${TOVHOLDER_ARCHIVE_REV:-HEAD}"
# A fixed folder per checkout (do not run two of these from one checkout at once).
tmp="${TMPDIR:-/tmp}/tovholder-archive-$(printf '%s' "$checkout" | cksum | cut -d' ' -f1)"
rm -rf "$tmp"
trap 'rm -rf "$tmp"' EXIT
# One level down, so that `../` of the unpacked tree is our own otherwise empty folder.
mkdir -p "$tmp/tovholder"
git archive --format=tar "$rev" | tar -x -m -C "$tmp/tovholder"
echo "testing $(git rev-parse --short "$rev") unpacked in $tmp/tovholder"
cd "$tmp/tovholder"
CARGO_TARGET_DIR="${TOVHOLDER_ARCHIVE_TARGET_DIR:-$checkout/target/archive}" scripts/test.sh "$@"
