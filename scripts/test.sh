#!/usr/bin/env bash
# The test command (README and .ci/run): every test of every crate.
set -euo pipefail
cd "$(dirname "$0")/.."
exec cargo test --workspace --locked "$@"
