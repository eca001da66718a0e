package org.consolida.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.consolida.inventory.Host;
import org.consolida.inventory.HostModel;
import org.consolida.inventory.HostState;
import org.consolida.inventory.Inventory;
import org.consolida.inventory.Policy;
import org.consolida.inventory.Problem;
import org.consolida.inventory.Workload;

/** Warnings about today's placement: they do not stop a run, but a user should know before trusting the figures. */
final class TodaysPlacement {
    private TodaysPlacement() {
    }

    /** Hosts over capacity (after over-commit) and workloads on hosts that are off or in maintenance. */
    static List<Problem> warnings(String file, Inventory inventory, Map<String, String> hostLocations) {
        List<Problem> problems = new ArrayList<>();
        Policy policy = inventory.policy();
        for (Host host : inventory.hosts()) {
            List<Workload> on = inventory.workloadsOn(host);
            if (on.isEmpty()) {
                continue;
            }
            String where = hostLocations.get(host.id());
            if (host.state() != HostState.ON) {
                problems.add(Problem.warning(file, where, "host \"" + host.id() + "\" is "
                        + EnumText.of(host.state()) + " but " + on.size() + " workload" + (on.size() == 1 ? "" : "s")
                        + " run on it today (first: " + on.get(0).id() + ")"));
            }
            double cpu = on.stream().mapToDouble(Workload::cpuGhz).sum();
            double memory = on.stream().mapToDouble(Workload::memoryGib).sum();
            double storage = on.stream().mapToDouble(Workload::storageGib).sum();
            HostModel model = host.model();
            over(problems, file, where, host, "CPU", cpu, model.cpuGhz() * policy.cpuOvercommit(), "GHz");
            over(problems, file, where, host, "memory", memory, model.memoryGib() * policy.memoryOvercommit(), "GiB");
            over(problems, file, where, host, "storage", storage, model.storageGib(), "GiB");
        }
        return problems;
    }

    private static void over(List<Problem> problems, String file, String where, Host host, String resource,
                             double used, double capacity, String unit) {
        if (used > capacity + 1e-9) {
            problems.add(Problem.warning(file, where, "host \"" + host.id() + "\" is over its " + resource
                    + " capacity today: " + round(used) + " " + unit + " demanded, " + round(capacity) + " " + unit
                    + " available"));
        }
    }

    /** One decimal, without passing through a long (a sum of absurd figures must not wrap round). */
    private static String round(double value) {
        return Numbers.text(new java.math.BigDecimal(value).setScale(1, java.math.RoundingMode.HALF_UP).doubleValue());
    }
}
