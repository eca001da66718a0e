#!/usr/bin/env bash
# Import time of a generated 10,000-VM RVTools export (vInfo with 79 columns, vHost, vCPU, vMemory).
# Usage: bench/rvtools.sh [VMS] [RUNS]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cp="$("$here/bench/classpath.sh")"
exec java ${CONSOLIDA_JAVA_OPTS:--Xmx2g} -cp "$cp" org.consolida.bench.RvToolsBench "$@"
