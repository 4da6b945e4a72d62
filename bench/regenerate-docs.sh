#!/bin/sh
# Regenerates every figure and table the documentation takes from the code, then shows what changed:
#   docs/findings.md          the "## Tables" section (io.spokes.bench.Findings on korea-2023)
#   README.md, docs/data.md   the dyad row count and the Asia/Europe network figures (the README's own
#                             `spokes data dyads` and `spokes data network` commands, run on the bundled data)
#   docs/images/centralization-asia-europe.svg   the chart of that network command
# The same tests (bench/src/test/java/io/spokes/bench/docs/*DocTest) fail in `mvn -B test` when the docs
# and the code disagree. Numbers cited in prose that no table generates must be corrected by hand:
# the test says which. Review the diff before committing.
set -eu
cd "$(dirname "$0")/.."
mvn -B -q -pl bench -am test -Dtest='*DocTest' -Dsurefire.failIfNoSpecifiedTests=false -Dspokes.golden.update=true
git status --short -- README.md docs
