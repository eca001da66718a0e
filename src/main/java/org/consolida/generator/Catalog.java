package org.consolida.generator;

import java.util.List;

import org.consolida.inventory.DemandProfile;
import org.consolida.inventory.Hypervisor;
import org.consolida.inventory.HypervisorType;
import org.consolida.inventory.Kernel;
import org.consolida.inventory.Site;

/**
 * The fixed parts of a generated datacenter: its two sites, the hypervisors it runs and the demand profiles of its
 * workloads. Figures are typical published values, chosen so the two sites differ in what a kWh costs and emits.
 */
final class Catalog {
    private Catalog() {
    }

    /**
     * An older site on a coal-heavy grid, and a newer, more efficient one on a low-carbon grid; 10 Gbit/s between until
     * {@link WanSizing} sizes the link to today's traffic.
     */
    static final Site FRA1 = new Site("fra1", 1.55, 0.23, 380, 10_000);
    static final Site PAR1 = new Site("par1", 1.35, 0.17, 56, 10_000);
    static final List<Site> SITES = List.of(FRA1, PAR1);

    // Overheads: paravirtualised guests (virtio, PV drivers, enlightenments) lose a few percent less CPU than fully
    // virtualised ones; a hosted hypervisor pays for its host OS; a container runtime shares one kernel and pays ~nothing.
    static final Hypervisor ESXI_7 = new Hypervisor("esxi-7.0", HypervisorType.TYPE_1, Kernel.MONOLITHIC, "vmware",
            true, true, 6, 3);
    static final Hypervisor ESXI_8 = new Hypervisor("esxi-8.0", HypervisorType.TYPE_1, Kernel.MONOLITHIC, "vmware",
            true, true, 5, 2.5);
    static final Hypervisor KVM = new Hypervisor("kvm-rhel9", HypervisorType.TYPE_1, Kernel.MONOLITHIC, "kvm",
            true, true, 7, 3);
    static final Hypervisor HYPER_V = new Hypervisor("hyper-v-2022", HypervisorType.TYPE_1, Kernel.MICROKERNEL,
            "hyper-v", true, true, 7, 3.5);
    static final Hypervisor XEN = new Hypervisor("xen-4.17", HypervisorType.TYPE_1, Kernel.MICROKERNEL, "xen",
            true, true, 8, 3);
    static final Hypervisor VIRTUALBOX = new Hypervisor("virtualbox-7", HypervisorType.TYPE_2, Kernel.MONOLITHIC,
            "virtualbox", false, false, 12, 12);
    static final Hypervisor CONTAINERD = new Hypervisor("containerd-1.7", HypervisorType.CONTAINER, Kernel.MONOLITHIC,
            "containers", false, false, 1, 1);
    static final List<Hypervisor> HYPERVISORS = List.of(ESXI_7, ESXI_8, KVM, HYPER_V, XEN, VIRTUALBOX, CONTAINERD);

    /** Bare-metal hypervisor families and their share of type-1 hosts: mostly VMware, as in most enterprises. */
    static final List<String> TYPE1_FAMILIES = List.of("vmware", "kvm", "hyper-v", "xen");
    static final double[] TYPE1_FAMILY_SHARES = {0.55, 0.20, 0.15, 0.10};

    /** The hypervisor a type-1 host of a family runs; VMware hosts run the release their hardware supports. */
    static Hypervisor type1(String family, int hardwareYear) {
        return switch (family) {
            case "vmware" -> hardwareYear >= 2021 ? ESXI_8 : ESXI_7;
            case "kvm" -> KVM;
            case "hyper-v" -> HYPER_V;
            case "xen" -> XEN;
            default -> throw new IllegalArgumentException("no type-1 hypervisor of family " + family);
        };
    }

    static final DemandProfile OFFICE_HOURS = profile("office-hours",
            0.15, 0.12, 0.10, 0.10, 0.10, 0.12, 0.25, 0.55, 0.85, 1.00, 0.95, 0.90,
            0.80, 0.90, 0.95, 0.90, 0.80, 0.60, 0.40, 0.30, 0.25, 0.20, 0.18, 0.16);
    static final DemandProfile NIGHTLY_BATCH = profile("nightly-batch",
            0.70, 1.00, 1.00, 0.95, 0.90, 0.60, 0.20, 0.10, 0.10, 0.10, 0.10, 0.10,
            0.10, 0.10, 0.10, 0.10, 0.10, 0.10, 0.10, 0.10, 0.15, 0.20, 0.35, 0.50);
    static final DemandProfile ALWAYS_ON = profile("always-on",
            0.70, 0.68, 0.66, 0.65, 0.65, 0.66, 0.70, 0.78, 0.86, 0.92, 0.96, 0.98,
            1.00, 0.98, 0.96, 0.94, 0.92, 0.90, 0.88, 0.85, 0.82, 0.78, 0.75, 0.72);
    static final DemandProfile VDI_MORNING = profile("vdi-morning",
            0.02, 0.02, 0.02, 0.02, 0.02, 0.05, 0.20, 0.70, 1.00, 0.95, 0.80, 0.70,
            0.55, 0.70, 0.75, 0.70, 0.60, 0.40, 0.15, 0.08, 0.05, 0.04, 0.03, 0.02);
    static final DemandProfile WEB_EVENING = profile("web-evening",
            0.30, 0.20, 0.15, 0.12, 0.12, 0.15, 0.25, 0.40, 0.55, 0.65, 0.70, 0.75,
            0.80, 0.75, 0.70, 0.70, 0.75, 0.80, 0.90, 1.00, 0.95, 0.80, 0.60, 0.45);
    static final List<DemandProfile> PROFILES = List.of(OFFICE_HOURS, NIGHTLY_BATCH, ALWAYS_ON, VDI_MORNING,
            WEB_EVENING);

    private static DemandProfile profile(String id, double... hourly) {
        Double[] shares = new Double[hourly.length];
        for (int h = 0; h < hourly.length; h++) {
            shares[h] = hourly[h];
        }
        return new DemandProfile(id, List.of(shares));
    }
}
