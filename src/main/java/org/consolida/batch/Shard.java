package org.consolida.batch;

import java.util.List;
import java.util.Map;

/**
 * One shard of a batch run as a job array: shard {@code index} of {@code count}, counted from 1 as in
 * {@code --shard 1/2}. The scenarios, sorted by name, are dealt out in turn: the k-th (from 0) goes to shard
 * {@code k mod count + 1}. Every shard computes the same split from the same manifest without talking to the others,
 * the manifest's order does not matter, and no two shards differ by more than one scenario.
 */
public record Shard(int index, int count) {
    /** Set by a Kubernetes Indexed Job in each pod: the pod's index, counted from 0. */
    public static final String INDEX_VARIABLE = "JOB_COMPLETION_INDEX";

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("shard " + index + "/" + count + " does not exist");
        }
    }

    /**
     * Reads {@code I/N}, or {@code N} alone with I taken from {@link #INDEX_VARIABLE} (0-based, so I = index + 1).
     *
     * @throws IllegalArgumentException saying what is wrong and how to write it
     */
    public static Shard parse(String text, Map<String, String> environment) {
        String value = text.strip();
        int slash = value.indexOf('/');
        if (slash < 0) {
            int count = number(value, "the number of shards", 1);
            String variable = environment.get(INDEX_VARIABLE);
            if (variable == null || variable.isBlank()) {
                throw new IllegalArgumentException("\"" + text + "\" gives no shard index: write --shard I/" + count
                        + " (I from 1 to " + count + "), or set " + INDEX_VARIABLE + " (from 0, as a Kubernetes"
                        + " Indexed Job does)");
            }
            int index;
            try {
                index = Integer.parseInt(variable.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(INDEX_VARIABLE + "=\"" + variable + "\" is not a whole number");
            }
            if (index < 0 || index >= count) {
                throw new IllegalArgumentException(INDEX_VARIABLE + "=" + index + " is not an index of " + count
                        + " shards (0 to " + (count - 1) + ")");
            }
            return new Shard(index + 1, count);
        }
        int index = number(value.substring(0, slash), "the shard index I", 0);
        int count = number(value.substring(slash + 1), "the number of shards N", 1);
        if (index < 1 || index > count) {
            throw new IllegalArgumentException("\"" + text + "\": shard I of N counts from 1, so I is 1 to " + count
                    + (index == 0 ? " (only " + INDEX_VARIABLE + " counts from 0)" : ""));
        }
        return new Shard(index, count);
    }

    private static int number(String text, String what, int min) {
        int value;
        try {
            value = Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("\"" + text + "\" is not a whole number (" + what + "); write I/N, such"
                    + " as 1/4");
        }
        if (value < min) {
            throw new IllegalArgumentException(what + " must be at least " + min + ", was " + value);
        }
        return value;
    }

    /** This shard's scenarios, in the manifest's order. */
    public List<Scenario> select(List<Scenario> scenarios) {
        List<String> names = scenarios.stream().map(Scenario::name).sorted().toList();
        return scenarios.stream().filter(s -> names.indexOf(s.name()) % count == index - 1).toList();
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
