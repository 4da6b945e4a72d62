#!/usr/bin/env bash
# Screenshots of each view of the Spokes lab for the docs (docs/images/lab-*.png), taken by the
# browser test itself (LabBrowserTest, Debian chromium via playwright-core) so they show what CI checks.
# Needs what .ci/run installs: chromium, node, and `npm ci --prefix spokes-web/src/test/browser`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mkdir -p docs/images
mvn -q -B -pl spokes-web -am test -Dtest=LabBrowserTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dspokes.screenshots="$PWD/docs/images"
rm -f docs/images/failure-*.png
ls -l docs/images/lab-*.png
