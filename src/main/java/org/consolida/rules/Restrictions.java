package org.consolida.rules;

import java.util.Collection;

import org.consolida.inventory.Host;
import org.consolida.inventory.Restriction;
import org.consolida.inventory.Workload;
import org.kie.api.runtime.rule.RuleContext;

/**
 * What a policy rule's consequence calls to forbid a placement, with the firing rule's {@code @id} as the cause. The
 * verdict is recorded for the planner as it is made: {@code Restrictions.forbid(drools, …);} is the whole consequence.
 * Wrapping it in {@code insert(…)} also works (rules written so before still load), and puts the verdict in working
 * memory, where other rules can match it; at 100,000 workloads millions of such facts cost seconds and gigabytes, so
 * the shipped rules do not.
 */
public final class Restrictions {
    /** The session environment's entry holding the policy session's {@link PolicyRestrictions.Collector}. */
    static final String COLLECTOR = "org.consolida.rules.PolicyRestrictions.Collector";

    private Restrictions() {
    }

    /** {@code Restrictions.forbid(drools, $workload, $host, "why");}: the workload may not run on the host. */
    public static Restriction forbid(RuleContext drools, Workload workload, Host host, String reason) {
        PolicyRestrictions.Collector collector = collector(drools);
        Restriction restriction = new Restriction(ruleId(drools, collector), workload, host, reason);
        if (collector != null) {
            collector.add(restriction);
        }
        return restriction;
    }

    /**
     * {@code Restrictions.forbid(drools, $workload, $class, "why");}: the workload may run on no host of the class.
     * Prefer it at scale: one verdict per class instead of one per host.
     */
    public static ClassRestriction forbid(RuleContext drools, Workload workload, HostClass hostClass, String reason) {
        PolicyRestrictions.Collector collector = collector(drools);
        ClassRestriction restriction = new ClassRestriction(ruleId(drools, collector), workload, hostClass, reason);
        if (collector != null) {
            collector.add(restriction);
        }
        return restriction;
    }

    /**
     * {@code Restrictions.forbid(drools, $workload, $classes, "why");}: the workload may run on no host of any of the
     * classes ({@code $classes : List( size > 0 ) from collect( HostClass( … ) )}). One firing for all the classes
     * instead of one per class: a rule that fires millions of times spends its time and memory in Drools' matches.
     * Recorded only; there is nothing to {@code insert}.
     */
    public static void forbid(RuleContext drools, Workload workload, Collection<?> hostClasses, String reason) {
        for (Object hostClass : hostClasses) {
            if (!(hostClass instanceof HostClass c)) {
                throw new IllegalArgumentException("forbid(drools, workload, classes, reason) takes HostClass facts, "
                        + "not " + (hostClass == null ? "null" : hostClass.getClass().getSimpleName()));
            }
            forbid(drools, workload, c, reason);
        }
    }

    /** The policy session's collector; none in a session that is not a policy run (a review rule calling forbid). */
    private static PolicyRestrictions.Collector collector(RuleContext drools) {
        return drools.getKieRuntime().getEnvironment().get(COLLECTOR) instanceof PolicyRestrictions.Collector c
                ? c : null;
    }

    private static String ruleId(RuleContext drools, PolicyRestrictions.Collector collector) {
        return collector != null ? collector.ruleId(drools.getRule())
                : RuleMetadata.text(drools.getRule().getMetaData().get(RuleMetadata.ID));
    }
}
