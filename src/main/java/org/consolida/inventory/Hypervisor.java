package org.consolida.inventory;

/**
 * A hypervisor and what it can do. Live migration works only between hosts of the same family; the overheads are the
 * share of CPU lost to virtualisation for a fully virtualised and for a paravirtualised guest.
 */
public record Hypervisor(String id, HypervisorType type, Kernel kernel, String family, boolean paravirtualization,
                         boolean liveMigration, double overheadFullPct, double overheadParaPct) {
    public Hypervisor {
        id = Checks.id("hypervisor", id);
        Checks.present("type", type);
        Checks.present("kernel", kernel);
        family = Checks.id("family", family);
        Checks.between("overhead_full_pct", overheadFullPct, 0, 90);
        Checks.between("overhead_para_pct", overheadParaPct, 0, 90);
    }

    /**
     * The CPU overhead a guest pays here, in percent, given the virtualisation mode it asks for: a guest that runs
     * paravirtualised (PARA, or ANY where this hypervisor offers it) pays the paravirtualised figure, every other the
     * full-virtualisation one. {@link MachineModel} turns it into host CPU.
     */
    public double overheadPct(VirtualizationMode guestMode) {
        return guestMode != VirtualizationMode.FULL && paravirtualization ? overheadParaPct : overheadFullPct;
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
