#!/usr/bin/env bash
# Writes a 100,000-workload inventory (or $1 workloads), then imports it in a JVM limited to 2 GB of heap.
# Prints write time, read time and the peak heap of the import.
set -euo pipefail
cd "$(dirname "$0")/.."
./consolida --version >/dev/null
workloads="${1:-100000}"
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
java -Xmx3g -cp target/consolida.jar org.consolida.bench.ImportBench write "$dir/bench.xlsx" "$workloads"
java -Xmx2g -cp target/consolida.jar org.consolida.bench.ImportBench read "$dir/bench.xlsx"
java -Xmx3g -cp target/consolida.jar org.consolida.bench.ImportBench write "$dir/bench.json" "$workloads"
java -Xmx2g -cp target/consolida.jar org.consolida.bench.ImportBench read "$dir/bench.json"
