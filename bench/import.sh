#!/usr/bin/env bash
# Generates a 100,000-workload inventory, writes it as .xlsx and .json, and imports each in a child JVM with -Xmx2g:
# prints the time of each step, the import's peak heap and the heap the inventory retains.
# Options (passed on): --hosts N --workloads M --seed S --xmx 2g --out DIR
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$here/consolida" --version >/dev/null
cd "$here"
exec java -Xmx4g -cp "$here/target/consolida.jar" org.consolida.bench.ImportBench "$@"
