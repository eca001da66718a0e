package org.consolida.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.consolida.inventory.Inventory;
import org.consolida.inventory.Restriction;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;

/**
 * Runs the policy rules on an inventory, before the search: the facts are the inventory's entities and its Policy; the
 * rules insert {@link Restriction}s, forbidden (workload, host) pairs the planner enforces as a hard constraint.
 */
public final class PolicyRules {
    private PolicyRules() {
    }

    /**
     * The placements the policy rules forbid, one per (workload, host) pair: where several rules forbid the same pair
     * the first rule (in rule-id order) gives the reason. Ordered as the inventory lists workloads, then hosts.
     */
    public static List<Restriction> restrictions(RuleBase rules, Inventory inventory) {
        List<Restriction> inserted = new ArrayList<>();
        rules.newSession(Phase.POLICY).ifPresent(session -> {
            try {
                Facts.inventory(inventory).forEach(session::insert);
                session.fireAllRules();
                collect(session, inserted);
            } finally {
                session.dispose();
            }
        });
        return ordered(inventory, inserted);
    }

    private static void collect(KieSession session, List<Restriction> into) {
        for (Object fact : session.getObjects(new ClassObjectFilter(Restriction.class))) {
            into.add((Restriction) fact);
        }
    }

    private static List<Restriction> ordered(Inventory inventory, List<Restriction> restrictions) {
        Map<String, Integer> workloadIndex = indexOf(inventory.workloads().stream().map(w -> w.id()).toList());
        Map<String, Integer> hostIndex = indexOf(inventory.hosts().stream().map(h -> h.id()).toList());
        restrictions.sort(Comparator.<Restriction>comparingInt(r -> workloadIndex.getOrDefault(r.workload().id(), -1))
                .thenComparingInt(r -> hostIndex.getOrDefault(r.host().id(), -1))
                .thenComparing(Restriction::ruleId));
        Map<String, Restriction> unique = new LinkedHashMap<>();
        for (Restriction restriction : restrictions) {
            unique.putIfAbsent(restriction.workload().id() + '\u0000' + restriction.host().id(), restriction);
        }
        return List.copyOf(unique.values());
    }

    private static Map<String, Integer> indexOf(List<String> ids) {
        Map<String, Integer> index = new HashMap<>(ids.size() * 2);
        for (int i = 0; i < ids.size(); i++) {
            index.put(ids.get(i), i);
        }
        return index;
    }
}
