package org.consolida.inventory;

/** Traffic between two workloads, in Mbit/s. Which links it uses follows from where the plan puts its two ends. */
public record Flow(Workload from, Workload to, double mbps) {
    public Flow {
        Checks.present("from", from);
        Checks.present("to", to);
        Checks.nonNegative("mbps", mbps);
        if (from.id().equals(to.id())) {
            throw new IllegalArgumentException("a flow needs two different workloads, both ends are " + from.id());
        }
    }
}
