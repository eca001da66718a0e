package org.consolida.rules;

import org.consolida.inventory.Host;
import org.consolida.inventory.Restriction;
import org.consolida.inventory.Workload;
import org.kie.api.runtime.rule.RuleContext;

/** What a policy rule's consequence calls to forbid a placement, with the firing rule's {@code @id} as the cause. */
public final class Restrictions {
    private Restrictions() {
    }

    /** {@code insert(Restrictions.forbid(drools, $workload, $host, "why"))}: the workload may not run on the host. */
    public static Restriction forbid(RuleContext drools, Workload workload, Host host, String reason) {
        return new Restriction(ruleId(drools), workload, host, reason);
    }

    /**
     * {@code insert(Restrictions.forbid(drools, $workload, $class, "why"))}: the workload may run on no host of the
     * class. Prefer it at scale: one fact per class instead of one per host.
     */
    public static ClassRestriction forbid(RuleContext drools, Workload workload, HostClass hostClass, String reason) {
        return new ClassRestriction(ruleId(drools), workload, hostClass, reason);
    }

    private static String ruleId(RuleContext drools) {
        return RuleMetadata.text(drools.getRule().getMetaData().get(RuleMetadata.ID));
    }
}
