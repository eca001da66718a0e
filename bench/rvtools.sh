#!/usr/bin/env bash
# Import time of a generated 10,000-VM RVTools export (vInfo with 79 columns, vHost, vCPU, vMemory).
# Usage: bench/rvtools.sh [VMS] [RUNS]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$here/consolida" --version >/dev/null
exec java ${CONSOLIDA_JAVA_OPTS:--Xmx2g} -cp "$here/target/consolida.jar" org.consolida.bench.RvToolsBench "$@"
