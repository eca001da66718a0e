#!/usr/bin/env bash
# Times writing plan.xlsx, report.html and plan.json for a synthetic plan (default 1,000 hosts, 10,000 workloads),
# prints each file's size, and renders report.html in headless Chromium when it is installed.
# Usage: bench/reports.sh [hosts] [workloads] [runs]
#   bench/reports.sh                   the 10,000-workload budget: all three reports in < 10 s
#   bench/reports.sh 10000 100000 1    the 100,000-workload page: <= 10 MB and it renders
set -euo pipefail
cd "$(dirname "$0")/.."
cp="$(bench/classpath.sh)"
exec java ${CONSOLIDA_JAVA_OPTS:--Xmx8g} -cp "$cp" org.consolida.bench.ReportsBench "$@"
