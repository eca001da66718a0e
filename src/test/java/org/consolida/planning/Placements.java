package org.consolida.planning;

/** Test helpers to look up a problem's hosts and workloads by id and put workloads on hosts. */
final class Placements {
    private Placements() {
    }

    static PlannedHost host(PlacementSolution solution, String id) {
        return solution.getHosts().stream().filter(h -> h.id().equals(id)).findFirst().orElseThrow();
    }

    static Placement placement(PlacementSolution solution, String id) {
        return solution.getPlacements().stream().filter(p -> p.getId().equals(id)).findFirst().orElseThrow();
    }

    /** Places workload ids on host ids, given as pairs: "a", "h1", "b", "h2", … */
    static PlacementSolution place(PlacementSolution solution, String... workloadHostPairs) {
        for (int i = 0; i < workloadHostPairs.length; i += 2) {
            placement(solution, workloadHostPairs[i]).setHost(host(solution, workloadHostPairs[i + 1]));
        }
        return solution;
    }
}
