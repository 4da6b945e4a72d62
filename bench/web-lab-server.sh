#!/usr/bin/env bash
# Shared by bench/web-*.sh: builds the lab, starts `serve` on a free 127.0.0.1 port with a fresh data
# directory, and sets BASE (its address) and LAB_PID. Stop it with stop_lab.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
(cd "$root" && mvn -q -B -pl spokes-web -am compile dependency:build-classpath -Dmdep.outputFile="$work/cp.txt") >/dev/null
java -cp "$root/spokes-web/target/classes:$(cat "$work/cp.txt")" io.spokes.web.cli.ServeCommand \
  --port 0 --scenarios "$root/scenarios" --data-dir "$work/data" >"$work/serve.log" 2>&1 &
LAB_PID=$!
for _ in $(seq 1 100); do
  BASE="$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$work/serve.log" 2>/dev/null || true)"
  [ -n "$BASE" ] && break
  sleep 0.2
done
[ -n "$BASE" ] || { cat "$work/serve.log" >&2; kill "$LAB_PID"; exit 1; }
stop_lab() { kill "$LAB_PID" 2>/dev/null || true; wait "$LAB_PID" 2>/dev/null || true; rm -rf "$work"; }
machine() {
  echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GiB;" \
    "$(java -version 2>&1 | head -1); $(date -u +%Y-%m-%d)"
}
