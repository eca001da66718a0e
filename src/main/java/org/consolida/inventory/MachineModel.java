package org.consolida.inventory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one answer to what a host does with a workload, asked by every stage: the planner and its baselines, the lower
 * bound, the migration waves, the rules and the simulated runtime. None of them re-derives it (docs/simulation.md,
 * "CPU", has the equations).
 *
 * <ul>
 *   <li><b>What CPU a workload costs on a host</b>: its demand grossed up by the hypervisor's overhead for the mode it
 *   runs in there, {@code d / (1 − o)}: the cores are busy with the overhead too.</li>
 *   <li><b>Whether its vCPUs keep up</b>: a vCPU runs on at most one core, so the host CPU it costs must fit in
 *   {@code vcpus × core clock}; a 1-vCPU guest demanding 2.55 GHz cannot run on 2.3 GHz cores, however many.</li>
 *   <li><b>What a host draws</b>: its power curve at the CPU its workloads cost over its total clock.</li>
 *   <li><b>Whether a workload can move live</b> between two hosts: both hypervisors migrate live, they are of one
 *   family, and the CPUs are of one vendor, compared after {@link #cpuVendor normalisation}.</li>
 * </ul>
 */
public final class MachineModel {
    private MachineModel() {
    }

    /**
     * The share of CPU (0–1) a guest loses to virtualisation on a host: the paravirtualised figure when it runs
     * paravirtualised there (mode PARA or ANY on a hypervisor that offers it), the full-virtualisation one otherwise.
     */
    public static double overheadShare(Workload workload, Host host) {
        return overheadShare(workload.virtualization(), host.hypervisor());
    }

    public static double overheadShare(VirtualizationMode mode, Hypervisor hypervisor) {
        return hypervisor.overheadPct(mode) / 100;
    }

    /** Host GHz a guest of this mode costs on this hypervisor to deliver {@code demandGhz} of useful work. */
    public static double hostGhz(double demandGhz, VirtualizationMode mode, Hypervisor hypervisor) {
        return demandGhz / (1 - overheadShare(mode, hypervisor));
    }

    /** Host GHz the workload costs on the host at its planned demand ({@code cpuGhz}), overhead included. */
    public static double hostGhz(Workload workload, Host host) {
        return hostGhz(workload.cpuGhz(), workload.virtualization(), host.hypervisor());
    }

    /** The most host CPU a guest's vCPUs can use on a host: one core each, at the core clock. */
    public static double vcpuCapGhz(int vcpus, HostModel model) {
        return vcpus * model.coreGhz();
    }

    /**
     * Whether the workload's vCPUs can run its planned demand on the host: the host CPU it costs there, overhead
     * included, within one core per vCPU.
     */
    public static boolean vcpusKeepUp(Workload workload, Host host) {
        return vcpusKeepUp(workload.cpuGhz(), workload.vcpus(), workload.virtualization(), host.hypervisor(),
                host.model());
    }

    public static boolean vcpusKeepUp(double demandGhz, int vcpus, VirtualizationMode mode, Hypervisor hypervisor,
                                      HostModel model) {
        return hostGhz(demandGhz, mode, hypervisor) <= vcpuCapGhz(vcpus, model) * (1 + 1e-9);
    }

    /** Utilisation of a host's cores when its guests cost {@code usedGhz} there (may exceed 1 when over-loaded). */
    public static double utilization(HostModel model, double usedGhz) {
        return usedGhz / model.cpuGhz();
    }

    /** IT watts a host draws while on with its guests costing {@code usedGhz} (a host that is off draws 0). */
    public static double watts(HostModel model, double usedGhz) {
        return model.powerCurve().wattsAt(utilization(model, usedGhz));
    }

    /** Whether a running workload can move live from one host to another. */
    public static boolean canMigrateLive(Host from, Host to) {
        return liveMigrationBlockers(from.hypervisor(), from.model(), to.hypervisor(), to.model()).isEmpty();
    }

    /** The same question for hosts described by their hypervisor and model (the policy rules' host classes). */
    public static boolean canMigrateLive(Hypervisor fromHypervisor, HostModel fromModel, Hypervisor toHypervisor,
                                         HostModel toModel) {
        return liveMigrationBlockers(fromHypervisor, fromModel, toHypervisor, toModel).isEmpty();
    }

    /** Why a move cannot be live, in words (empty when it can). */
    public static List<String> liveMigrationBlockers(Host from, Host to) {
        return liveMigrationBlockers(from.hypervisor(), from.model(), to.hypervisor(), to.model());
    }

    private static List<String> liveMigrationBlockers(Hypervisor fromHypervisor, HostModel fromModel,
                                                      Hypervisor toHypervisor, HostModel toModel) {
        List<String> blockers = new ArrayList<>(1);
        if (!fromHypervisor.liveMigration() || !toHypervisor.liveMigration()) {
            blockers.add("a hypervisor without live migration");
        }
        if (!fromHypervisor.family().equalsIgnoreCase(toHypervisor.family())) {
            blockers.add("hypervisor family " + fromHypervisor.family() + " → " + toHypervisor.family());
        }
        if (!cpuVendor(fromModel.cpuVendor()).equalsIgnoreCase(cpuVendor(toModel.cpuVendor()))) {
            blockers.add("CPU vendor " + fromModel.cpuVendor() + " → " + toModel.cpuVendor());
        }
        return blockers;
    }

    /**
     * A CPU vendor in one spelling: "Intel", "intel", "GenuineIntel" and "Intel Corporation" are "Intel"; "AMD",
     * "amd", "AuthenticAMD" and "Advanced Micro Devices" are "AMD"; any other name is kept as given, stripped (and
     * compared without regard to case). {@link HostModel} stores its vendor in this spelling, so two hosts whose
     * inventories spell one vendor differently still migrate live.
     */
    public static String cpuVendor(String vendor) {
        if (vendor == null) {
            return "";
        }
        String key = vendor.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        if (key.equals("intel") || key.equals("genuineintel") || key.startsWith("intelcorp")) {
            return "Intel";
        }
        if (key.equals("amd") || key.equals("authenticamd") || key.startsWith("advancedmicrodevices")) {
            return "AMD";
        }
        return vendor.strip();
    }
}
