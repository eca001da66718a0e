package org.consolida.simulation;

import java.util.Arrays;

/**
 * The time-stepped engine: for one placement, shares each host's CPU among its guests and each link's bandwidth
 * among its flows, step by step, and accumulates delivered and demanded operations, lost operations by cause, host
 * utilisation and energy. Equations in docs/simulation.md. All working arrays are allocated once per model and reused,
 * so a step allocates nothing.
 */
final class RuntimeModel {
    /** Placement value of a workload the scenario leaves out (it is not counted at all). */
    static final int EXCLUDED = -2;
    /** Placement value of a workload with no host: demanded, nothing delivered. */
    static final int UNPLACED = -1;

    /** Water level of a host or link whose members all get what they ask. */
    static final double UNLIMITED = Double.POSITIVE_INFINITY;
    private static final double EPSILON = 1e-9;

    private final Layout layout;
    private final DemandShares shares;
    private final SimulationSettings settings;

    // Per placement.
    private final int[] hostStart;
    private final int[] hostMembers;
    private final double[] grossUp;
    private final double[] vcpuCapGhz;
    private final double[] memoryFactor;
    private final int[] flowPath;
    private final int[] flowPathLength;
    private final int[] linkStart;
    private final int[] linkFlows;
    private final int[] linkOfEntry;

    // Per step.
    private final double[] demandGhz;
    private final double[] rawGhz;
    private final double[] requestGhz;
    private final double[] netShare;
    private final boolean[] workloadSaturated;
    private final boolean[] flowSaturated;
    private final double[] hostLevel;
    private final boolean[] hostOverheadOnly;
    private final double[] flowDemand;
    private final double[] linkLevel;

    // What the last evaluated step added to the outcome, to add again for a step that repeats it.
    private final boolean[] hostDrawn;
    private final double[] hostUtilization;
    private final double[] hostDemandRatio;
    private final double[] hostWattHours;
    private final double[] workloadDemandedOps;
    private final double[] workloadDeliveredOps;
    private final Limit[] workloadLimit;

    RuntimeModel(Layout layout, DemandShares shares, SimulationSettings settings) {
        if (shares.workloadCount() != layout.workloadCount) {
            throw new IllegalArgumentException("demand shares for " + shares.workloadCount() + " workloads, inventory has "
                    + layout.workloadCount);
        }
        this.layout = layout;
        this.shares = shares;
        this.settings = settings;
        int hosts = layout.hostCount;
        int workloads = layout.workloadCount;
        int flows = layout.flowCount;
        hostStart = new int[hosts + 1];
        hostMembers = new int[workloads];
        grossUp = new double[workloads];
        vcpuCapGhz = new double[workloads];
        memoryFactor = new double[hosts];
        flowPath = new int[flows * Layout.MAX_PATH];
        flowPathLength = new int[flows];
        linkStart = new int[layout.linkCount + 1];
        linkFlows = new int[flows * Layout.MAX_PATH];
        linkOfEntry = new int[flows * Layout.MAX_PATH];
        demandGhz = new double[workloads];
        rawGhz = new double[workloads];
        requestGhz = new double[workloads];
        netShare = new double[workloads];
        workloadSaturated = new boolean[workloads];
        flowSaturated = new boolean[flows];
        hostLevel = new double[hosts];
        hostOverheadOnly = new boolean[hosts];
        flowDemand = new double[flows];
        linkLevel = new double[layout.linkCount];
        hostDrawn = new boolean[hosts];
        hostUtilization = new double[hosts];
        hostDemandRatio = new double[hosts];
        hostWattHours = new double[hosts];
        workloadDemandedOps = new double[workloads];
        workloadDeliveredOps = new double[workloads];
        workloadLimit = new Limit[workloads];
    }

    Layout layout() {
        return layout;
    }

    DemandShares shares() {
        return shares;
    }

    SimulationSettings settings() {
        return settings;
    }

    /** Runs steps [{@code firstStep}, {@code endStep}) with workload w on host {@code hostOf[w]}. */
    Outcome run(int[] hostOf, int firstStep, int endStep) {
        return run(hostOf, firstStep, endStep, null);
    }

    /** As {@link #run(int[], int, int)}, with hosts that are on (and draw idle power) even when they run nothing. */
    Outcome run(int[] hostOf, int firstStep, int endStep, boolean[] onWhenEmpty) {
        prepare(hostOf);
        Outcome outcome = new Outcome(layout, hostOf, endStep - firstStep);
        for (int t = firstStep; t < endStep; t++) {
            if (t > firstStep && shares.repeatsPreviousStep(t)) {
                repeat(hostOf, t - firstStep, outcome);
            } else {
                step(hostOf, t, t - firstStep, outcome, onWhenEmpty);
            }
        }
        return outcome;
    }

    /**
     * A step whose demand is the step before's: the same sharing gives the same figures, so the previous step's are
     * added again, in the same order (the sums come out as if it had been evaluated).
     */
    private void repeat(int[] hostOf, int index, Outcome outcome) {
        for (int h = 0; h < layout.hostCount; h++) {
            if (hostDrawn[h]) {
                outcome.addHostStep(h, hostUtilization[h], hostDemandRatio[h], hostWattHours[h], layout.hostPue[h]);
            }
        }
        for (int w = 0; w < layout.workloadCount; w++) {
            if (hostOf[w] != EXCLUDED) {
                outcome.addWorkloadStep(w, index, workloadDemandedOps[w], workloadDeliveredOps[w], workloadLimit[w]);
            }
        }
    }

    private void addHostStep(Outcome outcome, int h, double utilization, double demandRatio, double wattHours) {
        hostDrawn[h] = true;
        hostUtilization[h] = utilization;
        hostDemandRatio[h] = demandRatio;
        hostWattHours[h] = wattHours;
        outcome.addHostStep(h, utilization, demandRatio, wattHours, layout.hostPue[h]);
    }

    private void addWorkloadStep(Outcome outcome, int w, int index, double demanded, double delivered, Limit limit) {
        workloadDemandedOps[w] = demanded;
        workloadDeliveredOps[w] = delivered;
        workloadLimit[w] = limit;
        outcome.addWorkloadStep(w, index, demanded, delivered, limit);
    }

    private void prepare(int[] hostOf) {
        Layout.csr(hostOf, layout.hostCount, hostStart, hostMembers);
        for (int h = 0; h < layout.hostCount; h++) {
            double memory = 0;
            for (int i = hostStart[h]; i < hostStart[h + 1]; i++) {
                memory += layout.workloadMemoryGib[hostMembers[i]];
            }
            memoryFactor[h] = MemoryPressure.throughputFactor(memory / layout.hostMemoryGib[h], settings);
        }
        for (int w = 0; w < layout.workloadCount; w++) {
            int h = hostOf[w];
            grossUp[w] = h >= 0 ? layout.hostGhzPerGhz(w, h) : 1;
            vcpuCapGhz[w] = h >= 0 ? layout.vcpuCapGhz(w, h) : 0;
        }
        // Routes follow the placement; a flow with an end that has no host carries nothing.
        int entries = 0;
        for (int f = 0; f < layout.flowCount; f++) {
            int a = hostOf[layout.flowFrom[f]];
            int b = hostOf[layout.flowTo[f]];
            flowPathLength[f] = a >= 0 && b >= 0 ? layout.route(a, b, flowPath, f * Layout.MAX_PATH) : 0;
            for (int k = 0; k < flowPathLength[f]; k++) {
                linkOfEntry[entries] = flowPath[f * Layout.MAX_PATH + k];
                linkFlows[entries] = f;
                entries++;
            }
        }
        // Group the (link, flow) entries by link: a counting sort into linkStart / linkFlows.
        Arrays.fill(linkStart, 0);
        for (int e = 0; e < entries; e++) {
            linkStart[linkOfEntry[e] + 1]++;
        }
        for (int l = 0; l < layout.linkCount; l++) {
            linkStart[l + 1] += linkStart[l];
        }
        int[] next = Arrays.copyOf(linkStart, layout.linkCount);
        int[] flowOfEntry = Arrays.copyOf(linkFlows, entries);
        for (int e = 0; e < entries; e++) {
            linkFlows[next[linkOfEntry[e]]++] = flowOfEntry[e];
        }
    }

    private void step(int[] hostOf, int t, int index, Outcome outcome, boolean[] onWhenEmpty) {
        Arrays.fill(hostDrawn, false);
        // CPU: what each guest asks of its host, overhead included, capped by its vCPUs.
        for (int w = 0; w < layout.workloadCount; w++) {
            int h = hostOf[w];
            if (h < 0) {
                continue;
            }
            double d = layout.workloadGhz[w] * shares.row(w)[t];
            demandGhz[w] = d;
            rawGhz[w] = d * grossUp[w]; // d / (1 − overhead), MachineModel.hostGhz
            requestGhz[w] = Math.min(rawGhz[w], vcpuCapGhz[w]);
            netShare[w] = 1;
        }
        double stepHours = settings.stepMinutes() / 60.0;
        for (int h = 0; h < layout.hostCount; h++) {
            int from = hostStart[h];
            int to = hostStart[h + 1];
            if (from == to) {
                if (onWhenEmpty != null && onWhenEmpty[h]) {
                    addHostStep(outcome, h, 0, 0, layout.watts(h, 0) * stepHours);
                }
                continue; // nothing on it: switched off, 0 W
            }
            double capacity = layout.hostGhz[h];
            double level = waterLevel(hostMembers, from, to, requestGhz, layout.workloadVcpus, workloadSaturated,
                    capacity);
            hostLevel[h] = level;
            double used = 0;
            double nativeGhz = 0;
            double requested = 0;
            for (int i = from; i < to; i++) {
                int w = hostMembers[i];
                used += Math.min(requestGhz[w], level * layout.workloadVcpus[w]);
                nativeGhz += Math.min(demandGhz[w], vcpuCapGhz[w]);
                requested += requestGhz[w];
            }
            hostOverheadOnly[h] = overheadOnly(level, nativeGhz, capacity);
            double utilization = used / capacity;
            double watts = settings.zeroLoadDrawsNothing() && used <= 0 ? 0 : layout.watts(h, used);
            addHostStep(outcome, h, utilization, requested / capacity, watts * stepHours);
        }
        if (layout.flowCount > 0) {
            shareLinks(t);
        }
        double stepSeconds = settings.stepSeconds();
        for (int w = 0; w < layout.workloadCount; w++) {
            int h = hostOf[w];
            if (h == EXCLUDED) {
                continue;
            }
            double s = shares.row(w)[t];
            double demandedOps = layout.workloadOps[w] * s * stepSeconds;
            if (h == UNPLACED) {
                addWorkloadStep(outcome, w, index, demandedOps, 0, Limit.NO_HOST);
                continue;
            }
            double cpu = cpuShare(requestGhz[w], rawGhz[w], hostLevel[h], layout.workloadVcpus[w]);
            double memory = memoryFactor[h];
            double network = netShare[w];
            double share = Math.min(cpu * memory, network);
            Limit limit = limit(share, cpu, memory, network, hostLevel[h], hostOverheadOnly[h], demandGhz[w],
                    vcpuCapGhz[w]);
            addWorkloadStep(outcome, w, index, demandedOps, demandedOps * share, limit);
        }
    }

    /** The share of its host CPU need a guest gets at a host's water level (1 when it needs none). */
    static double cpuShare(double requestGhz, double rawGhz, double level, double vcpus) {
        double granted = Math.min(requestGhz, level * vcpus);
        return rawGhz > 0 ? Math.min(1, granted / rawGhz) : 1;
    }

    /**
     * What a guest's shortfall is charged to (docs/simulation.md), or null when it got its demand: the network when
     * it is the tightest, else memory, else the hypervisor's overhead when the CPU would have sufficed without it,
     * else the CPU.
     */
    static Limit limit(double share, double cpu, double memory, double network, double hostLevel,
                       boolean hostOverheadOnly, double demandGhz, double vcpuCapGhz) {
        if (share >= 1 - EPSILON) {
            return null;
        }
        if (network < cpu * memory) {
            return Limit.NETWORK;
        }
        if (memory < cpu) {
            return Limit.MEMORY;
        }
        boolean contended = hostLevel != UNLIMITED;
        boolean overheadCaused = contended ? hostOverheadOnly : demandGhz <= vcpuCapGhz + EPSILON;
        return overheadCaused ? Limit.HYPERVISOR_OVERHEAD : Limit.CPU;
    }

    /** Whether a host's guests, at water level {@code level}, would have fitted its cores without the overhead. */
    static boolean overheadOnly(double level, double nativeGhz, double capacity) {
        return level != UNLIMITED && nativeGhz <= capacity;
    }

    /** Max-min fair share of each link among its flows; a flow gets the tightest of its links' shares. */
    private void shareLinks(int t) {
        for (int f = 0; f < layout.flowCount; f++) {
            flowDemand[f] = flowPathLength[f] == 0 ? 0 : layout.flowMbps[f] * shares.row(layout.flowFrom[f])[t];
        }
        for (int l = 0; l < layout.linkCount; l++) {
            int from = linkStart[l];
            int to = linkStart[l + 1];
            linkLevel[l] = from == to ? UNLIMITED
                    : waterLevel(linkFlows, from, to, flowDemand, null, flowSaturated, layout.linkMbps[l]);
        }
        for (int f = 0; f < layout.flowCount; f++) {
            double demand = flowDemand[f];
            if (demand <= 0) {
                continue;
            }
            double rate = demand;
            for (int k = 0; k < flowPathLength[f]; k++) {
                rate = Math.min(rate, linkLevel[flowPath[f * Layout.MAX_PATH + k]]);
            }
            double delivered = rate / demand;
            int a = layout.flowFrom[f];
            int b = layout.flowTo[f];
            netShare[a] = Math.min(netShare[a], delivered);
            netShare[b] = Math.min(netShare[b], delivered);
        }
    }

    /**
     * Weighted max-min fair sharing (water-filling): the level λ such that member m gets min(request_m, λ·weight_m)
     * and the grants add up to the capacity; unlimited when the requests fit. A null weight array means weight 1.
     */
    static double waterLevel(int[] members, int from, int to, double[] request, double[] weight, boolean[] saturated,
                             double capacity) {
        double total = 0;
        double weights = 0;
        for (int i = from; i < to; i++) {
            int m = members[i];
            total += request[m];
            weights += weight == null ? 1 : weight[m];
            saturated[m] = false;
        }
        if (total <= capacity) {
            return UNLIMITED;
        }
        double remaining = capacity;
        while (true) {
            double level = remaining / weights;
            boolean changed = false;
            for (int i = from; i < to; i++) {
                int m = members[i];
                double wm = weight == null ? 1 : weight[m];
                if (!saturated[m] && request[m] <= level * wm) {
                    saturated[m] = true;
                    remaining -= request[m];
                    weights -= wm;
                    changed = true;
                }
            }
            if (!changed || weights <= 0) {
                return Math.max(0, level);
            }
        }
    }
}
