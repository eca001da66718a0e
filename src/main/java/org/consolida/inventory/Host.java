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

    /**
     * A builder for a host with this id: model, rack and hypervisor have no default; it is in no cluster and on
     * unless told otherwise (the defaults of the Hosts sheet).
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** A builder holding this host's values, to build a copy with some of them changed. */
    public Builder toBuilder() {
        return new Builder(id).model(model).rack(rack).cluster(cluster).hypervisor(hypervisor).state(state);
    }

    // Records hash every component; hosts sit in hash joins of the solver, so hash by id alone (equals is unchanged).
    @Override
    public int hashCode() {
        return id.hashCode();
    }

    /** Fluent construction of a {@link Host}; the record's constructor checks the values on {@link #build()}. */
    public static final class Builder {
        private String id;
        private HostModel model;
        private Rack rack;
        private String cluster = "";
        private Hypervisor hypervisor;
        private HostState state = HostState.ON;

        private Builder(String id) {
            this.id = id;
        }

        public Builder id(String value) { id = value; return this; }
        public Builder model(HostModel value) { model = value; return this; }
        public Builder rack(Rack value) { rack = value; return this; }
        public Builder cluster(String value) { cluster = value; return this; }
        public Builder hypervisor(Hypervisor value) { hypervisor = value; return this; }
        public Builder state(HostState value) { state = value; return this; }

        public Host build() {
            return new Host(id, model, rack, cluster, hypervisor, state);
        }
    }
}
