#!/usr/bin/env bash
# tovholder's calendars against a real CalDAV server: Radicale on localhost, the
# python caldav client, a plan edited four ways and rendered again into the same
# folder (see tests/caldav_sync.py for what is required).
# Needs: pip install radicale caldav icalendar recurring-ical-events pyyaml
set -euo pipefail
cd "$(dirname "$0")/.."
bin="${TOVHOLDER:-target/release/tovholder}"
if [ -z "${TOVHOLDER:-}" ]; then
  cargo build --release --locked -q -p tovholder
fi
python3 tests/caldav_sync.py "$bin"
