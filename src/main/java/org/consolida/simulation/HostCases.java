package org.consolida.simulation;

import java.util.ArrayList;
import java.util.List;

import org.consolida.inventory.WorkloadKind;

/**
 * The single-host scenarios of a plan: {@code failure:<host>} (its workloads restart elsewhere by first fit; what
 * cannot restart is lost) and {@code evacuate:<host>} (its workloads leave by pre-copy live migration, one after
 * another). Both are evaluated at the plan's peak step only, so that a thousand hosts take seconds, not hours.
 */
final class HostCases {
    private static final double MBIT_PER_MIB = LiveMigration.BITS_PER_MIB / 1e6;

    private final RuntimeModel model;
    private final Layout layout;
    private final double target;
    private final SimulationSettings settings;
    private final boolean allowCold;

    HostCases(RuntimeModel model, double target, SimulationSettings settings) {
        this.model = model;
        this.layout = model.layout();
        this.allowCold = layout.inventory.policy().allowColdMigration();
        this.target = target;
        this.settings = settings;
    }

    List<CaseResult> evaluate(int[] plan, int peakStep, String peakTime) {
        Relocation relocation = new Relocation(layout, plan);
        List<CaseResult> results = new ArrayList<>();
        String where = "evaluated at the peak step " + peakStep + " (" + peakTime + ") only";
        for (int h = 0; h < layout.hostCount; h++) {
            if (relocation.active(h)) {
                results.add(failure(relocation, plan, h, peakStep, where));
            }
        }
        for (int h = 0; h < layout.hostCount; h++) {
            if (relocation.active(h)) {
                results.add(evacuation(relocation, plan, h, peakStep, where));
            }
        }
        return results;
    }

    private CaseResult failure(Relocation relocation, int[] plan, int host, int peakStep, String where) {
        int[] placement = plan.clone();
        List<Integer> restarted = relocation.relocate(placement, relocation.workloadsOn(plan, host), host, false);
        long lost = countOn(plan, host) - restarted.size();
        Outcome outcome = model.run(placement, peakStep, peakStep + 1);
        return Summary.of("failure:" + layout.hosts.get(host).id(), "peak step", outcome, target, false, null,
                where + "; " + restarted.size() + " workloads restarted by first fit on the running hosts, " + lost
                        + " could not restart");
    }

    private CaseResult evacuation(Relocation relocation, int[] plan, int host, int peakStep, String where) {
        int[] placement = plan.clone();
        List<Integer> leaving = relocation.workloadsOn(plan, host);
        List<Integer> moved = relocation.relocate(placement, leaving, host, true);
        double duration = 0;
        double maxDowntime = 0;
        double transferred = 0;
        int migrated = 0;
        for (int w : moved) {
            double mbps = relocation.migrationMbps(host, placement[w], settings.migrationLinkShare());
            if (mbps <= 0) {
                placement[w] = RuntimeModel.UNPLACED; // no bandwidth on the path: it cannot move live
                continue;
            }
            double demandGhz = layout.workloadGhz[w] * model.shares().share(w, peakStep);
            double dirtyMbps = settings.dirtyMibPerSecPerGhz() * demandGhz * MBIT_PER_MIB;
            LiveMigration migration = LiveMigration.preCopy(layout.workloadMemoryGib[w], mbps, dirtyMbps, settings);
            duration += migration.durationSeconds();
            maxDowntime = Math.max(maxDowntime, migration.downtimeSeconds());
            transferred += migration.transferredGib();
            migrated++;
        }
        // What cannot move live restarts elsewhere when it may: containers are rescheduled, not migrated, and a VM
        // may be cold-migrated when the policy allows it.
        List<Integer> cold = new ArrayList<>();
        for (int w : leaving) {
            boolean container = layout.workloads.get(w).kind() == WorkloadKind.CONTAINER;
            if (placement[w] == RuntimeModel.UNPLACED && (allowCold || container)) {
                cold.add(w);
            }
        }
        int restarted = cold.isEmpty() ? 0 : relocation.relocate(placement, cold, host, false).size();
        long stranded = countOn(plan, host) - migrated - restarted;
        Outcome outcome = model.run(placement, peakStep, peakStep + 1);
        return Summary.of("evacuate:" + layout.hosts.get(host).id(), "peak step", outcome, target, false,
                new CaseResult.Evacuation(migrated, restarted, duration, maxDowntime, transferred),
                where + "; " + migrated + " workloads live-migrated one after another, " + restarted
                        + " restarted elsewhere (containers, or cold migration where the policy allows it), " + stranded
                        + " shut down for the maintenance");
    }

    private static long countOn(int[] placement, int host) {
        long count = 0;
        for (int h : placement) {
            count += h == host ? 1 : 0;
        }
        return count;
    }
}
