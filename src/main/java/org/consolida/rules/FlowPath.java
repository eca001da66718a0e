package org.consolida.rules;

import org.consolida.inventory.Flow;
import org.consolida.inventory.Host;

/** Where a flow runs under the plan; only flows with both ends placed have one. */
public record FlowPath(Flow flow, Host fromHost, Host toHost, NetworkPath path) implements Subject {

    public double mbps() {
        return flow.mbps();
    }

    @Override
    public String subject() {
        return "flow " + flow.from().id() + " → " + flow.to().id();
    }
}
