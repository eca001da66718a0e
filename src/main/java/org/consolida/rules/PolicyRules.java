package org.consolida.rules;

import java.util.ArrayList;
import java.util.List;

import org.consolida.inventory.Inventory;
import org.consolida.inventory.Restriction;

/**
 * Runs the policy rules on an inventory, before the search. The facts are the inventory's entities, its Policy and its
 * {@link HostClass}es; the rules insert {@link Restriction}s (a forbidden (workload, host) pair) or
 * {@link ClassRestriction}s (a workload forbidden on every host of a class), which the planner enforces as a hard
 * constraint.
 */
public final class PolicyRules {
    private PolicyRules() {
    }

    /** Everything the policy rules forbid, compactly, with per-pair queries for the planner. */
    public static PolicyRestrictions apply(RuleBase rules, Inventory inventory) {
        // Facts are derived here, so a fault of ours is not mistaken for a fault of the rules on the session's thread.
        List<Object> facts = new ArrayList<>(Facts.inventory(inventory));
        facts.addAll(HostClass.of(inventory));
        List<Object> inserted = RuleSession.run(rules, Phase.POLICY, session -> facts.forEach(session::insert),
                session -> new ArrayList<Object>(session.getObjects(
                        fact -> fact instanceof Restriction || fact instanceof ClassRestriction)))
                .orElse(new ArrayList<>());
        return PolicyRestrictions.of(inventory, inserted);
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
