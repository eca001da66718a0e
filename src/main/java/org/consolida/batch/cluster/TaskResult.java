package org.consolida.batch.cluster;

import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a member sends back for one scenario: the files the plan wrote (plan.json and the reports) with its exit code;
 * or the error that stopped it; or word that the member is leaving and the scenario must go elsewhere.
 *
 * @param member     the member that ran it, as host:port
 * @param planMillis how long the member spent on it, to tell the cluster's overhead from the planning
 */
record TaskResult(String scenario, Outcome outcome, int exitCode, String error, TreeMap<String, byte[]> files,
                  String member, long planMillis) implements Serializable {
    private static final long serialVersionUID = 1L;

    enum Outcome { PLANNED, FAILED, ABANDONED }

    static TaskResult planned(String scenario, int exitCode, Map<String, byte[]> files, String member, long millis) {
        return new TaskResult(scenario, Outcome.PLANNED, exitCode, "", new TreeMap<>(files), member, millis);
    }

    static TaskResult failed(String scenario, String error, String member, long millis) {
        return new TaskResult(scenario, Outcome.FAILED, -1, error, new TreeMap<>(), member, millis);
    }

    static TaskResult abandoned(String scenario, String member, long millis) {
        return new TaskResult(scenario, Outcome.ABANDONED, -1, "", new TreeMap<>(), member, millis);
    }
}
