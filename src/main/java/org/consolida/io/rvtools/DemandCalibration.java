package org.consolida.io.rvtools;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.consolida.inventory.Host;

/**
 * A VM's demand from every measurement an export has, most specific first:
 * <ol>
 * <li>the VM's own: vCPU {@code Overall} MHz, vMemory {@code Consumed} (or {@code Active}) MiB;</li>
 * <li>its host's: vHost {@code CPU usage %} and {@code Memory usage %} of the host's capacity, less what its measured
 * VMs use, shared over its other powered-on VMs in proportion to their vCPUs and configured memory;</li>
 * <li>its cluster's: what the hosts of its cluster (vInfo {@code Cluster} against vHost {@code Cluster}) with a usage
 * figure use per vCPU and per GiB configured of their powered-on VMs; a powered-off VM takes this too, as what it
 * would use once started;</li>
 * <li>only then the fixed share of its vCPUs × core clock ({@code cpuDemandShare}) and its configured memory.</li>
 * </ol>
 * Every step taken is an {@link Assumption} with its figures. An estate whose hosts report their load is therefore
 * never planned above the load it runs at today.
 */
final class DemandCalibration {
    /** One VM's demand inputs, and the figures the calibration settles on. */
    static final class VmDemand {
        final String name;
        final Host host;
        final String cluster;
        final boolean poweredOn;
        final int vcpus;
        final double configuredMib;
        final Double overallMhz;
        final Double measuredMib;
        Double cpuGhz;
        Double memoryMib;

        /**
         * @param cluster     its cluster: its host's when the host is known, else vInfo's
         * @param measuredMib vMemory Consumed (or Active) MiB, null without a row or for the CONFIGURED basis
         */
        VmDemand(String name, Host host, String cluster, boolean poweredOn, int vcpus, double configuredMib,
                 Double overallMhz, Double measuredMib) {
            this.name = name;
            this.host = host;
            this.cluster = cluster == null ? "" : cluster.strip();
            this.poweredOn = poweredOn;
            this.vcpus = vcpus;
            this.configuredMib = configuredMib;
            this.overallMhz = overallMhz;
            this.measuredMib = measuredMib;
        }
    }

    private final HostMapping.Hosts hosts;
    private final RvToolsOptions options;
    private final List<Assumption> assumptions;
    private final boolean calibrateMemory;

    private DemandCalibration(HostMapping.Hosts hosts, RvToolsOptions options, List<Assumption> assumptions) {
        this.hosts = hosts;
        this.options = options;
        this.assumptions = assumptions;
        // vHost's Memory usage % is what the host backs, the same kind of figure as Consumed; not Active.
        this.calibrateMemory = options.memory() == RvToolsOptions.MemoryBasis.CONSUMED;
    }

    /** Sets every VM's {@code cpuGhz} and {@code memoryMib}, adding an assumption for each step taken. */
    static void calibrate(List<VmDemand> vms, HostMapping.Hosts hosts, RvToolsOptions options, double meanGhz,
                          List<Assumption> assumptions) {
        new DemandCalibration(hosts, options, assumptions).run(vms, meanGhz);
    }

    private void run(List<VmDemand> vms, double meanGhz) {
        for (VmDemand vm : vms) {
            if (vm.poweredOn && vm.overallMhz != null && vm.overallMhz >= 0) {
                vm.cpuGhz = vm.overallMhz / 1000;
            }
            if (options.memory() == RvToolsOptions.MemoryBasis.CONFIGURED) {
                vm.memoryMib = vm.configuredMib;
            } else if (vm.poweredOn && vm.measuredMib != null && vm.measuredMib > 0) {
                vm.memoryMib = Math.min(vm.measuredMib, vm.configuredMib);
            }
        }
        Map<String, Rates> clusters = byHost(vms);
        byCluster(vms, clusters);
        List<String> cpuDefaulted = new ArrayList<>();
        List<String> memoryConfigured = new ArrayList<>();
        for (VmDemand vm : vms) {
            if (vm.cpuGhz == null) {
                double clock = vm.host == null ? meanGhz : vm.host.model().coreGhz();
                vm.cpuGhz = options.cpuDemandShare() * vm.vcpus * clock;
                cpuDefaulted.add(vm.name);
            }
            if (vm.memoryMib == null) {
                vm.memoryMib = vm.configuredMib;
                memoryConfigured.add(vm.name);
            }
        }
        if (!cpuDefaulted.isEmpty()) {
            assumptions.add(new Assumption(count(cpuDefaulted), "vCPU Overall", "no measured CPU, neither its own "
                    + "(vCPU Overall) nor its host's or cluster's (vHost CPU usage %): demand "
                    + Math.round(options.cpuDemandShare() * 100) + " % of vCPUs × the host's core clock ("
                    + String.format(Locale.ROOT, "%.2f", meanGhz) + " GHz, the vHost mean, when the host is unknown)"));
        }
        if (!memoryConfigured.isEmpty()) {
            assumptions.add(new Assumption(count(memoryConfigured), "vMemory " + (options.memory()
                    == RvToolsOptions.MemoryBasis.ACTIVE ? "Active" : "Consumed"),
                    "no measured memory" + (calibrateMemory ? ", neither its own nor its host's or cluster's" : "")
                            + ": configured memory used"));
        }
    }

    /** What one host or cluster uses: CPU per vCPU and memory per configured MiB of its powered-on VMs. */
    private static final class Rates {
        double usedGhz;
        double vcpus;
        double usedMib;
        double configuredMib;
        boolean cpu;
        boolean memory;
    }

    /** Step 2: each host's reported load, less its measured VMs, shared over its other powered-on VMs. */
    private Map<String, Rates> byHost(List<VmDemand> vms) {
        Map<Host, List<VmDemand>> onHost = new LinkedHashMap<>();
        for (VmDemand vm : vms) {
            if (vm.host != null && vm.poweredOn) {
                onHost.computeIfAbsent(vm.host, k -> new ArrayList<>()).add(vm);
            }
        }
        Map<String, Rates> clusters = new LinkedHashMap<>();
        for (Map.Entry<Host, List<VmDemand>> entry : onHost.entrySet()) {
            Host host = entry.getKey();
            HostLoad load = hosts.loads().get(host.id());
            if (load == null) {
                continue;
            }
            Rates cluster = host.cluster().isEmpty() ? null
                    : clusters.computeIfAbsent(key(host.cluster()), k -> new Rates());
            List<String> said = new ArrayList<>();
            if (load.cpuPct() != null) {
                double capacity = host.model().cpuGhz();
                double used = load.cpuPct() / 100 * capacity;
                double measured = 0;
                List<VmDemand> rest = new ArrayList<>();
                int restVcpus = 0;
                for (VmDemand vm : entry.getValue()) {
                    if (vm.cpuGhz != null) {
                        measured += vm.cpuGhz;
                    } else {
                        rest.add(vm);
                        restVcpus += vm.vcpus;
                    }
                }
                double left = Math.max(0, used - measured);
                for (VmDemand vm : rest) {
                    vm.cpuGhz = left * vm.vcpus / restVcpus;
                }
                if (cluster != null) {
                    cluster.cpu = true;
                    cluster.usedGhz += used;
                    entry.getValue().forEach(vm -> cluster.vcpus += vm.vcpus);
                }
                if (!rest.isEmpty()) {
                    said.add(String.format(Locale.ROOT, "CPU usage %s %% of %d cores × %.2f GHz = %.1f GHz", number(
                            load.cpuPct()), host.model().cores(), host.model().coreGhz(), used)
                            + (measured > 0 ? String.format(Locale.ROOT, ", less %.1f GHz its VMs measured in vCPU",
                            measured) : "")
                            + String.format(Locale.ROOT, ", shared by %d VMs %s over their %d vCPUs: %.3f GHz per vCPU",
                            rest.size(), names(rest), restVcpus, restVcpus == 0 ? 0 : left / restVcpus));
                }
            }
            if (calibrateMemory && load.memoryPct() != null) {
                double used = load.memoryPct() / 100 * host.model().memoryGib() * 1024;
                double measured = 0;
                List<VmDemand> rest = new ArrayList<>();
                double restConfigured = 0;
                for (VmDemand vm : entry.getValue()) {
                    if (vm.memoryMib != null) {
                        measured += vm.memoryMib;
                    } else {
                        rest.add(vm);
                        restConfigured += vm.configuredMib;
                    }
                }
                double share = restConfigured == 0 ? 0 : Math.max(0, used - measured) / restConfigured;
                if (share <= 0) {
                    // Nothing left for them (a host in maintenance reports 0 %): no figure, the next step decides.
                    rest.clear();
                }
                for (VmDemand vm : rest) {
                    vm.memoryMib = Math.min(1, share) * vm.configuredMib;
                }
                if (cluster != null && used > 0) {
                    cluster.memory = true;
                    cluster.usedMib += used;
                    entry.getValue().forEach(vm -> cluster.configuredMib += vm.configuredMib);
                }
                if (!rest.isEmpty()) {
                    said.add(String.format(Locale.ROOT, "memory usage %s %% of %.0f GiB = %.1f GiB", number(
                            load.memoryPct()), host.model().memoryGib(), used / 1024)
                            + (measured > 0 ? String.format(Locale.ROOT, ", less %.1f GiB measured in vMemory",
                            measured / 1024) : "")
                            + String.format(Locale.ROOT, ", over %d VMs' %.1f GiB configured: %.0f %% of it%s",
                            rest.size(), restConfigured / 1024, 100 * share, share > 1 ? " (capped at 100 %)" : ""));
                }
            }
            if (!said.isEmpty()) {
                assumptions.add(new Assumption("host " + host.id(), "vHost CPU usage %, Memory usage %",
                        "demand of VMs without their own measurement calibrated from their host's load: "
                                + String.join("; ", said)));
            }
        }
        return clusters;
    }

    /** Step 3: VMs still without a figure (host unknown or without a load, or powered off) take their cluster's. */
    private void byCluster(List<VmDemand> vms, Map<String, Rates> clusters) {
        Map<String, List<VmDemand>> cpuTaken = new LinkedHashMap<>();
        Map<String, List<VmDemand>> memoryTaken = new LinkedHashMap<>();
        for (VmDemand vm : vms) {
            Rates rates = vm.cluster.isEmpty() ? null : clusters.get(key(vm.cluster));
            if (rates == null) {
                continue;
            }
            if (vm.cpuGhz == null && rates.cpu && rates.vcpus > 0) {
                vm.cpuGhz = rates.usedGhz / rates.vcpus * vm.vcpus;
                cpuTaken.computeIfAbsent(vm.cluster, k -> new ArrayList<>()).add(vm);
            }
            if (calibrateMemory && vm.memoryMib == null && rates.memory && rates.configuredMib > 0
                    && rates.usedMib > 0) {
                vm.memoryMib = Math.min(1, rates.usedMib / rates.configuredMib) * vm.configuredMib;
                memoryTaken.computeIfAbsent(vm.cluster, k -> new ArrayList<>()).add(vm);
            }
        }
        for (Map.Entry<String, List<VmDemand>> entry : cpuTaken.entrySet()) {
            Rates rates = clusters.get(key(entry.getKey()));
            List<String> said = new ArrayList<>();
            said.add(String.format(Locale.ROOT, "CPU %.3f GHz per vCPU (%.1f GHz used by the %.0f vCPUs of its "
                    + "powered-on VMs on hosts that report CPU usage %%)", rates.usedGhz / rates.vcpus, rates.usedGhz,
                    rates.vcpus) + " for " + describe(entry.getValue()));
            List<VmDemand> memory = memoryTaken.remove(entry.getKey());
            if (memory != null) {
                said.add(memory(rates, memory));
            }
            assumptions.add(new Assumption("cluster " + entry.getKey(), "vInfo Cluster, vHost Cluster",
                    "demand of VMs measured neither themselves nor by their host calibrated from their cluster's: "
                            + String.join("; ", said)));
        }
        for (Map.Entry<String, List<VmDemand>> entry : memoryTaken.entrySet()) {
            assumptions.add(new Assumption("cluster " + entry.getKey(), "vInfo Cluster, vHost Cluster",
                    "demand of VMs measured neither themselves nor by their host calibrated from their cluster's: "
                            + memory(clusters.get(key(entry.getKey())), entry.getValue())));
        }
    }

    private static String memory(Rates rates, List<VmDemand> vms) {
        return String.format(Locale.ROOT, "memory %.0f %% of configured (%.1f GiB used of %.1f GiB configured)",
                100 * Math.min(1, rates.usedMib / rates.configuredMib), rates.usedMib / 1024,
                rates.configuredMib / 1024) + " for " + describe(vms);
    }

    private static String describe(List<VmDemand> vms) {
        long off = vms.stream().filter(vm -> !vm.poweredOn).count();
        return vms.size() + (vms.size() == 1 ? " VM " : " VMs ") + names(vms)
                + (off == 0 ? "" : ", " + off + " of them powered off (what they would use once started)");
    }

    private static String names(List<VmDemand> vms) {
        return HostMapping.sample(vms.stream().map(vm -> vm.name).toList());
    }

    private static String count(List<String> vms) {
        return vms.size() + (vms.size() == 1 ? " VM " : " VMs ") + HostMapping.sample(vms);
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String key(String cluster) {
        return cluster.strip().toLowerCase(Locale.ROOT);
    }
}
