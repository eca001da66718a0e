#!/usr/bin/env bash
# Plans generated 300-host × 3,000-workload inventories whose seeds nobody chose: seed i is the first 8 hex digits of
# sha256("<salt>-<i>") read as a number (salt "consolida-issue-12" by default), so anyone can recompute the list.
# Each is planned as a new user would: `plan --time-limit 30s --seed 7` with the shipped rules. Prints every seed, its
# exit code (0: the plan holds, including the simulated throughput target) and the plan's verdicts.
# Usage: bench/seeds.sh [COUNT] [SALT] [FIRST]   (seeds FIRST … FIRST+COUNT-1; FIRST defaults to 1)
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
./consolida --version >/dev/null || exit 3
count="${1:-10}"
salt="${2:-consolida-issue-12}"
first="${3:-1}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
echo "Ten-seed run on $(hostname) at $(date -u +%FT%TZ); load: $(cut -d' ' -f1-3 /proc/loadavg); salt $salt"
failed=0
for i in $(seq "$first" $((first + count - 1))); do
  seed=$((16#$(printf '%s-%d' "$salt" "$i" | sha256sum | cut -c1-8)))
  file="$work/generated-$seed.xlsx"
  ./consolida generate --hosts 300 --workloads 3000 --seed "$seed" "$file" >/dev/null 2>&1 || { echo "seed $seed: generate failed"; failed=1; continue; }
  start=$(date +%s)
  ./consolida plan "$file" --out "$work/plan-$seed" --time-limit 30s --seed 7 --quiet >"$work/out-$seed.txt" 2>&1
  code=$?
  [ "$code" -eq 0 ] || failed=1
  verdict=$(grep -E '^Throughput:' "$work/out-$seed.txt" | head -1)
  feasible=$(grep -oE '\((feasible|NOT feasible)\)' "$work/out-$seed.txt" | head -1)
  gap=$(jq -r '.comparison.gap // "-"' "$work/plan-$seed/plan.json" 2>/dev/null)
  echo "seed $seed: exit $code in $(( $(date +%s) - start )) s; $feasible; $verdict; $gap"
done
exit "$failed"
