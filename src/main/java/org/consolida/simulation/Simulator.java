package org.consolida.simulation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.consolida.inventory.Host;
import org.consolida.inventory.HostState;
import org.consolida.inventory.Inventory;
import org.consolida.inventory.Workload;

/**
 * The simulated runtime of a plan: replays today's placement ({@code before}) and the plan ({@code after}) over the
 * horizon, then each single-host failure and each maintenance evacuation at the plan's peak step.
 */
public final class Simulator {
    private final Inventory inventory;
    private final SimulationSettings settings;
    private final Layout layout;
    private final RuntimeModel model;

    public Simulator(Inventory inventory, DemandShares shares, SimulationSettings settings) {
        this.inventory = inventory;
        this.settings = settings;
        this.layout = new Layout(inventory, settings);
        this.model = new RuntimeModel(layout, shares, settings);
    }

    /** Simulates with the inventory's demand profiles and the default settings. */
    public static SimulationResult simulate(Inventory inventory, Map<Workload, Host> plan) {
        SimulationSettings settings = SimulationSettings.defaults();
        return new Simulator(inventory, DemandShares.profiles(inventory, settings), settings).run(plan);
    }

    /** Every scenario for a plan; a workload absent from {@code plan} is unplaced. */
    public SimulationResult run(Map<Workload, Host> plan) {
        int[] before = placement(today(), RuntimeModel.EXCLUDED);
        int[] after = placement(plan, RuntimeModel.UNPLACED);
        long newcomers = inventory.workloads().stream().filter(w -> w.currentHost() == null).count();
        List<CaseResult> scenarios = new ArrayList<>();
        // Today a host that is on draws idle power even when it runs nothing (as the planner counts "before").
        boolean[] onToday = new boolean[layout.hostCount];
        for (int h = 0; h < onToday.length; h++) {
            onToday[h] = layout.hosts.get(h).state() == HostState.ON;
        }
        Outcome today = model.run(before, 0, settings.steps(), onToday);
        scenarios.add(Summary.of("before", "day", today, inventory.policy().throughputTarget(), true, null,
                newcomers == 0 ? null : newcomers + " workloads have no current host and are left out of before"));
        long unplaced = Arrays.stream(after).filter(h -> h == RuntimeModel.UNPLACED).count();
        scenarios.add(day("after", after, unplaced == 0 ? null : unplaced + " workloads are unplaced in the plan"));
        int peak = peakStep(after);
        if (settings.hostScenarios()) {
            scenarios.addAll(new HostCases(model, inventory.policy().throughputTarget(), settings)
                    .evaluate(after, peak, timeOfDay(peak)));
        }
        return new SimulationResult(settings.horizonHours(), settings.stepMinutes(), model.shares().description(),
                peak, timeOfDay(peak), scenarios, SimulationResult.ASSUMPTIONS);
    }

    /** One placement over every step; a workload absent from the map is unplaced. */
    public CaseResult scenario(String name, Map<Workload, Host> placement) {
        return day(name, placement(placement, RuntimeModel.UNPLACED), null);
    }

    /**
     * The failure and evacuation cases of a plan, evaluated incrementally (as {@link #run} does) or, as the reference
     * for tests, each by a full replay of the peak step.
     */
    List<CaseResult> hostCases(Map<Workload, Host> plan, boolean incremental) {
        int[] after = placement(plan, RuntimeModel.UNPLACED);
        int peak = peakStep(after);
        HostCases cases = new HostCases(model, inventory.policy().throughputTarget(), settings);
        return incremental ? cases.evaluate(after, peak, timeOfDay(peak)) : cases.replay(after, peak, timeOfDay(peak));
    }

    private Map<Workload, Host> today() {
        return Inventory.placedToday(inventory.workloads());
    }

    private int[] placement(Map<Workload, Host> plan, int absent) {
        int[] hostOf = new int[layout.workloadCount];
        for (int w = 0; w < hostOf.length; w++) {
            Host host = plan.get(layout.workloads.get(w));
            if (host == null) {
                hostOf[w] = absent;
                continue;
            }
            Integer index = layout.hostIndex.get(host.id());
            if (index == null) {
                throw new IllegalArgumentException("workload " + layout.workloads.get(w).id() + " is placed on host "
                        + host.id() + ", which is not in the inventory");
            }
            hostOf[w] = index;
        }
        return hostOf;
    }

    private CaseResult day(String name, int[] hostOf, String note) {
        Outcome outcome = model.run(hostOf, 0, settings.steps());
        return Summary.of(name, "day", outcome, inventory.policy().throughputTarget(), true, null, note);
    }

    /** The step with the highest total CPU demand of the placed workloads (the first such step on ties). */
    int peakStep(int[] hostOf) {
        double[] total = new double[settings.steps()];
        DemandShares shares = model.shares();
        for (int w = 0; w < hostOf.length; w++) {
            if (hostOf[w] < 0) {
                continue;
            }
            double[] row = shares.row(w);
            double ghz = layout.workloadGhz[w];
            for (int t = 0; t < total.length; t++) {
                total[t] += ghz * row[t];
            }
        }
        int peak = 0;
        for (int t = 1; t < total.length; t++) {
            if (total[t] > total[peak]) {
                peak = t;
            }
        }
        return peak;
    }

    private String timeOfDay(int step) {
        int minutes = (step * settings.stepMinutes()) % (24 * 60);
        return String.format("%02d:%02d", minutes / 60, minutes % 60);
    }
}
