#!/usr/bin/env bash
# ROADEF/EURO 2012 machine reassignment: bench/roadef.sh [SECONDS] [DIR]
# Solves set A (datasets/roadef2012) and, when DIR holds them, set B, SECONDS each (default 300, the challenge's
# limit), and prints per instance the original, our and the best published cost with the challenge's score term.
# One instance at a time: the search runs two threads (two cores). Search variants for tuning:
# BENCH_OPTS="-Droadef.big=0.5 -Droadef.threads=2 -Droadef.round=10 -Droadef.shake=0 -Droadef.count=1000".
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
seconds="${1:-300}"
dir="${2:-}"
cp="$("$root/bench/classpath.sh")"
cd "$root"
exec java ${CONSOLIDA_JAVA_OPTS:--Xmx6g} ${BENCH_OPTS:-} -cp "$cp" \
  org.consolida.bench.RoadefBench "$seconds" "$root/datasets/roadef2012" ${dir:+"$dir"}
