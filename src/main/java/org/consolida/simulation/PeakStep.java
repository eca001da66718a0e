package org.consolida.simulation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One step of a plan, evaluated once, and the same step after the workloads of one host have moved (a failure or an
 * evacuation), evaluated again only where the move reaches: the host they leave, the hosts that receive them, the
 * links whose flows change and, where a link's fair share changes, the flows that cross it and the workloads at their
 * ends. Everything else keeps the plan's figures. So a host's case costs its own neighbourhood, not the estate, and
 * all the single-host cases of a 100,000-workload plan take seconds where a full replay per case took hours.
 *
 * <p>The equations are {@link RuntimeModel}'s, at one step, and each re-evaluated host or link takes its members in
 * the same order as a full run, so every figure of a case is the one a full run of that step gives, to the bit, except
 * the delivered total: it is the plan's total plus the changes, where a full run sums every workload again, so
 * {@code deliveredRatio} may differ from a full run's in the last bits (about 1e-16 relative).
 * {@code HostCases.replay} keeps the full replay, which the tests compare this with.
 */
final class PeakStep {
    private static final Limit[] LIMITS = Limit.values();
    /** As {@link Outcome}: a ratio this close to 1 is 1. */
    private static final double OVERLOAD_TOLERANCE = 1e-9;
    private static final float SHORT_TOLERANCE = 1e-6f;

    private final Layout layout;
    private final SimulationSettings settings;
    private final double target;

    // Workloads: their demand at the step (the same on any host), and in the plan what they ask of their host, what
    // the network gives them and what they get.
    private final double[] shareAtStep;
    private final double[] demandGhz;
    private final double[] demandedOps;
    private final double[] rawGhz;
    private final double[] requestGhz;
    private final double[] capGhz;
    private final double[] netShare;
    private final double[] deliveredOps;
    private final Limit[] limit;
    private final boolean[] below;
    private final boolean[] shortOf;

    // Hosts in the plan: their workloads in index order, and their step.
    private final int[] hostStart;
    private final int[] hostMembers;
    private final boolean[] on;
    private final double[] level;
    private final boolean[] overheadOnly;
    private final double[] memoryFactor;
    private final double[] utilization;
    private final double[] demandRatio;

    // Flows and links in the plan.
    private final int[] workloadFlowStart;
    private final int[] workloadFlows;
    private final int[] flowPath;
    private final int[] flowPathLength;
    private final double[] flowDemand;
    private final double[] flowDelivered;
    private final int[] linkStart;
    private final int[] linkFlows;
    private final double[] linkLevel;
    /** What a link's flows demand in the plan: to see without summing again that a case leaves it unsaturated. */
    private final double[] linkDemand;

    // The plan's totals.
    private final double demandedTotal;
    private final double deliveredTotal;
    private final int belowCount;
    private final int shortCount;
    private final int[] belowByLimit = new int[LIMITS.length];
    private final int[] belowInPlan;
    private final int[] unplacedInPlan;

    // A case's changes: an entry is the case's when its stamp is the case's, else the plan's holds.
    private int stamp = 1;
    private final int[] askStamp;
    private final double[] caseRawGhz;
    private final double[] caseRequestGhz;
    private final double[] caseCapGhz;
    private final int[] hostStamp;
    private final boolean[] caseOn;
    private final double[] caseLevel;
    private final boolean[] caseOverheadOnly;
    private final double[] caseMemoryFactor;
    private final double[] caseUtilization;
    private final double[] caseDemandRatio;
    private final int[] flowStamp;
    private final int[] caseFlowPath;
    private final int[] caseFlowPathLength;
    private final double[] caseFlowDemand;
    private final int[] rateStamp;
    private final double[] caseFlowDelivered;
    private final int[] linkStamp;
    private final double[] caseLinkLevel;
    private final double[] caseLinkDemandChange;
    private final double[] caseLinkDemandAdded;
    // Per link touched by a case: its flows that move off it, onto it, and both (they stay on it).
    private final int[] caseLinkLeft;
    private final int[] caseLinkJoined;
    private final int[] caseLinkStayed;
    private final int[] netStamp;
    private final double[] caseNetShare;
    private final int[] evaluatedStamp;

    // Scratch: one host's or link's members, compacted in their order.
    private int[] order = new int[0];
    private double[] askScratch = new double[0];
    private double[] weightScratch = new double[0];
    private boolean[] saturatedScratch = new boolean[0];
    private double lastDelivered;
    private Limit lastLimit;

    /** Evaluates {@code plan} (a host per workload, or UNPLACED) at {@code step}. */
    PeakStep(RuntimeModel model, int[] plan, int step, double target) {
        layout = model.layout();
        settings = model.settings();
        this.target = target;
        int workloads = layout.workloadCount;
        int hosts = layout.hostCount;
        int flows = layout.flowCount;
        int links = layout.linkCount;
        DemandShares shares = model.shares();
        double stepSeconds = settings.stepSeconds();

        shareAtStep = new double[workloads];
        demandGhz = new double[workloads];
        demandedOps = new double[workloads];
        rawGhz = new double[workloads];
        requestGhz = new double[workloads];
        capGhz = new double[workloads];
        netShare = new double[workloads];
        deliveredOps = new double[workloads];
        limit = new Limit[workloads];
        below = new boolean[workloads];
        shortOf = new boolean[workloads];
        for (int w = 0; w < workloads; w++) {
            if (plan[w] == RuntimeModel.EXCLUDED) {
                throw new IllegalArgumentException("a plan places or leaves unplaced every workload");
            }
            double s = shares.row(w)[step];
            shareAtStep[w] = s;
            demandGhz[w] = layout.workloadGhz[w] * s;
            demandedOps[w] = layout.workloadOps[w] * s * stepSeconds;
        }
        askStamp = new int[workloads];
        caseRawGhz = new double[workloads];
        caseRequestGhz = new double[workloads];
        caseCapGhz = new double[workloads];
        netStamp = new int[workloads];
        caseNetShare = new double[workloads];
        evaluatedStamp = new int[workloads];

        hostStart = new int[hosts + 1];
        hostMembers = new int[workloads];
        Layout.csr(plan, hosts, hostStart, hostMembers);
        on = new boolean[hosts];
        level = new double[hosts];
        overheadOnly = new boolean[hosts];
        memoryFactor = new double[hosts];
        utilization = new double[hosts];
        demandRatio = new double[hosts];
        hostStamp = new int[hosts];
        caseOn = new boolean[hosts];
        caseLevel = new double[hosts];
        caseOverheadOnly = new boolean[hosts];
        caseMemoryFactor = new double[hosts];
        caseUtilization = new double[hosts];
        caseDemandRatio = new double[hosts];
        for (int h = 0; h < hosts; h++) {
            evaluateHost(h, hostMembers, hostStart[h], hostStart[h + 1], false);
        }

        // Flows: routes in the plan, each link's flows in flow order (as RuntimeModel groups them).
        flowStamp = new int[flows];
        caseFlowPath = new int[flows * Layout.MAX_PATH];
        caseFlowPathLength = new int[flows];
        caseFlowDemand = new double[flows];
        rateStamp = new int[flows];
        caseFlowDelivered = new double[flows];
        linkStamp = new int[links];
        caseLinkLevel = new double[links];
        caseLinkDemandChange = new double[links];
        caseLinkDemandAdded = new double[links];
        caseLinkLeft = new int[links];
        caseLinkJoined = new int[links];
        caseLinkStayed = new int[links];
        workloadFlowStart = new int[workloads + 1];
        workloadFlows = new int[2 * flows];
        for (int f = 0; f < flows; f++) {
            workloadFlowStart[layout.flowFrom[f] + 1]++;
            workloadFlowStart[layout.flowTo[f] + 1]++;
        }
        for (int w = 0; w < workloads; w++) {
            workloadFlowStart[w + 1] += workloadFlowStart[w];
        }
        int[] next = Arrays.copyOf(workloadFlowStart, workloads);
        for (int f = 0; f < flows; f++) {
            workloadFlows[next[layout.flowFrom[f]]++] = f;
            workloadFlows[next[layout.flowTo[f]]++] = f;
        }
        flowPath = new int[flows * Layout.MAX_PATH];
        flowPathLength = new int[flows];
        flowDemand = new double[flows];
        flowDelivered = new double[flows];
        linkStart = new int[links + 1];
        for (int f = 0; f < flows; f++) {
            int a = plan[layout.flowFrom[f]];
            int b = plan[layout.flowTo[f]];
            flowPathLength[f] = a >= 0 && b >= 0 ? layout.route(a, b, flowPath, f * Layout.MAX_PATH) : 0;
            flowDemand[f] = flowPathLength[f] == 0 ? 0 : layout.flowMbps[f] * shareAtStep[layout.flowFrom[f]];
            for (int k = 0; k < flowPathLength[f]; k++) {
                linkStart[flowPath[f * Layout.MAX_PATH + k] + 1]++;
            }
        }
        for (int l = 0; l < links; l++) {
            linkStart[l + 1] += linkStart[l];
        }
        linkFlows = new int[linkStart[links]];
        next = Arrays.copyOf(linkStart, links);
        for (int f = 0; f < flows; f++) {
            for (int k = 0; k < flowPathLength[f]; k++) {
                linkFlows[next[flowPath[f * Layout.MAX_PATH + k]]++] = f;
            }
        }
        linkLevel = new double[links];
        linkDemand = new double[links];
        for (int l = 0; l < links; l++) {
            linkLevel[l] = linkLevel(l, linkFlows, linkStart[l], linkStart[l + 1]);
            for (int i = linkStart[l]; i < linkStart[l + 1]; i++) {
                linkDemand[l] += flowDemand[linkFlows[i]];
            }
        }
        for (int f = 0; f < flows; f++) {
            flowDelivered[f] = flowDelivered(f);
        }

        double demanded = 0;
        double delivered = 0;
        int belowSoFar = 0;
        int shortSoFar = 0;
        List<Integer> belowIds = new ArrayList<>();
        List<Integer> unplacedIds = new ArrayList<>();
        for (int w = 0; w < workloads; w++) {
            int h = plan[w];
            if (h >= 0) {
                netShare[w] = netShare(w);
            } else {
                unplacedIds.add(w);
            }
            evaluateWorkload(w, h);
            deliveredOps[w] = lastDelivered;
            limit[w] = dominant(w, lastDelivered, lastLimit);
            below[w] = isBelow(w, lastDelivered);
            shortOf[w] = isShort(w, lastDelivered);
            demanded += demandedOps[w];
            delivered += lastDelivered;
            if (below[w]) {
                belowSoFar++;
                belowIds.add(w);
                if (limit[w] != null) {
                    belowByLimit[limit[w].ordinal()]++;
                }
            }
            shortSoFar += shortOf[w] ? 1 : 0;
        }
        demandedTotal = demanded;
        deliveredTotal = delivered;
        belowCount = belowSoFar;
        shortCount = shortSoFar;
        belowInPlan = belowIds.stream().mapToInt(Integer::intValue).toArray();
        unplacedInPlan = unplacedIds.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * The figures of the step with the workloads {@code movers} of host {@code leaving} moved as {@code placement}
     * says (to a host, or UNPLACED); {@code placement} is the plan elsewhere. With no movers (and any
     * {@code leaving} below 0): the plan's own figures.
     */
    Figures evaluate(int[] placement, int leaving, List<Integer> movers) {
        stamp++;
        // Hosts: the one left is off; the receivers are evaluated again with their new members, in index order.
        List<Integer> receivers = new ArrayList<>();
        if (leaving >= 0) {
            hostStamp[leaving] = stamp;
            caseOn[leaving] = false;
        }
        for (int w : movers) {
            int h = placement[w];
            if (h >= 0 && hostStamp[h] != stamp) {
                hostStamp[h] = stamp;
                receivers.add(h);
            }
        }
        List<Integer> reevaluate = new ArrayList<>(movers);
        for (int h : receivers) {
            int count = hostStart[h + 1] - hostStart[h];
            int[] members = Arrays.copyOfRange(hostMembers, hostStart[h], hostStart[h + 1] + movers.size());
            for (int w : movers) {
                if (placement[w] == h) {
                    members[count++] = w;
                }
            }
            Arrays.sort(members, 0, count);
            evaluateHost(h, members, 0, count, true);
            for (int i = 0; i < count; i++) {
                reevaluate.add(members[i]);
            }
        }
        if (layout.flowCount > 0) {
            reevaluate.addAll(moveFlows(placement, movers));
        }

        // Workloads: the plan's totals, corrected by those evaluated again.
        double deliveredChange = 0;
        int belowNow = belowCount;
        int shortNow = shortCount;
        int[] byLimit = belowByLimit.clone();
        int[] changed = new int[reevaluate.size()];
        int changedCount = 0;
        for (int w : reevaluate) {
            if (evaluatedStamp[w] != stamp) {
                evaluatedStamp[w] = stamp;
                changed[changedCount++] = w;
            }
        }
        Arrays.sort(changed, 0, changedCount);
        boolean[] changedBelow = new boolean[changedCount];
        for (int i = 0; i < changedCount; i++) {
            int w = changed[i];
            evaluateWorkload(w, placement[w]);
            double delivered = lastDelivered;
            Limit cause = dominant(w, delivered, lastLimit);
            boolean isBelow = isBelow(w, delivered);
            changedBelow[i] = isBelow;
            deliveredChange += delivered - deliveredOps[w];
            shortNow += (isShort(w, delivered) ? 1 : 0) - (shortOf[w] ? 1 : 0);
            if (below[w]) {
                belowNow--;
                if (limit[w] != null) {
                    byLimit[limit[w].ordinal()]--;
                }
            }
            if (isBelow) {
                belowNow++;
                if (cause != null) {
                    byLimit[cause.ordinal()]++;
                }
            }
        }
        List<Integer> belowIds = merge(belowInPlan, changed, changedBelow, changedCount);
        List<Integer> withoutHost = new ArrayList<>();
        int[] left = movers.stream().filter(w -> placement[w] < 0).mapToInt(Integer::intValue).sorted().toArray();
        for (int i = 0, j = 0; i < unplacedInPlan.length || j < left.length; ) {
            if (j == left.length || i < unplacedInPlan.length && unplacedInPlan[i] < left[j]) {
                withoutHost.add(unplacedInPlan[i++]);
            } else {
                withoutHost.add(left[j++]);
            }
        }
        Map<Limit, Integer> limitedBy = new LinkedHashMap<>();
        for (Limit cause : LIMITS) {
            if (byLimit[cause.ordinal()] > 0) {
                limitedBy.put(cause, byLimit[cause.ordinal()]);
            }
        }

        // Hosts: summed over the estate in index order, as a full run sums them (cheap: hosts, not workloads).
        double utilizationSum = 0;
        int active = 0;
        long overloaded = 0;
        double peakUtilization = 0;
        double peakDemand = 0;
        for (int h = 0; h < layout.hostCount; h++) {
            boolean ours = hostStamp[h] == stamp;
            if (!(ours ? caseOn[h] : on[h])) {
                continue;
            }
            double u = ours ? caseUtilization[h] : utilization[h];
            double d = ours ? caseDemandRatio[h] : demandRatio[h];
            utilizationSum += u;
            active++;
            peakUtilization = Math.max(peakUtilization, u);
            peakDemand = Math.max(peakDemand, d);
            if (d > 1 + OVERLOAD_TOLERANCE) {
                overloaded++;
            }
        }
        double delivered = deliveredTotal + deliveredChange;
        int counted = layout.workloadCount;
        if (belowNow != belowIds.size()) {
            throw new IllegalStateException("below target: " + belowNow + " counted, " + belowIds.size() + " listed");
        }
        HostFigures hosts = new HostFigures(peakUtilization, peakDemand, active > 0 ? utilizationSum / active : 0,
                active, active == 0 ? 0 : (double) overloaded / active);
        return new Figures(demandedTotal > 0 ? delivered / demandedTotal : 1, belowIds, limitedBy,
                counted == 0 ? 0 : (double) shortNow / counted, withoutHost, hosts);
    }

    /**
     * Routes the movers' flows again, shares the links they leave or join again, and rates again the flows of every
     * link whose fair share changed; returns the workloads whose network share was evaluated again.
     */
    private List<Integer> moveFlows(int[] placement, List<Integer> movers) {
        List<Integer> moved = new ArrayList<>();
        for (int w : movers) {
            for (int i = workloadFlowStart[w]; i < workloadFlowStart[w + 1]; i++) {
                int f = workloadFlows[i];
                if (flowStamp[f] != stamp) {
                    flowStamp[f] = stamp;
                    moved.add(f);
                }
            }
        }
        List<Integer> touched = new ArrayList<>();
        Map<Integer, List<Integer>> joining = new LinkedHashMap<>();
        for (int f : moved) {
            for (int k = 0; k < flowPathLength[f]; k++) {
                int l = flowPath[f * Layout.MAX_PATH + k];
                touch(l, touched);
                caseLinkLeft[l]++;
                caseLinkDemandChange[l] -= flowDemand[f];
            }
            int a = placement[layout.flowFrom[f]];
            int b = placement[layout.flowTo[f]];
            int length = a >= 0 && b >= 0 ? layout.route(a, b, caseFlowPath, f * Layout.MAX_PATH) : 0;
            caseFlowPathLength[f] = length;
            caseFlowDemand[f] = length == 0 ? 0 : layout.flowMbps[f] * shareAtStep[layout.flowFrom[f]];
            for (int k = 0; k < length; k++) {
                int l = caseFlowPath[f * Layout.MAX_PATH + k];
                touch(l, touched);
                caseLinkDemandChange[l] += caseFlowDemand[f];
                caseLinkDemandAdded[l] += caseFlowDemand[f];
                caseLinkJoined[l]++;
                if (onPlanPath(f, l)) {
                    caseLinkStayed[l]++;
                }
                joining.computeIfAbsent(l, x -> new ArrayList<>()).add(f);
            }
        }
        List<Integer> rerate = new ArrayList<>(moved);
        for (int l : touched) {
            // The same flows as in the plan (those that moved cross it before and after): the same level.
            if (caseLinkLeft[l] == caseLinkStayed[l] && caseLinkJoined[l] == caseLinkStayed[l]) {
                caseLinkLevel[l] = linkLevel[l];
                continue;
            }
            // Clearly within the link's bandwidth (with a margin far above the rounding of a sum in another order):
            // unlimited, as the plan's level was or not, without sorting its flows.
            double demand = linkDemand[l] + caseLinkDemandChange[l];
            boolean unlimited = demand + 1e-9 * (linkDemand[l] + caseLinkDemandAdded[l]) <= layout.linkMbps[l];
            if (unlimited && linkLevel[l] == RuntimeModel.UNLIMITED) {
                caseLinkLevel[l] = RuntimeModel.UNLIMITED;
                continue;
            }
            List<Integer> newcomers = joining.getOrDefault(l, List.of());
            int[] members = new int[linkStart[l + 1] - linkStart[l] + newcomers.size()];
            int count = 0;
            for (int i = linkStart[l]; i < linkStart[l + 1]; i++) {
                if (flowStamp[linkFlows[i]] != stamp) {
                    members[count++] = linkFlows[i];
                }
            }
            for (int f : newcomers) {
                members[count++] = f;
            }
            Arrays.sort(members, 0, count);
            double newLevel = unlimited ? RuntimeModel.UNLIMITED : linkLevel(l, members, 0, count);
            caseLinkLevel[l] = newLevel;
            if (Double.compare(newLevel, linkLevel[l]) != 0) {
                // A flow that asks no more than the lower of the two levels gets its demand from this link before
                // and after: only the others may change rate.
                double binding = Math.min(newLevel, linkLevel[l]);
                for (int i = 0; i < count; i++) {
                    if (flowDemandOf(members[i]) > binding) {
                        rerate.add(members[i]);
                    }
                }
            }
        }
        List<Integer> workloads = new ArrayList<>();
        for (int f : rerate) {
            if (rateStamp[f] == stamp) {
                continue;
            }
            rateStamp[f] = stamp;
            caseFlowDelivered[f] = flowDelivered(f);
            for (int end = 0; end < 2; end++) {
                int w = end == 0 ? layout.flowFrom[f] : layout.flowTo[f];
                if (netStamp[w] != stamp) {
                    netStamp[w] = stamp;
                    workloads.add(w);
                }
            }
        }
        for (int w : workloads) {
            caseNetShare[w] = netShare(w);
        }
        return workloads;
    }

    private void touch(int link, List<Integer> touched) {
        if (linkStamp[link] != stamp) {
            linkStamp[link] = stamp;
            caseLinkDemandChange[link] = 0;
            caseLinkDemandAdded[link] = 0;
            caseLinkLeft[link] = 0;
            caseLinkJoined[link] = 0;
            caseLinkStayed[link] = 0;
            touched.add(link);
        }
    }

    /** A host's step with these members (in index order), as {@link RuntimeModel} evaluates it. */
    private void evaluateHost(int h, int[] members, int from, int to, boolean inCase) {
        int n = to - from;
        if (n == 0) {
            (inCase ? caseOn : on)[h] = false;
            return;
        }
        ensureScratch(n);
        double memory = 0;
        for (int i = 0; i < n; i++) {
            int w = members[from + i];
            double grossUp = layout.hostGhzPerGhz(w, h);
            double cap = layout.vcpuCapGhz(w, h);
            double raw = demandGhz[w] * grossUp; // d / (1 − overhead), MachineModel.hostGhz
            double request = Math.min(raw, cap);
            if (inCase) {
                askStamp[w] = stamp;
                caseRawGhz[w] = raw;
                caseRequestGhz[w] = request;
                caseCapGhz[w] = cap;
            } else {
                rawGhz[w] = raw;
                requestGhz[w] = request;
                capGhz[w] = cap;
            }
            askScratch[i] = request;
            weightScratch[i] = layout.workloadVcpus[w];
            memory += layout.workloadMemoryGib[w];
        }
        double capacity = layout.hostGhz[h];
        double waterLevel = RuntimeModel.waterLevel(order, 0, n, askScratch, weightScratch, saturatedScratch,
                capacity);
        double used = 0;
        double nativeGhz = 0;
        double requested = 0;
        for (int i = 0; i < n; i++) {
            int w = members[from + i];
            used += Math.min(askScratch[i], waterLevel * weightScratch[i]);
            nativeGhz += Math.min(demandGhz[w], inCase ? caseCapGhz[w] : capGhz[w]);
            requested += askScratch[i];
        }
        (inCase ? caseOn : on)[h] = true;
        (inCase ? caseLevel : level)[h] = waterLevel;
        (inCase ? caseOverheadOnly : overheadOnly)[h] = RuntimeModel.overheadOnly(waterLevel, nativeGhz, capacity);
        (inCase ? caseMemoryFactor : memoryFactor)[h] = MemoryPressure.throughputFactor(
                memory / layout.hostMemoryGib[h], settings);
        (inCase ? caseUtilization : utilization)[h] = used / capacity;
        (inCase ? caseDemandRatio : demandRatio)[h] = requested / capacity;
    }

    private boolean onPlanPath(int f, int link) {
        for (int k = 0; k < flowPathLength[f]; k++) {
            if (flowPath[f * Layout.MAX_PATH + k] == link) {
                return true;
            }
        }
        return false;
    }

    /** A link's fair level among these flows (in flow order), as {@link RuntimeModel} shares it. */
    private double linkLevel(int l, int[] members, int from, int to) {
        int n = to - from;
        if (n == 0) {
            return RuntimeModel.UNLIMITED;
        }
        ensureScratch(n);
        for (int i = 0; i < n; i++) {
            askScratch[i] = flowDemandOf(members[from + i]);
        }
        return RuntimeModel.waterLevel(order, 0, n, askScratch, null, saturatedScratch, layout.linkMbps[l]);
    }

    /** Delivered / demanded of a flow: the tightest level on its path. */
    private double flowDelivered(int f) {
        double demand = flowDemandOf(f);
        if (demand <= 0) {
            return 1;
        }
        boolean moved = flowStamp[f] == stamp;
        int[] path = moved ? caseFlowPath : flowPath;
        int length = moved ? caseFlowPathLength[f] : flowPathLength[f];
        double rate = demand;
        for (int k = 0; k < length; k++) {
            int l = path[f * Layout.MAX_PATH + k];
            rate = Math.min(rate, linkStamp[l] == stamp ? caseLinkLevel[l] : linkLevel[l]);
        }
        return rate / demand;
    }

    /** A placed workload's network share: the tightest of its flows that carry something. */
    private double netShare(int w) {
        double share = 1;
        for (int i = workloadFlowStart[w]; i < workloadFlowStart[w + 1]; i++) {
            int f = workloadFlows[i];
            if (flowDemandOf(f) > 0) {
                share = Math.min(share, rateStamp[f] == stamp ? caseFlowDelivered[f] : flowDelivered[f]);
            }
        }
        return share;
    }

    private double flowDemandOf(int f) {
        return flowStamp[f] == stamp ? caseFlowDemand[f] : flowDemand[f];
    }

    /** Sets {@link #lastDelivered} and {@link #lastLimit} for workload w on host h (or none), as RuntimeModel does. */
    private void evaluateWorkload(int w, int h) {
        if (h < 0) {
            lastDelivered = 0;
            lastLimit = Limit.NO_HOST;
            return;
        }
        boolean asked = askStamp[w] == stamp;
        boolean ours = hostStamp[h] == stamp;
        double hostLevel = ours ? caseLevel[h] : level[h];
        double cpu = RuntimeModel.cpuShare(asked ? caseRequestGhz[w] : requestGhz[w],
                asked ? caseRawGhz[w] : rawGhz[w], hostLevel, layout.workloadVcpus[w]);
        double memory = ours ? caseMemoryFactor[h] : memoryFactor[h];
        double network = netStamp[w] == stamp ? caseNetShare[w] : netShare[w];
        double share = Math.min(cpu * memory, network);
        lastLimit = RuntimeModel.limit(share, cpu, memory, network, hostLevel,
                ours ? caseOverheadOnly[h] : overheadOnly[h], demandGhz[w], asked ? caseCapGhz[w] : capGhz[w]);
        lastDelivered = demandedOps[w] * share;
    }

    /** The cause that cost a workload the most at this step, or null when it lost nothing (as {@link Outcome}). */
    private Limit dominant(int w, double delivered, Limit cause) {
        return cause != null && demandedOps[w] - delivered > 0 ? cause : null;
    }

    private boolean isBelow(int w, double delivered) {
        double ratio = demandedOps[w] > 0 ? delivered / demandedOps[w] : 1;
        return ratio < target - 1e-12;
    }

    private boolean isShort(int w, double delivered) {
        float ratio = demandedOps[w] > 0 ? (float) (delivered / demandedOps[w]) : 1f;
        return ratio < 1 - SHORT_TOLERANCE;
    }

    /** The plan's list with the changed workloads' new verdicts, in index order. */
    private static List<Integer> merge(int[] inPlan, int[] changed, boolean[] verdict, int changedCount) {
        List<Integer> merged = new ArrayList<>(inPlan.length + changedCount);
        int i = 0;
        int j = 0;
        while (i < inPlan.length || j < changedCount) {
            if (j == changedCount || i < inPlan.length && inPlan[i] < changed[j]) {
                merged.add(inPlan[i++]);
            } else {
                if (i < inPlan.length && inPlan[i] == changed[j]) {
                    i++;
                }
                if (verdict[j]) {
                    merged.add(changed[j]);
                }
                j++;
            }
        }
        return merged;
    }

    private void ensureScratch(int n) {
        if (order.length < n) {
            int size = Math.max(n, 2 * order.length);
            order = new int[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            askScratch = new double[size];
            weightScratch = new double[size];
            saturatedScratch = new boolean[size];
        }
    }

    /**
     * A case's figures at the step, as {@link Summary} reports them.
     *
     * @param belowTarget workload indexes below target, in index order
     * @param withoutHost workload indexes without a host, in index order
     */
    record Figures(double deliveredRatio, List<Integer> belowTarget, Map<Limit, Integer> limitedBy,
                   double shortOfDemandShare, List<Integer> withoutHost, HostFigures hosts) {
    }

    /** The estate's hosts at the step: the highest utilisation and demand, the mean utilisation, how many are on. */
    record HostFigures(double peakUtilization, double peakDemand, double meanUtilization, int active,
                       double overloadedShare) {
    }
}
