package org.consolida.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.consolida.inventory.Host;
import org.consolida.inventory.Inventory;
import org.consolida.inventory.Workload;
import org.kie.api.runtime.ClassObjectFilter;

/**
 * Runs the review rules on a finished plan: the facts are the inventory's entities and Policy, and the plan facts
 * derived from the placement ({@link PlannedHost}, {@link PlannedWorkload}, {@link PlannedRack},
 * {@link PlannedCluster}, {@link PlannedGroup}, {@link FlowPath}, {@link Move}); the rules insert {@link Finding}s.
 */
public final class ReviewRules {
    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity).reversed()
            .thenComparing(Finding::ruleId).thenComparing(Finding::subject).thenComparing(Finding::message);

    private ReviewRules() {
    }

    /**
     * The findings of the review rules on a plan, most severe first, then by rule id and subject.
     *
     * @param plan the planned host of each workload (a workload absent or mapped to null is unplaced); today's
     *             placement is {@code workload -> workload.currentHost()}
     */
    public static List<Finding> findings(RuleBase rules, Inventory inventory, Map<Workload, Host> plan) {
        List<Object> facts = new ArrayList<>(Facts.inventory(inventory));
        facts.addAll(PlanFacts.derive(inventory, plan));
        List<Finding> findings = new ArrayList<>(RuleSession.run(rules, Phase.REVIEW,
                session -> facts.forEach(session::insert), session -> {
            List<Finding> found = new ArrayList<>();
            for (Object fact : session.getObjects(new ClassObjectFilter(Finding.class))) {
                found.add((Finding) fact);
            }
            return found;
        }).orElse(List.of()));
        findings.sort(ORDER);
        return List.copyOf(findings);
    }
}
