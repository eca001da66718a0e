#!/usr/bin/env bash
# Times the rules: building the rule base, the policy restrictions of a 10,000-workload / 1,000-host inventory and the
# review of a first-fit plan of it. Usage: bench/rules.sh [RULES_DIR] [HOSTS] [WORKLOADS] [REPEATS]
# or bench/rules.sh RULES_DIR INVENTORY.xlsx [REPEATS]: the policy rules on that inventory, the review rules on its
# current placement (CONSOLIDA_JAVA_OPTS=-Xmx8g for 100,000 workloads).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cp="$("$here/bench/classpath.sh")"
cd "$here"
exec java ${CONSOLIDA_JAVA_OPTS:--Xmx4g} -cp "$cp" org.consolida.bench.RulesBench "$@"
