package org.consolida.planning;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.consolida.inventory.MachineModel;
import org.consolida.inventory.Policy;
import org.consolida.inventory.PowerCurve;
import org.consolida.inventory.SpreadScope;
import org.consolida.inventory.VirtualizationMode;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * The linear-programming relaxation behind {@link LowerBound} (derivation and proof in docs/planning.md, "Lower
 * bound"). Hosts are aggregated into <i>types</i> (one machine, one site, and the same verdict of every policy
 * restriction), workloads into <i>classes</i> (one virtualisation mode and one set of allowed types: the types the
 * policy allows and whose cores its vCPUs keep up with, or the type of its host when pinned). Per type, {@code y} is
 * the number of hosts on (in [pinned hosts, hosts]); per class and allowed type, how much of the class's CPU, memory
 * and storage lands there, each resource on its own (decoupled: the real split of a class need not be the same for
 * every resource, so tying them would not be a relaxation). Each type's CPU (grossed up by its hypervisor's overhead,
 * as {@link MachineModel#hostGhz} counts it) and memory and storage fit its active hosts' capacity; each type's facility
 * energy is at least every line of the lower convex envelope of its power curve in perspective form,
 * {@code a·y + b·(sum of utilisations)}; at least {@code minimumHosts} hosts are on, and every host-spread group has
 * as many hosts on among the types its members may use as it has members. Minimising the energy, or the hosts on,
 * gives a bound on every plan that places every workload.
 */
final class EnergyRelaxation {
    private static final double SAFETY = 1e-6;
    private static final long TIME_ABORT_MILLIS = 60_000;

    /** Host types and workload classes of a problem, with the figures the LP needs. */
    private final List<Type> types = new ArrayList<>();
    private final List<WorkloadClass> classes = new ArrayList<>();
    private final List<Group> groups = new ArrayList<>();
    private boolean restricted;
    private int[] typeOfHost;

    private record Type(int machine, PlannedHost example, int hosts, int pinnedHosts) {
        double cpuGhz() {
            return example.capacity(Resource.CPU).limit() / 1000.0;
        }

        double memoryGib() {
            return example.capacity(Resource.MEMORY).limit() / 1024.0;
        }

        /** Storage in TB (thousands of GiB), or infinite for a host on shared storage. */
        double storageTb() {
            HostCapacity storage = example.capacity(Resource.STORAGE);
            return storage == null ? Double.POSITIVE_INFINITY : storage.limit() / 1000.0;
        }

        double physicalGhz() {
            return example.physicalCpuMhz() / 1000.0;
        }

        double kwhPerWattYear() {
            return Policy.HOURS_PER_YEAR * example.host().site().pue() / 1000;
        }
    }

    private record WorkloadClass(VirtualizationMode mode, BitSet allowedTypes, double cpuGhz, double memoryGib,
                                 double storageTb) {
    }

    private record Group(BitSet allowedTypes, int members) {
    }

    /** The result: the least facility kWh per year and the fewest hosts on; NaN when the LP found no answer. */
    record Bound(double energyKwhPerYear, double activeHosts, int types, int classes, int variables, long millis,
                 boolean restricted, double[] hostOnShare) {
    }

    EnergyRelaxation(PlacementSolution problem) {
        List<PlannedHost> hosts = problem.getHosts();
        List<Placement> placements = problem.getPlacements();
        // Distinct restriction patterns; hosts alike under every one of them (and of one machine and site) form a type.
        Map<BitSet, Integer> patterns = new LinkedHashMap<>();
        for (Placement placement : placements) {
            BitSet forbidden = placement.forbiddenHosts();
            if (!forbidden.isEmpty()) {
                patterns.putIfAbsent(forbidden, patterns.size());
            }
        }
        List<BitSet> patternList = new ArrayList<>(patterns.keySet());
        restricted = !patternList.isEmpty();
        BitSet pinnedHost = new BitSet(hosts.size());
        for (Placement placement : placements) {
            if (placement.isPinned()) {
                pinnedHost.set(placement.getCurrentHost().index());
            }
        }
        Map<List<Object>, Integer> typeIndex = new HashMap<>();
        typeOfHost = new int[hosts.size()];
        List<int[]> counts = new ArrayList<>(); // hosts, pinned hosts
        for (PlannedHost host : hosts) {
            typeOfHost[host.index()] = -1;
            if (host.inMaintenance()) {
                continue;
            }
            BitSet signature = new BitSet(patternList.size());
            for (int p = 0; p < patternList.size(); p++) {
                signature.set(p, patternList.get(p).get(host.index()));
            }
            List<Object> key = List.of(host.machineIndex(), host.host().site().id(), signature);
            int type = typeIndex.computeIfAbsent(key, k -> {
                types.add(new Type(host.machineIndex(), host, 0, 0));
                counts.add(new int[2]);
                return types.size() - 1;
            });
            typeOfHost[host.index()] = type;
            counts.get(type)[0]++;
            counts.get(type)[1] += pinnedHost.get(host.index()) ? 1 : 0;
        }
        for (int t = 0; t < types.size(); t++) {
            Type type = types.get(t);
            types.set(t, new Type(type.machine(), type.example(), counts.get(t)[0], counts.get(t)[1]));
        }
        // Classes: one mode and one set of allowed types.
        Map<List<Object>, double[]> sums = new LinkedHashMap<>();
        Map<List<Object>, BitSet> allowedOf = new HashMap<>();
        Map<String, BitSet> groupAllowed = new HashMap<>();
        Map<String, Integer> groupSize = new HashMap<>();
        for (Placement placement : placements) {
            BitSet allowed = new BitSet(types.size());
            if (placement.isPinned()) {
                int type = typeOfHost[placement.getCurrentHost().index()];
                if (type >= 0) {
                    allowed.set(type);
                }
            } else {
                for (int t = 0; t < types.size(); t++) {
                    PlannedHost example = types.get(t).example();
                    if (!placement.forbiddenOn(example) && placement.vcpusKeepUpOn(example)) {
                        allowed.set(t);
                    }
                }
            }
            VirtualizationMode mode = placement.getWorkload().virtualization();
            List<Object> key = List.of(mode, allowed);
            allowedOf.putIfAbsent(key, allowed);
            double[] sum = sums.computeIfAbsent(key, k -> new double[3]);
            sum[0] += placement.getWorkload().cpuGhz();
            sum[1] += placement.demand(Resource.MEMORY) / 1024.0;
            sum[2] += placement.demand(Resource.STORAGE) / 1000.0;
            if (placement.getGroup() != null && placement.getSpread() == SpreadScope.HOST) {
                groupAllowed.computeIfAbsent(placement.getGroup(), g -> new BitSet()).or(allowed);
                groupSize.merge(placement.getGroup(), 1, Integer::sum);
            }
        }
        sums.forEach((key, sum) -> classes.add(new WorkloadClass((VirtualizationMode) key.get(0), allowedOf.get(key),
                sum[0], sum[1], sum[2])));
        // Host-spread groups: keep the largest per set of allowed types (a larger group of the same set implies it).
        Map<BitSet, Integer> largest = new HashMap<>();
        groupSize.forEach((group, size) -> largest.merge(groupAllowed.get(group), size, Math::max));
        largest.forEach((allowed, size) -> {
            if (size > 1) {
                groups.add(new Group(allowed, size));
            }
        });
    }

    /** Whether some class may use no type at all: then no plan places every workload and there is nothing to bound. */
    boolean someClassHasNowhereToGo() {
        return classes.stream().anyMatch(c -> c.allowedTypes().isEmpty());
    }

    /**
     * The fewest hosts on, then the least facility energy with at least that many on (and at least
     * {@code minimumHosts}, a bound found otherwise). Both are bounds: the LP's optimum lies at or below every plan's
     * value, and a small safety margin keeps the solver's rounding from lifting it above.
     */
    Bound solve(int minimumHosts) {
        long start = System.nanoTime();
        if (classes.isEmpty() || someClassHasNowhereToGo()) {
            return new Bound(Double.NaN, Double.NaN, types.size(), classes.size(), 0, 0, restricted, null);
        }
        Optimisation.Result hosts = new Lp(0, false).model.minimise();
        double fewestHosts = hosts.getState().isOptimal() ? hosts.getValue() : Double.NaN;
        int atLeast = Double.isNaN(fewestHosts) ? minimumHosts
                : Math.max(minimumHosts, (int) Math.ceil(fewestHosts - 1e-6));
        Lp energyLp = new Lp(atLeast, true);
        Optimisation.Result energy = energyLp.model.minimise();
        long millis = (System.nanoTime() - start) / 1_000_000;
        double[] hostOnShare = null;
        if (energy.getState().isOptimal()) {
            // Per host, the share of its type's hosts the LP keeps on: a guide for a construction (LpGuidedFit).
            hostOnShare = new double[typeOfHost.length];
            for (int h = 0; h < typeOfHost.length; h++) {
                int t = typeOfHost[h];
                hostOnShare[h] = t < 0 ? -1
                        : energy.doubleValue(energyLp.model.indexOf(energyLp.on[t])) / types.get(t).hosts();
            }
        }
        return new Bound(energy.getState().isOptimal() ? energy.getValue() * 1000 * (1 - SAFETY) : Double.NaN,
                fewestHosts, types.size(), classes.size(), energyLp.variables, millis, restricted, hostOnShare);
    }

    /**
     * One LP over the types and classes: minimising the hosts on, or the energy with at least some hosts on. For a
     * well-conditioned simplex every placement variable is the share (0–1) of a class's resource that lands on a
     * type, and every capacity row is counted in hosts of that type: share × class total / one host's capacity,
     * summed over classes, is at most the type's hosts on. Energy is in MWh per year.
     */
    private final class Lp {
        final ExpressionsBasedModel model = new ExpressionsBasedModel();
        final Variable[] on = new Variable[types.size()];
        int variables;

        Lp(int minimumHosts, boolean energy) {
            // A solve that runs away is stopped; its result is then not optimal and the floor stands alone.
            model.options.time_abort = TIME_ABORT_MILLIS;
            int typeCount = types.size();
            Expression[] cpu = new Expression[typeCount];
            Expression[] memory = new Expression[typeCount];
            Expression[] storage = new Expression[typeCount];
            Expression[] utilisation = new Expression[typeCount];
            Expression totalOn = model.addExpression("hosts on").lower(minimumHosts);
            for (int t = 0; t < typeCount; t++) {
                Type type = types.get(t);
                on[t] = model.addVariable("on" + t).lower(type.pinnedHosts()).upper(type.hosts())
                        .weight(energy ? 0 : 1);
                variables++;
                totalOn.set(on[t], 1);
                // on − Σ share · total / capacity ≥ 0, in hosts of this type
                cpu[t] = model.addExpression("cpu" + t).lower(0).set(on[t], 1);
                memory[t] = model.addExpression("memory" + t).lower(0).set(on[t], 1);
                if (!Double.isInfinite(type.storageTb())) {
                    storage[t] = model.addExpression("storage" + t).lower(0).set(on[t], 1);
                }
                if (energy) {
                    // Σu − Σ share · class host GHz / physical GHz = 0: the sum of this type's hosts' utilisations.
                    Variable utilisationSum = model.addVariable("u" + t).lower(0);
                    variables++;
                    utilisation[t] = model.addExpression("usum" + t).level(0).set(utilisationSum, 1);
                    Variable mwh = model.addVariable("mwh" + t).lower(0).weight(1);
                    variables++;
                    double perWatt = type.kwhPerWattYear() / 1000;
                    for (double[] line : envelope(type.example().host().model().powerCurve(),
                            type.cpuGhz() / type.physicalGhz())) {
                        // mwh ≥ perWatt · (a · on + b · Σu)
                        model.addExpression().lower(0).set(mwh, 1).set(on[t], -perWatt * line[0])
                                .set(utilisationSum, -perWatt * line[1]);
                    }
                }
            }
            for (int c = 0; c < classes.size(); c++) {
                WorkloadClass workloads = classes.get(c);
                Expression cpuCovered = workloads.cpuGhz() > 0 ? model.addExpression("class cpu" + c).level(1) : null;
                Expression memoryCovered = model.addExpression("class memory" + c).level(1);
                Expression storageCovered = workloads.storageTb() > 0
                        ? model.addExpression("class storage" + c).level(1) : null;
                for (int t = workloads.allowedTypes().nextSetBit(0); t >= 0;
                     t = workloads.allowedTypes().nextSetBit(t + 1)) {
                    Type type = types.get(t);
                    if (cpuCovered != null) {
                        double hostGhz = workloads.cpuGhz()
                                * MachineModel.hostGhz(1.0, workloads.mode(), type.example().host().hypervisor());
                        Variable x = model.addVariable().lower(0).upper(1);
                        variables++;
                        cpuCovered.set(x, 1);
                        cpu[t].set(x, -hostGhz / type.cpuGhz());
                        if (energy) {
                            utilisation[t].set(x, -hostGhz / type.physicalGhz());
                        }
                    }
                    Variable m = model.addVariable().lower(0).upper(1);
                    variables++;
                    memoryCovered.set(m, 1);
                    memory[t].set(m, -workloads.memoryGib() / type.memoryGib());
                    if (storageCovered != null) {
                        Variable s = model.addVariable().lower(0).upper(1);
                        variables++;
                        storageCovered.set(s, 1);
                        if (storage[t] != null) {
                            storage[t].set(s, -workloads.storageTb() / type.storageTb());
                        }
                    }
                }
            }
            for (Group group : groups) {
                Expression spread = model.addExpression().lower(group.members());
                for (int t = group.allowedTypes().nextSetBit(0); t >= 0; t = group.allowedTypes().nextSetBit(t + 1)) {
                    spread.set(on[t], 1);
                }
            }
        }
    }

    /**
     * The lines {a, b} (watts = a + b·u) along the lower convex envelope of a power curve over utilisations
     * [0, maxUtilisation]; the curve is flat at its maximum above 100 % (an over-committed host draws its maximum).
     * Each line lies below the curve everywhere on that range, so a + b·u ≤ watts(u) for every load a host may carry.
     */
    static List<double[]> envelope(PowerCurve curve, double maxUtilisation) {
        List<double[]> points = new ArrayList<>();
        int last = PowerCurve.POINTS - 1;
        for (int i = 0; i <= last; i++) {
            double u = i / (double) last;
            if (u >= maxUtilisation) {
                break;
            }
            points.add(new double[] {u, curve.watts().get(i)});
        }
        points.add(new double[] {maxUtilisation, curve.wattsAt(maxUtilisation)});
        // Lower hull (monotone chain: u ascending).
        List<double[]> hull = new ArrayList<>();
        for (double[] p : points) {
            while (hull.size() >= 2 && cross(hull.get(hull.size() - 2), hull.get(hull.size() - 1), p) <= 0) {
                hull.remove(hull.size() - 1);
            }
            hull.add(p);
        }
        List<double[]> lines = new ArrayList<>();
        for (int i = 0; i + 1 < hull.size(); i++) {
            double[] a = hull.get(i);
            double[] b = hull.get(i + 1);
            double slope = (b[1] - a[1]) / (b[0] - a[0]);
            lines.add(new double[] {a[1] - slope * a[0], slope});
        }
        if (lines.isEmpty()) {
            lines.add(new double[] {points.get(0)[1], 0});
        }
        return lines;
    }

    private static double cross(double[] o, double[] a, double[] b) {
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
    }
}
