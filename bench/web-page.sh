#!/usr/bin/env bash
# Page load of the Spokes lab from localhost in Debian's chromium: time from navigation start to
# the network drawn (the page's own mark), with a fresh browser profile (cold cache) each time,
# and reloads in one profile (warm). Usage: bench/web-page.sh [LOADS]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/web-lab-server.sh"
trap stop_lab EXIT
machine
node "$root/spokes-web/src/test/browser/page-load.mjs" "$BASE" "${1:-10}"
