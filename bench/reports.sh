#!/usr/bin/env bash
# Times writing plan.xlsx, report.html and plan.json for a synthetic plan (default 1,000 hosts, 10,000 workloads).
# Usage: bench/reports.sh [hosts] [workloads] [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
./consolida --version >/dev/null
exec java -cp target/consolida.jar org.consolida.bench.ReportsBench "$@"
