package org.consolida.roadef;

/**
 * The challenge's verdict on one solution: its five weighted cost terms, and the first hard constraint it breaks
 * ({@code violation}, empty when feasible).
 */
public record Evaluation(long loadCost, long balanceCost, long processMoveCost, long serviceMoveCost,
                         long machineMoveCost, String violation) {
    public Evaluation {
        violation = violation == null ? "" : violation;
    }

    public boolean feasible() {
        return violation.isEmpty();
    }

    /** The objective: the sum of the five terms. */
    public long total() {
        return loadCost + balanceCost + processMoveCost + serviceMoveCost + machineMoveCost;
    }

    /** One term per line, then the total, as {@code roadef-check} prints them. */
    public String toText() {
        StringBuilder text = new StringBuilder();
        if (!feasible()) {
            text.append("infeasible: ").append(violation).append('\n');
        }
        text.append(String.format("load cost          %,20d%n", loadCost));
        text.append(String.format("balance cost       %,20d%n", balanceCost));
        text.append(String.format("process move cost  %,20d%n", processMoveCost));
        text.append(String.format("service move cost  %,20d%n", serviceMoveCost));
        text.append(String.format("machine move cost  %,20d%n", machineMoveCost));
        text.append(String.format("total              %,20d%n", total()));
        return text.toString();
    }
}
