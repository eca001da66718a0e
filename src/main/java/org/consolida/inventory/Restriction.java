package org.consolida.inventory;

/**
 * A placement the policy rules forbid: {@code workload} may not run on {@code host}. Policy rules produce them before
 * the search ("must run on one of these" becomes one restriction per other host); the planner enforces them as a hard
 * constraint. {@code ruleId} and {@code reason} say why, for explanations.
 */
public record Restriction(String ruleId, Workload workload, Host host, String reason) {
    public Restriction {
        ruleId = Checks.id("rule id", ruleId);
        Checks.present("workload", workload);
        Checks.present("host", host);
        reason = reason == null ? "" : reason;
    }

    @Override
    public int hashCode() {
        return 31 * workload.id().hashCode() + host.id().hashCode();
    }
}
