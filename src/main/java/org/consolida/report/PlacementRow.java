package org.consolida.report;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Where one workload runs today and in the plan; {@code reason} names the constraints that shaped the choice. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlacementRow(String workload, String kind, String from, String to, boolean moved, String reason) {
}
