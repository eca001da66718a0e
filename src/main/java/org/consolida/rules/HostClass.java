package org.consolida.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.consolida.inventory.Host;
import org.consolida.inventory.HostModel;
import org.consolida.inventory.Hypervisor;
import org.consolida.inventory.Inventory;
import org.consolida.inventory.MachineModel;

/**
 * The hosts that look alike to a policy rule: one model, one hypervisor. A thousand hosts make a few dozen classes, so a policy rule that matches classes instead of hosts fires once per (workload, class) and
 * records one {@link ClassRestriction} instead of one {@link org.consolida.inventory.Restriction} per host; policy
 * facts only.
 */
public record HostClass(String id, HostModel model, Hypervisor hypervisor, List<Host> hosts, Set<String> hostIds,
                        Set<String> liveMigrationTargets) implements Subject {

    /**
     * @param liveMigrationTargets the ids of the classes a workload running here can migrate to live, asked of the
     *                             machine model once per pair of classes when the classes are made: POL-004 asks
     *                             {@link #canMigrateLiveTo} once per workload and class, millions of times at 100,000
     *                             workloads
     */
    public HostClass {
        hosts = List.copyOf(hosts);
        hostIds = Set.copyOf(hostIds);
        liveMigrationTargets = Set.copyOf(liveMigrationTargets);
    }

    /** The classes of an inventory's hosts, in the order their first host appears. */
    static List<HostClass> of(Inventory inventory) {
        Map<String, List<Host>> byKey = new LinkedHashMap<>();
        for (Host host : inventory.hosts()) {
            // Model and hypervisor only: rules about a host's state, rack or site match Host instead.
            String key = host.model().id() + "/" + host.hypervisor().id();
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(host);
        }
        List<HostClass> classes = new ArrayList<>(byKey.size());
        byKey.forEach((key, hosts) -> {
            Host from = hosts.get(0);
            Set<String> targets = byKey.entrySet().stream()
                    .filter(to -> MachineModel.canMigrateLive(from.hypervisor(), from.model(),
                            to.getValue().get(0).hypervisor(), to.getValue().get(0).model()))
                    .map(Map.Entry::getKey).collect(Collectors.toSet());
            classes.add(new HostClass(key, from.model(), from.hypervisor(), hosts,
                    hosts.stream().map(Host::id).collect(Collectors.toSet()), targets));
        });
        return classes;
    }

    /** Whether a host belongs to this class; {@code hostIds contains $workload.currentHost.id} says the same in DRL. */
    public boolean contains(Host host) {
        return host != null && hostIds.contains(host.id());
    }

    /**
     * Whether a workload running on a host of this class can move live to a host of {@code other}: the machine
     * model's one answer ({@code MachineModel.canMigrateLive}, asked when the classes were made), which policy rule
     * POL-004 calls.
     */
    public boolean canMigrateLiveTo(HostClass other) {
        return liveMigrationTargets.contains(other.id);
    }

    public int size() {
        return hosts.size();
    }

    @Override
    public String subject() {
        return "host class " + id;
    }

    // Hash and compare by id: the host list is long and equal ids mean equal classes within one inventory.
    @Override
    public boolean equals(Object o) {
        return o instanceof HostClass other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
