package org.consolida.io;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

import org.consolida.inventory.Host;
import org.consolida.inventory.HostState;
import org.consolida.inventory.Inventory;
import org.consolida.inventory.Workload;

/**
 * What an inventory holds, in a few figures: counts, hosts by model and hypervisor, workloads by kind, demand against
 * the capacity of the hosts that are on, and today's power draw from each host's power curve at its current CPU load.
 * {@code validate} prints it, and {@code plan} until the planner lands. Serialises to JSON as is (Jackson, records).
 */
public record InventorySummary(String inventory, int sites, int racks, int hosts, int workloads, int flows,
                               int unplacedWorkloads, Map<String, Integer> hostsByModel,
                               Map<String, Integer> hostsByHypervisor, Map<String, Integer> hostsByState,
                               Map<String, Integer> workloadsByKind, List<Resource> resources, double powerWatts) {

    /** Demand of every workload against the capacity of the hosts that are on, before over-commit. */
    public record Resource(String name, String unit, double demand, double capacity) {
        public double demandPercent() {
            return capacity == 0 ? 0 : 100 * demand / capacity;
        }
    }

    public static InventorySummary of(Inventory inventory) {
        List<Host> on = inventory.hosts().stream().filter(h -> h.state() == HostState.ON).toList();
        List<Workload> workloads = inventory.workloads();
        List<Resource> resources = List.of(
                new Resource("cpu", "GHz", sum(workloads, Workload::cpuGhz), sum(on, h -> h.model().cpuGhz())),
                new Resource("memory", "GiB", sum(workloads, Workload::memoryGib), sum(on, h -> h.model().memoryGib())),
                new Resource("storage", "GiB", sum(workloads, Workload::storageGib),
                        sum(on, h -> h.model().storageGib())));
        return new InventorySummary(inventory.name(), inventory.sites().size(), inventory.racks().size(),
                inventory.hosts().size(), workloads.size(), inventory.flows().size(),
                (int) workloads.stream().filter(w -> w.currentHost() == null).count(),
                count(inventory.hosts(), h -> h.model().id()), count(inventory.hosts(), h -> h.hypervisor().id()),
                count(inventory.hosts(), h -> EnumText.of(h.state())), count(workloads, w -> EnumText.of(w.kind())),
                resources, powerWattsToday(inventory));
    }

    /**
     * Wall power today: each host that is not off draws its power curve at the CPU load its current workloads put on
     * it (demand over capacity, clamped to 100 %); a host that is off draws nothing.
     */
    public static double powerWattsToday(Inventory inventory) {
        double watts = 0;
        for (Host host : inventory.hosts()) {
            if (host.state() == HostState.OFF) {
                continue;
            }
            double demand = sum(inventory.workloadsOn(host), Workload::cpuGhz);
            watts += host.model().powerCurve().wattsAt(demand / host.model().cpuGhz());
        }
        return watts;
    }

    public String toText() {
        StringBuilder text = new StringBuilder();
        text.append("Inventory ").append(inventory).append('\n')
                .append(String.format("  %d sites, %d racks, %d hosts, %d workloads (%d not placed), %d flows%n",
                        sites, racks, hosts, workloads, unplacedWorkloads, flows));
        line(text, "hosts by model", hostsByModel);
        line(text, "hosts by hypervisor", hostsByHypervisor);
        line(text, "hosts by state", hostsByState);
        line(text, "workloads by kind", workloadsByKind);
        text.append("  demand against the capacity of the hosts that are on:\n");
        for (Resource r : resources) {
            text.append(String.format("    %-8s %,12.1f of %,12.1f %-3s (%.0f %%)%n", r.name(), r.demand(),
                    r.capacity(), r.unit(), r.demandPercent()));
        }
        text.append(String.format("  power today: %,.0f W%n", powerWatts));
        return text.toString();
    }

    private static void line(StringBuilder text, String label, Map<String, Integer> counts) {
        text.append("  ").append(label).append(": ");
        StringBuilder items = new StringBuilder();
        counts.forEach((k, v) -> items.append(items.length() == 0 ? "" : ", ").append(k).append(' ').append(v));
        text.append(items.length() == 0 ? "none" : items).append('\n');
    }

    private static <T> double sum(List<T> items, ToDoubleFunction<T> value) {
        return items.stream().mapToDouble(value).sum();
    }

    private static <T> Map<String, Integer> count(List<T> items, Function<T, String> key) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        items.forEach(item -> counts.merge(key.apply(item), 1, Integer::sum));
        return counts;
    }
}
