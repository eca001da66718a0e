package org.consolida.report;

import java.util.List;
import java.util.Locale;

/**
 * What right-sizing would free, summed over the review's suggestions (rule SIZE-001), and the suggestions themselves.
 * Present only when the plan was made from a utilisation history.
 */
public record RightSizingSummary(int workloads, int vcpusFreed, double memoryGibFreed, List<Suggestion> suggestions) {
    /** One workload's suggested size against its configuration. */
    public record Suggestion(String workload, int vcpus, int suggestedVcpus, double memoryGib,
                             double suggestedMemoryGib) {
    }

    public RightSizingSummary {
        suggestions = List.copyOf(suggestions);
    }

    /** In words, for the Summary sheet and the page. */
    public String text() {
        if (workloads == 0) {
            return "no workload is configured well above its measured use";
        }
        return String.format(Locale.ROOT, "right-sizing %d workload%s to their measured use would free %d vCPUs and "
                + "%.1f GiB of memory", workloads, workloads == 1 ? "" : "s", vcpusFreed, memoryGibFreed);
    }
}
