#!/usr/bin/env bash
# Placement benchmark: demo, medium and a generated 1,000-host / 10,000-workload inventory at the default time
# limit, under both objectives (plan/bound per objective). Usage:
#   bench/plan.sh [SECONDS] [demo|medium|large|huge ...] [--objective cost|energy|both] [--rules] [--seed N]
# --seed N: seeded search stopped after a fixed number of moves (20,000 per second), independent of the load.
# The move mix can be set with CONSOLIDA_JAVA_OPTS="-Dconsolida.search.evacuate=W ..." (docs/planning.md, Solving).
# `huge` (issue 13: 10,000 hosts, 100,000 workloads, generate --seed 99; decomposed, per-part moves/s printed) runs
# only when named, e.g. CONSOLIDA_JAVA_OPTS=-Xmx8g bench/plan.sh 120 huge --rules
set -euo pipefail
cd "$(dirname "$0")/.."
cp="$(bench/classpath.sh)"
exec java ${CONSOLIDA_JAVA_OPTS:--Xmx6g} -cp "$cp" org.consolida.bench.PlanBench "$@"
