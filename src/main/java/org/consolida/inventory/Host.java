package org.consolida.inventory;

/** A physical server: its model, where it stands, its cluster and hypervisor, and its state today. */
public record Host(String id, HostModel model, Rack rack, String cluster, Hypervisor hypervisor, HostState state) {
    public Host {
        id = Checks.id("host", id);
        Checks.present("model", model);
        Checks.present("rack", rack);
        cluster = cluster == null || cluster.isBlank() ? "" : cluster.strip();
        Checks.present("hypervisor", hypervisor);
        Checks.present("state", state);
    }

    public Site site() {
        return rack.site();
    }

    // Records hash every component; hosts sit in hash joins of the solver, so hash by id alone (equals is unchanged).
    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
