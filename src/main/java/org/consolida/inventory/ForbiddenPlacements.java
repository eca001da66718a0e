package org.consolida.inventory;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The placements the policy rules forbid, looked up pair by pair. A fleet of 1,000 hosts and 10,000 workloads can have
 * millions of forbidden pairs, so the planner reads them as one bit set per workload rather than as objects.
 */
public interface ForbiddenPlacements {
    /** The restriction that forbids {@code workload} on {@code host}, with its rule and reason; empty when allowed. */
    Optional<Restriction> restriction(Workload workload, Host host);

    /**
     * The hosts {@code workload} may not run on, as indexes into {@code Inventory.hosts()}; empty when none. The caller
     * must not change the set.
     */
    BitSet forbiddenHostIndexes(Workload workload);

    /** The number of forbidden (workload, host) pairs. */
    long size();

    /** No restriction at all. */
    static ForbiddenPlacements none() {
        return of(null, List.of());
    }

    /** Restrictions listed one by one, for tests and small inventories; pairs on hosts not in the inventory are ignored. */
    static ForbiddenPlacements of(Inventory inventory, List<Restriction> restrictions) {
        Map<String, Integer> hostIndex = new HashMap<>();
        if (inventory != null) {
            List<Host> hosts = inventory.hosts();
            for (int i = 0; i < hosts.size(); i++) {
                hostIndex.put(hosts.get(i).id(), i);
            }
        }
        Map<String, BitSet> forbidden = new HashMap<>();
        Map<String, Restriction> byPair = new HashMap<>();
        for (Restriction restriction : restrictions) {
            Integer index = hostIndex.get(restriction.host().id());
            if (index != null && byPair.putIfAbsent(restriction.workload().id() + "\u0000" + restriction.host().id(),
                    restriction) == null) {
                forbidden.computeIfAbsent(restriction.workload().id(), k -> new BitSet()).set(index);
            }
        }
        long size = byPair.size();
        return new ForbiddenPlacements() {
            @Override
            public Optional<Restriction> restriction(Workload workload, Host host) {
                return Optional.ofNullable(byPair.get(workload.id() + "\u0000" + host.id()));
            }

            @Override
            public BitSet forbiddenHostIndexes(Workload workload) {
                return forbidden.getOrDefault(workload.id(), new BitSet());
            }

            @Override
            public long size() {
                return size;
            }
        };
    }
}
