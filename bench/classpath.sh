#!/usr/bin/env bash
# Prints the class path of the benchmarks: the product jar and the bench jar (org.consolida.bench lives in
# src/bench/java and is packaged apart, not in target/consolida.jar). Builds both when missing or older than the sources.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bench_jar() { ls "$root"/target/consolida-*-bench.jar 2>/dev/null | head -n 1; }
jar="$(bench_jar)"
if [ -z "$jar" ] || [ -n "$(find "$root/src/bench" "$root/src/main" "$root/pom.xml" -newer "$jar" -print -quit 2>/dev/null)" ]; then
  echo "bench: building the jars (first run, or sources changed)..." >&2
  (cd "$root" && mvn -B -q -ntp -DskipTests package >&2) || { echo "bench: build failed" >&2; exit 3; }
  jar="$(bench_jar)"
fi
echo "$root/target/consolida.jar:$jar"
