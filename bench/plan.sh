#!/usr/bin/env bash
# Placement benchmark: demo, medium and a generated 1,000-host / 10,000-workload inventory at the default time
# limit, under both objectives (plan/bound per objective). Usage:
#   bench/plan.sh [SECONDS] [demo|medium|large ...] [--objective cost|energy|both] [--rules]
set -euo pipefail
cd "$(dirname "$0")/.."
cp="$(bench/classpath.sh)"
exec java ${CONSOLIDA_JAVA_OPTS:--Xmx6g} -cp "$cp" org.consolida.bench.PlanBench "$@"
