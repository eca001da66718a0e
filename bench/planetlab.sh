#!/usr/bin/env bash
# The PlanetLab day of 2011-03-03 on CloudSim's 800-host estate: one static plan from the traces, the day simulated,
# beside CloudSim 3.0.3's figures, under CloudSim's assumptions and under Consolida's. Usage: bench/planetlab.sh
# [SECONDS per plan, default 60] [SEED, default 1]. Four plans: about four times SECONDS plus a minute.
set -euo pipefail
cd "$(dirname "$0")/.."
cp="$(bench/classpath.sh)"
exec java ${CONSOLIDA_JAVA_OPTS:--Xmx6g} -cp "$cp" org.consolida.bench.PlanetLabBench "$@"
