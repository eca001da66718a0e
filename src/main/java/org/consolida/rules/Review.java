package org.consolida.rules;

import java.util.List;

/** What the review rules said about a plan: their findings, and the right-sizing suggestions among them. */
public record Review(List<Finding> findings, List<RightSizing> rightSizings) {
    public Review {
        findings = List.copyOf(findings);
        rightSizings = List.copyOf(rightSizings);
    }

    /** vCPUs the suggestions would free in all. */
    public int vcpusFreed() {
        return rightSizings.stream().mapToInt(RightSizing::vcpusFreed).sum();
    }

    /** Memory the suggestions would free in all. */
    public double memoryGibFreed() {
        return rightSizings.stream().mapToDouble(RightSizing::memoryGibFreed).sum();
    }
}
