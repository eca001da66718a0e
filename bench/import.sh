#!/usr/bin/env bash
# Generates a 100,000-workload inventory, writes it as .xlsx and .json, and imports each in a child JVM with -Xmx2g:
# prints the time of each step, the import's peak heap and the heap the inventory retains.
# Options (passed on): --hosts N --workloads M --seed S --xmx 2g --out DIR
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cp="$("$here/bench/classpath.sh")"
cd "$here"
exec java -Xmx4g -cp "$cp" org.consolida.bench.ImportBench "$@"
