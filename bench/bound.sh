#!/usr/bin/env bash
# Times the lower bound (LP relaxation) without and with the shipped policy rules on generated inventories.
# Usage: bench/bound.sh [HOSTS WORKLOADS SEED ...] [--no-rules]   (default: 10000 100000 99, the 100k plan's estate)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
cp="$(bench/classpath.sh)"
exec java ${CONSOLIDA_JAVA_OPTS:--Xmx8g} -cp "$cp" org.consolida.bench.BoundBench "$@"
