package org.consolida.simulation;

import java.util.ArrayList;
import java.util.List;

import org.consolida.inventory.WorkloadKind;

/**
 * The single-host scenarios of a plan: {@code failure:<host>} (its workloads restart elsewhere by first fit; what
 * cannot restart is lost) and {@code evacuate:<host>} (its workloads leave by pre-copy live migration, one after
 * another). Both are evaluated at the plan's peak step only.
 *
 * <p>{@link #evaluate} evaluates the plan's peak step once ({@link PeakStep}) and each case only where it changes it:
 * the host's workloads are found in an index of the plan, relocated by an indexed first fit, and only the hosts, links
 * and workloads they reach are evaluated again. {@link #replay} is the straightforward way, kept as the reference the
 * tests hold the incremental one to: per case a copy of the plan, a first fit that scans the estate, and a full run of
 * the peak step.
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

    /** Every failure case, then every evacuation case, of the hosts the plan runs; each evaluated incrementally. */
    List<CaseResult> evaluate(int[] plan, int peakStep, String peakTime) {
        return cases(plan, peakStep, peakTime, new Incremental(plan, peakStep));
    }

    /** The same cases as {@link #evaluate}, each by a full replay of the peak step: the reference, for tests. */
    List<CaseResult> replay(int[] plan, int peakStep, String peakTime) {
        return cases(plan, peakStep, peakTime, new FullReplay(plan, peakStep));
    }

    private List<CaseResult> cases(int[] plan, int peakStep, String peakTime, Evaluation evaluation) {
        List<CaseResult> results = new ArrayList<>();
        String where = "evaluated at the peak step " + peakStep + " (" + peakTime + ") only";
        Relocation relocation = evaluation.relocation();
        for (int h = 0; h < layout.hostCount; h++) {
            if (relocation.active(h)) {
                results.add(failure(evaluation, h, peakStep, where));
            }
        }
        for (int h = 0; h < layout.hostCount; h++) {
            if (relocation.active(h)) {
                results.add(evacuation(evaluation, h, peakStep, where));
            }
        }
        return results;
    }

    private CaseResult failure(Evaluation evaluation, int host, int peakStep, String where) {
        List<Integer> leaving = evaluation.workloadsOn(host);
        int[] placement = evaluation.begin();
        List<Integer> restarted = evaluation.relocate(placement, leaving, host, leaving, false);
        long lost = leaving.size() - restarted.size();
        CaseResult result = evaluation.result("failure:" + layout.hosts.get(host).id(), placement, host, leaving,
                null, where + "; " + restarted.size() + " workloads restarted by first fit on the running hosts, "
                        + lost + " could not restart");
        evaluation.end(placement, leaving);
        return result;
    }

    private CaseResult evacuation(Evaluation evaluation, int host, int peakStep, String where) {
        List<Integer> leaving = evaluation.workloadsOn(host);
        int[] placement = evaluation.begin();
        List<Integer> moved = evaluation.relocate(placement, leaving, host, leaving, true);
        double duration = 0;
        double maxDowntime = 0;
        double transferred = 0;
        int migrated = 0;
        Relocation relocation = evaluation.relocation();
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
        int restarted = cold.isEmpty() ? 0 : evaluation.relocate(placement, cold, host, leaving, false).size();
        long stranded = leaving.size() - migrated - restarted;
        CaseResult result = evaluation.result("evacuate:" + layout.hosts.get(host).id(), placement, host, leaving,
                new CaseResult.Evacuation(migrated, restarted, duration, maxDowntime, transferred),
                where + "; " + migrated + " workloads live-migrated one after another, " + restarted
                        + " restarted elsewhere (containers, or cold migration where the policy allows it), " + stranded
                        + " shut down for the maintenance");
        evaluation.end(placement, leaving);
        return result;
    }

    /** How a case finds the host's workloads, moves them and evaluates the step it leaves. */
    private interface Evaluation {
        Relocation relocation();

        List<Integer> workloadsOn(int host);

        /** The placement a case starts from: the plan. */
        int[] begin();

        List<Integer> relocate(int[] placement, List<Integer> movers, int host, List<Integer> leaving,
                               boolean liveMigration);

        CaseResult result(String name, int[] placement, int host, List<Integer> leaving,
                          CaseResult.Evacuation evacuation, String note);

        /** Done with a case's placement. */
        void end(int[] placement, List<Integer> leaving);
    }

    /** One placement, the plan, changed by each case and restored after it; the peak step evaluated incrementally. */
    private final class Incremental implements Evaluation {
        private final int[] plan;
        private final int[] placement;
        private final Relocation relocation;
        private final PeakStep peak;

        Incremental(int[] plan, int peakStep) {
            this.plan = plan;
            this.placement = plan.clone();
            this.relocation = new Relocation(layout, plan);
            this.peak = new PeakStep(model, plan, peakStep, target);
        }

        @Override
        public Relocation relocation() {
            return relocation;
        }

        @Override
        public List<Integer> workloadsOn(int host) {
            return relocation.workloadsOn(host);
        }

        @Override
        public int[] begin() {
            return placement;
        }

        @Override
        public List<Integer> relocate(int[] placement, List<Integer> movers, int host, List<Integer> leaving,
                                      boolean liveMigration) {
            return relocation.relocate(placement, movers, host, leaving, liveMigration);
        }

        @Override
        public CaseResult result(String name, int[] placement, int host, List<Integer> leaving,
                                 CaseResult.Evacuation evacuation, String note) {
            return Summary.of(name, "peak step", layout, peak.evaluate(placement, host, leaving), evacuation, note);
        }

        @Override
        public void end(int[] placement, List<Integer> leaving) {
            for (int w : leaving) {
                placement[w] = plan[w];
            }
        }
    }

    /** Per case a copy of the plan, a first fit that scans it, and a full run of the peak step. */
    private final class FullReplay implements Evaluation {
        private final int[] plan;
        private final int peakStep;
        private final Relocation relocation;

        FullReplay(int[] plan, int peakStep) {
            this.plan = plan;
            this.peakStep = peakStep;
            this.relocation = new Relocation(layout, plan);
        }

        @Override
        public Relocation relocation() {
            return relocation;
        }

        @Override
        public List<Integer> workloadsOn(int host) {
            return relocation.workloadsOnByScan(plan, host);
        }

        @Override
        public int[] begin() {
            return plan.clone();
        }

        @Override
        public List<Integer> relocate(int[] placement, List<Integer> movers, int host, List<Integer> leaving,
                                      boolean liveMigration) {
            return relocation.relocateByScan(placement, movers, host, liveMigration);
        }

        @Override
        public CaseResult result(String name, int[] placement, int host, List<Integer> leaving,
                                 CaseResult.Evacuation evacuation, String note) {
            Outcome outcome = model.run(placement, peakStep, peakStep + 1);
            return Summary.of(name, "peak step", outcome, target, false, evacuation, note);
        }

        @Override
        public void end(int[] placement, List<Integer> leaving) {
            // a copy per case: nothing to undo
        }
    }
}
