package org.consolida.rules;

import java.util.ArrayList;
import java.util.List;

import org.consolida.inventory.Inventory;
import org.consolida.inventory.Restriction;

/**
 * Runs the policy rules on an inventory, before the search. The facts are the inventory's entities, its Policy and its
 * {@link HostClass}es; the rules call {@link Restrictions#forbid} for a forbidden (workload, host) pair
 * ({@link Restriction}) or a workload forbidden on every host of a class ({@link ClassRestriction}), which the planner
 * enforces as a hard constraint.
 */
public final class PolicyRules {
    private PolicyRules() {
    }

    /** Everything the policy rules forbid, compactly, with per-pair queries for the planner. */
    public static PolicyRestrictions apply(RuleBase rules, Inventory inventory) {
        // Facts are derived here, so a fault of ours is not mistaken for a fault of the rules on the session's thread.
        List<Object> facts = new ArrayList<>(Facts.inventory(inventory));
        facts.addAll(HostClass.of(inventory));
        // The rules' verdicts go straight to the collector (Restrictions.forbid finds it in the session's
        // environment); only those a rule also inserted as facts are read back from working memory.
        PolicyRestrictions.Collector collector = new PolicyRestrictions.Collector(inventory);
        return RuleSession.run(rules, Phase.POLICY, session -> {
            session.getEnvironment().set(Restrictions.COLLECTOR, collector);
            facts.forEach(session::insert);
        }, session -> {
            collector.addInserted(session.getObjects(
                    fact -> fact instanceof Restriction || fact instanceof ClassRestriction));
            return collector.build();
        }).orElseGet(() -> PolicyRestrictions.of(inventory, List.of()));
    }

    /**
     * The placements the policy rules forbid, one per (workload, host) pair: where several rules forbid the same pair
     * the rule with the smallest id gives the reason. Ordered as the inventory lists workloads, then hosts; the list
     * makes its records as it is read (see {@link PolicyRestrictions#asList()}).
     */
    public static List<Restriction> restrictions(RuleBase rules, Inventory inventory) {
        return apply(rules, inventory).asList();
    }
}
