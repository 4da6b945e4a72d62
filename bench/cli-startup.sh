#!/usr/bin/env bash
# Whole-process start-up of the command-line jar, with and without its class-data-sharing archive
# (made as the launcher makes it), for `crisis` and `--version`, interleaved over the jar folders
# given (default: spokes-cli/target, built by ./spokes). To compare two builds, copy each build's
# spokes*.jar into its own folder and pass both: bench/cli-startup.sh /tmp/before /tmp/after.
# Prints one line per run (folder, archive, command, wall s, user+sys s), then medians.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs="${RUNS:-10}"
[ $# -eq 0 ] && { ./spokes --version >/dev/null; set -- spokes-cli/target; }
for d in "$@"; do   # an archive per folder, as the launcher makes it: one training run, then -Xshare:dump
  train="$(mktemp -d)"
  java -Djava.awt.headless=true -XX:DumpLoadedClassList="$train/classes.lst" \
    -jar "$d/spokes.jar" report scenarios/toy-triangle.yaml --out "$train/report" >/dev/null 2>&1
  rm -f "$d/bench-static.jsa"
  java -Xshare:dump -XX:SharedClassListFile="$train/classes.lst" -XX:SharedArchiveFile="$d/bench-static.jsa" \
    -Xlog:cds=off -Xlog:cds+dynamic=off -cp "$d/spokes.jar" >/dev/null 2>&1
  rm -rf "$train"
  echo "$d: spokes.jar $(stat -c %s "$d/spokes.jar") bytes; $(ls "$d" | grep -c '^spokes.*\.jar$') jars" >&2
done
crisis=(crisis scenarios/korea-2023.yaml --challenger PRK --target KOR)
log="$(mktemp)"
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1); $(date -u '+%Y-%m-%d %H:%M UTC'); load: $(cut -d' ' -f1-3 /proc/loadavg)"
for _ in $(seq "$runs"); do
  for d in "$@"; do
    for cds in archive plain; do
      share=()
      [ "$cds" = archive ] && share=(-XX:SharedArchiveFile="$d/bench-static.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off)
      for cmd in crisis version; do
        args=(--version)
        [ "$cmd" = crisis ] && args=("${crisis[@]}")
        t="$( { /usr/bin/time -f "%e %U %S" java -Djava.awt.headless=true "${share[@]}" -jar "$d/spokes.jar" "${args[@]}" >/dev/null; } 2>&1 | tail -1)"
        echo "$d $cds $cmd $(awk '{printf "%.2f %.2f", $1, $2 + $3}' <<<"$t")" | tee -a "$log"
      done
    done
  done
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "medians (folder, archive, command, wall s, user+sys s):"
sort -k1,1 -k2,2 -k3,3 "$log" | awk '{k=$1" "$2" "$3; w[k]=w[k]" "$4; c[k]=c[k]" "$5} END {for (k in w) print k, w[k], "|", c[k]}' |
  while read -r line; do
    key="$(cut -d' ' -f1-3 <<<"$line")"
    walls="$(cut -d'|' -f1 <<<"$line" | cut -d' ' -f4-)"; cpus="$(cut -d'|' -f2 <<<"$line")"
    med() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
    echo "$key $(med <<<"$walls") $(med <<<"$cpus")"
  done | sort
rm -f "$log"
