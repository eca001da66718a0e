#!/usr/bin/env bash
# Fuzzes each reader of user files for SECONDS (default 60) with Jazzer and prints executions and coverage per target.
# Findings (any exception but InvalidInputException) are written by Jazzer into
# src/test/resources/org/consolida/fuzz/ReaderFuzzTestInputs/<target>/crash-* and then replay in every build; the
# inputs the fuzzer found interesting go to .cifuzz-corpus/ (not committed).
# Usage: bench/fuzz.sh [SECONDS] [TARGET...]   targets: nativeWorkbook jsonInventory rvToolsWorkbook rvToolsCsvZip batchManifest
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
seconds="${1:-60}"
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(nativeWorkbook jsonInventory rvToolsWorkbook rvToolsCsvZip batchManifest)
logs="$here/target/fuzz"
mkdir -p "$logs"
cd "$here"
# FUZZ_SKIP_COMPILE=1: the classes are compiled already (several fuzz.sh running side by side on one tree).
if [ "${FUZZ_SKIP_COMPILE:-0}" != 1 ]; then
  mvn -B -q -ntp -o test-compile >/dev/null 2>&1 || mvn -B -q -ntp test-compile || exit 3
fi
echo "load before: $(uptime)"
printf '%-16s %8s %12s %10s %8s %8s  %s\n' target seconds executions exec/s cov ft result
status=0
for target in "${targets[@]}"; do
  log="$logs/$target.log"
  start=$(date +%s)
  JAZZER_FUZZ=1 mvn -B -ntp -o surefire:test -Dtest="ReaderFuzzTest#$target" -Dsurefire.failIfNoSpecifiedTests=false \
      -Djazzer.hooks=true -Djazzer.instrument='org.consolida.**,org.apache.commons.csv.**,com.fasterxml.jackson.core.**' \
      -Djazzer.internal.arg.0=fuzz -Djazzer.internal.arg.1=-max_total_time="$seconds" \
      -Djazzer.internal.arg.2=-print_final_stats=1 >"$log" 2>&1
  code=$?
  elapsed=$(( $(date +%s) - start ))
  runs=$(grep -oE 'Done [0-9]+ runs' "$log" | tail -1 | grep -oE '[0-9]+')
  [ -z "$runs" ] && runs=$(grep -oE 'stat::number_of_executed_units: *[0-9]+' "$log" | tail -1 | grep -oE '[0-9]+$')
  cov=$(grep -oE 'cov: [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+')
  ft=$(grep -oE 'ft: [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+')
  rate=$(grep -oE 'exec/s: [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+')
  if [ $code -eq 0 ]; then result="no finding"; else result="FINDING (see $log)"; status=1; fi
  printf '%-16s %8s %12s %10s %8s %8s  %s\n' "$target" "$elapsed" "${runs:-?}" "${rate:-?}" "${cov:-?}" "${ft:-?}" "$result"
done
echo "load after: $(uptime)"
exit $status
