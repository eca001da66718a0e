#!/usr/bin/env bash
# Batch beyond one machine: wall clock of a batch (default: the what-if example) in-process, 2 scenarios at once, and
# on a two-member loopback cluster (this JVM and a worker JVM, 1 at once each), and the overhead per task.
# Arguments: [MANIFEST]. Prints the load before and after: the machine is shared, compare the ratio.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
cp="$(bench/classpath.sh)"
echo "before: $(uptime)"
java ${CONSOLIDA_JAVA_OPTS:--Xmx3g} --add-opens java.base/java.lang=ALL-UNNAMED --add-opens java.base/sun.nio.ch=ALL-UNNAMED \
  -cp "$cp" org.consolida.bench.BatchBench "$@"
echo "after: $(uptime)"
