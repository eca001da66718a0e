package org.consolida.testkit;

import org.consolida.inventory.Hypervisor;
import org.consolida.inventory.HypervisorType;
import org.consolida.inventory.Kernel;

/**
 * Hypervisors for tests. Live migration works within a family, so the family is part of each name's meaning; the
 * overheads are the CPU share a fully virtualised / paravirtualised guest loses.
 */
public final class Hypervisors {
    /** Bare-metal KVM, paravirtualisation and live migration, 5 % / 2 % overhead: {@link TestDatacenter}'s default. */
    public static final Hypervisor KVM = kvm("kvm", true, 5, 2);
    /** A KVM-family hypervisor that costs nothing, for simulated throughput computed by hand. */
    public static final Hypervisor NATIVE = kvm("native", true, 0, 0);
    /** VMware ESXi: bare metal, monolithic, paravirtualisation and live migration, 8 % / 3 %. */
    public static final Hypervisor ESXI = new Hypervisor("esxi", HypervisorType.TYPE_1, Kernel.MONOLITHIC, "vmware",
            true, true, 8, 3);
    /** Xen: bare metal, microkernel (drivers in dom0), another family than ESXi and KVM, 10 % / 2 %. */
    public static final Hypervisor XEN = new Hypervisor("xen", HypervisorType.TYPE_1, Kernel.MICROKERNEL, "xen", true,
            true, 10, 2);
    /** Hyper-V: bare metal, microkernel, 7 % / 3 %. */
    public static final Hypervisor HYPERV = new Hypervisor("hyperv", HypervisorType.TYPE_1, Kernel.MICROKERNEL,
            "hyperv", true, true, 7, 3);
    /** Of the VMware family but without paravirtualisation: a paravirtualised guest cannot run here. */
    public static final Hypervisor FULL_ONLY = new Hypervisor("fullonly", HypervisorType.TYPE_1, Kernel.MONOLITHIC,
            "vmware", false, true, 8, 8);
    /** A container runtime: no live migration, 1 % overhead. */
    public static final Hypervisor CONTAINERD = new Hypervisor("containerd", HypervisorType.CONTAINER,
            Kernel.MONOLITHIC, "containerd", false, false, 1, 1);
    /** A hosted (type-2) hypervisor: no paravirtualisation, no live migration, 20 % overhead. */
    public static final Hypervisor VIRTUALBOX = new Hypervisor("vbox", HypervisorType.TYPE_2, Kernel.MONOLITHIC,
            "virtualbox", false, false, 20, 20);

    private Hypervisors() {
    }

    /** A bare-metal hypervisor of the KVM family with live migration and the given overheads (percent). */
    public static Hypervisor kvm(String id, boolean paravirtualization, double overheadFullPct,
                                 double overheadParaPct) {
        return new Hypervisor(id, HypervisorType.TYPE_1, Kernel.MONOLITHIC, "kvm", paravirtualization, true,
                overheadFullPct, overheadParaPct);
    }
}
