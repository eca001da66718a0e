package org.consolida.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.consolida.inventory.Host;
import org.consolida.inventory.Inventory;
import org.consolida.inventory.Restriction;
import org.consolida.inventory.Workload;
import org.kie.api.runtime.KieSession;

/**
 * Runs the policy rules on an inventory, before the search. The facts are the inventory's entities, its Policy and its
 * {@link HostClass}es; the rules insert {@link Restriction}s (a forbidden (workload, host) pair) or
 * {@link ClassRestriction}s (a workload forbidden on every host of a class), which the planner gets as pairs and
 * enforces as a hard constraint.
 */
public final class PolicyRules {
    private PolicyRules() {
    }

    /**
     * The placements the policy rules forbid, one per (workload, host) pair: where several rules forbid the same pair
     * the rule with the smallest id gives the reason. Ordered as the inventory lists workloads, then hosts.
     */
    public static List<Restriction> restrictions(RuleBase rules, Inventory inventory) {
        List<Object> inserted = new ArrayList<>();
        rules.newSession(Phase.POLICY).ifPresent(session -> {
            try {
                Facts.inventory(inventory).forEach(session::insert);
                HostClass.of(inventory).forEach(session::insert);
                session.fireAllRules();
                collect(session, inserted);
            } finally {
                session.dispose();
            }
        });
        return pairs(inventory, inserted);
    }

    private static void collect(KieSession session, List<Object> into) {
        into.addAll(session.getObjects(fact -> fact instanceof Restriction || fact instanceof ClassRestriction));
    }

    /**
     * Expands class restrictions to pairs and keeps the first rule per pair. Pairs are packed into longs
     * (workload index, host index, rank of the inserted fact) and sorted: millions of pairs cost a sort of a long array
     * rather than millions of map entries.
     */
    private static List<Restriction> pairs(Inventory inventory, List<Object> inserted) {
        List<Workload> workloads = inventory.workloads();
        List<Host> hosts = inventory.hosts();
        Map<String, Integer> workloadIndex = indexOf(workloads.stream().map(Workload::id).toList());
        Map<String, Integer> hostIndex = indexOf(hosts.stream().map(Host::id).toList());
        inserted.sort(Comparator.comparing(PolicyRules::ruleIdOf));
        long ranks = Math.max(1, inserted.size());
        long hostCount = hosts.size();
        long[] codes = new long[Math.toIntExact(expandedSize(inserted))];
        int n = 0;
        for (int rank = 0; rank < inserted.size(); rank++) {
            Object fact = inserted.get(rank);
            Integer w = workloadIndex.get(workloadOf(fact).id());
            if (w == null) {
                continue;
            }
            for (Host host : hostsOf(fact)) {
                Integer h = hostIndex.get(host.id());
                if (h != null) {
                    codes[n++] = (w * hostCount + h) * ranks + rank;
                }
            }
        }
        Arrays.sort(codes, 0, n);
        List<Restriction> restrictions = new ArrayList<>();
        long previousPair = -1;
        for (int i = 0; i < n; i++) {
            long pair = codes[i] / ranks;
            if (pair == previousPair) {
                continue;
            }
            previousPair = pair;
            Object fact = inserted.get((int) (codes[i] % ranks));
            Host host = hosts.get((int) (pair % hostCount));
            restrictions.add(fact instanceof Restriction r ? r
                    : new Restriction(ruleIdOf(fact), workloads.get((int) (pair / hostCount)), host,
                            ((ClassRestriction) fact).reason()));
        }
        return List.copyOf(restrictions);
    }

    private static long expandedSize(List<Object> inserted) {
        long size = 0;
        for (Object fact : inserted) {
            size += hostsOf(fact).size();
        }
        return size;
    }

    private static String ruleIdOf(Object fact) {
        return fact instanceof Restriction r ? r.ruleId() : ((ClassRestriction) fact).ruleId();
    }

    private static Workload workloadOf(Object fact) {
        return fact instanceof Restriction r ? r.workload() : ((ClassRestriction) fact).workload();
    }

    private static List<Host> hostsOf(Object fact) {
        return fact instanceof Restriction r ? List.of(r.host()) : ((ClassRestriction) fact).hostClass().hosts();
    }

    private static Map<String, Integer> indexOf(List<String> ids) {
        Map<String, Integer> index = new HashMap<>(ids.size() * 2);
        for (int i = 0; i < ids.size(); i++) {
            index.put(ids.get(i), i);
        }
        return index;
    }
}
