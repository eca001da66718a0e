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
        return new Restriction(RuleMetadata.text(drools.getRule().getMetaData().get(RuleMetadata.ID)), workload, host,
                reason);
    }
}
