package org.consolida.rules;

import java.util.Objects;

import org.consolida.inventory.Flow;
import org.consolida.inventory.Host;
import org.consolida.inventory.HostModel;
import org.consolida.inventory.Hypervisor;
import org.consolida.inventory.Rack;
import org.consolida.inventory.Site;
import org.consolida.inventory.Workload;
import org.kie.api.runtime.rule.RuleContext;

/**
 * What a review rule says about a plan: which rule, how much it matters, in which category, about what
 * ({@code subject}, e.g. {@code host h12} or {@code cluster prod-a}), what is wrong and what to do about it.
 */
public record Finding(String ruleId, Severity severity, String category, String subject, String message,
                      String recommendation) {
    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(subject, "subject");
        message = message == null ? "" : message;
        recommendation = recommendation == null ? "" : recommendation;
    }

    /**
     * A finding of the rule that is firing: id, severity and category come from its {@code @id}, {@code @severity} and
     * {@code @category} metadata, so a rule states them once. Call it from a rule's consequence as
     * {@code insert(Finding.of(drools, $host, "…", "…"))}.
     *
     * @param subject what the finding is about: an inventory entity, a plan fact, or a text
     */
    public static Finding of(RuleContext drools, Object subject, String message, String recommendation) {
        RuleMetadata metadata = RuleMetadata.of(drools.getRule());
        return new Finding(metadata.id(), metadata.severity(), metadata.category(), describe(subject), message,
                recommendation);
    }

    /** A subject as people read it: its kind, then its id. */
    static String describe(Object subject) {
        if (subject instanceof Subject s) {
            return s.subject();
        } else if (subject instanceof Host h) {
            return "host " + h.id();
        } else if (subject instanceof Workload w) {
            return "workload " + w.id();
        } else if (subject instanceof Rack r) {
            return "rack " + r.id();
        } else if (subject instanceof Site s) {
            return "site " + s.id();
        } else if (subject instanceof Hypervisor h) {
            return "hypervisor " + h.id();
        } else if (subject instanceof HostModel m) {
            return "model " + m.id();
        } else if (subject instanceof Flow f) {
            return "flow " + f.from().id() + " → " + f.to().id();
        }
        return String.valueOf(subject);
    }

    @Override
    public String toString() {
        return severity + " " + ruleId + " [" + category + "] " + subject + ": " + message
                + (recommendation.isEmpty() ? "" : " → " + recommendation);
    }
}
