package org.consolida.rules;

import org.consolida.inventory.Workload;

/**
 * A policy rule's verdict on a whole {@link HostClass}: {@code workload} may run on none of its hosts. The policy phase
 * turns it into one {@link org.consolida.inventory.Restriction} per host of the class, for the planner.
 */
public record ClassRestriction(String ruleId, Workload workload, HostClass hostClass, String reason) {
}
