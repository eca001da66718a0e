#!/usr/bin/env bash
# Times the simulated runtime: one day (288 steps) of 10,000 workloads, and the failure and evacuation analysis of
# every active host of a 1,000-host estate. Arguments: [hosts] [workloads] [repetitions].
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cp="$("$here/bench/classpath.sh")"
exec java ${CONSOLIDA_JAVA_OPTS:--Xmx4g} -cp "$cp" org.consolida.bench.SimulateBench "$@"
